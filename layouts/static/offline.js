// Offline reading over HTTP(S): registers the service worker (sw.js at the site root, so its
// scope is the site's base path) and drives the "Keep offline" buttons: the whole archive, or
// the part the page belongs to (a topic or a year). A page view reads only offline/summary.json
// (a few dozen bytes) to label the buttons; a part's file list is fetched when its button is
// pressed. Saving shows its progress and can be resumed: pressed again after files failed, or by
// itself on the next page view after the reader left mid-save, it skips what it already saved for
// the same build. Once a part is kept, its button says so on every page view (update / remove).
// On file:// (no service workers) it does nothing: the site already works from disk.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol) || !window.caches) return;
  // the site's root is where static/ is: this script's src is <root>static/offline.js?v=...
  var scope = new URL(script.getAttribute("src").replace(/static\/[^\/]*$/, "") || "./", location.href).href;
  var cacheName = "chronicle:" + scope;
  var store = "chronicle-offline:" + scope;
  var box, status, bar, buttons, kept;

  navigator.serviceWorker.register(new URL("sw.js", scope).href, { scope: scope }).catch(function () {});

  function size(bytes) {
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024)) + " KB";
    return (bytes / 1024 / 1024).toFixed(1) + " MB";
  }

  // What was kept, by part: {parts: {all | topic-x | year-n: {s: status, v: build version}}}.
  // status: "saving" (under way, or cut short by leaving the page), "partial" (ended with files
  // that could not be fetched) or "done". A kept part stays kept across builds (update offers
  // the new build); resuming skips only files saved from the same build.
  function saved() {
    var state;
    try { state = JSON.parse(localStorage.getItem(store)) || {}; } catch (e) { state = {}; }
    var parts = state.parts || {};
    Object.keys(parts).forEach(function (part) {   // the older form: {version, parts: {part: status}}
      if (typeof parts[part] === "string") parts[part] = { s: parts[part] === "done" ? "done" : "partial", v: state.version };
    });
    return { parts: parts };
  }

  function remember(state) {
    try { localStorage.setItem(store, JSON.stringify(state)); } catch (e) { /* private mode: no resuming */ }
  }

  function setPart(part, status, version) {
    var state = saved();
    if (status) state.parts[part] = { s: status, v: version }; else delete state.parts[part];
    remember(state);
  }

  // The buttons are made here rather than sent hidden in every page (400 bytes a page).
  function element(tag, attributes, parent) {
    var e = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { e.setAttribute(name, attributes[name]); });
    parent.appendChild(e);
    return e;
  }

  // "<what> · update / remove": what a kept part's button gives way to.
  function keptLine(id, prefix, text, line) {
    var span = element("span", { id: id, hidden: "" }, line);
    element("span", { class: "saved" }, span).textContent = text;
    span.appendChild(document.createTextNode(" · "));
    element("button", { type: "button", id: prefix + "update", class: "link", "data-do": "update" }, span).textContent = "update";
    span.appendChild(document.createTextNode(" / "));
    element("button", { type: "button", id: prefix + "remove", class: "link", "data-do": "remove" }, span).textContent = "remove";
    return span;
  }

  // A secondary action at the foot of the page (in the footer when there is one), never a big
  // primary button: reading needs none of it. The whole archive's button, and the part's (its
  // topic or its year) when the page belongs to one; each gives way, once kept, to what was kept.
  function makeBox() {
    box = document.createElement("div");
    box.className = "offline-keep";
    box.id = "offline-keep";
    var line = element("p", {}, box);
    // a year's part is named by its year alone: only a topic's page says its label (issue 13)
    var part = script.getAttribute("data-part");
    var label = script.getAttribute("data-label") || (part || "").replace(/^year-/, "");
    buttons = [element("button", { type: "button", id: "offline-keep-button", "data-part": "all" }, line)];
    if (part) buttons.push(element("button", { type: "button", id: "offline-keep-part", "data-part": part, "data-label": label }, line));
    kept = { all: keptLine("offline-kept", "offline-", "Saved for offline reading", line) };
    if (part) kept[part] = keptLine("offline-part-kept", "offline-part-", "Saved offline: " + label, line);
    bar = element("progress", { id: "offline-keep-progress", hidden: "" }, line);
    status = element("span", { id: "offline-keep-status", class: "meta", role: "status", "aria-live": "polite" }, line);
    var footer = document.querySelector(".site-footer .wrap");
    if (footer) footer.appendChild(box); else script.parentNode.insertBefore(box, script);
  }

  // Each button, or what was kept in its place: the whole archive kept holds every part, so the
  // part's button goes too.
  function show(summary) {
    var parts = saved().parts, whole = parts.all && parts.all.s === "done";
    buttons.forEach(function (button) {
      var part = button.getAttribute("data-part"), done = whole || (parts[part] && parts[part].s === "done");
      var resumable = parts[part] && parts[part].s !== "done" && parts[part].v === summary.version;
      button.hidden = !!done;
      kept[part].hidden = !done || (whole && part !== "all");
      button.textContent = (resumable ? "Resume keeping " : "Keep ") + (part === "all" ? "this archive" : "only " + name(part)) + " offline"
        + (part === "all" ? " (" + summary.files + " files, " + size(summary.bytes) + ")" : "");
    });
  }

  function name(part) {
    return part === "all" ? "this archive" : buttons[1].getAttribute("data-label");
  }

  fetch(new URL("offline/summary.json", scope).href).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.json();
  }).then(function (summary) {
    makeBox();
    buttons.forEach(function (button) {
      var part = button.getAttribute("data-part");
      button.addEventListener("click", function () { keep(part, summary); });
      kept[part].querySelector("[data-do=update]").addEventListener("click", function () { keep(part, summary, true); });
      kept[part].querySelector("[data-do=remove]").addEventListener("click", function () { remove(part, summary); });
    });
    show(summary);
    resumeInterrupted(summary);
  }).catch(function () { /* no summary (dev server, offline): no buttons */ });

  // One save at a time for the site, across its tabs (the Web Locks API, where there is one):
  // a save waits for the one under way.
  function exclusive(task) {
    if (!navigator.locks) return task();
    return navigator.locks.request(store, function () { return task(); });
  }

  // A save cut short by leaving the page (still "saving", and no tab is at it) goes on by
  // itself on the next page view that offers its part, fetching only what it had not saved.
  // It waits for the lock rather than giving up when it is taken: the page just left may not
  // have let it go yet. Once it has the lock, the state says whether a save is still owed (a
  // tab that was saving and finished has marked its part done).
  function interrupted(part, summary) {
    var rec = saved().parts[part];
    return !!rec && rec.s === "saving" && rec.v === summary.version;
  }

  function resumeInterrupted(summary) {
    buttons.forEach(function (button) {
      var part = button.getAttribute("data-part");
      // without Web Locks two tabs could not agree which of them goes on: none does
      if (!navigator.locks || !interrupted(part, summary) || button.hidden || navigator.onLine === false) return;
      exclusive(function () { return interrupted(part, summary) && run(part, summary, false); }).catch(function () {});
    });
  }

  function keep(part, summary, refresh) {
    return exclusive(function () { return run(part, summary, refresh); });
  }

  async function run(part, summary, refresh) {
    buttons.forEach(function (b) { b.disabled = true; });
    try {
      await save(part, summary, refresh);
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

  // `task` on every item, `n` at a time.
  async function pool(items, n, task) {
    var queue = items.slice();
    async function worker() { while (queue.length) await task(queue.shift()); }
    var workers = [];
    for (var i = 0; i < n; i++) workers.push(worker());
    await Promise.all(workers);
  }

  // The articles a page's main element links to (paths from the root; `affix`: the prefix and
  // suffix of an article's path). chronicle/outputs/offlineparts.linked_articles is the same.
  function articleLinks(text, url, affix) {
    var found = [], doc = new DOMParser().parseFromString(text, "text/html"), root = new URL(affix[0], scope).href;
    doc.querySelectorAll("main a[href]").forEach(function (a) {
      var target = new URL(a.getAttribute("href"), url);
      target.hash = "";
      var path = target.href.slice(root.length);
      if (target.href.startsWith(root) && path.endsWith(affix[1]) && path.indexOf("/") < 0) found.push(affix[0] + path);
    });
    return found;
  }

  // The articles the pages at `paths` link to, sorted. The pages are read from the cache when
  // `cached` (what a kept part saved; removing), else fetched and put in `cache` (keeping);
  // `got` gets the URLs fetched, so keeping does not fetch them twice (and says how far it is:
  // the whole archive's are a thousand pages at 100,000 articles).
  async function linkedArticles(paths, affix, cache, cached, got) {
    var articles = new Set(), read = 0;
    await pool(paths, 6, async function (path) {
      var url = new URL(path, scope).href, r = cached && await cache.match(url);
      if (!r) {
        r = await fetch(url, { cache: "no-cache" });
        if (!r.ok) throw new Error(r.status);
        if (got) { await cache.put(url, r.clone()); got.add(url); }
      }
      articleLinks(await r.text(), url, affix).forEach(function (a) { articles.add(a); });
      if (got && ++read % 10 === 0) status.textContent = "Getting the list of files: " + read + " of " + paths.length + " pages read…";
    });
    return Array.from(articles).sort();
  }

  // The whole archive's list, or a part's: the shell's files (listed once for every part), the
  // part's own files, then its articles, which neither list names: those the part's own pages
  // link to (a year's months, a topic's pages), or for the whole archive the timeline's pages
  // (chronicle/outputs/offlineparts.py, serviceworker.py).
  async function fileList(part, cache, cached, got) {
    var html = function (f) { return /\.html$/.test(f); };
    if (part === "all") {
      var all = await getJSON("offline/manifest.json");
      var listings = all.files.filter(function (f) { return html(f) && f.indexOf(all.articlesFrom) === 0; });
      return all.files.concat(await linkedArticles(listings, all.articlePath, cache, cached, got));
    }
    var lists = await Promise.all([getJSON("offline/parts/shell.json"), getJSON("offline/parts/" + part + ".json")]);
    var own = lists[1];
    return lists[0].files.concat(own.files, await linkedArticles(own.files.filter(html), own.articlePath, cache, cached, got));
  }

  // Removing the whole archive empties the site's cache but for the site's own assets (static/:
  // the stylesheet the service worker's "not saved" page is drawn with, the scripts), which the
  // worker installed and would otherwise keep again only when a page fetched them through it;
  // removing a part deletes its files but those another kept part also holds.
  async function remove(part, summary) {
    try {
      var others = Object.keys(saved().parts).filter(function (p) { return p !== part && p !== "all"; });
      if (part === "all") {
        var all = await caches.open(cacheName), assets = new URL("static/", scope).href;
        await Promise.all((await all.keys()).filter(function (r) { return !r.url.startsWith(assets); })
          .map(function (r) { return all.delete(r); }));
        others = [];
      } else {
        var keepers = new Set(), cache = await caches.open(cacheName);
        var lists = await Promise.all(others.map(function (p) { return fileList(p, cache, true); }));
        lists.forEach(function (list) { list.forEach(function (f) { keepers.add(f); }); });
        await Promise.all((await fileList(part, cache, true)).filter(function (f) { return !keepers.has(f); })
          .map(function (f) { return cache.delete(new URL(f, scope).href); }));
      }
      var state = saved();
      delete state.parts[part];
      if (part === "all") state.parts = {};
      remember(state);
      show(summary);
      status.textContent = "Removed the offline copy of " + name(part) + "; pages you open are kept again as you read them.";
    } catch (err) {
      status.textContent = "Could not remove the offline copy (" + err.message + ").";
    }
  }

  async function save(part, summary, refresh) {
    status.textContent = "Getting the list of files…";
    var before = saved().parts[part];
    // resuming: what an interrupted save of this build put in the cache is not fetched again
    var resuming = !refresh && !!before && before.s !== "done" && before.v === summary.version;
    var cache = await caches.open(cacheName), got = new Set();
    var files = await fileList(part, cache, resuming, got);
    setPart(part, "saving", summary.version);
    var done = 0, failed = 0, skipped = 0, bytes = 0, queue = files.slice();
    bar.max = files.length;
    bar.value = 0;
    bar.hidden = false;
    status.textContent = (resuming ? "Resuming: keeping " : "Keeping ") + name(part) + " offline…";
    async function worker() {
      while (queue.length) {
        var url = new URL(queue.shift(), scope).href;
        try {
          if (got.has(url)) {
            // the part's own page, kept while its articles were listed
          } else if (resuming && await cache.match(url)) {
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
    setPart(part, failed ? "partial" : "done", summary.version);
    bar.hidden = true;
    status.textContent = failed
      ? "Saved " + (done - failed) + " of " + files.length + " files; " + failed + " could not be fetched. Press the button again when online to resume."
      : "Kept offline: " + name(part) + ", " + files.length + " files" + (skipped ? " (" + skipped + " already saved)" : "") + ".";
    box.setAttribute("data-kept", failed ? "partial" : "yes");
    box.setAttribute("data-skipped", String(skipped));
    show(summary);
  }
})();
