// Keyboard navigation for lists: j / k move between articles, o or Enter opens the selected one.
// Progressive enhancement only: every page works without this script.
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
  document.addEventListener("DOMContentLoaded", function () {
    cards = Array.prototype.slice.call(document.querySelectorAll("main .card"));
  });
  document.addEventListener("keydown", function (e) {
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "j") select(current + 1);
    else if (e.key === "k") select(current - 1);
    else if (e.key === "o" && current >= 0) {
      var link = cards[current].querySelector("h3 a");
      if (link) window.location.href = link.href;
    }
  });
})();
