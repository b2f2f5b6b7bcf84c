/*
 * The member's app on the device: installable, usable offline, and forgetful at sign-out.
 *
 * - Registers the service worker (sw.js) on a top-level page; inside a portal's frame it does not,
 *   because the portal's page is needed there anyway, and many browsers refuse one in a frame.
 * - Keeps the member's offline kit: the pages and drawings /api/v1/me/offline lists, fetched into
 *   the cache the service worker answers from, refreshed every half hour while online.
 * - Sends forms that carry data-offline through the JSON API when the page is a kept copy or the
 *   device is offline: the answer is queued on the device with a client id and the time it was
 *   done, the outcome is shown at once (a warning sign shows its care card, triaged from the table
 *   the server put in the form), and the queue is sent in order when the network returns. A retry
 *   reuses the client id, so the server records it once. Nothing offline moves a programme on: a
 *   session is "saved", and the server's decision is shown once it has been sent. After a warning
 *   sign the programme counts as paused on this device until the server has the report.
 * - Clears everything it kept (queue, copies, drawings) when the member signs out, when the
 *   employer ended their access, and when a different member signs in on the same browser.
 * Without JavaScript (or without a service worker) every page works as before, online.
 */
(function () {
  "use strict";
  var body = document.body;
  var base = body.dataset.base;
  if (!base) {
    return;
  }
  var member = body.dataset.member || "";
  var lang = document.documentElement.lang || "en";
  var texts = (document.getElementById("app-texts") || { dataset: {} }).dataset;
  var status = document.getElementById("app-status");
  var KEY = { member: "backcare.member", queue: "backcare.queue", paused: "backcare.paused",
    kit: "backcare.kit-at", full: "backcare.kit-full-at", programme: "backcare.programme" };
  /* Pages and drawings are the member's; scripts and styles are anyone's, but go at sign-out too. */
  var CACHES = ["backcare-pages", "backcare-files", "backcare-static"];
  var framed = window.top !== window.self;
  var store;
  try {
    store = window.localStorage;
    store.getItem(KEY.member);
  } catch (e) {
    // Storage refused (a frame whose browser blocks it, a locked-down profile): pages work online.
    return;
  }
  var syncing = false;
  var results = [];

  function read(key, fallback) {
    try {
      var value = store.getItem(key);
      return value === null ? fallback : JSON.parse(value);
    } catch (e) {
      return fallback;
    }
  }

  function write(key, value) {
    store.setItem(key, JSON.stringify(value));
  }

  function queue() {
    return read(KEY.queue, []).filter(function (item) { return item.member === member; });
  }

  /* Forgets everything this device kept for a member: queue, pause, copies of pages, drawings. */
  function clearDevice() {
    [KEY.member, KEY.queue, KEY.paused, KEY.kit, KEY.full, KEY.programme].forEach(function (key) { store.removeItem(key); });
    if (!window.caches) {
      return Promise.resolve();
    }
    return Promise.all(CACHES.map(function (name) { return caches.delete(name); }));
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  function offline() {
    return !navigator.onLine || body.dataset.offlineCopy === "true";
  }

  function show() {
    if (!status) {
      return;
    }
    var lines = [];
    if (!navigator.onLine || body.dataset.offlineCopy === "true") {
      lines.push(texts.offline);
    }
    // What the member did; a risk-factor answer sent with a report is part of that report.
    var waiting = queue().filter(function (item) { return item.kind !== "health"; }).length;
    if (waiting > 0 && member) {
      lines.push(texts.waiting.replace("{0}", waiting));
    }
    results.forEach(function (line) { lines.push(line); });
    status.replaceChildren();
    lines.forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      status.appendChild(p);
    });
    status.hidden = lines.length === 0;
    status.classList.toggle("app-status--offline", !navigator.onLine);
  }

  /* --- Who this device is for ------------------------------------------------------------ */

  var ready = Promise.resolve();
  if (body.dataset.device === "clear") {
    ready = clearDevice();
  } else if (member) {
    var known = read(KEY.member, null);
    if (known !== null && known !== member) {
      ready = clearDevice();
    }
    ready = ready.then(function () { write(KEY.member, member); });
  } else if (window.caches) {
    // A visitor's page: nobody is signed in, so no member's pages or drawings stay readable here.
    ready = Promise.all(CACHES.slice(0, 2).map(function (name) { return caches.delete(name); }));
  }

  /* --- Installing and the offline kit ------------------------------------------------------ */

  var install = document.getElementById("app-install");
  var prompt = null;
  window.addEventListener("beforeinstallprompt", function (event) {
    event.preventDefault();
    prompt = event;
    if (install && member) {
      install.hidden = false;
    }
  });
  if (install) {
    install.addEventListener("click", function () {
      if (prompt) {
        prompt.prompt();
        prompt = null;
      }
      install.hidden = true;
    });
  }
  window.addEventListener("appinstalled", function () {
    if (install) {
      install.hidden = true;
    }
  });

  function keepKit() {
    var at = read(KEY.kit, 0);
    var full = Date.now() - read(KEY.full, 0) > 24 * 60 * 60 * 1000;
    if (!member || !navigator.onLine || !window.caches || Date.now() - at < 30 * 60 * 1000) {
      return Promise.resolve();
    }
    return fetch(base + "api/v1/me/offline", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (kit) {
        // The kit keeps a programme session only for a member in a programme.
        write(KEY.programme, kit.pages.indexOf("programs/session.xhtml") >= 0);
        // One at a time: the kit is fetched in the background and must not crowd the page's own
        // requests, nor arrive at the server as a burst. Only what the device lacks: a page the
        // member opens online is refreshed by the service worker anyway, so every kept page is
        // fetched again only once a day.
        var fetchInto = function (name, paths, headers) {
          return caches.open(name).then(function (cache) {
            return paths.reduce(function (previous, path) {
              return previous.then(function () {
                return cache.match(base + path).then(function (kept) {
                  if (kept && !full) {
                    return null;
                  }
                  return fetch(base + path, { credentials: "same-origin", headers: headers }).then(function (response) {
                    return response.ok ? cache.put(base + path, response) : null;
                  });
                });
              });
            }, Promise.resolve());
          });
        };
        return Promise.all([
          fetchInto("backcare-pages", kit.pages, { "X-Backcare-Copy": "offline" }),
          fetchInto("backcare-files", kit.files, {})
        ]);
      })
      .then(function () {
        write(KEY.kit, Date.now());
        if (full) {
          write(KEY.full, Date.now());
        }
      })
      .catch(function () { /* kept for the next page, online */ });
  }

  /* After the page has loaded and settled, so installing and keeping never slow the page itself. */
  function afterLoad() {
    return new Promise(function (resolve) {
      var settle = function () { setTimeout(resolve, 3000); };
      if (document.readyState === "complete") {
        settle();
      } else {
        window.addEventListener("load", settle);
      }
    });
  }

  if ("serviceWorker" in navigator && !framed && member) {
    Promise.all([ready, afterLoad()]).then(function () {
      return navigator.serviceWorker.register(base + "sw.js", { scope: base });
    }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(keepKit).then(function () {
      body.dataset.kitReady = "true";
    }).catch(function () { /* the browser refused a service worker: pages work online */ });
  }

  /* --- Forms sent through the queue ------------------------------------------------------ */

  function checked(form, selector) {
    return Array.prototype.map.call(form.querySelectorAll(selector), function (input) { return input.value; });
  }

  function rating(form, name) {
    var input = form.querySelector("input[name$=':" + name + "']:checked");
    return input ? Number(input.value) : null;
  }

  /* The urgency of the most urgent answer, from the table the server put in the form. */
  function triage(form, answers) {
    var table = form.querySelector("[data-urgency-table]");
    var row;
    if (table) {
      var risks = checked(form, ".risks input[type=checkbox]:checked").sort().join(",");
      row = JSON.parse(table.dataset.urgencyTable)[risks];
    } else {
      row = JSON.parse(form.querySelector("[data-urgencies]").dataset.urgencies);
    }
    var order = ["warning", "urgent", "emergency"];
    var level = -1;
    answers.forEach(function (answer) {
      level = Math.max(level, order.indexOf(row[answer] || ""));
    });
    return level < 0 ? null : order[level];
  }

  function careCard(level) {
    var template = document.getElementById("care-" + level);
    var card = template.content.firstElementChild.cloneNode(true);
    if (read(KEY.programme, false)) {
      var paused = document.createElement("p");
      paused.className = "care-card__paused";
      paused.textContent = texts.pausedNote;
      card.appendChild(paused);
    }
    return card;
  }

  function outcome(form, heading, text, link) {
    var panel = document.createElement("div");
    panel.className = "panel outcome outcome--done";
    panel.id = "offline-outcome";
    panel.setAttribute("role", "status");
    var h = document.createElement("h2");
    h.textContent = heading;
    var p = document.createElement("p");
    p.textContent = text;
    panel.append(h, p);
    if (link) {
      var a = document.createElement("a");
      a.className = "button";
      a.href = link.href;
      a.textContent = link.text;
      panel.appendChild(a);
    }
    form.replaceWith(panel);
    return panel;
  }

  /* The next move of a "stiff right now" routine, from this page's address (a kept copy has none). */
  function nextMove() {
    var rest = new URLSearchParams(location.search).get("next");
    if (!rest) {
      return null;
    }
    var ids = rest.split(",");
    return { href: base + "toolbox/try.xhtml?id=" + encodeURIComponent(ids[0])
      + (ids.length > 1 ? "&next=" + encodeURIComponent(ids.slice(1).join(",")) : ""), text: texts.next };
  }

  function requests(form) {
    var kind = form.dataset.offline;
    var answers = checked(form, ".signs input[type=checkbox]:checked");
    var now = new Date().toISOString();
    var items = [];
    if (form.querySelector(".risks") && form.querySelector("input[name$=':risksAsked']")) {
      items.push({ kind: "health", method: "PUT", path: "api/v1/me/health",
        body: { riskFactors: checked(form, ".risks input[type=checkbox]:checked") } });
    }
    if (kind === "try" || kind === "session") {
      var before = rating(form, "before");
      if (before === null) {
        return { error: texts.beforeRequired };
      }
      var after = answers.length === 0 ? rating(form, "after") : null;
      var done = form.querySelector("input[name$=':done']:checked");
      if (kind === "session" && !done && answers.length === 0) {
        // As online: nothing is assumed; the player answers this when it ends, the member otherwise.
        return { error: texts.doneRequired };
      }
      var completed = answers.length === 0 && (kind === "try" ? after !== null : done.value === "all");
      var request = { clientId: uuid(), before: before, after: after,
        completed: completed, redFlags: answers, performedAt: now };
      if (kind === "try") {
        request.exerciseId = form.querySelector("input[name=id]").value;
      }
      items.push({ kind: kind, method: "POST", path: kind === "try" ? "api/v1/me/tries" : "api/v1/me/sessions",
        body: request });
    } else if (kind === "check-in") {
      var value = rating(form, "rating");
      if (value === null) {
        return { error: texts.ratingRequired };
      }
      items.push({ kind: kind, method: "POST", path: "api/v1/me/check-ins",
        body: { clientId: uuid(), rating: value, redFlags: answers, answeredAt: now } });
    } else if (answers.length > 0) {
      items.push({ kind: "report", method: "POST", path: "api/v1/me/back-reports",
        body: { clientId: uuid(), signs: answers } });
    }
    return { items: items, level: triage(form, answers), kind: kind };
  }

  function submitOffline(form) {
    var built = requests(form);
    if (built.error) {
      var messages = form.querySelector(".offline-error") || document.createElement("p");
      messages.className = "messages offline-error";
      messages.setAttribute("role", "alert");
      messages.textContent = built.error;
      form.querySelector("[type=submit]").before(messages);
      return;
    }
    var all = queue().concat(built.items.map(function (item) {
      item.key = uuid();
      item.member = member;
      item.at = new Date().toISOString();
      return item;
    }));
    write(KEY.queue, all);
    var saved = built.kind === "session" ? texts.savedSession : texts.saved;
    var panel = outcome(form, texts.savedHeading, built.items.length ? saved : texts.nothingToSend,
      built.level ? null : nextMove());
    if (built.level) {
      write(KEY.paused, true);
      var card = careCard(built.level);
      panel.before(card);
      card.querySelector("h2").setAttribute("tabindex", "-1");
      card.querySelector("h2").focus();
    } else {
      panel.querySelector("h2").setAttribute("tabindex", "-1");
      panel.querySelector("h2").focus();
    }
    show();
    sync();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!member || !offline() || form.id === "account" || form.method !== "post") {
      return;
    }
    event.preventDefault();
    if (form.dataset.offline) {
      submitOffline(form);
    } else {
      // Anything else is a Faces postback, which needs backcare itself: say so, send nothing.
      results = [texts.needsNetwork];
      show();
    }
  }, true);

  /* A kept session page while the programme is paused on this device: no session until confirmed. */
  function holdSession() {
    var form = document.querySelector("form[data-offline=session]");
    if (form && read(KEY.paused, false) && member) {
      var notice = document.createElement("div");
      notice.className = "panel";
      notice.id = "paused-on-device";
      notice.setAttribute("role", "status");
      notice.textContent = texts.paused;
      form.replaceWith(notice);
    }
  }

  /* --- Sending the queue ------------------------------------------------------------------ */

  function problem(response) {
    return response.json().catch(function () { return {}; });
  }

  function send(item, csrf) {
    return fetch(base + item.path + "?locale=" + encodeURIComponent(lang), {
      method: item.method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(item.body)
    });
  }

  function sync() {
    if (syncing || !navigator.onLine || !member || queue().length === 0) {
      return Promise.resolve();
    }
    syncing = true;
    results = [];
    var sent = 0;
    return fetch(base + "api/v1/me", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (response.status === 401) {
          results.push(texts.signIn);
          return null;
        }
        if (response.status === 403) {
          return problem(response).then(function (p) {
            if (/not-eligible$/.test(p.type || "")) {
              return clearDevice().then(function () { return null; });
            }
            return null;
          });
        }
        return response.ok ? response.json() : null;
      })
      .then(function (me) {
        if (!me || !me.csrfToken) {
          return null;
        }
        var next = function () {
          var item = queue()[0];
          if (!item) {
            return null;
          }
          return send(item, me.csrfToken).then(function (response) {
            if (response.status === 401 || response.status === 429 || response.status >= 500) {
              return null;
            }
            return (response.headers.get("Content-Type") || "").indexOf("json") >= 0
              ? problem(response).then(function (answer) { return { response: response, answer: answer }; })
              : { response: response, answer: {} };
          }).then(function (answered) {
            if (!answered) {
              return null;
            }
            var answer = answered.answer;
            if (answered.response.status === 403 && /not-eligible$/.test(answer.type || "")) {
              return clearDevice().then(function () { return null; });
            }
            write(KEY.queue, read(KEY.queue, []).filter(function (q) { return q.key !== item.key; }));
            if (answered.response.ok) {
              sent += item.kind === "health" ? 0 : 1;
              var decision = answer.decision;
              if (decision && decision.reason) {
                results.push(decision.reason);
              }
            } else if (answer.detail) {
              results.push(texts.refused.replace("{0}", answer.detail));
            }
            return next();
          });
        };
        return next();
      })
      .catch(function () { /* the network went again: the queue is kept */ })
      .then(function () {
        syncing = false;
        if (sent > 0) {
          results.unshift(texts.sent.replace("{0}", sent));
        }
        if (queue().length === 0) {
          // The server has every report now: its pages show the real pause, if there is one.
          store.removeItem(KEY.paused);
        }
        body.dataset.queue = String(queue().length);
        show();
      });
  }

  /* --- Signing out and "Your data" -------------------------------------------------------- */

  var account = document.getElementById("account");
  if (account) {
    account.addEventListener("submit", function (event) {
      if (account.dataset.cleared === "true") {
        return;
      }
      event.preventDefault();
      var button = event.submitter;
      var finish = function () {
        account.dataset.cleared = "true";
        account.requestSubmit(button);
      };
      Promise.race([sync(), new Promise(function (resolve) { setTimeout(resolve, 5000); })])
        .then(clearDevice, clearDevice).then(finish, finish);
    });
  }

  var forget = document.getElementById("device-forget");
  if (forget) {
    forget.hidden = false;
    forget.addEventListener("click", function () {
      clearDevice().then(function () {
        var done = document.getElementById("device-forgotten");
        done.hidden = false;
        done.focus();
      });
    });
  }

  window.addEventListener("online", function () { show(); sync(); });
  window.addEventListener("offline", show);
  ready.then(function () {
    holdSession();
    show();
    body.dataset.queue = String(queue().length);
    return sync();
  });
})();
