"""Code generation for `match` statements and their patterns.

Counterpart: Python/compile.c of CPython 3.11 (compiler_match and the
compiler_pattern_* functions with their pattern_helper_* helpers).

How a pattern is compiled: the subject is on top of the stack; a pattern
either consumes it and falls through (a match), or jumps to one of the
`fail_pop` blocks, which pop whatever the pattern left on the stack so far.
Names a pattern captures are not stored at once: their values stay on the
stack, below the items still being matched, and are stored only once the
whole case matched (so a failed case binds nothing).  A PatternContext
keeps the bookkeeping:

    stores             the names captured so far, in stack order
    allow_irrefutable  may this pattern match anything (`x`, `_`)?
    fail_pop           fail_pop[n] pops n items, then falls into fail_pop[n-1]
    on_top             how many items sit above the captured values

Locations follow compile.c: each pattern sets the location for itself and
does not restore it, so what follows a sub-pattern (stores, cleanups) is
located at the last pattern compiled.
"""
from __future__ import annotations


def _kind(node):
    return type(node).__name__


def is_wildcard(pattern):
    """`_` (WILDCARD_CHECK)."""
    return _kind(pattern) == "MatchAs" and pattern.name is None


def is_star_wildcard(pattern):
    """`*_` (WILDCARD_STAR_CHECK)."""
    return _kind(pattern) == "MatchStar" and pattern.name is None


INT_MAX = 2 ** 31 - 1


class PatternContext:
    """Counterpart: pattern_context."""
    __slots__ = ("stores", "allow_irrefutable", "fail_pop", "on_top")

    def __init__(self, allow_irrefutable):
        self.stores = []
        self.allow_irrefutable = allow_irrefutable
        self.fail_pop = []
        self.on_top = 0

    def copy(self):
        other = PatternContext(self.allow_irrefutable)
        other.stores = self.stores
        other.fail_pop = self.fail_pop
        other.on_top = self.on_top
        return other


class MatchCompiler:
    """The match half of the Compiler (codegen.Compiler inherits it)."""

    # --- The statement ----------------------------------------------------------

    def visit_Match(self, s):
        """Counterpart: compiler_match / compiler_match_inner."""
        self.visit_expr(s.subject)
        end = self.new_block()
        cases = s.cases
        count = len(cases)
        # A trailing `case _:` needs no copy of the subject nor cleanup.
        has_default = is_wildcard(cases[-1].pattern) and count > 1
        last_tested = count - has_default - 1
        for index, case in enumerate(cases[:count - has_default]):
            self.set_loc(case.pattern)
            if index != last_tested:
                self.emit("COPY", 1)           # keep the subject for the next case
            # Irrefutable cases must be either guarded, last, or both.
            pc = PatternContext(case.guard is not None or index == count - 1)
            self.compile_pattern(case.pattern, pc)
            assert pc.on_top == 0
            # A match: store the captured values, which are on the stack.
            for name in pc.stores:
                self.nameop(name, "Store")
            if case.guard is not None:
                self.ensure_fail_pop(pc, 0)
                self.jump_if(case.guard, pc.fail_pop[0], False)
            if index != last_tested:
                self.emit("POP_TOP")           # the subject
            self.visit_stmts(case.body)
            self.unset_loc()
            self.emit_jump("JUMP", end)
            # A failed pattern's cleanup belongs to the pattern's line, not
            # to the last line of the body.
            self.set_loc(case.pattern)
            self.emit_and_reset_fail_pop(pc)
        if has_default:
            case = cases[-1]
            self.set_loc(case.pattern)
            # The last case tested consumed the subject: no code for
            # `case _`, but a NOP shows its line as covered.
            self.emit("NOP")
            if case.guard is not None:
                self.jump_if(case.guard, end, False)
            self.visit_stmts(case.body)
            self.unset_loc()
        self.use_next_block(end)

    # --- fail_pop blocks ---------------------------------------------------------

    def ensure_fail_pop(self, pc, pops):
        """Counterpart: ensure_fail_pop: fail_pop[0..pops] exist."""
        while len(pc.fail_pop) < pops + 1:
            pc.fail_pop.append(self.new_block())

    def jump_to_fail_pop(self, pc, op):
        """Counterpart: jump_to_fail_pop: on failure, pop what is on top and
        the values captured so far."""
        pops = pc.on_top + len(pc.stores)
        self.ensure_fail_pop(pc, pops)
        self.emit_jump(op, pc.fail_pop[pops])
        self.next_block()

    def emit_and_reset_fail_pop(self, pc):
        """Counterpart: emit_and_reset_fail_pop: the chain of POP_TOPs."""
        if not pc.fail_pop:
            self.next_block()
            return
        for block in reversed(pc.fail_pop[1:]):
            self.use_next_block(block)
            self.emit("POP_TOP")
        self.use_next_block(pc.fail_pop[0])
        pc.fail_pop = []

    # --- Helpers -------------------------------------------------------------------

    def pattern_rotate(self, count):
        """Counterpart: pattern_helper_rotate: move the top item `count - 1`
        places down."""
        while count > 1:
            self.emit("SWAP", count)
            count -= 1

    def pattern_store_name(self, name, pc):
        """Counterpart: pattern_helper_store_name: keep the value on the
        stack, under the items still in use, until the case matches."""
        if name is None:
            self.emit("POP_TOP")
            return
        self.forbidden_name(name, "Store")
        if name in pc.stores:
            raise self.duplicate_store_error(name)
        self.pattern_rotate(pc.on_top + len(pc.stores) + 1)
        pc.stores.append(name)

    def duplicate_store_error(self, name):
        return self.error("multiple assignments to name %r in pattern" % (name,))

    def pattern_unpack(self, patterns):
        """Counterpart: pattern_unpack_helper."""
        count = len(patterns)
        seen_star = False
        for index, pattern in enumerate(patterns):
            if _kind(pattern) != "MatchStar":
                continue
            if seen_star:
                raise self.error("multiple starred expressions in sequence pattern")
            if index >= 1 << 8 or count - index - 1 >= INT_MAX >> 8:
                raise self.error("too many expressions in star-unpacking "
                                 "sequence pattern")
            self.emit("UNPACK_EX", index + ((count - index - 1) << 8))
            seen_star = True
        if not seen_star:
            self.emit("UNPACK_SEQUENCE", count)

    def pattern_sequence_unpack(self, patterns, pc):
        """Counterpart: pattern_helper_sequence_unpack: unpack the subject
        and match each item in turn."""
        self.pattern_unpack(patterns)
        # The unpacked items stay on the stack until their turn comes.
        pc.on_top += len(patterns)
        for pattern in patterns:
            pc.on_top -= 1
            self.compile_subpattern(pattern, pc)

    def pattern_sequence_subscr(self, patterns, star, pc):
        """Counterpart: pattern_helper_sequence_subscr: with a `*_`, index
        the items that matter instead of unpacking them all."""
        pc.on_top += 1                         # the subject stays for indexing
        size = len(patterns)
        for index, pattern in enumerate(patterns):
            if is_wildcard(pattern) or index == star:
                continue
            self.emit("COPY", 1)
            if index < star:
                self.load_const(index)
            else:
                # The subject may not support negative indices.
                self.emit("GET_LEN")
                self.load_const(size - index)
                self.emit("BINARY_OP", 10)     # NB_SUBTRACT
            self.emit("BINARY_SUBSCR")
            self.compile_subpattern(pattern, pc)
        pc.on_top -= 1
        self.emit("POP_TOP")

    # --- Patterns ------------------------------------------------------------------

    def compile_subpattern(self, pattern, pc):
        """Counterpart: compiler_pattern_subpattern: inside another pattern,
        anything may be irrefutable."""
        saved = pc.allow_irrefutable
        pc.allow_irrefutable = True
        self.compile_pattern(pattern, pc)
        pc.allow_irrefutable = saved

    def compile_pattern(self, pattern, pc):
        """Counterpart: compiler_pattern."""
        self.set_loc(pattern)
        getattr(self, "pattern_" + _kind(pattern))(pattern, pc)

    def pattern_MatchValue(self, pattern, pc):
        value = pattern.value
        if _kind(value) not in ("Constant", "Attribute"):
            raise self.error("patterns may only match literals and attribute lookups")
        self.visit_expr(value)
        self.emit("COMPARE_OP", 2)             # ==
        self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")

    def pattern_MatchSingleton(self, pattern, pc):
        self.load_const(pattern.value)
        self.emit("IS_OP", 0)
        self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")

    def pattern_MatchSequence(self, pattern, pc):
        """Counterpart: compiler_pattern_sequence."""
        patterns = pattern.patterns
        size = len(patterns)
        star = -1
        only_wildcard = True
        star_wildcard = False
        for index, sub in enumerate(patterns):
            if _kind(sub) == "MatchStar":
                if star >= 0:
                    raise self.error("multiple starred names in sequence pattern")
                star_wildcard = is_star_wildcard(sub)
                only_wildcard = only_wildcard and star_wildcard
                star = index
                continue
            only_wildcard = only_wildcard and is_wildcard(sub)
        # The subject stays on top for the type and length checks.
        pc.on_top += 1
        self.emit("MATCH_SEQUENCE")
        self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")
        if star < 0:
            self.emit("GET_LEN")
            self.load_const(size)
            self.emit("COMPARE_OP", 2)         # len(subject) == size
            self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")
        elif size > 1:
            self.emit("GET_LEN")
            self.load_const(size - 1)
            self.emit("COMPARE_OP", 5)         # len(subject) >= size - 1
            self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")
        pc.on_top -= 1
        if only_wildcard:
            self.emit("POP_TOP")               # [] / [_, _] / [*_] ...
        elif star_wildcard:
            self.pattern_sequence_subscr(patterns, star, pc)
        else:
            self.pattern_sequence_unpack(patterns, pc)

    def pattern_MatchMapping(self, pattern, pc):
        """Counterpart: compiler_pattern_mapping."""
        keys = pattern.keys
        patterns = pattern.patterns
        size = len(keys)
        if size != len(patterns):
            raise self.error("keys (%d) / patterns (%d) length mismatch in "
                             "mapping pattern" % (size, len(patterns)))
        rest = pattern.rest
        # The subject stays on top for the type and length checks.
        pc.on_top += 1
        self.emit("MATCH_MAPPING")
        self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")
        if not size and rest is None:
            pc.on_top -= 1                     # `{}`: done with the subject
            self.emit("POP_TOP")
            return
        if size:
            self.emit("GET_LEN")
            self.load_const(size)
            self.emit("COMPARE_OP", 5)         # len(subject) >= size
            self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")
        # The keys, for MATCH_KEYS and for removing from `**rest`; literal
        # keys must not repeat.
        seen = set()
        for index, key in enumerate(keys):
            if key is None:
                self.set_loc(patterns[index])
                raise self.error("can't use NULL keys in MatchMapping "
                                 "(set 'rest' parameter instead)")
            if _kind(key) == "Constant":
                if key.value in seen:
                    raise self.error("mapping pattern checks duplicate key (%r)"
                                     % (key.value,))
                seen.add(key.value)
            elif _kind(key) != "Attribute":
                raise self.error("mapping pattern keys may only match literals "
                                 "and attribute lookups")
            self.visit_expr(key)
        self.emit("BUILD_TUPLE", size)
        self.emit("MATCH_KEYS")
        # A tuple of keys and a tuple of values (or None) are on the subject.
        pc.on_top += 2
        self.emit("COPY", 1)
        self.load_const(None)
        self.emit("IS_OP", 1)
        self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")
        self.emit("UNPACK_SEQUENCE", size)
        pc.on_top += size - 1
        for sub in patterns:
            pc.on_top -= 1
            self.compile_subpattern(sub, pc)
        # A match: what follows consumes the keys and the subject.
        pc.on_top -= 2
        if rest is not None:
            # rest = dict(subject); del rest[key] for each key.
            self.emit("BUILD_MAP", 0)          # [subject, keys, {}]
            self.emit("SWAP", 3)               # [{}, keys, subject]
            self.emit("DICT_UPDATE", 2)        # [copy, keys]
            self.emit("UNPACK_SEQUENCE", size) # [copy, keys...]
            while size:
                self.emit("COPY", 1 + size)    # [copy, keys..., copy]
                size -= 1
                self.emit("SWAP", 2)           # [copy, keys..., copy, key]
                self.emit("DELETE_SUBSCR")     # [copy, keys...]
            self.pattern_store_name(rest, pc)
        else:
            self.emit("POP_TOP")               # the keys
            self.emit("POP_TOP")               # the subject

    def validate_kwd_attrs(self, attrs, patterns):
        """Counterpart: validate_kwd_attrs (errors point at the patterns:
        the attribute names have no location of their own)."""
        for index, attr in enumerate(attrs):
            self.set_loc(patterns[index])
            self.forbidden_name(attr, "Store")
            for later in range(index + 1, len(attrs)):
                if attrs[later] == attr:
                    self.set_loc(patterns[later])
                    raise self.error("attribute name repeated in class "
                                     "pattern: %s" % (attr,))

    def pattern_MatchClass(self, pattern, pc):
        """Counterpart: compiler_pattern_class."""
        patterns = pattern.patterns
        attrs = pattern.kwd_attrs
        kwd_patterns = pattern.kwd_patterns
        nargs = len(patterns)
        nattrs = len(attrs)
        if nattrs != len(kwd_patterns):
            raise self.error("kwd_attrs (%d) / kwd_patterns (%d) length "
                             "mismatch in class pattern"
                             % (nattrs, len(kwd_patterns)))
        if nattrs:
            self.validate_kwd_attrs(attrs, kwd_patterns)
            self.set_loc(pattern)
        self.visit_expr(pattern.cls)
        self.load_const(tuple(attrs))
        self.emit("MATCH_CLASS", nargs)
        self.emit("COPY", 1)
        self.load_const(None)
        self.emit("IS_OP", 1)
        # A tuple of the nargs + nattrs attributes (or None) is on top.
        pc.on_top += 1
        self.jump_to_fail_pop(pc, "POP_JUMP_IF_FALSE")
        self.emit("UNPACK_SEQUENCE", nargs + nattrs)
        pc.on_top += nargs + nattrs - 1
        for sub in list(patterns) + list(kwd_patterns):
            pc.on_top -= 1
            if is_wildcard(sub):
                self.emit("POP_TOP")
                continue
            self.compile_subpattern(sub, pc)

    def pattern_MatchStar(self, pattern, pc):
        self.pattern_store_name(pattern.name, pc)

    def pattern_MatchAs(self, pattern, pc):
        """Counterpart: compiler_pattern_as."""
        if pattern.pattern is None:
            # `x` or `_`: matches anything.
            if not pc.allow_irrefutable:
                if pattern.name is not None:
                    raise self.error("name capture %r makes remaining patterns "
                                     "unreachable" % (pattern.name,))
                raise self.error("wildcard makes remaining patterns unreachable")
            self.pattern_store_name(pattern.name, pc)
            return
        # A copy of the subject, to store if the inner pattern matches.
        pc.on_top += 1
        self.emit("COPY", 1)
        self.compile_pattern(pattern.pattern, pc)
        pc.on_top -= 1
        self.pattern_store_name(pattern.name, pc)

    def pattern_MatchOr(self, pattern, pc):
        """Counterpart: compiler_pattern_or: each alternative runs on its own
        copy of the subject, with its own context; all must capture the same
        names, which are rotated into the first alternative's order."""
        end = self.new_block()
        alternatives = pattern.patterns
        outer = pc.copy()
        control = None                # the names the first alternative binds
        for index, alt in enumerate(alternatives):
            self.set_loc(alt)
            pc.stores = []
            # An irrefutable alternative must be last, if allowed at all.
            pc.allow_irrefutable = (index == len(alternatives) - 1
                                    and outer.allow_irrefutable)
            pc.fail_pop = []
            pc.on_top = 0
            self.emit("COPY", 1)
            self.compile_pattern(alt, pc)
            stores = pc.stores
            if control is None:
                control = stores
            elif len(stores) != len(control):
                raise self.error("alternative patterns bind different names")
            elif stores:
                # Reorder the values on the stack to control's order.
                for icontrol in range(len(control) - 1, -1, -1):
                    name = control[icontrol]
                    if name not in stores:
                        raise self.error("alternative patterns bind different names")
                    istores = stores.index(name)
                    if icontrol != istores:
                        assert istores < icontrol
                        rotations = istores + 1
                        rotated = stores[:rotations]
                        del stores[:rotations]
                        at = icontrol - istores
                        stores[at:at] = rotated
                        for _ in range(rotations):
                            self.pattern_rotate(icontrol + 1)
            self.emit_jump("JUMP", end)
            self.emit_and_reset_fail_pop(pc)
        pc.stores = outer.stores
        pc.allow_irrefutable = outer.allow_irrefutable
        pc.fail_pop = outer.fail_pop
        pc.on_top = outer.on_top
        # No alternative matched: pop the subject's copy and fail.
        self.emit("POP_TOP")
        self.jump_to_fail_pop(pc, "JUMP")
        self.use_next_block(end)
        # Between the new captures and their place are: the other captures,
        # the subject's copy, whatever is on top, and the earlier captures.
        rotations = len(control) + 1 + pc.on_top + len(pc.stores)
        for name in control:
            self.pattern_rotate(rotations)
            if name in pc.stores:
                raise self.duplicate_store_error(name)
            pc.stores.append(name)
        self.emit("POP_TOP")                   # the subject's copy
