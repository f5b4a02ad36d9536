"""Reports: list, detail, source lines, CSV, charts; upload, delete and restore with the admin token."""

from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile

from indexing.pipeline import ReportSummary
from indexing.stores.records import ReportListing, VersionRecord
from service.deps import AdminDep, ReportId, ReportsDep, SafeText, SettingsDep, no_surrogates
from service.schemas import Deleted, ReportWithCells, SourceContext, UploadSummary

router = APIRouter(prefix="/api/reports", tags=["reports"])
TableId = Annotated[str | None, Query(pattern="^T[234]$")]


@router.get("")
def list_reports(reports: ReportsDep) -> list[ReportListing]:
    return reports.listing()


@router.get("/{report_id}")
def report(report_id: ReportId, reports: ReportsDep) -> ReportWithCells:
    return reports.with_cells(report_id)


@router.post("", status_code=201)
def upload_report(
    _: AdminDep, reports: ReportsDep, settings: SettingsDep, response: Response, file: Annotated[UploadFile, File()]
) -> UploadSummary:
    # one byte over the limit is enough to tell a file that is too large, without reading all of it
    summary = reports.upload(file.file.read(settings.max_upload_bytes + 1), file.filename)
    if not summary["changed"]:
        response.status_code = 200
    return summary


@router.delete("/{report_id}")
def delete_report(report_id: ReportId, _: AdminDep, reports: ReportsDep) -> Deleted:
    return reports.delete(report_id)


@router.get("/{report_id}/versions")
def versions(report_id: ReportId, reports: ReportsDep) -> list[VersionRecord]:
    return reports.versions(report_id)


@router.post("/{report_id}/restore")
def restore(
    report_id: ReportId, _: AdminDep, reports: ReportsDep, version: Annotated[int | None, Query(ge=1, le=2**62)] = None
) -> ReportSummary:
    """Bring back the newest earlier version (or `version`); the version it replaces is kept in turn."""
    return reports.restore(report_id, version)


@router.get("/{report_id}/source")
def source(
    report_id: ReportId,
    reports: ReportsDep,
    line: Annotated[int | None, Query(ge=1, le=10_000_000)] = None,
    snippet: SafeText = "",
) -> SourceContext:
    no_surrogates(snippet=snippet)
    return reports.source(report_id, line, snippet)


@router.get("/{report_id}/cells.csv")
def cells_csv(report_id: ReportId, reports: ReportsDep, table: TableId = None) -> Response:
    name, text = reports.cells_csv(report_id, table)
    return Response(
        text, media_type="text/csv; charset=utf-8", headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.get("/{report_id}/charts/{kind}.svg")
def report_chart(report_id: ReportId, kind: str, reports: ReportsDep) -> Response:
    return Response(reports.chart(report_id, kind), media_type="image/svg+xml")
