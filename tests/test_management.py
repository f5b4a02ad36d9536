"""Upload and delete with an admin token, bad input, and a kill -9 in the middle of indexing — all against real
processes: `reportqa serve` on loopback and `reportqa index`."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import NamedTuple

import httpx
import pytest

from tests.conftest import SEED_REPORT, require_shared_corpus
from tests.documents import to_html
from tests.servers import TOKEN, env_for, run_cli, serving

pytestmark = pytest.mark.slow


def counts(base: str) -> tuple[int, int]:
    health = httpx.get(f"{base}/healthz").json()
    return health["reports"], health["passages"]


def test_upload_reupload_delete_and_refusals(tmp_path):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with serving(tmp_path / "data", REPORTQA_ADMIN_TOKEN=TOKEN, REPORTQA_MAX_UPLOAD_BYTES=str(2_000_000)) as base:
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


def test_uploads_are_off_without_a_token(served_seed):
    base = served_seed  # a real server started without REPORTQA_ADMIN_TOKEN
    before = counts(base)
    response = httpx.post(
        f"{base}/api/reports",
        files={"file": ("seed.txt", SEED_REPORT.read_bytes())},
        headers={"Authorization": "Bearer x"},
    )
    assert response.status_code == 403 and "REPORTQA_ADMIN_TOKEN" in response.json()["detail"]
    assert counts(base) == before


def test_a_short_admin_token_is_refused_at_start_up(tmp_path):
    result = run_cli(tmp_path / "data", "serve", "--port", "1", REPORTQA_ADMIN_TOKEN="short-token")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "at least 32" in result.stderr and "secrets.token_urlsafe" in result.stderr


def stored_report_count(data_dir: Path) -> int:
    try:
        with sqlite3.connect(f"file:{data_dir / 'reportqa.sqlite3'}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("select count(*) from reports").fetchone()[0]
    except sqlite3.Error:
        return 0


class Stored(NamedTuple):
    """Passage ids (all, and those that get vectors) in the table store, in Chroma and in BM25; and the cell count
    of each stored report."""

    tables: set[str]
    embedded: set[str]
    vectors: set[str]
    bm25: set[str]
    cells: list[int]


def stored(data_dir: Path) -> Stored:
    """What the stores hold, read in a child process (one Chroma client per path), without loading the embedding
    model."""
    code = (
        "import json\n"
        "from indexing.passages import EMBEDDED_KINDS\nfrom indexing.stores.bm25_store import BM25Store\n"
        "from indexing.stores.table_store import TableStore\nfrom indexing.stores.vector_store import chroma_client\n"
        "from service.settings import load_settings\n"
        "s=load_settings()\n"
        "t=TableStore(s.resolved_database_url)\nps=t.passages()\n"
        "embedded=[p['passage_id'] for p in ps if p['kind'] in EMBEDDED_KINDS]\n"
        "vectors=chroma_client(str(s.chroma_path)).get_collection(s.collection).get(include=[])['ids']\n"
        "bm25=sorted(BM25Store(s.bm25_path).ids())\ncells=[r['cells'] for r in t.reports()]\n"
        "print(json.dumps([[p['passage_id'] for p in ps], embedded, vectors, bm25, cells]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env_for(data_dir), capture_output=True, text=True, timeout=300, check=True
    )
    tables, embedded, vectors, bm25, cells = json.loads(out.stdout.strip().splitlines()[-1])
    return Stored(set(tables), set(embedded), set(vectors), set(bm25), cells)


def test_kill_during_indexing_loses_nothing(seeded_data_dir):
    corpus = require_shared_corpus()
    data = seeded_data_dir
    files = [str(corpus / f"pingtan_{year}.txt") for year in (2021, 2022, 2023)]
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "index", "--quiet", *files],
        env=env_for(data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Kill it as soon as its first new report is stored: the next one is being read, embedded or written then,
    # two files from the end. Any moment is a fair one to kill it at; this one is sure to come before it finishes.
    deadline = time.monotonic() + 300
    while stored_report_count(data) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the indexer finished or failed before its first report was stored"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    # what was stored before is intact and answers
    answer = json.loads(run_cli(data, "ask", "--json", "虹口区2021年收到多少政府信息公开申请").stdout)
    assert answer["figures"][0]["value"] == 74
    after_kill = stored(data)
    assert after_kill.embedded <= after_kill.vectors  # every passage readers can see has its vector
    assert len(after_kill.cells) >= 2 and all(n == 200 for n in after_kill.cells)  # no half report

    # the next run completes and the stores agree again
    again = run_cli(data, "index", "--quiet", *files)
    assert again.returncode == 0, again.stderr
    final = stored(data)
    assert final.embedded == final.vectors and final.tables == final.bm25
    assert len(final.cells) == 4


def test_service_answers_while_a_report_is_indexed(seeded_data_dir):
    """An upload is indexed in the server while other requests keep being answered; a reader sees the new report
    whole or not at all."""
    corpus = require_shared_corpus()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with serving(seeded_data_dir, REPORTQA_ADMIN_TOKEN=TOKEN) as base:
        upload_done = threading.Event()
        uploaded: list[httpx.Response] = []

        def upload() -> None:
            try:
                data = (corpus / "huaian-city_2024.txt").read_bytes()
                uploaded.append(
                    httpx.post(f"{base}/api/reports", files={"file": ("huaian.txt", data)}, headers=auth, timeout=300)
                )
            finally:  # a failed upload ends the loop below too, and the assertion after it says so
                upload_done.set()

        thread = threading.Thread(target=upload)
        thread.start()
        seen = []
        deadline = time.monotonic() + 300
        with httpx.Client(timeout=60) as client:
            while not upload_done.is_set() and time.monotonic() < deadline:
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
        thread.join(timeout=300)
        assert uploaded and uploaded[0].status_code == 201, uploaded and uploaded[0].text
        assert seen, "no question was asked while the upload was being indexed"
        final = httpx.post(
            f"{base}/api/ask", json={"question": "淮安市2024年收到多少政府信息公开申请"}, timeout=60
        ).json()
        assert final["figures"][0]["value"] == 3119
