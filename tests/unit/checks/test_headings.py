"""kb.checks.headings: explicit, unique ASCII heading ids, the same in every language."""

from __future__ import annotations

from kb.checks.headings import heading_findings, heading_id_parity
from kb.core.findings import Finding, WrittenFile
from kb.core.parity import Variant
from support.page_facts import facts_of


def test_headings_need_unique_ascii_ids() -> None:
    source = "# Title {#title}\n\n## Возврат\n\n## Сроки {#Сроки}\n\n## Again {#title}\n"
    findings = heading_findings(facts_of(source).headings, path="docs/p.md", source=source)
    assert [(finding.line, finding.problem) for finding in findings] == [
        (3, "heading 'Возврат' has no explicit id"),
        (5, "heading id 'Сроки' is not lower-case ASCII words joined by hyphens"),
        (7, "heading id 'title' is used twice (first on line 1)"),
    ]
    assert heading_findings(facts_of("# A {#a}\n\n## B {#b}\n").headings, path="docs/p.md", source="") == []


def test_translations_share_heading_ids() -> None:
    same = [Variant("docs/p.md", "en", frozenset({"a", "b"})), Variant("docs/p.ru.md", "ru", frozenset({"a", "b"}))]
    assert heading_id_parity(same) == []
    [finding] = heading_id_parity([same[0], Variant("docs/p.ru.md", "ru", frozenset({"a"}))])
    assert finding == Finding(
        "docs/p.ru.md", 1, "this translation has no heading id 'b', which docs/p.md has", "give the matching heading {#b}"
    )


def test_a_heading_written_in_an_included_file_is_reported_there() -> None:
    glossary = WrittenFile("docs/snippets/glossary/a.lv.md", "*[A]: a\n\n## Stray {#Stray}\n")
    page = "# Page {#page}\n\nText.\n"
    [finding] = heading_findings(facts_of(page + "\n" + glossary.text).headings, path="docs/p.md", source=page, included=[glossary])
    assert (finding.path, finding.line) == ("docs/snippets/glossary/a.lv.md", 3)


def test_a_missing_heading_id_is_reported_where_the_heading_is() -> None:
    english = "---\ntitle: P\n---\n\n# P {#p}\n\nText.\n\n## Pages {#pages}\n\nMore.\n"
    latvian = "---\ntitle: P\nsource_language: en\n---\n\n# P {#p}\n\nTeksts.\n\n## Lapas {#lapas}\n\nVairāk.\n"
    findings = heading_id_parity(
        [Variant("docs/p.md", "en", frozenset({"p", "pages"}), english), Variant("docs/p.lv.md", "lv", frozenset({"p", "lapas"}), latvian)]
    )
    assert sorted((finding.path, finding.line) for finding in findings) == [("docs/p.lv.md", 10), ("docs/p.md", 9)]
