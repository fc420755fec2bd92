"""Fact references and the Key facts list as Python-Markdown extensions.

`{{fact:id}}` (or `{{fact:id:number}}`) anywhere inline, headings, table cells, say blocks and
decision-table cells included, becomes the fact's value in the page's language and digits,
as a `<span class="kb-fact" data-kb-fact="id">`; inside the words of a script (a say block,
a script cell), on any page, the fact as the script's language says it: its source wording. A reference to no
fact keeps its text (the build reports it at its line). `::: key-facts <area>` is the area's
Key facts table.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from kb.components.decision_tables.cell_text import QUOTED
from kb.core.interface_text import UiText
from kb.core.markdown_markers import MarkerProcessor
from kb.facts.key_facts import KeyFact
from kb.facts.localised import Digits, render, writes_own_digits
from kb.facts.localised import Form as RenderForm
from kb.facts.references import REFERENCE, Form, parsed_form
from kb.facts.registry import AreaFacts, Fact, in_unit

FACT_CLASS = "kb-fact"
FACT_ATTRIBUTE = "data-kb-fact"
# The words agents read aloud: of a say block (kb.components.say_blocks) and of a script cell
# of a decision table (kb.components.decision_tables.cell_text); not the meaning beside them.
SCRIPT_CLASS = "kb-script-text"


@dataclass
class FactPage:
    """What a page's references need: its area's facts, language and digits, and the language
    its scripts are said in."""

    facts: AreaFacts
    language: str
    digits: Digits = "latn"
    script_language: str = ""
    used: set[str] = field(default_factory=set)

    def written(self, match: re.Match[str], *, language: str | None = None, in_script: bool = False) -> str | None:
        """A reference (a REFERENCE match) as this page writes it in language (the page's by
        default), or as the script says it; None for a reference to no fact or form, which
        stays as written (the build reports it at its line)."""
        fact = self.facts.facts.get(match.group(1))
        form = parsed_form(match.group(2) or "", units=fact.units) if fact else None
        if fact is None or form is None:
            return None
        self.used.add(fact.id)
        if in_script:
            return script_wording(fact, script_language=self.script_language, form=form)
        language = language or self.language
        digits = self.digits if language == self.language else ("native" if writes_own_digits(language) else "latn")
        return render(_in_form_unit(fact, form), language=language, form=_render_form(form), digits=digits)


class _ReferenceProcessor(InlineProcessor):
    def __init__(self, extension: FactExtension) -> None:
        super().__init__(REFERENCE.pattern)
        self.extension = extension

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:  # type: ignore[override]  # noqa: N802
        page = self.extension.page
        written = page.written(m) if page else None
        if written is None or page is None:
            element = etree.Element("span", {"class": FACT_CLASS})
            element.text = AtomicString(m.group())
            return element, m.start(0), m.end(0)
        element = fact_element(page.facts.facts[m.group(1)], written)
        if m.group(2):
            element.set("data-kb-form", m.group(2))
        return element, m.start(0), m.end(0)


def _in_form_unit(fact: Fact, form: Form) -> Fact:
    return (in_unit(fact, form.unit) if form.unit else None) or fact


def _render_form(form: Form) -> RenderForm:
    return "number" if form.number_only else "full"


def fact_element(fact: Fact, written: str) -> etree.Element:
    """A fact's value as written for the page: a phone is a link to call it."""
    element = etree.Element("span", {"class": FACT_CLASS, FACT_ATTRIBUTE: fact.id})
    if fact.kind == "phone":
        element.tag = "a"
        element.set("href", fact.tel)
    element.text = AtomicString(written)
    return element


def script_wording(fact: Fact, *, script_language: str, form: Form) -> str:
    """A fact inside a script, on any page: the script is said in its own language, so the
    fact reads as the source words it (in the unit the reference asks for), or else as that
    language writes it."""
    in_its_unit = _in_form_unit(fact, form)
    wording = fact.source_wordings.get("" if in_its_unit is fact else str(form.unit), "")
    if wording:
        return wording
    digits: Digits = "native" if writes_own_digits(script_language) else "latn"
    return render(in_its_unit, language=script_language, form=_render_form(form), digits=digits)


class _ScriptWording(Treeprocessor):
    """Facts inside the words of a script read as the script says them (script_wording); a
    phone inside a link an editor wrote is text, not a link within a link."""

    def __init__(self, md: Markdown, extension: FactExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        page = self.extension.page
        if page is not None:
            self._walk(root, page, in_script=False)

    def _walk(self, element: etree.Element, page: FactPage, *, in_script: bool, in_link: bool = False) -> None:
        in_script = in_script or SCRIPT_CLASS in (element.get("class") or "").split()
        fact: Fact | None = page.facts.facts.get(element.get(FACT_ATTRIBUTE) or "")
        if in_link and fact is not None and element.tag == "a":
            element.tag = "span"
            element.attrib.pop("href", None)
        in_link = in_link or element.tag == "a"
        form = parsed_form(element.get("data-kb-form") or "", units=fact.units) if fact is not None else None
        if in_script and fact is not None and form is not None:
            element.text = AtomicString(script_wording(fact, script_language=page.script_language, form=form))
        for child in element:
            self._walk(child, page, in_script=in_script, in_link=in_link)


def render_key_facts(facts: list[KeyFact], ui: UiText) -> etree.Element:
    """The Key facts table: fact, value, where it is used (links)."""
    if not facts:
        element = etree.Element("p")
        element.text = AtomicString(ui.no_key_facts)
        return element
    table = etree.Element("table", {"class": "kb-key-facts"})
    header = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for label in (ui.key_fact, ui.key_value, ui.key_used_on):
        etree.SubElement(header, "th", {"scope": "col"}).text = AtomicString(label)
    body = etree.SubElement(table, "tbody")
    for fact in facts:
        row = etree.SubElement(body, "tr", {"id": f"fact-{fact.fact.id.replace('.', '-')}"})
        etree.SubElement(row, "th", {"scope": "row"}).text = AtomicString(fact.label)
        etree.SubElement(row, "td").append(fact_element(fact.fact, fact.value))
        uses = etree.SubElement(etree.SubElement(row, "td"), "ul")
        for use in fact.uses:
            link = etree.SubElement(etree.SubElement(uses, "li"), "a", {"href": use.link})
            link.text = AtomicString(use.title)
    return table


class FactExtension(Extension):
    """The caller says, before each page, what its references read (begin_page), and gives the
    Key facts of an area in a language (list_for)."""

    def __init__(self, *, list_for: Callable[[str, str, Digits], list[KeyFact]]) -> None:
        super().__init__()
        self.list_for = list_for
        self.page: FactPage | None = None
        self.ui: UiText | None = None

    def begin_page(self, page: FactPage, *, ui: UiText) -> None:
        self.page, self.ui = page, ui

    def written_out(self, text: str, language: str, script: bool) -> str:
        """text (a decision-table text in language) with each reference written out for the
        current page, as plain text: for what a table shows as plain text or in attributes
        (labels, row-link names, search titles). In a script column, a reference inside the
        «quoted» words to say reads as the script says it."""
        page = self.page
        if page is None or REFERENCE.search(text) is None:
            return text

        def written(match: re.Match[str], *, in_script: bool) -> str:
            return page.written(match, language=language, in_script=in_script) or match.group()

        if not script:
            return REFERENCE.sub(lambda match: written(match, in_script=False), text)
        pieces = QUOTED.split(text)
        quoted = QUOTED.findall(text)
        out = REFERENCE.sub(lambda match: written(match, in_script=False), pieces[0])
        for words, rest in zip(quoted, pieces[1:], strict=True):
            out += REFERENCE.sub(lambda match: written(match, in_script=True), words)
            out += REFERENCE.sub(lambda match: written(match, in_script=False), rest)
        return out

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # Before the other inline patterns (links, emphasis), after code spans and escapes.
        md.inlinePatterns.register(_ReferenceProcessor(self), "kb_fact", 185)
        md.treeprocessors.register(_ScriptWording(md, self), "kb_fact_script_wording", 1)
        processor = MarkerProcessor(md.parser, name="key-facts", argument=r"[a-z0-9-]+", place=self.place)
        md.parser.blockprocessors.register(processor, "kb_key_facts", 104)

    def place(self, parent: etree.Element, area: str) -> None:
        if self.ui is not None and self.page is not None:
            parent.append(render_key_facts(self.list_for(area, self.page.language, self.page.digits), self.ui))
