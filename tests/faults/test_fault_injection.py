"""Fault injection: each kind of editor mistake, seeded into a copy of the real KB, fails the
strict build with a message naming the right file and line; the unchanged KB builds clean.

The builds run two at a time (the machine has two cores) in one module-scoped fixture.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from kb.findings import line_of
from support.mkdocs_run import build_strict, warnings_in
from support.paths import copy_site_sources


@dataclass(frozen=True)
class Fault:
    name: str
    file: str  # under docs/
    old: str | None  # None: the file is created with `new`
    new: str
    problem: str  # what the message must say
    marker: str | None = None  # text on the faulty line; None: line 1
    earlier_marker: str | None = None  # text on the line `{earlier_line}` in problem names

    def expected_problem(self, docs: Path) -> str:
        """problem, with the line of earlier_marker in the seeded file filled in."""
        if self.earlier_marker is None:
            return self.problem
        return self.problem.format(earlier_line=line_of((docs / self.file).read_text(encoding="utf-8"), self.earlier_marker))

    def apply(self, docs: Path) -> int:
        """Seed the fault; return the line the message must name."""
        target = docs / self.file
        if self.old is None:
            target.write_text(self.new, encoding="utf-8")
            text = self.new
        else:
            text = target.read_text(encoding="utf-8")
            assert self.old in text, f"{self.name}: {self.old!r} not in {self.file}"
            text = text.replace(self.old, self.new, 1)
            target.write_text(text, encoding="utf-8")
        return line_of(text, self.marker) if self.marker else 1


FRONT = "---\ntitle: Extra\narea: swopify\nsource_language: lv\nowner: kb-swopify\nlast_reviewed: 2026-11-22\nreview_by: 2027-05-22\nstatus: published\n---\n\n# Extra {#extra}\n"
FAULTS = [
    Fault("missing-page", "swopify/index.md", "(customer-communication.md)", "(customer-comms.md)", "link customer-comms.md leads to no page", "customer-comms.md"),
    Fault("missing-anchor", "swopify/index.md", "customer-communication.md#reply-deadline", "customer-communication.md#reply-deadlines", "names #reply-deadlines", "#reply-deadlines"),
    Fault("cross-language-link", "swopify/index.lv.md", "(customer-communication.md)", "(customer-communication.lv.md)", "points at the lv file of a page", "customer-communication.lv.md"),
    Fault("http-link", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\nSee [the rules](http://example.org/rules).", "is not https", "http://example.org"),
    Fault("malformed-url", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\nSee [the rules](https://exa mple).", "not a well-formed address", "https://exa mple"),
    Fault("bad-mailto", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\nWrite to [us](mailto:support).", "is not a valid address", "mailto:support"),
    Fault("bad-tel", "home-shopping/phone-directory.ru.md", "tel:+78002005888", "tel:+7-800-200", "is not a valid number", "tel:+7-800-200"),
    Fault("image-without-alt", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\n![](../assets/images/favicon.svg)", "has no alternative text", "![](../assets"),
    Fault("missing-image", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\n![Logo](logo.png)", "image logo.png does not exist", "![Logo]"),
    Fault("script-tag", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\n<script>alert(1)</script>", "raw HTML <script> is not allowed", "<script>"),
    Fault("iframe", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\n<iframe src=\"page.html\"></iframe>", "raw HTML <iframe> is not allowed", "<iframe"),
    Fault("event-handler", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\n<span onclick=\"go()\">x</span>", "attribute onclick runs JavaScript", "onclick"),
    Fault("heading-without-id", "swopify/index.md", "## Pages {#pages}", "## Pages", "heading 'Pages' has no explicit id", "## Pages"),
    Fault("duplicate-heading-id", "swopify/index.md", "{#key-rules}", "{#pages}", "heading id 'pages' is used twice (first on line {earlier_line})", "## Key rules at a glance", "## Pages {#pages}"),
    Fault("translation-heading-id", "swopify/index.lv.md", "## Lapas {#pages}", "## Lapas {#lapas}", "this translation has no heading id 'pages'", None),
    Fault("malformed-front-matter", "swopify/seller-absence.md", "title: Seller absence", "title: Seller absence: rules", "invalid YAML", "title: Seller absence: rules"),
    Fault("missing-owner", "swopify/seller-absence.md", "owner: kb-swopify\n", "", "front matter has no 'owner'", "title:"),
    Fault("date-not-a-date", "swopify/seller-absence.md", "last_reviewed: 2026-11-22", "last_reviewed: 22 November", "is not a date", "last_reviewed"),
    Fault("unknown-status", "swopify/seller-absence.md", "status: published", "status: final", "status 'final' is not draft or published", "status:"),
    Fault("wrong-area", "swopify/seller-absence.md", "area: swopify", "area: marketplace", "does not match the page's folder", "area:"),
    Fault("unknown-language-suffix", "swopify/index.de.md", None, FRONT, "'de' is not a site language"),
    Fault("translation-without-page", "swopify/extra.lv.md", None, FRONT, "translation without its page"),
    Fault("page-missing-from-nav", "swopify/extra.md", None, FRONT, "the page is not in the navigation"),
    Fault("table-duplicate-row-id", "swopify/customer-contact-takeover.table.yml", "  - id: quality-or-listing-dispute\n", "  - id: no-reply # the copied id\n", "row id 'no-reply' is used twice", "# the copied id"),
    Fault("hot-linked-image", "swopify/index.md", "## Pages {#pages}", "## Pages {#pages}\n\n![Logo](https://cdn.example.com/logo.png)", "loads https://cdn.example.com/logo.png", "cdn.example.com"),
    Fault("translation-fact-changed", "swopify/seller-absence.md", "**longer than 5 working days**", "**longer than 7 working days**", "facts differ from the source docs/swopify/seller-absence.lv.md: only the translation has 7", "longer than 7 working"),
    Fault("table-fact-changed", "swopify/customer-contact-takeover.table.yml", "(at the latest within 24 working hours)", "(at the latest within 48 working hours)", "the en text's facts differ from the lv text", 'lv: "Pārdevējs neatbild'),
    Fault("glossary-unknown-area", "glossary.md", "::: glossary swopify", "::: glossary swopifi", "area 'swopifi' has no glossary", "::: glossary swopifi"),
]


@dataclass(frozen=True)
class Outcome:
    returncode: int
    output: str
    expected_line: int
    expected_problem: str


def build_with(fault: Fault | None, root: Path) -> Outcome:
    copy_site_sources(root)
    line = fault.apply(root / "docs") if fault else 0
    problem = fault.expected_problem(root / "docs") if fault else ""
    result = build_strict(root, root / "site")
    return Outcome(result.returncode, result.stdout + result.stderr, line, problem)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    jobs = [(fault.name, fault) for fault in FAULTS] + [("unchanged", None)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(build_with, fault, tmp_path_factory.mktemp(name)) for name, fault in jobs}
        return {name: future.result() for name, future in futures.items()}


def test_there_are_at_least_twenty_kinds_of_fault() -> None:
    assert len({fault.name for fault in FAULTS}) >= 20


def test_the_unchanged_kb_builds_clean(outcomes: dict[str, Outcome]) -> None:
    unchanged = outcomes["unchanged"]
    assert unchanged.returncode == 0, unchanged.output
    assert warnings_in(unchanged.output) == []


@pytest.mark.parametrize("fault", FAULTS, ids=lambda fault: fault.name)
def test_fault_fails_the_build_naming_file_and_line(outcomes: dict[str, Outcome], fault: Fault) -> None:
    outcome = outcomes[fault.name]
    assert outcome.returncode != 0
    located = f"docs/{fault.file}:{outcome.expected_line}: "
    assert any(located in line and outcome.expected_problem in line for line in warnings_in(outcome.output)), (located, outcome.expected_problem, warnings_in(outcome.output))
