# An exception group that escapes: the boxes, nested groups, notes, causes.
def fail(kind, message):
    try:
        raise kind(message)
    except Exception as error:
        return error


def leaf_with_cause():
    try:
        {}["missing"]
    except KeyError as key:
        try:
            raise ValueError("converted") from key
        except ValueError as error:
            return error


inner = ExceptionGroup("inner", [fail(TypeError, "t1"), fail(OSError, "o1")])
inner.add_note("a note on the inner group")
outer = ExceptionGroup("outer", [fail(ValueError, "v1"), inner, leaf_with_cause()])
outer.add_note("first note\nsecond line")
print(repr(outer.exceptions[0]), str(outer))


def run():
    raise outer


run()
