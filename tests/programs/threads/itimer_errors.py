# signal.setitimer and getitimer, and their ItimerError (signal.itimer_error).
import signal
print(signal.ItimerError, signal.ItimerError.__mro__)
print(signal.getitimer(signal.ITIMER_REAL), signal.setitimer.__text_signature__, signal.getitimer.__doc__)
for args in ((999, 1), (signal.ITIMER_REAL, -1), (signal.ITIMER_REAL, 'x'), (signal.ITIMER_REAL, 1e300), ('x', 1)):
    try: print(signal.setitimer(*args))
    except Exception as e: print(type(e).__name__, e, isinstance(e, OSError), getattr(e, 'errno', None))
print(signal.setitimer(signal.ITIMER_REAL, 5, 1)[0], round(signal.getitimer(signal.ITIMER_REAL)[0]), [round(t) for t in signal.setitimer(signal.ITIMER_REAL, 0)])
