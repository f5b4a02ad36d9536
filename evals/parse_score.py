"""Parse accuracy of reports against gold cells, per layout: cells exact, left unclear, wrong, and reading time.

    python -m evals.parse_score DIR [--jobs 2] [--json] [--ocr-cache DIR] [--progress]

DIR holds reports and ``gold/*.json`` (``reportqa synth`` writes both; each gold file names its ``layout``).
A wrong cell is one stated with a figure (or a blank) other than the printed one — the outcome that must not
happen; an unclear cell is one the reader left unresolved ("unclear in the print"). Time is wall-clock seconds per
report and per page (pages of PDFs; other files count as one page), CPU seconds beside it, and the part of it
spent reading pages with OCR. ``--ocr-cache`` keeps each scanned page's text (keyed by its image and the OCR code),
so the parser can be scored again on the same scans without reading them again; times of cached pages are not
counted as OCR time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from evals.scoring import cell_gold_value, compare_cell

OUTCOMES = ("exact", "unclear", "wrong", "missing")


def _pages(path: Path) -> int:
    if path.suffix.lower() != ".pdf":
        return 1
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def score_report(gold_path: Path, source: Path, ocr_cache: Path | None = None) -> dict:
    """One report: per-outcome counts, the first misses, and reading time (OCR's part of it beside)."""
    from indexing import ocr
    from indexing.parser import parse_file

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    counts = dict.fromkeys(OUTCOMES, 0)
    misses: list[str] = []
    clock = ocr.OcrClock()
    clock_token, cache_token = ocr.CLOCK.set(clock), ocr.PAGE_CACHE.set(ocr_cache)
    started, cpu = time.perf_counter(), time.process_time()
    try:
        report = parse_file(source)
        parsed = {(c.table, c.row, c.column): cell_gold_value(c) for c in report.cells}
        error = None
    except Exception as exc:  # a refused report: every cell missing, and the reason kept
        parsed, error = {}, f"{type(exc).__name__}: {exc}"
    finally:
        ocr.CLOCK.reset(clock_token)
        ocr.PAGE_CACHE.reset(cache_token)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    for table, rows in gold["cells"].items():
        for row, columns in rows.items():
            for column, expected in columns.items():
                got = parsed.get((table, row, column), "MISSING")
                outcome = compare_cell(expected, got)
                counts[outcome] += 1
                if outcome != "exact" and len(misses) < 20:
                    misses.append(
                        f"{gold['file']} {table}.{row}.{column}: expected {expected!r}, got {got!r} ({outcome})"
                    )
    return {
        "file": gold["file"],
        "layout": gold.get("layout", "gold"),
        "counts": counts,
        "misses": misses,
        "error": error,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "pages": _pages(source),
        "ocr_pages": clock.pages - clock.pages_from_cache,
        "ocr_seconds": clock.seconds,
        "ocr_cpu_seconds": clock.cpu_seconds,
    }


def _score(args: tuple[Path, Path, Path | None]) -> dict:
    return score_report(*args)


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def summarise(reports: list[dict]) -> dict:
    """Totals over all reports and per layout."""

    def totals(group: list[dict]) -> dict:
        counts = {k: sum(r["counts"][k] for r in group) for k in OUTCOMES}
        cells = sum(counts.values())
        pages = sum(r["pages"] for r in group)
        seconds = sum(r["seconds"] for r in group)
        return {
            "reports": len(group),
            "cells": cells,
            **counts,
            "accuracy": _ratio(counts["exact"], cells),
            "unclear_rate": _ratio(counts["unclear"] + counts["missing"], cells),
            "wrong_rate": _ratio(counts["wrong"], cells),
            "refused": sum(1 for r in group if r["error"]),
            "pages": pages,
            "seconds_per_report": _ratio(seconds, len(group)),
            "seconds_per_page": _ratio(seconds, pages),
            "cpu_seconds_per_page": _ratio(sum(r["cpu_seconds"] for r in group), pages),
            "ocr_pages": sum(r.get("ocr_pages", 0) for r in group),
            "ocr_seconds": sum(r.get("ocr_seconds", 0.0) for r in group),
            "ocr_cpu_seconds": sum(r.get("ocr_cpu_seconds", 0.0) for r in group),
            "seconds": seconds,
        }

    layouts: dict[str, list[dict]] = {}
    for r in reports:
        layouts.setdefault(r["layout"], []).append(r)
    summary = totals(reports)
    summary["correct"] = summary["exact"]
    summary["layouts"] = {name: totals(group) for name, group in sorted(layouts.items())}
    summary["misses"] = [m for r in reports for m in r["misses"]][:50]
    summary["errors"] = [f"{r['file']}: {r['error']}" for r in reports if r["error"]]
    return summary


def parse_accuracy(
    gold_files: list[Path],
    source_of: Callable[[dict], Path],
    jobs: int = 1,
    ocr_cache: Path | None = None,
    progress: Callable[[dict], None] | None = None,
) -> dict:
    """Every parsed cell against gold cells (hand-checked or generated), with per-layout figures."""
    pairs = []
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((gold_path, source_of(gold), ocr_cache))
    reports = []
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            scored = pool.map(_score, pairs)
            for report in scored:
                reports.append(report)
                if progress:
                    progress(report)
    else:
        for pair in pairs:
            reports.append(score_report(*pair))
            if progress:
                progress(reports[-1])
    return summarise(reports)


def layout_table(summary: dict) -> list[str]:
    """The per-layout figures as text lines (the CLI and the markdown report print them)."""
    lines = [
        f"{'layout':<12} {'reports':>7} {'cells':>7} {'exact':>8} {'unclear':>8} {'wrong':>6} {'wrong%':>7} "
        f"{'s/page':>7} {'cpu s/page':>10}"
    ]
    for name, t in summary["layouts"].items():
        lines.append(
            f"{name:<12} {t['reports']:>7} {t['cells']:>7} {t['accuracy']:>8.2%} {t['unclear_rate']:>8.2%} "
            f"{t['wrong']:>6} {t['wrong_rate']:>7.3%} {t['seconds_per_page']:>7.2f} {t['cpu_seconds_per_page']:>10.2f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Parse accuracy per layout against gold cells.")
    parser.add_argument("directory", type=Path, help="a folder of reports with gold/*.json (reportqa synth)")
    parser.add_argument("--jobs", type=int, default=1, help="reports read in parallel (OCR is CPU-bound)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--ocr-cache", type=Path, help="a folder keeping scanned pages' OCR text between runs")
    parser.add_argument("--progress", action="store_true", help="one line per report on stderr as it is scored")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1") if args.jobs > 1 else None
    gold_files = sorted((args.directory / "gold").glob("*.json"))
    if not gold_files:
        raise SystemExit(f"no gold/*.json under {args.directory}")

    def report_line(r: dict) -> None:
        c = r["counts"]
        print(
            f"{r['file']} {r['layout']} exact {c['exact']} unclear {c['unclear']} wrong {c['wrong']} "
            f"missing {c['missing']} {r['pages']} pages {r['seconds']:.1f} s (OCR {r['ocr_pages']} pages "
            f"{r['ocr_seconds']:.1f} s)",
            file=sys.stderr,
            flush=True,
        )

    summary = parse_accuracy(
        gold_files,
        lambda g: args.directory / g["file"],
        args.jobs,
        ocr_cache=args.ocr_cache,
        progress=report_line if args.progress else None,
    )
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    print("\n".join(layout_table(summary)))
    if summary["ocr_pages"]:
        print(
            f"OCR: {summary['ocr_pages']} pages in {summary['ocr_seconds']:.0f} s "
            f"({60 * summary['ocr_pages'] / summary['ocr_seconds']:.1f} pages a minute, "
            f"{summary['ocr_cpu_seconds'] / summary['ocr_pages']:.1f} CPU-s a page), "
            f"{_ratio(summary['ocr_seconds'], summary['seconds']):.1%} of the reading time"
        )
    for miss in summary["misses"][:20]:
        print("  " + miss)
    for error in summary["errors"]:
        print("  refused: " + error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
