"""Text folding with the one folding table (text_folding.yml next to this module).

`fold` gives every letter one spelling (a traditional Chinese character its simplified form)
and drops what is spelling, not meaning; `ascii_digits`
reads any script's digits as ASCII. The browser folds queries and table rows with the same
table (docs/assets/javascripts/text-fold.js, handed the table by the build), and a test holds
the two to the same answers.

Matching then ignores case and marks (`loose`): Pagefind does so on both sides of a search,
the table filter likewise. So the search index stores a letter that is another letter plus a
mark (آ = ا + madda) as written, and readers see it so in results: `fold_for_index` folds only
what loose matching cannot see (ي, ك, ة, ...), and the two folds match the same.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from kb.core.han_variants import traditional_to_simplified

TABLE_FILE = Path(__file__).with_name("text_folding.yml")


@dataclass(frozen=True)
class FoldingTable:
    digits: tuple[str, ...]
    letters: dict[str, str]
    dropped: str
    word_breaks: str
    number_separators: str
    # Traditional Chinese characters and their simplified forms (kb.core.han_variants).
    han: Mapping[str, str] = field(default_factory=dict)

    def as_json(self) -> str:
        """The table for the browser (the Chinese pairs as two strings of equal length: a
        third of the bytes of a mapping)."""
        return json.dumps(
            {
                "digits": list(self.digits),
                "letters": self.letters,
                "han": {"traditional": "".join(self.han), "simplified": "".join(self.han.values())},
                "dropped": self.dropped,
                "word_breaks": self.word_breaks,
                "number_separators": self.number_separators,
            },
            ensure_ascii=False,
            sort_keys=True,
        )


@cache
def folding_table() -> FoldingTable:
    data = yaml.safe_load(TABLE_FILE.read_text(encoding="utf-8"))
    return FoldingTable(
        digits=tuple(data["digits"]),
        letters=dict(data["letters"]),
        dropped=data["dropped"],
        word_breaks=data["word_breaks"],
        number_separators=data["number_separators"],
        han=traditional_to_simplified(),
    )


class _WithoutMarks(dict[int, int | None]):
    """A str.translate table that drops Unicode's marks (categories Mn, Mc, Me) and keeps every
    other character, learning each character's category the first time it is met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)).startswith("M") else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def loose(text: str) -> str:
    """Text as matching compares it: Unicode's compatibility decomposition without its marks,
    in lower case (Pagefind's matching; the table filter's)."""
    return unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS).lower()


@cache
def _fold_translation(*, for_index: bool) -> dict[int, str | None]:
    table = folding_table()
    letters = {letter: spelling for letter, spelling in table.letters.items() if not (for_index and loose(letter) == loose(spelling))}
    translation: dict[int, str | None] = {ord(letter): spelling for letter, spelling in letters.items()}
    translation.update({ord(traditional): simplified for traditional, simplified in table.han.items()})
    translation.update({ord(char): None for char in table.dropped})
    translation.update({ord(char): " " for char in table.word_breaks})
    return translation


@cache
def _digit_translation() -> dict[int, str]:
    return {ord(digit): str(value) for digits in folding_table().digits for value, digit in enumerate(digits)}


def fold(text: str) -> str:
    """Text with one spelling per letter and without what is spelling, not meaning."""
    return text.translate(_fold_translation(for_index=False))


def fold_for_index(text: str) -> str:
    """fold, but letters that loose matching already reads as their folded spelling stay as
    written (آ أ إ): loose(fold_for_index(text)) == loose(fold(text))."""
    return text.translate(_fold_translation(for_index=True))


def ascii_digits(text: str) -> str:
    """Text with every script's digits as ASCII digits (the same length: offsets stay valid)."""
    return text.translate(_digit_translation())
