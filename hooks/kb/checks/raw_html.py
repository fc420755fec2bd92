"""Checks on the raw HTML an editor writes in a page: only a small, safe list of elements,
and no event handlers or javascript: URLs."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from html.parser import HTMLParser

from kb.checks.content_facts import RawHtml
from kb.core.findings import Finding, WrittenFile, written_where

# Raw HTML editors may use; anything else is refused rather than published.
SAFE_TAGS = frozenset(
    {
        "abbr",
        "b",
        "br",
        "code",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "i",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
    }
)


class _RawHtmlScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text() or f"<{tag}"
        if tag not in SAFE_TAGS:
            self.problems.append(
                (
                    text,
                    f"raw HTML <{tag}> is not allowed in pages",
                    "remove it; write Markdown, or ask the site maintainers for a safe component",
                )
            )
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append((text, f"raw HTML attribute {name} runs JavaScript", "remove the attribute"))
            elif name.lower() in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append((text, f"raw HTML {name} is a javascript: URL", "link to a page or an https address instead"))


def raw_html_findings(blocks: Collection[RawHtml], *, path: str, source: str, included: Sequence[WrittenFile] = ()) -> list[Finding]:
    """Raw HTML only from a small safe list: no scripts, frames, handlers or javascript: URLs.

    Each fault is reported where it was written: the file a component rendered it from (a
    table's cell), else the page, else a file the page includes (its area's glossary)."""
    files = (WrittenFile(path, source), *included)
    findings = []
    for block in blocks:
        scanner = _RawHtmlScanner()
        scanner.feed(block.html)
        scanner.close()
        for text, problem, fix in scanner.problems:
            where, line = block.written_at or written_where(files, text)
            findings.append(Finding(where, line, problem, fix))
    return findings
