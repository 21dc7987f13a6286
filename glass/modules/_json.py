"""The _json module: the JSON scanner and encoder that speed up json.

Counterpart: Modules/_json.c.

json works without this module (json.decoder and json.encoder carry
pure-Python versions of everything here); these are the same algorithms
run on the host side, which is what makes them fast: the scanner reads the
host str of the document and builds guest values directly, the encoder
walks guest values and joins host strs.  Guest code still runs where C's
does: the hooks, parse_float/parse_int/parse_constant when they are not the
builtins, default(), a custom string encoder, a dict subclass's items().
"""
from __future__ import annotations

import math as host_math
from json.encoder import encode_basestring as host_encode_unicode
from json.encoder import encode_basestring_ascii as host_encode_ascii

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      operation_error, type_error, value_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import HAVE_GC, builtin_type, getter, slot
from glass.vm import pystate

WHITESPACE = " \t\n\r"
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
             "r": "\r", "t": "\t"}
HEX_DIGITS = "0123456789abcdefABCDEF"
# PyLong_FromString's limit on digits (sys.int_info.default_max_str_digits);
# longer numbers go through the guest's int() so its limit and error apply.
FAST_INT_DIGITS = 4300


def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _str(text):
    from glass.objects.str import new_str
    return new_str(text)


def _int(value):
    from glass.objects.int import new_int
    return new_int(value)


def _tuple2(w_first, w_second):
    """A new 2-tuple that takes over both references."""
    from glass.objects.tuple import new_tuple_owned
    return new_tuple_owned([w_first, w_second])


def _is_str(w_obj):
    from glass.objects.str import W_Str
    return isinstance(w_obj, W_Str)


def _ssize(w_value):
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        raise operation_error("OverflowError",
                              "Python int too large to convert to C ssize_t")
    return value


def _bind(name, keywords, args_w, kwnames):
    """PyArg_ParseTupleAndKeywords with required "O..." arguments."""
    nkw = len(kwnames) if kwnames else 0
    npos = len(args_w) - nkw
    total = len(keywords)
    if npos > total:
        raise type_error("%s() takes at most %d argument%s (%d given)"
                         % (name, total, "" if total == 1 else "s", npos))
    values = dict(zip(keywords, args_w[:npos]))
    for index, key in enumerate(kwnames or ()):
        if key not in keywords:
            raise type_error("'%s' is an invalid keyword argument for %s()" % (key, name))
        if key in values:
            raise type_error("argument for %s() given by name ('%s') and position (%d)"
                             % (name, key, keywords.index(key) + 1))
        values[key] = args_w[npos + index]
    for position, key in enumerate(keywords):
        if key not in values:
            raise type_error("%s() missing required argument '%s' (pos %d)"
                             % (name, key, position + 1))
    return [values[key] for key in keywords]


def decode_error(message, text, position):
    """raise_errmsg: json.decoder.JSONDecodeError(message, text, position)."""
    from glass.vm.imports import import_module
    w_module = import_module("json.decoder")
    try:
        w_class = abstract.getattr_str(w_module, "JSONDecodeError")
    finally:
        decref(w_module)
    w_message = _str(message)
    w_text = _str(text)
    w_position = _int(position)
    try:
        w_error = abstract.call(w_class, [w_message, w_text, w_position])
    finally:
        decref(w_class)
        decref(w_message)
        decref(w_text)
        decref(w_position)
    return OperationError(w_error)


def stop_iteration(position):
    w_position = _int(position)
    try:
        w_error = abstract.call(EXCEPTION_TYPES["StopIteration"], [w_position])
    finally:
        decref(w_position)
    return OperationError(w_error)


# --- Strings --------------------------------------------------------------------------

def _hex4(text, start):
    """The value of the four hex digits at text[start:start+4], or None."""
    digits = text[start:start + 4]
    if len(digits) != 4 or any(c not in HEX_DIGITS for c in digits):
        return None
    return int(digits, 16)


def scan_string(text, end, strict):
    """scanstring_unicode: the JSON string whose first character after the
    opening quote is at `end`, as (host str, index after the closing quote)."""
    begin = end - 1
    length = len(text)
    if end < 0 or length < end:
        raise value_error("end is out of bounds")
    chunks = []
    while True:
        # The run of plain characters up to the next quote or backslash.
        next_index = end
        c = ""
        while next_index < length:
            c = text[next_index]
            if c == '"' or c == "\\":
                break
            if strict and c <= "\x1f":
                raise decode_error("Invalid control character at", text, next_index)
            next_index += 1
        else:
            c = ""
        if c != '"' and c != "\\":
            raise decode_error("Unterminated string starting at", text, begin)
        if next_index != end:
            chunks.append(text[end:next_index])
        next_index += 1
        if c == '"':
            end = next_index
            break
        if next_index == length:
            raise decode_error("Unterminated string starting at", text, begin)
        c = text[next_index]
        if c != "u":
            end = next_index + 1
            char = UNESCAPES.get(c)
            if char is None:
                raise decode_error("Invalid \\escape", text, end - 2)
            chunks.append(char)
            continue
        next_index += 1
        end = next_index + 4
        if end >= length:
            raise decode_error("Invalid \\uXXXX escape", text, next_index - 1)
        code = _hex4(text, next_index)
        if code is None:
            raise decode_error("Invalid \\uXXXX escape", text, end - 5)
        if 0xD800 <= code <= 0xDBFF and end + 6 < length and \
                text[end] == "\\" and text[end + 1] == "u":
            low = _hex4(text, end + 2)
            if low is None:
                raise decode_error("Invalid \\uXXXX escape", text, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))
    return "".join(chunks), end


def encode_ascii(text):
    """ascii_escape_unicode: a quoted JSON string with only ASCII in it.

    Each '"', backslash and control character becomes its short escape
    (\\n, \\t, ...) or \\u00XX, every non-ASCII character \\uXXXX (a surrogate
    pair above U+FFFF).  The host's json escapes exactly so, in C or in
    Python, so its function does the work."""
    return host_encode_ascii(text)


def encode_unicode(text):
    """escape_unicode: a quoted JSON string, non-ASCII kept as it is (the
    host's json, as for encode_ascii)."""
    return host_encode_unicode(text)


# --- The scanner ----------------------------------------------------------------------

SCANNER_FIELDS = ("object_hook", "object_pairs_hook", "parse_float", "parse_int",
                  "parse_constant")


@builtin_type("_json.Scanner", flags=HAVE_GC)
class W_Scanner(W_Object):
    """JSON scanner object"""
    __slots__ = ("strict", "w_strict", "w_object_hook", "w_object_pairs_hook",
                 "w_parse_float", "w_parse_int", "w_parse_constant", "memo")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        self.strict = True
        self.w_strict = None
        for name in SCANNER_FIELDS:
            setattr(self, "w_" + name, None)
        self.memo = {}

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """scanner_new: the settings are read from the context's attributes."""
        (w_context,) = _bind("make_scanner", ("context",), args_w, kwnames)
        if w_type is W_Scanner.w_type:
            self = W_Scanner(w_type)
        else:
            from glass.objects.typeobject import _new_instance
            self = _new_instance(w_type)
            W_Scanner.__init__(self, w_type)
        try:
            w_strict = abstract.getattr_str(w_context, "strict")
            self.w_strict = w_strict
            self.strict = abstract.is_true(w_strict)
            for name in SCANNER_FIELDS:
                setattr(self, "w_" + name, abstract.getattr_str(w_context, name))
        except OperationError:
            decref(self)
            raise
        return self

    @slot("tp_call")
    def call(self, args_w, kwnames):
        """scanner_call: scan_once(string, idx) -> (value, end)."""
        w_string, w_idx = _bind("scan_once", ("string", "idx"), args_w, kwnames)
        if not _is_str(w_string):
            raise type_error("first argument must be a string, not %s"
                             % w_string.ob_type.name)
        index = _ssize(w_idx)
        try:
            w_value, end = self.scan_once(w_string.value, index)
        finally:
            self.memo.clear()
        return _tuple2(w_value, _int(end))

    def scan_once(self, text, index):
        """scan_once_unicode: one JSON value starting at text[index]."""
        length = len(text)
        if index < 0:
            raise value_error("idx cannot be negative")
        if index >= length:
            raise stop_iteration(index)
        c = text[index]
        if c == '"':
            value, end = scan_string(text, index + 1, self.strict)
            return _str(value), end
        if c == "{" or c == "[":
            tstate = pystate.current()
            pystate.enter_recursive_call(
                tstate, " while decoding a JSON %s from a unicode string"
                % ("object" if c == "{" else "array"))
            try:
                if c == "{":
                    return self.parse_object(text, index + 1)
                return self.parse_array(text, index + 1)
            finally:
                tstate.recursion_depth -= 1
        if c == "n" and text.startswith("null", index):
            from glass.objects.none import w_None
            return _newref(w_None), index + 4
        if c == "t" and text.startswith("true", index):
            from glass.objects.bool import w_True
            return _newref(w_True), index + 4
        if c == "f" and text.startswith("false", index):
            from glass.objects.bool import w_False
            return _newref(w_False), index + 5
        for constant in ("NaN", "Infinity", "-Infinity"):
            if text.startswith(constant, index):
                w_constant = _str(constant)
                try:
                    return (abstract.call(self.w_parse_constant, [w_constant]),
                            index + len(constant))
                finally:
                    decref(w_constant)
        return self.match_number(text, index)

    def skip_whitespace(self, text, index):
        length = len(text)
        while index < length and text[index] in WHITESPACE:
            index += 1
        return index

    def parse_object(self, text, index):
        """_parse_object_unicode: the members up to the closing brace."""
        from glass.objects.dict import new_dict
        from glass.objects.none import w_None
        has_pairs_hook = self.w_object_pairs_hook is not w_None
        pairs_w = []
        w_dict = None if has_pairs_hook else new_dict()
        try:
            end = self.parse_members(text, index, pairs_w, w_dict)
        except OperationError:
            for w_pair in pairs_w:
                decref(w_pair)
            if w_dict is not None:
                decref(w_dict)
            raise
        if has_pairs_hook:
            from glass.objects.list import W_List
            w_pairs = W_List(pairs_w)
            try:
                return abstract.call(self.w_object_pairs_hook, [w_pairs]), end
            finally:
                decref(w_pairs)
        if self.w_object_hook is not w_None:
            try:
                return abstract.call(self.w_object_hook, [w_dict]), end
            finally:
                decref(w_dict)
        return w_dict, end

    def parse_members(self, text, index, pairs_w, w_dict):
        """The "key": value pairs, into pairs_w (as tuples) or into w_dict;
        returns the index after the closing brace."""
        length = len(text)
        index = self.skip_whitespace(text, index)
        if index < length and text[index] == "}":
            return index + 1
        while True:
            if index >= length or text[index] != '"':
                raise decode_error("Expecting property name enclosed in "
                                   "double quotes", text, index)
            key, index = scan_string(text, index + 1, self.strict)
            w_key = self.memo.get(key)
            if w_key is None:
                w_key = self.memo[key] = _str(key)
            w_key.ob_refcnt += 1
            try:
                index = self.skip_whitespace(text, index)
                if index >= length or text[index] != ":":
                    raise decode_error("Expecting ':' delimiter", text, index)
                index = self.skip_whitespace(text, index + 1)
                w_value, index = self.scan_value(text, index)
            except OperationError:
                decref(w_key)
                raise
            if w_dict is None:
                pairs_w.append(_tuple2(w_key, w_value))
            else:
                try:
                    w_dict.setitem(w_key, w_value)
                finally:
                    decref(w_key)
                    decref(w_value)
            index = self.skip_whitespace(text, index)
            if index < length and text[index] == "}":
                return index + 1
            if index >= length or text[index] != ",":
                raise decode_error("Expecting ',' delimiter", text, index)
            index = self.skip_whitespace(text, index + 1)

    def scan_value(self, text, index):
        """scan_once_unicode inside a container: a StopIteration (no value
        here) stays a StopIteration, as in C."""
        return self.scan_once(text, index)

    def parse_array(self, text, index):
        """_parse_array_unicode: the items up to the closing bracket."""
        from glass.objects.list import W_List
        items_w = []
        length = len(text)
        try:
            index = self.skip_whitespace(text, index)
            if index >= length or text[index] != "]":
                while True:
                    w_value, index = self.scan_value(text, index)
                    items_w.append(w_value)
                    index = self.skip_whitespace(text, index)
                    if index < length and text[index] == "]":
                        break
                    if index >= length or text[index] != ",":
                        raise decode_error("Expecting ',' delimiter", text, index)
                    index = self.skip_whitespace(text, index + 1)
            if index >= length or text[index] != "]":
                raise decode_error("Expecting value", text, length - 1)
            w_list = W_List(items_w)
            items_w = []
            return w_list, index + 1
        finally:
            for w_item in items_w:
                decref(w_item)

    def match_number(self, text, start):
        """_match_number_unicode: an int or float, or StopIteration."""
        from glass.objects.float import W_Float
        from glass.objects.int import W_Int
        end_index = len(text) - 1
        index = start
        if text[index] == "-":
            index += 1
            if index > end_index:
                raise stop_iteration(start)
        c = text[index]
        if "1" <= c <= "9":
            index += 1
            while index <= end_index and "0" <= text[index] <= "9":
                index += 1
        elif c == "0":
            index += 1
        else:
            raise stop_iteration(start)
        is_float = False
        if index < end_index and text[index] == "." and "0" <= text[index + 1] <= "9":
            is_float = True
            index += 2
            while index <= end_index and "0" <= text[index] <= "9":
                index += 1
        if index < end_index and text[index] in "eE":
            e_start = index
            index += 1
            if index < end_index and text[index] in "-+":
                index += 1
            while index <= end_index and "0" <= text[index] <= "9":
                index += 1
            if "0" <= text[index - 1] <= "9":
                is_float = True
            else:
                index = e_start
        number = text[start:index]
        if is_float:
            custom = self.w_parse_float
            if custom is W_Float.w_type:
                from glass.objects.float import new_float
                return new_float(float(number)), index
        else:
            custom = self.w_parse_int
            if custom is W_Int.w_type and len(number) <= FAST_INT_DIGITS:
                return _int(int(number)), index
        w_number = _str(number)
        try:
            return abstract.call(custom, [w_number]), index
        finally:
            decref(w_number)

    @getter("strict", member=True)
    def get_strict(self):
        return _newref(self.w_strict)

    @getter("object_hook", member=True)
    def get_object_hook(self):
        return _newref(self.w_object_hook)

    @getter("object_pairs_hook", member=True)
    def get_object_pairs_hook(self):
        return _newref(self.w_object_pairs_hook)

    @getter("parse_float", member=True)
    def get_parse_float(self):
        return _newref(self.w_parse_float)

    @getter("parse_int", member=True)
    def get_parse_int(self):
        return _newref(self.w_parse_int)

    @getter("parse_constant", member=True)
    def get_parse_constant(self):
        return _newref(self.w_parse_constant)

    def references(self):
        return [getattr(self, "w_" + name) for name in ("strict",) + SCANNER_FIELDS]

    @slot("tp_dealloc")
    def dealloc(self):
        self.clear()

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_obj in self.references():
            if w_obj is not None:
                visit(w_obj)

    @slot("tp_clear")
    def clear(self):
        for name in ("strict",) + SCANNER_FIELDS:
            w_obj = getattr(self, "w_" + name)
            setattr(self, "w_" + name, None)
            if w_obj is not None:
                decref(w_obj)
        memo, self.memo = self.memo, {}
        for w_key in memo.values():
            decref(w_key)


# --- The encoder ----------------------------------------------------------------------

ENCODER_FIELDS = ("markers", "default", "encoder", "indent", "key_separator",
                  "item_separator", "sort_keys", "skipkeys", "allow_nan")


@builtin_type("_json.Encoder", flags=HAVE_GC)
class W_Encoder(W_Object):
    """_iterencode(obj, _current_indent_level) -> iterable"""
    __slots__ = ("w_markers", "w_default", "w_encoder", "w_indent", "w_key_separator",
                 "w_item_separator", "sort_keys", "skipkeys", "allow_nan",
                 "fast_encode")

    def __init__(self, w_type):
        W_Object.__init__(self, w_type)
        for name in ("markers", "default", "encoder", "indent", "key_separator",
                     "item_separator"):
            setattr(self, "w_" + name, None)
        self.sort_keys = self.skipkeys = self.allow_nan = self.fast_encode = False

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """encoder_new ("OOOOUUppp:make_encoder")."""
        from glass.objects.dict import W_Dict
        from glass.objects.none import w_None
        values = _bind("make_encoder", ENCODER_FIELDS, args_w, kwnames)
        w_markers, w_default, w_encoder, w_indent, w_key_sep, w_item_sep = values[:6]
        if w_markers is not w_None and not isinstance(w_markers, W_Dict):
            raise type_error("make_encoder() argument 1 must be dict or None, not %s"
                             % argument_type_name(w_markers))
        for position, w_sep in ((5, w_key_sep), (6, w_item_sep)):
            if not _is_str(w_sep):
                raise type_error("make_encoder() argument %d must be str, not %s"
                                 % (position, argument_type_name(w_sep)))
        flags = [abstract.is_true(w_flag) for w_flag in values[6:]]
        if w_type is W_Encoder.w_type:
            self = W_Encoder(w_type)
        else:
            from glass.objects.typeobject import _new_instance
            self = _new_instance(w_type)
            W_Encoder.__init__(self, w_type)
        self.w_markers = _newref(w_markers)
        self.w_default = _newref(w_default)
        self.w_encoder = _newref(w_encoder)
        self.w_indent = _newref(w_indent)
        self.w_key_separator = _newref(w_key_sep)
        self.w_item_separator = _newref(w_item_sep)
        self.sort_keys, self.skipkeys, self.allow_nan = flags
        self.fast_encode = getattr(w_encoder, "func", None) is \
            JsonModule.encode_basestring_ascii
        return self

    @slot("tp_call")
    def call(self, args_w, kwnames):
        """encoder_call: the chunks of obj's JSON text, as a list."""
        from glass.objects.list import W_List
        w_obj, w_level = _bind("_iterencode", ("obj", "_current_indent_level"),
                               args_w, kwnames)
        _ssize(w_level)
        chunks = []
        self.encode_obj(w_obj, chunks)
        return W_List([_str("".join(chunks))])

    def encode_string(self, w_str):
        """encoder_encode_string: the quoted string, by the fast path or by
        calling the encoder the guest gave."""
        if self.fast_encode:
            return encode_ascii(w_str.value)
        w_encoded = abstract.call(self.w_encoder, [w_str])
        try:
            if not _is_str(w_encoded):
                raise type_error("encoder() must return a string, not %s"
                                 % w_encoded.ob_type.name)
            return w_encoded.value
        finally:
            decref(w_encoded)

    def encode_float(self, w_float):
        """encoder_encode_float: repr, or the names of the non-finite values."""
        from glass.objects.float import W_Float
        value = w_float.value
        if not host_math.isfinite(value):
            if not self.allow_nan:
                raise value_error("Out of range float values are not JSON compliant")
            if value > 0:
                return "Infinity"
            return "-Infinity" if value < 0 else "NaN"
        w_repr = W_Float.w_type.tp_repr(w_float)
        try:
            return w_repr.value
        finally:
            decref(w_repr)

    def encode_int(self, w_int):
        """int.__repr__ even for a subclass (PyLong_Type.tp_repr)."""
        from glass.objects.int import W_Int
        w_repr = W_Int.w_type.tp_repr(w_int)
        try:
            return w_repr.value
        finally:
            decref(w_repr)

    def encode_obj(self, w_obj, chunks):
        """encoder_listencode_obj."""
        from glass.objects.bool import w_False, w_True
        from glass.objects.dict import W_Dict
        from glass.objects.float import W_Float
        from glass.objects.int import W_Int
        from glass.objects.list import W_List
        from glass.objects.none import w_None
        from glass.objects.tuple import W_Tuple
        if w_obj is w_None:
            chunks.append("null")
        elif w_obj is w_True:
            chunks.append("true")
        elif w_obj is w_False:
            chunks.append("false")
        elif _is_str(w_obj):
            chunks.append(self.encode_string(w_obj))
        elif isinstance(w_obj, W_Int):
            chunks.append(self.encode_int(w_obj))
        elif isinstance(w_obj, W_Float):
            chunks.append(self.encode_float(w_obj))
        elif isinstance(w_obj, (W_List, W_Tuple)):
            self.with_recursion(self.encode_list, w_obj, chunks)
        elif isinstance(w_obj, W_Dict):
            self.with_recursion(self.encode_dict, w_obj, chunks)
        else:
            w_ident = self.enter_marker(w_obj)
            w_new = abstract.call(self.w_default, [w_obj])
            try:
                self.with_recursion(self.encode_obj, w_new, chunks)
            finally:
                decref(w_new)
            self.leave_marker(w_ident)

    def with_recursion(self, encode, w_obj, chunks):
        tstate = pystate.current()
        pystate.enter_recursive_call(tstate, " while encoding a JSON object")
        try:
            encode(w_obj, chunks)
        finally:
            tstate.recursion_depth -= 1

    def enter_marker(self, w_obj):
        """Record w_obj as being encoded; "Circular reference detected" if
        it already is.  Returns the marker key (or None with no markers)."""
        from glass.objects.none import w_None
        if self.w_markers is w_None:
            return None
        w_ident = _int(id(w_obj))
        if self.w_markers.contains(w_ident):
            decref(w_ident)
            raise value_error("Circular reference detected")
        self.w_markers.setitem(w_ident, w_obj)
        return w_ident

    def leave_marker(self, w_ident):
        if w_ident is not None:
            self.w_markers.delitem(w_ident)
            decref(w_ident)

    def encode_list(self, w_seq, chunks):
        """encoder_listencode_list: the length is read again before each item,
        as PySequence_Fast_GET_SIZE is, so a default() that shrinks the list
        shortens the output."""
        items_w = w_seq.items
        if not items_w:
            chunks.append("[]")
            return
        w_ident = self.enter_marker(w_seq)
        chunks.append("[")
        separator = self.w_item_separator.value
        index = 0
        while index < len(w_seq.items):
            w_item = w_seq.items[index]
            if index:
                chunks.append(separator)
            w_item.ob_refcnt += 1            # default() may drop it from the list
            try:
                self.encode_obj(w_item, chunks)
            finally:
                decref(w_item)
            index += 1
        self.leave_marker(w_ident)
        chunks.append("]")

    def dict_items(self, w_dict):
        """PyMapping_Items, sorted when sort_keys: a guest list of pairs."""
        from glass.objects.dict import W_Dict
        from glass.objects.list import W_List, sequence_list
        if w_dict.ob_type is W_Dict.w_type:
            w_items = W_List([_tuple2(_newref(w_key), _newref(w_value))
                              for w_key, w_value in w_dict.item_pairs()])
        else:
            w_view = abstract.call(abstract.lookup_attr_str(w_dict, "items") or
                                   _no_items(w_dict), [])
            try:
                w_items = sequence_list(w_view)
            finally:
                decref(w_view)
        if self.sort_keys:
            try:
                w_sort = abstract.getattr_str(w_items, "sort")
                try:
                    decref(abstract.call(w_sort, []))
                finally:
                    decref(w_sort)
            except OperationError:
                decref(w_items)
                raise
        return w_items

    def encode_key(self, w_key):
        """The key as a host str, or None to skip it (skipkeys)."""
        from glass.objects.bool import w_False, w_True
        from glass.objects.float import W_Float
        from glass.objects.int import W_Int
        from glass.objects.none import w_None
        if _is_str(w_key):
            return None, w_key
        if isinstance(w_key, W_Float):
            text = self.encode_float(w_key)
        elif w_key is w_True:
            text = "true"
        elif w_key is w_False:
            text = "false"
        elif w_key is w_None:
            text = "null"
        elif isinstance(w_key, W_Int):
            text = self.encode_int(w_key)
        elif self.skipkeys:
            return None, None
        else:
            raise type_error("keys must be str, int, float, bool or None, not %s"
                             % w_key.ob_type.name)
        return text, None

    def encode_dict(self, w_dict, chunks):
        """encoder_listencode_dict."""
        from glass.objects.tuple import W_Tuple
        if w_dict.length() == 0:
            chunks.append("{}")
            return
        w_ident = self.enter_marker(w_dict)
        chunks.append("{")
        w_items = self.dict_items(w_dict)
        try:
            first = True
            key_separator = self.w_key_separator.value
            item_separator = self.w_item_separator.value
            for w_item in list(w_items.items):
                if not isinstance(w_item, W_Tuple) or len(w_item.items) != 2:
                    raise value_error("items must return 2-tuples")
                w_key, w_value = w_item.items
                text, w_str_key = self.encode_key(w_key)
                if text is None and w_str_key is None:
                    continue
                if not first:
                    chunks.append(item_separator)
                first = False
                if w_str_key is not None:
                    chunks.append(self.encode_string(w_str_key))
                else:
                    w_text = _str(text)
                    try:
                        chunks.append(self.encode_string(w_text))
                    finally:
                        decref(w_text)
                chunks.append(key_separator)
                self.encode_obj(w_value, chunks)
        finally:
            decref(w_items)
        self.leave_marker(w_ident)
        chunks.append("}")

    @getter("markers", member=True)
    def get_markers(self):
        return _newref(self.w_markers)

    @getter("default", member=True)
    def get_default(self):
        return _newref(self.w_default)

    @getter("encoder", member=True)
    def get_encoder(self):
        return _newref(self.w_encoder)

    @getter("indent", member=True)
    def get_indent(self):
        return _newref(self.w_indent)

    @getter("key_separator", member=True)
    def get_key_separator(self):
        return _newref(self.w_key_separator)

    @getter("item_separator", member=True)
    def get_item_separator(self):
        return _newref(self.w_item_separator)

    @getter("sort_keys", member=True)
    def get_sort_keys(self):
        from glass.objects.bool import new_bool
        return new_bool(self.sort_keys)

    @getter("skipkeys", member=True)
    def get_skipkeys(self):
        from glass.objects.bool import new_bool
        return new_bool(self.skipkeys)

    OBJECT_FIELDS = ("w_markers", "w_default", "w_encoder", "w_indent",
                     "w_key_separator", "w_item_separator")

    @slot("tp_dealloc")
    def dealloc(self):
        self.clear()

    @slot("tp_traverse")
    def traverse(self, visit):
        for name in W_Encoder.OBJECT_FIELDS:
            w_obj = getattr(self, name)
            if w_obj is not None:
                visit(w_obj)

    @slot("tp_clear")
    def clear(self):
        for name in W_Encoder.OBJECT_FIELDS:
            w_obj = getattr(self, name)
            setattr(self, name, None)
            if w_obj is not None:
                decref(w_obj)


def _no_items(w_dict):
    raise operation_error("AttributeError", "'%s' object has no attribute 'items'"
                          % w_dict.ob_type.name)


# --- The module -------------------------------------------------------------------------

@builtin_module("_json")
class JsonModule:
    """json speedups
"""

    @function("($module, string, end, strict=True, /)")
    def scanstring(w_string, w_end, w_strict):
        """scanstring(string, end, strict=True) -> (string, end)

Scan the string s for a JSON string. End is the index of the
character in s after the quote that started the JSON string.
Unescapes all valid JSON string escape sequences and raises ValueError
on attempt to decode an invalid string. If strict is False then literal
control characters are allowed in the string.

Returns a tuple of the decoded string and the index of the character in s
after the end quote."""
        end = _ssize(w_end)
        strict = True
        if w_strict is not None:
            from glass.modules._bz2 import int_arg
            strict = bool(int_arg(w_strict, 1))
        if not _is_str(w_string):
            raise type_error("first argument must be a string, not %s"
                             % w_string.ob_type.name)
        value, end = scan_string(w_string.value, end, strict)
        return _tuple2(_str(value), _int(end))

    @function("($module, string, /)")
    def encode_basestring_ascii(w_string):
        """encode_basestring_ascii(string) -> string

Return an ASCII-only JSON representation of a Python string"""
        if not _is_str(w_string):
            raise type_error("first argument must be a string, not %s"
                             % w_string.ob_type.name)
        return _str(encode_ascii(w_string.value))

    @function("($module, string, /)")
    def encode_basestring(w_string):
        """encode_basestring(string) -> string

Return a JSON representation of a Python string"""
        if not _is_str(w_string):
            raise type_error("first argument must be a string, not %s"
                             % w_string.ob_type.name)
        return _str(encode_unicode(w_string.value))

    @staticmethod
    def init_module(w_module):
        from glass.objects.type import ready
        for cls in (W_Scanner, W_Encoder):
            ready(cls.w_type)
            if "__module__" not in cls.w_type.dict:   # heap types in CPython
                cls.w_type.dict["__module__"] = _str("_json")
        w_module.w_dict.setitem_str("make_scanner", W_Scanner.w_type)
        w_module.w_dict.setitem_str("make_encoder", W_Encoder.w_type)
        for name in ("scanstring", "encode_basestring_ascii", "encode_basestring"):
            w_func = w_module.w_dict.getitem_str(name)
            w_func.signature.text = None     # METH_VARARGS / METH_O: no signature
