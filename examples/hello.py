"""A first program to look at with Glass."""


def greet(name):
    return "Hello, %s!" % name


for who in ("world", "Glass"):
    print(greet(who))
