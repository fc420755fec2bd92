"""How deeply a page's Markdown nests lists, quotes and indented blocks, checked before it is
converted.

Python-Markdown parses each level by recursion: a list nested a few hundred levels deep, or a
line of `> > > …`, stops the build with a RecursionError and no line. A page may nest up to
MAX_NESTING levels; a deeper line is reported, and left out of the text the build converts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.core.findings import Finding

MAX_NESTING = 20
_TAB_WIDTH = 4
# One level at the start of a line: a quote marker, or a list item's marker.
_LEVEL = re.compile(r" {0,3}(?:>|[-*+] |\d{1,9}[.)] )")
_FENCE = re.compile(r"[ \t>]*(?:[-*+]\s+|\d+[.)]\s+)*(```|~~~)")


@dataclass(frozen=True)
class Nesting:
    """The text to convert (too deep lines left empty) and the finding at the first of them."""

    text: str
    findings: tuple[Finding, ...] = ()


def line_depth(line: str) -> int:
    """The levels a line opens or sits in: quote markers, list markers and 4-column indents."""
    depth = 0
    rest = line.expandtabs(_TAB_WIDTH)
    while True:
        indent = len(rest) - len(rest.lstrip(" "))
        depth += indent // _TAB_WIDTH
        rest = rest[indent // _TAB_WIDTH * _TAB_WIDTH :]
        match = _LEVEL.match(rest)
        if match is None:
            return depth
        depth += 1
        rest = rest[match.end() :]


def checked_nesting(text: str, *, path: str, first_line: int = 1) -> Nesting:
    """The text with every line nested deeper than MAX_NESTING emptied, and one finding.

    Lines inside fenced code blocks are text, not structure, and are not counted."""
    lines = text.split("\n")
    too_deep: list[int] = []
    deepest = 0
    in_fence: str | None = None
    for index, line in enumerate(lines):
        fence = _FENCE.match(line)
        if fence is not None:
            in_fence = None if in_fence == fence.group(1) else in_fence or fence.group(1)
            continue
        if in_fence is not None:
            continue
        depth = line_depth(line)
        if depth > MAX_NESTING:
            too_deep.append(index)
            deepest = max(deepest, depth)
    if not too_deep:
        return Nesting(text)
    for index in too_deep:
        lines[index] = ""
    finding = Finding(
        path,
        too_deep[0] + first_line,
        f"lists, quotes or indents nest {deepest} levels deep, more than {MAX_NESTING}",
        "flatten the structure: split the list or quote under headings of its own",
    )
    return Nesting("\n".join(lines), (finding,))
