"""kb.core.findings: messages stay short, and name the file a text was written in."""

from __future__ import annotations

from kb.core.findings import MAX_PROBLEM, MAX_QUOTED, Finding, WrittenFile, quoted, written_where


def test_a_huge_value_is_shortened_in_the_message() -> None:
    value = "x" * 1_000_000
    assert len(quoted(value)) == MAX_QUOTED - 1
    message = str(Finding("docs/t.table.yml", 3, f"row {value!r} is not valid", "fix it"))
    assert len(message) < MAX_PROBLEM + 100
    assert message.startswith("docs/t.table.yml:3: row 'xxx") and message.endswith("xx' is not valid. Fix: fix it")


def test_text_is_located_in_the_page_then_in_the_files_it_includes() -> None:
    files = (WrittenFile("docs/a/p.md", "# P\n\ntext\n"), WrittenFile("docs/snippets/glossary/a.en.md", "*[A]: a\n<script>\n"))
    assert written_where(files, "text") == ("docs/a/p.md", 3)
    assert written_where(files, "<script>") == ("docs/snippets/glossary/a.en.md", 2)
    assert written_where(files, "nowhere") == ("docs/a/p.md", 1)


def test_a_pull_request_annotation_is_shortened_too() -> None:
    from kb.core.findings import github_annotation

    annotation = github_annotation(Finding("docs/a.md", 2, "value " + "x" * 100_000, "fix"))
    assert len(annotation) < MAX_PROBLEM + 100
