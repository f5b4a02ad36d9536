"""A figure as the answerer computes it: one stored cell, or a value computed from stored cells of one report."""

from __future__ import annotations

from dataclasses import dataclass

from indexing.numbers import clean_number
from indexing.stores.records import ReportListing
from indexing.stores.table_store import StoredCell

NUMERIC = ("number", "zero")
NOT_IN_FORMAT = "该报告所用格式的表格中没有这一项"
NO_CELL = "报告的表格没有印出这一项"

__all__ = [
    "NO_CELL",
    "NOT_IN_FORMAT",
    "NUMERIC",
    "Computed",
    "IndexedReport",
    "ReportRef",
    "clean_number",
    "summand",
]


class IndexedReport(ReportListing):
    """A report as the answerer holds it: the store's listing and the body it belongs to (one body across the names
    it was printed under)."""

    body: str


@dataclass
class ReportRef:
    report_id: str
    issuer: str
    issuer_short: str
    year: int
    format_version: str

    @classmethod
    def of(cls, report: ReportListing) -> ReportRef:
        return cls(report["report_id"], report["issuer"], report["issuer_short"], report["year"], report["format"])


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

    @property
    def number(self) -> float | int:
        """The value of a figure known to be ``ok``."""
        if self.value is None:
            raise ValueError(f"{self.label} has no value: {self.note}")
        return self.value


def summand(cell: StoredCell) -> float | int:
    """A cell's share of a sum: its number, or 0 for a cell printed empty (空白, /, —, 无)."""
    return cell.value if cell.kind in NUMERIC and cell.value is not None else 0
