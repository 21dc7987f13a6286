"""Binding a call's arguments to a new frame's parameters.

Counterpart: initialize_locals, positional_only_passed_as_keyword,
missing_arguments and too_many_positional in Python/ceval.c.

Arguments come vectorcall style: a host list of positional values followed
by keyword values, and `kwnames`, a host tuple of the keywords' names (host
strs) or None.  The references are borrowed; the frame takes its own.
"""
from __future__ import annotations

from glass.bytecode.code import CO_VARARGS, CO_VARKEYWORDS
from glass.objects.exceptions import type_error


def initialize_locals(frame, w_func, args_w, kwnames):
    """Fill frame.localsplus with the arguments, defaults, *args and **kwargs."""
    code = w_func.w_code.code
    localsplus = frame.localsplus
    argcount = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    total = argcount + kwonly
    nkw = len(kwnames) if kwnames else 0
    npos = len(args_w) - nkw
    flags = code.co_flags
    varnames = code.co_localsplusnames

    # *args and **kwargs live right after the named parameters.
    w_kwdict = None
    kwdict_index = total + (1 if flags & CO_VARARGS else 0)
    if flags & CO_VARKEYWORDS:
        from glass.objects.dict import W_Dict
        w_kwdict = W_Dict()
        localsplus[kwdict_index] = w_kwdict

    for i in range(min(npos, argcount)):
        w_arg = args_w[i]
        w_arg.ob_refcnt += 1
        localsplus[i] = w_arg
    if flags & CO_VARARGS:
        from glass.objects.tuple import new_tuple
        localsplus[total] = new_tuple(list(args_w[argcount:npos]) if npos > argcount else [])
    elif npos > argcount:
        raise _too_many_positional(code, w_func, npos, args_w, kwnames)

    for i in range(nkw):
        name = kwnames[i]
        w_value = args_w[npos + i]
        for j in range(posonly, total):
            if varnames[j] == name:
                break
        else:
            j = -1
        if j < 0:
            if w_kwdict is None:
                if name in varnames[:posonly]:
                    raise _posonly_as_keyword(code, w_func, kwnames)
                raise type_error("%s() got an unexpected keyword argument '%s'"
                                 % (_qualname(w_func), name))
            from glass.objects.str import new_str
            w_key = new_str(name)
            w_kwdict.setitem(w_key, w_value)
            w_key.ob_refcnt -= 1
            continue
        if localsplus[j] is not None:
            raise type_error("%s() got multiple values for argument '%s'"
                             % (_qualname(w_func), name))
        w_value.ob_refcnt += 1
        localsplus[j] = w_value

    if npos < argcount:
        _fill_positional_defaults(frame, w_func, code, npos)
    if kwonly:
        _fill_kwonly_defaults(frame, w_func, code)


def _fill_positional_defaults(frame, w_func, code, npos):
    localsplus = frame.localsplus
    argcount = code.co_argcount
    defaults = w_func.w_defaults.items if w_func.w_defaults is not None else []
    first_default = argcount - len(defaults)
    missing = []
    for i in range(npos, argcount):
        if localsplus[i] is not None:
            continue
        if i >= first_default:
            w_default = defaults[i - first_default]
            w_default.ob_refcnt += 1
            localsplus[i] = w_default
        else:
            missing.append(code.co_localsplusnames[i])
    if missing:
        raise _missing(w_func, missing, "positional")


def _fill_kwonly_defaults(frame, w_func, code):
    localsplus = frame.localsplus
    missing = []
    for i in range(code.co_argcount, code.co_argcount + code.co_kwonlyargcount):
        if localsplus[i] is not None:
            continue
        name = code.co_localsplusnames[i]
        w_default = None
        if w_func.w_kwdefaults is not None:
            w_default = w_func.w_kwdefaults.getitem_str(name)
        if w_default is None:
            missing.append(name)
        else:
            w_default.ob_refcnt += 1
            localsplus[i] = w_default
    if missing:
        raise _missing(w_func, missing, "keyword-only")


def _qualname(w_func):
    return w_func.w_qualname.value


def _missing(w_func, names, kind):
    """Counterpart: missing_arguments: "f() missing 2 required positional
    arguments: 'a' and 'b'"."""
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = "%s and %s" % tuple(quoted)
    else:
        listed = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
    return type_error("%s() missing %d required %s argument%s: %s" % (
        _qualname(w_func), len(names), kind, "" if len(names) == 1 else "s", listed))


def _too_many_positional(code, w_func, given, args_w, kwnames):
    """Counterpart: too_many_positional."""
    argcount = code.co_argcount
    ndefaults = len(w_func.w_defaults.items) if w_func.w_defaults is not None else 0
    kwonly_given = 0
    if kwnames:
        kwonly_names = code.co_localsplusnames[argcount:argcount + code.co_kwonlyargcount]
        kwonly_given = sum(1 for n in kwnames if n in kwonly_names)
    if ndefaults:
        takes = "from %d to %d positional arguments" % (argcount - ndefaults, argcount)
    else:
        takes = "%d positional argument%s" % (argcount, "" if argcount == 1 else "s")
    if kwonly_given:
        given_text = "%d positional argument%s (and %d keyword-only argument%s)" % (
            given, "" if given == 1 else "s", kwonly_given, "" if kwonly_given == 1 else "s")
    else:
        given_text = "%d %s" % (given, "was" if given == 1 else "were")
        return type_error("%s() takes %s but %s given" % (_qualname(w_func), takes, given_text))
    return type_error("%s() takes %s but %s were given"
                      % (_qualname(w_func), takes, given_text))


def _posonly_as_keyword(code, w_func, kwnames):
    names = [n for n in code.co_localsplusnames[:code.co_posonlyargcount] if n in kwnames]
    return type_error("%s() got some positional-only arguments passed as keyword "
                      "arguments: '%s'" % (_qualname(w_func), ", ".join(names)))


# --- f(*args, **kwargs) (CALL_FUNCTION_EX, DICT_MERGE) -----------------------------

def call_function_ex(w_func, w_callargs, w_kwargs):
    """Counterpart: CALL_FUNCTION_EX's preparation and do_call_core: call with
    a tuple of positional arguments and an optional dict of keywords."""
    from glass.objects import abstract
    from glass.objects.dict import W_Dict
    from glass.objects.object import decref
    from glass.objects.tuple import W_Tuple
    own_kwargs = False
    if w_kwargs is not None and w_kwargs.ob_type is not W_Dict.w_type:
        w_copy = W_Dict()
        try:
            dict_merge(w_copy, w_kwargs, w_func)
        except BaseException:
            decref(w_copy)
            raise
        w_kwargs = w_copy
        own_kwargs = True
    try:
        if w_callargs.ob_type is W_Tuple.w_type:
            w_callargs.ob_refcnt += 1
        else:
            _check_args_iterable(w_func, w_callargs)
            w_callargs = abstract.sequence_tuple(w_callargs)
        try:
            args_w = list(w_callargs.items)
            kwnames = None
            if w_kwargs is not None:
                names = []
                for w_key, w_value in w_kwargs.item_pairs():
                    if not _is_str(w_key):
                        raise type_error("keywords must be strings")
                    names.append(w_key.value)
                    args_w.append(w_value)
                kwnames = tuple(names) or None
            return abstract.call(w_func, args_w, kwnames)
        finally:
            decref(w_callargs)
    finally:
        if own_kwargs:
            decref(w_kwargs)


def _is_str(w_obj):
    from glass.objects.str import W_Str
    return w_obj.ob_type.is_subtype(W_Str.w_type)


def _check_args_iterable(w_func, w_args):
    """Counterpart: check_args_iterable: f(*x) needs an iterable x."""
    from glass.objects.dict import W_Dict
    w_type = w_args.ob_type
    is_sequence = w_type.sq_item is not None and not w_type.is_subtype(W_Dict.w_type)
    if w_type.tp_iter is None and not is_sequence:
        raise type_error("%s argument after * must be an iterable, not %s"
                         % (_function_description(w_func), w_type.name))


def _function_description(w_func):
    """Counterpart: _PyObject_FunctionStr: 'f()' or 'mod.f()'."""
    from glass.objects import abstract
    w_qualname = abstract.lookup_attr_str(w_func, "__qualname__")
    if w_qualname is None:
        return abstract.str_text(w_func)
    name = abstract.str_text(w_qualname)
    w_qualname.ob_refcnt -= 1
    w_module = abstract.lookup_attr_str(w_func, "__module__")
    if w_module is not None:
        module = abstract.str_text(w_module) if hasattr(w_module, "value") else None
        w_module.ob_refcnt -= 1
        if module and module != "builtins":
            return "%s.%s()" % (module, name)
    return name + "()"


def dict_merge(w_dict, w_update, w_func):
    """Counterpart: _PyDict_MergeEx(dict, update, 2) with format_kwargs_error,
    as DICT_MERGE and CALL_FUNCTION_EX use them for f(**m)."""
    from glass.objects import abstract
    from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
    from glass.objects.object import decref
    try:
        w_dict.merge(w_update, 2)
    except OperationError as error:
        if error.match(EXCEPTION_TYPES["AttributeError"]):
            decref(error.w_value)
            raise type_error("%s argument after ** must be a mapping, not %s"
                             % (_function_description(w_func), w_update.ob_type.name))
        if error.match(EXCEPTION_TYPES["KeyError"]):
            items = error.w_value.w_args.items
            if len(items) == 1:
                key = abstract.str_text(items[0])
                decref(error.w_value)
                raise type_error("%s got multiple values for keyword argument '%s'"
                                 % (_function_description(w_func), key))
        raise


def dict_update(w_dict, w_update):
    """Counterpart: PyDict_Update as DICT_UPDATE uses it for {**m}."""
    from glass.objects.exceptions import EXCEPTION_TYPES, OperationError
    from glass.objects.object import decref
    try:
        w_dict.merge(w_update, 1)
    except OperationError as error:
        if error.match(EXCEPTION_TYPES["AttributeError"]):
            decref(error.w_value)
            raise type_error("'%s' object is not a mapping" % w_update.ob_type.name)
        raise
