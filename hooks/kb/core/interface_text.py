"""The KB's own interface words in each site language, read from `languages/<code>.yml`.

Interface text is data: one file per language beside mkdocs.yml, with the keys of the default
language's file. A language's file also says what search needs of it (stop words, stem
endings). Names of languages come from CLDR (kb.core.languages), not from the files.

A missing file, key or placeholder is a finding at the file and line; the page is still
built, with the default language's words in the gap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kb.core.findings import Finding
from kb.core.languages import Languages, language_name
from kb.core.plain_text import PLAIN_TEXT_FIX, markup_in
from kb.core.yaml_source import LineDict, read_mapping

INTERFACE_TEXT_FOLDER = "languages"
STATES = ("source", "up-to-date", "outdated", "missing")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class SearchWords:
    """What search needs of a language: words to drop from queries, and how to cut words to their stem."""

    stop_words: tuple[str, ...] = ()
    stem_endings: tuple[str, ...] = ()
    stem_min_length: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"stop_words": list(self.stop_words), "stem_endings": list(self.stem_endings), "stem_min_length": self.stem_min_length}


@dataclass(frozen=True)
class UiText:
    # Decision tables; {shown} and {total} are filled in by the browser, in the page's digits.
    filter_label: str
    filter_placeholder: str
    clear: str
    row_count: str
    row_link: str
    details: str
    any_value: str
    # Guided mode: the questions' heading, their buttons, the answer card; what nothing
    # matching says ({query}: what the reader typed)
    guide: str
    guide_back: str
    guide_reset: str
    answer: str
    no_match_filter: str
    no_match_guide: str
    # Where the source policy is silent ({owner}: the page's owner), and the open-questions page
    not_given: str
    open_question: str
    no_open_questions: str
    # The Key facts page
    key_fact: str
    key_value: str
    key_used_on: str
    no_key_facts: str
    # Page details
    owner: str
    last_changed: str  # when the page's text last changed (git)
    last_reviewed: str
    review_by: str
    status: str
    draft: str
    published: str
    draft_notice: str
    original_language: str
    also_asked_as: str
    # Review dates: the banner on a page past its review_by ({date}: that date, {days}: how long
    # ago, {owner}: the page's owner), the Review status page's tables ({days}: a number of days
    # as CLDR writes it, "3 days"), and what it says when nothing is due
    review_overdue: str
    review_overdue_notice: str
    review_owner_caption: str
    review_due_column: str
    review_days_overdue: str
    review_days_left: str
    review_due_today: str
    review_nothing_due: str
    # Translation status ({language} and {shown} are language names, {date} the source's change date)
    outdated_notice: str
    missing_notice: str
    read_original: str
    state_names: Mapping[str, str]
    page_column: str
    total_row: str
    synced_unchanged: str
    # Search results ({words}: the query's words the results hold)
    search_scope: str
    search_all_areas: str
    search_relaxed: str
    # Releases: the banner on a release that is not the current one, and the not-found page
    outdated_release: str
    outdated_release_link: str
    not_found_title: str
    not_found_text: str
    not_found_home: str
    # Reports from agents: the link at the end of every page and on every decision-table row
    report_problem: str
    report_row_problem: str
    # Release notes: the What changed page ({release}, {previous}: release numbers, 1.1;
    # {languages}: language names) and the "Changed in" note on a page that changed
    changes_release: str
    changes_unreleased: str
    changes_first_release: str
    changes_unreleased_first: str
    changes_no_history: str
    changes_nothing: str
    changes_general: str
    changes_pages_added: str
    changes_pages_removed: str
    changes_pages_moved: str
    changes_pages_changed: str
    changes_rows: str
    changes_facts: str
    changes_languages: str
    changes_moved_from: str
    changes_redirect: str
    changes_added: str
    changes_removed: str
    changes_changed: str
    changes_type_added: str
    changes_type_changed: str
    changes_type_removed: str
    changes_type_fixed: str
    changes_page_note: str
    changes_page_note_unreleased: str
    # Not read from the file: the site's languages named in this language (CLDR).
    language_names: Mapping[str, str] = field(default_factory=dict)


TEXT_KEYS = tuple(item.name for item in fields(UiText) if item.name not in ("state_names", "language_names"))
FILE_KEYS = (*TEXT_KEYS, "state_names", "search")


@dataclass(frozen=True)
class LanguageData:
    """Everything the language files say, for every site language."""

    ui: Mapping[str, UiText]
    search: Mapping[str, SearchWords]

    def ui_text(self, language: str) -> UiText:
        return self.ui.get(language) or next(iter(self.ui.values()))


def _file(folder: Path, language: str, display_folder: str) -> tuple[str, Path]:
    return f"{display_folder}/{language}.yml", folder / f"{language}.yml"


def _read(path: Path, display: str, findings: list[Finding]) -> LineDict:
    return read_mapping(
        path,
        display=display,
        findings=findings,
        shape=("the file is not a set of `key: text` lines", "write one `key: text` per line, as in the default language's file"),
    )


def _texts(data: LineDict, reference: Mapping[str, str], display: str, reference_display: str, findings: list[Finding]) -> dict[str, str]:
    """The file's texts, each checked against the reference language's; gaps take the reference's."""
    texts = {}
    for key, expected in reference.items():
        value = data.get(key)
        if key not in data:
            findings.append(
                Finding(display, 1, f"there is no '{key}'", f"add `{key}:` with its text in this language (see {reference_display})")
            )
        elif not isinstance(value, str) or not value.strip():
            findings.append(Finding(display, data.line_of(key), f"'{key}' is not text", "write the text in quotes"))
        elif markup := markup_in(value):
            findings.append(
                Finding(display, data.line_of(key), f"'{key}' holds markup ({markup}), which every page would show as HTML", PLAIN_TEXT_FIX)
            )
        elif set(_PLACEHOLDER.findall(value)) != set(_PLACEHOLDER.findall(expected)):
            wanted = ", ".join(f"{{{name}}}" for name in sorted(set(_PLACEHOLDER.findall(expected)))) or "none"
            findings.append(
                Finding(
                    display,
                    data.line_of(key),
                    f"'{key}' has other placeholders than {reference_display}",
                    f"keep exactly these placeholders, untranslated: {wanted}",
                )
            )
        else:
            texts[key] = value
            continue
        texts[key] = expected
    return texts


def _search_words(data: Any, display: str, line: int, findings: list[Finding]) -> SearchWords:
    if data is None:
        return SearchWords()
    words = data if isinstance(data, LineDict) else LineDict()
    stop_words, endings, minimum = words.get("stop_words", []), words.get("stem_endings", []), words.get("stem_min_length", 0)
    if not isinstance(data, LineDict) or set(words) - {"stop_words", "stem_endings", "stem_min_length"}:
        findings.append(
            Finding(display, line, "search: takes only stop_words, stem_endings and stem_min_length", "see languages/lv.yml for an example")
        )
    if not (isinstance(stop_words, list) and all(isinstance(word, str) for word in stop_words)):
        findings.append(
            Finding(display, words.line_of("stop_words"), "stop_words is not a list of words", 'write stop_words: ["and", "the"]')
        )
        stop_words = []
    if not (isinstance(endings, list) and all(isinstance(ending, str) and ending for ending in endings)):
        findings.append(
            Finding(
                display,
                words.line_of("stem_endings"),
                "stem_endings is not a list of word endings",
                'write stem_endings: ["iem", "as", "s"], longest first',
            )
        )
        endings = []
    if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 0:
        findings.append(
            Finding(
                display,
                words.line_of("stem_min_length"),
                "stem_min_length is not a whole number",
                "write the fewest letters a stem keeps, e.g. 4",
            )
        )
        minimum = 0
    return SearchWords(tuple(stop_words), tuple(endings), minimum)


def load_language_data(
    folder: Path, *, languages: Languages, display_folder: str = INTERFACE_TEXT_FOLDER
) -> tuple[LanguageData, list[Finding]]:
    """Every site language's interface text and search words, with every fault found.

    The default language's file is the reference every other file is checked against."""
    findings: list[Finding] = []
    reference_display, reference_path = _file(folder, languages.default, display_folder)
    if not reference_path.is_file():
        raise FileNotFoundError(f"{reference_display} does not exist: the default language's interface text is needed to build")
    reference = _read(reference_path, reference_display, findings)
    reference_texts = {key: str(reference.get(key, key)) for key in TEXT_KEYS}
    reference_states = {state: str((reference.get("state_names") or {}).get(state, state)) for state in STATES}
    ui: dict[str, UiText] = {}
    search: dict[str, SearchWords] = {}
    for language in languages:
        display, path = _file(folder, language, display_folder)
        names = {code: language_name(code, in_language=language) for code in languages}
        if not path.is_file():
            findings.append(
                Finding(
                    display,
                    1,
                    f"the site language '{language}' has no interface text",
                    f"copy {reference_display} to {display} and translate its texts",
                )
            )
            ui[language] = UiText(**reference_texts, state_names=reference_states, language_names=names)
            search[language] = SearchWords()
            continue
        data = _read(path, display, findings)
        for key in data:
            if key not in FILE_KEYS:
                findings.append(Finding(display, data.line_of(key), f"unknown key '{key}'", f"use the keys of {reference_display}"))
        texts = _texts(data, reference_texts, display, reference_display, findings)
        states_data = data.get("state_names")
        if not isinstance(states_data, LineDict):
            findings.append(
                Finding(
                    display,
                    data.line_of("state_names"),
                    "state_names is not a list of `state: name` lines",
                    f"name each state ({', '.join(STATES)}) as in {reference_display}",
                )
            )
            states_data = LineDict()
        states = _texts(states_data, reference_states, display, reference_display, findings)
        ui[language] = UiText(**texts, state_names=states, language_names=names)
        search[language] = _search_words(data.get("search"), display, data.line_of("search"), findings)
    return LanguageData(ui, search), findings
