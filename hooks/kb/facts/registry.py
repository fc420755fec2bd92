"""An area's fact registry, `docs/<area>/facts.yml`, read and checked at file:line.

    facts:
      - id: reply-deadline
        kind: duration
        value: {amount: 24, unit: working-hour}
        label: {lv: Atbildes termiņš, en: Reply deadline, ru: …, fa: …, zh: …}  # every language
        source: "24 darba stundu"      # optional: the wording a source-language script keeps

Kinds and their values:
- duration: {amount, unit} with unit minute, hour, day, week, month, year, working-hour,
  working-day;
- amount: {amount, currency} (an ISO 4217 code, or toman);
- count: {amount}; percentage: {amount};
- phone, email, url, address: the text itself (a phone number as dialled, an address as
  written in the source);
- date: YYYY-MM-DD;
- range: {from, to, unit} for a duration range, {from, to, currency} for amounts, {from, to}
  for counts.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kb.core.findings import Finding, quoted
from kb.core.yaml_source import LineDict, LineList, read_mapping

FACTS_FILE = "facts.yml"
FACT_ID = re.compile(r"[a-z]+(?:[.-][a-z]+)*")
KINDS = ("duration", "amount", "count", "percentage", "phone", "email", "url", "address", "date", "range")
TIME_UNITS = ("minute", "hour", "day", "week", "month", "year", "working-hour", "working-day")
# Currencies Babel (CLDR) does not know, written with the KB's own words (unit_words.yml).
OWN_CURRENCIES = ("toman",)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[\d ()\-]{5,}\d")
_EXAMPLE = "- {id: reply-deadline, kind: duration, value: {amount: 24, unit: working-hour}}"


@dataclass(frozen=True)
class Fact:
    """One policy fact of an area."""

    id: str
    kind: str
    value: Any  # Decimal, str, date, or a dict of them (see the module's docstring)
    line: int
    source_wording: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # what the Key facts page calls it, per language

    @property
    def numbers(self) -> tuple[Decimal, ...]:
        """The numbers the fact states (for finding the same value written by hand)."""
        if isinstance(self.value, Decimal):
            return (self.value,)
        if isinstance(self.value, dict):
            return tuple(value for key, value in self.value.items() if key in ("amount", "from", "to") and isinstance(value, Decimal))
        return ()


@dataclass(frozen=True)
class AreaFacts:
    area: str
    path: str  # as editors see it
    facts: dict[str, Fact] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    # Values written by hand that only happen to equal a fact: (page under docs/ or "" for
    # every page, value), each reviewed with a reason in the registry's `coincidences:`.
    coincidences: frozenset[tuple[str, str]] = frozenset()

    def is_coincidence(self, path_in_docs: str, value: str) -> bool:
        """Whether value, written by hand in the file, is a reviewed coincidence."""
        return (path_in_docs, value) in self.coincidences or ("", value) in self.coincidences


class _ValueProblemError(ValueError):
    pass


def _number(value: object, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _ValueProblemError(f"{what} must be a number, not {quoted(value)}")
    try:
        number = Decimal(str(value))
    except InvalidOperation as error:
        raise _ValueProblemError(f"{what} must be a number, not {quoted(value)}") from error
    if not number.is_finite() or number < 0:
        raise _ValueProblemError(f"{what} must be a number of zero or more, not {quoted(value)}")
    return number


def _mapping(value: object, keys: tuple[str, ...], kind: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _ValueProblemError(f"a {kind} value is {{{', '.join(keys)}}}, not {quoted(value)}")
    missing = [key for key in keys if key not in value]
    extra = [str(key) for key in value if key not in keys]
    if missing or extra:
        raise _ValueProblemError(f"a {kind} value is {{{', '.join(keys)}}}" + (f"; {', '.join(extra)} is not one of them" if extra else ""))
    return dict(value)


def _unit(value: object) -> str:
    if value not in TIME_UNITS:
        raise _ValueProblemError(f"unit {quoted(value)} is not one of {', '.join(TIME_UNITS)}")
    return str(value)


def _currency(value: object) -> str:
    text = str(value)
    if text in OWN_CURRENCIES or re.fullmatch(r"[A-Z]{3}", text):
        return text
    raise _ValueProblemError(f"currency {quoted(value)} is not an ISO 4217 code (RUB, EUR) or one of {', '.join(OWN_CURRENCIES)}")


def _text(value: object, kind: str, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or not value.strip() or (pattern and not pattern.fullmatch(value.strip())):
        raise _ValueProblemError(f"{quoted(value)} is not a {kind}")
    return value.strip()


def parsed_value(kind: str, value: object) -> Any:
    """The value of a fact of kind, checked; raises _ValueProblemError with the problem."""
    if kind == "duration":
        fields = _mapping(value, ("amount", "unit"), kind)
        return {"amount": _number(fields["amount"], "amount"), "unit": _unit(fields["unit"])}
    if kind == "amount":
        fields = _mapping(value, ("amount", "currency"), kind)
        return {"amount": _number(fields["amount"], "amount"), "currency": _currency(fields["currency"])}
    if kind in ("count", "percentage"):
        return _number(value, kind)
    if kind == "range":
        if not isinstance(value, dict):
            raise _ValueProblemError(f"a range value is {{from, to}} with a unit or a currency, not {quoted(value)}")
        keys = ("from", "to", "unit") if "unit" in value else ("from", "to", "currency") if "currency" in value else ("from", "to")
        fields = _mapping(value, keys, kind)
        parsed: dict[str, Any] = {"from": _number(fields["from"], "from"), "to": _number(fields["to"], "to")}
        if parsed["from"] >= parsed["to"]:
            raise _ValueProblemError(f"the range starts at {parsed['from']}, not below its end {parsed['to']}")
        if "unit" in fields:
            parsed["unit"] = _unit(fields["unit"])
        if "currency" in fields:
            parsed["currency"] = _currency(fields["currency"])
        return parsed
    if kind == "date":
        if not isinstance(value, datetime.date):
            raise _ValueProblemError(f"a date is written YYYY-MM-DD, not {quoted(value)}")
        return value
    if kind == "phone":
        return _text(value, "phone number", _PHONE)
    if kind == "email":
        return _text(value, "e-mail address", _EMAIL)
    if kind == "url":
        url = _text(value, "URL")
        if not url.startswith("https://"):
            raise _ValueProblemError(f"{quoted(value)} is not an https:// address")
        return url
    return _text(value, kind)


def _fact(entry: object, line: int, *, path: str, seen: dict[str, int], languages: Collection[str]) -> Fact | Finding:
    if not isinstance(entry, LineDict):
        return Finding(path, line, f"a fact is a mapping, not {quoted(entry)}", f"write each fact as {_EXAMPLE}")
    fact_id, kind = entry.get("id"), entry.get("kind")
    if not isinstance(fact_id, str) or not FACT_ID.fullmatch(fact_id):
        return Finding(
            path,
            entry.line_of("id"),
            f"fact id {quoted(fact_id)} is not lower-case words joined by - or .",
            "use an id such as reply-deadline or returns.window (no digits: ids must not read as numbers)",
        )
    if fact_id in seen:
        return Finding(
            path, entry.line_of("id"), f"fact id '{fact_id}' is used twice (first on line {seen[fact_id]})", "give each fact its own id"
        )
    seen[fact_id] = entry.line_of("id")
    if kind not in KINDS:
        return Finding(path, entry.line_of("kind"), f"fact '{fact_id}' has kind {quoted(kind)}", f"use one of {', '.join(KINDS)}")
    unknown = sorted(str(key) for key in entry if key not in ("id", "kind", "value", "label", "source"))
    if unknown:
        return Finding(
            path,
            entry.line_of(unknown[0]),
            f"fact '{fact_id}' has {', '.join(unknown)}, which a fact does not have",
            "keep id, kind, value, label and, for scripts, source",
        )
    labels = entry.get("label")
    if not isinstance(labels, dict) or not labels or not all(isinstance(text, str) and text.strip() for text in labels.values()):
        return Finding(
            path,
            entry.line_of("label") if "label" in entry else entry.line,
            f"fact '{fact_id}' has no label in each language",
            "add label: {lv: …, en: …, ru: …, fa: …, zh: …}: what the Key facts page calls it",
        )
    missing = [language for language in languages if language not in labels]
    if missing:
        return Finding(
            path, entry.line_of("label"), f"fact '{fact_id}' has no label in {', '.join(missing)}", "add the label in every site language"
        )
    if "value" not in entry:
        return Finding(path, entry.line, f"fact '{fact_id}' has no value", f"add value: (see {_EXAMPLE})")
    try:
        value = parsed_value(str(kind), entry["value"])
    except _ValueProblemError as problem:
        return Finding(
            path,
            entry.line_of("value"),
            f"fact '{fact_id}': {problem}",
            "write the value as the kind needs (the registry's header says how)",
        )
    source = entry.get("source", "")
    if not isinstance(source, str):
        return Finding(
            path,
            entry.line_of("source"),
            f"fact '{fact_id}': source must be text, the wording of the source's script",
            'write it in quotes: source: "24 darba stundu"',
        )
    return Fact(fact_id, str(kind), value, line, source.strip(), {str(language): str(text).strip() for language, text in labels.items()})


def read_area_facts(file: Path, *, area: str, display: str, languages: Collection[str]) -> AreaFacts:
    """The facts of one area's registry, each checked; a broken fact is left out, with a finding."""
    findings: list[Finding] = []
    data = read_mapping(
        file,
        display=display,
        findings=findings,
        shape=("the registry is not a mapping with facts:", f"start it with facts: and a list: {_EXAMPLE}"),
    )
    entries = data.get("facts", LineList())
    if not isinstance(entries, LineList):
        return AreaFacts(
            area,
            display,
            {},
            (*findings, Finding(display, data.line_of("facts"), "facts: is not a list", f"write one fact per item: {_EXAMPLE}")),
        )
    facts: dict[str, Fact] = {}
    seen: dict[str, int] = {}
    for entry, line in zip(entries, entries.item_lines, strict=True):
        checked = _fact(entry, line, path=display, seen=seen, languages=languages)
        if isinstance(checked, Finding):
            findings.append(checked)
        else:
            facts[checked.id] = checked
    coincidences = _coincidences(data.get("coincidences", LineList()), area=area, path=display, findings=findings)
    return AreaFacts(area, display, facts, tuple(findings), coincidences)


def _coincidences(entries: object, *, area: str, path: str, findings: list[Finding]) -> frozenset[tuple[str, str]]:
    """`coincidences: [{value: "24", page: index.md, reason: "…"}]`: page optional (every page)."""
    if not isinstance(entries, LineList):
        findings.append(Finding(path, 1, "coincidences: is not a list", '- {value: "24", page: index.lv.md, reason: "the 24/7 line"}'))
        return frozenset()
    allowed = set()
    for entry, line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, dict) or "value" not in entry or not str(entry.get("reason") or "").strip():
            findings.append(
                Finding(
                    path, line, "a coincidence needs a value and a reason", '- {value: "24", page: index.lv.md, reason: "the 24/7 line"}'
                )
            )
            continue
        page = str(entry.get("page") or "")
        allowed.add((f"{area}/{page}" if page else "", str(entry["value"])))
    return frozenset(allowed)
