"""The select module: waiting for file descriptors (select, poll, epoll).

Counterpart: Modules/selectmodule.c.

The waiting itself is the host's: select.select, the poll object and the
epoll object are the host's, given host ints.  What this file does is turn
the guest's "file descriptors" (an int, or any object with a fileno()
method, asked through the guest) into ints, and give back the guest's own
objects for the ones that are ready.  The docstrings are the host module's.
"""
from __future__ import annotations

import select as host_select

from glass.modules import builtin_module, function
from glass.modules._signal import wait_interruptibly
from glass.modules.posix import host_call, host_call_blocking, to_guest, to_host
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error, value_error
from glass.objects.object import W_Object, decref
from glass.objects.type import builtin_type, getter, method, slot


def _host_doc(owner, name):
    return getattr(getattr(owner, name, None), "__doc__", None)


def as_file_descriptor(w_obj):
    """PyObject_AsFileDescriptor: an int, or the int its fileno() returns."""
    from glass.objects.int import W_Int
    if isinstance(w_obj, W_Int):
        fd = _c_int(w_obj)
    else:
        from glass.objects.exceptions import OperationError
        try:
            w_method = abstract.getattr_str(w_obj, "fileno")
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["AttributeError"]):
                raise
            decref(error.w_value)
            raise type_error("argument must be an int, or have a fileno() method.")
        try:
            w_fd = abstract.call(w_method, [])
        finally:
            decref(w_method)
        try:
            if not isinstance(w_fd, W_Int):
                raise type_error("fileno() returned a non-integer")
            fd = _c_int(w_fd)
        finally:
            decref(w_fd)
    if fd < 0:
        raise value_error("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _c_int(w_int):
    """PyLong_AsInt for an int object."""
    from glass.objects.exceptions import overflow_error
    value = w_int.value
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise overflow_error("Python int too large to convert to C int")
    return value


def _fd_argument(w_fd):
    """The fd argument of poll's and epoll's methods (fildes_converter)."""
    return as_file_descriptor(w_fd)


def _optional(*values_w):
    """The host arguments for the guest values given, up to the first left out."""
    args = []
    for w_value in values_w:
        if w_value is None:
            break
        args.append(to_host(w_value))
    return args


# --- select() ------------------------------------------------------------------------

def _select_list(w_list):
    """seq2set: the (fd, guest object) pairs of one of select's sequences, the
    objects borrowed (the caller keeps the sequence alive)."""
    from glass.objects.list import W_List
    from glass.objects.tuple import W_Tuple
    if isinstance(w_list, (W_List, W_Tuple)):
        items_w = list(w_list.items)
        for w_item in items_w:
            w_item.ob_refcnt += 1
    else:
        from glass.objects.exceptions import OperationError
        try:
            items_w = list(abstract.iterate(w_list))
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            raise type_error("arguments 1-3 must be sequences")
    pairs = []
    try:
        for w_item in items_w:
            pairs.append((as_file_descriptor(w_item), w_item))
    except BaseException:
        for w_item in items_w:
            decref(w_item)
        raise
    return pairs


def _ready_list(pairs, ready_fds):
    from glass.objects.list import W_List
    ready = set(ready_fds)
    items_w = []
    for fd, w_item in pairs:
        if fd in ready:
            w_item.ob_refcnt += 1
            items_w.append(w_item)
    return W_List(items_w)


# --- poll objects ----------------------------------------------------------------------

@builtin_type("select.poll")
class W_Poll(W_Object):
    """A poll object: the host's, registered with host ints."""
    __slots__ = ("host_poll",)

    def __init__(self):
        W_Object.__init__(self, W_Poll.w_type)
        self.host_poll = host_select.poll()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create 'select.poll' instances")

    @method("($self, fd,\n         eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)",
            doc=_host_doc(host_select.poll(), "register"))
    def register(self, w_fd, w_eventmask):
        fd = _fd_argument(w_fd)
        host_call(self.host_poll.register, fd, *_optional(w_eventmask))

    @method("($self, fd, eventmask, /)", doc=_host_doc(host_select.poll(), "modify"))
    def modify(self, w_fd, w_eventmask):
        fd = _fd_argument(w_fd)
        host_call(self.host_poll.modify, fd, to_host(w_eventmask))

    @method("($self, fd, /)", doc=_host_doc(host_select.poll(), "unregister"))
    def unregister(self, w_fd):
        fd = _fd_argument(w_fd)
        host_call(self.host_poll.unregister, fd)

    @method("($self, timeout=None, /)", doc=_host_doc(host_select.poll(), "poll"))
    def poll(self, w_timeout):
        # The timeout is in milliseconds (None or negative: for ever).
        arguments = _optional(w_timeout)
        if not _is_timeout(arguments):
            return to_guest(host_call_blocking(self.host_poll.poll, *arguments))
        value = arguments[0] if arguments else None
        seconds = None if value is None or value < 0 else value / 1000.0
        return to_guest(_interruptible(self.host_poll, seconds, _milliseconds,
                                       host_select.POLLIN))


# --- epoll objects ---------------------------------------------------------------------

@builtin_type("select.epoll", doc=host_select.epoll.__doc__)
class W_Epoll(W_Object):
    __slots__ = ("host_epoll",)

    def __init__(self, host_epoll):
        W_Object.__init__(self, W_Epoll.w_type)
        self.host_epoll = host_epoll

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.signature import Signature
        values_w = Signature.parse("($type, sizehint=-1, flags=0)").bind(
            "epoll", args_w, kwnames)
        return W_Epoll(host_call(host_select.epoll, *_optional(*values_w)))

    @slot("tp_dealloc")
    def dealloc(self):
        host_epoll, self.host_epoll = self.host_epoll, None
        if host_epoll is not None:
            host_epoll.close()

    @method("($self, /)", doc=_host_doc(host_select.epoll, "close"))
    def close(self):
        host_call(self.host_epoll.close)

    @getter("closed", doc="True if the epoll handler is closed")
    def get_closed(self):
        from glass.objects.bool import new_bool
        return new_bool(self.host_epoll.closed)

    @method("($self, /)", doc=_host_doc(host_select.epoll, "fileno"))
    def fileno(self):
        return to_guest(host_call(self.host_epoll.fileno))

    @method("($type, fd, /)", kind="classmethod", doc=_host_doc(host_select.epoll, "fromfd"))
    def fromfd(w_type, w_fd):
        return W_Epoll(host_call(host_select.epoll.fromfd, to_host(w_fd)))

    @method("($self, /, fd,\n         eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)",
            doc=_host_doc(host_select.epoll, "register"))
    def register(self, w_fd, w_eventmask):
        fd = _fd_argument(w_fd)
        host_call(self.host_epoll.register, fd, *_optional(w_eventmask))

    @method("($self, /, fd, eventmask)", doc=_host_doc(host_select.epoll, "modify"))
    def modify(self, w_fd, w_eventmask):
        fd = _fd_argument(w_fd)
        host_call(self.host_epoll.modify, fd, to_host(w_eventmask))

    @method("($self, /, fd)", doc=_host_doc(host_select.epoll, "unregister"))
    def unregister(self, w_fd):
        fd = _fd_argument(w_fd)
        host_call(self.host_epoll.unregister, fd)

    @method("($self, /, timeout=None, maxevents=-1)", doc=_host_doc(host_select.epoll, "poll"))
    def poll(self, w_timeout, w_maxevents):
        # The timeout is in seconds (None or negative: for ever).
        arguments = _optional(w_timeout, w_maxevents)
        if not _is_timeout(arguments[:1]):
            return to_guest(host_call_blocking(self.host_epoll.poll, *arguments))
        value = arguments[0] if arguments else None
        seconds = None if value is None or value < 0 else value
        return to_guest(_interruptible(self.host_epoll, seconds,
                                       lambda left: -1 if left is None else left,
                                       host_select.EPOLLIN, *arguments[1:]))

    @method("($self, /)")
    def __enter__(self):
        host_call(self.host_epoll.__enter__)
        self.ob_refcnt += 1
        return self

    @method("($self, exc_type=None, exc_value=None, exc_tb=None, /)")
    def __exit__(self, w_exc_type, w_exc_value, w_exc_tb):
        host_call(self.host_epoll.close)


def _call(func, *args):
    """func(*args), its host exception the guest's."""
    from glass.modules.posix import guest_error
    try:
        return func(*args)
    except OperationError:
        raise
    except Exception as error:
        raise guest_error(error)


def _is_timeout(arguments):
    """Whether the timeout among the host arguments (first, if any) is a
    number this module can count down; anything else goes to the host as
    given, which refuses it with its own message."""
    return not arguments or arguments[0] is None or (
        isinstance(arguments[0], (int, float)) and not isinstance(arguments[0], bool)
        and arguments[0] == arguments[0])


def _milliseconds(seconds):
    """A poll object's timeout: what is left, in whole milliseconds, rounded up."""
    import math
    return None if seconds is None else int(math.ceil(seconds * 1000))


def _interruptible(host_poller, seconds, host_timeout, readable, *more):
    """A poll or epoll object's wait that a signal for the guest interrupts
    (wait_interruptibly): the wake pipe is registered for the wait only.
    `seconds` is the timeout in seconds (None: for ever); host_timeout turns
    what is left of it into the host poller's own unit."""
    def wait(wake, left):
        if wake is None:
            return host_poller.poll(host_timeout(left), *more), False
        host_poller.register(wake, readable)
        try:
            events = host_poller.poll(host_timeout(left), *more)
        finally:
            host_poller.unregister(wake)
        mine = [event for event in events if event[0] != wake]
        return mine, len(mine) != len(events) and not mine
    return _call(wait_interruptibly, wait, seconds)


@builtin_module("select", doc=host_select.__doc__)
class SelectModule:

    @function("($module, rlist, wlist, xlist, timeout=None, /)",
              doc=host_select.select.__doc__)
    def select(w_rlist, w_wlist, w_xlist, w_timeout):
        from glass.objects.tuple import new_tuple_owned
        lists = []
        try:
            for w_list in (w_rlist, w_wlist, w_xlist):
                lists.append(_select_list(w_list))
            timeout = None if w_timeout is None else to_host(w_timeout)
            fds = [[fd for fd, _w in pairs] for pairs in lists]
            if not _is_timeout([] if timeout is None else [timeout]) or \
                    (timeout is not None and timeout < 0):
                # The host's select refuses it, with its own message.
                host_call(host_select.select, fds[0], fds[1], fds[2], timeout)
            # It checks the file descriptors before any wait: its errors first.
            host_call(host_select.select, fds[0], fds[1], fds[2], 0)

            def wait(wake, seconds):
                readers = fds[0] if wake is None else fds[0] + [wake]
                ready = host_select.select(readers, fds[1], fds[2], seconds)
                woken = wake is not None and wake in ready[0]
                if woken:
                    ready = ([fd for fd in ready[0] if fd != wake], ready[1], ready[2])
                return ready, woken and not any(ready)
            ready = _call(wait_interruptibly, wait, timeout)
            return new_tuple_owned([_ready_list(pairs, fds)
                                    for pairs, fds in zip(lists, ready)])
        finally:
            for pairs in lists:
                for _fd, w_item in pairs:
                    decref(w_item)

    @function("($module, /)", doc=host_select.poll.__doc__)
    def poll():
        return W_Poll()


def init_module(w_module):
    w_dict = w_module.w_dict
    for name, value in vars(host_select).items():
        if name[:1].isupper() and type(value) is int:
            w_value = to_guest(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
    w_dict.setitem_str("error", EXCEPTION_TYPES["OSError"])
    w_dict.setitem_str("epoll", W_Epoll.w_type)


SelectModule.init_module = staticmethod(init_module)
