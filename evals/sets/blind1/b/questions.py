# -*- coding: utf-8 -*-
"""Blind question set b- (平潭综合实验区 2019-2025): questions + references, NO typed numbers.

Every expected number is computed by build.py (and independently by check.py) from the gold cells in
/work/blind/gold/pingtan_<year>.json.  References:

  C(year, table, row, column)            -> one gold cell
  cell item:      dict(kind="cell", q=..., ref=C(...))
  derived item:   dict(kind="derived", q=..., op=..., ...)
      op="sum"     terms=[(sign, C(...)), ...]                 value = sum(sign*cell)
      op="share"   num=[C..], den=[C..], decimals=d            value = round(100*sum(num)/sum(den), d)   (unit %)
      op="argmax"/"argmin"  cands=[C..]                         value = the year of the largest/smallest cell
  narrative item: dict(kind="narrative", q=..., year=Y, sub="verbatim substring")
  unanswerable:   dict(kind="unanswerable", q=..., report=stem|None, year=Y|None, reason=...)
  ambiguous:      dict(kind="ambiguous", q=..., year=Y|None)
  followup:       dict(kind="followup", turns=[<cell/derived/unanswerable turn dicts>])
"""


def C(year, table, row, col):
    return ("C", year, table, row, col)


def cell(q, ref, cls, note=None):
    d = dict(kind="cell", q=q, ref=ref, cls=cls)
    if note:
        d["note"] = note
    return d


def dsum(q, terms, cls, unit="件", decimals=None, note=None, year=None):
    d = dict(kind="derived", op="sum", q=q, terms=terms, cls=cls, unit=unit)
    if decimals is not None:
        d["decimals"] = decimals
    if note:
        d["note"] = note
    if year:
        d["year"] = year
    return d


def dshare(q, num, den, cls, decimals=2, note=None):
    d = dict(kind="derived", op="share", q=q, num=num, den=den, cls=cls, unit="%", decimals=decimals)
    if note:
        d["note"] = note
    return d


def dargx(q, op, cands, cls, note=None):
    d = dict(kind="derived", op=op, q=q, cands=cands, cls=cls, unit="年")
    if note:
        d["note"] = note
    return d


def narr(q, year, sub, cls, note=None):
    d = dict(kind="narrative", q=q, year=year, sub=sub, cls=cls)
    if note:
        d["note"] = note
    return d


def unans(q, reason, cls, report=None, year=None, note=None):
    d = dict(kind="unanswerable", q=q, reason=reason, cls=cls, report=report, year=year)
    if note:
        d["note"] = note
    return d


def amb(q, cls, year=None, note=None):
    d = dict(kind="ambiguous", q=q, cls=cls, year=year)
    if note:
        d["note"] = note
    return d


def fu(cls, *turns):
    return dict(kind="followup", cls=cls, turns=list(turns))


NEW = "new_received"
TOT = "total"
NP = "natural_person"

ITEMS = [
    # ------------------------------------------------------------------ 2019 (2019 trial format)
    cell("平潭综合实验区2019年本年新收的政府信息公开申请里，自然人提的有多少件？",
         C(2019, "T3", NEW, NP), "applicant-column"),
    cell("2019年平潭依申请公开，最后同意公开（全部公开）的有几件", C(2019, "T3", "granted", TOT), "colloquial-row"),
    cell("平潭实验区2019年因为“本机关不掌握相关政府信息”没法提供的申请有多少？",
         C(2019, "T3", "unable_not_held", TOT), "plain"),
    cell("2019年平潭有几件申请是补正以后还是说不清要什么、最后没法提供的？",
         C(2019, "T3", "unable_unclear_after_correction", TOT), "colloquial-row"),
    cell("平潭2019 重复申请 不予处理 件数", C(2019, "T3", "not_processed_duplicate", TOT), "keyword-only"),
    cell("我在写一篇关于海岛治理的论文，顺便问下：平潭综合实验区2019年部分公开的申请是几件？",
         C(2019, "T3", "partially_granted", TOT), "irrelevant-clause-first"),
    cell("福建平潭2019年年报里，商业企业提交的政府信息公开申请有多少件？",
         C(2019, "T3", NEW, "commercial_enterprise"), "applicant-column+zero"),
    cell("2019年平潭综合实验区规章本年新制作数量是多少", C(2019, "T2", "regulations", "new_made"),
         "other-format-row", note="2019 trial format column 本年新制作数量"),
    cell("平潭2019年（六）其他处理那一行总计是多少？", C(2019, "T3", "other_processing", TOT),
         "other-format-row", note="single （六）其他处理 row of the 2019 trial format"),
    cell("二〇一九年平潭因为政府信息公开被申请行政复议的总数是多少", C(2019, "T4", "cases", "review.total"),
         "chinese-numeral-year"),
    cell("平潭综合试验区2019年没经过复议直接去法院起诉的信息公开案子一共几件？",
         C(2019, "T4", "cases", "litigation_direct.total"), "typo+colloquial-T4"),

    # ------------------------------------------------------------------ 2020 (2019 trial format)
    cell("平潭综合实验区2020年本年新收政府信息公开申请总计多少件？", C(2020, "T3", NEW, TOT), "staff-exact"),
    cell("2020年平潭，由“其他”类法人或组织提的新申请有几件", C(2020, "T3", NEW, "other_org"), "applicant-column"),
    cell("平潭2020年予以公开的申请中，来自其他组织的有多少", C(2020, "T3", "granted", "other_org"),
         "applicant-column"),
    cell("2020年平潭管委会部分公开了多少件政府信息公开申请？", C(2020, "T3", "partially_granted", TOT),
         "body-variant"),
    cell("平潭2020年其他处理是几件", C(2020, "T3", "other_processing", TOT), "other-format-row",
         note="2019 trial format single （六）其他处理 row"),
    cell("平潭综合实验区2020年行政事业性收费的上一年项目数量是多少？", C(2020, "T2", "administrative_fees",
                                                        "previous_year_items"), "other-format-row"),
    cell("2020年平潭行政事业性收费项目本年增减了多少（增/减）？", C(2020, "T2", "administrative_fees", "change"),
         "other-format-row+signed"),
    cell("平潭2020年年报第二十条第（六）项里，行政处罚上一年项目数量是多少", C(2020, "T2", "administrative_penalty",
                                                             "previous_year_items"), "other-format-row"),
    cell("２０２０年平潭规章对外公开总数量是多少？", C(2020, "T2", "regulations", "total_published"),
         "fullwidth-digits+other-format-row"),
    cell("平潭2020年政府信息公开复议后又起诉的有几件", C(2020, "T4", "cases", "litigation_after_review.total"),
         "T4-after-review"),
    cell("平潭2020年申请人补正后内容仍不明确的有多少件", C(2020, "T3", "unable_unclear_after_correction", TOT),
         "plain"),

    # ------------------------------------------------------------------ 2021
    cell("2021年平潭综合实验区，社会公益组织新提交的信息公开申请有几件？",
         C(2021, "T3", NEW, "social_welfare_org"), "applicant-column"),
    cell("平潭2021年新收申请中，“其他”法人或组织提的多少？", C(2021, "T3", NEW, "other_org"), "applicant-column"),
    cell("平潭实验区2021年依申请予以公开的总数", C(2021, "T3", "granted", TOT), "plain"),
    cell("2021年平潭有多少申请因为属于行政执法案卷而不予公开？", C(2021, "T3", "denied_enforcement_case_file", TOT),
         "plain"),
    cell("平潭2021年 本机关不掌握 总计", C(2021, "T3", "unable_not_held", TOT), "keyword-only"),
    cell("2021年平潭“本机关不掌握相关政府信息”那一行，其他组织一栏是几件？", C(2021, "T3", "unable_not_held", "other_org"),
         "applicant-column"),
    cell("平潭2021年有几件申请没办完、要留到下一年继续办理？", C(2021, "T3", "carried_to_next_year", TOT),
         "colloquial-row"),
    cell("2021年平潭因信息公开被告、法院判决维持的（未经复议直接起诉）有几件？",
         C(2021, "T4", "cases", "litigation_direct.maintained"), "colloquial-T4"),
    cell("平潭2021年行政复议其他结果几件", C(2021, "T4", "cases", "review.other_result"), "T4-review"),
    cell("平潭综合实验区2021年行政许可本年处理决定数量", C(2021, "T2", "administrative_licensing", "decisions"),
         "staff-exact"),
    cell("2021年平潭一共作出了多少个行政处罚决定？", C(2021, "T2", "administrative_penalty", "decisions"), "T2"),
    cell("2021年平潭行政强制处理决定多少件", C(2021, "T2", "administrative_coercion", "decisions"), "T2"),
    cell("平潭2021年行政事业性收费金额是多少万元？", C(2021, "T2", "administrative_fees", "fee_amount"),
         "T2-fee-decimal"),
    cell("2021年度平潭有几件申请因为属于行政查询事项没公开？", C(2021, "T3", "denied_admin_query", TOT), "plain"),

    # ------------------------------------------------------------------ 2022
    cell("平潭2022年上年结转过来的政府信息公开申请有几件？", C(2022, "T3", "carried_over_from_last_year", TOT),
         "plain"),
    cell("2022年平潭综合实验区商业企业提了多少件信息公开申请", C(2022, "T3", NEW, "commercial_enterprise"),
         "applicant-column"),
    cell("平潭2022年部分公开的申请里，商业企业占了几件？", C(2022, "T3", "partially_granted", "commercial_enterprise"),
         "applicant-column"),
    cell("2022年平潭因为是过程性信息而不公开的申请几件", C(2022, "T3", "denied_process_info", TOT), "colloquial-row"),
    cell("平潭2022年有多少申请的信息政府自己手里没有？", C(2022, "T3", "unable_not_held", TOT), "colloquial-row"),
    cell("2022年平潭申请人逾期不补正、行政机关不再处理的有几件", C(2022, "T3", "other_no_correction_overdue", TOT),
         "plain"),
    cell("平潭2022年（六）其他处理中“其他”一项，商业企业是几件？", C(2022, "T3", "other_other", "commercial_enterprise"),
         "applicant-column"),
    cell("2022年平潭综合实验区政府信息公开行政复议结果被纠正的有几件？", C(2022, "T4", "cases", "review.corrected"),
         "T4-review"),
    cell("平潭2022年行政许可处理决定数", C(2022, "T2", "administrative_licensing", "decisions"), "keyword-only"),
    cell("2022年平潭的行政强制决定有多少件", C(2022, "T2", "administrative_coercion", "decisions"), "T2+zero"),
    cell("平潭2022年行政规范性文件本年制发了多少件？", C(2022, "T2", "normative_documents", "issued"), "T2"),
    cell("2022年平潭废止了几件行政规范性文件", C(2022, "T2", "normative_documents", "repealed"), "T2"),
    cell("平潭2022年现行有效的行政规范性文件有多少件", C(2022, "T2", "normative_documents", "valid"), "T2"),

    # ------------------------------------------------------------------ 2023
    cell("平潭综合实验区2023年本年新收政府信息公开申请数量总计", C(2023, "T3", NEW, TOT), "staff-exact"),
    cell("2023年平潭部分公开的有几件", C(2023, "T3", "partially_granted", TOT), "plain"),
    cell("平潭2023年因为保护第三方合法权益不予公开的申请有几件？", C(2023, "T3", "denied_third_party_rights", TOT),
         "plain"),
    cell("2023年平潭有几件申请是来查行政查询事项、结果不予公开的", C(2023, "T3", "denied_admin_query", TOT),
         "colloquial-row"),
    cell("2023年平潭实验区信息公开申请“本机关不掌握”的有多少件？", C(2023, "T3", "unable_not_held", TOT), "plain"),
    cell("平潭2023年法律服务机构提交的新申请有几件", C(2023, "T3", NEW, "legal_service_org"),
         "applicant-column+zero"),
    cell("2023年平潭政府信息公开未经复议直接起诉、还没审结的有几件？",
         C(2023, "T4", "cases", "litigation_direct.pending"), "T4-direct"),
    cell("平潭2023年复议后起诉的案件中其他结果几件", C(2023, "T4", "cases", "litigation_after_review.other_result"),
         "T4-after-review"),
    cell("平潭2023年信息公开行政复议维持原决定的有几起？", C(2023, "T4", "cases", "review.maintained"), "T4-review"),
    cell("2023年平潭行政处罚本年处理决定数量", C(2023, "T2", "administrative_penalty", "decisions"), "T2"),
    cell("平潭综合实验区2023年行政事业性收费多少万元", C(2023, "T2", "administrative_fees", "fee_amount"),
         "T2-fee-decimal"),
    cell("2023年平潭行政许可决定有多少", C(2023, "T2", "administrative_licensing", "decisions"), "T2"),

    # ------------------------------------------------------------------ 2024
    cell("平潭2024年一共新收到多少件政府信息公开申请？", C(2024, "T3", NEW, TOT), "plain"),
    cell("2024年平潭商业企业提的申请几件", C(2024, "T3", NEW, "commercial_enterprise"), "applicant-column"),
    cell("平潭2024年有多少申请因为属于三类内部事务信息没公开？", C(2024, "T3", "denied_internal_affairs", TOT),
         "plain"),
    cell("2024年平潭因涉及国家秘密被拒绝公开的申请有几件？", C(2024, "T3", "denied_state_secret", TOT),
         "colloquial-row"),
    cell("平潭2024年保护第三方合法权益不公开几件", C(2024, "T3", "denied_third_party_rights", TOT), "plain"),
    cell("2024年平潭实验区“本机关不掌握相关政府信息”的申请数", C(2024, "T3", "unable_not_held", TOT), "plain"),
    cell("2024年平潭（六）其他处理里的“3.其他”总计几件？", C(2024, "T3", "other_other", TOT), "plain"),
    cell("平潭2024年复议后起诉、结果维持的案子有多少？",
         C(2024, "T4", "cases", "litigation_after_review.maintained"), "T4-after-review"),
    cell("2024年平潭行政复议还没审结的有几件", C(2024, "T4", "cases", "review.pending"), "T4-review"),
    cell("平潭2024年行政许可本年处理决定数量是多少", C(2024, "T2", "administrative_licensing", "decisions"), "T2"),
    cell("2024年平潭行政强制的处理决定几件？", C(2024, "T2", "administrative_coercion", "decisions"), "T2"),
    cell("平潭2024年申请人无正当理由逾期不补正的有几件", C(2024, "T3", "other_no_correction_overdue", TOT),
         "other-format-row", note="2021-format sub-row of （六）其他处理"),

    # ------------------------------------------------------------------ 2025
    cell("2025年平潭综合实验区自然人新提交的政府信息公开申请有多少件？", C(2025, "T3", NEW, NP), "applicant-column"),
    cell("平潭2025年商业企业新收申请数", C(2025, "T3", NEW, "commercial_enterprise"), "applicant-column"),
    cell("平潭2025年科研机构申请了几件政府信息公开", C(2025, "T3", NEW, "research_institution"),
         "applicant-column+zero"),
    cell("2025年平潭依申请公开最终全部公开的有几件？", C(2025, "T3", "granted", TOT), "colloquial-row"),
    cell("平潭2025年部分公开几件", C(2025, "T3", "partially_granted", TOT), "plain"),
    cell("2025年平潭有几件申请是因为没有现成信息、需要另行制作而没法提供的？", C(2025, "T3", "unable_needs_creation", TOT),
         "colloquial-row"),
    cell("平潭2025年信访举报投诉类申请不予处理的有几件", C(2025, "T3", "not_processed_petition_complaint", TOT),
         "plain"),
    cell("2025年平潭申请人逾期没按收费通知交钱、不再处理的有几件？", C(2025, "T3", "other_fee_unpaid_overdue", TOT),
         "colloquial-row+other-format-row"),
    cell("平潭2025年结转到下一年继续办理的申请总计多少件", C(2025, "T3", "carried_to_next_year", TOT), "plain"),
    cell("2025年平潭结转下年度的申请中商业企业有几件", C(2025, "T3", "carried_to_next_year", "commercial_enterprise"),
         "applicant-column"),
    cell("平潭2025年行政复议结果维持的有几件？", C(2025, "T4", "cases", "review.maintained"), "T4-review"),
    cell("2025年平潭信息公开复议“其他结果”几件", C(2025, "T4", "cases", "review.other_result"), "T4-review"),
    cell("平潭综合实验区2025年未经复议直接起诉的案件里，结果被纠正的有几件？",
         C(2025, "T4", "cases", "litigation_direct.corrected"), "T4-direct"),
    cell("2025年平潭行政处罚决定数量是多少？", C(2025, "T2", "administrative_penalty", "decisions"), "T2"),
    cell("2025年平潭行政事业性收费金额（万元）", C(2025, "T2", "administrative_fees", "fee_amount"), "T2-fee-decimal"),

    # ================================================================== derived
    dsum("平潭综合实验区2022年新收的政府信息公开申请比2021年多了几件？",
         [(1, C(2022, "T3", NEW, TOT)), (-1, C(2021, "T3", NEW, TOT))], "year-over-year"),
    dsum("平潭2024年本年新收申请数比2023年增加了多少件", [(1, C(2024, "T3", NEW, TOT)), (-1, C(2023, "T3", NEW, TOT))],
         "year-over-year"),
    dsum("平潭2025年新收政府信息公开申请比2024年减少了多少件？",
         [(1, C(2024, "T3", NEW, TOT)), (-1, C(2025, "T3", NEW, TOT))], "year-over-year",
         note="decrease stated as a positive number: 2024 − 2025"),
    dsum("2020年平潭新收申请比2019年少了几件？", [(1, C(2019, "T3", NEW, TOT)), (-1, C(2020, "T3", NEW, TOT))],
         "year-over-year", note="decrease as positive number: 2019 − 2020"),
    dshare("平潭2024年予以公开的申请占办理结果总计的百分之几？（保留两位小数）",
           [C(2024, "T3", "granted", TOT)], [C(2024, "T3", "results_total", TOT)], "share"),
    dsum("2025年平潭不予公开的申请一共多少件（把不予公开下面8种情形加起来）？",
         [(1, C(2025, "T3", r, TOT)) for r in ["denied_state_secret", "denied_other_law",
                                               "denied_three_security_one_stability", "denied_third_party_rights",
                                               "denied_internal_affairs", "denied_process_info",
                                               "denied_enforcement_case_file", "denied_admin_query"]],
         "group-sum"),
    dsum("平潭2025年“无法提供”的申请合计几件（三种情形加总）", [(1, C(2025, "T3", r, TOT)) for r in [
        "unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]], "group-sum"),
    dsum("2025年平潭其他处理一共几件？（三个小项加起来）", [(1, C(2025, "T3", r, TOT)) for r in [
        "other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]], "group-sum"),
    dsum("平潭2024年被拒绝公开（不予公开各项合计）的申请有多少件？",
         [(1, C(2024, "T3", r, TOT)) for r in ["denied_state_secret", "denied_other_law",
                                               "denied_three_security_one_stability", "denied_third_party_rights",
                                               "denied_internal_affairs", "denied_process_info",
                                               "denied_enforcement_case_file", "denied_admin_query"]],
         "group-sum+colloquial"),
    dsum("2021年平潭不予公开合计多少件", [(1, C(2021, "T3", r, TOT)) for r in [
        "denied_state_secret", "denied_other_law", "denied_three_security_one_stability", "denied_third_party_rights",
        "denied_internal_affairs", "denied_process_info", "denied_enforcement_case_file", "denied_admin_query"]],
         "group-sum+keyword"),
    dsum("平潭2023年法人或者其他组织新提的申请一共几件？（商业企业、科研机构、社会公益组织、法律服务机构、其他加起来）",
         [(1, C(2023, "T3", NEW, c)) for c in ["commercial_enterprise", "research_institution", "social_welfare_org",
                                               "legal_service_org", "other_org"]], "column-group-sum"),
    dsum("2021年平潭法人和其他组织一共提交了多少件新申请", [(1, C(2021, "T3", NEW, c)) for c in [
        "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]],
         "column-group-sum"),
    dsum("平潭2022年行政许可处理决定数比2021年多了多少？",
         [(1, C(2022, "T2", "administrative_licensing", "decisions")),
          (-1, C(2021, "T2", "administrative_licensing", "decisions"))], "year-over-year-T2"),
    dsum("平潭2023年的行政处罚决定比2022年少了多少件？",
         [(1, C(2022, "T2", "administrative_penalty", "decisions")),
          (-1, C(2023, "T2", "administrative_penalty", "decisions"))], "year-over-year-T2",
         note="decrease as positive number: 2022 − 2023"),
    dsum("2024年平潭行政事业性收费金额比2023年增加了多少万元？（保留两位小数）",
         [(1, C(2024, "T2", "administrative_fees", "fee_amount")),
          (-1, C(2023, "T2", "administrative_fees", "fee_amount"))], "year-over-year-fee", unit="万元", decimals=2),
    dsum("平潭2025年政府信息公开行政复议和行政诉讼一共多少件？（复议总计＋直接起诉总计＋复议后起诉总计）",
         [(1, C(2025, "T4", "cases", "review.total")), (1, C(2025, "T4", "cases", "litigation_direct.total")),
          (1, C(2025, "T4", "cases", "litigation_after_review.total"))], "T4-sum"),
    dsum("平潭2024年因信息公开被起诉的行政诉讼案件合计几件（直接起诉加复议后起诉）",
         [(1, C(2024, "T4", "cases", "litigation_direct.total")),
          (1, C(2024, "T4", "cases", "litigation_after_review.total"))], "T4-sum"),
    dsum("2023年平潭行政诉讼总共几件", [(1, C(2023, "T4", "cases", "litigation_direct.total")),
                                 (1, C(2023, "T4", "cases", "litigation_after_review.total"))], "T4-sum+keyword",
         note="行政诉讼 = 未经复议直接起诉总计 + 复议后起诉总计"),
    dargx("平潭2019年到2025年这几年里，哪一年新收的政府信息公开申请最多？", "argmax",
          [C(y, "T3", NEW, TOT) for y in range(2019, 2026)], "ranking"),
    dargx("2021—2025年间平潭行政许可处理决定数量最少的是哪一年？", "argmin",
          [C(y, "T2", "administrative_licensing", "decisions") for y in range(2021, 2026)], "ranking-T2"),
    dargx("2021到2025年，平潭行政事业性收费金额最高是哪年", "argmax",
          [C(y, "T2", "administrative_fees", "fee_amount") for y in range(2021, 2026)], "ranking-T2"),
    dshare("平潭2025年行政复议中结果被纠正的占复议总数的比例是多少？（百分比，保留两位小数）",
           [C(2025, "T4", "cases", "review.corrected")], [C(2025, "T4", "cases", "review.total")], "share-T4"),
    dsum("2019年平潭无法提供的申请一共几件（本机关不掌握、需另行制作、补正后仍不明确加起来）",
         [(1, C(2019, "T3", r, TOT)) for r in ["unable_not_held", "unable_needs_creation",
                                               "unable_unclear_after_correction"]], "group-sum"),
    dshare("平潭2022年予以公开和部分公开加起来，占办理结果总计的百分比是多少？保留两位小数",
           [C(2022, "T3", "granted", TOT), C(2022, "T3", "partially_granted", TOT)],
           [C(2022, "T3", "results_total", TOT)], "share"),
    dshare("2024年平潭新收申请中自然人所占比例（%，保留两位小数）", [C(2024, "T3", NEW, NP)], [C(2024, "T3", NEW, TOT)],
           "share-applicant"),
    dshare("平潭2025年的办结率是多少？按办理结果总计除以（新收＋上年结转）算，保留两位小数",
           [C(2025, "T3", "results_total", TOT)],
           [C(2025, "T3", NEW, TOT), C(2025, "T3", "carried_over_from_last_year", TOT)], "share-rate"),
    dsum("2021年平潭信息公开方面的行政复议和行政诉讼加起来多少件？（复议总计＋两类诉讼总计）",
         [(1, C(2021, "T4", "cases", "review.total")), (1, C(2021, "T4", "cases", "litigation_direct.total")),
          (1, C(2021, "T4", "cases", "litigation_after_review.total"))], "T4-sum"),
    dsum("平潭2025年行政复议总数比2024年多了多少件", [(1, C(2025, "T4", "cases", "review.total")),
                                          (-1, C(2024, "T4", "cases", "review.total"))], "year-over-year-T4"),
    dsum("平潭2020年予以公开和部分公开一共几件？", [(1, C(2020, "T3", "granted", TOT)),
                                     (1, C(2020, "T3", "partially_granted", TOT))], "sum"),
    dsum("平潭综合实验区2021年到2025年五年新收政府信息公开申请加起来一共多少件？",
         [(1, C(y, "T3", NEW, TOT)) for y in range(2021, 2026)], "multi-year-sum"),
    dsum("2022年平潭“本机关不掌握”的申请比2021年多几件", [(1, C(2022, "T3", "unable_not_held", TOT)),
                                             (-1, C(2021, "T3", "unable_not_held", TOT))], "year-over-year"),
    dsum("平潭2023年予以公开比2022年多了几件？", [(1, C(2023, "T3", "granted", TOT)),
                                    (-1, C(2022, "T3", "granted", TOT))], "year-over-year"),

    # ================================================================== narrative
    narr("平潭综合实验区2019年政府信息公开年报留的联系电话是多少？", 2019, "0591-23165250", "contact-phone"),
    narr("2019年平潭政府信息公开年报的联系地址在哪", 2019, "平潭综合实验区北厝金井湾片区管委会大楼主楼14层", "contact-address"),
    narr("平潭2019年一共公布了多少条政府信息？", 2019, "共公布政府信息2599条", "prose-count"),
    narr("2019年平潭开了几期《问政平潭有事你说》？", 2019, "组织19期《问政平潭有事你说》", "prose-count"),
    narr("平潭2019年报说政府信息公开工作存在什么问题？", 2019, "个别部门对政府信息公开工作主动性和自觉性仍待提高", "problem"),
    narr("平潭2019年年报里说2020年准备采取哪些改进措施？", 2019, "继续强化信息公开责任", "plan-for-next-year",
         note="the 2019 report names the 2020 measures"),

    narr("平潭2020年政府信息公开报告的联系电话/传真？", 2020, "0591-23165370", "contact-phone"),
    narr("平潭综合实验区2020年全区共受理了多少件信息公开申请（报告正文怎么说）", 2020, "共受理政府信息公开申请21件",
         "prose-count"),
    narr("2020年平潭规范性文件清理后宣布废止了几件", 2020, "已宣布废止规范性文件5件", "measure"),
    narr("2020年平潭公开了多少条疫情防控相关信息？", 2020, "共公开51条疫情防控相关信息", "prose-count"),
    narr("平潭2020年在依申请公开制度规范上转发了哪个外省的规范？", 2020, "转发《江苏省政府信息公开申请办理答复规范》",
         "measure"),
    narr("2020年平潭报告提到的主要问题是什么", 2020, "基层政务公开标准化规范化水平有待进一步提升", "problem"),

    narr("平潭2021年全年主动公开了多少条政府信息？", 2021, "全年主动公开我区各级单位政府信息2645条", "prose-count"),
    narr("2021年平潭关停了几个政务新媒体", 2021, "先后关停未进行规范管理的政务新媒体2个", "platform"),
    narr("平潭2021年依申请公开用的“三个一”机制是什么", 2021, "第一时间登记受理、第一时间转送承办单位", "measure"),
    narr("平潭2021年收取信息处理费了吗？", 2021, "2021年，无收取信息处理费情况", "fee-none"),
    narr("2021年平潭年报说存在的主要问题有哪些", 2021, "政策解读形式不够丰富", "problem"),

    narr("平潭2022年年报有疑问找哪个部门？", 2022, "平潭综合实验区管委会办公室保密与电子政务处", "contact-dept"),
    narr("2022年平潭全区主动公开了多少条政府信息", 2022, "2022年全区共主动公开政府信息14571条", "prose-count"),
    narr("平潭2022年现存多少个政务新媒体？", 2022, "对全区现存的33个政务新媒体", "platform"),
    narr("平潭2022年在2023年打算怎么改进政府信息公开？", 2022, "丰富意见征集形式", "plan-for-next-year",
         note="2023 measures are named in the 2022 report"),
    narr("2022年平潭存在的问题之一是什么（重大行政决策方面）", 2022, "重大行政决策预公开程度需进一步加强", "problem"),

    narr("2023年平潭实验区政府信息公开年报的联系电话", 2023, "0591-23165385", "contact-phone"),
    narr("平潭2023年发布了多少篇政策解读？", 2023, "全年发布政策解读117篇", "prose-count"),
    narr("2023年平潭予以公开及部分公开占比多少（报告里写的）", 2023, "予以公开及部分公开42件，占51.85%", "prose-share"),
    narr("平潭2023年建设了哪些特色专题专栏？", 2023, "“台湾地区标准题录数据库”", "platform"),
    narr("2024年平潭打算怎么改进政务公开（2023年报里写的）", 2023, "加大政务公开检查力度", "plan-for-next-year"),

    narr("平潭2024年通过门户网站主动公开了多少条政府信息", 2024, "全年主动公开各类政府信息10407条", "prose-count"),
    narr("平潭2024年关停注销了几个政务新媒体", 2024, "对5个发挥作用不明显", "platform"),
    narr("2024年平潭开展了什么整治工作（政务新媒体方面）", 2024, "“指尖上的形式主义”整治工作", "measure"),
    narr("平潭2025年在政府信息公开方面有哪些改进计划？", 2024, "优化主动公开目录", "plan-for-next-year",
         note="2025 plans are stated in the 2024 report"),
    narr("2024年平潭报告里提到的不足有哪些", 2024, "政策解读形式仍需创新", "problem"),

    narr("平潭2025年通过“平潭发布”公众号发了多少条信息？", 2025, "通过“平潭发布”公众号发布信息672条", "prose-count"),
    narr("2025年平潭结转到2026年的申请有几件（报告原文）", 2025, "结转至2026年6件", "prose-count"),
    narr("平潭2025年平台安全上用了什么技术手段", 2025, "运用蜜罐等安全技术手段", "platform"),
    narr("平潭2026年政务公开打算怎么整改？", 2025, "强化政务公开队伍建设", "plan-for-next-year",
         note="the 2025 report's 下一步整改措施 are the 2026 plans"),
    narr("2025年平潭年报说存在哪些不足", 2025, "政务公开队伍建设有待进一步加强", "problem"),
    narr("平潭2025年收信息处理费没有", 2025, "2025年，无收取信息处理费情况", "fee-none"),

    # ================================================================== unanswerable
    unans("福清市人民政府2023年政府信息公开工作年度报告里新收了多少申请？", "body_not_indexed", "neighbouring-city",
          year=2023),
    unans("福州市长乐区2024年依申请公开收到多少件", "body_not_indexed", "neighbouring-district", year=2024),
    unans("平潭综合实验区财政金融局2022年收到几件政府信息公开申请？", "body_not_indexed", "department-of-indexed-body",
          year=2022, note="a department named in the 平潭 reports; its own report is not in the corpus"),
    unans("平潭综合实验区公安局2021年政府信息公开年报里行政复议有几件", "body_not_indexed", "department-of-indexed-body",
          year=2021),
    unans("惠州市惠阳区平潭镇2022年政府信息公开申请数量是多少？", "body_not_indexed", "same-name-other-province",
          year=2022, note="平潭镇 in Guangdong, not 平潭综合实验区"),
    unans("平潭综合实验区地方税务局2013年政府信息公开年报有几件依申请？", "body_not_indexed", "department-of-indexed-body",
          year=2013, note="SOURCES.md: found in the archive but not saved to the corpus"),
    unans("平潭综合实验区社会事业局2020年行政诉讼多少件", "body_not_indexed", "department-of-indexed-body", year=2020),
    unans("福州市人民政府2025年新收政府信息公开申请总数", "body_not_indexed", "parent-city", year=2025),
    unans("漳州东山县2024年政府信息公开申请数", "body_not_indexed", "other-fujian-island-county", year=2024),
    unans("平潭综合实验区潭城片区管理局2022年收到多少政府信息公开申请", "body_not_indexed", "sub-area-of-indexed-body",
          year=2022),
    unans("福建省人民政府办公厅2021年予以公开的申请有几件？", "body_not_indexed", "provincial-office", year=2021),
    unans("平潭海关2023年依申请公开办了多少件", "body_not_indexed", "shares-name", year=2023),

    unans("厦门市思明区2023年政府信息公开申请收到多少件", "body_not_indexed", "other-fujian-district", year=2023),
    unans("平潭2021年政务新媒体粉丝总数是多少？", "no_such_figure", "figure-not-reported", report="pingtan_2021",
          year=2021),

    unans("平潭综合实验区2015年收到多少件政府信息公开申请？", "year_not_indexed", "year-missing-in-series", year=2015),
    unans("平潭2017年政府信息公开工作年报里主动公开了多少条", "year_not_indexed", "year-missing-in-series", year=2017),
    unans("平潭2026年新收政府信息公开申请多少件", "year_not_indexed", "future-year", year=2026),
    unans("二〇一〇年平潭综合实验区依申请公开数量", "year_not_indexed", "year-before-corpus+chinese-numeral", year=2010),
    unans("2017年平潭因政府信息公开被申请行政复议几件？", "year_not_indexed", "year-missing-in-series", year=2017),
    unans("平潭２０２６年行政复议多少起", "year_not_indexed", "future-year+fullwidth", year=2026),

    unans("平潭2023年政府门户网站的总访问量是多少？", "no_such_figure", "figure-not-reported", report="pingtan_2023",
          year=2023),
    unans("2022年平潭政务公开工作经费预算是多少万元", "no_such_figure", "budget", report="pingtan_2022", year=2022),
    unans("平潭2021年从事政府信息公开工作的人员有多少人？", "no_such_figure", "staff-count", report="pingtan_2021",
          year=2021),
    unans("平潭综合实验区2024年年报里留的咨询电话是多少？", "no_such_figure", "contact-absent-this-year",
          report="pingtan_2024", year=2024,
          note="the 2024 report prints no contact phone or address (2022/2023 reports do)"),
    unans("2025年平潭依申请公开平均多少个工作日答复？", "no_such_figure", "figure-not-reported", report="pingtan_2025",
          year=2025),
    unans("平潭2019年组织了多少场政务公开业务培训？", "no_such_figure", "figure-not-reported", report="pingtan_2019",
          year=2019, note="2019 report mentions 组织工作人员进行培训 without a count"),

    unans("平潭2019年行政规范性文件本年废止件数是多少", "not_in_this_format", "other-format-row",
          report="pingtan_2019", year=2019, note="本年废止件数 is a 2021-format column; 2019 trial format has 本年新制作/新公开/对外公开总数量"),
    unans("2020年平潭申请人逾期未按收费通知缴纳费用、不再处理的有几件？", "not_in_this_format", "other-format-row",
          report="pingtan_2020", year=2020, note="2019 trial format has a single （六）其他处理 row without sub-rows"),
    unans("平潭2022年政府集中采购总金额是多少", "not_in_this_format", "other-format-row", report="pingtan_2022",
          year=2022, note="第二十条第（九）项 政府集中采购 exists only in the 2019 trial format"),
    unans("平潭2024年其他对外管理服务事项处理决定数量", "not_in_this_format", "other-format-row",
          report="pingtan_2024", year=2024),
    unans("2023年平潭行政事业性收费上一年项目数量是多少？", "not_in_this_format", "other-format-row",
          report="pingtan_2023", year=2023, note="2021 format reports a fee amount in 万元, not item counts"),
    unans("平潭2019年行政事业性收费金额是多少万元", "not_in_this_format", "other-format-row", report="pingtan_2019",
          year=2019, note="2019 trial format （八） has 上一年项目数量/本年增减 only"),
    unans("2021年平潭行政许可本年增/减了多少项？", "not_in_this_format", "other-format-row", report="pingtan_2021",
          year=2021),

    # ================================================================== ambiguous
    amb("2021年收到多少件政府信息公开申请？", "no-body-several-in-corpus", year=2021,
        note="pingtan_2021 and hongkou-district_2021 are both in the corpus"),
    amb("2024年行政复议有几件", "no-body-several-in-corpus", year=2024,
        note="pingtan_2024, huaian-city_2024, shanghai-stcsm_2024"),
    amb("平潭2012年依申请公开受理了多少件？", "name-fits-two-bodies", year=2012,
        note="平潭综合实验区 (pingtan_2012: none received) and 平潭县人民政府 (pingtan-county_2012: 21) both in corpus"),
    amb("2025年主动公开了多少条政府信息", "no-body-several-in-corpus", year=2025,
        note="pingtan_2025, shanghai-municipal-office_2025, shuyang-county_2025"),
    amb("平潭2013年收到了几件政府信息公开申请", "name-fits-two-bodies", year=2013,
        note="pingtan_2013 (平潭综合实验区: 0) and pingtan-county_2013 (平潭县人民政府: 7) differ"),

    # ================================================================== follow-ups
    fu("change-column-then-year",
       dict(kind="cell", q="平潭2021年新收的政府信息公开申请总共多少件？", ref=C(2021, "T3", NEW, TOT)),
       dict(kind="cell", q="其中自然人多少？", ref=C(2021, "T3", NEW, NP)),
       dict(kind="cell", q="那2022年呢？", ref=C(2022, "T3", NEW, NP))),
    fu("T4-change-block-then-year",
       dict(kind="cell", q="2023年平潭因为信息公开被申请行政复议的有几件？", ref=C(2023, "T4", "cases", "review.total")),
       dict(kind="derived", op="sum", q="诉讼呢（直接起诉和复议后起诉一起算）",
            terms=[(1, C(2023, "T4", "cases", "litigation_direct.total")),
                   (1, C(2023, "T4", "cases", "litigation_after_review.total"))], unit="件"),
       dict(kind="derived", op="sum", q="2024年呢",
            terms=[(1, C(2024, "T4", "cases", "litigation_direct.total")),
                   (1, C(2024, "T4", "cases", "litigation_after_review.total"))], unit="件")),
    fu("after-unanswerable-year",
       dict(kind="unanswerable", q="平潭2017年收到多少件信息公开申请", reason="year_not_indexed", report=None, year=2017),
       dict(kind="cell", q="那2019年呢？", ref=C(2019, "T3", NEW, TOT)),
       dict(kind="cell", q="其中予以公开多少", ref=C(2019, "T3", "granted", TOT))),
    fu("change-row-then-year",
       dict(kind="cell", q="平潭2022年行政许可处理决定有多少？", ref=C(2022, "T2", "administrative_licensing", "decisions")),
       dict(kind="cell", q="行政处罚呢", ref=C(2022, "T2", "administrative_penalty", "decisions")),
       dict(kind="cell", q="2023年的呢？", ref=C(2023, "T2", "administrative_penalty", "decisions"))),
    fu("after-unanswerable-body",
       dict(kind="unanswerable", q="福清市2023年政府信息公开申请总数是多少？", reason="body_not_indexed", report=None,
            year=2023),
       dict(kind="cell", q="那平潭呢", ref=C(2023, "T3", NEW, TOT))),
    fu("change-year-then-column",
       dict(kind="cell", q="平潭2024年本机关不掌握相关信息的申请几件？", ref=C(2024, "T3", "unable_not_held", TOT)),
       dict(kind="cell", q="2025年呢", ref=C(2025, "T3", "unable_not_held", TOT)),
       dict(kind="cell", q="其中商业企业几件", ref=C(2025, "T3", "unable_not_held", "commercial_enterprise"))),
    fu("fee-then-derived",
       dict(kind="cell", q="平潭2025年行政事业性收费是多少万元？", ref=C(2025, "T2", "administrative_fees", "fee_amount")),
       dict(kind="derived", op="sum", q="比上一年少了多少万元？保留两位小数",
            terms=[(1, C(2024, "T2", "administrative_fees", "fee_amount")),
                   (-1, C(2025, "T2", "administrative_fees", "fee_amount"))], unit="万元", decimals=2)),
    fu("format-change-across-years",
       dict(kind="cell", q="平潭2020年（六）其他处理有几件？", ref=C(2020, "T3", "other_processing", TOT)),
       dict(kind="cell", q="2021年其他处理里面“3.其他”那项呢", ref=C(2021, "T3", "other_other", TOT))),
    fu("change-row-x3",
       dict(kind="cell", q="2021年平潭属于行政执法案卷不予公开的有几件", ref=C(2021, "T3", "denied_enforcement_case_file",
                                                                 TOT)),
       dict(kind="cell", q="行政查询事项呢？", ref=C(2021, "T3", "denied_admin_query", TOT)),
       dict(kind="cell", q="三类内部事务呢", ref=C(2021, "T3", "denied_internal_affairs", TOT))),
    fu("change-column-then-year-2",
       dict(kind="cell", q="平潭2023年部分公开总共几件？", ref=C(2023, "T3", "partially_granted", TOT)),
       dict(kind="cell", q="商业企业的呢", ref=C(2023, "T3", "partially_granted", "commercial_enterprise")),
       dict(kind="cell", q="2022年呢？", ref=C(2022, "T3", "partially_granted", "commercial_enterprise"))),
    fu("after-unanswerable-format",
       dict(kind="unanswerable", q="平潭2024年政府集中采购项目数量是多少？", reason="not_in_this_format",
            report="pingtan_2024", year=2024),
       dict(kind="cell", q="那2020年报里行政事业性收费的上一年项目数量是多少", ref=C(2020, "T2", "administrative_fees",
                                                                  "previous_year_items"))),
    fu("change-year-carried",
       dict(kind="cell", q="平潭2025年结转下年度继续办理的有几件？", ref=C(2025, "T3", "carried_to_next_year", TOT)),
       dict(kind="cell", q="2024年的结转呢", ref=C(2024, "T3", "carried_to_next_year", TOT))),
    fu("T4-change-column-then-year",
       dict(kind="cell", q="平潭2022年行政复议结果纠正的几件", ref=C(2022, "T4", "cases", "review.corrected")),
       dict(kind="cell", q="维持的呢？", ref=C(2022, "T4", "cases", "review.maintained")),
       dict(kind="cell", q="2025年维持的有多少", ref=C(2025, "T4", "cases", "review.maintained"))),
    fu("after-unanswerable-department",
       dict(kind="unanswerable", q="平潭综合实验区财政金融局2022年政府信息公开申请有多少件？", reason="body_not_indexed",
            report=None, year=2022),
       dict(kind="cell", q="那整个平潭实验区本年新收的呢", ref=C(2022, "T3", NEW, TOT))),
    fu("T4-change-year-then-column",
       dict(kind="cell", q="平潭2019年信息公开行政复议总计几件？", ref=C(2019, "T4", "cases", "review.total")),
       dict(kind="cell", q="2021年呢", ref=C(2021, "T4", "cases", "review.total")),
       dict(kind="cell", q="其中结果维持的几件？", ref=C(2021, "T4", "cases", "review.maintained"))),
    fu("change-column-then-year-3",
       dict(kind="cell", q="2025年平潭商业企业新提交了几件申请", ref=C(2025, "T3", NEW, "commercial_enterprise")),
       dict(kind="cell", q="自然人呢", ref=C(2025, "T3", NEW, NP)),
       dict(kind="cell", q="2023年自然人的呢？", ref=C(2023, "T3", NEW, NP))),
    fu("change-row",
       dict(kind="cell", q="平潭2024年属于国家秘密不予公开的有几件", ref=C(2024, "T3", "denied_state_secret", TOT)),
       dict(kind="cell", q="保护第三方合法权益那项呢？", ref=C(2024, "T3", "denied_third_party_rights", TOT))),
    fu("year-then-difference",
       dict(kind="cell", q="平潭2022年本机关不掌握相关政府信息的有多少件", ref=C(2022, "T3", "unable_not_held", TOT)),
       dict(kind="cell", q="2021年呢？", ref=C(2021, "T3", "unable_not_held", TOT)),
       dict(kind="derived", op="sum", q="2022年比2021年多了几件",
            terms=[(1, C(2022, "T3", "unable_not_held", TOT)), (-1, C(2021, "T3", "unable_not_held", TOT))], unit="件")),
    fu("change-column-then-year-4",
       dict(kind="cell", q="平潭2020年新收信息公开申请总计几件", ref=C(2020, "T3", NEW, TOT)),
       dict(kind="cell", q="法人或其他组织里“其他”那一栏呢？", ref=C(2020, "T3", NEW, "other_org")),
       dict(kind="cell", q="2021年的呢", ref=C(2021, "T3", NEW, "other_org"))),
    fu("after-unanswerable-year-2",
       dict(kind="unanswerable", q="平潭2015年因为信息公开被申请行政复议几件？", reason="year_not_indexed", report=None,
            year=2015),
       dict(kind="cell", q="那2025年呢", ref=C(2025, "T4", "cases", "review.total")),
       dict(kind="cell", q="结果纠正的有几件", ref=C(2025, "T4", "cases", "review.corrected"))),
    fu("year-then-difference-T2",
       dict(kind="cell", q="平潭2024年行政许可处理决定多少件？", ref=C(2024, "T2", "administrative_licensing", "decisions")),
       dict(kind="cell", q="2025年呢", ref=C(2025, "T2", "administrative_licensing", "decisions")),
       dict(kind="derived", op="sum", q="少了多少？",
            terms=[(1, C(2024, "T2", "administrative_licensing", "decisions")),
                   (-1, C(2025, "T2", "administrative_licensing", "decisions"))], unit="件")),
    fu("T2-change-column",
       dict(kind="cell", q="平潭2022年行政规范性文件废止了几件", ref=C(2022, "T2", "normative_documents", "repealed")),
       dict(kind="cell", q="现行有效的呢？", ref=C(2022, "T2", "normative_documents", "valid")),
       dict(kind="cell", q="那本年制发的呢", ref=C(2022, "T2", "normative_documents", "issued"))),
]

# ---------------------------------------------------------------------- paraphrase groups (5 each)
PARAPHRASE = [
    dict(group="b-p01", base=dict(kind="cell", ref=C(2021, "T3", NEW, TOT)), qs=[
        ("平潭综合实验区2021年本年新收政府信息公开申请数量总计是多少？", "full-name"),
        ("２０２１年平潭新收了多少件信息公开申请", "fullwidth-digits"),
        ("平潭二〇二一年收到的政府信息公开申请有多少件", "chinese-numeral-year"),
        ("新收申请 总计 平潭 2021", "keyword-only"),
        ("平谭2021年新收政府信息公开申请多少件？", "typo"),
    ]),
    dict(group="b-p02", base=dict(kind="cell", ref=C(2022, "T2", "administrative_licensing", "decisions")), qs=[
        ("平潭综合实验区2022年行政许可本年处理决定数量是多少？", "full-name"),
        ("平潭实验区行政许可决定有多少件，2022年", "year-at-end"),
        ("平潭二零二二年行政许可处理了多少", "chinese-numeral-year"),
        ("我在帮公司准备办证材料，想先了解一下：平潭2022年一共作出多少行政许可决定？", "irrelevant-clause-first"),
        ("平潭2022年行政许课处理决定数量", "typo"),
    ]),
    dict(group="b-p03", base=dict(kind="cell", ref=C(2023, "T3", "unable_not_held", TOT)), qs=[
        ("2023年平潭综合实验区因本机关不掌握相关政府信息而无法提供的申请有多少件？", "full-name"),
        ("平潭２０２３年“本机关不掌握”的申请几件", "fullwidth-digits"),
        ("平潭2023 政府手里没有这个信息 无法提供 多少件", "keyword-colloquial"),
        ("岚岛2023年申请的信息政府不掌握的有多少件？", "colloquial-body-name"),
        ("平潭2023年本机关不掌我相关政府信息的有几件", "typo"),
    ]),
    dict(group="b-p04", base=dict(kind="cell", ref=C(2024, "T4", "cases", "review.total")), qs=[
        ("平潭综合实验区2024年政府信息公开行政复议总计多少件？", "full-name"),
        ("平潭二〇二四年信息公开被申请复议了几次", "chinese-numeral-year"),
        ("平潭行政复议总数 2024", "keyword-only"),
        ("今天刚看完新闻，顺便问问，平潭2024年因为信息公开被人申请行政复议的一共几件？", "irrelevant-clause-first"),
        ("平潭管委会2024年政府信息公开行政复义总计", "typo+body-variant"),
    ]),
    dict(group="b-p05", base=dict(kind="cell", ref=C(2025, "T3", "granted", TOT)), qs=[
        ("平潭综合实验区2025年政府信息公开申请予以公开的有多少件？", "full-name"),
        ("２０２５年平潭予以公开几件", "fullwidth-digits"),
        ("平潭予以公开总计，2025年", "year-at-end"),
        ("福建平潭2025年申请信息公开后完全给公开的有几件", "colloquial+province"),
        ("平潭2025年予已公开的申请多少件", "typo"),
    ]),
    dict(group="b-p06", base=dict(kind="cell", ref=C(2019, "T3", NEW, TOT)), qs=[
        ("平潭综合实验区2019年本年新收政府信息公开申请数量总计", "full-name"),
        ("平潭二〇一九年新收申请多少件", "chinese-numeral-year"),
        ("平潭19年收到几件政府信息公开申请", "two-digit-year"),
        ("平潭 2019 新收申请", "keyword-only"),
        ("平潭综合实验去2019年新收了多少件信息公开申请？", "typo"),
    ]),
    dict(group="b-p07", base=dict(kind="cell", ref=C(2020, "T3", "partially_granted", TOT)), qs=[
        ("平潭综合实验区2020年部分公开的政府信息公开申请有多少件？", "full-name"),
        ("２０２０年平潭部分公开几件", "fullwidth-digits"),
        ("平潭部分公开，2020", "year-at-end-no-nian"),
        ("平潭2020年申请的信息只公开了一部分的有几件", "colloquial-row"),
        ("平潭2020年部分公示的申请多少件", "typo"),
    ]),
    dict(group="b-p08", base=dict(kind="cell", ref=C(2024, "T3", "denied_internal_affairs", TOT)), qs=[
        ("平潭综合实验区2024年属于三类内部事务信息不予公开的有几件？", "full-name"),
        ("平潭二零二四年内部事务信息不公开的申请几件", "chinese-numeral-year"),
        ("平潭 2024 三类内部事务 不予公开", "keyword-only"),
        ("我之前申请过一次被拒了，想知道平潭2024年因为是内部事务信息被拒绝公开的一共几件？", "irrelevant-clause-first"),
        ("平潭2024年属于三类内部事物信息的有几件", "typo"),
    ]),
    dict(group="b-p09", base=dict(kind="cell", ref=C(2025, "T3", "carried_to_next_year", TOT)), qs=[
        ("平潭综合实验区2025年结转下年度继续办理的申请总计多少件？", "full-name"),
        ("平潭２０２５年结转下年的申请几件", "fullwidth-digits"),
        ("平潭2025年有多少申请年底还没办完留到明年？", "colloquial-row"),
        ("平潭实验区结转下年度继续办理，2025年", "year-at-end"),
        ("平潭2025年节转下年度继续办理几件", "typo"),
    ]),
    dict(group="b-p10", base=dict(kind="cell", ref=C(2023, "T4", "cases", "litigation_direct.total")), qs=[
        ("平潭综合实验区2023年政府信息公开行政诉讼中未经复议直接起诉的总计多少件？", "full-name"),
        ("平潭二〇二三年没经过复议直接起诉的信息公开官司几件", "chinese-numeral-year+colloquial"),
        ("平潭 2023 未经复议直接起诉 总计", "keyword-only"),
        ("听说有人因为信息公开和政府打官司，平潭2023年直接起诉（不经复议）的有几件？", "irrelevant-clause-first"),
        ("平潭2023年未经复议直接起述总计几件", "typo"),
    ]),
    dict(group="b-p11", base=dict(kind="cell", ref=C(2022, "T2", "administrative_fees", "fee_amount")), qs=[
        ("平潭综合实验区2022年行政事业性收费本年收费金额是多少万元？", "full-name"),
        ("２０２２年平潭行政事业性收费多少万元", "fullwidth-digits"),
        ("平潭收了多少行政事业性收费，2022年", "year-at-end"),
        ("平潭2022 行政事业性收费 金额", "keyword-only"),
        ("平潭2022年行政事业姓收费金额", "typo"),
    ]),
    dict(group="b-p12", base=dict(kind="cell", ref=C(2021, "T3", "denied_enforcement_case_file", TOT)), qs=[
        ("平潭综合实验区2021年属于行政执法案卷不予公开的申请有几件？", "full-name"),
        ("平潭二零二一年执法案卷不给公开的有几件", "chinese-numeral-year+colloquial"),
        ("平潭行政执法案卷 2021", "keyword-only"),
        ("平潭实验区2021年申请看执法卷宗被拒的有多少", "colloquial-row+body-variant"),
        ("平潭管委会2021年属于行政执法案卷的不予公开几件", "body-variant"),
    ]),
    dict(group="b-p13", base=dict(kind="derived", op="sum", unit="件",
                                  terms=[(1, C(2024, "T3", NEW, TOT)), (-1, C(2023, "T3", NEW, TOT))]), qs=[
        ("平潭综合实验区2024年新收政府信息公开申请比2023年增加了多少件？", "full-name"),
        ("平潭２０２４年新收申请比２０２３年多几件", "fullwidth-digits"),
        ("平潭二〇二四年比二〇二三年新收申请多了多少", "chinese-numeral-year"),
        ("平潭新收申请 2024 vs 2023 增加", "keyword-only"),
        ("平潭2024年新收申请较2023年增家了多少件", "typo"),
    ]),
    dict(group="b-p14", base=dict(kind="cell", ref=C(2025, "T2", "administrative_penalty", "decisions")), qs=[
        ("平潭综合实验区2025年行政处罚本年处理决定数量是多少？", "full-name"),
        ("平潭二〇二五年行政处罚决定多少件", "chinese-numeral-year"),
        ("平潭行政处罚决定数量，2025年", "year-at-end"),
        ("最近想了解执法力度，平潭2025年开了多少行政处罚决定？", "irrelevant-clause-first"),
        ("平潭2025年行政出罚处理决定数量", "typo"),
    ]),
    dict(group="b-p15", base=dict(kind="cell", ref=C(2022, "T2", "normative_documents", "valid")), qs=[
        ("平潭综合实验区2022年现行有效的行政规范性文件有多少件？", "full-name"),
        ("平潭２０２２年现行有效规范性文件几件", "fullwidth-digits+short-label"),
        ("平潭 现行有效 行政规范性文件 2022", "keyword-only"),
        ("平潭实验区二零二二年还有效的规范性文件一共多少件", "chinese-numeral-year+colloquial"),
        ("平潭2022年现行有效行政规范姓文件件数", "typo"),
    ]),
    dict(group="b-p16", base=dict(kind="derived", op="sum", unit="件",
                                  terms=[(1, C(2025, "T3", r, TOT)) for r in [
                                      "denied_state_secret", "denied_other_law",
                                      "denied_three_security_one_stability", "denied_third_party_rights",
                                      "denied_internal_affairs", "denied_process_info",
                                      "denied_enforcement_case_file", "denied_admin_query"]]), qs=[
        ("平潭综合实验区2025年不予公开的申请合计多少件（8种情形加总）？", "full-name"),
        ("平潭２０２５年不予公开一共几件", "fullwidth-digits"),
        ("平潭2025年被拒绝公开的申请总共有多少", "colloquial-row"),
        ("平潭 不予公开 合计 2025", "keyword-only"),
        ("平潭2025年不于公开的申请加起来多少件", "typo"),
    ]),
    dict(group="b-p17", base=dict(kind="cell", ref=C(2019, "T3", "unable_unclear_after_correction", TOT)), qs=[
        ("平潭综合实验区2019年补正后申请内容仍不明确的有几件？", "full-name"),
        ("平潭二〇一九年补正后仍不明确的申请几件", "chinese-numeral-year"),
        ("平潭补正后申请内容仍不明确，2019", "year-at-end-no-nian"),
        ("平潭2019年让申请人补正了还是说不清要啥的有几件", "colloquial-row"),
        ("平潭2019年补正后申请内容仍不名确几件", "typo"),
    ]),
]
