"""The faulthandler module: dump the guest's tracebacks.

Counterpart: Modules/faulthandler.c.

Glass cannot crash the way C code does (a segmentation fault in Glass is a
bug of the host), so enable() only records its file; dump_traceback()
writes the guest's frames in faulthandler's own format, and
dump_traceback_later() does so from a host timer thread when the time is up
(exiting if asked), which is what the test runner relies on.
"""
from __future__ import annotations

import os
import threading

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import OperationError, operation_error, value_error
from glass.objects.object import decref


class _State:
    enabled = False
    fd = 2
    all_threads = True
    later = None              # the pending dump_traceback_later timer


STATE = _State()


def _file_descriptor(w_file):
    """The fd of a file argument: an int, or an object with fileno() (its
    flush() is called first), or sys.stderr when None."""
    from glass.objects.int import W_Int
    from glass.objects.none import w_None
    if w_file is None or w_file is w_None:
        from glass.modules.sys import sys_attr
        w_file = sys_attr("stderr")
        if w_file is None or w_file is w_None:
            raise operation_error("RuntimeError", "sys.stderr is None")
    if isinstance(w_file, W_Int):
        fd = w_file.value
        if fd < 0:
            raise value_error("file is not a valid file descripter")
        return fd
    w_fileno = abstract.getattr_str(w_file, "fileno")
    try:
        w_fd = abstract.call(w_fileno, [])
    finally:
        decref(w_fileno)
    fd = abstract.int_value(w_fd)
    decref(w_fd)
    if fd < 0:
        raise value_error("file is not a valid file descripter")
    try:
        w_flush = abstract.getattr_str(w_file, "flush")
        decref(abstract.call(w_flush, []))
        decref(w_flush)
    except OperationError as error:
        decref(error.w_value)
    return fd


# traceback.c's limits: frames per thread, threads, characters per name.
MAX_FRAME_DEPTH = 100
MAX_NTHREADS = 100
MAX_STRING_LENGTH = 500


def dump_ascii(text):
    """_Py_DumpASCII: at most MAX_STRING_LENGTH characters, each non-ASCII
    one (and each unprintable one) escaped, "..." when cut."""
    out = []
    for char in text[:MAX_STRING_LENGTH]:
        code = ord(char)
        if " " <= char <= "~":
            out.append(char)
        elif code < 0x100:
            out.append("\\x%02x" % code)
        elif code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            out.append("\\U%08x" % code)
    if len(text) > MAX_STRING_LENGTH:
        out.append("...")
    return "".join(out)


def format_frames(frame, header):
    """faulthandler's dump_traceback: the header, then the frames, most
    recent call first, without source lines."""
    lines = [header]
    if frame is None:
        lines.append("  <no Python frame>")
    depth = 0
    while frame is not None:
        if depth >= MAX_FRAME_DEPTH:
            lines.append("  ...")
            break
        code = frame.w_code.code
        line = frame.line_number()
        lines.append('  File "%s", line %s in %s' % (
            dump_ascii(code.co_filename), line if line is not None else "???",
            dump_ascii(code.co_name)))
        frame = frame.previous
        depth += 1
    return "\n".join(lines) + "\n"


def dump_current(fd, all_threads):
    """faulthandler_dump_traceback: the running thread alone ("Stack"), or
    every thread, the newest first (_Py_DumpTracebackThreads)."""
    from glass.vm import pystate
    current = pystate.current()
    if not all_threads:
        text = format_frames(current.frame, "Stack (most recent call first):")
    else:
        from glass.modules.sys import _thread_id, _thread_states
        parts = []
        for count, tstate in enumerate(_thread_states()):
            if count >= MAX_NTHREADS:
                parts.append("...\n")
                break
            thread_id = _thread_id(tstate) or 0
            header = "%s 0x%016x (most recent call first):" % (
                "Current thread" if tstate is current else "Thread", thread_id)
            parts.append(format_frames(tstate.frame, header))
        text = "\n".join(parts)
    os.write(fd, text.encode("ascii", "backslashreplace"))


@builtin_module("faulthandler")
class FaulthandlerModule:
    """faulthandler module."""

    @function("($module, /, file=sys.stderr, all_threads=True)")
    def enable(w_file, w_all_threads):
        """enable(file=sys.stderr, all_threads=True): enable the fault handler"""
        STATE.fd = _file_descriptor(w_file)
        STATE.all_threads = abstract.is_true(w_all_threads) if w_all_threads is not None \
            else True
        STATE.enabled = True

    @function("($module, /)")
    def disable():
        """disable(): disable the fault handler"""
        from glass.objects.bool import new_bool
        was = STATE.enabled
        STATE.enabled = False
        return new_bool(was)

    @function("($module, /)")
    def is_enabled():
        """is_enabled()->bool: check if the handler is enabled"""
        from glass.objects.bool import new_bool
        return new_bool(STATE.enabled)

    @function("($module, /, file=sys.stderr, all_threads=True)")
    def dump_traceback(w_file, w_all_threads):
        """dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
        fd = _file_descriptor(w_file)
        all_threads = abstract.is_true(w_all_threads) if w_all_threads is not None else True
        dump_current(fd, all_threads)

    @function("($module, /, timeout, repeat=False, file=sys.stderr, exit=False)")
    def dump_traceback_later(w_timeout, w_repeat, w_file, w_exit):
        """dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):
dump the traceback of all threads in timeout seconds,
or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."""
        from glass.modules.math import as_double
        timeout = as_double(w_timeout)
        if timeout <= 0:
            raise value_error("timeout must be greater than 0")
        repeat = abstract.is_true(w_repeat) if w_repeat is not None else False
        exit_after = abstract.is_true(w_exit) if w_exit is not None else False
        fd = _file_descriptor(w_file)
        _cancel()
        header = "Timeout (%s)!\n" % _format_timeout(timeout)

        def fire():
            os.write(fd, header.encode())
            from glass.vm import gil, pystate
            frame = gil.GIL.holder.frame if gil.GIL.holder is not None else \
                pystate.current().frame
            os.write(fd, format_frames(frame, "Thread 0x%016x (most recent call first):"
                                       % threading.get_ident()).encode(
                                           "utf-8", "backslashreplace"))
            if exit_after:
                os._exit(1)
            if repeat:
                _schedule(timeout, fire)
        _schedule(timeout, fire)

    @function("($module, /)")
    def cancel_dump_traceback_later():
        """cancel_dump_traceback_later():
cancel the previous call to dump_traceback_later()."""
        _cancel()

    @function("($module, /, signum, file=sys.stderr, all_threads=True, chain=False)")
    def register(w_signum, w_file, w_all_threads, w_chain):
        """register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
        _file_descriptor(w_file)

    @function("($module, signum, /)")
    def unregister(w_signum):
        """unregister(signum): unregister the handler of the signal 'signum' registered by register()"""
        from glass.objects.bool import new_bool
        return new_bool(False)


def requested_at_startup(config):
    """config->faulthandler: -X faulthandler, -X dev, or a non-empty
    PYTHONFAULTHANDLER (unless -E or -I)."""
    if config is None:
        return False
    if "faulthandler" in config.xoptions or config.dev_mode:
        return True
    if config.ignore_environment or config.isolated:
        return False
    return bool(os.environ.get("PYTHONFAULTHANDLER"))


def init_module(w_module):
    """_PyFaulthandler_Init enables the handler (on stderr) at start-up when
    the configuration asks; Glass has nothing to catch before the module is
    imported, so it does so here."""
    from glass.vm import pystate
    if requested_at_startup(pystate.interpreter().config):
        STATE.enabled = True
        STATE.fd = 2
        STATE.all_threads = True


FaulthandlerModule.init_module = staticmethod(init_module)


def _format_timeout(seconds):
    """faulthandler's format: H:MM:SS, with microseconds when there are some."""
    whole = int(seconds)
    micro = int(round((seconds - whole) * 1e6))
    text = "%d:%02d:%02d" % (whole // 3600, whole // 60 % 60, whole % 60)
    return text + (".%06d" % micro if micro else "")


def _schedule(timeout, fire):
    timer = threading.Timer(timeout, fire)
    timer.daemon = True
    STATE.later = timer
    timer.start()


def _cancel():
    if STATE.later is not None:
        STATE.later.cancel()
        STATE.later = None
