"""The texts of `glass -h`, `--help-env`, `--help-xoptions` and `--help-all`.

Counterpart: the usage strings of Modules/main.c (usage_line, usage_help,
usage_envvars, usage_xoptions).  The options are python3's; the wording is
Glass's own, with Glass's additions (the subcommands, -X compiler=).
"""
from __future__ import annotations

USAGE_LINE = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

OPTIONS = """\
Options (and the environment variables that do the same):
-b     : warn about str(bytes), str(bytearray) and comparing bytes with str
         (-bb: make those errors)
-B     : don't write .pyc files on import (PYTHONDONTWRITEBYTECODE=x)
-c cmd : run the program given as a string (ends the option list)
-d     : parser debug output (only in debug builds of CPython; ignored)
-E     : ignore the PYTHON* environment variables
-h     : print this help and exit (also -? and --help)
-i     : inspect interactively after running the program (PYTHONINSPECT=x)
-I     : isolate from the user's environment (implies -E, -P and -s)
-m mod : run a library module as a script (ends the option list)
-O     : remove assert and __debug__-dependent statements (PYTHONOPTIMIZE=x)
-OO    : as -O, and also remove docstrings
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print the version and copyright at interactive start-up
-s     : don't add the user site directory to sys.path (PYTHONNOUSERSITE)
-S     : don't import the site module at start-up
-u     : unbuffered binary stdout and stderr (PYTHONUNBUFFERED=x)
-v     : trace import statements (PYTHONVERBOSE=x); -vv for more
-V     : print the Python version and exit (also --version); -VV for more
-W arg : warning control, action:message:category:module:lineno
         (PYTHONWARNINGS=arg)
-x     : skip the first line of the source (for non-Unix #! forms)
-X opt : an implementation-specific option; --help-xoptions lists them
--check-hash-based-pycs always|default|never:
         when to check hash-based .pyc files against their source
--help-env     : the environment variables
--help-xoptions: the -X options
--help-all     : all of the above
file   : the program to run (a .py file, a .pyc file, or a directory or
         zip file with a __main__.py)
-      : read the program from stdin (the default when stdin is not a terminal)
arg ...: what the program finds in sys.argv[1:]
"""

SUBCOMMANDS = """
Glass's own subcommands (a first argument naming one runs it; ./NAME runs a file):
glass tokens [-e] FILE   the tokens, as python3 -m tokenize prints them
glass ast [-a] [-m MODE] [-i N] [--no-type-comments] FILE
                         the syntax tree, as python3 -m ast prints it
glass dis FILE           the bytecode, as python3 -m dis prints it
glass compile FILE [-o OUT.pyc]
                         a .pyc that CPython 3.11 loads, as py_compile writes it
"""

ENVIRONMENT = """\
Environment variables:
PYTHONSTARTUP  : a file run before the first interactive prompt
PYTHONPATH     : directories (':'-separated) put in front of the module path
PYTHONHOME     : where the standard library lives
PYTHONSAFEPATH : don't prepend a potentially unsafe path to sys.path
PYTHONCASEOK   : ignore case in import statements (Windows)
PYTHONUTF8     : UTF-8 mode when set to 1
PYTHONIOENCODING: encoding[:errors] of stdin, stdout and stderr
PYTHONHASHSEED : 'random', or a number from 0 to 4294967295 that seeds str,
                 bytes and datetime hashes
PYTHONINTMAXSTRDIGITS: the limit on digits of int <-> str conversions
PYTHONWARNINGS, PYTHONOPTIMIZE, PYTHONVERBOSE, PYTHONUNBUFFERED,
PYTHONDONTWRITEBYTECODE, PYTHONINSPECT, PYTHONNOUSERSITE: as -W, -O, -v, -u,
                 -B, -i and -s
GLASS_STDLIB   : the CPython 3.11 Lib/ directory the guest runs
"""

XOPTIONS = """\
-X options (all of them reach the guest's sys._xoptions):
-X compiler=host|glass: where code objects come from: the host's compile()
         (a CPython 3.11 host only) or Glass's own compiler (the default)
-X dev : development mode
-X utf8: UTF-8 mode (-X utf8=0 turns it off)
-X int_max_str_digits=N: the limit on digits of int <-> str conversions
-X importtime, -X faulthandler, -X tracemalloc, -X showrefcount,
-X warn_default_encoding, -X no_debug_ranges, -X frozen_modules=on|off:
         as in CPython 3.11
"""


def help_text(which, program_name):
    """`which` is "usage" (-h), "help-env", "help-xoptions" or "help-all"."""
    head = USAGE_LINE % program_name
    if which == "help-env":
        return ENVIRONMENT
    if which == "help-xoptions":
        return XOPTIONS
    if which == "help-all":
        return head + OPTIONS + SUBCOMMANDS + "\n" + ENVIRONMENT + "\n" + XOPTIONS
    return head + OPTIONS + SUBCOMMANDS
