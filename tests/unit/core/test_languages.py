"""kb.core.languages: the site's languages from mkdocs.yml, page files under the suffix layout,
and what CLDR says of each language."""

from __future__ import annotations

from pathlib import Path

from kb.core.languages import (
    Languages,
    PagePath,
    direction,
    file_language,
    is_known_language,
    language_file,
    language_name,
    languages_from_mkdocs_yml,
    neutral_path,
    parse_page_path,
    script,
)

LANGUAGES = Languages(("en", "ru", "fa", "lv", "zh"), "en")


def test_a_page_file_names_its_page_and_language() -> None:
    assert parse_page_path("area/page.ru.md", languages=LANGUAGES) == PagePath("area/page.md", "ru", "ru")
    assert parse_page_path("area/page.md", languages=LANGUAGES) == PagePath("area/page.md", "en", None)
    assert parse_page_path("area/v1.2.md", languages=LANGUAGES) == PagePath("area/v1.2.md", "en", None)
    # Shaped like a language, but not one of the site's: the page's own name, flagged by the file checks.
    assert parse_page_path("area/page.de.md", languages=LANGUAGES) == PagePath("area/page.de.md", "en", "de")
    assert file_language("area/page.zh.md", languages=LANGUAGES) == "zh"
    assert neutral_path("area/page.fa.md", languages=LANGUAGES) == "area/page.md"
    assert language_file("area/page.md", "lv", languages=LANGUAGES) == "area/page.lv.md"
    assert language_file("area/page.md", "en", languages=LANGUAGES) == "area/page.md"


def test_the_default_language_is_whichever_mkdocs_yml_says() -> None:
    russian_first = Languages(("ru", "en"), "ru")
    assert parse_page_path("page.md", languages=russian_first) == PagePath("page.md", "ru", None)
    assert parse_page_path("page.en.md", languages=russian_first) == PagePath("page.md", "en", "en")


def test_languages_are_read_from_mkdocs_yml(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: x\nmarkdown_extensions:\n  - toc:\n      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n"
        "plugins:\n  - search\n  - i18n:\n      build_only_locale: !ENV [KB_ONLY_LANGUAGE, null]\n      languages:\n"
        "        - {locale: de, name: Deutsch}\n        - {locale: he, name: עברית, default: true}\n",
        encoding="utf-8",
    )
    assert languages_from_mkdocs_yml(config) == Languages(("de", "he"), "he")
    config.write_text("site_name: x\ntheme: {name: material, language: lv}\n", encoding="utf-8")
    assert languages_from_mkdocs_yml(config) == Languages(("lv",), "lv")


def test_names_direction_and_script_come_from_cldr() -> None:
    assert [direction(language) for language in ("en", "ru", "fa", "lv", "zh", "he", "ar")] == [
        "ltr",
        "ltr",
        "rtl",
        "ltr",
        "ltr",
        "rtl",
        "rtl",
    ]
    assert [script(language) for language in ("en", "ru", "fa", "lv", "zh")] == ["LATIN", "CYRILLIC", "ARABIC", "LATIN", "CJK"]
    assert language_name("ru", in_language="fa") == "روسی"
    assert language_name("fa", in_language="lv") == "persiešu"
    assert language_name("zh", in_language="en") == "Chinese"
    assert is_known_language("de") and not is_known_language("xx-nonsense")


def test_a_language_cldr_does_not_know_is_written_as_the_fallback_language_writes() -> None:
    from kb.core.languages import FALLBACK_LANGUAGE, cldr_locale

    assert str(cldr_locale("pt-BR")) == "pt_BR"
    assert cldr_locale("xx") == cldr_locale(FALLBACK_LANGUAGE)
    assert cldr_locale("not a language") == cldr_locale(FALLBACK_LANGUAGE)
