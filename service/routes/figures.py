"""Exact cells for staff tools, an issuer's trend, and the national format the pages lay tables out by."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from indexing.stores.records import StoredCell
from service import presentation
from service.deps import ReportsDep, SafeText, no_surrogates

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
