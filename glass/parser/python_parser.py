"""The parser for Python 3.11, generated from glass/parser/python.gram.

Counterpart: Parser/parser.c (generated from Grammar/python.gram by pegen).

DO NOT EDIT: regenerate with `python3 -m glass.parser.pegen.generator`.
Each method is one rule of the grammar; its docstring is the rule as the
grammar file writes it.  Helper methods whose names begin with `_tmp_`,
`_loop0_`, `_loop1_` and `_gather_` are the groups and repetitions inside
rules, as pegen names them.  glass/parser/pegen/generator.py explains why
the parser is generated rather than written by hand.
"""
from __future__ import annotations
from glass.parser import ast_nodes as ast
from glass.parser.pegen.runtime import Parser
from glass.parser.pegen.action_helpers import (
    CmpopExprPair, KeyPatternPair, KeyValuePair, KeywordOrStarred,
    NameDefaultPair, SlashWithDefault, StarEtc, DEL_TARGETS, FOR_TARGETS,
    STAR_TARGETS, add_type_comment_to_arg, class_def_decorators,
    collect_call_seqs, empty_arguments, function_def_decorators, get_cmpops,
    get_expr_name, get_exprs, get_keys, get_last_comprehension_item,
    get_pattern_keys, get_patterns, get_values, join_names_with_dot,
    make_arguments, name_default_pair, seq_count_dots,
    seq_delete_starred_exprs, seq_extract_starred_exprs, seq_flatten,
    set_ctx, type_comment, LOAD, STORE, DEL,
)
from glass.parser.token import (
    AMPER, AMPEREQUAL, ASYNC, AT, ATEQUAL, AWAIT,
    CIRCUMFLEX, CIRCUMFLEXEQUAL, COLON, COLONEQUAL, COMMA, DEDENT,
    DOT, DOUBLESLASH, DOUBLESLASHEQUAL, DOUBLESTAR, DOUBLESTAREQUAL, ELLIPSIS,
    ENDMARKER, EQEQUAL, EQUAL, GREATER, GREATEREQUAL, INDENT,
    LBRACE, LEFTSHIFT, LEFTSHIFTEQUAL, LESS, LESSEQUAL, LPAR,
    LSQB, MINEQUAL, MINUS, NAME, NEWLINE, NOTEQUAL,
    NUMBER, PERCENT, PERCENTEQUAL, PLUS, PLUSEQUAL, RARROW,
    RBRACE, RIGHTSHIFT, RIGHTSHIFTEQUAL, RPAR, RSQB, SEMI,
    SLASH, SLASHEQUAL, STAR, STAREQUAL, STRING, TILDE,
    TYPE_COMMENT, VBAR, VBAREQUAL,
)

# Keywords are NAME tokens the parser gives types of their own, numbered
# from 500 as in Parser/parser.c's reserved_keywords.
KW_RETURN = 500
KW_IMPORT = 501
KW_FROM = 502
KW_RAISE = 503
KW_PASS = 504
KW_DEL = 505
KW_YIELD = 506
KW_ASSERT = 507
KW_BREAK = 508
KW_CONTINUE = 509
KW_GLOBAL = 510
KW_NONLOCAL = 511
KW_DEF = 512
KW_IF = 513
KW_CLASS = 514
KW_WITH = 515
KW_FOR = 516
KW_TRY = 517
KW_WHILE = 518
KW_AS = 519
KW_ELIF = 520
KW_ELSE = 521
KW_IN = 522
KW_EXCEPT = 523
KW_FINALLY = 524
KW_NONE = 525
KW_TRUE = 526
KW_FALSE = 527
KW_OR = 528
KW_AND = 529
KW_NOT = 530
KW_IS = 531
KW_LAMBDA = 532

KEYWORDS = {
    'return': KW_RETURN,
    'import': KW_IMPORT,
    'from': KW_FROM,
    'raise': KW_RAISE,
    'pass': KW_PASS,
    'del': KW_DEL,
    'yield': KW_YIELD,
    'assert': KW_ASSERT,
    'break': KW_BREAK,
    'continue': KW_CONTINUE,
    'global': KW_GLOBAL,
    'nonlocal': KW_NONLOCAL,
    'def': KW_DEF,
    'if': KW_IF,
    'class': KW_CLASS,
    'with': KW_WITH,
    'for': KW_FOR,
    'try': KW_TRY,
    'while': KW_WHILE,
    'as': KW_AS,
    'elif': KW_ELIF,
    'else': KW_ELSE,
    'in': KW_IN,
    'except': KW_EXCEPT,
    'finally': KW_FINALLY,
    'None': KW_NONE,
    'True': KW_TRUE,
    'False': KW_FALSE,
    'or': KW_OR,
    'and': KW_AND,
    'not': KW_NOT,
    'is': KW_IS,
    'lambda': KW_LAMBDA,
}
SOFT_KEYWORDS = ('match', 'case', '_',)

# The tokens each rule (or group) can begin with, where a rule checks
# the next token against them before trying its alternatives.
FIRST_ANNOTATED_RHS = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, KW_YIELD, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_ARGS = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_ARGUMENTS = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_ASSIGNMENT = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, KW_YIELD, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_AS_PATTERN = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR, LSQB,
    MINUS, NAME, NUMBER, STRING,
))
FIRST_ATOM = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STRING,
))
FIRST_AUGASSIGN = frozenset((
    AMPEREQUAL, ATEQUAL, CIRCUMFLEXEQUAL, DOUBLESLASHEQUAL, DOUBLESTAREQUAL, LEFTSHIFTEQUAL,
    MINEQUAL, PERCENTEQUAL, PLUSEQUAL, RIGHTSHIFTEQUAL, SLASHEQUAL, STAREQUAL,
    VBAREQUAL,
))
FIRST_AWAIT_PRIMARY = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE,
    LPAR, LSQB, NAME, NUMBER, STRING,
))
FIRST_BLOCK = frozenset((
    AWAIT, ELLIPSIS, KW_ASSERT, KW_BREAK, KW_CONTINUE, KW_DEL,
    KW_FALSE, KW_FROM, KW_GLOBAL, KW_IMPORT, KW_LAMBDA, KW_NONE,
    KW_NONLOCAL, KW_NOT, KW_PASS, KW_RAISE, KW_RETURN, KW_TRUE,
    KW_YIELD, LBRACE, LPAR, LSQB, MINUS, NAME,
    NEWLINE, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_CLOSED_PATTERN = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR, LSQB,
    MINUS, NAME, NUMBER, STRING,
))
FIRST_COMPARE_OP_BITWISE_OR_PAIR = frozenset((
    EQEQUAL, GREATER, GREATEREQUAL, KW_IN, KW_IS, KW_NOT,
    LESS, LESSEQUAL, NOTEQUAL,
))
FIRST_COMPARISON = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE,
    LPAR, LSQB, MINUS, NAME, NUMBER, PLUS,
    STRING, TILDE,
))
FIRST_COMPOUND_STMT = frozenset((
    ASYNC, AT, KW_CLASS, KW_DEF, KW_FOR, KW_IF,
    KW_TRY, KW_WHILE, KW_WITH, NAME,
))
FIRST_CONJUNCTION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_NONE, KW_NOT, KW_TRUE,
    LBRACE, LPAR, LSQB, MINUS, NAME, NUMBER,
    PLUS, STRING, TILDE,
))
FIRST_DEL_TARGET = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STRING,
))
FIRST_DISJUNCTION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_NONE, KW_NOT, KW_TRUE,
    LBRACE, LPAR, LSQB, MINUS, NAME, NUMBER,
    PLUS, STRING, TILDE,
))
FIRST_DOUBLE_STARRED_KVPAIR = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STRING, TILDE,
))
FIRST_EXPRESSION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))
FIRST_EXPRESSIONS = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))
FIRST_EXPRESSION_WITHOUT_INVALID = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))
FIRST_FACTOR = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE,
    LPAR, LSQB, MINUS, NAME, NUMBER, PLUS,
    STRING, TILDE,
))
FIRST_INVALID_ARGUMENTS = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_INVALID_ASSIGNMENT = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, KW_YIELD, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_INVALID_AS_PATTERN = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR, LSQB,
    MINUS, NAME, NUMBER, STRING,
))
FIRST_INVALID_DOUBLE_STARRED_KVPAIRS = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STRING, TILDE,
))
FIRST_INVALID_EXPRESSION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_NONE, KW_NOT, KW_TRUE,
    LBRACE, LPAR, LSQB, MINUS, NAME, NUMBER,
    PLUS, STRING, TILDE,
))
FIRST_INVALID_KVPAIR = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))
FIRST_INVALID_KWARG = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))
FIRST_INVALID_LAMBDA_PARAMETERS = frozenset((
    LPAR, NAME, SLASH, STAR,
))
FIRST_INVALID_NAMED_EXPRESSION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))
FIRST_INVALID_PARAMETERS = frozenset((
    LPAR, NAME, SLASH, STAR,
))
FIRST_INVERSION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_NONE, KW_NOT, KW_TRUE,
    LBRACE, LPAR, LSQB, MINUS, NAME, NUMBER,
    PLUS, STRING, TILDE,
))
FIRST_KWARGS = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_KWARG_OR_DOUBLE_STARRED = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STRING, TILDE,
))
FIRST_KWARG_OR_STARRED = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_LAMBDA_PARAMS = frozenset((
    DOUBLESTAR, LPAR, NAME, SLASH, STAR,
))
FIRST_LITERAL_EXPR = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, MINUS, NUMBER, STRING,
))
FIRST_LITERAL_PATTERN = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, MINUS, NUMBER, STRING,
))
FIRST_MAYBE_STAR_PATTERN = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR, LSQB,
    MINUS, NAME, NUMBER, STAR, STRING,
))
FIRST_NAMED_EXPRESSION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))
FIRST_PARAMS = frozenset((
    DOUBLESTAR, LPAR, NAME, SLASH, STAR,
))
FIRST_PATTERN = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR, LSQB,
    MINUS, NAME, NUMBER, STRING,
))
FIRST_PATTERNS = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR, LSQB,
    MINUS, NAME, NUMBER, STAR, STRING,
))
FIRST_POWER = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE,
    LPAR, LSQB, NAME, NUMBER, STRING,
))
FIRST_SIMPLE_STMT = frozenset((
    AWAIT, ELLIPSIS, KW_ASSERT, KW_BREAK, KW_CONTINUE, KW_DEL,
    KW_FALSE, KW_FROM, KW_GLOBAL, KW_IMPORT, KW_LAMBDA, KW_NONE,
    KW_NONLOCAL, KW_NOT, KW_PASS, KW_RAISE, KW_RETURN, KW_TRUE,
    KW_YIELD, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_SIMPLE_STMTS = frozenset((
    AWAIT, ELLIPSIS, KW_ASSERT, KW_BREAK, KW_CONTINUE, KW_DEL,
    KW_FALSE, KW_FROM, KW_GLOBAL, KW_IMPORT, KW_LAMBDA, KW_NONE,
    KW_NONLOCAL, KW_NOT, KW_PASS, KW_RAISE, KW_RETURN, KW_TRUE,
    KW_YIELD, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_SINGLE_SUBSCRIPT_ATTRIBUTE_TARGET = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STRING,
))
FIRST_SINGLE_TARGET = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STRING,
))
FIRST_SLICE = frozenset((
    AWAIT, COLON, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STRING, TILDE,
))
FIRST_SLICES = frozenset((
    AWAIT, COLON, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_STAR_EXPRESSION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_STAR_EXPRESSIONS = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_STAR_NAMED_EXPRESSION = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_STAR_TARGET = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STAR, STRING,
))
FIRST_STAR_TARGETS = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STAR, STRING,
))
FIRST_STAR_TARGETS_TUPLE_SEQ = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STAR, STRING,
))
FIRST_STATEMENT = frozenset((
    ASYNC, AT, AWAIT, ELLIPSIS, KW_ASSERT, KW_BREAK,
    KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_FALSE, KW_FOR,
    KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT, KW_LAMBDA, KW_NONE,
    KW_NONLOCAL, KW_NOT, KW_PASS, KW_RAISE, KW_RETURN, KW_TRUE,
    KW_TRY, KW_WHILE, KW_WITH, KW_YIELD, LBRACE, LPAR,
    LSQB, MINUS, NAME, NUMBER, PLUS, STAR,
    STRING, TILDE,
))
FIRST_STATEMENT_NEWLINE = frozenset((
    ASYNC, AT, AWAIT, ELLIPSIS, ENDMARKER, KW_ASSERT,
    KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_FALSE,
    KW_FOR, KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT, KW_LAMBDA,
    KW_NONE, KW_NONLOCAL, KW_NOT, KW_PASS, KW_RAISE, KW_RETURN,
    KW_TRUE, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD, LBRACE,
    LPAR, LSQB, MINUS, NAME, NEWLINE, NUMBER,
    PLUS, STAR, STRING, TILDE,
))
FIRST_SUBJECT_EXPR = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_TARGET_WITH_STAR_ATOM = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STRING,
))
FIRST_TMP_101 = frozenset((
    AWAIT, COLON, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_TMP_103 = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_TMP_32 = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, MINUS, NAME, NUMBER,
    STRING,
))
FIRST_TMP_47 = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, KW_YIELD, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STRING, TILDE,
))
FIRST_TMP_5 = frozenset((
    ELLIPSIS, KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR,
    LSQB, NAME, NUMBER, STRING,
))
FIRST_TMP_59 = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))
FIRST_TMP_7 = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, KW_YIELD, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_TMP_71 = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_TMP_72 = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_TMP_75 = frozenset((
    KW_FALSE, KW_NONE, KW_TRUE, LBRACE, LPAR, LSQB,
))
FIRST_TYPE_EXPRESSIONS = frozenset((
    AWAIT, DOUBLESTAR, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_TRUE, LBRACE, LPAR, LSQB, MINUS,
    NAME, NUMBER, PLUS, STAR, STRING, TILDE,
))
FIRST_WITH_ITEM = frozenset((
    AWAIT, ELLIPSIS, KW_FALSE, KW_LAMBDA, KW_NONE, KW_NOT,
    KW_TRUE, LBRACE, LPAR, LSQB, MINUS, NAME,
    NUMBER, PLUS, STRING, TILDE,
))


class PythonParser(Parser):
    """The rules of python.gram, one method each."""

    KEYWORDS = KEYWORDS
    SOFT_KEYWORDS = SOFT_KEYWORDS

    def file(self):
        """file[mod_ty]: a=[statements] ENDMARKER { self.make_module(a) }
        """
        mark = self.mark
        # a=[statements] ENDMARKER
        if (
            ((a := self.statements()) or True)
            and self.expect(ENDMARKER)
        ):
            return self.make_module(a)
        self.mark = mark
        return None

    def interactive(self):
        """interactive[mod_ty]: a=statement_newline { ast.Interactive(a) }
        """
        mark = self.mark
        # a=statement_newline
        if (
            (a := self.statement_newline())
        ):
            return ast.Interactive(a)
        self.mark = mark
        return None

    def eval(self):
        """eval[mod_ty]: a=expressions NEWLINE* ENDMARKER { ast.Expression(a) }
        """
        mark = self.mark
        # a=expressions NEWLINE* ENDMARKER
        if (
            (a := self.expressions())
            and (self._loop0_1() or True)
            and self.expect(ENDMARKER)
        ):
            return ast.Expression(a)
        self.mark = mark
        return None

    def func_type(self):
        """func_type[mod_ty]: '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER { ast.FunctionType(a or [], b) }
        """
        mark = self.mark
        # '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER
        if (
            self.expect(LPAR)
            and ((a := self.type_expressions()) or True)
            and self.expect(RPAR)
            and self.expect(RARROW)
            and (b := self.expression())
            and (self._loop0_1() or True)
            and self.expect(ENDMARKER)
        ):
            return ast.FunctionType(a or [], b)
        self.mark = mark
        return None

    def fstring(self):
        """fstring[expr_ty]: star_expressions
        """
        mark = self.mark
        # star_expressions
        if (
            (_1 := self.star_expressions())
        ):
            return _1
        self.mark = mark
        return None

    def statements(self):
        """statements[asdl_stmt_seq*]: a=statement+ { seq_flatten(a) }
        """
        mark = self.mark
        # a=statement+
        if (
            (a := self._loop1_2())
        ):
            return seq_flatten(a)
        self.mark = mark
        return None

    def statement(self):
        """statement[asdl_stmt_seq*]: a=compound_stmt { [a] } | a[asdl_stmt_seq*]=simple_stmts { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_STATEMENT:
            return None
        # a=compound_stmt
        if (
            (a := self.compound_stmt())
        ):
            return [a]
        self.mark = mark
        # a=simple_stmts
        if (
            (a := self.simple_stmts())
        ):
            return a
        self.mark = mark
        return None

    def statement_newline(self):
        """statement_newline[asdl_stmt_seq*]:
            | a=compound_stmt NEWLINE { [a] }
            | simple_stmts
            | NEWLINE { [ast.Pass(EXTRA)] }
            | ENDMARKER { self.interactive_exit() }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_STATEMENT_NEWLINE:
            return None
        # a=compound_stmt NEWLINE
        if (
            (a := self.compound_stmt())
            and self.expect(NEWLINE)
        ):
            return [a]
        self.mark = mark
        # simple_stmts
        if (
            (_1 := self.simple_stmts())
        ):
            return _1
        self.mark = mark
        # NEWLINE
        if (
            self.expect(NEWLINE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return [ast.Pass(start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)]
        self.mark = mark
        # ENDMARKER
        if (
            self.expect(ENDMARKER)
        ):
            return self.interactive_exit()
        self.mark = mark
        return None

    def simple_stmts(self):
        """simple_stmts[asdl_stmt_seq*]:
            | a=simple_stmt !';' NEWLINE { [a] } # a shortcut for the common case
            | a[asdl_stmt_seq*]=';'.simple_stmt+ [';'] NEWLINE { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_SIMPLE_STMTS:
            return None
        # a=simple_stmt !';' NEWLINE
        if (
            (a := self.simple_stmt())
            and self.tokens[self.mark].type != SEMI
            and self.expect(NEWLINE)
        ):
            return [a]
        self.mark = mark
        # a=';'.simple_stmt+ [';'] NEWLINE
        if (
            (a := self._gather_3())
            and (self.expect(SEMI) or True)
            and self.expect(NEWLINE)
        ):
            return a
        self.mark = mark
        return None

    def simple_stmt(self):
        """simple_stmt[stmt_ty] (memo):
            | assignment
            | e=star_expressions { ast.Expr(e, EXTRA) }
            | &'return' return_stmt
            | &('import' | 'from') import_stmt
            | &'raise' raise_stmt
            | 'pass' { ast.Pass(EXTRA) }
            | &'del' del_stmt
            | &'yield' yield_stmt
            | &'assert' assert_stmt
            | 'break' { ast.Break(EXTRA) }
            | 'continue' { ast.Continue(EXTRA) }
            | &'global' global_stmt
            | &'nonlocal' nonlocal_stmt
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'simple_stmt' in memo:
            res, self.mark = memo['simple_stmt']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_SIMPLE_STMT:
            return None
        # assignment
        if (
            (_1 := self.assignment())
        ):
            res = _1
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # e=star_expressions
        if (
            (e := self.star_expressions())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Expr(e, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # &'return' return_stmt
        if (
            self.tokens[self.mark].type == KW_RETURN
            and (_2 := self.return_stmt())
        ):
            res = _2
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # &('import' | 'from') import_stmt
        if (
            self.tokens[self.mark].type in (KW_IMPORT, KW_FROM,)
            and (_2 := self.import_stmt())
        ):
            res = _2
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # &'raise' raise_stmt
        if (
            self.tokens[self.mark].type == KW_RAISE
            and (_2 := self.raise_stmt())
        ):
            res = _2
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # 'pass'
        if (
            self.expect(KW_PASS)
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Pass(start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # &'del' del_stmt
        if (
            self.tokens[self.mark].type == KW_DEL
            and (_2 := self.del_stmt())
        ):
            res = _2
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # &'yield' yield_stmt
        if (
            self.tokens[self.mark].type == KW_YIELD
            and (_2 := self.yield_stmt())
        ):
            res = _2
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # &'assert' assert_stmt
        if (
            self.tokens[self.mark].type == KW_ASSERT
            and (_2 := self.assert_stmt())
        ):
            res = _2
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # 'break'
        if (
            self.expect(KW_BREAK)
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Break(start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # 'continue'
        if (
            self.expect(KW_CONTINUE)
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Continue(start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # &'global' global_stmt
        if (
            self.tokens[self.mark].type == KW_GLOBAL
            and (_2 := self.global_stmt())
        ):
            res = _2
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        # &'nonlocal' nonlocal_stmt
        if (
            self.tokens[self.mark].type == KW_NONLOCAL
            and (_2 := self.nonlocal_stmt())
        ):
            res = _2
            memo['simple_stmt'] = (res, self.mark)
            return res
        self.mark = mark
        memo['simple_stmt'] = (None, mark)
        return None

    def compound_stmt(self):
        """compound_stmt[stmt_ty]:
            | &('def' | '@' | ASYNC) function_def
            | &'if' if_stmt
            | &('class' | '@') class_def
            | &('with' | ASYNC) with_stmt
            | &('for' | ASYNC) for_stmt
            | &'try' try_stmt
            | &'while' while_stmt
            | match_stmt
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_COMPOUND_STMT:
            return None
        # &('def' | '@' | ASYNC) function_def
        if (
            self.tokens[self.mark].type in (KW_DEF, AT, ASYNC,)
            and (_2 := self.function_def())
        ):
            return _2
        self.mark = mark
        # &'if' if_stmt
        if (
            self.tokens[self.mark].type == KW_IF
            and (_2 := self.if_stmt())
        ):
            return _2
        self.mark = mark
        # &('class' | '@') class_def
        if (
            self.tokens[self.mark].type in (KW_CLASS, AT,)
            and (_2 := self.class_def())
        ):
            return _2
        self.mark = mark
        # &('with' | ASYNC) with_stmt
        if (
            self.tokens[self.mark].type in (KW_WITH, ASYNC,)
            and (_2 := self.with_stmt())
        ):
            return _2
        self.mark = mark
        # &('for' | ASYNC) for_stmt
        if (
            self.tokens[self.mark].type in (KW_FOR, ASYNC,)
            and (_2 := self.for_stmt())
        ):
            return _2
        self.mark = mark
        # &'try' try_stmt
        if (
            self.tokens[self.mark].type == KW_TRY
            and (_2 := self.try_stmt())
        ):
            return _2
        self.mark = mark
        # &'while' while_stmt
        if (
            self.tokens[self.mark].type == KW_WHILE
            and (_2 := self.while_stmt())
        ):
            return _2
        self.mark = mark
        # match_stmt
        if (
            (_1 := self.match_stmt())
        ):
            return _1
        self.mark = mark
        return None

    def assignment(self):
        """assignment[stmt_ty]:
            | a=NAME ':' b=expression c=['=' d=annotated_rhs { d }] {
                self.check_version(6, "Variable annotation syntax is",
                                   ast.AnnAssign(set_ctx(a, STORE), b, c, 1, EXTRA)) }
            | a=('(' b=single_target ')' { b }
                 | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs { d }] {
                self.check_version(6, "Variable annotations syntax is", ast.AnnAssign(a, b, c, 0, EXTRA)) }
            | a[asdl_expr_seq*]=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT] {
                ast.Assign(a, b, type_comment(tc), EXTRA) }
            | a=single_target b=augassign ~ c=(yield_expr | star_expressions) {
                ast.AugAssign(a, b, c, EXTRA) }
            | invalid_assignment
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_ASSIGNMENT:
            return None
        # a=NAME ':' b=expression c=['=' d=annotated_rhs]
        if (
            (a := self.name())
            and self.expect(COLON)
            and (b := self.expression())
            and ((c := self._tmp_4()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return (
                self.check_version(6, "Variable annotation syntax is",
                ast.AnnAssign(set_ctx(a, STORE), b, c, 1, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
            )
        self.mark = mark
        # a=('(' b=single_target ')' | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs]
        if (
            (a := self._tmp_5())
            and self.expect(COLON)
            and (b := self.expression())
            and ((c := self._tmp_4()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return self.check_version(6, "Variable annotations syntax is", ast.AnnAssign(a, b, c, 0, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
        self.mark = mark
        # a=(z=star_targets '=')+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT]
        if (
            (a := self._loop1_6())
            and (b := self._tmp_7())
            and self.tokens[self.mark].type != EQUAL
            and ((tc := self.expect(TYPE_COMMENT)) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Assign(a, b, type_comment(tc), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=single_target b=augassign ~ c=(yield_expr | star_expressions)
        cut = False
        if (
            (a := self.single_target())
            and (b := self.augassign())
            and (cut := True)
            and (c := self._tmp_7())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.AugAssign(a, b, c, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        if cut:
            return None
        # invalid_assignment
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_assignment())
        ):
            return _1
        self.mark = mark
        return None

    def annotated_rhs(self):
        """annotated_rhs[expr_ty]: yield_expr | star_expressions
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_ANNOTATED_RHS:
            return None
        # yield_expr
        if (
            (_1 := self.yield_expr())
        ):
            return _1
        self.mark = mark
        # star_expressions
        if (
            (_1 := self.star_expressions())
        ):
            return _1
        self.mark = mark
        return None

    def augassign(self):
        """augassign[AugOperator*]:
            | '+=' { ast.Add() }
            | '-=' { ast.Sub() }
            | '*=' { ast.Mult() }
            | '@=' { self.check_version(5, "The '@' operator is", ast.MatMult()) }
            | '/=' { ast.Div() }
            | '%=' { ast.Mod() }
            | '&=' { ast.BitAnd() }
            | '|=' { ast.BitOr() }
            | '^=' { ast.BitXor() }
            | '<<=' { ast.LShift() }
            | '>>=' { ast.RShift() }
            | '**=' { ast.Pow() }
            | '//=' { ast.FloorDiv() }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_AUGASSIGN:
            return None
        # '+='
        if (
            self.expect(PLUSEQUAL)
        ):
            return ast.Add()
        self.mark = mark
        # '-='
        if (
            self.expect(MINEQUAL)
        ):
            return ast.Sub()
        self.mark = mark
        # '*='
        if (
            self.expect(STAREQUAL)
        ):
            return ast.Mult()
        self.mark = mark
        # '@='
        if (
            self.expect(ATEQUAL)
        ):
            return self.check_version(5, "The '@' operator is", ast.MatMult())
        self.mark = mark
        # '/='
        if (
            self.expect(SLASHEQUAL)
        ):
            return ast.Div()
        self.mark = mark
        # '%='
        if (
            self.expect(PERCENTEQUAL)
        ):
            return ast.Mod()
        self.mark = mark
        # '&='
        if (
            self.expect(AMPEREQUAL)
        ):
            return ast.BitAnd()
        self.mark = mark
        # '|='
        if (
            self.expect(VBAREQUAL)
        ):
            return ast.BitOr()
        self.mark = mark
        # '^='
        if (
            self.expect(CIRCUMFLEXEQUAL)
        ):
            return ast.BitXor()
        self.mark = mark
        # '<<='
        if (
            self.expect(LEFTSHIFTEQUAL)
        ):
            return ast.LShift()
        self.mark = mark
        # '>>='
        if (
            self.expect(RIGHTSHIFTEQUAL)
        ):
            return ast.RShift()
        self.mark = mark
        # '**='
        if (
            self.expect(DOUBLESTAREQUAL)
        ):
            return ast.Pow()
        self.mark = mark
        # '//='
        if (
            self.expect(DOUBLESLASHEQUAL)
        ):
            return ast.FloorDiv()
        self.mark = mark
        return None

    def return_stmt(self):
        """return_stmt[stmt_ty]:
            | 'return' a=[star_expressions] { ast.Return(a, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # 'return' a=[star_expressions]
        if (
            self.expect(KW_RETURN)
            and ((a := self.star_expressions()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Return(a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def raise_stmt(self):
        """raise_stmt[stmt_ty]:
            | 'raise' a=expression b=['from' z=expression { z }] { ast.Raise(a, b, EXTRA) }
            | 'raise' { ast.Raise(None, None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_RAISE,):
            return None
        # 'raise' a=expression b=['from' z=expression]
        if (
            self.expect(KW_RAISE)
            and (a := self.expression())
            and ((b := self._tmp_8()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Raise(a, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'raise'
        if (
            self.expect(KW_RAISE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Raise(None, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def global_stmt(self):
        """global_stmt[stmt_ty]: 'global' a[asdl_expr_seq*]=','.NAME+ {
            ast.Global([n.id for n in a], EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # 'global' a=','.NAME+
        if (
            self.expect(KW_GLOBAL)
            and (a := self._gather_9())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Global([n.id for n in a], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def nonlocal_stmt(self):
        """nonlocal_stmt[stmt_ty]: 'nonlocal' a[asdl_expr_seq*]=','.NAME+ {
            ast.Nonlocal([n.id for n in a], EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # 'nonlocal' a=','.NAME+
        if (
            self.expect(KW_NONLOCAL)
            and (a := self._gather_9())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Nonlocal([n.id for n in a], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def del_stmt(self):
        """del_stmt[stmt_ty]:
            | 'del' a=del_targets &(';' | NEWLINE) { ast.Delete(a, EXTRA) }
            | invalid_del_stmt
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_DEL,):
            return None
        # 'del' a=del_targets &(';' | NEWLINE)
        if (
            self.expect(KW_DEL)
            and (a := self.del_targets())
            and self.tokens[self.mark].type in (SEMI, NEWLINE,)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Delete(a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # invalid_del_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_del_stmt())
        ):
            return _1
        self.mark = mark
        return None

    def yield_stmt(self):
        """yield_stmt[stmt_ty]: y=yield_expr { ast.Expr(y, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # y=yield_expr
        if (
            (y := self.yield_expr())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Expr(y, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def assert_stmt(self):
        """assert_stmt[stmt_ty]: 'assert' a=expression b=[',' z=expression { z }] { ast.Assert(a, b, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # 'assert' a=expression b=[',' z=expression]
        if (
            self.expect(KW_ASSERT)
            and (a := self.expression())
            and ((b := self._tmp_10()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Assert(a, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def import_stmt(self):
        """import_stmt[stmt_ty]: import_name | import_from
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_FROM, KW_IMPORT,):
            return None
        # import_name
        if (
            (_1 := self.import_name())
        ):
            return _1
        self.mark = mark
        # import_from
        if (
            (_1 := self.import_from())
        ):
            return _1
        self.mark = mark
        return None

    def import_name(self):
        """import_name[stmt_ty]: 'import' a=dotted_as_names { ast.Import(a, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # 'import' a=dotted_as_names
        if (
            self.expect(KW_IMPORT)
            and (a := self.dotted_as_names())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Import(a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def import_from(self):
        """import_from[stmt_ty]:
            | 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets {
                ast.ImportFrom(b.id, c, seq_count_dots(a), EXTRA) }
            | 'from' a=('.' | '...')+ 'import' b=import_from_targets {
                ast.ImportFrom(None, b, seq_count_dots(a), EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_FROM,):
            return None
        # 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets
        if (
            self.expect(KW_FROM)
            and ((a := self._loop0_11()) or True)
            and (b := self.dotted_name())
            and self.expect(KW_IMPORT)
            and (c := self.import_from_targets())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.ImportFrom(b.id, c, seq_count_dots(a), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'from' a=('.' | '...')+ 'import' b=import_from_targets
        if (
            self.expect(KW_FROM)
            and (a := self._loop1_12())
            and self.expect(KW_IMPORT)
            and (b := self.import_from_targets())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.ImportFrom(None, b, seq_count_dots(a), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def import_from_targets(self):
        """import_from_targets[asdl_alias_seq*]:
            | '(' a=import_from_as_names [','] ')' { a }
            | import_from_as_names !','
            | '*' { [ast.alias('*', None, EXTRA)] }
            | invalid_import_from_targets
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LPAR, NAME, STAR,):
            return None
        # '(' a=import_from_as_names [','] ')'
        if (
            self.expect(LPAR)
            and (a := self.import_from_as_names())
            and (self.expect(COMMA) or True)
            and self.expect(RPAR)
        ):
            return a
        self.mark = mark
        # import_from_as_names !','
        if (
            (_1 := self.import_from_as_names())
            and self.tokens[self.mark].type != COMMA
        ):
            return _1
        self.mark = mark
        # '*'
        if (
            self.expect(STAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return [ast.alias('*', None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)]
        self.mark = mark
        # invalid_import_from_targets
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_import_from_targets())
        ):
            return _1
        self.mark = mark
        return None

    def import_from_as_names(self):
        """import_from_as_names[asdl_alias_seq*]:
            | a[asdl_alias_seq*]=','.import_from_as_name+ { a }
        """
        mark = self.mark
        # a=','.import_from_as_name+
        if (
            (a := self._gather_13())
        ):
            return a
        self.mark = mark
        return None

    def import_from_as_name(self):
        """import_from_as_name[alias_ty]:
            | a=NAME b=['as' z=NAME { z }] { ast.alias(a.id, b.id if b else None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # a=NAME b=['as' z=NAME]
        if (
            (a := self.name())
            and ((b := self._tmp_14()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.alias(a.id, b.id if b else None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def dotted_as_names(self):
        """dotted_as_names[asdl_alias_seq*]:
            | a[asdl_alias_seq*]=','.dotted_as_name+ { a }
        """
        mark = self.mark
        # a=','.dotted_as_name+
        if (
            (a := self._gather_15())
        ):
            return a
        self.mark = mark
        return None

    def dotted_as_name(self):
        """dotted_as_name[alias_ty]:
            | a=dotted_name b=['as' z=NAME { z }] { ast.alias(a.id, b.id if b else None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # a=dotted_name b=['as' z=NAME]
        if (
            (a := self.dotted_name())
            and ((b := self._tmp_14()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.alias(a.id, b.id if b else None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def dotted_name(self):
        """dotted_name[expr_ty]:
            | a=dotted_name '.' b=NAME { join_names_with_dot(a, b) }
            | NAME

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'dotted_name' in memo:
            res, self.mark = memo['dotted_name']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around dotted_name_raw).
        res = None
        resmark = mark
        while True:
            memo['dotted_name'] = (res, resmark)
            self.mark = mark
            raw = self._dotted_name_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _dotted_name_raw(self):
        """The alternatives of dotted_name, tried once per growing step."""
        mark = self.mark
        seed = self.tokens[mark].memo['dotted_name']   # what dotted_name has grown to so far
        # a=dotted_name '.' b=NAME
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == DOT
            and self.expect(DOT)
            and (b := self.name())
        ):
            return join_names_with_dot(a, b)
        self.mark = mark
        # NAME
        if (
            (_1 := self.name())
        ):
            return _1
        self.mark = mark
        return None

    def block(self):
        """block[asdl_stmt_seq*] (memo):
            | NEWLINE INDENT a=statements DEDENT { a }
            | simple_stmts
            | invalid_block
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'block' in memo:
            res, self.mark = memo['block']
            return res
        if self.tokens[mark].type not in FIRST_BLOCK:
            return None
        # NEWLINE INDENT a=statements DEDENT
        if (
            self.expect(NEWLINE)
            and self.expect(INDENT)
            and (a := self.statements())
            and self.expect(DEDENT)
        ):
            res = a
            memo['block'] = (res, self.mark)
            return res
        self.mark = mark
        # simple_stmts
        if (
            (_1 := self.simple_stmts())
        ):
            res = _1
            memo['block'] = (res, self.mark)
            return res
        self.mark = mark
        # invalid_block
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_block())
        ):
            res = _1
            memo['block'] = (res, self.mark)
            return res
        self.mark = mark
        memo['block'] = (None, mark)
        return None

    def decorators(self):
        """decorators[asdl_expr_seq*]: a[asdl_expr_seq*]=('@' f=named_expression NEWLINE { f })+ { a }
        """
        mark = self.mark
        # a=('@' f=named_expression NEWLINE)+
        if (
            (a := self._loop1_16())
        ):
            return a
        self.mark = mark
        return None

    def class_def(self):
        """class_def[stmt_ty]:
            | a=decorators b=class_def_raw { class_def_decorators(a, b) }
            | class_def_raw
        """
        mark = self.mark
        if self.tokens[mark].type not in (AT, KW_CLASS,):
            return None
        # a=decorators b=class_def_raw
        if (
            (a := self.decorators())
            and (b := self.class_def_raw())
        ):
            return class_def_decorators(a, b)
        self.mark = mark
        # class_def_raw
        if (
            (_1 := self.class_def_raw())
        ):
            return _1
        self.mark = mark
        return None

    def class_def_raw(self):
        """class_def_raw[stmt_ty]:
            | invalid_class_def_raw
            | 'class' a=NAME b=['(' z=[arguments] ')' { z }] ':' c=block {
                ast.ClassDef(a.id, b.args if b else [], b.keywords if b else [], c, [], EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_CLASS,):
            return None
        # invalid_class_def_raw
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_class_def_raw())
        ):
            return _1
        self.mark = mark
        # 'class' a=NAME b=['(' z=[arguments] ')'] ':' c=block
        if (
            self.expect(KW_CLASS)
            and (a := self.name())
            and ((b := self._tmp_17()) or True)
            and self.expect(COLON)
            and (c := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.ClassDef(a.id, b.args if b else [], b.keywords if b else [], c, [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def function_def(self):
        """function_def[stmt_ty]:
            | d=decorators f=function_def_raw { function_def_decorators(d, f) }
            | function_def_raw
        """
        mark = self.mark
        if self.tokens[mark].type not in (ASYNC, AT, KW_DEF,):
            return None
        # d=decorators f=function_def_raw
        if (
            (d := self.decorators())
            and (f := self.function_def_raw())
        ):
            return function_def_decorators(d, f)
        self.mark = mark
        # function_def_raw
        if (
            (_1 := self.function_def_raw())
        ):
            return _1
        self.mark = mark
        return None

    def function_def_raw(self):
        """function_def_raw[stmt_ty]:
            | invalid_def_raw
            | 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block {
                ast.FunctionDef(n.id, params or empty_arguments(), b, [], a, type_comment(tc), EXTRA) }
            | ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block {
                self.check_version(5, "Async functions are",
                    ast.AsyncFunctionDef(n.id, params or empty_arguments(), b, [], a, type_comment(tc), EXTRA)) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (ASYNC, KW_DEF,):
            return None
        # invalid_def_raw
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_def_raw())
        ):
            return _1
        self.mark = mark
        # 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression] &&':' tc=[func_type_comment] b=block
        if (
            self.expect(KW_DEF)
            and (n := self.name())
            and self.expect_forced(LPAR, '(')
            and ((params := self.params()) or True)
            and self.expect(RPAR)
            and ((a := self._tmp_18()) or True)
            and self.expect_forced(COLON, ':')
            and ((tc := self.func_type_comment()) or True)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.FunctionDef(n.id, params or empty_arguments(), b, [], a, type_comment(tc), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression] &&':' tc=[func_type_comment] b=block
        if (
            self.expect(ASYNC)
            and self.expect(KW_DEF)
            and (n := self.name())
            and self.expect_forced(LPAR, '(')
            and ((params := self.params()) or True)
            and self.expect(RPAR)
            and ((a := self._tmp_18()) or True)
            and self.expect_forced(COLON, ':')
            and ((tc := self.func_type_comment()) or True)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return (
                self.check_version(5, "Async functions are",
                ast.AsyncFunctionDef(n.id, params or empty_arguments(), b, [], a, type_comment(tc), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
            )
        self.mark = mark
        return None

    def params(self):
        """params[arguments_ty]:
            | invalid_parameters
            | parameters
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_PARAMS:
            return None
        # invalid_parameters
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_parameters())
        ):
            return _1
        self.mark = mark
        # parameters
        if (
            (_1 := self.parameters())
        ):
            return _1
        self.mark = mark
        return None

    def parameters(self):
        """parameters[arguments_ty]:
            | a=slash_no_default b[asdl_arg_seq*]=param_no_default* c=param_with_default* d=[star_etc] {
                self.check_version(8, "Positional-only parameters are", make_arguments(a, None, b, c, d)) }
            | a=slash_with_default b=param_with_default* c=[star_etc] {
                self.check_version(8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) }
            | a[asdl_arg_seq*]=param_no_default+ b=param_with_default* c=[star_etc] {
                make_arguments(None, None, a, b, c) }
            | a=param_with_default+ b=[star_etc] { make_arguments(None, None, None, a, b) }
            | a=star_etc { make_arguments(None, None, None, None, a) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOUBLESTAR, NAME, STAR,):
            return None
        # a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
        if (
            (a := self.slash_no_default())
            and ((b := self._loop0_19()) or True)
            and ((c := self._loop0_20()) or True)
            and ((d := self.star_etc()) or True)
        ):
            return self.check_version(8, "Positional-only parameters are", make_arguments(a, None, b, c, d))
        self.mark = mark
        # a=slash_with_default b=param_with_default* c=[star_etc]
        if (
            (a := self.slash_with_default())
            and ((b := self._loop0_20()) or True)
            and ((c := self.star_etc()) or True)
        ):
            return self.check_version(8, "Positional-only parameters are", make_arguments(None, a, None, b, c))
        self.mark = mark
        # a=param_no_default+ b=param_with_default* c=[star_etc]
        if (
            (a := self._loop1_21())
            and ((b := self._loop0_20()) or True)
            and ((c := self.star_etc()) or True)
        ):
            return make_arguments(None, None, a, b, c)
        self.mark = mark
        # a=param_with_default+ b=[star_etc]
        if (
            (a := self._loop1_22())
            and ((b := self.star_etc()) or True)
        ):
            return make_arguments(None, None, None, a, b)
        self.mark = mark
        # a=star_etc
        if (
            (a := self.star_etc())
        ):
            return make_arguments(None, None, None, None, a)
        self.mark = mark
        return None

    def slash_no_default(self):
        """slash_no_default[asdl_arg_seq*]:
            | a[asdl_arg_seq*]=param_no_default+ '/' ',' { a }
            | a[asdl_arg_seq*]=param_no_default+ '/' &')' { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=param_no_default+ '/' ','
        if (
            (a := self._loop1_21())
            and self.expect(SLASH)
            and self.expect(COMMA)
        ):
            return a
        self.mark = mark
        # a=param_no_default+ '/' &')'
        if (
            (a := self._loop1_21())
            and self.expect(SLASH)
            and self.tokens[self.mark].type == RPAR
        ):
            return a
        self.mark = mark
        return None

    def slash_with_default(self):
        """slash_with_default[SlashWithDefault*]:
            | a=param_no_default* b=param_with_default+ '/' ',' { SlashWithDefault(a, b) }
            | a=param_no_default* b=param_with_default+ '/' &')' { SlashWithDefault(a, b) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=param_no_default* b=param_with_default+ '/' ','
        if (
            ((a := self._loop0_19()) or True)
            and (b := self._loop1_22())
            and self.expect(SLASH)
            and self.expect(COMMA)
        ):
            return SlashWithDefault(a, b)
        self.mark = mark
        # a=param_no_default* b=param_with_default+ '/' &')'
        if (
            ((a := self._loop0_19()) or True)
            and (b := self._loop1_22())
            and self.expect(SLASH)
            and self.tokens[self.mark].type == RPAR
        ):
            return SlashWithDefault(a, b)
        self.mark = mark
        return None

    def star_etc(self):
        """star_etc[StarEtc*]:
            | invalid_star_etc
            | '*' a=param_no_default b=param_maybe_default* c=[kwds] {
                StarEtc(a, b, c) }
            | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds] {
                StarEtc(a, b, c) }
            | '*' ',' b=param_maybe_default+ c=[kwds] {
                StarEtc(None, b, c) }
            | a=kwds { StarEtc(None, [], a) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOUBLESTAR, STAR,):
            return None
        # invalid_star_etc
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_star_etc())
        ):
            return _1
        self.mark = mark
        # '*' a=param_no_default b=param_maybe_default* c=[kwds]
        if (
            self.expect(STAR)
            and (a := self.param_no_default())
            and ((b := self._loop0_23()) or True)
            and ((c := self.kwds()) or True)
        ):
            return StarEtc(a, b, c)
        self.mark = mark
        # '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds]
        if (
            self.expect(STAR)
            and (a := self.param_no_default_star_annotation())
            and ((b := self._loop0_23()) or True)
            and ((c := self.kwds()) or True)
        ):
            return StarEtc(a, b, c)
        self.mark = mark
        # '*' ',' b=param_maybe_default+ c=[kwds]
        if (
            self.expect(STAR)
            and self.expect(COMMA)
            and (b := self._loop1_24())
            and ((c := self.kwds()) or True)
        ):
            return StarEtc(None, b, c)
        self.mark = mark
        # a=kwds
        if (
            (a := self.kwds())
        ):
            return StarEtc(None, [], a)
        self.mark = mark
        return None

    def kwds(self):
        """kwds[arg_ty]:
            | invalid_kwds
            | '**' a=param_no_default { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOUBLESTAR,):
            return None
        # invalid_kwds
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_kwds())
        ):
            return _1
        self.mark = mark
        # '**' a=param_no_default
        if (
            self.expect(DOUBLESTAR)
            and (a := self.param_no_default())
        ):
            return a
        self.mark = mark
        return None

    def param_no_default(self):
        """param_no_default[arg_ty]:
            | a=param ',' tc=TYPE_COMMENT? { add_type_comment_to_arg(a, tc) }
            | a=param tc=TYPE_COMMENT? &')' { add_type_comment_to_arg(a, tc) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=param ',' tc=TYPE_COMMENT?
        if (
            (a := self.param())
            and self.expect(COMMA)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
        ):
            return add_type_comment_to_arg(a, tc)
        self.mark = mark
        # a=param tc=TYPE_COMMENT? &')'
        if (
            (a := self.param())
            and ((tc := self.expect(TYPE_COMMENT)) or True)
            and self.tokens[self.mark].type == RPAR
        ):
            return add_type_comment_to_arg(a, tc)
        self.mark = mark
        return None

    def param_no_default_star_annotation(self):
        """param_no_default_star_annotation[arg_ty]:
            | a=param_star_annotation ',' tc=TYPE_COMMENT? { add_type_comment_to_arg(a, tc) }
            | a=param_star_annotation tc=TYPE_COMMENT? &')' { add_type_comment_to_arg(a, tc) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=param_star_annotation ',' tc=TYPE_COMMENT?
        if (
            (a := self.param_star_annotation())
            and self.expect(COMMA)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
        ):
            return add_type_comment_to_arg(a, tc)
        self.mark = mark
        # a=param_star_annotation tc=TYPE_COMMENT? &')'
        if (
            (a := self.param_star_annotation())
            and ((tc := self.expect(TYPE_COMMENT)) or True)
            and self.tokens[self.mark].type == RPAR
        ):
            return add_type_comment_to_arg(a, tc)
        self.mark = mark
        return None

    def param_with_default(self):
        """param_with_default[NameDefaultPair*]:
            | a=param c=default ',' tc=TYPE_COMMENT? { name_default_pair(a, c, tc) }
            | a=param c=default tc=TYPE_COMMENT? &')' { name_default_pair(a, c, tc) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=param c=default ',' tc=TYPE_COMMENT?
        if (
            (a := self.param())
            and (c := self.default())
            and self.expect(COMMA)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
        ):
            return name_default_pair(a, c, tc)
        self.mark = mark
        # a=param c=default tc=TYPE_COMMENT? &')'
        if (
            (a := self.param())
            and (c := self.default())
            and ((tc := self.expect(TYPE_COMMENT)) or True)
            and self.tokens[self.mark].type == RPAR
        ):
            return name_default_pair(a, c, tc)
        self.mark = mark
        return None

    def param_maybe_default(self):
        """param_maybe_default[NameDefaultPair*]:
            | a=param c=default? ',' tc=TYPE_COMMENT? { name_default_pair(a, c, tc) }
            | a=param c=default? tc=TYPE_COMMENT? &')' { name_default_pair(a, c, tc) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=param c=default? ',' tc=TYPE_COMMENT?
        if (
            (a := self.param())
            and ((c := self.default()) or True)
            and self.expect(COMMA)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
        ):
            return name_default_pair(a, c, tc)
        self.mark = mark
        # a=param c=default? tc=TYPE_COMMENT? &')'
        if (
            (a := self.param())
            and ((c := self.default()) or True)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
            and self.tokens[self.mark].type == RPAR
        ):
            return name_default_pair(a, c, tc)
        self.mark = mark
        return None

    def param(self):
        """param[arg_ty]: a=NAME b=annotation? { ast.arg(a.id, b, None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # a=NAME b=annotation?
        if (
            (a := self.name())
            and ((b := self.annotation()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.arg(a.id, b, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def param_star_annotation(self):
        """param_star_annotation[arg_ty]: a=NAME b=star_annotation { ast.arg(a.id, b, None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # a=NAME b=star_annotation
        if (
            (a := self.name())
            and (b := self.star_annotation())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.arg(a.id, b, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def annotation(self):
        """annotation[expr_ty]: ':' a=expression { a }
        """
        mark = self.mark
        # ':' a=expression
        if (
            self.expect(COLON)
            and (a := self.expression())
        ):
            return a
        self.mark = mark
        return None

    def star_annotation(self):
        """star_annotation[expr_ty]: ':' a=star_expression { a }
        """
        mark = self.mark
        # ':' a=star_expression
        if (
            self.expect(COLON)
            and (a := self.star_expression())
        ):
            return a
        self.mark = mark
        return None

    def default(self):
        """default[expr_ty]: '=' a=expression { a } | invalid_default
        """
        mark = self.mark
        if self.tokens[mark].type not in (EQUAL,):
            return None
        # '=' a=expression
        if (
            self.expect(EQUAL)
            and (a := self.expression())
        ):
            return a
        self.mark = mark
        # invalid_default
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_default())
        ):
            return _1
        self.mark = mark
        return None

    def if_stmt(self):
        """if_stmt[stmt_ty]:
            | invalid_if_stmt
            | 'if' a=named_expression ':' b=block c=elif_stmt {
                ast.If(a, b, [c], EXTRA) }
            | 'if' a=named_expression ':' b=block c=[else_block] { ast.If(a, b, c or [], EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_IF,):
            return None
        # invalid_if_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_if_stmt())
        ):
            return _1
        self.mark = mark
        # 'if' a=named_expression ':' b=block c=elif_stmt
        if (
            self.expect(KW_IF)
            and (a := self.named_expression())
            and self.expect(COLON)
            and (b := self.block())
            and (c := self.elif_stmt())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.If(a, b, [c], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'if' a=named_expression ':' b=block c=[else_block]
        if (
            self.expect(KW_IF)
            and (a := self.named_expression())
            and self.expect(COLON)
            and (b := self.block())
            and ((c := self.else_block()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.If(a, b, c or [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def elif_stmt(self):
        """elif_stmt[stmt_ty]:
            | invalid_elif_stmt
            | 'elif' a=named_expression ':' b=block c=elif_stmt {
                ast.If(a, b, [c], EXTRA) }
            | 'elif' a=named_expression ':' b=block c=[else_block] { ast.If(a, b, c or [], EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_ELIF,):
            return None
        # invalid_elif_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_elif_stmt())
        ):
            return _1
        self.mark = mark
        # 'elif' a=named_expression ':' b=block c=elif_stmt
        if (
            self.expect(KW_ELIF)
            and (a := self.named_expression())
            and self.expect(COLON)
            and (b := self.block())
            and (c := self.elif_stmt())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.If(a, b, [c], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'elif' a=named_expression ':' b=block c=[else_block]
        if (
            self.expect(KW_ELIF)
            and (a := self.named_expression())
            and self.expect(COLON)
            and (b := self.block())
            and ((c := self.else_block()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.If(a, b, c or [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def else_block(self):
        """else_block[asdl_stmt_seq*]:
            | invalid_else_stmt
            | 'else' &&':' b=block { b }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_ELSE,):
            return None
        # invalid_else_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_else_stmt())
        ):
            return _1
        self.mark = mark
        # 'else' &&':' b=block
        if (
            self.expect(KW_ELSE)
            and self.expect_forced(COLON, ':')
            and (b := self.block())
        ):
            return b
        self.mark = mark
        return None

    def while_stmt(self):
        """while_stmt[stmt_ty]:
            | invalid_while_stmt
            | 'while' a=named_expression ':' b=block c=[else_block] { ast.While(a, b, c or [], EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_WHILE,):
            return None
        # invalid_while_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_while_stmt())
        ):
            return _1
        self.mark = mark
        # 'while' a=named_expression ':' b=block c=[else_block]
        if (
            self.expect(KW_WHILE)
            and (a := self.named_expression())
            and self.expect(COLON)
            and (b := self.block())
            and ((c := self.else_block()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.While(a, b, c or [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def for_stmt(self):
        """for_stmt[stmt_ty]:
            | invalid_for_stmt
            | 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] {
                ast.For(t, ex, b, el or [], type_comment(tc), EXTRA) }
            | ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] {
                self.check_version(5, "Async for loops are", ast.AsyncFor(t, ex, b, el or [], type_comment(tc), EXTRA)) }
            | invalid_for_target
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (ASYNC, KW_FOR,):
            return None
        # invalid_for_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_for_stmt())
        ):
            return _1
        self.mark = mark
        # 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
        cut = False
        if (
            self.expect(KW_FOR)
            and (t := self.star_targets())
            and self.expect(KW_IN)
            and (cut := True)
            and (ex := self.star_expressions())
            and self.expect(COLON)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
            and (b := self.block())
            and ((el := self.else_block()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.For(t, ex, b, el or [], type_comment(tc), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        if cut:
            return None
        # ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
        cut = False
        if (
            self.expect(ASYNC)
            and self.expect(KW_FOR)
            and (t := self.star_targets())
            and self.expect(KW_IN)
            and (cut := True)
            and (ex := self.star_expressions())
            and self.expect(COLON)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
            and (b := self.block())
            and ((el := self.else_block()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return self.check_version(5, "Async for loops are", ast.AsyncFor(t, ex, b, el or [], type_comment(tc), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
        self.mark = mark
        if cut:
            return None
        # invalid_for_target
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_for_target())
        ):
            return _1
        self.mark = mark
        return None

    def with_stmt(self):
        """with_stmt[stmt_ty]:
            | invalid_with_stmt_indent
            | 'with' '(' a[asdl_withitem_seq*]=','.with_item+ ','? ')' ':' b=block {
                self.check_version(9, "Parenthesized context managers are", ast.With(a, b, None, EXTRA)) }
            | 'with' a[asdl_withitem_seq*]=','.with_item+ ':' tc=[TYPE_COMMENT] b=block {
                ast.With(a, b, type_comment(tc), EXTRA) }
            | ASYNC 'with' '(' a[asdl_withitem_seq*]=','.with_item+ ','? ')' ':' b=block {
               self.check_version(5, "Async with statements are", ast.AsyncWith(a, b, None, EXTRA)) }
            | ASYNC 'with' a[asdl_withitem_seq*]=','.with_item+ ':' tc=[TYPE_COMMENT] b=block {
               self.check_version(5, "Async with statements are", ast.AsyncWith(a, b, type_comment(tc), EXTRA)) }
            | invalid_with_stmt
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (ASYNC, KW_WITH,):
            return None
        # invalid_with_stmt_indent
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_with_stmt_indent())
        ):
            return _1
        self.mark = mark
        # 'with' '(' a=','.with_item+ ','? ')' ':' b=block
        if (
            self.expect(KW_WITH)
            and self.expect(LPAR)
            and (a := self._gather_25())
            and (self.expect(COMMA) or True)
            and self.expect(RPAR)
            and self.expect(COLON)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return self.check_version(9, "Parenthesized context managers are", ast.With(a, b, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
        self.mark = mark
        # 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
        if (
            self.expect(KW_WITH)
            and (a := self._gather_25())
            and self.expect(COLON)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.With(a, b, type_comment(tc), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block
        if (
            self.expect(ASYNC)
            and self.expect(KW_WITH)
            and self.expect(LPAR)
            and (a := self._gather_25())
            and (self.expect(COMMA) or True)
            and self.expect(RPAR)
            and self.expect(COLON)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return self.check_version(5, "Async with statements are", ast.AsyncWith(a, b, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
        self.mark = mark
        # ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
        if (
            self.expect(ASYNC)
            and self.expect(KW_WITH)
            and (a := self._gather_25())
            and self.expect(COLON)
            and ((tc := self.expect(TYPE_COMMENT)) or True)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return self.check_version(5, "Async with statements are", ast.AsyncWith(a, b, type_comment(tc), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
        self.mark = mark
        # invalid_with_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_with_stmt())
        ):
            return _1
        self.mark = mark
        return None

    def with_item(self):
        """with_item[withitem_ty]:
            | e=expression 'as' t=star_target &(',' | ')' | ':') { ast.withitem(e, t) }
            | invalid_with_item
            | e=expression { ast.withitem(e, None) }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_WITH_ITEM:
            return None
        # e=expression 'as' t=star_target &(',' | ')' | ':')
        if (
            (e := self.expression())
            and self.expect(KW_AS)
            and (t := self.star_target())
            and self.tokens[self.mark].type in (COMMA, RPAR, COLON,)
        ):
            return ast.withitem(e, t)
        self.mark = mark
        # invalid_with_item
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_with_item())
        ):
            return _1
        self.mark = mark
        # e=expression
        if (
            (e := self.expression())
        ):
            return ast.withitem(e, None)
        self.mark = mark
        return None

    def try_stmt(self):
        """try_stmt[stmt_ty]:
            | invalid_try_stmt
            | 'try' &&':' b=block f=finally_block { ast.Try(b, [], [], f, EXTRA) }
            | 'try' &&':' b=block ex[asdl_excepthandler_seq*]=except_block+ el=[else_block] f=[finally_block] { ast.Try(b, ex, el or [], f or [], EXTRA) }
            | 'try' &&':' b=block ex[asdl_excepthandler_seq*]=except_star_block+ el=[else_block] f=[finally_block] {
                self.check_version(11, "Exception groups are", ast.TryStar(b, ex, el or [], f or [], EXTRA)) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_TRY,):
            return None
        # invalid_try_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_try_stmt())
        ):
            return _1
        self.mark = mark
        # 'try' &&':' b=block f=finally_block
        if (
            self.expect(KW_TRY)
            and self.expect_forced(COLON, ':')
            and (b := self.block())
            and (f := self.finally_block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Try(b, [], [], f, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block]
        if (
            self.expect(KW_TRY)
            and self.expect_forced(COLON, ':')
            and (b := self.block())
            and (ex := self._loop1_26())
            and ((el := self.else_block()) or True)
            and ((f := self.finally_block()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Try(b, ex, el or [], f or [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block]
        if (
            self.expect(KW_TRY)
            and self.expect_forced(COLON, ':')
            and (b := self.block())
            and (ex := self._loop1_27())
            and ((el := self.else_block()) or True)
            and ((f := self.finally_block()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return self.check_version(11, "Exception groups are", ast.TryStar(b, ex, el or [], f or [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
        self.mark = mark
        return None

    def except_block(self):
        """except_block[excepthandler_ty]:
            | invalid_except_stmt_indent
            | 'except' e=expression t=['as' z=NAME { z }] ':' b=block {
                ast.ExceptHandler(e, t.id if t else None, b, EXTRA) }
            | 'except' ':' b=block { ast.ExceptHandler(None, None, b, EXTRA) }
            | invalid_except_stmt
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_EXCEPT,):
            return None
        # invalid_except_stmt_indent
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_except_stmt_indent())
        ):
            return _1
        self.mark = mark
        # 'except' e=expression t=['as' z=NAME] ':' b=block
        if (
            self.expect(KW_EXCEPT)
            and (e := self.expression())
            and ((t := self._tmp_14()) or True)
            and self.expect(COLON)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.ExceptHandler(e, t.id if t else None, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'except' ':' b=block
        if (
            self.expect(KW_EXCEPT)
            and self.expect(COLON)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.ExceptHandler(None, None, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # invalid_except_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_except_stmt())
        ):
            return _1
        self.mark = mark
        return None

    def except_star_block(self):
        """except_star_block[excepthandler_ty]:
            | invalid_except_star_stmt_indent
            | 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block {
                ast.ExceptHandler(e, t.id if t else None, b, EXTRA) }
            | invalid_except_stmt
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_EXCEPT,):
            return None
        # invalid_except_star_stmt_indent
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_except_star_stmt_indent())
        ):
            return _1
        self.mark = mark
        # 'except' '*' e=expression t=['as' z=NAME] ':' b=block
        if (
            self.expect(KW_EXCEPT)
            and self.expect(STAR)
            and (e := self.expression())
            and ((t := self._tmp_14()) or True)
            and self.expect(COLON)
            and (b := self.block())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.ExceptHandler(e, t.id if t else None, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # invalid_except_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_except_stmt())
        ):
            return _1
        self.mark = mark
        return None

    def finally_block(self):
        """finally_block[asdl_stmt_seq*]:
            | invalid_finally_stmt
            | 'finally' &&':' a=block { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_FINALLY,):
            return None
        # invalid_finally_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_finally_stmt())
        ):
            return _1
        self.mark = mark
        # 'finally' &&':' a=block
        if (
            self.expect(KW_FINALLY)
            and self.expect_forced(COLON, ':')
            and (a := self.block())
        ):
            return a
        self.mark = mark
        return None

    def match_stmt(self):
        """match_stmt[stmt_ty]:
            | "match" subject=subject_expr ':' NEWLINE INDENT cases[asdl_match_case_seq*]=case_block+ DEDENT {
                self.check_version(10, "Pattern matching is", ast.Match(subject, cases, EXTRA)) }
            | invalid_match_stmt
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (NAME,):
            return None
        # "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT
        if (
            self.expect_soft_keyword('match')
            and (subject := self.subject_expr())
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.expect(INDENT)
            and (cases := self._loop1_28())
            and self.expect(DEDENT)
        ):
            end_tok = self.last_nonwhitespace_token()
            return self.check_version(10, "Pattern matching is", ast.Match(subject, cases, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
        self.mark = mark
        # invalid_match_stmt
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_match_stmt())
        ):
            return _1
        self.mark = mark
        return None

    def subject_expr(self):
        """subject_expr[expr_ty]:
            | value=star_named_expression ',' values=star_named_expressions? {
                ast.Tuple([value] + (values or []), LOAD, EXTRA) }
            | named_expression
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_SUBJECT_EXPR:
            return None
        # value=star_named_expression ',' values=star_named_expressions?
        if (
            (value := self.star_named_expression())
            and self.expect(COMMA)
            and ((values := self.star_named_expressions()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple([value] + (values or []), LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # named_expression
        if (
            (_1 := self.named_expression())
        ):
            return _1
        self.mark = mark
        return None

    def case_block(self):
        """case_block[match_case_ty]:
            | invalid_case_block
            | "case" pattern=patterns guard=guard? ':' body=block {
                ast.match_case(pattern, guard, body) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # invalid_case_block
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_case_block())
        ):
            return _1
        self.mark = mark
        # "case" pattern=patterns guard=guard? ':' body=block
        if (
            self.expect_soft_keyword('case')
            and (pattern := self.patterns())
            and ((guard := self.guard()) or True)
            and self.expect(COLON)
            and (body := self.block())
        ):
            return ast.match_case(pattern, guard, body)
        self.mark = mark
        return None

    def guard(self):
        """guard[expr_ty]: 'if' guard=named_expression { guard }
        """
        mark = self.mark
        # 'if' guard=named_expression
        if (
            self.expect(KW_IF)
            and (guard := self.named_expression())
        ):
            return guard
        self.mark = mark
        return None

    def patterns(self):
        """patterns[pattern_ty]:
            | patterns[asdl_pattern_seq*]=open_sequence_pattern {
                ast.MatchSequence(patterns, EXTRA) }
            | pattern
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_PATTERNS:
            return None
        # patterns=open_sequence_pattern
        if (
            (patterns := self.open_sequence_pattern())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchSequence(patterns, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # pattern
        if (
            (_1 := self.pattern())
        ):
            return _1
        self.mark = mark
        return None

    def pattern(self):
        """pattern[pattern_ty]:
            | as_pattern
            | or_pattern
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_PATTERN:
            return None
        # as_pattern
        if (
            (_1 := self.as_pattern())
        ):
            return _1
        self.mark = mark
        # or_pattern
        if (
            (_1 := self.or_pattern())
        ):
            return _1
        self.mark = mark
        return None

    def as_pattern(self):
        """as_pattern[pattern_ty]:
            | pattern=or_pattern 'as' target=pattern_capture_target {
                ast.MatchAs(pattern, target.id, EXTRA) }
            | invalid_as_pattern
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_AS_PATTERN:
            return None
        # pattern=or_pattern 'as' target=pattern_capture_target
        if (
            (pattern := self.or_pattern())
            and self.expect(KW_AS)
            and (target := self.pattern_capture_target())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchAs(pattern, target.id, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # invalid_as_pattern
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_as_pattern())
        ):
            return _1
        self.mark = mark
        return None

    def or_pattern(self):
        """or_pattern[pattern_ty]:
            | patterns[asdl_pattern_seq*]='|'.closed_pattern+ {
                patterns[0] if len(patterns) == 1 else ast.MatchOr(patterns, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # patterns='|'.closed_pattern+
        if (
            (patterns := self._gather_29())
        ):
            end_tok = self.last_nonwhitespace_token()
            return patterns[0] if len(patterns) == 1 else ast.MatchOr(patterns, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def closed_pattern(self):
        """closed_pattern[pattern_ty] (memo):
            | literal_pattern
            | capture_pattern
            | wildcard_pattern
            | value_pattern
            | group_pattern
            | sequence_pattern
            | mapping_pattern
            | class_pattern
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'closed_pattern' in memo:
            res, self.mark = memo['closed_pattern']
            return res
        if self.tokens[mark].type not in FIRST_CLOSED_PATTERN:
            return None
        # literal_pattern
        if (
            (_1 := self.literal_pattern())
        ):
            res = _1
            memo['closed_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        # capture_pattern
        if (
            (_1 := self.capture_pattern())
        ):
            res = _1
            memo['closed_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        # wildcard_pattern
        if (
            (_1 := self.wildcard_pattern())
        ):
            res = _1
            memo['closed_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        # value_pattern
        if (
            (_1 := self.value_pattern())
        ):
            res = _1
            memo['closed_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        # group_pattern
        if (
            (_1 := self.group_pattern())
        ):
            res = _1
            memo['closed_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        # sequence_pattern
        if (
            (_1 := self.sequence_pattern())
        ):
            res = _1
            memo['closed_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        # mapping_pattern
        if (
            (_1 := self.mapping_pattern())
        ):
            res = _1
            memo['closed_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        # class_pattern
        if (
            (_1 := self.class_pattern())
        ):
            res = _1
            memo['closed_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        memo['closed_pattern'] = (None, mark)
        return None

    def literal_pattern(self):
        """literal_pattern[pattern_ty]:
            | value=signed_number !('+' | '-') { ast.MatchValue(value, EXTRA) }
            | value=complex_number { ast.MatchValue(value, EXTRA) }
            | value=strings { ast.MatchValue(value, EXTRA) }
            | 'None' { ast.MatchSingleton(None, EXTRA) }
            | 'True' { ast.MatchSingleton(True, EXTRA) }
            | 'False' { ast.MatchSingleton(False, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_LITERAL_PATTERN:
            return None
        # value=signed_number !('+' | '-')
        if (
            (value := self.signed_number())
            and self.tokens[self.mark].type not in (PLUS, MINUS,)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchValue(value, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # value=complex_number
        if (
            (value := self.complex_number())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchValue(value, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # value=strings
        if (
            (value := self.strings())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchValue(value, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'None'
        if (
            self.expect(KW_NONE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchSingleton(None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'True'
        if (
            self.expect(KW_TRUE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchSingleton(True, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'False'
        if (
            self.expect(KW_FALSE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchSingleton(False, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def literal_expr(self):
        """literal_expr[expr_ty]:
            | signed_number !('+' | '-')
            | complex_number
            | strings
            | 'None' { ast.Constant(None, None, EXTRA) }
            | 'True' { ast.Constant(True, None, EXTRA) }
            | 'False' { ast.Constant(False, None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_LITERAL_EXPR:
            return None
        # signed_number !('+' | '-')
        if (
            (_1 := self.signed_number())
            and self.tokens[self.mark].type not in (PLUS, MINUS,)
        ):
            return _1
        self.mark = mark
        # complex_number
        if (
            (_1 := self.complex_number())
        ):
            return _1
        self.mark = mark
        # strings
        if (
            (_1 := self.strings())
        ):
            return _1
        self.mark = mark
        # 'None'
        if (
            self.expect(KW_NONE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Constant(None, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'True'
        if (
            self.expect(KW_TRUE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Constant(True, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'False'
        if (
            self.expect(KW_FALSE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Constant(False, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def complex_number(self):
        """complex_number[expr_ty]:
            | real=signed_real_number '+' imag=imaginary_number {
                ast.BinOp(real, ast.Add(), imag, EXTRA) }
            | real=signed_real_number '-' imag=imaginary_number  {
                ast.BinOp(real, ast.Sub(), imag, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (MINUS, NUMBER,):
            return None
        # real=signed_real_number '+' imag=imaginary_number
        if (
            (real := self.signed_real_number())
            and self.expect(PLUS)
            and (imag := self.imaginary_number())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(real, ast.Add(), imag, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # real=signed_real_number '-' imag=imaginary_number
        if (
            (real := self.signed_real_number())
            and self.expect(MINUS)
            and (imag := self.imaginary_number())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(real, ast.Sub(), imag, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def signed_number(self):
        """signed_number[expr_ty]:
            | NUMBER
            | '-' number=NUMBER { ast.UnaryOp(ast.USub(), number, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (MINUS, NUMBER,):
            return None
        # NUMBER
        if (
            (_1 := self.number())
        ):
            return _1
        self.mark = mark
        # '-' number=NUMBER
        if (
            self.expect(MINUS)
            and (number := self.number())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.UnaryOp(ast.USub(), number, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def signed_real_number(self):
        """signed_real_number[expr_ty]:
            | real_number
            | '-' real=real_number { ast.UnaryOp(ast.USub(), real, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (MINUS, NUMBER,):
            return None
        # real_number
        if (
            (_1 := self.real_number())
        ):
            return _1
        self.mark = mark
        # '-' real=real_number
        if (
            self.expect(MINUS)
            and (real := self.real_number())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.UnaryOp(ast.USub(), real, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def real_number(self):
        """real_number[expr_ty]:
            | real=NUMBER { self.ensure_real(real) }
        """
        mark = self.mark
        # real=NUMBER
        if (
            (real := self.number())
        ):
            return self.ensure_real(real)
        self.mark = mark
        return None

    def imaginary_number(self):
        """imaginary_number[expr_ty]:
            | imag=NUMBER { self.ensure_imaginary(imag) }
        """
        mark = self.mark
        # imag=NUMBER
        if (
            (imag := self.number())
        ):
            return self.ensure_imaginary(imag)
        self.mark = mark
        return None

    def capture_pattern(self):
        """capture_pattern[pattern_ty]:
            | target=pattern_capture_target { ast.MatchAs(None, target.id, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # target=pattern_capture_target
        if (
            (target := self.pattern_capture_target())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchAs(None, target.id, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def pattern_capture_target(self):
        """pattern_capture_target[expr_ty]:
            | !"_" name=NAME !('.' | '(' | '=') {
                set_ctx(name, STORE) }
        """
        mark = self.mark
        # !"_" name=NAME !('.' | '(' | '=')
        if (
            self.tokens[self.mark].string != '_'
            and (name := self.name())
            and self.tokens[self.mark].type not in (DOT, LPAR, EQUAL,)
        ):
            return set_ctx(name, STORE)
        self.mark = mark
        return None

    def wildcard_pattern(self):
        """wildcard_pattern[pattern_ty]:
            | "_" { ast.MatchAs(None, None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # "_"
        if (
            self.expect_soft_keyword('_')
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchAs(None, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def value_pattern(self):
        """value_pattern[pattern_ty]:
            | attr=attr !('.' | '(' | '=') { ast.MatchValue(attr, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # attr=attr !('.' | '(' | '=')
        if (
            (attr := self.attr())
            and self.tokens[self.mark].type not in (DOT, LPAR, EQUAL,)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchValue(attr, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def attr(self):
        """attr[expr_ty]:
            | value=name_or_attr '.' attr=NAME {
                ast.Attribute(value, attr.id, LOAD, EXTRA) }

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'attr' in memo:
            res, self.mark = memo['attr']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around attr_raw).
        res = None
        resmark = mark
        while True:
            memo['attr'] = (res, resmark)
            self.mark = mark
            raw = self._attr_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _attr_raw(self):
        """The alternatives of attr, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        # value=name_or_attr '.' attr=NAME
        if (
            (value := self.name_or_attr())
            and self.expect(DOT)
            and (attr := self.name())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Attribute(value, attr.id, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def name_or_attr(self):
        """name_or_attr[expr_ty]:
            | attr
            | NAME

        (left-recursive)
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # attr
        if (
            (_1 := self.attr())
        ):
            return _1
        self.mark = mark
        # NAME
        if (
            (_1 := self.name())
        ):
            return _1
        self.mark = mark
        return None

    def group_pattern(self):
        """group_pattern[pattern_ty]:
            | '(' pattern=pattern ')' { pattern }
        """
        mark = self.mark
        # '(' pattern=pattern ')'
        if (
            self.expect(LPAR)
            and (pattern := self.pattern())
            and self.expect(RPAR)
        ):
            return pattern
        self.mark = mark
        return None

    def sequence_pattern(self):
        """sequence_pattern[pattern_ty]:
            | '[' patterns=maybe_sequence_pattern? ']' { ast.MatchSequence(patterns or [], EXTRA) }
            | '(' patterns=open_sequence_pattern? ')' { ast.MatchSequence(patterns or [], EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LPAR, LSQB,):
            return None
        # '[' patterns=maybe_sequence_pattern? ']'
        if (
            self.expect(LSQB)
            and ((patterns := self.maybe_sequence_pattern()) or True)
            and self.expect(RSQB)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchSequence(patterns or [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # '(' patterns=open_sequence_pattern? ')'
        if (
            self.expect(LPAR)
            and ((patterns := self.open_sequence_pattern()) or True)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchSequence(patterns or [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def open_sequence_pattern(self):
        """open_sequence_pattern[asdl_seq*]:
            | pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern? {
                [pattern] + (patterns or []) }
        """
        mark = self.mark
        # pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern?
        if (
            (pattern := self.maybe_star_pattern())
            and self.expect(COMMA)
            and ((patterns := self.maybe_sequence_pattern()) or True)
        ):
            return [pattern] + (patterns or [])
        self.mark = mark
        return None

    def maybe_sequence_pattern(self):
        """maybe_sequence_pattern[asdl_seq*]:
            | patterns=','.maybe_star_pattern+ ','? { patterns }
        """
        mark = self.mark
        # patterns=','.maybe_star_pattern+ ','?
        if (
            (patterns := self._gather_30())
            and (self.expect(COMMA) or True)
        ):
            return patterns
        self.mark = mark
        return None

    def maybe_star_pattern(self):
        """maybe_star_pattern[pattern_ty]:
            | star_pattern
            | pattern
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_MAYBE_STAR_PATTERN:
            return None
        # star_pattern
        if (
            (_1 := self.star_pattern())
        ):
            return _1
        self.mark = mark
        # pattern
        if (
            (_1 := self.pattern())
        ):
            return _1
        self.mark = mark
        return None

    def star_pattern(self):
        """star_pattern[pattern_ty] (memo):
            | '*' target=pattern_capture_target {
                ast.MatchStar(target.id, EXTRA) }
            | '*' wildcard_pattern {
                ast.MatchStar(None, EXTRA) }
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'star_pattern' in memo:
            res, self.mark = memo['star_pattern']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (STAR,):
            return None
        # '*' target=pattern_capture_target
        if (
            self.expect(STAR)
            and (target := self.pattern_capture_target())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.MatchStar(target.id, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['star_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        # '*' wildcard_pattern
        if (
            self.expect(STAR)
            and self.wildcard_pattern()
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.MatchStar(None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['star_pattern'] = (res, self.mark)
            return res
        self.mark = mark
        memo['star_pattern'] = (None, mark)
        return None

    def mapping_pattern(self):
        """mapping_pattern[pattern_ty]:
            | '{' '}' {
                ast.MatchMapping([], [], None, EXTRA) }
            | '{' rest=double_star_pattern ','? '}' {
                ast.MatchMapping([], [], rest.id, EXTRA) }
            | '{' items=items_pattern ',' rest=double_star_pattern ','? '}' {
                ast.MatchMapping(get_pattern_keys(items), get_patterns(items), rest.id, EXTRA) }
            | '{' items=items_pattern ','? '}' {
                ast.MatchMapping(get_pattern_keys(items), get_patterns(items), None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LBRACE,):
            return None
        # '{' '}'
        if (
            self.expect(LBRACE)
            and self.expect(RBRACE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchMapping([], [], None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # '{' rest=double_star_pattern ','? '}'
        if (
            self.expect(LBRACE)
            and (rest := self.double_star_pattern())
            and (self.expect(COMMA) or True)
            and self.expect(RBRACE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchMapping([], [], rest.id, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # '{' items=items_pattern ',' rest=double_star_pattern ','? '}'
        if (
            self.expect(LBRACE)
            and (items := self.items_pattern())
            and self.expect(COMMA)
            and (rest := self.double_star_pattern())
            and (self.expect(COMMA) or True)
            and self.expect(RBRACE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchMapping(get_pattern_keys(items), get_patterns(items), rest.id, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # '{' items=items_pattern ','? '}'
        if (
            self.expect(LBRACE)
            and (items := self.items_pattern())
            and (self.expect(COMMA) or True)
            and self.expect(RBRACE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchMapping(get_pattern_keys(items), get_patterns(items), None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def items_pattern(self):
        """items_pattern[asdl_seq*]:
            | ','.key_value_pattern+
        """
        mark = self.mark
        # ','.key_value_pattern+
        if (
            (_1 := self._gather_31())
        ):
            return _1
        self.mark = mark
        return None

    def key_value_pattern(self):
        """key_value_pattern[KeyPatternPair*]:
            | key=(literal_expr | attr) ':' pattern=pattern {
                KeyPatternPair(key, pattern) }
        """
        mark = self.mark
        # key=(literal_expr | attr) ':' pattern=pattern
        if (
            (key := self._tmp_32())
            and self.expect(COLON)
            and (pattern := self.pattern())
        ):
            return KeyPatternPair(key, pattern)
        self.mark = mark
        return None

    def double_star_pattern(self):
        """double_star_pattern[expr_ty]:
            | '**' target=pattern_capture_target { target }
        """
        mark = self.mark
        # '**' target=pattern_capture_target
        if (
            self.expect(DOUBLESTAR)
            and (target := self.pattern_capture_target())
        ):
            return target
        self.mark = mark
        return None

    def class_pattern(self):
        """class_pattern[pattern_ty]:
            | cls=name_or_attr '(' ')' {
                ast.MatchClass(cls, [], [], [], EXTRA) }
            | cls=name_or_attr '(' patterns=positional_patterns ','? ')' {
                ast.MatchClass(cls, patterns, [], [], EXTRA) }
            | cls=name_or_attr '(' keywords=keyword_patterns ','? ')' {
                ast.MatchClass(cls, [], [k.id for k in get_pattern_keys(keywords)],
                               get_patterns(keywords), EXTRA) }
            | cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')' {
                ast.MatchClass(cls, patterns, [k.id for k in get_pattern_keys(keywords)],
                               get_patterns(keywords), EXTRA) }
            | invalid_class_pattern
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (NAME,):
            return None
        # cls=name_or_attr '(' ')'
        if (
            (cls := self.name_or_attr())
            and self.expect(LPAR)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchClass(cls, [], [], [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # cls=name_or_attr '(' patterns=positional_patterns ','? ')'
        if (
            (cls := self.name_or_attr())
            and self.expect(LPAR)
            and (patterns := self.positional_patterns())
            and (self.expect(COMMA) or True)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.MatchClass(cls, patterns, [], [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # cls=name_or_attr '(' keywords=keyword_patterns ','? ')'
        if (
            (cls := self.name_or_attr())
            and self.expect(LPAR)
            and (keywords := self.keyword_patterns())
            and (self.expect(COMMA) or True)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return (
                ast.MatchClass(cls, [], [k.id for k in get_pattern_keys(keywords)],
                get_patterns(keywords), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            )
        self.mark = mark
        # cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')'
        if (
            (cls := self.name_or_attr())
            and self.expect(LPAR)
            and (patterns := self.positional_patterns())
            and self.expect(COMMA)
            and (keywords := self.keyword_patterns())
            and (self.expect(COMMA) or True)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return (
                ast.MatchClass(cls, patterns, [k.id for k in get_pattern_keys(keywords)],
                get_patterns(keywords), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            )
        self.mark = mark
        # invalid_class_pattern
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_class_pattern())
        ):
            return _1
        self.mark = mark
        return None

    def positional_patterns(self):
        """positional_patterns[asdl_pattern_seq*]:
            | args[asdl_pattern_seq*]=','.pattern+ { args }
        """
        mark = self.mark
        # args=','.pattern+
        if (
            (args := self._gather_33())
        ):
            return args
        self.mark = mark
        return None

    def keyword_patterns(self):
        """keyword_patterns[asdl_seq*]:
            | ','.keyword_pattern+
        """
        mark = self.mark
        # ','.keyword_pattern+
        if (
            (_1 := self._gather_34())
        ):
            return _1
        self.mark = mark
        return None

    def keyword_pattern(self):
        """keyword_pattern[KeyPatternPair*]:
            | arg=NAME '=' value=pattern { KeyPatternPair(arg, value) }
        """
        mark = self.mark
        # arg=NAME '=' value=pattern
        if (
            (arg := self.name())
            and self.expect(EQUAL)
            and (value := self.pattern())
        ):
            return KeyPatternPair(arg, value)
        self.mark = mark
        return None

    def expressions(self):
        """expressions[expr_ty]:
            | a=expression b=(',' c=expression { c })+ [','] {
                ast.Tuple([a] + b, LOAD, EXTRA) }
            | a=expression ',' { ast.Tuple([a], LOAD, EXTRA) }
            | expression
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_EXPRESSIONS:
            return None
        # a=expression b=(',' c=expression)+ [',']
        if (
            (a := self.expression())
            and (b := self._loop1_35())
            and (self.expect(COMMA) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple([a] + b, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=expression ','
        if (
            (a := self.expression())
            and self.expect(COMMA)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple([a], LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # expression
        if (
            (_1 := self.expression())
        ):
            return _1
        self.mark = mark
        return None

    def expression(self):
        """expression[expr_ty] (memo):
            | invalid_expression
            | invalid_legacy_expression
            | a=disjunction 'if' b=disjunction 'else' c=expression { ast.IfExp(b, a, c, EXTRA) }
            | disjunction
            | lambdef
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'expression' in memo:
            res, self.mark = memo['expression']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_EXPRESSION:
            return None
        # invalid_expression
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_expression())
        ):
            res = _1
            memo['expression'] = (res, self.mark)
            return res
        self.mark = mark
        # invalid_legacy_expression
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_legacy_expression())
        ):
            res = _1
            memo['expression'] = (res, self.mark)
            return res
        self.mark = mark
        # a=disjunction 'if' b=disjunction 'else' c=expression
        if (
            (a := self.disjunction())
            and self.expect(KW_IF)
            and (b := self.disjunction())
            and self.expect(KW_ELSE)
            and (c := self.expression())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.IfExp(b, a, c, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['expression'] = (res, self.mark)
            return res
        self.mark = mark
        # disjunction
        if (
            (_1 := self.disjunction())
        ):
            res = _1
            memo['expression'] = (res, self.mark)
            return res
        self.mark = mark
        # lambdef
        if (
            (_1 := self.lambdef())
        ):
            res = _1
            memo['expression'] = (res, self.mark)
            return res
        self.mark = mark
        memo['expression'] = (None, mark)
        return None

    def yield_expr(self):
        """yield_expr[expr_ty]:
            | 'yield' 'from' a=expression { ast.YieldFrom(a, EXTRA) }
            | 'yield' a=[star_expressions] { ast.Yield(a, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (KW_YIELD,):
            return None
        # 'yield' 'from' a=expression
        if (
            self.expect(KW_YIELD)
            and self.expect(KW_FROM)
            and (a := self.expression())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.YieldFrom(a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'yield' a=[star_expressions]
        if (
            self.expect(KW_YIELD)
            and ((a := self.star_expressions()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Yield(a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def star_expressions(self):
        """star_expressions[expr_ty]:
            | a=star_expression b=(',' c=star_expression { c })+ [','] {
                ast.Tuple([a] + b, LOAD, EXTRA) }
            | a=star_expression ',' { ast.Tuple([a], LOAD, EXTRA) }
            | star_expression
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_STAR_EXPRESSIONS:
            return None
        # a=star_expression b=(',' c=star_expression)+ [',']
        if (
            (a := self.star_expression())
            and (b := self._loop1_36())
            and (self.expect(COMMA) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple([a] + b, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=star_expression ','
        if (
            (a := self.star_expression())
            and self.expect(COMMA)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple([a], LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # star_expression
        if (
            (_1 := self.star_expression())
        ):
            return _1
        self.mark = mark
        return None

    def star_expression(self):
        """star_expression[expr_ty] (memo):
            | '*' a=bitwise_or { ast.Starred(a, LOAD, EXTRA) }
            | expression
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'star_expression' in memo:
            res, self.mark = memo['star_expression']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_STAR_EXPRESSION:
            return None
        # '*' a=bitwise_or
        if (
            self.expect(STAR)
            and (a := self.bitwise_or())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Starred(a, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['star_expression'] = (res, self.mark)
            return res
        self.mark = mark
        # expression
        if (
            (_1 := self.expression())
        ):
            res = _1
            memo['star_expression'] = (res, self.mark)
            return res
        self.mark = mark
        memo['star_expression'] = (None, mark)
        return None

    def star_named_expressions(self):
        """star_named_expressions[asdl_expr_seq*]: a[asdl_expr_seq*]=','.star_named_expression+ [','] { a }
        """
        mark = self.mark
        # a=','.star_named_expression+ [',']
        if (
            (a := self._gather_37())
            and (self.expect(COMMA) or True)
        ):
            return a
        self.mark = mark
        return None

    def star_named_expression(self):
        """star_named_expression[expr_ty]:
            | '*' a=bitwise_or { ast.Starred(a, LOAD, EXTRA) }
            | named_expression
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_STAR_NAMED_EXPRESSION:
            return None
        # '*' a=bitwise_or
        if (
            self.expect(STAR)
            and (a := self.bitwise_or())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Starred(a, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # named_expression
        if (
            (_1 := self.named_expression())
        ):
            return _1
        self.mark = mark
        return None

    def assignment_expression(self):
        """assignment_expression[expr_ty]:
            | a=NAME ':=' ~ b=expression {
                self.check_version(8, "Assignment expressions are",
                                   ast.NamedExpr(set_ctx(a, STORE), b, EXTRA)) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # a=NAME ':=' ~ b=expression
        cut = False
        if (
            (a := self.name())
            and self.expect(COLONEQUAL)
            and (cut := True)
            and (b := self.expression())
        ):
            end_tok = self.last_nonwhitespace_token()
            return (
                self.check_version(8, "Assignment expressions are",
                ast.NamedExpr(set_ctx(a, STORE), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
            )
        self.mark = mark
        if cut:
            return None
        return None

    def named_expression(self):
        """named_expression[expr_ty]:
            | assignment_expression
            | invalid_named_expression
            | expression !':='
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_NAMED_EXPRESSION:
            return None
        # assignment_expression
        if (
            (_1 := self.assignment_expression())
        ):
            return _1
        self.mark = mark
        # invalid_named_expression
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_named_expression())
        ):
            return _1
        self.mark = mark
        # expression !':='
        if (
            (_1 := self.expression())
            and self.tokens[self.mark].type != COLONEQUAL
        ):
            return _1
        self.mark = mark
        return None

    def disjunction(self):
        """disjunction[expr_ty] (memo):
            | a=conjunction b=('or' c=conjunction { c })+ { ast.BoolOp(ast.Or(), [a] + b, EXTRA) }
            | conjunction
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'disjunction' in memo:
            res, self.mark = memo['disjunction']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_DISJUNCTION:
            return None
        # a=conjunction b=('or' c=conjunction)+
        if (
            (a := self.conjunction())
            and (b := self._loop1_38())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.BoolOp(ast.Or(), [a] + b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['disjunction'] = (res, self.mark)
            return res
        self.mark = mark
        # conjunction
        if (
            (_1 := self.conjunction())
        ):
            res = _1
            memo['disjunction'] = (res, self.mark)
            return res
        self.mark = mark
        memo['disjunction'] = (None, mark)
        return None

    def conjunction(self):
        """conjunction[expr_ty] (memo):
            | a=inversion b=('and' c=inversion { c })+ { ast.BoolOp(ast.And(), [a] + b, EXTRA) }
            | inversion
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'conjunction' in memo:
            res, self.mark = memo['conjunction']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_CONJUNCTION:
            return None
        # a=inversion b=('and' c=inversion)+
        if (
            (a := self.inversion())
            and (b := self._loop1_39())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.BoolOp(ast.And(), [a] + b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['conjunction'] = (res, self.mark)
            return res
        self.mark = mark
        # inversion
        if (
            (_1 := self.inversion())
        ):
            res = _1
            memo['conjunction'] = (res, self.mark)
            return res
        self.mark = mark
        memo['conjunction'] = (None, mark)
        return None

    def inversion(self):
        """inversion[expr_ty] (memo):
            | 'not' a=inversion { ast.UnaryOp(ast.Not(), a, EXTRA) }
            | comparison
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'inversion' in memo:
            res, self.mark = memo['inversion']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_INVERSION:
            return None
        # 'not' a=inversion
        if (
            self.expect(KW_NOT)
            and (a := self.inversion())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.UnaryOp(ast.Not(), a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['inversion'] = (res, self.mark)
            return res
        self.mark = mark
        # comparison
        if (
            (_1 := self.comparison())
        ):
            res = _1
            memo['inversion'] = (res, self.mark)
            return res
        self.mark = mark
        memo['inversion'] = (None, mark)
        return None

    def comparison(self):
        """comparison[expr_ty]:
            | a=bitwise_or b=compare_op_bitwise_or_pair+ {
                ast.Compare(a, get_cmpops(b), get_exprs(b), EXTRA) }
            | bitwise_or
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_COMPARISON:
            return None
        # a=bitwise_or b=compare_op_bitwise_or_pair+
        if (
            (a := self.bitwise_or())
            and (b := self._loop1_40())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Compare(a, get_cmpops(b), get_exprs(b), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # bitwise_or
        if (
            (_1 := self.bitwise_or())
        ):
            return _1
        self.mark = mark
        return None

    def compare_op_bitwise_or_pair(self):
        """compare_op_bitwise_or_pair[CmpopExprPair*]:
            | eq_bitwise_or
            | noteq_bitwise_or
            | lte_bitwise_or
            | lt_bitwise_or
            | gte_bitwise_or
            | gt_bitwise_or
            | notin_bitwise_or
            | in_bitwise_or
            | isnot_bitwise_or
            | is_bitwise_or
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_COMPARE_OP_BITWISE_OR_PAIR:
            return None
        # eq_bitwise_or
        if (
            (_1 := self.eq_bitwise_or())
        ):
            return _1
        self.mark = mark
        # noteq_bitwise_or
        if (
            (_1 := self.noteq_bitwise_or())
        ):
            return _1
        self.mark = mark
        # lte_bitwise_or
        if (
            (_1 := self.lte_bitwise_or())
        ):
            return _1
        self.mark = mark
        # lt_bitwise_or
        if (
            (_1 := self.lt_bitwise_or())
        ):
            return _1
        self.mark = mark
        # gte_bitwise_or
        if (
            (_1 := self.gte_bitwise_or())
        ):
            return _1
        self.mark = mark
        # gt_bitwise_or
        if (
            (_1 := self.gt_bitwise_or())
        ):
            return _1
        self.mark = mark
        # notin_bitwise_or
        if (
            (_1 := self.notin_bitwise_or())
        ):
            return _1
        self.mark = mark
        # in_bitwise_or
        if (
            (_1 := self.in_bitwise_or())
        ):
            return _1
        self.mark = mark
        # isnot_bitwise_or
        if (
            (_1 := self.isnot_bitwise_or())
        ):
            return _1
        self.mark = mark
        # is_bitwise_or
        if (
            (_1 := self.is_bitwise_or())
        ):
            return _1
        self.mark = mark
        return None

    def eq_bitwise_or(self):
        """eq_bitwise_or[CmpopExprPair*]: '==' a=bitwise_or { CmpopExprPair(ast.Eq(), a) }
        """
        mark = self.mark
        # '==' a=bitwise_or
        if (
            self.expect(EQEQUAL)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.Eq(), a)
        self.mark = mark
        return None

    def noteq_bitwise_or(self):
        """noteq_bitwise_or[CmpopExprPair*]:
            | (tok='!=' { self.check_barry_as_flufl(tok) }) a=bitwise_or { CmpopExprPair(ast.NotEq(), a) }
        """
        mark = self.mark
        # (tok='!=') a=bitwise_or
        if (
            self._tmp_41()
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.NotEq(), a)
        self.mark = mark
        return None

    def lte_bitwise_or(self):
        """lte_bitwise_or[CmpopExprPair*]: '<=' a=bitwise_or { CmpopExprPair(ast.LtE(), a) }
        """
        mark = self.mark
        # '<=' a=bitwise_or
        if (
            self.expect(LESSEQUAL)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.LtE(), a)
        self.mark = mark
        return None

    def lt_bitwise_or(self):
        """lt_bitwise_or[CmpopExprPair*]: '<' a=bitwise_or { CmpopExprPair(ast.Lt(), a) }
        """
        mark = self.mark
        # '<' a=bitwise_or
        if (
            self.expect(LESS)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.Lt(), a)
        self.mark = mark
        return None

    def gte_bitwise_or(self):
        """gte_bitwise_or[CmpopExprPair*]: '>=' a=bitwise_or { CmpopExprPair(ast.GtE(), a) }
        """
        mark = self.mark
        # '>=' a=bitwise_or
        if (
            self.expect(GREATEREQUAL)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.GtE(), a)
        self.mark = mark
        return None

    def gt_bitwise_or(self):
        """gt_bitwise_or[CmpopExprPair*]: '>' a=bitwise_or { CmpopExprPair(ast.Gt(), a) }
        """
        mark = self.mark
        # '>' a=bitwise_or
        if (
            self.expect(GREATER)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.Gt(), a)
        self.mark = mark
        return None

    def notin_bitwise_or(self):
        """notin_bitwise_or[CmpopExprPair*]: 'not' 'in' a=bitwise_or { CmpopExprPair(ast.NotIn(), a) }
        """
        mark = self.mark
        # 'not' 'in' a=bitwise_or
        if (
            self.expect(KW_NOT)
            and self.expect(KW_IN)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.NotIn(), a)
        self.mark = mark
        return None

    def in_bitwise_or(self):
        """in_bitwise_or[CmpopExprPair*]: 'in' a=bitwise_or { CmpopExprPair(ast.In(), a) }
        """
        mark = self.mark
        # 'in' a=bitwise_or
        if (
            self.expect(KW_IN)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.In(), a)
        self.mark = mark
        return None

    def isnot_bitwise_or(self):
        """isnot_bitwise_or[CmpopExprPair*]: 'is' 'not' a=bitwise_or { CmpopExprPair(ast.IsNot(), a) }
        """
        mark = self.mark
        # 'is' 'not' a=bitwise_or
        if (
            self.expect(KW_IS)
            and self.expect(KW_NOT)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.IsNot(), a)
        self.mark = mark
        return None

    def is_bitwise_or(self):
        """is_bitwise_or[CmpopExprPair*]: 'is' a=bitwise_or { CmpopExprPair(ast.Is(), a) }
        """
        mark = self.mark
        # 'is' a=bitwise_or
        if (
            self.expect(KW_IS)
            and (a := self.bitwise_or())
        ):
            return CmpopExprPair(ast.Is(), a)
        self.mark = mark
        return None

    def bitwise_or(self):
        """bitwise_or[expr_ty]:
            | a=bitwise_or '|' b=bitwise_xor { ast.BinOp(a, ast.BitOr(), b, EXTRA) }
            | bitwise_xor

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'bitwise_or' in memo:
            res, self.mark = memo['bitwise_or']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around bitwise_or_raw).
        res = None
        resmark = mark
        while True:
            memo['bitwise_or'] = (res, resmark)
            self.mark = mark
            raw = self._bitwise_or_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _bitwise_or_raw(self):
        """The alternatives of bitwise_or, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        seed = self.tokens[mark].memo['bitwise_or']   # what bitwise_or has grown to so far
        # a=bitwise_or '|' b=bitwise_xor
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == VBAR
            and self.expect(VBAR)
            and (b := self.bitwise_xor())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.BitOr(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # bitwise_xor
        if (
            (_1 := self.bitwise_xor())
        ):
            return _1
        self.mark = mark
        return None

    def bitwise_xor(self):
        """bitwise_xor[expr_ty]:
            | a=bitwise_xor '^' b=bitwise_and { ast.BinOp(a, ast.BitXor(), b, EXTRA) }
            | bitwise_and

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'bitwise_xor' in memo:
            res, self.mark = memo['bitwise_xor']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around bitwise_xor_raw).
        res = None
        resmark = mark
        while True:
            memo['bitwise_xor'] = (res, resmark)
            self.mark = mark
            raw = self._bitwise_xor_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _bitwise_xor_raw(self):
        """The alternatives of bitwise_xor, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        seed = self.tokens[mark].memo['bitwise_xor']   # what bitwise_xor has grown to so far
        # a=bitwise_xor '^' b=bitwise_and
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == CIRCUMFLEX
            and self.expect(CIRCUMFLEX)
            and (b := self.bitwise_and())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.BitXor(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # bitwise_and
        if (
            (_1 := self.bitwise_and())
        ):
            return _1
        self.mark = mark
        return None

    def bitwise_and(self):
        """bitwise_and[expr_ty]:
            | a=bitwise_and '&' b=shift_expr { ast.BinOp(a, ast.BitAnd(), b, EXTRA) }
            | shift_expr

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'bitwise_and' in memo:
            res, self.mark = memo['bitwise_and']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around bitwise_and_raw).
        res = None
        resmark = mark
        while True:
            memo['bitwise_and'] = (res, resmark)
            self.mark = mark
            raw = self._bitwise_and_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _bitwise_and_raw(self):
        """The alternatives of bitwise_and, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        seed = self.tokens[mark].memo['bitwise_and']   # what bitwise_and has grown to so far
        # a=bitwise_and '&' b=shift_expr
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == AMPER
            and self.expect(AMPER)
            and (b := self.shift_expr())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.BitAnd(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # shift_expr
        if (
            (_1 := self.shift_expr())
        ):
            return _1
        self.mark = mark
        return None

    def shift_expr(self):
        """shift_expr[expr_ty]:
            | a=shift_expr '<<' b=sum { ast.BinOp(a, ast.LShift(), b, EXTRA) }
            | a=shift_expr '>>' b=sum { ast.BinOp(a, ast.RShift(), b, EXTRA) }
            | sum

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'shift_expr' in memo:
            res, self.mark = memo['shift_expr']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around shift_expr_raw).
        res = None
        resmark = mark
        while True:
            memo['shift_expr'] = (res, resmark)
            self.mark = mark
            raw = self._shift_expr_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _shift_expr_raw(self):
        """The alternatives of shift_expr, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        seed = self.tokens[mark].memo['shift_expr']   # what shift_expr has grown to so far
        # a=shift_expr '<<' b=sum
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == LEFTSHIFT
            and self.expect(LEFTSHIFT)
            and (b := self.sum())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.LShift(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=shift_expr '>>' b=sum
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == RIGHTSHIFT
            and self.expect(RIGHTSHIFT)
            and (b := self.sum())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.RShift(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # sum
        if (
            (_1 := self.sum())
        ):
            return _1
        self.mark = mark
        return None

    def sum(self):
        """sum[expr_ty]:
            | a=sum '+' b=term { ast.BinOp(a, ast.Add(), b, EXTRA) }
            | a=sum '-' b=term { ast.BinOp(a, ast.Sub(), b, EXTRA) }
            | term

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'sum' in memo:
            res, self.mark = memo['sum']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around sum_raw).
        res = None
        resmark = mark
        while True:
            memo['sum'] = (res, resmark)
            self.mark = mark
            raw = self._sum_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _sum_raw(self):
        """The alternatives of sum, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        seed = self.tokens[mark].memo['sum']   # what sum has grown to so far
        # a=sum '+' b=term
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == PLUS
            and self.expect(PLUS)
            and (b := self.term())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.Add(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=sum '-' b=term
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == MINUS
            and self.expect(MINUS)
            and (b := self.term())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.Sub(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # term
        if (
            (_1 := self.term())
        ):
            return _1
        self.mark = mark
        return None

    def term(self):
        """term[expr_ty]:
            | a=term '*' b=factor { ast.BinOp(a, ast.Mult(), b, EXTRA) }
            | a=term '/' b=factor { ast.BinOp(a, ast.Div(), b, EXTRA) }
            | a=term '//' b=factor { ast.BinOp(a, ast.FloorDiv(), b, EXTRA) }
            | a=term '%' b=factor { ast.BinOp(a, ast.Mod(), b, EXTRA) }
            | a=term '@' b=factor { self.check_version(5, "The '@' operator is", ast.BinOp(a, ast.MatMult(), b, EXTRA)) }
            | factor

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'term' in memo:
            res, self.mark = memo['term']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around term_raw).
        res = None
        resmark = mark
        while True:
            memo['term'] = (res, resmark)
            self.mark = mark
            raw = self._term_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _term_raw(self):
        """The alternatives of term, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        seed = self.tokens[mark].memo['term']   # what term has grown to so far
        # a=term '*' b=factor
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == STAR
            and self.expect(STAR)
            and (b := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.Mult(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=term '/' b=factor
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == SLASH
            and self.expect(SLASH)
            and (b := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.Div(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=term '//' b=factor
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == DOUBLESLASH
            and self.expect(DOUBLESLASH)
            and (b := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.FloorDiv(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=term '%' b=factor
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == PERCENT
            and self.expect(PERCENT)
            and (b := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.Mod(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=term '@' b=factor
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == AT
            and self.expect(AT)
            and (b := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            return self.check_version(5, "The '@' operator is", ast.BinOp(a, ast.MatMult(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
        self.mark = mark
        # factor
        if (
            (_1 := self.factor())
        ):
            return _1
        self.mark = mark
        return None

    def factor(self):
        """factor[expr_ty] (memo):
            | '+' a=factor { ast.UnaryOp(ast.UAdd(), a, EXTRA) }
            | '-' a=factor { ast.UnaryOp(ast.USub(), a, EXTRA) }
            | '~' a=factor { ast.UnaryOp(ast.Invert(), a, EXTRA) }
            | power
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'factor' in memo:
            res, self.mark = memo['factor']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_FACTOR:
            return None
        # '+' a=factor
        if (
            self.expect(PLUS)
            and (a := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.UnaryOp(ast.UAdd(), a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['factor'] = (res, self.mark)
            return res
        self.mark = mark
        # '-' a=factor
        if (
            self.expect(MINUS)
            and (a := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.UnaryOp(ast.USub(), a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['factor'] = (res, self.mark)
            return res
        self.mark = mark
        # '~' a=factor
        if (
            self.expect(TILDE)
            and (a := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.UnaryOp(ast.Invert(), a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['factor'] = (res, self.mark)
            return res
        self.mark = mark
        # power
        if (
            (_1 := self.power())
        ):
            res = _1
            memo['factor'] = (res, self.mark)
            return res
        self.mark = mark
        memo['factor'] = (None, mark)
        return None

    def power(self):
        """power[expr_ty]:
            | a=await_primary '**' b=factor { ast.BinOp(a, ast.Pow(), b, EXTRA) }
            | await_primary
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_POWER:
            return None
        # a=await_primary '**' b=factor
        if (
            (a := self.await_primary())
            and self.expect(DOUBLESTAR)
            and (b := self.factor())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.BinOp(a, ast.Pow(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # await_primary
        if (
            (_1 := self.await_primary())
        ):
            return _1
        self.mark = mark
        return None

    def await_primary(self):
        """await_primary[expr_ty] (memo):
            | AWAIT a=primary { self.check_version(5, "Await expressions are", ast.Await(a, EXTRA)) }
            | primary
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'await_primary' in memo:
            res, self.mark = memo['await_primary']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_AWAIT_PRIMARY:
            return None
        # AWAIT a=primary
        if (
            self.expect(AWAIT)
            and (a := self.primary())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = self.check_version(5, "Await expressions are", ast.Await(a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset))
            memo['await_primary'] = (res, self.mark)
            return res
        self.mark = mark
        # primary
        if (
            (_1 := self.primary())
        ):
            res = _1
            memo['await_primary'] = (res, self.mark)
            return res
        self.mark = mark
        memo['await_primary'] = (None, mark)
        return None

    def primary(self):
        """primary[expr_ty]:
            | a=primary '.' b=NAME { ast.Attribute(a, b.id, LOAD, EXTRA) }
            | a=primary b=genexp { ast.Call(a, [b], [], EXTRA) }
            | a=primary '(' b=[arguments] ')' {
                ast.Call(a, b.args if b else [], b.keywords if b else [], EXTRA) }
            | a=primary '[' b=slices ']' { ast.Subscript(a, b, LOAD, EXTRA) }
            | atom

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'primary' in memo:
            res, self.mark = memo['primary']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around primary_raw).
        res = None
        resmark = mark
        while True:
            memo['primary'] = (res, resmark)
            self.mark = mark
            raw = self._primary_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _primary_raw(self):
        """The alternatives of primary, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        seed = self.tokens[mark].memo['primary']   # what primary has grown to so far
        # a=primary '.' b=NAME
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == DOT
            and self.expect(DOT)
            and (b := self.name())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Attribute(a, b.id, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=primary b=genexp
        a, self.mark = seed
        if (
            a
            and (b := self.genexp())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Call(a, [b], [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=primary '(' b=[arguments] ')'
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == LPAR
            and self.expect(LPAR)
            and ((b := self.arguments()) or True)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Call(a, b.args if b else [], b.keywords if b else [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=primary '[' b=slices ']'
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == LSQB
            and self.expect(LSQB)
            and (b := self.slices())
            and self.expect(RSQB)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Subscript(a, b, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # atom
        if (
            (_1 := self.atom())
        ):
            return _1
        self.mark = mark
        return None

    def slices(self):
        """slices[expr_ty]:
            | a=slice !',' { a }
            | a[asdl_expr_seq*]=','.(slice | starred_expression)+ [','] { ast.Tuple(a, LOAD, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_SLICES:
            return None
        # a=slice !','
        if (
            (a := self.slice())
            and self.tokens[self.mark].type != COMMA
        ):
            return a
        self.mark = mark
        # a=','.(slice | starred_expression)+ [',']
        if (
            (a := self._gather_42())
            and (self.expect(COMMA) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple(a, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def slice(self):
        """slice[expr_ty]:
            | a=[expression] ':' b=[expression] c=[':' d=[expression] { d }] { ast.Slice(a, b, c, EXTRA) }
            | a=named_expression { a }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_SLICE:
            return None
        # a=[expression] ':' b=[expression] c=[':' d=[expression]]
        if (
            ((a := self.expression()) or True)
            and self.expect(COLON)
            and ((b := self.expression()) or True)
            and ((c := self._tmp_43()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Slice(a, b, c, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=named_expression
        if (
            (a := self.named_expression())
        ):
            return a
        self.mark = mark
        return None

    def atom(self):
        """atom[expr_ty]:
            | NAME
            | 'True' { ast.Constant(True, None, EXTRA) }
            | 'False' { ast.Constant(False, None, EXTRA) }
            | 'None' { ast.Constant(None, None, EXTRA) }
            | &STRING strings
            | NUMBER
            | &'(' (tuple | group | genexp)
            | &'[' (list | listcomp)
            | &'{' (dict | set | dictcomp | setcomp)
            | '...' { ast.Constant(Ellipsis, None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_ATOM:
            return None
        # NAME
        if (
            (_1 := self.name())
        ):
            return _1
        self.mark = mark
        # 'True'
        if (
            self.expect(KW_TRUE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Constant(True, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'False'
        if (
            self.expect(KW_FALSE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Constant(False, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # 'None'
        if (
            self.expect(KW_NONE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Constant(None, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # &STRING strings
        if (
            self.tokens[self.mark].type == STRING
            and (_2 := self.strings())
        ):
            return _2
        self.mark = mark
        # NUMBER
        if (
            (_1 := self.number())
        ):
            return _1
        self.mark = mark
        # &'(' (tuple | group | genexp)
        if (
            self.tokens[self.mark].type == LPAR
            and (_2 := self._tmp_44())
        ):
            return _2
        self.mark = mark
        # &'[' (list | listcomp)
        if (
            self.tokens[self.mark].type == LSQB
            and (_2 := self._tmp_45())
        ):
            return _2
        self.mark = mark
        # &'{' (dict | set | dictcomp | setcomp)
        if (
            self.tokens[self.mark].type == LBRACE
            and (_2 := self._tmp_46())
        ):
            return _2
        self.mark = mark
        # '...'
        if (
            self.expect(ELLIPSIS)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Constant(Ellipsis, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def group(self):
        """group[expr_ty]:
            | '(' a=(yield_expr | named_expression) ')' { a }
            | invalid_group
        """
        mark = self.mark
        if self.tokens[mark].type not in (LPAR,):
            return None
        # '(' a=(yield_expr | named_expression) ')'
        if (
            self.expect(LPAR)
            and (a := self._tmp_47())
            and self.expect(RPAR)
        ):
            return a
        self.mark = mark
        # invalid_group
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_group())
        ):
            return _1
        self.mark = mark
        return None

    def lambdef(self):
        """lambdef[expr_ty]:
            | 'lambda' a=[lambda_params] ':' b=expression {
                ast.Lambda(a or empty_arguments(), b, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # 'lambda' a=[lambda_params] ':' b=expression
        if (
            self.expect(KW_LAMBDA)
            and ((a := self.lambda_params()) or True)
            and self.expect(COLON)
            and (b := self.expression())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Lambda(a or empty_arguments(), b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def lambda_params(self):
        """lambda_params[arguments_ty]:
            | invalid_lambda_parameters
            | lambda_parameters
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_LAMBDA_PARAMS:
            return None
        # invalid_lambda_parameters
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_lambda_parameters())
        ):
            return _1
        self.mark = mark
        # lambda_parameters
        if (
            (_1 := self.lambda_parameters())
        ):
            return _1
        self.mark = mark
        return None

    def lambda_parameters(self):
        """lambda_parameters[arguments_ty]:
            | a=lambda_slash_no_default b[asdl_arg_seq*]=lambda_param_no_default* c=lambda_param_with_default* d=[lambda_star_etc] {
                self.check_version(8, "Positional-only parameters are", make_arguments(a, None, b, c, d)) }
            | a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc] {
                self.check_version(8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) }
            | a[asdl_arg_seq*]=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc] {
                make_arguments(None, None, a, b, c) }
            | a=lambda_param_with_default+ b=[lambda_star_etc] { make_arguments(None, None, None, a, b) }
            | a=lambda_star_etc { make_arguments(None, None, None, None, a) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOUBLESTAR, NAME, STAR,):
            return None
        # a=lambda_slash_no_default b=lambda_param_no_default* c=lambda_param_with_default* d=[lambda_star_etc]
        if (
            (a := self.lambda_slash_no_default())
            and ((b := self._loop0_48()) or True)
            and ((c := self._loop0_49()) or True)
            and ((d := self.lambda_star_etc()) or True)
        ):
            return self.check_version(8, "Positional-only parameters are", make_arguments(a, None, b, c, d))
        self.mark = mark
        # a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc]
        if (
            (a := self.lambda_slash_with_default())
            and ((b := self._loop0_49()) or True)
            and ((c := self.lambda_star_etc()) or True)
        ):
            return self.check_version(8, "Positional-only parameters are", make_arguments(None, a, None, b, c))
        self.mark = mark
        # a=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc]
        if (
            (a := self._loop1_50())
            and ((b := self._loop0_49()) or True)
            and ((c := self.lambda_star_etc()) or True)
        ):
            return make_arguments(None, None, a, b, c)
        self.mark = mark
        # a=lambda_param_with_default+ b=[lambda_star_etc]
        if (
            (a := self._loop1_51())
            and ((b := self.lambda_star_etc()) or True)
        ):
            return make_arguments(None, None, None, a, b)
        self.mark = mark
        # a=lambda_star_etc
        if (
            (a := self.lambda_star_etc())
        ):
            return make_arguments(None, None, None, None, a)
        self.mark = mark
        return None

    def lambda_slash_no_default(self):
        """lambda_slash_no_default[asdl_arg_seq*]:
            | a[asdl_arg_seq*]=lambda_param_no_default+ '/' ',' { a }
            | a[asdl_arg_seq*]=lambda_param_no_default+ '/' &':' { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=lambda_param_no_default+ '/' ','
        if (
            (a := self._loop1_50())
            and self.expect(SLASH)
            and self.expect(COMMA)
        ):
            return a
        self.mark = mark
        # a=lambda_param_no_default+ '/' &':'
        if (
            (a := self._loop1_50())
            and self.expect(SLASH)
            and self.tokens[self.mark].type == COLON
        ):
            return a
        self.mark = mark
        return None

    def lambda_slash_with_default(self):
        """lambda_slash_with_default[SlashWithDefault*]:
            | a=lambda_param_no_default* b=lambda_param_with_default+ '/' ',' { SlashWithDefault(a, b) }
            | a=lambda_param_no_default* b=lambda_param_with_default+ '/' &':' { SlashWithDefault(a, b) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=lambda_param_no_default* b=lambda_param_with_default+ '/' ','
        if (
            ((a := self._loop0_48()) or True)
            and (b := self._loop1_51())
            and self.expect(SLASH)
            and self.expect(COMMA)
        ):
            return SlashWithDefault(a, b)
        self.mark = mark
        # a=lambda_param_no_default* b=lambda_param_with_default+ '/' &':'
        if (
            ((a := self._loop0_48()) or True)
            and (b := self._loop1_51())
            and self.expect(SLASH)
            and self.tokens[self.mark].type == COLON
        ):
            return SlashWithDefault(a, b)
        self.mark = mark
        return None

    def lambda_star_etc(self):
        """lambda_star_etc[StarEtc*]:
            | invalid_lambda_star_etc
            | '*' a=lambda_param_no_default b=lambda_param_maybe_default* c=[lambda_kwds] {
                StarEtc(a, b, c) }
            | '*' ',' b=lambda_param_maybe_default+ c=[lambda_kwds] {
                StarEtc(None, b, c) }
            | a=lambda_kwds { StarEtc(None, [], a) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOUBLESTAR, STAR,):
            return None
        # invalid_lambda_star_etc
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_lambda_star_etc())
        ):
            return _1
        self.mark = mark
        # '*' a=lambda_param_no_default b=lambda_param_maybe_default* c=[lambda_kwds]
        if (
            self.expect(STAR)
            and (a := self.lambda_param_no_default())
            and ((b := self._loop0_52()) or True)
            and ((c := self.lambda_kwds()) or True)
        ):
            return StarEtc(a, b, c)
        self.mark = mark
        # '*' ',' b=lambda_param_maybe_default+ c=[lambda_kwds]
        if (
            self.expect(STAR)
            and self.expect(COMMA)
            and (b := self._loop1_53())
            and ((c := self.lambda_kwds()) or True)
        ):
            return StarEtc(None, b, c)
        self.mark = mark
        # a=lambda_kwds
        if (
            (a := self.lambda_kwds())
        ):
            return StarEtc(None, [], a)
        self.mark = mark
        return None

    def lambda_kwds(self):
        """lambda_kwds[arg_ty]:
            | invalid_lambda_kwds
            | '**' a=lambda_param_no_default { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOUBLESTAR,):
            return None
        # invalid_lambda_kwds
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_lambda_kwds())
        ):
            return _1
        self.mark = mark
        # '**' a=lambda_param_no_default
        if (
            self.expect(DOUBLESTAR)
            and (a := self.lambda_param_no_default())
        ):
            return a
        self.mark = mark
        return None

    def lambda_param_no_default(self):
        """lambda_param_no_default[arg_ty]:
            | a=lambda_param ',' { a }
            | a=lambda_param &':' { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=lambda_param ','
        if (
            (a := self.lambda_param())
            and self.expect(COMMA)
        ):
            return a
        self.mark = mark
        # a=lambda_param &':'
        if (
            (a := self.lambda_param())
            and self.tokens[self.mark].type == COLON
        ):
            return a
        self.mark = mark
        return None

    def lambda_param_with_default(self):
        """lambda_param_with_default[NameDefaultPair*]:
            | a=lambda_param c=default ',' { name_default_pair(a, c, None) }
            | a=lambda_param c=default &':' { name_default_pair(a, c, None) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=lambda_param c=default ','
        if (
            (a := self.lambda_param())
            and (c := self.default())
            and self.expect(COMMA)
        ):
            return name_default_pair(a, c, None)
        self.mark = mark
        # a=lambda_param c=default &':'
        if (
            (a := self.lambda_param())
            and (c := self.default())
            and self.tokens[self.mark].type == COLON
        ):
            return name_default_pair(a, c, None)
        self.mark = mark
        return None

    def lambda_param_maybe_default(self):
        """lambda_param_maybe_default[NameDefaultPair*]:
            | a=lambda_param c=default? ',' { name_default_pair(a, c, None) }
            | a=lambda_param c=default? &':' { name_default_pair(a, c, None) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=lambda_param c=default? ','
        if (
            (a := self.lambda_param())
            and ((c := self.default()) or True)
            and self.expect(COMMA)
        ):
            return name_default_pair(a, c, None)
        self.mark = mark
        # a=lambda_param c=default? &':'
        if (
            (a := self.lambda_param())
            and ((c := self.default()) or True)
            and self.tokens[self.mark].type == COLON
        ):
            return name_default_pair(a, c, None)
        self.mark = mark
        return None

    def lambda_param(self):
        """lambda_param[arg_ty]: a=NAME { ast.arg(a.id, None, None, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # a=NAME
        if (
            (a := self.name())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.arg(a.id, None, None, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def strings(self):
        """strings[expr_ty] (memo): a=STRING+ { self.concatenate_strings(a) }
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'strings' in memo:
            res, self.mark = memo['strings']
            return res
        # a=STRING+
        if (
            (a := self._loop1_54())
        ):
            res = self.concatenate_strings(a)
            memo['strings'] = (res, self.mark)
            return res
        self.mark = mark
        memo['strings'] = (None, mark)
        return None

    def list(self):
        """list[expr_ty]:
            | '[' a=[star_named_expressions] ']' { ast.List(a or [], LOAD, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # '[' a=[star_named_expressions] ']'
        if (
            self.expect(LSQB)
            and ((a := self.star_named_expressions()) or True)
            and self.expect(RSQB)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.List(a or [], LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def tuple(self):
        """tuple[expr_ty]:
            | '(' a=[y=star_named_expression ',' z=[star_named_expressions] { [y] + (z or []) } ] ')' {
                ast.Tuple(a or [], LOAD, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # '(' a=[y=star_named_expression ',' z=[star_named_expressions]] ')'
        if (
            self.expect(LPAR)
            and ((a := self._tmp_55()) or True)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple(a or [], LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def set(self):
        """set[expr_ty]: '{' a=star_named_expressions '}' { ast.Set(a, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # '{' a=star_named_expressions '}'
        if (
            self.expect(LBRACE)
            and (a := self.star_named_expressions())
            and self.expect(RBRACE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Set(a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def dict(self):
        """dict[expr_ty]:
            | '{' a=[double_starred_kvpairs] '}' {
                ast.Dict(get_keys(a), get_values(a), EXTRA) }
            | '{' invalid_double_starred_kvpairs '}'
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LBRACE,):
            return None
        # '{' a=[double_starred_kvpairs] '}'
        if (
            self.expect(LBRACE)
            and ((a := self.double_starred_kvpairs()) or True)
            and self.expect(RBRACE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Dict(get_keys(a), get_values(a), start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # '{' invalid_double_starred_kvpairs '}'
        if (
            self.call_invalid_rules
            and self.expect(LBRACE)
            and self.invalid_double_starred_kvpairs()
            and self.expect(RBRACE)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def double_starred_kvpairs(self):
        """double_starred_kvpairs[asdl_seq*]: a=','.double_starred_kvpair+ [','] { a }
        """
        mark = self.mark
        # a=','.double_starred_kvpair+ [',']
        if (
            (a := self._gather_56())
            and (self.expect(COMMA) or True)
        ):
            return a
        self.mark = mark
        return None

    def double_starred_kvpair(self):
        """double_starred_kvpair[KeyValuePair*]:
            | '**' a=bitwise_or { KeyValuePair(None, a) }
            | kvpair
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_DOUBLE_STARRED_KVPAIR:
            return None
        # '**' a=bitwise_or
        if (
            self.expect(DOUBLESTAR)
            and (a := self.bitwise_or())
        ):
            return KeyValuePair(None, a)
        self.mark = mark
        # kvpair
        if (
            (_1 := self.kvpair())
        ):
            return _1
        self.mark = mark
        return None

    def kvpair(self):
        """kvpair[KeyValuePair*]: a=expression ':' b=expression { KeyValuePair(a, b) }
        """
        mark = self.mark
        # a=expression ':' b=expression
        if (
            (a := self.expression())
            and self.expect(COLON)
            and (b := self.expression())
        ):
            return KeyValuePair(a, b)
        self.mark = mark
        return None

    def for_if_clauses(self):
        """for_if_clauses[asdl_comprehension_seq*]:
            | a[asdl_comprehension_seq*]=for_if_clause+ { a }
        """
        mark = self.mark
        # a=for_if_clause+
        if (
            (a := self._loop1_57())
        ):
            return a
        self.mark = mark
        return None

    def for_if_clause(self):
        """for_if_clause[comprehension_ty]:
            | ASYNC 'for' a=star_targets 'in' ~ b=disjunction c[asdl_expr_seq*]=('if' z=disjunction { z })* {
                self.check_version(6, "Async comprehensions are", ast.comprehension(a, b, c, 1)) }
            | 'for' a=star_targets 'in' ~ b=disjunction c[asdl_expr_seq*]=('if' z=disjunction { z })* {
                ast.comprehension(a, b, c, 0) }
            | invalid_for_target
        """
        mark = self.mark
        if self.tokens[mark].type not in (ASYNC, KW_FOR,):
            return None
        # ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction)*
        cut = False
        if (
            self.expect(ASYNC)
            and self.expect(KW_FOR)
            and (a := self.star_targets())
            and self.expect(KW_IN)
            and (cut := True)
            and (b := self.disjunction())
            and ((c := self._loop0_58()) or True)
        ):
            return self.check_version(6, "Async comprehensions are", ast.comprehension(a, b, c, 1))
        self.mark = mark
        if cut:
            return None
        # 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction)*
        cut = False
        if (
            self.expect(KW_FOR)
            and (a := self.star_targets())
            and self.expect(KW_IN)
            and (cut := True)
            and (b := self.disjunction())
            and ((c := self._loop0_58()) or True)
        ):
            return ast.comprehension(a, b, c, 0)
        self.mark = mark
        if cut:
            return None
        # invalid_for_target
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_for_target())
        ):
            return _1
        self.mark = mark
        return None

    def listcomp(self):
        """listcomp[expr_ty]:
            | '[' a=named_expression b=for_if_clauses ']' { ast.ListComp(a, b, EXTRA) }
            | invalid_comprehension
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LBRACE, LPAR, LSQB,):
            return None
        # '[' a=named_expression b=for_if_clauses ']'
        if (
            self.expect(LSQB)
            and (a := self.named_expression())
            and (b := self.for_if_clauses())
            and self.expect(RSQB)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.ListComp(a, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # invalid_comprehension
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_comprehension())
        ):
            return _1
        self.mark = mark
        return None

    def setcomp(self):
        """setcomp[expr_ty]:
            | '{' a=named_expression b=for_if_clauses '}' { ast.SetComp(a, b, EXTRA) }
            | invalid_comprehension
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LBRACE, LPAR, LSQB,):
            return None
        # '{' a=named_expression b=for_if_clauses '}'
        if (
            self.expect(LBRACE)
            and (a := self.named_expression())
            and (b := self.for_if_clauses())
            and self.expect(RBRACE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.SetComp(a, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # invalid_comprehension
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_comprehension())
        ):
            return _1
        self.mark = mark
        return None

    def genexp(self):
        """genexp[expr_ty]:
            | '(' a=( assignment_expression | expression !':=') b=for_if_clauses ')' { ast.GeneratorExp(a, b, EXTRA) }
            | invalid_comprehension
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LBRACE, LPAR, LSQB,):
            return None
        # '(' a=(assignment_expression | expression !':=') b=for_if_clauses ')'
        if (
            self.expect(LPAR)
            and (a := self._tmp_59())
            and (b := self.for_if_clauses())
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.GeneratorExp(a, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # invalid_comprehension
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_comprehension())
        ):
            return _1
        self.mark = mark
        return None

    def dictcomp(self):
        """dictcomp[expr_ty]:
            | '{' a=kvpair b=for_if_clauses '}' { ast.DictComp(a.key, a.value, b, EXTRA) }
            | invalid_dict_comprehension
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LBRACE,):
            return None
        # '{' a=kvpair b=for_if_clauses '}'
        if (
            self.expect(LBRACE)
            and (a := self.kvpair())
            and (b := self.for_if_clauses())
            and self.expect(RBRACE)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.DictComp(a.key, a.value, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # invalid_dict_comprehension
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_dict_comprehension())
        ):
            return _1
        self.mark = mark
        return None

    def arguments(self):
        """arguments[expr_ty] (memo):
            | a=args [','] &')' { a }
            | invalid_arguments
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'arguments' in memo:
            res, self.mark = memo['arguments']
            return res
        if self.tokens[mark].type not in FIRST_ARGUMENTS:
            return None
        # a=args [','] &')'
        if (
            (a := self.args())
            and (self.expect(COMMA) or True)
            and self.tokens[self.mark].type == RPAR
        ):
            res = a
            memo['arguments'] = (res, self.mark)
            return res
        self.mark = mark
        # invalid_arguments
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_arguments())
        ):
            res = _1
            memo['arguments'] = (res, self.mark)
            return res
        self.mark = mark
        memo['arguments'] = (None, mark)
        return None

    def args(self):
        """args[expr_ty]:
            | a[asdl_expr_seq*]=','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs {k}] {
                collect_call_seqs(a, b, EXTRA) }
            | a=kwargs { ast.Call(self.dummy_name(),
                                  seq_extract_starred_exprs(a),
                                  seq_delete_starred_exprs(a),
                                  EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_ARGS:
            return None
        # a=','.(starred_expression | (assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs]
        if (
            (a := self._gather_60())
            and ((b := self._tmp_61()) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return collect_call_seqs(a, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=kwargs
        if (
            (a := self.kwargs())
        ):
            end_tok = self.last_nonwhitespace_token()
            return (
                ast.Call(self.dummy_name(),
                seq_extract_starred_exprs(a),
                seq_delete_starred_exprs(a),
                start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            )
        self.mark = mark
        return None

    def kwargs(self):
        """kwargs[asdl_seq*]:
            | a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { a + b }
            | ','.kwarg_or_starred+
            | ','.kwarg_or_double_starred+
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_KWARGS:
            return None
        # a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+
        if (
            (a := self._gather_62())
            and self.expect(COMMA)
            and (b := self._gather_63())
        ):
            return a + b
        self.mark = mark
        # ','.kwarg_or_starred+
        if (
            (_1 := self._gather_62())
        ):
            return _1
        self.mark = mark
        # ','.kwarg_or_double_starred+
        if (
            (_1 := self._gather_63())
        ):
            return _1
        self.mark = mark
        return None

    def starred_expression(self):
        """starred_expression[expr_ty]:
            | '*' a=expression { ast.Starred(a, LOAD, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        # '*' a=expression
        if (
            self.expect(STAR)
            and (a := self.expression())
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Starred(a, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def kwarg_or_starred(self):
        """kwarg_or_starred[KeywordOrStarred*]:
            | invalid_kwarg
            | a=NAME '=' b=expression {
                KeywordOrStarred(ast.keyword(a.id, b, EXTRA), 1) }
            | a=starred_expression { KeywordOrStarred(a, 0) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_KWARG_OR_STARRED:
            return None
        # invalid_kwarg
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_kwarg())
        ):
            return _1
        self.mark = mark
        # a=NAME '=' b=expression
        if (
            (a := self.name())
            and self.expect(EQUAL)
            and (b := self.expression())
        ):
            end_tok = self.last_nonwhitespace_token()
            return KeywordOrStarred(ast.keyword(a.id, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset), 1)
        self.mark = mark
        # a=starred_expression
        if (
            (a := self.starred_expression())
        ):
            return KeywordOrStarred(a, 0)
        self.mark = mark
        return None

    def kwarg_or_double_starred(self):
        """kwarg_or_double_starred[KeywordOrStarred*]:
            | invalid_kwarg
            | a=NAME '=' b=expression {
                KeywordOrStarred(ast.keyword(a.id, b, EXTRA), 1) }
            | '**' a=expression { KeywordOrStarred(ast.keyword(None, a, EXTRA), 1) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_KWARG_OR_DOUBLE_STARRED:
            return None
        # invalid_kwarg
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_kwarg())
        ):
            return _1
        self.mark = mark
        # a=NAME '=' b=expression
        if (
            (a := self.name())
            and self.expect(EQUAL)
            and (b := self.expression())
        ):
            end_tok = self.last_nonwhitespace_token()
            return KeywordOrStarred(ast.keyword(a.id, b, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset), 1)
        self.mark = mark
        # '**' a=expression
        if (
            self.expect(DOUBLESTAR)
            and (a := self.expression())
        ):
            end_tok = self.last_nonwhitespace_token()
            return KeywordOrStarred(ast.keyword(None, a, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset), 1)
        self.mark = mark
        return None

    def star_targets(self):
        """star_targets[expr_ty]:
            | a=star_target !',' { a }
            | a=star_target b=(',' c=star_target { c })* [','] {
                ast.Tuple([a] + b, STORE, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_STAR_TARGETS:
            return None
        # a=star_target !','
        if (
            (a := self.star_target())
            and self.tokens[self.mark].type != COMMA
        ):
            return a
        self.mark = mark
        # a=star_target b=(',' c=star_target)* [',']
        if (
            (a := self.star_target())
            and ((b := self._loop0_64()) or True)
            and (self.expect(COMMA) or True)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple([a] + b, STORE, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def star_targets_list_seq(self):
        """star_targets_list_seq[asdl_expr_seq*]: a[asdl_expr_seq*]=','.star_target+ [','] { a }
        """
        mark = self.mark
        # a=','.star_target+ [',']
        if (
            (a := self._gather_65())
            and (self.expect(COMMA) or True)
        ):
            return a
        self.mark = mark
        return None

    def star_targets_tuple_seq(self):
        """star_targets_tuple_seq[asdl_expr_seq*]:
            | a=star_target b=(',' c=star_target { c })+ [','] { [a] + b }
            | a=star_target ',' { [a] }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_STAR_TARGETS_TUPLE_SEQ:
            return None
        # a=star_target b=(',' c=star_target)+ [',']
        if (
            (a := self.star_target())
            and (b := self._loop1_66())
            and (self.expect(COMMA) or True)
        ):
            return [a] + b
        self.mark = mark
        # a=star_target ','
        if (
            (a := self.star_target())
            and self.expect(COMMA)
        ):
            return [a]
        self.mark = mark
        return None

    def star_target(self):
        """star_target[expr_ty] (memo):
            | '*' a=(!'*' star_target) {
                ast.Starred(set_ctx(a, STORE), STORE, EXTRA) }
            | target_with_star_atom
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'star_target' in memo:
            res, self.mark = memo['star_target']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_STAR_TARGET:
            return None
        # '*' a=(!'*' star_target)
        if (
            self.expect(STAR)
            and (a := self._tmp_67())
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Starred(set_ctx(a, STORE), STORE, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['star_target'] = (res, self.mark)
            return res
        self.mark = mark
        # target_with_star_atom
        if (
            (_1 := self.target_with_star_atom())
        ):
            res = _1
            memo['star_target'] = (res, self.mark)
            return res
        self.mark = mark
        memo['star_target'] = (None, mark)
        return None

    def target_with_star_atom(self):
        """target_with_star_atom[expr_ty] (memo):
            | a=t_primary '.' b=NAME !t_lookahead { ast.Attribute(a, b.id, STORE, EXTRA) }
            | a=t_primary '[' b=slices ']' !t_lookahead { ast.Subscript(a, b, STORE, EXTRA) }
            | star_atom
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'target_with_star_atom' in memo:
            res, self.mark = memo['target_with_star_atom']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_TARGET_WITH_STAR_ATOM:
            return None
        # a=t_primary '.' b=NAME !t_lookahead
        if (
            (a := self.t_primary())
            and self.expect(DOT)
            and (b := self.name())
            and self.negative_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Attribute(a, b.id, STORE, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['target_with_star_atom'] = (res, self.mark)
            return res
        self.mark = mark
        # a=t_primary '[' b=slices ']' !t_lookahead
        if (
            (a := self.t_primary())
            and self.expect(LSQB)
            and (b := self.slices())
            and self.expect(RSQB)
            and self.negative_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Subscript(a, b, STORE, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['target_with_star_atom'] = (res, self.mark)
            return res
        self.mark = mark
        # star_atom
        if (
            (_1 := self.star_atom())
        ):
            res = _1
            memo['target_with_star_atom'] = (res, self.mark)
            return res
        self.mark = mark
        memo['target_with_star_atom'] = (None, mark)
        return None

    def star_atom(self):
        """star_atom[expr_ty]:
            | a=NAME { set_ctx(a, STORE) }
            | '(' a=target_with_star_atom ')' { set_ctx(a, STORE) }
            | '(' a=[star_targets_tuple_seq] ')' { ast.Tuple(a or [], STORE, EXTRA) }
            | '[' a=[star_targets_list_seq] ']' { ast.List(a or [], STORE, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LPAR, LSQB, NAME,):
            return None
        # a=NAME
        if (
            (a := self.name())
        ):
            return set_ctx(a, STORE)
        self.mark = mark
        # '(' a=target_with_star_atom ')'
        if (
            self.expect(LPAR)
            and (a := self.target_with_star_atom())
            and self.expect(RPAR)
        ):
            return set_ctx(a, STORE)
        self.mark = mark
        # '(' a=[star_targets_tuple_seq] ')'
        if (
            self.expect(LPAR)
            and ((a := self.star_targets_tuple_seq()) or True)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple(a or [], STORE, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # '[' a=[star_targets_list_seq] ']'
        if (
            self.expect(LSQB)
            and ((a := self.star_targets_list_seq()) or True)
            and self.expect(RSQB)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.List(a or [], STORE, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def single_target(self):
        """single_target[expr_ty]:
            | single_subscript_attribute_target
            | a=NAME { set_ctx(a, STORE) }
            | '(' a=single_target ')' { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_SINGLE_TARGET:
            return None
        # single_subscript_attribute_target
        if (
            (_1 := self.single_subscript_attribute_target())
        ):
            return _1
        self.mark = mark
        # a=NAME
        if (
            (a := self.name())
        ):
            return set_ctx(a, STORE)
        self.mark = mark
        # '(' a=single_target ')'
        if (
            self.expect(LPAR)
            and (a := self.single_target())
            and self.expect(RPAR)
        ):
            return a
        self.mark = mark
        return None

    def single_subscript_attribute_target(self):
        """single_subscript_attribute_target[expr_ty]:
            | a=t_primary '.' b=NAME !t_lookahead { ast.Attribute(a, b.id, STORE, EXTRA) }
            | a=t_primary '[' b=slices ']' !t_lookahead { ast.Subscript(a, b, STORE, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_SINGLE_SUBSCRIPT_ATTRIBUTE_TARGET:
            return None
        # a=t_primary '.' b=NAME !t_lookahead
        if (
            (a := self.t_primary())
            and self.expect(DOT)
            and (b := self.name())
            and self.negative_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Attribute(a, b.id, STORE, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=t_primary '[' b=slices ']' !t_lookahead
        if (
            (a := self.t_primary())
            and self.expect(LSQB)
            and (b := self.slices())
            and self.expect(RSQB)
            and self.negative_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Subscript(a, b, STORE, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def t_primary(self):
        """t_primary[expr_ty]:
            | a=t_primary '.' b=NAME &t_lookahead { ast.Attribute(a, b.id, LOAD, EXTRA) }
            | a=t_primary '[' b=slices ']' &t_lookahead { ast.Subscript(a, b, LOAD, EXTRA) }
            | a=t_primary b=genexp &t_lookahead {
                ast.Call(a, [b], [], EXTRA) }
            | a=t_primary '(' b=[arguments] ')' &t_lookahead {
                ast.Call(a, b.args if b else [], b.keywords if b else [], EXTRA) }
            | a=atom &t_lookahead { a }

        (left-recursive, the leader of its cycle)
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 't_primary' in memo:
            res, self.mark = memo['t_primary']
            return res
        # Grow the seed: parse again while each attempt gets further
        # (pegen's left-recursion loop around t_primary_raw).
        res = None
        resmark = mark
        while True:
            memo['t_primary'] = (res, resmark)
            self.mark = mark
            raw = self._t_primary_raw()
            if raw is None or self.mark <= resmark:
                break
            res = raw
            resmark = self.mark
        self.mark = resmark
        return res

    def _t_primary_raw(self):
        """The alternatives of t_primary, tried once per growing step."""
        mark = self.mark
        start_tok = self.tokens[mark]
        seed = self.tokens[mark].memo['t_primary']   # what t_primary has grown to so far
        # a=t_primary '.' b=NAME &t_lookahead
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == DOT
            and self.expect(DOT)
            and (b := self.name())
            and self.positive_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Attribute(a, b.id, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=t_primary '[' b=slices ']' &t_lookahead
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == LSQB
            and self.expect(LSQB)
            and (b := self.slices())
            and self.expect(RSQB)
            and self.positive_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Subscript(a, b, LOAD, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=t_primary b=genexp &t_lookahead
        a, self.mark = seed
        if (
            a
            and (b := self.genexp())
            and self.positive_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Call(a, [b], [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=t_primary '(' b=[arguments] ')' &t_lookahead
        a, self.mark = seed
        if (
            a
            and self.tokens[self.mark].type == LPAR
            and self.expect(LPAR)
            and ((b := self.arguments()) or True)
            and self.expect(RPAR)
            and self.positive_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Call(a, b.args if b else [], b.keywords if b else [], start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # a=atom &t_lookahead
        if (
            (a := self.atom())
            and self.positive_lookahead(self.t_lookahead)
        ):
            return a
        self.mark = mark
        return None

    def t_lookahead(self):
        """t_lookahead: '(' | '[' | '.'
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOT, LPAR, LSQB,):
            return None
        # '('
        if (
            (_1 := self.expect(LPAR))
        ):
            return _1
        self.mark = mark
        # '['
        if (
            (_1 := self.expect(LSQB))
        ):
            return _1
        self.mark = mark
        # '.'
        if (
            (_1 := self.expect(DOT))
        ):
            return _1
        self.mark = mark
        return None

    def del_targets(self):
        """del_targets[asdl_expr_seq*]: a[asdl_expr_seq*]=','.del_target+ [','] { a }
        """
        mark = self.mark
        # a=','.del_target+ [',']
        if (
            (a := self._gather_68())
            and (self.expect(COMMA) or True)
        ):
            return a
        self.mark = mark
        return None

    def del_target(self):
        """del_target[expr_ty] (memo):
            | a=t_primary '.' b=NAME !t_lookahead { ast.Attribute(a, b.id, DEL, EXTRA) }
            | a=t_primary '[' b=slices ']' !t_lookahead { ast.Subscript(a, b, DEL, EXTRA) }
            | del_t_atom
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'del_target' in memo:
            res, self.mark = memo['del_target']
            return res
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in FIRST_DEL_TARGET:
            return None
        # a=t_primary '.' b=NAME !t_lookahead
        if (
            (a := self.t_primary())
            and self.expect(DOT)
            and (b := self.name())
            and self.negative_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Attribute(a, b.id, DEL, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['del_target'] = (res, self.mark)
            return res
        self.mark = mark
        # a=t_primary '[' b=slices ']' !t_lookahead
        if (
            (a := self.t_primary())
            and self.expect(LSQB)
            and (b := self.slices())
            and self.expect(RSQB)
            and self.negative_lookahead(self.t_lookahead)
        ):
            end_tok = self.last_nonwhitespace_token()
            res = ast.Subscript(a, b, DEL, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            memo['del_target'] = (res, self.mark)
            return res
        self.mark = mark
        # del_t_atom
        if (
            (_1 := self.del_t_atom())
        ):
            res = _1
            memo['del_target'] = (res, self.mark)
            return res
        self.mark = mark
        memo['del_target'] = (None, mark)
        return None

    def del_t_atom(self):
        """del_t_atom[expr_ty]:
            | a=NAME { set_ctx(a, DEL) }
            | '(' a=del_target ')' { set_ctx(a, DEL) }
            | '(' a=[del_targets] ')' { ast.Tuple(a or [], DEL, EXTRA) }
            | '[' a=[del_targets] ']' { ast.List(a or [], DEL, EXTRA) }
        """
        mark = self.mark
        start_tok = self.tokens[mark]
        if self.tokens[mark].type not in (LPAR, LSQB, NAME,):
            return None
        # a=NAME
        if (
            (a := self.name())
        ):
            return set_ctx(a, DEL)
        self.mark = mark
        # '(' a=del_target ')'
        if (
            self.expect(LPAR)
            and (a := self.del_target())
            and self.expect(RPAR)
        ):
            return set_ctx(a, DEL)
        self.mark = mark
        # '(' a=[del_targets] ')'
        if (
            self.expect(LPAR)
            and ((a := self.del_targets()) or True)
            and self.expect(RPAR)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.Tuple(a or [], DEL, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        # '[' a=[del_targets] ']'
        if (
            self.expect(LSQB)
            and ((a := self.del_targets()) or True)
            and self.expect(RSQB)
        ):
            end_tok = self.last_nonwhitespace_token()
            return ast.List(a or [], DEL, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
        self.mark = mark
        return None

    def type_expressions(self):
        """type_expressions[asdl_expr_seq*]:
            | a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] }
            | a=','.expression+ ',' '*' b=expression { a + [b] }
            | a=','.expression+ ',' '**' b=expression { a + [b] }
            | '*' a=expression ',' '**' b=expression { [a, b] }
            | '*' a=expression { [a] }
            | '**' a=expression { [a] }
            | a[asdl_expr_seq*]=','.expression+ {a}
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TYPE_EXPRESSIONS:
            return None
        # a=','.expression+ ',' '*' b=expression ',' '**' c=expression
        if (
            (a := self._gather_69())
            and self.expect(COMMA)
            and self.expect(STAR)
            and (b := self.expression())
            and self.expect(COMMA)
            and self.expect(DOUBLESTAR)
            and (c := self.expression())
        ):
            return a + [b, c]
        self.mark = mark
        # a=','.expression+ ',' '*' b=expression
        if (
            (a := self._gather_69())
            and self.expect(COMMA)
            and self.expect(STAR)
            and (b := self.expression())
        ):
            return a + [b]
        self.mark = mark
        # a=','.expression+ ',' '**' b=expression
        if (
            (a := self._gather_69())
            and self.expect(COMMA)
            and self.expect(DOUBLESTAR)
            and (b := self.expression())
        ):
            return a + [b]
        self.mark = mark
        # '*' a=expression ',' '**' b=expression
        if (
            self.expect(STAR)
            and (a := self.expression())
            and self.expect(COMMA)
            and self.expect(DOUBLESTAR)
            and (b := self.expression())
        ):
            return [a, b]
        self.mark = mark
        # '*' a=expression
        if (
            self.expect(STAR)
            and (a := self.expression())
        ):
            return [a]
        self.mark = mark
        # '**' a=expression
        if (
            self.expect(DOUBLESTAR)
            and (a := self.expression())
        ):
            return [a]
        self.mark = mark
        # a=','.expression+
        if (
            (a := self._gather_69())
        ):
            return a
        self.mark = mark
        return None

    def func_type_comment(self):
        """func_type_comment[Token*]:
            | NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT) { t }  # an indented block must follow
            | invalid_double_type_comments
            | TYPE_COMMENT
        """
        mark = self.mark
        if self.tokens[mark].type not in (NEWLINE, TYPE_COMMENT,):
            return None
        # NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT)
        if (
            self.expect(NEWLINE)
            and (t := self.expect(TYPE_COMMENT))
            and self.positive_lookahead(self._tmp_70)
        ):
            return t
        self.mark = mark
        # invalid_double_type_comments
        if (
            self.call_invalid_rules
            and (_1 := self.invalid_double_type_comments())
        ):
            return _1
        self.mark = mark
        # TYPE_COMMENT
        if (
            (_1 := self.expect(TYPE_COMMENT))
        ):
            return _1
        self.mark = mark
        return None

    def invalid_arguments(self):
        """invalid_arguments:
            # (3.11.7 has this form: the error is at the '*', and only after keywords)
            | ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*' {
                self.raise_syntax_error_known_location(b, "iterable argument unpacking follows keyword argument unpacking") }
            | a=expression b=for_if_clauses ',' [args | expression for_if_clauses] {
                self.raise_syntax_error_known_range(a, get_last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
            | a=NAME b='=' expression for_if_clauses {
                self.raise_syntax_error_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")}
            | a=args b=for_if_clauses { self.nonparen_genexp_in_call(a, b) }
            | args ',' a=expression b=for_if_clauses {
                self.raise_syntax_error_known_range(a, get_last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
            | a=args ',' args { self.arguments_parsing_error(a) }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_ARGUMENTS:
            return None
        # ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*'
        if (
            self._tmp_71()
            and self.expect(COMMA)
            and (b := self.expect(STAR))
        ):
            return self.raise_syntax_error_known_location(b, "iterable argument unpacking follows keyword argument unpacking")
        self.mark = mark
        # a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        if (
            (a := self.expression())
            and (b := self.for_if_clauses())
            and self.expect(COMMA)
            and (self._tmp_72() or True)
        ):
            return self.raise_syntax_error_known_range(a, get_last_comprehension_item(b[-1]), "Generator expression must be parenthesized")
        self.mark = mark
        # a=NAME b='=' expression for_if_clauses
        if (
            (a := self.name())
            and (b := self.expect(EQUAL))
            and self.expression()
            and self.for_if_clauses()
        ):
            return self.raise_syntax_error_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        self.mark = mark
        # a=args b=for_if_clauses
        if (
            (a := self.args())
            and (b := self.for_if_clauses())
        ):
            return self.nonparen_genexp_in_call(a, b)
        self.mark = mark
        # args ',' a=expression b=for_if_clauses
        if (
            self.args()
            and self.expect(COMMA)
            and (a := self.expression())
            and (b := self.for_if_clauses())
        ):
            return self.raise_syntax_error_known_range(a, get_last_comprehension_item(b[-1]), "Generator expression must be parenthesized")
        self.mark = mark
        # a=args ',' args
        if (
            (a := self.args())
            and self.expect(COMMA)
            and self.args()
        ):
            return self.arguments_parsing_error(a)
        self.mark = mark
        return None

    def invalid_kwarg(self):
        """invalid_kwarg:
            | a[Token*]=('True'|'False'|'None') b='=' {
                self.raise_syntax_error_known_range(a, b, "cannot assign to %s" % a.string) }
            | a=NAME b='=' expression for_if_clauses {
                self.raise_syntax_error_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")}
            | !(NAME '=') a=expression b='=' {
                self.raise_syntax_error_known_range(
                    a, b, "expression cannot contain assignment, perhaps you meant \\"==\\"?") }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_KWARG:
            return None
        # a=('True' | 'False' | 'None') b='='
        if (
            (a := self.expect_any((KW_TRUE, KW_FALSE, KW_NONE,)))
            and (b := self.expect(EQUAL))
        ):
            return self.raise_syntax_error_known_range(a, b, "cannot assign to %s" % a.string)
        self.mark = mark
        # a=NAME b='=' expression for_if_clauses
        if (
            (a := self.name())
            and (b := self.expect(EQUAL))
            and self.expression()
            and self.for_if_clauses()
        ):
            return self.raise_syntax_error_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        self.mark = mark
        # !(NAME '=') a=expression b='='
        if (
            self.negative_lookahead(self._tmp_73)
            and (a := self.expression())
            and (b := self.expect(EQUAL))
        ):
            return (
                self.raise_syntax_error_known_range(
                a, b, "expression cannot contain assignment, perhaps you meant \"==\"?")
            )
        self.mark = mark
        return None

    def expression_without_invalid(self):
        """expression_without_invalid[expr_ty]:
            | a=disjunction 'if' b=disjunction 'else' c=expression { ast.IfExp(b, a, c, EXTRA) }
            | disjunction
            | lambdef
        """
        mark = self.mark
        saved = self.call_invalid_rules
        self.call_invalid_rules = False
        try:
            start_tok = self.tokens[mark]
            if self.tokens[mark].type not in FIRST_EXPRESSION_WITHOUT_INVALID:
                return None
            # a=disjunction 'if' b=disjunction 'else' c=expression
            if (
                (a := self.disjunction())
                and self.expect(KW_IF)
                and (b := self.disjunction())
                and self.expect(KW_ELSE)
                and (c := self.expression())
            ):
                end_tok = self.last_nonwhitespace_token()
                return ast.IfExp(b, a, c, start_tok.lineno, start_tok.col_offset, end_tok.end_lineno, end_tok.end_col_offset)
            self.mark = mark
            # disjunction
            if (
                (_1 := self.disjunction())
            ):
                return _1
            self.mark = mark
            # lambdef
            if (
                (_1 := self.lambdef())
            ):
                return _1
            self.mark = mark
            return None
        finally:
            self.call_invalid_rules = saved

    def invalid_legacy_expression(self):
        """invalid_legacy_expression:
            | a=NAME !'(' b=star_expressions {
                self.raise_syntax_error_known_range(a, b,
                    "Missing parentheses in call to '%s'. Did you mean %s(...)?" % (a.id, a.id))
                if self.check_legacy_stmt(a) else None }
        """
        mark = self.mark
        # a=NAME !'(' b=star_expressions
        if (
            (a := self.name())
            and self.tokens[self.mark].type != LPAR
            and (b := self.star_expressions())
        ):
            return (
                self.raise_syntax_error_known_range(a, b,
                "Missing parentheses in call to '%s'. Did you mean %s(...)?" % (a.id, a.id))
                if self.check_legacy_stmt(a) else None
            )
        self.mark = mark
        return None

    def invalid_expression(self):
        """invalid_expression:
            # !(NAME STRING) keeps this error away from bad string prefixes (kf"...");
            # soft keywords are skipped too, as they can be parsed as NAME NAME.
           | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid {
                None if self.check_legacy_stmt(a) or self.tokens[self.mark - 1].level == 0 else
                self.raise_syntax_error_known_range(a, b, "invalid syntax. Perhaps you forgot a comma?") }
           | a=disjunction 'if' b=disjunction !('else'|':') { self.raise_syntax_error_known_range(a, b, "expected 'else' after 'if' expression") }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_EXPRESSION:
            return None
        # !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        if (
            self.negative_lookahead(self._tmp_74)
            and (a := self.disjunction())
            and (b := self.expression_without_invalid())
        ):
            return (
                None if self.check_legacy_stmt(a) or self.tokens[self.mark - 1].level == 0 else
                self.raise_syntax_error_known_range(a, b, "invalid syntax. Perhaps you forgot a comma?")
            )
        self.mark = mark
        # a=disjunction 'if' b=disjunction !('else' | ':')
        if (
            (a := self.disjunction())
            and self.expect(KW_IF)
            and (b := self.disjunction())
            and self.tokens[self.mark].type not in (KW_ELSE, COLON,)
        ):
            return self.raise_syntax_error_known_range(a, b, "expected 'else' after 'if' expression")
        self.mark = mark
        return None

    def invalid_named_expression(self):
        """invalid_named_expression(memo):
            | a=expression ':=' expression {
                self.raise_syntax_error_known_location(
                    a, "cannot use assignment expressions with %s" % get_expr_name(a)) }
            | a=NAME '=' b=bitwise_or !('='|':=') {
                self.raise_syntax_error_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
            | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') {
                self.raise_syntax_error_known_location(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?"
                                                       % get_expr_name(a)) }
        """
        mark = self.mark
        memo = self.tokens[mark].memo
        if 'invalid_named_expression' in memo:
            res, self.mark = memo['invalid_named_expression']
            return res
        if self.tokens[mark].type not in FIRST_INVALID_NAMED_EXPRESSION:
            return None
        # a=expression ':=' expression
        if (
            (a := self.expression())
            and self.expect(COLONEQUAL)
            and self.expression()
        ):
            res = (
                self.raise_syntax_error_known_location(
                a, "cannot use assignment expressions with %s" % get_expr_name(a))
            )
            memo['invalid_named_expression'] = (res, self.mark)
            return res
        self.mark = mark
        # a=NAME '=' b=bitwise_or !('=' | ':=')
        if (
            (a := self.name())
            and self.expect(EQUAL)
            and (b := self.bitwise_or())
            and self.tokens[self.mark].type not in (EQUAL, COLONEQUAL,)
        ):
            res = self.raise_syntax_error_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            memo['invalid_named_expression'] = (res, self.mark)
            return res
        self.mark = mark
        # !(list | tuple | genexp | 'True' | 'None' | 'False') a=bitwise_or b='=' bitwise_or !('=' | ':=')
        if (
            self.negative_lookahead(self._tmp_75)
            and (a := self.bitwise_or())
            and (b := self.expect(EQUAL))
            and self.bitwise_or()
            and self.tokens[self.mark].type not in (EQUAL, COLONEQUAL,)
        ):
            res = (
                self.raise_syntax_error_known_location(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?"
                % get_expr_name(a))
            )
            memo['invalid_named_expression'] = (res, self.mark)
            return res
        self.mark = mark
        memo['invalid_named_expression'] = (None, mark)
        return None

    def invalid_assignment(self):
        """invalid_assignment:
            | a=invalid_ann_assign_target ':' expression {
                self.raise_syntax_error_known_location(
                    a, "only single target (not %s) can be annotated" % get_expr_name(a)) }
            | a=star_named_expression ',' star_named_expressions* ':' expression {
                self.raise_syntax_error_known_location(a, "only single target (not tuple) can be annotated") }
            | a=expression ':' expression {
                self.raise_syntax_error_known_location(a, "illegal target for annotation") }
            | (star_targets '=')* a=star_expressions '=' {
                self.raise_syntax_error_invalid_target(STAR_TARGETS, a) }
            | (star_targets '=')* a=yield_expr '=' { self.raise_syntax_error_known_location(a, "assignment to yield expression not possible") }
            | a=star_expressions augassign (yield_expr | star_expressions) {
                self.raise_syntax_error_known_location(
                    a, "'%s' is an illegal expression for augmented assignment" % get_expr_name(a)) }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_ASSIGNMENT:
            return None
        # a=invalid_ann_assign_target ':' expression
        if (
            self.call_invalid_rules
            and (a := self.invalid_ann_assign_target())
            and self.expect(COLON)
            and self.expression()
        ):
            return (
                self.raise_syntax_error_known_location(
                a, "only single target (not %s) can be annotated" % get_expr_name(a))
            )
        self.mark = mark
        # a=star_named_expression ',' star_named_expressions* ':' expression
        if (
            (a := self.star_named_expression())
            and self.expect(COMMA)
            and (self._loop0_76() or True)
            and self.expect(COLON)
            and self.expression()
        ):
            return self.raise_syntax_error_known_location(a, "only single target (not tuple) can be annotated")
        self.mark = mark
        # a=expression ':' expression
        if (
            (a := self.expression())
            and self.expect(COLON)
            and self.expression()
        ):
            return self.raise_syntax_error_known_location(a, "illegal target for annotation")
        self.mark = mark
        # (star_targets '=')* a=star_expressions '='
        if (
            (self._loop0_77() or True)
            and (a := self.star_expressions())
            and self.expect(EQUAL)
        ):
            return self.raise_syntax_error_invalid_target(STAR_TARGETS, a)
        self.mark = mark
        # (star_targets '=')* a=yield_expr '='
        if (
            (self._loop0_77() or True)
            and (a := self.yield_expr())
            and self.expect(EQUAL)
        ):
            return self.raise_syntax_error_known_location(a, "assignment to yield expression not possible")
        self.mark = mark
        # a=star_expressions augassign (yield_expr | star_expressions)
        if (
            (a := self.star_expressions())
            and self.augassign()
            and self._tmp_7()
        ):
            return (
                self.raise_syntax_error_known_location(
                a, "'%s' is an illegal expression for augmented assignment" % get_expr_name(a))
            )
        self.mark = mark
        return None

    def invalid_ann_assign_target(self):
        """invalid_ann_assign_target[expr_ty]:
            | list
            | tuple
            | '(' a=invalid_ann_assign_target ')' { a }
        """
        mark = self.mark
        if self.tokens[mark].type not in (LPAR, LSQB,):
            return None
        # list
        if (
            (_1 := self.list())
        ):
            return _1
        self.mark = mark
        # tuple
        if (
            (_1 := self.tuple())
        ):
            return _1
        self.mark = mark
        # '(' a=invalid_ann_assign_target ')'
        if (
            self.call_invalid_rules
            and self.expect(LPAR)
            and (a := self.invalid_ann_assign_target())
            and self.expect(RPAR)
        ):
            return a
        self.mark = mark
        return None

    def invalid_del_stmt(self):
        """invalid_del_stmt:
            | 'del' a=star_expressions {
                self.raise_syntax_error_invalid_target(DEL_TARGETS, a) }
        """
        mark = self.mark
        # 'del' a=star_expressions
        if (
            self.expect(KW_DEL)
            and (a := self.star_expressions())
        ):
            return self.raise_syntax_error_invalid_target(DEL_TARGETS, a)
        self.mark = mark
        return None

    def invalid_block(self):
        """invalid_block:
            | NEWLINE !INDENT { self.raise_indentation_error("expected an indented block") }
        """
        mark = self.mark
        # NEWLINE !INDENT
        if (
            self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block")
        self.mark = mark
        return None

    def invalid_comprehension(self):
        """invalid_comprehension:
            | ('[' | '(' | '{') a=starred_expression for_if_clauses {
                self.raise_syntax_error_known_location(a, "iterable unpacking cannot be used in comprehension") }
            | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses {
                self.raise_syntax_error_known_range(a, b[-1],
                "did you forget parentheses around the comprehension target?") }
            | ('[' | '{') a=star_named_expression b=',' for_if_clauses {
                self.raise_syntax_error_known_range(a, b, "did you forget parentheses around the comprehension target?") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (LBRACE, LPAR, LSQB,):
            return None
        # ('[' | '(' | '{') a=starred_expression for_if_clauses
        if (
            self.expect_any((LSQB, LPAR, LBRACE,))
            and (a := self.starred_expression())
            and self.for_if_clauses()
        ):
            return self.raise_syntax_error_known_location(a, "iterable unpacking cannot be used in comprehension")
        self.mark = mark
        # ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
        if (
            self.expect_any((LSQB, LBRACE,))
            and (a := self.star_named_expression())
            and self.expect(COMMA)
            and (b := self.star_named_expressions())
            and self.for_if_clauses()
        ):
            return (
                self.raise_syntax_error_known_range(a, b[-1],
                "did you forget parentheses around the comprehension target?")
            )
        self.mark = mark
        # ('[' | '{') a=star_named_expression b=',' for_if_clauses
        if (
            self.expect_any((LSQB, LBRACE,))
            and (a := self.star_named_expression())
            and (b := self.expect(COMMA))
            and self.for_if_clauses()
        ):
            return self.raise_syntax_error_known_range(a, b, "did you forget parentheses around the comprehension target?")
        self.mark = mark
        return None

    def invalid_dict_comprehension(self):
        """invalid_dict_comprehension:
            | '{' a='**' bitwise_or for_if_clauses '}' {
                self.raise_syntax_error_known_location(a, "dict unpacking cannot be used in dict comprehension") }
        """
        mark = self.mark
        # '{' a='**' bitwise_or for_if_clauses '}'
        if (
            self.expect(LBRACE)
            and (a := self.expect(DOUBLESTAR))
            and self.bitwise_or()
            and self.for_if_clauses()
            and self.expect(RBRACE)
        ):
            return self.raise_syntax_error_known_location(a, "dict unpacking cannot be used in dict comprehension")
        self.mark = mark
        return None

    def invalid_parameters(self):
        """invalid_parameters:
            | param_no_default* invalid_parameters_helper a=param_no_default {
                self.raise_syntax_error_known_location(a, "non-default argument follows default argument") }
            | param_no_default* a='(' param_no_default+ ','? b=')' {
                self.raise_syntax_error_known_range(a, b, "Function parameters cannot be parenthesized") }
            | a="/" ',' {
                self.raise_syntax_error_known_location(a, "at least one argument must precede /") }
            | (slash_no_default | slash_with_default) param_maybe_default* a='/' {
                self.raise_syntax_error_known_location(a, "/ may appear only once") }
            | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' {
                self.raise_syntax_error_known_location(a, "/ must be ahead of *") }
            | param_maybe_default+ '/' a='*' {
                self.raise_syntax_error_known_location(a, "expected comma between / and *") }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_PARAMETERS:
            return None
        # param_no_default* invalid_parameters_helper a=param_no_default
        if (
            self.call_invalid_rules
            and (self._loop0_19() or True)
            and self.invalid_parameters_helper()
            and (a := self.param_no_default())
        ):
            return self.raise_syntax_error_known_location(a, "non-default argument follows default argument")
        self.mark = mark
        # param_no_default* a='(' param_no_default+ ','? b=')'
        if (
            (self._loop0_19() or True)
            and (a := self.expect(LPAR))
            and self._loop1_21()
            and (self.expect(COMMA) or True)
            and (b := self.expect(RPAR))
        ):
            return self.raise_syntax_error_known_range(a, b, "Function parameters cannot be parenthesized")
        self.mark = mark
        # a="/" ','
        if (
            (a := self.expect(SLASH))
            and self.expect(COMMA)
        ):
            return self.raise_syntax_error_known_location(a, "at least one argument must precede /")
        self.mark = mark
        # (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if (
            self._tmp_78()
            and (self._loop0_23() or True)
            and (a := self.expect(SLASH))
        ):
            return self.raise_syntax_error_known_location(a, "/ may appear only once")
        self.mark = mark
        # [slash_no_default | slash_with_default] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
        if (
            (self._tmp_78() or True)
            and (self._loop0_23() or True)
            and self.expect(STAR)
            and self._tmp_79()
            and (self._loop0_23() or True)
            and (a := self.expect(SLASH))
        ):
            return self.raise_syntax_error_known_location(a, "/ must be ahead of *")
        self.mark = mark
        # param_maybe_default+ '/' a='*'
        if (
            self._loop1_24()
            and self.expect(SLASH)
            and (a := self.expect(STAR))
        ):
            return self.raise_syntax_error_known_location(a, "expected comma between / and *")
        self.mark = mark
        return None

    def invalid_default(self):
        """invalid_default:
            | a='=' &(')'|',') { self.raise_syntax_error_known_location(a, "expected default value expression") }
        """
        mark = self.mark
        # a='=' &(')' | ',')
        if (
            (a := self.expect(EQUAL))
            and self.tokens[self.mark].type in (RPAR, COMMA,)
        ):
            return self.raise_syntax_error_known_location(a, "expected default value expression")
        self.mark = mark
        return None

    def invalid_star_etc(self):
        """invalid_star_etc:
            | a='*' (')' | ',' (')' | '**')) { self.raise_syntax_error_known_location(a, "named arguments must follow bare *") }
            | '*' ',' TYPE_COMMENT { self.raise_syntax_error("bare * has associated type comment") }
            | '*' param a='=' { self.raise_syntax_error_known_location(a, "var-positional argument cannot have default value") }
            | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') {
                self.raise_syntax_error_known_location(a, "* argument may appear only once") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (STAR,):
            return None
        # a='*' (')' | ',' (')' | '**'))
        if (
            (a := self.expect(STAR))
            and self._tmp_80()
        ):
            return self.raise_syntax_error_known_location(a, "named arguments must follow bare *")
        self.mark = mark
        # '*' ',' TYPE_COMMENT
        if (
            self.expect(STAR)
            and self.expect(COMMA)
            and self.expect(TYPE_COMMENT)
        ):
            return self.raise_syntax_error("bare * has associated type comment")
        self.mark = mark
        # '*' param a='='
        if (
            self.expect(STAR)
            and self.param()
            and (a := self.expect(EQUAL))
        ):
            return self.raise_syntax_error_known_location(a, "var-positional argument cannot have default value")
        self.mark = mark
        # '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        if (
            self.expect(STAR)
            and self._tmp_81()
            and (self._loop0_23() or True)
            and (a := self.expect(STAR))
            and self._tmp_81()
        ):
            return self.raise_syntax_error_known_location(a, "* argument may appear only once")
        self.mark = mark
        return None

    def invalid_kwds(self):
        """invalid_kwds:
            | '**' param a='=' { self.raise_syntax_error_known_location(a, "var-keyword argument cannot have default value") }
            | '**' param ',' a=param { self.raise_syntax_error_known_location(a, "arguments cannot follow var-keyword argument") }
            | '**' param ',' a[Token*]=('*'|'**'|'/') { self.raise_syntax_error_known_location(a, "arguments cannot follow var-keyword argument") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOUBLESTAR,):
            return None
        # '**' param a='='
        if (
            self.expect(DOUBLESTAR)
            and self.param()
            and (a := self.expect(EQUAL))
        ):
            return self.raise_syntax_error_known_location(a, "var-keyword argument cannot have default value")
        self.mark = mark
        # '**' param ',' a=param
        if (
            self.expect(DOUBLESTAR)
            and self.param()
            and self.expect(COMMA)
            and (a := self.param())
        ):
            return self.raise_syntax_error_known_location(a, "arguments cannot follow var-keyword argument")
        self.mark = mark
        # '**' param ',' a=('*' | '**' | '/')
        if (
            self.expect(DOUBLESTAR)
            and self.param()
            and self.expect(COMMA)
            and (a := self.expect_any((STAR, DOUBLESTAR, SLASH,)))
        ):
            return self.raise_syntax_error_known_location(a, "arguments cannot follow var-keyword argument")
        self.mark = mark
        return None

    def invalid_parameters_helper(self):
        """invalid_parameters_helper: # only there to keep the C types apart
            | a=slash_with_default { [a] }
            | param_with_default+
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=slash_with_default
        if (
            (a := self.slash_with_default())
        ):
            return [a]
        self.mark = mark
        # param_with_default+
        if (
            (_1 := self._loop1_22())
        ):
            return _1
        self.mark = mark
        return None

    def invalid_lambda_parameters(self):
        """invalid_lambda_parameters:
            | lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default {
                self.raise_syntax_error_known_location(a, "non-default argument follows default argument") }
            | lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')' {
                self.raise_syntax_error_known_range(a, b, "Lambda expression parameters cannot be parenthesized") }
            | a="/" ',' {
                self.raise_syntax_error_known_location(a, "at least one argument must precede /") }
            | (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/' {
                self.raise_syntax_error_known_location(a, "/ may appear only once") }
            | (lambda_slash_no_default | lambda_slash_with_default)? lambda_param_maybe_default* '*' (',' | lambda_param_no_default) lambda_param_maybe_default* a='/' {
                self.raise_syntax_error_known_location(a, "/ must be ahead of *") }
            | lambda_param_maybe_default+ '/' a='*' {
                self.raise_syntax_error_known_location(a, "expected comma between / and *") }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_LAMBDA_PARAMETERS:
            return None
        # lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default
        if (
            self.call_invalid_rules
            and (self._loop0_48() or True)
            and self.invalid_lambda_parameters_helper()
            and (a := self.lambda_param_no_default())
        ):
            return self.raise_syntax_error_known_location(a, "non-default argument follows default argument")
        self.mark = mark
        # lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
        if (
            (self._loop0_48() or True)
            and (a := self.expect(LPAR))
            and self._gather_82()
            and (self.expect(COMMA) or True)
            and (b := self.expect(RPAR))
        ):
            return self.raise_syntax_error_known_range(a, b, "Lambda expression parameters cannot be parenthesized")
        self.mark = mark
        # a="/" ','
        if (
            (a := self.expect(SLASH))
            and self.expect(COMMA)
        ):
            return self.raise_syntax_error_known_location(a, "at least one argument must precede /")
        self.mark = mark
        # (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/'
        if (
            self._tmp_83()
            and (self._loop0_52() or True)
            and (a := self.expect(SLASH))
        ):
            return self.raise_syntax_error_known_location(a, "/ may appear only once")
        self.mark = mark
        # [lambda_slash_no_default | lambda_slash_with_default] lambda_param_maybe_default* '*' (',' | lambda_param_no_default) lambda_param_maybe_default* a='/'
        if (
            (self._tmp_83() or True)
            and (self._loop0_52() or True)
            and self.expect(STAR)
            and self._tmp_84()
            and (self._loop0_52() or True)
            and (a := self.expect(SLASH))
        ):
            return self.raise_syntax_error_known_location(a, "/ must be ahead of *")
        self.mark = mark
        # lambda_param_maybe_default+ '/' a='*'
        if (
            self._loop1_53()
            and self.expect(SLASH)
            and (a := self.expect(STAR))
        ):
            return self.raise_syntax_error_known_location(a, "expected comma between / and *")
        self.mark = mark
        return None

    def invalid_lambda_parameters_helper(self):
        """invalid_lambda_parameters_helper:
            | a=lambda_slash_with_default { [a] }
            | lambda_param_with_default+
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # a=lambda_slash_with_default
        if (
            (a := self.lambda_slash_with_default())
        ):
            return [a]
        self.mark = mark
        # lambda_param_with_default+
        if (
            (_1 := self._loop1_51())
        ):
            return _1
        self.mark = mark
        return None

    def invalid_lambda_star_etc(self):
        """invalid_lambda_star_etc:
            | '*' (':' | ',' (':' | '**')) { self.raise_syntax_error("named arguments must follow bare *") }
            | '*' lambda_param a='=' { self.raise_syntax_error_known_location(a, "var-positional argument cannot have default value") }
            | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',') {
                self.raise_syntax_error_known_location(a, "* argument may appear only once") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (STAR,):
            return None
        # '*' (':' | ',' (':' | '**'))
        if (
            self.expect(STAR)
            and self._tmp_85()
        ):
            return self.raise_syntax_error("named arguments must follow bare *")
        self.mark = mark
        # '*' lambda_param a='='
        if (
            self.expect(STAR)
            and self.lambda_param()
            and (a := self.expect(EQUAL))
        ):
            return self.raise_syntax_error_known_location(a, "var-positional argument cannot have default value")
        self.mark = mark
        # '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',')
        if (
            self.expect(STAR)
            and self._tmp_86()
            and (self._loop0_52() or True)
            and (a := self.expect(STAR))
            and self._tmp_86()
        ):
            return self.raise_syntax_error_known_location(a, "* argument may appear only once")
        self.mark = mark
        return None

    def invalid_lambda_kwds(self):
        """invalid_lambda_kwds:
            | '**' lambda_param a='=' { self.raise_syntax_error_known_location(a, "var-keyword argument cannot have default value") }
            | '**' lambda_param ',' a=lambda_param { self.raise_syntax_error_known_location(a, "arguments cannot follow var-keyword argument") }
            | '**' lambda_param ',' a[Token*]=('*'|'**'|'/') { self.raise_syntax_error_known_location(a, "arguments cannot follow var-keyword argument") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (DOUBLESTAR,):
            return None
        # '**' lambda_param a='='
        if (
            self.expect(DOUBLESTAR)
            and self.lambda_param()
            and (a := self.expect(EQUAL))
        ):
            return self.raise_syntax_error_known_location(a, "var-keyword argument cannot have default value")
        self.mark = mark
        # '**' lambda_param ',' a=lambda_param
        if (
            self.expect(DOUBLESTAR)
            and self.lambda_param()
            and self.expect(COMMA)
            and (a := self.lambda_param())
        ):
            return self.raise_syntax_error_known_location(a, "arguments cannot follow var-keyword argument")
        self.mark = mark
        # '**' lambda_param ',' a=('*' | '**' | '/')
        if (
            self.expect(DOUBLESTAR)
            and self.lambda_param()
            and self.expect(COMMA)
            and (a := self.expect_any((STAR, DOUBLESTAR, SLASH,)))
        ):
            return self.raise_syntax_error_known_location(a, "arguments cannot follow var-keyword argument")
        self.mark = mark
        return None

    def invalid_double_type_comments(self):
        """invalid_double_type_comments:
            | TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT {
                self.raise_syntax_error("Cannot have two type comments on def") }
        """
        mark = self.mark
        # TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
        if (
            self.expect(TYPE_COMMENT)
            and self.expect(NEWLINE)
            and self.expect(TYPE_COMMENT)
            and self.expect(NEWLINE)
            and self.expect(INDENT)
        ):
            return self.raise_syntax_error("Cannot have two type comments on def")
        self.mark = mark
        return None

    def invalid_with_item(self):
        """invalid_with_item:
            | expression 'as' a=expression &(',' | ')' | ':') {
                self.raise_syntax_error_invalid_target(STAR_TARGETS, a) }
        """
        mark = self.mark
        # expression 'as' a=expression &(',' | ')' | ':')
        if (
            self.expression()
            and self.expect(KW_AS)
            and (a := self.expression())
            and self.tokens[self.mark].type in (COMMA, RPAR, COLON,)
        ):
            return self.raise_syntax_error_invalid_target(STAR_TARGETS, a)
        self.mark = mark
        return None

    def invalid_for_target(self):
        """invalid_for_target:
            | ASYNC? 'for' a=star_expressions {
                self.raise_syntax_error_invalid_target(FOR_TARGETS, a) }
        """
        mark = self.mark
        # ASYNC? 'for' a=star_expressions
        if (
            (self.expect(ASYNC) or True)
            and self.expect(KW_FOR)
            and (a := self.star_expressions())
        ):
            return self.raise_syntax_error_invalid_target(FOR_TARGETS, a)
        self.mark = mark
        return None

    def invalid_group(self):
        """invalid_group:
            | '(' a=starred_expression ')' {
                self.raise_syntax_error_known_location(a, "cannot use starred expression here") }
            | '(' a='**' expression ')' {
                self.raise_syntax_error_known_location(a, "cannot use double starred expression here") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (LPAR,):
            return None
        # '(' a=starred_expression ')'
        if (
            self.expect(LPAR)
            and (a := self.starred_expression())
            and self.expect(RPAR)
        ):
            return self.raise_syntax_error_known_location(a, "cannot use starred expression here")
        self.mark = mark
        # '(' a='**' expression ')'
        if (
            self.expect(LPAR)
            and (a := self.expect(DOUBLESTAR))
            and self.expression()
            and self.expect(RPAR)
        ):
            return self.raise_syntax_error_known_location(a, "cannot use double starred expression here")
        self.mark = mark
        return None

    def invalid_import_from_targets(self):
        """invalid_import_from_targets:
            | import_from_as_names ',' NEWLINE {
                self.raise_syntax_error("trailing comma not allowed without surrounding parentheses") }
        """
        mark = self.mark
        # import_from_as_names ',' NEWLINE
        if (
            self.import_from_as_names()
            and self.expect(COMMA)
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("trailing comma not allowed without surrounding parentheses")
        self.mark = mark
        return None

    def invalid_with_stmt(self):
        """invalid_with_stmt:
            | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { self.raise_syntax_error("expected ':'") }
            | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { self.raise_syntax_error("expected ':'") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (ASYNC, KW_WITH,):
            return None
        # [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
        if (
            (self.expect(ASYNC) or True)
            and self.expect(KW_WITH)
            and self._gather_87()
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
        if (
            (self.expect(ASYNC) or True)
            and self.expect(KW_WITH)
            and self.expect(LPAR)
            and self._gather_88()
            and (self.expect(COMMA) or True)
            and self.expect(RPAR)
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        return None

    def invalid_with_stmt_indent(self):
        """invalid_with_stmt_indent:
            | [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'with' statement on line %d" % a.lineno) }
            | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'with' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (ASYNC, KW_WITH,):
            return None
        # [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
        if (
            (self.expect(ASYNC) or True)
            and (a := self.expect(KW_WITH))
            and self._gather_87()
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'with' statement on line %d" % a.lineno)
        self.mark = mark
        # [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
        if (
            (self.expect(ASYNC) or True)
            and (a := self.expect(KW_WITH))
            and self.expect(LPAR)
            and self._gather_88()
            and (self.expect(COMMA) or True)
            and self.expect(RPAR)
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'with' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_try_stmt(self):
        """invalid_try_stmt:
            | a='try' ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'try' statement on line %d" % a.lineno) }
            | 'try' ':' block !('except' | 'finally') { self.raise_syntax_error("expected 'except' or 'finally' block") }
            | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':' {
                self.raise_syntax_error_known_range(a, b, "cannot have both 'except' and 'except*' on the same 'try'") }
            | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' {
                self.raise_syntax_error_known_location(a, "cannot have both 'except' and 'except*' on the same 'try'") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_TRY,):
            return None
        # a='try' ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_TRY))
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'try' statement on line %d" % a.lineno)
        self.mark = mark
        # 'try' ':' block !('except' | 'finally')
        if (
            self.expect(KW_TRY)
            and self.expect(COLON)
            and self.block()
            and self.tokens[self.mark].type not in (KW_EXCEPT, KW_FINALLY,)
        ):
            return self.raise_syntax_error("expected 'except' or 'finally' block")
        self.mark = mark
        # 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
        if (
            self.expect(KW_TRY)
            and self.expect(COLON)
            and (self._loop0_89() or True)
            and self._loop1_26()
            and (a := self.expect(KW_EXCEPT))
            and (b := self.expect(STAR))
            and self.expression()
            and (self._tmp_90() or True)
            and self.expect(COLON)
        ):
            return self.raise_syntax_error_known_range(a, b, "cannot have both 'except' and 'except*' on the same 'try'")
        self.mark = mark
        # 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
        if (
            self.expect(KW_TRY)
            and self.expect(COLON)
            and (self._loop0_89() or True)
            and self._loop1_27()
            and (a := self.expect(KW_EXCEPT))
            and (self._tmp_91() or True)
            and self.expect(COLON)
        ):
            return self.raise_syntax_error_known_location(a, "cannot have both 'except' and 'except*' on the same 'try'")
        self.mark = mark
        return None

    def invalid_except_stmt(self):
        """invalid_except_stmt:
            | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':' {
                self.raise_syntax_error_starting_from(a, "multiple exception types must be parenthesized") }
            | a='except' '*'? expression ['as' NAME ] NEWLINE { self.raise_syntax_error("expected ':'") }
            | a='except' NEWLINE { self.raise_syntax_error("expected ':'") }
            | a='except' '*' (NEWLINE | ':') { self.raise_syntax_error("expected one or more exception types") }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_EXCEPT,):
            return None
        # 'except' '*'? a=expression ',' expressions ['as' NAME] ':'
        if (
            self.expect(KW_EXCEPT)
            and (self.expect(STAR) or True)
            and (a := self.expression())
            and self.expect(COMMA)
            and self.expressions()
            and (self._tmp_90() or True)
            and self.expect(COLON)
        ):
            return self.raise_syntax_error_starting_from(a, "multiple exception types must be parenthesized")
        self.mark = mark
        # a='except' '*'? expression ['as' NAME] NEWLINE
        if (
            (a := self.expect(KW_EXCEPT))
            and (self.expect(STAR) or True)
            and self.expression()
            and (self._tmp_90() or True)
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # a='except' NEWLINE
        if (
            (a := self.expect(KW_EXCEPT))
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # a='except' '*' (NEWLINE | ':')
        if (
            (a := self.expect(KW_EXCEPT))
            and self.expect(STAR)
            and self.expect_any((NEWLINE, COLON,))
        ):
            return self.raise_syntax_error("expected one or more exception types")
        self.mark = mark
        return None

    def invalid_finally_stmt(self):
        """invalid_finally_stmt:
            | a='finally' ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'finally' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        # a='finally' ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_FINALLY))
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'finally' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_except_stmt_indent(self):
        """invalid_except_stmt_indent:
            | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'except' statement on line %d" % a.lineno) }
            | a='except' ':' NEWLINE !INDENT { self.raise_indentation_error("expected an indented block after 'except' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_EXCEPT,):
            return None
        # a='except' expression ['as' NAME] ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_EXCEPT))
            and self.expression()
            and (self._tmp_90() or True)
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'except' statement on line %d" % a.lineno)
        self.mark = mark
        # a='except' ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_EXCEPT))
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'except' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_except_star_stmt_indent(self):
        """invalid_except_star_stmt_indent:
            | a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'except*' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        # a='except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_EXCEPT))
            and self.expect(STAR)
            and self.expression()
            and (self._tmp_90() or True)
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'except*' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_match_stmt(self):
        """invalid_match_stmt:
            | "match" subject_expr NEWLINE { self.check_version(10, "Pattern matching is", self.raise_syntax_error("expected ':'")) }
            | a="match" subject=subject_expr ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'match' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # "match" subject_expr NEWLINE
        if (
            self.expect_soft_keyword('match')
            and self.subject_expr()
            and self.expect(NEWLINE)
        ):
            return self.check_version(10, "Pattern matching is", self.raise_syntax_error("expected ':'"))
        self.mark = mark
        # a="match" subject=subject_expr ':' NEWLINE !INDENT
        if (
            (a := self.expect_soft_keyword('match'))
            and (subject := self.subject_expr())
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'match' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_case_block(self):
        """invalid_case_block:
            | "case" patterns guard? NEWLINE { self.raise_syntax_error("expected ':'") }
            | a="case" patterns guard? ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'case' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # "case" patterns guard? NEWLINE
        if (
            self.expect_soft_keyword('case')
            and self.patterns()
            and (self.guard() or True)
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # a="case" patterns guard? ':' NEWLINE !INDENT
        if (
            (a := self.expect_soft_keyword('case'))
            and self.patterns()
            and (self.guard() or True)
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'case' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_as_pattern(self):
        """invalid_as_pattern:
            | or_pattern 'as' a="_" { self.raise_syntax_error_known_location(a, "cannot use '_' as a target") }
            | or_pattern 'as' !NAME a=expression { self.raise_syntax_error_known_location(a, "invalid pattern target") }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_AS_PATTERN:
            return None
        # or_pattern 'as' a="_"
        if (
            self.or_pattern()
            and self.expect(KW_AS)
            and (a := self.expect_soft_keyword('_'))
        ):
            return self.raise_syntax_error_known_location(a, "cannot use '_' as a target")
        self.mark = mark
        # or_pattern 'as' !NAME a=expression
        if (
            self.or_pattern()
            and self.expect(KW_AS)
            and self.tokens[self.mark].type != NAME
            and (a := self.expression())
        ):
            return self.raise_syntax_error_known_location(a, "invalid pattern target")
        self.mark = mark
        return None

    def invalid_class_pattern(self):
        """invalid_class_pattern:
            | name_or_attr '(' a=invalid_class_argument_pattern  { self.raise_syntax_error_known_range(
                a[0], a[-1], "positional patterns follow keyword patterns") }
        """
        mark = self.mark
        # name_or_attr '(' a=invalid_class_argument_pattern
        if (
            self.call_invalid_rules
            and self.name_or_attr()
            and self.expect(LPAR)
            and (a := self.invalid_class_argument_pattern())
        ):
            return (
                self.raise_syntax_error_known_range(
                a[0], a[-1], "positional patterns follow keyword patterns")
            )
        self.mark = mark
        return None

    def invalid_class_argument_pattern(self):
        """invalid_class_argument_pattern[asdl_pattern_seq*]:
            | [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
        """
        mark = self.mark
        # [positional_patterns ','] keyword_patterns ',' a=positional_patterns
        if (
            (self._tmp_92() or True)
            and self.keyword_patterns()
            and self.expect(COMMA)
            and (a := self.positional_patterns())
        ):
            return a
        self.mark = mark
        return None

    def invalid_if_stmt(self):
        """invalid_if_stmt:
            | 'if' named_expression NEWLINE { self.raise_syntax_error("expected ':'") }
            | a='if' a=named_expression ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'if' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_IF,):
            return None
        # 'if' named_expression NEWLINE
        if (
            self.expect(KW_IF)
            and self.named_expression()
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # a='if' a=named_expression ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_IF))
            and (a := self.named_expression())
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'if' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_elif_stmt(self):
        """invalid_elif_stmt:
            | 'elif' named_expression NEWLINE { self.raise_syntax_error("expected ':'") }
            | a='elif' named_expression ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'elif' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_ELIF,):
            return None
        # 'elif' named_expression NEWLINE
        if (
            self.expect(KW_ELIF)
            and self.named_expression()
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # a='elif' named_expression ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_ELIF))
            and self.named_expression()
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'elif' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_else_stmt(self):
        """invalid_else_stmt:
            | a='else' ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'else' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        # a='else' ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_ELSE))
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'else' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_while_stmt(self):
        """invalid_while_stmt:
            | 'while' named_expression NEWLINE { self.raise_syntax_error("expected ':'") }
            | a='while' named_expression ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'while' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_WHILE,):
            return None
        # 'while' named_expression NEWLINE
        if (
            self.expect(KW_WHILE)
            and self.named_expression()
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # a='while' named_expression ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_WHILE))
            and self.named_expression()
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'while' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_for_stmt(self):
        """invalid_for_stmt:
            | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE { self.raise_syntax_error("expected ':'") }
            | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after 'for' statement on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (ASYNC, KW_FOR,):
            return None
        # [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
        if (
            (self.expect(ASYNC) or True)
            and self.expect(KW_FOR)
            and self.star_targets()
            and self.expect(KW_IN)
            and self.star_expressions()
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
        if (
            (self.expect(ASYNC) or True)
            and (a := self.expect(KW_FOR))
            and self.star_targets()
            and self.expect(KW_IN)
            and self.star_expressions()
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after 'for' statement on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_def_raw(self):
        """invalid_def_raw:
            | [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after function definition on line %d" % a.lineno) }
        """
        mark = self.mark
        # [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
        if (
            (self.expect(ASYNC) or True)
            and (a := self.expect(KW_DEF))
            and self.name()
            and self.expect(LPAR)
            and (self.params() or True)
            and self.expect(RPAR)
            and (self._tmp_93() or True)
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after function definition on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_class_def_raw(self):
        """invalid_class_def_raw:
            | 'class' NAME ['(' [arguments] ')'] NEWLINE { self.raise_syntax_error("expected ':'") }
            | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT {
                self.raise_indentation_error("expected an indented block after class definition on line %d" % a.lineno) }
        """
        mark = self.mark
        if self.tokens[mark].type not in (KW_CLASS,):
            return None
        # 'class' NAME ['(' [arguments] ')'] NEWLINE
        if (
            self.expect(KW_CLASS)
            and self.name()
            and (self._tmp_94() or True)
            and self.expect(NEWLINE)
        ):
            return self.raise_syntax_error("expected ':'")
        self.mark = mark
        # a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
        if (
            (a := self.expect(KW_CLASS))
            and self.name()
            and (self._tmp_94() or True)
            and self.expect(COLON)
            and self.expect(NEWLINE)
            and self.tokens[self.mark].type != INDENT
        ):
            return self.raise_indentation_error("expected an indented block after class definition on line %d" % a.lineno)
        self.mark = mark
        return None

    def invalid_double_starred_kvpairs(self):
        """invalid_double_starred_kvpairs:
            | ','.double_starred_kvpair+ ',' invalid_kvpair
            | expression ':' a='*' bitwise_or { self.raise_syntax_error_starting_from(a, "cannot use a starred expression in a dictionary value") }
            | expression a=':' &('}'|',') { self.raise_syntax_error_known_location(a, "expression expected after dictionary key and ':'") }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_DOUBLE_STARRED_KVPAIRS:
            return None
        # ','.double_starred_kvpair+ ',' invalid_kvpair
        if (
            self.call_invalid_rules
            and self._gather_56()
            and self.expect(COMMA)
            and self.invalid_kvpair()
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        # expression ':' a='*' bitwise_or
        if (
            self.expression()
            and self.expect(COLON)
            and (a := self.expect(STAR))
            and self.bitwise_or()
        ):
            return self.raise_syntax_error_starting_from(a, "cannot use a starred expression in a dictionary value")
        self.mark = mark
        # expression a=':' &('}' | ',')
        if (
            self.expression()
            and (a := self.expect(COLON))
            and self.tokens[self.mark].type in (RBRACE, COMMA,)
        ):
            return self.raise_syntax_error_known_location(a, "expression expected after dictionary key and ':'")
        self.mark = mark
        return None

    def invalid_kvpair(self):
        """invalid_kvpair:
            | a=expression !(':') {
                self.raise_error_known_location(SyntaxError, a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key") }
            | expression ':' a='*' bitwise_or { self.raise_syntax_error_starting_from(a, "cannot use a starred expression in a dictionary value") }
            | expression a=':' &('}'|',') {self.raise_syntax_error_known_location(a, "expression expected after dictionary key and ':'") }
        """
        mark = self.mark
        if self.tokens[mark].type not in FIRST_INVALID_KVPAIR:
            return None
        # a=expression !(':')
        if (
            (a := self.expression())
            and self.tokens[self.mark].type not in (COLON,)
        ):
            return self.raise_error_known_location(SyntaxError, a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key")
        self.mark = mark
        # expression ':' a='*' bitwise_or
        if (
            self.expression()
            and self.expect(COLON)
            and (a := self.expect(STAR))
            and self.bitwise_or()
        ):
            return self.raise_syntax_error_starting_from(a, "cannot use a starred expression in a dictionary value")
        self.mark = mark
        # expression a=':' &('}' | ',')
        if (
            self.expression()
            and (a := self.expect(COLON))
            and self.tokens[self.mark].type in (RBRACE, COMMA,)
        ):
            return self.raise_syntax_error_known_location(a, "expression expected after dictionary key and ':'")
        self.mark = mark
        return None

    def _loop0_1(self):
        """NEWLINE*"""
        mark = self.mark
        children = []
        while (item := self.expect(NEWLINE)):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_2(self):
        """statement+"""
        mark = self.mark
        children = []
        while (item := self.statement()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _gather_3(self):
        """';'.simple_stmt+"""
        mark = self.mark
        if not (item := self.simple_stmt()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(SEMI) and (item := self.simple_stmt()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_4(self):
        """('=' d=annotated_rhs)"""
        mark = self.mark
        # '=' d=annotated_rhs
        if (
            self.expect(EQUAL)
            and (d := self.annotated_rhs())
        ):
            return d
        self.mark = mark
        return None

    def _tmp_5(self):
        """('(' b=single_target ')' | single_subscript_attribute_target)"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_5:
            return None
        # '(' b=single_target ')'
        if (
            self.expect(LPAR)
            and (b := self.single_target())
            and self.expect(RPAR)
        ):
            return b
        self.mark = mark
        # single_subscript_attribute_target
        if (
            (_1 := self.single_subscript_attribute_target())
        ):
            return _1
        self.mark = mark
        return None

    def _loop1_6(self):
        """(z=star_targets '=')+"""
        mark = self.mark
        children = []
        while (item := self._tmp_95()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _tmp_7(self):
        """(yield_expr | star_expressions)"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_7:
            return None
        # yield_expr
        if (
            (_1 := self.yield_expr())
        ):
            return _1
        self.mark = mark
        # star_expressions
        if (
            (_1 := self.star_expressions())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_8(self):
        """('from' z=expression)"""
        mark = self.mark
        # 'from' z=expression
        if (
            self.expect(KW_FROM)
            and (z := self.expression())
        ):
            return z
        self.mark = mark
        return None

    def _gather_9(self):
        """','.NAME+"""
        mark = self.mark
        if not (item := self.name()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.name()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_10(self):
        """(',' z=expression)"""
        mark = self.mark
        # ',' z=expression
        if (
            self.expect(COMMA)
            and (z := self.expression())
        ):
            return z
        self.mark = mark
        return None

    def _loop0_11(self):
        """('.' | '...')*"""
        mark = self.mark
        children = []
        while (item := self.expect_any((DOT, ELLIPSIS,))):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_12(self):
        """('.' | '...')+"""
        mark = self.mark
        children = []
        while (item := self.expect_any((DOT, ELLIPSIS,))):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _gather_13(self):
        """','.import_from_as_name+"""
        mark = self.mark
        if not (item := self.import_from_as_name()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.import_from_as_name()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_14(self):
        """('as' z=NAME)"""
        mark = self.mark
        # 'as' z=NAME
        if (
            self.expect(KW_AS)
            and (z := self.name())
        ):
            return z
        self.mark = mark
        return None

    def _gather_15(self):
        """','.dotted_as_name+"""
        mark = self.mark
        if not (item := self.dotted_as_name()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.dotted_as_name()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_16(self):
        """('@' f=named_expression NEWLINE)+"""
        mark = self.mark
        children = []
        while (item := self._tmp_96()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _tmp_17(self):
        """('(' z=[arguments] ')')"""
        mark = self.mark
        # '(' z=[arguments] ')'
        if (
            self.expect(LPAR)
            and ((z := self.arguments()) or True)
            and self.expect(RPAR)
        ):
            return z
        self.mark = mark
        return None

    def _tmp_18(self):
        """('->' z=expression)"""
        mark = self.mark
        # '->' z=expression
        if (
            self.expect(RARROW)
            and (z := self.expression())
        ):
            return z
        self.mark = mark
        return None

    def _loop0_19(self):
        """param_no_default*"""
        mark = self.mark
        children = []
        while (item := self.param_no_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop0_20(self):
        """param_with_default*"""
        mark = self.mark
        children = []
        while (item := self.param_with_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_21(self):
        """param_no_default+"""
        mark = self.mark
        children = []
        while (item := self.param_no_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop1_22(self):
        """param_with_default+"""
        mark = self.mark
        children = []
        while (item := self.param_with_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop0_23(self):
        """param_maybe_default*"""
        mark = self.mark
        children = []
        while (item := self.param_maybe_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_24(self):
        """param_maybe_default+"""
        mark = self.mark
        children = []
        while (item := self.param_maybe_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _gather_25(self):
        """','.with_item+"""
        mark = self.mark
        if not (item := self.with_item()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.with_item()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_26(self):
        """except_block+"""
        mark = self.mark
        children = []
        while (item := self.except_block()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop1_27(self):
        """except_star_block+"""
        mark = self.mark
        children = []
        while (item := self.except_star_block()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop1_28(self):
        """case_block+"""
        mark = self.mark
        children = []
        while (item := self.case_block()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _gather_29(self):
        """'|'.closed_pattern+"""
        mark = self.mark
        if not (item := self.closed_pattern()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(VBAR) and (item := self.closed_pattern()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _gather_30(self):
        """','.maybe_star_pattern+"""
        mark = self.mark
        if not (item := self.maybe_star_pattern()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.maybe_star_pattern()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _gather_31(self):
        """','.key_value_pattern+"""
        mark = self.mark
        if not (item := self.key_value_pattern()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.key_value_pattern()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_32(self):
        """(literal_expr | attr)"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_32:
            return None
        # literal_expr
        if (
            (_1 := self.literal_expr())
        ):
            return _1
        self.mark = mark
        # attr
        if (
            (_1 := self.attr())
        ):
            return _1
        self.mark = mark
        return None

    def _gather_33(self):
        """','.pattern+"""
        mark = self.mark
        if not (item := self.pattern()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.pattern()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _gather_34(self):
        """','.keyword_pattern+"""
        mark = self.mark
        if not (item := self.keyword_pattern()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.keyword_pattern()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_35(self):
        """(',' c=expression)+"""
        mark = self.mark
        children = []
        while (item := self._tmp_97()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop1_36(self):
        """(',' c=star_expression)+"""
        mark = self.mark
        children = []
        while (item := self._tmp_98()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _gather_37(self):
        """','.star_named_expression+"""
        mark = self.mark
        if not (item := self.star_named_expression()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.star_named_expression()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_38(self):
        """('or' c=conjunction)+"""
        mark = self.mark
        children = []
        while (item := self._tmp_99()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop1_39(self):
        """('and' c=inversion)+"""
        mark = self.mark
        children = []
        while (item := self._tmp_100()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop1_40(self):
        """compare_op_bitwise_or_pair+"""
        mark = self.mark
        children = []
        while (item := self.compare_op_bitwise_or_pair()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _tmp_41(self):
        """(tok='!=')"""
        mark = self.mark
        # tok='!='
        if (
            (tok := self.expect(NOTEQUAL))
        ):
            return self.check_barry_as_flufl(tok)
        self.mark = mark
        return None

    def _gather_42(self):
        """','.(slice | starred_expression)+"""
        mark = self.mark
        if not (item := self._tmp_101()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self._tmp_101()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_43(self):
        """(':' d=[expression])"""
        mark = self.mark
        # ':' d=[expression]
        if (
            self.expect(COLON)
            and ((d := self.expression()) or True)
        ):
            return d
        self.mark = mark
        return None

    def _tmp_44(self):
        """(tuple | group | genexp)"""
        mark = self.mark
        if self.tokens[mark].type not in (LBRACE, LPAR, LSQB,):
            return None
        # tuple
        if (
            (_1 := self.tuple())
        ):
            return _1
        self.mark = mark
        # group
        if (
            (_1 := self.group())
        ):
            return _1
        self.mark = mark
        # genexp
        if (
            (_1 := self.genexp())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_45(self):
        """(list | listcomp)"""
        mark = self.mark
        if self.tokens[mark].type not in (LBRACE, LPAR, LSQB,):
            return None
        # list
        if (
            (_1 := self.list())
        ):
            return _1
        self.mark = mark
        # listcomp
        if (
            (_1 := self.listcomp())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_46(self):
        """(dict | set | dictcomp | setcomp)"""
        mark = self.mark
        if self.tokens[mark].type not in (LBRACE, LPAR, LSQB,):
            return None
        # dict
        if (
            (_1 := self.dict())
        ):
            return _1
        self.mark = mark
        # set
        if (
            (_1 := self.set())
        ):
            return _1
        self.mark = mark
        # dictcomp
        if (
            (_1 := self.dictcomp())
        ):
            return _1
        self.mark = mark
        # setcomp
        if (
            (_1 := self.setcomp())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_47(self):
        """(yield_expr | named_expression)"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_47:
            return None
        # yield_expr
        if (
            (_1 := self.yield_expr())
        ):
            return _1
        self.mark = mark
        # named_expression
        if (
            (_1 := self.named_expression())
        ):
            return _1
        self.mark = mark
        return None

    def _loop0_48(self):
        """lambda_param_no_default*"""
        mark = self.mark
        children = []
        while (item := self.lambda_param_no_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop0_49(self):
        """lambda_param_with_default*"""
        mark = self.mark
        children = []
        while (item := self.lambda_param_with_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_50(self):
        """lambda_param_no_default+"""
        mark = self.mark
        children = []
        while (item := self.lambda_param_no_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop1_51(self):
        """lambda_param_with_default+"""
        mark = self.mark
        children = []
        while (item := self.lambda_param_with_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop0_52(self):
        """lambda_param_maybe_default*"""
        mark = self.mark
        children = []
        while (item := self.lambda_param_maybe_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_53(self):
        """lambda_param_maybe_default+"""
        mark = self.mark
        children = []
        while (item := self.lambda_param_maybe_default()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop1_54(self):
        """STRING+"""
        mark = self.mark
        children = []
        while (item := self.string()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _tmp_55(self):
        """(y=star_named_expression ',' z=[star_named_expressions])"""
        mark = self.mark
        # y=star_named_expression ',' z=[star_named_expressions]
        if (
            (y := self.star_named_expression())
            and self.expect(COMMA)
            and ((z := self.star_named_expressions()) or True)
        ):
            return [y] + (z or [])
        self.mark = mark
        return None

    def _gather_56(self):
        """','.double_starred_kvpair+"""
        mark = self.mark
        if not (item := self.double_starred_kvpair()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.double_starred_kvpair()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_57(self):
        """for_if_clause+"""
        mark = self.mark
        children = []
        while (item := self.for_if_clause()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _loop0_58(self):
        """('if' z=disjunction)*"""
        mark = self.mark
        children = []
        while (item := self._tmp_102()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_59(self):
        """(assignment_expression | expression !':=')"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_59:
            return None
        # assignment_expression
        if (
            (_1 := self.assignment_expression())
        ):
            return _1
        self.mark = mark
        # expression !':='
        if (
            (_1 := self.expression())
            and self.tokens[self.mark].type != COLONEQUAL
        ):
            return _1
        self.mark = mark
        return None

    def _gather_60(self):
        """','.(starred_expression | (assignment_expression | expression !':=') !'=')+"""
        mark = self.mark
        if not (item := self._tmp_103()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self._tmp_103()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_61(self):
        """(',' k=kwargs)"""
        mark = self.mark
        # ',' k=kwargs
        if (
            self.expect(COMMA)
            and (k := self.kwargs())
        ):
            return k
        self.mark = mark
        return None

    def _gather_62(self):
        """','.kwarg_or_starred+"""
        mark = self.mark
        if not (item := self.kwarg_or_starred()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.kwarg_or_starred()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _gather_63(self):
        """','.kwarg_or_double_starred+"""
        mark = self.mark
        if not (item := self.kwarg_or_double_starred()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.kwarg_or_double_starred()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop0_64(self):
        """(',' c=star_target)*"""
        mark = self.mark
        children = []
        while (item := self._tmp_104()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _gather_65(self):
        """','.star_target+"""
        mark = self.mark
        if not (item := self.star_target()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.star_target()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop1_66(self):
        """(',' c=star_target)+"""
        mark = self.mark
        children = []
        while (item := self._tmp_104()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children or None

    def _tmp_67(self):
        """(!'*' star_target)"""
        mark = self.mark
        # !'*' star_target
        if (
            self.tokens[self.mark].type != STAR
            and (_2 := self.star_target())
        ):
            return _2
        self.mark = mark
        return None

    def _gather_68(self):
        """','.del_target+"""
        mark = self.mark
        if not (item := self.del_target()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.del_target()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _gather_69(self):
        """','.expression+"""
        mark = self.mark
        if not (item := self.expression()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.expression()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_70(self):
        """(NEWLINE INDENT)"""
        mark = self.mark
        # NEWLINE INDENT
        if (
            self.expect(NEWLINE)
            and self.expect(INDENT)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_71(self):
        """((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_71:
            return None
        # (','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
        if (
            (_1 := self._tmp_105())
        ):
            return _1
        self.mark = mark
        # kwargs
        if (
            (_1 := self.kwargs())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_72(self):
        """(args | expression for_if_clauses)"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_72:
            return None
        # args
        if (
            (_1 := self.args())
        ):
            return _1
        self.mark = mark
        # expression for_if_clauses
        if (
            self.expression()
            and self.for_if_clauses()
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_73(self):
        """(NAME '=')"""
        mark = self.mark
        # NAME '='
        if (
            self.name()
            and self.expect(EQUAL)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_74(self):
        """(NAME STRING | SOFT_KEYWORD)"""
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # NAME STRING
        if (
            self.name()
            and self.string()
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        # SOFT_KEYWORD
        if (
            (_1 := self.soft_keyword())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_75(self):
        """(list | tuple | genexp | 'True' | 'None' | 'False')"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_75:
            return None
        # list
        if (
            (_1 := self.list())
        ):
            return _1
        self.mark = mark
        # tuple
        if (
            (_1 := self.tuple())
        ):
            return _1
        self.mark = mark
        # genexp
        if (
            (_1 := self.genexp())
        ):
            return _1
        self.mark = mark
        # 'True'
        if (
            (_1 := self.expect(KW_TRUE))
        ):
            return _1
        self.mark = mark
        # 'None'
        if (
            (_1 := self.expect(KW_NONE))
        ):
            return _1
        self.mark = mark
        # 'False'
        if (
            (_1 := self.expect(KW_FALSE))
        ):
            return _1
        self.mark = mark
        return None

    def _loop0_76(self):
        """star_named_expressions*"""
        mark = self.mark
        children = []
        while (item := self.star_named_expressions()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop0_77(self):
        """(star_targets '=')*"""
        mark = self.mark
        children = []
        while (item := self._tmp_106()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_78(self):
        """(slash_no_default | slash_with_default)"""
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # slash_no_default
        if (
            (_1 := self.slash_no_default())
        ):
            return _1
        self.mark = mark
        # slash_with_default
        if (
            (_1 := self.slash_with_default())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_79(self):
        """(',' | param_no_default)"""
        mark = self.mark
        if self.tokens[mark].type not in (COMMA, NAME,):
            return None
        # ','
        if (
            (_1 := self.expect(COMMA))
        ):
            return _1
        self.mark = mark
        # param_no_default
        if (
            (_1 := self.param_no_default())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_80(self):
        """(')' | ',' (')' | '**'))"""
        mark = self.mark
        if self.tokens[mark].type not in (COMMA, RPAR,):
            return None
        # ')'
        if (
            (_1 := self.expect(RPAR))
        ):
            return _1
        self.mark = mark
        # ',' (')' | '**')
        if (
            self.expect(COMMA)
            and self.expect_any((RPAR, DOUBLESTAR,))
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_81(self):
        """(param_no_default | ',')"""
        mark = self.mark
        if self.tokens[mark].type not in (COMMA, NAME,):
            return None
        # param_no_default
        if (
            (_1 := self.param_no_default())
        ):
            return _1
        self.mark = mark
        # ','
        if (
            (_1 := self.expect(COMMA))
        ):
            return _1
        self.mark = mark
        return None

    def _gather_82(self):
        """','.lambda_param+"""
        mark = self.mark
        if not (item := self.lambda_param()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self.lambda_param()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_83(self):
        """(lambda_slash_no_default | lambda_slash_with_default)"""
        mark = self.mark
        if self.tokens[mark].type not in (NAME,):
            return None
        # lambda_slash_no_default
        if (
            (_1 := self.lambda_slash_no_default())
        ):
            return _1
        self.mark = mark
        # lambda_slash_with_default
        if (
            (_1 := self.lambda_slash_with_default())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_84(self):
        """(',' | lambda_param_no_default)"""
        mark = self.mark
        if self.tokens[mark].type not in (COMMA, NAME,):
            return None
        # ','
        if (
            (_1 := self.expect(COMMA))
        ):
            return _1
        self.mark = mark
        # lambda_param_no_default
        if (
            (_1 := self.lambda_param_no_default())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_85(self):
        """(':' | ',' (':' | '**'))"""
        mark = self.mark
        if self.tokens[mark].type not in (COLON, COMMA,):
            return None
        # ':'
        if (
            (_1 := self.expect(COLON))
        ):
            return _1
        self.mark = mark
        # ',' (':' | '**')
        if (
            self.expect(COMMA)
            and self.expect_any((COLON, DOUBLESTAR,))
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_86(self):
        """(lambda_param_no_default | ',')"""
        mark = self.mark
        if self.tokens[mark].type not in (COMMA, NAME,):
            return None
        # lambda_param_no_default
        if (
            (_1 := self.lambda_param_no_default())
        ):
            return _1
        self.mark = mark
        # ','
        if (
            (_1 := self.expect(COMMA))
        ):
            return _1
        self.mark = mark
        return None

    def _gather_87(self):
        """','.(expression ['as' star_target])+"""
        mark = self.mark
        if not (item := self._tmp_107()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self._tmp_107()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _gather_88(self):
        """','.(expressions ['as' star_target])+"""
        mark = self.mark
        if not (item := self._tmp_108()):
            self.mark = mark
            return None
        children = [item]
        mark = self.mark
        while self.expect(COMMA) and (item := self._tmp_108()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _loop0_89(self):
        """block*"""
        mark = self.mark
        children = []
        while (item := self.block()):
            children.append(item)
            mark = self.mark
        self.mark = mark
        return children

    def _tmp_90(self):
        """('as' NAME)"""
        mark = self.mark
        # 'as' NAME
        if (
            self.expect(KW_AS)
            and self.name()
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_91(self):
        """(expression ['as' NAME])"""
        mark = self.mark
        # expression ['as' NAME]
        if (
            self.expression()
            and (self._tmp_90() or True)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_92(self):
        """(positional_patterns ',')"""
        mark = self.mark
        # positional_patterns ','
        if (
            self.positional_patterns()
            and self.expect(COMMA)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_93(self):
        """('->' expression)"""
        mark = self.mark
        # '->' expression
        if (
            self.expect(RARROW)
            and self.expression()
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_94(self):
        """('(' [arguments] ')')"""
        mark = self.mark
        # '(' [arguments] ')'
        if (
            self.expect(LPAR)
            and (self.arguments() or True)
            and self.expect(RPAR)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_95(self):
        """(z=star_targets '=')"""
        mark = self.mark
        # z=star_targets '='
        if (
            (z := self.star_targets())
            and self.expect(EQUAL)
        ):
            return z
        self.mark = mark
        return None

    def _tmp_96(self):
        """('@' f=named_expression NEWLINE)"""
        mark = self.mark
        # '@' f=named_expression NEWLINE
        if (
            self.expect(AT)
            and (f := self.named_expression())
            and self.expect(NEWLINE)
        ):
            return f
        self.mark = mark
        return None

    def _tmp_97(self):
        """(',' c=expression)"""
        mark = self.mark
        # ',' c=expression
        if (
            self.expect(COMMA)
            and (c := self.expression())
        ):
            return c
        self.mark = mark
        return None

    def _tmp_98(self):
        """(',' c=star_expression)"""
        mark = self.mark
        # ',' c=star_expression
        if (
            self.expect(COMMA)
            and (c := self.star_expression())
        ):
            return c
        self.mark = mark
        return None

    def _tmp_99(self):
        """('or' c=conjunction)"""
        mark = self.mark
        # 'or' c=conjunction
        if (
            self.expect(KW_OR)
            and (c := self.conjunction())
        ):
            return c
        self.mark = mark
        return None

    def _tmp_100(self):
        """('and' c=inversion)"""
        mark = self.mark
        # 'and' c=inversion
        if (
            self.expect(KW_AND)
            and (c := self.inversion())
        ):
            return c
        self.mark = mark
        return None

    def _tmp_101(self):
        """(slice | starred_expression)"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_101:
            return None
        # slice
        if (
            (_1 := self.slice())
        ):
            return _1
        self.mark = mark
        # starred_expression
        if (
            (_1 := self.starred_expression())
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_102(self):
        """('if' z=disjunction)"""
        mark = self.mark
        # 'if' z=disjunction
        if (
            self.expect(KW_IF)
            and (z := self.disjunction())
        ):
            return z
        self.mark = mark
        return None

    def _tmp_103(self):
        """(starred_expression | (assignment_expression | expression !':=') !'=')"""
        mark = self.mark
        if self.tokens[mark].type not in FIRST_TMP_103:
            return None
        # starred_expression
        if (
            (_1 := self.starred_expression())
        ):
            return _1
        self.mark = mark
        # (assignment_expression | expression !':=') !'='
        if (
            (_1 := self._tmp_59())
            and self.tokens[self.mark].type != EQUAL
        ):
            return _1
        self.mark = mark
        return None

    def _tmp_104(self):
        """(',' c=star_target)"""
        mark = self.mark
        # ',' c=star_target
        if (
            self.expect(COMMA)
            and (c := self.star_target())
        ):
            return c
        self.mark = mark
        return None

    def _tmp_105(self):
        """(','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)"""
        mark = self.mark
        # ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs
        if (
            self._gather_60()
            and self.expect(COMMA)
            and self.kwargs()
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_106(self):
        """(star_targets '=')"""
        mark = self.mark
        # star_targets '='
        if (
            self.star_targets()
            and self.expect(EQUAL)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_107(self):
        """(expression ['as' star_target])"""
        mark = self.mark
        # expression ['as' star_target]
        if (
            self.expression()
            and (self._tmp_109() or True)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_108(self):
        """(expressions ['as' star_target])"""
        mark = self.mark
        # expressions ['as' star_target]
        if (
            self.expressions()
            and (self._tmp_109() or True)
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None

    def _tmp_109(self):
        """('as' star_target)"""
        mark = self.mark
        # 'as' star_target
        if (
            self.expect(KW_AS)
            and self.star_target()
        ):
            return True  # no action: a placeholder value (pegen's dummy name)
        self.mark = mark
        return None
