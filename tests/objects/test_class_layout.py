"""Instance layouts of classes against the host: __slots__ with several
bases, the __dict__ descriptor of a heap class reaching a builtin base's,
__class__ assignment (compatible_for_assignment), and custom mro() results
that leave a class incomplete or out of its own MRO; builtin types that
cannot be instantiated; a module's missing-attribute messages.

Counterpart: glass/objects/typeobject.py (type_new_slots_impl,
subtype_dict/subtype_setdict, object_set_class, type_new_init_subclass),
glass/objects/type.py (mro_implementation, type_ready_set_new),
glass/objects/module.py (module_getattro).
"""
from __future__ import annotations

from oracle import same_as_host


def test_secondary_base_gives_dict_and_weakref():
    same_as_host("""
        import weakref
        class A(object):
            __slots__ = ()
        class B(object):
            pass
        class C(A, B):
            __slots__ = ()
        print(C.__basicsize__ == B.__basicsize__, hasattr(C, '__dict__'),
              hasattr(C, '__weakref__'))
        c = C(); c.x = 2; print(c.__dict__, weakref.ref(c)() is c)
        class D: __slots__ = ('a',)
        class E(D): __slots__ = ('__weakref__',)
        print(E.__weakrefoffset__ != 0, E.__basicsize__, D.__basicsize__)
        class F(D, B): __slots__ = ()
        print(F.__basicsize__, F.__dictoffset__, F.__weakrefoffset__)
        class G(D): __slots__ = {'b': 'doc', '__weakref__': None}
        print(G.__basicsize__, G.__weakrefoffset__, G.b.__doc__)
        class H(A, D): __slots__ = ()
        try:
            H().y = 1
        except AttributeError as e:
            print(e)
    """)


def test_dict_descriptor_defers_to_builtin_base():
    same_as_host("""
        import types
        class Base(object):
            pass
        class Module1(types.ModuleType, Base):
            pass
        class Module2(Base, types.ModuleType):
            pass
        dd = Base.__dict__["__dict__"]
        for M in Module1, Module2:
            m = M("spam")
            for f in (lambda: dd.__set__(m, {}), lambda: dd.__delete__(m),
                      lambda: setattr(m, '__dict__', {})):
                try:
                    f(); print("no error")
                except Exception as e:
                    print(type(e).__name__, e)
            print(dd.__get__(m) is m.__dict__, m.__dict__['__name__'])
        class Meta1(type, Base): pass
        class D(metaclass=Meta1): pass
        try:
            dd.__set__(D, {})
        except Exception as e:
            print(type(e).__name__, e)
        print(type(dd.__get__(D)).__name__)
        def f(): pass
        class X: pass
        x = X(); dd2 = X.__dict__['__dict__']
        try:
            dd2.__get__(f)
        except Exception as e:
            print(type(e).__name__, e)
        x.a = 1; dd2.__set__(x, {'b': 2}); print(x.__dict__)
        dd2.__delete__(x); print(x.__dict__)
        try:
            dd2.__set__(x, 5)
        except Exception as e:
            print(type(e).__name__, e)
    """)


def test_class_assignment_rules():
    same_as_host("""
        import types
        class SubType(types.ModuleType):
            a = 1
        m = types.ModuleType("m")
        m.__class__ = SubType
        print(m.__class__ is SubType, hasattr(m, "a"))
        m.__class__ = types.ModuleType
        print(m.__class__ is types.ModuleType, hasattr(m, "a"))
        class Del(types.ModuleType):
            def __del__(self): print("del", self.__name__)
        m2 = types.ModuleType("m2"); m2.__class__ = Del; del m2
        def err(f):
            try:
                f(); print("ok")
            except TypeError as e:
                print("TypeError", e)
        class A: pass
        class B: pass
        class S1: __slots__ = ('a', 'b')
        class S2: __slots__ = ('a', 'b')
        class S3: __slots__ = ('b', 'a')
        class S4: __slots__ = ('a',)
        class L(list): pass
        class LS(list): __slots__ = ()
        class D(dict): pass
        a = A(); err(lambda: setattr(a, '__class__', B)); print(type(a).__name__)
        s = S1()
        for target in (S2, S3, S4, A):
            err(lambda: setattr(s, '__class__', target))
        l = L()
        for target in (LS, D, list):
            err(lambda: setattr(l, '__class__', target))
        err(lambda: setattr(1, '__class__', bool))
        err(lambda: setattr([], '__class__', L))
        err(lambda: setattr(object(), '__class__', A))
        err(lambda: setattr(A(), '__class__', object))
        err(lambda: setattr(A(), '__class__', 5))
        err(lambda: setattr(A(), '__class__', SubType))
        err(lambda: setattr(SubType('x'), '__class__', A))
        class AW: __slots__ = ('__weakref__',)
        class AD: __slots__ = ('__dict__',)
        err(lambda: setattr(AW(), '__class__', AD))
        err(lambda: setattr(AD(), '__class__', A))
        err(lambda: setattr(A(), '__class__', AD))
        class I(int): pass
        class I2(int): pass
        err(lambda: setattr(I(3), '__class__', I2))
        class SM(types.ModuleType): __slots__ = ('q',)
        err(lambda: setattr(types.ModuleType('z'), '__class__', SM))
    """)


def test_custom_mro_incomplete_and_disappearing():
    same_as_host("""
        class B: pass
        class M(type):
            def mro(cls):
                del M.mro
                return (B,)
        try:
            class A(metaclass=M): pass
            print("no error", A.__mro__)
        except TypeError as e:
            print("TypeError", e)
        class M2(type):
            def mro(cls):
                if cls.__mro__ is None and cls.__name__ != 'X':
                    try:
                        class X(cls): pass
                        print("no error")
                    except TypeError as e:
                        print("TypeError", e)
                return type.mro(cls)
        class A2(metaclass=M2): pass
        class M3(type):
            def mro(cls):
                if cls.__mro__ is None:
                    try:
                        print(type.mro(cls))
                    except TypeError as e:
                        print("TypeError", e)
                return type.mro(cls)
        class Z: pass
        class A3(Z, metaclass=M3): pass
        class C3(A3): pass
        print(C3.__mro__)
    """)


def test_builtin_types_without_new_cannot_be_created():
    same_as_host("""
        import copy, pickle, sys, types
        for t in (type({}.keys()), type({}.items()), type(iter([])), type(len),
                  types.FrameType, type(sys.flags), types.CellType, type(Ellipsis),
                  type(NotImplemented), types.GeneratorType):
            for make in (lambda: t(), lambda: object.__new__(t)):
                try:
                    make(); print(t.__name__, 'created')
                except TypeError as e:
                    print(e)
        print(type({}.keys()).__flags__ & (1 << 7), type(iter(())).__flags__ & (1 << 7))
        d = {1: 2}
        for view in (d.keys(), d.values(), d.items()):
            for action in (copy.copy, lambda v: pickle.dumps(v, 4), lambda v: v.__reduce_ex__(2)):
                try:
                    action(view)
                except TypeError as e:
                    print(e)
    """)


def test_module_missing_attribute_messages():
    same_as_host("""
        from types import ModuleType
        foo = ModuleType.__new__(ModuleType)
        for m in (foo, ModuleType('x')):
            try:
                m.not_here
            except AttributeError as e:
                print(e)
        m = ModuleType('y'); m.__name__ = 5
        try:
            m.nope
        except AttributeError as e:
            print(e)
        del m.__name__
        try:
            m.nope
        except AttributeError as e:
            print(e)
        print(repr(foo))
    """)


def test_bases_assignment_layout_rules():
    same_as_host("""
        def err(f):
            try: f(); print("ok")
            except TypeError as e: print("TypeError", e)
        class A: pass
        class B: pass
        class S1: __slots__=('a',)
        class S2: __slots__=('a',)
        class S3: __slots__=('b',)
        class W: __slots__=('__weakref__',)
        class L(list): pass
        class C(A): pass
        err(lambda: setattr(C, '__bases__', (B,)))
        err(lambda: setattr(C, '__bases__', (S1,)))
        class D(S1): pass
        err(lambda: setattr(D, '__bases__', (S2,)))
        err(lambda: setattr(D, '__bases__', (S3,)))
        err(lambda: setattr(D, '__bases__', (A,)))
        class E(S1): __slots__=()
        err(lambda: setattr(E, '__bases__', (S2,)))
        err(lambda: setattr(E, '__bases__', (W,)))
        class F(W): pass
        err(lambda: setattr(F, '__bases__', (A,)))
        class G(L): pass
        err(lambda: setattr(G, '__bases__', (list,)))
        err(lambda: setattr(G, '__bases__', (A,)))
        class H(int): pass
        class H2(int): pass
        class H3(H): pass
        err(lambda: setattr(H3, '__bases__', (H2,)))
        err(lambda: setattr(H3, '__bases__', (int,)))
        class O: pass
        err(lambda: setattr(O, '__bases__', (int,)))
    """)


def test_bases_assignment_between_builtin_bases():
    same_as_host("""
        class X(Exception): pass
        X.__bases__ = (ValueError,)
        try: raise X("boom")
        except ValueError as e: print("caught", repr(e), X.__mro__)
        X.__bases__ = (KeyError,)
        try: raise X("k")
        except LookupError as e: print("caught", repr(e), str(e))
        class L1(list): pass
        class L2(list): pass
        class Y(L1): pass
        Y.__bases__ = (L2,)
        y = Y([1,2]); y.append(3); print(y, type(y).__mro__)
        class Z(dict): pass
        class Z2(dict): pass
        class Q(Z): pass
        Q.__bases__ = (Z2,); q = Q(a=1); print(q)
        try:
            X.__bases__ = (OSError,)
        except TypeError as e: print(e)
        try:
            X.__bases__ = (StopIteration,)
        except TypeError as e: print(e)
        class U(UnicodeError): pass
        try:
            U.__bases__ = (UnicodeDecodeError,)
        except TypeError as e: print(e)
    """)


def test_heap_type_name_is_one_object():
    same_as_host("""
        import inspect, sys
        from enum import Enum
        class Color(Enum):
            RED = 1
        class A: pass
        print(Color.__name__ is Color.__name__, Color.__qualname__ is Color.__qualname__)
        print(A.__name__ is A.__name__, A.__qualname__ is A.__qualname__)
        print(sorted(a.name for a in inspect.classify_class_attrs(Color)
                     if a.name in ('__name__', '__qualname__')))
        A.__name__ = 'B' + str(len('xy'))
        A.__qualname__ = 'Q' + str(len('xy'))
        print(A.__name__, A.__qualname__, A.__name__ is A.__name__, A)
        before = sys.getrefcount(A.__name__)
        names = [A.__name__ for _ in range(3)]
        print(sys.getrefcount(A.__name__) - before)
    """)
