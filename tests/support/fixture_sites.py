"""Sites the tests build with the real configuration: what each build made and printed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FixtureSite:
    """A fixture's pages built strictly with the real configuration, hooks and theme, laid out
    as mike publishes a release (so the version selector finds its versions.json)."""

    site_dir: Path  # the release's folder
    output: str


@dataclass(frozen=True)
class BuiltSite:
    """The real KB built strictly once per test session, with what the build printed."""

    site_dir: Path
    returncode: int
    output: str
