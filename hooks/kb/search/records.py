"""What the search index gets from each built page: the page, and its rows as results.

A built page is handed to the indexer as a prepared copy (the page on the site is not
changed): only the article is indexed, controls and permalinks are left out, and every
text is stored searchable (kb.search.text). Pages shown in place of a missing translation
are left out, so a reader's results are in the reader's language only. Decision-table
rows and phone-directory entries become results of their own that link to the row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import lxml.etree
import lxml.html
from lxml.etree import _Element

from kb.core.folding import fold_for_index, loose
from kb.core.front_matter import GENERAL_AREA
from kb.core.html_tree import elements, remove_site_navigation, strings, taken_page
from kb.search.text import HAN_CHARACTER, searchable, separate_han

# Inside an article, but not what a reader searches for.
_NOT_INDEXED = frozenset(
    (
        "headerlink",  # the ¶ after each heading
        "kb-dt-permalink",  # the # in each table row
        "kb-dt-report",  # each table row's "Report a problem" flag (kb.feedback)
        "kb-report-problem",  # the page's "Report a problem" link
        "kb-dt-filter",  # the table's filter box
        "kb-page-meta",  # owner and review dates
        "kb-translation-notice",
        "md-content__button",  # edit this page
        "md-source-file",
    )
)
FALLBACK_MARKER = "data-kb-fallback"
# How customers ask (kb.core.customer_says): weighted like a heading, left out of row titles.
ASKED_AS_CLASS = "kb-asked-as"
ASKED_AS_WEIGHT = "7"
DRAFT_CLASS = "kb-draft"
# Pages that lead to the answers rather than hold them (the site's and each area's home page,
# the glossary): their text names every topic, so they rank below the pages they lead to. The
# translation-status page is for editors only and is not indexed.
HUB_WEIGHT = "0.3"
GLOSSARY_CLASS = "kb-glossary"
EDITORS_ONLY = "data-kb-translation-status"


@dataclass(frozen=True)
class SearchRecord:
    """A result of its own: a table row or a phone-directory entry."""

    url: str
    language: str
    title: str
    content: str
    page_title: str
    area: str = GENERAL_AREA
    status: str = "published"


@dataclass(frozen=True)
class PreparedPage:
    url: str
    html: str
    language: str
    records: tuple[SearchRecord, ...]
    area: str = GENERAL_AREA
    status: str = "published"
    title: str = ""
    words: frozenset[str] = frozenset()  # what the page holds, for the search vocabulary


def _has_class_test(name: str) -> str:
    """An XPath test: the element's class list holds name."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# What a row's or cell's text leaves out: its links to itself, and how customers ask (which a
# row's record holds apart).
_LEFT_OUT_OF_TEXT = ("kb-dt-permalink", "kb-dt-report", "headerlink", ASKED_AS_CLASS)


def _is_left_out_of_text(element: _Element) -> bool:
    classes = element.get("class") or ""
    return any(name in classes for name in _LEFT_OUT_OF_TEXT)


def _texts(element: _Element, *, left_out: Callable[[_Element], bool]) -> list[str]:
    """Every text in element in document order, but inside the elements left_out picks (and
    comments). Walked with a list, not recursion, and not an XPath ancestor test, which
    climbed to the page's root for every text."""
    parts: list[str] = []
    pending: list[_Element | str] = [element]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if item.text:
            parts.append(item.text)
        for child in reversed(item):  # popped in document order: each child, then its tail
            if child.tail:
                pending.append(child.tail)
            if isinstance(child.tag, str) and not left_out(child):  # a comment's text is not read
                pending.append(child)
    return parts


def _text(element: _Element) -> str:
    """What a reader sees of an element, leaving out its links to itself (_LEFT_OUT_OF_TEXT,
    in it or around it)."""
    if any(_is_left_out_of_text(node) for node in (element, *element.iterancestors())):
        return ""
    return " ".join("".join(_texts(element, left_out=_is_left_out_of_text)).split())


def _is_not_indexed(element: _Element) -> bool:
    return element.get("data-pagefind-ignore") is not None


def _caption(row: _Element) -> str:
    captions = elements(row, "ancestor::table[1]/caption")
    return _text(captions[0]) if captions else ""


def _column_labels(row: _Element) -> str:
    """The table's column headings: what the row's values are ("Телефон", "Amount")."""
    return " ".join(_text(heading) for heading in elements(row, "ancestor::table[1]/thead//th"))


def _asked_as(row: _Element) -> str:
    """The row's customer phrasings (a custom record has no weights: a row's text is short,
    and its phrasings count as much as its other words)."""
    return " ".join(" ".join(piece.split()) for piece in strings(row, f".//*[contains(@class, '{ASKED_AS_CLASS}')]//q//text()"))


def _row_records(article: _Element, *, page_url: str, language: str, area: str, status: str) -> list[SearchRecord]:
    headings = elements(article, ".//h1")
    page_title = " ".join(strings(headings[0], "text()")).strip() if headings else ""
    records = []
    for row in elements(article, ".//tr[@data-kb-row and @id]"):
        conditions = elements(row, "./th[@scope='row'] | ./td[@data-kb-condition]")
        label = " · ".join(_text(cell) for cell in conditions) if conditions else _text(row)
        caption = _caption(row)
        records.append(
            SearchRecord(
                f"{page_url}#{row.get('id')}",
                language,
                f"{caption}: {label}" if caption else label,
                searchable(f"{_column_labels(row)} {_text(row)} {_asked_as(row)}"),
                page_title,
                area,
                status,
            )
        )
    for row in elements(article, ".//tr[starts-with(@id, 'phone-')]"):
        cells = elements(row, "./td|./th")
        records.append(
            SearchRecord(
                f"{page_url}#{row.get('id')}",
                language,
                " — ".join(_text(cell) for cell in cells),
                searchable(f"{_column_labels(row)} {_text(row)}"),
                page_title,
                area,
                status,
            )
        )
    return records


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@lru_cache(maxsize=65536)  # a page's words repeat, and so do the navigation's on every page
def _heading_text(text: str) -> str:
    return separate_han(fold_for_index(text))


@lru_cache(maxsize=65536)
def _body_text(text: str) -> str:
    return searchable(text)


def _make_searchable(article: _Element) -> None:
    """Fold every text; add number forms outside headings, which results show as titles."""
    # The elements themselves, not their ids: lxml makes an element's Python object on demand.
    in_headings = {element for heading in article.iter(*_HEADINGS) for element in heading.iter()}
    for element in article.iter(lxml.etree.Element):  # elements, not comments
        if element.tag not in ("script", "style") and element.text:
            element.text = (_heading_text if element in in_headings else _body_text)(element.text)
        if element is not article and element.tail:
            parent = element.getparent()
            element.tail = (_heading_text if parent is not None and parent in in_headings else _body_text)(element.tail)


def _keep_only_in_body(article: _Element) -> None:
    """The page's body cut down to the article and the elements it sits in. Pagefind indexes
    the article alone (data-pagefind-body); the header, sidebars, footer and scripts were
    half of what it was handed and parsed."""
    node, parent = article, article.getparent()
    while parent is not None and node.tag != "body":
        for sibling in list(parent):
            if sibling is not node:
                parent.remove(sibling)
        node, parent = parent, parent.getparent()


def prepared_page(html: str, *, page_url: str) -> PreparedPage | None:
    """The copy of a built page the indexer reads, or None when the page is not indexed.
    The last reader of the page being written: it takes the parsed page (kb.core.html_tree)."""
    document = taken_page(html)
    # Out before the whole-page searches below: on the page read with its navigation list,
    # the list is most of the page (_keep_only_in_body then leaves the article alone).
    remove_site_navigation(document)
    articles = elements(document, f"//article[{_has_class_test('md-content__inner')}]")
    if not articles or elements(document, f"//*[@{FALLBACK_MARKER}] | //*[@{EDITORS_ONLY}]"):
        return None
    article = articles[0]
    _keep_only_in_body(article)
    language = (document.get("lang") or "en").lower()
    area = next(iter(strings(document, "//head/meta[@name='kb-area']/@content")), GENERAL_AREA)
    status = "draft" if elements(article, f".//*[{_has_class_test(DRAFT_CLASS)}]") else "published"
    records = _row_records(article, page_url=page_url, language=language, area=area, status=status)
    for element in article.iter(lxml.etree.Element):
        classes = (element.get("class") or "").split()
        if not classes:
            continue
        if not _NOT_INDEXED.isdisjoint(classes):
            element.set("data-pagefind-ignore", "all")
        elif ASKED_AS_CLASS in classes:
            element.set("data-pagefind-weight", ASKED_AS_WEIGHT)
    article.set("data-pagefind-body", "")
    # Whose rule a result is, and whether it is a draft: shown with each result, and the
    # area is a filter (the scope control above the results).
    article.set("data-pagefind-filter", f"area:{area}")
    article.set("data-pagefind-meta", f"area:{area}")
    if _is_home(page_url, area=area, language=language) or elements(article, f".//*[{_has_class_test(GLOSSARY_CLASS)}]"):
        article.set("data-pagefind-weight", HUB_WEIGHT)
        lxml.etree.SubElement(article, "span", {"data-pagefind-meta": "hub:yes", "hidden": ""})
    # One key per attribute: Pagefind reads "a:x, b:y" as one value.
    lxml.etree.SubElement(article, "span", {"data-pagefind-meta": f"status:{status}", "hidden": ""})
    _make_searchable(article)
    prepared = lxml.html.tostring(document, encoding="unicode", doctype="<!DOCTYPE html>")
    headings = elements(article, ".//h1")
    title = _text(headings[0]) if headings else ""
    indexed = " ".join(_texts(article, left_out=_is_not_indexed))
    return PreparedPage(page_url, prepared, language, tuple(records), area, status, title, vocabulary_words(indexed))


def _is_home(page_url: str, *, area: str, language: str) -> bool:
    """The site's home page (/, /ru/) or an area's (/home-shopping/, /ru/home-shopping/)."""
    parts = [part for part in page_url.split("/") if part]
    if parts and parts[0] == language:
        parts = parts[1:]
    return parts == [] or parts == [area]


_WORD = re.compile(r"[^\W\d_]{3,}")  # letters only: numbers are not corrected


def vocabulary_words(text: str) -> frozenset[str]:
    """The words of a text as the search worker compares typed words with them (loose):
    words of three letters or more, and each Chinese character (a word of its own in the
    index, so that the worker knows a query of known characters needs no correction)."""
    folded = loose(text)
    return frozenset(_WORD.findall(folded)) | frozenset(HAN_CHARACTER.findall(folded))
