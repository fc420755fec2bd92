"""Command for CI: a GitHub Actions warning for each page due for review soon or overdue.

    PYTHONPATH=hooks python -m kb.review.due --within 14
    make -s review-due

Each page file overdue for review, or due within the given days, is one line
`::warning file=docs/<path>,line=<line of review_by>::<title> is due for review on <date>
(owner <owner>)`, which GitHub shows on the pull request. It is a reminder, never a failure:
the command exits 0 whatever it finds (a malformed date is the build's to refuse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from kb.core.languages import languages_from_mkdocs_yml
from kb.pages import scan_docs
from kb.review.schedule import ReviewDue, build_date, due_within

DEFAULT_WITHIN_DAYS = 14


def _property(value: str) -> str:
    """A value inside an annotation's properties (file=…,line=…), as GitHub escapes them."""
    return _message(value).replace(":", "%3A").replace(",", "%2C")


def _message(value: str) -> str:
    """An annotation's message: %, CR and LF escaped, so one line stays one annotation."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def annotation(item: ReviewDue, *, docs_display: str = "docs") -> str:
    where = f"file={_property(f'{docs_display}/{item.path_in_docs}')},line={item.line}"
    owner = item.owner or "none"
    return f"::warning {where}::{_message(f'{item.title} is due for review on {item.review_by.isoformat()} (owner {owner})')}"


def annotation_lines(items: Iterable[ReviewDue], *, docs_display: str = "docs") -> list[str]:
    return [annotation(item, docs_display=docs_display) for item in items]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Warn (GitHub Actions annotations) about pages due for review soon or overdue.")
    parser.add_argument("--within", type=int, default=DEFAULT_WITHIN_DAYS, metavar="DAYS", help="days ahead to look (default: %(default)s)")
    parser.add_argument("--config-file", default="mkdocs.yml", help="the site configuration that lists the languages")
    arguments = parser.parse_args(argv)
    config = Path(arguments.config_file)
    try:
        today = build_date()
    except ValueError as error:  # still a warning, not a failure: judged by today instead
        print(f"::warning::{_message(str(error))}; using today's date")
        today = build_date({})
    scan = scan_docs(config.parent / "docs", languages=languages_from_mkdocs_yml(config))
    for line in annotation_lines(due_within(scan.page_files(), today=today, days=arguments.within)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
