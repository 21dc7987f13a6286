# An exception in flight replaced by SystemExit raised from finally.
import sys


def main():
    try:
        raise ValueError("will be replaced")
    finally:
        print("exiting from finally")
        sys.exit(7)


main()
