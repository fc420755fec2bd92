"""An area's open questions: its drafts and every placeholder, in the reader's language."""

from __future__ import annotations

from pathlib import Path

import markdown

from kb.components.open_questions import OpenQuestion, OpenQuestionsExtension, excerpt, open_questions
from kb.core.languages import Languages
from kb.pages import scan_docs
from support.interface import ui_text
from support.tables import VALID_TABLE

LANGUAGES = Languages(("en", "ru"), "en")


def _page(title: str, *, status: str = "published", owner: str = "kb-shop") -> str:
    return f"---\ntitle: {title}\narea: shop\nsource_language: ru\nowner: {owner}\nstatus: {status}\n---\n\n"


def _docs(tmp_path: Path) -> Path:
    shop = tmp_path / "shop"
    shop.mkdir()
    (shop / "draft.ru.md").write_text(_page("Черновик", status="draft") + "# Черновик\n\nТекст.\n", encoding="utf-8")
    (shop / "draft.md").write_text(_page("Draft page", status="draft") + "# Draft page\n\nText.\n", encoding="utf-8")
    (shop / "mail.ru.md").write_text(
        _page("Почта") + "# Почта\n\n- Пишите на почту 〔…〕, **срочно**.\n\nЗнак `〔…〕` отмечает пропуск.\n", encoding="utf-8"
    )
    table = VALID_TABLE.read_text(encoding="utf-8").replace("курьер позвонит за 1 час", "курьер позвонит 〔…〕")
    (shop / "parcel-status.table.yml").write_text(table, encoding="utf-8")
    (shop / "statuses.ru.md").write_text(_page("Статусы") + "# Статусы\n\n::: decision-table parcel-status.table.yml\n", encoding="utf-8")
    (tmp_path / "other.ru.md").write_text(_page("Другое") + "Тоже 〔…〕\n", encoding="utf-8")
    return tmp_path


def test_drafts_and_every_placeholder_of_the_area_are_listed_with_owner_and_link(tmp_path: Path) -> None:
    scan = scan_docs(_docs(tmp_path), languages=LANGUAGES)
    found = open_questions(scan, area="shop", language="ru")
    assert found == [
        OpenQuestion("draft.md", "Черновик", "kb-shop", ""),
        OpenQuestion("mail.md", "Почта", "kb-shop", "Пишите на почту 〔…〕, срочно."),
        OpenQuestion(
            "statuses.md#parcel-status--buffer-courier", "Статусы", "kb-shop", "Заказ собирается на складе, курьер позвонит 〔…〕."
        ),
    ]
    # A page not yet in English is listed from its original.
    assert [question.title for question in open_questions(scan, area="shop", language="en")][:2] == ["Draft page", "Почта"]


def test_the_marker_renders_a_table_in_the_page_language(tmp_path: Path) -> None:
    extension = OpenQuestionsExtension(list_for=lambda area, language: [OpenQuestion("mail.md", "Почта", "kb-shop", "Пишите 〔…〕")])
    extension.begin_page(language="ru", ui=ui_text("ru"))
    html = markdown.markdown("::: open-questions shop\n", extensions=[extension])
    assert '<th scope="col">Владелец</th>' in html
    assert '<td><a href="mail.md">Почта</a></td>\n<td>Пишите 〔…〕</td>\n<td>kb-shop</td>' in html
    empty = OpenQuestionsExtension(list_for=lambda area, language: [])
    empty.begin_page(language="en", ui=ui_text("en"))
    assert ui_text("en").no_open_questions in markdown.markdown("::: open-questions shop\n", extensions=[empty])


def test_a_long_line_is_cut_around_the_placeholder() -> None:
    line = "# " + "слово " * 40 + "〔…〕" + " конец" * 40 + " {#id}"
    short = excerpt(line)
    assert "〔…〕" in short and short.startswith("…") and short.endswith("…") and len(short) <= 142
    assert excerpt("## Шаг 3: [ответ](a.md) 〔…〕 {#step-3}") == "Шаг 3: ответ 〔…〕"
