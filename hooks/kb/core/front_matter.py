"""Page front matter as written: the block between the '---' lines, its fields, and the body.

Reading only, forgiving: a block that cannot be read gives no fields here. The page-field
check (kb.checks.page_fields) reports what is wrong with it at its line.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

from kb.core.yaml_source import LineDict, SourceError, load_yaml

# Pages at the top of docs/ belong to no organisation's area.
GENERAL_AREA = "general"


def front_matter_block(text: str) -> tuple[str, int] | None:
    """The YAML between the opening and closing '---' lines, and the line it starts on."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return "\n".join(lines[1:index]), 2
    return None


def declared_fields(text: str) -> dict[str, object]:
    """The fields a page's front matter declares, unchecked; empty if it cannot be read."""
    return dict(_declared_fields(text))


@lru_cache(maxsize=4096)  # several concerns read each page's fields
def _declared_fields(text: str) -> dict[str, object]:
    block = front_matter_block(text)
    if block is None:
        return {}
    try:
        data = load_yaml(block[0], path="")
    except SourceError:
        return {}
    return dict(data) if isinstance(data, LineDict) else {}


def with_readable_front_matter(text: str) -> str:
    """The page, with a front matter the KB's YAML loader refuses (an alias bomb, a repeated
    key, broken syntax) emptied, its lines kept, so that no other reader (MkDocs) expands or
    guesses at it. kb.checks.page_fields reports what is wrong with it."""
    block = front_matter_block(text)
    if block is None or not block[0]:
        return text
    try:
        load_yaml(block[0], path="")
    except SourceError:
        lines = text.split("\n")
        count = block[0].count("\n") + 1
        lines[1 : 1 + count] = ["{}"] + [""] * (count - 1)
        return "\n".join(lines)
    return text


def body_of(page: str) -> str:
    """A page's text without its front matter."""
    block = front_matter_block(page)
    if block is None:
        return page
    return page.split("\n", block[0].count("\n") + 3)[-1]


def body_lines(page: str) -> list[tuple[int, str]]:
    """Each line of a page's body with its 1-based line number in the file."""
    body = body_of(page)
    first = page[: len(page) - len(body)].count("\n") + 1
    return list(enumerate(body.splitlines(), start=first))


def page_area(path_in_docs: str) -> str:
    """The area a page belongs to: its top folder, or general."""
    folder = posixpath.dirname(path_in_docs).split("/", 1)[0]
    return folder or GENERAL_AREA
