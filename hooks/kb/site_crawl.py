"""A crawl of the built site: every internal href and src resolves, every #fragment exists.

It covers what no page check sees: links the theme, the overrides and the language
switcher write into every page of every language.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kb.findings import Finding

_URL_ATTRIBUTES = {("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src"), ("iframe", "src")}


@dataclass
class _BuiltPage:
    urls: list[tuple[str, int]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _BuiltPage()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("id", "name") and value and (name == "id" or tag == "a"):
                self.page.ids.add(value)
            if (tag, name) in _URL_ATTRIBUTES and value is not None:
                self.page.urls.append((value, self.getpos()[0]))


def _read(path: Path) -> _BuiltPage:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    collector.close()
    return collector.page


def _target_file(site_dir: Path, page_path: str, url_path: str) -> str | None:
    """The site file a link path points at (relative to site_dir), or None if none exists."""
    folder = posixpath.dirname(page_path)
    joined = posixpath.normpath(url_path.lstrip("/") if url_path.startswith("/") else posixpath.join(folder, url_path))
    candidates = [joined] if not url_path.endswith("/") else []
    candidates.append(posixpath.join(joined, "index.html") if joined != "." else "index.html")
    return next((candidate for candidate in candidates if (site_dir / candidate).is_file()), None)


def crawl(site_dir: Path, *, display_dir: str) -> list[Finding]:
    """Faults of every HTML page under site_dir, reported as display_dir/<page>:<line>."""
    pages = {path.relative_to(site_dir).as_posix(): path for path in sorted(site_dir.rglob("*.html"))}
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
                target = _target_file(site_dir, relative, unquote(parts.path))
                if target is None:
                    findings.append(Finding(where, line, f"link {url} leads to no file in the built site", "it comes from the page's source, a theme override or the language switcher: fix the link there"))
                    continue
            else:
                target = relative
            fragment = unquote(parts.fragment)
            if fragment and target.endswith(".html") and fragment not in page(target).ids:
                findings.append(Finding(where, line, f"link {url} names #{fragment}, which {target} does not have", "link to an id the target page has"))
    return findings
