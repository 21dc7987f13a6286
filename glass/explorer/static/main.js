// The explorer page: load the recorded run, then step through it with the
// slider, the buttons or the keys.
//   Right/Left: next/previous instruction   Down/Up: next/previous line
//   c / C: next/previous call               r / R: next/previous return
//   l / L: until the line (the box, or the current one) runs again / ran before
//   o / O: until the selected object's refcount changes / changed before
//   Home / End: first / last step
// Panes appear only when the trace has what they show: the heap when steps
// describe objects (format version 2), the thread lanes when several
// threads ran.

import { TraceModel } from "./model.js";
import { drawBytecode, drawEvents, drawFrames, drawHeap, drawOutput, drawRefcounts,
         drawSource, drawStack, hexId } from "./panes.js";

const VERSIONS = [1, 2];

async function loadTrace() {
  const embedded = document.getElementById("glass-trace");
  if (embedded) return JSON.parse(embedded.textContent);
  const response = await fetch("trace.json", { cache: "no-store" });
  if (!response.ok) throw new Error("the trace did not load: HTTP " + response.status);
  return response.json();
}

function byId(id) { return document.getElementById(id); }

function start(trace) {
  if (!trace.header || trace.header.format !== "glass-trace" ||
      !VERSIONS.includes(trace.header.version)) {
    throw new Error("not a Glass trace of version " + VERSIONS.join(" or "));
  }
  const started = performance.now();
  const model = new TraceModel(trace);
  const slider = byId("slider");
  const position = byId("position");
  const banner = byId("banner");
  const untilLine = byId("until-line");
  const findBox = byId("find-id");
  const findResult = byId("find-result");
  const selection = byId("selection");
  if (trace.header.truncated) {
    banner.textContent = "Incomplete: " + trace.header.truncated + ".";
    banner.hidden = false;
  }
  if (!model.length) {
    position.textContent = "The recording has no steps.";
    return;
  }
  // Panes shown only when the trace has their material.
  if (model.hasHeap) byId("heap").hidden = false;
  if (model.events.length) byId("events").hidden = false;
  if (model.hasHeap) for (const node of document.querySelectorAll(".needs-heap")) node.hidden = false;
  document.body.dataset.threads = String(model.threads.length);

  slider.max = String(model.length - 1);
  let current = 0;
  let selected = null;                  // the object id the heap pane has selected
  const hiddenKinds = new Set();

  function select(oid) {
    selected = oid;
    show(current);
  }

  function describeSelection() {
    if (!selection) return;
    if (selected === null) {
      selection.textContent = "";
      return;
    }
    const object = model.objectAt(selected, current);
    selection.textContent = object
      ? "selected: " + object.type + " at " + hexId(selected) + ", refcount " + object.refcount +
        (object.exact ? " (exact, last changed at step " : " (as of step ") + object.since + ")"
      : "selected: " + hexId(selected) + " (not described yet at this step)";
    document.body.dataset.selected = selected;
  }

  function show(index) {
    current = Math.max(0, Math.min(model.length - 1, index));
    slider.value = String(current);
    const state = model.stateAt(current);
    const step = state.step;
    const holder = model.gilHolderAt(current);
    position.textContent = "step " + current + " of " + (model.length - 1) +
      "  \u00b7  thread " + step.thread + "  \u00b7  line " + step.line + "  \u00b7  " + step.opname +
      (holder === null ? "" : "  \u00b7  GIL: thread " + holder);
    drawSource(byId("source"), model, state);
    drawBytecode(byId("bytecode"), model, state);
    drawStack(byId("stack"), model, state);
    drawFrames(byId("frames"), model, state);
    if (model.events.length) drawEvents(byId("events"), model, state, show, hiddenKinds);
    if (model.hasHeap) {
      drawHeap(byId("heap"), model, state, selected, select);
      drawRefcounts(byId("heap"), model, state, selected, show);
    }
    drawOutput(byId("output"), model, state);
    describeSelection();
    document.body.dataset.step = String(current);
  }

  function lineTarget(direction) {
    const step = model.steps[current];
    const wanted = Number(untilLine.value) || step.line;
    return model.lineAgain(current, direction, model.codes[step.code].filename, wanted);
  }

  function findObject() {
    const oid = model.normalizeId(findBox.value);
    const steps = oid === null ? [] : model.objectSteps(oid);
    if (!steps.length) {
      findResult.textContent = "no object with id " + findBox.value.trim() + " in the trace";
      return;
    }
    selected = oid;
    // Stay if the trace has described it by now, else go where it first appears.
    const target = steps[0] <= current ? current : steps[0];
    const object = model.objectAt(oid, target);
    findResult.textContent = "found " + object.type + " at " + hexId(oid) + " (first seen at step " +
      steps[0] + ")";
    show(target);
  }

  const ends = ["return", "yield", "generator", "unwind"];
  const moves = {
    "next-instruction": () => current + 1,
    "prev-instruction": () => current - 1,
    "next-line": () => model.lineMove(current, 1),
    "prev-line": () => model.lineMove(current, -1),
    "next-call": () => model.eventMove(current, 1, ["call", "resume"]),
    "prev-call": () => model.eventMove(current, -1, ["call", "resume"]),
    "next-return": () => model.eventMove(current, 1, ends),
    "prev-return": () => model.eventMove(current, -1, ends),
    "next-line-again": () => lineTarget(1),
    "prev-line-again": () => lineTarget(-1),
    "next-refcount": () => selected === null ? current : model.refcountMove(current, 1, selected),
    "prev-refcount": () => selected === null ? current : model.refcountMove(current, -1, selected),
    "first": () => 0,
    "last": () => model.length - 1,
  };
  for (const button of document.querySelectorAll("button[data-move]")) {
    button.addEventListener("click", () => show(moves[button.dataset.move]()));
  }
  const keys = { ArrowRight: "next-instruction", ArrowLeft: "prev-instruction",
                 ArrowDown: "next-line", ArrowUp: "prev-line", c: "next-call",
                 C: "prev-call", r: "next-return", R: "prev-return",
                 l: "next-line-again", L: "prev-line-again",
                 o: "next-refcount", O: "prev-refcount",
                 Home: "first", End: "last" };
  document.addEventListener("keydown", (event) => {
    if (event.target === slider && event.key.startsWith("Arrow")) return;
    if (event.target === untilLine || event.target === findBox) {
      if (event.key === "Enter") {
        // Done typing: the keys move through the run again.
        event.target.blur();
        if (event.target === findBox) findObject(); else show(lineTarget(1));
      }
      return;                                     // typing, not moving
    }
    const move = keys[event.key];
    if (move) { event.preventDefault(); show(moves[move]()); }
  });
  slider.addEventListener("input", () => show(Number(slider.value)));
  byId("find-button").addEventListener("click", findObject);
  // A click on a line number: run until that line runs again.
  byId("source").addEventListener("click", (event) => {
    const number = event.target.closest ? event.target.closest(".lineno") : null;
    if (!number) return;
    untilLine.value = number.textContent;
    show(lineTarget(event.shiftKey ? -1 : 1));
  });
  show(0);
  document.body.dataset.loadMs = String(Math.round(performance.now() - started));
}

loadTrace().then(start).catch((error) => {
  const banner = byId("banner");
  banner.textContent = String(error);
  banner.hidden = false;
});
