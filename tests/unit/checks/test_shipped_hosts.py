"""kb.checks.shipped_hosts: every other host a shipped file names is listed, with why it is unused."""

from __future__ import annotations

from kb.checks.shipped_hosts import named_hosts, shipped_host_findings


def test_named_hosts_with_their_first_line() -> None:
    assert named_hosts("a\n// see https://Example.org/x and http://cdn.example.com\nhttps://example.org") == {
        "example.org": 2,
        "cdn.example.com": 2,
    }


def test_an_unlisted_host_is_a_finding_and_listed_or_own_hosts_are_not() -> None:
    files = {
        "assets/javascripts/bundle.abc.min.js": 'load("https://unpkg.com/mermaid")\nfetch("https://cdn.evil.example/x")',
        "sitemap.xml": "<loc>https://kb.example.org/</loc> xmlns='http://www.sitemaps.org/schemas'",
    }
    [finding] = shipped_host_findings(files, own_host="kb.example.org", display_dir="site")
    assert (finding.path, finding.line) == ("site/assets/javascripts/bundle.abc.min.js", 2)
    assert "cdn.evil.example" in finding.problem


def test_a_host_is_listed_only_for_its_files() -> None:
    [finding] = shipped_host_findings({"assets/javascripts/kb.js": "https://unpkg.com/x"}, own_host=None, display_dir="site")
    assert "unpkg.com" in finding.problem
