"""Traditional Chinese characters and their simplified forms, so that an agent typing
traditional characters (後, 聯, 點) meets pages written in simplified ones (后, 联, 点).

The pairs come from the OpenCC project's conversion data (its `t2s` configuration), read at
build through its Python package: every CJK character the conversion turns into one other
character. Nothing is typed by hand; a new OpenCC release brings its corrections with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

import opencc

# CJK Unified Ideographs, Extension A and the compatibility ideographs: where traditional
# characters with a simplified form lie.
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@cache
def traditional_to_simplified() -> Mapping[str, str]:
    """Each traditional character with a one-character simplified form, and that form."""
    converter = opencc.OpenCC("t2s")
    pairs = {}
    for first, last in _HAN_RANGES:
        for code_point in range(first, last + 1):
            character = chr(code_point)
            simplified = converter.convert(character)
            if simplified != character and len(simplified) == 1:
                pairs[character] = simplified
    return MappingProxyType(pairs)
