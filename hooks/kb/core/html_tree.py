"""Built HTML read with lxml: the element ids a fragment defines (the anchors links into it may
use), the URLs it links to or loads, and typed XPath lookups."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import lxml.html
from lxml.etree import ErrorLevels, HTMLParser, XPath, _Element, fromstring

# lxml.etree's own HTML parser: its elements are plain (lxml.html looks up a Python class for
# every element it hands out, which costs as much as a check over every page). Builds run in
# one thread, so one parser serves every page.
_PAGE_PARSER = HTMLParser()


@lru_cache(maxsize=256)  # the same few expressions run on every page of every language
def _compiled(path: str) -> XPath:
    return XPath(path)


@dataclass(frozen=True)
class ParseStop:
    """Where the parser gave up reading a page (libxml2 reads elements nested up to 255 deep):
    what follows is not in the parsed tree, so no check saw it."""

    line: int
    column: int
    message: str


def read_page(html: str | bytes) -> tuple[_Element, ParseStop | None]:
    """A built page, whole (its <html> element), and where the parser stopped short of its end."""
    document = fromstring(html, _PAGE_PARSER)
    fatal = next((error for error in _PAGE_PARSER.error_log if error.level == ErrorLevels.FATAL), None)
    return document, ParseStop(fatal.line, fatal.column, fatal.message.strip()) if fatal is not None else None


def parsed_page(html: str | bytes) -> _Element:
    """A built page, whole (its <html> element), parsed once for every check that reads it."""
    return read_page(html)[0]


# The theme's navigation sidebar. Every page of a language lists every page of the language
# in it, so it is most of a page's HTML as the KB grows (reading it on every page made the
# checks grow with the square of the KB), and it is the same on every page of the language
# but for which item is the current one and the relative form of its links. Found with
# ElementPath, which stops at the first match: the sidebar comes before the article.
SITE_NAVIGATION = ".//div[@data-md-component='sidebar'][@data-md-type='navigation']"

# The sidebar's list of every page, between two comments the KB's theme writes around it
# (overrides/partials/nav.html). Leaving it out before parsing keeps a page's parse linear in
# the page rather than in the KB: at eight times today's KB it is nine tenths of the HTML.
NAVIGATION_LIST_START = "<!-- kb:navigation-list -->"
NAVIGATION_LIST_END = "<!-- /kb:navigation-list -->"


def without_navigation_list(html: str) -> str:
    """The page's HTML with the navigation list (NAVIGATION_LIST_START to _END) blanked out,
    each of its lines kept as an empty line, so that what follows keeps its line numbers.

    The page is left whole unless each comment is written once, the start first: the theme
    writes each exactly once, so a page whose content or titles wrote one too is read whole,
    and content can never hide itself from the checks by imitating them."""
    if html.count(NAVIGATION_LIST_START) != 1 or html.count(NAVIGATION_LIST_END) != 1:
        return html
    start, end = html.index(NAVIGATION_LIST_START), html.index(NAVIGATION_LIST_END)
    if end < start:
        return html
    return html[:start] + "\n" * html.count("\n", start, end) + html[end:]


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
    stop: ParseStop | None = None
    with_navigation: bool = True


def shared_page(html: str | bytes, *, with_navigation: bool = True) -> _Element:
    """The page being written, parsed once for all its readers (the checks, then the search
    index). Readers do not change it, but may take out its navigation (remove_site_navigation),
    which none of them reads twice: the last one takes it (taken_page).

    with_navigation False: the navigation list may be left out before parsing
    (without_navigation_list); the first reader says which it needs."""
    page = _PageBeingWritten
    if page.html is not html or page.document is None or (with_navigation and not page.with_navigation):
        text = html if with_navigation or not isinstance(html, str) else without_navigation_list(html)
        (page.document, page.stop), page.html, page.with_navigation = read_page(text), html, with_navigation
    return page.document


def shared_page_stop(html: str | bytes) -> ParseStop | None:
    """Where the parser stopped short in the page being written (shared_page), if it did."""
    return _PageBeingWritten.stop if _PageBeingWritten.html is html else None


def taken_page(html: str | bytes) -> _Element:
    """The page being written, for its last reader, which may change it and does not read
    the navigation: parsed, or as the other readers saw it, and forgotten."""
    document = shared_page(html, with_navigation=False)
    _PageBeingWritten.html = _PageBeingWritten.document = _PageBeingWritten.stop = None
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
