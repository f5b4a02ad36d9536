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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
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


@contextmanager
def serving(data_dir: Path, **extra: str) -> Iterator[str]:
    """`reportqa serve` on a free loopback port over ``data_dir``; yields its base URL, stops it afterwards."""
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="reportqa-serve-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env_for(data_dir, **extra),
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    process.stderr_log = log  # type: ignore[attr-defined]
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        os.unlink(log.name)


@contextmanager
def uvicorn_in_thread(app: object, seconds: float = 60) -> Iterator[str]:
    """An app served by uvicorn in a thread of this process on a free loopback port; yields its base URL once
    uvicorn says it has started (or fails when the thread died first)."""
    import threading

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
