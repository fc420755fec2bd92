"""kb.checks.raw_html: raw HTML only from a small safe list."""

from __future__ import annotations

from kb.checks.raw_html import raw_html_findings
from kb.core.findings import WrittenFile
from support.page_facts import facts_of


def test_raw_html_outside_the_safe_list_is_refused() -> None:
    source = '<div markdown>ok</div>\n\n<script>alert(1)</script>\n\n<iframe src="x"></iframe>\n\n<span onmouseover="x()">a</span>\n\n<a href="javascript:go()">b</a>\n'
    findings = raw_html_findings(facts_of(source).raw_html, path="docs/p.md", source=source)
    assert [(finding.line, finding.problem) for finding in findings] == [
        (3, "raw HTML <script> is not allowed in pages"),
        (5, "raw HTML <iframe> is not allowed in pages"),
        (7, "raw HTML attribute onmouseover runs JavaScript"),
        (9, "raw HTML <a> is not allowed in pages"),
        (9, "raw HTML href is a javascript: URL"),
    ]
    assert raw_html_findings(facts_of("<kbd>Ctrl</kbd> and <br>\n").raw_html, path="docs/p.md", source="") == []


def test_raw_html_a_component_rendered_from_another_file_is_reported_there() -> None:
    source = '# P\n\n<div data-kb-source="docs/area/t.table.yml:12" markdown>\n\ncell <script>x()</script>\n\n</div>\n'
    findings = raw_html_findings(facts_of(source).raw_html, path="docs/p.md", source=source)
    assert [(finding.path, finding.line, finding.problem) for finding in findings] == [
        ("docs/area/t.table.yml", 12, "raw HTML <script> is not allowed in pages")
    ]


def test_raw_html_from_an_included_glossary_is_reported_at_the_glossary_line() -> None:
    glossary = WrittenFile("docs/snippets/glossary/a.en.md", "*[A]: a\n\n<iframe src=x></iframe>\n")
    source = "# P\n\ntext\n"
    findings = raw_html_findings(
        facts_of(source + "\n\n" + glossary.text).raw_html, path="docs/a/p.md", source=source, included=(glossary,)
    )
    assert [(finding.path, finding.line) for finding in findings] == [("docs/snippets/glossary/a.en.md", 3)]
