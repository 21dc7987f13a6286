"""The _tkinter module: Tcl interpreters (and Tk) under tkinter.

Counterpart: Modules/_tkinter.c.

The Tcl interpreter is the host's: each guest tkapp owns a host tkapp made
by the host's own _tkinter (which links the same libtcl and libtk CPython's
does) and never hands it, or anything else of the host, to the guest.  What
this file does is what _tkinter.c does at its edges:

- guest arguments become the host values from which the host builds the
  same Tcl objects (AsObj: str, bytes, bool, exact int, float, tuple and
  list item by item, Tcl_Obj; anything else through its guest str());
- host results become guest values (FromObj: str, bytes, bool, int, float,
  tuple, and a guest Tcl_Obj wrapping any other host Tcl_Obj);
- argument errors are checked here, with CPython's messages naming the
  guest's types, before the host sees the call;
- guest callbacks (createcommand, createfilehandler, createtimerhandler)
  are host callables that call the guest function.  A guest exception in a
  callback travels through the host library as the OperationError it is:
  the host stores it as PythonCmd does (errorInCmd) and raises it again when
  mainloop returns, where it becomes the guest's exception again.

The GIL: every call into Tcl releases Glass's GIL, as ENTER_TCL releases
CPython's, so other guest threads run while Tcl waits for events; a
callback takes the GIL back for the guest code it runs (ENTER_PYTHON).
The host objects that hold guest references (a command's function, a file
handler's file) are dropped by Tcl whenever it deletes them, perhaps
without the GIL, so they only queue their references, which are released
when the guest next comes back from Tcl.
"""
from __future__ import annotations

import operator

try:
    import _tkinter as host_tkinter
except ImportError:                     # a host without Tcl/Tk
    host_tkinter = None

from glass.modules import MODULE_DEFS, builtin_module, function
from glass.modules.posix import guest_error
from glass.objects import abstract
from glass.objects.exceptions import (OperationError, argument_type_name, new_exception,
                                      operation_error, type_error, value_error)
from glass.objects.heapslots import hash_not_implemented
from glass.objects.object import W_Object, decref
from glass.objects.signature import no_text_signature, parse_tuple, varargs
from glass.objects.type import (EQ, GE, GT, LE, LT, NE, NO_DOC, builtin_type, getter, method,
                                slot)
from glass.vm import gil, pystate

HOST_TCL_OBJ = getattr(host_tkinter, "Tcl_Obj", None)
HOST_TCL_ERROR = getattr(host_tkinter, "TclError", None)


class ModuleState:
    """The module's globals: the TclError class, made once per process."""

    def __init__(self):
        self.w_tcl_error = None


STATE = ModuleState()


def tcl_error(message):
    """An OperationError of _tkinter.TclError (Tkinter_Error)."""
    return OperationError(new_exception(STATE.w_tcl_error, message))


# --- The GIL around Tcl: ENTER_TCL / LEAVE_TCL, ENTER_PYTHON / LEAVE_PYTHON ------

# References whose host holder Tcl dropped: released at the guest's next moment.
_PENDING_RELEASES = []


def release_pending():
    """Release the guest references of the host objects Tcl has let go of."""
    while _PENDING_RELEASES:
        for w_obj in _PENDING_RELEASES.pop():
            decref(w_obj)


def call_tcl(func, *args):
    """Call host tkapp method `func` with the GIL released; host errors
    become the guest's (TclError, and what the host's argument parsing
    raises), a guest error raised in a callback is itself again."""
    try:
        with gil.ForeignCall():
            return func(*args)
    except OperationError:
        raise
    except Exception as error:
        raise guest_tcl_error(error)
    finally:
        release_pending()


def guest_tcl_error(error):
    """The guest exception for host exception `error`."""
    if HOST_TCL_ERROR is not None and isinstance(error, HOST_TCL_ERROR):
        message = error.args[0] if error.args else ""
        return tcl_error(message if isinstance(message, str) else str(message))
    if isinstance(error, UnicodeError) and hasattr(error, "encoding"):
        from glass.modules._codecs import guest_unicode_error
        return OperationError(guest_unicode_error(error))
    return guest_error(error)


# --- Crossing the wall: guest values to Tcl values (AsObj) -------------------------

def tcl_value(w_value):
    """The host value from which the host's AsObj makes the Tcl object that
    CPython's AsObj makes from guest w_value (borrowed)."""
    from glass.objects.bool import W_Bool
    from glass.objects.bytes import W_Bytes
    from glass.objects.float import W_Float
    from glass.objects.int import W_Int
    from glass.objects.list import W_List
    from glass.objects.str import W_Str
    from glass.objects.tuple import W_Tuple
    if isinstance(w_value, W_Str):
        return w_value.value
    if isinstance(w_value, W_Bytes):
        return bytes(w_value.value)
    if isinstance(w_value, W_Bool):
        return bool(w_value.value)
    if w_value.ob_type is W_Int.w_type:       # PyLong_CheckExact: a subclass goes by str()
        return int(w_value.value)
    if isinstance(w_value, W_Float):
        return float(w_value.value)
    if isinstance(w_value, W_Tuple):
        return tuple([tcl_value(w_item) for w_item in w_value.items])
    if isinstance(w_value, W_List):
        # PyList_AsTuple: the items as they are now, kept alive meanwhile.
        items_w = list(w_value.items)
        for w_item in items_w:
            w_item.ob_refcnt += 1
        try:
            return [tcl_value(w_item) for w_item in items_w]
        finally:
            for w_item in items_w:
                decref(w_item)
    if isinstance(w_value, W_TclObj):
        return w_value.host_obj
    w_text = abstract.str(w_value)
    try:
        return w_text.value
    finally:
        decref(w_text)


def call_arguments(args_w):
    """Tkapp_CallArgs: a lone tuple argument stands for the arguments, and
    a None ends them."""
    from glass.objects.none import W_None
    from glass.objects.tuple import W_Tuple
    if len(args_w) == 1 and isinstance(args_w[0], W_Tuple):
        args_w = args_w[0].items
    values = []
    for w_arg in list(args_w):
        if isinstance(w_arg, W_None):
            break
        values.append(tcl_value(w_arg))
    return tuple(values)


# --- Tcl values to guest values (FromObj) ------------------------------------------

def guest_value(value):
    """A new guest reference for a host result of the host tkapp."""
    from glass.objects.str import new_str
    kind = type(value)
    if kind is str:
        return new_str(value)
    if kind is bool:
        from glass.objects.bool import new_bool
        return new_bool(value)
    if kind is int:
        from glass.objects.int import new_int
        return new_int(value)
    if kind is float:
        from glass.objects.float import new_float
        return new_float(value)
    if kind is bytes:
        from glass.objects.bytes import new_bytes
        return new_bytes(value)
    if kind is tuple:
        from glass.objects.tuple import new_tuple_owned
        items_w = []
        try:
            for item in value:
                items_w.append(guest_value(item))
        except BaseException:
            for w_item in items_w:
                decref(w_item)
            raise
        return new_tuple_owned(items_w)
    if HOST_TCL_OBJ is not None and isinstance(value, HOST_TCL_OBJ):
        return W_TclObj(value)
    if value is None:
        from glass.objects.none import new_none
        return new_none()
    raise operation_error("SystemError", "_tkinter: no guest value for a host %s"
                          % kind.__name__)


# --- Argument conversion, as clinic and PyArg_Parse do it --------------------------

def c_string(w_arg, func_name, position=0, accept_none=False):
    """The `str` converter ("s"): a str with no NUL, encodable in UTF-8;
    `position` 0 for a function of one argument (its message has no number)."""
    from glass.objects.none import W_None
    from glass.objects.str import W_Str
    if accept_none and isinstance(w_arg, W_None):
        return None
    if not isinstance(w_arg, W_Str):
        raise type_error("%s() argument%s must be str%s, not %s" % (
            func_name, " %d" % position if position else "",
            " or None" if accept_none else "", argument_type_name(w_arg)))
    return checked_text(w_arg.value)


def checked_text(text):
    """PyUnicode_AsUTF8AndSize, then the embedded NUL check."""
    from glass.objects.stringlib import c_string_value
    return c_string_value(text)


def c_int(w_arg, default=0):
    """The `int` converter (_PyLong_AsInt); None when left out gives `default`."""
    from glass.objects.stringlib import int_arg
    return default if w_arg is None else int_arg(w_arg)


def varname(w_name):
    """varname_converter: a variable's name as str, bytes or Tcl_Obj."""
    from glass.objects.bytes import W_Bytes
    from glass.objects.str import W_Str
    if isinstance(w_name, W_Bytes):
        data = bytes(w_name.value)
        if b"\0" in data:
            raise value_error("embedded null byte")
        return data
    if isinstance(w_name, W_Str):
        return checked_text(w_name.value)
    if isinstance(w_name, W_TclObj):
        return w_name.host_obj
    raise type_error("must be str, bytes or Tcl_Obj, not %.50s" % w_name.ob_type.name)


def is_callable(w_obj):
    """PyCallable_Check."""
    return w_obj.ob_type.tp_call is not None


# --- Callbacks: host callables that run guest code ---------------------------------

class GuestHeld:
    """A host object Tcl keeps (a command's client data, a file handler's):
    it owns guest references until Tcl lets it go."""

    def __init__(self, *objects_w):
        for w_obj in objects_w:
            w_obj.ob_refcnt += 1
        self.objects_w = objects_w

    def __del__(self):
        # Tcl may drop it anywhere, even without the GIL: queue the release.
        _PENDING_RELEASES.append(self.objects_w)


class GuestCommand(GuestHeld):
    """PythonCmd: a Tcl command calling guest function w_func with its
    arguments as str; the result goes back through AsObj.  It holds the
    tkapp too, as 3.11's client data does."""

    def __init__(self, w_app, w_func):
        GuestHeld.__init__(self, w_app, w_func)
        self.w_func = w_func

    def __call__(self, *args):
        with gil.GuestCallback():
            args_w = [guest_value(arg) for arg in args]
            try:
                w_result = abstract.call(self.w_func, args_w)
            finally:
                for w_arg in args_w:
                    decref(w_arg)
            try:
                return tcl_value(w_result)
            finally:
                decref(w_result)


class GuestFileHandler(GuestHeld):
    """FileHandler: calls func(file, mask) with the guest's own file object."""

    def __init__(self, w_file, w_func):
        GuestHeld.__init__(self, w_file, w_func)
        self.w_file = w_file
        self.w_func = w_func

    def __call__(self, host_file, mask):
        from glass.objects.int import new_int
        with gil.GuestCallback():
            w_mask = new_int(mask)
            try:
                decref(abstract.call(self.w_func, [self.w_file, w_mask]))
            finally:
                decref(w_mask)


class GuestTimer:
    """TimerHandler: calls the token's function once, with no arguments,
    and lets go of the token's extra reference (see createtimerhandler)."""

    def __init__(self, w_token):
        self.w_token = w_token

    def __call__(self):
        with gil.GuestCallback():
            w_token = self.w_token
            w_func = w_token.w_func
            if w_func is None:
                return None
            w_token.w_func = None
            try:
                decref(abstract.call(w_func, []))
            finally:
                decref(w_func)
                decref(w_token)
            return None


# --- Tcl_Obj -----------------------------------------------------------------------

_COMPARE = {LT: operator.lt, LE: operator.le, EQ: operator.eq, NE: operator.ne,
            GT: operator.gt, GE: operator.ge}


@builtin_type("_tkinter.Tcl_Obj", doc=NO_DOC)
class W_TclObj(W_Object):
    """A Tcl value of a type with no Python counterpart (PyTclObject)."""
    __slots__ = ("host_obj", "w_string")

    def __init__(self, host_obj):
        W_Object.__init__(self, W_TclObj.w_type)
        self.host_obj = host_obj
        self.w_string = None        # the `string` attribute, made on first use

    @slot("tp_dealloc")
    def dealloc(self):
        w_string, self.w_string = self.w_string, None
        self.host_obj = None
        if w_string is not None:
            decref(w_string)

    @getter("string", doc="the string representation of this object, either as str or bytes")
    def get_string(self):
        if self.w_string is None:
            from glass.objects.str import new_str
            self.w_string = new_str(self.host_obj.string)
        self.w_string.ob_refcnt += 1
        return self.w_string

    @getter("typename", doc="name of the Tcl type")
    def get_typename(self):
        from glass.objects.str import new_str
        return new_str(self.host_obj.typename)

    @slot("tp_getattro")
    def getattro(self, w_name):
        """PyObject_GenericGetAttr, set explicitly (so __getattribute__ is listed)."""
        from glass.objects.typeobject import generic_getattr
        return generic_getattr(self, w_name)

    @slot("tp_str")
    def str(self):
        if self.w_string is not None:
            self.w_string.ob_refcnt += 1
            return self.w_string
        from glass.objects.str import new_str
        return new_str(str(self.host_obj))

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        w_text = W_TclObj.str(self)
        try:
            text = abstract.repr_text(w_text)
        finally:
            decref(w_text)
        return new_str("<%s object: %s>" % (self.host_obj.typename, text))

    @slot("tp_richcompare")
    def richcompare(self, w_other, op):
        from glass.objects.bool import new_bool
        if not isinstance(w_other, W_TclObj):
            from glass.objects.tuple import not_implemented
            return not_implemented()
        # Tcl_GetString on both and strcmp: the host compares them so.
        return new_bool(_COMPARE[op](self.host_obj, w_other.host_obj))

    hash = slot("tp_hash")(hash_not_implemented)     # __hash__ = None


# --- Timer tokens ------------------------------------------------------------------

@builtin_type("_tkinter.tktimertoken", doc=NO_DOC)
class W_Tktt(W_Object):
    """A timer handler's token (TkttObject): deletetimerhandler() cancels it."""
    __slots__ = ("host_token", "w_func")

    def __init__(self, w_func):
        W_Object.__init__(self, W_Tktt.w_type)
        self.host_token = None
        w_func.ob_refcnt += 1
        self.w_func = w_func

    @slot("tp_dealloc")
    def dealloc(self):
        w_func, self.w_func = self.w_func, None
        self.host_token = None
        if w_func is not None:
            decref(w_func)

    @slot("tp_repr")
    def repr(self):
        from glass.objects.str import new_str
        return new_str("<tktimertoken at %#x%s>" % (
            id(self), ", handler deleted" if self.w_func is None else ""))

    @method("($self, /)")
    def deletetimerhandler(self):
        host_token = self.host_token
        if host_token is not None:
            call_tcl(host_token.deletetimerhandler)
        w_func = self.w_func
        if w_func is not None:
            self.w_func = None
            decref(w_func)
            decref(self)            # the reference the pending timer held


# --- The tkapp ---------------------------------------------------------------------

@builtin_type("_tkinter.tkapp", doc=NO_DOC)
class W_Tkapp(W_Object):
    """A Tcl interpreter, with Tk in it or not (TkappObject)."""
    __slots__ = ("host_app",)

    def __init__(self, host_app):
        W_Object.__init__(self, W_Tkapp.w_type)
        self.host_app = host_app

    @slot("tp_dealloc")
    def dealloc(self):
        # Tcl_DeleteInterp: the host deletes it when its tkapp goes.
        # No guest code runs in it: the commands Tcl deletes with the
        # interpreter only queue their references.
        self.host_app = None
        release_pending()

    # Evaluating

    @varargs
    @no_text_signature
    @method("($self, *args)")
    def call(self, args_w):
        return guest_value(call_tcl(self.host_app.call, call_arguments(args_w)))

    @method("($self, script, /)")
    def eval(self, w_script):
        return guest_value(call_tcl(self.host_app.eval, c_string(w_script, "eval")))

    @method("($self, fileName, /)")
    def evalfile(self, w_file_name):
        return guest_value(call_tcl(self.host_app.evalfile,
                                    c_string(w_file_name, "evalfile")))

    @method("($self, script, /)")
    def record(self, w_script):
        return guest_value(call_tcl(self.host_app.record, c_string(w_script, "record")))

    @method("($self, msg, /)")
    def adderrorinfo(self, w_msg):
        call_tcl(self.host_app.adderrorinfo, c_string(w_msg, "adderrorinfo"))

    # Variables

    def _setvar(self, host_func, args_w):
        if len(args_w) == 2:
            name = varname(args_w[0])
            return call_tcl(host_func, name, tcl_value(args_w[1]))
        if len(args_w) == 3:
            name1 = c_string(args_w[0], "setvar", 1)
            name2 = c_string(args_w[1], "setvar", 2)
            return call_tcl(host_func, name1, name2, tcl_value(args_w[2]))
        raise type_error("setvar requires 2 to 3 arguments")

    def _getvar(self, host_func, w_name1, w_name2):
        name1 = varname(w_name1)
        if w_name2 is None:
            return guest_value(call_tcl(host_func, name1))
        return guest_value(call_tcl(host_func, name1, c_string(w_name2, "getvar", 2)))

    def _unsetvar(self, host_func, w_name1, w_name2):
        names = [c_string(w_name1, "unsetvar", 1)]
        if w_name2 is not None:
            names.append(c_string(w_name2, "unsetvar", 2))
        call_tcl(host_func, *names)

    @varargs
    @no_text_signature
    @method("($self, *args)")
    def setvar(self, args_w):
        self._setvar(self.host_app.setvar, args_w)

    @varargs
    @no_text_signature
    @method("($self, *args)")
    def globalsetvar(self, args_w):
        self._setvar(self.host_app.globalsetvar, args_w)

    @parse_tuple
    @method("($self, name1, name2=None, /)")
    def getvar(self, w_name1, w_name2):
        return self._getvar(self.host_app.getvar, w_name1, w_name2)

    @parse_tuple
    @method("($self, name1, name2=None, /)")
    def globalgetvar(self, w_name1, w_name2):
        return self._getvar(self.host_app.globalgetvar, w_name1, w_name2)

    @parse_tuple
    @method("($self, name1, name2=None, /)")
    def unsetvar(self, w_name1, w_name2):
        self._unsetvar(self.host_app.unsetvar, w_name1, w_name2)

    @parse_tuple
    @method("($self, name1, name2=None, /)")
    def globalunsetvar(self, w_name1, w_name2):
        self._unsetvar(self.host_app.globalunsetvar, w_name1, w_name2)

    # Tcl values to Python values

    @method("($self, arg, /)")
    def getint(self, w_arg):
        from glass.objects.int import W_Int
        if isinstance(w_arg, W_Int):
            w_arg.ob_refcnt += 1
            return w_arg
        if isinstance(w_arg, W_TclObj):
            return guest_value(call_tcl(self.host_app.getint, w_arg.host_obj))
        return guest_value(call_tcl(self.host_app.getint, c_string(w_arg, "getint")))

    @method("($self, arg, /)")
    def getdouble(self, w_arg):
        from glass.objects.complex import W_Complex
        from glass.objects.float import W_Float, number_float
        if isinstance(w_arg, W_Float):
            w_arg.ob_refcnt += 1
            return w_arg
        w_type = w_arg.ob_type
        if (w_type.nb_index is not None or w_type.nb_int is not None
                or w_type.nb_float is not None or isinstance(w_arg, W_Complex)):
            return number_float(w_arg)             # PyNumber_Check, PyNumber_Float
        if isinstance(w_arg, W_TclObj):
            return guest_value(call_tcl(self.host_app.getdouble, w_arg.host_obj))
        return guest_value(call_tcl(self.host_app.getdouble,
                                    c_string(w_arg, "getdouble")))

    @method("($self, arg, /)")
    def getboolean(self, w_arg):
        from glass.objects.bool import new_bool
        from glass.objects.int import W_Int
        if isinstance(w_arg, W_Int):
            return new_bool(w_arg.value != 0)
        if isinstance(w_arg, W_TclObj):
            return guest_value(call_tcl(self.host_app.getboolean, w_arg.host_obj))
        return guest_value(call_tcl(self.host_app.getboolean,
                                    c_string(w_arg, "getboolean")))

    @method("($self, s, /)")
    def exprstring(self, w_s):
        return guest_value(call_tcl(self.host_app.exprstring, c_string(w_s, "exprstring")))

    @method("($self, s, /)")
    def exprlong(self, w_s):
        return guest_value(call_tcl(self.host_app.exprlong, c_string(w_s, "exprlong")))

    @method("($self, s, /)")
    def exprdouble(self, w_s):
        return guest_value(call_tcl(self.host_app.exprdouble, c_string(w_s, "exprdouble")))

    @method("($self, s, /)")
    def exprboolean(self, w_s):
        return guest_value(call_tcl(self.host_app.exprboolean,
                                    c_string(w_s, "exprboolean")))

    @method("($self, arg, /)")
    def splitlist(self, w_arg):
        from glass.objects.bytearray import W_ByteArray
        from glass.objects.bytes import W_Bytes
        from glass.objects.list import W_List
        from glass.objects.str import W_Str
        from glass.objects.tuple import W_Tuple, new_tuple
        if isinstance(w_arg, W_TclObj):
            return guest_value(call_tcl(self.host_app.splitlist, w_arg.host_obj))
        if isinstance(w_arg, W_Tuple):
            w_arg.ob_refcnt += 1
            return w_arg
        if isinstance(w_arg, W_List):
            return new_tuple(list(w_arg.items))
        # "et" with utf-8: str, bytes or bytearray, as the host parses them.
        if isinstance(w_arg, W_Str):
            value = w_arg.value
        elif isinstance(w_arg, W_Bytes):
            value = bytes(w_arg.value)
        elif isinstance(w_arg, W_ByteArray):
            value = bytearray(w_arg.value)
        else:
            raise type_error("splitlist() argument must be str, bytes or bytearray, not %s"
                             % argument_type_name(w_arg))
        return guest_value(call_tcl(self.host_app.splitlist, value))

    # Commands

    @method("($self, name, func, /)")
    def createcommand(self, w_name, w_func):
        name = c_string(w_name, "createcommand", 1)
        if not is_callable(w_func):
            raise type_error("command not callable")
        call_tcl(self.host_app.createcommand, name, GuestCommand(self, w_func))

    @method("($self, name, /)")
    def deletecommand(self, w_name):
        call_tcl(self.host_app.deletecommand, c_string(w_name, "deletecommand"))

    # File handlers

    @method("($self, file, mask, func, /)")
    def createfilehandler(self, w_file, w_mask, w_func):
        from glass.modules.select import as_file_descriptor
        mask = c_int(w_mask)
        fd = as_file_descriptor(w_file)
        if not is_callable(w_func):
            raise type_error("bad argument list")
        call_tcl(self.host_app.createfilehandler, fd, mask, GuestFileHandler(w_file, w_func))

    @method("($self, file, /)")
    def deletefilehandler(self, w_file):
        from glass.modules.select import as_file_descriptor
        call_tcl(self.host_app.deletefilehandler, as_file_descriptor(w_file))

    # Timers

    @method("($self, milliseconds, func, /)")
    def createtimerhandler(self, w_milliseconds, w_func):
        milliseconds = c_int(w_milliseconds)
        if not is_callable(w_func):
            raise type_error("bad argument list")
        w_token = W_Tktt(w_func)
        w_token.ob_refcnt += 1      # held until the timer fires or is deleted
        try:
            w_token.host_token = call_tcl(self.host_app.createtimerhandler, milliseconds,
                                          GuestTimer(w_token))
        except OperationError:
            w_token.w_func = None
            decref(w_func)
            w_token.ob_refcnt -= 1
            decref(w_token)
            raise
        return w_token

    # The event loop

    @method("($self, threshold=0, /)")
    def mainloop(self, w_threshold):
        call_tcl(self.host_app.mainloop, c_int(w_threshold))

    @method("($self, flags=0, /)")
    def dooneevent(self, w_flags):
        return guest_value(call_tcl(self.host_app.dooneevent, c_int(w_flags)))

    @method("($self, /)")
    def quit(self):
        self.host_app.quit()

    @method("($self, /)")
    def interpaddr(self):
        return guest_value(self.host_app.interpaddr())

    @method("($self, /)")
    def loadtk(self):
        call_tcl(self.host_app.loadtk)

    @parse_tuple
    @method("($self, wantobjects=None, /)")
    def wantobjects(self, w_wantobjects):
        if w_wantobjects is None:
            return guest_value(self.host_app.wantobjects())
        self.host_app.wantobjects(c_int(w_wantobjects))

    @method("($self, /)")
    def willdispatch(self):
        self.host_app.willdispatch()


# --- The module --------------------------------------------------------------------

def _host_doc(name):
    return getattr(getattr(host_tkinter, name, None), "__doc__", None)


def _flatten_into(items_w, w_item, depth):
    """_flatten1: the items of nested tuples and lists, None left out."""
    from glass.objects.list import W_List
    from glass.objects.none import W_None
    from glass.objects.tuple import W_Tuple
    if depth > 1000:
        raise value_error("nesting too deep in _flatten")
    if not isinstance(w_item, (W_Tuple, W_List)):
        raise type_error("argument must be sequence")
    for w_sub in list(w_item.items):
        if isinstance(w_sub, (W_Tuple, W_List)):
            _flatten_into(items_w, w_sub, depth + 1)
        elif not isinstance(w_sub, W_None):
            w_sub.ob_refcnt += 1
            items_w.append(w_sub)


@builtin_module("_tkinter")
class TkinterModule:

    @function("($module, item, /)")
    def _flatten(w_item):
        from glass.objects.tuple import empty_tuple, new_tuple_owned
        w_type = w_item.ob_type
        if w_type.sq_length is None:
            if w_type.mp_length is not None:
                raise type_error("%s is not a sequence" % w_type.name)
            raise type_error("object of type '%s' has no len()" % w_type.name)
        if w_type.sq_length(w_item) == 0:
            return empty_tuple()
        items_w = []
        try:
            _flatten_into(items_w, w_item, 0)
        except BaseException:
            for w_sub in items_w:
                decref(w_sub)
            raise
        return new_tuple_owned(items_w)

    @function("($module, screenName=None, baseName='', className='Tk',\n"
              "       interactive=False, wantobjects=False, wantTk=True, sync=False,\n"
              "       use=None, /)", doc=_host_doc("create"))
    def create(w_screen_name, w_base_name, w_class_name, w_interactive, w_wantobjects,
               w_want_tk, w_sync, w_use):
        screen_name = c_string(w_screen_name, "create", 1, accept_none=True) \
            if w_screen_name is not None else None
        base_name = c_string(w_base_name, "create", 2) if w_base_name is not None else ""
        class_name = c_string(w_class_name, "create", 3) if w_class_name is not None \
            else "Tk"
        flags = [c_int(w_interactive, 0), c_int(w_wantobjects, 0), c_int(w_want_tk, 1),
                 c_int(w_sync, 0)]
        use = c_string(w_use, "create", 8, accept_none=True) if w_use is not None else None
        host_app = call_tcl(host_tkinter.create, screen_name, base_name, class_name,
                            *flags, use)
        return W_Tkapp(host_app)

    @function("($module, new_val, /)", doc=_host_doc("setbusywaitinterval"))
    def setbusywaitinterval(w_new_val):
        new_val = c_int(w_new_val)
        if new_val < 0:
            raise value_error("busywaitinterval must be >= 0")
        host_tkinter.setbusywaitinterval(new_val)

    @function("($module, /)", doc=_host_doc("getbusywaitinterval"))
    def getbusywaitinterval():
        return guest_value(host_tkinter.getbusywaitinterval())

    @staticmethod
    def init_module(w_module):
        from glass.objects.exceptions import EXCEPTION_TYPES, new_exception_class
        from glass.objects.str import new_str
        from glass.objects.type import ready
        w_dict = w_module.w_dict
        if STATE.w_tcl_error is None:
            STATE.w_tcl_error = new_exception_class("_tkinter.TclError",
                                                    EXCEPTION_TYPES["Exception"])
        w_dict.setitem_str("TclError", STATE.w_tcl_error)
        for name, cls in (("TkappType", W_Tkapp), ("TkttType", W_Tktt),
                          ("Tcl_Obj", W_TclObj)):
            ready(cls.w_type)
            if "__module__" not in cls.w_type.dict:       # heap types in CPython
                cls.w_type.dict["__module__"] = new_str("_tkinter")
            w_dict.setitem_str(name, cls.w_type)
        for name in ("READABLE", "WRITABLE", "EXCEPTION", "WINDOW_EVENTS", "FILE_EVENTS",
                     "TIMER_EVENTS", "IDLE_EVENTS", "ALL_EVENTS", "DONT_WAIT",
                     "TK_VERSION", "TCL_VERSION"):
            w_value = guest_value(getattr(host_tkinter, name))
            w_dict.setitem_str(name, w_value)
            decref(w_value)


if host_tkinter is None:
    # Declared (so sys.builtin_module_names names it) but not available:
    # the import finds nothing and raises ModuleNotFoundError.
    del MODULE_DEFS["_tkinter"]
