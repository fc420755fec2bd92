"""hooks/page_meta.py, say_blocks.py and glossary.py on a small site with one area in two languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.html_query import find, parse_file
from support.mkdocs_run import warnings_in
from support.paths import REPO_ROOT
from support.temp_site import build_fixture, replace_in

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    returncode, stderr, site_dir = build_fixture(tmp_path_factory.mktemp("content"), FIXTURE)
    assert returncode == 0, stderr
    assert warnings_in(stderr) == []
    return site_dir


def page_meta_text(page: Path) -> str:
    [meta] = [element for element in parse_file(page) if element.has_class("kb-page-meta")]
    return meta.text


def test_page_metadata_is_shown_in_the_page_language(site: Path) -> None:
    assert page_meta_text(site / "ru" / "shop" / "greeting" / "index.html") == (
        "Статус Опубликовано Язык оригинала русский Владелец kb-shop Последняя проверка 2026-11-22 Проверить до 2027-05-22"
    )
    assert "Original language Russian" in page_meta_text(site / "shop" / "greeting" / "index.html")


def test_draft_pages_carry_the_draft_notice(site: Path) -> None:
    draft = [element for element in parse_file(site / "ru" / "shop" / "draft-article" / "index.html") if element.has_class("kb-draft")]
    published = [element for element in parse_file(site / "ru" / "shop" / "greeting" / "index.html") if element.has_class("kb-draft")]
    assert draft and "Черновик" in draft[0].text and published == []


def test_area_abbreviations_become_tooltips_in_the_page_language(site: Path) -> None:
    [russian] = find(parse_file(site / "ru" / "shop" / "greeting" / "index.html"), "abbr")
    [english] = find(parse_file(site / "shop" / "greeting" / "index.html"), "abbr")
    assert (russian.text, russian.attrs["title"]) == ("ИМ", "Интернет-магазин")
    assert (english.text, english.attrs["title"]) == ("ИМ", "Online store (internet-magazin)")


def test_say_block_separates_the_words_to_say_from_their_meaning(site: Path) -> None:
    elements = parse_file(site / "shop" / "greeting" / "index.html")
    [script] = [element for element in elements if element.has_class("kb-script-text")]
    [meaning] = [element for element in elements if element.has_class("kb-meaning")]
    assert script.text == "Здравствуйте, Отдел поддержки клиентов, меня зовут … Чем могу Вам помочь?"
    assert meaning.text.startswith("Hello, Customer Support department")
    [button] = [element for element in elements if element.has_class("kb-script-copy")]
    assert button.attrs["data-clipboard-target"] == f"#{script.attrs['id']}"
    # Said in Russian on the English page; on the Russian page, in the page's own language.
    assert (script.attrs.get("lang"), script.attrs.get("dir")) == ("ru", "ltr")
    [original] = [element for element in parse_file(site / "ru" / "shop" / "greeting" / "index.html") if element.has_class("kb-script-text")]
    assert "lang" not in original.attrs


def test_glossary_page_lists_the_area_terms(site: Path) -> None:
    [glossary] = [element for element in parse_file(site / "ru" / "glossary" / "index.html") if element.has_class("kb-glossary")]
    assert glossary.text == "ИМ Интернет-магазин ФМ Фирменный магазин"


def test_snippet_files_are_not_published(site: Path) -> None:
    assert not (site / "snippets").exists()


@pytest.mark.parametrize(
    ("page", "old", "new", "expected"),
    [
        ("shop/greeting.ru.md", "title: Приветствие", "title: Приветствие: клиент", "docs/shop/greeting.ru.md:2: invalid YAML"),
        ("shop/greeting.ru.md", "owner: kb-shop\n", "", "docs/shop/greeting.ru.md:2: front matter has no 'owner'"),
        ("shop/greeting.md", "area: shop", "area: store", "docs/shop/greeting.md:3: area 'store' does not match the page's folder 'shop'"),
        ("glossary.ru.md", "::: glossary shop", "::: glossary shops", "docs/glossary.ru.md:15: area 'shops' has no glossary"),
    ],
)
def test_faults_fail_the_build_with_file_and_line(tmp_path: Path, page: str, old: str, new: str, expected: str) -> None:
    returncode, stderr, _ = build_fixture(tmp_path, FIXTURE, lambda docs: replace_in(docs / page, old, new))
    assert returncode != 0
    assert stderr.count(expected) == 1, stderr


def test_navigation_marks_draft_pages_only(site: Path) -> None:
    statuses = [element for element in parse_file(site / "ru" / "shop" / "greeting" / "index.html") if element.has_class("md-status")]
    assert [(status.attrs["class"], status.attrs.get("title")) for status in statuses] == [("md-status md-status--draft", "Черновик")]
