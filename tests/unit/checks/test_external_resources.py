"""kb.checks.external_resources: what a page or stylesheet would fetch from another host."""

from kb.checks.external_resources import (
    find_external_css_resources,
    find_external_resources,
    page_findings,
    stylesheet_findings,
    third_party_host,
)
from kb.core.findings import line_of


def test_third_party_host_for_absolute_and_protocol_relative_urls() -> None:
    assert third_party_host("https://cdn.example.com/x.js") == "cdn.example.com"
    assert third_party_host("http://fonts.googleapis.com/css") == "fonts.googleapis.com"
    assert third_party_host("//unpkg.com/mermaid") == "unpkg.com"


def test_own_files_and_inline_data_are_not_third_party() -> None:
    for url in ("assets/x.png", "../assets/x.png", "/assets/x.png", "#top", "data:image/png;base64,AAA", "mailto:a@b.c", ""):
        assert third_party_host(url) is None, url


def test_fetching_elements_are_found_with_their_lines() -> None:
    html = (
        "<html>\n"
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">\n'
        '<script src="https://cdn.example.com/lib.js"></script>\n'
        '<img alt="x" srcset="a.png 1x, //img.example.org/b.png 2x">\n'
        '<iframe src="https://video.example.net/embed/1"></iframe>\n'
    )
    found = find_external_resources(html)
    assert [(r.host, r.requested_by, r.line) for r in found] == [
        ("fonts.googleapis.com", '<link rel="stylesheet">', 2),
        ("cdn.example.com", "<script src>", 3),
        ("img.example.org", "<img srcset>", 4),
        ("video.example.net", "<iframe src>", 5),
    ]


def test_links_a_reader_follows_are_not_fetches() -> None:
    html = '<a href="https://example.com">x</a><link rel="alternate" href="https://example.com/ru/"><link rel="canonical" href="https://example.com/">'
    assert find_external_resources(html) == []


def test_inline_styles_and_style_blocks_are_checked() -> None:
    html = (
        '<div style="background: url(https://img.example.com/bg.png)"></div>\n<style>\n@import "https://cdn.example.com/x.css";\n</style>'
    )
    assert [(r.host, r.requested_by, r.line) for r in find_external_resources(html)] == [
        ("img.example.com", "CSS url()", 1),
        ("cdn.example.com", "CSS @import", 3),
    ]


def test_css_url_forms() -> None:
    css = "a{background:url('https://a.example/x.png')}\nb{background:url(\"//b.example/y.png\")}\nc{background:url(local.png)}"
    assert [(r.host, r.line) for r in find_external_css_resources(css)] == [("a.example", 1), ("b.example", 2)]


def test_line_of() -> None:
    assert line_of("one\ntwo\nthree", "three") == 3
    assert line_of("one", "absent") is None


def test_page_finding_points_at_the_markdown_line_that_wrote_the_url() -> None:
    markdown = "# Title\n\nText\n\n![map](https://maps.example.com/tile.png)\n"
    html = '<h1>Title</h1>\n<p><img alt="map" src="https://maps.example.com/tile.png"></p>'
    [finding] = page_findings(
        find_external_resources(html), markdown=markdown, source_path="docs/page.md", built_path="site/page/index.html"
    )
    assert (finding.path, finding.line) == ("docs/page.md", 5)
    assert "maps.example.com" in str(finding) and "docs/assets/" in str(finding)


def test_page_finding_for_a_url_the_theme_added_names_the_built_line() -> None:
    html = '<head>\n<script src="https://cdn.example.com/theme.js"></script></head>'
    [finding] = page_findings(
        find_external_resources(html), markdown="# Title\n", source_path="docs/page.md", built_path="site/page/index.html"
    )
    assert (finding.path, finding.line) == ("docs/page.md", 1)
    assert "site/page/index.html:2" in finding.problem and "overrides/" in finding.fix


def test_clean_page_and_stylesheet_have_no_findings() -> None:
    assert (
        page_findings(find_external_resources('<img alt="a" src="../assets/a.png">'), markdown="", source_path="p.md", built_path="p.html")
        == []
    )
    assert stylesheet_findings("a{background:url(../img/a.png)}", path="docs/a.css") == []


def test_stylesheet_finding_has_path_and_line() -> None:
    [finding] = stylesheet_findings("\n\n@import url(https://fonts.example.com/x.css);", path="docs/assets/kb.css")
    assert str(finding).startswith("docs/assets/kb.css:3: CSS url() loads https://fonts.example.com/x.css")


def test_github_annotation_escapes_and_locates() -> None:
    from kb.core.findings import Finding, github_annotation

    finding = Finding("docs/a,b.md", 7, "link x: 100% broken", "fix it")
    assert github_annotation(finding) == "::error file=docs/a%2Cb.md,line=7::link x: 100%25 broken. Fix: fix it"


def test_css_escapes_comments_and_image_set_do_not_hide_another_host() -> None:
    from kb.checks.external_resources import find_external_css_resources

    css = '@import "\\68ttps://a.example/x.css";\n/* https://comment.example */\na { background: u\\72l(https://b.example/y.png); }\nb { background-image: image-set("https://c.example/z.png" 1x); }\n@import url(//d.example/w.css);'
    assert [(found.host, found.line) for found in find_external_css_resources(css)] == [
        ("a.example", 1),
        ("b.example", 3),
        ("c.example", 4),
        ("d.example", 5),
    ]
