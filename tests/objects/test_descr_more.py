"""Descriptors, super, cells, bound methods and friends against the host:
the causes of test_descr, test_builtin, test_class and test_functools
failures, one snippet per area.

Counterpart: glass/objects/descr.py, funcobject.py, property.py,
superobject.py, typeslots.py (hackcheck), heapslots.py (slot_tp_richcompare).
"""
from __future__ import annotations

from oracle import same_as_host


def test_cell_constructor_and_comparison():
    same_as_host("""
        import types
        C = types.CellType
        print(C(35).cell_contents, C() == C(), C() < C(1), C(1) < C(2), C(1) == C(1))
        print(C(1) != 1, C(2) >= C(), C() > C(3))
        for args, kwargs in (((1, 2), {}), ((), {"x": 1})):
            try:
                C(*args, **kwargs)
            except TypeError as e:
                print(e)
        try:
            C().cell_contents
        except ValueError as e:
            print(e)
    """)


def test_property_doc_and_readonly_members():
    same_as_host("""
        class C(object):
            foo = property(doc="hello")
            @foo.getter
            def foo(self):
                "getter doc"
                return self._foo
            @foo.setter
            def foo(self, value):
                self._foo = abs(value)
        print(C.foo.__doc__)
        c = C(); c.foo = -42; print(c.foo)
        class D:
            @property
            def x(self):
                "xdoc"
            @x.setter
            def x(self, v): pass
            @x.getter
            def x(self):
                "newdoc"
        print(D.x.__doc__)
        for a in "fget", "fset", "fdel":
            try:
                setattr(D.x, a, 1)
            except AttributeError as e:
                print(e)
        D.x.__doc__ = "z"; print(D.x.__doc__)
        del D.x.__doc__; print(D.x.__doc__)
        class P(property): pass
        class E:
            @P
            def y(self):
                "ydoc"
        print(E.y.__doc__, E.__dict__['y'].__dict__)
        class PS(property):
            __slots__ = ()
        try:
            class G:
                @PS
                def z(self): "zz"
        except AttributeError as e:
            print("AttributeError", e)
    """)


def test_classmethod_staticmethod_wrap_their_function():
    same_as_host("""
        import functools
        def f(a: int):
            "doc of f"
        for kind in (classmethod, staticmethod):
            w = kind(f)
            print(sorted(w.__dict__.items()), w.__wrapped__ is f, w.__name__, w.__doc__)
            w.x = 5
            print(w.__dict__["x"], repr(kind(len)))
        cm = classmethod(lambda: 1)
        cm.__dict__ = {"a": 1}; print(cm.a)
        for o in (f, functools.partial(hex), functools.lru_cache(f), cm):
            o.__dict__ = {"b": 2}; print(o.b)
            for value in (None, 1):
                try:
                    if value is None:
                        del o.__dict__
                    else:
                        o.__dict__ = value
                except TypeError as e:
                    print(e)
    """)


def test_super_binding_and_proxies():
    same_as_host("""
        class A:
            def meth(self, a): return "A(%r)" % a
        class C(A):
            def meth(self, a): return "C(%r)" % a + self.__super.meth(a)
        C._C__super = super(C)
        print(C().meth(3))
        s = super(C)
        print(s.__get__(None, C) is s, s.__get__(C(), C).__self_class__.__name__)
        class MySuper(super): pass
        C._C__super = MySuper(C)
        print(C().meth(4))
        class B:
            def f(self): return "B.f"
        class CC(B):
            def f(self): return super(CC, self).f() + "->C.f"
        class Proxy:
            def __init__(self, obj): self.__obj = obj
            def __getattribute__(self, name):
                if name.startswith("_Proxy__"):
                    return object.__getattribute__(self, name)
                return getattr(self.__obj, name)
        print(CC.__dict__["f"](Proxy(CC())))
        try:
            super(CC, 1)
        except TypeError as e:
            print(e)
    """)


def test_method_repr_and_wrapper_attributes():
    same_as_host("""
        import types
        class MyCallable:
            def __call__(self, arg): pass
        func = MyCallable()
        m = types.MethodType(func, 42)
        print(repr(m))
        func.__name__ = "name"; print(repr(m))
        func.__qualname__ = "qualname"; print(repr(m))
        func.__qualname__ = 5; print(repr(m))
        for d in (list.__add__, [].__add__, int.__add__, (1).__add__, object().__init__):
            print(d.__name__, d.__qualname__, d.__objclass__)
        class K: pass
        print(K.__init__.__qualname__, K().__init__.__objclass__)
    """)


def test_setattr_wrapper_hackcheck():
    same_as_host("""
        import types, ast
        class A: pass
        a = A(); object.__setattr__(a, "x", 1); print(a.x)
        class D(dict): pass
        d = D(); object.__setattr__(d, "y", 2); print(d.y)
        m = types.ModuleType("m"); object.__setattr__(m, "z", 3); print(m.z)
        n = ast.Name("x"); object.__setattr__(n, "w", 4); print(n.w)
        class T(type): pass
        t = T("t", (), {}); type.__setattr__(t, "w", 4); print(t.w)
        for target in (str, int, t):
            try:
                object.__setattr__(target, "foo", 1)
            except TypeError as e:
                print(e)
        try:
            object.__delattr__(str, "lower")
        except TypeError as e:
            print(e)
        class A2(type):
            def __setattr__(cls, key, value): object.__setattr__(cls, key, value)
        class B: pass
        class C(B, A2): pass
        try:
            C('D', (object,), {}).test = True
        except TypeError as e:
            print(e)
        class A3(type):
            def __setattr__(cls, key, value): type.__setattr__(cls, key, value)
        class C3(B, A3): pass
        obj = C3('D', (object,), {}); obj.test = True; print(obj.test)
        class E(Exception): pass
        e = E(); object.__setattr__(e, "q", 1); print(e.q)
    """)


def test_annotations_of_modules_and_classes():
    same_as_host("""
        import sys
        m = type(sys)("m"); print(m.__annotations__, m.__dict__.get("__annotations__"))
        m.__annotations__ = {"a": 1}; print(m.__annotations__)
        del m.__annotations__
        try:
            del m.__annotations__
        except AttributeError as e:
            print("AttributeError", e)
        class A:
            attr: int
        class B(A): pass
        print(B.__annotations__, A.__annotations__, "__annotations__" in B.__dict__)
        try:
            int.__annotations__
        except AttributeError as e:
            print(e)
        try:
            int.__annotations__ = {}
        except TypeError as e:
            print(e)
        B.__annotations__ = {"x": 1}; print(B.__annotations__, B().__annotations__)
        del B.__annotations__
        try:
            del B.__annotations__
        except AttributeError as e:
            print("AttributeError", e)
        print(B.__annotations__)
    """)


def test_richcompare_descriptor_errors_mean_not_implemented():
    same_as_host("""
        def booh(self):
            raise AttributeError("booh")
        class E:
            __eq__ = property(booh)
        print(E() == E(), E() != E())
        class F:
            __eq__ = property(lambda self: lambda other: "eq!")
        print(F() == 1)
        class G:
            __lt__ = staticmethod(lambda other: "lt")
        print(G() < 1)
        class X:
            __eq__ = int.__eq__
        print(X() == X())
        class Y:
            def __eq__(self, other):
                raise ValueError("from __eq__")
        try:
            Y() == Y()
        except ValueError as e:
            print(e)
    """)


def test_weak_references_to_builtin_kinds():
    same_as_host("""
        import weakref, types
        def g(): yield 1
        class A:
            def m(self): pass
        def show(o):
            try:
                r = weakref.ref(o, lambda r: print("callback", type(o).__name__))
                print("ok", type(o).__name__, r() is o)
                return r
            except TypeError as e:
                print(e)
        refs = [show(o) for o in (g(), A().m, g.__code__, len)]
        for o in (types.SimpleNamespace(), slice(1), property(), staticmethod(len)):
            show(o)
        gi = g(); p = weakref.proxy(gi); print(list(p))
        r = weakref.ref(gi, lambda r: print("generator gone"))
        del gi
        m = A().m; r = weakref.ref(m, lambda r: print("method gone")); del m
        print(r())
    """)


def test_print_rshift_hint_and_float_subclass_keywords():
    same_as_host("""
        import sys
        for left, right in ((print, sys.stderr), (print, 1), (len, 1), (max, 1)):
            try:
                left >> right
            except TypeError as e:
                print(e)
        p = print
        try:
            p >>= 1
        except TypeError as e:
            print(e)
        class F(float):
            def __init__(self, arg, newarg=None):
                self.newarg = newarg
        u = F(2.5, newarg=3); print(u, u.newarg, type(u).__name__)
        class H(float): pass
        for call in (lambda: H(2.5, newarg=3), lambda: float(x=1)):
            try:
                call()
            except TypeError as e:
                print(e)
    """)


def test_index_returning_int_subclass_is_deprecated():
    same_as_host("""
        import warnings, operator
        warnings.simplefilter("always")
        class BadIndex:
            def __index__(self): return True
        class BadIndex2(int):
            def __index__(self): return True
        class BadInt:
            def __int__(self): return True
        for o in (BadIndex(), BadInt(), BadIndex2()):
            n = int(o); print(n, type(n))
        n = operator.index(BadIndex()); print(n, type(n))
        print(operator.index(BadIndex2(5)), [1, 2, 3][BadIndex2(1)], hex(BadIndex2(7)))
        print(operator.index(True), type(operator.index(True)))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                operator.index(BadIndex())
            except DeprecationWarning as e:
                print("error:", e)
    """)


def test_metaclass_mro_and_class_cell_before_it():
    same_as_host("""
        test_class = None
        class Meta(type):
            def mro(self):
                self.__dict__["f"]()
                return super().mro()
        class A(metaclass=Meta):
            def f():
                global test_class
                test_class = __class__
        print(test_class is A, A.__mro__)
        class PerverseMetaType(type):
            def mro(cls):
                L = type.mro(cls)
                L.reverse()
                return L
        class A0: pass
        class B0(A0): pass
        class C0(A0): pass
        class D0(B0, C0): pass
        class X(D0, metaclass=PerverseMetaType): pass
        print([c.__name__ for c in X.__mro__])
        for result in ("[cls, 1]", "[cls, int]", "[]"):
            class BadMeta(type):
                def mro(cls): return eval(result)
            try:
                class Y(metaclass=BadMeta): pass
            except TypeError as e:
                print(e)
        class WorkOnce(type):
            def __new__(self, name, bases, ns):
                self.flag = 0
                return super().__new__(self, name, bases, ns)
            def mro(self):
                if self.flag > 0:
                    raise RuntimeError("bozo")
                self.flag += 1
                return type.mro(self)
        class A1: pass
        class B1(A1): pass
        class C1(A1, metaclass=WorkOnce): pass
        try:
            C1.__bases__ = (B1,)
        except RuntimeError as e:
            print("RuntimeError", e, C1.__bases__, C1.__mro__, A1.__subclasses__())
        import abc, collections.abc
        print(collections.abc.KeysView.__mro__)
    """)


def test_traceback_constructor_keeps_lasti():
    same_as_host("""
        import types, sys
        def get_tb():
            try:
                raise OSError()
            except OSError as e:
                return e.__traceback__
        tb = types.TracebackType(get_tb(), sys._getframe(), 1, 2)
        print(tb.tb_lasti, tb.tb_lineno, tb.tb_next.tb_lasti)
    """)


def test_failing_mro_on_bases_assignment_restores_the_hierarchy():
    same_as_host("""
        class WorkOnce(type):
            def __new__(self, name, bases, ns):
                self.flag = 0
                return super().__new__(self, name, bases, ns)
            def mro(self):
                if self.flag > 0:
                    raise RuntimeError("bozo")
                self.flag += 1
                return type.mro(self)
        class WorkAlways(type):
            def mro(self):
                return type.mro(self)
        class C(object): pass
        class C2(object): pass
        class D(C): pass
        class E(D): pass
        class F(D, metaclass=WorkOnce): pass
        class G(D, metaclass=WorkAlways): pass
        E_mro_before, D_mro_before = E.__mro__, D.__mro__
        try:
            D.__bases__ = (C2,)
        except RuntimeError as e:
            print(e, E.__mro__ == E_mro_before, D.__mro__ == D_mro_before, D.__bases__,
                  C.__subclasses__(), C2.__subclasses__())
        class H(C): pass
        H.__bases__ = (C2,)
        print(H.__mro__, C2.__subclasses__(), C.__subclasses__())
        print(repr(None.__doc__), repr(NotImplemented.__doc__), repr(Ellipsis.__doc__),
              staticmethod(None).__dict__)
    """)


def test_weakref_layout_of_classes():
    same_as_host("""
        import weakref, collections, functools, array, io, types
        class S(set): pass
        class I(int): pass
        class A: pass
        class B(A): __slots__ = ()
        class C: __slots__ = ('a',)
        class D(C): pass
        class E: __slots__ = ('__weakref__',)
        print(hasattr(S(), '__weakref__'), hasattr(I(), '__weakref__'), '__weakref__' in B.__dict__,
              hasattr(C(), '__weakref__'), '__weakref__' in D.__dict__, '__weakref__' in A.__dict__,
              E().__weakref__)
        for o in (S(), B(), D(), E()):
            weakref.ref(o)
        for o in (I(), C()):
            try:
                weakref.ref(o)
            except TypeError as e:
                print(e)
        for t in (object, int, bytes, tuple, dict, set, type, types.ModuleType, weakref.ref,
                  Exception, collections.deque, collections.OrderedDict, functools.partial,
                  array.array, io.BytesIO, float):
            try:
                class X(t): __slots__ = ('__weakref__',)
                r = "ok"
            except TypeError as e:
                r = str(e)
            class P(t): pass
            print(t.__name__, r, '__weakref__' in P.__dict__)
        for slots in (('__weakref__', '__weakref__'),):
            try:
                type('Z', (), {'__slots__': slots})
            except TypeError as e:
                print(e)
        class Q(A): pass
        try:
            type('Z', (A,), {'__slots__': '__weakref__'})
        except TypeError as e:
            print(e)
        class G:
            pass
        g = G(); g.x = 1
        del g.__dict__
        print(g.__dict__, hasattr(g, "x"))
    """)


def test_type_name_doc_slots_and_namespace_checks():
    same_as_host("""
        import collections
        od = collections.OrderedDict([('a', 1), ('b', 2)]); od.move_to_end('a')
        print(list(type('C', (), od).__dict__.items())[:2])
        for name in ('A\\x00B', 'A\\udcdcB', b'A'):
            try:
                type(name, (), {})
            except Exception as e:
                print(type(e).__name__, e)
        try:
            type('A', (), {'__doc__': 'x\\udcdcy'})
        except Exception as e:
            print(type(e).__name__, e)
        A = type('C', (), {})
        for v in ('A\\x00B', 'A\\udcdcB', b'A'):
            try:
                A.__name__ = v
            except Exception as e:
                print(type(e).__name__, e)
        print(A.__name__)
        A.__doc__ = 'x\\udcdcy'; print(ascii(A.__doc__))
        class B: pass
        for bases, slots in (((), b'x'), ((int,), 'x'), ((), ''), ((), '42'), ((), 'x\\x00y'),
                             ((), ('__dict__', '__dict__')), ((B,), '__dict__'),
                             ((B,), '__weakref__')):
            try:
                type('A', bases, {'__slots__': slots})
            except Exception as e:
                print(type(e).__name__, e)
        try:
            type('A', (), {'__slots__': 'x', 'x': 0})
        except ValueError as e:
            print(e)
        class Meta(type):
            def __new__(cls, name, bases, namespace, attr):
                print(attr in namespace)
                return super().__new__(cls, name, bases, namespace)
        class C1:
            def __init__(self):
                self.b = 42
        class C2(C1, metaclass=Meta, attr="__classcell__"):
            __slots__ = ["__classcell__"]
            def __init__(self):
                super().__init__()
        print(type(C2.__dict__["__classcell__"]).__name__)
        c = C2(); print(c.b, hasattr(c, "__classcell__"))
        c.__classcell__ = 42; print(c.__classcell__)
        try:
            class C3:
                __classcell__ = 42
                __slots__ = ["__classcell__"]
        except TypeError as e:
            print(e)
    """)


def test_slot_wrapper_docs_and_signatures():
    same_as_host("""
        import collections, inspect, types
        for d in (list.__add__, [].__add__, int.__neg__, object.__init__, object().__init__,
                  list.__iadd__, [].__imul__, collections.deque.__iadd__, int.__pow__,
                  iter([]).__next__, object.__hash__, type.__call__, int.__index__):
            print(type(d).__name__, repr(d.__doc__), d.__text_signature__)
        print(inspect.signature(list.__add__), inspect.signature(int.__pow__))
        for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
            print(t.__dict__['__name__'].__doc__, '|', t.__dict__['__qualname__'].__doc__)
    """)


def test_generic_getattr_error_knows_name_and_object():
    same_as_host("""
        class A:
            blech = None
        obj = A()
        for get in (lambda: obj.bluch, lambda: object.__getattribute__(obj, "bluch"),
                    lambda: getattr(obj, "bluch")):
            try:
                get()
            except AttributeError as exc:
                print(exc.name, exc.obj is obj, exc)
    """)


def test_type_itemsize():
    same_as_host("""
        import sys, types, collections
        for t in (int, bool, bytes, tuple, type, list, str, object, dict, float, type(sys.flags),
                  types.CodeType, collections.namedtuple('P', 'x'), type('T', (tuple,), {}),
                  type('M', (type,), {}), memoryview):
            print(t.__name__, t.__itemsize__)
    """)


def test_instance_dict_descriptor_on_classes():
    same_as_host("""
        class Base(object): pass
        class Meta1(type, Base): pass
        class Meta2(Base, type): pass
        class D(object, metaclass=Meta1): pass
        class E(object, metaclass=Meta2): pass
        for x in (D, E):
            for f in (lambda: setattr(x, "__dict__", {}), lambda: delattr(x, "__dict__"),
                      lambda: Base.__dict__["__dict__"].__set__(x, {})):
                try:
                    f(); print("allowed")
                except (AttributeError, TypeError) as e:
                    print(type(e).__name__, e)
            print(type(Base.__dict__["__dict__"].__get__(x)).__name__)
    """)


def test_class_assignment_compares_weakref_layout():
    same_as_host("""
        class G(object): __slots__ = ["a", "b"]
        class H(object): __slots__ = ["b", "a"]
        class I(object): __slots__ = ["a", "b"]
        class J(object): __slots__ = ["c", "b"]
        class K(object): __slots__ = ["a", "b", "d"]
        class L(H): __slots__ = ["e"]
        class M(I): __slots__ = ["e"]
        class N(J): __slots__ = ["__weakref__"]
        class P(J): __slots__ = ["__dict__"]
        class Q(J): pass
        class R(J): __slots__ = ["__dict__", "__weakref__"]
        class Int(int): __slots__ = []
        for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
            x = cls(); x.a = 1; x.__class__ = cls2; x.__class__ = cls
            print(type(x).__name__, x.a)
        for cls in G, J, K, L, M, N, P, R, list, Int:
            for cls2 in G, J, K, L, M, N, P, R, list, Int:
                if cls is not cls2:
                    try:
                        x = cls(); x.__class__ = cls2
                        print("allowed", cls.__name__, cls2.__name__)
                    except TypeError:
                        pass
    """)


def test_mro_is_none_while_the_class_mro_runs():
    same_as_host("""
        seen = []
        class M(type):
            def mro(cls):
                seen.append(cls.__mro__)
                if len(seen) == 1:
                    cls.__bases__ += ()
                return type.mro(cls)
        class A(metaclass=M): pass
        print(seen, A.__mro__)
    """)


def test_reentrant_bases_assignment_cycle_is_refused():
    same_as_host("""
        ready = False
        class M(type):
            def mro(cls):
                if ready:
                    if cls.__name__ == 'B1':
                        B2.__bases__ = (B1,)
                    if cls.__name__ == 'B2':
                        B1.__bases__ = (B2,)
                return type.mro(cls)
        class A(metaclass=M): pass
        class B1(A): pass
        class B2(A): pass
        ready = True
        try:
            B1.__bases__ += ()
        except TypeError as e:
            print(e)
        print(B1.__mro__, B2.__mro__)
    """)
