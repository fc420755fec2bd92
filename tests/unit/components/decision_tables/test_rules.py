"""Table rules that need more than one file to show: hit policies, anchors, page parity."""

from __future__ import annotations

from kb.components.decision_tables.model import DecisionTable
from kb.components.decision_tables.validate import (
    missing_translations,
    overlapping_rows,
    table_placement_parity,
)
from kb.core.parity import Variant
from support.tables import table_from

FREE_TEXT = """
id: refunds
source_language: fa
hit_policy: {policy}
caption: {{fa: بازگشت وجه, en: Refunds}}
columns:
  - {{key: amount, kind: condition, label: {{fa: مبلغ, en: Amount}}}}
  - {{key: who, kind: output, label: {{fa: تأیید, en: Approver}}}}
rows:
  - id: small
    amount: {{fa: "تا ۵۰۰٫۰۰۰ تومان", en: "Up to 500,000 toman"}}
    who: {{fa: کارشناس, en: Agent}}
  - id: any
    amount: "-"
    who: {{fa: سرپرست, en: Supervisor}}
    link: {link}
"""


def refunds(policy: str = "unique", link: str = "https://example.org/policy") -> DecisionTable:
    return table_from(FREE_TEXT.format(policy=policy, link=link))


def test_a_catch_all_row_overlaps_under_the_unique_policy() -> None:
    [finding] = overlapping_rows(refunds("unique"))
    assert "rows 'small'" in finding.problem and "'any'" in finding.problem


def test_first_and_collect_policies_allow_overlaps() -> None:
    assert overlapping_rows(refunds("first")) == []
    assert overlapping_rows(refunds("collect")) == []


def test_free_text_conditions_overlap_only_when_equal(parcel_table: DecisionTable) -> None:
    assert overlapping_rows(parcel_table) == []


def test_the_source_language_must_have_text() -> None:
    table = refunds("first")
    assert missing_translations(table) == []
    english_only = table_from(FREE_TEXT.format(policy="first", link="x.md").replace("source_language: fa", "source_language: ru"))
    assert any("source language 'ru'" in finding.problem for finding in missing_translations(english_only))


def test_every_translation_of_a_page_places_the_same_tables() -> None:
    findings = table_placement_parity(
        [
            Variant("docs/area/page.md", "en", frozenset({"area/a.table.yml"})),
            Variant("docs/area/page.ru.md", "ru", frozenset({"area/a.table.yml"})),
            Variant("docs/area/page.fa.md", "fa", frozenset()),
        ]
    )
    assert [(finding.path, finding.line) for finding in findings] == [("docs/area/page.fa.md", 1)]
    assert "a.table.yml" in findings[0].problem and "docs/area/page.ru.md" in findings[0].problem
    assert table_placement_parity([Variant("docs/p.md", "en", frozenset({"t"})), Variant("docs/p.ru.md", "ru", frozenset({"t"}))]) == []


def test_a_table_left_out_is_reported_where_the_other_languages_place_it() -> None:
    russian = "---\ntitle: P\n---\n\n# P {#p}\n\nТекст.\n\n::: decision-table a.table.yml\n\nЕщё.\n"
    persian = "---\ntitle: P\nsource_language: ru\n---\n\n# P {#p}\n\nمتن.\n\nجدول اینجا نیست.\n\nبیشتر.\n"
    [finding] = table_placement_parity(
        [
            Variant("docs/area/page.ru.md", "ru", frozenset({"area/a.table.yml"}), russian),
            Variant("docs/area/page.fa.md", "fa", frozenset(), persian),
        ]
    )
    assert (finding.path, finding.line) == ("docs/area/page.fa.md", 10)
