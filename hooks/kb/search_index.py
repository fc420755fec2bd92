"""The site's search index: Pagefind, one index per language, loaded in chunks.

Reads a built site, prepares each page (kb.search_records) and runs the Pagefind indexer
over the prepared copies, writing its bundle into the site next to the pages it indexes, so
each published version carries its own. Rows that are results of their own are indexed as
small pages whose `target` meta says where the row is. Why Pagefind and not Material's lunr
index: tests/benchmarks/search-decision.md.
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pagefind_bin_extended import get_executable

from kb.search_records import PreparedPage, SearchRecord, prepared_page

BUNDLE_DIR = "pagefind"
ROWS_DIR = "_rows"  # in the indexer's copy only
# Built pages that are not reading matter.
_NOT_PAGES = ("404.html",)


class SearchIndexError(RuntimeError):
    """The indexer failed; the message carries its output."""


@dataclass(frozen=True)
class IndexSummary:
    pages: int
    records: int
    languages: tuple[str, ...]


def page_url(html_file: Path, *, site_dir: Path) -> str:
    """/ru/area/page/ for site/ru/area/page/index.html."""
    return "/" + html_file.relative_to(site_dir).as_posix().removesuffix("index.html")


def prepared_pages(site_dir: Path) -> Iterator[tuple[Path, PreparedPage]]:
    """Each indexed page's path under site_dir, prepared."""
    for html_file in sorted(site_dir.rglob("*.html")):
        relative = html_file.relative_to(site_dir)
        if relative.parts[0] == BUNDLE_DIR or relative.name in _NOT_PAGES:
            continue
        page = prepared_page(html_file.read_text(encoding="utf-8"), page_url=page_url(html_file, site_dir=site_dir))
        if page is not None:
            yield relative, page


def record_page(record: SearchRecord) -> str:
    """A row as a page of its own for the indexer: its title, its text, where it is."""
    return (
        f'<!DOCTYPE html><html lang="{html.escape(record.language)}"><head><meta charset="utf-8"></head>'
        f'<body data-pagefind-body><h1>{html.escape(record.title)}</h1><p>{html.escape(record.content)}</p>'
        f'<p data-pagefind-ignore data-pagefind-meta="target">{html.escape(record.url)}</p>'
        f'<p data-pagefind-ignore data-pagefind-meta="page">{html.escape(record.page_title)}</p></body></html>'
    )


def write_search_index(site_dir: Path) -> IndexSummary:
    """Index every page of the built site into site_dir/pagefind/."""
    pages = records = 0
    languages: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="kb-search-") as copy:
        copy_dir = Path(copy)
        for relative, page in prepared_pages(site_dir):
            target = copy_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.html, encoding="utf-8")
            pages += 1
            languages.add(page.language)
            for number, record in enumerate(page.records):
                row_file = copy_dir / ROWS_DIR / relative.parent / str(number) / "index.html"
                row_file.parent.mkdir(parents=True, exist_ok=True)
                row_file.write_text(record_page(record), encoding="utf-8")
                records += 1
        result = subprocess.run(
            [str(get_executable()), "--site", str(copy_dir), "--output-path", str(site_dir / BUNDLE_DIR)],
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        raise SearchIndexError(f"the search indexer (Pagefind) failed:\n{result.stdout}{result.stderr}")
    return IndexSummary(pages, records, tuple(sorted(languages)))
