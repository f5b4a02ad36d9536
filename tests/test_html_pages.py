"""Web pages as published: the structural reader finds the report in every page template (site chrome,
metadata tables, attachment and prev/next links naming reports, layout tables, Word-pasted markup)."""

from __future__ import annotations

import pytest

from evals.page_templates import TEMPLATES, render_page
from evals.scoring import cell_gold_value
from indexing.parser import parse_file, parse_text
from indexing.readers import html_to_text
from tests.conftest import SEED_REPORT, require_shared_corpus


def sources():
    return [SEED_REPORT, require_shared_corpus() / "shanghai-municipal-office_2019.txt"]


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_template_gives_the_text_reports_cells(template):
    for source in sources():
        text = source.read_text(encoding="utf-8")
        expected = parse_text(text, str(source))
        page = render_page(template, text, expected.title)
        report = parse_text(html_to_text(page), f"{source.stem}-{template}.html")
        assert (report.issuer, report.year, report.format_version) == (
            expected.issuer,
            expected.year,
            expected.format_version,
        )
        got = {(c.table, c.row, c.column): cell_gold_value(c) for c in report.cells}
        want = {(c.table, c.row, c.column): cell_gold_value(c) for c in expected.cells}
        assert got == want, [k for k in want if got.get(k) != want[k]][:5]
        tops = [s.number for s in report.sections if len(s.heading_path) == 1 and s.number]
        assert tops == ["一", "二", "三", "四", "五", "六"]


def test_links_naming_other_reports_are_not_the_report():
    text = SEED_REPORT.read_text(encoding="utf-8")
    title = parse_text(text).title
    for template in ("trs_editor", "prev_next_lists", "attachment_link", "article_content"):
        body = html_to_text(render_page(template, text, title))
        assert "上一篇" not in body and "下一篇" not in body and "附件" not in body
        assert "2020年政府信息公开工作年度报告" not in body and "索引号" not in body


def test_saved_government_page(shared_corpus):
    report = parse_file(shared_corpus / "shuyang-fgj_2023.html")
    assert (report.issuer, report.year, report.format_version) == ("沭阳县发展和改革局", 2023, "2021")
    assert "索引号" not in report.text and "2023年政府信息公开年度报告" in report.title
    # numbers split over inline tags are joined; a blank cell stays blank, apart from 0
    assert report.cell("T3", "new_received", "natural_person").value == 26
    assert report.cell("T3", "new_received", "commercial_enterprise").kind == "blank"
    assert report.cell("T3", "carried_over_from_last_year", "natural_person").kind == "zero"
    assert report.cell("T2", "normative_documents", "valid").value == 18  # printed 规范性文件 (older label)


def test_cell_split_over_inline_tags_and_paragraphs():
    page = (
        "<html><body><div id='zoom'><p>某某县人民政府2023年政府信息公开工作年度报告</p>"
        "<p>一、总体情况</p><p>主动公开和依申请公开政府信息。</p>"
        "<table><tr><td>规章</td><td><span>1</span><span>2</span></td><td><p>2</p><p>3 1</p></td>"
        "<td>&nbsp;</td></tr></table>"
        "</div></body></html>"
    )
    assert "规章\t12\t231\t" in html_to_text(page)
