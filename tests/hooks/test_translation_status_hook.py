"""hooks/translation_status.py: outdated and not-yet-translated notices, and the status page."""

from __future__ import annotations

from pathlib import Path

from kb.translations import mark_synced
from support.html_query import parse_file
from support.paths import REPO_ROOT
from support.temp_site import build_fixture, replace_in

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"


def notice(page: Path) -> str | None:
    found = [element.text for element in parse_file(page) if element.has_class("kb-translation-notice")]
    return found[0] if found else None


def sync_english_greeting(docs: Path) -> None:
    english = docs / "shop" / "greeting.md"
    english.write_text(mark_synced(english.read_text(encoding="utf-8"), (docs / "shop" / "greeting.ru.md").read_text(encoding="utf-8")), encoding="utf-8")


def test_source_edits_mark_translations_outdated_until_synced(tmp_path: Path) -> None:
    returncode, stderr, site = build_fixture(tmp_path / "synced", FIXTURE, sync_english_greeting)
    assert returncode == 0, stderr
    assert notice(site / "shop" / "greeting" / "index.html") is None

    def sync_then_edit_source(docs: Path) -> None:
        sync_english_greeting(docs)
        replace_in(docs / "shop" / "greeting.ru.md", "Оператор ИМ приветствует клиента.", "Оператор ИМ вежливо приветствует клиента.")

    returncode, stderr, site = build_fixture(tmp_path / "edited", FIXTURE, sync_then_edit_source)
    assert returncode == 0, stderr
    assert notice(site / "shop" / "greeting" / "index.html") == "The Russian original changed on 2026-11-22; this translation may be out of date. Read the original"
    assert notice(site / "ru" / "shop" / "greeting" / "index.html") is None  # the original itself


def test_fallback_pages_say_they_are_not_translated_and_link_the_original(tmp_path: Path) -> None:
    returncode, stderr, site = build_fixture(tmp_path, FIXTURE, sync_english_greeting)
    assert returncode == 0, stderr
    page = site / "lv" / "shop" / "greeting" / "index.html"
    assert notice(page) == "Šī lapa vēl nav pārtulkota latviešu valodā; jūs lasāt versiju angļu valodā. Lasīt oriģinālu"
    [link] = [element for element in parse_file(page) if element.tag == "a" and element.text == "Lasīt oriģinālu"]
    assert link.attrs["href"] == "../../../ru/shop/greeting/"


def test_status_page_shows_each_page_in_each_language(tmp_path: Path) -> None:
    returncode, stderr, site = build_fixture(tmp_path, FIXTURE, sync_english_greeting)
    assert returncode == 0, stderr
    rows = {
        element.attrs["data-page"]: element.text
        for element in parse_file(site / "translation-status" / "index.html")
        if element.tag == "tr" and "data-page" in element.attrs
    }
    assert rows["shop/greeting.md"] == "Greeting up to date original missing missing missing"
    assert rows["shop/draft-article.md"] == "Delivery and payment outdated original missing missing missing"
