/* Decision tables: filter rows as you type, keep the filter in the URL, count rows.
 *
 * Matching ignores case, diacritics, the digit script (۵۰۰ = 500), thousands
 * separators (500 000 = 500,000 = ۵۰۰٫۰۰۰), Persian/Arabic letter variants and
 * zero-width joiners. Without JavaScript the filter box stays hidden and the whole
 * table is shown. No third-party code.
 */
(function () {
  "use strict";

  var DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0xff10]; // Arabic-Indic, Persian, Devanagari, full-width
  var LETTER_VARIANTS = { "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا" };

  function asciiDigits(text) {
    return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/g, function (digit) {
      var code = digit.charCodeAt(0);
      for (var i = 0; i < DIGIT_ZEROS.length; i++) {
        if (code >= DIGIT_ZEROS[i] && code <= DIGIT_ZEROS[i] + 9) return String(code - DIGIT_ZEROS[i]);
      }
      return digit;
    });
  }

  function normalize(text) {
    return asciiDigits(text.normalize("NFKD"))
      .replace(/\p{M}/gu, "")
      .replace(/[\u200b-\u200f\u2060\ufeff\u0640]/g, "")
      .replace(/[يىكةۀأإآ]/g, function (letter) { return LETTER_VARIANTS[letter]; })
      .replace(/(\d)[\s,.'\u00a0\u202f\u066b\u066c\u2019](?=\d{3}(?!\d))/g, "$1")
      .toLowerCase()
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
