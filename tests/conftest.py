"""Shared fixtures: the published (mike) site, fixture sites built with the real configuration,
and a headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from support.fixture_sites import BuiltSite, FixtureSite
from support.mkdocs_run import build_strict
from support.publish import PUBLISHED_VERSION, Publication, publish_with_mike, write_versions_json
from support.static_server import serve_folder

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

TESTS_DIR = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def publication(tmp_path_factory: pytest.TempPathFactory) -> Publication:
    """The KB published as the deploy workflow publishes it: mike builds it strictly."""
    return publish_with_mike(tmp_path_factory.mktemp("publish"))


@pytest.fixture(scope="session")
def built_site(publication: Publication) -> BuiltSite:
    """The release's built site and what its strict build printed (mike runs the build)."""
    return BuiltSite(publication.root / PUBLISHED_VERSION, publication.returncode, publication.output)


@pytest.fixture(scope="session")
def published_root(publication: Publication) -> Path:
    """The gh-pages tree that the deploy workflow's mike command produces for the KB."""
    assert publication.returncode == 0, publication.output
    return publication.root


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


def _built_fixture_site(tmp_path_factory: pytest.TempPathFactory, fixture: str) -> FixtureSite:
    from support.mkdocs_run import warnings_in
    from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs

    root = copy_project_with_docs(tmp_path_factory.mktemp(fixture), TESTS_DIR / "fixtures" / fixture)
    published = root / "published"
    result = build_strict(root, published / PUBLISHED_VERSION, config_file=FIXTURE_CONFIG)
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []
    write_versions_json(published)
    return FixtureSite(published / PUBLISHED_VERSION, result.stdout + result.stderr)


def _served(site: FixtureSite) -> Iterator[str]:
    with serve_folder(site.site_dir.parent) as base_url:
        yield f"{base_url}{PUBLISHED_VERSION}/"


@pytest.fixture(scope="session")
def tables_site(tmp_path_factory: pytest.TempPathFactory) -> FixtureSite:
    return _built_fixture_site(tmp_path_factory, "decision-tables-site")


@pytest.fixture(scope="session")
def content_site(tmp_path_factory: pytest.TempPathFactory) -> FixtureSite:
    return _built_fixture_site(tmp_path_factory, "content-site")


@pytest.fixture(scope="session")
def tables_site_url(tables_site: FixtureSite) -> Iterator[str]:
    yield from _served(tables_site)


@pytest.fixture(scope="session")
def content_site_url(content_site: FixtureSite) -> Iterator[str]:
    yield from _served(content_site)
