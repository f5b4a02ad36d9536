"""Reports as their publishers put them online: national-layout tables in PDFs (reportlab) and scans of PDFs.

- ``national_tables``: T2/T3/T4 laid out as the national template prints them (three label columns with merged
  group cells, the 申请人情况 header over 自然人 / 法人或其他组织 / 总计, T4's three blocks), optionally with a group
  printed as one merged row and 三、本年度办理结果 printed top to bottom;
- ``to_pdf``: prose and those tables as a PDF with a text layer, in one of several print styles — number fonts,
  numbers wrapping inside narrow cells, label and number cells aligned differently (the number sits out of line
  with a two-line label), table 三 running over a page break with its header rows repeated;
- ``to_scan``: any PDF as a scan: each page rendered, turned slightly, blurred, noised, specked and JPEG-compressed,
  bound into an image-only PDF (no text layer).

Used by ``reportqa synth`` (layouts ``pdf`` and ``scan``), by the OCR comparison (``evals.ocr_engines``) and by
the tests' fixtures. No network and no copy of the corpus: everything is built from figures and text given.
"""

from __future__ import annotations

import html
import io
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from indexing.national_format import (
    FORMAT_2021,
    GROUP_ROW_KEYS,
    ORGANISATION_GROUP,
    RESULTS_TOP,
    T4_BLOCK_LABELS,
    T4_BLOCKS,
    T4_PART_LABELS,
    T4_PARTS,
    report_format,
)

FMT = report_format(FORMAT_2021)
T2, T3, T4 = FMT.table("T2"), FMT.table("T3"), FMT.table("T4")
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
NUMBER_FONTS = {  # how printed figures look: a Song-like serif (Times New Roman's metrics), a sans, the CJK font
    "serif": Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
    "sans": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "cjk": CJK_FONT,
}
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


@dataclass
class PrintedCell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    number: bool = False
    vertical: bool = False  # characters one under another


PrintedTable = list[list[PrintedCell | None]]  # None: a position a merged cell covers


@dataclass
class PrintStyle:
    """How one publisher prints: every choice a real report varies on."""

    number_font: str = "serif"
    font_size: float = 9
    narrow_numbers: bool = False  # number columns so narrow that four-digit figures wrap inside their cells
    vertical_results_header: bool = True
    merged_groups: tuple[str, ...] = ()  # groups printed as one row (其他处理 …)
    number_valign: str = "MIDDLE"  # "BOTTOM"/"TOP": a number out of line with its two-line label
    page_break_in_t3: bool = False
    landscape: bool = False
    shaded_headers: bool = False
    ruled: bool = True  # False: no rules between cells, only a line above and below each table (三线表)

    @classmethod
    def random(cls, rng: random.Random) -> PrintStyle:
        """A print style drawn at random. Numbers wrap only inside ruled cells: a table without rules gives its
        figures the room they need (a wrapped figure there would have no cell to belong to)."""
        groups = tuple(g for g in GROUP_ROW_KEYS if rng.random() < (0.35 if g == "（六）其他处理" else 0.1))
        style = cls(
            number_font=rng.choice(tuple(NUMBER_FONTS)),
            font_size=rng.choice((8, 9, 10.5)),
            narrow_numbers=rng.random() < 0.3,
            vertical_results_header=rng.random() < 0.6,
            merged_groups=groups,
            number_valign=rng.choice(("MIDDLE", "MIDDLE", "BOTTOM", "TOP")),
            page_break_in_t3=rng.random() < 0.5,
            landscape=rng.random() < 0.15,
            shaded_headers=rng.random() < 0.25,
            ruled=rng.random() >= 0.15,
        )
        if not style.ruled:
            style.narrow_numbers = False
        return style


def _number(value: int | float | str | None) -> str:
    """A figure as printed: blank for no value, a mark (/, —, 无) as it is."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):  # a gold cell the print leaves ambiguous: print its first reading
        return _number(value["unresolved"][0])
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.2f}".rstrip("0").rstrip(".") if round(value, 2) == value else repr(value)
    return str(int(value))


def t2_table(t2: dict[str, dict[str, int | float]]) -> PrintedTable:
    def title(text: str) -> list[PrintedCell | None]:
        return [PrintedCell(text, colspan=4), None, None, None]

    def one(label: str, value: int | float) -> list[PrintedCell | None]:
        return [PrintedCell(label), PrintedCell(_number(value), colspan=3, number=True), None, None]

    def head(label: str) -> list[PrintedCell | None]:
        return [PrintedCell("信息内容"), PrintedCell(label, colspan=3), None, None]

    rows: PrintedTable = [
        title("第二十条第（一）项"),
        [PrintedCell("信息内容"), *(PrintedCell(c.label) for c in T2.columns_of(T2.row("regulations")))],
    ]
    for key in ("regulations", "normative_documents"):
        row = T2.row(key)
        rows.append([PrintedCell(row.label), *(PrintedCell(_number(t2[key][c]), number=True) for c in row.columns)])
    rows += [title("第二十条第（五）项"), head("本年处理决定数量")]
    rows.append(one("行政许可", t2["administrative_licensing"]["decisions"]))
    rows += [title("第二十条第（六）项"), head("本年处理决定数量")]
    rows.append(one("行政处罚", t2["administrative_penalty"]["decisions"]))
    rows.append(one("行政强制", t2["administrative_coercion"]["decisions"]))
    rows += [title("第二十条第（八）项"), head(T2.column("fee_amount").label)]
    rows.append(one("行政事业性收费", t2["administrative_fees"]["fee_amount"]))
    return rows


def t3_table(t3: dict[str, dict[str, int]], style: PrintStyle) -> PrintedTable:
    columns = [c.key for c in T3.columns]
    organisations = [c for c in T3.columns if c.group == ORGANISATION_GROUP]
    rows: PrintedTable = [
        [PrintedCell(T3_NOTE, rowspan=3, colspan=3), None, None, PrintedCell("申请人情况", colspan=7)] + [None] * 6,
        [None, None, None, PrintedCell("自然人", rowspan=2), PrintedCell(ORGANISATION_GROUP, colspan=5)]
        + [None] * 4
        + [PrintedCell("总计", rowspan=2)],
        [None, None, None, None, *(PrintedCell(c.label) for c in organisations), None],
    ]

    def values(key: str) -> list[PrintedCell | None]:
        return [PrintedCell(_number(t3[key][c]), number=True) for c in columns]

    def values_of_group(members: tuple[str, ...]) -> list[PrintedCell | None]:
        return [PrintedCell(_number(sum(t3[m][c] or 0 for m in members)), number=True) for c in columns]

    result_lines: list[list[PrintedCell | None]] = []
    seen: set[str] = set()
    for row in T3.rows:
        if row.key in ("new_received", "carried_over_from_last_year", "carried_to_next_year"):
            continue
        if row.key in ("granted", "partially_granted", "results_total"):
            result_lines.append([None, PrintedCell(row.label, colspan=2), None, *values(row.key)])
            continue
        group = row.group or ""
        if group in style.merged_groups:
            if group not in seen:
                seen.add(group)
                members = tuple(r.key for r in T3.rows if r.group == group)
                result_lines.append([None, PrintedCell(group, colspan=2), None, *values_of_group(members)])
            continue
        members = [r for r in T3.rows if r.group == group]
        first = group not in seen
        seen.add(group)
        label = PrintedCell(group, rowspan=len(members)) if first else None
        result_lines.append([None, label, PrintedCell(row.label), *values(row.key)])
    result_lines[0][0] = PrintedCell(RESULTS_TOP, rowspan=len(result_lines), vertical=style.vertical_results_header)
    for key in ("new_received", "carried_over_from_last_year"):
        rows.append([PrintedCell(T3.row(key).label, colspan=3), None, None, *values(key)])
    rows += result_lines
    rows.append(
        [PrintedCell(T3.row("carried_to_next_year").label, colspan=3), None, None, *values("carried_to_next_year")]
    )
    return rows


def t4_table(t4: dict[str, int]) -> PrintedTable:
    parts = [T4_PART_LABELS[p] for p in T4_PARTS]
    rows: PrintedTable = [
        [PrintedCell("行政复议", colspan=5), None, None, None, None, PrintedCell("行政诉讼", colspan=10)] + [None] * 9,
        [PrintedCell(p, rowspan=2) for p in parts]
        + [PrintedCell(T4_BLOCK_LABELS["litigation_direct"], colspan=5)]
        + [None] * 4
        + [PrintedCell(T4_BLOCK_LABELS["litigation_after_review"], colspan=5)]
        + [None] * 4,
        [None] * 5 + [PrintedCell(p) for p in parts] * 2,
        [PrintedCell(_number(t4[f"{b}.{p}"]), number=True) for b in T4_BLOCKS for p in T4_PARTS],
    ]
    return rows


def gold_with_merged_groups(cells: dict, style: PrintStyle) -> dict:
    """Gold cells as a reader must store them when groups are printed as one row: the group's printed value under
    its own row key, its sub-rows without a value."""
    t3 = cells["T3"]
    for group in style.merged_groups:
        members = [r.key for r in T3.rows if r.group == group]
        t3[GROUP_ROW_KEYS[group]] = {c: sum(t3[m][c] for m in members) for c in t3[members[0]]}
        for m in members:
            t3[m] = dict.fromkeys(t3[m], None)
    return cells


# --- PDF ---------------------------------------------------------------------------------------------------------


@dataclass
class Document:
    """A report ready to print: paragraphs (with heading levels) and the national tables where they belong."""

    title: str
    # ("title"|"heading"|"p", text), ("table", a national-layout table) or ("written table", a table as written)
    blocks: list[tuple[str, object]] = field(default_factory=list)


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    if "CJK" not in registered:
        pdfmetrics.registerFont(TTFont("CJK", str(CJK_FONT), subfontIndex=0))
    for name, path in NUMBER_FONTS.items():
        if f"N-{name}" not in registered and path.exists():
            pdfmetrics.registerFont(
                TTFont(f"N-{name}", str(path), subfontIndex=0)
                if path.suffix == ".ttc"
                else TTFont(f"N-{name}", str(path))
            )


def to_pdf(document: Document, style: PrintStyle) -> bytes:
    """The document printed in ``style``; a landscape page too short for table 三 (a merged cell cannot be split
    over pages) falls back to portrait, as publishers do."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        return _to_pdf(document, style)
    except LayoutError:
        if not style.landscape:
            raise
        return _to_pdf(document, PrintStyle(**{**vars(style), "landscape": False}))


def _to_pdf(document: Document, style: PrintStyle) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_fonts()
    size = style.font_size
    body = ParagraphStyle("body", fontName="CJK", fontSize=size + 1.5, leading=(size + 1.5) * 1.6, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=size + 3, leading=(size + 3) * 1.6, spaceBefore=4)
    title = ParagraphStyle("title", parent=body, fontSize=size + 6, leading=(size + 6) * 1.5, alignment=1)
    label_style = ParagraphStyle("label", fontName="CJK", fontSize=size, leading=size * 1.3, wordWrap="CJK")
    number_font = f"N-{style.number_font}"
    number_style = ParagraphStyle(
        "number", fontName=number_font, fontSize=size + 1, leading=(size + 1) * 1.15, alignment=1, wordWrap="CJK"
    )
    page = landscape(A4) if style.landscape else A4
    usable = page[0] - 72
    story: list = []
    for kind, content in document.blocks:
        if kind in ("title", "heading", "p"):
            if kind == "heading" and str(content).startswith("三、") and style.page_break_in_t3:
                # 三 starts low on a page, wherever the text before it ended: its table runs over the break
                story += [PageBreak(), Spacer(1, page[1] * 0.42)]
            story.append(Paragraph(html.escape(str(content)), {"title": title, "heading": heading, "p": body}[kind]))
            continue
        table: PrintedTable = content  # type: ignore[assignment]
        width = len(table[0])
        numeric = [c for c in range(width) if any(r[c] is not None and r[c].number for r in table)]  # type: ignore[union-attr]
        data, commands = (
            [],
            [
                *(
                    [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
                    if style.ruled
                    else [  # 三线表: a rule above and below the table, none between cells
                        ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                        ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
                    ]
                ),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ],
        )
        for r, row in enumerate(table):
            line = []
            for c, cell in enumerate(row):
                if cell is None:
                    line.append("")
                    continue
                if cell.rowspan > 1 or cell.colspan > 1:
                    commands.append(("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)))
                text = html.escape(cell.text)
                if cell.vertical:
                    text = "<br/>".join(cell.text)
                if cell.number:
                    line.append(Paragraph(text, number_style))
                    commands.append(("VALIGN", (c, r), (c, r), style.number_valign))
                else:
                    line.append(Paragraph(text, label_style))
                if style.shaded_headers and not cell.number and cell.colspan == width:
                    commands.append(("BACKGROUND", (c, r), (c + cell.colspan - 1, r), colors.HexColor("#c9d9ef")))
            data.append(line)
        if kind == "written table":  # columns as wide as their longest text needs: the table still fits the page
            need = [max(12, *(len(r[c].text) for r in table if r[c] is not None)) for c in range(width)]
            widths = [usable * n / sum(need) for n in need]
        elif width >= 10 and numeric:
            value_width = (size + 1) * (1.7 if style.narrow_numbers else 2.9)
            if not style.narrow_numbers:  # the widest figure fits on one line (a sans font's digits are wide)
                figures = [cell.text for row in table for cell in row if cell is not None and cell.number]
                widest = max((stringWidth(f, number_font, size + 1) for f in figures), default=0.0)
                value_width = max(value_width, widest + 6)
            if width > 10:  # T4: fifteen number columns share the page
                value_width = usable / width
            rest = usable - value_width * len(numeric)
            labels = [c for c in range(width) if c not in numeric]
            shares = {0: 0.18, 1: 0.32, 2: 0.5} if len(labels) == 3 else {c: 1 / len(labels) for c in labels}
            widths = [value_width if c in numeric else rest * shares.get(labels.index(c), 0) for c in range(width)]
        else:
            widths = [usable * (0.35 if c == 0 else 0.65 / max(1, width - 1)) for c in range(width)]
        repeat = 3 if width == 10 and style.page_break_in_t3 else 0
        printed = Table(data, colWidths=widths, repeatRows=repeat)
        printed.setStyle(TableStyle(commands))
        story.append(printed)
        story.append(Spacer(1, 8))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=page, leftMargin=36, rightMargin=36, topMargin=48, bottomMargin=48).build(story)
    return out.getvalue()


def printed_as_written(rows: list[list[str]]) -> PrintedTable:
    """A tab-separated table block printed as it stands, its merged cells where ``page_templates.merged`` puts
    them (the same reading the web-page and Word renderings use)."""
    from evals.page_templates import NUMBER, merged

    return [
        [
            None
            if cell is None
            else PrintedCell(cell[0].strip(), rowspan=cell[1], colspan=cell[2], number=bool(NUMBER.fullmatch(cell[0])))
            for cell in row
        ]
        for row in merged(rows)
    ]


def document_from_text(text: str, tables: dict[str, PrintedTable] | None = None) -> Document:
    """Prose of a tab-separated text report with its tables: given national-layout ones, the first table block
    after the heading of section 二/三/四 becomes T2/T3/T4 and other tab blocks of that section are dropped;
    without them, every tab block is printed as written (``printed_as_written``)."""
    lines = text.split("\n")
    title = next(re.sub(r"^#+\s*", "", line).strip() for line in lines if line.strip())
    document = Document(title, [("title", title)])
    placed: set[str] = set()
    current: str | None = None
    block: list[list[str]] = []
    for raw in lines[lines.index(next(line for line in lines if line.strip())) + 1 :]:
        line = re.sub(r"^#+\s*", "", raw).replace("**", "").strip()
        if "\t" in raw:
            if tables is None:
                block.append(raw.split("\t"))
            elif current and current not in placed:
                document.blocks.append(("table", tables[current]))
                placed.add(current)
            continue
        if block:
            document.blocks.append(("written table", printed_as_written(block)))
            block = []
        if not line:
            continue
        section = re.match(r"^([一二三四五六七八])、", line)
        if section:
            current = {"二": "T2", "三": "T3", "四": "T4"}.get(section.group(1))
            document.blocks.append(("heading", line))
        else:
            document.blocks.append(("p", line))
    if block:
        document.blocks.append(("written table", printed_as_written(block)))
    return document


# --- scans -------------------------------------------------------------------------------------------------------


@dataclass
class ScanStyle:
    dpi: int = 200
    angle: float = 0.0  # degrees
    noise: float = 6.0  # standard deviation of grey noise
    specks: float = 0.0003  # share of pixels turned into dark specks
    blur: float = 0.5
    jpeg_quality: int = 75

    @classmethod
    def random(cls, rng: random.Random) -> ScanStyle:
        return cls(
            dpi=rng.choice((150, 200, 200, 300)),
            angle=rng.uniform(-1.5, 1.5),
            noise=rng.uniform(2, 12),
            specks=rng.uniform(0, 0.0006),
            blur=rng.uniform(0.3, 0.9),
            jpeg_quality=rng.randint(45, 90),
        )


def scan_page(image, style: ScanStyle, seed: int):  # type: ignore[no-untyped-def]
    """A clean page image (PIL) as a scanner and a JPEG encoder leave it (PIL, greyscale)."""
    import cv2
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    page = np.asarray(image.convert("L")).astype(np.float32)
    h, w = page.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), style.angle, 1.0)
    page = cv2.warpAffine(page, matrix, (w, h), borderValue=255, flags=cv2.INTER_LINEAR)
    if style.blur > 0:
        page = cv2.GaussianBlur(page, (0, 0), style.blur)
    page = page + rng.normal(0, style.noise, page.shape)
    count = int(h * w * style.specks)
    page[rng.integers(0, h, count), rng.integers(0, w, count)] = rng.uniform(0, 140, count)
    page = np.clip(page, 0, 255).astype(np.uint8)
    ok, encoded = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, style.jpeg_quality])
    return Image.open(io.BytesIO(encoded.tobytes()))


def to_scan(pdf: bytes, style: ScanStyle, seed: int = 0) -> bytes:
    """An image-only PDF of ``pdf``'s pages as scanned (no text layer; pages JPEG-compressed)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    try:
        pages = [
            scan_page(source[i].render(scale=style.dpi / 72).to_pil(), style, seed * 1000 + i)
            for i in range(len(source))
        ]
    finally:
        source.close()
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(style.dpi))
    return out.getvalue()


# --- real reports laid out as published -------------------------------------------------------------------------


def figures_from_gold(cells: dict) -> tuple[dict, dict, dict, tuple[str, ...]]:
    """T2/T3/T4 figures in the form the table builders take, from gold cells (tests/gold format); groups the report
    printed as one row come back as merged groups (their sub-rows are null in the gold)."""
    t2 = {row: dict(columns) for row, columns in cells["T2"].items()}
    t3 = {row: dict(columns) for row, columns in cells["T3"].items() if row in {r.key for r in T3.rows}}
    merged = []
    for group, key in GROUP_ROW_KEYS.items():
        if key in cells["T3"]:
            members = [r.key for r in T3.rows if r.group == group]
            merged.append(group)
            for m in members:  # the builder sums the members: put the group's printed value on the first
                t3[m] = {c: (v if m == members[0] else 0) for c, v in cells["T3"][key].items()}
    t4 = dict(cells["T4"]["cases"])
    return t2, t3, t4, tuple(merged)


def document_from_report(report, tables: dict[str, PrintedTable]) -> Document:  # type: ignore[no-untyped-def]
    """A parsed report's prose (its sections and sub-headings, in order) with national-layout tables as the text
    of sections 二, 三 and 四."""
    document = Document(report.title, [("title", report.title)])
    seen_headings: set[str] = set()
    for section in report.sections:
        for heading in section.heading_path:
            if heading not in seen_headings and heading != "前言":
                seen_headings.add(heading)
                document.blocks.append(("heading", heading))
        table = {"二": "T2", "三": "T3", "四": "T4"}.get(section.number)
        if table:
            if not any(kind == "table" and content is tables[table] for kind, content in document.blocks):
                document.blocks.append(("table", tables[table]))
            continue
        for paragraph in section.text.split("\n"):
            if paragraph.strip():
                document.blocks.append(("p", paragraph.strip()))
    return document


def report_as_pdf(text_path: Path, gold: dict, style: PrintStyle) -> bytes:
    """A text report of the corpus printed as its publisher would: its prose, and its figures (from the gold
    cells) in national-layout tables."""
    from indexing.parser import parse_file

    report = parse_file(text_path)
    t2, t3, t4, merged = figures_from_gold(gold["cells"])
    style = PrintStyle(**{**vars(style), "merged_groups": merged})
    tables = {"T2": t2_table(t2), "T3": t3_table(t3, style), "T4": t4_table(t4)}
    return to_pdf(document_from_report(report, tables), style)
