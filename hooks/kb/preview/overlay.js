/* The editor's preview (`make serve` only; never published): what the last build found, over
 * the page. Written into the served site by hooks/kb/preview/events.py; the findings come from
 * kb-preview/findings.json, which every build rewrites. Text only: a finding quotes an
 * editor's words, which are never markup. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var reportUrl = new URL("findings.json", script.src);

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function problemItem(problem) {
    var item = element("li");
    if (problem.where) item.appendChild(element("code", {}, problem.where));
    item.appendChild(document.createTextNode((problem.where ? " " : "") + problem.problem));
    if (problem.fix) {
      var fix = element("p", { "class": "kb-preview__fix" });
      fix.appendChild(element("strong", {}, "Fix: "));
      fix.appendChild(document.createTextNode(problem.fix));
      item.appendChild(fix);
    }
    return item;
  }

  function overlay(report) {
    var count = report.problems.length;
    var box = element("section", { "class": "kb-preview", lang: "en", dir: "ltr", "aria-labelledby": "kb-preview-title", "data-kb-preview": "" });
    var heading = element("h2", { id: "kb-preview-title" },
      "Preview: the strict build refuses this site (" + count + (count === 1 ? " problem)" : " problems)"));
    var hide = element("button", { type: "button", "aria-expanded": "true", "aria-controls": "kb-preview-body" }, "Hide");
    var body = element("div", { id: "kb-preview-body" });
    if (report.stopped_by) {
      var stopped = element("p");
      stopped.appendChild(element("strong", {}, "The build stopped: "));
      stopped.appendChild(document.createTextNode(report.stopped_by));
      body.appendChild(stopped);
    }
    body.appendChild(element("p", {},
      "CI and publishing refuse the site until these are fixed. The page below is what the last build made. " +
      "Fix the files and save: the preview rebuilds, and this box goes when nothing is left."));
    var list = element("ol");
    report.problems.forEach(function (problem) { list.appendChild(problemItem(problem)); });
    body.appendChild(list);
    hide.addEventListener("click", function () {
      var open = hide.getAttribute("aria-expanded") === "true";
      hide.setAttribute("aria-expanded", open ? "false" : "true");
      hide.textContent = open ? "Show" : "Hide";
      body.hidden = open;
    });
    var header = element("div", { "class": "kb-preview__header" });
    header.appendChild(heading);
    header.appendChild(hide);
    box.appendChild(header);
    box.appendChild(body);
    return box;
  }

  var style = [
    ".kb-preview{position:fixed;z-index:10000;inset-inline:0;bottom:0;max-height:50vh;overflow:auto;",
    "background:#fff;color:#1a1a1a;border-top:4px solid #b00020;box-shadow:0 -2px 8px rgba(0,0,0,.3);",
    "font:14px/1.5 system-ui,sans-serif;padding:.5rem 1rem;text-align:left}",
    ".kb-preview__header{display:flex;gap:1rem;align-items:center;justify-content:space-between}",
    ".kb-preview h2{margin:0;font-size:1rem;color:#b00020}",
    ".kb-preview button{font:inherit;padding:.25rem .75rem;border:1px solid #1a1a1a;background:#fff;color:#1a1a1a;cursor:pointer}",
    ".kb-preview button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}",
    ".kb-preview code{background:#f1f1f1;color:#1a1a1a;padding:0 .2em;word-break:break-all}",
    ".kb-preview li{margin:.25rem 0}.kb-preview__fix{margin:0}"
  ].join("");

  fetch(reportUrl, { cache: "no-store" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (report) {
      if (!report || !(report.problems.length || report.stopped_by)) return;
      var sheet = element("style", {}, style);
      document.head.appendChild(sheet);
      document.body.appendChild(overlay(report));
    })
    .catch(function () { /* no report yet: nothing to show */ });
})();
