"""RapidOCR against Tesseract on the same scanned pages: table cells exact, unclear and wrong, and seconds per page.

    python -m evals.ocr_engines [--synth-dir DIR] [--limit N] [--engines rapidocr,tesseract] [--json]

Both engines run behind the same page reading (``indexing.ocr``: the ruled grid, one recognition per cell line,
doubtful figures unclear, the table's arithmetic), so only the recogniser differs. Pages:

- ``hongze-district_2023.pdf`` of the shared corpus (a real PDF) rendered and scanned, scored against
  ``evals/gold/hongze-district_2023.json``;
- the seed report ``corpus/hongkou-district_2021.txt`` printed with national-layout tables and scanned, scored
  against ``evals/gold/hongkou-district_2021.json``;
- with ``--synth-dir``, the scans of a ``reportqa synth --layouts scan`` folder (the first ``--limit``).

Tesseract comes from Debian (``make ocr-deps``). Time is wall-clock per page and CPU per page including the
``tesseract`` child processes; OMP_THREAD_LIMIT=1 keeps Tesseract to one thread, as ONNX Runtime is kept by
OMP_NUM_THREADS=1 when set.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
from pathlib import Path

from evals.parse_score import OUTCOMES, score_report
from evals.published import PrintStyle, ScanStyle, report_as_pdf, to_scan

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "evals" / "gold"
SEED = ROOT / "corpus" / "hongkou-district_2021.txt"
SCAN = ScanStyle(dpi=200, angle=0.8, noise=7.0, specks=0.0003, blur=0.6, jpeg_quality=70)


def corpus_scans(folder: Path, shared_corpus: Path) -> list[tuple[Path, Path]]:
    """(gold, scanned PDF) for the corpus's real PDF and for the seed printed in national-layout tables."""
    folder.mkdir(parents=True, exist_ok=True)
    pairs = []
    hongze = shared_corpus / "hongze-district_2023.pdf"
    if hongze.exists():
        target = folder / "hongze-district_2023.scan.pdf"
        target.write_bytes(to_scan(hongze.read_bytes(), SCAN, seed=1))
        pairs.append((GOLD_DIR / "hongze-district_2023.json", target))
    gold_path = GOLD_DIR / "hongkou-district_2021.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    target = folder / "hongkou-district_2021.scan.pdf"
    target.write_bytes(to_scan(report_as_pdf(SEED, gold, PrintStyle(number_font="serif")), SCAN, seed=2))
    pairs.append((gold_path, target))
    return pairs


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(engine: str, pairs: list[tuple[Path, Path]]) -> dict:
    from indexing import ocr

    token = ocr.ENGINE.set(engine)
    try:
        ocr.get_engine_for(engine)  # models loaded before the clock starts
        reports = []
        for gold, source in pairs:
            cpu = _cpu()
            result = score_report(gold, source)
            result["cpu_seconds"] = _cpu() - cpu
            result["source"] = source.name
            reports.append(result)
    finally:
        ocr.ENGINE.reset(token)
    counts = {k: sum(r["counts"][k] for r in reports) for k in OUTCOMES}
    cells = sum(counts.values())
    pages = sum(r["pages"] for r in reports)
    return {
        "engine": engine,
        "reports": len(reports),
        "pages": pages,
        "cells": cells,
        **counts,
        "accuracy": counts["exact"] / cells if cells else 0.0,
        "unclear_rate": (counts["unclear"] + counts["missing"]) / cells if cells else 0.0,
        "seconds_per_page": sum(r["seconds"] for r in reports) / pages if pages else 0.0,
        "cpu_seconds_per_page": sum(r["cpu_seconds"] for r in reports) / pages if pages else 0.0,
        "per_report": [
            {"file": r["source"], **r["counts"], "pages": r["pages"], "seconds": round(r["seconds"], 1)}
            for r in reports
        ],
        "misses": [m for r in reports for m in r["misses"]][:30],
    }


def main(argv: list[str] | None = None) -> int:
    import os

    from evals.runner import shared_corpus_dir

    parser = argparse.ArgumentParser(description="RapidOCR vs Tesseract on the same scanned pages.")
    parser.add_argument("--synth-dir", type=Path, help="a `reportqa synth --layouts scan` folder")
    parser.add_argument("--limit", type=int, default=10, help="synthetic scans to read (OCR is slow on 2 cores)")
    parser.add_argument("--engines", default="rapidocr,tesseract")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    with tempfile.TemporaryDirectory() as tmp:
        pairs = corpus_scans(Path(tmp), shared_corpus_dir())
        if args.synth_dir:
            golds = sorted((args.synth_dir / "gold").glob("*.json"))
            scans = [g for g in golds if json.loads(g.read_text(encoding="utf-8")).get("layout") == "scan"]
            pairs += [
                (g, args.synth_dir / json.loads(g.read_text(encoding="utf-8"))["file"]) for g in scans[: args.limit]
            ]
        results = [measure(engine, pairs) for engine in args.engines.split(",")]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    print(f"{len(pairs)} scanned reports, {results[0]['pages']} pages")
    print(f"{'engine':<10} {'cells':>6} {'exact':>8} {'unclear':>8} {'wrong':>6} {'s/page':>7} {'cpu s/page':>10}")
    for r in results:
        print(
            f"{r['engine']:<10} {r['cells']:>6} {r['accuracy']:>8.2%} {r['unclear_rate']:>8.2%} {r['wrong']:>6} "
            f"{r['seconds_per_page']:>7.2f} {r['cpu_seconds_per_page']:>10.2f}"
        )
        for item in r["per_report"]:
            print(f"    {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
