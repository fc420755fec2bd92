"""kb.search.records: what the indexer reads of a built page."""

import lxml.html

from kb.search.records import prepared_page

PAGE = """<!DOCTYPE html><html lang="fa"><body><nav>Menu</nav>
<article class="md-content__inner md-typeset">
<h1 id="refunds">عودت وجه ۱۶۹۹<a class="headerlink" href="#refunds">¶</a></h1>
<p>کمتر از ۵۰۰٫۰۰۰ تومان كارت</p>
<div class="kb-decision-table"><search class="kb-dt-filter"><input></search><table>
<caption>بر اساس مبلغ</caption>
<thead><tr><th scope="col">نوع</th><th scope="col">اقدام</th></tr></thead>
<tbody><tr data-kb-row="credit" id="t--credit"><th scope="row"><span>اعتباری</span><a class="kb-dt-permalink" href="#t--credit">#</a></th><td data-kb-condition="">نقدی</td><td>کمتر از ۵۰۰٫۰۰۰</td></tr></tbody>
</table></div>
<table><thead><tr><th>Service</th><th>Phone</th></tr></thead>
<tbody><tr id="phone-78002005888"><td>Post</td><td><a href="tel:+78002005888">8 800 200 58 88</a></td></tr></tbody></table>
<dl class="kb-page-meta"><dt>Owner</dt><dd>kb-entekhab</dd></dl>
</article></body></html>"""


def test_only_the_article_is_indexed_and_controls_are_left_out() -> None:
    page = prepared_page(PAGE, page_url="/fa/entekhab-1699/refunds/")
    assert page is not None and page.language == "fa"
    document = lxml.html.document_fromstring(page.html)
    [article] = document.xpath("//*[@data-pagefind-body]")
    assert article.tag == "article"
    ignored = {element.get("class") for element in document.xpath("//*[@data-pagefind-ignore='all']")}
    assert {"headerlink", "kb-dt-permalink", "kb-dt-filter", "kb-page-meta"} <= ignored


def test_text_is_searchable_but_titles_keep_their_digits() -> None:
    page = prepared_page(PAGE, page_url="/fa/x/")
    assert page is not None
    document = lxml.html.document_fromstring(page.html)
    assert document.xpath("string(//article/p)") == "کمتر از ۵۰۰٫۰۰۰ 500000 تومان کارت"
    assert document.xpath("string(//h1/text())") == "عودت وجه ۱۶۹۹"


def test_rows_and_phone_entries_are_results_of_their_own() -> None:
    page = prepared_page(PAGE, page_url="/fa/x/")
    assert page is not None
    row, phone = page.records
    assert (row.url, row.title, row.language, row.page_title) == ("/fa/x/#t--credit", "بر اساس مبلغ: اعتباری · نقدی", "fa", "عودت وجه ۱۶۹۹")
    assert "نوع اقدام" in row.content and "500000" in row.content
    assert (phone.url, phone.title) == ("/fa/x/#phone-78002005888", "Post — 8 800 200 58 88")
    assert "Phone" in phone.content and "8002005888" in phone.content


def test_pages_shown_in_place_of_a_missing_translation_are_not_indexed() -> None:
    fallback = PAGE.replace("<article", "<div data-kb-fallback></div><article")
    assert prepared_page(fallback, page_url="/ru/x/") is None
    assert prepared_page("<html><body><p>No article</p></body></html>", page_url="/") is None
