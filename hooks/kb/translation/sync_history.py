"""Whether a translation was touched since it was last marked synced, from git's history.

`make mark-synced` records the source version a translation matches. Run after a source
changed but without translating anything, it would record a lie that the pull request shows
only as a hash. So before marking a translation whose recorded source version is out of date,
the command looks up the commit that recorded that version and compares the translation's
text then with its text now (the `translated_from` line aside): the same text means nothing
was translated, and the command refuses unless the editor says why the change needs no
translation (kept in the front matter as `synced_unchanged`, and shown on the translation
status page).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kb.translation.tracking import FIELD

UNCHANGED_FIELD = "synced_unchanged"
_TRACKING_LINES = re.compile(rf"^(?:{FIELD}|{UNCHANGED_FIELD})\s*:.*\r?\n?", re.MULTILINE)


@dataclass(frozen=True)
class LastSync:
    commit: str  # abbreviated
    text: str  # the file as that commit left it


def git(arguments: list[str], *, cwd: Path) -> str | None:
    """git's output, or None when it fails (outside a repository, an unknown commit)."""
    command = ["git", *arguments]  # file names come after --: never an option
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)  # noqa: S603 - git from PATH, as editors run it
    return result.stdout if result.returncode == 0 else None


def commit_writing(needle: str, path: str, *, before: str = "HEAD", cwd: Path) -> str | None:
    """The newest commit up to before that added or removed needle in path."""
    log = git(["log", "-1", "--format=%h", f"-S{needle}", before, "--", path], cwd=cwd)
    return (log or "").strip() or None


def last_sync(path: Path, recorded: str) -> LastSync | None:
    """The newest commit that wrote `translated_from: <recorded>` into the file, and the file then;
    None outside git or when no commit did (a translation new in this change)."""
    commit = commit_writing(f"{FIELD}: {recorded}", path.name, cwd=path.parent)
    if commit is None:
        return None
    relative = git(["ls-files", "--full-name", "--", path.name], cwd=path.parent)
    text = git(["show", f"{commit}:{(relative or '').strip()}"], cwd=path.parent) if relative else None
    return LastSync(commit, text) if text is not None else None


def translated_text(text: str) -> str:
    """The file's text without the lines the sync command writes, line endings evened out."""
    return _TRACKING_LINES.sub("", text.replace("\r\n", "\n"))


def untouched_since(path: Path, text: str, recorded: str) -> LastSync | None:
    """The last sync, if the translation's text is still what it was then."""
    sync = last_sync(path, recorded)
    if sync is None or translated_text(sync.text) != translated_text(text):
        return None
    return sync
