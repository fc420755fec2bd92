"""Built HTML read with lxml: the element ids a fragment defines (the anchors links into it may
use), the URLs it links to or loads, and typed XPath lookups."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import lxml.html
from lxml.etree import HTMLParser, XPath, _Element, fromstring

# lxml.etree's own HTML parser: its elements are plain (lxml.html looks up a Python class for
# every element it hands out, which costs as much as a check over every page). Builds run in
# one thread, so one parser serves every page.
_PAGE_PARSER = HTMLParser()


@lru_cache(maxsize=256)  # the same few expressions run on every page of every language
def _compiled(path: str) -> XPath:
    return XPath(path)


def parsed_page(html: str | bytes) -> _Element:
    """A built page, whole (its <html> element), parsed once for every check that reads it."""
    return fromstring(html, _PAGE_PARSER)


# The theme's navigation sidebar. Every page of a language lists every page of the language
# in it, so it is most of a page's HTML as the KB grows (reading it on every page made the
# checks grow with the square of the KB), and it is the same on every page of the language
# but for which item is the current one and the relative form of its links. Found with
# ElementPath, which stops at the first match: the sidebar comes before the article.
SITE_NAVIGATION = ".//div[@data-md-component='sidebar'][@data-md-type='navigation']"


def remove_site_navigation(document: _Element) -> None:
    """Take the navigation sidebar (SITE_NAVIGATION) out of a parsed page."""
    navigation = document.find(SITE_NAVIGATION)
    parent = navigation.getparent() if navigation is not None else None
    if navigation is not None and parent is not None:
        parent.remove(navigation)


class _PageBeingWritten:
    """The page MkDocs is writing, parsed once for every handler that reads it."""

    html: str | bytes | None = None
    document: _Element | None = None


def shared_page(html: str | bytes) -> _Element:
    """The page being written, parsed once for all its readers (the checks, then the search
    index). Readers do not change it, but may take out its navigation (remove_site_navigation),
    which none of them reads twice: the last one takes it (taken_page)."""
    if _PageBeingWritten.html is not html or _PageBeingWritten.document is None:
        _PageBeingWritten.html, _PageBeingWritten.document = html, parsed_page(html)
    return _PageBeingWritten.document


def taken_page(html: str | bytes) -> _Element:
    """The page being written, for its last reader, which may change it: parsed, or as the
    other readers saw it, and forgotten."""
    document = shared_page(html)
    _PageBeingWritten.html = _PageBeingWritten.document = None
    return document


def elements(node: _Element, path: str) -> list[_Element]:
    """The elements an XPath expression selects (lxml types its answers loosely)."""
    return [item for item in _compiled(path)(node) if isinstance(item, _Element)]  # type: ignore[union-attr]


def strings(node: _Element, path: str) -> list[str]:
    """The texts or attribute values an XPath expression selects."""
    return [str(item) for item in _compiled(path)(node) if isinstance(item, str)]  # type: ignore[union-attr]


def source_line(element: _Element) -> int:
    """The element's 1-based line in the HTML it was parsed from (1 when the parser lost it)."""
    line = getattr(element, "sourceline", None)  # lxml-stubs types it as `...`
    return line if isinstance(line, int) and line > 0 else 1


@dataclass(frozen=True)
class HtmlReferences:
    ids: frozenset[str]
    urls: frozenset[str]  # href and src values


@lru_cache(maxsize=8)  # several handlers ask about the page being built
def html_references(html: str) -> HtmlReferences:
    if not html.strip():
        return HtmlReferences(frozenset(), frozenset())
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    ids = frozenset(value for value in strings(root, "//@id") if value)
    urls = frozenset(value for value in strings(root, "//@href | //@src") if value)
    return HtmlReferences(ids, urls)


def element_ids(html: str) -> frozenset[str]:
    return html_references(html).ids
