"""kb.checks.config_text and kb.core.plain_text: configured texts stay plain text."""

from __future__ import annotations

from kb.checks.config_text import config_text_findings, nav_titles
from kb.core.plain_text import markup_in


def test_markup_in_plain_text() -> None:
    assert markup_in("Returns & refunds, 5 < 7") == "<"
    assert markup_in("Tom &amp; Jerry") == "&amp;"
    assert markup_in("A &#60;b") == "&#60;"
    assert markup_in("Returns & refunds") is None
    assert markup_in("Возврат") is None


def test_nav_titles_are_read_at_every_level() -> None:
    assert sorted(nav_titles(["index.md", {"Shop": ["a.md", {"Phones": "p.md"}]}, {"Glossary": "g.md"}])) == ["Glossary", "Phones", "Shop"]


def test_a_configured_text_with_markup_is_found_at_its_line() -> None:
    config = "site_name: KB\nnav_translations:\n  Shop: <b onclick=x>Магазин</b>\n"
    [finding] = config_text_findings(
        [("site_name", "KB"), ("nav_translations of ru", "<b onclick=x>Магазин</b>")], config_path="mkdocs.yml", config_text=config
    )
    assert (finding.path, finding.line) == ("mkdocs.yml", 3)
    assert "nav_translations of ru" in finding.problem
