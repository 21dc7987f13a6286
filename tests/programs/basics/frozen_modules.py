# The frozen modules (_imp, Python/import.c): which names are frozen, the
# test override of -X frozen_modules, and a module frozen without a source.
import _imp
import sys

names = _imp._frozen_module_names()
print(sorted(names))
print(_imp.is_frozen("os"), _imp.is_frozen("json"), _imp.is_frozen_package("__phello__"))
print(_imp.find_frozen("__phello__"), _imp.find_frozen("__hello_only__"), _imp.find_frozen("nope"))
print(_imp.get_frozen_object("__hello_only__").co_filename)

_imp._override_frozen_modules_for_tests(-1)       # off: only importlib's own stay
print(sorted(_imp._frozen_module_names()))
print(_imp.is_frozen("os"), _imp.is_frozen("zipimport"), _imp.find_frozen("__hello__"))
try:
    _imp.get_frozen_object("__hello__")
except ImportError as error:
    print("ImportError:", error)
import __phello__                                   # from the stdlib's source now
print(__phello__.__spec__.origin.endswith("__init__.py"))

_imp._override_frozen_modules_for_tests(1)
import __phello__.spam                              # a frozen submodule of it
print(__phello__.spam.__spec__.origin, __phello__.spam.__spec__.loader.__name__)
import __hello_only__
print(__hello_only__.initialized, "__origname__" in vars(__hello_only__))
_imp._override_frozen_modules_for_tests(0)
for bad in (1.5, "1"):
    try:
        _imp._override_frozen_modules_for_tests(bad)
    except TypeError as error:
        print("TypeError:", error)
import importlib.util
_imp._override_frozen_modules_for_tests(1)
spec = importlib.util.find_spec("__phello__.ham.eggs")
print(spec.name, spec.origin, spec.loader.__name__)
import __phello__.ham.eggs
print(sorted(k for k in vars(__phello__.ham.eggs) if not k.startswith("__")))
print(_imp.get_frozen_object("__phello__.ham").co_filename)
_imp._override_frozen_modules_for_tests(0)
# Every frozen module's code, __phello_alias__ (__hello__'s code as a package) too.
for name in sorted(_imp._frozen_module_names()):
    print(name, _imp.get_frozen_object(name).co_filename)
