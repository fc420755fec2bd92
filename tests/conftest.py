"""Shared fixtures: the built site, the published (mike) site and a headless Chromium."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

TESTS_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(TESTS_DIR), str(TESTS_DIR.parent / "hooks")]

from support.mkdocs_run import build_strict  # noqa: E402
from support.paths import REPO_ROOT  # noqa: E402
from support.publish import PUBLISHED_VERSION, publish_with_mike, write_versions_json  # noqa: E402
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


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    from support.browser import CHROMIUM_ARGS
    from support.paths import CHROMIUM

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    opened = context.new_page()
    yield opened
    context.close()


def _served_fixture_site(tmp_path_factory: pytest.TempPathFactory, fixture: str) -> Iterator[str]:
    """A fixture site (real config, theme and hooks, the fixture's pages), built and served
    as mike publishes it, so the version selector finds its versions.json."""
    from support.mkdocs_run import build_strict
    from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs

    root = copy_project_with_docs(tmp_path_factory.mktemp(fixture), TESTS_DIR / "fixtures" / fixture)
    published = root / "published"
    result = build_strict(root, published / PUBLISHED_VERSION, config_file=FIXTURE_CONFIG)
    assert result.returncode == 0, result.stderr
    write_versions_json(published)
    with serve_folder(published) as base_url:
        yield f"{base_url}{PUBLISHED_VERSION}/"


@pytest.fixture(scope="session")
def tables_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _served_fixture_site(tmp_path_factory, "decision-tables-site")


@pytest.fixture(scope="session")
def content_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _served_fixture_site(tmp_path_factory, "content-site")
