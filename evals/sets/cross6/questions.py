# -*- coding: utf-8 -*-
"""Cross-report blind question set x6: questions and their REFERENCES only (no typed numbers).

Every expected value is computed by build.py from the gold cells in /work/blind/gold/ and
recomputed independently by check.py.

Reference conventions
  cell ref    : (table, row, column)          e.g. ("T3", "new_received", "total")
  series      : body + (table,row,column) + span (y0, y1) or None (= every indexed year of the body)
                alt = {format: (table,row,column)} maps the row into another table format
                (decided by this writer, see NOTES.md "cross-format decisions")
  comparison  : reports + expr; expr is ("cell", ref) | ("sum", [ref...]) | ("rate", num_ref, den_ref)
                (rate = num/den*100) | ("sumrate", [num refs], den_ref)
  consistency : body + list of (stem_from, stem_to) + rule
                rule ("carry", column): T3 carried_to_next_year[column] of Y vs carried_over_from_last_year[column] of Y+1
                rule ("cumul", row):   stats row: cumulative(Y-1) + this_year(Y) vs cumulative(Y)  (pre-2019 统计表)
  noyear      : body + sub ("cell" ref | "derived" expr | "narrative" substring); report = newest of the body
  nobody      : substrings with their report stems
  unanswerable: reason
  followup    : turns, each one of the above (plus "cell": a single cell of a named report)
"""

# cross-format maps decided by the writer (see NOTES.md)
REQ = {"pre_2019": ("stats", "requests_total", "this_year")}   # 受理依申请公开信息总数 ~ 本年新收申请 总计
REV = {"pre_2019": ("stats", "admin_review", "this_year")}     # 行政复议数 ~ 表四 行政复议 总计


def S(id, cls, q, body, table, row, col, span=None, pick=None, alt=None, note=None):
    return dict(id=id, kind="series", cls=cls, question=q, body=body, ref=(table, row, col),
                span=span, pick=pick, alt=alt or {}, note=note)


ORDER_NONE = "ORDER_NONE"   # marker: the question asks for the values only, no ranking


def C(id, *args, **kw):
    if args and args[0] == ORDER_NONE:
        kw["order"] = None
        args = args[1:]
    return _C(id, *args, **kw)


def _C(id, cls, q, reports, expr, unit="件", order="desc", decimals=None, formula=None, note=None):
    return dict(id=id, kind="comparison", cls=cls, question=q, reports=reports, expr=expr, unit=unit,
                order=order, decimals=decimals, formula=formula, note=note)


def K(id, cls, q, body, pairs, rule, note=None):
    return dict(id=id, kind="consistency", cls=cls, question=q, body=body, pairs=pairs, rule=rule, note=note)


def NY(id, cls, q, body, sub, arg, unit="件", formula=None, note=None):
    return dict(id=id, kind="noyear", cls=cls, question=q, body=body, sub=sub, arg=arg, unit=unit,
                formula=formula, note=note)


def NB(id, cls, q, subs, note=None):
    return dict(id=id, kind="nobody", cls=cls, question=q, subs=subs, note=note)


def U(id, cls, q, reason, note=None):
    return dict(id=id, kind="unanswerable", cls=cls, question=q, reason=reason, note=note)


def CELL(q, report, ref):
    return dict(kind="cell", question=q, report=report, ref=ref)


def F(id, cls, turns, note=None):
    return dict(id=id, kind="followup", cls=cls, turns=turns, note=note)


T3N = lambda row, col="total": ("T3", row, col)
T4N = lambda col: ("T4", "cases", col)

QUESTIONS = [
    # ------------------------------------------------------------------ series (one body, several years)
    S("x6-s01", "plain-span", "平潭综合实验区2019年到2025年每年收到的政府信息公开申请分别是多少件？",
      "pingtan", "T3", "new_received", "total", span=(2019, 2025)),
    S("x6-s02", "sum-over-years", "平潭这五年（2021-2025）新收的依申请公开加起来一共多少件",
      "pingtan", "T3", "new_received", "total", span=(2021, 2025), pick="sum"),
    S("x6-s03", "max-year+colloquial-column", "平潭实验区历年以个人名义来申请公开的，哪一年最多？",
      "pingtan", "T3", "new_received", "natural_person", pick="max",
      note="no span: every indexed year; pre-2019 统计表 has no applicant breakdown -> not comparable"),
    S("x6-s04", "fullwidth-digits", "平潭综合实验区２０１９—２０２５年企业（商业企业）提出的信息公开申请每年几件？",
      "pingtan", "T3", "new_received", "commercial_enterprise", span=(2019, 2025)),
    S("x6-s05", "other-org-column", "平潭实验区2019到2025年，由“其他”类法人或组织提出的申请，哪一年最多？",
      "pingtan", "T3", "new_received", "other_org", span=(2019, 2025), pick="max"),
    S("x6-s06", "social-welfare-column", "2021至2025年平潭每年社会公益组织提的信息公开申请数",
      "pingtan", "T3", "new_received", "social_welfare_org", span=(2021, 2025)),
    S("x6-s07", "colloquial-row+max", "平潭综合实验区近七年（2019-2025）申请了就全部给公开的件数，哪年最多？",
      "pingtan", "T3", "granted", "total", span=(2019, 2025), pick="max"),
    S("x6-s08", "colloquial-row", "平潭实验区从2019年到2025年，只公开了一部分的答复每年各有几件",
      "pingtan", "T3", "partially_granted", "total", span=(2019, 2025)),
    S("x6-s09", "colloquial-row+max", "平潭这几年（2019～2025）因为“本机关不掌握”没法提供信息的，哪一年最多",
      "pingtan", "T3", "unable_not_held", "total", span=(2019, 2025), pick="max"),
    S("x6-s10", "keyword-only", "平潭 内部事务信息 不予公开 2021-2025 逐年",
      "pingtan", "T3", "denied_internal_affairs", "total", span=(2021, 2025)),
    S("x6-s11", "colloquial-row+typo-term", "平潭综合实验区2019年以来每年以“过程行信息”为由拒绝公开的有几件？",
      "pingtan", "T3", "denied_process_info", "total", span=(2019, 2025),
      note="'2019年以来' read as 2019 to the newest indexed year 2025"),
    S("x6-s12", "sum-over-years+colloquial", "平潭实验区2019到2025年，重复申请被不予处理的一共有多少件？",
      "pingtan", "T3", "not_processed_duplicate", "total", span=(2019, 2025), pick="sum"),
    S("x6-s13", "other-format-row", "平潭综合实验区2019年至2025年申请人逾期不补正、不再处理的申请每年多少件？",
      "pingtan", "T3", "other_no_correction_overdue", "total", span=(2019, 2025),
      note="row exists only in the 2021 format; 2019/2020 (trial format, single （六）其他处理 row) not comparable"),
    S("x6-s14", "other-format-row+colloquial", "平潭2021~2025年有没有因为申请人不交信息处理费而终止办理的？每年几件",
      "pingtan", "T3", "other_fee_unpaid_overdue", "total", span=(2021, 2025)),
    S("x6-s15", "chinese-numeral-year", "平潭综合实验区二〇一九年至二〇二五年每年办结的申请总数（办理结果总计）",
      "pingtan", "T3", "results_total", "total", span=(2019, 2025)),
    S("x6-s16", "sum-over-years", "平潭实验区2019-2025年累计有多少件申请结转到下一年继续办？",
      "pingtan", "T3", "carried_to_next_year", "total", span=(2019, 2025), pick="sum"),
    S("x6-s17", "max-year", "平潭综合实验区2019—2025年里，哪一年从上一年结转过来的申请最多？",
      "pingtan", "T3", "carried_over_from_last_year", "total", span=(2019, 2025), pick="max"),
    S("x6-s18", "trend+max", "平潭因为政府信息公开被申请行政复议的数量2019到2025年怎么变化的，哪年最多",
      "pingtan", "T4", "cases", "review.total", span=(2019, 2025), pick="max"),
    S("x6-s19", "sum-over-years+colloquial", "平潭实验区2019-2025年行政复议里结果被纠正的，总共几件？",
      "pingtan", "T4", "cases", "review.corrected", span=(2019, 2025), pick="sum"),
    S("x6-s20", "plain-span", "2021年到2025年平潭综合实验区信息公开行政复议维持原结果的每年有几件",
      "pingtan", "T4", "cases", "review.maintained", span=(2021, 2025)),
    S("x6-s21", "colloquial-litigation+max", "平潭实验区被老百姓直接告到法院（没经过复议）的信息公开官司，2019-2025年哪年最多？",
      "pingtan", "T4", "cases", "litigation_direct.total", span=(2019, 2025), pick="max"),
    S("x6-s22", "max-year", "平潭2021～2025年复议之后又起诉的行政诉讼，哪一年最多？",
      "pingtan", "T4", "cases", "litigation_after_review.total", span=(2021, 2025), pick="max"),
    S("x6-s23", "staff-exact", "平潭综合实验区 表四 直接起诉 尚未审结 2019年-2025年 各年数值",
      "pingtan", "T4", "cases", "litigation_direct.pending", span=(2019, 2025)),
    S("x6-s24", "cross-format-all-years+max", "平潭综合实验区历年政府信息公开行政复议数，哪年最多？",
      "pingtan", "T4", "cases", "review.total", pick="max", alt=REV,
      note="pre-2019 统计表 行政复议数 (本年度) taken as the same quantity as 表四 行政复议 总计; 2015/2017 not in corpus; pingtan_2013 prose mentions 1 复议申请 but its 统计表 prints 0 (gold = table)"),
    S("x6-s25", "cross-format-all-years+max", "平潭综合实验区有史以来每年收到的信息公开申请数，哪一年最多",
      "pingtan", "T3", "new_received", "total", pick="max", alt=REQ,
      note="pre-2019 受理依申请公开信息总数 (本年度) taken as the same quantity as 本年新收申请 总计"),
    S("x6-s26", "T2+max", "平潭实验区2021-2025年每年行政许可处理决定数量，哪年最多？",
      "pingtan", "T2", "administrative_licensing", "decisions", span=(2021, 2025), pick="max"),
    S("x6-s27", "T2+min+year-no-nian", "平潭 行政处罚决定 2021到2025 哪年最少",
      "pingtan", "T2", "administrative_penalty", "decisions", span=(2021, 2025), pick="min"),
    S("x6-s28", "T2+typo", "平谭综合实验区2021-2025年行政强制的处理决定每年多少件",
      "pingtan", "T2", "administrative_coercion", "decisions", span=(2021, 2025)),
    S("x6-s29", "T2-other-format+min", "平潭综合实验区2019到2025年行政事业性收费金额（万元）哪年最少？",
      "pingtan", "T2", "administrative_fees", "fee_amount", span=(2019, 2025), pick="min",
      note="2019/2020 trial format reports fee ITEMS (项目数量/增减), not an amount in 万元 -> not comparable"),
    S("x6-s30", "pre2019-stats+max", "平潭综合实验区2011年到2018年每年主动公开的政府信息条数，哪年最多",
      "pingtan", "stats", "proactive_total", "this_year", span=(2011, 2018), pick="max",
      note="2012 and 2013 prose give other figures (1913 / 4970) than the 统计表 (739 / 72804); the 统计表 is asked"),
    S("x6-s31", "pre2019-stats", "平潭实验区2011—2018年通过网上提交的信息公开申请每年多少条？",
      "pingtan", "stats", "req_online", "this_year", span=(2011, 2018)),
    S("x6-s32", "pre2019-only-row", "平潭综合实验区历年政府信息公开收费减免金额是多少？",
      "pingtan", "stats", "fee_waiver_amount", "this_year",
      note="row printed only in the 2014 and 2016 统计表; every other indexed year lacks it"),
    S("x6-s33", "pre2019-variant-row", "平潭综合实验区2011到2016年用电子邮件申请信息公开的每年有几条",
      "pingtan", "stats", "req_email", "this_year", span=(2011, 2016),
      note="2014/2016 统计表 have no 电子邮件申请数 row (merged rows 网上 / 信函、传真)"),
    S("x6-s34", "county+sum", "平潭县政府2011到2013年主动公开信息一共多少条？",
      "pingtan-county", "stats", "proactive_total", "this_year", span=(2011, 2013), pick="sum"),
    S("x6-s35", "county+chinese-numeral", "平潭县人民政府二零一一至二零一三年每年受理的依申请公开数量",
      "pingtan-county", "stats", "requests_total", "this_year", span=(2011, 2013)),
    S("x6-s36", "county+colloquial-row", "平潭县2011-2013年，申请后同意公开答复的每年几条？",
      "pingtan-county", "stats", "reply_full", "this_year", span=(2011, 2013)),
    S("x6-s37", "county+max", "平潭县 网站公开信息数 2011-2013 哪年最多",
      "pingtan-county", "stats", "proactive_website", "this_year", span=(2011, 2013), pick="max"),
    S("x6-s38", "gaps-span", "上海市政府办公厅2019年到2025年每年新收的政府信息公开申请是多少？",
      "shanghai-municipal-office", "T3", "new_received", "total", span=(2019, 2025)),
    S("x6-s39", "short-name-all-years", "上海市府办公厅历年年报里结转到下一年的申请各是多少件",
      "shanghai-municipal-office", "T3", "carried_to_next_year", "total"),
    S("x6-s40", "gaps-span+max", "沪府办公厅2019至2025年因信息公开被申请行政复议的件数，哪年多？",
      "shanghai-municipal-office", "T4", "cases", "review.total", span=(2019, 2025), pick="max"),
    S("x6-s41", "natural-person-series", "上海市人民政府办公厅各年度自然人新提出的信息公开申请数",
      "shanghai-municipal-office", "T3", "new_received", "natural_person"),
    S("x6-s42", "colloquial-row+person", "上海市政府办公厅每年个人申请里因为“本机关没有这个信息”答复无法提供的有多少？",
      "shanghai-municipal-office", "T3", "unable_not_held", "natural_person",
      note="2019 总计 cell of this row is blank; the 自然人 column is asked"),
    S("x6-s43", "plain-span", "平潭综合实验区2019~2025年以“属于行政查询事项”不予公开的各有几件",
      "pingtan", "T3", "denied_admin_query", "total", span=(2019, 2025)),
    S("x6-s44", "pre2019-stats+typo", "平潭综合试验区2011至2018年同意公开的答复数，每年是多少",
      "pingtan", "stats", "reply_full", "this_year", span=(2011, 2018),
      note="'试验区' is a one-character typo of 实验区"),
    S("x6-s45", "irrelevant-clause-first", "我在写一篇关于海岛治理的论文，想了解一下平潭综合实验区2021到2025年每年的行政复议总数",
      "pingtan", "T4", "cases", "review.total", span=(2021, 2025)),

    # ------------------------------------------------------------------ comparison (several bodies)
    C("x6-c01", "three-bodies-same-year", "2025年平潭综合实验区、上海市政府办公厅、沭阳县政府，哪家收到的政府信息公开申请最多？",
      ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], ("cell", T3N("new_received"))),
    C("x6-c02", "three-bodies+review", "2025年平潭、上海市府办、沭阳县三家被申请行政复议的数量排个序",
      ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], ("cell", T4N("review.total"))),
    C("x6-c03", "natural-person-2bodies", "二〇二五年沭阳县和平潭综合实验区，自然人新提的申请各多少件？哪边多",
      ["pingtan_2025", "shuyang-county_2025"], ("cell", T3N("new_received", "natural_person"))),
    C("x6-c04", ORDER_NONE, "rate-2bodies", "2025年平潭实验区和沭阳县，予以公开的件数占办理结果总数的比例各是多少（保留两位小数）？",
      ["pingtan_2025", "shuyang-county_2025"], ("rate", T3N("granted"), T3N("results_total")),
      unit="%", decimals=2, formula="granted.total / results_total.total × 100"),
    C("x6-c05", ORDER_NONE, "colloquial-row-3bodies", "2025年三家（平潭、上海市政府办公厅、沭阳）因为手里没有这个信息没法提供的各有几件",
      ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], ("cell", T3N("unable_not_held")),
      note="row 1.本机关不掌握相关政府信息 only; the Shanghai prose figure 564 covers the whole （四）无法提供 group"),
    C("x6-c06", "carried-to-next", "2025年平潭综合实验区、上海市人民政府办公厅、沭阳县人民政府结转到2026年继续办理的申请，谁最少？",
      ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], ("cell", T3N("carried_to_next_year")),
      order="asc"),
    C("x6-c07", ORDER_NONE, "T2-penalty", "平潭和沭阳县2025年行政处罚决定数量对比",
      ["pingtan_2025", "shuyang-county_2025"], ("cell", ("T2", "administrative_penalty", "decisions"))),
    C("x6-c08", "T2-fee-wanyuan", "2025年平潭综合实验区跟沭阳县比，行政事业性收费谁收得多？（万元）",
      ["pingtan_2025", "shuyang-county_2025"], ("cell", ("T2", "administrative_fees", "fee_amount")), unit="万元"),
    C("x6-c09", ORDER_NONE, "three-bodies-2024", "2024年淮安市政府、平潭综合实验区、上海市科委新收的信息公开申请各多少？",
      ["pingtan_2024", "huaian-city_2024", "shanghai-stcsm_2024"], ("cell", T3N("new_received"))),
    C("x6-c10", ORDER_NONE, "commercial-column", "2024年淮安市、平潭实验区、上海科委，企业申请人（商业企业）各提了几件申请",
      ["pingtan_2024", "huaian-city_2024", "shanghai-stcsm_2024"], ("cell", T3N("new_received", "commercial_enterprise"))),
    C("x6-c11", "litigation-after-review", "2024年复议后又起诉的行政诉讼：淮安市政府和平潭综合实验区哪个多？",
      ["pingtan_2024", "huaian-city_2024"], ("cell", T4N("litigation_after_review.total"))),
    C("x6-c12", ORDER_NONE, "T2-licensing", "２０２４年行政许可处理决定数：淮安市、平潭、上海市科委分别是多少",
      ["pingtan_2024", "huaian-city_2024", "shanghai-stcsm_2024"], ("cell", ("T2", "administrative_licensing", "decisions"))),
    C("x6-c13", ORDER_NONE, "legal-service-column", "律师事务所这类法律服务机构2024年向淮安市政府和平潭实验区各申请了多少件信息公开？",
      ["pingtan_2024", "huaian-city_2024"], ("cell", T3N("new_received", "legal_service_org"))),
    C("x6-c14", ORDER_NONE, "group-sum-denied", "2024年淮安市和平潭综合实验区“不予公开”的一共各有多少件（八种情形加起来）？",
      ["pingtan_2024", "huaian-city_2024"],
      ("sum", [T3N(r) for r in ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
                                "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
                                "denied_enforcement_case_file", "denied_admin_query"]]),
      formula="sum of the 8 （三）不予公开 sub-rows, 总计 column"),
    C("x6-c15", ORDER_NONE, "three-bodies-2023", "2023年平潭综合实验区、洪泽区政府、沭阳县发改局各收到几件政府信息公开申请？",
      ["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], ("cell", T3N("new_received"))),
    C("x6-c16", "partial-3bodies", "2023年部分公开的件数：平潭、洪泽、沭阳发改局谁最多",
      ["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], ("cell", T3N("partially_granted"))),
    C("x6-c17", "T2-coercion", "2023年行政强制决定数，洪泽区和平潭实验区比谁多？",
      ["pingtan_2023", "hongze-district_2023"], ("cell", ("T2", "administrative_coercion", "decisions"))),
    C("x6-c18", ORDER_NONE, "T2-valid-docs", "2023年沭阳县发展和改革局和淮安市洪泽区政府，现行有效的行政规范性文件各有多少件",
      ["hongze-district_2023", "shuyang-fgj_2023"], ("cell", ("T2", "normative_documents", "valid")),
      note="沭阳县发改局 prints the older label 规范性文件; pingtan_2023 left out (cell unresolved in gold)"),
    C("x6-c19", "irrelevant-clause-first+two-bodies", "我朋友在虹口上班，顺便问一下：2021年虹口区政府和平潭综合实验区，谁收到的信息公开申请多？",
      ["pingtan_2021", "hongkou-district_2021"], ("cell", T3N("new_received"))),
    C("x6-c20", ORDER_NONE, "carried-over-2021", "2021年虹口和平潭从2020年结转过来的申请各有几件",
      ["pingtan_2021", "hongkou-district_2021"], ("cell", T3N("carried_over_from_last_year"))),
    C("x6-c21", ORDER_NONE, "review-2021", "2021年上海虹口区与平潭实验区因信息公开被申请行政复议各多少起",
      ["pingtan_2021", "hongkou-district_2021"], ("cell", T4N("review.total"))),
    C("x6-c22", ORDER_NONE, "litigation-direct-2021", "2021年平潭综合实验区和虹口区，没经过复议直接被起诉的官司各有几件？",
      ["pingtan_2021", "hongkou-district_2021"], ("cell", T4N("litigation_direct.total"))),
    C("x6-c23", ORDER_NONE, "rate-natural-person", "2021年平潭与虹口，自然人申请占新收申请总数的百分比各是多少？保留2位小数",
      ["pingtan_2021", "hongkou-district_2021"], ("rate", T3N("new_received", "natural_person"), T3N("new_received")),
      unit="%", decimals=2, formula="new_received.natural_person / new_received.total × 100"),
    C("x6-c24", ORDER_NONE, "two-bodies-2019", "2019年平潭综合实验区和上海市人民政府办公厅新收的信息公开申请分别多少？",
      ["pingtan_2019", "shanghai-municipal-office_2019"], ("cell", T3N("new_received"))),
    C("x6-c25", ORDER_NONE, "pre2019-two-bodies", "2012年平潭县政府和平潭综合实验区管委会各自主动公开了多少条政府信息（按统计表）？",
      ["pingtan_2012", "pingtan-county_2012"], ("cell", ("stats", "proactive_total", "this_year")), unit="条",
      note="pingtan_2012 prose says 1913 条 while its 统计表 says 739; the question asks for the 统计表"),
    C("x6-c26", ORDER_NONE, "pre2019-two-bodies", "2013年平潭县和平潭综合实验区受理的依申请公开各几条",
      ["pingtan_2013", "pingtan-county_2013"], ("cell", ("stats", "requests_total", "this_year")), unit="条"),
    C("x6-c27", "years-differ", "平潭实验区2025年和虹口区2021年收到的信息公开申请，哪个多？",
      ["pingtan_2025", "hongkou-district_2021"], ("cell", T3N("new_received")),
      note="the two reports are of different years, as the question says"),
    C("x6-c28", "years-differ-city-vs-district", "淮安市政府2024年和洪泽区政府2023年的新收申请数量比一比",
      ["huaian-city_2024", "hongze-district_2023"], ("cell", T3N("new_received")),
      note="different years (2024 vs 2023) as the question says; the two are city and one of its districts"),
    C("x6-c29", ORDER_NONE, "rate-review-corrected", "2025年平潭、上海市政府办公厅、沭阳县的行政复议纠错率（结果纠正÷复议总数）各是多少，保留两位小数",
      ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"],
      ("rate", T4N("review.corrected"), T4N("review.total")), unit="%", decimals=2,
      formula="review.corrected / review.total × 100"),
    C("x6-c30", ORDER_NONE, "sum-litigation-3bodies", "2025年三家单位（平潭综合实验区、上海市政府办公厅、沭阳县政府）行政诉讼加起来各有多少件，直接起诉和复议后起诉都算",
      ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"],
      ("sum", [T4N("litigation_direct.total"), T4N("litigation_after_review.total")]),
      formula="litigation_direct.total + litigation_after_review.total"),
    C("x6-c31", ORDER_NONE, "rate-unable-2024", "2024年淮安市和平潭实验区“本机关不掌握”的占新收申请的比重各多少%？（两位小数）",
      ["pingtan_2024", "huaian-city_2024"], ("rate", T3N("unable_not_held"), T3N("new_received")),
      unit="%", decimals=2, formula="unable_not_held.total / new_received.total × 100"),
    C("x6-c32", ORDER_NONE, "stcsm-vs-office-years-differ", "上海市科委2024年和上海市政府办公厅2025年，上年结转过来的申请各几件",
      ["shanghai-stcsm_2024", "shanghai-municipal-office_2025"], ("cell", T3N("carried_over_from_last_year")),
      note="different years as the question says"),

    # ------------------------------------------------------------------ consistency
    K("x6-k01", "carry-one-pair", "平潭综合实验区2021年报里结转下年度的申请数，和2022年报的上年结转对得上吗？",
      "pingtan", [("pingtan_2021", "pingtan_2022")], ("carry", "total")),
    K("x6-k02", "carry-chain", "平潭2019到2025年，每一年的“结转下年度继续办理”和下一年的“上年结转”是否都一致？",
      "pingtan", [("pingtan_%d" % y, "pingtan_%d" % (y + 1)) for y in range(2019, 2025)], ("carry", "total")),
    K("x6-k03", "carry-natural-person", "平潭实验区2024年自然人结转到下年的申请数和2025年自然人上年结转数相等吗",
      "pingtan", [("pingtan_2024", "pingtan_2025")], ("carry", "natural_person")),
    K("x6-k04", "carry-one-pair", "核对一下：平潭综合实验区2022年结转到2023年的申请，2023年报接上了没有？",
      "pingtan", [("pingtan_2022", "pingtan_2023")], ("carry", "total")),
    K("x6-k05", "carry-natural-person", "平潭2020年年报结转下年度（自然人）与2021年年报上年结转（自然人）是否吻合",
      "pingtan", [("pingtan_2020", "pingtan_2021")], ("carry", "natural_person")),
    K("x6-k06", "carry-commercial", "平潭综合实验区2023→2024，商业企业这一列的结转数前后一致吗？",
      "pingtan", [("pingtan_2023", "pingtan_2024")], ("carry", "commercial_enterprise")),
    K("x6-k07", "cumulative-chain", "平潭县政府2011到2013年统计表里主动公开信息的“历年累计”，是不是每年都等于上年累计加本年数？",
      "pingtan-county", [("pingtan-county_2011", "pingtan-county_2012"), ("pingtan-county_2012", "pingtan-county_2013")],
      ("cumul", "proactive_total")),
    K("x6-k08", "cumulative-broken", "平潭综合实验区2011年和2012年报告中主动公开信息数的历年累计能接得上吗？（2011累计+2012本年度=2012累计？）",
      "pingtan", [("pingtan_2011", "pingtan_2012")], ("cumul", "proactive_total")),
    K("x6-k09", "cumulative-chain-mixed", "平潭实验区2012→2013→2014，主动公开信息历年累计数的前后衔接是否都成立",
      "pingtan", [("pingtan_2012", "pingtan_2013"), ("pingtan_2013", "pingtan_2014")], ("cumul", "proactive_total")),
    K("x6-k10", "cumulative-requests", "平潭县2012年与2013年统计表中受理依申请公开的历年累计数是否衔接？",
      "pingtan-county", [("pingtan-county_2012", "pingtan-county_2013")], ("cumul", "requests_total")),
    K("x6-k11", "cumulative-website", "平潭县人民政府2011-2013年网站公开信息的历年累计是否逐年对得上",
      "pingtan-county", [("pingtan-county_2011", "pingtan-county_2012"), ("pingtan-county_2012", "pingtan-county_2013")],
      ("cumul", "proactive_website")),
    K("x6-k12", "cumulative-requests", "平潭综合实验区2013年依申请公开受理数的累计加上2014年本年度，等于2014年的历年累计吗？",
      "pingtan", [("pingtan_2013", "pingtan_2014")], ("cumul", "requests_total")),

    # ------------------------------------------------------------------ noyear (newest report of the body)
    NY("x6-n01", "noyear-cell", "平潭综合实验区一年收到多少政府信息公开申请？", "pingtan", "cell", T3N("new_received")),
    NY("x6-n02", "noyear-cell+short-name", "上海市政府办公厅被申请行政复议多少件", "shanghai-municipal-office", "cell",
       T4N("review.total")),
    NY("x6-n03", "noyear-pre2019", "平潭县政府主动公开了多少条信息？", "pingtan-county", "cell",
       ("stats", "proactive_total", "this_year"), unit="条"),
    NY("x6-n04", "noyear-cell", "虹口区上年结转过来的信息公开申请有几件", "hongkou-district", "cell",
       T3N("carried_over_from_last_year")),
    NY("x6-n05", "noyear-narrative-phone", "淮安市政府信息公开年报上留的联系电话是多少？", "huaian-city", "narrative",
       "0517-83605210"),
    NY("x6-n06", "noyear-narrative-fee+ocr-name", "沐阳县收了多少信息处理费？", "shuyang-county", "narrative",
       "收取信息处理费共计380元"),
    NY("x6-n07", "noyear-cell+short-name", "上海科委自然人提出的信息公开申请几件", "shanghai-stcsm", "cell",
       T3N("new_received", "natural_person")),
    NY("x6-n08", "noyear-narrative-problem", "平潭实验区政府信息公开工作还存在哪些不足？", "pingtan", "narrative",
       "平台互动功能仍有不足"),
    NY("x6-n09", "noyear-narrative-problem", "上海市政府办公厅政务公开的主要问题是什么", "shanghai-municipal-office",
       "narrative", "政策信息分散于多个平台"),
    NY("x6-n10", "noyear-cell+dept-short", "沭阳发改局新收的信息公开申请多少件", "shuyang-fgj", "cell", T3N("new_received")),
    NY("x6-n11", "noyear-T2", "洪泽区行政处罚决定数量是多少", "hongze-district", "cell",
       ("T2", "administrative_penalty", "decisions")),
    NY("x6-n12", "noyear-derived", "平潭综合实验区办结的申请比新收的少了几件？", "pingtan", "derived",
       ("diff", T3N("new_received"), T3N("results_total")), formula="new_received.total − results_total.total"),
    NY("x6-n13", "noyear-narrative-address", "虹口区政府办公室地址在哪，年报里写的", "hongkou-district", "narrative",
       "飞虹路 518 号"),

    # ------------------------------------------------------------------ nobody (general questions)
    NB("x6-b01", "nobody-fee", "申请政府信息公开要交钱吗？",
       [("pingtan_2025", "无收取信息处理费情况"), ("shanghai-municipal-office_2025", "本机关未收取信息公开处理费"),
        ("huaian-city_2024", "全年收取政府信息公开信息处理费 3940 元"), ("shuyang-county_2025", "收取信息处理费共计380元")]),
    NB("x6-b02", "nobody-basis", "政府信息公开年度报告是按照哪个文件的格式编的？",
       [("pingtan_2025", "国办公开办函〔2021〕30号"), ("shuyang-county_2025", "国办公开办函〔2021〕30号")]),
    NB("x6-b03", "nobody-period", "年报里的数据统计期是从几号到几号",
       [("pingtan_2025", "统计期限为2025年1月1日至2025年12月31日"),
        ("shuyang-county_2025", "统计期限从2025年1月1日至2025年12月31日止")]),
    NB("x6-b04", "nobody-fee-rule", "信息处理费是依据什么办法收取的",
       [("shuyang-county_2025", "《政府信息公开信息处理费管理办法》")]),
    NB("x6-b05", "nobody-problem", "信息公开工作一般存在什么问题",
       [("pingtan_2025", "依申请公开答复质量待进一步提升"), ("shuyang-county_2025", "依申请办件质量需进一步提升")]),
    NB("x6-b06", "nobody-download", "年度报告的电子版去哪儿下？",
       [("shanghai-municipal-office_2025", "府门户网站（www.shanghai.gov.cn）下载"),
        ("shanghai-stcsm_2024", "年度报告电子版可以通过市")]),

    # ------------------------------------------------------------------ unanswerable
    U("x6-u01", "gap-year", "平潭综合实验区2015年收到多少件政府信息公开申请？", "year_not_indexed",
      note="2015 report not in corpus (gap between 2014 and 2016)"),
    U("x6-u02", "gap-span", "上海市政府办公厅2021到2023年每年的行政复议数", "year_not_indexed",
      note="only 2019 and 2025 of this body are indexed"),
    U("x6-u03", "body-not-indexed-comparison", "2023年福州市政府和平潭综合实验区谁收到的信息公开申请多", "body_not_indexed",
      note="福州市 (the province capital near 平潭) has no report in the corpus"),
    U("x6-u04", "sibling-district", "上海市黄浦区政府2022年和2023年的新收申请对比", "body_not_indexed",
      note="黄浦区 shares 上海市 with indexed bodies; no report"),
    U("x6-u05", "no-such-figure-series", "平潭综合实验区历年政务公开工作经费投入分别是多少", "no_such_figure"),
    U("x6-u06", "single-year-body-series", "淮安市政府2020年到2024年每年行政复议数量变化", "year_not_indexed",
      note="only 淮安市 2024 is indexed"),
    U("x6-u07", "county-department", "沭阳县教育局2025年和沭阳县政府谁收到的申请多", "body_not_indexed",
      note="沭阳县教育局 not indexed (only 沭阳县政府 2025 and 沭阳县发改局 2023)"),
    U("x6-u08", "other-format-span", "平潭综合实验区2011到2018年每年复议后起诉的行政诉讼里结果被纠正的有几件", "not_in_this_format",
      note="pre-2019 统计表 has only 行政诉讼数, no 复议后起诉/结果纠正 split"),
    U("x6-u09", "next-year-not-indexed", "平潭2025年结转的申请，2026年的年报里对上了吗", "year_not_indexed",
      note="2026 report not in corpus"),

    # ------------------------------------------------------------------ followups
    F("x6-f01", "series->column->max", [
        S(None, None, "平潭综合实验区2019到2025年每年新收申请多少件？", "pingtan", "T3", "new_received", "total", span=(2019, 2025)),
        S(None, None, "那自然人呢？", "pingtan", "T3", "new_received", "natural_person", span=(2019, 2025)),
        S(None, None, "哪年最多？", "pingtan", "T3", "new_received", "natural_person", span=(2019, 2025), pick="max"),
    ]),
    F("x6-f02", "comparison->table4", [
        C(None, None, "2025年平潭、上海市政府办公厅、沭阳县谁收到的信息公开申请多？",
          ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], ("cell", T3N("new_received"))),
        C(None, None, "那复议呢", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"],
          ("cell", T4N("review.total"))),
    ]),
    F("x6-f03", "series->litigation->sum", [
        S(None, None, "平潭实验区2021-2025年行政复议每年多少件", "pingtan", "T4", "cases", "review.total", span=(2021, 2025)),
        S(None, None, "直接打官司的呢", "pingtan", "T4", "cases", "litigation_direct.total", span=(2021, 2025)),
        S(None, None, "这几年加起来多少", "pingtan", "T4", "cases", "litigation_direct.total", span=(2021, 2025), pick="sum"),
    ]),
    F("x6-f04", "comparison->row", [
        C(None, None, "2021年平潭综合实验区和虹口区予以公开的各多少件", ["pingtan_2021", "hongkou-district_2021"],
          ("cell", T3N("granted"))),
        C(None, None, "因为不掌握而没法提供的呢？", ["pingtan_2021", "hongkou-district_2021"], ("cell", T3N("unable_not_held"))),
    ]),
    F("x6-f05", "series-gaps->column", [
        S(None, None, "上海市政府办公厅2019-2025年新收申请每年多少", "shanghai-municipal-office", "T3", "new_received", "total",
          span=(2019, 2025)),
        S(None, None, "其中商业企业的呢", "shanghai-municipal-office", "T3", "new_received", "commercial_enterprise",
          span=(2019, 2025)),
    ]),
    F("x6-f06", "series->body-switch", [
        S(None, None, "平潭综合实验区2011-2013年主动公开信息每年多少条", "pingtan", "stats", "proactive_total", "this_year",
          span=(2011, 2013)),
        S(None, None, "平潭县呢？", "pingtan-county", "stats", "proactive_total", "this_year", span=(2011, 2013)),
    ]),
    F("x6-f07", "comparison->row-switch", [
        C(None, None, "2024年淮安市和平潭实验区新收申请各多少件", ["pingtan_2024", "huaian-city_2024"], ("cell", T3N("new_received"))),
        C(None, None, "结转到下一年的呢", ["pingtan_2024", "huaian-city_2024"], ("cell", T3N("carried_to_next_year"))),
    ]),
    F("x6-f08", "series->gap-year->pre2019", [
        S(None, None, "平潭综合实验区2019到2025年被申请行政复议的数量", "pingtan", "T4", "cases", "review.total", span=(2019, 2025)),
        U(None, None, "2015年呢？", "year_not_indexed"),
        CELL("那2014年的呢", "pingtan_2014", ("stats", "admin_review", "this_year")),
    ], note="turn 3: the 2014 统计表 has 行政复议数 (本年度), taken as the same quantity (see NOTES)"),
    F("x6-f09", "comparison->carried->carried", [
        C(None, None, "2019年平潭综合实验区和上海市人民政府办公厅新收申请各多少？",
          ["pingtan_2019", "shanghai-municipal-office_2019"], ("cell", T3N("new_received"))),
        C(None, None, "上年结转的呢", ["pingtan_2019", "shanghai-municipal-office_2019"], ("cell", T3N("carried_over_from_last_year"))),
        C(None, None, "结转下年度继续办的呢", ["pingtan_2019", "shanghai-municipal-office_2019"], ("cell", T3N("carried_to_next_year"))),
    ]),
    F("x6-f10", "series->min", [
        S(None, None, "平潭2021到2025年行政事业性收费金额每年多少万元", "pingtan", "T2", "administrative_fees", "fee_amount",
          span=(2021, 2025)),
        S(None, None, "哪一年最少", "pingtan", "T2", "administrative_fees", "fee_amount", span=(2021, 2025), pick="min"),
    ]),
    F("x6-f11", "series-pre2019->row", [
        S(None, None, "平潭县2011至2013年受理的信息公开申请各几条", "pingtan-county", "stats", "requests_total", "this_year",
          span=(2011, 2013)),
        S(None, None, "当面来申请的呢", "pingtan-county", "stats", "req_in_person", "this_year", span=(2011, 2013)),
    ]),
    F("x6-f12", "comparison->subcolumn", [
        C(None, None, "2025年沭阳县和平潭综合实验区行政复议各多少件", ["pingtan_2025", "shuyang-county_2025"],
          ("cell", T4N("review.total"))),
        C(None, None, "其中被纠正的呢", ["pingtan_2025", "shuyang-county_2025"], ("cell", T4N("review.corrected"))),
    ]),
    F("x6-f13", "unanswerable-body->comparison", [
        C(None, None, "2023年平潭和洪泽区的行政强制决定数哪个多", ["pingtan_2023", "hongze-district_2023"],
          ("cell", ("T2", "administrative_coercion", "decisions"))),
        U(None, None, "淮安市淮阴区呢", "body_not_indexed"),
    ]),
]
