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
    for (const f of keyframe.frames) {
      frames.set(f.frame, { frame: f.frame, code: f.code, thread: f.thread, parent: f.parent,
                            stack: f.stack.slice(), locals: Object.assign({}, f.locals) });
    }
    return { index: keyIndex, frames, afterApplied: false };
  }

  applyEvents(state, index) {
    for (const event of this.eventsByStep.get(index) || []) {
      if (event.kind === "call") {
        state.frames.set(event.frame, { frame: event.frame, code: event.code,
                                        thread: event.thread, parent: event.parent,
                                        stack: [], locals: {} });
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
      f = { frame: step.frame, code: step.code, thread: step.thread, parent: null,
            stack: [], locals: {} };
      state.frames.set(step.frame, f);
    }
    return f;
  }

  applyBefore(state, step) {
    const f = this.ensureFrame(state, step);
    if (step.before) {
      f.stack = applyDelta(f.stack, step.before);
      f.locals = applyLocals(f.locals, step.before.locals);
    }
    return f;
  }

  applyAfter(state, step) {
    const f = this.ensureFrame(state, step);
    f.stack = applyDelta(f.stack, step.after);
    f.locals = applyLocals(f.locals, step.locals);
  }

  cloneFrames(frames) {
    const copy = new Map();
    for (const [id, f] of frames) {
      copy.set(id, { frame: f.frame, code: f.code, thread: f.thread, parent: f.parent,
                     stack: f.stack.slice(), locals: Object.assign({}, f.locals) });
    }
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
    this.cache = { index: state.index, frames: this.cloneFrames(state.frames),
                   afterApplied: false };
    const after = this.cloneFrames(state.frames);
    this.applyAfter({ frames: after }, step);
    const stackAfter = after.get(step.frame).stack;
    return { step, stackBefore, stackAfter, frames: after, chain: this.chain(after, step.frame) };
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
}
