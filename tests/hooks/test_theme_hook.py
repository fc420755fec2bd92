"""hooks/theme_hook.py: page details and interface text in the page's language (on the content
fixture), and a language switcher whose links stay in the release (on a small two-language site)."""

import datetime
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import material
import pytest
from babel.dates import format_date

from kb.core.html_tree import NAVIGATION_LIST_END, NAVIGATION_LIST_START
from support.fixture_sites import FixtureSite
from support.html_query import parse_file
from support.mkdocs_run import build_strict, warnings_in
from support.paths import REPO_ROOT
from support.temp_site import FIXTURE_CONFIG, TWO_LANGUAGES, copy_project_with_docs, write_site


class _SwitcherLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and "md-select__link" in (values.get("class") or ""):
            self.links[values["hreflang"] or ""] = values["href"] or ""


def switcher_links(html_file: Path) -> dict[str, str]:
    parser = _SwitcherLinks()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser.links


def page_meta_text(page: Path) -> str:
    [meta] = [element for element in parse_file(page) if element.has_class("kb-page-meta")]
    return meta.text


def test_page_metadata_is_shown_in_the_page_language(content_site: FixtureSite) -> None:
    site = content_site.site_dir
    assert page_meta_text(site / "ru" / "shop" / "greeting" / "index.html") == (
        "Статус Опубликовано Язык оригинала русский Владелец kb-shop Текст изменён {changed} Последняя проверка 22 ноября 2026 г. "
        "Проверить до 22 мая 2027 г."
    ).format(changed=format_date(datetime.date.today(), format="long", locale="ru").replace("\u202f", " "))  # outside git: the build's date
    assert "Original language Russian" in page_meta_text(site / "shop" / "greeting" / "index.html")


def test_draft_pages_carry_the_draft_notice(content_site: FixtureSite) -> None:
    site = content_site.site_dir
    draft = [element for element in parse_file(site / "ru" / "shop" / "draft-article" / "index.html") if element.has_class("kb-draft")]
    published = [element for element in parse_file(site / "ru" / "shop" / "greeting" / "index.html") if element.has_class("kb-draft")]
    assert draft and "Черновик" in draft[0].text and published == []


def test_navigation_marks_draft_pages_only(content_site: FixtureSite) -> None:
    statuses = [
        element
        for element in parse_file(content_site.site_dir / "ru" / "shop" / "greeting" / "index.html")
        if element.has_class("md-status")
    ]
    assert [(status.attrs["class"], status.attrs.get("title")) for status in statuses] == [("md-status md-status--draft", "Черновик")]


def test_the_browser_gets_the_folding_table_and_search_words(content_site: FixtureSite) -> None:
    script = (content_site.site_dir / "assets" / "javascripts" / "language-data.js").read_text(encoding="utf-8")
    data = json.loads(script.split("self.kbLanguageData = ", 1)[1])
    assert data["folding"]["letters"]["ك"] == "ک"
    assert "un" in data["search"]["lv"]["stop_words"] and data["search"]["lv"]["stem_min_length"] == 4


def build(tmp_path: Path, hooks: list[str]) -> Path:
    write_site(
        tmp_path,
        pages={"index.md": "# Home\n", "index.ru.md": "# Главная\n", "page.md": "# Page\n", "page.ru.md": "# Страница\n"},
        hooks=hooks,
        extra_config={"plugins": ["search", TWO_LANGUAGES]},
    )
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    return tmp_path / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("switcher"), ["theme_hook.py"])


def test_home_page_links_are_relative(site: Path) -> None:
    assert switcher_links(site / "index.html") == {"en": ".", "ru": "ru/"}
    assert switcher_links(site / "ru" / "index.html") == {"en": "..", "ru": "./"}


def test_content_page_links_point_at_the_same_page(site: Path) -> None:
    assert switcher_links(site / "page" / "index.html") == {"en": "./", "ru": "../ru/page/"}
    assert switcher_links(site / "ru" / "page" / "index.html") == {"en": "../../page/", "ru": "./"}


def test_404_page_sends_each_language_home(site: Path) -> None:
    assert switcher_links(site / "404.html") == {"en": "/", "ru": "/ru/"}


def test_without_the_hook_home_links_leave_the_release(tmp_path: Path) -> None:
    # The defect the hook exists for: static-i18n's site-absolute home links.
    assert switcher_links(build(tmp_path, []) / "index.html")["ru"] == "/ru/"


def test_head_has_no_hreflang_links_for_material_to_fetch_sitemaps_from(site: Path) -> None:
    html = (site / "page" / "index.html").read_text(encoding="utf-8")
    head = html[: html.index("</head>")]
    assert "hreflang" not in head
    assert switcher_links(site / "page" / "index.html")  # the header switcher is still there


NEW_LANGUAGE = REPO_ROOT / "tests" / "fixtures" / "new-language"
GERMAN = "        - locale: de\n          name: Deutsch\n          build: true\n          site_name: Wissensdatenbank des Kundendienstes\n"


@pytest.fixture(scope="module")
def german_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The content fixture with German added as configuration and translation only: a line in
    mkdocs.yml, languages/de.yml, and German pages. No Python changes."""
    root = copy_project_with_docs(tmp_path_factory.mktemp("german"), REPO_ROOT / "tests" / "fixtures" / "content-site")
    shutil.copytree(NEW_LANGUAGE, root, dirs_exist_ok=True)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(_with_language(config), encoding="utf-8")
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG)
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []
    return root / "site" / "de"


def _with_language(config: str) -> str:
    """mkdocs.yml with German after the last of static-i18n's languages."""
    lines = config.splitlines(keepends=True)
    start = lines.index("  - i18n:\n")
    # The i18n entry ends where the next plugin, its comment, or the next top-level key begins.
    end = next(index for index in range(start + 1, len(lines)) if lines[index].startswith(("  - ", "  #")) or lines[index][:1].isalpha())
    while not lines[end - 1].strip():
        end -= 1
    return "".join(lines[:end]) + GERMAN + "".join(lines[end:])


def test_a_new_language_is_built_in_its_own_words(german_site: Path) -> None:
    page = german_site / "shop" / "greeting" / "index.html"
    [html] = [element for element in parse_file(page) if element.tag == "html"]
    assert (html.attrs["lang"], html.attrs.get("dir", "ltr")) == ("de", "ltr")
    # Interface text from languages/de.yml; the name of the original's language from CLDR.
    assert page_meta_text(page) == (
        "Status Veröffentlicht Originalsprache Russisch Verantwortlich kb-shop Text zuletzt geändert {changed} "
        "Zuletzt geprüft 22. November 2026 Prüfen bis 22. Mai 2027"
    ).format(changed=format_date(datetime.date.today(), format="long", locale="de"))
    [script] = [element for element in parse_file(page) if element.has_class("kb-script-text")]
    assert (script.attrs.get("lang"), script.attrs.get("dir")) == ("ru", "ltr")


def test_a_new_language_gets_translation_notices(german_site: Path) -> None:
    notices = {
        name: [element.text for element in parse_file(german_site / name / "index.html") if element.has_class("kb-translation-notice")]
        for name in ("shop/greeting", "shop/draft-article")
    }
    assert notices["shop/greeting"] == [
        "Das Original auf Russisch wurde am 2026-11-22 geändert; diese Übersetzung ist möglicherweise veraltet. Original lesen"
    ]
    assert notices["shop/draft-article"] == [
        "Diese Seite gibt es noch nicht auf Deutsch; Sie lesen die Fassung auf Englisch. Original lesen"
    ]


def test_a_page_shown_in_place_of_a_missing_translation_is_marked_with_its_own_language(german_site: Path) -> None:
    fallback = parse_file(german_site / "shop" / "draft-article" / "index.html")
    [content] = [element for element in fallback if element.tag == "div" and element.attrs.get("lang") == "en"]
    assert content.attrs.get("dir") == "ltr"
    assert "The source documents only name this article." in content.text
    # A translated page has no such wrapper: its content is in the page's own language.
    translated = parse_file(german_site / "shop" / "greeting" / "index.html")
    assert not [element for element in translated if element.tag == "div" and element.attrs.get("lang") == "en"]


def test_a_new_language_has_its_column_and_search_words(german_site: Path) -> None:
    headers = [
        element.text
        for element in parse_file(german_site / "translation-status" / "index.html")
        if element.tag == "th" and element.attrs.get("scope") == "col"
    ]
    assert headers == ["Seite", "Englisch", "Russisch", "Persisch", "Lettisch", "Chinesisch", "Deutsch"]
    script = (german_site.parent / "assets" / "javascripts" / "language-data.js").read_text(encoding="utf-8")
    assert json.loads(script.split("self.kbLanguageData = ", 1)[1])["search"]["de"]["stop_words"][:2] == ["der", "die"]


@pytest.mark.parametrize(
    ("languages", "remove", "expected"),
    [
        ([{"locale": "en", "name": "English", "default": True}, {"locale": "qq", "name": "Q"}], None, "qq is not a language CLDR knows"),
        ([{"locale": "en", "name": "English", "default": True}], "en.yml", "languages/en.yml does not exist"),
    ],
    ids=["unknown-to-cldr", "no-default-interface-text"],
)
def test_language_configuration_faults_stop_the_build_with_a_message(
    tmp_path: Path, languages: list[dict[str, object]], remove: str | None, expected: str
) -> None:
    i18n = {"i18n": {"docs_structure": "suffix", "languages": languages}}
    write_site(tmp_path, pages={"index.md": "# Home\n"}, hooks=["theme_hook.py"], extra_config={"plugins": ["search", i18n]})
    if remove:
        (tmp_path / "languages" / remove).unlink()
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_an_old_address_forwards_to_the_same_languages_page(tmp_path: Path) -> None:
    root = copy_project_with_docs(tmp_path / "project", REPO_ROOT / "tests" / "fixtures" / "content-site")
    config = root / "mkdocs.yml"
    redirects = "  - redirects:\n      redirect_maps:\n        shop/hello.md: shop/greeting.md\n"
    config.write_text(config.read_text(encoding="utf-8").replace("\nnav:", f"\n{redirects}\nnav:", 1), encoding="utf-8")
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG)
    assert result.returncode == 0, result.stderr
    for folder in ("", "ru/"):
        forward = (root / "site" / f"{folder}shop" / "hello" / "index.html").read_text(encoding="utf-8")
        # Relative, so it stays in the release (mike's version folder) and in the language.
        assert 'href="../greeting/"' in forward, forward


NAVIGATION_PAGES = {
    "index.md": "# Home\n",
    "alpha/index.md": "# Alpha\n",
    "alpha/one.md": "# One\n\n## Part\n",
    "alpha/deep/two.md": "# Two\n",
    "beta/three.md": "# Three\n",
    "beta/four.md": "# Four\n",
    "gamma/five.md": "# Five\n",
}
NAVIGATION = [
    "index.md",
    {"Alpha": ["alpha/index.md", "alpha/one.md", {"Deep": ["alpha/deep/two.md"]}]},
    {"Beta": ["beta/three.md", "beta/four.md", {"Elsewhere": "https://example.org/"}]},
    {"Gamma": ["gamma/five.md"]},
]


def _navigation_site(root: Path, *, nav_partial: Path) -> Path:
    """A site with nested sections in two languages, built with the theme hook and
    `nav_partial` as the theme's partials/nav.html."""
    (root / "overrides" / "partials").mkdir(parents=True)
    shutil.copyfile(nav_partial, root / "overrides" / "partials" / "nav.html")
    pages = {**NAVIGATION_PAGES, **{name.replace(".md", ".ru.md"): text for name, text in NAVIGATION_PAGES.items()}}
    write_site(
        root,
        pages=pages,
        hooks=["theme_hook.py"],
        extra_config={
            "theme": {
                "name": "material",
                "font": False,
                "custom_dir": "overrides",
                "features": ["navigation.indexes", "navigation.sections"],
            },
            "nav": NAVIGATION,
            "plugins": ["search", TWO_LANGUAGES],
        },
    )
    result = build_strict(root, root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_every_page_shows_the_navigation_material_renders_for_it(tmp_path: Path) -> None:
    # Sections are rendered once per place and reused (kb.core.navigation_sections); every
    # page must still be exactly what Material's own partial renders, active items included.
    reused = _navigation_site(tmp_path / "reused", nav_partial=REPO_ROOT / "overrides" / "partials" / "nav.html")
    materials = _navigation_site(tmp_path / "material", nav_partial=Path(material.__file__).parent / "templates" / "partials" / "nav.html")
    pages = sorted(path.relative_to(reused) for path in reused.rglob("*.html"))
    assert len(pages) == 2 * len(NAVIGATION_PAGES) + 1  # and 404.html
    markers = (NAVIGATION_LIST_START, NAVIGATION_LIST_END)
    for page in pages:
        own = [line for line in (reused / page).read_text(encoding="utf-8").splitlines() if line.strip() not in markers]
        assert own == (materials / page).read_text(encoding="utf-8").splitlines(), page
    one = (reused / "ru" / "alpha" / "one" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../beta/three/"' in one and 'href="#part"' in one  # other sections' links and its own contents
