"""kb.translation.fact_exceptions: exceptions beside the source, checked at their lines."""

from __future__ import annotations

from kb.core.front_matter import declared_fields
from kb.translation.fact_exceptions import misplaced_exceptions, source_exceptions

LANGUAGES = ("en", "ru", "fa", "lv", "zh")


def declared(entries: str):  # type: ignore[no-untyped-def]
    text = f"---\ntitle: T\nfact_exceptions:\n{entries}---\n\nBody.\n"
    return source_exceptions(declared_fields(text), text=text, path="docs/a/p.fa.md", languages=LANGUAGES)


def test_an_exception_holds_for_its_languages_or_all() -> None:
    result = declared('  - {fact: "10", languages: [zh], reason: "ordinal"}\n  - {fact: ۱۵, reason: "all"}\n')
    assert result.findings == ()
    assert result.facts_for("zh") == {"10", "۱۵"}
    assert result.facts_for("en") == {"۱۵"}
    assert [exception.line for exception in result.exceptions] == [4, 5]


def test_each_malformed_entry_is_reported_at_its_line() -> None:
    result = declared('  - {fact: "10"}\n  - {reason: "why"}\n  - {fact: "3", languages: [de], reason: "x"}\n')
    assert [(finding.line, finding.problem) for finding in result.findings] == [
        (4, "fact_exceptions entry for 10 gives no reason"),
        (5, "fact_exceptions entry {'reason': 'why'} names no fact"),
        (6, "fact_exceptions entry for 3 names de, which is not a language of the site"),
    ]
    assert result.exceptions == ()


def test_a_value_that_is_not_a_list_is_reported() -> None:
    text = "---\ntitle: T\nfact_exceptions: 10\n---\n"
    [finding] = source_exceptions(declared_fields(text), text=text, path="p", languages=LANGUAGES).findings
    assert (finding.line, finding.problem) == (3, "fact_exceptions is not a list")


def test_exceptions_in_a_translation_are_refused_at_their_line() -> None:
    text = "---\ntitle: T\nfact_exceptions:\n  - {fact: '15', reason: 'mine'}\n---\n"
    [finding] = misplaced_exceptions(declared_fields(text), text=text, path="docs/a/p.md", source_path="docs/a/p.fa.md", language="en")
    assert finding.line == 3
    assert "docs/a/p.fa.md" in finding.fix and "languages: [en]" in finding.fix
