"""Exact cells for staff tools, an issuer's trend, and the national format the pages lay tables out by."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from indexing.stores.records import StoredCell
from service import presentation
from service.deps import ChatDep, ReportsDep, SafeText, no_surrogates
from service.schemas import CellSeries

router = APIRouter(prefix="/api", tags=["figures"])


@router.get("/figures")
def figures(
    reports: ReportsDep,
    issuer: Annotated[str | None, Query(max_length=200, description="full or short issuer name")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2999)] = None,
    table: Annotated[str | None, Query(pattern="^T[234]$")] = None,
    row: Annotated[str | None, Query(max_length=200)] = None,
    column: Annotated[str | None, Query(max_length=200)] = None,
) -> list[StoredCell]:
    no_surrogates(issuer=issuer, row=row, column=column)
    return reports.cells(issuer=issuer, year=year, table=table, row=row, column=column)


@router.get("/series")
def series(
    chat: ChatDep,
    body: SafeText,
    table: Annotated[str, Query(pattern="^(T[234]|TS)$")] = "T3",
    row: SafeText = "new_received",
    column: SafeText = "total",
) -> CellSeries:
    """One cell of one body over every indexed year (exact stored cells), the years with no report, and whether
    consecutive reports agree (上年结转 = last year's 结转下年度; the 统计表's 历年累计 chain)."""
    no_surrogates(body=body, row=row, column=column)
    return chat.series(body, table, row, column)


@router.get("/series.csv")
def series_csv(
    chat: ChatDep,
    body: SafeText,
    table: Annotated[str, Query(pattern="^(T[234]|TS)$")] = "T3",
    row: SafeText = "new_received",
    column: SafeText = "total",
) -> Response:
    no_surrogates(body=body, row=row, column=column)
    return Response(chat.series_csv(body, table, row, column), media_type="text/csv; charset=utf-8")


@router.get("/charts/trend.svg")
def trend_chart(
    reports: ReportsDep, issuer: SafeText, row: SafeText = "new_received", column: SafeText = "total"
) -> Response:
    no_surrogates(issuer=issuer, row=row, column=column)
    return Response(reports.trend_chart(issuer, row, column), media_type="image/svg+xml")


@router.get("/format")
def national_format() -> dict[str, Any]:
    """Tables, rows, columns and labels of every format version: the pages lay tables out and name them by it."""
    return presentation.format_description()
