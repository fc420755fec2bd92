"""Site-internal links that survive being published under a version prefix.

mike publishes each policy release under its own folder (/1.0/, /latest/). A link
written as a site-absolute path ("/ru/") leaves that folder and lands on another
release; the same path without its leading slash is one MkDocs' `url` filter turns
into a link relative to the current page, which stays inside the release.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def release_relative(link: str) -> str:
    """'/ru/' -> 'ru/'; URLs with a scheme or host and already-relative links are unchanged."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not link.startswith("/"):
        return link
    return link.lstrip("/") or "."
