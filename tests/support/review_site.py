"""The content fixture built as of a fixed day (KB_TODAY) with one page overdue for review, and
the Review status page in every language: for the review hook's and the browser's tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.mkdocs_run import build_strict
from support.paths import DOCS_DIR, LANGUAGES, REPO_ROOT
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs, replace_in

CONTENT_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "content-site"
# The fixture's pages are due on 2027-05-22: 21 days after this day, so listed as due soon.
TODAY = "2027-05-01"
OVERDUE_PAGE = "shop/phones"  # in both its languages, due on 2027-04-20: 11 days overdue
OVERDUE_SINCE = "2027-04-20"


def build_review_site(root: Path) -> tuple[Path, str]:
    """The built site (its root) and what the strict build printed."""
    copy_project_with_docs(root, CONTENT_FIXTURE)
    docs = root / "docs"
    for language_suffix in ("", ".ru"):
        replace_in(docs / f"{OVERDUE_PAGE}{language_suffix}.md", "review_by: 2027-05-22", f"review_by: {OVERDUE_SINCE}")
    for language in LANGUAGES:
        name = "review-status.md" if language == "en" else f"review-status.{language}.md"
        shutil.copy2(DOCS_DIR / name, docs / name)
    config = root / FIXTURE_CONFIG
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - translation-status.md\n", "  - translation-status.md\n  - review-status.md\n")
    )
    result = build_strict(root, root / "site", config_file=FIXTURE_CONFIG, extra_env={"KB_TODAY": TODAY})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root / "site", result.stdout + result.stderr
