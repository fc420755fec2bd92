"""The element ids a built HTML page defines: the anchors links into it may use."""

from __future__ import annotations

from html.parser import HTMLParser


class _IdCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)


def element_ids(html: str) -> frozenset[str]:
    collector = _IdCollector()
    collector.feed(html)
    collector.close()
    return frozenset(collector.ids)
