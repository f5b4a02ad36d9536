"""Read the pre-2019 统计表 (indicator, unit, 本年度, 历年累计) out of report text.

Layouts met in real reports: rows space-separated ("主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509"), or run
together by a crawler ("主动公开信息数条4251516其中：1.网站公开条41815092.政府公报公开条77", where the next item's
numbering "2." is glued to the figures). Rows are found by their printed labels (every variant is in the format
module); a run-together pair is split where 历年累计 ≥ 本年度 and the table's sums (其中 items add up to their total)
leave one reading, or, failing that, the one reading whose 本年度 the report's prose states. Whatever stays open is
unresolved with its candidates; the 历年累计 chain with the same body's previous report can settle it later (see
``apply_cumulative_chain``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from indexing.models import Cell, CellKind, CheckResult, Report
from indexing.national_format import LEGACY, Row, Table
from indexing.tables import SourceText, flexible_pattern

UNIT = re.compile(r"\s*(?:条|件|元|项|个|万元)")
TABLE_START = re.compile(r"统\s*计\s*表[\s\S]{0,30}?指\s*标\s*名\s*称")
MAX_COMBINATIONS = 20_000


@dataclass
class PrintedRow:
    row: Row
    start: int
    end: int  # end of the label (and unit)
    run: str = ""  # the figures printed after the label
    candidates: list[tuple[int, int]] | None = None  # (本年度, 历年累计) readings


def _forms(row: Row) -> list[str]:
    return sorted({row.label, *row.aliases}, key=len, reverse=True)


def find_rows(text: str, start: int, table: Table) -> list[PrintedRow]:
    """Each printed row in reading order: at every step the earliest label of a row not yet seen, the longest
    form at that place (信函、传真申请数 rather than the 传真申请数 inside it)."""
    patterns = {row.key: re.compile("|".join(flexible_pattern(f) for f in _forms(row))) for row in table.rows}
    found: list[PrintedRow] = []
    position, left = start, list(table.rows)
    while left:
        best: tuple[int, int, Row] | None = None
        for row in left:
            m = patterns[row.key].search(text, position)
            if m and (best is None or (m.start(), -(m.end() - m.start())) < (best[0], -(best[1] - best[0]))):
                best = (m.start(), m.end(), row)
        if best is None or (found and best[0] - found[-1].end > 200):
            break  # past the table
        s, e, row = best
        unit = UNIT.match(text, e)
        found.append(PrintedRow(row, s, unit.end() if unit else e))
        left.remove(row)
        position = found[-1].end
    return found


def figures_after(text: str, start: int, end: int) -> str:
    chunk = re.sub(r"其中\s*[：:]?", "", text[start:end]).rstrip()
    # the next item's numbering glued to the figures: "41815092." before 政府公报公开 is 4181509 and "2."
    chunk = re.sub(r"\d\s*[.、．]$", "", chunk)  # items are numbered 1–8
    return re.match(r"[\d\s.,]*", chunk).group(0).strip()  # type: ignore[union-attr]


def pair_readings(run: str, spaced_layout: bool) -> list[tuple[int, int]]:
    """Every (本年度, 历年累计) reading of a printed run: two numbers, no leading zeros, 累计 ≥ 本年度."""
    tokens = run.replace(",", "").split()
    if len(tokens) == 2 and all(t.isdigit() for t in tokens):
        return [(int(tokens[0]), int(tokens[1]))]
    if len(tokens) != 1 or not tokens[0].isdigit() or spaced_layout:
        return []
    digits = tokens[0]
    readings = []
    for cut in range(1, len(digits)):
        a, b = digits[:cut], digits[cut:]
        if (len(a) > 1 and a[0] == "0") or (len(b) > 1 and b[0] == "0"):
            continue
        if int(b) >= int(a):
            readings.append((int(a), int(b)))
    return readings


def _solve(rows: dict[str, PrintedRow], table: Table) -> None:
    """Keep only the readings under which every 其中 group adds up to its total, in both columns."""
    for identity in table.identities:
        if not identity.id.endswith(".this_year"):
            continue
        keys = [k for k, _ in (*identity.left, *identity.right) if k in rows and rows[k].candidates]
        total = identity.left[0][0]
        if total not in keys or len(keys) < 2:
            continue
        members = [k for k in keys if k != total]
        options = [rows[k].candidates or [] for k in keys]
        if any(not o for o in options) or _product(options) > MAX_COMBINATIONS:
            continue
        kept: list[tuple] = []
        for combo in itertools.product(*options):
            reading = dict(zip(keys, combo, strict=True))
            if all(reading[total][c] == sum(reading[m][c] for m in members) for c in (0, 1)):
                kept.append(combo)
        if kept:
            for i, key in enumerate(keys):
                rows[key].candidates = sorted({combo[i] for combo in kept})


# The report's own prose often states the year's figure of a 统计表 row (2016年全区主动公开政府信息3460条): a sentence
# naming the row's subject, then one number with its unit.
PROSE_STATEMENTS = {
    "proactive_total": re.compile(r"主动公开(?:政府)?信息(?:共|共计|总计|合计)?\s*(\d+)\s*条"),
    "applications_total": re.compile(r"(?:收到|受理)[^。；，\d]{0,12}?申请(?:共|共计)?\s*(\d+)\s*(?:条|件)"),
}


def _settle_from_prose(rows: dict[str, PrintedRow], text: str) -> None:
    """A run-together row whose readings the sums left open keeps the one reading whose 本年度 the prose states —
    only when exactly one reading's figure is stated, so prose about another figure cannot pick a wrong split."""
    for key, pattern in PROSE_STATEMENTS.items():
        row = rows.get(key)
        if row is None or not row.candidates or len(row.candidates) < 2:
            continue
        stated = {int(m.group(1)) for m in pattern.finditer(text)}
        kept = [reading for reading in row.candidates if reading[0] in stated]
        if len(kept) == 1:
            row.candidates = kept


def _product(options: list[list[tuple[int, int]]]) -> int:
    n = 1
    for o in options:
        n *= max(1, len(o))
    return n


def parse_legacy(text: str, table: Table = LEGACY) -> list[Cell]:
    starts = list(TABLE_START.finditer(text))
    if not starts:
        return []
    source = SourceText(text)
    printed = find_rows(text, starts[-1].end(), table)
    if not printed:
        return []
    for i, row in enumerate(printed):
        next_start = printed[i + 1].start if i + 1 < len(printed) else min(len(text), row.end + 60)
        row.run = figures_after(text, row.end, next_start)
    spaced = sum(len(r.run.split()) == 2 for r in printed) > len(printed) // 2
    for row in printed:
        row.candidates = pair_readings(row.run, spaced)
    by_key = {r.row.key: r for r in printed}
    _solve(by_key, table)
    if any(r.candidates and len(r.candidates) > 1 for r in printed):
        _settle_from_prose(by_key, text[: starts[-1].start()])
        _solve(by_key, table)  # the settled row settles the rows its sums tie it to
    cells: list[Cell] = []
    for row in printed:
        snippet = text[row.start : row.end] + " " + row.run
        line_number = source.line_number(row.start)
        readings = row.candidates or []
        for index, column in enumerate(table.columns):
            values = sorted({r[index] for r in readings})
            if len(values) == 1:
                value = values[0]
                kind: CellKind = "zero" if value == 0 else "number"
                cells.append(
                    Cell(table.id, row.row.key, column.key, value, kind, row.run, snippet.strip(), line_number)
                )
            else:
                fallback: list[float | int] = [*values] or [int(t) for t in row.run.split() if t.isdigit()]
                cells.append(
                    Cell(
                        table.id,
                        row.row.key,
                        column.key,
                        None,
                        "unresolved",
                        row.run,
                        snippet.strip(),
                        line_number,
                        candidates=fallback,
                    )
                )
    return cells


def apply_cumulative_chain(report: Report, previous: dict[str, float | int]) -> None:
    """Where the same body's previous report is indexed: last year's 历年累计 + this year's 本年度 = this year's
    历年累计. It settles run-together pairs the sums left open, and is stored as a check either way.

    ``previous`` maps row keys to last year's 历年累计."""
    cells = {(c.row, c.column): c for c in report.cells if c.table == LEGACY.id}
    for row_key, last_cumulative in previous.items():
        this_year, cumulative = cells.get((row_key, "this_year")), cells.get((row_key, "cumulative"))
        if this_year is None or cumulative is None:
            continue
        label = LEGACY.row(row_key).label
        check_id = f"TS.chain.{row_key}"
        description = f"{label}：上年历年累计 + 本年度 = 本年历年累计"
        if this_year.kind == "unresolved" or cumulative.kind == "unresolved":
            run = re.sub(r"\D", "", this_year.raw)
            readings = [r for r in pair_readings(run, False) if last_cumulative + r[0] == r[1]]
            if len(readings) == 1:
                for cell, value in ((this_year, readings[0][0]), (cumulative, readings[0][1])):
                    cell.value, cell.kind, cell.candidates = value, ("zero" if value == 0 else "number"), []
                details = f"{last_cumulative} + {readings[0][0]} = {readings[0][1]}（据此拆分连写数字）"
                report.checks.append(CheckResult(check_id, "identity", "passed", description, details))
            continue
        if this_year.kind in ("number", "zero") and cumulative.kind in ("number", "zero"):
            this_value, cumulative_value = this_year.value or 0, cumulative.value or 0
            ok = last_cumulative + this_value == cumulative_value
            details = (
                f"{last_cumulative} + {this_value} = {last_cumulative + this_value}；本年历年累计 {cumulative_value}"
            )
            report.checks.append(CheckResult(check_id, "identity", "passed" if ok else "failed", description, details))
