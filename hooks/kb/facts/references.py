"""`{{fact:id}}` in pages and decision-table cells: the references, and what is wrong with them.

A reference names a fact of the page's own area (the wrong organisation's number is the worst
answer), optionally with a form: `{{fact:reply-deadline}}` ("24 working hours"),
`{{fact:reply-deadline:number}}` ("24", for a sentence that words the unit itself).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from kb.core.findings import Finding, line_of
from kb.facts.registry import AreaFacts

REFERENCE = re.compile(r"\{\{fact:([^{}:\s]*)(?::([^{}:\s]*))?\}\}")
FORMS = ("full", "number")
# A reference as text that no Markdown extension reads as syntax: braces before a heading's
# `{#id}` would make attr_list take them for its own.
_PROTECTED = re.compile(r"\u2983fact:([^\u2984\s]*)\u2984")


@dataclass(frozen=True)
class FactReference:
    fact_id: str
    form: str  # "" for the full form
    written: str  # as in the text


def references_in(text: str) -> Iterator[FactReference]:
    for match in REFERENCE.finditer(text):
        yield FactReference(match.group(1), match.group(2) or "", match.group())


def referenced_ids(text: str) -> frozenset[str]:
    """The facts text refers to (as written, or protected)."""
    return frozenset(reference.fact_id for reference in references_in(text)) | frozenset(_PROTECTED.findall(text))


def protected(text: str) -> str:
    """text with each reference as a plain token, for a Markdown renderer without kb.facts."""
    return REFERENCE.sub(lambda match: f"\u2983fact:{match.group(1)}\u2984", text)


def without_references(text: str) -> str:
    """text with each reference blanked: what is left was written by hand."""
    return _PROTECTED.sub(" ", REFERENCE.sub(" ", text))


def reference_problem(reference: FactReference, *, facts: AreaFacts) -> tuple[str, str] | None:
    """What is wrong with a reference, if anything: (problem, fix)."""
    if reference.fact_id not in facts.facts:
        near = difflib.get_close_matches(reference.fact_id, list(facts.facts), n=3, cutoff=0.5)
        suggestion = f"did you mean {', '.join(near)}?" if near else f"the area's facts are {', '.join(sorted(facts.facts)) or 'none yet'}"
        return (
            f"{reference.written} names no fact of {facts.path}",
            f"{suggestion} Add new facts to {facts.path}; a page refers only to its own area's facts",
        )
    if reference.form and reference.form not in FORMS:
        return (
            f"{reference.written} asks for the form '{reference.form}'",
            f"write {{{{fact:{reference.fact_id}}}}} or {{{{fact:{reference.fact_id}:number}}}}",
        )
    return None


def reference_findings(text: str, *, path: str, facts: AreaFacts, first_line: int = 1) -> list[Finding]:
    """A finding at its line for each reference in text that is wrong (text starts on first_line)."""
    findings = []
    for reference in references_in(text):
        problem = reference_problem(reference, facts=facts)
        if problem is not None:
            findings.append(Finding(path, first_line - 1 + (line_of(text, reference.written) or 1), *problem))
    return findings


def unused_fact_notices(facts: AreaFacts, used: Collection[str]) -> list[Finding]:
    """Advice for each fact nothing refers to."""
    return [
        Finding(
            facts.path,
            fact.line,
            f"fact '{fact.id}' is not used on any page or in any table",
            "refer to it where the policy states it, or remove it",
        )
        for fact in facts.facts.values()
        if fact.id not in used
    ]
