"""hooks/decision_tables.py on a small site with tables in Russian, Persian and English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kb.search_index import prepared_pages
from support.html_query import find, parse_file
from support.mkdocs_run import warnings_in
from support.paths import REPO_ROOT
from support.temp_site import build_fixture as build_site_fixture
from support.temp_site import replace_in

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "decision-tables-site"


def build_fixture(root: Path, edit: Callable[[Path], None] | None = None) -> tuple[int, str, Path]:
    return build_site_fixture(root, FIXTURE, edit)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    returncode, stderr, site_dir = build_fixture(tmp_path_factory.mktemp("tables"))
    assert returncode == 0, stderr
    assert warnings_in(stderr) == []
    return site_dir


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
    row_headers = [cell.text.removesuffix("#") for cell in find(elements, "th") if cell.attrs.get("scope") == "row"]
    assert row_headers == ["تا ۵۰۰٫۰۰۰ تومان", "تا ۳٫۰۰۰٫۰۰۰ تومان"]


def test_table_data_files_are_not_published(site: Path) -> None:
    assert list(site.rglob("*.table.yml")) == []


def test_every_row_is_a_search_result_linking_to_its_row(site: Path) -> None:
    records = {record.url: record.title for _, page in prepared_pages(site) for record in page.records}
    assert records["/ru/#parcel-status--buffer-post"].endswith(": Буфер · Почта России")
    assert records["/#parcel-status--buffer-post"].endswith(": Buffer · Russian Post")
    assert records["/fa/refunds/#refund-thresholds--up-to-500000"].endswith(": تا ۵۰۰٫۰۰۰ تومان")
    assert (site / "pagefind" / "pagefind-entry.json").exists()


def test_duplicate_row_id_fails_once_with_file_line_and_row(tmp_path: Path) -> None:
    def edit(docs: Path) -> None:
        replace_in(docs / "parcel-status.table.yml", "  - id: buffer-post", "  - id: buffer-courier")

    returncode, stderr, _ = build_fixture(tmp_path, edit)
    assert returncode != 0
    message = "docs/parcel-status.table.yml:37: row id 'buffer-courier' is used twice (first on line 30)"
    assert stderr.count(message) == 1, stderr


def test_missing_row_link_anchor_names_the_table_line(tmp_path: Path) -> None:
    def edit(docs: Path) -> None:
        replace_in(docs / "parcel-status.table.yml", "link: returns.md#refund-deadline", "link: returns.md#deadline")

    returncode, stderr, _ = build_fixture(tmp_path, edit)
    assert returncode != 0
    assert stderr.count("docs/parcel-status.table.yml:36: row 'buffer-courier': 'returns.md' has no anchor '#deadline'") == 1, stderr


def test_translation_without_the_table_fails(tmp_path: Path) -> None:
    def edit(docs: Path) -> None:
        replace_in(docs / "index.ru.md", "\n::: decision-table parcel-status.table.yml\n", "\n")

    returncode, stderr, _ = build_fixture(tmp_path, edit)
    assert returncode != 0
    assert "docs/index.ru.md:1: this translation does not place decision table 'parcel-status.table.yml', which docs/index.md places" in stderr


def test_page_in_a_language_the_table_lacks_fails(tmp_path: Path) -> None:
    def edit(docs: Path) -> None:
        (docs / "returns.lv.md").write_text("# Atgriešana {#returns}\n\n## Termiņš {#refund-deadline}\n\n::: decision-table parcel-status.table.yml\n", encoding="utf-8")

    returncode, stderr, _ = build_fixture(tmp_path, edit)
    assert returncode != 0
    assert "docs/returns.lv.md:5: decision table 'parcel-status.table.yml' has no text in 'lv', the language of this page" in stderr
