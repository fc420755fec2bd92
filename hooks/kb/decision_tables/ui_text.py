"""The words around a decision table (filter box, row count, links) in each site language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableUiText:
    filter_label: str
    filter_placeholder: str
    clear: str
    # {shown} and {total} are filled in by the browser, in the page's digits.
    row_count: str
    row_link: str
    details: str
    any_value: str


UI_TEXT: dict[str, TableUiText] = {
    "en": TableUiText(
        filter_label="Filter rows",
        filter_placeholder="Type a status, a method or a number",
        clear="Clear",
        row_count="{shown} of {total} rows",
        row_link="Link to this row",
        details="Details",
        any_value="any",
    ),
    "ru": TableUiText(
        filter_label="Фильтр строк",
        filter_placeholder="Введите статус, способ или число",
        clear="Очистить",
        row_count="Показано строк: {shown} из {total}",
        row_link="Ссылка на эту строку",
        details="Подробнее",
        any_value="любой",
    ),
    "fa": TableUiText(
        filter_label="فیلتر ردیف‌ها",
        filter_placeholder="وضعیت، روش یا عدد را وارد کنید",
        clear="پاک کردن",
        row_count="نمایش {shown} ردیف از {total}",
        row_link="پیوند به این ردیف",
        details="جزئیات",
        any_value="هر مقدار",
    ),
    "lv": TableUiText(
        filter_label="Filtrēt rindas",
        filter_placeholder="Ierakstiet statusu, veidu vai skaitli",
        clear="Notīrīt",
        row_count="Parādītas rindas: {shown} no {total}",
        row_link="Saite uz šo rindu",
        details="Sīkāk",
        any_value="jebkurš",
    ),
    "zh": TableUiText(
        filter_label="筛选行",
        filter_placeholder="输入状态、方式或数字",
        clear="清除",
        row_count="显示 {shown} / {total} 行",
        row_link="链接到此行",
        details="详情",
        any_value="任意",
    ),
}


def ui_text(language: str) -> TableUiText:
    """The UI text for a language, English for one without its own."""
    return UI_TEXT.get(language, UI_TEXT["en"])
