"""The editor's preview in Chromium: a finding shows over the page it was found on, within
seconds of the save, with file:line and the fix; the page stays readable beneath, and the
box goes when the fault is fixed."""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Page, expect

from support.browser import wcag_violations
from support.paths import REPO_ROOT
from support.preview_server import serving
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs

CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"
REBUILD_TIMEOUT_MS = 60_000


def test_a_failing_check_shows_over_the_page_until_it_is_fixed(tmp_path: Path, page: Page) -> None:
    project = copy_project_with_docs(tmp_path / "project", CONTENT_FIXTURE)
    # The command `make serve` runs (tests/site/test_serve.py checks the Makefile's recipe).
    command = [str(Path(sys.executable).with_name("mkdocs")), "serve", "--no-strict", "-f", FIXTURE_CONFIG, "--dev-addr", "{address}"]
    source = project / "docs" / "shop" / "greeting.ru.md"
    original = source.read_text(encoding="utf-8")
    with serving(command, cwd=project, log=tmp_path / "serve.log") as url:
        page.goto(url + "shop/greeting/")
        overlay = page.locator("[data-kb-preview]")
        expect(page.locator("h1#greeting")).to_be_visible()
        expect(overlay).to_have_count(0)

        # The Russian source gains a number its English translation lacks: fact parity fails.
        source.write_text(original + "\nСрок возврата 14 дней.\n", encoding="utf-8")
        expect(overlay).to_be_visible(timeout=REBUILD_TIMEOUT_MS)  # live reload brings it
        expect(overlay).to_contain_text("docs/shop/greeting.md:")
        expect(overlay).to_contain_text("only the source has 14")
        expect(overlay).to_contain_text("Fix: state the same numbers")
        expect(overlay.get_by_role("heading")).to_contain_text("1 problem")
        expect(page.locator("h1#greeting")).to_be_visible()
        assert wcag_violations(page) == []

        # Every page shows it, in every language.
        page.goto(url + "ru/shop/phones/")
        expect(overlay).to_contain_text("only the source has 14")
        expect(overlay).to_have_attribute("dir", "ltr")

        # Hidden out of the way, and back.
        hide = overlay.get_by_role("button", name="Hide")
        hide.click()
        expect(overlay.locator("ol")).to_be_hidden()
        overlay.get_by_role("button", name="Show").click()
        expect(overlay.locator("ol")).to_be_visible()

        source.write_text(original, encoding="utf-8")
        expect(overlay).to_have_count(0, timeout=REBUILD_TIMEOUT_MS)
        expect(page.locator("h1#phones")).to_be_visible()
