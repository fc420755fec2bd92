"""The preview session's server wrappers: a failed rebuild is reported and never raised, and a missing
page lists the problems when the stopped build left no error page."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kb.preview import session as events
from kb.preview.report import PreviewProblem, PreviewReport, WarningCollector, read_report, write_report

LOG = logging.getLogger("test.preview.session")


@pytest.fixture
def preview_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(events._Session, "site_dir", tmp_path)
    monkeypatch.setattr(events._Session, "collector", WarningCollector())
    return tmp_path


def test_an_error_that_stops_a_rebuild_is_reported_not_raised(preview_site: Path) -> None:
    def failing_build() -> None:
        raise RuntimeError("docs/a.table.yml could not be read")

    events.never_stuck(failing_build, log=LOG)()
    assert read_report(preview_site).stopped_by == "docs/a.table.yml could not be read"


def test_a_rebuild_that_succeeds_is_left_alone(preview_site: Path) -> None:
    built: list[bool] = []
    events.never_stuck(lambda: built.append(True), log=LOG)()
    assert built == [True]
    assert not read_report(preview_site).refused


def test_the_sites_own_error_page_is_served_first(preview_site: Path) -> None:
    write_report(preview_site, PreviewReport(problems=[PreviewProblem("docs/a.md:1", "wrong", "right")]))
    assert events.error_pages(preview_site, lambda status: b"own 404")(404) == b"own 404"


def test_without_an_error_page_a_refused_build_lists_its_problems(preview_site: Path) -> None:
    write_report(preview_site, PreviewReport(problems=[PreviewProblem("docs/a.md:1", "wrong", "right")]))
    page = events.error_pages(preview_site, lambda status: None)(404)
    assert page is not None and b"docs/a.md:1" in page


def test_without_an_error_page_a_clean_build_serves_none(preview_site: Path) -> None:
    write_report(preview_site, PreviewReport())
    assert events.error_pages(preview_site, lambda status: None)(404) is None


def test_the_overlay_script_is_written_into_the_site(tmp_path: Path) -> None:
    events.write_overlay_script(tmp_path)
    script = (tmp_path / events.OVERLAY_SCRIPT).read_text(encoding="utf-8")
    assert "findings.json" in script and "textContent" in script and "innerHTML" not in script
