"""git in a temporary repository, as an editor with a name and address commits."""

from __future__ import annotations

import subprocess
from pathlib import Path


def git(repo: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", *arguments],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
