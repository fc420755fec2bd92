"""kb.core.front_matter: the front matter as written, read forgivingly."""

from __future__ import annotations

from kb.core.front_matter import body_of, declared_fields, front_matter_block, page_area

PAGE = "---\ntitle: Возврат\nstatus: draft\n---\n\n# Возврат {#returns}\n"


def test_the_block_and_its_fields() -> None:
    assert front_matter_block(PAGE) == ("title: Возврат\nstatus: draft", 2)
    assert declared_fields(PAGE) == {"title": "Возврат", "status": "draft"}
    assert body_of(PAGE) == "\n# Возврат {#returns}\n"


def test_a_page_without_a_readable_block_declares_nothing() -> None:
    assert front_matter_block("# No front matter\n") is None
    assert declared_fields("# No front matter\n") == {}
    assert declared_fields("---\ntitle: a: b\n---\n") == {}
    assert declared_fields("---\ntitle: never closed\n") == {}
    assert body_of("# Only text\n") == "# Only text\n"


def test_top_level_pages_are_in_the_general_area() -> None:
    assert page_area("index.ru.md") == "general"
    assert page_area("home-shopping/returns.ru.md") == "home-shopping"


def test_front_matter_the_loader_refuses_is_emptied_for_other_readers_lines_kept() -> None:
    from kb.core.front_matter import with_readable_front_matter

    bomb = "---\ntitle: &a [x, x]\narea: [*a, *a]\n---\n\n# T {#t}\n"
    assert with_readable_front_matter(bomb) == "---\n{}\n\n---\n\n# T {#t}\n"
    fine = "---\ntitle: T\n---\n\n# T {#t}\n"
    assert with_readable_front_matter(fine) == fine
