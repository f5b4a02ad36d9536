"""Real PostgreSQL and Chroma servers on loopback, started and stopped by the tests and the benchmarks
(`make test` installs PostgreSQL from Debian; Chroma comes with chromadb)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

PG_BIN = Path("/usr/lib/postgresql")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(base_url: str, seconds: float = 60) -> None:
    """Poll /healthz until a reportqa server on loopback answers."""
    deadline = time.monotonic() + seconds
    with httpx.Client(timeout=1) as client:  # one client: httpx.get builds one, SSL context and all, per call
        while time.monotonic() < deadline:
            try:
                if client.get(f"{base_url}/healthz").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)  # after a refused connection and after a non-200 answer alike
    raise TimeoutError(f"{base_url} did not become healthy in {seconds} s")


def pg_bin(tool: str) -> str:
    versions = sorted(PG_BIN.glob("*/bin"), key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    if not versions:
        raise RuntimeError("PostgreSQL is not installed: run `make test` (it installs Debian's postgresql)")
    return str(versions[-1] / tool)


@dataclass
class Postgres:
    url: str
    data_dir: Path
    user_prefix: list[str]

    def stop(self) -> None:
        subprocess.run(
            [*self.user_prefix, pg_bin("pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def start_postgres() -> Postgres:
    """initdb in a fresh folder and start on a free loopback port (as the postgres user when running as root)."""
    root = Path(tempfile.mkdtemp(prefix="reportqa-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        for path in (root, sockets):
            os.chown(path, pw.pw_uid, pw.pw_gid)
        os.chmod(root, 0o755)
        prefix = ["runuser", "-u", "postgres", "--"]
    user = "postgres" if prefix else pwd.getpwuid(os.geteuid()).pw_name
    subprocess.run(
        [*prefix, pg_bin("initdb"), "-D", str(data), "-U", user, "--auth=trust", "-E", "UTF8", "--locale=C"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = free_port()
    subprocess.run(
        [
            *prefix,
            pg_bin("pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(root / "log"),
            "-o",
            f"-p {port} -h 127.0.0.1 -k {sockets}",
            "start",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    subprocess.run(
        [*prefix, pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", user, "reportqa"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return Postgres(f"postgresql+psycopg://{user}@127.0.0.1:{port}/reportqa", data, prefix)


@dataclass
class ChromaServer:
    url: str
    process: subprocess.Popen
    path: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.path, ignore_errors=True)


def start_chroma() -> ChromaServer:
    path = Path(tempfile.mkdtemp(prefix="reportqa-chroma-"))
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    with httpx.Client(timeout=1) as client:  # one client: httpx.get builds one, SSL context and all, per call
        while time.monotonic() < deadline:
            try:
                if client.get(f"{url}/api/v2/heartbeat").status_code == 200:
                    return ChromaServer(url, process, path)
            except httpx.HTTPError:
                time.sleep(0.3)
    process.kill()
    raise RuntimeError("the Chroma server did not start")
