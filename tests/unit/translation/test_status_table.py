"""kb.translation.status_table: the translation-status page's table."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from kb.translation.status_table import status_table
from kb.translation.tracking import State
from support.interface import ui_text

LANGUAGES = ("en", "ru", "fa")


def test_status_table_counts_current_pages() -> None:
    states = {
        "a.md": {"en": State.SOURCE, "ru": State.UP_TO_DATE, "fa": State.MISSING},
        "b.md": {"en": State.SOURCE, "ru": State.OUTDATED, "fa": State.MISSING},
    }
    table = status_table(states, titles={"a.md": "A", "b.md": "B"}, languages=LANGUAGES, ui=ui_text("ru"))
    text = " ".join("".join(row.itertext()) for row in table.iter("tr"))
    assert "A оригинал актуален нет" in " ".join(" ".join(cell.text or "" for cell in row) for row in table.iter("tr"))
    totals = [cell.text for cell in table.find("tfoot").iter("td")]
    assert totals == ["2 / 2", "1 / 2", "0 / 2"]
    assert "устарел" in text
    assert etree.tostring(table, encoding="unicode").count("<tr") == 4


def test_a_translation_synced_without_changes_says_why() -> None:
    states = {"a.md": {"en": State.SOURCE, "ru": State.UP_TO_DATE, "fa": State.UP_TO_DATE}}
    table = status_table(
        states, titles={"a.md": "A"}, languages=LANGUAGES, ui=ui_text("en"), unchanged={"a.md": {"fa": "<b>typo</b> only"}}
    )
    [note] = list(table.iter("small"))
    assert note.text == "marked up to date without changes: <b>typo</b> only"  # text, escaped when written
    assert [cell.get("data-language") for cell in table.iter("td") if cell.find("small") is not None] == ["fa"]
