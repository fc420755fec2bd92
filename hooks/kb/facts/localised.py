"""A fact as readers see it, in the page's language: CLDR's words through Babel.

Numbers are grouped the language's way and written in the page's digits (Persian pages that
write ۱۴ get ۱۴); durations take the plural the number needs ("21 день", "14 дней", "2
nedēļas") from CLDR's unit names (format_unit), or, for units CLDR does not name (working
days, the toman), from unit_words.yml by Babel's plural category; amounts in an ISO currency
come from format_currency; dates from format_date. A script in the source language keeps the
fact's source wording exactly.

Two forms: "full" (the number with its unit) and "number" (the number alone, for a sentence
whose grammar puts the unit in a case of its own: "ne vēlāk kā {{fact:x:number}} darba stundu
laikā").
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from babel.units import format_unit

from kb.core.front_matter import body_of
from kb.core.languages import FALLBACK_LANGUAGE, cldr_locale
from kb.facts.registry import OWN_CURRENCIES, Fact

UNIT_WORDS_FILE = Path(__file__).with_name("unit_words.yml")
# CLDR's names for these units (format_unit's measurement units).
CLDR_UNITS = {unit: f"duration-{unit}" for unit in ("minute", "hour", "day", "week", "month", "year")}
RANGE_DASH = "–"

Form = Literal["full", "number"]
Digits = Literal["latn", "native"]


@cache
def unit_words() -> dict[str, dict[str, dict[str, str]]]:
    loaded: dict[str, dict[str, dict[str, str]]] = yaml.safe_load(UNIT_WORDS_FILE.read_text(encoding="utf-8"))
    return loaded


def _system(digits: Digits) -> str:
    # "default": the language's own number symbols in CLDR (Persian: ٬ for thousands).
    return "default" if digits == "native" else "latn"


# The zero of each CLDR numbering system a site language may write in; Babel names a
# language's system (Persian: arabext) and writes its symbols, but leaves the digits ASCII.
SYSTEM_ZEROS = {"arabext": "\u06f0", "arab": "\u0660", "deva": "\u0966", "beng": "\u09e6", "thai": "\u0e50", "fullwide": "\uff10"}


def writes_own_digits(language: str) -> bool:
    """Whether CLDR gives the language digits of its own (Persian ۰-۹)."""
    return cldr_locale(language).default_numbering_system in SYSTEM_ZEROS


def in_digits(text: str, *, language: str, digits: Digits) -> str:
    """text with its ASCII digits in the language's own digits, when the page writes those."""
    zero = SYSTEM_ZEROS.get(cldr_locale(language).default_numbering_system) if digits == "native" else None
    return text if zero is None else text.translate({ord("0") + offset: ord(zero) + offset for offset in range(10)})


def number(value: Decimal, *, language: str, digits: Digits = "latn") -> str:
    return format_decimal(value, locale=cldr_locale(language), numbering_system=_system(digits))


def _with_words(unit: str, amount: Decimal, written: str, *, language: str) -> str:
    """amount (already written in the page's digits) with a unit CLDR does not name."""
    words = unit_words()[unit]
    forms = words.get(language) or words[FALLBACK_LANGUAGE]
    category = cldr_locale(language).plural_form(amount)
    return (forms.get(category) or forms["other"]).replace("{0}", written)


def _cldr_unit(unit: str, amount: Decimal, *, language: str, digits: Digits) -> str:
    locale, system = cldr_locale(language), _system(digits)
    # Babel's data lacks some languages' long names (Persian, Chinese): CLDR then uses the short.
    for length in ("long", "short"):
        written = format_unit(amount, CLDR_UNITS[unit], length=length, locale=locale, numbering_system=system)
        if CLDR_UNITS[unit] not in written:
            return written
    return f"{number(amount, language=language, digits=digits)} {unit}"


def duration(unit: str, amount: Decimal, *, language: str, digits: Digits = "latn") -> str:
    """An amount of a unit of time ("3 дня", "2 weeks") with CLDR's plural, or the KB's own
    words for a unit CLDR does not name (unit_words.yml)."""
    if unit in CLDR_UNITS:
        return _cldr_unit(unit, amount, language=language, digits=digits)
    return _with_words(unit, amount, number(amount, language=language, digits=digits), language=language)


def _money(currency: str, amount: Decimal, *, language: str, digits: Digits) -> str:
    if currency in OWN_CURRENCIES:
        return _with_words(currency, amount, number(amount, language=language, digits=digits), language=language)
    locale = cldr_locale(language)
    pattern = locale.currency_formats["standard"].pattern
    if amount == amount.to_integral_value():
        pattern = pattern.replace(".00", "")  # whole amounts without ",00"
    return format_currency(amount, currency, pattern, locale=locale, currency_digits=False, numbering_system=_system(digits))


def _measured(value: dict[str, Any], amount: Decimal, *, language: str, digits: Digits) -> str:
    if "unit" in value:
        return duration(value["unit"], amount, language=language, digits=digits)
    if "currency" in value:
        return _money(value["currency"], amount, language=language, digits=digits)
    return number(amount, language=language, digits=digits)


def render(fact: Fact, *, language: str, form: Form = "full", digits: Digits = "latn", in_source_script: bool = False) -> str:
    """The fact as a page in language shows it."""
    if in_source_script and fact.source_wording:
        return fact.source_wording
    if fact.kind == "phone":
        return in_digits(str(fact.value), language=language, digits=digits)  # as the source groups it
    if fact.kind in ("email", "url", "address"):
        return str(fact.value)  # as the source writes it
    return in_digits(_rendered(fact, language=language, form=form, digits=digits), language=language, digits=digits)


def _rendered(fact: Fact, *, language: str, form: Form, digits: Digits) -> str:
    value = fact.value
    if fact.kind == "range":
        low, high = number(value["from"], language=language, digits=digits), number(value["to"], language=language, digits=digits)
        if form == "number":
            return f"{low}{RANGE_DASH}{high}"
        return _measured(value, value["to"], language=language, digits=digits).replace(high, f"{low}{RANGE_DASH}{high}", 1)
    if fact.kind in ("duration", "amount"):
        if form == "number":
            return number(value["amount"], language=language, digits=digits)
        return _measured(value, value["amount"], language=language, digits=digits)
    if fact.kind == "count":
        return number(value, language=language, digits=digits)
    if fact.kind == "percentage":
        if form == "number":
            return number(value, language=language, digits=digits)
        return format_percent(value / 100, locale=cldr_locale(language), numbering_system=_system(digits))
    if fact.kind == "date" and isinstance(value, datetime.date):
        return format_date(value, format="long", locale=cldr_locale(language))
    return str(value)


_NATIVE_DIGITS = re.compile(r"[\u06f0-\u06f9\u0660-\u0669]")
_ASCII_DIGITS = re.compile(r"[0-9]")
# What readers do not read: link targets, attribute lists ({#id}), HTML tags, code spans,
# component markers (`::: key-facts entekhab-1699`).
_NOT_PROSE = re.compile(r"\]\([^)]*\)|\{[#.:][^}]*\}|<[^>]*>|`[^`]*`|^:::.*$|^\s*\d+[.)]\s", re.MULTILINE)
# A say block's script, kept in the source language's own digits whatever the page's.
_SAY_BLOCK = re.compile(r"^!!! say\b.*\n(?:(?:[ ]{4}.*)?\n)*", re.MULTILINE)


def page_digits(markdown: str, *, language: str) -> Digits:
    """The digits a page writes its numbers in: its own script's when most of its prose does
    (list numbers, scripts, link targets and markers are not prose), or, when its prose has
    no digits, when the language writes its own (Persian)."""
    prose = _NOT_PROSE.sub(" ", _SAY_BLOCK.sub("\n", body_of(markdown)))
    native, ascii_digits = len(_NATIVE_DIGITS.findall(prose)), len(_ASCII_DIGITS.findall(prose))
    if native or ascii_digits:
        return "native" if native > ascii_digits else "latn"
    return "native" if writes_own_digits(language) else "latn"
