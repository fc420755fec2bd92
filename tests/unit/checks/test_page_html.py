"""kb.checks.page_html: the final HTML of a page, checked; each fault found at its source line."""

from __future__ import annotations

import lxml.html
import pytest

from kb.checks.page_html import cleaned_url, page_html_findings, unsafe_markup, url_problem
from kb.core.findings import WrittenFile

SITE = "kb.example.org"


def problems(article: str, *, head: str = "") -> list[str]:
    html = f'<html><head>{head}</head><body><div id="__config"></div><article class="md-content__inner md-typeset">{article}</article></body></html>'
    return [fault.problem for fault in unsafe_markup(lxml.html.fromstring(html), own_host=SITE)]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ('<p onclick="x()">a</p>', "attribute onclick runs JavaScript"),
        ('<span style="color:red">a</span>', "attribute style restyles the page"),
        ('<span data-pagefind-meta="url:javascript:x">a</span>', "instructs the site search"),
        ('<div id="__config"></div>', "id '__config' is reserved for the theme"),
        ('<div class="x mermaid">g</div>', "class mermaid makes the theme load a script"),
        ('<abbr title="&lt;img src=x onerror=y&gt;">A</abbr>', "the title holds markup"),
        ('<a href="&#106;avascript:x">a</a>', "href leads to a javascript: URL"),
        ('<a href="java&#x0A;script:x">a</a>', "href leads to a javascript: URL"),
        ('<img alt="a" src="/\\cdn.example.com/a.png">', "src loads //cdn.example.com/a.png"),
        ('<img alt="a" src="data:image/png;base64,AAAA">', "src loads a data: URL"),
        ("<object></object>", "<object> is not allowed in a page"),
        ("<form></form>", "<form> is not allowed in page content"),
        ('<span data-md-component="x">a</span>', "attribute data-md-component is reserved for the theme"),
        ('<a href="https://example.org" ping="https://example.org/p">a</a>', "attribute ping makes the browser fetch"),
    ],
)
def test_unsafe_markup_is_found(article: str, expected: str) -> None:
    assert any(expected in problem for problem in problems(article)), problems(article)


def test_what_markdown_the_components_and_the_theme_write_passes() -> None:
    article = (
        '<h2 id="x">X<a class="headerlink" href="#x" title="Permanent link">¶</a></h2>'
        '<p><a href="https://example.org">out</a> <a href="tel:+78002005888">tel</a> <a href="mailto:a@example.org">mail</a>'
        ' <img alt="logo" src="../assets/logo.svg"> <abbr title="Stock keeping unit">SKU</abbr></p>'
        '<div class="highlight"><pre><span></span><code id="__code_0">x</code></pre></div>'
        '<table><tr><th align="left" scope="col">a</th></tr><tr><td data-kb-condition="">b</td></tr></table>'
        '<div class="tabbed-set" data-tabs="1:1"><input checked id="__tabbed_1_1" name="__tabbed_1" type="radio"><label for="__tabbed_1_1">t</label></div>'
    )
    head = '<link rel="canonical" href="https://kb.example.org/x/"><script src="assets/bundle.js"></script>'
    assert problems(article, head=head) == []


def test_a_refused_element_is_reported_once_with_its_children() -> None:
    assert problems("<math><mi>x</mi></math>") == ["<math> is not allowed in a page"]


@pytest.mark.parametrize(
    ("url", "is_link", "problem"),
    [
        ("https://example.org", True, None),
        ("https://kb.example.org/a.png", False, None),
        ("a/b.png", False, None),
        (" JAVASCRIPT:x", True, "leads to a javascript: URL"),
    ],
)
def test_url_problem(url: str, is_link: bool, problem: str | None) -> None:
    assert url_problem(url, is_link=is_link, own_host=SITE) == problem


def test_cleaned_url_reads_as_browsers_do() -> None:
    assert cleaned_url("\x01 java\tscr\nipt:x ") == "javascript:x"
    assert cleaned_url("/\\evil.example/") == "//evil.example/"


def test_a_fault_is_located_in_the_page_then_in_the_other_sources() -> None:
    [in_page] = unsafe_markup(lxml.html.fromstring('<p><b onclick="go()">x</b></p>'), own_host=SITE)
    page = WrittenFile("docs/p.md", '# P\n\nText <b onclick="go()">x</b>\n')
    assert [str(f) for f in page_html_findings([in_page], page=page, other_sources=lambda: [], built_path="site/p/index.html")] == [
        'docs/p.md:3: <b onclick="go()">: attribute onclick runs JavaScript. Fix: remove the attribute'
    ]
    table = WrittenFile("docs/t.table.yml", "rows:\n  - en: <b onclick=go()>x</b>\n")
    [finding] = page_html_findings(
        [in_page], page=WrittenFile("docs/p.md", "# P\n"), other_sources=lambda: [table], built_path="site/p/index.html"
    )
    assert (finding.path, finding.line) == ("docs/t.table.yml", 2)
    [unknown] = page_html_findings(
        [in_page], page=WrittenFile("docs/p.md", "# P\n"), other_sources=lambda: [], built_path="site/p/index.html"
    )
    assert (unknown.path, unknown.line) == ("docs/p.md", 1) and "built page site/p/index.html:1" in unknown.problem
