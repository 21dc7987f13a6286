"""The _ssl module: TLS over sockets and memory buffers, under ssl.py.

Counterpart: Modules/_ssl.c (with Modules/_ssl/cert.c and debughelpers.c).

OpenSSL is the host's: each guest _SSLContext, _SSLSocket, MemoryBIO,
SSLSession and Certificate owns the host _ssl object of the same kind and
never hands it to the guest.  A guest socket wraps a host socket (see
_socket.py), so `_wrap_socket` gives the host context the guest socket's
host socket; the host SSL object then reads that socket's timeout on each
call, as _ssl.c reads sock_timeout, so the guest's settimeout holds.

What the guest can see is kept on this side, as _ssl.c keeps it:

- the `owner` of an SSL object and its underlying socket are guest weak
  references; the host SSL object's owner is a `_SocketLink` that leads the
  host's callbacks back to the guest objects;
- the SNI, message and password callbacks are host callables that take
  the GIL back (GuestCallback), call the guest callable with guest values
  and report its failure as _ssl.c does;
- the host's SSLError and its subclasses become this module's guest
  classes, with the same args, str, library, reason, verify_code and
  verify_message; the host's DeprecationWarnings become the guest's.

do_handshake, read, write and shutdown may wait on the network: they run
without the GIL (ForeignCall), as _ssl.c's PySSL_BEGIN_ALLOW_THREADS.
"""
from __future__ import annotations

import warnings as host_warnings

import _ssl as host_ssl

from glass.modules import builtin_module, function
from glass.modules._socket import W_Socket, host_value
from glass.modules.posix import guest_error, has_guest_proxy, to_guest, to_host
from glass.objects import abstract
from glass.objects.exceptions import EXCEPTION_TYPES, OperationError, type_error
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASETYPE, EQ, HAVE_GC, IMMUTABLETYPE, NE, builtin_type,
                                getter, method, setter, slot)
from glass.vm import gil

# ssl.SSLError's subclasses: (name, doc, extra base), in _ssl.c's order.
ERROR_CLASSES = (
    ("SSLCertVerificationError", "A certificate could not be verified.", "ValueError"),
    ("SSLZeroReturnError", "SSL/TLS session closed cleanly.", None),
    ("SSLWantReadError", "Non-blocking SSL socket needs to read more data\n"
                         "before the requested operation can be completed.", None),
    ("SSLWantWriteError", "Non-blocking SSL socket needs to write more data\n"
                          "before the requested operation can be completed.", None),
    ("SSLSyscallError", "System error when attempting SSL operation.", None),
    ("SSLEOFError", "SSL/TLS connection terminated abruptly.", None),
)
SSLERROR_DOC = "An error occurred in the SSL implementation."

# The error classes, made with the module: name -> guest class.
ERRORS_W = {}


# What the host's _ssl may lack (a CPython 3.9 host has no Certificate;
# PyPy's names its SSL object class differently) is looked up softly.
HOST_CERTIFICATE = getattr(host_ssl, "Certificate", None)


def _doc(owner, name=None):
    """The host's docstring for owner(.name), or None where it has none."""
    obj = getattr(host_ssl, owner, None)
    if name is not None:
        obj = getattr(obj, name, None)
    return getattr(obj, "__doc__", None) if obj is not None else None


# --- Crossing the wall: host results to guest values -----------------------------------

def guest_value(value):
    """A new guest reference for a host _ssl result: certificate dicts,
    cipher lists, bytes, and the host sessions and certificates, wrapped."""
    if isinstance(value, dict):
        from glass.objects.dict import W_Dict
        w_dict = W_Dict()
        try:
            for key, item in value.items():
                w_key = guest_value(key)
                try:
                    w_item = guest_value(item)
                    try:
                        w_dict.setitem(w_key, w_item)
                    finally:
                        decref(w_item)
                finally:
                    decref(w_key)
        except BaseException:
            decref(w_dict)
            raise
        return w_dict
    if isinstance(value, tuple):
        from glass.objects.tuple import new_tuple_owned
        return new_tuple_owned([guest_value(item) for item in value])
    if isinstance(value, list):
        from glass.objects.list import W_List
        return W_List([guest_value(item) for item in value])
    if isinstance(value, host_ssl.SSLSession):
        return W_SSLSession(value)
    if HOST_CERTIFICATE is not None and isinstance(value, HOST_CERTIFICATE):
        return W_Certificate(value)
    return to_guest(value)


def host_arg(w_obj):
    """A host value for a guest argument: bytes-like objects pass their
    buffer, the wrappers of this module their host object."""
    if isinstance(w_obj, (W_SSLContext, W_SSLSession, W_MemoryBIO, W_Certificate)) \
            and w_obj.host is not None:
        return w_obj.host
    if isinstance(w_obj, W_Socket):
        return w_obj.sock()
    return host_value(w_obj)


# --- Crossing back: host exceptions to guest exceptions --------------------------------

class GuestRaised(Exception):
    """A guest exception travelling through the host library: a callback's,
    which _ssl.c keeps on the socket and raises when the call returns."""

    def __init__(self, error):
        Exception.__init__(self)
        self.error = error


def guest_ssl_error(error):
    """The OperationError for host exception `error` raised by a host _ssl
    call: SSLError and its subclasses become the guest's, with the same
    args and attributes; a guest callback's exception that _ssl.c chained
    to it (PySSL_ChainExceptions) becomes its __context__."""
    if isinstance(error, GuestRaised):
        return error.error
    if isinstance(error, OperationError):
        return error
    w_type = ERRORS_W.get(type(error).__name__) if isinstance(error, host_ssl.SSLError) \
        else None
    if w_type is None:
        if isinstance(error, UnicodeError):
            from glass.modules._codecs import guest_unicode_error
            result = OperationError(guest_unicode_error(error))
        else:
            result = guest_error(error)
    else:
        from glass.objects.exceptions import call_exception_type
        args_w = [guest_value(arg) for arg in error.args]
        try:
            w_exc = call_exception_type(w_type, args_w)
        finally:
            for w_arg in args_w:
                decref(w_arg)
        for name, value in vars(error).items():      # library, reason, verify_*
            _set_attribute(w_exc, name, value)
        result = OperationError(w_exc)
    context = error.__context__
    if isinstance(context, GuestRaised):
        w_context = context.error.w_value          # the error's reference, handed on
        w_name = _str("__context__")
        try:
            abstract.setattr(result.w_value, w_name, w_context)
        finally:
            decref(w_name)
            decref(w_context)
    return result


def _set_attribute(w_obj, name, value):
    w_name = _str(name)
    w_value = guest_value(value)
    try:
        abstract.setattr(w_obj, w_name, w_value)
    finally:
        decref(w_name)
        decref(w_value)


def _str(text):
    from glass.objects.str import new_str
    return new_str(text)


def call_host(func, *args, **kwargs):
    """Call a host _ssl function; its exceptions become the guest's, its
    warnings (PROTOCOL_TLS, TLSVersion.TLSv1, OP_NO_* are deprecated) too."""
    try:
        with host_warnings.catch_warnings(record=True) as caught:
            host_warnings.simplefilter("always")
            result = func(*args, **kwargs)
    except Exception as error:
        raise guest_ssl_error(error)
    for warning in caught:
        from glass.modules._warnings import warn
        # _ssl.c warns with stacklevel 2: the caller of the guest's caller.
        warn(warning.category.__name__, str(warning.message), 2)
    return result


def call_blocking(func, *args):
    """Call a host SSL operation that may wait on the network, without the
    GIL; a callback into the guest takes it back meanwhile.  A GuestProxy
    among the arguments (a size with __index__) keeps the GIL: the host
    calls into the guest through it without a callback's care."""
    try:
        with gil.ForeignCall(not has_guest_proxy(args)):
            return func(*args)
    except Exception as error:
        raise guest_ssl_error(error)


# --- The exception classes ---------------------------------------------------------------

def sslerror_str(w_self):
    """SSLError_str: the strerror when it is a str, else str(args)."""
    from glass.objects.str import W_Str
    w_strerror = getattr(w_self, "w_strerror", None)
    if isinstance(w_strerror, W_Str):
        w_strerror.ob_refcnt += 1
        return w_strerror
    return abstract.str(w_self.w_args)


def _exception_class(name, bases_w, doc):
    """A class `ssl.<name>`, made by calling type, as PyErr_NewExceptionWithDoc does."""
    from glass.objects.dict import new_dict
    from glass.objects.tuple import new_tuple
    from glass.objects.type import W_Type
    w_dict = new_dict()
    for key, text in (("__module__", "ssl"), ("__doc__", doc)):
        w_text = _str(text)
        w_dict.setitem_str(key, w_text)
        decref(w_text)
    w_name = _str(name)
    w_bases = new_tuple(bases_w)
    try:
        return abstract.call(W_Type.w_type, [w_name, w_bases, w_dict])
    finally:
        decref(w_name)
        decref(w_bases)
        decref(w_dict)


def make_error_classes():
    """ssl.SSLError (OSError with SSLError_str as its tp_str) and its subclasses."""
    from glass.objects.descr import W_SlotWrapper
    w_error = _exception_class("SSLError", [EXCEPTION_TYPES["OSError"]], SSLERROR_DOC)
    w_str = W_SlotWrapper(w_error, "__str__", "tp_str", "unary", sslerror_str)
    w_name = _str("__str__")
    try:
        abstract.setattr(w_error, w_name, w_str)
    finally:
        decref(w_name)
        decref(w_str)
    w_error.flags |= IMMUTABLETYPE      # made from a spec: Py_TPFLAGS_IMMUTABLETYPE
    ERRORS_W["SSLError"] = w_error
    for name, doc, extra in ERROR_CLASSES:
        bases_w = [w_error] + ([EXCEPTION_TYPES[extra]] if extra else [])
        ERRORS_W[name] = _exception_class(name, bases_w, doc)


# --- Callbacks: the host calling into the guest ------------------------------------------

def _incref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _deref(w_ref):
    """A new reference to a guest weak reference's referent, or None."""
    from glass.objects.none import new_none
    w_obj = w_ref.w_referent
    return _incref(w_obj) if w_obj is not None else new_none()


def _new_weakref(w_obj):
    from glass.objects.weakrefobject import W_WeakRef
    return W_WeakRef.new(W_WeakRef.w_type, [w_obj], None)


def _is_callable(w_obj):
    return w_obj.ob_type.tp_call is not None


class _SocketLink:
    """The host owner of a host SSL object: leads the host's callbacks back
    to the guest _SSLSocket (borrowed; cleared when it dies)."""
    __slots__ = ("w_sslobj", "__weakref__")

    def __init__(self, w_sslobj):
        self.w_sslobj = w_sslobj

    def guest_socket(self):
        """A new reference to what _ssl.c's callbacks pass as the socket:
        the owner, else the underlying socket, else the SSL object."""
        w_sslobj = self.w_sslobj
        if w_sslobj is None:
            from glass.objects.none import new_none
            return new_none()
        if w_sslobj.w_owner_ref is not None:
            return _deref(w_sslobj.w_owner_ref)
        if w_sslobj.w_sock_ref is not None:
            return _deref(w_sslobj.w_sock_ref)
        return _incref(w_sslobj)


class _ContextLink:
    """The host callbacks of one guest _SSLContext (borrowed; cleared when it dies)."""
    __slots__ = ("w_ctx",)

    def __init__(self, w_ctx):
        self.w_ctx = w_ctx

    def servername(self, link, server_name, host_ctx):
        """_servername_callback: call the guest's sni_callback(socket, name,
        context).  Its failure is unraisable and fails the handshake with
        the alert _ssl.c chooses; an int result is the alert to send."""
        w_ctx = self.w_ctx
        if w_ctx is None or w_ctx.w_sni_callback is None:
            return None
        with gil.GuestCallback():
            return self._call_servername(w_ctx, link, server_name)

    def _call_servername(self, w_ctx, link, server_name):
        from glass.objects.none import W_None
        from glass.vm.traceback import write_unraisable
        w_callback = _incref(w_ctx.w_sni_callback)
        args_w = [link.guest_socket() if isinstance(link, _SocketLink) else to_guest(None),
                  to_guest(server_name), _incref(w_ctx)]
        try:
            w_result = abstract.call(w_callback, args_w)
        except OperationError as error:
            write_unraisable(error, None, w_callback)
            return host_ssl.ALERT_DESCRIPTION_HANDSHAKE_FAILURE
        finally:
            for w_arg in args_w:
                decref(w_arg)
            decref(w_callback)
        try:
            if isinstance(w_result, W_None):
                return None
            return _as_c_long(w_result)
        except OperationError as error:
            write_unraisable(error, None, w_result)
            return host_ssl.ALERT_DESCRIPTION_INTERNAL_ERROR
        finally:
            decref(w_result)

    def message(self, link, direction, version, content_type, msg_type, data):
        """_PySSL_msg_callback: call the guest's _msg_callback(conn, direction,
        version, content_type, msg_type, data); its exception is kept by the
        host and raised when the SSL call returns."""
        w_ctx = self.w_ctx
        if w_ctx is None or w_ctx.w_msg_callback is None:
            return None
        with gil.GuestCallback():
            w_callback = _incref(w_ctx.w_msg_callback)
            args_w = [link.guest_socket() if isinstance(link, _SocketLink) else to_guest(None)]
            args_w += [to_guest(value) for value in (direction, version, content_type,
                                                     msg_type, data)]
            try:
                decref(abstract.call(w_callback, args_w))
            except OperationError as error:
                raise GuestRaised(error)
            finally:
                for w_arg in args_w:
                    decref(w_arg)
                decref(w_callback)
        return None


def _as_c_long(w_obj):
    """PyLong_AsLong: an int, or an object with __index__, within a C long."""
    w_int = abstract.index(w_obj)
    try:
        value = int(w_int.value)
    finally:
        decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        from glass.objects.exceptions import operation_error
        raise operation_error("OverflowError", "Python int too large to convert to C long")
    return value


def _password_callback(w_callback):
    """A host callable for load_cert_chain's password callable: str, bytes
    and bytearray results pass; anything else gets the host's TypeError."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str

    def password():
        try:
            w_result = abstract.call(w_callback, [])
        except OperationError as error:
            raise GuestRaised(error)
        try:
            if isinstance(w_result, W_Str):
                return w_result.value
            if isinstance(w_result, W_Bytes):
                return bytes(w_result.value)
            if isinstance(w_result, W_ByteArray):
                return bytearray(w_result.value)
            return None         # the host's "password callback must return a string"
        finally:
            decref(w_result)
    return password


# --- _SSLContext -------------------------------------------------------------------------

def _context_attribute(name, settable=True):
    """A getter and setter passing a context attribute through to the host's."""
    doc = _doc("_SSLContext", name)

    def get(self):
        return guest_value(call_host(getattr, self.live(), name))

    get.__name__ = "get_" + name
    get = getter(name, doc=doc)(get)
    if not settable:
        return get, None

    def set_(self, w_value):
        host_ctx = self.live()
        if w_value is None:
            call_host(delattr, host_ctx, name)
        else:
            call_host(setattr, host_ctx, name, host_arg(w_value))
    set_.__name__ = "set_" + name
    return get, setter(name)(set_)


@builtin_type("_ssl._SSLContext", flags=BASETYPE | HAVE_GC, doc="")
class W_SSLContext(W_Object):
    __slots__ = ("host", "link", "w_sni_callback", "w_msg_callback", "w_keylog_filename",
                 "weakrefs")

    def __init__(self, w_type, host_ctx=None):
        W_Object.__init__(self, w_type)
        W_SSLContext.setup(self, host_ctx)

    def setup(self, host_ctx):
        self.host = host_ctx
        self.link = _ContextLink(self)
        self.w_sni_callback = self.w_msg_callback = self.w_keylog_filename = None
        self.weakrefs = None

    def live(self):
        if self.host is None:
            raise type_error("_SSLContext object is not initialized")
        return self.host

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """_ssl__SSLContext_impl: _SSLContext(protocol)."""
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        kwargs = {name: host_arg(w_value)
                  for name, w_value in zip(kwnames or (), args_w[npos:])}
        host_ctx = call_host(host_ssl._SSLContext,
                             *[host_arg(w_arg) for w_arg in args_w[:npos]], **kwargs)
        if w_type is W_SSLContext.w_type:
            return W_SSLContext(w_type, host_ctx)
        from glass.objects.typeobject import _new_instance
        w_ctx = _new_instance(w_type)
        W_SSLContext.setup(w_ctx, host_ctx)
        return w_ctx

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        self.clear()
        # The host context may outlive this one (a host SSL object holds
        # it): its callbacks find the link cleared and do nothing.
        self.link.w_ctx = None
        self.host = None

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_sni_callback, self.w_msg_callback, self.w_keylog_filename):
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        """context_clear: drop the callbacks (the collector breaking a cycle)."""
        fields = (self.w_sni_callback, self.w_msg_callback, self.w_keylog_filename)
        self.w_sni_callback = self.w_msg_callback = self.w_keylog_filename = None
        for w_value in fields:
            xdecref(w_value)

    # -- wrapping sockets and buffers

    # The signatures keep the line breaks of _ssl.c's clinic output.
    @method("($self, /, sock, server_side, server_hostname=None, *,\n"
            "             owner=None, session=None)", doc=_doc("_SSLContext", "_wrap_socket"))
    def _wrap_socket(self, w_sock, w_server_side, w_server_hostname, w_owner, w_session):
        return self.wrap("_wrap_socket", [w_sock], w_server_side, w_server_hostname,
                         w_owner, w_session, w_sock)

    @method("($self, /, incoming, outgoing, server_side,\n"
            "          server_hostname=None, *, owner=None, session=None)",
            doc=_doc("_SSLContext", "_wrap_bio"))
    def _wrap_bio(self, w_incoming, w_outgoing, w_server_side, w_server_hostname, w_owner,
                  w_session):
        return self.wrap("_wrap_bio", [w_incoming, w_outgoing], w_server_side,
                         w_server_hostname, w_owner, w_session, None)

    def wrap(self, name, transport_w, w_server_side, w_server_hostname, w_owner, w_session,
             w_sock):
        """newPySSLSocket: a host SSL object over the host transport, owned by
        a _SocketLink; the guest owner and socket are weak references."""
        from glass.objects.none import W_None
        args = [host_arg(w_arg) for w_arg in transport_w] + [host_arg(w_server_side)]
        if w_server_hostname is not None:
            args.append(host_arg(w_server_hostname))
        kwargs = {}
        if w_session is not None:
            kwargs["session"] = host_arg(w_session)
        w_sslobj = W_SSLSocket(self)
        try:
            kwargs["owner"] = w_sslobj.link
            w_sslobj.host = call_host(getattr(self.live(), name), *args, **kwargs)
            if w_sock is not None:
                w_sslobj.w_sock_ref = _new_weakref(w_sock)
            if w_owner is not None and not isinstance(w_owner, W_None):
                w_sslobj.w_owner_ref = _new_weakref(w_owner)
        except BaseException:
            decref(w_sslobj)
            raise
        return w_sslobj

    # -- methods passed through to the host context

    @method("($self, cipherlist, /)", doc=_doc("_SSLContext", "set_ciphers"))
    def set_ciphers(self, w_ciphers):
        call_host(self.live().set_ciphers, host_arg(w_ciphers))

    @method("($self, protos, /)", doc=_doc("_SSLContext", "_set_alpn_protocols"))
    def _set_alpn_protocols(self, w_protos):
        call_host(self.live()._set_alpn_protocols, host_arg(w_protos))

    @method("($self, /, certfile, keyfile=None, password=None)",
            doc=_doc("_SSLContext", "load_cert_chain"))
    def load_cert_chain(self, w_certfile, w_keyfile, w_password):
        kwargs = {}
        if w_keyfile is not None:
            kwargs["keyfile"] = host_arg(w_keyfile)
        if w_password is not None:
            # A str or bytes-like object passes as it is; what is neither nor
            # callable gets the host's TypeError.
            kwargs["password"] = _password_callback(w_password) \
                if _is_callable(w_password) else to_host(w_password)
        call_host(self.live().load_cert_chain, host_arg(w_certfile), **kwargs)

    @method("($self, path, /)", doc=_doc("_SSLContext", "load_dh_params"))
    def load_dh_params(self, w_path):
        # _Py_fopen_obj(path, "rb") opens the file, and says so first.
        from glass.vm.audit import audit
        audit("open", w_path, "rb", 0)
        call_host(self.live().load_dh_params, host_arg(w_path))

    @method("($self, /, cafile=None, capath=None, cadata=None)",
            doc=_doc("_SSLContext", "load_verify_locations"))
    def load_verify_locations(self, w_cafile, w_capath, w_cadata):
        kwargs = {}
        for name, w_value in (("cafile", w_cafile), ("capath", w_capath),
                              ("cadata", w_cadata)):
            if w_value is not None:
                kwargs[name] = host_arg(w_value)
        call_host(self.live().load_verify_locations, **kwargs)

    @method("($self, /)", doc=_doc("_SSLContext", "session_stats"))
    def session_stats(self):
        return guest_value(call_host(self.live().session_stats))

    @method("($self, /)", doc=_doc("_SSLContext", "set_default_verify_paths"))
    def set_default_verify_paths(self):
        call_host(self.live().set_default_verify_paths)

    @method("($self, name, /)", doc=_doc("_SSLContext", "set_ecdh_curve"))
    def set_ecdh_curve(self, w_name):
        call_host(self.live().set_ecdh_curve, host_arg(w_name))

    @method("($self, /)", doc=_doc("_SSLContext", "cert_store_stats"))
    def cert_store_stats(self):
        return guest_value(call_host(self.live().cert_store_stats))

    @method("($self, /, binary_form=False)", doc=_doc("_SSLContext", "get_ca_certs"))
    def get_ca_certs(self, w_binary_form):
        args = [] if w_binary_form is None else [host_arg(w_binary_form)]
        return guest_value(call_host(self.live().get_ca_certs, *args))

    @method("($self, /)", doc=_doc("_SSLContext", "get_ciphers"))
    def get_ciphers(self):
        return guest_value(call_host(self.live().get_ciphers))

    # -- attributes

    get_check_hostname, set_check_hostname = _context_attribute("check_hostname")
    get_host_flags, set_host_flags = _context_attribute("_host_flags")
    get_minimum_version, set_minimum_version = _context_attribute("minimum_version")
    get_maximum_version, set_maximum_version = _context_attribute("maximum_version")
    get_num_tickets, set_num_tickets = _context_attribute("num_tickets")
    get_options, set_options = _context_attribute("options")
    get_post_handshake_auth, set_post_handshake_auth = \
        _context_attribute("post_handshake_auth")
    get_protocol, _ = _context_attribute("protocol", settable=False)
    get_verify_flags, set_verify_flags = _context_attribute("verify_flags")
    get_verify_mode, set_verify_mode = _context_attribute("verify_mode")
    get_security_level, _ = _context_attribute("security_level", settable=False)

    @getter("keylog_filename", doc=_doc("_SSLContext", "keylog_filename"))
    def get_keylog_filename(self):
        from glass.objects.none import new_none
        w_name = self.w_keylog_filename
        return _incref(w_name) if w_name is not None else new_none()

    @setter("keylog_filename")
    def set_keylog_filename(self, w_value):
        """_PySSLContext_set_keylog_filename: the host opens the file; the
        attribute keeps the guest's own object (a str or a path-like)."""
        from glass.objects.none import W_None
        host_ctx = self.live()
        if w_value is None:
            call_host(delattr, host_ctx, "keylog_filename")
            return
        old, self.w_keylog_filename = self.w_keylog_filename, None
        xdecref(old)
        call_host(setattr, host_ctx, "keylog_filename", host_arg(w_value))
        if not isinstance(w_value, W_None):
            self.w_keylog_filename = _incref(w_value)

    @getter("sni_callback", doc=_doc("_SSLContext", "sni_callback"))
    def get_sni_callback(self):
        from glass.objects.none import new_none
        w_callback = self.w_sni_callback
        return _incref(w_callback) if w_callback is not None else new_none()

    @setter("sni_callback")
    def set_sni_callback(self, w_value):
        """set_sni_callback: None or a callable the host calls through this
        context's link."""
        self.set_callback("sni_callback", "w_sni_callback", self.link.servername, w_value)

    @getter("_msg_callback")
    def get_msg_callback(self):
        from glass.objects.none import new_none
        w_callback = self.w_msg_callback
        return _incref(w_callback) if w_callback is not None else new_none()

    @setter("_msg_callback")
    def set_msg_callback(self, w_value):
        self.set_callback("_msg_callback", "w_msg_callback", self.link.message, w_value)

    def set_callback(self, name, field, host_callback, w_value):
        """set_sni_callback / _PySSLContext_set_msg_callback: the host takes
        this context's stand-in for a callable, None, or refuses the value
        (a TLS_CLIENT context keeps its callback; a non-callable clears it)."""
        from glass.objects.none import W_None
        host_ctx = self.live()
        if w_value is None:
            call_host(delattr, host_ctx, name)
            return
        if isinstance(w_value, W_None):
            value = None
        elif _is_callable(w_value):
            value = host_callback
        else:
            value = host_arg(w_value)               # for the host's TypeError
        try:
            call_host(setattr, host_ctx, name, value)
        except OperationError:
            if getattr(host_ctx, name, None) is None:
                self.set_field(field, None)
            raise
        self.set_field(field, w_value if value is host_callback else None)

    def set_field(self, field, w_value):
        old = getattr(self, field)
        setattr(self, field, _incref(w_value) if w_value is not None else None)
        xdecref(old)


# --- _SSLSocket --------------------------------------------------------------------------

def _socket_method(name, signature, blocking=False):
    """A method of _SSLSocket passing its arguments to the host object's."""
    doc = _doc("_SSLSocket", name)

    def call(self, *args_w):
        host_obj = self.live()
        args = [host_arg(w_arg) for w_arg in args_w if w_arg is not None]
        if blocking:
            return guest_value(call_blocking(getattr(host_obj, name), *args))
        return guest_value(call_host(getattr(host_obj, name), *args))
    call.__name__ = name
    return method(signature, name=name, doc=doc)(call)


def _socket_attribute(name):
    doc = _doc("_SSLSocket", name)

    def get(self):
        return guest_value(call_host(getattr, self.live(), name))
    get.__name__ = "get_" + name
    return getter(name, doc=doc)(get)


@builtin_type("_ssl._SSLSocket", flags=HAVE_GC, doc="")
class W_SSLSocket(W_Object):
    __slots__ = ("host", "link", "w_context", "w_sock_ref", "w_owner_ref")

    def __init__(self, w_context):
        W_Object.__init__(self, W_SSLSocket.w_type)
        self.host = None
        self.link = _SocketLink(self)
        self.w_context = _incref(w_context)
        self.w_sock_ref = self.w_owner_ref = None

    def live(self):
        if self.host is None:
            raise type_error("_SSLSocket object is not initialized")
        return self.host

    @slot("tp_dealloc")
    def dealloc(self):
        self.link.w_sslobj = None
        self.host = None
        self.clear()

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_context, self.w_sock_ref, self.w_owner_ref):
            if w_value is not None:
                visit(w_value)

    @slot("tp_clear")
    def clear(self):
        fields = (self.w_context, self.w_sock_ref, self.w_owner_ref)
        self.w_context = self.w_sock_ref = self.w_owner_ref = None
        for w_value in fields:
            xdecref(w_value)

    do_handshake = _socket_method("do_handshake", "($self, /)", blocking=True)
    write = _socket_method("write", "($self, b, /)", blocking=True)
    pending = _socket_method("pending", "($self, /)")
    getpeercert = _socket_method("getpeercert", "($self, der=False, /)")
    cipher = _socket_method("cipher", "($self, /)")
    shared_ciphers = _socket_method("shared_ciphers", "($self, /)")
    version = _socket_method("version", "($self, /)")
    selected_alpn_protocol = _socket_method("selected_alpn_protocol", "($self, /)")
    compression = _socket_method("compression", "($self, /)")
    verify_client_post_handshake = _socket_method("verify_client_post_handshake",
                                                  "($self, /)")
    get_unverified_chain = _socket_method("get_unverified_chain", "($self, /)")
    get_verified_chain = _socket_method("get_verified_chain", "($self, /)")

    @method("($self, /, cb_type='tls-unique')", doc=_doc("_SSLSocket", "get_channel_binding"))
    def get_channel_binding(self, w_cb_type):
        args = [] if w_cb_type is None else [host_arg(w_cb_type)]
        return guest_value(call_host(self.live().get_channel_binding, *args))

    @no_text_signature
    @method("($self, size, buffer=<unrepresentable>, /)", doc=_doc("_SSLSocket", "read"))
    def read(self, w_size, w_buffer):
        args = [host_arg(w_size)]
        if w_buffer is not None:
            args.append(host_arg(w_buffer))
        return guest_value(call_blocking(self.live().read, *args))

    @method("($self, /)", doc=_doc("_SSLSocket", "shutdown"))
    def shutdown(self):
        """PySSL_shutdown: the underlying socket once closed, or None."""
        from glass.objects.none import new_none
        host_sock = call_blocking(self.live().shutdown)
        if host_sock is None or self.w_sock_ref is None:
            return new_none()
        return _deref(self.w_sock_ref)

    @getter("context", doc=_doc("_SSLSocket", "context"))
    def get_context(self):
        return _incref(self.w_context)

    @setter("context")
    def set_context(self, w_value):
        if w_value is None:
            call_host(delattr, self.live(), "context")
            return
        call_host(setattr, self.live(), "context", host_arg(w_value))
        old, self.w_context = self.w_context, _incref(w_value)
        xdecref(old)

    @getter("owner", doc=_doc("_SSLSocket", "owner"))
    def get_owner(self):
        from glass.objects.none import new_none
        return _deref(self.w_owner_ref) if self.w_owner_ref is not None else new_none()

    @setter("owner")
    def set_owner(self, w_value):
        """PySSL_set_owner: a weak reference to the owner."""
        if w_value is None:
            call_host(delattr, self.live(), "owner")
            return
        w_ref = _new_weakref(w_value)
        old, self.w_owner_ref = self.w_owner_ref, w_ref
        xdecref(old)

    @getter("session", doc=_doc("_SSLSocket", "session"))
    def get_session(self):
        return guest_value(call_host(getattr, self.live(), "session"))

    @setter("session")
    def set_session(self, w_value):
        if w_value is None:
            call_host(delattr, self.live(), "session")
            return
        call_host(setattr, self.live(), "session", host_arg(w_value))

    get_server_side = _socket_attribute("server_side")
    get_server_hostname = _socket_attribute("server_hostname")
    get_session_reused = _socket_attribute("session_reused")


# --- MemoryBIO ---------------------------------------------------------------------------

@builtin_type("_ssl.MemoryBIO", doc="")
class W_MemoryBIO(W_Object):
    __slots__ = ("host",)

    def __init__(self, host_bio):
        W_Object.__init__(self, W_MemoryBIO.w_type)
        self.host = host_bio

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        npos = len(args_w) - (len(kwnames) if kwnames else 0)
        kwargs = {name: host_arg(w_value)
                  for name, w_value in zip(kwnames or (), args_w[npos:])}
        return W_MemoryBIO(call_host(host_ssl.MemoryBIO,
                                     *[host_arg(w_arg) for w_arg in args_w[:npos]],
                                     **kwargs))

    @method("($self, size=-1, /)", doc=_doc("MemoryBIO", "read"))
    def read(self, w_size):
        args = [] if w_size is None else [host_arg(w_size)]
        return guest_value(call_host(self.host.read, *args))

    @method("($self, b, /)", doc=_doc("MemoryBIO", "write"))
    def write(self, w_data):
        return guest_value(call_host(self.host.write, host_arg(w_data)))

    @method("($self, /)", doc=_doc("MemoryBIO", "write_eof"))
    def write_eof(self):
        call_host(self.host.write_eof)

    @getter("pending", doc=_doc("MemoryBIO", "pending"))
    def get_pending(self):
        return guest_value(self.host.pending)

    @getter("eof", doc=_doc("MemoryBIO", "eof"))
    def get_eof(self):
        return guest_value(self.host.eof)


# --- SSLSession and Certificate ----------------------------------------------------------

def _compare_hosts(w_self, w_other, op):
    """A richcompare through the host objects' own, for two guest wrappers
    of one kind (session_richcompare, certificate_richcompare)."""
    from glass.objects.bool import new_bool
    from glass.objects.tuple import not_implemented
    if op not in (EQ, NE) or not isinstance(w_other, type(w_self)):
        return not_implemented()
    equal = w_self.host == w_other.host
    return new_bool(equal if op == EQ else not equal)


@builtin_type("_ssl.SSLSession", doc="")
class W_SSLSession(W_Object):
    __slots__ = ("host",)

    def __init__(self, host_session):
        W_Object.__init__(self, W_SSLSession.w_type)
        self.host = host_session

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        return _compare_hosts(self, w_other, op)

    def attribute(self, name):
        return guest_value(call_host(getattr, self.host, name))

    @getter("has_ticket", doc=_doc("SSLSession", "has_ticket"))
    def get_has_ticket(self):
        return self.attribute("has_ticket")

    @getter("id", doc=_doc("SSLSession", "id"))
    def get_id(self):
        return self.attribute("id")

    @getter("ticket_lifetime_hint", doc=_doc("SSLSession", "ticket_lifetime_hint"))
    def get_ticket_lifetime_hint(self):
        return self.attribute("ticket_lifetime_hint")

    @getter("time", doc=_doc("SSLSession", "time"))
    def get_time(self):
        return self.attribute("time")

    @getter("timeout", doc=_doc("SSLSession", "timeout"))
    def get_timeout(self):
        return self.attribute("timeout")


@builtin_type("_ssl.Certificate", doc="")
class W_Certificate(W_Object):
    """Counterpart: Modules/_ssl/cert.c."""
    __slots__ = ("host",)

    def __init__(self, host_cert):
        W_Object.__init__(self, W_Certificate.w_type)
        self.host = host_cert

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        return _compare_hosts(self, w_other, op)

    @slot("tp_hash")
    def hash(self):
        return hash(self.host)

    @slot("tp_repr")
    def repr(self):
        return _str(repr(self.host))

    @method("($self, /, format=Encoding.PEM)", doc=_doc("Certificate", "public_bytes"))
    def public_bytes(self, w_format):
        args = [] if w_format is None else [host_arg(w_format)]
        return guest_value(call_host(self.host.public_bytes, *args))

    @method("($self, /)", doc=_doc("Certificate", "get_info"))
    def get_info(self):
        return guest_value(call_host(self.host.get_info))


# --- The module --------------------------------------------------------------------------

@builtin_module("_ssl", doc=host_ssl.__doc__)
class SslModule:

    @function("($module, string, entropy, /)", doc=_doc("RAND_add"))
    def RAND_add(w_string, w_entropy):
        call_host(host_ssl.RAND_add, host_arg(w_string), host_arg(w_entropy))

    @function("($module, n, /)", doc=_doc("RAND_bytes"))
    def RAND_bytes(w_n):
        return guest_value(call_host(host_ssl.RAND_bytes, host_arg(w_n)))

    @function("($module, n, /)", doc=_doc("RAND_pseudo_bytes"))
    def RAND_pseudo_bytes(w_n):
        return guest_value(call_host(host_ssl.RAND_pseudo_bytes, host_arg(w_n)))

    @function("($module, /)", doc=_doc("RAND_status"))
    def RAND_status():
        return guest_value(call_host(host_ssl.RAND_status))

    @function("($module, path, /)", doc=_doc("_test_decode_cert"))
    def _test_decode_cert(w_path):
        return guest_value(call_host(host_ssl._test_decode_cert, host_arg(w_path)))

    @function("($module, /)", doc=_doc("get_default_verify_paths"))
    def get_default_verify_paths():
        return guest_value(call_host(host_ssl.get_default_verify_paths))

    @function("($module, nid, /)", doc=_doc("nid2obj"))
    def nid2obj(w_nid):
        return guest_value(call_host(host_ssl.nid2obj, host_arg(w_nid)))

    @function("($module, /, txt, name=False)", doc=_doc("txt2obj"))
    def txt2obj(w_txt, w_name):
        args = [host_arg(w_txt)] + ([] if w_name is None else [host_arg(w_name)])
        return guest_value(call_host(host_ssl.txt2obj, *args))


# The module's data: its constants by prefix, the version tuples and the
# error-code tables.  (PyPy's _ssl module holds helpers besides.)
CONSTANT_PREFIXES = ("ALERT_DESCRIPTION_", "CERT_", "ENCODING_", "HAS_", "HOSTFLAG_", "OP_",
                     "OPENSSL_", "PROTOCOL_", "PROTO_", "SSL_ERROR_", "VERIFY_")
DATA_NAMES = ("_DEFAULT_CIPHERS", "_OPENSSL_API_VERSION", "err_codes_to_names",
              "err_names_to_codes", "lib_codes_to_names")


def _is_data(name, value):
    if not isinstance(value, (int, str, tuple, dict)):
        return False
    return name in DATA_NAMES or name.startswith(CONSTANT_PREFIXES)


def init_module(w_module):
    w_dict = w_module.w_dict
    for name, value in sorted(vars(host_ssl).items()):
        if _is_data(name, value):
            w_value = guest_value(value)
            w_dict.setitem_str(name, w_value)
            decref(w_value)
    if not ERRORS_W:
        make_error_classes()
    for name, w_class in ERRORS_W.items():
        w_dict.setitem_str(name, w_class)
    from glass.objects.str import new_str
    from glass.objects.type import ready
    for cls in (W_SSLContext, W_SSLSocket, W_MemoryBIO, W_SSLSession, W_Certificate):
        w_type = cls.w_type
        ready(w_type)
        if "__module__" not in w_type.dict:          # heap types in CPython
            w_type.dict["__module__"] = new_str("_ssl")
        w_dict.setitem_str(w_type.name.rsplit(".", 1)[1], w_type)


SslModule.init_module = staticmethod(init_module)
