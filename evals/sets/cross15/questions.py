# Cross-report question references for blind set xset15 (prefix x15-).
# No numbers are typed here: every expected value is computed by build.py from the gold cells.
#
# Metric = either a named cross-format metric (CROSS below: which cell means the same thing in each table
# format, decided from the printed labels), or a generic "TABLE.row.col" key (exists only where the gold has it).

CROSS = {
    # 受理/新收申请: 2019+ 一、本年新收政府信息公开申请数量 (总计) == pre-2019 受理依申请公开信息总数 (本年度)
    "apps": {"2021": "T3.new_received.total", "2019_trial": "T3.new_received.total",
             "pre_2019": "stats.requests_total.this_year"},
    # 同意公开 / 予以公开
    "granted": {"2021": "T3.granted.total", "2019_trial": "T3.granted.total",
                "pre_2019": "stats.reply_full.this_year"},
    # 同意部分公开 / 部分公开
    "partial": {"2021": "T3.partially_granted.total", "2019_trial": "T3.partially_granted.total",
                "pre_2019": "stats.reply_partial.this_year"},
    # 对申请的答复(总)数 / （七）总计 (办结)
    "results": {"2021": "T3.results_total.total", "2019_trial": "T3.results_total.total",
                "pre_2019": "stats.replies_total.this_year"},
    # 行政复议数 / T4 行政复议 总计
    "review": {"2021": "T4.cases.review.total", "2019_trial": "T4.cases.review.total",
               "pre_2019": "stats.admin_review.this_year"},
    # 主动公开信息(文件)数: only the pre-2019 统计表 has it
    "proactive": {"pre_2019": "stats.proactive_total.this_year"},
    "proactive_web": {"pre_2019": "stats.proactive_website.this_year"},
    "proactive_cum": {"pre_2019": "stats.proactive_total.cumulative"},
    # 行政许可处理决定数 (trial and 2021 T2 both have administrative_licensing.decisions)
    "licensing": {"2021": "T2.administrative_licensing.decisions", "2019_trial": "T2.administrative_licensing.decisions"},
    "penalty": {"2021": "T2.administrative_penalty.decisions", "2019_trial": "T2.administrative_penalty.decisions"},
    "coercion": {"2021": "T2.administrative_coercion.decisions", "2019_trial": "T2.administrative_coercion.decisions"},
    # 行政事业性收费金额 (万元): 2021 format only; the trial format counts fee items, not an amount
    "fee_amount": {"2021": "T2.administrative_fees.fee_amount"},
}

# ---------------------------------------------------------------- series
# (id, class, question, body, metric, span or None, pick or None, note or None)
SERIES = [
 ("s01", "trend-all-years", "平潭综合实验区历年收到的政府信息公开申请数量分别是多少？", "pingtan", "apps", None, None,
  "pre-2019 受理依申请公开信息总数 taken as the same figure as 一、本年新收申请数量"),
 ("s02", "span-2019-2025", "平潭2019到2025年每年新收的依申请公开数量", "pingtan", "apps", (2019, 2025), None, None),
 ("s03", "which-year-max", "平潭实验区哪一年收到的信息公开申请最多？", "pingtan", "apps", (2019, 2025), "max",
  "span read as the years with the national table (2019+)"),
 ("s04", "sum-over-years", "2021—2025年平潭综合实验区一共新收了多少件公开申请，加起来", "pingtan", "apps", (2021, 2025), "sum", None),
 ("s05", "colloquial-row", "平潭这几年老百姓个人去申请信息公开的有多少件，2021到2025每年列一下", "pingtan", "T3.new_received.natural_person", (2021, 2025), None, None),
 ("s06", "applicant-column", "平潭综合实验区2019年至2025年企业（商业企业）提出的申请各是多少", "pingtan", "T3.new_received.commercial_enterprise", (2019, 2025), None, None),
 ("s07", "review-all-years", "平潭历年因信息公开被申请行政复议的件数", "pingtan", "review", None, None,
  "pre-2019 行政复议数 (本年度) taken as T4 行政复议 总计"),
 ("s08", "review-max", "平潭综合实验区近五年哪年被申请复议最多", "pingtan", "review", (2021, 2025), "max", "近五年 read as 2021–2025"),
 ("s09", "litigation-direct", "平潭实验区2021~2025年未经复议直接起诉的行政诉讼每年多少件？", "pingtan", "T4.cases.litigation_direct.total", (2021, 2025), None, None),
 ("s10", "litigation-after-review", "平潭这些年复议后又去法院起诉的案子有几件，2019年以来", "pingtan", "T4.cases.litigation_after_review.total", (2019, 2025), None, None),
 ("s11", "sum-litigation", "2021-2025平潭复议后起诉的总共多少件", "pingtan", "T4.cases.litigation_after_review.total", (2021, 2025), "sum", None),
 ("s12", "result-row-granted", "平潭综合实验区历年予以公开的申请数", "pingtan", "granted", None, None,
  "pre-2019 同意公开答复数 taken as 予以公开"),
 ("s13", "result-row-partial", "平潭2019—2025年部分公开的件数变化趋势", "pingtan", "partial", (2019, 2025), None, None),
 ("s14", "description-not-held", "平潭每年因为“本机关不掌握”答复没有这个信息的申请有多少，2019到2025", "pingtan", "T3.unable_not_held.total", (2019, 2025), None, None),
 ("s15", "min-year", "平潭实验区2019年到2025年哪一年说没有该信息（不掌握）的最少", "pingtan", "T3.unable_not_held.total", (2019, 2025), "min", None),
 ("s16", "denied-internal", "平潭近几年以三类内部事务信息为由不予公开的，2021到2025年", "pingtan", "T3.denied_internal_affairs.total", (2021, 2025), None, None),
 ("s17", "denied-casefile", "平潭2019~2025每年属于行政执法案卷不公开的数量", "pingtan", "T3.denied_enforcement_case_file.total", (2019, 2025), None, None),
 ("s18", "duplicate", "平潭综合实验区2019-2025年重复申请不予处理的各多少件", "pingtan", "T3.not_processed_duplicate.total", (2019, 2025), None, None),
 ("s19", "format-only-2021", "平潭2019到2025年“申请人逾期不补正、不再处理”的每年几件", "pingtan", "T3.other_no_correction_overdue.total", (2019, 2025), None,
  "the （六） sub-row exists only in the 2021 format; 2019/2020 have one （六）其他处理 row: not comparable"),
 ("s20", "format-only-trial", "平潭2019年到2022年“其他处理”这一行每年多少", "pingtan", "T3.other_processing.total", (2019, 2022), None,
  "2021+ split （六） into three sub-rows with no printed subtotal: 2021/2022 not comparable"),
 ("s21", "carried-next", "平潭历年结转到下一年继续办理的申请数（2019-2025）", "pingtan", "T3.carried_to_next_year.total", (2019, 2025), None, None),
 ("s22", "results-total", "平潭综合实验区2019年至2025年每年办结的申请总数", "pingtan", "results", (2019, 2025), None, None),
 ("s23", "proactive-pre2019", "平潭历年主动公开的政府信息有多少条", "pingtan", "proactive", None, None,
  "only the pre-2019 统计表 counts 主动公开信息数; 2019+ reports are not comparable"),
 ("s24", "proactive-max", "平潭实验区2011到2018年哪一年主动公开信息条数最多", "pingtan", "proactive", (2011, 2018), "max", None),
 ("s25", "website-keyword", "平潭 网站公开数 2011-2018", "pingtan", "proactive_web", (2011, 2018), None, "keyword-only query"),
 ("s26", "fee-waiver-row", "平潭综合实验区2011-2018年政府信息公开收费减免金额每年多少", "pingtan", "stats.fee_waiver_amount.this_year", (2011, 2018), None,
  "row printed only in the 2014 and 2016 统计表"),
 ("s27", "online-apps-pre2019", "平潭2011到2018年网上申请的数量", "pingtan", "stats.req_online.this_year", (2011, 2018), None, None),
 ("s28", "licensing", "平潭2021—2025年行政许可处理决定每年多少件", "pingtan", "licensing", (2021, 2025), None, None),
 ("s29", "licensing-max", "平潭哪一年行政许可决定数最高？2021年以后", "pingtan", "licensing", (2021, 2025), "max", None),
 ("s30", "penalty", "平潭综合实验区近5年行政处罚的数量，逐年", "pingtan", "penalty", (2021, 2025), None, "近5年 read as 2021–2025"),
 ("s31", "fee-amount-not-comparable", "平潭2019年到2025年行政事业性收费金额（万元）每年是多少", "pingtan", "fee_amount", (2019, 2025), None,
  "2019 trial T2 （八） counts fee items (上一年项目数量/本年增减), not an amount: 2019/2020 not comparable"),
 ("s32", "county-proactive", "平潭县人民政府2011到2013年主动公开信息数", "pingtan-county", "proactive", (2011, 2013), None, None),
 ("s33", "county-apps", "平潭县政府历年受理的依申请公开总数", "pingtan-county", "apps", None, None, None),
 ("s34", "county-in-person", "平潭县11年到13年当面来申请的各多少", "pingtan-county", "stats.req_in_person.this_year", (2011, 2013), None, "two-digit years"),
 ("s35", "county-sum", "平潭县2011-2013三年主动公开信息加起来一共多少条", "pingtan-county", "proactive", (2011, 2013), "sum", None),
 ("s36", "county-email", "平潭县历年通过电子邮件申请的数量", "pingtan-county", "stats.req_email.this_year", None, None, None),
 ("s37", "shanghai-office-two-years", "上海市政府办公厅历年新收的信息公开申请有多少", "shanghai-municipal-office", "apps", None, None,
  "only 2019 and 2025 are indexed"),
 ("s38", "shanghai-office-review", "市府办公厅2019到2025年行政复议总数每年多少", "shanghai-municipal-office", "review", (2019, 2025), None, "short body name"),
 ("s39", "shanghai-office-carried", "上海市人民政府办公厅每年结转下年度的申请数", "shanghai-municipal-office", "T3.carried_to_next_year.total", None, None, None),
 ("s40", "shanghai-office-np-granted", "上海市府办历年自然人申请中予以公开的数量", "shanghai-municipal-office", "T3.granted.natural_person", None, None,
  "the 2019 report leaves the 总计 of 予以公开 blank, so the 自然人 column is asked"),
 ("s41", "fullwidth-span", "平潭综合实验区２０２１至２０２５年行政复议被纠正的每年几件", "pingtan", "T4.cases.review.corrected", (2021, 2025), None, "full-width digits"),
 ("s42", "chinese-numeral-span", "平潭二〇一九年到二〇二五年上年结转过来的申请数量", "pingtan", "T3.carried_over_from_last_year.total", (2019, 2025), None, "Chinese numeral years"),
 ("s43", "typo-body", "平谭综合实验区2021到2025年每年复议维持的件数", "pingtan", "T4.cases.review.maintained", (2021, 2025), None, "typo 谭 for 潭"),
]

# ---------------------------------------------------------------- comparison
# (id, class, question, reports, metric spec, order, decimals, note)
# metric spec: a metric name / generic key, or ("sum", [m,...]), or ("rate", [num...], [den...]) -> percent
DENIED = ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
          "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
          "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"]
UNABLE = ["T3.unable_not_held.total", "T3.unable_needs_creation.total", "T3.unable_unclear_after_correction.total"]
LIT = ["T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"]

COMPARISON = [
 ("c01", "same-year-2025", "2025年平潭综合实验区、上海市政府办公厅、沭阳县政府，谁收到的公开申请最多？",
  ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], "apps", "desc", None, None),
 ("c02", "same-year-2024", "2024年淮安市政府和平潭实验区、上海市科委新收申请量排个序",
  ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], "apps", "desc", None, None),
 ("c03", "review-2025", "25年行政复议，平潭和沭阳县哪个多", ["pingtan_2025", "shuyang-county_2025"], "review", "desc", None, "two-digit year"),
 ("c04", "rate-granted", "2025年平潭、上海市府办公厅、沭阳县的予以公开率（予以公开÷办结总数）分别多少，保留两位小数",
  ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], ("rate", ["T3.granted.total"], ["T3.results_total.total"]), "desc", 2, None),
 ("c05", "sum-denied", "2024年淮安市和平潭综合实验区不予公开的一共各有多少件（八种情形加总）",
  ["huaian-city_2024", "pingtan_2024"], ("sum", DENIED), "desc", None, None),
 ("c06", "not-held-2023", "2023年洪泽区和平潭比，本机关不掌握的哪个多", ["hongze-district_2023", "pingtan_2023"], "T3.unable_not_held.total", "desc", None, None),
 ("c07", "granted-2023-three", "二〇二三年 平潭 洪泽区 沭阳县发改局 予以公开各多少",
  ["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], "T3.granted.total", "desc", None, "Chinese numeral year"),
 ("c08", "hongkou-vs-pingtan-2021", "2021年虹口区政府和平潭综合实验区新收申请数对比", ["hongkou-district_2021", "pingtan_2021"], "apps", "desc", None, None),
 ("c09", "review-2021", "2021年虹口和平潭谁被申请行政复议的多", ["hongkou-district_2021", "pingtan_2021"], "review", "desc", None, None),
 ("c10", "np-2019", "2019年上海市政府办公厅和平潭实验区自然人申请的数量比较", ["shanghai-municipal-office_2019", "pingtan_2019"], "T3.new_received.natural_person", "desc", None, None),
 ("c11", "pre2019-two-bodies", "2012年平潭县政府和平潭综合实验区主动公开信息数哪个多？", ["pingtan-county_2012", "pingtan_2012"], "proactive", "desc", None, None),
 ("c12", "pre2019-apps", "2013年平潭县和平潭实验区管委会受理的依申请公开数", ["pingtan-county_2013", "pingtan_2013"], "apps", "desc", None, None),
 ("c13", "identical-2011", "2011年平潭县人民政府跟平潭综合实验区的主动公开条数一样吗", ["pingtan-county_2011", "pingtan_2011"], "proactive", None, None, None),
 ("c14", "fee-amount-2025", "2025年平潭和沭阳县行政事业性收费金额谁高（万元）", ["pingtan_2025", "shuyang-county_2025"], "fee_amount", "desc", None, None),
 ("c15", "licensing-2024", "2024年淮安市、平潭实验区、上海科委的行政许可决定数从少到多排",
  ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], "licensing", "asc", None, None),
 ("c16", "litigation-sum-2025", "2025年上海市政府办公厅和沭阳县的行政诉讼总数（直接起诉加复议后起诉）各多少",
  ["shanghai-municipal-office_2025", "shuyang-county_2025"], ("sum", LIT), "desc", None, None),
 ("c17", "carried-2025", "2025年结转到下一年的申请，平潭、上海市府办、沭阳县分别多少",
  ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], "T3.carried_to_next_year.total", "desc", None, None),
 ("c18", "years-differ", "淮安市政府和沭阳县政府谁收到的信息公开申请多？", ["huaian-city_2024", "shuyang-county_2025"], "apps", "desc", None,
  "no year asked; each body's only report: 淮安 2024 vs 沭阳 2025"),
 ("c19", "years-differ-district", "虹口区和洪泽区哪个区的依申请公开申请更多", ["hongkou-district_2021", "hongze-district_2023"], "apps", "desc", None,
  "only one report each: 虹口 2021, 洪泽 2023"),
 ("c20", "rate-not-held", "2024年淮安和平潭，本机关不掌握占办结总数的比例各是多少？百分比保留一位小数",
  ["huaian-city_2024", "pingtan_2024"], ("rate", ["T3.unable_not_held.total"], ["T3.results_total.total"]), "desc", 1, None),
 ("c21", "unable-sum", "2025年无法提供的（不掌握+需另行制作+补正后仍不明确）平潭和上海市办公厅各几件",
  ["pingtan_2025", "shanghai-municipal-office_2025"], ("sum", UNABLE), "desc", None, None),
 ("c22", "legal-service-col", "2024年淮安市和上海市科委收到的法律服务机构申请分别多少", ["huaian-city_2024", "shanghai-stcsm_2024"],
  "T3.new_received.legal_service_org", "desc", None, None),
 ("c23", "review-corrected-2024", "2024年复议结果被纠正的，淮安市、平潭、上海科委哪个最多", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"],
  "T4.cases.review.corrected", "desc", None, None),
 ("c24", "partial-2025", "二零二五年部分公开的申请：平潭vs沭阳vs上海市府办", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
  "partial", "desc", None, "Chinese numeral year"),
 ("c25", "penalty-2023", "2023年行政处罚决定数量洪泽区与平潭综合实验区相比", ["hongze-district_2023", "pingtan_2023"], "penalty", "desc", None, None),
 ("c26", "shanghai-two-bodies", "上海市政府办公厅2025年和上海市科委2024年的新收申请量差多少？分别是多少", ["shanghai-municipal-office_2025", "shanghai-stcsm_2024"],
  "apps", "desc", None, "years as asked differ (2025 vs 2024)"),
 ("c27", "rate-np-share", "2025年沭阳县和平潭的新收申请里自然人占比各多少（%，保留两位）", ["shuyang-county_2025", "pingtan_2025"],
  ("rate", ["T3.new_received.natural_person"], ["T3.new_received.total"]), "desc", 2, None),
 ("c28", "dup-2024", "2024年重复申请 淮安 平潭 科委", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], "T3.not_processed_duplicate.total", "desc", None, "keyword-only"),
 ("c29", "petition-2025", "信访举报投诉类申请2025年平潭综合实验区和沭阳、上海市政府办公厅哪家最少",
  ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], "T3.not_processed_petition_complaint.total", "asc", None, "irrelevant-clause-first style: row first"),
 ("c30", "all-2021plus-review", "虹口区、淮安市、平潭、上海市府办、上海科委、沭阳县政府、沭阳发改局，按各自最新一年报告被申请行政复议的数量排个名",
  ["hongkou-district_2021", "huaian-city_2024", "pingtan_2025", "shanghai-municipal-office_2025",
   "shanghai-stcsm_2024", "shuyang-county_2025", "shuyang-fgj_2023"], "review", "desc", None,
  "each body's newest report among 2021-format bodies; years differ; 洪泽区 left out because its printed 行政复议 总计 (0) contradicts its cells (10+1)"),
]

# ---------------------------------------------------------------- consistency
# (id, class, question, body, kind, span, column/row)
#   kind "T3": carried_to_next_year(Y)[col] vs carried_over_from_last_year(Y+1)[col]
#   kind "stats": cumulative(Y)[row] vs cumulative(Y+1)[row] - this_year(Y+1)[row]
CONSISTENCY = [
 ("k01", "carry-chain-all", "平潭综合实验区每年报告里的“结转下年度”和下一年的“上年结转”对得上吗？", "pingtan", "T3", (2019, 2025), "total"),
 ("k02", "carry-chain-np", "平潭2021到2025年自然人那一列，结转下年和次年上年结转是否一致", "pingtan", "T3", (2021, 2025), "natural_person"),
 ("k03", "carry-chain-pair", "平潭2021年结转到2022年的件数，2022年报告里承认了吗", "pingtan", "T3", (2021, 2022), "total"),
 ("k04", "carry-chain-2024-25", "平潭2024年报的结转下年度 和 2025年报的上年结转 一致不", "pingtan", "T3", (2024, 2025), "total"),
 ("k05", "carry-chain-commercial", "平潭实验区商业企业的申请，2022到2025年年度之间结转衔接是否一致", "pingtan", "T3", (2022, 2025), "commercial_enterprise"),
 ("k06", "carry-trial-years", "平潭2019年和2020年之间结转数对上了没", "pingtan", "T3", (2019, 2020), "total"),
 ("k07", "cum-chain-county", "平潭县2011-2013年统计表的主动公开历年累计数是逐年累加的吗", "pingtan-county", "stats", (2011, 2013), "proactive_total"),
 ("k08", "cum-chain-county-web", "平潭县网站公开的累计数，2011到2013年能接上吗", "pingtan-county", "stats", (2011, 2013), "proactive_website"),
 ("k09", "cum-chain-county-apps", "平潭县历年累计受理申请数和每年本年度数对得上吗（2011—2013）", "pingtan-county", "stats", (2011, 2013), "requests_total"),
 ("k10", "cum-chain-pingtan", "平潭综合实验区2011到2014年主动公开的历年累计是不是上一年累计加本年", "pingtan", "stats", (2011, 2014), "proactive_total"),
 ("k11", "cum-chain-pingtan-2013-14", "平潭实验区2013年底主动公开累计数加上2014年的，等于2014年报的累计吗", "pingtan", "stats", (2013, 2014), "proactive_total"),
 ("k12", "carry-chain-np-2022-23", "平潭22年结转下年度的自然人申请和23年上年结转的自然人数一样吗", "pingtan", "T3", (2022, 2023), "natural_person"),
]

# ---------------------------------------------------------------- noyear (figure or narrative, body but no year -> newest report)
# (id, class, question, body, spec) spec: ("cell", key) | ("derived", op, terms..., unit, decimals) | ("narrative", substring)
NOYEAR = [
 ("n01", "noyear-cell", "平潭综合实验区收到多少政府信息公开申请？", "pingtan", ("cell", "T3.new_received.total")),
 ("n02", "noyear-cell-short", "淮安市政府行政复议总共几件", "huaian-city", ("cell", "T4.cases.review.total")),
 ("n03", "noyear-cell-colloquial", "沭阳县政府那边被告上法院（直接起诉）的有几起", "shuyang-county", ("cell", "T4.cases.litigation_direct.total")),
 ("n04", "noyear-cell-county", "平潭县政府受理的依申请公开信息总数是多少", "pingtan-county", ("cell", "stats.requests_total.this_year")),
 ("n05", "noyear-cell-dept", "上海市科委予以公开了多少件", "shanghai-stcsm", ("cell", "T3.granted.total")),
 ("n06", "noyear-derived", "上海市政府办公厅新收加上年结转一共多少件申请", "shanghai-municipal-office",
  ("derived", "sum", ["T3.new_received.total", "T3.carried_over_from_last_year.total"], "件", None)),
 ("n07", "noyear-cell-fgj", "沭阳发改局行政规范性文件现行有效几件", "shuyang-fgj", ("cell", "T2.normative_documents.valid")),
 ("n08", "noyear-narrative-fee", "沭阳县收了多少信息处理费", "shuyang-county", ("narrative", "收取信息处理费共计380元")),
 ("n09", "noyear-narrative-fee2", "淮安市政府收过信息公开的信息处理费吗", "huaian-city", ("narrative", "全年收取政府信息公开信息处理费 3940 元")),
 ("n10", "noyear-narrative-phone", "对平潭县政府的年报有疑问打什么电话", "pingtan-county", ("narrative", "电话：24336243")),
 ("n11", "noyear-narrative-fee3", "市科委有没有收信息公开的费用", "shanghai-stcsm", ("narrative", "市科委未发生政府信息公开收费事项")),
 ("n12", "noyear-narrative-problem", "平潭实验区政府信息公开还存在哪些不足", "pingtan", ("narrative", "政务公开队伍建设有待进一步加强")),
 ("n13", "noyear-derived-rate", "虹口区政府予以公开占办结的百分比（保留两位小数）", "hongkou-district",
  ("derived", "rate", ["T3.granted.total"], ["T3.results_total.total"], "%", 2)),
]

# ---------------------------------------------------------------- nobody
# (id, class, question, [(stem, substring), ...])
NOBODY = [
 ("b01", "nobody-fee", "申请政府信息公开要交钱吗？", [("shanghai-municipal-office_2025", "本机关未收取信息公开处理费"),
   ("pingtan_2025", "无收取信息处理费情况"), ("shanghai-stcsm_2024", "市科委未发生政府信息公开收费事项"),
   ("hongkou-district_2021", "区政府未收取政府信息公开信息处理费")]),
 ("b02", "nobody-fee-amount", "有哪些地方真的收了信息处理费，收了多少", [("shuyang-county_2025", "收取信息处理费共计380元"),
   ("huaian-city_2024", "全年收取政府信息公开信息处理费 3940 元")]),
 ("b03", "nobody-contact", "对年报有疑问找谁联系", [("huaian-city_2024", "请与淮安市人民政府办公室联系"),
   ("pingtan-county_2013", "请与平潭县人民政府办公室联系"), ("hongkou-district_2021", "请联系虹口区人民政府办公室")]),
 ("b04", "nobody-channels", "可以通过哪些方式提交信息公开申请", [("pingtan-county_2013", "网上申请数3条，信函申请数4条")]),
 ("b05", "nobody-platform", "政务公开专区是干嘛的", [("shuyang-county_2025", "持续强化基层政务公开专区标准化建设"),
   ("hongkou-district_2021", "拓展区行政服务中心政务公开专区功能")]),
 ("b06", "nobody-first-platform", "政府网站在公开工作里是什么定位", [("shanghai-municipal-office_2025", "持续强化政府网站作为政务公开第一平台的功能定位"),
   ("pingtan-county_2013", "充分发挥政府网站第一平台作用")]),
]

# ---------------------------------------------------------------- unanswerable
# (id, class, question, reason, note)
UNANSWERABLE = [
 ("u01", "year-not-indexed-county", "平潭县人民政府2019到2023年新收申请数", "year_not_indexed", "平潭县 reports only 2011–2013"),
 ("u02", "body-not-indexed-city", "宿迁市2023和2024年依申请公开数量对比", "body_not_indexed", "宿迁市 not in corpus (沭阳县 belongs to it)"),
 ("u03", "body-not-indexed-district", "上海黄浦区近三年行政复议每年多少", "body_not_indexed", "only 虹口区 among Shanghai districts"),
 ("u04", "year-not-indexed-huaian", "淮安市政府2020年到2023年每年收到多少申请", "year_not_indexed", "淮安市 only 2024"),
 ("u05", "no-such-figure", "平潭综合实验区历年政务公开工作经费预算是多少", "no_such_figure", None),
 ("u06", "body-shares-words", "沭阳县财政局和沭阳县发改局2023年谁收到的申请多", "body_not_indexed", "沭阳县财政局 not in corpus"),
 ("u08", "chain-years-missing", "上海市政府办公厅2019年的结转下年度和2020年报的上年结转对得上吗", "year_not_indexed", "2020–2024 not indexed; the 2019→2020 chain cannot be checked"),
 ("u07", "year-not-indexed-pingtan", "平潭2015年和2017年主动公开了多少条", "year_not_indexed", "2015, 2017 are gaps"),
]

# ---------------------------------------------------------------- followup
# turns: list of (question, turn spec)
#   ("series", body, metric, span, pick) | ("comparison", reports, metric, order, decimals)
#   ("unanswerable", reason)
FOLLOWUP = [
 ("f01", "series->column", [
   ("平潭2021到2025年每年新收申请多少", ("series", "pingtan", "apps", (2021, 2025), None)),
   ("那其中自然人呢？", ("series", "pingtan", "T3.new_received.natural_person", (2021, 2025), None)),
   ("哪年最多？", ("series", "pingtan", "T3.new_received.natural_person", (2021, 2025), "max"))]),
 ("f02", "series->table", [
   ("平潭综合实验区2021—2025年行政复议每年多少件", ("series", "pingtan", "review", (2021, 2025), None)),
   ("那直接起诉的呢", ("series", "pingtan", "T4.cases.litigation_direct.total", (2021, 2025), None))]),
 ("f03", "comparison->row", [
   ("2025年平潭和沭阳县新收申请谁多", ("comparison", ["pingtan_2025", "shuyang-county_2025"], "apps", "desc", None)),
   ("部分公开呢", ("comparison", ["pingtan_2025", "shuyang-county_2025"], "partial", "desc", None)),
   ("复议那块呢", ("comparison", ["pingtan_2025", "shuyang-county_2025"], "review", "desc", None))]),
 ("f04", "comparison->add-body", [
   ("2024年淮安市和平潭实验区本机关不掌握各多少", ("comparison", ["huaian-city_2024", "pingtan_2024"], "T3.unable_not_held.total", "desc", None)),
   ("再加上上海市科委", ("comparison", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], "T3.unable_not_held.total", "desc", None))]),
 ("f05", "unanswerable->series", [
   ("平潭县2020年以后的行政复议数", ("unanswerable", "year_not_indexed")),
   ("那平潭综合实验区呢，2020到2025", ("series", "pingtan", "review", (2020, 2025), None))]),
 ("f06", "series->pre2019", [
   ("平潭县2011到2013年主动公开信息多少条", ("series", "pingtan-county", "proactive", (2011, 2013), None)),
   ("网站公开的呢", ("series", "pingtan-county", "proactive_web", (2011, 2013), None)),
   ("加起来多少", ("series", "pingtan-county", "proactive_web", (2011, 2013), "sum"))]),
 ("f07", "series->body", [
   ("上海市政府办公厅历年新收申请数", ("series", "shanghai-municipal-office", "apps", None, None)),
   ("那平潭同期呢？就2019和2025两年", ("comparison", ["pingtan_2019", "pingtan_2025"], "apps", None, None))]),
 ("f08", "comparison->unanswerable", [
   ("2023年洪泽区和沭阳发改局谁收到的申请多", ("comparison", ["hongze-district_2023", "shuyang-fgj_2023"], "apps", "desc", None)),
   ("那淮阴区呢", ("unanswerable", "body_not_indexed"))]),
 ("f09", "series->sum", [
   ("平潭2019至2025年复议后起诉每年几件", ("series", "pingtan", "T4.cases.litigation_after_review.total", (2019, 2025), None)),
   ("总共多少", ("series", "pingtan", "T4.cases.litigation_after_review.total", (2019, 2025), "sum"))]),
 ("f10", "comparison->column", [
   ("2021年虹口区和平潭新收申请分别多少", ("comparison", ["hongkou-district_2021", "pingtan_2021"], "apps", "desc", None)),
   ("法人里的商业企业呢", ("comparison", ["hongkou-district_2021", "pingtan_2021"], "T3.new_received.commercial_enterprise", "desc", None))]),
 ("f11", "series->year-change", [
   ("平潭实验区2022年到2025年行政许可决定数", ("series", "pingtan", "licensing", (2022, 2025), None)),
   ("行政处罚呢", ("series", "pingtan", "penalty", (2022, 2025), None)),
   ("哪年处罚最少", ("series", "pingtan", "penalty", (2022, 2025), "min"))]),
 ("f12", "unanswerable-body->comparison", [
   ("福州市和平潭比2024年谁的申请多", ("unanswerable", "body_not_indexed")),
   ("那就平潭和淮安市比", ("comparison", ["pingtan_2024", "huaian-city_2024"], "apps", "desc", None))]),
]
