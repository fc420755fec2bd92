"""kb.site.reporting: each finding once, and findings about different places each."""

from __future__ import annotations

import logging

import pytest

from kb.core.findings import Finding
from kb.site.reporting import Reporter


def test_alike_findings_in_different_files_or_lines_are_each_reported(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("test-reporting")
    reporter = Reporter()
    same = Finding("docs/a.md", 3, "problem", "fix")
    # Alike once shortened: they differ only in the middle of a huge value.
    long_a = Finding("docs/a.md", 4, "value " + "x" * 5000 + "a" + "x" * 5000, "fix")
    long_b = Finding("docs/a.md", 4, "value " + "x" * 5000 + "b" + "x" * 5000, "fix")
    with caplog.at_level(logging.WARNING, logger="test-reporting"):
        reporter.report([same, Finding("docs/b.md", 3, "problem", "fix"), same, long_a, long_b], log)
        reporter.report([same], log)
        assert caplog.records == []  # kept until every language is built
        assert reporter.flush(log) == 4
        reporter.report([same], log)
        assert reporter.flush(log) == 0
    assert all(len(record.getMessage()) < 500 for record in caplog.records)
    # Said in file and line order, whichever language build found them first.
    assert [record.getMessage()[:12] for record in caplog.records] == ["docs/a.md:3:", "docs/a.md:4:", "docs/a.md:4:", "docs/b.md:3:"]
