"""Answer latency per question kind, in one process after warm-up (a benchmark that prints, not a test).

    python -m evals.bench.answer_latency [--data-dir DIR] [--repeat 3]

The data dir must hold the indexed shared corpus. Questions come from evals/sets/handwritten.jsonl.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

from service.answering import Answerer
from service.components import build_stores
from service.settings import load_settings

SET = Path(__file__).resolve().parents[1] / "sets" / "handwritten.jsonl"
FIGURE_KINDS = ("cell", "derived")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = load_settings(**({"data_dir": args.data_dir} if args.data_dir else {}))
    answerer = Answerer(build_stores(settings))
    items = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = [(i["kind"], i["question"]) for i in items if i["kind"] != "followup"]
    for _, q in questions[:20]:  # warm-up: jieba, BM25 and vector indexes, SQLite pages
        answerer.ask(q)
    timings: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.repeat):
        for kind, question in questions:
            started = time.perf_counter()
            answerer.ask(question)
            group = "figure" if kind in FIGURE_KINDS else kind
            timings[group].append((time.perf_counter() - started) * 1000)
    counts = answerer.stores.tables.counts()
    print(f"store: {counts['reports']} reports, {counts['passages']} passages; {args.repeat} rounds")
    print(f"{'kind':<14}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}")
    for kind, values in sorted(timings.items()):
        print(
            f"{kind:<14}{len(values):>6}{percentile(values, 0.5):>10.1f}{percentile(values, 0.95):>10.1f}"
            f"{statistics.mean(values):>10.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
