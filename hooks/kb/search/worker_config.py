"""Material's page configuration (`<script id="__config">`), with the KB's search worker.

Material reads where its search worker is from this JSON; the KB points it at its own
worker (docs/assets/javascripts/search-worker.js) so that Material's search box, keyboard
handling and result list stay as they are while Pagefind answers the queries.
"""

from __future__ import annotations

import json

import lxml.html
from lxml.etree import _Element


class MaterialConfigError(ValueError):
    """Material's template no longer holds the configuration the KB expects."""


def _html_safe_json(data: object) -> str:
    """JSON that cannot close the <script> element it is in (as Jinja's tojson writes it)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def with_search_worker(config_html: str, *, worker_url: str) -> str:
    """config_html (Material's __config script) with its search worker set to worker_url."""
    scripts = lxml.html.fragments_fromstring(config_html.strip()) if config_html.strip() else []
    # Text before the first element comes back as a string.
    config = next((element for element in scripts if isinstance(element, _Element) and element.get("id") == "__config"), None)
    if config is None or not config.text:
        raise MaterialConfigError(
            'Material\'s page template has no <script id="__config">: update hooks/kb/search/worker_config.py for this Material version'
        )
    data = json.loads(config.text)
    if "search" not in data:
        raise MaterialConfigError(
            "Material's __config has no 'search' entry: update hooks/kb/search/worker_config.py for this Material version"
        )
    data["search"] = worker_url
    return f'<script id="__config" type="application/json">{_html_safe_json(data)}</script>'
