"""Parity across the language files of one page: each must have what any of them has."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from kb.core.findings import Finding, line_of
from kb.core.front_matter import body_lines


@dataclass(frozen=True)
class Variant:
    """One language's file of a page and the items it has (heading ids, placed tables...)."""

    source_path: str
    language: str
    items: frozenset[str]
    text: str = ""  # the file as written, to place a finding at its line


def _blocks(page: str) -> list[tuple[int, int]]:
    """The first and last line of each block of a page's body (blocks are parted by blank
    lines)."""
    numbered = body_lines(page)
    first = numbered[0][0] if numbered else page.count("\n") + 1
    blocks: list[tuple[int, int]] = []
    for number, line in numbered:
        if not line.strip():
            continue
        if blocks and blocks[-1][1] == number - 1:
            blocks[-1] = (blocks[-1][0], number)
        else:
            blocks.append((number, number))
    return blocks or [(first, first)]


def corresponding_line(source: str, source_line: int, translation: str) -> int:
    """The translation's line that says what the source says at source_line: the same line
    of the same block, translations keeping their source's headings, paragraphs and tables."""
    source_blocks, translation_blocks = _blocks(source), _blocks(translation)
    index = max(0, sum(1 for start, _ in source_blocks if start <= source_line) - 1)
    source_start = source_blocks[min(index, len(source_blocks) - 1)][0]
    start, end = translation_blocks[min(index, len(translation_blocks) - 1)]
    return min(start + source_line - source_start, end)


def line_for_missing(variant: Variant, holders: Collection[Variant], written: str) -> int:
    """The variant's line where it should have what holders write as written: the line
    matching where the first holder that has it wrote it; 1 when none shows where."""
    for holder in holders:
        line = line_of(holder.text, written) if holder.text and variant.text else None
        if line is not None:
            return corresponding_line(holder.text, line, variant.text)
    return 1


def missing_in_variants(
    variants: Collection[Variant],
    *,
    describe: Callable[[str, str], tuple[str, str]],
    written_as: Callable[[str], str] | None = None,
) -> list[Finding]:
    """A finding for every item some variants have and this one lacks, at the line where it
    should be (written_as(item): how the item appears in a file's text).

    describe(item, the variants that have it) gives the problem and the fix.
    """
    everything = frozenset().union(*(variant.items for variant in variants))
    findings = []
    for variant in variants:
        for item in sorted(everything - variant.items):
            holding = sorted((other for other in variants if item in other.items), key=lambda other: other.source_path)
            problem, fix = describe(item, ", ".join(other.source_path for other in holding))
            line = line_for_missing(variant, holding, written_as(item)) if written_as else 1
            findings.append(Finding(variant.source_path, line, problem, fix))
    return findings
