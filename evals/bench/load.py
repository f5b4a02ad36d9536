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
from evals.bench.servers import free_port, wait_until_healthy

MAX_REQUESTS = 100_000
TOKEN = "load-bench-admin-token-0123456789abcdef"  # REPORTQA_ADMIN_TOKEN needs 32 characters
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
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--reports", type=int, default=len(INDEXED), help="how many corpus reports to index first")
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "corpus")
    args = parser.parse_args()
    assert len(QUESTIONS["long"][0]) == 1000, len(QUESTIONS["long"][0])

    data = Path(tempfile.mkdtemp(prefix="reportqa-load-"))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "REPORTQA_DATA_DIR": str(data), "REPORTQA_ADMIN_TOKEN": TOKEN}
    files = [str(args.corpus / name) for name in INDEXED[: args.reports]]
    subprocess.run(
        [sys.executable, "-m", "service.cli", "index", "--quiet", *files],
        env=env,
        check=True,
        capture_output=True,
        timeout=1800,
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_healthy(base, 120)
        for kind in QUESTIONS:  # warm-up: models loaded, indexes read; not measured
            httpx.post(f"{base}/api/ask", json={"question": QUESTIONS[kind][0]}, timeout=60)
        rss_start = rss_mb(server.pid)
        result = run_load(base, args.clients, args.seconds, args.corpus / UPLOADED, server.pid)
        time.sleep(5)  # let the last requests' memory go back
        rss_end = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)

    latencies, errors, elapsed, upload, rss_peak = result
    total = sum(len(v) for v in latencies.values())
    print(
        f"  load       {args.clients} clients × {elapsed:.0f} s, {args.reports} reports indexed, one upload during the "
        f"load: {total} ok, {len(errors)} errors, {total / elapsed:.1f} requests/s"
        + (f"; errors: {sorted(set(errors))[:5]}" if errors else "")
    )
    for kind, values in latencies.items():
        if values:
            print(
                f"  {kind:<10} {len(values):>6} answers, p50 {percentile(values, 0.5):.0f} ms, "
                f"p95 {percentile(values, 0.95):.0f} ms"
            )
    print(f"  upload     {upload}")
    change = (rss_end - rss_start) / rss_start * 100 if rss_start else 0.0
    print(f"  server RSS {rss_start:.0f} MB before, {rss_peak:.0f} MB peak, {rss_end:.0f} MB after ({change:+.1f}%)")
    return 0 if not errors else 1


def run_load(base: str, clients: int, seconds: int, upload_file: Path, pid: int):  # type: ignore[no-untyped-def]
    kinds = list(QUESTIONS)
    latencies: dict[str, list[float]] = {kind: [] for kind in kinds}
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    upload_result: list[str] = ["not done"]
    peak = [rss_mb(pid)]

    def client(offset: int) -> None:
        with httpx.Client(timeout=60) as http:
            i = offset
            while time.monotonic() < deadline:
                with lock:
                    if sum(len(v) for v in latencies.values()) + len(errors) >= MAX_REQUESTS:
                        return
                kind = kinds[i % len(kinds)]
                question = QUESTIONS[kind][(i // len(kinds)) % len(QUESTIONS[kind])]
                started = time.perf_counter()
                try:
                    response = http.post(f"{base}/api/ask", json={"question": question})
                    ok, detail = response.status_code == 200, f"{kind} {response.status_code}"
                except httpx.HTTPError as exc:
                    ok, detail = False, f"{kind} {type(exc).__name__}"
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    (latencies[kind].append(elapsed) if ok else errors.append(detail))
                i += 1

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

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    threads += [threading.Thread(target=uploader), threading.Thread(target=sample_rss)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.monotonic() - started, upload_result[0], peak[0]


if __name__ == "__main__":
    raise SystemExit(main())
