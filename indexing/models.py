"""What the parser produces and the stores keep: a Report with its sections, cells and check results."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

# "merged": a sub-row the report printed merged into its group's row; the value is the group cell's.
CellKind = Literal["number", "zero", "blank", "slash", "dash", "none", "unresolved", "merged"]


@dataclass
class Cell:
    table: str
    row: str
    column: str
    value: float | int | None
    kind: CellKind
    raw: str
    source_line: str
    line_number: int | None = None
    candidates: list[float | int] = field(default_factory=list)  # only for kind == "unresolved"
    page: int | None = None  # PDF page of the source line


@dataclass
class SectionText:
    number: str  # 一 … 六, or "" for the preamble
    title: str
    heading_path: list[str]  # e.g. ["一、总体情况", "（二）依申请公开方面"]
    text: str


CheckStatus = Literal["passed", "failed", "warning", "skipped"]


@dataclass
class CheckResult:
    check_id: str
    kind: Literal["identity", "narrative"]
    status: CheckStatus
    description: str
    details: str  # the numbers involved, e.g. "74 + 11 = 85, 80 + 5 = 85"


@dataclass
class Report:
    report_id: str
    source_path: str
    issuer: str
    issuer_short: str
    year: int
    format_version: str
    title: str
    text: str  # the repaired full text
    sections: list[SectionText]
    cells: list[Cell]
    content_hash: str
    checks: list[CheckResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def cell(self, table: str, row: str, column: str) -> Cell | None:
        for c in self.cells:
            if c.table == table and c.row == row and c.column == column:
                return c
        return None


def make_report_id(issuer: str, year: int) -> str:
    """Stable id: one report per issuer and year, so re-indexing replaces rather than duplicates."""
    digest = hashlib.sha1(issuer.encode("utf-8")).hexdigest()[:8]
    return f"{year}-{digest}"
