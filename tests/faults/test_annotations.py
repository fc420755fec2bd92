"""In GitHub Actions, the strict build annotates the pull request: each fault of every
language once, as an error at its real file and line; advice (links to drafts) as one notice
per page; and the abort counts them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.mkdocs_run import build_strict
from support.paths import REPO_ROOT
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs

CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"
ANNOTATION = re.compile(r"^::(?P<level>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+)::(?P<text>.*)$")


def append(path: Path, text: str) -> int:
    """Append text to a file; the line it starts on."""
    before = path.read_text(encoding="utf-8")
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1 + (text.count("\n", 0, len(text) - len(text.lstrip("\n"))))


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    root = copy_project_with_docs(tmp_path_factory.mktemp("annotations"), CONTENT_FIXTURE)
    shop = root / "docs" / "shop"
    lines = {
        # English, built first: a number the Russian source does not have.
        "fact": append(shop / "greeting.md", "\nReturns within 15 days.\n"),
        # Russian, built after it: a heading without an id.
        "heading": append(shop / "phones.ru.md", "\n## Лишний раздел\n"),
        # Advice: a published page links to a draft, twice.
        "draft": append(shop / "greeting.ru.md", "\nСм. [доставку](draft-article.md) и [ещё раз](draft-article.md).\n"),
    }
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG, extra_env={"GITHUB_ACTIONS": "true"})
    assert result.returncode != 0
    return result.stdout + result.stderr, lines


def annotations(output: str) -> list[dict[str, str]]:
    return [match.groupdict() for line in output.splitlines() if (match := ANNOTATION.match(line))]


def test_every_fault_of_every_language_is_an_error_at_its_line(annotated: tuple[str, dict[str, int]]) -> None:
    output, lines = annotated
    errors = [(found["file"], int(found["line"])) for found in annotations(output) if found["level"] == "error"]
    assert errors == [("docs/shop/greeting.md", lines["fact"]), ("docs/shop/phones.ru.md", lines["heading"])]


def test_advice_is_one_notice_per_page(annotated: tuple[str, dict[str, int]]) -> None:
    output, lines = annotated
    advice = [found for found in annotations(output) if found["level"] != "error"]
    assert {found["level"] for found in advice} == {"notice"}
    drafts = [(found["file"], int(found["line"]), found["text"]) for found in advice if "draft page" in found["text"]]
    assert drafts == [
        (
            "docs/shop/greeting.ru.md",
            lines["draft"],
            "this published page links to the draft page docs/shop/draft-article.md. "
            "Fix: publish the target page, or keep the link knowing readers land on a draft",
        )
    ]


def test_the_abort_counts_every_fault(annotated: tuple[str, dict[str, int]]) -> None:
    output, _ = annotated
    assert "Aborted with 2 warnings in strict mode!" in output
