# A negative exit status.
import sys
print("exit with -1")
raise SystemExit(-1)
