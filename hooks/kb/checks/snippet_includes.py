"""Snippet includes (`--8<-- "snippets/x.md"`, pymdownx.snippets) in pages: each must name a
readable file of docs/snippets/, and snippets include nothing themselves.

pymdownx.snippets reads the included file from disk itself, after the KB's scan. An include
it cannot serve stops the build with a traceback that names no page (a missing file), and a
file the scan refused (not UTF-8, over the size limit, nested too deep) would crash or
exhaust it. So each such include is reported at the page's line and left out of the text
MkDocs converts (its line kept blank, so every later line keeps its number); a snippet with
a finding of its own is left out wherever it is included, its finding naming its own line.
The glossaries, which the build appends to pages itself, lose their include lines.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from pymdownx.snippets import SnippetPreprocessor

from kb.core.findings import MAX_QUOTED, Finding, shortened

SNIPPETS_FOLDER = "snippets"
# pymdownx.snippets' own pattern of an include line (one file) or a block marker (files on
# the lines up to the next marker): the KB reads includes exactly as the extension does.
_INCLUDE_LINE = SnippetPreprocessor.RE_ALL_SNIPPETS


@dataclass(frozen=True)
class SnippetInclude:
    line: int  # 1-based, in the including file
    target: str  # the path as written, without pymdownx's :lines or :section suffix


def snippet_includes(text: str) -> list[SnippetInclude]:
    """Every file text includes, with the line naming it (escaped `;--8<--` lines and
    commented-out `;file` lines in a block left out, as pymdownx.snippets does)."""
    includes: list[SnippetInclude] = []
    in_block = False
    for number, line in enumerate(text.split("\n"), start=1):
        match = _INCLUDE_LINE.match(line) if "8<-" in line else None
        if match:
            if match.group("escape"):
                continue
            if match.group("inline_marker"):
                if not in_block:
                    includes.append(SnippetInclude(number, _target(match.group("snippet")[1:-1])))
            else:
                in_block = not in_block
        elif in_block and line.strip() and not line.strip().startswith(";"):
            includes.append(SnippetInclude(number, _target(line)))
    return includes


def _target(written: str) -> str:
    # The KB's snippet paths hold no ':': what follows one selects lines or a section.
    return written.strip().split(":", 1)[0].strip()


def include_problem(target: str, *, snippets: Collection[str]) -> tuple[str, str] | None:
    """What is wrong with including target (a path under docs/), and how to fix it, or None.
    snippets: the files of docs/snippets/."""
    if not target.startswith(f"{SNIPPETS_FOLDER}/"):
        return (
            f"the include '{shortened(target, MAX_QUOTED)}' is not a file of docs/{SNIPPETS_FOLDER}/",
            f'move the shared text into docs/{SNIPPETS_FOLDER}/ and include it as --8<-- "{SNIPPETS_FOLDER}/name.md"',
        )
    if target not in snippets:
        return (
            f"the snippet '{shortened(target, MAX_QUOTED)}' does not exist",
            f"check the file name under docs/{SNIPPETS_FOLDER}/ (names are case-sensitive)",
        )
    return None


def checked_page_includes(
    text: str, *, path: str, snippets: Collection[str], refused: Collection[str]
) -> tuple[str, tuple[Finding, ...], tuple[str, ...]]:
    """A page's text without the includes the build cannot serve (their lines left blank),
    the findings about them, and the snippets it includes (paths under docs/). refused: the
    snippets with findings of their own, left out wherever they are included."""
    lines = text.split("\n")
    findings: list[Finding] = []
    included: list[str] = []
    for include in snippet_includes(text):
        problem = include_problem(include.target, snippets=snippets)
        if problem:
            findings.append(Finding(path, include.line, *problem))
        if problem or include.target in refused:
            lines[include.line - 1] = ""
        else:
            included.append(include.target)
    return "\n".join(lines), tuple(findings), tuple(dict.fromkeys(included))


def checked_snippet_includes(text: str, *, path: str) -> tuple[str, tuple[Finding, ...]]:
    """A snippet's text without includes (their lines left blank: snippets are included whole,
    by pages only), and a finding at each."""
    lines = text.split("\n")
    findings = []
    for include in snippet_includes(text):
        lines[include.line - 1] = ""
        findings.append(
            Finding(
                path,
                include.line,
                "a snippet includes another file; pages include snippets, snippets include nothing",
                "include both snippets from the page instead",
            )
        )
    return "\n".join(lines), tuple(findings)
