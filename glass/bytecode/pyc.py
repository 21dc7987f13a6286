""".pyc files: a 16-byte header, then a marshalled code object.

Counterpart: Lib/importlib/_bootstrap_external.py (pyc header) and
Lib/py_compile.py; run_pyc_file in Python/pythonrun.c for `python x.pyc`.

The header (PEP 552) is four little-endian 32-bit words:

    magic   MAGIC_NUMBER: 3495 for 3.11, then b'\\r\\n'
    flags   0: checked by the source's mtime and size;
            bit 0 set: checked by a hash of the source (bit 1: check it)
    mtime   source mtime (or, hash-based: the first half of the hash)
    size    source size  (or, hash-based: the second half of the hash)
"""
from __future__ import annotations

import os
import struct

from glass.bytecode import marshal
from glass.bytecode.code import Code, _is_host_code, code_differences
from glass.objects.hashing import siphash13

MAGIC_NUMBER_VALUE = 3495      # Lib/importlib/_bootstrap_external.py, 3.11
MAGIC_NUMBER = MAGIC_NUMBER_VALUE.to_bytes(2, "little") + b"\r\n"
RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, "little")   # _RAW_MAGIC_NUMBER
HEADER_SIZE = 16

FLAG_HASH_BASED = 0b01
FLAG_CHECK_SOURCE = 0b10

# --- What `python3.11 x.pyc` prints for a bad file ---------------------------
#
# run_pyc_file (Python/pythonrun.c) checks only the magic number, skips the
# other three header words (flags, mtime and size are never validated), and
# then reads one object; bytes after it are ignored.  Each case prints one
# line on stderr, "<type>: <message>", with no traceback, and exits with 1:
#
#   fewer than 4 bytes, or a magic number other than 3.11's
#   (another version's .pyc, random bytes, an empty file)
#                               RuntimeError: Bad magic number in .pyc file
#   the right magic, but fewer than 16 bytes in all
#                               EOFError: EOF read where not expected
#   a complete header, then no object, bad marshal data, or an object
#   that is not a code object   RuntimeError: Bad code object in .pyc file
#
# (Recorded from python3.11.7; tests/bytecode/test_pyc.py checks each case
# against a python3.11 subprocess.)  Python also runs a file whose name does
# not end in .pyc as a .pyc when its first two bytes are 3.11's magic number.

BAD_MAGIC = ("RuntimeError", "Bad magic number in .pyc file")
SHORT_HEADER = ("EOFError", "EOF read where not expected")
BAD_CODE = ("RuntimeError", "Bad code object in .pyc file")
PYC_ERROR_EXIT_STATUS = 1


class PycError(Exception):
    """A .pyc that `python3.11 x.pyc` refuses.

    str(error) is the message python prints after "<python_type>: ";
    `python_type` is the name of the exception type python shows.
    When the marshal data was bad, __cause__ holds the reader's error.
    """

    def __init__(self, case):
        python_type, message = case
        super().__init__(message)
        self.python_type = python_type

    @property
    def python_line(self):
        """The line python prints on stderr: "RuntimeError: Bad ..."."""
        return "%s: %s" % (self.python_type, self)


# --- Where py_compile puts a .pyc ---------------------------------------------

CACHE_TAG = "cpython-311"       # sys.implementation.cache_tag of CPython 3.11


def cache_path(source_path, optimization=0):
    """Counterpart: importlib.util.cache_from_source, for CPython 3.11's tag.

    `glass compile` writes .pyc files for CPython to load, so it uses
    CPython's tag (Glass's own import cache uses a tag of its own).
    """
    import os
    head, tail = os.path.split(source_path)
    base = tail.rpartition(".")[0] if "." in tail else tail
    name = base + "." + CACHE_TAG
    if optimization:
        name += ".opt-%d" % optimization
    return os.path.join(head, "__pycache__", name + ".pyc")


# --- Reading -------------------------------------------------------------------

def read_pyc(data_or_path):
    """The Code object of a .pyc, refused as `python3.11 x.pyc` refuses it.

    Takes the file's bytes or its path.  Counterpart: run_pyc_file.
    """
    data = _read_bytes(data_or_path)
    if data[:4] != MAGIC_NUMBER:
        raise PycError(BAD_MAGIC)
    if len(data) < HEADER_SIZE:
        raise PycError(SHORT_HEADER)
    try:
        code = marshal.loads(data[HEADER_SIZE:])
    except (ValueError, EOFError, TypeError, SystemError) as error:
        raise PycError(BAD_CODE) from error
    if not isinstance(code, Code):
        raise PycError(BAD_CODE)
    return code


def _read_bytes(data_or_path):
    if isinstance(data_or_path, (bytes, bytearray, memoryview)):
        return bytes(data_or_path)
    with open(data_or_path, "rb") as file:
        return file.read()


def read_header(data):
    """(flags, mtime, size) or (flags, source_hash) from a header.

    Counterpart: _classify_pyc's unpacking; no checks (see classify_pyc).
    """
    flags = _unpack_uint32(data[4:8])
    if flags & FLAG_HASH_BASED:
        return flags, data[8:16]
    return flags, _unpack_uint32(data[8:12]), _unpack_uint32(data[12:16])


def classify_pyc(data, name="<pyc>"):
    """Check a header as the import system does; return its flags.

    Counterpart: _classify_pyc.  These are import's errors (ImportError,
    EOFError), not what `python x.pyc` prints: that is read_pyc.
    """
    magic = data[:4]
    if magic != MAGIC_NUMBER:
        raise ImportError("bad magic number in %r: %r" % (name, magic))
    if len(data) < HEADER_SIZE:
        raise EOFError("reached EOF while reading pyc header of %r" % (name,))
    flags = _unpack_uint32(data[4:8])
    if flags & ~0b11:
        raise ImportError("invalid flags %r in %r" % (flags, name))
    return flags


def validate_timestamp_pyc(data, source_mtime, source_size, name="<pyc>"):
    """Counterpart: _validate_timestamp_pyc."""
    if _unpack_uint32(data[8:12]) != (int(source_mtime) & 0xFFFFFFFF):
        raise ImportError("bytecode is stale for %r" % (name,))
    if (source_size is not None and
            _unpack_uint32(data[12:16]) != (source_size & 0xFFFFFFFF)):
        raise ImportError("bytecode is stale for %r" % (name,))


def validate_hash_pyc(data, source_hash_bytes, name="<pyc>"):
    """Counterpart: _validate_hash_pyc."""
    if data[8:16] != source_hash_bytes:
        raise ImportError(
            "hash in bytecode doesn't match hash of source %r" % (name,))


# --- Writing -------------------------------------------------------------------

def pyc_bytes(code, mtime=0, source_size=0):
    """A timestamp-based .pyc.  Counterpart: _code_to_timestamp_pyc."""
    return (MAGIC_NUMBER + _pack_uint32(0) + _pack_uint32(mtime) +
            _pack_uint32(source_size) + marshal.dumps(code))


def pyc_bytes_hash(code, source_bytes, checked=True):
    """A hash-based .pyc (PEP 552).  Counterpart: _code_to_hash_pyc."""
    flags = FLAG_HASH_BASED | (FLAG_CHECK_SOURCE if checked else 0)
    return (MAGIC_NUMBER + _pack_uint32(flags) + source_hash(source_bytes) +
            marshal.dumps(code))


def write_pyc(code, path, source_mtime=0, source_size=0):
    """Write a timestamp-based .pyc.  Counterpart: py_compile.compile."""
    _write_atomic(path, pyc_bytes(code, source_mtime, source_size))


def write_pyc_hash(code, path, source_bytes, checked=True):
    """Write a hash-based .pyc."""
    _write_atomic(path, pyc_bytes_hash(code, source_bytes, checked))


def _write_atomic(path, data):
    """Counterpart: _write_atomic: a temporary file, then a rename, so that
    a reader never sees half a .pyc."""
    directory = os.path.dirname(path)
    if directory:
        os.makedirs(directory, exist_ok=True)
    temporary = "%s.%d.tmp" % (path, os.getpid())
    try:
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _pack_uint32(x):
    return (int(x) & 0xFFFFFFFF).to_bytes(4, "little")


def _unpack_uint32(data):
    return int.from_bytes(data, "little")


# --- The source hash: SipHash-1-3 keyed by the magic number --------------------

def source_hash(source_bytes, key=RAW_MAGIC_NUMBER):
    """8 bytes: importlib.util.source_hash.  Counterpart: _imp_source_hash_impl,
    which returns _Py_KeyedHash(key, source): SipHash-1-3 with the key
    (key, 0), packed little-endian (the byte order of the build machine)."""
    return struct.pack("<Q", siphash13(key, 0, bytes(source_bytes)))


# --- Sweep checks (need a CPython 3.11 host: the host's marshal is the oracle) --

def check_stdlib_pyc(path):
    """None if Glass reads a host-written .pyc as the host does, else a cause.

    Compares Glass's reader with the host's marshal.loads (through
    Code.from_host) field by field; when the host cannot read the data
    either, Glass must fail with the same error.  Only meaningful on a
    CPython 3.11 host.
    """
    import marshal as host_marshal     # the oracle, never Glass's reader
    with open(path, "rb") as file:
        data = file.read()
    if data[:4] != MAGIC_NUMBER:
        return "bad magic number %r" % (data[:4],)
    expected = _outcome(host_marshal.loads, data[HEADER_SIZE:])
    got = _outcome(marshal.loads, data[HEADER_SIZE:])
    if _is_host_code(expected):
        expected = Code.from_host(expected)
    if isinstance(got, Code) and isinstance(expected, Code):
        return _first_difference(got, expected)
    if isinstance(got, Code) or isinstance(expected, Code):
        return "Glass read %s, the host %s" % (_describe(got),
                                               _describe(expected))
    return None if _describe(got) == _describe(expected) else _describe(got)


def _outcome(loads, data):
    """What loads returns, or the exception it raises."""
    try:
        return loads(data)
    except Exception as error:         # the error is the outcome compared
        return error


def _describe(outcome):
    if isinstance(outcome, Exception):
        return "%s: %s" % (type(outcome).__name__, outcome)
    return "a %s" % type(outcome).__name__


def check_compiled_pyc(source_path, pyc_path):
    """None if a Glass-written .pyc holds what the host compiles, else a cause.

    Reads the .pyc with the host's marshal (after checking the magic
    number) and compares it with the host's compile(source, source_path,
    'exec'), field by field.  Only meaningful on a CPython 3.11 host.
    """
    import marshal as host_marshal
    with open(pyc_path, "rb") as file:
        data = file.read()
    if data[:4] != MAGIC_NUMBER:
        return "bad magic number %r" % (data[:4],)
    try:
        host_code = host_marshal.loads(data[HEADER_SIZE:])
    except Exception as error:       # any failure of the oracle is a cause
        return "%s: %s" % (type(error).__name__, error)
    if type(host_code).__name__ != "code":
        return "not a code object: %s" % type(host_code).__name__
    with open(source_path, "rb") as file:
        source = file.read()
    expected = Code.from_host(
        compile(source, source_path, "exec", dont_inherit=True))
    return _first_difference(Code.from_host(host_code), expected)


def _first_difference(got, expected):
    differences = code_differences(got, expected)
    if not differences:
        return None
    where, field = differences[0]
    more = " (+%d more)" % (len(differences) - 1) if len(differences) > 1 else ""
    return "%s differ in %s%s" % (field, where, more)
