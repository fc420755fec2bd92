"""hooks/self_contained.py on a small temporary site: third-party fetches fail the strict build."""

from pathlib import Path

from support.mkdocs_run import build_strict, warnings_in
from support.temp_site import write_site


def test_clean_site_builds(tmp_path: Path) -> None:
    write_site(tmp_path, pages={"index.md": "# Home\n\n[External link](https://example.com/) is fine.\n"}, hooks=["self_contained.py"])
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []


def test_hot_linked_image_fails_with_file_and_line(tmp_path: Path) -> None:
    write_site(
        tmp_path,
        pages={"index.md": "# Home\n", "guide.md": "# Guide\n\nText.\n\n![Logo](https://cdn.example.com/logo.png)\n"},
        hooks=["self_contained.py"],
    )
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/guide.md:5: <img src> loads https://cdn.example.com/logo.png from cdn.example.com" in result.stderr
    assert "docs/assets/" in result.stderr


def test_stylesheet_importing_a_web_font_fails_with_file_and_line(tmp_path: Path) -> None:
    write_site(
        tmp_path,
        pages={"index.md": "# Home\n", "assets/extra.css": "/* fonts */\n@import url('https://fonts.googleapis.com/css2?family=Roboto');\n"},
        hooks=["self_contained.py"],
        extra_config={"extra_css": ["assets/extra.css"]},
    )
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/assets/extra.css:2: CSS url() loads https://fonts.googleapis.com/css2?family=Roboto" in result.stderr


def test_theme_fetch_is_reported_against_the_page_with_the_built_line(tmp_path: Path) -> None:
    # A theme font left switched on makes every page fetch from Google: not the editor's text.
    write_site(tmp_path, pages={"index.md": "# Home\n"}, hooks=["self_contained.py"])
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").replace("font: false", "font: {text: Roboto}")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/index.md:1: " in result.stderr and "fonts.googleapis.com" in result.stderr
    assert "site/index.html:" in result.stderr
