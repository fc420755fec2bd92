"""The repository's own promises: the README's commands, CI, pins, workflows and owners."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import lxml.html
import markdown
import pytest
import yaml

from support.paths import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
WORKFLOWS = REPO_ROOT / ".github" / "workflows"


def readme_set_up_commands() -> list[str]:
    """The shell commands in the README's set-up section, in order."""
    section = README.split("## Set-up: two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, flags=re.DOTALL)


def make_targets() -> set[str]:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z%-]+):", makefile, flags=re.MULTILINE))


def test_readme_names_exactly_two_set_up_commands_and_make_has_them() -> None:
    commands = readme_set_up_commands()
    assert commands == ["make serve", "make test"]
    assert {"serve", "test"} <= make_targets()


def test_ci_runs_the_readme_test_command() -> None:
    run = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = readme_set_up_commands()[1]
    assert re.search(rf"^exec {re.escape(test_command)}\b", run, flags=re.MULTILINE)
    ci = yaml.safe_load((WORKFLOWS / "ci.yml").read_text(encoding="utf-8"))
    assert test_command in [step.get("run") for step in ci["jobs"]["test"]["steps"]]


def test_workflows_pass_actionlint() -> None:
    actionlint = Path(sys.executable).with_name("actionlint")
    result = subprocess.run([str(actionlint), "-no-color"], cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_publishes_tags_with_the_deploy_command_on_full_history() -> None:
    deploy = yaml.safe_load((WORKFLOWS / "deploy.yml").read_text(encoding="utf-8"))
    assert deploy[True]["push"]["tags"]  # YAML 1.1 reads the key `on` as True
    steps = deploy["jobs"]["deploy"]["steps"]
    assert any(step.get("with", {}).get("fetch-depth") == 0 for step in steps)
    script = "\n".join(step.get("run", "") for step in steps)
    # The command fetches gh-pages itself, runs mike, and pushes (kb.publishing.deploy).
    assert re.search(r'python -m kb\.publishing\.deploy --tag "\$TAG" --push', script)


def test_every_direct_requirement_is_pinned_exactly() -> None:
    # The .in files `make lock` compiles; the compiled files' hashes: tests/repo/test_workflows.py.
    for path in [*REPO_ROOT.glob("requirements*.in"), *(REPO_ROOT / "requirements").glob("*.in")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith(("-r ", "-c ")):
                assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[0-9][0-9A-Za-z.]*", line), f"{path.name}: {line}"


def test_codeowners_lines_name_a_path_and_a_team() -> None:
    for line in (REPO_ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            path, *owners = line.split()
            assert owners and all(re.fullmatch(r"@[\w-]+/[\w-]+", owner) for owner in owners), line
            assert path == "*" or path.startswith("/"), line


def test_dependabot_watches_pip_actions_and_the_ci_container() -> None:
    config = yaml.safe_load((REPO_ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    updates = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(updates) == {"pip", "github-actions", "docker"}
    # Every folder with pip-compile files, and the Dockerfile that records CI's container.
    pip_folders = {REPO_ROOT / folder.lstrip("/") for folder in updates["pip"]["directories"]}
    assert pip_folders == {REPO_ROOT, REPO_ROOT / "requirements"}
    assert (REPO_ROOT / updates["docker"]["directory"].lstrip("/") / "Dockerfile").exists()


REPO_DOCUMENTS = ["README.md", "CONTRIBUTING.md", "tests/benchmarks/search-decision.md"]


def relative_link_targets(markdown_text: str) -> list[str]:
    """The paths that a Markdown document's links name in this repository (no URL, no anchor)."""
    html = markdown.markdown(markdown_text, extensions=["tables", "fenced_code"])
    links = lxml.html.fragment_fromstring(html, create_parent="div").xpath("//a/@href")
    return [link.split("#", 1)[0] for link in links if link and not re.match(r"^[a-z][a-z0-9+.-]*:|^#", link)]


@pytest.mark.parametrize("document", REPO_DOCUMENTS)
def test_repository_documents_link_to_files_that_exist(document: str) -> None:
    path = REPO_ROOT / document
    missing = [target for target in relative_link_targets(path.read_text(encoding="utf-8")) if not (path.parent / target).exists()]
    assert missing == []


def test_the_link_check_sees_a_missing_file() -> None:
    assert relative_link_targets("[a](docs/index.md) [b](https://example.org) [c](#x) [d](nowhere.md#y)") == ["docs/index.md", "nowhere.md"]


def layout_table_paths() -> list[str]:
    """The paths the README's layout table names, as written (`hooks/*_hook.py` included)."""
    section = README.split("## How the repository is laid out", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([^`]+)` \|", section, flags=re.MULTILINE)


def test_the_readme_layout_table_names_what_is_there() -> None:
    named = layout_table_paths()
    for path in named:
        matches = list(REPO_ROOT.glob(path.rstrip("/").replace("<area>", "*")))
        assert matches, f"the README's layout table names {path}, which does not exist"
    # Every folder of the KB's code is in the table, and every top-level file or folder.
    code_folders = sorted(
        f"{path.relative_to(REPO_ROOT).as_posix()}/"
        for path in (REPO_ROOT / "hooks" / "kb").iterdir()
        if path.is_dir() and path.name != "__pycache__"
    )
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout.split()
    top_level = sorted({path.split("/", 1)[0] + ("/" if "/" in path else "") for path in tracked})
    documents = {"README.md", "CONTRIBUTING.md", "Makefile", "requirements.txt", "requirements-test.txt", ".gitignore"}
    missing = [
        path
        for path in code_folders + top_level
        if path not in documents and not any(name == path or name.startswith(path) for name in named)
    ]
    assert missing == []


def test_no_module_name_appears_twice_in_the_code() -> None:
    # Each name says one thing: hooks/checks_hook.py is the entry point, hooks/kb/checks/ the concern.
    names = [path.stem for path in (REPO_ROOT / "hooks").rglob("*.py") if path.name != "__init__.py"]
    names += [path.name for path in (REPO_ROOT / "hooks").rglob("*") if path.is_dir() and path.name != "__pycache__"]
    repeated = sorted({name for name in names if names.count(name) > 1})
    assert repeated == []


def test_only_the_site_folder_imports_mkdocs() -> None:
    importers = sorted(
        path.relative_to(REPO_ROOT).as_posix()
        for path in (REPO_ROOT / "hooks" / "kb").rglob("*.py")
        if re.search(r"^\s*(?:from|import) (?:mkdocs|material)\b", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    )
    assert importers and all(path.startswith("hooks/kb/site/") for path in importers), importers
