"""kb.search.result_cards: what a result shows before its text is loaded, read from Pagefind's fragments."""

import gzip
import json
from pathlib import Path

import pytest

from kb.search.result_cards import FRAGMENT_SIGNATURE, FragmentError, fragment_json, result_cards


def write_fragment(bundle: Path, name: str, fragment: object) -> None:
    folder = bundle / "fragment"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.pf_fragment").write_bytes(gzip.compress(FRAGMENT_SIGNATURE + json.dumps(fragment).encode()))


def test_each_result_of_the_language_by_its_id(tmp_path: Path) -> None:
    meta = {"title": "Refunds", "area": "entekhab-1699", "status": "draft"}
    write_fragment(tmp_path, "en_0a1b2c3", {"url": "/entekhab-1699/refunds/", "content": "long text", "meta": meta})
    write_fragment(tmp_path, "en_9f8e7d6", {"url": "/x/", "content": "text"})
    write_fragment(tmp_path, "ru_0a1b2c3", {"url": "/ru/x/", "meta": {"title": "Возврат"}})
    cards = result_cards(tmp_path, language="en")
    assert cards == {"en_0a1b2c3": {"url": "/entekhab-1699/refunds/", "meta": meta}, "en_9f8e7d6": {"url": "/x/", "meta": {}}}


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"plain", "not gzip"),
        (gzip.compress(b'{"url": "/"}'), "no Pagefind signature"),
        (gzip.compress(FRAGMENT_SIGNATURE + b"{"), "not JSON"),
        (gzip.compress(FRAGMENT_SIGNATURE + b'{"meta": {}}'), "no url"),
    ],
)
def test_a_fragment_it_cannot_read_is_named_with_why(raw: bytes, reason: str) -> None:
    with pytest.raises(FragmentError, match=f"en_1.pf_fragment: {reason}"):
        fragment_json(raw, name="en_1.pf_fragment")
