"""_random against the host: the Mersenne Twister gives CPython's sequences.

Counterpart: glass/modules/_random.py (Modules/_randommodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_seeds_states_and_errors():
    same_as_host(r"""
import _random
R = _random.Random
out = []
for seed in [0, 1, -1, 5, 2**32 - 1, 2**32, -2**32, 2**64 + 7, 12345678901234567890123456789, -(3**100), True, False]:
    r = R(seed)
    out.append((seed, [r.random() for _ in range(5)], [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 100, 1000)]))
    st = r.getstate(); a = [r.random() for _ in range(700)]; r.setstate(st); b = [r.random() for _ in range(700)]
    out.append(a == b and st == r.getstate() or r.getstate()[-1])
    r.seed(seed); out.append(sum(r.random() for _ in range(1500)))
for line in out: print(line)
r = R(); r.seed(); r.seed(None); print(len(r.getstate()), type(r.random()))
r.seed(3.5); print(r.random()); r.seed((1, 2)); print(r.random()); r.seed(b'abc'); print(r.random()); r.seed('abc'); print(r.random())
st = r.getstate()
for f in (lambda: R(1, 2), lambda: R(x=1), lambda: r.setstate(1), lambda: r.setstate((1,)), lambda: r.setstate(('a',) * 625),
          lambda: r.setstate((-1,) * 625), lambda: r.setstate((2**64,) * 625), lambda: r.setstate((2**32 + 5,) * 624 + (1.5,)),
          lambda: r.setstate((1,) * 624 + (625,)), lambda: r.getrandbits(-1), lambda: r.getrandbits(2**40),
          lambda: r.getrandbits(1.0), lambda: r.seed([]),):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
r.setstate((2**32 + 5,) * 624 + (3,)); print(r.getstate()[:3], r.random(), r.getstate()[-1])
r.setstate((7,) * 624 + (624,)); print(r.random())
print(R, R.__doc__, R.__module__, R.__name__, R.random.__text_signature__, R.seed.__doc__)
class S(R): pass
s = S(3); print(s.random(), S.__init__ is R.__init__, type(s))
class K(R):
    def __init__(self, a, b=3): print('init', a, b); self.a = a
k = K(1, b=5); print(k.a, k.random())
try: S(x=1)
except Exception as e: print(type(e).__name__, e)
class T(R):
    def seed(self, a=None): print('myseed', a); super().seed(a)
t = T(8); print(t.random())
""")


def test_long_sequences():
    same_as_host(r"""

import _random
seeds = [0, 1, 2, 3, 42, 1000, -7, -123456789, 2**31, 2**32 - 1, 2**32 + 1, 2**63, 2**64 - 1, 2**100 + 12345, -(2**200 + 1), 7**300, b'bytes', 'text', 3.75, (1, 'a')]
for seed in seeds:
    r = _random.Random(seed)
    xs = [r.random() for _ in range(1500)]
    bits = [r.getrandbits(k) for k in range(0, 200, 3)]
    print(repr(seed)[:30], sum(xs), xs[0], xs[-1], sum(bits) % 1000003, r.getstate()[-1], sum(r.getstate()) % 1000003)
r = _random.Random(99)
for _ in range(5):
    state = r.getstate()
    first = [r.getrandbits(32) for _ in range(800)]
    r.setstate(state)
    print(first == [r.getrandbits(32) for _ in range(800)], first[:3])
    r2 = _random.Random(); r2.setstate(r.getstate()); print(r2.random() == r.random())
""")


def test_method_arity_messages_name_the_type_short():
    same_as_host(r"""

import _random
r = _random.Random(1)
for f in (lambda: r.random(1), lambda: r.seed(a=1), lambda: r.seed(1, 2)):
    try: f()
    except TypeError as e: print(e)
""")
