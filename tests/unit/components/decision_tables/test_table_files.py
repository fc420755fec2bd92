"""Each rule of the decision-table format, proven by one failing fixture file.

tests/fixtures/decision-tables/invalid/*.table.yml each start with
`# expect line N: text`: loading the file must report a finding at line N containing text.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from kb.components.decision_tables.load import load_checked_table
from kb.components.decision_tables.parse import MAX_ROWS, MAX_SITUATIONS
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


def _many(*, conditions: int, values: int, rows: int) -> str:
    """A table of `conditions` domain columns of `values` values each, and `rows` rows."""
    domains = "".join(
        f"  d{c}:\n    values:\n" + "".join(f"      v{v}: {{ru: В{v}, en: V{v}}}\n" for v in range(values)) for c in range(conditions)
    )
    columns = "".join(f"  - {{key: c{c}, kind: condition, domain: d{c}, label: {{ru: У{c}, en: C{c}}}}}\n" for c in range(conditions))
    row_lines = "".join(
        f"  - id: r{r}\n" + "".join(f"    c{c}: v{r % values}\n" for c in range(conditions)) + "    answer: {ru: Да, en: 'Yes'}\n"
        for r in range(rows)
    )
    return (
        "id: big\nsource_language: ru\ncaption: {ru: Большая, en: Big}\ndomains:\n"
        + domains
        + "columns:\n"
        + columns
        + "  - {key: answer, kind: output, label: {ru: Ответ, en: Answer}}\nrows:\n"
        + row_lines
    )


def _load_text(text: str) -> tuple[object, list[Finding]]:
    return load_checked_table(text, path="docs/area/big.table.yml", path_in_docs="area/big.table.yml", languages=LANGUAGES)


def test_domains_multiplying_past_the_limit_are_refused_before_any_situation_is_listed() -> None:
    started = time.perf_counter()
    table, findings = _load_text(_many(conditions=7, values=10, rows=3))
    assert time.perf_counter() - started < 5
    assert table is None
    assert [(finding.line, finding.problem) for finding in findings] == [
        (
            _many(conditions=7, values=10, rows=3).splitlines().index("columns:") + 1,
            f"the condition domains make 10,000,000 situations (10 × 10 × 10 × 10 × 10 × 10 × 10), more than {MAX_SITUATIONS:,}",
        )
    ]


def test_a_table_of_too_many_rows_is_refused_at_its_rows() -> None:
    text = _many(conditions=1, values=2, rows=MAX_ROWS + 1)
    table, findings = _load_text(text)
    assert table is None
    assert [(finding.line, finding.problem) for finding in findings] == [
        (text.splitlines().index("rows:") + 1, f"the table has {MAX_ROWS + 1} rows, more than {MAX_ROWS}")
    ]
