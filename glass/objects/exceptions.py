"""Guest exceptions: the builtin hierarchy, and how Glass raises them.

Counterpart: Objects/exceptions.c (PyBaseExceptionObject and the builtin
exception types) and Python/errors.c (PyErr_SetString, PyErr_Format).

A guest exception travels through Glass's host code as the host exception
OperationError, carrying the guest exception object (w_value).  C code sets
the thread's current exception and returns NULL; Glass raises instead, and
the eval loop catches OperationError where CPython checks for NULL.

    raise type_error("unhashable type: '%s'" % w_obj.ob_type.name)
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref, xdecref
from glass.objects.type import (BASE_EXC_SUBCLASS, BASETYPE, HAVE_GC, W_Type,
                                builtin_type, getter, method, setter, slot)


class OperationError(Exception):
    """A guest exception in flight.  `w_value` is the exception object (owned)."""

    def __init__(self, w_value):
        Exception.__init__(self)
        self.w_value = w_value
        self.reraise = False        # RERAISE: no new traceback entry
        self.context_set = False    # __context__ was attached when first seen

    @property
    def w_type(self):
        return self.w_value.ob_type

    def match(self, w_type):
        """PyErr_ExceptionMatches: is the exception an instance of w_type?"""
        return self.w_value.ob_type.is_subtype(w_type)

    def __str__(self):
        # For Glass's own debugging: the guest's str() of the exception.
        w_value = self.w_value
        try:
            args = [getattr(a, "value", a) for a in w_value.w_args.items]
        except AttributeError:
            args = []
        return "%s: %s" % (w_value.ob_type.name, ", ".join(map(str, args)))


@builtin_type("BaseException", flags=BASETYPE | HAVE_GC | BASE_EXC_SUBCLASS)
class W_BaseException(W_Object):
    """Common base class for all exceptions"""
    __slots__ = ("w_args", "w_traceback", "w_context", "w_cause",
                 "suppress_context", "w_notes", "w_dict", "extra")

    def __init__(self, w_type, w_args=None):
        W_Object.__init__(self, w_type)
        if w_args is None:
            from glass.objects.tuple import empty_tuple
            w_args = empty_tuple()
        self.w_args = w_args                 # owned tuple
        self.w_traceback = None
        self.w_context = None
        self.w_cause = None
        self.suppress_context = False
        self.w_notes = None
        self.w_dict = None
        self.extra = None                    # per-class fields (OSError.errno...)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        from glass.objects.tuple import new_tuple
        nkw = len(kwnames) if kwnames else 0
        w_args = new_tuple(list(args_w[:len(args_w) - nkw]))
        return w_type.host_class(w_type, w_args)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        from glass.objects.tuple import new_tuple
        if kwnames and self.ob_type.tp_init is W_BaseException.init:
            raise type_error("%s() takes no keyword arguments" % self.ob_type.name)
        nkw = len(kwnames) if kwnames else 0
        w_old = self.w_args
        self.w_args = new_tuple(list(args_w[:len(args_w) - nkw]))
        decref(w_old)

    @slot("tp_dealloc")
    def dealloc(self):
        for name in ("w_args", "w_traceback", "w_context", "w_cause", "w_notes",
                     "w_dict"):
            w_value = getattr(self, name)
            setattr(self, name, None)
            xdecref(w_value)

    @slot("tp_repr")
    def repr(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        items = self.w_args.items
        name = self.ob_type.name
        if len(items) == 1:
            return new_str("%s(%s)" % (name, abstract.repr_text(items[0])))
        return new_str(name + abstract.repr_text(self.w_args))

    @slot("tp_str")
    def str(self):
        from glass.objects import abstract
        from glass.objects.str import new_str
        items = self.w_args.items
        if not items:
            return new_str("")
        if len(items) == 1:
            return abstract.str(items[0])
        return abstract.str(self.w_args)

    @getter("args")
    def get_args(self):
        self.w_args.ob_refcnt += 1
        return self.w_args

    @setter("args")
    def set_args(self, w_value):
        from glass.objects import abstract
        if w_value is None:
            raise type_error("args may not be deleted")
        w_new = abstract.sequence_tuple(w_value)
        w_old, self.w_args = self.w_args, w_new
        decref(w_old)

    @getter("__traceback__")
    def get_traceback(self):
        return _incref_or_none(self.w_traceback)

    @setter("__traceback__")
    def set_traceback(self, w_value):
        from glass.objects.none import w_None
        if w_value is None:
            raise type_error("__traceback__ may not be deleted")
        if w_value is w_None:
            w_value = None
        elif w_value.ob_type.name != "traceback":
            raise type_error("__traceback__ must be a traceback or None")
        _set_field(self, "w_traceback", w_value)

    @getter("__context__")
    def get_context(self):
        return _incref_or_none(self.w_context)

    @setter("__context__")
    def set_context(self, w_value):
        _set_field(self, "w_context", _exception_or_none(w_value, "context"))

    @getter("__cause__")
    def get_cause(self):
        return _incref_or_none(self.w_cause)

    @setter("__cause__")
    def set_cause(self, w_value):
        _set_field(self, "w_cause", _exception_or_none(w_value, "cause"))
        self.suppress_context = True

    @getter("__suppress_context__")
    def get_suppress_context(self):
        from glass.objects.bool import new_bool
        return new_bool(self.suppress_context)

    @setter("__suppress_context__")
    def set_suppress_context(self, w_value):
        from glass.objects import abstract
        self.suppress_context = abstract.is_true(w_value)

    @method("($self, tb, /)")
    def with_traceback(self, w_tb):
        """Set self.__traceback__ to tb and return self."""
        self.set_traceback(w_tb)
        self.ob_refcnt += 1
        return self

    @method("($self, note, /)")
    def add_note(self, w_note):
        """Add a note to the exception"""
        from glass.objects.list import W_List
        from glass.objects.str import W_Str
        if not w_note.ob_type.is_subtype(W_Str.w_type):
            raise type_error("note must be a str, not '%s'" % w_note.ob_type.name)
        if self.w_notes is None:
            self.w_notes = W_List([])
        if not isinstance(self.w_notes, W_List):
            raise type_error("Cannot add note: __notes__ is not a list")
        self.w_notes.append(w_note)

    @getter("__dict__")
    def get_dict(self):
        from glass.objects.dict import W_Dict
        if self.w_dict is None:
            self.w_dict = W_Dict()
        self.w_dict.ob_refcnt += 1
        return self.w_dict


def _incref_or_none(w_value):
    if w_value is None:
        return None
    w_value.ob_refcnt += 1
    return w_value


def _set_field(w_exc, field, w_value):
    if w_value is not None:
        w_value.ob_refcnt += 1
    w_old = getattr(w_exc, field)
    setattr(w_exc, field, w_value)
    xdecref(w_old)


def _exception_or_none(w_value, what):
    from glass.objects.none import w_None
    if w_value is None:
        raise type_error("__%s__ may not be deleted" % what)
    if w_value is w_None:
        return None
    if not w_value.ob_type.is_subtype(W_BaseException.w_type):
        raise type_error("exception %s must be None or derive from BaseException"
                         % what)
    return w_value


# --- The builtin hierarchy (Objects/exceptions.c, Lib/test/exception_hierarchy.txt) ---

EXCEPTION_HIERARCHY = (                       # (name, base), in definition order
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", ("BaseExceptionGroup", "Exception")),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
)

# name -> W_Type, for every builtin exception (BaseException included).
EXCEPTION_TYPES = {"BaseException": W_BaseException.w_type}


def _make_exception_types():
    from glass.objects.type import BUILTIN_TYPES
    for name, bases in EXCEPTION_HIERARCHY:
        if isinstance(bases, str):
            bases = (bases,)
        w_bases = tuple(EXCEPTION_TYPES[b] for b in bases)
        w_type = W_Type(name, w_bases[0], BASETYPE | HAVE_GC | BASE_EXC_SUBCLASS,
                        W_BaseException)
        w_type.w_bases = w_bases
        w_type.ob_refcnt = 1 << 30
        w_type.w_module = None
        EXCEPTION_TYPES[name] = w_type
        BUILTIN_TYPES.append(w_type)


_make_exception_types()


def exception_type(name):
    return EXCEPTION_TYPES[name]


# --- Raising (Python/errors.c) ----------------------------------------------------------

def new_exception(w_type, message=None):
    """An exception object of w_type with one str argument (or none)."""
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    args = [new_str(message)] if message is not None else []
    return W_BaseException(w_type, new_tuple_owned(args))


def operation_error(name, message=None):
    """PyErr_SetString(PyExc_<name>, message), as a host exception to raise."""
    return OperationError(new_exception(EXCEPTION_TYPES[name], message))


def type_error(message):
    return operation_error("TypeError", message)


def value_error(message):
    return operation_error("ValueError", message)


def index_error(message):
    return operation_error("IndexError", message)


def overflow_error(message):
    return operation_error("OverflowError", message)


def zero_division_error(message):
    return operation_error("ZeroDivisionError", message)


def runtime_error(message):
    return operation_error("RuntimeError", message)


def system_error(message):
    return operation_error("SystemError", message)


def name_error(message):
    return operation_error("NameError", message)


def attribute_error(message, raw=True):
    return operation_error("AttributeError", message)


def stop_iteration(w_value=None):
    if w_value is None:
        return operation_error("StopIteration")
    from glass.objects.tuple import new_tuple
    return OperationError(W_BaseException(EXCEPTION_TYPES["StopIteration"],
                                          new_tuple([w_value])))


def key_error(w_key):
    from glass.objects.tuple import new_tuple
    return OperationError(W_BaseException(EXCEPTION_TYPES["KeyError"],
                                          new_tuple([w_key])))


def warn_deprecation(message):
    """PyErr_WarnEx(PyExc_DeprecationWarning, ...): until the warnings machinery
    exists, a warning is printed to stderr as the default filter would."""
    import sys
    sys.stderr.write("DeprecationWarning: %s\n" % message)
