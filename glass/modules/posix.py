"""The posix module: the operating system's calls, under the names os.py re-exports.

Counterpart: Modules/posixmodule.c.

A native module may use what its host offers: the system calls themselves
are the host's os functions, which are the same C library calls CPython's
posixmodule.c makes.  What this file adds is the wall between guest and
host.  Guest arguments become host values (`to_host`), host results become
guest objects (`to_guest`), and a host exception becomes the guest exception
of the same type and message (`host_call`), an OSError keeping the guest's
own path object as its filename, as path_t does.

A guest object with no host counterpart (a class instance, an os.PathLike)
crosses as a `GuestProxy`: a host object whose type has the guest type's
name and whose __fspath__, __index__ and __bool__ call back into the guest.
The host then produces CPython's own messages ("stat: path should be
string, bytes, os.PathLike or integer, not list").
"""
from __future__ import annotations

import os as host_os

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.buildvalue import build_value
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, call_exception_type,
                                      type_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, getter, method, slot
from glass.vm import gil
from glass.vm.audit import audit, should_audit

try:
    import posix as host_posix
except ImportError:                      # a host without the C module's name
    host_posix = host_os

POSIX_DOC = (
    "This module provides access to operating system functionality that is\n"
    "standardized by the C Standard and the POSIX standard (a thinly\n"
    "disguised Unix interface).  Refer to the library manual and\n"
    "corresponding Unix manual entries for more information on calls.")


# --- Crossing the wall: guest values to host values ---------------------------------

class GuestProxy:
    """A guest object seen by a host function.  Subclasses are made per guest
    type (`proxy_class`), named as the guest type so host messages name it."""
    __slots__ = ("w_obj",)

    def __init__(self, w_obj):
        self.w_obj = w_obj

    def __bool__(self):
        return abstract.is_true(self.w_obj)


_PROXY_CLASSES = {}


def proxy_class(w_type):
    """The host class standing for guest type w_type: it has __index__ and
    __fspath__ exactly when the guest type has them."""
    cls = _PROXY_CLASSES.get(w_type)
    if cls is None:
        namespace = {"__slots__": ()}
        if w_type.nb_index is not None:
            namespace["__index__"] = _proxy_index
        if w_type.lookup("__fspath__") is not None:
            namespace["__fspath__"] = _proxy_fspath
        if w_type.mp_subscript is not None:          # a mapping (execve's env)
            namespace.update(__len__=_proxy_len, __getitem__=_proxy_getitem,
                             keys=_proxy_method("keys"), values=_proxy_method("values"))
        short_name = w_type.name.rpartition(".")[2]
        cls = _PROXY_CLASSES[w_type] = type(short_name, (GuestProxy,), namespace)
    return cls


def _proxy_index(proxy):
    w_int = abstract.index(proxy.w_obj)
    try:
        return w_int.value
    finally:
        decref(w_int)


def _proxy_fspath(proxy):
    from glass.vm.ceval import lookup_special
    w_method = lookup_special(proxy.w_obj, "__fspath__")
    try:
        w_result = abstract.call(w_method, [])
    finally:
        decref(w_method)
    try:
        return to_host(w_result)
    finally:
        decref(w_result)


def _proxy_len(proxy):
    return abstract.length(proxy.w_obj)


def _proxy_getitem(proxy, key):
    w_key = to_guest(key)
    try:
        w_value = abstract.getitem(proxy.w_obj, w_key)
    finally:
        decref(w_key)
    try:
        return to_host(w_value)
    finally:
        decref(w_value)


def _proxy_method(name):
    """A method of a mapping proxy calling the guest's method `name` (keys,
    values); its result crosses as a host list."""
    def call(proxy):
        w_method = abstract.getattr_str(proxy.w_obj, name)
        try:
            w_result = abstract.call(w_method, [])
        finally:
            decref(w_method)
        try:
            return [to_host(w_item) for w_item in _iterate_owned(w_result)]
        finally:
            decref(w_result)
    call.__name__ = name
    return call


def _iterate_owned(w_iterable):
    """The items of a guest iterable as borrowed references, released after."""
    items_w = list(abstract.iterate(w_iterable))
    try:
        return list(items_w)
    finally:
        for w_item in items_w:
            decref(w_item)


def to_host(w_obj):
    """A host value standing for guest w_obj (borrowed): the plain values are
    copied, tuples and lists item by item, anything else is a GuestProxy."""
    from glass.objects.bool import W_Bool
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.list import W_List
    from glass.objects.none import W_None
    from glass.objects.str import W_Str
    from glass.objects.structseq import W_StructSeq
    from glass.objects.tuple import W_Tuple
    kind = type(w_obj)
    if kind is W_Str or isinstance(w_obj, W_Str):
        return w_obj.value
    if isinstance(w_obj, W_Bool):
        return bool(w_obj.value)
    if isinstance(w_obj, W_Int):
        return w_obj.value
    if isinstance(w_obj, W_Float):
        return w_obj.value
    if isinstance(w_obj, W_Bytes):
        return w_obj.value
    if isinstance(w_obj, W_None):
        return None
    if isinstance(w_obj, W_ByteArray):
        return bytearray(w_obj.value)
    if isinstance(w_obj, W_StructSeq):
        host_type = HOST_STRUCTSEQ_TYPES.get(w_obj.ob_type.name)
        if host_type is not None:
            names = STRUCTSEQ_FIELDS[w_obj.ob_type.name][0]
            visible = [to_host(w_item) for w_item in w_obj.items]
            extra = {name: to_host(w_item)
                     for name, w_item in zip(names[len(visible):], w_obj.extra)}
            return host_type(visible, extra)
    if isinstance(w_obj, W_Tuple):
        return tuple(to_host(w_item) for w_item in w_obj.items)
    if isinstance(w_obj, W_List):
        return [to_host(w_item) for w_item in w_obj.items]
    if getattr(w_obj, "getbuffer", None) is not None:
        from glass.objects.memoryobject import W_MemoryView
        if isinstance(w_obj, W_MemoryView):
            return w_obj.getbuffer()           # the live view: os.readv can fill it
        return bytes(w_obj.getbuffer())        # other buffers (array...): their bytes
    return proxy_class(w_obj.ob_type)(w_obj)


def to_guest(value):
    """A new guest reference for a host result of a system call: what
    build_value makes, except that a host struct sequence (os.stat_result...)
    becomes the guest's, and a proxy hands back its guest object, also
    inside a tuple or list."""
    kind = type(value)
    if kind is tuple:
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([to_guest(item) for item in value])
    if kind is list:
        from glass.objects.list import W_List
        return W_List([to_guest(item) for item in value])
    guest_name = GUEST_STRUCTSEQ_NAMES.get(kind)
    if guest_name is not None:
        return structseq_from_host(guest_name, value)
    if isinstance(value, GuestProxy):
        value.w_obj.ob_refcnt += 1
        return value.w_obj
    return build_value(value)


# --- Crossing back: host exceptions to guest exceptions -------------------------------

def guest_os_error(error, w_filename=None, w_filename2=None):
    """The guest OSError for host OSError `error`: OSError(errno, strerror,
    filename, None, filename2) picks the errno's subclass (FileNotFoundError...).
    Takes over the references to the filenames."""
    from glass.objects.int import new_int
    from glass.objects.none import w_None
    from glass.objects.str import new_str
    if error.errno is None:
        for w_name in (w_filename, w_filename2):
            if w_name is not None:
                decref(w_name)
        return OperationError(_new_exception(type(error).__name__, str(error)))
    args_w = [new_int(error.errno), new_str(error.strerror or "")]
    filenames_w = [w_filename, w_filename2]      # owned
    if filenames_w[1] is not None:
        w_None.ob_refcnt += 1
        args_w += [filenames_w[0] or _incref(w_None), w_None, filenames_w[1]]
    elif filenames_w[0] is not None:
        args_w.append(filenames_w[0])
    try:
        w_type = EXCEPTION_TYPES["OSError"]
        return OperationError(call_exception_type(w_type, args_w))
    finally:
        for w_arg in args_w:
            decref(w_arg)


def _incref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _new_exception(type_name, message):
    from glass.objects.exceptions import new_exception
    w_type = EXCEPTION_TYPES.get(type_name) or EXCEPTION_TYPES["SystemError"]
    return new_exception(w_type, message)


def guest_error(error, arguments=()):
    """The OperationError to raise for host exception `error` raised by a host
    call on the guest's behalf: same type name, same message; an OSError
    names the path the host reports (the result of __fspath__, as in
    CPython, or the guest object its proxy stands for).  `arguments` pairs
    the host arguments of the call with the guest objects they stand for:
    a filename that is one of them is the guest's own object, as in CPython."""
    if isinstance(error, OperationError):
        return error
    if isinstance(error, OSError):
        return guest_os_error(error, _filename_object(error.filename, arguments),
                              _filename_object(getattr(error, "filename2", None),
                                               arguments))
    if isinstance(error, UnicodeError):
        # A path the filesystem encoding cannot encode: the same error,
        # with its fields (PyUnicode_EncodeFSDefault's).
        from glass.modules._codecs import guest_unicode_error
        return OperationError(guest_unicode_error(error))
    return OperationError(_new_exception(type(error).__name__, str(error)))


def _filename_object(host_name, arguments=()):
    """A new guest reference for a filename the host reports, or None."""
    if host_name is None:
        return None
    for host_value, w_value in arguments:
        if host_value is host_name:
            w_value.ob_refcnt += 1
            return w_value
    return to_guest(host_name)


def host_call(func, *args, **kwargs):
    """Call host function `func`, turning a host exception into the guest's.

    An OSError's filenames are the guest objects the proxies stand for."""
    try:
        return func(*args, **kwargs)
    except OperationError:
        raise
    except Exception as error:
        raise guest_error(error)


def has_guest_proxy(values):
    """Whether host arguments include a GuestProxy (or a list or tuple of
    them): the host may call its methods, which run guest code, so the call
    must keep the GIL."""
    for value in values:
        if isinstance(value, GuestProxy):
            return True
        if isinstance(value, (list, tuple)) and has_guest_proxy(value):
            return True
    return False


def host_call_blocking(func, *args, **kwargs):
    """host_call for a host call that may wait (select, poll, a socket's
    accept or recv): Py_BEGIN_ALLOW_THREADS around it, so other guest threads
    run meanwhile.  A GuestProxy among the arguments keeps the GIL."""
    if has_guest_proxy(args) or has_guest_proxy(kwargs.values()):
        return host_call(func, *args, **kwargs)
    try:
        with gil.released():
            return func(*args, **kwargs)
    except OperationError:
        raise
    except Exception as error:
        raise guest_error(error)


# --- Struct sequences: os.stat_result and friends -----------------------------------

STAT_RESULT_DOC = (
    "stat_result: Result from stat, fstat, or lstat.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
    "or st_flags, they are available as attributes only.\n\n"
    "See os.stat for more information.")

UNNAMED = "unnamed field"
# (name, doc); the three unnamed fields are the integer times of the tuple.
STAT_FIELDS = (
    ("st_mode", "protection bits"), ("st_ino", "inode"), ("st_dev", "device"),
    ("st_nlink", "number of hard links"), ("st_uid", "user ID of owner"),
    ("st_gid", "group ID of owner"), ("st_size", "total size, in bytes"),
    (UNNAMED, "integer time of last access"),
    (UNNAMED, "integer time of last modification"),
    (UNNAMED, "integer time of last change"),
    ("st_atime", "time of last access"), ("st_mtime", "time of last modification"),
    ("st_ctime", "time of last change"),
    ("st_atime_ns", "time of last access in nanoseconds"),
    ("st_mtime_ns", "time of last modification in nanoseconds"),
    ("st_ctime_ns", "time of last change in nanoseconds"),
    ("st_blksize", "blocksize for filesystem I/O"),
    ("st_blocks", "number of blocks allocated"),
    ("st_rdev", "device type (if inode device)"),
)

STRUCTSEQ_DEFS = {
    "os.stat_result": (STAT_FIELDS, 10, STAT_RESULT_DOC),
    "os.statvfs_result": (
        tuple((name, None) for name in (
            "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
            "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid")), 10,
        "statvfs_result: Result from statvfs or fstatvfs.\n\n"
        "This object may be accessed either as a tuple of\n"
        "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n"
        "or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n"
        "See os.statvfs for more information."),
    "os.terminal_size": (
        (("columns", "width of the terminal window in characters"),
         ("lines", "height of the terminal window in characters")), 2,
        "A tuple of (columns, lines) for holding terminal window size"),
    "posix.uname_result": (
        (("sysname", "operating system name"),
         ("nodename", "name of machine on network (implementation-defined)"),
         ("release", "operating system release"),
         ("version", "operating system version"),
         ("machine", "hardware identifier")), 5,
        "uname_result: Result from os.uname().\n\n"
        "This object may be accessed either as a tuple of\n"
        "  (sysname, nodename, release, version, machine),\n"
        "or via the attributes sysname, nodename, release, version, and machine.\n\n"
        "See os.uname for more information."),
    "posix.times_result": (
        (("user", "user time"), ("system", "system time"),
         ("children_user", "user time of children"),
         ("children_system", "system time of children"),
         ("elapsed", "elapsed time since an arbitrary point in the past")), 5,
        "times_result: Result from os.times().\n\n"
        "This object may be accessed either as a tuple of\n"
        "  (user, system, children_user, children_system, elapsed),\n"
        "or via the attributes user, system, children_user, children_system,\n"
        "and elapsed.\n\n"
        "See os.times for more information."),
    "posix.waitid_result": (
        tuple((name, None) for name in (
            "si_pid", "si_uid", "si_signo", "si_status", "si_code")), 5,
        "waitid_result: Result from waitid.\n\n"
        "This object may be accessed either as a tuple of\n"
        "  (si_pid, si_uid, si_signo, si_status, si_code),\n"
        "or via the attributes si_pid, si_uid, and so on.\n\n"
        "See os.waitid for more information."),
}

# Host struct sequence type -> guest type name, and back (for arguments such
# as time.struct_time, whose extra fields the host reads).
GUEST_STRUCTSEQ_NAMES = {
    host_os.stat_result: "os.stat_result",
    host_os.statvfs_result: "os.statvfs_result",
    host_os.terminal_size: "os.terminal_size",
    type(host_os.uname()): "posix.uname_result",
    type(host_os.times()): "posix.times_result",
}
if hasattr(host_posix, "waitid_result"):
    GUEST_STRUCTSEQ_NAMES[host_posix.waitid_result] = "posix.waitid_result"
HOST_STRUCTSEQ_TYPES = {}
STRUCTSEQ_FIELDS = {}      # guest name -> (the host attribute names of all fields, n visible)
_STRUCTSEQ_TYPES = {}


def register_structseq(name, fields, n_in_sequence, doc, host_type=None):
    """Declare a struct sequence type this file or time.py makes on first use."""
    STRUCTSEQ_DEFS[name] = (fields, n_in_sequence, doc)
    if host_type is not None:
        GUEST_STRUCTSEQ_NAMES[host_type] = name
        HOST_STRUCTSEQ_TYPES[name] = host_type


def structseq_type(name):
    """The guest struct sequence type `name`, made on first use.

    Unnamed fields (os.stat_result's integer times) are visible in the tuple
    but have no attribute; the generic maker names every field, so their
    attribute is removed and the type's field names are fixed up to count
    them as CPython's tp_members does (the repr then labels items 7-9
    st_atime..., as CPython's does)."""
    w_type = _STRUCTSEQ_TYPES.get(name)
    if w_type is not None:
        return w_type
    from glass.objects import structseq
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    fields, n_in_sequence, doc = STRUCTSEQ_DEFS[name]
    w_type = structseq.make_structseq_type(name, list(fields), doc, n_in_sequence)
    members = [field for field, _doc in fields if field != UNNAMED]
    n_unnamed = len(fields) - len(members)
    if n_unnamed:
        w_descr = w_type.dict.pop(UNNAMED, None)
        if w_descr is not None:
            decref(w_descr)
        labels = members[:n_in_sequence] + members[n_in_sequence - n_unnamed:]
        structseq._structseq_info[name] = (tuple(labels), n_in_sequence)
        for attr, w_value in (
                ("n_unnamed_fields", new_int(n_unnamed)),
                ("__match_args__", new_tuple_owned(
                    [new_str(m) for m in members[:n_in_sequence - n_unnamed]]))):
            w_old = w_type.dict.get(attr)
            w_type.dict[attr] = w_value
            if w_old is not None:
                decref(w_old)
    if name == "os.stat_result":
        w_type.tp_new = stat_result_new
    host_names = [field for field, _doc in fields]
    STRUCTSEQ_FIELDS[name] = (host_names, n_in_sequence)
    _STRUCTSEQ_TYPES[name] = w_type
    return w_type


def stat_result_new(w_type, args_w, kwnames):
    """Counterpart: statresult_new: a float time left unset (None) takes the
    value of the integer time in the tuple."""
    from glass.objects.none import w_None
    from glass.objects.structseq import structseq_new
    w_result = structseq_new(w_type, args_w, kwnames)
    for index in range(3):                  # st_atime, st_mtime, st_ctime
        if w_result.extra[index] is w_None:
            w_int = w_result.items[7 + index]
            w_int.ob_refcnt += 1
            w_result.extra[index] = w_int
            decref(w_None)
    return w_result


def structseq_from_host(name, host_value):
    """A guest struct sequence with the fields of host struct sequence host_value."""
    from glass.objects.structseq import new_structseq
    w_type = structseq_type(name)
    fields, n_in_sequence, _doc = STRUCTSEQ_DEFS[name]
    values = list(host_value)
    for index in range(len(values), len(fields)):
        values.append(getattr(host_value, fields[index][0], None))
    return new_structseq(w_type, [to_guest(value) for value in values])


# --- Paths and file descriptors -------------------------------------------------------

def fspath(w_path):
    """PyOS_FSPath: str and bytes as they are, else __fspath__'s result."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    from glass.vm.ceval import lookup_special
    if isinstance(w_path, (W_Str, W_Bytes)):
        w_path.ob_refcnt += 1
        return w_path
    w_method = lookup_special(w_path, "__fspath__")
    if w_method is None:
        raise type_error("expected str, bytes or os.PathLike object, not %s"
                         % w_path.ob_type.name)
    try:
        w_result = abstract.call(w_method, [])
    finally:
        decref(w_method)
    if not isinstance(w_result, (W_Str, W_Bytes)):
        kind = w_result.ob_type.name
        decref(w_result)
        raise type_error("expected %s.__fspath__() to return str or bytes, not %s"
                         % (w_path.ob_type.name, kind))
    return w_result


def call_with_path(func, w_path, *args, **kwargs):
    """Call a host function whose first argument is a path: the error names
    the guest's own path object."""
    path = to_host(w_path)
    try:
        if is_buffer_path(w_path):
            return call_forwarding_warnings(func, (path,) + args, kwargs)
        return func(path, *args, **kwargs)
    except OperationError:
        raise
    except Exception as error:
        raise guest_error(error, [(path, w_path)])


# The parameters that take a path (path_t in posixmodule.c).
PATH_PARAMETERS = frozenset(["path", "src", "dst", "target"])


def is_buffer_path(w_path):
    """A path given as a bytes-like object that is not bytes (bytearray,
    memoryview...): path_converter accepts it with a DeprecationWarning."""
    from glass.objects.bytes import W_Bytes
    return (getattr(w_path, "getbuffer", None) is not None
            and not isinstance(w_path, W_Bytes))


def call_forwarding_warnings(func, args, kwargs):
    """Call a host function that warns (path_converter's DeprecationWarning
    for a bytes-like path): its warnings become the guest's, with the same
    category and message, where the guest's filters decide.
    Divergence: the warnings come after the call, so a warning made an error
    raises after the call's effect, not before it."""
    import warnings
    from glass.modules._warnings import warn
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return func(*args, **kwargs)
        finally:
            for message in caught:
                warn(message.category.__name__, str(message.message), 1)


def keywords(names, values_w):
    """The host keyword arguments for the guest values the caller passed."""
    return {name: to_host(w_value) for name, w_value in zip(names, values_w)
            if w_value is not None}


# --- The module ------------------------------------------------------------------------

def _delegate(name, signature):
    """A module function that passes its arguments to the host function of the
    same name and hands back its result: the parameters arrive in signature
    order (None when left out), positional-only ones go by position, the
    others by keyword."""
    from glass.objects.signature import POSITIONAL_ONLY, Signature
    params = Signature.parse(signature).params
    host_func = getattr(host_posix, name)

    def call(*args_w):
        args, kwargs = [], {}
        arguments = []                 # (host value, guest object): see guest_error
        buffer_path = False
        for param, w_arg in zip(params, args_w):
            if w_arg is None:
                continue
            if param.name in PATH_PARAMETERS and is_buffer_path(w_arg):
                buffer_path = True
            value = to_host(w_arg)
            arguments.append((value, w_arg))
            if param.kind == POSITIONAL_ONLY:
                args.append(value)
            else:
                kwargs[param.name] = value
        if event is not None and should_audit():
            audit_call(event, dict(zip(param_names, args_w)))
        try:
            if waits_for_input:
                from glass.modules._signal import call_interruptibly
                result = call_interruptibly(args[0], lambda: host_func(*args, **kwargs))
            elif waits_for_output:
                from glass.modules._signal import write_interruptibly
                result = write_interruptibly(*args)
            elif buffer_path:
                result = call_forwarding_warnings(host_func, args, kwargs)
            elif releases_gil and not has_guest_proxy(args) and \
                    not has_guest_proxy(kwargs.values()):
                with gil.released():
                    result = host_func(*args, **kwargs)
            else:
                result = host_func(*args, **kwargs)
        except OperationError:
            raise
        except Exception as error:
            raise guest_error(error, arguments)
        return to_guest(result)
    param_names = [param.name for param in params]
    event = AUDIT_EVENTS.get(name)
    releases_gil = name in RELEASES_GIL
    waits_for_input = name in WAITS_FOR_INPUT
    waits_for_output = name in WAITS_FOR_OUTPUT       # (fd, data): see write_interruptibly
    call.__name__ = name
    call.__doc__ = host_func.__doc__
    return function(signature, name=name, doc=call.__doc__)(call)


# --- Audit events: posixmodule.c's PySys_Audit calls ------------------------------------
#
# A function's event: its name and its arguments, each a constant or a
# parameter of the function as "name:kind[=default]".  The kinds: a path is
# what path_t keeps (os.fspath's result, or the fd); a dir_fd left out is
# -1; an id (uid_t, gid_t) is unsigned, as the "I" format makes it; fsbytes
# is PyUnicode_FSConverter's bytes; an object is the argument as given.

AUDIT_EVENTS = {
    "listdir": ("os.listdir", ("path:path_or_none",)),
    "open": ("open", ("path:path", None, "flags:open_flags")),
    "mkdir": ("os.mkdir", ("path:path", "mode:int=511", "dir_fd:dir_fd")),
    "rmdir": ("os.rmdir", ("path:path", "dir_fd:dir_fd")),
    "unlink": ("os.remove", ("path:path", "dir_fd:dir_fd")),
    "remove": ("os.remove", ("path:path", "dir_fd:dir_fd")),
    "rename": ("os.rename", ("src:path", "dst:path", "src_dir_fd:dir_fd",
                             "dst_dir_fd:dir_fd")),
    "replace": ("os.rename", ("src:path", "dst:path", "src_dir_fd:dir_fd",
                              "dst_dir_fd:dir_fd")),
    "chmod": ("os.chmod", ("path:path", "mode:int", "dir_fd:dir_fd")),
    "fchmod": ("os.chmod", ("fd:int", "mode:int", -1)),
    "chown": ("os.chown", ("path:path", "uid:id", "gid:id", "dir_fd:dir_fd")),
    "lchown": ("os.chown", ("path:path", "uid:id", "gid:id", -1)),
    "fchown": ("os.chown", ("fd:int", "uid:id", "gid:id", -1)),
    "chdir": ("os.chdir", ("path:path",)),
    "fchdir": ("os.chdir", ("fd:int",)),
    "truncate": ("os.truncate", ("path:path", "length:int")),
    "ftruncate": ("os.truncate", ("fd:int", "length:int")),
    "utime": ("os.utime", ("path:path", "times:object", "ns:object", "dir_fd:dir_fd")),
    "symlink": ("os.symlink", ("src:path", "dst:path", "dir_fd:dir_fd")),
    "link": ("os.link", ("src:path", "dst:path", "src_dir_fd:dir_fd", "dst_dir_fd:dir_fd")),
    "putenv": ("os.putenv", ("name:fsbytes", "value:fsbytes")),
    "unsetenv": ("os.unsetenv", ("name:fsbytes",)),
    "system": ("os.system", ("command:fsbytes",)),
    "execv": ("os.exec", ("path:path", "argv:object", None)),
    "getxattr": ("os.getxattr", ("path:path", "attribute:path")),
    "setxattr": ("os.setxattr", ("path:path", "attribute:path", "value:object",
                                 "flags:int=0")),
    "removexattr": ("os.removexattr", ("path:path", "attribute:path")),
    "listxattr": ("os.listxattr", ("path:path_or_none",)),
    "lockf": ("os.lockf", ("fd:int", "command:int", "length:int")),
    "forkpty": ("os.forkpty", ()),
}


class _NotAudited(Exception):
    """An argument the call itself will refuse (a float for a path): the
    argument conversion fails in CPython before the audit, so no event."""


def audit_call(event, values_w):
    """Raise a delegated function's event; values_w: parameter -> guest
    value (None when left out)."""
    name, spec = event
    try:
        args = [_audit_arg(item, values_w) for item in spec]
    except _NotAudited:
        return
    audit(name, *args)


def _audit_arg(item, values_w):
    if not isinstance(item, str):
        return item                                  # a constant
    param, _, kind = item.partition(":")
    kind, _, default = kind.partition("=")
    w_value = values_w.get(param)
    from glass.objects.none import w_None
    if w_value is None or (w_value is w_None and kind in ("path_or_none", "dir_fd")):
        if kind == "dir_fd":
            return -1
        if default:
            return int(default)
        return None
    if kind in ("path", "path_or_none"):
        return _audit_path(w_value)
    if kind in ("int", "dir_fd", "open_flags", "id"):
        if w_value.ob_type.nb_index is None:
            raise _NotAudited()
        value = abstract.int_value(w_value)
        if kind == "open_flags":
            value |= getattr(host_os, "O_CLOEXEC", 0)
        elif kind == "id":
            value &= 0xFFFFFFFF                      # (uid_t) -1 is 4294967295
        return value
    if kind == "fsbytes":
        value = to_host(w_value)
        if not isinstance(value, (str, bytes)):
            raise _NotAudited()
        return host_os.fsencode(value)
    return w_value                                   # object: as given


def _audit_path(w_value):
    """path_t's object: an fd as it is, else os.fspath's str or bytes."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    if w_value.ob_type.nb_index is not None and not isinstance(w_value, (W_Str, W_Bytes)):
        return abstract.int_value(w_value)
    if not isinstance(w_value, (W_Str, W_Bytes)) and \
            w_value.ob_type.lookup("__fspath__") is None:
        raise _NotAudited()
    w_path = fspath(w_value)
    path = w_path.value if isinstance(w_path, W_Str) else bytes(w_path.value)
    decref(w_path)
    return path


# The delegated calls that may block (on a pipe, a child, a lock, the
# disk): as posixmodule.c does, they let other threads run meanwhile.
RELEASES_GIL = frozenset((
    "read", "write", "pread", "pwrite", "writev", "pwritev", "open", "close",
    "fsync", "fdatasync", "sync", "sendfile", "copy_file_range", "splice",
    "wait", "waitpid", "wait3", "wait4", "waitid", "system", "lockf", "eventfd_read",
    "eventfd_write", "sched_yield"))

# The delegated calls that wait for a file descriptor (its first argument)
# to have data: a signal interrupts them on the main thread, as EINTR does.
WAITS_FOR_INPUT = frozenset(("read",))
# ...and the one that waits for room to write: a signal cuts it short.
WAITS_FOR_OUTPUT = frozenset(("write",))

# The functions that pass their arguments through: name, text signature.
DELEGATED = (
    ("stat", "($module, /, path, *, dir_fd=None, follow_symlinks=True)"),
    ("lstat", "($module, /, path, *, dir_fd=None)"),
    ("fstat", "($module, /, fd)"),
    ("getcwd", "($module, /)"),
    ("getcwdb", "($module, /)"),
    ("listdir", "($module, /, path=None)"),
    ("open", "($module, /, path, flags, mode=511, *, dir_fd=None)"),
    ("read", "($module, fd, length, /)"),
    ("write", "($module, fd, data, /)"),
    ("close", "($module, /, fd)"),
    ("closerange", "($module, fd_low, fd_high, /)"),
    ("lseek", "($module, fd, position, whence, /)"),
    ("dup", "($module, fd, /)"),
    ("dup2", "($module, /, fd, fd2, inheritable=True)"),
    ("pipe", "($module, /)"),
    ("pipe2", "($module, flags, /)"),
    ("isatty", "($module, fd, /)"),
    ("fsync", "($module, /, fd)"),
    ("fdatasync", "($module, /, fd)"),
    ("sync", "($module, /)"),
    ("ftruncate", "($module, fd, length, /)"),
    ("truncate", "($module, /, path, length)"),
    ("pread", "($module, fd, length, offset, /)"),
    ("pwrite", "($module, fd, buffer, offset, /)"),
    ("sendfile", "($module, /, out_fd, in_fd, offset, count)"),
    ("mkdir", "($module, /, path, mode=511, *, dir_fd=None)"),
    ("rmdir", "($module, /, path, *, dir_fd=None)"),
    ("unlink", "($module, /, path, *, dir_fd=None)"),
    ("remove", "($module, /, path, *, dir_fd=None)"),
    ("rename", "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)"),
    ("replace", "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)"),
    ("chmod", "($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)"),
    ("fchmod", "($module, /, fd, mode)"),
    ("chown", "($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)"),
    ("lchown", "($module, /, path, uid, gid)"),
    ("fchown", "($module, /, fd, uid, gid)"),
    ("chdir", "($module, /, path)"),
    ("fchdir", "($module, /, fd)"),
    ("chroot", "($module, /, path)"),
    ("utime", "($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, "
              "follow_symlinks=True)"),
    ("readlink", "($module, /, path, *, dir_fd=None)"),
    ("symlink", "($module, /, src, dst, target_is_directory=False, *, dir_fd=None)"),
    ("link", "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, "
             "follow_symlinks=True)"),
    ("access", "($module, /, path, mode, *, dir_fd=None, effective_ids=False, "
               "follow_symlinks=True)"),
    ("mkfifo", "($module, /, path, mode=438, *, dir_fd=None)"),
    ("mknod", "($module, /, path, mode=384, device=0, *, dir_fd=None)"),
    ("major", "($module, device, /)"),
    ("minor", "($module, device, /)"),
    ("makedev", "($module, major, minor, /)"),
    ("statvfs", "($module, /, path)"),
    ("fstatvfs", "($module, fd, /)"),
    ("pathconf", "($module, /, path, name)"),
    ("fpathconf", "($module, fd, name, /)"),
    ("putenv", "($module, name, value, /)"),
    ("unsetenv", "($module, name, /)"),
    ("getpid", "($module, /)"),
    ("getppid", "($module, /)"),
    ("getuid", "($module, /)"),
    ("geteuid", "($module, /)"),
    ("getgid", "($module, /)"),
    ("getegid", "($module, /)"),
    ("getgroups", "($module, /)"),
    ("getlogin", "($module, /)"),
    ("getpgrp", "($module, /)"),
    ("getpgid", "($module, pid, /)"),
    ("setpgid", "($module, pid, pgrp, /)"),
    ("getsid", "($module, pid, /)"),
    ("setsid", "($module, /)"),
    ("getpriority", "($module, /, which, who)"),
    ("nice", "($module, increment, /)"),
    ("uname", "($module, /)"),
    ("umask", "($module, mask, /)"),
    ("urandom", "($module, size, /)"),
    ("getrandom", "($module, /, size, flags=0)"),
    ("cpu_count", "($module, /)"),
    ("sched_getaffinity", "($module, pid, /)"),
    ("getloadavg", "($module, /)"),
    ("strerror", "($module, code, /)"),
    ("device_encoding", "($module, /, fd)"),
    ("get_terminal_size", "($module, fd=<unrepresentable>, /)"),
    ("ttyname", "($module, fd, /)"),
    ("ctermid", "($module, /)"),
    ("openpty", "($module, /)"),
    ("times", "($module, /)"),
    ("abort", "($module, /)"),
    ("_exit", "($module, /, status)"),
    ("wait", "($module, /)"),
    ("waitpid", "($module, pid, options, /)"),
    ("wait3", "($module, /, options)"),
    ("wait4", "($module, /, pid, options)"),
    ("waitstatus_to_exitcode", "($module, /, status)"),
    ("WIFEXITED", "($module, /, status)"),
    ("WEXITSTATUS", "($module, /, status)"),
    ("WIFSIGNALED", "($module, /, status)"),
    ("WTERMSIG", "($module, /, status)"),
    ("WIFSTOPPED", "($module, /, status)"),
    ("WSTOPSIG", "($module, /, status)"),
    ("WCOREDUMP", "($module, status, /)"),
    ("WIFCONTINUED", "($module, /, status)"),
    ("get_inheritable", "($module, fd, /)"),
    ("set_inheritable", "($module, fd, inheritable, /)"),
    ("get_blocking", "($module, fd, /)"),
    ("set_blocking", "($module, fd, blocking, /)"),
    ("sysconf", "($module, name, /)"),
    ("confstr", "($module, name, /)"),
    ("system", "($module, /, command)"),
    ("execv", "($module, path, argv, /)"),
    ("setuid", "($module, uid, /)"),
    ("setgid", "($module, gid, /)"),
    ("seteuid", "($module, euid, /)"),
    ("setegid", "($module, egid, /)"),
    ("setreuid", "($module, ruid, euid, /)"),
    ("setregid", "($module, rgid, egid, /)"),
    ("setresuid", "($module, ruid, euid, suid, /)"),
    ("setresgid", "($module, rgid, egid, sgid, /)"),
    ("getresuid", "($module, /)"),
    ("getresgid", "($module, /)"),
    ("getgrouplist", "($module, user, group, /)"),
    ("setgroups", "($module, groups, /)"),
    ("initgroups", "($module, username, gid, /)"),
    ("setpgrp", "($module, /)"),
    ("setpriority", "($module, /, which, who, priority)"),
    ("tcgetpgrp", "($module, fd, /)"),
    ("tcsetpgrp", "($module, fd, pgid, /)"),
    ("login_tty", "($module, fd, /)"),
    ("waitid", "($module, idtype, id, options, /)"),
    ("pidfd_open", "($module, /, pid, flags=0)"),
    ("lockf", "($module, fd, command, length, /)"),
    ("posix_fadvise", "($module, fd, offset, length, advice, /)"),
    ("posix_fallocate", "($module, fd, offset, length, /)"),
    ("writev", "($module, fd, buffers, /)"),
    ("pwritev", "($module, fd, buffers, offset, flags=0, /)"),
    ("copy_file_range", "($module, /, src, dst, count, offset_src=None, offset_dst=None)"),
    ("splice", "($module, /, src, dst, count, offset_src=None, offset_dst=None, flags=0)"),
    ("eventfd", "($module, /, initval, flags=EFD_CLOEXEC)"),
    ("eventfd_read", "($module, /, fd)"),
    ("eventfd_write", "($module, /, fd, value)"),
    ("memfd_create", "($module, /, name, flags=MFD_CLOEXEC)"),
    ("getxattr", "($module, /, path, attribute, *, follow_symlinks=True)"),
    ("setxattr", "($module, /, path, attribute, value, flags=0, *, follow_symlinks=True)"),
    ("removexattr", "($module, /, path, attribute, *, follow_symlinks=True)"),
    ("listxattr", "($module, /, path=None, *, follow_symlinks=True)"),
    ("sched_yield", "($module, /)"),
    ("sched_get_priority_max", "($module, /, policy)"),
    ("sched_get_priority_min", "($module, /, policy)"),
    ("sched_getscheduler", "($module, pid, /)"),
    ("sched_rr_get_interval", "($module, pid, /)"),
    ("sched_setaffinity", "($module, pid, mask, /)"),
    ("_path_normpath", "($module, /, path)"),
)


@builtin_module("posix", doc=POSIX_DOC)
class PosixModule:

    @function("($module, /, path)")
    def fspath(w_path):
        """Return the file system path representation of the object.

If the object is str or bytes, then allow it to pass through as-is. If the
object defines __fspath__(), then return the result of that method. All other
types raise a TypeError."""
        return fspath(w_path)

    @function("($module, /, path=None)")
    def scandir(w_path):
        """Return an iterator of DirEntry objects for given path.

path can be specified as either str, bytes, or a path-like object.  If path
is bytes, the names of yielded DirEntry objects will also be bytes; in
all other circumstances they will be str.

If path is None, uses the path='.'."""
        from glass.objects.none import W_None
        if should_audit():
            audit_call(("os.scandir", ("path:path_or_none",)), {"path": w_path})
        if w_path is None or isinstance(w_path, W_None):
            host_iterator = host_call(host_posix.scandir)
        else:
            host_iterator = call_with_path(host_posix.scandir, w_path)
        return W_ScandirIterator(host_iterator)

    @function("($module, /, path, argv, env)")
    def execve(w_path, w_argv, w_env):
        """Execute an executable path with arguments, replacing current process.

  path
    Path of executable file.
  argv
    Tuple or list of strings.
  env
    Dictionary of strings mapping to strings."""
        if should_audit():
            audit_call(("os.exec", ("path:path", "argv:object", "env:object")),
                       {"path": w_path, "argv": w_argv, "env": w_env})
        return call_with_path(host_posix.execve, w_path, to_host(w_argv), to_host(w_env))

    @function("($module, path, argv, env, /, *, file_actions=(), "
              "setpgroup=<unrepresentable>, resetids=False, setsid=False, setsigmask=(), "
              "setsigdef=(), scheduler=<unrepresentable>)")
    def posix_spawn(w_path, w_argv, w_env, w_file_actions, w_setpgroup, w_resetids,
                    w_setsid, w_setsigmask, w_setsigdef, w_scheduler):
        """Execute the program specified by path in a new process."""
        return _spawn(host_posix.posix_spawn, w_path, w_argv, w_env, [
            w_file_actions, w_setpgroup, w_resetids, w_setsid, w_setsigmask,
            w_setsigdef, w_scheduler])

    @function("($module, path, argv, env, /, *, file_actions=(), "
              "setpgroup=<unrepresentable>, resetids=False, setsid=False, setsigmask=(), "
              "setsigdef=(), scheduler=<unrepresentable>)")
    def posix_spawnp(w_path, w_argv, w_env, w_file_actions, w_setpgroup, w_resetids,
                     w_setsid, w_setsigmask, w_setsigdef, w_scheduler):
        """Execute the program specified by path in a new process."""
        return _spawn(host_posix.posix_spawnp, w_path, w_argv, w_env, [
            w_file_actions, w_setpgroup, w_resetids, w_setsid, w_setsigmask,
            w_setsigdef, w_scheduler])

    @function("($module, fd, buffers, /)")
    def readv(w_fd, w_buffers):
        """Read from a file descriptor fd into an iterable of buffers.

The buffers should be mutable buffers accepting bytes.
readv will transfer data into each buffer until it is full
and then move on to the next buffer in the sequence to hold
the rest of the data.

readv returns the total number of bytes read,
which may be less than the total capacity of all the buffers."""
        return _read_into(host_posix.readv, w_fd, w_buffers, [])

    @function("($module, fd, buffers, offset, flags=0, /)")
    def preadv(w_fd, w_buffers, w_offset, w_flags):
        """Reads from a file descriptor into a number of mutable bytes-like objects.

Combines the functionality of readv() and pread(). As readv(), it will
transfer data into each buffer until it is full and then move on to the next
buffer in the sequence to hold the rest of the data. Its fourth argument,
specifies the file offset at which the input operation is to be performed. It
will return the total number of bytes read (which can be less than the total
capacity of all the objects)."""
        extra = [w_offset] if w_flags is None else [w_offset, w_flags]
        return _read_into(host_posix.preadv, w_fd, w_buffers, extra)

    @function("($module, pid, signal, /)")
    def kill(w_pid, w_signal):
        """Kill a process with a signal."""
        pid, signum = to_host(w_pid), to_host(w_signal)
        if should_audit():
            audit_call(("os.kill", ("pid:int", "signal:int")),
                       {"pid": w_pid, "signal": w_signal})
        return _send_signal(host_posix.kill, pid, signum,
                            pid in (0, -1, host_posix.getpid(), -host_posix.getpgrp()))

    @function("($module, pgid, signal, /)")
    def killpg(w_pgid, w_signal):
        """Kill a process group with a signal."""
        pgid, signum = to_host(w_pgid), to_host(w_signal)
        if should_audit():
            audit_call(("os.killpg", ("pgid:int", "signal:int")),
                       {"pgid": w_pgid, "signal": w_signal})
        return _send_signal(host_posix.killpg, pgid, signum,
                            pgid in (0, host_posix.getpgrp()))

    @function("($module, /)")
    def fork():
        """Fork a child process.

Return 0 to child process and PID of child to parent process."""
        audit("os.fork")
        run_fork_hooks("before")
        pid = host_call(host_posix.fork)
        if pid == 0:
            after_fork_child()
        run_fork_hooks("after_in_child" if pid == 0 else "after_in_parent")
        from glass.objects.int import new_int
        return new_int(pid)

    @function("($module, /)")
    def forkpty():
        """Fork a new process with a new pseudo-terminal as controlling tty.

Returns a tuple of (pid, master_fd).
Like fork(), return pid of 0 to the child process,
and pid of child to the parent process.
To both, return fd of newly opened pseudo-terminal."""
        run_fork_hooks("before")
        pid, master_fd = host_call(host_posix.forkpty)
        if pid == 0:
            after_fork_child()
        run_fork_hooks("after_in_child" if pid == 0 else "after_in_parent")
        return to_guest((pid, master_fd))

    @function("($module, /, *, before=<unrepresentable>, "
              "after_in_child=<unrepresentable>, after_in_parent=<unrepresentable>)")
    def register_at_fork(w_before, w_after_in_child, w_after_in_parent):
        """Register callables to be called when forking a new process.

  before
    A callable to be called in the parent before the fork() syscall.
  after_in_child
    A callable to be called in the child after fork().
  after_in_parent
    A callable to be called in the parent after fork().

'before' callbacks are called in reverse order.
'after_in_child' and 'after_in_parent' callbacks are called in order."""
        given = (("before", w_before), ("after_in_child", w_after_in_child),
                 ("after_in_parent", w_after_in_parent))
        if all(w is None for _name, w in given):
            raise type_error("At least one argument is required.")
        for name, w_func in given:
            if w_func is not None and w_func.ob_type.tp_call is None:
                raise type_error("'%s' must be callable, not %s"
                                 % (name, w_func.ob_type.name))
        for name, w_func in given:
            if w_func is not None:
                w_func.ob_refcnt += 1
                FORK_HOOKS[name].append(w_func)


for _name, _signature in DELEGATED:
    if hasattr(host_posix, _name):          # what this system has
        setattr(PosixModule, "_delegated_" + _name, _delegate(_name, _signature))


def _send_signal(host_func, target, signum, reaches_self):
    """os.kill and os.killpg: send, then (posix_kill) check for signals at
    once; a signal sent to this process has had its guest handler run when
    the call returns (see _signal.wait_for_delivery)."""
    from glass.modules import _signal, faulthandler
    if reaches_self and faulthandler.catches(signum):
        # The kernel gives a signal sent to the process to its main thread.
        faulthandler.fatal_signal(signum, faulthandler.guest_main_thread())
        return
    mark = _signal.deliveries(signum) if isinstance(signum, int) else 0
    host_call(host_func, target, signum)
    if reaches_self:
        _signal.wait_for_delivery(signum, mark)
    else:
        _signal.check_signals()


SPAWN_KEYWORDS = ("file_actions", "setpgroup", "resetids", "setsid", "setsigmask",
                  "setsigdef", "scheduler")


def _spawn(host_func, w_path, w_argv, w_env, keywords_w):
    """posix_spawn and posix_spawnp, with the keyword arguments given."""
    if should_audit():
        audit_call(("os.posix_spawn", ("path:path", "argv:object", "env:object")),
                   {"path": w_path, "argv": w_argv, "env": w_env})
    return to_guest(call_with_path(host_func, w_path, to_host(w_argv), to_host(w_env),
                                   **keywords(SPAWN_KEYWORDS, keywords_w)))


def _read_into(host_func, w_fd, w_buffers, extra_w):
    """readv and preadv: read into host bytearrays of the guest bytearrays'
    sizes, then copy what arrived into them.  Other objects go to the host
    as they are, which refuses them with CPython's message."""
    from glass.objects.bytearray import W_ByteArray
    buffers_w = list(abstract.iterate(w_buffers))
    try:
        host_buffers = [bytearray(len(w_buffer.value)) if isinstance(w_buffer, W_ByteArray)
                        else to_host(w_buffer) for w_buffer in buffers_w]
        fd = to_host(w_fd)
        extra = [to_host(w_arg) for w_arg in extra_w]
        count = host_call_blocking(host_func, fd, host_buffers, *extra)
        remaining = count
        for w_buffer, host_buffer in zip(buffers_w, host_buffers):
            taken = min(remaining, len(host_buffer))
            if isinstance(w_buffer, W_ByteArray):
                w_buffer.value[:taken] = host_buffer[:taken]
            remaining -= taken
        return to_guest(count)
    finally:
        for w_buffer in buffers_w:
            decref(w_buffer)


# The callables of register_at_fork (owned references).
FORK_HOOKS = {"before": [], "after_in_child": [], "after_in_parent": []}


def after_fork_child():
    """Counterpart: PyOS_AfterFork_Child, before the hooks: the thread that
    forked is the only one left, so it becomes the main thread (the one
    that runs signal handlers), and the signals tripped in the parent are
    not handled a second time here (_PySignal_AfterFork)."""
    from glass.modules import _signal
    from glass.vm import pystate
    pystate.interpreter().main_thread = pystate.current()
    _signal.after_fork_child()


def run_fork_hooks(which):
    """Call the hooks registered for one moment of fork(), as CPython does:
    'before' most recent first, the others in order; an exception is
    reported as unraisable and does not stop the fork."""
    hooks = list(FORK_HOOKS[which])
    if which == "before":
        hooks.reverse()
    for w_func in hooks:
        try:
            w_result = abstract.call(w_func, [])
            decref(w_result)
        except OperationError as error:
            from glass.vm.traceback import write_unraisable
            write_unraisable(error, None, w_func)


# --- DirEntry and the scandir iterator --------------------------------------------------

@builtin_type("posix.DirEntry")
class W_DirEntry(W_Object):
    """An entry of a directory, as os.scandir() yields it.

    It wraps the host's DirEntry, which caches the d_type and the stat
    results as CPython's does; the guest stat_result objects are cached
    here so that entry.stat() is entry.stat()."""
    __slots__ = ("host_entry", "w_stat", "w_lstat")

    def __init__(self, host_entry):
        W_Object.__init__(self, W_DirEntry.w_type)
        self.host_entry = host_entry
        self.w_stat = None
        self.w_lstat = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create 'posix.DirEntry' instances")

    @slot("tp_dealloc")
    def dealloc(self):
        for attr in ("w_stat", "w_lstat"):
            w_value = getattr(self, attr)
            setattr(self, attr, None)
            if w_value is not None:
                decref(w_value)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        w_name = to_guest(self.host_entry.name)
        try:
            return new_str("<DirEntry %s>" % abstract.repr_text(w_name))
        finally:
            decref(w_name)

    @getter("name", doc="the entry's base filename, relative to scandir() \"path\" argument", member=True)
    def get_name(self):
        return to_guest(self.host_entry.name)

    @getter("path", doc="the entry's full path name; equivalent to "
                        "os.path.join(scandir_path, entry.name)")
    def get_path(self):
        return to_guest(self.host_entry.path)

    def _host(self, func, *args, **kwargs):
        try:
            return func(*args, **kwargs)
        except OperationError:
            raise
        except Exception as error:
            raise guest_error(error)

    @method("($self, /, *, follow_symlinks=True)")
    def is_dir(self, w_follow_symlinks):
        """Return True if the entry is a directory; cached per entry."""
        return to_guest(self._host(self.host_entry.is_dir,
                                   **keywords(["follow_symlinks"], [w_follow_symlinks])))

    @method("($self, /, *, follow_symlinks=True)")
    def is_file(self, w_follow_symlinks):
        """Return True if the entry is a file; cached per entry."""
        return to_guest(self._host(self.host_entry.is_file,
                                   **keywords(["follow_symlinks"], [w_follow_symlinks])))

    @method("($self, /)")
    def is_symlink(self):
        """Return True if the entry is a symbolic link; cached per entry."""
        return to_guest(self._host(self.host_entry.is_symlink))

    @method("($self, /)")
    def inode(self):
        """Return inode of the entry; cached per entry."""
        return to_guest(self._host(self.host_entry.inode))

    @method("($self, /, *, follow_symlinks=True)")
    def stat(self, w_follow_symlinks):
        """Return stat_result object for the entry; cached per entry."""
        follow = True if w_follow_symlinks is None else abstract.is_true(w_follow_symlinks)
        attr = "w_stat" if follow else "w_lstat"
        w_result = getattr(self, attr)
        if w_result is None:
            host_result = self._host(self.host_entry.stat, follow_symlinks=follow)
            w_result = to_guest(host_result)
            setattr(self, attr, w_result)
        w_result.ob_refcnt += 1
        return w_result

    @method("($self, /)")
    def __fspath__(self):
        """Returns the path for the entry."""
        return to_guest(self.host_entry.path)

    @method("($type, item, /)", kind="classmethod")
    def __class_getitem__(w_type, w_item):
        """See PEP 585"""
        from glass.objects.genericalias import new_generic_alias
        return new_generic_alias(w_type, w_item)


@builtin_type("posix.ScandirIterator")
class W_ScandirIterator(W_Object):
    """The iterator os.scandir() returns; a context manager that closes it."""
    __slots__ = ("host_iterator",)

    def __init__(self, host_iterator):
        W_Object.__init__(self, W_ScandirIterator.w_type)
        self.host_iterator = host_iterator

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create 'posix.ScandirIterator' instances")

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        host_iterator = self.host_iterator
        if host_iterator is None:
            return None
        try:
            host_entry = next(host_iterator)
        except StopIteration:
            self._close()
            return None
        except Exception as error:
            raise guest_error(error)
        return W_DirEntry(host_entry)

    def _close(self):
        host_iterator, self.host_iterator = self.host_iterator, None
        if host_iterator is not None:
            host_iterator.close()

    @slot("tp_finalize")
    def finalize(self):
        """Counterpart: ScandirIterator_finalize: an iterator dropped before
        its end is closed and warns; a warning made an error is unraisable,
        any other error is dropped."""
        if self.host_iterator is None:
            return
        self._close()
        from glass.modules._warnings import warn
        try:
            warn("ResourceWarning", "unclosed scandir iterator %s" % abstract.repr_text(self),
                 1, self)
        except OperationError as error:
            if error.match(EXCEPTION_TYPES["Warning"]):
                from glass.vm.traceback import write_unraisable
                write_unraisable(error, None, self)

    @slot("tp_dealloc")
    def dealloc(self):
        if self.host_iterator is not None:
            # PyObject_CallFinalizerFromDealloc: alive again while it runs.
            from glass.vm import pystate
            self.ob_refcnt = 1
            pystate.call_finalizer(W_ScandirIterator.finalize, self)
            self.ob_refcnt -= 1
            if self.ob_refcnt > 0:
                return
        self._close()

    @method("($self, /)")
    def close(self):
        self._close()

    @method("($self, /)")
    def __enter__(self):
        self.ob_refcnt += 1
        return self

    @method("($self, *args)")
    def __exit__(self, args_w):
        self._close()
        from glass.objects.bool import new_bool
        return new_bool(False)


# --- Module values ---------------------------------------------------------------------

def _environ():
    """posix.environ: the process's environment as bytes keys and values,
    read once at start-up as CPython's convertenviron does."""
    from glass.objects.bytes import new_bytes
    from glass.objects.dict import W_Dict
    w_environ = W_Dict()
    environb = getattr(host_os, "environb", None)
    items = environb.items() if environb is not None else (
        (key.encode(), value.encode()) for key, value in host_os.environ.items())
    for key, value in items:
        w_key, w_value = new_bytes(key), new_bytes(value)
        w_environ.setitem(w_key, w_value)
        decref(w_key)
        decref(w_value)
    return w_environ


def _int_constants():
    """The module's integer constants (O_RDONLY, WNOHANG, EX_OK...), the host's."""
    return [(name, value) for name, value in vars(host_posix).items()
            if name[:1].isupper() and type(value) is int]


def _host_dict(mapping):
    from glass.objects.dict import W_Dict
    w_dict = W_Dict()
    for key, value in mapping.items():
        w_key, w_value = to_guest(key), to_guest(value)
        w_dict.setitem(w_key, w_value)
        decref(w_key)
        decref(w_value)
    return w_dict


def _have_functions():
    """_have_functions: the HAVE_* names os.py reads to fill supports_dir_fd
    and friends; those of the host, whose calls these are."""
    names = getattr(host_posix, "_have_functions", None)
    if names is None:
        names = []
    return names


def init_module(w_module):
    # wait3 and wait4 return a resource.struct_rusage, as wait3_impl gets it
    # from the resource module: its file declares the type.
    import glass.modules.resource  # noqa: F401
    from glass.objects.list import W_List
    from glass.objects.str import new_str
    w_dict = w_module.w_dict
    values = {
        "environ": _environ(),
        "_have_functions": W_List([new_str(n) for n in _have_functions()]),
    }
    for name in ("sysconf_names", "confstr_names", "pathconf_names"):
        mapping = getattr(host_posix, name, None)
        if mapping is not None:
            values[name] = _host_dict(mapping)
    for name, value in _int_constants():
        values[name] = to_guest(value)
    for name, w_value in values.items():
        w_dict.setitem_str(name, w_value)
        decref(w_value)
    w_dict.setitem_str("error", EXCEPTION_TYPES["OSError"])
    for full_name in STRUCTSEQ_DEFS:
        if full_name.startswith(("os.", "posix.")):
            w_dict.setitem_str(full_name.partition(".")[2], structseq_type(full_name))
    w_dict.setitem_str("DirEntry", W_DirEntry.w_type)


PosixModule.init_module = staticmethod(init_module)
