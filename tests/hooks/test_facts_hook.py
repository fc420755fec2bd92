"""The facts hook on a small temporary site: references rendered from the area's registry, the
Key facts list, and a reference to no fact refused at its line with the nearest id."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from support.mkdocs_run import build_strict, warnings_in
from support.temp_site import write_site

REGISTRY = """facts:
  - id: returns.window
    kind: duration
    value: {amount: 14, unit: day}
    label: {en: Return window}
  - id: hotline
    kind: phone
    value: "8 800 200 58 88"
    label: {en: Hotline}
"""
PAGE = """---
title: Returns
---

# Returns within {{fact:returns.window}} {#returns}

Customers may return goods within {{fact:returns.window}}; call {{fact:hotline}}.
The window is {{fact:returns.window:number}} days, in `{{fact:returns.window}}` code it stays.
"""


def build(tmp_path: Path, page: str = PAGE) -> tuple[str, Path]:
    write_site(
        tmp_path,
        pages={"shop/facts.yml": REGISTRY, "shop/index.md": page, "shop/key-facts.md": "# Key facts {#key-facts}\n\n::: key-facts shop\n"},
        hooks=["facts_hook.py"],
        extra_config={"markdown_extensions": ["attr_list", "toc"], "exclude_docs": "facts.yml\n"},
    )
    result = build_strict(tmp_path, tmp_path / "site")
    return result.stdout + result.stderr, tmp_path / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output, built = build(tmp_path_factory.mktemp("facts"))
    assert warnings_in(output) == [], output
    return built


def test_references_show_the_registry_value(site: Path) -> None:
    page = lxml.html.parse(str(site / "shop" / "index.html")).getroot()
    assert page.xpath("//h1")[0].text_content().startswith("Returns within 14 days")
    assert [span.text_content() for span in page.xpath("//*[@data-kb-fact]")] == ["14 days", "14 days", "8 800 200 58 88", "14"]
    assert page.xpath('//a[@data-kb-fact="hotline"]/@href') == ["tel:88002005888"]  # a phone is a link to call it
    assert page.xpath("//code")[0].text_content() == "{{fact:returns.window}}"


def test_the_key_facts_list_names_each_fact_its_value_and_its_pages(site: Path) -> None:
    rows = lxml.html.parse(str(site / "shop" / "key-facts" / "index.html")).getroot().xpath('//table[@class="kb-key-facts"]/tbody/tr')
    assert [[cell.text_content().strip() for cell in row] for row in rows] == [
        ["Return window", "14 days", "Returns"],
        ["Hotline", "8 800 200 58 88", "Returns"],
    ]


def test_a_reference_to_no_fact_fails_at_its_line_with_the_nearest_id(tmp_path: Path) -> None:
    output, _ = build(tmp_path, PAGE + "\nAnd {{fact:returns.windw}}.\n")
    assert any(
        "docs/shop/index.md:10: {{fact:returns.windw}} names no fact of docs/shop/facts.yml. Fix: did you mean returns.window?" in line
        for line in warnings_in(output)
    ), output


def test_a_value_written_by_hand_that_a_fact_holds_fails(tmp_path: Path) -> None:
    output, _ = build(tmp_path, PAGE + "\nOr within 14 days, as before.\n")
    assert any(
        "docs/shop/index.md:10: 14 is written by hand, and the area's fact 'returns.window' holds it" in line
        for line in warnings_in(output)
    ), output
