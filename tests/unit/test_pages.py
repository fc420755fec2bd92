"""kb.pages, the one scan of docs/: every file read once, checked as written."""

from __future__ import annotations

from pathlib import Path

from kb.components.glossary import entries
from kb.core.languages import Languages
from kb.pages import scan_docs

LANGUAGES = Languages(("en", "ru"), "en")
FRONT = "---\ntitle: P\n---\n\n# P {#p}\n"


def test_symbolic_links_are_refused_and_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("secret\n", encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "snippets").mkdir(parents=True)
    (docs / "index.md").write_text(FRONT, encoding="utf-8")
    (docs / "leak.md").symlink_to(outside / "secret.md")
    (docs / "snippets" / "leak.md").symlink_to(outside / "secret.md")
    (docs / "folder").symlink_to(outside)
    scan = scan_docs(docs, languages=LANGUAGES)
    assert scan.files == {"index.md"}
    assert [page.path_in_docs for page in scan.page_files()] == ["index.md"]
    assert [(finding.path, finding.line) for finding in scan.input_findings()] == [
        ("docs/folder", 1),
        ("docs/leak.md", 1),
        ("docs/snippets/leak.md", 1),
    ]
    assert all("symbolic link" in finding.problem for finding in scan.input_findings())
    assert scan.is_symlinked("folder/secret.md") and not scan.is_symlinked("index.md")


def test_a_glossary_with_a_byte_order_mark_keeps_its_first_term(tmp_path: Path) -> None:
    glossary = tmp_path / "snippets" / "glossary" / "shop.ru.md"
    glossary.parent.mkdir(parents=True)
    glossary.write_bytes("*[ИМ]: Интернет-магазин\n*[ФМ]: Фирменный магазин\n".encode("utf-8-sig"))
    scan = scan_docs(tmp_path, languages=LANGUAGES)
    assert [term for term, _ in entries(scan.glossaries["snippets/glossary/shop.ru.md"].text)] == ["ИМ", "ФМ"]


def test_faults_of_a_page_as_written_are_found_and_left_out_of_what_is_converted(tmp_path: Path) -> None:
    (tmp_path / "bytes.md").write_bytes(FRONT.encode() + b"\nbad \xc3\x28\n")
    deep = "\n".join("    " * level + "- x" for level in range(100))
    (tmp_path / "deep.md").write_text(FRONT + "\n" + deep + "\n", encoding="utf-8")
    (tmp_path / "bomb.md").write_text("---\ntitle: &a [x]\nowner: [*a]\n---\n\n# B {#b}\n", encoding="utf-8")
    scan = scan_docs(tmp_path, languages=LANGUAGES)
    assert [(finding.path, finding.line) for finding in scan.input_findings()] == [("docs/bytes.md", 7), ("docs/deep.md", 27)]
    deep_file = scan.page_file("deep.md")
    assert deep_file is not None and deep_file.text.endswith(deep + "\n") and deep not in deep_file.markdown
    bomb = scan.page_file("bomb.md")
    assert bomb is not None and bomb.markdown.startswith("---\n{}\n\n---\n") and bomb.fields == {}
