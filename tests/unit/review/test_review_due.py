"""kb.review.due: CI's warning, one GitHub Actions annotation per page due soon or overdue, exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.review.due import main as due_main

CONFIG = """site_name: Test
plugins:
  - i18n:
      languages:
        - {locale: en, name: English, default: true}
        - {locale: ru, name: Русский}
"""


def page(title: str, review_by: str, owner: str = "kb-shop") -> str:
    return (
        f"---\ntitle: {title}\narea: shop\nsource_language: en\nowner: {owner}\n"
        f"last_reviewed: 2026-11-22\nreview_by: {review_by}\nstatus: published\n---\n\n# {title}\n"
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "docs" / "shop").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    pages = {
        "overdue.md": page("Overdue", "2027-04-30"),
        "overdue.ru.md": page("Просрочено", "2027-04-30"),
        "soon.md": page("Soon", "2027-05-15"),
        "later.md": page("Later", "2027-05-16"),
    }
    for name, text in pages.items():
        (tmp_path / "docs" / "shop" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KB_TODAY", "2027-05-01")
    return tmp_path


def test_each_page_due_within_the_days_is_a_warning_at_its_review_by_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert due_main(["--within", "14"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "::warning file=docs/shop/overdue.md,line=7::Overdue is due for review on 2027-04-30 (owner kb-shop)",
        "::warning file=docs/shop/overdue.ru.md,line=7::Просрочено is due for review on 2027-04-30 (owner kb-shop)",
        "::warning file=docs/shop/soon.md,line=7::Soon is due for review on 2027-05-15 (owner kb-shop)",
    ]


def test_nothing_due_prints_nothing_and_exits_0(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KB_TODAY", "2026-12-01")
    assert due_main(["--within", "14"]) == 0
    assert capsys.readouterr().out == ""


def test_a_title_cannot_end_the_annotation_or_start_another(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "docs" / "shop" / "soon.md").write_text(page('"100% done\\n::error::x"', "2027-05-02"), encoding="utf-8")
    assert due_main(["--within", "14"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "::warning file=docs/shop/soon.md,line=7::100%25 done%0A::error::x is due for review on 2027-05-02 (owner kb-shop)" in lines
    assert not any(line.startswith("::error") for line in lines)


def test_a_malformed_kb_today_is_a_warning_too(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KB_TODAY", "tomorrow")
    assert due_main([]) == 0
    assert (
        capsys.readouterr().out.splitlines()[0]
        == "::warning::KB_TODAY='tomorrow' is not a date; write it as YYYY-MM-DD; using today's date"
    )
