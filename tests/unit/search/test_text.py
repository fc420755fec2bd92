"""kb.search.text and kb.core.numbers: page text as the search index stores it."""

import pytest

from kb.core.folding import fold, fold_for_index, loose
from kb.core.numbers import written_numbers
from kb.search.text import searchable, separate_han, with_number_forms


@pytest.mark.parametrize(
    ("text", "indexed"),
    [
        ("کمتر از ۵۰۰٫۰۰۰ تومان", "کمتر از ۵۰۰٫۰۰۰ 500000 تومان"),
        ("حدود ۳٬۰۰۰٬۰۰۰ تومان", "حدود ۳٬۰۰۰٬۰۰۰ 3000000 تومان"),
        ("до 3 000 000 руб.", "до 3 000 000 3000000 руб."),
        ("Позвоните 8 800 200 58 88 сегодня", "Позвоните 8 800 200 58 88 88002005888 8002005888 сегодня"),
        ("тел. +7 (495) 660-35-29", "тел. +7 (495) 660-35-29 74956603529 4956603529"),
        ("within 14 days", "within 14 days"),  # already canonical: nothing added
        ("3-5 working days", "3-5 working days"),  # a range is two numbers, not one
    ],
)
def test_numbers_get_their_canonical_forms(text: str, indexed: str) -> None:
    assert with_number_forms(text) == indexed


def test_persian_spellings_fold_into_one() -> None:
    assert fold("كارت ويژه") == "کارت ویژه"
    assert fold("پیش‌فاکتور") == "پیش فاکتور"  # the non-joiner splits, as a typed space does
    assert fold("مـــدیر") == "مدیر"  # tatweel
    assert fold("آدرس مدرسة") == "ادرس مدرسه"


def test_the_index_keeps_what_loose_matching_already_reads_alike() -> None:
    # Readers see آ as written in results; Pagefind's matching ignores its madda anyway.
    assert fold_for_index("آدرس مدرسة كارت") == "آدرس مدرسه کارت"
    for text in ("آدرس أحمد إيران خانۀ مدرسة", "Ātrums ёлка ＡＢＣ", "کِتاب‌ها"):
        assert loose(fold_for_index(text)) == loose(fold(text))


def test_chinese_characters_become_words_of_their_own() -> None:
    assert separate_han("7天包退、30天包换 ok") == "7\u200b天\u200b包\u200b退\u200b、30\u200b天\u200b包\u200b换 ok"


def test_searchable_does_all_three() -> None:
    assert searchable("ي ۱۶۹۹ 整机") == "ی ۱۶۹۹ 1699 整\u200b机"


def test_written_numbers_report_phones_once() -> None:
    [phone] = written_numbers("8 800 200 58 88")
    assert phone.forms == ("88002005888", "8002005888")
