"""hooks/components_hook.py on small sites with the real configuration: decision tables in
Russian, Persian and English; "say this" blocks and area glossaries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kb.search.index import prepared_pages
from support.fixture_sites import FixtureSite
from support.html_query import find, parse_file
from support.paths import REPO_ROOT
from support.seeded_faults import CONTENT_FAULTS
from support.temp_site import build_fixture as build_site_fixture
from support.temp_site import replace_in

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "decision-tables-site"


def build_fixture(root: Path, edit: Callable[[Path], None] | None = None) -> tuple[int, str, Path]:
    return build_site_fixture(root, FIXTURE, edit)


@pytest.fixture(scope="module")
def site(tables_site: FixtureSite) -> Path:
    return tables_site.site_dir


@pytest.fixture(scope="module")
def content(content_site: FixtureSite) -> Path:
    return content_site.site_dir


def test_each_language_gets_the_table_in_its_own_words(site: Path) -> None:
    russian = parse_file(site / "ru" / "index.html")
    english = parse_file(site / "index.html")
    assert [caption.text for caption in find(russian, "caption")] == ["Где посылка — по статусу заказа и способу доставки"]
    assert [caption.text for caption in find(english, "caption")] == ["Where is my parcel, by order status and delivery method"]
    for elements in (russian, english):
        assert [row.attrs["id"] for row in find(elements, "tr") if "id" in row.attrs] == [
            "parcel-status--buffer-courier",
            "parcel-status--buffer-post",
            "parcel-status--shipped-any",
        ]


def test_persian_page_has_the_persian_table(site: Path) -> None:
    elements = parse_file(site / "fa" / "refunds" / "index.html")
    assert find(elements, "body")[0].attrs["dir"] == "rtl"
    row_headers = [cell.text.removesuffix("⚑").removesuffix("#") for cell in find(elements, "th") if cell.attrs.get("scope") == "row"]
    assert row_headers == ["تا ۵۰۰٫۰۰۰ تومان", "تا ۳٫۰۰۰٫۰۰۰ تومان"]


def test_table_data_files_are_not_published(site: Path) -> None:
    assert list(site.rglob("*.table.yml")) == []


def test_every_row_is_a_search_result_linking_to_its_row(site: Path) -> None:
    records = {record.url: record.title for page in prepared_pages(site) for record in page.records}
    assert records["/ru/#parcel-status--buffer-post"].endswith(": Буфер · Почта России")
    assert records["/#parcel-status--buffer-post"].endswith(": Buffer · Russian Post")
    assert records["/fa/refunds/#refund-thresholds--up-to-500000"].endswith(": تا ۵۰۰٫۰۰۰ تومان")
    assert (site / "pagefind" / "pagefind-entry.json").exists()


def break_tables(docs: Path) -> None:
    """Faults a strict build reports together: the table's own, and a page's in the last language built."""
    replace_in(docs / "parcel-status.table.yml", "  - id: buffer-post", "  - id: buffer-courier")
    replace_in(docs / "parcel-status.table.yml", "link: returns.md#refund-deadline", "link: returns.md#deadline")
    (docs / "returns.lv.md").write_text(
        "# Atgriešana {#returns}\n\n## Termiņš {#refund-deadline}\n\n::: decision-table parcel-status.table.yml\n", encoding="utf-8"
    )


@pytest.fixture(scope="module")
def faults(tmp_path_factory: pytest.TempPathFactory) -> str:
    returncode, stderr, _ = build_fixture(tmp_path_factory.mktemp("faults"), break_tables)
    assert returncode != 0
    return stderr


def test_duplicate_row_id_fails_once_with_file_line_and_row(faults: str) -> None:
    assert faults.count("docs/parcel-status.table.yml:37: row id 'buffer-courier' is used twice (first on line 30)") == 1, faults


def test_a_row_link_to_a_missing_anchor_is_reported_once_at_the_table_line(faults: str) -> None:
    # The one link checker reads the table's links from the page, and names the table's line.
    assert (
        faults.count("docs/parcel-status.table.yml:36: link returns.md#deadline names #deadline, which docs/returns.md does not have") == 1
    ), faults
    assert faults.count("returns.md#deadline") == 1, faults


def test_page_in_a_language_the_table_lacks_fails(faults: str) -> None:
    assert "docs/returns.lv.md:5: decision table 'parcel-status.table.yml' has no text in 'lv', the language of this page" in faults


def test_translation_without_the_table_fails(tmp_path: Path) -> None:
    def edit(docs: Path) -> None:
        replace_in(docs / "index.ru.md", "\n::: decision-table parcel-status.table.yml\n", "\n")

    returncode, stderr, _ = build_fixture(tmp_path, edit)
    assert returncode != 0
    assert (
        # At the line where the others place it: after the heading, before the next block.
        "docs/index.ru.md:14: this translation does not place decision table 'parcel-status.table.yml', which docs/index.md places"
        in stderr
    )


def test_area_abbreviations_become_tooltips_in_the_page_language(content: Path) -> None:
    [russian] = find(parse_file(content / "ru" / "shop" / "greeting" / "index.html"), "abbr")
    [english] = find(parse_file(content / "shop" / "greeting" / "index.html"), "abbr")
    assert (russian.text, russian.attrs["title"]) == ("ИМ", "Интернет-магазин")
    assert (english.text, english.attrs["title"]) == ("ИМ", "Online store (internet-magazin)")


def test_say_block_separates_the_words_to_say_from_their_meaning(content: Path) -> None:
    elements = parse_file(content / "shop" / "greeting" / "index.html")
    [script] = [element for element in elements if element.has_class("kb-script-text")]
    [meaning] = [element for element in elements if element.has_class("kb-meaning")]
    assert script.text == "Здравствуйте, Отдел поддержки клиентов, меня зовут … Чем могу Вам помочь?"
    assert meaning.text.startswith("Hello, Customer Support department")
    [button] = [element for element in elements if element.has_class("kb-script-copy")]
    assert button.attrs["data-clipboard-target"] == f"#{script.attrs['id']}"
    # Said in Russian on the English page; on the Russian page, in the page's own language.
    assert (script.attrs.get("lang"), script.attrs.get("dir")) == ("ru", "ltr")
    [original] = [
        element for element in parse_file(content / "ru" / "shop" / "greeting" / "index.html") if element.has_class("kb-script-text")
    ]
    assert "lang" not in original.attrs


def test_glossary_page_lists_the_area_terms(content: Path) -> None:
    [glossary] = [element for element in parse_file(content / "ru" / "glossary" / "index.html") if element.has_class("kb-glossary")]
    assert glossary.text == "ИМ Интернет-магазин ФМ Фирменный магазин"


def test_snippet_files_are_not_published(content: Path) -> None:
    assert not (content / "snippets").exists()


def test_unknown_glossary_area_fails_at_its_line(content_faults_output: str) -> None:
    expected = CONTENT_FAULTS["unknown-glossary"].expected
    assert content_faults_output.count(expected) == 1, content_faults_output


CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"


def _with_gaps(docs: Path) -> None:
    """A gap in the draft (both languages) and the open-questions list on the greeting pages."""
    replace_in(docs / "shop" / "draft-article.ru.md", "упоминает эту статью.", "упоминает эту статью, без адреса 〔…〕.")
    replace_in(docs / "shop" / "draft-article.md", "only name this article.", "only name this article, without the address 〔…〕.")
    for name in ("greeting.md", "greeting.ru.md"):
        page = docs / "shop" / name
        page.write_text(page.read_text(encoding="utf-8") + "\n::: open-questions shop\n", encoding="utf-8")


def test_gaps_say_who_to_ask_and_the_area_lists_them(tmp_path: Path) -> None:
    returncode, stderr, site = build_site_fixture(tmp_path, CONTENT_FIXTURE, _with_gaps)
    assert returncode == 0, stderr
    draft = parse_file(site / "ru" / "shop" / "draft-article" / "index.html")
    assert [element.text for element in find(draft, "span") if element.has_class("kb-not-given")] == [
        "〔в исходной политике не указано — уточните у kb-shop〕"
    ]
    listed = parse_file(site / "ru" / "shop" / "greeting" / "index.html")
    cells = [cell.text for cell in find(listed, "td")]
    assert cells[-6:] == [
        "Доставка и оплата",
        "Черновик: Страница неполная и ещё не утверждена.",
        "kb-shop",
        "Доставка и оплата",
        "Источник только упоминает эту статью, без адреса 〔…〕.",
        "kb-shop",
    ]
    english = parse_file(site / "shop" / "greeting" / "index.html")
    assert "Delivery and payment" in [cell.text for cell in find(english, "td")]
