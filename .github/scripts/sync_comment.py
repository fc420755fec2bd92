"""Post the sync report (kb.translation.sync_report) as one pull-request comment, kept up to
date: each push edits the same comment (found by its marker) instead of adding another.

    python3 .github/scripts/sync_comment.py sync-report.md

Reads GITHUB_TOKEN, GITHUB_REPOSITORY, PR_NUMBER and GITHUB_API_URL from the environment;
standard library only, so it runs before anything is installed.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MARKER = "<!-- kb-sync-report -->"
NOTHING_SYNCED = "No translation is marked synced in this pull request any more."


@dataclass(frozen=True)
class Request:
    method: str  # POST a new comment, PATCH the existing one
    path: str
    body: str


def comment_request(report: str, *, existing: list[dict[str, Any]], repository: str, number: int) -> Request | None:
    """What to send: the report as a new comment, or as an edit of the one already there; an
    empty report only empties an existing comment (and posts nothing new)."""
    mine = next((comment for comment in existing if MARKER in str(comment.get("body", ""))), None)
    body = f"{MARKER}\n{report.strip() or NOTHING_SYNCED}\n"
    if mine is not None:
        return None if mine.get("body") == body else Request("PATCH", f"/repos/{repository}/issues/comments/{mine['id']}", body)
    return Request("POST", f"/repos/{repository}/issues/{number}/comments", body) if report.strip() else None


def _call(method: str, path: str, payload: dict[str, str] | None = None) -> Any:
    api = os.environ.get("GITHUB_API_URL", "https://api.github.com")
    request = urllib.request.Request(  # noqa: S310 - GitHub's API over https
        api + path,
        data=json.dumps(payload).encode() if payload is not None else None,
        method=method,
        headers={"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}", "Accept": "application/vnd.github+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return json.load(response)


def main(report_path: str) -> int:
    repository, number = os.environ["GITHUB_REPOSITORY"], int(os.environ["PR_NUMBER"])
    existing = _call("GET", f"/repos/{repository}/issues/{number}/comments?per_page=100")
    request = comment_request(Path(report_path).read_text(encoding="utf-8"), existing=existing, repository=repository, number=number)
    if request is not None:
        _call(request.method, request.path, {"body": request.body})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
