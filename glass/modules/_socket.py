"""The _socket module: the socket type and the network look-ups under socket.py.

Counterpart: Modules/socketmodule.c.

Each guest socket owns a host socket object (the host's `_socket.socket`,
the C type itself, not socket.py's class) and never hands it to the guest.
A method converts its guest arguments to host values (bytes-like objects
pass their buffer, so recv_into writes straight into a guest bytearray),
calls the host socket's method of the same name and converts the result
back.  The host checks the arguments, so type errors carry CPython's
messages; its gaierror and herror become the guest's socket.gaierror and
socket.herror, its timeout the guest's TimeoutError.

Blocking and timeouts are the host socket's own (the guest's timeout is the
host socket's), as CPython implements them with poll() inside each call.
The constants and docstrings are the host module's.
"""
from __future__ import annotations

import _socket as host_socket

from glass.modules import builtin_module
from glass.modules.builtins import raw_function
from glass.modules.posix import has_guest_proxy, guest_error, to_guest, to_host
from glass.objects import abstract, stringlib
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, call_exception_type,
                                      type_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, HEAPTYPE, builtin_type, getter, method, slot
from glass.vm import gil
from glass.vm.audit import audit, should_audit

SOCKET_TYPE_DOC = host_socket.socket.__doc__


class HostSocket(host_socket.socket):
    """The host socket a guest socket owns: the host's socket type, weakly
    referable (as socket.py's subclass is), because the host _ssl keeps a
    weak reference to the socket it wraps."""
    __slots__ = ("__weakref__",)


# socket.herror and socket.gaierror, made with the module.
W_HERROR = []
W_GAIERROR = []


# --- Crossing the wall -------------------------------------------------------------------

def host_value(w_obj):
    """A host value for a socket call's argument: a bytes-like object passes
    its buffer (a bytearray's or memoryview's live storage, so the host can
    write into it), tuples and lists item by item, the rest as to_host."""
    from glass.objects.list import W_List
    from glass.objects.str import W_Str
    from glass.objects.structseq import W_StructSeq
    from glass.objects.tuple import W_Tuple
    if isinstance(w_obj, W_Str):
        return w_obj.value
    if isinstance(w_obj, W_Tuple) and not isinstance(w_obj, W_StructSeq):
        return tuple(host_value(w_item) for w_item in w_obj.items)
    if isinstance(w_obj, W_List):
        return [host_value(w_item) for w_item in w_obj.items]
    buffer = stringlib.getbuffer(w_obj)
    if buffer is not None:
        return buffer
    return to_host(w_obj)


def call_socket(func, args_w, kwargs_w=None):
    """Call a host socket function with guest arguments; its result becomes a
    guest value and its exception the guest's."""
    args = [host_value(w_arg) for w_arg in args_w]
    kwargs = {name: host_value(w_value) for name, w_value in (kwargs_w or {}).items()}
    return to_guest(host_result(func, *args, **kwargs))


def host_result(func, *args, **kwargs):
    """Call a host socket function, turning its exception into the guest's.
    The call runs without the GIL, as socketmodule.c's sock_call does: it may
    wait (accept, connect, recv, send, getaddrinfo)."""
    try:
        if has_guest_proxy(args) or has_guest_proxy(kwargs.values()):
            return func(*args, **kwargs)     # the host may run guest code
        with gil.released():
            return func(*args, **kwargs)
    except OperationError:
        raise
    except host_socket.gaierror as error:
        raise _lookup_error(W_GAIERROR[0], error)
    except host_socket.herror as error:
        raise _lookup_error(W_HERROR[0], error)
    except Exception as error:
        raise guest_error(error)


def _lookup_error(w_type, error):
    """socket.gaierror / socket.herror with the host error's (code, message)."""
    args_w = [to_guest(arg) for arg in error.args]
    try:
        return OperationError(call_exception_type(w_type, args_w))
    finally:
        for w_arg in args_w:
            decref(w_arg)


# --- Audit events: socketmodule.c's PySys_Audit calls ----------------------------------

# The methods that tell the audit hooks (socket, address) before they act.
SOCKET_METHOD_EVENTS = {"bind": "socket.bind", "connect": "socket.connect",
                        "connect_ex": "socket.connect", "sendto": "socket.sendto",
                        "sendmsg": "socket.sendmsg"}


def _address_argument(name, args_w):
    """The address among a method's arguments: sendto's last, sendmsg's
    fourth (None without one), the only one of the others."""
    if name == "sendmsg":
        return args_w[3] if len(args_w) > 3 else None
    return args_w[-1]


def _audit_new(w_sock, args_w, kwnames):
    """sock_initobj's "socket.__new__" (socket, family, type, proto): the
    values given, -1 for those left out.  (An argument that is no int goes
    unheard: the host refuses it, as CPython's argument parsing does first.)"""
    npos = len(args_w) - (len(kwnames) if kwnames else 0)
    values = dict(zip(("family", "type", "proto"), args_w[:npos]))
    values.update(zip(kwnames or (), args_w[npos:]))
    numbers = []
    for name in ("family", "type", "proto"):
        w_value = values.get(name)
        if w_value is None:
            numbers.append(-1)
        elif w_value.ob_type.nb_index is None:
            return
        else:
            numbers.append(abstract.int_value(w_value))
    audit("socket.__new__", w_sock, *numbers)


def _audit_function(name, args_w, keywords):
    """The module functions' events, their arguments as the C code parsed them."""
    from glass.objects.none import w_None
    if name == "gethostname":
        audit("socket.gethostname")
    elif name in ("gethostbyname", "gethostbyname_ex", "gethostbyaddr", "sethostname",
                  "getnameinfo") and args_w:
        event = {"gethostbyname_ex": "socket.gethostbyname"}.get(name, "socket." + name)
        audit(event, args_w[0])
    elif name in ("getservbyname", "getservbyport") and args_w:
        audit("socket." + name, args_w[0], args_w[1] if len(args_w) > 1 else w_None)
    elif name == "getaddrinfo":
        values = dict(zip(("host", "port", "family", "type", "proto"), args_w))
        values.update(keywords)
        numbers = []
        for key in ("family", "type", "proto"):         # "iii": plain ints
            w_value = values.get(key)
            if w_value is None:
                numbers.append(0)
            elif w_value.ob_type.nb_index is None:
                return
            else:
                numbers.append(abstract.int_value(w_value))
        if "host" in values and "port" in values:
            audit("socket.getaddrinfo", values["host"], values["port"], *numbers)


def _socket_method(name):
    """A method of the socket type passing its arguments to the host socket's."""
    host_method = getattr(host_socket.socket, name, None)

    def call(self, args_w):
        if event is not None and args_w and should_audit():
            audit(event, self, _address_argument(name, args_w))
        return self.call(name, args_w)
    event = SOCKET_METHOD_EVENTS.get(name)
    call.__name__ = name
    return method("($self, *args)", name=name, doc=getattr(host_method, "__doc__", None))(call)



def _send_interruptibly(host_sock, name, args_w):
    """sock_send / sock_sendall on the guest's main thread, for a blocking
    socket without a timeout: a signal for the guest interrupts the wait
    for room as EINTR interrupts send(2) (sock_call).  The host hands the
    signal to its own main thread, so the wait is a poll of the socket and
    of _signal's wake-up pipe, and each send is one that cannot wait.  With
    some bytes gone, send returns their count; else the handlers run (their
    exception propagates) and the wait goes on (PEP 475); sendall runs them
    and goes on either way.  None: this call is not such a one (the host
    makes it as it is)."""
    import select as host_select
    from glass.modules import _signal
    from glass.objects.int import new_int, W_Int
    from glass.vm import pystate
    if pystate.current() is not pystate.interpreter().main_thread or \
            not hasattr(host_select, "poll") or host_sock.fileno() < 0 or \
            host_sock.gettimeout() is not None:
        return None
    data = stringlib.getbuffer(args_w[0])
    if data is None or len(args_w) == 2 and type(args_w[1]) is not W_Int:
        return None
    view = memoryview(data).cast("B")
    if not len(view):
        return None
    flags = args_w[1].value if len(args_w) == 2 else 0
    fd = host_sock.fileno()
    wake = _signal._wake_pipe()
    poller = host_select.poll()
    poller.register(fd, host_select.POLLOUT)
    poller.register(wake, host_select.POLLIN)
    sent = 0
    while True:
        try:
            with gil.released():
                events = dict(poller.poll())
                if wake in events:
                    _signal._drain(wake)
                if fd in events:            # room, or an error the send reports
                    try:
                        sent += host_sock.send(view[sent:], flags | host_socket.MSG_DONTWAIT)
                    except BlockingIOError:
                        pass
        except Exception as error:
            raise guest_error(error)
        if sent >= len(view):
            break
        if _signal._PENDING:
            if name == "send" and sent:
                break                       # a partial send, as send(2) returns it
            _signal.run_pending_handlers()
    return new_int(sent) if name == "send" else _none()


def _none():
    from glass.objects.none import new_none
    return new_none()


# --- The socket type ---------------------------------------------------------------------

@builtin_type("_socket.socket", flags=BASETYPE, doc=SOCKET_TYPE_DOC)
class W_Socket(W_Object):
    __slots__ = ("host_sock",)

    def __init__(self, w_type, host_sock=None):
        W_Object.__init__(self, w_type)
        self.host_sock = host_sock

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """sock_new: an unopened socket (fd -1); __init__ opens it."""
        if w_type is W_Socket.w_type:
            return W_Socket(w_type)
        from glass.objects.typeobject import _new_instance
        w_sock = _new_instance(w_type)
        w_sock.host_sock = None
        return w_sock

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """sock_initobj: socket(family=-1, type=-1, proto=-1, fileno=None)."""
        if should_audit():
            _audit_new(self, args_w, kwnames)
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        kwargs = dict(zip(kwnames or (), args_w[npos:]))
        host_sock = host_result(HostSocket,
                                *[host_value(w_arg) for w_arg in args_w[:npos]],
                                **{name: host_value(w_value) for name, w_value in kwargs.items()})
        old, self.host_sock = self.host_sock, host_sock
        if old is not None:
            old.detach()            # CPython overwrites the fd, leaving it open

    @slot("tp_finalize")
    def finalize(self):
        """sock_finalize: a socket still open warns ResourceWarning("unclosed
        <repr>") and is closed; a warning made an error is unraisable."""
        host_sock = self.host_sock
        if host_sock is None or host_sock.fileno() == -1:
            return
        from glass.modules._warnings import warn
        from glass.objects import abstract
        try:
            warn("ResourceWarning", "unclosed %s" % abstract.repr_text(self), 1, self)
        except OperationError as error:
            if error.match(EXCEPTION_TYPES["Warning"]):
                from glass.vm.traceback import write_unraisable
                write_unraisable(error, None, self)
            else:
                decref(error.w_value)
        host_sock.close()

    @slot("tp_dealloc")
    def dealloc(self):
        """sock_dealloc: the finalizer first (a subclass's subtype_dealloc
        has run it already), then the host socket goes."""
        if not (self.ob_type.flags & HEAPTYPE):
            from glass.vm import pystate
            self.ob_refcnt = 1              # alive again for the finalizer
            pystate.call_finalizer(W_Socket.finalize, self)
            self.ob_refcnt -= 1
            if self.ob_refcnt > 0:
                return                      # the warning's handler kept it
        host_sock, self.host_sock = self.host_sock, None
        if host_sock is not None:
            host_sock.close()

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        host_sock = self.host_sock
        if host_sock is None:
            return new_str("<socket object, fd=-1, family=0, type=0, proto=0>")
        return new_str(repr(host_sock))

    def sock(self):
        """The host socket; an unopened one behaves as a closed socket."""
        if self.host_sock is None:
            self.host_sock = HostSocket()
            self.host_sock.close()
        return self.host_sock

    def call(self, name, args_w):
        if name in ("send", "sendall") and 1 <= len(args_w) <= 2:
            w_res = _send_interruptibly(self.sock(), name, args_w)
            if w_res is not None:
                return w_res
        return call_socket(getattr(self.sock(), name), args_w)

    @getter("family", doc="the socket family", member=True)
    def get_family(self):
        return to_guest(self.host_sock.family if self.host_sock is not None else 0)

    @getter("type", doc="the socket type", member=True)
    def get_type(self):
        return to_guest(self.host_sock.type if self.host_sock is not None else 0)

    @getter("proto", doc="the socket protocol", member=True)
    def get_proto(self):
        return to_guest(self.host_sock.proto if self.host_sock is not None else 0)

    @getter("timeout", doc="the socket timeout")
    def get_timeout(self):
        return to_guest(self.host_sock.timeout if self.host_sock is not None else None)

    @method("($self, /)")
    def _accept(self):
        """_accept() -> (integer, address info)

Wait for an incoming connection.  Return a new socket file descriptor
representing the connection, and the address of the client.
For IP sockets, the address info is a pair (hostaddr, port)."""
        return self.call("_accept", [])

    @method("($self, /)")
    def close(self):
        """close()

Close the socket.  It cannot be used after this call."""
        if self.host_sock is not None:
            host_result(self.host_sock.close)

    @method("($self, /)")
    def detach(self):
        """detach()

Close the socket object without closing the underlying file descriptor.
The object cannot be used after this call, but the file descriptor
can be reused for other purposes.  The file descriptor is returned."""
        return self.call("detach", [])

    @method("($self, /)")
    def fileno(self):
        """fileno() -> integer

Return the integer file descriptor of the socket."""
        return self.call("fileno", [])

    # The methods that pass their arguments through to the host socket's.
    bind = _socket_method("bind")
    connect = _socket_method("connect")
    connect_ex = _socket_method("connect_ex")
    getpeername = _socket_method("getpeername")
    getsockname = _socket_method("getsockname")
    getsockopt = _socket_method("getsockopt")
    setsockopt = _socket_method("setsockopt")
    gettimeout = _socket_method("gettimeout")
    settimeout = _socket_method("settimeout")
    getblocking = _socket_method("getblocking")
    setblocking = _socket_method("setblocking")
    listen = _socket_method("listen")
    recv = _socket_method("recv")
    recv_into = _socket_method("recv_into")
    recvfrom = _socket_method("recvfrom")
    recvfrom_into = _socket_method("recvfrom_into")
    recvmsg = _socket_method("recvmsg")
    recvmsg_into = _socket_method("recvmsg_into")
    send = _socket_method("send")
    sendall = _socket_method("sendall")
    sendto = _socket_method("sendto")
    sendmsg = _socket_method("sendmsg")
    shutdown = _socket_method("shutdown")


# --- The module --------------------------------------------------------------------------

# Module functions passed through to the host's: (name, takes keywords).
MODULE_FUNCTIONS = (
    ("getaddrinfo", True), ("getnameinfo", False), ("gethostname", False),
    ("sethostname", False), ("gethostbyname", False), ("gethostbyname_ex", False),
    ("gethostbyaddr", False), ("getservbyname", False), ("getservbyport", False),
    ("getprotobyname", False), ("getdefaulttimeout", False),
    ("setdefaulttimeout", False), ("dup", False), ("close", False),
    ("inet_aton", False), ("inet_ntoa", False), ("inet_pton", False),
    ("inet_ntop", False), ("htons", False), ("ntohs", False), ("htonl", False),
    ("ntohl", False), ("if_nameindex", False), ("if_nametoindex", False),
    ("if_indextoname", False), ("CMSG_LEN", False), ("CMSG_SPACE", False),
)


def _module_function(name, takes_keywords):
    host_func = getattr(host_socket, name)

    def call(args_w, keywords):
        if keywords and not takes_keywords:
            raise type_error("%s() takes no keyword arguments" % name)
        if should_audit():
            _audit_function(name, args_w, dict(keywords))
        return call_socket(host_func, args_w, dict(keywords))
    call.__name__ = name
    call.__doc__ = host_func.__doc__
    return raw_function(None, name=name)(call)


def _weakly_referable(host_sock):
    """The same socket as a HostSocket (the host's socketpair makes plain ones)."""
    timeout = host_sock.gettimeout()
    result = HostSocket(host_sock.family, host_sock.type, host_sock.proto,
                        host_sock.detach())
    result.settimeout(timeout)
    return result


@builtin_module("_socket", doc=host_socket.__doc__)
class SocketModule:

    @raw_function(None)
    def socketpair(args_w, keywords):
        if keywords:
            raise type_error("socketpair() takes no keyword arguments")
        from glass.objects.tuple import new_tuple_owned
        pair = host_result(host_socket.socketpair, *[host_value(w) for w in args_w])
        return new_tuple_owned([W_Socket(W_Socket.w_type, _weakly_referable(host_sock))
                                for host_sock in pair])

    socketpair.__doc__ = host_socket.socketpair.__doc__


for _name, _keywords in MODULE_FUNCTIONS:
    if hasattr(host_socket, _name):
        setattr(SocketModule, _name, _module_function(_name, _keywords))


def init_module(w_module):
    from glass.objects.exceptions import new_exception_class
    w_dict = w_module.w_dict
    for name, value in vars(host_socket).items():
        if not name.startswith("_") and type(value) in (int, bool):
            w_value = to_guest(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
    if not W_HERROR:
        W_HERROR.append(new_exception_class("socket.herror", EXCEPTION_TYPES["OSError"]))
        W_GAIERROR.append(new_exception_class("socket.gaierror", EXCEPTION_TYPES["OSError"]))
    w_dict.setitem_str("herror", W_HERROR[0])
    w_dict.setitem_str("gaierror", W_GAIERROR[0])
    w_dict.setitem_str("error", EXCEPTION_TYPES["OSError"])
    w_dict.setitem_str("timeout", EXCEPTION_TYPES["TimeoutError"])
    w_dict.setitem_str("socket", W_Socket.w_type)
    w_dict.setitem_str("SocketType", W_Socket.w_type)


SocketModule.init_module = staticmethod(init_module)
