"""The posix module against the host.

Counterpart: glass/modules/posix.py (Modules/posixmodule.c).

The snippets work in a directory of their own under the current one and
remove it at the end, since python3 and Glass run them one after the other
in the same place.  What differs between two runs (inode numbers, pids) is
compared by property: equal to a second reading, of the right type.
"""
from __future__ import annotations

from oracle import same_as_host

# Every snippet starts in a fresh directory "work" and leaves none behind.
PROLOGUE = """
import posix, _stat
def remove_tree(path):
    if not posix.access(path, posix.F_OK, follow_symlinks=False):
        return
    if _stat.S_ISDIR(posix.lstat(path).st_mode):
        for name in posix.listdir(path):
            remove_tree(path + "/" + name)
        posix.rmdir(path)
    else:
        posix.unlink(path)
remove_tree("work")
posix.mkdir("work")
def attempt(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as error:
        # (an object's repr has its address, which differs between runs)
        print(func.__name__, "->", type(error).__name__, str(error).split(" at 0x")[0])
    else:
        print(func.__name__, "->", repr(result))
"""
EPILOGUE = """
remove_tree("work")
"""


def snippet(text):
    """PROLOGUE + the dedented text + EPILOGUE, as one program."""
    import textwrap
    return PROLOGUE + textwrap.dedent(text) + EPILOGUE


def test_files_and_stat():
    same_as_host(snippet("""
        fd = posix.open("work/a.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o640)
        print(type(fd).__name__, posix.write(fd, b"hello world"), posix.isatty(fd))
        posix.fsync(fd)
        posix.ftruncate(fd, 5)
        posix.close(fd)
        st = posix.stat("work/a.txt")
        print(type(st), len(st), st.st_size, oct(st.st_mode), _stat.S_ISREG(st.st_mode),
              st.st_nlink, st[0] == st.st_mode, st[6] == st.st_size)
        print(type(st.st_atime).__name__, type(st[7]).__name__, type(st.st_atime_ns).__name__,
              type(st.st_blksize).__name__, type(st.st_blocks).__name__,
              type(st.st_rdev).__name__)
        posix.utime("work/a.txt", ns=(1_500_000_000_123_456_789, 1_600_000_000_987_654_321))
        st = posix.stat("work/a.txt")
        print(st.st_atime_ns, st.st_mtime_ns, st.st_atime, st.st_mtime, st[7], st[8])
        posix.utime("work/a.txt", (1000, 2000.5))
        st = posix.stat("work/a.txt")
        print(st.st_atime, st.st_mtime, st.st_mtime_ns)
        fd = posix.open("work/a.txt", posix.O_RDONLY)
        fst = posix.fstat(fd)
        print(fst == st, fst.st_ino == st.st_ino, posix.read(fd, 3), posix.lseek(fd, 0, posix.SEEK_CUR),
              posix.lseek(fd, 1, posix.SEEK_SET), posix.read(fd, 100), posix.read(fd, 10))
        fd2 = posix.dup(fd)
        print(fd2 != fd, posix.get_inheritable(fd2), posix.lseek(fd2, 0, posix.SEEK_END))
        posix.close(fd2)
        posix.close(fd)
        print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields,
              posix.stat_result.n_unnamed_fields, posix.stat_result.__match_args__)
        print(posix.stat_result.__doc__)
        print(posix.stat_result.st_mode.__doc__, posix.stat_result.st_mtime_ns.__doc__)
        made = posix.stat_result(tuple(range(10)))
        print(made, made.st_atime_ns, made.st_blksize, made.st_atime, made.st_ctime)
        made = posix.stat_result(tuple(range(10)), {"st_atime_ns": 5})
        print(made.st_atime_ns, made.__reduce__())
        print(repr(posix.stat_result(range(10))))
        posix.chmod("work/a.txt", 0o600)
        print(oct(_stat.S_IMODE(posix.stat("work/a.txt").st_mode)),
              posix.access("work/a.txt", posix.R_OK), posix.access("work/none", posix.F_OK))
        posix.truncate("work/a.txt", 2)
        print(posix.stat(b"work/a.txt").st_size)
    """))


def test_directories_links_and_renames():
    same_as_host(snippet("""
        posix.mkdir("work/d", 0o755)
        posix.mkdir("work/d/sub")
        for name in ("x", "y", "z"):
            posix.close(posix.open("work/d/" + name, posix.O_CREAT | posix.O_WRONLY))
        print(sorted(posix.listdir("work/d")), sorted(posix.listdir(b"work/d")))
        posix.rename("work/d/x", "work/d/x2")
        posix.replace("work/d/y", "work/d/x2")
        posix.symlink("x2", "work/d/link")
        posix.link("work/d/z", "work/d/hard")
        print(sorted(posix.listdir("work/d")), posix.readlink("work/d/link"),
              posix.readlink(b"work/d/link"))
        print(posix.stat("work/d/hard").st_nlink, posix.stat("work/d/z").st_ino ==
              posix.stat("work/d/hard").st_ino)
        print(_stat.S_ISLNK(posix.lstat("work/d/link").st_mode),
              _stat.S_ISLNK(posix.stat("work/d/link", follow_symlinks=False).st_mode),
              _stat.S_ISREG(posix.stat("work/d/link").st_mode))
        dir_fd = posix.open("work/d", posix.O_RDONLY)
        print(sorted(posix.listdir(dir_fd)), posix.stat("z", dir_fd=dir_fd).st_size)
        posix.unlink("hard", dir_fd=dir_fd)
        posix.close(dir_fd)
        posix.remove("work/d/link")
        cwd = posix.getcwd()
        posix.chdir("work/d")
        print(posix.getcwd() == cwd + "/work/d", posix.getcwdb() == (cwd + "/work/d").encode(),
              sorted(posix.listdir()))
        posix.chdir(cwd)
        attempt(posix.rmdir, "work/d")
        attempt(posix.mkdir, "work/d")
        attempt(posix.rename, "work/nothing", "work/else")
        attempt(posix.link, "work/nothing", "work/else")
        attempt(posix.readlink, "work/d/z")
        attempt(posix.listdir, "work/d/z")
        attempt(posix.open, "work/d/nothing", posix.O_RDONLY)
        attempt(posix.unlink, b"work/nothing")
        attempt(posix.chdir, "work/nothing")
    """))


def test_scandir():
    same_as_host(snippet("""
        posix.mkdir("work/s")
        posix.mkdir("work/s/dir")
        posix.close(posix.open("work/s/file", posix.O_CREAT | posix.O_WRONLY))
        posix.symlink("file", "work/s/link")
        posix.symlink("dir", "work/s/dirlink")
        with posix.scandir("work/s") as it:
            print(type(it), iter(it) is it)
            entries = sorted(it, key=lambda entry: entry.name)
        for entry in entries:
            print(entry, entry.name, entry.path, posix.fspath(entry), entry.is_dir(),
                  entry.is_file(), entry.is_symlink(),
                  entry.is_dir(follow_symlinks=False), entry.is_file(follow_symlinks=False),
                  entry.inode() == entry.stat(follow_symlinks=False).st_ino,
                  entry.stat() is entry.stat(), entry.stat() == posix.stat(entry.path),
                  entry.stat(follow_symlinks=False) == posix.lstat(entry.path))
        print(sorted(e.name for e in posix.scandir(b"work/s")))
        print(sorted((e.name, e.path) for e in posix.scandir(b"work/s")))
        it = posix.scandir("work/s")
        next(it)
        it.close()
        it.close()
        print(list(it))
        print(type(entries[0]), type(entries[0]).__name__, type(entries[0]).__module__)
        try:
            posix.DirEntry()
        except TypeError as error:
            print(error)
        print(posix.DirEntry[str])
        try:
            posix.scandir("work/nothing")
        except FileNotFoundError as error:
            print(error, error.filename)
        cwd = posix.getcwd()
        posix.chdir("work/s")
        print(sorted(e.path for e in posix.scandir()))
        posix.chdir(cwd)
    """))


def test_path_arguments():
    same_as_host(snippet("""
        class PathLike:
            def __init__(self, path):
                self.path = path
            def __fspath__(self):
                return self.path
        class BadPathLike:
            def __fspath__(self):
                return 42
        class Index:
            def __index__(self):
                return 0
        print(posix.fspath("a"), posix.fspath(b"b"), posix.fspath(PathLike("c")),
              posix.fspath(PathLike(b"d")))
        s = "same"
        print(posix.fspath(s) is s)
        for bad in (1, None, [], PathLike(3), BadPathLike()):
            attempt(posix.fspath, bad)
        for func in (posix.stat, posix.lstat, posix.mkdir, posix.listdir, posix.unlink,
                     posix.chdir, posix.readlink, posix.access):
            for bad in ([], 1.5, BadPathLike(), "a\\0b", b"a\\0b", Index(), None):
                args = (bad, posix.F_OK) if func is posix.access else (bad,)
                attempt(func, *args)
        attempt(posix.stat, PathLike("work/nothing"))
        attempt(posix.stat, PathLike(b"work/nothing"))
        try:
            posix.stat(PathLike("work/nothing"))
        except OSError as error:
            print(type(error.filename).__name__, error.filename, error.errno, error.strerror)
        try:
            posix.rename("work/nothing", PathLike("work/other"))
        except OSError as error:
            print(error.filename, error.filename2, error.args)
        print(posix.stat(PathLike("work")).st_mode == posix.stat("work").st_mode)
        attempt(posix.stat, "work", dir_fd="x")
        attempt(lambda: type(posix.stat("work", follow_symlinks=[])))
        attempt(posix.stat)
        attempt(posix.stat, "work", bogus=1)
        attempt(posix.open, "work/x", "r")
        attempt(posix.read, 10000, 1)
        attempt(posix.close, 10000)
        attempt(posix.read, "x", 1)
        attempt(posix.read, 0, -1)
        attempt(posix.write, 10000, "text")
        attempt(posix.fstat, 10000)
        attempt(posix.lseek, 10000, 0, 0)
        attempt(posix.close, 2**40)
    """))


# Not there yet: sched_param needs its own type, wait3 and wait4 the
# resource module's struct_rusage.
NOT_YET = {"sched_param", "sched_getparam", "sched_setparam", "sched_setscheduler",
           "wait3", "wait4"}


def test_process_and_system_values():
    same_as_host("""
        import posix
        def same(func, *args):
            a, b = func(*args), func(*args)
            return a == b, type(a).__name__
        for func in (posix.getpid, posix.getppid, posix.getuid, posix.geteuid, posix.getgid,
                     posix.getegid, posix.getpgrp, posix.cpu_count, posix.getcwd):
            print(func.__name__, same(func))
        u = posix.uname()
        print(type(u), len(u), u.sysname, [type(x).__name__ for x in u],
              u == tuple(u), posix.uname_result.__match_args__)
        t = posix.times()
        print(type(t), len(t), [type(x).__name__ for x in t])
        old = posix.umask(0o22)
        print(posix.umask(old), posix.umask(old) == old)
        print(len(posix.urandom(16)), type(posix.urandom(0)), posix.urandom(0))
        print([posix.strerror(code) for code in (1, 2, 13, 17)])
        print(posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9),
              posix.WIFEXITED(256), posix.WEXITSTATUS(256), posix.WIFSIGNALED(9),
              posix.WTERMSIG(9), posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f),
              posix.WCOREDUMP(0x80 | 6), posix.WIFCONTINUED(0xffff))
        r, w = posix.pipe()
        print(posix.get_inheritable(r), posix.get_blocking(r), posix.isatty(r))
        posix.set_inheritable(r, True)
        posix.set_blocking(r, False)
        print(posix.get_inheritable(r), posix.get_blocking(r))
        try:
            posix.read(r, 1)
        except BlockingIOError as error:
            print(type(error).__name__, error.errno)
        try:
            posix.get_terminal_size(r)
        except OSError as error:
            print(type(error).__name__, error)
        print(posix.device_encoding(r))
        posix.close(r)
        posix.close(w)
        print(posix.sysconf("SC_PAGESIZE") == posix.sysconf(posix.sysconf_names["SC_PAGESIZE"]))
        print(sorted(posix.sysconf_names.items())[:5], len(posix.sysconf_names),
              len(posix.confstr_names), len(posix.pathconf_names))
        print(posix.confstr("CS_PATH"))
        try:
            posix.sysconf("NOPE")
        except ValueError as error:
            print(error)
        constants = sorted(n for n in dir(posix) if n[:1].isupper() and
                           type(getattr(posix, n)) is int)
        print(constants)
        print([getattr(posix, n) for n in constants])
        print(sorted(posix._have_functions))
        print(posix.error is OSError, type(posix.environ).__name__,
              all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
        print(posix.environ[b"GLASS_TEST_VARIABLE"])
        posix.putenv("GLASS_TEST_VARIABLE", "changed")
        posix.unsetenv(b"GLASS_TEST_OTHER")
        print(posix.environ[b"GLASS_TEST_VARIABLE"], b"GLASS_TEST_OTHER" in posix.environ)
        for bad in (("A=B", "x"), ("", "x"), ("A\\0", "x"), (1, "x")):
            try:
                posix.putenv(*bad)
            except Exception as error:
                print(type(error).__name__, error)
        print(posix.__doc__)
        print(sorted(n for n in dir(posix) if not n[:1].isupper() and not n.startswith("__")
                     and n not in NOT_YET))
    """.replace("NOT_YET", repr(NOT_YET)),
        env={"GLASS_TEST_VARIABLE": "value", "GLASS_TEST_OTHER": "other"})


def test_fork_and_wait():
    same_as_host("""
        import posix
        def before():
            print("before")
        def parent():
            print("after in parent")
        posix.register_at_fork(before=before, after_in_parent=parent,
                               after_in_child=lambda: None)
        try:
            posix.register_at_fork()
        except TypeError as error:
            print(error)
        try:
            posix.register_at_fork(before=1)
        except TypeError as error:
            print(error)
        r, w = posix.pipe()
        pid = posix.fork()
        if pid == 0:
            posix.close(r)
            posix.write(w, b"from the child")
            posix._exit(7)
        posix.close(w)
        print(posix.read(r, 100))
        posix.close(r)
        done, status = posix.waitpid(pid, 0)
        print(done == pid, posix.waitstatus_to_exitcode(status), posix.WEXITSTATUS(status))
        try:
            posix.waitpid(pid, posix.WNOHANG)
        except ChildProcessError as error:
            print(error)
        try:
            posix.kill(pid, 0)
        except ProcessLookupError as error:
            print(error)
        class Environment:
            def keys(self):
                return ["CODE"]
            def values(self):
                return ["9"]
            def __len__(self):
                return 1
            def __getitem__(self, key):
                return "9"
        for env in ({"CODE": "8"}, {b"CODE": b"4"}, Environment()):
            pid = posix.fork()
            if pid == 0:
                posix.execve("/bin/sh", ["sh", "-c", "exit $CODE"], env)
            print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
        pid = posix.fork()
        if pid == 0:
            posix.execv(b"/bin/sh", (b"sh", "-c", "exit 2"))
        print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
        class NoLength(Environment):
            __len__ = None
        class NoValues:
            def __len__(self):
                return 1
            def keys(self):
                return ["A"]
            def __getitem__(self, key):
                return "x"
        for bad in (("/bin/sh", [], {}), ("/bin/sh", "sh", {}), ("/bin/sh", ["sh"], 1),
                    ("/bin/sh", ["sh"], NoLength()), ("/bin/sh", ["sh"], NoValues()),
                    ("/bin/sh", ["sh"], {1: "x"}), ("/bin/sh", ["sh"], {"A=B": "x"}),
                    ("/bin/sh", ["sh", 1], {})):
            try:
                posix.execve(*bad)
            except Exception as error:
                print(type(error).__name__, error)
        def failing():
            raise KeyError("hook")
        posix.register_at_fork(before=failing)
        pid = posix.fork()
        if pid == 0:
            posix._exit(0)
        print(posix.waitpid(pid, 0)[1])
    """)


def test_vectored_io_and_spawn():
    same_as_host(snippet("""
        fd = posix.open("work/v", posix.O_RDWR | posix.O_CREAT)
        print(posix.writev(fd, [b"abc", bytearray(b"defg"), b""]))
        print(posix.pwritev(fd, [b"XY"], 1))
        a, b = bytearray(2), bytearray(10)
        print(posix.lseek(fd, 0, 0), posix.readv(fd, [a, b]), a, b)
        c = bytearray(3)
        print(posix.preadv(fd, [c], 2), c, posix.pread(fd, 4, 1), posix.pwrite(fd, b"!", 0))
        print(posix.pread(fd, 100, 0))
        try:
            posix.readv(fd, [b"immutable"])
        except TypeError as error:
            print(error)
        posix.close(fd)
        pid = posix.posix_spawn("/bin/sh", ["sh", "-c", "exit 5"], {"A": "1"})
        print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
        pid = posix.posix_spawnp("sh", ["sh", "-c", "exit 6"], {b"PATH": b"/bin:/usr/bin"},
                                 setsid=True)
        print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
        try:
            posix.posix_spawn("work/nothing", ["x"], {})
        except OSError as error:
            print(type(error).__name__, error.errno, error.filename)
    """))


def test_wait3_wait4_rusage():
    same_as_host('''
import os, resource
pid = os.fork()
if pid == 0:
    os._exit(3)
wpid, status, usage = os.wait4(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status), type(usage), isinstance(usage, resource.struct_rusage), len(usage), usage.ru_maxrss >= 0)
pid = os.fork()
if pid == 0:
    os._exit(4)
wpid, status, usage = os.wait3(0)
print(wpid == pid, os.waitstatus_to_exitcode(status), type(usage).__name__)
for call in (lambda: os.wait3(), lambda: os.wait4(1), lambda: os.wait3('x'), lambda: os.wait4(-1, os.WNOHANG)):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(os.wait3.__text_signature__, os.wait4.__doc__.splitlines()[0])
''')


def test_bytes_like_paths_warn_and_scandir_warns_unclosed():
    same_as_host(r"""
import gc, os, tempfile, warnings
directory = tempfile.mkdtemp()
for name in ("a", "b"):
    open(os.path.join(directory, name), "w").close()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(sorted(os.listdir(bytearray(os.fsencode(directory)))))
    print(len(list(os.scandir(memoryview(os.fsencode(directory))))))
    os.stat(bytearray(os.fsencode(directory)))
    iterator = os.scandir(directory)
    next(iterator)
    del iterator
    gc.collect()
    iterator = os.scandir(directory)
    list(iterator)
    del iterator
    for warning in caught:
        print(warning.category.__name__, str(warning.message).split(" object at")[0])
for name in ("a", "b"):
    os.remove(os.path.join(directory, name))
os.rmdir(directory)
""")


def test_forkpty_runs_the_fork_hooks():
    same_as_host(r"""
import os
os.register_at_fork(before=lambda: print("before", flush=True),
                    after_in_parent=lambda: print("parent", flush=True),
                    after_in_child=lambda: print("child hook", flush=True))
pid, fd = os.forkpty()
if pid == 0:
    print("in child", flush=True)
    os._exit(0)
data = b""
while True:
    try:
        chunk = os.read(fd, 100)
    except OSError:                     # EIO: the child's side closed
        break
    if not chunk:
        break
    data += chunk
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), data.replace(b"\r\n", b"\n"))
""")


def test_a_path_the_filesystem_encoding_refuses_is_a_unicode_encode_error():
    same_as_host(r"""
import os
for call in (os.stat, os.listdir, os.lstat, os.path.getsize, os.path.exists, os.chdir,
             os.mkdir, lambda p: os.rename(p, 'x'), os.unlink):
    try:
        print(call('/tmp/\udfffab'))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'object', None) == '/tmp/\udfffab')
""")
