"""kb.translation.tracking: which translations are current."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kb.components.decision_tables.parse import parse_table
from kb.core.languages import Languages
from kb.pages import scan_docs
from kb.translation.tracking import State, mark_synced, mark_table_synced, never_synced_notices, page_states, source_hash, table_states
from support.paths import LANGUAGES as SITE_LANGUAGES
from support.tables import VALID_TABLE

SOURCE = "---\ntitle: Возврат\nsource_language: ru\nlast_reviewed: 2026-11-22\n---\n\n# Возврат {#returns}\n\nСрок — 14 дней.\n"
ENGLISH = "---\ntitle: Returns\nsource_language: ru\n---\n\n# Returns {#returns}\n\nWithin 14 days.\n"
LANGUAGES = ("en", "ru", "fa")


def test_hash_ignores_front_matter_but_not_the_text() -> None:
    assert source_hash(SOURCE) == source_hash(SOURCE.replace("2026-11-22", "2027-01-01"))
    assert source_hash(SOURCE) != source_hash(SOURCE.replace("14", "15"))


def test_states_up_to_date_outdated_missing() -> None:
    synced = mark_synced(ENGLISH, SOURCE)
    assert page_states({"ru": SOURCE, "en": synced}, source_language="ru", languages=LANGUAGES) == {
        "en": State.UP_TO_DATE,
        "ru": State.SOURCE,
        "fa": State.MISSING,
    }
    edited = SOURCE.replace("14 дней", "14 календарных дней")
    assert page_states({"ru": edited, "en": synced}, source_language="ru", languages=LANGUAGES)["en"] == State.OUTDATED
    assert page_states({"ru": SOURCE, "en": ENGLISH}, source_language="ru", languages=LANGUAGES)["en"] == State.OUTDATED  # never synced


def test_mark_synced_changes_only_the_one_line() -> None:
    once = mark_synced(ENGLISH, SOURCE)
    assert once.replace(f"translated_from: {source_hash(SOURCE)}\n", "") == ENGLISH
    again = mark_synced(once, SOURCE.replace("14", "15"))
    assert again.count("translated_from:") == 1 and again != once
    with pytest.raises(ValueError):
        mark_synced("# No front matter\n", SOURCE)


def test_table_translations_are_tracked_and_synced() -> None:
    text = VALID_TABLE.read_text(encoding="utf-8")
    table, _ = parse_table(text, path="t", path_in_docs="t", languages=SITE_LANGUAGES)
    assert table_states(table, languages=LANGUAGES) == {"en": State.OUTDATED, "ru": State.SOURCE, "fa": State.MISSING}
    synced_text = mark_table_synced(text, table)
    synced, findings = parse_table(synced_text, path="t", path_in_docs="t", languages=SITE_LANGUAGES)
    assert findings == [] and table_states(synced, languages=LANGUAGES)["en"] == State.UP_TO_DATE
    edited, _ = parse_table(
        synced_text.replace("курьер позвонит за 1 час", "курьер позвонит заранее"), path="t", path_in_docs="t", languages=SITE_LANGUAGES
    )
    assert table_states(edited, languages=LANGUAGES)["en"] == State.OUTDATED
    assert mark_table_synced(synced_text, synced).count("translated_from:") == 1


def test_marking_a_crlf_file_keeps_its_line_endings() -> None:
    translation = "---\r\ntitle: Т\r\nsource_language: lv\r\n---\r\n\r\nТекст.\r\n"
    marked = mark_synced(translation, "---\ntitle: T\n---\n\nTeksts.\n")
    assert marked.count("\r\n") == marked.count("\n") == translation.count("\n") + 1
    assert "translated_from: " in marked


def test_a_table_can_be_synced_one_language_at_a_time() -> None:
    # Every text also in Persian (the English words will do for the test).
    text = re.sub(r"^(\s*)en: (.*)$", r"\1en: \2\n\1fa: \2", VALID_TABLE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    text = re.sub(r"en: ([^,{}]+)}", r"en: \1, fa: \1}", text)
    table, findings = parse_table(text, path="t", path_in_docs="t", languages=SITE_LANGUAGES)
    assert table is not None and findings == [] and {"en", "fa"} <= table.languages()
    english_only, _ = parse_table(mark_table_synced(text, table, languages=["en"]), path="t", path_in_docs="t", languages=SITE_LANGUAGES)
    states = table_states(english_only, languages=LANGUAGES)
    assert (states["en"], states["fa"]) == (State.UP_TO_DATE, State.OUTDATED)


def test_a_translation_never_synced_gets_a_reminder_at_its_front_matter(tmp_path: Path) -> None:
    area = tmp_path / "area"
    area.mkdir()
    (area / "page.ru.md").write_text("---\ntitle: Т\nsource_language: ru\n---\n\n# Т {#t}\n", encoding="utf-8")
    (area / "page.md").write_text("---\ntitle: T\nsource_language: ru\n---\n\n# T {#t}\n", encoding="utf-8")
    (area / "other.md").write_text("---\ntitle: O\nsource_language: ru\ntranslated_from: 0123456789ab\n---\n", encoding="utf-8")
    (area / "other.ru.md").write_text("---\ntitle: О\nsource_language: ru\n---\n", encoding="utf-8")
    scan = scan_docs(tmp_path, languages=Languages(("en", "ru"), "en"), docs_display="docs")
    [notice] = never_synced_notices(scan)
    assert (notice.path, notice.line) == ("docs/area/page.md", 3)
    assert notice.fix == 'once it says what the source says, run: make mark-synced PAGES="docs/area/page.md"'
