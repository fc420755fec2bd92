"""The KB's one link checker: every link and image a page holds, checked where it was written.

Each takes the facts Python-Markdown parsed (kb.checks.content_facts) and the page's source
text (to find the line), and returns findings. MkDocs' own link validation is off
(mkdocs.yml), so each broken link is reported once, at its file and line; the crawl of the
built site (kb.checks.site_crawl) checks only what the theme and the hooks write around pages.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from kb.checks.content_facts import Image, Link
from kb.core.findings import Finding, WrittenFile, written_where
from kb.core.languages import Languages, parse_page_path

PHONE = re.compile(r"\+?\d{3,15}")
EMAIL = re.compile(r"[^@\s/]+@[^@\s/]+\.[a-z]{2,}", re.IGNORECASE)


@dataclass(frozen=True)
class AnchorLink:
    """A link to #fragment on a page (its language-neutral path), checked once that page is built."""

    target: str
    fragment: str
    finding: Finding


@dataclass(frozen=True)
class PageSource:
    """The page whose links are checked: as editors see it, relative to docs/, and its text."""

    path: str  # docs/area/page.ru.md
    path_in_docs: str  # area/page.ru.md
    text: str
    # Other files whose text the page's Markdown holds (its area's glossary).
    included: tuple[WrittenFile, ...] = ()

    def where(self, *needles: str) -> tuple[str, int]:
        """The file (the page, or an included file) and line where a needle was written."""
        return written_where((WrittenFile(self.path, self.text), *self.included), *needles)


def _where(link: Link, page: PageSource) -> tuple[str, int]:
    if link.written_at is not None:
        return link.written_at
    return page.where(f"]({link.href}", link.href)


def _written_by_editor(link: Link, page: PageSource) -> bool:
    """Whether an editor wrote the link (in the page or a file it includes), rather than a
    component listing pages (an area's open questions link its drafts by design)."""
    return link.written_at is not None or any(link.href in text for text in (page.text, *(file.text for file in page.included)))


def _resolved(href_path: str, page: PageSource) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(page.path_in_docs), unquote(href_path)))


def _external_fault(link: Link, scheme: str, netloc: str, path: str) -> tuple[str, str] | None:
    """What is wrong with a link that has a scheme, if anything: (problem, fix)."""
    if scheme == "javascript":
        return f"link '{link.text}' runs JavaScript", "link to a page or an https address instead"
    if scheme == "http":
        return f"link {link.href} is not https", "use the https:// address; plain http is refused"
    if scheme == "https":
        if not netloc or " " in link.href or "." not in netloc:
            return f"link {link.href} is not a well-formed address", "write a full address such as https://example.org/page"
        return None
    if scheme == "mailto":
        return None if EMAIL.fullmatch(path) else (f"e-mail link {link.href} is not a valid address", "write mailto:name@example.org")
    if scheme == "tel":
        valid = PHONE.fullmatch(path)
        return (
            None
            if valid
            else (
                f"phone link {link.href} is not a valid number",
                "write the number in international form without spaces, e.g. tel:+78005553535",
            )
        )
    return f"link {link.href} uses the '{scheme}' scheme", "use https:, mailto:, tel: or a relative link to a page"


def link_findings(
    links: Collection[Link],
    *,
    page: PageSource,
    languages: Languages,
    docs_files: Collection[str],
    excluded: Collection[str] = (),
) -> tuple[list[Finding], list[AnchorLink]]:
    """External links https and well-formed, mailto:/tel: valid; links within the site relative,
    language-neutral and to a page or file that exists. Links with a #fragment are returned for
    the anchor check, which needs the target page built."""
    findings = []
    anchors = []
    for link in links:
        parts = urlsplit(link.href)
        path, line = _where(link, page)

        def fault(problem: str, fix: str, path: str = path, line: int = line) -> None:
            findings.append(Finding(path, line, problem, fix))

        if parts.scheme or parts.netloc:
            problem = _external_fault(link, parts.scheme.lower(), parts.netloc, parts.path)
            if problem:
                fault(*problem)
            continue
        if parts.path.startswith("/"):
            fault(
                f"link {link.href} is site-absolute",
                "link relatively to the page's .md file: a site-absolute link leaves the policy release it is read in",
            )
            continue
        target = _resolved(parts.path, page) if parts.path else parse_page_path(page.path_in_docs, languages=languages).page
        written_language = parse_page_path(target, languages=languages).suffix if parts.path.endswith(".md") else None
        if written_language in languages:
            neutral = parse_page_path(parts.path, languages=languages).page
            fault(
                f"link {link.href} points at the {written_language} file of a page",
                f"link to {neutral}: every language resolves it to its own translation",
            )
        elif target in excluded:
            fault(
                f"link {link.href} leads to docs/{target}, which is excluded from the build",
                "link to a published page, or stop excluding the page (exclude_docs in mkdocs.yml)",
            )
        elif target == ".." or target.startswith("../"):
            fault(f"link {link.href} leads outside docs/", "link to a page or file under docs/, or to its https address")
        elif target not in docs_files:
            kind = "page" if parts.path.endswith(".md") else "file"
            fault(
                f"link {link.href} leads to no {kind}: docs/{target} does not exist",
                "correct the path; links are relative to this page and name the English .md file of a page",
            )
        elif parts.fragment and target.endswith(".md"):
            missing = f"link {link.href} names #{parts.fragment}, which docs/{target} does not have"
            anchors.append(
                AnchorLink(
                    target,
                    unquote(parts.fragment),
                    Finding(path, line, missing, "link to a heading id the page has ({#id} at the end of the heading)"),
                )
            )
    return findings, anchors


def missing_anchor_findings(anchors: Collection[AnchorLink], *, ids_by_page: dict[str, frozenset[str]]) -> list[Finding]:
    """The anchor links whose page was built without the id."""
    return [anchor.finding for anchor in anchors if anchor.target in ids_by_page and anchor.fragment not in ids_by_page[anchor.target]]


def image_findings(images: Collection[Image], *, page: PageSource, docs_files: Collection[str]) -> list[Finding]:
    """Every image exists under docs/ (a remote one is refused by kb.checks.external_resources)
    and has alternative text."""
    findings = []
    for image in images:
        path, line = image.written_at or page.where(image.src)
        parts = urlsplit(image.src)
        if not parts.scheme and not parts.netloc:
            target = _resolved(parts.path, page)
            if target not in docs_files:
                findings.append(
                    Finding(
                        path,
                        line,
                        f"image {image.src} does not exist: no docs/{target}",
                        "put the file under docs/assets/ and correct the path",
                    )
                )
        if not image.alt.strip():
            findings.append(
                Finding(
                    path,
                    line,
                    f"image {image.src} has no alternative text",
                    "write what the image shows in the brackets: ![what it shows](file.png)",
                )
            )
    return findings


def draft_link_notices(links: Collection[Link], *, page: PageSource, drafts: Collection[str]) -> list[Finding]:
    """Links from a published page to draft pages: allowed, but a reviewer should know. One
    notice for the page, at its first such link, naming every draft it links to."""
    targets: list[str] = []
    first: tuple[str, int] | None = None
    for link in links:
        parts = urlsplit(link.href)
        if parts.scheme or parts.netloc or not parts.path.endswith(".md"):
            continue
        target = _resolved(parts.path, page)
        if target in drafts and _written_by_editor(link, page):
            first = first or _where(link, page)
            if target not in targets:
                targets.append(target)
    if first is None:
        return []
    pages = "the draft page" if len(targets) == 1 else "the draft pages"
    return [
        Finding(
            *first,
            f"this published page links to {pages} {', '.join(f'docs/{target}' for target in targets)}",
            "publish the target page, or keep the link knowing readers land on a draft",
        )
    ]
