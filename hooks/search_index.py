"""MkDocs hook: the site's search, Pagefind behind Material's search box (kb.search_index).

- Gives every phone-directory row an anchor (kb.phone_rows), so results can link to it.
- Lets overrides/main.html point Material's search worker at the KB's own worker
  (Jinja filter `kb_search_worker`, kb.material_config).
- After the last language is built, indexes the whole site with Pagefind and empties the
  lunr index Material's search plugin wrote: the worker does not read it, and every reader
  would otherwise download all five languages of it.

`KB_SEARCH_ENGINE=lunr` builds Material's own lunr search instead, for the search
benchmark's comparison (tests/benchmarks/search.py); the site is published with Pagefind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from i18n_config import is_main_build
from kb.material_config import with_search_worker
from kb.phone_rows import with_phone_row_ids
from kb.search_index import write_search_index

log = get_plugin_logger(__name__)
LUNR_INDEX = Path("search") / "search_index.json"


def uses_pagefind() -> bool:
    return os.environ.get("KB_SEARCH_ENGINE", "pagefind") != "lunr"


def _search_worker_filter(config_html: str, worker_url: str) -> Markup:
    if not uses_pagefind():
        return Markup(config_html)
    return Markup(with_search_worker(str(config_html), worker_url=worker_url))


def on_env(env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
    env.filters["kb_search_worker"] = _search_worker_filter
    return env


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return with_phone_row_ids(html)


def empty_lunr_index(site_dir: Path) -> None:
    """Keep Material's search configuration, drop its documents."""
    path = site_dir / LUNR_INDEX
    if path.exists():
        index = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({"config": index.get("config", {}), "docs": []}), encoding="utf-8")


@event_priority(-150)  # after static-i18n (-100) has built the other languages
def on_post_build(*, config: MkDocsConfig) -> None:
    if not is_main_build(config) or not uses_pagefind():
        return
    site_dir = Path(config.site_dir)
    summary = write_search_index(site_dir)
    empty_lunr_index(site_dir)
    log.info(f"search index: {summary.pages} pages and {summary.records} table rows and phone entries in {', '.join(summary.languages)}")
