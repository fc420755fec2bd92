"""kb.core.html_tree: the ids a built page defines, and the navigation list left out of pages."""

from __future__ import annotations

from pathlib import Path

import material

from kb.core.html_tree import (
    NAVIGATION_LIST_END,
    NAVIGATION_LIST_START,
    element_ids,
    parsed_page,
    shared_page,
    source_line,
    taken_page,
    without_navigation_list,
)
from support.paths import REPO_ROOT


def test_every_element_id_is_found_and_empty_ids_are_not() -> None:
    html = '<h2 id="refunds">Refunds</h2><table><tr id="refunds--cash"><td><a id="" href="#x">x</a></td></tr></table><p>no id</p>'
    assert element_ids(html) == {"refunds", "refunds--cash"}


def test_a_page_with_no_content_has_no_ids() -> None:
    assert element_ids("") == frozenset()
    assert element_ids("plain text") == frozenset()


def _page(navigation_list: str, content: str) -> str:
    return (
        '<html><body><div data-md-component="sidebar" data-md-type="navigation"><nav>\n'
        f"{NAVIGATION_LIST_START}\n{navigation_list}\n{NAVIGATION_LIST_END}\n</nav></div>\n<article>{content}</article></body></html>"
    )


def test_the_navigation_list_is_left_out_before_parsing_with_every_line_kept_in_place() -> None:
    html = _page('<ul>\n<li><a href="other/">Other</a></li>\n</ul>', '<a id="here" href="x/">x</a>')
    text = without_navigation_list(html)
    assert "other/" not in text and text.count("\n") == html.count("\n")
    link = parsed_page(text).find(".//article/a")
    assert link is not None and source_line(link) == source_line(parsed_page(html).find(".//article/a"))  # type: ignore[arg-type]


def test_a_page_whose_content_writes_a_marker_too_is_read_whole() -> None:
    # A page cannot hide its own markup from the checks by imitating the theme's comments.
    forged = _page("<ul></ul>", f'{NAVIGATION_LIST_START}<img src="https://tracker.example/x.gif">{NAVIGATION_LIST_END}')
    assert without_navigation_list(forged) == forged
    reversed_order = f"{NAVIGATION_LIST_END}<p>text</p>{NAVIGATION_LIST_START}"
    assert without_navigation_list(reversed_order) == reversed_order
    assert without_navigation_list("<p>no navigation</p>") == "<p>no navigation</p>"


def test_a_reader_that_needs_the_navigation_gets_it_after_one_that_did_not() -> None:
    html = _page('<ul><li><a href="other/">Other</a></li></ul>', "")
    assert shared_page(html, with_navigation=False).find(".//li") is None
    assert shared_page(html).find(".//li") is not None
    assert taken_page(html).find(".//li") is not None  # the last reader gets the page as parsed


def test_the_theme_copy_of_the_navigation_is_materials_own_but_for_the_markers_and_the_reuse() -> None:
    # overrides/partials/nav.html: when Material changes its partial, the copy must follow.
    # Its one other change: each top-level item goes through kb.core.navigation_sections.
    own = (REPO_ROOT / "overrides" / "partials" / "nav.html").read_text(encoding="utf-8")
    reused = "{{ kb_navigation_item(nav_item, path, item.render) }}"
    assert own.count(reused) == 1
    own = own.replace(reused, "{{ item.render(nav_item, path, 1) }}")
    materials = (Path(material.__file__).parent / "templates" / "partials" / "nav.html").read_text(encoding="utf-8")
    assert own.count(NAVIGATION_LIST_START) == 1 and own.count(NAVIGATION_LIST_END) == 1

    def body(template: str) -> list[str]:
        lines = template.split("-#}\n", 1)[1].splitlines()
        return [line for line in lines if line.strip() not in (NAVIGATION_LIST_START, NAVIGATION_LIST_END)]

    assert body(own) == body(materials)
