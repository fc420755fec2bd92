"""Numbers written as words, read as the numbers they state, in every site language.

Fact parity compares the numbers of a translation with its source's; a number written as a
word ("divas nedēļas", "две недели", "دو هفته", 两周, "two weeks") is as much a fact as one in
digits. The words for 2 to 1000 come from num2words (every Russian case and gender) and cn2an
(Chinese); number_words.yml adds fractions, Latvian endings, words that are mostly not
numbers, and the Chinese measure words a numeral must come before. A language neither
library knows has no number words: its digits are still compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import cn2an
import yaml
from num2words import CONVERTER_CLASSES, num2words

DATA_FILE = Path(__file__).with_name("number_words.yml")

_RUSSIAN_CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")
_RUSSIAN_GENDERS = ("m", "f", "n")
_WORD = re.compile(r"\w+")
_CHINESE_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]+")


@dataclass(frozen=True)
class WordNumber:
    """A number stated in words: as written, and its canonical form ('2', '0.5')."""

    written: str
    canonical: str


@dataclass(frozen=True)  # cached_property needs the instance's __dict__: no slots
class LanguageWords:
    """One language's number words: each written form (lower case, ё as е) and its value."""

    forms: Mapping[str, str] = field(default_factory=dict)
    measure_words: tuple[str, ...] = ()  # zh: a numeral counts only before one of these

    @cached_property
    def longest(self) -> int:
        """The most words a form has."""
        return max((len(form.split()) for form in self.forms), default=0)

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The words a form starts with: a phrase starting with any other word is no number."""
        return frozenset(form.split()[0] for form in self.forms if form.split())


def canonical(value: float) -> str:
    """2.0 -> '2', 0.5 -> '0.5': as kb.core.numbers writes a number in digits."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _folded(word: str) -> str:
    return word.lower().replace("ё", "е")


def _cardinals(language: str, value: int, *, endings: tuple[str, ...]) -> Iterator[str]:
    if language == "ru":
        for case in _RUSSIAN_CASES:
            for gender in _RUSSIAN_GENDERS:
                yield num2words(value, lang="ru", case=case, gender=gender)
        return
    words = num2words(value, lang=language)
    yield words
    if language == "en":
        yield words.replace("-", " ")  # the text's words are compared, not its hyphens
        yield words.replace(" and ", " ").replace("-", " ")
        if words.startswith("one "):
            yield "a " + words.removeprefix("one ").replace("-", " ")
    *head, last = words.split()
    if endings and last.endswith(endings[0]):
        stem = last.removesuffix(endings[0])
        yield from (" ".join([*head, stem + ending]) for ending in endings)


@dataclass(frozen=True)
class WordSettings:
    """What number_words.yml says about one language."""

    fractions: Mapping[str, float] = field(default_factory=dict)
    not_numbers: frozenset[str] = frozenset()
    endings: tuple[str, ...] = ()
    extra_forms: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    measure_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordData:
    smallest: int
    largest: int
    languages: Mapping[str, WordSettings]


@cache
def word_data() -> WordData:
    """number_words.yml, read once (it is the KB's own file, not an editor's)."""
    data: dict[str, Any] = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    languages = {
        str(language): WordSettings(
            fractions={_folded(str(form)): float(value) for form, value in (settings.get("fractions") or {}).items()},
            not_numbers=frozenset(_folded(str(word)) for word in settings.get("not_numbers") or []),
            endings=tuple(str(ending) for ending in settings.get("endings") or []),
            extra_forms={int(value): tuple(str(form) for form in forms) for value, forms in (settings.get("extra_forms") or {}).items()},
            measure_words=tuple(str(word) for word in settings.get("measure_words") or []),
        )
        for language, settings in (data.get("languages") or {}).items()
    }
    return WordData(int(data["smallest"]), int(data["largest"]), languages)


@cache
def language_words(language: str) -> LanguageWords:
    """The number words of a language (none for a language neither library knows)."""
    data = word_data()
    settings = data.languages.get(language, WordSettings())
    fractions = {form: canonical(value) for form, value in settings.fractions.items()}
    if language == "zh":
        return LanguageWords(forms=fractions, measure_words=settings.measure_words)
    if language not in CONVERTER_CLASSES:
        return LanguageWords()
    forms: dict[str, str] = {}
    for value in range(data.smallest, data.largest + 1):
        for form in [*_cardinals(language, value, endings=settings.endings), *settings.extra_forms.get(value, ())]:
            forms.setdefault(_folded(form), canonical(value))
    forms.update(fractions)
    return LanguageWords(forms={form: value for form, value in forms.items() if form not in settings.not_numbers})


def _chinese_numbers(text: str, words: LanguageWords) -> Iterator[WordNumber]:
    fractions = sorted(words.forms, key=len, reverse=True)
    covered: list[tuple[int, int]] = []
    for form in fractions:
        for match in re.finditer(re.escape(form), text):
            covered.append(match.span())
            yield WordNumber(match.group(), words.forms[form])
    data = word_data()
    for match in _CHINESE_NUMERAL.finditer(text):
        if any(start <= match.start() < end for start, end in covered):
            continue
        if not text.startswith(words.measure_words, match.end()):
            continue
        try:
            value = cn2an.cn2an(match.group(), "normal")  # 两 as 2; 一二三 read digit by digit
        except (ValueError, KeyError):
            continue  # not a numeral cn2an can read
        if data.smallest <= value <= data.largest:
            yield WordNumber(match.group(), canonical(value))


def word_numbers(text: str, *, language: str) -> Iterator[WordNumber]:
    """Every number text states in words, longest phrase first ("двадцать два" is 22, not
    20 and 2)."""
    words = language_words(language)
    if language == "zh":
        yield from _chinese_numbers(text, words)
        return
    if not words.forms:
        return
    tokens = list(_WORD.finditer(text))
    folded = [_folded(token.group()) for token in tokens]
    longest, first_words, index = words.longest, words.first_words, 0
    while index < len(tokens):
        if folded[index] not in first_words:  # most words: no phrase to try
            index += 1
            continue
        for length in range(min(longest, len(tokens) - index), 0, -1):
            phrase = " ".join(folded[index : index + length])
            if phrase in words.forms:
                yield WordNumber(text[tokens[index].start() : tokens[index + length - 1].end()], words.forms[phrase])
                index += length
                break
        else:
            index += 1
