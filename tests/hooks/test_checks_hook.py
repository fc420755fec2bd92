"""hooks/checks_hook.py on small temporary sites: the editor's reviewer, the crawl of the built
site, and what pages would load from other hosts. The defects of a broken link reported twice,
a link to a phone entry refused, and one-language builds failing are tested on the content
fixture with the real configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.fixture_sites import FixtureSite
from support.html_query import parse_file
from support.mkdocs_run import build_strict, run_tool, warnings_in
from support.paths import REPO_ROOT
from support.seeded_faults import CONTENT_FAULTS
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs, replace_in, write_site

FRONT = "---\ntitle: {title}\narea: general\nsource_language: en\nowner: kb-shop\nlast_reviewed: 2026-11-22\nreview_by: 2027-05-22\nstatus: published\n---\n"
FRONT_LINES = FRONT.count("\n")


def page(title: str, body: str) -> str:
    """A page with valid front matter; its body starts on line FRONT_LINES + 1."""
    return FRONT.format(title=title) + body


GOOD = {
    "index.md": page("Home", "# Home {#home}\n\nSee [the guide](guide.md#steps) and [mail](mailto:kb@example.org).\n"),
    "guide.md": page("Guide", "# Guide {#guide}\n\n## Steps {#steps}\n\nText.\n"),
}
CONFIG = {"nav": ["index.md", "guide.md"], "markdown_extensions": ["attr_list", "toc"]}
CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"


def test_a_clean_site_builds_without_findings(tmp_path: Path) -> None:
    write_site(tmp_path, pages=GOOD, hooks=["checks_hook.py"], extra_config=CONFIG)
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []


def test_faults_are_reported_with_file_and_line(tmp_path: Path) -> None:
    pages = {
        "index.md": page("Home", "# Home {#home}\n\nSee [the guide](guide.md#nowhere).\n"),
        "guide.md": page(
            "Guide",
            "# Guide {#guide}\n\n## Steps\n\n[Old site](http://example.org)\n\n<script>x()</script>\n\n![Logo](https://cdn.example.com/logo.png)\n",
        ),
        "other.md": "# No front matter {#other}\n",
    }
    write_site(tmp_path, pages=pages, hooks=["checks_hook.py"], extra_config={**CONFIG, "nav": ["index.md", "guide.md", "other.md"]})
    warnings = warnings_in(build_strict(tmp_path, tmp_path / "site").stderr)
    line = FRONT_LINES
    assert any(f"docs/guide.md:{line + 3}: heading 'Steps' has no explicit id" in text for text in warnings), warnings
    assert any(f"docs/guide.md:{line + 5}: link http://example.org is not https" in text for text in warnings), warnings
    assert any(f"docs/guide.md:{line + 7}: <script> is not allowed in page content" in text for text in warnings), warnings
    assert any(
        f"docs/guide.md:{line + 9}: <img src> loads https://cdn.example.com/logo.png from cdn.example.com" in text
        and "docs/assets/" in text
        for text in warnings
    ), warnings
    assert any(
        f"docs/index.md:{line + 3}: link guide.md#nowhere names #nowhere, which docs/guide.md does not have" in text for text in warnings
    ), warnings
    assert any("docs/other.md:1: the page has no front matter" in text for text in warnings), warnings


def test_github_actions_gets_error_annotations(tmp_path: Path) -> None:
    pages = {**GOOD, "guide.md": page("Guide", "# Guide {#guide}\n\n## Steps {#steps}\n\n[Old site](http://example.org)\n")}
    write_site(tmp_path, pages=pages, hooks=["checks_hook.py"], extra_config=CONFIG)
    result = run_tool(
        "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site"), cwd=tmp_path, extra_env={"GITHUB_ACTIONS": "true"}
    )
    assert result.returncode != 0
    assert (
        f"::error file=docs/guide.md,line={FRONT_LINES + 5}::link http://example.org is not https. Fix: use the https://" in result.stdout
    )


def test_skip_switch_builds_without_the_checks(tmp_path: Path) -> None:
    pages = {**GOOD, "guide.md": page("Guide", "# Guide {#guide}\n\n## Steps\n")}
    write_site(tmp_path, pages=pages, hooks=["checks_hook.py"], extra_config=CONFIG)
    result = run_tool("mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site"), cwd=tmp_path, extra_env={"KB_SKIP_CHECKS": "1"})
    assert result.returncode == 0, result.stderr


def test_crawl_finds_a_broken_link_the_theme_writes(tmp_path: Path) -> None:
    write_site(tmp_path, pages=GOOD, hooks=["checks_hook.py"], extra_config=CONFIG)
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}\n{% block content %}{{ super() }}<a href="{{ base_url }}/nowhere/">x</a>{% endblock %}\n',
        encoding="utf-8",
    )
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").replace("name: material", "name: material\n  custom_dir: overrides")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    warnings = warnings_in(build_strict(tmp_path, tmp_path / "site").stderr)
    assert any("site/index.html:" in line and "link ./nowhere/ leads to no file in the built site" in line for line in warnings), warnings


def test_stylesheet_importing_a_web_font_fails_with_file_and_line(tmp_path: Path) -> None:
    write_site(
        tmp_path,
        pages={**GOOD, "assets/extra.css": "/* fonts */\n@import url('https://fonts.googleapis.com/css2?family=Roboto');\n"},
        hooks=["checks_hook.py"],
        extra_config={**CONFIG, "extra_css": ["assets/extra.css"]},
    )
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/assets/extra.css:2: CSS url() loads https://fonts.googleapis.com/css2?family=Roboto" in result.stderr


def test_theme_fetch_is_reported_against_the_page_with_the_built_line(tmp_path: Path) -> None:
    # A theme font left switched on makes every page fetch from Google: not the editor's text.
    write_site(tmp_path, pages=GOOD, hooks=["checks_hook.py"], extra_config=CONFIG)
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").replace("font: false", "font: {text: Roboto}")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/index.md:1: " in result.stderr and "fonts.googleapis.com" in result.stderr
    assert "site/index.html:" in result.stderr


def test_a_link_to_a_phone_directory_entry_builds(content_site: FixtureSite) -> None:
    # Defect: the entry ids were added after MkDocs and the checks had collected the page's ids.
    # The content fixture's home page links to an entry, and it builds without a warning.
    assert 'href="shop/phones/#phone-78002005888"' in (content_site.site_dir / "index.html").read_text(encoding="utf-8")
    assert '<tr id="phone-78002005888">' in (content_site.site_dir / "shop" / "phones" / "index.html").read_text(encoding="utf-8")


def test_a_broken_link_is_reported_once(content_faults_output: str) -> None:
    # Defect: MkDocs' validation and the KB's link check both reported it, and so did the crawl.
    warnings = warnings_in(content_faults_output)
    for link in ("shop/gone.md", "shop/phones.md#phone-1", "../outside/"):
        assert len([line for line in warnings if link in line]) == 1, warnings


def test_a_one_language_build_passes_strict_mode_and_shows_that_language(tmp_path: Path) -> None:
    # Defect: the crawl reported the switcher's links to the languages left out (`make serve-ru`).
    root = copy_project_with_docs(tmp_path, CONTENT_FIXTURE)
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG, extra_env={"KB_ONLY_LANGUAGE": "ru"})
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []
    # The default language at the root and Russian beside it, the others left out; the
    # Russian pages are the Russian files, not the English ones under a Russian header.
    assert sorted(path.name for path in (root / "site").iterdir() if path.name in ("ru", "fa", "lv", "zh")) == ["ru"]
    greeting = parse_file(root / "site" / "ru" / "shop" / "greeting" / "index.html")
    assert [element.text.removesuffix("¶") for element in greeting if element.tag == "h1"] == ["Приветствие"]
    assert not [element for element in greeting if element.has_class("kb-translation-notice")]


def test_a_one_language_build_of_an_unknown_language_says_which_there_are(tmp_path: Path) -> None:
    root = copy_project_with_docs(tmp_path, CONTENT_FIXTURE)
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG, extra_env={"KB_ONLY_LANGUAGE": "de"})
    assert result.returncode != 0
    assert "KB_ONLY_LANGUAGE=de is not a site language: use one of en, ru, fa, lv, zh" in result.stderr


@pytest.mark.parametrize("fault", ["invalid-yaml", "missing-owner", "wrong-area"])
def test_front_matter_faults_fail_the_build_with_file_and_line(content_faults_output: str, fault: str) -> None:
    assert content_faults_output.count(CONTENT_FAULTS[fault].expected) == 1, content_faults_output


def test_faults_of_every_language_are_reported_in_one_run(tmp_path: Path) -> None:
    """Before, the build stopped after the first language with a fault, with a wrong count."""

    def break_two_languages(docs: Path) -> None:
        replace_in(docs / "shop" / "greeting.md", "review_by: 2027-05-22", "review_by: 2027-13-01")
        page = docs / "shop" / "greeting.ru.md"
        page.write_text(page.read_text(encoding="utf-8") + "\n\tПредложение с табуляцией.\n", encoding="utf-8")

    root = copy_project_with_docs(tmp_path, REPO_ROOT / "tests" / "fixtures" / "content-site")
    break_two_languages(root / "docs")
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG)
    assert result.returncode != 0
    warnings = warnings_in(result.stderr)
    assert any("docs/shop/greeting.md:7: invalid YAML: 2027-13-01 is not a real date" in line for line in warnings), warnings
    assert any("docs/shop/greeting.ru.md:" in line and "starts with a tab" in line for line in warnings), warnings
    # One abort, at the end, counting every warning (MkDocs says it on standard output).
    assert f"Aborted with {len(warnings)} warnings in strict mode!" in result.stdout
