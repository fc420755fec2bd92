"""kb.changes.history: the release a build is compared with, and never an exception from git."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kb.changes.history import build_release, parse_name_status, previous_release, read_history, release_tags
from kb.publishing.releases import release_of_tag
from support.release_repo import commit_and_tag, git, write


def previous(tags: str, release: str | None) -> str | None:
    found = previous_release(release_tags(tags), release_of_tag(f"v{release}") if release else None)
    return found[1] if found else None


@pytest.mark.parametrize(
    ("tags", "release", "expected"),
    [
        ("v1.0 v1.1", "1.2", "v1.1"),
        ("v1.0 v1.1 v1.10 v1.9", "2.0", "v1.10"),  # by number, not by text
        ("v1.0", "1.0.1", "v1.0"),  # a late patch: v1.1 is not an ancestor of it
        ("v1.0 v1.0.1", "1.1", "v1.0.1"),
        ("v1.0", "1.0", None),  # the first release
        ("v1.0 vtest v1.2-rc v01.3 nightly", "1.3", "v1.0"),  # only release tags count
        ("v1.0 v1.1", None, "v1.1"),  # a build that is not a release: the newest release
        ("", None, None),
    ],
)
def test_the_previous_release_is_the_highest_lower_release_tag(tags: str, release: str | None, expected: str | None) -> None:
    assert previous(tags, release) == expected


def test_the_release_being_built_is_kb_release() -> None:
    assert build_release({"KB_RELEASE": "1.0.1"}) == release_of_tag("v1.0.1")
    assert build_release({}) is None
    assert build_release({"KB_RELEASE": "nonsense"}) is None


def test_git_s_name_status_is_read_with_renames() -> None:
    output = "M\0docs/a.md\0R087\0docs/b.md\0docs/c.md\0D\0docs/d.md\0"
    assert [(change.status, change.path, change.old_path) for change in parse_name_status(output)] == [
        ("M", "docs/a.md", ""),
        ("R", "docs/c.md", "docs/b.md"),
        ("D", "docs/d.md", ""),
    ]


def test_the_history_names_the_previous_release_and_the_files(project: Path) -> None:
    history = read_history(project, release=release_of_tag("v1.1"))
    assert (history.available, history.release, history.previous) == (True, "1.1", "1.0")
    statuses = {change.path: change.status for change in history.files}
    assert statuses["docs/area/added.md"] == "A"
    assert statuses["docs/area/gone.md"] == "D"
    assert statuses["docs/area/new-name.md"] == "R"
    assert history.text_before("docs/area/facts.yml") is not None and "24" in (history.text_before("docs/area/facts.yml") or "")
    assert "48" in (history.text_now("docs/area/facts.yml") or "")


def test_a_late_patch_is_compared_with_the_release_it_patches(project: Path) -> None:
    git(project, "checkout", "-q", "v1.0")
    write(project, {"docs/area/kept.md": "---\ntitle: Kept (en)\n---\n\n# Kept\n\nPatched.\n"})
    commit_and_tag(project, "1.0.1", "v1.0.1")
    history = read_history(project, release=release_of_tag("v1.0.1"))
    assert (history.release, history.previous) == ("1.0.1", "1.0")
    assert [change.path for change in history.files] == ["docs/area/kept.md"]


def test_the_first_release_has_no_previous_one(tmp_path: Path) -> None:
    write(tmp_path, {"docs/index.md": "# Home\n"})
    git(tmp_path, "init", "-q", "-b", "main")
    commit_and_tag(tmp_path, "first", "v1.0")
    history = read_history(tmp_path, release=release_of_tag("v1.0"))
    assert (history.available, history.previous, history.files) == (True, "", ())


def test_outside_git_the_history_is_not_available(tmp_path: Path) -> None:
    history = read_history(tmp_path, release=release_of_tag("v1.1"))
    assert not history.available and history.text_now("docs/index.md") is None


def test_a_missing_folder_or_git_is_not_an_exception(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not read_history(tmp_path / "gone", release=None).available
    monkeypatch.setenv("PATH", str(tmp_path))  # no git at all
    assert not read_history(tmp_path, release=None).available


def test_a_shallow_clone_without_the_releases_is_not_available(project: Path, tmp_path: Path) -> None:
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", "--no-tags", f"file://{project}", str(clone)], check=True)
    history = read_history(clone, release=release_of_tag("v1.1"))
    assert not history.available and history.files == ()
