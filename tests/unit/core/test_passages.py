"""kb.core.passages: a passage's language and direction, where they are not the page's."""

from __future__ import annotations

import pytest

from kb.core.passages import is_written_in, language_attributes, source_passage_language


def test_attributes_only_where_the_language_differs() -> None:
    assert language_attributes("ru", page_language="fa") == {"lang": "ru", "dir": "ltr"}
    assert language_attributes("fa", page_language="en") == {"lang": "fa", "dir": "rtl"}
    assert language_attributes("ru", page_language="ru") == {}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("«ИО, заказ уже отправлен» (SMS)", "ru", True),
        ("*معنی:* ИО، سفارش ارسال شده است", "fa", True),
        ("*معنی:* ИО، سفارش ارسال شده است", "ru", False),
        ("7天包退（以发票日期为基准）", "zh", True),
        ("500 000", "ru", False),  # no letters: no language
    ],
)
def test_a_text_is_written_in_the_script_most_of_its_letters_are_in(text: str, language: str, expected: bool) -> None:
    assert is_written_in(text, language) is expected


def test_source_wording_is_found_by_script_only() -> None:
    assert source_passage_language("«Заказ отгружен»", page_language="fa", source_language="ru") == "ru"
    assert source_passage_language("*Nozīme:* pasūtījums ir nosūtīts", page_language="lv", source_language="ru") is None
    # Latvian and English share a script: a Latvian line on an English page is not told apart.
    assert source_passage_language("Pārdevējs atbild", page_language="en", source_language="lv") is None
