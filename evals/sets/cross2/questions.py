# -*- coding: utf-8 -*-
"""Cross-report blind set x2: question specs (no typed numbers).

Every expected number is computed by build.py (and independently by check.py) from the gold cells in
/work/blind/gold/. This file only holds the questions and *references*: which body / reports, which
cells (a small expression language), which span, which pick.

Expression language (plain dicts, evaluated against ONE report's gold cells):
  {"cell": [table, row, column]}            one gold cell
  {"sum": [expr, ...]}                      sum of expressions
  {"diff": [a, b]}                          a - b
  {"pct": [num, den], "decimals": d}        num / den * 100, rounded to d decimals

A "concept" maps a gold format ("pre_2019", "2019_trial", "2021") to an expression, or to None where
that format has no comparable row (-> the year is listed in not_comparable).
"""


def cell(t, r, c):
    return {"cell": [t, r, c]}


def add(*xs):
    return {"sum": list(xs)}


def sub(a, b):
    return {"diff": [a, b]}


def pct(a, b, d=2):
    return {"pct": [a, b], "decimals": d}


ORG_COLS = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]
DENIED_ROWS = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
               "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
               "denied_enforcement_case_file", "denied_admin_query"]
OTHER21_ROWS = ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]


def t3(row, col="total"):
    return cell("T3", row, col)


def t4(col):
    return cell("T4", "cases", col)


def st(row, col="this_year"):
    return cell("stats", row, col)


def same(expr, pre=None, trial=True):
    """concept: the same expression in the 2019 trial and 2021 formats; `pre` for pre-2019 (None = not comparable)."""
    return {"pre_2019": pre, "2019_trial": expr if trial else None, "2021": expr}


def only21(expr):
    return {"pre_2019": None, "2019_trial": None, "2021": expr}


def only_pre(expr):
    return {"pre_2019": expr, "2019_trial": None, "2021": None}


# ---------------------------------------------------------------- concepts (row meanings across formats)
# Decisions on comparability (see NOTES.md):
#  * pre-2019 受理依申请公开信息总数 (requests_total, 本年度)  ~ T3 一、本年新收 总计
#  * pre-2019 同意公开答复数 (reply_full)                     ~ T3 （一）予以公开 总计
#  * pre-2019 同意部分公开答复数 (reply_partial)              ~ T3 （二）部分公开 总计
#  * pre-2019 行政复议数 (admin_review)                       ~ T4 行政复议 总计
#  * pre-2019 主动公开信息数/文件数 (proactive_total)  has NO counterpart in the 2019/2021 tables
#  * applicant columns, result sub-rows, 结转 rows, T4 sub-columns: 2019+ only
#  * 2019-trial （六）其他处理 (one row) ~ sum of the three 2021 （六） sub-rows; the sub-rows alone are 2021-only
#  * T2 行政许可/处罚/强制 处理决定: same meaning in both formats, but unresolved in pingtan 2019/2020 gold
#    -> only asked for 2021+ spans; T2 收费: 2019 trial counts fee ITEMS, 2021 gives an amount in 万元 -> not comparable
C = {
    "NEW_TOTAL": {"key": ["T3", "new_received", "total"],
                  "f": same(t3("new_received"), pre=st("requests_total")),
                  "desc": "一、本年新收政府信息公开申请数量·总计 (pre-2019: 受理依申请公开信息总数·本年度)"},
    "NEW_NATURAL": {"key": ["T3", "new_received", "natural_person"], "f": same(t3("new_received", "natural_person")),
                    "desc": "本年新收·自然人"},
    "NEW_COMMERCIAL": {"key": ["T3", "new_received", "commercial_enterprise"],
                       "f": same(t3("new_received", "commercial_enterprise")), "desc": "本年新收·商业企业"},
    "NEW_LEGAL": {"key": ["T3", "new_received", "+".join(ORG_COLS)],
                  "f": same(add(*[t3("new_received", c) for c in ORG_COLS])),
                  "desc": "本年新收·法人或其他组织 (五列之和)"},
    "GRANTED": {"key": ["T3", "granted", "total"], "f": same(t3("granted"), pre=st("reply_full")),
                "desc": "（一）予以公开·总计 (pre-2019: 同意公开答复数)"},
    "PARTIAL": {"key": ["T3", "partially_granted", "total"], "f": same(t3("partially_granted"), pre=st("reply_partial")),
                "desc": "（二）部分公开·总计 (pre-2019: 同意部分公开答复数)"},
    "NOT_HELD": {"key": ["T3", "unable_not_held", "total"], "f": same(t3("unable_not_held")),
                 "desc": "（四）1.本机关不掌握相关政府信息·总计"},
    "NOT_HELD_NATURAL": {"key": ["T3", "unable_not_held", "natural_person"],
                         "f": same(t3("unable_not_held", "natural_person")), "desc": "本机关不掌握·自然人"},
    "UNCLEAR": {"key": ["T3", "unable_unclear_after_correction", "total"], "f": same(t3("unable_unclear_after_correction")),
                "desc": "（四）3.补正后申请内容仍不明确·总计"},
    "DUPLICATE": {"key": ["T3", "not_processed_duplicate", "total"], "f": same(t3("not_processed_duplicate")),
                  "desc": "（五）2.重复申请·总计"},
    "INTERNAL": {"key": ["T3", "denied_internal_affairs", "total"], "f": same(t3("denied_internal_affairs")),
                 "desc": "（三）5.属于三类内部事务信息·总计"},
    "CASE_FILE": {"key": ["T3", "denied_enforcement_case_file", "total"], "f": same(t3("denied_enforcement_case_file")),
                  "desc": "（三）7.属于行政执法案卷·总计"},
    "ADMIN_QUERY": {"key": ["T3", "denied_admin_query", "total"], "f": same(t3("denied_admin_query")),
                    "desc": "（三）8.属于行政查询事项·总计"},
    "DENIED_ALL": {"key": ["T3", "+".join(DENIED_ROWS), "total"], "f": same(add(*[t3(r) for r in DENIED_ROWS])),
                   "desc": "（三）不予公开 1.–8. 总计列之和"},
    "CARRIED_NEXT": {"key": ["T3", "carried_to_next_year", "total"], "f": same(t3("carried_to_next_year")),
                     "desc": "四、结转下年度继续办理·总计"},
    "CARRIED_IN": {"key": ["T3", "carried_over_from_last_year", "total"], "f": same(t3("carried_over_from_last_year")),
                   "desc": "二、上年结转政府信息公开申请数量·总计"},
    "RESULTS": {"key": ["T3", "results_total", "total"], "f": same(t3("results_total")), "desc": "（七）总计·总计"},
    "NO_CORRECTION": {"key": ["T3", "other_no_correction_overdue", "total"], "f": only21(t3("other_no_correction_overdue")),
                      "desc": "（六）1.申请人无正当理由逾期不补正…·总计 (2021 format only)"},
    "OTHER_ALL": {"key": ["T3", "other_processing | " + "+".join(OTHER21_ROWS), "total"],
                  "f": {"pre_2019": None, "2019_trial": t3("other_processing"),
                        "2021": add(*[t3(r) for r in OTHER21_ROWS])},
                  "desc": "（六）其他处理·总计 (2019 trial: one row; 2021: sum of its three sub-rows)"},
    "PETITION": {"key": ["T3", "not_processed_petition_complaint", "total"],
                 "f": same(t3("not_processed_petition_complaint")), "desc": "（五）1.信访举报投诉类申请·总计"},
    "REVIEW": {"key": ["T4", "cases", "review.total"], "f": same(t4("review.total"), pre=st("admin_review")),
               "desc": "行政复议·总计 (pre-2019: 行政复议数·本年度)"},
    "REVIEW_CORRECTED": {"key": ["T4", "cases", "review.corrected"], "f": same(t4("review.corrected")),
                         "desc": "行政复议·结果纠正"},
    "LIT_ALL": {"key": ["T4", "cases", "litigation_direct.total+litigation_after_review.total"],
                "f": same(add(t4("litigation_direct.total"), t4("litigation_after_review.total"))),
                "desc": "行政诉讼 = 未经复议直接起诉·总计 + 复议后起诉·总计"},
    "LIT_DIRECT": {"key": ["T4", "cases", "litigation_direct.total"], "f": same(t4("litigation_direct.total")),
                   "desc": "未经复议直接起诉·总计"},
    "LIT_AFTER": {"key": ["T4", "cases", "litigation_after_review.total"], "f": same(t4("litigation_after_review.total")),
                  "desc": "复议后起诉·总计"},
    "LICENSING": {"key": ["T2", "administrative_licensing", "decisions"],
                  "f": same(cell("T2", "administrative_licensing", "decisions")), "desc": "行政许可·处理决定数量"},
    "PENALTY": {"key": ["T2", "administrative_penalty", "decisions"],
                "f": same(cell("T2", "administrative_penalty", "decisions")), "desc": "行政处罚·处理决定数量"},
    "COERCION": {"key": ["T2", "administrative_coercion", "decisions"],
                 "f": same(cell("T2", "administrative_coercion", "decisions")), "desc": "行政强制·处理决定数量"},
    "FEE": {"key": ["T2", "administrative_fees", "fee_amount"],
            "f": only21(cell("T2", "administrative_fees", "fee_amount")),
            "desc": "行政事业性收费·本年收费金额（万元）; the 2019 trial row counts fee items -> not comparable"},
    "PROACTIVE": {"key": ["stats", "proactive_total", "this_year"], "f": only_pre(st("proactive_total")),
                  "desc": "统计表 主动公开信息数/文件数·本年度 (no counterpart in 2019+ tables)"},
    "WEBSITE": {"key": ["stats", "proactive_website", "this_year"], "f": only_pre(st("proactive_website")),
                "desc": "统计表 网站公开·本年度"},
    "REQ_PRE": {"key": ["stats", "requests_total", "this_year"], "f": only_pre(st("requests_total")),
                "desc": "统计表 受理依申请公开信息总数·本年度"},
    "REPLY_FULL_PRE": {"key": ["stats", "reply_full", "this_year"], "f": only_pre(st("reply_full")),
                       "desc": "统计表 同意公开答复数·本年度"},
    "IN_PERSON": {"key": ["stats", "req_in_person", "this_year"], "f": only_pre(st("req_in_person")),
                  "desc": "统计表 当面申请数·本年度"},
    "EMAIL": {"key": ["stats", "req_email", "this_year"], "f": only_pre(st("req_email")),
              "desc": "统计表 电子邮件申请数·本年度"},
    "REPLIES_PRE": {"key": ["stats", "replies_total", "this_year"], "f": only_pre(st("replies_total")),
                    "desc": "统计表 对申请的答复数·本年度"},
}

PT = "pingtan"
PC = "pingtan-county"
SH = "shanghai-municipal-office"


def S(i, cls, q, body, concept, span=None, pick=None, note=None, mean_decimals=None):
    d = {"id": "x2-s%02d" % i, "kind": "series", "class": cls, "question": q, "body": body,
         "concept": concept, "span": span, "pick": pick}
    if note:
        d["note"] = note
    if mean_decimals is not None:
        d["mean_decimals"] = mean_decimals
    return d


CROSS_NOTE = ("pre-2019 统计表 row mapped by meaning (see NOTES.md); 2019/2020 and 2021+ use T3/T4.")

SERIES = [
    S(1, "span-range+pick-max", "平潭实验区2019到2025年每年收到多少政府信息公开申请？哪年最多？", PT, "NEW_TOTAL", [2019, 2025], "max"),
    S(2, "all-years+cross-format-row", "平潭综合实验区历年收到的信息公开申请数量分别是多少", PT, "NEW_TOTAL", None, None,
      note="No span: every indexed year. " + CROSS_NOTE + " 2015 and 2017 have no report."),
    S(3, "recent-n+colloquial-column+pick-sum", "平潭近三年个人申请信息公开的一共多少件", PT, "NEW_NATURAL", [2023, 2025], "sum",
      note="近三年 = the three latest calendar years of the corpus, 2023–2025."),
    S(4, "span-since+colloquial-column+pick-sum", "平潭实验区2021年以来公司企业来申请公开的每年几件，加起来多少", PT, "NEW_COMMERCIAL",
      [2021, 2025], "sum", note="公司企业 = 商业企业 column."),
    S(5, "chinese-numeral-year+pick-max", "二〇一九年到二〇二五年平潭实验区同意全部公开的申请各有多少？哪一年最多", PT, "GRANTED",
      [2019, 2025], "max"),
    S(6, "colloquial-row+pick-min", "平潭2020到2024年只公开了一部分的申请，每年多少，哪年最少", PT, "PARTIAL", [2020, 2024], "min"),
    S(7, "span-since+colloquial-row", "平潭综合实验区2019年以来，因为“本机关不掌握”没法提供的申请每年有多少", PT, "NOT_HELD",
      [2019, 2025], None),
    S(8, "typo-body+pick-sum", "平谭实验区2019-2025年补正后申请内容仍不明确的总共几件", PT, "UNCLEAR", [2019, 2025], "sum",
      note="平谭 is a typo for 平潭."),
    S(9, "vague-span+not-comparable", "平潭这几年重复申请的有多少件，每年列一下", PT, "DUPLICATE", None, None,
      note="这几年 treated as no span (all indexed years); pre-2019 统计表 has no 重复申请 row -> not comparable."),
    S(10, "fullwidth-digits+colloquial-row+pick-max", "平潭实验区２０２１到２０２５年因为属于内部事务信息不给公开的，哪年最多", PT, "INTERNAL", [2021, 2025], "max"),
    S(11, "recent-n", "平潭实验区近五年行政执法案卷不予公开的件数", PT, "CASE_FILE", [2021, 2025], None,
      note="近五年 = 2021–2025."),
    S(12, "colloquial-row+pick-max", "平潭综合实验区2019年至2025年每年结转到下一年继续办的申请有几件？哪年最多", PT, "CARRIED_NEXT",
      [2019, 2025], "max"),
    S(13, "irrelevant-clause-first+colloquial-row+pick-sum", "我在写一篇关于基层政务公开的稿子，平潭实验区从2019年到2025年一共办结了多少件信息公开申请", PT, "RESULTS", [2019, 2025], "sum",
      note="办结 = （七）总计."),
    S(14, "all-years+cross-format-row+pick-max", "平潭实验区历年因为政府信息公开被申请行政复议的数量，哪年最多", PT, "REVIEW",
      None, "max", note=CROSS_NOTE + " pingtan_2013 prose mentions one 行政复议申请 while its table says 0; gold = table."),
    S(15, "colloquial-row+derived-per-year+pick-max", "平潭近五年因为信息公开被告上法院的案子每年多少，哪年最多", PT, "LIT_ALL",
      [2021, 2025], "max", note="被告上法院 = 行政诉讼 = 未经复议直接起诉 + 复议后起诉 (总计 columns)."),
    S(16, "colloquial-column+pick-sum", "平潭实验区2019年以来复议后又去起诉的一共几件", PT, "LIT_AFTER", [2019, 2025], "sum"),
    S(17, "keyword-style+pick-sum", "平潭 2021-2025 行政复议 结果纠正 合计", PT, "REVIEW_CORRECTED", [2021, 2025], "sum"),
    S(18, "t2-row+pick-max", "平潭实验区2021到2025年行政许可处理决定数量，哪年最多", PT, "LICENSING", [2021, 2025], "max"),
    S(19, "t2-row+recent-n+pick-min", "平潭实验区近五年行政处罚决定数量哪年最少", PT, "PENALTY", [2021, 2025], "min"),
    S(20, "typo-term+t2-row+span-since", "平潭实验区2021年以来每年行政强治决定多少件", PT, "COERCION", [2021, 2025], None),
    S(21, "t2-fee+pick-max", "平潭实验区2021到2025年行政事业性收费金额分别多少万元？哪年最高", PT, "FEE", [2021, 2025], "max"),
    S(22, "t2-fee+not-comparable", "平潭实验区2019到2025年行政事业性收费金额变化趋势", PT, "FEE", [2019, 2025], None,
      note="2019/2020 (trial format) report fee ITEMS (上一年项目数量, 本年增/减), not an amount -> not comparable."),
    S(23, "pre2019-stats+gaps+pick-max", "平潭实验区2011到2018年每年主动公开了多少条政府信息？哪年最多", PT, "PROACTIVE",
      [2011, 2018], "max",
      note="Figures from the 统计表 (gold). pingtan_2012/2013 prose gives other numbers (1913, 4970) than its own table; gold = table."),
    S(24, "pre2019-stats+gaps+not-comparable", "平潭实验区2016年到2020年主动公开的信息条数", PT, "PROACTIVE", [2016, 2020], None,
      note="2019/2020 tables have no 主动公开信息数 row (prose counts are not table cells) -> not comparable."),
    S(25, "other-body-short+pre2019-stats+pick-sum", "平潭县政府2011到2013年主动公开信息总共多少条", PC, "PROACTIVE",
      [2011, 2013], "sum"),
    S(26, "pre2019-stats+all-years", "平潭县历年受理的依申请公开信息总数", PC, "REQ_PRE", None, None),
    S(27, "chinese-numeral-year+pre2019-stats+pick-max", "平潭县政府二零一一至二零一三年同意公开答复数哪年最多", PC,
      "REPLY_FULL_PRE", [2011, 2013], "max"),
    S(28, "pre2019-stats+colloquial-row", "平潭县政府每年当面来申请信息公开的有多少", PC, "IN_PERSON", None, None),
    S(29, "pre2019-stats+pick-sum", "平潭县2011-2013年通过电子邮件申请的加起来几条", PC, "EMAIL", [2011, 2013], "sum",
      note="pingtan-county_2013 prose says 网上申请3/信函申请4, the table 电子邮件3/网上4; gold = table."),
    S(30, "pre2019-stats+pick-min", "平潭实验区2011到2014年网站公开的信息条数哪年最少", PT, "WEBSITE", [2011, 2014], "min"),
    S(31, "gaps+all-years", "上海市政府办公厅历年收到的政府信息公开申请", SH, "NEW_TOTAL", None, None,
      note="Only 2019 and 2025 are indexed; 2020–2024 are gaps."),
    S(32, "short-body+gaps+pick-sum", "上海市府办2019到2025年结转到下年度继续办理的申请加起来多少", SH, "CARRIED_NEXT",
      [2019, 2025], "sum", note="Sum over the indexed years only (2019, 2025); 2020–2024 gaps."),
    S(33, "gaps+pick-max", "上海市政府办公厅历年行政复议多少件？哪年多", SH, "REVIEW", None, "max"),
    S(34, "gaps+column+row", "上海市人民政府办公厅历年自然人申请中“本机关不掌握”的件数", SH, "NOT_HELD_NATURAL", None, None),
    S(35, "gaps+t4-subcolumn", "上海市政府办公厅历年未经复议直接起诉的行政诉讼有几件", SH, "LIT_DIRECT", None, None),
    S(36, "single-year-body+gaps", "淮安市政府2022到2024年每年收到多少信息公开申请", "huaian-city", "NEW_TOTAL", [2022, 2024], None,
      note="Only 2024 is indexed for 淮安市."),
    S(37, "single-year-body", "虹口区历年予以公开的申请有多少件", "hongkou-district", "GRANTED", None, None,
      note="Only 2021 is indexed for 虹口区."),
    S(38, "typo-body+colloquial-column+derived-per-year+pick-max", "平潭综合试验区2019到2025年法人或者其他组织申请的每年多少？哪年最多", PT,
      "NEW_LEGAL", [2019, 2025], "max", note="试验区 is a typo for 实验区. 法人或其他组织 = sum of its five sub-columns."),
    S(39, "2021-only-row+not-comparable+pick-max", "平潭实验区2019年以来逾期不补正、不再处理的申请每年几件？哪年最多", PT,
      "NO_CORRECTION", [2019, 2025], "max",
      note="The 2019 trial format has a single （六）其他处理 row without this sub-row -> 2019/2020 not comparable."),
    S(40, "other-format-row-mapped+pick-max", "平潭2019到2025年“其他处理”的申请各多少件，哪年最多", PT, "OTHER_ALL", [2019, 2025], "max",
      note="2019/2020: （六）其他处理 row; 2021+: sum of its three sub-rows."),
    S(41, "pick-mean", "平潭实验区2021到2025年平均每年收到多少件信息公开申请", PT, "NEW_TOTAL", [2021, 2025], "mean",
      mean_decimals=1),
    S(42, "recent-n+pick-sum", "平潭实验区近五年属于行政查询事项不予公开的加起来有几件", PT, "ADMIN_QUERY", [2021, 2025], "sum"),
    S(43, "group-row-derived+pick-max", "平潭实验区2021至2025年不予公开的申请每年合计多少？哪年最多", PT, "DENIED_ALL", [2021, 2025], "max",
      note="不予公开 has no subtotal row: sum of its eight sub-rows (总计 column)."),
    S(44, "pre2019-stats+pick-mean", "平潭县政府2011~2013年对申请的答复总数平均每年多少", PC, "REPLIES_PRE", [2011, 2013], "mean",
      mean_decimals=1),
]


def CMP(i, cls, q, reports, expr, unit="件", formula=None, order=None, top=False, decimals=None, note=None,
        difference=None, years_differ=False):
    d = {"id": "x2-c%02d" % i, "kind": "comparison", "class": cls, "question": q, "reports": reports, "expr": expr,
         "unit": unit, "formula": formula, "order": order, "top": top, "decimals": decimals,
         "difference": difference, "years_differ": years_differ}
    if note:
        d["note"] = note
    return d


R_GRANT_SHARE = pct(t3("granted"), t3("new_received"))
R_OPEN_SHARE_RESULTS = pct(add(t3("granted"), t3("partially_granted")), t3("results_total"))
R_NOTHELD_SHARE = pct(t3("unable_not_held"), t3("results_total"))
R_LEGAL_SHARE = pct(add(*[t3("new_received", c) for c in ORG_COLS]), t3("new_received"))
R_NAT_GRANT = pct(t3("granted", "natural_person"), t3("new_received", "natural_person"))
R_PARTIAL_SHARE = pct(t3("partially_granted"), t3("new_received"))

COMPARISONS = [
    CMP(1, "three-bodies+ranking", "2024年淮安市政府、上海市科委和平潭实验区，哪个收到的政府信息公开申请最多？排个序",
        ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], t3("new_received"), order="desc", top=True),
    CMP(2, "three-bodies+ranking+colloquial", "2025年沭阳县、上海市政府办公厅、平潭实验区新收的信息公开申请按多少排个序",
        ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], t3("new_received"), order="desc", top=True),
    CMP(3, "year-at-end+two-bodies+who-more", "洪泽区政府和沭阳发改局谁收到的申请多，2023",
        ["hongze-district_2023", "shuyang-fgj_2023"], t3("new_received"), order="desc", top=True),
    CMP(4, "two-bodies+who-more", "2021年虹口区政府和平潭实验区，谁予以公开的件数多",
        ["hongkou-district_2021", "pingtan_2021"], t3("granted"), order="desc", top=True),
    CMP(5, "rate-implied+ranking", "2025年沭阳县政府、上海市政府办公厅、平潭实验区的全部公开率（予以公开占新收申请的比例）哪家最高",
        ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], R_GRANT_SHARE, unit="%",
        formula="（一）予以公开·总计 ÷ 一、本年新收·总计 × 100", order="desc", top=True, decimals=2),
    CMP(6, "rate-implied", "2024年淮安、市科委、平潭三家，公开和部分公开加起来占办结总数的比例各是多少",
        ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], R_OPEN_SHARE_RESULTS, unit="%",
        formula="(（一）予以公开 + （二）部分公开)·总计 ÷ （七）总计·总计 × 100", decimals=2),
    CMP(7, "difference", "2024年淮安市比平潭实验区多收了多少件信息公开申请",
        ["huaian-city_2024", "pingtan_2024"], t3("new_received"), difference=True),
    CMP(8, "t4+three-bodies+who-most", "2025年行政复议数量：沭阳县政府、上海市府办、平潭实验区谁最多",
        ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], t4("review.total"), order="desc", top=True),
    CMP(9, "t4-derived+colloquial", "2025年哪家因为信息公开吃官司最多？沭阳县、上海市政府办公厅、平潭实验区比一下（直接起诉加复议后起诉）",
        ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"],
        add(t4("litigation_direct.total"), t4("litigation_after_review.total")),
        formula="未经复议直接起诉·总计 + 复议后起诉·总计", order="desc", top=True),
    CMP(10, "irrelevant-clause-first+t2+ranking", "领导让我做个对比表，2024年行政许可处理决定：淮安市政府、市科委、平潭实验区排个序",
        ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], cell("T2", "administrative_licensing", "decisions"),
        order="desc", top=True),
    CMP(11, "t2+difference", "2025年沭阳县和平潭实验区的行政处罚决定数相差多少",
        ["shuyang-county_2025", "pingtan_2025"], cell("T2", "administrative_penalty", "decisions"), difference=True),
    CMP(12, "t2-fee+ranking", "2023年洪泽区、平潭实验区、沭阳县发改局的行政事业性收费金额（万元）排个序",
        ["hongze-district_2023", "pingtan_2023", "shuyang-fgj_2023"], cell("T2", "administrative_fees", "fee_amount"),
        unit="万元", order="desc", top=True),
    CMP(13, "column+difference", "2019年上海市政府办公厅和平潭实验区，自然人提出的申请分别多少，差多少",
        ["shanghai-municipal-office_2019", "pingtan_2019"], t3("new_received", "natural_person"), difference=True),
    CMP(14, "years-differ", "虹口区2021年和淮安市2024年收到的信息公开申请谁多",
        ["hongkou-district_2021", "huaian-city_2024"], t3("new_received"), order="desc", top=True, years_differ=True,
        note="The two bodies' reports are of different years (2021 vs 2024), as the question says."),
    CMP(15, "years-differ+same-county", "沭阳县政府2025年和沭阳县发改局2023年予以公开的申请谁多",
        ["shuyang-county_2025", "shuyang-fgj_2023"], t3("granted"), order="desc", top=True, years_differ=True,
        note="Different years (2025 vs 2023), as the question says."),
    CMP(16, "fullwidth-digits+three-bodies+colloquial-row", "２０２４年因为本机关不掌握而无法提供的，淮安、市科委、平潭各多少",
        ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], t3("unable_not_held")),
    CMP(17, "who-least", "2025年上年结转过来的申请，上海市政府办公厅、沭阳县、平潭实验区哪家最少",
        ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"], t3("carried_over_from_last_year"),
        order="asc", top=True),
    CMP(18, "colloquial-row", "2024年淮安市和平潭实验区压到下一年继续办的申请各有几件",
        ["huaian-city_2024", "pingtan_2024"], t3("carried_to_next_year")),
    CMP(19, "row+who-more", "2025年信访举报投诉类申请（不予处理）哪家多：上海市政府办公厅、沭阳县政府、平潭实验区",
        ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"], t3("not_processed_petition_complaint"),
        order="desc", top=True),
    CMP(20, "rate-stated+ranking", "2025年三家“本机关不掌握”占办结总数的比例：上海市府办、沭阳县、平潭实验区，谁最高",
        ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"], R_NOTHELD_SHARE, unit="%",
        formula="（四）1.本机关不掌握·总计 ÷ （七）总计·总计 × 100", order="desc", top=True, decimals=2),
    CMP(21, "years-differ+district-in-city", "淮安市洪泽区2023年和淮安市2024年，因本机关不掌握无法提供的各多少？",
        ["hongze-district_2023", "huaian-city_2024"], t3("unable_not_held"), years_differ=True,
        note="Different years (2023 vs 2024), as the question says."),
    CMP(22, "t4-column+ranking", "2024年行政复议被纠错的，淮安市政府、平潭实验区、上海市科委排个序",
        ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], t4("review.corrected"), order="desc", top=True),
    CMP(23, "typo-term+t4-column+close-values", "2024年复义后又起诉的案子，淮安和平潭谁多？",
        ["huaian-city_2024", "pingtan_2024"], t4("litigation_after_review.total"), order="desc", top=True),
    CMP(24, "column+three-bodies", "2024年商业企业申请的，淮安、市科委、平潭分别几件",
        ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], t3("new_received", "commercial_enterprise")),
    CMP(25, "pre2019-stats+same-place-two-bodies", "2012年平潭县政府和平潭综合实验区谁主动公开的信息多",
        ["pingtan-county_2012", "pingtan_2012"], st("proactive_total"), unit="条", order="desc", top=True,
        note="Both are pre-2019 统计表 (主动公开信息数·本年度)."),
    CMP(26, "pre2019-stats", "2013年平潭县和平潭实验区受理的依申请公开信息各多少",
        ["pingtan-county_2013", "pingtan_2013"], st("requests_total"), unit="条"),
    CMP(27, "pre2019-stats+tie", "2011年平潭县政府和平潭实验区管委会主动公开的政府信息谁多",
        ["pingtan-county_2011", "pingtan_2011"], st("proactive_total"), unit="条", order="desc", top=True,
        note="The two 2011 tables print the same figures: a tie, so top is null."),
    CMP(28, "rate-column+close-values", "2019年自然人申请中予以公开的比例：上海市政府办公厅和平潭实验区谁高（予以公开的自然人÷自然人新收）",
        ["shanghai-municipal-office_2019", "pingtan_2019"], R_NAT_GRANT, unit="%",
        formula="（一）予以公开·自然人 ÷ 一、本年新收·自然人 × 100", order="desc", top=True, decimals=2),
    CMP(29, "years-differ+t4", "虹口区政府2021年和上海市政府办公厅2025年的行政复议数比一比",
        ["hongkou-district_2021", "shanghai-municipal-office_2025"], t4("review.total"), order="desc", top=True,
        years_differ=True, note="Different years (2021 vs 2025), as the question says."),
    CMP(30, "rate-column-group+ranking", "2024年法人或其他组织申请占新收申请的比重，淮安、市科委、平潭三家排个序",
        ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], R_LEGAL_SHARE, unit="%",
        formula="本年新收·(商业企业+科研机构+社会公益组织+法律服务机构+其他) ÷ 本年新收·总计 × 100",
        order="desc", top=True, decimals=2),
    CMP(31, "three-bodies+quoted-row", "2023年平潭实验区、洪泽区、沭阳发改局因“不掌握”无法提供的申请各几件",
        ["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], t3("unable_not_held")),
]


def K(i, cls, q, body, pairs, note=None):
    """pairs: list of (year_from, year_to, kind, row_or_None, column)
       kind 't3' : out = T3 carried_to_next_year[col] of Y, in = T3 carried_over_from_last_year[col] of Y+1
       kind 'cum': out = stats[row].cumulative of Y + stats[row].this_year of Y+1, in = stats[row].cumulative of Y+1"""
    d = {"id": "x2-k%02d" % i, "kind": "consistency", "class": cls, "question": q, "body": body, "pairs": pairs}
    if note:
        d["note"] = note
    return d


ALLCOLS = ["natural_person"] + ORG_COLS + ["total"]
CUM_NOTE = ("Pre-2019 chain checked: 历年累计 of year Y+1 == 历年累计 of Y + 本年度 of Y+1; out = the left side "
            "(Y cumulative + Y+1 this_year), in = the printed Y+1 cumulative.")

CONSISTENCY = [
    K(1, "carryover-pair", "平潭实验区2021年结转到下一年的申请，和2022年报告里的上年结转对得上吗", PT,
      [(2021, 2022, "t3", None, "total")]),
    K(2, "carryover-chain+span-since", "平潭综合实验区2019年以来，每年“结转下年度继续办理”和下一年的“上年结转”是不是都一致", PT,
      [(y, y + 1, "t3", None, "total") for y in range(2019, 2025)]),
    K(3, "carryover-pair+column", "平潭2024年报告的结转下年度和2025年的上年结转，自然人那一列一致吗", PT,
      [(2024, 2025, "t3", None, "natural_person")]),
    K(4, "carryover-pair+short-year", "平潭实验区22年结转到23年的申请数，前后两年报告对得上吗", PT,
      [(2022, 2023, "t3", None, "total")], note="22年/23年 = 2022/2023."),
    K(5, "carryover-pair+chinese-numeral-year", "平潭实验区二〇二〇年的结转下年度与二〇二一年的上年结转数是否吻合", PT,
      [(2020, 2021, "t3", None, "total")], note="Crosses formats (2019 trial -> 2021); both have the 结转 rows."),
    K(6, "carryover-pair+every-column", "平潭实验区2021年转到2022年的，每一列（自然人、企业等）都对得上吗", PT,
      [(2021, 2022, "t3", None, c) for c in ALLCOLS]),
    K(7, "pre2019-cumulative-chain", "平潭县政府2011到2013年统计表里主动公开信息的历年累计，能跟每年新增对上吗", PC,
      [(2011, 2012, "cum", "proactive_total", "cumulative"), (2012, 2013, "cum", "proactive_total", "cumulative")],
      note=CUM_NOTE),
    K(8, "pre2019-cumulative-chain+disagree", "平潭实验区2011年和2012年统计表的主动公开历年累计能接上吗", PT,
      [(2011, 2012, "cum", "proactive_total", "cumulative")], note=CUM_NOTE),
    K(9, "pre2019-cumulative-chain+mixed", "平潭实验区2012到2014年，主动公开信息的历年累计是不是每年都等于上年累计加本年", PT,
      [(2012, 2013, "cum", "proactive_total", "cumulative"), (2013, 2014, "cum", "proactive_total", "cumulative")],
      note=CUM_NOTE),
    K(10, "pre2019-cumulative-chain+row", "平潭县2012年和2013年受理依申请公开总数的历年累计对得上吗", PC,
      [(2012, 2013, "cum", "requests_total", "cumulative")], note=CUM_NOTE),
    K(11, "pre2019-cumulative-chain+row", "平潭实验区2013年到2014年受理申请的历年累计数衔接上了吗", PT,
      [(2013, 2014, "cum", "requests_total", "cumulative")], note=CUM_NOTE),
    K(12, "carryover-chain+recent", "平潭实验区2023-2025年结转数据前后衔接有没有问题", PT,
      [(2023, 2024, "t3", None, "total"), (2024, 2025, "t3", None, "total")]),
    K(13, "pre2019-cumulative-chain+row", "平潭县政府2011-2013年网站公开的历年累计数接得上吗", PC,
      [(2011, 2012, "cum", "proactive_website", "cumulative"), (2012, 2013, "cum", "proactive_website", "cumulative")],
      note=CUM_NOTE),
]


def NY(i, cls, q, report, typ, expr=None, substring=None, unit="件", formula=None, note=None):
    d = {"id": "x2-n%02d" % i, "kind": "noyear", "class": cls, "question": q, "report": report, "type": typ,
         "expr": expr, "substring": substring, "unit": unit, "formula": formula}
    if note:
        d["note"] = note
    return d


NOYEAR = [
    NY(1, "noyear+cell", "平潭综合实验区收到了多少件政府信息公开申请？", "pingtan_2025", "cell", t3("new_received")),
    NY(2, "noyear+t4", "沭阳县政府因信息公开被申请行政复议多少件", "shuyang-county_2025", "cell", t4("review.total")),
    NY(3, "noyear+narrative-fee", "上海市政府办公厅收不收信息公开处理费", "shanghai-municipal-office_2025", "narrative",
       substring="本机关未收取信息公开处理费"),
    NY(4, "noyear+narrative-contact", "淮安市政府信息公开的联系电话是多少", "huaian-city_2024", "narrative",
       substring="电话：0517-83605210"),
    NY(5, "noyear+pre2019-body", "平潭县政府主动公开信息多少条", "pingtan-county_2013", "cell", st("proactive_total"), unit="条",
       note="平潭县人民政府's newest report in the corpus is 2013."),
    NY(6, "noyear+short-body", "虹口区政府予以公开的有几件", "hongkou-district_2021", "cell", t3("granted")),
    NY(7, "noyear+t2", "洪泽区行政处罚决定多少", "hongze-district_2023", "cell", cell("T2", "administrative_penalty", "decisions")),
    NY(8, "noyear+department", "沭阳县发改局收到多少政府信息公开申请", "shuyang-fgj_2023", "cell", t3("new_received")),
    NY(9, "noyear+committee-short", "上海市科委行政许可决定多少件", "shanghai-stcsm_2024", "cell",
       cell("T2", "administrative_licensing", "decisions")),
    NY(10, "noyear+narrative-problem", "平潭实验区政府信息公开工作存在哪些问题", "pingtan_2025", "narrative",
       substring="依申请公开答复质量待进一步提升"),
    NY(11, "noyear+derived-sum", "上海市府办新收的加上年结转的，一共要处理多少件申请", "shanghai-municipal-office_2025", "derived",
       add(t3("new_received"), t3("carried_over_from_last_year")), formula="本年新收·总计 + 上年结转·总计"),
    NY(12, "noyear+ocr-name+narrative-fee", "沐阳县收了多少信息处理费", "shuyang-county_2025", "narrative",
       substring="收取信息处理费共计380元", note="沐阳 is how the OCR'd report itself spells 沭阳."),
    NY(13, "noyear+narrative-measure", "平潭实验区关停了几个政府网站和政务新媒体", "pingtan_2025", "narrative",
       substring="关停运营不规范、运维不及时的政府网站1个"),
]


def NB(i, cls, q, pairs, note=None):
    d = {"id": "x2-b%02d" % i, "kind": "nobody", "class": cls, "question": q, "pairs": pairs}
    if note:
        d["note"] = note
    return d


NOBODY = [
    NB(1, "nobody+fee", "申请政府信息公开要收费吗", [
        ("全年收取政府信息公开信息处理费 3940 元", "huaian-city_2024"),
        ("收取信息处理费共计380元", "shuyang-county_2025"),
        ("无收取信息处理费情况", "pingtan_2025"),
        ("区政府未收取政府信息公开信息处理费", "hongkou-district_2021")]),
    NB(2, "nobody+deadline", "申请了信息公开，政府会在期限内答复吗", [
        ("均在法定期限内予以答复", "huaian-city_2024"),
        ("均在法定期限内予以答复", "hongkou-district_2021"),
        ("均在法定期限内予以答复", "shanghai-municipal-office_2019")]),
    NB(3, "nobody+channel", "可以通过哪些渠道提交政府信息公开申请", [
        ("保证网站、信函、传真等申请渠道实时有效", "pingtan_2020"),
        ("接收通过邮寄、网络提交的各类政府信息公开申请", "pingtan_2023")]),
    NB(4, "nobody+download", "政府信息公开年报的电子版在哪里下载", [
        ("本年度报告电子版可从“中国上海”门户网站", "shanghai-municipal-office_2019"),
        ("本报告的电子版可在“平潭综合实验区党工委管委会”网站上", "pingtan_2023"),
        ("年度报告电子版可以通过市", "shanghai-stcsm_2024")]),
    NB(5, "nobody+fee-rule", "信息处理费是按照什么规定收的", [
        ("严格落实《政府信息公开信息处理费管理", "huaian-city_2024"),
        ("认真落实《政府信息公开信息处理费管理办法》要求", "shuyang-county_2025")]),
    NB(6, "nobody+process", "依申请公开一般是什么办理流程", [
        ("建立健全登记、审核、办理、答复、归档全流程管理机制", "pingtan_2025"),
        ("规范做好申请登记、审查、办理、答复、归档等工作", "pingtan_2024"),
        ("会商答复意见、告知书复核、签发的一整套办理流程", "shanghai-stcsm_2024")]),
]


def U(i, cls, q, reason, note=None):
    d = {"id": "x2-u%02d" % i, "kind": "unanswerable", "class": cls, "question": q, "reason": reason}
    if note:
        d["note"] = note
    return d


UNANSWERABLE = [
    U(1, "body-not-indexed+neighbour", "福清市近三年政府信息公开申请数量分别多少", "body_not_indexed",
      note="福清市 (Fuzhou, near 平潭) has no report in the corpus."),
    U(2, "body-not-indexed+sibling-district", "淮安市淮阴区和洪泽区2023年谁收到的信息公开申请多", "body_not_indexed",
      note="淮阴区 is not indexed (洪泽区 is)."),
    U(3, "body-not-indexed+shanghai-district", "上海市黄浦区2022和2023年行政复议各多少件", "body_not_indexed",
      note="No 黄浦区 report in the corpus."),
    U(4, "year-not-indexed+gap-years", "平潭实验区2015年和2017年各主动公开多少条信息", "year_not_indexed",
      note="2015 and 2017 are the gaps of the 平潭综合实验区 series."),
    U(5, "year-not-indexed+span", "上海市政府办公厅2020到2023年每年收到多少申请", "year_not_indexed",
      note="上海市政府办公厅 is indexed for 2019 and 2025 only."),
    U(6, "year-not-indexed+span", "沭阳县人民政府2021到2024年历年行政复议数", "year_not_indexed",
      note="沭阳县人民政府 is indexed for 2025 only."),
    U(7, "no-such-figure+series", "平潭实验区历年政府信息公开工作经费预算是多少", "no_such_figure"),
    U(8, "body-not-indexed+parent-city", "宿迁市和沭阳县2025年收到的信息公开申请谁多", "body_not_indexed",
      note="宿迁市 (the city above 沭阳县) is not indexed."),
    U(9, "not-in-this-format+consistency", "平潭实验区2018年结转下年度的申请和2019年的上年结转对得上吗", "not_in_this_format",
      note="The 2018 统计表 has no 结转 row; the chain cannot be checked across 2018 -> 2019."),
    U(10, "not-in-this-format+series", "平潭县政府2011到2013年行政复议被纠错的有几件", "not_in_this_format",
       note="The pre-2019 统计表 has only 行政复议数, no result breakdown (维持/纠正)."),
]


# ---------------------------------------------------------------- follow-ups: each turn is a spec of one of the kinds above
def FU(i, cls, turns):
    return {"id": "x2-f%02d" % i, "kind": "followup", "class": cls, "turns": turns}


def ts(q, body, concept, span=None, pick=None, note=None, mean_decimals=None):
    d = {"kind": "series", "question": q, "body": body, "concept": concept, "span": span, "pick": pick}
    if note:
        d["note"] = note
    if mean_decimals is not None:
        d["mean_decimals"] = mean_decimals
    return d


def tc(q, reports, expr, **kw):
    d = {"kind": "comparison", "question": q, "reports": reports, "expr": expr, "unit": kw.get("unit", "件"),
         "formula": kw.get("formula"), "order": kw.get("order"), "top": kw.get("top", False),
         "decimals": kw.get("decimals"), "difference": kw.get("difference"), "years_differ": kw.get("years_differ", False)}
    if kw.get("note"):
        d["note"] = kw["note"]
    return d


def tk(q, body, pairs, note=None):
    d = {"kind": "consistency", "question": q, "body": body, "pairs": pairs}
    if note:
        d["note"] = note
    return d


def tu(q, reason, note=None):
    d = {"kind": "unanswerable", "question": q, "reason": reason}
    if note:
        d["note"] = note
    return d


P24 = ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"]
LEGAL_EXPR = add(*[t3("new_received", c) for c in ORG_COLS])

FOLLOWUPS = [
    FU(1, "series->column->pick", [
        ts("平潭实验区2021到2025年每年收到多少信息公开申请？", PT, "NEW_TOTAL", [2021, 2025]),
        ts("那自然人呢？", PT, "NEW_NATURAL", [2021, 2025]),
        ts("哪年最多？", PT, "NEW_NATURAL", [2021, 2025], "max"),
    ]),
    FU(2, "comparison->t4->t4-subcolumn", [
        tc("2024年淮安、市科委、平潭收到的申请比一比", P24, t3("new_received"), order="desc", top=True),
        tc("那行政复议呢", P24, t4("review.total"), order="desc", top=True),
        tc("复议后起诉的呢", P24, t4("litigation_after_review.total"), order="desc", top=True),
    ]),
    FU(3, "series->t4-derived->pick-sum", [
        ts("平潭近五年行政复议每年多少件", PT, "REVIEW", [2021, 2025]),
        ts("那行政诉讼呢", PT, "LIT_ALL", [2021, 2025], note="行政诉讼 = 直接起诉 + 复议后起诉."),
        ts("加起来多少", PT, "LIT_ALL", [2021, 2025], "sum"),
    ]),
    FU(4, "series->switch-body->switch-row", [
        ts("平潭县政府2011到2013年每年主动公开多少条信息", PC, "PROACTIVE", [2011, 2013]),
        ts("那平潭实验区同期呢", PT, "PROACTIVE", [2011, 2013]),
        ts("受理的申请呢", PT, "REQ_PRE", [2011, 2013]),
    ]),
    FU(5, "comparison->column-group->add-body", [
        tc("2025年沭阳县政府和上海市政府办公厅收到的申请谁多", ["shuyang-county_2025", "shanghai-municipal-office_2025"],
           t3("new_received"), order="desc", top=True),
        tc("法人呢", ["shuyang-county_2025", "shanghai-municipal-office_2025"], LEGAL_EXPR, order="desc", top=True,
           formula="本年新收·法人或其他组织五列之和"),
        tc("把平潭实验区也加进来比", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], LEGAL_EXPR,
           order="desc", top=True, formula="本年新收·法人或其他组织五列之和"),
    ]),
    FU(6, "series->unanswerable-body->switch-body-gaps", [
        ts("平潭实验区近三年收到多少政府信息公开申请", PT, "NEW_TOTAL", [2023, 2025], note="近三年 = 2023–2025."),
        tu("那福州市马尾区呢", "body_not_indexed", note="马尾区 is not indexed."),
        ts("那上海市政府办公厅呢", SH, "NEW_TOTAL", [2023, 2025],
           note="近三年 carried over: 2023–2025; only 2025 is indexed for this body."),
    ]),
    FU(7, "series-gaps->row->unanswerable-year", [
        ts("上海市政府办公厅历年收到的信息公开申请有多少", SH, "NEW_TOTAL"),
        ts("结转到下一年的呢", SH, "CARRIED_NEXT"),
        tu("那2022年呢", "year_not_indexed", note="上海市政府办公厅 2022 is not indexed."),
    ]),
    FU(8, "series->consistency->column", [
        ts("平潭实验区2021到2025年每年结转到下年度的申请各几件", PT, "CARRIED_NEXT", [2021, 2025]),
        tk("跟下一年报告里的上年结转都对得上吗", PT, [(y, y + 1, "t3", None, "total") for y in range(2021, 2025)]),
        tk("自然人那一列呢", PT, [(y, y + 1, "t3", None, "natural_person") for y in range(2021, 2025)]),
    ]),
    FU(9, "comparison->row->row", [
        tc("2023年洪泽区和沭阳发改局收到的申请比一比", ["hongze-district_2023", "shuyang-fgj_2023"], t3("new_received"),
           order="desc", top=True),
        tc("予以公开的呢", ["hongze-district_2023", "shuyang-fgj_2023"], t3("granted"), order="desc", top=True),
        tc("本机关不掌握的呢", ["hongze-district_2023", "shuyang-fgj_2023"], t3("unable_not_held"), order="desc", top=True),
    ]),
    FU(10, "series-t2->t2-row->pick-min", [
        ts("平潭实验区2021-2025年行政许可决定数", PT, "LICENSING", [2021, 2025]),
        ts("行政处罚呢", PT, "PENALTY", [2021, 2025]),
        ts("哪年最少", PT, "PENALTY", [2021, 2025], "min"),
    ]),
    FU(11, "series->row->consistency", [
        ts("平潭实验区2019到2025年每年结转下年度的申请几件", PT, "CARRIED_NEXT", [2019, 2025]),
        ts("上年结转过来的呢", PT, "CARRIED_IN", [2019, 2025]),
        tk("前后两年对得上吗", PT, [(y, y + 1, "t3", None, "total") for y in range(2019, 2025)]),
    ]),
    FU(12, "rate-comparison->rate-row", [
        tc("2025年沭阳县、上海市府办、平潭实验区的予以公开率（予以公开÷新收）各多少",
           ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], R_GRANT_SHARE, unit="%",
           formula="（一）予以公开·总计 ÷ 一、本年新收·总计 × 100", decimals=2),
        tc("那部分公开的占比呢，谁最高", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"],
           R_PARTIAL_SHARE, unit="%", formula="（二）部分公开·总计 ÷ 一、本年新收·总计 × 100", order="desc", top=True,
           decimals=2),
    ]),
    FU(13, "series->unanswerable-year->switch-body", [
        ts("平潭县历年受理的依申请公开信息数", PC, "REQ_PRE"),
        tu("2014年呢", "year_not_indexed", note="平潭县人民政府 has no 2014 report in the corpus."),
        ts("那就看平潭实验区2011到2014年的", PT, "REQ_PRE", [2011, 2014]),
    ]),
]
