"""Build HTML, DOCX and PDF versions of a tab-separated text report, the way government sites publish them:
tables with merged label cells (rowspan / colspan / vMerge), page chrome around the body, a CJK font in PDFs."""

from __future__ import annotations

import html
import re
from pathlib import Path

from evals.page_templates import blocks, merged

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def to_html(text: str, title: str) -> str:
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>",
        html.escape(title),
        "</title></head><body>",
        "<div class='nav'>首页 | 政务公开 | 政府信息公开年报</div>",
        "<div class='breadcrumb'>当前位置：首页 &gt; 政务公开 &gt; 年报</div>",
        "<div class='content'>",
    ]
    for kind, content in blocks(text):
        if kind == "p":
            parts.append(f"<p>{html.escape(str(content))}</p>")
            continue
        parts.append("<table border='1'>")
        for row in merged(content):  # type: ignore[arg-type]
            parts.append("<tr>")
            for cell in row:
                if cell is None:
                    continue
                value, rowspan, colspan = cell
                attrs = (f" rowspan='{rowspan}'" if rowspan > 1 else "") + (
                    f" colspan='{colspan}'" if colspan > 1 else ""
                )
                parts.append(f"<td{attrs}>{html.escape(value) or '&nbsp;'}</td>")
            parts.append("</tr>")
        parts.append("</table>")
    parts.append("</div><div class='footer'>版权所有：某某人民政府办公室 网站标识码 0000000000</div></body></html>")
    return "".join(parts)


def to_docx(text: str, path: Path) -> None:
    import docx

    document = docx.Document()
    for kind, content in blocks(text):
        if kind == "p":
            document.add_paragraph(str(content))
            continue
        spans = merged(content)  # type: ignore[arg-type]
        width = len(spans[0])
        table = document.add_table(rows=len(spans), cols=width)
        for r, row in enumerate(spans):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                value, rowspan, colspan = cell
                target = table.cell(r, c)
                if rowspan > 1 or colspan > 1:
                    target = target.merge(table.cell(r + rowspan - 1, c + colspan - 1))
                target.text = value
    document.save(str(path))


def to_pdf(text: str, path: Path, value_width: float | None = None, portrait: bool = False) -> None:
    """A PDF with ruled tables. ``value_width`` (points) makes the number columns so narrow that numbers wrap
    inside their cells; ``portrait`` makes table 三 run over a page break, its header rows repeated."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    body = ParagraphStyle("body", fontName="WQY", fontSize=9, leading=13, wordWrap="CJK")
    cell_style = ParagraphStyle("cell", fontName="WQY", fontSize=7, leading=9, wordWrap="CJK")
    story = []
    for kind, content in blocks(text):
        if kind == "p":
            story.append(Paragraph(html.escape(str(content)), body))
            story.append(Spacer(1, 4))
            continue
        spans = merged(content)  # type: ignore[arg-type]
        width = len(spans[0])
        data = [[Paragraph(html.escape(cell[0]), cell_style) if cell else "" for cell in row] for row in spans]
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        for r, row in enumerate(spans):
            for c, cell in enumerate(row):
                if cell and (cell[1] > 1 or cell[2] > 1):
                    style.append(("SPAN", (c, r), (c + cell[2] - 1, r + cell[1] - 1)))
        # columns as wide as their longest text needs, so that a merged T3 block still fits one page
        page_width = (A4 if portrait else landscape(A4))[0] - 72
        need = [max(12, *(len(row[c][0]) for row in spans if row[c])) for c in range(width)]
        widths = [page_width * n / sum(need) for n in need]
        filled = [[row[c][0].strip() for row in spans[3:] if row[c] and row[c][0].strip()] for c in range(width)]
        numeric = [c for c in range(width) if filled[c] and all(re.fullmatch(r"[\d.]+", x) for x in filled[c])]
        if value_width and len(spans) > 10:
            style += [("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]
            label_width = (page_width - value_width * len(numeric)) / max(1, width - len(numeric))
            widths = [value_width if c in numeric else label_width for c in range(width)]
        table = Table(data, colWidths=widths, repeatRows=3 if portrait and len(spans) > 10 else 0)
        table.setStyle(TableStyle(style))
        if portrait and len(spans) > 10:
            story.append(Spacer(1, 420))  # starts low on a page: the table runs over the page break
        story.append(table)
        story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4 if portrait else landscape(A4), leftMargin=36, rightMargin=36).build(story)
