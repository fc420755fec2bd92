"""Faults seeded into copies of the KB or of fixture sites, each with the message a strict build
must print once, at the file and line it names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kb.core.findings import line_of


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


APPEND = ""  # Fault.old: the new text goes at the end of the file


@dataclass(frozen=True)
class Fault:
    name: str
    file: str  # under docs/
    old: str | None  # None: the file is created with `new`; APPEND: `new` is appended
    new: str
    problem: str  # what the message must say
    marker: str | None = None  # text on the faulty line; None: line 1
    earlier_marker: str | None = None  # text on the line `{earlier_line}` in problem names
    batch: str = "main"

    def apply(self, docs: Path) -> None:
        target = docs / self.file
        if self.old is None:
            target.write_text(self.new, encoding="utf-8")
            return
        text = target.read_text(encoding="utf-8")
        if self.old == APPEND:
            text = text.rstrip("\n") + "\n\n" + self.new + "\n"
        else:
            assert self.old in text, f"{self.name}: {self.old!r} not in {self.file}"
            text = text.replace(self.old, self.new, 1)
        target.write_text(text, encoding="utf-8")

    def expected(self, docs: Path) -> tuple[str, str]:
        """Where the message must point ("docs/file:line: "), and what it must say, once every
        fault of the batch is in place."""
        text = (docs / self.file).read_text(encoding="utf-8")
        line = line_of(text, self.marker) if self.marker else 1
        problem = self.problem.format(earlier_line=line_of(text, self.earlier_marker)) if self.earlier_marker else self.problem
        return f"docs/{self.file}:{line}: ", problem
