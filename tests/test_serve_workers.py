"""`reportqa serve --workers N`: N processes answer on one port from the same stores, figure and narrative alike."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from evals.bench.http_load import run_load
from tests.servers import env_for, free_port, wait_until_healthy

pytestmark = pytest.mark.slow  # real server processes


def worker_pids(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def test_two_workers_answer_on_one_port(seeded_data_dir):
    data = seeded_data_dir
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers", "2"],
        env=env_for(data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, server, seconds=180)
        figure = httpx.post(f"{base}/api/ask", json={"question": "虹口区2021年收到多少政府信息公开申请？"}, timeout=60)
        assert figure.json()["figures"][0]["value"] == 74
        narrative = httpx.post(f"{base}/api/ask", json={"question": "虹口区在哪些商圈推动信息公开？"}, timeout=60)
        assert "白玉兰" in narrative.json()["answer"]
        # every request answered while both workers share the load (the lean client used by the benchmarks)
        result = run_load(
            base,
            [("figure", "虹口区2021年收到多少政府信息公开申请？"), ("narrative", "虹口区在哪些商圈推动信息公开？")],
            clients=4,
            seconds=3,
        )
        assert result.errors == [] and result.latencies["figure"] and result.latencies["narrative"]
        workers = worker_pids(server.pid)
        assert len([w for w in workers if Path(f"/proc/{w}").exists()]) >= 2
    finally:
        server.terminate()
        server.wait(timeout=60)
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(Path(f"/proc/{w}").exists() for w in workers)  # no worker outlives the server


def test_workers_must_be_positive(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "serve", "--workers", "0"],
        env=env_for(tmp_path / "data"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "--workers" in result.stderr
