"""hooks/feedback_hook.py: "Report a problem" on every page and every decision-table row, on the
decision-table fixture built with the real configuration (one page title full of what a URL or
an attribute could mistake for its own syntax), and on small sites for the fallbacks: no
release or commit known, no repository configured."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from support.mkdocs_run import build_strict, warnings_in
from support.paths import REPO_ROOT
from support.report_links import report_query
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs, replace_in, write_site

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "decision-tables-site"
REPOSITORY = "https://github.com/example-org/support-kb"  # mkdocs.yml's repo_url
SITE_URL = "https://kb.example.org/"  # mkdocs.yml's site_url
HOSTILE_TITLE = """Refunds "quoted" & Tom's 100% #1 ?release=0&row=x"""
RELEASE_AND_COMMIT = {"KB_RELEASE": "9.9", "GITHUB_SHA": "0123456789abcdef0123456789abcdef01234567"}


def page_links(page: Path) -> list[lxml.html.HtmlElement]:
    return lxml.html.parse(str(page)).getroot().xpath("//p[@class='kb-report-problem']/a")


def row_links(page: Path) -> dict[str, list[lxml.html.HtmlElement]]:
    rows = lxml.html.parse(str(page)).getroot().xpath("//tr[@data-kb-row]")
    return {row.get("id"): row.xpath(".//a[contains(@class, 'kb-dt-report')]") for row in rows}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The decision-table fixture, its English refunds page titled HOSTILE_TITLE, built as the
    deploy workflow builds a release (KB_RELEASE and GITHUB_SHA set)."""
    root = copy_project_with_docs(tmp_path_factory.mktemp("feedback"), FIXTURE)
    replace_in(root / "docs" / "refunds.md", "title: Refunds\n", f"title: '{HOSTILE_TITLE.replace(chr(39), chr(39) * 2)}'\n")
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG, extra_env=RELEASE_AND_COMMIT)
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []
    return root / "site"


@pytest.mark.parametrize(
    ("path", "title", "language"),
    [
        ("refunds/index.html", HOSTILE_TITLE, "en"),
        ("fa/refunds/index.html", "بازگشت وجه", "fa"),
        ("ru/index.html", None, "ru"),
    ],
)
def test_every_page_ends_with_one_report_link_for_itself(site: Path, path: str, title: str | None, language: str) -> None:
    [link] = page_links(site / path)
    values = report_query_of(link.get("href"))
    page_url = SITE_URL + path.removesuffix("index.html")
    assert values["page-url"] == page_url
    assert values["language"] == language
    assert (values["release"], values["commit"]) == ("9.9", "0123456789ab")
    assert values["template"] == "problem.yml" and "row" not in values
    if title is not None:
        assert values["page-title"] == title
        assert values["title"] == f"[{language}] {title}"
    # In the page's language, as the page's own interface text says it.
    assert link.text_content() == {"en": "Report a problem", "fa": "گزارش مشکل", "ru": "Сообщить о проблеме"}[language]


def test_the_hostile_title_is_escaped_in_the_attribute(site: Path) -> None:
    html = (site / "refunds" / "index.html").read_text(encoding="utf-8")
    [link_html] = [line for line in html.splitlines() if "kb-report-problem" in line]
    # Quotes and ampersands never reach the attribute as they are: one href, nothing after it.
    assert link_html.count('"') == 4  # class="…" and href="…"
    assert "%22quoted%22%20%26%20Tom%27s%20100%25%20%231%20%3Frelease%3D0%26row%3Dx" in link_html


def test_every_row_has_one_report_link_naming_its_row(site: Path) -> None:
    for path, language in (("refunds/index.html", "en"), ("fa/refunds/index.html", "fa"), ("ru/index.html", "ru")):
        rows = row_links(site / path)
        assert rows, path
        for row_id, links in rows.items():
            [link] = links
            values = report_query_of(link.get("href"))
            assert values["row"] == row_id
            assert values["language"] == language
            assert values["page-url"] == SITE_URL + path.removesuffix("index.html")
            # Beside the row's own link, named in the page's language.
            assert "kb-dt-permalink" in (link.getprevious().get("class") or "")
            assert link.get("aria-label").startswith(
                {"en": "Report a problem with this row: ", "fa": "گزارش مشکل در این ردیف: "}.get(
                    language, "Сообщить о проблеме в этой строке: "
                )
            )
    [english_row] = [links[0] for links in row_links(site / "refunds" / "index.html").values()][:1]
    assert report_query_of(english_row.get("href"))["page-title"] == HOSTILE_TITLE


def test_report_links_are_not_searched(site: Path) -> None:
    from kb.search.index import prepared_pages

    for page in prepared_pages(site):
        assert "Report a problem" not in " ".join(record.title + record.content for record in page.records)


TABLE = """id: cards
source_language: en
caption: {en: Cards}
columns:
  - key: kind
    kind: condition
    label: {en: Kind}
  - key: answer
    kind: output
    label: {en: Answer}
rows:
  - id: credit
    kind: {en: Credit}
    answer: {en: Refund to the card}
"""
PAGE = "---\ntitle: Cards\n---\n\n# Cards {#cards}\n\n::: decision-table cards.table.yml\n"


def build_small(tmp_path: Path, *, repo_url: str | None) -> Path:
    write_site(
        tmp_path,
        pages={"cards.md": PAGE, "cards.table.yml": TABLE},
        hooks=["components_hook.py", "feedback_hook.py"],
        extra_config={
            "markdown_extensions": ["attr_list", "toc"],
            "exclude_docs": "*.table.yml\n",
            **({"repo_url": repo_url} if repo_url else {}),
        },
    )
    # Empty variables count as unset: the build names no release, and outside a repository no commit.
    result = build_strict(tmp_path, tmp_path / "site", extra_env={"KB_RELEASE": "", "GITHUB_SHA": ""})
    assert result.returncode == 0, result.stderr
    return tmp_path / "site"


def test_without_a_release_or_a_repository_the_link_says_unreleased_and_unknown(tmp_path: Path) -> None:
    site = build_small(tmp_path, repo_url=REPOSITORY)
    [[link]] = row_links(site / "cards" / "index.html").values()
    values = report_query_of(link.get("href"))
    assert (values["release"], values["commit"], values["row"], values["page-title"]) == ("unreleased", "unknown", "cards--credit", "Cards")
    assert values["page-url"] == "/cards/"  # no site_url: the page's path


def test_a_site_without_a_repository_has_no_report_links(tmp_path: Path) -> None:
    site = build_small(tmp_path, repo_url=None)
    assert row_links(site / "cards" / "index.html") == {"cards--credit": []}


def report_query_of(href: str) -> dict[str, str]:
    return report_query(href, repository=REPOSITORY)
