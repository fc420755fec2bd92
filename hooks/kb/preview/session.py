"""The one `mkdocs serve` this process runs: whether it is serving, the warnings its current
build has logged, and the wrappers that keep its server answering.

MkDocs loads a new configuration, and with it new hook objects, for every rebuild, so this
state lives here, beside them, for the life of the process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib.resources import files as package_files
from pathlib import Path
from typing import ClassVar

from kb.preview.report import PREVIEW_FOLDER, PreviewReport, WarningCollector, error_page, read_report, write_report

OVERLAY_SCRIPT = f"{PREVIEW_FOLDER}/overlay.js"

Logger = logging.Logger | logging.LoggerAdapter[logging.Logger]


class _Session:
    serving = False
    dirty = False  # `mkdocs serve --dirty`: a rebuild writes only the pages whose files changed
    built_site_dirs: ClassVar[set[str]] = set()  # where every language has been built
    collector = WarningCollector()
    site_dir: Path | None = None


def start_serving(*, dirty: bool = False) -> None:
    _Session.serving = True
    _Session.dirty = dirty


def finished_building(site_dir: Path) -> None:
    """Every language of the site in site_dir is built: a dirty rebuild can build on it."""
    _Session.built_site_dirs.add(str(site_dir))


def is_dirty_rebuild(site_dir: Path) -> bool:
    """Whether a build into site_dir is a `serve --dirty` rebuild over a complete earlier build."""
    return _Session.dirty and str(site_dir) in _Session.built_site_dirs


def is_serving() -> bool:
    return _Session.serving


def start_collecting(site_dir: Path, *, logger: logging.Logger) -> None:
    """A new build: forget the last one's warnings and collect this one's from logger (MkDocs'
    own, which strict mode counts)."""
    _Session.collector.messages.clear()
    _Session.site_dir = site_dir
    if _Session.collector not in logger.handlers:
        logger.addHandler(_Session.collector)


def finish(*, stopped_by: BaseException | None = None) -> PreviewReport:
    """Write what this build found, for the overlay and the error page."""
    report = _Session.collector.report(stopped_by=stopped_by)
    if _Session.site_dir is not None:
        write_report(_Session.site_dir, report)
    return report


def write_overlay_script(site_dir: Path) -> None:
    path = site_dir / OVERLAY_SCRIPT
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(package_files("kb.preview").joinpath("overlay.js").read_text(encoding="utf-8"), encoding="utf-8")


def never_stuck(builder: Callable[[], None], *, log: Logger) -> Callable[[], None]:
    """The server's builder, reporting an error that stops a rebuild instead of raising it
    (raised, MkDocs' server holds every request until a rebuild succeeds)."""

    def build() -> None:
        try:
            builder()
        except Exception as error:
            finish(stopped_by=error)
            log.error(f"The rebuild stopped: {error}. The preview shows the pages there are with this message over them")

    return build


def error_pages(site_dir: Path, served: Callable[[int], bytes | None]) -> Callable[[int], bytes | None]:
    """The server's error pages; when a stopped build left none, one listing its problems."""

    def page(status: int) -> bytes | None:
        page = served(status)
        if page is not None:
            return page  # the site's own 404 page, which loads the overlay
        report = read_report(site_dir)
        return error_page(report, status=status) if report.refused else None

    return page
