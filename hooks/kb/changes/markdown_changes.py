"""The What changed page's list as a Python-Markdown extension: `::: release-notes all`.

In the page's language: the release it describes and the one it is compared with; the
editors' summary lines (change fragments); then per area the pages added, removed, moved and
changed, the decision-table rows added, removed and changed, and the policy facts changed as
"old → new". Each page's entry has an id (kb.changes.page_changes.entry_id) that the page's
own "Changed in" note links to. Every text is an ElementTree text: whatever an editor wrote
(titles, fragments, row texts) is escaped when written.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markdown import Markdown
from markdown.util import AtomicString

from kb.changes.fact_changes import FactChange
from kb.changes.page_changes import KINDS, PageChange
from kb.changes.release_notes import ReleaseNotes
from kb.changes.table_changes import RowChange
from kb.components.decision_tables.render import condition_text
from kb.core.front_matter import GENERAL_AREA, page_area
from kb.core.interface_text import UiText
from kb.core.markdown_markers import MarkerProcessor, PageMarkerExtension
from kb.facts.localised import Digits, render, writes_own_digits
from kb.facts.markdown_facts import FactPage
from kb.facts.references import REFERENCE
from kb.facts.registry import Fact
from kb.pages import DocsScan

MARKER = "release-notes"
ARROW = " → "


@dataclass(frozen=True)
class NotesPage:
    """What rendering the list for one page needs."""

    notes: ReleaseNotes
    scan: DocsScan
    ui: UiText
    language: str
    link: Callable[[str], str]  # a page under docs/ -> its link from the page being built

    @property
    def digits(self) -> Digits:
        return "native" if writes_own_digits(self.language) else "latn"

    def title(self, page: str) -> str:
        """A page's title in this language (its default language's when not translated)."""
        files = self.scan.pages.get(page, {})
        for language in (self.language, self.scan.languages.default):
            title = files[language].fields.get("title") if language in files else None
            if isinstance(title, str) and title.strip():
                return title
        old_titles = self.notes.old_titles
        return old_titles.get((page, self.language)) or old_titles.get((page, self.scan.languages.default)) or page

    def area_name(self, area: str) -> str:
        """An area as this language names it: its index page's title."""
        if area == GENERAL_AREA:
            return self.ui.changes_general
        return self.title(f"{area}/index.md") if f"{area}/index.md" in self.scan.pages else area

    def language_list(self, languages: Sequence[str]) -> str:
        return ", ".join(self.ui.language_names.get(language, language) for language in languages)

    def fact_value(self, fact: Fact) -> str:
        return render(fact, language=self.language, digits=self.digits)

    def written_out(self, text: str, area: str) -> str:
        """A table text with its fact references written out as this page writes them."""
        page = FactPage(facts=self.scan.area_facts(area), language=self.language, digits=self.digits)
        return REFERENCE.sub(lambda match: page.written(match) or match.group(), text)


def _text(parent: etree.Element, tag: str, text: str, attributes: dict[str, str] | None = None) -> etree.Element:
    element = etree.SubElement(parent, tag, attributes or {})
    element.text = AtomicString(text)
    return element


def _tail(element: etree.Element, text: str) -> None:
    element.tail = AtomicString((element.tail or "") + text)


def summary_sentence(notes: ReleaseNotes, ui: UiText) -> str:
    """Which release this is and what it is compared with."""
    history = notes.history
    if not history.available:
        return ui.changes_no_history
    if not history.previous:
        return ui.changes_first_release.format(release=history.release) if history.release else ui.changes_unreleased_first
    if history.release:
        return ui.changes_release.format(release=history.release, previous=history.previous)
    return ui.changes_unreleased.format(previous=history.previous)


_PAGE_HEADINGS = {
    "added": "changes_pages_added",
    "removed": "changes_pages_removed",
    "moved": "changes_pages_moved",
    "changed": "changes_pages_changed",
}
_TYPE_LABELS = {
    "added": "changes_type_added",
    "changed": "changes_type_changed",
    "removed": "changes_type_removed",
    "fixed": "changes_type_fixed",
}
_KIND_WORDS = {"added": "changes_added", "removed": "changes_removed", "changed": "changes_changed"}


def _page_entry(parent: etree.Element, change: PageChange, page: NotesPage) -> None:
    item = etree.SubElement(parent, "li", {"id": change.anchor, "class": f"kb-change kb-change--{change.kind}", "data-page": change.page})
    if change.kind == "removed":
        _text(item, "span", page.title(change.page))
        _tail(item[-1], " (")
        _tail(_text(item, "code", change.page), ")")
    else:
        _text(item, "a", page.title(change.page), {"href": page.link(change.page)})
    if change.kind == "moved":
        _tail(item[-1], " — " + page.ui.changes_moved_from + " ")
        _text(item, "code", change.old_page)
    if change.languages:
        _tail(item[-1], " — " + page.ui.changes_languages.format(languages=page.language_list(change.languages)))
    if change.redirect:
        _tail(item[-1], " — " + page.ui.changes_redirect + " ")
        _text(item, "a", page.title(change.redirect), {"href": page.link(change.redirect), "class": "kb-change-redirect"})


def _row_entry(parent: etree.Element, change: RowChange, page: NotesPage) -> None:
    table, ui = change.table, page.ui
    item = etree.SubElement(parent, "li", {"id": f"row-{change.anchor}", "class": f"kb-change kb-change--{change.kind}"})
    first = table.condition_columns[0] if table.condition_columns else None
    label = (
        condition_text(table, first, change.row.conditions[first.key], page.language, ui)[0]
        if first and first.key in change.row.conditions
        else ""
    )
    label = page.written_out(label, page_area(table.path_in_docs)) or change.row.id
    shown = page.notes.table_pages.get(table.path_in_docs)
    if shown is not None and change.kind != "removed":
        _text(item, "a", label, {"href": f"{page.link(shown)}#{change.anchor}"})
    else:
        _text(item, "span", label)
    caption = table.caption.in_language(page.language, fallback=table.source_language)
    _tail(item[-1], f" ({page.written_out(caption, page_area(table.path_in_docs))}; ")
    _tail(_text(item, "code", change.row.id), ") — " + getattr(ui, _KIND_WORDS[change.kind]))
    if change.languages:
        _tail(item[-1], " — " + ui.changes_languages.format(languages=page.language_list(change.languages)))


def _fact_entry(parent: etree.Element, change: FactChange, page: NotesPage) -> None:
    fact, ui = change.fact, page.ui
    item = etree.SubElement(
        parent, "li", {"id": f"fact-change-{fact.id.replace('.', '-')}", "class": f"kb-change kb-change--{change.kind}"}
    )
    label = fact.labels.get(page.language) or fact.labels.get(page.scan.languages.default) or fact.id
    key_facts = f"{change.area}/key-facts.md"
    if key_facts in page.scan.pages and change.kind != "removed":
        _text(item, "a", label, {"href": f"{page.link(key_facts)}#fact-{fact.id.replace('.', '-')}"})
    else:
        _text(item, "span", label)
    _tail(item[-1], ": ")
    if change.kind == "changed" and change.old is not None:
        _tail(_text(item, "span", page.fact_value(change.old), {"class": "kb-change-old"}), ARROW)
        _text(item, "span", page.fact_value(fact), {"class": "kb-change-new"})
    else:
        _tail(_text(item, "span", page.fact_value(fact)), " — " + getattr(ui, _KIND_WORDS[change.kind]))


def _list(parent: etree.Element, heading: str, css: str, *, heading_id: str) -> etree.Element:
    _text(parent, "h3", heading, {"id": heading_id})
    return etree.SubElement(parent, "ul", {"class": css})


def _area_section(parent: etree.Element, area: str, page: NotesPage) -> None:
    notes, ui = page.notes, page.ui
    section = etree.SubElement(parent, "div", {"class": "kb-changes-area"})
    _text(section, "h2", page.area_name(area), {"id": f"changes-{area}"})
    fragments = [fragment for fragment in notes.fragments if (fragment.area or GENERAL_AREA) == area]
    if fragments:
        summary = etree.SubElement(section, "ul", {"class": "kb-change-summary"})
        for fragment in fragments:
            item = etree.SubElement(summary, "li")
            _tail(_text(item, "strong", getattr(ui, _TYPE_LABELS[fragment.type]) + ":"), " " + fragment.texts.get(page.language, ""))
    for kind in KINDS:
        changes = [change for change in notes.pages if change.area == area and change.kind == kind]
        if changes:
            listed = _list(section, getattr(ui, _PAGE_HEADINGS[kind]), "kb-change-pages", heading_id=f"changes-{area}-pages-{kind}")
            for change in changes:
                _page_entry(listed, change, page)
    rows = [change for change in notes.rows if page_area(change.table.path_in_docs) == area]
    if rows:
        listed = _list(section, ui.changes_rows, "kb-change-rows", heading_id=f"changes-{area}-rows")
        for row in rows:
            _row_entry(listed, row, page)
    facts = [change for change in notes.facts if change.area == area]
    if facts:
        listed = _list(section, ui.changes_facts, "kb-change-facts", heading_id=f"changes-{area}-facts")
        for fact in facts:
            _fact_entry(listed, fact, page)


def render_release_notes(page: NotesPage) -> list[etree.Element]:
    """The release line, then one part per area that changed."""
    notes = page.notes
    intro = etree.Element("p", {"class": "kb-changes-release"})
    intro.text = AtomicString(summary_sentence(notes, page.ui))
    elements = [intro]
    if notes.history.available and notes.history.previous and notes.is_empty:
        elements.append(etree.Element("p", {"class": "kb-changes-nothing"}))
        elements[-1].text = AtomicString(page.ui.changes_nothing.format(previous=notes.history.previous))
    wrapper = etree.Element("div", {"class": "kb-changes"})
    for area in notes.areas():
        _area_section(wrapper, area, page)
    if len(wrapper):
        elements.append(wrapper)
    return elements


def link_from(page_path: str, target_path: str) -> str:
    """target_path (under docs/) as a link from the page at page_path (under docs/)."""
    return posixpath.relpath(target_path, posixpath.dirname(page_path) or ".")


class ReleaseNotesExtension(PageMarkerExtension):
    """The caller gives the build's notes and scan (notes_for: None while there are none) and
    says, before each page, which page it is and in which language (begin_page)."""

    def __init__(self, *, notes_for: Callable[[], tuple[ReleaseNotes, DocsScan] | None]) -> None:
        super().__init__()
        self.notes_for = notes_for

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        processor = MarkerProcessor(md.parser, name=MARKER, argument="all", place=self.place)
        md.parser.blockprocessors.register(processor, "kb_release_notes", 101)

    def place(self, parent: etree.Element, _: str) -> None:
        found = self.notes_for()
        if self.ui is None or found is None:
            return
        notes, scan = found
        page = NotesPage(
            notes, scan, self.ui, self.language, lambda target: link_from(self.page_path, scan.file_of(target, scan.languages.default))
        )
        parent.extend(render_release_notes(page))
