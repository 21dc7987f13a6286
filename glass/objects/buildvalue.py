"""A guest object made from a host value, for native modules.

Counterpart: Py_BuildValue (Python/modsupport.c).

A native module computes with host values (a system call's result, a
locale's conventions, an audit event's arguments) and hands the guest
objects of its own.  `build_value` is the one crossing every module uses:
None, bool, int, float, complex, str, bytes and bytearray become the guest's
(a bytearray as bytes, as Py_BuildValue's "y#" makes it), tuples, lists and
dicts are converted item by item, and a guest object passes through with a
new reference.  An int or str subclass (an IntEnum, a flag) becomes a plain
int or str, as its C value would.
"""

from glass.objects.object import W_Object, decref


def build_value(value):
    """A new reference to the guest object for host `value`."""
    convert = _CONVERTERS.get(type(value))
    if convert is None:
        if not _CONVERTERS:
            _fill_converters()
            return build_value(value)
        convert = _converter_of_subclass(value)
    return convert(value)


def _converter_of_subclass(value):
    if isinstance(value, W_Object):
        return _new_reference
    for host_type in (bool, int, float, str, bytes, tuple, list, dict):
        if isinstance(value, host_type):
            base = _CONVERTERS[host_type]
            return lambda value: base(host_type(value))
    raise TypeError("Glass: no guest value for host %s %r"
                    % (type(value).__name__, value))


def _new_reference(w_obj):
    w_obj.ob_refcnt += 1
    return w_obj


def _build_tuple(value):
    from glass.objects.tuple import new_tuple_owned
    return new_tuple_owned([build_value(item) for item in value])


def _build_list(value):
    from glass.objects.list import W_List
    return W_List([build_value(item) for item in value])


def _build_dict(value):
    from glass.objects.dict import new_dict
    w_dict = new_dict()
    for key, item in value.items():
        w_key = build_value(key)
        w_item = build_value(item)
        try:
            w_dict.setitem(w_key, w_item)
        finally:
            decref(w_key)
            decref(w_item)
    return w_dict


# host type -> its converter, filled on first use (the object modules
# import this one's callers).
_CONVERTERS = {}


def _fill_converters():
    from glass.objects.bool import new_bool
    from glass.objects.bytes import new_bytes
    from glass.objects.complex import new_complex
    from glass.objects.float import new_float
    from glass.objects.int import new_int
    from glass.objects.none import new_none
    from glass.objects.str import new_str
    _CONVERTERS.update({
        type(None): lambda value: new_none(),
        bool: new_bool, int: new_int, float: new_float, str: new_str,
        complex: new_complex,
        bytes: new_bytes, bytearray: lambda value: new_bytes(bytes(value)),
        tuple: _build_tuple, list: _build_list, dict: _build_dict,
    })
