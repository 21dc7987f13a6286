"""_posixsubprocess and select against the host, through the stdlib's
subprocess and selectors.

Counterpart: glass/modules/_posixsubprocess.py (Modules/_posixsubprocess.c)
and glass/modules/select.py (Modules/selectmodule.c).

The snippets print only what is the same in both runs: outputs, exit codes,
error types and messages; never a pid or a descriptor number.
"""
from __future__ import annotations


from oracle import same_as_host


def test_run_check_output_popen():
    same_as_host("""
        import subprocess, os
        r = subprocess.run(["echo", "hello"], capture_output=True)
        print(r.returncode, r.stdout, r.stderr)
        print(subprocess.check_output(["sh", "-c", "echo $FOO; pwd"],
                                      env={"FOO": "bar"}, cwd="/tmp"))
        r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"],
                           capture_output=True, text=True)
        print(r)
        p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        p.stdin.write(b"abc" * 10000)
        p.stdin.close()
        print(len(p.stdout.read()), p.wait())
        p.stdout.close()
        p = subprocess.Popen(["sh", "-c", "echo one; echo two >&2"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        print(p.communicate(), p.returncode)
        print(subprocess.getoutput("echo hi; exit 2"), subprocess.getstatusoutput("exit 2"))
        print(subprocess.call(["true"]), subprocess.call("exit 4", shell=True))
    """)


def test_errors_and_options():
    same_as_host("""
        import subprocess, os
        for kwargs in ({"args": ["/nonexistent/prog"]},
                       {"args": ["true"], "cwd": "/nonexistent"},
                       {"args": ["/etc/passwd"]}):
            try:
                subprocess.run(**kwargs)
            except OSError as e:
                print(type(e).__name__, e)
        try:
            subprocess.check_call(["false"])
        except subprocess.CalledProcessError as e:
            print(e)
        rfd, wfd = os.pipe()
        subprocess.run(["sh", "-c", "echo passed >&%d" % wfd], pass_fds=[wfd])
        os.close(wfd)
        print(os.read(rfd, 100))
        os.close(rfd)
        r = subprocess.run(["sh", "-c", "test $(ps -o sid= -p $$) -eq $$ && echo leader"],
                           start_new_session=True, capture_output=True)
        print(r.stdout)
        r = subprocess.run(["sh", "-c", "umask"], umask=0o27, capture_output=True)
        print(r.stdout)
        import _posixsubprocess
        print(_posixsubprocess.__doc__)
        try:
            _posixsubprocess.fork_exec()
        except TypeError as e:
            print(e)
    """)


def test_preexec_fn_runs_guest_code_in_the_child():
    same_as_host("""
        import subprocess, os
        def before_exec():
            os.write(1, b"in preexec\\n")
            os.environ["NEVER_SEEN_BY_PARENT"] = "1"
        r = subprocess.run(["echo", "after"], preexec_fn=before_exec, capture_output=True)
        print(r.stdout, "NEVER_SEEN_BY_PARENT" in os.environ)
        def failing():
            raise ValueError("no")
        try:
            subprocess.run(["echo"], preexec_fn=failing)
        except subprocess.SubprocessError as e:
            print(type(e).__name__, e)
        r = subprocess.run(["sh", "-c", "pwd"], preexec_fn=lambda: os.chdir("/"),
                           capture_output=True)
        print(r.stdout)
    """)


def test_communicate_with_input():
    same_as_host("""
        import subprocess
        r = subprocess.run(["cat"], input=b"abc" * 10000, capture_output=True)
        print(len(r.stdout))
    """)


def test_select_poll_epoll():
    same_as_host("""
        import select, os, selectors
        r, w = os.pipe()
        class FD:
            def __init__(self, fd): self.fd = fd
            def fileno(self): return self.fd
        reader = FD(r)
        print(select.select([reader], [w], [], 0) == ([], [w], []))
        os.write(w, b"x")
        ready = select.select([reader, r], (), [], 1.5)
        print(ready[0][0] is reader, ready[0][1] == r, ready[1:])
        for args in (([-1], [], []), (["x"], [], []), ([FD("x")], [], []), (3, [], []),
                     ([r], [], [], -1), ([r], [], [], "soon")):
            try:
                select.select(*args)
            except Exception as e:
                print(type(e).__name__, e)
        p = select.poll()
        p.register(reader, select.POLLIN)
        p.register(w)
        print(sorted(p.poll(0)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
        p.modify(w, select.POLLIN)
        p.unregister(reader)
        print(p.poll(0))
        try:
            p.unregister(reader)
        except KeyError as e:
            print("KeyError")
        print(type(p).__name__, select.POLLIN, select.POLLOUT, select.POLLHUP, select.PIPE_BUF)
        ep = select.epoll()
        ep.register(reader, select.EPOLLIN)
        print(ep.poll(0) == [(r, select.EPOLLIN)], ep.poll(timeout=0, maxevents=1) == [(r, select.EPOLLIN)])
        ep.modify(r, select.EPOLLOUT)
        print(ep.poll(0.0))
        try:
            ep.register(r)
        except FileExistsError as e:
            print(e)
        ep.unregister(r)
        print(ep.closed, ep.fileno() > 2)
        ep.close()
        print(ep.closed)
        try:
            ep.poll()
        except ValueError as e:
            print(e)
        with select.epoll() as ep2:
            pass
        print(ep2.closed, select.error is OSError, select.epoll.__name__)
        sel = selectors.DefaultSelector()
        print(type(sel).__name__)
        sel.register(r, selectors.EVENT_READ, "r")
        print([(key.data, events) for key, events in sel.select(0)])
        sel.close()
        sel = selectors.PollSelector()
        sel.register(w, selectors.EVENT_WRITE, "w")
        print([(key.data, events) for key, events in sel.select(0)])
        sel.close()
        sel = selectors.SelectSelector()
        sel.register(reader, selectors.EVENT_READ, "r")
        print([(key.data, events) for key, events in sel.select(0)])
        sel.close()
    """)


def test_a_signal_interrupts_select_poll_and_epoll():
    # The handler's exception ends the wait, as EINTR does; a handler that
    # returns lets the wait go on to its timeout (PEP 475).
    same_as_host(r'''
import os, select, selectors, signal, time
class Interrupted(Exception):
    pass
def handler(*args):
    raise Interrupted
signal.signal(signal.SIGALRM, handler)
r, w = os.pipe()
def poll_wait():
    poller = select.poll()
    poller.register(r, select.POLLIN)
    return poller.poll(5000)
def epoll_wait():
    with select.epoll() as poller:
        poller.register(r, select.EPOLLIN)
        return poller.poll(5)
def selector_wait():
    with selectors.DefaultSelector() as selector:
        selector.register(r, selectors.EVENT_READ)
        return selector.select(5)
for name, wait in [("select", lambda: select.select([r], [], [], 5)), ("poll", poll_wait),
                   ("epoll", epoll_wait), ("selector", selector_wait)]:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    started = time.monotonic()
    try:
        wait()
        print(name, "not interrupted")
    except Interrupted:
        print(name, "interrupted", time.monotonic() - started < 2)
signal.signal(signal.SIGALRM, lambda *args: print("handled"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
started = time.monotonic()
print(select.select([r], [], [], 0.3), time.monotonic() - started >= 0.29)
os.write(w, b"x")
poller = select.poll()
poller.register(r, select.POLLIN)
print(select.select([r], [], [], 0.5), poller.poll(100), poller.poll(-1), poller.poll(None))
for bad in ("x", -1, float("nan")):
    for wait in (lambda: select.select([r], [], [], bad), lambda: poller.poll(bad)):
        try:
            wait()
        except Exception as error:
            print(type(error).__name__, error)
''')
