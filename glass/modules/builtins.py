"""The builtins module: every builtin function of 3.11, and the builtin names.

Counterpart: Python/bltinmodule.c (and the protocols it calls: PyObject_Dir,
PyObject_IsInstance / PyObject_IsSubclass of Objects/abstract.c).

Each function is declared once with its CPython __text_signature__; the
argument errors then come from the signature (glass/objects/signature.py
follows Argument Clinic).  A few C functions parse their arguments by hand
(METH_VARARGS, or METH_FASTCALL|METH_KEYWORDS written out: max, min,
sorted, __build_class__, breakpoint): they are declared with @raw_function,
receive the positional values and the keyword pairs as they come, and raise
CPython's own messages.  Functions CPython gives no __text_signature__
(getattr, iter, next, dir, vars...) are marked so.

`open` is not here yet: it comes with Glass's _io (the I/O issue), so for
now a program that calls it gets a NameError.
"""
from __future__ import annotations

from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      type_error, value_error)
from glass.objects.object import decref, xdecref
from glass.vm.audit import audit, should_audit

# Compiler flags (Include/cpython/compile.h, Include/cpython/code.h).
PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_ONLY_AST = 0x0400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
PyCF_MASK = 0x1FE0000                 # the CO_FUTURE_* flags
PyCF_MASK_OBSOLETE = 0x0010           # CO_NESTED
PyCF_COMPILE_MASK = (PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS |
                     PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)


def raw_function(text_signature, name=None):
    """A builtin that parses its own arguments: it is called with the list of
    positional values and the list of (keyword, value) pairs.  `text_signature`
    is its guest __text_signature__ (None for none)."""
    def decorate(func):
        func = function("($module, *args, **kwargs)", name=name)(func)
        func._glass_raw_signature = (text_signature,)
        return func
    return decorate


from glass.objects.signature import (fastcall, no_text_signature,  # noqa: E402,F401
                                     parse_tuple, varargs)


def _exc(name):
    return EXCEPTION_TYPES[name]


def _new_int(value):
    return new_int(value)


def _new_bool(value):
    from glass.objects.bool import new_bool
    return new_bool(value)


def _new_str(value):
    from glass.objects.str import new_str
    return new_str(value)


def _is_none(w_obj):
    from glass.objects.none import w_None
    return w_obj is None or w_obj is w_None


@builtin_module("builtins")
class BuiltinsModule:
    """Built-in functions, types, exceptions, and other objects.

This module provides direct access to all 'built-in'
identifiers of Python; for example, builtins.len is
the full name for the built-in function len().

This module is not normally accessed explicitly by most
applications, but can be useful in modules that provide
objects with the same name as a built-in value, but in
which the built-in value is also needed."""

    @raw_function(None)
    def __build_class__(args_w, kwargs):
        """__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class

Internal helper function used by the class statement."""
        from glass.objects.funcobject import W_Function
        from glass.objects.str import W_Str
        from glass.vm.classes import build_class
        if len(args_w) < 2:
            raise type_error("__build_class__: not enough arguments")
        w_func, w_name = args_w[0], args_w[1]
        if not isinstance(w_func, W_Function):
            raise type_error("__build_class__: func must be a function")
        if not isinstance(w_name, W_Str):
            raise type_error("__build_class__: name is not a string")
        kwds = dict(kwargs)
        w_meta = kwds.pop("metaclass", None)
        return build_class(w_func, w_name, list(args_w[2:]), w_meta, kwds)

    @function("($module, /, name, globals=None, locals=None, fromlist=(),\n"
              "           level=0)")
    def __import__(w_name, w_globals, w_locals, w_fromlist, w_level):
        """Import a module.

Because this function is meant for use by the Python
interpreter and not for general use, it is better to use
importlib.import_module() to programmatically import a module.

The globals argument is only used to determine the context;
they are not modified.  The locals argument is unused.  The fromlist
should be a list of names to emulate ``from name import ...``, or an
empty list to emulate ``import name``.
When importing a module from a package, note that __import__('A.B', ...)
returns package A when fromlist is empty, but its submodule B when
fromlist is not empty.  The level argument is used to determine whether to
perform absolute or relative imports: 0 is absolute, while a positive number
is the number of parent directories to search relative to the current module."""
        from glass.vm.imports import builtin_import
        return builtin_import(w_name, w_globals, w_fromlist, w_level)

    @function("($module, x, /)")
    def abs(w_x):
        """Return the absolute value of the argument."""
        func = w_x.ob_type.nb_absolute
        if func is None:
            raise type_error("bad operand type for abs(): '%s'" % w_x.ob_type.name)
        return func(w_x)

    @function("($module, async_iterable, /)")
    def aiter(w_iterable):
        """Return an AsyncIterator for an AsyncIterable object."""
        func = w_iterable.ob_type.am_aiter
        if func is None:
            raise type_error("'%s' object is not an async iterable"
                             % w_iterable.ob_type.name)
        w_it = func(w_iterable)
        if w_it.ob_type.am_anext is None:
            kind = w_it.ob_type.name
            decref(w_it)
            raise type_error("aiter() returned not an async iterator of type '%s'" % kind)
        return w_it

    @function("($module, iterable, /)")
    def all(w_iterable):
        """Return True if bool(x) is True for all values x in the iterable.

If the iterable is empty, return True."""
        for w_item in abstract.iterate(w_iterable):
            try:
                if not abstract.is_true(w_item):
                    return _new_bool(False)
            finally:
                decref(w_item)
        return _new_bool(True)

    @function("($module, aiterator, default=<unrepresentable>, /)")
    def anext(w_aiterator, w_default):
        """async anext(aiterator[, default])

Return the next item from the async iterator.  If default is given and the async
iterator is exhausted, it is returned instead of raising StopAsyncIteration."""
        func = w_aiterator.ob_type.am_anext
        if func is None:
            raise type_error("'%s' object is not an async iterator"
                             % w_aiterator.ob_type.name)
        w_awaitable = func(w_aiterator)
        if w_default is None:
            return w_awaitable
        # Divergence: 3.11 wraps the result even when __anext__ raised, and
        # crashes; here its exception propagates.
        from glass.objects.iterobject import new_anext_awaitable
        return new_anext_awaitable(w_awaitable, w_default)

    @function("($module, iterable, /)")
    def any(w_iterable):
        """Return True if bool(x) is True for any x in the iterable.

If the iterable is empty, return False."""
        for w_item in abstract.iterate(w_iterable):
            try:
                if abstract.is_true(w_item):
                    return _new_bool(True)
            finally:
                decref(w_item)
        return _new_bool(False)

    @function("($module, obj, /)")
    def ascii(w_obj):
        """Return an ASCII-only representation of an object.

As repr(), return a string containing a printable representation of an
object, but escape the non-ASCII characters in the string returned by
repr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar
to that returned by repr() in Python 2."""
        from glass.objects.strformat import ascii as object_ascii
        return object_ascii(w_obj)       # an all-ASCII repr comes back as it is

    @function("($module, number, /)")
    def bin(w_number):
        """Return the binary representation of an integer.

   >>> bin(2796202)
   '0b1010101010101010101010'"""
        return _to_base(w_number, bin)

    @raw_function(None)
    def breakpoint(args_w, kwargs):
        """breakpoint(*args, **kws)

Call sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept
whatever arguments are passed.

By default, this drops you into the pdb debugger."""
        from glass.modules.sys import sys_attr
        w_hook = sys_attr("breakpointhook")
        if w_hook is None:
            from glass.objects.exceptions import runtime_error
            raise runtime_error("lost sys.breakpointhook")
        audit("builtins.breakpoint", w_hook)
        return abstract.call(w_hook, list(args_w) + [w for _, w in kwargs],
                             tuple(k for k, _ in kwargs) or None)

    @function("($module, obj, /)")
    def callable(w_obj):
        """Return whether the object is callable (i.e., some kind of function).

Note that classes are callable, as are instances of classes with a
__call__() method."""
        return _new_bool(w_obj.ob_type.tp_call is not None)

    @function("($module, i, /)")
    def chr(w_i):
        """Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."""
        value = _c_int(w_i)
        if not 0 <= value <= 0x10FFFF:
            raise value_error("chr() arg not in range(0x110000)")
        return _new_str(chr(value))

    @function("($module, /, source, filename, mode, flags=0,\n"
              "        dont_inherit=False, optimize=-1, *, _feature_version=-1)")
    def compile(w_source, w_filename, w_mode, w_flags, w_dont_inherit, w_optimize,
                w_feature_version):
        """Compile source into a code object that can be executed by exec() or eval().

The source code may represent a Python module, statement or expression.
The filename will be used for run-time error messages.
The mode must be 'exec' to compile a module, 'single' to compile a
single (interactive) statement, or 'eval' to compile an expression.
The flags argument, if present, controls which future statements influence
the compilation of the code.
The dont_inherit argument, if true, stops the compilation inheriting
the effects of any future statements in effect in the code calling
compile; if absent or false these statements do influence the compilation,
in addition to any features explicitly specified."""
        from glass.objects.str import W_Str
        filename = _fs_decode(w_filename)
        if not isinstance(w_mode, W_Str):
            raise type_error("compile() argument 'mode' must be str, not %s"
                             % argument_type_name(w_mode))
        mode = w_mode.value
        flags = _c_int(w_flags) if w_flags is not None else 0
        dont_inherit = abstract.is_true(w_dont_inherit) if w_dont_inherit is not None \
            else False
        optimize = _c_int(w_optimize) if w_optimize is not None else -1
        feature_version = -1
        if w_feature_version is not None:
            feature_version = _c_int(w_feature_version)
        if flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK):
            raise value_error("compile(): unrecognised flags")
        if optimize < -1 or optimize > 2:
            raise value_error("compile(): invalid optimize value")
        if not dont_inherit:
            flags |= _inherited_flags()
        if mode == "func_type":
            if not flags & PyCF_ONLY_AST:
                raise value_error("compile() mode 'func_type' requires flag "
                                  "PyCF_ONLY_AST")
        elif mode not in ("exec", "eval", "single"):
            if flags & PyCF_ONLY_AST:
                raise value_error("compile() mode must be 'exec', 'eval', 'single' "
                                  "or 'func_type'")
            raise value_error("compile() mode must be 'exec', 'eval' or 'single'")
        from glass.modules import _ast
        if _ast.ast_state_ready() and _ast.is_ast_node(w_source):
            if flags & PyCF_ONLY_AST:
                w_source.ob_refcnt += 1
                return w_source
            audit("compile", w_source, None)           # PyAST_obj2mod's
            return _ast.compile_guest_tree(w_source, filename, mode, flags, optimize)
        source = _source_text(w_source, "compile", "string, bytes or AST")
        if flags & PyCF_ONLY_AST:
            audit_parse(source, filename)
            return _ast.parse_to_guest(source, filename, mode, flags, feature_version)
        return compile_code(source, filename, mode, flags, optimize)

    @function("($module, obj, name, /)")
    def delattr(w_obj, w_name):
        """Deletes the named attribute from the given object.

delattr(x, 'y') is equivalent to ``del x.y``"""
        _check_attr_name(w_name)
        abstract.setattr(w_obj, w_name, None)

    @no_text_signature
    @function("($module, arg=<unrepresentable>, /)", name="dir")
    def dir(w_arg):
        """dir([object]) -> list of strings

If called without an argument, return the names in the current scope.
Else, return an alphabetized list of names comprising (some of) the attributes
of the given object, and of attributes reachable from it.
If the object supplies a method named __dir__, it will be used; otherwise
the default dir() logic is used and returns:
  for a module object: the module's attributes.
  for a class object:  its attributes, and recursively the attributes
    of its bases.
  for any other object: its attributes, its class's attributes, and
    recursively the attributes of its class's base classes."""
        return object_dir(w_arg)

    @function("($module, x, y, /)")
    def divmod(w_x, w_y):
        """Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."""
        return abstract.binary_op(w_x, w_y, "nb_divmod", "divmod()")

    @function("($module, source, globals=None, locals=None, /)")
    def eval(w_source, w_globals, w_locals):
        """Evaluate the given source in the context of globals and locals.

The source may be a string representing a Python expression
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it."""
        return builtin_eval(w_source, w_globals, w_locals)

    @function("($module, source, globals=None, locals=None, /, *, closure=None)")
    def exec(w_source, w_globals, w_locals, w_closure):
        """Execute the given source in the context of globals and locals.

The source may be a string representing one or more Python statements
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it.
The closure must be a tuple of cellvars, and can only be used
when source is a code object requiring exactly that many cellvars."""
        builtin_exec(w_source, w_globals, w_locals, w_closure)

    @function("($module, value, format_spec='', /)")
    def format(w_value, w_spec):
        """Return value.__format__(format_spec)

format_spec defaults to the empty string.
See the Format Specification Mini-Language section of help('FORMATTING') for
details."""
        from glass.objects.str import W_Str
        if w_spec is not None and not isinstance(w_spec, W_Str):
            raise type_error("format() argument 2 must be str, not %s"
                             % argument_type_name(w_spec))
        return abstract.format(w_value, w_spec)

    @no_text_signature
    @function("($module, object, name, default=<unrepresentable>, /)")
    def getattr(w_obj, w_name, w_default):
        """getattr(object, name[, default]) -> value

Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.
When a default argument is given, it is returned when the attribute doesn't
exist; without it, an exception is raised in that case."""
        _check_attr_name(w_name)
        if w_default is None:
            return abstract.getattr(w_obj, w_name)
        try:
            return abstract.getattr(w_obj, w_name)
        except OperationError as error:
            if not error.match(_exc("AttributeError")):
                raise
            decref(error.w_value)
        w_default.ob_refcnt += 1
        return w_default

    @function("($module, /)")
    def globals():
        """Return the dictionary containing the current scope's global variables.

NOTE: Updates to this dictionary *will* affect name lookups in the current
global scope and vice-versa."""
        from glass.vm import pystate
        frame = pystate.current().frame
        if frame is None:
            return None
        frame.w_globals.ob_refcnt += 1
        return frame.w_globals

    @function("($module, obj, name, /)")
    def hasattr(w_obj, w_name):
        """Return whether the object has an attribute with the given name.

This is done by calling getattr(obj, name) and catching AttributeError."""
        _check_attr_name(w_name)
        try:
            decref(abstract.getattr(w_obj, w_name))
        except OperationError as error:
            if not error.match(_exc("AttributeError")):
                raise
            decref(error.w_value)
            return _new_bool(False)
        return _new_bool(True)

    @function("($module, obj, /)")
    def hash(w_obj):
        """Return the hash value for the given object.

Two objects that compare equal must also have the same hash value, but the
reverse is not necessarily true."""
        return _new_int(abstract.hash(w_obj))

    @function("($module, number, /)")
    def hex(w_number):
        """Return the hexadecimal representation of an integer.

   >>> hex(12648430)
   '0xc0ffee'"""
        return _to_base(w_number, hex)

    @function("($module, obj, /)")
    def id(w_obj):
        """Return the identity of an object.

This is guaranteed to be unique among simultaneously existing objects.
(CPython uses the object's memory address.)"""
        w_id = _new_int(id(w_obj))
        if should_audit():
            try:
                audit("builtins.id", w_id)
            except OperationError:
                decref(w_id)
                raise
        return w_id

    @function("($module, prompt='', /)")
    def input(w_prompt):
        """Read a string from standard input.  The trailing newline is stripped.

The prompt string, if given, is printed to standard output without a
trailing newline before reading input.

If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.
On *nix systems, readline is used if available."""
        return builtin_input(w_prompt)

    @function("($module, obj, class_or_tuple, /)")
    def isinstance(w_obj, w_cls):
        """Return whether an object is an instance of a class or of a subclass thereof.

A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to
check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)
or ...`` etc."""
        return _new_bool(object_isinstance(w_obj, w_cls))

    @function("($module, cls, class_or_tuple, /)")
    def issubclass(w_cls, w_classinfo):
        """Return whether 'cls' is derived from another class or is the same class.

A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to
check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)
or ...``."""
        return _new_bool(object_issubclass(w_cls, w_classinfo))

    @no_text_signature
    @function("($module, object, sentinel=<unrepresentable>, /)")
    def iter(w_obj, w_sentinel):
        """iter(iterable) -> iterator
iter(callable, sentinel) -> iterator

Get an iterator from an object.  In the first form, the argument must
supply its own iterator, or be a sequence.
In the second form, the callable is called until it returns the sentinel."""
        if w_sentinel is None:
            return abstract.iter(w_obj)
        if w_obj.ob_type.tp_call is None:
            raise type_error("iter(v, w): v must be callable")
        from glass.objects.iterobject import new_call_iter
        return new_call_iter(w_obj, w_sentinel)

    @function("($module, obj, /)")
    def len(w_obj):
        """Return the number of items in a container."""
        return _new_int(abstract.length(w_obj))

    @function("($module, /)")
    def locals():
        """Return a dictionary containing the current scope's local variables.

NOTE: Whether or not updates to this dictionary will affect name lookups in
the local scope and vice-versa is *implementation dependent* and not
covered by any backwards compatibility guarantees."""
        return current_locals()

    @raw_function(None)
    def max(args_w, kwargs):
        """max(iterable, *[, default=obj, key=func]) -> value
max(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its biggest item. The
default keyword-only argument specifies an object to return if
the provided iterable is empty.
With two or more arguments, return the largest argument."""
        from glass.objects.type import GT
        return min_max(args_w, kwargs, GT, "max")

    @raw_function(None)
    def min(args_w, kwargs):
        """min(iterable, *[, default=obj, key=func]) -> value
min(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its smallest item. The
default keyword-only argument specifies an object to return if
the provided iterable is empty.
With two or more arguments, return the smallest argument."""
        from glass.objects.type import LT
        return min_max(args_w, kwargs, LT, "min")

    @no_text_signature
    @function("($module, iterator, default=<unrepresentable>, /)")
    def next(w_iter, w_default):
        """next(iterator[, default])

Return the next item from the iterator. If default is given and the iterator
is exhausted, it is returned instead of raising StopIteration."""
        from glass.objects.exceptions import stop_iteration
        if not abstract.iter_check(w_iter):
            raise type_error("'%s' object is not an iterator" % w_iter.ob_type.name)
        from glass.objects.genobject import next_keeping_value
        try:
            w_item = next_keeping_value(w_iter)
        except OperationError as error:
            if w_default is None or not error.match(_exc("StopIteration")):
                raise
            decref(error.w_value)
            w_item = None
        if w_item is not None:
            return w_item
        if w_default is not None:
            w_default.ob_refcnt += 1
            return w_default
        raise stop_iteration()

    @function("($module, number, /)")
    def oct(w_number):
        """Return the octal representation of an integer.

   >>> oct(342391)
   '0o1234567'"""
        return _to_base(w_number, oct)

    @function("($module, c, /)")
    def ord(w_c):
        """Return the Unicode code point for a one-character string."""
        from glass.objects.bytes import W_Bytes
        from glass.objects.str import W_Str
        if isinstance(w_c, W_Str):
            text = w_c.value
        elif isinstance(w_c, W_Bytes) or w_c.ob_type.name == "bytearray":
            text = bytes(w_c.value)
        else:
            raise type_error("ord() expected string of length 1, but %s found"
                             % w_c.ob_type.name)
        if len(text) != 1:
            raise type_error("ord() expected a character, but string of length %d found"
                             % len(text))
        return _new_int(text[0] if isinstance(text, bytes) else ord(text))

    @function("($module, /, base, exp, mod=None)")
    def pow(w_base, w_exp, w_mod):
        """Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments

Some types, such as ints, are able to use a more efficient algorithm when
invoked using the three argument form."""
        return abstract.power(w_base, w_exp, None if _is_none(w_mod) else w_mod)

    @function("($module, /, *args, sep=' ', end='\\n', file=None, flush=False)")
    def print(args_w, w_sep, w_end, w_file, w_flush):
        """Prints the values to a stream, or to sys.stdout by default.

  sep
    string inserted between values, default a space.
  end
    string appended after the last value, default a newline.
  file
    a file-like object (stream); defaults to the current sys.stdout.
  flush
    whether to forcibly flush the stream."""
        builtin_print(args_w, w_sep, w_end, w_file, w_flush)

    @function("($module, obj, /)")
    def repr(w_obj):
        """Return the canonical string representation of the object.

For many object types, including most builtins, eval(repr(obj)) == obj."""
        return abstract.repr(w_obj)

    @function("($module, /, number, ndigits=None)")
    def round(w_number, w_ndigits):
        """Round a number to a given precision in decimal digits.

The return value is an integer if ndigits is omitted or None.  Otherwise
the return value has the same type as the number.  ndigits may be negative."""
        w_round = _lookup_special(w_number, "__round__")
        if w_round is None:
            raise type_error("type %s doesn't define __round__ method"
                             % w_number.ob_type.name)
        try:
            if _is_none(w_ndigits):
                return abstract.call(w_round, [])
            return abstract.call(w_round, [w_ndigits])
        finally:
            decref(w_round)

    @function("($module, obj, name, value, /)")
    def setattr(w_obj, w_name, w_value):
        """Sets the named attribute on the given object to the specified value.

setattr(x, 'y', v) is equivalent to ``x.y = v``"""
        _check_attr_name(w_name)
        abstract.setattr(w_obj, w_name, w_value)

    @raw_function("($module, iterable, /, *, key=None, reverse=False)")
    def sorted(args_w, kwargs):
        """Return a new list containing all items from the iterable in ascending order.

A custom key function can be supplied to customize the sort order, and the
reverse flag can be set to request the result in descending order."""
        from glass.objects.list import sequence_list
        if len(args_w) != 1:
            raise type_error("sorted expected 1 argument, got %d" % len(args_w))
        w_list = sequence_list(args_w[0])
        try:
            w_sort = abstract.getattr_str(w_list, "sort")
            try:
                decref(abstract.call(w_sort, [w for _, w in kwargs],
                                     tuple(k for k, _ in kwargs) or None))
            finally:
                decref(w_sort)
        except OperationError:
            decref(w_list)
            raise
        return w_list

    @function("($module, iterable, /, start=0)")
    def sum(w_iterable, w_start):
        """Return the sum of a 'start' value (default: 0) plus an iterable of numbers

When the iterable is empty, return the start value.
This function is intended specifically for use with numeric values and may
reject non-numeric types."""
        return builtin_sum(w_iterable, w_start)

    @no_text_signature
    @function("($module, object=<unrepresentable>, /)")
    def vars(w_obj):
        """vars([object]) -> dictionary

Without arguments, equivalent to locals().
With an argument, equivalent to object.__dict__."""
        if w_obj is None:
            return current_locals()
        w_dict = abstract.lookup_attr_str(w_obj, "__dict__")
        if w_dict is None:
            raise type_error("vars() argument must have __dict__ attribute")
        return w_dict


# --- Helpers of the functions above, in bltinmodule.c's order --------------------------

def _to_base(w_number, host_format):
    """PyNumber_ToBase: the index of the number in base 2, 8 or 16."""
    w_index = abstract.index(w_number)
    value = w_index.value
    decref(w_index)
    return _new_str(host_format(value))


def _c_int(w_value):
    """The "i" converter: an index that fits a C int."""
    from glass.objects.exceptions import overflow_error
    from glass.objects.float import W_Float
    if isinstance(w_value, W_Float):
        raise type_error("'float' object cannot be interpreted as an integer")
    w_index = abstract.index(w_value)
    value = w_index.value
    decref(w_index)
    if not -(1 << 31) <= value < (1 << 31):
        if value > 0:
            raise overflow_error("Python int too large to convert to C int")
        raise overflow_error("Python int too small to convert to C int")
    return value


def _check_attr_name(w_name):
    """PyObject_GetAttr / SetAttr accept only str names."""
    if not isinstance(w_name, W_Str):
        raise type_error("attribute name must be string, not '%s'" % w_name.ob_type.name)


def _lookup_special(w_obj, name):
    """_PyObject_LookupSpecial: the attribute on the type, bound to the object."""
    w_descr = w_obj.ob_type.lookup(name)
    if w_descr is None:
        return None
    get = w_descr.ob_type.tp_descr_get
    if get is None:
        w_descr.ob_refcnt += 1
        return w_descr
    return get(w_descr, w_obj, w_obj.ob_type)


# --- print, input ----------------------------------------------------------------------

def builtin_print(args_w, w_sep, w_end, w_file, w_flush):
    """Counterpart: builtin_print_impl: each value's str() written in turn."""
    from glass.modules.sys import flush, sys_attr, write_text
    from glass.objects.none import w_None
    sep = _str_option(w_sep, " ", "sep")
    end = _str_option(w_end, "\n", "end")
    if w_file is None or w_file is w_None:
        w_file = sys_attr("stdout")
        if w_file is None:
            from glass.objects.exceptions import runtime_error
            raise runtime_error("lost sys.stdout")
        if w_file is w_None:
            return                     # sys.stdout may be None: print nothing
    from glass.modules.sys import W_HostTextStream
    if type(w_file) is W_HostTextStream:
        # The host stream sees one write; the text is the same.
        pieces = []
        try:
            for i, w_arg in enumerate(args_w):
                if i:
                    pieces.append(sep)
                pieces.append(abstract.str_text(w_arg))
            pieces.append(end)
        finally:
            write_text(w_file, "".join(pieces))
    else:
        for i, w_arg in enumerate(args_w):
            if i:
                write_text(w_file, sep)
            write_text(w_file, abstract.str_text(w_arg))
        write_text(w_file, end)
    if w_flush is not None and abstract.is_true(w_flush):
        flush(w_file)


def _str_option(w_value, default, name):
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    if w_value is None or w_value is w_None:
        return default
    if not isinstance(w_value, W_Str):
        raise type_error("%s must be None or a string, not %s" % (name, w_value.ob_type.name))
    return w_value.value


def builtin_input(w_prompt):
    """Counterpart: builtin_input_impl, the non-interactive path: write the
    prompt to sys.stdout, read a line from sys.stdin."""
    from glass.modules.sys import sys_attr, write_text
    from glass.objects.exceptions import operation_error, runtime_error
    from glass.objects.str import W_Str
    from glass.objects.none import w_None
    audit("builtins.input", w_prompt)
    files = {}
    for name in ("stdin", "stdout", "stderr"):
        w_file = sys_attr(name)
        if w_file is None or w_file is w_None:
            raise runtime_error("input(): lost sys.%s" % name)
        files[name] = w_file
    _flush_ignoring(files["stderr"])
    if w_prompt is not None:
        write_text(files["stdout"], abstract.str_text(w_prompt))
    _flush_ignoring(files["stdout"])
    w_readline = abstract.getattr_str(files["stdin"], "readline")
    try:
        w_line = abstract.call(w_readline, [])
    finally:
        decref(w_readline)
    if not isinstance(w_line, W_Str):
        decref(w_line)
        raise type_error("object.readline() returned non-string")
    text = w_line.value
    decref(w_line)
    if not text:
        raise operation_error("EOFError", "EOF when reading a line")
    if text.endswith("\n"):
        text = text[:-1]
    return _new_str(text)


def _flush_ignoring(w_file):
    from glass.modules.sys import flush
    try:
        flush(w_file)
    except OperationError as error:
        decref(error.w_value)


# --- min, max, sum ------------------------------------------------------------------------

def min_max(args_w, kwargs, op, name):
    """Counterpart: min_max: one iterable (with key= and default=) or several
    arguments (with key=); the first of equal items wins."""
    if not args_w:
        raise type_error("%s expected at least 1 argument, got 0" % name)
    if len(kwargs) > 2:
        raise type_error("%s() takes at most 2 keyword arguments (%d given)"
                         % (name, len(kwargs)))
    w_key = w_default = None
    for keyword, w_value in kwargs:
        if keyword == "key":
            w_key = w_value
        elif keyword == "default":
            w_default = w_value
        else:
            raise type_error("'%s' is an invalid keyword argument for %s()"
                             % (keyword, name))
    positional = len(args_w) > 1
    if positional and w_default is not None:
        raise type_error("Cannot specify a default for %s() with multiple positional "
                         "arguments" % name)
    if positional:
        from glass.objects.tuple import new_tuple
        w_seq = new_tuple(list(args_w))
    else:
        w_seq = args_w[0]
        w_seq.ob_refcnt += 1
    try:
        w_it = abstract.iter(w_seq)
    finally:
        decref(w_seq)
    if _is_none(w_key):
        w_key = None
    w_best = w_best_value = None
    try:
        iternext = w_it.ob_type.tp_iternext
        while True:
            w_item = iternext(w_it)
            if w_item is None:
                break
            if w_key is not None:
                try:
                    w_value = abstract.call(w_key, [w_item])
                except OperationError:
                    decref(w_item)
                    raise
            else:
                w_item.ob_refcnt += 1
                w_value = w_item
            if w_best_value is None:
                w_best, w_best_value = w_item, w_value
                continue
            try:
                better = abstract.rich_compare_bool(w_value, w_best_value, op)
            except OperationError:
                decref(w_item)
                decref(w_value)
                raise
            if better:
                decref(w_best)
                decref(w_best_value)
                w_best, w_best_value = w_item, w_value
            else:
                decref(w_item)
                decref(w_value)
    except OperationError:
        xdecref(w_best)
        xdecref(w_best_value)
        raise
    finally:
        decref(w_it)
    if w_best_value is None:
        if w_default is not None:
            w_default.ob_refcnt += 1
            return w_default
        raise value_error("%s() arg is an empty sequence" % name)
    decref(w_best_value)
    return w_best


def builtin_sum(w_iterable, w_start):
    """Counterpart: builtin_sum_impl: start + each item, in order.

    # Divergence: CPython adds exact ints and floats in C variables first;
    # the results are the same, as each step is the same addition.
    """
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    if w_start is None:
        w_result = _new_int(0)
    else:
        if isinstance(w_start, W_Str):
            raise type_error("sum() can't sum strings [use ''.join(seq) instead]")
        if isinstance(w_start, W_Bytes):
            raise type_error("sum() can't sum bytes [use b''.join(seq) instead]")
        if w_start.ob_type.is_subtype(_bytearray_type()):
            raise type_error("sum() can't sum bytearray [use b''.join(seq) instead]")
        w_start.ob_refcnt += 1
        w_result = w_start
    try:
        for w_item in abstract.iterate(w_iterable):
            try:
                w_new = abstract.binary_op(w_result, w_item, "nb_add", "+")
            finally:
                decref(w_item)
            decref(w_result)
            w_result = w_new
    except OperationError:
        decref(w_result)
        raise
    return w_result


def _bytearray_type():
    from glass.objects.type import BUILTIN_TYPES
    for w_type in BUILTIN_TYPES:
        if w_type.name == "bytearray":
            return w_type
    return None


# --- isinstance, issubclass (Objects/abstract.c) --------------------------------------------

def object_isinstance(w_obj, w_cls):
    """Counterpart: PyObject_IsInstance (object_recursive_isinstance)."""
    if w_obj.ob_type is w_cls:
        return True
    if type(w_cls) is W_Type and w_cls.ob_type is W_Type.w_type:
        return _object_isinstance(w_obj, w_cls)
    w_cls = _union_args(w_cls)
    if isinstance(w_cls, W_Tuple):
        with pystate.recursion_guard(" in __instancecheck__"):
            for w_item in list(w_cls.items):
                if object_isinstance(w_obj, w_item):
                    return True
        return False
    w_checker = _lookup_special(w_cls, "__instancecheck__")
    if w_checker is not None:
        try:
            with pystate.recursion_guard(" in __instancecheck__"):
                w_res = abstract.call(w_checker, [w_obj])
        finally:
            decref(w_checker)
        try:
            return abstract.is_true(w_res)
        finally:
            decref(w_res)
    return _object_isinstance(w_obj, w_cls)


def _object_isinstance(w_obj, w_cls):
    """Counterpart: object_isinstance: the type, or a __class__ that differs."""
    if isinstance(w_cls, W_Type):
        if w_obj.ob_type.is_subtype(w_cls):
            return True
        w_icls = abstract.lookup_attr_str(w_obj, "__class__")
        if w_icls is None:
            return False
        try:
            return (w_icls is not w_obj.ob_type and isinstance(w_icls, W_Type)
                    and w_icls.is_subtype(w_cls))
        finally:
            decref(w_icls)
    _check_class(w_cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    w_icls = abstract.lookup_attr_str(w_obj, "__class__")
    if w_icls is None:
        return False
    try:
        return _abstract_issubclass(w_icls, w_cls)
    finally:
        decref(w_icls)


def object_issubclass(w_derived, w_cls):
    """Counterpart: PyObject_IsSubclass (object_issubclass)."""
    from glass.objects.tuple import W_Tuple
    from glass.objects.type import W_Type
    if type(w_cls) is W_Type and w_cls.ob_type is W_Type.w_type:
        if w_derived is w_cls:
            return True
        return recursive_issubclass(w_derived, w_cls)
    w_cls = _union_args(w_cls)
    if isinstance(w_cls, W_Tuple):
        with pystate.recursion_guard(" in __subclasscheck__"):
            for w_item in list(w_cls.items):
                if object_issubclass(w_derived, w_item):
                    return True
        return False
    w_checker = _lookup_special(w_cls, "__subclasscheck__")
    if w_checker is not None:
        try:
            with pystate.recursion_guard(" in __subclasscheck__"):
                w_res = abstract.call(w_checker, [w_derived])
        finally:
            decref(w_checker)
        try:
            return abstract.is_true(w_res)
        finally:
            decref(w_res)
    return recursive_issubclass(w_derived, w_cls)


def recursive_issubclass(w_derived, w_cls):
    """Counterpart: recursive_issubclass (also type.__subclasscheck__)."""
    from glass.objects.type import W_Type
    if isinstance(w_cls, W_Type) and isinstance(w_derived, W_Type):
        return w_derived.is_subtype(w_cls)
    _check_class(w_derived, "issubclass() arg 1 must be a class")
    _check_class(w_cls, "issubclass() arg 2 must be a class, a tuple of classes, "
                        "or a union")
    return _abstract_issubclass(w_derived, w_cls)


def _union_args(w_cls):
    """A types.UnionType (X | Y) stands for the tuple of its arguments."""
    if w_cls.ob_type.name == "types.UnionType":
        w_args = abstract.lookup_attr_str(w_cls, "__args__")
        if w_args is not None:
            w_args.ob_refcnt -= 1        # kept alive by the union
            return w_args
    return w_cls


def _abstract_get_bases(w_cls):
    """Counterpart: abstract_get_bases: __bases__ if it is a tuple, else None."""
    from glass.objects.tuple import W_Tuple
    w_bases = abstract.lookup_attr_str(w_cls, "__bases__")
    if w_bases is not None and not isinstance(w_bases, W_Tuple):
        decref(w_bases)
        return None
    return w_bases


def _check_class(w_cls, message):
    w_bases = _abstract_get_bases(w_cls)
    if w_bases is None:
        raise type_error(message)
    decref(w_bases)


def _abstract_issubclass(w_derived, w_cls):
    """Counterpart: abstract_issubclass: walk __bases__ (no recursion for a
    single base)."""
    while True:
        if w_derived is w_cls:
            return True
        w_bases = _abstract_get_bases(w_derived)
        if w_bases is None:
            return False
        bases_w = list(w_bases.items)
        decref(w_bases)
        if not bases_w:
            return False
        if len(bases_w) == 1:
            w_derived = bases_w[0]
            continue
        with pystate.recursion_guard(" in __issubclass__"):
            return any(_abstract_issubclass(w_base, w_cls) for w_base in bases_w)


# --- dir (PyObject_Dir, object.__dir__, type.__dir__, module.__dir__) --------------------

def object_dir(w_obj=None):
    """Counterpart: PyObject_Dir: the sorted names of the current scope, or
    of the object through its __dir__.  A new list."""
    from glass.objects.list import W_List, list_sort
    if w_obj is None:
        w_locals = current_locals()
        try:
            w_names = W_List(list(_mapping_keys(w_locals)))
        finally:
            decref(w_locals)
    else:
        w_dirfunc = _lookup_special(w_obj, "__dir__")
        if w_dirfunc is None:
            raise type_error("object does not provide __dir__")
        try:
            if _is_default_dir(w_dirfunc):
                w_result = default_dir(w_obj)
            else:
                w_result = abstract.call(w_dirfunc, [])
        finally:
            decref(w_dirfunc)
        try:
            w_names = W_List(list(abstract.iterate(w_result)))
        finally:
            decref(w_result)
    try:
        list_sort(w_names, None, False)
    except OperationError:
        decref(w_names)
        raise
    return w_names


def _mapping_keys(w_mapping):
    """PyMapping_Keys: the keys of an exact dict, else of mapping.keys()
    (a dict subclass's own keys() included), as new references."""
    from glass.objects.dict import W_Dict
    if w_mapping.ob_type is W_Dict.w_type:
        keys_w = w_mapping.keys_list()
        for w_key in keys_w:
            w_key.ob_refcnt += 1
        return keys_w
    w_keys = abstract.getattr_str(w_mapping, "keys")
    try:
        w_view = abstract.call(w_keys, [])
    finally:
        decref(w_keys)
    try:
        return list(abstract.iterate(w_view))
    finally:
        decref(w_view)


def _is_default_dir(w_bound):
    """Is this object.__dir__ bound to something (the builtin default)?"""
    from glass.objects.object import W_Object
    w_default = W_Object.w_type.dict.get("__dir__")
    w_func = getattr(w_bound, "func", None)
    return w_default is not None and w_func is not None and \
        w_func is getattr(w_default, "func", None)


def default_dir(w_obj):
    """The default __dir__ for an object, a class or a module.

    Counterpart: object___dir___impl, type___dir___impl and module_dir.
    # Divergence: CPython has three __dir__ methods; Glass's object.__dir__
    # (typeobject.py) is one simple method, so dir() applies the three here.
    """
    from glass.objects.dict import W_Dict
    from glass.objects.list import W_List
    from glass.objects.module import W_Module
    from glass.objects.type import W_Type
    if isinstance(w_obj, W_Type):
        w_names = W_Dict()
        _merge_class_dict(w_names, w_obj)
        return _dict_keys_list(w_names)
    if isinstance(w_obj, W_Module):
        w_dict = abstract.getattr_str(w_obj, "__dict__")
        try:
            if not isinstance(w_dict, W_Dict):
                w_name = w_obj.w_dict.getitem_str("__name__")
                raise type_error("%s.__dict__ is not a dictionary"
                                 % (w_name.value if w_name is not None else "?"))
            w_dirfunc = w_dict.getitem_str("__dir__")
            if w_dirfunc is not None:
                return abstract.call(w_dirfunc, [])
            return W_List([_incref(w) for w in w_dict.keys_list()])
        finally:
            decref(w_dict)
    w_names = W_Dict()
    try:
        w_dict = abstract.lookup_attr_str(w_obj, "__dict__")
        if w_dict is not None:
            if isinstance(w_dict, W_Dict):
                for w_key, w_value in w_dict.item_pairs():
                    w_names.setitem(w_key, w_value)
            decref(w_dict)
        w_class = abstract.lookup_attr_str(w_obj, "__class__")
        if w_class is not None:
            try:
                _merge_class_dict(w_names, w_class)
            finally:
                decref(w_class)
    except OperationError:
        decref(w_names)
        raise
    return _dict_keys_list(w_names)


def _merge_class_dict(w_names, w_class):
    """Counterpart: merge_class_dict: the class's __dict__ keys, then its
    bases' (recursively)."""
    from glass.objects.tuple import W_Tuple
    from glass.objects.none import w_None
    w_classdict = abstract.lookup_attr_str(w_class, "__dict__")
    if w_classdict is not None:
        try:
            for w_key in _mapping_keys(w_classdict):
                w_names.setitem(w_key, w_None)
                decref(w_key)
        finally:
            decref(w_classdict)
    w_bases = abstract.lookup_attr_str(w_class, "__bases__")
    if w_bases is not None:
        try:
            if isinstance(w_bases, W_Tuple):
                for w_base in list(w_bases.items):
                    _merge_class_dict(w_names, w_base)
        finally:
            decref(w_bases)


def _dict_keys_list(w_dict):
    from glass.objects.list import W_List
    try:
        return W_List([_incref(w) for w in w_dict.keys_list()])
    finally:
        decref(w_dict)


def _incref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


# --- globals, locals, compile, eval, exec --------------------------------------------------

def current_locals():
    """Counterpart: PyEval_GetLocals: the frame's locals mapping, or for a
    function frame a dict of its fast locals (_PyFrame_FastToLocalsWithError).

    # Divergence: CPython keeps that dict on the frame and refreshes it; Glass
    # makes a new one each time, so `locals() is locals()` is False in a function.
    """
    from glass.vm import pystate
    frame = pystate.current().frame
    if frame is None:
        from glass.objects.exceptions import system_error
        raise system_error("frame does not exist")
    return frame_locals(frame)


def frame_locals(frame):
    """The locals of an interpreter frame as locals() and frame.f_locals show
    them: the mapping of a module or class frame, else a new dict."""
    from glass.bytecode.code import CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED
    from glass.objects.dict import W_Dict
    from glass.objects.funcobject import W_Cell
    if frame.w_locals is not None:
        frame.w_locals.ob_refcnt += 1
        return frame.w_locals
    code = frame.w_code.code
    w_dict = W_Dict()
    for index, name in enumerate(code.co_localsplusnames):
        kind = code.co_localspluskinds[index]
        if kind & CO_FAST_FREE and not code.co_flags & CO_OPTIMIZED:
            continue
        w_value = frame.localsplus[index] if index < len(frame.localsplus) else None
        if w_value is not None and kind & (CO_FAST_CELL | CO_FAST_FREE) \
                and isinstance(w_value, W_Cell):
            w_value = w_value.w_ref
        if w_value is not None:
            w_dict.setitem_str(name, w_value)
    return w_dict


def _current_globals():
    from glass.vm import pystate
    frame = pystate.current().frame
    return frame.w_globals if frame is not None else None


def _current_builtins():
    from glass.vm import pystate
    return pystate.current_builtins()


def _inherited_flags():
    """PyEval_MergeCompilerFlags: the future features of the calling code."""
    from glass.vm import pystate
    frame = pystate.current().frame
    if frame is None:
        return 0
    return frame.w_code.code.co_flags & PyCF_MASK


def _fs_decode(w_filename):
    """PyUnicode_FSDecoder: a str, bytes or os.PathLike file name, as a host str."""
    import os
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    w_path = w_filename
    own = False
    if not isinstance(w_path, (W_Str, W_Bytes)):
        w_fspath = w_path.ob_type.lookup("__fspath__")
        if w_fspath is None:
            raise type_error("expected str, bytes or os.PathLike object, not %s"
                             % w_filename.ob_type.name)
        w_path = abstract.call_bound_descriptor(w_fspath, w_filename, [])
        own = True
    try:
        if isinstance(w_path, W_Str):
            return w_path.value
        if isinstance(w_path, W_Bytes):
            return os.fsdecode(bytes(w_path.value))
        raise type_error("expected %s.__fspath__() to return str or bytes, not %s"
                         % (w_filename.ob_type.name, w_path.ob_type.name))
    finally:
        if own:
            decref(w_path)


def _source_text(w_source, funcname, what):
    """_Py_SourceAsString: the source as a host str or bytes, no NUL inside."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    if isinstance(w_source, W_Str):
        source = w_source.value
        has_nul = "\0" in source
    elif isinstance(w_source, W_Bytes) or w_source.ob_type.name in ("bytearray",
                                                                     "memoryview"):
        source = bytes(w_source.getbuffer())
        has_nul = b"\0" in source
    else:
        raise type_error("%s() arg 1 must be a %s object" % (funcname, what))
    if has_nul:
        from glass.objects.exceptions import operation_error
        raise operation_error("SyntaxError", "source code string cannot contain null "
                                             "bytes")
    return source


def compile_code(source, filename, mode, flags=0, optimize=-1, audited=True):
    """Py_CompileStringObject with the configured compiler: a new W_Code.
    A SyntaxError from the compiler becomes the guest's.  The audit hooks
    hear "compile" first, unless not `audited` (the code of a frozen
    module, which CPython has compiled in and never parses)."""
    from glass.compiler import CompilerUnavailable, compile_source, default_compiler
    from glass.objects.codeobject import W_Code
    from glass.objects.exceptions import operation_error, syntax_error_from_host
    from glass.vm import pystate
    if audited:
        audit_parse(source, filename)
    config = pystate.interpreter().config
    compiler = getattr(config, "compiler", None) or default_compiler()
    from glass.parser.diagnostics import warnings_to
    try:
        tstate = pystate.current()
        with warnings_to(guest_warning_sink):
            code = compile_source(source, filename, mode, compiler, flags & ~PyCF_ONLY_AST,
                                  optimize, tstate.interp.recursion_limit,
                                  tstate.recursion_depth)
    except SyntaxError as error:
        raise OperationError(syntax_error_from_host(error, filename))
    except CompilerUnavailable as error:
        raise operation_error("NotImplementedError", "glass: %s" % error)
    except (ValueError, OverflowError, MemoryError, RecursionError) as error:
        name = type(error).__name__
        if name == "RecursionError" and "during" not in str(error):
            name = "MemoryError"       # the host stack itself ran out, not 3.11's check
        raise operation_error(name if name in EXCEPTION_TYPES else "SystemError",
                              str(error))
    return W_Code(code)


def audit_parse(source, filename):
    """_PyParser_ASTFromString's audit: "compile" with the source as the
    bytes the parser reads (a str as UTF-8) and the file name."""
    if should_audit():
        if isinstance(source, str):
            source = source.encode("utf-8", "surrogatepass")
        audit("compile", source, filename)


def guest_warning_sink(category, message, filename, lineno):
    """The compiler's warnings go to the guest's warnings.warn_explicit; a
    warning a filter makes an error comes back as the host category, which
    the front end turns into a SyntaxError (PyErr_WarnExplicitObject's caller)."""
    from glass.modules._warnings import WarningsModule
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    w_category = EXCEPTION_TYPES[category.__name__]
    args_w = [new_str(message), new_str(filename), new_int(lineno)]
    try:
        decref(WarningsModule.warn_explicit(args_w[0], w_category, args_w[1], args_w[2],
                                            None, None, None, None))
    except OperationError as error:
        if not error.match(w_category):
            raise
        decref(error.w_value)
        raise category(message)
    finally:
        for w_arg in args_w:
            decref(w_arg)


def _is_mapping(w_obj):
    """PyMapping_Check."""
    return w_obj.ob_type.mp_subscript is not None


def _prepare_namespaces(w_globals, w_locals, funcname):
    """The globals and locals eval() and exec() run with (new references),
    with __builtins__ put into the globals when missing."""
    from glass.objects.dict import W_Dict
    if _is_none(w_globals):
        w_globals = _current_globals()
        if _is_none(w_locals):
            w_locals = current_locals()
        else:
            w_locals.ob_refcnt += 1
        if w_globals is None:
            decref(w_locals)
            from glass.objects.exceptions import system_error
            raise system_error("globals and locals cannot be NULL")
    else:
        if _is_none(w_locals):
            w_locals = w_globals
        w_locals.ob_refcnt += 1
    if not isinstance(w_globals, W_Dict):
        decref(w_locals)
        raise type_error("exec() globals must be a dict, not %s" % w_globals.ob_type.name)
    w_globals.ob_refcnt += 1
    if w_globals.getitem_str("__builtins__") is None:
        w_globals.setitem_str("__builtins__", _current_builtins())
    return w_globals, w_locals


def run_code_object(w_code, w_globals, w_locals, w_closure=None):
    """PyEval_EvalCode(Ex): run a code object in a new frame; a new reference
    to its result.  w_locals is taken over by the frame."""
    from glass.objects.funcobject import W_Function
    from glass.vm import pystate
    from glass.vm.ceval import eval_frame
    from glass.vm.frame import Frame
    w_func = None
    if w_closure is not None:
        # PyEval_EvalCodeEx builds a function to carry the closure.
        w_func = W_Function(w_code, w_globals)
        w_closure.ob_refcnt += 1
        w_func.w_closure = w_closure
        w_builtins = w_func.w_builtins
    else:
        w_builtins = pystate.builtins_of(w_globals)
    frame = Frame(w_code, w_func, w_globals, w_builtins, w_locals)
    if w_func is not None:
        decref(w_func)              # the frame holds it now
    return eval_frame(frame)


def builtin_eval(w_source, w_globals, w_locals):
    """Counterpart: builtin_eval_impl."""
    from glass.objects.codeobject import W_Code
    from glass.objects.dict import W_Dict
    if not _is_none(w_locals) and not _is_mapping(w_locals):
        raise type_error("locals must be a mapping")
    if not _is_none(w_globals) and not isinstance(w_globals, W_Dict):
        raise type_error("globals must be a real dict; try eval(expr, {}, mapping)"
                         if _is_mapping(w_globals) else "globals must be a dict")
    w_globals, w_locals = _prepare_namespaces(w_globals, w_locals, "eval")
    try:
        if isinstance(w_source, W_Code):
            audit("exec", w_source)
            if w_source.code.co_freevars:
                raise type_error("code object passed to eval() may not contain free "
                                 "variables")
            w_code = w_source
            w_code.ob_refcnt += 1
        else:
            source = _source_text(w_source, "eval", "string, bytes or code")
            source = source.lstrip(" \t" if isinstance(source, str) else b" \t")
            w_code = compile_code(source, "<string>", "eval", _inherited_flags())
            _audit_exec(w_code)                    # run_mod's
        try:
            w_locals.ob_refcnt += 1          # the frame's reference
            return run_code_object(w_code, w_globals, w_locals)
        finally:
            decref(w_code)
    finally:
        decref(w_globals)
        decref(w_locals)


def _audit_exec(w_code):
    """run_mod: the hooks hear "exec" of the code just compiled from a
    string (which is dropped if they refuse)."""
    try:
        audit("exec", w_code)
    except OperationError:
        decref(w_code)
        raise


def builtin_exec(w_source, w_globals, w_locals, w_closure):
    """Counterpart: builtin_exec_impl."""
    from glass.objects.codeobject import W_Code
    from glass.objects.funcobject import W_Cell
    from glass.objects.tuple import W_Tuple
    w_globals, w_locals = _prepare_namespaces(w_globals, w_locals, "exec")
    try:
        if not _is_mapping(w_locals):
            raise type_error("locals must be a mapping or None, not %s"
                             % w_locals.ob_type.name)
        if _is_none(w_closure):
            w_closure = None
        if isinstance(w_source, W_Code):
            nfree = len(w_source.code.co_freevars)
            if nfree == 0:
                if w_closure is not None:
                    raise type_error("cannot use a closure with this code object")
            else:
                ok = (w_closure is not None and type(w_closure) is W_Tuple and
                      len(w_closure.items) == nfree and
                      all(isinstance(w, W_Cell) for w in w_closure.items))
                if not ok:
                    raise type_error("code object requires a closure of exactly "
                                     "length %d" % nfree)
            audit("exec", w_source)
            w_code = w_source
            w_code.ob_refcnt += 1
        else:
            if w_closure is not None:
                raise type_error("closure can only be used when source is a code "
                                 "object")
            source = _source_text(w_source, "exec", "string, bytes or code")
            w_code = compile_code(source, "<string>", "exec", _inherited_flags())
            _audit_exec(w_code)                    # run_mod's
        try:
            w_locals.ob_refcnt += 1          # the frame's reference
            decref(run_code_object(w_code, w_globals, w_locals, w_closure))
        finally:
            decref(w_code)
    finally:
        decref(w_globals)
        decref(w_locals)


# --- The module's other names ---------------------------------------------------------------

# The builtin types the module exposes, by guest name; each is found among the
# registered builtin types (glass.objects.type.BUILTIN_TYPES), so a type added
# elsewhere appears here without a second table.  Absent ones are skipped.
BUILTIN_TYPE_NAMES = (
    "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict",
    "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
    "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super",
    "tuple", "type", "zip",
)


def init_module(w_module):
    """Counterpart: _PyBuiltin_Init: the constants, the types, the exceptions."""
    from glass.objects import bool as bool_mod, none
    from glass.objects.exceptions import EXCEPTION_HIERARCHY
    from glass.objects.type import BUILTIN_TYPES
    from glass.vm import pystate
    _install_signatures(w_module)
    w_dict = w_module.w_dict
    config = pystate.interpreter().config
    optimize = getattr(config, "optimize", 0) or 0
    values = [
        ("None", none.w_None), ("Ellipsis", none.w_Ellipsis),
        ("NotImplemented", none.w_NotImplemented),
        ("False", bool_mod.w_False), ("True", bool_mod.w_True),
    ]
    by_name = {}
    for w_type in BUILTIN_TYPES:
        by_name.setdefault(w_type.name, w_type)
    for name in BUILTIN_TYPE_NAMES:
        if name in by_name:
            values.append((name, by_name[name]))
    abstract.UNCOUNTED_TYPE_CALLS.update(by_name[name] for name in abstract.UNCOUNTED_TYPE_NAMES)
    values.append(("BaseException", EXCEPTION_TYPES["BaseException"]))
    for name, _bases, _doc in EXCEPTION_HIERARCHY:
        values.append((name, EXCEPTION_TYPES[name]))
    values.append(("EnvironmentError", EXCEPTION_TYPES["OSError"]))
    values.append(("IOError", EXCEPTION_TYPES["OSError"]))
    for name, w_value in values:
        w_dict.setitem_str(name, w_value)
    w_debug = _new_bool(optimize == 0)
    w_dict.setitem_str("__debug__", w_debug)
    decref(w_debug)
    w_package = _new_str("")
    w_dict.setitem_str("__package__", w_package)
    decref(w_package)


def _install_signatures(w_module):
    install_signatures(BuiltinsModule, w_module)


def install_signatures(module_class, w_module):
    """Give a module's hand-parsed functions (@raw_function) their own binding,
    and drop the __text_signature__ of the @no_text_signature ones."""
    for attr in vars(module_class).values():
        spec = getattr(attr, "_glass_method", None)
        convention = getattr(attr, "_glass_convention", None)    # @varargs, @parse_tuple
        if spec is None or (convention is None and not hasattr(attr, "_glass_raw_signature")):
            continue
        w_func = w_module.w_dict.getitem_str(spec[0])
        raw = getattr(attr, "_glass_raw_signature", ())
        if raw:                              # @raw_function: parsed by the function
            w_func.signature = RawSignature(raw[0])
            continue
        w_func.signature.convention = convention
        if raw is None:                      # @no_text_signature
            w_func.signature.text = None


class RawSignature:
    """The binding of a @raw_function: (positional values, keyword pairs)."""
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text                     # the guest __text_signature__

    def bind(self, func_name, args_w, kwnames, qualname=None):
        nkw = len(kwnames) if kwnames else 0
        npos = len(args_w) - nkw
        return [list(args_w[:npos]), list(zip(kwnames or (), args_w[npos:]))]


BuiltinsModule.init_module = staticmethod(init_module)
from glass.objects.int import new_int  # noqa: E402  (hot path: no import per call)
from glass.objects.tuple import W_Tuple  # noqa: E402  (hot path: no import per call)
from glass.objects.type import W_Type  # noqa: E402  (hot path: no import per call)
from glass.objects.str import W_Str  # noqa: E402  (hot path: no import per call)
from glass.vm import pystate  # noqa: E402  (hot path: no import per call)
