"""Reading a .gram file into rule objects, and finding its left recursion.

Counterpart: Tools/peg_generator/pegen/grammar.py (the node classes),
metagrammar.gram / grammar_parser.py (reading the file) and
parser_generator.py (compute_nullables, compute_left_recursives).

The grammar syntax is pegen's (PEP 617).  The reader is written by hand: a
small scanner for the few kinds of token a grammar has (names, quoted
strings, `{ actions }`, punctuation) and a recursive-descent parser over
them, one method per construct.

    rule[type] (memo): alt | alt      ->  Rule(name, type, rhs, memo)
    alt: item item ... { action }     ->  Alt(items, action)
    item: name=atom | atom? | atom* | atom+ | sep.atom+ | &atom | !atom
          | &&atom | ~ | [alts]
    atom: NAME | 'keyword' | "soft keyword" | (alts)
"""
from __future__ import annotations

import re


# --- The grammar's node classes ------------------------------------------------

class Leaf:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class NameLeaf(Leaf):
    """A rule or token name: `expression`, `NAME`, `NEWLINE`."""
    __slots__ = ()

    def __str__(self):
        return self.value


class StringLeaf(Leaf):
    """A quoted literal: `'if'` (keyword), `"match"` (soft keyword), `':'`."""
    __slots__ = ()

    def __str__(self):
        return self.value


class Rhs:
    """The alternatives of a rule or a group."""
    __slots__ = ("alts",)

    def __init__(self, alts):
        self.alts = alts

    def __str__(self):
        return " | ".join(str(alt) for alt in self.alts)


class Alt:
    """One alternative: a sequence of items and an optional action."""
    __slots__ = ("items", "action")

    def __init__(self, items, action=None):
        self.items = items
        self.action = action

    def __str__(self):
        return " ".join(str(item) for item in self.items)


class NamedItem:
    """`name=item`, `name[type]=item`, or an unnamed item (name is None)."""
    __slots__ = ("name", "item", "type")

    def __init__(self, name, item, type=None):
        self.name = name
        self.item = item
        self.type = type

    def __str__(self):
        if self.name:
            return "%s=%s" % (self.name, _atom_str(self.item))
        return _atom_str(self.item)


class Wrapper:
    """An item applied to one inner node."""
    __slots__ = ("node",)
    prefix = suffix = ""

    def __init__(self, node):
        self.node = node

    def __str__(self):
        return "%s%s%s" % (self.prefix, _atom_str(self.node), self.suffix)


class PositiveLookahead(Wrapper):
    __slots__ = ()
    prefix = "&"


class NegativeLookahead(Wrapper):
    __slots__ = ()
    prefix = "!"


class Forced(Wrapper):
    __slots__ = ()
    prefix = "&&"


class Opt(Wrapper):
    __slots__ = ()

    def __str__(self):
        text = str(self.node)
        if isinstance(self.node, Rhs):
            return "[%s]" % text
        return "%s?" % text


class Repeat0(Wrapper):
    __slots__ = ()
    suffix = "*"


class Repeat1(Wrapper):
    __slots__ = ()
    suffix = "+"


class Gather(Wrapper):
    """`sep.node+`: one or more nodes separated by sep."""
    __slots__ = ("separator",)

    def __init__(self, separator, node):
        self.separator = separator
        self.node = node

    def __str__(self):
        return "%s.%s+" % (_atom_str(self.separator), _atom_str(self.node))


class Cut:
    __slots__ = ()

    def __str__(self):
        return "~"


def _atom_str(node):
    if isinstance(node, Rhs):
        return "(%s)" % node
    return str(node)


class Rule:
    """One rule of the grammar, with what the analysis found out about it."""

    def __init__(self, name, type, rhs, memo=False, text=""):
        self.name = name
        self.type = type
        self.rhs = rhs
        self.memo = memo
        self.text = text                # the rule as written in the .gram file
        self.nullable = False
        self.left_recursive = False
        self.leader = False

    def __repr__(self):
        return "Rule(%r)" % self.name


class Grammar:
    def __init__(self, rules, metas):
        self.rules = rules              # name -> Rule, in file order
        self.metas = metas              # '@name value' directives


# --- Scanning ------------------------------------------------------------------

class GrammarError(Exception):
    pass


_TOKEN = re.compile(r"""
    (?P<space>[ \t\r\f]+)
  | (?P<newline>\n)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<typedname>[A-Za-z_]\w*\[[^\]'"\n]*\])
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>&&|[:|()\[\]?*+.&!~=@{,])
""", re.VERBOSE | re.DOTALL)


class _Token:
    __slots__ = ("kind", "value", "line", "at_line_start")

    def __init__(self, kind, value, line, at_line_start):
        self.kind = kind
        self.value = value
        self.line = line
        self.at_line_start = at_line_start

    def __repr__(self):
        return "%s(%r)" % (self.kind, self.value)


def _scan_action(text, pos, line):
    """The text of a `{ ... }` action starting at pos, braces balanced and
    quoted strings skipped; returns (action, new position, new line)."""
    depth = 0
    i = pos
    while i < len(text):
        c = text[i]
        if c in "'\"":
            match = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"").match(text, i)
            if not match:
                raise GrammarError("line %d: unterminated string in action" % line)
            i = match.end()
            continue
        if c == "\n":
            line += 1
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[pos + 1:i].strip(), i + 1, line
        i += 1
    raise GrammarError("line %d: unterminated action" % line)


def tokenize_grammar(text):
    tokens = []
    pos = 0
    line = 1
    at_line_start = True
    while pos < len(text):
        if text[pos] == "{":
            action, pos, line = _scan_action(text, pos, line)
            tokens.append(_Token("action", action, line, False))
            at_line_start = False
            continue
        match = _TOKEN.match(text, pos)
        if not match:
            raise GrammarError("line %d: unexpected %r" % (line, text[pos]))
        kind = match.lastgroup
        value = match.group()
        if kind == "newline":
            line += 1
            at_line_start = True
        elif kind in ("space", "comment"):
            pass
        else:
            tokens.append(_Token(kind, value, line, at_line_start and match.start() == _line_start(text, pos)))
            at_line_start = False
            line += value.count("\n")
        pos = match.end()
    tokens.append(_Token("end", "", line, True))
    return tokens


def _line_start(text, pos):
    return text.rfind("\n", 0, pos) + 1


# --- Parsing -------------------------------------------------------------------

class GrammarParser:
    """Recursive descent over the scanned tokens; one method per construct."""

    def __init__(self, text):
        self.text = text
        self.tokens = tokenize_grammar(text)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def at_op(self, value):
        token = self.peek()
        return token.kind == "op" and token.value == value

    def expect_op(self, value):
        token = self.next()
        if token.kind != "op" or token.value != value:
            raise GrammarError("line %d: expected %r, found %r" % (token.line, value, token.value))
        return token

    def starts_rule(self):
        token = self.peek()
        return token.kind == "end" or (token.at_line_start and token.kind in ("name", "typedname", "op") and (token.kind != "op" or token.value == "@"))

    def grammar(self):
        rules = {}
        metas = {}
        while self.peek().kind != "end":
            if self.at_op("@"):
                self.next()
                name = self.next().value
                value = None
                if self.peek().kind in ("string", "name") and not self.peek().at_line_start:
                    value = self.next().value
                    if value[:1] in "'\"":
                        value = eval(value)   # a quoted string literal, by design
                metas[name] = value
                continue
            rule = self.rule()
            if rule.name in rules:
                raise GrammarError("rule %s defined twice" % rule.name)
            rules[rule.name] = rule
        return Grammar(rules, metas)

    def rule(self):
        start = self.peek()
        name, type = _split_typed(self.next())
        memo = False
        if self.at_op("("):
            self.next()
            if self.next().value != "memo":
                raise GrammarError("line %d: only (memo) may follow a rule name" % start.line)
            self.expect_op(")")
            memo = True
        self.expect_op(":")
        if self.at_op("|"):
            self.next()
        rhs = self.alts(top=True)
        text = self._source_text(start.line, self.peek().line if self.peek().kind != "end" else None)
        return Rule(name, type, rhs, memo, text)

    def _source_text(self, first_line, next_rule_line):
        lines = self.text.split("\n")
        chunk = lines[first_line - 1:(next_rule_line - 1) if next_rule_line else None]
        while chunk and (not chunk[-1].strip() or chunk[-1].lstrip().startswith("#")):
            chunk.pop()
        return "\n".join(chunk)

    def alts(self, top=False):
        alts = [self.alt(top)]
        while self.at_op("|"):
            self.next()
            alts.append(self.alt(top))
        return Rhs(alts)

    def alt(self, top):
        items = []
        action = None
        while True:
            token = self.peek()
            if top and self.starts_rule():
                break
            if token.kind == "action":
                action = self.next().value
                break
            if token.kind == "op" and token.value in ("|", ")", "]"):
                break
            if token.kind == "end":
                break
            items.append(self.named_item())
        if not items:
            raise GrammarError("line %d: empty alternative" % self.peek().line)
        return Alt(items, action)

    def named_item(self):
        token = self.peek()
        following = self.tokens[self.pos + 1]
        if token.kind in ("name", "typedname") and following.kind == "op" and following.value == "=":
            self.next()
            self.next()
            name, type = _split_typed(token)
            return NamedItem(name, self.item(), type)
        return NamedItem(None, self.item())

    def item(self):
        token = self.peek()
        if token.kind == "op":
            if token.value == "&&":
                self.next()
                return Forced(self.atom())
            if token.value == "&":
                self.next()
                return PositiveLookahead(self.atom())
            if token.value == "!":
                self.next()
                return NegativeLookahead(self.atom())
            if token.value == "~":
                self.next()
                return Cut()
            if token.value == "[":
                self.next()
                rhs = self.alts()
                self.expect_op("]")
                return Opt(rhs)
        atom = self.atom()
        if self.at_op("?"):
            self.next()
            return Opt(atom)
        if self.at_op("*"):
            self.next()
            return Repeat0(atom)
        if self.at_op("+"):
            self.next()
            return Repeat1(atom)
        if self.at_op(".") and not self.peek().at_line_start:
            self.next()
            node = self.atom()
            self.expect_op("+")
            return Gather(atom, node)
        return atom

    def atom(self):
        token = self.next()
        if token.kind == "name":
            return NameLeaf(token.value)
        if token.kind == "string":
            return StringLeaf(token.value)
        if token.kind == "op" and token.value == "(":
            rhs = self.alts()
            self.expect_op(")")
            return rhs
        raise GrammarError("line %d: unexpected %r" % (token.line, token.value))


def _split_typed(token):
    if token.kind == "typedname":
        name, _, type = token.value.partition("[")
        return name, type[:-1]
    return token.value, None


def parse_grammar(text):
    grammar = GrammarParser(text).grammar()
    compute_nullables(grammar.rules)
    compute_left_recursives(grammar.rules)
    return grammar


# --- Analysis ------------------------------------------------------------------

def _nullable(node, rules):
    """Can `node` succeed without consuming a token?  (pegen's NullableVisitor)"""
    if isinstance(node, NameLeaf):
        rule = rules.get(node.value)
        return rule.nullable if rule else False
    if isinstance(node, StringLeaf):
        return False
    if isinstance(node, Rhs):
        return any(_nullable(alt, rules) for alt in node.alts)
    if isinstance(node, Alt):
        return all(_nullable(item, rules) for item in node.items)
    if isinstance(node, NamedItem):
        return _nullable(node.item, rules)
    if isinstance(node, (Opt, Repeat0, PositiveLookahead, NegativeLookahead, Cut)):
        return True
    if isinstance(node, (Repeat1, Forced)):
        return _nullable(node.node, rules)
    if isinstance(node, Gather):
        return _nullable(node.node, rules)
    raise TypeError(node)


def compute_nullables(rules):
    changed = True
    while changed:
        changed = False
        for rule in rules.values():
            if not rule.nullable and _nullable(rule.rhs, rules):
                rule.nullable = True
                changed = True


def _initial_names(node, rules, names):
    """The rule names `node` may call before consuming any token."""
    if isinstance(node, NameLeaf):
        if node.value in rules:
            names.add(node.value)
    elif isinstance(node, Rhs):
        for alt in node.alts:
            _initial_names(alt, rules, names)
    elif isinstance(node, Alt):
        for item in node.items:
            _initial_names(item, rules, names)
            if not _nullable(item, rules):
                break
    elif isinstance(node, NamedItem):
        _initial_names(node.item, rules, names)
    elif isinstance(node, (Opt, Repeat0, Repeat1, Forced, Gather,
                           PositiveLookahead, NegativeLookahead)):
        _initial_names(node.node, rules, names)
    return names


def _strongly_connected(graph):
    """Tarjan's algorithm: the strongly connected components, as sets."""
    index = {}
    low = {}
    stack = []
    on_stack = set()
    components = []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            components.append(component)

    for v in graph:
        if v not in index:
            visit(v)
    return components


def _cycles_in(graph, component, start):
    """Every simple cycle through `start` inside one component."""
    cycles = []

    def walk(v, path):
        for w in sorted(graph[v]):
            if w == start:
                cycles.append(path[:])
            elif w in component and w not in path:
                path.append(w)
                walk(w, path)
                path.pop()
    walk(start, [start])
    return cycles


def compute_left_recursives(rules):
    """Mark left-recursive rules and choose each cycle's leader, as pegen does:
    a leader is a rule every cycle of its component passes through; of
    several candidates the first in alphabetical order wins."""
    graph = {name: _initial_names(rule.rhs, rules, set()) for name, rule in rules.items()}
    for component in _strongly_connected(graph):
        if len(component) == 1:
            name = next(iter(component))
            if name in graph[name]:
                rules[name].left_recursive = True
                rules[name].leader = True
            continue
        for name in component:
            rules[name].left_recursive = True
        leaders = set(component)
        for start in component:
            for cycle in _cycles_in(graph, component, start):
                leaders &= set(cycle)
        if not leaders:
            raise GrammarError("no leader for the left-recursive rules %s" % sorted(component))
        rules[min(leaders)].leader = True
