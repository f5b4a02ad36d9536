# -*- coding: utf-8 -*-
"""Question references for blind cross-report set xset21. No typed numbers: every figure is
computed by build.py from /work/blind/gold. A "concept" names a row that means the same thing across
table formats; CONCEPTS maps it, per format, to the gold cell(s) (a list = sum of cells)."""

# body stem prefix -> indexed years are discovered from the corpus folder by build.py

# concept -> {format: [(table,row,col), ...]}  (list = sum). Missing format = not comparable.
T3 = lambda row, col="total": [("T3", row, col)]
CONCEPTS = {
    "new_total": {"2021": T3("new_received"), "2019_trial": T3("new_received"),
                  "pre_2019": [("stats", "requests_total", "this_year")]},
    "new_np": {"2021": T3("new_received", "natural_person"), "2019_trial": T3("new_received", "natural_person")},
    "new_ce": {"2021": T3("new_received", "commercial_enterprise"), "2019_trial": T3("new_received", "commercial_enterprise")},
    "new_other": {"2021": T3("new_received", "other_org"), "2019_trial": T3("new_received", "other_org")},
    "granted_total": {"2021": T3("granted"), "2019_trial": T3("granted"),
                      "pre_2019": [("stats", "reply_full", "this_year")]},
    "granted_np": {"2021": T3("granted", "natural_person"), "2019_trial": T3("granted", "natural_person")},
    "partial_total": {"2021": T3("partially_granted"), "2019_trial": T3("partially_granted"),
                      "pre_2019": [("stats", "reply_partial", "this_year")]},
    "results_total": {"2021": T3("results_total"), "2019_trial": T3("results_total"),
                      "pre_2019": [("stats", "replies_total", "this_year")]},
    "not_held": {"2021": T3("unable_not_held"), "2019_trial": T3("unable_not_held")},
    "not_held_np": {"2021": T3("unable_not_held", "natural_person"), "2019_trial": T3("unable_not_held", "natural_person")},
    "unclear": {"2021": T3("unable_unclear_after_correction"), "2019_trial": T3("unable_unclear_after_correction")},
    "duplicate": {"2021": T3("not_processed_duplicate"), "2019_trial": T3("not_processed_duplicate")},
    "petition_np": {"2021": T3("not_processed_petition_complaint", "natural_person"),
                    "2019_trial": T3("not_processed_petition_complaint", "natural_person")},
    "internal": {"2021": T3("denied_internal_affairs"), "2019_trial": T3("denied_internal_affairs")},
    "enforcement": {"2021": T3("denied_enforcement_case_file"), "2019_trial": T3("denied_enforcement_case_file")},
    "state_secret": {"2021": T3("denied_state_secret"), "2019_trial": T3("denied_state_secret")},
    "other_proc": {"2019_trial": T3("other_processing"),
                   "2021": T3("other_no_correction_overdue") + T3("other_fee_unpaid_overdue") + T3("other_other")},
    "no_correction": {"2021": T3("other_no_correction_overdue")},
    "carry_next": {"2021": T3("carried_to_next_year"), "2019_trial": T3("carried_to_next_year")},
    "carry_in": {"2021": T3("carried_over_from_last_year"), "2019_trial": T3("carried_over_from_last_year")},
    "review_total": {"2021": [("T4", "cases", "review.total")], "2019_trial": [("T4", "cases", "review.total")],
                     "pre_2019": [("stats", "admin_review", "this_year")]},
    "review_maint": {"2021": [("T4", "cases", "review.maintained")], "2019_trial": [("T4", "cases", "review.maintained")]},
    "review_corr": {"2021": [("T4", "cases", "review.corrected")], "2019_trial": [("T4", "cases", "review.corrected")]},
    "lit_direct": {"2021": [("T4", "cases", "litigation_direct.total")], "2019_trial": [("T4", "cases", "litigation_direct.total")]},
    "lit_after": {"2021": [("T4", "cases", "litigation_after_review.total")], "2019_trial": [("T4", "cases", "litigation_after_review.total")]},
    "lit_total": {"2021": [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")],
                  "2019_trial": [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")],
                  "pre_2019": [("stats", "admin_litigation", "this_year")]},
    "proactive": {"pre_2019": [("stats", "proactive_total", "this_year")]},
    "proactive_cum": {"pre_2019": [("stats", "proactive_total", "cumulative")]},
    "req_online": {"pre_2019": [("stats", "req_online", "this_year")]},
    "req_email": {"pre_2019": [("stats", "req_email", "this_year")]},
    "fee": {"2021": [("T2", "administrative_fees", "fee_amount")]},
    "licensing": {"2021": [("T2", "administrative_licensing", "decisions")]},
    "penalty": {"2021": [("T2", "administrative_penalty", "decisions")]},
    "coercion": {"2021": [("T2", "administrative_coercion", "decisions")]},
}
UNITS = {"fee": "万元", "proactive": "条", "proactive_cum": "条", "req_online": "条", "req_email": "条"}

# ---------------- series: (id, class, question, body, concept, span(first,last) or None, pick kind or None)
SERIES = [
 ("s01", "all-years-mixed-format", "平潭综合实验区历年收到的政府信息公开申请分别是多少件？", "pingtan", "new_total", None, None),
 ("s02", "span-natural-person", "2019到2025年平潭实验区每年自然人提的信息公开申请各多少", "pingtan", "new_np", (2019, 2025), None),
 ("s03", "colloquial-column", "平潭综试区近五年（2021-2025）企业来申请公开的有多少，按年列一下", "pingtan", "new_ce", (2021, 2025), None),
 ("s04", "max-year", "平潭综合实验区2019年至2025年哪一年给予公开（全部公开）的申请最多？", "pingtan", "granted_total", (2019, 2025), "max"),
 ("s05", "sum-years", "平潭2021到2025年因为信息公开被申请行政复议的加起来一共多少件", "pingtan", "review_total", (2021, 2025), "sum"),
 ("s06", "description-row", "平潭综合实验区2019—2025年每年因为“本机关不掌握”没法提供的申请有几件？变化趋势怎样", "pingtan", "not_held", (2019, 2025), None),
 ("s07", "pre2019-series", "平潭综合实验区2011至2018年每年主动公开了多少条政府信息？", "pingtan", "proactive", (2011, 2018), None),
 ("s08", "not-comparable-later", "平潭综合实验区2016年到2025年主动公开信息数各年是多少", "pingtan", "proactive", (2016, 2025), None),
 ("s09", "not-comparable-earlier", "平潭实验区从2011年到2025年每年自然人申请数量", "pingtan", "new_np", (2011, 2025), None),
 ("s10", "max-year-fee", "平潭综合实验区2021-2025年行政事业性收费金额哪年最高？", "pingtan", "fee", (2021, 2025), "max"),
 ("s11", "not-comparable-trial-fee", "平潭综合实验区2019年到2025年行政事业性收费金额（万元）逐年是多少", "pingtan", "fee", (2019, 2025), None),
 ("s12", "min-year-T2", "平潭2021~2025年行政许可处理决定数量哪一年最少", "pingtan", "licensing", (2021, 2025), "min"),
 ("s13", "T2-series", "近几年平潭综合实验区的行政处罚决定数（2021年以来）", "pingtan", "penalty", (2021, 2025), None),
 ("s14", "carry-series", "平潭综合实验区2019-2025年每年结转到下一年继续办的申请有多少", "pingtan", "carry_next", (2019, 2025), None),
 ("s15", "other-processing-cross-format", "平潭实验区2019年至2025年“其他处理”的申请每年几件？", "pingtan", "other_proc", (2019, 2025), None),
 ("s16", "subrow-2021-only", "平潭综合实验区2019到2025年，申请人逾期不补正、不再处理的申请每年有多少", "pingtan", "no_correction", (2019, 2025), None),
 ("s17", "sum-years-litigation", "平潭综合实验区2019年到2025年没经过复议直接被起诉的案子一共有多少件", "pingtan", "lit_direct", (2019, 2025), "sum"),
 ("s18", "review-cross-format", "平潭综合实验区2014年以来每年的行政复议数", "pingtan", "review_total", (2014, 2025), None),
 ("s19", "max-year-partial", "2019-2025年平潭综合实验区部分公开的申请哪年最多", "pingtan", "partial_total", (2019, 2025), "max"),
 ("s20", "keyword-only", "平潭 内部事务信息 不予公开 2021-2025 每年", "pingtan", "internal", (2021, 2025), None),
 ("s21", "description-row", "平潭综合实验区2019年至2025年因为属于行政执法案卷而不公开的，每年几件", "pingtan", "enforcement", (2019, 2025), None),
 ("s22", "sum-years-duplicate", "平潭实验区2019~2025年重复申请的总共有几件？", "pingtan", "duplicate", (2019, 2025), "sum"),
 ("s23", "T4-subcolumn", "平潭综合实验区2021年到2025年行政复议结果维持的每年各多少", "pingtan", "review_maint", (2021, 2025), None),
 ("s24", "sum-years-corrected", "平潭综合实验区2021至2025年行政复议被纠正的合计多少件", "pingtan", "review_corr", (2021, 2025), "sum"),
 ("s25", "pre2019-row", "平潭综合实验区2011-2014年网上申请信息公开的每年有几条", "pingtan", "req_online", (2011, 2014), None),
 ("s26", "min-year-results", "平潭综合实验区2019年到2025年办结（本年度办理结果总计）最少的是哪一年", "pingtan", "results_total", (2019, 2025), "min"),
 ("s27", "description-row", "平潭综合实验区2019-2025年补正以后申请内容还是不明确的有多少件，按年说", "pingtan", "unclear", (2019, 2025), None),
 ("s28", "T4-after-review", "平潭综合实验区近5年（2021到2025）复议后又起诉的行政诉讼各多少", "pingtan", "lit_after", (2021, 2025), None),
 ("s29", "max-year-lit-total", "平潭综合实验区2019年以来行政诉讼总数哪年最多？", "pingtan", "lit_total", (2019, 2025), "max"),
 ("s30", "column-other-org", "平潭综合实验区2021-2025年“其他”类法人组织提出的申请每年有几件", "pingtan", "new_other", (2021, 2025), None),
 ("s31", "county-sum", "平潭县政府2011到2013年受理的依申请公开一共多少条", "pingtan-county", "new_total", (2011, 2013), "sum"),
 ("s32", "county-max", "平潭县人民政府2011年至2013年哪一年主动公开的信息最多", "pingtan-county", "proactive", (2011, 2013), "max"),
 ("s33", "county-series", "平潭县2011、2012、2013三年同意公开的答复各有多少条", "pingtan-county", "granted_total", (2011, 2013), None),
 ("s34", "county-series-email", "平潭县政府历年通过电子邮件申请信息公开的数量", "pingtan-county", "req_email", None, None),
 ("s35", "county-cumulative", "平潭县人民政府2011-2013年报统计表里主动公开信息的历年累计数各是多少", "pingtan-county", "proactive_cum", (2011, 2013), None),
 ("s36", "gaps-many", "上海市政府办公厅2019到2025年每年收到的信息公开申请数", "shanghai-municipal-office", "new_total", (2019, 2025), None),
 ("s37", "all-years-short-name", "上海市府办公厅历年行政复议总数", "shanghai-municipal-office", "review_total", None, None),
 ("s38", "max-year-two-reports", "上海市人民政府办公厅哪一年结转到下年度继续办理的申请最多？", "shanghai-municipal-office", "carry_next", None, "max"),
 ("s39", "short-name-column", "市政府办公厅（上海）各年度商业企业申请的件数", "shanghai-municipal-office", "new_ce", None, None),
 ("s40", "np-column-blank-total", "上海市政府办公厅历年自然人申请中本机关不掌握的有多少", "shanghai-municipal-office", "not_held_np", None, None),
 ("s41", "np-column-petition", "上海市人民政府办公厅2019和2025两年自然人信访举报投诉类申请各几件", "shanghai-municipal-office", "petition_np", [2019, 2025], None),
 ("s42", "sum-years-fullwidth", "平潭综合实验区２０２０年到２０２４年新收的申请加起来多少件", "pingtan", "new_total", (2020, 2024), "sum"),
 ("s43", "all-years-litigation-mixed", "平潭综合实验区历年行政诉讼数", "pingtan", "lit_total", None, None),
 ("s44", "chinese-numeral-span", "平潭综合实验区二〇二二年至二〇二五年因涉及国家秘密不予公开的件数", "pingtan", "state_secret", (2022, 2025), None),
]

# ---------------- comparisons: (id, class, question, [stems], concept, order, decimals, rate)
# rate: None or (num_concept, den_concept) -> value = num/den*100 rounded to decimals
COMPARISONS = [
 ("c01", "three-bodies-same-year", "2024年淮安市、上海市科委、平潭综合实验区，谁收到的政府信息公开申请最多？", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], "new_total", "desc", None, None),
 ("c02", "three-bodies-2023", "2023年洪泽区政府、沭阳县发改局和平潭综合实验区新收申请分别多少", ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], "new_total", None, None, None),
 ("c03", "two-bodies-2021-T4", "2021年虹口区和平潭综合实验区被申请行政复议的各有几件，哪个多", ["hongkou-district_2021", "pingtan_2021"], "review_total", "desc", None, None),
 ("c04", "three-bodies-2025-np", "2025年沭阳县、平潭综合实验区、上海市政府办公厅自然人申请数量从多到少排一下", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "new_np", "desc", None, None),
 ("c05", "three-bodies-2025-review", "２０２５年沭阳县政府、平潭实验区、上海市府办公厅的行政复议总数比较", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "review_total", "desc", None, None),
 ("c06", "rate-granted-share", "2025年沭阳县、平潭综合实验区、上海市政府办公厅，予以公开占办结总数的比例各是多少（保留两位小数）？", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], None, "desc", 2, ("granted_total", "results_total")),
 ("c07", "T2-licensing-2024", "淮安市、上海科委、平潭2024年行政许可决定数谁最多", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], "licensing", "desc", None, None),
 ("c08", "T2-fee-2025", "2025年沭阳县和平潭综合实验区行政事业性收费金额哪个高", ["shuyang-county_2025", "pingtan_2025"], "fee", "desc", None, None),
 ("c09", "years-differ", "虹口区2021年和沭阳县2025年新收的信息公开申请比一比", ["hongkou-district_2021", "shuyang-county_2025"], "new_total", None, None, None),
 ("c10", "years-differ-city", "淮安市（2024）和沭阳县（2025）的行政复议数量，哪个多？", ["huaian-city_2024", "shuyang-county_2025"], "review_total", "desc", None, None),
 ("c11", "column-ce-2025", "2025年几个报告里商业企业申请的数量：沭阳县、平潭综合实验区、上海市政府办公厅", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "new_ce", None, None, None),
 ("c12", "denied-internal-2024", "2024年属于三类内部事务信息不予公开的，淮安市、市科委、平潭实验区各几件？哪家最多", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], "internal", "desc", None, None),
 ("c13", "sum-group-2024", "2024年淮安市、上海市科委、平潭综合实验区“不予公开”一共各有多少件（八种情形加总）", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], "denied_sum", "desc", None, None),
 ("c14", "granted-2023", "2023年洪泽区、沭阳发改局、平潭综合实验区予以公开的各多少，谁最少", ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], "granted_total", "asc", None, None),
 ("c15", "T2-penalty-2023", "2023年洪泽区和平潭综合实验区行政处罚决定数比较", ["hongze-district_2023", "pingtan_2023"], "penalty", "desc", None, None),
 ("c16", "not-held-2021", "2021年虹口区和平潭实验区因本机关不掌握而无法提供的申请各多少", ["hongkou-district_2021", "pingtan_2021"], "not_held", None, None, None),
 ("c17", "np-2021", "虹口区跟平潭综合实验区2021年自然人申请哪个多", ["hongkou-district_2021", "pingtan_2021"], "new_np", "desc", None, None),
 ("c18", "trial-format-2019", "2019年上海市政府办公厅和平潭综合实验区新收申请各多少件", ["shanghai-municipal-office_2019", "pingtan_2019"], "new_total", "desc", None, None),
 ("c19", "carry-2019", "2019年上海市人民政府办公厅、平潭综合实验区结转下年度继续办理的分别是", ["shanghai-municipal-office_2019", "pingtan_2019"], "carry_next", None, None, None),
 ("c20", "rate-correction", "2025年行政复议纠错率（结果纠正÷复议总数×100%）：沭阳县、平潭实验区、上海市政府办公厅，保留1位小数，哪个最高", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], None, "desc", 1, ("review_corr", "review_total")),
 ("c21", "same-county-two-bodies", "沭阳县政府2025年和沭阳县发展改革局2023年收到的信息公开申请各几件", ["shuyang-county_2025", "shuyang-fgj_2023"], "new_total", None, None, None),
 ("c22", "city-and-district", "淮安市2024年和洪泽区2023年新收信息公开申请数比较", ["huaian-city_2024", "hongze-district_2023"], "new_total", "desc", None, None),
 ("c23", "legal-service-col", "2025年法律服务机构提出的公开申请：沭阳县、平潭综合实验区、上海市政府办公厅各多少", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "new_legal", None, None, None),
 ("c24", "lit-direct-2025", "2025年未经复议直接起诉的行政诉讼，沭阳县、平潭、上海市政府办公厅谁最多", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "lit_direct", "desc", None, None),
 ("c25", "no-process-sum-2025", "二〇二五年沭阳县、平潭综合实验区、上海市府办公厅的“不予处理”（五类加起来）各是多少", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "notproc_sum", "desc", None, None),
 ("c26", "carry-2024", "2024年淮安市和平潭综合实验区结转到2025年的申请各有多少", ["huaian-city_2024", "pingtan_2024"], "carry_next", "desc", None, None),
 ("c27", "partial-2024-short", "淮安 科委 平潭 2024 部分公开 对比", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], "partial_total", "desc", None, None),
 ("c28", "not-held-rate-2024", "2024年淮安市和上海市科委，本机关不掌握占办结总数的百分比各是多少？保留两位小数", ["huaian-city_2024", "shanghai-stcsm_2024"], None, "desc", 2, ("not_held", "results_total")),
 ("c29", "county-vs-zone-2012", "2012年平潭县政府和平潭综合实验区受理依申请公开信息各多少条", ["pingtan-county_2012", "pingtan_2012"], "new_total", None, None, None),
 ("c30", "county-vs-zone-2013-proactive", "2013年平潭县人民政府和平潭综合实验区管委会主动公开信息数哪个多", ["pingtan-county_2013", "pingtan_2013"], "proactive", "desc", None, None),
 ("c31", "duplicate-2025", "沭阳县、平潭综合实验区和上海市政府办公厅2025年重复申请的各几件", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "duplicate", None, None, None),
]
CONCEPTS["denied_sum"] = {"2021": [("T3", r, "total") for r in ["denied_state_secret", "denied_other_law",
    "denied_three_security_one_stability", "denied_third_party_rights", "denied_internal_affairs",
    "denied_process_info", "denied_enforcement_case_file", "denied_admin_query"]]}
CONCEPTS["notproc_sum"] = {"2021": [("T3", r, "total") for r in ["not_processed_petition_complaint",
    "not_processed_duplicate", "not_processed_publication", "not_processed_massive_repeated",
    "not_processed_confirm_or_reissue"]]}
CONCEPTS["new_legal"] = {"2021": T3("new_received", "legal_service_org"), "2019_trial": T3("new_received", "legal_service_org")}

# ---------------- consistency: (id, class, question, body, kind, [years], column_or_row)
# kind "carry": T3 carried_to_next_year[Y][col] vs carried_over_from_last_year[Y+1][col]
# kind "cum": stats row cumulative[Y] vs cumulative[Y+1] - this_year[Y+1]
CONSISTENCY = [
 ("k01", "carry-chain-all", "平潭综合实验区2019到2025年，每年结转下年度的申请数和下一年报告里的上年结转数都对得上吗？", "pingtan", "carry", list(range(2019, 2026)), "total"),
 ("k02", "carry-pair", "平潭综合实验区2021年年报结转下年度继续办理的件数，与2022年年报上年结转的件数一致吗", "pingtan", "carry", [2021, 2022], "total"),
 ("k03", "carry-pair-np", "平潭实验区2024年自然人结转到下年的申请，和2025年自然人“上年结转”对不对得上", "pingtan", "carry", [2024, 2025], "natural_person"),
 ("k04", "carry-pair", "核对一下：平潭综合实验区2022年结转下年度数=2023年上年结转数？", "pingtan", "carry", [2022, 2023], "total"),
 ("k05", "carry-pair-trial-to-2021", "平潭综合实验区2020年报结转数和2021年报上年结转数相符吗", "pingtan", "carry", [2020, 2021], "total"),
 ("k06", "carry-pair-ce", "平潭综合实验区商业企业申请：2023年结转下年度和2024年上年结转是否一致", "pingtan", "carry", [2023, 2024], "commercial_enterprise"),
 ("k07", "cum-chain-county", "平潭县政府2011-2013年统计表主动公开信息数的历年累计，是不是每年都等于上年累计加本年度？", "pingtan-county", "cum", [2011, 2012, 2013], "proactive_total"),
 ("k08", "cum-pair-county-requests", "平潭县2013年依申请公开总数的历年累计跟2012年累计加2013年本年度对得上吗", "pingtan-county", "cum", [2012, 2013], "requests_total"),
 ("k09", "cum-chain-zone-disagree", "平潭综合实验区2011到2014年主动公开信息历年累计数前后衔接吗", "pingtan", "cum", [2011, 2012, 2013, 2014], "proactive_total"),
 ("k10", "cum-pair-zone", "平潭综合实验区2014年主动公开的历年累计数，是否等于2013年累计数加上2014年当年数", "pingtan", "cum", [2013, 2014], "proactive_total"),
 ("k11", "cum-pair-county-web", "平潭县人民政府网站公开信息的历年累计：2012年和2013年能不能接上", "pingtan-county", "cum", [2012, 2013], "proactive_website"),
 ("k12", "carry-pair-trial", "平潭综合实验区2019年结转下年度继续办理与2020年上年结转数量核对", "pingtan", "carry", [2019, 2020], "total"),
]

# ---------------- noyear: (id, class, question, report, spec)
# spec: ("cell", table,row,col) | ("derived", [num cells], [den cells] or None, decimals, unit) | ("narrative", substring)
NOYEAR = [
 ("n01", "noyear-cell", "沭阳县政府新收的政府信息公开申请有多少件？", "shuyang-county_2025", ("cell", "T3", "new_received", "total")),
 ("n02", "noyear-narrative-phone", "淮安市政府信息公开的联系电话是多少", "huaian-city_2024", ("narrative", "电话：0517-83605210")),
 ("n03", "noyear-T4", "上海市政府办公厅因为信息公开被申请行政复议多少件", "shanghai-municipal-office_2025", ("cell", "T4", "cases", "review.total")),
 ("n04", "noyear-short-name", "平潭实验区收到多少信息公开申请", "pingtan_2025", ("cell", "T3", "new_received", "total")),
 ("n05", "noyear-narrative-problem", "平潭综合实验区政府信息公开工作存在哪些问题", "pingtan_2025", ("narrative", "政务公开队伍建设有待进一步加强")),
 ("n06", "noyear-narrative-address", "虹口区政府办公室地址在哪", "hongkou-district_2021", ("narrative", "地址：飞虹路 518 号")),
 ("n07", "noyear-narrative-dept", "上海市科委信息公开工作主要问题是什么", "shanghai-stcsm_2024", ("narrative", "根据本市机构改革工作安排")),
 ("n08", "noyear-old-body", "平潭县人民政府办公室电话", "pingtan-county_2013", ("narrative", "电话：24336243")),
 ("n09", "noyear-dept-short", "沭阳发改局收到几件依申请公开", "shuyang-fgj_2023", ("cell", "T3", "new_received", "total")),
 ("n10", "noyear-T2", "洪泽区行政处罚决定有多少", "hongze-district_2023", ("cell", "T2", "administrative_penalty", "decisions")),
 ("n11", "noyear-description-row", "上海市人民政府办公厅因为不掌握信息而没法提供的申请有多少", "shanghai-municipal-office_2025", ("cell", "T3", "unable_not_held", "total")),
 ("n12", "noyear-derived-share", "淮安市政府予以公开的申请占办结总数多少（百分比，两位小数）", "huaian-city_2024", ("derived", [("T3", "granted", "total")], [("T3", "results_total", "total")], 2, "%")),
 ("n13", "noyear-pre2019", "平潭县政府主动公开信息数是多少条", "pingtan-county_2013", ("cell", "stats", "proactive_total", "this_year")),
]

# ---------------- nobody: (id, class, question, [(stem, substring)])
NOBODY = [
 ("b01", "nobody-fee", "申请政府信息公开要交钱吗？", [("pingtan_2016", "依申请提供政府信息暂不收费"), ("pingtan_2025", "无收取信息处理费情况")]),
 ("b02", "nobody-download", "政府信息公开年报在哪里可以下载", [("shanghai-municipal-office_2025", "门户网站（www.shanghai.gov.cn）下载"), ("hongkou-district_2021", "本年度报告可在“上海虹口”门户网站")]),
 ("b03", "nobody-deadline", "依申请公开一般都能按时答复吗", [("hongkou-district_2021", "均在法定期限内予以答复"), ("huaian-city_2024", "均在法定期限内予以答复")]),
 ("b04", "nobody-how-to-apply", "怎么在网上申请政府信息公开？", [("pingtan-county_2013", "可以向相关部门单位提出信息公开申请")]),
 ("b05", "nobody-problems", "依申请公开答复质量方面普遍有什么问题", [("pingtan_2025", "依申请公开答复质量待进一步提升"), ("shuyang-county_2025", "依申请办件质量需进一步提升")]),
 ("b06", "nobody-keyword", "信息公开 年报 统计期限", [("pingtan_2025", "统计期限为2025年1月1日至2025年12月31日"), ("huaian-city_2024", "统计期限自 2024 年 1 月 1 日")]),
]

# ---------------- unanswerable: (id, class, question, reason, note)
UNANSWERABLE = [
 ("u01", "years-not-indexed", "上海市人民政府办公厅2021到2023年每年收到的信息公开申请", "year_not_indexed", "only 2019 and 2025 are indexed for this body"),
 ("u02", "gap-years", "平潭综合实验区2015年和2017年的主动公开信息数", "year_not_indexed", "2015 and 2017 reports are not in the corpus"),
 ("u03", "body-not-indexed-neighbour", "宿迁市和淮安市2024年信息公开申请数对比", "body_not_indexed", "宿迁市 (the city over 沭阳县) has no report"),
 ("u04", "body-not-indexed-district", "上海市黄浦区历年政府信息公开申请数", "body_not_indexed", "no 黄浦区 report; only 虹口区 2021 is a Shanghai district"),
 ("u05", "body-shares-words", "淮安市淮阴区和洪泽区2023年行政复议比较", "body_not_indexed", "淮阴区 not indexed"),
 ("u06", "format-change-consistency", "平潭综合实验区2018年结转到2019年的申请数，跟2019年报上年结转对得上吗", "not_in_this_format", "the 2018 统计表 has no 结转 row"),
 ("u07", "no-such-figure-series", "沭阳县发改局历年政务公开经费预算", "no_such_figure", "no report holds a budget figure"),
]

# ---------------- followups: list of (id, class, [turn, ...]); turn = (question, kind, spec)
#  kind series: (body, concept, span, pick); comparison: (stems, concept, order, decimals, rate); unanswerable: (reason,)
FOLLOWUPS = [
 ("f01", "series-change-column-then-max", [
   ("平潭综合实验区2019到2025年每年新收的申请多少件", "series", ("pingtan", "new_total", (2019, 2025), None)),
   ("那自然人呢？", "series", ("pingtan", "new_np", (2019, 2025), None)),
   ("哪年最多？", "series", ("pingtan", "new_np", (2019, 2025), "max"))]),
 ("f02", "comparison-change-T4-block", [
   ("2025年沭阳县、平潭综合实验区、上海市政府办公厅行政复议各多少", "comparison", (["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "review_total", None, None, None)),
   ("那直接起诉的诉讼呢", "comparison", (["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "lit_direct", None, None, None))]),
 ("f03", "series-change-column", [
   ("上海市政府办公厅历年新收申请数", "series", ("shanghai-municipal-office", "new_total", None, None)),
   ("法人呢，商业企业那列", "series", ("shanghai-municipal-office", "new_ce", None, None))]),
 ("f04", "comparison-change-row", [
   ("2024年淮安市、市科委、平潭实验区新收申请对比", "comparison", (["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], "new_total", None, None, None)),
   ("不予公开里属于内部事务的呢", "comparison", (["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], "internal", None, None, None)),
   ("谁最多", "comparison", (["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], "internal", "desc", None, None))]),
 ("f05", "series-then-sum", [
   ("平潭县政府2011-2013每年受理的依申请公开数", "series", ("pingtan-county", "new_total", (2011, 2013), None)),
   ("三年加起来多少", "series", ("pingtan-county", "new_total", (2011, 2013), "sum"))]),
 ("f06", "series-then-gap-year", [
   ("平潭综合实验区2016到2018年主动公开信息数", "series", ("pingtan", "proactive", (2016, 2018), None)),
   ("2017年那份怎么没有？2017年是多少", "unanswerable", ("year_not_indexed",)),
   ("那2014到2018年加起来呢", "series", ("pingtan", "proactive", (2014, 2018), "sum"))]),
 ("f07", "comparison-change-table", [
   ("2021年虹口区和平潭综合实验区新收申请各多少", "comparison", (["hongkou-district_2021", "pingtan_2021"], "new_total", None, None, None)),
   ("复议那块呢", "comparison", (["hongkou-district_2021", "pingtan_2021"], "review_total", None, None, None)),
   ("复议后起诉的呢，哪个多", "comparison", (["hongkou-district_2021", "pingtan_2021"], "lit_after", "desc", None, None))]),
 ("f08", "series-T2-change-row-min", [
   ("平潭综合实验区2021年以来每年的行政事业性收费金额", "series", ("pingtan", "fee", (2021, 2025), None)),
   ("那行政许可呢", "series", ("pingtan", "licensing", (2021, 2025), None)),
   ("哪年最少", "series", ("pingtan", "licensing", (2021, 2025), "min"))]),
 ("f09", "comparison-change-row-2023", [
   ("2023年洪泽区、沭阳发改局、平潭实验区新收申请", "comparison", (["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], "new_total", None, None, None)),
   ("予以公开的呢", "comparison", (["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], "granted_total", None, None, None))]),
 ("f10", "series-carry-out-then-in", [
   ("平潭综合实验区2019到2025年结转下年度继续办理的各几件", "series", ("pingtan", "carry_next", (2019, 2025), None)),
   ("那上年结转过来的呢", "series", ("pingtan", "carry_in", (2019, 2025), None))]),
 ("f11", "comparison-then-unindexed-body", [
   ("2025年沭阳县和平潭综合实验区自然人申请各多少", "comparison", (["shuyang-county_2025", "pingtan_2025"], "new_np", None, None, None)),
   ("宿迁市呢", "unanswerable", ("body_not_indexed",)),
   ("把上海市政府办公厅也加进来比比，谁最多", "comparison", (["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], "new_np", "desc", None, None))]),
 ("f12", "series-then-other-format", [
   ("平潭综合实验区2011到2018年主动公开信息数", "series", ("pingtan", "proactive", (2011, 2018), None)),
   ("2019年以后的呢", "unanswerable", ("not_in_this_format",))]),
]

NOTES = {
 "s01": "pre-2019 years map 受理依申请公开信息总数 (本年度) to 一、本年新收 总计; 2019+ from T3 new_received.total",
 "s07": "table figures as printed; pingtan_2012 prose says 1913 and pingtan_2013 prose says 4970 while the 统计表 says 739 / 72804 (gold = table)",
 "s08": "2019+ formats have no 主动公开信息数 total (T2 counts only documents/decisions), so 2019-2025 are not comparable",
 "s09": "pre-2019 统计表 has no applicant-type breakdown: 2011-2018 not comparable",
 "s11": "2019/2020 trial T2 （八） counts fee ITEMS, not an amount in 万元: not comparable",
 "s15": "2019/2020 （六）其他处理 is one row; 2021+ value = sum of its three sub-rows",
 "s16": "sub-row exists only in the 2021 format; 2019/2020 not comparable",
 "s18": "pre-2019 行政复议数 (本年度) mapped to T4 review.total; pingtan_2013 prose mentions 1 复议 but its table says 0 (not in this span)",
 "s29": "行政诉讼总数 = 未经复议直接起诉 总计 + 复议后起诉 总计",
 "s37": "the 2025 report's T4 footnote says the counts include cases carried over from the previous year",
 "s43": "pre-2019 行政诉讼数 mapped to T4 litigation_direct.total + litigation_after_review.total",
 "s25": "pre-2019 rows only (网上申请数); 2019+ tables have no channel breakdown",
 "c06": "予以公开 only ((一)); the 2025 上海 prose figure 208 is 予以公开+部分公开",
 "c13": "sum of the eight （三）不予公开 rows' 总计",
 "c25": "sum of the five （五）不予处理 rows' 总计",
 "c29": "pre-2019 受理依申请公开信息总数 本年度",
 "c30": "statistics-table figures; pingtan_2013 prose says 4970 (table 72804) — gold = table",
 "k01": "T3 四、结转下年度继续办理 (Y) vs 二、上年结转 (Y+1), 总计 column; 2019/2020 trial and 2021 format share both rows",
}
