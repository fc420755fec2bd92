"""MkDocs hook: every translation states the same facts as its source page (kb.fact_parity).

Runs once, in the main build, over the page files: numbers, amounts, durations, phone
numbers, e-mail addresses and URLs must match, after normalising scripts and separators.
A translation may declare reviewed exceptions in its front matter:
`fact_exceptions: [{fact: "7", reason: "…"}]`. Decision-table texts are checked with the
tables (hooks/decision_tables.py).
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files

from i18n_config import is_main_build, site_languages
from kb.fact_parity import declared_exceptions, page_fact_findings
from kb.front_matter import declared_fields
from kb.languages import file_language, neutral_path
from reporting import report

log = get_plugin_logger(__name__)


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    if os.environ.get("KB_SKIP_CHECKS") == "1" or not is_main_build(config):
        return files
    languages, default = site_languages(config)
    docs_dir = Path(config.docs_dir)
    variants: dict[str, dict[str, Path]] = defaultdict(dict)
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if not relative.startswith("snippets/"):
            variants[neutral_path(relative, languages=languages)][file_language(relative, languages=languages, unsuffixed=default)] = path
    for by_language in variants.values():
        texts = {language: path.read_text(encoding="utf-8") for language, path in by_language.items()}
        source_language = next((declared_fields(text).get("source_language") for text in texts.values()), None)
        if source_language not in texts:
            continue
        for language, text in texts.items():
            if language == source_language:
                continue
            report(
                page_fact_findings(
                    source_path=f"docs/{by_language[source_language].relative_to(docs_dir).as_posix()}",
                    source=texts[source_language],
                    translation_path=f"docs/{by_language[language].relative_to(docs_dir).as_posix()}",
                    translation=text,
                    exceptions=declared_exceptions(declared_fields(text)),
                ),
                log,
            )
    return files
