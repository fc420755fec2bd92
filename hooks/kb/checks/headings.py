"""Checks on a page's headings: an explicit ASCII id on each, unique on the page, and the same
ids in every language's file of the page, so `page.md#id` works in all of them."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from kb.checks.content_facts import Heading
from kb.core.findings import Finding, WrittenFile, written_where
from kb.core.parity import Variant, missing_in_variants

HEADING_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def heading_findings(headings: Collection[Heading], *, path: str, source: str, included: Sequence[WrittenFile] = ()) -> list[Finding]:
    """Every heading has an explicit, ASCII id, unique on the page. included: the files the
    page's Markdown takes in (snippets, glossaries), where a heading not in source was written."""
    findings = []
    seen: dict[str, int] = {}
    # Headings come in source order: look for each one after the previous one.
    cursor = 0

    def locate(*needles: str) -> tuple[str, int]:
        nonlocal cursor
        for needle in needles:
            index = source.find(needle, cursor)
            if index >= 0:
                cursor = index + len(needle)
                return path, source.count("\n", 0, index) + 1
        return written_where([WrittenFile(path, source), *included], *needles)

    for heading in headings:
        if heading.id is None:
            findings.append(
                Finding(
                    *locate(heading.text),
                    f"heading '{heading.text}' has no explicit id",
                    "end the heading with {#an-ascii-id}, the same in every language",
                )
            )
            continue
        where, line = locate(f"{{#{heading.id}}}", heading.text)
        if not HEADING_ID.fullmatch(heading.id):
            findings.append(
                Finding(
                    where,
                    line,
                    f"heading id '{heading.id}' is not lower-case ASCII words joined by hyphens",
                    "use an id like refund-deadline",
                )
            )
        if heading.id in seen:
            findings.append(
                Finding(
                    where,
                    line,
                    f"heading id '{heading.id}' is used twice (first on line {seen[heading.id]})",
                    "give each heading its own id",
                )
            )
        seen.setdefault(heading.id, line)
    return findings


def heading_id_parity(variants: Collection[Variant]) -> list[Finding]:
    """Every language's file of a page has the same heading ids, so page.md#id works everywhere."""

    def describe(heading_id: str, holders: str) -> tuple[str, str]:
        return f"this translation has no heading id '{heading_id}', which {holders} has", f"give the matching heading {{#{heading_id}}}"

    return missing_in_variants(variants, describe=describe, written_as=lambda heading_id: f"{{#{heading_id}}}")
