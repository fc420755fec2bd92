"""Per-hook CPU time of one MkDocs build, measured in this process.

`timed_build(config_file, site_dir)` builds like `mkdocs build --strict` while every event
handler's CPU time is charged to its plugin or hook. static-i18n runs the other languages'
builds inside its own `on_post_build`, so each handler's time is exclusive: a nested build's
handlers are charged to themselves, not to the handler that started it. What no handler
accounts for (Markdown, templates, copying) is reported as "mkdocs".
Used by `tests/benchmarks/build_scale.py`; run it alone to profile the real KB:
`python tests/benchmarks/hook_timing.py`.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from mkdocs import plugins
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs_static_i18n import plugin as i18n_plugin


class _Charges:
    """Exclusive CPU time per origin: a frame's nested frames are charged to themselves."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self._nested: list[float] = []

    def run(self, origin: str, call: Any) -> Any:
        self._nested.append(0.0)
        started = time.process_time()
        try:
            return call()
        finally:
            spent = time.process_time() - started
            self.seconds[origin] += spent - self._nested.pop()
            if self._nested:
                self._nested[-1] += spent


@contextmanager
def _charged_events(charges: _Charges) -> Iterator[None]:
    """Patch MkDocs' `run_event`, and the build static-i18n runs per language, so each
    handler's exclusive CPU time is charged to its origin and a nested build's own work to
    "mkdocs"."""
    original_run_event = plugins.PluginCollection.run_event
    original_build = i18n_plugin.build

    def run_event(self: plugins.PluginCollection, name: str, item: Any = None, **kwargs: Any) -> Any:
        pass_item = item is not None
        for method in self.events[name]:
            origin = _short(self._event_origins.get(method, "<unknown>"))
            arguments = (item,) if pass_item else ()
            result = charges.run(origin, lambda: method(*arguments, **kwargs))  # noqa: B023 - called at once
            if result is not None:
                item = result
        return item

    def nested_build(*args: Any, **kwargs: Any) -> Any:
        return charges.run("mkdocs", lambda: original_build(*args, **kwargs))

    plugins.PluginCollection.run_event = run_event  # type: ignore[method-assign]
    i18n_plugin.build = nested_build
    try:
        yield
    finally:
        plugins.PluginCollection.run_event = original_run_event  # type: ignore[method-assign]
        i18n_plugin.build = original_build


def _short(origin: str) -> str:
    """`hooks/search_hook.py` → `search_hook`; a plugin keeps its name."""
    return Path(origin).stem if origin.endswith(".py") else origin


def timed_build(config_file: Path, site_dir: Path, **overrides: Any) -> dict[str, float]:
    """Build the site strictly and return CPU seconds per hook or plugin, plus "mkdocs" for
    the rest and "total"."""
    charges = _Charges()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.setLevel(logging.WARNING)
    if not mkdocs_log.handlers:  # the mkdocs command adds one; a strict build's faults must show
        mkdocs_log.addHandler(logging.StreamHandler())
    started = time.process_time()
    with _charged_events(charges):
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True, **overrides)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    total = time.process_time() - started
    result = dict(charges.seconds)
    result["mkdocs"] = total - sum(value for name, value in result.items() if name != "mkdocs")
    result["total"] = total
    return result


def measured_build(config_file: Path, site_dir: Path) -> dict[str, object]:
    """One build's figures: CPU seconds (this process, and its children such as Pagefind's
    indexer), wall seconds, peak memory (MB), and CPU seconds per hook or plugin."""
    wall_started = time.perf_counter()
    charges = timed_build(config_file, site_dir)
    wall = time.perf_counter() - wall_started
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu": charges["total"],
        "children_cpu": children.ru_utime + children.ru_stime,
        "wall": wall,
        "peak_mb": own.ru_maxrss / 1024,
        "hooks": {name: seconds for name, seconds in charges.items() if name != "total"},
    }


def main() -> None:
    """`hook_timing.py [CONFIG [SITE_DIR]] [--json]`: build CONFIG (the KB's mkdocs.yml by
    default) into SITE_DIR (a temporary folder by default, deleted after) and print its
    figures, as a table or as JSON for build_scale.py."""
    repo = Path(__file__).resolve().parents[2]
    arguments = [argument for argument in sys.argv[1:] if argument != "--json"]
    config_file = Path(arguments[0]).resolve() if arguments else repo / "mkdocs.yml"
    # The project's hooks import kb from the project's own hooks/ folder.
    sys.path.insert(0, str(config_file.parent / "hooks"))
    os.chdir(config_file.parent)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    site_dir = nullcontext(arguments[1]) if len(arguments) > 1 else tempfile.TemporaryDirectory()
    with site_dir as site:
        figures = measured_build(config_file, Path(site).resolve())
    if "--json" in sys.argv:
        print(json.dumps(figures))
        return
    hooks = figures.pop("hooks")
    assert isinstance(hooks, dict)
    for name, value in figures.items():
        print(f"{name:<40} {value:8.2f}")
    for name, seconds in sorted(hooks.items(), key=lambda item: -item[1]):
        print(f"{name:<40} {seconds:8.2f} s")


if __name__ == "__main__":
    main()
