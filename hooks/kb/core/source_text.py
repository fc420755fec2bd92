"""KB files as the build reads them: their size, encoding, byte-order mark and hidden
direction controls.

Pages, decision tables and glossaries are read through read_source, never with a bare
read_text: a file over the size limit is not read at all, undecodable bytes are reported at
their line (the text goes on with U+FFFD in their place, so no later step fails on them),
a byte-order mark is dropped (it would glue itself to the first line and hide it), and
Unicode's embedding, override and isolate controls, which reorder what readers see
("00005" shown as "50000"), are refused where they stand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from kb.core.findings import Finding

MAX_FILE_BYTES = 1_000_000
BYTE_ORDER_MARK = "\ufeff"

# Unicode's Bidi_Control characters, by name.
DIRECTION_CONTROLS: Mapping[str, str] = MappingProxyType(
    {
        "\u061c": "ARABIC LETTER MARK",
        "\u200e": "LEFT-TO-RIGHT MARK",
        "\u200f": "RIGHT-TO-LEFT MARK",
        "\u202a": "LEFT-TO-RIGHT EMBEDDING",
        "\u202b": "RIGHT-TO-LEFT EMBEDDING",
        "\u202c": "POP DIRECTIONAL FORMATTING",
        "\u202d": "LEFT-TO-RIGHT OVERRIDE",
        "\u202e": "RIGHT-TO-LEFT OVERRIDE",
        "\u2066": "LEFT-TO-RIGHT ISOLATE",
        "\u2067": "RIGHT-TO-LEFT ISOLATE",
        "\u2068": "FIRST STRONG ISOLATE",
        "\u2069": "POP DIRECTIONAL ISOLATE",
    }
)
# The marks only nudge the neighbouring characters and cannot reorder a number: the one
# allowed way to set direction by hand (CONTRIBUTING.md, "Text direction by hand").
ALLOWED_DIRECTION_MARKS = frozenset({"\u200e", "\u200f", "\u061c"})


@dataclass(frozen=True)
class SourceText:
    """A file's text as the build uses it, and what is wrong with the file as written."""

    text: str  # decoded, without a byte-order mark; "" for a file over the size limit
    findings: tuple[Finding, ...] = ()


def size_finding(file: Path, *, path: str, limit: int, fix: str) -> Finding | None:
    """A finding if the file is over limit bytes."""
    size = file.stat().st_size
    return Finding(path, 1, f"the file is {size:,} bytes, over the limit of {limit:,}", fix) if size > limit else None


def read_source(file: Path, *, path: str) -> SourceText:
    """The text of an editor's file (path: as editors see it), read and checked."""
    too_big = size_finding(file, path=path, limit=MAX_FILE_BYTES, fix="split it into smaller files: a page per topic, a table per question")
    if too_big:
        return SourceText("", (too_big,))
    return decode_source(file.read_bytes(), path=path)


def decode_source(data: bytes, *, path: str) -> SourceText:
    """The bytes as UTF-8 text, with a finding at the first undecodable byte and at each
    refused direction control."""
    findings: list[Finding] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        findings.append(
            Finding(
                path,
                line,
                f"byte 0x{data[error.start]:02x} is not UTF-8 text",
                "save the file as UTF-8 in your editor, then check the characters on this line",
            )
        )
        text = data.decode("utf-8", errors="replace")
    text = text.removeprefix(BYTE_ORDER_MARK)
    return SourceText(text, tuple(findings + direction_control_findings(text, path=path)))


def direction_control_findings(text: str, *, path: str) -> list[Finding]:
    """Each line holding a direction control outside ALLOWED_DIRECTION_MARKS, once."""
    refused = re.compile(f"[{''.join(sorted(frozenset(DIRECTION_CONTROLS) - ALLOWED_DIRECTION_MARKS))}]")
    found_on: dict[int, set[str]] = {}
    for match in refused.finditer(text):
        found_on.setdefault(text.count("\n", 0, match.start()) + 1, set()).add(match.group())
    return [
        Finding(
            path,
            line,
            f"invisible direction control {', '.join(f'U+{ord(c):04X} {DIRECTION_CONTROLS[c]}' for c in sorted(found))} can reorder what readers see",
            "delete it (it is invisible: retype the line); to set direction, use U+200E LEFT-TO-RIGHT MARK or U+200F RIGHT-TO-LEFT MARK",
        )
        for line, found in found_on.items()
    ]
