// The offline search engine: works from file:// (and the unzipped archive), where fetch(),
// workers and WebAssembly are refused, so Pagefind cannot run. It reads the chunked index
// of chronicle/outputs/offline.py through <script> tags, loading only what a query needs: the
// manifest, the term chunks holding the query's words, the places file (an article's number
// in the postings is not its place in time, so that a date edit renumbers nothing: the file
// gives each number its place in the build's order, newest first), and the document chunks of
// the results shown, which are in that order. A result is known by its place; the newest
// articles (an empty query) need neither the places file nor a term chunk.
//
// It answers as Pagefind 1.5 does (the agreement test compares them query by query): the query
// loses punctuation, is lower-cased (split into words first in Chinese, Japanese and Thai) and
// has its accents folded, each word is stemmed with the Snowball stemmer of the site's language
// (the index names its file); a word matches every indexed term that starts with its stem, or
// failing that the longest indexed term that its stem starts with; a word that matches nothing
// is left out, and an article must match every other word. A query in quotes matches each
// word exactly, and finds nothing when one is missing.
//
// window.ChronicleOfflineSearch(root) -> {search(query, filters, byDate), docs(ids, query), preload(query),
//   stems(query), marked(text, query)}
(function () {
  "use strict";
  var sink = window.ChronicleSearch = window.ChronicleSearch || {};
  var store = { manifest: null, terms: {}, docs: {}, places: null };
  var MAX_PREFIX_CHUNKS = 6;   // a one-letter word reaches into this many term chunks at most
  var PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;   // Pagefind's own test, as written
  var SEGMENTED = ["zh", "ja", "th"];   // languages whose queries Pagefind splits into words
  var EXACT = /^\s*".+"\s*$/;          // a query in quotes: Pagefind's exact search
  var VARINT = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var DIGIT = {};
  for (var i = 0; i < VARINT.length; i++) DIGIT[VARINT.charCodeAt(i)] = i;

  // The generated files call these; each knows which file it is from its <script> tag.
  function current() { return document.currentScript && document.currentScript.getAttribute("data-file"); }
  sink.index = function (m) { store.manifest = m; };
  sink.terms = function (payload) { store.terms[current()] = payload; };
  sink.docs = function (payload) { store.docs[current()] = payload; };
  sink.places = function (payload) { store.places = { file: current(), code: payload }; };
  sink.loaded = [];   // files loaded, in order (the benchmark counts their bytes)

  // a < b in code-point order, the index's (Python's) order. JavaScript's own < compares UTF-16
  // units, which puts an emoji (a surrogate pair, D800-DFFF) before a full-width letter (FF21).
  function before(a, b) {
    for (var i = 0, n = Math.min(a.length, b.length); i < n; i++) {
      var x = a.charCodeAt(i), y = b.charCodeAt(i);
      if (x !== y) return unit(x) < unit(y);
    }
    return a.length < b.length;
  }
  function unit(u) { return u >= 0xD800 && u < 0xE000 ? u + 0x2000 : u >= 0xE000 ? u - 0x800 : u; }
  sink.before = before;   // Pagefind's word lists are in the same order (search-pagefind.js)

  function Unavailable(message, missing) {
    var e = new Error(message);
    e.missing = missing;   // true: a file of the index could not be loaded (offline, not saved)
    return e;
  }

  window.ChronicleOfflineSearch = function (root) {
    var folder = root + "offline/search/";
    var waiting = {};

    function load(file, table) {
      if (table && store[table][file]) return Promise.resolve();
      if (!waiting[file]) {
        waiting[file] = new Promise(function (resolve, reject) {
          var s = document.createElement("script");
          s.src = folder + file;
          s.setAttribute("data-file", file);
          s.onload = function () {
            sink.loaded.push(file);
            if (table && !store[table][file]) reject(Unavailable("the search index (" + file + ") is damaged", false));
            else resolve();
          };
          s.onerror = function () {
            delete waiting[file];
            reject(Unavailable("the search index (" + file + ") could not be loaded", true));
          };
          document.head.appendChild(s);
        });
      }
      return waiting[file];
    }

    var ready = null;
    function manifest() {
      if (!ready) {
        ready = load("index.js", null).then(function () {
          var m = store.manifest;
          if (!m || m.v !== 5) throw Unavailable("the search index is not one this page can read", false);
          return m;
        }, function (err) { ready = null; throw err; });
      }
      return ready;
    }

    // m.place: each article's place in the build's order (newest first), by number
    // (offline.places_file); m.order: the numbers in that order. Loaded once, when first needed.
    async function places(m) {
      if (m.place) return;
      await load(m.places, null);
      if (!store.places || store.places.file !== m.places) throw Unavailable("the search index (" + m.places + ") is damaged", false);
      var code = store.places.code, n = m.docs, width = m.placeWidth, place = new Int32Array(n), order = new Int32Array(n);
      for (var d = 0, at = 0; d < n; d++) {
        for (var k = 0, p = 0; k < width; k++) p = p * 64 + DIGIT[code.charCodeAt(at++)];
        place[d] = p;
        order[p] = d;
      }
      m.place = place;
      m.order = order;
    }

    // The stemmer is loaded only for a query with words: the newest articles (an empty query,
    // what the search page opens with) wait for one request fewer (the page's mobile LCP).
    async function stemsOf(m, query) {
      if (query && m.stemmer && !(window.ChronicleStemmers || {})[m.stemmer]) await load(m.stemmerFile, null);
      return stems(m, query);
    }

    // Pagefind's normalisation of a query (its search(), 1.5): graphemes of the page's language
    // that are not punctuation, lower-cased; in Chinese, Japanese and Thai, whose words have no
    // spaces between them, the words the browser finds (Intl.Segmenter), a space apart; then
    // accents folded, and one stem per word.
    function stems(m, query) {
      var lang = null, chars = [];
      try { lang = Intl.getCanonicalLocales(document.documentElement.lang)[0] || null; } catch (err) { lang = null; }
      var keep = function (g) { return !PUNCTUATION.test(g); };
      var text;
      if (lang && typeof Intl.Segmenter !== "undefined") {
        var graphemes = new Intl.Segmenter(lang, { granularity: "grapheme" });
        var split = function (s) { return Array.from(graphemes.segment(s), function (x) { return x.segment; }); };
        if (SEGMENTED.indexOf(lang.split("-")[0].toLowerCase()) >= 0) {
          Array.from(new Intl.Segmenter(lang, { granularity: "word" }).segment(query), function (x) { return x.segment; }).forEach(function (w) {
            var word = split(w).filter(keep).map(function (g) { return g.toLocaleLowerCase(); }).join("");
            if (word) chars.push(word);
          });
          text = chars.join(" ");
        } else {
          text = split(query).filter(keep).map(function (g) { return g.toLocaleLowerCase(); }).join("");
        }
      } else {
        text = Array.from(query).filter(keep).map(function (c) { return c.toLocaleLowerCase(); }).join("");
      }
      text = text.replace(/\s{2,}/g, " ").trim().normalize("NFD").replace(/\p{M}/gu, "");
      if (!text) return [];
      var stem = m.stemmer ? window.ChronicleStemmers[m.stemmer] : function (w) { return w; };
      return text.split(" ").map(stem);
    }

    // The term chunk whose range holds `term` (chunks are cut in code-point order).
    function chunkOf(m, term) {
      var lo = 0, hi = m.terms.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (!before(term, m.terms[mid][0])) lo = mid; else hi = mid - 1;
      }
      return lo;
    }

    function lowerBound(list, term) {
      var lo = 0, hi = list.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (before(list[mid], term)) lo = mid + 1; else hi = mid; }
      return lo;
    }

    // Codes of the terms starting with `stem`; failing those, of the longest term `stem` starts with.
    async function matches(m, stem) {
      if (!m.terms.length) return [];   // an archive without articles
      var first = chunkOf(m, stem), files = [];
      for (var c = first; c < m.terms.length && files.length < MAX_PREFIX_CHUNKS; c++) {
        if (c > first && m.terms[c][0].slice(0, stem.length) !== stem) break;
        files.push(m.terms[c][1]);
      }
      await Promise.all(files.map(function (f) { return load(f, "terms"); }));
      var codes = [];
      files.forEach(function (f) {
        var words = store.terms[f][0], list = store.terms[f][1];
        for (var k = lowerBound(words, stem); k < words.length && words[k].slice(0, stem.length) === stem; k++) codes.push(list[k]);
      });
      if (codes.length) return codes;
      for (var n = stem.length - 1; n > 0; n--) {
        var prefix = stem.slice(0, n), file = m.terms[chunkOf(m, prefix)][1];
        await load(file, "terms");
        var ws = store.terms[file][0], at = lowerBound(ws, prefix);
        if (ws[at] === prefix) return [store.terms[file][1][at]];
      }
      return [];
    }

    async function exact(m, term) {
      if (!m.terms.length) return "";
      var file = m.terms[chunkOf(m, term)][1];
      await load(file, "terms");
      var words = store.terms[file][0], at = lowerBound(words, term);
      return words[at] === term ? store.terms[file][1][at] : "";
    }

    // Postings into `flags`: 1 = the article has the word, 2 = in its title. A code starting
    // with m.bitmap holds two bits per article, three articles a digit (offline.py).
    function mark(code, flags) {
      if (code.charAt(0) === store.manifest.bitmap) {
        for (var j = 1; j < code.length; j++) {
          for (var k = 0, v = DIGIT[code.charCodeAt(j)]; v; k++, v >>= 2) {
            var doc = (j - 1) * 3 + k, f = (v & 3) === 3 ? 2 : (v & 3) ? 1 : 0;
            if (flags[doc] < f) flags[doc] = f;
          }
        }
        return;
      }
      var n = 0, shift = 0, last = 0;
      for (var i = 0; i < code.length; i++) {
        var v = DIGIT[code.charCodeAt(i)];
        n += (v & 31) * Math.pow(2, shift);
        if (v >= 32) { shift += 5; continue; }
        last += n;
        var doc = last >> 1, f = (last & 1) ? 2 : 1;
        if (flags[doc] < f) flags[doc] = f;
        n = 0; shift = 0;
      }
    }

    // -> {total, ids}: every matching article (by its place), best first (or newest first with byDate).
    async function search(query, filters, byDate) {
      var m = await manifest();
      var words = await stemsOf(m, query || "");
      // as Pagefind: a query of only signs ('(', '*') finds nothing; only no query at all lists every article
      if (!words.length && /\S/.test(query || "")) return { total: 0, ids: [] };
      var kinds = Object.keys(filters || {});
      if (!words.length && !kinds.length) {   // every article, newest first: their places in order
        var all = [];
        for (var r = 0; r < m.docs; r++) all.push(r);
        return { total: all.length, ids: all };
      }
      var placed = places(m);   // loaded beside the term chunks
      placed.catch(function () {});   // (its failure is met below)
      // count: the query's words each article has, to compare with `used` (in bytes it wrapped at 256:
      // a pasted paragraph of 256 words or more found nothing, where Pagefind found its article)
      var n = m.docs, count = new Uint32Array(n), score = new Float64Array(n), used = 0;
      // in quotes, as Pagefind: each word exactly (no longer words), and none may be missing.
      // Pagefind also wants them side by side; this index has no positions (a known gap)
      var exactly = EXACT.test(query || "");
      var lists = await Promise.all(words.map(function (w) {
        return exactly ? exact(m, w).then(function (code) { return code ? [code] : []; }) : matches(m, w);
      }));
      if (exactly && lists.some(function (codes) { return !codes.length; })) return { total: 0, ids: [] };
      lists.forEach(function (codes) {
        if (!codes.length) return;   // as Pagefind: a word found nowhere is left out
        var flags = new Uint8Array(n), df = 0;
        codes.forEach(function (code) { mark(code, flags); });
        for (var d = 0; d < n; d++) if (flags[d]) df++;
        var idf = Math.log(1 + n / df);
        for (var e = 0; e < n; e++) if (flags[e]) { count[e]++; score[e] += idf * (flags[e] === 2 ? 3 : 1); }
        used++;
      });
      if (words.length && !used) return { total: 0, ids: [] };
      var codes = await Promise.all(kinds.map(function (k) { return exact(m, m.filterMark + k + m.filterMark + filters[k]); }));
      var allowed = null;
      codes.forEach(function (code) {
        var flags = new Uint8Array(n);
        mark(code, flags);
        if (allowed) for (var d = 0; d < n; d++) allowed[d] = allowed[d] && flags[d]; else allowed = flags;
      });
      await placed;
      var ids = [], place = m.place, order = m.order;
      for (var r = 0; r < n; r++) {   // newest first
        var doc = order[r];
        if (count[doc] === used && (!allowed || allowed[doc])) ids.push(doc);
      }
      if (!byDate) ids.sort(function (a, b) { return score[b] - score[a] || place[a] - place[b]; });   // ties: newest first
      return { total: ids.length, ids: ids.map(function (doc) { return place[doc]; }) };
    }

    // The start of an article's text, its words that match the query marked: [[text, marked]...]
    function excerpt(m, text, words) {
      // no words to mark (the newest articles): the stemmer may not be loaded, and is not needed
      var stem = m.stemmer && words.length ? window.ChronicleStemmers[m.stemmer] : function (w) { return w; };
      var parts = [];
      text.split(/(\s+)/).forEach(function (piece) {
        var word = piece.replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
        var term = word && stem(word);
        var hit = term && words.some(function (w) { return term.slice(0, w.length) === w; });
        var last = parts[parts.length - 1];
        if (last && last[1] === Boolean(hit) && !hit) last[0] += piece; else parts.push([piece, Boolean(hit)]);
      });
      return parts;
    }

    // -> [{url, title, date, source, excerpt}] of articles `ids` (their document chunks only).
    async function docs(ids, query) {
      var m = await manifest();
      var words = await stemsOf(m, query || "");
      var files = ids.map(function (id) { return m.docChunks[Math.floor(id / m.perChunk)]; });
      await Promise.all(files.map(function (f) { return load(f, "docs"); }));
      return ids.map(function (id, i) {
        var d = store.docs[files[i]][id % m.perChunk];
        var slug = d[0] || titleSlug(d[1]);   // "": the slug is its title's (urls.title_slug)
        var path = slug.indexOf("/") < 0 ? m.docPath[0] + slug + m.docPath[1] : slug;   // a slug: an article
        return { url: root + path, title: d[1], date: d[2], source: d[3], excerpt: excerpt(m, d[4], words) };
      });
    }

    // an ASCII title's slug, as urls.title_slug makes it (the index stores "" for no other title)
    function titleSlug(title) {
      return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    }

    // While the reader is still typing: load the chunks the query will need.
    async function preload(query) {
      var m = await manifest();
      await Promise.all((await stemsOf(m, query || "")).map(function (w) { return matches(m, w); }));
    }

    // The stems of a query's words, as the index (and Pagefind) has them; none for a query in
    // quotes, which Pagefind never answers with a shorter word (search-pagefind.js).
    async function queryStems(query) {
      if (EXACT.test(query || "")) return [];
      return stemsOf(await manifest(), query || "");
    }

    // An excerpt's parts with the query's words marked, as docs() marks them: Pagefind's
    // results show the same excerpt (outputs/search/canonical.py), marked here.
    async function marked(text, query) {
      var m = await manifest();
      return excerpt(m, text, await stemsOf(m, query || ""));
    }

    return { name: "offline", search: search, docs: docs, preload: preload, stems: queryStems, marked: marked };
  };
})();
