"""The BM25 store ranks only the reports asked for, with the scores the whole index gives."""

from __future__ import annotations

import pytest

from indexing.stores.bm25_store import BM25Store


def _passage(report_id: str, n: int, text: str) -> dict:
    return {"passage_id": f"{report_id}:abcd1234:{n}", "section": "一、总体情况", "text": text}


def test_search_restricted_to_reports(tmp_path):
    texts = [
        "本年共收到政府信息公开申请74件",
        "主动公开政府信息1200条",
        "行政复议3件，行政诉讼1件",
        "收取信息处理费0元",
    ]
    passages = [
        _passage(report, n, text) for report in ("2021-aaaa", "2022-bbbb", "2023-cccc") for n, text in enumerate(texts)
    ]
    store = BM25Store(tmp_path / "bm25")
    store.rebuild(passages)

    everywhere = dict(store.search("政府信息公开申请", top_k=20))
    only_2022 = store.search("政府信息公开申请", top_k=20, report_ids={"2022-bbbb"})
    assert only_2022 and all(pid.startswith("2022-bbbb:") for pid, _ in only_2022)
    assert only_2022[0][0] == "2022-bbbb:abcd1234:0"
    assert all(abs(everywhere[pid] - score) < 1e-6 for pid, score in only_2022)  # corpus-wide statistics
    assert [s for _, s in only_2022] == sorted((s for _, s in only_2022), reverse=True)

    two = store.search("行政复议", top_k=1, report_ids={"2021-aaaa", "2023-cccc"})
    assert len(two) == 1 and two[0][0].split(":")[0] in {"2021-aaaa", "2023-cccc"}
    assert store.search("行政复议", report_ids={"2099-none"}) == []
    assert store.search("完全无关的词语xyz", report_ids={"2021-aaaa"}) == []
    assert len(store.search("政府信息", top_k=2)) == 2


@pytest.mark.slow  # child processes under four hash seeds
def test_ties_between_reports_do_not_depend_on_string_hashing(tmp_path):
    """Equal scores in several reports: the order must be the same in every process (answers are deterministic
    JSON), whatever order a set of report ids iterates in."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    passages = [_passage(f"20{n:02d}-r{n}", 0, "行政复议3件，行政诉讼1件") for n in range(12)]
    BM25Store(tmp_path / "bm25").rebuild(passages)
    program = (
        "import sys; from pathlib import Path; from indexing.stores.bm25_store import BM25Store; "
        "ids = {f'20{n:02d}-r{n}' for n in range(12)}; "
        "print([p for p, _ in BM25Store(Path(sys.argv[1])).search('行政复议', top_k=5, report_ids=ids)])"
    )
    children = [  # started together: each spends most of its time importing
        subprocess.Popen(
            [sys.executable, "-c", program, str(tmp_path / "bm25")],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=Path(__file__).resolve().parents[1],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "2", "3", "4")
    ]
    outputs = [child.communicate(timeout=300) for child in children]
    assert all(child.returncode == 0 for child in children), [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1
