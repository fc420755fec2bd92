"""A generated KB for the search benchmark (tests/benchmarks/search.py): N pages in each language.

The pages are made of sentences sampled deterministically from the real KB's pages of the same
language (docs/*.md, *.ru.md, ...), so the words, scripts and their frequencies are the KB's own.
The project is minimal but searches like the KB: Material with the static-i18n plugin (suffix
layout, the site's languages), the KB's search and theme hooks (hooks/search_hook.py,
hooks/theme_hook.py, with the languages' files), its page template (overrides/) and its search
worker. Pages are left out of the nav, so that every built page does
not carry a thousand-entry menu; the search index does not read the nav anyway.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import yaml

from kb.core.passages import is_written_in
from support.paths import DEFAULT_LANGUAGE, DOCS_DIR, HOOKS_DIR, LANGUAGES, LANGUAGES_DIR, REPO_ROOT

PAGES_PER_FOLDER = 100
WORKER_FILES = ("search-worker.js", "search-query.js", "search-plan.js", "text-fold.js")

_SKIPPED_LINE_STARTS = (":::", "|", "#", "<", "---", "!!!", "???", "*[", "--8<--", "{:", "[^")
_LIST_MARKER = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ATTRIBUTES = re.compile(r"\{[:#.][^}]*\}")
_MARKUP = re.compile(r"[*_`=\[\]<>{}|#\\^~]+")
_SENTENCE_END = {"zh": re.compile(r"(?<=[。！？；])"), "fa": re.compile(r"(?<=[.؟!])\s+")}
_DEFAULT_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_MIN_SENTENCE_CHARS = {"zh": 8}


def source_pages(language: str) -> list[Path]:
    """The real KB's Markdown pages in language (unsuffixed files are English)."""
    pages = sorted(path for path in DOCS_DIR.rglob("*.md") if "snippets" not in path.parts)
    suffixes = {f".{other}" for other in LANGUAGES if other != DEFAULT_LANGUAGE}
    if language == DEFAULT_LANGUAGE:
        return [path for path in pages if Path(path.stem).suffix not in suffixes]
    return [path for path in pages if Path(path.stem).suffix == f".{language}"]


def without_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4 :]
    return text


def plain_line(line: str) -> str:
    """A Markdown line as plain text: no list marker, links as their text, no markup."""
    text = _LIST_MARKER.sub("", line.strip())
    text = _ATTRIBUTES.sub("", _LINK.sub(r"\1", text))
    return " ".join(_MARKUP.sub(" ", text).split())


def paragraphs(markdown: str) -> list[str]:
    """The plain-text paragraphs of a page: tables, headings, directives and HTML skipped."""
    found: list[str] = []
    current: list[str] = []
    for line in without_front_matter(markdown).splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(_SKIPPED_LINE_STARTS):
            if current:
                found.append(" ".join(current))
            current = []
            continue
        text = plain_line(stripped)
        if text:
            current.append(text)
    if current:
        found.append(" ".join(current))
    return found


def in_script(sentence: str, language: str) -> bool:
    """Mostly written in the language's script (English pages quote Russian lines, say)."""
    return is_written_in(sentence, language)


def sentences(language: str) -> list[str]:
    """Every distinct sentence of the real KB's pages in language, in a stable order."""
    splitter = _SENTENCE_END.get(language, _DEFAULT_SENTENCE_END)
    found: dict[str, None] = {}
    for page in source_pages(language):
        for paragraph in paragraphs(page.read_text(encoding="utf-8")):
            for sentence in splitter.split(paragraph):
                sentence = sentence.strip()
                if len(sentence) >= _MIN_SENTENCE_CHARS.get(language, 20) and in_script(sentence, language):
                    found[sentence] = None
    return list(found)


def short_title(sentence: str, language: str, rng: random.Random) -> str:
    """A heading made of a sentence's first words (first characters for Chinese)."""
    if language == "zh":
        return sentence[: rng.randint(4, 10)].rstrip("，。；：、 ")
    return " ".join(sentence.split()[: rng.randint(2, 5)]).rstrip(",.;:،")


def page_markdown(number: int, pool: list[str], language: str, rng: random.Random) -> str:
    """`# Title {#page-N}`, then 4-6 `## Section {#s-K}` of 3-6 sentences each."""
    lines = [f"# {short_title(rng.choice(pool), language, rng)} {{#page-{number}}}", ""]
    for section in range(1, rng.randint(4, 6) + 1):
        lines += [f"## {short_title(rng.choice(pool), language, rng)} {{#s-{section}}}", ""]
        lines += [("" if language == "zh" else " ").join(rng.sample(pool, rng.randint(3, 6))), ""]
    return "\n".join(lines)


def page_path(number: int, language: str) -> str:
    """index.md for page 0, area-NN/page-NNNN.<lang>.md for the others."""
    suffix = "" if language == DEFAULT_LANGUAGE else f".{language}"
    if number == 0:
        return f"index{suffix}.md"
    return f"area-{number // PAGES_PER_FOLDER:02d}/page-{number:04d}{suffix}.md"


def project_config() -> dict[str, object]:
    languages = [
        {"locale": language, "name": language, "build": True, **({"default": True} if language == DEFAULT_LANGUAGE else {})}
        for language in LANGUAGES
    ]
    return {
        "site_name": "Search benchmark corpus",
        "site_url": "https://kb.example.org/",
        "use_directory_urls": True,
        "theme": {"name": "material", "custom_dir": str(REPO_ROOT / "overrides"), "language": DEFAULT_LANGUAGE, "font": False},
        "hooks": [str(HOOKS_DIR / "search_hook.py"), str(HOOKS_DIR / "theme_hook.py")],
        "plugins": ["search", {"i18n": {"docs_structure": "suffix", "languages": languages}}],
        "markdown_extensions": ["attr_list"],
        "nav": ["index.md"],
    }


def write_corpus(root: Path, pages_per_language: int = 1000, *, seed: int = 1) -> Path:
    """A MkDocs project under root with pages_per_language pages in each language; its folder."""
    shutil.rmtree(root, ignore_errors=True)
    scripts = root / "docs" / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    for name in WORKER_FILES:
        shutil.copy2(DOCS_DIR / "assets" / "javascripts" / name, scripts / name)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(project_config(), allow_unicode=True, sort_keys=False), encoding="utf-8")
    shutil.copytree(LANGUAGES_DIR, root / "languages")
    for language in LANGUAGES:
        pool = sentences(language)
        rng = random.Random(f"{seed}-{language}")  # noqa: S311 - a reproducible sample, not a secret
        for number in range(pages_per_language):
            target = root / "docs" / page_path(number, language)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page_markdown(number, pool, language, rng), encoding="utf-8")
    return root


def corpus_sentences(root: Path, language: str) -> list[str]:
    """The sentences of the generated pages in language (section paragraphs only)."""
    suffix = "" if language == DEFAULT_LANGUAGE else f".{language}"
    splitter = _SENTENCE_END.get(language, _DEFAULT_SENTENCE_END)
    found: list[str] = []
    for page in sorted((root / "docs").rglob(f"*{suffix}.md") if suffix else (root / "docs").rglob("*.md")):
        if language == DEFAULT_LANGUAGE and Path(page.stem).suffix:
            continue
        for paragraph in paragraphs(page.read_text(encoding="utf-8")):
            found += [sentence.strip() for sentence in splitter.split(paragraph) if sentence.strip()]
    return found


def query_from(sentence: str, language: str, rng: random.Random) -> str | None:
    """Two neighbouring words of sentence (of 3+ letters; 2-4 consecutive Han characters for Chinese)."""
    if language == "zh":
        runs = _HAN_RUN.findall(sentence)
        if not runs:
            return None
        run = rng.choice(runs)
        length = min(len(run), rng.randint(2, 4))
        start = rng.randint(0, len(run) - length)
        return run[start : start + length]
    words = [word for word in re.findall(r"[^\W\d_][^\W_]*(?:[\u200c'’-][^\W_]+)*", sentence) if len(word) >= 3]
    if len(words) < 2:
        return None
    start = rng.randrange(len(words) - 1)
    return f"{words[start]} {words[start + 1]}"


def corpus_queries(root: Path, language: str, count: int = 15, *, seed: int = 2) -> list[str]:
    """count distinct queries made of words of the generated pages in language."""
    rng = random.Random(f"{seed}-{language}")  # noqa: S311 - a reproducible sample, not a secret
    pool = corpus_sentences(root, language)
    queries: dict[str, None] = {}
    while len(queries) < count:
        query = query_from(rng.choice(pool), language, rng)
        if query:
            queries[query] = None
    return list(queries)
