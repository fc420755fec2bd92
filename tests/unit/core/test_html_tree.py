"""kb.core.html_tree: the ids a built page defines."""

from __future__ import annotations

from kb.core.html_tree import element_ids


def test_every_element_id_is_found_and_empty_ids_are_not() -> None:
    html = '<h2 id="refunds">Refunds</h2><table><tr id="refunds--cash"><td><a id="" href="#x">x</a></td></tr></table><p>no id</p>'
    assert element_ids(html) == {"refunds", "refunds--cash"}


def test_a_page_with_no_content_has_no_ids() -> None:
    assert element_ids("") == frozenset()
    assert element_ids("plain text") == frozenset()
