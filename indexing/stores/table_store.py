"""The structured table store: reports, sections, cells, checks and passages in SQL (SQLite or PostgreSQL).

All SQL goes through this module. Re-indexing a report replaces it inside one transaction, so readers see the
old report or the new one, never half of either, and counts never grow from re-indexing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    event,
    func,
    select,
    type_coerce,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from indexing.models import Report
from indexing.passages import Passage


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
    indexed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


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


@dataclass
class StoredCell:
    report_id: str
    issuer: str
    issuer_short: str
    year: int
    table: str
    row: str
    column: str
    value: float | int | None
    kind: str
    raw: str
    source_line: str
    line_number: int | None
    candidates: list
    page: int | None = None

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _candidates(stored: object) -> list:
    """The JSON column read as text (SQLite) or already decoded (PostgreSQL's driver decodes json itself)."""
    if isinstance(stored, list):
        return stored
    if not stored or stored in ("[]", "null"):
        return []
    return json.loads(stored)  # type: ignore[arg-type]


class TableStore:
    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def replace_report(self, report: Report, passages: list[Passage]) -> None:
        """Write one report with everything that belongs to it, replacing any earlier version, atomically."""
        with self._sessions.begin() as s:
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

    def delete_report(self, report_id: str) -> bool:
        with self._sessions.begin() as s:
            for model in (PassageRow, CheckRow, CellRow, SectionRow):
                s.execute(delete(model).where(model.report_id == report_id))
            return s.execute(delete(ReportRow).where(ReportRow.report_id == report_id)).rowcount > 0

    # --- reads ---------------------------------------------------------------------------------------

    def reports(self) -> list[dict]:
        with self.session() as s:
            cell_counts = dict(
                s.execute(select(CellRow.report_id, func.count()).group_by(CellRow.report_id)).all()  # type: ignore[arg-type]
            )
            failed = dict(
                s.execute(
                    select(CheckRow.report_id, func.count())
                    .where(CheckRow.status == "failed")
                    .group_by(CheckRow.report_id)
                ).all()  # type: ignore[arg-type]
            )
            rows = s.scalars(select(ReportRow).order_by(ReportRow.issuer, ReportRow.year)).all()
            return [
                {
                    "report_id": r.report_id,
                    "issuer": r.issuer,
                    "issuer_short": r.issuer_short,
                    "year": r.year,
                    "format": r.format_version,
                    "title": r.title,
                    "source_path": r.source_path,
                    "cells": cell_counts.get(r.report_id, 0),
                    "failed_checks": failed.get(r.report_id, 0),
                    "warnings": r.warnings,
                }
                for r in rows
            ]

    def report(self, report_id: str) -> dict | None:
        with self.session() as s:
            r = s.get(ReportRow, report_id)
            if r is None:
                return None
            sections = s.scalars(select(SectionRow).where(SectionRow.report_id == report_id).order_by(SectionRow.ordinal))
            checks = s.scalars(select(CheckRow).where(CheckRow.report_id == report_id).order_by(CheckRow.id))
            return {
                "report_id": r.report_id,
                "issuer": r.issuer,
                "issuer_short": r.issuer_short,
                "year": r.year,
                "format": r.format_version,
                "title": r.title,
                "source_path": r.source_path,
                "content_hash": r.content_hash,
                "warnings": r.warnings,
                "sections": [
                    {"number": x.number, "title": x.title, "heading_path": x.heading_path, "text": x.text}
                    for x in sections
                ],
                "checks": [
                    {
                        "check_id": c.check_id,
                        "kind": c.kind,
                        "status": c.status,
                        "description": c.description,
                        "details": c.details,
                    }
                    for c in checks
                ],
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
            CellRow.report_id, ReportRow.issuer, ReportRow.issuer_short, ReportRow.year, CellRow.table_id,
            CellRow.row_key, CellRow.column_key, CellRow.value, CellRow.kind, CellRow.raw, CellRow.source_line,
            CellRow.line_number, type_coerce(CellRow.candidates, Text), CellRow.page,
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
        return [
            StoredCell(
                report_id=r[0], issuer=r[1], issuer_short=r[2], year=r[3], table=r[4], row=r[5], column=r[6],
                value=_number(r[7]), kind=r[8], raw=r[9], source_line=r[10], line_number=r[11],
                candidates=_candidates(r[12]), page=r[13],
            )
            for r in rows
        ]

    def passages(self) -> list[dict]:
        query = select(PassageRow, ReportRow).join(ReportRow, PassageRow.report_id == ReportRow.report_id)
        with self.session() as s:
            return [
                {
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
                for p, r in s.execute(query.order_by(PassageRow.report_id, PassageRow.ordinal)).all()
            ]

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {
                name: s.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (
                    ("reports", ReportRow),
                    ("sections", SectionRow),
                    ("cells", CellRow),
                    ("checks", CheckRow),
                    ("passages", PassageRow),
                )
            }

    def conversation(self, conversation_id: str) -> dict | None:
        with self.session() as s:
            row = s.get(ConversationRow, conversation_id)
            return dict(row.state) if row else None

    def save_conversation(self, conversation_id: str, state: dict) -> None:
        with self._sessions.begin() as s:
            row = s.get(ConversationRow, conversation_id)
            if row is None:
                s.add(ConversationRow(conversation_id=conversation_id, state=state, updated_at=datetime.now(UTC)))
            else:
                row.state = state
                row.updated_at = datetime.now(UTC)

    def report_text(self, report_id: str) -> str:
        with self.session() as s:
            r = s.get(ReportRow, report_id)
            return r.text if r else ""

    def generation(self) -> tuple:
        """Changes whenever a report is added, re-indexed or deleted; cheap enough to ask before every answer."""
        with self.session() as s:
            count, newest = s.execute(select(func.count(), func.max(ReportRow.indexed_at)).select_from(ReportRow)).one()
            return (count, str(newest))

    def content_hash(self, report_id: str) -> str | None:
        with self.session() as s:
            r = s.get(ReportRow, report_id)
            return r.content_hash if r else None

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers keep reading while the indexer writes
    # In WAL mode NORMAL stays consistent through crashes and skips an fsync per commit (every answer saves its
    # conversation); what a power cut can lose is the last commits, which indexing redoes and a chat can miss.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)
