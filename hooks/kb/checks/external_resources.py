"""Find what a built page or stylesheet would load from a host other than the site's own.

The KB must work on an intranet and offline, so any fetch from another host (a CDN
script, a web font, a hot-linked image) is a defect. Links a reader may follow
(`<a href>`) are not fetches and are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
from lxml.etree import _Element

from kb.core.findings import Finding, line_of
from kb.core.html_tree import elements, source_line

# (element, attribute) pairs whose URL the browser fetches without a click.
FETCHING_ATTRIBUTES: frozenset[tuple[str, str]] = frozenset(
    {
        ("audio", "src"),
        ("embed", "src"),
        ("frame", "src"),
        ("iframe", "src"),
        ("img", "src"),
        ("img", "srcset"),
        ("input", "src"),
        ("object", "data"),
        ("script", "src"),
        ("source", "src"),
        ("source", "srcset"),
        ("track", "src"),
        ("video", "poster"),
        ("video", "src"),
    }
)

# <link rel=...> values that make the browser fetch (or connect to) the href.
FETCHING_LINK_RELS: frozenset[str] = frozenset(
    {
        "apple-touch-icon",
        "dns-prefetch",
        "icon",
        "manifest",
        "modulepreload",
        "preconnect",
        "prefetch",
        "preload",
        "stylesheet",
    }
)

# CSS is not HTML: its references are found in its tokens, once comments are gone and escapes
# are decoded ("\\68ttps" is "https"): every url(…), and every quoted string, which is how
# @import, image-set() and src() name what they load.
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|(\n)|(.))", re.DOTALL)
_CSS_REFERENCE = re.compile(
    r"""url\(\s*(['"]?)(?P<url>.*?)\1\s*\)|@import\s+(['"])(?P<imported>.*?)\3|(['"])(?P<string>.*?)\5""", re.DOTALL | re.IGNORECASE
)


def _css_unescaped_char(match: re.Match[str]) -> str:
    hex_digits, newline, other = match.groups()
    if hex_digits:
        code = int(hex_digits, 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    return "\n" if newline else other  # a line continuation: kept as a line break, for line numbers


def css_unescaped(css: str) -> str:
    """CSS as the browser reads it, on the same lines: comments blanked, escapes decoded."""
    without_comments = _CSS_COMMENT.sub(lambda comment: "\n" * comment.group(0).count("\n"), css)
    return _CSS_ESCAPE.sub(_css_unescaped_char, without_comments)


@dataclass(frozen=True)
class ExternalResource:
    """A fetch from another host: the URL, that host, what asks for it, and its line."""

    url: str
    host: str
    requested_by: str
    line: int


def third_party_host(url: str) -> str | None:
    """Return the host a URL would be fetched from, or None for the site's own files.

    Absolute http(s) URLs and protocol-relative `//host/...` URLs leave the site;
    relative paths, fragments and `data:` URIs do not.
    """
    stripped = url.strip()
    parts = urlsplit(stripped)
    if parts.scheme in ("http", "https") or (not parts.scheme and stripped.startswith("//")):
        return parts.hostname or None
    return None


def srcset_urls(srcset: str) -> list[str]:
    """The URLs of a srcset list ("a.png 1x, b.png 2x")."""
    return [candidate.split()[0] for candidate in srcset.split(",") if candidate.strip()]


def find_external_css_resources(css: str, *, first_line: int = 1) -> list[ExternalResource]:
    """Every url(), @import, image-set() or other reference in a stylesheet that points at another host."""
    found: list[ExternalResource] = []
    readable = css_unescaped(css)
    for match in _CSS_REFERENCE.finditer(readable):
        kind, written = next((name, value) for name, value in match.groupdict().items() if value is not None)
        url = written.strip()
        host = third_party_host(url)
        if host:
            line = first_line + readable.count("\n", 0, match.start())
            requested_by = {"url": "CSS url()", "imported": "CSS @import", "string": "CSS string"}[kind]
            found.append(ExternalResource(url=url, host=host, requested_by=requested_by, line=line))
    return found


def _element_resources(element: _Element) -> list[ExternalResource]:
    """What one element fetches: its fetching attributes, a fetching <link>, its inline style,
    and the text of a <style> element."""
    found: list[ExternalResource] = []
    line, tag = source_line(element), str(element.tag)

    def add(url: str, requested_by: str) -> None:
        host = third_party_host(url)
        if host:
            found.append(ExternalResource(url=url.strip(), host=host, requested_by=requested_by, line=line))

    for name, value in element.attrib.items():
        if (tag, str(name)) in FETCHING_ATTRIBUTES:
            for url in srcset_urls(str(value)) if name == "srcset" else [str(value)]:
                add(url, f"<{tag} {name!s}>")
    rel = element.get("rel") or ""
    if tag == "link" and FETCHING_LINK_RELS & set(rel.lower().split()):
        add(element.get("href") or "", f'<link rel="{rel}">')
    if element.get("style"):
        found.extend(find_external_css_resources(element.get("style") or "", first_line=line))
    if tag == "style" and element.text:
        found.extend(find_external_css_resources(element.text, first_line=line))
    return found


def document_resources(document: _Element) -> list[ExternalResource]:
    """Every fetch a parsed HTML document would make to another host, in document order."""
    # Only elements that can fetch, selected by libxml2 rather than visited one by one.
    candidates = elements(document, "//*[@src or @srcset or @data or @poster or @style] | //link | //style")
    return [resource for element in candidates for resource in _element_resources(element)]


def find_external_resources(html: str) -> list[ExternalResource]:
    """Every fetch an HTML document would make to another host, in document order."""
    return document_resources(lxml.html.document_fromstring(html)) if html.strip() else []


_FIX_IN_PAGE = "copy the file into docs/assets/ and link it with a relative path; the KB must work offline"
_FIX_IN_THEME = "it comes from mkdocs.yml, overrides/ or the theme, not from the page text: remove it there"


def page_findings(resources: Iterable[ExternalResource], *, markdown: str, source_path: str, built_path: str) -> list[Finding]:
    """Faults for a built page's fetches, located in the Markdown source where the URL was written.

    A URL that is not in the source came from the theme or its configuration;
    it is reported against the page with the built file's line so it can be traced.
    """
    findings: list[Finding] = []
    for resource in resources:
        problem = f"{resource.requested_by} loads {resource.url} from {resource.host}"
        source_line = line_of(markdown, resource.url)
        if source_line is not None:
            findings.append(Finding(source_path, source_line, problem, _FIX_IN_PAGE))
        else:
            where = f"{problem} (built page {built_path}:{resource.line})"
            findings.append(Finding(source_path, 1, where, _FIX_IN_THEME))
    return findings


def stylesheet_findings(css: str, *, path: str) -> list[Finding]:
    """Faults for a stylesheet the site ships."""
    return [
        Finding(path, resource.line, f"{resource.requested_by} loads {resource.url} from {resource.host}", _FIX_IN_PAGE)
        for resource in find_external_css_resources(css)
    ]
