"""The site's search index: Pagefind, one index per language, loaded in chunks.

Reads a built site, prepares each page (kb.search.records) and hands the prepared copies to
Pagefind's indexing API, which writes its bundle into the site next to the pages it indexes,
so each published version carries its own. Table rows and phone-directory entries are custom
records: results of their own, whose `target` meta says where the row is. Why Pagefind and
not Material's lunr index: tests/benchmarks/search-decision.md.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from concurrent.futures import Future
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kb.search.pagefind_service import PromptPagefindService
from kb.search.records import PreparedPage, prepared_page
from kb.search.result_cards import FragmentError, result_cards
from kb.search.search_words import SearchWords

BUNDLE_DIR = "pagefind"
WORKER_DATA = "kb-search.{language}.json"
# Built pages that are not reading matter.
NOT_INDEXED_PAGES = ("404.html",)


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
        if relative.parts[0] == BUNDLE_DIR or relative.name in NOT_INDEXED_PAGES:
            continue
        page = prepared_page(html_file.read_text(encoding="utf-8"), page_url=page_url(html_file, site_dir=site_dir))
        if page is not None:
            yield page


async def _add(index: Any, page: PreparedPage) -> None:
    """One prepared page and its rows, added to Pagefind's index."""
    await index.add_html_file(content=page.html, url=page.url)
    for record in page.records:
        meta = {
            "title": record.title,
            "target": record.url,
            "page": record.page_title,
            "area": record.area,
            "status": record.status,
        }
        await index.add_custom_record(
            url=record.url, content=record.content, language=record.language, meta=meta, filters={"area": [record.area]}
        )


class BackgroundIndexer:
    """Pagefind's indexer fed while the site is still being built.

    Its service runs on an event loop in a thread of its own and Pagefind indexes in a process
    of its own, so a page handed over with `add` is indexed while the build renders the next
    ones; `finish` waits for the last page and writes the bundle.
    """

    def __init__(self) -> None:
        self.pages: list[PreparedPage] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="pagefind", daemon=True)
        self._thread.start()
        self._service: PromptPagefindService | None = None
        self._started: Future[Any] = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        self._pending: list[Future[None]] = []

    async def _start(self) -> Any:
        self._service = PromptPagefindService()
        await self._service.launch()
        return await self._service.create_index()

    async def _add_after_start(self, page: PreparedPage) -> None:
        await _add(await asyncio.wrap_future(self._started), page)

    def add(self, page: PreparedPage) -> None:
        """Hand a prepared page to the indexer; it is indexed while the build goes on. Its HTML
        is the indexer's alone: kept here, every built page would stay in memory to the end."""
        self.pages.append(replace(page, html=""))
        self._pending.append(asyncio.run_coroutine_threadsafe(self._add_after_start(page), self._loop))

    def finish(self, output: Path) -> None:
        """Wait until every page is indexed and write the bundle to output."""
        try:
            for pending in self._pending:
                pending.result()
            index = self._started.result()
            asyncio.run_coroutine_threadsafe(index.write_files(output_path=str(output)), self._loop).result()
        except Exception as error:  # the service reports its failures as exceptions of its own
            raise SearchIndexError(f"the search indexer (Pagefind) failed: {error}") from error
        finally:
            self.close()

    def close(self) -> None:
        """Stop the indexer (after a finished or a failed build): what it still had to do is
        cancelled, and Pagefind's process ends."""
        if self._loop.is_closed():
            return
        with suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._shut_down(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _shut_down(self) -> None:
        # Runs after every request made before it was scheduled has become a task. Pagefind's
        # process is let start, so that it can be stopped; the pages still to add are not added.
        with suppress(Exception):
            await asyncio.wrap_future(self._started)
        others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        if self._service is not None and getattr(self._service, "_backend", None) is not None:
            await self._service.close()


def worker_data(
    pages: list[PreparedPage], *, language: str, default_language: str, search_words: SearchWords, ui: Mapping[str, str]
) -> dict[str, object]:
    """What the search worker of a language reads besides the index: the index's words, most
    common first (typo correction, Latvian typed without diacritics), each area's name (its
    home page's title: the label on results), and the search words of search/."""
    counts: Counter[str] = Counter()
    areas: dict[str, str] = {}
    documents = 0
    prefix = "/" if language == default_language else f"/{language}/"
    for page in pages:
        if page.language != language:
            continue
        counts.update(page.words)
        documents += 1 + len(page.records)
        if page.url == f"{prefix}{page.area}/":
            areas[page.area] = page.title
    vocabulary = [word for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return {"vocabulary": vocabulary, "documents": documents, "areas": areas, "ui": dict(ui), **search_words.for_language(language)}


def write_search_index(
    site_dir: Path,
    *,
    default_language: str = "en",
    search_words: SearchWords | None = None,
    ui: Mapping[str, Mapping[str, str]] | None = None,
    indexer: BackgroundIndexer | None = None,
) -> IndexSummary:
    """Index every page of the built site into site_dir/pagefind/, and write each language's
    worker data (WORKER_DATA) beside it, with its results' cards (kb.search.result_cards).

    indexer: the pages already handed over as they were built; without it, the built site's
    pages are read and indexed now."""
    if indexer is None:
        indexer = BackgroundIndexer()
        for page in prepared_pages(site_dir):
            indexer.add(page)
    pages = indexer.pages
    indexer.finish(site_dir / BUNDLE_DIR)
    for language in sorted({page.language for page in pages}):
        data = worker_data(
            pages,
            language=language,
            default_language=default_language,
            search_words=search_words or SearchWords(),
            ui=(ui or {}).get(language, {}),
        )
        try:
            data["cards"] = result_cards(site_dir / BUNDLE_DIR, language=language)
        except FragmentError as error:
            raise SearchIndexError(f"the search indexer (Pagefind) wrote a fragment this build cannot read: {error}") from error
        path = site_dir / BUNDLE_DIR / WORKER_DATA.format(language=language)
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return IndexSummary(len(pages), sum(len(page.records) for page in pages), tuple(sorted({page.language for page in pages})))
