# -*- coding: utf-8 -*-
"""Cross-report blind question set x3 — questions and their REFERENCES only (no typed numbers).

Reference mini-language (evaluated by build.py and, independently, by check.py):
  cell ref      ("T3", "new_received", "total")  — one gold cell of the report in question
  {"sum": [ref, ...]}                            — sum of refs
  {"diff": [a, b]}                               — a - b
  {"pct": [num, den], "decimals": d}             — num / den * 100, rounded to d decimals
  {"by_format": {"pre_2019": ref|None, "2019_trial": ref|None, "2021": ref|None}}
                                                 — cross-format series: the ref used depends on the
                                                   report's format; None = the format has no such row

Series: body (stem prefix), span (y0, y1) or None (= every indexed year of the body), ref, pick.
  A year of the span with no report in the corpus -> gaps; a report whose format lacks the row
  (table/row/column key absent in its gold) -> not_comparable.
Comparison: reports, ref, unit, order ('desc'|'asc'|None), decimals.
  top = the first stem in the asked order (None when the first two tie or order is None).
Consistency: body, pairs [(stem Y, stem Y+1)], mode 'carry' (T3 四、结转下年度 of Y vs 二、上年结转 of Y+1, column)
  or 'cumulative' (stats 历年累计 of Y + 本年度 of Y+1 vs printed 历年累计 of Y+1, row).
Noyear: body + answer {"type": "cell"|"derived"|"narrative", ...}; report = newest of the body.
Nobody: substrings [(stem, substring)].
Unanswerable: reason.
Followup: turns, each a dict with its own kind and fields as above.
"""

NEW = ("T3", "new_received", "total")
NEW_NP = ("T3", "new_received", "natural_person")
RES = ("T3", "results_total", "total")
LIT_ALL = {"sum": [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")]}

# cross-format equivalences decided from the printed labels (see NOTES.md)
REQ_X = {"by_format": {"pre_2019": ("stats", "requests_total", "this_year"),
                       "2019_trial": NEW, "2021": NEW}}
REVIEW_X = {"by_format": {"pre_2019": ("stats", "admin_review", "this_year"),
                          "2019_trial": ("T4", "cases", "review.total"),
                          "2021": ("T4", "cases", "review.total")}}
LIT_X = {"by_format": {"pre_2019": ("stats", "admin_litigation", "this_year"),
                       "2019_trial": LIT_ALL, "2021": LIT_ALL}}
GRANT_X = {"by_format": {"pre_2019": ("stats", "reply_full", "this_year"),
                         "2019_trial": ("T3", "granted", "total"), "2021": ("T3", "granted", "total")}}

S = []  # series
def series(i, cls, q, body, span, ref, pick=None, note=None):
    S.append(dict(id="x3-s%02d" % i, kind="series", cls=cls, q=q, body=body, span=span, ref=ref, pick=pick, note=note))

series(1, "plain", "平潭综合实验区2019年到2025年每年新收的政府信息公开申请各有多少件？",
       "pingtan", (2019, 2025), NEW)
series(2, "keyword-only", "平潭实验区 自然人申请 2021-2025 逐年",
       "pingtan", (2021, 2025), NEW_NP)
series(3, "colloquial-column", "平潭这几年有企业来申请公开信息吗？2019到2025年每年企业（商业企业）申请了几件",
       "pingtan", (2019, 2025), ("T3", "new_received", "commercial_enterprise"))
series(4, "colloquial-column+max", "2019至2025年，平潭综合实验区收到的社会公益组织提出的申请，哪一年最多？",
       "pingtan", (2019, 2025), ("T3", "new_received", "social_welfare_org"), pick="max")
series(5, "other-org-column+sum", "平潭2019~2025年新收申请里“法人或其他组织—其他”那一栏，每年多少，加起来一共多少？",
       "pingtan", (2019, 2025), ("T3", "new_received", "other_org"), pick="sum")
series(6, "colloquial-row+max", "从2019年到2025年，平潭综合实验区哪一年同意公开（予以公开）的申请最多？把每年的数也列出来",
       "pingtan", (2019, 2025), ("T3", "granted", "total"), pick="max")
series(7, "colloquial-row+max", "平潭那边只公开了一部分的申请，２０１９到２０２５每年有多少？哪年最多",
       "pingtan", (2019, 2025), ("T3", "partially_granted", "total"), pick="max", note="full-width digits")
series(8, "colloquial-row+sum", "平潭综合实验区2019-2025年因为“本机关不掌握相关政府信息”没法提供的申请，每年多少件，七年加起来多少？",
       "pingtan", (2019, 2025), ("T3", "unable_not_held", "total"), pick="sum")
series(9, "colloquial-row+max", "近五年平潭以“属于内部事务信息”为由不公开的有多少，2021到2025年哪年最多",
       "pingtan", (2021, 2025), ("T3", "denied_internal_affairs", "total"), pick="max")
series(10, "colloquial-row+sum", "平潭实验区以过程性信息为理由不予公开的，2019年至2025年每年几件？合计呢？",
       "pingtan", (2019, 2025), ("T3", "denied_process_info", "total"), pick="sum")
series(11, "typo-body+max", "平谭综合实验区2019到2025年属于行政执法案卷不公开的件数，哪年最多？",
       "pingtan", (2019, 2025), ("T3", "denied_enforcement_case_file", "total"), pick="max",
       note="typo 平谭 for 平潭")
series(12, "chinese-numeral-year+max", "二〇一九年到二〇二五年，平潭综合实验区因为涉及国家秘密不公开的申请每年各几件？最多是哪年？",
       "pingtan", (2019, 2025), ("T3", "denied_state_secret", "total"), pick="max")
series(13, "colloquial-row+sum", "平潭这几年重复申请被不予处理的有几件？2019-2025每年列一下再加总",
       "pingtan", (2019, 2025), ("T3", "not_processed_duplicate", "total"), pick="sum")
series(14, "colloquial-row+max", "补正以后申请内容还是不明确、没法提供的，平潭2019到2025年每年多少？哪年最多？",
       "pingtan", (2019, 2025), ("T3", "unable_unclear_after_correction", "total"), pick="max")
series(15, "other-format-row", "平潭实验区2019年到2025年“申请人无正当理由逾期不补正、行政机关不再处理”的申请每年多少件？",
       "pingtan", (2019, 2025), ("T3", "other_no_correction_overdue", "total"),
       note="（六）1. exists only in the 2021 format: 2019/2020 (trial format, single （六）其他处理 row) are not comparable")
series(16, "trial-format-row", "平潭2019、2020两年的“（六）其他处理”分别是多少件？",
       "pingtan", (2019, 2020), ("T3", "other_processing", "total"))
series(17, "typo-body+sum", "平潭综合试验区2019-2025年每年办结（办理结果总计）的申请各多少，七年一共办结多少件？",
       "pingtan", (2019, 2025), RES, pick="sum")
series(18, "colloquial-row+max", "平潭每年年底没办完、结转到下一年的申请有几件？2019年到2025年，哪年最多",
       "pingtan", (2019, 2025), ("T3", "carried_to_next_year", "total"), pick="max")
series(19, "year-without-nian+max", "平潭实验区 2020 2021 2022 2023 2024 2025 上年结转过来的申请数 哪年最多",
       "pingtan", (2020, 2025), ("T3", "carried_over_from_last_year", "total"), pick="max")
series(20, "t4-review+max", "平潭综合实验区历年因政府信息公开被申请行政复议的案件数（2019到2025年），哪一年最多？",
       "pingtan", (2019, 2025), ("T4", "cases", "review.total"), pick="max")
series(21, "t4-review-maintained+typo-term", "平潭2021到2025年行政复意结果维持的各有几件",
       "pingtan", (2021, 2025), ("T4", "cases", "review.maintained"))
series(22, "t4-review-corrected+sum", "信息公开的复议被纠错的情况：平潭综合实验区2019至2025年每年复议结果纠正多少件，一共多少？",
       "pingtan", (2019, 2025), ("T4", "cases", "review.corrected"), pick="sum")
series(23, "t4-litigation-direct+max", "平潭这几年因为信息公开被直接告上法院（没经过复议直接起诉）的有多少？2019-2025哪年最多",
       "pingtan", (2019, 2025), ("T4", "cases", "litigation_direct.total"), pick="max")
series(24, "t4-litigation-after-review+max", "复议后又起诉的行政诉讼，平潭2021年到2025年各几件，最多的是哪一年？",
       "pingtan", (2021, 2025), ("T4", "cases", "litigation_after_review.total"), pick="max")
series(25, "t4-litigation-direct-maintained", "平潭实验区2021-2025年未经复议直接起诉、结果维持的行政诉讼案件数",
       "pingtan", (2021, 2025), ("T4", "cases", "litigation_direct.maintained"))
series(26, "t4-review-pending+max", "我在整理案例。平潭2019到2025年行政复议“尚未审结”的每年有几件？哪年有？",
       "pingtan", (2019, 2025), ("T4", "cases", "review.pending"), pick="max")
series(27, "t4-review-other+sum", "平潭综合实验区 行政复议 其他结果 2021—2025 合计",
       "pingtan", (2021, 2025), ("T4", "cases", "review.other_result"), pick="sum")
series(28, "t2-licensing+max", "平潭实验区2021年到2025年每年作出的行政许可决定数量是多少？哪一年最多？",
       "pingtan", (2021, 2025), ("T2", "administrative_licensing", "decisions"), pick="max")
series(29, "t2-penalty+min", "平潭行政处罚决定数2021-2025年的变化，哪年最少？",
       "pingtan", (2021, 2025), ("T2", "administrative_penalty", "decisions"), pick="min")
series(30, "t2-fee+other-format", "平潭综合实验区2019年到2025年行政事业性收费金额（万元）每年多少？哪年最高？",
       "pingtan", (2019, 2025), ("T2", "administrative_fees", "fee_amount"), pick="max",
       note="2019/2020 (trial format) print 行政事业性收费 as item counts (上一年项目数量/本年增减), no amount: not comparable")
series(31, "t2-coercion+min", "平潭实验区的行政强制决定，2021到2025年，哪一年最少？",
       "pingtan", (2021, 2025), ("T2", "administrative_coercion", "decisions"), pick="min")
series(32, "pre2019-stats+max", "平潭综合实验区2011年到2018年每年主动公开了多少条政府信息？哪一年最多？",
       "pingtan", (2011, 2018), ("stats", "proactive_total", "this_year"), pick="max")
series(33, "pre2019-row-over-all-formats", "平潭实验区2011-2025年历年主动公开信息数（统计表里那个“主动公开信息数/主动公开文件数”）",
       "pingtan", (2011, 2025), ("stats", "proactive_total", "this_year"),
       note="the row exists only in the pre-2019 统计表; 2019–2025 reports have no such row (not comparable)")
series(34, "pre2019-cumulative+max", "平潭综合实验区统计表里“历年累计”的主动公开数，2011到2018年每年报的是多少？最大的是哪年？",
       "pingtan", (2011, 2018), ("stats", "proactive_total", "cumulative"), pick="max",
       note="the printed 历年累计 does not chain (2018: 12106 < 2016: 85376); values as printed")
series(35, "pre2019-stats+sum", "平潭实验区2011—2018年受理依申请公开信息总数，每年多少，合计多少",
       "pingtan", (2011, 2018), ("stats", "requests_total", "this_year"), pick="sum")
series(36, "pre2019-row-partial", "平潭综合实验区2011到2018年政府信息公开收费减免金额每年是多少元？",
       "pingtan", (2011, 2018), ("stats", "fee_waiver_amount", "this_year"),
       note="收费减免金额 row only in the 2014 and 2016 统计表 (not comparable: 2011, 2012, 2013, 2018)")
series(37, "pre2019-row-partial", "平潭实验区2012年到2018年“信函、传真申请数”每年多少条",
       "pingtan", (2012, 2018), ("stats", "req_letter_fax", "this_year"),
       note="2012/2013 tables have separate 传真申请数 and 信函申请数 rows, not the merged 信函、传真 row: not comparable")
series(38, "cross-format+sum", "平潭综合实验区历年因政府信息公开被申请行政复议的数量，全部年份列一下，总共多少？",
       "pingtan", None, REVIEW_X, pick="sum",
       note="pre-2019: 统计表 行政复议数 (本年度); 2019+: 表四 行政复议 总计. Table as printed for 2013 (prose mentions 1 review, table 0)")
series(39, "cross-format+max", "平潭综合实验区2011到2025年每年收到多少政府信息公开申请，哪一年最多？",
       "pingtan", (2011, 2025), REQ_X, pick="max",
       note="pre-2019: 受理依申请公开信息总数 (本年度); 2019+: 一、本年新收政府信息公开申请数量 总计")
series(40, "cross-format-sum-cell+max", "平潭实验区2016年到2025年信息公开行政诉讼每年几件（直接起诉和复议后起诉都算），哪年最多",
       "pingtan", (2016, 2025), LIT_X, pick="max",
       note="pre-2019: 统计表 行政诉讼数; 2019+: 未经复议直接起诉 总计 + 复议后起诉 总计")
series(41, "county-pre2019+max", "平潭县人民政府2011、2012、2013年主动公开信息数分别是多少条，哪年最多？",
       "pingtan-county", (2011, 2013), ("stats", "proactive_total", "this_year"), pick="max")
series(42, "county-pre2019+sum+typo-term", "平潭县政府这三年（2011-2013）收到的依申清公开一共多少条？分年说一下",
       "pingtan-county", (2011, 2013), ("stats", "requests_total", "this_year"), pick="sum")
series(43, "county-channel-row", "平潭县 电子邮件申请数 2011 2012 2013",
       "pingtan-county", (2011, 2013), ("stats", "req_email", "this_year"))
series(44, "county-reply-row", "平潭县人民政府2011至2013年同意公开的答复各多少条",
       "pingtan-county", (2011, 2013), ("stats", "reply_full", "this_year"))
series(45, "county-gaps", "平潭县政府2011年到2015年每年受理的依申请公开数量",
       "pingtan-county", (2011, 2015), ("stats", "requests_total", "this_year"),
       note="平潭县 reports only 2011–2013 in the corpus: 2014, 2015 are gaps")
series(46, "short-body+gaps", "上海市政府办公厅2019到2025年每年收到的政府信息公开申请数量",
       "shanghai-municipal-office", (2019, 2025), NEW,
       note="only 2019 and 2025 are indexed; 2020–2024 gaps")
series(47, "short-body-noyear-series", "市府办公厅历年行政复议案件总数",
       "shanghai-municipal-office", None, ("T4", "cases", "review.total"),
       note="all indexed years: 2019, 2025. 2025 counts include carried-over cases (footnote)")
series(48, "short-body+column", "上海市人民政府办公厅 自然人 不掌握相关政府信息 历年",
       "shanghai-municipal-office", None, ("T3", "unable_not_held", "natural_person"),
       note="asked per 自然人 column: the 2019 总计 cell of this row is blank")
series(49, "chinese-numeral-year", "上海市府办公厅二零一九年和二零二五年，上年结转过来的申请各有多少件？",
       "shanghai-municipal-office", (2019, 2025), ("T3", "carried_over_from_last_year", "total"),
       note="2020–2024 not in the corpus (gaps)")
series(50, "petition-row-np", "上海市政府办公厅信访举报投诉类申请（自然人）2019年和2025年分别是多少",
       "shanghai-municipal-office", (2019, 2025), ("T3", "not_processed_petition_complaint", "natural_person"),
       note="2020–2024 gaps")
series(51, "t4-direct", "上海市人民政府办公厅历年被直接起诉（未经复议）的行政诉讼总数",
       "shanghai-municipal-office", None, ("T4", "cases", "litigation_direct.total"))
series(52, "short-span-year-at-end", "平潭实验区予以公开的申请里自然人有多少 2022到2024",
       "pingtan", (2022, 2024), ("T3", "granted", "natural_person"))

series(53, "research-column", "科研机构申请信息公开的，平潭2019到2025年每年有吗？各几件",
       "pingtan", (2019, 2025), ("T3", "new_received", "research_institution"))
series(54, "colloquial-row+max", "涉及第三方合法权益所以没给公开的，平潭实验区2019—2025年逐年多少，哪年最多",
       "pingtan", (2019, 2025), ("T3", "denied_third_party_rights", "total"), pick="max")
series(55, "colloquial-row+max", "平潭这几年（2019-2025）属于行政查询事项、不按信息公开办的有几件？最多哪年",
       "pingtan", (2019, 2025), ("T3", "denied_admin_query", "total"), pick="max")

C = []  # comparisons
def comp(i, cls, q, reports, ref, unit, order, decimals=None, note=None):
    C.append(dict(id="x3-c%02d" % i, kind="comparison", cls=cls, q=q, reports=reports, ref=ref, unit=unit,
                  order=order, decimals=decimals, note=note))

comp(1, "same-year-3bodies", "2023年平潭综合实验区、洪泽区和沭阳县发改局，谁收到的政府信息公开申请最多？",
     ["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], NEW, "件", "desc")
comp(2, "same-year-3bodies", "2024年淮安市政府、平潭实验区、上海市科委新收的信息公开申请数排个序（从多到少）",
     ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], NEW, "件", "desc")
comp(3, "same-year-t4", "二〇二五年行政复议谁最多：平潭综合实验区、沭阳县政府、上海市政府办公厅？",
     ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("T4", "cases", "review.total"), "件", "desc")
comp(4, "same-year-2bodies", "2021年虹口区政府和平潭综合实验区，予以公开的申请哪个多？",
     ["hongkou-district_2021", "pingtan_2021"], ("T3", "granted", "total"), "件", "desc")
comp(5, "rate-stated", "2021年虹口区和平潭实验区的公开率（予以公开÷办理结果总计×100%，保留两位小数）各是多少？谁高？",
     ["hongkou-district_2021", "pingtan_2021"], {"pct": [("T3", "granted", "total"), RES], "decimals": 2}, "%", "desc", 2)
comp(6, "rate-stated+3bodies", "2025年“本机关不掌握”在全部办理结果中的占比（不掌握÷总计，百分比，两位小数）：平潭、沭阳、上海市政府办公厅比一比",
     ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
     {"pct": [("T3", "unable_not_held", "total"), RES], "decimals": 2}, "%", "desc", 2)
comp(7, "short-body-t4", "淮安市和上海科委2024年因信息公开被申请行政复议各几件",
     ["huaian-city_2024", "shanghai-stcsm_2024"], ("T4", "cases", "review.total"), "件", "desc")
comp(8, "t4-after-review", "2024年复议后起诉的行政诉讼，淮安市人民政府和平潭综合实验区哪个多？",
     ["huaian-city_2024", "pingtan_2024"], ("T4", "cases", "litigation_after_review.total"), "件", "desc")
comp(9, "t2-penalty", "洪泽区和平潭实验区2023年的行政处罚决定数量对比",
     ["hongze-district_2023", "pingtan_2023"], ("T2", "administrative_penalty", "decisions"), "件", "desc")
comp(10, "t2-licensing+asc", "2024年行政许可处理决定数量从少到多排：上海市科委、平潭、淮安",
     ["shanghai-stcsm_2024", "pingtan_2024", "huaian-city_2024"], ("T2", "administrative_licensing", "decisions"), "件", "asc")
comp(11, "t2-fee-close-values", "2025年行政事业性收费金额，平潭综合实验区和沭阳县、上海市政府办公厅相比谁最高（万元）？",
     ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
     ("T2", "administrative_fees", "fee_amount"), "万元", "desc")
comp(12, "different-years", "虹口区2021年和沭阳县2025年新收的政府信息公开申请相比，哪个多？",
     ["hongkou-district_2021", "shuyang-county_2025"], NEW, "件", "desc",
     note="the two reports are of different years (2021 vs 2025) as the question says")
comp(13, "irrelevant-clause-first+trial-format", "最近在做一个政务公开的课题，想了解一下：2019年平潭综合实验区和上海市人民政府办公厅各收到多少信息公开申请",
     ["pingtan_2019", "shanghai-municipal-office_2019"], NEW, "件", "desc")
comp(14, "pre2019-tie", "2011年平潭县政府和平潭综合实验区主动公开的信息数一样吗？各多少条？",
     ["pingtan-county_2011", "pingtan_2011"], ("stats", "proactive_total", "this_year"), "条", "desc",
     note="the two 2011 tables are identical: tie, no top")
comp(15, "pre2019-2bodies", "2012年平潭县和平潭实验区谁主动公开的信息多",
     ["pingtan-county_2012", "pingtan_2012"], ("stats", "proactive_total", "this_year"), "条", "desc")
comp(16, "pre2019-2bodies", "２０１３年平潭县人民政府与平潭综合实验区管委会受理的依申请公开信息总数对比",
     ["pingtan-county_2013", "pingtan_2013"], ("stats", "requests_total", "this_year"), "条", "desc")
comp(17, "np-column+typo-body", "2023年洪泽区政府和沭阳县发该局收到的自然人申请谁多？",
     ["hongze-district_2023", "shuyang-fgj_2023"], NEW_NP, "件", "desc")
comp(18, "carry-to-next", "2025年上海市政府办公厅跟沭阳县比，结转到下一年继续办的申请各多少",
     ["shanghai-municipal-office_2025", "shuyang-county_2025"], ("T3", "carried_to_next_year", "total"), "件", "desc")
comp(19, "rate-stated-t4", "2025年复议纠错率（结果纠正÷复议总计×100，保留2位小数）：平潭、沭阳县、上海市政府办公厅，谁最高？",
     ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
     {"pct": [("T4", "cases", "review.corrected"), ("T4", "cases", "review.total")], "decimals": 2}, "%", "desc", 2)
comp(20, "partial-row-3bodies", "2024年部分公开的件数：淮安市、平潭实验区、市科委分别多少？",
     ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], ("T3", "partially_granted", "total"), "件", "desc")
comp(21, "lit-sum-2bodies", "2021年虹口区和平潭综合实验区因信息公开被提起行政诉讼的总数（直接起诉+复议后起诉）谁多？",
     ["hongkou-district_2021", "pingtan_2021"], LIT_ALL, "件", "desc")
comp(22, "different-years-4bodies", "虹口区2021、洪泽区2023、淮安市2024、沭阳县2025，这几份年报里哪家新收申请最多？按多到少排",
     ["hongkou-district_2021", "hongze-district_2023", "huaian-city_2024", "shuyang-county_2025"], NEW, "件", "desc",
     note="four reports of four different years, as the question names them")
comp(23, "commercial-column", "2024年商业企业提出的申请：淮安市政府 vs 上海市科学技术委员会",
     ["huaian-city_2024", "shanghai-stcsm_2024"], ("T3", "new_received", "commercial_enterprise"), "件", "desc")
comp(24, "legal-service-column", "律师事务所这类法律服务机构提的申请，2024年淮安和平潭各有多少？",
     ["huaian-city_2024", "pingtan_2024"], ("T3", "new_received", "legal_service_org"), "件", "desc")
comp(25, "needs-creation-3bodies", "2025年“没有现成信息需要另行制作”的：上海市政府办公厅、平潭、沭阳县各几件",
     ["shanghai-municipal-office_2025", "pingtan_2025", "shuyang-county_2025"], ("T3", "unable_needs_creation", "total"), "件", "desc")
comp(26, "petition-3bodies", "2025年信访举报投诉类申请被不予处理的，三家（上海市府办公厅、沐阳县、平潭）谁最多",
     ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
     ("T3", "not_processed_petition_complaint", "total"), "件", "desc", note="沐阳 = the OCR spelling of 沭阳 in the file")
comp(27, "t2-coercion-3bodies", "2025年行政强制决定数：沭阳县、平潭实验区、上海市政府办公厅",
     ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"],
     ("T2", "administrative_coercion", "decisions"), "件", "desc")
comp(28, "t4-maintained-3bodies", "2023年行政复议结果维持的：洪泽区、平潭、沭阳发改局哪个最多？",
     ["hongze-district_2023", "pingtan_2023", "shuyang-fgj_2023"], ("T4", "cases", "review.maintained"), "件", "desc")
comp(29, "trial-format-np", "2019年部分公开（自然人）平潭综合实验区和上海市人民政府办公厅各几件",
     ["pingtan_2019", "shanghai-municipal-office_2019"], ("T3", "partially_granted", "natural_person"), "件", "desc",
     note="自然人 column: the 2019 上海 总计 cell of this row is blank")
comp(30, "different-years-rate", "平潭2025年和淮安2024年的予以公开占办结比例（予以公开/办理结果总计，百分比保留两位）哪个高？",
     ["pingtan_2025", "huaian-city_2024"], {"pct": [("T3", "granted", "total"), RES], "decimals": 2}, "%", "desc", 2,
     note="different years (2025 vs 2024) as named in the question")
comp(31, "np-share-2bodies", "2021年新收申请中自然人占比（自然人÷总计×100，两位小数），虹口和平潭谁更高？",
     ["hongkou-district_2021", "pingtan_2021"], {"pct": [NEW_NP, NEW], "decimals": 2}, "%", "desc", 2)
comp(32, "lit-sum-3bodies", "2025年行政诉讼总数（直接起诉+复议后起诉）按多到少：平潭、上海市政府办公厅、沭阳县",
     ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], LIT_ALL, "件", "desc")
comp(33, "carry-2bodies-same-year", "2024年淮安市和平潭实验区结转下年度继续办理的申请分别是多少",
     ["huaian-city_2024", "pingtan_2024"], ("T3", "carried_to_next_year", "total"), "件", "desc")

comp(34, "three-security-row", "危及“三安全一稳定”不予公开的，2025年上海市政府办公厅、沭阳县、平潭各有几件",
     ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
     ("T3", "denied_three_security_one_stability", "total"), "件", "desc")
comp(35, "fee-unpaid-row", "2025年申请人逾期不交费、机关不再处理的申请：平潭 沭阳 上海市府办公厅",
     ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
     ("T3", "other_fee_unpaid_overdue", "total"), "件", "desc")
comp(36, "other-other-row", "2024年其他处理里的“其他”一项，淮安市、平潭、上海市科委分别是多少？谁最多",
     ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], ("T3", "other_other", "total"), "件", "desc")

K = []  # consistency
def cons(i, cls, q, body, pairs, mode, key, note=None):
    K.append(dict(id="x3-k%02d" % i, kind="consistency", cls=cls, q=q, body=body, pairs=pairs, mode=mode, key=key, note=note))

PT = lambda y: "pingtan_%d" % y
PC = lambda y: "pingtan-county_%d" % y
cons(1, "carry-chain-all", "平潭综合实验区2019到2025年，每年“结转下年度继续办理”的数和下一年“上年结转”的数都对得上吗？",
     "pingtan", [(PT(y), PT(y + 1)) for y in range(2019, 2025)], "carry", "total")
cons(2, "carry-pair-np", "平潭2021年结转到下年的自然人申请，和2022年报告里上年结转的自然人申请数一致吗",
     "pingtan", [(PT(2021), PT(2022))], "carry", "natural_person")
cons(3, "carry-pair", "平潭实验区2024年底结转的申请数和2025年年报的上年结转数能对上吗？",
     "pingtan", [(PT(2024), PT(2025))], "carry", "total")
cons(4, "carry-cross-format", "平潭2020年（试行格式）结转下年度的和2021年上年结转的是不是同一个数",
     "pingtan", [(PT(2020), PT(2021))], "carry", "total")
cons(5, "carry-pair-commercial", "核对一下：平潭综合实验区2022→2023年，商业企业一栏结转与上年结转是否衔接",
     "pingtan", [(PT(2022), PT(2023))], "carry", "commercial_enterprise")
cons(6, "cumulative-chain-county", "平潭县人民政府统计表里主动公开信息数的历年累计，2011→2012→2013是否等于上年累计加本年数？",
     "pingtan-county", [(PC(2011), PC(2012)), (PC(2012), PC(2013))], "cumulative", "proactive_total")
cons(7, "cumulative-chain-pingtan", "平潭综合实验区2011到2014年统计表“主动公开信息数”历年累计，每年是不是上年累计加当年数？",
     "pingtan", [(PT(2011), PT(2012)), (PT(2012), PT(2013)), (PT(2013), PT(2014))], "cumulative", "proactive_total")
cons(8, "cumulative-pair-county", "平潭县2013年受理依申请公开信息总数的历年累计，等于2012年累计加2013年当年吗",
     "pingtan-county", [(PC(2012), PC(2013))], "cumulative", "requests_total")
cons(9, "cumulative-chain-county", "平潭县 网站公开 历年累计 2011-2013 对得上吗",
     "pingtan-county", [(PC(2011), PC(2012)), (PC(2012), PC(2013))], "cumulative", "proactive_website")
cons(10, "cumulative-pair", "平潭实验区2014年受理依申请数的历年累计，和2013年累计加2014年本年数一致吗？",
     "pingtan", [(PT(2013), PT(2014))], "cumulative", "requests_total")
cons(11, "cumulative-pair-disagree", "平潭综合实验区2013年主动公开信息的历年累计=2012年累计+2013年数？核一下",
     "pingtan", [(PT(2012), PT(2013))], "cumulative", "proactive_total")
cons(12, "cumulative-chain-county", "平潭县政府对申请的答复数，历年累计2011到2013逐年衔接吗",
     "pingtan-county", [(PC(2011), PC(2012)), (PC(2012), PC(2013))], "cumulative", "replies_total")
cons(13, "carry-chain-np", "平潭2023年到2025年自然人那一列，结转和上年结转前后对得上吗？",
     "pingtan", [(PT(2023), PT(2024)), (PT(2024), PT(2025))], "carry", "natural_person")
cons(14, "carry-pair-trial", "２０１９年平潭结转下年度的申请，和２０２０年的上年结转一样吗",
     "pingtan", [(PT(2019), PT(2020))], "carry", "total")
cons(15, "cumulative-chain-county", "平潭县当面申请数历年累计2011、2012、2013是否前后一致",
     "pingtan-county", [(PC(2011), PC(2012)), (PC(2012), PC(2013))], "cumulative", "req_in_person")

N = []  # noyear
def noyear(i, cls, q, body, answer, note=None):
    N.append(dict(id="x3-n%02d" % i, kind="noyear", cls=cls, q=q, body=body, answer=answer, note=note))

noyear(1, "noyear-cell", "平潭综合实验区收到了多少政府信息公开申请？", "pingtan", {"type": "cell", "ref": NEW})
noyear(2, "noyear-cell-t4", "上海市政府办公厅因信息公开被申请行政复议有几件", "shanghai-municipal-office",
       {"type": "cell", "ref": ("T4", "cases", "review.total")})
noyear(3, "noyear-pre2019", "平潭县人民政府受理依申请公开信息总数是多少", "pingtan-county",
       {"type": "cell", "ref": ("stats", "requests_total", "this_year")})
noyear(4, "noyear-narrative-contact", "虹口区政府信息公开年报上留的联系电话是多少？", "hongkou-district",
       {"type": "narrative", "substring": "联系电话：021—25658888"})
noyear(5, "noyear-narrative-contact", "淮安市政府办公室地址和邮编", "huaian-city",
       {"type": "narrative", "substring": "翔宇南道 1 号，邮编：223001"})
noyear(6, "noyear-narrative-fee", "平潭实验区收没收信息处理费？", "pingtan",
       {"type": "narrative", "substring": "无收取信息处理费情况"})
noyear(7, "noyear-narrative-fee", "沐阳县信息处理费收了多少钱", "shuyang-county",
       {"type": "narrative", "substring": "收取信息处理费共计380元"}, note="沐阳 = OCR spelling of 沭阳")
noyear(8, "noyear-t2", "上海市科委的行政许可处理决定有多少件？", "shanghai-stcsm",
       {"type": "cell", "ref": ("T2", "administrative_licensing", "decisions")})
noyear(9, "noyear-t2", "洪泽区行政处罚决定数量", "hongze-district",
       {"type": "cell", "ref": ("T2", "administrative_penalty", "decisions")})
noyear(10, "noyear-np", "沭阳县发改局 自然人 新收申请", "shuyang-fgj", {"type": "cell", "ref": NEW_NP})
noyear(11, "noyear-narrative-problem", "平潭综合实验区政府信息公开工作存在哪些问题？", "pingtan",
       {"type": "narrative", "substring": "政务公开队伍建设有待进一步加强"})
noyear(12, "noyear-derived-rate", "淮安市政府信息公开申请的予以公开率是多少？（予以公开÷办理结果总计，保留两位小数）", "huaian-city",
       {"type": "derived", "ref": {"pct": [("T3", "granted", "total"), RES], "decimals": 2}, "unit": "%"})
noyear(13, "noyear-cell", "上海市人民政府办公厅依申请公开一共办结了多少件", "shanghai-municipal-office",
       {"type": "cell", "ref": RES})
noyear(14, "noyear-derived-sum", "平潭实验区信息公开的行政诉讼一共几件（直接起诉加复议后起诉）", "pingtan",
       {"type": "derived", "ref": LIT_ALL, "unit": "件"})

B = []  # nobody
def nobody(i, cls, q, subs, note=None):
    B.append(dict(id="x3-b%02d" % i, kind="nobody", cls=cls, q=q, subs=subs, note=note))

nobody(1, "nobody-fee", "申请政府信息公开要收费吗？",
       [("pingtan_2025", "无收取信息处理费情况"), ("shuyang-county_2025", "收取信息处理费共计380元"),
        ("huaian-city_2024", "全年收取政府信息公开信息处理费 3940 元"),
        ("hongkou-district_2021", "区政府未收取政府信息公开信息处理费")])
nobody(2, "nobody-channels", "可以通过哪些渠道申请政府信息公开？",
       [("pingtan_2020", "保证网站、信函、传真等申请渠道实时有效"), ("pingtan_2022", "畅通线上、线下申请渠道"),
        ("shanghai-municipal-office_2019", "明确公众获取主动公开和依申请公开信息的主要渠道和具体方式")])
nobody(3, "nobody-deadline", "交了信息公开申请，政府会在规定时间内答复吗",
       [("huaian-city_2024", "均在法定期限内予以答复"), ("hongkou-district_2021", "均在法定期限内予以答复"),
        ("shanghai-municipal-office_2025", "均在法定期限内答复"),
        ("shanghai-municipal-office_2019", "均在法定期限内予以答复")])
nobody(4, "nobody-download", "政府信息公开年度报告在哪里能下载到",
       [("shanghai-municipal-office_2025", "门户网站（www.shanghai.gov.cn）下载"),
        ("pingtan_2011", "（www.pingtan.gov.cn）下载")])
nobody(5, "nobody-measure", "怎么提高依申请公开的答复质量，有什么做法",
       [("pingtan_2025", "加强答复风险研判和合法性审查"), ("shuyang-county_2025", "线下依申请件倒计时报警器")])
nobody(6, "nobody-new-media", "有没有关停政务新媒体的情况",
       [("pingtan_2025", "关停运营不规范、运维不及时的政府网站1个、政务新媒体2个")])
nobody(7, "nobody-guide", "政府信息公开指南有没有更新",
       [("shanghai-municipal-office_2019", "及时更新政府信息公开指南")])

U = []  # unanswerable
def unans(i, cls, q, reason, note=None, absent=None):
    """absent: what check.py verifies makes it unanswerable —
       {"stems": [...]} no such report file; {"issuer_words": [...]} no gold issuer contains the word;
       {"cell": [stem, table, row, column]} the report's gold lacks that cell; {"table": [stems, table]} none has it."""
    U.append(dict(id="x3-u%02d" % i, kind="unanswerable", cls=cls, q=q, reason=reason, note=note, absent=absent))

unans(1, "body-not-indexed-parent-city", "福州市人民政府2019-2023年每年收到的政府信息公开申请数", "body_not_indexed",
      absent={"issuer_words": ["福州"]})
unans(2, "year-not-indexed-county", "平潭县人民政府2020到2024年每年的依申请公开数量", "year_not_indexed",
      note="平潭县 is indexed only for 2011–2013",
      absent={"stems": ["pingtan-county_%d" % y for y in range(2020, 2025)]})
unans(3, "body-not-indexed-sister-district", "上海市黄浦区2022年和2023年行政复议数量对比", "body_not_indexed",
      note="only 虹口区 (2021) among Shanghai districts",
      absent={"issuer_words": ["黄浦"]})
unans(4, "year-not-indexed-span", "平潭综合实验区2005年到2010年每年主动公开多少条信息？", "year_not_indexed",
      absent={"stems": ["pingtan_%d" % y for y in range(2005, 2011)] + ["pingtan-county_%d" % y for y in range(2005, 2011)]})
unans(5, "no-such-figure-series", "平潭实验区历年政务公开工作经费预算分别是多少万元", "no_such_figure",
      note="no table row or prose figure of a budget in any 平潭 report")
unans(6, "consistency-year-missing", "上海市政府办公厅2019年结转下年度的申请，和2020年年报里的上年结转对得上吗？", "year_not_indexed",
      note="2020 report of 上海市政府办公厅 not in the corpus",
      absent={"stems": ["shanghai-municipal-office_2020"]})
unans(7, "other-format-series", "平潭实验区2011到2018年行政复议结果被纠正的分别有几件", "not_in_this_format",
      note="the pre-2019 统计表 has only 行政复议数, no result breakdown",
      absent={"table": [["pingtan_%d" % y for y in (2011, 2012, 2013, 2014, 2016, 2018)], "T4"]})
unans(8, "body-not-indexed-neighbour", "淮安市淮阴区和淮安市政府2024年信息公开申请数比较", "body_not_indexed",
      note="淮阴区 is not in the corpus (淮安市 and 洪泽区 are)",
      absent={"issuer_words": ["淮阴"]})
unans(9, "body-not-indexed-sister-dept", "沭阳县住建局和沭阳县发改局2023年收到的申请谁多", "body_not_indexed",
      note="only 沭阳县发展和改革局 and 沭阳县人民政府 are in the corpus",
      absent={"issuer_words": ["住房", "住建"]})

F = []  # followups
def follow(i, cls, turns, note=None):
    F.append(dict(id="x3-f%02d" % i, kind="followup", cls=cls, turns=turns, note=note))

follow(1, "series->column->pick", [
    dict(kind="series", q="平潭综合实验区2021-2025年新收的申请总数每年多少？", body="pingtan", span=(2021, 2025), ref=NEW),
    dict(kind="series", q="那自然人呢？", body="pingtan", span=(2021, 2025), ref=NEW_NP),
    dict(kind="series", q="哪年最多？", body="pingtan", span=(2021, 2025), ref=NEW_NP, pick="max"),
])
follow(2, "comparison->table4-switch", [
    dict(kind="comparison", q="2024年淮安市和平潭实验区行政复议各多少件？", reports=["huaian-city_2024", "pingtan_2024"],
         ref=("T4", "cases", "review.total"), unit="件", order="desc"),
    dict(kind="comparison", q="那诉讼呢（直接起诉和复议后起诉合计）", reports=["huaian-city_2024", "pingtan_2024"],
         ref=LIT_ALL, unit="件", order="desc"),
    dict(kind="comparison", q="只看复议后起诉的呢", reports=["huaian-city_2024", "pingtan_2024"],
         ref=("T4", "cases", "litigation_after_review.total"), unit="件", order="desc"),
])
follow(3, "series->subcolumn->sum", [
    dict(kind="series", q="平潭2019到2025年行政复议总数逐年是多少", body="pingtan", span=(2019, 2025), ref=("T4", "cases", "review.total")),
    dict(kind="series", q="其中结果维持的呢", body="pingtan", span=(2019, 2025), ref=("T4", "cases", "review.maintained")),
    dict(kind="series", q="维持的加起来一共多少", body="pingtan", span=(2019, 2025), ref=("T4", "cases", "review.maintained"), pick="sum"),
])
follow(4, "series->unanswerable-year->cell", [
    dict(kind="series", q="上海市政府办公厅2019到2025年新收申请数", body="shanghai-municipal-office", span=(2019, 2025), ref=NEW),
    dict(kind="unanswerable", q="那2022年呢？", reason="year_not_indexed", report=None, year=2022,
         absent={"stems": ["shanghai-municipal-office_2022"]}),
    dict(kind="cell", q="2025年商业企业那一栏呢", report="shanghai-municipal-office_2025",
         ref=("T3", "new_received", "commercial_enterprise")),
])
follow(5, "comparison->row->cell", [
    dict(kind="comparison", q="2023年平潭、洪泽、沭阳发改局新收申请分别多少", reports=["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"],
         ref=NEW, unit="件", order=None),
    dict(kind="comparison", q="不掌握信息没法提供的呢", reports=["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"],
         ref=("T3", "unable_not_held", "total"), unit="件", order=None),
    dict(kind="cell", q="洪泽那个复议维持几件", report="hongze-district_2023", ref=("T4", "cases", "review.maintained")),
])
follow(6, "series->body-switch->pick", [
    dict(kind="series", q="平潭县政府2011到2013年主动公开信息数", body="pingtan-county", span=(2011, 2013),
         ref=("stats", "proactive_total", "this_year")),
    dict(kind="series", q="实验区呢？", body="pingtan", span=(2011, 2013), ref=("stats", "proactive_total", "this_year")),
    dict(kind="series", q="实验区哪年最多", body="pingtan", span=(2011, 2013), ref=("stats", "proactive_total", "this_year"), pick="max"),
])
follow(7, "comparison->column->unanswerable-year", [
    dict(kind="comparison", q="2025年平潭、沭阳县、上海市政府办公厅的行政复议总数比较",
         reports=["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
         ref=("T4", "cases", "review.total"), unit="件", order="desc"),
    dict(kind="comparison", q="纠正的呢", reports=["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
         ref=("T4", "cases", "review.corrected"), unit="件", order="desc"),
    dict(kind="unanswerable", q="2026年的呢", reason="year_not_indexed", report=None, year=2026,
         absent={"stems": ["pingtan_2026", "shuyang-county_2026", "shanghai-municipal-office_2026"]}),
])
follow(8, "series-t2->row->pick", [
    dict(kind="series", q="平潭实验区２０２１到２０２５年行政许可决定数", body="pingtan", span=(2021, 2025),
         ref=("T2", "administrative_licensing", "decisions")),
    dict(kind="series", q="处罚呢", body="pingtan", span=(2021, 2025), ref=("T2", "administrative_penalty", "decisions")),
    dict(kind="series", q="行政强制哪年最少", body="pingtan", span=(2021, 2025), ref=("T2", "administrative_coercion", "decisions"), pick="min"),
])
follow(9, "comparison->row->row", [
    dict(kind="comparison", q="2021年虹口区和平潭实验区新收申请数对比", reports=["hongkou-district_2021", "pingtan_2021"],
         ref=NEW, unit="件", order="desc"),
    dict(kind="comparison", q="上年结转的呢", reports=["hongkou-district_2021", "pingtan_2021"],
         ref=("T3", "carried_over_from_last_year", "total"), unit="件", order="desc"),
    dict(kind="comparison", q="结转到下一年的呢", reports=["hongkou-district_2021", "pingtan_2021"],
         ref=("T3", "carried_to_next_year", "total"), unit="件", order="desc"),
])
follow(10, "series->consistency", [
    dict(kind="series", q="平潭2019-2025年每年结转下年度继续办理的申请数", body="pingtan", span=(2019, 2025),
         ref=("T3", "carried_to_next_year", "total")),
    dict(kind="consistency", q="跟下一年报告的上年结转数都对得上吗", body="pingtan",
         pairs=[(PT(y), PT(y + 1)) for y in range(2019, 2025)], mode="carry", key="total"),
])
follow(11, "comparison-pre2019->year->row", [
    dict(kind="comparison", q="2012年平潭县和平潭综合实验区受理的依申请公开信息总数各多少",
         reports=["pingtan-county_2012", "pingtan_2012"], ref=("stats", "requests_total", "this_year"), unit="条", order="desc"),
    dict(kind="comparison", q="2013年呢", reports=["pingtan-county_2013", "pingtan_2013"],
         ref=("stats", "requests_total", "this_year"), unit="条", order="desc"),
    dict(kind="comparison", q="网上申请的呢", reports=["pingtan-county_2013", "pingtan_2013"],
         ref=("stats", "req_online", "this_year"), unit="条", order="desc"),
])
follow(12, "series->column->unanswerable-body", [
    dict(kind="series", q="上海市人民政府办公厅历年行政复议总数", body="shanghai-municipal-office", span=None,
         ref=("T4", "cases", "review.total")),
    dict(kind="series", q="直接起诉的呢", body="shanghai-municipal-office", span=None, ref=("T4", "cases", "litigation_direct.total")),
    dict(kind="unanswerable", q="那黄浦区呢", reason="body_not_indexed", report=None, year=None,
         absent={"issuer_words": ["黄浦"]}),
])
follow(13, "series-fee->pick->other-format", [
    dict(kind="series", q="平潭2021到2025年行政事业性收费金额（万元）", body="pingtan", span=(2021, 2025),
         ref=("T2", "administrative_fees", "fee_amount")),
    dict(kind="series", q="哪年最高", body="pingtan", span=(2021, 2025), ref=("T2", "administrative_fees", "fee_amount"), pick="max"),
    dict(kind="unanswerable", q="2020年的收费金额呢", reason="not_in_this_format", report="pingtan_2020", year=2020,
         note="2020 (trial format) reports fee item counts, not an amount",
         absent={"cell": ["pingtan_2020", "T2", "administrative_fees", "fee_amount"]}),
])
follow(14, "series-cross-format->pick->year-cell", [
    dict(kind="series", q="平潭历年行政诉讼数（2016-2025，直接起诉和复议后起诉合计）", body="pingtan", span=(2016, 2025), ref=LIT_X),
    dict(kind="series", q="最多是哪年", body="pingtan", span=(2016, 2025), ref=LIT_X, pick="max"),
    dict(kind="cell", q="那年复议后起诉结果维持的有几件", report="@prev_pick",
         ref=("T4", "cases", "litigation_after_review.maintained")),
])

ALL = S + C + K + N + B + U + F
