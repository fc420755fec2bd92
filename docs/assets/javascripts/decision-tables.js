/* Decision tables: filter rows as you type, or answer the guided questions until one row is
 * left, shown as an answer card (what to say, with copy; what to do; the details link).
 *
 * The markup comes from the build (hooks/kb/components/decision_tables/): each row says which
 * choice of each question it answers to (data-kb-choices="status=new delivery=*"), so no table
 * needs code of its own. Filter and choices live in the URL (filter-<table>, guide-<table>),
 * so a link, a reload or the language switcher keeps them. Keyboard: arrow keys move between
 * choices (native radio groups), Enter goes on to the next question or the answer, Escape steps
 * back. The row count is a live region, so a screen reader hears how many rows are left.
 *
 * Rows and queries are folded with the KB's one folding table (text-fold.js): letter
 * variants, digit scripts (۵۰۰ = 500), invisible characters; matching ignores case and
 * diacritics, and thousands separators (500 000 = 500,000 = ۵۰۰٫۰۰۰). Without JavaScript
 * the controls stay hidden and the whole table is shown. No third-party code.
 */
(function () {
  "use strict";

  var fold = window.kbTextFold;
  // A separator between digit groups of one number (500 000 = 500,000 = ۵۰۰٫۰۰۰): dropped.
  var GROUP_SEPARATOR = new RegExp("(\\d)" + fold.characterClass(fold.numberSeparators + " \t\n") + "(?=\\d{3}(?!\\d))", "g");
  var ANY = "*";

  function normalize(text) {
    return fold.loose(fold.fold(fold.asciiDigits(text)))
      .replace(GROUP_SEPARATOR, "$1")
      .replace(/\s+/g, " ")
      .trim();
  }

  var numberFormat = null;

  function formatNumber(number) {
    numberFormat = numberFormat || new Intl.NumberFormat(document.documentElement.lang || undefined);
    return numberFormat.format(number);
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  /* "status=new status=basket delivery=*" -> {status: ["new", "basket"], delivery: ["*"]} */
  function parseChoices(attribute) {
    var choices = {};
    (attribute || "").split(" ").filter(Boolean).forEach(function (pair) {
      var cut = pair.indexOf("=");
      var question = pair.slice(0, cut);
      (choices[question] = choices[question] || []).push(pair.slice(cut + 1));
    });
    return choices;
  }

  function answers(rowChoices, question, value) {
    var values = rowChoices[question] || [];
    return values.indexOf(value) !== -1 || values.indexOf(ANY) !== -1;
  }

  /* Rows left: those matching every chosen answer and the filter's words. */
  function matches(row, chosen) {
    for (var i = 0; i < chosen.length; i++) {
      if (!answers(row.choices, chosen[i][0], chosen[i][1])) return false;
    }
    return row.filtered;
  }

  /* How many rows each choice would leave, given the other questions' answers and the filter:
   * one pass over the rows. A row missing only question q's answer still counts for q's
   * choices; "any" counts for every choice of its question. Returns count(question, value). */
  function choiceCounts(rows, chosen, questionKeys) {
    var counts = {};
    var anyCounts = {};
    rows.forEach(function (row) {
      if (!row.filtered) return;
      var failures = 0;
      var failed = null;
      for (var i = 0; i < chosen.length && failures < 2; i++) {
        if (!answers(row.choices, chosen[i][0], chosen[i][1])) {
          failures++;
          failed = chosen[i][0];
        }
      }
      if (failures > 1) return;
      questionKeys.forEach(function (question) {
        if (failures === 1 && failed !== question) return;
        (row.choices[question] || []).forEach(function (value) {
          if (value === ANY) anyCounts[question] = (anyCounts[question] || 0) + 1;
          else counts[question + "=" + value] = (counts[question + "=" + value] || 0) + 1;
        });
      });
    });
    return function (question, value) {
      return (counts[question + "=" + value] || 0) + (anyCounts[question] || 0);
    };
  }

  /* The URL form of the choices, in the order they were made (Escape undoes the last). */
  function encodeChosen(chosen) {
    return chosen.map(function (pair) { return pair[0] + ":" + pair[1]; }).join(",");
  }

  function decodeChosen(text) {
    return (text || "").split(",").filter(Boolean).map(function (pair) {
      var cut = pair.indexOf(":");
      return [pair.slice(0, cut), pair.slice(cut + 1)];
    }).filter(function (pair) { return pair[0] && pair[1]; });
  }

  function setUp(container) {
    var tableId = container.getAttribute("data-kb-table");
    var filterBox = container.querySelector(".kb-dt-filter");
    var input = container.querySelector("[data-kb-filter]");
    var clear = container.querySelector("[data-kb-clear]");
    var count = container.querySelector("[data-kb-count]");
    var guide = container.querySelector("[data-kb-guide]");
    var card = container.querySelector("[data-kb-answer]");
    var empty = container.querySelector("[data-kb-empty]");
    var emptyText = container.querySelector("[data-kb-empty-text]");
    var table = container.querySelector("table");
    var questions = Array.prototype.slice.call(container.querySelectorAll("[data-kb-question]"));
    var questionKeys = questions.map(function (fieldset) { return fieldset.getAttribute("data-kb-question"); });
    var radios = Array.prototype.slice.call(container.querySelectorAll("[data-kb-question] input[type=radio]"));
    // Each choice with its question and the element showing its count, found once.
    var choices = radios.map(function (radio) {
      return { radio: radio, question: radio.closest("[data-kb-question]").getAttribute("data-kb-question"), count: radio.parentNode.querySelector("[data-kb-choice-count]") };
    });
    var rows = Array.prototype.slice.call(container.querySelectorAll("tbody > tr")).map(function (element) {
      // Normalised once: typing then only compares strings.
      return { element: element, text: normalize(element.textContent), choices: parseChoices(element.getAttribute("data-kb-choices")), filtered: true };
    });
    var filterParameter = "filter-" + tableId;
    var guideParameter = "guide-" + tableId;
    var chosen = [];
    var firstHit = container.getAttribute("data-kb-hit-policy") === "first";

    function questionOf(radio) {
      return radio.closest("[data-kb-question]").getAttribute("data-kb-question");
    }

    function saveState() {
      var url = new URL(window.location.href);
      if (input.value) url.searchParams.set(filterParameter, input.value);
      else url.searchParams.delete(filterParameter);
      if (chosen.length) url.searchParams.set(guideParameter, encodeChosen(chosen));
      else url.searchParams.delete(guideParameter);
      window.history.replaceState(window.history.state, "", url);
    }

    function showAnswer(row) {
      var title = card.querySelector(".kb-dt-answer-title");
      card.replaceChildren(title);
      var conditions = Array.prototype.slice.call(row.querySelectorAll("th[scope=row] > span, td[data-kb-condition] > span"));
      var situation = document.createElement("p");
      situation.className = "kb-dt-answer-situation";
      situation.textContent = conditions.map(function (span) { return span.textContent.trim(); }).join(" · ");
      card.appendChild(situation);
      var list = document.createElement("dl");
      Array.prototype.forEach.call(row.querySelectorAll("td[data-kb-output]"), function (cell) {
        if (!cell.textContent.trim()) return;
        var term = document.createElement("dt");
        term.textContent = cell.getAttribute("data-kb-label");
        var detail = document.createElement("dd");
        detail.className = cell.className;
        Array.prototype.forEach.call(cell.childNodes, function (node) { detail.appendChild(node.cloneNode(true)); });
        // The copy buttons copy the card's own script, whose id must stay unique.
        Array.prototype.forEach.call(detail.querySelectorAll("[id]"), function (element) { element.id += "--answer"; });
        Array.prototype.forEach.call(detail.querySelectorAll("[data-clipboard-target]"), function (button) {
          button.setAttribute("data-clipboard-target", button.getAttribute("data-clipboard-target") + "--answer");
        });
        list.appendChild(term);
        list.appendChild(detail);
      });
      card.appendChild(list);
      if (window.kbSayBlocks) window.kbSayBlocks.reveal(card);
      card.hidden = false;
    }

    function apply() {
      var terms = normalize(input.value).split(" ").filter(Boolean);
      rows.forEach(function (row) {
        row.filtered = terms.every(function (term) { return row.text.indexOf(term) !== -1; });
      });
      // Only what changes is written: on a long table, untouched rows cost no style work.
      var left = rows.filter(function (row) {
        var hide = !matches(row, chosen);
        if (row.element.hidden !== hide) row.element.hidden = hide;
        return !hide;
      });

      var leftBy = choiceCounts(rows, chosen, questionKeys);
      choices.forEach(function (choice) {
        var n = leftBy(choice.question, choice.radio.value);
        var checked = chosen.some(function (pair) { return pair[0] === choice.question && pair[1] === choice.radio.value; });
        if (choice.radio.checked !== checked) choice.radio.checked = checked;
        if (choice.radio.disabled !== (n === 0 && !checked)) choice.radio.disabled = n === 0 && !checked;
        var text = formatNumber(n);
        if (choice.count.textContent !== text) choice.count.textContent = text;
      });

      count.textContent = fill(count.getAttribute("data-template"), { shown: formatNumber(left.length), total: formatNumber(rows.length) });
      clear.disabled = input.value === "";
      table.hidden = left.length === 0;
      empty.hidden = left.length !== 0;
      if (left.length === 0) {
        emptyText.textContent = input.value
          ? fill(emptyText.getAttribute("data-template"), { query: input.value })
          : emptyText.getAttribute("data-kb-guide-template");
      }
      // One row left is the answer; under hit policy "first", so is the first row left once
      // every question is answered (the table lists its rows in order of precedence).
      var answered = chosen.length === questions.length;
      if (chosen.length && (left.length === 1 || (answered && firstHit && left.length))) showAnswer(left[0].element);
      else card.hidden = true;
      container.setAttribute("data-kb-state", input.value || chosen.length ? "narrowed" : "all");
      container.setAttribute("data-kb-printed-state", narrowedBy());
    }

    /* What the rows were narrowed by, in words, stated above the table when it is printed. */
    function narrowedBy() {
      var parts = [];
      if (input.value) parts.push(filterBox.querySelector("label").textContent + ": " + input.value);
      chosen.forEach(function (pair) {
        var fieldset = guide.querySelector("[data-kb-question='" + CSS.escape(pair[0]) + "']");
        var radio = fieldset && fieldset.querySelector("input[value='" + CSS.escape(pair[1]) + "']");
        if (radio) parts.push(fieldset.querySelector("legend").textContent + ": " + radio.nextElementSibling.textContent);
      });
      return parts.join(" · ");
    }

    // Writing the address costs Chromium about 10 ms: after a choice it waits until the answer
    // is on screen. It always writes the state as it is then.
    var saving = null;
    function saveStateSoon() {
      if (saving === null) saving = setTimeout(function () { saving = null; saveState(); }, 0);
    }

    function choose(radio) {
      var question = questionOf(radio);
      chosen = chosen.filter(function (pair) { return pair[0] !== question; }).concat([[question, radio.value]]);
      apply();
      saveStateSoon();
    }

    function firstChoice(fieldset) {
      var enabled = Array.prototype.slice.call(fieldset.querySelectorAll("input[type=radio]")).filter(function (radio) { return !radio.disabled; });
      return enabled.filter(function (radio) { return radio.checked; })[0] || enabled[0];
    }

    /* Enter: on to the answer if one row is left, else to the next unanswered question. */
    function goOn() {
      if (!card.hidden) { card.focus(); return; }
      var open = questions.filter(function (fieldset) {
        var question = fieldset.getAttribute("data-kb-question");
        return !chosen.some(function (pair) { return pair[0] === question; }) && firstChoice(fieldset);
      })[0];
      if (open) firstChoice(open).focus();
    }

    function stepBack() {
      var last = chosen.pop();
      apply();
      saveState();
      if (!last) return;
      var fieldset = guide.querySelector("[data-kb-question='" + CSS.escape(last[0]) + "']");
      if (fieldset && firstChoice(fieldset)) firstChoice(fieldset).focus();
    }

    function reset() {
      chosen = [];
      apply();
      saveState();
    }

    radios.forEach(function (radio) {
      radio.addEventListener("change", function () { choose(radio); });
      radio.addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
          event.preventDefault();
          if (!radio.checked) choose(radio);
          goOn();
        }
      });
    });
    guide.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && chosen.length) {
        event.preventDefault();
        stepBack();
      }
    });
    guide.querySelector("[data-kb-guide-back]").addEventListener("click", stepBack);
    guide.querySelector("[data-kb-guide-reset]").addEventListener("click", function () {
      reset();
      var first = questions[0] && firstChoice(questions[0]);
      if (first) first.focus();
    });
    container.querySelector("[data-kb-empty-clear]").addEventListener("click", function () {
      input.value = "";
      reset();
      input.focus();
    });

    input.addEventListener("input", function () { apply(); saveState(); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value) {
        event.preventDefault();
        input.value = "";
        apply();
        saveState();
      }
    });
    clear.addEventListener("click", function () {
      input.value = "";
      apply();
      saveState();
      input.focus();
    });

    // A row's link copies the row's full address (release and language included); the
    // browser still moves to the row, and nothing rewrites the address afterwards.
    Array.prototype.forEach.call(container.querySelectorAll(".kb-dt-permalink"), function (link) {
      var url = new URL(link.getAttribute("href"), window.location.href);
      url.search = "";
      link.setAttribute("data-clipboard-text", url.href);
    });

    var url = new URL(window.location.href);
    input.value = url.searchParams.get(filterParameter) || "";
    var known = {};
    radios.forEach(function (radio) { known[questionOf(radio) + ":" + radio.value] = true; });
    chosen = decodeChosen(url.searchParams.get(guideParameter)).filter(function (pair) { return known[pair[0] + ":" + pair[1]]; });
    filterBox.hidden = false;
    guide.hidden = false;
    if (chosen.length) guide.open = true;
    apply();

    // A row link must show its row, even when a shared filter or choice would hide it.
    var target = window.location.hash && container.querySelector("tr[id='" + CSS.escape(decodeURIComponent(window.location.hash.slice(1))) + "']");
    if (target && target.hidden) {
      input.value = "";
      chosen = [];
      apply();
      saveState();
      target.scrollIntoView();
    }
  }

  function setUpAll() {
    var containers = document.querySelectorAll(".kb-decision-table[data-kb-table]");
    for (var i = 0; i < containers.length; i++) setUp(containers[i]);
  }

  // Exposed for the benchmark and tests; the page itself needs nothing global.
  window.kbDecisionTables = { normalize: normalize, parseChoices: parseChoices };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUpAll);
  else setUpAll();
})();
