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

    // Sorted by date, Pagefind leaves out the pages without one (undated articles): those
    // come after the dated ones here, so the set of results does not depend on the order.
    async function search(query, filters, byDate) {
      var pf = await api();
      var opts = { filters: filters || {} };
      var found = (await pf.search(query || null, opts)).results;
      if (byDate) {
        var dated = (await pf.search(query || null, { filters: opts.filters, sort: { date: "desc" } })).results;
        var seen = new Set(dated.map(function (r) { return r.id; }));
        found = dated.concat(found.filter(function (r) { return !seen.has(r.id); }));
      }
      return { total: found.length, ids: found };
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
