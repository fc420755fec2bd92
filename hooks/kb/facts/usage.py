"""What the build says about an area's facts: references to no fact (with the nearest ids),
facts nothing uses, and values written by hand that a fact already holds."""

from __future__ import annotations

import re

from kb.core.findings import Finding
from kb.core.front_matter import body_lines, page_area
from kb.core.numbers import canonical_number, is_phone, phone_digits, written_numbers
from kb.facts.references import reference_findings, referenced_ids, unused_fact_notices, without_references
from kb.facts.registry import AreaFacts, Fact
from kb.pages import DocsScan

# A value written by hand counts as a fact's when it has this many digits or more: "24"
# working hours is a fact written twice, "2" is too often something else (step 2).
MIN_DIGITS = 2
# Code spans, component markers (`::: key-facts entekhab-1699`) and slugs in ids and links
# (`{#via-1699}`, `(contact-centre.md#via-1699)`): nobody reads them as the fact.
_NOT_PROSE = re.compile(r"`[^`\n]*`|^\s*:::.*$|\{[#.:][^}]*\}|\]\([^)]*\)")


def reference_problems(scan: DocsScan) -> list[Finding]:
    """Every reference to no fact of its area, in pages and decision tables, at its line."""
    findings = []
    for file in scan.page_files():
        findings += reference_findings(file.text, path=file.path, facts=scan.area_facts(page_area(file.path_in_docs)))
    for path_in_docs, table_file in scan.tables.items():
        if table_file.table is None:
            continue
        facts = scan.area_facts(page_area(path_in_docs))
        for _, text in table_file.table.texts():
            for language_text in text.by_language.values():
                findings += [
                    Finding(table_file.table.path, text.line, finding.problem, finding.fix)
                    for finding in reference_findings(language_text, path=table_file.table.path, facts=facts)
                ]
    return findings


def used_facts(scan: DocsScan) -> dict[str, set[str]]:
    """area -> the ids its pages and tables refer to."""
    used: dict[str, set[str]] = {}
    for file in scan.page_files():
        used.setdefault(page_area(file.path_in_docs), set()).update(referenced_ids(file.text))
    for path_in_docs, table_file in scan.tables.items():
        if table_file.table is not None:
            for _, text in table_file.table.texts():
                for language_text in text.by_language.values():
                    used.setdefault(page_area(path_in_docs), set()).update(referenced_ids(language_text))
    return used


def unused_facts(scan: DocsScan) -> list[Finding]:
    used = used_facts(scan)
    return [notice for area, facts in scan.facts.items() for notice in unused_fact_notices(facts, used.get(area, set()))]


def _forms(fact: Fact) -> list[tuple[str, str]]:
    """(canonical form, as the fact writes it) of each value of fact a page could write by hand."""
    if fact.kind == "phone":
        digits = re.sub(r"\D", "", str(fact.value))
        return [(phone_digits(digits) if is_phone(digits) else digits, str(fact.value))]
    if fact.kind in ("email", "url"):
        return []  # found as text (_texts)
    return [(canonical_number(str(number)),) * 2 for number in fact.numbers if len(str(int(number))) >= MIN_DIGITS]


FactForms = list[tuple[Fact, list[tuple[str, str]]]]


def fact_forms(facts: AreaFacts) -> FactForms:
    """Each fact of the area with the forms of its values a page could write by hand (_forms),
    worked out once for every line they are looked for in."""
    return [(fact, _forms(fact)) for fact in facts.facts.values()]


def hand_written_values(text: str, facts: AreaFacts, *, forms: FactForms | None = None) -> list[tuple[int, Fact, str]]:
    """(line, fact, value) for each value in text written by hand that a fact of the area
    holds: numbers in any digits, phone numbers however grouped, e-mails and URLs."""
    found = []
    forms = fact_forms(facts) if forms is None else forms
    texts = [fact for fact in facts.facts.values() if fact.kind in ("email", "url")]
    for number, line in body_lines(text):
        plain = _NOT_PROSE.sub(" ", without_references(line))
        found += [(number, fact, str(fact.value)) for fact in texts if str(fact.value) in plain]
        written = {form for written in written_numbers(plain) for form in written.forms}
        if written:
            found += [(number, fact, value) for fact, values in forms for form, value in values if form in written]
    return found


def _hand_written(path: str, line: int, fact: Fact, value: str, facts: AreaFacts) -> Finding:
    return Finding(
        path,
        line,
        f"{value} is written by hand, and the area's fact '{fact.id}' holds it",
        f"write {{{{fact:{fact.id}}}}} (or {{{{fact:{fact.id}:number}}}}), so that a change of the fact reaches this line; "
        f"if it only happens to be the same number, list it under coincidences: in {facts.path}",
    )


def hand_written_findings(scan: DocsScan) -> list[Finding]:
    """A value an area's fact holds, written by hand in one of its pages or decision-table
    cells: use the reference."""
    findings = []
    forms = {area: fact_forms(facts) for area, facts in scan.facts.items()}
    for file in scan.page_files():
        area = page_area(file.path_in_docs)
        facts = scan.area_facts(area)
        for line, fact, value in hand_written_values(file.text, facts, forms=forms.get(area)):
            if not facts.is_coincidence(file.path_in_docs, value):
                findings.append(_hand_written(file.path, line, fact, value, facts))
    for path_in_docs, table_file in scan.tables.items():
        facts = scan.area_facts(page_area(path_in_docs))
        if table_file.table is None or not facts.facts:
            continue
        for _, text in table_file.table.texts():
            for language_text in text.by_language.values():
                for _, fact, value in hand_written_values(language_text, facts, forms=forms.get(page_area(path_in_docs))):
                    if not facts.is_coincidence(path_in_docs, value):
                        findings.append(_hand_written(table_file.table.path, text.line, fact, value, facts))
    return list(dict.fromkeys(findings))


def fact_findings(scan: DocsScan) -> list[Finding]:
    return reference_problems(scan) + hand_written_findings(scan)
