"""Pre-2019 统计表: rows by their printed labels, 本年度 and 历年累计, spaced and run-together layouts, the 其中 sums,
and the 历年累计 chain with the same body's previous report."""

from __future__ import annotations

from indexing.legacy import apply_cumulative_chain, parse_legacy
from indexing.parser import parse_file


def pairs(report) -> dict[str, tuple]:
    out: dict[str, list] = {}
    for c in report.cells:
        out.setdefault(c.row, []).append(c.value if c.kind in ("number", "zero") else ("?", tuple(c.candidates)))
    return {k: tuple(v) for k, v in out.items()}


def test_spaced_and_run_together_layouts_give_the_same_figures(shared_corpus):
    spaced = parse_file(shared_corpus / "pingtan_2011.txt")
    glued = parse_file(
        shared_corpus / "pingtan-county_2011.txt"
    )  # "主动公开信息数条4251516其中：1.网站公开条41815092.…"
    assert spaced.format_version == glued.format_version == "pre_2019"
    assert pairs(spaced)["proactive_total"] == (425, 1516)
    assert pairs(spaced)["proactive_website"] == (418, 1509)
    assert pairs(glued) == pairs(spaced)
    assert {c.status for c in glued.checks if c.kind == "identity"} == {"passed"}


def test_label_variants_of_later_years(shared_corpus):
    report = parse_file(shared_corpus / "pingtan_2014.txt")
    figures = pairs(report)
    assert figures["proactive_total"] == (2543, 78967)  # printed 主动公开文件数
    assert figures["applications_letter_fax"] == (1, 1)  # 信函、传真申请数, not the 传真申请数 inside it
    assert "applications_fax" not in figures
    assert figures["fee_waiver"] == (0, 0) and figures["complaints"] == (0, 0)


def test_a_cell_missing_in_the_print_stays_unresolved(shared_corpus):
    report = parse_file(shared_corpus / "pingtan_2013.txt")  # "2、政府公报公开 条 0 受理…": one figure for two cells
    assert pairs(report)["proactive_gazette"] == (("?", (0,)), ("?", (0,)))
    assert pairs(report)["proactive_total"] == (72804, 76424)


def test_glued_figures_the_sums_cannot_split_are_settled_by_the_prose(shared_corpus):
    # its 其中 items do not add up to the total; the prose states 主动公开政府信息2026条
    report = parse_file(shared_corpus / "pingtan-county_2012.txt")
    assert pairs(report)["proactive_total"] == (2026, 3542)
    assert pairs(report)["applications_total"] == (21, 21)
    # 2016: total and website printed as the same run 346085376; the prose states 主动公开政府信息3460条
    assert pairs(parse_file(shared_corpus / "pingtan_2016.txt"))["proactive_total"] == (3460, 85376)


def test_glued_figures_neither_sums_nor_prose_settle_stay_unresolved(shared_corpus):
    report = parse_file(shared_corpus / "pingtan-county_2013.txt")  # website and gazette: no prose figure
    website = report.cell("TS", "proactive_website", "this_year")
    assert website.kind == "unresolved" and len(website.candidates) > 1


def test_cumulative_chain_splits_glued_figures_and_is_a_check(shared_corpus):
    last_year = parse_file(shared_corpus / "pingtan-county_2011.txt")
    report = parse_file(shared_corpus / "pingtan-county_2012.txt")
    previous = {c.row: c.value for c in last_year.cells if c.column == "cumulative" and c.kind in ("number", "zero")}
    apply_cumulative_chain(report, previous)
    assert pairs(report)["proactive_total"] == (2026, 3542)  # 1516 + 2026 = 3542
    assert pairs(report)["proactive_website"] == (1795, 3304)  # 1509 + 1795 = 3304
    chain = {c.check_id: c.status for c in report.checks if c.check_id.startswith("TS.chain.")}
    assert chain["TS.chain.proactive_total"] == "passed"


def test_indexing_applies_the_chain(indexed):
    stores, _ = indexed
    cells = {
        c.column: c for c in stores.tables.cells(issuer="平潭县人民政府", year=2013, table="TS", row="proactive_total")
    }
    assert (cells["this_year"].value, cells["cumulative"].value) == (1853, 5395)  # 3542 + 1853 = 5395


def test_no_statistics_table_no_cells():
    assert parse_legacy("2015年某某县人民政府政府信息公开工作年度报告。主动公开信息1000条。") == []
