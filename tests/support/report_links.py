"""What a "Report a problem" link asks GitHub for: the issue form's fields from its query."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit


def report_query(href: str, *, repository: str) -> dict[str, str]:
    """The issue form's fields as GitHub reads them from a report link to repository's form."""
    parts = urlsplit(href)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{repository}/issues/new", href
    values = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert all(len(value) == 1 for value in values.values()), values
    return {name: value[0] for name, value in values.items()}
