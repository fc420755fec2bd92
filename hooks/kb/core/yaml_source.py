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
from yaml.nodes import MappingNode, Node, SequenceNode

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


class _LineLoader(yaml.SafeLoader):
    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        """Refuses an alias or an anchor before it is composed, let alone expanded."""
        event = self.peek_event()  # type: ignore[no-untyped-call]
        mark = event.start_mark if isinstance(event.start_mark, Mark) else None
        if isinstance(event, AliasEvent):
            raise _Anchor(None, None, f"the alias '*{event.anchor}' repeats other YAML", mark)
        if isinstance(event, ScalarEvent | CollectionStartEvent) and event.anchor is not None:
            raise _Anchor(None, None, f"the anchor '&{event.anchor}' marks YAML to repeat", mark)
        return super().compose_node(parent, index)

    def construct_line_mapping(self, node: MappingNode) -> LineDict:
        self.flatten_mapping(node)
        mapping = LineDict()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in mapping:
                raise _RepeatedKey(
                    "while reading a mapping",
                    node.start_mark,
                    f"the key {key!r} is repeated (first on line {mapping.key_lines[key]})",
                    key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=True)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping

    def construct_line_sequence(self, node: SequenceNode) -> LineList:
        sequence = LineList(self.construct_object(child, deep=True) for child in node.value)
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = [child.start_mark.line + 1 for child in node.value]
        return sequence


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_line_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_line_sequence)


def load_yaml(text: str, *, path: str) -> Any:
    """The data in text, with LineDict/LineList for mappings and sequences.

    Raises SourceError naming path and line for malformed YAML or a repeated key.
    """
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problem = f"{error.problem or error.context or 'malformed YAML'}"
        if isinstance(error, _RepeatedKey):
            fix = "keep one of the two entries; YAML would silently drop the first"
        elif isinstance(error, _Anchor):
            fix = "write the value out in full where it is used; anchors (&) and aliases (*) are not allowed in KB files"
        else:
            fix = "correct the YAML syntax at this line (indentation, a missing colon, or quotes around text with ':' or '#')"
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
