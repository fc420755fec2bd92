"""Publish the KB the way .github/workflows/deploy.yml does, into a throw-away git repository."""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
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

def _mike(*args: str, project: Path) -> None:
    result = run_tool("mike", *args, cwd=project, extra_env=_GIT_IDENTITY)
    if result.returncode != 0:
        raise RuntimeError(f"mike {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")

def publish_with_mike(workdir: Path) -> Path:
    """Deploy PUBLISHED_VERSION with the 'latest' alias and return the gh-pages tree."""
    project = workdir / "project"
    project.mkdir()
    copy_site_sources(project)
    _git("init", "--quiet", "--initial-branch=main", cwd=project)
    _git("add", "--all", cwd=project)
    _git("commit", "--quiet", "--message", "KB sources", cwd=project)
    _mike("deploy", "--update-aliases", PUBLISHED_VERSION, LATEST_ALIAS, project=project)
    _mike("set-default", LATEST_ALIAS, project=project)
    published = workdir / "gh-pages"
    published.mkdir()
    archive = _git("archive", "--format=tar", "gh-pages", cwd=project).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(published, filter="data")
    return published



def write_versions_json(published: Path) -> None:
    """The versions.json mike writes beside its release folders, for a site built without mike."""
    versions = [{"version": PUBLISHED_VERSION, "title": PUBLISHED_VERSION, "aliases": [LATEST_ALIAS]}]
    (published / "versions.json").write_text(json.dumps(versions), encoding="utf-8")
