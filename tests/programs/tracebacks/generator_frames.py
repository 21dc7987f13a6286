# A traceback passing through generator frames and a comprehension.
def numbers():
    yield 1
    yield 2
    yield "three"


def doubled(source):
    for value in source:
        yield value * 2 - 1


def main():
    results = [v + 1 for v in doubled(numbers())]
    print(results)


main()
