"""Policy facts on the real site: moving them into registries lost none, and a value changed
in a registry shows on every page and table row of every language that uses it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

from support.built_facts import SNAPSHOT, built_facts
from support.fixture_sites import BuiltSite
from support.mkdocs_run import build_strict
from support.paths import LANGUAGES, copy_site_sources
from support.temp_site import replace_in

# Pages whose numbers are counts the build makes (how many translations are up to date), the
# Key facts pages, which are new, and What changed (old and new values, from git's history).
GENERATED = re.compile(r"(^|/)(translation-status|whats-changed|[a-z0-9-]+/key-facts)/index\.html$")
PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
# Changes since the snapshot, each reviewed: (page without its language, lost, new).
REVIEWED_CHANGES = {
    # "after one month" in a pro-forma row: now pro-forma.charge-wait, written in digits.
    "entekhab-1699/during-purchase/index.html": ((), ("1",)),
    # The «Мой мир» callback number ends its sentence: now read as the phone number it is.
    "home-shopping/reference/index.html": (("84993504327",), ("phone:4993504327",)),
}


def without_language(page: str) -> str:
    first, _, rest = page.partition("/")
    return rest if first in LANGUAGES else page


def test_the_site_shows_the_facts_it_showed_before_the_migration(built_site: BuiltSite) -> None:
    before = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = built_facts(built_site.site_dir)
    changed = {
        page: {"lost": sorted(set(facts) - set(now[page])), "new": sorted(set(now[page]) - set(facts))}
        for page, facts in before.items()
        if page in now and not GENERATED.search(page) and set(facts) != set(now[page])
    }
    for page in list(changed):
        lost, new = REVIEWED_CHANGES.get(without_language(page), (None, None))
        if changed[page] == {"lost": sorted(lost or ()), "new": sorted(new or ())}:
            del changed[page]
    assert changed == {}
    assert set(before) - set(now) == set(), "pages gone since the snapshot"


def fact_spans(site: Path, fact_id: str) -> dict[str, list[str]]:
    """page -> the texts of every place it shows the fact."""
    shown: dict[str, list[str]] = {}
    for page in site.rglob("index.html"):
        texts = [span.text_content() for span in lxml.html.parse(str(page)).getroot().xpath(f'//span[@data-kb-fact="{fact_id}"]')]
        if texts:
            shown[page.relative_to(site).as_posix()] = texts
    return shown


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KB with SWOPiFY's reply deadline changed from 24 to 48 working hours."""
    root = copy_site_sources(tmp_path_factory.mktemp("changed-fact"))
    replace_in(
        root / "docs" / "swopify" / "facts.yml", "value: {amount: 24, unit: working-hour}", "value: {amount: 48, unit: working-hour}"
    )
    result = build_strict(root, root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def test_a_changed_fact_shows_on_every_page_and_row_in_every_language(changed_site: Path) -> None:
    shown = fact_spans(changed_site, "reply-deadline")
    languages = {page.split("/", 1)[0] if page.split("/", 1)[0] in LANGUAGES else "en" for page in shown}
    assert languages == set(LANGUAGES)
    # The pages and the Key facts page, in each language (the table row: below).
    for language in LANGUAGES:
        prefix = "" if language == "en" else f"{language}/"
        for page in (
            "swopify/index.html",
            "swopify/customer-communication/index.html",
            "swopify/key-facts/index.html",
        ):
            assert f"{prefix}{page}" in shown, f"{prefix}{page}"
    texts = [text.translate(PERSIAN_DIGITS) for texts in shown.values() for text in texts]
    assert all("48" in text and "24" not in text for text in texts), texts


def test_a_changed_fact_marks_no_translation_out_of_date(changed_site: Path) -> None:
    for page in (
        "swopify/customer-communication/index.html",
        "ru/swopify/customer-communication/index.html",
        "zh/swopify/seller-absence/index.html",
    ):
        notices = lxml.html.parse(str(changed_site / page)).getroot().xpath('//*[contains(@class, "kb-translation-notice")]')
        assert notices == [], page


def test_a_changed_fact_shows_in_its_decision_table_row_in_every_language(changed_site: Path) -> None:
    for language in LANGUAGES:
        prefix = "" if language == "en" else f"{language}/"
        page = lxml.html.parse(str(changed_site / f"{prefix}swopify/customer-contact-takeover/index.html")).getroot()
        [row] = page.xpath('//tr[@data-kb-row="no-reply"]')
        # The condition's own words, before the row link and the customers' phrasings.
        situation = row.xpath("./th")[0].text_content().translate(PERSIAN_DIGITS).split("#")[0]
        assert "48" in situation and "24" not in situation and "{{" not in situation, situation
        # Where the table shows it as plain text too: the row link's name.
        names = " ".join(link.get("aria-label", "") for link in row.xpath(".//a[@aria-label]")).translate(PERSIAN_DIGITS)
        assert "48" in names and "{{" not in names, names


def test_every_phone_link_is_a_fact_and_dials_its_number(built_site: BuiltSite) -> None:
    links: dict[str, set[str]] = {}
    for page in built_site.site_dir.rglob("index.html"):
        for link in lxml.html.parse(str(page)).getroot().xpath('//a[starts-with(@href, "tel:")]'):
            assert link.get("data-kb-fact"), f"{page}: a phone link written by hand: {lxml.html.tostring(link, encoding='unicode')}"
            links.setdefault(link.get("data-kb-fact"), set()).add(link.get("href"))
    assert links["phones.russian-post"] == {"tel:+78002005888"}
    assert links["contact-centre.short-number"] == {"tel:1699"}
    assert all(len(targets) == 1 for targets in links.values()), links
