/* Search queries folded the way the index folds page text (hooks/kb/search/text.py), with the
 * KB's one folding table (text-fold.js), so a query in any spelling or digit style meets the
 * page: letter variants, joiners, digit scripts, thousands separators, phone numbers with or
 * without spaces. A language whose file (languages/<code>.yml) lists word endings has its words
 * cut to their stem: Pagefind has no Latvian stemmer, but it matches words by prefix, so
 * "atbildes" finds "atbilde" and "atbildēt". Chinese characters are words of their own on both
 * sides (the index separates them with zero-width spaces), and search-worker.js ranks pages
 * holding the typed words (or characters) side by side first.
 * Loaded by search-worker.js after language-data.js and text-fold.js; the browser tests run
 * the same cases as the Python tests. */
(function (scope) {
  "use strict"

  const { fold, asciiDigits, loose, numberSeparators, characterClass } = scope.kbTextFold
  const SEPARATORS = characterClass(numberSeparators)
  const GROUPED = new RegExp(`^\\d{1,3}(?:${SEPARATORS}\\d{3})+$`)
  const GROUPED_IN_TEXT = new RegExp(`\\d{1,3}(?:${SEPARATORS}\\d{3})+(?!\\d)`, "g")
  const PHONE = /(?<![\d.,])\+?\d[\d ()\u00a0-]{5,}\d(?![\d.,])/g
  const PHONE_DIGITS = 10
  const NO_WORDS = { stop_words: [], stem_endings: [], stem_min_length: 0 }
  const HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
  const HAN_BOUNDARY = new RegExp(`(?<=[${HAN}])(?=\\S)|(?<=\\S)(?=[${HAN}])`, "g")
  const HAN_RUN = new RegExp(`[${HAN}]{2,}`, "g")

  /* What search knows of a language (languages/<code>.yml): stop words, stem endings. */
  function searchWords(language) {
    return scope.kbLanguageData.search[language] || NO_WORDS
  }

  function canonicalNumbers(text) {
    const phones = text.replace(PHONE, match => {
      const digits = match.replace(/\D/g, "")
      return digits.length >= 7 && !GROUPED.test(match.trim()) ? digits.slice(-PHONE_DIGITS) : match
    })
    return phones.replace(GROUPED_IN_TEXT, match => match.replace(/\D/g, ""))
  }

  /* The word without the longest of the language's endings that leaves a long enough stem. */
  function stem(word, words) {
    for (const ending of words.stem_endings)
      if (word.endsWith(ending) && word.length - ending.length >= words.stem_min_length)
        return word.slice(0, -ending.length)
    return word
  }

  function normalise(query, language) {
    const words = searchWords(language)
    const folded = canonicalNumbers(fold(asciiDigits(query)))
    const stemmed = !words.stem_endings.length ? folded : folded.split(/(\s+)/)
      .map(word => /^\p{L}+$/u.test(word) ? stem(word.toLocaleLowerCase(language), words) : word)
      .join("")
    // "7-day" is searched as "7 day": the index has the number and the word apart.
    return stemmed.replace(HAN_BOUNDARY, " ").replace(/(?<=\d)-(?=\p{L})/gu, " ")
  }

  /* A normalised query without its stop words, unless nothing else is left. */
  function withoutStopWords(normalised, language) {
    // Folded as the query is: a stop word with a letter variant still matches.
    const stop = new Set(searchWords(language).stop_words.map(word => fold(word).toLocaleLowerCase(language)))
    const words = normalised.split(/\s+/).filter(Boolean)
    const kept = words.filter(word => !stop.has(word.toLocaleLowerCase(language)))
    return (kept.length ? kept : words).join(" ")
  }

  /* What must stand side by side in a page to rank it first: each run of two or more Chinese
   * characters typed, and a query of several words as typed, so that a heading an agent types
   * word for word beats a page that only holds the same words apart (search-worker.js finds
   * them side by side in the word positions Pagefind returns). Loose: lower case, no accents. */
  function phrases(query) {
    const folded = fold(query).trim().replace(/\s+/g, " ")
    const runs = folded.match(HAN_RUN) || []
    const words = folded.split(" ").filter(word => /\p{L}/u.test(word))
    return (words.length > 1 && !runs.length ? [folded] : runs).map(loose)
  }

  scope.kbSearchQuery = { normalise, withoutStopWords, phrases }
})(self)
