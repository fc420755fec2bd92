"""kb.changes: the pages, decision-table rows, facts and fragments of a release, from a real git
repository (support.release_repo), and the What changed list rendered in a page's language."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import markdown

from kb.changes.fragments import read_fragment
from kb.changes.history import ReleaseHistory, read_history
from kb.changes.markdown_changes import NotesPage, ReleaseNotesExtension, render_release_notes
from kb.changes.page_changes import entry_id
from kb.changes.release_notes import ReleaseNotes, release_notes
from kb.core.languages import Languages
from kb.pages import DocsScan, scan_docs
from kb.publishing.releases import release_of_tag
from support.interface import ui_text
from support.release_repo import write

LANGUAGES = Languages(("en", "ru", "fa"), "en")
REDIRECTS = {"area/gone.md": "area/index.md"}
HOSTILE = '<img src=x onerror="alert(1)">'


def notes_of(project: Path, release: str | None = "1.1") -> tuple[ReleaseNotes, DocsScan]:
    scan = scan_docs(project / "docs", languages=LANGUAGES)
    history = read_history(project, release=release_of_tag(f"v{release}") if release else None)
    return release_notes(history, scan=scan, docs="docs", redirects=REDIRECTS), scan


def html(notes: ReleaseNotes, scan: DocsScan, language: str) -> lxml.html.HtmlElement:
    extension = ReleaseNotesExtension(notes_for=lambda: (notes, scan))
    extension.begin_page(page_path=f"whats-changed.{language}.md", language=language, ui=ui_text(language))
    converted = markdown.markdown("::: release-notes all", extensions=[extension])
    return lxml.html.fragment_fromstring(converted, create_parent="div")


def test_pages_added_removed_moved_and_changed(project: Path) -> None:
    notes, _ = notes_of(project)
    found = {(change.kind, change.page, change.old_page, change.languages, change.redirect) for change in notes.pages}
    assert found == {
        ("added", "area/added.md", "", (), ""),
        ("removed", "area/gone.md", "", (), "area/index.md"),
        ("moved", "area/new-name.md", "area/old-name.md", (), ""),
        ("changed", "area/kept.md", "", ("ru",), ""),
    }
    assert notes.old_titles[("area/gone.md", "en")] == "Gone (en)"
    assert notes.old_titles[("area/gone.md", "ru")] == "Gone (ru)"  # each language's own title
    assert notes.page_change("area/kept.md") is not None and notes.page_change("area/gone.md") is None


def test_a_changed_row_is_found_by_its_id_in_the_languages_it_changed_in(project: Path) -> None:
    notes, _ = notes_of(project)
    assert [(change.kind, change.row.id, change.languages) for change in notes.rows] == [("changed", "late", ("en", "ru", "fa"))]
    assert notes.table_pages == {"area/replies.table.yml": "area/kept.md"}


def test_a_changed_fact_is_old_then_new(project: Path) -> None:
    notes, _ = notes_of(project)
    [change] = notes.facts
    assert (change.kind, change.fact.id, change.old and change.old.value["amount"], change.fact.value["amount"]) == (
        "changed",
        "reply",
        24,
        48,
    )


def test_the_release_s_fragments(project: Path) -> None:
    notes, _ = notes_of(project)
    assert [(fragment.name, fragment.type, fragment.area) for fragment in notes.fragments] == [("longer-reply.yml", "changed", "area")]
    assert notes.findings == ()


def test_the_list_in_russian_and_persian(project: Path) -> None:
    notes, scan = notes_of(project)
    russian = html(notes, scan, "ru")
    text = russian.text_content()
    assert "Это выпуск 1.1" in text and "1.0" in text
    assert "24 рабочих часа → 48 рабочих часов" in text
    assert "У продавцов 48 рабочих часов на ответ." in text
    assert "Gone (ru)" in text and "Gone (en)" not in text  # the removed page's Russian title, as it was
    [redirect] = russian.xpath(".//a[@class='kb-change-redirect']")
    assert redirect.get("href") == "area/index.md"
    [kept] = russian.xpath(f".//li[@id='{entry_id('area/kept.md')}']")
    assert kept.text_content().endswith("изменены версии: русский")
    [row] = russian.xpath(".//ul[@class='kb-change-rows']//a")
    assert row.get("href") == "area/kept.md#replies--late" and "Нет ответа за 48 рабочих часов" in row.text_content()
    persian = html(notes, scan, "fa").text_content()
    assert "۲۴ ساعت کاری → ۴۸ ساعت کاری" in persian
    assert "نسخهٔ 1.1" in persian


def test_editors_text_stays_text(project: Path, tmp_path: Path) -> None:
    notes, scan = notes_of(project)
    fragment = notes.fragments[0]
    hostile = ReleaseNotes(
        notes.history, fragments=(type(fragment)(fragment.name, "fixed", "", dict.fromkeys(("en", "ru", "fa"), HOSTILE)),)
    )
    rendered = html(hostile, scan, "en")
    assert rendered.xpath(".//img") == [] and HOSTILE in rendered.text_content()


def test_without_history_the_page_says_so(tmp_path: Path) -> None:
    write(tmp_path, {"docs/index.md": "---\ntitle: Home\n---\n\n# Home\n"})
    notes, scan = notes_of(tmp_path)
    assert not notes.history.available and notes.is_empty
    assert ui_text("ru").changes_no_history in html(notes, scan, "ru").text_content()


def test_what_a_release_is_compared_with_is_said(project: Path) -> None:
    ui = ui_text("en")
    scan = scan_docs(project / "docs", languages=LANGUAGES)

    def said(history: ReleaseHistory) -> str:
        return render_release_notes(NotesPage(ReleaseNotes(history), scan, ui, "en", str))[0].text or ""

    assert said(ReleaseHistory(True, "1.0")) == ui.changes_first_release.format(release="1.0")
    assert said(ReleaseHistory(True, "", "1.1")) == ui.changes_unreleased.format(previous="1.1")
    assert said(ReleaseHistory(True, "")) == ui.changes_unreleased_first


def test_a_fragment_is_checked_at_its_lines(tmp_path: Path) -> None:
    write(tmp_path, {"changes/bad.yml": "type: improved\narea: nowhere\ntext:\n  en: Fine\n  de: Gut\n"})
    fragment, findings = read_fragment(tmp_path / "changes/bad.yml", display="changes/bad.yml", languages=("en", "ru"), areas={"area"})
    assert fragment is None
    assert sorted((finding.line, finding.problem.split(" ")[0]) for finding in findings) == [
        (1, "type"),
        (2, "area"),
        (4, "the"),  # no ru sentence: where the text's mapping starts
        (5, "'de'"),
    ]
