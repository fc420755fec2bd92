"""kb.checks.snippet_includes: includes read as pymdownx.snippets reads them; those the build
cannot serve reported at their line and left out, line numbers kept."""

from __future__ import annotations

from kb.checks.snippet_includes import SnippetInclude, checked_page_includes, checked_snippet_includes, snippet_includes

SNIPPETS = frozenset({"snippets/terms.md", "snippets/bad.md"})


def test_includes_are_read_in_every_form_pymdownx_reads() -> None:
    text = "\n".join(
        [
            '--8<-- "snippets/terms.md"',
            "  --8<-- 'snippets/b.md:2:4'",
            ';--8<-- "snippets/escaped.md"',
            "--8<--",
            "snippets/c.md",
            ";snippets/commented.md",
            "",
            "--8<--",
            'text --8<-- "snippets/not-an-include.md"',
        ]
    )
    assert snippet_includes(text) == [
        SnippetInclude(1, "snippets/terms.md"),
        SnippetInclude(2, "snippets/b.md"),
        SnippetInclude(5, "snippets/c.md"),
    ]


def test_an_include_the_build_cannot_serve_is_reported_and_left_out() -> None:
    text = 'A\n--8<-- "snippets/terms.md"\n--8<-- "snippets/none.md"\n--8<-- "docs/../mkdocs.yml"\n--8<-- "snippets/bad.md"\nZ'
    markdown, findings, included = checked_page_includes(text, path="docs/p.md", snippets=SNIPPETS, refused={"snippets/bad.md"})
    assert markdown.split("\n") == ["A", '--8<-- "snippets/terms.md"', "", "", "", "Z"]
    assert [(finding.line, finding.problem) for finding in findings] == [
        (3, "the snippet 'snippets/none.md' does not exist"),
        (4, "the include 'docs/../mkdocs.yml' is not a file of docs/snippets/"),
    ]
    assert included == ("snippets/terms.md",)


def test_a_snippet_includes_nothing() -> None:
    text, findings = checked_snippet_includes('*[A]: a\n--8<-- "snippets/terms.md"\n', path="docs/snippets/x.md")
    assert text == "*[A]: a\n\n"
    assert [(finding.path, finding.line) for finding in findings] == [("docs/snippets/x.md", 2)]
