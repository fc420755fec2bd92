"""kb.facts.localised: every kind of fact in all five languages, with CLDR's plurals, units,
currencies, dates and the page's digits."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from kb.facts.localised import render
from kb.facts.registry import Fact


def fact(kind: str, value: object, source: str = "") -> Fact:
    return Fact("f", kind, value, 1, {"": source} if source else {})


def days(amount: int) -> Fact:
    return fact("duration", {"amount": Decimal(amount), "unit": "day"})


@pytest.mark.parametrize(
    ("language", "one", "twenty_one", "fourteen"),
    [
        ("en", "1 day", "21 days", "14 days"),
        ("ru", "1 день", "21 день", "14 дней"),
        ("fa", "1 روز", "21 روز", "14 روز"),
        ("lv", "1 diena", "21 diena", "14 dienu"),
        ("zh", "1天", "21天", "14天"),
    ],
)
def test_durations_take_the_plural_the_number_needs(language: str, one: str, twenty_one: str, fourteen: str) -> None:
    assert [render(days(n), language=language) for n in (1, 21, 14)] == [one, twenty_one, fourteen]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["2 weeks", "24 working hours", "3–5 working days", "1 working day"]),
        ("ru", ["2 недели", "24 рабочих часа", "3–5 рабочих дней", "1 рабочий день"]),
        ("fa", ["2 هفته", "24 ساعت کاری", "3–5 روز کاری", "1 روز کاری"]),
        ("lv", ["2 nedēļas", "24 darba stundas", "3–5 darba dienas", "1 darba diena"]),
        ("zh", ["2周", "24个工作小时", "3–5个工作日", "1个工作日"]),
    ],
)
def test_units_cldr_lacks_come_from_the_unit_words(language: str, expected: list[str]) -> None:
    facts = [
        fact("duration", {"amount": Decimal(2), "unit": "week"}),
        fact("duration", {"amount": Decimal(24), "unit": "working-hour"}),
        fact("range", {"from": Decimal(3), "to": Decimal(5), "unit": "working-day"}),
        fact("duration", {"amount": Decimal(1), "unit": "working-day"}),
    ]
    assert [render(item, language=language) for item in facts] == expected


def test_persian_pages_that_write_persian_digits_get_them() -> None:
    assert render(days(14), language="fa", digits="native") == "۱۴ روز"
    assert render(fact("amount", {"amount": Decimal(3000000), "currency": "toman"}), language="fa", digits="native") == "۳٬۰۰۰٬۰۰۰ تومان"
    assert (
        render(fact("range", {"from": Decimal(3), "to": Decimal(5), "unit": "working-day"}), language="fa", digits="native", form="number")
        == "۳–۵"
    )
    # Latin digits for a language without digits of its own.
    assert render(days(14), language="zh", digits="native") == "14天"


@pytest.mark.parametrize(
    ("language", "rubles", "tomans", "percent"),
    [
        ("en", "RUB500,000", "3,000,000 toman", "20%"),
        ("ru", "500 000 ₽", "3 000 000 туманов", "20 %"),
        ("lv", "500 000 RUB", "3 000 000 tomanu", "20%"),
        ("zh", "RUB500,000", "3,000,000土曼", "20%"),
    ],
)
def test_amounts_and_percentages(language: str, rubles: str, tomans: str, percent: str) -> None:
    assert render(fact("amount", {"amount": Decimal(500000), "currency": "RUB"}), language=language).replace("\u00a0", " ") == rubles
    assert render(fact("amount", {"amount": Decimal(3000000), "currency": "toman"}), language=language).replace("\u00a0", " ") == tomans
    assert render(fact("percentage", Decimal(20)), language=language).replace("\u00a0", " ") == percent


def test_dates_numbers_and_texts() -> None:
    assert render(fact("date", datetime.date(2026, 11, 22)), language="ru").startswith("22 ноября 2026")
    assert render(fact("date", datetime.date(2026, 11, 22)), language="zh") == "2026年11月22日"
    assert render(days(14), language="ru", form="number") == "14"
    assert render(fact("phone", "8 800 200 58 88"), language="fa", digits="native") == "۸ ۸۰۰ ۲۰۰ ۵۸ ۸۸"  # the page's digits
    assert render(fact("phone", "8 800 200 58 88"), language="fa") == "8 800 200 58 88"


def test_a_source_language_script_keeps_the_source_wording() -> None:
    worded = fact("duration", {"amount": Decimal(14), "unit": "day"}, source="четырнадцать дней")
    assert render(worded, language="ru", in_source_script=True) == "четырнадцать дней"
    assert render(worded, language="ru") == "14 дней"


def test_a_page_gets_the_digits_its_prose_writes() -> None:
    from kb.facts.localised import page_digits

    persian = "---\ntitle: ۱۶۹۹\n---\n\n# مرکز ۱۶۹۹ {#contact-centre-1699}\n\nبیش از ۵ روز؛ [x](page.md#step-2)\n"
    assert page_digits(persian, language="fa") == "native"
    assert page_digits("# Title {#t}\n\n::: key-facts entekhab-1699\n", language="fa") == "native"  # no digits read: the language's own
    assert page_digits("# Title {#t}\n\n::: key-facts entekhab-1699\n", language="en") == "latn"
    assert page_digits("بیش از 5 روز و 24 ساعت\n", language="fa") == "latn"
