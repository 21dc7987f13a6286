"""Text streams: TextIOWrapper and IncrementalNewlineDecoder.

Counterpart: Modules/_io/textio.c.

A TextIOWrapper gets its codec from the guest's registry, as CPython does:
the codec's incremental decoder (guest code from encodings/ and codecs.py)
inside an IncrementalNewlineDecoder when newlines are universal, and its
incremental encoder, except for the codecs CPython encodes with in C
(FAST_ENCODERS).  So custom codecs, error handlers and the tracebacks of a
decoding error are CPython's.  Before the guest can import the encodings
package (early start-up) the host's codecs stand in (HostDecoder,
HostEncoder), with NewlineTranslator as the newline half.

tell() and seek() use CPython's cookie: the byte position of a point where
the decoder was empty, with the decoder flags, the bytes to feed again and
the characters to skip after it, packed into one int, so the numbers the
guest sees are CPython's.
"""
from __future__ import annotations

import codecs
import sys

from glass.modules._io import (W_TextIOBase, alloc, call_method, is_none, lookup_attr,
                               new_bool, new_int, new_none, new_str, newref,
                               operation_error_text, optional_ssize, swallow, unsupported,
                               _chain)
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      type_error, value_error)
from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import BASETYPE, HAVE_GC, builtin_type, getter, method, setter, slot
from glass.vm import pystate
from glass.vm.preconfig import utf8_mode, warn_default_encoding

SEEN_LF, SEEN_CR, SEEN_CRLF = 1, 2, 4
CHUNK_SIZE = 8192


def _locale_encoding():
    """_Py_GetLocaleEncoding: what CPython started the same way would report
    (the host's view of the same locale; "UTF-8" on this project's machines)."""
    import locale
    try:
        return locale.getpreferredencoding(False) or "UTF-8"
    except Exception:
        return "UTF-8"


LOCALE_ENCODING = _locale_encoding()


def _signature(text):
    from glass.objects.signature import Signature
    return Signature.parse(text)


def validate_newline(newline):
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        raise value_error("illegal newline value: %s" % newline)


def find_line_ending(translated, universal, readnl, text, start=0, stop=None):
    """_PyIO_find_line_ending on text[start:stop]: (the length of its first
    line, or -1 if it has no line ending; when it has none, how much of it
    can be set aside: all but a final "\r" that may start a "\r\n")."""
    if stop is None:
        stop = len(text)
    if translated:
        index = text.find("\n", start, stop)
        return (index + 1 - start if index >= 0 else -1), stop - start
    if universal:
        lf = text.find("\n", start, stop)
        cr = text.find("\r", start, lf if lf >= 0 else stop)
        if cr >= 0:
            if cr + 1 < len(text) and text[cr + 1] == "\n" and cr + 1 < stop:
                return cr + 2 - start, 0
            return cr + 1 - start, 0
        if lf >= 0:
            return lf + 1 - start, 0
        return -1, stop - start
    index = text.find(readnl, start, stop)
    if index >= 0:
        return index + len(readnl) - start, 0
    consumed = stop - start
    if len(readnl) > 1 and stop > start and text[stop - 1] == readnl[0]:
        consumed -= 1       # a "\r" that may start the "\r\n" of the next chunk
    return -1, consumed


def _newlines_value(seen):
    """The `newlines` attribute for the kinds of line ending seen."""
    from glass.objects.tuple import new_tuple_owned
    names = [text for bit, text in ((SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n"))
             if seen & bit]
    if not names:
        return new_none()
    if len(names) == 1:
        return new_str(names[0])
    return new_tuple_owned([new_str(name) for name in names])


class NewlineTranslator:
    """The newline half of IncrementalNewlineDecoder, on host text: hold back
    a final "\\r" until the next chunk shows whether "\\n" follows, note
    which endings were seen, and translate them to "\\n" if asked."""
    __slots__ = ("translate", "pendingcr", "seennl")

    def __init__(self, translate):
        self.translate = translate
        self.pendingcr = False
        self.seennl = 0

    def decode(self, output, final):
        if self.pendingcr and (final or output):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        if "\r" in output or "\n" in output:
            crlf = output.count("\r\n")
            cr = output.count("\r") - crlf
            lf = output.count("\n") - crlf
            if lf:
                self.seennl |= SEEN_LF
            if cr:
                self.seennl |= SEEN_CR
            if crlf:
                self.seennl |= SEEN_CRLF
            if self.translate:
                if crlf:
                    output = output.replace("\r\n", "\n")
                if cr:
                    output = output.replace("\r", "\n")
        return output

    def newlines_object(self):
        return _newlines_value(self.seennl)


class HostDecoder:
    """A TextIOWrapper's decoder: the codec's incremental decoder, inside a
    NewlineTranslator when newlines are universal.  State is (bytes, int)
    as IncrementalNewlineDecoder.getstate gives it."""
    __slots__ = ("codec", "newlines", "encoding")

    def __init__(self, codec, newlines, encoding):
        self.codec = codec
        self.newlines = newlines
        self.encoding = encoding

    def decode(self, data, final=False):
        final = bool(final)
        try:
            output = self.codec.decode(data, final)
        except UnicodeDecodeError as error:
            raise _decode_error(error, self.encoding)
        except LookupError:
            raise _unknown_handler(self.codec.errors)
        if self.newlines is not None:
            output = self.newlines.decode(output, final)
        return output

    def decode_object(self, w_input, final):
        """decode() of what the buffer returned (a guest object)."""
        from glass.objects import stringlib
        data = stringlib.getbuffer(w_input)
        if data is None:
            raise self.refusal(w_input)
        return self.decode(bytes(data), final)

    def newlines_object(self):
        if self.newlines is None:
            return new_none()
        return self.newlines.newlines_object()

    def release(self):
        pass

    def refusal(self, w_input):
        """The TypeError the codec's decode() raises for a guest value that is
        not bytes-like: the host codec is asked with the host equivalent of
        None or a str, which CPython's would have been given."""
        from glass.objects.none import w_None
        from glass.objects.str import W_Str
        stand_in = None if w_input is w_None else \
            w_input.value if isinstance(w_input, W_Str) else _Opaque()
        try:
            type(self.codec)(self.codec.errors).decode(stand_in, True)
        except TypeError as error:
            message = str(error).replace("_Opaque", w_input.ob_type.name)
            return type_error(message)
        except Exception:
            pass
        return type_error("a bytes-like object is required, not '%s'"
                          % w_input.ob_type.name)

    def getstate(self):
        buffer, flags = self.codec.getstate()
        if self.newlines is None:
            return buffer, flags
        flags <<= 1
        if self.newlines.pendingcr:
            flags |= 1
        return buffer, flags

    def setstate(self, state):
        buffer, flags = state
        if self.newlines is None:
            self.codec.setstate((buffer, flags))
            return
        self.newlines.pendingcr = bool(flags & 1)
        self.codec.setstate((buffer, flags >> 1))

    def reset(self):
        if self.newlines is not None:
            self.newlines.seennl = 0
            self.newlines.pendingcr = False
        self.codec.reset()


class _Opaque:
    """A host value no codec accepts, standing for a guest object."""
    __slots__ = ()


def _decode_error(error, encoding):
    from glass.objects.bytes import new_bytes
    from glass.objects.str import _unicode_error
    name = error.encoding
    if name in ("latin1", "iso8859-1"):
        name = "latin-1"
    name = name.replace("utf16", "utf-16").replace("utf32", "utf-32")
    return _unicode_error("UnicodeDecodeError", name, new_bytes(bytes(error.object)),
                          error.start, error.end, error.reason)


def _encode_error(error):
    from glass.objects.str import _unicode_error
    name = error.encoding
    if name in ("latin1", "iso8859-1"):
        name = "latin-1"
    return _unicode_error("UnicodeEncodeError", name, new_str(error.object), error.start,
                          error.end, error.reason)


def _unknown_handler(errors):
    from glass.objects.exceptions import operation_error
    return operation_error("LookupError", "unknown error handler name '%s'" % errors)


class GuestDecoder:
    """A TextIOWrapper's decoder made by the guest's codec registry, as
    CPython makes it: the codec's incremental decoder (guest code, in
    encodings/ and codecs.py), inside an IncrementalNewlineDecoder when
    newlines are universal.  Called through the guest, so tracebacks,
    custom codecs and error handlers are CPython's."""
    __slots__ = ("w_decoder",)

    def __init__(self, w_decoder):
        self.w_decoder = w_decoder          # owned

    def release(self):
        w_decoder, self.w_decoder = self.w_decoder, None
        xdecref(w_decoder)

    def decode_object(self, w_input, final):
        """decoder.decode(input, final), checked to give a str."""
        from glass.objects.str import W_Str
        w_decoder = self.w_decoder
        if type(w_decoder) is W_IncrementalNewlineDecoder:
            w_output = w_decoder.decode_input(w_input, final)
        else:
            from glass.objects.bool import new_bool as make_bool
            w_final = make_bool(final)
            try:
                w_output = call_method(w_decoder, "decode", [w_input, w_final])
            finally:
                decref(w_final)
        try:
            if not isinstance(w_output, W_Str):
                raise type_error("decoder should return a string result, not '%s'"
                                 % w_output.ob_type.name)
            return w_output.value
        finally:
            decref(w_output)

    def decode(self, data, final=None):
        """decoder.decode(data), or decode(data, final) when final is given
        (tell() replays bytes with one argument, as CPython does)."""
        from glass.objects.bytes import new_bytes
        from glass.objects.str import W_Str
        w_data = new_bytes(data)
        try:
            if final is not None:
                return self.decode_object(w_data, final)
            w_output = call_method(self.w_decoder, "decode", [w_data])
        finally:
            decref(w_data)
        try:
            if not isinstance(w_output, W_Str):
                raise type_error("decoder should return a string result, not '%s'"
                                 % w_output.ob_type.name)
            return w_output.value
        finally:
            decref(w_output)

    def getstate(self):
        """decoder.getstate() as (bytes, int), with CPython's checks."""
        from glass.objects.bytes import W_Bytes
        from glass.objects.tuple import W_Tuple
        w_state = call_method(self.w_decoder, "getstate")
        try:
            if not isinstance(w_state, W_Tuple) or len(w_state.items) != 2:
                raise type_error("illegal decoder state")
            w_buffer, w_flags = w_state.items
            if not isinstance(w_buffer, W_Bytes):
                raise type_error("illegal decoder state: the first item should be a "
                                 "bytes object, not '%s'" % w_buffer.ob_type.name)
            return w_buffer.value, abstract.int_value(w_flags)
        finally:
            decref(w_state)

    def setstate(self, state):
        from glass.objects.bytes import new_bytes
        from glass.objects.tuple import new_tuple_owned
        buffer, flags = state
        w_state = new_tuple_owned([new_bytes(buffer), new_int(flags)])
        try:
            decref(call_method(self.w_decoder, "setstate", [w_state]))
        finally:
            decref(w_state)

    def reset(self):
        decref(call_method(self.w_decoder, "reset"))

    def newlines_object(self):
        w_newlines = lookup_attr(self.w_decoder, "newlines")
        return w_newlines if w_newlines is not None else new_none()


class HostEncoder:
    """The host's incremental encoder, before the guest's registry is up."""
    __slots__ = ("codec",)

    def __init__(self, codec):
        self.codec = codec

    def encode(self, text, wrapper):
        wrapper.encoding_start = False
        try:
            return self.codec.encode(text)
        except UnicodeEncodeError as error:
            raise _encode_error(error)
        except LookupError:
            raise _unknown_handler(self.codec.errors)

    def reset(self):
        self.codec.reset()

    def setstate(self, state):
        self.codec.setstate(state)

    def release(self):
        pass


# The codecs TextIOWrapper encodes with directly (textio.c's encodefuncs),
# by the codec's normalized name: (host function, byte order of the BOM kind).
FAST_ENCODERS = {
    "ascii": codecs.ascii_encode, "iso8859-1": codecs.latin_1_encode,
    "utf-8": codecs.utf_8_encode, "utf-16-be": codecs.utf_16_be_encode,
    "utf-16-le": codecs.utf_16_le_encode, "utf-16": codecs.utf_16_encode,
    "utf-32-be": codecs.utf_32_be_encode, "utf-32-le": codecs.utf_32_le_encode,
    "utf-32": codecs.utf_32_encode,
}
NATIVE_WITHOUT_BOM = {
    "utf-16": codecs.utf_16_le_encode if sys.byteorder == "little"
    else codecs.utf_16_be_encode,
    "utf-32": codecs.utf_32_le_encode if sys.byteorder == "little"
    else codecs.utf_32_be_encode,
}


class GuestEncoder:
    """A TextIOWrapper's encoder from the guest's registry.  For the codecs
    CPython encodes with in C (FAST_ENCODERS) the text is encoded here, as
    CPython skips the guest encoder then; the others call its encode()."""
    __slots__ = ("w_encoder", "fast", "name", "errors")

    def __init__(self, w_encoder, name, errors):
        self.w_encoder = w_encoder          # owned
        self.name = name
        self.fast = FAST_ENCODERS.get(name)
        self.errors = errors

    def release(self):
        w_encoder, self.w_encoder = self.w_encoder, None
        xdecref(w_encoder)

    def encode(self, text, wrapper):
        from glass.modules._codecs import (BUILTIN_ERROR_HANDLERS, _host_errors,
                                           run_host_codec)
        from glass.objects.bytes import W_Bytes
        from glass.objects.str import new_str as make_str
        if self.fast is not None:
            func = self.fast
            if self.name in NATIVE_WITHOUT_BOM and not wrapper.encoding_start:
                func = NATIVE_WITHOUT_BOM[self.name]
            wrapper.encoding_start = False
            errors = self.errors
            if errors not in BUILTIN_ERROR_HANDLERS:
                # The C encoders look a handler up only when they need one.
                try:
                    return func(text, "strict")[0]
                except UnicodeEncodeError:
                    pass
                errors = _host_errors(errors)
            return run_host_codec(func, text, errors)[0]
        w_text = make_str(text)
        try:
            w_data = call_method(self.w_encoder, "encode", [w_text])
        finally:
            decref(w_text)
        try:
            if not isinstance(w_data, W_Bytes):
                raise type_error("encoder should return a bytes object, not '%s'"
                                 % w_data.ob_type.name)
            return w_data.value
        finally:
            decref(w_data)

    def reset(self):
        decref(call_method(self.w_encoder, "reset"))

    def setstate(self, state):
        w_state = new_int(state)
        try:
            decref(call_method(self.w_encoder, "setstate", [w_state]))
        finally:
            decref(w_state)


def lookup_text_codec(encoding):
    """_PyCodec_LookupTextEncoding(encoding, "codecs.open()"): the guest
    registry's CodecInfo (a new reference) once the guest can import the
    encodings package; until then the host's CodecInfo."""
    if "\0" in encoding:
        raise value_error("embedded null character")
    if _guest_registry_ready():
        from glass.modules._codecs import lookup
        try:
            w_info = lookup(encoding)
        except OperationError as error:
            # An encoding whose guest module needs a C module Glass does not
            # have yet (the CJK codecs): the host's codec stands in for it.
            if not error.match(EXCEPTION_TYPES["LookupError"]) or \
                    not _host_knows(encoding):
                raise
            swallow(error)
            return _host_text_codec(encoding)
        w_flag = lookup_attr(w_info, "_is_text_encoding")
        if w_flag is not None:
            try:
                is_text = abstract.is_true(w_flag)
            finally:
                decref(w_flag)
            if not is_text:
                decref(w_info)
                from glass.objects.exceptions import operation_error
                raise operation_error("LookupError", "'%s' is not a text encoding; use "
                                      "codecs.open() to handle arbitrary codecs" % encoding)
        return w_info
    return _host_text_codec(encoding)


def _host_knows(encoding):
    try:
        codecs.lookup(encoding)
    except (LookupError, UnicodeError):     # a lone surrogate cannot reach the host's
        return False
    return True


def _host_text_codec(encoding):
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        from glass.objects.exceptions import operation_error
        raise operation_error("LookupError", "unknown encoding: %s" % encoding)
    if not getattr(info, "_is_text_encoding", True):
        from glass.objects.exceptions import operation_error
        raise operation_error("LookupError", "'%s' is not a text encoding; use "
                              "codecs.open() to handle arbitrary codecs" % encoding)
    return info


def _guest_registry_ready():
    """Whether the guest's codec registry can answer (encodings importable)."""
    from glass.modules._codecs import registry
    from glass.vm import pystate
    if registry().search_functions_w:
        return True
    return getattr(pystate.interpreter(), "w_importlib", None) is not None


# --- IncrementalNewlineDecoder --------------------------------------------------------

_DECODER_SIGNATURE = _signature("(decoder, translate, errors='strict')")


@builtin_type("_io.IncrementalNewlineDecoder", flags=BASETYPE | HAVE_GC)
class W_IncrementalNewlineDecoder(W_Object):
    """IncrementalNewlineDecoder(decoder, translate, errors='strict')
--

Codec used when reading a file in universal newlines mode.

It wraps another incremental decoder, translating \\r\\n and \\r into \\n.
It also records the types of newlines encountered.  When used with
translate=False, it ensures that the newline sequence is returned in
one piece. When used with decoder=None, it expects unicode strings as
decode input and translates newlines without first invoking an external
decoder."""
    __slots__ = ("w_decoder", "w_errors", "newlines", "ok")

    def __init__(self, w_type):
        from glass.objects.object import W_Object
        W_Object.__init__(self, w_type)
        self.w_decoder = None
        self.w_errors = None
        self.newlines = NewlineTranslator(False)
        self.ok = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        if w_type is W_IncrementalNewlineDecoder.w_type:
            return W_IncrementalNewlineDecoder(w_type)
        from glass.objects.typeobject import _new_instance
        w_obj = _new_instance(w_type)
        w_obj.w_decoder = w_obj.w_errors = None
        w_obj.newlines = NewlineTranslator(False)
        w_obj.ok = False
        return w_obj

    @slot("tp_init")
    def init(self, args_w, kwnames):
        w_decoder, w_translate, w_errors = _DECODER_SIGNATURE.bind(
            "IncrementalNewlineDecoder", args_w, kwnames)
        translate = abstract.is_true(w_translate)
        w_errors = newref(w_errors) if w_errors is not None else new_str("strict")
        self.clear_fields()
        self.w_decoder = newref(w_decoder)
        self.w_errors = w_errors
        self.newlines = NewlineTranslator(translate)
        self.ok = True

    def clear_fields(self):
        w_decoder, w_errors = self.w_decoder, self.w_errors
        self.w_decoder = self.w_errors = None
        xdecref(w_decoder)
        xdecref(w_errors)

    @slot("tp_dealloc")
    def dealloc(self):
        self.clear_fields()
        w_dict = getattr(self, "w_dict", None)
        if w_dict is not None:
            self.w_dict = None
            decref(w_dict)

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_value in (self.w_decoder, self.w_errors):
            if w_value is not None:
                visit(w_value)

    def check_ok(self):
        if not self.ok:
            raise value_error("IncrementalNewlineDecoder.__init__() not called")

    @method("($self, /, input, final=False)")
    def decode(self, w_input, w_final):
        final = abstract.is_true(w_final) if w_final is not None else False
        return self.decode_input(w_input, final)

    def decode_input(self, w_input, final):
        """Counterpart: _PyIncrementalNewlineDecoder_decode: the wrapped
        decoder's output (or the input itself), newlines translated."""
        from glass.objects.str import W_Str
        self.check_ok()
        if not is_none(self.w_decoder):
            from glass.objects.bool import new_bool as make_bool
            w_flag = make_bool(final)
            try:
                w_output = call_method(self.w_decoder, "decode", [w_input, w_flag])
            finally:
                decref(w_flag)
        else:
            w_output = newref(w_input)
        try:
            if not isinstance(w_output, W_Str):
                raise type_error("decoder should return a string result, not '%s'"
                                 % w_output.ob_type.name)
            text = w_output.value
        finally:
            decref(w_output)
        return new_str(self.newlines.decode(text, final))

    @method("($self, /)")
    def getstate(self):
        from glass.objects.bytes import W_Bytes, new_bytes
        from glass.objects.int import W_Int
        from glass.objects.tuple import W_Tuple, new_tuple_owned
        self.check_ok()
        if not is_none(self.w_decoder):
            w_state = call_method(self.w_decoder, "getstate")
            try:
                if not isinstance(w_state, W_Tuple):
                    raise type_error("illegal decoder state")
                if len(w_state.items) != 2:
                    raise type_error("illegal decoder state")
                w_buffer, w_flag = w_state.items
                if not isinstance(w_flag, W_Int):
                    raise type_error("illegal decoder state")
                flag = w_flag.value
                w_buffer = newref(w_buffer)
            finally:
                decref(w_state)
            flag <<= 1
        else:
            w_buffer = new_bytes(b"")
            flag = 0
        if self.newlines.pendingcr:
            flag |= 1
        return new_tuple_owned([w_buffer, new_int(flag)])

    @method("($self, state, /)")
    def setstate(self, w_state):
        from glass.objects.int import W_Int
        from glass.objects.tuple import W_Tuple, new_tuple_owned
        self.check_ok()
        if not isinstance(w_state, W_Tuple):
            raise type_error("state argument must be a tuple")
        if len(w_state.items) != 2 or not isinstance(w_state.items[1], W_Int):
            raise type_error("illegal state argument")
        w_buffer, w_flag = w_state.items
        flag = w_flag.value
        self.newlines.pendingcr = bool(flag & 1)
        if not is_none(self.w_decoder):
            w_inner = new_tuple_owned([newref(w_buffer), new_int(flag >> 1)])
            try:
                decref(call_method(self.w_decoder, "setstate", [w_inner]))
            finally:
                decref(w_inner)

    @method("($self, /)")
    def reset(self):
        self.check_ok()
        self.newlines.seennl = 0
        self.newlines.pendingcr = False
        if not is_none(self.w_decoder):
            decref(call_method(self.w_decoder, "reset"))

    @getter("newlines")
    def get_newlines(self):
        self.check_ok()
        return self.newlines.newlines_object()


# --- TextIOWrapper --------------------------------------------------------------------

_WRAPPER_SIGNATURE = _signature("(buffer, encoding=None, errors=None, newline=None, "
                                "line_buffering=False, write_through=False)")
_RECONFIGURE_SIGNATURE = _signature("($self, /, *, encoding=None, errors=None, "
                                    "newline=None, line_buffering=None, "
                                    "write_through=None)")


def _optional_text(w_arg, func, name, null_check=True):
    """The str(accept={str, NoneType}) converter: a C string, so UTF-8
    encodable and (when null_check) free of NUL characters."""
    from glass.objects.str import W_Str
    if w_arg is None or is_none(w_arg):
        return None
    if not isinstance(w_arg, W_Str):
        raise type_error("%s() argument '%s' must be str or None, not %s"
                         % (func, name, argument_type_name(w_arg)))
    _check_utf8(w_arg)
    if null_check and "\0" in w_arg.value:
        raise value_error("embedded null character")
    return w_arg.value


def _check_utf8(w_str):
    """PyUnicode_AsUTF8: a lone surrogate cannot be encoded."""
    try:
        w_str.value.encode("utf-8")
    except UnicodeEncodeError as error:
        from glass.objects.str import _unicode_error
        raise _unicode_error("UnicodeEncodeError", "utf-8", w_str, error.start, error.end,
                             "surrogates not allowed")


def pack_cookie(position, dec_flags=0, bytes_to_feed=0, need_eof=False, chars_to_skip=0):
    return (position | (dec_flags << 64) | (bytes_to_feed << 128) |
            (chars_to_skip << 192) | (int(bool(need_eof)) << 256))


def unpack_cookie(cookie):
    rest, position = divmod(cookie, 1 << 64)
    rest, dec_flags = divmod(rest, 1 << 64)
    rest, bytes_to_feed = divmod(rest, 1 << 64)
    need_eof, chars_to_skip = divmod(rest, 1 << 64)
    return position, dec_flags, bytes_to_feed, bool(need_eof), chars_to_skip


def warn_if_default_encoding(config, stacklevel):
    """PEP 597: EncodingWarning where no encoding was given, when
    -X warn_default_encoding asks for it."""
    if warn_default_encoding(config):
        from glass.modules._warnings import warn
        warn("EncodingWarning", "'encoding' argument not specified", stacklevel)


def _optional_flag(w_value, default):
    """convert_optional_bool: None keeps the default; otherwise the value
    as a C long (its __index__, not its truth), then whether it is nonzero."""
    if w_value is None or is_none(w_value):
        return default
    from glass.objects.stringlib import long_arg
    return long_arg(w_value) != 0


@builtin_type("_io.TextIOWrapper", base=W_TextIOBase, flags=BASETYPE | HAVE_GC)
class W_TextIOWrapper(W_TextIOBase):
    """TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
              line_buffering=False, write_through=False)
--

Character and line based layer over a BufferedIOBase object, buffer.

encoding gives the name of the encoding that the stream will be
decoded or encoded with. It defaults to locale.getencoding().

errors determines the strictness of encoding and decoding (see
help(codecs.Codec) or the documentation for codecs.register) and
defaults to "strict".

newline controls how line endings are handled. It can be None, '',
'\\n', '\\r', and '\\r\\n'.  It works as follows:

* On input, if newline is None, universal newlines mode is
  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and
  these are translated into '\\n' before being returned to the
  caller. If it is '', universal newline mode is enabled, but line
  endings are returned to the caller untranslated. If it has any of
  the other legal values, input lines are only terminated by the given
  string, and the line ending is returned to the caller untranslated.

* On output, if newline is None, any '\\n' characters written are
  translated to the system default line separator, os.linesep. If
  newline is '' or '\\n', no translation takes place. If newline is any
  of the other legal values, any '\\n' characters written are translated
  to the given string.

If line_buffering is True, a call to flush is implied when a call to
write contains a newline character."""
    __slots__ = ("ok", "detached", "w_buffer", "w_raw", "encoding", "errors", "decoder",
                 "encoder", "readuniversal", "readtranslate", "readnl",
                 "writetranslate", "writenl", "line_buffering", "write_through",
                 "seekable_", "telling", "has_read1", "decoded_chars",
                 "decoded_chars_used", "snapshot", "b2cratio", "pending", "pending_count",
                 "chunk_size", "finalizing", "encoding_start")

    def __init__(self, w_type):
        W_TextIOBase.__init__(self, w_type)
        self.ok = self.detached = False
        self.w_buffer = None
        self.w_raw = None               # the FileIO under an exact buffered stream
        self.encoding = self.errors = None
        self.decoder = self.encoder = None
        self.readuniversal = self.readtranslate = self.writetranslate = False
        self.readnl = self.writenl = None
        self.line_buffering = self.write_through = False
        self.seekable_ = self.telling = self.has_read1 = False
        self.decoded_chars = ""
        self.decoded_chars_used = 0
        self.snapshot = None            # (dec_flags, next_input) or None
        self.b2cratio = 0.0
        self.pending = []
        self.pending_count = 0
        self.chunk_size = CHUNK_SIZE
        self.finalizing = False
        self.encoding_start = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return alloc(W_TextIOWrapper, w_type)

    def clear_fields(self):
        w_buffer, self.w_buffer = self.w_buffer, None
        w_raw, self.w_raw = self.w_raw, None
        self.release_codecs()
        xdecref(w_buffer)
        xdecref(w_raw)

    def release_codecs(self):
        decoder, encoder = self.decoder, self.encoder
        self.decoder = self.encoder = None
        if decoder is not None:
            decoder.release()
        if encoder is not None:
            encoder.release()

    def owned_fields(self):
        return (self.w_buffer, self.w_raw,
                getattr(self.decoder, "w_decoder", None),
                getattr(self.encoder, "w_encoder", None))

    def clear_references(self):
        """textiowrapper_clear."""
        self.ok = False
        self.clear_fields()

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: _io_TextIOWrapper___init___impl."""
        (w_buffer, w_encoding, w_errors, w_newline, w_line_buffering,
         w_write_through) = _WRAPPER_SIGNATURE.bind("TextIOWrapper", args_w, kwnames)
        from glass.objects.str import W_Str
        self.ok = self.detached = False
        encoding = _optional_text(w_encoding, "TextIOWrapper", "encoding")
        newline = _optional_text(w_newline, "TextIOWrapper", "newline")
        if w_errors is None or is_none(w_errors):
            errors = "strict"
        elif not isinstance(w_errors, W_Str):
            raise type_error("TextIOWrapper() argument 'errors' must be str or None, "
                             "not %s" % w_errors.ob_type.name)
        else:
            errors = _optional_text(w_errors, "TextIOWrapper", "errors")
        validate_newline(newline)
        line_buffering = _flag_arg(w_line_buffering)
        write_through = _flag_arg(w_write_through)
        config = pystate.interpreter().config
        if encoding is None:
            warn_if_default_encoding(config, 1)
        if getattr(config, "dev_mode", False) and w_errors is not None and \
                not is_none(w_errors):
            from glass.modules._codecs import find_error_handler
            find_error_handler(errors)                   # io_check_errors
        if encoding is None and utf8_mode(config):
            encoding = "utf-8"
        elif encoding is None or encoding == "locale":
            encoding = LOCALE_ENCODING
        info = lookup_text_codec(encoding)
        try:
            self.init_with_codec(w_buffer, info, encoding, errors, newline,
                                 line_buffering, write_through)
        finally:
            if isinstance(info, W_Object):
                decref(info)

    def init_with_codec(self, w_buffer, info, encoding, errors, newline, line_buffering,
                        write_through):
        self.decoded_chars, self.decoded_chars_used = "", 0
        self.pending = []
        self.pending_count = 0
        self.snapshot = None
        self.encoding = encoding
        self.errors = errors
        self.chunk_size = CHUNK_SIZE
        self.line_buffering, self.write_through = line_buffering, write_through
        self.set_newline(newline)
        w_old, self.w_buffer = self.w_buffer, newref(w_buffer)
        xdecref(w_old)
        self.set_codecs(info, errors)
        self.find_raw()
        self.seekable_ = self.telling = _call_bool(w_buffer, "seekable")
        w_read1 = lookup_attr(w_buffer, "read1")
        self.has_read1 = w_read1 is not None
        xdecref(w_read1)
        self.encoding_start = False
        self.fix_encoder_state()
        self.ok = True

    def find_raw(self):
        """Keep the FileIO under an exact BufferedReader/Writer/Random, whose
        closed state can then be read directly (CPython's self->raw)."""
        from glass.modules._io import W_FileIO
        from glass.modules._io_buffered import (W_BufferedRandom, W_BufferedReader,
                                                W_BufferedWriter)
        w_old, self.w_raw = self.w_raw, None
        xdecref(w_old)
        if type(self.w_buffer) in (W_BufferedReader, W_BufferedWriter, W_BufferedRandom) \
                and self.w_buffer.ob_type is type(self.w_buffer).w_type:
            w_raw = abstract.getattr_str(self.w_buffer, "raw")
            if type(w_raw) is W_FileIO and w_raw.ob_type is W_FileIO.w_type:
                self.w_raw = w_raw
            else:
                decref(w_raw)

    def set_newline(self, newline):
        self.readnl = newline
        self.readuniversal = newline is None or newline == ""
        self.readtranslate = newline is None
        self.writetranslate = newline is None or newline != ""
        if not self.readuniversal and self.readnl:
            self.writenl = self.readnl
            if self.writenl == "\n":
                self.writenl = None
        else:
            self.writenl = None          # os.linesep is "\n" here

    def set_codecs(self, info, errors):
        """_textiowrapper_set_decoder and _set_encoder: as the buffer allows."""
        self.release_codecs()
        if not isinstance(info, W_Object):          # the host's, early on
            if _call_bool(self.w_buffer, "readable"):
                newlines = NewlineTranslator(self.readtranslate) if self.readuniversal \
                    else None
                self.decoder = HostDecoder(info.incrementaldecoder(errors), newlines,
                                           self.encoding)
            if _call_bool(self.w_buffer, "writable"):
                self.encoder = HostEncoder(info.incrementalencoder(errors))
            return
        if _call_bool(self.w_buffer, "readable"):
            w_decoder = _codec_part(info, "incrementaldecoder", errors)
            if self.readuniversal:
                from glass.objects.bool import new_bool as make_bool
                w_translate = make_bool(self.readtranslate)
                try:
                    w_wrapped = abstract.call(W_IncrementalNewlineDecoder.w_type,
                                              [w_decoder, w_translate])
                finally:
                    decref(w_decoder)
                    decref(w_translate)
                w_decoder = w_wrapped
            self.decoder = GuestDecoder(w_decoder)
        if _call_bool(self.w_buffer, "writable"):
            w_encoder = _codec_part(info, "incrementalencoder", errors)
            w_name = lookup_attr(info, "name")
            from glass.objects.str import W_Str
            name = w_name.value if isinstance(w_name, W_Str) else None
            xdecref(w_name)
            self.encoder = GuestEncoder(w_encoder, name, errors)

    def fix_encoder_state(self):
        """_textiowrapper_fix_encoder_state: no BOM in the middle of a file."""
        if not self.seekable_ or self.encoder is None:
            return
        self.encoding_start = True
        w_position = call_method(self.w_buffer, "tell")
        try:
            at_start = abstract.int_value(w_position) == 0
        finally:
            decref(w_position)
        if not at_start:
            self.encoding_start = False
            self.encoder.setstate(0)

    # --- checks -----------------------------------------------------------------------

    def check_attached(self):
        if not self.ok:
            if self.detached:
                raise value_error("underlying buffer has been detached")
            raise value_error("I/O operation on uninitialized object")

    def check_closed(self):
        """CHECK_CLOSED: the buffer's `closed` for an exact TextIOWrapper,
        the guest `closed` of a subclass."""
        if self.ob_type is W_TextIOWrapper.w_type:
            if self.w_raw is not None:
                if self.w_raw.fd < 0:
                    raise value_error("I/O operation on closed file.")
                return
            w_closed = abstract.getattr_str(self.w_buffer, "closed")
        else:
            w_closed = abstract.getattr_str(self, "closed")
        try:
            closed = abstract.is_true(w_closed)
        finally:
            decref(w_closed)
        if closed:
            raise value_error("I/O operation on closed file.")

    # --- decoded characters -----------------------------------------------------------

    def set_decoded_chars(self, text):
        self.decoded_chars = text
        self.decoded_chars_used = 0

    def get_decoded_chars(self, size):
        available = len(self.decoded_chars) - self.decoded_chars_used
        if size < 0 or size > available:
            size = available
        start = self.decoded_chars_used
        self.decoded_chars_used += size
        return self.decoded_chars[start:start + size]

    def read_chunk(self, size_hint):
        """Counterpart: textiowrapper_read_chunk: one read of the buffer,
        decoded; a snapshot for tell() first.  False at EOF."""
        from glass.objects import stringlib
        if self.decoder is None:
            raise unsupported("not readable")
        if self.telling:
            dec_buffer, dec_flags = self.decoder.getstate()
        if size_hint > 0:
            size_hint = int(max(self.b2cratio, 1.0) * size_hint)
        w_size = new_int(max(self.chunk_size, size_hint))
        name = "read1" if self.has_read1 else "read"
        try:
            w_chunk = call_method(self.w_buffer, name, [w_size])
        finally:
            decref(w_size)
        try:
            data = stringlib.getbuffer(w_chunk)
            if data is None:
                raise type_error("underlying %s() should have returned a bytes-like "
                                 "object, not '%s'" % (name, w_chunk.ob_type.name))
            data = bytes(data)
            eof = not data
            text = self.decoder.decode_object(w_chunk, eof)
        finally:
            decref(w_chunk)
        self.set_decoded_chars(text)
        self.b2cratio = len(data) / len(text) if text else 0.0
        if text:
            eof = False
        if self.telling:
            self.snapshot = (dec_flags, dec_buffer + data)
        return not eof

    def write_flush(self):
        """_textiowrapper_writeflush: hand the pending bytes to the buffer."""
        if not self.pending:
            return
        from glass.objects.bytes import new_bytes
        data = b"".join(self.pending)
        self.pending = []
        self.pending_count = 0
        w_data = new_bytes(data)
        try:
            decref(call_method(self.w_buffer, "write", [w_data]))
        finally:
            decref(w_data)

    # --- reading ----------------------------------------------------------------------

    @method("($self, size=-1, /)")
    def read(self, w_size):
        self.check_attached()
        size = optional_ssize(w_size)
        self.check_closed()
        if self.decoder is None:
            raise unsupported("not readable")
        self.write_flush()
        if size < 0:
            w_bytes = call_method(self.w_buffer, "read")
            try:
                decoded = self.decoder.decode_object(w_bytes, True)
            finally:
                decref(w_bytes)
            result = self.get_decoded_chars(-1) + decoded
            self.set_decoded_chars("")
            self.snapshot = None
            return new_str(result)
        chunks = [self.get_decoded_chars(size)]
        remaining = size - len(chunks[0])
        while remaining > 0:
            if not self.read_chunk(remaining):
                break
            piece = self.get_decoded_chars(remaining)
            chunks.append(piece)
            remaining -= len(piece)
        return new_str("".join(chunks))

    @method("($self, size=-1, /)")
    def readline(self, w_size):
        from glass.modules._io import ssize_arg
        limit = ssize_arg(w_size, -1)
        self.check_attached()
        return new_str(self.readline_text(limit))

    def readline_text(self, limit):
        """Counterpart: _textiowrapper_readline."""
        self.check_closed()
        self.write_flush()
        chunks = []
        chunked = 0
        remaining = None
        line = None
        start = end = offset = 0
        while True:
            more = True
            while self.decoded_chars_used >= len(self.decoded_chars):
                more = self.read_chunk(0)
                if not more:
                    break
            if not more:
                self.set_decoded_chars("")
                self.snapshot = None
                start = end = offset = 0
                line = None
                break
            if remaining is None:
                line = self.decoded_chars
                start = self.decoded_chars_used
                offset = 0
            else:
                line = remaining + self.decoded_chars
                start = 0
                offset = len(remaining)
                remaining = None
            found, consumed = find_line_ending(self.readtranslate, self.readuniversal,
                                               self.readnl, line, start)
            if found >= 0:
                end = start + found
                if limit >= 0 and (end - start) + chunked >= limit:
                    end = start + limit - chunked
                break
            end = start + consumed
            if limit >= 0 and (end - start) + chunked >= limit:
                end = start + limit - chunked
                break
            if end > start:
                chunks.append(line[start:end])
                chunked += end - start
            if end < len(line):
                remaining = line[end:]
            line = None
            self.set_decoded_chars("")
        if line is not None:
            self.decoded_chars_used = end - offset
            line = line[start:end]
        if remaining is not None:
            chunks.append(remaining)
        if chunks:
            if line:
                chunks.append(line)
            line = "".join(chunks)
        return line or ""

    @slot("tp_iternext")
    def iternext(self):
        """Counterpart: textiowrapper_iternext: tell() is off while iterating."""
        from glass.objects.str import W_Str
        self.check_attached()
        self.telling = False
        if self.ob_type is W_TextIOWrapper.w_type:
            text = self.readline_text(-1)
            if text:
                return new_str(text)
        else:
            w_line = call_method(self, "readline")
            if not isinstance(w_line, W_Str):
                kind = w_line.ob_type.name
                decref(w_line)
                raise operation_error_text("OSError", "readline() should have returned a "
                                           "str object, not '%s'" % kind)
            if w_line.value:
                return w_line
            decref(w_line)
        self.snapshot = None
        self.telling = self.seekable_
        return None

    # --- writing ----------------------------------------------------------------------

    @method("($self, text, /)")
    def write(self, w_text):
        # Counterpart: _io_TextIOWrapper_write_impl.
        from glass.objects.str import W_Str
        self.check_attached()
        if not isinstance(w_text, W_Str):
            given = "None" if is_none(w_text) else w_text.ob_type.name
            raise type_error("write() argument must be str, not %s" % given)
        self.check_closed()
        if self.encoder is None:
            raise unsupported("not writable")
        text = w_text.value
        length = len(text)
        has_lf = "\n" in text if (self.writetranslate and self.writenl is not None) \
            or self.line_buffering else False
        if has_lf and self.writetranslate and self.writenl is not None:
            text = text.replace("\n", self.writenl)
        need_flush = self.line_buffering and (has_lf or "\r" in text)
        data = self.encoder.encode(text, self)
        if self.pending_count + len(data) > self.chunk_size:
            self.write_flush()          # never join more than a chunk
        self.pending.append(data)
        self.pending_count += len(data)
        if self.pending_count >= self.chunk_size or need_flush or self.write_through:
            self.write_flush()
        if need_flush:
            decref(call_method(self.w_buffer, "flush"))
        self.set_decoded_chars("")
        self.snapshot = None
        if self.decoder is not None:
            self.decoder.reset()
        return new_int(length)

    @method("($self, /)")
    def flush(self):
        self.check_attached()
        self.check_closed()
        self.telling = self.seekable_
        self.write_flush()
        return call_method(self.w_buffer, "flush")

    @method("($self, /)")
    def close(self):
        # Counterpart: _io_TextIOWrapper_close_impl.
        self.check_attached()
        w_closed = abstract.getattr_str(self, "closed")
        try:
            closed = abstract.is_true(w_closed)
        finally:
            decref(w_closed)
        if closed:
            return new_none()
        if self.finalizing:
            try:
                decref(call_method(self.w_buffer, "_dealloc_warn", [self]))
            except OperationError as error:
                swallow(error)
        first = None
        try:
            decref(call_method(self, "flush"))
        except OperationError as error:
            first = error
        try:
            w_res = call_method(self.w_buffer, "close")
        except OperationError as error:
            if first is not None:
                _chain(error, first)
            raise
        if first is not None:
            decref(w_res)
            raise first
        return w_res

    @method("($self, /)")
    def detach(self):
        self.check_attached()
        decref(call_method(self, "flush"))
        w_buffer, self.w_buffer = self.w_buffer, None
        w_raw, self.w_raw = self.w_raw, None
        xdecref(w_raw)
        self.detached, self.ok = True, False
        return w_buffer

    # --- positioning ------------------------------------------------------------------

    @method("($self, /)")
    def tell(self):
        """Return the stream position as an opaque number.

The return value of tell() can be given as input to seek(), to restore a
previous stream position."""
        self.check_attached()
        self.check_closed()
        if not self.seekable_:
            raise unsupported("underlying stream is not seekable")
        if not self.telling:
            raise operation_error_text("OSError", "telling position disabled by next() "
                                       "call")
        self.write_flush()
        decref(call_method(self, "flush"))
        w_position = call_method(self.w_buffer, "tell")
        if self.decoder is None or self.snapshot is None:
            return w_position
        try:
            position = abstract.int_value(w_position)
        finally:
            decref(w_position)
        return new_int(self.compute_cookie(position))

    def compute_cookie(self, position):
        decoder = self.decoder
        dec_flags, next_input = self.snapshot
        start_pos = position - len(next_input)
        chars_to_skip = self.decoded_chars_used
        if chars_to_skip == 0:
            return pack_cookie(start_pos, dec_flags)
        saved_state = decoder.getstate()
        try:
            def restart(flags):
                if start_pos == 0 and flags == 0:
                    decoder.reset()
                else:
                    decoder.setstate((b"", flags))
            skip_bytes = int(self.b2cratio * chars_to_skip)
            skip_back = 1
            while skip_bytes > 0:
                restart(dec_flags)
                count = len(decoder.decode(next_input[:skip_bytes]))
                if count <= chars_to_skip:
                    buffered, flags = decoder.getstate()
                    if not buffered:
                        dec_flags = flags
                        chars_to_skip -= count
                        break
                    skip_bytes -= len(buffered)
                    skip_back = 1
                else:
                    skip_bytes -= skip_back
                    skip_back *= 2
            if skip_bytes <= 0:
                skip_bytes = 0
                restart(dec_flags)
            start_pos += skip_bytes
            bytes_to_feed = 0
            need_eof = False
            if chars_to_skip == 0:
                return pack_cookie(start_pos, dec_flags)
            chars_decoded = 0
            index = skip_bytes
            while index < len(next_input):
                chars_decoded += len(decoder.decode(next_input[index:index + 1]))
                bytes_to_feed += 1
                buffered, flags = decoder.getstate()
                if not buffered and chars_decoded <= chars_to_skip:
                    start_pos += bytes_to_feed
                    chars_to_skip -= chars_decoded
                    dec_flags = flags
                    bytes_to_feed = 0
                    chars_decoded = 0
                if chars_decoded >= chars_to_skip:
                    break
                index += 1
            if index == len(next_input):
                chars_decoded += len(decoder.decode(b"", True))
                need_eof = True
                if chars_decoded < chars_to_skip:
                    raise operation_error_text("OSError", "can't reconstruct logical "
                                               "file position")
            return pack_cookie(start_pos, dec_flags, bytes_to_feed, need_eof,
                               chars_to_skip)
        finally:
            decoder.setstate(saved_state)

    @method("($self, cookie, whence=os.SEEK_SET, /)")
    def seek(self, w_cookie, w_whence):
        """Set the stream position, and return the new stream position.

  cookie
    Zero or an opaque number returned by tell().
  whence
    The relative position to seek from.

Four operations are supported, given by the following argument
combinations:

- seek(0, SEEK_SET): Rewind to the start of the stream.
- seek(cookie, SEEK_SET): Restore a previous position;
  'cookie' must be a number returned by tell().
- seek(0, SEEK_END): Fast-forward to the end of the stream.
- seek(0, SEEK_CUR): Leave the current stream position unchanged.

Any other argument combinations are invalid,
and may raise exceptions."""
        from glass.modules._io import int_arg
        from glass.objects.type import EQ, LT
        self.check_attached()
        whence = int_arg(w_whence, 0)
        self.check_closed()
        if not self.seekable_:
            raise unsupported("underlying stream is not seekable")
        w_zero = new_int(0)
        try:
            if whence == 1:
                if not abstract.rich_compare_bool(w_cookie, w_zero, EQ):
                    raise unsupported("can't do nonzero cur-relative seeks")
                w_cookie = call_method(self, "tell")
            elif whence == 2:
                if not abstract.rich_compare_bool(w_cookie, w_zero, EQ):
                    raise unsupported("can't do nonzero end-relative seeks")
                decref(call_method(self, "flush"))
                self.set_decoded_chars("")
                self.snapshot = None
                if self.decoder is not None:
                    self.decoder.reset()
                w_two = new_int(2)
                try:
                    w_res = call_method(self.w_buffer, "seek", [w_zero, w_two])
                finally:
                    decref(w_two)
                if self.encoder is not None:
                    try:
                        self.reset_encoder(abstract.int_value(w_res) == 0)
                    except OperationError:
                        decref(w_res)
                        raise
                return w_res
            elif whence != 0:
                raise value_error("invalid whence (%d, should be 0, 1 or 2)" % whence)
            else:
                w_cookie = newref(w_cookie)
            try:
                if abstract.rich_compare_bool(w_cookie, w_zero, LT):
                    raise value_error("negative seek position %s"
                                      % abstract.repr_text(w_cookie))
                decref(call_method(self, "flush"))
                self.seek_to_cookie(abstract.int_value(w_cookie))
                return newref(w_cookie)
            finally:
                decref(w_cookie)
        finally:
            decref(w_zero)

    def seek_to_cookie(self, cookie):
        from glass.objects import stringlib
        position, dec_flags, bytes_to_feed, need_eof, chars_to_skip = unpack_cookie(cookie)
        w_position = new_int(position)
        try:
            decref(call_method(self.w_buffer, "seek", [w_position]))
        finally:
            decref(w_position)
        self.set_decoded_chars("")
        self.snapshot = None
        if self.decoder is not None:
            if position == 0 and dec_flags == 0:
                self.decoder.reset()
            else:
                self.decoder.setstate((b"", dec_flags))
        if chars_to_skip:
            w_size = new_int(bytes_to_feed)
            try:
                w_chunk = call_method(self.w_buffer, "read", [w_size])
            finally:
                decref(w_size)
            from glass.objects.bytes import W_Bytes
            try:
                if not isinstance(w_chunk, W_Bytes):
                    raise type_error("underlying read() should have returned a bytes "
                                     "object, not '%s'" % w_chunk.ob_type.name)
                data = w_chunk.value
            finally:
                decref(w_chunk)
            self.snapshot = (dec_flags, data)
            self.set_decoded_chars(self.decoder.decode(data, need_eof))
            if len(self.decoded_chars) < chars_to_skip:
                raise operation_error_text("OSError", "can't restore logical file "
                                           "position")
            self.decoded_chars_used = chars_to_skip
        else:
            self.snapshot = (dec_flags, b"")
        if self.encoder is not None:
            self.reset_encoder(position == 0 and dec_flags == 0)

    def reset_encoder(self, start_of_stream):
        if start_of_stream:
            self.encoder.reset()
            self.encoding_start = True
        else:
            self.encoder.setstate(0)
            self.encoding_start = False

    @method("($self, pos=None, /)")
    def truncate(self, w_pos):
        from glass.objects.none import w_None
        self.check_attached()
        decref(call_method(self, "flush"))
        return call_method(self.w_buffer, "truncate",
                           [w_pos if w_pos is not None else w_None])

    # --- delegation and attributes ----------------------------------------------------

    @method("($self, /)")
    def fileno(self):
        self.check_attached()
        return call_method(self.w_buffer, "fileno")

    @method("($self, /)")
    def seekable(self):
        self.check_attached()
        return call_method(self.w_buffer, "seekable")

    @method("($self, /)")
    def readable(self):
        self.check_attached()
        return call_method(self.w_buffer, "readable")

    @method("($self, /)")
    def writable(self):
        self.check_attached()
        return call_method(self.w_buffer, "writable")

    @method("($self, /)")
    def isatty(self):
        self.check_attached()
        return call_method(self.w_buffer, "isatty")

    @method("($self, /, *, encoding=None, errors=None, newline=None, "
            "line_buffering=None, write_through=None)")
    def reconfigure(self, w_encoding, w_errors, w_newline, w_line_buffering,
                    w_write_through):
        """Reconfigure the text stream with new parameters.

This also does an implicit stream flush."""
        from glass.objects.str import W_Str
        self.check_attached()
        encoding = _optional_text(w_encoding, "reconfigure", "encoding", null_check=False)
        errors = _optional_text(w_errors, "reconfigure", "errors")
        newline_given = w_newline is not None
        newline = _optional_text(w_newline, "reconfigure", "newline") \
            if newline_given else None
        if self.decoded_chars and (encoding is not None or errors is not None
                                   or newline_given):
            raise unsupported("It is not possible to set the encoding or newline of "
                              "stream after the first read")
        if newline_given:
            validate_newline(newline)
        line_buffering = _optional_flag(w_line_buffering, self.line_buffering)
        write_through = _optional_flag(w_write_through, self.write_through)
        decref(call_method(self, "flush"))          # always: the implicit flush
        self.b2cratio = 0.0
        if encoding is not None or errors is not None or newline_given:
            if newline_given:
                self.set_newline(newline)
            if encoding is None:
                encoding = self.encoding
                if errors is None:
                    errors = self.errors
            else:
                if encoding == "locale":
                    encoding = LOCALE_ENCODING
                # The lookup is given a C string: it ends at a NUL.
                encoding = encoding.split("\0", 1)[0]
                if errors is None:
                    errors = "strict"
            info = lookup_text_codec(encoding)
            try:
                self.encoding, self.errors = encoding, errors
                self.set_codecs(info, errors)
            finally:
                if isinstance(info, W_Object):
                    decref(info)
            self.fix_encoder_state()
        self.line_buffering = line_buffering
        self.write_through = write_through
        return new_none()

    @slot("tp_repr")
    def repr(self):
        """Counterpart: textiowrapper_repr."""
        from glass.objects.list import repr_enter, repr_leave
        if not self.ok and not self.detached:
            raise value_error("I/O operation on uninitialized object")
        parts = ["<_io.TextIOWrapper"]
        if not repr_enter(self):
            from glass.objects.exceptions import runtime_error
            raise runtime_error("reentrant call inside %s.__repr__" % self.ob_type.name)
        try:
            for name in ("name", "mode"):
                try:
                    w_value = lookup_attr(self, name)
                except OperationError as error:
                    if name == "mode" or not error.match(EXCEPTION_TYPES["ValueError"]):
                        raise
                    swallow(error)
                    w_value = None
                if w_value is not None:
                    try:
                        parts.append(" %s=%s" % (name, abstract.repr_text(w_value)))
                    finally:
                        decref(w_value)
        finally:
            repr_leave(self)
        from glass.objects.str import str_repr
        parts.append(" encoding=%s>" % str_repr(self.encoding))
        return new_str("".join(parts))

    @getter("name")
    def get_name(self):
        self.check_attached()
        return abstract.getattr_str(self.w_buffer, "name")

    @getter("closed")
    def get_closed(self):
        self.check_attached()
        return abstract.getattr_str(self.w_buffer, "closed")

    @getter("newlines")
    def get_newlines(self):
        self.check_attached()
        if self.decoder is None:
            return new_none()
        return self.decoder.newlines_object()

    @getter("errors")
    def get_errors(self):
        # CHECK_INITIALIZED only: a detached wrapper still knows its errors.
        if not self.ok and not self.detached:
            raise value_error("I/O operation on uninitialized object")
        return new_str(self.errors)

    @getter("encoding", member=True)
    def get_encoding(self):
        return new_str(self.encoding) if self.encoding is not None else new_none()

    @getter("buffer", member=True)
    def get_buffer(self):
        return newref(self.w_buffer) if self.w_buffer is not None else new_none()

    @getter("line_buffering", member=True)
    def get_line_buffering(self):
        return new_bool(self.line_buffering)

    @getter("write_through", member=True)
    def get_write_through(self):
        return new_bool(self.write_through)

    @getter("_finalizing", member=True)
    def get_finalizing(self):
        return new_bool(self.finalizing)

    @setter("_finalizing")
    def set_finalizing(self, w_value):
        self.finalizing = abstract.is_true(w_value) if w_value is not None else False

    @getter("_CHUNK_SIZE")
    def get_chunk_size(self):
        self.check_attached()
        return new_int(self.chunk_size)

    @setter("_CHUNK_SIZE")
    def set_chunk_size(self, w_value):
        self.check_attached()
        if w_value is None:
            from glass.objects.exceptions import attribute_error
            raise attribute_error("cannot delete attribute")
        size = abstract.index_as_ssize(w_value, "OverflowError")
        if size <= 0:
            raise value_error("a strictly positive integer is required")
        self.chunk_size = size


def _codec_part(w_info, name, errors):
    """_PyCodecInfo_GetIncrementalDecoder/Encoder: codec_info.<name>(errors)."""
    w_factory = abstract.getattr_str(w_info, name)
    w_errors = new_str(errors)
    try:
        return abstract.call(w_factory, [w_errors])
    finally:
        decref(w_factory)
        decref(w_errors)


def _flag_arg(w_arg):
    """An `int` clinic argument used as a flag (line_buffering, write_through)."""
    if w_arg is None:
        return False
    from glass.modules._io import int_arg
    return bool(int_arg(w_arg, 0))


def _call_bool(w_obj, name):
    w_res = call_method(w_obj, name)
    try:
        return abstract.is_true(w_res)
    finally:
        decref(w_res)
