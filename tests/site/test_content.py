"""The KB's content follows its conventions: front matter, areas, tables, phone links, no debris."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import BuiltSite
from kb.front_matter import page_meta
from kb.languages import file_language
from support.html_query import find, parse_file
from support.paths import DOCS_DIR, LANGUAGES

AREAS = {"online-store": "ru", "entekhab-1699": "fa", "home-shopping": "ru", "swopify": "lv", "baofeng-tv": "zh"}
PAGES = sorted(path for path in DOCS_DIR.rglob("*.md") if "snippets" not in path.parts)
# Scraped-page debris from the seeds: none of it is policy.
DEBRIS = ["слайд", "第1页", "共11页", "上传人", "文档编号", "点击查看更多", "资源描述", "举报", "展开阅读全文", "上传会员", "客服电话", "ICP备", "Valoda:", "Tirgus:", "收藏 分销"]


def relative(path: Path) -> str:
    return path.relative_to(DOCS_DIR).as_posix()


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_every_page_has_valid_front_matter(page: Path) -> None:
    _, findings = page_meta(page.read_text(encoding="utf-8"), path=f"docs/{relative(page)}", path_in_docs=relative(page), languages=LANGUAGES)
    assert [str(finding) for finding in findings] == []


@pytest.mark.parametrize(("area", "source_language"), AREAS.items())
def test_every_area_page_exists_in_english_and_its_source_language(area: str, source_language: str) -> None:
    folder = DOCS_DIR / area
    english = {path.name.removesuffix(".md") for path in folder.glob("*.md") if file_language(path.name, languages=LANGUAGES, unsuffixed="en") == "en"}
    source = {path.name.removesuffix(f".{source_language}.md") for path in folder.glob(f"*.{source_language}.md")}
    assert "index" in english
    assert english == source


@pytest.mark.parametrize(("area", "source_language"), AREAS.items())
def test_every_area_has_decision_tables_on_its_pages(area: str, source_language: str) -> None:
    folder = DOCS_DIR / area
    tables = sorted(path.name for path in folder.glob("*.table.yml"))
    placed = {match for page in folder.glob("*.md") for match in re.findall(r"^::: decision-table (\S+)$", page.read_text(encoding="utf-8"), flags=re.MULTILINE)}
    assert tables, f"{area} has no decision table"
    assert set(tables) <= placed, f"tables not placed on any page: {set(tables) - placed}"


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_no_seed_debris_reaches_a_page(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert [debris for debris in DEBRIS if debris in text] == []


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


def test_every_page_is_in_every_language_and_up_to_date() -> None:
    from collections import defaultdict

    from kb.front_matter import declared_fields
    from kb.languages import neutral_path
    from kb.translations import State, page_states

    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for page in PAGES:
        groups[neutral_path(relative(page), languages=LANGUAGES)][file_language(relative(page), languages=LANGUAGES, unsuffixed="en")] = page.read_text(encoding="utf-8")
    stale = {}
    for page, texts in groups.items():
        source_language = str(declared_fields(next(iter(texts.values()))).get("source_language"))
        state = page_states(texts, source_language=source_language, languages=LANGUAGES)
        if state[source_language] != State.SOURCE or any(state[language] not in (State.SOURCE, State.UP_TO_DATE) for language in LANGUAGES):
            stale[page] = {language: state[language].name for language in LANGUAGES}
    assert stale == {}


def test_every_decision_table_translation_is_up_to_date() -> None:
    from kb.decision_tables.parse import parse_table
    from kb.translations import State, table_states

    stale = {}
    for path in sorted(DOCS_DIR.rglob("*.table.yml")):
        table, _ = parse_table(path.read_text(encoding="utf-8"), path=relative(path), path_in_docs=relative(path), languages=LANGUAGES)
        states = table_states(table, languages=LANGUAGES)
        behind = {language: state.name for language, state in states.items() if state not in (State.SOURCE, State.UP_TO_DATE)}
        if behind:
            stale[relative(path)] = behind
    assert stale == {}


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_area_has_a_glossary_in_every_language(area: str) -> None:
    missing = [language for language in LANGUAGES if not (DOCS_DIR / "snippets" / "glossary" / f"{area}.{language}.md").exists()]
    assert missing == []


@pytest.mark.parametrize(("area", "source_language"), AREAS.items())
def test_scripts_on_translated_pages_say_their_language_and_direction(built_site: BuiltSite, area: str, source_language: str) -> None:
    expected = {"lang": source_language, "dir": "rtl" if source_language == "fa" else "ltr"}
    scripts_seen = 0
    for language in LANGUAGES:
        for page in sorted((built_site.site_dir / ("" if language == "en" else language) / area).rglob("index.html")):
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
