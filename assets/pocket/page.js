"use strict";
// Cramp Coach in your pocket: runs the routine that the JSON document #data describes. Every text
// comes from there (made by cramp_coach/pocket/page.py from the app's data files) and is set with
// textContent; the transitions are routine/flow.py's rules, each naming its guard and effect,
// which are the only logic written here. Time: performance.now() (monotonic), never Date.
(() => {
  const D = JSON.parse(document.getElementById("data").textContent);
  const $ = (id) => document.getElementById(id);
  const steps = new Map(D.steps.map((s) => [s.id, s]));
  const now = () => performance.now();

  const GUARDS = {
    reps_left: (p) => p.reps < D.maxReps,
    reps_used_up: (p) => p.reps >= D.maxReps,
    _heard_nothing: (p) => !p.unclear,
    _heard_something: (p) => p.unclear,
  };
  const EFFECTS = {
    count_rep(p) { p.reps = Math.min(D.maxReps, p.reps + 1); },
    eased(p) { p.eased = true; p.prolonged = false; p.unanswered = false; },
    prolonged(p) { p.eased = false; p.prolonged = true; p.unanswered = false; },
    came_back(p) { p.cameBack += 1; p.eased = false; },
    came_back_too_often(p) { p.cameBack += 1; EFFECTS.prolonged(p); },
    _injury(p) { p.injury = true; },
    _no_answer(p) { p.unanswered = true; },
    redo_rep(p) { p.reps = Math.max(0, p.reps - 1); },
    forget_answer(p) { p.eased = p.prolonged = p.unanswered = false; },
    forget_triage(p) { p.injury = p.unclear = false; },
    _mark_stopped(p) { p.stopped = true; },
  };

  let state = null; // null: the first screen
  let timer = 0;
  let wakeLock = null;

  function fresh() {
    return {
      step: D.steps[0].id, last: "", lastIntent: "", warned: false,
      p: { reps: 0, eased: false, prolonged: false, unanswered: false, cameBack: 0,
        stopped: false, injury: false, unclear: false },
      deadline: 0, pausedLeft: null, running: false, waiting: false, endedAt: null,
      marksSaid: new Set(),
    };
  }

  // -- speech, vibration, wake lock: each only where the phone has it ---------------------------
  function say(text) {
    $("caption").textContent = text;
    const synth = window.speechSynthesis;
    if (!text || !synth || typeof SpeechSynthesisUtterance !== "function") return;
    const voices = synth.getVoices();
    const voice = voices.find((v) => v.lang.toLowerCase().startsWith(D.lang));
    if (voices.length && !voice) return; // no voice speaks this language: captions only
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = D.speech;
    if (voice) utterance.voice = voice;
    synth.cancel();
    synth.speak(utterance);
  }

  function hush() {
    if (window.speechSynthesis) window.speechSynthesis.cancel();
  }

  function buzz(pattern) {
    if (typeof navigator.vibrate === "function") navigator.vibrate(pattern);
  }

  async function keepAwake(on) {
    try {
      if (on && !wakeLock && navigator.wakeLock) {
        wakeLock = await navigator.wakeLock.request("screen");
      } else if (!on && wakeLock) {
        const lock = wakeLock;
        wakeLock = null;
        await lock.release();
      }
    } catch (_error) {
      wakeLock = null; // not allowed here (battery saver, no focus): the routine goes on
    }
  }

  // -- the machine ---------------------------------------------------------------------------------
  function rule(intent) {
    return D.rules.find((r) => r.from === state.step && r.on === intent
      && (!r.if || GUARDS[r.if](state.p)));
  }

  function act(intent) {
    if (!state) return;
    const found = rule(intent);
    if (!found) return;
    if (found.do) EFFECTS[found.do](state.p);
    enter(found.to, intent);
  }

  function enter(id, intent) {
    const previous = steps.get(state.step);
    stopCountdown();
    if (id === D.finished) {
      hush();
      keepAwake(false);
      state = null;
      show();
      return;
    }
    state.last = state.step;
    state.step = id;
    state.lastIntent = intent;
    const step = steps.get(id);
    let warning = "";
    if (step.kind !== "check" && !state.warned) {
      if (state.p.prolonged) warning = D.warnings.prolonged;
      else if (state.p.unanswered) warning = D.warnings.unanswered;
      state.warned = Boolean(warning);
    }
    const after = intent === "elapsed" && previous ? previous.endCue : "";
    state.marksSaid = new Set();
    if (step.seconds && !step.start) startCountdown(step.seconds * 1000);
    state.waiting = Boolean(step.seconds && step.start);
    keepAwake(step.kind === "hold");
    show();
    say([after, warning, step.cue].filter(Boolean).join(" "));
  }

  function startCountdown(ms) {
    state.deadline = now() + ms;
    state.pausedLeft = null;
    state.running = true;
    state.waiting = false;
    schedule();
  }

  function stopCountdown() {
    clearTimeout(timer);
    if (state) { state.running = false; state.pausedLeft = null; }
  }

  function left() {
    if (!state || !state.running) return 0;
    return state.pausedLeft !== null ? state.pausedLeft : Math.max(0, state.deadline - now());
  }

  function schedule() {
    clearTimeout(timer);
    if (!state || !state.running || state.pausedLeft !== null) return;
    const rest = state.deadline - now();
    const toSecond = rest % 1000 || 1000;
    timer = setTimeout(tick, Math.max(0, Math.min(rest, toSecond)));
  }

  // One wake-up: the time marks due, the end of the countdown, the digits. Safe to call at any
  // moment (the tests call it after moving the clock).
  function tick() {
    if (!state || !state.running || state.pausedLeft !== null) return;
    const at = now();
    const rest = state.deadline - at;
    const step = steps.get(state.step);
    if (step.kind === "hold") {
      for (const mark of D.marks) {
        if (rest <= mark.left * 1000 && rest > (mark.left - 1) * 1000
            && !state.marksSaid.has(mark.left)) {
          state.marksSaid.add(mark.left);
          say(mark.text);
          buzz(mark.left > 3 ? [80, 80, 80] : 120);
        }
      }
    }
    if (rest <= 0) {
      state.endedAt = at;
      buzz(300);
      act("elapsed");
      return;
    }
    showTime();
    schedule();
  }

  function pause() {
    if (!state || !state.running) return;
    if (state.pausedLeft === null) {
      state.pausedLeft = Math.max(0, state.deadline - now());
      clearTimeout(timer);
      hush();
    } else {
      state.deadline = now() + state.pausedLeft;
      state.pausedLeft = null;
      schedule();
    }
    show();
  }

  // -- the screen ------------------------------------------------------------------------------------
  function fill(template, ...values) {
    return template.replace(/%(\d)/g, (_m, n) => String(values[Number(n) - 1]));
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function button(text, action, className) {
    const node = el("button", text, className || "");
    node.type = "button";
    node.dataset.act = action;
    return node;
  }

  function picture(name, alt) {
    const img = document.createElement("img");
    img.src = D.pictures[name];
    img.alt = alt || "";
    return img;
  }

  function clock(ms) {
    const seconds = Math.ceil(ms / 1000);
    if (seconds < 60) return String(seconds);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  }

  function showTime() {
    const node = $("time");
    if (node && state) node.textContent = clock(left());
  }

  function summary() {
    const p = state.p;
    if (p.injury) return D.ui.injury;
    if (p.prolonged) return fill(D.ui.prolongedN, p.reps);
    if (p.eased) return p.reps === 1 ? D.ui.eased1 : fill(D.ui.easedN, p.reps);
    return "";
  }

  function signs(into) {
    const box = el("section", "", "signs");
    box.append(el("h2", D.signs.heading));
    const list = el("ul");
    for (const line of D.signs.lines) list.append(el("li", line));
    box.append(list);
    into.append(box);
  }

  function exercises(into) {
    const box = el("section", "", "exercises");
    box.append(el("h2", D.ui.exercises));
    for (const exercise of D.exercises) {
      const card = el("article", "", "exercise");
      card.append(el("h3", exercise.name));
      if (exercise.yours) card.append(el("p", exercise.yours, "yours"));
      if (exercise.picture) card.append(picture(exercise.picture, exercise.name));
      card.append(el("p", [exercise.dose, exercise.often].filter(Boolean).join(" · "), "dose"));
      card.append(el("p", exercise.purpose));
      const how = el("ol");
      for (const line of exercise.steps) how.append(el("li", line));
      card.append(how);
      box.append(card);
    }
    into.append(box);
  }

  function home(main) {
    main.append(el("h1", D.title));
    main.append(el("p", D.notice, "notice"));
    const actions = el("div", "", "actions");
    actions.append(button(D.ui.start, "start", "primary"));
    main.append(actions);
    exercises(main);
    main.append(el("p", D.ui.offline, "small"));
  }

  function routine(main) {
    const step = steps.get(state.step);
    const head = el("p", fill(D.ui.stepOf, step.number, step.count), "where");
    if (["position", "hold", "check"].includes(step.kind)) {
      // As the window counts: the rep being stretched, or at the check the one just done.
      const rep = step.kind === "check" ? state.p.reps : Math.min(state.p.reps + 1, D.maxReps);
      head.textContent += ` · ${fill(D.ui.repOf, rep, D.maxReps)}`;
    }
    main.append(head);
    main.append(el("h1", step.title));
    if (step.kind === "done") {
      const line = summary();
      if (line) main.append(el("p", line, "summary"));
      if (state.p.prolonged) main.append(el("p", D.warnings.prolonged, "doctor"));
    }
    main.append(el("p", step.text, "text"));
    if (step.signs.length) {
      const list = el("ul", "", "injury-signs");
      for (const sign of step.signs) list.append(el("li", sign));
      main.append(list);
    }
    if (step.guidance) {
      const box = el("p", "", "guidance");
      box.append(el("strong", step.guidance));
      if (step.extra) box.append(document.createTextNode(` ${step.extra}`));
      main.append(box);
    }
    if (step.seconds) {
      const box = el("div", "", "countdown");
      const label = state.waiting ? D.ui.notStarted
        : state.pausedLeft !== null ? D.ui.paused
          : step.kind === "hold" ? D.ui.hold : step.kind === "position" ? D.ui.getReady : "";
      box.append(el("p", label, "label"));
      const time = el("p", state.waiting ? clock(step.seconds * 1000) : clock(left()), "time");
      time.id = "time";
      time.setAttribute("role", "timer");
      box.append(time);
      main.append(box);
    }
    if (step.picture) main.append(picture(step.picture, D.ui.picture));
    const actions = el("div", "", "actions");
    const add = (text, action, className) => { if (text) actions.append(button(text, action, className)); };
    if (step.kind === "triage") {
      add(step.cramp, "next", "primary");
      add(step.injury, "injury", "secondary");
    } else if (step.kind === "check") {
      add(step.eased, "eased", "primary");
      add(step.still, "still", "secondary");
    } else if (state.waiting) {
      add(step.start, "begin", "primary");
      add(step.skip, "next", "secondary");
    } else {
      add(step.confirm, "next", "primary");
    }
    main.append(actions);
    const small = el("div", "", "small-actions");
    if (state.running) {
      small.append(button(state.pausedLeft !== null ? D.ui.resume : D.ui.pause, "pause"));
    }
    if (rule("back")) small.append(button(D.ui.back, "back"));
    if (rule("came_back")) small.append(button(D.ui.cameBack, "came_back"));
    if (step.kind !== "done") small.append(button(D.ui.stop, "stop"));
    main.append(small);
    if (step.doctor) main.append(el("p", step.doctor, "doctor"));
    if (step.warningSigns) signs(main);
    if (step.id === D.steps[0].id) main.append(el("p", D.notice, "notice"));
    if (step.kind === "done") exercises(main);
  }

  function show() {
    const main = $("main");
    main.replaceChildren();
    if (state) routine(main); else home(main);
    document.body.dataset.step = state ? state.step : "";
    const heading = main.querySelector("h1");
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", (event) => {
    const target = event.target.closest("button[data-act]");
    if (!target) return;
    const action = target.dataset.act;
    if (action === "start") {
      state = fresh();
      state.step = "";
      enter(D.steps[0].id, "next");
    } else if (action === "pause") {
      pause();
    } else if (action === "begin") {
      startCountdown(steps.get(state.step).seconds * 1000);
      show();
    } else {
      act(action);
    }
  });

  // A phone that slept: the clock went on, so catch up at once.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      tick();
      if (state && steps.get(state.step).kind === "hold") keepAwake(true);
    }
  });

  // Served over the network: offline and "add to home screen" (never for the file itself).
  if (document.body.dataset.served === "1" && "serviceWorker" in navigator) {
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }

  // For the tests (and the curious): what the page is doing; `tick` runs one wake-up now.
  window.CrampPocket = Object.freeze({
    tick,
    state: () => (state ? {
      step: state.step, reps: state.p.reps, prolonged: state.p.prolonged, eased: state.p.eased,
      injury: state.p.injury, left: left(), running: state.running,
      paused: state.pausedLeft !== null, waiting: state.waiting, deadline: state.deadline,
      endedAt: state.endedAt,
    } : null),
  });
  show();
})();
