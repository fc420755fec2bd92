"""Anchors for phone-directory entries: each table row with a tel: link gets an id.

`phone-<digits>` (the number as dialled), so an agent, a link or a search result can point at
one entry. Rows that already have an id keep it; a number listed twice gets `-2`, `-3`. The
ids are made while Python-Markdown builds the page, before MkDocs and the link checker collect
the page's ids, so `phone-directory.md#phone-78002005888` is a link like any other.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ID_PREFIX = "phone-"


def _dialled_number(row: etree.Element) -> str | None:
    for link in row.iter("a"):
        href = link.get("href") or ""
        if href.startswith("tel:"):
            return re.sub(r"\D", "", href) or None
    return None


def add_phone_row_ids(root: etree.Element) -> None:
    """id="phone-<digits>" on every table row without an id that holds a tel: link."""
    used: dict[str, int] = {}
    for row in root.iter("tr"):
        number = None if row.get("id") else _dialled_number(row)
        if number is None:
            continue
        used[number] = used.get(number, 0) + 1
        row.set("id", f"{ID_PREFIX}{number}" if used[number] == 1 else f"{ID_PREFIX}{number}-{used[number]}")


class _PhoneRowIds(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        add_phone_row_ids(root)


class PhoneDirectoryExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After inline processing (20) has made the tel: links; before MkDocs collects the
        # page's ids for link validation (5) and the link checker reads the page (6).
        md.treeprocessors.register(_PhoneRowIds(md), "kb_phone_row_ids", 7.5)
