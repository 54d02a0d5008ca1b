// The header's search box, on every page but the search page: as the reader types, the first
// few results drop down under it without leaving the page (the engines are loaded on first
// use); arrow keys move through them, Enter opens one, Escape closes the list. Enter in the
// box itself, or "All results", opens the search page with the query.
(function () {
  "use strict";
  var script = document.currentScript;
  var input = document.getElementById("site-q");
  var form = input && input.form;
  if (!script || !form) return;
  // the site's root is where static/ is: this script's src is <root>static/search-box.js?v=...
  var root = script.getAttribute("src").replace(/static\/[^\/]*$/, "");
  var version = (script.getAttribute("src").split("?")[1] || "");
  // the list of results is made here, not sent in every page's markup (issue 13)
  var panel = document.createElement("ul");
  panel.id = "site-search-results";
  panel.className = "site-search-results";
  panel.hidden = true;
  form.appendChild(panel);
  input.setAttribute("aria-controls", panel.id);
  var SHOWN = 6, DEBOUNCE_MS = 120;
  var core = null, loading = null, runId = 0, timer = 0;

  function load(name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = root + "static/" + name + ".js" + (version ? "?" + version : "");
      s.onload = resolve;
      s.onerror = function () { reject(new Error(name + ".js could not be loaded")); };
      document.head.appendChild(s);
    });
  }

  function engines() {
    if (!loading) {
      loading = Promise.all(["search-offline", "search-pagefind"].map(load))
        .then(function () { return load("search-core"); })
        .then(function () { core = window.ChronicleSearchCore(root); })
        .catch(function (err) { loading = null; throw err; });
    }
    return loading;
  }

  function close() { panel.hidden = true; panel.textContent = ""; }

  function line(text, href, className) {
    var li = document.createElement("li");
    var a = document.createElement(href ? "a" : "span");
    if (href) a.href = href;
    if (href) a.dir = "auto";   // a title in a right-to-left script reads right to left
    if (className) li.className = className;
    a.textContent = text;
    li.appendChild(a);
    panel.appendChild(li);
    return a;
  }

  async function run() {
    var id = ++runId, q = input.value.trim();
    if (!q) { close(); return; }
    try {
      await engines();
      var found = await core.run(q, {}, false);
      // titles only: no query, so no excerpt is marked (Pagefind's would load the offline stemmer)
      var docs = await core.docs(found, found.ids.slice(0, SHOWN));
      if (id !== runId) return;
      panel.textContent = "";
      if (!docs.length) line("No results.", null, "meta");
      docs.forEach(function (d) { line(d.title, d.url); });
      line(found.total > docs.length ? "All " + found.total + " results \u2192" : "Search page \u2192",
           root + "search.html?q=" + encodeURIComponent(q), "all");
    } catch (err) {
      if (id !== runId) return;
      panel.textContent = "";
      line(err.kind === "unsaved" ? "Offline: search is not saved in this browser." : "Search is unavailable here.", null, "meta");
    }
    panel.hidden = false;
  }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, DEBOUNCE_MS); });
  input.addEventListener("focus", function () { engines().catch(function () {}); }, { once: true });
  form.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { close(); input.focus(); return; }
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    var all = [input].concat(Array.prototype.slice.call(panel.querySelectorAll("a")));
    var at = all.indexOf(document.activeElement);
    if (at === -1) return;
    e.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))].focus();
  });
  document.addEventListener("click", function (e) { if (!form.contains(e.target)) close(); });
})();
