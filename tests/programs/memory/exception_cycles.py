# Cycles through the fields exception subclasses add (OSError's strerror,
# ImportError's name, StopIteration's value...): the collector must see
# them, and gc.get_referents lists them in CPython's order.
import gc
import weakref


class Text(str):
    pass


def collected(make):
    text = Text("")
    exception = make(text)
    text.exception = exception
    watch = weakref.ref(text)
    del text, exception
    gc.collect()
    return watch() is None


print(collected(lambda t: BlockingIOError(1, t)))
print(collected(lambda t: OSError(1, "message", t)))
print(collected(lambda t: ImportError("m", name=t)))
print(collected(lambda t: StopIteration(t)))
print(collected(lambda t: SystemExit(t)))
print(collected(lambda t: NameError("m", name=t)))
print(collected(lambda t: AttributeError("m", obj=t)))
print(collected(lambda t: SyntaxError("m", ("f", 1, 2, t, 1, 3))))
print(collected(lambda t: UnicodeDecodeError("utf-8", b"x", 0, 1, t)))
print(collected(lambda t: ExceptionGroup(t, [ValueError(1)])))

print(gc.get_referents(OSError(1, "x", "f")))
print(gc.get_referents(ImportError("m", name="n", path="p")))
print(gc.get_referents(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad")))
print(gc.get_referents(StopIteration(5)))
print(gc.get_referents(SyntaxError("m", ("f", 1, 2, "t", 1, 3))))
print(gc.get_referents(AttributeError("m", name="n", obj=3)))
