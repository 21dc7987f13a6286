# A TypeError raised by a call: carets under the call expression, argument errors in messages.
def greet(name, greeting="hello", *, punctuation="!"):
    return greeting + ", " + name + punctuation


print(greet("ann"))
print(greet("bob", "hi", punctuation="?"))
messages = [greet(n) for n in ["x", "y"]]
print(messages)
print(greet("carl", "hey", "!!"))
