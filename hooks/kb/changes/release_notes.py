"""Everything the What changed page lists, worked out once per build for every language:
the release history (kb.changes.history), the pages, decision-table rows and policy facts
that changed, and the editors' fragments of this release, each checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kb.changes.fact_changes import FactChange, fact_text_changes
from kb.changes.fragments import Fragment, fragment_files, read_fragment, release_fragment_names
from kb.changes.history import FRAGMENTS_FOLDER, ReleaseHistory
from kb.changes.page_changes import PageChange, page_changes
from kb.changes.table_changes import RowChange, table_page, table_text_changes
from kb.core.findings import Finding
from kb.core.front_matter import GENERAL_AREA, declared_fields
from kb.core.languages import language_file
from kb.pages import DocsScan


@dataclass(frozen=True)
class ReleaseNotes:
    history: ReleaseHistory
    pages: tuple[PageChange, ...] = ()
    rows: tuple[RowChange, ...] = ()
    facts: tuple[FactChange, ...] = ()
    fragments: tuple[Fragment, ...] = ()
    # Where each changed table is shown now (table under docs/ -> page under docs/).
    table_pages: Mapping[str, str] = field(default_factory=dict)
    # The titles, per language, of pages that are gone from where they were (removed, moved):
    # (page, language) -> title, as the previous release had them.
    old_titles: Mapping[tuple[str, str], str] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()

    def page_change(self, page: str) -> PageChange | None:
        """The change of a page as it is now (added, moved or changed), if it changed."""
        return next((change for change in self.pages if change.page == page and change.kind != "removed"), None)

    def areas(self) -> list[str]:
        """Every area something changed in, in the order the changes come."""
        named = [change.area for change in self.pages]
        named += [_table_area(change.table.path_in_docs) for change in self.rows]
        named += [change.area for change in self.facts]
        named += [fragment.area or GENERAL_AREA for fragment in self.fragments]
        return sorted(set(named), key=lambda area: (area != GENERAL_AREA, area))

    @property
    def is_empty(self) -> bool:
        return not (self.pages or self.rows or self.facts or self.fragments)


def _table_area(path_in_docs: str) -> str:
    return path_in_docs.split("/", 1)[0] if "/" in path_in_docs else GENERAL_AREA


def _title(text: str | None) -> str:
    title = declared_fields(text or "").get("title") if text else None
    return title if isinstance(title, str) else ""


def release_fragments(
    project: Path, history: ReleaseHistory, *, languages: tuple[str, ...], areas: frozenset[str], display_prefix: str = ""
) -> tuple[list[Fragment], list[Finding]]:
    """Every fragment file checked; those added since the previous release (all of them for a
    first release, none without history) are the release's."""
    names = release_fragment_names(history.files) if history.previous else None
    fragments, findings = [], []
    for file in fragment_files(project):
        fragment, found = read_fragment(file, display=f"{display_prefix}{FRAGMENTS_FOLDER}/{file.name}", languages=languages, areas=areas)
        findings += found
        if fragment is not None and history.available and (names is None or file.name in names):
            fragments.append(fragment)
    return fragments, findings


def release_notes(history: ReleaseHistory, *, scan: DocsScan, docs: str, redirects: Mapping[str, str]) -> ReleaseNotes:
    """The notes of a release; docs is docs/ relative to the project (history.folder)."""
    languages = tuple(scan.languages)
    areas = frozenset(page.split("/", 1)[0] for page in scan.pages if "/" in page)
    fragments, findings = release_fragments(history.folder, history, languages=languages, areas=areas)
    if not history.available or not history.previous:
        return ReleaseNotes(history, fragments=tuple(fragments), findings=tuple(findings))
    pages = page_changes(history.files, docs=docs, languages=scan.languages, redirects=redirects)
    reading = {"before": history.text_before, "now": history.text_now}
    rows = table_text_changes(history.files, docs=docs, languages=languages, **reading)
    facts = fact_text_changes(history.files, docs=docs, languages=languages, **reading)
    markdown = {page: files[scan.languages.default].text for page, files in scan.pages.items() if scan.languages.default in files}
    table_pages = {}
    for change in rows:
        shown = table_page(change.table.path_in_docs, markdown)
        if shown is not None:
            table_pages[change.table.path_in_docs] = shown
    gone = [change.old_page or change.page for change in pages if change.kind in ("removed", "moved")]
    old_titles = {
        (old, language): title
        for old in gone
        for language in scan.languages
        if (title := _title(history.text_before(f"{docs}/{language_file(old, language, languages=scan.languages)}")))
    }
    return ReleaseNotes(history, tuple(pages), tuple(rows), tuple(facts), tuple(fragments), table_pages, old_titles, tuple(findings))
