# sys.exit(True) is status 1: bool is an int.
import sys
try:
    sys.exit(False)
except SystemExit as error:
    print("False code", error.code)
sys.exit(True)
