"""kb.core.number_words: numbers written as words, read in each site language."""

from __future__ import annotations

import pytest

from kb.core.number_words import language_words, word_numbers


def read(text: str, language: str) -> list[tuple[str, str]]:
    return [(number.written, number.canonical) for number in word_numbers(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "at least two weeks, twenty-one days, a hundred roubles", [("two", "2"), ("twenty-one", "21"), ("a hundred", "100")]),
        ("en", "one and a half hours; half a day", [("one and a half", "1.5"), ("half", "0.5")]),
        (
            "ru",
            "две недели, двух недель, двадцати одного дня, трёх, трех",
            [("две", "2"), ("двух", "2"), ("двадцати одного", "21"), ("трёх", "3"), ("трех", "3")],
        ),
        ("ru", "полтора месяца, полчаса", [("полтора", "1.5"), ("полчаса", "0.5")]),
        ("fa", "دو هفته؛ بیست و یک روز؛ یک و نیم ساعت", [("دو", "2"), ("بیست و یک", "21"), ("یک و نیم", "1.5")]),
        (
            "lv",
            "divas nedēļas; divdesmit divām; triju dienu; četrus",
            [("divas", "2"), ("divdesmit divām", "22"), ("triju", "3"), ("četrus", "4")],
        ),
        ("lv", "pusotra mēneša", [("pusotra", "1.5")]),
        (
            "zh",
            "提前两周；十五天；三个阶段；一个半月；一百元",
            [("一个半", "1.5"), ("两", "2"), ("十五", "15"), ("三", "3"), ("一百", "100")],
        ),
    ],
    ids=["en", "en-fractions", "ru-cases-genders", "ru-fractions", "fa", "lv-endings", "lv-fractions", "zh"],
)
def test_number_words_are_read(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "one of the agents; the only one"),
        ("ru", "один из операторов, одна заявка"),
        ("fa", "یک مشتری؛ بررسی شود یا نه"),  # نه is also "no"
        ("lv", "viens no operatoriem; pusē"),  # puse is also "side"
        ("zh", "扫描二维码；二次上门；十分重要；一般；统一"),  # numerals inside other words
    ],
    ids=["en", "ru", "fa", "lv", "zh"],
)
def test_words_that_are_not_facts_are_not_read(language: str, text: str) -> None:
    assert read(text, language) == []


def test_the_longest_phrase_wins() -> None:
    assert read("двадцать два дня", "ru") == [("двадцать два", "22")]


def test_every_value_from_2_to_1000_has_words_in_each_language() -> None:
    every = {str(value) for value in range(2, 1001)}
    for language in ("en", "ru", "lv"):
        assert set(language_words(language).forms.values()) >= every, language
    # Persian نه (9) is left out: it is also "no".
    assert set(language_words("fa").forms.values()) >= every - {"9"}


def test_a_language_no_library_knows_has_no_number_words() -> None:
    assert read("two", "xx") == []
