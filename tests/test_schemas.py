"""The answer's model family: a figure from one stored cell, a derived figure, a cited passage."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from indexing.stores.records import StoredCell
from service.schemas import Answer, Figure, cell_figure, cited_passage, derived_figure


def cell(row: str, column: str, value: float | int | None, kind: str = "number", line: str = "一、本年新收 71 3 74"):
    return StoredCell(
        "2021-x", "上海市虹口区人民政府", "虹口区", 2021, "T3", row, column, value, kind, str(value), line, 60
    )


def test_a_cell_figure_carries_its_printed_label_unit_and_source():
    figure = cell_figure(cell("new_received", "natural_person", 71), "2021", "passed")
    assert (figure.label, figure.unit, figure.value, figure.derived) == (
        "本年新收政府信息公开申请数量 · 自然人",
        "件",
        71,
        False,
    )
    assert (figure.source, figure.line_number, figure.checks, figure.kind) == (
        "一、本年新收 71 3 74",
        60,
        "passed",
        "number",
    )
    blank = cell_figure(cell("new_received", "natural_person", None, "blank"), "2021", "not_checked", label="自然人")
    assert blank.value is None and blank.label == "自然人"


def test_a_derived_figure_lists_its_inputs_and_joins_their_sources():
    inputs = [
        cell("granted", "total", 23, line="（一）予以公开 23"),
        cell("results_total", "total", 74, line="（七）总计 74"),
    ]
    figure = derived_figure(
        inputs[0],
        table="T3",
        row="grant_rate",
        column="total",
        label="予以公开率 · 总计",
        value=31.08,
        unit="%",
        formula="予以公开 ÷ 办理结果总计 × 100% = 23 ÷ 74 × 100%",
        inputs=inputs,
        checks="passed",
    )
    assert figure.derived and figure.kind == "derived" and figure.source == "（一）予以公开 23；（七）总计 74"
    assert [(i.row, i.value) for i in figure.inputs] == [("granted", 23), ("results_total", 74)]


def test_an_answer_refuses_what_the_schema_does_not_know():
    base = {"question": "q", "conversation_id": "c", "answer": "a", "figures": [], "passages": []}
    with pytest.raises(ValidationError):
        Answer.model_validate({**base, "status": "maybe"})
    figure = cell_figure(cell("new_received", "total", 74), "2021", "passed").model_dump()
    with pytest.raises(ValidationError):
        Figure.model_validate({**figure, "colour": "red"})
    passage = {
        "passage_id": "p",
        "report_id": "r",
        "issuer": "甲",
        "issuer_short": "甲",
        "year": 2021,
        "kind": "narrative",
        "section": "一",
        "text": "t",
        "table": None,
        "row": None,
    }
    answer = Answer.model_validate({**base, "status": "answered", "passages": [cited_passage(passage, 0.123456)]})
    assert answer.passages[0].score == 0.1235 and answer.understood == {}


def test_a_short_admin_token_is_refused_with_advice():
    from service.settings import Settings

    with pytest.raises(ValidationError, match="at least 32.*secrets.token_urlsafe"):
        Settings(admin_token="x" * 31)
    assert Settings(admin_token="x" * 32).admin_token == "x" * 32
    assert Settings().admin_token is None  # unset: uploads are off, nothing to refuse


def test_one_number_formatter():
    from indexing.numbers import clean_number, format_number, format_size

    assert [format_number(v) for v in (74, 74.0, 24252.311082, 1234567.0)] == ["74", "74", "24252.311082", "1234567"]
    assert clean_number(74.0) == 74 and isinstance(clean_number(74.0), int) and clean_number(None) is None
    assert [format_size(n) for n in (900, 1_000_000, 2 * 1024 * 1024, 1_572_864)] == [
        "900 B",
        "976 KB",
        "2 MB",
        "1.5 MB",
    ]
