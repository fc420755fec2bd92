"""A crawl of the built site: every internal href and src resolves, every #fragment exists.

It covers what no page check sees: links the theme, the overrides and the language
switcher write into every page of every language.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

from kb.findings import Finding

_URL_ATTRIBUTE = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}


@dataclass
class _BuiltPage:
    urls: list[tuple[str, int]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


def _read(path: Path) -> _BuiltPage:
    # lxml: a real HTML parser, and fast enough to crawl every page of every language
    # on each build (the build benchmark keeps the checks' cost in view).
    page = _BuiltPage()
    for element in lxml.html.fromstring(path.read_bytes()).iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        if element.get("id"):
            page.ids.add(element.get("id"))
        if element.tag == "a" and element.get("name"):
            page.ids.add(element.get("name"))
        attribute = _URL_ATTRIBUTE.get(element.tag)
        if attribute and element.get(attribute) is not None:
            page.urls.append((element.get(attribute), element.sourceline or 1))
    return page


def _target_file(site_files: frozenset[str], page_path: str, url_path: str, site_path: str) -> str | None:
    """The site file a link path points at (one of site_files), or None if none exists.

    Absolute paths are read under site_path, where the site is served (the 404 page's
    links are absolute, and mike serves each release from /<version>/).
    """
    folder = posixpath.dirname(page_path)
    if url_path.startswith("/"):
        root = "/" + site_path.strip("/") + "/" if site_path.strip("/") else "/"
        url_path = url_path.removeprefix(root) if url_path.startswith(root) else url_path.lstrip("/")
        joined = posixpath.normpath(url_path or ".")
    else:
        joined = posixpath.normpath(posixpath.join(folder, url_path))
    candidates = [joined] if not url_path.endswith("/") else []
    candidates.append(posixpath.join(joined, "index.html") if joined != "." else "index.html")
    return next((candidate for candidate in candidates if candidate in site_files), None)


def crawl(site_dir: Path, *, display_dir: str, site_path: str = "/") -> list[Finding]:
    """Faults of every HTML page under site_dir, reported as display_dir/<page>:<line>."""
    # Every page links the same theme files and navigation: one listing, not a stat per link.
    site_files = frozenset(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file())
    pages = {relative: site_dir / relative for relative in sorted(site_files) if relative.endswith(".html")}
    parsed: dict[str, _BuiltPage] = {}

    def page(relative: str) -> _BuiltPage:
        if relative not in parsed:
            parsed[relative] = _read(pages[relative]) if relative in pages else _read(site_dir / relative)
        return parsed[relative]

    findings = []
    for relative in pages:
        for url, line in page(relative).urls:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not url:
                continue
            where = f"{display_dir}/{relative}"
            if parts.path:
                target = _target_file(site_files, relative, unquote(parts.path), site_path)
                if target is None:
                    findings.append(Finding(where, line, f"link {url} leads to no file in the built site", "it comes from the page's source, a theme override or the language switcher: fix the link there"))
                    continue
            else:
                target = relative
            fragment = unquote(parts.fragment)
            if fragment and target.endswith(".html") and fragment not in page(target).ids:
                findings.append(Finding(where, line, f"link {url} names #{fragment}, which {target} does not have", "link to an id the target page has"))
    return findings
