""" "Report a problem" on the real site, as mike publishes a release: every page ends with one
link to the issue form filled in for itself (title, address in the release, language, release,
commit), and every decision-table row has one naming its row."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import lxml.html
import pytest

from kb.feedback.report_link import COMMIT_LENGTH
from support.fixture_sites import BuiltSite
from support.paths import REPO_ROOT
from support.publish import PUBLISHED_VERSION, Publication
from support.report_links import report_query

CONFIG_TEXT = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def setting(name: str) -> str:
    """A top-level setting of mkdocs.yml (its Python tags keep yaml.safe_load from reading it)."""
    match = re.search(rf"^{name}:\s*(\S+)\s*$", CONFIG_TEXT, flags=re.MULTILINE)
    assert match, name
    return match.group(1)


REPOSITORY = setting("repo_url").rstrip("/")
RELEASE_ADDRESS = f"{setting('site_url').rstrip('/')}/{PUBLISHED_VERSION}/"  # mike's site_url for the release
ARTICLE = "//article[contains(concat(' ', normalize-space(@class), ' '), ' md-content__inner ')]"


@pytest.fixture(scope="module")
def expected_version(publication: Publication) -> tuple[str, str]:
    """The release and commit the published pages must name: the release the deploy command
    published (it tells the build with KB_RELEASE), and CI's commit or else the published
    project's own (publish_with_mike commits a copy of the sources)."""
    commit = os.environ.get("GITHUB_SHA", "").strip()
    if not commit:
        project = publication.root.parent / "project"
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=project, capture_output=True, text=True, check=True).stdout.strip()
    return PUBLISHED_VERSION, commit[:COMMIT_LENGTH]


def built_pages(site: Path) -> list[Path]:
    """The KB's pages: every HTML file with an article, less the not-found pages (old addresses
    that forward to a merged page hold no article)."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        if path.name == "404.html":
            continue
        if lxml.html.parse(str(path)).getroot().xpath(ARTICLE):
            pages.append(path)
    return pages


def test_every_page_has_one_report_link_for_itself_and_every_row_one_for_its_row(
    built_site: BuiltSite, expected_version: tuple[str, str]
) -> None:
    assert built_site.returncode == 0, built_site.output
    site = built_site.site_dir
    pages = built_pages(site)
    assert len(pages) > 300, len(pages)  # every page of five languages
    release, commit = expected_version
    rows_seen = 0
    for path in pages:
        document = lxml.html.parse(str(path)).getroot()
        relative = path.relative_to(site).as_posix()
        links = document.xpath("//*[contains(@class, 'kb-report-problem')]//a")
        assert len(links) == 1, f"{relative}: {len(links)} page report links"
        values = report_query_of(links[0].get("href"))
        fallback = document.xpath("//*[@data-kb-fallback]/following-sibling::div[@lang][1]/@lang")
        language = fallback[0] if fallback else document.get("lang")
        title = document.xpath("string(//head/title)")
        expected = {
            "template": "problem.yml",
            "title": f"[{language}] {values['page-title']}",
            "page-url": RELEASE_ADDRESS + relative.removesuffix("index.html"),
            "language": language,
            "release": release,
            "commit": commit,
        }
        assert {name: values.get(name) for name in expected} == expected, relative
        assert values["page-title"] and title.startswith(values["page-title"] + " - "), (relative, title)
        assert "row" not in values, relative
        for row in document.xpath("//tr[@data-kb-row]"):
            [row_link] = row.xpath(".//a[contains(@class, 'kb-dt-report')]")
            row_values = report_query_of(row_link.get("href"))
            assert row_values == {**values, "title": f"{values['title']} ({row.get('id')})", "row": row.get("id")}, relative
            rows_seen += 1
    assert rows_seen > 100, rows_seen  # the KB's decision tables, in five languages


def report_query_of(href: str) -> dict[str, str]:
    return report_query(href, repository=REPOSITORY)
