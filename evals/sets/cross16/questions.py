# -*- coding: utf-8 -*-
"""Cross-report question references for blind set xset16 (no typed numbers).
Cell refs: (table, row, column). Series `cells` maps a report format to the cell meaning the same thing there;
a format missing from `cells` is "not comparable" for the years it covers."""

def T3(row, col="total"):
    c = ("T3", row, col)
    return {"2021": c, "2019_trial": c}

def T3only21(row, col="total"):
    return {"2021": ("T3", row, col)}

def T4(col):
    c = ("T4", "cases", col)
    return {"2021": c, "2019_trial": c}

def PRE(row, col="this_year"):
    return {"pre_2019": ("stats", row, col)}

def X(new, pre):
    d = dict(new); d.update(pre); return d

APPS = X(T3("new_received"), PRE("requests_total"))        # 受理依申请公开信息总数 ~ 本年新收申请
GRANT = X(T3("granted"), PRE("reply_full"))                 # 同意公开答复数 ~ 予以公开
PARTIAL = X(T3("partially_granted"), PRE("reply_partial"))  # 同意部分公开答复数 ~ 部分公开
REVIEW = X(T4("review.total"), PRE("admin_review"))         # 行政复议数 ~ 行政复议 总计

def S(id, cls, q, body, span, cells, pick=None, note=None):
    return dict(kind="series", id=id, cls=cls, q=q, body=body, span=span, cells=cells, pick=pick, note=note)

def C(id, cls, q, reports, measure, order=None, unit="件", decimals=None, note=None, formula_text=None):
    return dict(kind="comparison", id=id, cls=cls, q=q, reports=reports, measure=measure, order=order,
                unit=unit, decimals=decimals, note=note, formula_text=formula_text)

def K(id, cls, q, body, years, column, mode="carry", row=None, note=None):
    return dict(kind="consistency", id=id, cls=cls, q=q, body=body, years=years, column=column, mode=mode, row=row, note=note)

def N(id, cls, q, body, sub, ref, note=None):
    return dict(kind="noyear", id=id, cls=cls, q=q, body=body, sub=sub, ref=ref, note=note)

def B(id, cls, q, subs, note=None):
    return dict(kind="nobody", id=id, cls=cls, q=q, subs=subs, note=note)

def U(id, cls, q, reason, note=None):
    return dict(kind="unanswerable", id=id, cls=cls, q=q, reason=reason, note=note)

def F(id, cls, turns):
    return dict(kind="followup", id=id, cls=cls, turns=turns)

CELL = lambda t, r, c: ("cell", (t, r, c))
RATE = lambda num, den: ("rate", num, den)
SUM = lambda cells: ("sum", cells)

PT = "pingtan"; PTC = "pingtan-county"; SHO = "shanghai-municipal-office"

ITEMS = [
# ---------------- series ----------------
S("x16-s01", "trend-plain", "平潭综合实验区2019到2025年每年新收的政府信息公开申请分别是多少？哪一年最多？", PT, (2019, 2025), T3("new_received"), pick="max"),
S("x16-s02", "sum-colloquial", "平潭21年到25年老百姓个人递交的信息公开申请，加起来一共多少件", PT, (2021, 2025), T3("new_received", "natural_person"), pick="sum"),
S("x16-s03", "keyword-only", "平潭 企业申请 2021-2025 历年", PT, (2021, 2025), T3("new_received", "commercial_enterprise")),
S("x16-s04", "trend-result-row", "平潭实验区近几年（2019—2025）依申请后全部给公开的件数变化趋势，哪年最多", PT, (2019, 2025), T3("granted"), pick="max"),
S("x16-s05", "fullwidth-digits", "平潭综合实验区２０１９年到２０２５年部分公开的申请数量每年是多少", PT, (2019, 2025), T3("partially_granted"), pick="max"),
S("x16-s06", "colloquial-row", "平潭这几年（19到25年）因为'本机关没有这个信息'答复的申请各有多少件？哪年最多？", PT, (2019, 2025), T3("unable_not_held"), pick="max"),
S("x16-s07", "T4-review-sum", "平潭综合实验区2019-2025年被申请行政复议的总数，各年和合计", PT, (2019, 2025), T4("review.total"), pick="sum"),
S("x16-s08", "T4-subcolumn", "平潭21到25年行政复议结果被纠正的有几件，逐年列一下，加总", PT, (2021, 2025), T4("review.corrected"), pick="sum"),
S("x16-s09", "T4-litigation-direct", "我想了解平潭综合实验区2021年至2025年没经过复议直接去法院起诉的案件总数，哪一年最多？", PT, (2021, 2025), T4("litigation_direct.total"), pick="max"),
S("x16-s10", "T4-litigation-after", "平潭 复议后起诉 总计 2019~2025 每年", PT, (2019, 2025), T4("litigation_after_review.total"), pick="max"),
S("x16-s11", "carry-next", "平潭综合实验区历年结转到下一年继续办理的申请数（2019年以后）", PT, (2019, 2025), T3("carried_to_next_year"), pick="max"),
S("x16-s12", "row-2021-only", "平潭2019到2025年每年申请人逾期不补正、不再处理的申请各几件？", PT, (2019, 2025), T3only21("other_no_correction_overdue"), pick="max",
  note="（六）1. exists only in the 2021 format; 2019/2020 print a single （六）其他处理 row: not comparable."),
S("x16-s13", "pre2019-proactive-all-years", "平潭综合实验区历年主动公开信息数是多少？哪年最多", PT, None, PRE("proactive_total"), pick="max",
  note="主动公开信息数 exists only in the pre-2019 统计表; 2019–2025 reports have no such total (not comparable); 2015 and 2017 reports are not in the corpus. pingtan_2012/2013 tables contradict their own prose (739 vs 1913; 72804 vs 4970): gold = the table."),
S("x16-s14", "pre2019-requests-sum", "平潭综合实验区2011~2018年受理依申请公开的总数每年多少，合计呢", PT, (2011, 2018), PRE("requests_total"), pick="sum"),
S("x16-s15", "cross-format-apps", "从2011年到2025年，平潭实验区每年收到的政府信息公开申请有多少？哪年最多？", PT, (2011, 2025), APPS, pick="max",
  note="pre-2019: 受理依申请公开信息总数 (本年度); 2019+: 本年新收政府信息公开申请数量 总计 — taken as the same measure."),
S("x16-s16", "cross-format-review", "平潭综合实验区历年因信息公开被申请行政复议一共多少起（2011-2025）", PT, (2011, 2025), REVIEW, pick="sum",
  note="pre-2019: 行政复议数 (本年度); 2019+: T4 行政复议 总计. pingtan_2013 prose mentions 1 复议申请 but its table says 0: gold = table."),
S("x16-s17", "county-proactive", "平潭县政府2011、2012、2013三年主动公开信息数分别多少，哪年最多", PTC, (2011, 2013), PRE("proactive_total"), pick="max"),
S("x16-s18", "county-requests-sum", "平潭县人民政府2011到2013年受理的依申请公开一共多少条", PTC, (2011, 2013), PRE("requests_total"), pick="sum"),
S("x16-s19", "county-in-person", "平潭县 当面申请数 11-13年", PTC, (2011, 2013), PRE("req_in_person")),
S("x16-s20", "county-email-sum", "最近在写一篇关于海岛县政务的论文，顺便问下平潭县这三年（2011至2013）通过电子邮件提的申请累计多少条", PTC, (2011, 2013), PRE("req_email"), pick="sum"),
S("x16-s21", "county-reply-full", "平潭县政府2011—2013年同意公开的答复数逐年是多少", PTC, (2011, 2013), PRE("reply_full"), pick="max"),
S("x16-s22", "county-website-min", "平潭县历年网站公开的信息条数，哪年最少？", PTC, None, PRE("proactive_website"), pick="min"),
S("x16-s23", "gap-years", "上海市政府办公厅2019年到2025年每年新收的信息公开申请数", SHO, (2019, 2025), T3("new_received"), pick="max",
  note="Only 2019 and 2025 are in the corpus; 2020–2024 are gaps."),
S("x16-s24", "short-body", "市政府办公厅（上海）19年和25年自然人申请数对比一下，历年变化", SHO, None, T3("new_received", "natural_person")),
S("x16-s25", "gap-years-carried-in", "上海市人民政府办公厅历年上年结转过来的申请有多少？", SHO, None, T3("carried_over_from_last_year")),
S("x16-s26", "typo-body", "上海市政府办工厅历年结转下年度继续办理的数量", SHO, None, T3("carried_to_next_year"), pick="max"),
S("x16-s27", "T4-review-gap", "上海市政府办公厅被申请行政复议的数量，2019年以来各年是多少", SHO, (2019, 2025), T4("review.total"), pick="sum"),
S("x16-s28", "blank-total-use-np", "上海市政府办公厅历年予以公开的申请中自然人的有多少件", SHO, None, T3("granted", "natural_person"),
  note="2019 prints the 予以公开 总计 cell blank, so the 自然人 column is asked."),
S("x16-s29", "colloquial-row", "上海市府办公厅每年有多少申请因为'我们这没有这个信息'没法提供？自然人那一列，历年", SHO, None, T3("unable_not_held", "natural_person")),
S("x16-s30", "petition-row", "上海市政府办公厅 信访举报投诉类申请 自然人 历年", SHO, None, T3("not_processed_petition_complaint", "natural_person"), pick="max"),
S("x16-s31", "admin-query-row", "平潭实验区2019到2025年属于行政查询事项不予公开的，哪一年最多", PT, (2019, 2025), T3("denied_admin_query"), pick="max"),
S("x16-s32", "internal-affairs-row", "平潭每年以三类内部事务信息为由不公开的件数（2019-2025）", PT, (2019, 2025), T3("denied_internal_affairs"), pick="max"),
S("x16-s33", "process-info-row", "平潭综合实验区近五年过程性信息不予公开的情况，每年几件？", PT, (2021, 2025), T3("denied_process_info")),
S("x16-s34", "case-file-min", "平潭2021-2025年因属于行政执法案卷而不公开的申请，哪一年最少", PT, (2021, 2025), T3("denied_enforcement_case_file"), pick="min"),
S("x16-s35", "unclear-after-correction", "平潭实验区补正后申请内容仍不明确的申请，2019~2025逐年数字，最多是哪年", PT, (2019, 2025), T3("unable_unclear_after_correction"), pick="max"),
S("x16-s36", "duplicate-row", "平潭 重复申请 2019至2025 每年几件 合计", PT, (2019, 2025), T3("not_processed_duplicate"), pick="sum"),
S("x16-s37", "T2-licensing", "平潭综合实验区2021到2025年行政许可处理决定数量变化，哪年最多？", PT, (2021, 2025), {"2021": ("T2", "administrative_licensing", "decisions")}, pick="max"),
S("x16-s38", "T2-penalty-chinese-year", "平潭二〇二一年至二〇二五年行政处罚决定数每年多少", PT, (2021, 2025), {"2021": ("T2", "administrative_penalty", "decisions")}, pick="min"),
S("x16-s39", "T2-fee-not-comparable", "平潭实验区2019年以来每年行政事业性收费金额是多少万元", PT, (2019, 2025), {"2021": ("T2", "administrative_fees", "fee_amount")}, pick="max",
  note="2019/2020 (trial format) report fee ITEM counts, not an amount in 万元: not comparable."),
S("x16-s40", "T2-coercion", "平潭近5年行政强制的处理决定数逐年列出来", PT, (2021, 2025), {"2021": ("T2", "administrative_coercion", "decisions")}, pick="sum"),
S("x16-s41", "T4-review-maintained", "平潭综合实验区2019到2025年行政复议维持原决定的有多少，合计多少", PT, (2019, 2025), T4("review.maintained"), pick="sum"),
S("x16-s42", "other-org-column", "平潭历年(2019-2025)其他组织提的申请数 哪年最多", PT, (2019, 2025), T3("new_received", "other_org"), pick="max"),
S("x16-s43", "other-other-row", "平潭2021到2025年（六）其他处理里面'其他'那一项每年是多少", PT, (2021, 2025), T3only21("other_other")),
S("x16-s44", "results-total", "平潭综合实验区近七年办结的申请总数（2019-2025）各是多少 哪年最多", PT, (2019, 2025), T3("results_total"), pick="max",
  note="pingtan_2020 prints （七）总计 21 although its result rows add up to 27: gold = the printed total."),
S("x16-s45", "pre2019-replies", "平潭实验区2011年到2018年对申请的答复总数每年多少", PT, (2011, 2018), PRE("replies_total"), pick="sum"),
# ---------------- comparisons ----------------
C("x16-c01", "same-year-3", "2024年淮安市政府、上海市科委和平潭综合实验区，谁收到的政府信息公开申请最多？各多少", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], CELL("T3", "new_received", "total"), order="desc"),
C("x16-c02", "same-year-3", "2025年沭阳县、上海市政府办公厅、平潭实验区新收申请数排个序", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T3", "new_received", "total"), order="desc"),
C("x16-c03", "same-year-3-asc", "2023年洪泽区、沭阳县发改局和平潭综合实验区新收的信息公开申请，哪个最少", ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], CELL("T3", "new_received", "total"), order="asc"),
C("x16-c04", "two-bodies", "21年虹口区和平潭实验区本年新收申请谁多", ["hongkou-district_2021", "pingtan_2021"], CELL("T3", "new_received", "total"), order="desc"),
C("x16-c05", "two-bodies-2019", "2019年上海市政府办公厅与平潭综合实验区新收的依申请公开数量分别是多少？", ["shanghai-municipal-office_2019", "pingtan_2019"], CELL("T3", "new_received", "total"), order="desc"),
C("x16-c06", "T4-review-compare", "2025年沭阳、上海市府办、平潭三家被申请行政复议各多少件，谁最多", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T4", "cases", "review.total"), order="desc"),
C("x16-c07", "T4-review-compare", "2024年淮安市、市科委、平潭 行政复议总数 比较", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], CELL("T4", "cases", "review.total"), order="desc"),
C("x16-c08", "rate-granted", "2025年沭阳县、上海市政府办公厅、平潭综合实验区予以公开的占办结总数的比例分别是多少（百分比保留两位小数）？哪家最高", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"],
  RATE([("T3", "granted", "total")], [("T3", "results_total", "total")]), order="desc", unit="%", decimals=2, formula_text="granted.total / results_total.total × 100"),
C("x16-c09", "rate-not-held", "2024年三家单位（淮安市政府、上海市科委、平潭）'本机关不掌握'占全部办理结果的百分比，保留1位小数", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"],
  RATE([("T3", "unable_not_held", "total")], [("T3", "results_total", "total")]), order="desc", unit="%", decimals=1, formula_text="unable_not_held.total / results_total.total × 100"),
C("x16-c10", "rate-review-corrected", "2025年沭阳县、上海市政府办公厅、平潭实验区行政复议被纠正的比例（纠正数/复议总数，%，两位小数）", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"],
  RATE([("T4", "cases", "review.corrected")], [("T4", "cases", "review.total")]), order="desc", unit="%", decimals=2, formula_text="review.corrected / review.total × 100"),
C("x16-c11", "T2-licensing", "2025年沭阳县和平潭综合实验区行政许可处理决定数相差多少？各是多少", ["shuyang-county_2025", "pingtan_2025"], CELL("T2", "administrative_licensing", "decisions"), order="desc"),
C("x16-c12", "T2-penalty", "2024年淮安市、上海市科学技术委员会、平潭综合实验区的行政处罚决定数量", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], CELL("T2", "administrative_penalty", "decisions"), order="desc"),
C("x16-c13", "years-differ-fee", "淮安市、沭阳县、洪泽区、平潭实验区最新年报里行政事业性收费金额哪个最高（万元）", ["huaian-city_2024", "shuyang-county_2025", "hongze-district_2023", "pingtan_2025"], CELL("T2", "administrative_fees", "fee_amount"), order="desc", unit="万元",
  note="Newest report of each body; years differ (2024, 2025, 2023, 2025)."),
C("x16-c14", "years-differ-city-district", "洪泽区和淮安市政府新收的政府信息公开申请各是多少", ["hongze-district_2023", "huaian-city_2024"], CELL("T3", "new_received", "total"), order="desc",
  note="Only 洪泽区 2023 and 淮安市 2024 are indexed: years differ."),
C("x16-c15", "years-differ-county-dept", "沭阳县政府和沭阳县发改局，谁收到的信息公开申请多", ["shuyang-county_2025", "shuyang-fgj_2023"], CELL("T3", "new_received", "total"), order="desc",
  note="沭阳县人民政府 2025 vs 沭阳县发展和改革局 2023: years differ."),
C("x16-c16", "natural-person-compare", "2025年三家（沭阳县、上海市政府办公厅、平潭）个人申请数量对比", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T3", "new_received", "natural_person"), order="desc"),
C("x16-c17", "commercial-compare", "淮安市、上海科委、平潭2024年商业企业申请各多少件", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], CELL("T3", "new_received", "commercial_enterprise"), order="desc"),
C("x16-c18", "legal-service-compare", "2025年律师事务所等法律服务机构提出的申请，沭阳县、上海市政府办公厅、平潭哪家最多", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T3", "new_received", "legal_service_org"), order="desc"),
C("x16-c19", "T4-direct-compare", "2025年沭阳县 上海市政府办公厅 平潭实验区 未经复议直接起诉的行政诉讼总数 谁最多", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T4", "cases", "litigation_direct.total"), order="desc"),
C("x16-c20", "T4-after-review-compare", "2024年淮安市和平潭综合实验区复议后起诉的案件数比一比", ["huaian-city_2024", "pingtan_2024"], CELL("T4", "cases", "litigation_after_review.total"), order="desc"),
C("x16-c21", "petition-compare", "2025年信访举报投诉类申请不予处理的：沭阳县、上海市政府办公厅、平潭各多少", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T3", "not_processed_petition_complaint", "total"), order="desc"),
C("x16-c22", "T2-normative-issued", "2023年洪泽区政府和沭阳发改局本年制发的行政规范性文件各几件", ["hongze-district_2023", "shuyang-fgj_2023"], CELL("T2", "normative_documents", "issued"), order="desc"),
C("x16-c23", "carried-in-compare", "2025年上年结转过来的申请，沭阳县、上海市政府办公厅、平潭综合实验区分别几件", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T3", "carried_over_from_last_year", "total"), order="desc"),
C("x16-c24", "partial-compare-asc", "2023年部分公开的申请数，洪泽区、沭阳县发展和改革局、平潭实验区谁最少", ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], CELL("T3", "partially_granted", "total"), order="asc"),
C("x16-c25", "sum-denied-compare", "2021年虹口区和平潭综合实验区不予公开（八种情形加起来）的申请各有多少件", ["hongkou-district_2021", "pingtan_2021"],
  SUM([("T3", r, "total") for r in ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability", "denied_third_party_rights", "denied_internal_affairs", "denied_process_info", "denied_enforcement_case_file", "denied_admin_query"]]), order="desc",
  formula_text="sum of the 8 （三）不予公开 rows, 总计 column"),
C("x16-c26", "rate-carry-next", "2025年沭阳县、上海市政府办公厅、平潭的结转下年度继续办理占（新收+上年结转）的比例，百分比保留两位小数", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"],
  RATE([("T3", "carried_to_next_year", "total")], [("T3", "new_received", "total"), ("T3", "carried_over_from_last_year", "total")]), order="desc", unit="%", decimals=2,
  formula_text="carried_to_next_year.total / (new_received.total + carried_over_from_last_year.total) × 100"),
C("x16-c27", "pre2019-two-bodies", "2012年平潭综合实验区和平潭县政府主动公开信息数各是多少，哪个多", ["pingtan_2012", "pingtan-county_2012"], CELL("stats", "proactive_total", "this_year"), order="desc", unit="条",
  note="pingtan_2012's table says 739 while its prose says 1913: gold = the table."),
C("x16-c28", "pre2019-two-bodies", "2013年平潭实验区跟平潭县受理的依申请公开信息数对比", ["pingtan_2013", "pingtan-county_2013"], CELL("stats", "requests_total", "this_year"), order="desc", unit="条"),
C("x16-c29", "review-2019", "19年上海市政府办公厅和平潭实验区的行政复议总计", ["shanghai-municipal-office_2019", "pingtan_2019"], CELL("T4", "cases", "review.total"), order="desc"),
C("x16-c30", "jiangsu-maintained", "江苏这几家（淮安市、沭阳县、洪泽区）行政复议结果维持的数量对比", ["huaian-city_2024", "shuyang-county_2025", "hongze-district_2023"], CELL("T4", "cases", "review.maintained"), order="desc",
  note="Newest report of each: years differ. 洪泽区's printed 复议 总计 is 0 (inconsistent), so 结果维持 is asked."),
C("x16-c31", "shanghai-bodies", "上海这几个单位（虹口区、市科委、市政府办公厅）最新一年报告里的自然人新收申请数", ["hongkou-district_2021", "shanghai-stcsm_2024", "shanghai-municipal-office_2025"], CELL("T3", "new_received", "natural_person"), order="desc",
  note="Newest report of each: 2021, 2024, 2025 — years differ."),
# ---------------- consistency ----------------
K("x16-k01", "carry-chain-pair", "平潭综合实验区2021年结转下年度的申请数，和2022年报告里的上年结转数对得上吗？", PT, [2021, 2022], "total"),
K("x16-k02", "carry-chain-all", "平潭2019年到2025年，每年的结转下年度和下一年的上年结转是否一致", PT, list(range(2019, 2026)), "total"),
K("x16-k03", "carry-chain-np", "平潭24年年报结转到25年的自然人申请，25年报告接上了没有", PT, [2024, 2025], "natural_person"),
K("x16-k04", "carry-chain-format-change", "平潭2020年（试行格式）结转下年度和2021年上年结转数一致吗", PT, [2020, 2021], "total"),
K("x16-k05", "cumulative-chain", "平潭县2011到2013年主动公开信息的历年累计数，是不是每年都等于上年累计加本年数", PTC, [2011, 2012, 2013], "cumulative", mode="chain", row="proactive_total",
  note="Chain used: 历年累计(Y) = 历年累计(Y-1) + 本年度(Y). out = cumulative(Y-1)+this_year(Y), in = cumulative(Y)."),
K("x16-k06", "cumulative-chain", "平潭县政府依申请公开受理数的历年累计2011—2013前后衔接吗", PTC, [2011, 2012, 2013], "cumulative", mode="chain", row="requests_total",
  note="Chain used: 历年累计(Y) = 历年累计(Y-1) + 本年度(Y)."),
K("x16-k07", "cumulative-chain-broken", "平潭综合实验区2011至2014年主动公开信息的历年累计能不能连上（上年累计+本年=本年累计）", PT, [2011, 2012, 2013, 2014], "cumulative", mode="chain", row="proactive_total",
  note="Chain used: 历年累计(Y) = 历年累计(Y-1) + 本年度(Y); 2011→2012 and 2012→2013 do not hold in the print."),
K("x16-k08", "cumulative-chain-pair", "平潭实验区2013年和2014年统计表里主动公开历年累计数衔接吗", PT, [2013, 2014], "cumulative", mode="chain", row="proactive_total",
  note="Chain used: 历年累计(2014) = 历年累计(2013) + 本年度(2014)."),
K("x16-k09", "carry-chain-commercial", "平潭22年结转下年度的商业企业申请数和23年上年结转的对得上吗", PT, [2022, 2023], "commercial_enterprise"),
K("x16-k10", "cumulative-chain-website", "平潭县网站公开条数历年累计，12年到13年是否连贯", PTC, [2012, 2013], "cumulative", mode="chain", row="proactive_website",
  note="Chain used: 历年累计(2013) = 历年累计(2012) + 本年度(2013)."),
K("x16-k11", "carry-chain-tail", "平潭综合实验区2023→2024→2025 结转数前后是否一致", PT, [2023, 2024, 2025], "total"),
K("x16-k12", "cumulative-chain-reply", "平潭县同意公开答复数的历年累计（2011到2013）对不对得上", PTC, [2011, 2012, 2013], "cumulative", mode="chain", row="reply_full",
  note="Chain used: 历年累计(Y) = 历年累计(Y-1) + 本年度(Y)."),
# ---------------- noyear ----------------
N("x16-n01", "noyear-cell", "平潭综合实验区新收了多少政府信息公开申请", PT, "cell", ("T3", "new_received", "total")),
N("x16-n02", "noyear-narrative-fee", "平潭综合实验区收不收信息处理费？", PT, "narrative", "无收取信息处理费情况"),
N("x16-n03", "noyear-T4", "上海市政府办公厅行政复议总共多少件", SHO, "cell", ("T4", "cases", "review.total")),
N("x16-n04", "noyear-colloquial-row", "上海市政府办公厅有多少申请是因为他们手上没有这个信息答复的", SHO, "cell", ("T3", "unable_not_held", "total")),
N("x16-n05", "noyear-pre2019", "平潭县政府主动公开了多少条信息", PTC, "cell", ("stats", "proactive_total", "this_year")),
N("x16-n06", "noyear-contact", "平潭县人民政府办公室地址在哪", PTC, "narrative", "平潭县翠园南路10号"),
N("x16-n07", "noyear-contact-phone", "淮安市政府办公室联系电话多少", "huaian-city", "narrative", "0517-83605210"),
N("x16-n08", "noyear-fee-amount", "沭阳县收取信息处理费多少钱", "shuyang-county", "narrative", "收取信息处理费共计380元"),
N("x16-n09", "noyear-short-name", "虹口区结转下年度继续办理几件", "hongkou-district", "cell", ("T3", "carried_to_next_year", "total")),
N("x16-n10", "noyear-short-dept", "上海市科委予以公开多少件", "shanghai-stcsm", "cell", ("T3", "granted", "total")),
N("x16-n11", "noyear-derived-share", "平潭实验区予以公开占办结总数的比例是多少？百分比保留两位", PT, "derived",
  {"num": [("T3", "granted", "total")], "den": [("T3", "results_total", "total")], "unit": "%", "decimals": 2, "formula_text": "granted.total / results_total.total × 100"}),
N("x16-n12", "noyear-dept", "沭阳发改局现行有效的规范性文件有几件", "shuyang-fgj", "cell", ("T2", "normative_documents", "valid")),
N("x16-n13", "noyear-district", "洪泽区本机关不掌握相关信息的有几件", "hongze-district", "cell", ("T3", "unable_not_held", "total")),
# ---------------- nobody ----------------
B("x16-b01", "nobody-fee", "申请政府信息公开要交钱吗？", [("shuyang-county_2025", "收取信息处理费共计380元"), ("huaian-city_2024", "全年收取政府信息公开信息处理费 3940 元"),
  ("pingtan_2025", "无收取信息处理费情况"), ("pingtan_2014", "依申请提供政府信息暂不收费")]),
B("x16-b02", "nobody-contact", "对政府信息公开年报有疑问找谁联系", [("huaian-city_2024", "请与淮安市人民政府办公室联系"), ("pingtan-county_2013", "请与平潭县人民政府办公室联系"),
  ("hongkou-district_2021", "请联系虹口区人民政府办公室")]),
B("x16-b03", "nobody-where-read", "政府信息可以去哪里现场查阅", [("pingtan-county_2011", "公众查阅点指定县档案馆、图书馆"), ("pingtan_2016", "公众查阅点指定区行政服务中心")]),
B("x16-b04", "nobody-review-count", "因政府信息公开引发的行政复议有多少起", [("pingtan_2025", "行政复议36起，行政诉讼9起")]),
B("x16-b05", "nobody-fee-rule", "信息处理费按什么规定收", [("shuyang-county_2025", "《政府信息公开信息处理费管理办法》"), ("huaian-city_2024", "《政府信息公开信息处理费管理")]),
B("x16-b06", "nobody-training", "政务公开方面搞过哪些培训", [("hongkou-district_2021", "开展新进公务员政务公开通识培训2次"), ("shuyang-county_2025", "持续深化案例")]),
# ---------------- unanswerable ----------------
U("x16-u01", "year-gap", "平潭综合实验区2015年和2017年主动公开信息数分别多少", "year_not_indexed", note="2015 and 2017 reports are not in the corpus."),
U("x16-u02", "neighbour-body-compare", "福州市和平潭综合实验区2024年新收申请数比较", "body_not_indexed", note="福州市 not indexed."),
U("x16-u03", "year-span-missing", "上海市政府办公厅2020到2024年每年的新收申请", "year_not_indexed"),
U("x16-u04", "year-before-indexed", "淮安市政府2023年和2024年新收申请比去年多了多少", "year_not_indexed", note="淮安市 only 2024 indexed."),
U("x16-u05", "sibling-dept", "沭阳县发改局和沭阳县财政局2023年收到的申请对比", "body_not_indexed", note="沭阳县财政局 not indexed."),
U("x16-u06", "no-such-figure", "平潭实验区历年政务公开工作经费投入多少", "no_such_figure"),
U("x16-u07", "consistency-gap", "上海市政府办公厅2024年结转下年度的数和2025年上年结转的一样吗", "year_not_indexed", note="2024 report not indexed."),
U("x16-u08", "same-city-other-years", "宿迁市2023年和2024年政府信息公开申请量对比", "body_not_indexed"),
U("x16-u09", "other-format-row", "平潭综合实验区2011到2018年每年逾期不缴费不再处理的申请几件", "not_in_this_format", note="（六）2. row exists only in the 2021 format."),
# ---------------- followups ----------------
F("x16-f01", "series-column-then-pick", [
  S(None, "", "平潭综合实验区2021到2025年新收申请总数分别多少", PT, (2021, 2025), T3("new_received")),
  S(None, "", "那自然人呢", PT, (2021, 2025), T3("new_received", "natural_person")),
  S(None, "", "哪年最多？", PT, (2021, 2025), T3("new_received", "natural_person"), pick="max")]),
F("x16-f02", "comparison-T4-blocks", [
  C(None, "", "2025年沭阳县、上海市政府办公厅、平潭实验区行政复议各多少", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T4", "cases", "review.total"), order="desc"),
  C(None, "", "直接起诉的呢", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T4", "cases", "litigation_direct.total"), order="desc"),
  C(None, "", "复议后再起诉的", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], CELL("T4", "cases", "litigation_after_review.total"), order="desc")]),
F("x16-f03", "pre2019-row-change", [
  S(None, "", "平潭县2011-2013年主动公开信息数", PTC, (2011, 2013), PRE("proactive_total")),
  S(None, "", "其中网站公开的呢", PTC, (2011, 2013), PRE("proactive_website"))]),
F("x16-f04", "gap-series-row-change", [
  S(None, "", "上海市政府办公厅历年新收申请数", SHO, None, T3("new_received")),
  S(None, "", "结转下年的呢", SHO, None, T3("carried_to_next_year"))]),
F("x16-f05", "comparison-row-change", [
  C(None, "", "2024年淮安市、上海市科委、平潭 予以公开的分别多少", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], CELL("T3", "granted", "total"), order="desc"),
  C(None, "", "那不掌握相关信息的呢", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], CELL("T3", "unable_not_held", "total"), order="desc")]),
F("x16-f06", "series-subcolumn-sum", [
  S(None, "", "平潭2019到2025年行政复议总数每年多少", PT, (2019, 2025), T4("review.total")),
  S(None, "", "被纠正的呢", PT, (2019, 2025), T4("review.corrected")),
  S(None, "", "纠正的加起来多少", PT, (2019, 2025), T4("review.corrected"), pick="sum")]),
F("x16-f07", "after-unanswerable", [
  U(None, "", "福州市跟平潭2024年新收申请比一下", "body_not_indexed"),
  C(None, "", "那就平潭跟淮安市比", ["pingtan_2024", "huaian-city_2024"], CELL("T3", "new_received", "total"), order="desc")]),
F("x16-f08", "T2-row-change", [
  S(None, "", "平潭21到25年行政处罚决定数", PT, (2021, 2025), {"2021": ("T2", "administrative_penalty", "decisions")}),
  S(None, "", "行政许可呢？哪年最多", PT, (2021, 2025), {"2021": ("T2", "administrative_licensing", "decisions")}, pick="max")]),
F("x16-f09", "comparison-legal-persons", [
  C(None, "", "2025年沭阳县和上海市政府办公厅个人申请数对比", ["shuyang-county_2025", "shanghai-municipal-office_2025"], CELL("T3", "new_received", "natural_person"), order="desc"),
  C(None, "", "法人或其他组织呢", ["shuyang-county_2025", "shanghai-municipal-office_2025"],
    SUM([("T3", "new_received", c) for c in ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]]), order="desc",
    formula_text="new_received: 商业企业+科研机构+社会公益组织+法律服务机构+其他")]),
F("x16-f10", "series-then-consistency", [
  S(None, "", "平潭2019-2025年结转下年度继续办理数", PT, (2019, 2025), T3("carried_to_next_year")),
  K(None, "", "跟下一年的上年结转对得上吗", PT, list(range(2019, 2026)), "total")]),
F("x16-f11", "series-then-other-format", [
  S(None, "", "平潭实验区2015到2018年主动公开信息数", PT, (2015, 2018), PRE("proactive_total")),
  U(None, "", "2019年以后的呢", "not_in_this_format", note="主动公开信息数 exists only in the pre-2019 统计表.")]),
F("x16-f12", "body-change-noyear", [
  C(None, "", "2023年洪泽区和平潭综合实验区本机关不掌握的各几件", ["hongze-district_2023", "pingtan_2023"], CELL("T3", "unable_not_held", "total"), order="desc"),
  C(None, "", "换成沭阳发改局呢，三家一起比", ["hongze-district_2023", "pingtan_2023", "shuyang-fgj_2023"], CELL("T3", "unable_not_held", "total"), order="desc")]),
]
