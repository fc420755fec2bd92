"""Checks on the set of page files: language suffixes, translations without a page, and pages
left out of the navigation."""

from __future__ import annotations

from collections.abc import Collection

from kb.core.findings import Finding
from kb.core.languages import Languages, parse_page_path


def unknown_language_findings(paths: Collection[str], *, languages: Languages, docs_display: str = "docs") -> list[Finding]:
    """`page.de.md` when German is not a site language would be silently left out."""
    findings = []
    for path in sorted(paths):
        suffix = parse_page_path(path, languages=languages).suffix
        if suffix is not None and suffix not in languages:
            findings.append(
                Finding(
                    f"{docs_display}/{path}",
                    1,
                    f"'{suffix}' is not a site language",
                    f"rename the file with one of {', '.join(languages)}, or add the language to mkdocs.yml",
                )
            )
    return findings


def orphan_translation_findings(paths: Collection[str], *, languages: Languages, docs_display: str = "docs") -> list[Finding]:
    """A translation needs its page's default-language file (`page.ru.md` needs `page.md`)."""
    present = set(paths)
    findings = []
    for path in sorted(paths):
        where = parse_page_path(path, languages=languages)
        if where.language != languages.default and where.page not in present:
            findings.append(
                Finding(
                    f"{docs_display}/{path}",
                    1,
                    f"translation without its page: {where.page} does not exist",
                    f"create {docs_display}/{where.page} ({languages.default}) or rename the file",
                )
            )
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


def missing_from_nav_findings(paths: Collection[str], *, nav: object, languages: Languages, docs_display: str = "docs") -> list[Finding]:
    """Every page (its default-language file) is reachable from the navigation."""
    if nav is None:
        return []  # no nav: MkDocs lists every page
    listed = nav_pages(nav)
    return [
        Finding(f"{docs_display}/{path}", 1, "the page is not in the navigation", "add it to nav: in mkdocs.yml, under its area")
        for path in sorted(paths)
        if parse_page_path(path, languages=languages).suffix is None and path not in listed
    ]
