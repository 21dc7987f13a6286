"""Guest-visible signatures of builtin functions, and argument parsing from them.

Counterpart: Argument Clinic (Tools/clinic) and Python/getargs.c.

A builtin method is declared once, with its `__text_signature__`:

    @method("($self, index=-1, /)")
    def pop(self, w_index): ...

`Signature.parse` reads that text; `Signature.bind` turns a call's arguments
(vectorcall style: positional values, then keyword values named by kwnames)
into the host function's arguments, raising CPython's TypeErrors.  A parameter
with a default that the caller left out arrives as None (C's NULL): the
function applies the default itself, as clinic-generated C code does.
"""
from __future__ import annotations

POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, KEYWORD_ONLY = 0, 1, 2


# --- How CPython parses a builtin's arguments, where it is not Argument Clinic -----

def varargs(func):
    """A METH_VARARGS function in CPython: it refuses keywords naming itself
    bare ("difference() takes no keyword arguments")."""
    func._glass_convention = "varargs"
    return func


def fastcall(func):
    """A METH_FASTCALL, METH_O or METH_NOARGS function with no
    __text_signature__ (hand-written, not Argument Clinic's): its errors name
    it qualified ("math.hypot() takes no keyword arguments"), as a clinic
    one's do, where a METH_VARARGS function names itself bare."""
    func._glass_convention = "fastcall"
    func._glass_raw_signature = None
    return func


def parse_tuple(func):
    """A METH_VARARGS function that parses its arguments with PyArg_ParseTuple:
    no __text_signature__, and ParseTuple's wording for a wrong count
    ("count() takes at least 1 argument (0 given)")."""
    func._glass_convention = "parse_tuple"
    func._glass_raw_signature = None
    return func


def defining_class(func):
    """A METH_METHOD|METH_FASTCALL|METH_KEYWORDS method in CPython (Argument
    Clinic's `cls: defining_class`): its arguments always go through
    _PyArg_UnpackKeywords, even when every parameter is positional-only, so
    it words its count errors that way ("extend() takes exactly 1 positional
    argument (0 given)") and a keyword is a count error, not a refusal."""
    func._glass_convention = "defining_class"
    return func


def no_text_signature(func):
    """A function CPython gives no __text_signature__ (not Argument Clinic's,
    or its docstring starts with a usage line instead)."""
    func._glass_raw_signature = None
    return func


class Parameter:
    __slots__ = ("name", "kind", "default")

    def __init__(self, name, kind, default):
        self.name = name
        self.kind = kind
        self.default = default    # the default's source text, or None if required


class Signature:
    """A parsed text signature.  `self_name` is '$self', '$type', '$module' or None."""
    __slots__ = ("text", "self_name", "params", "varargs", "varkw",
                 "min_positional", "max_positional", "simple", "convention",
                 "positional_only", "keyword_layout", "padded")

    def __init__(self, text, self_name, params, varargs, varkw):
        self.text = text
        # None: Argument Clinic's parsing.  "varargs": a METH_VARARGS function
        # (its keyword error names it bare); "parse_tuple": one that parses
        # with PyArg_ParseTuple, whose count errors have their own wording;
        # "fastcall": a hand-written METH_FASTCALL one (named qualified);
        # "defining_class": one whose arguments always go through
        # _PyArg_UnpackKeywords (see the decorators above).
        self.convention = None
        self.self_name = self_name
        self.params = params
        self.varargs = varargs
        self.varkw = varkw
        positional = [p for p in params if p.kind != KEYWORD_ONLY]
        self.max_positional = len(positional)
        self.min_positional = sum(1 for p in positional if p.default is None)
        # "simple": positional-only, no defaults, no *args/**kwargs: the
        # common METH_NOARGS / METH_O / fixed-arity case, bound without work.
        self.positional_only = all(p.kind == POSITIONAL_ONLY for p in params)
        self.simple = (not varargs and not varkw and self.positional_only and
                       all(p.default is None for p in params))
        # "padded": positional-only with no *args/**kwargs, some optional: a
        # call with a count in range is bound by padding the omitted ones
        # with None (see bind's positional-only case).
        self.padded = not varargs and not varkw and self.positional_only
        # _unpack_keywords' counts, computed on its first call.
        self.keyword_layout = None

    @classmethod
    def parse(cls, text):
        """Read '($self, a, b=None, /, *args, c, **kw)' style text.

        Each text is read once per process (start-up parses the same few
        texts hundreds of times); every call still gets a Signature of its
        own, since callers may set its `convention`.
        """
        parsed = _PARSED_TEXTS.get(text)
        if parsed is None:
            parsed = _PARSED_TEXTS[text] = cls._read(text)
        self_name, params, varargs, varkw = parsed
        return cls(text, self_name, list(params), varargs, varkw)

    @staticmethod
    def _read(text):
        """parse's work: (self_name, params, varargs, varkw)."""
        inner = text.strip()
        if not (inner.startswith("(") and inner.endswith(")")):
            raise ValueError("bad text signature %r" % text)
        parts = [p.strip() for p in _split_top_level(inner[1:-1]) if p.strip()]
        self_name = None
        if parts and parts[0].startswith("$"):
            self_name = parts.pop(0)
        if "/" in parts:
            slash = parts.index("/")
        else:
            slash = -1
        params, varargs, varkw = [], None, None
        kind = POSITIONAL_OR_KEYWORD
        for index, part in enumerate(parts):
            if part == "/":
                continue
            if part == "*":
                kind = KEYWORD_ONLY
                continue
            if part.startswith("**"):
                varkw = part[2:]
                continue
            if part.startswith("*"):
                varargs = part[1:]
                kind = KEYWORD_ONLY
                continue
            name, eq, default = part.partition("=")
            this_kind = POSITIONAL_ONLY if index < slash else kind
            params.append(Parameter(name.strip(), this_kind,
                                    default.strip() if eq else None))
        return self_name, tuple(params), varargs, varkw

    def bind(self, func_name, args_w, kwnames, qualname=None, through_descriptor=False):
        """Match a call to the parameters.  Returns the host argument list.

        In the signature's order: one entry per positional parameter (None
        where an optional one was left out), a host list for *args if there
        is one, one entry per keyword-only parameter, and a host dict
        {name: w_value} for **kwargs if there is one.  Raises OperationError
        with the message the C function's argument parsing gives:
        Argument Clinic's METH_O / METH_NOARGS / _PyArg_CheckPositional for
        positional-only parameters, _PyArg_UnpackKeywords for the others.
        `qualname` ("list.append") names a method where CPython does; it may
        be a function that makes the name, called only when a message needs it.
        `through_descriptor`: called through a method descriptor (with self
        first), whose keyword refusal names even a METH_VARARGS method qualified.
        """
        nkw = len(kwnames) if kwnames else 0
        npos = len(args_w) - nkw
        if self.simple and not nkw:
            if npos != self.max_positional:
                raise _arity_error(func_name, self, npos, qualname)
            return list(args_w)
        if nkw and self.varkw is None and self.positional_only and \
                self.convention != "defining_class":
            # No parameter takes a keyword: the call machinery refuses them
            # before the function runs (cfunction_check_kwargs names it
            # qualified, cfunction_call a METH_VARARGS one bare, the method
            # descriptor's method_check_args qualified again).
            bare = self.convention in ("varargs", "parse_tuple") and not through_descriptor
            name = func_name if bare else _message_name(qualname, func_name)
            raise _type_error("%s() takes no keyword arguments" % name)
        if self.varargs is None and self.varkw is None:
            if self.positional_only and self.convention != "defining_class":
                if not self.min_positional <= npos <= self.max_positional:
                    raise _arity_error(func_name, self, npos, qualname)
                return list(args_w) + [None] * (self.max_positional - npos)
            return self._unpack_keywords(func_name, args_w, npos, kwnames or ())
        return self._bind_varargs(func_name, args_w, npos, kwnames or ())

    def _unpack_keywords(self, func_name, args_w, nargs, kwnames):
        """Counterpart: _PyArg_UnpackKeywords (Python/getargs.c)."""
        layout = self.keyword_layout
        if layout is None:
            params = self.params
            posonly = sum(1 for p in params if p.kind == POSITIONAL_ONLY)
            minkw = sum(1 for p in params if p.kind == KEYWORD_ONLY and p.default is None)
            layout = self.keyword_layout = (
                posonly, minkw, len(params), [p.name for p in params[posonly:]])
        posonly, minkw, maxargs, kwtuple = layout
        maxpos = self.max_positional
        minpos = self.min_positional
        reqlimit = maxpos + minkw if minkw else minpos
        nkwargs = len(kwnames)
        bound = list(args_w[:nargs]) + [None] * (maxargs - nargs)
        if nkwargs == 0 and minkw == 0 and minpos <= nargs <= maxpos:
            return bound
        if nargs + nkwargs > maxargs:
            raise _type_error("%s() takes at most %d %sargument%s (%d given)" % (
                func_name, maxargs, "keyword " if nargs == 0 else "",
                "" if maxargs == 1 else "s", nargs + nkwargs))
        if nargs > maxpos:
            if maxpos == 0:
                raise _type_error("%s() takes no positional arguments" % func_name)
            raise _type_error("%s() takes %s %d positional argument%s (%d given)" % (
                func_name, "at most" if minpos < maxpos else "exactly", maxpos,
                "" if maxpos == 1 else "s", nargs))
        minposonly = min(posonly, minpos)
        if nargs < minposonly:
            raise _type_error("%s() takes %s %d positional argument%s (%d given)" % (
                func_name, "at least" if minposonly < maxpos else "exactly",
                minposonly, "" if minposonly == 1 else "s", nargs))
        kwvalues = dict(zip(kwnames, args_w[nargs:]))
        for i in range(max(nargs, posonly), maxargs):
            if nkwargs:
                w_value = kwvalues.get(kwtuple[i - posonly])
            elif i >= reqlimit:
                break
            else:
                w_value = None
            bound[i] = w_value
            if w_value is not None:
                nkwargs -= 1
            elif i < minpos or maxpos <= i < reqlimit:
                raise _type_error("%s() missing required argument '%s' (pos %d)"
                                  % (func_name, kwtuple[i - posonly], i + 1))
        if nkwargs > 0:
            for i in range(posonly, nargs):
                if kwtuple[i - posonly] in kwvalues:
                    raise _type_error("argument for %s() given by name ('%s') and "
                                      "position (%d)" % (func_name, kwtuple[i - posonly],
                                                         i + 1))
            raise _invalid_keyword(func_name, kwnames, kwtuple)
        return bound

    def _bind_varargs(self, func_name, args_w, npos, kwnames):
        """A signature with *args or **kwargs (what C writes by hand, with
        PyArg_ParseTupleAndKeywords for the keywords)."""
        nkw = len(kwnames)
        params = self.params
        bound = [None] * len(params)
        if npos > self.max_positional and not self.varargs:
            raise _arity_error(func_name, self, npos)
        for i in range(min(npos, self.max_positional)):
            bound[i] = args_w[i]
        extra = list(args_w[self.max_positional:npos]) if self.varargs else None
        extra_kw = {} if self.varkw else None
        for i in range(nkw):
            name = kwnames[i]
            w_value = args_w[npos + i]
            for j, param in enumerate(params):
                if param.name == name and param.kind != POSITIONAL_ONLY:
                    if bound[j] is not None:
                        raise _type_error(
                            "argument for %s() given by name ('%s') and position (%d)"
                            % (func_name, name, j + 1))
                    bound[j] = w_value
                    break
            else:
                if extra_kw is not None:
                    extra_kw[name] = w_value
                else:
                    raise _invalid_keyword(func_name, kwnames,
                                           [p.name for p in params
                                            if p.kind != POSITIONAL_ONLY])
        for j, param in enumerate(params):
            if bound[j] is None and param.default is None:
                if param.kind == POSITIONAL_ONLY or j < npos:
                    raise _arity_error(func_name, self, npos)
                raise _type_error("%s() missing required argument '%s' (pos %d)"
                                  % (func_name, param.name, j + 1))
        if extra is not None:
            bound.insert(self.max_positional, extra)
        if extra_kw is not None:
            bound.append(extra_kw)
        return bound


# Signature.parse's cache: text -> (self_name, params, varargs, varkw).
_PARSED_TEXTS = {}


def _invalid_keyword(func_name, kwnames, kwtuple):
    """Counterpart: error_unexpected_keyword_arg."""
    for name in kwnames:
        if name not in kwtuple:
            return _type_error("'%s' is an invalid keyword argument for %s()"
                               % (name, func_name))
    return _type_error("invalid keyword argument for %s()" % func_name)


def _split_top_level(text):
    """Split on commas that are not inside brackets or quotes."""
    parts, depth, current, quote = [], 0, [], None
    for ch in text:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _type_error(message):
    from glass.objects.exceptions import type_error
    return type_error(message)


def _message_name(qualname, func_name):
    """The name an error message gives: the qualified one if there is one
    (`qualname` as bind() takes it), else the bare one."""
    if callable(qualname):
        qualname = qualname()
    return qualname or func_name


def _arity_error(func_name, sig, given, qualname=None):
    """CPython's wording for a wrong number of positional arguments: METH_NOARGS
    and METH_O name the function (qualified for a method), the others
    (_PyArg_CheckPositional) give its bare name."""
    qualname = _message_name(qualname, func_name)
    low, high = sig.min_positional, sig.max_positional
    if sig.convention == "parse_tuple" and not sig.varargs:
        # vgetargs1_impl: "count() takes at least 1 argument (0 given)".
        bound = low if given < low else high
        return _type_error("%s() takes %s %d argument%s (%d given)" % (
            func_name, "exactly" if low == high else "at least" if given < low else "at most",
            bound, "" if bound == 1 else "s", given))
    if sig.varargs:
        return _type_error("%s expected at least %d argument%s, got %d"
                           % (func_name, low, "" if low == 1 else "s", given))
    if high == 0:
        return _type_error("%s() takes no arguments (%d given)"
                           % (qualname, given))
    if low == high == 1 and sig.simple:
        return _type_error("%s() takes exactly one argument (%d given)"
                           % (qualname, given))
    if given < low:
        return _type_error("%s expected %s%d argument%s, got %d" % (
            func_name, "" if low == high else "at least ", low,
            "" if low == 1 else "s", given))
    return _type_error("%s expected %s%d argument%s, got %d" % (
        func_name, "" if low == high else "at most ", high,
        "" if high == 1 else "s", given))
