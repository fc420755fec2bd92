"""kb.publishing.releases: which tags publish, and when a release takes `latest`."""

from __future__ import annotations

import json

import pytest

from kb.publishing.releases import PublishedRelease, RefusedError, plan_release, published_releases, release_of_tag


@pytest.mark.parametrize(("tag", "version"), [("v1.0", "1.0"), ("v1.2.3", "1.2.3"), ("v10.0.12", "10.0.12"), ("v0.1", "0.1")])
def test_release_tags_publish(tag: str, version: str) -> None:
    assert release_of_tag(tag).version == version


@pytest.mark.parametrize("tag", ["vtest", "v1.2-rc", "v1", "1.2", "v01.2", "v1.02", "v1.2.3.4", "v1.2 ", "V1.2", "v1.2\n", "", "v1..2"])
def test_other_tags_do_not_publish(tag: str) -> None:
    if tag in ("v1.2 ", "v1.2\n"):
        assert release_of_tag(tag).version == "1.2"  # as a shell hands it over: stripped
        return
    with pytest.raises(RefusedError, match="does not publish"):
        release_of_tag(tag)


def published(*entries: tuple[str, tuple[str, ...]]) -> list[PublishedRelease]:
    return published_releases(
        json.dumps([{"version": version, "title": version, "aliases": list(aliases)} for version, aliases in entries])
    )


def test_a_newer_release_takes_latest() -> None:
    plan = plan_release("v1.1", published(("1.0", ("latest",))))
    assert plan.takes_latest and plan.latest_now == "1.0" and not plan.republish
    assert plan_release("v0.1", []).takes_latest


def test_a_late_patch_of_an_earlier_release_leaves_latest_where_it_is() -> None:
    plan = plan_release("v1.0.1", published(("1.1", ("latest",)), ("1.0", ())))
    assert not plan.takes_latest
    assert "latest stays at 1.1" in plan.notes[-1]


def test_a_published_release_is_refused_unless_republishing_is_asked_for() -> None:
    releases = published(("1.1", ("latest",)), ("1.0", ()))
    with pytest.raises(RefusedError, match=r"already published.*workflow_dispatch"):
        plan_release("v1.0", releases)
    plan = plan_release("v1.0", releases, republish=True)
    assert plan.republish and not plan.takes_latest
    assert "re-publishing release 1.0" in plan.notes[0]
    assert plan_release("v1.1", releases, republish=True).takes_latest  # latest stays with it


def test_the_same_release_under_another_name_is_refused() -> None:
    with pytest.raises(RefusedError, match=r"is release 1\.1"):
        plan_release("v1.1.0", published(("1.1", ("latest",))), republish=True)


def test_versions_json_folders_that_are_not_releases_are_left_out() -> None:
    releases = published_releases(json.dumps([{"version": "dev", "aliases": []}, {"version": "1.0", "aliases": ["latest"]}, "junk"]))
    assert [(entry.release.version, entry.aliases) for entry in releases] == [("1.0", ("latest",))]
    assert published_releases("") == []
