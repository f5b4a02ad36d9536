# -*- coding: utf-8 -*-
"""Cross-report question specs (x10-). References only: no typed numbers.
Cell refs are (table, row, column) tuples into /work/blind/gold/<stem>.json.
"""
# --- cross-format mappings (decided from the printed labels) ---
# pre-2019 统计表 '受理依申请公开信息总数' (本年度)  ~  T3 '一、本年新收政府信息公开申请数量' 总计
APPS = {"pre_2019": ("stats", "requests_total", "this_year"),
        "2019_trial": ("T3", "new_received", "total"), "2021": ("T3", "new_received", "total")}
# pre-2019 '行政复议数' (本年度)  ~  T4 行政复议 总计
REVIEW = {"pre_2019": ("stats", "admin_review", "this_year"),
          "2019_trial": ("T4", "cases", "review.total"), "2021": ("T4", "cases", "review.total")}
# pre-2019 '同意公开答复数' (本年度)  ~  T3 （一）予以公开 总计
GRANT = {"pre_2019": ("stats", "reply_full", "this_year"),
         "2019_trial": ("T3", "granted", "total"), "2021": ("T3", "granted", "total")}

def T3(row, col="total"): return ("T3", row, col)
def T4(col): return ("T4", "cases", col)
def T2(row, col): return ("T2", row, col)
def ST(row, col="this_year"): return ("stats", row, col)

DENIED = [T3(r) for r in ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]]
UNABLE = [T3(r) for r in ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]]
LIT_ALL = [T4("litigation_direct.total"), T4("litigation_after_review.total")]

ITEMS = []
def S(n, cls, q, body, refs, span=None, pick=None, note=None):
    ITEMS.append(dict(n=n, kind="series", cls=cls, q=q, body=body, refs=refs, span=span, pick=pick, note=note))
def C(n, cls, q, reports, metric, order=None, decimals=None, unit="件", note=None):
    ITEMS.append(dict(n=n, kind="comparison", cls=cls, q=q, reports=reports, metric=metric, order=order,
                      decimals=decimals, unit=unit, note=note))
def K(n, cls, q, body, years, mode, what, note=None):
    ITEMS.append(dict(n=n, kind="consistency", cls=cls, q=q, body=body, years=years, mode=mode, what=what, note=note))
def N(n, cls, q, body, sub, spec, unit="件", decimals=None, note=None):
    ITEMS.append(dict(n=n, kind="noyear", cls=cls, q=q, body=body, sub=sub, spec=spec, unit=unit,
                      decimals=decimals, note=note))
def B(n, cls, q, subs, note=None):
    ITEMS.append(dict(n=n, kind="nobody", cls=cls, q=q, subs=subs, note=note))
def U(n, cls, q, reason, note):
    ITEMS.append(dict(n=n, kind="unanswerable", cls=cls, q=q, reason=reason, note=note))
def F(n, cls, turns, note=None):
    ITEMS.append(dict(n=n, kind="followup", cls=cls, turns=turns, note=note))
# turn helpers: ("series", q, body, refs, span, pick) etc. -> dicts
def tS(q, body, refs, span=None, pick=None): return dict(kind="series", q=q, body=body, refs=refs, span=span, pick=pick)
def tC(q, reports, metric, order=None, decimals=None, unit="件"): return dict(kind="comparison", q=q, reports=reports, metric=metric, order=order, decimals=decimals, unit=unit)
def tU(q, reason, note): return dict(kind="unanswerable", q=q, reason=reason, note=note)

P = [2019, 2025]
# ======================= SERIES =======================
S(1, "plain-series", "平潭综合实验区2019到2025年每年新收到的政府信息公开申请各是多少件？", "pingtan", T3("new_received"), P)
S(2, "colloquial-max", "平潭实验区这几年（2019-2025）哪一年收到的信息公开申请最多？", "pingtan", T3("new_received"), P, "max")
S(3, "fullwidth-digits", "平潭综合实验区２０２１至２０２５年自然人提出的新申请数量分别多少", "pingtan", T3("new_received", "natural_person"), [2021, 2025])
S(4, "colloquial-row", "平潭管委会历年给申请人全部公开的件数（2019年以来），哪年最多？", "pingtan", T3("granted"), P, "max")
S(5, "keyword-only", "平潭 部分公开 2019-2025 趋势", "pingtan", T3("partially_granted"), P)
S(6, "description-row", "平潭综合实验区从2019年到2025年，每年因为“本机关不掌握相关信息”没法提供的申请有多少？", "pingtan", T3("unable_not_held"), P)
S(7, "sum-pick", "平潭综合实验区2019—2025年因为重复申请而不予处理的一共有多少件？", "pingtan", T3("not_processed_duplicate"), P, "sum")
S(8, "T4-review-series", "平潭近七年被申请行政复议的总数是怎么变化的？2019到2025每年都列一下", "pingtan", T4("review.total"), P)
S(9, "T4-corrected-max", "平潭综合实验区2019至2025年行政复议结果被纠正的，哪一年最多？", "pingtan", T4("review.corrected"), P, "max")
S(10, "T4-direct-suit", "平潭实验区2019~2025年未经复议直接起诉的行政诉讼总数每年多少，哪年最多", "pingtan", T4("litigation_direct.total"), P, "max")
S(11, "T4-after-review", "平潭 复议后又起诉的案件 2021到2025年 各年数量", "pingtan", T4("litigation_after_review.total"), [2021, 2025])
S(12, "format-only-2021-row", "平潭综合实验区2019年至2025年，申请人逾期不补正、行政机关不再处理的申请每年有几件？", "pingtan",
  T3("other_no_correction_overdue"), P, note="row exists only in the 2021 format; 2019/2020 (trial format, single （六）其他处理 row) are not comparable")
S(13, "carry-series", "平潭综合实验区每年结转到下一年继续办理的申请数（2019-2025）", "pingtan", T3("carried_to_next_year"), P)
S(14, "T2-licensing-max", "平潭综合实验区2021到2025年行政许可处理决定数量逐年是多少？哪年最高？", "pingtan", T2("administrative_licensing", "decisions"), [2021, 2025], "max")
S(15, "T2-penalty-min", "平潭区行政处罚决定数2021—2025年哪一年最少", "pingtan", T2("administrative_penalty", "decisions"), [2021, 2025], "min")
S(16, "T2-fee-not-comparable", "平潭综合实验区2019年到2025年每年行政事业性收费金额（万元）是多少？", "pingtan", T2("administrative_fees", "fee_amount"), P,
  note="2019/2020 trial format reports 行政事业性收费 as item counts (上一年项目数量/本年增减), not an amount in 万元: not comparable")
S(17, "T2-coercion", "平潭实验区行政强制决定 2021-2025 每年多少件", "pingtan", T2("administrative_coercion", "decisions"), [2021, 2025])
S(18, "cross-format-apps", "平潭综合实验区从2011年到2025年，每年受理（收到）的依申请公开数量是多少？哪年最多？", "pingtan", APPS, [2011, 2025], "max",
  note="pre-2019 统计表 row 受理依申请公开信息总数 (本年度) is taken as the same quantity as T3 本年新收申请 总计; 2015 and 2017 reports are not in the corpus")
S(19, "cross-format-sum", "把平潭实验区2011年以来所有年报里的政府信息公开申请数加起来一共是多少？", "pingtan", APPS, [2011, 2025], "sum",
  note="same mapping as x10-018; gaps 2015, 2017 not included")
S(20, "cross-format-review", "平潭综合实验区历年（2011-2025）因政府信息公开被申请行政复议的数量", "pingtan", REVIEW, [2011, 2025],
  note="pre-2019 行政复议数 (本年度) ~ T4 行政复议 总计; pingtan_2013 prose mentions 1 复议 but its table prints 0 (gold = table)")
S(21, "pre2019-only-row", "平潭综合实验区2011到2025年每年主动公开了多少条政府信息？", "pingtan", {"pre_2019": ST("proactive_total")}, [2011, 2025],
  note="only the pre-2019 统计表 has a 主动公开信息数 total; 2019+ formats have no such row (not comparable)")
S(22, "pre2019-max", "平潭综合实验区2011—2018年主动公开信息条数哪一年最多", "pingtan", {"pre_2019": ST("proactive_total")}, [2011, 2018], "max")
S(23, "pre2019-min", "2011到2018年平潭管委会主动公开政府信息最少的是哪年？多少条", "pingtan", {"pre_2019": ST("proactive_total")}, [2011, 2018], "min")
S(24, "pre2019-website", "平潭综合实验区2011-2018年通过网站公开的信息数（本年度）各年多少", "pingtan", {"pre_2019": ST("proactive_website")}, [2011, 2018])
S(25, "pre2019-fee-waiver", "平潭综合实验区2011至2018年政府信息公开收费减免金额每年是多少元", "pingtan", {"pre_2019": ST("fee_waiver_amount")}, [2011, 2018],
  note="the 收费减免金额 row is printed only in the 2014 and 2016 统计表")
S(26, "pre2019-cumulative", "平潭综合实验区2011到2018年报统计表里“历年累计”主动公开数各是多少", "pingtan", {"pre_2019": ST("proactive_total", "cumulative")}, [2011, 2018],
  note="values as printed; the printed cumulative does not chain 2011->2012->2013 and the 2018 cumulative is smaller than the 2016 one")
S(27, "county-series", "平潭县人民政府2011、2012、2013年主动公开信息数分别是多少", "pingtan-county", ST("proactive_total"), [2011, 2013])
S(28, "county-max", "平潭县政府2011-2013年受理的依申请公开信息总数哪年最多", "pingtan-county", ST("requests_total"), [2011, 2013], "max")
S(29, "county-sum", "平潭县2011到2013年当面申请的一共多少条", "pingtan-county", ST("req_in_person"), [2011, 2013], "sum")
S(30, "county-colloquial", "平潭县政府这三年（2011-2013）同意公开的答复各多少？", "pingtan-county", ST("reply_full"), [2011, 2013])
S(31, "county-online", "平潭县 网上申请数 2011~2013", "pingtan-county", ST("req_online"), [2011, 2013])
S(32, "shanghai-gaps", "上海市政府办公厅2019年到2025年每年新收的信息公开申请是多少件？", "shanghai-municipal-office", T3("new_received"), P,
  note="only 2019 and 2025 are in the corpus; 2020-2024 are gaps")
S(33, "shanghai-review", "上海市人民政府办公厅历年行政复议总数", "shanghai-municipal-office", T4("review.total"), None)
S(34, "shanghai-natural-granted", "市政府办公厅（上海）自然人申请里予以公开的，历年报告各是多少", "shanghai-municipal-office", T3("granted", "natural_person"), None,
  note="2019 report leaves the 总计 cell of 予以公开 blank, so the 自然人 column is asked")
S(35, "shanghai-carry-max", "上海市府办公厅 结转下年度继续办理 各年 哪年多", "shanghai-municipal-office", T3("carried_to_next_year"), None, "max")
S(36, "shanghai-typo", "上海市人民政府办公听2019和2025年不掌握相关信息的自然人申请分别几件", "shanghai-municipal-office", T3("unable_not_held", "natural_person"), P)
S(37, "chinese-numeral-span", "平潭综合实验区二〇二一年到二〇二五年因属于行政执法案卷不予公开的各有几件，哪年最多", "pingtan", T3("denied_enforcement_case_file"), [2021, 2025], "max")
S(38, "irrelevant-clause-first", "我在写一篇关于海岛政务的论文，想问平潭综合实验区2019年到2025年办理结果总计每年是多少？", "pingtan", T3("results_total"), P)
S(39, "cross-format-granted", "平潭实验区2011年到2025年，每年同意公开（予以公开）的申请有几件", "pingtan", GRANT, [2011, 2025],
  note="pre-2019 同意公开答复数 (本年度) ~ T3 （一）予以公开 总计")
S(40, "internal-affairs-max", "平潭综合实验区近五年（2021-2025）以三类内部事务信息为由不公开的，哪一年最多？", "pingtan", T3("denied_internal_affairs"), [2021, 2025], "max")
S(41, "review-maintained-sum", "平潭2021-2025年行政复议维持原结果的加起来多少件", "pingtan", T4("review.maintained"), [2021, 2025], "sum")

# ======================= COMPARISONS =======================
C(1, "same-year-2021", "2021年平潭综合实验区和上海虹口区，谁收到的政府信息公开申请更多？", ["pingtan_2021", "hongkou-district_2021"], ("cell", T3("new_received")), "desc")
C(2, "same-year-2021-review", "2021年虹口区政府和平潭实验区各被申请了多少件行政复议？", ["hongkou-district_2021", "pingtan_2021"], ("cell", T4("review.total")))
C(3, "rate-2021", "2021年平潭综合实验区与虹口区的予以公开率（予以公开总计÷办理结果总计，百分比保留两位小数）哪个高？",
  ["pingtan_2021", "hongkou-district_2021"], ("rate", [T3("granted")], [T3("results_total")]), "desc", 2, "%")
C(4, "three-2023", "2023年平潭综合实验区、淮安洪泽区、沭阳县发改局三家新收申请数排个序", ["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], ("cell", T3("new_received")), "desc")
C(5, "three-2023-granted", "2023年洪泽区政府、沭阳发改局、平潭实验区哪家予以公开的件数最多", ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], ("cell", T3("granted")), "desc")
C(6, "T2-penalty-2023", "二〇二三年平潭和洪泽区的行政处罚决定数比一比", ["pingtan_2023", "hongze-district_2023"], ("cell", T2("administrative_penalty", "decisions")), "desc")
C(7, "T2-fee-2023", "2023年行政事业性收费金额：平潭综合实验区 vs 洪泽区，哪个收得多（万元）", ["pingtan_2023", "hongze-district_2023"], ("cell", T2("administrative_fees", "fee_amount")), "desc", None, "万元")
C(8, "three-2024", "2024年淮安市政府、上海市科委、平潭综合实验区新收政府信息公开申请从多到少排", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], ("cell", T3("new_received")), "desc")
C(9, "three-2024-review", "2024年这三家谁被申请行政复议最少：淮安市人民政府、市科委（上海）、平潭实验区", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], ("cell", T4("review.total")), "asc")
C(10, "company-applicant-2024", "2024年商业企业提出的新申请，淮安市、上海科委和平潭各有几件？", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], ("cell", T3("new_received", "commercial_enterprise")), "desc")
C(11, "rate-2024", "2024年淮安市政府和平潭实验区的予以公开比例（予以公开/办理结果总计，保留两位小数）", ["huaian-city_2024", "pingtan_2024"], ("rate", [T3("granted")], [T3("results_total")]), "desc", 2, "%")
C(12, "three-2025", "2025年沭阳县、上海市政府办公厅、平潭综合实验区，哪个收到的申请最多", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], ("cell", T3("new_received")), "desc")
C(13, "three-2025-review", "2025年行政复议案件总数：沭阳县政府、平潭、上海市府办公厅谁最多", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], ("cell", T4("review.total")), "desc")
C(14, "three-2025-direct-suit", "２０２５年直接起诉（没经过复议）的行政诉讼总数，平潭、沭阳、上海市政府办公厅各几件", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T4("litigation_direct.total")), "desc")
C(15, "correction-rate-2025", "2025年复议纠正率（结果纠正÷复议总计×100%，保留两位）平潭、沭阳县、上海市政府办公厅比较", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("rate", [T4("review.corrected")], [T4("review.total")]), "desc", 2, "%")
C(16, "sum-unable-2025", "2025年“无法提供”的申请合计（三小项相加），平潭和沭阳县哪个多", ["pingtan_2025", "shuyang-county_2025"], ("sum", UNABLE), "desc")
C(17, "sum-denied-2025", "2025年不予公开总数（八类加总）沐阳县和平潭实验区比较", ["shuyang-county_2025", "pingtan_2025"], ("sum", DENIED), "desc", note="沐阳 is the OCR spelling printed in the report (= 沭阳)")
C(18, "carried-over-2025", "今年（2025）上年结转过来的申请：上海市政府办公厅、沭阳县、平潭各多少", ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"], ("cell", T3("carried_over_from_last_year")), "desc")
C(19, "same-year-2019", "2019年上海市政府办公厅和平潭综合实验区新收申请数差多少？各是多少", ["shanghai-municipal-office_2019", "pingtan_2019"], ("cell", T3("new_received")), "desc")
C(20, "same-year-2019-natural", "2019年不掌握相关信息的自然人申请：上海市府办公厅vs平潭", ["shanghai-municipal-office_2019", "pingtan_2019"], ("cell", T3("unable_not_held", "natural_person")), "desc")
C(21, "county-vs-zone-2012", "2012年平潭县人民政府和平潭综合实验区管委会，主动公开信息数谁多？", ["pingtan-county_2012", "pingtan_2012"], ("cell", ST("proactive_total")), "desc")
C(22, "county-vs-zone-2013", "2013年平潭县政府跟平潭实验区受理的依申请公开数各多少", ["pingtan-county_2013", "pingtan_2013"], ("cell", ST("requests_total")), "desc")
C(23, "county-vs-zone-2011-tie", "2011年平潭县和平潭综合实验区年报里的主动公开信息数是不是一样？", ["pingtan-county_2011", "pingtan_2011"], ("cell", ST("proactive_total")), None,
  note="both 2011 tables print the same figures")
C(24, "years-differ", "虹口区政府（2021年）和淮安市政府（2024年）被申请行政复议的数量比较", ["hongkou-district_2021", "huaian-city_2024"], ("cell", T4("review.total")), "desc", note="the two reports are of different years")
C(25, "years-differ-all-newest", "语料里每个机关最新一期年报的新收申请数，哪家最多？从高到低排一下", ["huaian-city_2024", "shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025", "hongkou-district_2021", "shanghai-stcsm_2024", "shuyang-fgj_2023", "hongze-district_2023"],
  ("cell", T3("new_received")), "desc", note="newest report of each body with a T3 table; years differ (2021–2025); 平潭县 (newest 2013) has no T3 and is left out")
C(26, "years-differ-shuyang", "沭阳县政府2025年和沭阳县发改局2023年新收申请各多少", ["shuyang-county_2025", "shuyang-fgj_2023"], ("cell", T3("new_received")), "desc", note="county government vs its own 发改局; different years")
C(27, "years-differ-huaian-hongze", "洪泽区（2023）跟淮安市（2024）的行政事业性收费金额各多少万元", ["hongze-district_2023", "huaian-city_2024"], ("cell", T2("administrative_fees", "fee_amount")), "desc", None, "万元", note="different years")
C(28, "shanghai-pair", "上海市政府办公厅2025年和市科委2024年，因为需要另行制作而无法提供的申请各几件", ["shanghai-municipal-office_2025", "shanghai-stcsm_2024"], ("cell", T3("unable_needs_creation")), "desc", note="different years")
C(29, "all-2021-format-licensing", "2024年淮安市政府和平潭综合实验区的行政许可处理决定数量比较一下，谁多？", ["huaian-city_2024", "pingtan_2024"], ("cell", T2("administrative_licensing", "decisions")), "desc")
C(30, "natural-share-2025", "2025年自然人申请占新收申请的比重（%，两位小数）：上海市政府办公厅和沭阳县", ["shanghai-municipal-office_2025", "shuyang-county_2025"], ("rate", [T3("new_received", "natural_person")], [T3("new_received")]), "desc", 2, "%")

# ======================= CONSISTENCY =======================
K(1, "carry-chain-all", "平潭综合实验区每年的“结转下年度继续办理”和下一年的“上年结转”对得上吗？（2019-2025）", "pingtan", [2019, 2025], "carry", "total")
K(2, "carry-2021-2022", "平潭2021年年报结转到下年的申请数，和2022年年报里的上年结转数一致吗", "pingtan", [2021, 2022], "carry", "total")
K(3, "carry-2024-2025", "平潭实验区2024年结转下年度的，2025年报上年结转是否对应", "pingtan", [2024, 2025], "carry", "total")
K(4, "carry-natural-2021-2022", "平潭综合实验区 自然人那一列：2021年结转下年度 与 2022年上年结转 相等吗", "pingtan", [2021, 2022], "carry", "natural_person")
K(5, "carry-2019-2021", "2019、2020、2021三年平潭实验区的结转数据前后衔接吗", "pingtan", [2019, 2021], "carry", "total")
K(6, "carry-company-2022-2025", "平潭综合实验区商业企业一列，2022到2025年结转下年和次年上年结转能衔接上吗", "pingtan", [2022, 2025], "carry", "commercial_enterprise")
K(7, "cumulative-county", "平潭县政府2011到2013年统计表的主动公开“历年累计”，是不是等于上年累计加本年数？", "pingtan-county", [2011, 2013], "cumulative", "proactive_total")
K(8, "cumulative-county-requests", "平潭县2012和2013年报的依申请公开历年累计数能接上吗（上年累计+本年=本年累计）", "pingtan-county", [2012, 2013], "cumulative", "requests_total")
K(9, "cumulative-zone-break", "平潭综合实验区2011到2014年主动公开数的历年累计前后一致吗", "pingtan", [2011, 2014], "cumulative", "proactive_total")
K(10, "cumulative-zone-2013-2014", "平潭管委会2013年历年累计网站公开数加上2014年本年度，等于2014年的历年累计吗", "pingtan", [2013, 2014], "cumulative", "proactive_website")
K(11, "cumulative-county-website", "平潭县2011→2012 网站公开 历年累计 衔接检查", "pingtan-county", [2011, 2012], "cumulative", "proactive_website")
K(12, "cumulative-county-replies", "平潭县人民政府对申请的答复数，2012年累计加2013年本年度是否等于2013年累计", "pingtan-county", [2012, 2013], "cumulative", "replies_total")
K(13, "carry-2022-2023", "平潭实验区2022年底结转的申请和2023年报的上年结转一样吗", "pingtan", [2022, 2023], "carry", "total")

# ======================= NOYEAR =======================
N(1, "noyear-cell", "平潭综合实验区新收的政府信息公开申请有多少件？", "pingtan", "cell", T3("new_received"))
N(2, "noyear-T4", "上海市政府办公厅被申请行政复议多少件", "shanghai-municipal-office", "cell", T4("review.total"))
N(3, "noyear-contact", "平潭县人民政府办公室电话是多少", "pingtan-county", "narrative", "电话：24336243")
N(4, "noyear-address", "虹口区政府办公室在哪个地址", "hongkou-district", "narrative", "地址：飞虹路 518 号")
N(5, "noyear-fee-narrative", "淮安市政府收了多少政府信息公开信息处理费", "huaian-city", "narrative", "全年收取政府信息公开信息处理费 3940 元")
N(6, "noyear-fee-typo", "沐阳县收取信息处理费了吗，多少钱", "shuyang-county", "narrative", "收取信息处理费共计380元")
N(7, "noyear-derived", "上海市科委无法提供的申请一共几件（三种情形加起来）", "shanghai-stcsm", "derived", ("sum", UNABLE))
N(8, "noyear-T2", "洪泽区政府行政处罚决定多少件", "hongze-district", "cell", T2("administrative_penalty", "decisions"))
N(9, "noyear-dept", "沭阳发改局收到几件信息公开申请", "shuyang-fgj", "cell", T3("new_received"))
N(10, "noyear-denied-sum", "平潭实验区不予公开的申请总共几件", "pingtan", "derived", ("sum", DENIED))
N(11, "noyear-rate", "上海市人民政府办公厅新收申请里自然人占百分之多少（保留两位小数）", "shanghai-municipal-office", "derived",
  ("rate", [T3("new_received", "natural_person")], [T3("new_received")]), unit="%", decimals=2)
N(12, "noyear-problem", "平潭综合实验区政府信息公开工作存在什么问题", "pingtan", "narrative", "政务公开队伍建设有待进一步加强")
N(13, "noyear-pre2019", "平潭县政府主动公开了多少条信息", "pingtan-county", "cell", ST("proactive_total"))
N(14, "noyear-shanghai-problem", "上海市政府办公厅年报里说存在的主要问题有哪些", "shanghai-municipal-office", "narrative", "政策信息分散于多个平台")

# ======================= NOBODY =======================
B(1, "nobody-fee", "申请政府信息公开要交钱吗？", [("pingtan_2014", "依申请提供政府信息暂不收费"), ("pingtan_2025", "无收取信息处理费情况"),
  ("shuyang-county_2025", "收取信息处理费共计380元"), ("hongkou-district_2021", "区政府未收取政府信息公开信息处理费")])
B(2, "nobody-period", "年报里的数据是按什么时间段统计的", [("pingtan_2025", "数据统计期限为2025年1月1日至2025年12月31日"),
  ("hongkou-district_2021", "统计期限自 2021 年 1 月 1 日起")])
B(3, "nobody-download", "政府信息公开年度报告的电子版在哪里可以下载", [("pingtan-county_2013", "本报告的电子版可在“平潭综合实验区管委会门户网站”"),
  ("hongkou-district_2021", "本年度报告可在“上海虹口”门户网站")])
B(4, "nobody-process", "依申请公开一般要经过哪些环节", [("pingtan_2025", "登记、审核、办理、答复、归档全流程管理机制")])
B(5, "nobody-channel", "信息公开申请线上线下都能提交吗", [("pingtan_2022", "畅通线上、线下申请渠道")])
B(6, "nobody-keyword", "信息处理费 收费标准 依据", [("huaian-city_2024", "严格落实《政府信息公开信息处理费管理"),
  ("shuyang-county_2025", "认真落实《政府信息公开信息处理费管理办法》要求")])

# ======================= UNANSWERABLE =======================
U(1, "year-gap", "平潭综合实验区2015年和2017年的主动公开信息数各多少", "year_not_indexed", "2015 and 2017 reports of 平潭综合实验区 are not in the corpus")
U(2, "body-not-indexed-shanghai-district", "上海黄浦区2022年和2023年收到的信息公开申请比较一下", "body_not_indexed", "黄浦区 is not in the corpus (only 虹口区 2021 among Shanghai districts)")
U(3, "year-span-single", "虹口区2021到2023年每年行政复议多少件", "year_not_indexed", "only 虹口区 2021 is in the corpus")
U(4, "body-shares-word-huaian", "淮安市清江浦区和淮安市政府2024年新收申请谁多", "body_not_indexed", "清江浦区 is not indexed (shares 淮安市 with an indexed body)")
U(5, "no-such-figure-series", "平潭综合实验区历年政务公开工作经费预算分别是多少", "no_such_figure", "no report states a budget for the work")
U(6, "not-in-this-format", "平潭综合实验区2011到2018年行政复议被纠正的各有几件", "not_in_this_format", "the pre-2019 统计表 has only a 行政复议数 total, no 结果纠正 column")
U(7, "county-year-not-indexed", "平潭县人民政府2014到2016年的依申请公开数量", "year_not_indexed", "平潭县 reports are indexed only for 2011-2013")
U(8, "consistency-nonconsecutive", "上海市政府办公厅2019年结转下年度的申请和2020年上年结转能对上吗", "year_not_indexed", "the 2020 report of 上海市人民政府办公厅 is not in the corpus")

# ======================= FOLLOWUPS =======================
F(1, "series-then-column", [
  tS("平潭综合实验区2021到2025年新收申请总数每年多少？", "pingtan", T3("new_received"), [2021, 2025]),
  tS("那自然人呢", "pingtan", T3("new_received", "natural_person"), [2021, 2025]),
  tS("哪年最多？", "pingtan", T3("new_received", "natural_person"), [2021, 2025], "max")])
F(2, "comparison-then-T4", [
  tC("2025年平潭、沭阳县、上海市政府办公厅新收申请各多少", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T3("new_received")), "desc"),
  tC("复议那块呢", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T4("review.total")), "desc")])
F(3, "series-then-litigation", [
  tS("平潭综合实验区2019-2025年行政复议总数", "pingtan", T4("review.total"), P),
  tS("诉讼呢，直接起诉的", "pingtan", T4("litigation_direct.total"), P),
  tS("复议后起诉的呢", "pingtan", T4("litigation_after_review.total"), P)])
F(4, "unanswerable-then-body", [
  tU("上海市徐汇区2025年收到多少信息公开申请", "body_not_indexed", "徐汇区 is not in the corpus"),
  tC("那上海市政府办公厅跟市科委比呢", ["shanghai-municipal-office_2025", "shanghai-stcsm_2024"], ("cell", T3("new_received")), "desc")])
F(5, "comparison-then-row", [
  tC("2024年淮安市和平潭实验区予以公开各多少件", ["huaian-city_2024", "pingtan_2024"], ("cell", T3("granted")), "desc"),
  tC("部分公开的呢", ["huaian-city_2024", "pingtan_2024"], ("cell", T3("partially_granted")), "desc"),
  tC("不掌握信息的呢", ["huaian-city_2024", "pingtan_2024"], ("cell", T3("unable_not_held")), "desc")])
F(6, "county-series-then-zone", [
  tS("平潭县2011-2013年主动公开信息数", "pingtan-county", ST("proactive_total"), [2011, 2013]),
  tS("同期平潭综合实验区的呢", "pingtan", {"pre_2019": ST("proactive_total")}, [2011, 2013])])
F(7, "series-then-body-shanghai", [
  tS("平潭2019和2025年结转下年度的申请各几件", "pingtan", T3("carried_to_next_year"), {"only": [2019, 2025]}),
  tS("上海市政府办公厅这两年呢", "shanghai-municipal-office", T3("carried_to_next_year"), {"only": [2019, 2025]})],
  note="turn 1 names two years: the span is {2019, 2025} only; expected values list those two years")
F(8, "comparison-then-column", [
  tC("2021年虹口区和平潭实验区新收申请的商业企业各几件", ["hongkou-district_2021", "pingtan_2021"], ("cell", T3("new_received", "commercial_enterprise")), "desc"),
  tC("法人里其他组织呢", ["hongkou-district_2021", "pingtan_2021"], ("cell", T3("new_received", "other_org")), "desc")])
F(9, "unanswerable-year-then-series", [
  tU("平潭综合实验区2017年收到几件申请", "year_not_indexed", "2017 report not in the corpus"),
  tS("那2016到2019年呢", "pingtan", APPS, [2016, 2019])])
F(10, "series-T2-then-pick", [
  tS("平潭实验区2021-2025年行政事业性收费金额", "pingtan", T2("administrative_fees", "fee_amount"), [2021, 2025]),
  tS("哪年最多", "pingtan", T2("administrative_fees", "fee_amount"), [2021, 2025], "max"),
  tS("最少呢", "pingtan", T2("administrative_fees", "fee_amount"), [2021, 2025], "min")])
F(11, "comparison-then-year", [
  tC("2023年平潭和洪泽区本机关不掌握的申请各几件", ["pingtan_2023", "hongze-district_2023"], ("cell", T3("unable_not_held")), "desc"),
  tC("2024年淮安市和平潭呢", ["huaian-city_2024", "pingtan_2024"], ("cell", T3("unable_not_held")), "desc")])
F(12, "series-then-unanswerable", [
  tS("平潭县政府2011至2013年对申请的答复数", "pingtan-county", ST("replies_total"), [2011, 2013]),
  tU("2014年呢", "year_not_indexed", "平潭县 2014 report not in the corpus")])

