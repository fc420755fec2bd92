"""What a page's Markdown contains, as Python-Markdown parsed it: links, images, headings.

A tree processor records the facts after attr_list has set explicit heading ids and
before toc adds generated ones and MkDocs rewrites links to URLs, so the checks see
exactly what the editor wrote.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from kb.core.findings import SOURCE_ATTRIBUTE

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    # Where a component wrote it, when that is another file than the page (a table's cell).
    written_at: tuple[str, int] | None = None


@dataclass(frozen=True)
class Image:
    src: str
    alt: str
    written_at: tuple[str, int] | None = None


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    id: str | None  # None when the editor wrote no {#id}


@dataclass
class PageFacts:
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)


def _text(element: etree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


class _FactsTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, extension: ContentFactsExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        facts = PageFacts()
        self._collect(root, facts)
        self.extension.facts = facts

    def _collect(self, root: etree.Element, facts: PageFacts) -> None:
        """Walks the tree in document order (without recursion: pages may nest deeply);
        SOURCE_ATTRIBUTE marks, and is removed from, what a component rendered from another file."""
        pending: list[tuple[etree.Element, tuple[str, int] | None]] = [(root, None)]
        while pending:
            element, written_at = pending.pop()
            source = element.attrib.pop(SOURCE_ATTRIBUTE, None)
            path, _, line = (source or "").rpartition(":")
            if path and line.isascii() and line.isdigit():
                written_at = (path, int(line))
            if element.tag == "a" and "href" in element.attrib:
                facts.links.append(Link(element.get("href", ""), _text(element), written_at))
            elif element.tag == "img":
                facts.images.append(Image(element.get("src", ""), element.get("alt", ""), written_at))
            elif element.tag in HEADINGS:
                facts.headings.append(Heading(int(element.tag[1]), _text(element), element.get("id")))
            pending.extend((child, written_at) for child in reversed(element))


class ContentFactsExtension(Extension):
    """After each conversion, `facts` holds what the page contained."""

    def __init__(self) -> None:
        super().__init__()
        self.facts = PageFacts()

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After attr_list (8) sets explicit ids, before toc (5) generates the rest.
        md.treeprocessors.register(_FactsTreeprocessor(md, self), "kb_content_facts", 6)
