"""Anchors for phone-directory entries: each table row with a tel: link gets an id.

`phone-<digits>` (the number as dialled), so an agent, a link or a search result can point
at one entry. Rows that already have an id keep it. The page HTML is read with a real
parser; only the row start tags change.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _RowFinder(HTMLParser):
    """Finds each <tr> without an id and the first tel: number inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[tuple[int, int], str]] = []  # (line, column) of the '>' end, digits
        self._open: tuple[int, int] | None = None
        self._number: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._open = None if dict(attrs).get("id") else self._end_of_start_tag()
            self._number = None
        elif tag == "a" and self._open is not None and self._number is None:
            href = dict(attrs).get("href") or ""
            if href.startswith("tel:"):
                self._number = re.sub(r"\D", "", href)

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr" and self._open is not None and self._number:
            self.rows.append((self._open, self._number))
        if tag == "tr":
            self._open = None

    def _end_of_start_tag(self) -> tuple[int, int]:
        line, column = self.getpos()
        text = self.get_starttag_text() or "<tr>"
        return line, column + len(text) - 1


def with_phone_row_ids(html: str) -> str:
    """html with id="phone-<digits>" on every table row that holds a tel: link."""
    finder = _RowFinder()
    finder.feed(html)
    finder.close()
    if not finder.rows:
        return html
    line_starts = [0]
    for line in html.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    used: dict[str, int] = {}
    pieces, position = [], 0
    for (line, column), digits in finder.rows:
        offset = line_starts[line - 1] + column
        used[digits] = used.get(digits, 0) + 1
        anchor = f"phone-{digits}" if used[digits] == 1 else f"phone-{digits}-{used[digits]}"
        pieces += [html[position:offset], f' id="{anchor}"']
        position = offset
    pieces.append(html[position:])
    return "".join(pieces)
