"""kb.translations, kb.translation_sync and the status table: tracking which translations are current."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import pytest

from kb.site_links import language_page_url
from kb.translation_status_table import status_table
from kb.translation_sync import main as sync_main
from kb.translations import State, mark_synced, page_states, source_hash
from kb.ui_text import ui_text

SOURCE = "---\ntitle: Возврат\nsource_language: ru\nlast_reviewed: 2026-11-22\n---\n\n# Возврат {#returns}\n\nСрок — 14 дней.\n"
ENGLISH = "---\ntitle: Returns\nsource_language: ru\n---\n\n# Returns {#returns}\n\nWithin 14 days.\n"
LANGUAGES = ("en", "ru", "fa")


def test_hash_ignores_front_matter_but_not_the_text() -> None:
    assert source_hash(SOURCE) == source_hash(SOURCE.replace("2026-11-22", "2027-01-01"))
    assert source_hash(SOURCE) != source_hash(SOURCE.replace("14", "15"))


def test_states_up_to_date_outdated_missing() -> None:
    synced = mark_synced(ENGLISH, SOURCE)
    assert page_states({"ru": SOURCE, "en": synced}, source_language="ru", languages=LANGUAGES) == {"en": State.UP_TO_DATE, "ru": State.SOURCE, "fa": State.MISSING}
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


def test_sync_command_marks_a_translation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs" / "area").mkdir(parents=True)
    (tmp_path / "docs" / "area" / "page.ru.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "docs" / "area" / "page.md").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert sync_main(["--all"]) == 0
    assert f"translated_from: {source_hash(SOURCE)}" in (tmp_path / "docs" / "area" / "page.md").read_text(encoding="utf-8")
    assert sync_main(["docs/area/page.ru.md"]) == 1  # the source itself has no source


def test_language_page_url() -> None:
    assert language_page_url("lv/area/page/", from_language="lv", to_language="ru", default="en") == "ru/area/page/"
    assert language_page_url("area/page/", from_language="en", to_language="zh", default="en") == "zh/area/page/"
    assert language_page_url("fa/area/page/", from_language="fa", to_language="en", default="en") == "area/page/"


def test_status_table_counts_current_pages() -> None:
    states = {"a.md": {"en": State.SOURCE, "ru": State.UP_TO_DATE, "fa": State.MISSING}, "b.md": {"en": State.SOURCE, "ru": State.OUTDATED, "fa": State.MISSING}}
    table = status_table(states, titles={"a.md": "A", "b.md": "B"}, languages=LANGUAGES, ui=ui_text("ru"))
    text = " ".join("".join(row.itertext()) for row in table.iter("tr"))
    assert "A оригинал актуален нет" in " ".join(" ".join(cell.text or "" for cell in row) for row in table.iter("tr"))
    totals = [cell.text for cell in table.find("tfoot").iter("td")]
    assert totals == ["2 / 2", "1 / 2", "0 / 2"]
    assert "устарел" in text
    assert etree.tostring(table, encoding="unicode").count("<tr") == 4


def test_table_translations_are_tracked_and_synced() -> None:
    from kb.decision_tables.parse import parse_table
    from kb.translations import mark_table_synced, table_states
    from support.tables import VALID_TABLE

    text = VALID_TABLE.read_text(encoding="utf-8")
    table, _ = parse_table(text, path="t", path_in_docs="t", languages=("en", "ru", "fa", "lv", "zh"))
    assert table_states(table, languages=LANGUAGES) == {"en": State.OUTDATED, "ru": State.SOURCE, "fa": State.MISSING}
    synced_text = mark_table_synced(text, table)
    synced, findings = parse_table(synced_text, path="t", path_in_docs="t", languages=("en", "ru", "fa", "lv", "zh"))
    assert findings == [] and table_states(synced, languages=LANGUAGES)["en"] == State.UP_TO_DATE
    edited, _ = parse_table(synced_text.replace("курьер позвонит за 1 час", "курьер позвонит заранее"), path="t", path_in_docs="t", languages=("en", "ru", "fa", "lv", "zh"))
    assert table_states(edited, languages=LANGUAGES)["en"] == State.OUTDATED
    assert mark_table_synced(synced_text, synced).count("translated_from:") == 1
