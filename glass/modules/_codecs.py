"""The _codecs module: the codec registry and the builtin codecs' functions.

Counterpart: Modules/_codecsmodule.c and Python/codecs.c.

The registry (search functions, the lookup cache, error handlers) holds
guest objects and runs guest search functions, as CPython's does.  The
codec functions themselves (utf_8_decode...) run the host's codecs, which
compute the same bytes and strs; an error handler registered by guest code
is given to the host codec as a host function that calls the guest one, so
the host's codec loop drives guest handlers exactly as CPython's does.
"""
from __future__ import annotations

import codecs as host_codecs

from glass.modules import builtin_module, function
from glass.objects import abstract, stringlib
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      operation_error, type_error)
from glass.objects.object import decref

BUILTIN_ERROR_HANDLERS = ("strict", "ignore", "replace", "xmlcharrefreplace",
                          "backslashreplace", "namereplace", "surrogateescape",
                          "surrogatepass")


class CodecRegistry:
    """Counterpart: the codec fields of PyInterpreterState."""

    def __init__(self):
        self.search_functions_w = []
        self.cache_w = {}                 # normalized name -> CodecInfo
        self.error_handlers_w = {}        # name -> guest callable (guest-registered)


def registry():
    from glass.vm import pystate
    interp = pystate.interpreter()
    reg = _REGISTRY.get(id(interp))
    if reg is None:
        reg = _REGISTRY[id(interp)] = CodecRegistry()
    return reg


_REGISTRY = {}


def clear_registry():
    """PyInterpreterState_Clear's part: the search functions, the cache and
    the error handlers go with the interpreter (a later interpreter in the
    same process starts with an empty registry, as a new CPython does)."""
    from glass.vm import pystate
    reg = _REGISTRY.pop(id(pystate.interpreter()), None)
    if reg is None:
        return
    for w_obj in (reg.search_functions_w + list(reg.cache_w.values()) +
                  list(reg.error_handlers_w.values())):
        decref(w_obj)


def normalize_encoding(name):
    """Counterpart: normalizestring: ASCII letters lowercased, spaces and
    hyphens become underscores."""
    out = []
    for char in name:
        if char in " -":
            out.append("_")
        elif "A" <= char <= "Z":
            out.append(char.lower())
        else:
            out.append(char)
    return "".join(out)


def lookup(encoding):
    """Counterpart: _PyCodec_Lookup: a new reference to the CodecInfo."""
    from glass.objects.str import new_str
    from glass.objects.tuple import W_Tuple
    reg = registry()
    if not reg.search_functions_w:
        _import_encodings()
    key = normalize_encoding(encoding)
    w_info = reg.cache_w.get(key)
    if w_info is not None:
        w_info.ob_refcnt += 1
        return w_info
    w_key = new_str(key)
    try:
        for w_search in list(reg.search_functions_w):
            w_result = abstract.call(w_search, [w_key])
            if w_result is _none():
                decref(w_result)
                continue
            if not isinstance(w_result, W_Tuple) or len(w_result.items) != 4:
                decref(w_result)
                raise type_error("codec search functions must return 4-tuples")
            w_result.ob_refcnt += 1
            reg.cache_w[key] = w_result
            return w_result
    finally:
        decref(w_key)
    raise operation_error("LookupError", "unknown encoding: %s" % encoding)


def _none():
    from glass.objects.none import w_None
    return w_None


def _import_encodings():
    """The registry starts empty; importing `encodings` registers its
    search function (_PyCodecRegistry_Init)."""
    from glass.vm import pystate
    if getattr(pystate.interpreter(), "w_importlib", None) is None:
        return
    from glass.vm.imports import import_module
    decref(import_module("encodings"))


def _text(w_obj, what):
    from glass.objects.str import W_Str
    if not isinstance(w_obj, W_Str):
        raise type_error("%s must be str, not %s" % (what, w_obj.ob_type.name))
    return w_obj.value


def _errors_name(w_errors):
    """The errors argument as a name the host codec can use."""
    if w_errors is None or w_errors is _none():
        return "strict"
    name = _text(w_errors, "argument 'errors'")
    if name not in BUILTIN_ERROR_HANDLERS:
        _host_handler_for(name)
    return name


def host_handler_name(name):
    """The name a host codec should be given for the error handler `name`:
    the name itself, or for a handler the guest registered, the host handler
    that calls it.  An unknown name is left for the codec to refuse, which
    it does only when it meets an error (as CPython looks handlers up)."""
    if name in registry().error_handlers_w:
        return _host_handler_for(name)
    return name


def find_error_handler(name):
    """PyCodec_LookupError: the handler registered under `name` (borrowed),
    or LookupError."""
    w_handler = registry().error_handlers_w.get(name)
    if w_handler is None:
        w_handler = _builtin_handler(name)
    if w_handler is None:
        raise operation_error("LookupError", "unknown error handler name '%s'" % name)
    return w_handler


def _host_handler_for(name):
    """Make `name` known to the host's codecs: a host function calling the
    guest handler registered under it (LookupError if there is none)."""
    w_handler = registry().error_handlers_w.get(name)
    if w_handler is None:
        raise operation_error("LookupError", "unknown error handler name '%s'" % name)
    host_name = "glass-guest:" + name
    if _HOST_REGISTERED.get(host_name) is not w_handler:
        host_codecs.register_error(host_name, _GuestHandler(w_handler))
        _HOST_REGISTERED[host_name] = w_handler
    return host_name


_HOST_REGISTERED = {}


class GuestHandlerFailure(Exception):
    """Carries a guest exception through the host codec machinery."""

    def __init__(self, error):
        Exception.__init__(self)
        self.error = error


class _GuestHandler:
    """A host error handler that calls a guest one."""

    def __init__(self, w_handler):
        self.w_handler = w_handler

    def __call__(self, host_exc):
        from glass.objects.bytes import W_Bytes
        from glass.objects.int import W_Int
        from glass.objects.str import W_Str
        from glass.objects.tuple import W_Tuple
        try:
            w_exc = guest_unicode_error(host_exc)
            try:
                w_result = abstract.call(self.w_handler, [w_exc])
            finally:
                decref(w_exc)
            try:
                items = w_result.items if isinstance(w_result, W_Tuple) else None
                encoding = isinstance(host_exc, UnicodeEncodeError)
                if (items is None or len(items) != 2 or
                        not isinstance(items[1], W_Int) or
                        not (isinstance(items[0], W_Str) or
                             encoding and isinstance(items[0], W_Bytes))):
                    raise type_error(
                        "encoding error handler must return (str/bytes, int) tuple"
                        if encoding else
                        "decoding error handler must return (str, int) tuple")
                return items[0].value, items[1].value
            finally:
                decref(w_result)
        except OperationError as error:
            raise GuestHandlerFailure(error)


def guest_unicode_error(host_exc):
    """A new guest UnicodeError with the fields of a host one."""
    from glass.objects.bytes import new_bytes
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    name = type(host_exc).__name__
    if isinstance(host_exc, UnicodeDecodeError):
        w_object = new_bytes(bytes(host_exc.object))
    else:
        w_object = new_str(host_exc.object)
    args_w = [w_object, new_int(host_exc.start), new_int(host_exc.end),
              new_str(host_exc.reason)]
    if not isinstance(host_exc, UnicodeTranslateError):
        args_w.insert(0, new_str(host_exc.encoding))
    try:
        return abstract.call(EXCEPTION_TYPES[name], args_w)
    finally:
        for w_arg in args_w:
            decref(w_arg)


def run_host_codec(func, *args):
    """Call a host codec function; its errors become the guest's."""
    try:
        return func(*args)
    except GuestHandlerFailure as failure:
        raise failure.error
    except UnicodeError as error:
        raise OperationError(guest_unicode_error(error))
    except LookupError as error:
        raise operation_error("LookupError", str(error))
    except (TypeError, ValueError, OverflowError) as error:
        raise operation_error(type(error).__name__, str(error))


def _host_errors(errors):
    return errors if errors in BUILTIN_ERROR_HANDLERS else _host_handler_for(errors)


def _bytes_arg(w_data):
    data = stringlib.getbuffer(w_data)
    if data is None:
        raise type_error("a bytes-like object is required, not '%s'"
                         % w_data.ob_type.name)
    return bytes(data)


def _result(value, consumed):
    from glass.objects.bytes import new_bytes
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    w_value = new_str(value) if isinstance(value, str) else new_bytes(bytes(value))
    return new_tuple_owned([w_value, new_int(consumed)])


def _decoder(host_func, has_final):
    """The module function for one builtin decoder: (str, consumed)."""
    def decode(w_data, w_errors, w_final=None):
        data = _bytes_arg(w_data)
        errors = _host_errors(_errors_name(w_errors))
        if has_final:
            final = abstract.is_true(w_final) if w_final is not None else False
            text, consumed = run_host_codec(host_func, data, errors, final)
        else:
            text, consumed = run_host_codec(host_func, data, errors)
        return _result(text, consumed)
    return decode


def _encoder(host_func):
    """The module function for one builtin encoder: (bytes, consumed)."""
    def encode(w_str, w_errors):
        text = _text(w_str, "argument 1") if not _is_str(w_str) else w_str.value
        errors = _host_errors(_errors_name(w_errors))
        data, consumed = run_host_codec(host_func, text, errors)
        return _result(data, consumed)
    return encode


def _is_str(w_obj):
    from glass.objects.str import W_Str
    return isinstance(w_obj, W_Str)


def _codec_call(w_obj, w_encoding, w_errors, index):
    """codecs.encode/decode: the codec's function, its result's first item."""
    from glass.objects.str import new_str
    from glass.objects.tuple import W_Tuple
    encoding = "utf-8" if w_encoding is None else _text(w_encoding, "encoding")
    w_info = lookup(encoding)
    try:
        w_func = w_info.items[index]
        args_w = [w_obj]
        w_errors_arg = None
        if w_errors is not None:
            args_w.append(w_errors)
        else:
            w_errors_arg = new_str("strict")
            args_w.append(w_errors_arg)
        try:
            w_result = abstract.call(w_func, args_w)
        finally:
            if w_errors_arg is not None:
                decref(w_errors_arg)
    finally:
        decref(w_info)
    try:
        if not isinstance(w_result, W_Tuple) or len(w_result.items) != 2:
            raise type_error("encoder must return a tuple (object, integer)" if index == 0
                             else "decoder must return a tuple (object,integer)")
        w_value = w_result.items[0]
        w_value.ob_refcnt += 1
        return w_value
    finally:
        decref(w_result)


@builtin_module("_codecs")
class CodecsModule:

    @function("($module, search_function, /)")
    def register(w_search):
        """Register a codec search function.

Search functions are expected to take one argument, the encoding name in
all lower case letters, and either return None, or a tuple of functions
(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object)."""
        if w_search.ob_type.tp_call is None:
            raise type_error("argument must be callable")
        w_search.ob_refcnt += 1
        registry().search_functions_w.append(w_search)

    @function("($module, search_function, /)")
    def unregister(w_search):
        """Unregister a codec search function and clear the registry's cache.

If the search function is not registered, do nothing."""
        reg = registry()
        for index, w_item in enumerate(reg.search_functions_w):
            if w_item is w_search:
                del reg.search_functions_w[index]
                decref(w_item)
                for w_info in reg.cache_w.values():
                    decref(w_info)
                reg.cache_w.clear()
                break

    @function("($module, encoding, /)")
    def lookup(w_encoding):
        """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
        from glass.objects.stringlib import c_string_value
        return lookup(c_string_value(_text(w_encoding, "lookup() argument")))

    @function("($module, /, obj, encoding='utf-8', errors='strict')")
    def encode(w_obj, w_encoding, w_errors):
        """Encodes obj using the codec registered for encoding.

The default encoding is 'utf-8'.  errors may be given to set a
different error handling scheme.  Default is 'strict' meaning that encoding
errors raise a ValueError.  Other possible values are 'ignore', 'replace'
and 'backslashreplace' as well as any other name registered with
codecs.register_error that can handle ValueErrors."""
        return _codec_call(w_obj, w_encoding, w_errors, 0)

    @function("($module, /, obj, encoding='utf-8', errors='strict')")
    def decode(w_obj, w_encoding, w_errors):
        """Decodes obj using the codec registered for encoding.

Default encoding is 'utf-8'.  errors may be given to set a
different error handling scheme.  Default is 'strict' meaning that encoding
errors raise a ValueError.  Other possible values are 'ignore', 'replace'
and 'backslashreplace' as well as any other name registered with
codecs.register_error that can handle ValueErrors."""
        return _codec_call(w_obj, w_encoding, w_errors, 1)

    @function("($module, errors, handler, /)")
    def register_error(w_errors, w_handler):
        """Register the specified error handler under the name errors.

handler must be a callable object, that will be called with an exception
instance containing information about the location of the encoding/decoding
error and must return a (replacement, new position) tuple."""
        name = _text(w_errors, "register_error() argument 1")
        if w_handler.ob_type.tp_call is None:
            raise type_error("handler must be callable")
        reg = registry()
        w_old = reg.error_handlers_w.get(name)
        w_handler.ob_refcnt += 1
        reg.error_handlers_w[name] = w_handler
        if w_old is not None:
            decref(w_old)

    @function("($module, name, /)")
    def lookup_error(w_name):
        """lookup_error(errors) -> handler

Return the error handler for the specified error handling name or raise a
LookupError, if no handler exists under this name."""
        w_handler = find_error_handler(_text(w_name, "lookup_error() argument"))
        w_handler.ob_refcnt += 1
        return w_handler

    @function("($module, map, /)")
    def charmap_build(w_map):
        from glass.objects.dict import W_Dict
        from glass.objects.int import new_int
        table = _text(w_map, "charmap_build() argument")
        w_dict = W_Dict()
        for index, char in enumerate(table):
            w_key, w_value = new_int(ord(char)), new_int(index)
            w_dict.setitem(w_key, w_value)
            decref(w_key)
            decref(w_value)
        return w_dict

    @function("($module, data, errors=None, mapping=None, /)")
    def charmap_decode(w_data, w_errors, w_mapping):
        data = _bytes_arg(w_data)
        errors = _host_errors(_errors_name(w_errors))
        mapping = _host_mapping(w_mapping, decoding=True)
        text, consumed = run_host_codec(host_codecs.charmap_decode, data, errors, mapping)
        return _result(text, consumed)

    @function("($module, str, errors=None, mapping=None, /)")
    def charmap_encode(w_str, w_errors, w_mapping):
        text = _text(w_str, "charmap_encode() argument 1")
        errors = _host_errors(_errors_name(w_errors))
        mapping = _host_mapping(w_mapping, decoding=False)
        data, consumed = run_host_codec(host_codecs.charmap_encode, text, errors, mapping)
        return _result(data, consumed)

    @function("($module, data, errors=None, /)")
    def readbuffer_encode(w_data, w_errors):
        from glass.objects.str import W_Str
        if isinstance(w_data, W_Str):
            data = w_data.value.encode("utf-8", "surrogatepass")
        else:
            data = _bytes_arg(w_data)
        return _result(data, len(data))

    @function("($module, data, errors=None, /)")
    def escape_encode(w_data, w_errors):
        from glass.objects.bytes import W_Bytes
        if not isinstance(w_data, W_Bytes):
            raise type_error("escape_encode() argument 1 must be bytes, not %s"
                             % argument_type_name(w_data))
        data, consumed = run_host_codec(host_codecs.escape_encode, w_data.value,
                                        _errors_name(w_errors))
        return _result(data, consumed)

    @function("($module, data, errors=None, /)")
    def escape_decode(w_data, w_errors):
        from glass.objects.str import W_Str
        data = w_data.value.encode("utf-8") if isinstance(w_data, W_Str) \
            else _bytes_arg(w_data)
        value, consumed = run_host_codec(host_codecs.escape_decode, data,
                                         _errors_name(w_errors))
        return _result(bytes(value), consumed)


def _host_mapping(w_mapping, decoding):
    """A charmap table or dict as host values (str table, or {int: int/str/bytes})."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.dict import W_Dict
    from glass.objects.int import W_Int
    from glass.objects.str import W_Str
    if w_mapping is None or w_mapping is _none():
        return None
    if isinstance(w_mapping, W_Str):
        return w_mapping.value
    if isinstance(w_mapping, W_Dict):
        mapping = {}
        for w_key in w_mapping.keys_list():
            w_value = w_mapping.getitem(w_key)
            key = w_key.value if isinstance(w_key, W_Int) else None
            if w_value is _none():
                value = None
            elif isinstance(w_value, (W_Int, W_Str, W_Bytes)):
                value = w_value.value
            else:
                raise type_error("character mapping must return integer, %s or None, not %s"
                                 % ("str" if decoding else "bytes", w_value.ob_type.name))
            mapping[key] = value
        return mapping
    if not decoding and type(w_mapping).__name__ == "W_EncodingMap":
        return w_mapping.host_map
    raise type_error("character mapping must be a dict or str")


def _builtin_handler(name):
    """The guest builtin functions for the builtin error handlers (made once)."""
    if name not in BUILTIN_ERROR_HANDLERS:
        return None
    w_handler = _BUILTIN_HANDLERS.get(name)
    if w_handler is None:
        from glass.objects.descr import W_BuiltinFunction
        from glass.objects.signature import Signature
        host_handler = host_codecs.lookup_error(name)
        func_name = name if name.startswith("surrogate") else name + "_errors"

        def handle(w_exc):
            return _run_builtin_handler(host_handler, w_exc)
        w_handler = W_BuiltinFunction(func_name, handle, Signature.parse("($module, exc, /)"),
                                      None, None, pass_self=False)
        w_handler.ob_refcnt = 1 << 30
        _BUILTIN_HANDLERS[name] = w_handler
    return w_handler


_BUILTIN_HANDLERS = {}


def _run_builtin_handler(host_handler, w_exc):
    """A builtin handler on a guest UnicodeError: through a host copy of it."""
    from glass.objects.exceptions import W_UnicodeErrorObject
    if not isinstance(w_exc, W_UnicodeErrorObject):
        raise type_error("don't know how to handle %s in error callback"
                         % w_exc.ob_type.name)
    kind = w_exc.ob_type
    for name in ("UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"):
        if kind.is_subtype(EXCEPTION_TYPES[name]):
            break
    reason, encoding = w_exc.text_pieces()
    value = w_exc.w_object.value
    if name == "UnicodeEncodeError":
        host_exc = UnicodeEncodeError(encoding, value, w_exc.start, w_exc.end, reason)
    elif name == "UnicodeDecodeError":
        host_exc = UnicodeDecodeError(encoding, bytes(value), w_exc.start, w_exc.end, reason)
    else:
        host_exc = UnicodeTranslateError(value, w_exc.start, w_exc.end, reason)
    replacement, position = run_host_codec(host_handler, host_exc)
    return _result(replacement, position)


def _install_codec_functions():
    simple_decoders = ("ascii_decode", "latin_1_decode", "escape_decode")
    for name in ("utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le",
                 "utf_32_be", "utf_7", "ascii", "latin_1", "unicode_escape",
                 "raw_unicode_escape"):
        decode_name, encode_name = name + "_decode", name + "_encode"
        host_decode = getattr(host_codecs, decode_name)
        host_encode = getattr(host_codecs, encode_name)
        if decode_name in simple_decoders:
            signature = "($module, data, errors=None, /)"
            func = _decoder(host_decode, False)

            def decode(w_data, w_errors, _func=func):
                return _func(w_data, w_errors)
        else:
            default = "True" if "escape" in name else "False"
            signature = "($module, data, errors=None, final=%s, /)" % default
            func = _decoder(host_decode, True)
            if default == "True":
                def decode(w_data, w_errors, w_final, _func=func):
                    from glass.objects.bool import new_bool
                    if w_final is None:
                        w_true = new_bool(True)
                        return _func(w_data, w_errors, w_true)
                    return _func(w_data, w_errors, w_final)
            else:
                decode = func
        decode._glass_method = (decode_name, signature, "method", None)
        setattr(CodecsModule, decode_name, decode)
        if name in ("utf_16", "utf_32"):
            encode = _byteorder_encoder(host_encode)
            encode._glass_method = (encode_name, "($module, str, errors=None, byteorder=0, /)",
                                    "method", None)
        else:
            encode = _encoder(host_encode)
            encode._glass_method = (encode_name, "($module, str, errors=None, /)",
                                    "method", None)
        setattr(CodecsModule, encode_name, encode)
    for name in ("utf_16_ex", "utf_32_ex"):
        host_decode = getattr(host_codecs, name + "_decode")
        decode = _ex_decoder(host_decode)
        decode._glass_method = (name + "_decode", "($module, data, errors=None, byteorder=0, "
                                "final=False,\n                 /)", "method", None)
        setattr(CodecsModule, name + "_decode", decode)


def _byteorder_encoder(host_func):
    def encode(w_str, w_errors, w_byteorder):
        text = _text(w_str, "argument 1")
        errors = _host_errors(_errors_name(w_errors))
        byteorder = abstract.int_value(w_byteorder) if w_byteorder is not None else 0
        data, consumed = run_host_codec(host_func, text, errors, byteorder)
        return _result(data, consumed)
    return encode


def _ex_decoder(host_func):
    def decode(w_data, w_errors, w_byteorder, w_final):
        from glass.objects.int import new_int
        from glass.objects.tuple import new_tuple_owned
        data = _bytes_arg(w_data)
        errors = _host_errors(_errors_name(w_errors))
        byteorder = abstract.int_value(w_byteorder) if w_byteorder is not None else 0
        final = abstract.is_true(w_final) if w_final is not None else False
        text, consumed, order = run_host_codec(host_func, data, errors, byteorder, final)
        w_pair = _result(text, consumed)
        items = w_pair.items
        for w_item in items:
            w_item.ob_refcnt += 1
        decref(w_pair)
        return new_tuple_owned(items + [new_int(order)])
    return decode


_install_codec_functions()
