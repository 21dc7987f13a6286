"""The _thread module: locks, threads, thread-local data, the thread excepthook.

Counterpart: Modules/_threadmodule.c.

Each guest thread is a host thread running under Glass's GIL
(glass/vm/gil.py).  A guest lock wraps a host lock, so blocking and
timeouts behave as CPython's; a blocking acquire releases the GIL while it
waits.
"""
from __future__ import annotations

import threading as host_threading

from glass.modules import builtin_module, function
from glass.modules.builtins import no_text_signature
from glass.objects.exceptions import operation_error, type_error, value_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, method, slot

# The largest timeout in whole seconds (the C module floors the nanosecond
# clock's limit).
TIMEOUT_MAX = float(0x7FFFFFFFFFFFFFFF // 10 ** 9)
HOST_TIMEOUT_MAX = host_threading.TIMEOUT_MAX


def _timeout_seconds(w_blocking, w_timeout):
    """lock_acquire_parse_args: (blocking, timeout) with CPython's checks;
    the timeout is -1 for 'wait forever'."""
    from glass.objects import abstract
    blocking = abstract.is_true(w_blocking) if w_blocking is not None else True
    timeout = -1.0
    if w_timeout is not None:
        from glass.modules.math import as_double
        timeout = as_double(w_timeout)
    if not blocking and timeout != -1:
        raise value_error("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise value_error("timeout value must be a non-negative number")
    if not blocking:
        return 0.0
    if timeout > TIMEOUT_MAX:
        raise operation_error("OverflowError", "timeout value is too large")
    return timeout


def _acquire_host(lock, timeout):
    """Acquire a host lock as the guest asked; a blocking wait releases the GIL."""
    if lock.acquire(False):
        return True
    if timeout == 0:
        return False
    from glass.vm.gil import released
    with released():
        if timeout < 0:
            return lock.acquire()
        return lock.acquire(True, min(timeout, HOST_TIMEOUT_MAX))


@builtin_type("_thread.lock")
class W_Lock(W_Object):
    """A lock object is a synchronization primitive.  To create a lock,
call threading.Lock().  Methods are:

acquire() -- lock the lock, possibly blocking until it can be obtained
release() -- unlock of the lock
locked() -- test whether the lock is currently locked

A lock is not owned by the thread that locked it; another thread may
unlock it.  A thread attempting to lock a lock that it has already locked
will block until another thread unlocks it.  Deadlocks may ensue."""
    __slots__ = ("lock", "weakrefs")

    def __init__(self):
        W_Object.__init__(self, W_Lock.w_type)
        self.lock = host_threading.Lock()
        self.weakrefs = None

    @no_text_signature
    @method("($self, /, blocking=True, timeout=-1)")
    def acquire(self, w_blocking, w_timeout):
        """acquire(blocking=True, timeout=-1) -> bool
(acquire_lock() is an obsolete synonym)

Lock the lock.  Without argument, this blocks if the lock is already
locked (even by the same thread), waiting for another thread to release
the lock, and return True once the lock is acquired.
With an argument, this will only block if the argument is true,
and the return value reflects whether the lock is acquired.
The blocking operation is interruptible."""
        from glass.objects.bool import new_bool
        timeout = _timeout_seconds(w_blocking, w_timeout)
        return new_bool(_acquire_host(self.lock, timeout))

    @no_text_signature
    @method("($self, /, blocking=True, timeout=-1)", name="acquire_lock")
    def acquire_lock(self, w_blocking, w_timeout):
        """acquire(blocking=True, timeout=-1) -> bool
(acquire_lock() is an obsolete synonym)"""
        return W_Lock.acquire(self, w_blocking, w_timeout)

    @no_text_signature
    @method("($self, /, blocking=True, timeout=-1)", name="__enter__")
    def enter(self, w_blocking, w_timeout):
        """acquire(blocking=True, timeout=-1) -> bool"""
        return W_Lock.acquire(self, w_blocking, w_timeout)

    @no_text_signature
    @method("($self, /)")
    def release(self):
        """release()
(release_lock() is an obsolete synonym)

Release the lock, allowing another thread that is blocked waiting for
the lock to acquire the lock.  The lock must be in the locked state,
but it needn't be locked by the same thread that unlocks it."""
        if not self.lock.locked():
            raise operation_error("RuntimeError", "release unlocked lock")
        self.lock.release()

    @no_text_signature
    @method("($self, /)", name="release_lock")
    def release_lock(self):
        """release()
(release_lock() is an obsolete synonym)"""
        W_Lock.release(self)

    @no_text_signature
    @method("($self, *args, /)", name="__exit__")
    def exit(self, args_w):
        """release()"""
        W_Lock.release(self)

    @no_text_signature
    @method("($self, /)")
    def locked(self):
        """locked() -> bool
(locked_lock() is an obsolete synonym)

Return whether the lock is in the locked state."""
        from glass.objects.bool import new_bool
        return new_bool(self.lock.locked())

    @no_text_signature
    @method("($self, /)", name="locked_lock")
    def locked_lock(self):
        """locked() -> bool
(locked_lock() is an obsolete synonym)"""
        return W_Lock.locked(self)

    @no_text_signature
    @method("($self, /)")
    def _at_fork_reinit(self):
        self.lock = host_threading.Lock()

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<%s %s object at %#x>" % (
            "locked" if self.lock.locked() else "unlocked", self.ob_type.name, id(self)))


@builtin_type("_thread.RLock", flags=BASETYPE)
class W_RLock(W_Object):
    __slots__ = ("lock", "owner", "count", "weakrefs")

    def __init__(self, w_type=None):
        W_Object.__init__(self, w_type or W_RLock.w_type)
        self.init_fields()

    def init_fields(self):
        self.lock = host_threading.Lock()
        self.owner = 0
        self.count = 0
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_RLock.w_type:
            return W_RLock()
        from glass.objects.typeobject import _new_instance
        w_self = _new_instance(w_type)          # a subclass: its dict and slots too
        w_self.init_fields()
        return w_self

    @no_text_signature
    @method("($self, /, blocking=True, timeout=-1)")
    def acquire(self, w_blocking, w_timeout):
        """acquire(blocking=True) -> bool

Lock the lock.  `blocking` indicates whether we should wait
for the lock to be available or not.  If `blocking` is False
and another thread holds the lock, the method will return False
immediately.  If `blocking` is True and another thread holds
the lock, the method will wait for the lock to be released,
take it and then return True.
(note: the blocking operation is interruptible.)

In all other cases, the method will return True immediately.
Precisely, if the current thread already holds the lock, its
internal counter is simply incremented. If nobody holds the lock,
the lock is taken and its internal counter initialized to 1."""
        from glass.objects.bool import new_bool
        timeout = _timeout_seconds(w_blocking, w_timeout)
        me = host_threading.get_ident()
        if self.count > 0 and self.owner == me:
            self.count += 1
            return new_bool(True)
        if not _acquire_host(self.lock, timeout):
            return new_bool(False)
        self.owner = me
        self.count = 1
        return new_bool(True)

    @no_text_signature
    @method("($self, /, blocking=True, timeout=-1)", name="__enter__")
    def enter(self, w_blocking, w_timeout):
        """acquire(blocking=True) -> bool"""
        return W_RLock.acquire(self, w_blocking, w_timeout)

    @no_text_signature
    @method("($self, /)")
    def release(self):
        """release()

Release the lock, allowing another thread that is blocked waiting for
the lock to acquire the lock.  The lock must be in the locked state,
and must be locked by the same thread that unlocks it; otherwise a
`RuntimeError` is raised.

Do note that if the lock was acquire()d several times in a row by the
current thread, release() needs to be called as many times for the lock
to be available for other threads."""
        if self.count == 0 or self.owner != host_threading.get_ident():
            raise operation_error("RuntimeError", "cannot release un-acquired lock")
        self.count -= 1
        if self.count == 0:
            self.owner = 0
            self.lock.release()

    @no_text_signature
    @method("($self, *args, /)", name="__exit__")
    def exit(self, args_w):
        """release()"""
        W_RLock.release(self)

    @no_text_signature
    @method("($self, /)")
    def _is_owned(self):
        """For internal use by `threading.Condition`."""
        from glass.objects.bool import new_bool
        return new_bool(self.count > 0 and self.owner == host_threading.get_ident())

    @no_text_signature
    @method("($self, /)")
    def _recursion_count(self):
        """_recursion_count() -> int

For internal use by reentrancy checks."""
        from glass.objects.int import new_int
        owned = self.count > 0 and self.owner == host_threading.get_ident()
        return new_int(self.count if owned else 0)

    @no_text_signature
    @method("($self, state, /)")
    def _acquire_restore(self, w_state):
        """For internal use by `threading.Condition`."""
        from glass.objects import abstract
        from glass.objects.tuple import W_Tuple
        if not isinstance(w_state, W_Tuple) or len(w_state.items) != 2:
            raise type_error("_acquire_restore() argument 1 must be tuple")
        _acquire_host(self.lock, -1)
        self.count = abstract.int_value(w_state.items[0])
        self.owner = abstract.int_value(w_state.items[1])

    @no_text_signature
    @method("($self, /)")
    def _release_save(self):
        """For internal use by `threading.Condition`."""
        from glass.objects.int import new_int
        from glass.objects.tuple import new_tuple_owned
        if self.count == 0:
            raise operation_error("RuntimeError", "cannot release un-acquired lock")
        state = new_tuple_owned([new_int(self.count), new_int(self.owner)])
        self.count = 0
        self.owner = 0
        self.lock.release()
        return state

    @no_text_signature
    @method("($self, /)")
    def _at_fork_reinit(self):
        self.lock = host_threading.Lock()
        self.owner = 0
        self.count = 0

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        name = self.ob_type.name
        if "." not in name:
            from glass.objects import abstract
            name = abstract.repr_text(self.ob_type)[8:-2]    # "<class 'm.C'>"
        return new_str("<%s %s object owner=%d count=%d at %#x>" % (
            "locked" if self.count else "unlocked", name, self.owner, self.count,
            id(self)))


# --- thread-local data -------------------------------------------------------------
#
# As in CPython, a local object keeps no per-thread dict of its own by thread:
# each thread's state dict holds a small "dummy" under the local's key, and
# the local maps weak references to those dummies to the per-thread dicts.
# So a thread's dicts die with the thread (its state dict is cleared, the
# dummy dies, the weakref callback drops the dict), and a local's dicts die
# with the local, with no reference cycle between threads and locals.

@builtin_type("_thread._localdummy")
class W_LocalDummy(W_Object):
    """Thread-local dummy"""
    __slots__ = ("w_localdict", "weakrefs")

    def __init__(self, w_localdict):
        W_Object.__init__(self, W_LocalDummy.w_type)
        self.w_localdict = w_localdict       # borrowed: the local owns it
        self.weakrefs = None

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)


@builtin_type("_thread._local", flags=BASETYPE | HAVE_GC)
class W_Local(W_Object):
    """Thread-local data"""
    __slots__ = ("w_key", "w_args", "w_kw", "w_dummies", "w_wr_callback", "weakrefs")

    def init_fields(self):
        self.w_key = self.w_args = self.w_kw = None
        self.w_dummies = self.w_wr_callback = None
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: local_new."""
        from glass.objects.dict import W_Dict
        from glass.objects.str import new_str
        from glass.objects.tuple import new_tuple
        from glass.objects.typeobject import ObjectType, _new_instance
        if args_w and w_type.tp_init is ObjectType.init:
            raise type_error("Initialization arguments are not supported")
        if w_type is W_Local.w_type:
            w_self = W_Local(w_type)
        else:
            w_self = _new_instance(w_type)
        w_self.init_fields()
        try:
            npositional = len(args_w) - len(kwnames or ())
            w_self.w_args = new_tuple(list(args_w[:npositional]))
            if kwnames:
                w_self.w_kw = W_Dict()
                for name, w_value in zip(kwnames, args_w[npositional:]):
                    w_self.w_kw.setitem_str(name, w_value)
            w_self.w_key = new_str("thread.local.%#x" % id(w_self))
            w_self.w_dummies = W_Dict()
            w_self.w_wr_callback = _dummy_destroyed_callback(w_self)
            w_self.create_dummy()
        except BaseException:
            decref(w_self)
            raise
        return w_self

    def create_dummy(self):
        """_local_create_dummy: a new dict for this thread, registered under a
        new dummy in the thread's state dict (a borrowed reference)."""
        from glass.objects.dict import W_Dict
        from glass.objects.weakrefobject import W_WeakRef
        from glass.vm import pystate
        w_tdict = pystate.current().get_dict()
        w_ldict = W_Dict()
        w_dummy = W_LocalDummy(w_ldict)
        try:
            w_ref = W_WeakRef.new(W_WeakRef.w_type, [w_dummy, self.w_wr_callback], None)
            try:
                self.w_dummies.setitem(w_ref, w_ldict)
            finally:
                decref(w_ref)
            w_tdict.setitem(self.w_key, w_dummy)
        finally:
            decref(w_dummy)
            decref(w_ldict)
        return w_ldict

    def thread_dict(self):
        """_ldict: this thread's dict (borrowed), made on first use in each
        thread, where the subclass's __init__ then runs with the arguments
        the local was made with."""
        from glass.objects.typeobject import ObjectType
        from glass.vm import pystate
        w_tdict = pystate.current().get_dict()
        w_dummy = w_tdict.getitem(self.w_key)
        if w_dummy is not None:
            return w_dummy.w_localdict
        w_ldict = self.create_dummy()
        init = self.ob_type.tp_init
        if init is not ObjectType.init:
            args_w = list(self.w_args.items)
            kwnames = None
            if self.w_kw is not None and self.w_kw.length():
                keys_w = self.w_kw.keys_list()
                args_w += [self.w_kw.getitem(w_key) for w_key in keys_w]
                kwnames = tuple(w_key.value for w_key in keys_w)
            try:
                init(self, args_w, kwnames)
            except BaseException:
                # The next access tries again with a new dict.
                w_tdict.delitem(self.w_key)
                raise
        return w_ldict

    @slot("tp_getattro")
    def getattro(self, w_name):
        """Counterpart: local_getattro: the generic lookup, with this
        thread's dict as the instance dict; `__dict__` is that dict."""
        from glass.objects.typeobject import attribute_name
        w_ldict = self.thread_dict()
        name = attribute_name(w_name)
        if name == "__dict__":
            w_ldict.ob_refcnt += 1
            return w_ldict
        return _generic_getattr_with_dict(self, w_name, name, w_ldict)

    @slot("tp_setattro")
    def setattro(self, w_name, w_value):
        """Counterpart: local_setattro (w_value None deletes)."""
        from glass.objects.exceptions import attribute_error
        from glass.objects.typeobject import attribute_name
        w_ldict = self.thread_dict()
        name = attribute_name(w_name)
        if name == "__dict__":
            raise attribute_error("'%s' object attribute '__dict__' is read-only"
                                  % self.ob_type.name)
        _generic_setattr_with_dict(self, w_name, name, w_value, w_ldict)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_args, self.w_kw, self.w_dummies):
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        """Counterpart: local_clear: drop what the local holds, and its dummy
        from every thread's state dict."""
        from glass.objects.none import w_None
        from glass.vm import pystate
        for field in ("w_args", "w_kw", "w_dummies", "w_wr_callback"):
            w_value = getattr(self, field)
            setattr(self, field, None)
            xdecref(w_value)
        if self.w_key is not None:
            for tstate in list(pystate.interpreter().threads.values()):
                if tstate.w_dict is not None:
                    decref(tstate.w_dict.pop_value(self.w_key, w_None))

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        W_Local.clear(self)
        w_key, self.w_key = self.w_key, None
        xdecref(w_key)


def _dummy_destroyed_callback(w_local):
    """The weakref callback of a local's dummies (_localdummy_destroyed): a
    builtin method bound to a weak reference to the local, so that it keeps
    the local alive no more than CPython's does."""
    from glass.objects.descr import W_BuiltinFunction
    from glass.objects.none import new_none, w_None
    from glass.objects.signature import Signature
    from glass.objects.weakrefobject import W_WeakRef

    def destroyed(w_localweakref, w_dummyweakref):
        w_obj = w_localweakref.w_referent
        if w_obj is not None and w_obj.w_dummies is not None:
            w_obj.ob_refcnt += 1
            try:
                decref(w_obj.w_dummies.pop_value(w_dummyweakref, w_None))
            finally:
                decref(w_obj)
        return new_none()

    w_ref = W_WeakRef.new(W_WeakRef.w_type, [w_local], None)
    try:
        return W_BuiltinFunction("_localdummy_destroyed", destroyed,
                                 Signature.parse("($self, dummyweakref, /)"), w_ref)
    finally:
        decref(w_ref)


def _generic_getattr_with_dict(w_obj, w_name, name, w_dict):
    """_PyObject_GenericGetAttrWithDict with a dict given: data descriptors of
    the type, then w_dict, then the other descriptors (as
    typeobject.generic_getattr does with the instance's own dict)."""
    from glass.objects.exceptions import set_attribute_error_context
    from glass.objects.typeobject import _attribute_error
    w_type = w_obj.ob_type
    w_descr = w_type.lookup(name)
    get = None
    if w_descr is not None:
        get = w_descr.ob_type.tp_descr_get
        if get is not None and w_descr.ob_type.tp_descr_set is not None:
            return get(w_descr, w_obj, w_type)
    w_value = w_dict.getitem(w_name)
    if w_value is not None:
        w_value.ob_refcnt += 1
        return w_value
    if get is not None:
        return get(w_descr, w_obj, w_type)
    if w_descr is not None:
        w_descr.ob_refcnt += 1
        return w_descr
    error = _attribute_error(w_obj, name)
    set_attribute_error_context(w_obj, w_name, error)
    raise error


def _generic_setattr_with_dict(w_obj, w_name, name, w_value, w_dict):
    """_PyObject_GenericSetAttrWithDict with a dict given (w_value None deletes)."""
    from glass.objects.typeobject import _attribute_error
    w_descr = w_obj.ob_type.lookup(name)
    if w_descr is not None and w_descr.ob_type.tp_descr_set is not None:
        w_descr.ob_type.tp_descr_set(w_descr, w_obj, w_value)
    elif w_value is None:
        if not w_dict.delitem(w_name):
            raise _attribute_error(w_obj, name)
    else:
        w_dict.setitem(w_name, w_value)


# --- the excepthook of threading.Thread ----------------------------------------------

EXCEPTHOOK_ARGS_FIELDS = [("exc_type", "Exception type"), ("exc_value", "Exception value"),
                          ("exc_traceback", "Exception traceback"), ("thread", "Thread")]
EXCEPTHOOK_ARGS_DOC = "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook."
W_EXCEPTHOOK_ARGS = []        # the _ExceptHookArgs type, made with the module


def _excepthook(w_args):
    """Counterpart: thread_excepthook and thread_excepthook_file: "Exception
    in thread NAME:" and the traceback, on sys.stderr (or the thread's
    _stderr when sys.stderr is None); SystemExit is ignored."""
    from glass.objects import abstract
    from glass.objects.exceptions import EXCEPTION_TYPES
    from glass.objects.none import new_none, w_None
    from glass.objects.str import new_str
    from glass.vm import traceback
    if w_args.ob_type is not W_EXCEPTHOOK_ARGS[0]:
        raise type_error("_thread.excepthook argument type must be ExceptHookArgs")
    w_exc_type, w_exc_value, w_exc_tb, w_thread = w_args.items
    if w_exc_type is EXCEPTION_TYPES["SystemExit"]:
        return new_none()
    w_file = traceback._sys_attr("stderr")
    if w_file is None or w_file is w_None:
        if w_thread is w_None:
            return new_none()
        w_file = abstract.getattr_str(w_thread, "_stderr")
        if w_file is w_None:
            decref(w_file)
            return new_none()
    else:
        w_file.ob_refcnt += 1
    try:
        _write(w_file, new_str("Exception in thread "))
        w_name = None
        if w_thread is not w_None:
            w_name = abstract.lookup_attr_str(w_thread, "name")
        if w_name is None:
            w_name = new_str("%d" % host_threading.get_ident())
        try:
            _write(w_file, abstract.str(w_name))
        finally:
            decref(w_name)
        _write(w_file, new_str(":\n"))
        traceback.display_to(w_file, w_exc_value, w_exc_tb)
        decref(abstract.call_method(w_file, "flush", []))
    finally:
        decref(w_file)
    return new_none()


def _write(w_file, w_text):
    """PyFile_WriteObject(text, file, Py_PRINT_RAW): takes the reference to w_text."""
    from glass.objects import abstract
    try:
        decref(abstract.call_method(w_file, "write", [w_text]))
    finally:
        decref(w_text)


@builtin_module("_thread")
class ThreadModule:
    """This module provides primitive operations to write multi-threaded programs.
The 'threading' module provides a more convenient interface."""

    @no_text_signature
    @function("($module, /)")
    def allocate_lock():
        """allocate_lock() -> lock object
(allocate() is an obsolete synonym)

Create a new lock object. See help(type(threading.Lock())) for
information about locks."""
        return W_Lock()

    @no_text_signature
    @function("($module, /)", name="allocate")
    def allocate():
        """allocate_lock() -> lock object
(allocate() is an obsolete synonym)"""
        return W_Lock()

    @no_text_signature
    @function("($module, /)")
    def get_ident():
        """get_ident() -> integer

Return a non-zero integer that uniquely identifies the current thread
amongst other threads that exist simultaneously."""
        from glass.objects.int import new_int
        return new_int(host_threading.get_ident())

    @no_text_signature
    @function("($module, /)")
    def get_native_id():
        """get_native_id() -> integer

Return a non-negative integer identifying the thread as reported
by the OS (kernel). This may be used to uniquely identify a
particular thread within a system."""
        from glass.objects.int import new_int
        return new_int(host_threading.get_native_id())

    @no_text_signature
    @function("($module, /)")
    def _count():
        """_count() -> integer

Return the number of currently running Python threads, excluding
the main thread. The returned number comprises all threads created
through `start_new_thread()` as well as `threading.Thread`, and not
yet finished."""
        from glass.objects.int import new_int
        return new_int(RUNNING_THREADS[0])

    @no_text_signature
    @function("($module, function, args, kwargs=<unrepresentable>, /)")
    def start_new_thread(w_function, w_args, w_kwargs):
        """start_new_thread(function, args[, kwargs])
(start_new() is an obsolete synonym)

Start a new thread and return its identifier."""
        from glass.objects.dict import W_Dict
        from glass.objects.tuple import W_Tuple
        if w_function.ob_type.tp_call is None:
            raise type_error("first arg must be callable")
        if not isinstance(w_args, W_Tuple):
            raise type_error("2nd arg must be a tuple")
        if w_kwargs is not None and not isinstance(w_kwargs, W_Dict):
            raise type_error("optional 3rd arg must be a dictionary")
        return start_thread(w_function, w_args, w_kwargs)

    @no_text_signature
    @function("($module, size=0, /)")
    def stack_size(w_size):
        """stack_size([size]) -> size"""
        from glass.objects import abstract
        from glass.objects.int import new_int
        old = STACK_SIZE[0]
        if w_size is not None:
            size = abstract.int_value(w_size)
            if size != 0 and size < 32768:
                raise value_error("size not valid: %d bytes" % size)
            STACK_SIZE[0] = size
        return new_int(old)

    @no_text_signature
    @function("($module, /)")
    def _set_sentinel():
        """_set_sentinel() -> lock

Set a sentinel lock that will be released when the current thread
state is finalized (even if the thread is still running)."""
        from glass.vm import pystate
        w_lock = W_Lock()                      # threading acquires it at once
        w_lock.ob_refcnt += 1                  # the thread state's reference
        SENTINELS.setdefault(id(pystate.current()), []).append(w_lock)
        return w_lock

    @no_text_signature
    @function("($module, signum=<unrepresentable>, /)")
    def interrupt_main(w_signum):
        """interrupt_main(signum=signal.SIGINT, /)

Simulate the arrival of the given signal in the main thread,
where the corresponding signal handler will be called."""
        raise operation_error("KeyboardInterrupt")

    @no_text_signature
    @function("($module, /)")
    def exit():
        """exit()
(exit_thread() is an obsolete synonym)

This is synonymous to ``raise SystemExit''.  It will cause the current
thread to exit silently unless the exception is caught."""
        raise operation_error("SystemExit")

    @no_text_signature
    @function("($module, args, /)")
    def _excepthook(w_args):
        """excepthook(exc_type, exc_value, exc_traceback, thread)

Handle uncaught Thread.run() exception."""
        return _excepthook(w_args)


STACK_SIZE = [0]
RUNNING_THREADS = [0]
SENTINELS = {}          # id(thread state) -> its _set_sentinel() locks (owned)


def release_sentinels(tstate):
    """The thread state is going away: its sentinel locks are released,
    which is how threading's join() learns that the thread has ended."""
    for w_lock in SENTINELS.pop(id(tstate), ()):
        if w_lock.lock.locked():
            w_lock.lock.release()
        decref(w_lock)


def start_thread(w_function, w_args, w_kwargs):
    """Counterpart: thread_PyThread_start_new_thread: a host thread (with
    Glass's large stack) that takes the GIL, calls the function and ends;
    an exception other than SystemExit is reported as unraisable."""
    import _thread as host_thread
    from glass.objects.int import new_int
    from glass.vm import gil, pystate
    from glass.vm.pylifecycle import GUEST_STACK_SIZE
    interp = pystate.interpreter()
    tstate = pystate.ThreadState(interp)
    for w_obj in (w_function, w_args, w_kwargs):
        if w_obj is not None:
            w_obj.ob_refcnt += 1
    gil.activate()
    RUNNING_THREADS[0] += 1

    def run():
        gil.take(tstate)
        tstate.thread_id = host_threading.get_ident()
        try:
            _call_thread_function(w_function, w_args, w_kwargs)
        finally:
            for w_obj in (w_function, w_args, w_kwargs):
                if w_obj is not None:
                    decref(w_obj)
            RUNNING_THREADS[0] -= 1
            tstate.clear()
            release_sentinels(tstate)
            gil.drop()

    old_size = host_thread.stack_size()
    try:
        host_thread.stack_size(STACK_SIZE[0] or GUEST_STACK_SIZE)
        try:
            ident = host_thread.start_new_thread(run, ())
        except RuntimeError:
            RUNNING_THREADS[0] -= 1
            raise operation_error("RuntimeError", "can't start new thread")
    finally:
        host_thread.stack_size(old_size)
    return new_int(ident)


def _call_thread_function(w_function, w_args, w_kwargs):
    from glass.objects import abstract
    from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
    args_w = list(w_args.items)
    names = None
    if w_kwargs is not None and w_kwargs.length():
        pairs = [(w_key, w_kwargs.getitem(w_key)) for w_key in w_kwargs.keys_list()]
        args_w += [w_value for _, w_value in pairs]
        names = tuple(w_key.value for w_key, _ in pairs)
    try:
        decref(abstract.call(w_function, args_w, names))
    except OperationError as error:
        if error.match(EXCEPTION_TYPES["SystemExit"]):
            decref(error.w_value)
            return
        from glass.vm.traceback import write_unraisable
        write_unraisable(error, "Exception ignored in thread started by", w_function)


def init_module(w_module):
    from glass.objects.exceptions import EXCEPTION_TYPES
    from glass.objects.float import new_float
    d = w_module.w_dict
    d.setitem_str("LockType", W_Lock.w_type)
    d.setitem_str("RLock", W_RLock.w_type)
    d.setitem_str("error", EXCEPTION_TYPES["RuntimeError"])
    d.setitem_str("_local", W_Local.w_type)
    if not W_EXCEPTHOOK_ARGS:
        from glass.objects.structseq import make_structseq_type
        W_EXCEPTHOOK_ARGS.append(make_structseq_type(
            "_thread._ExceptHookArgs", EXCEPTHOOK_ARGS_FIELDS, EXCEPTHOOK_ARGS_DOC))
    d.setitem_str("_ExceptHookArgs", W_EXCEPTHOOK_ARGS[0])
    w_max = new_float(TIMEOUT_MAX)
    d.setitem_str("TIMEOUT_MAX", w_max)
    w_max.ob_refcnt -= 1
    for alias, name in (("start_new", "start_new_thread"), ("exit_thread", "exit")):
        d.setitem_str(alias, d.getitem_str(name))


ThreadModule.init_module = staticmethod(init_module)
