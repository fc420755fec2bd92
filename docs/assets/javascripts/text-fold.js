/* Text folded with the KB's one folding table (hooks/kb/core/text_folding.yml, which the build
 * writes into language-data.js): hooks/kb/core/folding.py folds the same way in Python, and a
 * browser test holds the two to the same answers on the same inputs. Loaded by every page
 * (before decision-tables.js) and by the search worker. */
(function (scope) {
  "use strict"

  const table = scope.kbLanguageData.folding
  const replacements = new Map(Object.entries(table.letters))
  // Traditional Chinese characters -> simplified, as two strings of equal length.
  const simplified = [...table.han.simplified]
  ;[...table.han.traditional].forEach((char, index) => replacements.set(char, simplified[index]))
  for (const char of table.dropped) replacements.set(char, "")
  for (const char of table.word_breaks) replacements.set(char, " ")
  const digits = new Map()
  for (const script of table.digits) [...script].forEach((digit, value) => digits.set(digit, String(value)))

  function characterClass(chars) {
    return `[${[...chars].map(char => char.replace(/[\\\]\[^-]/g, "\\$&")).join("")}]`
  }

  const FOLDED = new RegExp(characterClass(replacements.keys()), "gu")
  const DIGIT = new RegExp(characterClass(digits.keys()), "gu")

  /* One spelling per letter, without what is spelling and not meaning. */
  function fold(text) {
    return text.replace(FOLDED, char => replacements.get(char))
  }

  /* Every script's digits as ASCII digits. */
  function asciiDigits(text) {
    return text.replace(DIGIT, digit => digits.get(digit))
  }

  /* As matching compares text (Pagefind in search, the table filter): compatibility
   * decomposition without its marks, in lower case. */
  function loose(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
  }

  scope.kbTextFold = { fold, asciiDigits, loose, numberSeparators: table.number_separators, characterClass }
})(self)
