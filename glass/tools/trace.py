"""`glass trace FILE`: every instruction the program executes, one per line.

Counterpart: none in CPython (the nearest are `python -m trace --trace`,
which shows lines, and the lltrace of a debug build, which shows
instructions); this is issue 5's watching tool, built on glass/vm/probes.py.

Each executed instruction prints as

    <module>     12 L3   LOAD_CONST            1 (2)          [1, 2]

the code object's name, the offset, the line, the instruction, its argument
with its meaning (as dis shows it), and the value stack after it (guest
reprs, shortened; NULL for an empty slot).  Calls, returns, yields and
exceptions print as events between them, indented by the call depth:

    --> call add  (prog.py:1)
    <-- return from add: 3
    !!! ZeroDivisionError in f: division by zero

The program's own output is interleaved, in order, on the same stream.
With `--memory`, each instruction's allocations, increfs, decrefs and
deallocations follow it, one line each (`mem + alloc list 0x... refcount
1`); collections and GIL hand-offs are `=== gc: ...` and `=== gil: ...`
lines (glass/explorer/watching.py records them).

The other formats (`--format json|jsonl|chrome|pytutor -o FILE`) record
the run first (glass/explorer/record.py) and write it when it ends; see
docs/trace-format.md.  `--max-steps N` stops the program after N
instructions and says so on stderr and in the output; `--only
MODULE[:FUNCTION]` and `--hide-stdlib` choose the frames shown.  Watching
starts when the program's own code starts, after Glass's start-up (importlib,
site), which would otherwise fill the trace.

`glass explore FILE` records the same way, then serves the explorer page
(glass/explorer/server.py) or writes it with `--export PAGE.html`.
"""
from __future__ import annotations

import os
import sys

from glass.explorer.watching import WatchesMemory
from glass.objects.exceptions import OperationError
from glass.objects.object import decref
from glass.vm import probes

ITEM_WIDTH = 40                  # the longest repr shown for one stack item
STACK_ITEMS = 12                 # the stack items shown, from the top
NAME_WIDTH = 14
OPNAME_WIDTH = 22
ARG_WIDTH = 20
ARGREPR_WIDTH = 30

FORMATS = ("text", "json", "jsonl", "chrome", "pytutor")
EXIT_CUT = 124                   # the status of a run cut at --max-steps (as timeout(1))


# --- Reprs that never run guest code ------------------------------------------------------

_PLAIN = {"int", "bool", "float", "complex", "str", "bytes", "bytearray", "NoneType",
          "NotImplementedType", "ellipsis", "range", "slice", "type", "code"}


def _is_builtin(w_type):
    from glass.objects.type import HEAPTYPE
    return not (w_type.flags & HEAPTYPE)


def safe_repr(w_obj, budget=ITEM_WIDTH, depth=0):
    """A guest repr computed without calling guest code (no user __repr__
    runs while tracing): builtin scalars as repr() shows them, containers
    item by item, anything else as <type object>."""
    from glass.objects import abstract
    if w_obj is None:
        return "NULL"
    w_type = w_obj.ob_type
    name = getattr(w_type, "name", "?")
    if not _is_builtin(w_type):
        return "<%s object>" % name
    try:
        if name in _PLAIN:
            return _shorten(abstract.repr_text(w_obj), budget)
        if name in ("tuple", "list", "set", "frozenset") and depth < 2:
            return _sequence_repr(w_obj, name, budget, depth)
        if name == "dict" and depth < 2:
            return _dict_repr(w_obj, budget, depth)
        if name in ("function", "builtin_function_or_method", "generator",
                    "coroutine", "async_generator", "method_descriptor"):
            w_qualname = abstract.lookup_attr_str(w_obj, "__qualname__")
            if w_qualname is not None:
                qualname = getattr(w_qualname, "value", "?")
                decref(w_qualname)
                return "<%s %s>" % (name, qualname)
        if w_type.is_subtype(_base_exception()):
            items_w = w_obj.w_args.items
            if len(items_w) == 1:           # BaseException_repr: no tuple comma
                return "%s(%s)" % (name, safe_repr(items_w[0], budget, depth + 1))
            return name + _sequence_repr(w_obj.w_args, "tuple", budget, depth + 1)
    except OperationError as error:
        decref(error.w_value)
    return "<%s object>" % name


def _base_exception():
    from glass.objects.exceptions import EXCEPTION_TYPES
    return EXCEPTION_TYPES["BaseException"]


def _sequence_repr(w_obj, name, budget, depth):
    from glass.objects import abstract
    if name in ("tuple", "list"):
        items_w = list(w_obj.items)
    else:
        items_w = list(abstract.iterate(w_obj))
        for w_item in items_w:
            decref(w_item)                  # the set still holds them
    parts = []
    used = 2
    for w_item in items_w:
        text = safe_repr(w_item, budget, depth + 1)
        used += len(text) + 2
        if used > budget:
            parts.append("...")
            break
        parts.append(text)
    inner = ", ".join(parts)
    if name == "tuple":
        return "(%s%s)" % (inner, "," if len(items_w) == 1 else "")
    if name == "list":
        return "[%s]" % inner
    if not items_w:
        return "%s()" % name
    return "{%s}" % inner if name == "set" else "frozenset({%s})" % inner


def _dict_repr(w_dict, budget, depth):
    from glass.objects import abstract
    keys_w = list(abstract.iterate(w_dict))
    parts = []
    used = 2
    try:
        for w_key in keys_w:
            w_value = abstract.getitem(w_dict, w_key)
            text = "%s: %s" % (safe_repr(w_key, budget, depth + 1),
                               safe_repr(w_value, budget, depth + 1))
            decref(w_value)
            used += len(text) + 2
            if used > budget:
                parts.append("...")
                break
            parts.append(text)
    finally:
        for w_key in keys_w:
            decref(w_key)
    return "{%s}" % ", ".join(parts)


def _shorten(text, width):
    if len(text) <= width:
        return text
    return text[:max(width - 3, 1)] + "..."


# --- Per-code tables ----------------------------------------------------------------------

class CodeTable:
    """What the trace prints for each instruction of one code object, worked
    out once: (opname, argument text) by code unit, and the line by code unit."""
    __slots__ = ("code", "text", "lines")

    def __init__(self, code):
        from glass.bytecode.dis import get_instructions
        self.code = code                  # keeps id(code) from being reused
        self.text = {}
        for instr in get_instructions(code):
            if instr.arg is None:
                arg = ""
            elif instr.argrepr:
                arg = "%d (%s)" % (instr.arg, _shorten(instr.argrepr, ARGREPR_WIDTH))
            else:
                arg = str(instr.arg)
            self.text[instr.offset // 2] = (instr.opname, arg)
        self.lines = [None] * (len(code.co_code) // 2)
        for start, end, line in code.co_lines():
            for index in range(start // 2, min(end // 2, len(self.lines))):
                self.lines[index] = line


# --- The probe ----------------------------------------------------------------------------

class TraceProbe(WatchesMemory, probes.Probe):
    """Writes one line per instruction and per event to `out`; with
    `memory`, the refcount events of each instruction on lines under it."""

    def __init__(self, out, selection=None, max_steps=None, memory=False, immortal=False):
        self.out = out
        self.depth = 0
        self.tables = {}
        self.selection = selection
        from glass.explorer.record import StepLimit
        self.limit = StepLimit(max_steps, self.cut)
        self.lines = 0                     # instruction lines written
        self.threads = {}                  # id(thread state) -> number
        self._thread_states = []           # kept, so their ids stay theirs
        self.init_watching(memory, immortal)

    # what WatchesMemory needs

    @property
    def tick(self):
        return self.limit.ticks

    def step_number(self):
        return self.lines

    def thread_number(self, tstate):
        from glass.vm import pystate
        number = self.threads.get(id(tstate))
        if number is None:
            main = tstate is pystate.interpreter().main_thread
            number = self.threads[id(tstate)] = 0 if main else \
                1 + len([known for known in self.threads.values() if known])
            self._thread_states.append(tstate)
        return number

    def thread(self):
        from glass.vm import pystate
        return self.thread_number(pystate.current())

    def add_event(self, event, running):
        if running is None:               # not under an instruction: at once
            self.write(event_line(event))

    def events_closed(self, events, step_index):
        if step_index is None and events:
            self.write("    (the instruction raised; what it did:)")
        for event in events:
            self.write(event_line(event))

    def table(self, code):
        table = self.tables.get(id(code))
        if table is None:
            table = self.tables[id(code)] = CodeTable(code)
        return table

    @property
    def truncated(self):
        return self.limit.reason

    @property
    def stopped(self):
        return self.limit.reason is not None

    def cut(self, reason):
        self.depth = 0
        self.write("!!! " + reason)

    def write(self, text):
        self.out.write("  " * max(self.depth - 1, 0) + text + "\n")

    def shown(self, frame):
        if self.stopped:
            return False
        return self.selection is None or self.selection.selected(frame)

    def call(self, frame):
        if not self.shown(frame):
            return
        self.depth += 1
        code = frame.w_code.code
        self.write("--> call %s  (%s:%s)" % (code.co_name, code.co_filename,
                                             code.co_firstlineno))

    def resume(self, frame):
        if not self.shown(frame):
            return
        self.depth += 1
        self.write("--> resume %s" % frame.w_code.code.co_name)

    def before_instruction(self, frame, index, op, oparg):
        self.limit.count()
        if self.memory and self.shown(frame):
            self.instruction_started(frame)

    def instruction(self, frame, index, op, oparg):
        if not self.shown(frame):
            return
        self.busy = True
        try:
            self._instruction(frame, index, oparg)
        finally:
            self.busy = False
        if self.memory:
            self.instruction_ended(frame, self.lines - 1)

    def _instruction(self, frame, index, oparg):
        self.lines += 1
        code = frame.w_code.code
        table = self.table(code)
        opname, arg = table.text.get(index, ("?", str(oparg)))
        line = table.lines[index] if index < len(table.lines) else None
        stack = frame.localsplus[frame.decoded.nlocalsplus:frame.stacktop] \
            if frame.localsplus else []
        shown = [safe_repr(w_item) for w_item in stack[-STACK_ITEMS:]]
        if len(stack) > STACK_ITEMS:
            shown.insert(0, "...")
        self.write("%-*s %4d L%-4s %-*s %-*s [%s]" % (
            NAME_WIDTH, _shorten(code.co_name, NAME_WIDTH), index * 2,
            line if line is not None else "-", OPNAME_WIDTH, opname,
            ARG_WIDTH, arg, ", ".join(shown)))

    def return_(self, frame, w_value, how):
        if not self.shown(frame):
            return
        self.busy = True
        try:
            self._return(frame, w_value, how)
        finally:
            self.busy = False

    def _return(self, frame, w_value, how):
        name = frame.w_code.code.co_name
        if how == "yield":
            self.write("<-- yield from %s: %s" % (name, safe_repr(w_value)))
        elif how == "generator":
            self.write("<-- %s returns %s" % (name, safe_repr(w_value)))
        else:
            self.write("<-- return from %s: %s" % (name, safe_repr(w_value)))
        self.depth -= 1

    def exception(self, frame, w_exc):
        if not self.shown(frame):
            return
        if self.memory:
            self.instruction_failed(frame)
        from glass.objects import abstract
        self.busy = True
        try:
            message = abstract.str_text(w_exc) if _is_builtin(w_exc.ob_type) else ""
        except OperationError as error:
            decref(error.w_value)
            message = ""
        finally:
            self.busy = False
        self.write("!!! %s in %s%s" % (w_exc.ob_type.name, frame.w_code.code.co_name,
                                      ": " + _shorten(message, 60) if message else ""))

    def unwind(self, frame):
        if not self.shown(frame):
            return
        if self.memory:
            self.instruction_failed(frame)
        self.write("<-- %s left by the exception" % frame.w_code.code.co_name)
        self.depth -= 1


# --- Memory, collector and GIL events as text lines -------------------------------------------

_MEMORY_MARKS = {"alloc": "+", "incref": "^", "decref": "v", "dealloc": "x"}


def event_line(event):
    """One line for a memory, collector or GIL event (see record.WatchesMemory):

        mem + alloc list 0x7f3a... refcount 1
        mem ^ incref int 0x7f3a... -> 3  (x2: two increfs in a row)
        gc  generation 2 done: 9 examined, 2 unreachable, 0 finalized, 2 collected, 0 uncollectable
        gil thread 1 takes the GIL (thread start)
    """
    kind = event["kind"]
    if kind in _MEMORY_MARKS:
        text = "    mem %s %-7s %s %#x" % (_MEMORY_MARKS[kind], kind, event["type"],
                                           event["object"])
        if kind == "alloc":
            text += " refcount %d" % event["refcount"]
        elif kind == "dealloc":
            text += " -> 0, freed"
        else:
            text += " -> %d" % event["refcount"]
        if event.get("count", 1) > 1:
            text += "  (x%d)" % event["count"]
        return text
    if kind == "gc_start":
        return "=== gc: collecting generation %d" % event["generation"]
    if kind == "gc_stop":
        lines = ["=== gc: generation %d done: %d examined, %d unreachable, %d finalized, "
                 "%d collected, %d uncollectable" % (
                     event["generation"], event["examined"], event["unreachable"],
                     event["finalized"], event["collected"], event["uncollectable"])]
        for garbage in event.get("garbage", ()):
            lines.append("    garbage %s %#x refers to %s" % (
                garbage["type"], garbage["object"],
                ", ".join("%#x" % oid for oid in garbage["refers_to"]) or "nothing unreachable"))
        return "\n".join(lines)
    if kind.startswith("gil_"):
        verb = {"gil_request": "asks for", "gil_drop": "drops",
                "gil_take": "takes"}.get(kind, kind)
        return "=== gil: thread %d %s the GIL (%s)" % (event["thread"], verb, event["cause"])
    return "=== %s %s" % (kind, event)


# --- Running a program under a probe ------------------------------------------------------

def run_watched(config, probe, capture_output=None, finish=None, before_output=None):
    """Run the program of `config` with `probe` attached while the program's
    own code runs (not during start-up); the exit status, EXIT_CUT when the
    probe stopped it.  `capture_output(fd, data)`, if given, sees what the
    program writes to its stdout and stderr, and `before_output(fd)` is
    called before each such write.  `finish(status)` writes the
    results if the step limit strikes in a thread other than the main one:
    the process then ends at once with EXIT_CUT."""
    from glass.explorer.record import OutputTee, StepLimitReached
    from glass.modules import _io
    from glass.run import run_program
    from glass.vm import ceval, pylifecycle
    # pylifecycle has no hook for "the main code starts": for the duration
    # of the run, run_code is wrapped, and while it prepares __main__ (its
    # __loader__ runs guest code) ceval.eval_frame waits for the main
    # code's frame to attach the probe (see the report of issue 9).
    original_run_code = pylifecycle.run_code
    original_eval_frame = ceval.eval_frame
    original_os = _io.host_os

    def run_code_watched(code, filename):
        def eval_frame_watched(frame):
            if frame.w_code.code is not code:
                return original_eval_frame(frame)
            ceval.eval_frame = original_eval_frame
            probes.attach(probe)
            if hasattr(probe, "start_watching"):
                probe.start_watching()
            try:
                return original_eval_frame(frame)
            finally:
                # Finalization (threading's shutdown, atexit) is not watched.
                if hasattr(probe, "stop_watching"):
                    probe.stop_watching()
                probes.detach(probe)

        ceval.eval_frame = eval_frame_watched
        try:
            return original_run_code(code, filename)
        except StepLimitReached:
            return EXIT_CUT
        finally:
            ceval.eval_frame = original_eval_frame
            if probe in probes.PROBES:
                if hasattr(probe, "stop_watching"):
                    probe.stop_watching()
                probes.detach(probe)

    def abort():
        from glass.vm.pylifecycle import _flush_streams
        try:
            _flush_streams()
            if finish is not None:
                finish(EXIT_CUT)
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(EXIT_CUT)

    probe.limit.abort = abort
    pylifecycle.run_code = run_code_watched
    if capture_output is not None or before_output is not None:
        _io.host_os = OutputTee(original_os, capture_output or (lambda fd, data: None),
                                before_output)
        config.unbuffered = True        # each write is seen at the step that made it
    try:
        return run_program(config)
    finally:
        pylifecycle.run_code = original_run_code
        _io.host_os = original_os


# --- The command --------------------------------------------------------------------------

def trace_parser(name="trace", description="Run a program and show every instruction "
                 "it executes."):
    import argparse
    parser = argparse.ArgumentParser(prog="glass " + name, description=description)
    parser.add_argument("-X", dest="xoptions", action="append", default=[],
                        metavar="OPTION", help="compiler=host|glass, as for glass itself")
    parser.add_argument("--max-steps", type=int, default=None, metavar="N",
                        help="stop the program after N instructions")
    parser.add_argument("--only", metavar="MODULE[:FUNCTION]",
                        help="watch only the frames of this module (or function)")
    parser.add_argument("--hide-stdlib", action="store_true",
                        help="do not watch the standard library's frames")
    parser.add_argument("--keyframe-every", type=int, default=None, metavar="N",
                        help="json/jsonl: a full keyframe every N steps (default 1000)")
    parser.add_argument("--memory", action="store_true",
                        help="also record allocations, increfs, decrefs and deallocations "
                             "(of objects that can be freed: not None, True, small ints...)")
    parser.add_argument("--memory-all", action="store_true",
                        help="--memory, including the objects that are never freed")
    parser.add_argument("program", help="the program to run")
    parser.add_argument("args", nargs="...", help="its arguments")
    return parser


def make_config(parser, args):
    """The interpreter configuration for `args.program`, as `glass` builds it."""
    from glass.main import UsageError, parse_command_line, validate_xoptions
    options = []
    for option in args.xoptions:
        options += ["-X", option]
    try:
        config = parse_command_line(options + [args.program] + list(args.args),
                                    "glass " + parser.prog.split()[-1])
    except UsageError as error:
        parser.error(str(error))
    problem = validate_xoptions(config)
    if problem:
        sys.stderr.write(problem + "\n")
        raise SystemExit(2)
    return config


def make_selection(args):
    from glass.explorer.record import Selection
    return Selection(args.only, args.hide_stdlib, args.program)


def trace_command(argv):
    """`glass trace [options] FILE [arg ...]`: run FILE under a probe."""
    parser = trace_parser()
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="text (default), json, jsonl, chrome or pytutor")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="where to write the trace (text: default stdout; "
                             "the other formats need it, '-' is stdout)")
    args = parser.parse_args(argv)
    if args.format != "text" and not args.output:
        parser.error("--format %s needs -o FILE (or -o - for stdout)" % args.format)
    if args.max_steps is not None and args.max_steps < 0:
        parser.error("--max-steps must be at least 0")
    config = make_config(parser, args)
    selection = make_selection(args)
    if args.format == "text":
        return _trace_text(config, args, selection)
    if args.format == "pytutor":
        from glass.explorer.pytutor import PytutorRecorder
        recorder = PytutorRecorder(args.program, selection, args.max_steps)

        def finish(status):
            recorder.finish(status, config)
            _say_if_cut(recorder.truncated)
            return _write_json(args.output, recorder.trace(), status)
        return finish(run_watched(config, recorder, recorder.output, finish))

    def write(status, recorder):
        trace = recorder.trace()
        if args.format == "jsonl":
            from glass.explorer.formats import jsonl_lines
            return _write_text(args.output, "".join(jsonl_lines(trace)), status)
        if args.format == "chrome":
            from glass.explorer.chrome import chrome_trace
            trace = chrome_trace(trace)
        return _write_json(args.output, trace, status)
    return write(*record(config, args, selection, write))


def record(config, args, selection, write=None):
    """Run the program under a Recorder: (exit status, recorder).  `write(status,
    recorder)` is called instead of returning if a thread hits --max-steps."""
    from glass.explorer.record import KEYFRAME_EVERY, Recorder
    recorder = Recorder(selection, args.max_steps, [args.program] + list(args.args),
                        max(args.keyframe_every or KEYFRAME_EVERY, 1),
                        memory=args.memory or args.memory_all, immortal=args.memory_all)

    def finish(status):
        recorder.exit_status = status
        _say_if_cut(recorder.truncated)
        if write is not None:
            write(status, recorder)

    status = run_watched(config, recorder, recorder.output, finish)
    recorder.exit_status = status
    _say_if_cut(recorder.truncated)
    return status, recorder


def _say_if_cut(reason):
    if reason:
        sys.stderr.write("glass: WARNING: %s; the trace is incomplete\n" % reason)


def _trace_text(config, args, selection):
    out = sys.stdout
    if args.output and args.output != "-":
        out = open(args.output, "w", encoding="utf-8")
    probe = TraceProbe(out, selection, args.max_steps, memory=args.memory or args.memory_all,
                       immortal=args.memory_all)

    def finish(status):
        out.flush()
        _say_if_cut(probe.truncated)

    def before_output(fd):
        # The program's output and the trace share the terminal (or pipe):
        # the trace's lines so far go first, so the two interleave in order.
        if out is sys.stdout:
            out.flush()
    try:
        status = run_watched(config, probe, finish=finish, before_output=before_output)
    finally:
        if out is not sys.stdout:
            out.close()
    _say_if_cut(probe.truncated)
    return status


def _write_json(path, data, status):
    import json
    return _write_text(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                       status)


def _write_text(path, text, status):
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
    return status


# --- glass explore ------------------------------------------------------------------------

EXPLORE_MAX_STEPS = 200000       # the page stays quick; --max-steps raises it


def explore_command(argv):
    """`glass explore [options] FILE [arg ...]`: record FILE's run, then serve
    the explorer page on 127.0.0.1 (or write it with --export)."""
    parser = trace_parser("explore", "Run a program, then explore the recording "
                          "in a web page.")
    parser.add_argument("--export", metavar="PAGE.html",
                        help="write one self-contained page instead of serving it")
    parser.add_argument("--port", type=int, default=0,
                        help="the port on 127.0.0.1 (default: any free port)")
    args = parser.parse_args(argv)
    if args.max_steps is None:
        args.max_steps = EXPLORE_MAX_STEPS
    config = make_config(parser, args)

    def show(status, recorder):
        return present(args, status, recorder)
    return show(*record(config, args, make_selection(args), show))


def present(args, status, recorder):
    """Write the page (--export), or serve it until Ctrl-C; the program's status."""
    trace = recorder.trace()
    from glass.explorer import server
    if args.export:
        page = server.exported_page(trace)
        with open(args.export, "w", encoding="utf-8") as file:
            file.write(page)
        sys.stderr.write("glass explore: wrote %s (%d steps)\n"
                         % (args.export, len(trace["steps"])))
        return status
    explorer = server.ExplorerServer(trace, args.port)
    sys.stderr.write("glass explore: serving %d steps at %s  (Ctrl-C stops)\n"
                     % (len(trace["steps"]), explorer.url))
    sys.stderr.flush()
    try:
        explorer.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        explorer.server_close()
    return status
