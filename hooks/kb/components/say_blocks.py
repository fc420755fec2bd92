"""'Say this' blocks: scripts agents read out word for word, with a copy button.

Editors write `!!! say "Скажите клиенту"`. This tree processor wraps the script's
own words (not the title, not paragraphs marked `.kb-meaning`, which translate it)
in one element for the copy button to copy. The button starts hidden: copying needs
JavaScript, which reveals it and labels it in the page's language.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from kb.core.passages import language_attributes

SAY_CLASS = "say"
MEANING_CLASS = "kb-meaning"


def _classes(element: etree.Element) -> list[str]:
    return element.get("class", "").split()


def is_say_block(element: etree.Element) -> bool:
    return element.tag == "div" and {"admonition", SAY_CLASS} <= set(_classes(element))


def wrap_script(block: etree.Element, *, script_id: str, language: dict[str, str] | None = None) -> None:
    """Gather the block's script words into div#script_id and add the copy button.

    language: the script's `lang` and `dir`, where they are not the page's."""
    children = list(block)
    title = [child for child in children if "admonition-title" in _classes(child)]
    meanings = [child for child in children if MEANING_CLASS in _classes(child)]
    words = [child for child in children if child not in title and child not in meanings]
    for child in children:
        block.remove(child)
    block.extend(title)
    script = etree.SubElement(block, "div", {"class": "kb-script-text", "id": script_id, **(language or {})})
    script.extend(words)
    block.extend(meanings)
    etree.SubElement(
        block,
        "button",
        {"type": "button", "class": "md-clipboard md-icon kb-script-copy", "data-clipboard-target": f"#{script_id}", "hidden": "hidden"},
    )


class _SayBlockTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, extension: SayBlockExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        blocks = [element for element in root.iter("div") if is_say_block(element)]
        for number, block in enumerate(blocks, start=1):
            wrap_script(block, script_id=f"kb-script-{number}", language=self.extension.script_attributes)


class SayBlockExtension(Extension):
    """The caller says, before each page, which language the page and its scripts are in:
    scripts are said in the source language, whatever the page's."""

    def __init__(self) -> None:
        super().__init__()
        self.script_attributes: dict[str, str] = {}

    def begin_page(self, *, page_language: str, script_language: str) -> None:
        self.script_attributes = language_attributes(script_language, page_language=page_language)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After attr_list (priority 8), which turns `{: .kb-meaning }` into a class.
        md.treeprocessors.register(_SayBlockTreeprocessor(md, self), "kb_say_blocks", 5)
