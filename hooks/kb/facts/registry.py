"""An area's fact registry, `docs/<area>/facts.yml`, read and checked at file:line.

    facts:
      - id: reply-deadline
        kind: duration
        value: {amount: 24, unit: working-hour}
        label: {lv: Atbildes termiņš, en: Reply deadline, ru: …, fa: …, zh: …}  # every language
        source: "24 darba stundu"      # optional: the wording a source-language script keeps

A duration a script words in another unit keeps one wording per unit, `source: {day: "14
дней", week: "2-х недель"}`, and pages refer to it in that unit: `{{fact:returns.period:week}}`.
Each wording must state the value (in its unit): a value changed without its script's words
is refused, so a script never contradicts the page around it.

Kinds and their values:
- duration: {amount, unit} with unit minute, hour, day, week, month, year, working-hour,
  working-day;
- amount: {amount, currency} (an ISO 4217 code, or toman);
- count: {amount}; percentage: {amount};
- phone, email, url, address: the text itself (a phone number as the source writes it, short
  service numbers such as 1699 included; `dial: "+78002005888"` when the number to dial is
  not just its digits; an address as written in the source);
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
from kb.core.number_words import word_numbers
from kb.core.yaml_source import LineDict, LineList, SourceError, load_yaml, read_mapping

FACTS_FILE = "facts.yml"
FACT_ID = re.compile(r"[a-z]+(?:[.-][a-z]+)*")
KINDS = ("duration", "amount", "count", "percentage", "phone", "email", "url", "address", "date", "range")
TIME_UNITS = ("minute", "hour", "day", "week", "month", "year", "working-hour", "working-day")
# Currencies Babel (CLDR) does not know, written with the KB's own words (unit_words.yml).
OWN_CURRENCIES = ("toman",)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?\d(?:[\d ()\-]*\d){2,}")
_DIAL = re.compile(r"\+?\d{3,15}")
# Exact conversions between time units, for a duration worded in another unit (14 days = 2 weeks).
# Working hours and days have no fixed size, nor months in days.
_UNIT_SIZES = ({"minute": 1, "hour": 60, "day": 1440, "week": 10080}, {"month": 1, "year": 12})
_WORDING_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_EXAMPLE = "- {id: reply-deadline, kind: duration, value: {amount: 24, unit: working-hour}}"
_SHAPE = ("the registry is not a mapping with facts:", f"start it with facts: and a list: {_EXAMPLE}")


@dataclass(frozen=True)
class Fact:
    """One policy fact of an area."""

    id: str
    kind: str
    value: Any  # Decimal, str, date, or a dict of them (see the module's docstring)
    line: int
    # The words a source-language script keeps, by the unit they word it in ("" for the
    # fact's own unit, or a fact that is not a duration).
    source_wordings: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # what the Key facts page calls it, per language
    dial: str = ""  # a phone's tel: target

    @property
    def source_wording(self) -> str:
        return self.source_wordings.get("", "")

    @property
    def tel(self) -> str:
        """A phone's link target: its dial: number, or its own digits."""
        if self.dial:
            return f"tel:{self.dial}"
        text = str(self.value)
        return "tel:" + ("+" if text.startswith("+") else "") + re.sub(r"\D", "", text)

    @property
    def units(self) -> tuple[str, ...]:
        """The time units a page may word this duration in (its own first)."""
        own = self.value.get("unit") if isinstance(self.value, dict) else None
        if own is None:
            return ()
        return tuple(unit for unit in (own, *TIME_UNITS) if in_unit(self, unit) is not None)

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


def _sizes(unit: str, other: str) -> tuple[int, int] | None:
    """The sizes of unit and other in a common measure (None: no exact conversion, as between
    days and months)."""
    for sizes in _UNIT_SIZES:
        if unit in sizes and other in sizes:
            return sizes[unit], sizes[other]
    return None


def in_unit(fact: Fact, unit: str) -> Fact | None:
    """fact as a whole number of unit (14 days as 2 weeks); None when it is not one, or not a
    duration."""
    value = fact.value
    if not isinstance(value, dict) or "unit" not in value:
        return None
    if unit == value["unit"]:
        return fact
    sizes = _sizes(value["unit"], unit)
    if sizes is None:
        return None
    converted = dict(value, unit=unit)
    for key in ("amount", "from", "to"):
        if key in value:
            whole, rest = divmod(value[key] * sizes[0], sizes[1])
            if rest:
                return None
            converted[key] = whole
    return Fact(fact.id, fact.kind, converted, fact.line, fact.source_wordings, fact.labels, fact.dial)


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
    unknown = sorted(str(key) for key in entry if key not in ("id", "kind", "value", "label", "source", "dial"))
    if unknown:
        return Finding(
            path,
            entry.line_of(unknown[0]),
            f"fact '{fact_id}' has {', '.join(unknown)}, which a fact does not have",
            "keep id, kind, value, label and, for scripts, source (phones: dial)",
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
    labels_by_language = {str(language): str(text).strip() for language, text in labels.items()}
    dial = entry.get("dial", "")
    if dial and (kind != "phone" or not _DIAL.fullmatch(str(dial))):
        return Finding(
            path,
            entry.line_of("dial"),
            f"fact '{fact_id}': dial {quoted(dial)} is not the digits of a phone's number to dial",
            'give phones only the number as dialled, + and digits: dial: "+78002005888"',
        )
    fact = Fact(fact_id, str(kind), value, line, {}, labels_by_language, str(dial))
    wordings = _source_wordings(entry.get("source", ""), fact)
    if isinstance(wordings, str):
        return Finding(
            path,
            entry.line_of("source"),
            f"fact '{fact_id}': {wordings}",
            'write source: "14 дней", or {day: "14 дней", week: "2-х недель"}',
        )
    return Fact(fact_id, str(kind), value, line, wordings, labels_by_language, str(dial))


def _stated_numbers(wording: str) -> frozenset[Decimal]:
    """The numbers a script's wording states, in digits or, failing those, in words."""
    digits = frozenset(Decimal(found.replace(",", ".")) for found in _WORDING_NUMBER.findall(wording))
    if digits:
        return digits
    return frozenset(
        Decimal(found.canonical) for language in ("ru", "lv", "fa", "zh", "en") for found in word_numbers(wording, language=language)
    )


def _source_wordings(source: object, fact: Fact) -> dict[str, str] | str:
    """The fact's source wordings by unit, each checked to state the value in its unit; or what
    is wrong with them."""
    own = str(fact.value.get("unit", "")) if isinstance(fact.value, dict) else ""
    if isinstance(source, str):
        wordings = {own: source.strip()} if source.strip() else {}
    elif isinstance(source, dict) and own and all(isinstance(text, str) and text.strip() for text in source.values()):
        wordings = {str(unit): str(text).strip() for unit, text in source.items()}
    else:
        return "source must be the script's words in quotes (a duration may map units to words)"
    checked = {}
    for unit, wording in wordings.items():
        in_its_unit = in_unit(fact, unit) if unit else fact
        if in_its_unit is None:
            return f"source {quoted(wording)} is for {quoted(unit)}, and {fact.id} is not a whole number of {unit}s"
        stated = frozenset(in_its_unit.numbers)
        if stated and _stated_numbers(wording) != stated:
            numbers = ", ".join(str(number) for number in sorted(stated))
            return f"source {quoted(wording)} does not say {numbers}, the value" + (f" in {unit}s" if unit and unit != own else "")
        checked["" if unit == own else unit] = wording
    return checked


def read_area_facts(file: Path, *, area: str, display: str, languages: Collection[str]) -> AreaFacts:
    """The facts of one area's registry, each checked; a broken fact is left out, with a finding."""
    findings: list[Finding] = []
    data = read_mapping(
        file,
        display=display,
        findings=findings,
        shape=_SHAPE,
    )
    return _area_facts(data, findings, area=area, display=display, languages=languages)


def area_facts_of_text(text: str, *, area: str, display: str, languages: Collection[str]) -> AreaFacts:
    """read_area_facts of a registry's text (as an earlier commit had it, say)."""
    findings: list[Finding] = []
    try:
        data = load_yaml(text, path=display)
    except SourceError as error:
        return AreaFacts(area, display, {}, (error.finding,))
    if not isinstance(data, LineDict):
        data = LineDict()
    return _area_facts(data, findings, area=area, display=display, languages=languages)


def _area_facts(data: LineDict, findings: list[Finding], *, area: str, display: str, languages: Collection[str]) -> AreaFacts:
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
