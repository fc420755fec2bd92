"""kb.publishing.not_found: the published branch's own not-found page."""

from __future__ import annotations

import lxml.html

from kb.core.languages import Languages
from kb.publishing.not_found import NotFoundWords, branch_not_found_page, language_switch_script

LANGUAGES = Languages(("en", "ru", "fa"), "en")
WORDS = {
    "en": NotFoundWords("Page not found", "No page <here>.", "Home"),
    "ru": NotFoundWords("Страница не найдена", "Нет страницы.", "На главную"),
    "fa": NotFoundWords("صفحه پیدا نشد", "صفحه‌ای نیست.", "صفحهٔ اصلی"),
}


def test_every_language_links_its_home_in_latest_without_javascript() -> None:
    page = lxml.html.fromstring(branch_not_found_page(site_path="/kb/", languages=LANGUAGES, words=WORDS))
    sections = page.xpath("//section")
    assert [(section.get("lang"), section.get("dir")) for section in sections] == [("en", "ltr"), ("ru", "ltr"), ("fa", "rtl")]
    assert [section.xpath(".//a/@href")[0] for section in sections] == ["/kb/latest/", "/kb/latest/ru/", "/kb/latest/fa/"]
    assert sections[0].xpath("string(.//p)") == "No page <here>."  # text, escaped


def test_the_scripts_know_the_site_root_and_the_other_languages() -> None:
    script = language_switch_script(site_path="/1.0/", languages=LANGUAGES)
    assert '"root": "/1.0/"' in script and '"languages": ["ru", "fa"]' in script
    assert '"root": "/"' in branch_not_found_page(site_path="", languages=LANGUAGES, words=WORDS)
