"""A decision-table cell's text as elements: the source's own wording isolated, scripts copyable.

A translated cell holds the source wording beside its meaning (a Russian script on a Persian
page, a «Status» name in a Chinese sentence). Each such passage gets its own `lang` and `dir`
(a <bdi> inside a line, a <span> for a whole line), so a right-to-left page does not reorder
its punctuation and a screen reader reads it in its language. In a script column (`script:
true`) the words to say become one element with a copy button, which copies them and not the
meaning beside them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from markdown.util import AtomicString

from kb.core.passages import is_written_in, language_attributes, source_passage_language

# A «quoted» passage, with the emphasis markers right around it (`**«…»**` stays one piece,
# so Markdown still pairs the asterisks).
QUOTED = re.compile(r"\**«[^«»]*»\**")
SCRIPT_CLASS = "kb-script-text"
COPY_CLASS = "kb-script-copy"


@dataclass(frozen=True)
class CellLanguage:
    """The page's language and the table's source language, which scripts are said in."""

    page: str
    source: str

    @property
    def is_source(self) -> bool:
        return self.page == self.source

    def foreign(self, passage: str) -> bool:
        """Whether a passage is the source's wording on a page in another language."""
        return not self.is_source and is_written_in(passage, self.source)


def _append_text(element: etree.Element, text: str, *, atomic: bool) -> None:
    if not text:
        return
    if len(element):
        last = element[-1]
        combined = (last.tail or "") + text
        last.tail = AtomicString(combined) if atomic else combined
    else:
        combined = (element.text or "") + text
        element.text = AtomicString(combined) if atomic else combined


def _child(parent: etree.Element, tag: str, text: str, attributes: dict[str, str], *, atomic: bool) -> etree.Element:
    element = etree.SubElement(parent, tag, attributes)
    element.text = AtomicString(text) if atomic else text
    return element


def _pieces(line: str) -> list[tuple[str, bool]]:
    """The line cut into (text, is_quoted) pieces."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in QUOTED.finditer(line):
        pieces.append((line[position : match.start()], False))
        pieces.append((match.group(), True))
        position = match.end()
    pieces.append((line[position:], False))
    return [(text, quoted) for text, quoted in pieces if text]


def add_isolated_line(element: etree.Element, line: str, language: CellLanguage, *, atomic: bool) -> None:
    """One line of text: a whole line in the source's wording marked as a <span>, a quoted
    passage in it as a <bdi>, each with its language and direction."""
    whole = source_passage_language(line, page_language=language.page, source_language=language.source)
    if whole and not QUOTED.search(line):
        _child(element, "span", line, language_attributes(whole, page_language=language.page), atomic=atomic)
        return
    for text, quoted in _pieces(line):
        if quoted and language.foreign(text):
            _child(element, "bdi", text, language_attributes(language.source, page_language=language.page), atomic=atomic)
        else:
            _append_text(element, text, atomic=atomic)


def add_lines(element: etree.Element, text: str, language: CellLanguage, *, atomic: bool = False) -> None:
    """Text with its line breaks kept as <br>, each line isolated as add_isolated_line does."""
    for index, line in enumerate(text.split("\n")):
        if index:
            etree.SubElement(element, "br")
        add_isolated_line(element, line, language, atomic=atomic)


def _script_pieces(line: str, language: CellLanguage) -> list[tuple[str, bool]]:
    """The line cut into (text, is_script): the «quoted» words when there are any, else the
    whole line if it is in the source's wording (on the source page, every line is)."""
    pieces = _pieces(line)
    if any(quoted for _, quoted in pieces):
        return [(text, quoted and (language.is_source or is_written_in(text, language.source))) for text, quoted in pieces]
    return [(line, language.is_source or language.foreign(line))]


def add_script_lines(element: etree.Element, text: str, language: CellLanguage, *, script_id: str) -> None:
    """A script cell: each script passage in its own element with a copy button after it;
    the rest (the meaning) as ordinary text."""
    number = 0
    attributes = language_attributes(language.source, page_language=language.page)
    for index, line in enumerate(text.split("\n")):
        if index:
            etree.SubElement(element, "br")
        for piece, is_script in _script_pieces(line, language):
            if not is_script:
                add_isolated_line(element, piece, language, atomic=False)
                continue
            number += 1
            element_id = script_id if number == 1 else f"{script_id}-{number}"
            _child(element, "span", piece, {"class": SCRIPT_CLASS, "id": element_id, **attributes}, atomic=False)
            # Hidden until say-blocks.js labels it: copying needs JavaScript.
            etree.SubElement(
                element,
                "button",
                {
                    "type": "button",
                    "class": f"md-clipboard md-icon {COPY_CLASS}",
                    "data-clipboard-target": f"#{element_id}",
                    "hidden": "hidden",
                },
            )
