"""What each translation marked synced in a pull request claims to cover, for its reviewers.

`make mark-synced` changes one line of a translation (`translated_from: <hash>`); the pull
request shows only the hash. This report shows, for every translation whose recorded source
version changed between the pull request's base and its head, the change of its source since
the translation was last synced: the text the translation now claims to say. Beside it, how
many lines of the translation itself changed, and the reason given when it was marked
unchanged. Decision tables, which record a version per language, likewise.

CI writes it to the job summary and, where the token may, as a pull-request comment:

    python -m kb.translation.sync_report --base origin/main > report.md
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from kb.core.front_matter import declared_fields
from kb.core.languages import Languages, language_file, languages_from_mkdocs_yml, parse_page_path
from kb.translation.sync_history import UNCHANGED_FIELD, commit_writing, git
from kb.translation.tracking import FIELD

# A source diff longer than this is cut in the report (the pull request has the whole).
MAX_DIFF_LINES = 200
_TABLE_LINE = re.compile(rf"^{FIELD}:\s*(\{{.*\}})\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Claim:
    """A translation (or a decision table's languages) now recorded as matching its source."""

    path: str  # the translation or table, from the repository's root
    languages: tuple[str, ...]
    source: str  # the file its source text is in
    synced_in: str | None  # the commit that recorded the previous version; None: first sync
    unchanged_reason: str = ""


def file_at(ref: str, path: str, *, cwd: Path) -> str | None:
    return git(["show", f"{ref}:{path}"], cwd=cwd)


def _table_versions(text: str | None) -> dict[str, str]:
    match = _TABLE_LINE.search(text or "")
    if match is None:
        return {}
    loaded = yaml.safe_load(match.group(1))
    return {str(language): str(version) for language, version in loaded.items()} if isinstance(loaded, dict) else {}


def page_claim(path: str, *, base: str, languages: Languages, docs: str, cwd: Path) -> Claim | None:
    head_text, base_text = file_at("HEAD", path, cwd=cwd), file_at(base, path, cwd=cwd)
    head = declared_fields(head_text or "")
    recorded = head.get(FIELD)
    if recorded is None or recorded == declared_fields(base_text or "").get(FIELD):
        return None
    where = parse_page_path(path.removeprefix(f"{docs}/"), languages=languages)
    source_language = head.get("source_language")
    if not isinstance(source_language, str) or source_language not in languages or source_language == where.language:
        return None
    previous = declared_fields(base_text or "").get(FIELD)
    synced_in = commit_writing(f"{FIELD}: {previous}", path, before=base, cwd=cwd) if previous else None
    reason = head.get(UNCHANGED_FIELD)
    return Claim(
        path,
        (where.language,),
        f"{docs}/{language_file(where.page, source_language, languages=languages)}",
        synced_in,
        str(reason) if isinstance(reason, str) else "",
    )


def table_claims(path: str, *, base: str, cwd: Path) -> list[Claim]:
    head, previous = _table_versions(file_at("HEAD", path, cwd=cwd)), _table_versions(file_at(base, path, cwd=cwd))
    changed = sorted(language for language, version in head.items() if previous.get(language) != version)
    by_commit: dict[str | None, list[str]] = {}
    for language in changed:
        old = previous.get(language)
        commit = commit_writing(f"{language}: {old}", path, before=base, cwd=cwd) if old else None
        by_commit.setdefault(commit, []).append(language)
    return [Claim(path, tuple(languages), path, commit) for commit, languages in by_commit.items()]


def claims(*, base: str, languages: Languages, docs: str, cwd: Path) -> list[Claim]:
    """Every translation and decision table whose recorded source version changed since base."""
    changed = (git(["diff", "--name-only", f"{base}...HEAD", "--", docs], cwd=cwd) or "").split()
    found: list[Claim] = []
    for path in sorted(changed):
        if path.endswith(".table.yml"):
            found += table_claims(path, base=base, cwd=cwd)
        elif path.endswith(".md"):
            claim = page_claim(path, base=base, languages=languages, docs=docs, cwd=cwd)
            found += [claim] if claim else []
    return found


def _fenced(diff: str) -> str:
    lines = diff.rstrip("\n").splitlines()
    cut = len(lines) > MAX_DIFF_LINES
    shown = "\n".join(lines[:MAX_DIFF_LINES]) + (f"\n… {len(lines) - MAX_DIFF_LINES} more lines in the pull request" if cut else "")
    fence = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`{3,}", shown))])
    return f"{fence}diff\n{shown}\n{fence}"


def claim_section(claim: Claim, *, base: str, cwd: Path) -> str:
    which = ", ".join(claim.languages)
    heading = f"### `{claim.path}` ({which})"
    own = (git(["diff", "--numstat", f"{base}...HEAD", "--", claim.path], cwd=cwd) or "0\t0\t").split("\t")
    parts = [heading, ""]
    if claim.synced_in is None:
        parts.append(f"First recorded sync: it claims to say all of `{claim.source}`.")
    else:
        diff = git(["diff", "--no-color", claim.synced_in, "HEAD", "--", claim.source], cwd=cwd) or ""
        if claim.path == claim.source:
            parts.append(f"Synced since {claim.synced_in}: the table's changes since then, which the {which} texts now claim to cover:")
        else:
            parts.append(f"Last synced in {claim.synced_in}. The source's changes since then, which this translation now claims to say:")
        parts += ["", _fenced(diff) if diff.strip() else "(no change to the source's text)"]
    if claim.path != claim.source:
        parts += ["", f"The translation itself: +{own[0]} −{own[1]} lines in this pull request."]
    if claim.unchanged_reason:
        parts += ["", f"Marked unchanged: “{claim.unchanged_reason}”"]
    return "\n".join(parts)


def report(*, base: str, languages: Languages, docs: str, cwd: Path) -> str:
    """The Markdown report; empty when no translation was marked synced."""
    found = claims(base=base, languages=languages, docs=docs, cwd=cwd)
    if not found:
        return ""
    intro = (
        "## Translations marked synced\n\n"
        "Each translation below now records that it matches its source. Check that it says what "
        "the source's changes say: the hash in the diff cannot show it."
    )
    return "\n\n".join([intro, *(claim_section(claim, base=base, cwd=cwd) for claim in found)]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="What each translation marked synced since a base commit claims to cover.")
    parser.add_argument("--base", required=True, help="the pull request's base (origin/main)")
    parser.add_argument("--config-file", default="mkdocs.yml", help="the site configuration that lists the languages")
    arguments = parser.parse_args(argv)
    config = Path(arguments.config_file).resolve()
    root = Path((git(["rev-parse", "--show-toplevel"], cwd=config.parent) or str(config.parent)).strip())
    docs = (config.parent / "docs").relative_to(root).as_posix()
    sys.stdout.write(report(base=arguments.base, languages=languages_from_mkdocs_yml(config), docs=docs, cwd=root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
