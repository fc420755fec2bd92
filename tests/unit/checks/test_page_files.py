"""kb.checks.page_files: language suffixes, translations without their page, pages outside the navigation."""

from kb.checks.page_files import missing_from_nav_findings, nav_pages, orphan_translation_findings, unknown_language_findings
from kb.core.languages import Languages

LANGUAGES = Languages(("en", "ru", "fa", "lv", "zh"), "en")
PAGES = ["index.md", "index.ru.md", "area/page.md", "area/page.fa.md", "area/v1.2.md"]


def test_known_layout_passes() -> None:
    assert unknown_language_findings(PAGES, languages=LANGUAGES) == []
    assert orphan_translation_findings(PAGES, languages=LANGUAGES) == []
    assert missing_from_nav_findings(PAGES, nav=["index.md", {"Area": ["area/page.md", "area/v1.2.md"]}], languages=LANGUAGES) == []


def test_unknown_suffix_translation_without_page_and_page_outside_nav() -> None:
    [unknown] = unknown_language_findings([*PAGES, "area/page.de.md"], languages=LANGUAGES)
    assert str(unknown).startswith("docs/area/page.de.md:1: 'de' is not a site language")
    [orphan] = orphan_translation_findings([*PAGES, "area/other.lv.md"], languages=LANGUAGES)
    assert str(orphan).startswith("docs/area/other.lv.md:1: translation without its page: area/other.md does not exist")
    [outside] = missing_from_nav_findings(PAGES, nav=["index.md", {"Area": ["area/page.md"]}], languages=LANGUAGES)
    assert str(outside).startswith("docs/area/v1.2.md:1: the page is not in the navigation")


def test_without_a_nav_every_page_is_listed() -> None:
    assert missing_from_nav_findings(PAGES, nav=None, languages=LANGUAGES) == []


def test_nav_pages_reads_nested_and_titled_entries() -> None:
    assert nav_pages(["index.md", {"Area": ["a/x.md", {"Title": "a/y.md"}]}, {"Link": "https://example.org"}]) == {
        "index.md",
        "a/x.md",
        "a/y.md",
    }
