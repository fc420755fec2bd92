"""Where the source is silent: the placeholder shows who to ask, in the page's language."""

from __future__ import annotations

import markdown

from kb.components.not_given import NotGivenExtension, placeholder_lines
from support.interface import ui_text


def render(text: str, language: str) -> str:
    extension = NotGivenExtension()
    extension.begin_page(template=ui_text(language).not_given, owner="kb-online-store")
    return markdown.markdown(text, extensions=[extension])


def test_the_placeholder_names_the_owner_in_the_page_language() -> None:
    assert render("Write to the e-mail 〔…〕.", "en") == (
        '<p>Write to the e-mail <span class="kb-not-given">〔not given in the source policy — ask kb-online-store〕</span>.</p>'
    )
    assert "در سیاست اصلی ذکر نشده است — از kb-online-store بپرسید" in render("〔…〕", "fa")


def test_a_placeholder_in_code_stays_as_written() -> None:
    assert render("The sign `〔…〕` marks a gap.", "en") == "<p>The sign <code>〔…〕</code> marks a gap.</p>"


def test_placeholder_lines_are_counted_from_one() -> None:
    assert placeholder_lines("a\n〔…〕 b\nc\nd 〔…〕") == [2, 4]
