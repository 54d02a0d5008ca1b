// The search page: results as you type (debounced), filters by topic, source and year, sort by
// relevance or date, "Show more", arrow keys through the results (Enter opens one), and the
// newest articles while the query is empty. Engines and their choice: search-core.js.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  // filter name -> <select> id; a new filter (a story thread, say) is one more entry and <select>
  var selects = { topic: "f-topic", source: "f-source", year: "f-year", thread: "f-thread" };
  if (!document.getElementById("f-thread")) delete selects.thread;   // a site without threads
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];
  var PAGE = 20, FIRST = 5, DEBOUNCE_MS = 120;
  var core = window.ChronicleSearchCore(root);
  var runId = 0, timer = 0, current = null;

  // The query and filters in the address; what the reader typed before this ran is kept.
  function params() {
    var p = new URLSearchParams(window.location.search);
    if (p.has("q")) input.value = p.get("q");
    Object.keys(selects).forEach(function (k) {
      if (!p.has(k)) return;
      var select = document.getElementById(selects[k]), value = p.get(k);
      // a value the menu does not list (the Story menu lists the busiest stories only)
      if (!Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.add(new Option(value, value));
      }
      select.value = value;
    });
    if (p.has("sort")) document.getElementById("f-sort").value = p.get("sort");
  }

  function filters() {
    var f = {};
    Object.keys(selects).forEach(function (k) {
      var v = document.getElementById(selects[k]).value;
      if (v) f[k] = v;
    });
    return f;
  }

  function byDate() { return document.getElementById("f-sort").value === "date"; }

  function remember() {
    var p = new URLSearchParams();
    if (input.value.trim()) p.set("q", input.value.trim());
    Object.keys(selects).forEach(function (k) { var v = document.getElementById(selects[k]).value; if (v) p.set(k, v); });
    if (byDate()) p.set("sort", "date");
    try { history.replaceState(null, "", "?" + p.toString()); } catch (err) { /* some file:// setups refuse */ }
  }

  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? (+m[3]) + " " + MONTHS[+m[2] - 1] + " " + m[1] : "";
  }

  function item(r) {
    var li = document.createElement("li");
    var h = document.createElement("h3");
    var a = document.createElement("a");
    // an Arabic or Hebrew title on a left-to-right site (or the reverse) reads in its own direction
    h.dir = "auto";
    a.href = r.url;
    a.textContent = r.title || r.url;
    h.appendChild(a);
    li.appendChild(h);
    if (r.date || r.source) {
      var m = document.createElement("p");
      m.className = "meta";
      if (r.date) {
        var t = document.createElement("time");
        t.setAttribute("datetime", r.date);
        t.textContent = formatDate(r.date);
        m.appendChild(t);
      }
      if (r.source) {
        var s = document.createElement("span");
        s.className = "source";
        s.textContent = r.source;
        m.appendChild(s);
      }
      li.appendChild(m);
    }
    var p = document.createElement("p");
    p.className = "summary";
    p.dir = "auto";
    r.excerpt.forEach(function (part) {
      if (part[1]) { var mark = document.createElement("mark"); mark.textContent = part[0]; p.appendChild(mark); }
      else p.appendChild(document.createTextNode(part[0]));
    });
    li.appendChild(p);
    return li;
  }

  function counted(found, recent) {
    var shown = list.children.length;
    if (recent) return "Recent articles";
    if (found.total === 0) return "No results.";
    return found.total + (found.total === 1 ? " result" : " results") + (found.total > shown ? " (showing " + shown + ")" : "");
  }

  // The next PAGE results. When there are more than a page of them (a large archive, where
  // each result may need its own document chunk), the first FIRST are shown as soon as their
  // documents are in; the count in the status line comes with the whole page. A new search
  // (`fresh`) replaces the last one's results only once its first are in: the list is never
  // empty while documents load.
  async function showMore(id, fresh) {
    var found = current;
    var start = fresh ? 0 : list.children.length;
    var ids = found.ids.slice(start, start + PAGE);
    var parts = found.total > PAGE ? [ids.slice(0, FIRST), ids.slice(FIRST)] : [ids];
    for (var i = 0; i < parts.length; i++) {
      var page = await core.docs(found, parts[i], found.query);
      if (id !== runId) return;
      if (fresh) {
        list.textContent = "";
        list.setAttribute("data-engine", found.engine.name);
        list.setAttribute("data-query", found.query);
        fresh = false;
      }
      page.forEach(function (r) { list.appendChild(item(r)); });
    }
    if (fresh) list.textContent = "";   // no results at all
    more.hidden = list.children.length >= found.total;
    status.textContent = counted(found, found.recent);
  }

  function unavailable(err) {
    if (err.kind === "unsaved") {
      var box = document.getElementById("offline-keep");
      if (box) box.hidden = false;
      return "You are offline (or the site cannot be reached), and this browser has not saved the archive's " +
        "search index. Search again when you are back online, or use \u201cKeep this archive offline\u201d while " +
        "online to search without a connection.";
    }
    if (err.kind === "absent") return "Search was not built for this site.";
    return "Search is unavailable here (" + err.message + ").";
  }

  async function run() {
    var id = ++runId;
    clearTimeout(timer);
    var q = input.value.trim();
    var f = filters();
    var recent = !q && !Object.keys(f).length;
    status.textContent = "Searching\u2026";
    try {
      var found = await core.run(q, f, byDate() || recent);
      if (id !== runId) return;   // a newer search has started
      found.query = q;
      found.recent = recent;
      if (recent) { found.ids = found.ids.slice(0, PAGE); found.total = found.ids.length; }
      current = found;
      await showMore(id, true);
    } catch (err) {
      if (id !== runId) return;
      list.textContent = "";
      more.hidden = true;
      status.textContent = unavailable(err);
    }
  }

  function soon() {
    clearTimeout(timer);
    core.preload(input.value.trim());
    timer = setTimeout(function () { remember(); run(); }, DEBOUNCE_MS);
  }

  // Arrow keys: from the box into the results, through them, and back up to the box.
  function targets() { return [input].concat(Array.prototype.slice.call(list.querySelectorAll("h3 a")), more.hidden ? [] : [more]); }
  form.parentNode.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    var all = targets(), at = all.indexOf(document.activeElement);
    if (at === -1) return;
    var next = all[Math.max(0, Math.min(all.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))];
    if (next !== document.activeElement) { e.preventDefault(); next.focus(); }
  });

  form.addEventListener("submit", function (e) { e.preventDefault(); remember(); run(); });
  input.addEventListener("input", soon);
  Object.keys(selects).map(function (k) { return selects[k]; }).concat(["f-sort"]).forEach(function (id) {
    document.getElementById(id).addEventListener("change", function () { remember(); run(); });
  });
  more.addEventListener("click", function () { showMore(runId).catch(function (err) { status.textContent = unavailable(err); }); });
  window.addEventListener("online", function () { if (status.textContent && !list.children.length) run(); });
  params();
  if (form.getAttribute("data-search") !== "off") run();
})();
