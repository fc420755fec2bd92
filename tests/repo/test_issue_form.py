"""The issue form agents' "Report a problem" links open (.github/ISSUE_TEMPLATE/problem.yml):
a field for every value the links fill in, by the ids they use, and a required "what"."""

from __future__ import annotations

from typing import Any

import yaml

from kb.feedback.report_link import FORM_FIELDS, ISSUE_FORM
from support.paths import REPO_ROOT

TEMPLATES = REPO_ROOT / ".github" / "ISSUE_TEMPLATE"


def form() -> dict[str, Any]:
    data = yaml.safe_load((TEMPLATES / ISSUE_FORM).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def fields() -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in form()["body"] if "id" in item}


def test_the_form_has_what_an_issue_form_needs() -> None:
    data = form()
    assert {"name", "description", "title", "labels", "body"} <= set(data)
    assert all(item["type"] in {"markdown", "input", "textarea", "dropdown", "checkboxes"} for item in data["body"])
    # GitHub refuses a form whose ids repeat or whose fields have no label.
    ids = [item["id"] for item in data["body"] if "id" in item]
    assert len(ids) == len(set(ids))
    assert all(item["attributes"].get("label") for item in data["body"] if item["type"] != "markdown")


def test_every_value_the_links_fill_in_has_its_field() -> None:
    by_id = fields()
    assert set(FORM_FIELDS) <= set(by_id)
    assert all(by_id[field]["type"] == "input" for field in FORM_FIELDS)
    assert by_id["row"]["validations"]["required"] is False


def test_what_is_wrong_is_a_required_text_area() -> None:
    what = fields()["what"]
    assert what["type"] == "textarea"
    assert what["attributes"]["label"] == "What is wrong or out of date"
    assert what["validations"]["required"] is True


def test_blank_issues_stay_possible() -> None:
    config = yaml.safe_load((TEMPLATES / "config.yml").read_text(encoding="utf-8"))
    assert config["blank_issues_enabled"] is True
