/* The language switcher keeps the agent's place: the other language's page opens at the same
 * row anchor, with the same table filter and guided choices (decision-tables.js keeps them in
 * the address; row ids and table ids are the same in every language). The links are brought
 * up to date just before they are followed, so they always carry the current state. */
(function () {
  "use strict";

  var SWITCHER_LINK = "a.md-select__link[hreflang]";

  function carryPlace(link) {
    var base = link.getAttribute("data-kb-base") || link.getAttribute("href");
    link.setAttribute("data-kb-base", base);
    var target = new URL(base, window.location.href);
    target.search = window.location.search;
    target.hash = window.location.hash;
    link.setAttribute("href", target.href);
  }

  function onEvent(event) {
    var link = event.target.closest && event.target.closest(SWITCHER_LINK);
    if (link) carryPlace(link);
  }

  // pointerdown and focusin come before the click (and before a middle click or a copied link).
  ["pointerdown", "focusin", "click", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, onEvent, true);
  });
})();
