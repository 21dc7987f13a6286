"""The parser generator: python.gram in, a readable Python parser out.

Counterpart: Tools/peg_generator/pegen (c_generator.py, python_generator.py,
parser_generator.py, build.py).

    python3 -m glass.parser.pegen.generator [--check]

writes glass/parser/python_parser.py from glass/parser/python.gram (or, with
--check, exits 1 if the committed file differs from what it would write).

Why a generator and not a parser written by hand: the grammar file is the
source of truth in CPython, and a reader can check Glass's grammar against
3.11's line by line only if the parser cannot drift from it.  A generated
parser keeps them in step by construction, and it keeps pegen's machinery
(memoisation, growing the seed of left-recursive rules, cuts, forced
tokens, the invalid_ pass) in one place instead of spread over 300 hand
methods.  The output is still meant to be read: one method per rule, its
docstring the rule as written in the grammar, each alternative an `if`
whose condition is the alternative's items in order.

The code emitted follows the C generator's semantics, not the Python
generator's, where they differ: an action that returns None fails the
rule without trying the next alternative (C's `goto done`); the mark is not
reset when a group's action gives None (x[1::] depends on that); invalid_
alternatives are skipped unless Parser.call_invalid_rules is set.
"""
from __future__ import annotations

import ast as host_ast     # only to check that actions are valid expressions
import os
import re
import sys

from glass.parser import token as tokens
from glass.parser.pegen.grammar import (
    Alt, Cut, Forced, Gather, NameLeaf, NamedItem, NegativeLookahead, Opt,
    PositiveLookahead, Repeat0, Repeat1, Rhs, Rule, StringLeaf, parse_grammar,
)

HERE = os.path.dirname(os.path.abspath(__file__))
GRAMMAR_PATH = os.path.join(os.path.dirname(HERE), "python.gram")
OUTPUT_PATH = os.path.join(os.path.dirname(HERE), "python_parser.py")

# Token names the parser reads with special methods (they build a value).
SPECIAL_TOKENS = {
    "NAME": "self.name()",
    "NUMBER": "self.number()",
    "STRING": "self.string()",
    "SOFT_KEYWORD": "self.soft_keyword()",
}
OPERATOR_NAMES = {string: tokens.tok_name[type] for string, type in tokens.EXACT_TOKEN_TYPES.items()}
FIRST_KEYWORD_TYPE = 500

HEADER = '''"""The parser for Python 3.11, generated from glass/parser/python.gram.

Counterpart: Parser/parser.c (generated from Grammar/python.gram by pegen).

DO NOT EDIT: regenerate with `python3 -m glass.parser.pegen.generator`.
Each method is one rule of the grammar; its docstring is the rule as the
grammar file writes it.  Helper methods whose names begin with `_tmp_`,
`_loop0_`, `_loop1_` and `_gather_` are the groups and repetitions inside
rules, as pegen names them.  glass/parser/pegen/generator.py explains why
the parser is generated rather than written by hand.
"""
from __future__ import annotations
'''


def is_keyword(value):
    return re.match(r"[a-zA-Z_]\w*\Z", value) is not None


class Generator:
    def __init__(self, grammar):
        self.grammar = grammar
        self.rules = grammar.rules
        self.keywords = {}              # 'if' -> type number
        self.soft_keywords = []
        self.helpers = []               # (name, kind, node) made while emitting
        self.helper_names = {}          # str(node) + kind -> name
        self.counter = 0
        self.lines = []
        self.first_constants = {}       # FIRST_X -> token names, emitted at the end
        self._collect_keywords()
        self._compute_first_sets()

    # --- Keywords --------------------------------------------------------------

    def _collect_keywords(self):
        def visit(node):
            if isinstance(node, StringLeaf):
                value = node.value[1:-1]
                if is_keyword(value):
                    if node.value.startswith("'"):
                        if value not in self.keywords:
                            self.keywords[value] = FIRST_KEYWORD_TYPE + len(self.keywords)
                    elif value not in self.soft_keywords:
                        self.soft_keywords.append(value)
            elif isinstance(node, Rhs):
                for alt in node.alts:
                    visit(alt)
            elif isinstance(node, Alt):
                for item in node.items:
                    visit(item)
            elif isinstance(node, NamedItem):
                visit(node.item)
            elif isinstance(node, Gather):
                visit(node.separator)
                visit(node.node)
            elif hasattr(node, "node"):
                visit(node.node)
        for rule in self.rules.values():
            visit(rule.rhs)

    # --- FIRST sets: which tokens can begin a rule -----------------------------

    def _compute_first_sets(self):
        """For each rule, the token types a match can begin with, or None
        ("any": the rule can match nothing, or a forced token or a negative
        lookahead makes its start depend on more than one token).  A fixed
        point over the grammar, as pegen computes nullables."""
        self.nullable = dict.fromkeys(self.rules, False)
        self.first = dict.fromkeys(self.rules, frozenset())
        changed = True
        while changed:
            changed = False
            for name, rule in self.rules.items():
                nullable = self._nullable(rule.rhs)
                first = self._first(rule.rhs)
                if nullable != self.nullable[name] or first != self.first[name]:
                    self.nullable[name] = nullable
                    self.first[name] = first
                    changed = True

    def _nullable(self, node):
        if isinstance(node, Rhs):
            return any(self._nullable(alt) for alt in node.alts)
        if isinstance(node, Alt):
            return all(self._nullable(named.item) for named in node.items)
        if isinstance(node, NamedItem):
            return self._nullable(node.item)
        if isinstance(node, (Cut, PositiveLookahead, NegativeLookahead, Opt, Repeat0)):
            return True
        if isinstance(node, NameLeaf) and node.value in self.rules:
            return self.nullable[node.value]
        if isinstance(node, (Repeat1, Gather)):
            return self._nullable(node.node)
        return False                        # tokens, forced tokens

    def _first(self, node):
        """The FIRST set of a node (frozenset of token constant names) or None."""
        if isinstance(node, Rhs):
            result = frozenset()
            for alt in node.alts:
                first = self._first(alt)
                if first is None:
                    return None
                result |= first
            return result
        if isinstance(node, Alt):
            result = frozenset()
            for named in node.items:
                item = named.item
                if isinstance(item, Cut) or isinstance(item, NegativeLookahead):
                    continue
                if isinstance(item, PositiveLookahead):
                    first = self._first(item.node)
                    if first is None:
                        continue
                    return result | first
                if isinstance(item, Forced):
                    return None
                first = self._first(item)
                if first is None:
                    return None
                result |= first
                if not self._nullable(item):
                    return result
            return None                     # the whole alternative may match nothing
        if isinstance(node, NamedItem):
            return self._first(node.item)
        if isinstance(node, (Opt, Repeat0, Repeat1)):
            return self._first(node.node)
        if isinstance(node, Gather):
            return self._first(node.node)
        if isinstance(node, NameLeaf):
            if node.value in self.rules:
                return self.first[node.value]
            if node.value == "SOFT_KEYWORD":
                return frozenset(["NAME"])
            return frozenset([node.value])
        if isinstance(node, StringLeaf):
            value = node.value[1:-1]
            if is_keyword(value) and node.value.startswith('"'):
                return frozenset(["NAME"])  # a soft keyword is a NAME
            return frozenset([self.token_type(node)])
        return None

    def first_check(self, name, rhs):
        """The set of token types a rule or group can begin with, as source
        text, if checking it first is worthwhile; else None."""
        if name in self.rules:
            first = self.first[name] if not self.nullable[name] else None
        elif self._nullable(rhs):
            first = None
        else:
            first = self._first(rhs)
        if not first or len(rhs.alts) < 2:
            return None
        names = sorted(first)
        if len(names) <= 3:
            return "(%s,)" % ", ".join(names)
        constant = "FIRST_" + name.upper().lstrip("_")
        self.first_constants[constant] = names
        return constant

    def keyword_constant(self, value):
        return "KW_" + value.upper()

    # --- Output helpers ----------------------------------------------------------

    def emit(self, line="", indent=0):
        self.lines.append(("    " * indent + line) if line else "")

    def helper(self, kind, node):
        """The name of the helper method for a group or repetition, made once."""
        key = kind + ":" + repr_node(node)
        name = self.helper_names.get(key)
        if name is None:
            self.counter += 1
            name = "_%s_%d" % (kind, self.counter)
            self.helper_names[key] = name
            self.helpers.append((name, kind, node))
        return name

    # --- Items to Python expressions ---------------------------------------------

    def token_type(self, leaf):
        """The token type constant a StringLeaf or token NameLeaf matches, or None."""
        if isinstance(leaf, StringLeaf):
            value = leaf.value[1:-1]
            if is_keyword(value):
                if leaf.value.startswith("'"):
                    return self.keyword_constant(value)
                return None                 # soft keywords are NAME tokens
            return OPERATOR_NAMES[value]
        if isinstance(leaf, NameLeaf) and leaf.value not in self.rules:
            if leaf.value in SPECIAL_TOKENS:
                return leaf.value if leaf.value != "SOFT_KEYWORD" else None
            return leaf.value
        return None

    def pure_token_group(self, node):
        """For a group like ('.' | '...') of bare tokens: their type constants."""
        if not isinstance(node, Rhs):
            return None
        types = []
        for alt in node.alts:
            if len(alt.items) != 1 or alt.action or alt.items[0].name:
                return None
            item = alt.items[0].item
            if not isinstance(item, (StringLeaf, NameLeaf)):
                return None
            type = self.token_type(item)
            if type is None or (isinstance(item, NameLeaf) and item.value in SPECIAL_TOKENS
                                and item.value not in ("NAME", "STRING", "NUMBER")):
                return None
            types.append(type)
        return types

    def atom_call(self, node):
        """An expression that parses `node` and gives its value or None."""
        if isinstance(node, NameLeaf):
            name = node.value
            if name in self.rules:
                return "self.%s()" % name
            if name in SPECIAL_TOKENS:
                return SPECIAL_TOKENS[name]
            return "self.expect(%s)" % name
        if isinstance(node, StringLeaf):
            value = node.value[1:-1]
            if is_keyword(value) and node.value.startswith('"'):
                return "self.expect_soft_keyword(%r)" % value
            return "self.expect(%s)" % self.token_type(node)
        if isinstance(node, Rhs):
            if len(node.alts) == 1 and len(node.alts[0].items) == 1 and not node.alts[0].action \
                    and not node.alts[0].items[0].name:
                return self.atom_call(node.alts[0].items[0].item)
            types = self.pure_token_group(node)
            if types:
                return "self.expect_any((%s,))" % ", ".join(types)
            return "self.%s()" % self.helper("tmp", node)
        raise TypeError("not an atom: %r" % node)

    def lookahead(self, node, positive):
        """A boolean expression: does `node` match here (without consuming)?"""
        type = None
        if isinstance(node, (StringLeaf, NameLeaf)):
            type = self.token_type(node)
            if isinstance(node, StringLeaf) and type is None:
                op = "==" if positive else "!="
                return "self.tokens[self.mark].string %s %r" % (op, node.value[1:-1])
        if type is not None:
            op = "==" if positive else "!="
            return "self.tokens[self.mark].type %s %s" % (op, type)
        types = self.pure_token_group(node)
        if types and "NAME" not in types:
            op = "in" if positive else "not in"
            return "self.tokens[self.mark].type %s (%s,)" % (op, ", ".join(types))
        if isinstance(node, NameLeaf) and node.value in self.rules:
            method = "self.%s" % node.value
        elif isinstance(node, NameLeaf) and node.value in SPECIAL_TOKENS:
            method = SPECIAL_TOKENS[node.value][:-2]
        else:
            method = "self.%s" % self.helper("tmp", node)
        return "self.%s_lookahead(%s)" % ("positive" if positive else "negative", method)

    def item_condition(self, named, index, needs_name=False):
        """(condition text, variable holding the value or None)."""
        name = named.name
        item = named.item
        if isinstance(item, Cut):
            return "(cut := True)", None
        if isinstance(item, PositiveLookahead):
            return self.lookahead(item.node, True), None
        if isinstance(item, NegativeLookahead):
            return self.lookahead(item.node, False), None
        if isinstance(item, Forced):
            type = self.token_type(item.node)
            call = "self.expect_forced(%s, %r)" % (type, item.node.value[1:-1])
        elif isinstance(item, Opt):
            call = self.atom_call(item.node)
            if name:
                return "((%s := %s) or True)" % (name, call), name
            return "(%s or True)" % call, None
        elif isinstance(item, Repeat0):
            call = "self.%s()" % self.helper("loop0", item.node)
            if name:
                return "((%s := %s) or True)" % (name, call), name
            return "(%s or True)" % call, None
        elif isinstance(item, Repeat1):
            call = "self.%s()" % self.helper("loop1", item.node)
        elif isinstance(item, Gather):
            call = "self.%s()" % self.helper("gather", item)
        else:
            call = self.atom_call(item)
        if name is None:
            if not needs_name:
                return call, None
            name = "_%d" % index
        return "(%s := %s)" % (name, call), name

    # --- Rules ---------------------------------------------------------------------

    def uses_invalid(self, node):
        """Does an alternative reach an invalid_ rule (c_generator's InvalidNodeVisitor)?"""
        if isinstance(node, NameLeaf):
            return node.value.startswith("invalid")
        if isinstance(node, StringLeaf) or isinstance(node, Cut):
            return False
        if isinstance(node, Rhs):
            return any(self.uses_invalid(alt) for alt in node.alts)
        if isinstance(node, Alt):
            return any(self.uses_invalid(item) for item in node.items)
        if isinstance(node, NamedItem):
            return self.uses_invalid(node.item)
        if isinstance(node, Gather):
            return self.uses_invalid(node.node) or self.uses_invalid(node.separator)
        return self.uses_invalid(node.node)

    def emit_alts(self, rhs, rule_name, memo, indent, seed=None):
        """The body shared by rules and group helpers: try each alternative.

        `seed` names the left-recursive rule whose _raw half this is: its
        alternatives that begin with the rule itself read the seed from the
        memo directly (see emit_alt).
        """
        uses_extra = any(alt.action and "EXTRA" in alt.action for alt in rhs.alts)
        if uses_extra:
            self.emit("start_tok = self.tokens[mark]", indent)
        check = self.first_check(rule_name, rhs) if not seed else None
        if check is not None:
            # No alternative can begin with this token: fail at once, rather
            # than let each one find out.  (C tries them all; the result is
            # the same.  6% on bench/parse.py, CPython 3.11.)
            # Divergence: the alternatives C would still enter are rule calls
            # one level deeper; if one of those were the deepest point of a
            # parse right at MAXSTACK, C would give MemoryError and Glass not.
            # No input in tests/parser/test_limits.py's boundary set does.
            self.emit("if self.tokens[mark].type not in %s:" % check, indent)
            self.emit("return None", indent + 1)
        if seed and any(self.starts_with(alt, seed) for alt in rhs.alts):
            self.emit("seed = self.tokens[mark].memo[%r]   # what %s has grown to so far"
                      % (seed, seed), indent)
        for alt in rhs.alts:
            self.emit_alt(alt, rule_name, memo, indent, seed)
        if memo:
            self.emit("memo[%r] = (None, mark)" % rule_name, indent)
        self.emit("return None", indent)

    @staticmethod
    def starts_with(alt, name):
        """Does the alternative begin with a call of rule `name`?"""
        return bool(alt.items) and isinstance(alt.items[0].item, NameLeaf) \
            and alt.items[0].item.value == name

    def emit_alt(self, alt, rule_name, memo, indent, seed=None):
        has_cut = any(isinstance(item.item, Cut) for item in alt.items)
        self.emit("# %s" % str(alt).replace("\n", " "), indent)
        if has_cut:
            self.emit("cut = False", indent)
        conditions = []
        values = []
        value_items = [named for named in alt.items
                       if not isinstance(named.item, (Cut, PositiveLookahead, NegativeLookahead))]
        needs_name = not alt.action and len(value_items) == 1
        for index, named in enumerate(alt.items, 1):
            if index == 1 and seed and self.starts_with(alt, seed):
                # Calling the rule here would only find this memo entry
                # (the growing loop wrote it before calling _raw), so read
                # it: one call fewer per alternative and step.  (8% on
                # bench/parse.py, CPython 3.11.)
                variable = named.name or "_1"
                self.emit("%s, self.mark = seed" % variable, indent)
                conditions.append(variable)
                values.append(variable)
                continue
            condition, variable = self.item_condition(named, index, needs_name)
            if index == 2 and seed and self.starts_with(alt, seed) \
                    and condition.startswith("self.expect(") and not named.name:
                # After the seed, most steps fail on this token: look at
                # its type before calling expect.  (3% on bench/parse.py, CPython 3.11.)
                conditions.append("self.tokens[self.mark].type == %s" % condition[12:-1])
            conditions.append(condition)
            if not isinstance(named.item, (Cut, PositiveLookahead, NegativeLookahead)):
                values.append(variable)
        if self.uses_invalid(alt):
            conditions.insert(0, "self.call_invalid_rules")
        self.emit("if (", indent)
        for i, condition in enumerate(conditions):
            self.emit(("and " if i else "") + condition, indent + 1)
        self.emit("):", indent)
        if alt.action:
            action = alt.action
            check_action(action, rule_name)
            if "EXTRA" in action:
                self.emit("end_tok = self.last_nonwhitespace_token()", indent + 1)
                action = re.sub(r"\bEXTRA\b", "start_tok.lineno, start_tok.col_offset, "
                                "end_tok.end_lineno, end_tok.end_col_offset", action)
            result = action
        elif len(values) == 1:
            result = values[0]
        else:
            result = "True  # no action: a placeholder value (pegen's dummy name)"
        if "\n" in result:
            lines = result.split("\n")
            result = "(\n" + "\n".join("    " * (indent + 2) + line.strip() for line in lines) \
                + "\n" + "    " * (indent + 1) + ")"
        if memo:
            self.emit("res = %s" % result, indent + 1)
            self.emit("memo[%r] = (res, self.mark)" % rule_name, indent + 1)
            self.emit("return res", indent + 1)
        else:
            self.emit("return %s" % result, indent + 1)
        self.emit("self.mark = mark", indent)
        if has_cut:
            self.emit("if cut:", indent)
            self.emit("return None", indent + 1)

    def emit_docstring(self, text, indent):
        text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
        lines = text.split("\n")
        self.emit('"""' + lines[0], indent)
        for line in lines[1:]:
            self.emit(line.rstrip(), indent if line.strip() else 0)
        self.emit('"""', indent)

    def emit_memo_check(self, name, indent):
        self.emit("memo = self.tokens[mark].memo", indent)
        self.emit("if %r in memo:" % name, indent)
        self.emit("res, self.mark = memo[%r]" % name, indent + 1)
        self.emit("return res", indent + 1)

    def emit_rule(self, rule):
        name = rule.name
        self.emit("def %s(self):" % name, 1)
        doc = rule.text
        if rule.left_recursive:
            doc += "\n\n(left-recursive%s)" % (", the leader of its cycle" if rule.leader else "")
        self.emit_docstring(_dedent_doc(doc), 2)
        self.emit("mark = self.mark", 2)
        if rule.leader:
            self.emit_memo_check(name, 2)
            self.emit("# Grow the seed: parse again while each attempt gets further", 2)
            self.emit("# (pegen's left-recursion loop around %s_raw)." % name, 2)
            self.emit("res = None", 2)
            self.emit("resmark = mark", 2)
            self.emit("while True:", 2)
            self.emit("memo[%r] = (res, resmark)" % name, 3)
            self.emit("self.mark = mark", 3)
            self.emit("raw = self._%s_raw()" % name, 3)
            self.emit("if raw is None or self.mark <= resmark:", 3)
            self.emit("break", 4)
            self.emit("res = raw", 3)
            self.emit("resmark = self.mark", 3)
            self.emit("self.mark = resmark", 2)
            self.emit("return res", 2)
            self.emit()
            self.emit("def _%s_raw(self):" % name, 1)
            self.emit('"""The alternatives of %s, tried once per growing step."""' % name, 2)
            self.emit("mark = self.mark", 2)
            self.emit_alts(rule.rhs, name, False, 2, seed=name)
        elif name.endswith("_without_invalid"):
            self.emit("saved = self.call_invalid_rules", 2)
            self.emit("self.call_invalid_rules = False", 2)
            self.emit("try:", 2)
            self.emit_alts(rule.rhs, name, False, 3)
            self.emit("finally:", 2)
            self.emit("self.call_invalid_rules = saved", 3)
        else:
            if rule.memo:
                self.emit_memo_check(name, 2)
            self.emit_alts(rule.rhs, name, rule.memo, 2)
        self.emit()

    def emit_helper(self, name, kind, node):
        self.emit("def %s(self):" % name, 1)
        if kind == "tmp":
            self.emit('"""%s"""' % escape_doc(repr_node(node)), 2)
            self.emit("mark = self.mark", 2)
            self.emit_alts(node, name, False, 2)
        elif kind in ("loop0", "loop1"):
            self.emit('"""%s%s"""' % (escape_doc(atom_text(node)), "*" if kind == "loop0" else "+"), 2)
            call = self.atom_call(node)
            self.emit("mark = self.mark", 2)
            self.emit("children = []", 2)
            self.emit("while (item := %s):" % call, 2)
            self.emit("children.append(item)", 3)
            self.emit("mark = self.mark", 3)
            self.emit("self.mark = mark", 2)
            if kind == "loop1":
                self.emit("return children or None", 2)
            else:
                self.emit("return children", 2)
        else:                                  # gather: sep.node+
            self.emit('"""%s"""' % escape_doc(str(node)), 2)
            separator = self.atom_call(node.separator)
            call = self.atom_call(node.node)
            self.emit("mark = self.mark", 2)
            self.emit("if not (item := %s):" % call, 2)
            self.emit("self.mark = mark", 3)
            self.emit("return None", 3)
            self.emit("children = [item]", 2)
            self.emit("mark = self.mark", 2)
            self.emit("while %s and (item := %s):" % (separator, call), 2)
            self.emit("children.append(item)", 3)
            self.emit("mark = self.mark", 3)
            self.emit("self.mark = mark", 2)
            self.emit("return children", 2)
        self.emit()

    def generate(self):
        self.lines = []
        for line in HEADER.rstrip("\n").split("\n"):
            self.emit(line)
        subheader = self.grammar.metas.get("subheader")
        if subheader:
            for line in subheader.strip("\n").split("\n"):
                self.emit(line)
        self.emit("from glass.parser.token import (")
        used = sorted(set(OPERATOR_NAMES.values()) | {
            "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
            "ASYNC", "AWAIT", "TYPE_COMMENT"})
        for i in range(0, len(used), 6):
            self.emit(", ".join(used[i:i + 6]) + ",", 1)
        self.emit(")")
        self.emit()
        self.emit("# Keywords are NAME tokens the parser gives types of their own, numbered")
        self.emit("# from %d as in Parser/parser.c's reserved_keywords." % FIRST_KEYWORD_TYPE)
        for value, type in self.keywords.items():
            self.emit("%s = %d" % (self.keyword_constant(value), type))
        self.emit()
        self.emit("KEYWORDS = {")
        for value in self.keywords:
            self.emit("%r: %s," % (value, self.keyword_constant(value)), 1)
        self.emit("}")
        self.emit("SOFT_KEYWORDS = (%s)" % "".join("%r, " % k for k in self.soft_keywords).rstrip(" "))
        self.emit()
        first_at = len(self.lines)          # the FIRST_ sets go here, once known
        self.emit()
        self.emit("class PythonParser(Parser):")
        self.emit('"""The rules of python.gram, one method each."""', 1)
        self.emit()
        self.emit("KEYWORDS = KEYWORDS", 1)
        self.emit("SOFT_KEYWORDS = SOFT_KEYWORDS", 1)
        self.emit()
        for rule in self.rules.values():
            self.emit_rule(rule)
        done = 0
        while done < len(self.helpers):
            name, kind, node = self.helpers[done]
            self.emit_helper(name, kind, node)
            done += 1
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        if self.first_constants:
            block = ["# The tokens each rule (or group) can begin with, where a rule checks",
                     "# the next token against them before trying its alternatives."]
            for constant in sorted(self.first_constants):
                names = self.first_constants[constant]
                block.append("%s = frozenset((" % constant)
                for i in range(0, len(names), 6):
                    block.append("    " + ", ".join(names[i:i + 6]) + ",")
                block.append("))")
            block.append("")
            self.lines[first_at:first_at] = block
        return "\n".join(self.lines) + "\n"


def repr_node(node):
    return str(node) if not isinstance(node, Rhs) else "(%s)" % node


def atom_text(node):
    return repr_node(node)


def escape_doc(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _dedent_doc(text):
    return text


def check_action(action, rule_name):
    """Fail early, naming the rule, if an action is not a Python expression."""
    try:
        host_ast.parse("(" + action.replace("EXTRA", "0, 0, 0, 0") + "\n)", mode="eval")
    except SyntaxError as error:
        raise SyntaxError("action of rule %s is not an expression: %s\n%s"
                          % (rule_name, error, action)) from None


def generate(grammar_path=GRAMMAR_PATH):
    with open(grammar_path, encoding="utf-8") as file:
        grammar = parse_grammar(file.read())
    return Generator(grammar).generate()


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    source = generate()
    if "--check" in argv:
        with open(OUTPUT_PATH, encoding="utf-8") as file:
            if file.read() != source:
                print("%s is out of date: run python3 -m glass.parser.pegen.generator" % OUTPUT_PATH)
                return 1
        return 0
    with open(OUTPUT_PATH, "w", encoding="utf-8") as file:
        file.write(source)
    print("wrote %s (%d lines)" % (OUTPUT_PATH, source.count("\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
