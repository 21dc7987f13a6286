"""Start-up's paths: sys.executable, the prefixes and sys.path, in and out of a venv.

Counterpart: Modules/getpath.py (glass/vm/getpath.py), and Lib/site.py's
venv(), which activates what getpath found.  A virtual environment made by
python3 and one made by Glass (`-m venv --without-pip`) must look the same
from inside: the venv's python as sys.executable, the venv as sys.prefix, the
installation as sys.base_prefix, the link's target as sys._base_executable,
the venv's site-packages on sys.path.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from oracle import PYTHON311, REPO, _run, diff_runs, needs_python311

from glass.tools.stdlib import HOST_IS_CPYTHON_311

# Each venv's view, with its own paths replaced by names, so the two can be
# compared: VENV (the venv), BASE (sys.base_prefix), HOME (pyvenv.cfg's home).
VIEW = r"""
import os, sys, sysconfig
venv = os.path.dirname(os.path.dirname(os.path.abspath(sys.argv[0])))
cfg = {}
if os.path.exists(os.path.join(venv, 'pyvenv.cfg')):
    for line in open(os.path.join(venv, 'pyvenv.cfg')):
        key, _, value = line.partition('=')
        cfg[key.strip()] = value.strip()
def name(path):
    if path is None:
        return None
    for label, prefix in (('VENV', venv), ('BASE', sys.base_prefix)):
        if path == prefix or path.startswith(prefix + os.sep):
            return label + path[len(prefix):]
    return path
print('prefix', name(sys.prefix), name(sys.exec_prefix))
print('base_prefix', name(sys.base_prefix), name(sys.base_exec_prefix))
print('executable', name(sys.executable), os.path.basename(sys.executable))
print('base_executable is the link target',
      sys._base_executable == os.path.realpath(sys.executable))
print('base_executable in home',
      os.path.dirname(sys._base_executable) == cfg.get('home'))
print('_home', getattr(sys, '_home', 'unset') == cfg.get('home', 'unset'))
print('scheme', sysconfig.get_preferred_scheme('prefix'), sysconfig.get_default_scheme())
print('paths', name(sysconfig.get_paths()['purelib']), name(sysconfig.get_paths()['stdlib']))
print('path', [name(p) for p in sys.path[1:] if not p.startswith('__editable__')])
print('stdlib_dir', name(sys._stdlib_dir))
print('orig_argv', [name(a) for a in sys.orig_argv[:1]])
"""

needs_cpython311_host_prefix = pytest.mark.skipif(
    not HOST_IS_CPYTHON_311,
    reason="skipped because only on a CPython 3.11 host do Glass and python3 "
           "share one installation (base_prefix)")


def _glass_env():
    return {"PYTHONPATH": REPO}


def _make_venvs(directory, options=()):
    """A venv made by python3 and one made by Glass, both without pip."""
    host_venv = os.path.join(str(directory), "host")
    glass_venv = os.path.join(str(directory), "glass")
    subprocess.run([PYTHON311, "-m", "venv", "--without-pip"] + list(options) + [host_venv],
                   check=True)
    made = _run([sys.executable, "-m", "glass", "-S", "-m", "venv", "--without-pip"]
                + list(options) + [glass_venv], env=_glass_env(), timeout=300)
    assert made.status == 0, made
    return host_venv, glass_venv


def _compare(host_venv, glass_venv, directory, flags=(), exe="python"):
    script = os.path.join(str(directory), "view.py")
    with open(script, "w") as file:
        file.write(VIEW)
    runs = []
    for venv in (host_venv, glass_venv):
        # The view's argv[0] names the venv: a copy of the script in its bin/.
        copy = os.path.join(venv, "bin", "view.py")
        with open(copy, "w") as file:
            file.write(VIEW)
        runs.append(_run([os.path.join(venv, "bin", exe)] + list(flags) + [copy]))
    difference = diff_runs(*runs)
    assert not difference, difference
    assert runs[1].status == 0 and "VENV" in runs[1].stdout, runs[1]
    return runs[1].stdout


@pytest.fixture(scope="module")
def venvs(tmp_path_factory):
    if PYTHON311 is None:
        pytest.skip("needs a python3.11 executable as the oracle")
    directory = tmp_path_factory.mktemp("venvs")
    return directory, _make_venvs(directory)


@needs_python311
@needs_cpython311_host_prefix
def test_venv_made_by_glass_is_entered_as_python3_enters_its_own(venvs):
    directory, (host_venv, glass_venv) = venvs
    out = _compare(host_venv, glass_venv, directory)
    assert "prefix VENV VENV" in out and "scheme venv venv" in out
    assert "executable VENV/bin/python python" in out
    assert "VENV/lib/python3.11/site-packages" in out


@needs_python311
@needs_cpython311_host_prefix
def test_venv_without_site_keeps_the_base_prefix(venvs):
    # getpath only finds the venv; site.py moves sys.prefix into it.
    directory, (host_venv, glass_venv) = venvs
    out = _compare(host_venv, glass_venv, directory, flags=["-S"], exe="python3")
    assert "prefix BASE BASE" in out and "executable VENV/bin/python3" in out


@needs_python311
@needs_cpython311_host_prefix
def test_venv_with_system_site_packages(venvs):
    directory, (host_venv, glass_venv) = venvs
    for venv in (host_venv, glass_venv):
        cfg = os.path.join(venv, "pyvenv.cfg")
        with open(cfg) as file:
            text = file.read()
        with open(cfg, "w") as file:
            file.write(text.replace("include-system-site-packages = false",
                                    "include-system-site-packages = true"))
    try:
        out = _compare(host_venv, glass_venv, directory)
        assert "BASE/lib/python3.11/site-packages" in out
    finally:
        for venv in (host_venv, glass_venv):
            cfg = os.path.join(venv, "pyvenv.cfg")
            with open(cfg) as file:
                text = file.read()
            with open(cfg, "w") as file:
                file.write(text.replace("include-system-site-packages = true",
                                        "include-system-site-packages = false"))


@needs_python311
@needs_cpython311_host_prefix
def test_a_link_outside_a_venv_is_its_own_executable(tmp_path):
    # A symlink is sys.executable as named, its target the base executable
    # (no pyvenv.cfg: base_executable is the executable itself).
    from glass.vm.launcher import guest_executable
    runs = []
    for name, target in (("host", os.path.realpath(PYTHON311)),
                         ("glass", guest_executable())):
        bindir = tmp_path / name / "bin"
        bindir.mkdir(parents=True)
        link = bindir / "mypython"
        os.symlink(target, str(link))
        runs.append(_run([str(link), "-S", "-c",
                          "import sys, os\n"
                          "print(sys.executable == %r, sys._base_executable == %r)\n"
                          "print(sys.orig_argv[0] == %r)\n"
                          "print(os.path.basename(sys.prefix) == os.path.basename(sys.base_prefix))"
                          % (str(link), str(link), str(link))], env=_glass_env()))
    difference = diff_runs(*runs)
    assert not difference, difference
    assert runs[1].stdout.split() == ["True"] * 4, runs[1]


def test_getpath_reads_pyvenv_cfg_above_or_beside_the_executable(tmp_path):
    from glass.vm.getpath import _read_pyvenv_cfg
    bindir = tmp_path / "env" / "bin"
    bindir.mkdir(parents=True)
    executable = str(bindir / "python")
    assert _read_pyvenv_cfg(executable) == (None, None)
    (bindir / "pyvenv.cfg").write_text("home = /beside\n")
    assert _read_pyvenv_cfg(executable) == (str(bindir), "/beside")
    # The one above wins; without `home` it ends the search (getpath.py's rule).
    (tmp_path / "env" / "pyvenv.cfg").write_text("Home=/above\n")
    assert _read_pyvenv_cfg(executable) == (str(tmp_path / "env"), "/above")
    (tmp_path / "env" / "pyvenv.cfg").write_text("version = 3.11\n")
    assert _read_pyvenv_cfg(executable) == (None, None)


def test_getpath_searches_up_from_a_copied_executable(tmp_path):
    # Outside Glass's own directory the prefix is where lib/python3.11/os.py
    # is, above the executable (test_venv's non-installed Python does this).
    from glass.main import Config
    from glass.vm.getpath import calculate
    from glass.vm.launcher import guest_executable
    libdir = tmp_path / "lib" / "python3.11"
    (libdir / "lib-dynload").mkdir(parents=True)
    (libdir / "os.py").write_text("")
    (tmp_path / "bin").mkdir()
    copy = tmp_path / "bin" / "glass"
    with open(guest_executable()) as source:
        copy.write_text(source.read())
    config = Config(str(copy))
    config.launched = True
    config.ignore_environment = True
    paths = calculate(config)
    assert (paths.executable, paths.base_executable) == (str(copy), str(copy))
    assert paths.prefix == paths.exec_prefix == str(tmp_path)
    assert paths.module_search_paths == [
        str(tmp_path / "lib" / "python311.zip"), str(libdir), str(libdir / "lib-dynload")]


@needs_python311
def test_pythonpath_entries_are_made_absolute_and_empty_ones_are_the_cwd(tmp_path, monkeypatch):
    from glass.main import Config
    from glass.vm.getpath import calculate
    pythonpath = os.pathsep.join(["", "rel", "/abs", ""])
    host = subprocess.run([PYTHON311, "-S", "-c", "import sys; print(sys.path[1:5])"],
                          cwd=str(tmp_path), env={"PYTHONPATH": pythonpath},
                          stdout=subprocess.PIPE, universal_newlines=True, check=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", pythonpath)
    assert str(calculate(Config("glass")).module_search_paths[:4]) == host.stdout.strip()
