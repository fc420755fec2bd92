"""Publish the KB the way .github/workflows/deploy.yml does (the project's deploy command,
kb.publishing.deploy, which runs mike), into a throw-away git repository."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

from support.mkdocs_run import tool_env
from support.paths import copy_site_sources

PUBLISHED_VERSION = "0.1"
LATEST_ALIAS = "latest"
_GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "KB tests",
    "GIT_AUTHOR_EMAIL": "kb-tests@localhost",
    "GIT_COMMITTER_NAME": "KB tests",
    "GIT_COMMITTER_EMAIL": "kb-tests@localhost",
}


def _git(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, env={**os.environ, **_GIT_IDENTITY, **(env or {})}, capture_output=True, check=True)


@dataclass(frozen=True)
class Publication:
    """The gh-pages tree mike produced, and what its build printed."""

    root: Path
    returncode: int
    output: str


def deploy(project: Path, tag: str, *, republish: bool = False, push: bool = False) -> subprocess.CompletedProcess[str]:
    """The deploy command, as the workflow runs it, on the project's current commit."""
    command = [sys.executable, "-m", "kb.publishing.deploy", "--tag", tag, "--project", str(project)]
    command += ["--republish"] * republish + ["--push"] * push
    env = {**tool_env(), **_GIT_IDENTITY, "PYTHONPATH": str(project / "hooks")}
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600, check=False)


def new_project(workdir: Path, *, date: str = "") -> Path:
    """A git repository holding the KB's sources, committed (on date, ISO 8601, if given)."""
    project = workdir / "project"
    project.mkdir()
    copy_site_sources(project)
    (project / ".gitignore").write_text("/site/\n", encoding="utf-8")  # where mike builds
    _git("init", "--quiet", "--initial-branch=main", cwd=project)
    commit_all(project, "KB sources", date=date)
    return project


def commit_all(project: Path, message: str, *, date: str = "") -> None:
    """Commit every change, on date (ISO 8601) when given, else now."""
    _git("add", "--all", cwd=project)
    dated = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else {}
    _git("commit", "--quiet", "--message", message, cwd=project, env=dated)


def checkout(project: Path, ref: str) -> None:
    _git("checkout", "--quiet", ref, cwd=project)


def published_branch(project: Path, into: Path) -> Path:
    """The gh-pages branch as files, as the web host serves it."""
    into.mkdir(parents=True, exist_ok=True)
    archive = _git("archive", "--format=tar", "gh-pages", cwd=project).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def publish_with_mike(workdir: Path) -> Publication:
    """Deploy PUBLISHED_VERSION with the project's deploy command: it takes 'latest'.

    mike builds the site with mkdocs.yml's `strict: true`; its output is the build's."""
    project = new_project(workdir)
    published = workdir / "gh-pages"
    result = deploy(project, f"v{PUBLISHED_VERSION}")
    output = result.stdout + result.stderr
    if result.returncode != 0:
        published.mkdir()
        return Publication(published, result.returncode, output)
    return Publication(published_branch(project, published), 0, output)


def write_versions_json(published: Path) -> None:
    """The versions.json mike writes beside its release folders, for a site built without mike."""
    versions = [{"version": PUBLISHED_VERSION, "title": PUBLISHED_VERSION, "aliases": [LATEST_ALIAS]}]
    (published / "versions.json").write_text(json.dumps(versions), encoding="utf-8")
