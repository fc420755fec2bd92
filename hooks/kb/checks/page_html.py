"""The final HTML of every page, checked for what could run code, reach another host or hide
the page: the last line of defence for every agent's browser.

It reads the page as it is written (after Markdown, the KB's components and the theme), so
it sees what raw HTML, attr_list attributes, snippets, table cells and front matter became,
however they got there. Inside the page's <article> only the allow-listed elements and
attributes of page_html.yml may appear; anywhere in the page, no event handler, style,
frame, Pagefind instruction, unsafe URL or HTML in a title attribute (Material's tooltips
insert titles as HTML). Each fault is traced back to the file and line that wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit

from lxml.etree import Element, _Element

from kb.checks.external_resources import FETCHING_ATTRIBUTES, srcset_urls, third_party_host
from kb.core.findings import MAX_QUOTED, Finding, WrittenFile, shortened
from kb.core.html_tree import elements, source_line
from kb.core.yaml_source import load_yaml

_RULES_FILE = Path(__file__).with_name("page_html.yml")
_ARTICLE = "//article[contains(concat(' ', normalize-space(@class), ' '), ' md-content__inner ')]"
_FETCHING_RELS = frozenset({"icon", "manifest", "modulepreload", "preconnect", "prefetch", "preload", "stylesheet", "dns-prefetch"})
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)
# Browsers drop these from URLs: leading and trailing C0 controls and spaces, and tabs and
# line breaks anywhere ("java\tscript:" is "javascript:").
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_STRIPPED = "".join(map(chr, range(0x21)))


@dataclass(frozen=True)
class PageHtmlRules:
    """page_html.yml, read once."""

    content_elements: frozenset[str]
    content_attributes: frozenset[str]
    content_attribute_prefixes: tuple[str, ...]
    generated_ids: re.Pattern[str]
    reserved_classes: frozenset[str]
    refused_elements: frozenset[str]
    refused_attributes: frozenset[str]
    refused_attribute_prefixes: tuple[str, ...]
    link_schemes: frozenset[str]
    url_attributes: frozenset[str]
    # Attribute names that break a rule anywhere in a page whatever their value.
    watched_prefixes: tuple[str, ...]


@cache
def page_html_rules() -> PageHtmlRules:
    data = load_yaml(_RULES_FILE.read_text(encoding="utf-8"), path=str(_RULES_FILE))
    content, everywhere = data["content"], data["everywhere"]
    return PageHtmlRules(
        content_elements=frozenset(content["elements"]),
        content_attributes=frozenset(content["attributes"]),
        content_attribute_prefixes=tuple(content["attribute_prefixes"]),
        generated_ids=re.compile("|".join(f"(?:{pattern})" for pattern in content["generated_ids"])),
        reserved_classes=frozenset(content["reserved_classes"]),
        refused_elements=frozenset(everywhere["elements"]),
        refused_attributes=frozenset(everywhere["attributes"]),
        refused_attribute_prefixes=tuple(everywhere["attribute_prefixes"]),
        link_schemes=frozenset(data["links"]["schemes"]),
        url_attributes=frozenset(data["url_attributes"]),
        watched_prefixes=("on", *everywhere["attribute_prefixes"]),
    )


@dataclass(frozen=True)
class UnsafeMarkup:
    """A fault in a built page: what is wrong, how to fix it, what the source may show of it
    (tried in order to find the line that wrote it), and its line in the built page."""

    problem: str
    fix: str
    clues: tuple[str, ...]
    built_line: int


def _attributes(element: _Element) -> list[tuple[str, str]]:
    return [(str(name), str(value)) for name, value in element.attrib.items()]


def _start_tag(element: _Element) -> str:
    attributes = "".join(f' {name}="{value}"' for name, value in _attributes(element))
    return shortened(f"<{element.tag}{attributes}>", MAX_QUOTED)


def cleaned_url(value: str) -> str:
    """A URL as the browser reads it: entities are already decoded by the parser; what
    browsers ignore is removed, and a backslash is read as a slash."""
    return _URL_IGNORED.sub("", value).strip(_URL_STRIPPED).replace("\\", "/")


def url_scheme(url: str) -> str | None:
    """The scheme of a cleaned URL, in lower case, or None for a path."""
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def url_problem(value: str, *, is_link: bool, own_host: str | None) -> str | None:
    """What is wrong with a URL in an attribute, or None. A link may lead to the site, or out
    over http(s), mail or telephone; anything else the browser loads must be the site's own."""
    url = cleaned_url(value)
    scheme = url_scheme(url)
    if is_link:
        if scheme is None or scheme in page_html_rules().link_schemes:
            return None
        return f"leads to a {scheme}: URL"
    if scheme is None and not url.startswith("//"):
        return None
    parts = urlsplit(url)
    if scheme in ("http", "https", None) and own_host is not None and parts.hostname == own_host:
        return None
    if scheme in ("http", "https", None):
        return f"loads {shortened(url, MAX_QUOTED)}, which is not a file of this site"
    return f"loads a {scheme}: URL"


def _attribute_clues(element: _Element, name: str, value: str) -> tuple[str, ...]:
    return (f"{name}={value}"[:40], f'{name}="{value}'[:40], value[:40], f"{name}=", f"<{element.tag}")


def _url_fault(element: _Element, name: str, raw: str, rules: PageHtmlRules, *, own_host: str | None) -> list[UnsafeMarkup]:
    tag = str(element.tag)
    rel = set((element.get("rel") or "").lower().split())
    is_link = name == "href" and (tag in ("a", "area") or (tag == "link" and not rel & _FETCHING_RELS))
    faults = []
    for value in srcset_urls(raw) if name == "srcset" else [raw]:
        if (tag, name) in FETCHING_ATTRIBUTES and third_party_host(value):
            continue  # a fetch from another host: reported once, by kb.checks.external_resources
        problem = url_problem(value, is_link=is_link, own_host=own_host)
        if problem:
            faults.append(
                UnsafeMarkup(
                    f"{_start_tag(element)}: {name} {problem}",
                    "link to a page of the KB or an https address, and load images and files from docs/assets/",
                    _attribute_clues(element, name, value),
                    source_line(element),
                )
            )
    return faults


def _refused_element(element: _Element, where: str) -> UnsafeMarkup:
    return UnsafeMarkup(
        f"{_start_tag(element)} is not allowed {where}",
        "remove it; write Markdown, or ask the site maintainers for a safe component",
        (f"<{element.tag}",),
        source_line(element),
    )


def _refused_attribute(name: str, rules: PageHtmlRules) -> tuple[str, str] | None:
    """What is wrong with an attribute anywhere in a page, and how to fix it, or None."""
    if name.startswith("on"):
        return f"attribute {name} runs JavaScript", "remove the attribute"
    if name == "style" or name == "background":
        return f"attribute {name} restyles the page", "remove it; the KB's stylesheet styles every page"
    if name in rules.refused_attributes:
        return f"attribute {name} makes the browser fetch or submit", "remove the attribute"
    if name.startswith(rules.refused_attribute_prefixes):
        return f"attribute {name} instructs the site search", "remove it; search records are made by the build"
    return None


def _title_fault(element: _Element, title: str) -> UnsafeMarkup:
    return UnsafeMarkup(
        f"{_start_tag(element)}: the title holds markup, which the theme's tooltip would run as HTML",
        "write the title (a glossary definition, a link or image title) as plain text, without < and >",
        (title[:40], "title="),
        source_line(element),
    )


def _everywhere_faults(element: _Element, rules: PageHtmlRules, *, own_host: str | None) -> tuple[list[UnsafeMarkup], list[UnsafeMarkup]]:
    """The faults of one element anywhere in a page, and those of its URLs."""
    faults: list[UnsafeMarkup] = []
    url_faults: list[UnsafeMarkup] = []
    refused_element = str(element.tag) in rules.refused_elements
    if refused_element:
        faults.append(_refused_element(element, "in a page"))
    for name, value in _attributes(element):
        refused = _refused_attribute(name, rules)
        if refused:
            problem, fix = refused
            faults.append(
                UnsafeMarkup(f"{_start_tag(element)}: {problem}", fix, _attribute_clues(element, name, value), source_line(element))
            )
        elif name == "title" and ("<" in value or ">" in value):
            faults.append(_title_fault(element, value))
        elif not refused_element and name in rules.url_attributes and _may_leave_site(value):
            url_faults += _url_fault(element, name, value, rules, own_host=own_host)
    return faults, url_faults


def _content_element_faults(element: _Element, rules: PageHtmlRules) -> list[UnsafeMarkup]:
    """The faults of one element of the page's content (its <article>)."""
    if str(element.tag) in rules.content_elements:
        return _content_attribute_faults(element, rules)
    # Elements refused everywhere, and their children, are reported once, as refused in a page.
    if any(str(node.tag) in rules.refused_elements for node in (element, *element.iterancestors())):
        return []
    return [_refused_element(element, "in page content")]


def _content_attribute_faults(element: _Element, rules: PageHtmlRules) -> list[UnsafeMarkup]:
    faults = []
    for name, value in _attributes(element):
        if _refused_attribute(name, rules):
            continue  # reported everywhere
        if name == "id" and value.startswith("__") and not rules.generated_ids.fullmatch(value):
            problem = f"id '{shortened(value, MAX_QUOTED)}' is reserved for the theme"
        elif name == "class" and rules.reserved_classes & set(value.split()):
            problem = (
                f"class {' '.join(sorted(rules.reserved_classes & set(value.split())))} makes the theme load a script from another host"
            )
        elif name.startswith("data-md"):
            problem = f"attribute {name} is reserved for the theme"
        elif name not in rules.content_attributes and not name.startswith(rules.content_attribute_prefixes):
            problem = f"attribute {name} is not allowed in page content"
        else:
            continue
        faults.append(
            UnsafeMarkup(f"{_start_tag(element)}: {problem}", "remove it", _attribute_clues(element, name, value), source_line(element))
        )
    return faults


def _may_leave_site(url: str) -> bool:
    """Whether a URL can carry a scheme or another host; most are paths, never read further."""
    return ":" in url or "//" in url or "\\" in url


def _is_suspect(element: _Element, rules: PageHtmlRules) -> bool:
    """Whether an element may break a rule that holds anywhere: most elements cannot, and
    telling them apart this quickly keeps the check cheap."""
    if element.tag in rules.refused_elements:
        return True
    for name, value in cast("list[tuple[str, str]]", element.items()):  # lxml-stubs: bytes or str; the parser gives str
        if name in rules.refused_attributes or name.startswith(rules.watched_prefixes):
            return True
        if name == "title" and ("<" in value or ">" in value):
            return True
        if name in rules.url_attributes and _may_leave_site(value):
            return True
    return False


def _is_element(node: _Element) -> bool:
    """Whether node is an element, not a comment or a processing instruction."""
    return isinstance(node.tag, str)


def _element_after(element: _Element) -> _Element | None:
    """The first element after element and everything in it, in document order."""
    for node in (element, *element.iterancestors()):
        following = node.getnext()
        while following is not None and not _is_element(following):
            following = following.getnext()
        if following is not None:
            return following
    return None


def unsafe_markup(document: _Element, *, own_host: str | None) -> list[UnsafeMarkup]:
    """Every fault of a built page's HTML, in the order: anywhere, content, URLs. One walk over
    the elements in Python (libxml2's XPath string tests cost more); the content rules apply
    from the <article> to the first element after it."""
    rules = page_html_rules()
    everywhere: list[UnsafeMarkup] = []
    content: list[UnsafeMarkup] = []
    urls: list[UnsafeMarkup] = []
    article = next(iter(elements(document, _ARTICLE)), None)
    after_article = _element_after(article) if article is not None else None
    in_article = False
    for element in document.iter(Element):
        if element is article or element is after_article:
            in_article = element is article
        if in_article:
            content += _content_element_faults(element, rules)
        if _is_suspect(element, rules):
            faults, url_faults = _everywhere_faults(element, rules, own_host=own_host)
            everywhere += faults
            urls += url_faults
    return everywhere + content + urls


def _line_of_clue(clue: str, text: str) -> int | None:
    """The line of a clue in a text, in lower case (the parser reads tag and attribute names
    in lower case)."""
    lowered = text.lower()
    index = lowered.find(clue.lower()) if clue else -1
    return None if index < 0 else lowered.count("\n", 0, index) + 1


def _located(clues: Iterable[str], page: WrittenFile, other_sources: Callable[[], Iterable[WrittenFile]]) -> tuple[str, int] | None:
    """The first file, and its line, that holds a clue: the most telling clue first, in the
    page before the others (unlike kb.core.findings.written_where, which tries every clue in
    one file before the next: a generic clue in the page would hide a telling one in a table)."""
    others: list[WrittenFile] | None = None
    for clue in clues:
        line = _line_of_clue(clue, page.text)
        if line is not None:
            return page.path, line
        others = list(other_sources()) if others is None else others
        for file in others:
            line = _line_of_clue(clue, file.text)
            if line is not None:
                return file.path, line
    return None


def page_html_findings(
    faults: Sequence[UnsafeMarkup],
    *,
    page: WrittenFile,
    other_sources: Callable[[], Iterable[WrittenFile]],
    built_path: str,
) -> list[Finding]:
    """The faults of a built page as findings at the line that wrote them: the page's source,
    else the other sources (the files it includes, other pages whose title the navigation
    shows, the configuration), else the built page's own line."""
    findings = []
    for fault in faults:
        where = _located(fault.clues, page, other_sources)
        if where is None:
            findings.append(Finding(page.path, 1, f"{fault.problem} (built page {built_path}:{fault.built_line})", fault.fix))
        else:
            findings.append(Finding(where[0], where[1], fault.problem, fault.fix))
    return findings
