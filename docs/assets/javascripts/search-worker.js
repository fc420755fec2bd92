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
// typed words or characters side by side rank first (the word positions Pagefind returns
// with each result, then the loaded texts).
const PHRASE_BOOST = 10
const NEAR = 2
const WARM_UP_QUERY = "zzzz" // a word no page holds: it fetches one small index chunk
// Of the results of all slots, this many are loaded (their area and status ranks them).
const LOADED = 12
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
const siteRoot = new URL("../../", here) // this file is at <version root>/assets/javascripts/

// Pagefind picks its index from the page's <html lang>; a worker has no page, so it is told.
self.document = { querySelector: () => ({ getAttribute: () => language }) }

let pagefind = null
let latestQuery = 0
let lastQuery = null
let scope = null // the area chosen above the results, or null for all
// pagefind/kb-search.<lang>.json: the index's words, area names, search words, interface text.
let data = { vocabulary: [], documents: 0, areas: {}, organisations: {}, expansions: [], ui: {} }
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

/* The longest run of matched word positions, each within NEAR of the last, at most `words`
 * (stop words, dropped from the query, may stand between the words typed). */
function sideBySide(locations, words) {
  const positions = [...new Set(locations)].sort((a, b) => a - b)
  let longest = positions.length ? 1 : 0
  for (let index = 1, run = 1; index < positions.length && longest < words; index++) {
    run = positions[index] - positions[index - 1] <= NEAR ? run + 1 : 1
    longest = Math.max(longest, run)
  }
  return Math.min(longest, words)
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

/* The results worth loading: the most slots found first, and within as many slots those whose
 * matches stand closest together (when the query has several words). The closeness only
 * picks them: their texts, once loaded, rank them (phrases held). */
function likeliestFirst(entries, words) {
  const boost = entry => (words < 2 ? 1 : 1 + PHRASE_BOOST * (sideBySide(entry.words, words) - 1) / (words - 1))
  return entries
    .map(entry => [entry, entry.score * boost(entry)])
    .sort(([a, boostedA], [b, boostedB]) => b.held - a.held || boostedB - boostedA)
    .slice(0, LOADED)
    .map(([entry]) => entry)
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
  channel.postMessage(message)
}

async function search(query) {
  const normalised = kbSearchQuery.withoutStopWords(kbSearchQuery.normalise(query, language).trim(), language)
  if (!normalised) {
    announce({ type: "found", query, relaxed: null })
    return { items: [] }
  }
  const typed = normalised.split(" ")
  // A query naming an organisation searches that area (the name itself is not searched for),
  // unless the agent chose an area above the results.
  const named = scope ? { area: null, words: typed } : kbSearchPlan.namedOrganisation(typed, data.organisations)
  const words = named.words.length ? named.words : typed
  const plan = kbSearchPlan.slots(words, data.expansions, scope || named.area)
  let entries = await slotSearch(plan, scope || named.area)
  if (!entries.length && named.area) entries = await slotSearch(plan, null)
  const ordered = likeliestFirst(entries, words.length)
  let loaded = await Promise.all(ordered.map(async entry => [entry, await entry.result.data()]))
  const phrases = kbSearchQuery.phrases(query)
  loaded = loaded
    .map(([entry, page]) => {
      const text = phrases.length ? kbTextFold.loose(page.content.replaceAll("\u200b", "")) : ""
      const phrasesHeld = phrases.filter(phrase => text.includes(phrase)).length
      const held = entry.held * (page.meta.hub ? HUB_HOLDS : 1) * (page.meta.status === "draft" ? DRAFT_HOLDS : 1)
      return [{ ...entry, held, score: entry.score * (1 + PHRASE_BOOST * phrasesHeld) }, page]
    })
    // The most of the query held, then published pages before drafts, then the score.
    .sort(([a, pageA], [b, pageB]) =>
      b.held - a.held || (pageA.meta.status === "draft") - (pageB.meta.status === "draft") || b.score - a.score)
    .slice(0, MAX_RESULTS)
  const best = loaded.length ? loaded[0][0].slots : new Set()
  const relaxed = loaded.length && best.size < plan.length ? typedWords(query, plan.filter((_, index) => best.has(index))) : null
  announce({ type: "found", query, relaxed })
  // Every word counts as found: Material then highlights them on the page it opens.
  const terms = Object.fromEntries(query.trim().split(/\s+/).map(word => [word, true]))
  return { items: groups(loaded.map(([entry, page]) => [{ ...entry.result, score: entry.score }, page]), terms) }
}

async function answer(query) {
  const current = ++latestQuery
  lastQuery = query
  const result = await search(query)
  if (current === latestQuery) // an older, slower answer must not replace a newer one
    postMessage({ type: RESULT, data: result })
}

channel.addEventListener("message", ({ data: message }) => {
  if (message.type === "scope" && message.language === language) {
    scope = message.area || null
    if (pagefind && lastQuery) answer(lastQuery) // the results shown, searched again in the area
  } else if (message.type === "hello") {
    announce({ type: "ready", language, areas: data.areas, ui: data.ui })
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
    // Pagefind's first search is slow, whatever it looks for (its search code warms up):
    // that happens here, while the page loads, and not while an agent waits for results.
    await pagefind.search(WARM_UP_QUERY)
    postMessage({ type: READY })
    announce({ type: "ready", language, areas: data.areas, ui: data.ui })
  } else if (message.type === QUERY) {
    await answer(message.data)
  }
})
