"""The supply chain stays pinned: actions to commits, the CI container to a digest, every Python
package to its hashes, and a release is published only after the test suite passed."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from support.paths import REPO_ROOT

WORKFLOWS = sorted((REPO_ROOT / ".github" / "workflows").glob("*.y*ml"))
SHA = re.compile(r"[0-9a-f]{40}")
DIGEST = re.compile(r"[^\s@]+@sha256:[0-9a-f]{64}")
REQUIREMENT_FILES = sorted([*REPO_ROOT.glob("requirements*.txt"), *(REPO_ROOT / "requirements").glob("*.txt")])


def load(path: Path) -> dict[str, Any]:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(workflow, dict), path
    return workflow


def jobs(workflow: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(workflow.get("jobs") or {})


def uses_of(workflow: dict[str, Any]) -> list[str]:
    """Every `uses:` of a workflow: reusable workflows (job level) and actions (step level)."""
    found = []
    for job in jobs(workflow).values():
        if "uses" in job:
            found.append(job["uses"])
        found += [step["uses"] for step in job.get("steps", []) if "uses" in step]
    return found


def pinning_problem(uses: str) -> str | None:
    if uses.startswith("./"):
        return None  # a workflow or action of this repository, at the same commit
    if uses.startswith("docker://"):
        return None if DIGEST.fullmatch(uses.removeprefix("docker://")) else "not pinned to a sha256 digest"
    _, _, ref = uses.partition("@")
    return None if SHA.fullmatch(ref) else "not pinned to a full 40-hex commit SHA"


def test_the_pin_check_tells_pinned_from_floating() -> None:
    assert pinning_problem("actions/checkout@" + "0" * 40) is None
    assert pinning_problem("github/codeql-action/init@" + "a" * 40) is None
    assert pinning_problem("./.github/workflows/ci.yml") is None
    assert pinning_problem("actions/checkout@v5")
    assert pinning_problem("actions/checkout@main")
    assert pinning_problem("actions/checkout@" + "0" * 39)
    assert pinning_problem("actions/checkout")
    assert pinning_problem("docker://alpine:3.20")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_beside_it(path: Path) -> None:
    workflow = load(path)
    problems = [f"{uses}: {problem}" for uses in uses_of(workflow) if (problem := pinning_problem(uses))]
    assert problems == []
    # Dependabot and readers need the version the SHA stands for: `uses: owner/repo@<sha> # v1.2.3`.
    text = path.read_text(encoding="utf-8")
    for uses in uses_of(workflow):
        if not uses.startswith(("./", "docker://")):
            assert re.search(rf"uses: {re.escape(uses)} # v\d+(\.\d+)*\s*$", text, flags=re.MULTILINE), f"{uses} has no version comment"


def ci_image() -> str:
    dockerfile = (REPO_ROOT / ".github" / "ci-image" / "Dockerfile").read_text(encoding="utf-8")
    return re.findall(r"^FROM (\S+)", dockerfile, flags=re.MULTILINE)[0]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_job_containers_are_pinned_by_digest_and_the_one_dependabot_watches(path: Path) -> None:
    for name, job in jobs(load(path)).items():
        container = job.get("container")
        if container is None:
            continue
        image = container["image"] if isinstance(container, dict) else container
        assert DIGEST.fullmatch(image), f"{path.name} job {name}: container {image} is not pinned by digest"
        assert image == ci_image(), f"{path.name} job {name}: copy .github/ci-image/Dockerfile's FROM ({ci_image()})"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_checkouts_keep_no_credentials_and_permissions_default_to_read(path: Path) -> None:
    workflow = load(path)
    assert workflow["permissions"].get("contents") == "read", f"{path.name}: contents must default to read"
    for name, job in jobs(workflow).items():
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials") is False, f"{path.name} job {name}"


def deploy_jobs() -> tuple[dict[str, dict[str, Any]], str]:
    """deploy.yml's jobs and the name of the one that publishes (runs the deploy command)."""
    all_jobs = jobs(load(REPO_ROOT / ".github" / "workflows" / "deploy.yml"))
    publishing = [
        name for name, job in all_jobs.items() if any("kb.publishing.deploy" in step.get("run", "") for step in job.get("steps", []))
    ]
    assert len(publishing) == 1, publishing
    return all_jobs, publishing[0]


def runs_the_test_suite(job: dict[str, Any]) -> bool:
    """`make test` in one of the job's steps, or in the test job of the workflow it calls."""
    if "uses" in job:
        called = load(REPO_ROOT / job["uses"])
        return any(runs_the_test_suite(called_job) for called_job in jobs(called).values())
    return any(re.search(r"^make test\b", step.get("run", ""), flags=re.MULTILINE) for step in job.get("steps", []))


def test_a_release_is_published_only_after_the_test_suite_passed() -> None:
    all_jobs, publishing = deploy_jobs()
    needs = all_jobs[publishing].get("needs", [])
    needs = [needs] if isinstance(needs, str) else needs
    assert any(runs_the_test_suite(all_jobs[name]) for name in needs), f"{publishing} needs no job that runs make test"


def test_only_the_publishing_step_holds_the_token_that_can_push() -> None:
    all_jobs, publishing = deploy_jobs()
    writers = [name for name, job in all_jobs.items() if (job.get("permissions") or {}).get("contents") == "write"]
    assert writers == [publishing]
    steps = all_jobs[publishing]["steps"]
    holding = [step.get("name", step.get("uses")) for step in steps if re.search(r"github\.token|secrets\.", yaml.safe_dump(step))]
    pushing = [step.get("name") for step in steps if "--push" in step.get("run", "")]
    assert holding == pushing and len(pushing) == 1, (holding, pushing)


def requirements(path: Path) -> list[str]:
    """The requirement entries of a requirements file, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    entries = [line.split(" #", 1)[0].strip() for line in text.splitlines()]
    return [entry for entry in entries if entry and not entry.startswith("#")]


@pytest.mark.parametrize("path", REQUIREMENT_FILES, ids=lambda path: path.relative_to(REPO_ROOT).as_posix())
def test_every_compiled_requirement_is_pinned_with_its_hashes(path: Path) -> None:
    entries = requirements(path)
    assert entries, path
    for entry in entries:
        assert re.match(r"[A-Za-z0-9][A-Za-z0-9_.\-]*==[^\s;]+(\s|;|$)", entry), f"{path.name}: not an exact pin: {entry}"
        assert "--hash=sha256:" in entry, f"{path.name}: no --hash= for {entry.split()[0]}"
    assert path.with_suffix(".in").exists(), f"{path.name} is compiled from {path.with_suffix('.in').name} (make lock)"


def test_the_site_requirements_are_in_the_test_requirements_at_the_same_versions() -> None:
    def pins(name: str) -> set[str]:
        return {entry.split()[0] for entry in requirements(REPO_ROOT / name)}

    assert pins("requirements.txt") <= pins("requirements-test.txt")


def test_the_requirement_check_sees_a_missing_hash(tmp_path: Path) -> None:
    path = tmp_path / "requirements.txt"
    path.write_text("a==1 \\\n    --hash=sha256:" + "0" * 64 + "\n    # via b\nb==2\n", encoding="utf-8")
    assert requirements(path) == ["a==1      --hash=sha256:" + "0" * 64, "b==2"]


def pip_installs(script: str) -> list[list[str]]:
    """The `pip install` command lines of a shell script or Makefile recipe, as words."""
    commands = []
    for line in re.sub(r"\\\n", " ", script).splitlines():
        for command in re.split(r";|&&|\|\|", line):
            words = shlex.split(command.replace("$$", "$"), comments=True) if "pip" in command else []
            if any(words[i].endswith("pip") and words[i + 1 : i + 2] == ["install"] for i in range(len(words))):
                commands.append(words)
    return commands


def test_the_makefile_installs_only_with_hashes() -> None:
    installs = pip_installs((REPO_ROOT / "Makefile").read_text(encoding="utf-8"))
    assert len(installs) >= 3  # pip itself, the site, the tests (and make lock's own tools)
    for words in installs:
        assert "--require-hashes" in words, " ".join(words)
        assert any(re.fullmatch(r"requirements.*\.txt", word) for word in words), " ".join(words)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_workflows_install_only_with_hashes(path: Path) -> None:
    for job in jobs(load(path)).values():
        for step in job.get("steps", []):
            for words in pip_installs(step.get("run", "")):
                assert "--require-hashes" in words, f"{path.name}: {' '.join(words)}"


def test_the_install_check_sees_an_unhashed_install() -> None:
    assert pip_installs("\t$(BIN)/python -m pip install -r requirements.txt\n\techo pip") == [
        ["$(BIN)/python", "-m", "pip", "install", "-r", "requirements.txt"]
    ]
    assert pip_installs("set -e; \\\n  pip install --quiet x") == [["pip", "install", "--quiet", "x"]]


def test_only_release_tags_publish_and_republishing_is_asked_for_by_hand() -> None:
    deploy = load(REPO_ROOT / ".github" / "workflows" / "deploy.yml")
    triggers = deploy.get("on") or deploy.get(True)  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"] == {"tags": ["v[0-9]+.[0-9]+", "v[0-9]+.[0-9]+.[0-9]+"]}
    inputs = triggers["workflow_dispatch"]["inputs"]
    assert inputs["republish"]["type"] == "boolean" and inputs["republish"]["default"] is False
    all_jobs, publishing = deploy_jobs()
    run = next(step["run"] for step in all_jobs[publishing]["steps"] if "kb.publishing.deploy" in step.get("run", ""))
    assert "--republish" in run and "REPUBLISH" in str(all_jobs[publishing]["steps"])


def test_queued_releases_never_cancel_each_other() -> None:
    # A concurrency group keeps one waiting run and cancels it when a third queues.
    deploy = load(REPO_ROOT / ".github" / "workflows" / "deploy.yml")
    assert "concurrency" not in deploy
    assert all("concurrency" not in job for job in jobs(deploy).values())


def test_the_tests_run_on_the_commit_that_publishes() -> None:
    all_jobs, publishing = deploy_jobs()
    tested = [job for name, job in all_jobs.items() if name in (all_jobs[publishing].get("needs") or [])]
    published_ref = next(
        step["with"]["ref"] for step in all_jobs[publishing]["steps"] if step.get("uses", "").startswith("actions/checkout@")
    )
    assert [job.get("with", {}).get("ref") for job in tested] == [published_ref]
    ci = load(REPO_ROOT / ".github" / "workflows" / "ci.yml")
    checkout = next(step for job in jobs(ci).values() for step in job["steps"] if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["ref"] == "${{ inputs.ref || github.ref }}"
