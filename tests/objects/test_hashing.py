"""str and bytes hashing against the host, for several PYTHONHASHSEEDs.

Counterpart: glass/objects/hashing.py (Python/pyhash.c, Python/bootstrap_hash.c).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from oracle import PYTHON311, needs_python311, same_as_host

from glass.objects import hashing

SAMPLES = ["", "a", "é", "€", "😀", "abcdefgh", "abcdefghi", "hello world!",
           "x" * 100, "a\udcff", "mixed é€😀", "ÿ", "Ā", "\uffff", "\U00010000"]
BYTES = [b"", b"a", b"12345678", b"123456789" * 7, bytes(range(256))]


def host_hashes(seed):
    """What python3.11 says under PYTHONHASHSEED=seed."""
    code = ("import json,sys; s=json.loads(sys.stdin.read());"
            "print(json.dumps([[hash(x) for x in s[0]], [hash(bytes(b)) for b in s[1]]]))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = str(seed)
    data = json.dumps([SAMPLES, [list(b) for b in BYTES]])
    done = subprocess.run([PYTHON311, "-c", code], input=data.encode("utf-8", "surrogatepass"),
                          stdout=subprocess.PIPE, env=env, check=True)
    return json.loads(done.stdout)


@needs_python311
@pytest.mark.parametrize("seed", [0, 1, 12345, 4294967295])
def test_siphash13_and_key_derivation_match_cpython(seed):
    k0, k1 = hashing.siphash_key(hashing.secret_from_seed(seed))
    ours_str = [hashing._signed(hashing.siphash13(k0, k1, hashing.unicode_bytes(s))) if s else 0
                for s in SAMPLES]
    ours_bytes = [hashing._signed(hashing.siphash13(k0, k1, b)) if b else 0 for b in BYTES]
    assert [ours_str, ours_bytes] == host_hashes(seed)


def test_seed_parsing():
    assert hashing.parse_hash_seed(None) is None
    assert hashing.parse_hash_seed("random") is None
    assert hashing.parse_hash_seed("0") == 0
    assert hashing.parse_hash_seed("4294967295") == 4294967295
    assert hashing.parse_hash_seed("4294967296") is None
    assert hashing.secret_from_seed(0) == bytes(24)
    assert len(hashing.secret_from_seed(None)) == 24


def test_the_unicode_kind_decides_the_bytes():
    assert hashing.unicode_bytes("aé") == "aé".encode("latin-1")
    assert hashing.unicode_bytes("a€") == "a€".encode("utf-16-le")
    assert hashing.unicode_bytes("a😀") == "a😀".encode("utf-32-le")


def test_pyc_source_hash_uses_the_same_siphash():
    from glass.bytecode import pyc
    assert pyc.siphash13 is hashing.siphash13


GUEST = """
print(hash('a'), hash(b'a'), hash('é'), hash('€'), hash('😀'), hash(''), hash(b''))
print(hash('hello world'), hash(('a', 1)), hash(frozenset(['a', 'b'])))
print({'one', 'two', 'three', 'four', 'five', 'six'})
"""


@pytest.mark.parametrize("seed", ["0", "31337"])
def test_guest_hashes(seed):
    same_as_host(GUEST, env={"PYTHONHASHSEED": seed})


@needs_python311
def test_pure_python_path_in_a_guest(tmp_path):
    """Glass's own SipHash (not the host's hash()) gives CPython's values: run
    Glass with its host shortcut disabled."""
    script = tmp_path / "probe.py"
    script.write_text("import sys\nprint([hash(s) for s in sys.argv[1:]])\n")
    driver = ("import runpy, sys\n"
              "from glass.objects import hashing\n"
              "hashing._host_hashes_like_guest = lambda seed: False\n"
              "sys.argv = ['glass', '-X', 'compiler=glass'] + sys.argv[1:]\n"
              "runpy.run_module('glass', run_name='__main__')\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "77"
    env["PYTHONPATH"] = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    words = ["a", "é", "€", "😀", "glass"]
    glass = subprocess.run([sys.executable, "-c", driver, str(script)] + words,
                           stdout=subprocess.PIPE, env=env)
    host = subprocess.run([PYTHON311, str(script)] + words, stdout=subprocess.PIPE, env=env)
    assert glass.stdout == host.stdout and host.stdout
