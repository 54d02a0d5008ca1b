// Offline reading over HTTP(S): registers the service worker (sw.js at the site root, so its
// scope is the site's base path) and drives the "Keep offline" buttons: the whole archive, or
// the part the page belongs to (a topic or a year). A page view reads only offline/summary.json
// (a few dozen bytes) to label the buttons; a part's file list is fetched when its button is
// pressed. Saving shows its progress and can be resumed: pressed again after an interruption,
// it skips what it already saved for the same build.
// On file:// (no service workers) it does nothing: the site already works from disk.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol) || !window.caches) return;
  var scope = new URL(script.getAttribute("data-root") || "./", location.href).href;
  var cacheName = "chronicle:" + scope;
  var store = "chronicle-offline:" + scope;
  var box, status, bar, buttons, keptLine;

  navigator.serviceWorker.register(new URL("sw.js", scope).href, { scope: scope }).catch(function () {});

  function size(bytes) {
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024)) + " KB";
    return (bytes / 1024 / 1024).toFixed(1) + " MB";
  }

  function saved() {
    try { return JSON.parse(localStorage.getItem(store)) || {}; } catch (e) { return {}; }
  }

  function remember(state) {
    try { localStorage.setItem(store, JSON.stringify(state)); } catch (e) { /* private mode: no resuming */ }
  }

  // The buttons are made here rather than sent hidden in every page (400 bytes a page).
  function element(tag, attributes, parent) {
    var e = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { e.setAttribute(name, attributes[name]); });
    parent.appendChild(e);
    return e;
  }

  // A secondary action at the foot of the page (in the footer when there is one), never a big
  // primary button: reading needs none of it.
  function makeBox() {
    box = document.createElement("div");
    box.className = "offline-keep";
    box.id = "offline-keep";
    var line = element("p", {}, box);
    buttons = [element("button", { type: "button", id: "offline-keep-button", "data-part": "all" }, line)];
    if (script.getAttribute("data-part")) {
      buttons.push(element("button", { type: "button", id: "offline-keep-part", "data-part": script.getAttribute("data-part"),
                                       "data-label": script.getAttribute("data-label") }, line));
    }
    // once the archive is kept: what it is, and the two things left to do with it
    keptLine = element("span", { id: "offline-kept", hidden: "" }, line);
    element("span", { class: "saved" }, keptLine).textContent = "Saved for offline reading";
    keptLine.appendChild(document.createTextNode(" · "));
    element("button", { type: "button", id: "offline-update", class: "link" }, keptLine).textContent = "update";
    keptLine.appendChild(document.createTextNode(" / "));
    element("button", { type: "button", id: "offline-remove", class: "link" }, keptLine).textContent = "remove";
    bar = element("progress", { id: "offline-keep-progress", hidden: "" }, line);
    status = element("span", { id: "offline-keep-status", class: "meta", role: "status", "aria-live": "polite" }, line);
    var footer = document.querySelector(".site-footer .wrap");
    if (footer) footer.appendChild(box); else script.parentNode.insertBefore(box, script);
  }

  // Kept whole: the keep buttons give way to "Saved for offline reading · update / remove".
  function showKept(kept) {
    keptLine.hidden = !kept;
    buttons.forEach(function (b) { b.hidden = kept; });
  }

  async function remove() {
    await caches.delete(cacheName);
    remember({});
    showKept(false);
    status.textContent = "Removed the offline copy; pages you open are kept again as you read them.";
  }

  fetch(new URL("offline/summary.json", scope).href).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.json();
  }).then(function (summary) {
    makeBox();
    var state = saved();
    buttons.forEach(function (button) {
      var part = button.getAttribute("data-part");
      var name = part === "all" ? "this archive" : button.getAttribute("data-label");
      var resumable = state.version === summary.version && state.parts && state.parts[part] === "partial";
      button.textContent = (resumable ? "Resume keeping " : "Keep ") + (part === "all" ? name : "only " + name) + " offline"
        + (part === "all" ? " (" + summary.files + " files, " + size(summary.bytes) + ")" : "");
      button.addEventListener("click", function () { keep(part, name, summary); });
    });
    document.getElementById("offline-update").addEventListener("click", function () { keep("all", "this archive", summary, true); });
    document.getElementById("offline-remove").addEventListener("click", function () { remove().catch(function () {}); });
    showKept(!!(state.parts && state.parts.all === "done"));
  }).catch(function () { /* no summary (dev server, offline): no buttons */ });

  async function keep(part, name, summary, refresh) {
    buttons.forEach(function (b) { b.disabled = true; });
    try {
      await save(part, name, summary, refresh);
    } catch (err) {
      status.textContent = "Could not get the list of files to keep (" + err.message + "). Try again when online.";
    }
    buttons.forEach(function (b) { b.disabled = false; });
  }

  async function getJSON(path) {
    var response = await fetch(new URL(path, scope).href, { cache: "no-cache" });
    if (!response.ok) throw new Error(response.status);
    return response.json();
  }

  // The whole archive's list, or a part's: the shell's files (listed once for every part), the
  // part's own files and its articles, listed by slug (chronicle/outputs/offlineparts.py).
  async function fileList(part) {
    if (part === "all") return (await getJSON("offline/manifest.json")).files;
    var lists = await Promise.all([getJSON("offline/parts/shell.json"), getJSON("offline/parts/" + part + ".json")]);
    var own = lists[1], affix = own.articlePath;
    return lists[0].files.concat(own.files, own.articles.map(function (slug) { return affix[0] + slug + affix[1]; }));
  }

  async function save(part, name, summary, refresh) {
    status.textContent = "Getting the list of files…";
    var files = await fileList(part);
    var state = saved();
    if (state.version !== summary.version || !state.parts) state = { version: summary.version, parts: {} };
    // resuming: what an interrupted save of this build put in the cache is not fetched again
    var resuming = !refresh && state.parts[part] === "partial";
    state.parts[part] = "partial";
    remember(state);
    var cache = await caches.open(cacheName);
    var done = 0, failed = 0, skipped = 0, bytes = 0, queue = files.slice();
    bar.max = files.length;
    bar.value = 0;
    bar.hidden = false;
    async function worker() {
      while (queue.length) {
        var url = new URL(queue.shift(), scope).href;
        try {
          if (resuming && await cache.match(url)) {
            skipped++;
          } else {
            var r = await fetch(url, { cache: "no-cache" });
            if (!r.ok) throw new Error(r.status);
            bytes += Number(r.headers.get("Content-Length")) || 0;
            await cache.put(url, r);
          }
        } catch (err) { failed++; }
        done++;
        bar.value = done;
        if (done % 10 === 0 || done === files.length) {
          status.textContent = "Saved " + done + " of " + files.length + " files (" + size(bytes) + ")…";
        }
      }
    }
    await Promise.all([worker(), worker(), worker(), worker(), worker(), worker()]);
    state = saved();
    if (state.version === summary.version && state.parts) {
      state.parts[part] = failed ? "partial" : "done";
      remember(state);
    }
    bar.hidden = true;
    status.textContent = failed
      ? "Saved " + (done - failed) + " of " + files.length + " files; " + failed + " could not be fetched. Press the button again when online to resume."
      : "Kept offline: " + (part === "all" ? "this archive" : name) + ", " + files.length + " files"
        + (skipped ? " (" + skipped + " already saved)" : "") + ".";
    box.setAttribute("data-kept", failed ? "partial" : "yes");
    if (part === "all" && !failed) showKept(true);
    box.setAttribute("data-skipped", String(skipped));
  }
})();
