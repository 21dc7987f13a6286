"""Struct sequences: tuples whose items also have names (sys.version_info).

Counterpart: Objects/structseq.c (PyStructSequence_NewType,
PyStructSequence_New, structseq_new, structseq_repr, structseq_reduce).

A struct sequence type is a static subtype of tuple made from a field
list.  The first `n_in_sequence` fields are the tuple's items; the rest
(os.stat_result's st_atime_ns...) are reachable only by name.

    W_FLAGS = make_structseq_type("sys.flags", FLAGS_FIELDS, doc, creatable=False)
    w_flags = new_structseq(W_FLAGS, [new_int(0), ...])
"""
from __future__ import annotations

from glass.objects.exceptions import OperationError, type_error
from glass.objects.object import decref
from glass.objects.tuple import W_Tuple
from glass.objects.type import BUILTIN_TYPES, IMMUTABLETYPE, TypeDef, W_Type


class W_StructSeq(W_Tuple):
    """A struct sequence: the visible items in `items`, the others in `extra`."""
    __slots__ = ("extra",)

    def __init__(self, items, w_type, extra=None):
        W_Tuple.__init__(self, items, w_type)
        self.extra = extra or []      # owned references to the fields past the tuple


def make_structseq_type(name, fields, doc, n_in_sequence=None, creatable=True):
    """PyStructSequence_NewType: a tuple subtype named `name` ("module.name")
    with one read-only attribute per field.  `fields` are (name, doc) pairs."""
    n_fields = len(fields)
    if n_in_sequence is None:
        n_in_sequence = n_fields
    # Not BASETYPE: a struct sequence type cannot be subclassed.
    w_type = W_Type(name, W_Tuple.w_type, IMMUTABLETYPE, W_StructSeq)
    w_type.ob_refcnt = 1 << 30
    typedef = TypeDef(name, W_StructSeq, None, w_type.flags, doc)
    typedef.slots["tp_repr"] = structseq_repr
    typedef.slots["tp_dealloc"] = structseq_dealloc
    if creatable:
        typedef.slots["tp_new"] = structseq_new
    typedef.methods.append(("__reduce__", structseq_reduce, "($self, /)", "method", None))
    for index, (field_name, field_doc) in enumerate(fields):
        typedef.getters[field_name] = (_field_getter(index, n_in_sequence), field_doc)
        typedef.members.add(field_name)          # PyStructSequence fields are tp_members
    w_type.typedef = typedef
    w_type.doc = doc
    w_type.nslots = 0
    _structseq_info[name] = (tuple(f for f, _ in fields), n_in_sequence)
    BUILTIN_TYPES.append(w_type)
    _ready_now(w_type)
    return w_type


# type name -> (field names, n_sequence_fields); the per-type data CPython
# keeps in tp_members and the n_* class attributes.
_structseq_info = {}


def _ready_now(w_type):
    """Ready the type and give it its class attributes (n_fields, __match_args__)."""
    from glass.objects.int import new_int
    from glass.objects.str import new_str
    from glass.objects.tuple import new_tuple_owned
    from glass.objects.type import ready
    ready(w_type)
    names, n_in_sequence = _structseq_info[w_type.name]
    w_type.dict["n_sequence_fields"] = new_int(n_in_sequence)
    w_type.dict["n_fields"] = new_int(len(names))
    w_type.dict["n_unnamed_fields"] = new_int(0)
    w_type.dict["__match_args__"] = new_tuple_owned(
        [new_str(n) for n in names[:n_in_sequence]])
    if w_type.tp_new is None or w_type.typedef.slots.get("tp_new") is None:
        w_type.tp_new = None               # cannot create 'sys.flags' instances
        w_type.dict.pop("__new__", None)


def _field_getter(index, n_in_sequence):
    def get(w_self):
        if index < n_in_sequence:
            w_value = w_self.items[index]
        else:
            w_value = w_self.extra[index - n_in_sequence]
        w_value.ob_refcnt += 1
        return w_value
    return get


def new_structseq(w_type, values_w):
    """PyStructSequence_New + SET_ITEM: takes over the references in values_w."""
    names, n_in_sequence = _structseq_info[w_type.name]
    return W_StructSeq(list(values_w[:n_in_sequence]), w_type,
                       list(values_w[n_in_sequence:]))


def structseq_dealloc(w_self):
    extra, w_self.extra = w_self.extra, []
    for w_value in extra:
        decref(w_value)
    W_Tuple.dealloc(w_self)


def structseq_repr(w_self):
    """Counterpart: structseq_repr: "sys.flags(debug=0, ...)" (visible fields)."""
    from glass.objects import abstract
    from glass.objects.str import new_str
    names, n_in_sequence = _structseq_info[w_self.ob_type.name]
    parts = ["%s=%s" % (name, abstract.repr_text(w_value))
             for name, w_value in zip(names, w_self.items)]
    return new_str("%s(%s)" % (w_self.ob_type.name, ", ".join(parts)))


def structseq_reduce(w_self):
    """Counterpart: structseq_reduce: (type, (visible items, {other fields}))."""
    from glass.objects.dict import W_Dict
    from glass.objects.tuple import new_tuple, new_tuple_owned
    names, n_in_sequence = _structseq_info[w_self.ob_type.name]
    w_dict = W_Dict()
    for name, w_value in zip(names[n_in_sequence:], w_self.extra):
        w_dict.setitem_str(name, w_value)
    w_items = new_tuple(list(w_self.items))
    w_args = new_tuple_owned([w_items, w_dict])
    return new_tuple_owned([_incref(w_self.ob_type), w_args])


def _incref(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def structseq_new(w_type, args_w, kwnames):
    """Counterpart: structseq_new: T(sequence, dict={})."""
    from glass.objects import abstract
    from glass.objects.dict import W_Dict
    from glass.objects.none import w_None
    from glass.objects.signature import Signature
    bound = Signature.parse("(sequence, dict=None)").bind(w_type.name, args_w, kwnames)
    w_sequence, w_dict = bound
    names, n_in_sequence = _structseq_info[w_type.name]
    if w_sequence.ob_type.tp_iter is None and w_sequence.ob_type.sq_item is None:
        raise type_error("constructor requires a sequence")     # PySequence_Fast
    items_w = list(abstract.iterate(w_sequence))
    try:
        length = len(items_w)
        max_len, min_len = len(names), n_in_sequence
        if w_dict is not None and w_dict is not w_None and not isinstance(w_dict, W_Dict):
            raise type_error("%s() takes a dict as second arg, if any" % w_type.name)
        if length < min_len:
            if min_len == max_len:
                raise type_error("%s() takes a %d-sequence (%d-sequence given)"
                                 % (w_type.name, min_len, length))
            raise type_error("%s() takes an at least %d-sequence (%d-sequence given)"
                             % (w_type.name, min_len, length))
        if length > max_len:
            if min_len == max_len:
                raise type_error("%s() takes a %d-sequence (%d-sequence given)"
                                 % (w_type.name, min_len, length))
            raise type_error("%s() takes an at most %d-sequence (%d-sequence given)"
                             % (w_type.name, max_len, length))
        values_w = list(items_w)
        for name in names[length:]:
            w_value = w_dict.getitem_str(name) if isinstance(w_dict, W_Dict) else None
            if w_value is None:
                w_value = w_None
            w_value.ob_refcnt += 1
            values_w.append(w_value)
    except OperationError:
        for w_item in items_w:
            decref(w_item)
        raise
    return W_StructSeq(values_w[:n_in_sequence], w_type, values_w[n_in_sequence:])
