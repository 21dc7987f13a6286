"""pwd, grp, fcntl, termios and resource against the host.

Counterpart: glass/modules/pwd.py, grp.py, fcntl.py, termios.py, resource.py
(Modules/pwdmodule.c, grpmodule.c, fcntlmodule.c, termios.c, resource.c).

What differs between two runs (resource usage, descriptor numbers) is
compared by property, never printed.
"""
from __future__ import annotations

from oracle import same_as_host


def test_pwd_and_grp():
    same_as_host("""
        import pwd, grp, os
        p = pwd.getpwuid(os.getuid())
        print(p, type(p), p.pw_name, p[0], len(p), pwd.struct_passwd.n_fields)
        print(pwd.getpwnam(p.pw_name) == p, pwd.getpwall()[0], tuple(p)[2:4])
        for bad in (123456789, -5, "x", 2**70):
            try:
                pwd.getpwuid(bad)
            except Exception as e:
                print(type(e).__name__, e, e.args)
        for bad in ("nosuchuserxx", 3, "a\\0b"):
            try:
                pwd.getpwnam(bad)
            except Exception as e:
                print(type(e).__name__, e, e.args)
        g = grp.getgrgid(os.getgid())
        print(g, g.gr_mem, grp.getgrnam(g.gr_name) == g, grp.getgrall()[0], grp.getgrgid(id=0))
        for bad in (123456789, "x"):
            try:
                grp.getgrgid(bad)
            except Exception as e:
                print(type(e).__name__, e, e.args)
        try:
            grp.getgrnam("nosuchgroupxx")
        except KeyError as e:
            print(repr(e))
        print(pwd.struct_passwd.__doc__, pwd.struct_passwd.pw_dir.__doc__)
        print(grp.struct_group.__module__, pwd.struct_passwd.__name__, pwd.getpwuid.__doc__)
        import shutil, tempfile
        with tempfile.NamedTemporaryFile() as f:
            shutil.chown(f.name, user=p.pw_name, group=g.gr_name)
            print(os.stat(f.name).st_uid == p.pw_uid)
    """)


def test_fcntl():
    same_as_host("""
        import fcntl, os, tempfile, struct, termios
        r, w = os.pipe()
        flags = fcntl.fcntl(r, fcntl.F_GETFL)
        fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
        print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK == os.O_NONBLOCK)
        print(fcntl.fcntl(r, fcntl.F_GETFD))
        class F:
            def __init__(self, fd): self.fd = fd
            def fileno(self): return self.fd
        print(fcntl.fcntl(F(r), fcntl.F_GETFD) == fcntl.fcntl(r, fcntl.F_GETFD))
        for bad in (-1, "x", 1.5, F("x"), F(-3)):
            try:
                fcntl.fcntl(bad, fcntl.F_GETFD)
            except Exception as e:
                print(type(e).__name__, e)
        try:
            fcntl.fcntl(9999, fcntl.F_GETFD)
        except OSError as e:
            print(type(e).__name__, e)
        with tempfile.TemporaryFile() as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)
            fcntl.lockf(f, fcntl.LOCK_EX, 0, 0, 0)
            fcntl.lockf(f, fcntl.LOCK_UN)
            print(fcntl.fcntl(f, fcntl.F_GETLK, struct.pack("hhllhh", fcntl.F_WRLCK, 0, 0, 0, 0, 0))[:2])
        print(fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.F_GETFL, fcntl.FD_CLOEXEC, fcntl.F_SETLKW)
        os.write(w, b"12345")
        print(struct.unpack("i", fcntl.ioctl(r, termios.FIONREAD, b"\\0\\0\\0\\0")))
        buf = bytearray(4)
        print(fcntl.ioctl(r, termios.FIONREAD, buf), buf)
        buf = bytearray(4)
        print(fcntl.ioctl(r, termios.FIONREAD, buf, False), buf)
    """)


def test_termios_and_resource():
    same_as_host("""
        import termios, resource, os, pty
        master, slave = pty.openpty()
        attrs = termios.tcgetattr(slave)
        print(len(attrs), type(attrs[6]), len(attrs[6]), type(attrs[6][0]))
        attrs[3] &= ~termios.ECHO
        termios.tcsetattr(slave, termios.TCSANOW, attrs)
        print(termios.tcgetattr(slave)[3] & termios.ECHO)
        termios.tcsetwinsize(slave, (24, 80))
        print(termios.tcgetwinsize(slave))
        r, w = os.pipe()
        try:
            termios.tcgetattr(r)
        except termios.error as e:
            print(type(e), e.args, isinstance(e, OSError))
        for bad in ([1, 2], "x"):
            try:
                termios.tcsetattr(slave, termios.TCSANOW, bad)
            except TypeError as e:
                print(e)
        termios.tcdrain(slave)
        termios.tcflush(slave, termios.TCIFLUSH)
        print(termios.error.__mro__, termios.B9600, termios.TCSADRAIN, termios.VMIN)
        print(resource.getpagesize() == os.sysconf("SC_PAGE_SIZE"))
        print(resource.getrlimit(resource.RLIMIT_NOFILE) ==
              resource.getrlimit(resource.RLIMIT_NOFILE))
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
        print(resource.getrlimit(resource.RLIMIT_CORE)[0])
        usage = resource.getrusage(resource.RUSAGE_SELF)
        print(type(usage), len(usage), type(usage.ru_utime), type(usage.ru_maxrss),
              usage.n_fields, resource.struct_rusage.ru_utime.__doc__)
        for call in (lambda: resource.getrlimit(999), lambda: resource.getrlimit("x"),
                     lambda: resource.getrusage(42),
                     lambda: resource.setrlimit(resource.RLIMIT_CORE, (1,))):
            try:
                call()
            except Exception as e:
                print(type(e).__name__, e)
        print(resource.error, resource.RLIM_INFINITY, resource.RLIMIT_CPU,
              resource.prlimit(0, resource.RLIMIT_CORE)[0])
    """)
