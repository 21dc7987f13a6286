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
    box.appendChild(el("div", "frame-name", code.qualname + "  #" + f.frame));
    const table = el("table", "locals");
    const names = Object.keys(f.locals);
    if (!names.length) table.appendChild(el("tr")).appendChild(el("td", "empty", "(no variables)"));
    for (const name of names) {
      const row = el("tr");
      const kind = code.localspluskinds[code.localsplusnames.indexOf(name)] || "name";
      row.appendChild(el("td", "var-name " + kind, name));
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
  const code = model.codes[event.code];
  switch (event.kind) {
    case "call": return "call " + code.qualname;
    case "resume": return "resume " + code.qualname;
    case "return": return "return from " + code.qualname + ": " + event.value;
    case "yield": return "yield from " + code.qualname + ": " + event.value;
    case "generator": return code.qualname + " made " + event.value;
    case "raise": return event.exception + " in " + code.qualname +
      (event.message ? ": " + event.message : "");
    case "unwind": return code.qualname + " left by the exception";
    default: return event.kind;
  }
}

export function drawEvents(pane, model, state, jump) {
  clear(pane);
  pane.appendChild(el("div", "pane-title", "Events"));
  const list = el("ul", "events");
  const here = state.step.step;
  // The events around the current step, so the list stays short.
  let first = 0;
  while (first < model.events.length && model.events[first].step < here - 200) first++;
  let currentItem = null;
  for (let i = first; i < model.events.length && i < first + 400; i++) {
    const event = model.events[i];
    const item = el("li", "event " + event.kind + (event.step <= here ? " past" : ""),
                    "@" + event.step + "  " + describeEvent(model, event));
    if (event.step <= here) currentItem = item;
    item.addEventListener("click", () => jump(Math.min(event.step, model.length - 1)));
    list.appendChild(item);
  }
  pane.appendChild(list);
  if (currentItem && currentItem.scrollIntoView) currentItem.scrollIntoView({ block: "nearest" });
}

export function drawOutput(pane, model, state) {
  clear(pane);
  pane.appendChild(el("div", "pane-title", "Output"));
  pane.appendChild(el("pre", "output", model.outputUpTo(state.step.step)));
}
