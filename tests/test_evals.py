"""The evaluation machinery: scoring, the run through the answering service, the baseline's figure test, outputs."""

from __future__ import annotations

from evals.baseline import holds_figure
from evals.runner import Result, ask_all, bar_chart_svg, markdown_report, parse_accuracy, summarise
from evals.scoring import score_answer
from tests.conftest import GOLD_DIR


def test_scoring_rules():
    answer = {
        "status": "answered",
        "answer": "…74件…",
        "figures": [{"value": 74, "issuer": "甲", "year": 2021}],
        "passages": [],
    }
    assert score_answer("a", "cell", "q", {"value": 74}, answer, issuer="甲", year=2021).correct
    assert not score_answer(
        "a", "cell", "q", {"value": 74}, answer, issuer="乙", year=2021
    ).correct  # another issuer's figure
    assert score_answer("b", "unanswerable", "q", {"status": "not_found"}, {"status": "not_found"}).correct
    narrative = {
        "status": "answered",
        "answer": "引文：联系电话：123",
        "passages": [{"text": "x"}, {"text": "联系电话：123"}],
    }
    scored = score_answer("c", "narrative", "q", {"substring": "联系电话：123"}, narrative)
    assert scored.correct and scored.hit_rank == 2


def test_baseline_needs_the_figure_next_to_its_label():
    expected = {"table": "T3", "row": "new_received", "column": "total", "value": 74}
    assert holds_figure("一、本年新收政府信息公开申请数量\t\t71\t3\t0\t0\t0\t0\t74", expected)
    assert not holds_figure("二、上年结转政府信息公开申请数量 11 … 共74件", expected)
    assert not holds_figure(
        "一、本年新收政府信息公开申请数量640020470", {**expected, "value": 70}
    )  # run-together digits


def test_questions_through_the_answering_service(services):
    items = [
        (
            "t",
            {
                "id": "c1",
                "kind": "cell",
                "question": "虹口区2021年收到多少政府信息公开申请",
                "report": "hongkou-district_2021",
                "issuer": "上海市虹口区人民政府",
                "year": 2021,
                "expected": {"table": "T3", "row": "new_received", "column": "total", "value": 74},
            },
        ),
        (
            "t",
            {
                "id": "u1",
                "kind": "unanswerable",
                "question": "杭州市2023年收到多少申请",
                "report": None,
                "issuer": None,
                "year": 2023,
                "expected": {"status": "not_found"},
            },
        ),
        (
            "t",
            {
                "id": "f1",
                "kind": "followup",
                "turns": [
                    {
                        "question": "虹口区2021年行政复议多少件",
                        "expected": {
                            "value": 11,
                            "report": "hongkou-district_2021",
                            "issuer": "上海市虹口区人民政府",
                            "year": 2021,
                        },
                    },
                    {
                        "question": "其中结果维持的呢",
                        "expected": {
                            "value": 10,
                            "report": "hongkou-district_2021",
                            "issuer": "上海市虹口区人民政府",
                            "year": 2021,
                        },
                    },
                ],
            },
        ),
    ]
    results = ask_all(services.chat, items)
    assert [r.correct for r in results] == [True, True, True, True]
    parse = parse_accuracy(
        [GOLD_DIR / "hongkou-district_2021.json"], lambda g: GOLD_DIR.parents[1] / "corpus" / g["file"]
    )
    assert parse["cells"] == 200 and parse["accuracy"] == 1.0
    summary = summarise(results, parse, ["t"])
    assert summary.figure_accuracy == 1.0 and summary.followup_accuracy == 1.0 and summary.abstention_accuracy == 1.0
    report = markdown_report(
        summary, results + [Result("m", "t", "cell", "q?", None, 1, 2, False, "answered", 1.0)], "c.svg"
    )
    assert "## Misses (1)" in report and "q?" in report
    assert bar_chart_svg([("figures", 1.0, 0.2)]).startswith("<svg")
