"""The request log behind the smoke tests really sees a fetch from another host."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from support.browser import record_requests
from support.static_server import serve_folder

pytestmark = pytest.mark.browser


def test_a_hot_linked_image_and_a_missing_file_are_recorded(page: Page, tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><title>t</title>'
        '<img alt="remote" src="https://cdn.example.com/logo.png">'
        '<img alt="missing" src="missing.png">',
        encoding="utf-8",
    )
    with serve_folder(tmp_path) as base_url:
        requests = record_requests(page, base_url)
        page.goto(base_url, wait_until="networkidle")
    assert requests.third_party == ["https://cdn.example.com/logo.png"]
    assert requests.failed == [f"404 {base_url}missing.png"]
