"""`reportqa serve --workers N`: N processes answer on one port from the same stores, figure and narrative alike;
connections are spread evenly over them, a worker that dies is replaced, and one that cannot start stops the server."""

from __future__ import annotations

import os
import signal
import socket
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
    """The server's worker processes (not multiprocessing's resource tracker)."""
    children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return [c for c in children if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]


def connections_per_worker(workers: list[int], port: int) -> list[int]:
    """Established connections to ``port`` held by each worker: its socket descriptors among /proc/net/tcp's rows."""
    established = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port and fields[3] == "01":  # local port, state ESTABLISHED
            established.add(f"socket:[{fields[9]}]")
    counts = []
    for pid in workers:
        fds = Path(f"/proc/{pid}/fd")
        counts.append(sum(1 for fd in fds.iterdir() if os.readlink(fd) in established))
    return counts


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
        questions = [
            ("figure", "虹口区2021年收到多少政府信息公开申请？"),
            ("narrative", "虹口区在哪些商圈推动信息公开？"),
        ]
        result = run_load(base, questions, clients=4, seconds=3)
        assert result.errors == [] and result.latencies["figure"] and result.latencies["narrative"]
        workers = worker_pids(server.pid)
        assert len(workers) == 2

        # 32 clients connecting at once are spread 16/16 (uvicorn's own workers split them 32/0 to 20/12)
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(32)]
        try:
            deadline = time.monotonic() + 10
            while sum(connections_per_worker(workers, port)) < 32 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert connections_per_worker(workers, port) == [16, 16]
        finally:
            for client in clients:
                client.close()

        # a worker killed is replaced, and the server answers throughout
        os.kill(workers[0], signal.SIGKILL)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            replaced = worker_pids(server.pid)
            if len(replaced) == 2 and workers[0] not in replaced:
                break
            assert httpx.post(f"{base}/api/ask", json={"question": questions[0][1]}, timeout=60).status_code == 200
            time.sleep(0.5)
        assert len(replaced) == 2 and workers[0] not in replaced
        workers = replaced
        wait_until_healthy(base, server, seconds=180)
        assert run_load(base, questions, clients=4, seconds=2).errors == []
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


def test_a_worker_that_cannot_start_stops_the_server(tmp_path):
    """The Chroma server is not there: the workers fail while building the app; the server says so and exits."""
    server = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(free_port()), "--workers", "2"],
        env=env_for(tmp_path / "data", REPORTQA_CHROMA_URL=f"http://127.0.0.1:{free_port()}"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, stderr = server.communicate(timeout=300)
    finally:
        server.kill()
    assert server.returncode != 0
    assert "failed to start" in stderr
