"""The configuration's own texts (site names, navigation titles and their translations, the
site description), checked as plain text: the theme places them in every page unescaped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kb.core.findings import MAX_QUOTED, Finding, first_line_of, shortened
from kb.core.plain_text import PLAIN_TEXT_FIX, markup_in

ConfigText = tuple[str, str]  # (the setting, e.g. "nav", and its text)


def nav_titles(nav: Sequence[Any] | None) -> list[str]:
    """Every title a `nav:` setting writes (section names and page titles), nested ones included."""
    titles: list[str] = []
    pending: list[Any] = list(nav or [])
    while pending:
        item = pending.pop()
        if isinstance(item, Mapping):
            for title, value in item.items():
                titles.append(str(title))
                if isinstance(value, list):
                    pending.extend(value)
        elif isinstance(item, list):
            pending.extend(item)
    return titles


def config_text_findings(texts: Iterable[ConfigText], *, config_path: str, config_text: str) -> list[Finding]:
    """A finding for each configured text that holds markup, at its line of the configuration file."""
    findings = []
    for setting, text in texts:
        markup = markup_in(text)
        if markup:
            line = first_line_of(config_text, text, text[:40], markup)
            findings.append(
                Finding(
                    config_path,
                    line,
                    f"{setting} '{shortened(text, MAX_QUOTED)}' holds markup ({markup}), which every page would show as HTML",
                    PLAIN_TEXT_FIX,
                )
            )
    return findings
