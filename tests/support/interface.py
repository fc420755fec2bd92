"""The KB's interface text as the site's language files give it, for tests that render."""

from __future__ import annotations

from kb.core.interface_text import UiText, load_language_data
from support.paths import REPO_ROOT, SITE_LANGUAGES

LANGUAGE_DATA, LANGUAGE_FILE_FINDINGS = load_language_data(REPO_ROOT / "languages", languages=SITE_LANGUAGES)


def ui_text(language: str) -> UiText:
    return LANGUAGE_DATA.ui_text(language)
