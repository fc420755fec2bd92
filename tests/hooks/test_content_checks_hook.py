"""hooks/content_checks.py and hooks/site_crawl.py on small temporary sites."""

from __future__ import annotations

import os
from pathlib import Path

from support.mkdocs_run import build_strict, run_tool, warnings_in
from support.temp_site import write_site

GOOD = {
    "index.md": "# Home {#home}\n\nSee [the guide](guide.md#steps) and [mail](mailto:kb@example.org).\n",
    "guide.md": "# Guide {#guide}\n\n## Steps {#steps}\n\nText.\n",
}
CONFIG = {"nav": ["index.md", "guide.md"], "markdown_extensions": ["attr_list", "toc"]}


def test_a_clean_site_builds_without_findings(tmp_path: Path) -> None:
    write_site(tmp_path, pages=GOOD, hooks=["content_checks.py", "site_crawl.py"], extra_config=CONFIG)
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []


def test_faults_are_reported_with_file_and_line(tmp_path: Path) -> None:
    pages = {
        "index.md": "# Home {#home}\n\nSee [the guide](guide.md#nowhere).\n",
        "guide.md": "# Guide {#guide}\n\n## Steps\n\n[Old site](http://example.org)\n\n<script>x()</script>\n",
    }
    write_site(tmp_path, pages=pages, hooks=["content_checks.py"], extra_config=CONFIG)
    warnings = warnings_in(build_strict(tmp_path, tmp_path / "site").stderr)
    assert any("docs/guide.md:3: heading 'Steps' has no explicit id" in line for line in warnings), warnings
    assert any("docs/guide.md:5: link http://example.org is not https" in line for line in warnings), warnings
    assert any("docs/guide.md:7: raw HTML <script> is not allowed" in line for line in warnings), warnings
    assert any("docs/index.md:3: link guide.md#nowhere names #nowhere, which docs/guide.md does not have" in line for line in warnings), warnings


def test_github_actions_gets_error_annotations(tmp_path: Path) -> None:
    pages = {**GOOD, "guide.md": "# Guide {#guide}\n\n## Steps {#steps}\n\n[Old site](http://example.org)\n"}
    write_site(tmp_path, pages=pages, hooks=["content_checks.py"], extra_config=CONFIG)
    result = run_tool("mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site"), cwd=tmp_path, extra_env={"GITHUB_ACTIONS": "true"})
    assert result.returncode != 0
    assert "::error file=docs/guide.md,line=5::link http://example.org is not https. Fix: use the https://" in result.stdout


def test_skip_switch_builds_without_the_checks(tmp_path: Path) -> None:
    pages = {**GOOD, "guide.md": "# Guide {#guide}\n\n## Steps\n"}
    write_site(tmp_path, pages=pages, hooks=["content_checks.py"], extra_config=CONFIG)
    result = run_tool("mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site"), cwd=tmp_path, extra_env={"KB_SKIP_CHECKS": "1"})
    assert result.returncode == 0, result.stderr


def test_crawl_finds_a_broken_link_the_theme_writes(tmp_path: Path) -> None:
    write_site(tmp_path, pages=GOOD, hooks=["site_crawl.py"], extra_config=CONFIG)
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text('{% extends "base.html" %}\n{% block content %}{{ super() }}<a href="{{ base_url }}/nowhere/">x</a>{% endblock %}\n', encoding="utf-8")
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").replace("name: material", "name: material\n  custom_dir: overrides")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    warnings = warnings_in(build_strict(tmp_path, tmp_path / "site").stderr)
    assert any("site/index.html:" in line and "link ./nowhere/ leads to no file in the built site" in line for line in warnings), warnings
    assert os.path.isdir(tmp_path / "site")
