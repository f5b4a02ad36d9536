# -*- coding: utf-8 -*-
"""Blind question set b20: references only (no typed numbers).

Cell reference: (report, table, row, column).
Derived spec: {"op": "sum"|"diff"|"pct"|"max", ...} over cell references.
All expected values are computed by build.py from /work/blind/gold/*.json.
"""

HK = "hongkou-district_2021"
HZ = "hongze-district_2023"
HA = "huaian-city_2024"
PC11, PC12, PC13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"
P11, P12, P13, P14, P16, P18 = ("pingtan_2011", "pingtan_2012", "pingtan_2013",
                                "pingtan_2014", "pingtan_2016", "pingtan_2018")
P19, P20, P21, P22, P23, P24, P25 = ("pingtan_2019", "pingtan_2020", "pingtan_2021", "pingtan_2022",
                                     "pingtan_2023", "pingtan_2024", "pingtan_2025")
SH19, SH25 = "shanghai-municipal-office_2019", "shanghai-municipal-office_2025"
KW = "shanghai-stcsm_2024"
SY = "shuyang-county_2025"
FG = "shuyang-fgj_2023"

NP, CE, RI, SW, LS, OO, TT = ("natural_person", "commercial_enterprise", "research_institution",
                              "social_welfare_org", "legal_service_org", "other_org", "total")
DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]
UNABLE = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
NOTPROC = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
           "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
OTHER21 = ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]


def t3(rep, row, col=TT):
    return (rep, "T3", row, col)


def t4(rep, col):
    return (rep, "T4", "cases", col)


def t2(rep, row, col):
    return (rep, "T2", row, col)


def st(rep, row, col="this_year"):
    return (rep, "stats", row, col)


def C(q, ref, cls, note=None):
    return {"kind": "cell", "question": q, "ref": ref, "class": cls, "note": note}


def D(q, spec, unit, cls, decimals=None, note=None):
    return {"kind": "derived", "question": q, "spec": spec, "unit": unit, "class": cls,
            "decimals": decimals, "note": note}


def N(q, rep, sub, cls, note=None):
    return {"kind": "narrative", "question": q, "report": rep, "substring": sub, "class": cls, "note": note}


def U(q, reason, cls, rep=None, year=None, note=None):
    return {"kind": "unanswerable", "question": q, "reason": reason, "class": cls, "report": rep,
            "year": year, "note": note}


def A(q, cls, note=None):
    return {"kind": "ambiguous", "question": q, "class": cls, "note": note}


def F(cls, *turns):
    return {"kind": "followup", "class": cls, "turns": list(turns)}


def SUM(*refs):
    return {"op": "sum", "refs": list(refs)}


def DIFF(a, b):
    return {"op": "diff", "a": a, "b": b}


def PCT(num, den):
    """num and den are lists of refs (summed)."""
    return {"op": "pct", "num": list(num), "den": list(den)}


def MAX(*refs):
    return {"op": "max", "refs": list(refs)}


ITEMS = [
    # ---------------- cell: 虹口区 2021 ----------------
    C("虹口区2021年新收了多少政府信息公开申请？", t3(HK, "new_received"), "plain"),
    C("上海市虹口区人民政府2021年自然人提了几件信息公开申请", t3(HK, "new_received", NP), "applicant-column"),
    C("虹口区政府21年有公司企业来申请公开吗，几件？", t3(HK, "new_received", CE), "colloquial-column"),
    C("虹口2021 因为区里没有这个信息所以给不了的有多少件", t3(HK, "unable_not_held"), "colloquial-row"),
    C("虹口区2021年被申请行政复议，结果维持的是几件？", t4(HK, "review.maintained"), "t4-review"),
    C("2021年虹口区复议完了又去法院告的一共多少件", t4(HK, "litigation_after_review.total"), "colloquial-row"),
    C("虹口区2021年行政许可处理决定数量", t2(HK, "administrative_licensing", "decisions"), "t2-staff-lookup"),
    C("请问虹口区人民政府2021年度废止了几件行政规范性文件？", t2(HK, "normative_documents", "repealed"), "t2-plain"),
    C("虹口区2021年从2020年结转过来没办完的申请有几件", t3(HK, "carried_over_from_last_year"), "colloquial-row"),
    C("虹口21年属于行政查询事项不予公开的", t3(HK, "denied_admin_query"), "short-year"),
    # ---------------- cell: 洪泽区 2023 ----------------
    C("洪泽区2023年作出了多少个行政处罚决定", t2(HZ, "administrative_penalty", "decisions"), "t2-plain"),
    C("洪泽区政府2023年行政事业性收费金额是多少万元？", t2(HZ, "administrative_fees", "fee_amount"), "t2-fee"),
    C("淮安市洪泽区人民政府2023年收到的依申请公开件数", t3(HZ, "new_received"), "city-run-into-name"),
    C("洪泽2023年部分公开的申请有几件", t3(HZ, "partially_granted"), "short-body"),
    C("洪泽区23年有没有把信访举报投诉类的申请不予处理的？几件", t3(HZ, "not_processed_petition_complaint"), "yes-no+number"),
    C("洪泽区人民政府二〇二三年行政复议结果维持几件", t4(HZ, "review.maintained"), "chinese-numeral-year",
      note="cell printed 10; the printed 行政复议 总计 (0) does not add up, so the total is never asked"),
    C("洪泽区2023年(六)其他处理是多少", t3(HZ, "other_processing"), "other-format-row",
      note="hongze prints （六）其他处理 as one row"),
    C("洪泽区2023年行政规范性文件废止了多少件", t2(HZ, "normative_documents", "repealed"), "t2-plain"),
    # ---------------- cell: 淮安市 2024 ----------------
    C("淮安市政府2024年律师事务所这类法律服务机构提出的申请有多少件", t3(HA, "new_received", LS), "colloquial-column"),
    C("淮安2024年“其他”组织申请数", t3(HA, "new_received", OO), "applicant-column"),
    C("淮安市2024年予以公开的总计多少", t3(HA, "granted"), "plain"),
    C("淮安市2024年行政强制处理决定有多少", t2(HA, "administrative_coercion", "decisions"), "t2-plain"),
    C("淮安市人民政府2024年没经过复议直接去法院起诉的总共几件", t4(HA, "litigation_direct.total"), "colloquial-row"),
    C("淮安2024年行政复议被纠正了多少件？", t4(HA, "review.corrected"), "t4-review"),
    C("淮安市政府2024年结转到下一年继续办的有多少件", t3(HA, "carried_to_next_year"), "colloquial-row"),
    C("淮安市2024年申请人不补正材料、超期了不再处理的有几件", t3(HA, "other_no_correction_overdue"), "description-row"),
    C("淮安2024年危及三安全一稳定不予公开", t3(HA, "denied_three_security_one_stability"), "keyword-only"),
    C("淮安市2024年复议后起诉还没审结的有几件", t4(HA, "litigation_after_review.pending"), "t4-after-review"),
    C("淮安市现行有效的市政府规章有几件（2024年报）", t2(HA, "regulations", "valid"), "year-at-end"),
    # ---------------- cell: 平潭县 2011-2013 (pre-2019) ----------------
    C("平潭县人民政府2012年当面申请的有几条", st(PC12, "req_in_person"), "pre2019-row"),
    C("平潭县2013年网上申请数", st(PC13, "req_online"), "pre2019-row"),
    C("平潭县政府2013年主动公开信息历年累计多少条", st(PC13, "proactive_total", "cumulative"), "pre2019-cumulative"),
    C("平潭县2011年通过网站公开了多少条信息", st(PC11, "proactive_website"), "pre2019-row"),
    C("平潭县2012年同意公开的答复数", st(PC12, "reply_full"), "pre2019-row"),
    C("平潭县政府2012年拒绝公开（否决公开）的答复有几条", st(PC12, "reply_refused"), "pre2019-colloquial"),
    # ---------------- cell: 平潭综合实验区 2011-2018 (pre-2019) ----------------
    C("平潭综合实验区2011年主动公开信息数是多少", st(P11, "proactive_total"), "pre2019-row"),
    C("平潭实验区2011年政府公报公开了几条", st(P11, "proactive_gazette"), "pre2019-row"),
    C("平潭综合实验区管委会2012年统计表里主动公开信息数", st(P12, "proactive_total"), "pre2019-row",
      note="table value; the prose gives another figure"),
    C("平潭综合实验区2013年网站公开数", st(P13, "proactive_website"), "pre2019-row"),
    C("平潭实验区2014年信函、传真申请数", st(P14, "req_letter_fax"), "pre2019-row"),
    C("平潭综合实验区管委会2014年主动公开文件数历年累计", st(P14, "proactive_total", "cumulative"), "pre2019-cumulative"),
    C("平潭综合实验区2016年主动公开文件数", st(P16, "proactive_total"), "pre2019-row"),
    C("平潭综合实验区2016年政府信息公开收费减免金额多少", st(P16, "fee_waiver_amount"), "pre2019-row"),
    C("平潭2018年政府网站公开数", st(P18, "proactive_website"), "pre2019-row"),
    C("平潭综合实验区2018年有行政复议吗 几件", st(P18, "admin_review"), "yes-no+number"),
    # ---------------- cell: 平潭 2019 / 2020 (2019 trial) ----------------
    C("平潭综合实验区2019年收到多少件政府信息公开申请", t3(P19, "new_received"), "plain"),
    C("平潭2019年补正后申请内容仍不明确的有几件", t3(P19, "unable_unclear_after_correction"), "plain"),
    C("平潭实验区2019年重复申请有几个", t3(P19, "not_processed_duplicate"), "plain"),
    C("2019年平潭规章本年新制作数量", t2(P19, "regulations", "new_made"), "t2-2019-format"),
    C("平潭2020年其他处理几件", t3(P20, "other_processing"), "other-format-row"),
    C("平潭综合实验区2020年法人或其他组织里面“其他”那一类申请了几件", t3(P20, "new_received", OO), "applicant-column"),
    C("平潭2020年行政事业性收费上一年项目数量", t2(P20, "administrative_fees", "previous_year_items"), "t2-2019-format"),
    C("平潭实验区2020年报 行政处罚上一年项目数", t2(P20, "administrative_penalty", "previous_year_items"), "t2-2019-format"),
    C("平潭2020年规章对外公开总数量", t2(P20, "regulations", "total_published"), "t2-2019-format"),
    # ---------------- cell: 平潭 2021-2025 ----------------
    C("平潭综合实验区2021年社会公益组织提的申请有几件", t3(P21, "new_received", SW), "applicant-column"),
    C("平潭2021年属于行政执法案卷不予公开的", t3(P21, "denied_enforcement_case_file"), "plain"),
    C("平潭2021年没经复议直接起诉、结果维持的几件", t4(P21, "litigation_direct.maintained"), "t4-direct"),
    C("平潭实验区2021年行政事业性收费金额多少万元", t2(P21, "administrative_fees", "fee_amount"), "t2-fee"),
    C("平潭2021年行政处罚决定数量", t2(P21, "administrative_penalty", "decisions"), "t2-plain"),
    C("平潭2022年现行有效的行政规范性文件有多少件", t2(P22, "normative_documents", "valid"), "t2-plain"),
    C("平潭综合实验区2022年行政许可处理了多少", t2(P22, "administrative_licensing", "decisions"), "t2-plain"),
    C("平潭2022年部分公开里面商业企业有几件", t3(P22, "partially_granted", CE), "applicant-column"),
    C("平潭综合实验区2022年因为是过程性信息不公开的有几件", t3(P22, "denied_process_info"), "description-row"),
    C("平潭2022年行政复议结果被纠正的", t4(P22, "review.corrected"), "t4-review"),
    C("平潭2023年以保护第三方合法权益为由不公开的有几件", t3(P23, "denied_third_party_rights"), "plain"),
    C("平潭实验区2023年直接起诉的案子还没审结的有几件", t4(P23, "litigation_direct.pending"), "t4-direct"),
    C("平潭2023年行政强制决定", t2(P23, "administrative_coercion", "decisions"), "keyword-only"),
    C("平潭2023年本机关不掌握相关政府信息的申请数", t3(P23, "unable_not_held"), "plain"),
    C("平潭2024年属于三类内部事务信息不予公开的多少", t3(P24, "denied_internal_affairs"), "plain"),
    C("平潭综合实验区2024年复议后起诉结果维持几件", t4(P24, "litigation_after_review.maintained"), "t4-after-review"),
    C("平潭2024年行政事业性收费本年收费金额", t2(P24, "administrative_fees", "fee_amount"), "t2-fee"),
    C("平潭2024年以国家秘密为由不公开几件", t3(P24, "denied_state_secret"), "plain"),
    C("平潭综合实验区2025年被申请行政复议总共多少件", t4(P25, "review.total"), "t4-review"),
    C("平潭2025年有多少申请要结转到下年度继续办理", t3(P25, "carried_to_next_year"), "plain"),
    C("平潭2025年申请人没按时交费、不再处理的有几件", t3(P25, "other_fee_unpaid_overdue"), "description-row"),
    C("平潭综合实验区2025年商业企业新申请了几件", t3(P25, "new_received", CE), "applicant-column"),
    # ---------------- cell: 上海市政府办公厅 2019 / 2025 ----------------
    C("上海市人民政府办公厅2019年本年新收申请总计", t3(SH19, "new_received"), "plain"),
    C("上海市府办2019年政府集中采购项目数量有几个", t2(SH19, "centralized_procurement", "procurement_items"), "t2-2019-format"),
    C("2019年上海市政府办公厅新制作了多少件规章", t2(SH19, "regulations", "new_made"), "t2-2019-format"),
    C("上海市政府办公厅2019年行政复议结果维持几件", t4(SH19, "review.maintained"), "t4-review"),
    C("上海市政府办公厅2019年自然人的信访举报投诉类申请不予处理多少", t3(SH19, "not_processed_petition_complaint", NP), "applicant-column"),
    C("上海市政府办公厅2025年上年结转的申请多少件", t3(SH25, "carried_over_from_last_year"), "plain"),
    C("上海市府办2025年因为不掌握信息无法提供的有多少", t3(SH25, "unable_not_held"), "short-dept-name"),
    C("上海2025市政府办公厅 直接起诉尚未审结", t4(SH25, "litigation_direct.pending"), "keyword-only"),
    C("上海市人民政府办公厅2025年法律服务机构那一栏上年结转了几件", t3(SH25, "carried_over_from_last_year", LS), "applicant-column"),
    C("上海市政府办公厅2025年其他处理里的“其他”有多少件", t3(SH25, "other_other"), "plain"),
    # ---------------- cell: 市科委 2024 ----------------
    C("上海市科委2024年行政许可处理决定数量是多少", t2(KW, "administrative_licensing", "decisions"), "short-dept-name"),
    C("市科委2024年新收信息公开申请几件", t3(KW, "new_received"), "short-dept-name"),
    C("上海市科学技术委员会2024年现行有效规范性文件有多少件", t2(KW, "normative_documents", "valid"), "t2-plain"),
    C("上海科委2024年没有现成信息需要另行制作的申请有几件", t3(KW, "unable_needs_creation"), "short-dept-name"),
    # ---------------- cell: 沭阳县 2025 ----------------
    C("沭阳县政府2025年行政处罚处理决定多少", t2(SY, "administrative_penalty", "decisions"), "short-body"),
    C("沭阳2025年法律服务机构申请了几件", t3(SY, "new_received", LS), "applicant-column"),
    C("沭阳县2025年行政复议尚未审结的有多少", t4(SY, "review.pending"), "t4-review"),
    C("沭阳县2025年其他处理里“其他”那一项多少件", t3(SY, "other_other"), "plain"),
    C("沭阳县人民政府2025年行政事业性收费金额（万元）", t2(SY, "administrative_fees", "fee_amount"), "t2-fee"),
    # ---------------- cell: 沭阳县发改局 2023 ----------------
    C("沭阳县发改局2023年新制发规范性文件几件", t2(FG, "normative_documents", "issued"), "short-dept-name"),
    C("沭阳发改局2023年收到多少依申请公开", t3(FG, "new_received"), "short-dept-name"),
    C("沭阳县发展和改革局2023年行政复议尚未审结几件", t4(FG, "review.pending"), "t4-review"),

    # ================= derived =================
    D("虹口区2021年不予公开的一共多少件（八种情形加起来）", SUM(*[t3(HK, r) for r in DENIED]), "件", "sum-group"),
    D("虹口2021年“无法提供”三项合计多少", SUM(*[t3(HK, r) for r in UNABLE]), "件", "sum-group"),
    D("淮安2024年法人或其他组织一共申请了多少件（商业企业+科研机构+社会公益组织+法律服务机构+其他）",
      SUM(*[t3(HA, "new_received", c) for c in (CE, RI, SW, LS, OO)]), "件", "sum-columns"),
    D("淮安市2024年予以公开占新收申请的百分之几？保留两位小数",
      PCT([t3(HA, "granted")], [t3(HA, "new_received")]), "%", "share", decimals=2),
    D("淮安2024年不予处理的合计几件", SUM(*[t3(HA, r) for r in NOTPROC]), "件", "sum-group"),
    D("平潭2022年比2021年新收申请多了多少件", DIFF(t3(P22, "new_received"), t3(P21, "new_received")), "件", "yoy"),
    D("平潭综合实验区2025年新收申请跟2024年比变化了多少（2025减2024）",
      DIFF(t3(P25, "new_received"), t3(P24, "new_received")), "件", "yoy"),
    D("平潭2024年行政许可比2023年增加了多少", DIFF(t2(P24, "administrative_licensing", "decisions"),
                                            t2(P23, "administrative_licensing", "decisions")), "件", "yoy"),
    D("沭阳县2025年行政复议和行政诉讼一共多少件？（复议总计+直接起诉总计+复议后起诉总计）",
      SUM(t4(SY, "review.total"), t4(SY, "litigation_direct.total"), t4(SY, "litigation_after_review.total")),
      "件", "sum-t4"),
    D("沭阳县2025年行政复议纠错率是多少（结果纠正÷复议总计），百分比保留一位小数",
      PCT([t4(SY, "review.corrected")], [t4(SY, "review.total")]), "%", "rate", decimals=1),
    D("上海市府办2025年予以公开和部分公开加起来多少件", SUM(t3(SH25, "granted"), t3(SH25, "partially_granted")),
      "件", "sum-rows"),
    D("上海市政府办公厅2025年无法提供（三项合计）占办理结果总计的比例，%保留2位",
      PCT([t3(SH25, r) for r in UNABLE], [t3(SH25, "results_total")]), "%", "share", decimals=2),
    D("洪泽区2023年不予公开一共几件", SUM(*[t3(HZ, r) for r in DENIED]), "件", "sum-group"),
    D("洪泽区2023年行政许可、行政处罚、行政强制三项处理决定合计",
      SUM(t2(HZ, "administrative_licensing", "decisions"), t2(HZ, "administrative_penalty", "decisions"),
          t2(HZ, "administrative_coercion", "decisions")), "件", "sum-t2"),
    D("平潭县2013年主动公开信息数比2012年少了多少条（2012减2013）",
      DIFF(st(PC12, "proactive_total"), st(PC13, "proactive_total")), "条", "yoy-pre2019"),
    D("平潭县2012年当面申请占受理依申请总数的百分比（两位小数）",
      PCT([st(PC12, "req_in_person")], [st(PC12, "requests_total")]), "%", "share-pre2019", decimals=2),
    D("市科委2024年其他处理三项加起来多少", SUM(*[t3(KW, r) for r in OTHER21]), "件", "sum-group"),
    D("平潭综合实验区2021到2025这五年行政复议总数加起来是多少",
      SUM(*[t4(r, "review.total") for r in (P21, P22, P23, P24, P25)]), "件", "multi-year-sum"),
    D("平潭2020年新收申请比2019年多还是少？差几件（2020减2019）",
      DIFF(t3(P20, "new_received"), t3(P19, "new_received")), "件", "yoy"),
    D("平潭综合实验区2019到2025年哪一年新收申请最多？最多是多少件",
      MAX(*[t3(r, "new_received") for r in (P19, P20, P21, P22, P23, P24, P25)]), "件", "ranking",
      note="the maximum is the 2024 report"),
    D("淮安市2024年办结率：办理结果总计÷（新收+上年结转），百分比保留两位",
      PCT([t3(HA, "results_total")], [t3(HA, "new_received"), t3(HA, "carried_over_from_last_year")]), "%",
      "rate", decimals=2),
    D("虹口区2021年行政复议、行政诉讼（直接起诉+复议后起诉）总共多少件",
      SUM(t4(HK, "review.total"), t4(HK, "litigation_direct.total"), t4(HK, "litigation_after_review.total")),
      "件", "sum-t4"),
    D("沭阳县2025年自然人新收申请占新收总数的比例是多少%（保留两位）",
      PCT([t3(SY, "new_received", NP)], [t3(SY, "new_received")]), "%", "share", decimals=2),
    D("平潭2024年行政诉讼一共几件（直接起诉加复议后起诉）",
      SUM(t4(P24, "litigation_direct.total"), t4(P24, "litigation_after_review.total")), "件", "sum-t4"),
    D("平潭2025年行政诉讼合计", SUM(t4(P25, "litigation_direct.total"), t4(P25, "litigation_after_review.total")),
      "件", "sum-t4"),
    D("淮安2024年行政诉讼总数是多少，直接起诉和复议后起诉都算",
      SUM(t4(HA, "litigation_direct.total"), t4(HA, "litigation_after_review.total")), "件", "sum-t4"),
    D("上海市政府办公厅2025年新收申请比2019年多了多少",
      DIFF(t3(SH25, "new_received"), t3(SH19, "new_received")), "件", "yoy-across-format"),
    D("沭阳县2025年行政处罚比行政许可多多少个", DIFF(t2(SY, "administrative_penalty", "decisions"),
                                              t2(SY, "administrative_licensing", "decisions")), "件", "diff"),
    D("平潭2023年予以公开加部分公开一共多少", SUM(t3(P23, "granted"), t3(P23, "partially_granted")), "件", "sum-rows"),
    D("平潭综合实验区主动公开数2014年比2013年少了多少（按统计表）",
      DIFF(st(P13, "proactive_total"), st(P14, "proactive_total")), "条", "yoy-pre2019",
      note="table figures as printed; pingtan_2013 prose says 4970, table 72804"),
    D("淮安市2024年行政复议维持率（结果维持/复议总计），百分比两位小数",
      PCT([t4(HA, "review.maintained")], [t4(HA, "review.total")]), "%", "rate", decimals=2),
    D("市科委2024年新收加上年结转一共要处理多少件",
      SUM(t3(KW, "new_received"), t3(KW, "carried_over_from_last_year")), "件", "sum-rows"),
    D("洪泽区2023年无法提供的合计", SUM(*[t3(HZ, r) for r in UNABLE]), "件", "sum-group"),
    D("平潭2021年法人或其他组织新收申请合计（五类加总）",
      SUM(*[t3(P21, "new_received", c) for c in (CE, RI, SW, LS, OO)]), "件", "sum-columns"),

    # ================= narrative =================
    N("虹口区政府办公室地址在哪", HK, "飞虹路 518 号", "contact"),
    N("虹口区信息公开年报有疑问打什么电话", HK, "021—25658888", "contact"),
    N("虹口区2021年收没收信息处理费", HK, "区政府未收取政府信息公开信息处理费", "fee-prose"),
    N("虹口区2021年给新进公务员做过政务公开培训吗，几次", HK, "开展新进公务员政务公开通识培训2次", "training"),
    N("洪泽区政府办公室联系电话多少", HZ, "0517-87222589", "contact-pdf"),
    N("洪泽区2023年在政府网站上主动公开了多少条信息", HZ, "主动公开政府信息 1136 条", "body-prose-pdf"),
    N("洪泽区2023年信息处理费收了多少钱", HZ, "全年收取政府信息公开信息处理费 0 元", "fee-prose-pdf"),
    N("洪泽区2023年年报里说存在什么问题", HZ, "政务公开内容的深度和广度还有待提升", "problem-pdf"),
    N("淮安市政府2024年收取了多少信息处理费", HA, "全年收取政府信息公开信息处理费 3940 元", "fee-prose"),
    N("淮安市人民政府办公室的邮编是多少", HA, "邮编：223001", "contact"),
    N("淮安市政府办公室电话", HA, "0517-83605210", "contact"),
    N("淮安全市在运维的政务新媒体有多少个", HA, "全市在运维政务新媒体共计 95", "body-prose"),
    N("淮安市2024年政务公开存在的主要问题是什么", HA, "政策解读质量仍需提升", "problem"),
    N("平潭县人民政府2011年报的联系邮箱", PC11, "24336240@163.com", "contact-pre2019"),
    N("平潭县政府办公室地址", PC12, "平潭县翠园南路10号", "contact-pre2019"),
    N("平潭综合实验区2012年报正文里说主动公开了多少条", P12, "2012年主动公开政府信息1913条", "prose-vs-table",
      note="prose figure differs from the table (739)"),
    N("平潭综合实验区2013年有没有收到行政复议申请", P13, "收到1份有关政府信息公开行政复议申请", "prose-vs-table",
      note="table shows 行政复议数 0"),
    N("平潭实验区2014年依申请提供信息收费吗", P14, "依申请提供政府信息暂不收费", "fee-prose"),
    N("平潭综合实验区2016年信息公开办公室在哪里", P16, "北厝镇竹屿口现场指挥部", "contact-pre2019"),
    N("平潭2018年报联系地址", P18, "金井湾片区管委会大楼主楼14层", "contact-pre2019"),
    N("平潭综合实验区2019年年报的咨询电话", P19, "0591-23165250", "contact"),
    N("平潭2020年政府信息公开存在哪些问题", P20, "各部门政府信息公开工作的开展还不够均衡", "problem"),
    N("平潭2021年收了信息处理费没有", P21, "2021年，无收取信息处理费情况", "fee-prose"),
    N("平潭综合实验区2022年报提到的问题有哪些", P22, "重大行政决策预公开程度需进一步加强", "problem"),
    N("平潭2023年年报的通讯地址", P23, "商务营运中心7号楼14层", "contact"),
    N("平潭2024年政务公开还有什么不足", P24, "政策解读形式仍需创新", "problem"),
    N("平潭2025年报里说的不足之处", P25, "政务公开队伍建设有待进一步加强", "problem"),
    N("上海市政府2019年编发了几期政府公报", SH19, "全年共编发公报24期", "body-prose"),
    N("上海市政府办公厅2025年其他处理里面申请人主动撤回的有几件", SH25, "主动撤回 157 件", "body-prose-not-in-table"),
    N("上海市府办2025年收信息处理费了吗", SH25, "2025 年度本机关未收取信息公开处理费", "fee-prose"),
    N("“上海科技”网站2024年发布了多少条信息", KW, "全年累计发布信息 2139 条", "body-prose"),
    N("市科委2024年有没有收政府信息公开的费用", KW, "市科委未发生政府信息公开收费事项", "fee-prose"),
    N("沭阳县2025年发了多少次催办提示", SY, "全年发出催办提示 84 次", "body-prose"),
    N("沭阳县2025年收了多少信息处理费", SY, "收取信息处理费共计380元", "fee-prose"),
    N("沭阳县政府门户网站2025年主动公开了多少条信息", SY, "主动公开政府信息4511条", "body-prose"),
    N("沭阳县发改局地址在哪", FG, "沭阳县沭城街道苏州东路42号", "contact-html"),
    N("沭阳发改局联系电话", FG, "0527—83593059", "contact-html"),
    N("沭阳县发展和改革局2023年受理了多少网络问政", FG, "全年受理网络问政182件", "body-prose-html"),

    # ================= unanswerable =================
    U("上海市黄浦区2022年收到多少政府信息公开申请", "body_not_indexed", "same-city-other-district"),
    U("淮安市淮阴区2024年行政复议多少件", "body_not_indexed", "district-of-indexed-city"),
    U("淮安区政府2024年新收申请多少件", "body_not_indexed", "shares-words-with-city",
      note="淮安市淮安区 is a district, not 淮安市人民政府"),
    U("沭阳县教育局2025年依申请公开数量是多少", "body_not_indexed", "department-of-indexed-county"),
    U("沭阳县财政局2023年政府信息公开申请几件", "body_not_indexed", "department-of-indexed-county"),
    U("平潭综合实验区地方税务局2013年主动公开了多少条信息", "body_not_indexed", "bureau-of-indexed-body"),
    U("上海市经信委2024年行政许可多少件", "body_not_indexed", "other-municipal-commission"),
    U("洪泽区发改委2023年收到几件信息公开申请", "body_not_indexed", "department-of-indexed-district"),
    U("宿迁市政府2025年行政复议多少件", "body_not_indexed", "parent-city-of-indexed-county"),
    U("虹口区卫健委2021年收到多少信息公开申请", "body_not_indexed", "department-of-indexed-district"),
    U("上海市杨浦区2021年新收申请数", "body_not_indexed", "neighbouring-district"),
    U("福州市长乐区2022年依申请公开多少件", "body_not_indexed", "neighbouring-district"),
    U("虹口区2022年新收政府信息公开申请多少件", "year_not_indexed", "year-not-indexed", rep=None, year=2022),
    U("淮安市政府2023年行政诉讼多少件", "year_not_indexed", "year-not-indexed", year=2023),
    U("平潭综合实验区2015年主动公开了多少条", "year_not_indexed", "year-gap", year=2015),
    U("平潭2017年受理依申请公开信息总数", "year_not_indexed", "year-gap", year=2017),
    U("上海市政府办公厅2021年新收申请多少", "year_not_indexed", "year-not-indexed", year=2021),
    U("洪泽区2024年行政复议几件", "year_not_indexed", "year-not-indexed", year=2024),
    U("沭阳县2024年新收申请数量", "year_not_indexed", "year-not-indexed", year=2024),
    U("市科委2023年行政许可多少", "year_not_indexed", "year-not-indexed", year=2023),
    U("沭阳发改局2024年收到几件申请", "year_not_indexed", "year-not-indexed", year=2024),
    U("虹口区2021年政务公开工作经费预算是多少", "no_such_figure", "budget", rep=HK, year=2021),
    U("淮安市2024年从事政务公开的工作人员一共有多少人", "no_such_figure", "staff-count", rep=HA, year=2024),
    U("平潭2023年政府网站访问量是多少", "no_such_figure", "visitor-count", rep=P23, year=2023),
    U("沭阳县2025年依申请公开平均答复用了几天", "no_such_figure", "average-days", rep=SY, year=2025),
    U("上海市府办2025年申请人对答复的满意度是多少", "no_such_figure", "satisfaction", rep=SH25, year=2025),
    U("平潭2022年政务微信公众号有多少粉丝", "no_such_figure", "followers", rep=P22, year=2022),
    U("平潭2020年申请人逾期未按收费通知缴费、不再处理的有几件", "not_in_this_format", "2021-row-asked-of-2019-format",
      rep=P20, year=2020, note="2019 trial format has a single （六）其他处理 row"),
    U("上海市政府办公厅2019年行政事业性收费本年收费金额是多少万元", "not_in_this_format",
      "2021-column-asked-of-2019-format", rep=SH19, year=2019, note="2019 format (八) counts fee items only"),
    U("平潭2021年政府集中采购项目有多少个", "not_in_this_format", "2019-row-asked-of-2021-format", rep=P21, year=2021),
    U("淮安市2024年其他对外管理服务事项处理决定数量", "not_in_this_format", "2019-row-asked-of-2021-format",
      rep=HA, year=2024),
    U("平潭综合实验区2016年因危及三安全一稳定不予公开的有几件", "not_in_this_format", "2021-row-asked-of-pre2019",
      rep=P16, year=2016),
    U("洪泽区2023年申请人无正当理由逾期不补正的有几件", "not_in_this_format", "subrow-not-printed",
      rep=HZ, year=2023, note="hongze prints （六）其他处理 as one row without its sub-rows"),

    # ================= ambiguous =================
    A("2023年新收了多少件申请？", "no-body-several-reports", note="2023: 洪泽区, 平潭, 沭阳县发改局"),
    A("行政复议一共多少件", "no-body-no-year"),
    A("平潭2012年主动公开信息数是多少", "pingtan-two-bodies", note="平潭县人民政府 and 平潭综合实验区 both report 2012"),
    A("上海市政府办公厅年报里新收申请多少", "no-year-two-reports", note="2019 and 2025"),
    A("沭阳行政许可处理决定多少", "no-year-two-bodies", note="沭阳县发改局 2023 and 沭阳县人民政府 2025"),
    A("平潭2013年网上申请数", "pingtan-two-bodies", note="平潭县 4 vs 平潭综合实验区 0"),
    A("今年收了多少信息处理费", "no-body"),
    A("上海的年报里行政复议维持几件", "several-shanghai-bodies"),

    # ================= followup =================
    F("change-column",
      C("淮安市2024年新收申请总数是多少", t3(HA, "new_received"), ""),
      C("其中自然人呢", t3(HA, "new_received", NP), ""),
      C("法律服务机构呢", t3(HA, "new_received", LS), "")),
    F("change-year",
      C("平潭2021年行政复议总数", t4(P21, "review.total"), ""),
      C("那2022年呢？", t4(P22, "review.total"), ""),
      C("23年呢", t4(P23, "review.total"), "")),
    F("change-row-column",
      C("虹口区2021年予以公开多少件", t3(HK, "granted"), ""),
      C("部分公开呢", t3(HK, "partially_granted"), ""),
      C("予以公开里商业企业几件", t3(HK, "granted", CE), "")),
    F("t4-blocks",
      C("沭阳县2025年行政复议结果维持几件", t4(SY, "review.maintained"), ""),
      C("直接起诉的呢", t4(SY, "litigation_direct.maintained"), ""),
      C("复议后起诉呢", t4(SY, "litigation_after_review.maintained"), "")),
    F("after-unanswerable-year",
      C("市科委2024年新收申请多少", t3(KW, "new_received"), ""),
      U("2025年呢", "year_not_indexed", "", year=2025),
      C("那2024年予以公开几件", t3(KW, "granted"), "")),
    F("after-unanswerable-body",
      U("黄浦区2022年新收申请多少件", "body_not_indexed", "", year=2022),
      C("那虹口区2021年呢", t3(HK, "new_received"), "")),
    F("year-then-unindexed",
      C("洪泽区2023年行政许可多少", t2(HZ, "administrative_licensing", "decisions"), ""),
      C("行政处罚呢", t2(HZ, "administrative_penalty", "decisions"), ""),
      U("2024年呢", "year_not_indexed", "", year=2024)),
    F("pre2019-year-column",
      C("平潭县2012年受理依申请公开信息总数", st(PC12, "requests_total"), ""),
      C("2013年呢", st(PC13, "requests_total"), ""),
      C("历年累计呢", st(PC13, "requests_total", "cumulative"), "")),
    F("change-year-column",
      C("上海市政府办公厅2025年本机关不掌握的有多少", t3(SH25, "unable_not_held"), ""),
      C("2019年自然人那栏呢", t3(SH19, "unable_not_held", NP), "")),
    F("yoy-followup",
      C("平潭2024年行政处罚多少", t2(P24, "administrative_penalty", "decisions"), ""),
      D("比上一年多还是少，差多少（2024减2023）", DIFF(t2(P24, "administrative_penalty", "decisions"),
                                                 t2(P23, "administrative_penalty", "decisions")), "件", "")),
    F("change-row-then-column",
      C("淮安2024年重复申请几件", t3(HA, "not_processed_duplicate"), ""),
      C("信访举报投诉类呢", t3(HA, "not_processed_petition_complaint"), ""),
      C("商业企业那列呢", t3(HA, "not_processed_petition_complaint", CE), "")),
    F("pre2019-year-gap",
      C("平潭综合实验区2016年主动公开文件数", st(P16, "proactive_total"), ""),
      C("2018年呢", st(P18, "proactive_total"), ""),
      U("2017年呢", "year_not_indexed", "", year=2017)),
    F("dept-row-change",
      C("沭阳发改局2023年收到几件申请", t3(FG, "new_received"), ""),
      C("予以公开几件", t3(FG, "granted"), ""),
      C("行政复议呢", t4(FG, "review.total"), "")),
    F("format-change-year",
      C("平潭2019年新收申请多少", t3(P19, "new_received"), ""),
      C("2020年呢", t3(P20, "new_received"), ""),
      C("其中其他处理多少", t3(P20, "other_processing"), "")),
    F("t4-block-then-column",
      C("虹口区2021年直接起诉总计", t4(HK, "litigation_direct.total"), ""),
      C("复议后起诉呢", t4(HK, "litigation_after_review.total"), ""),
      C("结果维持呢", t4(HK, "litigation_after_review.maintained"), "")),
    F("fee-yoy",
      C("平潭2022年行政事业性收费金额", t2(P22, "administrative_fees", "fee_amount"), ""),
      C("2023年呢", t2(P23, "administrative_fees", "fee_amount"), ""),
      D("差多少？2023减2022，保留两位小数", DIFF(t2(P23, "administrative_fees", "fee_amount"),
                                           t2(P22, "administrative_fees", "fee_amount")), "万元", "", decimals=2)),
    F("t2-columns",
      C("淮安市2024年行政规范性文件制发几件", t2(HA, "normative_documents", "issued"), ""),
      C("废止呢", t2(HA, "normative_documents", "repealed"), ""),
      C("现行有效呢", t2(HA, "normative_documents", "valid"), "")),
    F("t4-then-derived",
      C("上海市府办2025年行政复议总计", t4(SH25, "review.total"), ""),
      D("行政诉讼呢？直接起诉和复议后起诉加一起", SUM(t4(SH25, "litigation_direct.total"),
                                             t4(SH25, "litigation_after_review.total")), "件", "")),
    F("rows-then-sum",
      C("沭阳县2025年部分公开多少", t3(SY, "partially_granted"), ""),
      C("予以公开呢", t3(SY, "granted"), ""),
      D("两个加起来", SUM(t3(SY, "partially_granted"), t3(SY, "granted")), "件", "")),
    F("change-body",
      C("平潭2025年行政复议总计多少", t4(P25, "review.total"), ""),
      C("上海市政府办公厅2025年呢", t4(SH25, "review.total"), ""),
      C("沭阳县呢", t4(SY, "review.total"), "")),
    F("t4-subcolumns",
      C("洪泽区2023年行政复议结果纠正几件", t4(HZ, "review.corrected"), ""),
      C("复议后起诉维持的呢", t4(HZ, "litigation_after_review.maintained"), "")),
    F("pingtan-body-switch",
      C("平潭县2011年主动公开信息数", st(PC11, "proactive_total"), ""),
      C("平潭综合实验区同一年呢", st(P11, "proactive_total"), ""),
      C("实验区2012年呢", st(P12, "proactive_total"), "")),
]

# ================= paraphrase groups (5 each) =================
PARA = [
    ("b20-p01", t3(HA, "new_received"), [
        ("淮安市2024年新收政府信息公开申请多少件", "plain"),
        ("淮安市２０２４年新收申请总数", "fullwidth-digits"),
        ("二〇二四年淮安市政府收到的信息公开申请有几件", "chinese-numeral-year"),
        ("淮安 新收申请 2024", "keyword-only"),
        ("我想给市政府写个申请，先问下淮安市政府2024年新收了多少申请", "irrelevant-clause-first"),
    ]),
    ("b20-p02", t3(P23, "unable_not_held"), [
        ("平潭2023年本机关不掌握相关政府信息的有多少", "plain"),
        ("平潭２０２３年不掌握信息的申请几件", "fullwidth-digits"),
        ("平潭综合实验区因为没有这个信息给不了的，2023", "year-at-end+colloquial"),
        ("平谭2023年本机关不掌握的件数", "typo"),
        ("平潭 2023 不掌握", "keyword-only"),
    ]),
    ("b20-p03", t4(SY, "review.total"), [
        ("沭阳县2025年行政复议总计多少件", "plain"),
        ("沭阳县二〇二五年被申请行政复议几件", "chinese-numeral-year"),
        ("沭阳2025复议总数", "keyword-only"),
        ("术阳县2025年行政复议一共多少", "typo"),
        ("听说沭阳县政府老被复议，2025年一共被申请了多少起行政复议", "irrelevant-clause-first"),
    ]),
    ("b20-p04", t3(HK, "granted"), [
        ("虹口区2021年予以公开多少件", "plain"),
        ("上海市虹口区人民政府２０２１年予以公开的申请数", "fullwidth-digits"),
        ("虹口区政府给公开了的有几件，2021年", "year-at-end+colloquial"),
        ("虹口区二零二一年同意公开的申请有多少", "chinese-numeral-year"),
        ("虹口2021予以公开", "keyword-only"),
    ]),
    ("b20-p05", t3(SH25, "new_received"), [
        ("上海市人民政府办公厅2025年新收政府信息公开申请多少件", "plain"),
        ("上海市府办2025年收了多少信息公开申请", "short-dept-name"),
        ("上海市政府办公厅２０２５年新收申请", "fullwidth-digits"),
        ("上海市政府办公亭2025年新收申请数量", "typo"),
        ("2025 上海市政府办公厅 新收", "keyword-only"),
    ]),
    ("b20-p06", t2(HZ, "administrative_penalty", "decisions"), [
        ("洪泽区2023年行政处罚决定数量", "plain"),
        ("洪泽区二〇二三年行政处罚了多少次", "chinese-numeral-year"),
        ("淮安洪泽区政府2023年罚款处罚决定有多少", "city-run-into-name+colloquial"),
        ("洪泽 行政处罚 2023", "keyword-only"),
        ("洪泽区行政处罚数2023", "year-at-end"),
    ]),
    ("b20-p07", t2(P22, "administrative_licensing", "decisions"), [
        ("平潭综合实验区2022年行政许可处理决定数量", "plain"),
        ("平潭２０２２年行政许可多少", "fullwidth-digits"),
        ("平潭实验区二零二二年批了多少行政许可", "chinese-numeral-year+colloquial"),
        ("平潭2022 行政许可", "keyword-only"),
        ("顺便问一下，平潭22年行政许可决定有几个", "irrelevant-clause-first+short-year"),
    ]),
    ("b20-p08", t2(KW, "administrative_licensing", "decisions"), [
        ("上海市科学技术委员会2024年行政许可处理决定多少", "plain"),
        ("市科委2024年行政许可", "short-dept-name"),
        ("上海科委二〇二四年作出行政许可决定几件", "chinese-numeral-year"),
        ("上海市科委２０２４年行政许可数量", "fullwidth-digits"),
        ("上海市科委行政许科2024年多少件", "typo"),
    ]),
    ("b20-p09", st(PC12, "req_in_person"), [
        ("平潭县人民政府2012年当面申请数", "plain"),
        ("平潭县２０１２年当面来申请的有几条", "fullwidth-digits+colloquial"),
        ("平潭县二〇一二年当面申请数是多少", "chinese-numeral-year"),
        ("平潭县政府 当面申请 2012", "keyword-only"),
        ("平潭县当面申请数，2012年", "year-at-end"),
    ]),
    ("b20-p10", t4(P24, "litigation_after_review.total"), [
        ("平潭2024年复议后起诉总计多少件", "plain"),
        ("平潭综合实验区２０２４年复议后又起诉的总共几件", "fullwidth-digits+colloquial"),
        ("平潭二〇二四年复议后起诉一共多少", "chinese-numeral-year"),
        ("平潭 复议后起诉 总计 2024", "keyword-only"),
        ("平潭2024年复议厚起诉总数", "typo"),
    ]),
    ("b20-p11", t2(FG, "normative_documents", "issued"), [
        ("沭阳县发展和改革局2023年本年制发规范性文件几件", "plain"),
        ("沭阳县发改局２０２３年制发了多少规范性文件", "fullwidth-digits"),
        ("沭阳发改局二〇二三年新发的规范性文件", "chinese-numeral-year"),
        ("沭阳县发改局 规范性文件 制发 2023", "keyword-only"),
        ("沭阳县发该局2023年制发规范性文件数", "typo"),
    ]),
    ("b20-p12", t3(P25, "new_received"), [
        ("平潭综合实验区2025年新收申请多少件", "plain"),
        ("平潭２０２５年收到的信息公开申请有几个", "fullwidth-digits"),
        ("平潭二零二五年新收申请", "chinese-numeral-year"),
        ("平潭新收申请数2025", "year-at-end"),
        ("我去年也申请过，想知道平潭2025年一共新收了多少件申请", "irrelevant-clause-first"),
    ]),
    ("b20-p13", t3(SH19, "new_received"), [
        ("上海市人民政府办公厅2019年新收申请总计多少", "plain"),
        ("上海市府办２０１９年新收申请", "fullwidth-digits+short-dept-name"),
        ("上海市政府办公厅二〇一九年收到多少信息公开申请", "chinese-numeral-year"),
        ("上海市政府办公厅 2019 新收", "keyword-only"),
        ("上海市政府办工厅2019年新收申请数", "typo"),
    ]),
    ("b20-p14", SUM(t3(HA, "granted"), t3(HA, "partially_granted")), [
        ("淮安市2024年予以公开和部分公开加起来多少件", "plain"),
        ("淮安２０２４年全部或部分公开的一共几件", "fullwidth-digits"),
        ("淮安市政府二〇二四年予以公开+部分公开合计", "chinese-numeral-year"),
        ("淮安 予以公开 部分公开 合计 2024", "keyword-only"),
        ("淮安市2024年公开了（含部分公开）的申请总共多少", "colloquial"),
    ]),
    ("b20-p15", st(P14, "proactive_total"), [
        ("平潭综合实验区管委会2014年主动公开文件数", "plain"),
        ("平潭实验区２０１４年主动公开文件有多少", "fullwidth-digits"),
        ("平潭综合实验区二〇一四年主动公开了多少文件", "chinese-numeral-year"),
        ("平潭管委会 主动公开 2014", "keyword-only"),
        ("平潭综合实验区主动公开文件数，2014年度", "year-at-end"),
    ]),
    ("b20-p16", t2(P21, "administrative_penalty", "decisions"), [
        ("平潭综合实验区2021年行政处罚处理决定数量", "plain"),
        ("平潭２０２１年行政处罚多少", "fullwidth-digits"),
        ("平潭二〇二一年作了多少个行政处罚", "chinese-numeral-year"),
        ("平潭 处罚 2021", "keyword-only"),
        ("平潭2021年行政处法决定数", "typo"),
    ]),
    ("b20-p17", SUM(*[t3(SY, r) for r in NOTPROC]), [
        ("沭阳县2025年不予处理的一共多少件", "plain"),
        ("沭阳县２０２５年不予处理合计", "fullwidth-digits"),
        ("沭阳县二〇二五年信访、重复申请这些不予处理的加起来多少", "chinese-numeral-year+colloquial"),
        ("沭阳 不予处理 2025", "keyword-only"),
        ("沭阳县政府不予处理的申请总数2025", "year-at-end"),
    ]),
]
