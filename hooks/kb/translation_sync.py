"""Command for translators: mark a translation as synced with its source after updating it.

    make mark-synced PAGES="docs/area/page.md docs/area/page.fa.md"
    make mark-synced PAGES=--all

It records the source page's current hash as `translated_from` in each translation's
front matter (kb.translations); the outdated banner then disappears from that page. For a
decision table (`docs/area/x.table.yml`) it records, in the table file, that every
translated language matches the current source-language texts.
"""

from __future__ import annotations

import argparse
import posixpath
import sys
from pathlib import Path

from kb.front_matter import declared_fields
from kb.languages import file_language, neutral_path
from kb.decision_tables.parse import parse_table
from kb.translations import mark_synced, mark_table_synced

LANGUAGES = ("en", "ru", "fa", "lv", "zh")


def source_file(translation: Path, *, languages: tuple[str, ...], default: str) -> Path | None:
    """The source-language file of the page a translation belongs to, if it exists."""
    source_language = declared_fields(translation.read_text(encoding="utf-8")).get("source_language")
    if not isinstance(source_language, str):
        return None
    neutral = neutral_path(translation.as_posix(), languages=languages)
    stem, extension = posixpath.splitext(neutral)
    candidate = Path(neutral if source_language == default else f"{stem}.{source_language}{extension}")
    return candidate if candidate.exists() and candidate != translation else None


def translations_under(docs: Path, *, languages: tuple[str, ...], default: str) -> list[Path]:
    """Every page file that is not its page's source."""
    pages = [path for path in sorted(docs.rglob("*.md")) if "snippets" not in path.parts]
    return [path for path in pages if source_file(path, languages=languages, default=default) is not None]


def _sync_table(path: Path, *, languages: tuple[str, ...]) -> bool:
    text = path.read_text(encoding="utf-8")
    table, findings = parse_table(text, path=str(path), path_in_docs=path.as_posix(), languages=languages)
    if table is None:
        print(f"{path}: cannot be read; fix it first: {findings[0] if findings else ''}", file=sys.stderr)
        return False
    path.write_text(mark_table_synced(text, table), encoding="utf-8")
    print(f"{path}: translations synced with its {table.source_language} texts")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mark translations as synced with their source pages.")
    parser.add_argument("pages", nargs="*", help="translation files")
    parser.add_argument("--all", action="store_true", help="every translation under docs/")
    parser.add_argument("--default-language", default="en", help="the language of unsuffixed files (default: en)")
    arguments = parser.parse_args(argv)
    languages, default = LANGUAGES, arguments.default_language
    if not arguments.all and not arguments.pages:
        parser.error("name the translation files, or use --all")
    paths = translations_under(Path("docs"), languages=languages, default=default) if arguments.all else [Path(page) for page in arguments.pages]
    if arguments.all:
        paths += sorted(Path("docs").rglob("*.table.yml"))
    failed = False
    for path in paths:
        if path.name.endswith(".table.yml"):
            failed |= not _sync_table(path, languages=languages)
            continue
        source = source_file(path, languages=languages, default=default)
        if source is None:
            language = file_language(path.name, languages=languages, unsuffixed=default)
            print(f"{path}: no source page found (is it the source itself, in {language}?)", file=sys.stderr)
            failed = True
            continue
        path.write_text(mark_synced(path.read_text(encoding="utf-8"), source.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"{path}: synced with {source}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
