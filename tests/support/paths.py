"""Where the project's parts are, for tests run from any directory, and the site's languages
as mkdocs.yml lists them."""

from pathlib import Path

from kb.core.languages import languages_from_mkdocs_yml

REPO_ROOT = Path(__file__).resolve().parents[2]
HOOKS_DIR = REPO_ROOT / "hooks"
DOCS_DIR = REPO_ROOT / "docs"
LANGUAGES_DIR = REPO_ROOT / "languages"
CHROMIUM = Path("/usr/bin/chromium")
# The files a site build reads; copied when a test needs the real site elsewhere.
SITE_SOURCES = ("mkdocs.yml", "docs", "overrides", "hooks", "languages", "changes")
SITE_LANGUAGES = languages_from_mkdocs_yml(REPO_ROOT / "mkdocs.yml")
LANGUAGES = SITE_LANGUAGES.codes
DEFAULT_LANGUAGE = SITE_LANGUAGES.default


def language_prefix(language: str) -> str:
    """The URL folder of a language: '' for the default, 'ru/' for Russian."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def copy_site_sources(root: Path) -> Path:
    """A copy of everything a site build reads (SITE_SOURCES) under root."""
    import shutil

    root.mkdir(parents=True, exist_ok=True)
    for name in SITE_SOURCES:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    return root
