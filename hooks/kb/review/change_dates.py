"""When each file under docs/ last changed in git, from one `git log` for the whole folder.

Shown on every page beside its review dates (kb.review.wording.shown_dates). One history
walk serves every page of every language: the git-revision-date plugin this replaces ran
two git processes per page and language, a quarter of a build's CPU time (issue 19, `make
bench`). The date is the newest commit's author date (UTC) that touched the file; a renamed
file's is the rename's. A file git does not know yet (a new page not committed) and any file
outside a repository or without git get the build's date, as the plugin did.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from kb.translation.sync_history import git

# Each commit starts with a NUL and its author date; its files follow, one per line.
_LOG_FORMAT = "--format=%x00%at"


def parsed_log(output: str) -> dict[str, datetime.date]:
    """path -> the date of the newest commit that names it, from `git log --name-only` output
    in _LOG_FORMAT (newest commit first)."""
    dates: dict[str, datetime.date] = {}
    current: datetime.date | None = None
    for line in output.splitlines():
        if line.startswith("\0"):
            current = datetime.datetime.fromtimestamp(int(line[1:]), tz=datetime.UTC).date()
        elif line and current is not None:
            dates.setdefault(line, current)
    return dates


def last_change_dates(docs_dir: Path) -> dict[str, datetime.date]:
    """Each committed file's last change, by its path under docs_dir ('swopify/index.ru.md');
    empty outside git."""
    try:
        # quotePath off: names stay as written (git would otherwise escape non-ASCII ones).
        output = git(["-c", "core.quotePath=false", "log", _LOG_FORMAT, "--name-only", "--relative", "--", "."], cwd=docs_dir)
    except OSError:  # no git on PATH, or the folder is gone
        return {}
    return parsed_log(output or "")
