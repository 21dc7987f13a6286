# Buffered stdout is flushed before the traceback; status 1.
import sys
for i in range(5):
    print("line", i)
sys.stderr.write("to stderr directly\n")
print("partial", end="")
raise LookupError("after partial line")
