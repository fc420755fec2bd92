"""kb.checks.content_facts: what the checks see of a page is what the editor wrote."""

from __future__ import annotations

import markdown

from kb.checks.content_facts import ContentFactsExtension, Heading, Image, Link
from support.page_facts import facts_of


def test_facts_record_what_the_editor_wrote() -> None:
    facts = facts_of(
        '# T {#t}\n\n## Без id\n\n[a](other.md#x) ![p](../assets/logo.png)\n\n```html\n<script>in code</script>\n```\n\n<span onclick="x()">s</span>\n'
    )
    assert facts.links == [Link("other.md#x", "a")]
    assert facts.images == [Image("../assets/logo.png", "p")]
    assert facts.headings == [Heading(1, "T", "t"), Heading(2, "Без id", None)]
    assert [block.html for block in facts.raw_html if block.html] == ['<span onclick="x()">', "</span>"]  # not the code block


def test_a_link_a_component_wrote_from_another_file_says_where() -> None:
    extension = ContentFactsExtension()
    html = markdown.markdown(
        '<div data-kb-source="docs/area/t.table.yml:12" markdown>\n\n[row](x.md)\n\n</div>\n\n[page](y.md)\n',
        extensions=["md_in_html", extension],
    )
    assert extension.facts.links == [Link("x.md", "row", ("docs/area/t.table.yml", 12)), Link("y.md", "page")]
    assert "data-kb-source" not in html  # read, then left out of the page


def test_a_malformed_source_mark_is_ignored() -> None:
    extension = ContentFactsExtension()
    markdown.markdown('<div data-kb-source="x:²" markdown>\n\n[row](x.md)\n\n</div>\n', extensions=["md_in_html", extension])
    assert extension.facts.links == [Link("x.md", "row")]
