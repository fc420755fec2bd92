"""kb.core.source_text: editors' files as the build reads them."""

from __future__ import annotations

from pathlib import Path

from kb.core.source_text import ALLOWED_DIRECTION_MARKS, MAX_FILE_BYTES, decode_source, read_source


def test_undecodable_bytes_are_reported_at_their_line_and_the_text_goes_on() -> None:
    source = decode_source("# Title\n\nok\nbad \xff here\nafter\n".encode("latin-1"), path="docs/p.md")
    assert [(finding.path, finding.line, finding.problem) for finding in source.findings] == [
        ("docs/p.md", 4, "byte 0xff is not UTF-8 text")
    ]
    assert source.text.splitlines() == ["# Title", "", "ok", "bad \ufffd here", "after"]


def test_a_byte_order_mark_is_dropped_and_the_first_line_kept() -> None:
    source = decode_source("\ufeff*[ИМ]: Интернет-магазин\n*[ФМ]: Фирменный магазин\n".encode(), path="docs/g.md")
    assert source.findings == ()
    assert source.text.splitlines()[0] == "*[ИМ]: Интернет-магазин"


def test_direction_controls_that_reorder_text_are_refused_at_their_line() -> None:
    text = "Call [0005](tel:+7800)\nCall \u202e00005\u202c now and \u2066x\u2069\n"
    findings = decode_source(text.encode(), path="docs/p.md").findings
    assert [(finding.line, finding.problem) for finding in findings] == [
        (
            2,
            "invisible direction control U+202C POP DIRECTIONAL FORMATTING, U+202E RIGHT-TO-LEFT OVERRIDE, "
            "U+2066 LEFT-TO-RIGHT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE can reorder what readers see",
        )
    ]
    assert "U+200E" in findings[0].fix


def test_the_marks_are_the_allowed_way_to_set_direction() -> None:
    assert {"\u200e", "\u200f", "\u061c"} == ALLOWED_DIRECTION_MARKS
    assert decode_source("تلفن \u200e+98 21 1699\u200f\n".encode(), path="docs/p.md").findings == ()


def test_a_file_over_the_limit_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * (MAX_FILE_BYTES + 1))
    source = read_source(big, path="docs/big.md")
    assert source.text == ""
    assert [(finding.line, finding.problem) for finding in source.findings] == [
        (1, f"the file is {MAX_FILE_BYTES + 1:,} bytes, over the limit of {MAX_FILE_BYTES:,}")
    ]
