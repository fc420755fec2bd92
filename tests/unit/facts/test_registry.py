"""kb.facts.registry: an area's facts read from facts.yml, each checked at its line."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kb.facts.registry import in_unit, read_area_facts

LANGUAGES = ("en", "ru", "fa", "lv", "zh")
LABEL = "{en: L, ru: L, fa: L, lv: L, zh: L}"


def registry(tmp_path: Path, body: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "facts.yml"
    path.write_text(body, encoding="utf-8")
    return read_area_facts(path, area="shop", display="docs/shop/facts.yml", languages=LANGUAGES)


def test_every_kind_is_read(tmp_path: Path) -> None:
    facts = registry(
        tmp_path,
        f"""facts:
  - {{id: returns.window, kind: duration, value: {{amount: 14, unit: day}}, label: {LABEL}, source: "14 дней"}}
  - {{id: refund.limit, kind: amount, value: {{amount: 500000, currency: RUB}}, label: {LABEL}}}
  - {{id: steps, kind: count, value: 6, label: {LABEL}}}
  - {{id: cashback, kind: percentage, value: 20, label: {LABEL}}}
  - {{id: hotline, kind: phone, value: "8 800 200 58 88", label: {LABEL}}}
  - {{id: support-mail, kind: email, value: kb@example.org, label: {LABEL}}}
  - {{id: portal, kind: url, value: "https://example.org/a", label: {LABEL}}}
  - {{id: office, kind: address, value: "Riga, Brivibas 1", label: {LABEL}}}
  - {{id: start, kind: date, value: 2026-11-22, label: {LABEL}}}
  - {{id: delivery, kind: range, value: {{from: 3, to: 5, unit: working-day}}, label: {LABEL}}}
""",
    )
    assert facts.findings == ()
    assert facts.facts["returns.window"].value == {"amount": Decimal(14), "unit": "day"}
    assert facts.facts["returns.window"].source_wording == "14 дней"
    assert facts.facts["start"].value == datetime.date(2026, 11, 22)
    assert facts.facts["delivery"].numbers == (Decimal(3), Decimal(5))
    assert [fact.line for fact in facts.facts.values()] == list(range(2, 12))


@pytest.mark.parametrize(
    ("entry", "line", "problem"),
    [
        ("{id: Returns1, kind: count, value: 1}", 3, "fact id 'Returns1' is not lower-case words joined by - or ."),
        ("{id: a, kind: weight, value: 1}", 3, "fact 'a' has kind 'weight'"),
        (
            f"{{id: a, kind: duration, value: {{amount: 14, unit: fortnight}}, label: {LABEL}}}",
            3,
            "fact 'a': unit 'fortnight' is not one of",
        ),
        (
            f"{{id: a, kind: duration, value: {{amount: -1, unit: day}}, label: {LABEL}}}",
            3,
            "fact 'a': amount must be a number of zero or more",
        ),
        (
            f"{{id: a, kind: amount, value: {{amount: 1, currency: rubles}}, label: {LABEL}}}",
            3,
            "fact 'a': currency 'rubles' is not an ISO 4217 code",
        ),
        (f"{{id: a, kind: range, value: {{from: 5, to: 3}}, label: {LABEL}}}", 3, "fact 'a': the range starts at 5, not below its end 3"),
        (
            f"{{id: a, kind: url, value: 'http://example.org', label: {LABEL}}}",
            3,
            "fact 'a': 'http://example.org' is not an https:// address",
        ),
        ("{id: a, kind: count, value: 1, label: {en: A}}", 3, "fact 'a' has no label in ru, fa, lv, zh"),
        (f"{{id: a, kind: count, value: 1, label: {LABEL}, colour: red}}", 3, "fact 'a' has colour, which a fact does not have"),
        (f"{{id: a, kind: count, label: {LABEL}}}", 3, "fact 'a' has no value"),
        (f"{{id: b, kind: count, value: 2, label: {LABEL}}}", 3, "fact id 'b' is used twice (first on line 2)"),
        (
            f"{{id: a, kind: duration, value: {{amount: 28, unit: day}}, label: {LABEL}, source: '14 дней'}}",
            3,
            "fact 'a': source '14 дней' does not say 28, the value",
        ),
        (
            f"{{id: a, kind: duration, value: {{amount: 28, unit: day}}, label: {LABEL}, source: {{week: '2-х недель'}}}}",
            3,
            "fact 'a': source '2-х недель' does not say 4, the value in weeks",
        ),
        (
            f"{{id: a, kind: duration, value: {{amount: 15, unit: day}}, label: {LABEL}, source: {{week: '2 недели'}}}}",
            3,
            "fact 'a': source '2 недели' is for 'week', and a is not a whole number of weeks",
        ),
        (f"{{id: a, kind: amount, value: {{amount: 20, currency: RUB}}, label: {LABEL}, source: 'десять рублей'}}", 3, "fact 'a': source"),
        (f"{{id: a, kind: phone, value: '12', label: {LABEL}}}", 3, "fact 'a': '12' is not a phone number"),
        (f"{{id: a, kind: phone, value: '1699', label: {LABEL}, dial: '+7 800'}}", 3, "fact 'a': dial '+7 800' is not"),
        (f"{{id: a, kind: count, value: 3, label: {LABEL}, dial: '1699'}}", 3, "fact 'a': dial '1699' is not"),
    ],
    ids=[
        "id",
        "kind",
        "unit",
        "negative",
        "currency",
        "range",
        "http",
        "labels",
        "unknown-key",
        "no-value",
        "twice",
        "stale-source",
        "stale-source-in-weeks",
        "not-whole-weeks",
        "source-in-words",
        "short-phone",
        "dial",
        "dial-not-phone",
    ],
)
def test_a_broken_fact_is_reported_at_its_line_and_left_out(tmp_path: Path, entry: str, line: int, problem: str) -> None:
    facts = registry(tmp_path, f"facts:\n  - {{id: b, kind: count, value: 1, label: {LABEL}}}\n  - {entry}\n")
    [finding] = facts.findings
    assert (finding.path, finding.line) == ("docs/shop/facts.yml", line)
    assert finding.problem.startswith(problem), finding.problem
    assert list(facts.facts) == ["b"]


def test_a_registry_that_is_not_a_list_is_reported(tmp_path: Path) -> None:
    [finding] = registry(tmp_path, "facts: 14\n").findings
    assert finding.problem == "facts: is not a list"


def test_coincidences_need_a_reason(tmp_path: Path) -> None:
    facts = registry(tmp_path, 'facts: []\ncoincidences:\n  - {value: "24", page: index.md, reason: "the 24/7 line"}\n  - {value: "7"}\n')
    assert facts.coincidences == {("shop/index.md", "24")}
    assert [finding.line for finding in facts.findings] == [4]


def test_a_duration_is_worded_in_other_units_only_exactly(tmp_path: Path) -> None:
    facts = registry(
        tmp_path,
        f"facts:\n  - {{id: a, kind: duration, value: {{amount: 14, unit: day}}, label: {LABEL},"
        " source: {day: '14 дней', week: '2-х недель'}}\n",
    )
    fact = facts.facts["a"]
    assert not facts.findings
    assert fact.source_wordings == {"": "14 дней", "week": "2-х недель"}
    assert set(fact.units) == {"day", "week", "hour", "minute"}
    converted = in_unit(fact, "week")
    assert converted is not None and converted.value == {"amount": Decimal(2), "unit": "week"}
    assert in_unit(fact, "month") is None


def test_a_phone_dials_its_digits_unless_told(tmp_path: Path) -> None:
    facts = registry(
        tmp_path,
        f"facts:\n  - {{id: a, kind: phone, value: '1699', label: {LABEL}}}\n"
        f"  - {{id: b, kind: phone, value: '8 800 200 58 88', label: {LABEL}, dial: '+78002005888'}}\n"
        f"  - {{id: c, kind: phone, value: '+7 (495) 974-29-47', label: {LABEL}}}\n",
    )
    assert not facts.findings
    assert [fact.tel for fact in facts.facts.values()] == ["tel:1699", "tel:+78002005888", "tel:+74959742947"]
