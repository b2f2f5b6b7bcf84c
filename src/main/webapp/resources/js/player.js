/*
 * The guided player, for one move (the try page, #player) and for a programme circuit (the session
 * page, #circuit). Both build a plan of steps from the page: work on a move (a hold that counts
 * down, or repetitions counted with a button, each side of a one-sided move) and rests between sets
 * or rounds. The circuit also does its warm-up once before the rounds and its cool-down once after,
 * and lets the member skip a move or stop the session. An optional chime (a short tone made in the
 * browser, no sound file) marks the end of each timed step, and every change is announced through
 * an ARIA live region. Without JavaScript the steps and the rating form work on their own.
 */
(function () {
  "use strict";
  var move = document.getElementById("player");
  var circuit = document.getElementById("circuit");
  var root = move || circuit;
  if (!root) {
    return;
  }
  var d = root.dataset;
  var status = document.getElementById("player-status");
  var start = document.getElementById("player-start");
  var repButton = document.getElementById("player-rep");
  var skip = document.getElementById("player-skip");
  var stop = document.getElementById("player-stop");
  var chime = document.getElementById("player-chime");
  var plan = move ? movePlan() : circuitPlan();
  var step = 0;
  var timer = null;
  var count = 0;
  var target = 0;

  /* One move: its sets, each side of a one-sided move, a rest between sets. */
  function movePlan() {
    var steps = [];
    var sets = Number(d.sets) || 1;
    var rest = Number(d.rest) || 0;
    var sides = d.perSide === "true" ? 2 : 1;
    for (var set = 1; set <= sets; set++) {
      for (var side = 1; side <= sides; side++) {
        steps.push({ kind: "work", name: "", reps: Number(d.reps) || 0, hold: Number(d.hold) || 0,
          side: sides === 2 ? side : 0, group: set, groups: sets, groupText: d.textSet });
      }
      if (set < sets && rest > 0) {
        steps.push({ kind: "rest", seconds: rest });
      }
    }
    return steps;
  }

  /* A circuit: the warm-up once, the circuit for its rounds with a rest between, the cool-down. */
  function circuitPlan() {
    var steps = [];
    var rounds = Number(d.rounds) || 1;
    var roundRest = Number(d.roundRest) || 0;
    function add(item, round) {
      var sides = item.dataset.perSide === "true" ? 2 : 1;
      for (var side = 1; side <= sides; side++) {
        steps.push({ kind: "work", name: item.dataset.name, reps: Number(item.dataset.reps) || 0,
          hold: Number(item.dataset.hold) || 0, side: sides === 2 ? side : 0, group: round,
          groups: rounds, groupText: d.textRound, element: item });
      }
    }
    function part(name) {
      return Array.prototype.slice.call(
        circuit.querySelectorAll(".circuit-item[data-part='" + name + "']"));
    }
    part("warm-up").forEach(function (item) { add(item, 0); });
    for (var round = 1; round <= rounds; round++) {
      part("circuit").forEach(function (item) { add(item, round); });
      if (round < rounds && roundRest > 0) {
        steps.push({ kind: "rest", seconds: roundRest });
      }
    }
    part("cool-down").forEach(function (item) { add(item, 0); });
    return steps;
  }

  function say(text) {
    status.textContent = text;
  }

  function tone() {
    if (!chime.checked || !window.AudioContext) {
      return;
    }
    var context = new AudioContext();
    var oscillator = context.createOscillator();
    oscillator.frequency.value = 660;
    oscillator.connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.25);
  }

  function label(item) {
    var parts = [];
    if (item.group > 0) {
      parts.push(item.groupText.replace("{0}", item.group).replace("{1}", item.groups));
    }
    if (item.name) {
      parts.push(item.name);
    }
    if (item.side > 0) {
      parts.push(d.textSide.replace("{0}", item.side));
    }
    return parts.join(" · ");
  }

  function clear() {
    if (timer !== null) {
      clearInterval(timer);
      timer = null;
    }
    repButton.disabled = true;
    root.querySelectorAll(".circuit-item--now").forEach(function (el) {
      el.classList.remove("circuit-item--now");
    });
  }

  function countdown(seconds, text, done) {
    var left = seconds;
    say(text.replace("{0}", left));
    timer = setInterval(function () {
      left -= 1;
      if (left <= 0) {
        clearInterval(timer);
        timer = null;
        tone();
        done();
      } else if (left % 5 === 0 || left <= 3) {
        say(text.replace("{0}", left));
      }
    }, 1000);
  }

  /* Ends the player; on a session page it also answers "did you do every round?". */
  function end(text, done) {
    clear();
    [skip, stop].forEach(function (button) {
      if (button) {
        button.disabled = true;
      }
    });
    start.disabled = false;
    var radio = document.querySelector("input[name$='done'][value='" + done + "']");
    if (radio) {
      radio.checked = true;
    }
    say(text);
    var after = document.querySelector("input[name$='after']");
    if (after) {
      after.focus();
    }
  }

  function next() {
    clear();
    if (step >= plan.length) {
      end(d.textFinished, "all");
      return;
    }
    var item = plan[step];
    step += 1;
    if (item.kind === "rest") {
      countdown(item.seconds, d.textRest, next);
      return;
    }
    if (item.element) {
      item.element.classList.add("circuit-item--now");
    }
    if (item.hold > 0) {
      countdown(item.hold, label(item) + " · " + d.textHold, next);
    } else {
      count = 0;
      target = item.reps;
      repButton.disabled = false;
      say(label(item) + " · " + d.textRep.replace("{0}", 0).replace("{1}", target));
      repButton.focus();
    }
  }

  repButton.addEventListener("click", function () {
    count += 1;
    say(label(plan[step - 1]) + " · " + d.textRep.replace("{0}", count).replace("{1}", target));
    if (count >= target) {
      tone();
      next();
    }
  });

  if (skip) {
    skip.addEventListener("click", function () {
      say(d.textSkipped);
      next();
    });
  }

  if (stop) {
    stop.addEventListener("click", function () {
      end(d.textStopped, "stopped");
    });
  }

  start.addEventListener("click", function () {
    clear();
    step = 0;
    start.disabled = true;
    [skip, stop].forEach(function (button) {
      if (button) {
        button.disabled = false;
      }
    });
    next();
  });

  root.querySelector(".player__controls").hidden = false;
})();
