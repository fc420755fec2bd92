"""hooks/search_hook.py on a small temporary site: a Pagefind bundle with phone entries as results
of their own, and Material's lunr index left empty (nothing parsed or segmented for it)."""

import json
from pathlib import Path

from support.mkdocs_run import build_strict, warnings_in
from support.temp_site import write_site

DIRECTORY = """# Phones {#phones}

| Service | Phone |
|---|---|
| Post | [8 800 200 58 88](tel:+78002005888) |
"""


def test_site_gets_a_search_bundle_and_row_anchors(tmp_path: Path) -> None:
    write_site(
        tmp_path,
        pages={"index.md": "# Home\n\nRefunds under 500 000.\n", "phones.md": DIRECTORY},
        hooks=["components_hook.py", "search_hook.py"],
        extra_config={"plugins": ["search"]},
    )
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []
    site = tmp_path / "site"
    assert '<tr id="phone-78002005888">' in (site / "phones" / "index.html").read_text(encoding="utf-8")
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == {"en"}
    assert entry["languages"]["en"]["page_count"] == 3  # two pages and the phone entry
    assert json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"] == []
    assert "search index: 2 pages and 1 table rows and phone entries in en" in result.stderr


def test_lunr_build_for_the_benchmark_leaves_material_search_alone(tmp_path: Path) -> None:
    write_site(
        tmp_path,
        pages={"index.md": "# Home\n\nText.\n"},
        hooks=["components_hook.py", "search_hook.py"],
        extra_config={"plugins": ["search"]},
    )
    result = build_strict(tmp_path, tmp_path / "site", extra_env={"KB_SEARCH_ENGINE": "lunr"})
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "site" / "pagefind").exists()
    assert json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def _site_with_synonyms(root: Path, synonyms: str) -> None:
    write_site(
        root,
        pages={"index.md": "# Home\n\nRefunds under 500 000.\n", "phones.md": DIRECTORY},
        hooks=["components_hook.py", "search_hook.py"],
        extra_config={"plugins": ["search"]},
    )
    (root / "search" / "synonyms").mkdir(parents=True)
    (root / "search" / "synonyms" / "en.yml").write_text(synonyms, encoding="utf-8")


def test_the_worker_gets_the_index_words_and_the_synonyms(tmp_path: Path) -> None:
    _site_with_synonyms(tmp_path, "all:\n  expand:\n    money back: [refunds]\n")
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "site" / "pagefind" / "kb-search.en.json").read_text(encoding="utf-8"))
    assert {"refunds", "under", "phones"} <= set(data["vocabulary"])
    assert data["expansions"] == [{"area": "all", "term": "money back", "alternatives": ["refunds"]}]
    assert data["documents"] == 3 and data["ui"]["search_all_areas"] == "All areas"
    # Every result's card, by the id of the fragment Pagefind wrote for it.
    fragments = {path.name.removesuffix(".pf_fragment") for path in (tmp_path / "site" / "pagefind" / "fragment").glob("en_*")}
    assert set(data["cards"]) == fragments and len(fragments) == 3
    assert {card["url"] for card in data["cards"].values()} == {"/", "/phones/", "/phones/#phone-78002005888"}
    assert all(card["meta"]["title"] for card in data["cards"].values())


def test_a_fault_in_the_synonyms_fails_the_build_at_its_line(tmp_path: Path) -> None:
    _site_with_synonyms(tmp_path, "all:\n  same:\n    - [refund]\nnowhere:\n  expand: {a: [b]}\n")
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    warnings = warnings_in(result.stderr)
    assert any("search/synonyms/en.yml:3: a set of synonyms needs two terms or more" in warning for warning in warnings), warnings
    assert any("search/synonyms/en.yml:4: 'nowhere' is not an area" in warning for warning in warnings), warnings
