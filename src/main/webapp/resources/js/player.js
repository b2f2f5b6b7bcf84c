/*
 * The guided player: walks through the sets of a move with hold countdowns or a repetition
 * counter, rest timers between sets, sides for one-sided moves, and an optional chime (a short
 * tone made in the browser, no sound file). Announces each change through an ARIA live region.
 * Without JavaScript the steps and the rating form still work on their own.
 */
(function () {
  "use strict";
  var player = document.getElementById("player");
  if (!player) {
    return;
  }
  var d = player.dataset;
  var reps = Number(d.reps) || 0;
  var hold = Number(d.hold) || 0;
  var sets = Number(d.sets) || 1;
  var rest = Number(d.rest) || 0;
  var sides = d.perSide === "true" ? 2 : 1;
  var controls = player.querySelector(".player__controls");
  var status = document.getElementById("player-status");
  var start = document.getElementById("player-start");
  var repButton = document.getElementById("player-rep");
  var chime = document.getElementById("player-chime");
  var plan = [];
  var step = 0;
  var timer = null;
  var count = 0;

  controls.hidden = false;
  for (var set = 1; set <= sets; set++) {
    for (var side = 1; side <= sides; side++) {
      plan.push({ kind: "work", set: set, side: side });
    }
    if (set < sets && rest > 0) {
      plan.push({ kind: "rest", set: set });
    }
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
    var text = d.textSet.replace("{0}", item.set).replace("{1}", sets);
    if (sides === 2) {
      text += " · " + d.textSide.replace("{0}", item.side);
    }
    return text;
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

  function next() {
    if (step >= plan.length) {
      repButton.disabled = true;
      start.disabled = false;
      say(d.textFinished);
      var after = document.querySelector("input[name$='after']");
      if (after) {
        after.focus();
      }
      return;
    }
    var item = plan[step];
    step += 1;
    if (item.kind === "rest") {
      countdown(rest, d.textRest, next);
    } else if (hold > 0) {
      countdown(hold, label(item) + " · " + d.textHold, next);
    } else {
      count = 0;
      repButton.disabled = false;
      repButton.dataset.target = String(reps);
      say(label(item) + " · " + d.textRep.replace("{0}", 0).replace("{1}", reps));
      repButton.focus();
    }
  }

  repButton.addEventListener("click", function () {
    count += 1;
    var item = plan[step - 1];
    say(label(item) + " · " + d.textRep.replace("{0}", count).replace("{1}", reps));
    if (count >= reps) {
      repButton.disabled = true;
      tone();
      next();
    }
  });

  start.addEventListener("click", function () {
    clearInterval(timer);
    step = 0;
    start.disabled = true;
    next();
  });
})();
