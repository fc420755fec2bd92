"""One shape for every fault the build reports: where it is, what is wrong, how to fix it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePath

# A quoted value, or a problem, longer than this is shortened in the message: a huge value
# must not make a megabyte warning line.
MAX_QUOTED = 80
MAX_PROBLEM = 400


@dataclass(frozen=True)
class Finding:
    """A fault an editor can act on, located by file and 1-based line."""

    path: str
    line: int
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {shortened(self.problem, MAX_PROBLEM)}. Fix: {self.fix}"


def shortened(text: str, limit: int) -> str:
    """text, or its beginning and end around an ellipsis when it is longer than limit."""
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return f"{text[:keep]}…{text[-keep:]}"


def quoted(value: object) -> str:
    """A value written into a message, as Python shows it, at most MAX_QUOTED characters."""
    return shortened(repr(value), MAX_QUOTED)


def line_of(text: str, needle: str) -> int | None:
    """The 1-based line of the first occurrence of needle in text, or None."""
    index = text.find(needle)
    return None if index < 0 else text.count("\n", 0, index) + 1


def first_line_of(text: str, *needles: str) -> int:
    """The line of the first needle found in text, trying them in order; 1 if none is."""
    for needle in needles:
        line = line_of(text, needle)
        if line is not None:
            return line
    return 1


@dataclass(frozen=True)
class WrittenFile:
    """A file whose text is part of a page's Markdown: the page's own, or one a component adds
    (an area's glossary)."""

    path: str  # as editors see it
    text: str


def written_where(files: Sequence[WrittenFile], *needles: str) -> tuple[str, int]:
    """The file and line where the first needle found was written (files, then needles, in
    order); the first file's line 1 if none is."""
    for file in files:
        for needle in needles:
            line = line_of(file.text, needle)
            if line is not None:
                return file.path, line
    return (files[0].path if files else ""), 1


# An element a component rendered from another file carries that file and line
# ("docs/area/x.table.yml:12"), so a fault found in it is reported where it was written.
SOURCE_ATTRIBUTE = "data-kb-source"


@lru_cache(maxsize=16384)  # resolving a path asks the file system; a build asks for each many times
def display_path(path: str | PurePath, *, project_dir: str | PurePath) -> str:
    """A path as editors see it in the repository (docs/..., site/...), else as given."""
    try:
        return Path(path).resolve().relative_to(Path(project_dir).resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def github_annotation(finding: Finding, *, level: str = "error") -> str:
    """The finding as a GitHub Actions workflow command, which annotates the pull request."""

    def escaped(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    path = escaped(finding.path).replace(":", "%3A").replace(",", "%2C")
    return f"::{level} file={path},line={finding.line}::{escaped(f'{shortened(finding.problem, MAX_PROBLEM)}. Fix: {finding.fix}')}"
