"""The memory layout CPython 3.11 gives each type: the numbers behind
`__basicsize__`, `__itemsize__`, `__dictoffset__`, `__weakrefoffset__`
and `sys.getsizeof`.

Counterpart: the tp_basicsize, tp_itemsize, tp_dictoffset and
tp_weaklistoffset of the static types of a 64-bit CPython 3.11, and
type_new_descriptors (Objects/typeobject.c), which lays out a class.

Glass's objects are host objects of other sizes; these numbers are what a
CPython 3.11 program sees, kept so that Glass shows the same.
"""
from __future__ import annotations

POINTER = 8
MANAGED_DICT = 1 << 4           # Py_TPFLAGS_MANAGED_DICT
STATIC_TYPE_SIZE = 424          # sizeof(PyTypeObject)
HEAP_TYPE_SIZE = 904            # sizeof(PyHeapTypeObject)
# _PyDict_KeysSize of the shared keys a class with a managed __dict__ makes
# (_PyDict_NewKeysForClass: 64 slots of one-byte indexes, 42 entries).
SHARED_KEYS_SIZE = 32 + 64 + 42 * 16

# name -> (basicsize, itemsize, dictoffset, weaklistoffset); a builtin type
# not listed has its base's layout (every exception not listed has
# BaseException's).
BUILTIN_LAYOUTS = {
    "object": (16, 0, 0, 0),
    "type": (904, 40, 264, 368),
    "int": (24, 4, 0, 0), "bool": (32, 4, 0, 0), "float": (24, 0, 0, 0),
    "complex": (32, 0, 0, 0), "str": (80, 0, 0, 0), "bytes": (33, 1, 0, 0),
    "bytearray": (56, 0, 0, 0), "tuple": (24, 8, 0, 0), "list": (40, 0, 0, 0),
    "dict": (48, 0, 0, 0), "set": (200, 0, 0, 192), "frozenset": (200, 0, 0, 192),
    "range": (48, 0, 0, 0), "slice": (40, 0, 0, 0), "NoneType": (16, 0, 0, 0),
    "function": (136, 0, 88, 96), "method": (48, 0, 0, 32), "cell": (24, 0, 0, 0),
    "module": (56, 0, 16, 40), "property": (64, 0, 0, 0), "super": (40, 0, 0, 0),
    "staticmethod": (32, 0, 24, 0), "classmethod": (32, 0, 24, 0),
    "builtin_function_or_method": (56, 0, 0, 40), "method_descriptor": (56, 0, 0, 0),
    "classmethod_descriptor": (56, 0, 0, 0), "wrapper_descriptor": (56, 0, 0, 0),
    "method-wrapper": (32, 0, 0, 0), "getset_descriptor": (48, 0, 0, 0),
    "member_descriptor": (48, 0, 0, 0), "mappingproxy": (24, 0, 0, 0),
    "code": (184, 2, 0, 144), "frame": (120, 8, 0, 0), "traceback": (40, 0, 0, 0),
    "generator": (152, 8, 0, 24), "coroutine": (152, 8, 0, 24),
    "async_generator": (152, 8, 0, 24), "memoryview": (144, 8, 0, 136),
    "enumerate": (56, 0, 0, 0), "filter": (32, 0, 0, 0), "map": (32, 0, 0, 0),
    "zip": (48, 0, 0, 0), "reversed": (32, 0, 0, 0),
    "BaseException": (72, 0, 16, 0), "BaseExceptionGroup": (88, 0, 16, 0),
    "ExceptionGroup": (96, 0, 16, 88), "AttributeError": (88, 0, 16, 0),
    "ImportError": (96, 0, 16, 0), "NameError": (80, 0, 16, 0),
    "StopIteration": (80, 0, 16, 0), "SystemExit": (80, 0, 16, 0),
    "OSError": (112, 0, 16, 0), "SyntaxError": (136, 0, 16, 0),
    "UnicodeDecodeError": (112, 0, 16, 0), "UnicodeEncodeError": (112, 0, 16, 0),
    "UnicodeTranslateError": (112, 0, 16, 0), "KeyError": (72, 0, 16, 0),
    "weakref.ReferenceType": (64, 0, 0, 0), "weakref.ProxyType": (64, 0, 0, 0),
    "weakref.CallableProxyType": (64, 0, 0, 0),
    "types.SimpleNamespace": (24, 0, 16, 0), "ast.AST": (24, 0, 16, 0),
    "types.GenericAlias": (64, 0, 0, 40), "types.UnionType": (32, 0, 0, 0),
    "collections.deque": (216, 0, 0, 208), "collections.OrderedDict": (112, 0, 96, 104),
    "odict_iterator": (64, 0, 0, 0), "functools.partial": (64, 0, 40, 48),
    "array.array": (64, 0, 0, 48), "_thread._local": (64, 0, 0, 40), "itertools._tee": (40, 0, 0, 32),
    "bytes_iterator": (32, 0, 0, 0), "bytearray_iterator": (32, 0, 0, 0),
    "str_iterator": (32, 0, 0, 0), "str_ascii_iterator": (32, 0, 0, 0),
    "_io._IOBase": (32, 0, 16, 24), "_io._RawIOBase": (32, 0, 16, 24),
    "_io._BufferedIOBase": (32, 0, 16, 24), "_io._TextIOBase": (32, 0, 16, 24),
    "_io.FileIO": (48, 0, 40, 32), "_io.BytesIO": (64, 0, 40, 48),
    "_io.StringIO": (120, 0, 104, 112), "_io.TextIOWrapper": (192, 0, 184, 176),
    "_io.BufferedReader": (152, 0, 136, 144), "_io.BufferedWriter": (152, 0, 136, 144),
    "_io.BufferedRandom": (152, 0, 136, 144), "_io.BufferedRWPair": (48, 0, 32, 40),
}


def builtin_layout(name, w_base):
    """The layout of the static type `name` deriving from w_base."""
    layout = BUILTIN_LAYOUTS.get(name)
    if layout is not None:
        return layout
    if w_base is not None:
        return (w_base.basicsize, w_base.itemsize, w_base.dictoffset, w_base.weaklistoffset)
    return BUILTIN_LAYOUTS["object"]


def class_layout(w_base, new_slots, wants_dict, wants_weakref):
    """Counterpart: type_new_descriptors: (basicsize, itemsize, dictoffset,
    weaklistoffset, extra flags) of a class statement's class.  Its
    __slots__ come after the base's fields; a __dict__ on a variable-size
    base is a pointer at the end (a negative offset), a weakref list comes
    next; a __dict__ on any other base is managed (kept before the object)."""
    offset = w_base.basicsize + POINTER * new_slots
    dictoffset, weaklistoffset, flags = w_base.dictoffset, w_base.weaklistoffset, 0
    flags |= w_base.flags & MANAGED_DICT
    add_dict = wants_dict and dictoffset == 0
    add_weak = wants_weakref and weaklistoffset == 0 and w_base.itemsize == 0
    if add_dict and w_base.itemsize:
        dictoffset = -POINTER
        offset += POINTER
    if add_weak:
        weaklistoffset = offset
        offset += POINTER
    if add_dict and not w_base.itemsize:
        flags |= MANAGED_DICT
        dictoffset = -offset - 3 * POINTER
    return offset, w_base.itemsize, dictoffset, weaklistoffset, flags


def variable_size(w_obj):
    """Py_SIZE: how many items of tp_itemsize bytes a variable-sized object
    holds (what object.__sizeof__ counts after tp_basicsize): a tuple's
    (and a struct sequence's) items, a generator's or frame's local
    variables and stack slots, three Py_ssize_t per dimension of a
    memoryview (its shape, strides and suboffsets)."""
    from glass.objects.frame import W_Frame
    from glass.objects.genobject import W_GenBase
    from glass.objects.memoryobject import W_MemoryView
    from glass.objects.tuple import W_Tuple
    if isinstance(w_obj, W_Tuple):
        return len(w_obj.items)
    if isinstance(w_obj, (W_GenBase, W_Frame)):
        # The frame's local variables and value stack live inside the
        # generator or frame object (gen_sizeof, frame_sizeof).
        w_code = w_obj.w_code if isinstance(w_obj, W_GenBase) else w_obj.frame.w_code
        return w_code.code.co_nlocalsplus + w_code.code.co_stacksize
    if isinstance(w_obj, W_MemoryView):
        # A released view keeps its allocation in CPython; Glass no longer
        # knows its dimensions and counts one.
        return 3 * (w_obj.view.ndim if w_obj.view is not None else 1)
    return 0
