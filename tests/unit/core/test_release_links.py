"""kb.core.release_links: links that stay inside a published release."""

import pytest

from kb.core.release_links import folder_path, release_absolute, release_relative, without_head_hreflang_links


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("/ru/", "ru/"),
        ("/", "."),
        ("/fa/using-the-kb/", "fa/using-the-kb/"),
        ("ru/", "ru/"),
        ("../ru/", "../ru/"),
        ("https://example.com/ru/", "https://example.com/ru/"),
        ("//example.com/ru/", "//example.com/ru/"),
    ],
)
def test_release_relative(link: str, expected: str) -> None:
    assert release_relative(link) == expected


@pytest.mark.parametrize(
    ("link", "site_path", "expected"),
    [
        ("/0.1/ru/", "/0.1", "ru/"),
        ("/0.1/", "/0.1/", "."),
        ("/kb/0.1/fa/page/", "/kb/0.1/", "fa/page/"),
        ("/other/ru/", "/0.1/", "other/ru/"),
    ],
)
def test_release_relative_under_a_release_folder(link: str, site_path: str, expected: str) -> None:
    # mike builds each release with site_url ending in the release folder.
    assert release_relative(link, site_path=site_path) == expected


def test_head_hreflang_links_are_dropped_and_the_switcher_kept() -> None:
    html = (
        '<html><head><meta charset="utf-8">\n'
        '      <link rel="alternate" href="../ru/page/" hreflang="ru">\n'
        '<link rel="alternate" type="application/rss+xml" href="feed.xml"><link rel="alternate" href="./" hreflang="en"></head>\n'
        '<body><a href="../ru/page/" hreflang="ru" class="md-select__link">Русский</a></body></html>'
    )
    assert without_head_hreflang_links(html) == (
        '<html><head><meta charset="utf-8">\n'
        "      \n"
        '<link rel="alternate" type="application/rss+xml" href="feed.xml"></head>\n'
        '<body><a href="../ru/page/" hreflang="ru" class="md-select__link">Русский</a></body></html>'
    )


def test_page_without_hreflang_links_is_unchanged() -> None:
    html = "<html><head><title>Т</title></head><body><p>текст</p></body></html>"
    assert without_head_hreflang_links(html) == html


@pytest.mark.parametrize(
    ("link", "site_path", "expected"),
    [("/", "/", "/"), ("/ru/", "", "/ru/"), ("/", "/0.1", "/0.1/"), ("/ru/", "/0.1/", "/0.1/ru/"), ("/0.1/ru/", "/0.1/", "/0.1/ru/")],
)
def test_release_absolute(link: str, site_path: str, expected: str) -> None:
    assert release_absolute(link, site_path=site_path) == expected


def test_folder_path() -> None:
    assert [folder_path(path) for path in ("", "/", "0.1", "/0.1", "/kb/0.1/")] == ["/", "/", "/0.1/", "/0.1/", "/kb/0.1/"]


def test_language_page_url() -> None:
    from kb.core.release_links import language_page_url

    assert language_page_url("lv/area/page/", from_language="lv", to_language="ru", default="en") == "ru/area/page/"
    assert language_page_url("area/page/", from_language="en", to_language="zh", default="en") == "zh/area/page/"
    assert language_page_url("fa/area/page/", from_language="fa", to_language="en", default="en") == "area/page/"
