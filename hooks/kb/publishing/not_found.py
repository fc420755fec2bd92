"""The pages readers get at an address with no page: in their language, with a way home.

GitHub Pages (and most hosts) serve one `404.html` from the top of the published branch for
every missing address, whatever release or language it names. So:

- the branch's own `404.html` (branch_not_found_page, written by the deploy command, since
  mike writes only release folders) sends an address without a release
  (`/ru/home-shopping/returns/`) to the same page in `latest`, and shows an address inside a
  release as that release's not-found page in the address's language;
- each release's not-found page is built once per language (`404.html`, `ru/404.html`, ...);
  the release's own `404.html`, in the default language, shows the language the address
  names (language_switch_script).

Without JavaScript the branch's page shows every language's words with a link to the
current release's home in that language.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from dataclasses import dataclass

from kb.core.languages import Languages, direction
from kb.core.release_links import folder_path
from kb.publishing.releases import LATEST


@dataclass(frozen=True)
class NotFoundWords:
    """One language's words for the not-found page (languages/<code>.yml)."""

    title: str
    text: str
    home: str


def _show_page_script(*, site_path: str, languages: Languages) -> str:
    """Replace this document with the not-found page at an address (a release's, in a
    language), keeping the address the reader asked for."""
    settings = json.dumps({"root": folder_path(site_path), "languages": list(languages.others())})
    # A not-found page's links are absolute inside its release, so it can be shown at any address.
    return (
        f"var kbNotFound = {settings};\n"
        "function kbShowNotFound(url) {\n"
        "  return fetch(url).then(function (response) {\n"
        "    if (!response.ok) return false;\n"
        "    return response.text().then(function (text) { document.open(); document.write(text); document.close(); return true });\n"
        "  }).catch(function () { return false });\n"
        "}\n"
    )


def language_switch_script(*, site_path: str, languages: Languages) -> str:
    """For a release's default-language not-found page: when the address names another
    language of the release (`/1.0/ru/...`), show that language's not-found page instead."""
    return (
        "<script>(function () {\n"
        + _show_page_script(site_path=site_path, languages=languages)
        + "  var rest = location.pathname.indexOf(kbNotFound.root) === 0 ? location.pathname.slice(kbNotFound.root.length) : '';\n"
        "  var language = rest.split('/')[0];\n"
        "  if (kbNotFound.languages.indexOf(language) >= 0) kbShowNotFound(kbNotFound.root + language + '/404.html');\n"
        "})()</script>"
    )


def branch_not_found_page(*, site_path: str, languages: Languages, words: Mapping[str, NotFoundWords]) -> str:
    """The published branch's own 404.html: see the module's docstring."""
    root = folder_path(site_path)
    sections = []
    for language in languages:
        said = words[language]
        home = f"{root}{LATEST}/" + ("" if language == languages.default else f"{language}/")
        sections.append(
            f'<section lang="{html.escape(language)}" dir="{direction(language)}" data-kb-language="{html.escape(language)}">'
            f"<h1>{html.escape(said.title)}</h1><p>{html.escape(said.text)}</p>"
            f'<p><a href="{html.escape(home)}">{html.escape(said.home)}</a></p></section>'
        )
    script = (
        "<script>(function () {\n" + _show_page_script(site_path=site_path, languages=languages) + "  var root = kbNotFound.root;\n"
        "  var rest = location.pathname.indexOf(root) === 0 ? location.pathname.slice(root.length) : location.pathname.slice(1);\n"
        "  var parts = rest.split('/');\n"
        "  function showLanguage(language) {\n"
        "    var sections = document.querySelectorAll('[data-kb-language]');\n"
        "    var known = Array.prototype.some.call(sections, function (section) { return section.dataset.kbLanguage === language });\n"
        "    if (!known) return;\n"
        "    Array.prototype.forEach.call(sections, function (section) { section.hidden = section.dataset.kbLanguage !== language });\n"
        "    document.documentElement.lang = language;\n"
        "  }\n"
        f"  showLanguage(kbNotFound.languages.indexOf(parts[0]) >= 0 ? parts[0] : kbNotFound.languages.indexOf(parts[1]) >= 0 ? parts[1] : {json.dumps(languages.default)});\n"
        "  fetch(root + 'versions.json').then(function (response) { return response.ok ? response.json() : [] }).catch(function () { return [] }).then(function (versions) {\n"
        "    var names = [];\n"
        "    versions.forEach(function (entry) { names.push(entry.version); names = names.concat(entry.aliases || []) });\n"
        "    if (names.indexOf(parts[0]) >= 0) {\n"
        "      // A missing page of a release: that release's not-found page, in the address's language.\n"
        "      var language = kbNotFound.languages.indexOf(parts[1]) >= 0 ? parts[1] + '/' : '';\n"
        "      kbShowNotFound(root + parts[0] + '/' + language + '404.html');\n"
        f"    }} else if (names.indexOf({json.dumps(LATEST)}) >= 0) {{\n"
        "      // An address without a release: the same page in the current release.\n"
        f"      location.replace(root + {json.dumps(LATEST)} + '/' + rest + location.search + location.hash);\n"
        "    }\n"
        "  });\n"
        "})()</script>"
    )
    return (
        "<!doctype html>\n"
        f'<html lang="{html.escape(languages.default)}" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(words[languages.default].title)}</title>"
        "<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}"
        "a{color:#2b3a9f}a:focus-visible{outline:3px solid #2b3a9f;outline-offset:2px}section{margin-bottom:2rem}</style>"
        f"</head><body><main>{''.join(sections)}</main>{script}</body></html>\n"
    )
