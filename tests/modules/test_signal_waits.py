"""_signal's thread and wait functions, compared with the host:
pthread_kill, pthread_sigmask, sigpending, sigwait, sigwaitinfo,
sigtimedwait, struct_siginfo and pidfd_send_signal, their argument checks
and messages, and a handler that runs while sigtimedwait waits.

Counterpart: Modules/signalmodule.c (signal_pthread_kill_impl,
signal_sigwaitinfo_impl, signal_sigtimedwait_impl, _Py_Sigset_Converter,
fill_siginfo).
"""
from __future__ import annotations

import signal
import sys

import pytest

from oracle import same_as_host

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not hasattr(signal, "sigtimedwait"),
    reason="because the host lacks sigtimedwait (Linux only)")


def test_argument_checks_and_messages():
    same_as_host("""
        import _signal, threading, warnings
        warnings.simplefilter("always")
        def t(name, *args):
            try:
                print(name, getattr(_signal, name)(*args))
            except BaseException as e:
                print(name, type(e).__name__, e)
        me = threading.get_ident()
        t("pthread_kill", "x", 1); t("pthread_kill", 1.5, 1); t("pthread_kill", 0, "a")
        t("pthread_kill", me, 0); t("pthread_kill", me, 99); t("pthread_kill", me, 2**40)
        t("sigpending")
        t("sigwait", 1); t("sigwait", ["a"]); t("sigwait", [0]); t("sigwait", [2**80])
        t("sigwait", [65]); t("sigwait", [-5]); t("sigwaitinfo", 5)
        t("sigtimedwait", [1], -1); t("sigtimedwait", [1], "x"); t("sigtimedwait", [1], 0)
        t("sigtimedwait", [1], 0.01); t("sigtimedwait", [32], 0.0)
        t("sigtimedwait", [1], float("nan")); t("sigtimedwait", [1], 1e300)
        t("sigtimedwait", [1])
        t("pidfd_send_signal", 0, 1, 1); t("pidfd_send_signal", -1, 0)
        t("pidfd_send_signal", "a", 0); t("pidfd_send_signal", 0, 0, None, "x")
        t("pthread_sigmask", 5, []); t("pthread_sigmask", "a", []); t("pthread_sigmask", 0, 3)
        for name in ("pthread_kill", "sigpending", "sigwait", "sigwaitinfo", "sigtimedwait",
                     "pidfd_send_signal", "pthread_sigmask"):
            f = getattr(_signal, name)
            print(name, f.__text_signature__, repr(f.__doc__))
        print(_signal.struct_siginfo.__doc__, _signal.struct_siginfo.n_sequence_fields)
        print(_signal.struct_siginfo((1, 2, 3, 4, 5, 6, 7)))
    """)


def test_blocked_signals_are_waited_for():
    same_as_host("""
        import os, signal, threading
        me = threading.get_ident()
        print(threading.main_thread().ident == me)
        print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2]))
        print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
        print(signal.sigpending())
        signal.pthread_kill(me, signal.SIGUSR1)
        print(signal.sigpending())
        print(signal.sigwait([signal.SIGUSR1]))
        signal.pthread_kill(me, signal.SIGUSR2)
        info = signal.sigtimedwait([signal.SIGUSR2], 1)
        print(type(info), info.si_signo, info.si_code, len(info), info[0])
        os.kill(os.getpid(), signal.SIGUSR1)        # sent to the process
        info = signal.sigwaitinfo({signal.SIGUSR1})
        print(info.si_signo, info.si_pid == os.getpid(), info.si_uid == os.getuid())
        print(signal.sigtimedwait([signal.SIGUSR1], 0.01))
        got = []
        signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))
        signal.raise_signal(signal.SIGUSR1)
        print(got, signal.sigpending())
        print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]), got)
        signal.pthread_kill(me, signal.SIGUSR1)    # to itself: handled on return
        print(got)
    """)


def test_a_handler_runs_while_sigtimedwait_waits():
    same_as_host("""
        import signal, threading, time
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
        main = threading.get_ident()
        def handler(signum, frame):
            raise ZeroDivisionError("from the handler")
        signal.signal(signal.SIGUSR1, handler)
        sender = threading.Thread(target=lambda: (time.sleep(0.1),
                                                  signal.pthread_kill(main, signal.SIGUSR1)))
        sender.start()
        start = time.monotonic()
        try:
            signal.sigtimedwait([signal.SIGUSR2], 5)
        except ZeroDivisionError as e:
            print("interrupted:", e, time.monotonic() - start < 4)
        sender.join()
        calls = []
        signal.signal(signal.SIGUSR1, lambda *a: calls.append(1))
        sender = threading.Thread(target=lambda: (time.sleep(0.1),
                                                  signal.pthread_kill(main, signal.SIGUSR1)))
        sender.start()
        print(signal.sigtimedwait([signal.SIGUSR2], 0.4), calls)   # PEP 475: waits on
        sender.join()
    """)


def test_pause_and_pidfd_send_signal_to_self():
    same_as_host("""
        import os, signal
        got = []
        signal.signal(signal.SIGALRM, lambda signum, frame: got.append(signum))
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        print(signal.pause(), got)
        pidfd = os.open("/proc/%d" % os.getpid(), os.O_DIRECTORY)
        try:
            signal.pidfd_send_signal(pidfd, signal.SIGINT)
            print("not raised")
        except KeyboardInterrupt:
            print("KeyboardInterrupt")
        os.close(pidfd)
    """)


def test_a_signal_interrupts_a_blocked_send():
    # test_wsgiref's test_interrupted_write: the handler runs while the
    # main thread waits in send(); send then returns a partial count.
    same_as_host("""
        import signal, socket, threading
        a, b = socket.socketpair()
        main = threading.get_ident()
        interrupted = threading.Event()
        signal.signal(signal.SIGUSR1, lambda signum, frame: interrupted.set())
        def reader():
            while not interrupted.wait(0.2):
                signal.pthread_kill(main, signal.SIGUSR1)
            while b.recv(65536):
                pass
        thread = threading.Thread(target=reader)
        thread.start()
        data = b"x" * 4_000_000
        sent = a.send(data)
        print(interrupted.is_set(), 0 < sent < len(data))
        a.sendall(data[sent:])
        a.close()
        thread.join()
        b.close()
    """)
