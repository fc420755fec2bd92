"""Each rule of the decision-table format, proven by one failing fixture file.

tests/fixtures/decision-tables/invalid/*.table.yml each start with
`# expect line N: text`: loading the file must report a finding at line N containing text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kb.components.decision_tables.load import load_checked_table
from kb.core.findings import Finding
from support.tables import LANGUAGES, VALID_TABLE

FIXTURES = VALID_TABLE.parents[1]
EXPECTATION = re.compile(r"# expect line (?P<line>\d+): (?P<text>.+)")


def load(path: Path) -> tuple[object, list[Finding]]:
    return load_checked_table(
        path.read_text(encoding="utf-8"),
        path=f"docs/area/{path.name}",
        path_in_docs=f"area/{path.name}",
        languages=LANGUAGES,
    )


def test_the_valid_table_loads_without_findings() -> None:
    table, findings = load(FIXTURES / "valid" / "parcel-status.table.yml")
    assert findings == []
    assert table is not None


@pytest.mark.parametrize(
    "fixture", sorted((FIXTURES / "invalid").glob("*.table.yml")), ids=lambda path: path.name.removesuffix(".table.yml")
)
def test_invalid_table_is_reported_at_its_line(fixture: Path) -> None:
    expectation = EXPECTATION.match(fixture.read_text(encoding="utf-8").splitlines()[0])
    assert expectation, f"{fixture.name} must start with '# expect line N: text'"
    _, findings = load(fixture)
    located = [(finding.line, str(finding)) for finding in findings]
    assert any(
        line == int(expectation["line"]) and expectation["text"] in message and message.startswith(f"docs/area/{fixture.name}:")
        for line, message in located
    ), located


def test_every_finding_says_how_to_fix_it() -> None:
    for fixture in (FIXTURES / "invalid").glob("*.table.yml"):
        for finding in load(fixture)[1]:
            assert finding.fix.strip(), str(finding)
