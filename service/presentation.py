"""What the web pages show, prepared on the server: the format's layout, source context, CSV, SVG charts.

Charts are SVG drawn here so the pages need no chart library and no network.
"""

from __future__ import annotations

import csv
import io
import re
from html import escape
from typing import TYPE_CHECKING, Any

from indexing import national_format as nf
from indexing.numbers import format_number
from indexing.stores.records import StoredCell

if TYPE_CHECKING:
    from service.schemas import SourceContext

CONTEXT_LINES = 3
ONE_LINE_CONTEXT = 160  # characters either side of a snippet in a one-line report


def format_description() -> dict[str, Any]:
    """Tables, rows, columns and labels of every format version, for laying tables out like the national format:
    the pages take every printed word from here."""
    out: dict[str, Any] = {}
    for version, fmt in nf.FORMATS.items():
        tables = []
        for table in fmt.tables:
            numeral = nf.TABLE_NUMERALS.get(table.id)
            tables.append(
                {
                    "id": table.id,
                    "title": table.title,
                    "heading": f"{numeral}、{table.title}" if numeral else table.title,
                    "name": nf.table_name(table.id),
                    "row_header": nf.ROW_HEADERS.get(table.id, ""),
                    # column groups in printed order (T4: 行政复议 / 未经复议直接起诉 / 复议后起诉), with their span
                    "column_groups": column_groups(table),
                    "columns": [
                        {"key": c.key, "label": c.label, "group": c.group, "unit": c.unit} for c in table.columns
                    ],
                    "rows": [
                        {
                            "key": r.key,
                            "label": r.label,
                            "group": r.group,
                            "subtable": r.subtable,
                            "columns": [c.key for c in table.columns_of(r)],
                        }
                        for r in table.rows
                    ],
                    # rows printed instead of a group's sub-rows (（六）其他处理 as one row), shown where a report
                    # has them
                    "group_rows": [
                        {
                            "key": r.key,
                            "label": r.label,
                            "members": list(r.members),
                            "columns": [c.key for c in table.columns],
                        }
                        for r in table.group_rows
                    ],
                }
            )
        out[version] = {"label": nf.FORMAT_LABELS[version], "tables": tables}
    out["identities_note"] = (
        "T3：第一项加第二项之和，等于第三项加第四项之和；总计 = 各申请人之和；（七）总计 = 各项办理结果之和。"
        "T4：各部分总计 = 四项之和。"
    )
    return out


def column_groups(table: nf.Table) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    for column in table.columns:
        if column.group is None:
            continue
        if groups and groups[-1]["label"] == column.group:
            groups[-1]["span"] += 1
        else:
            groups.append({"label": column.group, "span": 1})
    return groups


def source_context(text: str, line_number: int | None, snippet: str = "") -> SourceContext:
    """The source line with the lines around it; for one-line reports, the characters around the snippet."""
    lines = text.split("\n")
    if line_number is None or not 1 <= line_number <= len(lines):
        return {"line_number": None, "before": [], "line": snippet, "after": []}
    line = lines[line_number - 1]
    if len(line) > 2 * ONE_LINE_CONTEXT and snippet and snippet in line:
        at = line.index(snippet)
        return {
            "line_number": line_number,
            "before": ["…" + line[max(0, at - ONE_LINE_CONTEXT) : at]],
            "line": snippet,
            "after": [line[at + len(snippet) : at + len(snippet) + ONE_LINE_CONTEXT] + "…"],
        }
    start = max(0, line_number - 1 - CONTEXT_LINES)
    return {
        "line_number": line_number,
        "before": lines[start : line_number - 1],
        "line": line,
        "after": lines[line_number : line_number + CONTEXT_LINES],
    }


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")


def spreadsheet_safe(value: object) -> object:
    """Report text in a CSV cell must not run as a spreadsheet formula (=HYPERLINK(…), +cmd|…): text that starts
    like one gets a leading apostrophe, the spreadsheet convention for "this is text". Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and value != "-" and not PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def cells_csv(cells: list[StoredCell], format_version: str) -> str:
    fmt = nf.report_format(format_version)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["issuer", "year", "table", "row", "column", "label", "value", "unit", "kind", "raw", "source_line"]
    )
    for c in cells:
        row = [
            c.issuer,
            c.year,
            c.table,
            c.row,
            c.column,
            nf.cell_label(fmt, c.table, c.row, c.column),
            "" if c.value is None else c.value,
            nf.unit_of(fmt, c.table, c.column),
            c.kind,
            c.raw,
            c.source_line,
        ]
        writer.writerow([spreadsheet_safe(v) for v in row])
    return buffer.getvalue()


def bar_chart(title: str, bars: list[tuple[str, float]], unit: str = "件") -> str:
    """A horizontal bar chart as SVG text (labels escaped: they come from reports)."""
    width, left, bar_h, gap = 560, 190, 18, 8
    height = 40 + len(bars) * (bar_h + gap)
    top = max((v for _, v in bars), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(title)}" font-family="sans-serif" font-size="12">',
        f'<text x="8" y="20" font-weight="bold" font-size="14">{escape(title)}</text>',
    ]
    y = 34
    for label, value in bars:
        w = (width - left - 70) * value / top
        parts.append(f'<text x="8" y="{y + 13}">{escape(label)}</text>')
        parts.append(
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#2a6fdb">'
            f"<title>{escape(label)} {format_number(value)}{unit}</title></rect>"
        )
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + 13}">{format_number(value)}{escape(unit)}</text>')
        y += bar_h + gap
    parts.append("</svg>")
    return "\n".join(parts)


def applicants_chart(cells: list[StoredCell], issuer: str, year: int) -> str:
    by_key = {(c.row, c.column): c for c in cells}
    bars = []
    for column in nf.T3_COLUMNS[:-1]:
        cell = by_key.get(("new_received", column.key))
        bars.append(
            (column.label if column.key != "other_org" else "其他组织", float(cell.value or 0) if cell else 0.0)
        )
    return bar_chart(f"{issuer} {year}年 新收申请的申请人构成", bars)


def outcomes_chart(cells: list[StoredCell], issuer: str, year: int, format_version: str) -> str:
    fmt = nf.report_format(format_version)
    table = fmt.table("T3")
    by_key = {(c.row, c.column): c for c in cells}
    bars: list[tuple[str, float]] = []
    seen_groups: set[str] = set()
    for row in table.rows:
        if row.key in nf.NON_RESULT_ROWS:
            continue
        if row.group:
            if row.group in seen_groups:
                continue
            seen_groups.add(row.group)
            members = [r.key for r in table.rows if r.group == row.group]
            value = sum(float(by_key[(m, "total")].value or 0) for m in members if (m, "total") in by_key)
            bars.append((nf.strip_numbering(row.group), value))
        else:
            cell = by_key.get((row.key, "total"))
            bars.append((nf.strip_numbering(row.label)[:12], float(cell.value or 0) if cell else 0.0))
    return bar_chart(f"{issuer} {year}年 办理结果", bars)


def trend_chart(points: list[tuple[int, float | None]], issuer: str, label: str) -> str:
    bars = [(f"{year}年", value) for year, value in points if value is not None]
    return bar_chart(f"{issuer} {label} 历年变化", bars)
