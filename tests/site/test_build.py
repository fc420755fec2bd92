"""The real KB: a strict, warning-free build in five languages, with nothing fetched from elsewhere."""

from pathlib import Path

import pytest
import yaml

from kb.checks.external_resources import find_external_resources
from kb.core.languages import direction, language_file
from support.fixture_sites import BuiltSite
from support.html_query import find, parse_file
from support.mkdocs_run import builder, builder_path, warnings_in
from support.paths import DOCS_DIR, LANGUAGES, REPO_ROOT, SITE_LANGUAGES, language_prefix

SITE_NAMES = {
    "en": "Customer Support Knowledge Base",
    "ru": "База знаний службы поддержки",
    "fa": "پایگاه دانش پشتیبانی مشتریان",
    "lv": "Klientu atbalsta zināšanu bāze",
    "zh": "客户支持知识库",
}
CONTENT_PAGE = "using-the-kb"
SECTION_TITLES = {
    "en": "Home-shopping contact centre",
    "ru": "Контакт-центр магазина на диване",
    "fa": "مرکز تماس فروش تلویزیونی",
    "lv": "Televeikala kontaktcentrs",
    "zh": "电视购物客服中心",
}


def page(site: BuiltSite, language: str, slug: str = "") -> Path:
    return site.site_dir / language_prefix(language) / slug / "index.html"


def test_strict_build_passes_without_warnings(built_site: BuiltSite) -> None:
    assert built_site.returncode == 0, built_site.output
    assert warnings_in(built_site.output) == []


def test_the_published_site_is_built_by_the_builder_under_test() -> None:
    """mike publishes with ProperDocs wherever ProperDocs is installed: only in the virtualenv
    of `make test-properdocs` (KB_BUILDER=properdocs), never in the site's own requirements."""
    from mike import mkdocs_utils

    assert mkdocs_utils._program_name == builder()
    assert builder_path().exists()
    site_requirements = (REPO_ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert "\nproperdocs==" not in site_requirements


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_home_and_content_page(built_site: BuiltSite, language: str) -> None:
    for slug in ("", CONTENT_PAGE):
        elements = parse_file(page(built_site, language, slug))
        [html] = find(elements, "html")
        assert html.attrs["lang"] == language
        [body] = find(elements, "body")
        assert body.attrs["dir"] == direction(language)
        [title] = find(elements, "title")
        assert title.text.endswith(SITE_NAMES[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_navigation_titles_come_from_the_language(built_site: BuiltSite, language: str) -> None:
    source = DOCS_DIR / language_file(f"{CONTENT_PAGE}.md", language, languages=SITE_LANGUAGES)
    heading = next(line for line in source.read_text(encoding="utf-8").splitlines() if line.startswith("# "))
    elements = parse_file(page(built_site, language))
    nav_labels = [link.text for link in find(elements, "a", class_="md-nav__link")]
    assert heading.removeprefix("# ").split(" {#")[0] in nav_labels
    # Section titles come from nav_translations.
    section_labels = {label.text for label in elements if label.tag in ("a", "label") and label.has_class("md-nav__link")}
    assert SECTION_TITLES[language] in section_labels


@pytest.mark.parametrize("language", LANGUAGES)
def test_explicit_heading_ids_are_shared_by_every_language(built_site: BuiltSite, language: str) -> None:
    ids = {element.attrs.get("id") for element in parse_file(page(built_site, language, CONTENT_PAGE))}
    assert {"using-the-kb", "finding", "reading", "releases", "offline", "changing"} <= ids


@pytest.mark.parametrize("language", LANGUAGES)
def test_edit_link_opens_the_page_source_in_the_repository(built_site: BuiltSite, language: str) -> None:
    config = yaml.load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader builds strings, lists and mappings only
    expected = f"{config['repo_url']}/{config['edit_uri']}{language_file(CONTENT_PAGE + '.md', language, languages=SITE_LANGUAGES)}"
    [edit] = find(parse_file(page(built_site, language, CONTENT_PAGE)), "a", rel="edit")
    assert edit.attrs["href"] == expected


def test_no_built_page_fetches_from_another_host(built_site: BuiltSite) -> None:
    pages = sorted(built_site.site_dir.rglob("*.html"))
    assert len(pages) >= 2 * len(LANGUAGES)
    offenders = {str(path): find_external_resources(path.read_text(encoding="utf-8")) for path in pages}
    assert {path: found for path, found in offenders.items() if found} == {}


def test_header_repository_link_does_not_ask_the_forge_api(built_site: BuiltSite) -> None:
    # Material fetches stars and forks for elements marked data-md-component="source".
    elements = parse_file(page(built_site, "en"))
    assert find(elements, "a", class_="md-source")
    assert not [element for element in elements if element.attrs.get("data-md-component") == "source"]


def test_persian_font_is_shipped_with_the_site(built_site: BuiltSite) -> None:
    fonts = list((built_site.site_dir / "assets" / "fonts").rglob("*.woff2"))
    assert [font.name for font in fonts] == ["vazirmatn-arabic-wght-normal.woff2"]
