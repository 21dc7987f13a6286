"""A run as Python Tutor's execution trace.

Counterpart: none in CPython; the reference is OnlinePythonTutor's
pg_logger.py (the entries) and pg_encoder.py (the values).  Python Tutor
needs structured values (its heap), so `PytutorRecorder` is a probe of its
own that snapshots the program at each new line, rather than a conversion
of a Glass trace.
"""
from __future__ import annotations

import math
import os

from glass.vm import probes


# The execution trace Online Python Tutor's front ends read, as its own
# back end writes it: the format is described in OnlinePythonTutor's
# v3/docs/opt-trace-format.md, and v5-unity/pg_logger.py (the entries) and
# v5-unity/pg_encoder.py (the values) are the reference; the choices below
# follow them:
#
# - an entry per line about to run ("step_line"), per call (a generator's
#   every resumption too, as sys.settrace reports it), per return (each
#   yield too; a frame an exception leaves returns None) and per exception
#   passing through a frame; class bodies are not shown (nor what they call);
# - frame ids count calls from 1, a frame getting a new one at each call
#   (resumption), so stack_to_render, outermost first, is in id order;
# - values: None, bools, ints and strs as they are; floats rounded to 4
#   places, integral ones and infinities as ["SPECIAL_FLOAT", "3.0"],
#   ["SPECIAL_FLOAT", "Infinity"]...; everything else a ["REF", n] into the
#   entry's heap: LIST, TUPLE, SET, DICT, FUNCTION, CLASS, INSTANCE,
#   INSTANCE_PPRINT (a builtin object with a readable str); modules, and
#   functions and classes from other files, as IMPORTED_FAUX_PRIMITIVE;
# - a run that fails ends with its "exception" entry (its last "return" from
#   <module> dropped); only a program that never ran (a syntax error) gets an
#   "uncaught_exception" entry; a run cut by --max-steps ends with
#   "instruction_limit_reached";
# - closures as pg_logger finds them: a function reachable from a frame's
#   variables has as parent the innermost frame on the stack whose code
#   holds its code; a parent frame ("_p") stays on show after it returns,
#   as a zombie ("_z"), with its variables as they were (its cells live: a
#   closure's changes show); a function's frame lists its parents and does
#   not show again the free variables they show.  One difference stays:
#   pg_logger keeps every frame (so every value) alive, which changes what
#   the program does; Glass does not, so a zombie's value that the program
#   has since freed is not shown.

FLOAT_PLACES = 4                 # pg_encoder's FLOAT_PRECISION
_HIDDEN_ATTRIBUTES = frozenset(("__doc__", "__module__", "__return__", "__dict__",
                                "__locals__", "__weakref__", "__qualname__"))
_HIDDEN_KEYS = frozenset(("__module__", "__return__", "__locals__"))
ENCODE_DEPTH = 100               # deeper objects show as bare instances (host stack)


class PytutorRecorder(probes.Probe):
    """Python Tutor's execution trace of the program's own file: an entry
    at each call, each new line, each return and each exception, each with
    the globals, the frames and the heap they reach."""

    def __init__(self, program, selection=None, max_steps=None):
        self.program = os.path.realpath(program)
        self.selection = selection
        from glass.explorer.record import StepLimit
        self.max_steps = max_steps
        self.entries = []
        self.limit = StepLimit(max_steps, self.cut)
        self.stdout = []
        self.stderr = []
        self.frame_ids = {}                # id(frame) -> (frame, number of its last call)
        self.calls = 0
        self.last = {}                     # id(frame) -> (line, index) last shown
        self.object_ids = {}               # id(w_obj) -> (w_obj, number)
        self.globals_seen = []             # global names in order of first appearance
        self.globals_known = set()
        self.hiding = None                 # the class body running (not shown)
        # Closures (pg_logger's closures, lambda_closures, parent_frames_set,
        # zombie_frames): functions defined in a frame, that frame kept on show.
        self.closures = {}                 # id(function) -> (function, parent frame)
        self.lambda_parents = {}           # id(lambda's code) -> (code, parent frame)
        self.global_functions = {}         # id(function) -> function, defined at the top
        self.parents = {}                  # id(frame) -> frame, of the parents (zombies)
        self.ended = {}                    # id(parent frame) -> its variables as it ended
        self.returns = {}                  # id(frame) -> what it last returned or yielded
        self.status = None
        self.config = None                 # the run's configuration (its compiler)
        self._user_codes = {}
        self._program_files = {}

    def user_frame(self, frame):
        code = frame.w_code.code
        known = self._user_codes.get(id(code))
        if known is None:
            mine = os.path.realpath(code.co_filename) == self.program \
                if not code.co_filename.startswith("<") else False
            if mine and self.selection is not None:
                mine = self.selection.selected(frame)
            known = self._user_codes[id(code)] = (code, mine)
        return known[1]

    def from_program(self, code):
        """Is this code the program's own (whatever --only says)?"""
        known = self._program_files.get(code.co_filename)
        if known is None:
            known = self._program_files[code.co_filename] = \
                not code.co_filename.startswith("<") and \
                os.path.realpath(code.co_filename) == self.program
        return known

    @property
    def truncated(self):
        return self.limit.reason

    @property
    def stopped(self):
        return self.limit.reason is not None

    def cut(self, reason):
        self.entries.append({"event": "instruction_limit_reached",
                             "exception_msg": "Stopped after running %d instructions "
                             "(--max-steps): the trace is incomplete." % self.max_steps})

    def output(self, fd, data):
        if self.stopped:
            return
        (self.stdout if fd == 1 else self.stderr).append(data.decode("utf-8", "replace"))

    # --- the probe -------------------------------------------------------------

    def before_instruction(self, frame, index, op, oparg):
        if not self.limit.count() or not self.user_frame(frame):
            return
        if self.hiding is not None:
            # pg_logger skips a class body and all it calls, up to its return.
            if frame is self.hiding and op == _RETURN_VALUE:
                self.hiding = None
            return
        if _is_class_body(frame):
            self.hiding = frame
            return
        from glass.vm.frame import line_at
        line = line_at(frame.w_code.code, index)
        if op == _RESUME:
            # As sys.settrace: a frame is seen from its RESUME on (not the
            # MAKE_CELL or RETURN_GENERATOR before it), a call at its start
            # and at each resumption of a generator.
            if not _is_module_frame(frame):
                self.calls += 1
                self.frame_ids[id(frame)] = (frame, self.calls)
                self.returns.pop(id(frame), None)
                self.snapshot("call", frame, line)
            self.last[id(frame)] = (None, -1) if oparg == 0 else (line, index)
            return
        last = self.last.get(id(frame))
        if line is None or last is None:
            return
        # A new line, or a jump back (but not yield from's, back to its
        # SEND): the line events of 3.11's maybe_call_line_trace.
        if last[0] != line or (index <= last[1] and op != _SEND):
            self.snapshot("step_line", frame, line)
        self.last[id(frame)] = (line, index)
        if op == _RETURN_VALUE or op == _YIELD_VALUE:
            # Before the instruction: the frame still has its variables
            # and its caller, the value is on top of its stack.
            w_value = frame.localsplus[frame.stacktop - 1]
            self.snapshot("return", frame, line, w_return=w_value)
            if op == _RETURN_VALUE:
                self.frame_ended(frame)

    def exception(self, frame, w_exc):
        if self.stopped or self.hiding is not None or not self.user_frame(frame) \
                or id(frame) not in self.last:
            return
        from glass.explorer.record import _exception_text
        self.snapshot("exception", frame, frame.line_number(),
                      exception_msg="%s: %s" % (w_exc.ob_type.name, _exception_text(w_exc)))

    def unwind(self, frame):
        if frame is self.hiding:
            self.hiding = None
            return
        if self.stopped or self.hiding is not None or not self.user_frame(frame) \
                or id(frame) not in self.last:
            return
        # sys.settrace's "return" with None for a frame an exception leaves.
        self.snapshot("return", frame, frame.line_number(), w_return=_none())
        self.frame_ended(frame)

    def frame_ended(self, frame):
        """A frame returned (or an exception left it): a parent keeps what
        its variables were (its cells, which its closures share, stay
        live), the others are forgotten."""
        self.last.pop(id(frame), None)
        if id(frame) in self.parents:
            self.ended[id(frame)] = _captured_variables(frame)
        else:
            self.frame_ids.pop(id(frame), None)
            self.returns.pop(id(frame), None)

    def variables_of(self, frame):
        """[(name, value)] of a frame: live, or as it was when it ended
        (values since freed left out)."""
        captured = self.ended.get(id(frame))
        if captured is None:
            return _frame_variables(frame)
        shown = []
        for name, w_value, is_cell in captured:
            if w_value.ob_refcnt <= 0:
                continue
            if is_cell:
                w_value = w_value.w_ref
                if w_value is None or w_value.ob_refcnt <= 0:
                    continue
            shown.append((name, w_value))
        return shown

    def find_parents(self, frame):
        """pg_logger's search for nested functions: each function reachable
        from the frame's variables, not known yet, gets as parent the
        innermost frame on the stack whose code holds its code (if that
        frame is shown); every lambda in the frame's code makes the frame a
        parent.  At the top level, the functions of the globals are noted
        as defined there."""
        if _is_module_frame(frame):
            for _, w_value in _namespace_items(frame.w_globals):
                if _is_function(w_value) and id(w_value) not in self.closures:
                    self.global_functions[id(w_value)] = w_value
            return
        for w_func in _reachable_functions(_frame_variables(frame)):
            if id(w_func) in self.closures or id(w_func) in self.global_functions:
                continue
            code = w_func.w_code.code
            outer = frame
            while outer is not None and not _holds_code(outer, code):
                outer = outer.previous
            if outer is not None and id(outer) in self.frame_ids:
                self.closures[id(w_func)] = (w_func, outer)
                self.parents[id(outer)] = outer
        for const in frame.w_code.code.co_consts:
            const = getattr(const, "code", const)
            if getattr(const, "co_name", None) == "<lambda>":
                self.lambda_parents[id(const)] = (const, frame)
                self.parents[id(frame)] = frame

    def parent_frame(self, frame):
        """pg_logger's get_parent_frame: the parent of the function whose
        call made `frame`, the one whose free variables are the frame's."""
        code = frame.w_code.code
        mine = None
        for w_func, parent in list(self.closures.values()):
            if w_func.ob_refcnt <= 0 or w_func.w_code is None or w_func.w_code.code is not code:
                continue                    # (a function since freed: not this one)
            if mine is None:
                mine = self.variables_of(frame)
            theirs = dict(self.variables_of(parent))
            if all(name in code.co_varnames or name not in theirs or theirs[name] is w_value
                   for name, w_value in mine):
                return parent
        for lambda_code, parent in self.lambda_parents.values():
            if lambda_code is code:
                return parent
        return None

    def parent_of_function(self, w_func):
        """The frame id of a function's parent, or None (pg_logger's
        get_parent_of_function)."""
        known = self.closures.get(id(w_func))
        if known is not None and known[0] is w_func:
            return self.frame_id(known[1])
        known = self.lambda_parents.get(id(w_func.w_code.code))
        if known is not None and known[0] is w_func.w_code.code:
            return self.frame_id(known[1])
        return None

    # --- snapshots -------------------------------------------------------------

    def frame_id(self, frame):
        known = self.frame_ids.get(id(frame))
        if known is None or known[0] is not frame:
            self.calls += 1
            known = self.frame_ids[id(frame)] = (frame, self.calls)
        return known[1]

    def snapshot(self, event, frame, line, w_return=None, exception_msg=None):
        heap = {}
        encoder = _Encoder(self, heap)
        self.find_parents(frame)
        if event == "return" and w_return is not None:
            self.returns[id(frame)] = w_return
        main = frame
        chain = []
        outer = frame
        while outer is not None:
            if self.user_frame(outer) and not _is_class_body(outer):
                chain.append(outer)
                main = outer
            outer = outer.previous
        globals_encoded = {}
        for w_key, w_value in _namespace_items(main.w_globals):
            name = w_key.value
            if name.startswith("__") and name.endswith("__"):
                continue
            globals_encoded[name] = encoder.encode(w_value)
            if name not in self.globals_known:
                self.globals_known.add(name)
                self.globals_seen.append(name)
        stack = []
        shown = [outer for outer in reversed(chain) if not _is_module_frame(outer)]
        zombies = [parent for parent in self.parents.values()
                   if all(parent is not outer for outer in shown)]
        for outer in shown + zombies:
            returning = w_return if outer is frame and event == "return" else None
            stack.append(self.stack_entry(outer, encoder, returning,
                                          zombie=any(outer is z for z in zombies)))
        stack.sort(key=lambda entry: entry["frame_id"])
        active = [entry for entry in stack if not entry["is_zombie"]]
        if active:
            active[-1]["is_highlighted"] = True
        entry = {"event": event, "line": line, "func_name": frame.w_code.code.co_name,
                 "globals": globals_encoded,
                 "ordered_globals": [name for name in self.globals_seen
                                     if name in globals_encoded],
                 "stack_to_render": stack, "heap": heap, "stdout": "".join(self.stdout)}
        if exception_msg is not None:
            entry["exception_msg"] = exception_msg
        self.entries.append(entry)

    def stack_entry(self, frame, encoder, w_return, zombie):
        """One frame of stack_to_render (pg_logger's create_encoded_stack_entry)."""
        parents = []
        outer = self.parent_frame(frame)
        while outer is not None and len(parents) < 100:
            parents.append(outer)
            outer = self.parent_frame(outer)
        code = frame.w_code.code
        inherited = [dict(self.variables_of(parent)) for parent in parents]
        encoded = {}
        for name, w_value in self.variables_of(frame):
            # A free variable its parent shows is not shown again.
            if name not in code.co_varnames and any(
                    variables.get(name) is w_value for variables in inherited):
                continue
            encoded[name] = encoder.encode(w_value)
        names = [name for name in code.co_varnames if name in encoded]
        names += sorted(name for name in encoded if name not in code.co_varnames)
        if zombie:
            w_return = self.returns.get(id(frame))
            if w_return is not None and w_return.ob_refcnt <= 0:
                w_return = None
        if w_return is not None:
            names.append("__return__")
            encoded["__return__"] = encoder.encode(w_return)
        frame_id = self.frame_id(frame)
        is_parent = id(frame) in self.parents
        return {"func_name": code.co_name, "is_parent": is_parent, "frame_id": frame_id,
                "parent_frame_id_list": [self.frame_id(parent) for parent in parents],
                "encoded_locals": encoded, "ordered_varnames": names, "is_zombie": zombie,
                "is_highlighted": False,
                "unique_hash": "%s_f%d%s%s" % (code.co_name, frame_id, "_p" if is_parent else "",
                                               "_z" if zombie else "")}

    def finish(self, status, config=None):
        self.status = status
        self.config = config

    def trace(self):
        try:
            with open(self.program, encoding="utf-8") as file:
                source = file.read()
        except OSError:
            source = ""
        entries = list(self.entries)
        # pg_logger's finalize: a run that ends with an exception ends there.
        if len(entries) >= 2 and entries[-2]["event"] == "exception" and \
                entries[-1]["event"] == "return" and entries[-1]["func_name"] == "<module>":
            entries.pop()
        if self.status not in (None, 0) and not self.truncated and not any(
                entry["event"] == "exception" for entry in entries):
            entries.append(self.uncaught_exception())
        return {"code": source, "trace": entries,
                "glass": {"exit_status": self.status, "truncated": self.truncated}}

    def uncaught_exception(self):
        """The entry of a program that failed before its first line ran: a
        SyntaxError (found again by compiling the source, as the run did)
        with its line and offset, or the last line it printed."""
        entry = {"event": "uncaught_exception"}
        error = self.compile_error()
        if error is not None:
            entry["exception_msg"] = "%s: %s" % (type(error).__name__, error)
            if error.lineno:
                entry["line"] = error.lineno
            if error.offset:
                entry["offset"] = error.offset
            return entry
        lines = "".join(self.stderr).strip().splitlines()
        entry["exception_msg"] = lines[-1] if lines else \
            "the program ended with status %s" % self.status
        return entry

    def compile_error(self):
        if self.config is None:
            return None
        from glass.run import compile_source
        try:
            with open(self.program, "rb") as file:
                source = file.read()
            compile_source(source, self.program, "exec", self.config.compiler,
                           optimize=self.config.optimize, from_file=True)
        except SyntaxError as error:
            return error
        except Exception:
            return None
        return None


def _is_module_frame(frame):
    return frame.w_code.code.co_name == "<module>"


def _is_class_body(frame):
    """A class body's code: neither a function's (CO_OPTIMIZED) nor the module's."""
    from glass.bytecode.code import CO_OPTIMIZED
    code = frame.w_code.code
    return not code.co_flags & CO_OPTIMIZED and code.co_name != "<module>"


def _namespace_items(w_dict):
    if w_dict is None or not hasattr(w_dict, "item_pairs"):
        return []
    return [(w_key, w_value) for w_key, w_value in w_dict.item_pairs()
            if isinstance(getattr(w_key, "value", None), str)]


def _captured_variables(frame):
    """A frame's variables as it ends: (name, value, is a cell) with the
    cell itself for cell variables, so later changes through a closure show."""
    from glass.bytecode.code import CO_FAST_CELL, CO_FAST_FREE
    code = frame.w_code.code
    if not frame.localsplus:
        return []
    captured = []
    for index, name in enumerate(code.co_localsplusnames):
        w_value = frame.localsplus[index]
        if w_value is None:
            continue
        is_cell = bool(code.co_localspluskinds[index] & (CO_FAST_CELL | CO_FAST_FREE)) \
            and type(w_value).__name__ == "W_Cell"
        captured.append((name, w_value, is_cell))
    return captured


def _is_function(w_obj):
    return w_obj.ob_type.name == "function" and not w_obj.ob_type.flags & _heap_type()


def _holds_code(frame, code):
    for const in frame.w_code.code.co_consts:
        if getattr(const, "code", const) is code:
            return True
    return False


def _reachable_functions(variables):
    """The functions reachable from the variables' values, through lists,
    tuples, sets, dicts, classes and instances (pg_logger's
    visit_all_locally_reachable_function_objs); a bound method counts as
    its function."""
    from glass.tools.trace import _is_builtin
    found, seen = [], set()
    todo = [w_value for _, w_value in reversed(variables)]
    while todo:
        w_obj = todo.pop()
        if w_obj is None or id(w_obj) in seen:
            continue
        seen.add(id(w_obj))
        w_type = w_obj.ob_type
        name = w_type.name
        builtin = _is_builtin(w_type)
        children = []
        if builtin and name == "function":
            found.append(w_obj)
        elif builtin and name == "method":
            children = [w_obj.w_func]
        elif builtin and name in ("list", "tuple"):
            children = list(w_obj.items)
        elif builtin and name == "set":
            from glass.objects import abstract
            from glass.objects.object import decref
            children = list(abstract.iterate(w_obj))
            for w_item in children:
                decref(w_item)
        elif builtin and name == "dict":
            for w_key, w_value in w_obj.item_pairs():
                children += [w_key, w_value]
        elif _is_type(w_obj):
            children = [w_value for key, w_value in list(w_obj.dict.items())
                        if isinstance(key, str)]
        elif not builtin:
            for w_key, w_value in _namespace_items(getattr(w_obj, "w_dict", None)):
                children += [w_key, w_value]
        todo.extend(reversed(children))
    return found


def _frame_variables(frame):
    """A frame's variables now: (name, value), a cell read through."""
    shown = []
    for name, w_value, is_cell in _captured_variables(frame):
        if is_cell:
            w_value = w_value.w_ref
        if w_value is not None:
            shown.append((name, w_value))
    return shown


def encode_float(value):
    """pg_encoder's encode_primitive for a float."""
    if math.isinf(value):
        return ["SPECIAL_FLOAT", "Infinity" if value > 0 else "-Infinity"]
    if math.isnan(value):
        return ["SPECIAL_FLOAT", "NaN"]
    if value == int(value):
        return ["SPECIAL_FLOAT", "%.1f" % value]     # 3.0 shows as 3.0, not 3
    return round(value, FLOAT_PLACES)


class _Encoder:
    """Python Tutor's value encoding (pg_encoder.py's ObjectEncoder), read
    from the guest objects without running guest code."""

    def __init__(self, recorder, heap):
        self.recorder = recorder
        self.heap = heap

    def object_id(self, w_obj):
        known = self.recorder.object_ids.get(id(w_obj))
        if known is None or known[0] is not w_obj:
            known = self.recorder.object_ids[id(w_obj)] = (w_obj, len(
                self.recorder.object_ids) + 1)
        return known[1]

    def encode(self, w_obj, depth=0, parents=True):
        """The value's encoding; `parents`: give functions their parent
        frame (pg_encoder does, except inside classes' and instances'
        attributes)."""
        from glass.tools.trace import _is_builtin
        w_type = w_obj.ob_type
        name = w_type.name
        if _is_builtin(w_type):
            value = getattr(w_obj, "value", None)
            if name == "NoneType":
                return None
            if name == "bool":
                return w_obj is _true()
            if name == "int" and type(value) is int:
                return value
            if name == "float" and isinstance(value, float):
                return encode_float(value)
            if name == "str" and isinstance(value, str):
                return value
            if name == "module" and _module_file(w_obj):
                return ["IMPORTED_FAUX_PRIMITIVE", "imported module"]
            if name == "function" and not self.recorder.from_program(w_obj.w_code.code):
                return ["IMPORTED_FAUX_PRIMITIVE", "imported function"]
        if _is_type(w_obj) and (_is_builtin(w_obj) or _type_module(w_obj) != "__main__"):
            return ["IMPORTED_FAUX_PRIMITIVE", "imported class"]
        key = str(self.object_id(w_obj))
        if key not in self.heap:
            encoded = self.heap[key] = []      # filled in place: cycles end at the REF
            encoded.extend(self.encode_heap(w_obj, name, depth, parents))
        return ["REF", int(key)]

    def encode_heap(self, w_obj, name, depth, parents):
        from glass.tools.trace import _is_builtin
        if depth > ENCODE_DEPTH:
            return ["INSTANCE", name]
        builtin = _is_builtin(w_obj.ob_type)
        if builtin and name in ("list", "tuple"):
            return [name.upper()] + [self.encode(w_item, depth + 1, parents)
                                     for w_item in list(w_obj.items)]
        if builtin and name == "set":
            from glass.objects import abstract
            from glass.objects.object import decref
            items_w = list(abstract.iterate(w_obj))
            try:
                return ["SET"] + [self.encode(w_item, depth + 1, parents)
                                  for w_item in items_w]
            finally:
                for w_item in items_w:
                    decref(w_item)
        if builtin and name == "dict":
            return ["DICT"] + [[self.encode(w_key, depth + 1, parents),
                                self.encode(w_value, depth + 1, parents)]
                               for w_key, w_value in w_obj.item_pairs()
                               if getattr(w_key, "value", None) not in _HIDDEN_KEYS]
        if builtin and name == "function":
            return self.encode_function(w_obj, depth, parents)
        if builtin and name == "method":
            return self.encode_function(w_obj.w_func, depth, parents)
        if builtin and name == "builtin_function_or_method":
            w_name = abstract_name(w_obj)
            return ["FUNCTION", "%s(...)" % w_name, None]
        if _is_type(w_obj):
            bases = [w_base.name for w_base in w_obj.w_bases if w_base.name != "object"]
            return ["CLASS", w_obj.name, bases] + self.attributes(
                [(key, w_value) for key, w_value in list(w_obj.dict.items())
                 if isinstance(key, str)], depth)
        if not builtin:
            return ["INSTANCE", name] + self.attributes(
                [(w_key.value, w_value) for w_key, w_value
                 in _namespace_items(getattr(w_obj, "w_dict", None))], depth)
        if name == "module":
            return ["INSTANCE", "module"]           # pg_encoder does not look inside
        text = self.readable_str(w_obj)
        if text:
            return ["INSTANCE_PPRINT", name, text]
        return ["INSTANCE", name]

    def attributes(self, pairs, depth):
        """[name, value] pairs sorted by name, as pg_encoder lists __dict__
        (encoded without parent frames, as it does)."""
        return [[key, self.encode(w_value, depth + 1, False)] for key, w_value
                in sorted(pairs, key=lambda pair: pair[0]) if key not in _HIDDEN_ATTRIBUTES]

    def encode_function(self, w_func, depth, parents):
        """["FUNCTION", "name(args)", parent frame id] and, with defaults,
        a fourth item: their [name, value] pairs."""
        from glass.bytecode.code import CO_VARARGS, CO_VARKEYWORDS
        code = w_func.w_code.code
        varnames = code.co_varnames
        positional = list(varnames[:code.co_argcount])
        keyword_only = list(varnames[code.co_argcount:code.co_argcount
                                     + code.co_kwonlyargcount])
        printed = list(positional)
        position = code.co_argcount + code.co_kwonlyargcount
        if code.co_flags & CO_VARARGS:
            printed.append("*" + varnames[position])
            position += 1
        printed += keyword_only
        if code.co_flags & CO_VARKEYWORDS:
            printed.append("**" + varnames[position])
        defaults = []
        w_defaults = w_func.w_defaults
        if w_defaults is not None and getattr(w_defaults, "items", None):
            items_w = list(w_defaults.items)
            for name, w_value in zip(positional[len(positional) - len(items_w):], items_w):
                defaults.append([name, self.encode(w_value, depth + 1, parents)])
        w_kwdefaults = w_func.w_kwdefaults
        if w_kwdefaults is not None and hasattr(w_kwdefaults, "item_pairs"):
            given = {getattr(w_key, "value", None): w_value
                     for w_key, w_value in w_kwdefaults.item_pairs()}
            for name in keyword_only:
                if name in given:
                    defaults.append([name, self.encode(given[name], depth + 1, parents)])
        name = getattr(w_func.w_name, "value", code.co_name)
        pretty = "%s(%s)" % (name, ", ".join(printed))
        if name == "<lambda>":
            pretty += " <line %d>" % code.co_firstlineno
        encoded = ["FUNCTION", pretty,
                   self.recorder.parent_of_function(w_func) if parents else None]
        if defaults:
            encoded.append(defaults)
        return encoded

    def readable_str(self, w_obj):
        """What pg_encoder shows of a builtin object: its str, unless that
        is the bare "<... at 0x...>" kind (then nothing); exceptions by
        their message, the rest by their repr as safe_repr gives it."""
        from glass.explorer.record import _exception_text
        from glass.tools.trace import _base_exception, safe_repr
        if w_obj.ob_type.is_subtype(_base_exception()):
            return _exception_text(w_obj)
        text = safe_repr(w_obj, budget=200)
        if text.startswith("<") and text.endswith(">"):
            return ""
        return text


def abstract_name(w_obj):
    from glass.objects import abstract
    from glass.objects.object import decref
    try:
        w_name = abstract.lookup_attr_str(w_obj, "__name__")
    except Exception:
        return "?"
    if w_name is None:
        return "?"
    name = getattr(w_name, "value", "?")
    decref(w_name)
    return name


def _heap_type():
    from glass.objects.type import HEAPTYPE
    return HEAPTYPE


def _module_file(w_module):
    """A module's __file__ (None for a builtin module, which pg_encoder
    shows as a bare instance of module, not as an imported one)."""
    w_dict = getattr(w_module, "w_dict", None)
    w_file = w_dict.getitem_str("__file__") if w_dict is not None else None
    return getattr(w_file, "value", None)


def _is_type(w_obj):
    from glass.objects.type import W_Type
    return isinstance(w_obj, W_Type)


def _type_module(w_type):
    w_module = w_type.dict.get("__module__")
    return getattr(w_module, "value", None)


def _true():
    from glass.objects.bool import w_True
    return w_True


def _none():
    from glass.objects.none import w_None
    return w_None


def _opcode(name):
    from glass.bytecode.opcode import OPMAP
    return OPMAP[name]


_RESUME = _opcode("RESUME")
_RETURN_VALUE = _opcode("RETURN_VALUE")
_YIELD_VALUE = _opcode("YIELD_VALUE")
_SEND = _opcode("SEND")
