"""Real processes for the tests: `reportqa` commands and `reportqa serve` on loopback, over a given data directory.

Waits are on events with time limits: a server is ready when /healthz answers 200, and waiting stops at once when
the process exits (its stderr is then in the failure message) instead of spinning until the deadline.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

TOKEN = "t" * 8 + "-admin-token-for-tests-only-0123456789"  # REPORTQA_ADMIN_TOKEN needs 32 characters


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "REPORTQA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", **extra}


def run_cli(data_dir: Path, *args: str, stdin: str | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
    """`reportqa ARGS` in a child process over ``data_dir``; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        env=env_for(data_dir, **extra),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
    )


_PORTS_GIVEN: set[int] = set()
_PORTS_LOCK = threading.Lock()


def free_port() -> int:
    """A loopback port free now and never handed out before in this run: servers started side by side do not
    race for one port the kernel gave twice."""
    with _PORTS_LOCK:
        while True:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port: int = s.getsockname()[1]
            if port not in _PORTS_GIVEN:
                _PORTS_GIVEN.add(port)
                return port


def wait_until_healthy(base_url: str, process: subprocess.Popen[bytes] | None = None, seconds: float = 120) -> None:
    """Until GET /healthz answers 200; fails early, with the server's stderr, when ``process`` exits."""
    deadline = time.monotonic() + seconds
    # One client for every try: httpx.get builds a client, and with it an SSL context, each time (about 20 ms of
    # CPU), which ten tries a second took from the server starting beside it on a two-core machine.
    with httpx.Client(timeout=2) as client:
        while time.monotonic() < deadline:
            if process is not None and process.poll() is not None:
                raise RuntimeError(
                    f"the server exited ({process.returncode}) before it was healthy:\n{stderr_of(process)}"
                )
            try:
                if client.get(f"{base_url}/healthz").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
    raise TimeoutError(f"{base_url} did not become healthy in {seconds} s")


def stderr_of(process: subprocess.Popen[bytes]) -> str:
    log = getattr(process, "stderr_log", None)
    return Path(log.name).read_text(errors="replace")[-4000:] if log else ""


def start_server(data_dir: Path, **extra: str) -> tuple[subprocess.Popen[bytes], str]:
    """`reportqa serve` started on a free loopback port over ``data_dir`` (not yet waited for): the process and its
    base URL."""
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="reportqa-serve-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env_for(data_dir, **extra),
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    process.stderr_log = log  # type: ignore[attr-defined]
    return process, f"http://127.0.0.1:{port}"


def stop_servers(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log = process.stderr_log  # type: ignore[attr-defined]
        log.close()
        os.unlink(log.name)


@contextmanager
def serving_together(*servers: tuple[Path, dict[str, str]]) -> Iterator[list[str]]:
    """Several `reportqa serve`, one per (data directory, settings), started at once (a start is seconds of one
    core's imports and model loading); yields their base URLs once all are healthy, stops them afterwards."""
    started: list[tuple[subprocess.Popen[bytes], str]] = []
    try:
        for data_dir, extra in servers:
            started.append(start_server(data_dir, **extra))
        for process, base in started:
            wait_until_healthy(base, process)
        yield [base for _, base in started]
    finally:
        stop_servers([process for process, _ in started])


@contextmanager
def serving(data_dir: Path, **extra: str) -> Iterator[str]:
    """`reportqa serve` on a free loopback port over ``data_dir``; yields its base URL, stops it afterwards."""
    with serving_together((data_dir, extra)) as (base,):
        yield base


@contextmanager
def uvicorn_in_thread(app: object, seconds: float = 60) -> Iterator[str]:
    """An app served by uvicorn in a thread of this process on a free loopback port; yields its base URL once
    uvicorn says it has started (or fails when the thread died first)."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + seconds
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"uvicorn did not start on port {port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
