"""kb.core.interface_text: each language's interface text and search words, read from
languages/<code>.yml and checked against the default language's file."""

from __future__ import annotations

import shutil
from pathlib import Path

from kb.core.interface_text import load_language_data
from kb.core.languages import Languages
from support.paths import LANGUAGES_DIR, SITE_LANGUAGES


def copy_of_the_files(tmp_path: Path) -> Path:
    folder = tmp_path / "languages"
    shutil.copytree(LANGUAGES_DIR, folder)
    return folder


def findings_for(folder: Path, languages: Languages) -> list[str]:
    return [str(finding) for finding in load_language_data(folder, languages=languages)[1]]


def test_the_site_languages_files_are_complete() -> None:
    data, findings = load_language_data(LANGUAGES_DIR, languages=SITE_LANGUAGES)
    assert findings == []
    assert data.ui_text("fa").language_names["ru"] == "روسی"  # names from CLDR, in the reader's language
    assert data.ui_text("ru").clear == "Очистить"
    assert data.search["lv"].stem_min_length == 4


def test_a_language_without_a_file_is_a_finding_and_reads_the_default(tmp_path: Path) -> None:
    folder = copy_of_the_files(tmp_path)
    data, findings = load_language_data(folder, languages=Languages(("en", "de"), "en"))
    assert [str(finding) for finding in findings] == [
        "languages/de.yml:1: the site language 'de' has no interface text. Fix: copy languages/en.yml to languages/de.yml and translate its texts"
    ]
    assert data.ui_text("de").clear == "Clear"
    assert data.ui_text("de").language_names["en"] == "Englisch"


def test_missing_keys_placeholders_and_unknown_keys_are_reported_at_their_lines(tmp_path: Path) -> None:
    folder = copy_of_the_files(tmp_path)
    russian = (folder / "ru.yml").read_text(encoding="utf-8")
    russian = (
        russian.replace('clear: "Очистить"\n', "")
        .replace("{shown} из {total}", "{shown} из {всего}")
        .replace("search:", "colour: red\nsearch:")
    )
    (folder / "ru.yml").write_text(russian, encoding="utf-8")
    findings = findings_for(folder, Languages(("en", "ru"), "en"))
    line = {text: number for number, text in enumerate(russian.splitlines(), start=1)}
    assert findings == [
        f"languages/ru.yml:{line['colour: red']}: unknown key 'colour'. Fix: use the keys of languages/en.yml",
        "languages/ru.yml:1: there is no 'clear'. Fix: add `clear:` with its text in this language (see languages/en.yml)",
        f"languages/ru.yml:{next(number for text, number in line.items() if text.startswith('row_count'))}: 'row_count' has other placeholders than languages/en.yml. Fix: keep exactly these placeholders, untranslated: {{shown}}, {{total}}",
    ]


def test_malformed_search_words_are_reported(tmp_path: Path) -> None:
    folder = copy_of_the_files(tmp_path)
    latvian = (folder / "lv.yml").read_text(encoding="utf-8").replace("stem_min_length: 4", "stem_min_length: four")
    (folder / "lv.yml").write_text(latvian, encoding="utf-8")
    assert [finding.split(": ", 2)[1] for finding in findings_for(folder, Languages(("en", "lv"), "en"))] == [
        "stem_min_length is not a whole number. Fix"
    ]


def test_a_language_file_with_undecodable_bytes_or_an_alias_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    folder = copy_of_the_files(tmp_path)
    russian = (folder / "ru.yml").read_bytes()
    (folder / "ru.yml").write_bytes(russian.rstrip(b"\n") + b"\n# bad \xff byte\n")
    (folder / "lv.yml").write_text("a: &x 1\nb: *x\n", encoding="utf-8")
    bad_line = russian.rstrip(b"\n").count(b"\n") + 2
    findings = findings_for(folder, SITE_LANGUAGES)
    assert f"languages/ru.yml:{bad_line}: byte 0xff is not UTF-8 text" in "\n".join(findings)
    assert any(finding.startswith("languages/lv.yml:1: invalid YAML: the anchor '&x'") for finding in findings)
