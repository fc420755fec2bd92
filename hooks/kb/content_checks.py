"""Checks on what a page contains: links, images, heading ids and raw HTML.

Each takes the facts Python-Markdown parsed (kb.content_facts) and the page's source
text (to find the line), and returns findings.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from kb.content_facts import Heading, Image, Link
from kb.findings import Finding, line_of
from kb.parity import Variant, missing_in_variants

HEADING_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PHONE = re.compile(r"\+?\d{3,15}")
EMAIL = re.compile(r"[^@\s/]+@[^@\s/]+\.[a-z]{2,}", re.IGNORECASE)
LANGUAGE_SUFFIX = re.compile(r"\.(?P<language>[a-z]{2}(?:[-_][A-Za-z]{2,4})?)\.md$")
# Raw HTML editors may use; anything else is refused rather than published.
SAFE_TAGS = frozenset(
    {"abbr", "b", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em", "i", "ins", "kbd", "li", "mark", "ol", "p", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "time", "tr", "u", "ul"}
)


def _line(source: str, *needles: str) -> int:
    for needle in needles:
        line = line_of(source, needle)
        if line is not None:
            return line
    return 1


@dataclass(frozen=True)
class AnchorLink:
    """A link to #fragment on a page (its English path), checked once that page is built."""

    target: str
    fragment: str
    finding: Finding


def link_findings(
    links: Collection[Link],
    *,
    path: str,
    path_in_docs: str,
    source: str,
    languages: Collection[str],
    docs_files: Collection[str],
    excluded: Collection[str] = (),
) -> tuple[list[Finding], list[AnchorLink]]:
    """External links https and well-formed, mailto:/tel: valid, page links language-neutral
    and to existing pages; links with a #fragment are returned for the anchor check."""
    findings = []
    anchors = []
    for link in links:
        parts = urlsplit(link.href)
        scheme = parts.scheme.lower()
        line = _line(source, f"]({link.href}", link.href)

        def fault(problem: str, fix: str) -> None:
            findings.append(Finding(path, line, problem, fix))

        if scheme == "javascript":
            fault(f"link '{link.text}' runs JavaScript", "link to a page or an https address instead")
        elif scheme == "http":
            fault(f"link {link.href} is not https", "use the https:// address; plain http is refused")
        elif scheme == "https":
            if not parts.netloc or " " in link.href or "." not in parts.netloc:
                fault(f"link {link.href} is not a well-formed address", "write a full address such as https://example.org/page")
        elif scheme == "mailto":
            if not EMAIL.fullmatch(parts.path):
                fault(f"e-mail link {link.href} is not a valid address", "write mailto:name@example.org")
        elif scheme == "tel":
            if not PHONE.fullmatch(parts.path):
                fault(f"phone link {link.href} is not a valid number", "write the number in international form without spaces, e.g. tel:+78005553535")
        elif scheme:
            fault(f"link {link.href} uses the '{scheme}' scheme", "use https:, mailto:, tel: or a relative link to a page")
        else:
            suffix = LANGUAGE_SUFFIX.search(parts.path)
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path_in_docs), unquote(parts.path))) if parts.path else neutral_page(path_in_docs, languages)
            if suffix and suffix["language"] in languages:
                english = LANGUAGE_SUFFIX.sub(".md", parts.path)
                fault(f"link {link.href} points at the {suffix['language']} file of a page", f"link to {english}: every language resolves it to its own translation")
            elif target in excluded:
                fault(f"link {link.href} leads to docs/{target}, which is excluded from the build", "link to a published page, or stop excluding the page (exclude_docs in mkdocs.yml)")
            elif parts.path.endswith(".md") and target not in docs_files:
                fault(f"link {link.href} leads to no page: docs/{target} does not exist", "correct the path; links are relative to this page and name the English .md file")
            elif parts.fragment and (target.endswith(".md") or not parts.path):
                problem = f"link {link.href} names #{parts.fragment}, which docs/{target} does not have"
                anchors.append(AnchorLink(target, unquote(parts.fragment), Finding(path, line, problem, "link to a heading id the page has ({#id} at the end of the heading)")))
    return findings, anchors


def neutral_page(path_in_docs: str, languages: Collection[str]) -> str:
    """'area/page.ru.md' -> 'area/page.md': links and ids are shared by all languages."""
    suffix = LANGUAGE_SUFFIX.search(path_in_docs)
    return LANGUAGE_SUFFIX.sub(".md", path_in_docs) if suffix and suffix["language"] in languages else path_in_docs


def missing_anchor_findings(anchors: Collection[AnchorLink], *, ids_by_page: dict[str, frozenset[str]]) -> list[Finding]:
    """The anchor links whose page was built without the id."""
    return [anchor.finding for anchor in anchors if anchor.target in ids_by_page and anchor.fragment not in ids_by_page[anchor.target]]


def image_findings(images: Collection[Image], *, path: str, path_in_docs: str, source: str, docs_files: Collection[str]) -> list[Finding]:
    """Every image exists under docs/ (or is remote, which self_contained refuses) and has alternative text."""
    findings = []
    for image in images:
        line = _line(source, image.src)
        parts = urlsplit(image.src)
        if not parts.scheme and not parts.netloc:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path_in_docs), unquote(parts.path)))
            if target not in docs_files:
                findings.append(Finding(path, line, f"image {image.src} does not exist: no docs/{target}", "put the file under docs/assets/ and correct the path"))
        if not image.alt.strip():
            findings.append(Finding(path, line, f"image {image.src} has no alternative text", "write what the image shows in the brackets: ![what it shows](file.png)"))
    return findings


def heading_findings(headings: Collection[Heading], *, path: str, source: str) -> list[Finding]:
    """Every heading has an explicit, ASCII id, unique on the page."""
    findings = []
    seen: dict[str, int] = {}
    # Headings come in source order: look for each one after the previous one.
    cursor = 0

    def locate(*needles: str) -> int:
        nonlocal cursor
        for needle in needles:
            index = source.find(needle, cursor)
            if index >= 0:
                cursor = index + len(needle)
                return source.count("\n", 0, index) + 1
        return 1

    for heading in headings:
        if heading.id is None:
            findings.append(Finding(path, locate(heading.text), f"heading '{heading.text}' has no explicit id", "end the heading with {#an-ascii-id}, the same in every language"))
            continue
        line = locate(f"{{#{heading.id}}}", heading.text)
        if not HEADING_ID.fullmatch(heading.id):
            findings.append(Finding(path, line, f"heading id '{heading.id}' is not lower-case ASCII words joined by hyphens", "use an id like refund-deadline"))
        if heading.id in seen:
            findings.append(Finding(path, line, f"heading id '{heading.id}' is used twice (first on line {seen[heading.id]})", "give each heading its own id"))
        seen.setdefault(heading.id, line)
    return findings


def heading_id_parity(variants: Collection[Variant]) -> list[Finding]:
    """Every language's file of a page has the same heading ids, so page.md#id works everywhere."""

    def describe(heading_id: str, holders: str) -> tuple[str, str]:
        return f"this translation has no heading id '{heading_id}', which {holders} has", f"give the matching heading {{#{heading_id}}}"

    return missing_in_variants(variants, describe=describe)


class _RawHtmlScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text() or f"<{tag}"
        if tag not in SAFE_TAGS:
            self.problems.append((text, f"raw HTML <{tag}> is not allowed in pages", "remove it; write Markdown, or ask the site maintainers for a safe component"))
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append((text, f"raw HTML attribute {name} runs JavaScript", "remove the attribute"))
            elif name.lower() in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append((text, f"raw HTML {name} is a javascript: URL", "link to a page or an https address instead"))


def raw_html_findings(blocks: Collection[str], *, path: str, source: str) -> list[Finding]:
    """Raw HTML only from a small safe list: no scripts, frames, handlers or javascript: URLs."""
    findings = []
    for block in blocks:
        scanner = _RawHtmlScanner()
        scanner.feed(block)
        scanner.close()
        findings += [Finding(path, _line(source, text), problem, fix) for text, problem, fix in scanner.problems]
    return findings


def draft_link_notices(links: Collection[Link], *, path: str, path_in_docs: str, source: str, drafts: Collection[str]) -> list[Finding]:
    """Links from a published page to a draft page: allowed, but a reviewer should know."""
    notices = []
    for link in links:
        parts = urlsplit(link.href)
        if parts.scheme or parts.netloc or not parts.path.endswith(".md"):
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(path_in_docs), unquote(parts.path)))
        if target in drafts:
            notices.append(Finding(path, _line(source, f"]({link.href}", link.href), f"this published page links to the draft page docs/{target}", "publish the target page, or keep the link knowing readers land on a draft"))
    return notices
