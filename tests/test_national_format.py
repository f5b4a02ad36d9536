"""The format module must agree with shared/corpus/template.json, the national format's description."""

from __future__ import annotations

import json

from indexing.national_format import FORMAT_2019, FORMAT_2021, FORMAT_PRE_2019, report_format


def _template(shared_corpus):
    return json.loads((shared_corpus / "template.json").read_text(encoding="utf-8"))


def test_2021_keys_match_template(shared_corpus):
    template = _template(shared_corpus)
    tables = {t["id"]: t for t in template["tables"]}
    fmt = report_format(FORMAT_2021)
    t3 = fmt.table("T3")
    assert [r.key for r in t3.rows] == [r["key"] for r in tables["T3"]["rows"]]
    assert [c.key for c in t3.columns] == [c["key"] for c in tables["T3"]["columns"]]
    assert [r.label for r in t3.rows] == [r["label"] for r in tables["T3"]["rows"]]
    t4 = fmt.table("T4")
    assert [c.key for c in t4.columns] == [c["key"] for c in tables["T4"]["columns"]]
    t2_rows = [r["key"] for sub in tables["T2"]["subtables"] for r in sub["rows"]]
    assert [r.key for r in fmt.table("T2").rows] == t2_rows
    assert len(fmt.table("T2").cell_keys()) == tables["T2"]["data_cells"] == 10
    assert len(t3.cell_keys()) == tables["T3"]["data_cells"] == 175
    assert len(t4.cell_keys()) == tables["T4"]["data_cells"] == 15


def test_2019_trial_keys_match_template(shared_corpus):
    trial = _template(shared_corpus)["versions"]["2019_trial"]
    fmt = report_format(FORMAT_2019)
    assert [r.key for r in fmt.table("T3").rows] == [r["key"] for r in trial["T3"]["rows"]]
    t2 = fmt.table("T2")
    for sub in trial["T2"]["subtables"]:
        for row in sub["rows"]:
            assert [c.key for c in t2.columns_of(t2.row(row["key"]))] == [c["key"] for c in sub["columns"]]
    assert len(t2.cell_keys()) == trial["T2"]["data_cells"] == 22
    assert len(fmt.table("T3").cell_keys()) == 161


def test_identities_cover_the_template_rules():
    t3 = report_format(FORMAT_2021).table("T3")
    ids = {i.id for i in t3.identities}
    assert {f"T3.balance.{c.key}" for c in t3.columns} <= ids
    assert {f"T3.results_sum.{c.key}" for c in t3.columns} <= ids
    assert {f"T3.row_total.{r.key}" for r in t3.rows} <= ids
    results_sum = next(i for i in t3.identities if i.id == "T3.results_sum.total")
    assert len(results_sum.right) == 21
    t4 = report_format(FORMAT_2021).table("T4")
    assert len(t4.identities) == 3


def test_pre_2019_has_no_national_tables_but_its_statistics_table():
    tables = report_format(FORMAT_PRE_2019).tables
    assert [t.id for t in tables] == ["TS"]
    assert [c.label for c in tables[0].columns] == ["本年度", "历年累计"]
