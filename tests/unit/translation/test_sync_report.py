"""kb.translation.sync_report: for each translation marked synced in a pull request, the
source change it claims to cover, from git."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.core.languages import Languages
from kb.translation.mark_synced import main as sync_main
from kb.translation.sync_report import report
from support.git_repo import git

LANGUAGES = Languages(("en", "ru", "lv"), "en")
SOURCE = "---\ntitle: Prombūtne\nsource_language: lv\n---\n\n# Prombūtne {#absence}\n\nPaziņojiet platformas administratoram.\n"
ENGLISH = "---\ntitle: Absence\nsource_language: lv\n---\n\n# Absence {#absence}\n\nNotify the platform administrator.\n"
RUSSIAN = "---\ntitle: Отсутствие\nsource_language: lv\n---\n\n# Отсутствие {#absence}\n\nСообщите администратору платформы.\n"
CONFIG = """site_name: Test
plugins:
  - i18n:
      languages:
        - {locale: en, name: English, default: true}
        - {locale: ru, name: Русский}
        - {locale: lv, name: Latviešu}
"""
TABLE = """id: t
source_language: lv
translated_from: {en: 000000000000, ru: 000000000000}
caption: {lv: Tabula, en: Table, ru: Таблица}
columns:
  - {key: who, kind: output, label: {lv: Kam, en: Who, ru: Кому}}
rows:
  - id: a
    who: {lv: administratoram, en: the administrator, ru: администратору}
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    area = tmp_path / "docs" / "area"
    area.mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (area / "page.lv.md").write_text(SOURCE, encoding="utf-8")
    (area / "page.md").write_text(ENGLISH, encoding="utf-8")
    (area / "page.ru.md").write_text(RUSSIAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    assert sync_main(["--all"]) == 0
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "pages, synced")
    return tmp_path


def test_a_synced_translation_shows_the_source_change_it_claims(repo: Path) -> None:
    area = repo / "docs" / "area"
    git(repo, "checkout", "-q", "-b", "wording")
    (area / "page.lv.md").write_text(SOURCE.replace("platformas administratoram", "klientu atbalstam"), encoding="utf-8")
    (area / "page.md").write_text(ENGLISH.replace("the platform administrator", "customer support"), encoding="utf-8")
    assert sync_main(["docs/area/page.md"]) == 0
    assert sync_main(["--unchanged", "checked later", "docs/area/page.ru.md"]) == 0
    git(repo, "commit", "-q", "-am", "new wording")
    shown = report(base="main", languages=LANGUAGES, docs="docs", cwd=repo)
    english = shown.split("### `docs/area/page.md` (en)")[1].split("###")[0]
    assert "-Paziņojiet platformas administratoram." in english and "+Paziņojiet klientu atbalstam." in english
    assert "The translation itself: +2 −2 lines" in english  # its sentence and its translated_from line
    russian = shown.split("### `docs/area/page.ru.md` (ru)")[1]
    assert "+Paziņojiet klientu atbalstam." in russian
    assert "Marked unchanged: “checked later”" in russian


def test_nothing_synced_is_an_empty_report(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "typo")
    (repo / "docs" / "area" / "page.md").write_text(ENGLISH.replace("Notify", "Please notify"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "typo")
    assert report(base="main", languages=LANGUAGES, docs="docs", cwd=repo) == ""


def test_a_table_synced_for_some_languages_names_them(repo: Path) -> None:
    table = repo / "docs" / "area" / "t.table.yml"
    table.write_text(TABLE, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "table")
    git(repo, "checkout", "-q", "-b", "table-sync")
    table.write_text(
        TABLE.replace("{lv: administratoram", "{lv: atbalstam").replace("en: 000000000000", "en: 111111111111"), encoding="utf-8"
    )
    git(repo, "commit", "-q", "-am", "table wording, en synced")
    shown = report(base="main", languages=LANGUAGES, docs="docs", cwd=repo)
    assert "### `docs/area/t.table.yml` (en)" in shown
    assert "+    who: {lv: atbalstam" in shown
    assert "(ru)" not in shown
