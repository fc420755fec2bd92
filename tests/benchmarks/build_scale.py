"""Benchmark: the build as the KB grows, against a stock build of the same pages.

Generates the KB at ×1, ×4 and ×8 (tests/benchmarks/scaled_kb.py: copies of the real areas
with their translations, tables and nav), builds the project (strict, every hook) and a stock
configuration (Material, static-i18n, lunr; no hooks) side by side, each in a fresh process,
and prints CPU time (the build's own and its child processes', such as Pagefind's indexer),
wall time, peak memory, the project/stock CPU ratio, the growth from ×1, and the CPU time of
each hook or plugin (tests/benchmarks/hook_timing.py). The median of RUNS runs counts.

Run on demand (`make bench`); prints figures, asserts nothing. Targets (issue 19): the
project/stock CPU ratio at most 1.5× at ×1 and ×8, growth ×8/×1 at most 9×, peak memory at
×8 at most 400 MB. KB_BENCH_SCALES=1,2 and KB_BENCH_RUNS=1 give a quicker look.

Every build writes into a folder of its own, and all of them are deleted only when the benchmark
ends: on a file system that skips recently deleted inodes when it allocates new
ones (ext4 without a journal, such as this machine's), deleting one run's site just before the
next build charged that build 0.4–1.3 s of kernel time for the previous run's 1,500 files.

At the smallest scale it also builds the project without parts of the KB's own work (VARIANTS:
the checks off, lunr instead of Pagefind, both), to show what each costs against stock, and a
stock build that renders the pages' decision tables, scripts, glossaries and facts as the
project does (scaled_kb.COMPONENT_HOOKS), which the plain stock build leaves as one-line text;
then where each of these three builds' CPU goes, part by part, so what rendering the components
costs stock shows beside what the project's own work costs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parents[1]
sys.path.insert(0, str(BENCH_DIR))

from scaled_kb import COMPONENT_HOOKS, scaled_kb  # noqa: E402

SCALES = tuple(int(scale) for scale in os.environ.get("KB_BENCH_SCALES", "1,4,8").split(","))
RUNS = int(os.environ.get("KB_BENCH_RUNS", "3"))
RATIO_TARGET = 1.5
GROWTH_TARGET = 9.0
PEAK_TARGET_MB = 400.0
# The project built without parts of its own work, by the switches it already has.
VARIANTS: tuple[tuple[str, dict[str, str]], ...] = (
    ("checks off (KB_SKIP_CHECKS=1)", {"KB_SKIP_CHECKS": "1"}),
    ("lunr instead of Pagefind (KB_SEARCH_ENGINE=lunr)", {"KB_SEARCH_ENGINE": "lunr"}),
    ("both", {"KB_SKIP_CHECKS": "1", "KB_SEARCH_ENGINE": "lunr"}),
)


def one_build(config: Path, sites: Path, switches: dict[str, str] | None = None) -> dict[str, object]:
    """The figures of one build of config, in a process of its own, with switches set, into a
    new folder under sites, kept until the benchmark ends (see the module's docstring)."""
    site = Path(tempfile.mkdtemp(dir=sites))
    finished = subprocess.run(
        [sys.executable, str(BENCH_DIR / "hook_timing.py"), str(config), str(site), "--json"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(switches or {})},
    )
    if finished.returncode != 0:
        raise SystemExit(f"the build of {config} failed:\n{finished.stderr[-3000:]}")
    figures: dict[str, object] = json.loads(finished.stdout.strip().splitlines()[-1])
    return figures


CHILDREN = "child processes (Pagefind's indexer)"


def hook_seconds(figures: dict[str, object]) -> dict[str, float]:
    """A build's CPU seconds per hook or plugin (hook_timing.py's "hooks")."""
    hooks = figures["hooks"]
    assert isinstance(hooks, dict)
    return hooks


def part_cpu(figures: dict[str, object], part: str) -> float:
    """A build's CPU seconds in one hook or plugin, or in its child processes (CHILDREN)."""
    if part == CHILDREN:
        return float(figures["children_cpu"])  # type: ignore[arg-type]
    return float(hook_seconds(figures).get(part, 0.0))


def median_figures(runs: list[dict[str, object]]) -> dict[str, object]:
    """Each figure's median over the runs (per hook too)."""
    keys = ("cpu", "children_cpu", "wall", "peak_mb")
    result: dict[str, object] = {key: statistics.median(float(run[key]) for run in runs) for key in keys}  # type: ignore[arg-type]
    hooks: dict[str, float] = {}
    for name in hook_seconds(runs[0]):
        hooks[name] = statistics.median(part_cpu(run, name) for run in runs)
    result["hooks"] = hooks
    return result


def total_cpu(figures: dict[str, object]) -> float:
    return float(figures["cpu"]) + float(figures["children_cpu"])  # type: ignore[arg-type]


def median_cpu(runs: list[dict[str, object]]) -> float:
    return total_cpu(median_figures(runs))


def paired_ratio(project_runs: list[dict[str, object]], stock_runs: list[dict[str, object]]) -> float:
    """The median of each run's project/stock CPU ratio: the two builds of a pair ran one after
    the other, so this machine's speed, which drifts by a fifth within minutes, weighs less on
    it than on the ratio of the medians."""
    return statistics.median(total_cpu(project) / total_cpu(stock) for project, stock in zip(project_runs, stock_runs, strict=True))


def main() -> None:
    rows: list[tuple[int, int, dict[str, object], dict[str, object]]] = []
    paired: dict[int, float] = {}
    variants: list[tuple[str, float]] = []
    # At the first scale: stock with the components' hooks, and each stock build's pairing with it.
    components: dict[str, object] = {}
    components_pairs = (0.0, 0.0)  # project/components and components/stock, medians of pairs
    with tempfile.TemporaryDirectory() as scratch:
        sites = Path(scratch) / "sites"
        sites.mkdir()
        for scale in SCALES:
            kb = scaled_kb(Path(scratch) / f"x{scale}", copies=scale)
            project_runs, stock_runs, components_runs = [], [], []
            for _ in range(RUNS):  # alternating, so a busy moment weighs on both
                project_runs.append(one_build(kb.config, sites))
                stock_runs.append(one_build(kb.stock_config, sites))
                if scale == SCALES[0]:
                    components_runs.append(one_build(kb.stock_with_components_config, sites))
            rows.append((scale, kb.pages, median_figures(project_runs), median_figures(stock_runs)))
            paired[scale] = paired_ratio(project_runs, stock_runs)
            print(f"built ×{scale} ({kb.pages} pages) {RUNS} times each", file=sys.stderr)
            if scale == SCALES[0]:
                components = median_figures(components_runs)
                components_pairs = (paired_ratio(project_runs, components_runs), paired_ratio(components_runs, stock_runs))
                for name, switches in VARIANTS:
                    variants.append((name, median_cpu([one_build(kb.config, sites, switches) for _ in range(RUNS)])))
    base_project, base_stock = total_cpu(rows[0][2]), total_cpu(rows[0][3])
    print(f"Build at scale (median of {RUNS}; CPU includes child processes such as Pagefind's indexer)")
    print(
        "| content | pages | project CPU | stock CPU | ratio | ratio, median of pairs "
        "| project wall | stock wall | project peak | growth (project / stock) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for scale, pages, project, stock in rows:
        ratio = total_cpu(project) / total_cpu(stock)
        growth = f"{total_cpu(project) / base_project:.1f}× / {total_cpu(stock) / base_stock:.1f}×"
        print(
            f"| ×{scale} | {pages} | {total_cpu(project):.1f} s | {total_cpu(stock):.1f} s | {ratio:.2f}× | {paired[scale]:.2f}× "
            f"| {float(project['wall']):.1f} s | {float(stock['wall']):.1f} s | {float(project['peak_mb']):.0f} MB | {growth} |"  # type: ignore[arg-type]
        )
    print(f"targets: ratio ≤ {RATIO_TARGET}× at ×1 and ×8; growth ×8/×1 ≤ {GROWTH_TARGET}×; peak at ×8 ≤ {PEAK_TARGET_MB:.0f} MB")
    print(f"\nThe project at ×{SCALES[0]} without parts of its own work (CPU, median of {RUNS}; ratio to the stock build above)")
    print("| project | CPU | ratio |")
    print("|---|---|---|")
    print(f"| as built | {base_project:.1f} s | {base_project / base_stock:.2f}× |")
    for name, cpu in variants:
        print(f"| {name} | {cpu:.1f} s | {cpu / base_stock:.2f}× |")
    components_cpu, (components_paired, floor_paired) = total_cpu(components), components_pairs
    print(f"\nAt ×{SCALES[0]}, against a stock build that renders the KB's components as the project does (CPU, median of {RUNS})")
    print("| stock build | CPU | its ratio to plain stock (median of pairs) | project/stock ratio | ratio, median of pairs |")
    print("|---|---|---|---|---|")
    print(f"| stock | {base_stock:.1f} s | 1.00× | {base_project / base_stock:.2f}× | {paired[SCALES[0]]:.2f}× |")
    print(
        f"| stock with the components' hooks ({', '.join(COMPONENT_HOOKS)}) | {components_cpu:.1f} s "
        f"| {components_cpu / base_stock:.2f}× ({floor_paired:.2f}×) | {base_project / components_cpu:.2f}× | {components_paired:.2f}× |"
    )
    print(f"\nWhere each build's CPU goes at ×{SCALES[0]} (seconds, median of {RUNS}; 'mkdocs' is Markdown, the templates and the rest)")
    builds = {"stock": rows[0][3], "stock with the components' hooks": components, "project": rows[0][2]}
    parts = sorted({part for figures in builds.values() for part in hook_seconds(figures)}, key=lambda part: -part_cpu(rows[0][2], part))
    print("| part | " + " | ".join(builds) + " |")
    print("|---|" + "---|" * len(builds))
    for part in [*parts, CHILDREN]:
        print(f"| {part} | " + " | ".join(f"{part_cpu(figures, part):.2f}" for figures in builds.values()) + " |")
    print("\nCPU seconds per hook or plugin (project; 'mkdocs' is MkDocs' and the theme's own work)")
    names = sorted(hook_seconds(rows[-1][2]), key=lambda name: -part_cpu(rows[-1][2], name))
    print("| hook | " + " | ".join(f"×{scale}" for scale, *_ in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for name in names:
        cells = " | ".join(f"{part_cpu(row[2], name):.2f}" for row in rows)
        print(f"| {name} | {cells} |")


if __name__ == "__main__":
    main()
