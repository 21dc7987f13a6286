"""The fast paths start-up takes, against the host: attribute lookups that
build no AttributeError (_PyObject_LookupAttr, slot_tp_getattr_hook's
suppress mode), slots a new class takes from its base or its own dunders,
and signatures parsed once and shared.

Counterpart: glass/objects/abstract.py (lookup_attr), typeobject.py
(generic_getattr's suppress), heapslots.py (slot_function,
slot_tp_getattr_hook), typeslots.py (update_heap_slots), signature.py.
"""
from __future__ import annotations

from oracle import same_as_host


def test_getattr_hook_and_lookups_without_errors():
    same_as_host("""
        class A:
            x = 1
            def __getattr__(self, name):
                if name == "boom":
                    raise KeyError(name)
                return "hook:" + name
        a = A()
        a.z = 3
        print(a.x, a.y, a.z, getattr(a, "w", 0), hasattr(a, "anything"))
        try:
            a.boom
        except KeyError as e:
            print("KeyError", e)

        class P:
            @property
            def p(self):
                raise AttributeError("inner")
            @property
            def q(self):
                raise ValueError("not swallowed")
            def __getattr__(self, name):
                return "fallback " + name
        print(P().p)
        try:
            P().q
        except ValueError as e:
            print("ValueError", e)

        class Q:
            def __getattribute__(self, name):
                if name == "q":
                    raise AttributeError(name)
                return object.__getattribute__(self, name)
            def __getattr__(self, name):
                return "Q " + name
        print(Q().q, Q().__class__.__name__)

        class R:
            __slots__ = ("s",)
            def __getattr__(self, name):
                return "R " + name
        print(R().s)

        class S:
            def __getattr__(self, name):
                raise AttributeError("custom " + name)
        try:
            S().foo
        except AttributeError as e:
            print(e, e.name, type(e.obj).__name__)
        try:
            object().nothing
        except AttributeError as e:
            print(e, e.name)

        import abc
        class Base(abc.ABC):
            @abc.abstractmethod
            def f(self): ...
            @property
            @abc.abstractmethod
            def g(self): ...
            h = 5
        class Half(Base):
            def f(self): return 1
        print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__))
        try:
            Half()
        except TypeError as e:
            print(e)

        class Weird:
            @property
            def __isabstractmethod__(self):
                raise AttributeError("no")
        class Uses(abc.ABC):
            w = Weird()
        print(sorted(Uses.__abstractmethods__))
    """)


def test_slots_from_base_and_own_dunders():
    same_as_host("""
        class A:
            def __add__(self, other): return "A+"
            def __len__(self): return 7
        class B(A): pass
        class C(B, int): pass
        print(B() + 1, C(3) + 1, len(B()), hash(C(3)) == hash(3))
        B.__add__ = lambda self, other: "B+"
        print(B() + 1, C(3) + 1, A() + 1)
        del B.__add__
        print(B() + 1, C(3) + 1)

        class L(list): pass
        class D(dict):
            def __missing__(self, key): return key * 2
        print(len(L([1, 2])), D()[4], L([3]) + [4])

        class E:
            __eq__ = lambda self, other: True
        class F(E):
            __hash__ = object.__hash__
        print(E.__hash__, type(hash(F())).__name__, E() == 1)

        class G:
            def __init__(self, v): self.v = v
            def __repr__(self): return "G(%r)" % self.v
        class H(G):
            def __lt__(self, other): return self.v < other.v
        print(sorted([H(3), H(1)]), repr(G(2)), str(H(5)))

        class M(type):
            def __call__(cls, *args): return ("made", cls.__name__, args)
        class N(metaclass=M): pass
        class O(N): pass
        print(N(1), O(2, 3))

        class It:
            def __iter__(self): return iter([1, 2])
        class It2(It):
            def __next__(self): raise StopIteration
        print(list(It()), list(It2()))

        # Several bases: a dunder from the second base's side of the MRO.
        class Plain: pass
        class AddMixin:
            def __add__(self, other): return "mixin+"
            def __getitem__(self, key): return key
        class Both(Plain, AddMixin): pass
        class ListBoth(AddMixin, list): pass
        class ListFirst(list, AddMixin): pass
        print(Both() + 1, Both()[3], ListBoth([1]) + [2], ListBoth([5])[0])
        print(ListFirst([1]) + [2], ListFirst([5])[0], len(ListFirst([1, 2])))
        class NoHash(Plain, AddMixin):
            __hash__ = None
        try:
            hash(NoHash())
        except TypeError as e:
            print(e)
        AddMixin.__mul__ = lambda self, other: "mul"
        print(Both() * 2, ListBoth() * 2)
        class IntStr(int, AddMixin): pass
        print(IntStr(2) + 1, IntStr(2) * 3, IntStr(4)[1])
    """)


def test_builtin_signatures_parsed_once():
    same_as_host("""
        print(len.__text_signature__, divmod.__text_signature__)
        print(list.append.__text_signature__, dict.pop.__text_signature__)
        print(str.split.__text_signature__, str.rsplit.__text_signature__)
        import math, itertools
        print(math.hypot.__text_signature__, math.gcd.__text_signature__)
        for call in (lambda: "a b".split(sep=" ", maxsplit=1),
                     lambda: "a b".split(maxsplit=1, sep=" "),
                     lambda: "ab".split(nope=1),
                     lambda: "ab".rsplit(" ", 1, 2),
                     lambda: [].append(),
                     lambda: {}.pop(),
                     lambda: sorted([2, 1], reverse=True),
                     lambda: sorted([2, 1], key=None, reverse=1),
                     lambda: int("7", base=8),
                     lambda: list(itertools.accumulate([1, 2], initial=5))):
            try:
                print(call())
            except TypeError as e:
                print("TypeError", e)
    """)
