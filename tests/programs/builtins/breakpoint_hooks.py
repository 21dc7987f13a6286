# breakpoint() and sys.breakpointhook: $PYTHONBREAKPOINT as the guest sets it
# through os.environ (the process environment, read at each call).
import os, sys
def hook(*a, **k): print("hook", a, k); return 42
import builtins
builtins.myhook = hook
os.environ['PYTHONBREAKPOINT'] = 'myhook'
print(breakpoint(1, x=2))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
del os.environ['PYTHONBREAKPOINT']
sys.breakpointhook = hook
print(breakpoint(3))
os.environ['PYTHONBREAKPOINT'] = 'nosuch.module.fn'
print(sys.__breakpointhook__())
