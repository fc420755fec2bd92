"""The element ids a built HTML page defines: the anchors links into it may use."""

from __future__ import annotations

from functools import lru_cache

import lxml.html


@lru_cache(maxsize=8)  # two hooks ask for the ids of the page being built
def element_ids(html: str) -> frozenset[str]:
    if not html.strip():
        return frozenset()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return frozenset(value for value in root.xpath("//@id") if value)
