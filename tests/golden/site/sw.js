/* Chronicle service worker (generated). Scope: the folder holding this file. */
"use strict";
var VERSION = "6fd6330574e9d51e";
var SHELL = ["./","404.html","index.html","offline/summary.json","search.html","static/favicon.svg","static/offline.js","static/search-box.js","static/search-core.js","static/search-offline.js","static/search-pagefind.js","static/search.js","static/style.css"];
var CACHE = "chronicle:" + self.registration.scope;
var HASHED = /\/pagefind\/(fragment|index|filter)\/|\.pf_meta$/;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // One file failing (a build without search, say) must not stop the rest.
    return Promise.all(SHELL.map(function (path) {
      var url = new URL(path, self.registration.scope).href;
      return fetch(url, { cache: "no-cache" }).then(function (response) {
        if (response.ok) return cache.put(url, response);
      }).catch(function () {});
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

function fromCache(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      if (hit) return hit;
      if (request.mode === "navigate") {
        var home = new URL("index.html", self.registration.scope).href;
        // styled by the site's stylesheet, which the install step cached with the shell
        var style = new URL("static/style.css", self.registration.scope).href;
        return new Response("<!DOCTYPE html><html lang=en><meta charset=utf-8>" +
          "<meta name=viewport content='width=device-width, initial-scale=1'><meta name=color-scheme content='light dark'>" +
          "<link rel=stylesheet href='" + style + "'><title>Offline</title><main class=offline-page>" +
          "<h1>You are offline</h1><p class=lede>This page was not saved for offline reading.</p><p>" +
          "<a href='" + home + "'>Go to the home page</a>, or press \u201cKeep this archive offline\u201d " +
          "at the foot of any page next time you are online.</p></main>", { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
      }
      return Response.error();
    });
  });
}

function remember(request, response) {
  if (response && response.ok && response.type === "basic") {
    var copy = response.clone();
    caches.open(CACHE).then(function (cache) { cache.put(request.url.split("?")[0], copy); });
  }
  return response;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  if (HASHED.test(new URL(request.url).pathname)) {
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(request, { ignoreSearch: true }).then(function (hit) {
        return hit || fetch(request).then(function (r) { return remember(request, r); });
      });
    }));
    return;
  }
  event.respondWith(fetch(request).then(function (r) { return remember(request, r); })
    .catch(function () { return fromCache(request); }));
});
