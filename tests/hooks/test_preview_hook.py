"""The preview hook on a small temporary site: `mkdocs serve` with a page MkDocs warns about
keeps answering and reports the warning; `mkdocs build` writes no preview files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from support.mkdocs_run import build_strict
from support.preview_server import fetch, serving
from support.temp_site import write_site

PAGES = {"index.md": "# Home\n\nSee [the missing page](missing.md).\n"}


def test_serve_reports_warnings_and_keeps_answering(tmp_path: Path) -> None:
    write_site(tmp_path, pages=PAGES, hooks=["preview_hook.py"])
    command = [str(Path(sys.executable).with_name("mkdocs")), "serve", "--no-strict", "--dev-addr", "{address}"]
    with serving(command, cwd=tmp_path, log=tmp_path / "serve.log") as url:
        report = json.loads(fetch(url + "kb-preview/findings.json"))
        assert [problem["problem"] for problem in report["problems"]] == [
            "Doc file 'index.md' contains a link 'missing.md', but the target is not found among documentation files."
        ]
        assert "kb-preview/overlay.js" in fetch(url)
        assert "findings.json" in fetch(url + "kb-preview/overlay.js")


def test_build_writes_no_preview_files(tmp_path: Path) -> None:
    write_site(tmp_path, pages={"index.md": "# Home\n"}, hooks=["preview_hook.py"])
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "site" / "kb-preview").exists()
    assert "kb-preview" not in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
