"""The service's models: what a question is, and what an answer, a figure, a cited passage and an upload's summary
are. One model per entity, used by the answering code, the API schema, the CLI and the evaluation scripts alike.

Records the table store hands back (reports, cells, passages, checks) are declared in indexing.stores.records and
used here as they are.
"""

from __future__ import annotations

import re
from typing import Literal, NotRequired, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator
from typing_extensions import TypedDict

from indexing import national_format as nf
from indexing.pipeline import Replacement, ReportSummary
from indexing.stores.records import PassageRecord, ReportDetail, StoredCell

CONVERSATION_ID = r"^[A-Za-z0-9_-]{1,64}$"
SURROGATE = re.compile("[\ud800-\udfff]")
NUMERIC_KINDS = ("number", "zero")
CheckStatus = Literal["passed", "failed", "partly_checked", "not_checked"]
AnswerStatus = Literal["answered", "not_found", "ambiguous"]
NotFoundReason = Literal["body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"]


def refuse_surrogates(value: str) -> str:
    """A lone surrogate is not text: it cannot be stored or printed, so it is a client error."""
    if SURROGATE.search(value):
        raise ValueError("含有无效的 Unicode 字符（孤立的代理项）；请检查问题文本的编码")
    return value


class AskRequest(BaseModel):
    question: str = Field(
        ..., description="The question in plain Chinese.", examples=["虹口区2021年收到多少政府信息公开申请？"]
    )
    conversation_id: str | None = Field(
        None,
        pattern=CONVERSATION_ID,
        description="Send back the `conversation_id` of an earlier answer to ask a follow-up (letters, digits, - and "
        "_, at most 64). Leave it out to start a new conversation: the server issues one.",
    )

    _no_surrogates = field_validator("question")(refuse_surrogates)


# --- figures ------------------------------------------------------------------------------------------------


class FigureInput(BaseModel):
    """A stored cell a derived figure was computed from (the year is set when the inputs span years)."""

    model_config = ConfigDict(extra="forbid")

    year: int | None = None
    table: str | None = None
    row: str | None
    column: str | None
    value: float | int | None
    kind: str | None = None


class Figure(BaseModel):
    """An exact figure: one stored cell, or a value computed from stored cells (``derived``, formula shown)."""

    model_config = ConfigDict(extra="forbid")

    report_id: str
    issuer: str
    issuer_short: str
    year: int
    table: str
    row: str | None
    column: str | None
    label: str
    value: float | int | None
    unit: str
    kind: str = Field(description="number, zero, blank, slash, dash, none, unresolved, merged, or derived")
    derived: bool
    formula: str | None = None
    inputs: list[FigureInput] = Field(
        default_factory=list, description="The stored cells a derived figure was computed from."
    )
    candidates: list[float | int] = Field(default_factory=list)
    source: str = Field(description="The report line the figure came from.")
    line_number: int | None = None
    checks: CheckStatus = Field(
        description="passed / failed / partly_checked / not_checked: the report's own arithmetic."
    )


class ReportKey(Protocol):
    """Whatever names the report a figure belongs to (the answering code's report reference, a stored cell)."""

    @property
    def report_id(self) -> str: ...
    @property
    def issuer(self) -> str: ...
    @property
    def issuer_short(self) -> str: ...
    @property
    def year(self) -> int: ...


def cell_figure(cell: StoredCell, format_version: str, checks: CheckStatus, label: str | None = None) -> Figure:
    """One stored cell as a figure: its printed label (or ``label``), unit and source line."""
    fmt = nf.report_format(format_version)
    return Figure(
        report_id=cell.report_id,
        issuer=cell.issuer,
        issuer_short=cell.issuer_short,
        year=cell.year,
        table=cell.table,
        row=cell.row,
        column=cell.column,
        label=nf.cell_label(fmt, cell.table, cell.row, cell.column) if label is None else label,
        value=cell.value if cell.kind in NUMERIC_KINDS else None,
        unit=nf.unit_of(fmt, cell.table, cell.column, cell.row),
        kind=cell.kind,
        derived=False,
        candidates=cell.candidates,
        source=cell.source_line,
        line_number=cell.line_number,
        checks=checks,
    )


def derived_figure(
    report: ReportKey,
    *,
    table: str,
    row: str | None,
    column: str | None,
    label: str,
    value: float | int | None,
    unit: str,
    formula: str | None,
    inputs: list[StoredCell],
    checks: CheckStatus,
) -> Figure:
    """A value computed from stored cells: the inputs listed, their source lines joined."""
    return Figure(
        report_id=report.report_id,
        issuer=report.issuer,
        issuer_short=report.issuer_short,
        year=report.year,
        table=table,
        row=row,
        column=column,
        label=label,
        value=value,
        unit=unit,
        kind="derived",
        derived=True,
        formula=formula,
        inputs=[FigureInput(table=c.table, row=c.row, column=c.column, value=c.value, kind=c.kind) for c in inputs],
        source="；".join(dict.fromkeys(c.source_line for c in inputs if c.source_line)),
        checks=checks,
    )


def change_figure(
    earlier: Figure,
    later: Figure,
    *,
    table: str,
    label: str,
    value: float | int | None,
    unit: str,
    formula: str | None,
) -> Figure:
    """One figure's change between two years' reports of a body: the later report's identity, the two years'
    figures as its inputs, a failed check of either year carried over."""
    pair = (earlier, later)
    return Figure(
        report_id=later.report_id,
        issuer=later.issuer,
        issuer_short=later.issuer_short,
        year=later.year,
        table=table,
        row=later.row,
        column=later.column,
        label=label,
        value=value,
        unit=unit,
        kind="derived",
        derived=True,
        formula=formula,
        inputs=[FigureInput(year=f.year, row=f.row, column=f.column, value=f.value) for f in pair],
        source="；".join(f.source for f in pair if f.source),
        checks="failed" if "failed" in (earlier.checks, later.checks) else later.checks,
    )


# --- answers ------------------------------------------------------------------------------------------------


class CitedPassage(BaseModel):
    report_id: str
    issuer: str
    year: int
    section: str
    text: str
    score: float
    passage_id: str


def cited_passage(passage: PassageRecord, score: float) -> CitedPassage:
    """A retrieved passage as an answer cites it."""
    return CitedPassage(
        report_id=passage["report_id"],
        issuer=passage["issuer"],
        year=passage["year"],
        section=passage["section"],
        text=passage["text"],
        score=round(score, 4),
        passage_id=passage["passage_id"],
    )


class Choice(BaseModel):
    report_id: str
    issuer: str
    year: int


class Chart(BaseModel):
    type: Literal["line", "bar"]
    labels: list[str]
    values: list[float | int | None] = Field(description="One value per label; null where the year has no figure.")


class TableView(BaseModel):
    """A cross-report answer laid out as a table (and a chart): a series, a comparison or a consistency check."""

    kind: Literal["series", "comparison", "consistency"]
    title: str
    unit: str
    columns: list[str]
    rows: list[list[str]]
    chart: Chart | None = None


class Understood(TypedDict, total=False):
    """What a not_found answer understood the question to ask: only what it did understand is present."""

    body: str | None
    year: int | None
    figure: str | None


class Reply(BaseModel):
    """What the answering code says to a question: an answer before it is addressed to its question and
    conversation."""

    status: AnswerStatus
    answer: str
    figures: list[Figure]
    passages: list[CitedPassage]
    choices: list[Choice] = Field(default_factory=list)
    reason: NotFoundReason | None = Field(default=None, description="Why a not_found answer found nothing.")
    table: TableView | None = Field(
        default=None, description="Series, comparisons and consistency checks: the values as a table, with a chart."
    )
    understood: Understood = Field(
        default_factory=lambda: Understood(),
        description="The body, year and figure as the question was understood (not_found answers).",
    )


class Turn(BaseModel):
    question: str
    conversation_id: str


class Answer(Reply, Turn):  # fields in the order Turn's, then Reply's: the question leads the JSON
    @classmethod
    def of(cls, reply: Reply, question: str, conversation_id: str) -> Answer:
        return cls(question=question, conversation_id=conversation_id, **dict(reply))


# --- reports --------------------------------------------------------------------------------------------------


class ReportWithCells(ReportDetail):
    """One report for the staff page: sections, check results and every stored cell."""

    tables: list[StoredCell]


class UploadSummary(ReportSummary):
    """What an upload did: the parse summary, whether anything changed, what a replacement changed."""

    changed: bool
    replaced: Replacement | None
    alert: NotRequired[str]


class SeriesPoint(TypedDict):
    """One year's stored cell in /api/series ("absent" where the report has no such cell)."""

    year: int
    report_id: str
    issuer: str
    format: str
    value: float | int | None
    kind: str
    candidates: list[float | int]
    source: str
    line_number: int | None


class CarryCheck(TypedDict):
    """Whether two consecutive reports agree on the applications carried over (or a 统计表 row's 历年累计)."""

    from_year: int
    to_year: int
    column: str
    label: str
    carried_out: float | int | None
    carried_in: float | int | None
    agrees: bool | None


class CellSeries(TypedDict):
    """One cell of one body over every indexed year, the years between with no report, and the carry checks."""

    body: str
    table: str
    row: str
    column: str
    points: list[SeriesPoint]
    gaps: list[int]
    checks: list[CarryCheck]


class Deleted(TypedDict):
    deleted: str
    restore: str


class Health(TypedDict):
    status: str
    reports: int
    passages: int


class SourceContext(TypedDict):
    line_number: int | None
    before: list[str]
    line: str
    after: list[str]
