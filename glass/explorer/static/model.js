// The recorded run, rebuilt step by step from a Glass trace
// (docs/trace-format.md): keyframes hold every live frame, and each step
// holds only what changed, so a state is the nearest keyframe replayed
// forward.

function applyDelta(list, delta) {
  if (!delta) return list;
  const kept = list.slice(0, list.length - (delta.pop || 0));
  return kept.concat(delta.push || []);
}

function applyLocals(locals, changed) {
  if (!changed) return locals;
  const next = Object.assign({}, locals);
  for (const name of Object.keys(changed)) {
    if (changed[name] === null) delete next[name];          // unbound
    else next[name] = changed[name];
  }
  return next;
}

// The ids that go with a stack delta (version 1 traces have none).
function idsDelta(delta) {
  if (!delta) return null;
  const push = delta.push || [];
  return { pop: delta.pop || 0, push: delta.ids || push.map(() => null) };
}

function applyLocalIds(ids, changed, newIds) {
  if (!changed) return ids;
  const next = Object.assign({}, ids);
  for (const name of Object.keys(changed)) {
    if (changed[name] === null) delete next[name];
  }
  return Object.assign(next, newIds || {});
}

function copyFrame(f) {
  return { frame: f.frame, code: f.code, thread: f.thread, parent: f.parent,
           stack: f.stack.slice(), locals: Object.assign({}, f.locals),
           stackIds: (f.stackIds || f.stack_ids || f.stack.map(() => null)).slice(),
           localIds: Object.assign({}, f.localIds || f.local_ids || {}) };
}

function newFrame(id, code, thread, parent) {
  return { frame: id, code, thread, parent, stack: [], locals: {}, stackIds: [], localIds: {} };
}

// Binary search: the last index i of the sorted `list` with list[i] <= value, or -1.
function lastAtOrBefore(list, value) {
  let low = 0, high = list.length - 1, found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (list[middle] <= value) { found = middle; low = middle + 1; } else high = middle - 1;
  }
  return found;
}

// Refcount events (glass trace --memory): exact, one per change.
export const MEMORY_KINDS = ["alloc", "incref", "decref", "dealloc"];

export class TraceModel {
  constructor(trace) {
    this.trace = trace;
    this.header = trace.header;
    this.codes = trace.codes;
    this.steps = trace.steps;
    this.events = trace.events;
    this.output = trace.output || [];
    this.keyframes = [];
    this.steps.forEach((step, index) => { if (step.keyframe) this.keyframes.push(index); });
    this.eventsByStep = new Map();
    for (const event of this.events) {
      if (!this.eventsByStep.has(event.step)) this.eventsByStep.set(event.step, []);
      this.eventsByStep.get(event.step).push(event);
    }
    this.cache = null;
    // The heap: for each object id, the steps that described it and what they said.
    this.objects = new Map();
    for (const step of this.steps) {
      if (!step.objects) continue;
      for (const oid of Object.keys(step.objects)) {
        if (!this.objects.has(oid)) this.objects.set(oid, { steps: [], descriptions: [] });
        const history = this.objects.get(oid);
        history.steps.push(step.step);
        history.descriptions.push(step.objects[oid]);
      }
    }
    // Where a line starts running: the frame's first step on it, or a jump back.
    this.lineStarts = new Uint8Array(this.steps.length);
    const lastOf = new Map();
    this.steps.forEach((step, index) => {
      const last = lastOf.get(step.frame);
      if (!last || last.line !== step.line || step.offset <= last.offset) this.lineStarts[index] = 1;
      lastOf.set(step.frame, step);
    });
    this.threads = (this.header.threads || [0]).slice();
    this.eventKinds = [...new Set(this.events.map((e) => e.kind))];
    // Each object's refcount events, in order: an event with step s happened
    // before step s was stored, so the count after step i is the last one
    // with step <= i.
    this.memory = new Map();
    // The GIL's holder from each take on: [step, thread].
    this.gilTakes = [];
    for (const event of this.events) {
      if (MEMORY_KINDS.includes(event.kind)) {
        const oid = String(event.object);
        if (!this.memory.has(oid)) this.memory.set(oid, { steps: [], events: [] });
        const history = this.memory.get(oid);
        history.steps.push(event.step);
        history.events.push(event);
      } else if (event.kind === "gil_take") {
        this.gilTakes.push([event.step, event.thread]);
      }
    }
    this.gilSteps = this.gilTakes.map(([step]) => step);
    // Each hand-off's other side: a drop's next taker, a take's last dropper.
    let dropped = null;
    for (const event of this.events) {
      if (event.kind === "gil_drop") dropped = event;
      else if (event.kind === "gil_take" && dropped) {
        if (dropped.thread !== event.thread) {
          dropped.next = event.thread;
          event.previous = dropped.thread;
        }
        dropped = null;
      }
    }
  }

  get hasHeap() { return this.objects.size > 0; }

  get hasMemory() { return this.memory.size > 0; }

  // The thread holding the GIL after step `index`, or null (one thread: no GIL in use).
  gilHolderAt(index) {
    const at = lastAtOrBefore(this.gilSteps, index);
    return at < 0 ? null : this.gilTakes[at][1];
  }

  // The refcount events of object `oid` (a string): [] without --memory.
  memoryEvents(oid) {
    const history = this.memory.get(String(oid));
    return history ? history.events : [];
  }

  get length() { return this.steps.length; }

  keyframeBefore(index) {
    let found = 0;
    for (const k of this.keyframes) { if (k <= index) found = k; else break; }
    return found;
  }

  // Frames live before step `index`, starting from the keyframe there.
  startAt(keyIndex) {
    const frames = new Map();
    const keyframe = this.steps[keyIndex].keyframe;
    for (const f of keyframe.frames) frames.set(f.frame, copyFrame(f));
    return { index: keyIndex, frames, afterApplied: false };
  }

  applyEvents(state, index) {
    for (const event of this.eventsByStep.get(index) || []) {
      if (event.kind === "call") {
        state.frames.set(event.frame, newFrame(event.frame, event.code, event.thread,
                                               event.parent));
      } else if (event.kind === "resume") {
        const f = state.frames.get(event.frame);
        if (f) f.parent = event.parent;
      } else if (event.kind === "return" || event.kind === "unwind") {
        state.frames.delete(event.frame);
      }
    }
  }

  ensureFrame(state, step) {
    let f = state.frames.get(step.frame);
    if (!f) {
      f = newFrame(step.frame, step.code, step.thread, null);
      state.frames.set(step.frame, f);
    }
    return f;
  }

  applyBefore(state, step) {
    const f = this.ensureFrame(state, step);
    if (step.before) {
      f.stack = applyDelta(f.stack, step.before);
      f.stackIds = applyDelta(f.stackIds, idsDelta(step.before));
      f.locals = applyLocals(f.locals, step.before.locals);
      f.localIds = applyLocalIds(f.localIds, step.before.locals, step.before.local_ids);
    }
    return f;
  }

  applyAfter(state, step) {
    const f = this.ensureFrame(state, step);
    f.stack = applyDelta(f.stack, step.after);
    f.stackIds = applyDelta(f.stackIds, idsDelta(step.after));
    f.locals = applyLocals(f.locals, step.locals);
    f.localIds = applyLocalIds(f.localIds, step.locals, step.local_ids);
  }

  cloneFrames(frames) {
    const copy = new Map();
    for (const [id, f] of frames) copy.set(id, copyFrame(f));
    return copy;
  }

  // What the panes show at step `index`: the stack before and after it,
  // every live frame (locals after the step), the call chain.
  stateAt(index) {
    const keyIndex = this.keyframeBefore(index);
    let state;
    if (this.cache && this.cache.index <= index && this.cache.index >= keyIndex) {
      state = { index: this.cache.index, frames: this.cloneFrames(this.cache.frames),
                afterApplied: this.cache.afterApplied };
    } else {
      state = this.startAt(keyIndex);      // a keyframe already includes its step's "before"
      this.ensureFrame(state, this.steps[keyIndex]);
    }
    // state.frames is "before step state.index" (its before applied); move on.
    while (state.index < index) {
      if (!state.afterApplied) this.applyAfter(state, this.steps[state.index]);
      state.index += 1;
      state.afterApplied = false;
      this.applyEvents(state, state.index);
      this.applyBefore(state, this.steps[state.index]);
    }
    const step = this.steps[index];
    const current = state.frames.get(step.frame);
    const stackBefore = current ? current.stack.slice() : [];
    const stackBeforeIds = current ? current.stackIds.slice() : [];
    this.cache = { index: state.index, frames: this.cloneFrames(state.frames),
                   afterApplied: false };
    const after = this.cloneFrames(state.frames);
    this.applyAfter({ frames: after }, step);
    const stackAfter = after.get(step.frame).stack;
    const stackAfterIds = after.get(step.frame).stackIds;
    return { step, stackBefore, stackAfter, stackBeforeIds, stackAfterIds, frames: after,
             chain: this.chain(after, step.frame) };
  }

  chain(frames, frameId) {
    const chain = [];
    let f = frames.get(frameId);
    const seen = new Set();
    while (f && !seen.has(f.frame)) {
      seen.add(f.frame);
      chain.push(f);
      f = f.parent === null || f.parent === undefined ? null : frames.get(f.parent);
    }
    return chain;                                   // innermost first
  }

  outputUpTo(index) {
    let text = "";
    for (const [step, fd, chunk] of this.output) {
      if (step > index) break;
      text += chunk;
    }
    return text;
  }

  // --- moving: by instruction, line, call, return ---------------------------

  nextWhere(index, direction, test) {
    for (let i = index + direction; i >= 0 && i < this.length; i += direction) {
      if (test(this.steps[i], i)) return i;
    }
    return index;
  }

  lineMove(index, direction) {
    const here = this.steps[index];
    return this.nextWhere(index, direction, (s) => s.frame !== here.frame || s.line !== here.line);
  }

  eventMove(index, direction, kinds) {
    return this.nextWhere(index, direction, (s, i) =>
      (this.eventsByStep.get(i) || []).some((e) => kinds.includes(e.kind)));
  }

  // "Run until line L runs again": the next (or previous) step where line
  // `line` of the file `filename` starts running; `index` if there is none.
  lineAgain(index, direction, filename, line) {
    return this.nextWhere(index, direction, (s, i) =>
      this.lineStarts[i] && s.line === line && this.codes[s.code].filename === filename);
  }

  // --- the heap -------------------------------------------------------------

  // What the trace last said about object `oid` (a string) at or before
  // step `index`, with the step that said it; null if nothing yet.
  // With refcount events, the count is the newer of the description's and
  // the last event's (`exact` then says so).
  objectAt(oid, index) {
    const history = this.objects.get(String(oid));
    if (!history) return null;
    const at = lastAtOrBefore(history.steps, index);
    if (at < 0) return null;
    const object = Object.assign({ id: String(oid), since: history.steps[at], exact: false },
                                 history.descriptions[at]);
    const memory = this.memory.get(String(oid));
    if (memory) {
      object.exact = true;
      const last = lastAtOrBefore(memory.steps, index);
      if (last >= 0 && memory.steps[last] > object.since) {
        object.refcount = memory.events[last].refcount;
        object.since = memory.steps[last];
      }
    }
    return object;
  }

  // "Stop when this object's refcount changes": the first step after
  // `index` (direction 1) or the last one before it (-1) at which the
  // recorded refcount of `oid` changed; `index` if there is none.  The
  // object's first description counts as a change.
  // With refcount events (--memory), every step with an event on the
  // object counts too: those are exact, and catch a change that is undone
  // within one step.
  refcountMove(index, direction, oid) {
    const memory = this.memory.get(String(oid));
    if (memory) return this.memoryMove(index, direction, oid, memory);
    const history = this.objects.get(String(oid));
    if (!history) return index;
    const counts = history.descriptions.map((d) => d.refcount);
    const changedAt = (k) => k === 0 || counts[k] !== counts[k - 1];
    if (direction > 0) {
      for (let k = lastAtOrBefore(history.steps, index) + 1; k < counts.length; k++) {
        if (changedAt(k)) return history.steps[k];
      }
      return index;
    }
    for (let k = lastAtOrBefore(history.steps, index - 1); k >= 0; k--) {
      if (changedAt(k)) return history.steps[k];
    }
    return index;
  }

  memoryMove(index, direction, oid, memory) {
    const marks = new Set(memory.steps);
    const history = this.objects.get(String(oid));
    if (history) {
      history.descriptions.forEach((d, k) => {
        if (k === 0 || d.refcount !== history.descriptions[k - 1].refcount) marks.add(history.steps[k]);
      });
    }
    const last = this.length - 1;
    let best = index;
    for (const step of marks) {
      const target = Math.min(step, last);
      if (direction > 0 ? target > index && (best === index || target < best)
                        : target < index && (best === index || target > best)) best = target;
    }
    return best;
  }

  // Find an object by id ("140..." or "0x7f..."): its id as the trace keys it.
  normalizeId(text) {
    const trimmed = String(text).trim().toLowerCase();
    if (!trimmed) return null;
    try {
      const value = trimmed.startsWith("0x") ? BigInt(trimmed) : BigInt(trimmed.replace(/^#/, ""));
      return value.toString();
    } catch (error) {
      return null;
    }
  }

  // The steps at which the trace describes object `oid`.
  objectSteps(oid) {
    const history = this.objects.get(String(oid));
    return history ? history.steps : [];
  }
}
