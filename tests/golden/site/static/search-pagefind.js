// The Pagefind engine, used over HTTP(S): Pagefind's JS API (pagefind/pagefind.js), its result
// URLs made relative so the site works at any subpath.
//
// The index is in partitions (chronicle/outputs/search/partitions.py), listed newest first in
// pagefind/parts.json: the first is pagefind/ itself, the others are merged into it with
// Pagefind's mergeIndex, so one search runs over all of them. Each page carries its partition
// as a filter: sorted by date, each partition is searched on its own and the lists are joined
// in partition order (Pagefind ranks a merged date sort by the position within each partition).
// A partition lacking a query word answers with a shorter word's pages, which one index would
// not: each partition's word list is read (its own index files) and the search runs over the
// partitions that answer as one index (partitionsFor).
//
// After quick builds of large partitions the list ends with an overlay (outputs/search/overlay.py):
// the edited articles indexed on their own, filed under the filter value "overlay". parts.json
// names each overlay page's id, its base partition and the id of the version it supersedes there:
// superseded versions are dropped from every answer before any fragment loads, and newest first
// puts an overlay page where its old version stands in its partition (a body edit keeps the date).
//
// window.ChroniclePagefindSearch(root) -> {search(query, filters, byDate), docs(ids, query), preload(query)},
// the same shape as the offline engine (search-offline.js); ids here are Pagefind's results.
(function () {
  "use strict";

  // Pagefind's index files: gzip'd "pagefind_dcd" + CBOR, read as far as the word lists need:
  // arrays, maps, text, numbers; `words` (a pf_index file) skips the pages of each word unread.
  async function unpack(url, words) {
    var r = await fetch(url);
    if (!r.ok) throw new Error(url + ": " + r.status);
    var bytes = new Uint8Array(await new Response(r.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
    var at = 12, text = new TextDecoder();
    function head() {
      var first = bytes[at++], info = first & 31, n = info;
      if (info >= 24) {
        n = 0;
        for (var i = 0, size = [1, 2, 4, 8][info - 24]; i < size; i++) n = n * 256 + bytes[at++];
      }
      return [first >> 5, n];
    }
    function item(skip) {
      var h = head(), major = h[0], n = h[1], out = null, i;
      if (major === 2 || major === 3) { if (!skip && major === 3) out = text.decode(bytes.subarray(at, at + n)); at += n; return out; }
      if (major === 4 || major === 5) {
        if (skip) { for (i = 0; i < n * (major - 3); i++) item(true); return null; }
        out = major === 4 ? [] : {};
        for (i = 0; i < n; i++) { if (major === 4) out.push(item()); else { var k = item(); out[k] = item(); } }
        return out;
      }
      if (major === 0) return n;
      if (major === 1) return -1 - n;
      return null;   // true, false, null, a float: nothing the word lists use
    }
    if (!words) return item();
    var list = [];
    head();   // [entries]
    for (var e = 0, count = head()[1]; e < count; e++) {
      var fields = head()[1];
      list.push(item());
      for (var f = 1; f < fields; f++) item(true);
    }
    return list;
  }

  // For each partition, what it holds for a query word's `stem`: 0 when it has a word starting
  // with the stem, else the length of the longest word it has that the stem starts with (-1:
  // none), from its chunk list (pf_meta: [version, pages, [[from, to, hash]...], ...]) and the
  // chunks whose range may hold either (pf_index: [[[word, ...]...]]): the files Pagefind loads
  // for the same search, so the browser has them already.
  var wordListsOf = {};   // per folder, shared by the engines of a page, as Pagefind's set-up is
  function wordLists(base, parts) {
    if (wordListsOf[base]) return wordListsOf[base];
    var metas = {}, chunks = {};
    function meta(p) {
      if (!metas[p[0]]) metas[p[0]] = fetch(base + p[1] + "pagefind-entry.json").then(function (r) { return r.json(); })
        .then(function (entry) {
          var language = Object.keys(entry.languages)[0];
          return unpack(base + p[1] + "pagefind." + entry.languages[language].hash + ".pf_meta");
        }).catch(function (e) { delete metas[p[0]]; throw e; });   // offline now: try again later
      return metas[p[0]];
    }
    function chunk(p, hash) {
      var key = p[0] + "/" + hash;
      if (!chunks[key]) chunks[key] = unpack(base + p[1] + "index/" + hash + ".pf_index", true)
        .catch(function (e) { delete chunks[key]; throw e; });
      return chunks[key];
    }
    var before = window.ChronicleSearch.before;
    async function held(p, stem) {
      // the chunk whose range holds the stem, as Pagefind chooses the one it loads; failing
      // one, those whose bounds (cut short: "fro".."pre" holds "press") match it cut as short
      var all = (await meta(p))[2];
      var ranges = all.filter(function (c) { return !before(stem, c[0]) && !before(c[1], stem); }).slice(0, 1);
      if (!ranges.length) ranges = all.filter(function (c) {
        var f = Math.min(stem.length, c[0].length), t = Math.min(stem.length, c[1].length);
        return !before(stem.slice(0, f), c[0].slice(0, f)) && !before(c[1].slice(0, t), stem.slice(0, t));
      });
      var longest = -1;
      (await Promise.all(ranges.map(function (c) { return chunk(p, c[2]); }))).forEach(function (words) {
        words.forEach(function (w) {
          if (w.slice(0, stem.length) === stem) longest = Infinity;
          else if (w.length > longest && stem.slice(0, w.length) === w) longest = w.length;
        });
      });
      return longest === Infinity ? 0 : longest;
    }
    wordListsOf[base] = function (stem) { return Promise.all(parts.map(function (p) { return held(p, stem); })); };
    return wordListsOf[base];
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
      return { pf: pf, parts: listing.parts, filter: listing.filter, overlay: listing.overlay || null, scores: {} };
    })().catch(function (e) { delete setups[base]; throw e; });
    return setups[base];
  }

  window.ChroniclePagefindSearch = function (root) {
    var pagefind = null, holders = null;
    var parts = [], filterName = null;
    var overlay = null, superseded = new Set(), overlayOf = {}, scoresOf = {};
    var offline = window.ChronicleOfflineSearch(root);

    async function api() {
      if (!pagefind) {
        var base = new URL(root + "pagefind/", location.href).href;
        var loaded = await merged(base);
        parts = loaded.parts;
        filterName = loaded.filter;
        holders = wordLists(base, parts);
        if (loaded.overlay) {
          overlay = loaded.overlay.name;
          loaded.overlay.pages.forEach(function (e) { overlayOf[e[0]] = e; superseded.add(e[2]); });
        }
        scoresOf = loaded.scores;
        pagefind = loaded.pf;
      }
      return pagefind;
    }

    // A partition holding no word that starts with a query word's stem answers with the pages
    // of the longest word it holds that the stem starts with ("press" -> "pr"); one index does
    // that only when no page at all has the word, and then with the longest such word of all.
    // So the search runs over the partitions that answer each word as one index would;
    // null: all of them.
    async function partitionsFor(query) {
      if (parts.length < 2) return null;
      var found;
      try {
        found = await Promise.all((await offline.stems(query)).map(holders));
      } catch (err) {   // a word list that could not be read: Pagefind's own answer, as before
        if (window.console) console.warn("Search: the partitions' word lists could not be read:", err);
        return null;
      }
      var keep = parts.map(function (_p, i) {
        return found.every(function (each) {
          var best = each.indexOf(0) >= 0 ? 0 : Math.max.apply(null, each);
          return best < 0 || each[i] === best;   // -1 everywhere: a word Pagefind leaves out
        });
      });
      var within = parts.filter(function (_p, i) { return keep[i]; }).map(function (p) { return p[0]; });
      return within.length === parts.length ? null : within;
    }

    function current(results) {
      return superseded.size ? results.filter(function (r) { return !superseded.has(r.id); }) : results;
    }

    function byDateIn(pf, query, filters, name) {
      var only = Object.assign({}, filters);
      only[filterName] = name;
      return pf.search(query || null, { filters: only, sort: { date: "desc" } });
    }

    // Newest first: each partition sorted by Pagefind, in partition order. (The filter counts
    // of a search would say which partitions have results, but Pagefind fills them only once
    // every filter file of every partition is loaded: more requests than these searches.)
    async function newestFirst(pf, query, filters, within) {
      var wanted = function (name) { return !within || within.indexOf(name) >= 0; };
      var layered = overlay && wanted(overlay) ? (await byDateIn(pf, query, filters, overlay)).results : [];
      // a partition the query leaves out still places its overlay pages
      var names = parts.map(function (p) { return p[0]; }).filter(function (n) {
        return n !== overlay && (wanted(n) || layered.some(function (x) { return overlayOf[x.id][1] === n; }));
      });
      var lists = await Promise.all(names.map(function (n) {
        return wanted(n) ? byDateIn(pf, query, filters, n) : { results: [] };
      }));
      lists = await Promise.all(lists.map(function (r, i) {
        return placed(pf, names[i], current(r.results), layered.filter(function (x) { return overlayOf[x.id][1] === names[i]; }));
      }));
      return [].concat.apply([], lists);
    }

    // A partition's results sorted by date with its overlay pages among them: Pagefind scores a
    // date-sorted result by its place in its own index's order, whatever the query (the same
    // for a search without words), so an overlay page takes its old version's score.
    async function placed(pf, name, list, mine) {
      if (!mine.length) return list;
      if (!scoresOf[name]) scoresOf[name] = byDateIn(pf, null, {}, name).then(function (all) {
        var scores = {};
        all.results.forEach(function (r) { scores[r.id] = r.score; });
        return scores;
      });
      var scores = await scoresOf[name];
      var all = list.map(function (r) { return [r.score, r]; }).concat(mine.map(function (r) {
        return [scores[overlayOf[r.id][2]], r];
      }).filter(function (s) { return s[0] !== undefined; }));
      all.sort(function (a, b) { return b[0] - a[0]; });
      return all.map(function (s) { return s[1]; });
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
      var opts = { filters: Object.assign({}, filters || {}) };
      // the word lists are read once Pagefind has searched: the chunks are then the browser's
      // (read at once, each chunk was fetched twice); most words are in every partition, and
      // then its answer stands
      var results = current((await pf.search(query || null, opts)).results);
      var within = query ? await partitionsFor(query) : null;
      if (within && !within.length) return { total: 0, ids: [] };
      if (within) {
        opts.filters[filterName] = { any: within };
        results = current((await pf.search(query, opts)).results);
      }
      var found = await everyWord(pf, query, results);
      if (byDate) {
        var ids = new Set(found.map(function (r) { return r.id; }));
        var dated = (await newestFirst(pf, query, filters || {}, within)).filter(function (r) { return ids.has(r.id); });
        var seen = new Set(dated.map(function (r) { return r.id; }));
        found = dated.concat(found.filter(function (r) { return !seen.has(r.id); }));
      }
      return { total: found.length, ids: found };
    }

    // A fragment holds no text, only its start as meta.excerpt (outputs/search/canonical.py),
    // which the offline engine's stemmer marks as it marks its own (the same start); without
    // a query (the header's list of titles) or the offline index (a site built without it) the
    // excerpt is shown unmarked, and nothing more is loaded.
    async function excerpt(text, query) {
      if (!query) return text ? [[text, false]] : [];
      try {
        return await offline.marked(text, query);
      } catch (err) {
        return text ? [[text, false]] : [];
      }
    }

    async function docs(ids, query) {
      var data = await Promise.all(ids.map(function (r) { return r.data(); }));
      return Promise.all(data.map(async function (d) {
        var meta = d.meta || {};
        return {
          url: root + String(d.url).replace(/^\/+/, ""), title: meta.title || d.url,
          date: meta.date || "", source: meta.source || "",
          excerpt: await excerpt(meta.excerpt || "", query)
        };
      }));
    }

    async function preload(query) {
      var pf = await api();
      await pf.preload(query);
    }

    return { name: "pagefind", search: search, docs: docs, preload: preload };
  };
})();
