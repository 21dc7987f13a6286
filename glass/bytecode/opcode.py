"""CPython 3.11's instruction set as one table.

Counterpart: Lib/opcode.py, Include/opcode.h, Include/internal/pycore_opcode.h
and the stack_effect() switch of Python/compile.c.

Every other list of opcodes in Glass (the handler table, dis, the assembler's
stack-depth pass) is derived from OPCODES below; anything that cannot be
derived and must stay in step is tagged `# ORDER OP`.

Pseudo-instructions of the compiler (SETUP_FINALLY, POP_BLOCK, JUMP, ...) never
reach bytecode and are not in this table; the compiler owns them.
"""
from __future__ import annotations

# What an instruction's oparg means (CPython's hasconst, hasname, ... lists).
ARG_NONE = None        # opcode < HAVE_ARGUMENT: the oparg byte is ignored
ARG_INT = "int"        # a plain number (a count, flags, an index into a table)
ARG_CONST = "const"    # index into co_consts
ARG_NAME = "name"      # index into co_names (LOAD_GLOBAL shifts it: bit 0 = push NULL)
ARG_LOCAL = "local"    # index into co_localsplusnames, a fast local
ARG_FREE = "free"      # index into co_localsplusnames, a cell or free variable
ARG_COMPARE = "compare"  # index into CMP_OP
ARG_JUMP = "jump"      # relative jump, in code units, from the next instruction

HAVE_ARGUMENT = 90
EXTENDED_ARG = 144
CACHE = 0

CMP_OP = ("<", "<=", "==", "!=", ">", ">=")

# BINARY_OP's oparg: (CPython's NB_* name, the operator it stands for).
NB_OPS = (                               # ORDER OP: Include/opcode.h NB_*
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"), ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"), ("NB_OR", "|"), ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="), ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="), ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="), ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="), ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="), ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="), ("NB_INPLACE_TRUE_DIVIDE", "/="),
    ("NB_INPLACE_XOR", "^="),
)

# FORMAT_VALUE's oparg (Include/ceval.h FVC_* and FVS_*).
FVC_MASK, FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII = 0x3, 0x0, 0x1, 0x2, 0x3
FVS_MASK, FVS_HAVE_SPEC = 0x4, 0x4

# MAKE_FUNCTION's oparg flags, in the order the values sit on the stack.
MAKE_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")


class OpInfo:
    """One row of the table: everything Glass knows about one opcode."""
    __slots__ = ("number", "name", "caches", "arg", "backward", "effect",
                 "family")

    def __init__(self, number, name, caches, arg, effect, backward=False,
                 family=None):
        self.number = number
        self.name = name
        self.caches = caches          # inline CACHE code units after it
        self.arg = arg                # one of the ARG_* kinds
        self.backward = backward      # a relative jump that goes backward
        self.effect = effect          # see stack_effect()
        self.family = family          # for a specialized form: its base name

    @property
    def has_arg(self):
        return self.number >= HAVE_ARGUMENT

    @property
    def is_jump(self):
        return self.arg == ARG_JUMP

    def __repr__(self):
        return "<OpInfo %d %s>" % (self.number, self.name)


def _op(number, name, effect, arg=ARG_NONE, caches=0, backward=False):
    return OpInfo(number, name, caches, arg, effect, backward)


def _make_function_effect(oparg):
    # One value popped for each flag: defaults, kwdefaults, annotations, closure.
    return -bin(oparg & 0x0F).count("1")


# The stack effect column: an int, a function of oparg, or a pair
# (effect when the jump is not taken, effect when it is).
OPCODES = [                                          # ORDER OP: Lib/opcode.py
    #   number name                            effect         arg / caches
    _op(0,   "CACHE",                          0),
    _op(1,   "POP_TOP",                        -1),
    _op(2,   "PUSH_NULL",                      1),
    _op(9,   "NOP",                            0),
    _op(10,  "UNARY_POSITIVE",                 0),
    _op(11,  "UNARY_NEGATIVE",                 0),
    _op(12,  "UNARY_NOT",                      0),
    _op(15,  "UNARY_INVERT",                   0),
    _op(25,  "BINARY_SUBSCR",                  -1, caches=4),
    _op(30,  "GET_LEN",                        1),
    _op(31,  "MATCH_MAPPING",                  1),
    _op(32,  "MATCH_SEQUENCE",                 1),
    _op(33,  "MATCH_KEYS",                     1),
    _op(35,  "PUSH_EXC_INFO",                  1),
    _op(36,  "CHECK_EXC_MATCH",                0),
    _op(37,  "CHECK_EG_MATCH",                 0),
    _op(49,  "WITH_EXCEPT_START",              1),
    _op(50,  "GET_AITER",                      0),
    _op(51,  "GET_ANEXT",                      1),
    _op(52,  "BEFORE_ASYNC_WITH",              1),
    _op(53,  "BEFORE_WITH",                    1),
    _op(54,  "END_ASYNC_FOR",                  -2),
    _op(60,  "STORE_SUBSCR",                   -3, caches=1),
    _op(61,  "DELETE_SUBSCR",                  -2),
    _op(68,  "GET_ITER",                       0),
    _op(69,  "GET_YIELD_FROM_ITER",            0),
    _op(70,  "PRINT_EXPR",                     -1),
    _op(71,  "LOAD_BUILD_CLASS",               1),
    _op(74,  "LOAD_ASSERTION_ERROR",           1),
    _op(75,  "RETURN_GENERATOR",               0),
    _op(82,  "LIST_TO_TUPLE",                  0),
    _op(83,  "RETURN_VALUE",                   -1),
    _op(84,  "IMPORT_STAR",                    -1),
    _op(85,  "SETUP_ANNOTATIONS",              0),
    _op(86,  "YIELD_VALUE",                    0),
    _op(87,  "ASYNC_GEN_WRAP",                 0),
    _op(88,  "PREP_RERAISE_STAR",              -1),
    _op(89,  "POP_EXCEPT",                     -1),
    # HAVE_ARGUMENT: from here on the oparg byte means something.
    _op(90,  "STORE_NAME",                     -1, ARG_NAME),
    _op(91,  "DELETE_NAME",                    0, ARG_NAME),
    _op(92,  "UNPACK_SEQUENCE",                lambda n: n - 1, ARG_INT, caches=1),
    _op(93,  "FOR_ITER",                       (1, -1), ARG_JUMP),
    _op(94,  "UNPACK_EX",                      lambda n: (n & 0xFF) + (n >> 8), ARG_INT),
    _op(95,  "STORE_ATTR",                     -2, ARG_NAME, caches=4),
    _op(96,  "DELETE_ATTR",                    -1, ARG_NAME),
    _op(97,  "STORE_GLOBAL",                   -1, ARG_NAME),
    _op(98,  "DELETE_GLOBAL",                  0, ARG_NAME),
    _op(99,  "SWAP",                           0, ARG_INT),
    _op(100, "LOAD_CONST",                     1, ARG_CONST),
    _op(101, "LOAD_NAME",                      1, ARG_NAME),
    _op(102, "BUILD_TUPLE",                    lambda n: 1 - n, ARG_INT),
    _op(103, "BUILD_LIST",                     lambda n: 1 - n, ARG_INT),
    _op(104, "BUILD_SET",                      lambda n: 1 - n, ARG_INT),
    _op(105, "BUILD_MAP",                      lambda n: 1 - 2 * n, ARG_INT),
    _op(106, "LOAD_ATTR",                      0, ARG_NAME, caches=4),
    _op(107, "COMPARE_OP",                     -1, ARG_COMPARE, caches=2),
    _op(108, "IMPORT_NAME",                    -1, ARG_NAME),
    _op(109, "IMPORT_FROM",                    1, ARG_NAME),
    _op(110, "JUMP_FORWARD",                   0, ARG_JUMP),
    _op(111, "JUMP_IF_FALSE_OR_POP",           (-1, 0), ARG_JUMP),
    _op(112, "JUMP_IF_TRUE_OR_POP",            (-1, 0), ARG_JUMP),
    _op(114, "POP_JUMP_FORWARD_IF_FALSE",      -1, ARG_JUMP),
    _op(115, "POP_JUMP_FORWARD_IF_TRUE",       -1, ARG_JUMP),
    # LOAD_GLOBAL's low bit asks for a NULL pushed before the global.
    _op(116, "LOAD_GLOBAL",                    lambda n: (n & 1) + 1, ARG_NAME, caches=5),
    _op(117, "IS_OP",                          -1, ARG_INT),
    _op(118, "CONTAINS_OP",                    -1, ARG_INT),
    _op(119, "RERAISE",                        -1, ARG_INT),
    _op(120, "COPY",                           1, ARG_INT),
    _op(122, "BINARY_OP",                      -1, ARG_INT, caches=1),
    _op(123, "SEND",                           (0, -1), ARG_JUMP),
    _op(124, "LOAD_FAST",                      1, ARG_LOCAL),
    _op(125, "STORE_FAST",                     -1, ARG_LOCAL),
    _op(126, "DELETE_FAST",                    0, ARG_LOCAL),
    _op(128, "POP_JUMP_FORWARD_IF_NOT_NONE",   -1, ARG_JUMP),
    _op(129, "POP_JUMP_FORWARD_IF_NONE",       -1, ARG_JUMP),
    _op(130, "RAISE_VARARGS",                  lambda n: -n, ARG_INT),
    _op(131, "GET_AWAITABLE",                  0, ARG_INT),
    _op(132, "MAKE_FUNCTION",                  _make_function_effect, ARG_INT),
    _op(133, "BUILD_SLICE",                    lambda n: -2 if n == 3 else -1, ARG_INT),
    _op(134, "JUMP_BACKWARD_NO_INTERRUPT",     0, ARG_JUMP, backward=True),
    _op(135, "MAKE_CELL",                      0, ARG_FREE),
    _op(136, "LOAD_CLOSURE",                   1, ARG_FREE),
    _op(137, "LOAD_DEREF",                     1, ARG_FREE),
    _op(138, "STORE_DEREF",                    -1, ARG_FREE),
    _op(139, "DELETE_DEREF",                   0, ARG_FREE),
    _op(140, "JUMP_BACKWARD",                  0, ARG_JUMP, backward=True),
    _op(142, "CALL_FUNCTION_EX",               lambda n: -3 if n & 1 else -2, ARG_INT),
    _op(144, "EXTENDED_ARG",                   0, ARG_INT),
    _op(145, "LIST_APPEND",                    -1, ARG_INT),
    _op(146, "SET_ADD",                        -1, ARG_INT),
    _op(147, "MAP_ADD",                        -2, ARG_INT),
    _op(148, "LOAD_CLASSDEREF",                1, ARG_FREE),
    _op(149, "COPY_FREE_VARS",                 0, ARG_INT),
    _op(151, "RESUME",                         0, ARG_INT),
    _op(152, "MATCH_CLASS",                    -2, ARG_INT),
    _op(155, "FORMAT_VALUE",                   lambda n: -1 if (n & FVS_MASK) == FVS_HAVE_SPEC else 0, ARG_INT),
    _op(156, "BUILD_CONST_KEY_MAP",            lambda n: -n, ARG_INT),
    _op(157, "BUILD_STRING",                   lambda n: 1 - n, ARG_INT),
    _op(160, "LOAD_METHOD",                    1, ARG_NAME, caches=10),
    _op(162, "LIST_EXTEND",                    -1, ARG_INT),
    _op(163, "SET_UPDATE",                     -1, ARG_INT),
    _op(164, "DICT_MERGE",                     -1, ARG_INT),
    _op(165, "DICT_UPDATE",                    -1, ARG_INT),
    _op(166, "PRECALL",                        lambda n: -n, ARG_INT, caches=1),
    _op(171, "CALL",                           -1, ARG_INT, caches=4),
    _op(172, "KW_NAMES",                       0, ARG_CONST),
    _op(173, "POP_JUMP_BACKWARD_IF_NOT_NONE",  -1, ARG_JUMP, backward=True),
    _op(174, "POP_JUMP_BACKWARD_IF_NONE",      -1, ARG_JUMP, backward=True),
    _op(175, "POP_JUMP_BACKWARD_IF_FALSE",     -1, ARG_JUMP, backward=True),
    _op(176, "POP_JUMP_BACKWARD_IF_TRUE",      -1, ARG_JUMP, backward=True),
]

# PEP 659's specialized (quickened) forms: (number, name, family).  They share
# their family's cache layout and never appear in a code object's co_code.
SPECIALIZED = [                               # ORDER OP: Include/opcode.h
    (3,   "BINARY_OP_ADAPTIVE",                 "BINARY_OP"),
    (4,   "BINARY_OP_ADD_FLOAT",                "BINARY_OP"),
    (5,   "BINARY_OP_ADD_INT",                  "BINARY_OP"),
    (6,   "BINARY_OP_ADD_UNICODE",              "BINARY_OP"),
    (7,   "BINARY_OP_INPLACE_ADD_UNICODE",      "BINARY_OP"),
    (8,   "BINARY_OP_MULTIPLY_FLOAT",           "BINARY_OP"),
    (13,  "BINARY_OP_MULTIPLY_INT",             "BINARY_OP"),
    (14,  "BINARY_OP_SUBTRACT_FLOAT",           "BINARY_OP"),
    (16,  "BINARY_OP_SUBTRACT_INT",             "BINARY_OP"),
    (17,  "BINARY_SUBSCR_ADAPTIVE",             "BINARY_SUBSCR"),
    (18,  "BINARY_SUBSCR_DICT",                 "BINARY_SUBSCR"),
    (19,  "BINARY_SUBSCR_GETITEM",              "BINARY_SUBSCR"),
    (20,  "BINARY_SUBSCR_LIST_INT",             "BINARY_SUBSCR"),
    (21,  "BINARY_SUBSCR_TUPLE_INT",            "BINARY_SUBSCR"),
    (22,  "CALL_ADAPTIVE",                      "CALL"),
    (23,  "CALL_PY_EXACT_ARGS",                 "CALL"),
    (24,  "CALL_PY_WITH_DEFAULTS",              "CALL"),
    (26,  "COMPARE_OP_ADAPTIVE",                "COMPARE_OP"),
    (27,  "COMPARE_OP_FLOAT_JUMP",              "COMPARE_OP"),
    (28,  "COMPARE_OP_INT_JUMP",                "COMPARE_OP"),
    (29,  "COMPARE_OP_STR_JUMP",                "COMPARE_OP"),
    (34,  "EXTENDED_ARG_QUICK",                 "EXTENDED_ARG"),
    (38,  "JUMP_BACKWARD_QUICK",                "JUMP_BACKWARD"),
    (39,  "LOAD_ATTR_ADAPTIVE",                 "LOAD_ATTR"),
    (40,  "LOAD_ATTR_INSTANCE_VALUE",           "LOAD_ATTR"),
    (41,  "LOAD_ATTR_MODULE",                   "LOAD_ATTR"),
    (42,  "LOAD_ATTR_SLOT",                     "LOAD_ATTR"),
    (43,  "LOAD_ATTR_WITH_HINT",                "LOAD_ATTR"),
    (44,  "LOAD_CONST__LOAD_FAST",              "LOAD_CONST"),
    (45,  "LOAD_FAST__LOAD_CONST",              "LOAD_FAST"),
    (46,  "LOAD_FAST__LOAD_FAST",               "LOAD_FAST"),
    (47,  "LOAD_GLOBAL_ADAPTIVE",               "LOAD_GLOBAL"),
    (48,  "LOAD_GLOBAL_BUILTIN",                "LOAD_GLOBAL"),
    (55,  "LOAD_GLOBAL_MODULE",                 "LOAD_GLOBAL"),
    (56,  "LOAD_METHOD_ADAPTIVE",               "LOAD_METHOD"),
    (57,  "LOAD_METHOD_CLASS",                  "LOAD_METHOD"),
    (58,  "LOAD_METHOD_MODULE",                 "LOAD_METHOD"),
    (59,  "LOAD_METHOD_NO_DICT",                "LOAD_METHOD"),
    (62,  "LOAD_METHOD_WITH_DICT",              "LOAD_METHOD"),
    (63,  "LOAD_METHOD_WITH_VALUES",            "LOAD_METHOD"),
    (64,  "PRECALL_ADAPTIVE",                   "PRECALL"),
    (65,  "PRECALL_BOUND_METHOD",               "PRECALL"),
    (66,  "PRECALL_BUILTIN_CLASS",              "PRECALL"),
    (67,  "PRECALL_BUILTIN_FAST_WITH_KEYWORDS", "PRECALL"),
    (72,  "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", "PRECALL"),
    (73,  "PRECALL_NO_KW_BUILTIN_FAST",         "PRECALL"),
    (76,  "PRECALL_NO_KW_BUILTIN_O",            "PRECALL"),
    (77,  "PRECALL_NO_KW_ISINSTANCE",           "PRECALL"),
    (78,  "PRECALL_NO_KW_LEN",                  "PRECALL"),
    (79,  "PRECALL_NO_KW_LIST_APPEND",          "PRECALL"),
    (80,  "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST", "PRECALL"),
    (81,  "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", "PRECALL"),
    (113, "PRECALL_NO_KW_METHOD_DESCRIPTOR_O",  "PRECALL"),
    (121, "PRECALL_NO_KW_STR_1",                "PRECALL"),
    (127, "PRECALL_NO_KW_TUPLE_1",              "PRECALL"),
    (141, "PRECALL_NO_KW_TYPE_1",               "PRECALL"),
    (143, "PRECALL_PYFUNC",                     "PRECALL"),
    (150, "RESUME_QUICK",                       "RESUME"),
    (153, "STORE_ATTR_ADAPTIVE",                "STORE_ATTR"),
    (154, "STORE_ATTR_INSTANCE_VALUE",          "STORE_ATTR"),
    (158, "STORE_ATTR_SLOT",                    "STORE_ATTR"),
    (159, "STORE_ATTR_WITH_HINT",               "STORE_ATTR"),
    (161, "STORE_FAST__LOAD_FAST",              "STORE_FAST"),
    (167, "STORE_FAST__STORE_FAST",             "STORE_FAST"),
    (168, "STORE_SUBSCR_ADAPTIVE",              "STORE_SUBSCR"),
    (169, "STORE_SUBSCR_DICT",                  "STORE_SUBSCR"),
    (170, "STORE_SUBSCR_LIST_INT",              "STORE_SUBSCR"),
    (177, "UNPACK_SEQUENCE_ADAPTIVE",           "UNPACK_SEQUENCE"),
    (178, "UNPACK_SEQUENCE_LIST",               "UNPACK_SEQUENCE"),
    (179, "UNPACK_SEQUENCE_TUPLE",              "UNPACK_SEQUENCE"),
    (180, "UNPACK_SEQUENCE_TWO_TUPLE",          "UNPACK_SEQUENCE"),
]

# DO_TRACING is the instrumented-dispatch marker of ceval.c; it has no row
# because no code object ever contains it.
DO_TRACING = 255


# --- Derived tables: built once from the rows above ------------------------

OPS_BY_NUMBER = [None] * 256          # number -> OpInfo, for real opcodes
OPMAP = {}                            # name -> number (Lib/opcode.py opmap)
for _info in OPCODES:
    OPS_BY_NUMBER[_info.number] = _info
    OPMAP[_info.name] = _info.number

# SPECIALIZED_BY_NUMBER[n] is the OpInfo of the specialized form numbered n;
# it carries its family's argument kind and cache count.
SPECIALIZED_BY_NUMBER = [None] * 256
SPECIALIZED_OPMAP = {}
DEOPT = list(range(256))              # _PyOpcode_Deopt: specialized -> base
for _number, _name, _family in SPECIALIZED:
    _base = OPS_BY_NUMBER[OPMAP[_family]]
    SPECIALIZED_BY_NUMBER[_number] = OpInfo(
        _number, _name, _base.caches, _base.arg, None, _base.backward, _family)
    SPECIALIZED_OPMAP[_name] = _number
    DEOPT[_number] = _base.number

# OPNAME[n]: the name dis shows for byte n ('<n>' where no instruction is).
OPNAME = ["<%d>" % _n for _n in range(256)]
for _info in OPCODES:
    OPNAME[_info.number] = _info.name

# CACHE_ENTRIES[n]: the inline cache code units after opcode n (real or
# specialized), as _PyOpcode_Caches.
CACHE_ENTRIES = [0] * 256
for _n in range(256):
    _info = OPS_BY_NUMBER[_n] or SPECIALIZED_BY_NUMBER[_n]
    if _info is not None:
        CACHE_ENTRIES[_n] = _info.caches


def _numbers(kind):
    return [info.number for info in OPCODES if info.arg == kind]


# Lib/opcode.py's lists, for code written against that module.
HASCONST = _numbers(ARG_CONST)
HASNAME = _numbers(ARG_NAME)
HASJREL = _numbers(ARG_JUMP)
HASJABS = []                          # 3.11 has no absolute jumps
HASLOCAL = _numbers(ARG_LOCAL)
HASCOMPARE = _numbers(ARG_COMPARE)
HASFREE = _numbers(ARG_FREE)
HASNARGS = []

del _info, _number, _name, _family, _base, _n


def opinfo(number):
    """The row for an opcode number, real or specialized; None if unused."""
    return OPS_BY_NUMBER[number] or SPECIALIZED_BY_NUMBER[number]


def stack_effect(opcode, oparg=None, jump=None):
    """The net change of the value stack's depth caused by one instruction.

    Counterpart: PyCompile_OpcodeStackEffectWithJump / stack_effect() in
    Python/compile.c, and so dis.stack_effect.  `jump` True gives the effect
    when a jump is taken, False when it is not, None the larger of the two.
    Raises ValueError as dis.stack_effect does.
    """
    # Lib/opcode.py checks the oparg against HAVE_ARGUMENT before the C
    # function looks the opcode up, so those errors come first.
    if opcode >= HAVE_ARGUMENT:
        if oparg is None:
            raise ValueError(
                "stack_effect: opcode requires oparg but oparg was not specified")
    elif oparg is not None:
        raise ValueError(
            "stack_effect: opcode does not permit oparg but oparg was specified")
    info = OPS_BY_NUMBER[opcode] if 0 <= opcode < 256 else None
    if info is None:
        raise ValueError("invalid opcode or oparg")
    effect = info.effect
    if isinstance(effect, tuple):
        if jump is None:
            return max(_apply(effect[0], oparg), _apply(effect[1], oparg))
        effect = effect[1] if jump else effect[0]
    return _apply(effect, oparg)


def _apply(effect, oparg):
    return effect(oparg) if callable(effect) else effect
