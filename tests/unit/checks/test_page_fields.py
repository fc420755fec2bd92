"""kb.checks.page_fields: every page's front matter, read with lines and checked field by field."""

from __future__ import annotations

import datetime

import pytest

from kb.checks.page_fields import page_meta
from support.paths import LANGUAGES

VALID = """---
title: Возврат
area: home-shopping
source_language: ru
owner: kb-home-shopping
last_reviewed: 2026-11-22
review_by: 2027-05-22
status: published
---

# Возврат {#returns}
"""


def check(text: str, path_in_docs: str = "home-shopping/returns.ru.md") -> tuple[object, list[str]]:
    meta, findings = page_meta(text, path=f"docs/{path_in_docs}", path_in_docs=path_in_docs, languages=LANGUAGES)
    return meta, [str(finding) for finding in findings]


def test_valid_front_matter() -> None:
    meta, findings = check(VALID)
    assert findings == []
    assert meta.status == "published" and meta.last_reviewed == datetime.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "title: Возврат\n",
            "title: Возврат: товар\n",
            "docs/home-shopping/returns.ru.md:2: invalid YAML: a ':' inside a text that is not in quotes",
        ),
        ("owner: kb-home-shopping\n", "", "docs/home-shopping/returns.ru.md:2: front matter has no 'owner'"),
        (
            "area: home-shopping",
            "area: returns",
            "docs/home-shopping/returns.ru.md:3: area 'returns' does not match the page's folder 'home-shopping'",
        ),
        ("source_language: ru", "source_language: de", ":4: source_language 'de' is not a site language"),
        ("owner: kb-home-shopping", "owner: Home Shopping Team", ":5: owner 'Home Shopping Team' is not a team name"),
        ("last_reviewed: 2026-11-22", "last_reviewed: 22.11.2026", ":6: last_reviewed '22.11.2026' is not a date"),
        ("review_by: 2027-05-22", "review_by: 2026-01-01", ":7: review_by 2026-01-01 is not after last_reviewed 2026-11-22"),
        ("status: published", "status: live", ":8: status 'live' is not draft or published"),
        ("title: Возврат", "title: 42", ":2: title must be text, not 42"),
        ("status: published\n", "status: published\nstatus: draft\n", ":9: invalid YAML: the key 'status' is repeated (first on line 8)"),
    ],
)
def test_each_fault_is_reported_at_its_line(old: str, new: str, expected: str) -> None:
    meta, findings = check(VALID.replace(old, new, 1))
    assert meta is None
    assert any(expected in finding for finding in findings), findings


def test_a_page_without_front_matter_is_reported() -> None:
    _, findings = check("# Возврат {#returns}\n")
    assert findings and findings[0].startswith("docs/home-shopping/returns.ru.md:1: the page has no front matter")


def test_an_unclosed_front_matter_block_is_reported() -> None:
    _, findings = check(VALID.replace("---\n\n#", "\n#"))
    assert findings and "no front matter" in findings[0]


def test_top_level_pages_are_in_the_general_area() -> None:
    _, findings = check(VALID.replace("area: home-shopping", "area: general"), path_in_docs="index.ru.md")
    assert findings == []


def test_how_customers_ask_is_a_list_of_plain_phrasings() -> None:
    listed = VALID.replace("status: published\n", "status: published\ncustomer_says:\n  - где мои деньги\n  - не пришел возврат\n")
    meta, findings = check(listed)
    assert findings == [] and meta.customer_says == ("где мои деньги", "не пришел возврат")
    for value, problem in [
        ("где мои деньги", "customer_says must be a list of phrasings"),
        ("[ok, '<img src=x>']", "holds markup"),
        ("[один, Один]", "lists a phrasing twice"),
        ("['']", "which is not a phrasing"),
    ]:
        _, findings = check(VALID.replace("status: published\n", f"status: published\ncustomer_says: {value}\n"))
        assert any(":9: " in finding and problem in finding for finding in findings), findings
