"""The "Report a problem" address: every value in its own query parameter, whatever editors
wrote in a title or a row id, and the release and commit when nothing says them."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kb.feedback.report_link import (
    ReportedPlace,
    SiteVersion,
    build_commit,
    page_address,
    release_name,
    report_url,
    site_version,
)

REPO = "https://github.com/example-org/support-kb"
VERSION = SiteVersion(release="2.1", commit="0123456789ab")


def place(title: str, *, row: str = "", language: str = "en") -> ReportedPlace:
    return ReportedPlace(page_title=title, page_url="https://kb.example.org/2.1/area/page/", language=language, version=VERSION, row=row)


def query(url: str) -> dict[str, str]:
    """The address's query as GitHub reads it: each parameter once, decoded."""
    values = parse_qs(urlsplit(url).query, keep_blank_values=True, strict_parsing=True)
    assert all(len(value) == 1 for value in values.values()), values
    return {name: value[0] for name, value in values.items()}


def test_the_address_opens_the_form_with_every_field_filled_in() -> None:
    url = report_url(REPO, place("Refunds", row="refunds--card"))
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path, parts.fragment) == ("https", "github.com", "/example-org/support-kb/issues/new", "")
    assert query(url) == {
        "template": "problem.yml",
        "title": "[en] Refunds (refunds--card)",
        "page-title": "Refunds",
        "page-url": "https://kb.example.org/2.1/area/page/",
        "language": "en",
        "release": "2.1",
        "commit": "0123456789ab",
        "row": "refunds--card",
    }


def test_a_whole_page_has_no_row() -> None:
    assert "row" not in query(report_url(REPO, place("Refunds")))


def test_a_trailing_slash_on_the_repository_is_not_doubled() -> None:
    assert report_url(REPO + "/", place("x")).startswith(REPO + "/issues/new?")


HOSTILE_TITLES = [
    'He said "no" & left',
    "Tom's <script>alert(1)</script>",
    "Refunds #2 ?x=1&release=9.9",
    "100% + 50%/2 = ;",
    "بازگشت وجه «کارت» ۱۴۰۲",  # Persian, with a zero-width non-joiner below
    "می‌توانید",
    "退款 & 换货#条款",
    "line\nbreak\ttab",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_titles_stay_inside_their_own_values(title: str) -> None:
    url = report_url(REPO, place(title, row='row"&#<x>', language="fa"))
    values = query(url)
    assert values["page-title"] == title
    assert values["title"] == f'[fa] {title} (row"&#<x>)'
    assert values["row"] == 'row"&#<x>'
    assert values["release"] == "2.1" and values["language"] == "fa"
    # Nothing an HTML attribute, the URL's structure or a terminal would read is left as is.
    query_text = urlsplit(url).query
    for character in "\"'<>#& \n\t+":
        assert all(character not in value for value in query_text.split("&")), character


def test_non_latin_text_is_percent_encoded_utf8() -> None:
    url = report_url(REPO, place("报告"))
    assert "page-title=%E6%8A%A5%E5%91%8A" in url
    assert url.isascii()


def test_the_page_address_joins_the_release_address_and_the_page() -> None:
    assert page_address("https://kb.example.org/2.1/", "ru/area/page/") == "https://kb.example.org/2.1/ru/area/page/"
    assert page_address("https://kb.example.org/2.1", "ru/area/page/") == "https://kb.example.org/2.1/ru/area/page/"
    assert page_address("https://kb.example.org/", "") == "https://kb.example.org/"
    assert page_address(None, "ru/area/page/") == "/ru/area/page/"


def test_the_release_is_the_deploy_workflows_or_unreleased() -> None:
    assert release_name({"KB_RELEASE": "2.1"}) == "2.1"
    assert release_name({"KB_RELEASE": "  "}) == "unreleased"
    assert release_name({}) == "unreleased"


def test_the_commit_is_cis_shortened() -> None:
    assert build_commit(Path("/nonexistent"), {"GITHUB_SHA": "0123456789abcdef0123456789abcdef01234567"}) == "0123456789ab"


def test_outside_a_repository_the_commit_is_unknown(tmp_path: Path) -> None:
    assert build_commit(tmp_path, {}) == "unknown"
    assert build_commit(tmp_path / "gone", {}) == "unknown"


def test_without_git_the_commit_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no git to be found
    assert build_commit(tmp_path, {}) == "unknown"


def test_in_a_repository_the_commit_is_its_head(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        identity = ["-c", "user.name=KB tests", "-c", "user.email=kb-tests@localhost"]
        return subprocess.run(["git", *identity, *args], cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()

    git("init", "--quiet")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    git("add", "--all")
    git("commit", "--quiet", "--message", "pages")
    head = git("rev-parse", "HEAD")
    assert site_version(tmp_path / "docs", {}) == SiteVersion(release="unreleased", commit=head[:12])
    assert site_version(tmp_path / "docs", {"KB_RELEASE": "3.0", "GITHUB_SHA": "f" * 40}) == SiteVersion(release="3.0", commit="f" * 12)
