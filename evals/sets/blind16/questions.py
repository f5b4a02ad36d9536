# Questions of blind set 16 with their references only (no typed numbers).
# Written by a blind helper; see NOTES.md.
# cell:  C(q, report, table, row, col, cls)
# derived: D(q, report, expr, {name: (report, table, row, col)}, unit, cls, decimals=None)
# narrative: N(q, report, substring, cls)
# unanswerable: U(q, report, year, reason, cls)
# ambiguous: A(q, cls)
# followup: F(cls, [turn, ...]) with turns built by the same constructors (question/expected/report/year)

def C(q, report, table, row, col, cls):
    return {"kind": "cell", "question": q, "report": report, "ref": {"table": table, "row": row, "column": col}, "class": cls}

def D(q, report, expr, cells, unit, cls, decimals=None, note=None):
    d = {"kind": "derived", "question": q, "report": report,
         "ref": {"expr": expr, "cells": {k: list(v) for k, v in cells.items()}, "unit": unit}, "class": cls}
    if decimals is not None:
        d["ref"]["decimals"] = decimals
    if note:
        d["note"] = note
    return d

def N(q, report, sub, cls):
    return {"kind": "narrative", "question": q, "report": report, "ref": {"substring": sub}, "class": cls}

def U(q, report, year, reason, cls, note=None):
    d = {"kind": "unanswerable", "question": q, "report": report, "year": year, "ref": {"reason": reason}, "class": cls}
    if note:
        d["note"] = note
    return d

def A(q, cls, note=None):
    d = {"kind": "ambiguous", "question": q, "report": None, "year": None, "ref": {}, "class": cls}
    if note:
        d["note"] = note
    return d

def F(cls, turns):
    return {"kind": "followup", "class": cls, "turns": turns}

HK, HZ, HA = "hongkou-district_2021", "hongze-district_2023", "huaian-city_2024"
SO19, SO25, KW = "shanghai-municipal-office_2019", "shanghai-municipal-office_2025", "shanghai-stcsm_2024"
SY, FG = "shuyang-county_2025", "shuyang-fgj_2023"
PC11, PC12, PC13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"
P = {y: "pingtan_%d" % y for y in (2011, 2012, 2013, 2014, 2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025)}

def t3(rep, row, col):
    return (rep, "T3", row, col)

def t4(rep, col):
    return (rep, "T4", "cases", col)

def st(rep, row, col="this_year"):
    return (rep, "stats", row, col)

ITEMS = [
    # ---------------- cell: T3 applicant columns and result rows ----------------
    C("虹口区2021年一共新收了多少件政府信息公开申请？", HK, "T3", "new_received", "total", "plain"),
    C("虹口区政府2021年新收申请里企业申请的有几件", HK, "T3", "new_received", "commercial_enterprise", "colloquial-column"),
    C("上海虹口区21年从上一年转过来没办完的申请有多少", HK, "T3", "carried_over_from_last_year", "total", "colloquial-row+short-year"),
    C("2021年虹口区因为本机关不掌握信息而没法提供的申请有几件？", HK, "T3", "unable_not_held", "total", "description-row"),
    C("虹口 2021 以行政查询事项为由不公开的 自然人申请数", HK, "T3", "denied_admin_query", "natural_person", "keyword-only"),
    C("请问虹口区政府在2021年年报里，危及三安全一稳定不予公开的是几件", HK, "T3", "denied_three_security_one_stability", "total", "plain"),
    C("虹口区2021年结转到下一年继续办的申请数", HK, "T3", "carried_to_next_year", "total", "colloquial-row"),
    C("淮安市政府2024年收到的信息公开申请里，老百姓个人申请的有多少件", HA, "T3", "new_received", "natural_person", "colloquial-column"),
    C("淮安2024年律师事务所这类法律服务机构申请了多少件？", HA, "T3", "new_received", "legal_service_org", "description-column"),
    C("淮安市人民政府2024年度予以公开的申请总数", HA, "T3", "granted", "total", "staff-exact"),
    C("淮安市2024部分公开几件", HA, "T3", "partially_granted", "total", "keyword-only"),
    C("我想查一下淮安市政府2024年因为属于过程性信息而不公开的申请有多少", HA, "T3", "denied_process_info", "total", "description-row"),
    C("淮安市2024年信访举报投诉类的申请不予处理了多少件", HA, "T3", "not_processed_petition_complaint", "total", "plain"),
    C("淮安市政府2024年申请人逾期不补正、不再处理的有几件", HA, "T3", "other_no_correction_overdue", "total", "colloquial-row"),
    C("淮安市人民政府2024年（七）总计一栏里商业企业是多少", HA, "T3", "results_total", "commercial_enterprise", "staff-exact"),
    C("2024年淮安市没有现成信息需要另外制作的申请数", HA, "T3", "unable_needs_creation", "total", "description-row"),
    C("淮安市政府2024年，因为涉及第三方合法权益没公开的有几件？", HA, "T3", "denied_third_party_rights", "total", "description-row"),
    C("淮安市2024年的信息公开年报中，其他组织（其他一栏）新收申请几件", HA, "T3", "new_received", "other_org", "other-column"),
    C("洪泽区2023年一共收到多少件依申请公开", HZ, "T3", "new_received", "total", "plain-pdf"),
    C("淮安市洪泽区人民政府2023年本机关不掌握相关信息的申请有几件", HZ, "T3", "unable_not_held", "total", "pdf-row"),
    C("洪泽区政府二〇二三年部分公开的申请多少件", HZ, "T3", "partially_granted", "total", "chinese-numeral-year"),
    C("洪泽区2023年信访举报投诉类申请不予处理几件", HZ, "T3", "not_processed_petition_complaint", "total", "pdf-row"),
    C("洪泽区2023年以行政执法案卷为由没公开的有几件", HZ, "T3", "denied_enforcement_case_file", "total", "pdf-row"),
    C("上海市科委2024年新收到的政府信息公开申请一共几件", KW, "T3", "new_received", "total", "short-dept-name"),
    C("市科委2024年企业来申请公开的有多少件？", KW, "T3", "new_received", "commercial_enterprise", "short-dept-name"),
    C("上海市科学技术委员会2024年予以公开的申请数", KW, "T3", "granted", "total", "full-name"),
    C("上海科委2024年因需要另行制作而无法提供的有几件", KW, "T3", "unable_needs_creation", "total", "short-dept-name"),
    C("上海市科委2024年逾期不补正不再处理的申请中，自然人有几件", KW, "T3", "other_no_correction_overdue", "natural_person", "colloquial-row"),
    C("上海市政府办公厅2025年新收的申请数是多少", SO25, "T3", "new_received", "total", "short-office-name"),
    C("2025年上海市人民政府办公厅上年结转过来的申请有多少件", SO25, "T3", "carried_over_from_last_year", "total", "plain"),
    C("上海市府办公厅2025年上年结转的申请里法律服务机构有几件", SO25, "T3", "carried_over_from_last_year", "legal_service_org", "other-column"),
    C("市政府办公厅(上海)2025年本机关不掌握的申请数", SO25, "T3", "unable_not_held", "total", "short-office-name"),
    C("上海市政府办公厅2025年重复申请不予处理的是几件", SO25, "T3", "not_processed_duplicate", "total", "plain"),
    C("上海市人民政府办公厅2025年其他处理中“其他”这一项多少件", SO25, "T3", "other_other", "total", "staff-exact"),
    C("上海市政府办公厅２０２５年结转下年度继续办理的申请", SO25, "T3", "carried_to_next_year", "total", "fullwidth-digits"),
    C("上海市政府办公厅2019年新收了多少件公开申请", SO19, "T3", "new_received", "total", "trial-format"),
    C("上海市政府办公厅2019年以属于国家秘密为由不公开的自然人申请有几件", SO19, "T3", "denied_state_secret", "natural_person", "trial-format"),
    C("2019年上海市人民政府办公厅的信访举报投诉类申请，自然人提的有多少", SO19, "T3", "not_processed_petition_complaint", "natural_person", "trial-format"),
    C("上海市府办公厅2019年的申请中商业企业申请数", SO19, "T3", "new_received", "commercial_enterprise", "trial-format"),
    C("沭阳县2025年新收政府信息公开申请总数", SY, "T3", "new_received", "total", "plain"),
    C("沐阳县政府2025年收到的申请里法律服务机构有几件", SY, "T3", "new_received", "legal_service_org", "typo-body"),
    C("沭阳县人民政府2025年以三类内部事务信息为由不公开的申请", SY, "T3", "denied_internal_affairs", "total", "staff-exact"),
    C("沭阳2025年不掌握相关信息的有几件", SY, "T3", "unable_not_held", "total", "short-body"),
    C("沭阳县政府2025年有几件申请因为申请人没按收费通知交钱就不再处理了", SY, "T3", "other_fee_unpaid_overdue", "total", "description-row"),
    C("沭阳县2025年其他处理里“其他”一项有多少", SY, "T3", "other_other", "total", "other-row"),
    C("沭阳县2025年，上年结转过来的申请有多少件", SY, "T3", "carried_over_from_last_year", "total", "plain"),
    C("沭阳县发改局2023年收到几件信息公开申请？", FG, "T3", "new_received", "total", "short-dept-name"),
    C("沭阳县发展和改革局2023年予以公开的申请中自然人几件", FG, "T3", "granted", "natural_person", "html"),
    C("平潭综合实验区2021年新收申请里社会公益组织提的有几件", P[2021], "T3", "new_received", "social_welfare_org", "other-column"),
    C("平潭实验区2021年予以公开总数", P[2021], "T3", "granted", "total", "keyword-only"),
    C("平潭2021年以行政执法案卷为由不公开的有几件", P[2021], "T3", "denied_enforcement_case_file", "total", "plain"),
    C("平潭综合实验区2022年新收的政府信息公开申请多少件", P[2022], "T3", "new_received", "total", "plain"),
    C("平潭2022年不掌握信息没法提供的有多少件", P[2022], "T3", "unable_not_held", "total", "colloquial-row"),
    C("2022年平潭实验区部分公开的商业企业申请数", P[2022], "T3", "partially_granted", "commercial_enterprise", "staff-exact"),
    C("平潭管委会2023年新收申请数", P[2023], "T3", "new_received", "total", "body-form-管委会"),
    C("平潭综合实验区2023年度部分公开的申请有多少", P[2023], "T3", "partially_granted", "total", "plain"),
    C("平潭2023年因保护第三方合法权益不予公开几件", P[2023], "T3", "denied_third_party_rights", "total", "plain"),
    C("平潭综合实验区2024年一共新收多少申请", P[2024], "T3", "new_received", "total", "plain"),
    C("平潭2024年属于三类内部事务信息不予公开的有多少", P[2024], "T3", "denied_internal_affairs", "total", "plain"),
    C("平潭综合实验区二零二四年以国家秘密为由不公开的申请数", P[2024], "T3", "denied_state_secret", "total", "chinese-numeral-year"),
    C("平潭实验区2025年新收申请的总数", P[2025], "T3", "new_received", "total", "plain"),
    C("平潭2025年结转到下一年的申请有几件", P[2025], "T3", "carried_to_next_year", "total", "colloquial-row"),
    C("平潭2025年逾期没交费被终止处理的有几件", P[2025], "T3", "other_fee_unpaid_overdue", "total", "description-row"),
    C("平潭综合实验区2020年新收申请中其他组织（其他）几件", P[2020], "T3", "new_received", "other_org", "trial-format"),
    C("平潭2020年的其他处理有多少件", P[2020], "T3", "other_processing", "total", "trial-format"),
    C("平潭综合实验区2019年补正后申请内容仍不明确的有几件", P[2019], "T3", "unable_unclear_after_correction", "total", "trial-format"),
    C("平潭2019年重复申请不予处理的数量", P[2019], "T3", "not_processed_duplicate", "total", "trial-format"),
    # ---------------- cell: T4 ----------------
    C("虹口区2021年因信息公开被申请行政复议，维持原结果的有几件", HK, "T4", "cases", "review.maintained", "review-sub"),
    C("虹口区2021年复议后又起诉的行政诉讼总计多少", HK, "T4", "cases", "litigation_after_review.total", "litigation-sub"),
    C("淮安市政府2024年行政复议结果被纠正的有多少件", HA, "T4", "cases", "review.corrected", "review-sub"),
    C("淮安市2024年信息公开行政复议总数", HA, "T4", "cases", "review.total", "review"),
    C("淮安市2024年没经过复议直接去法院告的有几件", HA, "T4", "cases", "litigation_direct.total", "colloquial-litigation"),
    C("淮安2024年复议后起诉还没审结的案件数", HA, "T4", "cases", "litigation_after_review.pending", "litigation-sub"),
    C("淮安市人民政府2024年行政复议其他结果几件", HA, "T4", "cases", "review.other_result", "review-sub"),
    C("洪泽区2023年信息公开行政复议结果维持的有几件", HZ, "T4", "cases", "review.maintained", "pdf-t4"),
    C("上海市政府办公厅2025年行政复议总计", SO25, "T4", "cases", "review.total", "review"),
    C("上海市政府办公厅2025年直接起诉的行政诉讼尚未审结多少件", SO25, "T4", "cases", "litigation_direct.pending", "litigation-sub"),
    C("上海市人民政府办公厅2025年复议后起诉的其他结果有多少", SO25, "T4", "cases", "litigation_after_review.other_result", "litigation-sub"),
    C("上海市政府办公厅2019年行政复议维持了几件", SO19, "T4", "cases", "review.maintained", "trial-format-t4"),
    C("上海市政府办公厅2019年未经复议直接起诉的总数", SO19, "T4", "cases", "litigation_direct.total", "trial-format-t4"),
    C("沭阳县2025年被申请行政复议的一共几件", SY, "T4", "cases", "review.total", "review"),
    C("沭阳县政府2025年行政复议被纠正的有几件", SY, "T4", "cases", "review.corrected", "review-sub"),
    C("沭阳县2025年复议后起诉总计多少", SY, "T4", "cases", "litigation_after_review.total", "litigation-sub"),
    C("沭阳发改局2023年行政复议尚未审结的几件", FG, "T4", "cases", "review.pending", "html-t4"),
    C("平潭2021年直接起诉的行政诉讼维持了几件", P[2021], "T4", "cases", "litigation_direct.maintained", "litigation-sub"),
    C("平潭综合实验区2024年复议后起诉的案件总计", P[2024], "T4", "cases", "litigation_after_review.total", "litigation-sub"),
    C("平潭2025年行政复议总共多少件", P[2025], "T4", "cases", "review.total", "review"),
    C("平潭实验区2023年直接起诉的行政诉讼总数", P[2023], "T4", "cases", "litigation_direct.total", "litigation"),
    C("2022年平潭被复议纠正了几件", P[2022], "T4", "cases", "review.corrected", "colloquial-review"),
    C("市科委2024年行政复议结果维持几件", KW, "T4", "cases", "review.maintained", "short-dept-name"),
    # ---------------- cell: T2 ----------------
    C("虹口区2021年新制发的行政规范性文件有几件", HK, "T2", "normative_documents", "issued", "t2"),
    C("虹口区2021年行政许可处理决定数量", HK, "T2", "administrative_licensing", "decisions", "t2"),
    C("淮安市2024年行政处罚决定有多少", HA, "T2", "administrative_penalty", "decisions", "t2"),
    C("淮安市政府2024年行政事业性收费金额多少万元", HA, "T2", "administrative_fees", "fee_amount", "t2-fee"),
    C("淮安市2024年现行有效的规章有几件", HA, "T2", "regulations", "valid", "t2"),
    C("洪泽区2023年废止了几件行政规范性文件", HZ, "T2", "normative_documents", "repealed", "pdf-t2"),
    C("洪泽区政府2023年行政强制决定数", HZ, "T2", "administrative_coercion", "decisions", "pdf-t2"),
    C("洪泽区2023年收了多少行政事业性收费（万元）", HZ, "T2", "administrative_fees", "fee_amount", "pdf-t2"),
    C("沭阳县2025年行政许可决定有多少件", SY, "T2", "administrative_licensing", "decisions", "t2"),
    C("沭阳县2025年现行有效的行政规范性文件几件", SY, "T2", "normative_documents", "valid", "t2"),
    C("沭阳县发改局2023年制发了几件规范性文件", FG, "T2", "normative_documents", "issued", "html-t2"),
    C("上海市科委2024年行政许可处理了多少", KW, "T2", "administrative_licensing", "decisions", "t2"),
    C("平潭2022年行政许可的决定数量", P[2022], "T2", "administrative_licensing", "decisions", "t2"),
    C("平潭综合实验区2021年行政事业性收费是多少万元", P[2021], "T2", "administrative_fees", "fee_amount", "t2-fee"),
    C("平潭2023年行政强制决定数量", P[2023], "T2", "administrative_coercion", "decisions", "t2"),
    C("平潭综合实验区2025年行政处罚有多少件", P[2025], "T2", "administrative_penalty", "decisions", "t2"),
    C("上海市政府办公厅2019年政府集中采购项目有几个", SO19, "T2", "centralized_procurement", "procurement_items", "trial-t2"),
    C("上海市人民政府办公厅2019年采购总金额是多少元", SO19, "T2", "centralized_procurement", "procurement_amount", "trial-t2"),
    C("上海市政府办公厅2019年本年新制作的规章数量", SO19, "T2", "regulations", "new_made", "trial-t2"),
    C("平潭2020年行政事业性收费上一年项目数量", P[2020], "T2", "administrative_fees", "previous_year_items", "trial-t2"),
    C("平潭综合实验区2020年行政事业性收费项目本年增减多少", P[2020], "T2", "administrative_fees", "change", "trial-t2-signed"),
    # ---------------- cell: pre-2019 statistics tables ----------------
    C("平潭县人民政府2012年受理依申请公开信息总数是多少", PC12, "stats", "requests_total", "this_year", "pre2019"),
    C("平潭县政府2012年当面来申请公开的有几条", PC12, "stats", "req_in_person", "this_year", "pre2019-colloquial"),
    C("平潭县2012年同意公开答复数", PC12, "stats", "reply_full", "this_year", "pre2019"),
    C("平潭县人民政府2012年统计表里主动公开信息数历年累计是多少", PC12, "stats", "proactive_total", "cumulative", "pre2019-cumulative"),
    C("平潭县2013年通过电子邮件申请的有几条", PC13, "stats", "req_email", "this_year", "pre2019"),
    C("平潭县政府2013年网上申请数", PC13, "stats", "req_online", "this_year", "pre2019"),
    C("平潭县2013年受理依申请公开历年累计总数", PC13, "stats", "requests_total", "cumulative", "pre2019-cumulative"),
    C("平潭县人民政府2011年网站公开信息多少条", PC11, "stats", "proactive_website", "this_year", "pre2019"),
    C("平潭综合实验区管委会2011年通过政府公报公开了几条", P[2011], "stats", "proactive_gazette", "this_year", "pre2019"),
    C("平潭实验区2012年统计表中主动公开信息数（本年度）", P[2012], "stats", "proactive_total", "this_year", "pre2019-table-vs-prose"),
    C("平潭综合实验区2013年统计表上网站公开了多少条", P[2013], "stats", "proactive_website", "this_year", "pre2019-table-vs-prose"),
    C("平潭管委会2014年主动公开文件数", P[2014], "stats", "proactive_total", "this_year", "pre2019"),
    C("平潭综合实验区2014年信函、传真申请数", P[2014], "stats", "req_letter_fax", "this_year", "pre2019"),
    C("平潭2016年主动公开文件数历年累计", P[2016], "stats", "proactive_total", "cumulative", "pre2019-cumulative"),
    C("平潭综合实验区2016年政府网站公开数", P[2016], "stats", "proactive_website", "this_year", "pre2019"),
    C("平潭2018年主动公开文件数本年度是多少", P[2018], "stats", "proactive_total", "this_year", "pre2019"),

    # ---------------- derived ----------------
    D("虹口区2021年新收申请中，自然人比商业企业多几件？", HK, "a-b", {"a": t3(HK, "new_received", "natural_person"), "b": t3(HK, "new_received", "commercial_enterprise")}, "件", "difference"),
    D("虹口区2021年予以公开占办理结果总数的百分比是多少（保留两位小数）", HK, "a/b*100", {"a": t3(HK, "granted", "total"), "b": t3(HK, "results_total", "total")}, "%", "share", decimals=2),
    D("虹口区2021年行政复议和行政诉讼（直接起诉+复议后起诉）加起来一共多少件", HK, "a+b+c", {"a": t4(HK, "review.total"), "b": t4(HK, "litigation_direct.total"), "c": t4(HK, "litigation_after_review.total")}, "件", "sum-t4"),
    D("淮安市2024年不予公开的8种情形一共多少件", HA, "a+b+c+d+e+f+g+h", {"a": t3(HA, "denied_state_secret", "total"), "b": t3(HA, "denied_other_law", "total"), "c": t3(HA, "denied_three_security_one_stability", "total"), "d": t3(HA, "denied_third_party_rights", "total"), "e": t3(HA, "denied_internal_affairs", "total"), "f": t3(HA, "denied_process_info", "total"), "g": t3(HA, "denied_enforcement_case_file", "total"), "h": t3(HA, "denied_admin_query", "total")}, "件", "group-sum"),
    D("淮安市政府2024年新收申请加上年结转一共要办多少件", HA, "a+b", {"a": t3(HA, "new_received", "total"), "b": t3(HA, "carried_over_from_last_year", "total")}, "件", "sum"),
    D("淮安2024年行政复议中结果被纠正的比例（纠正数/复议总计，百分比，保留1位小数）", HA, "a/b*100", {"a": t4(HA, "review.corrected"), "b": t4(HA, "review.total")}, "%", "rate", decimals=1),
    D("淮安市2024年无法提供的三种情况合计多少件", HA, "a+b+c", {"a": t3(HA, "unable_not_held", "total"), "b": t3(HA, "unable_needs_creation", "total"), "c": t3(HA, "unable_unclear_after_correction", "total")}, "件", "group-sum"),
    D("淮安市2024年予以公开和部分公开加起来多少", HA, "a+b", {"a": t3(HA, "granted", "total"), "b": t3(HA, "partially_granted", "total")}, "件", "sum"),
    D("洪泽区2023年无法提供的申请（不掌握+需另行制作+补正后仍不明确）一共多少", HZ, "a+b+c", {"a": t3(HZ, "unable_not_held", "total"), "b": t3(HZ, "unable_needs_creation", "total"), "c": t3(HZ, "unable_unclear_after_correction", "total")}, "件", "group-sum-pdf"),
    D("上海市政府办公厅2025年新收申请比2019年多了多少件", SO25, "a-b", {"a": t3(SO25, "new_received", "total"), "b": t3(SO19, "new_received", "total")}, "件", "cross-year"),
    D("上海市政府办公厅2025年行政诉讼总数（直接起诉和复议后起诉合计）", SO25, "a+b", {"a": t4(SO25, "litigation_direct.total"), "b": t4(SO25, "litigation_after_review.total")}, "件", "sum-t4"),
    D("上海市政府办公厅2025年本机关不掌握的申请占新收申请的百分比（两位小数）", SO25, "a/b*100", {"a": t3(SO25, "unable_not_held", "total"), "b": t3(SO25, "new_received", "total")}, "%", "share", decimals=2),
    D("上海市科委2024年自然人申请占新收申请的比重是多少%（保留两位小数）", KW, "a/b*100", {"a": t3(KW, "new_received", "natural_person"), "b": t3(KW, "new_received", "total")}, "%", "share", decimals=2),
    D("沭阳县2025年法人或者其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）一共新收多少件", SY, "a+b+c+d+e", {"a": t3(SY, "new_received", "commercial_enterprise"), "b": t3(SY, "new_received", "research_institution"), "c": t3(SY, "new_received", "social_welfare_org"), "d": t3(SY, "new_received", "legal_service_org"), "e": t3(SY, "new_received", "other_org")}, "件", "legal-person-sum"),
    D("沭阳县2025年复议和诉讼案件一共多少件", SY, "a+b+c", {"a": t4(SY, "review.total"), "b": t4(SY, "litigation_direct.total"), "c": t4(SY, "litigation_after_review.total")}, "件", "sum-t4"),
    D("沭阳县2025年不予处理的五种情形共有多少件", SY, "a+b+c+d+e", {"a": t3(SY, "not_processed_petition_complaint", "total"), "b": t3(SY, "not_processed_duplicate", "total"), "c": t3(SY, "not_processed_publication", "total"), "d": t3(SY, "not_processed_massive_repeated", "total"), "e": t3(SY, "not_processed_confirm_or_reissue", "total")}, "件", "group-sum"),
    D("沭阳县2025年行政复议被纠正率（纠正/总计，%，保留两位）", SY, "a/b*100", {"a": t4(SY, "review.corrected"), "b": t4(SY, "review.total")}, "%", "rate", decimals=2),
    D("平潭综合实验区2022年新收申请比2021年增加了多少件", P[2022], "a-b", {"a": t3(P[2022], "new_received", "total"), "b": t3(P[2021], "new_received", "total")}, "件", "yoy"),
    D("平潭2024年新收申请比2023年多多少", P[2024], "a-b", {"a": t3(P[2024], "new_received", "total"), "b": t3(P[2023], "new_received", "total")}, "件", "yoy"),
    D("平潭2025年新收申请较2024年减少了多少件", P[2025], "b-a", {"a": t3(P[2025], "new_received", "total"), "b": t3(P[2024], "new_received", "total")}, "件", "yoy-decrease"),
    D("平潭实验区2021到2025这五年新收申请一共多少件", P[2025], "a+b+c+d+e", {"a": t3(P[2021], "new_received", "total"), "b": t3(P[2022], "new_received", "total"), "c": t3(P[2023], "new_received", "total"), "d": t3(P[2024], "new_received", "total"), "e": t3(P[2025], "new_received", "total")}, "件", "multi-year-sum"),
    D("平潭2021年到2025年哪一年行政复议总数最多？给出那一年的件数", P[2025], "max(a,b,c,d,e)", {"a": t4(P[2021], "review.total"), "b": t4(P[2022], "review.total"), "c": t4(P[2023], "review.total"), "d": t4(P[2024], "review.total"), "e": t4(P[2025], "review.total")}, "件", "ranking", note="the year is 2025 (pingtan_2025)"),
    D("平潭2024年部分公开占办结总数的百分比，保留两位小数", P[2024], "a/b*100", {"a": t3(P[2024], "partially_granted", "total"), "b": t3(P[2024], "results_total", "total")}, "%", "share", decimals=2),
    D("平潭综合实验区2023年行政诉讼合计（直接起诉加复议后起诉）", P[2023], "a+b", {"a": t4(P[2023], "litigation_direct.total"), "b": t4(P[2023], "litigation_after_review.total")}, "件", "sum-t4"),
    D("平潭县政府2013年主动公开信息数比2012年少了多少条", PC13, "b-a", {"a": st(PC13, "proactive_total"), "b": st(PC12, "proactive_total")}, "条", "pre2019-yoy"),
    D("平潭县人民政府2012年同意公开的答复占答复总数的百分比（保留两位小数）", PC12, "a/b*100", {"a": st(PC12, "reply_full"), "b": st(PC12, "replies_total")}, "%", "pre2019-share", decimals=2),
    D("平潭综合实验区2016年主动公开文件数比2014年多了多少", P[2016], "a-b", {"a": st(P[2016], "proactive_total"), "b": st(P[2014], "proactive_total")}, "条", "pre2019-cross-year"),
    D("淮安市2024年行政许可、行政处罚、行政强制三项决定加起来多少", HA, "a+b+c", {"a": (HA, "T2", "administrative_licensing", "decisions"), "b": (HA, "T2", "administrative_penalty", "decisions"), "c": (HA, "T2", "administrative_coercion", "decisions")}, "件", "t2-sum"),
    D("平潭2022年的行政事业性收费比2023年多多少万元（保留两位小数）", P[2022], "a-b", {"a": (P[2022], "T2", "administrative_fees", "fee_amount"), "b": (P[2023], "T2", "administrative_fees", "fee_amount")}, "万元", "t2-fee-diff", decimals=2),
    D("淮安市政府2024年办理结果中自然人的件数比新收自然人申请少几件", HA, "b-a", {"a": t3(HA, "results_total", "natural_person"), "b": t3(HA, "new_received", "natural_person")}, "件", "difference"),
    D("虹口区2021年行政复议维持率是多少（维持/复议总计×100，保留2位）", HK, "a/b*100", {"a": t4(HK, "review.maintained"), "b": t4(HK, "review.total")}, "%", "rate", decimals=2),
    D("上海市政府办公厅2019年新收申请加上年结转合计", SO19, "a+b", {"a": t3(SO19, "new_received", "total"), "b": t3(SO19, "carried_over_from_last_year", "total")}, "件", "sum-trial"),

    # ---------------- narrative ----------------
    N("虹口区政府办公室在什么地址？", HK, "飞虹路 518 号", "contact-address"),
    N("对虹口区2021年报有疑问打什么电话", HK, "021—25658888", "contact-phone"),
    N("虹口区2021年在随申办上搞了个什么线上培训模块", HK, "“信息公开每日一练”模块", "measure"),
    N("虹口区2021年在门户网站开设了什么子栏目", HK, "开设“政策文件”子栏目", "measure"),
    N("淮安市政府办公室的联系电话是多少", HA, "电话：0517-83605210", "contact-phone"),
    N("淮安市2024年收了多少信息处理费", HA, "收取政府信息公开信息处理费 3940 元", "fee-prose"),
    N("淮安市2024年报提到的人员方面的问题是什么", HA, "个别单位存在人员配备不足、兼职多、流动性过快的问题", "problem"),
    N("洪泽区政府办公室的电话是多少", HZ, "0517-87222589", "contact-phone-pdf"),
    N("洪泽区政务公开的邮箱", HZ, "hzzwgk@126.com", "contact-email-pdf"),
    N("洪泽区2023年在政府网站主动公开了多少条信息", HZ, "主动公开政府信息 1136 条", "prose-count-pdf"),
    N("洪泽区2023年为加强培训打算实行什么制度", HZ, "人员跟班学习制度", "plan-for-next-year"),
    N("沭阳县发改局办公地址在哪", FG, "沭阳县沭城街道苏州东路42号", "contact-address-html"),
    N("沭阳发改局联系电话", FG, "0527—83593059", "contact-phone-html"),
    N("沭阳县发展和改革局2023年受理了多少网络问政", FG, "全年受理网络问政182件", "prose-count-html"),
    N("沭阳县发改局2023年自己承认存在哪些问题，比如留言回复方面", FG, "政民互动栏目网民留言回复效率有待提高", "problem-html"),
    N("沭阳县2025年在县政府门户网站主动公开了多少条信息", SY, "全年通过县政府门户网站主动公开政府信息4511条", "prose-count"),
    N("沭阳县2025年发出了多少次催办提示", SY, "全年发出催办提示 84 次", "prose-count"),
    N("沭阳县2025年全县收了多少信息处理费", SY, "收取信息处理费共计380元", "fee-prose"),
    N("上海市政府办公厅2019年在中国上海网站发布了多少政策解读", SO19, "发布政策解读共132件", "prose-count"),
    N("2019年上海一网通办统一受理平台接入了多少部门和事项", SO19, "统一受理平台接入53个部门2261项事项", "measure"),
    N("上海市政府办公厅2025年国际服务门户新增了哪种语言", SO25, "新增意大利语网站", "measure"),
    N("上海市政府办公厅2025年收没收信息公开处理费", SO25, "2025 年度本机关未收取信息公开处理费", "fee-prose"),
    N("上海市科委2024年“上海科技”网站发了多少条信息", KW, "“上海科技”网站全年累计发布信息 2139 条", "prose-count"),
    N("市科委针对机构改革后栏目不适应的问题开了什么专栏", KW, "“张江高新区”专栏已成功开设", "measure"),
    N("平潭县人民政府办公室地址", PC11, "平潭县翠园南路10号", "contact-address-pre2019"),
    N("平潭县政府2012年年报的联系电话和传真", PC12, "电话：24336243；传真：23131679", "contact-phone-pre2019"),
    N("平潭县2013年依申请公开量较大的乡镇有哪些", PC13, "量较大的乡镇为屿头乡、流水镇、潭城镇", "prose-pre2019"),
    N("平潭实验区2011年年报的联系电话", P[2011], "电话：24336243；传真：24336410", "contact-phone-pre2019"),
    N("平潭2012年通过中国平潭网公开了多少条政府信息", P[2012], "通过“中国平潭网”门户网站公开政府信息3636条", "prose-pre2019"),
    N("平潭综合实验区2013年有没有收到信息公开行政复议申请", P[2013], "收到1份有关政府信息公开行政复议申请", "yes-no-prose"),
    N("平潭2014年收到了什么形式的信息公开申请", P[2014], "收到有关政府信息公开的信函申请1条", "prose-pre2019"),
    N("平潭2016年信息公开办公室设在哪里", P[2016], "平潭综合实验区北厝镇竹屿口现场指挥部", "contact-address-pre2019"),
    N("平潭2018年共开设了多少个政务新媒体", P[2018], "共开设新媒体数量70个", "prose-pre2019"),
    N("平潭综合实验区2019年年报里的联系电话是多少", P[2019], "0591-23165250", "contact-phone"),
    N("平潭2020年报的电话传真", P[2020], "电话/传真：0591-23165370", "contact-phone"),
    N("平潭2021年推出了多少期问政栏目", P[2021], "推出20期《问政平潭之有事您说》", "measure"),
    N("平潭2022年年报的联系部门是哪个处", P[2022], "平潭综合实验区管委会办公室保密与电子政务处", "contact-dept"),
    N("平潭2023年一共发布了多少篇政策解读", P[2023], "全年发布政策解读117篇", "prose-count"),
    N("平潭2024年通过门户网站主动公开了多少条政府信息", P[2024], "全年主动公开各类政府信息10407条", "prose-count"),
    N("平潭2025年平台安全方面用了什么技术手段", P[2025], "运用蜜罐等安全技术手段", "measure"),

    # ---------------- unanswerable ----------------
    U("上海市杨浦区2021年收到多少件政府信息公开申请", None, 2021, "body_not_indexed", "neighbour-district"),
    U("虹口区教育局2021年依申请公开多少件", None, 2021, "body_not_indexed", "dept-of-indexed-district"),
    U("上海市黄浦区人民政府2022年行政复议多少件", None, 2022, "body_not_indexed", "same-city-district"),
    U("淮安市淮阴区2024年新收的信息公开申请数", None, 2024, "body_not_indexed", "district-of-indexed-city"),
    U("淮安市清江浦区2023年予以公开了多少件", None, 2023, "body_not_indexed", "neighbour-district"),
    U("沭阳县教育局2025年收到的信息公开申请有多少", None, 2025, "body_not_indexed", "dept-of-indexed-county"),
    U("泗阳县人民政府2025年信息公开申请数量", None, 2025, "body_not_indexed", "neighbour-county"),
    U("宿迁市政府2023年行政复议结果维持多少件", None, 2023, "body_not_indexed", "parent-city"),
    U("上海市发展和改革委员会2024年新收申请几件", None, 2024, "body_not_indexed", "sibling-municipal-dept"),
    U("洪泽区发改委2023年有多少依申请公开", None, 2023, "body_not_indexed", "dept-of-indexed-district"),
    U("福州市长乐区2022年政府信息公开申请数量", None, 2022, "body_not_indexed", "neighbour-of-pingtan"),
    U("平潭综合实验区地方税务局2013年主动公开信息数", None, 2013, "body_not_indexed", "dept-of-indexed-body"),
    U("虹口区2022年新收政府信息公开申请多少件", None, 2022, "year_not_indexed", "year-not-indexed"),
    U("淮安市政府2023年行政复议总数", None, 2023, "year_not_indexed", "year-not-indexed"),
    U("沭阳县政府2024年收到的申请有多少件", None, 2024, "year_not_indexed", "year-not-indexed"),
    U("平潭2015年主动公开文件数", None, 2015, "year_not_indexed", "year-gap"),
    U("平潭综合实验区2017年受理依申请公开信息总数", None, 2017, "year_not_indexed", "year-gap"),
    U("上海市科委2023年新收申请几件", None, 2023, "year_not_indexed", "year-not-indexed"),
    U("上海市政府办公厅2022年行政诉讼多少件", None, 2022, "year_not_indexed", "year-not-indexed"),
    U("洪泽区2024年信息公开申请数", None, 2024, "year_not_indexed", "year-not-indexed"),
    U("虹口区2021年政务公开工作经费是多少钱", HK, 2021, "no_such_figure", "budget"),
    U("淮安市政府2024年政府网站的访问量有多少", HA, 2024, "no_such_figure", "visitors"),
    U("沭阳县2025年负责信息公开的工作人员有几个人", SY, 2025, "no_such_figure", "staff-count"),
    U("平潭2023年依申请公开平均多少天答复", P[2023], 2023, "no_such_figure", "avg-time"),
    U("上海市科委2024年信息公开申请的满意度是多少", KW, 2024, "no_such_figure", "satisfaction"),
    U("平潭综合实验区2020年申请人逾期不补正不再处理的有几件", P[2020], 2020, "not_in_this_format", "other-format-row", note="2019 trial format has a single （六）其他处理 row"),
    U("上海市政府办公厅2019年因逾期未缴费被终止处理的申请有几件", SO19, 2019, "not_in_this_format", "other-format-row"),
    U("平潭2022年政府集中采购的采购总金额", P[2022], 2022, "not_in_this_format", "other-format-row", note="（九）政府集中采购 only in the 2019 trial format"),
    U("虹口区2021年行政许可上一年项目数量是多少", HK, 2021, "not_in_this_format", "other-format-row"),
    U("平潭2016年信息公开申请中法人或其他组织提出的有多少", P[2016], 2016, "not_in_this_format", "pre2019-no-applicant-split"),
    U("平潭县政府2012年行政复议结果纠正的有几件", PC12, 2012, "not_in_this_format", "pre2019-no-t4-split"),
    U("洪泽区2023年申请人逾期未按收费通知缴费不再处理的申请几件", HZ, 2023, "not_in_this_format", "row-not-printed", note="this report prints （六）其他处理 as one row without its sub-rows (gold note)"),


    # ---------------- more derived ----------------
    D("淮安市2024年新收申请中法人或其他组织（商业企业+科研机构+社会公益组织+法律服务机构+其他）合计多少", HA, "a+b+c+d+e", {"a": t3(HA, "new_received", "commercial_enterprise"), "b": t3(HA, "new_received", "research_institution"), "c": t3(HA, "new_received", "social_welfare_org"), "d": t3(HA, "new_received", "legal_service_org"), "e": t3(HA, "new_received", "other_org")}, "件", "legal-person-sum"),
    D("平潭2024年行政事业性收费比2023年多了多少万元，保留两位小数", P[2024], "a-b", {"a": (P[2024], "T2", "administrative_fees", "fee_amount"), "b": (P[2023], "T2", "administrative_fees", "fee_amount")}, "万元", "t2-fee-yoy", decimals=2),
    D("沭阳县2025年自然人的申请（新收加上年结转）一共多少件", SY, "a+b", {"a": t3(SY, "new_received", "natural_person"), "b": t3(SY, "carried_over_from_last_year", "natural_person")}, "件", "sum-column"),
    D("上海市政府办公厅2025年予以公开的占新收申请几成？按百分比算，保留两位小数", SO25, "a/b*100", {"a": t3(SO25, "granted", "total"), "b": t3(SO25, "new_received", "total")}, "%", "share", decimals=2),
    D("洪泽区2023年不予公开的各项加起来一共几件", HZ, "a+b+c+d+e+f+g+h", {"a": t3(HZ, "denied_state_secret", "total"), "b": t3(HZ, "denied_other_law", "total"), "c": t3(HZ, "denied_three_security_one_stability", "total"), "d": t3(HZ, "denied_third_party_rights", "total"), "e": t3(HZ, "denied_internal_affairs", "total"), "f": t3(HZ, "denied_process_info", "total"), "g": t3(HZ, "denied_enforcement_case_file", "total"), "h": t3(HZ, "denied_admin_query", "total")}, "件", "group-sum-pdf"),
    D("平潭2021—2025年里新收申请最多的那年收了多少件", P[2024], "max(a,b,c,d,e)", {"a": t3(P[2021], "new_received", "total"), "b": t3(P[2022], "new_received", "total"), "c": t3(P[2023], "new_received", "total"), "d": t3(P[2024], "new_received", "total"), "e": t3(P[2025], "new_received", "total")}, "件", "ranking", note="the year is 2024 (pingtan_2024)"),
    D("平潭县政府2011、2012、2013三年主动公开信息数加起来多少条", PC13, "a+b+c", {"a": st(PC11, "proactive_total"), "b": st(PC12, "proactive_total"), "c": st(PC13, "proactive_total")}, "条", "pre2019-multi-year-sum"),
    D("上海市科委2024年无法提供的（不掌握、需另行制作、补正后仍不明确）一共几件", KW, "a+b+c", {"a": t3(KW, "unable_not_held", "total"), "b": t3(KW, "unable_needs_creation", "total"), "c": t3(KW, "unable_unclear_after_correction", "total")}, "件", "group-sum"),
    D("淮安市2024年信息公开行政诉讼一共多少件（直接起诉+复议后起诉）", HA, "a+b", {"a": t4(HA, "litigation_direct.total"), "b": t4(HA, "litigation_after_review.total")}, "件", "sum-t4"),
    D("虹口区2021年不予公开的合计是多少", HK, "a+b+c+d+e+f+g+h", {"a": t3(HK, "denied_state_secret", "total"), "b": t3(HK, "denied_other_law", "total"), "c": t3(HK, "denied_three_security_one_stability", "total"), "d": t3(HK, "denied_third_party_rights", "total"), "e": t3(HK, "denied_internal_affairs", "total"), "f": t3(HK, "denied_process_info", "total"), "g": t3(HK, "denied_enforcement_case_file", "total"), "h": t3(HK, "denied_admin_query", "total")}, "件", "group-sum"),
    D("平潭2022年行政许可决定比2021年多了多少件", P[2022], "a-b", {"a": (P[2022], "T2", "administrative_licensing", "decisions"), "b": (P[2021], "T2", "administrative_licensing", "decisions")}, "件", "t2-yoy"),
    D("沭阳县2025年其他处理（逾期不补正、逾期未缴费、其他）三项加总", SY, "a+b+c", {"a": t3(SY, "other_no_correction_overdue", "total"), "b": t3(SY, "other_fee_unpaid_overdue", "total"), "c": t3(SY, "other_other", "total")}, "件", "group-sum"),
    # ---------------- more unanswerable ----------------
    U("沭阳县发改局2024年收到几件公开申请", None, 2024, "year_not_indexed", "year-not-indexed-dept"),
    U("沭阳县财政局2025年依申请公开办理情况，新收多少", None, 2025, "body_not_indexed", "dept-of-indexed-county"),
    U("上海市浦东新区人民政府2025年新收政府信息公开申请", None, 2025, "body_not_indexed", "same-city-district"),
    U("上海市科委2024年政务公开经费预算多少", KW, 2024, "no_such_figure", "budget"),
    U("淮安市2024年政府网站的点击量是多少", HA, 2024, "no_such_figure", "visitors"),
    U("平潭2010年政府信息公开年报里主动公开多少条", None, 2010, "year_not_indexed", "year-before-corpus"),
    U("平潭综合实验区2019年其他处理里面的“其他”子项有几件", P[2019], 2019, "not_in_this_format", "other-format-row"),
    U("沭阳县2025年主动公开信息数的历年累计是多少", SY, 2025, "not_in_this_format", "pre2019-row-in-2021-report"),
    # ---------------- ambiguous ----------------
    A("今年新收了多少件依申请公开？", "no-body-no-year"),
    A("上海市政府办公厅年报里说新收申请多少件", "no-year-two-reports", note="2019 and 2025 reports both indexed"),
    A("平潭2012年主动公开信息数是多少", "two-bodies", note="平潭县人民政府 2012 and 平潭综合实验区 2012 both indexed with different figures"),
    A("行政复议一共几件", "no-body-no-year"),
]

FOLLOWUPS = [
    F("change-column", [
        C("淮安市2024年新收的信息公开申请总数是多少", HA, "T3", "new_received", "total", ""),
        C("其中自然人多少？", HA, "T3", "new_received", "natural_person", ""),
        C("法律服务机构呢", HA, "T3", "new_received", "legal_service_org", ""),
    ]),
    F("change-year", [
        C("平潭2022年予以公开多少件", P[2022], "T3", "granted", "total", ""),
        C("那2023年呢？", P[2023], "T3", "granted", "total", ""),
        C("2024年的呢", P[2024], "T3", "granted", "total", ""),
    ]),
    F("change-table", [
        C("虹口区2021年新收申请多少件", HK, "T3", "new_received", "total", ""),
        C("复议那块呢，总计几件", HK, "T4", "cases", "review.total", ""),
    ]),
    F("change-body", [
        C("上海市科委2024年行政复议总计几件", KW, "T4", "cases", "review.total", ""),
        C("上海市政府办公厅2025年的呢", SO25, "T4", "cases", "review.total", ""),
    ]),
    F("change-row", [
        C("沭阳县2025年予以公开多少", SY, "T3", "granted", "total", ""),
        C("部分公开呢", SY, "T3", "partially_granted", "total", ""),
        C("不掌握信息的呢", SY, "T3", "unable_not_held", "total", ""),
    ]),
    F("after-unanswerable", [
        U("淮安市2023年新收申请多少件", None, 2023, "year_not_indexed", ""),
        C("那2024年呢", HA, "T3", "new_received", "total", ""),
    ]),
    F("after-unanswerable-body", [
        U("上海市杨浦区2021年行政复议几件", None, 2021, "body_not_indexed", ""),
        C("虹口区呢", HK, "T4", "cases", "review.total", ""),
    ]),
    F("derived-followup", [
        C("平潭2025年新收申请多少件", P[2025], "T3", "new_received", "total", ""),
        D("比上一年少了多少", P[2025], "b-a", {"a": t3(P[2025], "new_received", "total"), "b": t3(P[2024], "new_received", "total")}, "件", ""),
    ]),
    F("litigation-subcolumns", [
        C("沭阳县2025年未经复议直接起诉的行政诉讼总计", SY, "T4", "cases", "litigation_direct.total", ""),
        C("复议后起诉的呢", SY, "T4", "cases", "litigation_after_review.total", ""),
        C("其中尚未审结的", SY, "T4", "cases", "litigation_after_review.pending", ""),
    ]),
    F("pre2019-year-change", [
        C("平潭县政府2012年受理依申请公开信息总数", PC12, "stats", "requests_total", "this_year", ""),
        C("2013年呢", PC13, "stats", "requests_total", "this_year", ""),
        C("历年累计是多少", PC13, "stats", "requests_total", "cumulative", ""),
    ]),
    F("t2-followup", [
        C("洪泽区2023年行政许可决定数量", HZ, "T2", "administrative_licensing", "decisions", ""),
        C("行政处罚呢", HZ, "T2", "administrative_penalty", "decisions", ""),
    ]),
    F("body-short-then-column", [
        C("沭阳发改局2023年新收申请几件", FG, "T3", "new_received", "total", ""),
        C("复议的呢", FG, "T4", "cases", "review.total", ""),
    ]),
    F("format-switch-unanswerable", [
        C("平潭2020年其他处理几件", P[2020], "T3", "other_processing", "total", ""),
        U("那其中逾期不补正的有几件", P[2020], 2020, "not_in_this_format", ""),
        C("2021年的其他处理里“其他”呢", P[2021], "T3", "other_other", "total", ""),
    ]),
    F("column-then-year", [
        C("上海市政府办公厅2025年商业企业新收申请多少件", SO25, "T3", "new_received", "commercial_enterprise", ""),
        C("2019年呢", SO19, "T3", "new_received", "commercial_enterprise", ""),
    ]),
    F("review-subcolumns", [
        C("淮安市2024年行政复议结果维持几件", HA, "T4", "cases", "review.maintained", ""),
        C("纠正呢", HA, "T4", "cases", "review.corrected", ""),
        C("尚未审结的呢", HA, "T4", "cases", "review.pending", ""),
    ]),
    F("unanswerable-figure-then-cell", [
        U("平潭2024年信息公开工作经费多少", P[2024], 2024, "no_such_figure", ""),
        C("那行政事业性收费多少万元", P[2024], "T2", "administrative_fees", "fee_amount", ""),
    ]),
    F("body-change-city", [
        C("洪泽区2023年新收申请多少", HZ, "T3", "new_received", "total", ""),
        U("淮安市2023年呢", None, 2023, "year_not_indexed", ""),
        C("淮安市2024年呢", HA, "T3", "new_received", "total", ""),
    ]),
    F("yoy-then-share", [
        C("平潭2023年本机关不掌握相关信息的有多少件", P[2023], "T3", "unable_not_held", "total", ""),
        C("2022年呢", P[2022], "T3", "unable_not_held", "total", ""),
        D("两年相差多少", P[2022], "b-a", {"a": t3(P[2023], "unable_not_held", "total"), "b": t3(P[2022], "unable_not_held", "total")}, "件", ""),
    ]),
    F("pre2019-row-change", [
        C("平潭管委会2014年受理依申请公开信息总数", P[2014], "stats", "requests_total", "this_year", ""),
        C("答复了几条", P[2014], "stats", "replies_total", "this_year", ""),
    ]),
    F("cumulative-change", [
        C("平潭综合实验区2018年主动公开文件数本年度", P[2018], "stats", "proactive_total", "this_year", ""),
        C("历年累计呢", P[2018], "stats", "proactive_total", "cumulative", ""),
    ]),
    F("stcsm-column", [
        C("市科委2024年办理结果总计多少件", KW, "T3", "results_total", "total", ""),
        C("其中商业企业几件", KW, "T3", "results_total", "commercial_enterprise", ""),
    ]),
    F("t2-rows", [
        C("淮安市2024年行政许可决定多少件", HA, "T2", "administrative_licensing", "decisions", ""),
        C("行政处罚呢", HA, "T2", "administrative_penalty", "decisions", ""),
        C("行政强制的", HA, "T2", "administrative_coercion", "decisions", ""),
    ]),
    F("year-not-indexed-midway", [
        C("上海市科委2024年新收申请几件", KW, "T3", "new_received", "total", ""),
        U("2025年的呢", None, 2025, "year_not_indexed", ""),
        C("那上海市政府办公厅2025年的呢", SO25, "T3", "new_received", "total", ""),
    ]),
    F("row-then-column", [
        C("虹口区2021年因危及三安全一稳定不予公开几件", HK, "T3", "denied_three_security_one_stability", "total", ""),
        C("行政查询事项的呢", HK, "T3", "denied_admin_query", "total", ""),
        C("其中自然人多少", HK, "T3", "denied_admin_query", "natural_person", ""),
    ]),
    F("pre2019-years", [
        C("平潭2016年主动公开文件数是多少", P[2016], "stats", "proactive_total", "this_year", ""),
        C("2018年的呢", P[2018], "stats", "proactive_total", "this_year", ""),
        C("2014年呢", P[2014], "stats", "proactive_total", "this_year", ""),
    ]),
    F("pdf-review", [
        C("洪泽区2023年行政复议结果维持几件", HZ, "T4", "cases", "review.maintained", ""),
        C("纠正的呢", HZ, "T4", "cases", "review.corrected", ""),
    ]),
]

# ---------------- paraphrase groups: base question + 5 surface variants ----------------
PARA = [
    ("hk-new", C, (HK, "T3", "new_received", "total"), [
        "虹口区２０２１年新收政府信息公开申请多少件", "二〇二一年虹口区政府收到的公开申请有几件", "虹口区新收申请数 2021",
        "顺便问下，我在虹口住，虹口区政府21年一共收到多少件信息公开申请", "虹口区2021年新收政府信息公开申情数量"]),
    ("ha-granted", C, (HA, "T3", "granted", "total"), [
        "淮安市２０２４年予以公开多少件", "淮安市政府二零二四年给予公开的申请有几件", "淮安 予以公开 2024",
        "我之前申请过没成功，想了解淮安市2024年予以公开的共有多少件", "淮安市政俯2024年予以公开数"]),
    ("sy-notheld", C, (SY, "T3", "unable_not_held", "total"), [
        "沭阳县２０２５年本机关不掌握相关政府信息的申请数", "沭阳县二〇二五年因为不掌握信息没法提供的有几件", "沭阳 不掌握 2025",
        "听说很多申请被回复不掌握，沭阳县政府2025年这种情况有多少件", "沭阳县2025年本机关不常握相关信息数量"]),
    ("pt24-review", C, (P[2024], "T4", "cases", "review.total"), [
        "平潭２０２４年行政复议总计", "平潭综合实验区二零二四年因信息公开被申请复议多少件", "平潭 复议 总数 2024",
        "我们在做课题研究，想问平潭实验区2024年信息公开行政复议一共多少件", "平谭综合实验区2024年行政复议总计"]),
    ("so25-natural", C, (SO25, "T3", "new_received", "natural_person"), [
        "上海市政府办公厅２０２５年自然人新收申请", "上海市人民政府办公厅二〇二五年个人提出的公开申请多少件", "上海市府办公厅 自然人 新收 2025",
        "最近在看上海的政务公开情况，市政府办公厅2025年自然人申请了多少件", "上海市政府办公听2025年自然人新收申请数"]),
    ("kw-other-total", C, (KW, "T3", "results_total", "total"), [
        "上海市科委２０２４年办理结果总计", "上海市科学技术委员会二零二四年一共办结了多少件申请", "市科委 办理结果总计 2024",
        "看到科委网站上有年报，市科委2024年申请的办理结果合计多少件", "上海市科委2024年办理结果总汁"]),
    ("hz-partial", C, (HZ, "T3", "partially_granted", "total"), [
        "洪泽区２０２３年部分公开多少件", "洪泽区政府二〇二三年只公开一部分的申请有几件", "洪泽 部分公开 2023",
        "我在淮安工作，想问洪泽区2023年部分公开的申请多少件", "洪泽区2023年部份公开的申请数"]),
    ("fg-valid", C, (FG, "T2", "normative_documents", "valid"), [
        "沭阳县发改局２０２３年现行有效规范性文件几件", "沭阳县发展和改革局二零二三年现行有效的规范性文件数量", "沭阳发改局 现行有效 规范性文件 2023",
        "为了查政策，沭阳县发改局2023年现行有效的规范性文件一共有多少件", "沭阳县发改居2023年现行有效规范性文件"]),
    ("pt21-lit", C, (P[2021], "T4", "cases", "litigation_direct.total"), [
        "平潭２０２１年未经复议直接起诉的行政诉讼总计", "平潭实验区二〇二一年直接去法院起诉的有几件", "平潭 直接起诉 2021",
        "有个朋友在打官司，平潭综合实验区2021年未经复议直接起诉的总计多少件", "平潭2021年未经复议直接起述总计"]),
    ("pc12-reply", C, (PC12, "stats", "replies_total", "this_year"), [
        "平潭县２０１２年对申请的答复数", "平潭县人民政府二〇一二年一共答复了多少条申请", "平潭县 答复数 2012",
        "在整理老资料，平潭县政府2012年对申请的答复数是多少", "平潭县2012年对申请的答腹数"]),
    ("p16-web", C, (P[2016], "stats", "proactive_website", "this_year"), [
        "平潭２０１６年政府网站公开数", "平潭综合实验区二零一六年通过政府网站公开了多少", "平潭 网站公开数 2016",
        "想对比一下历年情况，平潭实验区2016年政府网站公开数是多少", "平潭2016年政府网占公开数"]),
    ("ha-fee", C, (HA, "T2", "administrative_fees", "fee_amount"), [
        "淮安市２０２４年行政事业性收费金额", "淮安市政府二零二四年行政事业性收费多少万元", "淮安 行政事业性收费 2024",
        "在写一篇关于财政的文章，淮安市2024年行政事业性收费多少万元", "淮安市2024年行政事业性收废金额"]),
    ("hk-share", D, ("a/b*100", {"a": t3(HK, "unable_not_held", "total"), "b": t3(HK, "results_total", "total")}, "%", 2), [
        "虹口区２０２１年不掌握相关信息占办理结果总计的百分比（两位小数）", "二〇二一年虹口区本机关不掌握的占全部办理结果多少%，保留两位",
        "虹口 不掌握 占比 办理结果总计 2021 两位小数",
        "我想了解依申请效果，虹口区2021年本机关不掌握相关信息占办理结果总计的比例是多少（百分比，两位小数）",
        "虹口区2021年本机关不掌握占办里结果总计的百分比，保留两位小数"]),
    ("pt-yoy", D, ("a-b", {"a": t3(P[2023], "new_received", "total"), "b": t3(P[2022], "new_received", "total")}, "件", None), [
        "平潭２０２３年新收申请比２０２２年多几件", "平潭综合实验区二〇二三年新收申请数较二〇二二年增加多少", "平潭 新收申请 2023比2022 增加",
        "在做同比分析，平潭实验区2023年新收申请比上一年多了多少件", "平潭2023年新收申请比2022年多了几建"]),
    ("sy-legal", D, ("a+b", {"a": t4(SY, "litigation_direct.total"), "b": t4(SY, "litigation_after_review.total")}, "件", None), [
        "沭阳县２０２５年行政诉讼一共多少件（直接起诉加复议后起诉）", "沭阳县二〇二五年被起诉的信息公开案件合计（直接起诉+复议后起诉）",
        "沭阳 行政诉讼 合计 2025 直接起诉 复议后起诉",
        "我看到沭阳的新闻，想问沭阳县2025年行政诉讼直接起诉和复议后起诉加起来多少件", "沭阳县2025年行政诉颂总数（直接起诉和复议后起诉合计）"]),
    ("so19-lit", C, (SO19, "T4", "cases", "review.total"), [
        "上海市政府办公厅２０１９年行政复议总计", "上海市人民政府办公厅二〇一九年被申请行政复议几件", "上海市府办公厅 行政复议 2019",
        "之前看过上海的年报，市政府办公厅2019年行政复议总计多少件", "上海市政府办工厅2019年行政复议总计"]),
]
