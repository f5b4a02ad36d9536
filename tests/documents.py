"""Build HTML and DOCX versions of a tab-separated text report, the way government sites publish them: tables with
merged label cells (rowspan / colspan / vMerge), page chrome around the body. PDFs are printed by the one renderer
``reportqa synth`` uses (``evals.published``)."""

from __future__ import annotations

import html
from pathlib import Path

from evals.page_templates import blocks, merged


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
