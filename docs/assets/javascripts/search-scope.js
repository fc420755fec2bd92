/* Above the search results: which area to search (all, or one organisation's rules; the
 * choice is kept for the browser session) and, when not every word of the query was found
 * together, the words the results were found for; the results are marked busy while their
 * excerpts load (they are shown by title first). The search worker (search-worker.js) sends
 * the areas' names and the interface text, and searches again when the area changes; the
 * two talk on a BroadcastChannel, since Material's code owns the worker. */
(function () {
  "use strict"

  const STORED = "kb-search-area"
  const language = document.documentElement.lang
  // This page's id, which its search worker was given (overrides/main.html): the channel is
  // shared with every other tab of the site.
  const page = document.documentElement.dataset.kbSearchPage || ""
  const channel = new BroadcastChannel("kb-search")
  let note = null

  function stored() {
    try { return sessionStorage.getItem(STORED) || "" } catch { return "" }
  }

  function store(area) {
    try { sessionStorage.setItem(STORED, area) } catch { /* private mode: not kept */ }
  }

  function sendScope(area) {
    channel.postMessage({ type: "scope", page, area: area || null })
  }

  /* The area picker and the note, once, above Material's result list. */
  function build(areas, ui) {
    const results = document.querySelector("[data-md-component=search-result]")
    if (!results || results.querySelector(".kb-search-scope")) return
    const box = document.createElement("div")
    box.className = "kb-search-scope"
    const label = document.createElement("label")
    label.textContent = ui.search_scope
    const select = document.createElement("select")
    select.id = "kb-search-scope"
    label.htmlFor = select.id
    const options = [["", ui.search_all_areas], ...Object.entries(areas).sort(([, a], [, b]) => a.localeCompare(b, language))]
    for (const [value, text] of options) select.add(new Option(text, value))
    const chosen = stored()
    select.value = Object.hasOwn(areas, chosen) ? chosen : ""
    select.addEventListener("change", () => {
      store(select.value)
      sendScope(select.value)
    })
    note = document.createElement("p")
    note.className = "kb-search-relaxed"
    note.setAttribute("role", "status")
    note.hidden = true
    note.dataset.template = ui.search_relaxed
    box.append(label, select)
    results.prepend(box, note)
    sendScope(select.value)
  }

  channel.addEventListener("message", ({ data: message }) => {
    if (message.page !== page) return
    if (message.type === "ready") build(message.areas || {}, message.ui || {})
    else if (message.type === "found" && note) {
      note.hidden = !message.relaxed
      note.textContent = message.relaxed ? note.dataset.template.replace("{words}", message.relaxed.join(" ")) : ""
      // Results are shown at once by title, then their excerpts fill in: busy until then.
      note.parentElement.setAttribute("aria-busy", String(!message.complete))
    }
  })
  channel.postMessage({ type: "hello", page })
})()
