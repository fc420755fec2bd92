"""The fields every KB page's front matter must have, checked: the page's metadata.

MkDocs drops a malformed front-matter block silently (it becomes page text) and
accepts any fields; here a malformed block is an error and each field is checked.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kb.core.customer_says import CUSTOMER_SAYS, CUSTOMER_SAYS_FIX, phrasings, phrasings_problem
from kb.core.findings import Finding
from kb.core.front_matter import front_matter_block, page_area
from kb.core.plain_text import PLAIN_TEXT_FIX, markup_in
from kb.core.yaml_source import LineDict, SourceError, load_yaml

STATUSES = ("draft", "published")
_TEAM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_FIELDS = ("title", "area", "source_language", "owner", "last_reviewed", "review_by", "status")
_FIELD_HELP = {
    "title": "the page title in the page's language",
    "area": "the page's folder under docs/ (general for top-level pages)",
    "source_language": "the language the policy was written in",
    "owner": "the owning team, e.g. kb-home-shopping",
    "last_reviewed": "a date, YYYY-MM-DD",
    "review_by": "a date, YYYY-MM-DD",
    "status": "draft or published",
}


@dataclass(frozen=True)
class PageMeta:
    title: str
    area: str
    source_language: str
    owner: str
    last_reviewed: datetime.date
    review_by: datetime.date
    status: str
    customer_says: tuple[str, ...] = ()


@lru_cache(maxsize=4096)  # the checks and the theme both read each page's fields
def page_meta(text: str, *, path: str, path_in_docs: str, languages: Collection[str]) -> tuple[PageMeta | None, list[Finding]]:
    """The checked front matter of a page's source text, with every fault found."""
    block = front_matter_block(text)
    if block is None:
        fields = ", ".join(_FIELDS)
        return None, [
            Finding(
                path, 1, "the page has no front matter", f"start the file with a '---' line, the fields {fields}, and a closing '---' line"
            )
        ]
    yaml_text, first_line = block
    try:
        # Padded so every line YAML reports is the line in the page file.
        data = load_yaml("\n" * (first_line - 1) + yaml_text, path=path)
    except SourceError as error:
        return None, [error.finding]
    if not isinstance(data, LineDict):
        return None, [
            Finding(path, first_line, "the front matter is not a set of `field: value` lines", "write one `field: value` per line")
        ]

    findings: list[Finding] = []

    def fault(field: str, problem: str) -> None:
        findings.append(Finding(path, data.line_of(field), problem, f"set {field}: {_FIELD_HELP[field]}"))

    for field in _FIELDS:
        if field not in data:
            findings.append(Finding(path, first_line, f"front matter has no '{field}'", f"add {field}: {_FIELD_HELP[field]}"))
    values: dict[str, Any] = {field: data.get(field) for field in _FIELDS}
    for field in ("title", "area", "source_language", "owner", "status"):
        value = values[field]
        if field in data and not (isinstance(value, str) and value.strip()):
            fault(field, f"{field} must be text, not {value!r}")
    for field in ("last_reviewed", "review_by"):
        if field in data and not isinstance(values[field], datetime.date):
            fault(field, f"{field} {values[field]!r} is not a date")
    title = values["title"]
    if isinstance(title, str) and (markup := markup_in(title)):
        findings.append(
            Finding(
                path, data.line_of("title"), f"the title holds markup ({markup}), which the navigation would show as HTML", PLAIN_TEXT_FIX
            )
        )
    folder = page_area(path_in_docs)
    if isinstance(values["area"], str) and values["area"] != folder:
        fault("area", f"area '{values['area']}' does not match the page's folder '{folder}'")
    if isinstance(values["source_language"], str) and values["source_language"] not in languages:
        fault("source_language", f"source_language '{values['source_language']}' is not a site language ({', '.join(languages)})")
    if isinstance(values["owner"], str) and not _TEAM.fullmatch(values["owner"]):
        fault("owner", f"owner '{values['owner']}' is not a team name")
    if isinstance(values["status"], str) and values["status"] not in STATUSES:
        fault("status", f"status '{values['status']}' is not draft or published")
    reviewed, due = values["last_reviewed"], values["review_by"]
    if isinstance(reviewed, datetime.date) and isinstance(due, datetime.date) and due <= reviewed:
        findings.append(
            Finding(
                path,
                data.line_of("review_by"),
                f"review_by {due} is not after last_reviewed {reviewed}",
                f"set review_by to the date the page must next be reviewed, after {reviewed} (usually six months later)",
            )
        )
    customer_says = data.get(CUSTOMER_SAYS)
    if CUSTOMER_SAYS in data and (problem := phrasings_problem(customer_says)):
        findings.append(Finding(path, data.line_of(CUSTOMER_SAYS), problem, CUSTOMER_SAYS_FIX))
    if findings:
        return None, findings
    return PageMeta(**values, customer_says=phrasings(customer_says)), []
