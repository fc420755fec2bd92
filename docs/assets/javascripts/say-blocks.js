/* "Say this" blocks and script cells: reveal each script's copy button, labelled in the page's language.
 * The copying itself is Material's clipboard handler (data-clipboard-target), which
 * also works on plain-http intranet hosts and shows the "copied" notice. */
(function () {
  "use strict";

  function copyLabel() {
    var config = document.getElementById("__config");
    try {
      return JSON.parse(config.textContent).translations["clipboard.copy"];
    } catch (error) {
      return "Copy";
    }
  }

  /* Reveals the copy buttons under root: the page's, and those of an answer card
   * decision-tables.js builds later. */
  function reveal(root) {
    var label = copyLabel();
    var buttons = root.querySelectorAll(".kb-script-copy");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].title = label;
      buttons[i].setAttribute("aria-label", label);
      buttons[i].hidden = false;
    }
  }

  function setUp() {
    reveal(document);
  }

  window.kbSayBlocks = { reveal: reveal };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
