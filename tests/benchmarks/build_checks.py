"""Benchmark: the real KB's build time with and without the content checks, as a ratio, and
the share of the hardening against hostile content in the build.

Run on demand (`make bench`); prints figures, asserts nothing. Targets: the checks
(hooks/checks_hook.py: the checks of every page and the built-site crawl) add at most 10 %;
the hardening (kb.checks.page_html over every built page, kb.checks.shipped_hosts over every
shipped file) costs at most 5 % of the full build; policy facts (kb.facts) at most 3 %. Each variant is built RUNS times,
alternating, and the fastest run of each counts.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS_DIR), str(TESTS_DIR.parent / "hooks")]

from support.mkdocs_run import run_tool  # noqa: E402
from support.paths import LANGUAGES, REPO_ROOT  # noqa: E402

RUNS = 5
TARGET = 0.10


HARDENING_TARGET = 0.05
FACTS_TARGET = 0.03


def facts_seconds() -> float:
    """The time policy facts take in a build: each registry read and checked, every reference
    rendered in its page's language, the facts' checks, and every Key facts list."""
    from kb.core.front_matter import page_area
    from kb.facts.key_facts import key_facts
    from kb.facts.localised import render
    from kb.facts.references import references_in
    from kb.facts.registry import FACTS_FILE, read_area_facts
    from kb.facts.usage import fact_findings, unused_facts
    from kb.pages import scan_docs
    from support.paths import DOCS_DIR, SITE_LANGUAGES

    scan = scan_docs(DOCS_DIR, languages=SITE_LANGUAGES)
    started = time.perf_counter()
    for area in scan.facts:
        read_area_facts(DOCS_DIR / area / FACTS_FILE, area=area, display=area, languages=LANGUAGES)
    fact_findings(scan)
    unused_facts(scan)
    for file in scan.page_files():
        facts = scan.area_facts(page_area(file.path_in_docs))
        for reference in references_in(file.text):
            if reference.fact_id in facts.facts:
                render(facts.facts[reference.fact_id], language=file.language)
    for area in scan.facts:
        for language in LANGUAGES:
            key_facts(scan, area=area, language=language)
    return time.perf_counter() - started


def hardening_seconds(site_dir: Path) -> float:
    """The time the hardening checks take over a built site (its pages are parsed beforehand:
    the build parses each page once for all the checks)."""
    from kb.checks.page_html import unsafe_markup
    from kb.checks.shipped_hosts import SHIPPED_TEXT_SUFFIXES, shipped_host_findings
    from kb.core.html_tree import parsed_page

    documents = [parsed_page(path.read_bytes()) for path in site_dir.rglob("*.html")]
    shipped = {
        str(path): path.read_text(encoding="utf-8", errors="replace")
        for path in site_dir.rglob("*")
        if path.suffix in SHIPPED_TEXT_SUFFIXES
    }
    started = time.perf_counter()
    for document in documents:
        unsafe_markup(document, own_host="kb.example.org")
    shipped_host_findings(shipped, own_host="kb.example.org", display_dir="site")
    return time.perf_counter() - started


def build_seconds(site_dir: Path, *, skip_checks: bool, keep: bool = False) -> float:
    started = time.perf_counter()
    result = run_tool(
        "mkdocs", "build", "--strict", "--site-dir", str(site_dir), cwd=REPO_ROOT, extra_env={"KB_SKIP_CHECKS": "1" if skip_checks else "0"}
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    if not keep:
        shutil.rmtree(site_dir, ignore_errors=True)
    return elapsed


def main() -> None:
    timings: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(RUNS):
            for skip in (True, False):
                timings[skip].append(build_seconds(Path(scratch) / f"site-{run}-{skip}", skip_checks=skip))
        kept = Path(scratch) / "site-kept"
        build_seconds(kept, skip_checks=False, keep=True)
        hardening = min(hardening_seconds(kept) for _ in range(RUNS))
        facts = min(facts_seconds() for _ in range(RUNS))
    without, with_checks = min(timings[True]), min(timings[False])
    added = with_checks / without - 1
    print(f"pages built: {sum(1 for _ in (REPO_ROOT / 'docs').rglob('*.md'))} source files, {len(LANGUAGES)} languages")
    print(f"build without checks: {without:.2f} s; with checks: {with_checks:.2f} s (fastest of {RUNS})")
    print(
        f"checks add {added:.1%} (ratio {with_checks / without:.3f}); target <= {TARGET:.0%} -> {'met' if added <= TARGET else 'NOT met'}"
    )
    share = hardening / with_checks
    print(
        f"hardening (page HTML and shipped hosts): {hardening:.2f} s, {share:.1%} of the build; "
        f"target <= {HARDENING_TARGET:.0%} -> {'met' if share <= HARDENING_TARGET else 'NOT met'}"
    )
    facts_share = facts / with_checks
    print(
        f"policy facts (registries, references rendered, their checks, Key facts): {facts:.2f} s, {facts_share:.1%} of the build; "
        f"target <= {FACTS_TARGET:.0%} -> {'met' if facts_share <= FACTS_TARGET else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
