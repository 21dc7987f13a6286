"""Imports that go wrong, as CPython reports them: a module raising while it
is imported (and not left in sys.modules), a circular import, a namespace
package (no __init__), a relative import of a missing module, a submodule
of a plain module, a broken .pyc in __pycache__ (ignored and rewritten),
ImportError's name and path, and relative imports past the top."""
import importlib
import importlib.util
import os
import shutil
import sys
import tempfile

root = tempfile.mkdtemp()
files = {
    "raiser.py": "x = 1\nraise ValueError('raised while importing')\n",
    "circ_a.py": "import circ_b\nA = 1\n",
    "circ_b.py": "from circ_a import A\n",
    "nsp/sub/mod.py": "print('nsp.sub.mod imported', __name__, __package__)\n",
    "pkg/__init__.py": "from .missing import x\n",
    "goodmod.py": "VALUE = 42\n",
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, root)
sys.dont_write_bytecode = False


def attempt(name):
    try:
        m = importlib.import_module(name)
        print("ok", name, os.path.basename(getattr(m, "__file__", None) or ""),
              getattr(m, "__path__", None) is not None)
    except BaseException as e:
        print(type(e).__name__, str(e).replace(root, "ROOT"), name in sys.modules)


try:
    attempt("raiser")
    attempt("raiser")
    attempt("circ_a")
    attempt("nsp")
    attempt("nsp.sub.mod")
    attempt("pkg")
    attempt("no_such_module_xyz")
    attempt("nsp.nope")
    attempt("goodmod.sub")
    import goodmod
    cache = importlib.util.cache_from_source(goodmod.__file__)
    print(os.path.basename(os.path.dirname(cache)),
          cache.endswith(sys.implementation.cache_tag + ".pyc"), os.path.exists(cache))
    del sys.modules["goodmod"]
    with open(cache, "wb") as f:
        f.write(b"garbage that is not a pyc")
    attempt("goodmod")
    with open(cache, "rb") as f:
        print("rewritten:", f.read(4) == importlib.util.MAGIC_NUMBER)
    try:
        from goodmod import nothing
    except ImportError as e:
        print(str(e).replace(root, "ROOT"), e.name, os.path.basename(e.path))
    try:
        import goodmod.x.y
    except ImportError as e:
        print(type(e).__name__, e)
    print(__import__("os.path").__name__)
    try:
        __import__("")
    except ValueError as e:
        print(e)
    try:
        importlib.import_module("..x", "nsp")
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    shutil.rmtree(root)
