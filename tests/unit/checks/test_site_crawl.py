"""kb.checks.site_crawl: links in the built HTML must reach files and fragments."""

from pathlib import Path

from kb.checks.site_crawl import crawl, read_built_page, unread_page_finding


def write(root: Path, path: str, html: str) -> None:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(html, encoding="utf-8")


def test_a_consistent_site_passes(tmp_path: Path) -> None:
    write(
        tmp_path,
        "index.html",
        '<a href="ru/">ru</a><a href="page/#part">p</a><a href="#top" id="top">t</a><a href="https://example.org/x">e</a><img src="assets/a.svg" alt="a">',
    )
    write(tmp_path, "ru/index.html", '<a href="../">en</a><a href="/page/">abs</a>')
    write(tmp_path, "page/index.html", '<h2 id="part">Part</h2>')
    write(tmp_path, "assets/a.svg", "<svg/>")
    assert crawl(tmp_path, display_dir="site") == []


def test_broken_paths_and_fragments_are_reported_with_lines(tmp_path: Path) -> None:
    write(
        tmp_path, "index.html", '<p>\n<a href="missing/">m</a>\n<a href="page/#nope">n</a>\n<link rel="stylesheet" href="assets/gone.css">'
    )
    write(tmp_path, "page/index.html", '<h2 id="part">Part</h2>')
    findings = crawl(tmp_path, display_dir="site")
    assert [(finding.path, finding.line, finding.problem) for finding in findings] == [
        ("site/index.html", 2, "link missing/ leads to no file in the built site"),
        ("site/index.html", 3, "link page/#nope names #nope, which page/index.html does not have"),
        ("site/index.html", 4, "link assets/gone.css leads to no file in the built site"),
    ]


def test_absolute_links_are_read_under_the_served_path(tmp_path: Path) -> None:
    # mike builds each release with site_url ending in /<version>/; the 404 page links absolutely.
    write(tmp_path, "404.html", '<a href="/0.1/">home</a><a href="/0.1/ru/">ru</a>')
    write(tmp_path, "index.html", "<p>home</p>")
    write(tmp_path, "ru/index.html", "<p>ru</p>")
    assert crawl(tmp_path, display_dir="site", site_path="/0.1/") == []
    assert len(crawl(tmp_path, display_dir="site", site_path="/")) == 2


def test_links_checked_at_their_source_are_not_reported_again(tmp_path: Path) -> None:
    write(tmp_path, "index.html", '<a href="missing/">content</a><a href="gone/">theme</a>')
    findings = crawl(tmp_path, display_dir="site", checked_at_source={"index.html": {"missing/"}})
    assert [finding.problem for finding in findings] == ["link gone/ leads to no file in the built site"]


def test_links_into_languages_a_one_language_build_leaves_out_are_expected(tmp_path: Path) -> None:
    write(tmp_path, "lv/index.html", '<a href="../ru/">ru</a><a href="../en-gone/">x</a><a href="../">en</a>')
    write(tmp_path, "index.html", "<p>home</p>")
    findings = crawl(tmp_path, display_dir="site", unbuilt_folders=["ru", "fa"])
    assert [finding.problem for finding in findings] == ["link ../en-gone/ leads to no file in the built site"]


def test_a_page_is_read_once_for_its_links_ids_and_fetches(tmp_path: Path) -> None:
    page = read_built_page('<p id="top">home</p>\n<img alt="x" src="https://cdn.example.com/x.png"><a href="gone/">g</a>')
    assert ([(fetch.host, fetch.line) for fetch in page.fetches], page.ids, page.urls) == (
        [("cdn.example.com", 2)],
        {"top"},
        [("https://cdn.example.com/x.png", 2), ("gone/", 2)],
    )
    # A page read as it was written is not read again: its links are the crawl's.
    write(tmp_path, "index.html", "<p>on disk: nothing</p>")
    assert [finding.problem for finding in crawl(tmp_path, display_dir="site", already_read={"index.html": page})] == [
        "link gone/ leads to no file in the built site"
    ]


def test_a_dirty_rebuild_crawls_only_the_pages_it_wrote(tmp_path: Path) -> None:
    write(tmp_path, "index.html", '<a href="missing/">m</a>')
    write(tmp_path, "page/index.html", '<a href="gone/">g</a><a href="../#nope">n</a>')
    findings = crawl(tmp_path, display_dir="site", only=["page/index.html"])
    assert [(finding.path, finding.problem) for finding in findings] == [
        ("site/page/index.html", "link gone/ leads to no file in the built site"),
        ("site/page/index.html", "link ../#nope names #nope, which index.html does not have"),
    ]


def test_the_navigation_can_be_left_out_of_a_page_read_after_the_first() -> None:
    html = (
        '<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><nav><a href="other/" id="__nav_1">Other</a>'
        '<a href="javascript:alert(1)">x</a></nav></div>\n<article><a href="here/">h</a></article>'
    )
    whole = read_built_page(html)
    assert [url for url, _ in whole.urls] == ["other/", "javascript:alert(1)", "here/"]
    assert whole.unsafe and "__nav_1" in whole.ids
    without = read_built_page(html, with_navigation=False)
    assert (without.urls, without.unsafe, without.ids) == ([("here/", 2)], [], set())


def test_a_page_nested_too_deeply_to_read_to_its_end_is_a_fault_at_the_line_that_nests_it() -> None:
    # libxml2 stops reading at 256 levels: an image after that point would reach no check.
    nested = "<span>" * 300 + "x" + "</span>" * 300
    markdown = f'# Page\n\nIntro.\n\n{nested}\n<img src="https://evil.example/x.gif">\n'
    html = f'<html><body><article>\n<h1>Page</h1>\n<p>Intro.</p>\n<p>{nested}\n<img src="https://evil.example/x.gif"></p></article></body></html>'
    built = read_built_page(html)
    assert built.unread_from is not None and built.unread_from.line == 4
    assert built.fetches == []  # what the checks could not see
    finding = unread_page_finding(
        built.unread_from, html=html, markdown=markdown, source_path="docs/page.md", built_path="site/page/index.html"
    )
    assert (finding.path, finding.line) == ("docs/page.md", 5)
    assert "nests too deeply to be read past line 4 of site/page/index.html" in finding.problem


def test_a_page_read_to_its_end_has_no_such_fault() -> None:
    assert read_built_page("<html><body><p>unclosed <b>bold</p></body></html>").unread_from is None
