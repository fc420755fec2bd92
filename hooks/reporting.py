"""Adapter shared by the hooks: report findings, once each, as build warnings.

Not a hook itself. Strict mode turns the warnings into a failed build. In GitHub
Actions each finding is also printed as an `::error` command, which annotates the
pull request at the file and line.
"""

from __future__ import annotations

import logging
import os

from kb.findings import Finding, github_annotation

_reported: set[str] = set()


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


Logger = logging.Logger | logging.LoggerAdapter[logging.Logger]


def report(findings: list[Finding], log: Logger) -> None:
    """Warn about each finding not yet reported in this build."""
    _emit(findings, log, logging.WARNING, "error")


def notice(findings: list[Finding], log: Logger) -> None:
    """Tell about each finding without failing the build (a warning annotation on GitHub)."""
    _emit(findings, log, logging.INFO, "warning")


def _emit(findings: list[Finding], log: Logger, log_level: int, annotation_level: str) -> None:
    for finding in findings:
        if str(finding) in _reported:
            continue
        _reported.add(str(finding))
        log.log(log_level, str(finding))
        if in_github_actions():
            print(github_annotation(finding, level=annotation_level), flush=True)


def start_build() -> None:
    """Forget what was reported: a new build (or a `mkdocs serve` rebuild) reports afresh."""
    _reported.clear()
