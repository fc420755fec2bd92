"""kb.checks.links, the one link checker: each check with a failing and a passing case."""

from __future__ import annotations

from kb.checks.content_facts import Link
from kb.checks.links import AnchorLink, PageSource, draft_link_notices, image_findings, link_findings, missing_anchor_findings
from kb.core.findings import WrittenFile
from kb.core.languages import Languages
from support.page_facts import facts_of

LANGUAGES = Languages(("en", "ru", "fa"), "en")
DOCS = {"area/page.md", "area/other.md", "assets/logo.png", "assets/rules.pdf"}


def page(text: str, path_in_docs: str = "area/page.ru.md") -> PageSource:
    return PageSource(f"docs/{path_in_docs}", path_in_docs, text)


def links(text: str) -> tuple[list[str], list[AnchorLink]]:
    findings, anchors = link_findings(facts_of(text).links, page=page(text), languages=LANGUAGES, docs_files=DOCS)
    return [f"{finding.line}: {finding.problem}" for finding in findings], anchors


def test_good_links_pass() -> None:
    findings, anchors = links(
        "[a](other.md) [b](https://example.org/x) [c](mailto:kb@example.org) [d](tel:+78005553535) [e](#here) [f](../assets/rules.pdf)\n"
    )
    assert findings == []
    assert [(anchor.target, anchor.fragment) for anchor in anchors] == [("area/page.md", "here")]


def test_bad_links_are_reported_at_their_lines() -> None:
    findings, _ = links(
        "[a](missing.md)\n\n[b](http://example.org)\n\n[c](https://exa mple)\n\n[d](mailto:kb)\n\n[e](tel:8-800)\n\n[f](other.ru.md)\n\n[g](ftp://example.org)\n\n"
        "[h](/area/other/)\n\n[i](../area/)\n\n[j](../assets/missing.pdf)\n\n[k](../../outside/)\n"
    )
    assert findings == [
        "1: link missing.md leads to no page: docs/area/missing.md does not exist",
        "3: link http://example.org is not https",
        "5: link https://exa mple is not a well-formed address",
        "7: e-mail link mailto:kb is not a valid address",
        "9: phone link tel:8-800 is not a valid number",
        "11: link other.ru.md points at the ru file of a page",
        "13: link ftp://example.org uses the 'ftp' scheme",
        "15: link /area/other/ is site-absolute",
        "17: link ../area/ leads to no file: docs/area does not exist",
        "19: link ../assets/missing.pdf leads to no file: docs/assets/missing.pdf does not exist",
        "21: link ../../outside/ leads outside docs/",
    ]


def test_a_link_a_component_wrote_is_reported_where_it_was_written() -> None:
    written = Link("missing.md", "Details", ("docs/area/t.table.yml", 12))
    [finding] = link_findings([written], page=page(""), languages=LANGUAGES, docs_files=DOCS)[0]
    assert (finding.path, finding.line) == ("docs/area/t.table.yml", 12)


def test_anchor_links_are_checked_against_the_built_ids() -> None:
    _, anchors = links("[a](other.md#deadline)\n")
    assert missing_anchor_findings(anchors, ids_by_page={"area/other.md": frozenset({"deadline"})}) == []
    [finding] = missing_anchor_findings(anchors, ids_by_page={"area/other.md": frozenset({"returns"})})
    assert finding.problem == "link other.md#deadline names #deadline, which docs/area/other.md does not have"


def test_images_need_a_file_and_alternative_text() -> None:
    source = "![](../assets/logo.png)\n![Map](map.png)\n![Logo](../assets/logo.png)\n"
    findings = image_findings(facts_of(source).images, page=page(source, "area/page.md"), docs_files=DOCS)
    assert [(finding.line, finding.problem) for finding in findings] == [
        (1, "image ../assets/logo.png has no alternative text"),
        (2, "image map.png does not exist: no docs/area/map.png"),
    ]


def test_links_to_excluded_pages_are_refused() -> None:
    findings, _ = link_findings(
        facts_of("[a](other.md)\n").links, page=page("", "area/page.md"), languages=LANGUAGES, docs_files=DOCS, excluded={"area/other.md"}
    )
    assert [finding.problem for finding in findings] == ["link other.md leads to docs/area/other.md, which is excluded from the build"]


def test_links_from_published_to_draft_pages_are_noticed() -> None:
    source = "Intro.\n\n[Draft](other.md) and [published](page.md)\n"
    notices = draft_link_notices(facts_of(source).links, page=page(source, "area/page.md"), drafts={"area/other.md"})
    assert [(notice.line, notice.problem) for notice in notices] == [(3, "this published page links to the draft page docs/area/other.md")]


def test_a_page_linking_to_several_drafts_gets_one_notice() -> None:
    source = "[a](other.md)\n\n[b](third.md) [a again](other.md)\n"
    notices = draft_link_notices(facts_of(source).links, page=page(source, "area/page.md"), drafts={"area/other.md", "area/third.md"})
    assert [(notice.line, notice.problem) for notice in notices] == [
        (1, "this published page links to the draft pages docs/area/other.md, docs/area/third.md")
    ]


def test_links_a_component_lists_are_not_noticed() -> None:
    """An area's open-questions page lists its drafts by design: nobody wrote those links."""
    written = "# Open questions\n\n::: open-questions area\n"
    rendered = written + "\n[Draft](other.md)\n"
    assert draft_link_notices(facts_of(rendered).links, page=page(written, "area/open-questions.md"), drafts={"area/other.md"}) == []


def test_an_image_in_a_table_cell_is_reported_at_the_table_line() -> None:
    source = '# P\n\n<div data-kb-source="docs/area/t.table.yml:9" markdown>\n\n![](missing.png)\n\n</div>\n'
    findings = image_findings(facts_of(source).images, page=page(source, "area/page.md"), docs_files=DOCS)
    assert {(finding.path, finding.line) for finding in findings} == {("docs/area/t.table.yml", 9)}


def test_a_link_in_an_included_glossary_is_reported_at_the_glossary_line() -> None:
    glossary = WrittenFile("docs/snippets/glossary/area.en.md", "*[A]: a\n\nSee [gone](gone.md)\n")
    source = "# P\n\ntext\n"
    findings, _ = link_findings(
        facts_of(source + "\n\n" + glossary.text).links,
        page=PageSource("docs/area/page.md", "area/page.md", source, (glossary,)),
        languages=LANGUAGES,
        docs_files=DOCS,
    )
    assert [(finding.path, finding.line) for finding in findings] == [("docs/snippets/glossary/area.en.md", 3)]
