"""Glass: CPython 3.11's virtual machine, rebuilt in readable Python."""

__version__ = "0.1.0"

# The Python version the guest sees (sys.version_info): the stdlib Glass runs
# is CPython 3.11's, and the bytecode is 3.11's.
GUEST_VERSION = (3, 11, 7)
