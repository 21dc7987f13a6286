"""_uuid against the host: generate_time_safe() and uuid.py over it.

Counterpart: glass/modules/_uuid.py (Modules/_uuidmodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_uuid():
    same_as_host(r"""
import _uuid, uuid
print(_uuid.__doc__, sorted(k for k in vars(_uuid) if k != '__file__'), _uuid.has_uuid_generate_time_safe,
      _uuid.generate_time_safe.__text_signature__, _uuid.generate_time_safe.__doc__)
b, safe = _uuid.generate_time_safe(); print(type(b), len(b), type(safe), uuid.UUID(bytes=b).version)
print(uuid._generate_time_safe is not None, uuid.uuid1().version, uuid.uuid1().variant, uuid.uuid4().version, uuid.uuid3(uuid.NAMESPACE_DNS, 'x'))
def t(f, *a, **k):
    try: print('ok', f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
t(_uuid.generate_time_safe, 1); t(_uuid.generate_time_safe, a=1)
""")
