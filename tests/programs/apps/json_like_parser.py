# A JSON parser and serializer written by hand: strings with escapes, numbers, nesting, pretty printing, error positions.
class JSONError(ValueError):
    def __init__(self, message, position):
        super().__init__("%s at position %d" % (message, position))


class Reader:
    def __init__(self, text):
        self.text, self.i = text, 0

    def skip(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\n\r":
            self.i += 1

    def value(self):
        self.skip()
        if self.i >= len(self.text):
            raise JSONError("unexpected end", self.i)
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return result
        return self.number()

    def obj(self):
        self.i += 1
        result = {}
        self.skip()
        if self.text[self.i:self.i + 1] == "}":
            self.i += 1
            return result
        while True:
            self.skip()
            if self.text[self.i:self.i + 1] != '"':
                raise JSONError("expected string key", self.i)
            key = self.string()
            self.skip()
            if self.text[self.i:self.i + 1] != ":":
                raise JSONError("expected ':'", self.i)
            self.i += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return result
            if ch != ",":
                raise JSONError("expected ',' or '}'", self.i - 1)

    def arr(self):
        self.i += 1
        result = []
        self.skip()
        if self.text[self.i:self.i + 1] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return result
            if ch != ",":
                raise JSONError("expected ',' or ']'", self.i - 1)

    def string(self):
        self.i += 1
        out = []
        escapes = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.i >= len(self.text):
                raise JSONError("unterminated string", self.i)
            ch = self.text[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.i:self.i + 1]
                self.i += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.i:self.i + 4], 16)))
                    self.i += 4
                elif esc in escapes:
                    out.append(escapes[esc])
                else:
                    raise JSONError("bad escape \\" + esc, self.i - 2)
            else:
                out.append(ch)

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        literal = self.text[start:self.i]
        if not literal:
            raise JSONError("unexpected character %r" % self.text[start], start)
        try:
            return int(literal) if literal.lstrip("-").isdigit() else float(literal)
        except ValueError:
            raise JSONError("bad number %r" % literal, start) from None


def loads(text):
    reader = Reader(text)
    result = reader.value()
    reader.skip()
    if reader.i != len(text):
        raise JSONError("extra data", reader.i)
    return result


def dumps(value, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        body = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return '"' + "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in body) + '"'
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{" + sep.join(pad + dumps(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()) + end + "}"
    raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)


document = '{"name": "Glass", "version": [3, 11], "tags": ["vm", "python"], "ratio": 0.75, "nested": {"ok": true, "none": null, "esc": "a\\"b\\n\\u00e9"}, "big": 12345678901234567890, "neg": -2.5e-3}'
data = loads(document)
print(data)
print(dumps(data))
print(dumps(data, indent=2))
print(loads(dumps(data)) == data, loads("[]"), loads(" {} "), loads('"\\t"'), loads("[1, [2, [3, []]]]"))
for bad in ['{"a" 1}', "[1, 2", '{"a": 1,}', "tru", '"abc', "[1 2]", "01x", '{"k": "\\q"}', "[] []", "", "{1: 2}", "-"]:
    try:
        print(repr(bad), loads(bad))
    except JSONError as error:
        print(repr(bad), "JSONError:", error)
try:
    dumps({"x": {1, 2}})
except TypeError as error:
    print("TypeError:", error)
