"""Signals reach the guest as in CPython: SIGINT raises KeyboardInterrupt
from start-up on, a signal the guest sends itself has been handled when
os.kill / raise_signal return, a signal cuts time.sleep short; plus the
re and time fixes that CPython's test files found.

Counterpart: Modules/signalmodule.c (signal_install_handlers,
PyErr_CheckSignals), Modules/posixmodule.c (os_kill_impl),
Modules/timemodule.c (pysleep), Modules/_sre.c (getstring, the scanner's
buffer).
"""
from __future__ import annotations

from oracle import same_as_host


def test_signals_sent_to_self_are_handled_before_the_call_returns():
    same_as_host("""
        import os, signal, sys
        print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
        try:
            os.kill(os.getpid(), signal.SIGINT)
            print("not raised")
        except KeyboardInterrupt as e:
            print("KeyboardInterrupt", repr(e))
        got = []
        def handler(signum, frame):
            got.append((signum, type(frame).__name__, frame.f_code.co_name))
        old = signal.signal(signal.SIGINT, handler)
        print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
        os.kill(os.getpid(), signal.SIGINT)
        print(got)
        signal.raise_signal(signal.SIGINT)
        print(got)
        signal.signal(signal.SIGUSR1, handler)
        os.kill(os.getpid(), signal.SIGUSR1)
        print(got)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        os.kill(os.getpid(), signal.SIGINT)
        print("ignored", signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            for i in range(3):
                signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            print("KeyboardInterrupt at", i)
        def boom(signum, frame):
            raise ValueError("boom")
        signal.signal(signal.SIGUSR2, boom)
        try:
            os.kill(os.getpid(), signal.SIGUSR2)
        except ValueError as e:
            print("ValueError", e)
        try:
            os.kill(os.getpid(), 12345)
        except OSError as e:
            print(type(e).__name__, e)
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGINT)     # uncaught: the process dies of SIGINT
    """)


def test_unittest_break_handler_sees_sigint():
    same_as_host("""
        import os, signal, unittest
        unittest.installHandler()
        result = unittest.TestResult()
        unittest.registerResult(result)
        os.kill(os.getpid(), signal.SIGINT)
        print(result.shouldStop, unittest.signals._interrupt_handler.called)
        try:
            os.kill(os.getpid(), signal.SIGINT)     # a second one is a KeyboardInterrupt
        except KeyboardInterrupt:
            print("second SIGINT raised")
        unittest.removeHandler()
        print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    """)


def test_a_signal_interrupts_sleep():
    same_as_host("""
        import signal, time
        got = []
        signal.signal(signal.SIGALRM, lambda signum, frame: got.append(signum))
        start = time.monotonic()
        signal.alarm(1)
        time.sleep(1.5)
        print(got, 1.4 < time.monotonic() - start < 3)
        def boom(signum, frame):
            raise RuntimeError("alarm")
        signal.signal(signal.SIGALRM, boom)
        start = time.monotonic()
        signal.alarm(1)
        try:
            time.sleep(10)
        except RuntimeError as e:
            print(e, time.monotonic() - start < 5)
        for bad in (-1, "x", None):
            try:
                time.sleep(bad)
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
        time.sleep(0)
        time.sleep(0.01)
    """)


def test_time_functions_have_no_text_signature():
    same_as_host("""
        import time
        for name in sorted(dir(time)):
            f = getattr(time, name)
            if callable(f) and not isinstance(f, type) and name != "__loader__":
                print(name, f.__text_signature__, (f.__doc__ or "").splitlines()[0])
    """)


def test_re_on_a_bytearray_sees_it_as_it_is_now_and_holds_its_buffer():
    same_as_host("""
        import gc, re
        s = bytearray(b'abcdefgh')
        m = re.search(b'[a-h]+', s)
        m2 = re.search(b'(?P<x>[e-h]+)', s)
        print(m.group(), m2.group(), m2['x'], m2.groups(), m2.groupdict())
        s[:] = b'xyz'
        print(m.group(), m2.group(), m2[1], m2.groups(), m2.groupdict(), m.span(), m.string)
        b = bytearray(b'x')
        it = re.finditer(b'a', b)
        try:
            b.extend(b'x' * 400)
        except BufferError as e:
            print(e)
        list(it)
        del it
        gc.collect()
        b.extend(b'x' * 400)
        print(len(b))
        scanner = re.compile(b'x').scanner(b)
        try:
            b.append(1)
        except BufferError as e:
            print(e)
        del scanner
        b.append(1)
        print(len(b))
        print(re.search(b'wor', memoryview(b'hello world')).group(),
              re.search(b'o', memoryview(bytearray(b'foo'))).group(),
              re.sub(b'l', b'L', bytearray(b'hello')))
    """)


def test_set_wakeup_fd():
    # Counterpart: signal_set_wakeup_fd and trip_signal's write.
    same_as_host("""
        import signal, os, re, threading
        r, w = os.pipe()
        def t(f, *a, **k):
            try: print('ok', f(*a, **k))
            except Exception as e: print(type(e).__name__, re.sub(r'fd [0-9]+', 'fd N', str(e)))
        t(signal.set_wakeup_fd, w)                     # a blocking fd is refused
        os.set_blocking(w, False)
        bad = os.open(os.devnull, os.O_RDONLY); os.close(bad)
        for v in ('x', 1.5, 10**20, 2**40, 2**31, -2, bad):
            t(signal.set_wakeup_fd, v)
        signal.signal(signal.SIGUSR1, lambda *a: print('handler'))
        t(signal.set_wakeup_fd, w)
        os.kill(os.getpid(), signal.SIGUSR1)
        print(os.read(r, 10) == bytes([signal.SIGUSR1]))
        signal.signal(signal.SIGUSR2, signal.SIG_IGN)
        os.kill(os.getpid(), signal.SIGUSR2)
        os.set_blocking(r, False)
        t(os.read, r, 10)                               # an ignored signal writes nothing
        th = threading.Thread(target=t, args=(signal.set_wakeup_fd, -1)); th.start(); th.join()
        print(signal.set_wakeup_fd(-1, warn_on_full_buffer=False) == w, signal.set_wakeup_fd(-1))
    """)


def test_the_thread_that_forks_is_the_child_s_main_thread():
    # PyOS_AfterFork_Child: it sets handlers and runs them, also when it
    # was not the parent's main thread.
    same_as_host("""
        import os, signal, threading
        def fork_here():
            pid = os.fork()
            if pid == 0:
                signal.signal(signal.SIGUSR1, lambda *a: print("child handler", flush=True))
                os.kill(os.getpid(), signal.SIGUSR1)
                print("main:", threading.current_thread() is threading.main_thread(), flush=True)
                os._exit(3)
            print("exit", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
        fork_here()
        t = threading.Thread(target=fork_here); t.start(); t.join()
    """)
