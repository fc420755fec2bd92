"""The address of "Report a problem": the repository's issue form for agents' reports
(.github/ISSUE_TEMPLATE/problem.yml) with its fields filled in for the page, or the
decision-table row, the agent is reading.

GitHub fills an issue form's fields from query parameters named by the fields' ids, so a plain
link built with the site is all a report needs: it works without JavaScript. Titles and row ids
are editors' text: every value is URL-encoded here, and the templates escape the whole address
for the HTML attribute it goes into.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode, urljoin

from kb.publishing.releases import RELEASE_VARIABLE
from kb.translation.sync_history import git

# The form's file name under .github/ISSUE_TEMPLATE/, and the ids of its fields.
ISSUE_FORM = "problem.yml"
FORM_FIELDS = ("page-title", "page-url", "language", "release", "commit", "row")
# Set by the deploy workflow (the release being published) and by GitHub Actions (the commit).
COMMIT_VARIABLE = "GITHUB_SHA"
UNRELEASED = "unreleased"
UNKNOWN_COMMIT = "unknown"
COMMIT_LENGTH = 12


@dataclass(frozen=True)
class SiteVersion:
    """What the site was built from, the same for every page of one build."""

    release: str
    commit: str


@dataclass(frozen=True)
class ReportedPlace:
    """Where the agent found the problem: a page, or one decision-table row on it."""

    page_title: str
    page_url: str  # the page's full address in the release being read
    language: str  # the code of the page's language
    version: SiteVersion
    row: str = ""  # the row's anchor id; empty for the page as a whole


def release_name(environ: Mapping[str, str]) -> str:
    """The release being built: the deploy workflow says which, any other build is unreleased."""
    return environ.get(RELEASE_VARIABLE, "").strip() or UNRELEASED


def build_commit(folder: Path, environ: Mapping[str, str]) -> str:
    """The commit the site is built from, shortened: CI's, else the folder's repository's HEAD.

    A build outside a repository, or without git, still builds: the commit is then "unknown"."""
    commit = environ.get(COMMIT_VARIABLE, "").strip()
    if not commit:
        try:
            commit = (git(["rev-parse", "HEAD"], cwd=folder) or "").strip()
        except OSError:  # no git on PATH, or the folder is gone
            commit = ""
    return commit[:COMMIT_LENGTH] or UNKNOWN_COMMIT


def site_version(folder: Path, environ: Mapping[str, str] | None = None) -> SiteVersion:
    """The release and commit of a build whose pages are in folder (docs/)."""
    environ = os.environ if environ is None else environ
    return SiteVersion(release=release_name(environ), commit=build_commit(folder, environ))


def page_address(site_url: str | None, page_url: str) -> str:
    """A page's full address: the site's (which mike sets to the release's) joined with the
    page's own, site-relative one ("ru/area/page/")."""
    if not site_url:
        return "/" + page_url.lstrip("/")
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", page_url.lstrip("/"))


def issue_title(place: ReportedPlace) -> str:
    """The new issue's title: the page (and row) in the language read, for the editors' list."""
    title = f"[{place.language}] {place.page_title}"
    return f"{title} ({place.row})" if place.row else title


def form_values(place: ReportedPlace) -> dict[str, str]:
    """The form's fields by id, as GitHub reads them from the query (no row for a whole page)."""
    values = {
        "page-title": place.page_title,
        "page-url": place.page_url,
        "language": place.language,
        "release": place.version.release,
        "commit": place.version.commit,
    }
    if place.row:
        values["row"] = place.row
    return values


def report_url(repo_url: str, place: ReportedPlace) -> str:
    """The address of a new issue from the agents' form, filled in for place."""
    query = {"template": ISSUE_FORM, "title": issue_title(place), **form_values(place)}
    # quote, not quote_plus, and nothing left unescaped: every reserved character of a title
    # ("&", "#", "?", "/", quotes) stays inside its own value.
    return f"{repo_url.rstrip('/')}/issues/new?{urlencode(query, quote_via=quote, safe='')}"
