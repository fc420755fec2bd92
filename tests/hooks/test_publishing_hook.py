"""hooks/publishing_hook.py on a small two-language site: each language's not-found page in its
own folder, and the release's own 404.html in the default language, showing the language an
address names."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.html_query import parse_file
from support.mkdocs_run import build_strict
from support.temp_site import TWO_LANGUAGES, write_site


def build(root: Path, hooks: list[str]) -> Path:
    write_site(
        root,
        pages={"index.md": "# Home\n", "index.ru.md": "# Главная\n"},
        hooks=hooks,
        extra_config={"plugins": ["search", TWO_LANGUAGES], "site_url": "https://kb.example.org/1.0/"},
    )
    result = build_strict(root, root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("publishing"), ["theme_hook.py", "publishing_hook.py"])


def html_language(page: Path) -> str:
    return page.read_text(encoding="utf-8").split('<html lang="', 1)[1].split('"', 1)[0]


def test_each_language_has_its_own_not_found_page(site: Path) -> None:
    assert html_language(site / "404.html") == "en"
    assert html_language(site / "ru" / "404.html") == "ru"


def test_the_releases_not_found_page_shows_the_language_the_address_names(site: Path) -> None:
    text = (site / "404.html").read_text(encoding="utf-8")
    assert '"root": "/1.0/"' in text and '"languages": ["ru"]' in text
    assert "kbShowNotFound" not in (site / "ru" / "404.html").read_text(encoding="utf-8")
    assert any(element.tag == "h1" for element in parse_file(site / "ru" / "404.html"))


def test_without_the_hook_the_last_language_built_answers_every_missing_address(tmp_path: Path) -> None:
    site = build(tmp_path, ["theme_hook.py"])
    assert html_language(site / "404.html") == "ru"
    assert not (site / "ru" / "404.html").exists()
