"""Command for translators: mark a translation as synced with its source after updating it.

    make mark-synced PAGES="docs/area/page.md docs/area/page.fa.md"
    make mark-synced PAGES=--all

It records the source page's current hash as `translated_from` in each translation's
front matter (kb.translation.tracking); the outdated notice then disappears from that page.
A translation whose source changed since its last sync but whose own text did not is refused
(kb.translation.sync_history): translate the change, or say why it needs none:

    make mark-synced PAGES="docs/area/page.fa.md" UNCHANGED="only a typo fixed in the source"

which is kept in the translation as `synced_unchanged` and shown on the translation status page.
For a decision table (`docs/area/x.table.yml`) it records, in the table file, that the
translated languages match the current source-language texts: every language, or only those
named (`make mark-synced PAGES=docs/area/x.table.yml LANGUAGES="fa lv"`). The site's languages are
read from mkdocs.yml.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kb.core.languages import languages_from_mkdocs_yml
from kb.pages import DocsScan, scan_docs
from kb.translation.sync_history import UNCHANGED_FIELD, untouched_since
from kb.translation.tracking import FIELD, mark_synced, mark_table_synced, source_hash, with_front_matter_line


def _rewritable(path: Path) -> bool:
    """Whether the file is UTF-8 throughout, so writing its text back loses nothing."""
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        print(f"{path}: is not UTF-8 text throughout; fix it first (the build names the line)", file=sys.stderr)
        return False
    return True


def _sync_table(docs: Path, scan: DocsScan, path_in_docs: str, *, languages: list[str] | None) -> bool:
    table_file = scan.tables.get(path_in_docs)
    path = docs / path_in_docs
    if not _rewritable(path):
        return False
    if table_file is None or table_file.table is None:
        reason = f": {table_file.findings[0]}" if table_file and table_file.findings else ""
        print(f"{path}: cannot be read; fix it first{reason}", file=sys.stderr)
        return False
    table = table_file.table
    unknown = sorted(set(languages or ()) - (table.languages() - {table.source_language}))
    if unknown:
        print(f"{path}: has no translation into {', '.join(unknown)}", file=sys.stderr)
        return False
    path.write_text(mark_table_synced(table_file.text, table, languages=languages), encoding="utf-8")
    which = ", ".join(languages) if languages else "all"
    print(f"{path}: translations ({which}) synced with its {table.source_language} texts")
    return True


def _sync_page(docs: Path, scan: DocsScan, path_in_docs: str, *, unchanged: str | None) -> bool:
    path = docs / path_in_docs
    translation = next((file for file in scan.page_files() if file.path_in_docs == path_in_docs), None)
    if translation is None:
        print(f"{path}: not a page under {docs}", file=sys.stderr)
        return False
    if not _rewritable(path):
        return False
    source = scan.source_file(translation.page)
    if source is None or source is translation:
        print(f"{path}: no source page found (is it the source itself, in {translation.language}?)", file=sys.stderr)
        return False
    recorded = translation.fields.get(FIELD)
    if isinstance(recorded, str) and recorded != source_hash(source.text) and unchanged is None:
        sync = untouched_since(path, translation.text, recorded)
        if sync is not None:
            print(
                f"{path}: not synced. Its source {docs / source.path_in_docs} changed since commit {sync.commit} marked it synced, "
                "but this translation's text did not. Translate the change first; if it needs no translation, say why: "
                f'make mark-synced PAGES="{path}" UNCHANGED="the reason"',
                file=sys.stderr,
            )
            return False
    text = mark_synced(translation.text, source.text)
    note = None if unchanged is None else json.dumps(unchanged, ensure_ascii=False)
    path.write_text(with_front_matter_line(text, UNCHANGED_FIELD, note), encoding="utf-8")
    print(f"{path}: synced with {docs / source.path_in_docs}" + (f" (unchanged: {unchanged})" if unchanged else ""))
    return True


def _in_docs(path: Path, docs: Path) -> str | None:
    try:
        return path.resolve().relative_to(docs.resolve()).as_posix()
    except ValueError:
        print(f"{path}: not under {docs}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mark translations as synced with their source pages.")
    parser.add_argument("pages", nargs="*", help="translation files (docs/area/page.fa.md) or decision tables")
    parser.add_argument("--all", action="store_true", help="every translation and decision table under docs/")
    parser.add_argument("--config-file", default="mkdocs.yml", help="the site configuration that lists the languages")
    parser.add_argument(
        "--language",
        action="append",
        metavar="CODE",
        help="for a decision table: mark only this language's texts synced (repeat for several; default: all)",
    )
    parser.add_argument(
        "--unchanged",
        metavar="REASON",
        help="sync translations whose text did not change, saying why the source's change needs no translation",
    )
    arguments = parser.parse_args(argv)
    if not arguments.all and not arguments.pages:
        parser.error("name the translation files, or use --all")
    config = Path(arguments.config_file)
    docs = config.parent / "docs"
    scan = scan_docs(docs, languages=languages_from_mkdocs_yml(config))
    wanted: list[str | None]
    if arguments.all:
        wanted = [*(file.path_in_docs for file in scan.translations()), *sorted(scan.tables)]
    else:
        wanted = [_in_docs(Path(page), docs) for page in arguments.pages]
    failed = False
    for path_in_docs in wanted:
        if path_in_docs is None:
            failed = True
            continue
        synced = (
            _sync_table(docs, scan, path_in_docs, languages=arguments.language)
            if path_in_docs in scan.tables
            else _sync_page(docs, scan, path_in_docs, unchanged=arguments.unchanged or None)
        )
        failed |= not synced
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
