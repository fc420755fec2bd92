"""The rendered table: accessible structure, stable row ids, texts in the page's language."""

from __future__ import annotations

import lxml.html
import markdown

from kb.checks.content_facts import ContentFactsExtension
from kb.components.decision_tables.markdown_extension import DecisionTableExtension, PageInfo
from kb.components.decision_tables.model import DecisionTable
from support.interface import ui_text


def convert(
    table: DecisionTable, page_markdown: str, *, language: str = "ru", loaded: bool = True, checked: bool = True
) -> tuple[str, DecisionTableExtension]:
    """The page as the site renders it; checked=False leaves out the link checker's reading
    of the page, which takes the cells' source marks away."""
    extension = DecisionTableExtension(
        load_table=lambda path: (table if loaded and path == "area/parcel-status.table.yml" else None, False)
    )
    extension.begin_page(
        PageInfo(
            source_path=f"docs/area/page.{language}.md",
            path_in_docs=f"area/page.{language}.md",
            markdown=page_markdown,
            language=language,
            ui=ui_text(language),
        )
    )
    html = markdown.markdown(page_markdown, extensions=[extension, "fenced_code", *([ContentFactsExtension()] if checked else [])])
    return html, extension


def test_marker_renders_the_table_in_the_page_language(parcel_table: DecisionTable) -> None:
    html, extension = convert(parcel_table, "# Статусы\n\n::: decision-table parcel-status.table.yml\n")
    assert "<caption>Где посылка — по статусу заказа и способу доставки</caption>" in html
    assert '<th scope="col">Статус</th>' in html
    assert '<tr data-kb-choices="status=buffer delivery=courier" data-kb-row="buffer-courier" id="parcel-status--buffer-courier">' in html
    assert '<th data-kb-label="Статус" scope="row"><span>Буфер</span><a aria-label="Ссылка на эту строку: Буфер"' in html
    assert "<span>любой</span>" in html  # "-" is "any value"
    assert '<a href="returns.md#refund-deadline">Подробнее</a>' in html
    assert '<search class="kb-dt-filter" hidden="hidden"' in html  # shown only by the script
    assert [placement.table.id for placement in extension.log.placements] == ["parcel-status"]


def test_row_ids_are_the_same_in_every_language(parcel_table: DecisionTable) -> None:
    russian, _ = convert(parcel_table, "::: decision-table parcel-status.table.yml", language="ru")
    english, _ = convert(parcel_table, "::: decision-table parcel-status.table.yml", language="en")
    for row in parcel_table.rows:
        assert f'id="parcel-status--{row.id}"' in russian and f'id="parcel-status--{row.id}"' in english
    assert "Russian Post" in english and "Почта России" in russian


def test_marker_in_a_code_block_stays_text(parcel_table: DecisionTable) -> None:
    html, extension = convert(parcel_table, "```\n::: decision-table parcel-status.table.yml\n```\n")
    assert "<table" not in html and extension.log.placements == [] and extension.log.findings == []


def test_marker_for_a_missing_file_reports_the_page_line(parcel_table: DecisionTable) -> None:
    page = "# Статусы\n\nТекст.\n\n::: decision-table nowhere.table.yml\n"
    html, extension = convert(parcel_table, page, loaded=False)
    [finding] = extension.log.findings
    assert (finding.path, finding.line) == ("docs/area/page.ru.md", 5)
    assert "does not exist next to this page" in finding.problem
    assert 'class="admonition failure"' in html


def test_marker_with_a_path_is_refused(parcel_table: DecisionTable) -> None:
    _, extension = convert(parcel_table, "::: decision-table ../other/parcel-status.table.yml")
    [finding] = extension.log.findings
    assert "without a path" in finding.fix


def test_a_translation_needs_the_table_in_its_language(parcel_table: DecisionTable) -> None:
    _, extension = convert(parcel_table, "::: decision-table parcel-status.table.yml", language="lv")
    [finding] = extension.log.findings
    assert "no text in 'lv'" in finding.problem and finding.path == "docs/area/page.lv.md"


def test_a_line_in_the_source_wording_is_marked_with_its_language_and_direction() -> None:
    from support.tables import VALID_TABLE, table_from

    text = VALID_TABLE.read_text(encoding="utf-8").replace(
        'en: "The order is being packed; the courier will call 1 hour ahead."',
        'en: "«Заказ собирается на складе, курьер позвонит за 1 час.»\\n*Meaning:* the order is being packed; the courier will call 1 hour ahead."',
    )
    table = table_from(text)
    english, _ = convert(table, "::: decision-table parcel-status.table.yml", language="en")
    russian, _ = convert(table, "::: decision-table parcel-status.table.yml", language="ru")
    assert (
        '<bdi dir="ltr" lang="ru">«Заказ собирается на складе, курьер позвонит за 1 час.»</bdi><br />\n<em>Meaning:</em> the order'
        in english
    )
    assert "lang=" not in russian  # the source's own page: nothing to mark


def test_cells_say_which_line_of_the_table_file_they_come_from(parcel_table: DecisionTable) -> None:
    # So the link checker reports a fault in a cell at the table file's line, not the page's.
    html, _ = convert(parcel_table, "::: decision-table parcel-status.table.yml", checked=False)
    assert '<caption data-kb-source="docs/area/t.table.yml:4">' in html
    row = parcel_table.rows[0]
    assert (
        f'<td data-kb-label="Подробнее" data-kb-output="" data-kb-source="docs/area/t.table.yml:{row.link_line}"><a href="returns.md#refund-deadline">'
        in html
    )


def _script_table() -> DecisionTable:
    from support.tables import VALID_TABLE, table_from

    text = VALID_TABLE.read_text(encoding="utf-8").replace(
        'en: "The order is being packed; the courier will call 1 hour ahead."',
        'en: "**«Заказ собирается на складе, курьер позвонит за 1 час.»**\\n*Meaning:* the order is being packed."',
    )
    text = text.replace("  - key: answer\n    kind: output\n", "  - key: answer\n    kind: output\n    script: true\n", 1)
    assert "script: true" in text
    return table_from(text)


def test_a_script_cell_copies_the_script_and_not_its_meaning() -> None:
    english, _ = convert(_script_table(), "::: decision-table parcel-status.table.yml", language="en", checked=False)
    script_id = "kb-script-parcel-status--buffer-courier-answer"
    assert (
        f'<span class="kb-script-text" dir="ltr" id="{script_id}" lang="ru"><strong>«Заказ собирается на складе, курьер позвонит за 1 час.»</strong></span>'
        f'<button class="md-clipboard md-icon kb-script-copy" data-clipboard-target="#{script_id}" hidden="hidden" type="button"></button><br />\n<em>Meaning:</em>'
        in english
    )
    russian, _ = convert(_script_table(), "::: decision-table parcel-status.table.yml", language="ru", checked=False)
    # On the source's own page the whole cell is the script, with no language of its own.
    assert '<span class="kb-script-text" id="kb-script-parcel-status--buffer-post-answer">Заказ будет передан' in russian


def test_a_column_empty_in_every_row_is_not_rendered(parcel_table: DecisionTable) -> None:
    from support.tables import VALID_TABLE, table_from

    text = VALID_TABLE.read_text(encoding="utf-8").replace(
        "  - key: answer\n",
        "  - key: note\n    kind: output\n    required: false\n    label: {ru: Заметка, en: Note}\n  - key: answer\n",
        1,
    )
    html, _ = convert(table_from(text), "::: decision-table parcel-status.table.yml", checked=False)
    assert "Заметка" not in html
    assert html.count('data-kb-output=""') == 2 * 3  # say and details, three rows


def test_guided_questions_are_hidden_until_the_script_runs_and_name_every_choice(parcel_table: DecisionTable) -> None:
    html, _ = convert(parcel_table, "::: decision-table parcel-status.table.yml", checked=False)
    assert '<details class="kb-dt-guide" data-kb-guide="" hidden="hidden">' in html
    assert "<legend>Доставка</legend>" in html
    assert '<input name="kb-guide-parcel-status-delivery" type="radio" value="post" /><span>Почта России</span>' in html
    assert 'data-template="Нет строк, подходящих под «{query}»."' in html


def test_with_report_links_every_row_has_one_beside_its_row_link(parcel_table: DecisionTable) -> None:
    extension = DecisionTableExtension(load_table=lambda path: (parcel_table, False))
    extension.begin_page(
        PageInfo(source_path="docs/area/page.ru.md", path_in_docs="area/page.ru.md", markdown="", language="ru", ui=ui_text("ru"))
    )
    # An address with what HTML must escape in an attribute.
    extension.report_rows_at(lambda anchor: f'https://forge.example/new?row={anchor}&x="<y>"')
    html = markdown.markdown("::: decision-table parcel-status.table.yml\n", extensions=[extension])
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    rows = root.xpath("//tr[@data-kb-row]")
    assert len(rows) == len(parcel_table.rows)
    for row in rows:
        [report] = row.xpath(".//a[contains(@class, 'kb-dt-report')]")
        assert report.get("href") == f'https://forge.example/new?row={row.get("id")}&x="<y>"'
        assert report.get("aria-label").startswith("Сообщить о проблеме в этой строке: ")
        assert report.getprevious().get("class") == "kb-dt-permalink"
    assert '&amp;x=&quot;&lt;y&gt;&quot;"' in html


def test_without_report_links_rows_have_none(parcel_table: DecisionTable) -> None:
    html, _ = convert(parcel_table, "::: decision-table parcel-status.table.yml\n")
    assert "kb-dt-report" not in html
