"""Editors' change fragments: one YAML file per pull request in `changes/`, each a summary line
of what it changed for readers, in every site language.

    # changes/longer-reply-deadline.yml
    type: changed            # added, changed, removed or fixed
    area: swopify            # optional: the docs/<area>/ folder it is about
    text:
      en: "Sellers now have 48 working hours to reply."
      ru: "…"                # every language of mkdocs.yml

The fragments added since the previous release are the release's, shown on the What changed
page (kb.changes.markdown_changes). Every fragment is checked at file:line on every build.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from kb.changes.history import FRAGMENTS_FOLDER, FileChange
from kb.core.findings import Finding, quoted
from kb.core.yaml_source import LineDict, read_mapping

FragmentType = Literal["added", "changed", "removed", "fixed"]
TYPES: tuple[FragmentType, ...] = ("added", "changed", "removed", "fixed")
KEYS = ("type", "area", "text")
SUFFIX = ".yml"
_EXAMPLE = 'type: changed, area: swopify, text: {en: "…", ru: "…"} (every site language)'


@dataclass(frozen=True)
class Fragment:
    name: str  # its file name: changes/<name>
    type: FragmentType
    area: str  # "" when it is about the whole KB
    texts: dict[str, str] = field(default_factory=dict)


def _type(data: LineDict, display: str, findings: list[Finding]) -> FragmentType | None:
    value = data.get("type")
    for kind in TYPES:
        if value == kind:
            return kind
    findings.append(Finding(display, data.line_of("type"), f"type {quoted(value)} is not one of {', '.join(TYPES)}", f"write {_EXAMPLE}"))
    return None


def _area(data: LineDict, display: str, findings: list[Finding], areas: Collection[str]) -> str | None:
    value = data.get("area", "")
    if value == "" or value in areas:
        return str(value)
    fix = f"name one of the folders of docs/ ({', '.join(sorted(areas))}), or leave area: out for the whole KB"
    findings.append(Finding(display, data.line_of("area"), f"area {quoted(value)} is not a folder of docs/", fix))
    return None


def _texts(data: LineDict, display: str, findings: list[Finding], languages: Collection[str]) -> dict[str, str] | None:
    text = data.get("text")
    if not isinstance(text, LineDict):
        findings.append(Finding(display, data.line_of("text"), "text: is not a mapping of language to text", f"write {_EXAMPLE}"))
        return None
    found = len(findings)
    for language in text:
        if language not in languages:
            fix = f"write the text in the site's languages only: {', '.join(languages)}"
            findings.append(Finding(display, text.line_of(language), f"{quoted(language)} is not a site language", fix))
    for language in languages:
        value = text.get(language)
        if not isinstance(value, str) or not value.strip():
            fix = f'add `{language}: "…"` under text:, a sentence for readers of that language'
            findings.append(Finding(display, text.line_of(language), f"the text has no {language} sentence", fix))
    if len(findings) > found:
        return None
    return {language: " ".join(str(text[language]).split()) for language in languages}


def read_fragment(file: Path, *, display: str, languages: Collection[str], areas: Collection[str]) -> tuple[Fragment | None, list[Finding]]:
    """A fragment file, checked; None with what is wrong, at its line, when it is not one."""
    findings: list[Finding] = []
    data = read_mapping(file, display=display, findings=findings, shape=("a change fragment is a mapping", f"write {_EXAMPLE}"))
    if findings:
        return None, findings
    for key in data:
        if key not in KEYS:
            findings.append(Finding(display, data.line_of(key), f"{quoted(key)} is not a fragment field", f"use {', '.join(KEYS)} only"))
    kind, area, texts = _type(data, display, findings), _area(data, display, findings, areas), _texts(data, display, findings, languages)
    if findings or kind is None or area is None or texts is None:
        return None, findings
    return Fragment(file.name, kind, area, texts), findings


def fragment_files(project: Path) -> list[Path]:
    """The fragment files of the project (the folder of mkdocs.yml), by name."""
    folder = project / FRAGMENTS_FOLDER
    return sorted(path for path in folder.glob(f"*{SUFFIX}") if path.is_file()) if folder.is_dir() else []


def release_fragment_names(files: Iterable[FileChange]) -> frozenset[str]:
    """The fragments added since the previous release (files git says were added or moved there)."""
    prefix = f"{FRAGMENTS_FOLDER}/"
    return frozenset(
        change.path[len(prefix) :]
        for change in files
        if change.status in ("A", "R")
        and change.path.startswith(prefix)
        and change.path.endswith(SUFFIX)
        and "/" not in change.path[len(prefix) :]
    )
