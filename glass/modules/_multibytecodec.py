"""The _multibytecodec module: the machinery under the CJK codecs.

Counterpart: Modules/cjkcodecs/multibytecodec.c.

A guest MultibyteCodec (what _codecs_jp.getcodec('shift_jis') returns) owns
the host's codec object of the same name, whose tables are CPython's own;
the incremental encoders and decoders own a host incremental object made
for that codec, so pending bytes and encoder state live on the host side.
The stream reader and writer are written here in guest terms, as CPython
writes them: they call the guest stream's read/readline/write methods and
run the host incremental codec over the bytes.

Error handlers: the builtin names pass to the host as they are; a name the
guest registered with codecs.register_error reaches the host as a bridge
(the _codecs module's) that calls the guest handler.  Host UnicodeErrors
become the guest's with the same fields.
"""
from __future__ import annotations

import _multibytecodec as host_mbc
import codecs as host_codecs

from glass.modules import builtin_module, function
from glass.modules._codecs import (BUILTIN_ERROR_HANDLERS, GuestHandlerFailure, guest_unicode_error,
                                   registry, run_host_codec)
from glass.modules.posix import to_guest, to_host
from glass.objects import abstract, stringlib
from glass.objects.exceptions import (OperationError, argument_type_name, operation_error,
                                      type_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import BASETYPE, builtin_type, getter, method, setter, slot

# The host's codec type, for its docstrings (the module does not name it).
HOST_CODEC_TYPE = type(__import__("_codecs_iso2022").getcodec("iso2022_jp"))


# --- Arguments ------------------------------------------------------------------------

def errors_text(w_errors, func_name="encode"):
    """An `errors` argument: None means strict; otherwise a str."""
    from glass.objects.none import W_None
    from glass.objects.str import W_Str
    if w_errors is None or isinstance(w_errors, W_None):
        return "strict"
    if not isinstance(w_errors, W_Str):
        raise type_error("%s() argument 'errors' must be str or None, not %s"
                         % (func_name, argument_type_name(w_errors)))
    return w_errors.value


def host_errors(name):
    """The name to give the host codec for guest error handler `name`.

    A name nobody registered passes through unchanged: as in CPython, it
    is an error only when an error actually needs handling."""
    if name in BUILTIN_ERROR_HANDLERS:
        return name
    w_handler = registry().error_handlers_w.get(name)
    if w_handler is None:
        return name
    host_name = "glass-multibytecodec:" + name
    if _BRIDGED.get(host_name) is not w_handler:
        host_codecs.register_error(host_name, GuestHandler(w_handler))
        _BRIDGED[host_name] = w_handler
    return host_name


_BRIDGED = {}           # host handler name -> the guest handler it calls


class GuestHandler:
    """A host error handler calling a guest one, checking its result as
    multibytecodec's call_error_callback does (a str and an int)."""

    def __init__(self, w_handler):
        self.w_handler = w_handler

    def __call__(self, host_exc):
        from glass.objects.bytes import W_Bytes
        from glass.objects.int import W_Int
        from glass.objects.str import W_Str
        from glass.objects.tuple import W_Tuple
        encoding = isinstance(host_exc, UnicodeEncodeError)
        try:
            w_exc = guest_unicode_error(host_exc)
            try:
                w_result = abstract.call(self.w_handler, [w_exc])
            finally:
                decref(w_exc)
            try:
                items = w_result.items if isinstance(w_result, W_Tuple) else None
                if (items is None or len(items) != 2 or not isinstance(items[1], W_Int)
                        or not (isinstance(items[0], W_Str) or
                                encoding and isinstance(items[0], W_Bytes))):
                    raise type_error("%s error handler must return (str, int) tuple"
                                     % ("encoding" if encoding else "decoding"))
                return items[0].value, items[1].value
            finally:
                decref(w_result)
        except OperationError as error:
            raise GuestHandlerFailure(error)


def run_codec(func, *args):
    """Call the host codec; its errors become the guest's (an IndexError,
    a handler's position out of bounds, stays an IndexError)."""
    def call():
        try:
            return func(*args)
        except IndexError as error:
            raise operation_error("IndexError", str(error))
        except (UnicodeError, RuntimeError, MemoryError) as error:
            if type(error) in (UnicodeEncodeError, UnicodeDecodeError):
                raise
            # "pending buffer too large" and the like: no fields to carry.
            raise operation_error(type(error).__name__, str(error))
    return run_host_codec(call)


def text_input(w_input):
    """The text to encode: a str, or str() of anything else (as C does)."""
    from glass.objects.str import W_Str
    if isinstance(w_input, W_Str):
        return w_input.value
    w_text = abstract.str(w_input)
    try:
        return w_text.value
    finally:
        decref(w_text)


def bytes_input(w_input):
    data = stringlib.getbuffer(w_input)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'"
                         % w_input.ob_type.name)
    return bytes(data)


def final_flag(w_final):
    """The `final` argument: clinic's bool(accept={int})."""
    from glass.objects.int import W_Int
    if w_final is None:
        return False
    if not isinstance(w_final, W_Int):
        raise type_error("'%s' object cannot be interpreted as an integer"
                         % w_final.ob_type.name)
    return bool(w_final.value)


def new_heap_instance(cls, w_type):
    """An instance of a (possibly subclassed) type declared here."""
    if w_type is cls.w_type:
        return cls(w_type)
    from glass.objects.typeobject import _new_instance
    w_obj = _new_instance(w_type)
    cls.clear(w_obj)
    return w_obj


# --- The codec ------------------------------------------------------------------------

@builtin_type("_multibytecodec.MultibyteCodec")
class W_MultibyteCodec(W_Object):
    __slots__ = ("host_codec", "name", "host_classes")

    def __init__(self, host_codec, name):
        W_Object.__init__(self, W_MultibyteCodec.w_type)
        self.host_codec = host_codec
        self.name = name
        self.host_classes = {}

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        raise type_error("cannot create '_multibytecodec.MultibyteCodec' instances")

    @method("($self, /, input, errors=None)", doc=HOST_CODEC_TYPE.encode.__doc__)
    def encode(self, w_input, w_errors):
        errors = errors_text(w_errors)
        text = text_input(w_input)
        return to_guest(run_codec(self.host_codec.encode, text, host_errors(errors)))

    @method("($self, /, input, errors=None)", doc=HOST_CODEC_TYPE.decode.__doc__)
    def decode(self, w_input, w_errors):
        errors = errors_text(w_errors, "decode")
        data = bytes_input(w_input)
        return to_guest(run_codec(self.host_codec.decode, data, host_errors(errors)))

    def host_class(self, base):
        """A host subclass of `base` (an incremental codec type) for this codec."""
        cls = self.host_classes.get(base)
        if cls is None:
            cls = self.host_classes[base] = type(base.__name__, (base,),
                                                 {"codec": self.host_codec})
        return cls


def codec_of(w_type):
    """The MultibyteCodec a subclass names in its `codec` attribute."""
    w_codec = abstract.getattr_str(w_type, "codec")
    try:
        if not isinstance(w_codec, W_MultibyteCodec):
            raise type_error("codec is unexpected type")
    except OperationError:
        decref(w_codec)
        raise
    return w_codec


# --- Shared parts of the four stateful types --------------------------------------------

class StatefulCodec(W_Object):
    """What the incremental codecs and the streams share: the codec, the
    error handler's name, and the host incremental object."""
    __slots__ = ("w_codec", "errors", "host_state")

    host_base = None            # the host incremental type the state is made from

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.clear()

    def clear(self):
        self.w_codec = None
        self.errors = "strict"
        self.host_state = None

    def setup(self, w_type, w_errors):
        self.w_codec = codec_of(w_type)
        self.errors = errors_text(w_errors)
        host_cls = self.w_codec.host_class(self.host_base)
        self.host_state = run_codec(host_cls, host_errors(self.errors))

    def run(self, name, *args):
        if self.host_state is None:
            raise operation_error("ValueError", "codec is not initialized")
        self.host_state.errors = host_errors(self.errors)
        return run_codec(getattr(self.host_state, name), *args)

    def dealloc_state(self):
        w_codec, self.w_codec = self.w_codec, None
        self.host_state = None
        if w_codec is not None:
            decref(w_codec)


def _get_errors(self):
    from glass.objects.str import new_str
    return new_str(self.errors)


def _set_errors(self, w_value):
    from glass.objects.str import W_Str
    if w_value is None:
        raise operation_error("AttributeError", "cannot delete attribute")
    if not isinstance(w_value, W_Str):
        raise type_error("errors must be a string")
    self.errors = w_value.value


def bind_old_style(func_name, names, required, args_w, kwnames):
    """PyArg_ParseTupleAndKeywords as the constructors use it ("O|s:Name"):
    its messages name the Python-level class, not the C type."""
    nkw = len(kwnames) if kwnames else 0
    positional = list(args_w[:len(args_w) - nkw])
    if len(args_w) > len(names):
        raise type_error("%s() takes at most %d argument%s (%d given)"
                         % (func_name, len(names), "" if len(names) == 1 else "s",
                            len(args_w)))
    values_w = positional + [None] * (len(names) - len(positional))
    for keyword, w_value in zip(kwnames or (), args_w[len(positional):]):
        if keyword not in names:
            raise type_error("'%s' is an invalid keyword argument for %s()"
                             % (keyword, func_name))
        index = names.index(keyword)
        if values_w[index] is not None:
            raise type_error("argument for %s() given by name ('%s') and position (%d)"
                             % (func_name, keyword, index + 1))
        values_w[index] = w_value
    for index in range(required):
        if values_w[index] is None:
            raise type_error("%s() missing required argument '%s' (pos %d)"
                             % (func_name, names[index], index + 1))
    w_errors = values_w[-1]
    if w_errors is not None:
        from glass.objects.str import W_Str
        if not isinstance(w_errors, W_Str):
            raise type_error("%s() argument %d must be str, not %s"
                             % (func_name, len(names), _type_name(w_errors)))
    return values_w


def _type_name(w_obj):
    from glass.objects.none import W_None
    return "None" if isinstance(w_obj, W_None) else w_obj.ob_type.name


def _make_new(cls, func_name, names):
    def new(w_type, args_w, kwnames):
        values_w = bind_old_style(func_name, names, len(names) - 1, args_w, kwnames)
        w_obj = new_heap_instance(cls, w_type)
        try:
            w_obj.setup_from(w_type, *values_w)
        except OperationError:
            decref(w_obj)
            raise
        return w_obj
    return new


# --- Incremental encoder and decoder -------------------------------------------------------

@builtin_type("_multibytecodec.MultibyteIncrementalEncoder", flags=BASETYPE)
class W_IncrementalEncoder(StatefulCodec):
    __slots__ = ()
    host_base = host_mbc.MultibyteIncrementalEncoder

    def setup_from(self, w_type, w_errors):
        self.setup(w_type, w_errors)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _make_new(W_IncrementalEncoder, "IncrementalEncoder", ("errors",))(w_type, args_w, kwnames)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        pass                        # everything happened in __new__

    @slot("tp_dealloc")
    def dealloc(self):
        self.dealloc_state()

    @method("($self, /, input, final=False)")
    def encode(self, w_input, w_final):
        text = text_input(w_input)
        return to_guest(self.run("encode", text, final_flag(w_final)))

    @method("($self, /)")
    def getstate(self):
        return to_guest(self.run("getstate"))

    @method("($self, state, /)")
    def setstate(self, w_state):
        from glass.objects.int import W_Int
        if not isinstance(w_state, W_Int):
            raise type_error("setstate() argument must be int, not %s"
                             % argument_type_name(w_state))
        self.run("setstate", w_state.value)

    @method("($self, /)")
    def reset(self):
        self.run("reset")

    @getter("errors", doc="how to treat errors")
    def get_errors(self):
        return _get_errors(self)

    @setter("errors")
    def set_errors(self, w_value):
        _set_errors(self, w_value)


@builtin_type("_multibytecodec.MultibyteIncrementalDecoder", flags=BASETYPE)
class W_IncrementalDecoder(StatefulCodec):
    __slots__ = ()
    host_base = host_mbc.MultibyteIncrementalDecoder

    def setup_from(self, w_type, w_errors):
        self.setup(w_type, w_errors)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _make_new(W_IncrementalDecoder, "IncrementalDecoder", ("errors",))(w_type, args_w, kwnames)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        pass

    @slot("tp_dealloc")
    def dealloc(self):
        self.dealloc_state()

    @method("($self, /, input, final=False)")
    def decode(self, w_input, w_final):
        data = bytes_input(w_input)
        return to_guest(self.run("decode", data, final_flag(w_final)))

    @method("($self, /)")
    def getstate(self):
        return to_guest(self.run("getstate"))

    @method("($self, state, /)")
    def setstate(self, w_state):
        from glass.objects.tuple import W_Tuple
        if not isinstance(w_state, W_Tuple):
            raise type_error("setstate() argument must be tuple, not %s"
                             % argument_type_name(w_state))
        self.run("setstate", to_host(w_state))

    @method("($self, /)")
    def reset(self):
        self.run("reset")

    @getter("errors", doc="how to treat errors")
    def get_errors(self):
        return _get_errors(self)

    @setter("errors")
    def set_errors(self, w_value):
        _set_errors(self, w_value)


# --- Stream reader and writer ----------------------------------------------------------------

class StreamCodec(StatefulCodec):
    __slots__ = ("w_stream",)

    def clear(self):
        StatefulCodec.clear(self)
        self.w_stream = None

    def setup_from(self, w_type, w_stream, w_errors):
        self.setup(w_type, w_errors)
        w_stream.ob_refcnt += 1
        self.w_stream = w_stream

    def dealloc_stream(self):
        w_stream, self.w_stream = self.w_stream, None
        if w_stream is not None:
            decref(w_stream)
        self.dealloc_state()


def _size_argument(w_size, name="arg 1"):
    from glass.objects.int import W_Int
    from glass.objects.none import W_None
    if w_size is None or isinstance(w_size, W_None):
        return -1
    if not isinstance(w_size, W_Int):
        raise type_error("arg 1 must be an integer")
    return w_size.value


@builtin_type("_multibytecodec.MultibyteStreamReader", flags=BASETYPE)
class W_StreamReader(StreamCodec):
    __slots__ = ()
    host_base = host_mbc.MultibyteIncrementalDecoder

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _make_new(W_StreamReader, "StreamReader", ("stream", "errors"))(w_type, args_w, kwnames)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        pass

    @slot("tp_dealloc")
    def dealloc(self):
        self.dealloc_stream()

    def read_from_stream(self, method_name, sizehint):
        """mbstreamreader_iread: call the stream until some text comes out
        (or the stream ends), holding back an incomplete last sequence."""
        from glass.objects.bytes import W_Bytes
        from glass.objects.int import new_int
        from glass.objects.str import new_str
        if sizehint == 0:
            return new_str("")
        pieces = []
        while True:
            if sizehint < 0:
                w_data = abstract.call_method(self.w_stream, method_name, [])
            else:
                w_size = new_int(sizehint)
                try:
                    w_data = abstract.call_method(self.w_stream, method_name, [w_size])
                finally:
                    decref(w_size)
            try:
                if not isinstance(w_data, W_Bytes):
                    raise type_error("stream function returned a non-bytes object (%s)"
                                     % w_data.ob_type.name)
                data = w_data.value
            finally:
                decref(w_data)
            end_of_file = not data
            text = self.run("decode", data, end_of_file or sizehint < 0)
            pieces.append(text)
            if sizehint < 0 or text or end_of_file:
                break
            sizehint = 1            # an incomplete sequence: read one more byte
        return new_str("".join(pieces))

    @method("($self, sizeobj=None, /)")
    def read(self, w_size):
        return self.read_from_stream("read", _size_argument(w_size))

    @method("($self, sizeobj=None, /)")
    def readline(self, w_size):
        return self.read_from_stream("readline", _size_argument(w_size))

    @method("($self, sizehintobj=None, /)")
    def readlines(self, w_sizehint):
        from glass.objects.list import W_List
        from glass.objects.str import new_str
        w_text = self.read_from_stream("read", _size_argument(w_sizehint))
        try:
            lines = w_text.value.splitlines(True)
        finally:
            decref(w_text)
        return W_List([new_str(line) for line in lines])

    @method("($self, /)")
    def reset(self):
        self.run("reset")

    @getter("stream", member=True)
    def get_stream(self):
        self.w_stream.ob_refcnt += 1
        return self.w_stream

    @getter("errors", doc="how to treat errors")
    def get_errors(self):
        return _get_errors(self)

    @setter("errors")
    def set_errors(self, w_value):
        _set_errors(self, w_value)


@builtin_type("_multibytecodec.MultibyteStreamWriter", flags=BASETYPE)
class W_StreamWriter(StreamCodec):
    __slots__ = ()
    host_base = host_mbc.MultibyteIncrementalEncoder

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return _make_new(W_StreamWriter, "StreamWriter", ("stream", "errors"))(w_type, args_w, kwnames)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        pass

    @slot("tp_dealloc")
    def dealloc(self):
        self.dealloc_stream()

    def write_text(self, text, final=False):
        from glass.objects.bytes import new_bytes
        data = self.run("encode", text, final)
        if final and not data:
            return
        w_data = new_bytes(data)
        try:
            decref(abstract.call_method(self.w_stream, "write", [w_data]))
        finally:
            decref(w_data)

    @method("($self, strobj, /)")
    def write(self, w_text):
        self.write_text(text_input(w_text))

    @method("($self, lines, /)")
    def writelines(self, w_lines):
        for w_line in abstract.iterate(w_lines):
            try:
                self.write_text(text_input(w_line))
            finally:
                decref(w_line)

    @method("($self, /)")
    def reset(self):
        # CPython 3.11 flushes only when unencoded text is pending (a
        # combining sequence): the shift state is left as it is otherwise.
        # The host encoder's state keeps that count in its lowest byte.
        if self.host_state is not None and hasattr(self.host_state, "getstate"):
            if not self.run("getstate") & 0xFF:
                return
        self.write_text("", final=True)

    @getter("stream", member=True)
    def get_stream(self):
        self.w_stream.ob_refcnt += 1
        return self.w_stream

    @getter("errors", doc="how to treat errors")
    def get_errors(self):
        return _get_errors(self)

    @setter("errors")
    def set_errors(self, w_value):
        _set_errors(self, w_value)


# --- The codec modules' getcodec ----------------------------------------------------------

def check_arguments(qualname, args_w, kwargs, count):
    """METH_NOARGS / METH_O's argument checks, with their messages."""
    if kwargs:
        raise type_error("%s() takes no keyword arguments" % qualname)
    if len(args_w) != count:
        raise type_error("%s() takes %s (%d given)"
                         % (qualname, "no arguments" if count == 0 else "exactly one argument",
                            len(args_w)))


def getcodec(host_module, args_w, kwargs):
    """_codecs_XX.getcodec(encoding) (METH_O): the codec of that name."""
    from glass.objects.str import W_Str
    check_arguments(host_module.__name__ + ".getcodec", args_w, kwargs, 1)
    w_encoding = args_w[0]
    if not isinstance(w_encoding, W_Str):
        raise type_error("encoding name must be a string.")
    name = w_encoding.value
    cache = _CODECS.setdefault(host_module.__name__, {})
    w_codec = cache.get(name)
    if w_codec is None:
        try:
            host_codec = host_module.getcodec(name)
        except LookupError:
            raise operation_error("LookupError", "no such codec is supported.")
        w_codec = cache[name] = W_MultibyteCodec(host_codec, name)
    w_codec.ob_refcnt += 1
    return w_codec


_CODECS = {}            # host module name -> {codec name: the guest codec (kept)}


def install_codec_module(w_module):
    from glass.objects.none import new_none
    w_none = new_none()
    w_module.w_dict.setitem_str("__doc__", w_none)
    decref(w_none)


@builtin_module("_multibytecodec")
class MultibyteCodecModule:

    @function("($module, arg, /)", name="__create_codec")
    def create_codec(w_arg):
        raise type_error("argument type invalid")

    @staticmethod
    def init_module(w_module):
        from glass.objects.str import new_str
        from glass.objects.type import ready
        install_codec_module(w_module)
        for cls in (W_MultibyteCodec, W_IncrementalEncoder, W_IncrementalDecoder,
                    W_StreamReader, W_StreamWriter):
            ready(cls.w_type)
            if "__module__" not in cls.w_type.dict:     # heap types in CPython
                cls.w_type.dict["__module__"] = new_str("_multibytecodec")
            if cls is not W_MultibyteCodec:
                w_module.w_dict.setitem_str(cls.w_type.name.rpartition(".")[2],
                                            cls.w_type)
