"""The eval loop against the host, and its own invariants.

Counterpart: glass/vm/ceval.py (Python/ceval.c).  The opcode coverage of the
program corpus is tests/vm/test_opcode_coverage.py; whole programs live in
tests/programs/vm/.
"""
from __future__ import annotations

from oracle import same_as_host


# --- interpreter-level --------------------------------------------------------------

def test_every_opcode_has_a_handler():
    from glass.bytecode.opcode import OPMAP
    from glass.vm import ceval
    missing = [name for name, op in OPMAP.items()
               if name != "CACHE" and ceval.HANDLERS[op] is ceval._missing_handler]
    assert missing == []


def test_handlers_document_their_stack_effect():
    from glass.bytecode.opcode import OPMAP
    from glass.vm import ceval
    for name, op in OPMAP.items():
        doc = ceval.HANDLERS[op].__doc__ or ""
        assert ceval.HANDLERS[op].__name__ == name
        assert name == "CACHE" or "--" in doc or "( -- )" in doc, name


def test_the_probed_loop_runs_only_while_a_probe_is_attached():
    from glass.vm import ceval, probes
    unwatched = ceval._run
    assert unwatched is not probes.probed_loop
    probe = probes.attach(probes.Probe())
    try:
        assert ceval._run is probes.probed_loop
        ceval.set_loop(None)                # installing a loop keeps the probe's
        assert ceval._run is probes.probed_loop
    finally:
        probes.detach(probe)
        ceval.set_loop(unwatched)
    assert ceval._run is unwatched and not probes.active()


# --- guest-level ----------------------------------------------------------------------

def test_exception_context_rules():
    same_as_host("""
        try:
            try:
                raise ValueError("first")
            except ValueError:
                raise KeyError("second")
        except KeyError as e:
            print(repr(e), repr(e.__context__), e.__suppress_context__)

        saved = None
        try:
            raise TypeError("saved")
        except TypeError as e:
            saved = e
        try:
            raise IndexError("handling")
        except IndexError:
            try:
                raise saved                 # raising again re-chains the context
            except TypeError as again:
                print(repr(again.__context__))

        try:
            try:
                raise OSError("a")
            except OSError as a:
                raise a                     # no self-context
        except OSError as e:
            print(e.__context__)

        try:
            raise ValueError("cause demo") from KeyError("the cause")
        except ValueError as e:
            print(repr(e.__cause__), e.__suppress_context__)

        try:
            raise
        except RuntimeError as e:
            print("RuntimeError:", e)

        def reraiser():
            try:
                raise LookupError("in function")
            except LookupError:
                raise
        try:
            reraiser()
        except LookupError as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            print("raised at line", tb.tb_lineno)

        def finally_line():
            try:
                1 / 0
            finally:
                pass
        try:
            finally_line()
        except ZeroDivisionError as e:
            print("frame line after RERAISE:", e.__traceback__.tb_next.tb_frame.f_lineno)

        try:
            try:
                raise ValueError("inner")
            finally:
                print("finally sees handled exception:", __import__("sys").exc_info()[0])
        except ValueError:
            pass
        class Weird(Exception):
            def __new__(cls):
                return 42
        for make in (lambda: Weird, lambda: 5):
            try:
                raise make()
            except TypeError as e:
                print("TypeError:", e)
        try:
            raise ValueError from 5
        except TypeError as e:
            print("TypeError:", e)
        raise RuntimeError("uncaught") from None
    """)


def test_with_statement_tracebacks():
    same_as_host("""
        class Manager:
            def __enter__(self):
                return self
            def __exit__(self, *exc):
                print("exit sees", exc[0].__name__ if exc[0] else None)

        def work():
            with Manager():
                with Manager() as m:
                    raise KeyError(m.__class__.__name__)

        try:
            work()
        except KeyError as e:
            print("caught", e)

        class BadExit:
            def __enter__(self):
                return 1
            def __exit__(self, a, b, c):
                raise ValueError("exit failed")

        with BadExit():
            raise OSError("body failed")
    """)


def test_namespaces_that_are_not_dicts():
    same_as_host("""
        class Namespace(dict):
            def __setitem__(self, key, value):
                print("set", key)
                dict.__setitem__(self, key, value)
            def __delitem__(self, key):
                raise ValueError("refused")

        class Meta(type):
            @classmethod
            def __prepare__(mcls, name, bases):
                return Namespace()

        try:
            class C(metaclass=Meta):
                a = 1
                b: int = 2
                del a
        except NameError as e:
            print("NameError:", e)

        class Lookup(dict):
            def __missing__(self, key):
                return "missing " + key

        print(eval("undefined_name", {}, Lookup()))
        namespace = Lookup()
        exec("x = 1\\ny = x + 1\\nz = unknown", {}, namespace)
        print(namespace["y"], namespace["z"])
        for line in ("1 + 1", "None", "'shown'", "[_]"):
            exec(compile(line, "<interactive>", "single"))
    """)


def test_recursion_through_generators_and_calls():
    same_as_host("""
        import sys
        sys.setrecursionlimit(200)

        def deep(n):
            return deep(n + 1)

        try:
            deep(0)
        except RecursionError as e:
            print("RecursionError:", e)

        def nested(n):
            yield from nested(n + 1)

        try:
            next(nested(0))
        except RecursionError as e:
            print("RecursionError:", e)
        print("still running", sys.getrecursionlimit())
    """)
