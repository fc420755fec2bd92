/* Material for MkDocs' search worker, answered by Pagefind.
 *
 * A query is searched word by word (search-plan.js: each word with its synonyms, or the index's
 * words it may be a typo of), and results holding more of its words rank first, so a query
 * always shows what the index has for it; search-scope.js shows which words were found when
 * not all were, and the area the agent chose.
 *
 * Material's search box starts this worker (overrides/main.html points its __config.search
 * here, with the page language) and talks to it in Material's protocol: SETUP -> READY,
 * QUERY -> RESULT holding groups of results, a page first and then its sections. The engine
 * is Pagefind's index of this version and language (tests/benchmarks/search-decision.md), loaded in
 * chunks as queries need them. Queries are folded the way the index folded the pages. */
"use strict"

// The language data is written by the build; text-fold.js and search-query.js read it.
importScripts("language-data.js", "text-fold.js", "search-query.js", "search-plan.js")

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const MAX_RESULTS = 10
// Pagefind matches words (and Chinese characters) wherever they stand. Results holding the
// typed words or characters side by side rank first (by the word positions Pagefind returns
// with each result: no text is loaded to rank).
const PHRASE_BOOST = 10
const NEAR = 2
// A page that leads to the answers (a home page, the glossary) names every topic, and a draft
// is not yet approved: what they hold of a query counts this much.
const HUB_HOLDS = 0.5
const DRAFT_HOLDS = 0.5
// A synonym's results count a little less than the word typed, a typo's correction less.
const SYNONYM_WEIGHT = 0.8
const CORRECTION_WEIGHT = 0.5
// Results and the page's script (search-scope.js) talk on this channel: the area chosen above
// the results, and what the results were found for.
const channel = new BroadcastChannel("kb-search")
const here = new URL(self.location.href)
const language = here.searchParams.get("lang") || "en"
// The page that started this worker (overrides/main.html): other tabs talk on the channel too.
const pageId = here.searchParams.get("page") || ""
const siteRoot = new URL("../../", here) // this file is at <version root>/assets/javascripts/

// Pagefind picks its index from the page's <html lang>; a worker has no page, so it is told.
self.document = { querySelector: () => ({ getAttribute: () => language }) }

let pagefind = null
let latestQuery = 0
let lastQuery = null
let scope = null // the area chosen above the results, or null for all
// pagefind/kb-search.<lang>.json: the index's words, area names, search words, interface text.
// cards: per result id, its address and meta (title, area, status, hub), shown before its text.
let data = { vocabulary: [], documents: 0, areas: {}, organisations: {}, expansions: [], ui: {}, cards: {} }
let sortedVocabulary = []

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

/* Material resolves result locations against the site root of the page's version. */
function resultLocation(url) {
  return url.replace(/^\//, "")
}

function sectionScore(section) {
  return (section.weighted_locations || []).reduce((sum, hit) => sum + hit.balanced_score, 0)
}

/* The result's title with whose rule it is (the area's name) and, for a draft, the word for it. */
function titled(title, meta) {
  const area = data.areas[meta.area]
  const labels = [
    area ? `<span class="kb-search-area">${escapeHtml(area)}</span>` : "",
    meta.status === "draft" ? `<span class="kb-search-draft">${escapeHtml(data.ui.draft || "draft")}</span>` : ""
  ]
  return escapeHtml(title) + labels.join("")
}

/* One Pagefind result as Material's search items: the page, then its matching sections. */
function pageItems(result, data, terms) {
  const sections = (data.sub_results || [])
    .filter(section => section.anchor && section.url !== data.url)
    .map(section => ({ section, score: sectionScore(section) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
  const best = sections.length ? sections[0].score : 1
  return [
    { location: resultLocation(data.url), title: titled(data.meta.title || data.url, data.meta), text: data.excerpt, score: result.score, terms },
    ...sections.map(({ section, score }) => ({
      location: resultLocation(section.url),
      title: escapeHtml(section.title),
      text: section.excerpt,
      // The best section is shown open; the others go under Material's "more" fold.
      score: score === best ? result.score : result.score * score / best / 2,
      terms
    }))
  ]
}

/* A table row or directory entry: a section of its page, in the page's group if it has one. */
function rowItem(result, data, terms) {
  return { location: resultLocation(data.meta.target), title: titled(data.meta.title, data.meta), text: data.excerpt, score: result.score, terms }
}

function groups(loaded, terms) {
  const byPage = new Map()
  for (const [result, data] of loaded) {
    const pageUrl = (data.meta.target || data.url).split("#")[0]
    const group = byPage.get(pageUrl)
    if (!data.meta.target) {
      const items = pageItems(result, data, terms)
      byPage.set(pageUrl, group ? [items[0], ...group.slice(1), ...items.slice(1)] : items)
    } else if (group) {
      group.push(rowItem(result, data, terms))
    } else {
      const page = { location: resultLocation(pageUrl), title: titled(data.meta.page || data.meta.title, data.meta), text: "", score: result.score, terms }
      byPage.set(pageUrl, [page, rowItem(result, data, terms)])
    }
  }
  return [...byPage.values()].map(([page, ...children]) => {
    const score = Math.max(page.score, ...children.map(child => child.score))
    return [{ ...page, score }, ...children.sort((a, b) => b.score - a.score)]
  })
}

/* The runs of a result's matched word positions, each within NEAR of the last (stop words,
 * dropped from the query, may stand between the words typed), longest first. */
function runs(locations) {
  const positions = [...new Set(locations)].sort((a, b) => a - b)
  const found = []
  for (const [index, position] of positions.entries())
    if (index && position - positions[index - 1] <= NEAR) found[found.length - 1]++
    else found.push(1)
  return found.sort((a, b) => b - a)
}

/* How many of the query's phrases (their lengths in words, longest first) a result holds side
 * by side: each phrase takes a run of matches at least as long, none longer than the number of
 * the query's words the result holds (one word repeated is not a phrase). */
function phrasesHeld(entry, phraseLengths) {
  const available = runs(entry.words).map(run => Math.min(run, entry.slots.size))
  let held = 0
  for (const length of phraseLengths) {
    const index = available.findIndex(run => run >= length)
    if (index < 0) continue
    available.splice(index, 1)
    held++
  }
  return held
}

/* Pagefind's results for one slot: each alternative searched (the word as typed first); a word
 * the index does not know (no word of it is, or starts with, the word typed) is also searched
 * as the index's words it may be a typo of (Pagefind may still match it to something else, by
 * its stem). Each result comes with the weight of what found it: exact matches rank first. */
async function slotResults(slot, filters) {
  const found = []
  for (const [index, alternative] of slot.alternatives.entries()) {
    // An alternative from the data is searched as a query is (Chinese characters apart, endings cut).
    const searched = index === 0 ? alternative : kbSearchQuery.normalise(alternative, language)
    const answer = await pagefind.search(searched, { filters })
    for (const result of answer ? answer.results : []) found.push([result, index === 0 ? 1 : SYNONYM_WEIGHT])
  }
  const word = slot.words.length === 1 ? kbTextFold.loose(slot.words[0]) : ""
  if (word && !kbSearchPlan.isKnown(word, sortedVocabulary))
    for (const correction of kbSearchPlan.corrections(word, data.vocabulary)) {
      const answer = await pagefind.search(correction, { filters })
      for (const result of answer ? answer.results : []) found.push([result, CORRECTION_WEIGHT])
    }
  return found
}

/* Whether a slot is searched as typed only: one word the index knows, no synonyms. */
function isPlain(slot) {
  return slot.alternatives.length === 1 && (slot.words.length > 1 || kbSearchPlan.isKnown(kbTextFold.loose(slot.words[0]), sortedVocabulary))
}

/* The query's slots searched, in one area or all, merged: most slots found first. A result
 * that holds every word as typed is taken from the search for all of them together: its
 * sections are those that match the whole query. When that search alone finds a full page of
 * results and no word has synonyms or looks mistyped, it is the answer: one search, as fast
 * as a plain Pagefind search. */
async function slotSearch(plan, area) {
  const filters = area ? { area } : {}
  const together = await pagefind.search(plan.flatMap(slot => slot.words).join(" "), { filters })
  const whole = together ? together.results : []
  if (whole.length >= MAX_RESULTS && plan.every(isPlain)) {
    const all = new Set(plan.keys())
    return whole.map(result => ({ result, slots: all, held: plan.length, score: result.score, words: result.words || [] }))
  }
  const found = await Promise.all(plan.map(slot => slotResults(slot, filters)))
  const byId = new Map(whole.map(result => [result.id, result]))
  // Its score is Pagefind's for the words together too: the ranking a plain search gives.
  return kbSearchPlan.merge(found, data.documents).map(entry => {
    const result = byId.get(entry.result.id)
    return result ? { ...entry, result, score: result.score, words: result.words } : entry
  })
}

/* The results to show: the most of the query held (a hub's or a draft's holding counts less,
 * from its card), then published pages before drafts, then the score, raised for each of the
 * query's phrases the result holds side by side (a heading an agent types word for word
 * beats a page holding the same words apart). Their texts are not needed. */
function ranked(entries, phraseLengths) {
  return entries
    .map(entry => {
      const meta = (data.cards[entry.result.id] || {}).meta || {}
      const draft = meta.status === "draft"
      const held = entry.held * (meta.hub ? HUB_HOLDS : 1) * (draft ? DRAFT_HOLDS : 1)
      return { ...entry, held, draft, score: entry.score * (1 + PHRASE_BOOST * phrasesHeld(entry, phraseLengths)) }
    })
    .sort((a, b) => b.held - a.held || a.draft - b.draft || b.score - a.score)
    .slice(0, MAX_RESULTS)
}

/* The lengths, in words, of what should stand side by side in a result, longest first: each
 * run of Chinese characters typed (a character is a word), else the query's words together. */
function phraseLengths(query, words) {
  const han = /\p{Script=Han}/u
  return kbSearchQuery.phrases(query)
    .map(phrase => (han.test(phrase) ? [...phrase.replace(/\s+/g, "")].length : words))
    .filter(length => length > 1)
    .sort((a, b) => b - a)
}

/* A term of the data as a query's words come to the plan: folded, endings cut, stop words
 * dropped, Chinese characters apart ("nomaksu" is met as "nomaks"). */
function queried(term) {
  return kbSearchPlan.searchForm(kbSearchQuery.withoutStopWords(kbSearchQuery.normalise(term, language).trim(), language))
}

/* The worker's data with its synonyms' terms and organisations' names as queries meet them,
 * and as written (a term written already cut, "گارانت", is met as written). */
function asQueried(loaded) {
  const forms = term => [...new Set([queried(term), term])].filter(Boolean)
  return {
    ...loaded,
    expansions: loaded.expansions.flatMap(item => forms(item.term).map(term => ({ ...item, term }))),
    organisations: Object.fromEntries(Object.entries(loaded.organisations).map(([area, names]) => [area, names.flatMap(forms)]))
  }
}

/* The words of the query as typed that the results were found for (the slots' words are cut
 * to their stems; an agent reads what they typed): a typed word counts when all of it was
 * found; the stems when no typed word was found whole. */
function typedWords(query, slots) {
  const found = new Set(slots.flatMap(slot => slot.words))
  const typed = query.trim().split(/\s+/).filter(token => {
    const words = kbSearchQuery.normalise(token, language).split(/\s+/).filter(Boolean)
    return words.length && words.every(word => found.has(word))
  })
  return typed.length ? typed : [...found]
}

function announce(message) {
  channel.postMessage({ ...message, page: pageId })
}

/* Material's RESULT for ranked entries, each with its page's data (its card until its text is loaded). */
function resultOf(shown, query) {
  // Every word counts as found: Material then highlights them on the page it opens.
  const terms = Object.fromEntries(query.trim().split(/\s+/).map(word => [word, true]))
  return { items: groups(shown.map(([entry, page]) => [{ ...entry.result, score: entry.score }, page]), terms) }
}

/* The query's results, shown with out.show(result): at once from their cards (titles, areas),
 * then with their excerpts and sections once their texts are loaded, in the same order; what
 * they were found for, and whether they are complete, told with out.tell(message). */
async function search(query, out) {
  const normalised = kbSearchQuery.withoutStopWords(kbSearchQuery.normalise(query, language).trim(), language)
  if (!normalised) {
    out.tell({ type: "found", query, relaxed: null, complete: true })
    return out.show({ items: [] })
  }
  const typed = normalised.split(" ")
  // A query naming an organisation searches that area (the name itself is not searched for),
  // unless the agent chose an area above the results.
  const named = scope ? { area: null, words: typed } : kbSearchPlan.namedOrganisation(typed, data.organisations)
  const words = named.words.length ? named.words : typed
  const plan = kbSearchPlan.slots(words, data.expansions, scope || named.area)
  let entries = await slotSearch(plan, scope || named.area)
  if (!entries.length && named.area) entries = await slotSearch(plan, null)
  const best = ranked(entries, phraseLengths(query, words.length))
  const relaxed = best.length && best[0].slots.size < plan.length ? typedWords(query, plan.filter((_, index) => best[0].slots.has(index))) : null
  const cards = best.map(entry => data.cards[entry.result.id])
  const early = best.length > 0 && cards.every(Boolean)
  out.tell({ type: "found", query, relaxed, complete: !early })
  if (early) out.show(resultOf(best.map((entry, index) => [entry, { ...cards[index], excerpt: "", sub_results: [] }]), query))
  const loaded = await Promise.all(best.map(async entry => [entry, await entry.result.data()]))
  if (early) out.tell({ type: "found", query, relaxed, complete: true })
  return out.show(resultOf(loaded, query))
}

async function answer(query) {
  const id = ++latestQuery
  lastQuery = query
  // An older, slower answer must not replace a newer one, nor speak over it.
  const current = () => id === latestQuery
  await search(query, {
    show: result => current() && postMessage({ type: RESULT, data: result }),
    tell: message => current() && announce(message)
  })
}

channel.addEventListener("message", ({ data: message }) => {
  if (message.page !== pageId) return
  if (message.type === "scope") {
    scope = message.area || null
    if (pagefind && lastQuery) answer(lastQuery) // the results shown, searched again in the area
  } else if (message.type === "hello") {
    announce({ type: "ready", areas: data.areas, ui: data.ui })
  }
})

addEventListener("message", async ({ data: message }) => {
  if (message.type === SETUP) {
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href)
    await pagefind.options({ baseUrl: "/", excerptLength: 24 })
    await pagefind.init()
    const response = await fetch(new URL(`pagefind/kb-search.${language}.json`, siteRoot))
    if (response.ok) data = asQueried({ ...data, ...(await response.json()) })
    sortedVocabulary = [...data.vocabulary].sort()
    // Pagefind's first search and first result's text are slow, whatever they are (its code
    // warms up): that happens here, while the page loads, and not while an agent waits. The
    // index's rarest word costs one index chunk and one page's text.
    const warmUp = data.vocabulary.length ? await pagefind.search(data.vocabulary.at(-1)) : null
    if (warmUp && warmUp.results.length) await warmUp.results[0].data()
    postMessage({ type: READY })
    announce({ type: "ready", areas: data.areas, ui: data.ui })
  } else if (message.type === QUERY) {
    await answer(message.data)
  }
})
