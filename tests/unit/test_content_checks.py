"""kb.content_facts and kb.content_checks: each check with a failing and a passing case."""

from __future__ import annotations

import markdown

from kb.content_checks import (
    AnchorLink,
    heading_findings,
    heading_id_parity,
    image_findings,
    link_findings,
    missing_anchor_findings,
    raw_html_findings,
)
from kb.content_facts import ContentFactsExtension, Heading, Image, Link, PageFacts
from kb.findings import Finding
from kb.parity import Variant

LANGUAGES = ("en", "ru", "fa", "lv", "zh")
DOCS = {"area/page.md", "area/other.md", "assets/logo.png"}


def facts_of(text: str) -> PageFacts:
    extension = ContentFactsExtension()
    markdown.markdown(text, extensions=["attr_list", "toc", "md_in_html", "pymdownx.superfences", extension])
    return extension.facts


def links(text: str) -> tuple[list[str], list[AnchorLink]]:
    facts = facts_of(text)
    findings, anchors = link_findings(facts.links, path="docs/area/page.ru.md", path_in_docs="area/page.ru.md", source=text, languages=LANGUAGES, docs_files=DOCS)
    return [f"{finding.line}: {finding.problem}" for finding in findings], anchors


def test_facts_record_what_the_editor_wrote() -> None:
    facts = facts_of("# T {#t}\n\n## Без id\n\n[a](other.md#x) ![p](../assets/logo.png)\n\n```html\n<script>in code</script>\n```\n\n<span onclick=\"x()\">s</span>\n")
    assert facts.links == [Link("other.md#x", "a")]
    assert facts.images == [Image("../assets/logo.png", "p")]
    assert facts.headings == [Heading(1, "T", "t"), Heading(2, "Без id", None)]
    assert [block for block in facts.raw_html if block] == ['<span onclick="x()">', "</span>"]  # not the code block


def test_good_links_pass() -> None:
    findings, anchors = links("[a](other.md) [b](https://example.org/x) [c](mailto:kb@example.org) [d](tel:+78005553535) [e](#here)\n")
    assert findings == []
    assert [(anchor.target, anchor.fragment) for anchor in anchors] == [("area/page.md", "here")]


def test_bad_links_are_reported_at_their_lines() -> None:
    findings, _ = links(
        "[a](missing.md)\n\n[b](http://example.org)\n\n[c](https://exa mple)\n\n[d](mailto:kb)\n\n[e](tel:8-800)\n\n[f](other.ru.md)\n\n[g](ftp://example.org)\n"
    )
    assert findings == [
        "1: link missing.md leads to no page: docs/area/missing.md does not exist",
        "3: link http://example.org is not https",
        "5: link https://exa mple is not a well-formed address",
        "7: e-mail link mailto:kb is not a valid address",
        "9: phone link tel:8-800 is not a valid number",
        "11: link other.ru.md points at the ru file of a page",
        "13: link ftp://example.org uses the 'ftp' scheme",
    ]


def test_anchor_links_are_checked_against_the_built_ids() -> None:
    _, anchors = links("[a](other.md#deadline)\n")
    assert missing_anchor_findings(anchors, ids_by_page={"area/other.md": frozenset({"deadline"})}) == []
    [finding] = missing_anchor_findings(anchors, ids_by_page={"area/other.md": frozenset({"returns"})})
    assert finding.problem == "link other.md#deadline names #deadline, which docs/area/other.md does not have"


def test_images_need_a_file_and_alternative_text() -> None:
    source = "![](../assets/logo.png)\n![Map](map.png)\n![Logo](../assets/logo.png)\n"
    facts = facts_of(source)
    findings = image_findings(facts.images, path="docs/area/page.md", path_in_docs="area/page.md", source=source, docs_files=DOCS)
    assert [(finding.line, finding.problem) for finding in findings] == [
        (1, "image ../assets/logo.png has no alternative text"),
        (2, "image map.png does not exist: no docs/area/map.png"),
    ]


def test_headings_need_unique_ascii_ids() -> None:
    source = "# Title {#title}\n\n## Возврат\n\n## Сроки {#Сроки}\n\n## Again {#title}\n"
    findings = heading_findings(facts_of(source).headings, path="docs/p.md", source=source)
    assert [(finding.line, finding.problem) for finding in findings] == [
        (3, "heading 'Возврат' has no explicit id"),
        (5, "heading id 'Сроки' is not lower-case ASCII words joined by hyphens"),
        (7, "heading id 'title' is used twice (first on line 1)"),
    ]
    assert heading_findings(facts_of("# A {#a}\n\n## B {#b}\n").headings, path="docs/p.md", source="") == []


def test_translations_share_heading_ids() -> None:
    same = [Variant("docs/p.md", "en", frozenset({"a", "b"})), Variant("docs/p.ru.md", "ru", frozenset({"a", "b"}))]
    assert heading_id_parity(same) == []
    [finding] = heading_id_parity([same[0], Variant("docs/p.ru.md", "ru", frozenset({"a"}))])
    assert finding == Finding("docs/p.ru.md", 1, "this translation has no heading id 'b', which docs/p.md has", "give the matching heading {#b}")


def test_raw_html_outside_the_safe_list_is_refused() -> None:
    source = '<div markdown>ok</div>\n\n<script>alert(1)</script>\n\n<iframe src="x"></iframe>\n\n<span onmouseover="x()">a</span>\n\n<a href="javascript:go()">b</a>\n'
    findings = raw_html_findings(facts_of(source).raw_html, path="docs/p.md", source=source)
    assert [(finding.line, finding.problem) for finding in findings] == [
        (3, "raw HTML <script> is not allowed in pages"),
        (5, "raw HTML <iframe> is not allowed in pages"),
        (7, "raw HTML attribute onmouseover runs JavaScript"),
        (9, "raw HTML <a> is not allowed in pages"),
        (9, "raw HTML href is a javascript: URL"),
    ]
    assert raw_html_findings(facts_of("<kbd>Ctrl</kbd> and <br>\n").raw_html, path="docs/p.md", source="") == []


def test_links_to_excluded_pages_are_refused() -> None:
    facts = facts_of("[a](other.md)\n")
    findings, _ = link_findings(facts.links, path="docs/area/page.md", path_in_docs="area/page.md", source="", languages=LANGUAGES, docs_files=DOCS, excluded={"area/other.md"})
    assert [finding.problem for finding in findings] == ["link other.md leads to docs/area/other.md, which is excluded from the build"]


def test_links_from_published_to_draft_pages_are_noticed() -> None:
    from kb.content_checks import draft_link_notices

    source = "Intro.\n\n[Draft](other.md) and [published](page.md)\n"
    notices = draft_link_notices(facts_of(source).links, path="docs/area/page.md", path_in_docs="area/page.md", source=source, drafts={"area/other.md"})
    assert [(notice.line, notice.problem) for notice in notices] == [(3, "this published page links to the draft page docs/area/other.md")]
