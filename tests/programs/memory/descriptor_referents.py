# gc.get_referents of builtin method descriptors: their class (descr_traverse).
import gc
for d in (dict.__dict__['fromkeys'], bytes.__dict__['fromhex'], int.__dict__['from_bytes'], str.__dict__['upper']):
    print(type(d).__name__, gc.is_tracked(d), gc.get_referents(d))
