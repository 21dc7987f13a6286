"""`glass tokens [-e] FILE|-`: print a program's tokens as `python3 -m tokenize` does.

Counterpart: main() in Lib/tokenize.py (3.11).

The output is Lib/tokenize.py's, byte for byte: one line per token,
"1,0-1,5:            NAME           'print'" (the range padded to 20
characters, the type name to 15, then the repr of the string), with -e
naming operators by their exact type (LPAR rather than OP).  So are its
errors: "FILE:LINE:COL: error: MESSAGE" on stderr and exit status 1.  For a
file, every token is made before any is printed, so an error prints no
tokens; from stdin, tokens are printed as they come.
"""
from __future__ import annotations

import argparse
import sys

from glass.parser.token import tok_name
from glass.parser.tokenize_compat import TokenError, tokenize_bytes, tokenize_lines


def format_token(token, exact=False):
    """One output line: "%-20s%-15s%-15r" of range, type name and string."""
    token_type = token.exact_type if exact else token.type
    token_range = "%d,%d-%d,%d:" % (token.start + token.end)
    return "%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string)


def _stdin_lines():
    """The lines of stdin, and the error that stopped reading them, if any."""
    lines = []
    try:
        while True:
            line = sys.stdin.readline()
            if not line:
                return lines, None
            lines.append(line)
    except (UnicodeError, OSError) as err:
        return lines, err


def build_parser(prog):
    parser = argparse.ArgumentParser(prog=prog)
    # 3.9's argparse calls this group "optional arguments"; 3.11's, "options".
    parser._optionals.title = "options"
    parser.add_argument(dest="filename", nargs="?", metavar="filename.py",
                        help="the file to tokenize; defaults to stdin")
    parser.add_argument("-e", "--exact", dest="exact", action="store_true",
                        help="display token names using the exact type")
    return parser


def main(argv=None, prog="glass tokens"):
    """Run `glass tokens` with the arguments `argv`; return the exit status.

    `prog` names the command in usage messages; with prog="python -m
    tokenize" the usage and argument errors are those of `python3 -m
    tokenize` too.
    """
    parser = build_parser(prog)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 1
    stdout = sys.stdout

    def perror(message):
        sys.stderr.write(message)
        sys.stderr.write("\n")

    def error(message, filename=None, location=None):
        if location:
            perror("%s:%d:%d: error: %s" % ((filename,) + tuple(location) + (message,)))
        elif filename:
            perror("%s: error: %s" % (filename, message))
        else:
            perror("error: %s" % message)
        return 1

    filename = "<stdin>"
    try:
        # Divergence: `python3 -m tokenize -` opens a file named '-'; here
        # '-' means stdin, like no argument at all.
        if args.filename and args.filename != "-":
            filename = args.filename
            with open(filename, "rb") as f:
                data = f.read()
            tokens = list(tokenize_bytes(data, filename))
        else:
            lines, pending_error = _stdin_lines()
            tokens = tokenize_lines(lines, pending_error)
        for token in tokens:
            stdout.write(format_token(token, args.exact) + "\n")
    except IndentationError as err:
        line, column = err.args[1][1:3]
        return error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        return error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        return error(err, filename)
    except OSError as err:
        return error(err)
    except KeyboardInterrupt:
        stdout.write("interrupted\n\n")
        return 0
    except Exception as err:
        perror("unexpected error: %s" % err)
        # Divergence: Lib/tokenize.py re-raises here, so Python prints a
        # traceback through its own frames; Glass prints only its last line.
        perror("%s: %s" % (type(err).__name__, err))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
