/* Decision tables: filter rows as you type, keep the filter in the URL, count rows.
 *
 * Rows and queries are folded with the KB's one folding table (text-fold.js): letter
 * variants, digit scripts (۵۰۰ = 500), invisible characters; matching ignores case and
 * diacritics, and thousands separators (500 000 = 500,000 = ۵۰۰٫۰۰۰). Without JavaScript
 * the filter box stays hidden and the whole table is shown. No third-party code.
 */
(function () {
  "use strict";

  var fold = window.kbTextFold;
  // A separator between digit groups of one number (500 000 = 500,000 = ۵۰۰٫۰۰۰): dropped.
  var GROUP_SEPARATOR = new RegExp("(\\d)" + fold.characterClass(fold.numberSeparators + " \t\n") + "(?=\\d{3}(?!\\d))", "g");

  function normalize(text) {
    return fold.loose(fold.fold(fold.asciiDigits(text)))
      .replace(GROUP_SEPARATOR, "$1")
      .replace(/\s+/g, " ")
      .trim();
  }

  function formatCount(template, shown, total) {
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
    return template.replace("{shown}", numbers.format(shown)).replace("{total}", numbers.format(total));
  }

  function parameterName(tableId) {
    return "filter-" + tableId;
  }

  function setUp(container) {
    var tableId = container.getAttribute("data-kb-table");
    var box = container.querySelector(".kb-dt-filter");
    var input = container.querySelector("[data-kb-filter]");
    var clear = container.querySelector("[data-kb-clear]");
    var count = container.querySelector("[data-kb-count]");
    var rows = Array.prototype.slice.call(container.querySelectorAll("tbody > tr"));
    // Normalised once: typing then only compares strings.
    var rowTexts = rows.map(function (row) { return normalize(row.textContent); });

    function apply(query, updateUrl) {
      var terms = normalize(query).split(" ").filter(Boolean);
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var text = rowTexts[i];
        var match = terms.every(function (term) { return text.indexOf(term) !== -1; });
        rows[i].hidden = !match;
        if (match) shown++;
      }
      count.textContent = formatCount(count.getAttribute("data-template"), shown, rows.length);
      clear.disabled = query === "";
      if (updateUrl) {
        var url = new URL(window.location.href);
        if (query) url.searchParams.set(parameterName(tableId), query);
        else url.searchParams.delete(parameterName(tableId));
        window.history.replaceState(window.history.state, "", url);
      }
    }

    input.addEventListener("input", function () { apply(input.value, true); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value) {
        event.preventDefault();
        input.value = "";
        apply("", true);
      }
    });
    clear.addEventListener("click", function () {
      input.value = "";
      apply("", true);
      input.focus();
    });

    input.value = new URL(window.location.href).searchParams.get(parameterName(tableId)) || "";
    box.hidden = false;
    apply(input.value, false);

    // A row link must show its row, even when a shared filter would hide it.
    var target = window.location.hash && container.querySelector("tr[id='" + CSS.escape(decodeURIComponent(window.location.hash.slice(1))) + "']");
    if (target && target.hidden) {
      input.value = "";
      apply("", true);
      target.scrollIntoView();
    }
  }

  function setUpAll() {
    var containers = document.querySelectorAll(".kb-decision-table[data-kb-table]");
    for (var i = 0; i < containers.length; i++) setUp(containers[i]);
  }

  // Exposed for the benchmark and tests; the page itself needs nothing global.
  window.kbDecisionTables = { normalize: normalize };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUpAll);
  else setUpAll();
})();
