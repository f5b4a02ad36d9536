# -*- coding: utf-8 -*-
"""Blind question set 12: questions with references only (no typed expected numbers).

A reference to a cell is (report_stem, table, row, column); table "stats" = pre-2019 统计表.
Expressions for derived items:
  ("cell", ref) | ("sum", [expr...]) | ("diff", a, b)  (a-b) | ("pct", a, b)  (a/b*100)
  ("argmax", {label: expr})  -> label (a year given as int) of the largest value
"""

HK = "hongkou-district_2021"
HZ = "hongze-district_2023"
HA = "huaian-city_2024"
PC11, PC12, PC13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"
P11, P12, P13, P14, P16, P18 = "pingtan_2011", "pingtan_2012", "pingtan_2013", "pingtan_2014", "pingtan_2016", "pingtan_2018"
P19, P20, P21, P22, P23, P24, P25 = ("pingtan_2019", "pingtan_2020", "pingtan_2021", "pingtan_2022",
                                     "pingtan_2023", "pingtan_2024", "pingtan_2025")
SH19, SH25 = "shanghai-municipal-office_2019", "shanghai-municipal-office_2025"
KW = "shanghai-stcsm_2024"
SYX = "shuyang-county_2025"
FGJ = "shuyang-fgj_2023"

REPORT_YEARS = {HK: 2021, HZ: 2023, HA: 2024, PC11: 2011, PC12: 2012, PC13: 2013, P11: 2011, P12: 2012, P13: 2013,
                P14: 2014, P16: 2016, P18: 2018, P19: 2019, P20: 2020, P21: 2021, P22: 2022, P23: 2023, P24: 2024,
                P25: 2025, SH19: 2019, SH25: 2025, KW: 2024, SYX: 2025, FGJ: 2023}


def R(rep, row, col, t="T3"):
    return ("cell", (rep, t, row, col))


def T4(rep, col):
    return ("cell", (rep, "T4", "cases", col))


def T2(rep, row, col):
    return ("cell", (rep, "T2", row, col))


def S(rep, row, col="this_year"):
    return ("cell", (rep, "stats", row, col))


def cell(q, rep, ref, cls, note=None):
    d = {"kind": "cell", "question": q, "report": rep, "ref": ref[1], "class": cls}
    if note:
        d["note"] = note
    return d


def der(q, rep, expr, unit, cls, decimals=None, note=None):
    d = {"kind": "derived", "question": q, "report": rep, "expr": expr, "unit": unit, "class": cls}
    if decimals is not None:
        d["decimals"] = decimals
    if note:
        d["note"] = note
    return d


def nar(q, rep, sub, cls, note=None):
    d = {"kind": "narrative", "question": q, "report": rep, "substring": sub, "class": cls}
    if note:
        d["note"] = note
    return d


def un(q, rep, year, reason, cls, note=None):
    d = {"kind": "unanswerable", "question": q, "report": rep, "year": year, "reason": reason, "class": cls}
    if note:
        d["note"] = note
    return d


def amb(q, cls, note):
    return {"kind": "ambiguous", "question": q, "report": None, "year": None, "class": cls, "note": note}


def fu(cls, *turns):
    return {"kind": "followup", "class": cls, "turns": list(turns)}


# ----------------------------------------------------------------------------------------------------------------
CELLS = [
    # --- 虹口区 2021 ---
    cell("虹口区政府2021年新收到的政府信息公开申请一共多少件？", HK, R(HK, "new_received", "total"), "full-name-plain"),
    cell("上海虹口2021年信息公开申请里，公司企业提的有几件", HK, R(HK, "new_received", "commercial_enterprise"), "colloquial-column"),
    cell("虹口区2021年从上一年转过来还没办完的申请有多少", HK, R(HK, "carried_over_from_last_year", "total"), "colloquial-row"),
    cell("虹口2021 因为本机关不掌握相关信息答复无法提供的有多少件", HK, R(HK, "unable_not_held", "total"), "year-without-nian"),
    cell("虹口区2021年依申请公开里属于行政查询事项不予公开的几件？", HK, R(HK, "denied_admin_query", "total"), "exact-row"),
    cell("想问下虹口区2021年行政复议结果维持了几件", HK, T4(HK, "review.maintained"), "t4-review"),
    cell("虹口区政府2021年复议后又起诉、法院维持的行政诉讼有几件？", HK, T4(HK, "litigation_after_review.maintained"), "t4-after-review"),
    cell("2021年虹口区行政许可处理决定数量", HK, T2(HK, "administrative_licensing", "decisions"), "keyword-only"),
    cell("虹口区2021年废止了几件行政规范性文件", HK, T2(HK, "normative_documents", "repealed"), "t2-repealed"),
    # --- 洪泽区 2023 (PDF) ---
    cell("洪泽区2023年行政处罚决定有多少件？", HZ, T2(HZ, "administrative_penalty", "decisions"), "pdf-t2"),
    cell("淮安市洪泽区人民政府2023年收到的信息公开申请是多少件", HZ, R(HZ, "new_received", "total"), "city-run-into-name"),
    cell("洪泽区政府2023年依申请公开中部分公开的有几件？", HZ, R(HZ, "partially_granted", "total"), "pdf-t3"),
    cell("洪泽2023年因为没有现成信息、需要另外制作而无法提供的申请几件", HZ, R(HZ, "unable_needs_creation", "total"), "descriptive-row"),
    cell("洪泽区2023年行政事业性收费金额是多少万元？", HZ, T2(HZ, "administrative_fees", "fee_amount"), "t2-fee"),
    cell("洪泽区2023年行政强制决定数量", HZ, T2(HZ, "administrative_coercion", "decisions"), "keyword-only"),
    cell("洪泽区政府2023年政府信息公开行政复议中结果被纠正的有几件", HZ, T4(HZ, "review.corrected"), "t4-corrected"),
    # --- 淮安市 2024 ---
    cell("淮安市政府2024年一共新收了多少件政府信息公开申请？", HA, R(HA, "new_received", "total"), "short-city"),
    cell("淮安市2024年老百姓个人申请信息公开的有多少件", HA, R(HA, "new_received", "natural_person"), "colloquial-column"),
    cell("淮安市2024年律师事务所这类法律服务机构提交的公开申请有几件", HA, R(HA, "new_received", "legal_service_org"), "descriptive-column"),
    cell("淮安2024年予以公开的申请总数", HA, R(HA, "granted", "total"), "keyword-only"),
    cell("淮安市人民政府2024年度属于国家秘密不予公开的有几件？", HA, R(HA, "denied_state_secret", "total"), "exact-row"),
    cell("淮安市2024年以三安全一稳定为由没公开的多少件", HA, R(HA, "denied_three_security_one_stability", "total"), "colloquial-row"),
    cell("淮安市2024年因保护第三方合法权益不予公开的有几件", HA, R(HA, "denied_third_party_rights", "total"), "exact-row"),
    cell("淮安市2024年因为是内部事务信息不给公开的有几件？", HA, R(HA, "denied_internal_affairs", "total"), "descriptive-row"),
    cell("淮安市2024年作为行政执法案卷不予公开的申请数", HA, R(HA, "denied_enforcement_case_file", "total"), "exact-row"),
    cell("淮安市2024年补正后申请内容仍然不明确的有几件？", HA, R(HA, "unable_unclear_after_correction", "total"), "exact-row"),
    cell("淮安2024年有多少申请其实是信访举报投诉，被不予处理了", HA, R(HA, "not_processed_petition_complaint", "total"), "descriptive-row"),
    cell("淮安市2024年重复申请不予处理了多少件", HA, R(HA, "not_processed_duplicate", "total"), "exact-row"),
    cell("淮安市2024年申请人逾期不补正、不再处理的有几件？", HA, R(HA, "other_no_correction_overdue", "total"), "other-sub-row"),
    cell("淮安市2024年因为没交费被终止处理的申请有多少", HA, R(HA, "other_fee_unpaid_overdue", "total"), "colloquial-row"),
    cell("淮安市2024年结转到下一年继续办的申请几件", HA, R(HA, "carried_to_next_year", "total"), "colloquial-row"),
    cell("淮安市2024年商业企业的申请中，本机关不掌握相关信息的有几件？", HA, R(HA, "unable_not_held", "commercial_enterprise"), "row-and-column"),
    cell("淮安市2024年政府信息公开行政复议尚未审结的有多少件", HA, T4(HA, "review.pending"), "t4-pending"),
    cell("淮安2024年没经过复议直接去法院起诉的政府信息公开案件一共多少件", HA, T4(HA, "litigation_direct.total"), "colloquial-t4"),
    cell("淮安市2024年复议后起诉的案件中结果纠正几件？", HA, T4(HA, "litigation_after_review.corrected"), "t4-after-review"),
    cell("淮安市2024年行政复议其他结果多少件", HA, T4(HA, "review.other_result"), "t4-other-result"),
    cell("淮安市2024年行政许可处理决定数", HA, T2(HA, "administrative_licensing", "decisions"), "t2-big-number"),
    cell("淮安市2024年本年制发的规章几件", HA, T2(HA, "regulations", "issued"), "t2-regulations"),
    cell("淮安市2024年现行有效的行政规范性文件有多少件？", HA, T2(HA, "normative_documents", "valid"), "t2-valid"),
    # --- 平潭 2021-2025 ---
    cell("平潭综合实验区2021年新收政府信息公开申请多少件？", P21, R(P21, "new_received", "total"), "full-name-plain"),
    cell("平潭2021年社会公益组织提的信息公开申请有几个", P21, R(P21, "new_received", "social_welfare_org"), "column-social-welfare"),
    cell("平潭实验区2021年属于行政执法案卷不予公开的有几件", P21, R(P21, "denied_enforcement_case_file", "total"), "exact-row"),
    cell("平潭2021年行政诉讼未经复议直接起诉结果维持几件", P21, T4(P21, "litigation_direct.maintained"), "t4-direct"),
    cell("2021年平潭的行政事业性收费金额（万元）", P21, T2(P21, "administrative_fees", "fee_amount"), "t2-fee-decimal"),
    cell("平潭综合实验区2022年行政规范性文件本年制发多少件？", P22, T2(P22, "normative_documents", "issued"), "t2-issued"),
    cell("平潭2022年行政许可的处理决定有多少", P22, T2(P22, "administrative_licensing", "decisions"), "t2-licensing"),
    cell("平潭2022年有多少信息公开申请因为是过程性信息没给公开", P22, R(P22, "denied_process_info", "total"), "descriptive-row"),
    cell("平潭实验区2022年商业企业申请部分公开的几件？", P22, R(P22, "partially_granted", "commercial_enterprise"), "row-and-column"),
    cell("平潭2022年复议结果纠正了几件", P22, T4(P22, "review.corrected"), "t4-corrected"),
    cell("平潭综合实验区2023年的本机关不掌握相关政府信息有几件", P23, R(P23, "unable_not_held", "total"), "exact-row"),
    cell("平潭23年属于行政查询事项的不予公开数量", P23, R(P23, "denied_admin_query", "total"), "two-digit-year"),
    cell("平潭2023年直接起诉的行政诉讼尚未审结几件？", P23, T4(P23, "litigation_direct.pending"), "t4-pending"),
    cell("平潭2023年行政处罚决定数量是多少", P23, T2(P23, "administrative_penalty", "decisions"), "t2-penalty"),
    cell("平潭综合实验区2024年属于三类内部事务信息不予公开的有几件", P24, R(P24, "denied_internal_affairs", "total"), "exact-row"),
    cell("平潭2024年因为涉及国家秘密没有公开的申请几件", P24, R(P24, "denied_state_secret", "total"), "colloquial-row"),
    cell("平潭2024年复议后起诉的行政诉讼总计多少件", P24, T4(P24, "litigation_after_review.total"), "t4-after-review"),
    cell("平潭实验区2024年行政事业性收费金额多少万元", P24, T2(P24, "administrative_fees", "fee_amount"), "t2-fee"),
    cell("平潭2025年收到的政府信息公开申请一共多少件", P25, R(P25, "new_received", "total"), "plain"),
    cell("平潭综合实验区2025年有几件申请因为逾期没缴纳费用不再处理", P25, R(P25, "other_fee_unpaid_overdue", "total"), "other-sub-row"),
    cell("平潭2025年结转下年度继续办理的有几件", P25, R(P25, "carried_to_next_year", "total"), "exact-row"),
    cell("平潭2025年行政复议结果维持多少件？", P25, T4(P25, "review.maintained"), "t4-review"),
    cell("平潭2025年行政强制决定数", P25, T2(P25, "administrative_coercion", "decisions"), "keyword-only"),
    # --- 平潭 2019/2020 (2019 trial format) ---
    cell("平潭综合实验区2019年本机关不掌握相关政府信息的申请几件？", P19, R(P19, "unable_not_held", "total"), "trial-format-t3"),
    cell("平潭2019年补正后申请内容仍不明确的有几件", P19, R(P19, "unable_unclear_after_correction", "total"), "trial-format-t3"),
    cell("平潭2020年“其他处理”的申请有几件", P20, R(P20, "other_processing", "total"), "trial-format-other-row"),
    cell("平潭2020年其他组织（非企业、非科研机构等）提出的申请有几件", P20, R(P20, "new_received", "other_org"), "column-other-org"),
    cell("平潭2020年对外公开的规章总数量是多少", P20, T2(P20, "regulations", "total_published"), "trial-format-t2"),
    cell("平潭实验区2020年行政事业性收费上一年项目数量有几个", P20, T2(P20, "administrative_fees", "previous_year_items"), "trial-format-t2"),
    # --- 上海市政府办公厅 2019 / 2025 ---
    cell("上海市政府办公厅2019年新收政府信息公开申请多少件", SH19, R(SH19, "new_received", "total"), "short-office-name"),
    cell("上海市人民政府办公厅2019年自然人申请中予以公开的多少件？", SH19, R(SH19, "granted", "natural_person"), "row-and-column"),
    cell("2019年上海市府办公厅信访举报投诉类申请（自然人）有多少件", SH19, R(SH19, "not_processed_petition_complaint", "natural_person"), "row-and-column"),
    cell("上海市政府办公厅2019年政府集中采购项目数量", SH19, T2(SH19, "centralized_procurement", "procurement_items"), "trial-format-t2"),
    cell("上海市人民政府办公厅2019年本年新制作的规章有多少件", SH19, T2(SH19, "regulations", "new_made"), "trial-format-t2"),
    cell("上海市政府办公厅2019年未经复议直接起诉的行政诉讼总计多少件？", SH19, T4(SH19, "litigation_direct.total"), "t4-direct"),
    cell("上海市政府办公厅2025年新收到的申请有多少件", SH25, R(SH25, "new_received", "total"), "plain"),
    cell("上海市人民政府办公厅2025年上年结转的申请中，法律服务机构的有几件？", SH25, R(SH25, "carried_over_from_last_year", "legal_service_org"), "row-and-column"),
    cell("上海市府办2025年无正当理由大量反复申请的有几件", SH25, R(SH25, "not_processed_massive_repeated", "total"), "short-office-name"),
    cell("上海市政府办公厅2025年要求提供公开出版物的申请几件？", SH25, R(SH25, "not_processed_publication", "total"), "exact-row"),
    cell("2025年上海市政府办公厅的行政复议总数多少件", SH25, T4(SH25, "review.total"), "t4-review-total"),
    cell("上海市政府办公厅2025年复议后起诉、尚未审结的有几件", SH25, T4(SH25, "litigation_after_review.pending"), "t4-after-review"),
    # --- 上海市科委 2024 ---
    cell("上海市科委2024年收到的政府信息公开申请多少件", KW, R(KW, "new_received", "total"), "short-committee-name"),
    cell("上海市科学技术委员会2024年没有现成信息需要另行制作的有几件？", KW, R(KW, "unable_needs_creation", "total"), "exact-row"),
    cell("市科委2024年行政许可处理决定多少件", KW, T2(KW, "administrative_licensing", "decisions"), "short-committee-name"),
    cell("上海科委2024年制发了几件行政规范性文件", KW, T2(KW, "normative_documents", "issued"), "t2-issued"),
    # --- 沭阳县 2025 ---
    cell("沭阳县政府2025年新收政府信息公开申请有多少件", SYX, R(SYX, "new_received", "total"), "county-govt"),
    cell("沭阳县2025年属于四类过程性信息不予公开的几件？", SYX, R(SYX, "denied_process_info", "total"), "exact-row"),
    cell("沭阳县2025年部分公开的申请中，法律服务机构的有几件", SYX, R(SYX, "partially_granted", "legal_service_org"), "row-and-column"),
    cell("沭阳2025年“其他”原因处理的申请（其他处理第3项）有多少件", SYX, R(SYX, "other_other", "total"), "other-sub-row"),
    cell("沭阳县人民政府2025年行政复议结果纠正多少件？", SYX, T4(SYX, "review.corrected"), "t4-corrected"),
    cell("沭阳县2025年行政许可决定数量", SYX, T2(SYX, "administrative_licensing", "decisions"), "t2-big-number"),
    cell("沭阳县2025年行政事业性收费金额是多少", SYX, T2(SYX, "administrative_fees", "fee_amount"), "t2-fee-decimal"),
    # --- 沭阳县发改局 2023 (HTML) ---
    cell("沭阳县发改局2023年收到的依申请公开有多少件", FGJ, R(FGJ, "new_received", "total"), "dept-short-name"),
    cell("沭阳县发展和改革局2023年本年制发的规范性文件多少件？", FGJ, T2(FGJ, "normative_documents", "issued"), "html-t2"),
    cell("沭阳发改局2023年行政复议尚未审结的几件", FGJ, T4(FGJ, "review.pending"), "html-t4"),
    # --- pre-2019 ---
    cell("平潭县人民政府2012年受理依申请公开信息总数是多少条", PC12, S(PC12, "requests_total"), "pre2019-stats"),
    cell("平潭县2012年当面申请数多少", PC12, S(PC12, "req_in_person"), "pre2019-stats"),
    cell("平潭县政府2013年网上申请数（统计表）是多少条", PC13, S(PC13, "req_online"), "pre2019-stats",
         note="统计表 figure; the prose of the same report gives a different split (网上3/信函4)."),
    cell("平潭县2013年同意公开答复数历年累计是多少", PC13, S(PC13, "reply_full", "cumulative"), "pre2019-cumulative"),
    cell("平潭县2011年主动公开信息数多少条？", PC11, S(PC11, "proactive_total"), "pre2019-stats"),
    cell("平潭综合实验区2011年政府公报公开了几条", P11, S(P11, "proactive_gazette"), "pre2019-stats"),
    cell("平潭综合实验区管委会2014年统计表里主动公开文件数历年累计是多少", P14, S(P14, "proactive_total", "cumulative"), "pre2019-cumulative"),
    cell("平潭实验区2014年信函、传真申请数是几条", P14, S(P14, "req_letter_fax"), "pre2019-stats"),
    cell("平潭综合实验区2016年政府网站公开数有多少条", P16, S(P16, "proactive_website"), "pre2019-stats"),
    cell("平潭2018年统计表中主动公开文件数", P18, S(P18, "proactive_total"), "pre2019-stats"),
    cell("平潭综合实验区2012年统计表的主动公开信息数是多少条", P12, S(P12, "proactive_total"), "pre2019-stats",
         note="table value; the prose of this report says 1913 (self-contradiction), gold follows the table."),
    cell("平潭综合实验区2013年统计表里网站公开数历年累计", P13, S(P13, "proactive_website", "cumulative"), "pre2019-cumulative"),
]

# ----------------------------------------------------------------------------------------------------------------
DERIVED = [
    der("虹口区2021年新收申请加上年结转，一共要处理多少件？", HK,
        ("sum", [R(HK, "new_received", "total"), R(HK, "carried_over_from_last_year", "total")]), "件", "sum-two-rows"),
    der("虹口区2021年无法提供的申请共有几件（不掌握+需另行制作+补正后仍不明确）", HK,
        ("sum", [R(HK, "unable_not_held", "total"), R(HK, "unable_needs_creation", "total"), R(HK, "unable_unclear_after_correction", "total")]),
        "件", "group-sum"),
    der("虹口区2021年办结的申请里予以公开的占比是多少？保留两位小数", HK,
        ("pct", R(HK, "granted", "total"), R(HK, "results_total", "total")), "%", "share", decimals=2),
    der("淮安市2024年不予公开的申请一共多少件？（八类加起来）", HA,
        ("sum", [R(HA, k, "total") for k in ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
                                             "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
                                             "denied_enforcement_case_file", "denied_admin_query"]]), "件", "group-sum"),
    der("淮安市2024年予以公开和部分公开合计多少件", HA,
        ("sum", [R(HA, "granted", "total"), R(HA, "partially_granted", "total")]), "件", "sum-two-rows"),
    der("淮安2024年法人或其他组织一共提了多少件申请（新收，企业、科研、公益、法律服务、其他合计）", HA,
        ("sum", [R(HA, "new_received", c) for c in ["commercial_enterprise", "research_institution", "social_welfare_org",
                                                     "legal_service_org", "other_org"]]), "件", "legal-person-sum"),
    der("淮安市2024年行政诉讼一共多少件（直接起诉和复议后起诉加一起）", HA,
        ("sum", [T4(HA, "litigation_direct.total"), T4(HA, "litigation_after_review.total")]), "件", "t4-sum"),
    der("淮安市2024年行政复议被纠正的比例是多少（纠正数/复议总数，百分比保留1位）", HA,
        ("pct", T4(HA, "review.corrected"), T4(HA, "review.total")), "%", "t4-share", decimals=1),
    der("淮安市2024年自然人申请占全部新收申请的百分比，保留两位", HA,
        ("pct", R(HA, "new_received", "natural_person"), R(HA, "new_received", "total")), "%", "share", decimals=2),
    der("平潭2025年新收申请比2024年少了多少件？", P25,
        ("diff", R(P24, "new_received", "total"), R(P25, "new_received", "total")), "件", "yoy-decrease"),
    der("平潭综合实验区2022年比2021年新收的申请多几件", P22,
        ("diff", R(P22, "new_received", "total"), R(P21, "new_received", "total")), "件", "yoy"),
    der("平潭2021到2025这五年里，哪一年收到的政府信息公开申请最多？", None,
        ("argmax", {2021: R(P21, "new_received", "total"), 2022: R(P22, "new_received", "total"), 2023: R(P23, "new_received", "total"),
                    2024: R(P24, "new_received", "total"), 2025: R(P25, "new_received", "total")}), "年", "ranking-years"),
    der("平潭2023年行政处罚决定比2022年减少了多少件？", P23,
        ("diff", T2(P22, "administrative_penalty", "decisions"), T2(P23, "administrative_penalty", "decisions")), "件", "yoy-t2"),
    der("平潭2024年行政复议和行政诉讼加起来一共多少件", P24,
        ("sum", [T4(P24, "review.total"), T4(P24, "litigation_direct.total"), T4(P24, "litigation_after_review.total")]), "件", "t4-sum"),
    der("平潭2023年予以公开的申请占新收申请的百分之多少？（保留两位小数）", P23,
        ("pct", R(P23, "granted", "total"), R(P23, "new_received", "total")), "%", "share", decimals=2),
    der("平潭2025年行政事业性收费金额比2024年少了多少万元？", P25,
        ("diff", T2(P24, "administrative_fees", "fee_amount"), T2(P25, "administrative_fees", "fee_amount")), "万元", "yoy-decimal",
        note="exact difference of the two printed amounts (rounded to 6 decimals to remove float noise)"),
    der("上海市政府办公厅2025年比2019年新收申请多了多少件？", SH25,
        ("diff", R(SH25, "new_received", "total"), R(SH19, "new_received", "total")), "件", "yoy-6-years"),
    der("上海市政府办公厅2025年不予处理的申请共多少件（五类合计）", SH25,
        ("sum", [R(SH25, k, "total") for k in ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
                                               "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]]), "件", "group-sum"),
    der("上海市政府办公厅2025年其他处理三项加起来多少件？", SH25,
        ("sum", [R(SH25, k, "total") for k in ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]]), "件", "group-sum"),
    der("上海市政府办公厅2019年本年新收的比办结的多几件", SH19,
        ("diff", R(SH19, "new_received", "total"), R(SH19, "results_total", "total")), "件", "diff-rows"),
    der("市科委2024年无法提供的一共几件（三类合计）", KW,
        ("sum", [R(KW, k, "total") for k in ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]]), "件", "group-sum"),
    der("沭阳县2025年新收申请和上年结转加起来多少件", SYX,
        ("sum", [R(SYX, "new_received", "total"), R(SYX, "carried_over_from_last_year", "total")]), "件", "sum-two-rows"),
    der("沭阳县2025年行政复议、直接起诉、复议后起诉的案件总数是多少", SYX,
        ("sum", [T4(SYX, "review.total"), T4(SYX, "litigation_direct.total"), T4(SYX, "litigation_after_review.total")]), "件", "t4-sum"),
    der("沭阳县2025年部分公开占办结总数的比例（%，两位小数）", SYX,
        ("pct", R(SYX, "partially_granted", "total"), R(SYX, "results_total", "total")), "%", "share", decimals=2),
    der("洪泽区2023年不予公开的申请合计几件", HZ,
        ("sum", [R(HZ, k, "total") for k in ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
                                             "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
                                             "denied_enforcement_case_file", "denied_admin_query"]]), "件", "group-sum"),
    der("洪泽区2023年行政处罚比行政许可多多少件？", HZ,
        ("diff", T2(HZ, "administrative_penalty", "decisions"), T2(HZ, "administrative_licensing", "decisions")), "件", "diff-t2"),
    der("平潭县2013年主动公开信息数比2012年少了多少条", PC13,
        ("diff", S(PC12, "proactive_total"), S(PC13, "proactive_total")), "条", "pre2019-yoy"),
    der("平潭县2012年对申请的答复中同意公开的比例是多少？（%保留两位）", PC12,
        ("pct", S(PC12, "reply_full"), S(PC12, "replies_total")), "%", "pre2019-share", decimals=2),
    der("平潭综合实验区2016年主动公开文件数比2014年多了多少条", P16,
        ("diff", S(P16, "proactive_total"), S(P14, "proactive_total")), "条", "pre2019-yoy"),
    der("平潭2019年新收的信息公开申请比2014年统计表里受理的依申请数多几件", P19,
        ("diff", R(P19, "new_received", "total"), S(P14, "requests_total")), "件", "cross-format-yoy",
        note="2014 统计表 受理依申请公开信息总数 (unit 条) vs 2019 trial T3 新收 (件)."),
    der("虹口区2021年办结的申请中自然人占多少比例（%，保留一位小数）", HK,
        ("pct", R(HK, "results_total", "natural_person"), R(HK, "results_total", "total")), "%", "share", decimals=1),
    der("平潭2024年不予公开的一共多少件，把八种情形都加上", P24,
        ("sum", [R(P24, k, "total") for k in ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
                                              "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
                                              "denied_enforcement_case_file", "denied_admin_query"]]), "件", "group-sum"),
    der("淮安市2024年行政许可比行政处罚少多少件", HA,
        ("diff", T2(HA, "administrative_penalty", "decisions"), T2(HA, "administrative_licensing", "decisions")), "件", "diff-t2"),
    der("平潭县2013年受理的依申请公开比2012年少了几条", PC13,
        ("diff", S(PC12, "requests_total"), S(PC13, "requests_total")), "条", "pre2019-yoy"),
    der("上海市政府办公厅2025年行政复议结果维持占复议总数的百分比是多少？保留两位小数", SH25,
        ("pct", T4(SH25, "review.maintained"), T4(SH25, "review.total")), "%", "t4-share", decimals=2),
    der("2025年沭阳县和平潭新收申请加在一起是多少件", None,
        ("sum", [R(SYX, "new_received", "total"), R(P25, "new_received", "total")]), "件", "cross-body-sum"),
    der("2024年淮安市和平潭哪个新收的信息公开申请更多？多多少", None,
        ("diff", R(HA, "new_received", "total"), R(P24, "new_received", "total")), "件", "cross-body-compare"),
    der("2024年市科委、淮安市、平潭三家里行政复议总数最多的是哪家？给出它的复议数", None,
        ("argmax", {"huaian-city_2024": T4(HA, "review.total"), "shanghai-stcsm_2024": T4(KW, "review.total"),
                    "pingtan_2024": T4(P24, "review.total")}), "件", "ranking-bodies",
        note="expected value = the largest review.total; the formula names the body (淮安市)."),
]

# ----------------------------------------------------------------------------------------------------------------
NARR = [
    nar("虹口区政府办公室的联系电话是多少", HK, "021—25658888", "contact-phone"),
    nar("虹口区2021年报告里写的办公室地址在哪", HK, "飞虹路 518 号", "contact-address"),
    nar("虹口区2021年开展了哪些政务公开培训？", HK, "开展新进公务员政务公开通识培训2次", "training"),
    nar("虹口2021年收没收信息处理费", HK, "区政府未收取政府信息公开信息处理费", "fee-prose"),
    nar("虹口区2021年在哪些商圈推动信息公开？", HK, "选取白玉兰、太阳宫等重点商圈", "innovation"),
    nar("淮安市政府办公室的联系电话", HA, "电话：0517-83605210", "contact-phone"),
    nar("淮安市政府信息公开的电子邮箱是什么", HA, "hazwgkc@163.com", "contact-email"),
    nar("淮安市2024年收了多少信息处理费", HA, "全年收取政府信息公开信息处理费 3940 元", "fee-prose"),
    nar("淮安市2024年报告提到存在什么问题？", HA, "一是政策解读质量仍需提升", "problems"),
    nar("淮安市2024年开了多少场新闻发布会", HA, "新闻发布会 12 场", "prose-count"),
    nar("洪泽区政府办公室电话多少？", HZ, "0517-87222589", "contact-phone-pdf", note="substring checked against pdftotext -layout text (洪泽 PDF)"),
    nar("洪泽区2023年政府网站主动公开了多少条信息", HZ, "主动公开政府信息 1136 条", "prose-count-pdf"),
    nar("洪泽区2023年年报里说存在哪些不足", HZ, "政务公开内容的深度和广度还有待提升", "problems-pdf"),
    nar("洪泽区针对业务培训打算实行什么制度", HZ, "人员跟班学习制度", "plan-for-next-year"),
    nar("沭阳县2025年收取了多少信息处理费", SYX, "收取信息处理费共计380元", "fee-prose"),
    nar("沭阳县2025年清理了多少条过期信息？", SYX, "累计清理过期信息697条", "prose-count"),
    nar("沭阳县政府2025年信息公开工作存在什么短板", SYX, "一是政策解读多样性需进一步加强", "problems"),
    nar("沭阳县发改局的地址和电话", FGJ, "沭阳县沭城街道苏州东路42号", "contact-address-html",
        note="substring checked against the text of the saved HTML page (tags stripped), as rendered"),
    nar("沭阳发改局2023年受理了多少网络问政", FGJ, "全年受理网络问政182件", "prose-count-html"),
    nar("沭阳县发改局2023年存在的主要问题是什么", FGJ, "政民互动栏目网民留言回复效率有待提高", "problems-html"),
    nar("上海市政府办公厅2025年召开了多少场新闻发布会", SH25, "召开市政府新闻发布会 42 场", "prose-count"),
    nar("上海国际服务门户2025年新增了哪种语言的网站？", SH25, "新增意大利语网站", "platform"),
    nar("上海市政府办公厅2025年在信息处理费上有啥情况", SH25, "2025 年度本机关未收取信息公开处理费", "fee-prose"),
    nar("上海市政府办公厅2019年上线了什么新平台", SH19, "新建设的上海市政务公开工作平台上线运行", "platform"),
    nar("2019年上海市政府公文主动公开率是多少", SH19, "市政府公文主动公开率达90.2%", "prose-rate"),
    nar("上海市科委年报电子版在哪个网站下载", KW, "https://stcsm.sh.gov.cn", "website"),
    nar("市科委2024年为了解决目录问题开设了什么专栏？", KW, "“张江高新区”专栏已成功开设", "measure"),
    nar("平潭实验区信息公开办公室的电话（2019年报）", P19, "电话：0591-23165250", "contact-phone"),
    nar("平潭综合实验区2022年报告的联系地址是哪里", P22, "金井湾商务营运中心7号楼14层", "contact-address"),
    nar("平潭2023年发布了多少篇政策解读", P23, "全年发布政策解读117篇", "prose-count"),
    nar("平潭2024年通过门户网站主动公开了多少条政府信息", P24, "全年主动公开各类政府信息10407条", "prose-count"),
    nar("平潭2025年“平潭发布”公众号发了多少条信息", P25, "“平潭发布”公众号发布信息672条", "platform"),
    nar("平潭2021年存在的主要问题有哪些", P21, "政策解读形式不够丰富", "problems"),
    nar("平潭2020年报告提到的问题", P20, "基层政务公开标准化规范化水平有待进一步提升", "problems"),
    nar("平潭2018年的联系地址在哪里", P18, "北厝镇金井湾片区管委会大楼主楼14层", "contact-address"),
    nar("平潭实验区2016年依申请提供信息收费吗", P16, "依申请提供政府信息暂不收费", "fee-prose"),
    nar("平潭2014年收到过什么形式的信息公开申请", P14, "收到有关政府信息公开的信函申请1条", "pre2019-prose"),
    nar("平潭综合实验区2013年有没有行政复议", P13, "收到1份有关政府信息公开行政复议申请", "pre2019-prose",
        note="the prose says 1 复议 while the 统计表 says 0 — only the prose fact is asked"),
    nar("平潭县人民政府办公室地址", PC11, "平潭县翠园南路10号", "contact-address"),
    nar("平潭县2012年制作获取的政府信息总数是多少", PC12, "获取政府信息总数3978条", "pre2019-prose"),
    nar("平潭综合实验区2011年刊出政务公开栏多少期", P11, "刊出政务公开栏12期", "pre2019-prose"),
    nar("平潭2012年报告里说主动公开了多少条（正文）", P12, "2012年主动公开政府信息1913条", "pre2019-prose",
        note="prose figure; contradicts the 统计表 (739)"),
]

# ----------------------------------------------------------------------------------------------------------------
UNANS = [
    un("淮安市清江浦区2024年收到多少政府信息公开申请", None, 2024, "body_not_indexed", "neighbouring-district"),
    un("淮安区政府2023年政府信息公开申请数", None, 2023, "body_not_indexed", "shares-city-name",
       note="淮安市淮安区 is a district; only 淮安市 (city) 2024 and 洪泽区 2023 are indexed"),
    un("洪泽区教育局2023年依申请公开了几件", None, 2023, "body_not_indexed", "department-of-indexed-district"),
    un("淮安市发改委2024年行政复议有多少件", None, 2024, "body_not_indexed", "department-of-indexed-city"),
    un("沭阳县教育局2025年收到多少信息公开申请", None, 2025, "body_not_indexed", "department-of-indexed-county"),
    un("宿迁市人民政府2025年新收申请多少件", None, 2025, "body_not_indexed", "parent-city-not-indexed"),
    un("泗阳县2025年政府信息公开行政诉讼几件", None, 2025, "body_not_indexed", "neighbouring-county"),
    un("上海市黄浦区2022年收到的信息公开申请数量", None, 2022, "body_not_indexed", "same-city-district"),
    un("虹口区教育局2021年不予公开几件", None, 2021, "body_not_indexed", "department-of-indexed-district"),
    un("上海市教委2024年政府信息公开申请多少件", None, 2024, "body_not_indexed", "sibling-committee"),
    un("北京市科委2024年信息公开申请数", None, 2024, "body_not_indexed", "same-named-dept-other-city"),
    un("福州市政府2023年新收政府信息公开申请多少", None, 2023, "body_not_indexed", "parent-city-not-indexed"),
    un("平潭县交通运输局2022年依申请公开件数", None, 2022, "body_not_indexed", "department-of-indexed-body"),
    un("平潭综合实验区地方税务局2013年主动公开多少条信息", None, 2013, "body_not_indexed", "dept-found-but-not-indexed"),
    un("洪泽湖管理委员会2023年信息公开申请几件", None, 2023, "body_not_indexed", "shares-words"),
    un("平潭2015年主动公开政府信息多少条", None, 2015, "year_not_indexed", "gap-year"),
    un("平潭实验区2017年依申请公开几件", None, 2017, "year_not_indexed", "gap-year"),
    un("淮安市2023年政府信息公开申请多少件", None, 2023, "year_not_indexed", "adjacent-year"),
    un("虹口区2022年新收申请数", None, 2022, "year_not_indexed", "adjacent-year"),
    un("洪泽区2024年行政复议数量", None, 2024, "year_not_indexed", "adjacent-year"),
    un("沭阳县政府2023年收到多少信息公开申请", None, 2023, "year_not_indexed", "county-year-only-dept-indexed",
       note="2023 only the county's 发改局 is indexed, not the county government"),
    un("上海市科委2023年行政许可多少件", None, 2023, "year_not_indexed", "adjacent-year"),
    un("上海市政府办公厅2022年的信息公开申请数", None, 2022, "year_not_indexed", "middle-year"),
    un("平潭2026年收到多少申请", None, 2026, "year_not_indexed", "future-year"),
    un("虹口区2021年政务公开工作人员一共多少人？", HK, 2021, "no_such_figure", "staff-count"),
    un("淮安市2024年政务公开工作经费预算多少万元", HA, 2024, "no_such_figure", "budget"),
    un("平潭2024年政府门户网站访问量是多少", P24, 2024, "no_such_figure", "visitor-numbers"),
    un("沭阳县2025年依申请公开平均办理用了几天", SYX, 2025, "no_such_figure", "processing-time"),
    un("平潭综合实验区2019年行政规范性文件本年废止件数", P19, 2019, "not_in_this_format", "2021-col-asked-of-2019",
       note="2019 trial T2 has 新制作/新公开/对外公开总数, no 废止 column"),
    un("平潭2020年行政事业性收费金额是多少万元", P20, 2020, "not_in_this_format", "2021-col-asked-of-2019",
       note="2019 trial counts fee items (上一年项目数量/增减), no amount in 万元"),
    un("上海市政府办公厅2019年申请人逾期不补正不再处理的有几件", SH19, 2019, "not_in_this_format", "2021-row-asked-of-2019",
       note="2019 trial has a single （六）其他处理 row"),
    un("淮安市2024年政府集中采购项目数量", HA, 2024, "not_in_this_format", "2019-row-asked-of-2021"),
    un("平潭2022年其他对外管理服务事项处理决定数量", P22, 2022, "not_in_this_format", "2019-row-asked-of-2021"),
    un("平潭2018年商业企业提出的信息公开申请多少件", P18, 2018, "not_in_this_format", "2021-col-asked-of-pre2019"),
    un("虹口区2021年当面申请数有多少", HK, 2021, "not_in_this_format", "pre2019-row-asked-of-2021"),
]

AMBIG = [
    amb("平潭2012年收到的依申请公开有多少条？", "same-place-two-bodies",
        "平潭县人民政府 (21) and 平潭综合实验区 (0) both have a 2012 report"),
    amb("平潭2013年主动公开信息数多少", "same-place-two-bodies",
        "平潭县人民政府 (1853) and 平潭综合实验区 (72804) both have a 2013 统计表"),
    amb("今年收到多少件政府信息公开申请？", "no-body-no-year", "no body and no year; many reports indexed"),
    amb("2024年新收政府信息公开申请多少件", "year-only-three-bodies",
        "2024: 淮安市, 平潭综合实验区 and 上海市科委 are all indexed"),
    amb("沭阳的行政复议一共多少件", "place-two-bodies-two-years",
        "沭阳县人民政府 2025 and 沭阳县发改局 2023 both indexed; no year"),
]

# ----------------------------------------------------------------------------------------------------------------
def tc(q, rep, ref):
    return {"kind": "cell", "question": q, "report": rep, "ref": ref[1]}


def td(q, rep, expr, unit, decimals=None):
    d = {"kind": "derived", "question": q, "report": rep, "expr": expr, "unit": unit}
    if decimals is not None:
        d["decimals"] = decimals
    return d


def tu(q, rep, year, reason):
    return {"kind": "unanswerable", "question": q, "report": rep, "year": year, "reason": reason}


FOLLOWUPS = [
    fu("change-year", tc("平潭2023年新收了多少件信息公开申请", P23, R(P23, "new_received", "total")),
       tc("那2024年呢？", P24, R(P24, "new_received", "total")),
       tc("2025呢", P25, R(P25, "new_received", "total"))),
    fu("change-column", tc("淮安市2024年新收申请总数多少", HA, R(HA, "new_received", "total")),
       tc("其中自然人多少？", HA, R(HA, "new_received", "natural_person")),
       tc("商业企业呢", HA, R(HA, "new_received", "commercial_enterprise"))),
    fu("change-row", tc("沭阳县2025年予以公开的有几件", SYX, R(SYX, "granted", "total")),
       tc("部分公开呢？", SYX, R(SYX, "partially_granted", "total")),
       tc("不掌握的呢", SYX, R(SYX, "unable_not_held", "total"))),
    fu("t3-to-t4", tc("虹口区2021年办结了多少件申请", HK, R(HK, "results_total", "total")),
       tc("复议那块呢，总共几件", HK, T4(HK, "review.total"))),
    fu("change-body", tc("上海市科委2024年行政复议几件", KW, T4(KW, "review.total")),
       tc("淮安市同一年呢？", HA, T4(HA, "review.total"))),
    fu("after-unanswerable-year", tu("虹口区2023年收到多少申请", None, 2023, "year_not_indexed"),
       tc("那2021年呢", HK, R(HK, "new_received", "total"))),
    fu("after-unanswerable-body", tu("淮安市淮阴区2024年信息公开申请多少件", None, 2024, "body_not_indexed"),
       tc("那淮安市政府呢", HA, R(HA, "new_received", "total")),
       tc("法人呢（法律服务机构）", HA, R(HA, "new_received", "legal_service_org"))),
    fu("t4-subcolumns", tc("淮安2024年行政复议总数", HA, T4(HA, "review.total")),
       tc("其中结果维持多少", HA, T4(HA, "review.maintained")),
       tc("直接起诉的维持呢", HA, T4(HA, "litigation_direct.maintained"))),
    fu("cell-then-derived", tc("平潭2022年新收申请多少", P22, R(P22, "new_received", "total")),
       td("比上一年多了几件？", P22, ("diff", R(P22, "new_received", "total"), R(P21, "new_received", "total")), "件")),
    fu("pre2019-change-year", tc("平潭县2012年主动公开信息数多少条", PC12, S(PC12, "proactive_total")),
       tc("2013年呢", PC13, S(PC13, "proactive_total")),
       tc("历年累计到2013是多少", PC13, S(PC13, "proactive_total", "cumulative"))),
    fu("change-body-same-year", tc("洪泽区2023年行政许可多少件", HZ, T2(HZ, "administrative_licensing", "decisions")),
       tc("行政处罚呢", HZ, T2(HZ, "administrative_penalty", "decisions"))),
    fu("after-unanswerable-figure", tu("上海市政府办公厅2025年政务公开经费多少", SH25, 2025, "no_such_figure"),
       tc("那它2025年收到的申请数呢", SH25, R(SH25, "new_received", "total")),
       tc("结转下年的呢", SH25, R(SH25, "carried_to_next_year", "total"))),
    fu("year-back", tc("平潭2021年行政复议几件", P21, T4(P21, "review.total")),
       tc("2022年的呢", P22, T4(P22, "review.total")),
       tc("2023呢", P23, T4(P23, "review.total"))),
    fu("dept-to-county", tc("沭阳县发改局2023年依申请公开有几件", FGJ, R(FGJ, "new_received", "total")),
       tu("县政府同一年呢", None, 2023, "year_not_indexed")),
    fu("change-row-t2", tc("淮安市2024年行政处罚决定多少", HA, T2(HA, "administrative_penalty", "decisions")),
       tc("行政强制呢", HA, T2(HA, "administrative_coercion", "decisions")),
       tc("收费金额呢", HA, T2(HA, "administrative_fees", "fee_amount"))),
    fu("change-year-trial", tc("平潭2019年予以公开几件", P19, R(P19, "granted", "total")),
       tc("2020年呢", P20, R(P20, "granted", "total"))),
    fu("shanghai-years", tc("上海市政府办公厅2019年结转下年度继续办理多少件", SH19, R(SH19, "carried_to_next_year", "total")),
       tc("2025年呢？", SH25, R(SH25, "carried_to_next_year", "total"))),
    fu("after-unanswerable-format", tu("平潭2019年行政规范性文件现行有效件数", P19, 2019, "not_in_this_format"),
       tc("那2022年的现行有效件数呢", P22, T2(P22, "normative_documents", "valid"))),
    fu("litigation-subcols", tc("沭阳县2025年复议后起诉的总数", SYX, T4(SYX, "litigation_after_review.total")),
       tc("其中维持的", SYX, T4(SYX, "litigation_after_review.maintained")),
       tc("尚未审结的", SYX, T4(SYX, "litigation_after_review.pending"))),
    fu("pre2019-switch-body", tc("平潭县2011年网站公开多少条", PC11, S(PC11, "proactive_website")),
       tc("实验区2014年呢", P14, S(P14, "proactive_website"))),
    fu("after-ambiguous-body", tu("沭阳县卫健委2025年依申请公开几件", None, 2025, "body_not_indexed"),
       tc("那沭阳县政府呢", SYX, R(SYX, "new_received", "total")),
       tc("其中商业企业", SYX, R(SYX, "new_received", "commercial_enterprise"))),
    fu("pre2019-row-change", tc("平潭县2012年对申请的答复数是多少", PC12, S(PC12, "replies_total")),
       tc("同意部分公开的呢", PC12, S(PC12, "reply_partial"))),
    fu("t2-year-change", tc("平潭2023年行政许可决定多少件", P23, T2(P23, "administrative_licensing", "decisions")),
       tc("2024年呢", P24, T2(P24, "administrative_licensing", "decisions")),
       td("两年差多少", P24, ("diff", T2(P24, "administrative_licensing", "decisions"), T2(P23, "administrative_licensing", "decisions")), "件")),
    fu("cell-then-share", tc("平潭2024年新收申请多少件", P24, R(P24, "new_received", "total")),
       td("其中予以公开占多少比例，保留一位小数", P24, ("pct", R(P24, "granted", "total"), R(P24, "new_received", "total")), "%", 1)),
]

# ----------------------------------------------------------------------------------------------------------------
# Paraphrase groups: (group name, kind, ref-or-expr, report, [5 questions], unit/decimals)
PARA = [
    ("pg01-huaian-new", "cell", R(HA, "new_received", "total"), HA, [
        "淮安市2024年新收政府信息公开申请多少件",
        "淮安市２０２４年新收的信息公开申请数量",
        "二〇二四年淮安市政府收到了多少件公开申请？",
        "淮安 新收申请 2024",
        "我在写论文，想问下淮安市政府2024收到多少件信息公开申请",
    ]),
    ("pg02-pingtan-not-held", "cell", R(P25, "unable_not_held", "total"), P25, [
        "平潭2025年本机关不掌握相关政府信息的有几件",
        "平潭综合实验区２０２５年因为不掌握信息无法提供的申请数",
        "二零二五年平潭不掌握相关信息的申请有多少",
        "平滩2025年本机关不掌握的件数",
        "平潭 不掌握 二〇二五",
    ]),
    ("pg03-hongkou-review", "cell", T4(HK, "review.total"), HK, [
        "虹口区2021年行政复议总数",
        "虹口区２０２１年因信息公开被申请行政复议多少件",
        "二〇二一年虹口区政府的行政复议一共几件？",
        "顺便问一下，上海虹口区政府信息公开被复议的案子2021年有几件",
        "虹口 复议 2021",
    ]),
    ("pg04-shuyang-other", "cell", R(SYX, "other_other", "total"), SYX, [
        "沭阳县2025年其他处理中的“其他”有几件",
        "沭阳县２０２５年其他处理第三项“其他”数量",
        "二〇二五年沭阳县政府其他处理-其他多少件",
        "述阳县2025年其他处理里的其他是几件",
        "沭阳县政府 其他处理 其他 2025年",
    ]),
    ("pg05-sh25-not-held", "cell", R(SH25, "unable_not_held", "natural_person"), SH25, [
        "上海市政府办公厅2025年自然人申请中本机关不掌握的有几件",
        "上海市府办２０２５年个人申请里不掌握相关信息的多少件",
        "二零二五年上海市人民政府办公厅自然人、不掌握信息的件数",
        "上海市政府办公厅 自然人 不掌握 2025",
        "我之前申请过但他们说没有这个信息，想知道上海市政府办公厅2025年自然人申请里不掌握的有多少",
    ]),
    ("pg06-huaian-fee", "cell", T2(HA, "administrative_fees", "fee_amount"), HA, [
        "淮安市2024年行政事业性收费金额是多少万元",
        "淮安市２０２４年行政事业性收费多少",
        "二〇二四淮安行政事业性收费金额",
        "淮安市政府 收费金额 2024年",
        "淮安市2024年行政事业性收废金额是多少",
    ]),
    ("pg07-pingtan22-licensing", "cell", T2(P22, "administrative_licensing", "decisions"), P22, [
        "平潭2022年行政许可处理决定数量",
        "平潭综合实验区２０２２年行政许可决定有多少",
        "二〇二二年平潭行政许可多少件",
        "平潭实验区行政许可 2022",
        "平潭2022年行政许克的处理决定数",
    ]),
    ("pg08-kw-granted", "cell", R(KW, "granted", "total"), KW, [
        "上海市科委2024年予以公开的申请有几件",
        "上海市科学技术委员会２０２４年同意公开了几件",
        "二〇二四年市科委予以公开数",
        "市科委 予以公开 2024",
        "刚看了市科委官网，想核对一下：上海科委2024年予以公开多少件",
    ]),
    ("pg09-hongze-not-held", "cell", R(HZ, "unable_not_held", "total"), HZ, [
        "洪泽区2023年本机关不掌握相关政府信息的件数",
        "洪泽区２０２３年不掌握信息无法提供几件",
        "二〇二三年洪泽区政府不掌握相关信息多少件",
        "洪择区2023年不掌握相关政府信息的有几件",
        "洪泽 不掌握 2023年",
    ]),
    ("pg10-pingtan24-after-review", "cell", T4(P24, "litigation_after_review.maintained"), P24, [
        "平潭2024年复议后起诉结果维持几件",
        "平潭综合实验区２０２４年复议后起诉的行政诉讼维持多少件",
        "二零二四年平潭复议后起诉维持的案件数",
        "平潭 复议后起诉 维持 2024",
        "平潭2024年复以后起诉结果维持几件",
    ]),
    ("pg11-sh19-procurement", "cell", T2(SH19, "centralized_procurement", "procurement_amount"), SH19, [
        "上海市政府办公厅2019年政府集中采购总金额是多少",
        "上海市府办公厅２０１９年集中采购金额多少元",
        "二〇一九年上海市人民政府办公厅的采购总金额",
        "上海市政府办公厅 采购总金额 2019",
        "不好意思打扰，上海市政府办公厅2019年政府集中采购花了多少钱",
    ]),
    ("pg12-pc12-reply-refused", "cell", S(PC12, "reply_refused"), PC12, [
        "平潭县2012年否决公开答复数是多少",
        "平潭县政府２０１２年否决公开的答复有几条",
        "二〇一二年平潭县人民政府否决公开答复数",
        "平潭县 否决公开 2012年",
        "平谭县2012年否决公开答复数",
    ]),
    ("pg13-huaian-unable-sum", "derived", ("sum", [R(HA, k, "total") for k in ["unable_not_held", "unable_needs_creation",
                                                                             "unable_unclear_after_correction"]]), HA, [
        "淮安市2024年无法提供的申请一共多少件（三种情形合计）",
        "淮安市２０２４年无法提供的合计数（不掌握+另行制作+补正后不明确）",
        "二〇二四年淮安市无法提供的申请总共几件，三项加总",
        "淮安 无法提供 合计 2024 三项相加",
        "淮安市2024年无法提拱的申请三类加起来多少",
    ]),
    ("pg14-pingtan-yoy", "derived", ("diff", R(P24, "new_received", "total"), R(P23, "new_received", "total")), P24, [
        "平潭2024年新收申请比2023年多了多少件",
        "平潭２０２４年比２０２３年新收申请增加几件",
        "二〇二四年平潭新收的申请比二〇二三年多多少",
        "平潭 新收申请 2024比2023 增加",
        "平谭2024年新收申请较上年多了几件",
    ]),
    ("pg15-syx-share", "derived", ("pct", R(SYX, "granted", "total"), R(SYX, "results_total", "total")), SYX, [
        "沭阳县2025年予以公开占办结总数的百分比（保留两位小数）",
        "沭阳县２０２５年予以公开占（七）总计的比例，两位小数",
        "二〇二五年沭阳县政府予以公开率是多少（予以公开/办结总数，保留2位）",
        "沭阳 予以公开 占比 2025 保留两位",
        "帮我算一下沭阳县2025年予以公开在办结数里占百分之几，保留两位",
    ]),
    ("pg16-sh25-t4-sum", "derived", ("sum", [T4(SH25, "litigation_direct.total"), T4(SH25, "litigation_after_review.total")]), SH25, [
        "上海市政府办公厅2025年行政诉讼一共多少件（直接起诉+复议后起诉）",
        "上海市府办２０２５年行政诉讼总数，两类起诉加起来",
        "二〇二五年上海市人民政府办公厅行政诉讼合计几件（直接起诉和复议后起诉）",
        "上海市政府办公厅 行政诉讼 合计 2025",
        "上海市政府办公厅2025年行政诉松加起来多少件（直接起诉+复议后起诉）",
    ]),
]
PARA_DECIMALS = {"pg15-syx-share": 2}
PARA_UNITS = {"pg13-huaian-unable-sum": "件", "pg14-pingtan-yoy": "件", "pg15-syx-share": "%", "pg16-sh25-t4-sum": "件"}
PARA_TYPO = {"pg02-pingtan-not-held": 3, "pg04-shuyang-other": 3, "pg06-huaian-fee": 4, "pg07-pingtan22-licensing": 4,
             "pg09-hongze-not-held": 3, "pg10-pingtan24-after-review": 4, "pg12-pc12-reply-refused": 4,
             "pg13-huaian-unable-sum": 4, "pg14-pingtan-yoy": 4, "pg16-sh25-t4-sum": 4}
