"""`python -m glass`: the same as the `glass` console script."""
import sys

from glass.main import main

if __name__ == "__main__":
    sys.exit(main())
