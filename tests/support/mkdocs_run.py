"""Run MkDocs (or mike) the way editors and CI do: as a command, in a project folder.

`make test-properdocs` sets KB_BUILDER=properdocs: every build then runs `properdocs` instead
of `mkdocs` (ProperDocs reads the same mkdocs.yml), and mike, which prefers ProperDocs where
it is installed, builds the published site with it too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BUILDER_VARIABLE = "KB_BUILDER"


def builder() -> str:
    """The command that builds the site under test: mkdocs, or properdocs (KB_BUILDER)."""
    return os.environ.get(BUILDER_VARIABLE, "mkdocs")


def builder_path() -> Path:
    """The builder's console script in this Python's environment."""
    return Path(sys.executable).with_name(builder())


def tool_env() -> dict[str, str]:
    """The environment for MkDocs commands: quiet about MkDocs 2.0, no single-language mode."""
    env = {key: value for key, value in os.environ.items() if key != "KB_ONLY_LANGUAGE"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    # mike runs `mkdocs` from PATH: make it this environment's.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def run_tool(
    tool: str, *args: str, cwd: Path, extra_env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """A console script of this Python's environment (mkdocs, mike) run in cwd, output captured;
    mkdocs is the builder under test (builder)."""
    return subprocess.run(
        [str(builder_path() if tool == "mkdocs" else Path(sys.executable).with_name(tool)), *args],
        cwd=cwd,
        env={**tool_env(), **(extra_env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def build_strict(
    project: Path, site_dir: Path, *, config_file: str = "mkdocs.yml", extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """A strict build of the project into site_dir."""
    return run_tool(
        "mkdocs", "build", "--strict", "--config-file", config_file, "--site-dir", str(site_dir), cwd=project, extra_env=extra_env
    )


def warnings_in(output: str) -> list[str]:
    """The WARNING and ERROR lines MkDocs printed."""
    return [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
