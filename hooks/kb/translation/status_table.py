"""The translation-status page's table: pages × languages with each state, and totals."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Mapping, Sequence

from markdown.util import AtomicString

from kb.core.interface_text import UiText
from kb.translation.tracking import State


def status_table(
    states: Mapping[str, Mapping[str, State]],
    *,
    titles: Mapping[str, str],
    languages: Sequence[str],
    ui: UiText,
    unchanged: Mapping[str, Mapping[str, str]] | None = None,
) -> etree.Element:
    """One row per page (titled in the reader's language where possible), one column per language;
    unchanged: per page and language, why a translation was marked synced without changes."""
    # No class on <table>: Material styles and scroll-wraps only tables without one.
    table = etree.Element("table", {"data-kb-translation-status": ""})
    header = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    etree.SubElement(header, "th", {"scope": "col"}).text = AtomicString(ui.page_column)
    for language in languages:
        etree.SubElement(header, "th", {"scope": "col"}).text = AtomicString(ui.language_names.get(language, language))
    body = etree.SubElement(table, "tbody")
    for page in sorted(states):
        row = etree.SubElement(body, "tr", {"data-page": page})
        etree.SubElement(row, "th", {"scope": "row"}).text = AtomicString(titles.get(page, page))
        for language in languages:
            state = states[page].get(language, State.MISSING)
            cell = etree.SubElement(row, "td", {"class": f"kb-state kb-state--{state.value}", "data-language": language})
            cell.text = AtomicString(ui.state_names[state.value])
            if reason := (unchanged or {}).get(page, {}).get(language):
                note = etree.SubElement(cell, "small", {"class": "kb-state-note"})
                note.text = AtomicString(ui.synced_unchanged.format(reason=reason))
    totals = etree.SubElement(etree.SubElement(table, "tfoot"), "tr")
    etree.SubElement(totals, "th", {"scope": "row"}).text = AtomicString(ui.total_row)
    for language in languages:
        current = sum(1 for by_language in states.values() if by_language.get(language) in (State.SOURCE, State.UP_TO_DATE))
        etree.SubElement(totals, "td", {"data-language": language}).text = AtomicString(f"{current} / {len(states)}")
    return table
