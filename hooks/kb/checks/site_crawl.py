"""A crawl of the built site: every internal href and src resolves, every #fragment exists.
Each page is read once (read_built_page), for its links and ids and for what it would fetch
from another host.

It covers what the link checker (kb.checks.links) does not see: links the theme, the
overrides, the hooks and the language switcher write around every page of every language.
Links in the pages' own content were checked where they were written and are left out.
"""

from __future__ import annotations

import posixpath
import sys
from array import array
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kb.checks.external_resources import ExternalResource, document_resources
from kb.checks.page_html import UnsafeMarkup, unsafe_markup
from kb.core.findings import Finding, line_of
from kb.core.html_tree import ParseStop, elements, remove_site_navigation, shared_page, shared_page_stop, source_line, strings

_URL_ATTRIBUTE = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}


@dataclass
class BuiltPage:
    """What the crawl needs of a built page, read once: its links and ids, and its fetches
    from other hosts (which the build reports as soon as the page is written).

    Every page links the whole navigation, so the links of all pages grow with the square of
    the KB: each address is stored once for the build (interned) and the lines as machine
    integers, which keeps them small until the crawl at the end."""

    link_urls: list[str] = field(default_factory=list)
    link_lines: array[int] = field(default_factory=lambda: array("l"))
    ids: set[str] = field(default_factory=set)
    fetches: list[ExternalResource] = field(default_factory=list)
    unsafe: list[UnsafeMarkup] = field(default_factory=list)
    unread_from: ParseStop | None = None  # where the parser gave up: nothing after it was checked

    @property
    def urls(self) -> list[tuple[str, int]]:
        """(href or src, its line) of each link, in the page's order."""
        return list(zip(self.link_urls, self.link_lines, strict=True))

    def add_link(self, url: str, line: int) -> None:
        self.link_urls.append(sys.intern(url))
        self.link_lines.append(line)


_LINKING = " | ".join(f"//{tag}[@{attribute}]" for tag, attribute in _URL_ATTRIBUTE.items())


def read_built_page(html: str | bytes, *, own_host: str | None = None, with_navigation: bool = True) -> BuiltPage:
    """A built page's links, ids, fetches from other hosts and unsafe markup (kb.checks.page_html),
    from one reading of its HTML. own_host: the site's host name, whose files are its own.
    with_navigation False: the navigation sidebar is left out (kb.core.html_tree.SITE_NAVIGATION;
    the build reads it on one page of each language, where it holds every page's title and link)."""
    # lxml: a real HTML parser, and fast enough to read every page of every language on each
    # build (the build benchmark keeps the checks' cost in view); libxml2 selects the elements.
    document = shared_page(html, with_navigation=with_navigation)
    if not with_navigation:
        remove_site_navigation(document)
    page = BuiltPage(
        fetches=document_resources(document), unsafe=unsafe_markup(document, own_host=own_host), unread_from=shared_page_stop(html)
    )
    page.ids.update(strings(document, "//@id | //a/@name"))
    for element in elements(document, _LINKING):
        url = element.get(_URL_ATTRIBUTE[str(element.tag)])
        if url is not None:
            page.add_link(url, source_line(element))
    return page


def unread_page_finding(stop: ParseStop, *, html: str, markdown: str, source_path: str, built_path: str) -> Finding:
    """The fault of a page the parser could not read to its end: found at the Markdown line
    that wrote the markup where it stopped (its last characters before that point), else at
    the page's first line with the built page's line."""
    built_lines = html.splitlines()
    built_line = built_lines[stop.line - 1] if 0 < stop.line <= len(built_lines) else ""
    written = built_line[max(0, stop.column - 41) : max(0, stop.column - 1)].strip()
    line = line_of(markdown, written) if written else None
    problem = f"the page's HTML nests too deeply to be read past line {stop.line} of {built_path} ({stop.message}), so what follows was never checked"
    return Finding(source_path, line or 1, problem, "nest the raw HTML less deeply: a page's elements may nest up to 255 levels")


@lru_cache(maxsize=65536)  # every page of a folder links the same navigation
def _site_relative(folder: str, url_path: str, site_path: str) -> str:
    """A link's path, written on a page in folder, as a path from the site root ('.' for the root).

    Absolute paths are read under site_path, where the site is served (the 404 page's
    links are absolute, and mike serves each release from /<version>/)."""
    if url_path.startswith("/"):
        root = "/" + site_path.strip("/") + "/" if site_path.strip("/") else "/"
        url_path = url_path.removeprefix(root) if url_path.startswith(root) else url_path.lstrip("/")
        return posixpath.normpath(url_path or ".")
    return posixpath.normpath(posixpath.join(folder, url_path))


def _target_file(site_files: frozenset[str], joined: str, *, is_folder: bool) -> str | None:
    """The site file a link path points at (one of site_files), or None if none exists."""
    candidates = [] if is_folder else [joined]
    candidates.append(posixpath.join(joined, "index.html") if joined != "." else "index.html")
    return next((candidate for candidate in candidates if candidate in site_files), None)


def _is_under(path: str, folders: Collection[str]) -> bool:
    return any(path == folder or path.startswith(f"{folder}/") for folder in folders)


def crawl(
    site_dir: Path,
    *,
    display_dir: str,
    site_path: str = "/",
    checked_at_source: Mapping[str, Collection[str]] | None = None,
    unbuilt_folders: Collection[str] = (),
    other_releases: Collection[str] = (),
    already_read: Mapping[str, BuiltPage] | None = None,
    own_host: str | None = None,
    only: Collection[str] | None = None,
) -> list[Finding]:
    """Faults of every HTML page under site_dir, reported as display_dir/<page>:<line>.

    already_read: built pages (by their path under site_dir) read as they were written, not
    read again. checked_at_source: for a built page (its path under site_dir), the URLs its content holds
    that the link checker already checked where they were written; they are not reported
    twice. unbuilt_folders: the folders of languages this build leaves out (a one-language
    build), which the language switcher links to on purpose. other_releases: the folders of
    the published branch beside this release (`latest`), which links may lead into: they are
    not in this build. Pages not already read (the
    404 page, which the theme writes) are also checked for unsafe markup. only: the pages to
    check (a dirty rebuild's), by their path under site_dir; every page when None."""
    checked = checked_at_source or {}
    # Every page links the same theme files and navigation: one listing, not a stat per link.
    site_files = frozenset(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file())
    pages = {
        relative: site_dir / relative
        for relative in sorted(site_files)
        if relative.endswith(".html") and (only is None or relative in only)
    }
    parsed: dict[str, BuiltPage] = dict(already_read or {})

    def page(relative: str) -> BuiltPage:
        if relative not in parsed:
            parsed[relative] = read_built_page((site_dir / relative).read_bytes(), own_host=own_host)
        return parsed[relative]

    findings = [
        Finding(f"{display_dir}/{relative}", fault.built_line, fault.problem, fault.fix)
        for relative in pages
        if relative not in parsed
        for fault in page(relative).unsafe
    ]
    for relative in pages:
        already_checked = checked.get(relative, ())
        for url, line in page(relative).urls:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not url or url in already_checked:
                continue
            where = f"{display_dir}/{relative}"
            if parts.path:
                joined = _site_relative(posixpath.dirname(relative), unquote(parts.path), site_path)
                if _is_under(joined, unbuilt_folders) or _is_under(joined, [f"../{release}" for release in other_releases]):
                    continue
                target = _target_file(site_files, joined, is_folder=parts.path.endswith("/"))
                if target is None:
                    findings.append(
                        Finding(
                            where,
                            line,
                            f"link {url} leads to no file in the built site",
                            "it comes from a theme override, the language switcher or a hook: fix the link there",
                        )
                    )
                    continue
            else:
                target = relative
            fragment = unquote(parts.fragment)
            if fragment and target.endswith(".html") and fragment not in page(target).ids:
                findings.append(
                    Finding(where, line, f"link {url} names #{fragment}, which {target} does not have", "link to an id the target page has")
                )
    return findings
