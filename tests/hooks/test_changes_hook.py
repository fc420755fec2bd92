"""hooks/changes_hook.py on the content fixture in a temporary git repository with releases v1.0
and v1.1 (a page changed in Russian, a page removed, a change fragment): the What changed page in
each language, the "Changed in" note on the changed page only, and a broken fragment reported at
its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

from support.mkdocs_run import build_strict, warnings_in
from support.paths import DOCS_DIR, LANGUAGES, REPO_ROOT
from support.release_repo import commit_and_tag, git, write
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs, replace_in

CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"
FRAGMENT = "type: fixed\narea: shop\ntext:\n" + "".join(f'  {language}: "Greeting fixed ({language})."\n' for language in LANGUAGES)


def project(root: Path) -> Path:
    """The fixture at v1.1: shop/greeting changed in Russian, shop/draft-article removed."""
    copy_project_with_docs(root, CONTENT_FIXTURE)
    for language in LANGUAGES:
        name = "whats-changed.md" if language == "en" else f"whats-changed.{language}.md"
        shutil.copy2(DOCS_DIR / name, root / "docs" / name)
    replace_in(root / FIXTURE_CONFIG, "  - translation-status.md\n", "  - translation-status.md\n  - whats-changed.md\n")
    git(root, "init", "-q", "-b", "main")
    commit_and_tag(root, "1.0", "v1.0")
    greeting = root / "docs" / "shop" / "greeting.ru.md"
    greeting.write_text(greeting.read_text(encoding="utf-8") + "\nНовая строка.\n", encoding="utf-8")
    for suffix in ("", ".ru"):
        (root / "docs" / "shop" / f"draft-article{suffix}.md").unlink()
    replace_in(root / FIXTURE_CONFIG, "      - shop/draft-article.md\n", "")
    write(root, {"changes/greeting.yml": FRAGMENT})
    commit_and_tag(root, "1.1", "v1.1")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = project(tmp_path_factory.mktemp("changes") / "kb")
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG, extra_env={"KB_RELEASE": "1.1"})
    assert result.returncode == 0 and warnings_in(result.stdout + result.stderr) == [], result.stdout[-3000:] + result.stderr[-3000:]
    return root, root / "site"


def page(site: Path, path: str) -> HtmlElement:
    root: HtmlElement = lxml.html.parse(str(site / path / "index.html")).getroot()
    return root


def text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_the_page_names_the_release_and_the_one_before(built: tuple[Path, Path]) -> None:
    _, site = built
    [english] = page(site, "whats-changed").xpath('//p[@class="kb-changes-release"]')
    assert text(english) == "This is release 1.1, compared with the release before it, 1.0."
    [persian] = page(site, "fa/whats-changed").xpath('//p[@class="kb-changes-release"]')
    assert text(persian) == "این نسخهٔ 1.1 است که با نسخهٔ پیش از آن، 1.0، مقایسه شده است."


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_lists_the_changed_and_removed_pages_and_the_fragment(built: tuple[Path, Path], language: str) -> None:
    _, site = built
    listing = page(site, "whats-changed" if language == "en" else f"{language}/whats-changed")
    [changed] = listing.xpath('//li[@id="page-shop-greeting"]')
    assert "kb-change--changed" in changed.get("class", "")
    [removed] = listing.xpath('//li[@id="page-shop-draft-article"]')
    assert "kb-change--removed" in removed.get("class", "")
    assert f"Greeting fixed ({language})." in text(listing)


def test_the_changed_page_links_to_its_entry_in_its_language(built: tuple[Path, Path]) -> None:
    _, site = built
    [note] = page(site, "ru/shop/greeting").xpath('//p[@class="kb-changed-in"]/a')
    assert text(note) == "Изменено в выпуске 1.1: что изменилось"
    assert note.get("href") == "../../whats-changed/#page-shop-greeting"
    # Right after the page details.
    assert note.getparent().getprevious().get("class") == "kb-page-meta"
    [english] = page(site, "shop/greeting").xpath('//p[@class="kb-changed-in"]/a')
    assert text(english) == "Changed in release 1.1: see what changed"


@pytest.mark.parametrize("path", ["shop/phones", "ru/shop/phones", "whats-changed", "ru"])
def test_unchanged_pages_have_no_note(built: tuple[Path, Path], path: str) -> None:
    _, site = built
    assert page(site, path).xpath('//p[@class="kb-changed-in"]') == []


def test_a_broken_fragment_stops_the_build_at_its_line(built: tuple[Path, Path], tmp_path: Path) -> None:
    root, _ = built
    write(root, {"changes/broken.yml": "type: changed\ntext:\n  en: Only English\n"})
    try:
        result = build_strict(root, tmp_path / "site", config_file=FIXTURE_CONFIG)
    finally:
        (root / "changes" / "broken.yml").unlink()
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "changes/broken.yml:3: the text has no ru sentence" in output, output[-3000:]
