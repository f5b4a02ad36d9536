"""HTTP load from a second process: N concurrent clients ask a mix of questions for a fixed time.

    python -m evals.bench.load http://127.0.0.1:8000 QUESTIONS.jsonl --clients 32 --seconds 60

Bounded in time and in count (at most 100,000 requests), and only ever sent to loopback.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

from evals.bench.answer_latency import percentile

MAX_REQUESTS = 100_000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("questions", type=Path)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    host = urlparse(args.base_url).hostname or ""
    if not (host.startswith("127.") or host in ("localhost", "::1")):
        raise SystemExit("load is only ever sent to loopback")
    lines = args.questions.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds

    def client(offset: int) -> None:
        with httpx.Client(timeout=30) as http:
            i = offset
            while time.monotonic() < deadline:
                with lock:
                    if len(latencies) + len(errors) >= MAX_REQUESTS:
                        return
                started = time.perf_counter()
                try:
                    response = http.post(f"{args.base_url}/api/ask", json={"question": questions[i % len(questions)]})
                    ok = response.status_code == 200
                    detail = str(response.status_code)
                except httpx.HTTPError as exc:
                    ok, detail = False, type(exc).__name__
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    (latencies.append(elapsed) if ok else errors.append(detail))
                i += args.clients

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    print(f"  load       {args.clients} clients × {elapsed:.0f} s: {len(latencies)} ok, {len(errors)} errors, "
          f"{len(latencies) / elapsed:.1f} requests/s, p50 {percentile(latencies, 0.5):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms"
          + (f"; errors: {sorted(set(errors))[:5]}" if errors else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
