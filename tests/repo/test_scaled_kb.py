"""The scale benchmark's KB (tests/benchmarks/scaled_kb.py): every area repeated with its
translations, tables and glossaries, its own navigation section in every language, and stock
configurations of the same pages: without the KB's hooks, and with only those that render its
components."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from kb.core.front_matter import body_of, page_area
from kb.pages import scan_docs
from support.paths import REPO_ROOT, SITE_LANGUAGES

sys.path.insert(0, str(REPO_ROOT / "tests" / "benchmarks"))

from scaled_kb import AREAS, COMPONENT_HOOKS, scaled_kb


def test_each_area_is_repeated_with_numbered_titles_its_navigation_and_a_stock_configuration(tmp_path: Path) -> None:
    kb = scaled_kb(tmp_path / "x2", copies=2)
    original = scan_docs(REPO_ROOT / "docs", languages=SITE_LANGUAGES)
    scaled = scan_docs(kb.project / "docs", languages=SITE_LANGUAGES)
    copied = [file for file in scaled.page_files() if page_area(file.path_in_docs).endswith("-2")]
    in_areas = [file for file in original.page_files() if page_area(file.path_in_docs) in AREAS]
    assert len(copied) == len(in_areas) > 0
    assert all(file.fields.get("area") == page_area(file.path_in_docs) for file in copied)
    by_path = {file.path_in_docs: file for file in original.page_files()}
    for file in copied:
        source = by_path[file.path_in_docs.replace("-2/", "/", 1)]
        assert file.fields["title"] == f"{source.fields['title']} (2)", file.path_in_docs
        changed = [
            (was, now) for was, now in zip(body_of(source.text).splitlines(), body_of(file.text).splitlines(), strict=True) if was != now
        ]
        assert len(changed) == 1, file.path_in_docs  # the first heading, numbered; every other line as it was
        words, _, anchor = changed[0][0].partition(" {#")
        assert changed[0][1] == f"{words} (2)" + (f" {{#{anchor}" if anchor else ""), file.path_in_docs
    assert len(scaled.tables) == 2 * len(original.tables) - sum(1 for path in original.tables if page_area(path) not in AREAS)
    config = (kb.config).read_text(encoding="utf-8")
    assert "\n- Baofeng TV after-sales (2):\n  - baofeng-tv-2/index.md\n" in config
    assert "Baofeng TV after-sales (2): 暴风 TV 售后服务 (2)" in config
    stock = yaml.load(kb.stock_config.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # noqa: S506 - tags kept as text
    assert "hooks" not in stock
    assert "custom_dir" not in stock["theme"]
    assert [next(iter(plugin)) if isinstance(plugin, dict) else plugin for plugin in stock["plugins"]] == ["search", "i18n"]
    with_components = yaml.load(kb.stock_with_components_config.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # noqa: S506
    assert with_components["hooks"] == list(COMPONENT_HOOKS)
    assert all((kb.project / hook).is_file() for hook in COMPONENT_HOOKS)
    assert {key: value for key, value in with_components.items() if key != "hooks"} == stock
