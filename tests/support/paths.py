"""Where the project's parts are, for tests run from any directory."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
HOOKS_DIR = REPO_ROOT / "hooks"
DOCS_DIR = REPO_ROOT / "docs"
CHROMIUM = Path("/usr/bin/chromium")
# The files a site build reads; copied when a test needs the real site elsewhere.
SITE_SOURCES = ("mkdocs.yml", "docs", "overrides", "hooks")
LANGUAGES = ("en", "ru", "fa", "lv", "zh")
DEFAULT_LANGUAGE = "en"


def language_prefix(language: str) -> str:
    """The URL folder of a language: '' for the default, 'ru/' for Russian."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"
