"""Run a question set through the answering service (the code path of POST /api/ask) and print the score.

    python -m evals.run_set evals/sets/handwritten.jsonl [--data-dir DIR]

The data dir must hold the indexed shared corpus (`reportqa index ../shared/corpus/*.txt ../shared/corpus/*.md`).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from evals.scoring import Score, score_answer
from service.answering import Answerer
from service.components import build_stores
from service.settings import load_settings


def run(path: Path, answerer: Answerer) -> tuple[list[Score], list[float]]:
    scores: list[Score] = []
    latencies: list[float] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        turns = item["turns"] if item["kind"] == "followup" else [item]
        conversation = f"eval-{item['id']}"
        for n, turn in enumerate(turns, 1):
            started = time.perf_counter()
            answer = answerer.ask(turn["question"], conversation)
            latencies.append((time.perf_counter() - started) * 1000)
            expected = turn["expected"]
            scores.append(
                score_answer(
                    f"{item['id']}#{n}" if len(turns) > 1 else item["id"],
                    item["kind"],
                    turn["question"],
                    expected,
                    answer,
                    issuer=expected.get("issuer", item.get("issuer")) if "value" in expected and "ranking" not in expected else None,
                    year=expected.get("year", item.get("year")) if "value" in expected and "ranking" not in expected else None,
                )
            )
    return scores, latencies


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("set", type=Path)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    settings = load_settings(**({"data_dir": args.data_dir} if args.data_dir else {}))
    answerer = Answerer(build_stores(settings))
    answerer.ask("预热")  # warm-up: jieba dictionary, first queries
    scores, latencies = run(args.set, answerer)
    by_kind: dict[str, list[Score]] = defaultdict(list)
    for s in scores:
        by_kind[s.kind].append(s)
    for kind, items in sorted(by_kind.items()):
        right = sum(s.correct for s in items)
        print(f"{kind:<13} {right:>4}/{len(items):<4} {right / len(items):.1%}")
    figure_kinds = [s for s in scores if s.kind in ("cell", "derived", "followup")]
    right = sum(s.correct for s in figure_kinds)
    print(f"{'figures':<13} {right:>4}/{len(figure_kinds):<4} {right / len(figure_kinds):.1%}   (cell + derived + follow-up turns)")
    narrative = [s for s in scores if s.kind == "narrative"]
    if narrative:
        hit5 = sum(s.hit_rank is not None and s.hit_rank <= 5 for s in narrative)
        print(f"narrative hit@5 {hit5}/{len(narrative)}")
    latencies.sort()
    print(f"latency ms p50 {latencies[len(latencies) // 2]:.1f} p95 {latencies[int(len(latencies) * 0.95)]:.1f}")
    misses = [s for s in scores if not s.correct]
    print(f"\n{len(misses)} misses:")
    for s in misses:
        print(f"  {s.item_id} [{s.kind}] {s.question}\n      expected {s.expected}\n      got      {s.got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
