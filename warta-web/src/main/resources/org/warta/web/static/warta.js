// Progressive enhancement only: every page works without this script.
// 1. Keyboard navigation for lists: j / k move between articles, o or Enter opens the selected one.
// 2. The reader's time zone: when no "tz" cookie is set, remember the browser's own zone so that
//    the next pages show dates in it (the zone menu in the footer changes it).
(function () {
  "use strict";
  var cards = [];
  var current = -1;
  function select(i) {
    if (!cards.length) return;
    if (current >= 0) cards[current].classList.remove("selected");
    current = Math.max(0, Math.min(cards.length - 1, i));
    var card = cards[current];
    card.classList.add("selected");
    var link = card.querySelector("h3 a");
    if (link) link.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
  }
  function rememberZone() {
    if (/(^|;\s*)tz=/.test(document.cookie)) return;
    var zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return; }
    if (/^[A-Za-z]+(\/[A-Za-z0-9_+\-]+){1,2}$/.test(zone) || zone === "UTC") {
      document.cookie = "tz=" + zone + "; path=/; max-age=31536000; samesite=lax";
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    cards = Array.prototype.slice.call(document.querySelectorAll("main .card"));
    rememberZone();
  });
  document.addEventListener("keydown", function (e) {
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "j") select(current + 1);
    else if (e.key === "k") select(current - 1);
    else if (current >= 0 && (e.key === "o" || (e.key === "Enter" && tag !== "A"))) {
      var link = cards[current].querySelector("h3 a");
      if (link) window.location.href = link.href;
    }
  });
})();
