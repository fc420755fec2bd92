"""kb.search.search_words: organisations' names and synonyms as editors write them, checked at
file:line, with the glossaries' abbreviations added."""

from __future__ import annotations

from pathlib import Path

from kb.search.search_words import Expansion, glossary_expansions, read_search_words, search_form

AREAS = {"home-shopping", "swopify"}


def write(root: Path, organisations: str, synonyms: str) -> Path:
    (root / "search" / "synonyms").mkdir(parents=True)
    (root / "search" / "organisations.yml").write_text(organisations, encoding="utf-8")
    (root / "search" / "synonyms" / "ru.yml").write_text(synonyms, encoding="utf-8")
    return root


def test_terms_are_compared_folded_and_loose() -> None:
    assert search_form("  Ёлка  ПВЗ ") == "елка пвз"
    assert search_form("كارت") == "کارت"
    assert search_form("快 递 小 哥") == search_form("快递小哥") == "快递小哥"  # the query has each character apart


def test_sets_and_expansions_become_alternatives(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        "swopify: [SWOPiFY, свопифай]\n",
        "all:\n  same:\n    - [юрлицо, компания]\n  expand:\n    паль: [подделка]\nhome-shopping:\n  expand:\n    ОПП: [отдел претензий]\n",
    )
    words = read_search_words(root, languages=["ru"], areas=AREAS, glossaries={})
    assert words.findings == []
    assert words.organisations == {"swopify": ("swopify", "свопифаи")}  # loose: й reads as и
    assert words.expansions["ru"] == [
        Expansion("all", "юрлицо", ("компания",)),
        Expansion("all", "компания", ("юрлицо",)),
        Expansion("all", "паль", ("подделка",)),
        Expansion("home-shopping", "опп", ("отдел претензии",)),
    ]


def test_faults_are_reported_at_their_line(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        "swopify: [swopify]\nnowhere: [x]\nhome-shopping: [SWOPiFY]\n",
        "all:\n  same:\n    - [юрлицо, компания]\n    - [компания, юрлицо]\n    - [один]\n    - [a, '']\nshop:\n  expand: {x: [y]}\n",
    )
    words = read_search_words(root, languages=["ru"], areas=AREAS, glossaries={})
    found = {(finding.path, finding.line, finding.problem) for finding in words.findings}
    assert found == {
        ("search/organisations.yml", 2, "'nowhere' is not an area"),
        ("search/organisations.yml", 3, "'swopify' names both swopify and home-shopping"),
        ("search/synonyms/ru.yml", 4, "this set repeats the set on line 3"),
        ("search/synonyms/ru.yml", 5, "a set of synonyms needs two terms or more"),
        ("search/synonyms/ru.yml", 6, "a set of synonyms holds an empty term ''"),
        ("search/synonyms/ru.yml", 6, "a set of synonyms needs two terms or more"),
        ("search/synonyms/ru.yml", 7, "'shop' is not an area"),
    }


def test_glossary_abbreviations_expand_to_the_first_words_of_their_definition() -> None:
    entries = [("ОПП", "Отдел претензионной поддержки (обрабатывает заявки)"), ("ФФ", "ФФ")]
    assert glossary_expansions("home-shopping", entries) == [Expansion("home-shopping", "опп", ("отдел претензионнои поддержки",))]
