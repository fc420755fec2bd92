"""Area glossaries: abbreviation tooltips on every page of an area, and the glossary page.

Each area keeps `snippets/glossary/<area>.<lang>.md` under docs/ (a second file of the
same area may be `<area>-<part>.<lang>.md`), one term per line in Markdown's
abbreviation syntax: `*[ИМ]: Интернет-магазин`. Pages of the area get their
language's files; the glossary page lists them with
`::: glossary <area>`. The build appends their text (as read by kb.core.source_text) to
each page of the area, rather than including the files, which would read them again
without the checks.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrBlockprocessor, AbbrTreeprocessor
from markdown.util import AtomicString

from kb.core.findings import Finding, line_of
from kb.core.front_matter import GENERAL_AREA, page_area
from kb.core.markdown_markers import MarkerProcessor

GLOSSARY_FOLDER = "snippets/glossary"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def term_pattern(term: str) -> str:
    """A regex for a glossary term in running text.

    Chinese has no spaces, so a term inside a sentence has no word boundary around
    it; other terms must not touch letters or digits ("И.О." ends in a dot, where
    the stock `\\b` never matches).
    """
    escaped = re.escape(term)
    return escaped if _CJK.search(term) else rf"(?<!\w){escaped}(?!\w)"


class ScriptAwareAbbrTreeprocessor(AbbrTreeprocessor):
    """Python-Markdown's abbreviation processor with term_pattern() boundaries."""

    def run(self, root: etree.Element) -> etree.Element | None:
        if not self.abbrs:
            return None
        terms = sorted(self.abbrs, key=len, reverse=True)
        self.RE = re.compile("|".join(term_pattern(term) for term in terms))
        self.iter_element(root)
        return None


def glossary_files(area: str, language: str, *, available: Collection[str]) -> list[str]:
    """The area's glossary files in a language, as paths under docs/ ('snippets/glossary/x.ru.md')."""
    wanted = [f"{GLOSSARY_FOLDER}/{area}.{language}.md"]
    # Plain string tests: every page asks, over every glossary of every area.
    prefix, suffix = f"{GLOSSARY_FOLDER}/{area}-", f".{language}.md"
    parts = sorted(path for path in available if path.startswith(prefix) and path.endswith(suffix) and "/" not in path[len(prefix) :])
    return [path for path in wanted if path in available] + parts


def page_glossaries(path_in_docs: str, language: str, *, default_language: str, available: Collection[str]) -> list[str]:
    """The glossary files appended to a page: its area's in its language, else in the default
    language; none for a page outside the areas."""
    area = page_area(path_in_docs)
    if area == GENERAL_AREA:
        return []
    return glossary_files(area, language, available=available) or glossary_files(area, default_language, available=available)


def appended_glossaries(texts: list[str]) -> str:
    """The glossary files' text, to append to a page's Markdown."""
    return "".join(f"\n\n{text.strip()}" for text in texts)


def entries(text: str) -> list[tuple[str, str]]:
    """(term, definition) pairs of a glossary file, parsed as Markdown's abbr extension does."""
    return [(match["abbr"], match["title"].strip()) for match in AbbrBlockprocessor.RE.finditer(text)]


@dataclass
class GlossaryPage:
    language: str
    source_path: str
    markdown: str
    fallback_language: str  # whose glossary a language without one shows: the site's default
    findings: list[Finding] = field(default_factory=list)


class GlossaryExtension(Extension):
    """Renders `::: glossary <area>` through read(language, area) -> [(term, definition)].

    read returns None when the area has no glossary in that language.
    """

    def __init__(self, *, read: Callable[[str, str], list[tuple[str, str]] | None]) -> None:
        super().__init__()
        self.read = read
        self.page: GlossaryPage | None = None

    def begin_page(self, page: GlossaryPage) -> None:
        self.page = page

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        processor = MarkerProcessor(md.parser, name="glossary", argument=r"[a-z0-9-]+", place=self.place)
        md.parser.blockprocessors.register(processor, "kb_glossary", 104)
        if "abbr" in md.treeprocessors:
            stock = md.treeprocessors["abbr"]
            if isinstance(stock, AbbrTreeprocessor):
                md.treeprocessors.register(ScriptAwareAbbrTreeprocessor(md, stock.abbrs), "abbr", 7)

    def place(self, parent: etree.Element, area: str) -> None:
        if self.page is None:
            return
        terms = self.read(self.page.language, area)
        if terms is None:
            terms = self.read(self.page.fallback_language, area)
        if terms is None:
            line = line_of(self.page.markdown, f"::: glossary {area}") or 1
            self.page.findings.append(
                Finding(
                    self.page.source_path,
                    line,
                    f"area '{area}' has no glossary",
                    f"create docs/{GLOSSARY_FOLDER}/{area}.{self.page.fallback_language}.md or correct the area name",
                )
            )
            return
        listing = etree.SubElement(parent, "dl", {"class": "kb-glossary"})
        for term, definition in sorted(terms, key=lambda entry: entry[0].casefold()):
            etree.SubElement(listing, "dt").text = AtomicString(term)
            etree.SubElement(listing, "dd").text = definition
