"""Tables as OCR writes them — a grid, every line as many tab-separated fields as the grid has columns, a merged
cell written once — mapped to the national template: rows a label cannot name placed by the national order and
the table's arithmetic, columns checked against the header above them, and nothing stored that is not confirmed.

The grids are the seed's figures printed in the national layout (``evals.published.t3_table``) and written out
cell by cell, then damaged the way a scan damages them."""

from __future__ import annotations

import json

import pytest

from evals.published import PrintedCell, PrintedTable, PrintStyle, figures_from_gold, t3_table
from indexing.models import Report
from indexing.parser import parse_text
from indexing.tables import UNCLEAR_MARK
from tests.conftest import GOLD_DIR, SEED_REPORT

GOLD = json.loads((GOLD_DIR / "hongkou-district_2021.json").read_text(encoding="utf-8"))
T3_GOLD = GOLD["cells"]["T3"]


def printed_t3() -> PrintedTable:
    _, t3, _, _ = figures_from_gold(GOLD["cells"])
    return t3_table(t3, PrintStyle(vertical_results_header=False))


def seed_with_grid(table: PrintedTable) -> str:
    """The seed's text with table 三 replaced by ``table`` written as OCR writes a grid."""
    lines = SEED_REPORT.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if "收到和处理政府信息公开申请情况" in line)
    end = next(i for i, line in enumerate(lines) if "行政复议、行政诉讼情况" in line and i > start)
    grid = ["\t".join(cell.text if cell else "" for cell in row) for row in table]
    return "\n".join(lines[: start + 1] + grid + lines[end:])


def parsed(table: PrintedTable) -> Report:
    return parse_text(seed_with_grid(table), read_with_ocr=True)


def label_cell(table: PrintedTable, label: str) -> PrintedCell:
    return next(c for row in table for c in row if c is not None and c.text == label)


def values_of(report: Report, row: str) -> dict[str, object]:
    return {
        c.column: (c.value if c.kind != "unresolved" else ("?", sorted(c.candidates)))
        for c in report.cells
        if c.table == "T3" and c.row == row
    }


def test_the_grid_as_printed_gives_every_cell():
    report = parsed(printed_t3())
    for row, columns in T3_GOLD.items():
        for column, value in columns.items():
            assert report.cell("T3", row, column).value == value, (row, column)


@pytest.mark.parametrize(
    "row,label,misread",
    [
        ("denied_other_law", "2.其他法律行政法规禁止公开", "z.其衔滤徫"),
        ("unable_not_held", "1.本机关不掌握相关政府信息", ""),
        ("granted", "（一）予以公开", "（-）于以公卄"),
    ],
)
def test_a_row_the_label_cannot_name_is_placed_by_order_and_sums(row, label, misread):
    table = printed_t3()
    label_cell(table, label).text = misread
    assert values_of(parsed(table), row) == T3_GOLD[row]


def test_a_row_whose_place_the_order_does_not_settle_stays_open():
    """Two neighbouring rows: one lost from the print, the other's label unreadable — it could be either."""
    table = printed_t3()
    lost = next(i for i, row in enumerate(table) if any(c is not None and c.text == "1.属于国家秘密" for c in row))
    del table[lost]
    label_cell(table, "2.其他法律行政法规禁止公开").text = "乙.其衔"
    report = parsed(table)
    for row in ("denied_state_secret", "denied_other_law"):
        cells = [c for c in report.cells if c.table == "T3" and c.row == row]
        assert all(c.kind == "unresolved" for c in cells), row
    other = report.cell("T3", "denied_other_law", "natural_person")
    assert other.candidates == [T3_GOLD["denied_other_law"]["natural_person"]]


def test_a_row_placed_by_order_whose_sums_fail_stays_open():
    table = printed_t3()
    label_cell(table, "4.保护第三方合法权益").text = "4.佯护弟"
    row = next(r for r in table if any(c is not None and c.text == "4.佯护弟" for c in r))
    natural = next(c for c in row if c is not None and c.number)
    natural.text = str(int(natural.text) + 3)  # a figure misread with confidence: the column sum fails
    report = parsed(table)
    cell = report.cell("T3", "denied_third_party_rights", "natural_person")
    assert cell.kind == "unresolved" and int(natural.text) in cell.candidates


def test_columns_follow_the_order_unless_the_header_names_another():
    table = printed_t3()
    label_cell(table, "科研机构").text = "社会公益组织"  # the header names 社会公益组织 twice: one place is wrong
    report = parsed(table)
    for row in ("new_received", "results_total"):
        cells = {c.column: c for c in report.cells if c.table == "T3" and c.row == row}
        assert cells["research_institution"].kind == "unresolved"
        assert cells["social_welfare_org"].kind == "unresolved"
        assert cells["natural_person"].value == T3_GOLD[row]["natural_person"]
    unreadable = printed_t3()
    label_cell(unreadable, "科研机构").text = "科矸朷"  # a header cell read too badly: the order stands
    assert values_of(parsed(unreadable), "new_received") == T3_GOLD["new_received"]


def test_a_column_the_print_lacks_is_placed_by_the_header():
    table = printed_t3()
    place = next(i for i, c in enumerate(table[2]) if c is not None and c.text == "法律服务机构")
    for row in table:
        del row[place]
    table[0][3].colspan -= 1
    table[1][4].colspan -= 1
    report = parsed(table)
    for row, columns in T3_GOLD.items():
        for column, value in columns.items():
            cell = report.cell("T3", row, column)
            if column == "legal_service_org":
                assert cell.kind == "unresolved" and not cell.candidates
            else:
                assert cell.value == value, (row, column)


def test_ink_read_as_nothing_is_settled_by_two_identities_not_one():
    table = printed_t3()
    row = next(r for r in table if any(c is not None and c.text == "（一）予以公开" for c in r))
    numbers = [c for c in row if c is not None and c.number]
    numbers[0].text = UNCLEAR_MARK  # its row total and its column's sum both give it
    report = parsed(table)
    assert report.cell("T3", "granted", "natural_person").value == T3_GOLD["granted"]["natural_person"]
    numbers[0].text = UNCLEAR_MARK + "9"  # a reading the arithmetic contradicts stays open
    cell = parsed(table).cell("T3", "granted", "natural_person")
    assert cell.kind == "unresolved" and 9 in cell.candidates


def test_a_speck_beside_a_figure_or_a_label_leaves_it_readable():
    table = printed_t3()
    row = next(r for r in table if any(c is not None and c.text == "一、本年新收政府信息公开申请数量" for c in r))
    numbers = [c for c in row if c is not None and c.number]
    numbers[2].text = "“" + numbers[2].text
    report = parsed(table)
    assert values_of(report, "new_received") == T3_GOLD["new_received"]


def test_a_doubtful_figure_of_table_two_is_settled_only_by_the_prose_stating_it():
    text = SEED_REPORT.read_text(encoding="utf-8").replace(
        "人事任免文件 53 件。", "人事任免文件 53 件。本年度制发行政规范性文件1件，现行有效行政规范性文件8件。"
    )
    doubtful = text.replace(
        "行政规范性文件\t1\t3\t8", f"行政规范性文件\t{UNCLEAR_MARK}1\t{UNCLEAR_MARK}3\t{UNCLEAR_MARK}9"
    )
    report = parse_text(doubtful, read_with_ocr=True)
    assert report.cell("T2", "normative_documents", "issued").value == 1  # the prose says 制发…1件
    repealed = report.cell("T2", "normative_documents", "repealed")  # the prose says nothing of it
    assert repealed.kind == "unresolved" and repealed.candidates == [3]
    valid = report.cell("T2", "normative_documents", "valid")  # the prose says 8, OCR read 9: neither is stored
    assert valid.kind == "unresolved" and valid.candidates == [8, 9]


def test_open_counts_that_must_add_up_to_nothing_are_each_nothing():
    """Two rows whose totals read 0, each with two figures read with doubt in the same two columns, so that no
    identity has one open cell: the figures are 0 all the same (counts are never negative); those whose ink read
    as nothing once a row and a column both say so."""
    table = printed_t3()
    for label, doubtful in (
        ("1.属于国家秘密", (UNCLEAR_MARK + "0", UNCLEAR_MARK)),
        ("2.其他法律行政法规禁止公开", (UNCLEAR_MARK, UNCLEAR_MARK + "0")),
    ):
        row = next(r for r in table if any(c is not None and c.text == label for c in r))
        numbers = [c for c in row if c is not None and c.number]
        assert [c.text for c in numbers] == ["0"] * 7
        numbers[1].text, numbers[3].text = doubtful
    report = parsed(table)
    for row in ("denied_state_secret", "denied_other_law"):
        assert values_of(report, row) == T3_GOLD[row]


def test_a_figure_read_as_a_speck_keeps_its_row():
    table = printed_t3()
    row = next(r for r in table if any(c is not None and c.text == "四、结转下年度继续办理" for c in r))
    numbers = [c for c in row if c is not None and c.number]
    numbers[3].text = "."  # its row total and its column's balance both say 0
    report = parsed(table)
    assert values_of(report, "carried_to_next_year") == T3_GOLD["carried_to_next_year"]


def test_a_lone_zero_read_as_a_cjk_numeral_is_a_doubtful_zero():
    text = SEED_REPORT.read_text(encoding="utf-8").replace("规章\t0\t0\t0", "规章\t0\t〇\t0")
    report = parse_text(text, read_with_ocr=True)
    assert report.cell("T2", "regulations", "issued").value == 0
    repealed = report.cell("T2", "regulations", "repealed")
    assert repealed.kind == "unresolved" and repealed.candidates == [0]


def test_a_speck_beside_a_figure_of_table_two_leaves_the_row_readable():
    text = SEED_REPORT.read_text(encoding="utf-8").replace("行政规范性文件\t1\t3\t8", "行政规范性文件\t1\t3\t8”")
    report = parse_text(text, read_with_ocr=True)
    assert [report.cell("T2", "normative_documents", c).value for c in ("issued", "repealed")] == [1, 3]
    valid = report.cell("T2", "normative_documents", "valid")
    assert valid.kind == "unresolved" and valid.candidates == [8]
