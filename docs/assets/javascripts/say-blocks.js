/* "Say this" blocks: reveal each script's copy button, labelled in the page's language.
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

  function setUp() {
    var label = copyLabel();
    var buttons = document.querySelectorAll(".kb-script-copy");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].title = label;
      buttons[i].setAttribute("aria-label", label);
      buttons[i].hidden = false;
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
