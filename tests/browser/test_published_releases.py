"""Policy releases as readers meet them: three releases published with the project's deploy
command into a scratch repository (1.0; 1.1 with a changed fact, a changed decision-table row,
two removed pages, one of them redirected, and a change fragment; 1.0.1, a late patch of 1.0),
each tagged as the Deploy workflow's trigger is, the published branch served as GitHub Pages
serves it, read in Chromium.

The banner on every release but `latest`, in the reader's language, and its link to the same
page and row in `latest` (or latest's home when the page is gone); the release kept in the
header while scrolling; `latest` staying at 1.1 after 1.0.1; re-publishing and odd tags
refused; not-found pages in each language; addresses without a release sent to `latest`; the
What changed page of each release in every language (the release it compares with, the fact
old → new, the changed row, the removed page and where its redirect leads).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kb.core.front_matter import declared_fields
from kb.facts.localised import render, writes_own_digits
from kb.facts.registry import Fact
from support.browser import wcag_violations
from support.paths import DOCS_DIR, LANGUAGES
from support.publish import checkout, commit_all, deploy, new_project, published_branch
from support.release_repo import git
from support.static_server import serve_folder
from support.temp_site import replace_in

ROW = "customer-contact-takeover--no-reply"
RELEASE_1_0_DATE = "2026-01-10"  # the day release 1.0's sources were committed
BANNER = "[data-md-component=outdated]"
WORDS = {  # the banner's words per language (languages/<code>.yml, outdated_release)
    "en": "earlier release",
    "ru": "прежний выпуск",
    "fa": "نسخهٔ پیشینِ",
    "lv": "agrāku laidienu",
    "zh": "旧版本",
}
# The row changed in 1.1: its answer's first sentence, in every language of the table.
ROW_EDITS = {
    "lv": ("Var pārņemt kontaktu ar klientu.", "Var nekavējoties pārņemt kontaktu ar klientu."),
    "en": ("May take over customer contact.", "May take over customer contact at once."),
    "ru": ("Может взять на себя контакт с клиентом.", "Может сразу взять на себя контакт с клиентом."),
    "fa": ("می‌تواند ارتباط با مشتری را به عهده بگیرد.", "می‌تواند بی‌درنگ ارتباط با مشتری را به عهده بگیرد."),
    "zh": ("可以接管与客户的联系。", "可以立即接管与客户的联系。"),
}
FRAGMENT = "type: changed\narea: swopify\ntext:\n" + "".join(
    f'  {language}: "Reply deadline doubled ({language})."\n' for language in ("en", "ru", "fa", "lv", "zh")
)
NOT_FOUND = {"en": "Page not found", "ru": "Страница не найдена", "fa": "صفحه پیدا نشد", "lv": "Lapa nav atrasta", "zh": "未找到页面"}


def prefix(language: str) -> str:
    return "" if language == "en" else f"{language}/"


@dataclass(frozen=True)
class Releases:
    project: Path
    branch: Path
    outputs: dict[str, str]


def remove_page(project: Path, page: str) -> None:
    """A page gone in a release: its files in every language and its navigation entry."""
    for language in LANGUAGES:
        (project / "docs" / f"{page}{'' if language == 'en' else '.' + language}.md").unlink()
    replace_in(project / "mkdocs.yml", f"      - {page}.md\n", "")


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> Releases:
    workdir = tmp_path_factory.mktemp("releases")
    project = new_project(workdir, date=RELEASE_1_0_DATE + "T10:00:00+00:00")
    outputs = {}

    def publish(tag: str, **options: bool) -> None:
        git(project, "tag", tag)  # the Deploy workflow runs on a pushed tag
        result = deploy(project, tag, **options)
        outputs[tag] = result.stdout + result.stderr
        assert result.returncode == 0, outputs[tag]

    publish("v1.0")
    replace_in(
        project / "docs" / "swopify" / "facts.yml", "value: {amount: 24, unit: working-hour}", "value: {amount: 48, unit: working-hour}"
    )
    remove_page(project, "baofeng-tv/key-facts")
    replace_in(
        project / "mkdocs.yml", "      redirect_maps:\n", "      redirect_maps:\n        baofeng-tv/key-facts.md: baofeng-tv/index.md\n"
    )
    remove_page(project, "entekhab-1699/key-facts")  # gone without a redirect
    for old, new in ROW_EDITS.values():  # the first occurrence of each is in the no-reply row
        replace_in(project / "docs" / "swopify" / "customer-contact-takeover.table.yml", old, new)
    (project / "changes" / "longer-reply-deadline.yml").write_text(FRAGMENT, encoding="utf-8")
    commit_all(project, "Release 1.1: a longer reply deadline and answer; Key facts pages of Baofeng TV (redirected) and Entekhab gone")
    publish("v1.1")
    checkout(project, "HEAD~1")
    publish("v1.0.1")
    return Releases(project, published_branch(project, workdir / "gh-pages"), outputs)


@pytest.fixture(scope="module")
def site(releases: Releases) -> Iterator[str]:
    with serve_folder(releases.branch, like_github_pages=True) as url:
        yield url


def test_latest_stays_with_the_newest_release(releases: Releases) -> None:
    versions = {entry["version"]: entry["aliases"] for entry in json.loads((releases.branch / "versions.json").read_text())}
    assert versions == {"1.1": ["latest"], "1.0.1": [], "1.0": []}
    assert "latest stays at 1.1" in releases.outputs["v1.0.1"]
    assert (releases.branch / "404.html").is_file()


@pytest.mark.parametrize(
    ("tag", "options", "refusal"),
    [
        ("v1.1", {}, "release 1.1 is already published"),
        ("vtest", {}, "does not publish"),
        ("v1.2-rc", {}, "does not publish"),
        ("v01.2", {}, "does not publish"),
        ("v1.1.0", {}, "is release 1.1"),
    ],
)
def test_what_must_not_publish_is_refused_and_nothing_changes(releases: Releases, tag: str, options: dict[str, bool], refusal: str) -> None:
    before = (releases.branch / "versions.json").read_text()
    result = deploy(releases.project, tag, **options)
    assert result.returncode == 2 and refusal in result.stderr, result.stderr
    after = published_branch(releases.project, releases.project.parent / f"after-{tag}")
    assert (after / "versions.json").read_text() == before
    shutil.rmtree(after)


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_earlier_release_says_so_in_the_readers_language(page: Page, site: str, language: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for release in ("1.0", "1.0.1"):
        open_page(page, f"{site}{release}/{prefix(language)}swopify/customer-contact-takeover/")
        banner = page.locator(BANNER)
        expect(banner).to_be_visible()
        expect(banner).to_contain_text(WORDS[language])
        assert page.locator("html").get_attribute("lang") == language
    assert wcag_violations(page) == []
    open_page(page, f"{site}1.1/{prefix(language)}swopify/customer-contact-takeover/")
    page.wait_for_timeout(300)  # the version list arrives after the page
    expect(page.locator(BANNER)).to_be_hidden()
    assert errors == []  # the banner's scripts, Material's included, run without an error


def test_the_banner_leads_to_the_same_row_in_latest(page: Page, site: str) -> None:
    open_page(page, f"{site}1.0/ru/swopify/customer-contact-takeover/#{ROW}")
    page.locator(f"{BANNER} a.kb-latest-link").click()
    page.wait_for_url(f"{site}latest/ru/swopify/customer-contact-takeover/#{ROW}")
    expect(page.locator(f"#{ROW}")).to_be_visible()


def test_the_banner_leads_home_when_latest_has_no_such_page(page: Page, site: str) -> None:
    open_page(page, f"{site}1.0/zh/entekhab-1699/key-facts/")
    page.locator(f"{BANNER} a.kb-latest-link").click()
    page.wait_for_url(f"{site}latest/zh/")


def test_the_release_stays_in_the_header_while_scrolling(page: Page, site: str) -> None:
    open_page(page, f"{site}1.0/fa/swopify/customer-contact-takeover/")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(500)
    version = page.locator(".md-header .md-version")
    expect(version).to_be_visible()
    assert page.evaluate("element => getComputedStyle(element.closest('.md-header__topic')).opacity", version.element_handle()) == "1"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_page_is_not_found_in_the_addresss_language(page: Page, site: str, language: str) -> None:
    for release in ("1.1", "latest", "1.0"):
        open_page(page, f"{site}{release}/{prefix(language)}no-such-page/")
        expect(page.locator("article h1")).to_have_text(NOT_FOUND[language])
        home = page.locator("article a", has_text=page.locator("article a").first.inner_text())
        # latest is 1.1 under another name: its pages' absolute links name 1.1.
        expect(home).to_have_attribute("href", f"/{'1.1' if release == 'latest' else release}/{prefix(language)}")
        expect(page.locator(".md-search__input")).to_be_attached()
    assert wcag_violations(page) == []


def test_an_address_without_a_release_opens_the_page_in_latest(page: Page, site: str) -> None:
    open_page(page, f"{site}ru/swopify/customer-contact-takeover/#{ROW}")
    page.wait_for_url(f"{site}latest/ru/swopify/customer-contact-takeover/#{ROW}")
    expect(page.locator("article h1")).to_be_visible()


def test_without_javascript_the_branchs_not_found_page_links_every_languages_home(browser: Browser, site: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}ru/no-such-page/")
    for language in LANGUAGES:
        section = page.locator(f"section[lang={language}]")
        expect(section.locator("h1")).to_have_text(NOT_FOUND[language])
        expect(section.locator("a")).to_have_attribute("href", f"/latest/{prefix(language)}")
    context.close()


def reply_deadline(amount: int, language: str) -> str:
    fact = Fact("reply-deadline", "duration", {"amount": Decimal(amount), "unit": "working-hour"}, 1)
    return render(fact, language=language, digits="native" if writes_own_digits(language) else "latn")


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_changed_in_1_1_in_every_language(page: Page, site: str, language: str) -> None:
    open_page(page, f"{site}1.1/{prefix(language)}whats-changed/")
    expect(page.locator(".kb-changes-release")).to_contain_text("1.1")
    expect(page.locator(".kb-changes-release")).to_contain_text("1.0")
    fact = page.locator("#fact-change-reply-deadline")
    expect(fact).to_contain_text(f"{reply_deadline(24, language)} → {reply_deadline(48, language)}")
    row = page.locator(f"#row-{ROW} a")
    expect(row).to_have_attribute("href", f"../swopify/customer-contact-takeover/#{ROW}")
    expect(page.locator(".kb-change-summary")).to_contain_text(f"Reply deadline doubled ({language}).")
    # A removed page under the title it had in the reader's language.
    gone = DOCS_DIR / f"entekhab-1699/key-facts{'' if language == 'en' else '.' + language}.md"
    expect(page.locator("#page-entekhab-1699-key-facts")).to_contain_text(str(declared_fields(gone.read_text(encoding="utf-8"))["title"]))
    assert wcag_violations(page) == []
    page.locator("#page-baofeng-tv-key-facts a.kb-change-redirect").click()
    page.wait_for_url(f"{site}1.1/{prefix(language)}baofeng-tv/")
    # The old address itself forwards there too.
    open_page(page, f"{site}1.1/{prefix(language)}baofeng-tv/key-facts/")
    page.wait_for_url(f"{site}1.1/{prefix(language)}baofeng-tv/")


def test_the_row_link_opens_the_changed_row(page: Page, site: str) -> None:
    open_page(page, f"{site}1.1/fa/whats-changed/")
    page.locator(f"#row-{ROW} a").click()
    page.wait_for_url(f"{site}1.1/fa/swopify/customer-contact-takeover/#{ROW}")
    expect(page.locator(f"#{ROW}")).to_contain_text(ROW_EDITS["fa"][1])


def test_a_late_patch_compares_with_the_release_it_patches(page: Page, site: str) -> None:
    open_page(page, f"{site}1.0.1/whats-changed/")
    expect(page.locator(".kb-changes-release")).to_have_text("This is release 1.0.1, compared with the release before it, 1.0.")
    expect(page.locator(".kb-changes-nothing")).to_have_text("Nothing changed since release 1.0.")
    open_page(page, f"{site}1.0/ru/whats-changed/")
    expect(page.locator(".kb-changes-release")).to_have_text("Выпуск 1.0 — первый: более раннего выпуска для сравнения нет.")


def test_a_page_shows_when_its_text_last_changed_in_git_as_its_release_has_it(page: Page, site: str) -> None:
    # mike builds each release from its commit: 1.0.1 (built from 1.0's commit) shows that
    # commit's day, not the day it was published.
    for release in ("1.0", "1.0.1"):
        open_page(page, f"{site}{release}/ru/swopify/customer-contact-takeover/")
        changed = page.locator(".kb-page-meta div", has_text="Текст изменён").locator("time")
        expect(changed).to_have_attribute("datetime", RELEASE_1_0_DATE)
        expect(changed).to_have_text("10 января 2026\u202fг.")


def test_search_stays_inside_the_release_being_read(page: Page, site: str) -> None:
    for release in ("1.0", "1.1"):
        open_page(page, f"{site}{release}/lv/")
        page.keyboard.press("/")
        box = page.locator("[data-md-component=search-query]")
        box.fill("prombūtne")
        box.press("End")
        expect(page.locator(".md-search-result__item").first).to_be_visible()
        links = page.locator(".md-search-result__item a").evaluate_all("links => links.map(link => link.href)")
        assert links and all(link.startswith(f"{site}{release}/lv/") for link in links), links


def test_a_release_published_elsewhere_meanwhile_is_kept(tmp_path: Path) -> None:
    # Two checkouts publish to one remote: the second's gh-pages is stale when it publishes,
    # and must publish on top of what the first pushed, not over it.
    (tmp_path / "first").mkdir()
    first = new_project(tmp_path / "first")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(remote)], check=True)
    subprocess.run(["git", "remote", "add", "origin", str(remote)], cwd=first, check=True)
    subprocess.run(["git", "push", "--quiet", "origin", "main"], cwd=first, check=True)
    second = tmp_path / "second"
    subprocess.run(["git", "clone", "--quiet", "--branch", "main", str(remote), str(second)], check=True)
    assert deploy(first, "v1.0", push=True).returncode == 0
    published = deploy(second, "v1.1", push=True)
    assert published.returncode == 0, published.stderr
    versions = subprocess.run(["git", "show", "gh-pages:versions.json"], cwd=remote, capture_output=True, text=True, check=True)
    assert {entry["version"]: entry["aliases"] for entry in json.loads(versions.stdout)} == {"1.1": ["latest"], "1.0": []}
