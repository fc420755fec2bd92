"""Load YAML written by editors, keeping the line of every key and item for error messages.

Plain `yaml.safe_load` forgets where things were and lets a repeated key silently
replace the first one; editors need "file:line" in every error, and nothing they
wrote may be dropped, so a repeated key is an error here. Anchors and aliases (`&a`,
`*a`) are refused before anything is built from them: nested aliases expand
exponentially (a "billion laughs" file takes minutes and gigabytes), and KB files never
need them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.error import Mark
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kb.core.findings import Finding
from kb.core.source_text import read_source


class LineDict(dict[Any, Any]):
    """A YAML mapping that knows its own line and the line of each key (1-based)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = 1
        self.key_lines: dict[Any, int] = {}

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A YAML sequence that knows its own line and the line of each item (1-based)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = 1
        self.item_lines: list[int] = []


class SourceError(Exception):
    """The file cannot be read as data at all; carries the finding to report."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(str(finding))
        self.finding = finding


class _RepeatedKey(yaml.MarkedYAMLError):
    pass


class _Anchor(yaml.MarkedYAMLError):
    pass


class _ImpossibleDate(yaml.MarkedYAMLError):
    pass


# PyYAML's words for the usual slips, and what an editor who never wrote YAML should read:
# (the start of PyYAML's problem, the problem in plain words, the fix).
PLAIN_PROBLEMS: tuple[tuple[str, str, str], ...] = (
    (
        "found character '\\t'",
        "a tab character: YAML indents with spaces only",
        "replace the tab at the start of this line with spaces, as many as the lines above use",
    ),
    (
        "mapping values are not allowed here",
        "a ':' inside a text that is not in quotes",
        'put the whole text in double quotes, e.g. title: "Returns: how to refuse"',
    ),
    (
        "expected <block end>",
        "this line is indented differently from the lines around it",
        "line it up with the other entries at its level, using spaces",
    ),
    (
        "did not find expected key",
        "this line is indented differently from the lines around it",
        "line it up with the other entries at its level, using spaces",
    ),
    (
        "did not find expected '-' indicator",
        "a list item is indented differently from the items before it",
        "start each item of the list with '- ' at the same indentation",
    ),
    (
        "could not find expected ':'",
        "a line that should be `key: value` has no ':' (or a quote opened above is not closed)",
        "add the ':' after the key, or close the quotes on the line above",
    ),
    (
        "found unexpected end of stream",
        "a quote is opened and never closed",
        "close the quotes (\" or ') at the end of the text",
    ),
    (
        "expected ',' or ']'",
        "a list in [ ] is not closed, or two items have no comma between them",
        "close the list with ] and separate its items with commas",
    ),
    (
        "expected ',' or '}'",
        "a mapping in { } is not closed, or two entries have no comma between them",
        "close it with } and separate its entries with commas",
    ),
    (
        "found undefined tag handle",
        "a value starts with '!', which YAML reads as a type tag",
        "put the value in double quotes",
    ),
)
SYNTAX_FIX = "correct the YAML syntax at this line (indentation, a missing colon, or quotes around text with ':' or '#')"


def plain_problem(problem: str) -> tuple[str, str]:
    """PyYAML's description of a syntax error, in plain words, with a fix."""
    for start, plain, fix in PLAIN_PROBLEMS:
        if problem.startswith(start):
            return plain, fix
    return problem, SYNTAX_FIX


SafeLoaders = yaml.SafeLoader | yaml.CSafeLoader


def _line_mapping(loader: SafeLoaders, node: MappingNode) -> LineDict:
    """A mapping that knows its line and its keys' lines; a repeated key is an error at its line."""
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise _RepeatedKey(
                "while reading a mapping",
                node.start_mark,
                f"the key {key!r} is repeated (first on line {mapping.key_lines[key]})",
                key_node.start_mark,
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _checked_date(loader: SafeLoaders, node: ScalarNode) -> Any:
    """A date or time as YAML reads it; an impossible one (2026-13-01) is an error at its line."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError as error:
        raise _ImpossibleDate(None, None, f"{node.value} is not a real date ({error})", node.start_mark) from error


def _line_sequence(loader: SafeLoaders, node: SequenceNode) -> LineList:
    """A sequence that knows its line and its items' lines."""
    sequence = LineList(loader.construct_object(child, deep=True) for child in node.value)
    sequence.line = node.start_mark.line + 1
    sequence.item_lines = [child.start_mark.line + 1 for child in node.value]
    return sequence


class _LineLoader(yaml.SafeLoader):
    """PyYAML's own parser: refuses anchors and aliases before composing, and words every
    syntax error as PLAIN_PROBLEMS expects."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        """Refuses an alias or an anchor before it is composed, let alone expanded."""
        event = self.peek_event()  # type: ignore[no-untyped-call]
        mark = event.start_mark if isinstance(event.start_mark, Mark) else None
        if isinstance(event, AliasEvent):
            raise _Anchor(None, None, f"the alias '*{event.anchor}' repeats other YAML", mark)
        if isinstance(event, ScalarEvent | CollectionStartEvent) and event.anchor is not None:
            raise _Anchor(None, None, f"the anchor '&{event.anchor}' marks YAML to repeat", mark)
        return super().compose_node(parent, index)


class _FastLineLoader(yaml.CSafeLoader):
    """libyaml's parser, about ten times faster, for text without anchors or aliases: whatever
    it refuses is read again by _LineLoader for the finding."""


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _line_mapping)
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _line_sequence)
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _checked_date)


def _may_repeat(text: str) -> bool:
    """Whether text holds a YAML anchor or alias (or cannot be read), which only _LineLoader
    refuses before composing."""
    if "&" not in text and "*" not in text:
        return False
    try:
        events = yaml.parse(text, Loader=yaml.CSafeLoader)
        return any(isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None for event in events)
    except yaml.YAMLError:
        return True


def load_yaml(text: str, *, path: str) -> Any:
    """The data in text, with LineDict/LineList for mappings and sequences.

    Raises SourceError naming path and line for malformed YAML or a repeated key.
    """
    if not _may_repeat(text):
        try:
            return yaml.load(text, Loader=_FastLineLoader)  # noqa: S506 - safe constructors only
        except yaml.YAMLError:
            pass  # read again below, for PyYAML's wording of the problem and its line
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - safe constructors only
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problem = f"{error.problem or error.context or 'malformed YAML'}"
        if isinstance(error, _RepeatedKey):
            fix = "keep one of the two entries; YAML would silently drop the first"
        elif isinstance(error, _Anchor):
            fix = "write the value out in full where it is used; anchors (&) and aliases (*) are not allowed in KB files"
        elif isinstance(error, _ImpossibleDate):
            fix = "write a real date as YYYY-MM-DD: month 01-12, a day the month has"
        else:
            problem, fix = plain_problem(problem)
        raise SourceError(Finding(path, line, f"invalid YAML: {problem}", fix)) from error
    except yaml.YAMLError as error:
        raise SourceError(Finding(path, 1, f"invalid YAML: {error}", "correct the YAML syntax")) from error


def read_mapping(path: Path, *, display: str, findings: list[Finding], shape: tuple[str, str]) -> LineDict:
    """An editor's YAML file of `key: value` entries, read through kb.core.source_text; empty,
    with a finding, when it cannot be read as one. shape: the problem and the fix to report
    when the file holds something else (an empty file is an empty mapping)."""
    source = read_source(path, path=display)
    findings.extend(source.findings)
    try:
        data = load_yaml(source.text, path=display)
    except SourceError as error:
        findings.append(error.finding)
        return LineDict()
    if data is None:
        return LineDict()
    if not isinstance(data, LineDict):
        findings.append(Finding(display, 1, *shape))
        return LineDict()
    return data
