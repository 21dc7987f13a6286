# SystemExit raised inside a generator propagates through the consumer.
import sys


def producer():
    yield 1
    yield 2
    sys.exit(4)


for value in producer():
    print("got", value)
print("unreachable")
