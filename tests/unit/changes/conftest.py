"""The release-notes tests' repository: support.release_repo."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.release_repo import release_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return release_project(tmp_path)
