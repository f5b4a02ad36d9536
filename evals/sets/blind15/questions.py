# -*- coding: utf-8 -*-
"""Question references for set15 (blind helper). No typed numbers: every figure comes from gold via build.py.
Expression refs: ("cell", report, table, row, col); ("sum", [e...]); ("sub", a, b); ("pct", num, den);
("argmax", {label_number: e}) -> value is the label (e.g. a year)."""

def c(rep, t, row, col): return ("cell", rep, t, row, col)
def S(*es): return ("sum", list(es))
def t3(rep, row, col="total"): return c(rep, "T3", row, col)
def t4(rep, col): return c(rep, "T4", "cases", col)
def st(rep, row, col="this_year"): return c(rep, "stats", row, col)

PT = "pingtan_%d"
ITEMS = []
def C(q, rep, t, row, col, cls, note=None):
    ITEMS.append(dict(kind="cell", question=q, report=rep, ref=c(rep, t, row, col), cls=cls, note=note))
def D(q, rep, expr, unit, cls, decimals=None, note=None):
    ITEMS.append(dict(kind="derived", question=q, report=rep, ref=expr, unit=unit, cls=cls, decimals=decimals, note=note))
def N(q, rep, sub, cls):
    ITEMS.append(dict(kind="narrative", question=q, report=rep, substring=sub, cls=cls))
def U(q, rep, year, reason, cls, note=None):
    ITEMS.append(dict(kind="unanswerable", question=q, report=rep, year=year, reason=reason, cls=cls, note=note))
def A(q, cls, note):
    ITEMS.append(dict(kind="ambiguous", question=q, report=None, year=None, cls=cls, note=note))
def F(cls, *turns):
    ITEMS.append(dict(kind="followup", cls=cls, turns=list(turns)))
# turn helpers
def Tc(q, rep, t, row, col): return dict(kind="cell", question=q, report=rep, ref=c(rep, t, row, col))
def Td(q, rep, expr, unit): return dict(kind="derived", question=q, report=rep, ref=expr, unit=unit)
def Tu(q, rep, year, reason): return dict(kind="unanswerable", question=q, report=rep, year=year, reason=reason)

HK, HZ, HA = "hongkou-district_2021", "hongze-district_2023", "huaian-city_2024"
SO19, SO25, KW = "shanghai-municipal-office_2019", "shanghai-municipal-office_2025", "shanghai-stcsm_2024"
SY, FGJ = "shuyang-county_2025", "shuyang-fgj_2023"
PC = lambda y: "pingtan-county_%d" % y
P = lambda y: "pingtan_%d" % y

# ---------------- cell: T3 ----------------
C("虹口区政府2021年新收到的信息公开申请一共多少件", HK, "T3", "new_received", "total", "full-name-plain")
C("虹口2021年有多少申请是企业递交的？", HK, "T3", "new_received", "commercial_enterprise", "colloquial-column")
C("上海虹口区21年因为不掌握信息没法提供的申请有几件", HK, "T3", "unable_not_held", "total", "colloquial-row")
C("虹口区 2021 行政查询事项 不予公开", HK, "T3", "denied_admin_query", "total", "keyword-only")
C("虹口区2021年度有几件申请以危及三安全一稳定为由没公开？", HK, "T3", "denied_three_security_one_stability", "total", "colloquial-row")
C("请问虹口区人民政府2021年上年结转过来的申请数量是多少", HK, "T3", "carried_over_from_last_year", "total", "staff-exact")
C("淮安市政府2024年收到的公开申请里，自然人申请了多少件？", HA, "T3", "new_received", "natural_person", "short-body")
C("淮安市2024年法律服务机构提出的新申请多少", HA, "T3", "new_received", "legal_service_org", "applicant-column")
C("淮安24年全部予以公开的有多少件", HA, "T3", "granted", "total", "short-year")
C("淮安市人民政府2024年度部分公开件数（总计）", HA, "T3", "partially_granted", "total", "staff-exact")
C("淮安市2024年有多少申请因为要另外制作信息而无法提供", HA, "T3", "unable_needs_creation", "total", "colloquial-row")
C("2024年淮安市政府把多少件申请当作信访举报投诉不予处理了？", HA, "T3", "not_processed_petition_complaint", "total", "colloquial-row")
C("淮安市2024年重复申请不予处理的有几件", HA, "T3", "not_processed_duplicate", "total", "plain")
C("淮安2024 逾期不补正 不再处理 件数", HA, "T3", "other_no_correction_overdue", "total", "keyword-only")
C("淮安市政府2024年因为申请人没按时交费而不再处理的申请有多少", HA, "T3", "other_fee_unpaid_overdue", "total", "colloquial-row")
C("淮安市2024年结转到下一年继续办的申请有几件？", HA, "T3", "carried_to_next_year", "total", "plain")
C("2024年淮安市政府办理结果总计是多少件", HA, "T3", "results_total", "total", "plain")
C("淮安市2024年涉及过程性信息不予公开的有多少？", HA, "T3", "denied_process_info", "total", "colloquial-row")
C("淮安市2024年其他法律行政法规禁止公开的件数", HA, "T3", "denied_other_law", "total", "staff-exact")
C("淮按市2024年商业企业申请被予以公开的有多少件", HA, "T3", "granted", "commercial_enterprise", "typo")
C("我想查一下，淮安市去年也就是2024年，以“保护第三方合法权益”为由不公开的有几件", HA, "T3", "denied_third_party_rights", "total", "irrelevant-clause-first")
C("洪泽区2023年一共收到多少件政府信息公开申请", HZ, "T3", "new_received", "total", "short-body")
C("淮安市洪泽区政府2023年部分公开了几件", HZ, "T3", "partially_granted", "total", "city-run-into-name")
C("洪泽区2023年本机关不掌握相关信息的有多少件", HZ, "T3", "unable_not_held", "total", "plain")
C("洪泽2023年因属于行政执法案卷不予公开的申请数", HZ, "T3", "denied_enforcement_case_file", "total", "pdf-report")
C("洪泽区人民政府2023年有没有因为国家秘密不予公开的？有几件", HZ, "T3", "denied_state_secret", "total", "yes-no+number")
C("沭阳县2025年新收申请里自然人的有多少件", SY, "T3", "new_received", "natural_person", "short-body")
C("沭阳县政府2025年上一年结转来的申请数是多少", SY, "T3", "carried_over_from_last_year", "total", "plain")
C("沭阳县2025年予以公开的总数", SY, "T3", "granted", "total", "plain")
C("沭阳县人民政府2025年部分公开里法律服务机构的有几件", SY, "T3", "partially_granted", "legal_service_org", "applicant-column")
C("沭阳2025年属于三类内部事务信息不公开的有多少件", SY, "T3", "denied_internal_affairs", "total", "plain")
C("沭阳县2025年其他处理中“其他”这一项有多少件", SY, "T3", "other_other", "total", "staff-exact")
C("述阳县2025年有多少申请因申请人逾期未缴费被终止处理", SY, "T3", "other_fee_unpaid_overdue", "total", "typo")
C("沭阳县发改局2023年收到了多少件信息公开申请？", FGJ, "T3", "new_received", "total", "short-dept-name")
C("沭阳县发展和改革局2023年予以公开多少件", FGJ, "T3", "granted", "total", "html-report")
C("上海市科委2024年新收公开申请多少件", KW, "T3", "new_received", "total", "short-dept-name")
C("市科委24年上年结转申请数", KW, "T3", "carried_over_from_last_year", "total", "keyword-only")
C("上海市科学技术委员会2024年没有现成信息需另行制作的有几件", KW, "T3", "unable_needs_creation", "total", "plain")
C("上海市科委2024年逾期不补正而不再处理的申请是多少件", KW, "T3", "other_no_correction_overdue", "total", "plain")
C("上海市政府办公厅2025年新收申请里商业企业有多少", SO25, "T3", "new_received", "commercial_enterprise", "short-body")
C("上海市人民政府办公厅2025年本机关不掌握信息的答复有多少件", SO25, "T3", "unable_not_held", "total", "staff-exact")
C("上海市府办公厅2025年结转下年度继续办理的件数", SO25, "T3", "carried_to_next_year", "total", "short-body")
C("上海市政府办公厅2025年“其他处理—其他”有多少件？", SO25, "T3", "other_other", "total", "staff-exact")
C("上海市政府办公厅2025年要求提供公开出版物的申请有几件", SO25, "T3", "not_processed_publication", "total", "plain")
C("上海市政府办公厅2019年新收政府信息公开申请总数", SO19, "T3", "new_received", "total", "plain")
C("2019年上海市府办公厅自然人申请数量", SO19, "T3", "new_received", "natural_person", "year-first")
C("上海市人民政府办公厅2019年信访举报投诉类申请不予处理中自然人有几件", SO19, "T3", "not_processed_petition_complaint", "natural_person", "2019-format")
C("上海市政府办公厅2019年结转下年度继续办理多少件", SO19, "T3", "carried_to_next_year", "total", "plain")
C("平潭综合实验区2021年收到的公开申请总共多少件", P(2021), "T3", "new_received", "total", "full-name-plain")
C("平潭实验区2021年社会公益组织申请了几件", P(2021), "T3", "new_received", "social_welfare_org", "applicant-column")
C("平潭2022年的信息公开申请里不掌握信息的有多少件", P(2022), "T3", "unable_not_held", "total", "short-body")
C("平潭综合实验区2022年部分公开多少件", P(2022), "T3", "partially_granted", "total", "plain")
C("平潭实验区2023年新收申请数", P(2023), "T3", "new_received", "total", "keyword-only")
C("平潭综合实验区2023年予以公开了多少", P(2023), "T3", "granted", "total", "plain")
C("平潭2024年一共收到多少个政府信息公开申请", P(2024), "T3", "new_received", "total", "colloquial")
C("平潭综合实验区2024年属于三类内部事务信息不予公开的是多少件", P(2024), "T3", "denied_internal_affairs", "total", "plain")
C("平谭综合实验区2025年新收申请多少件", P(2025), "T3", "new_received", "total", "typo")
C("平潭2025年结转到下年度办理的申请是几件", P(2025), "T3", "carried_to_next_year", "total", "plain")
C("平潭综合实验区2019年新收到的申请多少件", P(2019), "T3", "new_received", "total", "2019-format")
C("平潭2019年补正后内容还是不明确的申请有几件", P(2019), "T3", "unable_unclear_after_correction", "total", "colloquial-row")
C("平潭综合实验区2020年其他处理有几件", P(2020), "T3", "other_processing", "total", "2019-format")
C("平潭实验区2020年其他组织提交的申请数", P(2020), "T3", "new_received", "other_org", "applicant-column")
# ---------------- cell: T4 ----------------
C("虹口区2021年因为信息公开被申请行政复议总共多少件", HK, "T4", "cases", "review.total", "T4-review")
C("虹口2021年复议后又起诉的官司有几件", HK, "T4", "cases", "litigation_after_review.total", "T4-colloquial")
C("淮安市政府2024年行政复议结果被纠正的有几件", HA, "T4", "cases", "review.corrected", "T4-review")
C("淮安2024年未经复议直接起诉的总数", HA, "T4", "cases", "litigation_direct.total", "T4-litigation")
C("淮安市2024年行政复议尚未审结的是多少件", HA, "T4", "cases", "review.pending", "T4-review")
C("淮安市2024年复议后起诉的案件里结果维持的有几件", HA, "T4", "cases", "litigation_after_review.maintained", "T4-litigation")
C("沭阳县2025年因政府信息公开被申请复议共多少件", SY, "T4", "cases", "review.total", "T4-review")
C("沭阳县政府2025年行政复议其他结果几件", SY, "T4", "cases", "review.other_result", "T4-review")
C("沭阳县2025年直接被告上法院（没经过复议）的有多少件", SY, "T4", "cases", "litigation_direct.total", "T4-colloquial")
C("上海市政府办公厅2025年行政复议维持了多少件", SO25, "T4", "cases", "review.maintained", "T4-review")
C("上海市政府办公厅2025年复议后起诉尚未审结的有几件", SO25, "T4", "cases", "litigation_after_review.pending", "T4-litigation")
C("上海市人民政府办公厅2019年行政复议总数", SO19, "T4", "cases", "review.total", "T4-review")
C("平潭综合实验区2024年复议后起诉的一共几件", P(2024), "T4", "cases", "litigation_after_review.total", "T4-litigation")
C("平潭2025年因信息公开被申请行政复议多少件", P(2025), "T4", "cases", "review.total", "T4-review")
C("平潭实验区2021年被直接起诉的行政诉讼有多少件", P(2021), "T4", "cases", "litigation_direct.total", "T4-litigation")
C("平潭2023年行政复议结果纠正的件数", P(2023), "T4", "cases", "review.corrected", "T4-review")
C("上海市科委2024年行政复议有几件", KW, "T4", "cases", "review.total", "T4-review")
C("沭阳县发改局2023年行政复议尚未审结的有几件", FGJ, "T4", "cases", "review.pending", "T4-review")
# ---------------- cell: T2 ----------------
C("淮安市政府2024年新制发的规章有几件", HA, "T2", "regulations", "issued", "T2")
C("淮安市2024年现行有效的行政规范性文件多少件", HA, "T2", "normative_documents", "valid", "T2")
C("淮安市2024年行政处罚决定有多少", HA, "T2", "administrative_penalty", "decisions", "T2")
C("淮安2024年行政事业性收费金额是多少万元", HA, "T2", "administrative_fees", "fee_amount", "T2-money")
C("洪泽区2023年行政许可处理决定数量", HZ, "T2", "administrative_licensing", "decisions", "T2")
C("洪泽区2023年废止了多少件行政规范性文件", HZ, "T2", "normative_documents", "repealed", "T2")
C("沭阳县2025年行政强制决定多少件", SY, "T2", "administrative_coercion", "decisions", "T2")
C("沭阳县政府2025年本年制发的规范性文件数量", SY, "T2", "normative_documents", "issued", "T2")
C("虹口区2021年行政许可决定有几件", HK, "T2", "administrative_licensing", "decisions", "T2")
C("平潭综合实验区2022年行政许可决定数", P(2022), "T2", "administrative_licensing", "decisions", "T2")
C("平潭2023年行政处罚处理决定多少件", P(2023), "T2", "administrative_penalty", "decisions", "T2")
C("平潭实验区2025年行政事业性收费（万元）", P(2025), "T2", "administrative_fees", "fee_amount", "T2-money")
C("上海市科委2024年行政许可处理了多少件", KW, "T2", "administrative_licensing", "decisions", "T2")
C("沭阳县发改局2023年现行有效规范性文件多少件", FGJ, "T2", "normative_documents", "valid", "T2-older-label")
C("上海市政府办公厅2019年主动公开的规章本年新制作数量", SO19, "T2", "regulations", "new_made", "T2-2019-format")
C("上海市政府办公厅2019年政府集中采购项目有几个", SO19, "T2", "centralized_procurement", "procurement_items", "T2-2019-format")
# ---------------- cell: pre-2019 stats ----------------
C("平潭县政府2012年主动公开信息有多少条", PC(2012), "stats", "proactive_total", "this_year", "pre2019")
C("平潭县2012年当面申请的有几条", PC(2012), "stats", "req_in_person", "this_year", "pre2019")
C("平潭县人民政府2013年网上申请数", PC(2013), "stats", "req_online", "this_year", "pre2019")
C("平潭县2013年主动公开信息历年累计多少条", PC(2013), "stats", "proactive_total", "cumulative", "pre2019-cumulative")
C("平潭县2011年通过网站公开了多少条信息", PC(2011), "stats", "proactive_website", "this_year", "pre2019")
C("平潭综合实验区2014年受理依申请公开总数", P(2014), "stats", "requests_total", "this_year", "pre2019")
C("平潭综合实验区管委会2014年主动公开文件数", P(2014), "stats", "proactive_total", "this_year", "pre2019")
C("平潭实验区2016年主动公开文件多少条", P(2016), "stats", "proactive_total", "this_year", "pre2019")
C("平潭综合实验区2018年政府网站公开数历年累计是多少", P(2018), "stats", "proactive_website", "cumulative", "pre2019-cumulative")
C("平潭综合实验区2013年统计表里主动公开信息数是多少条", P(2013), "stats", "proactive_total", "this_year", "pre2019",
  note="report text elsewhere states a different figure (4970); the 统计表 figure is asked")
C("平潭综合实验区2012年统计表中主动公开信息数", P(2012), "stats", "proactive_total", "this_year", "pre2019",
  note="text says 1913, table 739; question names the 统计表")
C("平潭综合实验区2011年政府公报公开了几条", P(2011), "stats", "proactive_gazette", "this_year", "pre2019")
C("平潭县2012年同意部分公开的答复有几条", PC(2012), "stats", "reply_partial", "this_year", "pre2019")
C("平潭县人民政府2012年否决公开答复数", PC(2012), "stats", "reply_refused", "this_year", "pre2019")

# ---------------- derived ----------------
def nond(rep): return S(*[t3(rep, r) for r in ["denied_state_secret","denied_other_law","denied_three_security_one_stability","denied_third_party_rights","denied_internal_affairs","denied_process_info","denied_enforcement_case_file","denied_admin_query"]])
def unable(rep): return S(*[t3(rep, r) for r in ["unable_not_held","unable_needs_creation","unable_unclear_after_correction"]])
def notproc(rep): return S(*[t3(rep, r) for r in ["not_processed_petition_complaint","not_processed_duplicate","not_processed_publication","not_processed_massive_repeated","not_processed_confirm_or_reissue"]])
def legal(rep, row="new_received"): return S(*[t3(rep, row, k) for k in ["commercial_enterprise","research_institution","social_welfare_org","legal_service_org","other_org"]])
D("淮安市2024年不予公开的申请加起来一共多少件（八种情形合计）", HA, nond(HA), "件", "sum-group")
D("淮安市政府2024年“无法提供”三类加总是多少", HA, unable(HA), "件", "sum-group")
D("淮安市2024年不予处理的五类合计多少件", HA, notproc(HA), "件", "sum-group")
D("淮安2024年法人或其他组织一共新提交了多少申请", HA, legal(HA), "件", "sum-columns")
D("淮安市2024年行政诉讼一共多少件（直接起诉加复议后起诉）", HA, S(t4(HA,"litigation_direct.total"), t4(HA,"litigation_after_review.total")), "件", "sum-T4")
D("淮安市2024年予以公开比部分公开多几件", HA, ("sub", t3(HA,"granted"), t3(HA,"partially_granted")), "件", "difference")
D("淮安市2024年予以公开占办理结果总计的百分比是多少（保留两位小数）", HA, ("pct", t3(HA,"granted"), t3(HA,"results_total")), "%", "share", decimals=2)
D("沭阳县2025年不予公开一共多少件", SY, nond(SY), "件", "sum-group")
D("沭阳县2025年新收申请中自然人占比多少？按百分比保留一位小数", SY, ("pct", t3(SY,"new_received","natural_person"), t3(SY,"new_received")), "%", "share", decimals=1)
D("沭阳县2025年行政复议和行政诉讼加起来一共多少件", SY, S(t4(SY,"review.total"), t4(SY,"litigation_direct.total"), t4(SY,"litigation_after_review.total")), "件", "sum-T4")
D("沭阳县2025年新收申请比淮安市2024年少多少件", None, ("sub", t3(HA,"new_received"), t3(SY,"new_received")), "件", "cross-body-diff")
D("平潭综合实验区2022年新收申请比2021年多了几件", P(2022), ("sub", t3(P(2022),"new_received"), t3(P(2021),"new_received")), "件", "yoy")
D("平潭2024年新收的申请比2023年增加了多少", P(2024), ("sub", t3(P(2024),"new_received"), t3(P(2023),"new_received")), "件", "yoy")
D("平潭实验区2025年比2024年新收申请减少了多少件", P(2025), ("sub", t3(P(2024),"new_received"), t3(P(2025),"new_received")), "件", "yoy")
D("平潭综合实验区2019到2025年哪一年新收申请最多？", None, ("argmax", {y: t3(P(y),"new_received") for y in range(2019,2026)}), "年", "ranking")
D("平潭2021至2025年哪一年行政复议最多", None, ("argmax", {y: t4(P(y),"review.total") for y in range(2021,2026)}), "年", "ranking")
D("平潭综合实验区2023年行政许可决定比2022年少了多少", P(2023), ("sub", c(P(2022),"T2","administrative_licensing","decisions"), c(P(2023),"T2","administrative_licensing","decisions")), "件", "yoy-T2")
D("平潭2024年无法提供的申请合计多少件", P(2024), unable(P(2024)), "件", "sum-group")
D("平潭综合实验区2025年不予公开总共几件", P(2025), nond(P(2025)), "件", "sum-group")
D("上海市政府办公厅2025年新收的加上年结转的一共多少件", SO25, S(t3(SO25,"new_received"), t3(SO25,"carried_over_from_last_year")), "件", "sum-rows")
D("上海市政府办公厅2025年新收申请比2019年多了多少件", SO25, ("sub", t3(SO25,"new_received"), t3(SO19,"new_received")), "件", "yoy-multi-year")
D("上海市府办2025年不予处理的合计", SO25, notproc(SO25), "件", "sum-group")
D("虹口区2021年无法提供的总共多少", HK, unable(HK), "件", "sum-group")
D("虹口区2021年行政复议和行政诉讼合计多少件", HK, S(t4(HK,"review.total"), t4(HK,"litigation_direct.total"), t4(HK,"litigation_after_review.total")), "件", "sum-T4")
D("上海市科委2024年予以公开占新收申请的比例（%，保留两位小数）", KW, ("pct", t3(KW,"granted"), t3(KW,"new_received")), "%", "share", decimals=2)
D("洪泽区2023年不予公开加起来多少件", HZ, nond(HZ), "件", "sum-group")
D("洪泽区2023年行政处罚决定比行政许可多多少", HZ, ("sub", c(HZ,"T2","administrative_penalty","decisions"), c(HZ,"T2","administrative_licensing","decisions")), "件", "difference-T2")
D("平潭县2013年主动公开信息比2012年少了多少条", PC(2013), ("sub", st(PC(2012),"proactive_total"), st(PC(2013),"proactive_total")), "条", "pre2019-yoy")
D("平潭县2012年受理的申请里当面和电子邮件申请一共多少条", PC(2012), S(st(PC(2012),"req_in_person"), st(PC(2012),"req_email")), "条", "pre2019-sum")
D("平潭综合实验区2016年主动公开文件数比2014年多多少条", P(2016), ("sub", st(P(2016),"proactive_total"), st(P(2014),"proactive_total")), "条", "pre2019-yoy")
D("沭阳县2025年办理结果总计比新收申请多几件", SY, ("sub", t3(SY,"results_total"), t3(SY,"new_received")), "件", "difference")
D("淮安市2024年结转下年度的件数是上年结转的几倍？保留两位小数", HA, ("ratio", t3(HA,"carried_to_next_year"), t3(HA,"carried_over_from_last_year")), "倍", "ratio", decimals=2)

# ---------------- narrative ----------------
N("虹口区政府办公室的地址在哪", HK, "飞虹路 518 号", "contact-address")
N("虹口区政府信息公开有问题打什么电话", HK, "021—25658888", "contact-phone")
N("虹口区2021年开展新进公务员政务公开通识培训几次", HK, "开展新进公务员政务公开通识培训2次", "training-count")
N("虹口区2021年收没收信息处理费", HK, "区政府未收取政府信息公开信息处理费", "fee-prose")
N("淮安市人民政府办公室联系电话", HA, "0517-83605210", "contact-phone")
N("淮安市政府2024年收取信息处理费多少钱", HA, "全年收取政府信息公开信息处理费 3940 元", "fee-prose")
N("淮安2024年开了多少场新闻发布会？", HA, "等新闻发布会 12 场", "prose-count")
N("淮安市政府办公室的电子邮箱是什么", HA, "hazwgkc@163.com", "contact-email")
N("洪泽区政府办公室电话多少", HZ, "0517-87222589", "contact-phone")
N("洪泽区信息公开的联系邮箱", HZ, "hzzwgk@126.com", "contact-email")
N("洪泽区2023年信息发布实行什么审校制度", HZ, "落实 “三审三校”制度", "measure")
N("洪泽区2023年政府信息公开存在哪些问题", HZ, "依申请公开工作规范性还有待提", "problem")
N("沭阳县发改局的办公地址", FGJ, "沭阳县沭城街道苏州东路42号", "contact-address")
N("沭阳县发展和改革局联系电话", FGJ, "0527—83593059", "contact-phone")
N("沭阳县发改局2023年一共发布多少条政府信息", FGJ, "全年共审核发布各类公开政府信息249条", "prose-count")
N("沭阳发改局2023年人大建议政协提案满意率", FGJ, "办理满意率为100%", "prose-figure")
N("沭阳县2025年收了多少信息处理费", SY, "收取信息处理费共计380元", "fee-prose")
N("沭阳县2025年通过县政府网站主动公开了多少条信息", SY, "主动公开政府信息4511条", "prose-count")
N("沭阳县2025年发出多少次催办提示", SY, "全年发出催办提示 84 次", "prose-count")
N("平潭县政府办公室地址在哪里（2012年报告）", PC(2012), "平潭县翠园南路10号", "contact-address-pre2019")
N("2011年平潭县政府信息公开的传真号码", PC(2011), "传真：24336410", "contact-fax-pre2019")
N("平潭综合实验区2016年报告里的联系地址", P(2016), "平潭综合实验区北厝镇竹屿口现场指挥部", "contact-address-pre2019")
N("平潭2018年各部门开设了多少个新媒体", P(2018), "我区各部门共开设新媒体数量70个", "prose-count-pre2019")
N("平潭2014年信息公开办公室电子邮箱", P(2014), "pzxxgkb@163.com", "contact-email-pre2019")
N("平潭综合实验区2020年信息公开电话", P(2020), "0591-23165370", "contact-phone")
N("平潭2022年报告的联系电话是多少", P(2022), "0591-23165385", "contact-phone")
N("平潭综合实验区2023年发布了多少篇政策解读", P(2023), "全年发布政策解读117篇", "prose-count")
N("平潭2024年关停注销了几个政务新媒体", P(2024), "对5个发挥作用不明显、基层无力维护的政务新媒体予以关停注销", "measure")
N("平潭2025年“平潭发布”公众号发布了多少条信息", P(2025), "通过“平潭发布”公众号发布信息672条", "platform")
N("平潭2021年存在的主要问题是什么", P(2021), "政策解读形式不够丰富", "problem")
N("上海市政府办公厅2019年通过门户网站发布了多少件政策解读", SO19, "通过“中国上海”门户网站发布政策解读共132件", "prose-count")
N("上海市政府办公厅2025年召开了多少场市政府新闻发布会", SO25, "召开市政府新闻发布会 42 场", "prose-count")
N("上海市科委2024年“上海科技”公众号编发了多少篇文章", KW, "“上海科技”微信公众号共编发文章 1640 篇", "platform")
N("上海市科委2024年有没有收信息公开费用", KW, "市科委未发生政府信息公开收费事项", "fee-prose")

# ---------------- unanswerable ----------------
U("虹口区教育局2021年收到多少信息公开申请", None, 2021, "body_not_indexed", "dept-of-indexed-district")
U("上海市黄浦区人民政府2022年新收申请数", None, 2022, "body_not_indexed", "neighbouring-district")
U("杨浦区2021年政府信息公开申请多少件", None, 2021, "body_not_indexed", "neighbouring-district")
U("淮安市淮阴区政府2024年新收了多少申请", None, 2024, "body_not_indexed", "district-of-indexed-city")
U("淮安市发改委2024年行政复议多少件", None, 2024, "body_not_indexed", "dept-of-indexed-city")
U("沭阳县教育局2025年收到几件公开申请", None, 2025, "body_not_indexed", "dept-of-indexed-county")
U("宿迁市政府2025年新收申请总数", None, 2025, "body_not_indexed", "parent-city-of-indexed-county")
U("泗阳县2025年予以公开的有多少件", None, 2025, "body_not_indexed", "neighbouring-county")
U("上海市经信委2024年新收申请数", None, 2024, "body_not_indexed", "sibling-dept")
U("北京市科委2024年收到多少件信息公开申请", None, 2024, "body_not_indexed", "same-dept-other-province")
U("福州市人民政府2023年信息公开申请数", None, 2023, "body_not_indexed", "same-province-other-body")
U("平潭综合实验区地方税务局2013年主动公开多少条信息", None, 2013, "body_not_indexed", "dept-of-indexed-body")
U("洪泽区发改委2023年收到几件申请", None, 2023, "body_not_indexed", "dept-of-indexed-district")
U("平潭综合实验区2015年主动公开文件数", None, 2015, "year_not_indexed", "year-gap")
U("平潭2017年受理多少依申请公开", None, 2017, "year_not_indexed", "year-gap")
U("虹口区2022年新收政府信息公开申请多少件", None, 2022, "year_not_indexed", "other-year")
U("淮安市政府2023年行政复议数量", None, 2023, "year_not_indexed", "other-year")
U("淮安市2025年新收申请多少件", None, 2025, "year_not_indexed", "other-year")
U("沭阳县政府2024年新收申请多少", None, 2024, "year_not_indexed", "other-year")
U("上海市科委2023年予以公开多少件", None, 2023, "year_not_indexed", "other-year")
U("洪泽区二〇二四年收到的信息公开申请", None, 2024, "year_not_indexed", "chinese-numeral-year")
U("沭阳县发改局2024年信息公开申请数", None, 2024, "year_not_indexed", "other-year")
U("平潭综合实验区2023年政务公开工作预算是多少钱", P(2023), 2023, "no_such_figure", "budget")
U("淮安市政府办公室有多少个专职做信息公开的工作人员", HA, 2024, "no_such_figure", "staff-count")
U("虹口区政府网站2021年访问量是多少", HK, 2021, "no_such_figure", "visitors")
U("沭阳县2025年依申请公开平均多少天答复", SY, 2025, "no_such_figure", "avg-days")
U("上海市政府办公厅2025年申请人里女性有多少", SO25, 2025, "no_such_figure", "gender")
U("平潭综合实验区2019年的行政事业性收费金额是多少万元", P(2019), 2019, "not_in_this_format", "2021-row-in-2019-report",
  note="2019 trial format T2（八）counts fee items, not an amount")
U("平潭2020年因申请人逾期不补正而不再处理的有几件", P(2020), 2020, "not_in_this_format", "2021-subrow-in-2019-report",
  note="2019 trial T3 has only a single （六）其他处理 row")
U("淮安市2024年政府集中采购总金额多少", HA, 2024, "not_in_this_format", "2019-row-in-2021-report")
U("平潭综合实验区2022年其他对外管理服务事项处理决定数", P(2022), 2022, "not_in_this_format", "2019-row-in-2021-report")
U("上海市政府办公厅2019年本年废止的规范性文件有几件", SO19, 2019, "not_in_this_format", "2021-column-in-2019-report")
U("平潭2016年行政复议结果纠正了几件", P(2016), 2016, "not_in_this_format", "2021-column-in-pre2019-report")
U("洪泽区2023年申请人逾期未缴费不再处理的有几件", HZ, 2023, "not_in_this_format", "subrow-not-printed",
  note="洪泽 2023 prints （六）其他处理 as one row without sub-rows")

# ---------------- ambiguous ----------------
A("今年新收了多少件政府信息公开申请？", "no-body-no-year", "no body and no year; many bodies in corpus")
A("平潭2012年主动公开了多少条信息", "two-bodies-same-name", "平潭县人民政府 and 平潭综合实验区 both have 2012 reports with different figures")

A("上海市政府办公厅行政复议有多少件", "no-year-two-reports", "2019 and 2025 reports both indexed")
A("区政府予以公开了多少件", "generic-body", "several district governments (虹口, 洪泽) in corpus, no year")
A("平潭2013年依申请公开多少条", "two-bodies-same-name", "平潭县 2013 and 平潭综合实验区 2013 differ")

# ---------------- follow-ups ----------------
F("change-column", Tc("淮安市2024年新收申请总数多少？", HA, "T3", "new_received", "total"),
  Tc("其中自然人多少", HA, "T3", "new_received", "natural_person"),
  Tc("法律服务机构呢", HA, "T3", "new_received", "legal_service_org"))
F("change-year", Tc("平潭综合实验区2022年新收申请多少件", P(2022), "T3", "new_received", "total"),
  Tc("那2023年呢？", P(2023), "T3", "new_received", "total"),
  Tc("2024年的呢", P(2024), "T3", "new_received", "total"))
F("change-table", Tc("沭阳县2025年予以公开多少件", SY, "T3", "granted", "total"),
  Tc("复议那块呢，总共多少", SY, "T4", "cases", "review.total"),
  Tc("直接起诉的呢", SY, "T4", "cases", "litigation_direct.total"))
F("change-body", Tc("虹口区2021年行政复议总计多少", HK, "T4", "cases", "review.total"),
  Tc("平潭实验区同一年呢", P(2021), "T4", "cases", "review.total"))
F("after-unanswerable", Tu("虹口区2023年新收申请多少件", None, 2023, "year_not_indexed"),
  Tc("那2021年的呢", HK, "T3", "new_received", "total"))
F("after-unanswerable", Tu("淮安市教育局2024年收到多少申请", None, 2024, "body_not_indexed"),
  Tc("那淮安市政府呢", HA, "T3", "new_received", "total"),
  Tc("部分公开呢", HA, "T3", "partially_granted", "total"))
F("change-row", Tc("上海市政府办公厅2025年不掌握信息的有几件", SO25, "T3", "unable_not_held", "total"),
  Tc("需要另行制作的呢", SO25, "T3", "unable_needs_creation", "total"),
  Td("这两项加起来多少", SO25, S(t3(SO25,"unable_not_held"), t3(SO25,"unable_needs_creation")), "件"))
F("change-year-pre2019", Tc("平潭县2012年主动公开信息多少条", PC(2012), "stats", "proactive_total", "this_year"),
  Tc("2013年呢", PC(2013), "stats", "proactive_total", "this_year"))
F("change-column-T4", Tc("平潭2024年复议后起诉的维持有几件", P(2024), "T4", "cases", "litigation_after_review.maintained"),
  Tc("其他结果呢", P(2024), "T4", "cases", "litigation_after_review.other_result"),
  Tc("行政复议总数呢", P(2024), "T4", "cases", "review.total"))
F("change-body-dept", Tc("上海市科委2024年新收申请多少", KW, "T3", "new_received", "total"),
  Tu("那市教委呢", None, 2024, "body_not_indexed"))
F("yoy-followup", Tc("洪泽区2023年行政许可决定多少件", HZ, "T2", "administrative_licensing", "decisions"),
  Tc("行政处罚呢", HZ, "T2", "administrative_penalty", "decisions"),
  Tc("行政强制呢", HZ, "T2", "administrative_coercion", "decisions"))
F("change-year-2019fmt", Tc("平潭2020年新收申请多少件", P(2020), "T3", "new_received", "total"),
  Tc("2019年呢", P(2019), "T3", "new_received", "total"),
  Td("两年相差几件", P(2020), ("sub", t3(P(2019),"new_received"), t3(P(2020),"new_received")), "件"))
F("after-unanswerable-format", Tu("上海市政府办公厅2019年行政事业性收费金额是多少万元", SO19, 2019, "not_in_this_format"),
  Tc("那2025年呢", SO25, "T2", "administrative_fees", "fee_amount"))
F("change-column", Tc("沭阳县2025年新收申请中商业企业几件", SY, "T3", "new_received", "commercial_enterprise"),
  Tc("法律服务机构呢", SY, "T3", "new_received", "legal_service_org"))
F("change-row", Tc("平潭综合实验区2025年予以公开多少", P(2025), "T3", "granted", "total"),
  Tc("部分公开呢", P(2025), "T3", "partially_granted", "total"),
  Tc("结转下年的呢", P(2025), "T3", "carried_to_next_year", "total"))
F("after-unanswerable-body", Tu("沭阳县住建局2025年收到多少公开申请", None, 2025, "body_not_indexed"),
  Tc("县政府的呢", SY, "T3", "new_received", "total"))
F("change-body-city", Tc("洪泽区2023年新收申请多少件", HZ, "T3", "new_received", "total"),
  Tu("淮安市同年的呢", None, 2023, "year_not_indexed"),
  Tc("那淮安市2024年的呢", HA, "T3", "new_received", "total"))
F("change-year", Tc("平潭2016年主动公开文件数是多少", P(2016), "stats", "proactive_total", "this_year"),
  Tc("2018年呢", P(2018), "stats", "proactive_total", "this_year"))
F("change-column-T4", Tc("淮安市2024年行政复议维持几件", HA, "T4", "cases", "review.maintained"),
  Tc("尚未审结的呢", HA, "T4", "cases", "review.pending"))
F("change-row", Tc("虹口区2021年予以公开几件", HK, "T3", "granted", "total"),
  Tc("需要另行制作无法提供的呢", HK, "T3", "unable_needs_creation", "total"))

# ---------------- paraphrase groups (5 each) ----------------
PARA = []
def G(gid, rep, ref, kind, qs, cls_list, unit=None):
    for q, cl in zip(qs, cls_list):
        PARA.append(dict(group=gid, kind=kind, question=q, report=rep, ref=ref, unit=unit, cls=cl))
STD = ["plain", "fullwidth-digits", "chinese-numeral-year", "keyword-only", "typo"]
G("p01", HA, t3(HA,"new_received"), "cell", [
  "淮安市政府2024年新收了多少件信息公开申请？", "淮安市２０２４年新收政府信息公开申请数量是多少", "二〇二四年淮安市政府收到的公开申请有多少件",
  "淮安 新收申请 2024", "淮安市政俯2024年新收申请多少件"], STD)
G("p02", SY, t3(SY,"granted"), "cell", [
  "沭阳县2025年予以公开的申请有几件", "沭阳县２０２５年全部公开的申请多少件", "沭阳县政府二零二五年予以公开多少件",
  "沭阳 予以公开 2025", "沭阳县2025年予以工开多少件"], STD)
G("p03", HK, t4(HK,"review.total"), "cell", [
  "虹口区2021年行政复议一共几件", "虹口区２０２１年被申请行政复议多少件", "虹口区二〇二一年因信息公开被复议的总数",
  "虹口 行政复议 总计 2021", "虹口区2021年行政复义总计多少"], STD)
G("p04", P(2024), t3(P(2024),"unable_not_held"), "cell", [
  "平潭综合实验区2024年本机关不掌握相关信息的有几件", "平潭２０２４年因为不掌握信息没法提供的有多少", "平潭实验区二〇二四年不掌握相关政府信息的件数",
  "平潭 不掌握 2024", "平谭2024年本机关不掌握相关政府信息多少件"], STD)
G("p05", SO25, t3(SO25,"carried_over_from_last_year"), "cell", [
  "上海市政府办公厅2025年上年结转的申请有多少件", "上海市政府办公厅２０２５年从上一年转过来的申请数", "上海市人民政府办公厅二零二五年上年结转多少",
  "上海市府办 上年结转 2025", "上海市政府办公厅2025年上年结砖申请多少件"], STD)
G("p06", KW, c(KW,"T2","normative_documents","issued"), "cell", [
  "上海市科委2024年制发了几件行政规范性文件", "市科委２０２４年本年制发规范性文件件数", "上海市科学技术委员会二〇二四年新发的规范性文件有多少",
  "市科委 规范性文件 制发 2024", "上海市科委2024年本年制发行政规范性文建几件"], STD)
G("p07", HZ, t3(HZ,"unable_needs_creation"), "cell", [
  "洪泽区2023年没有现成信息需要另行制作的申请几件", "洪泽区２０２３年需要另外制作所以无法提供的有多少", "洪泽区二〇二三年没有现成信息需另行制作的件数",
  "洪泽 另行制作 2023", "洪泽区2023年没有现成信息需要另行制做的有几件"], STD)
G("p08", P(2021), c(P(2021),"T2","administrative_penalty","decisions"), "cell", [
  "平潭综合实验区2021年行政处罚决定数量是多少", "平潭２０２１年行政处罚处理决定有几件", "平潭实验区二零二一年作出多少行政处罚决定",
  "平潭 行政处罚 2021", "平潭2021年行政出罚决定多少"], STD)
G("p09", PC(2013), st(PC(2013),"requests_total"), "cell", [
  "平潭县2013年受理的依申请公开总数是多少", "平潭县２０１３年受理依申请公开信息多少条", "平潭县人民政府二〇一三年一共受理了多少依申请公开",
  "平潭县 受理依申请公开 2013", "平潭县2013年受里依申请公开信息总数"], STD)
G("p10", HA, t4(HA,"review.total"), "cell", [
  "淮安市2024年因信息公开被申请复议的总数是多少", "淮安市２０２４年行政复议总计", "二〇二四年淮安市政府行政复议一共多少件",
  "淮安 行政复议 2024", "淮安市2024年行政复议总记多少件"], STD)
G("p11", SY, nond(SY), "derived", [
  "沭阳县2025年不予公开八种情形加起来一共多少件", "沭阳县２０２５年不予公开合计几件", "沭阳县二〇二五年被拒绝公开的申请总共多少",
  "沭阳 不予公开 合计 2025", "沭阳县2025年不于公开一共多少件"], STD, unit="件")
G("p12", P(2023), ("sub", t3(P(2023),"new_received"), t3(P(2022),"new_received")), "derived", [
  "平潭综合实验区2023年新收申请比2022年多了几件", "平潭２０２３年比２０２２年新收申请增加多少", "平潭实验区二〇二三年新收申请较二〇二二年多多少",
  "平潭 新收申请 2023比2022 增加", "平潭2023年新收申请比2022年曾加了多少"], STD, unit="件")
G("p13", HA, legal(HA), "derived", [
  "淮安市2024年法人和其他组织新申请一共多少件", "淮安市２０２４年法人或其他组织提交的新申请合计", "二零二四年淮安市政府收到单位（法人或其他组织）的申请多少",
  "淮安 法人或其他组织 新收 2024", "淮安市2024年法人或其它组织新收申请多少"], STD, unit="件")
G("p14", FGJ, t3(FGJ,"new_received"), "cell", [
  "沭阳县发改局2023年新收信息公开申请几件", "沭阳县发展和改革局２０２３年新收申请数量", "沭阳县发改局二〇二三年收到多少公开申请",
  "沭阳发改局 新收申请 2023", "沭阳县发该局2023年新收申请多少件"], STD)
G("p15", SO19, t3(SO19,"results_total"), "cell", [
  "上海市政府办公厅2019年办理结果总计多少件", "上海市政府办公厅２０１９年办理结果总计", "上海市人民政府办公厅二〇一九年一共办结了多少申请（总计）",
  "上海市府办 办理结果总计 2019", "上海市政府办公厅2019年办理结果总汁"], STD)
G("p16", P(2025), t4(P(2025),"review.maintained"), "cell", [
  "平潭综合实验区2025年行政复议结果维持的有几件", "平潭２０２５年复议维持多少件", "平潭实验区二〇二五年行政复议维持件数",
  "平潭 复议 维持 2025", "平潭2025年行政复议结果维特几件"], STD)
