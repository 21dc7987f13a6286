"""The _stat module: the file mode constants and tests stat.py re-exports.

Counterpart: Modules/_stat.c.

The numbers are the platform's <sys/stat.h> values, taken from the host's
stat module; the functions are CPython's bit tests on a mode_t.
"""
from __future__ import annotations

import stat as host_stat

from glass.modules import builtin_module, function
from glass.objects.exceptions import operation_error, type_error
from glass.objects.object import decref

STAT_DOC = (
    "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\n"
    "S_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\n"
    "S_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\n"
    "S_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\n"
    "S_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\n"
    "S_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\n"
    "S_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\n"
    "S_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\n"
    "S_IRWXG: mask for group permissions\nS_IRGRP: read by group\n"
    "S_IWGRP: write by group\nS_IXGRP: execute by group\n"
    "S_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\n"
    "S_IWOTH: write by others\nS_IXOTH: execute by others\n\n"
    "UF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\n"
    "UF_APPEND: file may only be appended to\n"
    "UF_OPAQUE: directory is opaque when viewed through a union stack\n"
    "UF_NOUNLINK: file may not be renamed or deleted\n"
    "UF_COMPRESSED: OS X: file is hfs-compressed\n"
    "UF_HIDDEN: OS X: file should not be displayed\n"
    "SF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\n"
    "SF_APPEND: file may only be appended to\n"
    "SF_NOUNLINK: file may not be renamed or deleted\n"
    "SF_SNAPSHOT: file is a snapshot file\n\n"
    "ST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\n"
    "ST_MTIME\nST_CTIME\n\n"
    "FILE_ATTRIBUTE_*: Windows file attribute constants\n"
    "                   (only present on Windows)\n")

# The constants _stat.c defines on a POSIX system, in its order.
CONSTANT_NAMES = (
    "S_IFDIR", "S_IFCHR", "S_IFBLK", "S_IFREG", "S_IFIFO", "S_IFLNK", "S_IFSOCK",
    "S_IFDOOR", "S_IFPORT", "S_IFWHT", "S_ISUID", "S_ISGID", "S_ISVTX", "S_ENFMT",
    "S_IREAD", "S_IWRITE", "S_IEXEC", "S_IRWXU", "S_IRUSR", "S_IWUSR", "S_IXUSR",
    "S_IRWXG", "S_IRGRP", "S_IWGRP", "S_IXGRP", "S_IRWXO", "S_IROTH", "S_IWOTH",
    "S_IXOTH", "UF_NODUMP", "UF_IMMUTABLE", "UF_APPEND", "UF_OPAQUE", "UF_NOUNLINK",
    "UF_COMPRESSED", "UF_HIDDEN", "SF_ARCHIVED", "SF_IMMUTABLE", "SF_APPEND",
    "SF_NOUNLINK", "SF_SNAPSHOT", "ST_MODE", "ST_INO", "ST_DEV", "ST_NLINK", "ST_UID",
    "ST_GID", "ST_SIZE", "ST_ATIME", "ST_MTIME", "ST_CTIME")

S_IFMT_MASK = 0o170000
S_IFDIR, S_IFCHR, S_IFBLK = host_stat.S_IFDIR, host_stat.S_IFCHR, host_stat.S_IFBLK
S_IFREG, S_IFIFO, S_IFLNK = host_stat.S_IFREG, host_stat.S_IFIFO, host_stat.S_IFLNK
S_IFSOCK = host_stat.S_IFSOCK
# Solaris doors and event ports, BSD whiteouts: 0 where the system has none.
S_IFDOOR = S_IFPORT = S_IFWHT = 0
UNSIGNED_LONG_MAX = (1 << 64) - 1
MODE_T_MAX = (1 << 32) - 1


def mode_value(w_mode):
    """_PyLong_AsMode_t: PyLong_AsUnsignedLong, then a check that it fits mode_t."""
    from glass.objects.int import W_Int
    if not isinstance(w_mode, W_Int):
        raise type_error("an integer is required")
    value = w_mode.value
    if value < 0:
        raise operation_error("OverflowError", "can't convert negative value to unsigned int")
    if value > UNSIGNED_LONG_MAX:
        raise operation_error("OverflowError",
                              "Python int too large to convert to C unsigned long")
    if value > MODE_T_MAX:
        raise operation_error("OverflowError", "mode out of range")
    return value


def file_type_char(mode):
    """The first letter of filemode(): what kind of file the mode says."""
    kind = mode & S_IFMT_MASK
    for type_bits, char in ((S_IFREG, "-"), (S_IFDIR, "d"), (S_IFLNK, "l"),
                            (S_IFBLK, "b"), (S_IFCHR, "c"), (S_IFIFO, "p"),
                            (S_IFSOCK, "s")):
        if kind == type_bits:
            return char
    return "?"


def file_permission_chars(mode):
    """The nine rwx letters, with s/S and t/T for the setuid, setgid, sticky bits."""
    chars = []
    for shift, special_bit, set_char in ((6, 0o4000, "s"), (3, 0o2000, "s"),
                                         (0, 0o1000, "t")):
        bits = mode >> shift
        chars.append("r" if bits & 4 else "-")
        chars.append("w" if bits & 2 else "-")
        if mode & special_bit:
            chars.append(set_char if bits & 1 else set_char.upper())
        else:
            chars.append("x" if bits & 1 else "-")
    return "".join(chars)


def _is_type(w_mode, type_bits):
    from glass.objects.bool import new_bool
    mode = mode_value(w_mode)
    return new_bool(type_bits != 0 and mode & S_IFMT_MASK == type_bits)


@builtin_module("_stat", doc=STAT_DOC)
class StatModule:

    @function("(mode, /)", doc="S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory.")
    def S_ISDIR(w_mode):
        return _is_type(w_mode, S_IFDIR)

    @function("(mode, /)", doc="S_ISCHR(mode) -> bool\n\nReturn True if mode is from "
              "a character special device file.")
    def S_ISCHR(w_mode):
        return _is_type(w_mode, S_IFCHR)

    @function("(mode, /)", doc="S_ISBLK(mode) -> bool\n\nReturn True if mode is from "
              "a block special device file.")
    def S_ISBLK(w_mode):
        return _is_type(w_mode, S_IFBLK)

    @function("(mode, /)", doc="S_ISREG(mode) -> bool\n\nReturn True if mode is from "
              "a regular file.")
    def S_ISREG(w_mode):
        return _is_type(w_mode, S_IFREG)

    @function("(mode, /)", doc="S_ISFIFO(mode) -> bool\n\nReturn True if mode is from "
              "a FIFO (named pipe).")
    def S_ISFIFO(w_mode):
        return _is_type(w_mode, S_IFIFO)

    @function("(mode, /)", doc="S_ISLNK(mode) -> bool\n\nReturn True if mode is from "
              "a symbolic link.")
    def S_ISLNK(w_mode):
        return _is_type(w_mode, S_IFLNK)

    @function("(mode, /)", doc="S_ISSOCK(mode) -> bool\n\nReturn True if mode is from "
              "a socket.")
    def S_ISSOCK(w_mode):
        return _is_type(w_mode, S_IFSOCK)

    @function("(mode, /)", doc="S_ISDOOR(mode) -> bool\n\nReturn True if mode is from "
              "a door.")
    def S_ISDOOR(w_mode):
        return _is_type(w_mode, S_IFDOOR)

    @function("(mode, /)", doc="S_ISPORT(mode) -> bool\n\nReturn True if mode is from "
              "an event port.")
    def S_ISPORT(w_mode):
        return _is_type(w_mode, S_IFPORT)

    @function("(mode, /)", doc="S_ISWHT(mode) -> bool\n\nReturn True if mode is from "
              "a whiteout.")
    def S_ISWHT(w_mode):
        return _is_type(w_mode, S_IFWHT)

    @function("(mode, /)", doc="Return the portion of the file's mode that can be "
              "set by os.chmod().")
    def S_IMODE(w_mode):
        from glass.objects.int import new_int
        return new_int(mode_value(w_mode) & 0o7777)

    @function("(mode, /)", doc="Return the portion of the file's mode that describes "
              "the file type.")
    def S_IFMT(w_mode):
        from glass.objects.int import new_int
        return new_int(mode_value(w_mode) & S_IFMT_MASK)

    @function("(mode, /)", doc="Convert a file's mode to a string of the form "
              "'-rwxrwxrwx'")
    def filemode(w_mode):
        from glass.objects.str import new_str
        mode = mode_value(w_mode)
        return new_str(file_type_char(mode) + file_permission_chars(mode))

    @staticmethod
    def init_module(w_module):
        from glass.objects.int import new_int
        w_dict = w_module.w_dict
        values = {"S_IFDOOR": S_IFDOOR, "S_IFPORT": S_IFPORT, "S_IFWHT": S_IFWHT}
        for name in CONSTANT_NAMES:
            w_value = new_int(values[name] if name in values else getattr(host_stat, name))
            w_dict.setitem_str(name, w_value)
            decref(w_value)
