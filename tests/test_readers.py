"""Reports as they reach users: HTML pages, Word files, PDFs, GBK and UTF-16 text — all give the same cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.published import PrintStyle, document_from_text, to_pdf
from evals.scoring import cell_gold_value
from indexing.parser import parse_file
from indexing.readers import UnreadableReport, read_bytes
from tests.conftest import SEED_REPORT, require_shared_corpus
from tests.documents import to_docx, to_html


def cells_of(path: Path) -> dict:
    return {(c.table, c.row, c.column): cell_gold_value(c) for c in parse_file(path).cells}


def sources() -> list[Path]:
    return [SEED_REPORT, require_shared_corpus() / "shanghai-municipal-office_2019.txt"]


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    out = tmp_path_factory.mktemp("documents")
    made = []
    for source in sources():
        text = source.read_text(encoding="utf-8")
        title = parse_file(source).title
        html = out / f"{source.stem}.html"
        html.write_text(to_html(text, title), encoding="utf-8")
        docx = out / f"{source.stem}.docx"
        to_docx(text, docx)
        pdf = out / f"{source.stem}.pdf"
        pdf.write_bytes(to_pdf(document_from_text(text), PrintStyle(landscape=True)))
        made.append((source, html, docx, pdf))
    return made


@pytest.mark.parametrize("kind", ["html", "docx", "pdf"])
def test_same_cells_as_the_text_version(documents, kind):
    for source, html, docx, pdf in documents:
        path = {"html": html, "docx": docx, "pdf": pdf}[kind]
        expected = cells_of(source)
        report = parse_file(path)
        assert (report.issuer, report.year) == (parse_file(source).issuer, parse_file(source).year)
        got = {(c.table, c.row, c.column): cell_gold_value(c) for c in report.cells}
        assert got == expected, [k for k in expected if got.get(k) != expected[k]][:5]


def test_html_page_chrome_is_dropped(documents):
    _, html, _, _ = documents[0]
    report = parse_file(html)
    assert "首页" not in report.text and "版权所有" not in report.text
    assert [s.number for s in report.sections if len(s.heading_path) == 1 and s.number] == [
        "一",
        "二",
        "三",
        "四",
        "五",
        "六",
    ]


def test_pdf_cells_know_their_page(documents):
    _, _, _, pdf = documents[0]
    cell = parse_file(pdf).cell("T3", "new_received", "total")
    assert cell.value == 74 and cell.page and cell.page >= 1


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / f"seed-{encoding}.txt"
    path.write_bytes(SEED_REPORT.read_text(encoding="utf-8").encode(encoding))
    assert cells_of(path) == cells_of(SEED_REPORT)


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin.txt", b"Relatorio anual, informacao publica " + bytes(range(0x80, 0xA0)), "neither UTF-8"),
        ("report.exe", b"MZ\x90\x00", "unsupported file type"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "Word"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
    ],
)
def test_bad_files_are_refused_with_a_message(name, data, message):
    with pytest.raises(UnreadableReport, match=message):
        read_bytes(data, name)


def test_size_limit():
    with pytest.raises(UnreadableReport, match="limit"):
        read_bytes("年".encode() * 1000, "big.txt", max_bytes=100)


def test_ocr_boxes_become_tab_separated_lines_and_doubtful_numbers_stay_doubtful():
    from indexing.ocr import page_lines
    from indexing.tables import UNCLEAR_MARK as DOUBTFUL

    def box(x, y, text, confidence=0.99):
        return [[x, y], [x + 40, y], [x + 40, y + 12], [x, y + 12]], text, confidence

    lines = page_lines(
        [
            box(300, 101, "74"),
            box(10, 100, "一、本年新收政府信息公开申请数量"),
            box(200, 99, "7 1"),
            box(250, 100, "3", 0.4),
            box(10, 130, "二、上年结转政府信息公开申请数量"),
        ]
    )
    # "7 1" in one box is two figures side by side (as in PDFs: a missing rule, not a number with a gap)
    assert lines == [
        "一、本年新收政府信息公开申请数量\t7\t1\t" + DOUBTFUL + "3\t74",
        "二、上年结转政府信息公开申请数量",
    ]
