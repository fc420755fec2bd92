"""Plain-text fields stay plain text: page titles, navigation titles, site names and interface
text are placed in the theme's templates without escaping (Material's autoescape is off), so
markup or a character reference in them would become HTML on every page."""

from __future__ import annotations

import re

# A tag's brackets, or a character reference the browser would decode (&lt;, &#60;, &#x3c;).
_MARKUP = re.compile(r"[<>]|&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);")

PLAIN_TEXT_FIX = "write it as plain text, without < and > or character references such as &lt;"


def markup_in(value: str) -> str | None:
    """The first markup a plain-text value holds ('<', '&lt;'), or None when it is plain text."""
    match = _MARKUP.search(value)
    return match.group(0) if match else None
