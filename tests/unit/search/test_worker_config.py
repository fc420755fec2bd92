"""kb.search.worker_config: Material's __config with the KB's search worker."""

import json

import lxml.html
import pytest

from kb.search.worker_config import MaterialConfigError, with_search_worker

CONFIG = '\n<script id="__config" type="application/json">{"base":"..","search":"../assets/javascripts/workers/search.a7633da7.min.js","translations":{"x":"\\u003cb\\u003e"}}</script>\n'


def test_the_worker_is_replaced_and_the_rest_kept() -> None:
    html = with_search_worker(CONFIG, worker_url="../assets/javascripts/search-worker.js?lang=fa")
    [script] = lxml.html.fragments_fromstring(html)
    data = json.loads(script.text)
    assert data == {"base": "..", "search": "../assets/javascripts/search-worker.js?lang=fa", "translations": {"x": "<b>"}}
    assert "<b>" not in html  # still safe inside <script>


@pytest.mark.parametrize("html", ["", "<script>{}</script>", '<script id="__config">{"base": ".."}</script>'])
def test_a_changed_material_template_is_a_clear_error(html: str) -> None:
    with pytest.raises(MaterialConfigError, match=r"update hooks/kb/search/worker_config\.py"):
        with_search_worker(html, worker_url="w.js")
