"""Metadata, sections, text repair, format versions and checks on the real reports."""

from __future__ import annotations

import pytest

from indexing.metadata import NotAReport
from indexing.parser import parse_file, parse_text
from tests.conftest import SEED_REPORT, shared_report_files

SEED_TEXT = SEED_REPORT.read_text(encoding="utf-8")
NATIONAL_SECTIONS = ["一", "二", "三", "四", "五", "六"]


def test_seed_identity_and_sections():
    report = parse_file(SEED_REPORT)
    assert (report.issuer, report.issuer_short, report.year, report.format_version) == (
        "上海市虹口区人民政府",
        "虹口区",
        2021,
        "2021",
    )
    tops = [s.number for s in report.sections if len(s.heading_path) == 1 and s.number]
    assert tops == NATIONAL_SECTIONS
    paths = [" > ".join(s.heading_path) for s in report.sections]
    assert "一、总体情况 > （二）依申请公开方面" in paths
    # level from numbering, not from the markdown marks: “#### （二）” sits under “## 一、”
    assert "六、其他需要报告的事项 > （三）信息处理费收取情况" in paths


def test_seed_line_broken_mid_sentence_is_joined():
    report = parse_file(SEED_REPORT)
    text = "\n".join(s.text for s in report.sections)
    assert "同时，对公众通过信息公开渠道提出的意见建议" in text


@pytest.mark.parametrize("path", shared_report_files(), ids=lambda p: p.stem)
def test_every_shared_report_parses(path, shared_corpus):
    report = parse_file(path)
    assert report.issuer and 2010 <= report.year <= 2026
    assert len(report.sections) >= 3
    if report.year < 2019:
        assert report.format_version == "pre_2019"
        assert {c.table for c in report.cells} <= {"TS"}  # the 统计表, where the report prints one
    elif report.year < 2021:
        assert report.format_version == "2019_trial" and len(report.cells) == 22 + 161 + 15
    else:
        merged_groups = {c.row for c in report.cells if c.kind == "merged"}
        group_cells = 7 if merged_groups else 0  # a group printed as one row is stored as its own row
        assert report.format_version == "2021" and len(report.cells) == 200 + group_cells


def test_page_markers_dropped(shared_corpus):
    report = parse_file(shared_corpus / "huaian-city_2024.txt")
    text = "\n".join(s.text for s in report.sections)
    assert "- 3 -" not in text and "- 4 -" not in text
    # the PDF's fixed-width lines are joined back into sentences
    assert "将栏目不更新、政策解读不通俗易懂" in text


def test_one_line_report_gets_its_sections(shared_corpus):
    report = parse_file(shared_corpus / "pingtan_2023.txt")
    tops = [s.number for s in report.sections if len(s.heading_path) == 1 and s.number]
    assert tops == NATIONAL_SECTIONS
    assert any(s.heading_path[-1].startswith("（一）主动公开") for s in report.sections)


def test_identity_failure_is_reported_not_corrected():
    altered = SEED_TEXT.replace("(七) 总计\t77\t3\t0\t0\t0\t0\t80", "(七) 总计\t77\t3\t0\t0\t0\t0\t81")
    assert altered != SEED_TEXT
    report = parse_text(altered)
    assert report.cell("T3", "results_total", "total").value == 81  # as printed
    failed = {c.check_id: c for c in report.checks if c.status == "failed"}
    assert "T3.balance.total" in failed and "81" in failed["T3.balance.total"].details
    assert "T3.row_total.results_total" in failed


def test_narrative_figure_cross_check():
    report = parse_file(SEED_REPORT)
    narrative = [c for c in report.checks if c.kind == "narrative"]
    assert narrative and narrative[0].status == "passed"
    altered = SEED_TEXT.replace("共受理政府信息公开申请74件", "共受理政府信息公开申请75件")
    warned = [c for c in parse_text(altered).checks if c.kind == "narrative"]
    assert warned[0].status == "warning" and "75" in warned[0].details


def test_source_inconsistency_in_real_report_is_a_failed_check(shared_corpus):
    # pingtan_2020 prints （七）总计 21 while its result rows add up to 27
    report = parse_file(shared_corpus / "pingtan_2020.txt")
    failed = {c.check_id for c in report.checks if c.status == "failed"}
    assert "T3.results_sum.total" in failed
    assert report.cell("T3", "results_total", "total").value == 21


def test_not_a_report_is_refused_with_a_message(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("会议纪要：今天讨论了食堂菜单。", encoding="utf-8")
    with pytest.raises(NotAReport, match="notes.txt"):
        parse_file(bad)
