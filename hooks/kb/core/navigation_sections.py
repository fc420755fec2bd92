"""The navigation's sections rendered once per place in the site, not once per page.

Material renders the whole navigation, every page of the language, on every page: the build's
theme work grew with the square of the KB (at ×8 it was most of the build). What a section
renders to depends on the page being built in two ways only: which items are active (the
page's own section and its ancestors), and its links, which are relative to the page's
address. A section the page is not in, whose pages all sit under a folder the page is not in,
renders the same on every page that is as deep and shares as much of that folder's path: it
is rendered once for each such place and reused (overrides/partials/nav.html).

Everything else, the page's own section included, is rendered by Material's macro as before:
the built pages are byte for byte the same. Navigation items are read as the theme reads them
(is_section, children, url, active), so this module does not depend on MkDocs.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Sequence
from typing import Any, Protocol
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

# Material's macro: render(nav_item, path, level).
SectionRenderer = Callable[[Any, str, int], Markup]
# (how many folders up from the page, how many of the section's folders the page shares)
PlaceKey = tuple[int, int]


class Section(Protocol):
    """A navigation section as the theme reads it (MkDocs' Section)."""

    is_section: bool
    children: list[Any]
    active: bool


class AddressedPage(Protocol):
    """The page being built, as far as its links are concerned: its site-relative address."""

    url: str


def _url_parts(url: str) -> list[str]:
    """A site-relative address's path segments, as MkDocs' get_relative_url splits them."""
    path = posixpath.normpath("/" + url)[1:]
    return path.split("/") if path else []


def _page_folder_parts(page_url: str) -> list[str]:
    """The folder a page's links are relative to, as MkDocs' get_relative_url finds it: the
    address without its last segment when that names a file (has a dot)."""
    folder, _, last = page_url.rpartition("/")
    return _url_parts(folder if "." in last else page_url)


def _shared_length(first: Sequence[str], second: Sequence[str]) -> int:
    """How many leading segments two paths share."""
    shared = 0
    for mine, theirs in zip(first, second, strict=False):
        if mine != theirs:
            break
        shared += 1
    return shared


def _is_site_absolute(url: str) -> bool:
    """An address the `url` filter leaves as it is, whatever the page (MkDocs' _get_norm_url)."""
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc) or url.startswith(("/", "#"))


def _section_urls(section: Section) -> list[str] | None:
    """Every address the section links to (its pages' and links'); None when one is not a
    plain page address."""
    urls: list[str] = []
    for child in section.children:
        url = getattr(child, "url", None)
        if getattr(child, "is_section", False):
            nested = _section_urls(child)
            if nested is None:
                return None
            urls.extend(nested)
        elif isinstance(url, str):
            if _is_site_absolute(url):
                continue
            if "\\" in url or ".." in url.split("/"):
                return None
            urls.append(url)
        else:
            return None
    return urls


def section_folder(section: Section) -> tuple[str, ...] | None:
    """The folder every page of the section sits under (its addresses' common leading
    segments); None when it has none, or links elsewhere than to plain page addresses."""
    urls = _section_urls(section)
    if not urls:
        return None
    common = _url_parts(urls[0])
    for url in urls[1:]:
        del common[_shared_length(common, _url_parts(url)) :]
    return tuple(common) or None


def place_key(folder: tuple[str, ...], page_url: str) -> PlaceKey | None:
    """Where a page stands relative to a section's folder, which decides every relative link
    the section renders; None when the page is inside the folder (its links then depend on
    the page's own path further in)."""
    page_parts = _page_folder_parts(page_url)
    shared = _shared_length(folder, page_parts)
    if shared == len(folder):
        return None
    return (len(page_parts) - shared, shared)


class RenderedSections:
    """Top-level navigation sections rendered per place, for the life of one navigation.

    Keyed by the Section objects themselves: every build (each language, each serve rebuild)
    makes a navigation of its own, and its renderings are forgotten with it.
    """

    def __init__(self) -> None:
        self._folders: WeakKeyDictionary[Section, tuple[str, ...] | None] = WeakKeyDictionary()
        self._rendered: WeakKeyDictionary[Section, dict[tuple[str, PlaceKey], Markup]] = WeakKeyDictionary()

    def render(self, page: AddressedPage | None, nav_item: Any, path: str, render: SectionRenderer) -> Markup:
        """The top-level nav item as Material's macro renders it on this page."""
        key = self._key(page, nav_item)
        if key is None:
            return render(nav_item, path, 1)
        rendered = self._rendered.setdefault(nav_item, {})
        cache_key = (path, key)
        if cache_key not in rendered:
            rendered[cache_key] = render(nav_item, path, 1)
        return rendered[cache_key]

    def _key(self, page: AddressedPage | None, nav_item: Any) -> PlaceKey | None:
        if page is None or not getattr(nav_item, "is_section", False) or nav_item.active:
            return None
        if nav_item not in self._folders:
            self._folders[nav_item] = section_folder(nav_item)
        folder = self._folders[nav_item]
        return None if folder is None else place_key(folder, page.url)

    def template_function(self) -> Callable[..., Markup]:
        """`kb_navigation_item(nav_item, path, item.render)` for overrides/partials/nav.html."""

        @pass_context
        def kb_navigation_item(context: Context, nav_item: Any, path: str, render: SectionRenderer) -> Markup:
            page = context.get("page")  # None on a page without one, such as 404.html
            return self.render(page if isinstance(getattr(page, "url", None), str) else None, nav_item, path, render)

        return kb_navigation_item
