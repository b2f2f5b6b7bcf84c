/*
 * The session player for a programme circuit: warm-up moves once, the circuit for as many rounds
 * as the member's step asks with a rest between rounds, then the cool-down. Holds count down,
 * repetitions are counted with a button, one-sided moves run each side, and the member can skip a
 * move or stop the session. Every change is announced through an ARIA live region. Without
 * JavaScript the list and the form work on their own.
 */
(function () {
  "use strict";
  var circuit = document.getElementById("circuit");
  if (!circuit) {
    return;
  }
  var d = circuit.dataset;
  var rounds = Number(d.rounds) || 1;
  var roundRest = Number(d.roundRest) || 0;
  var controls = circuit.querySelector(".player__controls");
  var status = document.getElementById("player-status");
  var start = document.getElementById("player-start");
  var repButton = document.getElementById("player-rep");
  var skip = document.getElementById("player-skip");
  var stop = document.getElementById("player-stop");
  var chime = document.getElementById("player-chime");
  var plan = [];
  var step = 0;
  var timer = null;
  var count = 0;
  var target = 0;

  function moves(part) {
    return Array.prototype.slice.call(circuit.querySelectorAll(".circuit-item[data-part='" + part + "']"));
  }

  function add(item, round) {
    var sides = item.dataset.perSide === "true" ? 2 : 1;
    for (var side = 1; side <= sides; side++) {
      plan.push({
        kind: "work",
        name: item.dataset.name,
        reps: Number(item.dataset.reps) || 0,
        hold: Number(item.dataset.hold) || 0,
        side: sides === 2 ? side : 0,
        round: round,
        element: item
      });
    }
  }

  moves("warm-up").forEach(function (item) { add(item, 0); });
  for (var round = 1; round <= rounds; round++) {
    moves("circuit").forEach(function (item) { add(item, round); });
    if (round < rounds && roundRest > 0) {
      plan.push({ kind: "rest", round: round });
    }
  }
  moves("cool-down").forEach(function (item) { add(item, 0); });
  controls.hidden = false;

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
    var text = item.name;
    if (item.round > 0) {
      text = d.textRound.replace("{0}", item.round).replace("{1}", rounds) + " · " + text;
    }
    if (item.side > 0) {
      text += " · " + d.textSide.replace("{0}", item.side);
    }
    return text;
  }

  function clear() {
    if (timer !== null) {
      clearInterval(timer);
      timer = null;
    }
    repButton.disabled = true;
    circuit.querySelectorAll(".circuit-item--now").forEach(function (el) {
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

  function choose(value) {
    var radio = document.querySelector("input[name$='done'][value='" + value + "']");
    if (radio) {
      radio.checked = true;
    }
  }

  function end(text, value) {
    clear();
    skip.disabled = true;
    stop.disabled = true;
    start.disabled = false;
    choose(value);
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
      countdown(roundRest, d.textRest, next);
      return;
    }
    item.element.classList.add("circuit-item--now");
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
    var item = plan[step - 1];
    say(label(item) + " · " + d.textRep.replace("{0}", count).replace("{1}", target));
    if (count >= target) {
      tone();
      next();
    }
  });

  skip.addEventListener("click", function () {
    say(d.textSkipped);
    next();
  });

  stop.addEventListener("click", function () {
    end(d.textStopped, "stopped");
  });

  start.addEventListener("click", function () {
    clear();
    step = 0;
    start.disabled = true;
    skip.disabled = false;
    stop.disabled = false;
    next();
  });
})();
