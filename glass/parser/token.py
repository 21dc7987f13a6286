"""Token types: the numbers and names of CPython 3.11's tokens.

Counterpart: Grammar/Tokens (generated into Lib/token.py, Include/token.h
and Parser/token.c).

The numbers are part of the interface: the parser's generated tables, the
`-e` output of `glass tokens` and the guest's `token` module all use them,
so they follow 3.11 exactly.  Types 0-53 are what the C tokenizer hands to
the parser; OP (54) is the one type `Lib/tokenize.py` gives every operator;
ERRORTOKEN, COMMENT, NL and ENCODING exist only for `Lib/tokenize.py`.
"""
from __future__ import annotations

# ORDER TOKEN: the rows of Grammar/Tokens, numbered in file order.
_TOKEN_NAMES = (
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
    "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT",
    "PERCENT", "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL",
    "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT",
    "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
    "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL",
    "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH",
    "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL",
    "OP", "AWAIT", "ASYNC", "TYPE_IGNORE", "TYPE_COMMENT", "SOFT_KEYWORD",
    # Not produced by the C tokenizer; Lib/tokenize.py needs them.
    "ERRORTOKEN", "COMMENT", "NL", "ENCODING",
)

ENDMARKER = 0
NAME = 1
NUMBER = 2
STRING = 3
NEWLINE = 4
INDENT = 5
DEDENT = 6
LPAR = 7
RPAR = 8
LSQB = 9
RSQB = 10
COLON = 11
COMMA = 12
SEMI = 13
PLUS = 14
MINUS = 15
STAR = 16
SLASH = 17
VBAR = 18
AMPER = 19
LESS = 20
GREATER = 21
EQUAL = 22
DOT = 23
PERCENT = 24
LBRACE = 25
RBRACE = 26
EQEQUAL = 27
NOTEQUAL = 28
LESSEQUAL = 29
GREATEREQUAL = 30
TILDE = 31
CIRCUMFLEX = 32
LEFTSHIFT = 33
RIGHTSHIFT = 34
DOUBLESTAR = 35
PLUSEQUAL = 36
MINEQUAL = 37
STAREQUAL = 38
SLASHEQUAL = 39
PERCENTEQUAL = 40
AMPEREQUAL = 41
VBAREQUAL = 42
CIRCUMFLEXEQUAL = 43
LEFTSHIFTEQUAL = 44
RIGHTSHIFTEQUAL = 45
DOUBLESTAREQUAL = 46
DOUBLESLASH = 47
DOUBLESLASHEQUAL = 48
AT = 49
ATEQUAL = 50
RARROW = 51
ELLIPSIS = 52
COLONEQUAL = 53
OP = 54
AWAIT = 55
ASYNC = 56
TYPE_IGNORE = 57
TYPE_COMMENT = 58
SOFT_KEYWORD = 59
ERRORTOKEN = 60
COMMENT = 61
NL = 62
ENCODING = 63
N_TOKENS = 64
NT_OFFSET = 256     # parser non-terminals are numbered from here

tok_name = dict(enumerate(_TOKEN_NAMES))
tok_name[N_TOKENS] = "N_TOKENS"
tok_name[NT_OFFSET] = "NT_OFFSET"

# The operators and delimiters, spelled as in source.  Lib/token.py calls
# this EXACT_TOKEN_TYPES; Parser/token.c turns the same rows into the
# switch statements PyToken_OneChar, PyToken_TwoChars, PyToken_ThreeChars.
EXACT_TOKEN_TYPES = {
    "!=": NOTEQUAL, "%": PERCENT, "%=": PERCENTEQUAL, "&": AMPER,
    "&=": AMPEREQUAL, "(": LPAR, ")": RPAR, "*": STAR, "**": DOUBLESTAR,
    "**=": DOUBLESTAREQUAL, "*=": STAREQUAL, "+": PLUS, "+=": PLUSEQUAL,
    ",": COMMA, "-": MINUS, "-=": MINEQUAL, "->": RARROW, ".": DOT,
    "...": ELLIPSIS, "/": SLASH, "//": DOUBLESLASH, "//=": DOUBLESLASHEQUAL,
    "/=": SLASHEQUAL, ":": COLON, ":=": COLONEQUAL, ";": SEMI, "<": LESS,
    "<<": LEFTSHIFT, "<<=": LEFTSHIFTEQUAL, "<=": LESSEQUAL, "=": EQUAL,
    "==": EQEQUAL, ">": GREATER, ">=": GREATEREQUAL, ">>": RIGHTSHIFT,
    ">>=": RIGHTSHIFTEQUAL, "@": AT, "@=": ATEQUAL, "[": LSQB, "]": RSQB,
    "^": CIRCUMFLEX, "^=": CIRCUMFLEXEQUAL, "{": LBRACE, "|": VBAR,
    "|=": VBAREQUAL, "}": RBRACE, "~": TILDE,
}


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER


def is_operator(type_):
    """True for the exact operator types LPAR..COLONEQUAL and OP itself."""
    return LPAR <= type_ <= OP
