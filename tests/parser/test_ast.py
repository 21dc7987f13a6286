"""Tests for glass/parser/ast_nodes.py: the node classes and dump().

Counterpart: Lib/test/test_ast.py (the parts about node classes and dump).
The host's `ast` module is the oracle.
"""
from __future__ import annotations

import pytest

from glass.parser import ast_nodes as g
from oracle import needs_cpython311_host


@needs_cpython311_host
def test_every_class_has_the_hosts_fields_attributes_and_defaults():
    import ast
    for name, cls in g.NODE_CLASSES.items():
        host = getattr(ast, name)
        assert cls._fields == host._fields, name
        assert cls._attributes == host._attributes, name
        for field in host._fields + host._attributes:
            assert getattr(cls, field, "MISSING") == getattr(host, field, "MISSING"), (name, field)
        assert cls.__mro__[1].__name__ == host.__mro__[1].__name__, name


@needs_cpython311_host
def test_the_same_set_of_concrete_classes_as_the_host():
    import ast
    host_names = {name for name, value in vars(ast).items()
                  if isinstance(value, type) and issubclass(value, ast.AST)
                  and value.__module__ == "ast" and value._fields is not None}
    # The host keeps deprecated aliases (Num, Str, Index...) that 3.11's
    # parser never makes; every class Glass has, the host has.
    assert set(g.NODE_CLASSES) <= host_names
    assert {"Module", "TryStar", "MatchAs", "TypeIgnore", "comprehension"} <= set(g.NODE_CLASSES)


def test_nodes_are_not_the_hosts():
    import ast
    assert not issubclass(g.Name, ast.AST)


def test_constructor_positional_and_keywords():
    node = g.Name("x", g.Load())
    assert node.id == "x" and isinstance(node.ctx, g.Load)
    node = g.Name(id="y", ctx=g.Store(), lineno=3)
    assert node.lineno == 3
    full = g.Name("z", g.Load(), 1, 2, 3, 4)
    assert (full.lineno, full.col_offset, full.end_lineno, full.end_col_offset) == (1, 2, 3, 4)
    with pytest.raises(TypeError, match="at most 2 positional arguments"):
        g.Name("a", g.Load(), 1)
    assert g.FunctionDef().returns is None          # an optional field's class default
    with pytest.raises(AttributeError):
        g.Name().id


def _pairs():
    import ast
    host = ast.Module(body=[ast.Assign(
        targets=[ast.Name(id="x", ctx=ast.Store(), lineno=1, col_offset=0, end_lineno=1,
                          end_col_offset=1)],
        value=ast.Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5),
        lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])
    mine = g.Module(body=[g.Assign(
        targets=[g.Name(id="x", ctx=g.Store(), lineno=1, col_offset=0, end_lineno=1,
                        end_col_offset=1)],
        value=g.Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5),
        lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])
    return host, mine


@needs_cpython311_host
@pytest.mark.parametrize("options", [
    {}, {"annotate_fields": False}, {"include_attributes": True}, {"indent": 0},
    {"indent": 3}, {"indent": "--"}, {"annotate_fields": False, "include_attributes": True,
                                      "indent": 2},
])
def test_dump_options_match_the_host(options):
    import ast
    host, mine = _pairs()
    assert g.dump(mine, **options) == ast.dump(host, **options)


@needs_cpython311_host
def test_dump_of_missing_and_none_fields():
    import ast
    # A missing field forces keywords from there on; None in an optional
    # field is left out.
    assert g.dump(g.Raise()) == ast.dump(ast.Raise())
    assert g.dump(g.ImportFrom(None, [], 0)) == ast.dump(ast.ImportFrom(None, [], 0))
    assert g.dump(g.Constant(value=..., kind=None)) == ast.dump(ast.Constant(value=..., kind=None))
    assert g.dump(g.Name(ctx=g.Load()), annotate_fields=False) == \
        ast.dump(ast.Name(ctx=ast.Load()), annotate_fields=False)


def test_dump_rejects_non_nodes():
    with pytest.raises(TypeError, match="expected AST, got 'int'"):
        g.dump(1)
