"""kb.components.glossary: which glossary files a page includes, and the glossary page listing."""

import markdown

from kb.components.glossary import GlossaryExtension, GlossaryPage, appended_glossaries, entries, glossary_files, page_glossaries

AVAILABLE = {
    "snippets/glossary/home-shopping.ru.md": "*[ОПП]: Отдел претензионной работы\n*[ШПИ]: Штриховой почтовый идентификатор\n",
    "snippets/glossary/home-shopping-returns.ru.md": "*[КЛ]: Клиент\n",
    "snippets/glossary/home-shopping.en.md": "*[ОПП]: Claims department\n",
    "snippets/glossary/home.ru.md": "*[X]: not this area\n",
}


def test_an_area_includes_its_files_in_the_page_language() -> None:
    assert glossary_files("home-shopping", "ru", available=AVAILABLE) == [
        "snippets/glossary/home-shopping.ru.md",
        "snippets/glossary/home-shopping-returns.ru.md",
    ]
    assert glossary_files("home-shopping", "lv", available=AVAILABLE) == []
    assert page_glossaries("home-shopping/returns.lv.md", "lv", default_language="en", available=AVAILABLE) == [
        "snippets/glossary/home-shopping.en.md"
    ]
    assert page_glossaries("returns.md", "ru", default_language="en", available=AVAILABLE) == []


def test_a_page_gets_its_glossaries_text_not_an_include_that_reads_the_file_again() -> None:
    assert appended_glossaries(["*[A]: a\n", "*[B]: b\n"]) == "\n\n*[A]: a\n\n*[B]: b"


def test_entries_are_read_as_markdown_abbreviations() -> None:
    assert entries(AVAILABLE["snippets/glossary/home-shopping.ru.md"]) == [
        ("ОПП", "Отдел претензионной работы"),
        ("ШПИ", "Штриховой почтовый идентификатор"),
    ]


def read(language: str, area: str) -> list[tuple[str, str]] | None:
    files = glossary_files(area, language, available=AVAILABLE)
    return [entry for path in files for entry in entries(AVAILABLE[path])] if files else None


def convert(text: str, language: str) -> tuple[str, GlossaryPage]:
    extension = GlossaryExtension(read=read)
    page = GlossaryPage(language, f"docs/glossary.{language}.md", text, fallback_language="en")
    extension.begin_page(page)
    return markdown.markdown(text, extensions=[extension]), page


def test_glossary_page_lists_an_area_sorted() -> None:
    html, page = convert("::: glossary home-shopping", "ru")
    assert (
        html.replace("\n", "")
        == '<dl class="kb-glossary"><dt>КЛ</dt><dd>Клиент</dd><dt>ОПП</dt><dd>Отдел претензионной работы</dd><dt>ШПИ</dt><dd>Штриховой почтовый идентификатор</dd></dl>'
    )
    assert page.findings == []


def test_glossary_page_falls_back_to_english_definitions() -> None:
    html, _ = convert("::: glossary home-shopping", "lv")
    assert "<dd>Claims department</dd>" in html


def test_unknown_area_is_reported_at_its_line() -> None:
    _, page = convert("# Glossary\n\n::: glossary nowhere\n", "en")
    [finding] = page.findings
    assert (finding.path, finding.line) == ("docs/glossary.en.md", 3)


def tooltips(text: str) -> str:
    extension = GlossaryExtension(read=read)
    return markdown.markdown(text, extensions=["abbr", extension])


def test_chinese_terms_get_tooltips_inside_a_sentence() -> None:
    html = tooltips("工作人员提交鉴定单后等待。\n\n*[鉴定单]: 上门服务后出具的鉴定结果")
    assert '<abbr title="上门服务后出具的鉴定结果">鉴定单</abbr>' in html


def test_terms_ending_in_a_dot_and_whole_words_only() -> None:
    html = tooltips("И.О., спасибо. ИМы и ИМ.\n\n*[И.О.]: Имя и отчество клиента\n*[ИМ]: Интернет-магазин")
    assert '<abbr title="Имя и отчество клиента">И.О.</abbr>' in html
    assert html.count('<abbr title="Интернет-магазин">ИМ</abbr>') == 1  # not inside "ИМы"
