"""Publish the KB the way .github/workflows/deploy.yml does, into a throw-away git repository."""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from support.mkdocs_run import run_tool
from support.paths import copy_site_sources

PUBLISHED_VERSION = "0.1"
LATEST_ALIAS = "latest"
_GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "KB tests",
    "GIT_AUTHOR_EMAIL": "kb-tests@localhost",
    "GIT_COMMITTER_NAME": "KB tests",
    "GIT_COMMITTER_EMAIL": "kb-tests@localhost",
}


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, **_GIT_IDENTITY}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, check=True)


@dataclass(frozen=True)
class Publication:
    """The gh-pages tree mike produced, and what its build printed."""

    root: Path
    returncode: int
    output: str


def _mike(*args: str, project: Path) -> subprocess.CompletedProcess[str]:
    return run_tool("mike", *args, cwd=project, extra_env=_GIT_IDENTITY)


def publish_with_mike(workdir: Path) -> Publication:
    """Deploy PUBLISHED_VERSION with the 'latest' alias, as .github/workflows/deploy.yml does.

    mike builds the site with mkdocs.yml's `strict: true`; its output is the build's."""
    project = workdir / "project"
    project.mkdir()
    copy_site_sources(project)
    _git("init", "--quiet", "--initial-branch=main", cwd=project)
    _git("add", "--all", cwd=project)
    _git("commit", "--quiet", "--message", "KB sources", cwd=project)
    deploy = _mike("deploy", "--update-aliases", PUBLISHED_VERSION, LATEST_ALIAS, project=project)
    published = workdir / "gh-pages"
    published.mkdir()
    output = deploy.stdout + deploy.stderr
    if deploy.returncode != 0:
        return Publication(published, deploy.returncode, output)
    default = _mike("set-default", LATEST_ALIAS, project=project)
    if default.returncode != 0:
        return Publication(published, default.returncode, output + default.stdout + default.stderr)
    archive = _git("archive", "--format=tar", "gh-pages", cwd=project).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(published, filter="data")
    return Publication(published, 0, output)


def write_versions_json(published: Path) -> None:
    """The versions.json mike writes beside its release folders, for a site built without mike."""
    versions = [{"version": PUBLISHED_VERSION, "title": PUBLISHED_VERSION, "aliases": [LATEST_ALIAS]}]
    (published / "versions.json").write_text(json.dumps(versions), encoding="utf-8")
