"""Which language a page file is in, under the suffix layout (page.md, page.ru.md, ...)."""

from __future__ import annotations

import posixpath
from collections.abc import Collection


def file_language(path: str, *, languages: Collection[str], unsuffixed: str) -> str:
    """'area/page.ru.md' -> 'ru'; 'area/page.md' -> unsuffixed (the default language)."""
    stem, _ = posixpath.splitext(posixpath.basename(path))
    _, dot, suffix = stem.rpartition(".")
    return suffix if dot and suffix in languages else unsuffixed


def neutral_path(path: str, *, languages: Collection[str]) -> str:
    """The page's path without its language suffix: 'area/page.ru.md' -> 'area/page.md'."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    base, dot, suffix = stem.rpartition(".")
    if dot and suffix in languages:
        stem = base
    return posixpath.join(folder, stem + extension)
