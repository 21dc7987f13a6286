# except* handles part of a group; the rest, plus a new error, escapes.
def work():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"),
                                   KeyError("k")])


try:
    work()
except* ValueError as group:
    print("handled", repr(group.exceptions))
except* TypeError:
    raise RuntimeError("while handling the type errors")
