"""Fact parity: a translation states the same numbers, amounts, durations, phone numbers,
e-mail addresses and URLs as its source, digit for digit.

Facts are compared after normalising what legitimately differs between scripts and
languages: Persian and Arabic-Indic digits, thousands separators (۵۰۰٫۰۰۰ = 500 000 =
500,000), range dashes, spaces in phone numbers, Chinese ordinal numerals (第六步 = step 6),
and numbers written as words in the text's language ("divas nedēļas" = "two weeks" = 2;
kb.core.number_words). A reference to a policy fact (`{{fact:id}}`, kb.facts) is compared as
itself: a translation refers to the same facts as its source, page by page and row by row.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

import lxml.etree
import lxml.html
import markdown

from kb.components.decision_tables.model import DecisionTable
from kb.core.findings import Finding
from kb.core.folding import ascii_digits
from kb.core.front_matter import body_lines, body_of
from kb.core.number_words import word_numbers
from kb.core.numbers import NUMBER, PHONE, canonical_number, is_phone, phone_digits
from kb.core.parity import corresponding_line
from kb.facts.references import protected, referenced_ids, without_references
from kb.pages import DocsScan
from kb.translation.fact_exceptions import misplaced_exceptions, source_exceptions, unused_exception

_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_ORDINAL = re.compile(r"第([一二两三四五六七八九十]+)")
_URL = re.compile(r"https?://[^\s<>()\"'»]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _chinese_number(numeral: str) -> int:
    """一..九十九 as a number (enough for ordinals such as 第六步)."""
    if "十" not in numeral:
        return _CHINESE_DIGITS.get(numeral, 0)
    tens, _, units = numeral.partition("十")
    return (_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0)


def normalise(text: str) -> str:
    """Text with ASCII digits and Chinese ordinals as numbers."""
    text = ascii_digits(text)
    return _CHINESE_ORDINAL.sub(lambda match: f"第{_chinese_number(match.group(1))}", text)


def stated_facts(text: str, *, language: str | None = None) -> dict[str, str]:
    """The facts stated in plain text, canonical ('url:…', 'email:…', 'phone:…', numbers),
    each with the words that stated it when it was written in words ('2': 'divas'), else
    with itself. Number words are read in language's words (none when it is not given)."""
    return dict(_stated_facts(text, language))


@lru_cache(maxsize=8192)  # a source page is compared with each of its translations; kept across serve rebuilds
def _stated_facts(text: str, language: str | None) -> tuple[tuple[str, str], ...]:
    # A reference to a policy fact ({{fact:id}}) is a fact itself: the same in every language.
    found: dict[str, str] = {f"fact:{fact_id}": f"fact:{fact_id}" for fact_id in sorted(referenced_ids(text))}
    text = normalise(without_references(text))
    for pattern, kind in ((_URL, "url"), (_EMAIL, "email")):
        found.update((fact, fact) for fact in (f"{kind}:{match.rstrip('.,;:')}" for match in pattern.findall(text)))
        text = pattern.sub(" ", text)
    phones = [match.group() for match in PHONE.finditer(text) if is_phone(match.group())]
    found.update((fact, fact) for fact in (f"phone:{phone_digits(phone)}" for phone in phones))
    for phone in phones:
        text = text.replace(phone, " ")
    found.update((fact, fact) for fact in (canonical_number(number) for number in NUMBER.findall(text)))
    for number in word_numbers(text, language=language) if language else ():
        found.setdefault(number.canonical, number.written)
    return tuple(found.items())


def facts(text: str, *, language: str | None = None) -> frozenset[str]:
    """The facts stated in plain text, canonical (stated_facts)."""
    return frozenset(stated_facts(text, language=language))


@cache
def _renderer() -> markdown.Markdown:
    # One renderer, reset between pages: building one per page cost more than rendering.
    return markdown.Markdown(extensions=["attr_list", "tables", "admonition", "md_in_html", "def_list"])


@lru_cache(maxsize=4096)  # a source page is compared with each of its translations
def page_text(markdown_body: str) -> str:
    """What a reader reads of a page body: Markdown rendered, then the text of the HTML (a
    space where each element starts, so words of adjacent cells stay apart)."""
    html = _renderer().reset().convert(protected(markdown_body))
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter(lxml.etree.Element):
        element.text = " " + (element.text or "")
    return str(root.text_content())


@dataclass(frozen=True)
class FactDifference:
    only_in_source: frozenset[str]
    only_in_translation: frozenset[str]
    # How a fact written in words was written ('2': 'divas'), for the message.
    in_words: Mapping[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.only_in_source or self.only_in_translation)

    def without(self, exceptions: Collection[str]) -> FactDifference:
        """This difference less the reviewed exceptions (written in any digits)."""
        allowed = {canonical_number(normalise(fact)) for fact in exceptions}
        return FactDifference(self.only_in_source - allowed, self.only_in_translation - allowed, self.in_words)

    def _named(self, found: frozenset[str]) -> str:
        return ", ".join(f'{fact} ("{self.in_words[fact]}")' if fact in self.in_words else fact for fact in sorted(found))

    def describe(self) -> str:
        parts = []
        if self.only_in_source:
            parts.append(f"only the source has {self._named(self.only_in_source)}")
        if self.only_in_translation:
            parts.append(f"only the translation has {self._named(self.only_in_translation)}")
        return "; ".join(parts)


def compare(
    source_text: str,
    translation_text: str,
    *,
    exceptions: Collection[str] = (),
    source_language: str | None = None,
    translation_language: str | None = None,
) -> FactDifference:
    """The facts that differ between two texts, less the reviewed exceptions; numbers written
    as words count when each text's language is given."""
    source = stated_facts(source_text, language=source_language)
    translation = stated_facts(translation_text, language=translation_language)
    in_words = {fact: written for stated in (translation, source) for fact, written in stated.items() if written != fact}
    return FactDifference(frozenset(source.keys() - translation.keys()), frozenset(translation.keys() - source.keys()), in_words).without(
        exceptions
    )


def _line_of_fact(page: str, fact: str, *, language: str) -> int | None:
    """The first body line of a page whose facts include fact, if one does.

    The front matter is skipped: its hashes and dates are not facts (a `translated_from`
    hash such as 90a7a02 would otherwise "contain" a 7)."""
    for number, line in body_lines(page):
        if fact in facts(page_text(line), language=language):
            return number
    return None


@dataclass(frozen=True)
class LanguageFile:
    """One language's file of a page, as fact parity reads it."""

    path: str
    text: str
    language: str


def page_difference(source: LanguageFile, translation: LanguageFile) -> FactDifference:
    return compare(
        page_text(body_of(source.text)),
        page_text(body_of(translation.text)),
        source_language=source.language,
        translation_language=translation.language,
    )


def page_fact_findings(source: LanguageFile, translation: LanguageFile, *, exceptions: Collection[str] = ()) -> list[Finding]:
    """A finding on the translation when its facts differ from its source page's, at the
    line of the first fact only it has, or else the line where it should say the first
    fact only the source has."""
    difference = page_difference(source, translation).without(exceptions)
    if not difference:
        return []
    if difference.only_in_translation:
        line = _line_of_fact(translation.text, sorted(difference.only_in_translation)[0], language=translation.language)
    else:
        in_source = _line_of_fact(source.text, sorted(difference.only_in_source)[0], language=source.language)
        line = None if in_source is None else corresponding_line(source.text, in_source, translation.text)
    return [
        Finding(
            translation.path,
            line or 1,
            f"facts differ from the source {source.path}: {difference.describe()}",
            "state the same numbers, amounts, phone numbers, addresses and URLs as the source (numbers in words count too), "
            f"or ask the policy's owners for a reviewed fact_exceptions entry in {source.path}",
        )
    ]


def table_fact_findings(table: DecisionTable) -> list[Finding]:
    """Each translated cell of a decision table states the same facts as its source-language text."""
    findings = []
    for where, text in table.texts():
        source = text.by_language.get(table.source_language)
        if source is None:
            continue
        for language, translation in sorted(text.by_language.items()):
            difference = (
                compare(source, translation, source_language=table.source_language, translation_language=language)
                if language != table.source_language
                else None
            )
            if difference:
                findings.append(
                    Finding(
                        table.path,
                        text.line,
                        f"{where}: the {language} text's facts differ from the {table.source_language} text: {difference.describe()}",
                        f"state the same facts in {language} as in {table.source_language}",
                    )
                )
    return findings


def scan_fact_findings(scan: DocsScan) -> list[Finding]:
    """Every translation's facts against its source's (less the exceptions the source
    declares), then decision-table texts; exceptions misplaced, malformed or unused."""
    findings: list[Finding] = []
    for page in scan.pages:
        source = scan.source_file(page)
        if source is None:
            continue
        declared = source_exceptions(source.fields, text=source.text, path=source.path, languages=scan.languages)
        findings += declared.findings
        used: set[tuple[str, str]] = set()
        # As converted: what would stop Markdown is left out (kb.pages).
        source_file = LanguageFile(source.path, source.markdown, source.language)
        for translation in scan.pages[page].values():
            if translation is source:
                continue
            findings += misplaced_exceptions(
                translation.fields, text=translation.text, path=translation.path, source_path=source.path, language=translation.language
            )
            translation_file = LanguageFile(translation.path, translation.markdown, translation.language)
            allowed = declared.facts_for(translation.language)
            if allowed:
                raw = page_difference(source_file, translation_file)
                used.update((fact, translation.language) for fact in allowed & (raw.only_in_source | raw.only_in_translation))
            findings += page_fact_findings(source_file, translation_file, exceptions=allowed)
        findings += [
            unused_exception(exception, path=source.path)
            for exception in declared.exceptions
            if not any(exception.fact == fact and exception.holds_for(language) for fact, language in used)
        ]
    for table_file in scan.tables.values():
        if table_file.table is not None:
            findings += table_fact_findings(table_file.table)
    return findings
