"""Question understanding alone: no stores, just the vocabulary of the national format."""

from __future__ import annotations

import pytest

from service.bodies import Gazetteer
from service.understanding import Metric, understand

REPORTS = [
    {"report_id": "a", "issuer": "上海市虹口区人民政府", "year": 2021},
    {"report_id": "b", "issuer": "平潭综合实验区", "year": 2022},
    {"report_id": "c", "issuer": "平潭县人民政府", "year": 2012},
    {"report_id": "d", "issuer": "上海市科学技术委员会", "year": 2024},
    {"report_id": "e", "issuer": "上海市人民政府办公厅", "year": 2025},
    {"report_id": "f", "issuer": "沭阳县人民政府", "year": 2025},
]
INDEX = Gazetteer.build(REPORTS)


@pytest.mark.parametrize(
    "question,issuers",
    [
        ("虹口2021年收到多少申请", ["上海市虹口区人民政府"]),
        ("平潭2022年收到多少申请", ["平潭综合实验区", "平潭县人民政府"]),
        ("市科委2024年行政复议多少件", ["上海市科学技术委员会"]),
        ("沐阳县2025年新收多少申请", ["沭阳县人民政府"]),
    ],
)
def test_issuers(question, issuers):
    assert sorted(understand(question, INDEX).issuers) == sorted(issuers)


def test_unknown_issuer_is_noticed():
    intent = understand("黄浦区2022年收到多少申请", INDEX)
    assert intent.unknown_issuer == "黄浦区" and not intent.issuers
    assert understand("全区2021年收到多少申请", INDEX).unknown_issuer is None


@pytest.mark.parametrize(
    "question,years",
    [
        ("2021年", [2021]),
        ("二〇二一年", [2021]),
        ("二零二一", [2021]),
        ("２０２１年", [2021]),
        ("2021年度", [2021]),
        ("从2020年转过来的申请，2021年有多少", [2021]),
    ],
)
def test_years(question, years):
    assert understand("虹口区" + question + "收到多少申请", INDEX).years == years


@pytest.mark.parametrize(
    "question,metric",
    [
        ("收到多少申请", Metric("T3", row="new_received")),
        ("有多少件申请被当作信访举报投诉而不予处理", Metric("T3", row="not_processed_petition_complaint")),
        ("因本机关不掌握等原因无法提供的申请合计多少件", Metric("T3", group="（四）无法提供", column="total")),
        ("不予公开的有几件", Metric("T3", group="（三）不予公开")),
        ("法人或其他组织一共申请多少件", Metric("T3", row="new_received", organisation=True)),
        ("办结的申请中予以公开的比例", Metric("T3", row="granted", rate=True, column="total")),
        ("行政复议结果维持多少件", Metric("T4", block="review", part="maintained")),
        ("行政诉讼多少件", Metric("T4", litigation=True, part="total")),
        ("没经复议直接起诉的有几件", Metric("T4", block="litigation_direct", part="total")),
        ("行政复议和行政诉讼加起来多少件", Metric("T4", block="all", part="total")),
        ("现行有效的规范性文件多少件", Metric("T2", row="normative_documents", column="valid")),
        (
            "新收加上年结转一共多少",
            Metric("T3", row="new_received", extra_rows=("carried_over_from_last_year",), column="total"),
        ),
        # an enumeration of columns is their sum, in the order named
        (
            "企业、律所这些单位申请的加起来一共多少",
            Metric("T3", column="commercial_enterprise", columns=("commercial_enterprise", "legal_service_org")),
        ),
    ],
)
def test_metrics(question, metric):
    assert understand("虹口区2021年" + question, INDEX).metric == metric


def test_narrative_and_follow_up_shapes():
    assert understand("虹口区有哪些创新做法？", INDEX).narrative
    assert understand("行政复议数量包不包括上年结转的？", INDEX).narrative
    assert not understand("有没有科研机构申请？有几件？", INDEX).narrative
    follow = understand("其中自然人呢？", INDEX)
    assert follow.column_only and follow.metric == Metric("T3", column="natural_person")
    assert understand("那2022年呢？", INDEX).metric is None


def test_input_noise_classes():
    # a table word typed with a homophone is read as that word, and said
    intent = understand("虹口区2021年行政复以总计是多少", INDEX)
    assert intent.metric == Metric("T4", block="review", part="total") and intent.read_as
    # an unrelated first clause adds no topic words
    assert not understand("顺便问一下，虹口区2021年新收申请多少件", INDEX).leftover
    # 老百姓和单位: every applicant
    assert understand("虹口区2021年老百姓和单位新递交的申请一共多少件", INDEX).metric.column == "total"


@pytest.mark.slow  # child processes under three hash seeds
def test_understanding_does_not_depend_on_string_hashing():
    """Answers are deterministic JSON: the vocabulary's order must not follow Python's per-process hash seed."""
    import os
    import subprocess
    import sys

    script = (
        "from tests.test_understanding import INDEX; from service.understanding import understand; "
        "qs = ['比去年结转过来的多多少', '沭阳县2025年先复议再起诉的有几件', '平潭2023年部分公升的申请数', "
        "'虹口区2021年企业、律所这些单位申请多少', '平潭县2012年只公开了一部分的答复有几个']; "
        "print([repr(understand(q, INDEX).metric) for q in qs])"
    )
    children = [  # started together: each spends most of its time importing
        subprocess.Popen(
            [sys.executable, "-c", script],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("1", "2", "3")
    ]
    outputs = [child.communicate(timeout=300) for child in children]
    assert all(child.returncode == 0 for child in children), [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1


@pytest.mark.parametrize(
    "question,metric",
    [
        # the figure described first, the body and year after: the first clause is the figure, not a remark
        ("涉及第三方合法权益没给公开的，平潭2022年有几件", Metric("T3", row="denied_third_party_rights")),
        ("复议以后又去法院起诉的，虹口2021年多少件", Metric("T4", block="litigation_after_review", part="total")),
    ],
)
def test_leading_clause_that_describes_the_figure(question, metric):
    assert understand(question, INDEX).metric == metric


def test_leading_remark_is_still_a_remark():
    intent = understand("听说复议案件变多了，平潭2022年不予公开的有几件", INDEX)
    assert intent.metric == Metric("T3", group="（三）不予公开")


def test_years_typed_apart_are_several_years():
    assert understand("沭阳县 新收申请 2023 2024 2025", INDEX).years == [2023, 2024, 2025]


def test_a_not_a_questions_ask_whether():
    from service.understanding import normalise_question

    assert normalise_question("平潭收没收信息处理费") == "平潭是否收信息处理费"
    assert normalise_question("有没有行政复议") == "有没有行政复议"  # read as it is
    intent = understand("平潭2022年交不交信息处理费", INDEX)
    assert intent.metric is None or intent.metric.row != "other_fee_unpaid_overdue"
