"""Each row is a search result of its own, titled by its conditions, linked to its anchor."""

from kb.decision_tables.model import DecisionTable
from kb.decision_tables.search_entries import plain_text, row_search_entries


def test_one_entry_per_row_in_the_page_language(parcel_table: DecisionTable) -> None:
    entries = row_search_entries(parcel_table, language="ru", page_url="area/page/")
    assert entries[0] == {
        "location": "area/page/#parcel-status--buffer-courier",
        "title": "Буфер · Курьер",
        "text": "Заказ собирается на складе, курьер позвонит за 1 час.",
    }
    assert [entry["title"] for entry in entries] == ["Буфер · Курьер", "Буфер · Почта России", "Отгружен · любой"]


def test_plain_text_drops_markup() -> None:
    assert plain_text("Скажите: **«Заказ в пути»**, см. [возврат](returns.md)") == "Скажите: «Заказ в пути», см. возврат"
