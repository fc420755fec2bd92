"""Site-internal links that survive being published under a version prefix.

mike publishes each policy release under its own folder (/1.0/, /latest/). A link
written as a site-absolute path ("/ru/") leaves that folder and lands on another
release; the same path without its leading slash is one MkDocs' `url` filter turns
into a link relative to the current page, which stays inside the release.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit


def release_relative(link: str, *, site_path: str = "/") -> str:
    """A site-absolute link as a path from the site root: '/ru/' -> 'ru/'.

    site_path is the path of the configured site_url ("/0.1/" when mike builds a
    release); links under it are made relative to it. URLs with a scheme or host,
    and links that are already relative, are unchanged.
    """
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not link.startswith("/"):
        return link
    root = folder_path(site_path)
    inside_root = link.removeprefix(root) if link.startswith(root) else link.lstrip("/")
    return inside_root or "."


def release_absolute(link: str, *, site_path: str) -> str:
    """A site link as an absolute path inside the release: '/ru/' under '/0.1' -> '/0.1/ru/'.

    For pages served at any URL (the 404 page), where relative links cannot work.
    """
    return urljoin(folder_path(site_path), release_relative(link, site_path=site_path))


def folder_path(path: str) -> str:
    """A URL path as a folder with both slashes: '0.1' -> '/0.1/', '' -> '/'."""
    inner = path.strip("/")
    return f"/{inner}/" if inner else "/"


class _HreflangLinkFinder(HTMLParser):
    """Finds the character spans of <link rel="alternate" hreflang> tags in <head>."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", html)]
        self._in_head = False
        self.spans: list[tuple[int, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif self._in_head and tag == "link" and values.get("rel") == "alternate" and "hreflang" in values:
            line, column = self.getpos()
            start = self._line_starts[line - 1] + column
            self.spans.append((start, start + len(self.get_starttag_text() or "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False


def without_head_hreflang_links(html: str) -> str:
    """The page without its <head> hreflang alternates; the header switcher stays.

    Material reads those tags as language roots and fetches "sitemap.xml" next to
    each. The i18n plugin points them at the same page in each language instead, so
    every page view fetched four or five missing files. The header switcher already
    links each language's version of the page.
    """
    # Only the <head> is read: the tags are there, and a page's body is most of its length.
    head_end = html.find("</head>")
    head = html if head_end < 0 else html[: head_end + len("</head>")]
    finder = _HreflangLinkFinder(head)
    finder.feed(head)
    finder.close()
    for start, end in reversed(finder.spans):
        html = html[:start] + html[end:]
    return html


def language_page_url(page_url: str, *, from_language: str, to_language: str, default: str) -> str:
    """The same page's URL in another language: 'ru/area/page/' -> 'fa/area/page/'."""
    path = page_url.removeprefix(f"{from_language}/") if from_language != default else page_url
    return path if to_language == default else f"{to_language}/{path}"
