"""The _sqlite3 module: the DB-API 2.0 interface to SQLite under sqlite3.

Counterpart: Modules/_sqlite/ (module.c, connection.c, cursor.c, row.c,
blob.c, microprotocols.c, prepare_protocol.c).

The database engine is the host's: each guest Connection, Cursor and Blob
owns the host _sqlite3 object of the same kind (CPython's _sqlite3 linking
the same libsqlite3, or PyPy's cffi one) and never hands it to the guest.
The guest side lives here, as CPython writes it:

- parameters are adapted in guest terms (the `adapters` registry,
  __adapt__, __conform__) and reach the host as plain ints, floats, strs,
  bytes and None;
- rows come back as host tuples and become guest tuples, then go through
  the cursor's row_factory (a guest callable) here;
- text columns reach a guest text_factory other than str as the host
  bytes of a marker class, so they are not mistaken for BLOBs;
- converters (detect_types) are called by the host as host functions that
  call the guest converter and carry its guest result through the host row;
- user functions, aggregates, collations, the authorizer, progress and
  trace callbacks are host callables that call the guest ones;
- the host's sqlite3 exceptions become this module's own classes, with the
  same message, sqlite_errorcode and sqlite_errorname.
"""
from __future__ import annotations

import warnings as host_warnings

try:
    import _sqlite3 as host_sqlite3
except ImportError:                     # a host without SQLite
    host_sqlite3 = None

from glass.modules import MODULE_DEFS, builtin_module, function
from glass.modules.builtins import raw_function
from glass.modules.posix import fspath, guest_error, to_guest, to_host
from glass.objects import abstract, stringlib
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      new_exception, operation_error, type_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, builtin_type, getter, method, setter, slot
from glass.vm.audit import audit

EXCEPTION_NAMES = (("Warning", "Exception"), ("Error", "Exception"),
                   ("InterfaceError", "Error"), ("DatabaseError", "Error"),
                   ("InternalError", "DatabaseError"), ("OperationalError", "DatabaseError"),
                   ("ProgrammingError", "DatabaseError"), ("IntegrityError", "DatabaseError"),
                   ("DataError", "DatabaseError"), ("NotSupportedError", "DatabaseError"))


class ModuleState:
    """Counterpart: pysqlite_state: the exception classes and registries."""

    def __init__(self):
        self.exceptions_w = {}          # name -> guest class
        self.w_adapters = None          # the module's `adapters` dict
        self.w_converters = None        # the module's `converters` dict
        self.base_type_adapted = False
        self.callback_tracebacks = False


STATE = ModuleState()


def _host_text_factory():
    """What decodes TEXT to str on the host: str on CPython, a function of
    its own on PyPy (whose str(bytes) would give the repr)."""
    if host_sqlite3 is None:
        return None
    host_conn = host_sqlite3.connect(":memory:")
    try:
        return host_conn.text_factory
    finally:
        host_conn.close()


HOST_TEXT_FACTORY = _host_text_factory()


def _doc(owner, name=None):
    if host_sqlite3 is None:
        return None
    obj = getattr(host_sqlite3, owner, None)     # PyPy 3.9's has no Blob
    if name is not None:
        obj = getattr(obj, name, None)
    return getattr(obj, "__doc__", None)


# --- Crossing the wall ------------------------------------------------------------------

class GuestRaised(Exception):
    """A guest exception travelling through the host library (a converter's)."""

    def __init__(self, error):
        Exception.__init__(self)
        self.error = error


class CallbackFailed(Exception):
    """A guest callback failed (already reported, as CPython reports it): the
    host library turns this into its own error."""


def sqlite_error(name, message):
    """An OperationError of this module's exception class `name`."""
    return OperationError(new_exception(STATE.exceptions_w[name], message))


def guest_sqlite_error(error):
    """The guest exception for host sqlite3 exception `error`."""
    w_type = STATE.exceptions_w.get(type(error).__name__) or STATE.exceptions_w["Error"]
    w_exc = new_exception(w_type, str(error.args[0]) if error.args else None)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        value = getattr(error, attr, None)
        if value is not None:
            from glass.objects.str import new_str
            w_name = new_str(attr)
            w_value = to_guest(value)
            try:
                abstract.setattr(w_exc, w_name, w_value)
            finally:
                decref(w_name)
                decref(w_value)
    return OperationError(w_exc)


def call_host(func, *args, **kwargs):
    """Call the host library; its exceptions become the guest's."""
    try:
        with host_warnings.catch_warnings(record=True) as caught:
            host_warnings.simplefilter("always")
            result = func(*args, **kwargs)
    except GuestRaised as raised:
        raise raised.error
    except OperationError:
        raise
    except Exception as error:
        if host_sqlite3 is not None and isinstance(error, host_sqlite3.Error):
            raise guest_sqlite_error(error)
        if isinstance(error, (UnicodeEncodeError, UnicodeDecodeError)):
            from glass.modules._codecs import guest_unicode_error
            raise OperationError(guest_unicode_error(error))
        raise guest_error(error)
    for warning in caught:               # the host's warnings are the guest's
        from glass.modules._warnings import warn
        warn(warning.category.__name__, str(warning.message), 2)
    return result


def guest_value(value):
    """A new guest reference for a value of a host row or callback argument."""
    if isinstance(value, Converted):
        return value.take()
    if isinstance(value, RawText):
        from glass.objects.bytes import new_bytes
        return new_bytes(bytes(value))
    return to_guest(value)


def host_result(w_value):
    """A guest value as SQLite takes it (a user function's result, a bound
    parameter after adaptation): int, float, str, bytes, None, or for an
    unsupported type a host stand-in named like it, so the host's message
    names the guest type."""
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.none import W_None
    from glass.objects.str import W_Str
    if isinstance(w_value, W_None):
        return None
    if isinstance(w_value, W_Int):
        value = int(w_value.value)
        if not -(1 << 63) <= value < (1 << 63):
            raise operation_error("OverflowError",
                                  "Python int too large to convert to SQLite INTEGER")
        return value
    if isinstance(w_value, W_Float):
        return float(w_value.value)
    if isinstance(w_value, W_Str):
        check_encodable(w_value.value)
        return w_value.value
    buffer = stringlib.getbuffer(w_value)
    if buffer is not None:
        return contiguous_bytes(buffer)
    return _unsupported_class(w_value.ob_type.name.rpartition(".")[2])()


_UNSUPPORTED = {}


def check_encodable(text):
    """SQLite takes UTF-8: a lone surrogate is the guest's UnicodeEncodeError."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        from glass.modules._codecs import guest_unicode_error
        raise OperationError(guest_unicode_error(error))


def contiguous_bytes(buffer):
    """A buffer's bytes; a strided view is refused, as PyObject_GetBuffer
    with PyBUF_SIMPLE refuses it."""
    if isinstance(buffer, memoryview) and not buffer.c_contiguous:
        raise operation_error("BufferError", "underlying buffer is not C-contiguous")
    return bytes(buffer)


def _unsupported_class(name):
    cls = _UNSUPPORTED.get(name)
    if cls is None:
        cls = _UNSUPPORTED[name] = type(name, (), {"__slots__": ()})
    return cls


class RawText(bytes):
    """A TEXT value the host hands over undecoded, for a guest text_factory."""
    __slots__ = ()


class Converted:
    """A converter's guest result inside a host row (owns one reference)."""
    __slots__ = ("w_value",)

    def __init__(self, w_value):
        self.w_value = w_value

    def take(self):
        w_value, self.w_value = self.w_value, None
        return w_value


class GuestConverter:
    """A host converter calling a guest one; its errors reach the guest."""

    def __init__(self, w_converter):
        self.w_converter = w_converter

    def __call__(self, data):
        from glass.objects.bytes import new_bytes
        w_data = new_bytes(bytes(data))
        try:
            return Converted(abstract.call(self.w_converter, [w_data]))
        except OperationError as error:
            raise GuestRaised(error)
        finally:
            decref(w_data)


def sync_converters():
    """Give the host the guest's converters (the host looks them up by name)."""
    from glass.objects.str import W_Str
    host_converters = host_sqlite3.converters
    host_converters.clear()
    w_converters = STATE.w_converters
    if w_converters is None:
        return
    for w_key, w_value in list(w_converters.item_pairs()):
        if isinstance(w_key, W_Str):
            host_converters[w_key.value] = GuestConverter(w_value)


def callback_failure(error, w_callable):
    """Report a guest callback's error and give the host exception to raise:
    the host library tells MemoryError, OverflowError (a result too big)
    and AttributeError (an aggregate's missing method) apart from the rest."""
    kind = CallbackFailed
    for name, host_type in (("MemoryError", MemoryError), ("OverflowError", OverflowError),
                            ("AttributeError", AttributeError)):
        if error.match(EXCEPTION_TYPES[name]):
            kind = host_type
            break
    report_callback_error(error, w_callable)
    return kind()


def report_callback_error(error, w_callable):
    """print_or_clear_traceback: the guest error reaches sys.unraisablehook
    when callback tracebacks are on, and is dropped otherwise."""
    if STATE.callback_tracebacks:
        from glass.vm.traceback import write_unraisable
        write_unraisable(error, None, w_callable)
    else:
        decref(error.w_value)


class GuestCallback:
    """A host callable calling a guest callback (a user function, collation,
    authorizer, progress handler or trace callback)."""

    def __init__(self, w_callable, convert):
        w_callable.ob_refcnt += 1
        self.w_callable = w_callable
        self.convert = convert

    def __call__(self, *args):
        args_w = [guest_value(arg) for arg in args]
        try:
            w_result = abstract.call(self.w_callable, args_w)
        except OperationError as error:
            raise callback_failure(error, self.w_callable)
        finally:
            for w_arg in args_w:
                decref(w_arg)
        try:
            return self.convert(w_result)
        except OperationError as error:
            raise callback_failure(error, self.w_callable)
        finally:
            decref(w_result)

    def release(self):
        """Drop the guest callable (the connection is going away).  Not a
        __del__: host finalizers run whenever the host likes, the guest's
        references are released at the guest's moments only."""
        w_callable, self.w_callable = self.w_callable, None
        if w_callable is not None:
            decref(w_callable)


def _as_host_int(w_value):
    from glass.objects.int import W_Int
    return int(w_value.value) if isinstance(w_value, W_Int) else None


def _as_host_truth(w_value):
    return bool(abstract.is_true(w_value))


def _ignore_result(w_value):
    return None


def host_aggregate_class(w_class):
    """A host aggregate class whose instances drive an instance of guest class
    w_class (the host makes one per group, as CPython does)."""

    def call(w_obj, name, args):
        args_w = [guest_value(arg) for arg in args]
        try:
            return abstract.call_method(w_obj, name, args_w)
        except OperationError as error:
            raise callback_failure(error, w_class)
        finally:
            for w_arg in args_w:
                decref(w_arg)

    class Aggregate:
        def __init__(self):
            try:
                self.w_instance = abstract.call(w_class, [])
            except OperationError as error:
                self.w_instance = None
                raise callback_failure(error, w_class)

        def __getattr__(self, name):
            # step, value and inverse: found only when the guest instance has
            # them, so the host can say "method not defined".
            if name not in ("step", "value", "inverse") or self.w_instance is None:
                raise AttributeError(name)
            w_method = abstract.lookup_attr_str(self.w_instance, name)
            if w_method is None:
                report_missing(self.w_instance, name)
                raise AttributeError(name)
            decref(w_method)
            w_instance = self.w_instance

            def run(*args):
                w_result = call(w_instance, name, args)
                if name != "value":
                    decref(w_result)
                    return None
                try:
                    return host_result(w_result)
                except OperationError as error:
                    raise callback_failure(error, w_class)
                finally:
                    decref(w_result)
            return run

        def finalize(self):
            # The host is done with this group: release the guest instance.
            w_instance, self.w_instance = self.w_instance, None
            try:
                w_result = call(w_instance, "finalize", ())
            finally:
                decref(w_instance)
            try:
                return host_result(w_result)
            except OperationError as error:
                raise callback_failure(error, w_class)
            finally:
                decref(w_result)

    Aggregate.release = staticmethod(lambda: decref(w_class))

    def report_missing(w_instance, name):
        """The AttributeError a missing method is, reported as CPython does."""
        if STATE.callback_tracebacks:
            try:
                decref(abstract.getattr_str(w_instance, name))
            except OperationError as error:
                report_callback_error(error, w_class)
    w_class.ob_refcnt += 1             # kept for the connection's lifetime
    return Aggregate


# --- Adaptation (microprotocols.c) -------------------------------------------------------

def adapt(w_obj, w_proto, w_alt):
    """pysqlite_microprotocols_adapt: a new reference to the adapted object."""
    from glass.objects.none import W_None
    from glass.objects.tuple import new_tuple
    w_key = new_tuple([w_obj.ob_type, w_proto])
    try:
        w_adapter = STATE.w_adapters.getitem(w_key) if STATE.w_adapters is not None else None
    finally:
        decref(w_key)
    if w_adapter is not None:
        return abstract.call(w_adapter, [w_obj])
    for w_target, name, w_arg in ((w_proto, "__adapt__", w_obj), (w_obj, "__conform__", w_proto)):
        w_method = abstract.lookup_attr_str(w_target, name)
        if w_method is None:
            continue
        try:
            w_adapted = abstract.call(w_method, [w_arg])
        except OperationError as error:
            if not error.match(EXCEPTION_TYPES["TypeError"]):
                raise
            decref(error.w_value)
            continue
        finally:
            decref(w_method)
        if isinstance(w_adapted, W_None):
            decref(w_adapted)
            continue
        return w_adapted
    if w_alt is not None:
        w_alt.ob_refcnt += 1
        return w_alt
    raise sqlite_error("ProgrammingError", "can't adapt")


def bind_value(w_value):
    """A parameter as bound: adapted unless it is an exact int, float, str
    or bytearray (and no adapter was registered for those), then converted."""
    from glass.objects.bytearray import W_ByteArray
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.str import W_Str
    exact = type(w_value) in (W_Int, W_Float, W_Str, W_ByteArray) and \
        w_value.ob_type is getattr(type(w_value), "w_type", None)
    if exact and not STATE.base_type_adapted:
        return host_result(w_value)
    w_adapted = adapt(w_value, W_PrepareProtocol.w_type, w_value)
    try:
        return host_result(w_adapted)
    finally:
        decref(w_adapted)


class GuestParameters(dict):
    """Named parameters: the host asks for each name; the guest mapping
    answers (a dict subclass, so the host uses PyObject_GetItem)."""

    def __init__(self, w_mapping):
        dict.__init__(self)
        self.w_mapping = w_mapping

    def __getitem__(self, key):
        from glass.objects.str import new_str
        w_key = new_str(key)
        try:
            w_value = abstract.getitem(self.w_mapping, w_key)
        except OperationError as error:
            if error.match(EXCEPTION_TYPES["KeyError"]):
                decref(error.w_value)
                raise KeyError(key)
            raise GuestRaised(error)
        finally:
            decref(w_key)
        try:
            return bind_value(w_value)
        except OperationError as error:
            raise GuestRaised(error)
        finally:
            decref(w_value)


def host_parameters(w_params):
    """The parameters of one execution as the host takes them."""
    from glass.objects.dict import W_Dict
    from glass.objects.list import W_List
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    if w_params is None:
        return ()
    if isinstance(w_params, (W_Tuple, W_List)):
        # By index, as bind_parameters does: an adapter that shrinks the list
        # makes the next item an IndexError.
        values = []
        for index in range(len(w_params.items)):
            if index >= len(w_params.items):
                raise operation_error("IndexError", "list index out of range")
            w_item = w_params.items[index]
            w_item.ob_refcnt += 1
            try:
                values.append(bind_value(w_item))
            finally:
                decref(w_item)
        return tuple(values)
    if isinstance(w_params, W_Dict):
        return GuestParameters(w_params)
    if isinstance(w_params, W_Str):
        return w_params.value
    if w_params.ob_type.lookup("__getitem__") is not None and \
            w_params.ob_type.lookup("__len__") is not None:
        from glass.objects.int import new_int
        values = []
        for index in range(abstract.length(w_params)):
            w_index = new_int(index)
            try:
                w_item = abstract.getitem(w_params, w_index)
            finally:
                decref(w_index)
            try:
                values.append(bind_value(w_item))
            finally:
                decref(w_item)
        return tuple(values)
    return object()                     # the host: "parameters are of unsupported type"


def host_parameter_sets(w_seq):
    """executemany's parameter sets, converted one at a time as the host asks."""
    w_iter = abstract.iter(w_seq)
    try:
        while True:
            try:
                w_params = abstract.next(w_iter)
            except OperationError as error:
                raise GuestRaised(error)
            if w_params is None:
                return
            try:
                yield host_parameters(w_params)
            except OperationError as error:
                raise GuestRaised(error)
            finally:
                decref(w_params)
    finally:
        decref(w_iter)


# --- PrepareProtocol --------------------------------------------------------------------

@builtin_type("sqlite3.PrepareProtocol", doc=_doc("PrepareProtocol"))
class W_PrepareProtocol(W_Object):
    __slots__ = ()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_PrepareProtocol.w_type:
            return W_PrepareProtocol(w_type)
        from glass.objects.typeobject import _new_instance
        return _new_instance(w_type)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        pass


# --- Connection -------------------------------------------------------------------------

CONNECT_SIGNATURE = ("($self, /, database, timeout=5.0, detect_types=0,\n"
                     "        isolation_level='', check_same_thread=True,\n"
                     "        factory=ConnectionType, cached_statements=128, uri=False)")


@builtin_type("sqlite3.Connection", flags=BASETYPE, doc=_doc("Connection"))
class W_Connection(W_Object):
    __slots__ = ("host_conn", "w_row_factory", "w_text_factory", "callbacks", "weakrefs")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.clear()

    def clear(self):
        from glass.objects.none import new_none
        from glass.objects.str import W_Str
        self.host_conn = None
        self.w_row_factory = new_none()
        W_Str.w_type.ob_refcnt += 1
        self.w_text_factory = W_Str.w_type
        self.callbacks = []             # host wrappers kept alive with the connection
        self.weakrefs = None

    def live(self):
        if self.host_conn is None:
            raise sqlite_error("ProgrammingError", "Base Connection.__init__ not called.")
        return self.host_conn

    def prepare_fetch(self, host_conn=None):
        """Tell the host how to hand over TEXT for the current text_factory."""
        from glass.objects.str import W_Str
        if host_conn is None:
            host_conn = self.live()
        wanted = HOST_TEXT_FACTORY if self.w_text_factory is W_Str.w_type else RawText
        if host_conn.text_factory is not wanted:
            host_conn.text_factory = wanted
        sync_converters()

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_Connection.w_type:
            return W_Connection(w_type)
        from glass.objects.typeobject import _new_instance
        w_conn = _new_instance(w_type)
        W_Connection.clear(w_conn)
        return w_conn

    @slot("tp_init")
    def init(self, args_w, kwnames):
        from glass.objects.bytes import W_Bytes
        from glass.objects.signature import Signature
        (w_database, w_timeout, w_detect_types, w_isolation_level, w_check_same_thread,
         w_factory, w_cached_statements, w_uri) = Signature.parse(
            CONNECT_SIGNATURE).bind("Connection", args_w, kwnames)
        audit("sqlite3.connect", w_database)
        w_path = fspath(w_database)
        try:
            database = w_path.value if not isinstance(w_path, W_Bytes) else bytes(w_path.value)
        finally:
            decref(w_path)
        keywords = {}
        for name, w_value in (("timeout", w_timeout), ("detect_types", w_detect_types),
                              ("isolation_level", w_isolation_level),
                              ("check_same_thread", w_check_same_thread),
                              ("cached_statements", w_cached_statements), ("uri", w_uri)):
            if w_value is not None:
                keywords[name] = to_host(w_value)
        # Re-initialising forgets the old database (its cursors keep using
        # it) and resets the factories, as pysqlite_connection_init does; a
        # failed open leaves the connection uninitialised.
        self.host_conn = None
        from glass.objects.none import new_none
        from glass.objects.str import W_Str
        W_Str.w_type.ob_refcnt += 1
        old_row, self.w_row_factory = self.w_row_factory, new_none()
        old_text, self.w_text_factory = self.w_text_factory, W_Str.w_type
        decref(old_row)
        decref(old_text)
        self.host_conn = call_host(host_sqlite3.connect, database, **keywords)
        audit("sqlite3.connect/handle", self)

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        host_conn, self.host_conn = self.host_conn, None
        if host_conn is not None:
            try:
                host_conn.close()
            except Exception:
                pass
        for attr in ("w_row_factory", "w_text_factory"):
            w_value = getattr(self, attr)
            setattr(self, attr, None)
            if w_value is not None:
                decref(w_value)
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            release = getattr(callback, "release", None)
            if release is not None:
                release()

    @slot("tp_call")
    def call(self, args_w, kwnames):
        if kwnames:
            raise type_error("Connection() takes no keyword arguments")
        # The host checks the connection, then the arguments, in CPython's order.
        return W_Statement(call_host(self.live(), *[to_host(w_arg) for w_arg in args_w]))

    @method("($self, /, factory=<unrepresentable>)", doc=_doc("Connection", "cursor"))
    def cursor(self, w_factory):
        self.live()
        if w_factory is None:
            w_cursor = W_Cursor.make(W_Cursor.w_type, self)
        else:
            w_cursor = abstract.call(w_factory, [self])
            if not abstract.isinstance_type(w_cursor, W_Cursor.w_type):
                kind = w_cursor.ob_type.name
                decref(w_cursor)
                raise type_error("factory must return a cursor, not %s" % kind)
        from glass.objects.none import W_None
        if not isinstance(self.w_row_factory, W_None):
            w_cursor.set_row_factory(self.w_row_factory)
        return w_cursor

    def via_cursor(self, name, args_w):
        w_cursor = abstract.call_method(self, "cursor", [])
        try:
            decref(abstract.call_method(w_cursor, name, args_w))
        except OperationError:
            decref(w_cursor)
            raise
        return w_cursor

    @method("($self, sql, parameters=<unrepresentable>, /)", doc=_doc("Connection", "execute"))
    def execute(self, w_sql, w_parameters):
        args_w = [w_sql] if w_parameters is None else [w_sql, w_parameters]
        return self.via_cursor("execute", args_w)

    @method("($self, sql, parameters, /)", doc=_doc("Connection", "executemany"))
    def executemany(self, w_sql, w_parameters):
        return self.via_cursor("executemany", [w_sql, w_parameters])

    @method("($self, sql_script, /)", doc=_doc("Connection", "executescript"))
    def executescript(self, w_script):
        return self.via_cursor("executescript", [w_script])

    @method("($self, /)", doc=_doc("Connection", "close"))
    def close(self):
        call_host(self.live().close)

    @method("($self, /)", doc=_doc("Connection", "commit"))
    def commit(self):
        call_host(self.live().commit)

    @method("($self, /)", doc=_doc("Connection", "rollback"))
    def rollback(self):
        call_host(self.live().rollback)

    @method("($self, /)", doc=_doc("Connection", "interrupt"))
    def interrupt(self):
        call_host(self.live().interrupt)

    @method("($self, /, name, narg, func, *, deterministic=False)",
            doc=_doc("Connection", "create_function"))
    def create_function(self, w_name, w_narg, w_func, w_deterministic):
        from glass.objects.none import W_None
        host_func = None if isinstance(w_func, W_None) else GuestCallback(w_func, host_result)
        keywords = {}
        if w_deterministic is not None:
            keywords["deterministic"] = bool(abstract.is_true(w_deterministic))
        call_host(self.live().create_function, to_host(w_name), to_host(w_narg), host_func,
                  **keywords)
        self.callbacks.append(host_func)

    @method("($self, /, name, n_arg, aggregate_class)",
            doc=_doc("Connection", "create_aggregate"))
    def create_aggregate(self, w_name, w_narg, w_class):
        from glass.objects.none import W_None
        host_class = None if isinstance(w_class, W_None) else host_aggregate_class(w_class)
        call_host(self.live().create_aggregate, to_host(w_name), to_host(w_narg), host_class)
        self.callbacks.append(host_class)

    @method("($self, name, num_params, aggregate_class, /)",
            doc=_doc("Connection", "create_window_function"))
    def create_window_function(self, w_name, w_narg, w_class):
        from glass.objects.none import W_None
        host_class = None if isinstance(w_class, W_None) else \
            host_aggregate_class(w_class)
        call_host(self.live().create_window_function, to_host(w_name), to_host(w_narg),
                  host_class)
        self.callbacks.append(host_class)

    @method("($self, name, callback, /)", doc=_doc("Connection", "create_collation"))
    def create_collation(self, w_name, w_callback):
        from glass.objects.none import W_None
        from glass.objects.str import W_Str
        if not isinstance(w_name, W_Str):
            raise type_error("create_collation() argument 1 must be str, not %s"
                             % argument_type_name(w_name))
        if isinstance(w_callback, W_None):
            host_callback = None
        else:
            if w_callback.ob_type.tp_call is None:
                raise type_error("parameter must be callable")
            host_callback = GuestCallback(w_callback, _collation_result)
        call_host(self.live().create_collation, w_name.value, host_callback)
        self.callbacks.append(host_callback)

    def set_callback(self, name, w_callback, convert, *extra):
        from glass.objects.none import W_None
        host_callback = None if isinstance(w_callback, W_None) else \
            GuestCallback(w_callback, convert)
        call_host(getattr(self.live(), name), host_callback, *extra)
        self.callbacks.append(host_callback)

    @method("($self, /, authorizer_callback)", doc=_doc("Connection", "set_authorizer"))
    def set_authorizer(self, w_callback):
        self.set_callback("set_authorizer", w_callback, _as_host_int)

    @method("($self, /, progress_handler, n)", doc=_doc("Connection", "set_progress_handler"))
    def set_progress_handler(self, w_callback, w_n):
        self.set_callback("set_progress_handler", w_callback, _as_host_truth, to_host(w_n))

    @method("($self, /, trace_callback)", doc=_doc("Connection", "set_trace_callback"))
    def set_trace_callback(self, w_callback):
        self.set_callback("set_trace_callback", w_callback, _ignore_result)

    @method("($self, /)", doc=_doc("Connection", "iterdump"))
    def iterdump(self):
        from glass.vm.imports import import_module
        self.live()
        w_dump = import_module("sqlite3.dump")
        try:
            w_iterdump = abstract.getattr_str(w_dump, "_iterdump")
        finally:
            decref(w_dump)
        try:
            return abstract.call(w_iterdump, [self])
        finally:
            decref(w_iterdump)

    @method("($self, /, target, *, pages=-1, progress=None, name='main',\n       sleep=0.25)",
            doc=_doc("Connection", "backup"))
    def backup(self, w_target, w_pages, w_progress, w_name, w_sleep):
        from glass.objects.none import W_None
        if not abstract.isinstance_type(w_target, W_Connection.w_type):
            raise type_error("backup() argument 1 must be sqlite3.Connection, not %s"
                             % argument_type_name(w_target))
        keywords = {}
        if w_pages is not None:
            keywords["pages"] = to_host(w_pages)
        if w_progress is not None and not isinstance(w_progress, W_None):
            if w_progress.ob_type.tp_call is None:
                raise type_error("progress argument must be a callable")
            keywords["progress"] = GuestProgress(w_progress)
        if w_name is not None:
            keywords["name"] = to_host(w_name)
        if w_sleep is not None:
            keywords["sleep"] = to_host(w_sleep)
        call_host(self.live().backup, w_target.live(), **keywords)

    @method("($self, table, column, row, /, *, readonly=False, name='main')",
            doc=_doc("Connection", "blobopen"))
    def blobopen(self, w_table, w_column, w_row, w_readonly, w_name):
        keywords = {}
        if w_readonly is not None:
            keywords["readonly"] = to_host(w_readonly)
        if w_name is not None:
            keywords["name"] = to_host(w_name)
        host_blob = call_host(self.live().blobopen, to_host(w_table), to_host(w_column),
                              to_host(w_row), **keywords)
        return W_Blob(host_blob, self)

    @method("($self, /, *, name='main')", doc=_doc("Connection", "serialize"))
    def serialize(self, w_name):
        args = {} if w_name is None else {"name": to_host(w_name)}
        return to_guest(call_host(self.live().serialize, **args))

    @method("($self, data, /, *, name='main')", doc=_doc("Connection", "deserialize"))
    def deserialize(self, w_data, w_name):
        args = {} if w_name is None else {"name": to_host(w_name)}
        data = stringlib.getbuffer(w_data)
        call_host(self.live().deserialize,
                  contiguous_bytes(data) if data is not None else to_host(w_data),
                  **args)

    @method("($self, category, limit, /)", doc=_doc("Connection", "setlimit"))
    def setlimit(self, w_category, w_limit):
        return to_guest(call_host(self.live().setlimit, to_host(w_category), to_host(w_limit)))

    @method("($self, category, /)", doc=_doc("Connection", "getlimit"))
    def getlimit(self, w_category):
        return to_guest(call_host(self.live().getlimit, to_host(w_category)))

    @method("($self, /)", doc=_doc("Connection", "__enter__"))
    def __enter__(self):
        self.ob_refcnt += 1
        return self

    @method("($self, type, value, traceback, /)", doc=_doc("Connection", "__exit__"))
    def __exit__(self, w_type, w_value, w_traceback):
        from glass.objects.bool import new_bool
        from glass.objects.none import W_None
        host_conn = self.live()
        if isinstance(w_type, W_None) and isinstance(w_value, W_None) and \
                isinstance(w_traceback, W_None):
            try:
                call_host(host_conn.commit)
            except OperationError:
                try:
                    host_conn.rollback()
                except Exception:
                    pass
                raise
        else:
            call_host(host_conn.rollback)
        return new_bool(False)

    @getter("isolation_level")
    def get_isolation_level(self):
        return to_guest(call_host(lambda: self.live().isolation_level))

    @setter("isolation_level")
    def set_isolation_level(self, w_value):
        if w_value is None:
            raise operation_error("AttributeError", "cannot delete attribute")
        value = to_host(w_value)
        call_host(setattr, self.live(), "isolation_level", value)

    @getter("total_changes")
    def get_total_changes(self):
        return to_guest(call_host(lambda: self.live().total_changes))

    @getter("in_transaction")
    def get_in_transaction(self):
        return to_guest(call_host(lambda: self.live().in_transaction))

    @getter("row_factory")
    def get_row_factory(self):
        self.w_row_factory.ob_refcnt += 1
        return self.w_row_factory

    @setter("row_factory")
    def set_row_factory(self, w_value):
        from glass.objects.none import new_none
        old = self.w_row_factory
        if w_value is None:
            w_value = new_none()
        else:
            w_value.ob_refcnt += 1
        self.w_row_factory = w_value
        decref(old)

    @getter("text_factory")
    def get_text_factory(self):
        self.w_text_factory.ob_refcnt += 1
        return self.w_text_factory

    @setter("text_factory")
    def set_text_factory(self, w_value):
        from glass.objects.none import new_none
        old = self.w_text_factory
        if w_value is None:
            w_value = new_none()
        else:
            w_value.ob_refcnt += 1
        self.w_text_factory = w_value
        decref(old)


def _exception_getter(name):
    def get(self):
        w_exc = STATE.exceptions_w[name]
        w_exc.ob_refcnt += 1
        return w_exc
    get.__name__ = "get_" + name
    return getter(name)(get)


for _name, _base in EXCEPTION_NAMES:
    setattr(W_Connection, "get_" + _name, _exception_getter(_name))
    W_Connection.w_type.typedef.getters[_name] = (getattr(W_Connection, "get_" + _name), None)


def _collation_result(w_value):
    from glass.objects.int import W_Int
    if not isinstance(w_value, W_Int):
        return 0
    return max(-1, min(1, w_value.value))


class GuestProgress:
    """backup()'s progress callback: (status, remaining, total)."""

    def __init__(self, w_callable):
        self.w_callable = w_callable

    def __call__(self, status, remaining, total):
        args_w = [to_guest(status), to_guest(remaining), to_guest(total)]
        try:
            decref(abstract.call(self.w_callable, args_w))
        except OperationError as error:
            raise GuestRaised(error)
        finally:
            for w_arg in args_w:
                decref(w_arg)


@builtin_type("sqlite3.Statement")
class W_Statement(W_Object):
    """A prepared statement, what calling a connection returns."""
    __slots__ = ("host_statement",)

    def __init__(self, host_statement):
        W_Object.__init__(self, W_Statement.w_type)
        self.host_statement = host_statement

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create 'sqlite3.Statement' instances")


# --- Cursor -----------------------------------------------------------------------------

@builtin_type("sqlite3.Cursor", flags=BASETYPE, doc=_doc("Cursor"))
class W_Cursor(W_Object):
    __slots__ = ("host_cursor", "w_connection", "w_row_factory", "arraysize", "locked",
                 "weakrefs")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.clear()

    def clear(self):
        from glass.objects.none import new_none
        self.host_cursor = None
        self.w_connection = None
        self.w_row_factory = new_none()
        self.arraysize = 1
        self.locked = False             # inside execute or fetch (a converter may run)
        self.weakrefs = None

    @staticmethod
    def make(w_type, w_connection):
        w_cursor = W_Cursor(w_type)
        w_cursor.attach(w_connection)
        return w_cursor

    def attach(self, w_connection):
        if self.locked:
            raise sqlite_error("ProgrammingError", "Recursive use of cursors not allowed.")
        host_cursor = call_host(w_connection.live().cursor)
        w_connection.ob_refcnt += 1
        old, self.w_connection = self.w_connection, w_connection
        self.host_cursor = host_cursor
        if old is not None:
            decref(old)

    def live(self):
        if self.host_cursor is None:
            raise sqlite_error("ProgrammingError", "Base Cursor.__init__ not called.")
        return self.host_cursor

    def set_row_factory(self, w_value):
        w_value.ob_refcnt += 1
        old, self.w_row_factory = self.w_row_factory, w_value
        decref(old)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_Cursor.w_type:
            return W_Cursor(w_type)
        from glass.objects.typeobject import _new_instance
        w_cursor = _new_instance(w_type)
        W_Cursor.clear(w_cursor)
        return w_cursor

    @slot("tp_init")
    def init(self, args_w, kwnames):
        from glass.objects.signature import Signature
        (w_connection,) = Signature.parse("($self, connection, /)").bind(
            "Cursor", args_w, kwnames)
        if not abstract.isinstance_type(w_connection, W_Connection.w_type):
            raise type_error("Cursor() argument 1 must be sqlite3.Connection, not %s"
                             % argument_type_name(w_connection))
        self.attach(w_connection)

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        self.host_cursor = None
        for attr in ("w_connection", "w_row_factory"):
            w_value = getattr(self, attr)
            setattr(self, attr, None)
            if w_value is not None:
                decref(w_value)

    def run(self, name, *args):
        host_cursor = self.live()
        self.w_connection.prepare_fetch(host_cursor.connection)
        self.locked = True
        try:
            call_host(getattr(host_cursor, name), *args)
        finally:
            self.locked = False
        self.ob_refcnt += 1
        return self

    @method("($self, sql, parameters=(), /)", doc=_doc("Cursor", "execute"))
    def execute(self, w_sql, w_parameters):
        self.live()
        return self.run("execute", to_host(w_sql), host_parameters(w_parameters))

    @method("($self, sql, seq_of_parameters, /)", doc=_doc("Cursor", "executemany"))
    def executemany(self, w_sql, w_seq):
        self.live()
        return self.run("executemany", to_host(w_sql), host_parameter_sets(w_seq))

    @method("($self, sql_script, /)", doc=_doc("Cursor", "executescript"))
    def executescript(self, w_script):
        self.live()
        return self.run("executescript", to_host(w_script))

    def fetch_row(self):
        """The next row through the row factory (a new reference), or None."""
        from glass.objects.none import W_None
        from glass.objects.tuple import new_tuple_owned
        host_cursor = self.live()
        self.w_connection.prepare_fetch(host_cursor.connection)
        self.locked = True
        try:
            host_row = call_host(next, host_cursor)
        except OperationError as error:
            if error.match(EXCEPTION_TYPES["StopIteration"]):
                decref(error.w_value)
                return None
            raise
        finally:
            self.locked = False
        w_row = new_tuple_owned([self.row_value(value) for value in host_row])
        if isinstance(self.w_row_factory, W_None):
            return w_row
        try:
            return abstract.call(self.w_row_factory, [self, w_row])
        finally:
            decref(w_row)

    def row_value(self, value):
        from glass.objects.bytes import new_bytes
        if isinstance(value, RawText):
            w_data = new_bytes(bytes(value))
            try:
                return abstract.call(self.w_connection.w_text_factory, [w_data])
            finally:
                decref(w_data)
        return guest_value(value)

    @slot("tp_iter")
    def iter(self):
        self.ob_refcnt += 1
        return self

    @slot("tp_iternext")
    def iternext(self):
        return self.fetch_row()

    @method("($self, /)", doc=_doc("Cursor", "fetchone"))
    def fetchone(self):
        from glass.objects.none import new_none
        w_row = self.fetch_row()
        return new_none() if w_row is None else w_row

    @method("($self, /, size=1)", doc=_doc("Cursor", "fetchmany"))
    def fetchmany(self, w_size):
        from glass.objects.list import W_List
        size = self.arraysize if w_size is None else abstract.int_value(w_size)
        rows_w = []
        while len(rows_w) < size:
            w_row = self.fetch_row()
            if w_row is None:
                break
            rows_w.append(w_row)
        return W_List(rows_w)

    @method("($self, /)", doc=_doc("Cursor", "fetchall"))
    def fetchall(self):
        from glass.objects.list import W_List
        rows_w = []
        while True:
            w_row = self.fetch_row()
            if w_row is None:
                break
            rows_w.append(w_row)
        return W_List(rows_w)

    @method("($self, /)", doc=_doc("Cursor", "close"))
    def close(self):
        call_host(self.live().close)

    @method("($self, sizes, /)", doc=_doc("Cursor", "setinputsizes"))
    def setinputsizes(self, w_sizes):
        pass

    @method("($self, size, column=None, /)", doc=_doc("Cursor", "setoutputsize"))
    def setoutputsize(self, w_size, w_column):
        pass

    @getter("connection")
    def get_connection(self):
        from glass.objects.none import new_none
        if self.w_connection is None:
            return new_none()
        self.w_connection.ob_refcnt += 1
        return self.w_connection

    @getter("description")
    def get_description(self):
        return to_guest(self.live().description) if self.host_cursor is not None else \
            to_guest(None)

    @getter("lastrowid")
    def get_lastrowid(self):
        return to_guest(self.host_cursor.lastrowid if self.host_cursor is not None else None)

    @getter("rowcount")
    def get_rowcount(self):
        return to_guest(self.host_cursor.rowcount if self.host_cursor is not None else -1)

    @getter("arraysize")
    def get_arraysize(self):
        return to_guest(self.arraysize)

    @setter("arraysize")
    def set_arraysize(self, w_value):
        if w_value is None:
            raise type_error("can't delete numeric/char attribute")
        self.arraysize = abstract.int_value(abstract.index(w_value))

    @getter("row_factory")
    def get_row_factory(self):
        self.w_row_factory.ob_refcnt += 1
        return self.w_row_factory

    @setter("row_factory")
    def set_row_factory_attr(self, w_value):
        from glass.objects.none import new_none
        if w_value is None:
            w_none = new_none()
            self.set_row_factory(w_none)
            decref(w_none)
        else:
            self.set_row_factory(w_value)


# --- Row --------------------------------------------------------------------------------

@builtin_type("sqlite3.Row", flags=BASETYPE)
class W_Row(W_Object):
    __slots__ = ("w_data", "w_description")

    def __init__(self, w_type, w_data=None, w_description=None):
        W_Object.__init__(self, w_type)
        self.w_data = w_data
        self.w_description = w_description

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.tuple import W_Tuple
        if kwnames:
            raise type_error("Row() takes no keyword arguments")
        if len(args_w) != 2:
            raise type_error("Row expected 2 arguments, got %d" % len(args_w))
        w_cursor, w_data = args_w
        if not abstract.isinstance_type(w_cursor, W_Cursor.w_type):
            raise type_error("Row() argument 1 must be sqlite3.Cursor, not %s"
                             % argument_type_name(w_cursor))
        if not isinstance(w_data, W_Tuple):
            raise type_error("Row() argument 2 must be tuple, not %s" % argument_type_name(w_data))
        w_description = abstract.getattr_str(w_cursor, "description")
        w_data.ob_refcnt += 1
        if w_type is W_Row.w_type:
            return W_Row(w_type, w_data, w_description)
        from glass.objects.typeobject import _new_instance
        w_row = _new_instance(w_type)
        w_row.w_data = w_data
        w_row.w_description = w_description
        return w_row

    @slot("tp_dealloc")
    def dealloc(self):
        for attr in ("w_data", "w_description"):
            w_value = getattr(self, attr)
            setattr(self, attr, None)
            if w_value is not None:
                decref(w_value)

    def names(self):
        from glass.objects.tuple import W_Tuple
        if not isinstance(self.w_description, W_Tuple):
            return []
        return [w_entry.items[0] for w_entry in self.w_description.items]

    @slot("sq_length")
    def length(self):
        return len(self.w_data.items)

    @slot("mp_subscript")
    def subscript(self, w_key):
        from glass.objects.int import W_Int
        from glass.objects.slice import W_Slice
        from glass.objects.str import W_Str
        items = self.w_data.items
        if isinstance(w_key, W_Int):
            index = w_key.value
            if index < 0:
                index += len(items)
            if not 0 <= index < len(items):
                raise operation_error("IndexError", "tuple index out of range")
            items[index].ob_refcnt += 1
            return items[index]
        if isinstance(w_key, W_Str):
            for index, w_name in enumerate(self.names()):
                if isinstance(w_name, W_Str) and _same_column(w_name.value, w_key.value):
                    items[index].ob_refcnt += 1
                    return items[index]
            raise operation_error("IndexError", "No item with that key")
        if isinstance(w_key, W_Slice):
            return abstract.getitem(self.w_data, w_key)
        raise operation_error("IndexError", "Index must be int or string")

    @slot("tp_iter")
    def iter(self):
        return abstract.iter(self.w_data)

    @slot("tp_hash")
    def hash(self):
        return abstract.hash(self.w_description) ^ abstract.hash(self.w_data)

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects.bool import new_bool
        from glass.objects.tuple import not_implemented
        from glass.objects.type import EQ, NE
        if op not in (EQ, NE) or not abstract.isinstance_type(w_other, W_Row.w_type):
            return not_implemented()
        equal = abstract.rich_compare_bool(self.w_description, w_other.w_description, EQ) \
            and abstract.rich_compare_bool(self.w_data, w_other.w_data, EQ)
        return new_bool(equal if op == EQ else not equal)

    @method("($self, /)", doc="Returns the keys of the row.")
    def keys(self):
        from glass.objects.list import W_List
        names_w = self.names()
        for w_name in names_w:
            w_name.ob_refcnt += 1
        return W_List(names_w)


def _same_column(name, key):
    """Row lookup by name: ASCII case-insensitive, as CPython compares."""
    if len(name) != len(key):
        return False
    for a, b in zip(name, key):
        if a != b and not (a.isascii() and b.isascii() and a.lower() == b.lower()):
            return False
    return True


# --- Blob -------------------------------------------------------------------------------

def _blob_key(w_key):
    from glass.objects.slice import W_Slice
    if isinstance(w_key, W_Slice):
        return slice(to_host(w_key.w_start), to_host(w_key.w_stop), to_host(w_key.w_step))
    return to_host(w_key)


@builtin_type("sqlite3.Blob", doc=_doc("Blob"))
class W_Blob(W_Object):
    __slots__ = ("host_blob", "w_connection", "weakrefs")

    def __init__(self, host_blob, w_connection):
        W_Object.__init__(self, W_Blob.w_type)
        self.host_blob = host_blob
        w_connection.ob_refcnt += 1
        self.w_connection = w_connection
        self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create 'sqlite3.Blob' instances")

    @slot("tp_dealloc")
    def dealloc(self):
        from glass.objects.weakrefobject import clear_weakrefs_if_any
        clear_weakrefs_if_any(self)
        host_blob, self.host_blob = self.host_blob, None
        if host_blob is not None:
            try:
                host_blob.close()
            except Exception:
                pass
        w_connection, self.w_connection = self.w_connection, None
        if w_connection is not None:
            decref(w_connection)

    @slot("sq_length")
    def length(self):
        return call_host(len, self.host_blob)

    @slot("mp_subscript")
    def subscript(self, w_key):
        return to_guest(call_host(self.host_blob.__getitem__, _blob_key(w_key)))

    @slot("mp_ass_subscript")
    def ass_subscript(self, w_key, w_value):
        if w_value is None:
            call_host(self.host_blob.__delitem__, _blob_key(w_key))
            return
        data = stringlib.getbuffer(w_value)
        value = contiguous_bytes(data) if data is not None else to_host(w_value)
        call_host(self.host_blob.__setitem__, _blob_key(w_key), value)

    @method("($self, /)", doc=_doc("Blob", "close"))
    def close(self):
        call_host(self.host_blob.close)

    @method("($self, /)", doc=_doc("Blob", "__enter__"))
    def __enter__(self):
        call_host(self.host_blob.__enter__)
        self.ob_refcnt += 1
        return self

    @method("($self, type, val, tb, /)", doc=_doc("Blob", "__exit__"))
    def __exit__(self, w_type, w_val, w_tb):
        from glass.objects.bool import new_bool
        call_host(self.host_blob.__exit__, None, None, None)
        return new_bool(False)

    @method("($self, length=-1, /)", doc=_doc("Blob", "read"))
    def read(self, w_length):
        args = () if w_length is None else (to_host(w_length),)
        return to_guest(call_host(self.host_blob.read, *args))

    @method("($self, data, /)", doc=_doc("Blob", "write"))
    def write(self, w_data):
        data = stringlib.getbuffer(w_data)
        call_host(self.host_blob.write,
                  contiguous_bytes(data) if data is not None else to_host(w_data))

    @method("($self, offset, origin=0, /)", doc=_doc("Blob", "seek"))
    def seek(self, w_offset, w_origin):
        args = (to_host(w_offset),) if w_origin is None else (to_host(w_offset),
                                                              to_host(w_origin))
        call_host(self.host_blob.seek, *args)

    @method("($self, /)", doc=_doc("Blob", "tell"))
    def tell(self):
        return to_guest(call_host(self.host_blob.tell))


# --- The module -------------------------------------------------------------------------

@builtin_module("_sqlite3", doc=None)
class Sqlite3Module:

    @raw_function("($module, /, database, timeout=5.0, detect_types=0,\n"
                  "        isolation_level='', check_same_thread=True,\n"
                  "        factory=ConnectionType, cached_statements=128, uri=False)")
    def connect(args_w, kwargs):
        """Opens a connection to the SQLite database file database.

You can use ":memory:" to open a database connection to a database that resides
in RAM instead of on disk."""
        w_factory = W_Connection.w_type
        if len(args_w) > 5:
            w_factory = args_w[5]
        for name, w_value in kwargs:
            if name == "factory":
                w_factory = w_value
        if len(args_w) > 8:
            raise type_error("connect() takes at most 8 arguments (%d given)"
                             % (len(args_w) + len(kwargs)))
        names = tuple(name for name, _w in kwargs)
        return abstract.call(w_factory, list(args_w) + [w for _n, w in kwargs],
                             names or None)

    @function("($module, /, statement)", doc=_doc("complete_statement"))
    def complete_statement(w_statement):
        from glass.objects.str import W_Str
        if not isinstance(w_statement, W_Str):
            raise type_error("complete_statement() argument 'statement' must be str, not %s"
                             % argument_type_name(w_statement))
        return to_guest(call_host(host_sqlite3.complete_statement, w_statement.value))

    @function("($module, /, do_enable)", doc=_doc("enable_shared_cache"))
    def enable_shared_cache(w_do_enable):
        call_host(host_sqlite3.enable_shared_cache, to_host(w_do_enable))

    @function("($module, enable, /)", doc=_doc("enable_callback_tracebacks"))
    def enable_callback_tracebacks(w_enable):
        from glass.objects.float import W_Float
        if isinstance(w_enable, W_Float):
            raise type_error("'float' object cannot be interpreted as an integer")
        STATE.callback_tracebacks = bool(abstract.int_value(abstract.index(w_enable)))

    @function("($module, type, adapter, /)", doc=_doc("register_adapter"))
    def register_adapter(w_type, w_adapter):
        from glass.objects.bytearray import W_ByteArray
        from glass.objects.float import W_Float
        from glass.objects.int import W_Int
        from glass.objects.str import W_Str
        from glass.objects.tuple import new_tuple
        if w_type in (W_Int.w_type, W_Float.w_type, W_Str.w_type, W_ByteArray.w_type):
            STATE.base_type_adapted = True
        w_key = new_tuple([w_type, W_PrepareProtocol.w_type])
        try:
            STATE.w_adapters.setitem(w_key, w_adapter)
        finally:
            decref(w_key)

    @function("($module, typename, converter, /)", doc=_doc("register_converter"))
    def register_converter(w_typename, w_converter):
        from glass.objects.str import W_Str
        if not isinstance(w_typename, W_Str):
            raise type_error("register_converter() argument 1 must be str, not %s"
                             % argument_type_name(w_typename))
        w_name = abstract.call_method(w_typename, "upper", [])
        try:
            STATE.w_converters.setitem(w_name, w_converter)
        finally:
            decref(w_name)

    @function("($module, obj, proto=PrepareProtocolType, alt=<unrepresentable>, /)",
              doc=_doc("adapt"))
    def adapt(w_obj, w_proto, w_alt):
        return adapt(w_obj, w_proto if w_proto is not None else W_PrepareProtocol.w_type,
                     w_alt)

    @staticmethod
    def init_module(w_module):
        from glass.objects.exceptions import new_exception_class
        from glass.objects.dict import new_dict
        from glass.objects.str import new_str
        from glass.objects.type import ready
        w_dict = w_module.w_dict
        for cls in (W_PrepareProtocol, W_Connection, W_Cursor, W_Row, W_Blob, W_Statement):
            ready(cls.w_type)
            if "__module__" not in cls.w_type.dict:       # heap types in CPython
                cls.w_type.dict["__module__"] = new_str("sqlite3")
            if cls is not W_Statement:
                w_dict.setitem_str(cls.w_type.name.rpartition(".")[2], cls.w_type)
        if not STATE.exceptions_w:
            for name, base in EXCEPTION_NAMES:
                w_base = STATE.exceptions_w.get(base) or EXCEPTION_TYPES[base]
                STATE.exceptions_w[name] = new_exception_class("sqlite3." + name, w_base)
        for name, _base in EXCEPTION_NAMES:
            w_dict.setitem_str(name, STATE.exceptions_w[name])
        for attr in ("w_adapters", "w_converters"):
            if getattr(STATE, attr) is None:
                setattr(STATE, attr, new_dict())
        w_dict.setitem_str("adapters", STATE.w_adapters)
        w_dict.setitem_str("converters", STATE.w_converters)
        for name, value in sorted(vars(host_sqlite3).items()):
            if (name.startswith(("SQLITE_", "PARSE_")) and type(value) is int) or \
                    name in ("sqlite_version", "version", "threadsafety"):
                w_value = to_guest(value)
                w_dict.setitem_str(name, w_value)
                decref(w_value)


if host_sqlite3 is None:
    # Declared (so sys.builtin_module_names names it) but not available:
    # the import finds nothing and raises ModuleNotFoundError.
    del MODULE_DEFS["_sqlite3"]
