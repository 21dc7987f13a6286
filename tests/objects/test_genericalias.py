"""types.GenericAlias and types.UnionType against the host: substituting
type variables (variadic ones too), starred tuples, weak references, dir().

Counterpart: glass/objects/genericalias.py (Objects/genericaliasobject.c)
and glass/objects/unionobject.py (Objects/unionobject.c).
"""
from __future__ import annotations

import textwrap

from oracle import same_as_host

SHOW = '''
def show(text):
    try:
        print(text, "->", repr(eval(text)))
    except Exception as e:
        print(text, "->", type(e).__name__, e)
'''


def check(snippet):
    """Run SHOW + the snippet under python3 and Glass; the snippet must compile."""
    source = SHOW + textwrap.dedent(snippet)
    compile(source, "snippet", "exec")
    same_as_host(source)


def test_starred_tuple_is_unpacked_into_the_subscript():
    """_unpack_args: *tuple[int, str] counts as two arguments, *tuple[int, ...]
    stays whole; __typing_unpacked_tuple_args__ says which."""
    check("""
        from typing import TypeVar, Generic, List, Tuple
        T = TypeVar('T'); T1 = TypeVar('T1'); T2 = TypeVar('T2')
        class C(Generic[T]): pass
        for text in ["list[T][*tuple[int]]", "C[T][*tuple[int]]", "List[T][*tuple[int]]",
                     "list[T][*Tuple[int]]", "list[T][*tuple[()]]", "list[T][*tuple[int, str]]",
                     "list[T][*tuple[int, ...]]", "dict[T1, T2][*tuple[int, str]]",
                     "dict[T1, T2][*tuple[()], *tuple[int, str]]", "dict[T1, T2][int, *tuple[str]]",
                     "[*tuple[int]][0].__typing_unpacked_tuple_args__",
                     "[*tuple[int, ...]][0].__typing_unpacked_tuple_args__",
                     "[*list[int]][0].__typing_unpacked_tuple_args__",
                     "tuple[int].__typing_unpacked_tuple_args__"]:
            show(text)
    """)


def test_variadic_substitution():
    """_Py_subs_parameters with a TypeVarTuple: __typing_prepare_subst__ groups
    the items, *Ts takes them spread out, nested aliases get theirs."""
    check("""
        from typing import TypeVar, TypeVarTuple, Tuple
        T = TypeVar('T'); T1 = TypeVar('T1'); T2 = TypeVar('T2')
        Ts = TypeVarTuple('Ts')
        for text in ["tuple[*Ts][()]", "tuple[*Ts][int, str]", "tuple[*Ts][*tuple[int]]",
                     "tuple[*Ts][*tuple[*Ts]]", "tuple[*Ts][str, *tuple[int, ...], bool]",
                     "tuple[*Ts][*tuple[int, ...], *tuple[str, ...]]",
                     "tuple[T, *Ts][int]", "tuple[*Ts, list[T]][int]",
                     "tuple[T1, *Ts, T2][*tuple[int, ...]]",
                     "tuple[T, str, *Ts][*Tuple[int, ...]]",
                     "tuple[T1, *tuple[T2, ...]][int, str]",
                     "tuple[T1, *tuple[tuple[*Ts], ...]][int, str, bool]",
                     "tuple[*Ts, *Ts][int]", "list[T][*Ts]",
                     "tuple[T, *Ts][*Ts].__parameters__"]:
            show(text)
    """)


def test_prepare_subst_protocol_and_classes_as_arguments():
    """Any parameter's __typing_prepare_subst__ may rewrite the items; a class
    argument is kept without reading its __parameters__."""
    check("""
        import types
        from typing import TypeVar
        T = TypeVar('T')
        class P:
            def __typing_subst__(self, arg):
                print("subst", arg); return arg
            def __typing_prepare_subst__(self, alias, args):
                print("prepare", alias, args); return args[:1]
            def __repr__(self):
                return "P"
        p = P()
        show("list[p][int, str]")
        class A:
            __parameters__ = (T,)
        for text in ["tuple[A, T][int]", "tuple[types.GenericAlias, T][int]",
                     "tuple[types.UnionType][int]", "tuple[A][int]", "list[int][int]"]:
            show(text)
        show("[*tuple[T]][0][int]")
    """)


def test_union_substitution_module_and_reduce():
    """union_getitem shares the substitution; __module__ is the type's, and a
    union has no __reduce__ of its own."""
    check("""
        import typing, pickle
        T = typing.TypeVar('T')
        u = list[T] | int
        for text in ["u[str]", "u[str, int]", "(int | str)[int]", "(int | str).__module__",
                     "'__reduce__' in type(u).__dict__", "u.__reduce_ex__(2)",
                     "pickle.loads(pickle.dumps(int | str))"]:
            show(text)
    """)


def test_weakref_dir_and_async_generator():
    """A generic alias (and a subclass's instance) can be weakly referenced;
    dir() lists the origin's names and the alias's own; async_generator is
    subscriptable (genobject.c's async_gen_methods), generator is not."""
    check("""
        import weakref, collections.abc, types
        show("types.AsyncGeneratorType[int]")
        show("types.GeneratorType[int]")
        show("types.AsyncGeneratorType.__dict__['__class_getitem__'].__doc__")
        a = collections.abc.Callable[[int], str]
        r = weakref.ref(a)
        print(r() is a)
        del a
        print(r())
        print(sorted(set(dir(list[int])) - set(dir(list))))
        print(sorted(type(list[int]).__dict__))
    """)
