"""Fact parity: a translation states the same numbers, amounts, durations, phone numbers,
e-mail addresses and URLs as its source, digit for digit.

Facts are compared after normalising what legitimately differs between scripts and
languages: Persian and Arabic-Indic digits, thousands separators (۵۰۰٫۰۰۰ = 500 000 =
500,000), range dashes, spaces in phone numbers, Chinese ordinal numerals (第六步 = step 6).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

import lxml.etree
import lxml.html
import markdown

from kb.components.decision_tables.model import DecisionTable
from kb.core.findings import Finding
from kb.core.folding import ascii_digits
from kb.core.front_matter import body_of
from kb.core.numbers import NUMBER, PHONE, canonical_number, is_phone, phone_digits
from kb.pages import DocsScan

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


def facts(text: str) -> frozenset[str]:
    """The facts stated in plain text, canonical: 'url:…', 'email:…', 'phone:…', numbers."""
    text = normalise(text)
    found: set[str] = set()
    for pattern, kind in ((_URL, "url"), (_EMAIL, "email")):
        found.update(f"{kind}:{match.rstrip('.,;:')}" for match in pattern.findall(text))
        text = pattern.sub(" ", text)
    phones = [match.group() for match in PHONE.finditer(text) if is_phone(match.group())]
    found.update(f"phone:{phone_digits(phone)}" for phone in phones)
    for phone in phones:
        text = text.replace(phone, " ")
    found.update(canonical_number(number) for number in NUMBER.findall(text))
    return frozenset(found)


@cache
def _renderer() -> markdown.Markdown:
    # One renderer, reset between pages: building one per page cost more than rendering.
    return markdown.Markdown(extensions=["attr_list", "tables", "admonition", "md_in_html", "def_list"])


@lru_cache(maxsize=4096)  # a source page is compared with each of its translations
def page_text(markdown_body: str) -> str:
    """What a reader reads of a page body: Markdown rendered, then the text of the HTML (a
    space where each element starts, so words of adjacent cells stay apart)."""
    html = _renderer().reset().convert(markdown_body)
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

    def __bool__(self) -> bool:
        return bool(self.only_in_source or self.only_in_translation)

    def describe(self) -> str:
        parts = []
        if self.only_in_source:
            parts.append(f"only the source has {', '.join(sorted(self.only_in_source))}")
        if self.only_in_translation:
            parts.append(f"only the translation has {', '.join(sorted(self.only_in_translation))}")
        return "; ".join(parts)


def compare(source_text: str, translation_text: str, *, exceptions: Collection[str] = ()) -> FactDifference:
    """The facts that differ between two texts, less the reviewed exceptions."""
    allowed = {canonical_number(normalise(fact)) for fact in exceptions}
    source, translation = facts(source_text), facts(translation_text)
    return FactDifference(frozenset(source - translation - allowed), frozenset(translation - source - allowed))


def declared_exceptions(front_matter: Mapping[str, object]) -> list[str]:
    """The `fact_exceptions:` of a translation: [{fact: "…", reason: "…"}, …]."""
    entries = front_matter.get("fact_exceptions") or []
    if not isinstance(entries, list):
        return []
    return [str(entry["fact"]) for entry in entries if isinstance(entry, Mapping) and "fact" in entry and entry.get("reason")]


def _line_of_fact(page: str, fact: str) -> int:
    """The first body line of a page whose facts include fact, or 1.

    The front matter is skipped: its hashes and dates are not facts (a `translated_from`
    hash such as 90a7a02 would otherwise "contain" a 7)."""
    body = body_of(page)
    front_matter_lines = page[: len(page) - len(body)].count("\n")
    for number, line in enumerate(body.splitlines(), start=front_matter_lines + 1):
        if fact in facts(line):
            return number
    return 1


def page_fact_findings(
    *, source_path: str, source: str, translation_path: str, translation: str, exceptions: Collection[str] = ()
) -> list[Finding]:
    """A finding on the translation when its facts differ from its source page's."""
    difference = compare(page_text(body_of(source)), page_text(body_of(translation)), exceptions=exceptions)
    if not difference:
        return []
    first = sorted(difference.only_in_translation or difference.only_in_source)[0]
    line = _line_of_fact(translation, first) if difference.only_in_translation else 1
    return [
        Finding(
            translation_path,
            line,
            f"facts differ from the source {source_path}: {difference.describe()}",
            "state the same numbers, amounts, phone numbers, addresses and URLs as the source, or declare a reviewed fact_exceptions entry with a reason",
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
            difference = compare(source, translation) if language != table.source_language else None
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
    """Every translation's facts against its source's: pages, then decision-table texts."""
    findings = []
    for page in scan.pages:
        source = scan.source_file(page)
        if source is None:
            continue
        for translation in scan.pages[page].values():
            if translation is not source:
                findings += page_fact_findings(
                    source_path=source.path,
                    # As converted: what would stop Markdown is left out (kb.pages).
                    source=source.markdown,
                    translation_path=translation.path,
                    translation=translation.markdown,
                    exceptions=declared_exceptions(translation.fields),
                )
    for table_file in scan.tables.values():
        if table_file.table is not None:
            findings += table_fact_findings(table_file.table)
    return findings
