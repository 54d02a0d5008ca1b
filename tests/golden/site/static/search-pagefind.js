// The Pagefind engine, used over HTTP(S): Pagefind's JS API (pagefind/pagefind.js), its result
// URLs made relative so the site works at any subpath.
//
// window.ChroniclePagefindSearch(root) -> {search(query, filters, byDate), docs(ids, query), preload(query)},
// the same shape as the offline engine (search-offline.js); ids here are Pagefind's results.
(function () {
  "use strict";

  function decode(s) {
    var t = document.createElement("textarea");
    t.innerHTML = s;
    return t.value;
  }

  // Pagefind's excerpt is escaped text with <mark> around matches; rebuild it as text parts.
  function excerpt(html) {
    var parts = [];
    String(html || "").split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
      var mm = /^<mark>(.*)<\/mark>$/.exec(part);
      if (mm) parts.push([decode(mm[1]), true]);
      else if (part) parts.push([decode(part), false]);
    });
    return parts;
  }

  window.ChroniclePagefindSearch = function (root) {
    var pagefind = null;

    async function api() {
      if (!pagefind) {
        // import() needs a URL, not a bare "pagefind/..." specifier (root is "" on search.html)
        var pf = await import(new URL(root + "pagefind/pagefind.js", location.href).href);
        await pf.options({ baseUrl: "/" });
        await pf.init();
        pagefind = pf;
      }
      return pagefind;
    }

    async function search(query, filters, byDate) {
      var pf = await api();
      var opts = { filters: filters || {} };
      if (byDate || !query) opts.sort = { date: "desc" };   // no words: the newest articles
      var found = await pf.search(query || null, opts);
      return { total: found.results.length, ids: found.results };
    }

    async function docs(ids) {
      var data = await Promise.all(ids.map(function (r) { return r.data(); }));
      return data.map(function (d) {
        return {
          url: root + String(d.url).replace(/^\/+/, ""), title: (d.meta && d.meta.title) || d.url,
          date: (d.meta && d.meta.date) || "", source: (d.filters && d.filters.source && d.filters.source[0]) || "",
          excerpt: excerpt(d.excerpt)
        };
      });
    }

    async function preload(query) {
      var pf = await api();
      await pf.preload(query);
    }

    return { name: "pagefind", search: search, docs: docs, preload: preload };
  };
})();
