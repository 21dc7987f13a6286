"""Where the guest's Python lives: sys.executable, the prefixes, the module search path.

Counterpart: Modules/getpath.py (which Modules/getpath.c runs at start-up).

CPython takes its executable from argv[0], then looks for a pyvenv.cfg one
directory above it or beside it; that file's `home` names the directory of
the Python the virtual environment was made from, and the prefix is found
by walking up from there (or from the real executable's directory) to a
directory holding lib/python3.11/os.py.  getpath only notices the virtual
environment: site.py activates it (sys.prefix, sys._home, its site-packages).

Glass follows the same rules.  Its own executable is a launcher script
(glass/vm/launcher.py) kept in Glass's __pycache__, where no stdlib lies:
from there, the prefix is the one of the stdlib Glass chose
(glass/tools/stdlib.py), as a CPython build falls back to its compiled-in
PREFIX.  A copy of the launcher elsewhere searches up as CPython's binary does.
"""
from __future__ import annotations

import os

from glass import GUEST_VERSION

STDLIB_SUBDIR = os.path.join("lib", "python%d.%d" % GUEST_VERSION[:2])
STDLIB_LANDMARKS = (os.path.join(STDLIB_SUBDIR, "os.py"), os.path.join(STDLIB_SUBDIR, "os.pyc"))
PLATSTDLIB_LANDMARK = os.path.join(STDLIB_SUBDIR, "lib-dynload")
ZIP_LANDMARK = os.path.join("lib", "python%d%d.zip" % GUEST_VERSION[:2])
VENV_LANDMARK = "pyvenv.cfg"
DEFAULT_PROGRAM_NAME = "python%d" % GUEST_VERSION[0]


class PathConfig:
    """The values getpath.py writes back into PyConfig."""
    __slots__ = ("program_name", "executable", "base_executable", "home", "prefix",
                 "exec_prefix", "stdlib_dir", "platstdlib_dir", "module_search_paths",
                 "venv_prefix")


def path_config(interp):
    """The interpreter's path configuration, calculated on first use
    (_PyConfig_InitPathConfig), so sys and _testinternalcapi agree."""
    if interp.path_config is None:
        interp.path_config = calculate(interp.config)
    return interp.path_config


def calculate(config):
    """Counterpart: the body of Modules/getpath.py, for POSIX."""
    from glass.vm.launcher import guest_executable
    use_environment = not (getattr(config, "ignore_environment", False) or
                           getattr(config, "isolated", False))
    launcher = guest_executable()
    paths = PathConfig()
    paths.venv_prefix = None

    # --- executable: argv[0] when the launcher (or a link or copy of it)
    # started Glass; `python3 -m glass` has no executable of its own.
    program_name = getattr(config, "program_name", "") or ""
    executable = None
    if getattr(config, "launched", False):
        executable = _executable_from(program_name)
    if not executable:
        executable = program_name = launcher
    paths.program_name = program_name
    paths.executable = executable

    # --- home: $PYTHONHOME, else a virtual environment's pyvenv.cfg
    home = os.environ.get("PYTHONHOME") if use_environment else None
    base_executable = None
    executable_dir = None
    if not home:
        venv_prefix, venv_home = _read_pyvenv_cfg(executable)
        if venv_home is not None:
            paths.venv_prefix = venv_prefix
            executable_dir = venv_home
            base_executable = _venv_base_executable(executable, venv_home)
    paths.home = home or None
    paths.base_executable = base_executable = base_executable or executable
    real_executable = os.path.realpath(base_executable)
    if executable_dir is None:
        executable_dir = os.path.dirname(real_executable)

    # --- prefix, exec_prefix and the stdlib
    stdlib_dir = platstdlib_dir = None
    prefix = exec_prefix = None
    if home:
        prefix, had_delim, exec_prefix = home.partition(os.pathsep)
        if not had_delim:
            exec_prefix = prefix
    elif not _is_glass_build_dir(executable_dir, launcher):
        prefix = _search_up(executable_dir, STDLIB_LANDMARKS, os.path.isfile)
        if prefix:
            stdlib_dir = os.path.join(prefix, STDLIB_SUBDIR)
        exec_prefix = _search_up(executable_dir, (PLATSTDLIB_LANDMARK,), os.path.isdir)
    if not prefix or not exec_prefix:
        # Glass's PREFIX and EXEC_PREFIX: those of the stdlib it was told to
        # run or found on the host.
        from glass.modules.sys import guest_stdlib_dir
        if not prefix:
            stdlib_dir = guest_stdlib_dir()
            prefix = os.path.dirname(os.path.dirname(stdlib_dir))
        if not exec_prefix:
            platstdlib_dir = os.path.join(guest_stdlib_dir(), "lib-dynload")
            exec_prefix = os.path.dirname(os.path.dirname(guest_stdlib_dir()))
    paths.prefix, paths.exec_prefix = prefix, exec_prefix
    paths.stdlib_dir = stdlib_dir = stdlib_dir or os.path.join(prefix, STDLIB_SUBDIR)
    paths.platstdlib_dir = platstdlib_dir = (
        platstdlib_dir or os.path.join(exec_prefix, PLATSTDLIB_LANDMARK))

    # --- the module search path: PYTHONPATH, the zip, the stdlib, lib-dynload;
    # sys.path[0] is added when the program starts.
    search = []
    pythonpath = os.environ.get("PYTHONPATH") if use_environment else None
    if pythonpath:
        search += [os.path.abspath(p) for p in pythonpath.split(os.pathsep)]
    search.append(os.path.join(prefix, ZIP_LANDMARK))
    search.append(stdlib_dir)
    search.append(platstdlib_dir)
    paths.module_search_paths = search
    return paths


def _executable_from(program_name):
    """A program name with a slash is made absolute; a bare name is looked
    up on PATH, as the shell found it.  Neither resolves symlinks: a link's
    own path is sys.executable (its target is the base executable)."""
    if not program_name:
        return None
    if os.sep in program_name:
        return os.path.abspath(program_name)
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        candidate = os.path.join(directory, program_name)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def _read_pyvenv_cfg(executable):
    """(venv_prefix, home) from a pyvenv.cfg one level above the executable,
    else beside it; (None, None) outside a virtual environment.  As in
    getpath.py, a pyvenv.cfg above without `home` ends the search."""
    executable_dir = os.path.dirname(executable)
    lines = None
    for venv_prefix in (os.path.dirname(executable_dir), executable_dir):
        try:
            with open(os.path.join(venv_prefix, VENV_LANDMARK), encoding="utf-8",
                      errors="surrogateescape") as file:
                lines = file.read().splitlines()
            break
        except (FileNotFoundError, PermissionError, NotADirectoryError):
            continue
    for line in lines or ():
        key, had_equ, value = line.partition("=")
        if had_equ and key.strip().lower() == "home":
            return venv_prefix, value.strip()
    return None, None


def _venv_base_executable(executable, home):
    """The Python the venv was made from: where its link points, else the
    executable of the same name in `home`, else python3 or python3.11 there."""
    try:
        real = os.path.realpath(executable)
        if real != executable:
            return real
    except OSError:
        pass
    base = os.path.join(home, os.path.basename(executable))
    if not os.path.isfile(base):
        # Divergence: Glass's launcher is named `glass`, so a venv made with
        # --copies also finds it in `home`.
        from glass.vm.launcher import LAUNCHER_NAME
        for name in (DEFAULT_PROGRAM_NAME, "python%d.%d" % GUEST_VERSION[:2], LAUNCHER_NAME):
            candidate = os.path.join(home, name)
            if name != os.path.basename(executable) and os.path.isfile(candidate):
                return candidate
    return base


def _is_glass_build_dir(directory, launcher):
    """Is this the launcher's own directory, where Glass's PREFIX applies?
    (getpath.py's build-directory check plays this part for CPython.)"""
    launcher_dir = os.path.dirname(os.path.realpath(launcher))
    try:
        return os.path.samefile(directory, launcher_dir)
    except OSError:
        return os.path.realpath(directory) == launcher_dir


def _search_up(directory, landmarks, test):
    """Counterpart: search_up: the first of directory and its parents that
    holds one of the landmarks."""
    while directory:
        if any(test(os.path.join(directory, landmark)) for landmark in landmarks):
            return directory
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent
    return None
