"""Scale benchmark: index N synthetic reports, then measure answers in process, over HTTP and under load.

    python -m evals.bench.scale --reports 500 --mode embedded     # SQLite + embedded Chroma
    python -m evals.bench.scale --reports 500 --mode server       # PostgreSQL + a Chroma server, started here
    python -m evals.bench.scale --reuse /tmp/reportqa-scale-XXXX  # an indexed work folder: answers only

Prints: reports/minute, passages/s, indexing time ÷ pure embedding time, peak RSS of the indexer; figure and
narrative latency p50/p95 in process and over HTTP; then `reportqa serve --workers N` (default: one per core) under
32 keep-alive clients for 60 s per phase — figure questions alone, then narrative questions alone — with
requests/s, p50/p95 and errors against the issue's targets (figure ≥ 300/s, narrative ≥ 60/s, p95 ≤ 200 ms, no
errors), the server's CPU per answer, each worker's CPU seconds (how evenly the load was spread) and the load average
(the machine may be shared). A 5 s load over as many connections comes first, so that every worker has answered
before it is measured. The load comes from this process (one asyncio loop, ``http_load``) and only ever goes to
127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from evals.bench.answer_latency import percentile
from evals.bench.http_load import run_load
from evals.bench.load import print_load, rss_mb
from evals.bench.servers import free_port, wait_until_healthy
from evals.synth import generate

ROOT = Path(__file__).resolve().parents[2]
TARGET_REQUESTS_PER_S = {"figure": 300, "narrative": 60}  # issue 13, on a 2-core machine
TARGET_P95_MS = 200
WARM_UP_S = 5  # seconds of load before the measured phases, so that every worker has read the reports it answers on


def questions_of(folder: Path) -> list[tuple[str, str]]:
    items = [json.loads(line) for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [("figure" if i["kind"] in ("cell", "derived") else "narrative", i["question"]) for i in items]


def timed(ask, questions: list[tuple[str, str]]) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[float]] = {"figure": [], "narrative": []}
    for kind, question in questions:
        started = time.perf_counter()
        ask(question)
        out[kind].append((time.perf_counter() - started) * 1000)
    return out


def report(label: str, timings: dict[str, list[float]]) -> None:
    for kind, values in timings.items():
        if values:
            print(
                f"  {label:<10} {kind:<10} n={len(values):<5} p50 {percentile(values, 0.5):7.1f} ms   "
                f"p95 {percentile(values, 0.95):7.1f} ms"
            )


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def worker_pids(pid: int) -> list[int]:
    """The processes that answer: the server's children that run the app (not multiprocessing's resource tracker),
    or the server itself with one worker."""
    children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    workers = [c for c in children if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]
    return workers or [pid]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--mode", choices=["embedded", "server"], default="embedded")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--reuse", type=Path, help="a work folder of an earlier embedded run: skip indexing, measure answers"
    )
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="`reportqa serve --workers N`")
    parser.add_argument(
        "--phases", default="figure,narrative", help="load phases, each its own run: figure, narrative, mixed"
    )
    args = parser.parse_args()

    from indexing.pipeline import index_paths
    from service.answering import Answerer
    from service.components import build_stores
    from service.settings import load_settings

    work = args.reuse or Path(tempfile.mkdtemp(prefix="reportqa-scale-"))
    print(f"work folder {work}")
    env = {"REPORTQA_DATA_DIR": str(work / "data"), "HF_HUB_OFFLINE": "1"}
    servers = []
    if args.mode == "server":
        from evals.bench.servers import start_chroma, start_postgres

        postgres, chroma = start_postgres(), start_chroma()
        servers = [chroma, postgres]
        env |= {"REPORTQA_DATABASE_URL": postgres.url, "REPORTQA_CHROMA_URL": chroma.url}
    os.environ.update(env)
    try:
        settings = load_settings()
        stores = build_stores(settings)
        if args.reuse is None:
            generate(args.reports, work / "synth", seed=args.seed)
            started = time.perf_counter()
            summary = index_paths([work / "synth"], stores)
            total = time.perf_counter() - started
            embed = summary.seconds["embed"]
            print(
                f"mode {args.mode}: {summary.reports} reports, {summary.cells} cells, {summary.passages} passages, "
                f"errors {len(summary.errors)}"
            )
            print(
                f"  indexing {total:.0f} s = {summary.reports / total * 60:.1f} reports/min, "
                f"{summary.passages / total:.1f} passages/s"
            )
            print("  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in summary.seconds.items()))
            print(f"  indexing time / pure embedding time = {total / embed:.3f}")
            print(f"  indexer peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        else:
            counts = stores.tables.counts()
            print(f"mode {args.mode}, reusing {work}: {counts['reports']} reports, {counts['passages']} passages")

        questions = questions_of(work / "synth")
        answerer = Answerer(stores)
        for _, q in questions[:30]:
            answerer.ask(q)  # warm-up
        report("in process", timed(answerer.ask, questions[:400]))

        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers", str(args.workers)],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_healthy(base, 300)
            # warm-up over as many connections as the load: one keep-alive connection reaches one worker only
            run_load(base, questions, args.clients, WARM_UP_S)
            with httpx.Client(timeout=30) as client:

                def ask_http(q: str) -> None:
                    client.post(f"{base}/api/ask", json={"question": q}).raise_for_status()

                report("over HTTP", timed(ask_http, questions[:400]))
            print(f"  serving with {args.workers} worker(s) on {os.cpu_count()} cores; load from this process")
            workers = worker_pids(server.pid)
            for phase in args.phases.split(","):
                asked = [(kind, q) for kind, q in questions if phase in (kind, "mixed")]
                before, load_before = {w: cpu_seconds(w) for w in workers}, os.getloadavg()[0]
                client_before = time.process_time()
                result = run_load(base, asked, args.clients, args.seconds)
                client_ms = (time.process_time() - client_before) / max(1, result.answered) * 1000
                print_load(f"{phase} questions", result, args.clients)
                spent = {w: cpu_seconds(w) - before[w] for w in workers}
                server_ms = sum(spent.values()) / max(1, result.answered) * 1000
                print(
                    f"  CPU per answer: server {server_ms:.2f} ms, load generator {client_ms:.2f} ms; CPU seconds per "
                    f"worker {', '.join(f'{v:.1f}' for v in spent.values())} of {result.seconds:.0f} s; "
                    f"load average {load_before:.2f} → {os.getloadavg()[0]:.2f} (other jobs on the machine count)"
                )
                p95 = percentile([ms for v in result.latencies.values() for ms in v], 0.95) if result.answered else 0
                target = TARGET_REQUESTS_PER_S.get(phase)
                if target:
                    met = result.requests_per_second >= target and p95 <= TARGET_P95_MS and not result.errors
                    print(
                        f"  target {phase}: ≥ {target} requests/s, p95 ≤ {TARGET_P95_MS} ms, 0 errors → "
                        + ("met" if met else "not met")
                    )
            print(f"  serving processes' RSS now {rss_mb(server.pid):.0f} MB")
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        for s in servers:
            s.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
