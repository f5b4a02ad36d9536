"""Evaluate the format's identities on a report's cells, and cross-check figures the narrative states.

A failed check is information for the user; it never changes a number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexing.models import Cell, CheckResult, CheckStatus, Report
from indexing.national_format import LEGACY, Identity, Table, report_format, strip_numbering
from indexing.numbers import format_number

NUMERIC_KINDS = ("number", "zero")


def evaluate_identity(identity: Identity, cells: dict[tuple[str, str], Cell], table: str) -> CheckResult:
    def side(keys: tuple[tuple[str, str], ...]) -> tuple[float | None, list[str], list[str]]:
        total: float = 0
        terms: list[str] = []
        missing: list[str] = []
        for row, column in keys:
            cell = cells.get((row, column))
            if cell is None or cell.kind == "unresolved":
                missing.append(f"{row}.{column}")
                continue
            value = (cell.value or 0) if cell.kind in NUMERIC_KINDS else 0  # blank, “/”, “—”, “无” count as nothing
            total += value
            terms.append(format_number(value))
        return (None if missing else total), terms, missing

    left, left_terms, left_missing = side(identity.left)
    right, right_terms, right_missing = side(identity.right)
    check_id = identity.id
    for keys in (identity.left, identity.right):
        if all(cells.get(k) is not None and cells[k].kind == "blank" for k in keys):
            return CheckResult(check_id, "identity", "skipped", identity.description, "无法核对：报告中相应栏目为空白")
    if left is None or right is None:
        return CheckResult(
            check_id,
            "identity",
            "skipped",
            identity.description,
            "无法核对：单元格未能唯一确定（" + "、".join(left_missing + right_missing) + "）",
        )
    details = f"{' + '.join(left_terms)} = {format_number(left)}；{' + '.join(right_terms)} = {format_number(right)}"
    status: CheckStatus = "passed" if abs(left - right) < 1e-6 else "failed"
    return CheckResult(check_id, "identity", status, identity.description, details)


def with_group_cells(identity: Identity, table: Table, cells: dict[tuple[str, str], Cell]) -> Identity:
    """Where a report printed a group as one merged row, its sub-rows have no value: the identity uses the
    group's printed cell in their place."""
    for group in table.group_rows:
        for side_name in ("left", "right"):
            side = list(getattr(identity, side_name))
            columns = {column for row, column in side if row in group.members}
            for column in columns:
                members = [(row, column) for row in group.members]
                merged = all(cells.get(k) is not None and cells[k].kind == "merged" for k in members)
                if merged and all(k in side for k in members) and (group.key, column) in cells:
                    side = [k for k in side if k not in members] + [(group.key, column)]
            identity = (
                replace(identity, left=tuple(side)) if side_name == "left" else replace(identity, right=tuple(side))
            )
    return identity


def identity_results_for(table: Table, cells: list[Cell]) -> list[str]:
    """The status of each of a table's identities on a list of cells (used while parsing)."""
    by_key = {(c.row, c.column): c for c in cells if c.table == table.id}
    return [evaluate_identity(with_group_cells(i, table, by_key), by_key, table.id).status for i in table.identities]


def identity_checks(report: Report) -> list[CheckResult]:
    fmt = report_format(report.format_version)
    results: list[CheckResult] = []
    for table in fmt.tables:
        cells = {(c.row, c.column): c for c in report.cells if c.table == table.id}
        if not cells:
            continue
        for identity in table.identities:
            if table.id == LEGACY.id:  # 统计表 rows vary by province: an item the report does not print is not there
                identity = replace(
                    identity,
                    right=tuple(k for k in identity.right if k in cells),
                )
                if identity.left[0] not in cells or not identity.right:
                    continue
            results.append(evaluate_identity(with_group_cells(identity, table, cells), cells, table.id))
    return results


# Statements such as 全年共受理政府信息公开申请74件 / 共收到政府信息公开申请 34 件 / 新收政府信息公开申请3119件
NARRATIVE_CLAIMS: tuple[tuple[str, str, str, str], ...] = (
    (
        r"(?:新收|收到|受理)[^。；，\d]{0,12}?政府信息公开申请[^。；\d]{0,4}?(\d+)\s*件",
        "T3",
        "new_received",
        "total",
    ),
    (r"上年结转[^。；，\d]{0,14}?(\d+)\s*件", "T3", "carried_over_from_last_year", "total"),
)


def narrative_checks(report: Report) -> list[CheckResult]:
    """Compare figures the narrative states with the table; a mismatch is a warning, not an error."""
    if not report.cells:
        return []
    narrative = "\n".join(s.text for s in report.sections)
    fmt = report_format(report.format_version)
    results: list[CheckResult] = []
    for pattern, table, row, column in NARRATIVE_CLAIMS:
        cell = report.cell(table, row, column)
        if cell is None or cell.kind not in ("number", "zero"):
            continue
        for m in re.finditer(pattern, narrative):
            stated = int(m.group(1))
            label = strip_numbering(fmt.table(table).row(row).label)
            sentence = m.group(0)
            # “受理…749件” sometimes means 新收 + 上年结转; accept that reading too.
            carried = report.cell(table, "carried_over_from_last_year", column)
            alternatives = {cell.value}
            if row == "new_received" and carried is not None and carried.kind in ("number", "zero"):
                alternatives.add((cell.value or 0) + (carried.value or 0))
            status: CheckStatus = "passed" if stated in alternatives else "warning"
            details = f"正文“{sentence}”：{stated}；表格 {label}（{column}）：{format_number(cell.value or 0)}"
            results.append(
                CheckResult(f"narrative.{table}.{row}", "narrative", status, f"正文与表格核对：{label}", details)
            )
            break
    return results


def run_checks(report: Report) -> list[CheckResult]:
    return identity_checks(report) + narrative_checks(report)
