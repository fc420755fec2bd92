"""kb.translation.fact_parity: the same facts in every script, and a mismatch named precisely."""

from __future__ import annotations

import pytest

from kb.translation.fact_parity import compare, facts, page_fact_findings, table_fact_findings
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


def test_page_finding_names_both_files_the_line_and_the_facts() -> None:
    translation = "---\ntitle: T\nsource_language: ru\n---\n\n# T {#t}\n\nIntro.\n\nReturns within 15 days.\n"
    [finding] = page_fact_findings(source_path="docs/a/p.ru.md", source=PAGE, translation_path="docs/a/p.md", translation=translation)
    assert (finding.path, finding.line) == ("docs/a/p.md", 10)
    assert finding.problem == "facts differ from the source docs/a/p.ru.md: only the source has 14; only the translation has 15"
    assert page_fact_findings(source_path="s", source=PAGE, translation_path="t", translation=translation.replace("15", "14")) == []


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
    [finding] = page_fact_findings(source_path="docs/a/p.ru.md", source=PAGE, translation_path="docs/a/p.md", translation=translation)
    assert finding.line == 9
