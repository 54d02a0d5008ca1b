// The Pagefind engine, used over HTTP(S): Pagefind's JS API (pagefind/pagefind.js), its result
// URLs made relative so the site works at any subpath.
//
// The index is in partitions (chronicle/outputs/search/partitions.py), listed newest first in
// pagefind/parts.json: the first is pagefind/ itself, the others are merged into it with
// Pagefind's mergeIndex, so one search runs over all of them. Each page carries its partition
// as a filter: sorted by date, each partition is searched on its own and the lists are joined
// in partition order (Pagefind ranks a merged date sort by the position within each partition).
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

  // Pagefind's module is one per page, and each mergeIndex adds an index to it: every engine
  // made on a page (the search page's, the header box's) shares one set-up, per folder.
  var setups = {};

  function merged(base) {
    if (!setups[base]) setups[base] = (async function () {
      // import() needs a URL, not a bare "pagefind/..." specifier (root is "" on search.html)
      var pf = await import(base + "pagefind.js");
      var listing = await fetch(base + "parts.json").then(function (r) {
        if (!r.ok) throw new Error("pagefind/parts.json: " + r.status);
        return r.json();
      });
      await pf.options({ baseUrl: "/" });
      await pf.init();
      await Promise.all(listing.parts.slice(1).map(function (p) {
        return pf.mergeIndex(base + p[1], { baseUrl: "/" });
      }));
      return { pf: pf, parts: listing.parts, filter: listing.filter };
    })().catch(function (e) { delete setups[base]; throw e; });
    return setups[base];
  }

  window.ChroniclePagefindSearch = function (root) {
    var pagefind = null;
    var parts = [], filterName = null;

    async function api() {
      if (!pagefind) {
        var loaded = await merged(new URL(root + "pagefind/", location.href).href);
        parts = loaded.parts;
        filterName = loaded.filter;
        pagefind = loaded.pf;
      }
      return pagefind;
    }

    // Newest first: each partition sorted by Pagefind, in partition order. (The filter counts
    // of a search would say which partitions have results, but Pagefind fills them only once
    // every filter file of every partition is loaded: more requests than these searches.)
    async function newestFirst(pf, query, filters) {
      var lists = await Promise.all(parts.map(function (p) {
        var only = Object.assign({}, filters);
        only[filterName] = p[0];
        return pf.search(query || null, { filters: only, sort: { date: "desc" } });
      }));
      return [].concat.apply([], lists.map(function (r) { return r.results; }));
    }

    // Pagefind drops a query word its index does not hold. One index of the whole site drops
    // only words no page has; a partition drops words only other partitions have, and then
    // finds pages without them. So a page must also match, on its own, every word some page has.
    // (Unfiltered: a word the filters leave no page for still counts, as in one index.)
    async function everyWord(pf, query, found) {
      var words = String(query || "").trim().split(/\s+/);
      if (words.length < 2) return found;
      var each = await Promise.all(words.map(function (w) { return pf.search(w); }));
      var sets = each.filter(function (r) { return r.results.length; }).map(function (r) {
        return new Set(r.results.map(function (x) { return x.id; }));
      });
      return found.filter(function (r) { return sets.every(function (s) { return s.has(r.id); }); });
    }

    // Sorted by date, Pagefind leaves out the pages without one (undated articles): those
    // come after the dated ones here, so the set of results does not depend on the order.
    async function search(query, filters, byDate) {
      var pf = await api();
      var opts = { filters: filters || {} };
      var found = await everyWord(pf, query, (await pf.search(query || null, opts)).results);
      if (byDate) {
        var ids = new Set(found.map(function (r) { return r.id; }));
        var dated = (await newestFirst(pf, query, opts.filters)).filter(function (r) { return ids.has(r.id); });
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
