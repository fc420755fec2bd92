"""Tabs at the start of a page's lines, which silently change what a sentence is.

A line indented with a tab after a blank line is, to Markdown, a code block: a policy
sentence would be shown as code, unformatted and out of the text's flow, and nothing would
say why. Indentation in KB pages (list items, "say" blocks) is written with spaces; a tab at
the start of a line outside a fenced code block is reported at its line.
"""

from __future__ import annotations

import re

from kb.core.findings import Finding

_FENCE = re.compile(r"\s*(```|~~~)")
TAB_FIX = "indent with spaces instead (none for a plain sentence; 4 inside a list item or a 'say' block)"


def tab_indent_findings(text: str, *, path: str) -> list[Finding]:
    """A finding at each line that starts with a tab, outside fenced code."""
    findings = []
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        opening = _FENCE.match(line)
        if opening:
            fence = None if fence == opening.group(1) else fence or opening.group(1)
            continue
        if fence is None and line.startswith("\t") and line.strip():
            findings.append(Finding(path, number, "this line starts with a tab, which makes Markdown show it as code", TAB_FIX))
    return findings
