"""The KB grown N times, for the scale benchmark (build_scale.py): a copy of the project
whose five areas are each repeated N times, with their translations, decision tables, facts,
snippets and navigation, plus a stock configuration of the same pages (Material, static-i18n
and lunr search, none of the KB's hooks) to compare against, and a stock configuration that
renders the pages' KB components as the project does (COMPONENT_HOOKS: its decision tables,
scripts, glossaries and facts), but has none of its checks, search index or other hooks.

A copy's folder is `<area>-<k>` and its nav section "<title> (k)", translated the same way
in every language, so every copy builds and is checked like the original; each copied page's
title and first heading are numbered the same way, so no copy reads as the original word for
word. The copy is a git
repository of one commit, so the git-date plugin and What changed work as on a checkout.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

TESTS_DIR = Path(__file__).resolve().parents[1]
for folder in (TESTS_DIR, TESTS_DIR.parent / "hooks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from kb.core.front_matter import body_of, declared_fields  # noqa: E402
from support.paths import REPO_ROOT, copy_site_sources  # noqa: E402

# What a build reads besides the site's sources (support.paths.SITE_SOURCES): search words.
SEARCH_FOLDER = "search"
AREAS = ("online-store", "entekhab-1699", "home-shopping", "swopify", "baofeng-tv")
STOCK_CONFIG = "mkdocs.stock.yml"
STOCK_WITH_COMPONENTS_CONFIG = "mkdocs.stock-components.yml"
# The hooks that render what the pages' KB markup stands for; the stock build leaves it as text.
COMPONENT_HOOKS = ("hooks/components_hook.py", "hooks/facts_hook.py")
# Top-level keys of mkdocs.yml a stock build does without: the KB's hooks and what they write.
_NOT_STOCK = ("hooks", "extra_javascript")
# Plugins a stock build does without.
_NOT_STOCK_PLUGINS = ("git-revision-date-localized", "redirects")
# A page's first-level heading, with the explicit id the KB's headings carry.
_FIRST_HEADING = re.compile(r"^(?P<words># .*?)(?P<id> \{#[^}]*\})?[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class ScaledKb:
    project: Path
    copies: int
    pages: int

    @property
    def config(self) -> Path:
        return self.project / "mkdocs.yml"

    @property
    def stock_config(self) -> Path:
        return self.project / STOCK_CONFIG

    @property
    def stock_with_components_config(self) -> Path:
        return self.project / STOCK_WITH_COMPONENTS_CONFIG


def _nav_block(text: str) -> tuple[int, int]:
    """Where the top-level `nav:` block starts and ends in mkdocs.yml's text."""
    start = text.index("\nnav:\n") + 1
    end = re.compile(r"^\S", re.MULTILINE).search(text, start + len("nav:\n"))
    return start, end.start() if end else len(text)


def _copy_title(title: str, copy: int) -> str:
    return f"{title} ({copy})"


def _scaled_nav(nav: list[object], copies: int) -> list[object]:
    """Each area's section followed by its copies, pointing at <area>-<k>/."""
    scaled: list[object] = []
    for entry in nav:
        scaled.append(entry)
        if not isinstance(entry, dict):
            continue
        ((title, pages),) = entry.items()
        area = str(pages[0]).split("/", 1)[0]
        for copy in range(2, copies + 1):
            scaled.append({_copy_title(title, copy): [str(page).replace(f"{area}/", f"{area}-{copy}/", 1) for page in pages]})
    return scaled


def _scaled_config(text: str, copies: int) -> str:
    start, end = _nav_block(text)
    nav = yaml.safe_load(text[start:end])["nav"]
    section_titles = [next(iter(entry)) for entry in nav if isinstance(entry, dict)]
    new_nav = yaml.safe_dump({"nav": _scaled_nav(nav, copies)}, allow_unicode=True, sort_keys=False, width=1000)
    text = text[:start] + new_nav + "\n" + text[end:]
    # Each translated section title, repeated for the copies.
    for title in section_titles:
        pattern = re.compile(rf"^(\s+){re.escape(title)}: (.+)$", re.MULTILINE)

        def repeated(match: re.Match[str]) -> str:
            indent, translated = match.group(1), match.group(2)
            lines = [match.group(0)]
            lines += [f"{indent}{_copy_title(title, k)}: {_copy_title(translated, k)}" for k in range(2, copies + 1)]  # noqa: B023
            return "\n".join(lines)

        text = pattern.sub(repeated, text)
    return text


def _top_level_blocks(text: str) -> list[tuple[str, str]]:
    """mkdocs.yml's text cut at each top-level key: (key, its block with comments before it)."""
    blocks: list[tuple[str, str]] = []
    current: list[str] = []
    key = ""
    for line in text.splitlines(keepends=True):
        match = re.match(r"^([A-Za-z_]+):", line)
        if match:
            blocks.append((key, "".join(current)))
            key, current = match.group(1), []
        current.append(line)
    blocks.append((key, "".join(current)))
    return blocks


def _stock_plugins(block: str) -> str:
    """The plugins block without the plugins a stock build does without."""
    kept: list[str] = []
    skipping = False
    for line in block.splitlines(keepends=True):
        item = re.match(r"^  - ([\w/-]+)", line)
        if item:
            skipping = item.group(1) in _NOT_STOCK_PLUGINS
        elif re.match(r"^  #", line):
            continue
        if not skipping:
            kept.append(line)
    return "".join(kept)


def stock_config(text: str, *, kept_hooks: tuple[str, ...] = ()) -> str:
    """The project's configuration as a stock build: Material (no overrides), static-i18n and
    lunr search over the same pages and nav, none of the KB's hooks but kept_hooks, none of
    its plugins, not strict (KB markup no kept hook renders is left as written, not an error)."""
    parts: list[str] = []
    for key, block in _top_level_blocks(text):
        if key == "hooks" and kept_hooks:
            parts.append("hooks:\n" + "".join(f"  - {hook}\n" for hook in kept_hooks) + "\n")
            continue
        if key in _NOT_STOCK:
            continue
        if key == "theme":
            block = "".join(line for line in block.splitlines(keepends=True) if "custom_dir:" not in line)
        if key == "plugins":
            block = _stock_plugins(block)
        if key == "strict":
            block = "strict: false\n"
        parts.append(block)
    return "".join(parts)


def numbered_page(text: str, *, area: str, copy: int) -> str:
    """A page of the area as its copy number `copy` has it: in the copy's area, its title and
    first heading numbered ("Returns (2)"). Without the numbers a copy's pages would read as
    the original's, word for word, and what the build caches by text (fact parity reads each
    page's text once) would serve every copy from the original: measured at ×8, 6 s of CPU
    the benchmark did not count."""
    body = body_of(text)
    front_matter = text[: len(text) - len(body)].replace(f"\narea: {area}\n", f"\narea: {area}-{copy}\n", 1)
    title = declared_fields(text).get("title")
    if isinstance(title, str):
        # A JSON string is a YAML double-quoted scalar: any title stays one valid line.
        numbered = json.dumps(f"{title} ({copy})", ensure_ascii=False)
        front_matter = re.sub(r"^title:.*$", lambda _: f"title: {numbered}", front_matter, count=1, flags=re.MULTILINE)
    return front_matter + _FIRST_HEADING.sub(lambda heading: f"{heading['words']} ({copy}){heading['id'] or ''}", body, count=1)


def _copy_area(docs: Path, area: str, copy: int) -> None:
    """The area's folder, and its glossary snippets (snippets/glossary/<area>.<lang>.md)."""
    shutil.copytree(docs / area, docs / f"{area}-{copy}")
    for page in (docs / f"{area}-{copy}").glob("*.md"):
        page.write_text(numbered_page(page.read_text(encoding="utf-8"), area=area, copy=copy), encoding="utf-8")
    for glossary in (docs / "snippets" / "glossary").glob(f"{area}.*"):
        shutil.copy2(glossary, glossary.with_name(glossary.name.replace(area, f"{area}-{copy}", 1)))


def _commit(project: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "scaled KB")


def scaled_kb(target: Path, *, copies: int) -> ScaledKb:
    """Write the KB with every area repeated `copies` times into target (emptied first)."""
    if target.exists():
        shutil.rmtree(target)
    copy_site_sources(target)
    shutil.copytree(REPO_ROOT / SEARCH_FOLDER, target / SEARCH_FOLDER)
    docs = target / "docs"
    for area in AREAS:
        for copy in range(2, copies + 1):
            _copy_area(docs, area, copy)
    config = _scaled_config((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), copies)
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    (target / STOCK_CONFIG).write_text(stock_config(config), encoding="utf-8")
    (target / STOCK_WITH_COMPONENTS_CONFIG).write_text(stock_config(config, kept_hooks=COMPONENT_HOOKS), encoding="utf-8")
    _commit(target)
    pages = sum(1 for _ in docs.rglob("*.md") if "snippets" not in _.relative_to(docs).parts)
    return ScaledKb(target, copies, pages)
