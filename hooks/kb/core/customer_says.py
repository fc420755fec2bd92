"""How customers and agents ask for what a page or a decision-table row answers, in their own
words (the KCS practice: capture the issue as the customer puts it).

A page lists them in its front matter (`customer_says: [...]`), a table row per language
(`customer_says: {ru: [...], lv: [...]}`). They are written in each language on their own,
not translated: they are not policy, so translation tracking and fact parity leave them out.
Search gives them a high weight; pages show them in a quiet "also asked as" line.
"""

from __future__ import annotations

from kb.core.findings import MAX_QUOTED, shortened
from kb.core.plain_text import markup_in

CUSTOMER_SAYS = "customer_says"
MAX_PHRASING = 120
CUSTOMER_SAYS_FIX = "list how customers and agents ask for this, as plain text, e.g. [где мои деньги, не пришел возврат]"


def phrasings_problem(value: object) -> str | None:
    """What is wrong with a list of phrasings (short, plain text, each once), or None."""
    if not isinstance(value, list) or not value:
        return f"{CUSTOMER_SAYS} must be a list of phrasings, not {shortened(repr(value), MAX_QUOTED)}"
    for phrasing in value:
        if not isinstance(phrasing, str) or not phrasing.strip():
            return f"{CUSTOMER_SAYS} holds {shortened(repr(phrasing), MAX_QUOTED)}, which is not a phrasing"
        if len(phrasing) > MAX_PHRASING:
            return f"the phrasing '{shortened(phrasing, MAX_QUOTED)}' is longer than {MAX_PHRASING} characters"
        if markup := markup_in(phrasing):
            return f"the phrasing '{shortened(phrasing, MAX_QUOTED)}' holds markup ({markup})"
    if len({phrasing.strip().casefold() for phrasing in value}) < len(value):
        return f"{CUSTOMER_SAYS} lists a phrasing twice"
    return None


def phrasings(value: object) -> tuple[str, ...]:
    """The phrasings of a checked list, trimmed."""
    return tuple(str(phrasing).strip() for phrasing in value) if isinstance(value, list) else ()
