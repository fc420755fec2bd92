"""kb.search.index.BackgroundIndexer: pages handed to Pagefind while the build goes on, the
bundle written at the end, and the indexer stopped after a failed build."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from kb.search.index import BackgroundIndexer, write_search_index
from kb.search.pagefind_service import processes_started_on_one_processor
from kb.search.records import prepared_page

PAGE = """<!DOCTYPE html><html lang="{language}"><head><meta name="kb-area" content="shop"></head>
<body><header class="md-header">Site name and search</header><div class="md-container"><main>
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><nav><a href="/other/">Every other page</a></nav></div>
<div class="md-sidebar md-sidebar--secondary">Contents</div>
<div class="md-content"><article class="md-content__inner"><h1 id="t">{title}</h1><p>{text}</p></article></div>
</main><footer class="md-footer">Previous and next</footer></div><script>var theme = 1;</script></body></html>"""


def page(language: str, title: str, text: str, url: str):
    prepared = prepared_page(PAGE.format(language=language, title=title, text=text), page_url=url)
    assert prepared is not None
    return prepared


def test_the_indexer_gets_the_article_alone() -> None:
    # The navigation, sidebars, header, footer and scripts were most of what Pagefind parsed.
    prepared = page("en", "Returns", "Refund within 14 days", "/shop/returns/")
    assert "Refund within 14 days" in prepared.html and 'lang="en"' in prepared.html and "kb-area" in prepared.html
    for left_out in ("md-sidebar", "Every other page", "Contents", "md-header", "md-footer", "var theme"):
        assert left_out not in prepared.html


def test_pages_added_while_building_are_in_the_bundle(tmp_path: Path) -> None:
    indexer = BackgroundIndexer()
    indexer.add(page("en", "Returns", "Refund within 14 days", "/shop/returns/"))
    indexer.add(page("ru", "Возврат", "Возврат в течение 14 дней", "/ru/shop/returns/"))
    summary = write_search_index(tmp_path, indexer=indexer)
    assert (summary.pages, summary.languages) == (2, ("en", "ru"))
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sorted(entry["languages"]) == ["en", "ru"]
    worker = json.loads((tmp_path / "pagefind" / "kb-search.ru.json").read_text(encoding="utf-8"))
    assert "возврат" in worker["vocabulary"]
    assert not any(thread.name == "pagefind" for thread in threading.enumerate())


def test_an_indexer_closed_after_a_failed_build_leaves_no_thread(tmp_path: Path) -> None:
    indexer = BackgroundIndexer()
    indexer.add(page("en", "Returns", "Refund", "/shop/returns/"))
    indexer.close()
    indexer.close()  # closing twice (build error, then shutdown) is harmless
    assert not any(thread.name == "pagefind" for thread in threading.enumerate())
    assert not (tmp_path / "pagefind").exists()


async def _affinity_of_the_running_thread() -> set[int]:
    return os.sched_getaffinity(0)


def test_processes_started_in_the_block_run_on_one_processor_and_the_thread_gets_all_back() -> None:
    processors = os.sched_getaffinity(0)
    with processes_started_on_one_processor():
        started = subprocess.run(
            [sys.executable, "-c", "import os; print(sorted(os.sched_getaffinity(0)))"], capture_output=True, text=True, check=True
        )
    assert started.stdout.strip() == str([max(processors)])
    assert os.sched_getaffinity(0) == processors


def test_pagefind_indexes_on_one_processor_while_the_build_keeps_them_all() -> None:
    # Pagefind's threads writing the bundle at once spun on the directory lock on every processor.
    processors = os.sched_getaffinity(0)
    indexer = BackgroundIndexer()
    try:
        indexer._started.result(timeout=60)
        assert indexer._service is not None
        assert os.sched_getaffinity(indexer._service._backend.pid) == {max(processors)}
        in_the_indexer_thread = asyncio.run_coroutine_threadsafe(_affinity_of_the_running_thread(), indexer._loop)
        assert in_the_indexer_thread.result(timeout=10) == processors
        assert os.sched_getaffinity(0) == processors
    finally:
        indexer.close()
