"""Government web page templates around a report, as sites publish them: site chrome, a metadata table
(索引号 / 发布机构 …), breadcrumbs, attachment links and prev/next links that name other reports.

Used by the tests (the structural HTML reader must find the report in every template), by the comparison with
main-content libraries (``python -m evals.html_readers``) and by ``reportqa synth``'s HTML layouts.
The report body comes from a tab-separated text report (tables as tab-separated lines).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

LABEL_COLUMNS = 2  # merged label cells live in the first columns of T3
NUMBER = re.compile(r"\d+(\.\d+)?")


def blocks(text: str) -> list[tuple[str, object]]:
    """("p", line) for prose and ("table", rows) for runs of tab-separated lines."""
    out: list[tuple[str, object]] = []
    table: list[list[str]] = []
    for raw in text.split("\n"):
        line = re.sub(r"^#+\s*", "", raw).replace("**", "")
        if "\t" in raw:
            table.append(raw.split("\t"))
            continue
        if table:
            out.append(("table", table))
            table = []
        if line.strip():
            out.append(("p", line.strip()))
    if table:
        out.append(("table", table))
    return out


def merged(rows: list[list[str]]) -> list[list[tuple[str, int, int] | None]]:
    """Cells with spans: an empty label cell under a filled one joins it (rowspan); trailing empty cells after a
    row's last value join that value (colspan). None marks a covered position."""
    width = max(len(r) for r in rows)
    grid = [r + [""] * (width - len(r)) for r in rows]
    spans: list[list[tuple[str, int, int] | None]] = [[(cell, 1, 1) for cell in row] for row in grid]
    for c in range(min(LABEL_COLUMNS, width)):
        owner = None
        for r in range(len(grid)):
            has_values = any(NUMBER.fullmatch(x.strip()) for x in grid[r][c + 1 :])
            if grid[r][c].strip():
                owner = None if NUMBER.fullmatch(grid[r][c].strip()) else r
            elif owner is not None and has_values and spans[r][c] is not None:
                text, rs, cs = spans[owner][c]  # type: ignore[misc]
                spans[owner][c] = (text, rs + 1, cs)
                spans[r][c] = None
                continue
            else:
                owner = None
    for r, row in enumerate(grid):
        filled = [c for c, x in enumerate(row) if x.strip()]
        if filled and filled[-1] < width - 1 and r > 0 and len(filled) == 2:
            last = filled[-1]
            text, rs, _ = spans[r][last]  # type: ignore[misc]
            spans[r][last] = (text, rs, width - last)
            for c in range(last + 1, width):
                spans[r][c] = None
    return spans


def word_pasted(text: str) -> str:
    """Markup as Word pastes it: every run of digits split over two spans, <o:p> fillers."""
    escaped = html.escape(text)
    escaped = re.sub(r"(\d)(\d+)", r'\1</span><span style="font-family:宋体">\2', escaped)
    return f'<span style="font-family:宋体">{escaped}</span><o:p></o:p>'


def body_html(text: str, pasted: bool = False) -> str:
    """The report as HTML paragraphs and bordered tables with merged cells."""
    cell = word_pasted if pasted else html.escape
    parts = []
    for kind, content in blocks(text):
        if kind == "p":
            parts.append(f"<p>{cell(str(content))}</p>")
            continue
        parts.append("<table border='1' cellspacing='0'>")
        for row in merged(content):  # type: ignore[arg-type]
            parts.append("<tr>")
            for item in row:
                if item is None:
                    continue
                value, rowspan, colspan = item
                attrs = (f" rowspan='{rowspan}'" if rowspan > 1 else "") + (
                    f" colspan='{colspan}'" if colspan > 1 else ""
                )
                parts.append(f"<td{attrs}><p>{cell(value) if value else '&nbsp;'}</p></td>")
            parts.append("</tr>")
        parts.append("</table>")
    return "".join(parts)


def _other(title: str, year_delta: int) -> str:
    """The title of the same issuer's report of another year (prev/next links, related lists)."""
    return re.sub(r"(19|20)\d{2}", lambda m: str(int(m.group(0)) + year_delta), title, count=1)


def _meta_table(title: str) -> str:
    return (
        "<table class='xxgk-meta'><tr><td>索引号</td><td>014314799/2024-00002</td>"
        "<td>分类</td><td>信息公开年报</td></tr>"
        f"<tr><td>发布机构</td><td>人民政府办公室</td><td>发文日期</td><td>2024-01-17</td></tr>"
        f"<tr><td>名称</td><td colspan='3'>{html.escape(title)}</td></tr></table>"
    )


def _page(title: str, inner: str, site: str = "人民政府门户网站") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}-{site}</title>"
        "<script>var a='政府信息公开';</script></head><body>"
        f"<div class='header'><div class='logo'>{site}</div><ul class='menu'><li>首页</li><li>政务公开</li>"
        "<li>政府信息公开</li><li>互动交流</li></ul></div>"
        f"{inner}"
        "<div class='footer'>主办：人民政府办公室 版权所有 网站标识码 0000000000 政府信息公开 主动公开 依申请公开</div>"
        "</body></html>"
    )


def trs_editor(title: str, body: str) -> str:
    inner = (
        "<div class='position'>当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>"
        f"<div class='main'>{_meta_table(title)}<div class='article'><h2>{html.escape(title)}</h2>"
        f"<div class='TRS_Editor'>{body}</div></div>"
        f"<div class='pages'><a href='p.html'>上一篇：{html.escape(_other(title, -1))}</a>"
        f"<a href='n.html'>下一篇：{html.escape(_other(title, 1))}</a></div></div>"
    )
    return _page(title, inner)


def div_zoom(title: str, body: str) -> str:
    inner = (
        f"<div class='con'><h1 class='title'>{html.escape(title)}</h1>"
        "<div class='info'>发布时间：2024-01-20 来源：人民政府办公室 字号：大 中 小</div>"
        f"<div id='zoom'>{body}</div><div class='print'>【打印本页】【关闭窗口】</div></div>"
    )
    return _page(title, inner)


def article_content(title: str, body: str) -> str:
    inner = (
        f"<article><header><h1>{html.escape(title)}</h1></header><div class='content'>{body}</div></article>"
        "<aside><h3>政府信息公开年报</h3><ul>"
        + "".join(f"<li><a href='#'>{html.escape(_other(title, -d))}</a></li>" for d in (1, 2, 3))
        + "</ul></aside>"
    )
    return _page(title, inner)


def nested_tables(title: str, body: str) -> str:
    """Layout by tables, as older CMSs do: the report's tables sit inside a layout table's cell."""
    inner = (
        "<table width='1000'><tr><td class='left' width='200'>政府信息公开<br>政府信息公开指南<br>政府信息公开制度<br>"
        "政府信息公开年报</td><td><table width='100%'><tr><td class='title'>"
        f"{html.escape(title)}</td></tr><tr><td>发布日期：2024-01-18</td></tr>"
        f"<tr><td class='text'>{body}</td></tr></table></td></tr></table>"
    )
    return _page(title, inner)


def attachment_link(title: str, body: str) -> str:
    """A short block naming the report in an attachment link comes before the body: the smallest block that
    mentions 政府信息公开 is the link, not the report."""
    inner = (
        "<div class='crumb'>首页 &gt; 政府信息公开 &gt; 法定主动公开内容</div>"
        f"<div class='attach'><p>附件：<a href='report.pdf'>{html.escape(title)}.pdf</a></p></div>"
        f"<div class='detail'><div class='detail-title'>{html.escape(title)}</div>"
        f"<div class='detail-body'>{body}</div></div>"
    )
    return _page(title, inner)


def prev_next_lists(title: str, body: str) -> str:
    """Links to other years' reports before the body (a related list) and after it (prev/next)."""
    related = "".join(f"<p><a href='#'>{html.escape(_other(title, -d))}</a></p>" for d in (1, 2))
    inner = (
        f"<div class='related'><b>相关阅读</b>{related}</div>"
        f"<div class='wrap'><div class='wrap-title'><b>{html.escape(title)}</b></div>"
        f"<div class='wrap-text'>{body}</div></div>"
        f"<div class='prevnext'><p>上一篇：<a href='#'>{html.escape(_other(title, -1))}</a></p>"
        f"<p>下一篇：<a href='#'>{html.escape(_other(title, 1))}</a></p></div>"
    )
    return _page(title, inner)


def metadata_first(title: str, body: str) -> str:
    """The title appears only in the metadata table and the <title>; the body starts with its preamble."""
    inner = f"<div class='xxgkMain'>{_meta_table(title)}<div class='article-content'>{body}</div></div>"
    return _page(title, inner)


def bare_body(title: str, body: str) -> str:
    """No container at all: the report's paragraphs and tables sit directly in <body>."""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
        f"<h2>{html.escape(title)}</h2>{body}<p>附件：<a href='#'>{html.escape(title)}.docx</a></p></body></html>"
    )


# name -> (page builder, Word-pasted markup in the body)
TEMPLATES: dict[str, tuple[Callable[[str, str], str], bool]] = {
    "trs_editor": (trs_editor, False),
    "div_zoom": (div_zoom, True),
    "article_content": (article_content, False),
    "nested_tables": (nested_tables, False),
    "attachment_link": (attachment_link, True),
    "prev_next_lists": (prev_next_lists, False),
    "metadata_first": (metadata_first, True),
    "bare_body": (bare_body, False),
}


def render_page(template: str, text: str, title: str) -> str:
    """A report's text (its title line dropped: each template places the title itself) inside a page template."""
    build, pasted = TEMPLATES[template]
    lines = text.split("\n")
    compact_title = re.sub(r"\s+", "", title)
    body_lines = [line for line in lines if re.sub(r"[\s#*]", "", line) != compact_title]
    return build(title, body_html("\n".join(body_lines), pasted))
