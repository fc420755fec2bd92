"""Which pages a release added, removed, moved and changed, from the files git says changed.

A page is its default-language file, `docs/<area>/<page>.md`: adding, removing or moving
that file adds, removes or moves the page. A page changed when any language's file of it
changed; the languages whose files changed are listed. A removed or moved page names where
its old address now leads, when mkdocs.yml's `redirects` plugin maps it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from kb.changes.history import FileChange
from kb.core.front_matter import page_area
from kb.core.languages import Languages, parse_page_path
from kb.pages import is_page_file

PageChangeKind = Literal["added", "removed", "moved", "changed"]
KINDS: tuple[PageChangeKind, ...] = ("added", "removed", "moved", "changed")


@dataclass(frozen=True)
class PageChange:
    """One page's change; paths are the default language's, under docs/ ('area/page.md')."""

    kind: PageChangeKind
    page: str  # the page now, or as it was when removed
    old_page: str = ""  # where a moved page was
    languages: tuple[str, ...] = ()  # whose files changed, in the site's order
    redirect: str = ""  # where a removed or moved page's old address leads (redirect_maps)

    @property
    def area(self) -> str:
        return page_area(self.page)

    @property
    def anchor(self) -> str:
        """Its entry's id on the What changed page: the page's path slugified."""
        return entry_id(self.page)


def entry_id(page: str) -> str:
    """'swopify/key-facts.md' -> 'page-swopify-key-facts'."""
    return "page-" + (re.sub(r"[^a-z0-9]+", "-", page.removesuffix(".md").lower()).strip("-") or "index")


def _under(path: str, docs: str) -> str | None:
    """path (relative to the project) relative to docs/, if it is a page file there."""
    prefix = docs.rstrip("/") + "/"
    if not path.startswith(prefix):
        return None
    relative = path[len(prefix) :]
    return relative if is_page_file(relative) else None


@dataclass
class _Collected:
    kinds: dict[str, PageChange] = field(default_factory=dict)
    languages: dict[str, set[str]] = field(default_factory=dict)


def page_changes(
    files: Iterable[FileChange], *, docs: str, languages: Languages, redirects: Mapping[str, str] | None = None
) -> list[PageChange]:
    """The pages files changed, ordered by area and page; docs is docs/ relative to the project."""
    redirects = redirects or {}
    collected = _Collected()
    for change in files:
        path = _under(change.path, docs)
        old = _under(change.old_path, docs) if change.old_path else None
        if path is None and old is None:
            continue
        where = parse_page_path(path or old or "", languages=languages)
        if where.language != languages.default:
            collected.languages.setdefault(where.page, set()).add(where.language)
            continue
        if change.status == "A" and path:
            collected.kinds[path] = PageChange("added", path)
        elif change.status == "D" and path:
            collected.kinds[path] = PageChange("removed", path, redirect=redirects.get(path, ""))
        elif change.status == "R" and path and old:
            collected.kinds[path] = PageChange("moved", path, old_page=old, redirect=redirects.get(old, ""))
        elif path:
            collected.languages.setdefault(path, set()).add(languages.default)
    for page, changed in collected.languages.items():
        if page not in collected.kinds:
            collected.kinds[page] = PageChange("changed", page)
        if collected.kinds[page].kind == "changed":
            ordered = tuple(language for language in languages if language in changed)
            collected.kinds[page] = PageChange("changed", page, languages=ordered)
    return sorted(collected.kinds.values(), key=lambda change: (change.area, posixpath.dirname(change.page), change.page))
