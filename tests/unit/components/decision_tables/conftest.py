"""Fixtures for the decision-table unit tests."""

from __future__ import annotations

import pytest

from kb.components.decision_tables.model import DecisionTable
from support.tables import VALID_TABLE, table_from


@pytest.fixture
def parcel_table() -> DecisionTable:
    return table_from(VALID_TABLE.read_text(encoding="utf-8"))
