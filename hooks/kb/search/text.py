"""Text as the search index stores it, so that a query in any spelling finds it.

The browser side (docs/assets/javascripts/search-query.js) folds queries with the same table
(kb.core.folding); the unit tests and the browser suite check both against the same cases.

- Letters: one spelling each (ي ى → ی, ك → ک, ...); tatweel, short-vowel marks and invisible
  characters are dropped; the zero-width non-joiner becomes a space, as agents often type it
  (ثبت‌نام = ثبت نام; the indexer does not split words at invisible characters in Persian).
- Chinese: each character is a word of its own, split by zero-width spaces; the worker ranks
  pages holding the typed characters side by side first.
- Numbers: after every number written in another form, its canonical ASCII form is added
  (۵۰۰٫۰۰۰ 500000; 3 000 000 3000000; 8 800 200 58 88 88002005888 8002005888), so a query
  typed with any digits or separators meets it.
"""

from __future__ import annotations

import re

from kb.core.folding import fold_for_index
from kb.core.numbers import written_numbers

ZERO_WIDTH_SPACE = "\u200b"
# Between a Chinese character and any neighbour but a space.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # a character class's ranges
_HAN_BOUNDARY = re.compile(f"(?<=[{HAN}])(?=\\S)|(?<=\\S)(?=[{HAN}])")
HAN_CHARACTER = re.compile(f"[{HAN}]")


def with_number_forms(text: str) -> str:
    """Text with each number's canonical ASCII forms added after it when written otherwise."""
    pieces: list[str] = []
    position = 0
    for number in sorted(written_numbers(text), key=lambda number: number.end):
        added = [form for form in number.forms if form != number.written]
        if added and number.end >= position:
            pieces.append(text[position : number.end])
            pieces.append(" " + " ".join(added))
            position = number.end
    pieces.append(text[position:])
    return "".join(pieces)


def separate_han(text: str) -> str:
    """Each Chinese character a word of its own, split by invisible zero-width spaces."""
    return _HAN_BOUNDARY.sub(ZERO_WIDTH_SPACE, text)


def searchable(text: str) -> str:
    """Text as indexed: folded, with number forms, Chinese characters separated."""
    return separate_han(with_number_forms(fold_for_index(text)))
