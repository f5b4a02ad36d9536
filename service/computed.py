"""A figure as the answerer computes it: one stored cell, or a value computed from stored cells of one report."""

from __future__ import annotations

from dataclasses import dataclass

from indexing.numbers import clean_number
from indexing.stores.table_store import StoredCell

NUMERIC = ("number", "zero")
NOT_IN_FORMAT = "该报告所用格式的表格中没有这一项"
NO_CELL = "报告的表格没有印出这一项"

__all__ = ["NO_CELL", "NOT_IN_FORMAT", "NUMERIC", "Computed", "ReportRef", "clean_number"]


@dataclass
class ReportRef:
    report_id: str
    issuer: str
    issuer_short: str
    year: int
    format_version: str


@dataclass
class Computed:
    """A figure: one stored cell, or a value computed from stored cells."""

    value: float | int | None
    unit: str
    label: str
    derived: bool
    formula: str | None
    inputs: list[StoredCell]
    note: str = ""  # unresolved / blank explanations

    @property
    def ok(self) -> bool:
        return self.value is not None
