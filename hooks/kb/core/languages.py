"""The site's languages: which there are, how page files name them, and what CLDR says of each.

The list is mkdocs-static-i18n's `languages` in mkdocs.yml and is never written in code, so a
new language is a configuration and translation change. A language's names, its text direction
and the script it is written in come from CLDR through Babel.

Page files use the suffix layout: `area/page.md` is in the default language, `area/page.ru.md`
in Russian; `area/page.md` names the page in every language.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError

# A suffix shaped like a language code, site language or not: `page.de.md`, `page.pt-BR.md`.
_LANGUAGE_SHAPED = re.compile(r"[a-z]{2}(?:[-_][A-Za-z]{2,4})?")


@dataclass(frozen=True)
class Languages:
    """The site's language codes in configuration order, and the default (unsuffixed) one."""

    codes: tuple[str, ...]
    default: str

    def __iter__(self) -> Iterator[str]:
        return iter(self.codes)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __len__(self) -> int:
        return len(self.codes)

    def others(self) -> tuple[str, ...]:
        """Every language but the default."""
        return tuple(code for code in self.codes if code != self.default)


@dataclass(frozen=True)
class PagePath:
    """A page file's path read under the suffix layout."""

    page: str  # the page in every language: 'area/page.md'
    language: str  # the language of this file
    suffix: str | None  # a language-shaped suffix as written, site language or not ('de')


@lru_cache(maxsize=16384)  # every handler asks about the same few hundred files
def parse_page_path(path: str, *, languages: Languages) -> PagePath:
    """'area/page.ru.md' -> page 'area/page.md' in 'ru'; 'area/page.md' -> the default language.

    A suffix that is not a site language ('page.de.md') stays part of the page's name, as
    mkdocs-static-i18n reads it; `suffix` still says what it was, for the file checks."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    base, dot, suffix = stem.rpartition(".")
    if dot and base and suffix in languages:
        return PagePath(posixpath.join(folder, base + extension), suffix, suffix)
    shaped = bool(dot and base and _LANGUAGE_SHAPED.fullmatch(suffix))
    return PagePath(path, languages.default, suffix if shaped else None)


def file_language(path: str, *, languages: Languages) -> str:
    """'area/page.ru.md' -> 'ru'; 'area/page.md' -> the default language."""
    return parse_page_path(path, languages=languages).language


def neutral_path(path: str, *, languages: Languages) -> str:
    """The page a file belongs to, without its language suffix: 'area/page.ru.md' -> 'area/page.md'."""
    return parse_page_path(path, languages=languages).page


def language_file(page: str, language: str, *, languages: Languages) -> str:
    """The file of a page in a language: ('area/page.md', 'ru') -> 'area/page.ru.md'."""
    if language == languages.default:
        return page
    stem, extension = posixpath.splitext(page)
    return f"{stem}.{language}{extension}"


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language.replace("-", "_"))


# The language whose CLDR data stands in for a language CLDR does not know.
FALLBACK_LANGUAGE = "en"


@cache
def cldr_locale(language: str) -> Locale:
    """The language's CLDR locale (Babel), or the fallback language's when CLDR does not know
    it: numbers, dates, units and plurals are then written as English writes them."""
    try:
        return _locale(language)
    except (UnknownLocaleError, ValueError):
        return _locale(FALLBACK_LANGUAGE)


def is_known_language(language: str) -> bool:
    """Whether CLDR knows the language, so its names and direction can be looked up."""
    try:
        _locale(language)
    except (UnknownLocaleError, ValueError):
        return False
    return True


def direction(language: str) -> str:
    """'rtl' or 'ltr', as CLDR writes the language."""
    return "rtl" if _locale(language).text_direction == "rtl" else "ltr"


def language_name(language: str, *, in_language: str) -> str:
    """The language's name in another language, as CLDR gives it ('ru' in 'fa': روسی)."""
    names = _locale(in_language).languages
    return names.get(language.replace("-", "_")) or names.get(_locale(language).language) or language


@cache
def script(language: str) -> str:
    """The script the language is written in, as Unicode names its letters (LATIN, CYRILLIC,
    ARABIC, CJK...): the script of the language's own name in CLDR."""
    own_name = _locale(language).get_display_name() or language
    scripts = Counter(unicodedata.name(char, "").split(" ", 1)[0] for char in own_name if char.isalpha())
    return scripts.most_common(1)[0][0] if scripts else ""


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: its !ENV and !!python tags become plain values."""


def _untagged(loader: _TolerantLoader, _suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("!", _untagged)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)


def languages_from_config(config: dict[str, Any]) -> Languages:
    """The languages of a site configuration (static-i18n's list), or the theme's one language."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            entries = (plugin["i18n"] or {}).get("languages") or []
            codes = tuple(str(entry["locale"]) for entry in entries)
            default = next((str(entry["locale"]) for entry in entries if entry.get("default")), codes[0])
            return Languages(codes, default)
    theme = config.get("theme") or {}
    language = str(theme.get("language", "en")) if isinstance(theme, dict) else "en"
    return Languages((language,), language)


def read_mkdocs_yml(path: Path) -> dict[str, Any]:
    """mkdocs.yml as data, read without starting MkDocs (for commands and tests)."""
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506 - a SafeLoader subclass
    return config if isinstance(config, dict) else {}


def languages_from_mkdocs_yml(path: Path) -> Languages:
    """The languages mkdocs.yml declares, read without starting MkDocs (for commands and tests)."""
    return languages_from_config(read_mkdocs_yml(path))
