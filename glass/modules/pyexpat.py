"""The pyexpat module: the Expat XML parser behind xml.parsers.expat.

Counterpart: Modules/pyexpat.c.

Each guest xmlparser owns a host pyexpat parser (the same Expat library
CPython links, so the events, positions and error messages are the same).
A handler the guest sets (StartElementHandler, ...) is stored on the guest
object, and the host parser gets a small host callback that turns Expat's
host values into guest ones and calls the guest handler.  A guest exception
raised by a handler travels through the host parser as the OperationError it
is; afterwards the handlers are cleared, as pyexpat.c's flag_error does.
"""
from __future__ import annotations

import pyexpat as host_expat

from glass.objects.buildvalue import build_value
from glass.modules import builtin_module, function
from glass.objects import abstract
from glass.objects.exceptions import (EXCEPTION_TYPES, OperationError, argument_type_name,
                                      operation_error, type_error, value_error)
from glass.objects.object import W_Object, decref
from glass.objects.type import HAVE_GC, builtin_type, method, slot

HANDLER_NAMES = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
    "SkippedEntityHandler")

# Handlers whose result Expat uses (an int); the others' results are dropped.
INT_RESULT_HANDLERS = ("NotStandaloneHandler", "ExternalEntityRefHandler")

# Read-write flags and numbers passed straight to the host parser.
BOOL_ATTRIBUTES = ("buffer_text", "namespace_prefixes", "ordered_attributes",
                   "specified_attributes")
READ_ONLY_NUMBERS = ("ErrorCode", "ErrorLineNumber", "ErrorColumnNumber",
                     "ErrorByteIndex", "CurrentLineNumber", "CurrentColumnNumber",
                     "CurrentByteIndex", "buffer_used")

BUF_SIZE = 2048           # what ParseFile asks read() for each time

W_EXPAT_ERROR = []        # [xml.parsers.expat.ExpatError], made with the module


def _host_doc(name):
    return getattr(host_expat.XMLParserType, name).__doc__


# --- Values between host and guest ------------------------------------------------------

def _str_or_none(w_value, what):
    """A host str from a guest str, or None from guest None."""
    from glass.objects.none import w_None
    from glass.objects.str import W_Str
    if w_value is None or w_value is w_None:
        return None
    if not isinstance(w_value, W_Str):
        raise type_error("%s must be str or None, not %s" % (what, w_value.ob_type.name))
    return w_value.value


def _host_int(w_value):
    w_int = abstract.index(w_value)
    value = w_int.value
    decref(w_int)
    return value


def expat_error_from_host(error):
    """The guest ExpatError for a host one: same message, code, lineno, offset."""
    from glass.objects.str import new_str
    w_message = new_str(str(error))
    try:
        w_error = abstract.call(W_EXPAT_ERROR[0], [w_message])
    finally:
        decref(w_message)
    for name in ("code", "lineno", "offset"):
        value = getattr(error, name, None)
        if value is not None:
            w_value = build_value(value)
            try:
                abstract.setattr(w_error, _intern(name), w_value)
            finally:
                decref(w_value)
    return OperationError(w_error)


def _intern(name):
    from glass.objects.str import intern
    w_name = intern(name)
    return w_name


def run_host(func, *args):
    """Call the host parser; a host ExpatError becomes the guest's, a guest
    error raised by a handler passes through as it is."""
    try:
        return func(*args)
    except host_expat.ExpatError as error:
        raise expat_error_from_host(error)
    except (ValueError, TypeError, OverflowError, AttributeError, LookupError) as error:
        # LookupError: an XML declaration naming an encoding no codec has
        # (PyUnknownEncodingHandler's PyUnicode_Decode); the host's codecs
        # answer, so one the guest registered is not seen.
        raise operation_error(type(error).__name__, str(error))


# --- The parser object ------------------------------------------------------------------

@builtin_type("pyexpat.xmlparser", flags=HAVE_GC)
class W_XMLParser(W_Object):
    """XML parser"""
    # host: the host parser; handlers_w: guest handlers by name (owned);
    # w_intern: the intern dict (or None).
    __slots__ = ("host", "handlers_w", "w_intern")

    def __init__(self, host, w_intern):
        W_Object.__init__(self, W_XMLParser.w_type)
        self.host = host
        self.handlers_w = {}
        self.w_intern = w_intern

    # --- handlers --------------------------------------------------------------

    def set_handler(self, name, w_handler):
        """Store a guest handler (None clears it) and give the host parser a
        callback that runs it."""
        from glass.objects.none import w_None
        old = self.handlers_w.pop(name, None)
        if w_handler is None or w_handler is w_None:
            setattr(self.host, name, None)
        else:
            w_handler.ob_refcnt += 1
            self.handlers_w[name] = w_handler
            setattr(self.host, name, self.make_callback(name))
        if old is not None:
            decref(old)

    def make_callback(self, name):
        wants_int = name in INT_RESULT_HANDLERS

        def callback(*args):
            w_handler = self.handlers_w.get(name)
            if w_handler is None:
                return 0 if wants_int else None
            args_w = [build_value(arg) for arg in args]
            try:
                w_result = abstract.call(w_handler, args_w)
            except OperationError:
                self.clear_handlers()
                raise
            finally:
                for w_arg in args_w:
                    decref(w_arg)
            try:
                if wants_int:
                    from glass.objects.int import W_Int
                    if isinstance(w_result, W_Int):
                        return w_result.value
                    return 0
                return None
            finally:
                decref(w_result)
        return callback

    def clear_handlers(self):
        """flag_error: after a handler raised, no handler runs again."""
        handlers, self.handlers_w = self.handlers_w, {}
        for name, w_handler in handlers.items():
            try:
                setattr(self.host, name, None)
            except Exception:               # the host parser may be mid-call
                pass
            decref(w_handler)

    @slot("tp_getattro")
    def getattro(self, w_name):
        from glass.objects.typeobject import attribute_name, generic_getattr
        name = attribute_name(w_name)
        if name in HANDLER_NAMES:
            w_handler = self.handlers_w.get(name)
            if w_handler is None:
                from glass.objects.none import w_None
                w_handler = w_None
            w_handler.ob_refcnt += 1
            return w_handler
        if name in BOOL_ATTRIBUTES:
            from glass.objects.bool import new_bool
            return new_bool(getattr(self.host, name))
        if name in READ_ONLY_NUMBERS or name == "buffer_size":
            return build_value(getattr(self.host, name))
        if name == "intern":
            from glass.objects.none import w_None
            w_intern = self.w_intern if self.w_intern is not None else w_None
            w_intern.ob_refcnt += 1
            return w_intern
        return generic_getattr(self, w_name)

    @slot("tp_setattro")
    def setattro(self, w_name, w_value):
        from glass.objects.typeobject import attribute_name
        name = attribute_name(w_name)
        if name in HANDLER_NAMES:
            self.set_handler(name, w_value)
            return
        if w_value is None:
            raise operation_error("RuntimeError", "cannot delete attribute")
        if name in BOOL_ATTRIBUTES:
            truth = abstract.is_true(w_value)
            run_host(setattr, self.host, name, truth)
            return
        if name == "buffer_size":
            from glass.objects.int import W_Int
            if not isinstance(w_value, W_Int):
                raise type_error("buffer_size must be an integer")
            value = w_value.value
            if value > 0x7FFFFFFF:
                raise value_error("buffer_size must not be greater than %d" % 0x7FFFFFFF)
            run_host(setattr, self.host, name, value)
            return
        if name in READ_ONLY_NUMBERS or name == "intern":
            raise operation_error("AttributeError", "attribute '%s' of "
                                  "'pyexpat.xmlparser' objects is not writable" % name)
        from glass.objects.typeobject import generic_setattr
        generic_setattr(self, w_name, w_value)

    @method("($self, /)", name="__dir__")
    def dir(self):
        from glass.objects.list import W_List
        from glass.objects.str import new_str
        names = set(HANDLER_NAMES + BOOL_ATTRIBUTES + READ_ONLY_NUMBERS +
                    ("buffer_size", "intern"))
        names.update(name for name in self.ob_type.dict)
        for w_base in self.ob_type.mro[1:]:
            names.update(w_base.dict)
        return W_List([new_str(name) for name in sorted(names)])

    # --- parsing ---------------------------------------------------------------

    @method("($self, data, isfinal=False, /)", doc=_host_doc("Parse"))
    def Parse(self, w_data, w_isfinal):
        from glass.objects import stringlib
        from glass.objects.str import W_Str
        isfinal = abstract.is_true(w_isfinal) if w_isfinal is not None else False
        if isinstance(w_data, W_Str):
            data = w_data.value
        else:
            buffer = stringlib.getbuffer(w_data)
            if buffer is None:
                raise type_error("a bytes-like object is required, not '%s'"
                                 % w_data.ob_type.name)
            data = bytes(buffer)
        return build_value(run_host(self.host.Parse, data, isfinal))

    @method("($self, file, /)", doc=_host_doc("ParseFile"))
    def ParseFile(self, w_file):
        """Read the guest file with its read(), feeding the host parser."""
        from glass.objects import stringlib
        from glass.objects.int import new_int
        w_read = abstract.lookup_attr_str(w_file, "read")
        if w_read is None:
            raise type_error("argument must have 'read' attribute")
        try:
            w_size = new_int(BUF_SIZE)
            try:
                while True:
                    w_chunk = abstract.call(w_read, [w_size])
                    try:
                        from glass.objects.bytes import W_Bytes
                        from glass.objects.bytearray import W_ByteArray
                        if not isinstance(w_chunk, (W_Bytes, W_ByteArray)):
                            raise type_error("read() did not return a bytes object "
                                             "(type=%s)" % w_chunk.ob_type.name)
                        data = bytes(stringlib.getbuffer(w_chunk))
                    finally:
                        decref(w_chunk)
                    if len(data) > BUF_SIZE:
                        raise value_error("read() returned too much data: %d bytes "
                                          "requested, %d returned" % (BUF_SIZE, len(data)))
                    result = run_host(self.host.Parse, data, not data)
                    if not data:
                        return build_value(result)
            finally:
                decref(w_size)
        finally:
            decref(w_read)

    @method("($self, base, /)", doc=_host_doc("SetBase"))
    def SetBase(self, w_base):
        from glass.objects.str import W_Str
        if not isinstance(w_base, W_Str):
            raise type_error("SetBase() argument must be str, not %s" % argument_type_name(w_base))
        run_host(self.host.SetBase, w_base.value)

    @method("($self, /)", doc=_host_doc("GetBase"))
    def GetBase(self):
        return build_value(self.host.GetBase())

    @method("($self, /)", doc=_host_doc("GetInputContext"))
    def GetInputContext(self):
        return build_value(self.host.GetInputContext())

    @method("($self, context, encoding=<unrepresentable>,\n                           /)",
            doc=_host_doc("ExternalEntityParserCreate"))
    def ExternalEntityParserCreate(self, w_context, w_encoding):
        context = _str_or_none(w_context, "ExternalEntityParserCreate() argument 1")
        args = [context]
        if w_encoding is not None:
            from glass.objects.str import W_Str
            if not isinstance(w_encoding, W_Str):
                raise type_error("ExternalEntityParserCreate() argument 2 must be str, "
                                 "not %s" % w_encoding.ob_type.name)
            args.append(w_encoding.value)
        host = run_host(self.host.ExternalEntityParserCreate, *args)
        w_intern = self.w_intern
        if w_intern is not None:
            w_intern.ob_refcnt += 1
        w_child = W_XMLParser(host, w_intern)
        for name, w_handler in self.handlers_w.items():
            w_child.set_handler(name, w_handler)
        return w_child

    @method("($self, flag, /)", doc=_host_doc("SetParamEntityParsing"))
    def SetParamEntityParsing(self, w_flag):
        return build_value(run_host(self.host.SetParamEntityParsing, _host_int(w_flag)))

    @method("($self, flag=True, /)", doc=_host_doc("UseForeignDTD"))
    def UseForeignDTD(self, w_flag):
        flag = abstract.is_true(w_flag) if w_flag is not None else True
        run_host(self.host.UseForeignDTD, flag)

    @slot("tp_dealloc")
    def dealloc(self):
        handlers, self.handlers_w = self.handlers_w, {}
        for w_handler in handlers.values():
            decref(w_handler)
        w_intern, self.w_intern = self.w_intern, None
        if w_intern is not None:
            decref(w_intern)
        self.host = None

    @slot("tp_traverse")
    def traverse(self, visit):
        for w_handler in self.handlers_w.values():
            visit(w_handler)
        if self.w_intern is not None:
            visit(self.w_intern)

    @slot("tp_clear")
    def clear(self):
        handlers, self.handlers_w = self.handlers_w, {}
        for w_handler in handlers.values():
            decref(w_handler)
        w_intern, self.w_intern = self.w_intern, None
        if w_intern is not None:
            decref(w_intern)


# --- The submodules -----------------------------------------------------------------------

def _make_submodule(name, host_module):
    """pyexpat.errors or pyexpat.model: the host's constants as guest values."""
    from glass.objects.module import W_Module
    w_module = W_Module(name)
    for key, value in vars(host_module).items():
        if key.startswith("__") and key != "__doc__":
            continue
        w_value = build_value(value)
        w_module.w_dict.setitem_str(key, w_value)
        decref(w_value)
    return w_module


# --- The module ---------------------------------------------------------------------------

@builtin_module("pyexpat")
class PyExpatModule:
    """Python wrapper for Expat parser."""

    @function("($module, /, encoding=None, namespace_separator=None,\n"
              "             intern=<unrepresentable>)")
    def ParserCreate(w_encoding, w_namespace_separator, w_intern):
        """Return a new XML parser object."""
        from glass.objects.dict import W_Dict, new_dict
        from glass.objects.none import w_None
        encoding = _str_or_none(w_encoding, "ParserCreate() argument 'encoding'")
        separator = _str_or_none(w_namespace_separator,
                                 "ParserCreate() argument 'namespace_separator'")
        if separator is not None and len(separator) > 1:
            raise value_error("namespace_separator must be at most one character, "
                              "omitted, or None")
        if w_intern is None:
            w_intern = new_dict()
        elif w_intern is w_None:
            w_intern = None
        elif isinstance(w_intern, W_Dict):
            w_intern.ob_refcnt += 1
        else:
            raise type_error("intern must be a dictionary")
        try:
            host = run_host(host_expat.ParserCreate, encoding, separator)
        except OperationError:
            if w_intern is not None:
                decref(w_intern)
            raise
        return W_XMLParser(host, w_intern)

    @function("($module, code, /)")
    def ErrorString(w_code):
        """Returns string error for given number."""
        return build_value(host_expat.ErrorString(_host_int(w_code)))

    @staticmethod
    def init_module(w_module):
        from glass.objects.exceptions import new_exception_class
        from glass.objects.type import ready
        ready(W_XMLParser.w_type)
        W_XMLParser.w_type.tp_new = None          # only ParserCreate() makes them
        W_XMLParser.w_type.dict.pop("__new__", None)
        if not W_EXPAT_ERROR:
            W_EXPAT_ERROR.append(new_exception_class(
                "xml.parsers.expat.ExpatError", EXCEPTION_TYPES["Exception"]))
        w_dict = w_module.w_dict
        w_dict.setitem_str("ExpatError", W_EXPAT_ERROR[0])
        w_dict.setitem_str("error", W_EXPAT_ERROR[0])
        w_dict.setitem_str("XMLParserType", W_XMLParser.w_type)
        for name in ("EXPAT_VERSION", "version_info", "features", "native_encoding",
                     "XML_PARAM_ENTITY_PARSING_NEVER",
                     "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE",
                     "XML_PARAM_ENTITY_PARSING_ALWAYS"):
            w_value = build_value(getattr(host_expat, name))
            w_dict.setitem_str(name, w_value)
            decref(w_value)
        from glass.vm import pystate
        w_modules = pystate.interpreter().w_modules
        for name in ("errors", "model"):
            w_sub = _make_submodule("pyexpat." + name, getattr(host_expat, name))
            w_dict.setitem_str(name, w_sub)
            if w_modules is not None:         # importable by name, as in pyexpat.c
                w_modules.setitem_str("pyexpat." + name, w_sub)
            decref(w_sub)
