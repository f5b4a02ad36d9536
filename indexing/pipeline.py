"""The indexing job: read → parse → check → passages → embed → write both stores → rebuild BM25.

A file that cannot be read or is not a report is reported by name and skipped; nothing already stored changes
because of it. A report is in both stores or in neither, for readers: its new vectors are added under new ids
first, then one table-store transaction switches the report to them (the table store is what readers trust:
retrieval ignores ids it does not list), and only then are the old vectors removed. A run killed anywhere leaves
the previous version intact and queryable; the next run reconciles the vector store and the BM25 index with the
table store and completes.
"""

from __future__ import annotations

import fcntl
import os
import signal
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import IO

from tqdm import tqdm
from typing_extensions import TypedDict

from indexing.body_names import same_body, split_name
from indexing.checks import run_checks
from indexing.legacy import apply_cumulative_chain
from indexing.metadata import NotAReport
from indexing.models import Cell, CheckResult, Report, SectionText
from indexing.national_format import LEGACY, cell_label, report_format
from indexing.parser import parse_file
from indexing.passages import Passage, build_passages
from indexing.readers import ReadLimits, UnreadableReport, supported_suffixes
from indexing.stores import Stores
from indexing.stores.records import ReportDetail, StoredCell

# Reports are parsed ahead and embedded together, about this many passages at a time: one report's passages
# alone make ragged batches (a CPU pads short ones to the longest; a GPU idles between small calls).
EMBED_GROUP_PASSAGES = 512  # passages that get vectors


# The stages a report passes through on its way into the stores, in order (an upload starts at "received").
WRITE_STAGES = ("received", "parsed", "vectors_added", "cells_written", "switched", "old_vectors_removed")
KILL_AT_STAGE_VARIABLE = "REPORTQA_TEST_KILL_AT_STAGE"  # tests only: see stage_reached


def stage_reached(stage: str) -> None:
    """For the fault tests only (tests/test_faults.py): with REPORTQA_TEST_KILL_AT_STAGE set to a stage of
    WRITE_STAGES, the process kills itself with SIGKILL on reaching it, exactly as `kill -9` or a power cut there
    would. Unset, as it always is outside the tests, this is one dictionary lookup."""
    if os.environ.get(KILL_AT_STAGE_VARIABLE) == stage:
        os.kill(os.getpid(), signal.SIGKILL)


class WriterBusy(RuntimeError):
    """Another writer (an indexing run, another worker's upload) held the one-writer lock for longer than a
    writer was willing to wait."""


class FailedCheck(TypedDict):
    check_id: str
    description: str
    details: str


class ReportSummary(TypedDict):
    """What a user is told about a parsed report: counts, unresolved cells, failed checks, warnings."""

    report_id: str
    file: str
    issuer: str
    year: int
    format: str
    cells: int
    unresolved: int
    failed_checks: int
    failed: list[FailedCheck]
    passages: int
    warnings: list[str]


class ChangedCell(TypedDict):
    table: str
    row: str
    column: str
    label: str
    old: float | int | str | None
    new: float | int | str | None


class Replacement(TypedDict):
    """What replacing a stored report changed."""

    previous_content_hash: str
    changed_cells: list[ChangedCell]
    newly_failed_checks: list[FailedCheck]


@dataclass
class IndexSummary:
    reports: int = 0
    unchanged: int = 0
    cells: int = 0
    failed_checks: int = 0
    passages: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: {"parse": 0.0, "embed": 0.0, "write": 0.0, "bm25": 0.0})
    errors: list[str] = field(default_factory=list)
    indexed: list[ReportSummary] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def add(self, report: Report, file: str, passages: int) -> None:
        failed = sum(c.status == "failed" for c in report.checks)
        self.reports += 1
        self.cells += len(report.cells)
        self.failed_checks += failed
        self.passages += passages
        self.indexed.append(report_summary(report, file, passages))


def report_summary(report: Report, file: str, passages: int) -> ReportSummary:
    return {
        "report_id": report.report_id,
        "file": file,
        "issuer": report.issuer,
        "year": report.year,
        "format": report.format_version,
        "cells": len(report.cells),
        "unresolved": sum(c.kind == "unresolved" for c in report.cells),
        "failed_checks": sum(c.status == "failed" for c in report.checks),
        "failed": [
            {"check_id": c.check_id, "description": c.description, "details": c.details}
            for c in report.checks
            if c.status in ("failed", "warning")
        ],
        "passages": passages,
        "warnings": report.warnings,
    }


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


LOCK_POLL_SECONDS = 0.2


@contextmanager
def writer_lock(stores: Stores, wait: float | None = None) -> Iterator[bool]:
    """One writer at a time across processes (the CLI and every server worker's upload endpoint): an advisory lock
    in a shared PostgreSQL database (workers on several machines share no lock file), else a lock file under the
    data directory. ``wait``: None waits as long as it takes, else at most that many seconds (0: one try).
    Yields whether the lock is held (always, when ``wait`` is None)."""
    if stores.tables.shared:
        with stores.tables.advisory_lock(wait) as held:
            yield held
        return
    stores.data_dir.mkdir(parents=True, exist_ok=True)
    with open(stores.data_dir / ".writer.lock", "w") as handle:
        if wait is None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        elif not _try_flock(handle, wait):
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _try_flock(handle: IO[str], wait: float) -> bool:
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(LOCK_POLL_SECONDS)


def version_passages(report: Report, passages: list[Passage]) -> list[Passage]:
    """Passage ids carry the report text's hash: a new version never overwrites the vectors readers still use."""
    tag = report.content_hash[:8]
    for p in passages:
        p.passage_id = p.passage_id.replace(f"{report.report_id}:", f"{report.report_id}:{tag}:", 1)
    return passages


def chain_with_previous_report(report: Report, stores: Stores) -> None:
    """Pre-2019 统计表: last year's 历年累计 of the same body settles glued figures and is kept as a check."""
    if not any(c.table == LEGACY.id for c in report.cells):
        return
    # the same body, whatever name it printed last year (平潭综合实验区 / 平潭综合实验区管委会)
    name = split_name(report.issuer)
    last_year = [
        r
        for r in stores.tables.reports()
        if r.get("year") == report.year - 1 and same_body(split_name(r["issuer"]), name)
    ]
    previous = {
        c.row: c.value or 0
        for r in last_year[:1]
        for c in stores.tables.cells(report_id=r["report_id"], table=LEGACY.id, column="cumulative")
        if c.kind in ("number", "zero")
    }
    if previous:
        apply_cumulative_chain(report, previous)
        chain = [c for c in report.checks if c.check_id.startswith(f"{LEGACY.id}.chain.")]
        report.checks = run_checks(report) + chain  # the sums again, on the cells the chain settled


def prepare_passages(report: Report, stores: Stores) -> list[Passage]:
    chain_with_previous_report(report, stores)
    return version_passages(report, build_passages(report))


def store_report(report: Report, stores: Stores, summary: IndexSummary | None = None) -> int:
    """Embed and write one parsed report; returns the number of passages."""
    passages = prepare_passages(report, stores)
    embed_and_write(report, passages, stores, summary)
    return len(passages)


def embed(passages: list[Passage], stores: Stores) -> list[list[float]]:
    """One call for all of them: the embedder groups texts of similar length into batches itself, which pads less
    the more texts it sees at once."""
    return stores.embedder.embed_passages([p.embed_text for p in passages]) if passages else []


def embed_and_write(
    report: Report,
    passages: list[Passage],
    stores: Stores,
    summary: IndexSummary | None = None,
    reason: str = "replaced",
) -> None:
    """Vectors for the passages retrieval needs (stores.embedded_kinds), then the switch in one transaction."""
    store_reports([(report, passages)], stores, summary, reason)


def store_reports(
    group: list[tuple[Report, list[Passage]]],
    stores: Stores,
    summary: IndexSummary | None = None,
    reason: str = "replaced",
) -> None:
    """Embed the passages of several reports together and add their vectors in one call (each Chroma add costs
    about 0.1 s whatever its size: half of indexing 500 reports, one add per report), then switch each report in
    one transaction, as for a single report. New vectors carry new ids, so readers see none of them until the
    switch; a crash between leaves orphans that the next run sweeps."""
    embedded = [[p for p in passages if p.kind in stores.embedded_kinds] for _, passages in group]
    everything = [p for ps in embedded for p in ps]
    started = time.perf_counter()
    vectors = embed(everything, stores)
    if summary:
        summary.seconds["embed"] += time.perf_counter() - started
    started = time.perf_counter()
    stores.vectors.add(everything, vectors)
    stage_reached("vectors_added")
    for (report, passages), mine in zip(group, embedded, strict=True):
        # the switch: one transaction
        stores.tables.replace_report(report, passages, reason, before_commit=lambda: stage_reached("cells_written"))
        stage_reached("switched")
        stores.vectors.remove_report_except(report.report_id, {p.passage_id for p in mine})
        stage_reached("old_vectors_removed")
    if summary:
        summary.seconds["write"] += time.perf_counter() - started


def sweep_orphans(stores: Stores) -> bool | None:
    """At a server's start: reconcile the stores unless a writer is at work (its new vectors are not orphans
    yet, and it reconciles itself). Returns whether it acted, None when a writer held the lock."""
    with writer_lock(stores, wait=0) as held:
        return reconcile(stores) if held else None


def reconcile(stores: Stores) -> bool:
    """Make the vector store and the BM25 index agree with the table store (after a crash). True if it acted."""
    passages = stores.tables.passages()
    wanted = {p["passage_id"] for p in passages}
    acted = stores.vectors.prune({p["passage_id"] for p in passages if p["kind"] in stores.embedded_kinds}) > 0
    if stores.bm25.ids() != wanted:
        stores.bm25.rebuild(passages)
        acted = True
    return acted


def index_paths(
    paths: Iterable[Path],
    stores: Stores,
    *,
    force: bool = False,
    progress: bool = False,
    limits: ReadLimits | None = None,
) -> IndexSummary:
    summary = IndexSummary()
    files, summary.errors = expand_paths(paths)
    pending: list[tuple[Report, list[Passage], str]] = []

    def write_pending() -> None:
        store_reports([(report, passages) for report, passages, _ in pending], stores, summary)
        for report, passages, file in pending:
            summary.add(report, file, len(passages))
        pending.clear()

    with writer_lock(stores):
        reconcile(stores)
        bar = tqdm(files, desc="indexing", unit="report", disable=not progress)
        for path in bar:
            bar.set_postfix_str(path.name)
            started = time.perf_counter()
            try:
                report = parse_file(path, limits)
            except (UnreadableReport, NotAReport) as exc:
                summary.errors.append(str(exc))
                continue
            if not force and (
                stores.tables.content_hash(report.report_id) == report.content_hash
                or any(r.report_id == report.report_id and r.content_hash == report.content_hash for r, _, _ in pending)
            ):
                summary.seconds["parse"] += time.perf_counter() - started
                summary.unchanged += 1
                continue
            if pending and any(c.table == LEGACY.id for c in report.cells):
                summary.seconds["parse"] += time.perf_counter() - started
                write_pending()  # a pre-2019 report's chain reads last year's report from the store
                started = time.perf_counter()
            passages = prepare_passages(report, stores)
            summary.seconds["parse"] += time.perf_counter() - started
            pending.append((report, passages, str(path)))
            if sum(p.kind in stores.embedded_kinds for _, ps, _ in pending for p in ps) >= EMBED_GROUP_PASSAGES:
                write_pending()
        if pending:
            write_pending()
        if summary.reports:
            started = time.perf_counter()
            stores.bm25.rebuild(stores.tables.passages())
            summary.seconds["bm25"] += time.perf_counter() - started
    return summary


def index_report(report: Report, stores: Stores, wait: float | None = None) -> tuple[bool, int, Replacement | None]:
    """Index one parsed report (an upload). Returns (changed, passages, replaced): ``replaced`` describes what
    changed against the version it replaced (kept among the report's versions), None for a new report. The same
    text again changes nothing. Waits at most ``wait`` seconds for another writer (None: as long as it takes),
    then raises WriterBusy."""
    with writer_lock(stores, wait) as held:
        if not held:
            raise WriterBusy(report.report_id)
        if stores.tables.content_hash(report.report_id) == report.content_hash:
            return False, 0, None
        previous = stores.tables.report(report.report_id)
        previous_cells = stores.tables.cells(report_id=report.report_id) if previous else []
        passages = store_report(report, stores)
        stores.bm25.rebuild(stores.tables.passages())
        return True, passages, version_diff(previous, previous_cells, report) if previous else None


def version_diff(previous: ReportDetail, previous_cells: list[StoredCell], report: Report) -> Replacement:
    """What a replacement changed: cells whose value or kind differ, and checks that newly fail."""
    fmt = report_format(report.format_version)
    old = {(c.table, c.row, c.column): c for c in previous_cells}
    new = {(c.table, c.row, c.column): c for c in report.cells}
    changed: list[ChangedCell] = []
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a and b and (a.value, a.kind) == (b.value, b.kind):
            continue
        changed.append(
            {
                "table": key[0],
                "row": key[1],
                "column": key[2],
                "label": cell_label(fmt, *key),
                "old": None if a is None else (a.value if a.kind in ("number", "zero") else a.raw),
                "new": None if b is None else (b.value if b.kind in ("number", "zero") else b.raw),
            }
        )
    failed_before = {c["check_id"] for c in previous["checks"] if c["status"] == "failed"}
    newly_failed: list[FailedCheck] = [
        {"check_id": c.check_id, "description": c.description, "details": c.details}
        for c in report.checks
        if c.status == "failed" and c.check_id not in failed_before
    ]
    return {
        "previous_content_hash": previous["content_hash"],
        "changed_cells": changed,
        "newly_failed_checks": newly_failed,
    }


class NoEarlierVersion(LookupError):
    pass


def restore_report(
    report_id: str, stores: Stores, version_id: int | None = None, wait: float | None = None
) -> ReportSummary:
    """Bring back an earlier version of a report (the newest, or the one asked for); the version it replaces is
    kept in turn, so a restore can itself be undone. Returns the restored report's summary."""
    with writer_lock(stores, wait) as held:
        if not held:
            raise WriterBusy(report_id)
        found = stores.tables.version_snapshot(report_id, version_id)
        if found is None:
            raise NoEarlierVersion(f"报告 {report_id} 没有可恢复的早先版本")
        version, snapshot = found
        report = report_from_snapshot(snapshot["report"])
        passages = [Passage(**p) for p in snapshot["passages"]]
        embed_and_write(report, passages, stores, reason="restored")
        stores.tables.drop_version(version)
        stores.bm25.rebuild(stores.tables.passages())
        return report_summary(report, PurePath(report.source_path).name, len(passages))


def report_from_snapshot(data: dict) -> Report:
    return Report(
        **{k: v for k, v in data.items() if k not in ("sections", "cells", "checks")},
        sections=[SectionText(**x) for x in data["sections"]],
        cells=[Cell(**x) for x in data["cells"]],
        checks=[CheckResult(**x) for x in data["checks"]],
    )


def reembed(stores: Stores, *, progress: bool = False) -> int:
    """Rebuild the vector store from the table store's passages with the configured model; returns how many.

    For a collection built with another model (``open_stores(..., reembed=True)``): the parsed reports stay as they
    are, only their vectors are replaced. Dense retrieval finds nothing until this finishes.
    """
    with writer_lock(stores):
        passages = [Passage(**row) for row in stores.tables.passages() if row["kind"] in stores.embedded_kinds]
        stores.vectors.reset()
        bar = tqdm(total=len(passages), desc="re-embedding", unit="passage", disable=not progress)
        for start in range(0, len(passages), 500):
            chunk = passages[start : start + 500]
            stores.vectors.add(chunk, embed(chunk, stores))
            bar.update(len(chunk))
        bar.close()
        return len(passages)


def delete_report(report_id: str, stores: Stores, wait: float | None = None) -> bool:
    """Delete a report; it is kept among its versions (restore_report brings it back)."""
    with writer_lock(stores, wait) as held:
        if not held:
            raise WriterBusy(report_id)
        removed = stores.tables.delete_report(report_id)
        stores.vectors.delete_report(report_id)
        stores.bm25.rebuild(stores.tables.passages())
        return removed
