"""The API's request and response models (one answer schema for the API, the CLI and the evaluation scripts)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator

CONVERSATION_ID = r"^[A-Za-z0-9_-]{1,64}$"
SURROGATE = re.compile("[\ud800-\udfff]")


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
        description="Send back the `conversation_id` of an earlier answer to ask a follow-up (letters, digits, - and _, "
        "at most 64). Leave it out to start a new conversation: the server issues one.",
    )

    _no_surrogates = field_validator("question")(refuse_surrogates)


class Figure(BaseModel):
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
    kind: str = Field(description="number, zero, blank, slash, dash, none, unresolved, or derived")
    derived: bool
    formula: str | None
    inputs: list[dict] = Field(default_factory=list, description="The stored cells a derived figure was computed from.")
    candidates: list[float | int] = Field(default_factory=list)
    source: str = Field(description="The report line the figure came from.")
    line_number: int | None = None
    checks: str = Field(description="passed / failed / partly_checked / not_checked: the report's own arithmetic.")


class Passage(BaseModel):
    report_id: str
    issuer: str
    year: int
    section: str
    text: str
    score: float
    passage_id: str


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


class Answer(BaseModel):
    question: str
    conversation_id: str
    status: Literal["answered", "not_found", "ambiguous"]
    answer: str
    figures: list[Figure]
    passages: list[Passage]
    choices: list[Choice] = Field(default_factory=list)
    reason: Literal["body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"] | None = Field(
        None, description="Why a not_found answer found nothing."
    )
    table: TableView | None = Field(
        None, description="Series, comparisons and consistency checks: the values as a table, with a chart."
    )
    understood: dict = Field(
        default_factory=dict,
        description="The body, year and figure as the question was understood (not_found answers).",
    )
