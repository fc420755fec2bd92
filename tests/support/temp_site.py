"""Small temporary MkDocs sites for the hooks' integration tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from support.paths import DOCS_DIR, HOOKS_DIR, LANGUAGES_DIR, REPO_ROOT

FIXTURE_CONFIG = "mkdocs.fixture.yml"
# static-i18n with English (the default) and Russian: the smallest site with a second language.
TWO_LANGUAGES = {
    "i18n": {
        "docs_structure": "suffix",
        "languages": [
            {"locale": "en", "name": "English", "default": True},
            {"locale": "ru", "name": "Русский"},
        ],
    }
}


def write_site(root: Path, *, pages: dict[str, str], hooks: list[str], extra_config: dict[str, Any] | None = None) -> Path:
    """Write mkdocs.yml and docs/ under root, using the project's real hook files and language
    files (languages/)."""
    config: dict[str, Any] = {
        "site_name": "Test KB",
        "strict": True,
        "theme": {"name": "material", "font": False},
        "hooks": [str(HOOKS_DIR / hook) for hook in hooks],
    }
    config.update(extra_config or {})
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    shutil.copytree(LANGUAGES_DIR, root / "languages", dirs_exist_ok=True)
    for relative_path, text in pages.items():
        page = root / "docs" / relative_path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    return root


def without_redirects(config_text: str) -> str:
    """mkdocs.yml without the redirects plugin's entry: its old and new pages are the KB's,
    which a fixture's pages are not."""
    lines = config_text.splitlines(keepends=True)
    start = lines.index("  - redirects:\n")
    end = next(index for index in range(start + 1, len(lines)) if not lines[index].startswith("    "))
    return "".join(lines[:start] + lines[end:])


def copy_project_with_docs(root: Path, fixture: Path) -> Path:
    """The real project (config, theme overrides, hooks, assets) with a fixture's pages.

    The fixture folder holds docs/ and mkdocs.fixture.yml, which INHERITs mkdocs.yml;
    build it with `-f mkdocs.fixture.yml`.
    """
    root.mkdir(parents=True, exist_ok=True)
    for name in ("overrides", "hooks", "languages"):
        shutil.copytree(REPO_ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "mkdocs.yml").write_text(without_redirects((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copytree(DOCS_DIR / "assets", root / "docs" / "assets")
    shutil.copytree(fixture / "docs", root / "docs", dirs_exist_ok=True)
    shutil.copy2(fixture / FIXTURE_CONFIG, root / FIXTURE_CONFIG)
    return root


def build_fixture(root: Path, fixture: Path, edit: Callable[[Path], None] | None = None) -> tuple[int, str, Path]:
    """Copy the project with a fixture's pages, let edit() change docs/, build strictly."""
    from support.mkdocs_run import build_strict

    copy_project_with_docs(root, fixture)
    if edit:
        edit(root / "docs")
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG)
    return result.returncode, result.stderr, root / "site"


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace the first old with new in a file; old must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
