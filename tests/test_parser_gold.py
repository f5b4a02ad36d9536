"""Every parsed cell of the hand-checked reports equals its gold value (evals/gold/*.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.scoring import cell_gold_value
from indexing.parser import parse_file
from tests.conftest import GOLD_DIR, SEED_REPORT, require_shared_corpus

GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))


def test_there_are_enough_gold_reports():
    names = {p.stem for p in GOLD_FILES}
    required = {f"pingtan_{y}" for y in range(2021, 2026)} | {
        "huaian-city_2024",
        "shanghai-municipal-office_2019",
        "shuyang-county_2025",
        "hongkou-district_2021",
        "shuyang-fgj_2023",  # a saved government web page
        "hongze-district_2023",  # a PDF with a text layer, （六）其他处理 printed merged
    }
    assert required <= names


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_cells_match_gold(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    source = SEED_REPORT if gold["file"] == SEED_REPORT.name else require_shared_corpus() / gold["file"]
    report = parse_file(source)
    assert report.issuer == gold["issuer"]
    assert report.year == gold["year"]
    assert report.format_version == gold["format"]
    parsed = {(c.table, c.row, c.column): c for c in report.cells}
    mismatches = []
    expected_keys = set()
    for table, rows in gold["cells"].items():
        for row, columns in rows.items():
            for column, expected in columns.items():
                expected_keys.add((table, row, column))
                cell = parsed.get((table, row, column))
                got = cell_gold_value(cell) if cell else "MISSING"
                if got != expected:
                    mismatches.append(f"{table}.{row}.{column}: expected {expected!r}, got {got!r}")
    assert not mismatches, "\n".join(mismatches)
    # nothing invented beyond the gold tables
    gold_tables = set(gold["cells"])
    assert {k for k in parsed if k[0] in gold_tables} == expected_keys


def test_seed_has_exactly_its_200_cells():
    report = parse_file(SEED_REPORT)
    by_table = {t: sum(c.table == t for c in report.cells) for t in ("T2", "T3", "T4")}
    assert by_table == {"T2": 10, "T3": 175, "T4": 15}
    assert all(c.kind in ("number", "zero") for c in report.cells)
    assert {c.status for c in report.checks if c.kind == "identity"} == {"passed"}


def test_every_cell_carries_its_source_line():
    report = parse_file(SEED_REPORT)
    cell = report.cell("T3", "new_received", "natural_person")
    assert cell is not None and cell.value == 71
    assert "本年新收政府信息公开申请数量" in cell.source_line and "71" in cell.source_line
    assert cell.line_number is not None
    line = SEED_REPORT.read_text(encoding="utf-8").split("\n")[cell.line_number - 1]
    assert line.strip() == cell.source_line
