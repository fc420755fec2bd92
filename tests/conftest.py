"""Shared fixtures: the built site, the published (mike) site and a headless Chromium."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(TESTS_DIR), str(TESTS_DIR.parent / "hooks")]

from support.mkdocs_run import build_strict  # noqa: E402
from support.paths import REPO_ROOT  # noqa: E402
from support.publish import PUBLISHED_VERSION, publish_with_mike  # noqa: E402
from support.static_server import serve_folder  # noqa: E402


class BuiltSite:
    """The real KB built strictly once per test session, with what the build printed."""

    def __init__(self, site_dir: Path, returncode: int, output: str) -> None:
        self.site_dir = site_dir
        self.returncode = returncode
        self.output = output


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site_dir = tmp_path_factory.mktemp("site")
    result = build_strict(REPO_ROOT, site_dir)
    return BuiltSite(site_dir, result.returncode, result.stdout + result.stderr)


@pytest.fixture(scope="session")
def published_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gh-pages tree that the deploy workflow's mike command produces for the KB."""
    return publish_with_mike(tmp_path_factory.mktemp("publish"))


@pytest.fixture(scope="session")
def published_url(published_root: Path) -> Iterator[str]:
    """Base URL of the published tree; the release lives under PUBLISHED_VERSION/."""
    with serve_folder(published_root) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def release_url(published_url: str) -> str:
    return f"{published_url}{PUBLISHED_VERSION}/"
