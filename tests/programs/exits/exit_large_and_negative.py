# Exit statuses outside 0..255 wrap as the host's exit() does.
import sys
print("exit with 256 + 7")
sys.exit(263)
