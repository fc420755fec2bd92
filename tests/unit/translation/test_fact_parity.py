"""kb.translation.fact_parity: the same facts in every script, and a mismatch named precisely."""

from __future__ import annotations

import pytest

from kb.translation.fact_parity import LanguageFile, compare, corresponding_line, facts, page_fact_findings, table_fact_findings
from support.tables import table_from


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Возврат в течение 14 дней, сумма до 500 000 руб.", "Return within 14 days, up to 500,000 roubles."),
        ("کمتر از ۵۰۰٫۰۰۰ تومان؛ حدود ۳٬۰۰۰٬۰۰۰ تومان", "Under 500,000 toman; about 3,000,000 toman"),
        ("ne vēlāk kā 24 darba stundu laikā; ilgāk par 5 darbdienām", "within 24 working hours; longer than 5 working days"),
        ("7天包退、30天包换，第六步等待3-5个工作日", "7-day return, 30-day exchange; step 6 waits 3–5 working days"),
        (
            "Позвоните 8 800 200 58 88 или напишите kb@example.org, https://example.org/a",
            "Call 8-800-200-58-88 or write to kb@example.org, https://example.org/a.",
        ),
        ("кэшбек до 20%", "cashback of up to 20 %"),
    ],
    ids=["ru-thousands", "fa-digits", "lv", "zh-ordinals-ranges", "phones-emails-urls", "percent"],
)
def test_equal_facts_in_every_script(source: str, translation: str) -> None:
    assert not compare(source, translation), compare(source, translation).describe()


def test_facts_are_canonical() -> None:
    assert facts("۵۰۰٫۰۰۰ и 3 000 000, тел. +7 (495) 660-35-29") == {"500000", "3000000", "phone:4956603529"}


def test_a_phone_ends_a_sentence_and_a_date_is_no_phone() -> None:
    assert facts("Call 8 800 200 58 88. Reviewed 2026-12-04.") == {"phone:8002005888", "2026", "12", "04"}


@pytest.mark.parametrize(
    ("source", "translation", "described"),
    [
        ("Срок 14 дней", "Within 15 days", "only the source has 14; only the translation has 15"),
        ("تا ۵۰۰٫۰۰۰ تومان", "Up to 50,000 toman", "only the source has 500000; only the translation has 50000"),
        ("8 800 200 58 88", "8 800 200 58 89", "only the source has phone:8002005888; only the translation has phone:8002005889"),
    ],
)
def test_a_changed_number_is_a_difference(source: str, translation: str, described: str) -> None:
    assert compare(source, translation).describe() == described


def test_reviewed_exceptions_are_allowed() -> None:
    assert not compare("Срок 14 дней", "Within two weeks (14 days) or 15", exceptions=["15"])


PAGE = "---\ntitle: T\nsource_language: ru\n---\n\n# Т {#t}\n\nСрок возврата 14 дней.\n"
SOURCE = LanguageFile("docs/a/p.ru.md", PAGE, "ru")


def test_page_finding_names_both_files_the_line_and_the_facts() -> None:
    translation = "---\ntitle: T\nsource_language: ru\n---\n\n# T {#t}\n\nIntro.\n\nReturns within 15 days.\n"
    [finding] = page_fact_findings(SOURCE, LanguageFile("docs/a/p.md", translation, "en"))
    assert (finding.path, finding.line) == ("docs/a/p.md", 10)
    assert finding.problem == "facts differ from the source docs/a/p.ru.md: only the source has 14; only the translation has 15"
    assert page_fact_findings(SOURCE, LanguageFile("t", translation.replace("15", "14"), "en")) == []


def test_table_cells_keep_their_facts() -> None:
    table = table_from(
        """
        id: t
        source_language: fa
        caption: {fa: جدول, en: Table}
        columns:
          - {key: amount, kind: condition, label: {fa: مبلغ, en: Amount}}
          - {key: who, kind: output, label: {fa: تأیید, en: Approver}}
        rows:
          - id: small
            amount: {fa: "تا ۵۰۰٫۰۰۰ تومان", en: "Up to 5,000,000 toman"}
            who: {fa: کارشناس, en: Agent}
        """
    )
    [finding] = table_fact_findings(table)
    assert finding.line == 10 and "row 'small', column 'amount'" in finding.problem and "only the source has 500000" in finding.problem


def test_front_matter_hashes_are_not_taken_for_the_faulty_line() -> None:
    translation = "---\ntitle: T\nsource_language: ru\ntranslated_from: 90a7a15f\n---\n\n# T {#t}\n\nReturns within 15 days.\n"
    [finding] = page_fact_findings(SOURCE, LanguageFile("docs/a/p.md", translation, "en"))
    assert finding.line == 9


def test_a_fact_missing_from_the_translation_is_reported_where_it_should_be() -> None:
    """Not at line 1: at the translation's line in the block that matches the source's."""
    source = "---\ntitle: T\n---\n\n# Т {#t}\n\nВступление.\n\n| a | b |\n|---|---|\n| x | 1 |\n| y | 14 дней |\n"
    translation = "---\ntitle: T\nsource_language: ru\n---\n\n# T {#t}\n\nIntro.\n\n| a | b |\n|---|---|\n| x | 1 |\n| y | days |\n"
    [finding] = page_fact_findings(LanguageFile("s.ru.md", source, "ru"), LanguageFile("t.md", translation, "en"))
    assert finding.line == 13 and translation.splitlines()[12] == "| y | days |"


@pytest.mark.parametrize(
    ("source_line", "expected"),
    [(5, 6), (7, 8), (9, 10), (11, 12), (20, 12)],
    ids=["heading", "paragraph", "table-start", "table-row", "past-the-end"],
)
def test_corresponding_line_keeps_block_and_offset(source_line: int, expected: int) -> None:
    source = "---\nt: 1\n---\n\n# H\n\nP.\n\n| a |\n|---|\n| x |\n"
    translation = "---\nt: 1\nu: 2\n---\n\n# H\n\nP.\n\n| a |\n|---|\n| x |\n"
    assert corresponding_line(source, source_line, translation) == expected


@pytest.mark.parametrize(
    ("source_language", "source", "translation_language", "translation"),
    [
        ("lv", "Paziņojiet vismaz divas nedēļas iepriekš.", "en", "Notify at least two weeks in advance."),
        ("ru", "Не менее чем за две недели; в течение двадцати одного дня.", "en", "At least 2 weeks before; within twenty-one days."),
        ("fa", "دست‌کم دو هفته پیش از آن؛ یک و نیم ساعت", "ru", "не менее чем за две недели; полтора часа"),
        ("zh", "卖家至少提前两周通知；十五天内", "lv", "vismaz divas nedēļas iepriekš; piecpadsmit dienu laikā"),
        ("en", "three stages and half an hour", "zh", "三个阶段和半小时"),
    ],
    ids=["lv-en", "ru-cases", "fa-fraction", "zh-lv", "en-zh"],
)
def test_numbers_in_words_equal_their_digits_in_every_language(
    source_language: str, source: str, translation_language: str, translation: str
) -> None:
    difference = compare(source, translation, source_language=source_language, translation_language=translation_language)
    assert not difference, difference.describe()


@pytest.mark.parametrize(
    ("source_language", "source", "translation_language", "translation", "described"),
    [
        (
            "lv",
            "vismaz trīs nedēļas iepriekš",
            "en",
            "at least two weeks before",
            'only the source has 3 ("trīs"); only the translation has 2 ("two")',
        ),
        ("ru", "за три недели", "lv", "divas nedēļas", 'only the source has 3 ("три"); only the translation has 2 ("divas")'),
        ("fa", "سه هفته", "en", "two weeks", 'only the source has 3 ("سه"); only the translation has 2 ("two")'),
        ("zh", "提前三周", "ru", "за две недели", 'only the source has 3 ("三"); only the translation has 2 ("две")'),
        ("en", "two weeks", "fa", "۳ هفته", 'only the source has 2 ("two"); only the translation has 3'),
    ],
    ids=["lv", "ru", "fa", "zh", "en"],
)
def test_a_number_word_changed_is_a_difference(
    source_language: str, source: str, translation_language: str, translation: str, described: str
) -> None:
    difference = compare(source, translation, source_language=source_language, translation_language=translation_language)
    assert difference.describe() == described


def test_without_a_language_words_are_not_read() -> None:
    assert not compare("two weeks", "три недели")
