"""Translation tracking: which version of its source each translation was made from.

A translation records `translated_from: <hash of the source page's text>` in its front
matter. Against the source as it is now, each page × language is up to date, outdated
(the source changed since) or missing (readers get the fallback page).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping
from enum import Enum

from kb.fact_parity import body_of
from kb.front_matter import declared_fields, front_matter_block

FIELD = "translated_from"


class State(str, Enum):
    SOURCE = "source"
    UP_TO_DATE = "up-to-date"
    OUTDATED = "outdated"
    MISSING = "missing"


def source_hash(source_text: str) -> str:
    """A short hash of what a source page says (its body; front matter edits do not count)."""
    body = "\n".join(line.rstrip() for line in body_of(source_text).strip().splitlines())
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


def page_states(texts: Mapping[str, str], *, source_language: str, languages: Collection[str]) -> dict[str, State]:
    """The state of a page in every language, from its files' texts by language."""
    states: dict[str, State] = {}
    current = source_hash(texts[source_language]) if source_language in texts else None
    for language in languages:
        if language == source_language:
            states[language] = State.SOURCE if language in texts else State.MISSING
        elif language not in texts:
            states[language] = State.MISSING
        else:
            states[language] = State.UP_TO_DATE if current and declared_fields(texts[language]).get(FIELD) == current else State.OUTDATED
    return states


def mark_synced(translation_text: str, source_text: str) -> str:
    """The translation with `translated_from` set to the source's current hash; nothing else changes."""
    line = f"{FIELD}: {source_hash(source_text)}"
    block = front_matter_block(translation_text)
    if block is None:
        raise ValueError("the translation has no front matter")
    lines = translation_text.split("\n")
    end = 1 + block[0].count("\n") + 1  # index of the closing '---'
    for index in range(1, end):
        if re.match(rf"{FIELD}\s*:", lines[index]):
            lines[index] = line
            return "\n".join(lines)
    lines.insert(end, line)
    return "\n".join(lines)
