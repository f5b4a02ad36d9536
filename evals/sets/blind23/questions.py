# -*- coding: utf-8 -*-
"""Blind question set b23 — references only, no typed numbers.

Every item says which report, which gold cells and which formula; build.py turns this into
set.jsonl / paraphrase.jsonl by reading /work/blind/gold/*.json.

Ref tuple: (report_stem, table, row, column)
"""

HK = "hongkou-district_2021"
HZ = "hongze-district_2023"
HA = "huaian-city_2024"
PC11, PC12, PC13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"
P11, P12, P13, P14, P16, P18 = ("pingtan_2011", "pingtan_2012", "pingtan_2013", "pingtan_2014",
                                "pingtan_2016", "pingtan_2018")
P19, P20, P21, P22, P23, P24, P25 = ("pingtan_2019", "pingtan_2020", "pingtan_2021", "pingtan_2022",
                                     "pingtan_2023", "pingtan_2024", "pingtan_2025")
SH19, SH25 = "shanghai-municipal-office_2019", "shanghai-municipal-office_2025"
KW = "shanghai-stcsm_2024"
SY = "shuyang-county_2025"
FG = "shuyang-fgj_2023"

APPL = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
        "legal_service_org", "other_org"]
LEGAL = APPL[1:]
DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]
UNABLE = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
NOTPROC = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
           "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
OTHER3 = ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]


def C(q, rep, table, row, col, cls, note=None):
    d = {"kind": "cell", "question": q, "report": rep, "ref": [rep, table, row, col], "class": cls}
    if note:
        d["note"] = note
    return d


def D(q, op, refs, unit, cls, decimals=None, note=None):
    """op: sum | diff (refs[0]-refs[1]) | share (refs[0]/refs[1]*100) | share_sum (sum(refs[:-1])/refs[-1]*100)
    | pct_change ((refs[0]-refs[1])/refs[1]*100) | max | diff_sum (sum of first half minus second: not used)"""
    rep = refs[0][0]
    d = {"kind": "derived", "question": q, "report": rep, "op": op, "refs": [list(r) for r in refs],
         "unit": unit, "class": cls}
    if decimals is not None:
        d["decimals"] = decimals
    if note:
        d["note"] = note
    return d


def N(q, rep, sub, cls):
    return {"kind": "narrative", "question": q, "report": rep, "substring": sub, "class": cls}


def U(q, reason, cls, rep=None, year=None, note=None):
    if year is None:
        import re
        m = re.search(r"(19|20)\d\d", q)
        year = int(m.group(0)) if m else None
    d = {"kind": "unanswerable", "question": q, "report": rep, "year": year, "reason": reason, "class": cls}
    if note:
        d["note"] = note
    return d


def A(q, cls, note):
    return {"kind": "ambiguous", "question": q, "report": None, "year": None, "class": cls, "note": note}


def F(cls, *turns):
    return {"kind": "followup", "class": cls, "turns": list(turns)}


def T4(rep, key):
    return (rep, "T4", "cases", key)


def T3(rep, row, col="total"):
    return (rep, "T3", row, col)


def ST(rep, row, col="this_year"):
    return (rep, "stats", row, col)


ITEMS = [
    # ------------------------------------------------------------------ cells (T3, 2021 format)
    C("淮安市人民政府2024年本年新收政府信息公开申请总计多少件？", HA, "T3", "new_received", "total", "staff-exact-label"),
    C("淮安市2024年自然人提了多少件信息公开申请", HA, "T3", "new_received", "natural_person", "plain"),
    C("2024年淮安市政府收到法律服务机构申请的有多少？律所那种", HA, "T3", "new_received", "legal_service_org", "colloquial-column"),
    C("淮安市政府24年 上年结转过来的申请 自然人几件", HA, "T3", "carried_over_from_last_year", "natural_person", "two-digit-year"),
    C("淮安2024年因为是信访举报投诉类申请而不予处理的有多少件", HA, "T3", "not_processed_petition_complaint", "total", "described-row"),
    C("淮安市政府2024年 申请人逾期不补正、机关不再处理的 一共几件？", HA, "T3", "other_no_correction_overdue", "total", "described-row"),
    C("淮安市人民政府2024年度，商业企业申请中予以公开的有几件？", HA, "T3", "granted", "commercial_enterprise", "row+column"),
    C("请问淮安市2024年结转到下一年继续办的申请有多少", HA, "T3", "carried_to_next_year", "total", "colloquial-row"),
    C("淮安市 2024 没有现成信息要另外制作的 有几件", HA, "T3", "unable_needs_creation", "total", "described-row"),

    C("沭阳县人民政府2025年本年新收信息公开申请数量（总计）", SY, "T3", "new_received", "total", "staff-exact-label"),
    C("沭阳县政府2025年申请人里法律服务机构有几件？", SY, "T3", "new_received", "legal_service_org", "short-gov-name"),
    C("沭阳2025年信息公开申请里面部分公开的有多少件", SY, "T3", "partially_granted", "total", "bare-place-name"),
    C("沭阳县25年 属于三类内部事务信息不公开的多少件", SY, "T3", "denied_internal_affairs", "total", "two-digit-year"),
    C("沭阳县2025年依申请 本机关不掌握相关政府信息的 几件", SY, "T3", "unable_not_held", "total", "plain"),
    C("沭阳县2025年逾期没交费所以不再处理的申请有几件", SY, "T3", "other_fee_unpaid_overdue", "total", "described-row"),
    C("沐阳县2025年其他处理里的“其他”有多少件", SY, "T3", "other_other", "total", "typo-body"),

    C("平潭综合实验区2025年政府信息公开申请新收了多少件", P25, "T3", "new_received", "total", "plain"),
    C("平潭综合实验区2025年商业企业申请数", P25, "T3", "new_received", "commercial_enterprise", "keyword-only"),
    C("平潭2025年有多少申请转到下一年度继续办理", P25, "T3", "carried_to_next_year", "total", "bare-place-name"),
    C("平潭实验区2024年予以公开的有几件", P24, "T3", "granted", "total", "short-body-name"),
    C("2024年平潭综合实验区 本机关不掌握 多少件", P24, "T3", "unable_not_held", "total", "keyword-only"),
    C("平潭综合实验区2023年收到的申请中自然人申请是多少件", P23, "T3", "new_received", "natural_person", "plain"),
    C("平潭综合实验区２０２３年部分公开了几件？", P23, "T3", "partially_granted", "total", "fullwidth-digits"),
    C("平潭综合实验区2022年申请信息公开的商业企业有几家次（件）", P22, "T3", "new_received", "commercial_enterprise", "plain"),
    C("平潭综合实验区2022年予以公开几件", P22, "T3", "granted", "total", "plain"),
    C("平潭综合实验区2021年度没有的信息（本机关不掌握）有多少件", P21, "T3", "unable_not_held", "total", "colloquial-row"),
    C("2021年平潭实验区 社会公益组织申请了几件", P21, "T3", "new_received", "social_welfare_org", "column-social-welfare"),
    C("平潭综合实验区2021年行政执法案卷不予公开的有几件", P21, "T3", "denied_enforcement_case_file", "total", "plain"),

    C("虹口区政府2021年新收了多少政府信息公开申请", HK, "T3", "new_received", "total", "district-gov-short"),
    C("上海市虹口区人民政府2021年度上年结转政府信息公开申请数量", HK, "T3", "carried_over_from_last_year", "total", "staff-exact-label"),
    C("虹口2021年 危及三安全一稳定 不予公开 几件", HK, "T3", "denied_three_security_one_stability", "total", "keyword-only"),
    C("虹口区2021年因为要另行制作所以无法提供的有几件", HK, "T3", "unable_needs_creation", "total", "described-row"),

    C("洪泽区2023年收到的政府信息公开申请一共多少件", HZ, "T3", "new_received", "total", "plain"),
    C("淮安市洪泽区人民政府2023年部分公开的有几件", HZ, "T3", "partially_granted", "total", "alt-printed-name",
      note="2024 report prints the issuer as 淮安市洪泽区人民政府: same body as 洪泽区人民政府"),
    C("洪泽区政府2023年 本机关不掌握相关信息 无法提供的有多少", HZ, "T3", "unable_not_held", "total", "plain"),
    C("洪泽2023年信访举报投诉类申请不予处理几件", HZ, "T3", "not_processed_petition_complaint", "total", "bare-place-name"),
    C("洪泽区2023年属于国家秘密不予公开的有几件", HZ, "T3", "denied_state_secret", "total", "plain"),

    C("上海市政府办公厅2025年本年新收的申请中自然人有多少件", SH25, "T3", "new_received", "natural_person", "office-short"),
    C("上海市人民政府办公厅2025年上年结转申请 法律服务机构 几件", SH25, "T3", "carried_over_from_last_year", "legal_service_org", "column-legal-service"),
    C("市政府办公厅（上海）2025年 本机关不掌握相关政府信息的总数", SH25, "T3", "unable_not_held", "total", "office-short"),
    C("上海市政府办公厅2025年度 以信访举报投诉为由不予处理的 多少件", SH25, "T3", "not_processed_petition_complaint", "total", "described-row"),
    C("上海市政府办公厅2025年结转下年度继续办理的多少", SH25, "T3", "carried_to_next_year", "total", "plain"),

    C("上海市科委2024年新收了多少件信息公开申请", KW, "T3", "new_received", "total", "committee-short"),
    C("上海市科学技术委员会2024年无正当理由逾期不补正 行政机关不再处理 的有几件", KW, "T3", "other_no_correction_overdue", "total", "staff-exact-label"),
    C("市科委2024年没有现成信息需要另行制作的 几件", KW, "T3", "unable_needs_creation", "total", "committee-short"),
    C("上海科委 2024 商业企业申请数", KW, "T3", "new_received", "commercial_enterprise", "keyword-only"),

    C("沭阳县发改局2023年收到了几件政府信息公开申请", FG, "T3", "new_received", "total", "dept-short"),
    C("沭阳县发展和改革局2023年予以公开的自然人申请有几件", FG, "T3", "granted", "natural_person", "dept-full"),

    # ---- 2019 trial format T3
    C("上海市人民政府办公厅2019年本年新收政府信息公开申请总计", SH19, "T3", "new_received", "total", "staff-exact-label"),
    C("上海市政府办公厅2019年商业企业提出的申请有多少件", SH19, "T3", "new_received", "commercial_enterprise", "office-short"),
    C("上海市政府办公厅2019年本机关不掌握相关政府信息的自然人申请多少件", SH19, "T3", "unable_not_held", "natural_person", "row+column"),
    C("上海市政府办公厅2019年办结总计多少件（七）总计", SH19, "T3", "results_total", "total", "plain"),
    C("平潭综合实验区2019年本年新收政府信息公开申请数量", P19, "T3", "new_received", "total", "staff-exact-label"),
    C("平潭实验区2019年补正后申请内容仍不明确 无法提供 几件", P19, "T3", "unable_unclear_after_correction", "total", "plain"),
    C("平潭综合实验区2020年新收申请中“其他”法人或组织 几件", P20, "T3", "new_received", "other_org", "column-other-org"),
    C("平潭综合实验区2020年其他处理多少件", P20, "T3", "other_processing", "total", "trial-format-row"),
    C("平潭2020年重复申请不予处理的有几件", P20, "T3", "not_processed_duplicate", "total", "bare-place-name"),

    # ------------------------------------------------------------------ cells (T2)
    C("淮安市2024年行政许可处理决定数量", HA, "T2", "administrative_licensing", "decisions", "t2-licensing"),
    C("淮安市政府2024年规章现行有效件数是多少", HA, "T2", "regulations", "valid", "t2-regulations"),
    C("淮安市2024年行政规范性文件废止了几件", HA, "T2", "normative_documents", "repealed", "t2-normative"),
    C("沭阳县2025年行政事业性收费金额（万元）", SY, "T2", "administrative_fees", "fee_amount", "t2-fee"),
    C("沭阳县2025年行政强制处理决定有多少", SY, "T2", "administrative_coercion", "decisions", "t2-coercion"),
    C("平潭综合实验区2022年行政规范性文件现行有效件数", P22, "T2", "normative_documents", "valid", "t2-normative"),
    C("平潭2024年行政处罚决定数量", P24, "T2", "administrative_penalty", "decisions", "t2-penalty"),
    C("平潭综合实验区2025年行政许可决定多少个", P25, "T2", "administrative_licensing", "decisions", "t2-licensing"),
    C("虹口区2021年制发行政规范性文件几件", HK, "T2", "normative_documents", "issued", "t2-normative"),
    C("洪泽区2023年行政事业性收费是多少万元", HZ, "T2", "administrative_fees", "fee_amount", "t2-fee"),
    C("上海市科委2024年行政规范性文件现行有效多少件", KW, "T2", "normative_documents", "valid", "t2-normative"),
    C("上海市政府办公厅2019年政府集中采购项目数量", SH19, "T2", "centralized_procurement", "procurement_items", "trial-format-row"),
    C("上海市政府办公厅2019年规章对外公开总数量", SH19, "T2", "regulations", "total_published", "trial-format-row"),
    C("平潭综合实验区2020年行政事业性收费上一年项目数量", P20, "T2", "administrative_fees", "previous_year_items", "trial-format-row"),

    # ------------------------------------------------------------------ cells (T4)
    C("淮安市政府2024年因信息公开被申请行政复议，结果被纠正的有几件", HA, "T4", "cases", "review.corrected", "t4-review"),
    C("淮安2024年未经复议直接起诉的行政诉讼总共几件", HA, "T4", "cases", "litigation_direct.total", "t4-litigation-direct"),
    C("淮安市2024年复议后起诉、尚未审结的有几件", HA, "T4", "cases", "litigation_after_review.pending", "t4-litigation-after"),
    C("沭阳县2025年政府信息公开行政复议总计多少", SY, "T4", "cases", "review.total", "t4-review"),
    C("沭阳县政府2025年被告了几次？直接起诉的总数", SY, "T4", "cases", "litigation_direct.total", "colloquial-lawsuit"),
    C("虹口区2021年行政复议尚未审结的几件", HK, "T4", "cases", "review.pending", "t4-review"),
    C("虹口区2021年复议后起诉 结果维持 几件", HK, "T4", "cases", "litigation_after_review.maintained", "t4-litigation-after"),
    C("平潭2025年行政复议总数", P25, "T4", "cases", "review.total", "t4-review"),
    C("平潭综合实验区2024年复议后又起诉的案件总计几件", P24, "T4", "cases", "litigation_after_review.total", "t4-litigation-after"),
    C("平潭综合实验区2021年未经复议直接起诉的结果维持有几件", P21, "T4", "cases", "litigation_direct.maintained", "t4-litigation-direct"),
    C("上海市政府办公厅2025年行政复议结果维持的件数", SH25, "T4", "cases", "review.maintained", "t4-review"),
    C("上海市政府办公厅2025年复议后起诉的其他结果有几件", SH25, "T4", "cases", "litigation_after_review.other_result", "t4-litigation-after"),
    C("洪泽区2023年行政复议结果维持几件", HZ, "T4", "cases", "review.maintained", "t4-review",
      note="hongze T4 review total is printed 0 although 10+1 are printed: only the maintained cell is asked"),
    C("上海市政府办公厅2019年被申请行政复议总计多少件", SH19, "T4", "cases", "review.total", "t4-review"),
    C("沭阳县发改局2023年行政复议尚未审结的有几件", FG, "T4", "cases", "review.pending", "t4-review"),
    C("上海科委2024年行政复议结果维持几件", KW, "T4", "cases", "review.maintained", "t4-review"),

    # ------------------------------------------------------------------ cells (pre-2019 统计表)
    C("平潭县人民政府2012年受理依申请公开信息总数", PC12, "stats", "requests_total", "this_year", "pre2019-stats"),
    C("平潭县2012年当面申请有几条", PC12, "stats", "req_in_person", "this_year", "pre2019-stats"),
    C("平潭县政府2013年电子邮件申请数", PC13, "stats", "req_email", "this_year", "pre2019-stats"),
    C("平潭县2013年对申请的答复数（历年累计）", PC13, "stats", "replies_total", "cumulative", "pre2019-cumulative"),
    C("平潭县人民政府2011年主动公开信息数", PC11, "stats", "proactive_total", "this_year", "pre2019-stats"),
    C("平潭综合实验区2014年信函、传真申请数", P14, "stats", "req_letter_fax", "this_year", "pre2019-stats"),
    C("平潭综合实验区2016年主动公开文件数历年累计是多少", P16, "stats", "proactive_total", "cumulative", "pre2019-cumulative"),
    C("平潭实验区2018年政府网站公开数", P18, "stats", "proactive_website", "this_year", "pre2019-stats"),
    C("平潭综合实验区管委会2012年统计表里主动公开信息数是多少", P12, "stats", "proactive_total", "this_year", "pre2019-stats",
      note="prose says 1913 published; the table says another figure; the question asks for the 统计表 figure"),
    C("平潭综合实验区2011年政府公报公开的有几条", P11, "stats", "proactive_gazette", "this_year", "pre2019-stats"),
    C("平潭综合实验区2013年统计表 网站公开 本年度", P13, "stats", "proactive_website", "this_year", "pre2019-stats",
      note="prose gives 4970 for 2013; the 统计表 row gives the gold figure"),

    # ------------------------------------------------------------------ derived
    D("淮安市2024年新收申请里法人或其他组织一共多少件（商业企业+科研机构+社会公益组织+法律服务机构+其他）", "sum",
      [T3(HA, "new_received", c) for c in LEGAL], "件", "sum-legal-persons"),
    D("淮安市2024年不予公开的一共有多少件（八种情形加起来）", "sum", [T3(HA, r) for r in DENIED], "件", "sum-group-denied"),
    D("淮安市2024年予以公开占办结总数的比例是多少？保留两位小数", "share",
      [T3(HA, "granted"), T3(HA, "results_total")], "%", "share-stated", decimals=2),
    D("淮安市2024年行政复议被纠正的占复议总数百分之几（保留1位小数）", "share",
      [T4(HA, "review.corrected"), T4(HA, "review.total")], "%", "rate-review-corrected", decimals=1),
    D("淮安2024年行政诉讼一共多少件，直接起诉加复议后起诉", "sum",
      [T4(HA, "litigation_direct.total"), T4(HA, "litigation_after_review.total")], "件", "sum-litigation"),
    D("淮安市2024年行政许可、行政处罚、行政强制三项处理决定加起来多少", "sum",
      [(HA, "T2", "administrative_licensing", "decisions"), (HA, "T2", "administrative_penalty", "decisions"),
       (HA, "T2", "administrative_coercion", "decisions")], "件", "sum-t2"),
    D("沭阳县2025年予以公开和部分公开合计多少件", "sum", [T3(SY, "granted"), T3(SY, "partially_granted")], "件", "sum-two-rows"),
    D("沭阳县2025年受理的申请总量（新收+上年结转）", "sum",
      [T3(SY, "new_received"), T3(SY, "carried_over_from_last_year")], "件", "sum-balance"),
    D("沭阳县政府2025年无法提供的一共几件？三种情况合计", "sum", [T3(SY, r) for r in UNABLE], "件", "sum-group-unable"),
    D("沭阳县2025年行政复议纠正率是多少（结果纠正÷复议总计，百分比保留两位）", "share",
      [T4(SY, "review.corrected"), T4(SY, "review.total")], "%", "rate-formula-spelled", decimals=2),
    D("平潭综合实验区2025年新收申请跟2024年比变化了多少件？（2025减2024，少了就是负数）", "diff",
      [T3(P25, "new_received"), T3(P24, "new_received")], "件", "yoy-diff"),
    D("平潭实验区2024年新收申请比2023年增长了百分之多少？保留两位小数", "pct_change",
      [T3(P24, "new_received"), T3(P23, "new_received")], "%", "yoy-pct", decimals=2),
    D("平潭综合实验区2023年行政复议总数比2022年多几件", "diff",
      [T4(P23, "review.total"), T4(P22, "review.total")], "件", "yoy-diff"),
    D("平潭综合实验区2023年行政事业性收费比2024年少了多少万元？保留两位小数", "diff",
      [(P24, "T2", "administrative_fees", "fee_amount"), (P23, "T2", "administrative_fees", "fee_amount")],
      "万元", "yoy-diff-decimal", decimals=2),
    D("平潭综合实验区2019到2025年里，新收申请最多的那一年收了多少件", "max",
      [T3(r, "new_received") for r in (P19, P20, P21, P22, P23, P24, P25)], "件", "ranking-max"),
    D("平潭综合实验区2021年行政诉讼共多少件（直接起诉+复议后起诉）", "sum",
      [T4(P21, "litigation_direct.total"), T4(P21, "litigation_after_review.total")], "件", "sum-litigation"),
    D("平潭2020年无法提供的申请合计几件", "sum", [T3(P20, r) for r in UNABLE], "件", "sum-group-unable"),
    D("虹口区2021年新收申请中自然人占比多少？百分比保留两位小数", "share",
      [T3(HK, "new_received", "natural_person"), T3(HK, "new_received")], "%", "share-stated", decimals=2),
    D("虹口区2021年行政复议和行政诉讼加在一起一共多少件（复议总计+直接起诉总计+复议后起诉总计）", "sum",
      [T4(HK, "review.total"), T4(HK, "litigation_direct.total"), T4(HK, "litigation_after_review.total")],
      "件", "sum-review-litigation"),
    D("虹口区2021年不予处理的合计多少件", "sum", [T3(HK, r) for r in NOTPROC], "件", "sum-group-notproc"),
    D("上海市政府办公厅2025年不予处理的五种情形加起来一共几件", "sum", [T3(SH25, r) for r in NOTPROC], "件", "sum-group-notproc"),
    D("上海市政府办公厅2025年“本机关不掌握”占办结总数的比例，保留两位小数", "share",
      [T3(SH25, "unable_not_held"), T3(SH25, "results_total")], "%", "share-stated", decimals=2),
    D("上海市政府办公厅2025年新收申请比2019年多了多少件", "diff",
      [T3(SH25, "new_received"), T3(SH19, "new_received")], "件", "cross-format-diff"),
    D("上海市政府办公厅2019年新收申请比办结的多几件", "diff",
      [T3(SH19, "new_received"), T3(SH19, "results_total")], "件", "diff-rows"),
    D("上海市科委2024年其他处理（三种情况）一共几件", "sum", [T3(KW, r) for r in OTHER3], "件", "sum-group-other"),
    D("洪泽区2023年不予公开合计多少件", "sum", [T3(HZ, r) for r in DENIED], "件", "sum-group-denied"),
    D("洪泽区2023年无法提供的总共多少", "sum", [T3(HZ, r) for r in UNABLE], "件", "sum-group-unable"),
    D("沭阳县发改局2023年予以公开率（予以公开÷办结总计×100%）", "share",
      [T3(FG, "granted"), T3(FG, "results_total")], "%", "rate-formula-spelled", decimals=2),
    D("平潭县2013年主动公开信息数比2012年少了多少条", "diff",
      [ST(PC12, "proactive_total"), ST(PC13, "proactive_total")], "条", "pre2019-yoy"),
    D("平潭县2012年当面申请占受理申请总数的百分比（保留两位小数）", "share",
      [ST(PC12, "req_in_person"), ST(PC12, "requests_total")], "%", "pre2019-share", decimals=2),
    D("平潭实验区2014年主动公开文件数历年累计比2013年的历年累计多多少", "diff",
      [ST(P14, "proactive_total", "cumulative"), ST(P13, "proactive_total", "cumulative")], "条", "pre2019-cumulative-diff"),
    D("平潭综合实验区2022年法人或其他组织新收申请合计几件", "sum",
      [T3(P22, "new_received", c) for c in LEGAL], "件", "sum-legal-persons"),

    # ------------------------------------------------------------------ narrative
    N("淮安市政府信息公开年报有疑问打哪个电话", HA, "0517-83605210", "contact-phone"),
    N("淮安市人民政府办公室地址在哪", HA, "翔宇南道 1 号", "contact-address"),
    N("淮安市2024年收了多少信息处理费", HA, "信息处理费 3940 元", "fee-prose"),
    N("虹口区2021年搞了哪些政务公开培训", HK, "开展新进公务员政务公开通识培训2次", "training-prose"),
    N("虹口区政府2021年收没收信息处理费", HK, "区政府未收取政府信息公开信息处理费", "fee-prose"),
    N("洪泽区政府办公室联系电话", HZ, "0517-87222589", "contact-phone"),
    N("洪泽区信息公开的电子邮箱是多少", HZ, "hzzwgk@126.com", "contact-email"),
    N("洪泽区2023年在政府网站平台主动公开了多少条政府信息", HZ, "主动公开政府信息 1136 条", "body-prose-figure"),
    N("沭阳发改局的联系电话是多少？", FG, "0527—83593059", "contact-phone"),
    N("沭阳县发展和改革局地址", FG, "沭城街道苏州东路42号", "contact-address"),
    N("沭阳县发改局2023年信息公开存在啥问题", FG, "政民互动栏目网民留言回复效率有待提高", "problems"),
    N("沭阳县发改局2023年全年审核发布了多少条公开信息", FG, "共审核发布各类公开政府信息249条", "body-prose-figure"),
    N("沭阳县2025年收了多少信息处理费？", SY, "收取信息处理费共计380元", "fee-prose"),
    N("沭阳县2025年通过县政府门户网站主动公开了多少条信息", SY, "主动公开政府信息4511条", "body-prose-figure"),
    N("沭阳县2025年网站整改了多少处失效链接", SY, "失效链接43处", "measure"),
    N("沭阳县政府2025年信息公开工作还存在什么短板", SY, "政策解读多样性需进一步加强", "problems"),
    N("上海市政府办公厅2025年工作中存在的主要问题有哪些", SH25, "政策信息分散于多个平台", "problems"),
    N("上海国际服务门户现在覆盖几个语种", SH25, "目前已覆盖 10 个语种", "measure"),
    N("上海市政府办公厅2019年新的政务公开工作平台是哪天上线的", SH19, "上海市政务公开工作平台上线运行", "platform"),
    N("上海市科委2024年通过部门网站发布了多少政府信息", KW, "通过部门网站当年发布政府信息 393 件", "body-prose-figure"),
    N("市科委2024年信息公开收费了吗", KW, "市科委未发生政府信息公开收费事项", "fee-prose"),
    N("平潭2025年通过平潭发布公众号发了多少条信息", P25, "公众号发布信息672条", "body-prose-figure"),
    N("平潭综合实验区2025年关停了几个政府网站", P25, "关停运营不规范、运维不及时的政府网站1个", "measure"),
    N("平潭实验区2024年发布了多少篇政策解读", P24, "全年发布政策文件解读96篇", "body-prose-figure"),
    N("平潭综合实验区管委会办公室在哪办公？2023年报上写的地址", P23, "商务营运中心7号楼14层", "contact-address"),
    N("平潭综合实验区2022年全区主动公开政府信息多少条", P22, "共主动公开政府信息14571条", "body-prose-figure"),
    N("平潭综合实验区2021年报告里的联系电话/传真", P21, "0591-23165370", "contact-phone"),
    N("平潭2019年年报留的联系电话是多少", P19, "0591-23165250", "contact-phone"),
    N("平潭综合实验区2018年政府信息公开专栏访问量多少人次", P18, "专栏访问量达108932人次", "pre2019-prose"),
    N("平潭综合实验区2016年年报的联系地址", P16, "北厝镇竹屿口现场指挥部", "contact-address"),
    N("平潭县人民政府办公室地址（2011年报告）", PC11, "平潭县翠园南路10号", "contact-address"),
    N("平潭县2013年政府信息公开专栏访问量", PC13, "专栏访问量达19363人次", "pre2019-prose"),

    # ------------------------------------------------------------------ unanswerable
    U("沭阳县教育局2025年收到多少件信息公开申请", "body_not_indexed", "dept-of-indexed-county"),
    U("沭阳县卫健委2025年政府信息公开行政复议几件", "body_not_indexed", "dept-of-indexed-county"),
    U("淮安市淮阴区人民政府2024年新收申请多少件", "body_not_indexed", "sibling-district"),
    U("淮安区2024年依申请公开予以公开多少件", "body_not_indexed", "shares-city-name",
      note="淮安区 is a district of 淮安市, a different body from 淮安市人民政府"),
    U("上海市黄浦区人民政府2022年政府信息公开年报里新收申请多少", "body_not_indexed", "same-city-district"),
    U("虹口区教育局2021年收到几件信息公开申请", "body_not_indexed", "dept-of-indexed-district"),
    U("洪泽区发改委2023年依申请公开有几件", "body_not_indexed", "dept-of-indexed-district"),
    U("上海市经信委2024年行政复议多少件", "body_not_indexed", "sibling-committee"),
    U("宿迁市人民政府2025年收到的政府信息公开申请总数", "body_not_indexed", "parent-city"),
    U("平潭综合实验区地方税务局2013年主动公开了多少条信息", "body_not_indexed", "dept-shares-name"),
    U("泗阳县2025年政府信息公开申请多少件", "body_not_indexed", "similar-county-name"),
    U("福州市人民政府2022年行政诉讼几件", "body_not_indexed", "parent-province-city"),
    U("平潭综合实验区2015年主动公开政府信息多少条", "year_not_indexed", "missing-year"),
    U("平潭2017年依申请公开收到几件", "year_not_indexed", "missing-year"),
    U("淮安市政府2023年新收政府信息公开申请多少件", "year_not_indexed", "missing-year"),
    U("虹口区2022年行政复议多少件", "year_not_indexed", "missing-year"),
    U("洪泽区2024年部分公开多少件", "year_not_indexed", "missing-year",
      note="the 2024 report (printed 淮安市洪泽区人民政府) is not in the corpus"),
    U("沭阳县人民政府2024年收到多少申请", "year_not_indexed", "missing-year"),
    U("上海市科委2023年新收申请多少件", "year_not_indexed", "missing-year"),
    U("沭阳2023年新收信息公开申请多少件", "year_not_indexed", "bare-place-gov-missing-year",
      note="bare place name = 沭阳县人民政府 (spec); its 2023 report is not in the corpus (only 沭阳县发改局 2023 is)"),
    U("淮安市2024年政府网站全年访问量多少", "no_such_figure", "figure-not-reported", rep=HA, year=2024),
    U("沭阳县2025年政务公开工作经费预算是多少万元", "no_such_figure", "figure-not-reported", rep=SY, year=2025),
    U("洪泽区2023年依申请公开平均多少个工作日答复", "no_such_figure", "figure-not-reported", rep=HZ, year=2023),
    U("上海市科委负责信息公开的工作人员有几个人", "no_such_figure", "figure-not-reported", rep=KW, year=2024),
    U("平潭综合实验区2025年依申请公开平均答复时间几天", "no_such_figure", "figure-not-reported", rep=P25, year=2025),
    U("平潭综合实验区2024年政府集中采购项目数量是多少", "not_in_this_format", "trial-row-asked-of-2021",
      rep=P24, year=2024),
    U("平潭综合实验区2020年申请人逾期未按收费通知缴费、不再处理的有几件", "not_in_this_format",
      "2021-subrow-asked-of-trial", rep=P20, year=2020),
    U("上海市政府办公厅2019年规章本年废止件数是多少", "not_in_this_format", "2021-column-asked-of-trial",
      rep=SH19, year=2019),
    U("平潭县2012年法律服务机构提出的信息公开申请有几件", "not_in_this_format", "2021-column-asked-of-pre2019",
      rep=PC12, year=2012),
    U("平潭综合实验区2014年行政复议结果被纠正的有几件", "not_in_this_format", "t4-subcolumn-asked-of-pre2019",
      rep=P14, year=2014),
    U("洪泽区2023年申请人无正当理由逾期不补正、行政机关不再处理的有几件", "not_in_this_format",
      "subrow-not-printed", rep=HZ, year=2023,
      note="hongze 2023 prints （六）其他处理 as one row without its three sub-rows"),

    # ---- added to balance the mix
    D("上海市政府办公厅2025年行政复议加行政诉讼一共多少件（复议总计+直接起诉总计+复议后起诉总计）", "sum",
      [T4(SH25, "review.total"), T4(SH25, "litigation_direct.total"), T4(SH25, "litigation_after_review.total")],
      "件", "sum-review-litigation"),
    D("平潭综合实验区2022年和2023年两年新收申请加起来多少件", "sum",
      [T3(P22, "new_received"), T3(P23, "new_received")], "件", "sum-across-years"),
    N("平潭综合实验区2020年报告留的电子邮箱", P20, "pzxxgkb@163.com", "contact-email"),
    N("平潭2011年信息公开专栏访问量有多少", P11, "访问量达11460人次", "pre2019-prose"),
    N("平潭综合实验区2012年政府信息公开专栏被访问了多少人次", P12, "访问量达72065人次", "pre2019-prose"),
    U("上海市浦东新区人民政府2021年依申请公开收到几件", "body_not_indexed", "same-city-district"),
    U("平潭县人民政府2014年主动公开信息数", "year_not_indexed", "missing-year",
      note="平潭县人民政府 reports in the corpus: 2011-2013 only"),
    U("上海市政府办公厅2021年行政复议多少件", "year_not_indexed", "missing-year"),
    U("虹口区政府2021年政务微信公众号粉丝有多少", "no_such_figure", "figure-not-reported", rep=HK, year=2021),

    # ------------------------------------------------------------------ ambiguous
    A("2012年平潭收到多少件政府信息公开申请", "two-bodies-same-place",
      "平潭综合实验区 2012 and 平潭县人民政府 2012 are both in the corpus and differ"),
    A("平潭2013年主动公开信息数是多少", "two-bodies-same-place",
      "平潭综合实验区 2013 and 平潭县人民政府 2013 both in corpus, figures differ"),
    A("今年的政府信息公开申请收到多少件", "no-body", "no body named"),
    A("行政复议结果纠正的有几件？", "no-body", "no body, no year"),
    A("区政府信息公开年报里不予公开的有多少", "no-body-generic", "generic 区政府: 虹口区 / 洪泽区 both fit, no year"),
]

# ---------------------------------------------------------------------- follow-ups
FOLLOWUPS = [
    F("change-column", {"q": "淮安市2024年新收申请总计多少件", "cell": T3(HA, "new_received")},
      {"q": "其中自然人多少？", "cell": T3(HA, "new_received", "natural_person")},
      {"q": "商业企业呢", "cell": T3(HA, "new_received", "commercial_enterprise")}),
    F("change-year", {"q": "平潭综合实验区2024年行政复议总计几件", "cell": T4(P24, "review.total")},
      {"q": "那2023年呢？", "cell": T4(P23, "review.total")},
      {"q": "2022年的呢", "cell": T4(P22, "review.total")}),
    F("change-row", {"q": "沭阳县2025年予以公开多少件", "cell": T3(SY, "granted")},
      {"q": "部分公开呢", "cell": T3(SY, "partially_granted")},
      {"q": "本机关不掌握的呢？", "cell": T3(SY, "unable_not_held")}),
    F("change-body", {"q": "虹口区2021年新收多少件申请", "cell": T3(HK, "new_received")},
      {"q": "淮安市2024年呢", "cell": T3(HA, "new_received")}),
    F("after-unanswerable", {"q": "淮安市2023年新收申请多少件", "unans": "year_not_indexed"},
      {"q": "那2024年呢", "cell": T3(HA, "new_received")}),
    F("after-unanswerable", {"q": "沭阳县教育局2025年收到几件申请", "unans": "body_not_indexed"},
      {"q": "那沭阳县政府的呢", "cell": T3(SY, "new_received"), "report_year": (SY, 2025)},
      {"q": "法律服务机构有几件", "cell": T3(SY, "new_received", "legal_service_org")}),
    F("t4-subcolumns", {"q": "上海市政府办公厅2025年行政复议总计", "cell": T4(SH25, "review.total")},
      {"q": "维持了几件", "cell": T4(SH25, "review.maintained")},
      {"q": "诉讼那块呢，直接起诉总计", "cell": T4(SH25, "litigation_direct.total")}),
    F("review-to-litigation", {"q": "洪泽区2023年行政复议结果维持几件", "cell": T4(HZ, "review.maintained")},
      {"q": "复议后起诉维持的呢", "cell": T4(HZ, "litigation_after_review.maintained")}),
    F("pre2019-year-change", {"q": "平潭县2012年主动公开信息数", "cell": ST(PC12, "proactive_total")},
      {"q": "2013年呢", "cell": ST(PC13, "proactive_total")},
      {"q": "少了多少", "derived": ("diff", [ST(PC12, "proactive_total"), ST(PC13, "proactive_total")], "条")}),
    F("followup-derived", {"q": "上海市科委2024年新收申请多少", "cell": T3(KW, "new_received")},
      {"q": "加上上年结转一共多少？", "derived": ("sum", [T3(KW, "new_received"), T3(KW, "carried_over_from_last_year")], "件")}),
    F("change-column-t2", {"q": "平潭综合实验区2022年行政许可处理决定多少", "cell": (P22, "T2", "administrative_licensing", "decisions")},
      {"q": "行政处罚呢", "cell": (P22, "T2", "administrative_penalty", "decisions")},
      {"q": "收费金额多少万元", "cell": (P22, "T2", "administrative_fees", "fee_amount")}),
    F("format-switch-unanswerable", {"q": "上海市政府办公厅2019年政府集中采购总金额多少元", "cell": (SH19, "T2", "centralized_procurement", "procurement_amount")},
      {"q": "2025年的呢", "unans": "not_in_this_format", "report_year": (SH25, 2025)}),
    F("change-body-dept", {"q": "沭阳县发改局2023年收到几件申请", "cell": T3(FG, "new_received")},
      {"q": "同年洪泽区呢", "cell": T3(HZ, "new_received")}),
    F("change-year-growth", {"q": "平潭实验区2025年新收申请多少", "cell": T3(P25, "new_received")},
      {"q": "比上一年少了多少", "derived": ("diff", [T3(P24, "new_received"), T3(P25, "new_received")], "件")}),
    F("year-then-missing", {"q": "虹口区2021年行政复议总计几件", "cell": T4(HK, "review.total")},
      {"q": "2022年呢", "unans": "year_not_indexed", "report_year": (None, 2022)}),
    F("row-change-trial", {"q": "平潭综合实验区2019年予以公开几件", "cell": T3(P19, "granted")},
      {"q": "2020年呢", "cell": T3(P20, "granted")},
      {"q": "其他处理呢", "cell": T3(P20, "other_processing")}),
    F("column-change-other-org", {"q": "平潭综合实验区2021年新收申请中“其他”组织多少件", "cell": T3(P21, "new_received", "other_org")},
      {"q": "自然人呢", "cell": T3(P21, "new_received", "natural_person")}),
    F("no-such-figure-then-cell", {"q": "淮安市2024年信息公开工作花了多少经费", "unans": "no_such_figure", "report_year": (HA, 2024)},
      {"q": "那行政复议有多少件", "cell": T4(HA, "review.total")}),
    F("carried-over", {"q": "上海市政府办公厅2025年上年结转多少件", "cell": T3(SH25, "carried_over_from_last_year")},
      {"q": "结转到下年度的呢", "cell": T3(SH25, "carried_to_next_year")}),
    F("pre2019-col-switch", {"q": "平潭综合实验区2014年受理依申请公开信息总数", "cell": ST(P14, "requests_total")},
      {"q": "历年累计呢", "cell": ST(P14, "requests_total", "cumulative")}),
    F("body-switch-pingtan", {"q": "平潭县2013年网上申请数", "cell": ST(PC13, "req_online")},
      {"q": "实验区同年呢", "cell": ST(P13, "req_online")}),
    F("row-change-denied", {"q": "淮安市2024年属于国家秘密不予公开几件", "cell": T3(HA, "denied_state_secret")},
      {"q": "其他法律行政法规禁止公开的呢", "cell": T3(HA, "denied_other_law")},
      {"q": "过程性信息那种呢", "cell": T3(HA, "denied_process_info")}),
    F("body-year-switch-t2", {"q": "沭阳县发改局2023年规范性文件现行有效几件", "cell": (FG, "T2", "normative_documents", "valid")},
      {"q": "洪泽区同一年呢", "cell": (HZ, "T2", "normative_documents", "valid")},
      {"q": "沭阳县政府2025年呢", "cell": (SY, "T2", "normative_documents", "valid")}),
]

# ---------------------------------------------------------------------- paraphrase groups (5 each)
PARA = [
    ("pg01", C, (HA, "T3", "new_received", "total"), [
        ("淮安市人民政府2024年本年新收政府信息公开申请数量是多少？", "full-name"),
        ("淮安市２０２４年新收了几件信息公开申请", "fullwidth-digits"),
        ("二〇二四年淮安市政府收到的政府信息公开申请有多少件", "chinese-numeral-year"),
        ("淮安 新收申请 2024", "keyword-only"),
        ("我想去申请个信息公开，顺便问下淮安市2024年一共新收了多少申请？", "irrelevant-clause-first"),
    ]),
    ("pg02", C, (SY, "T3", "granted", "total"), [
        ("沭阳县人民政府2025年予以公开多少件", "full-name"),
        ("沭阳县政府予以公开的申请有几件，2025年", "year-at-end"),
        ("二零二五年沭阳县予以公开几件", "chinese-numeral-year"),
        ("沭阳县2025年依申请给公开了的有多少件", "colloquial-row"),
        ("沭杨县2025年予以公开件数", "typo-body"),
    ]),
    ("pg03", C, (P24, "T3", "new_received", "natural_person"), [
        ("平潭综合实验区2024年新收申请中自然人多少件", "full-name"),
        ("平潭实验区24年老百姓个人申请了多少件信息公开", "colloquial-column"),
        ("平潭综合实验区２０２４年自然人申请数", "fullwidth-digits"),
        ("平潭 2024 自然人 新收", "keyword-only"),
        ("平谭综合实验区2024年自然人申请多少件", "typo-body"),
    ]),
    ("pg04", C, (HK, "T4", "cases", "review.total"), [
        ("上海市虹口区人民政府2021年因政府信息公开被申请行政复议总计多少件", "full-name"),
        ("虹口区政府2021年行政复议一共几件", "district-gov-short"),
        ("二〇二一年虹口区信息公开行政复议多少件", "chinese-numeral-year"),
        ("虹口区复议总数2021", "year-at-end-no-nian"),
        ("听说虹口区挺重视政务公开的，2021年被申请行政复义多少件？", "irrelevant-clause-first+typo"),
    ]),
    ("pg05", C, (SH25, "T3", "unable_not_held", "total"), [
        ("上海市人民政府办公厅2025年本机关不掌握相关政府信息的有多少件", "full-name"),
        ("上海市政府办公厅2025年因为没有这个信息而无法提供的有多少", "colloquial-row"),
        ("上海市政府办公厅２０２５年本机关不掌握的件数", "fullwidth-digits"),
        ("市府办公厅 上海 2025 不掌握", "keyword-only"),
        ("上海市政府办公厅2025年本机关不掌嵕相关信息多少件", "typo-term"),
    ]),
    ("pg06", C, (HZ, "T3", "unable_not_held", "total"), [
        ("洪泽区人民政府2023年本机关不掌握相关政府信息的申请有几件", "full-name"),
        ("洪泽区政府2023年无法提供-本机关不掌握 几件", "short-gov-name"),
        ("二〇二三年洪泽区不掌握相关信息的有几件", "chinese-numeral-year"),
        ("洪泽区本机关不掌握相关政府信息，2023", "year-at-end-no-nian"),
        ("洪择区2023年本机关不掌握几件", "typo-body"),
    ]),
    ("pg07", C, (KW, "T3", "new_received", "total"), [
        ("上海市科学技术委员会2024年本年新收政府信息公开申请数量", "full-name"),
        ("上海市科委2024年收到几件信息公开申请", "committee-short"),
        ("市科委２０２４年新收申请", "fullwidth-digits"),
        ("上海科委新收申请数2024年", "year-at-end"),
        ("我在做科技政策研究，想知道上海市科委2024年新收了多少件公开申请", "irrelevant-clause-first"),
    ]),
    ("pg08", C, (P22, "T3", "new_received", "total"), [
        ("平潭综合实验区2022年本年新收政府信息公开申请总计", "full-name"),
        ("平潭实验区二零二二年新收多少件申请", "chinese-numeral-year"),
        ("平潭综合实验区22年收到的信息公开申请", "two-digit-year"),
        ("平潭综合实验区 新收 2022年", "keyword-only"),
        ("平潭综合实验区2022年新收申情多少件", "typo-term"),
    ]),
    ("pg09", C, (FG, "T2", "normative_documents", "issued"), [
        ("沭阳县发展和改革局2023年本年制发规范性文件几件", "dept-full"),
        ("沭阳县发改局2023年新发了几个规范性文件", "dept-short"),
        ("沭阳发改局２０２３年规范性文件制发件数", "fullwidth-digits"),
        ("沭阳县发改局 规范性文件 本年制发 2023", "keyword-only"),
        ("麻烦问一下，沭阳县发改局在二〇二三年制发了多少件规范性文件？", "irrelevant-clause-first+chinese-numeral"),
    ]),
    ("pg10", C, (P23, "T4", "cases", "litigation_direct.total"), [
        ("平潭综合实验区2023年未经复议直接起诉的行政诉讼总计", "full-name"),
        ("平潭实验区2023年直接被起诉（没经过复议）的有几件", "colloquial-column"),
        ("平潭综合实验区二〇二三年未经复议直接起诉几件", "chinese-numeral-year"),
        ("平潭综合实验区 直接起诉 总计 2023", "keyword-only"),
        ("平潭综合实验区2023年未经复以直接起诉总计多少", "typo-term"),
    ]),
    ("pg11", C, (SH19, "T3", "new_received", "total"), [
        ("上海市人民政府办公厅2019年本年新收政府信息公开申请数量总计", "full-name"),
        ("上海市政府办公厅2019年收到多少件信息公开申请", "office-short"),
        ("上海市府办公厅２０１９年新收申请", "fullwidth-digits"),
        ("二零一九年上海市政府办公厅新收申请总数", "chinese-numeral-year"),
        ("上海市政府办公厅新收申请总计，2019", "year-at-end-no-nian"),
    ]),
    ("pg12", C, (PC13, "stats", "requests_total", "this_year"), [
        ("平潭县人民政府2013年受理依申请公开信息总数", "full-name"),
        ("平潭县政府2013年一共受理了几个依申请公开", "short-gov-name"),
        ("二〇一三年平潭县受理依申请公开多少条", "chinese-numeral-year"),
        ("平潭县 受理依申请 2013", "keyword-only"),
        ("平潭县2013年受里依申请公开信息总数", "typo-term"),
    ]),
    ("pg13", C, (HA, "T2", "administrative_penalty", "decisions"), [
        ("淮安市人民政府2024年行政处罚处理决定数量", "full-name"),
        ("淮安市2024年罚了多少次（行政处罚决定数）", "colloquial-row"),
        ("淮安市２０２４年行政处罚决定", "fullwidth-digits"),
        ("淮安 行政处罚 2024年", "keyword-only"),
        ("最近在看营商环境的资料，淮安市2024年行政处罚的处理决定数量是多少", "irrelevant-clause-first"),
    ]),
    ("pg14", D, ("sum", [T3(SY, "granted"), T3(SY, "partially_granted")], "件"), [
        ("沭阳县人民政府2025年予以公开加部分公开一共多少件", "full-name"),
        ("沭阳县2025年全部或部分公开的申请合计几件", "colloquial-sum"),
        ("二〇二五年沭阳县予以公开与部分公开合计", "chinese-numeral-year"),
        ("沭阳县 予以公开+部分公开 2025", "keyword-only"),
        ("沭阳县政府２０２５年予以公开和部分公开的加起来有几件", "fullwidth-digits"),
    ]),
    ("pg15", C, (P25, "T3", "carried_to_next_year", "total"), [
        ("平潭综合实验区2025年结转下年度继续办理的申请数", "full-name"),
        ("平潭实验区2025年有几件申请拖到明年继续办", "colloquial-row"),
        ("平潭综合实验区二〇二五年结转下年度几件", "chinese-numeral-year"),
        ("平潭综合实验区 结转下年度 2025", "keyword-only"),
        ("平潭综合实验区2025年结专下年度继续办理多少件", "typo-term"),
    ]),
    ("pg16", C, (P21, "T3", "denied_enforcement_case_file", "total"), [
        ("平潭综合实验区2021年属于行政执法案卷不予公开的有几件", "full-name"),
        ("平潭实验区2021年因为是执法案卷没给公开的几件", "colloquial-row"),
        ("平潭综合实验区２０２１年行政执法案卷不予公开", "fullwidth-digits"),
        ("平潭综合实验区行政执法案卷，2021", "year-at-end-no-nian"),
        ("平潭综合实验区2021年行政执法按卷不予公开几件", "typo-term"),
    ]),
]
