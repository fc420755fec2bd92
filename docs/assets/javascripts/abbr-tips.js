/* Abbreviation tooltips that stay on screen and work without a mouse.
 *
 * Glossary terms are <abbr title="…">. The browser's own tooltip shows only on hover, and
 * Material's (content.tooltips, switched off) opened off-screen on right-to-left pages and
 * renders the title as HTML. Here each term is focusable; its expansion shows on hover, on
 * keyboard focus and on tap, as plain text, placed inside the viewport in either direction;
 * Escape dismisses it (WCAG 2.2, 1.4.13), and it stays while the pointer is over it. Without
 * JavaScript the title attribute still gives the browser's tooltip.
 */
(function () {
  "use strict";

  var TIP_ID = "kb-abbr-tip";
  var MARGIN = 8;
  var tip = null;
  var shownFor = null;
  var hideTimer = null;

  function tooltip() {
    if (!tip) {
      tip = document.createElement("div");
      tip.id = TIP_ID;
      tip.className = "kb-abbr-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      tip.addEventListener("mouseleave", function () { hideSoon(); });
      document.body.appendChild(tip);
    }
    return tip;
  }

  function place(term) {
    var box = term.getBoundingClientRect();
    var width = tip.offsetWidth;
    var height = tip.offsetHeight;
    var rightToLeft = getComputedStyle(term).direction === "rtl";
    var left = rightToLeft ? box.right - width : box.left;
    left = Math.max(MARGIN, Math.min(left, window.innerWidth - width - MARGIN));
    var top = box.bottom + MARGIN / 2;
    if (top + height > window.innerHeight - MARGIN && box.top - height - MARGIN / 2 >= MARGIN) top = box.top - height - MARGIN / 2;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function show(term) {
    clearTimeout(hideTimer);
    if (shownFor && shownFor !== term) shownFor.removeAttribute("aria-describedby");
    var element = tooltip();
    element.textContent = term.getAttribute("data-kb-tip");
    // The expansion is in the page's language, even for a term inside a script in another.
    element.lang = document.documentElement.lang;
    element.dir = document.documentElement.dir || "ltr";
    element.hidden = false;
    term.setAttribute("aria-describedby", TIP_ID);
    shownFor = term;
    place(term);
  }

  function hide() {
    clearTimeout(hideTimer);
    if (tip) tip.hidden = true;
    if (shownFor) shownFor.removeAttribute("aria-describedby");
    shownFor = null;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () {
      if (shownFor && document.activeElement === shownFor) return;
      hide();
    }, 300);
  }

  function setUp() {
    var terms = document.querySelectorAll(".md-typeset abbr[title]");
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      term.setAttribute("data-kb-tip", term.getAttribute("title"));
      term.removeAttribute("title");
      term.tabIndex = 0;
      term.classList.add("kb-abbr");
      term.addEventListener("mouseenter", function (event) { show(event.currentTarget); });
      term.addEventListener("mouseleave", hideSoon);
      term.addEventListener("focus", function (event) { show(event.currentTarget); });
      term.addEventListener("blur", hideSoon);
      term.addEventListener("click", function (event) { show(event.currentTarget); });
    }
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && shownFor) hide();
    });
    // A tap elsewhere closes it; scrolling or resizing would leave it behind.
    document.addEventListener("pointerdown", function (event) {
      if (shownFor && !event.target.closest(".kb-abbr, .kb-abbr-tip")) hide();
    });
    window.addEventListener("scroll", function () { if (shownFor) place(shownFor); }, { passive: true });
    window.addEventListener("resize", function () { if (shownFor) place(shownFor); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
