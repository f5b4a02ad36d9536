"""PDFs with a text layer as published (printed by ``evals.published``, the renderer ``reportqa synth`` uses):
numbers wrapped inside narrow cells, a misprinted label, （六）其他处理 printed as one merged row, table 三 running
over a page break with its header repeated."""

from __future__ import annotations

import json
import re

import pytest

from evals.published import (
    PrintStyle,
    document_from_report,
    figures_from_gold,
    t2_table,
    t3_table,
    t4_table,
    to_pdf,
)
from indexing.parser import parse_file, parse_text
from tests.conftest import GOLD_DIR, SEED_REPORT

SCALE = 101  # seed figures × 101: four-digit numbers that wrap in narrow cells; every identity still holds
OTHER_ROWS = ("other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other")
LABEL, MISPRINT = "2.其他法律行政法规禁止公开", "2.其他法律行政止公开"


def as_published(text: str) -> str:
    """The seed's text with table 三's figures scaled, one label misprinted and （六） printed as one row."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if "收到和处理政府信息公开申请情况" in line)
    end = next(i for i, line in enumerate(lines) if "行政复议、行政诉讼情况" in line and i > start)
    out = lines[:start]
    merged_values: list[int] = [0] * 7
    for i in range(start, end):
        line = lines[i]
        if "\t" in line and re.search(r"\t\d+\t", line):
            fields = line.split("\t")
            fields = [str(int(f) * SCALE) if f.strip().isdigit() else f for f in fields]
            line = "\t".join(fields)
        if "其他处理" in line or "申请人逾期未按收费" in line or line.startswith("3.其他"):
            values = [int(f) for f in line.split("\t") if f.strip().isdigit()]
            merged_values = [a + b for a, b in zip(merged_values, values, strict=True)]
            if line.startswith("3.其他"):
                out.append("\t(六) 其他处理\t\t" + "\t".join(map(str, merged_values)))
            continue
        out.append(line.replace(LABEL, MISPRINT))
    return "\n".join(out + lines[end:])


@pytest.fixture(scope="module")
def published_pdf(tmp_path_factory):
    """The seed printed in the national layout: table 三's figures scaled, numbers in narrow cells, （六） as one
    row, one label misprinted, table 三 starting low on a page."""
    gold = json.loads((GOLD_DIR / "hongkou-district_2021.json").read_text(encoding="utf-8"))
    for columns in gold["cells"]["T3"].values():
        for column, value in columns.items():
            columns[column] = value * SCALE if isinstance(value, int) else value
    style = PrintStyle(narrow_numbers=True, page_break_in_t3=True, merged_groups=("（六）其他处理",))
    t2, t3, t4, _ = figures_from_gold(gold["cells"])
    t3_printed = t3_table(t3, style)
    misprinted = [cell for row in t3_printed for cell in row if cell is not None and cell.text == LABEL]
    assert len(misprinted) == 1
    misprinted[0].text = MISPRINT
    tables = {"T2": t2_table(t2), "T3": t3_printed, "T4": t4_table(t4)}
    path = tmp_path_factory.mktemp("pdf") / "published.pdf"
    path.write_bytes(to_pdf(document_from_report(parse_file(SEED_REPORT), tables), style))
    return path


def test_wrapped_numbers_merged_row_misprint_and_page_break(published_pdf):
    seed = parse_file(SEED_REPORT)
    report = parse_file(published_pdf)
    t3 = [c for c in report.cells if c.table == "T3"]
    assert not [c for c in t3 if c.kind == "unresolved"]
    pages = {c.page for c in t3 if c.page}
    assert len(pages) >= 2, "table 三 should run over a page break in this fixture"
    for cell in seed.cells:
        if cell.table != "T3" or cell.row in OTHER_ROWS:
            continue
        got = report.cell("T3", cell.row, cell.column)
        assert got.value == cell.value * SCALE, (cell.row, cell.column, got.raw)
    for row in OTHER_ROWS:
        assert {report.cell("T3", row, c).kind for c in ("natural_person", "total")} == {"merged"}
    group_total = sum(seed.cell("T3", r, "total").value for r in OTHER_ROWS) * SCALE
    assert report.cell("T3", "other_processing", "total").value == group_total
    results_sum = next(c for c in report.checks if c.check_id == "T3.results_sum.total")
    assert results_sum.status == "passed" and str(group_total) in results_sum.details


def test_the_fixture_really_wraps_numbers(published_pdf):
    import pdfplumber

    with pdfplumber.open(published_pdf) as pdf:
        cells = [cell for page in pdf.pages for table in page.extract_tables() for row in table for cell in row]
    assert any(cell and re.fullmatch(r"\d+\n\d+", cell) for cell in cells)


def test_misprinted_label_takes_its_place_by_national_order():
    text = as_published(SEED_REPORT.read_text(encoding="utf-8"))
    report = parse_text(text)
    assert report.cell("T3", "denied_other_law", "total").kind == "zero"
    assert report.cell("T3", "denied_three_security_one_stability", "total").value == 2 * SCALE
