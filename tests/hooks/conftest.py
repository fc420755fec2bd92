"""Shared by the hooks' integration tests: the content fixture built once with one fault of
each kind its hooks report, so the faults cost one build and not one each."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.paths import REPO_ROOT
from support.seeded_faults import CONTENT_FAULTS
from support.temp_site import build_fixture, replace_in

CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"


@pytest.fixture(scope="session")
def content_faults_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What the strict build of the content fixture with every CONTENT_FAULTS seeded printed."""

    def seed(docs: Path) -> None:
        for fault in CONTENT_FAULTS.values():
            replace_in(docs / fault.page, fault.old, fault.new)

    returncode, stderr, _ = build_fixture(tmp_path_factory.mktemp("content-faults"), CONTENT_FIXTURE, seed)
    assert returncode != 0
    return stderr
