"""The KB's content follows its conventions: front matter, areas, tables, phone links, no debris."""

from __future__ import annotations

import re

import pytest

from kb.core.languages import direction
from kb.pages import scan_docs
from kb.translation.tracking import State, site_states
from support.fixture_sites import BuiltSite
from support.html_query import find, parse_file
from support.paths import DOCS_DIR, LANGUAGES, SITE_LANGUAGES, language_prefix

AREAS = {"online-store": "ru", "entekhab-1699": "fa", "home-shopping": "ru", "swopify": "lv", "baofeng-tv": "zh"}
DOCS = scan_docs(DOCS_DIR, languages=SITE_LANGUAGES)
PAGES = sorted(DOCS.page_files(), key=lambda file: file.path_in_docs)
# Scraped-page debris from the seeds: none of it is policy.
DEBRIS = [
    "слайд",
    "第1页",
    "共11页",
    "上传人",
    "文档编号",
    "点击查看更多",
    "资源描述",
    "举报",
    "展开阅读全文",
    "上传会员",
    "客服电话",
    "ICP备",
    "Valoda:",
    "Tirgus:",
    "收藏 分销",
]


@pytest.mark.parametrize(("area", "source_language"), AREAS.items())
def test_every_area_page_is_written_in_its_source_language(area: str, source_language: str) -> None:
    pages = {page: files for page, files in DOCS.pages.items() if page.startswith(f"{area}/")}
    assert f"{area}/index.md" in pages
    assert {page: DOCS.source_language(page) for page in pages} == dict.fromkeys(pages, source_language)
    assert [page for page, files in pages.items() if source_language not in files] == []


@pytest.mark.parametrize(("area", "source_language"), AREAS.items())
def test_every_area_has_decision_tables_on_its_pages(area: str, source_language: str) -> None:
    folder = DOCS_DIR / area
    tables = sorted(path.name for path in folder.glob("*.table.yml"))
    placed = {
        match
        for page in folder.glob("*.md")
        for match in re.findall(r"^::: decision-table (\S+)$", page.read_text(encoding="utf-8"), flags=re.MULTILINE)
    }
    assert tables, f"{area} has no decision table"
    assert set(tables) <= placed, f"tables not placed on any page: {set(tables) - placed}"


def test_no_seed_debris_reaches_a_page() -> None:
    found = {page.path_in_docs: [debris for debris in DEBRIS if debris in page.text] for page in PAGES}
    assert {page: debris for page, debris in found.items() if debris} == {}


def test_every_phone_number_in_the_directory_is_a_tel_link(built_site: BuiltSite) -> None:
    for language in ("", "ru/"):
        elements = parse_file(built_site.site_dir / language / "home-shopping" / "phone-directory" / "index.html")
        links = [link for link in find(elements, "a") if link.attrs.get("href", "").startswith("tel:")]
        assert len(links) >= 5
        for link in links:
            assert re.fullmatch(r"tel:\+?\d{3,15}", link.attrs["href"]), link.attrs["href"]
            # The dialled number is the one shown: the same last ten digits.
            assert re.sub(r"\D", "", link.text)[-10:] == re.sub(r"\D", "", link.attrs["href"])[-10:], link.text
        article = " ".join(element.text for element in elements if element.tag == "article")
        linked = " ".join(link.text for link in links)
        for number in re.findall(r"8 800 \d{3} \d{2} \d{2}", article):
            assert number in linked, f"{number} is not a tel: link"


def test_every_page_and_table_is_in_every_language_and_up_to_date() -> None:
    current = (State.SOURCE, State.UP_TO_DATE)
    stale = {
        page: {language: state.name for language, state in states.items() if state not in current}
        for page, states in site_states(DOCS).items()
    }
    assert {page: states for page, states in stale.items() if states} == {}


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_area_has_a_glossary_in_every_language(area: str) -> None:
    missing = [language for language in LANGUAGES if f"snippets/glossary/{area}.{language}.md" not in DOCS.files]
    assert missing == []


@pytest.mark.parametrize(("area", "source_language"), AREAS.items())
def test_scripts_on_translated_pages_say_their_language_and_direction(built_site: BuiltSite, area: str, source_language: str) -> None:
    expected = {"lang": source_language, "dir": direction(source_language)}
    scripts_seen = 0
    for language in LANGUAGES:
        for page in sorted((built_site.site_dir / language_prefix(language) / area).rglob("index.html")):
            for script in (element for element in parse_file(page) if element.has_class("kb-script-text")):
                scripts_seen += 1
                marked = {name: script.attrs.get(name) for name in ("lang", "dir")}
                assert marked == (expected if language != source_language else {"lang": None, "dir": None}), (page, marked)
    if area in ("home-shopping", "entekhab-1699"):
        assert scripts_seen > 0  # the areas whose sources have scripts


def test_source_wording_in_a_persian_table_runs_left_to_right(built_site: BuiltSite) -> None:
    page = built_site.site_dir / "fa" / "home-shopping" / "where-is-my-parcel" / "index.html"
    spans = [element for element in parse_file(page) if element.tag == "span" and element.attrs.get("lang") == "ru"]
    assert spans and all(span.attrs.get("dir") == "ltr" for span in spans)


MIN_PHRASINGS = 3


def test_every_page_says_how_customers_ask_for_it_in_its_language() -> None:
    """customer_says, written per language: at least three on every page file."""
    short = [file.path_in_docs for file in PAGES if len(file.fields.get("customer_says") or []) < MIN_PHRASINGS]
    assert short == []


def test_every_table_row_says_how_customers_ask_for_it_in_every_language() -> None:
    short = [
        f"{path}#{row.id} ({language})"
        for path, table_file in sorted(DOCS.tables.items())
        if table_file.table is not None
        for row in table_file.table.rows
        for language in LANGUAGES
        if len(row.customer_says.get(language, ())) < MIN_PHRASINGS
    ]
    assert short == []
