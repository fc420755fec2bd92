"""Benchmark: filter time per keystroke, and guided choice to answer card, on a 500-row
decision table in headless Chromium.

Run on demand (`make bench`); prints figures, asserts nothing. Targets on the 2-core reference
machine: <= 50 ms per keystroke; <= 16 ms from a guided choice to its answer card (one frame).
Each is timed from the event to the end of the layout it causes.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS_DIR), str(TESTS_DIR.parent / "hooks")]

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from support.browser import CHROMIUM_ARGS  # noqa: E402
from support.mkdocs_run import build_strict  # noqa: E402
from support.paths import CHROMIUM  # noqa: E402
from support.static_server import serve_folder  # noqa: E402
from support.temp_site import FIXTURE_CONFIG, copy_project_with_docs  # noqa: E402

STATUSES = 25
METHODS = 20
QUERIES = ["статус 17 способ 3", "300", "отгружен курьер"]
TARGET_MS = 50.0
GUIDED_TARGET_MS = 16.0


def table_yaml() -> str:
    """A 25 statuses x 20 delivery methods table: 500 rows, every combination covered."""
    lines = [
        "id: big-table",
        "source_language: ru",
        "caption: {ru: Большая таблица, en: Big table}",
        "domains:",
        "  status:",
        "    values:",
        *[f"      s{n}: {{ru: 'Статус {n} отгружен', en: 'Status {n} shipped'}}" for n in range(STATUSES)],
        "  method:",
        "    values:",
        *[f"      m{n}: {{ru: 'Способ {n} курьер', en: 'Method {n} courier'}}" for n in range(METHODS)],
        "columns:",
        "  - {key: status, kind: condition, domain: status, label: {ru: Статус, en: Status}}",
        "  - {key: method, kind: condition, domain: method, label: {ru: Способ, en: Method}}",
        "  - {key: answer, kind: output, label: {ru: Ответ, en: Answer}}",
        "rows:",
    ]
    for status in range(STATUSES):
        for method in range(METHODS):
            amount = 100 * (status * METHODS + method)
            lines += [
                f"  - id: s{status}-m{method}",
                f"    status: s{status}",
                f"    method: m{method}",
                f"    answer: {{ru: 'Сообщите клиенту срок {method + 1} дн. и сумму {amount} руб.', en: 'Tell the customer {method + 1} days and {amount} roubles.'}}",
            ]
    return "\n".join(lines) + "\n"


def build_site(root: Path) -> Path:
    fixture = root / "fixture"
    (fixture / "docs").mkdir(parents=True)
    (fixture / "docs" / "big-table.table.yml").write_text(table_yaml(), encoding="utf-8")
    for name, title in (("index.md", "Big table"), ("index.ru.md", "Большая таблица")):
        page = f"---\ntitle: {title}\narea: general\nsource_language: ru\nowner: kb-bench\nlast_reviewed: 2026-11-22\nreview_by: 2027-05-22\nstatus: published\n---\n\n# {title} {{#big}}\n\n::: decision-table big-table.table.yml\n"
        (fixture / "docs" / name).write_text(page, encoding="utf-8")
    (fixture / FIXTURE_CONFIG).write_text("INHERIT: mkdocs.yml\nnav:\n  - index.md\n", encoding="utf-8")
    project = copy_project_with_docs(root / "project", fixture)
    started = time.perf_counter()
    result = build_strict(project, project / "site", config_file=FIXTURE_CONFIG)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    print(f"build of the 500-row fixture site: {time.perf_counter() - started:.1f} s")
    return project / "site"


TIME_KEYSTROKE = """([query]) => {
  const input = document.querySelector('[data-kb-filter]');
  input.value = query;
  const started = performance.now();
  input.dispatchEvent(new Event('input', {bubbles: true}));
  document.body.getBoundingClientRect();  // include the layout the filtering causes
  return performance.now() - started;
}"""


# A choice of status then of method: the second leaves one row, shown as the answer card.
TIME_CHOICE = """([question, value]) => {
  const radio = document.querySelector(`[data-kb-question="${question}"] input[value="${value}"]`);
  const started = performance.now();
  radio.checked = true;
  radio.dispatchEvent(new Event('change', {bubbles: true}));
  document.body.getBoundingClientRect();
  const answered = !document.querySelector('[data-kb-answer]').hidden;
  return [performance.now() - started, answered];
}"""


def percentile_95(timings: list[float]) -> float:
    ordered = sorted(timings)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def time_guided_choices(page: Page) -> tuple[list[float], list[float], int]:
    """Per pair: the narrowing choice (status) and the answering one (method)."""
    page.locator(".kb-dt-guide summary").click()
    narrowing, answering, answers = [], [], 0
    for status, method in ((3, 7), (17, 2), (24, 19), (0, 0), (11, 13)):
        page.locator("[data-kb-guide-reset]").click()
        narrowing.append(page.evaluate(TIME_CHOICE, ["status", f"s{status}"])[0])
        elapsed, answered = page.evaluate(TIME_CHOICE, ["method", f"m{method}"])
        answering.append(elapsed)
        answers += int(answered)
    return narrowing, answering, answers


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        site = build_site(Path(scratch))
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        with serve_folder(site) as base_url:
            page = browser.new_page()
            page.goto(f"{base_url}ru/")
            rows = page.locator(".kb-decision-table tbody tr").count()
            timings: list[float] = []
            for query in QUERIES:
                for length in range(1, len(query) + 1):
                    timings.append(page.evaluate(TIME_KEYSTROKE, [query[:length]]))
                page.evaluate(TIME_KEYSTROKE, [""])
            narrowing, answering, answers = time_guided_choices(page)
        browser.close()
    p95 = percentile_95(timings)
    print(f"rows: {rows}; keystrokes timed: {len(timings)}")
    print(f"filter time per keystroke: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {max(timings):.1f} ms")
    print(f"target: <= {TARGET_MS:.0f} ms per keystroke -> {'met' if p95 <= TARGET_MS else 'NOT met'} (p95)")
    print(f"guided choice, 500 rows -> 20: median {statistics.median(narrowing):.1f} ms, max {max(narrowing):.1f} ms")
    print(
        f"guided choice to answer card, 20 rows -> 1 ({answers} of {len(answering)} answered): "
        f"median {statistics.median(answering):.1f} ms, max {max(answering):.1f} ms"
    )
    worst = max(narrowing + answering)
    print(f"target: <= {GUIDED_TARGET_MS:.0f} ms per choice -> {'met' if worst <= GUIDED_TARGET_MS else 'NOT met'} (max)")


if __name__ == "__main__":
    main()
