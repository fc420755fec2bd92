"""kb.checks.raw_html: raw HTML only from a small safe list."""

from __future__ import annotations

from kb.checks.raw_html import raw_html_findings
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
