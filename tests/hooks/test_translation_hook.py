"""hooks/translation_hook.py: outdated and not-yet-translated notices and the status page (on
the content fixture, with the real configuration), and fact parity (on a small site)."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.fixture_sites import FixtureSite
from support.html_query import parse_file
from support.mkdocs_run import build_strict, warnings_in
from support.paths import REPO_ROOT
from support.temp_site import build_fixture, replace_in, write_site

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"
FRONT = "---\ntitle: Returns\nsource_language: ru\n---\n\n"
I18N = {
    "i18n": {
        "docs_structure": "suffix",
        "languages": [{"locale": "en", "name": "English", "default": True}, {"locale": "ru", "name": "Русский"}],
    }
}
RUSSIAN = FRONT + "# Возврат\n\nСрок возврата — 14 дней, сумма до 500 000 руб.\n"


def notice(page: Path) -> str | None:
    found = [element.text for element in parse_file(page) if element.has_class("kb-translation-notice")]
    return found[0] if found else None


def test_a_synced_translation_has_no_notice(content_site: FixtureSite) -> None:
    assert notice(content_site.site_dir / "shop" / "greeting" / "index.html") is None


def test_source_edits_mark_translations_outdated(tmp_path: Path) -> None:
    def edit_source(docs: Path) -> None:
        replace_in(docs / "shop" / "greeting.ru.md", "Оператор ИМ приветствует клиента.", "Оператор ИМ вежливо приветствует клиента.")

    returncode, stderr, site = build_fixture(tmp_path, FIXTURE, edit_source)
    assert returncode == 0, stderr
    assert (
        notice(site / "shop" / "greeting" / "index.html")
        == "The Russian original changed on 2026-11-22; this translation may be out of date. Read the original"
    )
    assert notice(site / "ru" / "shop" / "greeting" / "index.html") is None  # the original itself


def test_fallback_pages_say_they_are_not_translated_and_link_the_original(content_site: FixtureSite) -> None:
    page = content_site.site_dir / "lv" / "shop" / "greeting" / "index.html"
    assert notice(page) == "Šī lapa vēl nav pārtulkota latviešu valodā; jūs lasāt versiju angļu valodā. Lasīt oriģinālu"
    [link] = [element for element in parse_file(page) if element.tag == "a" and element.text == "Lasīt oriģinālu"]
    assert link.attrs["href"] == "../../../ru/shop/greeting/"


def test_status_page_shows_each_page_in_each_language(content_site: FixtureSite) -> None:
    rows = {
        element.attrs["data-page"]: element.text
        for element in parse_file(content_site.site_dir / "translation-status" / "index.html")
        if element.tag == "tr" and "data-page" in element.attrs
    }
    assert rows["shop/greeting.md"] == "Greeting up to date original missing missing missing"
    assert rows["shop/draft-article.md"] == "Delivery and payment outdated original missing missing missing"


def parity_site(tmp_path: Path, english: str, front: str = FRONT, russian: str = RUSSIAN) -> str:
    write_site(
        tmp_path,
        pages={"index.md": front + english, "index.ru.md": russian},
        hooks=["translation_hook.py"],
        extra_config={"plugins": ["search", I18N]},
    )
    return build_strict(tmp_path, tmp_path / "site").stderr


REVIEWED_RUSSIAN = RUSSIAN.replace(
    "source_language: ru\n",
    "source_language: ru\nfact_exceptions:\n  - {fact: '15', languages: [en], reason: 'reviewed: delivery day counted'}\n",
)


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("# Returns\n\nReturns within 14 days, up to 500,000 roubles.\n", RUSSIAN),
        ("# Returns\n\nReturns within 14 or 15 days, up to 500,000 roubles.\n", REVIEWED_RUSSIAN),
        ("# Returns\n\nReturns within fourteen days, up to 500,000 roubles.\n", RUSSIAN),
    ],
    ids=["same-facts", "exception-beside-the-source", "number-in-words"],
)
def test_translations_stating_the_source_facts_build(tmp_path: Path, english: str, russian: str) -> None:
    assert warnings_in(parity_site(tmp_path, english, russian=russian)) == []


def test_a_translation_cannot_excuse_its_own_facts(tmp_path: Path) -> None:
    front = FRONT.replace("source_language: ru\n", "source_language: ru\nfact_exceptions:\n  - {fact: '15', reason: 'I say so'}\n")
    warnings = warnings_in(parity_site(tmp_path, "# Returns\n\nReturns within 14 or 15 days, up to 500,000 roubles.\n", front))
    assert any(
        "docs/index.md:4: fact_exceptions in a translation: a translation cannot excuse its own facts. "
        "Fix: move the entries to the source page docs/index.ru.md's front matter, each with languages: [en]" in line
        for line in warnings
    ), warnings
    assert any("only the translation has 15" in line for line in warnings), warnings


def test_an_exception_no_translation_needs_is_reported_at_its_line(tmp_path: Path) -> None:
    warnings = warnings_in(parity_site(tmp_path, "# Returns\n\nReturns within 14 days, up to 500,000 roubles.\n", russian=REVIEWED_RUSSIAN))
    assert any("docs/index.ru.md:5: fact_exceptions entry for 15 excuses no difference" in line for line in warnings), warnings


def test_a_number_word_changed_in_the_source_fails(tmp_path: Path) -> None:
    """The wording changed in the source ("две недели" -> "три недели"); the translation
    still says "two weeks"."""
    russian = FRONT + "# Возврат\n\nСрок возврата — три недели.\n"
    warnings = warnings_in(parity_site(tmp_path, "# Returns\n\nReturns within two weeks.\n", russian=russian))
    assert any(
        'docs/index.md:8: facts differ from the source docs/index.ru.md: only the source has 3 ("три"); only the translation has 2 ("two")'
        in line
        for line in warnings
    ), warnings


def test_a_number_changed_in_one_language_fails_naming_both_files(tmp_path: Path) -> None:
    warnings = warnings_in(parity_site(tmp_path, "# Returns\n\nReturns within 15 days, up to 500,000 roubles.\n"))
    assert any(
        "docs/index.md:8: facts differ from the source docs/index.ru.md: only the source has 14; only the translation has 15" in line
        for line in warnings
    ), warnings


def test_a_byte_order_mark_does_not_turn_front_matter_into_facts(tmp_path: Path) -> None:
    """A BOM before the front matter once made its dates read as phone numbers."""
    dated = "---\ntitle: Returns\nsource_language: ru\nlast_reviewed: 2026-11-22\nreview_by: 2027-05-22\n---\n\n"
    english = "\ufeff" + dated + "# Returns\n\nReturns within 14 days, up to 500,000 roubles.\n"
    russian = "\ufeff" + dated + "# Возврат\n\nСрок возврата — 14 дней, сумма до 500 000 руб.\n"
    write_site(
        tmp_path,
        pages={"index.md": english, "index.ru.md": russian},
        hooks=["translation_hook.py"],
        extra_config={"plugins": ["search", I18N]},
    )
    assert warnings_in(build_strict(tmp_path, tmp_path / "site").stderr) == []
