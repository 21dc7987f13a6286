# classmethod_descriptor.__get__ (descrobject.c's classmethod_get): the type,
# not the instance, is what the builtin class method is bound to, and it
# must be a subtype of the descriptor's class.
class D(dict):
    pass

for descr in (dict.__dict__["fromkeys"], int.__dict__["from_bytes"],
              bytes.__dict__["fromhex"]):
    for args in [(None, None), (42,), (None, 42), (None, int), ({},), (None, dict),
                 (D(),), (None, D), (b"",), (None, bytes), (True, None)]:
        try:
            bound = descr.__get__(*args)
            print("bound to", bound.__self__.__name__)
        except TypeError as error:
            print("TypeError:", error)
print(D.fromkeys("ab"), type(D().fromkeys("a")).__name__)
