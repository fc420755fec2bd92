"""What the strict build lets through of hostile-looking editor content is shown as text: loaded
in Chromium with dialog, error and request listeners, and with every tooltip opened, no
script runs and no request leaves the site. (What it refuses: tests/faults/test_hostile_html.py.)
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from support.browser import record_requests
from support.mkdocs_run import build_strict
from support.paths import copy_site_sources
from support.seeded_faults import APPEND, Fault
from support.static_server import serve_folder

pytestmark = pytest.mark.browser

# Runs only if it is ever parsed as HTML; a dialog or the flag proves it ran.
PAYLOAD = "<img src=x onerror=alert(document.domain);window.kbPwned=true>"
TABLE = "swopify/customer-contact-takeover.table.yml"
ESCAPED = [
    Fault("code-span", "swopify/index.md", APPEND, f"Code: `{PAYLOAD}`", ""),
    Fault("code-block", "swopify/index.md", APPEND, f"```html\n<script>window.kbPwned=true</script>\n{PAYLOAD}\n```", ""),
    Fault("entities", "swopify/index.md", APPEND, "Text: &lt;img src=x onerror=window.kbPwned=true&gt;", ""),
    Fault("link-text", "swopify/index.md", APPEND, "[&lt;script&gt;window.kbPwned=true&lt;/script&gt;](https://example.org)", ""),
    Fault("abbr-entities", "swopify/index.md", APPEND, "KBX rules.\n\n*[KBX]: &amp;lt;img src=x onerror=window.kbPwned=true&amp;gt;", ""),
    # Labels and domain values of a decision table are plain text.
    Fault("table-label", TABLE, "label: {lv: Situācija, en: Situation,", f'label: {{lv: Situācija, en: "Situation {PAYLOAD}",', ""),
    Fault(
        "table-domain-value",
        TABLE,
        "en: The Seller does not fulfil the customer-service duty or breaches the terms and conditions",
        f'en: "The Seller does not fulfil the customer-service duty or breaches the terms and conditions {PAYLOAD}"',
        "",
    ),
    # A table's Markdown cell: inline code.
    Fault(
        "table-cell-code",
        TABLE,
        '(at the latest within {{fact:reply-deadline}})"',
        f'(at the latest within {{{{fact:reply-deadline}}}}) `{PAYLOAD}`"',
        "",
    ),
]
PAGES = ["swopify/", "swopify/customer-contact-takeover/"]


@pytest.fixture(scope="module")
def hostile_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = copy_site_sources(tmp_path_factory.mktemp("escaped"))
    for fault in ESCAPED:
        fault.apply(root / "docs")
    result = build_strict(root, root / "site", extra_env={"KB_ONLY_LANGUAGE": "lv"})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    with serve_folder(root / "site") as url:
        yield url


def _open_every_tooltip(page: Page) -> None:
    for element in page.locator("article [title], article abbr").all():
        if element.is_visible():
            element.hover()


@pytest.mark.parametrize("path", PAGES)
def test_hostile_looking_text_runs_nothing_and_fetches_nothing(page: Page, hostile_site_url: str, path: str) -> None:
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    requests = record_requests(page, hostile_site_url)
    page.goto(f"{hostile_site_url}{path}", wait_until="networkidle")
    _open_every_tooltip(page)
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.evaluate("window.kbPwned") is None
    assert requests.third_party == []
    assert errors == []
    # Nothing but the release list, which only a site published with mike has.
    assert [failure for failure in requests.failed if not failure.endswith("/versions.json")] == []
    # Shown as the text it is.
    assert "onerror=" in page.locator("article").inner_text()


def test_the_payloads_are_in_the_pages(hostile_site_url: str) -> None:
    # The listeners above only mean something if the payloads reached the built pages.
    pages = [urllib.request.urlopen(f"{hostile_site_url}{path}").read().decode() for path in PAGES]  # noqa: S310 - the local server
    assert "&lt;img src=x onerror=alert(document.domain);window.kbPwned=true&gt;" in pages[0]
    assert pages[1].count("onerror=alert(document.domain)") >= 3
