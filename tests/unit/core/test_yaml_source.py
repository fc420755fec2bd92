"""kb.core.yaml_source: YAML with lines, and no silently dropped keys."""

import pytest

from kb.core.yaml_source import SourceError, load_yaml


def test_lines_of_keys_and_items() -> None:
    data = load_yaml("a: 1\nb:\n  - x\n  - {c: 2}\n", path="t.yml")
    assert data == {"a": 1, "b": ["x", {"c": 2}]}
    assert data.line_of("b") == 2
    assert data["b"].item_lines == [3, 4]


def test_a_repeated_key_is_an_error_not_a_silent_overwrite() -> None:
    with pytest.raises(SourceError) as raised:
        load_yaml("a: 1\nb: 2\na: 3\n", path="docs/t.yml")
    assert str(raised.value).startswith("docs/t.yml:3: invalid YAML: the key 'a' is repeated (first on line 1)")


def test_malformed_yaml_names_the_line() -> None:
    with pytest.raises(SourceError) as raised:
        load_yaml("a: [1, 2\nb: 3\n", path="t.yml")
    assert raised.value.finding.line == 2


BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n" for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_an_alias_bomb_is_refused_at_its_first_anchor_before_any_expansion() -> None:
    with pytest.raises(SourceError) as raised:
        load_yaml("title: x\n" + BILLION_LAUGHS, path="docs/t.table.yml")
    assert str(raised.value).startswith("docs/t.table.yml:2: invalid YAML: the anchor '&a'")
    assert "anchors (&) and aliases (*) are not allowed" in raised.value.finding.fix


def test_an_alias_without_its_anchor_is_refused_at_its_line() -> None:
    with pytest.raises(SourceError) as raised:
        load_yaml("a: 1\nb: *x\n", path="t.yml")
    assert raised.value.finding.line == 2


def test_ampersands_and_asterisks_in_text_are_text() -> None:
    assert load_yaml("a: 'R&D *now*'\nb: x & y\n", path="t.yml") == {"a": "R&D *now*", "b": "x & y"}


@pytest.mark.parametrize(
    ("text", "line", "plain"),
    [
        ("title: Возврат: товар\n", 1, "a ':' inside a text that is not in quotes"),
        ("a:\n  b: 1\n c: 2\n", 3, "indented differently"),
        ("a: 1\n\tb: 2\n", 2, "a tab character"),
        ("a: [1, 2\nb: 3\n", 2, "a list in [ ] is not closed"),
        ('a: "open\nb: 2\n', 3, "a quote is opened and never closed"),
        ("list:\n  - one\n - two\n", 3, "indented differently"),
    ],
)
def test_yaml_slips_are_told_in_plain_words(text: str, line: int, plain: str) -> None:
    with pytest.raises(SourceError) as raised:
        load_yaml(text, path="docs/t.md")
    finding = raised.value.finding
    assert finding.line == line and plain in finding.problem, finding
    assert "expected" not in finding.problem and "<block" not in finding.problem


def test_an_impossible_date_is_a_finding_at_its_line() -> None:
    with pytest.raises(SourceError) as raised:
        load_yaml("title: x\nreview_by: 2026-13-01\n", path="docs/p.md")
    assert str(raised.value).startswith("docs/p.md:2: invalid YAML: 2026-13-01 is not a real date")
    assert "YYYY-MM-DD" in raised.value.finding.fix
    assert str(load_yaml("d: 2026-02-28\n", path="t")["d"]) == "2026-02-28"


SAMPLES = (
    "title: Возврат\nreview_by: 2026-03-01\ntags: [a, b]\n",
    "rows:\n  - when: '**Срочно**: клиент * ждёт'\n    then: \"A & B\"\n  - {when: x, then: 3}\n",
    "text: |\n  Multi\n  line *not an alias*\nnumber: 0x1A\nflag: yes\n",
)


@pytest.mark.parametrize("text", SAMPLES)
def test_the_fast_parser_reads_what_the_checking_one_reads_with_the_same_lines(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from kb.core import yaml_source

    fast = load_yaml(text, path="a.yml")
    monkeypatch.setattr(yaml_source, "_may_repeat", lambda text: True)  # always PyYAML's own parser
    checked = load_yaml(text, path="a.yml")
    assert fast == checked
    assert (fast.line, fast.key_lines) == (checked.line, checked.key_lines)


def test_text_with_asterisks_and_ampersands_is_still_refused_for_its_anchors() -> None:
    with pytest.raises(SourceError) as raised:
        load_yaml("note: '**bold** & more'\nbase: &b {x: 1}\ncopy: *b\n", path="docs/t.table.yml")
    assert str(raised.value).startswith("docs/t.table.yml:2: invalid YAML: the anchor '&b'")


@pytest.mark.parametrize(
    ("text", "line"),
    [("a: 1\na: 2\n", 2), ("when: 2026-13-01\n", 1), ("a: [1, 2\nb: 3\n", 2), ("a: 'open\n", 2)],
)
def test_faults_the_fast_parser_meets_are_worded_by_the_checking_one(text: str, line: int) -> None:
    with pytest.raises(SourceError) as raised:
        load_yaml(text, path="a.yml")
    assert raised.value.finding.line == line
    assert raised.value.finding.fix
