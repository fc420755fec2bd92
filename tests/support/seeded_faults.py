"""Faults seeded into fixture sites, each with the message a strict build must print once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SeededFault:
    page: str  # under docs/
    old: str
    new: str
    expected: str  # what the build must print, once


# One fault per file, in the default language and Russian only: a strict build stops after the
# first other language with a fault, so faults in a third language would go unreported.
CONTENT_FAULTS = {
    "invalid-yaml": SeededFault(
        "shop/greeting.ru.md", "title: Приветствие", "title: Приветствие: клиент", "docs/shop/greeting.ru.md:2: invalid YAML"
    ),
    "missing-owner": SeededFault(
        "shop/draft-article.ru.md", "owner: kb-shop\n", "", "docs/shop/draft-article.ru.md:2: front matter has no 'owner'"
    ),
    "wrong-area": SeededFault(
        "shop/greeting.md", "area: shop", "area: store", "docs/shop/greeting.md:3: area 'store' does not match the page's folder 'shop'"
    ),
    "unknown-glossary": SeededFault(
        "glossary.ru.md", "::: glossary shop", "::: glossary shops", "docs/glossary.ru.md:15: area 'shops' has no glossary"
    ),
    # A missing page, a missing anchor, a path out of docs/: each reported once, at its line.
    "broken-links": SeededFault(
        "index.md",
        "# Home {#home}",
        "# Home {#home}\n\nSee [gone](shop/gone.md), [no entry](shop/phones.md#phone-1) and [old](../outside/).",
        "docs/index.md:13: link shop/gone.md leads to no page",
    ),
}
