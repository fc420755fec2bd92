"""kb.checks.nesting: Markdown nested too deep is reported at its line, not converted."""

from __future__ import annotations

import markdown

from kb.checks.nesting import MAX_NESTING, checked_nesting, line_depth

DEEP_LIST = "\n".join("    " * level + f"- level {level}" for level in range(300))


def test_a_list_nested_300_deep_is_reported_at_the_first_line_past_the_limit() -> None:
    nesting = checked_nesting("# T\n\n" + DEEP_LIST + "\n", path="docs/p.md")
    assert [(finding.path, finding.line, finding.problem) for finding in nesting.findings] == [
        ("docs/p.md", 3 + MAX_NESTING, f"lists, quotes or indents nest 300 levels deep, more than {MAX_NESTING}")
    ]
    assert nesting.text.count("\n") == ("# T\n\n" + DEEP_LIST + "\n").count("\n")  # lines kept
    markdown.markdown(nesting.text)  # no RecursionError


def test_deeply_nested_quotes_are_reported() -> None:
    nesting = checked_nesting("ok\n" + "> " * 500 + "deep\n", path="docs/p.md")
    assert [finding.line for finding in nesting.findings] == [2]
    assert nesting.text == "ok\n\n"


def test_ordinary_nesting_and_code_blocks_pass() -> None:
    text = "- a\n    - b\n        1. c\n\n> > quote\n\n```text\n" + " " * 200 + "code\n```\n"
    assert checked_nesting(text, path="docs/p.md").findings == ()
    assert [line_depth(line) for line in text.splitlines()[:3]] == [1, 2, 3]
