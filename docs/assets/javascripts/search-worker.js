/* Material for MkDocs' search worker, answered by Pagefind.
 *
 * Material's search box starts this worker (overrides/main.html points its __config.search
 * here, with the page language) and talks to it in Material's protocol: SETUP -> READY,
 * QUERY -> RESULT holding groups of results, a page first and then its sections. The engine
 * is Pagefind's index of this version and language (tests/benchmarks/search-decision.md), loaded in
 * chunks as queries need them. Queries are folded the way the index folded the pages. */
"use strict"

// The language data is written by the build; text-fold.js and search-query.js read it.
importScripts("language-data.js", "text-fold.js", "search-query.js")

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const MAX_RESULTS = 10
// Pagefind matches words (and Chinese characters) wherever they stand. Results holding the
// typed words or characters side by side rank first: of this many candidates, the word
// positions Pagefind returns with each result pick the likeliest, and only those results'
// texts are fetched and checked.
const PHRASE_CANDIDATES = 30
const PHRASE_BOOST = 10
const NEAR = 2
const WARM_UP_QUERY = "zzzz" // a word no page holds: it fetches one small index chunk
const here = new URL(self.location.href)
const language = here.searchParams.get("lang") || "en"
const siteRoot = new URL("../../", here) // this file is at <version root>/assets/javascripts/

// Pagefind picks its index from the page's <html lang>; a worker has no page, so it is told.
self.document = { querySelector: () => ({ getAttribute: () => language }) }

let pagefind = null
let latestQuery = 0

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

/* One Pagefind result as Material's search items: the page, then its matching sections. */
function pageItems(result, data, terms) {
  const sections = (data.sub_results || [])
    .filter(section => section.anchor && section.url !== data.url)
    .map(section => ({ section, score: sectionScore(section) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
  const best = sections.length ? sections[0].score : 1
  return [
    { location: resultLocation(data.url), title: escapeHtml(data.meta.title || data.url), text: data.excerpt, score: result.score, terms },
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
  return { location: resultLocation(data.meta.target), title: escapeHtml(data.meta.title), text: data.excerpt, score: result.score, terms }
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
      const page = { location: resultLocation(pageUrl), title: escapeHtml(data.meta.page || data.meta.title), text: "", score: result.score, terms }
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

/* The results worth fetching: those whose matches stand closest together first. */
function likeliestFirst(results, words) {
  if (words < 2)
    return results.slice(0, MAX_RESULTS)
  const boost = result => 1 + PHRASE_BOOST * (sideBySide(result.words, words) - 1) / (words - 1)
  return results.slice(0, PHRASE_CANDIDATES)
    .map(result => [result, result.score * boost(result)])
    .sort(([, a], [, b]) => b - a)
    .slice(0, MAX_RESULTS)
    .map(([result]) => result)
}

async function search(query) {
  const normalised = kbSearchQuery.withoutStopWords(kbSearchQuery.normalise(query, language).trim(), language)
  if (!normalised)
    return { items: [] }
  const found = await pagefind.search(normalised)
  const phrases = kbSearchQuery.phrases(query)
  const candidates = found ? likeliestFirst(found.results, phrases.length ? normalised.split(" ").length : 1) : []
  let loaded = await Promise.all(candidates.map(async result => [result, await result.data()]))
  if (phrases.length)
    loaded = loaded
      .map(([result, data]) => {
        const text = kbTextFold.loose(data.content.replaceAll("\u200b", ""))
        const held = phrases.filter(phrase => text.includes(phrase)).length
        return [{ ...result, score: result.score * (1 + PHRASE_BOOST * held) }, data]
      })
      .sort(([a], [b]) => b.score - a.score)
  // Every word counts as found: Material then highlights them on the page it opens.
  const terms = Object.fromEntries(query.trim().split(/\s+/).map(word => [word, true]))
  return { items: groups(loaded, terms) }
}

addEventListener("message", async ({ data: message }) => {
  if (message.type === SETUP) {
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href)
    await pagefind.options({ baseUrl: "/", excerptLength: 24 })
    await pagefind.init()
    // Pagefind's first search is slow, whatever it looks for (its search code warms up):
    // that happens here, while the page loads, and not while an agent waits for results.
    await pagefind.search(WARM_UP_QUERY)
    postMessage({ type: READY })
  } else if (message.type === QUERY) {
    const query = ++latestQuery
    const result = await search(message.data)
    if (query === latestQuery) // an older, slower answer must not replace a newer one
      postMessage({ type: RESULT, data: result })
  }
})
