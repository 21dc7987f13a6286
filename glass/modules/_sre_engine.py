"""The regular expression matcher: runs the code Lib/re/_compiler.py produces.

Counterpart: Modules/_sre/sre_lib.h (SRE(match), SRE(search), SRE(count),
SRE(charset), SRE(at)) and the character predicates of Modules/_sre/sre.c.

This file knows nothing of guest objects: it matches a host str against a
`Program` (the pattern's code words plus what is worth computing once per
pattern).  A bytes-like subject is decoded as latin-1 first, so byte b is
the character chr(b) and one matcher serves both kinds.

The matcher is SRE's backtracking machine, kept in SRE's shape so its
results (which group captured what, where an empty repeat stops) are the
same: where sre_lib.h calls itself through DO_JUMP, pushing a match context
on its data stack and resuming at a jump label when the callee returns, this
file pushes a `_Context` and, on return, resumes at the label named by
`ctx.jump`.  Nothing recurses on the host stack, so `(a|b)*c` over 100,000
characters needs only heap memory.
"""
from __future__ import annotations

# --- Opcodes, at codes, categories (Lib/re/_constants.py, MAGIC 20220615) ------------

MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = (1 << 32) - 1
MAXGROUPS = (1 << 30) - 1

(FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY,
 CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK,
 MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE, REPEAT, REPEAT_ONE,
 SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT,
 POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE,
 NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE,
 NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE,
 NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE) = range(43)

(AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY,
 AT_NON_BOUNDARY, AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY,
 AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY) = range(12)

(CATEGORY_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_SPACE, CATEGORY_NOT_SPACE,
 CATEGORY_WORD, CATEGORY_NOT_WORD, CATEGORY_LINEBREAK, CATEGORY_NOT_LINEBREAK,
 CATEGORY_LOC_WORD, CATEGORY_LOC_NOT_WORD, CATEGORY_UNI_DIGIT,
 CATEGORY_UNI_NOT_DIGIT, CATEGORY_UNI_SPACE, CATEGORY_UNI_NOT_SPACE,
 CATEGORY_UNI_WORD, CATEGORY_UNI_NOT_WORD, CATEGORY_UNI_LINEBREAK,
 CATEGORY_UNI_NOT_LINEBREAK) = range(18)

SRE_INFO_PREFIX = 1
SRE_INFO_LITERAL = 2
SRE_INFO_CHARSET = 4


class EngineError(Exception):
    """The code is not what _compiler.py makes (SRE_ERROR_ILLEGAL/STATE):
    the module reports "internal error in regular expression engine"."""


# --- Characters: case mappings and classes (sre.c's predicates) ----------------------

_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ASCII_SPACE = frozenset(" \t\n\r\x0b\x0c")
_ASCII_DIGIT = frozenset("0123456789")
_UNI_LINEBREAK = frozenset("\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029")
_ASCII_LOWER = {chr(c): chr(c + 32) for c in range(65, 91)}
_ASCII_UPPER = {chr(c + 32): chr(c) for c in range(65, 91)}


def lower_ascii(code):
    """sre_lower_ascii."""
    return code + 32 if 65 <= code <= 90 else code


def lower_unicode(code):
    """sre_lower_unicode (Py_UNICODE_TOLOWER): the first character of the
    full lowercase mapping, which is how CPython's type records store it."""
    return ord(chr(code).lower()[0])


def upper_unicode(code):
    """sre_upper_unicode (Py_UNICODE_TOUPPER)."""
    return ord(chr(code).upper()[0])


def ascii_iscased(code):
    return code < 128 and chr(code).isalpha()


def unicode_iscased(code):
    return code != lower_unicode(code) or code != upper_unicode(code)


# The LOCALE flag asks C's tolower()/isalnum() under the current LC_CTYPE.
# Glass runs with the C (or a UTF-8) locale, where both are ASCII-only for
# single bytes.
lower_locale = lower_ascii


def upper_locale(code):
    return code - 32 if 97 <= code <= 122 else code


_LOWER_CACHE = {}


def lower_char(ch):
    """lower_unicode on a one-character str, cached (the hot path of IGNORECASE)."""
    low = _LOWER_CACHE.get(ch)
    if low is None:
        low = _LOWER_CACHE[ch] = ch.lower()[0]
    return low


def _is_uni_word(ch):
    return ch.isalnum() or ch == "_"


def _category_test(category):
    """A predicate on one character for a CATEGORY code (sre_category)."""
    if category == CATEGORY_DIGIT:
        return _ASCII_DIGIT.__contains__
    if category == CATEGORY_NOT_DIGIT:
        return lambda ch: ch not in _ASCII_DIGIT
    if category == CATEGORY_SPACE:
        return _ASCII_SPACE.__contains__
    if category == CATEGORY_NOT_SPACE:
        return lambda ch: ch not in _ASCII_SPACE
    if category in (CATEGORY_WORD, CATEGORY_LOC_WORD):
        return _ASCII_WORD.__contains__
    if category in (CATEGORY_NOT_WORD, CATEGORY_LOC_NOT_WORD):
        return lambda ch: ch not in _ASCII_WORD
    if category == CATEGORY_LINEBREAK:
        return "\n".__eq__
    if category == CATEGORY_NOT_LINEBREAK:
        return "\n".__ne__
    if category == CATEGORY_UNI_DIGIT:
        return str.isdecimal
    if category == CATEGORY_UNI_NOT_DIGIT:
        return lambda ch: not ch.isdecimal()
    if category == CATEGORY_UNI_SPACE:
        return str.isspace
    if category == CATEGORY_UNI_NOT_SPACE:
        return lambda ch: not ch.isspace()
    if category == CATEGORY_UNI_WORD:
        return _is_uni_word
    if category == CATEGORY_UNI_NOT_WORD:
        return lambda ch: not (ch.isalnum() or ch == "_")
    if category == CATEGORY_UNI_LINEBREAK:
        return _UNI_LINEBREAK.__contains__
    if category == CATEGORY_UNI_NOT_LINEBREAK:
        return lambda ch: ch not in _UNI_LINEBREAK
    return lambda ch: False


def _at(s, ptr, end, at):
    """SRE(at): is ptr at the position `at` asks for?  `beginning` is the
    string's start (0), not pos: \\b and ^ look before pos, as in CPython."""
    if at == AT_BEGINNING or at == AT_BEGINNING_STRING:
        return ptr == 0
    if at == AT_BEGINNING_LINE:
        return ptr == 0 or s[ptr - 1] == "\n"
    if at == AT_END:
        return ptr == end or (end - ptr == 1 and s[ptr] == "\n")
    if at == AT_END_LINE:
        return ptr == end or s[ptr] == "\n"
    if at == AT_END_STRING:
        return ptr == end
    if end == 0:
        return False
    if at in (AT_BOUNDARY, AT_NON_BOUNDARY, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY):
        before = ptr > 0 and s[ptr - 1] in _ASCII_WORD
        here = ptr < end and s[ptr] in _ASCII_WORD
    elif at in (AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY):
        before = ptr > 0 and _is_uni_word(s[ptr - 1])
        here = ptr < end and _is_uni_word(s[ptr])
    else:
        return False
    if at in (AT_BOUNDARY, AT_LOC_BOUNDARY, AT_UNI_BOUNDARY):
        return before != here
    return before == here


# --- Character sets (SRE(charset)) ------------------------------------------------------

def _bitmap_codes(words, base=0):
    """The character codes set in a run of 32-bit bitmap words."""
    codes = []
    for index, word in enumerate(words):
        bit = 0
        while word:
            if word & 1:
                codes.append(base + index * 32 + bit)
            word >>= 1
            bit += 1
    return codes


class CharSet:
    """The set program that follows IN: parsed once into items, tested on
    code points in SRE(charset)'s order (the first item that hits wins,
    NEGATE flips the answer), with a cache per character."""
    __slots__ = ("items", "cache", "test")

    def __init__(self, code, pc):
        self.items = items = []
        while True:
            op = code[pc]
            if op == FAILURE:
                break
            if op == NEGATE:
                items.append((NEGATE,))
                pc += 1
            elif op == LITERAL or op == CATEGORY:
                items.append((op, code[pc + 1]))
                pc += 2
            elif op == RANGE or op == RANGE_UNI_IGNORE:
                items.append((op, code[pc + 1], code[pc + 2]))
                pc += 3
            elif op == CHARSET:
                items.append((op, frozenset(_bitmap_codes(code[pc + 1:pc + 9]))))
                pc += 9
            elif op == BIGCHARSET:
                count = code[pc + 1]
                block_words = code[pc + 2:pc + 66]
                block_of = [(word >> (8 * k)) & 0xFF for word in block_words
                            for k in range(4)]          # little-endian bytes
                blocks_start = pc + 66
                blocks = [frozenset(_bitmap_codes(
                    code[blocks_start + 8 * b:blocks_start + 8 * b + 8]))
                    for b in range(count)]
                items.append((op, block_of, blocks))
                pc = blocks_start + 8 * count
            else:
                raise EngineError("bad set operator %d" % op)
        self.cache = {}
        self.test = self._make_test()

    def _make_test(self):
        """The fastest predicate on a one-character str: a frozenset when the
        set is a few literals and small ranges, else the cached general test."""
        items = self.items
        negated = bool(items) and items[0] == (NEGATE,)
        rest = items[1:] if negated else items
        if len(rest) == 1 and rest[0][0] == CATEGORY:
            # [\w], \d, \s and their kin: the category's own test.
            test = _category_test(rest[0][1])
            if negated:
                return lambda ch: not test(ch)
            return test
        members = set()
        for item in rest:
            op = item[0]
            if op == LITERAL:
                members.add(item[1])
            elif op == RANGE and item[2] - item[1] < 1024:
                members.update(range(item[1], item[2] + 1))
            elif op == CHARSET:
                members.update(item[1])
            else:
                return self.contains_char
        chars = frozenset(chr(c) for c in members if c < 0x110000)
        if negated:
            return lambda ch: ch not in chars
        return chars.__contains__

    def contains_code(self, ch):
        """SRE(charset) for the code point ch."""
        ok = True
        for item in self.items:
            op = item[0]
            if op == LITERAL:
                if ch == item[1]:
                    return ok
            elif op == CATEGORY:
                if ch < 0x110000 and _category_test(item[1])(chr(ch)):
                    return ok
            elif op == CHARSET:
                if ch in item[1]:
                    return ok
            elif op == RANGE:
                if item[1] <= ch <= item[2]:
                    return ok
            elif op == RANGE_UNI_IGNORE:
                if item[1] <= ch <= item[2]:
                    return ok
                upper = upper_unicode(ch) if ch < 0x110000 else ch
                if item[1] <= upper <= item[2]:
                    return ok
            elif op == NEGATE:
                ok = not ok
            elif op == BIGCHARSET:
                if ch < 0x10000 and (ch & 255) in item[2][item[1][ch >> 8]]:
                    return ok
        return not ok

    def contains_char(self, ch):
        result = self.cache.get(ch)
        if result is None:
            result = self.cache[ch] = self.contains_code(ord(ch))
        return result


def _char_loc_ignore(pattern_code, ch):
    """char_loc_ignore: ch equals the pattern's code as is, lowered or raised."""
    code = ord(ch)
    return (code == pattern_code or lower_locale(code) == pattern_code
            or upper_locale(code) == pattern_code)


def single_char_test(code, pc):
    """A predicate on one character for the one-character op at pc, or None
    when the op is not one (what SRE(count) and REPEAT_ONE repeat)."""
    op = code[pc]
    if op in (LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
              LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
              LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE):
        value = code[pc + 1]
        lit = chr(value) if value < 0x110000 else None
        if op == LITERAL:
            return lit.__eq__ if lit is not None else (lambda ch: False)
        if op == NOT_LITERAL:
            return lit.__ne__ if lit is not None else (lambda ch: True)
        if op == LITERAL_IGNORE:
            return lambda ch: _ASCII_LOWER.get(ch, ch) == lit
        if op == NOT_LITERAL_IGNORE:
            return lambda ch: _ASCII_LOWER.get(ch, ch) != lit
        if op == LITERAL_UNI_IGNORE:
            return lambda ch: lower_char(ch) == lit
        if op == NOT_LITERAL_UNI_IGNORE:
            return lambda ch: lower_char(ch) != lit
        if op == LITERAL_LOC_IGNORE:
            return lambda ch: _char_loc_ignore(value, ch)
        return lambda ch: not _char_loc_ignore(value, ch)
    if op == ANY:
        return "\n".__ne__
    if op == ANY_ALL:
        return lambda ch: True
    if op == CATEGORY:
        return _category_test(code[pc + 1])
    if op in (IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE):
        charset = CharSet(code, pc + 2)
        inner = charset.test
        if op == IN:
            return inner
        if op == IN_IGNORE:
            return lambda ch: inner(_ASCII_LOWER.get(ch, ch))
        if op == IN_UNI_IGNORE:
            return lambda ch: inner(lower_char(ch))
        contains = charset.contains_code

        def loc_ignore(ch):
            # SRE(charset_loc_ignore): the lowered, then the raised character.
            code_point = ord(ch)
            low = lower_locale(code_point)
            if contains(low):
                return True
            up = upper_locale(code_point)
            return up != low and contains(up)
        return loc_ignore
    return None


def _op_width(code, pc):
    """The number of code words of the op at pc (for walking the code)."""
    op = code[pc]
    if op in (FAILURE, SUCCESS, ANY, ANY_ALL, MAX_UNTIL, MIN_UNTIL, NEGATE):
        return 1
    if op in (IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE, INFO):
        return 1 + code[pc + 1]
    if op == GROUPREF_EXISTS:
        return 3
    if op in (REPEAT, REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT,
              POSSESSIVE_REPEAT_ONE, ASSERT, ASSERT_NOT, ATOMIC_GROUP):
        return 0            # descend into the body: it holds ops of its own
    if op == BRANCH:
        return 0
    return 2


# --- The program: the code and what is computed once per pattern -------------------

_LITERAL_RUN_MAX = 32


class Program:
    """A compiled pattern's code words with per-op precomputations:
    `tests[pc]` the predicate of a one-character op, `next_pc[pc]` the op
    after it; `literals[pc]` the run of literal characters starting at a
    LITERAL (matched with one startswith), `next_pc[pc]` the op after the run;
    `prefix` and `info_charset` what the INFO block tells search()."""
    __slots__ = ("code", "groups", "tests", "literals", "next_pc",
                 "prefix", "info_charset")

    def __init__(self, code, groups):
        self.code = code
        self.groups = groups
        n = len(code)
        self.tests = [None] * n
        self.literals = [None] * n
        self.next_pc = [0] * n
        self.prefix = None
        self.info_charset = None
        self._scan(0, n)
        self._literal_runs()
        if code and code[0] == INFO:
            self._info()

    def _scan(self, pc, stop):
        """Visit every op between pc and stop, filling the tables."""
        code = self.code
        while pc < stop:
            op = code[pc]
            if op in (REPEAT, REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT,
                      POSSESSIVE_REPEAT_ONE):
                self._scan(pc + 4, pc + 1 + code[pc + 1])
                pc += 1 + code[pc + 1]
            elif op in (ASSERT, ASSERT_NOT):
                self._scan(pc + 3, pc + 1 + code[pc + 1])
                pc += 1 + code[pc + 1]
            elif op == ATOMIC_GROUP:
                self._scan(pc + 2, pc + 1 + code[pc + 1])
                pc += 1 + code[pc + 1]
            elif op == BRANCH:
                alt = pc + 1
                while code[alt]:
                    self._scan(alt + 1, alt + code[alt])
                    alt += code[alt]
                pc = alt + 1
            elif op == INFO:
                pc += 1 + code[pc + 1]
            else:
                test = single_char_test(code, pc)
                width = _op_width(code, pc)
                if test is not None:
                    self.tests[pc] = test
                    self.next_pc[pc] = pc + width
                pc += width

    def _literal_runs(self):
        """literals[pc]: the characters of the LITERAL ops from pc on (at most
        _LITERAL_RUN_MAX of them)."""
        code = self.code
        n = len(code)
        for pc in range(n - 2, -1, -1):
            if self.tests[pc] is None or code[pc] != LITERAL:
                continue
            if code[pc + 1] >= 0x110000:
                raise EngineError("literal beyond the last character")
            text = chr(code[pc + 1])
            following = pc + 2
            rest = self.literals[following] if following < n else None
            if rest is not None and len(rest) < _LITERAL_RUN_MAX:
                self.literals[pc] = text + rest
                self.next_pc[pc] = self.next_pc[following]
            else:
                self.literals[pc] = text
                self.next_pc[pc] = following

    def _info(self):
        code = self.code
        flags = code[2]
        if flags & SRE_INFO_PREFIX:
            values = code[7:7 + code[5]]
            if all(value < 0x110000 for value in values):
                self.prefix = "".join(map(chr, values))
        elif flags & SRE_INFO_CHARSET:
            self.info_charset = CharSet(code, 5).test


# --- The state of one match or search (SRE_STATE) ---------------------------------

class Repeat:
    """SRE_REPEAT: one active REPEAT (count so far, where its op is, the
    enclosing repeat, and where the last iteration started)."""
    __slots__ = ("count", "pc", "prev", "last_ptr")

    def __init__(self, pc, prev):
        self.count = -1
        self.pc = pc
        self.prev = prev
        self.last_ptr = -1


class State:
    """SRE_STATE: the subject, the window [start, end), the marks."""
    __slots__ = ("string", "start", "end", "pos", "endpos", "ptr", "marks",
                 "lastmark", "lastindex", "match_all", "must_advance")

    def __init__(self, string, pos, endpos, groups):
        length = len(string)
        pos = 0 if pos < 0 else min(pos, length)
        endpos = 0 if endpos < 0 else min(endpos, length)
        self.string = string
        self.pos = self.start = self.ptr = pos
        self.endpos = self.end = endpos
        self.marks = [None] * (2 * groups)
        self.lastmark = -1
        self.lastindex = -1
        self.match_all = False
        self.must_advance = False

    def reset(self):
        """state_reset."""
        self.lastmark = -1
        self.lastindex = -1

    def group_span(self, index):
        """The (start, end) of group index (>= 1) after a match, or (-1, -1)."""
        j = 2 * (index - 1)
        if j + 1 > self.lastmark:
            return -1, -1
        start, end = self.marks[j], self.marks[j + 1]
        if start is None or end is None:
            return -1, -1
        return start, end


# --- SRE(count) ------------------------------------------------------------------------

def count_repeats(prog, s, item_pc, ptr, end, maxcount):
    """SRE(count): how many times the one-character item at item_pc matches
    from ptr on, at most maxcount times."""
    if maxcount != MAXREPEAT and maxcount < end - ptr:
        end = ptr + maxcount
    code = prog.code
    op = code[item_pc]
    if op == ANY_ALL:
        return end - ptr
    if op == ANY:
        stop = s.find("\n", ptr, end)
        return (end if stop < 0 else stop) - ptr
    if op == NOT_LITERAL and code[item_pc + 1] < 0x110000:
        stop = s.find(chr(code[item_pc + 1]), ptr, end)
        return (end if stop < 0 else stop) - ptr
    i = ptr
    if op == LITERAL:
        lit = prog.literals[item_pc]
        if lit is None:
            return 0
        lit = lit[0]
        while i < end and s[i] == lit:
            i += 1
        return i - ptr
    test = prog.tests[item_pc]
    if test is None:
        raise EngineError("not a one-character item")
    while i < end and test(s[i]):
        i += 1
    return i - ptr


# --- SRE(match) --------------------------------------------------------------------------

# Jump labels: where a context resumes when the one it called returns.
(JUMP_NONE, JUMP_MAX_UNTIL_1, JUMP_MAX_UNTIL_2, JUMP_MAX_UNTIL_3,
 JUMP_MIN_UNTIL_1, JUMP_MIN_UNTIL_2, JUMP_MIN_UNTIL_3, JUMP_REPEAT,
 JUMP_REPEAT_ONE_1, JUMP_REPEAT_ONE_2, JUMP_MIN_REPEAT_ONE, JUMP_BRANCH,
 JUMP_ASSERT, JUMP_ASSERT_NOT, JUMP_POSS_REPEAT_1, JUMP_POSS_REPEAT_2,
 JUMP_ATOMIC_GROUP) = range(17)

# Steps of the machine besides those labels: run ops, enter a callee, return,
# and the loops that sre_lib.h writes as `for`/`while` around a DO_JUMP.
(STEP_DISPATCH, STEP_ENTER, STEP_RETURN, STEP_BRANCH_NEXT, STEP_REPEAT_ONE_1,
 STEP_REPEAT_ONE_2, STEP_MIN_REPEAT_ONE, STEP_MAX_UNTIL_TAIL, STEP_POSS_1,
 STEP_POSS_2, STEP_POSS_TAIL) = range(100, 111)


class _Context:
    """SRE(match_context): one activation of the matcher."""
    __slots__ = ("pc", "ptr", "toplevel", "jump", "parent", "count", "rep",
                 "lastmark", "lastindex", "chr")

    def __init__(self, jump, parent, toplevel):
        self.jump = jump
        self.parent = parent
        self.toplevel = toplevel


def match(state, prog, pc=0, toplevel=True):
    """SRE(match): does the code at pc match at state.ptr?  On success
    state.ptr is the end of the match and the marks say where groups are."""
    code = prog.code
    tests = prog.tests
    literals = prog.literals
    next_pc = prog.next_pc
    s = state.string
    end = state.end
    marks = state.marks
    lastmark = state.lastmark
    lastindex = state.lastindex
    repeat = None
    data = []                       # the data stack: saved marks, last_ptrs
    ctx = _Context(JUMP_NONE, None, toplevel)
    ret = False
    ptr = state.ptr
    step = STEP_ENTER

    while True:
        if step == STEP_ENTER:
            # The entrance: a callee starts at state.ptr; an INFO block
            # rejects a too-short remainder at once.
            ptr = state.ptr
            if code[pc] == INFO:
                if code[pc + 3] and end - ptr < code[pc + 3]:
                    ret = False
                    step = STEP_RETURN
                    continue
                pc += code[pc + 1] + 1
            step = STEP_DISPATCH

        if step == STEP_DISPATCH:
            while True:
                op = code[pc]
                if op == LITERAL:
                    # A run of LITERAL ops is matched at once.
                    lit = literals[pc]
                    if not s.startswith(lit, ptr, end):
                        ret = False
                        step = STEP_RETURN
                        break
                    ptr += len(lit)
                    pc = next_pc[pc]
                    continue
                test = tests[pc]
                if test is not None:
                    # Any other one-character op: IN, ANY, CATEGORY, the
                    # IGNORE forms, NOT_LITERAL.
                    if ptr >= end or not test(s[ptr]):
                        ret = False
                        step = STEP_RETURN
                        break
                    ptr += 1
                    pc = next_pc[pc]
                elif op == MARK:
                    i = code[pc + 1]
                    if i & 1:
                        lastindex = i // 2 + 1
                    if i > lastmark:
                        j = lastmark + 1
                        while j < i:
                            marks[j] = None
                            j += 1
                        lastmark = i
                    marks[i] = ptr
                    pc += 2
                elif op == SUCCESS:
                    if ctx.toplevel and ((state.match_all and ptr != end) or
                                         (state.must_advance and ptr == state.start)):
                        ret = False
                    else:
                        state.ptr = ptr
                        ret = True
                    step = STEP_RETURN
                    break
                elif op == AT:
                    if not _at(s, ptr, end, code[pc + 1]):
                        ret = False
                        step = STEP_RETURN
                        break
                    pc += 2
                elif op == JUMP or op == INFO:
                    pc += 1 + code[pc + 1]
                elif op == BRANCH:
                    ctx.lastmark = lastmark
                    ctx.lastindex = lastindex
                    if repeat is not None and lastmark >= 0:
                        data.append(marks[:lastmark + 1])
                    pc += 1                 # the first alternative's skip word
                    step = STEP_BRANCH_NEXT
                    break
                elif op == REPEAT_ONE or op == MIN_REPEAT_ONE or op == POSSESSIVE_REPEAT_ONE:
                    minimum = code[pc + 2]
                    if minimum > end - ptr:
                        ret = False
                        step = STEP_RETURN
                        break
                    state.ptr = ptr
                    tail = pc + 1 + code[pc + 1]
                    if op == MIN_REPEAT_ONE:
                        if minimum == 0:
                            count = 0
                        else:
                            count = count_repeats(prog, s, pc + 4, ptr, end, minimum)
                            if count < minimum:
                                ret = False
                                step = STEP_RETURN
                                break
                            ptr += count
                        if code[tail] == SUCCESS and not (ctx.toplevel and (
                                (state.match_all and ptr != end) or
                                (state.must_advance and ptr == state.start))):
                            state.ptr = ptr
                            ret = True
                            step = STEP_RETURN
                            break
                        ctx.count = count
                        ctx.lastmark = lastmark
                        ctx.lastindex = lastindex
                        if repeat is not None and lastmark >= 0:
                            data.append(marks[:lastmark + 1])
                        step = STEP_MIN_REPEAT_ONE
                        break
                    count = count_repeats(prog, s, pc + 4, ptr, end, code[pc + 3])
                    ptr += count
                    if count < minimum:
                        ret = False
                        step = STEP_RETURN
                        break
                    if op == POSSESSIVE_REPEAT_ONE:
                        pc = tail
                        if code[pc] == SUCCESS and ptr == end and not (
                                ctx.toplevel and state.must_advance and ptr == state.start):
                            state.ptr = ptr
                            ret = True
                            step = STEP_RETURN
                            break
                        continue
                    if code[tail] == SUCCESS and ptr == end and not (
                            ctx.toplevel and state.must_advance and ptr == state.start):
                        # The tail is empty: done.
                        state.ptr = ptr
                        ret = True
                        step = STEP_RETURN
                        break
                    ctx.count = count
                    ctx.lastmark = lastmark
                    ctx.lastindex = lastindex
                    if repeat is not None and lastmark >= 0:
                        data.append(marks[:lastmark + 1])
                    if code[tail] == LITERAL:
                        # The tail starts with a literal: skip the positions
                        # where the rest cannot match.
                        value = code[tail + 1]
                        ctx.chr = chr(value) if value < 0x110000 else None
                        step = STEP_REPEAT_ONE_1
                    else:
                        step = STEP_REPEAT_ONE_2
                    break
                elif op == REPEAT:
                    # Install a repeat context; the UNTIL op does the work.
                    rep = Repeat(pc, repeat)
                    ctx.rep = rep
                    repeat = rep
                    state.ptr = ptr
                    ctx.pc = pc
                    ctx.ptr = ptr
                    ctx = _Context(JUMP_REPEAT, ctx, ctx.toplevel)
                    pc = pc + 1 + code[pc + 1]
                    step = STEP_ENTER
                    break
                elif op == MAX_UNTIL:
                    rep = repeat
                    if rep is None:
                        raise EngineError("MAX_UNTIL outside a repeat")
                    ctx.rep = rep
                    state.ptr = ptr
                    ctx.count = count = rep.count + 1
                    rep_pc = rep.pc
                    if count < code[rep_pc + 2]:
                        # Not enough matches yet.
                        rep.count = count
                        ctx.pc = pc
                        ctx.ptr = ptr
                        ctx = _Context(JUMP_MAX_UNTIL_1, ctx, ctx.toplevel)
                        pc = rep_pc + 4
                        step = STEP_ENTER
                        break
                    maximum = code[rep_pc + 3]
                    if (count < maximum or maximum == MAXREPEAT) and ptr != rep.last_ptr:
                        # Enough matches, but match one more if we can.
                        rep.count = count
                        ctx.lastmark = lastmark
                        ctx.lastindex = lastindex
                        if lastmark >= 0:
                            data.append(marks[:lastmark + 1])
                        data.append(rep.last_ptr)   # zero-width match protection
                        rep.last_ptr = ptr
                        ctx.pc = pc
                        ctx.ptr = ptr
                        ctx = _Context(JUMP_MAX_UNTIL_2, ctx, ctx.toplevel)
                        pc = rep_pc + 4
                        step = STEP_ENTER
                        break
                    step = STEP_MAX_UNTIL_TAIL
                    break
                elif op == MIN_UNTIL:
                    rep = repeat
                    if rep is None:
                        raise EngineError("MIN_UNTIL outside a repeat")
                    ctx.rep = rep
                    state.ptr = ptr
                    ctx.count = count = rep.count + 1
                    rep_pc = rep.pc
                    ctx.pc = pc
                    ctx.ptr = ptr
                    if count < code[rep_pc + 2]:
                        rep.count = count
                        ctx = _Context(JUMP_MIN_UNTIL_1, ctx, ctx.toplevel)
                        pc = rep_pc + 4
                        step = STEP_ENTER
                        break
                    # See if the tail matches.
                    repeat = rep.prev
                    ctx.lastmark = lastmark
                    ctx.lastindex = lastindex
                    if repeat is not None and lastmark >= 0:
                        data.append(marks[:lastmark + 1])
                    ctx = _Context(JUMP_MIN_UNTIL_2, ctx, ctx.toplevel)
                    pc += 1
                    step = STEP_ENTER
                    break
                elif op == GROUPREF or op == GROUPREF_IGNORE or \
                        op == GROUPREF_UNI_IGNORE or op == GROUPREF_LOC_IGNORE:
                    g = code[pc + 1] * 2
                    if g >= lastmark:
                        ret = False
                        step = STEP_RETURN
                        break
                    p, e = marks[g], marks[g + 1]
                    if p is None or e is None or e < p:
                        ret = False
                        step = STEP_RETURN
                        break
                    length = e - p
                    if op == GROUPREF:
                        ok = s.startswith(s[p:e], ptr, end)
                    else:
                        ok = ptr + length <= end and _fold_equal(
                            op, s[ptr:ptr + length], s[p:e])
                    if not ok:
                        ret = False
                        step = STEP_RETURN
                        break
                    ptr += length
                    pc += 2
                elif op == GROUPREF_EXISTS:
                    g = code[pc + 1] * 2
                    if g >= lastmark or marks[g] is None or marks[g + 1] is None \
                            or marks[g + 1] < marks[g]:
                        pc += 1 + code[pc + 2]
                    else:
                        pc += 3
                elif op == ASSERT:
                    back = code[pc + 2]
                    if ptr < back:
                        ret = False
                        step = STEP_RETURN
                        break
                    state.ptr = ptr - back
                    ctx.pc = pc
                    ctx.ptr = ptr
                    ctx = _Context(JUMP_ASSERT, ctx, False)
                    pc += 3
                    step = STEP_ENTER
                    break
                elif op == ASSERT_NOT:
                    back = code[pc + 2]
                    if ptr >= back:
                        state.ptr = ptr - back
                        ctx.lastmark = lastmark
                        ctx.lastindex = lastindex
                        if repeat is not None and lastmark >= 0:
                            data.append(marks[:lastmark + 1])
                        ctx.pc = pc
                        ctx.ptr = ptr
                        ctx = _Context(JUMP_ASSERT_NOT, ctx, False)
                        pc += 3
                        step = STEP_ENTER
                        break
                    pc += 1 + code[pc + 1]
                elif op == POSSESSIVE_REPEAT:
                    state.ptr = ptr
                    ctx.count = 0
                    step = STEP_POSS_1
                    break
                elif op == ATOMIC_GROUP:
                    state.ptr = ptr
                    ctx.pc = pc
                    ctx.ptr = ptr
                    ctx = _Context(JUMP_ATOMIC_GROUP, ctx, False)
                    pc += 2
                    step = STEP_ENTER
                    break
                elif op == FAILURE:
                    ret = False
                    step = STEP_RETURN
                    break
                else:
                    raise EngineError("illegal opcode %d" % op)
            continue

        if step == STEP_RETURN:
            # exit: pop this context and resume its caller at its label.
            jump = ctx.jump
            ctx = ctx.parent
            if ctx is None:
                state.lastmark = lastmark
                state.lastindex = lastindex
                return ret
            pc = ctx.pc
            ptr = ctx.ptr
            step = jump
            continue

        # --- Jump labels: a callee returned `ret` -------------------------------------

        if step == JUMP_BRANCH:
            if ret:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                step = STEP_RETURN
                continue
            if repeat is not None and ctx.lastmark >= 0:
                marks[:ctx.lastmark + 1] = data[-1]
            lastmark = ctx.lastmark
            lastindex = ctx.lastindex
            pc += code[pc]
            step = STEP_BRANCH_NEXT

        if step == STEP_BRANCH_NEXT:
            # Try the alternative whose skip word is at pc.
            while code[pc]:
                first = code[pc + 1]
                if first == LITERAL and (ptr >= end or ord(s[ptr]) != code[pc + 2]):
                    pc += code[pc]
                    continue
                if first == IN and (ptr >= end or not tests[pc + 1](s[ptr])):
                    pc += code[pc]
                    continue
                state.ptr = ptr
                ctx.pc = pc
                ctx.ptr = ptr
                ctx = _Context(JUMP_BRANCH, ctx, ctx.toplevel)
                pc += 1
                step = STEP_ENTER
                break
            else:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                ret = False
                step = STEP_RETURN
            continue

        if step == JUMP_REPEAT_ONE_1 or step == JUMP_REPEAT_ONE_2:
            if ret:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                step = STEP_RETURN
                continue
            if repeat is not None and ctx.lastmark >= 0:
                marks[:ctx.lastmark + 1] = data[-1]
            lastmark = ctx.lastmark
            lastindex = ctx.lastindex
            ptr -= 1
            ctx.count -= 1
            step = STEP_REPEAT_ONE_1 if step == JUMP_REPEAT_ONE_1 else STEP_REPEAT_ONE_2

        if step == STEP_REPEAT_ONE_1:
            minimum = code[pc + 2]
            count = ctx.count
            c = ctx.chr
            while count >= minimum and (ptr >= end or s[ptr] != c):
                ptr -= 1
                count -= 1
            ctx.count = count
            if count < minimum:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                ret = False
                step = STEP_RETURN
                continue
            state.ptr = ptr
            ctx.pc = pc
            ctx.ptr = ptr
            ctx = _Context(JUMP_REPEAT_ONE_1, ctx, ctx.toplevel)
            pc = pc + 1 + code[pc + 1]
            step = STEP_ENTER
            continue

        if step == STEP_REPEAT_ONE_2:
            if ctx.count < code[pc + 2]:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                ret = False
                step = STEP_RETURN
                continue
            state.ptr = ptr
            ctx.pc = pc
            ctx.ptr = ptr
            ctx = _Context(JUMP_REPEAT_ONE_2, ctx, ctx.toplevel)
            pc = pc + 1 + code[pc + 1]
            step = STEP_ENTER
            continue

        if step == JUMP_MIN_REPEAT_ONE:
            if ret:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                step = STEP_RETURN
                continue
            if repeat is not None and ctx.lastmark >= 0:
                marks[:ctx.lastmark + 1] = data[-1]
            lastmark = ctx.lastmark
            lastindex = ctx.lastindex
            state.ptr = ptr
            if count_repeats(prog, s, pc + 4, ptr, end, 1) == 0:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                ret = False
                step = STEP_RETURN
                continue
            ptr += 1
            ctx.count += 1
            step = STEP_MIN_REPEAT_ONE

        if step == STEP_MIN_REPEAT_ONE:
            maximum = code[pc + 3]
            if maximum == MAXREPEAT or ctx.count <= maximum:
                state.ptr = ptr
                ctx.pc = pc
                ctx.ptr = ptr
                ctx = _Context(JUMP_MIN_REPEAT_ONE, ctx, ctx.toplevel)
                pc = pc + 1 + code[pc + 1]
                step = STEP_ENTER
            else:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                ret = False
                step = STEP_RETURN
            continue

        if step == JUMP_REPEAT:
            repeat = ctx.rep.prev
            step = STEP_RETURN
            continue

        if step == JUMP_MAX_UNTIL_1 or step == JUMP_MIN_UNTIL_1:
            if not ret:
                ctx.rep.count = ctx.count - 1
                state.ptr = ptr
            step = STEP_RETURN
            continue

        if step == JUMP_MAX_UNTIL_2:
            rep = ctx.rep
            rep.last_ptr = data.pop()
            if ret:
                if ctx.lastmark >= 0:
                    data.pop()
                step = STEP_RETURN
                continue
            if ctx.lastmark >= 0:
                marks[:ctx.lastmark + 1] = data.pop()
            lastmark = ctx.lastmark
            lastindex = ctx.lastindex
            rep.count = ctx.count - 1
            state.ptr = ptr
            step = STEP_MAX_UNTIL_TAIL

        if step == STEP_MAX_UNTIL_TAIL:
            # Cannot match more repeated items here: make sure the tail matches.
            repeat = ctx.rep.prev
            ctx.pc = pc
            ctx.ptr = ptr
            ctx = _Context(JUMP_MAX_UNTIL_3, ctx, ctx.toplevel)
            pc += 1
            step = STEP_ENTER
            continue

        if step == JUMP_MAX_UNTIL_3:
            repeat = ctx.rep
            if not ret:
                state.ptr = ptr
            step = STEP_RETURN
            continue

        if step == JUMP_MIN_UNTIL_2:
            repeat_of_tail = repeat
            rep = repeat = ctx.rep
            if ret:
                if repeat_of_tail is not None and ctx.lastmark >= 0:
                    data.pop()
                step = STEP_RETURN
                continue
            if repeat_of_tail is not None and ctx.lastmark >= 0:
                marks[:ctx.lastmark + 1] = data.pop()
            lastmark = ctx.lastmark
            lastindex = ctx.lastindex
            state.ptr = ptr
            maximum = code[rep.pc + 3]
            if (ctx.count >= maximum and maximum != MAXREPEAT) or ptr == rep.last_ptr:
                ret = False
                step = STEP_RETURN
                continue
            rep.count = ctx.count
            data.append(rep.last_ptr)       # zero-width match protection
            rep.last_ptr = ptr
            ctx = _Context(JUMP_MIN_UNTIL_3, ctx, ctx.toplevel)
            pc = rep.pc + 4
            step = STEP_ENTER
            continue

        if step == JUMP_MIN_UNTIL_3:
            rep = ctx.rep
            rep.last_ptr = data.pop()
            if not ret:
                rep.count = ctx.count - 1
                state.ptr = ptr
            step = STEP_RETURN
            continue

        if step == JUMP_POSS_REPEAT_1:
            if not ret:
                state.ptr = ptr
                step = STEP_RETURN
                continue
            ctx.count += 1
            step = STEP_POSS_1

        if step == STEP_POSS_1:
            if ctx.count < code[pc + 2]:
                ctx.pc = pc
                ctx.ptr = ptr
                ctx = _Context(JUMP_POSS_REPEAT_1, ctx, False)
                pc += 4
                step = STEP_ENTER
                continue
            ptr = -1            # matches no state.ptr: the loop below starts
            step = STEP_POSS_2

        if step == JUMP_POSS_REPEAT_2:
            if ret:
                if ctx.lastmark >= 0:
                    data.pop()
                ctx.count += 1
                step = STEP_POSS_2
            else:
                if ctx.lastmark >= 0:
                    marks[:ctx.lastmark + 1] = data.pop()
                lastmark = ctx.lastmark
                lastindex = ctx.lastindex
                state.ptr = ptr
                step = STEP_POSS_TAIL

        if step == STEP_POSS_2:
            maximum = code[pc + 3]
            if (ctx.count < maximum or maximum == MAXREPEAT) and state.ptr != ptr:
                ctx.lastmark = lastmark
                ctx.lastindex = lastindex
                if lastmark >= 0:
                    data.append(marks[:lastmark + 1])
                ptr = state.ptr
                ctx.pc = pc
                ctx.ptr = ptr
                ctx = _Context(JUMP_POSS_REPEAT_2, ctx, False)
                pc += 4
                step = STEP_ENTER
                continue
            step = STEP_POSS_TAIL

        if step == STEP_POSS_TAIL:
            pc += code[pc + 1] + 2      # past the body and its SUCCESS
            ptr = state.ptr
            step = STEP_DISPATCH
            continue

        if step == JUMP_ATOMIC_GROUP:
            if not ret:
                state.ptr = ptr
                step = STEP_RETURN
                continue
            pc += 1 + code[pc + 1]
            ptr = state.ptr
            step = STEP_DISPATCH
            continue

        if step == JUMP_ASSERT:
            if not ret:
                step = STEP_RETURN
                continue
            pc += 1 + code[pc + 1]
            step = STEP_DISPATCH
            continue

        if step == JUMP_ASSERT_NOT:
            if ret:
                if repeat is not None and ctx.lastmark >= 0:
                    data.pop()
                ret = False
                step = STEP_RETURN
                continue
            if repeat is not None and ctx.lastmark >= 0:
                marks[:ctx.lastmark + 1] = data.pop()
            lastmark = ctx.lastmark
            lastindex = ctx.lastindex
            pc += 1 + code[pc + 1]
            step = STEP_DISPATCH
            continue

        raise EngineError("bad step %d" % step)


def _fold_equal(op, text, other):
    """Two equal-length strings equal under the case folding of a GROUPREF_*_IGNORE op."""
    if op == GROUPREF_IGNORE:
        return (text.translate(_ASCII_LOWER_TABLE) == other.translate(_ASCII_LOWER_TABLE))
    if op == GROUPREF_UNI_IGNORE:
        return all(lower_char(a) == lower_char(b) for a, b in zip(text, other))
    return (text.translate(_ASCII_LOWER_TABLE) == other.translate(_ASCII_LOWER_TABLE))


_ASCII_LOWER_TABLE = {c: c + 32 for c in range(65, 91)}


# --- SRE(search) ----------------------------------------------------------------------------

def search(state, prog):
    """SRE(search): the first position from state.start where the pattern
    matches; state.start and state.ptr bound the match found."""
    ptr = state.start
    end = state.end
    if ptr > end:
        return False
    code = prog.code
    s = state.string
    pc = 0
    flags = 0
    prefix = None
    prefix_skip = 0
    charset = None
    if code[0] == INFO:
        flags = code[2]
        minimum = code[3]
        if minimum and end - ptr < minimum:
            return False
        if minimum > 1:
            # Leave the minimum width at the end (but at least one character).
            end -= minimum - 1
            if end <= ptr:
                end = ptr
        if flags & SRE_INFO_PREFIX:
            prefix = prog.prefix
            if prefix is None:
                return False            # a literal beyond any character
            prefix_skip = code[6]
        elif flags & SRE_INFO_CHARSET:
            charset = prog.info_charset
        pc = 1 + code[1]

    if prefix is not None:
        # The pattern starts with a known prefix: find its occurrences.
        end = state.end
        if len(prefix) > end - ptr:
            return False
        while ptr < end:
            found = s.find(prefix, ptr, end)
            if found < 0:
                return False
            state.must_advance = False
            state.start = found
            state.ptr = found + prefix_skip
            if flags & SRE_INFO_LITERAL:
                return True
            if match(state, prog, pc + 2 * prefix_skip, False):
                return True
            ptr = found + 1
            state.reset()
        return False

    if charset is not None:
        end = state.end
        state.must_advance = False
        while True:
            while ptr < end and not charset(s[ptr]):
                ptr += 1
            if ptr >= end:
                return False
            state.start = state.ptr = ptr
            if match(state, prog, pc, False):
                return True
            ptr += 1
            state.reset()

    state.start = state.ptr = ptr
    status = match(state, prog, pc, True)
    state.must_advance = False
    if not status and code[pc] == AT and code[pc + 1] in (AT_BEGINNING, AT_BEGINNING_STRING):
        state.start = state.ptr = end
        return False
    while not status and ptr < end:
        ptr += 1
        state.reset()
        state.start = state.ptr = ptr
        status = match(state, prog, pc, False)
    return status
