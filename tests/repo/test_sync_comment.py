"""The CI step that keeps one pull-request comment with the sync report up to date."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from support.paths import REPO_ROOT


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sync_comment", REPO_ROOT / ".github" / "scripts" / "sync_comment.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_first_report_is_posted() -> None:
    sync = script()
    request = sync.comment_request("## Translations marked synced\n", existing=[{"id": 1, "body": "LGTM"}], repository="o/r", number=7)
    assert (request.method, request.path) == ("POST", "/repos/o/r/issues/7/comments")
    assert request.body.startswith(sync.MARKER)


def test_a_later_report_edits_the_same_comment() -> None:
    sync = script()
    existing = [{"id": 1, "body": "LGTM"}, {"id": 42, "body": f"{sync.MARKER}\nold\n"}]
    request = sync.comment_request("new report", existing=existing, repository="o/r", number=7)
    assert (request.method, request.path, request.body) == ("PATCH", "/repos/o/r/issues/comments/42", f"{sync.MARKER}\nnew report\n")
    assert sync.comment_request("new report", existing=[{"id": 42, "body": request.body}], repository="o/r", number=7) is None


def test_an_empty_report_posts_nothing_and_empties_an_old_comment() -> None:
    sync = script()
    assert sync.comment_request("", existing=[], repository="o/r", number=7) is None
    request = sync.comment_request("", existing=[{"id": 42, "body": f"{sync.MARKER}\nold\n"}], repository="o/r", number=7)
    assert request.method == "PATCH" and sync.NOTHING_SYNCED in request.body
