"""Which tags publish a policy release, and whether the release becomes `latest`.

Only `vMAJOR.MINOR` and `vMAJOR.MINOR.PATCH` tags publish (v1.2, v1.2.3; no leading zeros,
nothing after). A release newer than every published one takes `latest`; an older one (a late
patch of an earlier release) publishes beside it and leaves `latest` where it is. A release
that is already published is not published again unless asked for explicitly: it would
silently rewrite what readers of that release have been reading.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

LATEST = "latest"
# Set by the deploy command for the build it runs: which release the pages belong to.
RELEASE_VARIABLE = "KB_RELEASE"
_TAG = re.compile(r"v(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})(?:\.(0|[1-9]\d{0,5}))?")


class RefusedError(ValueError):
    """A release that must not publish, with why and what to do instead."""


@dataclass(frozen=True)
class Release:
    """A policy release: its numbers as the tag wrote them (2 or 3)."""

    numbers: tuple[int, ...]

    @property
    def version(self) -> str:
        """Its folder on the published site: '1.2', '1.2.3'."""
        return ".".join(str(number) for number in self.numbers)

    @property
    def order(self) -> tuple[int, int, int]:
        """For comparing releases: 1.2 is 1.2.0."""
        major, minor, *patch = self.numbers
        return (major, minor, patch[0] if patch else 0)


def release_of_tag(tag: str) -> Release:
    """The release a tag publishes; RefusedError for any other tag (vtest, v1.2-rc, v01.2)."""
    match = _TAG.fullmatch(tag.strip())
    if match is None:
        raise RefusedError(
            f"tag {tag!r} does not publish: only vMAJOR.MINOR or vMAJOR.MINOR.PATCH tags do (v1.2, v1.2.3), without leading zeros or suffixes"
        )
    return Release(tuple(int(number) for number in match.groups() if number is not None))


@dataclass(frozen=True)
class PublishedRelease:
    """A release on the published branch, as mike's versions.json lists it."""

    release: Release
    aliases: tuple[str, ...] = ()


def published_releases(versions_json: str) -> list[PublishedRelease]:
    """The releases mike's versions.json lists (folders that are not releases are left out)."""
    entries = json.loads(versions_json) if versions_json.strip() else []
    published = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            release = release_of_tag(f"v{entry['version']}")
        except (RefusedError, KeyError, TypeError):
            continue
        published.append(PublishedRelease(release, tuple(str(alias) for alias in entry.get("aliases") or ())))
    return published


@dataclass(frozen=True)
class Plan:
    """What publishing one release does."""

    release: Release
    takes_latest: bool
    republish: bool = False
    latest_now: str = ""  # the release `latest` points at before (empty: none yet)
    notes: tuple[str, ...] = field(default=())


def plan_release(tag: str, published: Sequence[PublishedRelease], *, republish: bool = False) -> Plan:
    """What publishing tag does to the published releases; RefusedError when it must not."""
    release = release_of_tag(tag)
    same = [entry for entry in published if entry.release.order == release.order]
    if same and same[0].release.version != release.version:
        raise RefusedError(f"{tag} is release {same[0].release.version}, published under that name: tag v{same[0].release.version} instead")
    if same and not republish:
        raise RefusedError(
            f"release {release.version} is already published; publishing it again would rewrite what its readers read. "
            "To do it anyway, run the Deploy workflow by hand (workflow_dispatch) with republish: true"
        )
    latest_now = next((entry.release.version for entry in published if LATEST in entry.aliases), "")
    others = [entry.release.order for entry in published if entry.release.order != release.order]
    takes_latest = all(release.order > order for order in others)
    notes = []
    if same:
        notes.append(f"re-publishing release {release.version}, as asked (republish): its pages are replaced")
    if takes_latest:
        notes.append(
            f"release {release.version} becomes {LATEST}" + (f" (was {latest_now})" if latest_now and latest_now != release.version else "")
        )
    else:
        notes.append(f"release {release.version} is older than {latest_now or 'a published release'}: {LATEST} stays at {latest_now}")
    return Plan(release, takes_latest, bool(same), latest_now, tuple(notes))
