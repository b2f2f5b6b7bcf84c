/*
 * Movement-break timer. Counts down the chosen interval in the browser; when it ends it shows a
 * suggested one- or two-minute move from the page's list, in the page (an ARIA alert, so screen
 * readers announce it) and, if the member allowed it, as a browser notification. Nothing is sent
 * to the server.
 */
(function () {
  "use strict";
  var root = document.getElementById("break-timer");
  if (!root) {
    return;
  }
  var interval = document.getElementById("break-interval");
  var start = document.getElementById("break-start");
  var stop = document.getElementById("break-stop");
  var notify = document.getElementById("break-notify");
  var status = document.getElementById("break-status");
  var alertBox = document.getElementById("break-alert");
  var moves = Array.prototype.slice.call(document.querySelectorAll("#break-moves li"));
  var timer = null;
  var dueAt = 0;
  var next = 0;

  function minutesLeft() {
    return Math.max(0, Math.ceil((dueAt - Date.now()) / 60000));
  }

  function showStatus() {
    status.textContent = root.dataset.remaining.replace("{0}", String(minutesLeft()));
  }

  function suggest() {
    if (moves.length === 0) {
      return { title: "", body: "" };
    }
    var move = moves[next % moves.length];
    next += 1;
    return {
      title: move.querySelector("h3").textContent,
      body: move.querySelector("p").textContent
    };
  }

  function due() {
    var move = suggest();
    document.getElementById("break-move-title").textContent = move.title;
    document.getElementById("break-move-body").textContent = move.body;
    alertBox.hidden = false;
    if ("Notification" in window && Notification.permission === "granted") {
      new Notification(root.dataset.notifyTitle, { body: move.title });
    }
    if (timer !== null) {
      dueAt = Date.now() + Number(interval.value) * 60000;
      showStatus();
    }
  }

  function tick() {
    if (Date.now() >= dueAt) {
      due();
    } else {
      showStatus();
    }
  }

  start.addEventListener("click", function () {
    dueAt = Date.now() + Number(interval.value) * 60000;
    alertBox.hidden = true;
    clearInterval(timer);
    timer = setInterval(tick, 15000);
    start.disabled = true;
    stop.disabled = false;
    showStatus();
    stop.focus();
  });

  stop.addEventListener("click", function () {
    clearInterval(timer);
    timer = null;
    start.disabled = false;
    stop.disabled = true;
    status.textContent = root.dataset.stopped;
    start.focus();
  });

  if (!("Notification" in window) || Notification.permission !== "default") {
    notify.hidden = true;
  }
  notify.addEventListener("click", function () {
    Notification.requestPermission().then(function () {
      notify.hidden = true;
    });
  });

  document.getElementById("break-now").addEventListener("click", function () {
    if (timer === null) {
      dueAt = Date.now();
    }
    due();
    document.getElementById("break-alert").focus();
  });
})();
