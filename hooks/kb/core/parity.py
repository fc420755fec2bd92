"""Parity across the language files of one page: each must have what any of them has."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from kb.core.findings import Finding


@dataclass(frozen=True)
class Variant:
    """One language's file of a page and the items it has (heading ids, placed tables...)."""

    source_path: str
    language: str
    items: frozenset[str]


def missing_in_variants(
    variants: Collection[Variant],
    *,
    describe: Callable[[str, str], tuple[str, str]],
    line_of_item: Callable[[Variant, str], int] | None = None,
) -> list[Finding]:
    """A finding for every item some variants have and this one lacks.

    describe(item, the variants that have it) gives the problem and the fix.
    """
    everything = frozenset().union(*(variant.items for variant in variants))
    findings = []
    for variant in variants:
        for item in sorted(everything - variant.items):
            holders = ", ".join(sorted(other.source_path for other in variants if item in other.items))
            problem, fix = describe(item, holders)
            findings.append(Finding(variant.source_path, line_of_item(variant, item) if line_of_item else 1, problem, fix))
    return findings
