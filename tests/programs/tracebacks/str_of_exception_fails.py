# An uncaught exception whose __str__ itself fails: the traceback shows the placeholder.
class Weird(Exception):
    def __str__(self):
        raise ValueError("cannot render")


print("about to fail")
raise Weird("payload")
