"""Reviewed fact exceptions: where a translation may state a fact its source does not, or
leave one out, and why. They live in the source page's front matter, beside the policy
they qualify, so that the policy's owners (CODEOWNERS routes the source file to its area
team) review each one; a translation cannot excuse its own difference.

    fact_exceptions:
      - {fact: "10", languages: [zh], reason: "the source says 'the tenth year' as a word"}

`languages` is optional: without it the exception holds for every translation.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from kb.core.findings import Finding, first_line_of, quoted
from kb.core.yaml_source import LineList

FIELD = "fact_exceptions"
# The front matter starts on the file's second line, after its opening '---'.
_FRONT_MATTER_OFFSET = 1
_EXAMPLE = '{fact: "15", languages: [en], reason: "why this translation differs"}'


@dataclass(frozen=True)
class FactException:
    fact: str
    languages: frozenset[str]  # empty: every translation
    reason: str
    line: int  # in the source file

    def holds_for(self, language: str) -> bool:
        return not self.languages or language in self.languages


@dataclass(frozen=True)
class SourceExceptions:
    """A source page's exceptions, and what is wrong with how they are written."""

    exceptions: tuple[FactException, ...]
    findings: tuple[Finding, ...]

    def facts_for(self, language: str) -> frozenset[str]:
        return frozenset(exception.fact for exception in self.exceptions if exception.holds_for(language))


def _entry(entry: object, *, line: int, path: str, languages: Collection[str]) -> FactException | Finding:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("fact"), str | int | float) or not str(entry.get("fact")).strip():
        return Finding(path, line, f"{FIELD} entry {quoted(entry)} names no fact", f"write each entry as {_EXAMPLE}")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        return Finding(path, line, f"{FIELD} entry for {entry['fact']!s} gives no reason", f"add the reviewed reason: {_EXAMPLE}")
    named = entry.get("languages") or []
    if isinstance(named, str):
        named = [named]
    unknown = [str(language) for language in named if str(language) not in languages] if isinstance(named, list) else [quoted(named)]
    if unknown:
        return Finding(
            path,
            line,
            f"{FIELD} entry for {entry['fact']!s} names {', '.join(unknown)}, which is not a language of the site",
            f"list site languages only ({', '.join(sorted(languages))}), or leave languages out for every translation",
        )
    return FactException(str(entry["fact"]).strip(), frozenset(str(language) for language in named), reason.strip(), line)


def source_exceptions(fields: Mapping[str, object], *, text: str, path: str, languages: Collection[str]) -> SourceExceptions:
    """The exceptions a source page declares, each checked."""
    entries = fields.get(FIELD)
    if entries is None:
        return SourceExceptions((), ())
    if not isinstance(entries, LineList):
        return SourceExceptions(
            (), (Finding(path, first_line_of(text, f"{FIELD}:"), f"{FIELD} is not a list", f"write one entry per line: - {_EXAMPLE}"),)
        )
    exceptions: list[FactException] = []
    findings: list[Finding] = []
    for entry, line in zip(entries, entries.item_lines, strict=True):
        checked = _entry(entry, line=line + _FRONT_MATTER_OFFSET, path=path, languages=languages)
        (findings if isinstance(checked, Finding) else exceptions).append(checked)  # type: ignore[arg-type]
    return SourceExceptions(tuple(exceptions), tuple(findings))


def misplaced_exceptions(fields: Mapping[str, object], *, text: str, path: str, source_path: str, language: str) -> list[Finding]:
    """A translation's own fact_exceptions: refused, so that no translation excuses itself."""
    if FIELD not in fields:
        return []
    return [
        Finding(
            path,
            first_line_of(text, f"{FIELD}:"),
            f"{FIELD} in a translation: a translation cannot excuse its own facts",
            f"move the entries to the source page {source_path}'s front matter, each with languages: [{language}], for its owners to review",
        )
    ]


def unused_exception(exception: FactException, *, path: str) -> Finding:
    return Finding(
        path,
        exception.line,
        f"{FIELD} entry for {exception.fact} excuses no difference: every translation it names states the same facts",
        "remove the entry, so that a future difference in this fact is reported",
    )
