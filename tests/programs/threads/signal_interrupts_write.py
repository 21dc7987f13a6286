# A signal cuts short a write that waits for a pipe reader, as EINTR does in
# CPython: raw, buffered and os.write all raise the handler's exception.
import os, signal, threading, io, sys
def handler(*a): 1/0
signal.signal(signal.SIGALRM, handler)
for opener in (lambda w: io.open(w, "wb", closefd=False), lambda w: io.open(w, "wb", buffering=0, closefd=False), None):
    r, w = os.pipe()
    t = threading.Thread(target=lambda: os.read(r, 1)); t.daemon = True
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM]); t.start(); signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGALRM])
    signal.alarm(1)
    try:
        if opener is None:
            n = os.write(w, b"x" * 3000000); print("partial os.write", n < 3000000)
        else:
            f = opener(w); n = f.write(b"x" * 3000000); print("wrote", n)
    except ZeroDivisionError:
        print("ZeroDivisionError")
    finally:
        signal.alarm(0); t.join()
    os.close(r); os.close(w)
