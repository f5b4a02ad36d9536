# -*- coding: utf-8 -*-
"""Question specs of the x9 cross-report set. References only; no typed expected numbers.
build.py turns these into set.jsonl by reading the gold cells."""

def C(t, r, c):
    return {"op": "cell", "t": t, "r": r, "c": c}

def SUM(*a):
    return {"op": "sum", "args": list(a)}

def PCT(num, den, dec=2):
    return {"op": "pct", "num": num, "den": den, "dec": dec}

T3_COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
           "legal_service_org", "other_org", "total"]
LEGAL = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]
DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]

# mappings of legacy 统计表 rows onto national-format cells (my judgement, see NOTES.md)
PRE_REQ = {"pre_2019": ("stats", "requests_total", "this_year")}     # 受理依申请公开信息总数 ~ 本年新收申请 总计
PRE_REVIEW = {"pre_2019": ("stats", "admin_review", "this_year")}    # 行政复议数 ~ T4 行政复议 总计

Q = []
def add(**k):
    Q.append(k)

# ------------------------------------------------------------------ series
S = lambda id, cls, q, body, t, r, c, span=None, pick=None, map=None, note=None: add(
    kind="series", id=id, cls=cls, question=q, body=body, t=t, r=r, c=c, span=span, pick=pick, map=map, note=note)

S("x9-s01", "all-years+legacy-mapping", "平潭综合实验区历年收到的政府信息公开申请分别是多少件？", "pingtan", "T3", "new_received", "total",
  map=PRE_REQ, note="no span: every indexed year; pre-2019 years read from 统计表 '受理依申请公开信息总数' (本年度) as the same quantity")
S("x9-s02", "which-year-max", "平潭2019到2025年哪一年依申请公开的申请最多？每年各多少", "pingtan", "T3", "new_received", "total", span=[2019, 2025], pick="max")
S("x9-s03", "colloquial-column+sum", "近五年平潭实验区老百姓个人一共递了多少份信息公开申请？2021-2025加起来", "pingtan", "T3", "new_received", "natural_person", span=[2021, 2025], pick="sum")
S("x9-s04", "applicant-column", "平潭综合实验区2019至2025每年企业（商业企业）提的公开申请有几件", "pingtan", "T3", "new_received", "commercial_enterprise", span=[2019, 2025], pick="sum")
S("x9-s05", "result-row-trend", "平潭这几年（2019—2025）同意公开的申请数量变化趋势", "pingtan", "T3", "granted", "total", span=[2019, 2025])
S("x9-s06", "partial-grant+max", "部分公开 平潭 2020~2024 每年 哪年最多", "pingtan", "T3", "partially_granted", "total", span=[2020, 2024], pick="max")
S("x9-s07", "description-not-label", "平潭管委会每年有多少申请是因为手里没有这个信息没法提供的？2019年到2025年，哪年最多", "pingtan", "T3", "unable_not_held", "total", span=[2019, 2025], pick="max")
S("x9-s08", "fullwidth-digits", "平潭综合实验区２０２１到２０２５年属于三类内部事务信息不予公开的分别多少件，哪一年最多", "pingtan", "T3", "denied_internal_affairs", "total", span=[2021, 2025], pick="max")
S("x9-s09", "sum-over-years", "平潭实验区2021年至2025年办理结果总计一共多少件", "pingtan", "T3", "results_total", "total", span=[2021, 2025], pick="sum")
S("x9-s10", "carried-forward-series", "平潭每年结转到下一年继续办的申请有多少（2019-2025）", "pingtan", "T3", "carried_to_next_year", "total", span=[2019, 2025])
S("x9-s11", "chinese-numeral-span", "平潭综合实验区二〇二一年到二〇二五年每年上年结转过来的申请数", "pingtan", "T3", "carried_over_from_last_year", "total", span=[2021, 2025])
S("x9-s12", "typo-term", "平潭2019到2025年因为重复申情不予处理的一共多少件", "pingtan", "T3", "not_processed_duplicate", "total", span=[2019, 2025], pick="sum")
S("x9-s13", "other-format-row-in-span", "平潭2019—2025年每年有多少申请是申请人逾期不补正、机关不再处理的？", "pingtan", "T3", "other_no_correction_overdue", "total", span=[2019, 2025],
  note="2019/2020 (trial format) print （六）其他处理 as one row without sub-rows: not comparable")
S("x9-s14", "result-row", "补正后申请内容仍不明确的 平潭 2019年到2022年 逐年", "pingtan", "T3", "unable_unclear_after_correction", "total", span=[2019, 2022])
S("x9-s15", "colloquial-row", "平潭实验区近五年因为是行政执法案卷被拒绝公开的申请每年几件？", "pingtan", "T3", "denied_enforcement_case_file", "total", span=[2021, 2025])
S("x9-s16", "colloquial-row+max", "平潭从2019年到2025年，以涉及国家秘密为由不公开的有多少件？哪年最多", "pingtan", "T3", "denied_state_secret", "total", span=[2019, 2025], pick="max")
S("x9-s17", "applicant-column-other", "平潭2019-2025年“其他”类法人或其他组织新提交的申请各几件，哪年最多？", "pingtan", "T3", "new_received", "other_org", span=[2019, 2025], pick="max")
S("x9-s18", "applicant-column", "平潭综合实验区2019到2025年社会公益组织新申请数", "pingtan", "T3", "new_received", "social_welfare_org", span=[2019, 2025])
S("x9-s19", "irrelevant-clause-first", "我在写一篇关于海岛治理的论文，想看平潭2022、2023、2024三年自然人那一列办理结果总计各是多少", "pingtan", "T3", "results_total", "natural_person", span=[2022, 2024])
S("x9-s20", "all-years+legacy-mapping", "平潭综合实验区每年因为信息公开被申请行政复议多少起？哪年最多", "pingtan", "T4", "cases", "review.total",
  pick="max", map=PRE_REVIEW, note="no span: every indexed year; pre-2019 years read from 统计表 '行政复议数' (本年度). pingtan_2013 prose mentions 1 复议申请 while its table prints 0; gold = table")
S("x9-s21", "T4-subcolumn+sum", "平潭2021至2025年行政复议结果维持的合计几件", "pingtan", "T4", "cases", "review.maintained", span=[2021, 2025], pick="sum")
S("x9-s22", "T4-colloquial", "平潭这几年复议被纠错的有多少 2019-2025 加起来", "pingtan", "T4", "cases", "review.corrected", span=[2019, 2025], pick="sum")
S("x9-s23", "T4-litigation-direct+max", "平潭实验区2019到2025年没经过复议直接被告上法院的信息公开案子每年多少，哪年最多", "pingtan", "T4", "cases", "litigation_direct.total", span=[2019, 2025], pick="max")
S("x9-s24", "T4-after-review+max", "复议后起诉 总计 平潭 2021-2025 哪年最多", "pingtan", "T4", "cases", "litigation_after_review.total", span=[2021, 2025], pick="max")
S("x9-s25", "T4-pending", "平潭综合实验区2021到2025年直接起诉的行政诉讼中尚未审结的各几件", "pingtan", "T4", "cases", "litigation_direct.pending", span=[2021, 2025])
S("x9-s26", "T4-other-result", "平潭2022年到2025年行政复议“其他结果”每年多少", "pingtan", "T4", "cases", "review.other_result", span=[2022, 2025])
S("x9-s27", "T2-licensing+max", "平潭近五年行政许可处理决定数量，哪年最高？", "pingtan", "T2", "administrative_licensing", "decisions", span=[2021, 2025], pick="max",
  note="近五年 = 2021–2025 (newest report 2025)")
S("x9-s28", "T2-penalty+min", "平潭综合实验区2021—2025年行政处罚决定数分别是多少，哪年最少", "pingtan", "T2", "administrative_penalty", "decisions", span=[2021, 2025], pick="min")
S("x9-s29", "T2-coercion+min", "平潭行政强制 2021到2025 每年多少 最少是哪年", "pingtan", "T2", "administrative_coercion", "decisions", span=[2021, 2025], pick="min")
S("x9-s30", "T2-fee-all-years", "平潭综合实验区历年行政事业性收费金额是多少万元？哪年最多", "pingtan", "T2", "administrative_fees", "fee_amount", pick="max",
  note="no span: every indexed year; the 万元 amount exists only in the 2021 format (2019/2020 count fee items; pre-2019 has no such row)")
S("x9-s31", "T2-fee+min", "2022到2024年平潭行政事业性收费哪一年最少？", "pingtan", "T2", "administrative_fees", "fee_amount", span=[2022, 2024], pick="min")
S("x9-s32", "legacy-stats+gap", "平潭综合实验区2011年到2018年每年主动公开信息多少条，哪年最多", "pingtan", "stats", "proactive_total", "this_year", span=[2011, 2018], pick="max",
  note="gold = 统计表 as printed; pingtan_2012 and pingtan_2013 prose give other totals (1913 / 4970) than their tables (739 / 72804)")
S("x9-s33", "legacy-row-all-years", "平潭实验区每年主动公开文件数是多少条", "pingtan", "stats", "proactive_total", "this_year",
  note="no span: every indexed year; the 2019+ formats have no total count of proactively published items: not comparable")
S("x9-s34", "legacy-stats+sum", "平潭综合实验区2011-2018年受理依申请公开信息总数加起来多少", "pingtan", "stats", "requests_total", "this_year", span=[2011, 2018], pick="sum")
S("x9-s35", "legacy-cumulative", "平潭2011到2014年统计表里主动公开信息的历年累计数分别是多少", "pingtan", "stats", "proactive_total", "cumulative", span=[2011, 2014])
S("x9-s36", "county-legacy+sum", "平潭县政府2011、2012、2013三年主动公开信息数加起来是多少条", "pingtan-county", "stats", "proactive_total", "this_year", span=[2011, 2013], pick="sum")
S("x9-s37", "county-legacy+max", "平潭县人民政府2011-2013年受理的依申请公开数，哪年最多", "pingtan-county", "stats", "requests_total", "this_year", span=[2011, 2013], pick="max")
S("x9-s38", "county-legacy-row", "平潭县历年当面申请数", "pingtan-county", "stats", "req_in_person", "this_year")
S("x9-s39", "county-legacy+sum", "平潭县2011到2013年同意公开答复数合计", "pingtan-county", "stats", "reply_full", "this_year", span=[2011, 2013], pick="sum")
S("x9-s40", "county-legacy-typo", "平谭县2011~2013每年通过电子邮件申请的有几条", "pingtan-county", "stats", "req_email", "this_year", span=[2011, 2013])
S("x9-s41", "county-span-beyond-corpus", "平潭县政府2011到2015年每年受理依申请公开信息总数", "pingtan-county", "stats", "requests_total", "this_year", span=[2011, 2015],
  note="2014/2015: no 平潭县 report in the corpus (pingtan_2014 is titled 平潭综合实验区管委会 although its page 来源 line says 平潭县人民政府; it is counted as the 实验区 here)")
S("x9-s42", "sh-gaps", "上海市政府办公厅2019年到2025年每年新收的政府信息公开申请数量", "shanghai-municipal-office", "T3", "new_received", "total", span=[2019, 2025])
S("x9-s43", "sh-short-name", "上海市府办历年结转下年度继续办理的申请数", "shanghai-municipal-office", "T3", "carried_to_next_year", "total")
S("x9-s44", "sh-T4", "沪府办公厅历年因政府信息公开被申请行政复议的总数", "shanghai-municipal-office", "T4", "cases", "review.total",
  note="2025 report's footnote: counts include cases carried over from the previous year")
S("x9-s45", "sh-applicant-column", "上海市人民政府办公厅各年度自然人新提出的申请数", "shanghai-municipal-office", "T3", "new_received", "natural_person")
S("x9-s46", "sh-description-not-label", "上海市政府办公厅历年有多少个人申请因为“本机关不掌握”没给提供？", "shanghai-municipal-office", "T3", "unable_not_held", "natural_person")
S("x9-s47", "sh-other-format-row", "上海市政府办公厅2019年和2025年因申请人逾期不补正而终止处理的申请分别多少", "shanghai-municipal-office", "T3", "other_no_correction_overdue", "total", span=[2019, 2025],
  note="2019 is the trial format (single （六）其他处理 row): not comparable; 2020-2024 not in corpus")
S("x9-s48", "sh-T4-direct-litigation", "上海市政府办公厅每年直接被起诉（未经复议）的信息公开官司有几件", "shanghai-municipal-office", "T4", "cases", "litigation_direct.total")

# ------------------------------------------------------------------ comparison
CP = lambda id, cls, q, reports, calc, order="desc", note=None, years_differ=False, unit="件": add(
    kind="comparison", id=id, cls=cls, question=q, reports=reports, calc=calc, order=order, note=note,
    years_differ=years_differ, unit=unit)

CP("x9-c01", "same-year-3-bodies", "2024年淮安市政府、上海市科委、平潭综合实验区各收到多少信息公开申请？谁最多", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], C("T3", "new_received", "total"))
CP("x9-c02", "same-year-3-bodies", "２０２５年平潭、上海市政府办公厅和沭阳县政府的新收申请数对比一下", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], C("T3", "new_received", "total"))
CP("x9-c03", "county-dept-vs-district", "2023年洪泽区政府、沭阳县发改局、平潭实验区本年新收申请从多到少排一下", ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], C("T3", "new_received", "total"))
CP("x9-c04", "two-bodies-same-year", "2021年虹口区和平潭综合实验区，哪个收到的公开申请多？", ["hongkou-district_2021", "pingtan_2021"], C("T3", "new_received", "total"))
CP("x9-c05", "trial-format-compare", "二〇一九年平潭综合实验区与上海市人民政府办公厅新收申请各多少", ["pingtan_2019", "shanghai-municipal-office_2019"], C("T3", "new_received", "total"))
CP("x9-c06", "T4-review-compare", "2025年被申请行政复议最多的是平潭、上海市府办还是沭阳县？", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], C("T4", "cases", "review.total"))
CP("x9-c07", "T4-after-review-compare", "2024年复议后又起诉的案件：淮安市、平潭、上海科委各几件", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], C("T4", "cases", "litigation_after_review.total"))
CP("x9-c08", "rate-compare", "2025年平潭、上海市政府办公厅、沭阳县三家的予以公开率（予以公开÷办理结果总计）谁高？保留两位小数", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"],
   PCT(C("T3", "granted", "total"), C("T3", "results_total", "total")), unit="%")
CP("x9-c09", "rate-compare", "2024年淮安、平潭、上海市科委“本机关不掌握”占全部办结量的比例分别是多少（%，两位小数）", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"],
   PCT(C("T3", "unable_not_held", "total"), C("T3", "results_total", "total")), unit="%")
CP("x9-c10", "T2-penalty-compare", "2023年行政处罚决定数：洪泽区、平潭、沭阳发改局比一比", ["hongze-district_2023", "pingtan_2023", "shuyang-fgj_2023"], C("T2", "administrative_penalty", "decisions"))
CP("x9-c11", "T2-licensing-compare", "2024年行政许可决定数量 淮安市 vs 平潭 vs 上海市科委", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], C("T2", "administrative_licensing", "decisions"))
CP("x9-c12", "T2-fee-compare", "2025年行政事业性收费金额，平潭实验区和沭阳县谁收得多？上海市政府办公厅呢", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
   C("T2", "administrative_fees", "fee_amount"), unit="万元")
CP("x9-c13", "T4-review-compare", "2021年虹口区政府和平潭管委会的行政复议总数", ["hongkou-district_2021", "pingtan_2021"], C("T4", "cases", "review.total"))
CP("x9-c14", "T4-direct-compare", "2021年虹口和平潭谁被直接起诉（未经复议）的多", ["hongkou-district_2021", "pingtan_2021"], C("T4", "cases", "litigation_direct.total"))
CP("x9-c15", "tie+same-named-bodies", "2011年平潭县政府和平潭综合实验区主动公开信息数哪个多？", ["pingtan-county_2011", "pingtan_2011"], C("stats", "proactive_total", "this_year"),
   note="both tables print the same figure: a tie (order null, top null)")
CP("x9-c16", "same-named-bodies", "2012年平潭县和平潭实验区受理的依申请公开信息总数各是多少", ["pingtan-county_2012", "pingtan_2012"], C("stats", "requests_total", "this_year"))
CP("x9-c17", "same-named-bodies", "2013年平潭县人民政府与平潭综合实验区管委会主动公开信息数对比", ["pingtan-county_2013", "pingtan_2013"], C("stats", "proactive_total", "this_year"),
   note="pingtan_2013: table 72804 vs prose 4970; gold = table")
CP("x9-c18", "years-differ", "虹口区2021年和淮安市2024年自然人新申请数对比", ["hongkou-district_2021", "huaian-city_2024"], C("T3", "new_received", "natural_person"),
   years_differ=True, note="different report years (2021 vs 2024), as the question states")
CP("x9-c19", "years-differ+same-county", "沭阳发改局和沭阳县政府，哪个收到的信息公开申请多？", ["shuyang-fgj_2023", "shuyang-county_2025"], C("T3", "new_received", "total"),
   years_differ=True, note="only report of each: 沭阳县发改局 2023, 沭阳县人民政府 2025 — years differ")
CP("x9-c20", "years-differ+parent-city", "洪泽区（2023年）和淮安市（2024年）部分公开的申请数各多少", ["hongze-district_2023", "huaian-city_2024"], C("T3", "partially_granted", "total"),
   years_differ=True, note="years differ as the question states")
CP("x9-c21", "all-2021-format-reports", "2021年以后的年报里，哪一份收到的信息公开申请最多？列一下各份的数量", [
    "hongkou-district_2021", "pingtan_2021", "pingtan_2022", "hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023",
    "huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024", "shanghai-municipal-office_2025", "pingtan_2025", "shuyang-county_2025"],
   C("T3", "new_received", "total"), years_differ=True, note="every report of year 2021 or later in the corpus")
CP("x9-c22", "applicant-column-compare", "2024年结转下年度继续办理的自然人申请：淮安、平潭、市科委各几件", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], C("T3", "carried_to_next_year", "natural_person"),
   note="自然人 column asked: shanghai-stcsm_2024's 总计 cell of this row is blank")
CP("x9-c23", "colloquial-row-compare", "2025年信访举报投诉类申请被不予处理的，平潭/上海市政府办公厅/沭阳县谁最多", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], C("T3", "not_processed_petition_complaint", "total"))
CP("x9-c24", "other-row-compare", "2025年（六）其他处理里的“3.其他”，平潭、上海、沭阳各多少件", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], C("T3", "other_other", "total"))
CP("x9-c25", "applicant-column-compare", "律师事务所这类法律服务机构2025年分别向平潭、上海市政府办公厅、沭阳县申请了几件", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], C("T3", "new_received", "legal_service_org"), order="desc")
CP("x9-c26", "T4-maintained-compare", "2023年复议结果维持的数量，洪泽区、平潭、沭阳县发改局", ["hongze-district_2023", "pingtan_2023", "shuyang-fgj_2023"], C("T4", "cases", "review.maintained"))
CP("x9-c27", "applicant-column-compare", "2024年商业企业提出的新申请：淮安市政府、平潭、上海科委谁最少", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], C("T3", "new_received", "commercial_enterprise"), order="asc")
CP("x9-c28", "carried-over-compare", "2025年从上一年结转过来的申请，平潭、上海市府办、沭阳各多少", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], C("T3", "carried_over_from_last_year", "total"))
CP("x9-c29", "years-differ+shanghai-bodies", "上海市政府办公厅（2025）和上海市科委（2024）自然人申请数差多少？各多少", ["shanghai-municipal-office_2025", "shanghai-stcsm_2024"], C("T3", "new_received", "natural_person"),
   years_differ=True, note="newest report of each; years differ")
CP("x9-c30", "rate-compare-T4", "2024年行政复议纠错率（结果纠正÷复议总计）淮安市和平潭哪个高？保留2位小数", ["huaian-city_2024", "pingtan_2024"],
   PCT(C("T4", "cases", "review.corrected"), C("T4", "cases", "review.total")), unit="%")
CP("x9-c31", "sum-compare-T4", "2025年行政诉讼总数（直接起诉加复议后起诉）平潭、上海市政府办公厅、沭阳县分别多少", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"],
   SUM(C("T4", "cases", "litigation_direct.total"), C("T4", "cases", "litigation_after_review.total")))
CP("x9-c32", "trial-format-compare", "2019年个人申请中“本机关不掌握”的，平潭和上海市政府办公厅各几件", ["pingtan_2019", "shanghai-municipal-office_2019"], C("T3", "unable_not_held", "natural_person"))
CP("x9-c33", "sum-compare-denied", "2023年不予公开的申请总共多少（八类加总）：洪泽区、平潭、沭阳发改局", ["hongze-district_2023", "pingtan_2023", "shuyang-fgj_2023"],
   SUM(*[C("T3", r, "total") for r in DENIED]))

# ------------------------------------------------------------------ consistency
CS = lambda id, cls, q, body, pairs, column, mode="carry", row=None, note=None: add(
    kind="consistency", id=id, cls=cls, question=q, body=body, pairs=pairs, column=column, mode=mode, row=row, note=note)

CS("x9-k01", "carry-chain-all", "平潭综合实验区2019到2025年，每年的结转下年度和下一年的上年结转都对得上吗？", "pingtan",
   [("pingtan_2019", "pingtan_2020"), ("pingtan_2020", "pingtan_2021"), ("pingtan_2021", "pingtan_2022"), ("pingtan_2022", "pingtan_2023"), ("pingtan_2023", "pingtan_2024"), ("pingtan_2024", "pingtan_2025")], "total")
CS("x9-k02", "carry-one-pair", "平潭2021年结转到2022年的申请，2022年报里上年结转数一致吗", "pingtan", [("pingtan_2021", "pingtan_2022")], "total")
CS("x9-k03", "carry-one-pair-column", "平潭实验区2024年结转下年的自然人申请数和2025年上年结转的自然人数相同吗", "pingtan", [("pingtan_2024", "pingtan_2025")], "natural_person")
CS("x9-k04", "carry-format-change", "平潭2020年（试行格式）结转下年度继续办理的，跟2021年报“上年结转”对得上不", "pingtan", [("pingtan_2020", "pingtan_2021")], "total")
CS("x9-k05", "carry-commercial", "核对一下平潭2022→2023商业企业那一列结转数是否衔接", "pingtan", [("pingtan_2022", "pingtan_2023")], "commercial_enterprise")
CS("x9-k06", "carry-one-pair", "平潭综合实验区２０２３年结转和２０２４年上年结转是否一致", "pingtan", [("pingtan_2023", "pingtan_2024")], "total")
CS("x9-k07", "cumulative-chain-county", "平潭县2011到2013年统计表的主动公开历年累计能不能逐年接上（上年累计加本年度等于本年累计）？", "pingtan-county",
   [("pingtan-county_2011", "pingtan-county_2012"), ("pingtan-county_2012", "pingtan-county_2013")], "cumulative", mode="cumulative", row="proactive_total")
CS("x9-k08", "cumulative-chain-county", "平潭县2012年和2013年依申请公开总数的历年累计衔接吗", "pingtan-county", [("pingtan-county_2012", "pingtan-county_2013")], "cumulative", mode="cumulative", row="requests_total")
CS("x9-k09", "cumulative-chain-broken", "平潭实验区2011年主动公开累计数加上2012年本年度，等于2012年报的累计数吗", "pingtan", [("pingtan_2011", "pingtan_2012")], "cumulative", mode="cumulative", row="proactive_total")
CS("x9-k10", "cumulative-chain-mixed", "平潭综合实验区2012、2013、2014三年统计表的主动公开历年累计逐年对得上吗", "pingtan",
   [("pingtan_2012", "pingtan_2013"), ("pingtan_2013", "pingtan_2014")], "cumulative", mode="cumulative", row="proactive_total")
CS("x9-k11", "cumulative-chain-county", "平潭县政府2012→2013对申请的答复数历年累计核对", "pingtan-county", [("pingtan-county_2012", "pingtan-county_2013")], "cumulative", mode="cumulative", row="replies_total")
CS("x9-k12", "cumulative-chain-county", "平潭县2011年到2012年网站公开的累计条数衔接得上吗", "pingtan-county", [("pingtan-county_2011", "pingtan-county_2012")], "cumulative", mode="cumulative", row="proactive_website")
CS("x9-k13", "cumulative-chain", "平潭管委会2013年和2014年受理依申请公开的历年累计是否一致", "pingtan", [("pingtan_2013", "pingtan_2014")], "cumulative", mode="cumulative", row="requests_total")

# ------------------------------------------------------------------ noyear
NY = lambda id, cls, q, body, sub, **k: add(kind="noyear", id=id, cls=cls, question=q, body=body, sub=sub, **k)

NY("x9-n01", "noyear-cell", "平潭综合实验区新收的信息公开申请有多少件", "pingtan", "cell", calc=C("T3", "new_received", "total"))
NY("x9-n02", "noyear-cell-T4", "上海市政府办公厅被申请行政复议的总数是多少", "shanghai-municipal-office", "cell", calc=C("T4", "cases", "review.total"))
NY("x9-n03", "noyear-legacy", "平潭县人民政府主动公开信息数多少条", "pingtan-county", "cell", calc=C("stats", "proactive_total", "this_year"))
NY("x9-n04", "noyear-narrative-address", "虹口区政府办公室地址在哪", "hongkou-district", "narrative", substring="飞虹路 518 号")
NY("x9-n05", "noyear-narrative-phone", "淮安市政府办公室联系电话多少", "huaian-city", "narrative", substring="电话：0517-83605210")
NY("x9-n06", "noyear-narrative-fee", "沐阳县收了多少信息处理费", "shuyang-county", "narrative", substring="收取信息处理费共计380元")
NY("x9-n07", "noyear-narrative-fee", "平潭实验区收没收信息处理费", "pingtan", "narrative", substring="无收取信息处理费情况")
NY("x9-n08", "noyear-cell-dept", "上海科委收到几件公开申请", "shanghai-stcsm", "cell", calc=C("T3", "new_received", "total"))
NY("x9-n09", "noyear-cell-dept", "沭阳县发改局予以公开了多少件", "shuyang-fgj", "cell", calc=C("T3", "granted", "total"))
NY("x9-n10", "noyear-T2", "洪泽区行政处罚决定多少件", "hongze-district", "cell", calc=C("T2", "administrative_penalty", "decisions"))
NY("x9-n11", "noyear-derived", "平潭不予公开的一共多少件（各类不予公开加起来）", "pingtan", "derived", calc=SUM(*[C("T3", r, "total") for r in DENIED]))
NY("x9-n12", "noyear-narrative-phone-legacy", "平潭县政府办电话", "pingtan-county", "narrative", substring="电话：24336243")
NY("x9-n13", "noyear-narrative-problem", "上海市府办信息公开工作存在什么问题", "shanghai-municipal-office", "narrative", substring="政策信息分散于多个平台")

# ------------------------------------------------------------------ nobody
NB = lambda id, cls, q, subs: add(kind="nobody", id=id, cls=cls, question=q, subs=subs)
NB("x9-b01", "nobody-fee", "申请政府信息公开要收费吗", [("pingtan_2025", "无收取信息处理费情况"), ("shuyang-county_2025", "收取信息处理费共计380元"),
    ("huaian-city_2024", "收取政府信息公开信息处理费 3940 元"), ("shanghai-municipal-office_2025", "本机关未收取信息公开处理费")])
NB("x9-b02", "nobody-channels", "信息公开申请可以通过什么渠道提交", [("pingtan_2020", "保证网站、信函、传真等申请渠道实时有效")])
NB("x9-b03", "nobody-legal-basis", "政府信息公开条例是国务院第几号令", [("pingtan_2025", "国务院令第711号"), ("pingtan_2024", "国务院令第711号")])
NB("x9-b04", "nobody-format-doc", "年报格式是按哪个文件来的", [("pingtan_2025", "国办公开办函〔2021〕30号"), ("shanghai-municipal-office_2025", "国办公开办函〔2021〕30 号")])
NB("x9-b05", "nobody-period", "年报统计的时间范围是哪天到哪天", [("pingtan_2025", "统计期限为2025年1月1日至2025年12月31日"), ("pingtan_2024", "统计期限为2024年1月1日至2024年12月31日")])
NB("x9-b06", "nobody-keyword", "信息公开 行政复议 诉讼 情况", [("pingtan_2025", "全年办理因政府信息公开申请引发的行政复议36起"), ("shuyang-county_2025", "全县共办理相关案件 74 件")])

# ------------------------------------------------------------------ unanswerable
U = lambda id, cls, q, reason, note=None: add(kind="unanswerable", id=id, cls=cls, question=q, reason=reason, note=note)
U("x9-u01", "gap-years", "平潭综合实验区2015年和2017年各收到多少政府信息公开申请", "year_not_indexed", note="2015 and 2017 reports are not in the corpus")
U("x9-u02", "neighbour-district", "2021年上海黄浦区和虹口区的新收申请数比一比", "body_not_indexed", note="黄浦区 not in corpus")
U("x9-u03", "district-of-indexed-city", "淮安市淮阴区历年的行政复议数量", "body_not_indexed", note="only 淮安市 (2024) and 洪泽区 (2023) of 淮安 are in the corpus")
U("x9-u04", "same-name-other-years", "平潭县政府2019到2023年每年收到多少申请", "year_not_indexed", note="平潭县人民政府 reports only 2011–2013")
U("x9-u05", "dept-of-indexed-county", "沭阳县教育局和沭阳县发改局的依申请公开数量对比", "body_not_indexed")
U("x9-u06", "no-such-figure", "平潭实验区近几年政务公开工作经费预算每年多少", "no_such_figure")
U("x9-u07", "legacy-format-lacks-row", "平潭综合实验区2011到2018年每年自然人提出的申请有多少", "not_in_this_format", note="pre-2019 统计表 has no applicant-type breakdown")
U("x9-u08", "sh-missing-years", "上海市政府办公厅2022年和2023年新收申请的变化", "year_not_indexed")
U("x9-u09", "same-province-city", "福州市政府近三年信息公开申请数量趋势", "body_not_indexed")
U("x9-u10", "consistency-next-year-missing", "平潭2025年结转的申请，在2026年报里上年结转对得上吗", "year_not_indexed")

# ------------------------------------------------------------------ followups
def T(kind, **k):
    d = dict(kind=kind); d.update(k); return d

F = lambda id, cls, turns: add(kind="followup", id=id, cls=cls, turns=turns)
F("x9-f01", "series->column->pick", [
    T("series", question="平潭综合实验区2021到2025年新收申请各多少", body="pingtan", t="T3", r="new_received", c="total", span=[2021, 2025]),
    T("series", question="那自然人呢", body="pingtan", t="T3", r="new_received", c="natural_person", span=[2021, 2025]),
    T("series", question="哪年最多？", body="pingtan", t="T3", r="new_received", c="natural_person", span=[2021, 2025], pick="max")])
F("x9-f02", "comparison->T4-block", [
    T("comparison", question="2025年平潭、上海市政府办公厅、沭阳县行政复议各多少件", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], calc=C("T4", "cases", "review.total")),
    T("comparison", question="直接起诉的呢", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], calc=C("T4", "cases", "litigation_direct.total"))])
F("x9-f03", "series->sum", [
    T("series", question="平潭近五年行政复议总数每年多少", body="pingtan", t="T4", r="cases", c="review.total", span=[2021, 2025]),
    T("series", question="加起来一共多少", body="pingtan", t="T4", r="cases", c="review.total", span=[2021, 2025], pick="sum")])
F("x9-f04", "comparison->legal-persons->row", [
    T("comparison", question="2024年淮安市、平潭、上海市科委新收申请对比", reports=["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], calc=C("T3", "new_received", "total")),
    T("comparison", question="法人或其他组织呢", reports=["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], calc=SUM(*[C("T3", "new_received", c) for c in LEGAL])),
    T("comparison", question="那上年结转的呢", reports=["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], calc=C("T3", "carried_over_from_last_year", "total"))])
F("x9-f05", "series->missing-year->cell", [
    T("series", question="上海市政府办公厅历年新收申请", body="shanghai-municipal-office", t="T3", r="new_received", c="total"),
    T("unanswerable", question="2021年的呢", reason="year_not_indexed"),
    T("cell", question="那2025年结转下年度的呢", report="shanghai-municipal-office_2025", year=2025, t="T3", r="carried_to_next_year", c="total")])
F("x9-f06", "series->other-body->pick", [
    T("series", question="平潭县2011到2013年主动公开信息数", body="pingtan-county", t="stats", r="proactive_total", c="this_year", span=[2011, 2013]),
    T("series", question="那实验区呢", body="pingtan", t="stats", r="proactive_total", c="this_year", span=[2011, 2013]),
    T("series", question="哪年最多", body="pingtan", t="stats", r="proactive_total", c="this_year", span=[2011, 2013], pick="max")])
F("x9-f07", "comparison->row->row", [
    T("comparison", question="2023年洪泽区、沭阳发改局、平潭的新收申请", reports=["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], calc=C("T3", "new_received", "total")),
    T("comparison", question="予以公开的呢", reports=["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], calc=C("T3", "granted", "total")),
    T("comparison", question="不掌握信息的呢", reports=["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], calc=C("T3", "unable_not_held", "total"))])
F("x9-f08", "series->T2-row->pick", [
    T("series", question="平潭2021-2025行政许可决定数", body="pingtan", t="T2", r="administrative_licensing", c="decisions", span=[2021, 2025]),
    T("series", question="处罚呢", body="pingtan", t="T2", r="administrative_penalty", c="decisions", span=[2021, 2025]),
    T("series", question="哪年最少", body="pingtan", t="T2", r="administrative_penalty", c="decisions", span=[2021, 2025], pick="min")])
F("x9-f09", "comparison->unindexed-district->cell", [
    T("comparison", question="2024年淮安市政府和平潭综合实验区谁收到的信息公开申请多", reports=["huaian-city_2024", "pingtan_2024"], calc=C("T3", "new_received", "total")),
    T("unanswerable", question="那淮安的清江浦区呢", reason="body_not_indexed"),
    T("cell", question="算了，淮安市那年自然人申请多少", report="huaian-city_2024", year=2024, t="T3", r="new_received", c="natural_person")])
F("x9-f10", "series->row", [
    T("series", question="平潭2019到2025每年结转下年度的申请", body="pingtan", t="T3", r="carried_to_next_year", c="total", span=[2019, 2025]),
    T("series", question="上年结转过来的呢", body="pingtan", t="T3", r="carried_over_from_last_year", c="total", span=[2019, 2025])])
F("x9-f11", "comparison->row->rate", [
    T("comparison", question="2025年予以公开：平潭、上海市政府办公厅、沭阳县", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], calc=C("T3", "granted", "total")),
    T("comparison", question="部分公开呢", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], calc=C("T3", "partially_granted", "total")),
    T("comparison", question="部分公开占办理结果总计的比例呢，百分比两位小数", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"],
      calc=PCT(C("T3", "partially_granted", "total"), C("T3", "results_total", "total")), unit="%")])
F("x9-f12", "series->gap-year->other-block", [
    T("series", question="平潭2019至2025年复议结果纠正的每年几件", body="pingtan", t="T4", r="cases", c="review.corrected", span=[2019, 2025]),
    T("unanswerable", question="2015年呢", reason="year_not_indexed"),
    T("series", question="那直接起诉被纠正的呢，还是2019到2025", body="pingtan", t="T4", r="cases", c="litigation_direct.corrected", span=[2019, 2025])])
