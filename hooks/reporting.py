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


def report(findings: list[Finding], log: logging.Logger | logging.LoggerAdapter[logging.Logger]) -> None:
    """Warn about each finding not yet reported in this build."""
    for finding in findings:
        if str(finding) in _reported:
            continue
        _reported.add(str(finding))
        log.warning(str(finding))
        if in_github_actions():
            print(github_annotation(finding), flush=True)


def notice(findings: list[Finding], log: logging.Logger | logging.LoggerAdapter[logging.Logger]) -> None:
    """Tell about each finding without failing the build (a warning annotation on GitHub)."""
    for finding in findings:
        if str(finding) in _reported:
            continue
        _reported.add(str(finding))
        log.info(str(finding))
        if in_github_actions():
            print(github_annotation(finding, level="warning"), flush=True)


def start_build() -> None:
    """Forget what was reported: a new build (or a `mkdocs serve` rebuild) reports afresh."""
    _reported.clear()
