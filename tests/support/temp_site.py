"""Small temporary MkDocs sites for the hooks' integration tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from support.paths import HOOKS_DIR


def write_site(root: Path, *, pages: dict[str, str], hooks: list[str], extra_config: dict[str, Any] | None = None) -> Path:
    """Write mkdocs.yml and docs/ under root, using the project's real hook files."""
    config: dict[str, Any] = {
        "site_name": "Test KB",
        "strict": True,
        "theme": {"name": "material", "font": False},
        "hooks": [str(HOOKS_DIR / hook) for hook in hooks],
    }
    config.update(extra_config or {})
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    for relative_path, text in pages.items():
        page = root / "docs" / relative_path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    return root
