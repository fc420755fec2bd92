"""What the last preview build found, as the browser overlay and the error page show it.

Every warning MkDocs and the KB's hooks log during a build is kept (a logging handler on the
`mkdocs` logger, the one strict mode counts), with the error that stopped the build if one
did. The report is written as JSON beside the pages; plain Python, so it is unit-tested
without a server.
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Where the report and the overlay script are written, under the site's root.
PREVIEW_FOLDER = "kb-preview"
REPORT_FILE = "findings.json"

# "kb.site.entry_points: docs/a.md:12: what is wrong. Fix: what to do" (kb.core.findings);
# MkDocs' own warnings have no location and keep their whole text as the problem.
_LOGGER_PREFIX = re.compile(r"^[\w.-]+: (?=\S+:\d+: )")
_FINDING = re.compile(r"^(?P<where>\S+:\d+): (?P<problem>.*?)(?:\. Fix: (?P<fix>.*))?$", re.DOTALL)


@dataclass(frozen=True)
class PreviewProblem:
    """One warning of the build: where (file:line, when known), what, and the fix."""

    where: str
    problem: str
    fix: str


@dataclass
class PreviewReport:
    """What one preview build found; empty when the strict build would pass."""

    problems: list[PreviewProblem] = field(default_factory=list)
    stopped_by: str = ""  # the error that stopped the build, if one did

    @property
    def refused(self) -> bool:
        return bool(self.problems or self.stopped_by)

    def as_json(self) -> str:
        return json.dumps(
            {"problems": [asdict(problem) for problem in self.problems], "stopped_by": self.stopped_by},
            ensure_ascii=False,
            indent=1,
        )


def problem_of(message: str) -> PreviewProblem:
    """A logged warning as a problem: its location and fix split out when it has them."""
    text = _LOGGER_PREFIX.sub("", message.strip())
    match = _FINDING.match(text)
    if match is None:
        return PreviewProblem(where="", problem=text, fix="")
    return PreviewProblem(where=match["where"], problem=match["problem"], fix=match["fix"] or "")


# MkDocs' own warning on every `serve --dirty` rebuild, which `make serve` asks for: not a
# problem of the pages.
DIRTY_BUILD_WARNING = "A 'dirty' build is being performed"


class WarningCollector(logging.Handler):
    """Keeps the text of every warning (and error) logged while a build runs, but MkDocs'
    warning that the rebuild is dirty."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if not message.startswith(DIRTY_BUILD_WARNING):
                self.messages.append(message)
        except Exception:  # a malformed record must not break the build it reports on
            self.handleError(record)

    def report(self, *, stopped_by: BaseException | None = None) -> PreviewReport:
        problems = list(dict.fromkeys(problem_of(message) for message in self.messages))
        return PreviewReport(problems=problems, stopped_by="" if stopped_by is None else stopped_text(stopped_by))


def stopped_text(error: BaseException) -> str:
    """The error that stopped a build, as one line an editor can read."""
    text = str(error).strip() or type(error).__name__
    return text if "\n" not in text else text.splitlines()[-1]


def write_report(site_dir: Path, report: PreviewReport) -> Path:
    path = site_dir / PREVIEW_FOLDER / REPORT_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report.as_json(), encoding="utf-8")
    return path


def read_report(site_dir: Path) -> PreviewReport:
    """The report the last build wrote; empty when there is none (or it cannot be read)."""
    try:
        data = json.loads((site_dir / PREVIEW_FOLDER / REPORT_FILE).read_text(encoding="utf-8"))
        return PreviewReport(problems=[PreviewProblem(**problem) for problem in data["problems"]], stopped_by=data["stopped_by"])
    except (OSError, ValueError, KeyError, TypeError):
        return PreviewReport()


def error_page(report: PreviewReport, *, status: int) -> bytes:
    """The page served for a missing address when the build that stopped left no error page of
    its own: every problem, escaped (an editor's text is not markup)."""
    items = "".join(
        f"<li><code>{html.escape(problem.where)}</code> {html.escape(problem.problem)}"
        + (f"<br><strong>Fix:</strong> {html.escape(problem.fix)}" if problem.fix else "")
        + "</li>"
        for problem in report.problems
    )
    stopped = f"<p><strong>The build stopped:</strong> {html.escape(report.stopped_by)}</p>" if report.stopped_by else ""
    return (
        '<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f"<title>Preview: the build is refused ({status})</title></head><body>"
        f"<h1>Preview: no page here, and the build is refused</h1>{stopped}"
        f"<p>{len(report.problems)} problem(s). Fix them and save; the preview rebuilds by itself.</p>"
        f"<ol>{items}</ol></body></html>"
    ).encode()
