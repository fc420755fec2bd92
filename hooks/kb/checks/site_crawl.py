"""A crawl of the built site: every internal href and src resolves, every #fragment exists.

It covers what the link checker (kb.checks.links) does not see: links the theme, the
overrides, the hooks and the language switcher write around every page of every language.
Links in the pages' own content were checked where they were written and are left out.
"""

from __future__ import annotations

import posixpath
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.etree
import lxml.html

from kb.core.findings import Finding

_URL_ATTRIBUTE = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}


@dataclass
class _BuiltPage:
    urls: list[tuple[str, int]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


def _read(path: Path) -> _BuiltPage:
    # lxml: a real HTML parser, and fast enough to crawl every page of every language
    # on each build (the build benchmark keeps the checks' cost in view).
    page = _BuiltPage()
    for element in lxml.html.fromstring(path.read_bytes()).iter(lxml.etree.Element):  # not comments
        if element_id := element.get("id"):
            page.ids.add(element_id)
        if element.tag == "a" and (name := element.get("name")):
            page.ids.add(name)
        attribute = _URL_ATTRIBUTE.get(element.tag)
        url = element.get(attribute) if attribute else None
        if url is not None:
            line = getattr(element, "sourceline", None)  # lxml-stubs types it as `...`
            page.urls.append((url, line if isinstance(line, int) and line > 0 else 1))
    return page


def _site_relative(page_path: str, url_path: str, site_path: str) -> str:
    """A link's path as a path from the site root ('.' for the root).

    Absolute paths are read under site_path, where the site is served (the 404 page's
    links are absolute, and mike serves each release from /<version>/)."""
    if url_path.startswith("/"):
        root = "/" + site_path.strip("/") + "/" if site_path.strip("/") else "/"
        url_path = url_path.removeprefix(root) if url_path.startswith(root) else url_path.lstrip("/")
        return posixpath.normpath(url_path or ".")
    return posixpath.normpath(posixpath.join(posixpath.dirname(page_path), url_path))


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
) -> list[Finding]:
    """Faults of every HTML page under site_dir, reported as display_dir/<page>:<line>.

    checked_at_source: for a built page (its path under site_dir), the URLs its content holds
    that the link checker already checked where they were written; they are not reported
    twice. unbuilt_folders: the folders of languages this build leaves out (a one-language
    build), which the language switcher links to on purpose."""
    checked = checked_at_source or {}
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
        already_checked = checked.get(relative, ())
        for url, line in page(relative).urls:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not url or url in already_checked:
                continue
            where = f"{display_dir}/{relative}"
            if parts.path:
                joined = _site_relative(relative, unquote(parts.path), site_path)
                if _is_under(joined, unbuilt_folders):
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
