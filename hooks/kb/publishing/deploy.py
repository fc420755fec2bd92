"""Publish a policy release: `python -m kb.publishing.deploy --tag v1.2 [--republish] [--push]`.

What .github/workflows/deploy.yml runs, and what the tests run into a scratch repository:

1. the tag must name a release (kb.publishing.releases): others are refused;
2. the published branch is fetched and its versions.json read: a release already published
   is refused unless --republish says so (the workflow's manual input), and a release older
   than the newest published one publishes without taking `latest`;
3. mike builds and commits the release (KB_RELEASE tells the build which release it is);
4. the branch's own 404.html is written (kb.publishing.not_found);
5. with --push, the branch is pushed; when another release was pushed in the meantime, the
   branch is fetched again and steps 2-4 run again on top of it, so releases published at
   the same time never undo or cancel each other.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from kb.core.interface_text import INTERFACE_TEXT_FOLDER, load_language_data
from kb.core.languages import languages_from_config, read_mkdocs_yml
from kb.publishing.not_found import NotFoundWords, branch_not_found_page
from kb.publishing.releases import LATEST, RELEASE_VARIABLE, Plan, RefusedError, plan_release, published_releases

ATTEMPTS = 5


def _git(
    *args: str, cwd: Path, check: bool = True, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = ["git", *args]
    return subprocess.run(command, cwd=cwd, check=check, capture_output=True, text=True, env=env, input=stdin)  # noqa: S603 - git from PATH, arguments of this module


def _mike(*args: str, cwd: Path, release: str) -> None:
    env = {**os.environ, RELEASE_VARIABLE: release}
    # mike's own command, from this Python's environment (mike has no `python -m` entry).
    mike = [sys.executable, "-c", "import sys; from mike.driver import main; sys.argv[0] = 'mike'; sys.exit(main())"]
    subprocess.run([*mike, *args], cwd=cwd, check=True, env=env)  # noqa: S603 - this Python's mike


def _has_branch(ref: str, *, cwd: Path) -> bool:
    return _git("rev-parse", "--verify", "--quiet", ref, cwd=cwd, check=False).returncode == 0


def fetch_branch(*, remote: str, branch: str, cwd: Path) -> None:
    """The local branch set to the remote's (it may not exist yet: the first release makes it)."""
    if _git("ls-remote", "--exit-code", "--heads", remote, branch, cwd=cwd, check=False).returncode == 0:
        _git("fetch", "--quiet", remote, f"+{branch}:{branch}", cwd=cwd)


def versions_json(*, branch: str, cwd: Path) -> str:
    if not _has_branch(branch, cwd=cwd):
        return ""
    shown = _git("show", f"{branch}:versions.json", cwd=cwd, check=False)
    return shown.stdout if shown.returncode == 0 else ""


def commit_file(*, branch: str, path: str, text: str, message: str, cwd: Path) -> None:
    """Commit one file onto branch without touching the working tree or the index."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "GIT_INDEX_FILE": str(Path(scratch) / "index")}
        blob = _git("hash-object", "-w", "--stdin", cwd=cwd, stdin=text).stdout.strip()
        _git("read-tree", branch, cwd=cwd, env=env)
        _git("update-index", "--add", "--cacheinfo", f"100644,{blob},{path}", cwd=cwd, env=env)
        tree = _git("write-tree", cwd=cwd, env=env).stdout.strip()
        if tree == _git("rev-parse", f"{branch}^{{tree}}", cwd=cwd).stdout.strip():
            return  # unchanged
        commit = _git("commit-tree", tree, "-p", branch, "-m", message, cwd=cwd).stdout.strip()
        _git("update-ref", f"refs/heads/{branch}", commit, cwd=cwd)


def branch_404(project: Path) -> str:
    """The published branch's 404.html, in every site language (languages/<code>.yml)."""
    config = read_mkdocs_yml(project / "mkdocs.yml")
    languages = languages_from_config(config)
    data, _ = load_language_data(project / INTERFACE_TEXT_FOLDER, languages=languages)
    words = {
        language: NotFoundWords(
            data.ui_text(language).not_found_title, data.ui_text(language).not_found_text, data.ui_text(language).not_found_home
        )
        for language in languages
    }
    return branch_not_found_page(site_path=urlsplit(str(config.get("site_url") or "/")).path, languages=languages, words=words)


def publish_once(tag: str, *, project: Path, branch: str, republish: bool) -> Plan:
    """Steps 2-4 of the module's docstring, on the local branch."""
    plan = plan_release(tag, published_releases(versions_json(branch=branch, cwd=project)), republish=republish)
    for note in plan.notes:
        print(f"kb.publishing: {note}", flush=True)
    version = plan.release.version
    if plan.takes_latest:
        _mike("deploy", "--branch", branch, "--update-aliases", version, LATEST, cwd=project, release=version)
        _mike("set-default", "--branch", branch, LATEST, cwd=project, release=version)
    else:
        _mike("deploy", "--branch", branch, version, cwd=project, release=version)
    commit_file(
        branch=branch, path="404.html", text=branch_404(project), message=f"The published branch's 404 page ({version})", cwd=project
    )
    return plan


def publish(tag: str, *, project: Path, remote: str, branch: str, republish: bool, push: bool) -> Plan:
    for attempt in range(1, ATTEMPTS + 1):
        if push:
            fetch_branch(remote=remote, branch=branch, cwd=project)
        # After a lost push race the branch is the remote's again: the release is planned anew.
        plan = publish_once(tag, project=project, branch=branch, republish=republish)
        if not push:
            return plan
        pushed = _git("push", remote, f"{branch}:{branch}", cwd=project, check=False)
        if pushed.returncode == 0:
            return plan
        print(f"kb.publishing: {branch} moved while publishing (attempt {attempt}); publishing again on top of it", flush=True)
    raise RefusedError(f"could not push {branch} after {ATTEMPTS} attempts: {pushed.stderr.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--tag", required=True, help="the release tag: vMAJOR.MINOR or vMAJOR.MINOR.PATCH")
    parser.add_argument("--republish", action="store_true", help="publish a release that is already published, replacing it")
    parser.add_argument("--push", action="store_true", help="fetch the branch first and push it after")
    parser.add_argument("--remote", default="origin")
    parser.add_argument("--branch", default="gh-pages")
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="the folder with mkdocs.yml")
    arguments = parser.parse_args(argv)
    try:
        publish(
            arguments.tag,
            project=arguments.project,
            remote=arguments.remote,
            branch=arguments.branch,
            republish=arguments.republish,
            push=arguments.push,
        )
    except RefusedError as refused:
        print(f"::error::{refused}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as failed:
        print(f"::error::{' '.join(map(str, failed.cmd))} failed ({failed.returncode}): {failed.stderr or ''}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
