// Drawing the panes for one state of the run.  Every guest string reaches
// the page through textContent, never as HTML, so a program's output or a
// repr holding an HTML script tag is shown, not run.

import { meaningOf } from "./meanings.js";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// co_positions columns count UTF-8 bytes; the page counts UTF-16 units.
function byteColumnToIndex(text, byteColumn) {
  let bytes = 0;
  let index = 0;
  for (const ch of text) {
    if (bytes >= byteColumn) break;
    const code = ch.codePointAt(0);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    index += ch.length;
  }
  return index;
}

export function drawSource(pane, model, state) {
  clear(pane);
  const code = model.codes[state.step.code];
  const source = model.header.sources[code.filename];
  pane.appendChild(el("div", "pane-title", "Source: " + code.filename));
  if (source === undefined) {
    pane.appendChild(el("div", "missing", "(no source recorded for " + code.filename + ")"));
    return;
  }
  const [line, endLine, col, endCol] = state.step.pos || [null, null, null, null];
  const lines = source.split("\n");
  const listing = el("div", "listing");
  let currentRow = null;
  lines.forEach((text, i) => {
    const number = i + 1;
    const row = el("div", "source-line");
    row.dataset.line = String(number);
    row.appendChild(el("span", "lineno", number));
    const body = el("span", "code");
    const inRange = line !== null && number >= line && number <= endLine && col !== null;
    if (inRange) {
      const start = number === line ? byteColumnToIndex(text, col) : 0;
      const stop = number === endLine ? byteColumnToIndex(text, endCol) : text.length;
      body.appendChild(document.createTextNode(text.slice(0, start)));
      body.appendChild(el("mark", "current-expr", text.slice(start, stop)));
      body.appendChild(document.createTextNode(text.slice(stop)));
    } else {
      body.textContent = text;
    }
    if (number === line) { row.classList.add("current-line"); currentRow = row; }
    row.appendChild(body);
    listing.appendChild(row);
  });
  pane.appendChild(listing);
  if (currentRow && currentRow.scrollIntoView) currentRow.scrollIntoView({ block: "nearest" });
}

export function drawBytecode(pane, model, state) {
  clear(pane);
  const code = model.codes[state.step.code];
  pane.appendChild(el("div", "pane-title", "Bytecode: " + code.qualname));
  const table = el("table", "bytecode");
  let currentRow = null;
  for (const instr of code.instructions) {
    const row = el("tr");
    if (instr.offset === state.step.offset) { row.className = "current"; currentRow = row; }
    row.appendChild(el("td", "offset", instr.offset));
    row.appendChild(el("td", "opname", instr.opname));
    row.appendChild(el("td", "arg", instr.arg === null ? "" : instr.arg));
    row.appendChild(el("td", "argrepr", instr.argrepr ? "(" + instr.argrepr + ")" : ""));
    row.title = meaningOf(instr.opname);
    table.appendChild(row);
  }
  const meaning = el("div", "meaning");
  meaning.appendChild(el("strong", null, state.step.opname + ": "));
  meaning.appendChild(document.createTextNode(meaningOf(state.step.opname)));
  pane.appendChild(meaning);
  pane.appendChild(table);
  if (currentRow && currentRow.scrollIntoView) currentRow.scrollIntoView({ block: "nearest" });
}

function stackList(title, items) {
  const box = el("div", "stack-box");
  box.appendChild(el("div", "stack-title", title));
  const list = el("ol", "stack");
  // The top of the stack is drawn at the top.
  for (let i = items.length - 1; i >= 0; i--) list.appendChild(el("li", "stack-item", items[i]));
  if (!items.length) list.appendChild(el("li", "empty", "(empty)"));
  box.appendChild(list);
  return box;
}

export function drawStack(pane, model, state) {
  clear(pane);
  pane.appendChild(el("div", "pane-title", "Value stack"));
  const row = el("div", "stacks");
  row.appendChild(stackList("before", state.stackBefore));
  row.appendChild(el("div", "arrow", "\u2192 " + state.step.opname + " \u2192"));
  row.appendChild(stackList("after", state.stackAfter));
  pane.appendChild(row);
}

export function drawFrames(pane, model, state) {
  clear(pane);
  pane.appendChild(el("div", "pane-title", "Call stack (thread " + state.step.thread + ")"));
  for (const f of state.chain) {
    const code = model.codes[f.code];
    const box = el("div", f.frame === state.step.frame ? "frame current" : "frame");
    box.dataset.frame = String(f.frame);
    box.appendChild(el("div", "frame-name", code.qualname + "  #" + f.frame));
    const table = el("table", "locals");
    const names = Object.keys(f.locals);
    if (!names.length) table.appendChild(el("tr")).appendChild(el("td", "empty", "(no variables)"));
    for (const name of names) {
      const row = el("tr");
      const kind = code.localspluskinds[code.localsplusnames.indexOf(name)] || "name";
      row.dataset.name = name;
      row.dataset.kind = kind;
      const label = el("td", "var-name " + kind, name);
      if (kind === "cell" || kind === "free") label.title = kind + " variable";
      row.appendChild(label);
      row.appendChild(el("td", "var-kind", kind === "name" ? "" : kind));
      const value = f.locals[name];
      row.appendChild(el("td", value === null ? "var-value unbound" : "var-value",
                         value === null ? "<unbound>" : value));
      table.appendChild(row);
    }
    box.appendChild(table);
    pane.appendChild(box);
  }
}

function describeEvent(model, event) {
  const code = event.code !== undefined ? model.codes[event.code] : null;
  const name = code ? code.qualname : "";
  switch (event.kind) {
    case "call": return "call " + name;
    case "resume": return "resume " + name;
    case "return": return "return from " + name + ": " + event.value;
    case "yield": return "yield from " + name + ": " + event.value;
    case "generator": return name + " made " + event.value;
    case "raise": return event.exception + " in " + name +
      (event.message ? ": " + event.message : "");
    case "unwind": return name + " left by the exception";
    case "alloc": return "+ alloc " + event.type + " " + hexId(event.object) +
      ", refcount " + event.refcount + during(event);
    case "incref": case "decref":
      return (event.kind === "incref" ? "\u2191 " : "\u2193 ") + event.kind + " " + event.type + " " +
        hexId(event.object) + " \u2192 " + event.refcount +
        (event.count > 1 ? " (\u00d7" + event.count + ")" : "") + during(event);
    case "dealloc": return "\u2715 dealloc " + event.type + " " + hexId(event.object) +
      ": refcount 0, freed" + during(event);
    case "gc_start": return "gc: collecting generation " + event.generation;
    case "gc_stop": return "gc: generation " + event.generation + " done: " + event.examined +
      " examined, " + event.unreachable + " unreachable, " + event.finalized + " finalized, " +
      event.collected + " collected, " + event.uncollectable + " uncollectable" +
      garbageText(event);
    case "gil_request": return "thread " + event.thread + " asks for the GIL (" + event.cause + ")";
    case "gil_drop": return "drops the GIL (" + event.cause + ")" +
      (event.next !== undefined ? " \u2192 thread " + event.next : "");
    case "gil_take": return "takes the GIL (" + event.cause + ")" +
      (event.previous !== undefined ? " \u2190 thread " + event.previous : "");
    default: {
      // Kinds this page has no words for (refcount, GC, GIL events): their fields.
      const fields = Object.keys(event).filter((key) =>
        !["step", "tick", "kind", "thread", "frame", "code"].includes(key));
      return event.kind + " " + fields.map((key) => key + "=" + JSON.stringify(event[key]))
        .join(" ");
    }
  }
}

function during(event) {
  if (event.during === undefined) return "";
  return event.during === null ? "  (in an instruction that raised)"
    : "  (during step " + event.during + ")";
}

// What held each cycle: every unreachable object with the unreachable ones it refers to.
function garbageText(event) {
  const garbage = event.garbage || [];
  if (!garbage.length) return "";
  const lines = garbage.map((g) => "\n    " + g.type + " " + hexId(g.object) + " \u2192 " +
    (g.refers_to.length ? g.refers_to.map(hexId).join(", ") : "(nothing unreachable)"));
  if (event.garbage_left_out) lines.push("\n    ... and " + event.garbage_left_out + " more");
  return lines.join("");
}

export const EVENT_WINDOW = 200;    // events shown before and after the current step

// The event list: one row per event around the current step, one lane
// (column) per thread; a check box per kind present in the trace hides or
// shows that kind.
export function drawEvents(pane, model, state, jump, hidden) {
  clear(pane);
  const title = el("div", "pane-title", "Events");
  pane.appendChild(title);
  const filters = el("div", "event-filters");
  for (const kind of model.eventKinds) {
    const label = el("label", "event-filter");
    const box = el("input");
    box.type = "checkbox";
    box.checked = !hidden.has(kind);
    box.dataset.kind = kind;
    box.addEventListener("change", () => {
      if (box.checked) hidden.delete(kind); else hidden.add(kind);
      drawEvents(pane, model, state, jump, hidden);
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + kind));
    filters.appendChild(label);
  }
  pane.appendChild(filters);
  const threads = model.threads;
  const table = el("table", "events");
  const head = el("tr", "lanes");
  head.appendChild(el("th", "event-step", "step"));
  for (const thread of threads) head.appendChild(el("th", "lane", "thread " + thread));
  table.appendChild(head);
  const here = state.step.step;
  const shown = model.events.filter((event) => !hidden.has(event.kind));
  let first = 0;
  while (first < shown.length && shown[first].step < here - EVENT_WINDOW) first++;
  let currentItem = null;
  for (let i = first; i < shown.length && shown[i].step <= here + EVENT_WINDOW; i++) {
    const event = shown[i];
    const row = el("tr", "event " + event.kind + (event.step <= here ? " past" : ""));
    row.dataset.step = String(event.step);
    row.dataset.kind = event.kind;
    row.dataset.thread = String(event.thread);
    row.appendChild(el("td", "event-step", "@" + event.step));
    for (const thread of threads) {
      row.appendChild(el("td", "lane", thread === event.thread ? describeEvent(model, event) : ""));
    }
    if (event.step <= here) currentItem = row;
    row.addEventListener("click", () => jump(Math.min(event.step, model.length - 1)));
    table.appendChild(row);
  }
  if (currentItem) currentItem.classList.add("current");
  pane.appendChild(table);
  if (currentItem && currentItem.scrollIntoView) currentItem.scrollIntoView({ block: "nearest" });
}

// --- the heap: boxes and arrows -----------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";
const CHAR = 7.2;          // px per character of the 12px monospace font
const ROW = 16;
const GAP = 14;
const COLUMN_GAP = 56;
export const HEAP_LIMIT = 60;       // objects drawn at most
const IMMORTAL = 1 << 20;           // counts of objects Glass never frees (probes.IMMORTAL_THRESHOLD)

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const key of Object.keys(attributes || {})) node.setAttribute(key, String(attributes[key]));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function cut(text, width) {
  text = String(text);
  return text.length > width ? text.slice(0, width - 1) + "\u2026" : text;
}

export function hexId(oid) {
  try { return "0x" + BigInt(oid).toString(16); } catch (error) { return String(oid); }
}

// The objects reachable from the current thread's frames (their variables
// and the current value stack), breadth first: [{object, depth}], and the
// roots [{label, frame, oid}].
export function heapAt(model, state) {
  const roots = [];
  const index = state.step.step;
  for (const f of state.chain) {
    const code = model.codes[f.code];
    const ids = f.localIds || {};
    for (const name of Object.keys(f.locals)) {
      if (ids[name] !== undefined && ids[name] !== null) {
        roots.push({ group: code.qualname + " #" + f.frame, label: name, oid: String(ids[name]) });
      }
    }
  }
  const stackIds = state.stackAfterIds || [];
  for (let i = stackIds.length - 1; i >= 0; i--) {
    if (stackIds[i] !== null && stackIds[i] !== undefined) {
      roots.push({ group: "value stack (after)", label: i === stackIds.length - 1 ? "top" :
                   "top-" + (stackIds.length - 1 - i), oid: String(stackIds[i]) });
    }
  }
  const placed = new Map();
  let frontier = [];
  for (const root of roots) {
    if (!placed.has(root.oid)) {
      const object = model.objectAt(root.oid, index);
      if (object) { placed.set(root.oid, { object, depth: 1 }); frontier.push(object); }
    }
  }
  for (let depth = 2; depth <= 4 && frontier.length && placed.size < HEAP_LIMIT; depth++) {
    const next = [];
    for (const object of frontier) {
      for (const [, child] of object.refs || []) {
        const key = String(child);
        if (placed.has(key) || placed.size >= HEAP_LIMIT) continue;
        const found = model.objectAt(key, index);
        if (found) { placed.set(key, { object: found, depth }); next.push(found); }
      }
    }
    frontier = next;
  }
  return { roots, objects: placed };
}

function refcountText(o) {
  if (o.refcount <= 0) return "refcount 0: freed";
  return "refcount " + o.refcount + (o.refcount >= IMMORTAL ? " (never freed)" :
                                     o.exact ? "" : " (as recorded)");
}

export function drawHeap(pane, model, state, selected, onSelect) {
  clear(pane);
  const title = el("div", "pane-title", "Heap: objects and references (refcounts " +
                    (model.hasMemory ? "exact where refcount events exist)" : "as recorded)"));
  pane.appendChild(title);
  const { roots, objects } = heapAt(model, state);
  if (!roots.length) {
    pane.appendChild(el("div", "empty", "(no objects held by the frames of this thread)"));
    return;
  }
  // Column 0: the variables; column d: the objects d references away.
  const columns = [[]];
  let group = null;
  for (const root of roots) {
    if (root.group !== group) { columns[0].push({ header: root.group }); group = root.group; }
    columns[0].push({ root });
  }
  for (const [oid, entry] of objects) {
    while (columns.length <= entry.depth) columns.push([]);
    columns[entry.depth].push({ oid, object: entry.object });
  }
  const widths = columns.map((column, c) => {
    let chars = 8;
    for (const item of column) {
      if (item.header) chars = Math.max(chars, Math.min(item.header.length, 30));
      else if (item.root) chars = Math.max(chars, Math.min(item.root.label.length, 24) + 2);
      else {
        const o = item.object;
        chars = Math.max(chars, Math.min(Math.max((o.type + " " + hexId(item.oid)).length,
                                                  o.repr.length, refcountText(o).length, 14), 34));
        for (const [label] of o.refs || []) chars = Math.max(chars, Math.min(label.length + 2, 34));
      }
    }
    return Math.ceil(chars * CHAR) + 12;
  });
  const x = [];
  widths.reduce((left, width, c) => { x[c] = left; return left + width + COLUMN_GAP; }, 4);
  const anchors = new Map();          // oid -> {x, y}: where arrows to it end
  const sources = [];                 // [x, y, oid]: where arrows start
  const boxes = [];
  let height = 0;
  columns.forEach((column, c) => {
    let y = 4;
    for (const item of column) {
      if (item.header) {
        boxes.push(svg("text", { x: x[c], y: y + 12, class: "heap-group" }, cut(item.header, 30)));
        y += ROW + 2;
      } else if (item.root) {
        const g = svg("g", { class: "heap-root", "data-name": item.root.label,
                             "data-oid": item.root.oid });
        g.appendChild(svg("rect", { x: x[c], y, width: widths[c], height: ROW + 2, rx: 2 }));
        g.appendChild(svg("text", { x: x[c] + 4, y: y + 13 }, cut(item.root.label, 24)));
        boxes.push(g);
        sources.push([x[c] + widths[c], y + ROW / 2 + 1, item.root.oid]);
        y += ROW + 6;
      } else {
        const o = item.object;
        const refs = o.refs || [];
        const dead = o.refcount <= 0;
        const boxHeight = ROW * (3 + refs.length) + 4;
        const g = svg("g", { class: "heap-object" + (dead ? " dead" : "") +
                             (item.oid === selected ? " selected" : ""),
                             "data-oid": item.oid, "data-refcount": o.refcount,
                             "data-type": o.type, tabindex: 0 });
        const rect = svg("rect", { x: x[c], y, width: widths[c], height: boxHeight, rx: 4 });
        const tip = svg("title", {}, o.type + " at " + hexId(item.oid) + " (id " + item.oid +
                        "): " + o.repr + "; refcount " + o.refcount + " since step " + o.since);
        g.appendChild(tip);
        g.appendChild(rect);
        g.appendChild(svg("text", { x: x[c] + 4, y: y + 13, class: "heap-type" },
                          cut(o.type + " " + hexId(item.oid), 34)));
        g.appendChild(svg("text", { x: x[c] + 4, y: y + 13 + ROW, class: "heap-repr" },
                          cut(o.repr, 34)));
        g.appendChild(svg("text", { x: x[c] + 4, y: y + 13 + 2 * ROW, class: "heap-refcount" },
                          refcountText(o)));
        refs.forEach(([label, child], k) => {
          const rowY = y + 13 + (3 + k) * ROW;
          g.appendChild(svg("text", { x: x[c] + 10, y: rowY, class: "heap-ref" },
                            cut(label || "\u2022", 30)));
          sources.push([x[c] + widths[c], rowY - 4, String(child)]);
        });
        g.addEventListener("click", () => onSelect(item.oid));
        anchors.set(item.oid, { x: x[c], y: y + ROW / 2 + 2 });
        boxes.push(g);
        y += boxHeight + GAP;
      }
    }
    height = Math.max(height, y);
  });
  const width = x[x.length - 1] + widths[widths.length - 1] + 8;
  const picture = svg("svg", { class: "heap", width, height, viewBox: "0 0 " + width + " " + height,
                               role: "img", "aria-label": "heap" });
  const defs = svg("defs");
  const marker = svg("marker", { id: "arrowhead", viewBox: "0 0 10 10", refX: 9, refY: 5,
                                 markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
  marker.appendChild(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead" }));
  defs.appendChild(marker);
  picture.appendChild(defs);
  for (const box of boxes) picture.appendChild(box);
  for (const [sx, sy, oid] of sources) {
    const end = anchors.get(oid);
    if (!end) continue;
    const bend = end.x > sx ? (end.x - sx) / 2 : 60;
    const d = "M " + sx + " " + sy + " C " + (sx + bend) + " " + sy + ", " +
      (end.x - (end.x > sx ? bend : 60)) + " " + end.y + ", " + end.x + " " + end.y;
    picture.appendChild(svg("path", { d, class: "heap-arrow", "data-to": oid,
                                      "marker-end": "url(#arrowhead)" }));
  }
  pane.appendChild(picture);
  if (objects.size >= HEAP_LIMIT) {
    pane.appendChild(el("div", "empty", "(only the first " + HEAP_LIMIT + " objects are drawn)"));
  }
}

// The selected object's refcount events (--memory): every change, the
// ones up to the current step marked; a click goes to the step.
// Drawn after drawHeap, which empties the pane first.
export function drawRefcounts(pane, model, state, selected, jump) {
  if (selected === null || !model.hasMemory) return;
  const events = model.memoryEvents(selected);
  const box = el("div", "refcounts");
  const object = model.objectAt(selected, state.step.step);
  box.appendChild(el("div", "pane-title", "Refcount changes of " +
                     (object ? object.type + " " : "") + hexId(selected) +
                     " (" + events.length + " events)"));
  if (!events.length) {
    box.appendChild(el("div", "empty", "(no refcount events for this object: never freed, " +
                       "or changed outside the watched code)"));
    pane.appendChild(box);
    return;
  }
  const here = state.step.step;
  const table = el("table", "refcount-events");
  let first = 0;
  while (first < events.length && events[first].step < here - EVENT_WINDOW) first++;
  let currentRow = null;
  for (let i = first; i < events.length && events[i].step <= here + EVENT_WINDOW; i++) {
    const event = events[i];
    const row = el("tr", "refcount-event " + event.kind + (event.step <= here ? " past" : ""));
    row.dataset.step = String(event.step);
    row.dataset.kind = event.kind;
    row.dataset.refcount = String(event.refcount);
    row.appendChild(el("td", "event-step", "@" + event.step));
    row.appendChild(el("td", "refcount-kind", event.kind + (event.count > 1 ? " \u00d7" + event.count : "")));
    row.appendChild(el("td", "refcount-value", event.refcount));
    row.appendChild(el("td", "refcount-thread", "thread " + event.thread + during(event)));
    if (event.step <= here) currentRow = row;
    row.addEventListener("click", () => jump(Math.min(event.step, model.length - 1)));
    table.appendChild(row);
  }
  if (currentRow) currentRow.classList.add("current");
  box.appendChild(table);
  pane.appendChild(box);
}

export function drawOutput(pane, model, state) {
  clear(pane);
  pane.appendChild(el("div", "pane-title", "Output"));
  pane.appendChild(el("pre", "output", model.outputUpTo(state.step.step)));
}
