# SystemExit with an int raised from nested code through finally blocks.
import sys


def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally runs during exit")


try:
    shutdown(3)
except SystemExit as error:
    print("caught SystemExit", error.code, type(error.code).__name__)
try:
    raise SystemExit
except SystemExit as error:
    print("bare SystemExit code", error.code)
try:
    sys.exit()
except SystemExit as error:
    print("sys.exit() code", error.code, error.args)
try:
    exit_code = sys.exit(0)
except SystemExit as error:
    print("zero", error.code)
shutdown(42)
print("never printed")
