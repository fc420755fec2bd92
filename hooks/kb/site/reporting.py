"""Findings as build warnings, once each per build; on GitHub, pull-request annotations too.

Strict mode turns the warnings into a failed build. static-i18n builds each language inside the
default language's build, and MkDocs aborts a strict build at the end of the first language
build that logged a warning, so faults in the languages after it stayed hidden. Findings are
therefore collected, and all of them logged at once, in file and line order, when every
language is built (flush): one abort, with the right count. In GitHub Actions each finding is
also printed as an `::error` command, which annotates the pull request at the file and line.
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
        self._pending: list[Finding] = []

    def report(self, findings: list[Finding], log: Logger) -> None:
        """Keep each finding not yet reported in this build, to be warned about by flush()."""
        for finding in findings:
            if finding not in self._reported:
                self._reported.add(finding)
                self._pending.append(finding)

    def flush(self, log: Logger) -> int:
        """Warn about every finding kept so far, in file and line order; how many there were."""
        pending, self._pending = sorted(self._pending, key=lambda finding: (finding.path, finding.line)), []
        for finding in pending:
            self._log(finding, log, logging.WARNING, "error")
        return len(pending)

    def notice(self, findings: list[Finding], log: Logger) -> None:
        """Tell about each finding without failing the build (a notice annotation on GitHub)."""
        self._emit(findings, log, logging.INFO, "notice")

    def _emit(self, findings: list[Finding], log: Logger, log_level: int, annotation_level: str) -> None:
        for finding in findings:
            if finding in self._reported:
                continue
            self._reported.add(finding)
            self._log(finding, log, log_level, annotation_level)

    @staticmethod
    def _log(finding: Finding, log: Logger, log_level: int, annotation_level: str) -> None:
        log.log(log_level, str(finding))
        if in_github_actions():
            print(github_annotation(finding, level=annotation_level), flush=True)
