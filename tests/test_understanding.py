"""Question understanding alone: no stores, just the vocabulary of the national format."""

from __future__ import annotations

import pytest

from service.understanding import IssuerIndex, Metric, issuer_variants, understand

REPORTS = [
    {"issuer": "上海市虹口区人民政府", "issuer_short": "虹口区", "year": 2021},
    {"issuer": "平潭综合实验区", "issuer_short": "平潭综合实验区", "year": 2022},
    {"issuer": "平潭县人民政府", "issuer_short": "平潭县", "year": 2012},
    {"issuer": "上海市科学技术委员会", "issuer_short": "上海市科委", "year": 2024},
    {"issuer": "上海市人民政府办公厅", "issuer_short": "上海市政府办公厅", "year": 2025},
    {"issuer": "沭阳县人民政府", "issuer_short": "沭阳县", "year": 2025},
]
INDEX = IssuerIndex.build(REPORTS)


def test_issuer_variants():
    assert {"上海市虹口区人民政府", "虹口区", "虹口", "虹口区政府", "上海市虹口区"} <= issuer_variants("上海市虹口区人民政府", "虹口区")
    assert "沐阳县" in issuer_variants("沭阳县人民政府", "沭阳县")  # the OCR'd name in the report itself
    assert {"市科委", "上海市科委"} <= issuer_variants("上海市科学技术委员会", "上海市科委")


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
    assert intent.unknown_issuer == "黄浦区" and not intent.issuer_named
    assert understand("全区2021年收到多少申请", INDEX).unknown_issuer is None


@pytest.mark.parametrize(
    "question,years",
    [("2021年", [2021]), ("二〇二一年", [2021]), ("2021年度", [2021]), ("从2020年转过来的申请，2021年有多少", [2021])],
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
        ("新收加上年结转一共多少", Metric("T3", row="new_received", extra_rows=("carried_over_from_last_year",), column="total")),
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
