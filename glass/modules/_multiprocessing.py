"""The _multiprocessing module: the named semaphores under multiprocessing.

Counterpart: Modules/_multiprocessing/multiprocessing.c and semaphore.c.

A guest SemLock owns the host's SemLock (a POSIX named semaphore, shared
with the processes it is handed to by fork or pickling through _rebuild),
which keeps the owner thread and the recursion count as CPython's does.
A blocking acquire releases Glass's GIL while it waits, so the guest
thread that will release the semaphore can run.
"""
from __future__ import annotations

try:
    import _multiprocessing as host_mp
    HOST_SEMLOCK = host_mp.SemLock
except (ImportError, AttributeError):    # a host without sem_open
    host_mp = HOST_SEMLOCK = None

from glass.objects.exceptions import argument_type_name
from glass.modules import MODULE_DEFS, builtin_module, function
from glass.modules.posix import host_call, to_guest, to_host
from glass.objects import abstract
from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, builtin_type, getter, method, slot


def _doc(name):
    return getattr(getattr(HOST_SEMLOCK, name, None), "__doc__", None)


@builtin_type("_multiprocessing.SemLock", flags=BASETYPE,
              doc=HOST_SEMLOCK.__doc__ if HOST_SEMLOCK is not None else None)
class W_SemLock(W_Object):
    __slots__ = ("host_lock",)

    def __init__(self, w_type, host_lock=None):
        W_Object.__init__(self, w_type)
        self.host_lock = host_lock

    @staticmethod
    def wrap(w_type, host_lock):
        if w_type is W_SemLock.w_type:
            return W_SemLock(w_type, host_lock)
        from glass.objects.typeobject import _new_instance
        w_lock = _new_instance(w_type)
        w_lock.host_lock = host_lock
        return w_lock

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        nkw = len(kwnames) if kwnames else 0
        positional = [to_host(w_arg) for w_arg in args_w[:len(args_w) - nkw]]
        keywords = {name: to_host(w_value)
                    for name, w_value in zip(kwnames or (), args_w[len(args_w) - nkw:])}
        return W_SemLock.wrap(w_type, host_call(HOST_SEMLOCK, *positional, **keywords))

    @method("($self, /, block=True, timeout=None)", doc=_doc("acquire"))
    def acquire(self, w_block, w_timeout):
        from glass.objects.bool import new_bool
        from glass.objects.none import W_None
        block = True if w_block is None else bool(abstract.is_true(w_block))
        timeout = None if w_timeout is None or isinstance(w_timeout, W_None) \
            else to_host(w_timeout)
        lock = self.host_lock
        # A recursive lock this thread holds, or a free semaphore: no wait.
        if host_call(lock.acquire, False):
            return new_bool(True)
        if not block:
            return new_bool(False)
        from glass.vm.gil import released
        with released():
            acquired = host_call(lock.acquire, True, timeout)
        return new_bool(acquired)

    @method("($self, /)", doc=_doc("release"))
    def release(self):
        host_call(self.host_lock.release)

    @method("($self, /)", doc=_doc("__enter__"))
    def __enter__(self):
        return W_SemLock.acquire(self, None, None)

    @method("($self, exc_type=None, exc_value=None, exc_tb=None, /)", doc=_doc("__exit__"))
    def __exit__(self, w_type, w_value, w_tb):
        host_call(self.host_lock.release)

    @method("($self, /)", doc=_doc("_count"))
    def _count(self):
        return to_guest(host_call(self.host_lock._count))

    @method("($self, /)", doc=_doc("_is_mine"))
    def _is_mine(self):
        return to_guest(host_call(self.host_lock._is_mine))

    @method("($self, /)", doc=_doc("_get_value"))
    def _get_value(self):
        return to_guest(host_call(self.host_lock._get_value))

    @method("($self, /)", doc=_doc("_is_zero"))
    def _is_zero(self):
        return to_guest(host_call(self.host_lock._is_zero))

    @method("($self, /)", doc=_doc("_after_fork"))
    def _after_fork(self):
        host_call(self.host_lock._after_fork)

    @method("($type, handle, kind, maxvalue, name, /)", kind="classmethod")
    def _rebuild(w_type, w_handle, w_kind, w_maxvalue, w_name):
        host_lock = host_call(HOST_SEMLOCK._rebuild, to_host(w_handle), to_host(w_kind),
                              to_host(w_maxvalue), to_host(w_name))
        return W_SemLock.wrap(w_type, host_lock)

    @getter("handle", doc="", member=True)
    def get_handle(self):
        return to_guest(self.host_lock.handle)

    @getter("kind", doc="", member=True)
    def get_kind(self):
        return to_guest(self.host_lock.kind)

    @getter("maxvalue", doc="", member=True)
    def get_maxvalue(self):
        return to_guest(self.host_lock.maxvalue)

    @getter("name", doc="", member=True)
    def get_name(self):
        return to_guest(self.host_lock.name)


@builtin_module("_multiprocessing", doc=None)
class MultiprocessingModule:

    @function("($module, name, /)")
    def sem_unlink(w_name):
        from glass.objects.str import W_Str
        from glass.objects.exceptions import type_error
        if not isinstance(w_name, W_Str):
            raise type_error("sem_unlink() argument must be str, not %s"
                             % argument_type_name(w_name))
        host_call(host_mp.sem_unlink, w_name.value)

    @staticmethod
    def init_module(w_module):
        from glass.objects.dict import new_dict
        from glass.objects.type import ready
        w_type = W_SemLock.w_type
        ready(w_type)
        w_max = to_guest(HOST_SEMLOCK.SEM_VALUE_MAX)
        w_type.dict["SEM_VALUE_MAX"] = w_max
        w_dict = w_module.w_dict
        w_dict.setitem_str("SemLock", w_type)
        flags = getattr(host_mp, "flags", None)
        if flags is not None:
            w_flags = new_dict()
            for name, value in flags.items():
                w_value = to_guest(value)
                w_flags.setitem_str(name, w_value)
                decref(w_value)
            w_dict.setitem_str("flags", w_flags)
            decref(w_flags)


if HOST_SEMLOCK is None:
    # Declared (so sys.builtin_module_names names it) but not available:
    # the import finds nothing and raises ModuleNotFoundError.
    del MODULE_DEFS["_multiprocessing"]
