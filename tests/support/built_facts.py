"""The facts a built site shows: every number (in digits or in words), phone number, e-mail
address and URL of each page's article, per page address, as fact parity reads them. Used
to show that moving facts into registries lost none (tests/site/test_facts.py).

A page's details (its dates: reviewed, changed) are left out: they are not policy, and they
change with every edit. (The snapshot was taken when fact parity read them as phone numbers; those
entries were removed from it.)"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import lxml.html

from kb.translation.fact_parity import stated_facts

SNAPSHOT = Path(__file__).resolve().parents[1] / "fixtures" / "facts-before-migration.json"
LANGUAGES = ("ru", "fa", "lv", "zh")
# The page's details (its dates, owner, status) and the notices about them: not policy.
PAGE_DETAILS = '//*[contains(@class, "kb-page-meta") or contains(@class, "kb-review-overdue")]'
ISO_DATE = re.compile(r"(?<!\d)[0-9۰-۹]{4}-[0-9۰-۹]{2}-[0-9۰-۹]{2}(?!\d)")


def page_language(address: str) -> str:
    first = address.split("/", 1)[0]
    return first if first in LANGUAGES else "en"


def built_facts(site_dir: Path) -> dict[str, list[str]]:
    """page address ('ru/swopify/index.html') -> the sorted facts its article states."""
    found = {}
    for page in sorted(site_dir.rglob("index.html")):
        address = page.relative_to(site_dir).as_posix()
        articles = lxml.html.parse(str(page)).getroot().xpath("//article")
        if not articles:
            continue
        for details in articles[0].getroottree().xpath(PAGE_DETAILS):
            details.drop_tree()
        text = ISO_DATE.sub(" ", " ".join(article.text_content() for article in articles))
        found[address] = sorted(fact for fact in stated_facts(text, language=page_language(address)) if not fact.startswith("fact:"))
    return found


if __name__ == "__main__":
    # python tests/support/built_facts.py SITE_DIR: write the snapshot from a built site.
    SNAPSHOT.write_text(json.dumps(built_facts(Path(sys.argv[1])), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
