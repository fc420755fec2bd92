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


ASKED = (
    PAGE.replace("<head>", "")
    .replace("<body>", '<head><meta name="kb-area" content="entekhab-1699"></head><body>')
    .replace(
        '<td data-kb-condition="">نقدی</td>',
        '<td data-kb-condition="">نقدی<p class="kb-asked-as"><strong>Also</strong><q>پولم کجاست</q></p></td>',
    )
    .replace('<dl class="kb-page-meta">', '<p class="kb-asked-as"><strong>Also</strong><q>پول برنگشته</q></p><dl class="kb-page-meta">')
)


def test_the_area_and_status_go_with_the_page_and_its_rows() -> None:
    page = prepared_page(ASKED, page_url="/fa/entekhab-1699/refunds/")
    assert page is not None and (page.area, page.status) == ("entekhab-1699", "published")
    document = lxml.html.document_fromstring(page.html)
    [article] = document.xpath("//*[@data-pagefind-body]")
    assert article.get("data-pagefind-filter") == "area:entekhab-1699"
    assert sorted(document.xpath("//@data-pagefind-meta")) == ["area:entekhab-1699", "status:published"]  # not a hub
    assert {(record.area, record.status) for record in page.records} == {("entekhab-1699", "published")}
    drafted = prepared_page(ASKED.replace("<h1", '<div class="admonition kb-draft">x</div><h1'), page_url="/fa/entekhab-1699/refunds/")
    assert drafted is not None and drafted.status == "draft" and drafted.records[0].status == "draft"


def test_how_customers_ask_weighs_like_a_heading_and_stays_out_of_row_titles() -> None:
    page = prepared_page(ASKED, page_url="/fa/entekhab-1699/refunds/")
    assert page is not None
    document = lxml.html.document_fromstring(page.html)
    assert document.xpath("//p[@class='kb-asked-as']/@data-pagefind-weight") == ["7", "7"]
    row = page.records[0]
    assert "پولم" not in row.title
    assert row.content.count("پولم کجاست") == 1
    assert "پولم" in page.words and "برنگشته" in page.words


def test_home_pages_and_the_glossary_lead_to_answers_and_weigh_less() -> None:
    def hub(html: str, url: str) -> bool:
        page = prepared_page(html, page_url=url)
        assert page is not None
        document = lxml.html.document_fromstring(page.html)
        weighted = document.xpath("//article/@data-pagefind-weight") == ["0.3"]
        assert weighted == ("hub:yes" in document.xpath("//@data-pagefind-meta"))
        return weighted

    area_home = ASKED.replace('content="entekhab-1699"', 'content="entekhab-1699"')
    assert hub(area_home, "/fa/entekhab-1699/") and hub(area_home, "/entekhab-1699/")
    assert not hub(area_home, "/fa/entekhab-1699/refunds/")
    general = ASKED.replace('content="entekhab-1699"', 'content="general"')
    assert hub(general, "/fa/") and not hub(general, "/fa/using-the-kb/")
    assert hub(general.replace("<p>", '<dl class="kb-glossary"><dt>A</dt></dl><p>', 1), "/fa/glossary/")


def test_the_vocabulary_holds_words_and_each_chinese_character() -> None:
    page = prepared_page(PAGE.replace('lang="fa"', 'lang="zh"').replace("<p>کمتر", "<p>退換貨 Refunds 7天 ok کمتر"), page_url="/zh/x/")
    assert page is not None
    # Traditional characters as the index folds them; words of 3+ letters; no numbers.
    assert {"退", "换", "货", "天", "refunds", "کمتر"} <= page.words
    assert not {"ok", "7", "退换货", "換"} & page.words


def test_a_row_title_reads_nested_markup_and_tails_and_skips_comments() -> None:
    depth = 200  # as deep as the HTML parser reads (kb.checks.nesting refuses deeper sources)
    cell = "<span>" * depth + "deep" + "</span>" * depth
    html = PAGE.replace("<span>اعتباری</span>", f"<span>اعتباری</span><!-- note --> {cell} tail")
    page = prepared_page(html, page_url="/fa/x/")
    assert page is not None
    assert page.records[0].title == "بر اساس مبلغ: اعتباری deep tail · نقدی"
