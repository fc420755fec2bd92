"""Read built HTML with the standard library's HTML parser: elements, attributes, text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children_text: list[str] = field(default_factory=list)

    def has_class(self, name: str) -> bool:
        return name in self.attrs.get("class", "").split()


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        if tag not in _VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.children_text.append(data)


def parse(html: str) -> list[Element]:
    """All elements of a document in order; each knows the text inside it."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    for element in collector.elements:
        element.text = " ".join("".join(element.children_text).split())
    return collector.elements


def parse_file(path: Path) -> list[Element]:
    return parse(path.read_text(encoding="utf-8"))


def find(elements: list[Element], tag: str, **attrs: str) -> list[Element]:
    """Elements with this tag whose attributes equal the given values (class_ matches one class)."""
    wanted_class = attrs.pop("class_", None)
    return [
        element
        for element in elements
        if element.tag == tag
        and all(element.attrs.get(name) == value for name, value in attrs.items())
        and (wanted_class is None or element.has_class(wanted_class))
    ]
