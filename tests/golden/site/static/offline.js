// Offline reading over HTTP(S): registers the service worker (sw.js at the site root, so its
// scope is the site's base path) and drives the "Keep this archive offline" button, which
// shows the archive's size first and then saves every page into the service worker's cache.
// On file:// (no service workers) it does nothing: the site already works from disk.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol) || !window.caches) return;
  var scope = new URL(script.getAttribute("data-root") || "./", location.href).href;
  var cacheName = "chronicle:" + scope;
  var box = document.getElementById("offline-keep");
  var button = document.getElementById("offline-keep-button");
  var status = document.getElementById("offline-keep-status");

  navigator.serviceWorker.register(new URL("sw.js", scope).href, { scope: scope }).catch(function () {});

  function size(bytes) {
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024)) + " KB";
    return (bytes / 1024 / 1024).toFixed(1) + " MB";
  }

  if (!box || !button) return;
  fetch(new URL("offline/manifest.json", scope).href).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.json();
  }).then(function (manifest) {
    button.textContent = "Keep this archive offline (" + manifest.files.length + " files, " + size(manifest.bytes) + ")";
    box.hidden = false;
    button.addEventListener("click", function () { keep(manifest); });
  }).catch(function () { /* no manifest (dev server, offline): no button */ });

  async function keep(manifest) {
    button.disabled = true;
    var cache = await caches.open(cacheName);
    var done = 0, failed = 0, queue = manifest.files.slice();
    async function worker() {
      while (queue.length) {
        var url = new URL(queue.shift(), scope).href;
        try {
          var response = await fetch(url, { cache: "no-cache" });
          if (!response.ok) throw new Error(response.status);
          await cache.put(url, response);
        } catch (err) { failed++; }
        done++;
        if (done % 20 === 0 || done === manifest.files.length) {
          status.textContent = "Saved " + done + " of " + manifest.files.length + " files…";
        }
      }
    }
    await Promise.all([worker(), worker(), worker(), worker(), worker(), worker()]);
    status.textContent = failed
      ? "Saved " + (done - failed) + " of " + manifest.files.length + " files; " + failed + " could not be fetched. Try again when online."
      : "This archive is kept offline: " + done + " files, " + size(manifest.bytes) + ".";
    box.setAttribute("data-kept", failed ? "partial" : "yes");
    button.disabled = false;
  }
})();
