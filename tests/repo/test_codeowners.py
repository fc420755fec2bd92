"""Who GitHub asks to review what: .github/CODEOWNERS resolved the way GitHub resolves it (issue 16).

For each file a pull request changes, GitHub takes the LAST line of CODEOWNERS whose pattern
matches the file and asks only that line's owners; earlier matching lines add nobody. The
patterns are gitignore patterns without `!`, `[...]` and `\\` escapes. They are matched here
with pathspec's "gitignore" patterns (Git's documented rules, pathspec >= 1.0; "gitwildmatch"
is its deprecated name), and the file is asserted to use only the plain subset of the syntax on
which GitHub and Git agree.

What CONTRIBUTING.md promises, checked for representative paths and for every tracked file:
an area's files go to the area's team; a translation (`page.<lang>.md`, glossary
`<area>.<lang>.md`) to the area's team and that language's translators; the area's originals
(its source language) and English pages to the area's team alone; a decision table, which holds
every language, to the area's team and every translators' team; interface text and search
synonyms of a language to the platform team and that language's translators; anything else,
the general pages included (their translations also to the language's translators), to the
platform team.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
from dataclasses import dataclass
from functools import cache

import pathspec
import pytest

from kb.core.front_matter import declared_fields
from kb.core.languages import file_language
from support.paths import DOCS_DIR, REPO_ROOT, SITE_LANGUAGES

CODEOWNERS = REPO_ROOT / ".github" / "CODEOWNERS"
ORG = "@example-org/"
PLATFORM = f"{ORG}kb-platform"
TRANSLATED = SITE_LANGUAGES.others()  # every site language but English has a translators' team
GLOSSARY = "docs/snippets/glossary"

# The pattern syntax this file may use, where GitHub and Git read a pattern alike: letters,
# digits, `.`, `-`, `_`, `/` and `*` (`*`, `**`). No `!` (GitHub cannot negate), no `[...]` or
# `\` (GitHub does not support them), no `?`, no spaces, no comment after a rule.
PATTERN = re.compile(r"[A-Za-z0-9._/*-]+")
OWNER = re.compile(rf"{re.escape(ORG)}[a-z0-9-]+")


def translators(language: str) -> str:
    return f"{ORG}kb-translators-{language}"


@dataclass(frozen=True)
class Rule:
    """One line of CODEOWNERS: a pattern and the owners GitHub asks when it is the last match."""

    number: int
    pattern: str
    owners: frozenset[str]

    def matches(self, path: str) -> bool:
        return compiled(self.pattern).match_file(path)


@cache
def compiled(pattern: str) -> pathspec.PathSpec[pathspec.Pattern]:
    return pathspec.PathSpec.from_lines("gitignore", [pattern])


def parse(text: str) -> list[Rule]:
    """The rules of a CODEOWNERS text in file order: blank lines and `#` comment lines skipped."""
    rules = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pattern, *owners = line.split()
        rules.append(Rule(number, pattern, frozenset(owners)))
    return rules


RULES = parse(CODEOWNERS.read_text(encoding="utf-8"))


def owners_of(path: str, rules: list[Rule] = RULES) -> frozenset[str]:
    """The owners GitHub asks to review a change to path: the last matching rule's (none if no rule matches)."""
    deciding = [rule for rule in rules if rule.matches(path)]
    return deciding[-1].owners if deciding else frozenset()


def test_codeowners_uses_only_the_syntax_github_and_git_read_alike() -> None:
    assert RULES
    for rule in RULES:
        assert PATTERN.fullmatch(rule.pattern), f"line {rule.number}: pattern {rule.pattern!r} outside the checked syntax"
        assert "***" not in rule.pattern, f"line {rule.number}"
        assert rule.owners, f"line {rule.number}: a pattern without owners unassigns its files"
        assert all(OWNER.fullmatch(owner) for owner in rule.owners), f"line {rule.number}: {sorted(rule.owners)}"


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        # GitHub's documented examples, and the pattern shapes this file relies on.
        ("*", "docs/online-store/index.md", True),  # no slash: any depth
        ("*.js", "src/app/main.js", True),
        ("apps/", "deep/apps/a.txt", True),  # a folder name alone: anywhere
        ("/docs/", "docs/area/sub/page.md", True),  # a folder: everything under it
        ("/docs/", "src/docs/page.md", False),  # a leading slash: from the root only
        ("docs/*", "docs/getting-started.md", True),
        ("docs/*", "docs/build-app/troubleshooting.md", False),  # `*` does not cross `/`
        ("/docs/*.ru.md", "docs/index.ru.md", True),
        ("/docs/*.ru.md", "docs/area/page.ru.md", False),
        ("/docs/*.ru.md", "docs/INDEX.RU.md", False),  # paths are case-sensitive
        ("/docs/**/*.ru.md", "docs/index.ru.md", True),  # `**/`: zero folders too
        ("/docs/**/*.ru.md", "docs/area/sub/page.ru.md", True),
        ("/docs/a/**/*.ru.md", "docs/b/page.ru.md", False),
        ("/docs/g/area.*", "docs/g/area.ru.md", True),
        ("/docs/g/area.*", "docs/g/area-part.ru.md", False),
        ("/docs/g/area-*.ru.md", "docs/g/area-part.ru.md", True),
        ("/docs/g/area-*.ru.md", "docs/g/area.ru.md", False),
    ],
)
def test_the_matcher_reads_patterns_as_github_documents(pattern: str, path: str, matches: bool) -> None:
    assert Rule(0, pattern, frozenset()).matches(path) is matches


# Paths that do not exist yet but that the routing must cover (glossary `<area>-<part>` files).
HYPOTHETICAL = {"docs/snippets/glossary/baofeng-tv-devices.lv.md"}

# The routing CONTRIBUTING.md states, on representative paths: path -> owners (team names).
ROUTING = {
    # Russian translation of a Persian-source page: the area's team and the Russian translators
    "docs/entekhab-1699/refunds.ru.md": {"kb-entekhab", "kb-translators-ru"},
    # Persian translation of a Russian-source page
    "docs/online-store/order-question.fa.md": {"kb-online-store", "kb-translators-fa"},
    # English page: no English translators' team, so the area's team alone
    "docs/entekhab-1699/refunds.md": {"kb-entekhab"},
    # source page (the area's language): the policy itself, the area's team alone
    "docs/entekhab-1699/refunds.fa.md": {"kb-entekhab"},
    # decision table, all five languages in one file: the area's team and every translators' team
    "docs/entekhab-1699/refunds.table.yml": {
        "kb-entekhab",
        "kb-translators-ru",
        "kb-translators-fa",
        "kb-translators-lv",
        "kb-translators-zh",
    },
    # glossary: a translation, the original, the English one, and a second file of an area
    "docs/snippets/glossary/entekhab-1699.ru.md": {"kb-entekhab", "kb-translators-ru"},
    "docs/snippets/glossary/entekhab-1699.fa.md": {"kb-entekhab"},
    "docs/snippets/glossary/entekhab-1699.en.md": {"kb-entekhab"},
    "docs/snippets/glossary/baofeng-tv-devices.lv.md": {"kb-baofeng", "kb-translators-lv"},
    # interface text and search synonyms: the platform team and the language's translators
    "languages/ru.yml": {"kb-platform", "kb-translators-ru"},
    "languages/en.yml": {"kb-platform"},
    "search/synonyms/fa.yml": {"kb-platform", "kb-translators-fa"},
    "search/organisations.yml": {"kb-platform"},
    # site code and CI
    ".github/workflows/ci.yml": {"kb-platform"},
    # top-level (general) pages: the platform team; a translation also the language's translators
    "docs/index.md": {"kb-platform"},
    "docs/index.zh.md": {"kb-platform", "kb-translators-zh"},
}


@pytest.mark.parametrize(("path", "teams"), ROUTING.items(), ids=list(ROUTING))
def test_representative_paths_are_routed_as_contributing_says(path: str, teams: set[str]) -> None:
    assert path in HYPOTHETICAL or (REPO_ROOT / path).is_file(), f"{path} is not a file of the repository"
    assert owners_of(path) == {ORG + team for team in teams}


@dataclass(frozen=True)
class Area:
    name: str
    team: str
    source_language: str


@cache
def areas() -> dict[str, Area]:
    """Each content area, as its index page's front matter declares it (`owner`, `source_language`)."""
    found = {}
    for index in sorted(DOCS_DIR.glob("*/index.md")):
        fields = declared_fields(index.read_text(encoding="utf-8"))
        assert fields.get("area") == index.parent.name, index
        found[index.parent.name] = Area(index.parent.name, ORG + str(fields["owner"]), str(fields["source_language"]))
    return found


def area_of(path: str) -> Area | None:
    """The area a file belongs to: its folder under docs/, or the name its glossary file starts with."""
    parts = path.split("/")
    if len(parts) > 2 and parts[0] == "docs" and parts[1] in areas():
        return areas()[parts[1]]
    if posixpath.dirname(path) == GLOSSARY:
        name = posixpath.basename(path)
        owning = [area for area in areas().values() if name.startswith((f"{area.name}.", f"{area.name}-"))]
        assert len(owning) <= 1, f"{path}: glossary of more than one area"
        return owning[0] if owning else None
    return None


def promised_owners(path: str) -> frozenset[str]:
    """The owners CONTRIBUTING.md promises for a file, written without CODEOWNERS' patterns."""
    language = file_language(posixpath.basename(path), languages=SITE_LANGUAGES) if path.endswith(".md") else None
    translated = language if language in TRANSLATED else None
    area = area_of(path)
    if area is not None:
        if path.endswith(".table.yml"):
            return frozenset({area.team, *map(translators, TRANSLATED)})
        if translated and translated != area.source_language:
            return frozenset({area.team, translators(translated)})
        return frozenset({area.team})
    if path.startswith("docs/") and translated:
        return frozenset({PLATFORM, translators(translated)})
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    if folder in ("languages", "search/synonyms") and extension == ".yml" and stem in TRANSLATED:
        return frozenset({PLATFORM, translators(stem)})
    return frozenset({PLATFORM})


@cache
def repository_paths() -> tuple[str, ...]:
    """Every tracked file, and files the routing must already cover: a glossary's second file and
    a page in a subfolder of each area, in every language."""
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout
    paths = {path for path in tracked.split("\0") if path} | HYPOTHETICAL
    for area in areas():
        for language in SITE_LANGUAGES:
            suffix = "" if language == SITE_LANGUAGES.default else f".{language}"
            paths |= {f"{GLOSSARY}/{area}-part.{language}.md", f"docs/{area}/new-folder/page{suffix}.md"}
    return tuple(sorted(paths))


def test_the_areas_are_the_five_of_the_readme() -> None:
    # Guards promised_owners: a new area needs its block in CODEOWNERS (and this list).
    assert sorted(areas()) == ["baofeng-tv", "entekhab-1699", "home-shopping", "online-store", "swopify"]


def test_every_file_is_routed_as_contributing_says() -> None:
    wrong = {
        path: f"asks {sorted(owners_of(path))}, promised {sorted(promised_owners(path))}"
        for path in repository_paths()
        if owners_of(path) != promised_owners(path)
    }
    assert wrong == {}


def test_every_line_decides_for_some_file() -> None:
    # A line that is the last match of no file is a typo or is shadowed by the lines after it.
    deciding = set()
    for path in repository_paths():
        matching = [rule for rule in RULES if rule.matches(path)]
        if matching:
            deciding.add(matching[-1].number)
    assert [f"line {rule.number}: {rule.pattern}" for rule in RULES if rule.number not in deciding] == []
