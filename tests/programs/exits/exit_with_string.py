# SystemExit with a string: the message goes to stderr and the status is 1.
import sys
print("before exit")
sys.stdout.flush()
sys.exit("fatal: configuration missing")
