"""The _posixsubprocess module: fork_exec, how subprocess.Popen starts a child.

Counterpart: Modules/_posixsubprocess.c.

fork_exec forks, prepares the child's file descriptors, working directory,
session and ids, and execs the program; an error in the child before the
exec reaches the parent through errpipe_write as "OSError:<hex errno>:" (with
"noexec" when the error came before exec was tried) or
"SubprocessError:0:<message>", which subprocess.py decodes.

Without a preexec_fn a CPython 3.11+ host's own fork_exec does the work: the
child only runs C code.  With a preexec_fn (a guest function), or on a host
whose fork_exec takes other arguments (PyPy 3.9), this file forks itself
with the host's os.fork from the guest's thread: after a fork only the
calling thread survives, and that thread is the one running the VM, so the
child can call the guest's preexec_fn and then exec.
"""
from __future__ import annotations

import os as host_os
import signal as host_signal
import sys as host_sys

from glass.modules import builtin_module
from glass.modules.builtins import raw_function
from glass.modules.posix import host_call, run_fork_hooks, to_host
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      overflow_error, type_error, value_error)
from glass.objects.object import decref

try:
    import _posixsubprocess as host_posixsubprocess
except ImportError:
    host_posixsubprocess = None

# The host's fork_exec takes 3.11's 23 arguments from CPython 3.11 on.
HOST_FORK_EXEC = (host_posixsubprocess is not None
                  and host_sys.implementation.name == "cpython"
                  and host_sys.version_info[:2] >= (3, 11))

FORK_EXEC_DOC = (
    "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,\n"
    "          p2cread, p2cwrite, c2pread, c2pwrite,\n"
    "          errread, errwrite, errpipe_read, errpipe_write,\n"
    "          restore_signals, call_setsid, pgid_to_set,\n"
    "          gid, groups_list, uid,\n"
    "          preexec_fn)\n\n"
    "Forks a child process, closes parent file descriptors as appropriate in the\n"
    "child and dups the few that are needed before calling exec() in the child\n"
    "process.\n\n"
    "If close_fds is true, close file descriptors 3 and higher, except those listed\n"
    "in the sorted tuple pass_fds.\n\n"
    "The preexec_fn, if supplied, will be called immediately before closing file\n"
    "descriptors and exec.\n"
    "WARNING: preexec_fn is NOT SAFE if your application uses threads.\n"
    "         It may trigger infrequent, difficult to debug deadlocks.\n\n"
    "If an error occurs in the child process before the exec, it is\n"
    "serialized and written to the errpipe_write fd per subprocess.py.\n\n"
    "Returns: the child process's PID.\n\n"
    "Raises: Only on an error in the parent process.\n")

N_ARGUMENTS = 23


def _c_int(w_value):
    """PyArg_Parse's "i": a C int through __index__."""
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if value > 0x7FFFFFFF:
        raise overflow_error("signed integer is greater than maximum")
    if value < -0x80000000:
        raise overflow_error("signed integer is less than minimum")
    return value


def _fs_bytes(w_value):
    """PyUnicode_FSConverter: str, bytes or os.PathLike as host bytes."""
    return host_call(host_os.fsencode, to_host(w_value))


class ChildSetup:
    """What the child needs, as host values, checked in the parent."""

    def __init__(self, args_w):
        from glass.objects.none import W_None
        from glass.objects.tuple import W_Tuple
        (w_args, w_executables, w_close_fds, w_fds_to_keep, w_cwd, w_env) = args_w[:6]
        self.close_fds = abstract.is_true(w_close_fds)
        if not isinstance(w_fds_to_keep, W_Tuple):
            raise type_error("fork_exec() argument 4 must be tuple, not %s"
                             % argument_type_name(w_fds_to_keep))
        (self.p2cread, self.p2cwrite, self.c2pread, self.c2pwrite, self.errread,
         self.errwrite, self.errpipe_read, self.errpipe_write) = [
            _c_int(w_fd) for w_fd in args_w[6:14]]
        self.restore_signals = abstract.is_true(args_w[14])
        self.call_setsid = abstract.is_true(args_w[15])
        self.pgid_to_set = _c_int(args_w[16])
        w_gid, w_groups, w_uid = args_w[17:20]
        self.child_umask = _c_int(args_w[20])
        self.w_preexec_fn = None if isinstance(args_w[21], W_None) else args_w[21]
        self.allow_vfork = abstract.is_true(args_w[22])
        if self.close_fds and self.errpipe_write < 3:
            raise value_error("errpipe_write must be >= 3")
        self.fds_to_keep = self._fds_to_keep(w_fds_to_keep)
        self.executables = _host_items(w_executables, _fs_bytes)
        self.argv = None
        if not isinstance(w_args, W_None):
            self.argv = _host_items(w_args, _fs_bytes, "argv must be a tuple")
        self.env = None
        if not isinstance(w_env, W_None):
            self.env = _host_items(w_env, to_host)
            for entry in self.env:
                if not isinstance(entry, bytes):
                    raise type_error("expected bytes, %s found" % type(entry).__name__)
        self.cwd = None if isinstance(w_cwd, W_None) else _fs_bytes(w_cwd)
        self.groups = None
        if not isinstance(w_groups, W_None):
            from glass.objects.int import W_Int
            from glass.objects.list import W_List
            if not isinstance(w_groups, W_List):
                raise type_error("setgroups argument must be a list")
            for w_group in w_groups.items:
                if not isinstance(w_group, W_Int):
                    raise type_error("groups must be integers")
                if not -1 <= w_group.value <= 0xFFFFFFFF:
                    raise value_error("invalid group id")
            self.groups = [w_group.value for w_group in w_groups.items]
        self.gid = None if isinstance(w_gid, W_None) else _c_int(w_gid)
        self.uid = None if isinstance(w_uid, W_None) else _c_int(w_uid)
        self.w_gid, self.w_groups, self.w_uid = w_gid, w_groups, w_uid

    @staticmethod
    def _fds_to_keep(w_fds_to_keep):
        """_sanity_check_python_fd_sequence: sorted non-negative ints."""
        from glass.objects.int import W_Int
        fds = []
        for w_fd in w_fds_to_keep.items:
            if (not isinstance(w_fd, W_Int) or not 0 <= w_fd.value <= 0x7FFFFFFF
                    or (fds and fds[-1] >= w_fd.value)):
                raise value_error("bad value(s) in fds_to_keep")
            fds.append(w_fd.value)
        return fds

    def host_fork_exec(self):
        """The host's own fork_exec, for a child that runs no guest code."""
        return host_call(
            host_posixsubprocess.fork_exec,
            self.argv, self.executables, self.close_fds, tuple(self.fds_to_keep),
            self.cwd, self.env, self.p2cread, self.p2cwrite, self.c2pread,
            self.c2pwrite, self.errread, self.errwrite, self.errpipe_read,
            self.errpipe_write, self.restore_signals, self.call_setsid,
            self.pgid_to_set, self.gid, self.groups, self.uid, self.child_umask,
            None, self.allow_vfork)

    def fork_exec(self):
        """fork() here, then child_exec() in the child, which never returns."""
        if self.w_preexec_fn is not None:
            run_fork_hooks("before")
        pid = host_call(host_os.fork)
        if pid == 0:
            try:
                if self.w_preexec_fn is not None:
                    run_fork_hooks("after_in_child")
                self.child_exec()
            finally:
                host_os._exit(255)
        if self.w_preexec_fn is not None:
            run_fork_hooks("after_in_parent")
        return pid

    def child_exec(self):
        """Counterpart: child_exec.  Report the first error on errpipe_write."""
        reached_preexec = False
        error_errno, message = 0, ""
        try:
            self.prepare_fds()
            if self.cwd is not None:
                host_os.chdir(self.cwd)
            if self.child_umask >= 0:
                host_os.umask(self.child_umask)
            if self.restore_signals:
                for name in ("SIGPIPE", "SIGXFSZ"):
                    if hasattr(host_signal, name):
                        host_signal.signal(getattr(host_signal, name), host_signal.SIG_DFL)
            if self.call_setsid:
                host_os.setsid()
            if self.pgid_to_set >= 0:
                host_os.setpgid(0, self.pgid_to_set)
            if self.groups is not None:
                host_os.setgroups(self.groups)
            if self.gid is not None:
                host_os.setregid(self.gid, self.gid)
            if self.uid is not None:
                host_os.setreuid(self.uid, self.uid)
            reached_preexec = True
            if self.w_preexec_fn is not None:
                try:
                    w_result = abstract.call(self.w_preexec_fn, [])
                    decref(w_result)
                except OperationError:
                    raise PreexecFailed()
            if self.close_fds:
                self.close_open_fds()
            error_errno = self.exec_each()
        except PreexecFailed:
            message = "Exception occurred in preexec_fn."
        except OSError as error:
            error_errno = error.errno or 0
        if error_errno:
            report = "OSError:%x:%s" % (error_errno, "" if reached_preexec else "noexec")
        else:
            report = "SubprocessError:0:" + message
        try:
            host_os.write(self.errpipe_write, report.encode("ascii"))
        except OSError:
            pass                      # nothing more can be done in the child

    def prepare_fds(self):
        """Make pass_fds inheritable, close the parent's pipe ends, dup2 the
        child's ends onto 0, 1 and 2 (an end already at 0, 1 or 2 is moved
        first so that it is not overwritten)."""
        for fd in self.fds_to_keep:
            if fd != self.errpipe_write:
                host_os.set_inheritable(fd, True)
        for fd in (self.p2cwrite, self.c2pread, self.errread):
            if fd != -1:
                host_os.close(fd)
        host_os.close(self.errpipe_read)
        c2pwrite, errwrite = self.c2pwrite, self.errwrite
        if c2pwrite == 0:
            c2pwrite = host_os.dup(c2pwrite)
        while errwrite in (0, 1):
            errwrite = host_os.dup(errwrite)
        for fd, target in ((self.p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
            if fd == target:
                host_os.set_inheritable(fd, True)
            elif fd != -1:
                host_os.dup2(fd, target)

    def close_open_fds(self):
        """_close_open_fds: every descriptor from 3 up but those kept."""
        keep = set(self.fds_to_keep)
        try:
            open_fds = [int(name) for name in host_os.listdir("/proc/self/fd")]
        except OSError:
            open_fds = range(3, host_os.sysconf("SC_OPEN_MAX"))
        for fd in open_fds:
            if fd >= 3 and fd not in keep:
                try:
                    host_os.close(fd)
                except OSError:
                    pass

    def exec_each(self):
        """Try each executable in turn; the first error that is not ENOENT or
        ENOTDIR is the one reported (os._execvpe's rule)."""
        import errno
        saved_errno = last_errno = 0
        argv = self.argv if self.argv is not None else []
        for executable in self.executables:
            try:
                if self.env is not None:
                    host_os.execve(executable, argv, _environ_dict(self.env))
                else:
                    host_os.execv(executable, argv)
            except OSError as error:
                if error.errno not in (errno.ENOENT, errno.ENOTDIR) and not saved_errno:
                    saved_errno = error.errno
                last_errno = error.errno
        return saved_errno or last_errno


class PreexecFailed(Exception):
    """The guest's preexec_fn raised."""


def _environ_dict(entries):
    """["KEY=value" bytes...] as the mapping os.execve takes."""
    environ = {}
    for entry in entries:
        key, _sep, value = entry.partition(b"=")
        environ[key] = value
    return environ


def _host_items(w_seq, convert, message=None):
    """PySequence_Fast and a conversion of each item to a host value; a
    non-iterable raises TypeError(message) when a message is given."""
    from glass.objects.list import W_List
    from glass.objects.tuple import W_Tuple
    if isinstance(w_seq, (W_List, W_Tuple)):
        return [convert(w_item) for w_item in list(w_seq.items)]
    try:
        items_w = list(abstract.iterate(w_seq))
    except OperationError as error:
        if message is None or not error.match(EXCEPTION_TYPES["TypeError"]):
            raise
        decref(error.w_value)
        raise type_error(message)
    try:
        return [convert(w_item) for w_item in items_w]
    finally:
        for w_item in items_w:
            decref(w_item)


@builtin_module("_posixsubprocess", doc="A POSIX helper for the subprocess module.")
class PosixSubprocessModule:

    @raw_function(None)
    def fork_exec(args_w, keywords):
        if keywords:
            raise type_error("fork_exec() takes no keyword arguments")
        if len(args_w) != N_ARGUMENTS:
            raise type_error("fork_exec() takes exactly %d arguments (%d given)"
                             % (N_ARGUMENTS, len(args_w)))
        from glass.objects.int import new_int
        setup = ChildSetup(args_w)
        if setup.w_preexec_fn is None and HOST_FORK_EXEC:
            return new_int(setup.host_fork_exec())
        return new_int(setup.fork_exec())


PosixSubprocessModule.fork_exec.__doc__ = FORK_EXEC_DOC
