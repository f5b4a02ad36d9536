"""The indexing job: read → parse → check → passages → embed → write both stores → rebuild BM25.

A file that cannot be read or is not a report is reported by name and skipped; nothing already stored changes
because of it. Each report is written whole: the vector store first, then the table store in one transaction.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from indexing.metadata import NotAReport
from indexing.parser import parse_file
from indexing.passages import build_passages
from indexing.readers import UnreadableReport, supported_suffixes
from indexing.stores import Stores

EMBED_BATCH = 32


@dataclass
class IndexSummary:
    reports: int = 0
    unchanged: int = 0
    cells: int = 0
    failed_checks: int = 0
    passages: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: {"parse": 0.0, "embed": 0.0, "write": 0.0, "bm25": 0.0})
    errors: list[str] = field(default_factory=list)
    indexed: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Files as given, folders walked for report files; missing paths become errors."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in supported_suffixes()))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or folder")
    return files, errors


def index_paths(
    paths: Iterable[Path], stores: Stores, *, force: bool = False, progress: bool = False
) -> IndexSummary:
    summary = IndexSummary()
    files, summary.errors = expand_paths(paths)
    bar = tqdm(files, desc="indexing", unit="report", disable=not progress)
    for path in bar:
        bar.set_postfix_str(path.name)
        started = time.perf_counter()
        try:
            report = parse_file(path)
        except (UnreadableReport, NotAReport) as exc:
            summary.errors.append(str(exc))
            continue
        passages = build_passages(report)
        summary.seconds["parse"] += time.perf_counter() - started

        if not force and stores.tables.content_hash(report.report_id) == report.content_hash:
            summary.unchanged += 1
            continue

        started = time.perf_counter()
        vectors: list[list[float]] = []
        texts = [p.embed_text for p in passages]
        for start in range(0, len(texts), EMBED_BATCH):
            vectors.extend(stores.embedder.embed_passages(texts[start : start + EMBED_BATCH]))
        summary.seconds["embed"] += time.perf_counter() - started

        started = time.perf_counter()
        stores.vectors.replace_report(report.report_id, passages, vectors)
        stores.tables.replace_report(report, passages)
        summary.seconds["write"] += time.perf_counter() - started

        failed = sum(c.status == "failed" for c in report.checks)
        summary.reports += 1
        summary.cells += len(report.cells)
        summary.failed_checks += failed
        summary.passages += len(passages)
        summary.indexed.append(
            {
                "report_id": report.report_id,
                "file": str(path),
                "issuer": report.issuer,
                "year": report.year,
                "format": report.format_version,
                "cells": len(report.cells),
                "unresolved": sum(c.kind == "unresolved" for c in report.cells),
                "failed_checks": failed,
                "warnings": report.warnings,
            }
        )
    if summary.reports:
        started = time.perf_counter()
        stores.bm25.rebuild(stores.tables.passages())
        summary.seconds["bm25"] += time.perf_counter() - started
    return summary


def delete_report(report_id: str, stores: Stores) -> bool:
    stores.vectors.delete_report(report_id)
    removed = stores.tables.delete_report(report_id)
    stores.bm25.rebuild(stores.tables.passages())
    return removed
