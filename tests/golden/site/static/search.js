// Search page: one UI, two engines.
// - Over HTTP(S): Pagefind's JS API (pagefind/pagefind.js), result URLs made relative so the
//   site works at any subpath.
// - From disk (file://), or when Pagefind cannot load (offline without its files): our own
//   engine over offline/search-index.js, loaded with a <script> tag only when the reader
//   searches (no fetch, no worker, no WebAssembly: all refused on file://).
// Both give ranked results with matching words highlighted, filters by topic, source and year,
// and sort by relevance or date.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var selects = { topic: "f-topic", source: "f-source", year: "f-year", thread: "f-thread" };
  if (!document.getElementById("f-thread")) delete selects.thread;   // a site without threads
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];
  var MAX_RESULTS = 50;
  var pagefind = null;
  var engine = "";
  var pagefindBroken = false;
  var runId = 0;

  // ---- shared UI -------------------------------------------------------------------------

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

  function byDate() { return document.getElementById("f-sort").value === "date"; }

  function pageUrl(url) {
    // Pagefind returns root-relative URLs ("/articles/x.html"); make them relative to this page.
    return root + String(url).replace(/^\/+/, "");
  }

  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? (+m[3]) + " " + MONTHS[+m[2] - 1] + " " + m[1] : "";
  }

  // results: [{url, title, date, source, excerpt: [[text, isMark]...]}]
  function show(results, total) {
    list.textContent = "";
    list.setAttribute("data-engine", engine);
    results.forEach(function (r) {
      var li = document.createElement("li");
      var h = document.createElement("h3");
      var a = document.createElement("a");
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
      r.excerpt.forEach(function (part) {
        if (part[1]) { var mark = document.createElement("mark"); mark.textContent = part[0]; p.appendChild(mark); }
        else p.appendChild(document.createTextNode(part[0]));
      });
      li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = total === 0 ? "No results." : total + (total === 1 ? " result" : " results") +
      (total > results.length ? " (showing " + results.length + ")" : "");
  }

  // ---- Pagefind ---------------------------------------------------------------------------

  function decode(s) {
    var t = document.createElement("textarea");
    t.innerHTML = s;
    return t.value;
  }

  function pagefindExcerpt(html) {
    // Pagefind's excerpt is escaped text with <mark> around matches; rebuild it as text parts.
    var parts = [];
    String(html || "").split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
      var mm = /^<mark>(.*)<\/mark>$/.exec(part);
      if (mm) parts.push([decode(mm[1]), true]);
      else if (part) parts.push([decode(part), false]);
    });
    return parts;
  }

  async function pagefindSearch(q, f) {
    if (!pagefind) {
      // import() needs a URL, not a bare "pagefind/..." specifier (root is "" on search.html)
      var pf = await import(new URL(root + "pagefind/pagefind.js", location.href).href);
      await pf.options({ baseUrl: "/" });
      await pf.init();
      pagefind = pf;
    }
    var opts = { filters: f };
    if (byDate()) opts.sort = { date: "desc" };
    var search = await pagefind.search(q || null, opts);
    if (!search) return null;  // superseded by a newer search
    var data = await Promise.all(search.results.slice(0, MAX_RESULTS).map(function (r) { return r.data(); }));
    return {
      total: search.results.length,
      results: data.map(function (d) {
        return {
          url: pageUrl(d.url), title: (d.meta && d.meta.title) || d.url, date: (d.meta && d.meta.date) || "",
          source: (d.filters && d.filters.source && d.filters.source[0]) || "", excerpt: pagefindExcerpt(d.excerpt)
        };
      })
    };
  }

  // ---- the offline engine -------------------------------------------------------------------

  var offline = { data: null, docs: null, waiting: null };
  var foldCache = Object.create(null);

  // Lower-case and strip accents one UTF-16 unit at a time, so positions in the folded text
  // are positions in the original (needed to cut and highlight snippets).
  function fold(s) {
    if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s[i];
      var f = foldCache[c];
      if (f === undefined) {
        f = c.normalize("NFD")[0].toLowerCase();
        if (f.length !== 1) f = c;
        foldCache[c] = f;
      }
      out += f;
    }
    return out;
  }

  function isWordChar(c) { return /[\p{L}\p{N}]/u.test(c); }

  function terms(q) {
    return fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // Word-start positions of `term` in `text` (prefix match: "korea" finds "Koreans").
  function positions(text, term, limit) {
    var out = [];
    var i = text.indexOf(term);
    while (i !== -1 && out.length < limit) {
      if (i === 0 || !isWordChar(text[i - 1])) out.push(i);
      i = text.indexOf(term, i + 1);
    }
    return out;
  }

  window.ChronicleOffline = {
    load: function (data) {
      offline.data = data;
      offline.docs = data.docs.map(function (d) {
        return { path: d[0], title: d[1], date: d[2], source: d[3] >= 0 ? data.sources[d[3]] : "",
                 topics: d[4].map(function (i) { return data.topics[i]; }), text: d[5],
                 ftitle: fold(d[1]), ftext: fold(d[5]), year: d[2].slice(0, 4),
                 thread: d[6] >= 0 ? data.threads[d[6]] : "" };
      });
    }
  };

  function loadOffline() {
    if (offline.docs) return Promise.resolve();
    if (!offline.waiting) {
      offline.waiting = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = root + "offline/search-index.js";
        s.onload = function () { offline.docs ? resolve() : reject(new Error("the offline index is empty")); };
        s.onerror = function () { offline.waiting = null; reject(new Error("the offline index could not be loaded")); };
        document.head.appendChild(s);
      });
    }
    return offline.waiting;
  }

  function snippet(doc, qterms) {
    var text = doc.text, ftext = doc.ftext;
    var first = -1;
    qterms.forEach(function (t) {
      var p = positions(ftext, t, 1);
      if (p.length && (first === -1 || p[0] < first)) first = p[0];
    });
    var start = 0;
    if (first > 80) {
      start = text.lastIndexOf(" ", first - 60);
      start = start === -1 ? 0 : start + 1;
    }
    var end = Math.min(text.length, start + 240);
    if (end < text.length) { var sp = text.lastIndexOf(" ", end); if (sp > first) end = sp; }
    // mark every matching word inside the window
    var marks = [];
    var window_ = ftext.slice(start, end);
    qterms.forEach(function (t) {
      positions(window_, t, 1000).forEach(function (p) {
        var e = p + t.length;
        while (e < window_.length && isWordChar(window_[e])) e++;
        marks.push([p, e]);
      });
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var parts = [], at = 0;
    if (start > 0) parts.push(["… ", false]);
    marks.forEach(function (m) {
      if (m[0] < at) return;
      if (m[0] > at) parts.push([text.slice(start + at, start + m[0]), false]);
      parts.push([text.slice(start + m[0], start + m[1]), true]);
      at = m[1];
    });
    if (at < window_.length) parts.push([text.slice(start + at, end), false]);
    if (end < text.length) parts.push([" …", false]);
    return parts;
  }

  async function offlineSearch(q, f) {
    await loadOffline();
    var qterms = terms(q);
    var phrase = qterms.join(" ");
    var docs = offline.docs.filter(function (d) {
      return (!f.topic || d.topics.indexOf(f.topic) !== -1) && (!f.source || d.source === f.source) &&
             (!f.year || d.year === f.year) && (!f.thread || d.thread === f.thread);
    });
    var hits = [];
    if (!qterms.length) {
      hits = docs.map(function (d, i) { return { doc: d, score: -i }; });
    } else {
      var counts = qterms.map(function () { return 0; });
      var found = [];
      docs.forEach(function (d) {
        var tfs = [];
        for (var i = 0; i < qterms.length; i++) {
          var inText = positions(d.ftext, qterms[i], 100).length;
          var inTitle = positions(d.ftitle, qterms[i], 10).length;
          if (!inText && !inTitle) return;  // every word must match
          tfs.push([inText, inTitle]);
        }
        tfs.forEach(function (_, i) { counts[i]++; });
        found.push({ doc: d, tfs: tfs });
      });
      var n = offline.docs.length;
      hits = found.map(function (h) {
        var score = 0;
        h.tfs.forEach(function (tf, i) {
          var idf = Math.log(1 + n / counts[i]);
          score += idf * (tf[0] / (tf[0] + 1.2) + 1.5 * (tf[1] > 0 ? 1 : 0));
        });
        if (qterms.length > 1 && (h.doc.ftext.indexOf(phrase) !== -1 || h.doc.ftitle.indexOf(phrase) !== -1)) score *= 1.5;
        return { doc: h.doc, score: score };
      });
    }
    hits.sort(function (a, b) {
      if (byDate()) {
        if (a.doc.date !== b.doc.date) return a.doc.date < b.doc.date ? 1 : -1;  // "" (undated) last
      }
      return b.score - a.score;
    });
    return {
      total: hits.length,
      results: hits.slice(0, MAX_RESULTS).map(function (h) {
        var d = h.doc;
        var excerpt = qterms.length ? snippet(d, qterms) : [[d.text.slice(0, 200) + (d.text.length > 200 ? " …" : ""), false]];
        return { url: root + d.path, title: d.title, date: d.date, source: d.source, excerpt: excerpt };
      })
    };
  }

  // ---- running a search ---------------------------------------------------------------------

  async function run() {
    var id = ++runId;
    var q = input.value.trim();
    var f = filters();
    if (!q && !Object.keys(f).length) { list.textContent = ""; status.textContent = ""; return; }
    status.textContent = "Searching…";
    // From disk only the offline engine can work. Offline over HTTP, prefer the offline index
    // (saved whole by "Keep this archive offline"); Pagefind's chunks may not all be cached.
    var order = location.protocol === "file:" ? ["offline"]
      : navigator.onLine === false ? ["offline", "pagefind"] : ["pagefind", "offline"];
    if (pagefindBroken) order = ["offline"];
    var found = null, problem = null;
    for (var i = 0; i < order.length && !found; i++) {
      try {
        found = order[i] === "pagefind" ? await pagefindSearch(q, f) : await offlineSearch(q, f);
        if (!found) return;  // Pagefind dropped it for a newer search
        engine = order[i];
      } catch (err) {
        if (window.console) console.warn("Search engine " + order[i] + " unavailable:", err);
        if (order[i] === "pagefind" && navigator.onLine !== false) pagefindBroken = true;
        problem = err;
      }
    }
    if (!found) {
      if (id === runId) status.textContent = "Search is unavailable here (" + (problem && problem.message) + ").";
      return;
    }
    if (id === runId) show(found.results, found.total);
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var p = new URLSearchParams();
    if (input.value.trim()) p.set("q", input.value.trim());
    Object.keys(selects).forEach(function (k) { var v = document.getElementById(selects[k]).value; if (v) p.set(k, v); });
    if (byDate()) p.set("sort", "date");
    try { history.replaceState(null, "", "?" + p.toString()); } catch (err) { /* some file:// setups refuse */ }
    run();
  });
  ["f-topic", "f-source", "f-year", "f-sort"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", function () { form.requestSubmit(); });
  });
  params();
  if (input.value || Object.keys(filters()).length) run();
})();
