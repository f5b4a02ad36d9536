"""Scans and tables published as images: the grid read from the page, cells that cannot be read with confidence
left unclear (never guessed), and the table's arithmetic settling doubtful readings.

The scanned fixtures are the corpus's real PDF (hongze-district_2023.pdf) and the seed report printed in
national-layout tables, rendered to page images, turned, noised and JPEG-compressed (``evals.published``).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import numpy as np
import pytest

from evals.published import PrintStyle, ScanStyle, report_as_pdf, t3_table, to_scan
from evals.scoring import cell_gold_value, compare_cell
from indexing import ocr
from indexing.parser import parse_file, parse_text
from indexing.readers import html_to_text, read_bytes
from indexing.tables import UNCLEAR_MARK
from tests.conftest import GOLD_DIR, SEED_REPORT

SCAN = ScanStyle(dpi=200, angle=0.8, noise=7.0, specks=0.0003, blur=0.6, jpeg_quality=70)


def ruled_table_image() -> np.ndarray:
    """A white page with a 4×4 ruled table whose first column merges rows 1-3 and whose top row spans columns
    1-3 (no rule drawn where cells are merged)."""
    import cv2

    page = np.full((600, 800), 255, np.uint8)
    xs, ys = [100, 300, 450, 600, 750], [100, 180, 260, 340, 420]
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 2)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 2)
    page[ys[0] + 3 : ys[1] - 2, xs[1] + 2 : xs[2] + 3] = 255  # top row: no rules between columns 1, 2, 3
    page[ys[0] + 3 : ys[1] - 2, xs[2] + 2 : xs[3] + 3] = 255
    page[ys[1] + 3 : ys[2] + 3, xs[0] + 3 : xs[1] - 2] = 255  # first column: rows 1-3 merged
    page[ys[2] + 3 : ys[3] + 3, xs[0] + 3 : xs[1] - 2] = 255
    return page


def test_the_ruled_grid_and_its_merged_cells_come_from_the_rules():
    grids = ocr.find_grids(ruled_table_image())
    assert len(grids) == 1
    grid = grids[0]
    assert (len(grid.rows), len(grid.columns)) == (5, 5)
    spans = {(r.row, r.column): (r.rowspan, r.colspan) for r in grid.regions}
    assert spans[(0, 1)] == (1, 3)
    assert spans[(1, 0)] == (3, 1)
    assert spans[(1, 1)] == (1, 1) and len(grid.regions) == 16 - 2 - 2


def test_a_straight_page_is_found_after_turning():
    import cv2

    page = ruled_table_image()
    matrix = cv2.getRotationMatrix2D((400, 300), 1.2, 1.0)
    turned = cv2.warpAffine(page, matrix, (800, 600), borderValue=255)
    assert (
        abs(ocr.skew_angle(ocr.binarize(turned)) + 1.2) < 0.15 or abs(ocr.skew_angle(ocr.binarize(turned)) - 1.2) < 0.15
    )
    grid = ocr.find_grids(ocr.straighten(turned))[0]
    assert (len(grid.rows), len(grid.columns)) == (5, 5)


def line(height: int = 20, ink_width: int = 10, pieces: int = 1) -> ocr.LineCrop:
    return ocr.LineCrop(np.zeros((height, ink_width), np.uint8), height, ink_width, pieces)


def reading(text: str, confidence: float = 0.99, digits: str = "", digit_confidence: float = 0.99) -> ocr.TextBox:
    return ocr.TextBox((0, 0, 0, 0), text, [confidence] * len(text), digits, [digit_confidence] * len(digits))


def test_cell_text_keeps_blank_apart_from_unclear_and_never_guesses():
    assert ocr.cell_text([], [], has_ink=False) == ""  # no ink: blank, not 0
    assert ocr.cell_text([line()], [reading("")], has_ink=True) == UNCLEAR_MARK  # ink read as nothing
    assert ocr.cell_text([line()], [reading("7")], has_ink=True) == "7"
    assert ocr.cell_text([line()], [reading("7", 0.5)], has_ink=True) == UNCLEAR_MARK + "7"
    # a lone 0 read as o for want of context: the best digit there, when the digits agree it is one
    assert ocr.cell_text([line()], [reading("o", 0.3, "0", 0.97)], has_ink=True) == "0"
    assert ocr.cell_text([line()], [reading("o", 0.3, "0", 0.5)], has_ink=True) == UNCLEAR_MARK + "0"
    # ink three digits wide read as one digit: a digit was lost
    assert ocr.cell_text([line(20, 36, 3)], [reading("5")], has_ink=True) == UNCLEAR_MARK + "5"
    # a number wrapped over lines inside a narrow cell is one number
    assert ocr.cell_text([line(), line()], [reading("2"), reading("3")], has_ink=True) == "23"
    # a mark far smaller than the table's figures (a speck) is no figure
    assert ocr.cell_text([line(6, 4)], [reading("1")], has_ink=True, digit_height=20) == UNCLEAR_MARK + "1"
    assert ocr.cell_text([line()], [reading("3.其他")], has_ink=True) == "3.其他"


def test_doubtful_readings_are_settled_only_by_the_tables_own_arithmetic():
    text = SEED_REPORT.read_text(encoding="utf-8")
    seed = parse_text(text)
    new_total = seed.cell("T3", "new_received", "total").value
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("一、本年新收政府信息公开申请数量"))
    fields = lines[at].split("\t")
    doubtful = fields.index(str(new_total), 3)
    fields[doubtful] = UNCLEAR_MARK + str(new_total)  # read with doubt, and the row total agrees: settled
    lines[at] = "\t".join(fields)
    settled = parse_text("\n".join(lines)).cell("T3", "new_received", "total")
    assert (settled.kind, settled.value) == ("number", new_total)
    fields[doubtful] = UNCLEAR_MARK + str(new_total + 10)  # a reading the arithmetic contradicts stays open
    lines[at] = "\t".join(fields)
    open_cell = parse_text("\n".join(lines)).cell("T3", "new_received", "total")
    assert open_cell.kind == "unresolved" and open_cell.value is None
    assert sorted(open_cell.candidates) == sorted([new_total, new_total + 10])


def test_cell_outcomes():
    assert compare_cell(3, 3) == "exact"
    assert compare_cell(3, {"unresolved": [3]}) == "unclear"
    assert compare_cell(3, 4) == "wrong"
    assert compare_cell(None, 0) == "wrong"  # blank printed, 0 stated
    assert compare_cell(0, None) == "wrong"
    assert compare_cell(3, "MISSING") == "missing"
    assert compare_cell({"unresolved": [3, 30]}, 30) == "unclear"


# --- real OCR on scanned pages ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scans(tmp_path_factory, shared_corpus) -> dict[str, tuple[dict, object]]:
    """Each scanned fixture read once: its gold and the parsed report."""
    if not ocr.available():
        pytest.fail("rapidocr-onnxruntime is a dependency of the project's dev install")
    folder = tmp_path_factory.mktemp("scans")
    hongze = folder / "hongze-district_2023.scan.pdf"
    hongze.write_bytes(to_scan((shared_corpus / "hongze-district_2023.pdf").read_bytes(), SCAN, seed=1))
    seed_gold = json.loads((GOLD_DIR / "hongkou-district_2021.json").read_text(encoding="utf-8"))
    seed = folder / "hongkou-district_2021.scan.pdf"
    seed.write_bytes(to_scan(report_as_pdf(SEED_REPORT, seed_gold, PrintStyle(number_font="serif")), SCAN, seed=2))
    hongze_gold = json.loads((GOLD_DIR / "hongze-district_2023.json").read_text(encoding="utf-8"))
    return {"hongze": (hongze_gold, parse_file(hongze)), "seed": (seed_gold, parse_file(seed))}


def outcomes(gold: dict, report) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {"exact": [], "unclear": [], "wrong": [], "missing": []}
    for table, rows in gold["cells"].items():
        for row, columns in rows.items():
            for column, expected in columns.items():
                cell = report.cell(table, row, column)
                got = cell_gold_value(cell) if cell else "MISSING"
                found[compare_cell(expected, got)].append(f"{table}.{row}.{column}: {expected!r} → {got!r}")
    return found


@pytest.mark.slow  # real OCR of page images
@pytest.mark.parametrize("name", ["hongze", "seed"])
def test_scanned_reports_give_no_wrong_number(scans, name):
    gold, report = scans[name]
    found = outcomes(gold, report)
    assert not found["wrong"] and not found["missing"], found["wrong"] + found["missing"]
    assert len(found["exact"]) / sum(map(len, found.values())) >= 0.97, found["unclear"]


@pytest.mark.slow  # real OCR of page images
def test_a_scan_is_read_with_its_issuer_year_and_pages(scans):
    report = scans["hongze"][1]
    assert (report.issuer, report.year) == ("洪泽区人民政府", 2023)
    assert {c.page for c in report.cells if c.table == "T3"} >= {3, 4}  # table 三 runs over a page break


# --- tables published as images in web pages ---------------------------------------------------------------------


def table_image(style: PrintStyle) -> bytes:
    """Table 三 of the seed as a PNG, the way a site publishes a table as a picture."""
    import io

    import pypdfium2 as pdfium

    from evals.published import Document, figures_from_gold, to_pdf

    gold = json.loads((GOLD_DIR / "hongkou-district_2021.json").read_text(encoding="utf-8"))
    _, t3, _, _ = figures_from_gold(gold["cells"])
    pdf = pdfium.PdfDocument(to_pdf(Document("t", [("table", t3_table(t3, style))]), style))
    image = pdf[0].render(scale=110 / 72).to_pil().convert("L")
    pdf.close()
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def page_with_image_table(src: str) -> str:
    text = SEED_REPORT.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(text) if "收到和处理政府信息公开申请情况" in line)
    end = next(i for i, line in enumerate(text) if "行政复议、行政诉讼情况" in line and i > start)
    body = text[: start + 1] + [f"<img src='{src}'>"] + text[end:]
    paragraphs = "".join(
        f"<p>{line}</p>" if not line.startswith("<img") else line for line in body if "\t" not in line and line.strip()
    )
    return f"<html><body><div class='content'>{paragraphs}</div></body></html>"


@pytest.fixture(scope="module")
def t3_png() -> bytes:
    return table_image(PrintStyle(number_font="serif", vertical_results_header=False))


@pytest.mark.slow  # real OCR of page images
def test_a_table_published_as_an_embedded_image_is_read(t3_png):
    seed = parse_file(SEED_REPORT)
    page = page_with_image_table("data:image/png;base64," + base64.b64encode(t3_png).decode())
    report = parse_text(read_bytes(page.encode("utf-8"), "page.html"))
    t3 = [c for c in report.cells if c.table == "T3"]
    wrong = [
        (c.row, c.column, c.value)
        for c in t3
        if c.kind != "unresolved" and c.value != seed.cell("T3", c.row, c.column).value
    ]
    assert not wrong
    assert sum(c.kind != "unresolved" for c in t3) / len(t3) >= 0.9


@pytest.mark.slow  # real OCR of page images
def test_an_image_beside_a_saved_page_is_read_and_remote_ones_are_not_fetched(tmp_path, t3_png):
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "t3.png").write_bytes(t3_png)
    (tmp_path / "page.html").write_text(page_with_image_table("page_files/t3.png"), encoding="utf-8")
    report = parse_file(tmp_path / "page.html")
    assert sum(c.kind in ("number", "zero") for c in report.cells if c.table == "T3") > 150
    (tmp_path / "remote.html").write_text(page_with_image_table("http://127.0.0.1:9/t3.png"), encoding="utf-8")
    text = html_to_text((tmp_path / "remote.html").read_text(encoding="utf-8"))
    assert "自然人" not in text  # nothing fetched, nothing invented
    (tmp_path / "escape.html").write_text(page_with_image_table("../../etc/passwd"), encoding="utf-8")
    assert "root:" not in parse_file_text(tmp_path / "escape.html")


def parse_file_text(path: Path) -> str:
    from indexing.readers import read_document

    return read_document(path)


def test_a_table_without_rules_is_laid_out_by_its_figures_columns():
    """Rows of boxes from a table printed without rules: figures go to the columns their positions form across
    rows, a blank stays an empty field in its column, and a blank with ink is unclear."""

    def box(x: float, y: float, text: str) -> ocr.TextBox:
        return ocr.TextBox((x, y, x + 10 * len(text), y + 20), text, [0.99] * len(text), "", [])

    rows = [
        [box(10, 100, "本年新收"), box(300, 100, "12"), box(400, 100, "3"), box(500, 100, "15")],
        [box(10, 130, "上年结转"), box(300, 130, "1"), box(500, 130, "1")],  # nothing printed in the middle
        [box(10, 160, "予以公开"), box(300, 160, "7"), box(400, 160, "0"), box(500, 160, "7")],
    ]
    lines = [text for _, text in ocr.unruled_lines(rows)]
    assert lines == ["本年新收\t12\t3\t15", "上年结转\t1\t\t1", "予以公开\t7\t0\t7"]
    ink = np.zeros((300, 700), np.uint8)
    ink[133:148, 398:412] = 255  # a mark where the middle figure of row 2 should be
    assert [text for _, text in ocr.unruled_lines(rows, ink)][1] == "上年结转\t1\t" + UNCLEAR_MARK + "\t1"
