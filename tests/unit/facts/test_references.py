"""kb.facts.references and kb.facts.usage: references to no fact, with the nearest ids;
unused facts; values written by hand that a fact holds."""

from __future__ import annotations

from decimal import Decimal

from kb.facts.references import protected, reference_findings, referenced_ids, unused_fact_notices, without_references
from kb.facts.registry import AreaFacts, Fact
from kb.facts.usage import hand_written_values

FACTS = AreaFacts(
    "swopify",
    "docs/swopify/facts.yml",
    {
        "reply-deadline": Fact("reply-deadline", "duration", {"amount": Decimal(24), "unit": "working-hour"}, 3),
        "long-absence": Fact("long-absence", "duration", {"amount": Decimal(5), "unit": "working-day"}, 9),
        "hotline": Fact("hotline", "phone", "8 800 200 58 88", 15),
        "pickup": Fact("pickup", "duration", {"amount": Decimal(14), "unit": "day"}, 20),
    },
)


def test_an_unknown_id_is_reported_at_its_line_with_the_nearest_ids() -> None:
    text = "---\ntitle: T\n---\n\nWithin {{fact:reply-deadlin}}.\n\n{{fact:long-absence}} {{fact:long-absence:words}}\n"
    findings = reference_findings(text, path="docs/swopify/a.md", facts=FACTS)
    assert [(finding.line, finding.problem) for finding in findings] == [
        (5, "{{fact:reply-deadlin}} names no fact of docs/swopify/facts.yml"),
        (7, "{{fact:long-absence:words}} asks for the form 'words'"),
    ]
    assert findings[0].fix.startswith("did you mean reply-deadline?")


def test_another_areas_fact_is_not_found_here() -> None:
    [finding] = reference_findings("{{fact:returns.window}}", path="p", facts=FACTS)
    assert "the area's facts are hotline, long-absence, pickup, reply-deadline" in finding.fix


def test_a_duration_may_be_asked_for_in_a_unit_it_is_a_whole_number_of() -> None:
    text = "{{fact:pickup:week}} {{fact:pickup:week:number}} {{fact:pickup:month}} {{fact:hotline:week}}"
    findings = reference_findings(text, path="p", facts=FACTS)
    assert [finding.problem for finding in findings] == [
        "{{fact:pickup:month}} asks for the form 'month'",
        "{{fact:hotline:week}} asks for the form 'week'",
    ]
    assert "{{fact:pickup:week}} (in weeks)" in findings[0].fix


def test_references_are_read_as_written_and_protected() -> None:
    text = "a {{fact:reply-deadline:number}} b {{fact:hotline}}"
    assert referenced_ids(text) == {"reply-deadline", "hotline"}
    assert referenced_ids(protected(text)) == {"reply-deadline", "hotline"}
    assert "{" not in protected(text)
    assert without_references(text).split() == ["a", "b"]


def test_unused_facts_are_advice_at_their_line() -> None:
    [notice] = unused_fact_notices(FACTS, {"reply-deadline", "hotline", "pickup"})
    assert (notice.path, notice.line) == ("docs/swopify/facts.yml", 9)


def test_a_value_written_by_hand_is_found() -> None:
    text = "---\ntitle: T\n---\n\nWithin 24 working hours; call 8 800 200 58 88.\nStep 5, and {{fact:reply-deadline}}.\n"
    found = [(line, fact.id) for line, fact, _ in hand_written_values(text, FACTS)]
    # 5 has one digit: too often something else (a step) to be taken for the fact.
    assert found == [(5, "reply-deadline"), (5, "hotline")]
