"""The build's release and the one it is compared with, and the files that changed, from git.

The release being built is KB_RELEASE (set by the deploy command, kb.publishing.deploy); any
other build is not yet released. The previous release is the highest release tag
(kb.publishing.releases: vMAJOR.MINOR[.PATCH]) that is an ancestor of HEAD and lower than the
release: a late patch 1.0.1 built beside 1.1 compares with 1.0. Git is asked through
kb.translation.sync_history.git, which never raises: without git, outside a repository, or in
a shallow clone that lacks the tags, the history is not available and nothing is listed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kb.publishing.releases import RELEASE_VARIABLE, RefusedError, Release, release_of_tag
from kb.translation.sync_history import git

# Where editors' change fragments live, relative to the folder of mkdocs.yml.
FRAGMENTS_FOLDER = "changes"


@dataclass(frozen=True)
class FileChange:
    """One file changed between two commits, as `git diff --name-status -M` says it: status A
    (added), D (removed), M (changed) or R (renamed, old -> new); paths relative to the project."""

    status: str
    path: str
    old_path: str = ""


@dataclass(frozen=True)
class ReleaseHistory:
    """What this build is compared with, and what changed since."""

    available: bool  # False: git or the history is missing; nothing else is known
    release: str = ""  # "1.1"; empty when not yet released
    previous: str = ""  # "1.0"; empty when there is none (the first release)
    previous_commit: str = ""
    files: tuple[FileChange, ...] = ()
    folder: Path = field(default_factory=Path)

    def text_before(self, path: str) -> str | None:
        """The file at the previous release (path relative to the project), or None."""
        if not self.previous_commit:
            return None
        return _git_text(["show", f"{self.previous_commit}:./{path}"], cwd=self.folder)

    def text_now(self, path: str) -> str | None:
        """The file at HEAD (path relative to the project), or None."""
        return _git_text(["show", f"HEAD:./{path}"], cwd=self.folder)


def _git_text(arguments: list[str], *, cwd: Path) -> str | None:
    try:
        return git(arguments, cwd=cwd)
    except OSError:  # no git on PATH, or the folder is gone
        return None


def build_release(environ: Mapping[str, str] | None = None) -> Release | None:
    """The release this build publishes (KB_RELEASE=1.1), or None for any other build."""
    value = (os.environ if environ is None else environ).get(RELEASE_VARIABLE, "").strip()
    if not value:
        return None
    try:
        return release_of_tag(f"v{value}")
    except RefusedError:
        return None


def release_tags(names: str) -> list[tuple[Release, str]]:
    """The release tags among `git tag` output, each with its release, lowest first."""
    tags = []
    for name in names.split():
        try:
            tags.append((release_of_tag(name), name))
        except RefusedError:
            continue
    return sorted(tags, key=lambda tag: tag[0].order)


def previous_release(tags: list[tuple[Release, str]], release: Release | None) -> tuple[Release, str] | None:
    """The highest of tags (those that are ancestors of HEAD) lower than release (any, when the
    build is not a release)."""
    lower = [tag for tag in tags if release is None or tag[0].order < release.order]
    return lower[-1] if lower else None


def parse_name_status(output: str) -> tuple[FileChange, ...]:
    """`git diff --name-status -M -z` output as changes (R100 and R087 both read as R)."""
    fields = output.split("\0")
    changes = []
    index = 0
    while index < len(fields) and fields[index]:
        status = fields[index][:1]
        if status in ("R", "C"):
            old, new = fields[index + 1], fields[index + 2]
            changes.append(FileChange("R" if status == "R" else "A", new, old))
            index += 3
        else:
            changes.append(FileChange(status, fields[index + 1]))
            index += 2
    return tuple(changes)


def read_history(folder: Path, *, release: Release | None) -> ReleaseHistory:
    """The release history of the repository holding folder (the folder of mkdocs.yml)."""
    version = release.version if release else ""
    head = _git_text(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], cwd=folder)
    if not head:
        return ReleaseHistory(False, version, folder=folder)
    tags = release_tags(_git_text(["tag", "--merged", "HEAD"], cwd=folder) or "")
    previous = previous_release(tags, release)
    shallow = (_git_text(["rev-parse", "--is-shallow-repository"], cwd=folder) or "").strip() == "true"
    if previous is None:
        # A shallow clone may just lack the earlier releases: it cannot tell a first release.
        return ReleaseHistory(not shallow, version, folder=folder)
    commit = (_git_text(["rev-parse", "--verify", "--quiet", f"{previous[1]}^{{commit}}"], cwd=folder) or "").strip()
    diff = _git_text(["diff", "--name-status", "-M", "-z", "--relative", commit, "HEAD", "--"], cwd=folder) if commit else None
    if diff is None:
        return ReleaseHistory(False, version, previous[0].version, folder=folder)
    return ReleaseHistory(True, version, previous[0].version, commit, parse_name_status(diff), folder)
