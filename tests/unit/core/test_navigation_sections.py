"""kb.core.navigation_sections: a navigation section rendered once per place, reused only where
every link it renders is the same, and never for the page's own section."""

from __future__ import annotations

from itertools import product
from typing import Any

from markupsafe import Markup
from mkdocs.structure.nav import Link, Section
from mkdocs.utils import get_relative_url

from kb.core.navigation_sections import RenderedSections, place_key, section_folder

# Page addresses as MkDocs makes them: directory URLs, the home page, a file URL, language folders.
PAGE_URLS = (
    "",
    "alpha/",
    "alpha/one/",
    "alpha/two/",
    "alpha/deep/three/",
    "beta/",
    "beta/four/",
    "ru/",
    "ru/alpha/one/",
    "ru/beta/four/",
    "404.html",
    "alpha/five.html",
    "alphabet/six/",
)
SECTION_URLS = (
    ("alpha/one/", "alpha/two/", "alpha/deep/three/"),
    ("beta/four/",),
    ("ru/alpha/one/", "ru/alpha/two/"),
    ("alpha/five.html",),
)


class _Page:
    """What the renderer reads of a page: its address (mkdocs' Page needs a whole build)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.active = False
        self.parent: Any = None
        self.children = None


def _section(urls: tuple[str, ...]) -> Section:
    return Section("Section", [Link(url, url) for url in urls])


def test_pages_in_the_same_place_get_the_same_links_from_a_section() -> None:
    # The promise the reuse rests on: an equal place key means every link renders the same.
    for urls in SECTION_URLS:
        folder = section_folder(_section(urls))
        assert folder is not None
        for first, second in product(PAGE_URLS, repeat=2):
            key = place_key(folder, first)
            if key is not None and key == place_key(folder, second):
                assert [get_relative_url(url, first) for url in urls] == [get_relative_url(url, second) for url in urls], (
                    urls,
                    first,
                    second,
                )


def test_a_page_inside_the_sections_folder_is_rendered_for_itself() -> None:
    folder = section_folder(_section(SECTION_URLS[0]))
    assert folder == ("alpha",)
    assert place_key(folder, "alpha/one/") is None
    assert place_key(folder, "alpha/deep/three/") is None
    assert place_key(folder, "beta/four/") == (2, 0)
    assert place_key(folder, "alphabet/six/") == (2, 0)  # a folder name's prefix is not the folder


def test_sections_without_a_common_folder_or_with_odd_links_are_not_reused() -> None:
    assert section_folder(_section(("alpha/one/", "beta/four/"))) is None
    assert section_folder(_section(("../outside/",))) is None
    assert section_folder(_section(("https://example.org/", "/absolute/", "#top"))) is None  # nothing relative
    assert section_folder(_section(("https://example.org/", "alpha/one/"))) == ("alpha", "one")


def test_a_section_is_rendered_once_per_place_and_the_active_one_every_time() -> None:
    section = _section(("alpha/one/", "alpha/two/"))
    calls: list[tuple[str, str]] = []
    sections = RenderedSections()

    def render(nav_item: Any, path: str, level: int) -> Markup:
        calls.append((path, current))
        return Markup("<li>{}</li>").format(len(calls))

    shown = []
    for current in ("beta/four/", "beta/five/", "gamma/six/", "ru/", "beta/four/"):
        shown.append(sections.render(_Page(current), section, "__nav_1", render))  # type: ignore[arg-type]
    # beta/four/, beta/five/ and gamma/six/ stand two folders up from alpha/; ru/ one.
    assert calls == [("__nav_1", "beta/four/"), ("__nav_1", "ru/")]
    assert shown == ["<li>1</li>", "<li>1</li>", "<li>1</li>", "<li>2</li>", "<li>1</li>"]

    # A page of the section, with file addresses (use_directory_urls: false): it stands
    # outside the folder its own address makes, yet its section shows it as the active one.
    file_section = _section(("alpha/one.html", "alpha/one.html"))
    file_section.active = True
    current = "alpha/one.html"
    sections.render(_Page(current), file_section, "__nav_2", render)  # type: ignore[arg-type]
    sections.render(_Page(current), file_section, "__nav_2", render)  # type: ignore[arg-type]
    assert len(calls) == 4
    assert sections.render(None, section, "__nav_1", render) == "<li>5</li>"  # no page: no reuse
