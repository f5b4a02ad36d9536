"""The reports service: index, upload, delete and restore reports; list them, their cells, source lines, CSV and
charts. The API, the web pages, the CLI and the evaluation scripts all go through it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from indexing import pipeline
from indexing.metadata import NotAReport
from indexing.numbers import format_size
from indexing.readers import ReportTooLarge, UnreadableReport, supported_suffixes
from indexing.stores import Stores
from indexing.stores.records import ReportDetail, ReportListing, StoredCell, VersionRecord
from indexing.stores.table_store import TableStore
from service import presentation
from service.components import build_stores, read_limits
from service.errors import NotFound, ServiceError, TooLarge, Unprocessable, UnsupportedType, storage_failure
from service.schemas import Deleted, Health, ReportWithCells, SourceContext, UploadSummary
from service.settings import Settings
from service.uploads import UploadParser, safe_file_name

log = logging.getLogger("reportqa")
CHART_KINDS = ("applicants", "outcomes")


class ReportService:
    """Opens the stores on first need: listing reports reads the table store alone, without loading the embedder."""

    def __init__(self, settings: Settings, stores: Stores | None = None) -> None:
        self.settings = settings
        self._stores = stores
        self._tables: TableStore | None = None
        self._uploads: UploadParser | None = None

    @property
    def stores(self) -> Stores:
        if self._stores is None:
            self._stores = build_stores(self.settings)
        return self._stores

    @property
    def tables(self) -> TableStore:
        if self._stores is not None:
            return self._stores.tables
        if self._tables is None:
            self._tables = TableStore(self.settings.resolved_database_url)
        return self._tables

    # --- reading -------------------------------------------------------------------------------------------

    def health(self) -> Health:
        counts = self.tables.counts()
        return {"status": "ok", "reports": counts["reports"], "passages": counts["passages"]}

    def listing(self) -> list[ReportListing]:
        return self.tables.reports()

    def detail(self, report_id: str) -> ReportDetail:
        detail = self.tables.report(report_id)
        if detail is None:
            raise NotFound(f"没有编号为 {report_id} 的报告；GET /api/reports 列出已收录的报告")
        return detail

    def with_cells(self, report_id: str) -> ReportWithCells:
        return {**self.detail(report_id), "tables": self.tables.cells(report_id=report_id)}

    def cells(
        self,
        *,
        issuer: str | None = None,
        year: int | None = None,
        table: str | None = None,
        row: str | None = None,
        column: str | None = None,
        report_id: str | None = None,
    ) -> list[StoredCell]:
        return self.tables.cells(issuer=issuer, year=year, table=table, row=row, column=column, report_id=report_id)

    def versions(self, report_id: str) -> list[VersionRecord]:
        return self.tables.versions(report_id)

    def source(self, report_id: str, line: int | None, snippet: str = "") -> SourceContext:
        self.detail(report_id)
        return presentation.source_context(self.tables.report_text(report_id), line, snippet)

    def cells_csv(self, report_id: str, table: str | None = None) -> tuple[str, str]:
        """(file name, CSV text with a byte-order mark, so that spreadsheets read it as UTF-8)."""
        detail = self.detail(report_id)
        cells = self.tables.cells(report_id=report_id, table=table)
        return f"{detail['year']}-{table or 'tables'}.csv", "\ufeff" + presentation.cells_csv(cells, detail["format"])

    def chart(self, report_id: str, kind: str) -> str:
        detail = self.detail(report_id)
        if kind not in CHART_KINDS:
            raise NotFound("图表只有 applicants（申请人构成）和 outcomes（办理结果）两种")
        cells = self.tables.cells(report_id=report_id, table="T3")
        if kind == "applicants":
            return presentation.applicants_chart(cells, detail["issuer"], detail["year"])
        return presentation.outcomes_chart(cells, detail["issuer"], detail["year"], detail["format"])

    def trend_chart(self, issuer: str, row: str = "new_received", column: str = "total") -> str:
        cells = self.tables.cells(issuer=issuer, table="T3", row=row, column=column)
        if not cells:
            raise NotFound(f"没有 {issuer} 的表三数据")
        points = sorted((c.year, c.value) for c in cells)
        return presentation.trend_chart(points, cells[0].issuer, "新收申请" if row == "new_received" else row)

    # --- writing -------------------------------------------------------------------------------------------

    def index_paths(self, paths: list[Path], *, force: bool = False, progress: bool = False) -> pipeline.IndexSummary:
        """Index files and folders; a file that cannot be read or is not a report is named among the errors."""
        limits = read_limits(self.settings)
        return pipeline.index_paths(paths, self.stores, force=force, progress=progress, limits=limits)

    def reembed(self, *, progress: bool = False) -> int:
        return pipeline.reembed(self.stores, progress=progress)

    def upload(self, data: bytes, file_name: str | None) -> UploadSummary:
        """Parse an uploaded file in a child process and index it. ``data`` may be one byte over the limit: the
        caller reads ``max_upload_bytes + 1`` so that a file over it is told apart without reading it whole."""
        name = safe_file_name(file_name)
        limit = self.settings.max_upload_bytes
        if len(data) > limit:
            raise TooLarge(f"{name}：文件超过 {format_size(limit)} 上限")
        if not name.lower().endswith(supported_suffixes()):
            raise UnsupportedType(f"{name}：不支持的文件类型；支持 {', '.join(supported_suffixes())}")
        pipeline.stage_reached("received")
        try:
            report = self.upload_parser.parse(data, name)
        except ReportTooLarge as exc:
            raise TooLarge(str(exc)) from None
        except (UnreadableReport, NotAReport) as exc:
            raise Unprocessable(str(exc)) from None
        pipeline.stage_reached("parsed")
        try:
            changed, passages, replaced = pipeline.index_report(report, self.stores, self.settings.writer_wait_seconds)
        except pipeline.WriterBusy:
            raise writer_busy(name) from None
        except Exception as exc:  # noqa: BLE001 - SQL, Chroma and file errors alike: a full disk, a read-only store
            log.warning("upload of %s failed while writing: %s: %s", name, type(exc).__name__, exc)
            failure = storage_failure(exc)
            if self.tables.content_hash(report.report_id) == report.content_hash:
                failure.message = (
                    failure.message.split("，")[0]
                    + "：报告已保存，但检索索引未能全部更新；问题解决后运行 reportqa index 即可补齐"
                )
            raise failure from None
        summary: UploadSummary = {
            "changed": changed,
            **pipeline.report_summary(report, name, passages),
            "replaced": replaced,
        }
        if replaced and replaced["newly_failed_checks"]:
            summary["alert"] = (
                f"注意：这份文件替换了已收录的版本，且有 {len(replaced['newly_failed_checks'])} 项勾稽核对由通过变为"
                f"不通过；请确认文件未被改动。上一版本已保留，可用 POST /api/reports/{report.report_id}/restore 恢复。"
            )
        return summary

    def delete(self, report_id: str) -> Deleted:
        self.detail(report_id)
        try:
            pipeline.delete_report(report_id, self.stores, self.settings.writer_wait_seconds)
        except pipeline.WriterBusy:
            raise writer_busy(report_id) from None
        return {"deleted": report_id, "restore": f"POST /api/reports/{report_id}/restore 可撤销删除"}

    def restore(self, report_id: str, version: int | None = None) -> pipeline.ReportSummary:
        """Bring back the newest earlier version (or ``version``); the version it replaces is kept in turn."""
        try:
            return pipeline.restore_report(report_id, self.stores, version, self.settings.writer_wait_seconds)
        except pipeline.NoEarlierVersion as exc:
            raise NotFound(str(exc)) from None
        except pipeline.WriterBusy:
            raise writer_busy(report_id) from None

    # --- the process around it -------------------------------------------------------------------------------

    @property
    def upload_parser(self) -> UploadParser:
        if self._uploads is None:
            self._uploads = UploadParser(read_limits(self.settings))
        return self._uploads

    def start_up(self) -> None:
        """Housekeeping a crash or a long absence may have left: orphaned vectors and expired conversations."""
        try:
            if pipeline.sweep_orphans(self.stores):
                log.info("start-up: removed vectors that no report lists (left by an interrupted indexing run)")
            removed = self.tables.prune_conversations()
            if removed:
                log.info("start-up: removed %d expired conversations", removed)
        except (SQLAlchemyError, OSError) as exc:  # the server still answers from what is stored
            log.warning("start-up housekeeping skipped: %s", exc)

    def close(self) -> None:
        """Nothing to release: each upload's parsing process ends with the upload."""


def writer_busy(what: str) -> ServiceError:
    """One writer at a time: another one (an indexing run, another worker's upload) kept the store longer than
    REPORTQA_WRITER_WAIT_SECONDS."""
    return ServiceError(f"{what}：另一项写入（索引或上传）正在进行，未作任何改动；请稍后重试", status=503)
