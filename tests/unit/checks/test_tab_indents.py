"""kb.checks.tab_indents: a tab that would turn a sentence into code is reported at its line."""

from __future__ import annotations

from kb.checks.tab_indents import tab_indent_findings


def test_a_tab_indented_line_is_reported_at_its_line() -> None:
    text = "# Title\n\n\tA policy sentence.\n\nText with a\ttab inside.\n"
    [finding] = tab_indent_findings(text, path="docs/a.md")
    assert (finding.path, finding.line) == ("docs/a.md", 3)
    assert "code" in finding.problem and "spaces" in finding.fix


def test_tabs_in_fenced_code_and_spaces_elsewhere_are_fine() -> None:
    text = "```\n\tcode\n```\n\n    indented with spaces\n- item\n    continued\n~~~\n\tmore code\n~~~\n"
    assert tab_indent_findings(text, path="docs/a.md") == []
