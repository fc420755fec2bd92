"""The preview's report: warnings split into where, what and fix; written, read and shown."""

from __future__ import annotations

import logging
from pathlib import Path

from kb.preview.report import (
    PREVIEW_FOLDER,
    REPORT_FILE,
    PreviewProblem,
    PreviewReport,
    WarningCollector,
    error_page,
    problem_of,
    read_report,
    write_report,
)

FINDING = "kb: docs/shop/a.md:12: facts differ from the source docs/shop/a.ru.md: only the source has 14. Fix: state the same numbers"


def test_a_finding_is_split_into_location_problem_and_fix() -> None:
    assert problem_of(FINDING) == PreviewProblem(
        where="docs/shop/a.md:12",
        problem="facts differ from the source docs/shop/a.ru.md: only the source has 14",
        fix="state the same numbers",
    )


def test_a_warning_without_location_keeps_its_whole_text() -> None:
    message = "Doc file 'a.md' contains a link 'b.md', but the target is not found among documentation files."
    assert problem_of(message) == PreviewProblem(where="", problem=message, fix="")


def test_the_collector_keeps_warnings_once_each_and_not_information() -> None:
    collector = WarningCollector()
    logger = logging.getLogger("test.preview.collector")
    logger.addHandler(collector)
    try:
        logger.warning(FINDING)
        logger.info("Building documentation...")
        logger.warning(FINDING)
        logger.error("broken %s", "thing")
        # MkDocs' own, on every `serve --dirty` rebuild: not a problem of the pages.
        logger.warning("A 'dirty' build is being performed, this will likely lead to inaccurate navigation")
    finally:
        logger.removeHandler(collector)
    report = collector.report(stopped_by=RuntimeError("first line\nlast line"))
    assert [problem.where for problem in report.problems] == ["docs/shop/a.md:12", ""]
    assert report.problems[1].problem == "broken thing"
    assert report.stopped_by == "last line"
    assert report.refused


def test_a_clean_build_is_not_refused() -> None:
    assert not WarningCollector().report().refused


def test_the_report_is_read_back_as_written(tmp_path: Path) -> None:
    report = PreviewReport(problems=[problem_of(FINDING)], stopped_by="Aborted with 1 warnings in strict mode!")
    path = write_report(tmp_path, report)
    assert path == tmp_path / PREVIEW_FOLDER / REPORT_FILE
    assert read_report(tmp_path) == report


def test_a_missing_or_broken_report_reads_as_nothing_found(tmp_path: Path) -> None:
    assert read_report(tmp_path) == PreviewReport()
    (tmp_path / PREVIEW_FOLDER).mkdir()
    (tmp_path / PREVIEW_FOLDER / REPORT_FILE).write_text('{"problems": [{"where": 1}]', encoding="utf-8")
    assert read_report(tmp_path) == PreviewReport()


def test_the_error_page_escapes_what_editors_wrote() -> None:
    hostile = PreviewProblem(where="docs/a.md:3", problem="bad title <script>alert(1)</script>", fix="remove <img src=x onerror=alert(1)>")
    page = error_page(PreviewReport(problems=[hostile]), status=404).decode()
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "docs/a.md:3" in page and 'lang="en" dir="ltr"' in page
