"""kb.translation.mark_synced: the translators' command, with the languages mkdocs.yml lists."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kb.translation.mark_synced import main as sync_main
from kb.translation.tracking import source_hash

SOURCE = "---\ntitle: Возврат\nsource_language: ru\nlast_reviewed: 2026-11-22\n---\n\n# Возврат {#returns}\n\nСрок — 14 дней.\n"
ENGLISH = "---\ntitle: Returns\nsource_language: ru\n---\n\n# Returns {#returns}\n\nWithin 14 days.\n"
CONFIG = """site_name: Test
plugins:
  - i18n:
      build_only_locale: !ENV [KB_ONLY_LANGUAGE, null]
      languages:
        - {locale: en, name: English, default: true}
        - {locale: ru, name: Русский}
"""


def test_sync_command_marks_a_translation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs" / "area").mkdir(parents=True)
    (tmp_path / "docs" / "area" / "page.ru.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "docs" / "area" / "page.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert sync_main(["--all"]) == 0
    assert f"translated_from: {source_hash(SOURCE)}" in (tmp_path / "docs" / "area" / "page.md").read_text(encoding="utf-8")
    assert sync_main(["docs/area/page.ru.md"]) == 1  # the source itself has no source


def test_sync_command_reads_the_languages_from_mkdocs_yml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs" / "area").mkdir(parents=True)
    (tmp_path / "docs" / "area" / "page.ru.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "docs" / "area" / "page.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "docs" / "area" / "page.de.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        CONFIG.replace("{locale: ru, name: Русский}", "{locale: ru, name: Русский}\n        - {locale: de, name: Deutsch}"),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert sync_main(["docs/area/page.de.md"]) == 0  # a German translation once German is a site language
    assert f"translated_from: {source_hash(SOURCE)}" in (tmp_path / "docs" / "area" / "page.de.md").read_text(encoding="utf-8")


def test_sync_command_never_rewrites_a_file_that_is_not_utf8_throughout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs" / "area").mkdir(parents=True)
    (tmp_path / "docs" / "area" / "page.ru.md").write_text(SOURCE, encoding="utf-8")
    written = ENGLISH.encode() + b"Bad \xff byte.\n"
    (tmp_path / "docs" / "area" / "page.md").write_bytes(written)
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert sync_main(["docs/area/page.md"]) == 1
    assert (tmp_path / "docs" / "area" / "page.md").read_bytes() == written


def _git(repo: Path, *arguments: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", *arguments], cwd=repo, check=True, capture_output=True
    )


def test_a_translation_not_touched_since_its_source_changed_is_not_synced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    area = tmp_path / "docs" / "area"
    area.mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    source, english = area / "page.ru.md", area / "page.md"
    source.write_text(SOURCE, encoding="utf-8")
    english.write_text(ENGLISH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _git(tmp_path, "init", "-q")
    assert sync_main(["docs/area/page.md"]) == 0  # a new translation: nothing to compare with
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "page and its translation")
    # The source changes; the translation is synced without being touched: refused, unchanged.
    source.write_text(SOURCE.replace("14 дней", "28 дней"), encoding="utf-8")
    before = english.read_text(encoding="utf-8")
    assert sync_main(["docs/area/page.md"]) == 1
    assert english.read_text(encoding="utf-8") == before
    # Said why it needs no translation: synced, and the reason kept beside the mark.
    assert sync_main(["--unchanged", "the number is written out below", "docs/area/page.md"]) == 0
    marked = english.read_text(encoding="utf-8")
    assert f"translated_from: {source_hash(SOURCE.replace('14 дней', '28 дней'))}" in marked
    assert 'synced_unchanged: "the number is written out below"' in marked
    _git(tmp_path, "commit", "-q", "-am", "source changed, translation said unchanged")
    # The source changes again and the translation is translated: synced, and the reason goes.
    source.write_text(SOURCE.replace("14 дней", "30 дней"), encoding="utf-8")
    english.write_text(marked.replace("14 days", "30 days"), encoding="utf-8")
    assert sync_main(["docs/area/page.md"]) == 0
    assert "synced_unchanged" not in english.read_text(encoding="utf-8")
