"""Review dates on the real site: the overdue banner on exactly the pages past their review_by as
of the build date, in all five languages, and the Review status page listing them per owner.

The real dates put nothing past due on the day this was written, so a copy of the site is also
built as of a later day (KB_TODAY), when some pages are overdue and others due soon.
"""

from __future__ import annotations

import datetime
import posixpath
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

from kb.pages import scan_docs
from kb.review.schedule import DUE_SOON_DAYS, build_date, by_owner, due_within, reader_files
from support.fixture_sites import BuiltSite
from support.mkdocs_run import build_strict
from support.paths import DOCS_DIR, LANGUAGES, SITE_LANGUAGES, copy_site_sources, language_prefix

DOCS = scan_docs(DOCS_DIR, languages=SITE_LANGUAGES)
# After the review_by of most pages (2027-05-22), before that of the rest (2027-06-04).
LATER_DAY = datetime.date(2027, 5, 30)


def html_path(page: str, language: str) -> str:
    """Where a page (area/page.md) is built for a language, under the site's folder."""
    stem = page.removesuffix(".md")
    folder = posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem
    return posixpath.join(language_prefix(language) + folder, "index.html").lstrip("/")


def overdue_pages(today: datetime.date) -> set[str]:
    """The built pages that must carry the banner: the file each language's reader sees is overdue."""
    return {
        html_path(item.page, language)
        for language in LANGUAGES
        for item in due_within(reader_files(DOCS, language), today=today, days=0)
        if item.overdue
    }


def pages_with_banner(site: Path) -> set[str]:
    return {
        path.relative_to(site).as_posix()
        for path in site.rglob("index.html")
        if 'class="admonition warning kb-review-overdue"' in path.read_text(encoding="utf-8")
    }


def review_rows(site: Path, language: str) -> dict[str, list[str]]:
    """The Review status page's tables: caption -> the row's page (data-page) in order."""
    root: HtmlElement = lxml.html.parse(str(site / language_prefix(language) / "review-status" / "index.html")).getroot()
    return {
        table.xpath("caption")[0].text_content(): [str(row.get("data-page")) for row in table.xpath("tbody/tr")]
        for table in root.xpath("//article//table[caption]")
    }


def expected_rows(today: datetime.date, language: str) -> dict[str, list[str]]:
    ui_owner = {"en": "Owner: {}", "ru": "Владелец: {}", "fa": "مالک: {}", "lv": "Atbildīgais: {}", "zh": "负责团队：{}"}[language]
    due = due_within(reader_files(DOCS, language), today=today, days=DUE_SOON_DAYS)
    return {ui_owner.format(owner): [item.page for item in items] for owner, items in by_owner(due).items()}


def test_the_banner_is_on_the_pages_overdue_today_and_no_others(built_site: BuiltSite) -> None:
    assert pages_with_banner(built_site.site_dir) == overdue_pages(build_date())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_status_page_is_in_every_language(built_site: BuiltSite, language: str) -> None:
    assert review_rows(built_site.site_dir, language) == expected_rows(build_date(), language)


@pytest.fixture(scope="module")
def later_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KB as a build on LATER_DAY shows it."""
    root = copy_site_sources(tmp_path_factory.mktemp("review-later"))
    result = build_strict(root, root / "site", extra_env={"KB_TODAY": LATER_DAY.isoformat()})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root / "site"


def test_later_the_banner_is_on_exactly_the_overdue_pages_in_every_language(later_site: Path) -> None:
    expected = overdue_pages(LATER_DAY)
    assert {path.split("/", 1)[0] for path in expected} >= {"ru", "fa", "lv", "zh"}  # every language has some
    assert "online-store/key-facts/index.html" not in expected  # due on 2027-06-04: not yet overdue
    assert pages_with_banner(later_site) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_later_the_review_status_page_lists_them_per_owner(later_site: Path, language: str) -> None:
    rows = review_rows(later_site, language)
    assert rows == expected_rows(LATER_DAY, language)
    assert len(rows) == 6  # every owner has pages due
    assert "online-store/key-facts.md" in rows[next(caption for caption in rows if caption.endswith("kb-online-store"))]
