"""Passages in another language than the page's: which language, and which direction.

Scripts stay in the source language on every translated page, and a translated table cell
holds the source wording beside its meaning. Marked with `lang` (WCAG 2.2, 3.1.2 Language of
Parts) a screen reader reads them in their own language; marked with `dir`, a Russian line
on a Persian page runs left to right (and a Persian line on any other page right to left)
instead of having its punctuation and brackets reordered by the page's direction.
"""

from __future__ import annotations

import unicodedata

from kb.core.languages import direction, script


def language_attributes(language: str, *, page_language: str) -> dict[str, str]:
    """`lang` and `dir` for a passage in language on a page in page_language; none if the same."""
    if language == page_language:
        return {}
    return {"lang": language, "dir": direction(language)}


def _script(letter: str) -> str:
    return unicodedata.name(letter, "").split(" ", 1)[0]


def is_written_in(text: str, language: str) -> bool:
    """Whether most of the text's letters are in the script of language."""
    letters = [char for char in text if char.isalpha()]
    in_script = sum(1 for letter in letters if _script(letter) == script(language))
    return bool(letters) and 2 * in_script > len(letters)


def source_passage_language(text: str, *, page_language: str, source_language: str) -> str | None:
    """source_language, if a line of a translated text is the source's own wording.

    Told apart by script, so a Latvian line on an English page (both Latin) is not found."""
    if script(source_language) == script(page_language):
        return None
    return source_language if is_written_in(text, source_language) else None
