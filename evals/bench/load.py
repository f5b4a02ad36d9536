"""HTTP load on a real `reportqa serve` on loopback, while a report is uploaded and indexed.

    python -m evals.bench.load                        # 32 clients × 60 s, its own server over the shared corpus
    python -m evals.bench.load --clients 8 --seconds 20 --reports 4

The benchmark indexes some reports of the shared corpus into a fresh data directory, starts `reportqa serve`,
and has N clients ask a mix of figure, narrative and 1,000-character questions for a fixed time; a little after the
start one client uploads another report (so answers are measured while it is parsed and embedded). It reports the
errors (target 0), p50/p95 per kind, and the server's RSS before, at the peak and after the load (target: back within
10% of where it started). Bounded in time and count (at most 100,000 requests), and only ever sent to loopback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from evals.bench.answer_latency import percentile
from evals.bench.http_load import LoadResult, run_load
from evals.bench.servers import free_port, wait_until_healthy

TOKEN = "load-bench-token-" + "0" * 24  # REPORTQA_ADMIN_TOKEN needs 32 characters
QUESTIONS = {
    "figure": [
        "虹口区2021年收到多少政府信息公开申请？",
        "平潭2022年行政复议结果维持多少件",
        "上海市政府办公厅2019年予以公开多少件",
    ],
    "narrative": [
        "虹口区在哪些商圈推动信息公开？",
        "平潭2022年政府信息公开工作存在哪些问题？",
        "上海市政府办公厅2019年主动公开了哪些内容？",
    ],
    "long": [("虹口区2021年在哪些方面推动政府信息公开工作" + "，请详细说明" * 170)[:1000]],  # 1,000 characters
}
INDEXED = [
    "hongkou-district_2021.txt",
    "pingtan_2022.txt",
    "pingtan_2023.txt",
    "shanghai-municipal-office_2019.txt",
    "pingtan_2021.txt",
    "huaian-city_2024.txt",
]
UPLOADED = "pingtan_2024.txt"


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the workers of `serve --workers N`)."""
    total = 0.0
    for process in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{process}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def _children(pid: int) -> list[int]:
    """Every descendant: a child started by any thread (the upload parser is started from a request's thread, and
    /proc/PID/task/PID/children lists only the main thread's children)."""
    direct: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            try:
                direct += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
    except OSError:
        return []
    return direct + [g for c in direct for g in _children(c)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--reports", type=int, default=len(INDEXED), help="how many corpus reports to index first")
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "corpus")
    parser.add_argument("--workers", type=int, default=1, help="`reportqa serve --workers N`")
    args = parser.parse_args()
    assert len(QUESTIONS["long"][0]) == 1000, len(QUESTIONS["long"][0])

    data = Path(tempfile.mkdtemp(prefix="reportqa-load-"))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "REPORTQA_DATA_DIR": str(data), "REPORTQA_ADMIN_TOKEN": TOKEN}
    files = [str(args.corpus / name) for name in INDEXED[: args.reports]]
    indexing = subprocess.run(
        [sys.executable, "-m", "service.cli", "index", "--quiet", *files],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if indexing.returncode != 0:
        shutil.rmtree(data, ignore_errors=True)
        raise SystemExit(f"indexing the reports failed:\n{indexing.stderr[-2000:]}")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers", str(args.workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_healthy(base, 120)
        for kind in QUESTIONS:  # warm-up: models loaded, indexes read; not measured
            for _ in range(args.workers * 2):
                httpx.post(f"{base}/api/ask", json={"question": QUESTIONS[kind][0]}, timeout=60)
        rss_start = rss_mb(server.pid)
        result, upload, rss_peak = load_during_upload(
            base, args.clients, args.seconds, args.corpus / UPLOADED, server.pid
        )
        time.sleep(5)  # let the last requests' memory go back
        rss_end = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)

    print_load(
        f"{args.reports} reports indexed, {args.workers} worker(s), one upload during the load", result, args.clients
    )
    print(f"  upload     {upload}")
    change = (rss_end - rss_start) / rss_start * 100 if rss_start else 0.0
    print(f"  server RSS {rss_start:.0f} MB before, {rss_peak:.0f} MB peak, {rss_end:.0f} MB after ({change:+.1f}%)")
    return 0 if not result.errors else 1


def print_load(label: str, result: LoadResult, clients: int) -> None:
    print(
        f"  load       {clients} clients × {result.seconds:.0f} s, {label}: {result.answered} ok, "
        f"{len(result.errors)} errors, {result.requests_per_second:.1f} requests/s"
        + (f"; errors: {sorted(set(result.errors))[:5]}" if result.errors else "")
    )
    for kind, values in result.latencies.items():
        if values:
            print(
                f"  {kind:<10} {len(values):>6} answers, p50 {percentile(values, 0.5):.0f} ms, "
                f"p95 {percentile(values, 0.95):.0f} ms"
            )


def load_during_upload(base: str, clients: int, seconds: int, upload_file: Path, pid: int):  # type: ignore[no-untyped-def]
    """The question load (one asyncio loop) while a thread uploads a report and another samples the server's RSS;
    RSS is summed over the server's worker processes."""
    upload_result: list[str] = ["not done"]
    peak = [rss_mb(pid)]
    deadline = time.monotonic() + seconds

    def uploader() -> None:
        time.sleep(min(3.0, seconds / 4))
        started = time.perf_counter()
        response = httpx.post(
            f"{base}/api/reports",
            files={"file": (upload_file.name, upload_file.read_bytes())},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=600,
        )
        upload_result[0] = f"{upload_file.name}: {response.status_code} in {time.perf_counter() - started:.1f} s"

    def sample_rss() -> None:
        while time.monotonic() < deadline:
            peak[0] = max(peak[0], rss_mb(pid))
            time.sleep(0.5)

    threads = [threading.Thread(target=uploader), threading.Thread(target=sample_rss)]
    for t in threads:
        t.start()
    questions = [(kind, QUESTIONS[kind][i % len(QUESTIONS[kind])]) for i in range(3) for kind in QUESTIONS]
    result = run_load(base, questions, clients, seconds)
    for t in threads:
        t.join()
    return result, upload_result[0], peak[0]


if __name__ == "__main__":
    raise SystemExit(main())
