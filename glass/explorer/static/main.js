// The explorer page: load the recorded run, then step through it with the
// slider, the buttons or the keys.
//   Right/Left: next/previous instruction   Down/Up: next/previous line
//   c / C: next/previous call               r / R: next/previous return
//   Home / End: first / last step

import { TraceModel } from "./model.js";
import { drawBytecode, drawEvents, drawFrames, drawOutput, drawSource,
         drawStack } from "./panes.js";

async function loadTrace() {
  const embedded = document.getElementById("glass-trace");
  if (embedded) return JSON.parse(embedded.textContent);
  const response = await fetch("trace.json", { cache: "no-store" });
  if (!response.ok) throw new Error("the trace did not load: HTTP " + response.status);
  return response.json();
}

function byId(id) { return document.getElementById(id); }

function start(trace) {
  if (!trace.header || trace.header.format !== "glass-trace" || trace.header.version !== 1) {
    throw new Error("not a Glass trace of version 1");
  }
  const model = new TraceModel(trace);
  const slider = byId("slider");
  const position = byId("position");
  const banner = byId("banner");
  if (trace.header.truncated) {
    banner.textContent = "Incomplete: " + trace.header.truncated + ".";
    banner.hidden = false;
  }
  if (!model.length) {
    position.textContent = "The recording has no steps.";
    return;
  }
  slider.max = String(model.length - 1);
  let current = 0;

  function show(index) {
    current = Math.max(0, Math.min(model.length - 1, index));
    slider.value = String(current);
    const state = model.stateAt(current);
    const step = state.step;
    position.textContent = "step " + current + " of " + (model.length - 1) +
      "  \u00b7  line " + step.line + "  \u00b7  " + step.opname;
    document.body.dataset.step = String(current);
    drawSource(byId("source"), model, state);
    drawBytecode(byId("bytecode"), model, state);
    drawStack(byId("stack"), model, state);
    drawFrames(byId("frames"), model, state);
    drawEvents(byId("events"), model, state, show);
    drawOutput(byId("output"), model, state);
  }

  const moves = {
    "next-instruction": () => current + 1,
    "prev-instruction": () => current - 1,
    "next-line": () => model.lineMove(current, 1),
    "prev-line": () => model.lineMove(current, -1),
    "next-call": () => model.eventMove(current, 1, ["call", "resume"]),
    "prev-call": () => model.eventMove(current, -1, ["call", "resume"]),
    "next-return": () => model.eventMove(current, 1, ["return", "yield", "generator", "unwind"]),
    "prev-return": () => model.eventMove(current, -1, ["return", "yield", "generator", "unwind"]),
    "first": () => 0,
    "last": () => model.length - 1,
  };
  for (const button of document.querySelectorAll("button[data-move]")) {
    button.addEventListener("click", () => show(moves[button.dataset.move]()));
  }
  const keys = { ArrowRight: "next-instruction", ArrowLeft: "prev-instruction",
                 ArrowDown: "next-line", ArrowUp: "prev-line", c: "next-call",
                 C: "prev-call", r: "next-return", R: "prev-return",
                 Home: "first", End: "last" };
  document.addEventListener("keydown", (event) => {
    if (event.target === slider && event.key.startsWith("Arrow")) return;
    const move = keys[event.key];
    if (move) { event.preventDefault(); show(moves[move]()); }
  });
  slider.addEventListener("input", () => show(Number(slider.value)));
  show(0);
}

loadTrace().then(start).catch((error) => {
  const banner = byId("banner");
  banner.textContent = String(error);
  banner.hidden = false;
});
