"""Hostile editor input: each kind the build must refuse, seeded into the content fixture, is
reported once at its own file and line, the strict build fails cleanly (no traceback) and
finishes in time, and nothing of it is published.

All the faults are in default-language files or whole files of their own, so one build
meets them all: files as written are checked when docs/ is scanned, before any language is
built. A page a symbolic link points at must not reach the built site.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from kb.checks.nesting import MAX_NESTING
from kb.components.decision_tables.parse import MAX_SITUATIONS
from kb.core.findings import line_of
from kb.core.source_text import MAX_FILE_BYTES
from kb.pages import MAX_ASSET_BYTES
from support.mkdocs_run import build_strict, warnings_in
from support.paths import REPO_ROOT
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs

CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"
SECRET = "secret-outside-the-repository-7f3a"  # noqa: S105 - page text, not a password

LAUGHS = "laughs: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 10)}]\n" for previous, name in zip("abcdefg", "bcdefgh", strict=True)
)
BIG_TABLE = (
    "id: big\nsource_language: en\ncaption: {en: Big, ru: Большая}\ndomains:\n"
    + "".join(f"  d{c}:\n    values:\n" + "".join(f"      v{v}: {{en: V{v}, ru: З{v}}}\n" for v in range(10)) for c in range(7))
    + "columns:\n"
    + "".join(f"  - {{key: c{c}, kind: condition, domain: d{c}, label: {{en: C{c}, ru: У{c}}}}}\n" for c in range(7))
    + "  - {key: answer, kind: output, label: {en: Answer, ru: Ответ}}\nrows:\n"
    + "  - {id: one, c0: v0, c1: v0, c2: v0, c3: v0, c4: v0, c5: v0, c6: v0, answer: {en: 'Yes', ru: Да}}\n"
)
CELL_TABLE = """id: cell
source_language: en
caption: {en: Cell, ru: Ячейка}
columns:
  - {key: question, kind: condition, label: {en: Question, ru: Вопрос}}
  - {key: answer, kind: output, label: {en: Answer, ru: Ответ}}
rows:
  - id: one
    question: {en: One, ru: Один}
    answer:
      en: "See ![](missing.png) and <script>x()</script>"
      ru: "См. ![](missing.png)"
"""
GLOSSARY = '\ufeff*[ИМ]: Online store\n*[ФМ]: Branded \u202estore\u202c\n\n<iframe src="x"></iframe>\n\n## Stray heading\n'
DEEP_LIST = "\n".join("    " * level + f"- level {level}" for level in range(300))


@dataclass(frozen=True)
class Expected:
    name: str
    file: str  # under docs/
    problem: str
    marker: str | None = None  # text on the line the message names; None: line 1


EXPECTED = [
    Expected("table-alias-bomb", "shop/bomb.table.yml", "invalid YAML: the anchor '&a' marks YAML to repeat", "laughs:"),
    Expected("front-matter-alias-bomb", "shop/draft-article.md", "invalid YAML: the anchor '&a' marks YAML to repeat", "laughs:"),
    Expected("deep-list", "shop/phones.md", f"nest 300 levels deep, more than {MAX_NESTING}", f"- level {MAX_NESTING}\n"),
    Expected("deep-quotes", "index.md", "nest 400 levels deep", "> > > "),
    Expected("page-bytes", "shop/greeting.md", "byte 0xff is not UTF-8 text", "bad byte"),
    Expected("table-bytes", "shop/bytes.table.yml", "byte 0xfe is not UTF-8 text", "bad byte"),
    Expected("glossary-bytes", "snippets/glossary/shop.ru.md", "byte 0xc3 is not UTF-8 text", "bad byte"),
    Expected(
        "table-situations",
        "shop/big.table.yml",
        f"10,000,000 situations (10 × 10 × 10 × 10 × 10 × 10 × 10), more than {MAX_SITUATIONS:,}",
        "columns:",
    ),
    Expected("page-size", "shop/huge.md", f"over the limit of {MAX_FILE_BYTES:,}"),
    Expected("symlink-page", "shop/leak.md", "this is a symbolic link"),
    Expected("symlink-snippet", "snippets/leak.md", "this is a symbolic link"),
    Expected("bidi-page", "glossary.md", "U+202E RIGHT-TO-LEFT OVERRIDE", "00005"),
    Expected("bidi-glossary", "snippets/glossary/shop.en.md", "U+202E RIGHT-TO-LEFT OVERRIDE", "Branded"),
    Expected("bidi-table", "shop/bytes.table.yml", "U+2066 LEFT-TO-RIGHT ISOLATE", "isolated"),
    Expected("glossary-raw-html", "snippets/glossary/shop.en.md", "is not allowed in a page", "<iframe"),
    Expected("table-cell-image", "shop/cell.table.yml", "image missing.png does not exist", 'en: "See'),
    Expected("table-cell-raw-html", "shop/cell.table.yml", "<script> is not allowed in page content", 'en: "See'),
    Expected("glossary-heading", "snippets/glossary/shop.en.md", "heading 'Stray heading' has no explicit id", "## Stray"),
    Expected("snippet-bytes", "snippets/shared.md", "byte 0xff is not UTF-8 text", "bad byte"),
    Expected("include-missing", "shop/phones.md", "the snippet 'snippets/none.md' does not exist", '--8<-- "snippets/none.md"'),
    Expected("include-page", "index.md", "the include 'shop/greeting.md' is not a file of docs/snippets/", "--8<--"),
    Expected("include-nested", "snippets/nested.md", "a snippet includes another file", "--8<--"),
    Expected("asset-size", "shop/photo.png", f"over the limit of {MAX_ASSET_BYTES:,}"),
]


def _append(file: Path, text: str) -> None:
    file.write_text(file.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")


def seed(docs: Path, outside: Path) -> None:
    shop = docs / "shop"
    (shop / "bomb.table.yml").write_text("id: bomb\n" + LAUGHS, encoding="utf-8")
    draft = shop / "draft-article.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("---\n", "---\n" + LAUGHS, 1), encoding="utf-8")
    _append(shop / "phones.md", DEEP_LIST)
    _append(docs / "index.md", "> " * 400 + "deep")
    with (shop / "greeting.md").open("ab") as page:
        page.write(b"\nA bad byte \xff here.\n")
    (shop / "bytes.table.yml").write_bytes(b"id: bytes\ncaption: {en: A bad byte \xfe}\nnote: '\xe2\x81\xa6isolated\xe2\x81\xa9'\n")
    with (docs / "snippets" / "glossary" / "shop.ru.md").open("ab") as glossary:
        glossary.write(b"*[X]: a bad byte \xc3\x28\n")
    (shop / "big.table.yml").write_text(BIG_TABLE, encoding="utf-8")
    (shop / "huge.md").write_text("x" * (MAX_FILE_BYTES + 1), encoding="utf-8")
    (outside / "secret.md").write_text(f"# {SECRET}\n", encoding="utf-8")
    (shop / "leak.md").symlink_to(outside / "secret.md")
    (docs / "snippets" / "leak.md").symlink_to(outside / "secret.md")
    _append(docs / "glossary.md", "Call 0\u202e00005\u202c now.")
    (docs / "snippets" / "glossary" / "shop.en.md").write_text(GLOSSARY, encoding="utf-8")
    (shop / "cell.table.yml").write_text(CELL_TABLE, encoding="utf-8")
    _append(shop / "phones.md", "::: decision-table cell.table.yml")
    (docs / "snippets" / "shared.md").write_bytes(b"Shared text.\nA bad byte \xff here.\n")
    (docs / "snippets" / "nested.md").write_text('Nested.\n\n--8<-- "snippets/missing.md"\n', encoding="utf-8")
    _append(shop / "phones.md", '--8<-- "snippets/shared.md"\n\n--8<-- "snippets/nested.md"\n\n--8<-- "snippets/none.md"')
    _append(docs / "index.md", '--8<-- "shop/greeting.md"')
    (shop / "photo.png").write_bytes(b"\x89PNG" + b"\0" * MAX_ASSET_BYTES)


@dataclass(frozen=True)
class Outcome:
    returncode: int
    output: str
    docs: Path
    site: Path


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    root = tmp_path_factory.mktemp("hostile")
    outside = tmp_path_factory.mktemp("outside")
    copy_project_with_docs(root / "project", CONTENT_FIXTURE)
    seed(root / "project" / "docs", outside)
    result = build_strict(root / "project", root / "site", config_file=FIXTURE_CONFIG)  # times out after 300 s
    return Outcome(result.returncode, result.stdout + result.stderr, root / "project" / "docs", root / "site")


def test_the_build_fails_cleanly(outcome: Outcome) -> None:
    assert outcome.returncode != 0
    assert "Traceback" not in outcome.output, outcome.output[-3000:]
    assert "Aborted with" in outcome.output


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda expected: expected.name)
def test_each_hostile_input_is_reported_once_at_its_file_and_line(outcome: Outcome, expected: Expected) -> None:
    text = (outcome.docs / expected.file).read_bytes().decode("utf-8", errors="replace")
    line = line_of(text, expected.marker) if expected.marker else 1
    located = f"docs/{expected.file}:{line}: "
    matching = [warning for warning in warnings_in(outcome.output) if located in warning and expected.problem in warning]
    assert len(matching) == 1, (located, expected.problem, warnings_in(outcome.output))


def test_no_warning_line_is_huge(outcome: Outcome) -> None:
    assert max(len(line) for line in outcome.output.splitlines()) < 2000


def test_a_glossary_with_a_byte_order_mark_keeps_its_first_term(outcome: Outcome) -> None:
    greeting = (outcome.site / "shop" / "greeting" / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="Online store">ИМ</abbr>' in greeting


def test_nothing_a_symbolic_link_points_at_is_published(outcome: Outcome) -> None:
    leaked = [path for path in outcome.site.rglob("*") if path.is_file() and SECRET.encode() in path.read_bytes()]
    assert leaked == []
