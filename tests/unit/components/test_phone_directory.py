"""kb.components.phone_directory: each phone-directory row gets an anchor while the page is built."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown

from kb.checks.content_facts import ContentFactsExtension
from kb.components.phone_directory import PhoneDirectoryExtension, add_phone_row_ids

DIRECTORY = """| Service | Phone |
|---|---|
| Post | [8 800 200 58 88](tel:+78002005888) |
| Kept | [8 495](tel:+74956603529) |
| Again | [8 800](tel:+78002005888) |
| No phone | — |
"""


def test_rows_with_a_tel_link_get_an_id_from_the_number() -> None:
    html = markdown.markdown(DIRECTORY, extensions=["tables", PhoneDirectoryExtension()])
    assert '<tr id="phone-78002005888">' in html
    assert '<tr id="phone-78002005888-2">' in html  # unique within the page
    assert '<tr id="phone-74956603529">' in html
    assert "<tr>\n<td>No phone</td>" in html


def test_a_row_keeps_an_id_of_its_own() -> None:
    # Decision-table rows, say, already have their permanent ids.
    table = etree.fromstring(  # noqa: S314 - the test's own literal
        '<table><tr id="kept"><td><a href="tel:+74956603529">1</a></td></tr><tr><td><a href="tel:+1 (23)">2</a></td></tr></table>'
    )
    add_phone_row_ids(table)
    assert [row.get("id") for row in table.iter("tr")] == ["kept", "phone-123"]


def test_the_ids_exist_before_the_page_ids_are_collected() -> None:
    # MkDocs (priority 5) and the link checker (6) read the ids from the tree, not the HTML.
    seen: list[str] = []

    class Ids(ContentFactsExtension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown's name
            super().extendMarkdown(md)
            tree_processor = type(
                "Collect",
                (markdown.treeprocessors.Treeprocessor,),
                {"run": lambda _, root: seen.extend(row.get("id") for row in root.iter("tr") if row.get("id"))},
            )
            md.treeprocessors.register(tree_processor(md), "collect_ids", 5)

    markdown.markdown(DIRECTORY, extensions=["tables", PhoneDirectoryExtension(), Ids()])
    assert seen == ["phone-78002005888", "phone-74956603529", "phone-78002005888-2"]
