"""kb.review.change_dates: each file's last change under docs/, from one git log."""

from __future__ import annotations

import datetime
import os
import subprocess
from pathlib import Path

from kb.review.change_dates import last_change_dates, parsed_log


def commit(repo: Path, files: dict[str, str], *, when: str) -> None:
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
    environment = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    for arguments in (["add", "-A"], ["commit", "-q", "-m", "edit"]):
        subprocess.run(
            ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", *arguments],
            cwd=repo,
            env=environment,
            check=True,
            capture_output=True,
        )


def test_the_newest_commit_naming_a_file_gives_its_date() -> None:
    log = "\0" + "1767916800\n\na.md\nb.ru.md\n" + "\0" + "1735689600\n\na.md\nc.md\n"
    assert parsed_log(log) == {
        "a.md": datetime.date(2026, 1, 9),
        "b.ru.md": datetime.date(2026, 1, 9),
        "c.md": datetime.date(2025, 1, 1),
    }


def test_dates_come_from_the_repository_with_paths_under_docs(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=tmp_path, check=True)
    commit(tmp_path, {"docs/area/page.md": "one", "docs/area/страница.ru.md": "один", "mkdocs.yml": "x"}, when="2026-01-10T12:00:00+00:00")
    commit(tmp_path, {"docs/area/page.md": "two"}, when="2026-03-02T23:30:00+00:00")
    (tmp_path / "docs" / "new.md").write_text("not committed", encoding="utf-8")
    assert last_change_dates(tmp_path / "docs") == {
        "area/page.md": datetime.date(2026, 3, 2),
        "area/страница.ru.md": datetime.date(2026, 1, 10),
    }


def test_outside_a_repository_nothing_is_known(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    assert last_change_dates(tmp_path / "docs") == {}
    assert last_change_dates(tmp_path / "gone") == {}
