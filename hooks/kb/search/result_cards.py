"""What a search result shows before its page's text is loaded: for each result of a language
(Pagefind's fragment id), its address and meta (title, area, status, hub; for a table row, the
row's target and page), read back from the fragments Pagefind wrote.

The worker (docs/assets/javascripts/search-worker.js) ranks results with these and shows them
at once, titles and labels, then fills in their excerpts and sections when the texts arrive:
the first results need no request beyond the index's, and drafts and hubs rank below the
pages that hold answers before any text is fetched.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

FRAGMENT_FOLDER = "fragment"
FRAGMENT_SUFFIX = ".pf_fragment"
# Pagefind's fragments are gzip of this signature and the fragment's JSON.
FRAGMENT_SIGNATURE = b"pagefind_dcd"

ResultCard = dict[str, object]


class FragmentError(ValueError):
    """A fragment Pagefind wrote is not what this module reads; the message says which."""


def fragment_json(raw: bytes, *, name: str) -> dict[str, object]:
    """A fragment file's JSON (raw: the file as written)."""
    try:
        body = gzip.decompress(raw)
    except (OSError, EOFError) as error:
        raise FragmentError(f"{name}: not gzip ({error})") from error
    if not body.startswith(FRAGMENT_SIGNATURE):
        raise FragmentError(f"{name}: no Pagefind signature")
    try:
        fragment = json.loads(body[len(FRAGMENT_SIGNATURE) :])
    except ValueError as error:
        raise FragmentError(f"{name}: not JSON ({error})") from error
    if not isinstance(fragment, dict) or not isinstance(fragment.get("url"), str):
        raise FragmentError(f"{name}: no url")
    return fragment


def card(fragment: dict[str, object]) -> ResultCard:
    """What the worker reads of a fragment before loading it: the address and the meta."""
    meta = fragment.get("meta")
    return {"url": fragment["url"], "meta": meta if isinstance(meta, dict) else {}}


def result_cards(bundle: Path, *, language: str) -> dict[str, ResultCard]:
    """Each result of language in the Pagefind bundle, by its id (the fragment's file stem)."""
    return {
        path.name.removesuffix(FRAGMENT_SUFFIX): card(fragment_json(path.read_bytes(), name=path.name))
        for path in sorted((bundle / FRAGMENT_FOLDER).glob(f"{language}_*{FRAGMENT_SUFFIX}"))
    }
