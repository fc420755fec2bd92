/* Search queries folded the way the index folds page text (hooks/kb/search_text.py), so a
 * query in any spelling or digit style meets the page: Persian letters and joiners, Persian
 * and Arabic-Indic digits, thousands separators, phone numbers with or without spaces.
 * Latvian words are cut to their stem: Pagefind has no Latvian stemmer, but it matches
 * words by prefix, so "atbildes" finds "atbilde" and "atbildēt". Chinese characters are
 * words of their own on both sides (the index separates them with zero-width spaces), and
 * search-worker.js ranks pages holding the typed words (or characters) side by side first.
 * Loaded by search-worker.js; the browser tests run the same cases as the Python tests. */
(function (scope) {
  "use strict"

  const DIGITS = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩０１２３４５６７８９"
  const SEPARATORS = "\u00a0\u202f\u066b\u066c,.' ’٬٫"
  const GROUPED = new RegExp(`^\\d{1,3}(?:[${SEPARATORS}]\\d{3})+$`)
  const GROUPED_IN_TEXT = new RegExp(`\\d{1,3}(?:[${SEPARATORS}]\\d{3})+(?!\\d)`, "g")
  const PHONE = /(?<![\d.,])\+?\d[\d ()\u00a0-]{5,}\d(?![\d.,])/g
  const PHONE_DIGITS = 10
  // Longest first; a stem keeps at least four letters so short words stay whole.
  const LATVIAN_ENDINGS = ["iem", "ām", "ēm", "ās", "ēs", "os", "as", "es", "ai", "ei", "is", "us", "ie",
    "a", "e", "i", "u", "s", "š", "ā", "ē", "ī", "ū", "o"]
  const LATVIAN_STEM_MIN = 4
  // Words too common to search for: each matches nearly every page, which costs Pagefind tens
  // of milliseconds at a thousand pages and ranks nothing. Dropped from a query of several
  // words (a query of nothing else is searched as typed). Chinese keeps every character.
  const STOP_WORDS = {
    en: ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "that", "the", "this", "to", "with"],
    ru: ["а", "в", "во", "для", "же", "за", "и", "из", "к", "как", "ли", "на", "но", "о", "об", "от", "по", "с", "со", "у", "что", "это"],
    fa: ["و", "در", "به", "از", "که", "را", "با", "این", "آن", "برای", "تا", "یا", "است"],
    lv: ["ar", "arī", "bet", "ir", "ka", "kā", "lai", "no", "par", "pie", "un", "uz", "vai"],
  }
  const HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
  const HAN_BOUNDARY = new RegExp(`(?<=[${HAN}])(?=\\S)|(?<=\\S)(?=[${HAN}])`, "g")
  const HAN_RUN = new RegExp(`[${HAN}]{2,}`, "g")

  function asciiDigits(text) {
    return text.replace(/[۰-۹٠-٩０-９]/g, digit => String(DIGITS.indexOf(digit) % 10))
  }

  function fold(text) {
    return text.replace(/[يى]/g, "ی").replace(/ك/g, "ک").replace(/[\u0640\u064b-\u0652]/g, "").replace(/\u200c/g, " ")
  }

  function canonicalNumbers(text) {
    const phones = text.replace(PHONE, match => {
      const digits = match.replace(/\D/g, "")
      return digits.length >= 7 && !GROUPED.test(match.trim()) ? digits.slice(-PHONE_DIGITS) : match
    })
    return phones.replace(GROUPED_IN_TEXT, match => match.replace(/\D/g, ""))
  }

  function latvianStem(word) {
    for (const ending of LATVIAN_ENDINGS)
      if (word.endsWith(ending) && word.length - ending.length >= LATVIAN_STEM_MIN)
        return word.slice(0, -ending.length)
    return word
  }

  function normalise(query, language) {
    const folded = canonicalNumbers(fold(asciiDigits(query)))
    const stemmed = language !== "lv" ? folded : folded.split(/(\s+)/)
      .map(word => /^\p{L}+$/u.test(word) ? latvianStem(word.toLocaleLowerCase("lv")) : word)
      .join("")
    // "7-day" is searched as "7 day": the index has the number and the word apart.
    return stemmed.replace(HAN_BOUNDARY, " ").replace(/(?<=\d)-(?=\p{L})/gu, " ")
  }

  /* A normalised query without its stop words, unless nothing else is left. */
  function withoutStopWords(normalised, language) {
    const stop = new Set(STOP_WORDS[language] || [])
    const words = normalised.split(/\s+/).filter(Boolean)
    const kept = words.filter(word => !stop.has(word.toLocaleLowerCase(language)))
    return (kept.length ? kept : words).join(" ")
  }

  /* What must stand side by side in a page to rank it first: each run of two or more Chinese
   * characters typed, and a query of several words as typed (lower case: compared with the
   * page text in lower case), so that a heading an agent types word for word beats a page
   * that only holds the same words apart. */
  function phrases(query) {
    const folded = fold(query).trim().replace(/\s+/g, " ")
    const runs = folded.match(HAN_RUN) || []
    const words = folded.split(" ").filter(word => /\p{L}/u.test(word))
    return words.length > 1 && !runs.length ? [folded.toLocaleLowerCase()] : runs
  }

  scope.kbSearchQuery = { normalise, withoutStopWords, phrases }
})(self)
