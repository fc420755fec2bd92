"""The README's first command, `make serve`, serves every language on the given address; the
preview keeps answering, within seconds, while a check fails."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.html_query import find, parse
from support.mkdocs_run import builder_path, tool_env
from support.paths import LANGUAGES, REPO_ROOT, language_prefix
from support.preview_server import fetch, serving
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs

CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"
FINDINGS = "kb-preview/findings.json"


@pytest.fixture(scope="module")
def served_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("serve") / "make-serve.log"
    with serving(["make", "--no-print-directory", "serve", "ADDR={address}"], cwd=REPO_ROOT, log=log) as url:
        yield url


@pytest.mark.parametrize("language", LANGUAGES)
def test_make_serve_serves_the_language(served_url: str, language: str) -> None:
    for slug in ("", "using-the-kb/"):
        [html] = find(parse(fetch(f"{served_url}{language_prefix(language)}{slug}")), "html")
        assert html.attrs["lang"] == language


def test_make_serve_previews_without_strict_abort_and_rebuilds_what_changed() -> None:
    """`make serve` serves even when the first build has findings: they show over the pages.
    After a save it rebuilds only the pages whose files changed (--dirty)."""
    for target in ("serve", "serve-lv"):
        recipe = subprocess.run(["make", "-n", target], cwd=REPO_ROOT, env=tool_env(), capture_output=True, text=True, check=True).stdout
        assert "mkdocs serve --dirty --no-strict" in recipe, recipe


def test_a_dirty_rebuild_shows_the_change_and_checks_it(tmp_path: Path) -> None:
    """A save under `mkdocs serve --dirty`: the changed page is served with the change, its
    checks run (the English translation now lacks the source's new fact), the pages not rebuilt and
    the first build's search index are still served, and MkDocs' own warning that the build
    is dirty is not shown as a problem of the pages."""
    project = copy_project_with_docs(tmp_path / "project", CONTENT_FIXTURE)
    command = [str(builder_path()), "serve", "--dirty", "--no-strict", "-f", FIXTURE_CONFIG, "--dev-addr", "{address}"]
    source = project / "docs" / "shop" / "greeting.ru.md"
    with serving(command, cwd=project, log=tmp_path / "serve.log") as url:
        assert wait_for_findings(url, refused=False)["problems"] == []
        index = fetch(url + "pagefind/pagefind-entry.json")
        lines = source.read_text(encoding="utf-8").splitlines()
        source.write_text("\n".join([*lines, "", "Срок возврата 14 дней."]) + "\n", encoding="utf-8")
        report = wait_for_findings(url, refused=True)
        problems = report["problems"]
        assert isinstance(problems, list)
        [problem] = problems
        assert problem["where"].startswith("docs/shop/greeting.md:"), problems
        assert "only the source has 14" in problem["problem"], problems
        assert "Срок возврата 14 дней." in fetch(url + "ru/shop/greeting/")
        [title] = find(parse(fetch(url + "shop/greeting/")), "h1")
        assert title.attrs["id"] == "greeting"
        assert fetch(url + "pagefind/pagefind-entry.json") == index


def wait_for_findings(url: str, *, refused: bool, deadline_s: float = 90) -> dict[str, object]:
    """Poll the preview's report until the build is (or is no longer) refused; every request
    must be answered within 5 s (fetch raises otherwise)."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        report = json.loads(fetch(url + FINDINGS))
        if bool(report["problems"] or report["stopped_by"]) == refused:
            return report
        time.sleep(0.5)
    raise AssertionError(f"the preview's report never became refused={refused}")


def test_a_strict_serve_keeps_answering_after_a_failed_rebuild(tmp_path: Path) -> None:
    """`mkdocs serve` run strictly, by hand: a rebuild aborted by a finding used to make every
    address hang until the edit was undone."""
    project = copy_project_with_docs(tmp_path / "project", CONTENT_FIXTURE)
    command = [str(builder_path()), "serve", "--strict", "-f", FIXTURE_CONFIG, "--dev-addr", "{address}"]
    source = project / "docs" / "shop" / "greeting.ru.md"
    with serving(command, cwd=project, log=tmp_path / "serve.log") as url:
        source.write_text(source.read_text(encoding="utf-8") + "\nСрок возврата 14 дней.\n", encoding="utf-8")
        report = wait_for_findings(url, refused=True)
        assert "Aborted with 1 warnings" in str(report["stopped_by"])
        started = time.monotonic()
        page = parse(fetch(url + "shop/greeting/"))
        assert time.monotonic() - started < 5
        [title] = find(page, "h1")
        assert title.attrs["id"] == "greeting"
        assert any(script.attrs.get("src", "").endswith("kb-preview/overlay.js") for script in find(page, "script"))
