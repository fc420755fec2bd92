"""hooks/language_switcher.py on a small two-language site: switcher links stay in the release."""

from html.parser import HTMLParser
from pathlib import Path

import pytest

from support.mkdocs_run import build_strict
from support.temp_site import write_site

I18N = {
    "i18n": {
        "docs_structure": "suffix",
        "languages": [
            {"locale": "en", "name": "English", "default": True},
            {"locale": "ru", "name": "Русский"},
        ],
    }
}


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


def build(tmp_path: Path, hooks: list[str]) -> Path:
    write_site(
        tmp_path,
        pages={"index.md": "# Home\n", "index.ru.md": "# Главная\n", "page.md": "# Page\n", "page.ru.md": "# Страница\n"},
        hooks=hooks,
        extra_config={"plugins": ["search", I18N]},
    )
    result = build_strict(tmp_path, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    return tmp_path / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("switcher"), ["language_switcher.py"])


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
