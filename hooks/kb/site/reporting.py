"""Findings as build warnings, once each per build; on GitHub, pull-request annotations too.

Strict mode turns the warnings into a failed build. In GitHub Actions each finding is also
printed as an `::error` command, which annotates the pull request at the file and line.
"""

from __future__ import annotations

import logging
import os

from kb.core.findings import Finding, github_annotation

Logger = logging.Logger | logging.LoggerAdapter[logging.Logger]


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


class Reporter:
    """Reports each finding once, however many hooks or language builds meet it; findings that
    read alike but are about different files or lines are each reported."""

    def __init__(self) -> None:
        self._reported: set[Finding] = set()

    def report(self, findings: list[Finding], log: Logger) -> None:
        """Warn about each finding not yet reported in this build."""
        self._emit(findings, log, logging.WARNING, "error")

    def notice(self, findings: list[Finding], log: Logger) -> None:
        """Tell about each finding without failing the build (a warning annotation on GitHub)."""
        self._emit(findings, log, logging.INFO, "warning")

    def _emit(self, findings: list[Finding], log: Logger, log_level: int, annotation_level: str) -> None:
        for finding in findings:
            if finding in self._reported:
                continue
            self._reported.add(finding)
            log.log(log_level, str(finding))
            if in_github_actions():
                print(github_annotation(finding, level=annotation_level), flush=True)
