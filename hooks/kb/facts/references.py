"""`{{fact:id}}` in pages and decision-table cells: the references, and what is wrong with them.

A reference names a fact of the page's own area (the wrong organisation's number is the worst
answer), optionally with a form: `{{fact:reply-deadline}}` ("24 working hours"),
`{{fact:reply-deadline:number}}` ("24", for a sentence that words the unit itself), or, for a
duration, a unit it is a whole number of: `{{fact:returns.period:week}}` ("2 weeks",
`{{fact:returns.period:week:number}}` "2").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from kb.core.findings import Finding, line_of
from kb.facts.registry import AreaFacts

REFERENCE = re.compile(r"\{\{fact:([^{}:\s]*)(?::([^{}\s]*))?\}\}")
NUMBER_FORM = "number"
# A reference as text that no Markdown extension reads as syntax: braces before a heading's
# `{#id}` would make attr_list take them for its own.
_PROTECTED = re.compile(r"\u2983fact:([^\u2984\s]*)\u2984")


@dataclass(frozen=True)
class Form:
    """How a reference asks for its fact: in a unit (None: the fact's own), the number alone or not."""

    unit: str | None = None
    number_only: bool = False


def parsed_form(written: str, *, units: Collection[str]) -> Form | None:
    """A reference's form (`number`, `week`, `week:number`, or none) for a fact that may be
    worded in units; None when it is not one."""
    parts = [part for part in written.split(":") if part] if written else []
    number_only = NUMBER_FORM in parts
    rest = [part for part in parts if part != NUMBER_FORM]
    if len(rest) > 1 or parts.count(NUMBER_FORM) > 1 or (rest and rest[0] not in units):
        return None
    return Form(rest[0] if rest else None, number_only)


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
    units = facts.facts[reference.fact_id].units
    if parsed_form(reference.form, units=units) is None:
        in_units = "".join(f", or {{{{fact:{reference.fact_id}:{unit}}}}} (in {unit}s)" for unit in units[1:])
        return (
            f"{reference.written} asks for the form '{reference.form}'",
            f"write {{{{fact:{reference.fact_id}}}}} or {{{{fact:{reference.fact_id}:number}}}}{in_units}",
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
