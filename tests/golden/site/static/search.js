// Search page: our own small UI over Pagefind's JS API (works at any subpath).
(function () {
  "use strict";
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var selects = { topic: "f-topic", source: "f-source", year: "f-year" };
  var pagefind = null;

  function params() {
    var p = new URLSearchParams(window.location.search);
    input.value = p.get("q") || "";
    Object.keys(selects).forEach(function (k) { document.getElementById(selects[k]).value = p.get(k) || ""; });
    document.getElementById("f-sort").value = p.get("sort") || "";
  }

  function filters() {
    var f = {};
    Object.keys(selects).forEach(function (k) {
      var v = document.getElementById(selects[k]).value;
      if (v) f[k] = v;
    });
    return f;
  }

  function pageUrl(url) {
    // Pagefind returns root-relative URLs ("/articles/x.html"); make them relative to this page.
    return root + String(url).replace(/^\/+/, "");
  }

  function show(results, total) {
    list.textContent = "";
    results.forEach(function (r) {
      var li = document.createElement("li");
      var h = document.createElement("h3");
      var a = document.createElement("a");
      a.href = pageUrl(r.url);
      a.textContent = (r.meta && r.meta.title) || r.url;
      h.appendChild(a);
      li.appendChild(h);
      if (r.meta && r.meta.date) {
        var m = document.createElement("p");
        m.className = "meta";
        m.textContent = r.meta.date;
        li.appendChild(m);
      }
      var p = document.createElement("p");
      p.className = "summary";
      // Pagefind's excerpt is escaped text with <mark> around matches; rebuild it as nodes.
      String(r.excerpt || "").split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
        var mm = /^<mark>(.*)<\/mark>$/.exec(part);
        if (mm) { var mark = document.createElement("mark"); mark.textContent = decode(mm[1]); p.appendChild(mark); }
        else if (part) { p.appendChild(document.createTextNode(decode(part))); }
      });
      li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = total === 0 ? "No results." : total + (total === 1 ? " result" : " results");
  }

  function decode(s) {
    var t = document.createElement("textarea");
    t.innerHTML = s;
    return t.value;
  }

  async function run() {
    var q = input.value.trim();
    var f = filters();
    if (!q && !Object.keys(f).length) { list.textContent = ""; status.textContent = ""; return; }
    status.textContent = "Searching…";
    try {
      if (!pagefind) {
        pagefind = await import(new URL(root + "pagefind/pagefind.js", document.baseURI).href);
        await pagefind.options({ baseUrl: "/" });
        pagefind.init();
      }
      var opts = { filters: f };
      if (document.getElementById("f-sort").value === "date") opts.sort = { date: "desc" };
      var search = await pagefind.search(q || null, opts);
      var data = await Promise.all(search.results.slice(0, 30).map(function (r) { return r.data(); }));
      show(data, search.results.length);
    } catch (err) {
      status.textContent = "Search is unavailable here (" + err.message + ").";
    }
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var p = new URLSearchParams();
    if (input.value.trim()) p.set("q", input.value.trim());
    Object.keys(selects).forEach(function (k) { var v = document.getElementById(selects[k]).value; if (v) p.set(k, v); });
    if (document.getElementById("f-sort").value) p.set("sort", "date");
    history.replaceState(null, "", "?" + p.toString());
    run();
  });
  ["f-topic", "f-source", "f-year", "f-sort"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", function () { form.requestSubmit(); });
  });
  params();
  if (input.value || Object.keys(filters()).length) run();
})();
