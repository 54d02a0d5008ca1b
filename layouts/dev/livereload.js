/* Chronicle dev server client: reloads the page after a rebuild and shows build errors.
   Loaded only by `build.py serve` (layouts/partials/dev.html); never part of a published site.
   Listens to server-sent events on /__chronicle/events:
     hello    {build, ok, errors}  on every (re)connect: the current state
     reload   {build}              the site changed, or a failed build was fixed
     problems {build, ok, errors}  the last save broke the build; the page stays as it was */
(function () {
  "use strict";
  if (window.__chronicleDev || !window.EventSource) { return; }
  window.__chronicleDev = true;

  var OVERLAY_ID = "chronicle-dev-overlay";
  var SCROLL_KEY = "chronicle-dev-scroll:" + location.pathname;
  // The server tags the script URL with the build the page came from (?build=...), so a tab that
  // starts listening late still notices a newer build.
  var firstBuild = (function () {
    var script = document.currentScript;
    var m = script && /[?&]build=([^&]+)/.exec(script.src);
    return m ? decodeURIComponent(m[1]) : null;
  }());

  // A page of the site on disk (served while no preview build has succeeded) gets the client
  // added by the server, with from=disk: it was built by `make site`, not by the preview.
  var fromDisk = (function () {
    var script = document.currentScript;
    return Boolean(script && /[?&]from=disk(&|$)/.test(script.src));
  }());

  // The preview builds without the search index (making it takes seconds, too long for every
  // save), so its search page cannot search: say that, not "Search was not built for this
  // site", which is about a published site.
  function explainSearch() {
    var form = document.getElementById("search-form"), status = document.getElementById("search-status");
    if (fromDisk || !form || !status || form.getAttribute("data-search") !== "off") { return; }
    status.textContent = "Search is off in the preview: its index takes seconds to make, too long to " +
      "redo at every save. Run make site, then open site/search.html to search.";
  }

  function reload() {
    try { sessionStorage.setItem(SCROLL_KEY, String(window.scrollY)); } catch (e) { /* private mode */ }
    location.reload();
  }

  function restoreScroll() {
    try {
      var y = sessionStorage.getItem(SCROLL_KEY);
      if (y !== null) {
        sessionStorage.removeItem(SCROLL_KEY);
        window.scrollTo(0, parseInt(y, 10) || 0);
      }
    } catch (e) { /* private mode */ }
  }

  function css(el, text) { el.style.cssText = text; return el; }  // CSSOM: allowed by a strict CSP

  function hideOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) { old.parentNode.removeChild(old); }
  }

  function showOverlay(errors) {
    hideOverlay();
    var box = css(document.createElement("section"), [
      "position:fixed", "left:0", "right:0", "bottom:0", "max-height:60vh", "overflow:auto",
      "z-index:2147483647", "margin:0", "padding:1rem 1.25rem", "background:#2b0b0e", "color:#ffe9e9",
      "border-top:4px solid #ff5c5c", "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace",
      "box-shadow:0 -4px 24px rgba(0,0,0,.4)"].join(";"));
    box.id = OVERLAY_ID;
    box.setAttribute("role", "alert");
    box.setAttribute("aria-label", "Build errors");

    var title = css(document.createElement("h2"), "margin:0 0 .4rem;font:bold 15px/1.4 inherit;color:#fff");
    title.textContent = "Chronicle: the last save broke the build (" + errors.length +
      (errors.length === 1 ? " problem" : " problems") + ")";
    var note = css(document.createElement("p"), "margin:0 0 .6rem;color:#ffbdbd");
    note.textContent = "This page is the last good build. Fix the file and save; this message goes away.";
    var list = css(document.createElement("ul"), "margin:0;padding:0;list-style:none");
    errors.forEach(function (e) {
      var item = css(document.createElement("li"), "margin:.3rem 0;white-space:pre-wrap;word-break:break-word");
      var where = css(document.createElement("strong"), "color:#fff");
      where.className = "chronicle-dev-location";
      where.textContent = e.location;
      item.appendChild(where);
      item.appendChild(document.createTextNode(": " + e.severity + ": " + e.message));
      list.appendChild(item);
    });
    var close = css(document.createElement("button"),
      "position:absolute;top:.6rem;right:1rem;background:transparent;color:#fff;border:1px solid #ff9d9d;" +
      "border-radius:4px;padding:.1rem .6rem;cursor:pointer;font:inherit");
    close.type = "button";
    close.textContent = "Hide";
    close.addEventListener("click", hideOverlay);

    box.appendChild(title);
    box.appendChild(note);
    box.appendChild(list);
    box.appendChild(close);
    document.body.appendChild(box);
  }

  function show(state) {
    if (state.errors && state.errors.length) { showOverlay(state.errors); } else { hideOverlay(); }
  }

  // Browsers allow about six connections per host over HTTP/1.1 and an event stream holds one
  // for good: only visible tabs listen, and a tab that comes back checks for a newer build.
  var source = null;

  function connect() {
    if (source) { return; }
    source = new EventSource("/__chronicle/events");
    source.addEventListener("hello", function (ev) {
      var state = JSON.parse(ev.data);
      window.__chronicleDevConnected = true;   // tests wait for this before saving
      if (firstBuild === null) {
        firstBuild = state.build;
      } else if (state.build !== firstBuild) {
        reload();   // rebuilt (or the server restarted) while we were not listening
        return;
      }
      show(state);
    });
    source.addEventListener("reload", function () { reload(); });
    source.addEventListener("problems", function (ev) { show(JSON.parse(ev.data)); });
    // on a dropped connection EventSource reconnects by itself (the server asks for retry: 1000 ms)
  }

  function disconnect() {
    if (source) { source.close(); source = null; }
    window.__chronicleDevConnected = false;
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { disconnect(); } else { connect(); }
  });
  window.addEventListener("pagehide", disconnect);
  window.addEventListener("pageshow", function () { if (!document.hidden) { connect(); } });

  restoreScroll();
  explainSearch();
  if (!document.hidden) { connect(); }
}());
