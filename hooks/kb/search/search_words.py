"""The words search knows beyond the pages' own, as editors maintain them (search/ at the
repository root), checked at file:line:

- search/organisations.yml: per area, the words that name its organisation or product in a
  query (Entekhab, 暴风, SWOPiFY, ИМ): with no area chosen, such a query ranks that area first.
- search/synonyms/<language>.yml: per area (or `all`), sets of terms that mean the same
  (`same`: each finds the others) and one-way expansions (`expand`: slang or an abbreviation
  -> the words pages use). Each area's glossary abbreviations are added as expansions.

Everything is compared folded and in lower case, as queries are (kb.core.folding).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kb.core.findings import MAX_QUOTED, Finding, shortened
from kb.core.folding import fold, loose
from kb.core.yaml_source import LineDict, LineList, read_mapping
from kb.search.text import HAN

SEARCH_FOLDER = "search"
ORGANISATIONS_FILE = "organisations.yml"
SYNONYMS_FOLDER = "synonyms"
ALL_AREAS = "all"
# A glossary definition is searched by its first words: enough to name the thing.
DEFINITION_WORDS = 4
_DEFINITION_END = re.compile(r"[(;,.:—]")


_SPACE_IN_HAN = re.compile(f"(?<=[{HAN}])\\s+(?=[{HAN}])")


def search_form(term: str) -> str:
    """A term as the worker compares it with a query (search-plan.js: searchForm): folded,
    loose, single-spaced, Chinese characters side by side (the query has each as a word)."""
    return _SPACE_IN_HAN.sub("", " ".join(loose(fold(term)).split()))


@dataclass(frozen=True)
class Expansion:
    """Typing `term` also searches each of `alternatives` (in `area`, or any area for all)."""

    area: str
    term: str
    alternatives: tuple[str, ...]


@dataclass
class SearchWords:
    organisations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # area -> its names
    expansions: dict[str, list[Expansion]] = field(default_factory=dict)  # language -> expansions
    findings: list[Finding] = field(default_factory=list)

    def for_language(self, language: str) -> dict[str, object]:
        """What the search worker of one language gets."""
        return {
            "organisations": {area: list(names) for area, names in self.organisations.items()},
            "expansions": [
                {"area": item.area, "term": item.term, "alternatives": list(item.alternatives)}
                for item in self.expansions.get(language, [])
            ],
        }


def _terms(value: object, *, path: str, line: int, what: str, findings: list[Finding]) -> tuple[str, ...]:
    """A checked list of terms, in search form; a finding for each fault."""
    if not isinstance(value, list) or not value:
        findings.append(Finding(path, line, f"{what} must be a list of terms", "write the terms as a list: [term, other term]"))
        return ()
    terms = []
    for term in value:
        form = search_form(str(term)) if isinstance(term, (str, int)) and not isinstance(term, bool) else ""
        if not form:
            findings.append(Finding(path, line, f"{what} holds an empty term {shortened(repr(term), MAX_QUOTED)}", "remove it"))
        elif form in terms:
            findings.append(Finding(path, line, f"{what} lists '{shortened(term, MAX_QUOTED)}' twice", "list each term once"))
        else:
            terms.append(form)
    return tuple(terms)


def _read(path: Path, display: str, findings: list[Finding]) -> LineDict:
    shape = ("the file is not a set of `area: ...` entries", "start each entry with an area's folder name")
    return read_mapping(path, display=display, findings=findings, shape=shape)


def _area_known(area: object, *, areas: Collection[str], allow_all: bool, path: str, line: int, findings: list[Finding]) -> bool:
    if area in areas or (allow_all and area == ALL_AREAS):
        return True
    choices = ", ".join([*sorted(areas), *([ALL_AREAS] if allow_all else [])])
    findings.append(Finding(path, line, f"'{area}' is not an area", f"use one of: {choices}"))
    return False


def read_organisations(path: Path, *, display: str, areas: Collection[str], findings: list[Finding]) -> dict[str, tuple[str, ...]]:
    data = _read(path, display, findings) if path.exists() else LineDict()
    names: dict[str, tuple[str, ...]] = {}
    owner: dict[str, str] = {}
    for area, value in data.items():
        line = data.line_of(area)
        if not _area_known(area, areas=areas, allow_all=False, path=display, line=line, findings=findings):
            continue
        terms = _terms(value, path=display, line=line, what=f"the names of {area}", findings=findings)
        for term in terms:
            if term in owner:
                findings.append(Finding(display, line, f"'{term}' names both {owner[term]} and {area}", "keep the name under one area"))
            owner.setdefault(term, str(area))
        names[str(area)] = terms
    return names


def read_synonyms(path: Path, *, display: str, areas: Collection[str], findings: list[Finding]) -> list[Expansion]:
    data = _read(path, display, findings)
    expansions: list[Expansion] = []
    seen_sets: dict[frozenset[str], int] = {}
    for area, entry in data.items():
        line = data.line_of(area)
        if not _area_known(area, areas=areas, allow_all=True, path=display, line=line, findings=findings):
            continue
        if not isinstance(entry, LineDict) or set(entry) - {"same", "expand"}:
            findings.append(Finding(display, line, f"{area}: write `same:` and `expand:` only", "see the comment at the top of the file"))
            continue
        same = entry.get("same") or LineList()
        for index, value in enumerate(same if isinstance(same, LineList) else []):
            set_line = same.item_lines[index] if isinstance(same, LineList) else line
            terms = _terms(value, path=display, line=set_line, what="a set of synonyms", findings=findings)
            key = frozenset(terms)
            if len(terms) < 2:
                findings.append(
                    Finding(display, set_line, "a set of synonyms needs two terms or more", "add the other terms, or remove it")
                )
            elif key in seen_sets:
                findings.append(Finding(display, set_line, f"this set repeats the set on line {seen_sets[key]}", "remove one of them"))
            else:
                seen_sets[key] = set_line
                expansions += [Expansion(str(area), term, tuple(other for other in terms if other != term)) for term in terms]
        expand = entry.get("expand") or LineDict()
        for term, value in expand.items() if isinstance(expand, LineDict) else []:
            term_line = expand.line_of(term)
            form = search_form(str(term))
            alternatives = _terms(value, path=display, line=term_line, what=f"the expansion of '{term}'", findings=findings)
            if form and alternatives:
                expansions.append(Expansion(str(area), form, alternatives))
    return expansions


def glossary_expansions(area: str, entries: list[tuple[str, str]]) -> list[Expansion]:
    """An area's abbreviations, each expanded to the first words of its definition."""
    expansions = []
    for term, definition in entries:
        words = _DEFINITION_END.split(definition, maxsplit=1)[0].split()[:DEFINITION_WORDS]
        alternative, form = search_form(" ".join(words)), search_form(term)
        if alternative and form and alternative != form:
            expansions.append(Expansion(area, form, (alternative,)))
    return expansions


def read_search_words(
    project_dir: Path, *, languages: Collection[str], areas: Collection[str], glossaries: Mapping[tuple[str, str], list[tuple[str, str]]]
) -> SearchWords:
    """search/ read and checked; glossaries: (area, language) -> the glossary's entries."""
    folder = project_dir / SEARCH_FOLDER
    words = SearchWords()
    words.organisations = read_organisations(
        folder / ORGANISATIONS_FILE, display=f"{SEARCH_FOLDER}/{ORGANISATIONS_FILE}", areas=areas, findings=words.findings
    )
    for language in languages:
        path = folder / SYNONYMS_FOLDER / f"{language}.yml"
        display = f"{SEARCH_FOLDER}/{SYNONYMS_FOLDER}/{language}.yml"
        listed = read_synonyms(path, display=display, areas=areas, findings=words.findings) if path.exists() else []
        from_glossaries = [
            item for (area, lang), entries in glossaries.items() if lang == language for item in glossary_expansions(area, entries)
        ]
        words.expansions[language] = listed + from_glossaries
    return words
