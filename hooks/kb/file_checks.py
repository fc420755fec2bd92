"""Checks on the set of page files: language suffixes and translations without a source."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection

from kb.findings import Finding

# A suffix that looks like a language: `page.de.md`, `page.pt-BR.md`.
_SUFFIX = re.compile(r"^(?P<stem>.+)\.(?P<suffix>[a-z]{2}(?:[-_][A-Za-z]{2,4})?)\.md$")


def unknown_language_findings(paths: Collection[str], *, languages: Collection[str]) -> list[Finding]:
    """`page.de.md` when German is not a site language would be silently left out."""
    findings = []
    for path in sorted(paths):
        match = _SUFFIX.match(posixpath.basename(path))
        if match and match["suffix"] not in languages:
            findings.append(Finding(f"docs/{path}", 1, f"'{match['suffix']}' is not a site language", f"rename the file with one of {', '.join(languages)}, or add the language to mkdocs.yml"))
    return findings


def orphan_translation_findings(paths: Collection[str], *, languages: Collection[str]) -> list[Finding]:
    """A translation needs its English page (`page.ru.md` needs `page.md`) to be in the navigation."""
    present = set(paths)
    findings = []
    for path in sorted(paths):
        match = _SUFFIX.match(posixpath.basename(path))
        if match and match["suffix"] in languages:
            english = posixpath.join(posixpath.dirname(path), f"{match['stem']}.md")
            if english not in present:
                findings.append(Finding(f"docs/{path}", 1, f"translation without its page: {english} does not exist", f"create docs/{english} (English) or rename the file"))
    return findings


def nav_pages(nav: object) -> set[str]:
    """Every page path named in an mkdocs.yml `nav` (nested lists and titled entries)."""
    if isinstance(nav, str):
        return {nav} if nav.endswith(".md") else set()
    if isinstance(nav, dict):
        return set().union(*(nav_pages(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(nav_pages(item) for item in nav))
    return set()


def missing_from_nav_findings(paths: Collection[str], *, nav: object, languages: Collection[str]) -> list[Finding]:
    """Every page (its English file) is reachable from the navigation."""
    listed = nav_pages(nav)
    return [
        Finding(f"docs/{path}", 1, "the page is not in the navigation", "add it to nav: in mkdocs.yml, under its area")
        for path in sorted(paths)
        if _translation_language(path, languages) is None and path not in listed
    ]


def _translation_language(path: str, languages: Collection[str]) -> str | None:
    """'ru' for 'area/page.ru.md', None for an English page."""
    match = _SUFFIX.match(posixpath.basename(path))
    return match["suffix"] if match and match["suffix"] in languages else None
