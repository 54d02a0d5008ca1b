// Which engine answers, and what to say when none can (shared by the search page, search.js,
// and the header's box, search-box.js).
// - From disk (file://) only the offline engine can work (search-offline.js).
// - Over HTTP(S), Pagefind (search-pagefind.js) first; offline (navigator.onLine false), the
//   offline index first: "Keep this archive offline" saves it whole, while Pagefind's chunks
//   are cached only as they are used. The newest articles (an empty search) come from the
//   offline index first everywhere (see order()).
// An answer that may be false is not given: offline, Pagefind finding nothing may mean only
// that its chunks were never saved, so it counts as a failure, not as "No results".
//
// window.ChronicleSearchCore(root) -> {run(query, filters, byDate) -> {engine, total, ids},
//   docs(found, ids, query) -> [{url, title, date, source, excerpt}], preload(query)}
// which throws an Error whose .kind is "unsaved" (offline, index not saved), "absent" (this
// site has no search index) or "broken".
(function () {
  "use strict";

  window.ChronicleSearchCore = function (root) {
    var engines = { offline: window.ChronicleOfflineSearch(root) };
    if (window.ChroniclePagefindSearch) engines.pagefind = window.ChroniclePagefindSearch(root);
    var pagefindBroken = false;

    function offlineNow() { return navigator.onLine === false; }

    // The newest articles (no query, no filter: what the search page opens with) come from the
    // offline index, its manifest and one chunk of documents (~80 KB at 10,000 articles):
    // Pagefind's empty search loads every partition's whole word index (7.5 MB), and Pagefind
    // is then loaded only once a reader types (bench/search_cost.py).
    function order(query, filters) {
      if (location.protocol === "file:" || !engines.pagefind || pagefindBroken) return ["offline"];
      if (!query && !Object.keys(filters || {}).length) return ["offline", "pagefind"];
      return offlineNow() ? ["offline", "pagefind"] : ["pagefind", "offline"];
    }

    // A file of an index that could not be loaded: a script that failed, a fetch or import refused.
    function unreachable(err) { return Boolean(err.missing) || (err instanceof TypeError && /fetch|import/i.test(err.message)); }

    function failure(problems) {
      var e = new Error(problems.map(function (p) { return p.message; }).join("; "));
      var missing = problems.some(unreachable);
      // Served, search is built (the page says so otherwise): a missing file means no network
      // and no saved copy. From disk it means the site has no index.
      if (location.protocol === "file:") e.kind = missing ? "absent" : "broken";
      else e.kind = offlineNow() || missing ? "unsaved" : "broken";
      return e;
    }

    async function run(query, filters, byDate) {
      var problems = [];
      var names = order(query, filters);
      for (var i = 0; i < names.length; i++) {
        var engine = engines[names[i]];
        try {
          var found = await engine.search(query, filters, byDate);
          if (engine.name === "pagefind" && offlineNow() && found.total === 0) {
            problems.push(new Error("offline, Pagefind's index may not be saved"));
            continue;
          }
          return { engine: engine, total: found.total, ids: found.ids };
        } catch (err) {
          if (window.console) console.warn("Search engine " + names[i] + " unavailable:", err);
          if (engine.name === "pagefind" && !offlineNow() && !unreachable(err)) pagefindBroken = true;
          problems.push(err);
        }
      }
      throw failure(problems);
    }

    // The results `ids` of a search `found` by run(), shown: an engine may have searched from
    // what the browser cached and still miss the documents it shows.
    async function docs(found, ids, query) {
      try {
        return await found.engine.docs(ids, query);
      } catch (err) {
        throw failure([err]);
      }
    }

    // Loads, without searching, what the first engine would need for `query` (typing ahead).
    function preload(query) {
      if (query) engines[order(query)[0]].preload(query).catch(function () {});
    }

    return { run: run, docs: docs, preload: preload };
  };
})();
