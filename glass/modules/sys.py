"""The sys module.

Counterpart: Python/sysmodule.c.

First version: what programs and tracebacks need (argv, modules, path,
stdout/stderr, exit, recursion limit, getrefcount, exc_info, version_info).
Until Glass's _io exists, sys.stdout and sys.stderr are HostTextStream
objects writing to the host's streams.
"""
from __future__ import annotations

import sys as host_sys

from glass import GUEST_VERSION
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import type_error, value_error
from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, method


@builtin_type("glass_host_text_stream")
class W_HostTextStream(W_Object):
    """A text stream writing to one of the host's standard streams."""
    __slots__ = ("stream", "name")

    def __init__(self, stream, name):
        W_Object.__init__(self, W_HostTextStream.w_type)
        self.stream = stream
        self.name = name

    @method("($self, s, /)")
    def write(self, w_text):
        """Write string s to the stream."""
        from glass.objects.int import new_int
        from glass.objects.str import W_Str
        if not isinstance(w_text, W_Str):
            raise type_error("write() argument must be str, not %s" % w_text.ob_type.name)
        self.stream.write(w_text.value)
        return new_int(len(w_text.value))

    @method("($self, /)")
    def flush(self):
        """Flush the stream."""
        self.stream.flush()


def write_text(w_file, text):
    """file.write(text), the fast way when the file is a host stream."""
    from glass.objects.str import new_str
    if type(w_file) is W_HostTextStream:
        w_file.stream.write(text)
        return
    w_write = abstract.getattr_str(w_file, "write")
    w_text = new_str(text)
    try:
        decref(abstract.call(w_write, [w_text]))
    finally:
        decref(w_text)
        decref(w_write)


def flush(w_file):
    if type(w_file) is W_HostTextStream:
        w_file.stream.flush()
        return
    w_flush = abstract.getattr_str(w_file, "flush")
    try:
        decref(abstract.call(w_flush, []))
    finally:
        decref(w_flush)


@builtin_module("sys")
class SysModule:
    """This module provides access to some objects used or maintained by the
interpreter and to functions that interact strongly with the interpreter."""

    @function("($module, status=None, /)")
    def exit(w_status):
        """Exit the interpreter by raising SystemExit(status)."""
        from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, W_BaseException
        from glass.objects.tuple import new_tuple
        args = [w_status] if w_status is not None else []
        raise OperationError(W_BaseException(EXCEPTION_TYPES["SystemExit"], new_tuple(args)))

    @function("($module, /)")
    def getrecursionlimit():
        """Return the current value of the recursion limit."""
        from glass.objects.int import new_int
        from glass.vm import pystate
        return new_int(pystate.interpreter().recursion_limit)

    @function("($module, limit, /)")
    def setrecursionlimit(w_limit):
        """Set the maximum depth of the Python interpreter stack to n."""
        from glass.vm import pystate
        from glass.objects.int import W_Int
        if not isinstance(w_limit, W_Int):
            raise type_error("'%s' object cannot be interpreted as an integer"
                             % w_limit.ob_type.name)
        limit = w_limit.value
        if limit < 1:
            raise value_error("recursion limit must be greater or equal than 1")
        tstate = pystate.current()
        if limit <= tstate.recursion_depth:
            from glass.objects.exceptions import operation_error
            raise operation_error(
                "RecursionError",
                "cannot set the recursion limit to %d at the recursion depth %d: "
                "the limit is too low" % (limit, tstate.recursion_depth))
        pystate.interpreter().recursion_limit = limit

    @function("($module, object, /)")
    def getrefcount(w_obj):
        """Return the reference count of object."""
        from glass.objects.int import new_int
        return new_int(w_obj.ob_refcnt)

    @function("($module, /)")
    def exc_info():
        """Return current exception information: (type, value, traceback)."""
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple
        from glass.vm import pystate
        w_exc = pystate.current().exc_value
        if w_exc is None:
            return new_tuple([w_None, w_None, w_None])
        w_tb = w_exc.w_traceback if w_exc.w_traceback is not None else w_None
        return new_tuple([w_exc.ob_type, w_exc, w_tb])

    @function("($module, /)")
    def exception():
        """Return the current exception."""
        from glass.vm import pystate
        w_exc = pystate.current().exc_value
        if w_exc is None:
            return None
        w_exc.ob_refcnt += 1
        return w_exc

    @function("($module, depth=0, /)")
    def _getframe(w_depth):
        """Return a frame object from the call stack."""
        from glass.objects.frame import frame_object
        from glass.vm import pystate
        depth = abstract.index_as_ssize(w_depth) if w_depth is not None else 0
        frame = pystate.current().frame
        while depth > 0 and frame is not None:
            frame = frame.previous
            depth -= 1
        if frame is None:
            raise value_error("call stack is not deep enough")
        return frame_object(frame)

    @function("($module, string, /)")
    def intern(w_string):
        """``Intern'' the given string."""
        from glass.objects.str import W_Str, intern
        if type(w_string) is not W_Str:
            raise type_error("intern() argument must be str, not %s" % w_string.ob_type.name)
        return intern(w_string.value)


def init_module(w_module):
    from glass.objects.int import new_int
    from glass.objects.list import W_List
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    from glass.vm import pystate
    interp = pystate.interpreter()
    d = w_module.w_dict
    config = interp.config
    argv = config.argv if config is not None else [""]
    values = {
        "argv": W_List([new_str(a) for a in argv]),
        "path": W_List([]),
        "stdout": W_HostTextStream(host_sys.stdout, "<stdout>"),
        "stderr": W_HostTextStream(host_sys.stderr, "<stderr>"),
        "version_info": new_tuple_owned([new_int(GUEST_VERSION[0]), new_int(GUEST_VERSION[1]),
                                         new_int(GUEST_VERSION[2]), new_str("final"),
                                         new_int(0)]),
        "version": new_str("%d.%d.%d (Glass)" % GUEST_VERSION),
        "maxsize": new_int((1 << 63) - 1),
        "byteorder": new_str(host_sys.byteorder),
        "platform": new_str(host_sys.platform),
        "executable": new_str(host_sys.executable),
    }
    values["__stdout__"] = values["stdout"]
    values["__stderr__"] = values["stderr"]
    values["stdout"].ob_refcnt += 1
    values["stderr"].ob_refcnt += 1
    for name, w_value in values.items():
        d.setitem_str(name, w_value)
        decref(w_value)
    if interp.w_modules is not None:
        d.setitem_str("modules", interp.w_modules)


SysModule.init_module = staticmethod(init_module)
