"""The structured table store: reports, sections, cells, checks and passages in SQL (SQLite or PostgreSQL).

All SQL goes through this module. Re-indexing a report replaces it inside one transaction, so readers see the
old report or the new one, never half of either, and counts never grow from re-indexing.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.engine import CursorResult, Engine, Result
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from indexing.models import Report
from indexing.numbers import clean_number
from indexing.passages import Passage
from indexing.stores.records import (
    CheckRecord,
    PassageRecord,
    ReportDetail,
    ReportHeader,
    ReportListing,
    SectionRecord,
    StoreCounts,
    StoredCell,
    VersionRecord,
)

log = logging.getLogger(__name__)


class Base(DeclarativeBase):
    pass


class ReportRow(Base):
    __tablename__ = "reports"
    report_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    issuer: Mapped[str] = mapped_column(String(200), index=True)
    issuer_short: Mapped[str] = mapped_column(String(100), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    format_version: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    source_path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    # indexed: the store's generation (asked before every answer) reads its newest value from the index alone
    indexed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class SectionRow(Base):
    __tablename__ = "sections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.report_id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)
    heading_path: Mapped[list] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)


class CellRow(Base):
    __tablename__ = "cells"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.report_id", ondelete="CASCADE"), index=True)
    table_id: Mapped[str] = mapped_column(String(8))
    row_key: Mapped[str] = mapped_column(String(64))
    column_key: Mapped[str] = mapped_column(String(64))
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    raw: Mapped[str] = mapped_column(Text)
    source_line: Mapped[str] = mapped_column(Text)
    line_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    candidates: Mapped[list] = mapped_column(JSON, default=list)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CheckRow(Base):
    __tablename__ = "checks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.report_id", ondelete="CASCADE"), index=True)
    check_id: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text)


class PassageRow(Base):
    __tablename__ = "passages"
    passage_id: Mapped[str] = mapped_column(String(160), primary_key=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.report_id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    section: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    table_id: Mapped[str | None] = mapped_column(String(8), nullable=True)
    row_key: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ConversationRow(Base):
    """Follow-up state, shared by every worker that serves the same database."""

    __tablename__ = "conversations"
    conversation_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    state: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    turns: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ReportVersionRow(Base):
    """An earlier version of a report (replaced, deleted or restored over), whole, so it can be brought back."""

    __tablename__ = "report_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(String(64), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(16))  # replaced, deleted, restored
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    snapshot: Mapped[dict] = mapped_column(JSON)


GENERATION = select(
    select(func.count()).select_from(ReportRow).scalar_subquery(),
    select(func.max(ReportRow.indexed_at)).scalar_subquery(),
)
# Built once: these run on every answer
CONVERSATION_READ = select(ConversationRow.state, ConversationRow.updated_at, ConversationRow.turns).where(
    ConversationRow.conversation_id == bindparam("conversation_id")
)
CONVERSATION_INSERT = insert(ConversationRow)
# Cells a worker keeps (about 300 bytes each): the 500 synthetic reports of the scale benchmark have 100,000
REPORT_CELLS_KEPT = 120_000
WRITER_LOCK_KEY = 7_345_290_114  # any fixed 64-bit number: the advisory lock every reportqa writer takes
MAX_VERSIONS = 5  # earlier versions kept per report


@dataclass
class ConversationPolicy:
    """How long follow-up state is kept. A single question's state only waits a short while for a follow-up;
    a conversation that continued is kept for ``ttl`` after its last question; never more than ``max_rows``."""

    ttl: timedelta = timedelta(days=7)
    first_turn_ttl: timedelta = timedelta(hours=1)
    max_rows: int = 100_000
    prune_interval_seconds: float = 60.0

    def expired(self, updated_at: datetime, turns: int, now: datetime) -> bool:
        if updated_at.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
            updated_at = updated_at.replace(tzinfo=UTC)
        return updated_at < now - (self.ttl if turns > 1 else self.first_turn_ttl)


def _candidates(stored: object) -> list[float | int]:
    """The JSON column read as text (SQLite) or already decoded (PostgreSQL's driver decodes json itself)."""
    if isinstance(stored, list):
        return stored
    if not stored or stored in ("[]", "null"):
        return []
    return list(json.loads(str(stored)))


class TableStore:
    def __init__(self, url: str, conversations: ConversationPolicy | None = None) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        self._add_missing_columns()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.conversation_policy = conversations or ConversationPolicy()
        self._last_prune = 0.0

    def _add_missing_columns(self) -> None:
        """Stores written by an earlier version lack columns added since; create_all does not add them."""
        columns = {c["name"] for c in inspect(self.engine).get_columns("conversations")}
        if "turns" not in columns:
            with self.engine.begin() as connection:
                connection.execute(text("ALTER TABLE conversations ADD COLUMN turns INTEGER DEFAULT 1"))
        if not any(i["column_names"] == ["indexed_at"] for i in inspect(self.engine).get_indexes("reports")):
            try:
                with self.engine.begin() as connection:
                    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_reports_indexed_at ON reports (indexed_at)"))
            except SQLAlchemyError as exc:  # a read-only store still answers; generation() reads the table instead
                log.warning("could not add the index on reports.indexed_at (%s); answering reads the table", exc)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def replace_report(
        self,
        report: Report,
        passages: list[Passage],
        reason: str = "replaced",
        before_commit: Callable[[], None] | None = None,
    ) -> None:
        """Write one report with everything that belongs to it, atomically; an earlier version is kept whole
        among the report's versions (see ``versions``). ``before_commit`` runs once every row is written to the
        database and the transaction is not yet committed (the fault tests kill the process there)."""
        with self._sessions.begin() as s:
            self._keep_version(s, report.report_id, reason)
            for model in (PassageRow, CheckRow, CellRow, SectionRow):
                s.execute(delete(model).where(model.report_id == report.report_id))
            s.execute(delete(ReportRow).where(ReportRow.report_id == report.report_id))
            s.add(
                ReportRow(
                    report_id=report.report_id,
                    issuer=report.issuer,
                    issuer_short=report.issuer_short,
                    year=report.year,
                    format_version=report.format_version,
                    title=report.title,
                    source_path=report.source_path,
                    content_hash=report.content_hash,
                    text=report.text,
                    warnings=list(report.warnings),
                    indexed_at=datetime.now(UTC),
                )
            )
            s.flush()
            s.add_all(
                SectionRow(
                    report_id=report.report_id,
                    ordinal=i,
                    number=sec.number,
                    title=sec.title,
                    heading_path=sec.heading_path,
                    text=sec.text,
                )
                for i, sec in enumerate(report.sections)
            )
            s.add_all(
                CellRow(
                    report_id=report.report_id,
                    table_id=c.table,
                    row_key=c.row,
                    column_key=c.column,
                    value=None if c.value is None else float(c.value),
                    kind=c.kind,
                    raw=c.raw,
                    source_line=c.source_line,
                    line_number=c.line_number,
                    candidates=list(c.candidates),
                    page=c.page,
                )
                for c in report.cells
            )
            s.add_all(
                CheckRow(
                    report_id=report.report_id,
                    check_id=ch.check_id,
                    kind=ch.kind,
                    status=ch.status,
                    description=ch.description,
                    details=ch.details,
                )
                for ch in report.checks
            )
            s.add_all(
                PassageRow(
                    passage_id=p.passage_id,
                    report_id=p.report_id,
                    ordinal=p.ordinal,
                    kind=p.kind,
                    section=p.section,
                    text=p.text,
                    table_id=p.table,
                    row_key=p.row,
                )
                for p in passages
            )
            if before_commit is not None:
                s.flush()
                before_commit()

    def delete_report(self, report_id: str) -> bool:
        """Delete a report; it stays among its versions, so a restore brings it back."""
        with self._sessions.begin() as s:
            self._keep_version(s, report_id, "deleted")
            for model in (PassageRow, CheckRow, CellRow, SectionRow):
                s.execute(delete(model).where(model.report_id == report_id))
            return _rowcount(s.execute(delete(ReportRow).where(ReportRow.report_id == report_id))) > 0

    # --- versions ------------------------------------------------------------------------------------

    def _keep_version(self, s: Session, report_id: str, reason: str) -> None:
        snapshot = self._snapshot(s, report_id)
        if snapshot is None:
            return
        s.add(
            ReportVersionRow(
                report_id=report_id,
                content_hash=snapshot["report"]["content_hash"],
                reason=reason,
                saved_at=datetime.now(UTC),
                snapshot=snapshot,
            )
        )
        s.flush()
        ids = s.scalars(
            select(ReportVersionRow.id)
            .where(ReportVersionRow.report_id == report_id)
            .order_by(ReportVersionRow.id.desc())
        ).all()
        if len(ids) > MAX_VERSIONS:
            s.execute(delete(ReportVersionRow).where(ReportVersionRow.id.in_(ids[MAX_VERSIONS:])))

    def _snapshot(self, s: Session, report_id: str) -> dict | None:
        """Everything stored for a report, as the fields of Report and Passage (JSON), or None."""
        r = s.get(ReportRow, report_id)
        if r is None:
            return None
        by_report = lambda model: select(model).where(model.report_id == report_id)  # noqa: E731
        sections = s.scalars(by_report(SectionRow).order_by(SectionRow.ordinal)).all()
        cells = s.scalars(by_report(CellRow).order_by(CellRow.id)).all()
        checks = s.scalars(by_report(CheckRow).order_by(CheckRow.id)).all()
        passages = s.scalars(by_report(PassageRow).order_by(PassageRow.ordinal)).all()
        report = {
            "report_id": r.report_id,
            "source_path": r.source_path,
            "issuer": r.issuer,
            "issuer_short": r.issuer_short,
            "year": r.year,
            "format_version": r.format_version,
            "title": r.title,
            "text": r.text,
            "content_hash": r.content_hash,
            "warnings": list(r.warnings or []),
            "sections": [_section_record(x) for x in sections],
            "cells": [
                {
                    "table": c.table_id,
                    "row": c.row_key,
                    "column": c.column_key,
                    "value": clean_number(c.value),
                    "kind": c.kind,
                    "raw": c.raw,
                    "source_line": c.source_line,
                    "line_number": c.line_number,
                    "candidates": list(c.candidates or []),
                    "page": c.page,
                }
                for c in cells
            ],
            "checks": [_check_record(c) for c in checks],
        }
        passage_list = [{**_passage_record(p, r), "ordinal": p.ordinal} for p in passages]
        return {"report": report, "passages": passage_list}

    def versions(self, report_id: str) -> list[VersionRecord]:
        """Earlier versions of a report, newest first (without their contents)."""
        with self.session() as s:
            rows = s.scalars(
                select(ReportVersionRow)
                .where(ReportVersionRow.report_id == report_id)
                .order_by(ReportVersionRow.id.desc())
            ).all()
            return [
                {
                    "version_id": v.id,
                    "content_hash": v.content_hash,
                    "reason": v.reason,
                    "saved_at": v.saved_at.isoformat(),
                    "issuer": v.snapshot["report"]["issuer"],
                    "year": v.snapshot["report"]["year"],
                    "cells": len(v.snapshot["report"]["cells"]),
                    "failed_checks": sum(c["status"] == "failed" for c in v.snapshot["report"]["checks"]),
                }
                for v in rows
            ]

    def version_snapshot(self, report_id: str, version_id: int | None = None) -> tuple[int, dict] | None:
        """(version id, snapshot) of the newest earlier version, or of the one asked for."""
        query = select(ReportVersionRow).where(ReportVersionRow.report_id == report_id)
        if version_id is not None:
            query = query.where(ReportVersionRow.id == version_id)
        with self.session() as s:
            row = s.scalars(query.order_by(ReportVersionRow.id.desc()).limit(1)).first()
            return (row.id, dict(row.snapshot)) if row else None

    def drop_version(self, version_id: int) -> None:
        with self._sessions.begin() as s:
            s.execute(delete(ReportVersionRow).where(ReportVersionRow.id == version_id))

    # --- reads ---------------------------------------------------------------------------------------

    def reports(self) -> list[ReportListing]:
        with self.session() as s:
            cells_of = select(CellRow.report_id, func.count()).group_by(CellRow.report_id)
            failed_of = (
                select(CheckRow.report_id, func.count()).where(CheckRow.status == "failed").group_by(CheckRow.report_id)
            )
            cell_counts = {report_id: count for report_id, count in s.execute(cells_of).all()}
            failed = {report_id: count for report_id, count in s.execute(failed_of).all()}
            rows = s.scalars(select(ReportRow).order_by(ReportRow.issuer, ReportRow.year)).all()
            return [
                {
                    **_report_header(r),
                    "cells": cell_counts.get(r.report_id, 0),
                    "failed_checks": failed.get(r.report_id, 0),
                }
                for r in rows
            ]

    def report(self, report_id: str) -> ReportDetail | None:
        with self.session() as s:
            r = s.get(ReportRow, report_id)
            if r is None:
                return None
            sections = s.scalars(
                select(SectionRow).where(SectionRow.report_id == report_id).order_by(SectionRow.ordinal)
            )
            checks = s.scalars(select(CheckRow).where(CheckRow.report_id == report_id).order_by(CheckRow.id))
            return {
                **_report_header(r),
                "content_hash": r.content_hash,
                "sections": [_section_record(x) for x in sections],
                "checks": [_check_record(c) for c in checks],
            }

    def cells(
        self,
        issuer: str | None = None,
        year: int | None = None,
        table: str | None = None,
        row: str | None = None,
        column: str | None = None,
        report_id: str | None = None,
    ) -> list[StoredCell]:
        """Exact cells; ``issuer`` matches the full or the short name.

        Read as plain rows, not ORM objects, and with ``candidates`` decoded only where there are any: a figure
        answer reads a whole table (up to 175 cells), and this is most of its cost.
        """
        columns = (
            CellRow.report_id,
            ReportRow.issuer,
            ReportRow.issuer_short,
            ReportRow.year,
            CellRow.table_id,
            CellRow.row_key,
            CellRow.column_key,
            CellRow.value,
            CellRow.kind,
            CellRow.raw,
            CellRow.source_line,
            CellRow.line_number,
            type_coerce(CellRow.candidates, Text),
            CellRow.page,
        )
        query = select(*columns).join(ReportRow, CellRow.report_id == ReportRow.report_id)
        if issuer:
            query = query.where((ReportRow.issuer == issuer) | (ReportRow.issuer_short == issuer))
        if year is not None:
            query = query.where(ReportRow.year == year)
        if table:
            query = query.where(CellRow.table_id == table)
        if row:
            query = query.where(CellRow.row_key == row)
        if column:
            query = query.where(CellRow.column_key == column)
        if report_id:
            query = query.where(CellRow.report_id == report_id)
        query = query.order_by(ReportRow.issuer, ReportRow.year, CellRow.id)
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        # one string object for the names and source lines many cells repeat: a worker keeps the cells it reads
        shared: dict[str, str] = {}
        one = shared.setdefault
        return [
            StoredCell(
                report_id=one(r[0], r[0]),
                issuer=one(r[1], r[1]),
                issuer_short=one(r[2], r[2]),
                year=r[3],
                table=one(r[4], r[4]),
                row=one(r[5], r[5]),
                column=one(r[6], r[6]),
                value=clean_number(r[7]),
                kind=one(r[8], r[8]),
                raw=r[9],
                source_line=one(r[10] or "", r[10] or ""),
                line_number=r[11],
                candidates=_candidates(r[12]),
                page=r[13],
            )
            for r in rows
        ]

    def passages(self) -> list[PassageRecord]:
        query = select(PassageRow, ReportRow).join(ReportRow, PassageRow.report_id == ReportRow.report_id)
        with self.session() as s:
            rows = s.execute(query.order_by(PassageRow.report_id, PassageRow.ordinal)).all()
            return [_passage_record(p, r) for p, r in rows]

    def counts(self) -> StoreCounts:
        with self.session() as s:

            def count(model: type[Base]) -> int:
                return s.scalar(select(func.count()).select_from(model)) or 0

            return {
                "reports": count(ReportRow),
                "sections": count(SectionRow),
                "cells": count(CellRow),
                "checks": count(CheckRow),
                "passages": count(PassageRow),
            }

    # --- conversations: follow-up state, never needed for an answer itself --------------------------------

    def conversation(self, conversation_id: str) -> dict | None:
        """The state of a live conversation; None when unknown, expired or unreadable (a follow-up then starts
        afresh: losing context must never cost the answer)."""
        try:
            with self.engine.connect() as connection:  # plain rows, not ORM objects: read on every follow-up
                row = connection.execute(CONVERSATION_READ, {"conversation_id": conversation_id}).first()
                if row is None or self.conversation_policy.expired(row.updated_at, row.turns or 1, datetime.now(UTC)):
                    return None
                return dict(row.state)
        except SQLAlchemyError as exc:
            log.warning(
                "conversation %s could not be read (%s); answering without follow-up context", conversation_id, exc
            )
            return None

    def save_conversation(self, conversation_id: str, state: dict, issued: bool = False) -> None:
        """Keep follow-up state. A question that established nothing to follow up writes no row; a failed write
        (disk full, read-only store) is logged and the answer is still given. ``issued``: the id was issued for this
        question, so no row can exist yet — one INSERT, nothing read (the cost of every first question)."""
        try:
            now = datetime.now(UTC)
            this = ConversationRow.conversation_id == conversation_id
            with self.engine.begin() as connection:  # Core statements: written after every answer
                row = (
                    None
                    if issued
                    else connection.execute(
                        select(ConversationRow.updated_at, ConversationRow.turns).where(this)
                    ).first()
                )
                if row is None or self.conversation_policy.expired(row.updated_at, row.turns or 1, now):
                    if not any(state.values()):
                        return
                    if row is not None:
                        connection.execute(delete(ConversationRow).where(this))
                    connection.execute(
                        CONVERSATION_INSERT,
                        {"conversation_id": conversation_id, "state": state, "updated_at": now, "turns": 1},
                    )
                else:
                    connection.execute(
                        update(ConversationRow)
                        .where(this)
                        .values(state=state, updated_at=now, turns=(row.turns or 1) + 1)
                    )
            if time.monotonic() - self._last_prune > self.conversation_policy.prune_interval_seconds:
                self.prune_conversations()
        except (SQLAlchemyError, OSError) as exc:
            log.warning(
                "conversation %s not saved (%s); the answer was given without follow-up context", conversation_id, exc
            )

    def prune_conversations(self) -> int:
        """Delete expired conversations and the least recently used beyond the cap; returns how many."""
        policy = self.conversation_policy
        self._last_prune = time.monotonic()
        now = datetime.now(UTC)
        with self._sessions.begin() as s:
            removed = _rowcount(
                s.execute(
                    delete(ConversationRow).where(
                        or_(
                            ConversationRow.updated_at < now - policy.ttl,
                            (ConversationRow.turns <= 1) & (ConversationRow.updated_at < now - policy.first_turn_ttl),
                        )
                    )
                )
            )
            excess = (s.scalar(select(func.count()).select_from(ConversationRow)) or 0) - policy.max_rows
            if excess > 0:
                oldest = select(ConversationRow.conversation_id).order_by(ConversationRow.updated_at).limit(excess)
                removed += _rowcount(
                    s.execute(
                        delete(ConversationRow).where(ConversationRow.conversation_id.in_(oldest.scalar_subquery()))
                    )
                )
        return removed

    def conversation_count(self) -> int:
        with self.session() as s:
            return s.scalar(select(func.count()).select_from(ConversationRow)) or 0

    def report_text(self, report_id: str) -> str:
        with self.session() as s:
            r = s.get(ReportRow, report_id)
            return r.text if r else ""

    def generation(self) -> tuple:
        """Changes whenever a report is added, re-indexed or deleted; cheap enough to ask before every answer: two
        scalar subqueries that each read the index on indexed_at (together, the table's rows would be read)."""
        with self.engine.connect() as connection:
            count, newest = connection.execute(GENERATION).one()
            return (count, str(newest))

    def content_hash(self, report_id: str) -> str | None:
        with self.session() as s:
            r = s.get(ReportRow, report_id)
            return r.content_hash if r else None

    @property
    def shared(self) -> bool:
        """A database server that several machines' workers may share (PostgreSQL), not a local file."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def advisory_lock(self, wait: float | None = None) -> Iterator[bool]:
        """The one-writer lock on a shared database: a PostgreSQL session advisory lock, held by a connection of its
        own and released when it closes (a killed writer never leaves it behind). ``wait``: None waits as long as
        it takes, else at most that many seconds (0: one try). Yields whether it is held."""
        with self.engine.connect() as connection:
            if wait is None:
                connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": WRITER_LOCK_KEY})
                held = True
            else:
                deadline = time.monotonic() + wait
                while True:
                    held = bool(
                        connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": WRITER_LOCK_KEY}).scalar()
                    )
                    if held or time.monotonic() >= deadline:
                        break
                    time.sleep(0.2)
            connection.commit()
            try:
                yield held
            finally:
                if held:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": WRITER_LOCK_KEY})
                    connection.commit()

    def dispose(self) -> None:
        self.engine.dispose()


class ReportCells:
    """The cells of the reports a worker answers about, each report read once, all its tables in one query (a figure
    answer looks up a few cells of one report, several times). One instance per store generation: a re-indexed
    report is a new generation, so nothing here is ever stale. At most ``max_cells`` kept, least recently used out."""

    def __init__(self, tables: TableStore, max_cells: int = REPORT_CELLS_KEPT) -> None:
        self.tables = tables
        self.max_cells = max_cells
        self._reports: OrderedDict[str, dict[str, list[StoredCell]]] = OrderedDict()
        self._kept = 0
        self._lock = threading.Lock()

    @property
    def reports_kept(self) -> int:
        return len(self._reports)

    def of(self, report_id: str, table: str, row: str | None = None) -> list[StoredCell]:
        """The report's cells of ``table`` (of ``row`` only, where given), in the order stored."""
        with self._lock:
            tables = self._reports.get(report_id)
            if tables is not None:
                self._reports.move_to_end(report_id)
        if tables is None:
            tables = {}
            cells = self.tables.cells(report_id=report_id)
            for cell in cells:
                tables.setdefault(cell.table, []).append(cell)
            with self._lock:
                if report_id not in self._reports:
                    self._reports[report_id] = tables
                    self._kept += len(cells)
                while self._kept > self.max_cells and len(self._reports) > 1:
                    _, dropped = self._reports.popitem(last=False)
                    self._kept -= sum(len(v) for v in dropped.values())
        found = tables.get(table, [])
        return found if row is None else [c for c in found if c.row == row]


def _report_header(r: ReportRow) -> ReportHeader:
    return {
        "report_id": r.report_id,
        "issuer": r.issuer,
        "issuer_short": r.issuer_short,
        "year": r.year,
        "format": r.format_version,
        "title": r.title,
        "file": PurePath(r.source_path).name,  # only the name leaves the server, never a path
        "warnings": list(r.warnings or []),
    }


def _section_record(x: SectionRow) -> SectionRecord:
    return {"number": x.number, "title": x.title, "heading_path": list(x.heading_path), "text": x.text}


def _check_record(c: CheckRow) -> CheckRecord:
    return {
        "check_id": c.check_id,
        "kind": c.kind,
        "status": c.status,
        "description": c.description,
        "details": c.details,
    }


def _passage_record(p: PassageRow, r: ReportRow) -> PassageRecord:
    return {
        "passage_id": p.passage_id,
        "report_id": p.report_id,
        "issuer": r.issuer,
        "issuer_short": r.issuer_short,
        "year": r.year,
        "kind": p.kind,
        "section": p.section,
        "text": p.text,
        "table": p.table_id,
        "row": p.row_key,
    }


def _rowcount(result: Result[Any]) -> int:
    """Rows a DELETE removed (a DML statement's result is a CursorResult)."""
    return result.rowcount if isinstance(result, CursorResult) else 0


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers keep reading while the indexer writes
    # In WAL mode NORMAL stays consistent through crashes and skips an fsync per commit (every answer saves its
    # conversation); what a power cut can lose is the last commits, which indexing redoes and a chat can miss.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
