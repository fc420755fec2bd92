"""Fault injection: each kind of editor mistake, seeded into a copy of the real KB, fails the
strict build with a message naming the right file and line.

The faults are seeded together, one build per batch, each in a file of its own (or on lines of
their own). A strict build stops after the first language other than the default whose pages
have faults, so a batch holds faults in the default language, in whole files, and in one other
language only. The unchanged KB's clean build is tests/site/test_build.py's.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.mkdocs_run import build_strict, warnings_in
from support.paths import copy_site_sources
from support.seeded_faults import APPEND, Fault

FRONT = "---\ntitle: Extra\narea: swopify\nsource_language: lv\nowner: kb-swopify\nlast_reviewed: 2026-11-22\nreview_by: 2027-05-22\nstatus: published\n---\n\n# Extra {#extra}\n"
FAULTS = [
    # Links, images, headings and raw HTML, each in a default-language page of its own.
    Fault(
        "missing-page",
        "swopify/index.md",
        "(customer-communication.md)",
        "(customer-comms.md)",
        "link customer-comms.md leads to no page",
        "customer-comms.md",
    ),
    Fault(
        "missing-anchor",
        "swopify/index.md",
        "customer-communication.md#reply-deadline",
        "customer-communication.md#reply-deadlines",
        "names #reply-deadlines",
        "#reply-deadlines",
    ),
    Fault(
        "duplicate-heading-id",
        "swopify/index.md",
        APPEND,
        "## Pages again {#pages}",
        "heading id 'pages' is used twice (first on line {earlier_line})",
        "## Pages again",
        "## Pages {#pages}",
    ),
    Fault(
        "http-link",
        "swopify/customer-communication.md",
        APPEND,
        "See [the rules](http://example.org/rules).",
        "is not https",
        "http://example.org",
    ),
    Fault(
        "malformed-url",
        "swopify/customer-contact-takeover.md",
        APPEND,
        "See [the rules](https://exa mple).",
        "not a well-formed address",
        "https://exa mple",
    ),
    Fault("bad-mailto", "swopify/seller-absence.md", APPEND, "Write to [us](mailto:support).", "is not a valid address", "mailto:support"),
    Fault(
        "image-without-alt", "baofeng-tv/index.md", APPEND, "![](../assets/images/favicon.svg)", "has no alternative text", "![](../assets"
    ),
    Fault("missing-image", "baofeng-tv/commitments.md", APPEND, "![Logo](logo.png)", "image logo.png does not exist", "![Logo]"),
    Fault(
        "script-tag",
        "baofeng-tv/definitions.md",
        APPEND,
        "<script>alert(1)</script>",
        "<script> is not allowed in page content",
        "<script>",
    ),
    Fault(
        "iframe",
        "baofeng-tv/missing-accessories.md",
        APPEND,
        '<iframe src="page.html"></iframe>',
        '<iframe src="page.html"> is not allowed in a page',
        "<iframe",
    ),
    Fault(
        "event-handler",
        "baofeng-tv/onsite-service.md",
        APPEND,
        '<span onclick="go()">x</span>',
        "attribute onclick runs JavaScript",
        "onclick",
    ),
    Fault(
        "heading-without-id",
        "baofeng-tv/time-limits.md",
        APPEND,
        "## Extra heading",
        "heading 'Extra heading' has no explicit id",
        "## Extra heading",
    ),
    Fault(
        "hot-linked-image",
        "baofeng-tv/waiting-for-service.md",
        APPEND,
        "![Logo](https://cdn.example.com/logo.png)",
        "loads https://cdn.example.com/logo.png",
        "cdn.example.com",
    ),
    Fault(
        "glossary-unknown-area",
        "glossary.md",
        "::: glossary swopify",
        "::: glossary swopifi",
        "area 'swopifi' has no glossary",
        "::: glossary swopifi",
    ),
    # Front matter, a page each.
    Fault(
        "malformed-front-matter",
        "entekhab-1699/cheques.md",
        "title: Cheques",
        "title: Cheques: rules",
        "invalid YAML",
        "title: Cheques: rules",
    ),
    Fault("missing-owner", "entekhab-1699/address-change.md", "owner: kb-entekhab\n", "", "front matter has no 'owner'", "title:"),
    Fault(
        "date-not-a-date",
        "entekhab-1699/before-purchase.md",
        "last_reviewed: 2026-11-22",
        "last_reviewed: 22 November",
        "is not a date",
        "last_reviewed",
    ),
    Fault(
        "unknown-status",
        "entekhab-1699/during-purchase.md",
        "status: published",
        "status: final",
        "status 'final' is not draft or published",
        "status:",
    ),
    Fault(
        "wrong-area",
        "entekhab-1699/festival-card.md",
        "area: entekhab-1699",
        "area: marketplace",
        "does not match the page's folder",
        "area:",
    ),
    # The page files.
    Fault("unknown-language-suffix", "swopify/index.de.md", None, FRONT, "'de' is not a site language"),
    Fault("translation-without-page", "swopify/orphan.lv.md", None, FRONT, "translation without its page"),
    Fault("page-missing-from-nav", "swopify/extra.md", None, FRONT, "the page is not in the navigation"),
    # Decision tables and facts.
    Fault(
        "table-duplicate-row-id",
        "swopify/customer-contact-takeover.table.yml",
        "  - id: quality-or-listing-dispute\n",
        "  - id: no-reply # the copied id\n",
        "row id 'no-reply' is used twice",
        "# the copied id",
    ),
    Fault(
        "table-fact-changed",
        "swopify/customer-contact-takeover.table.yml",
        "(at the latest within {{fact:reply-deadline}})",
        "(at the latest within 48 working hours)",
        "the en text's facts differ from the lv text",
        'lv: "Pārdevējs neatbild',
    ),
    Fault(
        "translation-fact-changed",
        "swopify/seller-absence.md",
        "**longer than {{fact:long-absence}}**",
        "**longer than 7 working days**",
        "facts differ from the source docs/swopify/seller-absence.lv.md: only the translation has 7",
        "longer than 7 working",
    ),
    Fault(
        "translation-number-word-changed",
        "baofeng-tv/application-process.md",
        "complete the six steps below",
        "complete the seven steps below",
        'facts differ from the source docs/baofeng-tv/application-process.zh.md: only the translation has 7 ("seven")',
        "the seven steps",
    ),
    # A translated page: Latvian, the one other language of the main batch.
    Fault(
        "cross-language-link",
        "swopify/index.lv.md",
        "(customer-communication.md)",
        "(customer-communication.lv.md)",
        "points at the lv file of a page",
        "customer-communication.lv.md",
    ),
    Fault(
        "translation-heading-id",
        "swopify/index.lv.md",
        "## Lapas {#pages}",
        "## Lapas {#lapas}",
        "this translation has no heading id 'pages'",
        "## Lapas {#lapas}",  # where the heading with the other id is
    ),
    # Russian, built before Latvian: a batch of its own.
    Fault(
        "bad-tel",
        "home-shopping/facts.yml",
        'dial: "+78002005888"',
        'dial: "+7-800-200"',
        "is not the digits of a phone's number to dial",
        'dial: "+7-800-200"',
        batch="ru",
    ),
]
BATCHES = sorted({fault.batch for fault in FAULTS})


@dataclass(frozen=True)
class Outcome:
    returncode: int
    warnings: list[str]
    docs: Path


def build_batch(batch: str, root: Path) -> Outcome:
    copy_site_sources(root)
    for fault in FAULTS:
        if fault.batch == batch:
            fault.apply(root / "docs")
    result = build_strict(root, root / "site")
    return Outcome(result.returncode, warnings_in(result.stdout + result.stderr), root / "docs")


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    # Two at a time: the machine has two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {batch: pool.submit(build_batch, batch, tmp_path_factory.mktemp(batch)) for batch in BATCHES}
        return {batch: future.result() for batch, future in futures.items()}


@pytest.mark.parametrize("fault", FAULTS, ids=lambda fault: fault.name)
def test_fault_fails_the_build_naming_file_and_line(outcomes: dict[str, Outcome], fault: Fault) -> None:
    outcome = outcomes[fault.batch]
    assert outcome.returncode != 0
    located, problem = fault.expected(outcome.docs)
    matching = [line for line in outcome.warnings if located in line and problem in line]
    assert len(matching) == 1, (located, problem, outcome.warnings)
