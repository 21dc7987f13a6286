"""Guest exceptions: the builtin hierarchy, and how Glass raises them.

Counterpart: Objects/exceptions.c (PyBaseExceptionObject and the builtin
exception types) and Python/errors.c (PyErr_SetString, PyErr_Format).

A guest exception travels through Glass's host code as the host exception
OperationError, carrying the guest exception object (w_value).  C code sets
the thread's current exception and returns NULL; Glass raises instead, and
the eval loop catches OperationError where CPython checks for NULL.

    raise type_error("unhashable type: '%s'" % w_obj.ob_type.name)

The hierarchy is one table (EXCEPTION_HIERARCHY), in the order of
exceptions.c.  Most exceptions carry nothing but their args and are plain
W_BaseException instances; the few with fields of their own (OSError.errno,
SyntaxError.lineno, StopIteration.value...) have a small host subclass
declared with @exception_type, whose `members` tuple lists CPython's
PyMemberDef entries.  Every other type of the table takes the host class of
its nearest declared ancestor (FileNotFoundError instances are W_OSError).
"""
from __future__ import annotations

from glass.objects.object import W_Object, decref, xdecref
from glass.objects.signature import no_text_signature
from glass.objects.type import (BASE_EXC_SUBCLASS, BASETYPE, HAVE_GC, TypeDef,
                                W_Type, builtin_type, getter, method, setter, slot)

EXCEPTION_FLAGS = BASETYPE | HAVE_GC | BASE_EXC_SUBCLASS


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


# --- The table: (name, base(s), __doc__), in the order of exceptions.c ------------------
# "simple" types (SimpleExtendsException) define their own __new__ and
# __init__ wrappers; the others (MiddlingExtendsException, and the declared
# classes) only __init__, as `vars(FileNotFoundError)` shows in CPython.

EXCEPTION_HIERARCHY = (
    ("Exception", "BaseException", "Common base class for all non-exit exceptions."),
    ("TypeError", "Exception", "Inappropriate argument type."),
    ("StopAsyncIteration", "Exception", "Signal the end from iterator.__anext__()."),
    ("StopIteration", "Exception", "Signal the end from iterator.__next__()."),
    ("GeneratorExit", "BaseException", "Request that a generator exit."),
    ("SystemExit", "BaseException", "Request to exit from the interpreter."),
    ("BaseExceptionGroup", "BaseException",
     "A combination of multiple unrelated exceptions."),
    ("ExceptionGroup", ("BaseExceptionGroup", "Exception"), None),
    ("KeyboardInterrupt", "BaseException", "Program interrupted by user."),
    ("ImportError", "Exception",
     "Import can't find module, or can't find name in module."),
    ("ModuleNotFoundError", "ImportError", "Module not found."),
    ("OSError", "Exception", "Base class for I/O related errors."),
    ("BlockingIOError", "OSError", "I/O operation would block."),
    ("ConnectionError", "OSError", "Connection error."),
    ("ChildProcessError", "OSError", "Child process error."),
    ("BrokenPipeError", "ConnectionError", "Broken pipe."),
    ("ConnectionAbortedError", "ConnectionError", "Connection aborted."),
    ("ConnectionRefusedError", "ConnectionError", "Connection refused."),
    ("ConnectionResetError", "ConnectionError", "Connection reset."),
    ("FileExistsError", "OSError", "File already exists."),
    ("FileNotFoundError", "OSError", "File not found."),
    ("IsADirectoryError", "OSError", "Operation doesn't work on directories."),
    ("NotADirectoryError", "OSError", "Operation only works on directories."),
    ("InterruptedError", "OSError", "Interrupted by signal."),
    ("PermissionError", "OSError", "Not enough permissions."),
    ("ProcessLookupError", "OSError", "Process not found."),
    ("TimeoutError", "OSError", "Timeout expired."),
    ("EOFError", "Exception", "Read beyond end of file."),
    ("RuntimeError", "Exception", "Unspecified run-time error."),
    ("RecursionError", "RuntimeError", "Recursion limit exceeded."),
    ("NotImplementedError", "RuntimeError",
     "Method or function hasn't been implemented yet."),
    ("NameError", "Exception", "Name not found globally."),
    ("UnboundLocalError", "NameError", "Local name referenced but not bound to a value."),
    ("AttributeError", "Exception", "Attribute not found."),
    ("SyntaxError", "Exception", "Invalid syntax."),
    ("IndentationError", "SyntaxError", "Improper indentation."),
    ("TabError", "IndentationError", "Improper mixture of spaces and tabs."),
    ("LookupError", "Exception", "Base class for lookup errors."),
    ("IndexError", "LookupError", "Sequence index out of range."),
    ("KeyError", "LookupError", "Mapping key not found."),
    ("ValueError", "Exception", "Inappropriate argument value (of correct type)."),
    ("UnicodeError", "ValueError", "Unicode related error."),
    ("UnicodeEncodeError", "UnicodeError", "Unicode encoding error."),
    ("UnicodeDecodeError", "UnicodeError", "Unicode decoding error."),
    ("UnicodeTranslateError", "UnicodeError", "Unicode translation error."),
    ("AssertionError", "Exception", "Assertion failed."),
    ("ArithmeticError", "Exception", "Base class for arithmetic errors."),
    ("FloatingPointError", "ArithmeticError", "Floating point operation failed."),
    ("OverflowError", "ArithmeticError", "Result too large to be represented."),
    ("ZeroDivisionError", "ArithmeticError",
     "Second argument to a division or modulo operation was zero."),
    ("SystemError", "Exception",
     "Internal error in the Python interpreter.\n\nPlease report this to the Python "
     "maintainer, along with the traceback,\nthe Python version, and the hardware/OS "
     "platform and version."),
    ("ReferenceError", "Exception", "Weak ref proxy used after referent went away."),
    ("MemoryError", "Exception", "Out of memory."),
    ("BufferError", "Exception", "Buffer error."),
    ("Warning", "Exception", "Base class for warning categories."),
    ("UserWarning", "Warning", "Base class for warnings generated by user code."),
    ("EncodingWarning", "Warning", "Base class for warnings about encodings."),
    ("DeprecationWarning", "Warning", "Base class for warnings about deprecated features."),
    ("PendingDeprecationWarning", "Warning",
     "Base class for warnings about features which will be deprecated\nin the future."),
    ("SyntaxWarning", "Warning", "Base class for warnings about dubious syntax."),
    ("RuntimeWarning", "Warning",
     "Base class for warnings about dubious runtime behavior."),
    ("FutureWarning", "Warning",
     "Base class for warnings about constructs that will change semantically\n"
     "in the future."),
    ("ImportWarning", "Warning",
     "Base class for warnings about probable mistakes in module imports"),
    ("UnicodeWarning", "Warning",
     "Base class for warnings about Unicode related problems, mostly\n"
     "related to conversion problems."),
    ("BytesWarning", "Warning",
     "Base class for warnings about bytes and buffer related problems, mostly\n"
     "related to conversion from str or comparing to str."),
    ("ResourceWarning", "Warning", "Base class for warnings about resource usage."),
)
_TABLE = {name: (bases, doc) for name, bases, doc in EXCEPTION_HIERARCHY}

# Types built by MiddlingExtendsException or ComplexExtendsException without
# a tp_new: they inherit __new__ instead of getting their own wrapper.
_NO_OWN_NEW = {
    "StopIteration", "SystemExit", "ExceptionGroup", "ImportError",
    "ModuleNotFoundError", "BlockingIOError", "ConnectionError", "ChildProcessError",
    "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
    "ConnectionResetError", "FileExistsError", "FileNotFoundError",
    "IsADirectoryError", "NotADirectoryError", "InterruptedError", "PermissionError",
    "ProcessLookupError", "TimeoutError", "NameError", "UnboundLocalError",
    "AttributeError", "SyntaxError", "IndentationError", "TabError", "KeyError",
}

EXCEPTION_CLASSES = {}      # name -> the host class declared for it


def exception_type(name):
    """Class decorator: a builtin exception type with fields of its own.

    Like @builtin_type, plus `members`: (attribute, field, doc) triples,
    CPython's T_OBJECT members (None when unset, writable, deletable).
    The base and the docstring come from EXCEPTION_HIERARCHY.
    """
    def decorate(cls):
        doc = _TABLE[name][1] if name in _TABLE else cls.__doc__
        builtin_type(name, flags=EXCEPTION_FLAGS, doc=doc)(cls)
        typedef = cls.w_type.typedef
        for attr_name, field, member_doc in cls.__dict__.get("members", ()):
            get, set_ = _object_member(field)
            typedef.getters[attr_name] = (get, member_doc)
            typedef.setters[attr_name] = set_
            typedef.members.add(attr_name)
        cls.w_type.has_dict = True
        EXCEPTION_CLASSES[name] = cls
        return cls
    return decorate


def _object_member(field):
    """The getter and setter of a T_OBJECT member stored in host attribute `field`."""
    def get(w_self):
        w_value = getattr(w_self, field)
        if w_value is None:
            return None                        # host None reads as guest None
        w_value.ob_refcnt += 1
        return w_value

    def set_(w_self, w_value):
        if w_value is not None:
            w_value.ob_refcnt += 1
        w_old = getattr(w_self, field)
        setattr(w_self, field, w_value)        # deleting stores NULL
        xdecref(w_old)
    return get, set_


def _ssize_member(field):
    """A T_PYSSIZET member (UnicodeError.start).  Like structmember.c, a bad
    value is stored as -1 before the error is raised."""
    def get(w_self):
        from glass.objects.int import new_int
        return new_int(getattr(w_self, field))

    def set_(w_self, w_value):
        from glass.objects.int import W_Int
        if w_value is None:
            raise type_error("can't delete numeric/char attribute")
        if not isinstance(w_value, W_Int):
            setattr(w_self, field, -1)
            raise type_error("an integer is required")
        if not -(1 << 63) <= w_value.value < (1 << 63):
            setattr(w_self, field, -1)
            raise overflow_error("Python int too large to convert to C ssize_t")
        setattr(w_self, field, w_value.value)
    return get, set_


def _readonly_member(field):
    get = _object_member(field)[0]

    def set_(w_self, w_value):
        raise attribute_error("readonly attribute")
    return get, set_


# --- BaseException -------------------------------------------------------------------

# BaseException_traverse's order.
_BASE_FIELDS = ("w_dict", "w_args", "w_traceback", "w_cause", "w_context")
_TRAVERSED_FIELDS = {}


def _traversed_fields(cls):
    """The object fields an exception's traverse visits: those each W_ class
    below W_BaseException adds (its `w_` slots, or its `traversed` where
    CPython's traverse visits them in another order), most derived first,
    then BaseException's."""
    fields = _TRAVERSED_FIELDS.get(cls)
    if fields is None:
        fields = []
        for klass in cls.__mro__:
            if klass is W_BaseException:
                break
            own = klass.__dict__.get("traversed")
            if own is None:
                own = [name for name in klass.__dict__.get("__slots__", ())
                       if name.startswith("w_")]
            fields.extend(own)
        fields = _TRAVERSED_FIELDS[cls] = tuple(fields) + _BASE_FIELDS
    return fields


@builtin_type("BaseException", flags=EXCEPTION_FLAGS)
class W_BaseException(W_Object):
    """Common base class for all exceptions"""
    __slots__ = ("w_args", "w_traceback", "w_context", "w_cause",
                 "suppress_context", "w_dict")

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
        self.w_dict = None
        if w_type.nslots or hasattr(type(self), "weakrefs"):
            # An instance of a class statement's subclass: its __slots__
            # values and weak references (the heap type's added layout).
            self.slots_w = [None] * w_type.nslots if w_type.nslots else None
            self.weakrefs = None

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: BaseException_new: args is the positional arguments."""
        from glass.objects.tuple import new_tuple
        nkw = len(kwnames) if kwnames else 0
        w_args = new_tuple(list(args_w[:len(args_w) - nkw]))
        return w_type.host_class(w_type, w_args)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: BaseException_init."""
        _no_keywords(self, kwnames)
        _set_args(self, args_w, kwnames)

    @slot("tp_dealloc")
    def dealloc(self):
        for name in ("w_args", "w_traceback", "w_context", "w_cause", "w_dict"):
            w_value = getattr(self, name)
            if w_value is not None:
                setattr(self, name, None)
                decref(w_value)

    @slot("tp_traverse")
    def traverse(self, visit):
        """Counterpart: BaseException_traverse, and each subclass's own
        (OSError_traverse, ImportError_traverse...): the subclass's object
        fields first, then BaseException's."""
        for name in _traversed_fields(type(self)):
            w_value = getattr(self, name)
            if w_value is not None:
                visit(w_value)

    @slot("tp_repr")
    def repr(self):
        """Counterpart: BaseException_repr: `Name(arg)` or `Name(args...)`."""
        from glass.objects import abstract
        from glass.objects.str import new_str
        items = self.w_args.items
        name = self.ob_type.name
        if len(items) == 1:
            return new_str("%s(%s)" % (name, abstract.repr_text(items[0])))
        return new_str(name + abstract.repr_text(self.w_args))

    @slot("tp_str")
    def str(self):
        """Counterpart: BaseException_str."""
        from glass.objects import abstract
        from glass.objects.str import new_str
        items = self.w_args.items
        if not items:
            return new_str("")
        if len(items) == 1:
            return abstract.str(items[0])
        return abstract.str(self.w_args)

    @no_text_signature
    @method("($self, /)")
    def __reduce__(self):
        from glass.objects.tuple import new_tuple
        if self.w_dict is not None:
            return new_tuple([self.ob_type, self.w_args, self.w_dict])
        return new_tuple([self.ob_type, self.w_args])

    @no_text_signature
    @method("($self, state, /)")
    def __setstate__(self, w_state):
        from glass.objects import abstract
        from glass.objects.dict import W_Dict
        from glass.objects.none import w_None
        if w_state is not w_None:
            if not isinstance(w_state, W_Dict):
                raise type_error("state is not a dictionary")
            for w_key, w_value in w_state.item_pairs():
                abstract.setattr(self, w_key, w_value)

    @no_text_signature
    @method("($self, tb, /)", doc="Exception.with_traceback(tb) --\n"
            "    set self.__traceback__ to tb and return self.")
    def with_traceback(self, w_tb):
        self.set_traceback(w_tb)
        self.ob_refcnt += 1
        return self

    @no_text_signature
    @method("($self, note, /)", doc="Exception.add_note(note) --\n"
            "    add a note to the exception")
    def add_note(self, w_note):
        """Counterpart: BaseException_add_note: __notes__ lives in the __dict__."""
        from glass.objects import abstract
        from glass.objects.list import W_List
        from glass.objects.str import W_Str
        if not isinstance(w_note, W_Str):
            raise type_error("note must be a str, not '%s'" % w_note.ob_type.name)
        w_notes = abstract.lookup_attr_str(self, "__notes__")
        if w_notes is None:
            w_notes = W_List([])
            try:
                abstract.setattr(self, _intern("__notes__"), w_notes)
            except OperationError:
                decref(w_notes)
                raise
        try:
            if not isinstance(w_notes, W_List):
                raise type_error("Cannot add note: __notes__ is not a list")
            w_notes.append(w_note)
        finally:
            decref(w_notes)

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
        elif not _is_traceback(w_value):
            raise type_error("__traceback__ must be a traceback or None")
        _set_field(self, "w_traceback", w_value)

    @getter("__context__", doc="exception context")
    def get_context(self):
        return _incref_or_none(self.w_context)

    @setter("__context__")
    def set_context(self, w_value):
        _set_field(self, "w_context", _exception_or_none(w_value, "context"))

    @getter("__cause__", doc="exception cause")
    def get_cause(self):
        return _incref_or_none(self.w_cause)

    @setter("__cause__")
    def set_cause(self, w_value):
        _set_field(self, "w_cause", _exception_or_none(w_value, "cause"))
        self.suppress_context = True

    @getter("__suppress_context__", member=True)
    def get_suppress_context(self):
        from glass.objects.bool import new_bool
        return new_bool(self.suppress_context)

    @setter("__suppress_context__")
    def set_suppress_context(self, w_value):
        """A T_BOOL member."""
        from glass.objects.bool import W_Bool
        if w_value is None:
            raise type_error("can't delete numeric/char attribute")
        if not isinstance(w_value, W_Bool):
            raise type_error("attribute value type must be bool")
        self.suppress_context = bool(w_value.value)

    @getter("__dict__")
    def get_dict(self):
        from glass.objects.dict import W_Dict
        if self.w_dict is None:
            self.w_dict = W_Dict()
        self.w_dict.ob_refcnt += 1
        return self.w_dict

    @setter("__dict__")
    def set_dict(self, w_value):
        from glass.objects.dict import W_Dict
        if w_value is None:
            raise type_error("cannot delete __dict__")
        if not isinstance(w_value, W_Dict):
            raise type_error("__dict__ must be set to a dictionary, not a '%s'"
                             % w_value.ob_type.name)
        _set_field(self, "w_dict", w_value)


W_BaseException.w_type.has_dict = True


def _no_keywords(w_exc, kwnames):
    """_PyArg_NoKeywords(Py_TYPE(self)->tp_name, kwds)."""
    if kwnames:
        raise type_error("%s() takes no keyword arguments" % w_exc.ob_type.name)


def _set_args(w_exc, args_w, kwnames):
    """self.args = the positional arguments (BaseException_init's work)."""
    from glass.objects.tuple import new_tuple
    nkw = len(kwnames) if kwnames else 0
    w_old = w_exc.w_args
    w_exc.w_args = new_tuple(list(args_w[:len(args_w) - nkw]))
    decref(w_old)


def _positional(args_w, kwnames):
    return args_w[:len(args_w) - len(kwnames)] if kwnames else args_w


def _keywords(name, args_w, kwnames, allowed):
    """PyArg_ParseTupleAndKeywords(empty_tuple, kwds, "|$O...:name", allowed)."""
    if not kwnames:
        return {}
    if len(kwnames) > len(allowed):
        raise type_error("%s() takes at most %d keyword argument%s (%d given)"
                         % (name, len(allowed), "" if len(allowed) == 1 else "s",
                            len(kwnames)))
    values = args_w[len(args_w) - len(kwnames):]
    found = {}
    for kwname, w_value in zip(kwnames, values):
        if kwname not in allowed:
            raise type_error("'%s' is an invalid keyword argument for %s()"
                             % (kwname, name))
        found[kwname] = w_value
    return found


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
    if not isinstance(w_value, W_BaseException):
        raise type_error("exception %s must be None or derive from BaseException"
                         % what)
    return w_value


def _is_traceback(w_value):
    from glass.vm.traceback import W_Traceback
    return isinstance(w_value, W_Traceback)


def _intern(name):
    from glass.objects.str import intern
    return intern(name)


# --- StopIteration, SystemExit ------------------------------------------------------

@exception_type("StopIteration")
class W_StopIteration(W_BaseException):
    __slots__ = ("w_value",)
    members = (("value", "w_value", "generator return value"),)

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        self.w_value = None

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: StopIteration_init: value is args[0], or None."""
        from glass.objects.none import new_none
        W_BaseException.init(self, args_w, kwnames)
        w_old = self.w_value
        if args_w:
            args_w[0].ob_refcnt += 1
            self.w_value = args_w[0]
        else:
            self.w_value = new_none()
        xdecref(w_old)

    @slot("tp_dealloc")
    def dealloc(self):
        _clear_fields(self, ("w_value",))
        W_BaseException.dealloc(self)


@exception_type("SystemExit")
class W_SystemExit(W_BaseException):
    __slots__ = ("w_code",)
    members = (("code", "w_code", "exception code"),)

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        self.w_code = None

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: SystemExit_init: code is the one argument, or all of them."""
        W_BaseException.init(self, args_w, kwnames)
        if not args_w:
            return
        if len(args_w) == 1:
            _set_field(self, "w_code", args_w[0])
        else:
            _set_field(self, "w_code", self.w_args)

    @slot("tp_dealloc")
    def dealloc(self):
        _clear_fields(self, ("w_code",))
        W_BaseException.dealloc(self)


def _clear_fields(w_exc, fields):
    for field in fields:
        w_value = getattr(w_exc, field)
        if w_value is not None:
            setattr(w_exc, field, None)
            decref(w_value)


# --- BaseExceptionGroup (PEP 654) ---------------------------------------------------

@exception_type("BaseExceptionGroup")
class W_BaseExceptionGroup(W_BaseException):
    __slots__ = ("w_msg", "w_excs")

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        self.w_msg = None
        self.w_excs = None                   # a tuple, never empty

    get_message, set_message = _readonly_member("w_msg")
    get_message = getter("message", "exception message")(get_message)
    set_message = setter("message")(set_message)
    get_exceptions, set_exceptions = _readonly_member("w_excs")
    get_exceptions = getter("exceptions", "nested exceptions")(get_exceptions)
    set_exceptions = setter("exceptions")(set_exceptions)

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: BaseExceptionGroup_new: the checks, and the choice of
        ExceptionGroup when every member is an Exception."""
        from glass.objects import abstract
        from glass.objects.str import W_Str
        positional = _positional(args_w, kwnames)
        if len(positional) != 2:
            raise type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments "
                             "(%d given)" % len(positional))
        w_message, w_excs = positional
        if not isinstance(w_message, W_Str):
            raise type_error("BaseExceptionGroup.__new__() argument 1 must be str, "
                             "not %s" % w_message.ob_type.name)
        if not _is_sequence(w_excs):
            raise type_error("second argument (exceptions) must be a sequence")
        w_excs = abstract.sequence_tuple(w_excs)
        try:
            if not w_excs.items:
                raise value_error("second argument (exceptions) must be a non-empty "
                                  "sequence")
            nested_base = False
            for index, w_item in enumerate(w_excs.items):
                if not isinstance(w_item, W_BaseException):
                    raise value_error("Item %d of second argument (exceptions) is not "
                                      "an exception" % index)
                if not w_item.ob_type.is_subtype(EXCEPTION_TYPES["Exception"]):
                    nested_base = True
            w_cls = w_type
            if w_type is EXCEPTION_TYPES["ExceptionGroup"]:
                if nested_base:
                    raise type_error("Cannot nest BaseExceptions in an ExceptionGroup")
            elif w_type is EXCEPTION_TYPES["BaseExceptionGroup"]:
                if not nested_base:
                    w_cls = EXCEPTION_TYPES["ExceptionGroup"]
            elif nested_base and w_type.is_subtype(EXCEPTION_TYPES["Exception"]):
                raise type_error("Cannot nest BaseExceptions in '%s'" % w_type.name)
        except OperationError:
            decref(w_excs)
            raise
        w_self = W_BaseException.new(w_cls, args_w, kwnames)
        w_message.ob_refcnt += 1
        w_self.w_msg = w_message
        w_self.w_excs = w_excs
        return w_self

    @slot("tp_init")
    def init(self, args_w, kwnames):
        _no_keywords(self, kwnames)
        _set_args(self, args_w, kwnames)

    @slot("tp_dealloc")
    def dealloc(self):
        _clear_fields(self, ("w_msg", "w_excs"))
        W_BaseException.dealloc(self)

    @slot("tp_str")
    def str(self):
        """Counterpart: BaseExceptionGroup_str: "msg (2 sub-exceptions)"."""
        from glass.objects import abstract
        from glass.objects.str import new_str
        count = len(self.w_excs.items)
        return new_str("%s (%d sub-exception%s)" % (
            abstract.str_text(self.w_msg), count, "s" if count > 1 else ""))

    @method("($type, item, /)", kind="classmethod", doc="See PEP 585")
    def __class_getitem__(w_type, w_item):
        from glass.objects.tuple import generic_alias
        return generic_alias(w_type, w_item)

    @method("($self, excs, /)")
    def derive(self, w_excs):
        from glass.objects import abstract
        return abstract.call(EXCEPTION_TYPES["BaseExceptionGroup"], [self.w_msg, w_excs])

    @method("($self, matcher_value, /)")
    def split(self, w_matcher):
        from glass.objects.tuple import new_tuple_owned
        kind = _matcher_kind(w_matcher)
        w_match, w_rest = _split_recursive(self, kind, w_matcher, True)
        if w_match is None:
            w_match = _new_none()
        if w_rest is None:
            w_rest = _new_none()
        return new_tuple_owned([w_match, w_rest])

    @method("($self, matcher_value, /)")
    def subgroup(self, w_matcher):
        kind = _matcher_kind(w_matcher)
        w_match, _ = _split_recursive(self, kind, w_matcher, False)
        return w_match if w_match is not None else _new_none()


def _new_none():
    from glass.objects.none import new_none
    return new_none()


def _is_sequence(w_obj):
    """PySequence_Check: has sq_item and is not a dict."""
    from glass.objects.dict import W_Dict
    if isinstance(w_obj, W_Dict):
        return False
    return w_obj.ob_type.sq_item is not None or \
        w_obj.ob_type.lookup("__getitem__") is not None and \
        not w_obj.ob_type.is_subtype(W_Dict.w_type)


MATCH_BY_TYPE, MATCH_BY_PREDICATE, MATCH_INSTANCE_IDS = range(3)


def _matcher_kind(w_matcher):
    """Counterpart: get_matcher_type."""
    from glass.objects.tuple import W_Tuple
    if w_matcher.ob_type.tp_call is not None and not isinstance(w_matcher, W_Type):
        return MATCH_BY_PREDICATE
    if _is_exception_class(w_matcher):
        return MATCH_BY_TYPE
    if type(w_matcher) is W_Tuple and w_matcher.ob_type is W_Tuple.w_type:
        if all(_is_exception_class(w) for w in w_matcher.items):
            return MATCH_BY_TYPE
    raise type_error("expected a function, exception type or tuple of exception types")


def _is_exception_class(w_obj):
    return isinstance(w_obj, W_Type) and w_obj.is_subtype(W_BaseException.w_type)


def _split_check_match(w_exc, kind, w_matcher):
    if kind == MATCH_BY_TYPE:
        return given_exception_matches(w_exc, w_matcher)
    if kind == MATCH_BY_PREDICATE:
        from glass.objects import abstract
        w_res = abstract.call(w_matcher, [w_exc])
        try:
            return abstract.is_true(w_res)
        finally:
            decref(w_res)
    # MATCH_INSTANCE_IDS: a host set of ids of the leaves to keep
    return not isinstance(w_exc, W_BaseExceptionGroup) and id(w_exc) in w_matcher


def _split_recursive(w_exc, kind, w_matcher, construct_rest):
    """Counterpart: exceptiongroup_split_recursive: (match, rest), new refs or None."""
    from glass.vm import pystate
    if _split_check_match(w_exc, kind, w_matcher):
        w_exc.ob_refcnt += 1
        return w_exc, None
    if not isinstance(w_exc, W_BaseExceptionGroup):
        if construct_rest:
            w_exc.ob_refcnt += 1
            return None, w_exc
        return None, None
    match_w, rest_w = [], []
    try:
        for w_item in list(w_exc.w_excs.items):
            with pystate.recursion_guard(" in exceptiongroup_split_recursive"):
                w_match, w_rest = _split_recursive(w_item, kind, w_matcher,
                                                   construct_rest)
            if w_match is not None:
                match_w.append(w_match)
            if w_rest is not None:
                rest_w.append(w_rest)
        w_match = _subset(w_exc, match_w)
        try:
            w_rest = _subset(w_exc, rest_w) if construct_rest else None
        except OperationError:
            xdecref(w_match)
            raise
        return w_match, w_rest
    finally:
        for w_item in match_w + rest_w:
            decref(w_item)


def _subset(w_orig, excs_w):
    """Counterpart: exceptiongroup_subset: orig.derive(excs) with orig's metadata."""
    from glass.objects import abstract
    from glass.objects.list import W_List
    if not excs_w:
        return None
    for w_item in excs_w:
        w_item.ob_refcnt += 1
    w_list = W_List(list(excs_w))
    try:
        w_derive = abstract.getattr_str(w_orig, "derive")
        try:
            w_eg = abstract.call(w_derive, [w_list])
        finally:
            decref(w_derive)
    finally:
        decref(w_list)
    try:
        if not isinstance(w_eg, W_BaseExceptionGroup):
            raise type_error("derive must return an instance of BaseExceptionGroup")
        if w_orig.w_traceback is not None:
            _set_field(w_eg, "w_traceback", w_orig.w_traceback)
        _set_field(w_eg, "w_context", w_orig.w_context)
        _set_field(w_eg, "w_cause", w_orig.w_cause)
        w_eg.suppress_context = True           # PyException_SetCause sets it
        w_notes = abstract.lookup_attr_str(w_orig, "__notes__")
        if w_notes is not None:
            try:
                if _is_sequence(w_notes):
                    w_copy = W_List(list(abstract.iterate(w_notes)))
                    try:
                        abstract.setattr(w_eg, _intern("__notes__"), w_copy)
                    finally:
                        decref(w_copy)
            finally:
                decref(w_notes)
    except OperationError:
        decref(w_eg)
        raise
    return w_eg


def exception_group_match(w_exc, w_match_type):
    """CHECK_EG_MATCH's work (exception_group_match in ceval.c): (match, rest),
    new references (guest None when empty)."""
    from glass.objects import abstract
    from glass.objects.none import w_None
    if w_exc is w_None:
        return _new_none(), _new_none()
    if given_exception_matches(w_exc, w_match_type):
        if isinstance(w_exc, W_BaseExceptionGroup):
            w_exc.ob_refcnt += 1
            return w_exc, _new_none()
        w_wrapped = create_exception_group("", [w_exc])
        return w_wrapped, _new_none()
    if isinstance(w_exc, W_BaseExceptionGroup):
        w_split = abstract.getattr_str(w_exc, "split")
        try:
            w_pair = abstract.call(w_split, [w_match_type])
        finally:
            decref(w_split)
        w_match, w_rest = w_pair.items
        w_match.ob_refcnt += 1
        w_rest.ob_refcnt += 1
        decref(w_pair)
        return w_match, w_rest
    return _new_none(), _new_none()


def create_exception_group(message, excs_w):
    """_PyExc_CreateExceptionGroup: BaseExceptionGroup(message, excs)."""
    from glass.objects import abstract
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple
    w_message = new_str(message)
    w_excs = new_tuple(excs_w)
    try:
        return abstract.call(EXCEPTION_TYPES["BaseExceptionGroup"], [w_message, w_excs])
    finally:
        decref(w_message)
        decref(w_excs)


def _collect_leaf_ids(w_exc, ids):
    from glass.objects.none import w_None
    if w_exc is w_None:
        return
    if not isinstance(w_exc, W_BaseExceptionGroup):
        ids.add(id(w_exc))
        return
    for w_item in w_exc.w_excs.items:
        _collect_leaf_ids(w_item, ids)


def _same_metadata(w_a, w_b):
    from glass.objects import abstract
    w_na = abstract.lookup_attr_str(w_a, "__notes__")
    w_nb = abstract.lookup_attr_str(w_b, "__notes__")
    same_notes = w_na is w_nb
    xdecref(w_na)
    xdecref(w_nb)
    return (same_notes and w_a.w_traceback is w_b.w_traceback and
            w_a.w_cause is w_b.w_cause and w_a.w_context is w_b.w_context)


def prep_reraise_star(w_orig, excs_w):
    """PREP_RERAISE_STAR's work (_PyExc_PrepReraiseStar): the exception group
    that leaves a try/except*, or guest None.  excs_w holds the exceptions
    raised or re-raised by the except* clauses (guest None for none)."""
    from glass.objects.none import w_None
    if not excs_w:
        return _new_none()
    if not isinstance(w_orig, W_BaseExceptionGroup):
        excs_w[0].ob_refcnt += 1
        return excs_w[0]
    raised_w, reraised_w = [], []
    for w_item in excs_w:
        if w_item is w_None:
            continue
        (reraised_w if _same_metadata(w_item, w_orig) else raised_w).append(w_item)
    ids = set()
    for w_item in reraised_w:
        _collect_leaf_ids(w_item, ids)
    w_reraised, _ = _split_recursive(w_orig, MATCH_INSTANCE_IDS, ids, False)
    if not raised_w:
        return w_reraised if w_reraised is not None else _new_none()
    if w_reraised is not None:
        raised_w.append(w_reraised)
    try:
        if len(raised_w) > 1:
            return create_exception_group("", raised_w)
        raised_w[0].ob_refcnt += 1
        return raised_w[0]
    finally:
        xdecref(w_reraised)


def given_exception_matches(w_exc, w_match):
    """PyErr_GivenExceptionMatches for an instance (or class) and a class or tuple."""
    from glass.objects.tuple import W_Tuple
    if isinstance(w_match, W_Tuple):
        return any(given_exception_matches(w_exc, w) for w in w_match.items)
    w_type = w_exc if isinstance(w_exc, W_Type) else w_exc.ob_type
    return isinstance(w_match, W_Type) and w_type.is_subtype(w_match)


# --- ImportError ---------------------------------------------------------------------

@exception_type("ImportError")
class W_ImportError(W_BaseException):
    __slots__ = ("w_msg", "w_name", "w_path")
    members = (("msg", "w_msg", "exception message"),
               ("name", "w_name", "module name"),
               ("path", "w_path", "module path"))

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        self.w_msg = self.w_name = self.w_path = None

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: ImportError_init: keyword-only name= and path=."""
        _set_args(self, args_w, kwnames)
        found = _keywords("ImportError", args_w, kwnames, ("name", "path"))
        _set_field(self, "w_name", found.get("name"))
        _set_field(self, "w_path", found.get("path"))
        positional = _positional(args_w, kwnames)
        _set_field(self, "w_msg", positional[0] if len(positional) == 1 else None)

    @slot("tp_dealloc")
    def dealloc(self):
        _clear_fields(self, ("w_msg", "w_name", "w_path"))
        W_BaseException.dealloc(self)

    @slot("tp_str")
    def str(self):
        from glass.objects.str import W_Str
        if self.w_msg is not None and self.w_msg.ob_type is W_Str.w_type:
            self.w_msg.ob_refcnt += 1
            return self.w_msg
        return W_BaseException.str(self)

    @method("($self, /)")
    def __reduce__(self):
        from glass.objects.dict import W_Dict
        from glass.objects.tuple import new_tuple
        w_state = self.w_dict
        if self.w_name is not None or self.w_path is not None:
            w_copy = W_Dict()
            if w_state is not None:
                for w_key, w_value in w_state.item_pairs():
                    w_copy.setitem(w_key, w_value)
            if self.w_name is not None:
                w_copy.setitem_str("name", self.w_name)
            if self.w_path is not None:
                w_copy.setitem_str("path", self.w_path)
            try:
                return new_tuple([self.ob_type, self.w_args, w_copy])
            finally:
                decref(w_copy)
        if w_state is not None:
            return new_tuple([self.ob_type, self.w_args, w_state])
        return new_tuple([self.ob_type, self.w_args])


# --- OSError -------------------------------------------------------------------------

def _errno_map():
    """errno -> the OSError subclass OSError(errno, ...) becomes (PEP 3151)."""
    import errno
    names = (
        ("BlockingIOError", ("EAGAIN", "EALREADY", "EWOULDBLOCK", "EINPROGRESS")),
        ("ChildProcessError", ("ECHILD",)),
        ("BrokenPipeError", ("EPIPE", "ESHUTDOWN")),
        ("ConnectionAbortedError", ("ECONNABORTED",)),
        ("ConnectionRefusedError", ("ECONNREFUSED",)),
        ("ConnectionResetError", ("ECONNRESET",)),
        ("FileExistsError", ("EEXIST",)),
        ("FileNotFoundError", ("ENOENT",)),
        ("IsADirectoryError", ("EISDIR",)),
        ("NotADirectoryError", ("ENOTDIR",)),
        ("InterruptedError", ("EINTR",)),
        ("PermissionError", ("EACCES", "EPERM", "ENOTCAPABLE")),
        ("ProcessLookupError", ("ESRCH",)),
        ("TimeoutError", ("ETIMEDOUT",)),
    )
    result = {}
    for type_name, codes in names:
        for code in codes:
            if hasattr(errno, code):
                result[getattr(errno, code)] = type_name
    return result


ERRNO_MAP = _errno_map()


@exception_type("OSError")
class W_OSError(W_BaseException):
    __slots__ = ("w_errno", "w_strerror", "w_filename", "w_filename2", "written")
    members = (("errno", "w_errno", "POSIX exception code"),
               ("strerror", "w_strerror", "exception strerror"),
               ("filename", "w_filename", "exception filename"),
               ("filename2", "w_filename2", "second exception filename"))

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        self.w_errno = self.w_strerror = self.w_filename = self.w_filename2 = None
        self.written = -1               # BlockingIOError.characters_written

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        """Counterpart: OSError_new: parse the arguments and pick the subclass
        the errno names, unless a subclass's own __init__ will parse them."""
        if _oserror_use_init(w_type):
            return w_type.host_class(w_type, None)
        if kwnames:
            raise type_error("%s() takes no keyword arguments" % w_type.name)
        parsed = _oserror_parse_args(args_w)
        w_errno = parsed[0]
        if w_type is EXCEPTION_TYPES["OSError"] and w_errno is not None:
            from glass.objects.int import W_Int
            if isinstance(w_errno, W_Int):
                subtype = ERRNO_MAP.get(w_errno.value)
                if subtype is not None:
                    w_type = EXCEPTION_TYPES[subtype]
        w_self = w_type.host_class(w_type, None)
        try:
            _oserror_init(w_self, args_w, parsed)
        except OperationError:
            decref(w_self)
            raise
        return w_self

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: OSError_init: all done in __new__, unless deferred."""
        if not _oserror_use_init(self.ob_type):
            return
        _no_keywords(self, kwnames)
        _oserror_init(self, args_w, _oserror_parse_args(args_w))

    @slot("tp_dealloc")
    def dealloc(self):
        _clear_fields(self, ("w_errno", "w_strerror", "w_filename", "w_filename2"))
        W_BaseException.dealloc(self)

    @slot("tp_str")
    def str(self):
        """Counterpart: OSError_str: "[Errno 2] No such file or directory: 'x'"."""
        from glass.objects import abstract
        from glass.objects.str import new_str

        def text(w_value):
            return abstract.str_text(w_value) if w_value is not None else "None"
        if self.w_filename is not None:
            if self.w_filename2 is not None:
                return new_str("[Errno %s] %s: %s -> %s" % (
                    text(self.w_errno), text(self.w_strerror),
                    abstract.repr_text(self.w_filename),
                    abstract.repr_text(self.w_filename2)))
            return new_str("[Errno %s] %s: %s" % (
                text(self.w_errno), text(self.w_strerror),
                abstract.repr_text(self.w_filename)))
        if self.w_errno is not None and self.w_strerror is not None:
            return new_str("[Errno %s] %s" % (text(self.w_errno), text(self.w_strerror)))
        return W_BaseException.str(self)

    @method("($self, /)")
    def __reduce__(self):
        from glass.objects.none import w_None
        from glass.objects.tuple import new_tuple
        w_args = self.w_args
        own = False
        if len(w_args.items) == 2 and self.w_filename is not None:
            items = list(w_args.items) + [self.w_filename]
            if self.w_filename2 is not None:
                items += [w_None, self.w_filename2]
            w_args = new_tuple(items)
            own = True
        try:
            if self.w_dict is not None:
                return new_tuple([self.ob_type, w_args, self.w_dict])
            return new_tuple([self.ob_type, w_args])
        finally:
            if own:
                decref(w_args)

    @getter("characters_written")
    def get_characters_written(self):
        from glass.objects.int import new_int
        if self.written == -1:
            raise attribute_error("characters_written")
        return new_int(self.written)

    @setter("characters_written")
    def set_characters_written(self, w_value):
        from glass.objects import abstract
        if w_value is None:
            if self.written == -1:
                raise attribute_error("characters_written")
            self.written = -1
            return
        self.written = _as_ssize(abstract.index(w_value))


def _as_ssize(w_int):
    """PyNumber_AsSsize_t(x, PyExc_ValueError) on an index already taken."""
    value = w_int.value
    decref(w_int)
    if not -(1 << 63) <= value < (1 << 63):
        raise value_error("cannot fit 'int' into an index-sized integer")
    return value


def _oserror_use_init(w_type):
    """Counterpart: oserror_use_init: a subclass's own __init__ parses."""
    return w_type.tp_init is not W_OSError.init and w_type.tp_new is W_OSError.new


def _oserror_parse_args(args_w):
    """Counterpart: oserror_parse_args: (errno, strerror, filename, filename2)."""
    if 2 <= len(args_w) <= 5:
        padded = list(args_w) + [None] * (5 - len(args_w))
        return padded[0], padded[1], padded[2], padded[4]    # [3] is winerror
    return None, None, None, None


def _oserror_init(w_self, args_w, parsed):
    """Counterpart: oserror_init: set the fields, and trim args to two items
    when a filename was given."""
    from glass.objects.int import W_Int
    from glass.objects.none import w_None
    from glass.objects.tuple import new_tuple
    w_errno, w_strerror, w_filename, w_filename2 = parsed
    items = list(args_w)
    if w_filename is not None and w_filename is not w_None:
        if w_self.ob_type is EXCEPTION_TYPES["BlockingIOError"] and \
                _number_check(w_filename):
            from glass.objects import abstract
            w_index = abstract.index(w_filename) if not isinstance(w_filename, W_Int) \
                else _newref(w_filename)
            w_self.written = _as_ssize(w_index)
        else:
            _set_field(w_self, "w_filename", w_filename)
            if w_filename2 is not None and w_filename2 is not w_None:
                _set_field(w_self, "w_filename2", w_filename2)
            if 2 <= len(items) <= 5:
                items = items[:2]
    _set_field(w_self, "w_errno", w_errno)
    _set_field(w_self, "w_strerror", w_strerror)
    w_old = w_self.w_args
    w_self.w_args = new_tuple(items)
    decref(w_old)


def _newref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _number_check(w_obj):
    """PyNumber_Check: __index__, __int__, __float__ or complex."""
    t = w_obj.ob_type
    return t.nb_index is not None or t.nb_int is not None or t.nb_float is not None \
        or t.name == "complex"


# --- NameError, AttributeError -------------------------------------------------------

@exception_type("NameError")
class W_NameError(W_BaseException):
    __slots__ = ("w_name",)
    members = (("name", "w_name", "name"),)

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        self.w_name = None

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: NameError_init: a keyword-only name=."""
        _set_args(self, args_w, kwnames)
        found = _keywords("NameError", args_w, kwnames, ("name",))
        _set_field(self, "w_name", found.get("name"))

    @slot("tp_dealloc")
    def dealloc(self):
        _clear_fields(self, ("w_name",))
        W_BaseException.dealloc(self)

    @slot("tp_str")
    def str(self):
        return W_BaseException.str(self)


@exception_type("AttributeError")
class W_AttributeError(W_BaseException):
    __slots__ = ("w_name", "w_obj")
    traversed = ("w_obj", "w_name")     # AttributeError_traverse's order
    members = (("name", "w_name", "attribute name"),
               ("obj", "w_obj", "object"))

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        self.w_name = self.w_obj = None

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: AttributeError_init: keyword-only name= and obj=."""
        _set_args(self, args_w, kwnames)
        found = _keywords("AttributeError", args_w, kwnames, ("name", "obj"))
        _set_field(self, "w_name", found.get("name"))
        _set_field(self, "w_obj", found.get("obj"))

    @slot("tp_dealloc")
    def dealloc(self):
        _clear_fields(self, ("w_name", "w_obj"))
        W_BaseException.dealloc(self)

    @slot("tp_str")
    def str(self):
        return W_BaseException.str(self)


def set_attribute_error_context(w_obj, w_name, error):
    """Counterpart: set_attribute_error_context (Objects/object.c): a failed
    getattr records the object and the name on an AttributeError, so the
    traceback can suggest a near name ("Did you mean: ..."), unless the
    exception already carries them."""
    w_exc = error.w_value
    if isinstance(w_exc, W_AttributeError) and w_exc.w_name is None \
            and w_exc.w_obj is None:
        _set_field(w_exc, "w_name", w_name)
        _set_field(w_exc, "w_obj", w_obj)


# --- SyntaxError ---------------------------------------------------------------------

_SYNTAX_FIELDS = ("w_msg", "w_filename", "w_lineno", "w_offset", "w_text",
                  "w_end_lineno", "w_end_offset", "w_print_file_and_line")


@exception_type("SyntaxError")
class W_SyntaxError(W_BaseException):
    __slots__ = _SYNTAX_FIELDS
    traversed = ("w_msg", "w_filename", "w_lineno", "w_offset", "w_end_lineno",
                 "w_end_offset", "w_text", "w_print_file_and_line")
    members = (("msg", "w_msg", "exception msg"),
               ("filename", "w_filename", "exception filename"),
               ("lineno", "w_lineno", "exception lineno"),
               ("offset", "w_offset", "exception offset"),
               ("text", "w_text", "exception text"),
               ("end_lineno", "w_end_lineno", "exception end lineno"),
               ("end_offset", "w_end_offset", "exception end offset"),
               ("print_file_and_line", "w_print_file_and_line",
                "exception print_file_and_line"))

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        for field in _SYNTAX_FIELDS:
            setattr(self, field, None)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        """Counterpart: SyntaxError_init: (msg, (filename, lineno, offset, text
        [, end_lineno, end_offset]))."""
        from glass.objects import abstract
        W_BaseException.init(self, args_w, kwnames)
        if len(args_w) >= 1:
            _set_field(self, "w_msg", args_w[0])
        if len(args_w) != 2:
            return
        w_info = abstract.sequence_tuple(args_w[1])
        try:
            info = w_info.items
            if len(info) < 4:
                raise type_error("function takes at least 4 arguments (%d given)"
                                 % len(info))
            if len(info) > 6:
                raise type_error("function takes at most 6 arguments (%d given)"
                                 % len(info))
            for field, w_value in zip(_SYNTAX_FIELDS[1:7], info):
                _set_field(self, field, w_value)
            if len(info) == 4:
                _set_field(self, "w_end_lineno", None)
                _set_field(self, "w_end_offset", None)
            elif len(info) == 5:
                _set_field(self, "w_end_offset", None)
                raise type_error("end_offset must be provided when end_lineno is "
                                 "provided")
        finally:
            decref(w_info)

    @slot("tp_dealloc")
    def dealloc(self):
        _clear_fields(self, _SYNTAX_FIELDS)
        W_BaseException.dealloc(self)

    @slot("tp_str")
    def str(self):
        """Counterpart: SyntaxError_str: "invalid syntax (x.py, line 1)"."""
        from glass.objects import abstract
        from glass.objects.int import W_Int
        from glass.objects.none import w_None
        from glass.objects.str import W_Str, new_str
        filename = None
        if isinstance(self.w_filename, W_Str):
            filename = self.w_filename.value.rsplit("/", 1)[-1]
        have_lineno = self.w_lineno is not None and \
            self.w_lineno.ob_type is W_Int.w_type
        w_msg = self.w_msg if self.w_msg is not None else w_None
        if filename is None and not have_lineno:
            return abstract.str(w_msg)
        msg = abstract.str_text(w_msg)
        if have_lineno:
            lineno = self.w_lineno.value
            if not -(1 << 63) <= lineno < (1 << 63):
                lineno = -1                  # PyLong_AsLongAndOverflow
        if filename is not None and have_lineno:
            return new_str("%s (%s, line %d)" % (msg, filename, lineno))
        if filename is not None:
            return new_str("%s (%s)" % (msg, filename))
        return new_str("%s (line %d)" % (msg, lineno))


def syntax_error_from_host(error, filename=None):
    """A guest SyntaxError (or IndentationError, TabError) from the host's,
    as compile() raised it: the same class, message and location."""
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned

    def guest(value):
        if value is None:
            return _new_none()
        if isinstance(value, int):
            return new_int(value)
        return new_str(value)
    name = type(error).__name__
    w_type = EXCEPTION_TYPES.get(name, EXCEPTION_TYPES["SyntaxError"])
    info = (error.filename if error.filename is not None else filename, error.lineno,
            error.offset, error.text, getattr(error, "end_lineno", None),
            getattr(error, "end_offset", None))
    w_info = new_tuple_owned([guest(v) for v in info])
    w_msg = guest(error.msg)
    try:
        return call_exception_type(w_type, [w_msg, w_info])
    finally:
        decref(w_msg)
        decref(w_info)


# --- KeyError ------------------------------------------------------------------------

@exception_type("KeyError")
class W_KeyError(W_BaseException):
    __slots__ = ()

    @slot("tp_str")
    def str(self):
        """Counterpart: KeyError_str: the repr of a single key."""
        from glass.objects import abstract
        if len(self.w_args.items) == 1:
            return abstract.repr(self.w_args.items[0])
        return W_BaseException.str(self)


# --- UnicodeError and its three subclasses -------------------------------------------

class W_UnicodeErrorObject(W_BaseException):
    """The fields of UnicodeEncodeError, UnicodeDecodeError and
    UnicodeTranslateError (PyUnicodeErrorObject).  UnicodeError itself has none."""
    __slots__ = ("w_encoding", "w_object", "start", "end", "w_reason")
    members = (("encoding", "w_encoding", "exception encoding"),
               ("object", "w_object", "exception object"),
               ("reason", "w_reason", "exception reason"))

    def __init__(self, w_type, w_args=None):
        W_BaseException.__init__(self, w_type, w_args)
        self.w_encoding = self.w_object = self.w_reason = None
        self.start = self.end = 0

    get_start, set_start = _ssize_member("start")
    get_start = getter("start", "exception start")(get_start)
    set_start = setter("start")(set_start)
    get_end, set_end = _ssize_member("end")
    get_end = getter("end", "exception end")(get_end)
    set_end = setter("end")(set_end)

    def dealloc(self):
        _clear_fields(self, ("w_encoding", "w_object", "w_reason"))
        W_BaseException.dealloc(self)

    def parse(self, args_w, kwnames, spec):
        """PyArg_ParseTuple(args, spec) for "UUnnU", "UOnnU" or "UnnU"."""
        from glass.objects import abstract
        from glass.objects.str import W_Str
        W_BaseException.init(self, args_w, kwnames)
        _clear_fields(self, ("w_encoding", "w_object", "w_reason"))
        if len(args_w) != len(spec):
            raise type_error("function takes exactly %d arguments (%d given)"
                             % (len(spec), len(args_w)))
        values = []
        for index, (code, w_arg) in enumerate(zip(spec, args_w)):
            if code == "U" and not isinstance(w_arg, W_Str):
                raise type_error("argument %d must be str, not %s"
                                 % (index + 1, _arg_type_name(w_arg)))
            if code == "n":
                w_arg = abstract.index(w_arg)
                value = w_arg.value
                decref(w_arg)
                if not -(1 << 63) <= value < (1 << 63):
                    raise overflow_error("Python int too large to convert to C ssize_t")
                values.append(value)
            else:
                values.append(w_arg)
        return values

    def text_pieces(self):
        """reason and encoding as host strs, via str() (they may have been changed)."""
        from glass.objects import abstract
        from glass.objects.none import w_None
        reason = abstract.str_text(self.w_reason if self.w_reason is not None else w_None)
        encoding = abstract.str_text(self.w_encoding if self.w_encoding is not None
                                     else w_None)
        return reason, encoding


def _arg_type_name(w_arg):
    from glass.objects.none import w_None
    return "None" if w_arg is w_None else w_arg.ob_type.name


def _char_escape(code):
    if code <= 0xff:
        return "\\x%02x" % code
    if code <= 0xffff:
        return "\\u%04x" % code
    return "\\U%08x" % code


@exception_type("UnicodeEncodeError")
class W_UnicodeEncodeError(W_UnicodeErrorObject):
    __slots__ = ()
    members = W_UnicodeErrorObject.members
    get_start, set_start = W_UnicodeErrorObject.get_start, W_UnicodeErrorObject.set_start
    get_end, set_end = W_UnicodeErrorObject.get_end, W_UnicodeErrorObject.set_end

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return W_BaseException.new(w_type, args_w, kwnames)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        w_enc, w_obj, start, end, w_reason = self.parse(args_w, kwnames, "UUnnU")
        _set_field(self, "w_encoding", w_enc)
        _set_field(self, "w_object", w_obj)
        _set_field(self, "w_reason", w_reason)
        self.start, self.end = start, end

    @slot("tp_dealloc")
    def dealloc(self):
        W_UnicodeErrorObject.dealloc(self)

    @slot("tp_str")
    def str(self):
        from glass.objects.str import new_str
        if self.w_object is None:
            return new_str("")
        reason, encoding = self.text_pieces()
        text = self.w_object.value
        start, end = self.start, self.end
        if 0 <= start < len(text) and 0 <= end <= len(text) and end == start + 1:
            return new_str("'%s' codec can't encode character '%s' in position %d: %s"
                           % (encoding, _char_escape(ord(text[start])), start, reason))
        return new_str("'%s' codec can't encode characters in position %d-%d: %s"
                       % (encoding, start, end - 1, reason))


@exception_type("UnicodeDecodeError")
class W_UnicodeDecodeError(W_UnicodeErrorObject):
    __slots__ = ()
    members = W_UnicodeErrorObject.members
    get_start, set_start = W_UnicodeErrorObject.get_start, W_UnicodeErrorObject.set_start
    get_end, set_end = W_UnicodeErrorObject.get_end, W_UnicodeErrorObject.set_end

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return W_BaseException.new(w_type, args_w, kwnames)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        from glass.objects.bytes import W_Bytes
        w_enc, w_obj, start, end, w_reason = self.parse(args_w, kwnames, "UOnnU")
        if type(w_obj) is W_Bytes and w_obj.ob_type is W_Bytes.w_type:
            w_obj.ob_refcnt += 1
        else:
            data = _buffer_bytes(w_obj)
            if data is None:
                raise type_error("a bytes-like object is required, not '%s'"
                                 % w_obj.ob_type.name)
            w_obj = W_Bytes(data)
        _set_field(self, "w_encoding", w_enc)
        _set_field(self, "w_reason", w_reason)
        w_old, self.w_object = self.w_object, w_obj
        xdecref(w_old)
        self.start, self.end = start, end

    @slot("tp_dealloc")
    def dealloc(self):
        W_UnicodeErrorObject.dealloc(self)

    @slot("tp_str")
    def str(self):
        from glass.objects.str import new_str
        if self.w_object is None:
            return new_str("")
        reason, encoding = self.text_pieces()
        data = self.w_object.value
        start, end = self.start, self.end
        if 0 <= start < len(data) and 0 <= end <= len(data) and end == start + 1:
            return new_str("'%s' codec can't decode byte 0x%02x in position %d: %s"
                           % (encoding, data[start], start, reason))
        return new_str("'%s' codec can't decode bytes in position %d-%d: %s"
                       % (encoding, start, end - 1, reason))


def _buffer_bytes(w_obj):
    """The bytes of a bytes-like object (the buffer protocol), or None."""
    value = getattr(w_obj, "value", None)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    data = getattr(w_obj, "data", None)
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    return None


@exception_type("UnicodeTranslateError")
class W_UnicodeTranslateError(W_UnicodeErrorObject):
    __slots__ = ()
    members = W_UnicodeErrorObject.members
    get_start, set_start = W_UnicodeErrorObject.get_start, W_UnicodeErrorObject.set_start
    get_end, set_end = W_UnicodeErrorObject.get_end, W_UnicodeErrorObject.set_end

    @slot("tp_new")
    def new(w_type, args_w, kwnames):
        return W_BaseException.new(w_type, args_w, kwnames)

    @slot("tp_init")
    def init(self, args_w, kwnames):
        w_obj, start, end, w_reason = self.parse(args_w, kwnames, "UnnU")
        _set_field(self, "w_object", w_obj)
        _set_field(self, "w_reason", w_reason)
        self.start, self.end = start, end

    @slot("tp_dealloc")
    def dealloc(self):
        W_UnicodeErrorObject.dealloc(self)

    @slot("tp_str")
    def str(self):
        from glass.objects import abstract
        from glass.objects.none import w_None
        from glass.objects.str import new_str
        if self.w_object is None:
            return new_str("")
        reason = abstract.str_text(self.w_reason if self.w_reason is not None else w_None)
        text = self.w_object.value
        start, end = self.start, self.end
        if 0 <= start < len(text) and 0 <= end <= len(text) and end == start + 1:
            return new_str("can't translate character '%s' in position %d: %s"
                           % (_char_escape(ord(text[start])), start, reason))
        return new_str("can't translate characters in position %d-%d: %s"
                       % (start, end - 1, reason))


# --- Building the hierarchy ----------------------------------------------------------

# name -> W_Type, for every builtin exception (BaseException included).
EXCEPTION_TYPES = {"BaseException": W_BaseException.w_type}


def _make_exception_types():
    """Every row of the table becomes a W_Type: the declared class's, or a
    plain one whose instances are of its nearest declared ancestor's class."""
    from glass.objects.type import BUILTIN_TYPES
    for name, bases, doc in EXCEPTION_HIERARCHY:
        if isinstance(bases, str):
            bases = (bases,)
        w_bases = tuple(EXCEPTION_TYPES[b] for b in bases)
        cls = EXCEPTION_CLASSES.get(name)
        if cls is not None:
            w_type = cls.w_type
        else:
            host_class = w_bases[0].host_class
            w_type = W_Type(name, w_bases[0], EXCEPTION_FLAGS, host_class)
            w_type.ob_refcnt = 1 << 30
            w_type.typedef = TypeDef(name, host_class, None, w_type.flags, doc)
            w_type.has_dict = True
            BUILTIN_TYPES.append(w_type)
        w_type.w_base = w_bases[0]
        w_type.w_bases = w_bases
        # Every exception type has its own __init__ wrapper (and its own
        # __new__ where exceptions.c gives it a tp_new), as in CPython.
        # ExceptionGroup is made by PyErr_NewException: it defines nothing.
        slots = w_type.typedef.slots
        if "tp_init" not in slots and name != "ExceptionGroup":
            slots["tp_init"] = w_bases[0].typedef.slots["tp_init"]
        if "tp_new" not in slots and name not in _NO_OWN_NEW:
            slots["tp_new"] = w_bases[0].typedef.slots.get("tp_new", W_BaseException.new)
        EXCEPTION_TYPES[name] = w_type


_make_exception_types()


# --- Raising (Python/errors.c) ----------------------------------------------------------

def call_exception_type(w_type, args_w):
    """PyObject_Call(exc_type, args) for a builtin exception type: tp_new, then
    tp_init, without a guest call frame (how PyErr_SetObject normalizes)."""
    from glass.objects.type import HEAPTYPE
    w_exc = w_type.tp_new(w_type, args_w, None)
    if w_type.flags & HEAPTYPE:
        # As type_call does: a builtin tp_new does not take the instance's
        # reference to its heap class (CPython's tp_alloc would).
        from glass.objects.typeobject import _is_heap_slot_new, took_type_reference
        if not _is_heap_slot_new(w_type.tp_new):
            took_type_reference(w_exc, w_type)
    init = w_exc.ob_type.tp_init
    if init is not W_BaseException.init:
        try:
            init(w_exc, args_w, None)
        except OperationError:
            decref(w_exc)
            raise
    return w_exc


def new_exception(w_type, message=None):
    """An exception object of w_type with one str argument (or none)."""
    if message is None:
        return call_exception_type(w_type, [])
    from glass.objects.str import new_str
    w_message = new_str(message)
    try:
        return call_exception_type(w_type, [w_message])
    finally:
        decref(w_message)


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


def name_error(message, w_name=None):
    """NameError(message), with `name` set (borrowed w_name) for the
    "Did you mean" suggestion, as format_exc_check_arg does."""
    error = operation_error("NameError", message)
    if w_name is not None:
        _set_field(error.w_value, "w_name", w_name)
    return error


def attribute_error(message, raw=True):
    return operation_error("AttributeError", message)


def stop_iteration(w_value=None):
    if w_value is None:
        return operation_error("StopIteration")
    return OperationError(call_exception_type(EXCEPTION_TYPES["StopIteration"],
                                              [w_value]))


def key_error(w_key):
    """_PyErr_SetKeyError: KeyError(key), even when key is a tuple."""
    return OperationError(call_exception_type(EXCEPTION_TYPES["KeyError"], [w_key]))


def system_exit(w_code=None):
    """sys.exit(status): PyErr_SetObject(PyExc_SystemExit, status)."""
    return set_object(EXCEPTION_TYPES["SystemExit"], w_code)


def set_object(w_type, w_value=None):
    """PyErr_SetObject(type, value) as the exception it normalizes to: value
    itself when it is an instance of type, else type(), type(*value) for a
    tuple, or type(value).  (_PyErr_CreateException.)"""
    from glass.objects.none import w_None
    from glass.objects.tuple import W_Tuple
    if w_value is not None and isinstance(w_value, W_BaseException) and \
            w_value.ob_type.is_subtype(w_type):
        w_value.ob_refcnt += 1
        return OperationError(w_value)
    if w_value is None or w_value is w_None:
        args_w = []
    elif isinstance(w_value, W_Tuple):
        args_w = list(w_value.items)
    else:
        args_w = [w_value]
    from glass.objects import abstract
    w_exc = abstract.call(w_type, args_w)
    if not isinstance(w_exc, W_BaseException):
        kind = w_exc.ob_type.name
        decref(w_exc)
        raise type_error("calling %s should have returned an instance of BaseException, "
                         "not %s" % (abstract.repr_text(w_type), kind))
    return OperationError(w_exc)


def os_error(errno_value, filename=None):
    """PyErr_SetFromErrnoWithFilename: OSError(errno, strerror[, filename]),
    which becomes the errno's subclass."""
    import os
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    args_w = [new_int(errno_value), new_str(os.strerror(errno_value))]
    if filename is not None:
        args_w.append(new_str(filename))
    try:
        return OperationError(call_exception_type(EXCEPTION_TYPES["OSError"], args_w))
    finally:
        for w_arg in args_w:
            decref(w_arg)


def warn_deprecation(message):
    """PyErr_WarnEx(PyExc_DeprecationWarning, message, 1): through the
    guest's warnings machinery (filters, registries, catch_warnings)."""
    from glass.modules._warnings import warn
    warn("DeprecationWarning", message, 1)


def new_exception_class(qualified_name, w_base):
    """PyErr_NewException (Python/errors.c): a class `module.name` deriving
    from w_base, made by calling type as the C function does."""
    from glass.objects.dict import new_dict
    from glass.objects.str import new_str
    from glass.objects import abstract
    from glass.objects.tuple import new_tuple
    from glass.objects.type import W_Type
    module, name = qualified_name.rsplit(".", 1)
    w_dict = new_dict()
    w_module = new_str(module)
    w_dict.setitem_str("__module__", w_module)
    decref(w_module)
    w_name = new_str(name)
    w_bases = new_tuple([w_base])
    try:
        return abstract.call(W_Type.w_type, [w_name, w_bases, w_dict])
    finally:
        decref(w_name)
        decref(w_bases)
        decref(w_dict)


def argument_type_name(w_arg):
    """How argument parsing names a wrong argument's type in "... must be str,
    not X" (_PyArg_BadArgument, getargs.c's converterr): "None" for None,
    else the type's name."""
    from glass.objects.none import w_None
    return "None" if w_arg is w_None else w_arg.ob_type.name
