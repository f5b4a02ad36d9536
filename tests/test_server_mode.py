"""Server mode: PostgreSQL and a Chroma server shared by two `reportqa serve` workers, on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import SEED_REPORT, ServerStores, require_shared_corpus
from tests.servers import TOKEN, serving_together

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def env_for(data_dir: Path, stores: ServerStores) -> dict:
    return {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "REPORTQA_DATA_DIR": str(data_dir),  # only this worker's BM25 files live here
        **stores.env(),
        "REPORTQA_ADMIN_TOKEN": TOKEN,
    }


def test_two_workers_share_postgres_and_chroma(server_stores, tmp_path):
    corpus = require_shared_corpus()
    files = [str(SEED_REPORT), str(corpus / "pingtan_2022.txt"), str(corpus / "pingtan_2023.txt")]
    indexer = env_for(tmp_path / "indexer", server_stores)
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "index", "--quiet", *files],
        env=indexer,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    again = subprocess.run(
        [sys.executable, "-m", "service.cli", "index", "--quiet", "--force", files[0]],
        env=indexer,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "store now holds 3 reports" in again.stdout  # re-indexing replaces, on PostgreSQL too

    shared = {**server_stores.env(), "REPORTQA_ADMIN_TOKEN": TOKEN}
    # each worker keeps only its BM25 files under its own data dir
    with serving_together((tmp_path / "a", shared), (tmp_path / "b", shared)) as (a, b):
        first = httpx.post(f"{a}/api/ask", json={"question": "平潭2022年收到多少政府信息公开申请？"}, timeout=60).json()
        assert first["figures"][0]["value"] == 74
        # the follow-up reaches the other worker: conversation state lives in PostgreSQL
        follow = httpx.post(
            f"{b}/api/ask", json={"question": "那2023年呢？", "conversation_id": first["conversation_id"]}, timeout=60
        ).json()
        assert (follow["figures"][0]["year"], follow["figures"][0]["value"]) == (2023, 81)
        narrative = httpx.post(f"{b}/api/ask", json={"question": "虹口区在哪些商圈推动信息公开？"}, timeout=60).json()
        assert "白玉兰" in narrative["answer"]  # dense vectors from the Chroma server, BM25 built by this worker
        # an upload through one worker is answered by the other
        shanghai = (corpus / "shanghai-municipal-office_2019.txt").read_bytes()
        upload = httpx.post(
            f"{a}/api/reports",
            files={"file": ("sh2019.txt", shanghai)},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=300,
        )
        assert upload.status_code == 201, upload.text
        answer = httpx.post(
            f"{b}/api/ask", json={"question": "上海市政府办公厅2019年收到多少政府信息公开申请"}, timeout=60
        ).json()
        assert answer["figures"][0]["value"] == 859
        assert httpx.get(f"{b}/healthz").json()["reports"] == 4
