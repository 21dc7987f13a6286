"""contextvars.Context.run: its own argument check and message, keywords
passed through (named callable too), no text signature; a context entered
twice refuses."""
import contextvars
var = contextvars.ContextVar("var", default=0)
context = contextvars.Context()
print(repr(contextvars.Context.run.__text_signature__))
try:
    context.run()
except TypeError as error:
    print(error)
print(context.run(lambda *args, **kwargs: (args, kwargs), 1, 2, callable=3))
def nested():
    var.set(5)
    try:
        context.run(print)
    except RuntimeError as error:
        print(str(error).split(" object at")[0])
    return var.get()
print(context.run(nested), var.get(), context[var])
