"""kb.facts.markdown_facts: references in Markdown, scripts keeping their language's words."""

from __future__ import annotations

from decimal import Decimal

import lxml.html
import markdown

from kb.components.say_blocks import SayBlockExtension
from kb.core.interface_text import UiText
from kb.facts.markdown_facts import FactExtension, FactPage
from kb.facts.registry import AreaFacts, Fact

FACTS = AreaFacts(
    "shop",
    "docs/shop/facts.yml",
    {
        "returns.window": Fact("returns.window", "duration", {"amount": Decimal(14), "unit": "day"}, 2, {"": "четырнадцать дней"}),
        "delivery": Fact("delivery", "duration", {"amount": Decimal(21), "unit": "day"}, 8),
        "returns.period": Fact(
            "returns.period", "duration", {"amount": Decimal(14), "unit": "day"}, 9, {"": "14 дней", "week": "2-х недель"}
        ),
        "hotline": Fact("hotline", "phone", "8 800 200 58 88", 12, dial="+78002005888"),
    },
)
SAY = """!!! say "Say (in Russian)"
    Вернуть товар можно в течение {{fact:returns.window}}, доставка {{fact:delivery}}.

    You can return it within {{fact:returns.window}}; delivery takes {{fact:delivery}}.
    {: .kb-meaning }
"""


def rendered(text: str, *, language: str, script_language: str = "ru") -> lxml.html.HtmlElement:
    facts = FactExtension(list_for=lambda area, language, digits: [])
    facts.begin_page(FactPage(FACTS, language, script_language=script_language), ui=UiText.__new__(UiText))
    say = SayBlockExtension()
    say.begin_page(page_language=language, script_language=script_language)
    html = markdown.markdown(text, extensions=["admonition", "attr_list", say, facts])
    return lxml.html.fragment_fromstring(html, create_parent="div")


def test_a_script_keeps_its_words_and_the_meaning_is_in_the_pages_language() -> None:
    page = rendered(SAY, language="en")
    script = page.xpath('//*[contains(@class, "kb-script-text")]')[0].text_content()
    meaning = page.xpath('//*[contains(@class, "kb-meaning")]')[0].text_content()
    assert "в течение четырнадцать дней, доставка 21 день" in script  # source wording, else Russian
    assert "within 14 days; delivery takes 21 days" in meaning


def test_the_source_language_page_says_the_script_the_same_way() -> None:
    script = rendered(SAY, language="ru").xpath('//*[contains(@class, "kb-script-text")]')[0].text_content()
    assert "в течение четырнадцать дней, доставка 21 день" in script


def test_a_reference_to_no_fact_is_kept_as_written() -> None:
    page = rendered("Within {{fact:nothing}} and {{fact:delivery:words}}.", language="en")
    assert page.text_content() == "Within {{fact:nothing}} and {{fact:delivery:words}}."


def test_a_duration_in_another_unit_reads_in_that_unit_and_its_script_wording() -> None:
    text = SAY.replace("{{fact:returns.window}}", "{{fact:returns.period:week}}")
    page = rendered(text, language="lv")
    script = page.xpath('//*[contains(@class, "kb-script-text")]')[0].text_content()
    meaning = page.xpath('//*[contains(@class, "kb-meaning")]')[0].text_content()
    assert "в течение 2-х недель" in script
    assert "within 2 nedēļas" in meaning
    assert "в течение 14 дней" in rendered(SAY.replace("returns.window", "returns.period"), language="en").text_content()
    assert rendered("{{fact:returns.period:week:number}} nedēļu laikā", language="lv").text_content() == "2 nedēļu laikā"
    assert rendered("{{fact:returns.period:month}}", language="lv").text_content() == "{{fact:returns.period:month}}"


def test_a_phone_is_a_link_to_call_it_but_never_a_link_in_a_link() -> None:
    page = rendered("Call {{fact:hotline}}, or [the post: {{fact:hotline}}](https://example.org).", language="en")
    [call] = page.xpath('//a[@data-kb-fact="hotline"]')
    assert (call.get("href"), call.text) == ("tel:+78002005888", "8 800 200 58 88")
    [inside] = page.xpath('//a[@href="https://example.org"]//*[@data-kb-fact="hotline"]')
    assert inside.tag == "span" and inside.get("href") is None
