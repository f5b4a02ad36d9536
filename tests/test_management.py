"""Upload and delete with an admin token, bad input, and a kill -9 in the middle of indexing — all against real
processes: `reportqa serve` on loopback and `reportqa index`."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import SEED_REPORT, require_shared_corpus, wait_until_healthy
from tests.documents import to_html

TOKEN = "test-admin-token"


def env_for(data_dir: Path, **extra: str) -> dict:
    return {**os.environ, "REPORTQA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", **extra}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(data_dir: Path, **extra: str):  # type: ignore[no-untyped-def]
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port)],
        env=env_for(data_dir, **extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_healthy(base)
    return process, base


def counts(base: str) -> tuple[int, int]:
    health = httpx.get(f"{base}/healthz").json()
    return health["reports"], health["passages"]


def test_upload_reupload_delete_and_refusals(tmp_path):
    process, base = serve(tmp_path / "data", REPORTQA_ADMIN_TOKEN=TOKEN, REPORTQA_MAX_UPLOAD_BYTES=str(2_000_000))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    try:
        seed = SEED_REPORT.read_bytes()
        assert httpx.post(f"{base}/api/reports", files={"file": ("seed.txt", seed)}).status_code == 401
        assert (
            httpx.post(
                f"{base}/api/reports", files={"file": ("seed.txt", seed)}, headers={"Authorization": "Bearer wrong"}
            ).status_code
            == 401
        )
        first = httpx.post(f"{base}/api/reports", files={"file": ("seed.txt", seed)}, headers=auth, timeout=120)
        assert first.status_code == 201, first.text
        summary = first.json()
        assert (summary["issuer"], summary["year"], summary["cells"], summary["changed"]) == (
            "上海市虹口区人民政府",
            2021,
            200,
            True,
        )
        before = counts(base)
        again = httpx.post(f"{base}/api/reports", files={"file": ("seed.txt", seed)}, headers=auth, timeout=120)
        assert again.status_code == 200 and again.json()["changed"] is False and counts(base) == before

        shanghai = require_shared_corpus() / "shanghai-municipal-office_2019.txt"
        page = to_html(
            shanghai.read_text(encoding="utf-8"), "2019年上海市人民政府办公厅政府信息公开工作年度报告"
        ).encode("gbk", "replace")
        page = page.replace(b"charset='utf-8'", b"charset='gbk'")
        html = httpx.post(f"{base}/api/reports", files={"file": ("report.html", page)}, headers=auth, timeout=120)
        assert html.status_code == 201 and html.json()["cells"] == 198, html.text
        answer = httpx.post(
            f"{base}/api/ask", json={"question": "上海市政府办公厅2019年收到多少政府信息公开申请"}
        ).json()
        assert answer["figures"][0]["value"] == 859

        bad = {
            "empty.txt": (b"", 422),
            "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 422),
            "memo.txt": ("会议通知：周五下午开会。".encode(), 422),
            "tool.exe": (b"MZ\x90\x00", 415),
            "huge.txt": (b"a" * 2_100_000, 413),
        }
        with_two = counts(base)
        for name, (data, status) in bad.items():
            response = httpx.post(f"{base}/api/reports", files={"file": (name, data)}, headers=auth, timeout=60)
            assert response.status_code == status, (name, response.text)
            assert response.json()["detail"]
        assert (
            httpx.post(f"{base}/api/ask", content=b"{", headers={"content-type": "application/json"}).status_code == 422
        )
        assert httpx.delete(f"{base}/api/reports/nope", headers=auth).status_code == 404
        assert counts(base) == with_two  # bad input changed nothing

        report_id = summary["report_id"]
        assert httpx.delete(f"{base}/api/reports/{report_id}").status_code == 401
        assert httpx.delete(f"{base}/api/reports/{report_id}", headers=auth).status_code == 200
        assert httpx.get(f"{base}/api/reports/{report_id}").status_code == 404
        assert counts(base)[0] == 1
        assert (
            httpx.post(f"{base}/api/ask", json={"question": "虹口区2021年收到多少申请"}).json()["status"] == "not_found"
        )
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_uploads_are_off_without_a_token(tmp_path):
    process, base = serve(tmp_path / "data")
    try:
        response = httpx.post(
            f"{base}/api/reports",
            files={"file": ("seed.txt", SEED_REPORT.read_bytes())},
            headers={"Authorization": "Bearer x"},
        )
        assert response.status_code == 403 and "REPORTQA_ADMIN_TOKEN" in response.json()["detail"]
    finally:
        process.terminate()
        process.wait(timeout=20)


def run_cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args], env=env_for(data_dir), capture_output=True, text=True, timeout=600
    )


def stored_report_count(data_dir: Path) -> int:
    try:
        with sqlite3.connect(f"file:{data_dir / 'reportqa.sqlite3'}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("select count(*) from reports").fetchone()[0]
    except sqlite3.Error:
        return 0


def store_ids(data_dir: Path) -> tuple[set[str], set[str], set[str], set[str]]:
    """Passage ids: all and those that get vectors in the table store, in Chroma, in BM25 — read in a child
    process (one Chroma client per path)."""
    code = (
        "import json,sys\n"
        "from service.settings import load_settings\nfrom service.components import build_stores\n"
        "s=build_stores(load_settings())\n"
        "ps=s.tables.passages()\n"
        "embedded=[p['passage_id'] for p in ps if p['kind'] in s.embedded_kinds]\n"
        "print(json.dumps([[p['passage_id'] for p in ps], embedded, s.vectors.collection.get(include=[])['ids'],"
        " sorted(s.bm25.ids())]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env_for(data_dir), capture_output=True, text=True, timeout=300, check=True
    )
    tables, embedded, vectors, bm25 = json.loads(out.stdout.strip().splitlines()[-1])
    return set(tables), set(embedded), set(vectors), set(bm25)


def test_kill_during_indexing_loses_nothing(tmp_path):
    corpus = require_shared_corpus()
    data = tmp_path / "data"
    assert run_cli(data, "index", "--quiet", str(SEED_REPORT)).returncode == 0
    files = [str(corpus / f"pingtan_{year}.txt") for year in (2021, 2022, 2023, 2024, 2025)]
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "index", "--quiet", *files],
        env=env_for(data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while stored_report_count(data) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)  # now well inside embedding or writing the next report
    if process.poll() is not None:
        pytest.fail("the indexer finished before it could be killed; the test needs more files")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    # what was stored before is intact and answers
    answer = json.loads(run_cli(data, "ask", "--json", "虹口区2021年收到多少政府信息公开申请").stdout)
    assert answer["figures"][0]["value"] == 74
    _, embedded, vectors, _ = store_ids(data)
    assert embedded <= vectors  # every passage readers can see has its vector
    reports = json.loads(run_cli(data, "reports", "--json").stdout)
    assert all(r["cells"] == 200 for r in reports)  # no half report

    # the next run completes and the stores agree again
    again = run_cli(data, "index", "--quiet", *files)
    assert again.returncode == 0, again.stderr
    tables, embedded, vectors, bm25 = store_ids(data)
    assert embedded == vectors and tables == bm25
    assert len(json.loads(run_cli(data, "reports", "--json").stdout)) == 6


def test_service_answers_while_a_report_is_indexed(tmp_path):
    """An upload is indexed in the server while other requests keep being answered; a reader sees the new report
    whole or not at all."""
    import threading

    corpus = require_shared_corpus()
    process, base = serve(tmp_path / "data", REPORTQA_ADMIN_TOKEN=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    try:
        assert (
            httpx.post(
                f"{base}/api/reports", files={"file": ("seed.txt", SEED_REPORT.read_bytes())}, headers=auth, timeout=300
            ).status_code
            == 201
        )
        upload_done = threading.Event()

        def upload() -> None:
            data = (corpus / "huaian-city_2024.txt").read_bytes()
            httpx.post(f"{base}/api/reports", files={"file": ("huaian.txt", data)}, headers=auth, timeout=300)
            upload_done.set()

        thread = threading.Thread(target=upload)
        thread.start()
        seen = []
        with httpx.Client(timeout=60) as client:
            while not upload_done.is_set():
                seed = client.post(f"{base}/api/ask", json={"question": "虹口区2021年收到多少政府信息公开申请"})
                huaian = client.post(f"{base}/api/ask", json={"question": "淮安市2024年收到多少政府信息公开申请"})
                assert seed.status_code == huaian.status_code == 200
                assert seed.json()["figures"][0]["value"] == 74
                body = huaian.json()
                seen.append(body["status"])
                if body["status"] == "answered":
                    assert body["figures"][0]["value"] == 3119  # whole, never half
                else:
                    assert body["status"] == "not_found"
        thread.join()
        assert seen, "no question was asked while the upload was being indexed"
        final = httpx.post(
            f"{base}/api/ask", json={"question": "淮安市2024年收到多少政府信息公开申请"}, timeout=60
        ).json()
        assert final["figures"][0]["value"] == 3119
    finally:
        process.terminate()
        process.wait(timeout=20)
