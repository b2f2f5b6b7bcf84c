/*
 * backcare's service worker: the member's pages and their drawings stay usable without a network.
 *
 * Built on Workbox's routing and strategies, which the Maven build copies into the WAR from npm
 * (resources/workbox), so nothing is fetched from anywhere else at run time. It only serves: the
 * page scripts (app.js) decide what to keep (the member's offline kit) and clear it all at sign-out.
 *
 * - Pages: the network first, so a member online always gets the live page; a copy of every page
 *   that answered 200 is kept for when the network is gone (or backcare cannot be reached within a
 *   few seconds). A copy served from the cache is marked on its body (data-offline-copy), so
 *   app.js sends its forms through the JSON API queue and never as a Faces postback, whose view
 *   state would be stale. A try page kept without the "next" parameter stands in for the same move
 *   with one, so a "stiff right now" routine runs move after move offline. With no copy at all, the
 *   kept "not saved on this device" page answers.
 * - Scripts, styles, drawings and the employer's colours: the cached copy at once, refreshed in the
 *   background.
 * - Everything else (the JSON API, sign-on, exports, reports) goes to the network untouched and is
 *   never stored.
 */
/* global importScripts, workbox */
importScripts("resources/workbox/workbox-sw/build/workbox-sw.js");
workbox.setConfig({
  debug: false,
  modulePathCb: function (name) {
    return "resources/workbox/" + name + "/build/" + name + ".prod.js";
  }
});

var BASE = new URL(self.registration.scope).pathname;
var PAGES = "backcare-pages";
/*
 * Paths whose pages are about signing in or out, or never belong on a device. The summary for a
 * clinician is sent no-store and audited at each opening, like the export of the member's data: a
 * kept copy would skip both.
 */
var NEVER = new RegExp("^" + BASE + "(launch|sso/|scim/|api/|calendar/|error|reports/|privacy/deleted|programs/summary)");
var NOT_KEPT = BASE + "offline.xhtml";

self.addEventListener("install", function () {
  self.skipWaiting();
});
self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

/* Marks a kept copy so the page knows it did not come from backcare just now. */
function marked(response) {
  return response.text().then(function (html) {
    var headers = new Headers(response.headers);
    headers.delete("Content-Length");
    return new Response(html.replace(/<body([\s>])/, '<body data-offline-copy="true"$1'), {
      status: response.status,
      statusText: response.statusText,
      headers: headers
    });
  });
}

/* The kept copy for a page: the page itself, else a try page without its "next" parameter. */
function keptCopy(request) {
  return caches.open(PAGES).then(function (cache) {
    return cache.match(request).then(function (hit) {
      if (hit) {
        return hit;
      }
      var url = new URL(request.url);
      if (url.pathname === BASE + "toolbox/try.xhtml" && url.searchParams.has("id")) {
        return cache.match(BASE + "toolbox/try.xhtml?id=" + encodeURIComponent(url.searchParams.get("id")));
      }
      return undefined;
    }).then(function (hit) {
      return hit || cache.match(NOT_KEPT);
    });
  });
}

var pages = new workbox.strategies.NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: 6,
  plugins: [
    {
      cacheWillUpdate: function (context) {
        return context.response && context.response.status === 200 ? context.response : null;
      },
      cachedResponseWillBeUsed: function (context) {
        return context.cachedResponse ? marked(context.cachedResponse) : null;
      }
    }
  ]
});

workbox.routing.registerRoute(
  function (context) {
    return context.request.mode === "navigate" && context.sameOrigin
      && context.url.pathname.indexOf(BASE) === 0 && !NEVER.test(context.url.pathname);
  },
  function (context) {
    return pages.handle(context).catch(function () {
      return keptCopy(context.request).then(function (copy) {
        return copy ? marked(copy) : Response.error();
      });
    });
  }
);

/*
 * Files: whatever a cache holds (the kit's drawings included) at once, refreshed in the background;
 * a miss goes to the network. Scripts, styles and the employer's colours are kept as they pass;
 * drawings only as the kit stores them, so which moves a member keeps is not left behind by a page
 * a visitor opens after them.
 */
var STATIC = "backcare-static";
workbox.routing.registerRoute(
  function (context) {
    var path = context.url.pathname;
    return context.sameOrigin && context.request.method === "GET"
      && (path.indexOf(BASE + "resources/") === 0 || path === BASE + "brand.css" || path === BASE + "app-icon.svg");
  },
  function (context) {
    var request = context.request;
    var keep = context.url.pathname.indexOf(BASE + "resources/exercises/") !== 0;
    var fresh = fetch(request).then(function (response) {
      if (keep && response.ok) {
        var copy = response.clone();
        caches.open(STATIC).then(function (cache) { return cache.put(request, copy); });
      }
      return response;
    });
    return caches.match(request).then(function (hit) {
      if (hit) {
        context.event.waitUntil(fresh.catch(function () { return null; }));
        return hit;
      }
      return fresh;
    });
  }
);
