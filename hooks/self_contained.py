"""MkDocs hook: fail the build when a page or stylesheet would load anything from another host.

Thin adapter over kb.external_resources; the site must work on an intranet and offline.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kb.external_resources import page_findings, stylesheet_findings
from kb.findings import display_path
from reporting import report

log = get_plugin_logger(__name__)


def _project_relative(path: str | Path, config: MkDocsConfig) -> str:
    return display_path(path, project_dir=Path(config.config_file_path).parent)


def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
    built_path = Path(config.site_dir) / page.file.dest_path
    findings = page_findings(
        output,
        markdown=page.file.content_string,
        source_path=_project_relative(page.file.abs_src_path or page.file.src_path, config),
        built_path=_project_relative(built_path, config),
    )
    report(findings, log)
    return output


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    # The editors' own stylesheets, checked at their source; the theme's are covered
    # by the browser tests, which record every request a page makes.
    docs_dir = Path(config.docs_dir).resolve()
    for stylesheet in files.css_files():
        if stylesheet.abs_src_path is None or not Path(stylesheet.abs_src_path).resolve().is_relative_to(docs_dir):
            continue
        report(stylesheet_findings(stylesheet.content_string, path=_project_relative(stylesheet.abs_src_path, config)), log)
    return files
