"""The site's search index: Pagefind, one index per language, loaded in chunks.

Reads a built site, prepares each page (kb.search.records) and hands the prepared copies to
Pagefind's indexing API, which writes its bundle into the site next to the pages it indexes,
so each published version carries its own. Table rows and phone-directory entries are custom
records: results of their own, whose `target` meta says where the row is. Why Pagefind and
not Material's lunr index: tests/benchmarks/search-decision.md.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kb.search.pagefind_service import PromptPagefindService
from kb.search.records import PreparedPage, prepared_page

BUNDLE_DIR = "pagefind"
# Built pages that are not reading matter.
_NOT_PAGES = ("404.html",)


class SearchIndexError(RuntimeError):
    """The indexer failed; the message says why."""


@dataclass(frozen=True)
class IndexSummary:
    pages: int
    records: int
    languages: tuple[str, ...]


def page_url(html_file: Path, *, site_dir: Path) -> str:
    """/ru/area/page/ for site/ru/area/page/index.html."""
    return "/" + html_file.relative_to(site_dir).as_posix().removesuffix("index.html")


def prepared_pages(site_dir: Path) -> Iterator[PreparedPage]:
    """Each indexed page of the built site, prepared."""
    for html_file in sorted(site_dir.rglob("*.html")):
        relative = html_file.relative_to(site_dir)
        if relative.parts[0] == BUNDLE_DIR or relative.name in _NOT_PAGES:
            continue
        page = prepared_page(html_file.read_text(encoding="utf-8"), page_url=page_url(html_file, site_dir=site_dir))
        if page is not None:
            yield page


async def _index(pages: list[PreparedPage], output: Path) -> None:
    async with PromptPagefindService() as service:
        index = await service.create_index()
        for page in pages:
            await index.add_html_file(content=page.html, url=page.url)
            for record in page.records:
                meta = {"title": record.title, "target": record.url, "page": record.page_title}
                await index.add_custom_record(url=record.url, content=record.content, language=record.language, meta=meta)
        await index.write_files(output_path=str(output))


def write_search_index(site_dir: Path) -> IndexSummary:
    """Index every page of the built site into site_dir/pagefind/."""
    pages = list(prepared_pages(site_dir))
    try:
        asyncio.run(_index(pages, site_dir / BUNDLE_DIR))
    except Exception as error:  # the service reports its failures as exceptions of its own
        raise SearchIndexError(f"the search indexer (Pagefind) failed: {error}") from error
    return IndexSummary(len(pages), sum(len(page.records) for page in pages), tuple(sorted({page.language for page in pages})))
