"""Numbers as written in any script, and their canonical forms.

Shared by fact parity (a translation states the same numbers as its source) and the search
index (a query in any digit style finds a number in any other): Persian and Arabic-Indic
digits become ASCII, thousands groups lose their separators (۵۰۰٫۰۰۰ = 500 000 = 500,000 =
500000), phone numbers lose their spaces, dashes and brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kb.core.folding import ascii_digits, folding_table

# Seven or more digits in groups split by spaces, dashes or brackets: a phone number.
PHONE = re.compile(r"(?<![\d.,])\+?\d[\d ()\u00a0-]{5,}\d(?!\d|[.,]\d)")  # a full stop may end the sentence
SEPARATORS = re.escape(folding_table().number_separators)
NUMBER = re.compile(rf"\d{{1,3}}(?:[{SEPARATORS}]\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?")
_GROUPED = re.compile(rf"\d{{1,3}}(?:[{SEPARATORS}]\d{{3}})+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# How many trailing digits identify a phone number whatever its country or trunk prefix.
PHONE_DIGITS = 10


def canonical_number(number: str) -> str:
    """'500 000', '500,000', '500.000' (thousands) -> '500000'; '1,5' -> '1.5'."""
    if _GROUPED.fullmatch(number):
        return re.sub(rf"[{SEPARATORS}]", "", number)
    return number.replace(",", ".")


def is_phone(candidate: str) -> bool:
    """Seven digits or more, and neither a grouped amount such as 3 000 000 nor a date such as
    2026-12-04."""
    written = candidate.strip()
    return len(re.sub(r"\D", "", written)) >= 7 and _GROUPED.fullmatch(written) is None and _DATE.fullmatch(written) is None


def phone_digits(phone: str) -> str:
    """A phone number's last ten digits: 8 800 200 58 88 and +7 800 200-58-88 agree."""
    return re.sub(r"\D", "", phone)[-PHONE_DIGITS:]


@dataclass(frozen=True)
class WrittenNumber:
    """A number or phone number in a text: where it ends, and its canonical ASCII forms."""

    end: int
    written: str
    forms: tuple[str, ...]


def written_numbers(text: str) -> Iterator[WrittenNumber]:
    """Every phone number and number in text (any digits), with its canonical forms."""
    ascii_text = ascii_digits(text)  # same length: offsets stay valid
    taken: list[tuple[int, int]] = []
    for match in PHONE.finditer(ascii_text):
        if is_phone(match.group()):
            taken.append(match.span())
            digits = re.sub(r"\D", "", match.group())
            yield WrittenNumber(match.end(), text[match.start() : match.end()], tuple(dict.fromkeys((digits, phone_digits(digits)))))
    for match in NUMBER.finditer(ascii_text):
        if not any(start <= match.start() < end for start, end in taken):
            yield WrittenNumber(match.end(), text[match.start() : match.end()], (canonical_number(match.group()),))
