"""The `glass` command: python3's command line, plus Glass's subcommands.

Counterpart: Modules/main.c (pymain_main, pymain_run_python),
Python/initconfig.c (config_parse_cmdline) and Python/getopt.c (_PyOS_GetOpt).

`glass` parses its arguments exactly as `python3` does: the same short and
long options, the same errors, the same exit statuses.  A first argument that
names a subcommand (`glass dis FILE`) runs that subcommand instead; anything
else, including `./dis`, is a program to run.
"""
from __future__ import annotations

import os
import sys

from glass import GUEST_VERSION, __version__

# Python/initconfig.c: the short options, getopt style (":" = takes an argument).
SHORT_OPTIONS = "bBc:dEhiIm:OPqRsStuvVW:xX:?"
# Long options: name -> takes an argument.
LONG_OPTIONS = {
    "check-hash-based-pycs": True,
    "help-all": False,
    "help-env": False,
    "help-xoptions": False,
}
CHECK_HASH_PYCS_MODES = ("default", "always", "never")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

NOT_IMPLEMENTED = "glass: running programs is not implemented yet"


class UsageError(Exception):
    """Bad command line: the message is printed, then the short usage; exit 2."""


class Config:
    """What the command line asked for.  Counterpart: PyConfig (the cmdline part)."""
    __slots__ = (
        "program_name", "bytes_warning", "dont_write_bytecode",
        "ignore_environment", "isolated", "inspect", "optimize", "quiet",
        "no_user_site", "no_site", "unbuffered", "verbose", "skip_first_line",
        "safe_path", "cmdline_warnoptions", "env_warnoptions", "xoptions", "check_hash_pycs_mode",
        "run_command", "run_module", "run_filename", "run_stdin", "argv",
        "version", "help", "launched",
    )

    def __init__(self, program_name="glass"):
        self.program_name = program_name
        self.bytes_warning = 0        # -b, -bb
        self.dont_write_bytecode = False   # -B
        self.ignore_environment = False    # -E
        self.isolated = False         # -I (implies -E -s -P)
        self.inspect = False          # -i
        self.optimize = 0             # -O, -OO
        self.quiet = False            # -q
        self.no_user_site = False     # -s
        self.no_site = False          # -S
        self.unbuffered = False       # -u
        self.verbose = 0              # -v, -vv
        self.skip_first_line = False  # -x
        self.safe_path = False        # -P
        self.cmdline_warnoptions = []  # -W, in order
        self.env_warnoptions = []     # PYTHONWARNINGS, in order
        self.xoptions = {}            # -X name[=value], in order (sys._xoptions)
        self.check_hash_pycs_mode = "default"
        self.run_command = None       # -c: the source, with "\n" appended
        self.run_module = None        # -m
        self.run_filename = None      # FILE
        self.run_stdin = False        # `-`, or no program at all
        self.argv = [""]              # the guest's sys.argv
        self.version = 0              # -V, -VV
        self.help = None              # None, or which help text to print
        # Started by glass/vm/launcher.py's script, whose path (or a link's
        # or copy's) is argv[0]: glass/vm/getpath.py takes sys.executable from it.
        self.launched = False

    @property
    def dev_mode(self):
        return "dev" in self.xoptions

    @property
    def warnoptions(self):
        """sys.warnoptions.  Counterpart: config_init_warnoptions.

        The warnings module gives the last filter the highest priority, so
        the list runs from weakest to strongest: the dev-mode filter, then
        PYTHONWARNINGS, then -W, then -b's BytesWarning filter.
        """
        options = ["default"] if self.dev_mode else []
        options += self.env_warnoptions + self.cmdline_warnoptions
        if self.bytes_warning:
            options.append("error::BytesWarning" if self.bytes_warning > 1
                           else "default::BytesWarning")
        return options

    @property
    def compiler(self):
        """Where code objects come from: -X compiler=host|glass."""
        from glass.compiler import default_compiler
        return self.xoptions.get("compiler") or default_compiler()


# --- Python/getopt.c -----------------------------------------------------------

def parse_command_line(argv, program_name="glass"):
    """Counterpart: config_parse_cmdline.  argv excludes the program name."""
    config = Config(program_name)
    index = 0        # the next argument to read (getopt's optind)
    rest = ""        # the unread letters of a cluster such as -OOv
    while True:
        if not rest:
            if index >= len(argv):
                break
            arg = argv[index]
            if not arg.startswith("-") or arg == "-":
                break
            index += 1
            if arg == "--":
                break
            if arg == "--help":
                config.help = "usage"
                continue
            if arg == "--version":
                config.version += 1
                continue
            if arg.startswith("--"):
                index = _parse_long_option(config, argv, index, arg)
                continue
            rest = arg[1:]
        option, rest = rest[0], rest[1:]
        if option == "J":
            raise UsageError("-J is reserved for Jython")
        if option not in SHORT_OPTIONS or option == ":":
            raise UsageError("Unknown option: -%s" % option)
        value = None
        if SHORT_OPTIONS[SHORT_OPTIONS.index(option) + 1:][:1] == ":":
            if rest:
                value, rest = rest, ""
            elif index < len(argv):
                value = argv[index]
                index += 1
            else:
                raise UsageError("Argument expected for the -%s option" % option)
        if option == "c":
            # Everything after -c CMD belongs to the program, as with -m.
            config.run_command = value + "\n"
            config.argv = ["-c"] + argv[index:]
            return config
        if option == "m":
            config.run_module = value
            config.argv = ["-m"] + argv[index:]
            return config
        _apply_short_option(config, option, value)

    if index < len(argv) and argv[index] != "-":
        config.run_filename = os.path.abspath(argv[index])
        config.argv = argv[index:]
    else:
        config.run_stdin = True
        config.argv = argv[index:] or [""]
    return config


def read_environment(config, environ):
    """Counterpart: config_read_env_vars: the PYTHON* variables, unless -E/-I."""
    if config.ignore_environment:
        return config

    def flag(name, current):
        # _Py_get_env_flag: a number sets the level, anything else means 1;
        # the variable never lowers what the command line asked for.
        value = environ.get(name)
        if not value:
            return current
        try:
            level = int(value)
        except ValueError:
            level = 1
        return max(current, level if level >= 0 else 1)

    config.verbose = flag("PYTHONVERBOSE", config.verbose)
    config.optimize = flag("PYTHONOPTIMIZE", config.optimize)
    config.inspect = bool(flag("PYTHONINSPECT", int(config.inspect)))
    config.dont_write_bytecode |= bool(environ.get("PYTHONDONTWRITEBYTECODE"))
    config.no_user_site |= bool(environ.get("PYTHONNOUSERSITE"))
    config.unbuffered |= bool(environ.get("PYTHONUNBUFFERED"))
    config.safe_path |= bool(environ.get("PYTHONSAFEPATH"))
    config.env_warnoptions = [
        w for w in environ.get("PYTHONWARNINGS", "").split(",") if w]
    if environ.get("PYTHONDEVMODE"):
        config.xoptions.setdefault("dev", True)
    return config


def _parse_long_option(config, argv, index, arg):
    name = arg[2:]
    if name not in LONG_OPTIONS:
        raise UsageError("unknown option %s" % arg)
    if LONG_OPTIONS[name]:
        if index >= len(argv):
            # CPython's own wording, plural and all.
            raise UsageError("Argument expected for the %s options" % arg)
        value = argv[index]
        index += 1
        if value not in CHECK_HASH_PYCS_MODES:
            raise UsageError("--check-hash-based-pycs must be one of 'default', "
                             "'always', or 'never'")
        config.check_hash_pycs_mode = value
    else:
        config.help = name
    return index


def _apply_short_option(config, option, value):
    if option == "b":
        config.bytes_warning += 1
    elif option == "B":
        config.dont_write_bytecode = True
    elif option == "d":
        pass                              # parser debugging: debug builds only
    elif option == "E":
        config.ignore_environment = True
    elif option in "h?":
        config.help = "usage"
    elif option == "i":
        config.inspect = True
    elif option == "I":
        config.isolated = True
        config.ignore_environment = True
        config.no_user_site = True
        config.safe_path = True
    elif option == "O":
        config.optimize += 1
    elif option == "P":
        config.safe_path = True
    elif option == "q":
        config.quiet = True
    elif option == "R":
        pass                              # hash randomization is on anyway
    elif option == "s":
        config.no_user_site = True
    elif option == "S":
        config.no_site = True
    elif option == "t":
        pass                              # accepted and ignored, as in 3.11
    elif option == "u":
        config.unbuffered = True
    elif option == "v":
        config.verbose += 1
    elif option == "V":
        config.version += 1
    elif option == "W":
        config.cmdline_warnoptions.append(value)
    elif option == "x":
        config.skip_first_line = True
    elif option == "X":
        name, sep, setting = value.partition("=")
        config.xoptions[name] = setting if sep else True


# --- Modules/main.c --------------------------------------------------------------

def short_usage(program_name):
    return ("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Try `python -h' for more information.\n" % program_name)


def version_text(verbose):
    text = "Python %d.%d.%d" % GUEST_VERSION
    if verbose > 1:
        import platform
        text += " (Glass %s on %s %s)" % (
            __version__, platform.python_implementation(),
            platform.python_version())
    return text + "\n"


def validate_xoptions(config):
    """Check the -X options Glass itself reads; others pass to sys._xoptions."""
    compiler = config.compiler
    if compiler not in ("host", "glass"):
        return "glass: -X compiler must be 'host' or 'glass', not %r" % (compiler,)
    if compiler == "host":
        from glass.compiler import host_compiler_problem
        problem = host_compiler_problem()
        if problem:
            return "glass: -X compiler=host: %s" % problem
    return None


def main(argv=None, launched=False):
    """The console script, `python -m glass` and the launcher (launched=True):
    returns the exit status."""
    from_command_line = argv is None
    if argv is None:
        argv = sys.argv[1:]
    program_name = _program_name()
    # Subcommands are plain words: an option or a file name never imports
    # them (their module and argparse cost start-up about 15 ms).
    if argv and argv[0].isidentifier():
        from glass.tools.commands import SUBCOMMANDS
        if argv[0] in SUBCOMMANDS:
            return SUBCOMMANDS[argv[0]](argv[1:])
    try:
        config = parse_command_line(argv, program_name)
        config.launched = launched
    except UsageError as error:
        sys.stderr.write("%s\n%s" % (error, short_usage(program_name)))
        return EXIT_USAGE
    read_environment(config, os.environ)
    if config.help:
        from glass.tools.help import help_text
        sys.stdout.write(help_text(config.help, program_name))
        return EXIT_OK
    if config.version:
        sys.stdout.write(version_text(config.version))
        return EXIT_OK
    problem = validate_xoptions(config)
    if problem:
        sys.stderr.write(problem + "\n")
        return EXIT_USAGE
    from glass.run import run_program
    status = run_program(config)
    if from_command_line:
        exit_after_guest(status)
    return status


def exit_after_guest(status):
    """End the process once the guest's own finalization (pylifecycle.finalize)
    is done, without the host's: the host would then only free, one by one,
    the hundred thousand host objects that made the guest's heap, which no
    one can observe (Glass's objects have no host finalizers), for about 3%
    of a start-up.  The host's atexit functions still run and its streams
    are flushed; if anything is amiss, the host exits as usual."""
    import atexit
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_functions is None or not isinstance(status, int):
        return
    try:
        run_exit_functions()
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:        # an exit function failed, a closed pipe: the usual exit
        return
    os._exit(status & 0xFF)


def _program_name():
    """Counterpart: config->program_name, which CPython takes from argv[0]."""
    name = sys.argv[0] if sys.argv else ""
    if not name or os.path.basename(name) == "__main__.py":
        return "glass"
    return name
