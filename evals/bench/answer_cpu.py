"""CPU per answer, in one process and one thread, by kind (figure / narrative) — the cost that sets how many
requests a second a worker serves (a benchmark that prints, not a test).

    python -m evals.bench.answer_cpu --data-dir /tmp/reportqa-scale-XXXX/data \
        --questions /tmp/reportqa-scale-XXXX/synth/questions.jsonl
    python -m evals.bench.answer_cpu --data-dir DIR --questions evals/sets/blind5.jsonl --profile figure

Questions are JSON lines with ``kind`` (cell, derived → figure; narrative) and ``question``. Process CPU time is
measured per answer (not wall time: the machine may be shared). ``--profile KIND`` prints cProfile's top functions
for that kind's questions. The embedder runs on one thread, as in a `serve --workers N` worker.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import time
from pathlib import Path

FIGURE_KINDS = ("cell", "derived")


def load_questions(paths: list[Path]) -> list[tuple[str, str]]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                kind = "figure" if item.get("kind") in FIGURE_KINDS else item.get("kind")
                if kind in ("figure", "narrative") and item.get("question"):
                    out.append((kind, item["question"]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, nargs="+", required=True)
    parser.add_argument("--limit", type=int, default=1000, help="questions of each kind")
    parser.add_argument("--profile", choices=["figure", "narrative"])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument(
        "--rounds", type=int, default=2, help="passes over the questions: the first reads each report's cells cold"
    )
    args = parser.parse_args()
    os.environ.setdefault("REPORTQA_EMBEDDING_THREADS", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from service.answering import Answerer
    from service.components import build_stores
    from service.settings import load_settings

    answerer = Answerer(build_stores(load_settings(data_dir=args.data_dir)))
    questions = load_questions(args.questions)
    by_kind = {k: [q for kind, q in questions if kind == k][: args.limit] for k in ("figure", "narrative")}
    for kind in by_kind:
        for q in by_kind[kind][:20]:
            answerer.ask(q)  # warm-up: jieba, indexes, the model, SQLite pages
    counts = answerer.stores.tables.counts()
    print(f"store: {counts['reports']} reports, {counts['passages']} passages; load average {os.getloadavg()[0]:.2f}")
    for (kind, asked), round_ in ((item, r) for item in by_kind.items() for r in range(1, args.rounds + 1)):
        if not asked:
            continue
        profiler = cProfile.Profile() if args.profile == kind and round_ == args.rounds else None
        cpu: list[float] = []
        for q in asked:
            started = time.process_time()
            if profiler:
                profiler.enable()
            answerer.ask(q)
            if profiler:
                profiler.disable()
            cpu.append((time.process_time() - started) * 1000)
        ordered = sorted(cpu)
        print(
            f"{kind:<10} round {round_} n={len(cpu):<5} CPU per answer: mean {statistics.mean(cpu):6.2f} ms   "
            f"p50 {ordered[len(ordered) // 2]:6.2f} ms   p95 {ordered[int(0.95 * (len(ordered) - 1))]:6.2f} ms"
        )
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
