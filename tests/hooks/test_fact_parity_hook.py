"""hooks/fact_parity.py on a small two-language site: a changed number fails the build."""

from __future__ import annotations

from pathlib import Path

from support.mkdocs_run import build_strict, warnings_in
from support.temp_site import write_site

FRONT = "---\ntitle: Returns\nsource_language: ru\n---\n\n"
I18N = {"i18n": {"docs_structure": "suffix", "languages": [{"locale": "en", "name": "English", "default": True}, {"locale": "ru", "name": "Русский"}]}}


RUSSIAN = FRONT + "# Возврат\n\nСрок возврата — 14 дней, сумма до 500 000 руб.\n"


def site(tmp_path: Path, english: str, front: str = FRONT) -> str:
    write_site(
        tmp_path,
        pages={"index.md": front + english, "index.ru.md": RUSSIAN},
        hooks=["fact_parity.py"],
        extra_config={"plugins": ["search", I18N]},
    )
    return build_strict(tmp_path, tmp_path / "site").stderr


def test_same_facts_build(tmp_path: Path) -> None:
    assert warnings_in(site(tmp_path, "# Returns\n\nReturns within 14 days, up to 500,000 roubles.\n")) == []


def test_a_number_changed_in_one_language_fails_naming_both_files(tmp_path: Path) -> None:
    warnings = warnings_in(site(tmp_path, "# Returns\n\nReturns within 15 days, up to 500,000 roubles.\n"))
    assert any("docs/index.md:8: facts differ from the source docs/index.ru.md: only the source has 14; only the translation has 15" in line for line in warnings), warnings


def test_a_reviewed_exception_is_accepted(tmp_path: Path) -> None:
    front = "---\ntitle: Returns\nsource_language: ru\nfact_exceptions:\n  - {fact: '15', reason: 'reviewed: delivery day counted'}\n---\n\n"
    assert warnings_in(site(tmp_path, "# Returns\n\nReturns within 14 or 15 days, up to 500,000 roubles.\n", front)) == []
