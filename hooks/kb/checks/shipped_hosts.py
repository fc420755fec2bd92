"""Other hosts named in the files the site ships besides its pages (scripts, stylesheets, data):
each must be listed, with why no browser asks it for anything, in shipped_hosts.yml.

The pages themselves are checked element by element (kb.checks.page_html and
kb.checks.external_resources); this covers the theme's and Pagefind's bundled code, whose
feature-dependent fetches (mermaid from a CDN, a forge's API) must stay unused.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kb.core.findings import Finding
from kb.core.yaml_source import load_yaml

_LIST_FILE = Path(__file__).with_name("shipped_hosts.yml")
SHIPPED_TEXT_SUFFIXES = (".js", ".mjs", ".css", ".json", ".xml", ".svg", ".txt", ".webmanifest")
_HOST_URL = re.compile(r"https?://([a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+)")


@dataclass(frozen=True)
class KnownHosts:
    """One entry of the list: files (a pattern under the site folder), the hosts they name."""

    files: str
    hosts: frozenset[str]


@cache
def known_hosts() -> tuple[KnownHosts, ...]:
    entries = load_yaml(_LIST_FILE.read_text(encoding="utf-8"), path=str(_LIST_FILE))
    return tuple(KnownHosts(str(entry["files"]), frozenset(entry["hosts"])) for entry in entries)


def named_hosts(text: str) -> dict[str, int]:
    """Each host an http(s) address in text names, with the line of its first mention."""
    hosts: dict[str, int] = {}
    # Lines counted on from the last address, not from the top: a sitemap names every page.
    line, counted_to = 1, 0
    for match in _HOST_URL.finditer(text):
        host = match.group(1).lower()
        if host not in hosts:
            line += text.count("\n", counted_to, match.start())
            counted_to = match.start()
            hosts[host] = line
    return hosts


def is_known(relative: str, host: str) -> bool:
    """Whether the list names host for the file (a pattern's * also matches across folders)."""
    return any(host in entry.hosts and fnmatch.fnmatchcase(relative, entry.files) for entry in known_hosts())


def shipped_host_findings(files: Mapping[str, str], *, own_host: str | None, display_dir: str) -> list[Finding]:
    """A finding for each host a shipped file names that is neither the site's nor listed.
    files: each file's path under the site folder, and its text."""
    findings = []
    for relative, text in sorted(files.items()):
        for host, line in named_hosts(text).items():
            if host != own_host and not is_known(relative, host):
                findings.append(
                    Finding(
                        f"{display_dir}/{relative}",
                        line,
                        f"the site ships a file naming {host}, which the KB does not know to be unused",
                        f"find out what would ask {host} for something; if nothing does, list it with why in "
                        "hooks/kb/checks/shipped_hosts.yml, else remove the file or the feature",
                    )
                )
    return findings
