"""Headless Debian Chromium driven by Playwright, with every request a page makes on record."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
from playwright.sync_api import Page, Request, Response, Route

# Without the background-networking flags Chromium keeps calling Google's hosts,
# which a closed network refuses; these are the project's fixed launch flags.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE_SCRIPT = Path(axe_playwright_python.__file__).with_name("axe.min.js")
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@dataclass
class RequestLog:
    """What a page asked for: each URL, the ones sent elsewhere (blocked), and the failures."""

    own_origin: str
    requested: list[str] = field(default_factory=list)
    third_party: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def on_request(self, request: Request) -> None:
        self.requested.append(request.url)

    def route_elsewhere(self, route: Route) -> None:
        # Recorded and never sent: the test machine has no network to leak to anyway.
        self.third_party.append(route.request.url)
        route.abort()

    def on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def on_request_failed(self, request: Request) -> None:
        if _origin(request.url) == self.own_origin:
            self.failed.append(f"{request.failure} {request.url}")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def record_requests(page: Page, own_url: str) -> RequestLog:
    """Start recording the requests of page (and its workers) against own_url's origin."""
    log = RequestLog(own_origin=_origin(own_url))
    # Only requests to other hosts stop for Python: matched in the browser by a pattern, so a
    # page's own files load at full speed.
    page.context.route(re.compile(rf"^(?!{re.escape(log.own_origin)}/)(?!data:|blob:)"), log.route_elsewhere)
    page.context.on("request", log.on_request)
    page.on("response", log.on_response)
    page.on("requestfailed", log.on_request_failed)
    return log


def wcag_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.2 A/AA violations on the current page, one line each."""
    page.add_script_tag(path=str(AXE_SCRIPT))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_22_AA_TAGS,
    )
    return [
        f"{violation['id']}: {violation['help']} at {[node['target'] for node in violation['nodes']]}"
        for violation in results["violations"]
    ]
