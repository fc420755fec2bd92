/* The navigation's draft mark is an icon with a title (Material's page status); a title alone
 * is not read out reliably, so each mark becomes an image named in the page's language. */
(function () {
  "use strict";

  function setUp() {
    var marks = document.querySelectorAll(".md-nav .md-status[title]");
    for (var i = 0; i < marks.length; i++) {
      marks[i].setAttribute("role", "img");
      marks[i].setAttribute("aria-label", marks[i].getAttribute("title"));
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
