/* What a search looks for, beyond the words as typed: the query's words as slots, each with its
 * alternatives (synonyms and expansions of search/synonyms/<lang>.yml and the glossaries, and,
 * for a word the index does not know, the index's words one or two letters away), the
 * organisation the query names (search/organisations.yml), and how results rank when not every
 * slot is found (query relaxation: results holding more of the query's words first).
 * Pure functions; search-worker.js runs the searches. The worker's data comes from the build:
 * pagefind/kb-search.<lang>.json (hooks/kb/search/index.py). */
(function (scope) {
  "use strict"

  const { fold, loose } = scope.kbTextFold
  const MAX_ALTERNATIVES = 4
  // A phrase of the data is at most this many words (or Chinese characters, which the query
  // has as words of their own: 快递小哥 is four).
  const MAX_PHRASE_WORDS = 6
  const HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
  const SPACE_IN_HAN = new RegExp(`(?<=[${HAN}])\\s+(?=[${HAN}])`, "g")

  /* A typed term as the data lists terms: folded, loose, single-spaced, Chinese characters
   * side by side (hooks/kb/search/search_words.py: search_form). */
  function searchForm(term) {
    return loose(fold(term)).split(/\s+/).filter(Boolean).join(" ").replace(SPACE_IN_HAN, "")
  }

  /* Damerau–Levenshtein distance of a and b if at most max, else max + 1. */
  function distanceWithin(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1
    let before = null
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
    for (let i = 1; i <= a.length; i++) {
      const current = [i]
      let best = i
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1
        let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          value = Math.min(value, before[j - 2] + 1)
        current.push(value)
        best = Math.min(best, value)
      }
      if (best > max) return max + 1
      before = previous
      previous = current
    }
    return previous[b.length]
  }

  /* How many letters a typed word may be off: none under 4 letters, one from 4, two from 8;
   * never for a number. */
  function allowedEdits(word) {
    if (/\d/.test(word) || !/^\p{L}+$/u.test(word)) return 0
    return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0
  }

  /* The vocabulary's words a typed word may be a typo of, closest and commonest first
   * (vocabulary: the index's words, commonest first). */
  function corrections(word, vocabulary, limit = 3) {
    const max = allowedEdits(word)
    if (!max) return []
    const found = []
    for (const candidate of vocabulary) {
      const distance = distanceWithin(word, candidate, max)
      if (distance > 0 && distance <= max) found.push([distance, found.length, candidate])
    }
    return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]).slice(0, limit).map(([, , candidate]) => candidate)
  }

  /* Whether the index knows a typed word: a word of the vocabulary is it or starts with it
   * (Pagefind matches by prefix). sorted: the vocabulary in code-point order. */
  function isKnown(word, sorted) {
    let low = 0, high = sorted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (sorted[middle] < word) low = middle + 1
      else high = middle
    }
    return low < sorted.length && sorted[low].startsWith(word)
  }

  /* The organisation the query names, and the query without its name. */
  function namedOrganisation(words, organisations) {
    for (let size = Math.min(MAX_PHRASE_WORDS, words.length); size >= 1; size--)
      for (let start = 0; start + size <= words.length; start++) {
        const phrase = searchForm(words.slice(start, start + size).join(" "))
        for (const [area, names] of Object.entries(organisations || {}))
          if (names.includes(phrase))
            return { area, words: [...words.slice(0, start), ...words.slice(start + size)] }
      }
    return { area: null, words }
  }

  /* The query's words as slots: each the words it stands for (one, or a phrase the synonyms
   * list) and the alternatives searched for it, as typed first. area: the area searched in, or
   * null for all; an expansion listed for another area is left out. */
  function slots(words, expansions, area) {
    const usable = (expansions || []).filter(item => item.area === "all" || !area || item.area === area)
    const byTerm = new Map()
    for (const item of usable) byTerm.set(item.term, [...(byTerm.get(item.term) || []), ...item.alternatives])
    const result = []
    for (let index = 0; index < words.length;) {
      let matched = null
      for (let size = Math.min(MAX_PHRASE_WORDS, words.length - index); size >= 1 && !matched; size--) {
        const phrase = words.slice(index, index + size)
        const listed = byTerm.get(searchForm(phrase.join(" ")))
        if (listed) matched = { words: phrase, alternatives: [phrase.join(" "), ...new Set(listed)].slice(0, MAX_ALTERNATIVES + 1) }
      }
      matched = matched || { words: [words[index]], alternatives: [words[index]] }
      result.push(matched)
      index += matched.words.length
    }
    return result
  }

  /* Results of every slot's searches, merged and ranked: by how much of the query they hold,
   * each slot counting by how telling it is (its inverse document frequency: a word found in
   * few places tells more than one found everywhere, so the least telling words are the first
   * dropped), then by Pagefind's score summed over the slots. found: per slot, a list of
   * [result, weight] (weight < 1 for a synonym's or a typo correction's results); documents:
   * how many pages and rows the index holds. */
  function merge(found, documents) {
    const total = Math.max(documents || 0, 1)
    const telling = found.map(results => {
      const places = new Set(results.map(([result]) => result.id)).size
      return places ? Math.log(1 + total / places) : 0
    })
    const byId = new Map()
    found.forEach((results, slot) => {
      for (const [result, weight] of results) {
        const entry = byId.get(result.id) || { result, slots: new Set(), held: 0, score: 0, words: [] }
        if (!entry.slots.has(slot)) {
          entry.slots.add(slot)
          entry.held += telling[slot] * weight
          entry.score += result.score * weight
          entry.words.push(...(result.words || []))
        }
        byId.set(result.id, entry)
      }
    })
    return [...byId.values()].sort(byHeld)
  }

  /* The order of merged results: most of the query held, then the score. */
  function byHeld(a, b) {
    return b.held - a.held || b.score - a.score
  }

  scope.kbSearchPlan = { searchForm, distanceWithin, allowedEdits, corrections, isKnown, namedOrganisation, slots, merge, byHeld }
})(self)
