"""What the table store hands back: one typed record per entity, declared once.

Records are TypedDicts — plain dicts at run time, so they go to JSON as they are, and the API uses them as its
response schema (FastAPI reads TypedDicts) without a second list of fields. A cell is a dataclass because the
answering code reads its attributes in its inner loops.

The report's identity (id, issuer as printed, short name, year) is declared here once and inherited.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from typing_extensions import TypedDict  # pydantic reads typing.TypedDict only from Python 3.12


class ReportIdentity(TypedDict):
    report_id: str
    issuer: str
    issuer_short: str
    year: int


class ReportHeader(ReportIdentity):
    format: str  # the format version (national_format.FORMAT_VERSIONS)
    title: str
    file: str  # only the file's name leaves the server, never a path
    warnings: list[str]


class ReportListing(ReportHeader):
    cells: int
    failed_checks: int


class SectionRecord(TypedDict):
    number: str
    title: str
    heading_path: list[str]
    text: str


class CheckRecord(TypedDict):
    check_id: str
    kind: str
    status: str
    description: str
    details: str


class ReportDetail(ReportHeader):
    content_hash: str
    sections: list[SectionRecord]
    checks: list[CheckRecord]


class PassageRecord(ReportIdentity):
    passage_id: str
    kind: str  # narrative / table_row (indexing.passages)
    section: str
    text: str
    table: str | None
    row: str | None


class VersionRecord(TypedDict):
    """An earlier version of a report, without its contents."""

    version_id: int
    content_hash: str
    reason: str  # replaced / deleted / restored
    saved_at: str
    issuer: str
    year: int
    cells: int
    failed_checks: int


class StoreCounts(TypedDict):
    reports: int
    sections: int
    cells: int
    checks: int
    passages: int


@dataclass(slots=True)  # slots: a worker keeps the cells of the reports asked about (service.answering)
class StoredCell:
    """A table cell as stored, with the identity of its report."""

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
    candidates: list[float | int] = field(default_factory=list)
    page: int | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
