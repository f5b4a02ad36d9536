# -*- coding: utf-8 -*-
"""Question references for the x18 cross-report set. No numbers are typed here:
every expected value is computed by build.py from the gold cells."""

# cross-format equivalences chosen by the writer (from the printed labels):
#   pre-2019 受理依申请公开信息总数 (requests_total)  ~ T3 一、本年新收政府信息公开申请数量 总计
#   pre-2019 同意公开答复数 (reply_full)              ~ T3 （一）予以公开 总计
#   pre-2019 行政复议数 (admin_review)                 ~ T4 行政复议 总计
# every other row is treated as existing in one format only (years of the other format -> not_comparable).
MAP_REQ = {"pre_2019": ["stats", "requests_total", "this_year"]}
MAP_FULL = {"pre_2019": ["stats", "reply_full", "this_year"]}
MAP_REV = {"pre_2019": ["stats", "admin_review", "this_year"]}

NEW = ["T3", "new_received", "total"]
DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]
ORGS = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]


def S(id, cls, q, body, t, r, c, span=None, pick=None, map=None, note=None):
    return dict(id=id, kind="series", cls=cls, q=q, body=body, t=t, r=r, c=c, span=span, pick=pick,
                map=map, note=note)


def C(id, cls, q, reports, metric, order=None, note=None, decimals=None):
    return dict(id=id, kind="comparison", cls=cls, q=q, reports=reports, metric=metric, order=order,
                note=note, decimals=decimals)


def K(id, cls, q, body, years, column, row=None, note=None):
    # row None -> T3 结转下年度(Y) vs 上年结转(Y+1); row given -> pre-2019 历年累计 chain on that stats row
    return dict(id=id, kind="consistency", cls=cls, q=q, body=body, years=years, column=column, row=row, note=note)


# metric forms: ["cell", t, r, c] | ["sumrows", t, [rows], c] | ["sumcols", t, r, [cols]]
#               | ["rate", metric_num, metric_den] (percentage)
cell = lambda t, r, c: ["cell", t, r, c]

ITEMS = [
    # ---------------- series: 平潭综合实验区 (pingtan) ----------------
    S("s01", "span-dash-years", "平潭综合实验区2019-2025年每年新收的政府信息公开申请各是多少件？", "pingtan", *NEW, span=[2019, 2025]),
    S("s02", "max-year-colloquial", "平潭实验区从2021年以来，哪一年收到的信息公开申请最多？", "pingtan", *NEW, span=[2021, 2025], pick="max"),
    S("s03", "sum-natural-person", "2019到2025年，平潭老百姓（自然人）一共提了多少件信息公开申请？加起来算一下", "pingtan", "T3", "new_received", "natural_person", span=[2019, 2025], pick="sum"),
    S("s04", "no-span-crossformat", "平潭历年依申请公开的申请量，哪一年最多？", "pingtan", *NEW, pick="max", map=MAP_REQ,
      note="no span: all 13 indexed years; pre-2019 受理依申请公开信息总数 taken as the same quantity as 本年新收申请"),
    S("s05", "trend-colloquial-row", "平潭这几年（2019～2025）因为“本机关不掌握”没法提供的申请数变化趋势怎么样", "pingtan", "T3", "unable_not_held", "total", span=[2019, 2025]),
    S("s06", "min-year", "平潭2021至2025年部分公开的件数哪年最少？", "pingtan", "T3", "partially_granted", "total", span=[2021, 2025], pick="min"),
    S("s07", "max-year-description", "2021年到2025年平潭以“属于三类内部事务信息”为由不公开的，哪一年最多", "pingtan", "T3", "denied_internal_affairs", "total", span=[2021, 2025], pick="max"),
    S("s08", "t4-review-max", "平潭综合实验区2019年到2025年因为信息公开被申请行政复议的，哪年最多？", "pingtan", "T4", "cases", "review.total", span=[2019, 2025], pick="max"),
    S("s09", "t4-sum-direct-litigation", "２０１９－２０２５年平潭被直接起诉（没经过复议）的信息公开官司一共多少件", "pingtan", "T4", "cases", "litigation_direct.total", span=[2019, 2025], pick="sum"),
    S("s10", "t4-after-review", "平潭2021~2025每年复议后又起诉的行政诉讼总数", "pingtan", "T4", "cases", "litigation_after_review.total", span=[2021, 2025]),
    S("s11", "t4-corrected-sum", "平潭近五年（2021至2025）行政复议结果被纠正的一共几件", "pingtan", "T4", "cases", "review.corrected", span=[2021, 2025], pick="sum"),
    S("s12", "t4-maintained", "平潭2019到2025年行政复议维持原决定的每年有几件", "pingtan", "T4", "cases", "review.maintained", span=[2019, 2025]),
    S("s13", "row-2021-only", "平潭2019—2025年每年“申请人逾期不补正、不再处理”的申请有多少", "pingtan", "T3", "other_no_correction_overdue", "total", span=[2019, 2025],
      note="the 2019 trial format (2019, 2020) has only a single （六）其他处理 row: not comparable"),
    S("s14", "carried-next-series", "平潭实验区2019年至2025年每年结转到下一年继续办理的申请数", "pingtan", "T3", "carried_to_next_year", "total", span=[2019, 2025]),
    S("s15", "sum-enterprise", "2019-2025年平潭商业企业提出的信息公开申请加起来有多少件", "pingtan", "T3", "new_received", "commercial_enterprise", span=[2019, 2025], pick="sum"),
    S("s16", "other-org-column", "平潭历年“其他”类法人组织的申请数（2019到2025年）", "pingtan", "T3", "new_received", "other_org", span=[2019, 2025]),
    S("s17", "t2-licensing-max", "平潭2021年到2025年行政许可处理决定数量哪一年最多", "pingtan", "T2", "administrative_licensing", "decisions", span=[2021, 2025], pick="max"),
    S("s18", "t2-penalty-min", "二〇二一年至二〇二五年，平潭行政处罚决定数哪年最少？", "pingtan", "T2", "administrative_penalty", "decisions", span=[2021, 2025], pick="min"),
    S("s19", "t2-coercion-max", "平潭行政强制这几年（21年到25年）最多是哪年", "pingtan", "T2", "administrative_coercion", "decisions", span=[2021, 2025], pick="max"),
    S("s20", "t2-fee-crossformat", "平潭2019年至2025年每年行政事业性收费金额是多少万元？", "pingtan", "T2", "administrative_fees", "fee_amount", span=[2019, 2025],
      note="2019 trial format counts fee items (上一年项目数量/本年增减), not an amount: 2019, 2020 not comparable"),
    S("s21", "pre2019-proactive-all", "平潭综合实验区每年主动公开了多少条政府信息？", "pingtan", "stats", "proactive_total", "this_year",
      note="no span: all indexed years; 主动公开信息数 exists only in the pre-2019 统计表; 2013's 72804 is the table as printed (prose says 4970)"),
    S("s22", "pre2019-min", "2011到2018年平潭主动公开信息数哪年最少", "pingtan", "stats", "proactive_total", "this_year", span=[2011, 2018], pick="min"),
    S("s23", "pre2019-sum-requests", "平潭2011-2018年受理的依申请公开总共多少条", "pingtan", "stats", "requests_total", "this_year", span=[2011, 2018], pick="sum"),
    S("s24", "crossformat-review-all", "平潭历年行政复议数", "pingtan", "T4", "cases", "review.total", map=MAP_REV,
      note="pre-2019 行政复议数 taken as the same quantity as T4 行政复议 总计"),
    S("s25", "pre2019-website", "平潭2011年到2014年通过网站公开的信息各多少条", "pingtan", "stats", "proactive_website", "this_year", span=[2011, 2014]),
    S("s26", "pre2019-cumulative", "平潭统计表里的主动公开“历年累计”数，2011~2018年每年是多少", "pingtan", "stats", "proactive_total", "cumulative", span=[2011, 2018]),
    S("s27", "results-total", "平潭2019到2025年每年办结（本年度办理结果总计）多少件申请", "pingtan", "T3", "results_total", "total", span=[2019, 2025]),
    S("s28", "process-info-typo", "平潭2019至2025年属于四类过程性信息不予公开的数量变化（每年）", "pingtan", "T3", "denied_process_info", "total", span=[2019, 2025]),
    S("s29", "sum-enforcement-file", "2021年以来平潭因为是行政执法案卷而不公开的，5年一共多少件？", "pingtan", "T3", "denied_enforcement_case_file", "total", span=[2021, 2025], pick="sum"),
    S("s30", "unclear-after-correction", "平潭每年补正后申请内容仍不明确的有几件，19年到25年", "pingtan", "T3", "unable_unclear_after_correction", "total", span=[2019, 2025]),
    S("s31", "state-secret", "平潭2019年到2025年涉及国家秘密不予公开的每年几件", "pingtan", "T3", "denied_state_secret", "total", span=[2019, 2025]),
    S("s32", "sum-four-years", "近四年（2022至2025年）平潭总共新收了多少件信息公开申请", "pingtan", *NEW, span=[2022, 2025], pick="sum"),
    S("s33", "granted-crossformat-all", "平潭历年同意公开（予以公开）的申请数是多少", "pingtan", "T3", "granted", "total", map=MAP_FULL,
      note="pre-2019 同意公开答复数 taken as the same quantity as （一）予以公开"),
    S("s34", "span-with-gaps", "平潭2014年到2018年每年受理了多少依申请公开", "pingtan", "stats", "requests_total", "this_year", span=[2014, 2018]),
    # ---------------- series: 平潭县人民政府 (pingtan-county) ----------------
    S("s35", "county-sum-proactive", "平潭县政府2011到2013年主动公开信息加起来一共多少条", "pingtan-county", "stats", "proactive_total", "this_year", span=[2011, 2013], pick="sum"),
    S("s36", "county-max-requests", "平潭县2011-2013年哪一年收到的依申请公开最多", "pingtan-county", "stats", "requests_total", "this_year", span=[2011, 2013], pick="max"),
    S("s37", "county-in-person", "平潭县历年当面申请数", "pingtan-county", "stats", "req_in_person", "this_year"),
    S("s38", "county-email", "平潭县2011~2013年通过电子邮件申请公开的每年多少条", "pingtan-county", "stats", "req_email", "this_year", span=[2011, 2013]),
    S("s39", "county-sum-replies", "平潭县政府2011到2013年一共答复了多少申请", "pingtan-county", "stats", "replies_total", "this_year", span=[2011, 2013], pick="sum"),
    S("s40", "county-span-gaps", "平潭县2011年至2015年每年受理的依申请公开信息数", "pingtan-county", "stats", "requests_total", "this_year", span=[2011, 2015]),
    S("s41", "county-website-max", "平潭县网站公开信息数哪年最多（2011-2013）", "pingtan-county", "stats", "proactive_website", "this_year", span=[2011, 2013], pick="max"),
    # ---------------- series: 上海市人民政府办公厅 (shanghai-municipal-office) ----------------
    S("s42", "sh-gaps", "上海市政府办公厅2019到2025年每年新收多少信息公开申请", "shanghai-municipal-office", *NEW, span=[2019, 2025]),
    S("s43", "sh-short-name", "市府办公厅历年上年结转的申请有多少（上海）", "shanghai-municipal-office", "T3", "carried_over_from_last_year", "total"),
    S("s44", "sh-review-max", "上海市政府办公厅历年行政复议总数，哪年最多", "shanghai-municipal-office", "T4", "cases", "review.total", pick="max"),
    S("s45", "sh-not-held-np", "上海市人民政府办公厅自然人申请里“本机关不掌握”的每年多少", "shanghai-municipal-office", "T3", "unable_not_held", "natural_person"),
    S("s46", "sh-row-2021-only", "上海市政府办公厅2019年和2025年逾期不补正不再处理的申请各多少", "shanghai-municipal-office", "T3", "other_no_correction_overdue", "total", span=[2019, 2025],
      note="2019 report (trial format) has no such row: not comparable"),

    # ---------------- comparisons ----------------
    C("c01", "same-year-three", "2023年洪泽区、平潭、沭阳县发改局三家谁收到的信息公开申请最多？",
      ["hongze-district_2023", "pingtan_2023", "shuyang-fgj_2023"], cell(*NEW), order="desc"),
    C("c02", "same-year-2025", "2025年上海市政府办公厅、沭阳县政府、平潭综合实验区新收申请数排个序",
      ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"], cell(*NEW), order="desc"),
    C("c03", "same-year-2024", "2024年淮安市政府、上海市科委和平潭比，哪家新收的依申请公开最多",
      ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], cell(*NEW), order="desc"),
    C("c04", "review-2021", "2021年虹口区政府和平潭实验区被申请行政复议各多少件，谁多", ["hongkou-district_2021", "pingtan_2021"],
      cell("T4", "cases", "review.total"), order="desc"),
    C("c05", "review-2025", "25年上海市府办公厅跟沭阳县比，信息公开行政复议谁更多", ["shanghai-municipal-office_2025", "shuyang-county_2025"],
      cell("T4", "cases", "review.total"), order="desc"),
    C("c06", "direct-litigation-2024", "淮安市和平潭2024年被直接起诉的行政诉讼数比较", ["huaian-city_2024", "pingtan_2024"],
      cell("T4", "cases", "litigation_direct.total"), order="desc"),
    C("c07", "not-held-asc", "2025年三家（上海市政府办公厅、沭阳县、平潭）因本机关不掌握无法提供的，从少到多排",
      ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"], cell("T3", "unable_not_held", "total"), order="asc"),
    C("c08", "rate-granted", "2024年淮安市政府和上海市科委的予以公开率（予以公开÷办理结果总计）分别是多少，保留1位小数",
      ["huaian-city_2024", "shanghai-stcsm_2024"], ["rate", cell("T3", "granted", "total"), cell("T3", "results_total", "total")], order="desc", decimals=1),
    C("c09", "partial-2025", "沭阳县和平潭2025年部分公开的各有多少件", ["shuyang-county_2025", "pingtan_2025"],
      cell("T3", "partially_granted", "total"), order=None),
    C("c10", "years-differ-carried", "虹口区和淮安市上年结转过来的申请数谁多？", ["hongkou-district_2021", "huaian-city_2024"],
      cell("T3", "carried_over_from_last_year", "total"), order="desc", note="hongkou only 2021, huaian only 2024 in the corpus: years differ"),
    C("c11", "district-vs-city", "洪泽区和淮安市收到的政府信息公开申请数比一比", ["hongze-district_2023", "huaian-city_2024"], cell(*NEW), order="desc",
      note="洪泽区 2023 vs 淮安市 2024 (only years indexed): years differ"),
    C("c12", "dept-vs-county", "沭阳发改局和沭阳县政府自然人申请各多少", ["shuyang-fgj_2023", "shuyang-county_2025"],
      cell("T3", "new_received", "natural_person"), order=None, note="发改局 2023 vs 县政府 2025: years differ"),
    C("c13", "t2-licensing-2024", "2024年淮安、市科委、平潭三家行政许可决定数谁最多", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"],
      cell("T2", "administrative_licensing", "decisions"), order="desc"),
    C("c14", "t2-penalty-2025", "2025年沭阳县和平潭的行政处罚数量哪个多", ["shuyang-county_2025", "pingtan_2025"],
      cell("T2", "administrative_penalty", "decisions"), order="desc"),
    C("c15", "fee-amount-2024", "淮安市跟平潭2024年行政事业性收费金额（万元）对比", ["huaian-city_2024", "pingtan_2024"],
      cell("T2", "administrative_fees", "fee_amount"), order="desc"),
    C("c16", "same-year-2019", "2019年上海市政府办公厅和平潭综合实验区各收到多少件公开申请", ["shanghai-municipal-office_2019", "pingtan_2019"], cell(*NEW), order="desc"),
    C("c17", "review-2019", "二〇一九年上海市政府办公厅与平潭的行政复议数哪个多", ["shanghai-municipal-office_2019", "pingtan_2019"],
      cell("T4", "cases", "review.total"), order="desc"),
    C("c18", "granted-2021", "2021年虹口区和平潭予以公开的申请谁多", ["hongkou-district_2021", "pingtan_2021"], cell("T3", "granted", "total"), order="desc"),
    C("c19", "admin-query-2021", "2021年虹口和平潭因为“属于行政查询事项”不公开的分别几件", ["hongkou-district_2021", "pingtan_2021"],
      cell("T3", "denied_admin_query", "total"), order=None),
    C("c20", "not-held-2023", "2023年洪泽区跟平潭“本机关不掌握相关信息”的各有几件，谁多", ["hongze-district_2023", "pingtan_2023"],
      cell("T3", "unable_not_held", "total"), order="desc"),
    C("c21", "denied-sum-2025", "2025年上海市政府办公厅、沭阳县、平潭不予公开的总数（八种情形加起来）谁最多", ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
      ["sumrows", "T3", DENIED, "total"], order="desc"),
    C("c22", "internal-affairs-2024", "2024年淮安和平潭属于内部事务信息不公开的，谁多", ["huaian-city_2024", "pingtan_2024"],
      cell("T3", "denied_internal_affairs", "total"), order="desc"),
    C("c23", "no-correction-2025", "上海市府办公厅和沭阳县2025年逾期不补正不再处理的各多少件", ["shanghai-municipal-office_2025", "shuyang-county_2025"],
      cell("T3", "other_no_correction_overdue", "total"), order=None),
    C("c24", "enterprise-2025", "2025年上海市政府办公厅和平潭商业企业申请分别多少", ["shanghai-municipal-office_2025", "pingtan_2025"],
      cell("T3", "new_received", "commercial_enterprise"), order="desc"),
    C("c25", "pre2019-two-bodies", "2012年平潭县政府和平潭综合实验区主动公开的信息谁多？", ["pingtan-county_2012", "pingtan_2012"],
      cell("stats", "proactive_total", "this_year"), order="desc"),
    C("c26", "pre2019-requests-2013", "2013年平潭县和平潭实验区管委会各受理了几条依申请公开", ["pingtan-county_2013", "pingtan_2013"],
      cell("stats", "requests_total", "this_year"), order="desc"),
    C("c27", "pre2019-tie", "2011年平潭县和平潭综合实验区主动公开信息数哪个多", ["pingtan-county_2011", "pingtan_2011"],
      cell("stats", "proactive_total", "this_year"), order="desc", note="the two 2011 tables are identical: a tie, top null"),
    C("c28", "three-bodies-years-differ", "虹口、淮安、沭阳三地政府的行政复议总数，谁最多", ["hongkou-district_2021", "huaian-city_2024", "shuyang-county_2025"],
      cell("T4", "cases", "review.total"), order="desc", note="newest report of each: 2021 / 2024 / 2025, years differ"),
    C("c29", "after-review-2025", "2025年上海市政府办公厅、沭阳、平潭复议后起诉的案件数", ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
      cell("T4", "cases", "litigation_after_review.total"), order="desc"),
    C("c30", "share-natural", "2025年沭阳县和上海市政府办公厅新收申请中自然人占比各是多少（%，保留两位小数）", ["shuyang-county_2025", "shanghai-municipal-office_2025"],
      ["rate", cell("T3", "new_received", "natural_person"), cell(*NEW)], order="desc", decimals=2),
    C("c31", "committee-vs-office", "市科委和上海市政府办公厅新收申请哪个多", ["shanghai-stcsm_2024", "shanghai-municipal-office_2025"], cell(*NEW), order="desc",
      note="市科委 only 2024, 办公厅 newest 2025: years differ"),

    # ---------------- consistency ----------------
    K("k01", "chain-all", "平潭2019到2025年，每年“结转下年度继续办理”的数和下一年“上年结转”的数对得上吗？", "pingtan", [2019, 2025], "total"),
    K("k02", "chain-one-pair", "平潭2021年结转到下年的申请，和2022年报告里上年结转的一致吗", "pingtan", [2021, 2022], "total"),
    K("k03", "chain-last-pair", "平潭24年报的结转下年度跟25年报的上年结转能对上不", "pingtan", [2024, 2025], "total"),
    K("k04", "chain-natural-person", "平潭2021→2022年自然人这一列结转数前后一致吗", "pingtan", [2021, 2022], "natural_person"),
    K("k05", "chain-three-pairs", "核对一下平潭2022年到2025年结转数据前后衔接情况", "pingtan", [2022, 2025], "total"),
    K("k06", "chain-np-2019-2021", "平潭2019、2020、2021三年自然人申请的结转数衔接得上吗", "pingtan", [2019, 2021], "natural_person"),
    K("k07", "chain-enterprise", "平潭2024年和2025年商业企业那一列的结转能否对上", "pingtan", [2024, 2025], "commercial_enterprise"),
    K("k08", "pre2019-cumulative-chain", "平潭县2011到2013年主动公开信息的历年累计数是不是每年都等于上年累计加本年？", "pingtan-county", [2011, 2013], "cumulative",
      row="proactive_total", note="pre-2019 chain: cumulative(Y) + this_year(Y+1) = cumulative(Y+1); out = left side, in = printed cumulative"),
    K("k09", "pre2019-requests-chain", "平潭县2012年和2013年受理申请的历年累计数接得上吗", "pingtan-county", [2012, 2013], "cumulative", row="requests_total",
      note="pre-2019 chain: cumulative(2012) + this_year(2013) vs cumulative(2013)"),
    K("k10", "pre2019-chain-breaks", "平潭综合实验区2011-2014年统计表主动公开的历年累计数前后衔接吗", "pingtan", [2011, 2014], "cumulative", row="proactive_total",
      note="pre-2019 chain; 2011->2012 and 2012->2013 do not hold in the print"),
    K("k11", "pre2019-one-pair", "平潭2013年到2014年主动公开累计数对得上吗", "pingtan", [2013, 2014], "cumulative", row="proactive_total",
      note="pre-2019 chain: cumulative(2013) + this_year(2014) vs cumulative(2014)"),
    K("k12", "pre2019-website-chain", "平潭县2011、2012年网站公开的历年累计衔接是否正确", "pingtan-county", [2011, 2012], "cumulative", row="proactive_website",
      note="pre-2019 chain on 其中：1.网站公开"),

    # ---------------- noyear (newest report of the body) ----------------
    dict(id="n01", kind="noyear", cls="noyear-cell", q="平潭综合实验区新收了多少件政府信息公开申请？", report="pingtan_2025", sub="cell", ref=["T3", "new_received", "total"]),
    dict(id="n02", kind="noyear", cls="noyear-pre2019", q="平潭县政府主动公开信息数是多少", report="pingtan-county_2013", sub="cell", ref=["stats", "proactive_total", "this_year"]),
    dict(id="n03", kind="noyear", cls="noyear-short-name", q="上海市府办公厅被申请行政复议多少件", report="shanghai-municipal-office_2025", sub="cell", ref=["T4", "cases", "review.total"]),
    dict(id="n04", kind="noyear", cls="noyear-committee-short", q="上海市科委收到几件信息公开申请", report="shanghai-stcsm_2024", sub="cell", ref=["T3", "new_received", "total"]),
    dict(id="n05", kind="noyear", cls="noyear-narrative-fee", q="沭阳县收了多少信息处理费", report="shuyang-county_2025", sub="narrative", substring="收取信息处理费共计380元"),
    dict(id="n06", kind="noyear", cls="noyear-narrative-phone", q="淮安市政府办公室联系电话多少", report="huaian-city_2024", sub="narrative", substring="电话：0517-83605210"),
    dict(id="n07", kind="noyear", cls="noyear-narrative-address", q="虹口区政府办公室地址在哪", report="hongkou-district_2021", sub="narrative", substring="地址：飞虹路 518 号"),
    dict(id="n08", kind="noyear", cls="noyear-derived-sum", q="洪泽区不予公开的申请一共几件", report="hongze-district_2023", sub="derived", rows=DENIED, col="total"),
    dict(id="n09", kind="noyear", cls="noyear-dept", q="沭阳县发改局收到多少件信息公开申请", report="shuyang-fgj_2023", sub="cell", ref=["T3", "new_received", "total"]),
    dict(id="n10", kind="noyear", cls="noyear-carried-next", q="上海市人民政府办公厅结转到下一年继续办的有多少件", report="shanghai-municipal-office_2025", sub="cell", ref=["T3", "carried_to_next_year", "total"]),
    dict(id="n11", kind="noyear", cls="noyear-narrative-problem", q="平潭综合实验区信息公开工作存在哪些问题", report="pingtan_2025", sub="narrative", substring="政务公开队伍建设有待进一步加强"),
    dict(id="n12", kind="noyear", cls="noyear-derived-litigation", q="淮安市政府信息公开行政诉讼一共多少件（直接起诉加复议后起诉）", report="huaian-city_2024", sub="derived",
         cells=[["T4", "cases", "litigation_direct.total"], ["T4", "cases", "litigation_after_review.total"]]),
    dict(id="n13", kind="noyear", cls="noyear-narrative-phone-county", q="平潭县人民政府办公室电话", report="pingtan-county_2013", sub="narrative", substring="电话：24336243"),

    # ---------------- nobody ----------------
    dict(id="b01", kind="nobody", cls="nobody-fee", q="申请政府信息公开要收费吗？",
         subs=[["pingtan_2025", "无收取信息处理费情况"], ["hongkou-district_2021", "区政府未收取政府信息公开信息处理费"],
               ["huaian-city_2024", "全年收取政府信息公开信息处理费 3940 元"], ["shuyang-county_2025", "收取信息处理费共计380元"]]),
    dict(id="b02", kind="nobody", cls="nobody-where-download", q="政府信息公开年报的电子版去哪下载",
         subs=[["pingtan_2023", "本报告的电子版可在“平潭综合实验区党工委管委会”网站上"], ["pingtan-county_2013", "本报告的电子版可在“平潭综合实验区管委会门户网站”"]]),
    dict(id="b03", kind="nobody", cls="nobody-review-includes-carryover", q="年报里的行政复议数量包不包括上一年结转的？",
         subs=[["shanghai-municipal-office_2025", "注：行政复议、行政诉讼数量含上年度结转数量。"]]),
    dict(id="b04", kind="nobody", cls="nobody-problems", q="政务公开工作一般存在什么问题",
         subs=[["huaian-city_2024", "一是政策解读质量仍需提升"], ["pingtan_2025", "依申请公开答复质量待进一步提升"], ["pingtan_2024", "政策解读形式仍需创新"]]),
    dict(id="b05", kind="nobody", cls="nobody-keyword", q="信息处理费 管理办法",
         subs=[["shuyang-county_2025", "我县认真落实《政府信息公开信息处理费管理办法》要求"], ["huaian-city_2024", "2024 年，市政府严格落实《政府信息公开信息处理费管理"]]),
    dict(id="b06", kind="nobody", cls="nobody-statistics-period", q="年度报告的数据统计时间段是怎么算的",
         subs=[["pingtan_2025", "数据统计期限为2025年1月1日至2025年12月31日"], ["pingtan_2019", "统计期限自2019年1月1日起至2019年12月31日止"]]),

    # ---------------- unanswerable ----------------
    dict(id="u01", kind="unanswerable", cls="year-gap", q="平潭综合实验区2015年和2017年主动公开了多少条信息", reason="year_not_indexed"),
    dict(id="u02", kind="unanswerable", cls="county-years-missing", q="平潭县人民政府2018到2020年每年收到多少申请", reason="year_not_indexed"),
    dict(id="u03", kind="unanswerable", cls="body-neighbour-city", q="福州市和平潭2023年谁收到的信息公开申请多", reason="body_not_indexed"),
    dict(id="u04", kind="unanswerable", cls="body-shanghai-district", q="上海市黄浦区2022年和2023年依申请公开数量对比", reason="body_not_indexed"),
    dict(id="u05", kind="unanswerable", cls="body-parent-city", q="宿迁市和沭阳县2025年行政复议哪个多", reason="body_not_indexed"),
    dict(id="u06", kind="unanswerable", cls="city-series-years", q="淮安市政府2020年到2024年历年新收申请数的变化", reason="year_not_indexed"),
    dict(id="u07", kind="unanswerable", cls="no-such-figure-series", q="平潭历年政府信息公开工作经费投入是多少", reason="no_such_figure"),
    dict(id="u08", kind="unanswerable", cls="body-sibling-district", q="淮安市清江浦区近三年信息公开申请数", reason="body_not_indexed"),

    # ---------------- followups ----------------
    dict(id="f01", kind="followup", cls="series-column-then-max", turns=[
        S("t1", "", "平潭2019到2025年每年收到的信息公开申请数", "pingtan", *NEW, span=[2019, 2025]),
        S("t2", "", "那自然人呢？", "pingtan", "T3", "new_received", "natural_person", span=[2019, 2025]),
        S("t3", "", "哪年最多？", "pingtan", "T3", "new_received", "natural_person", span=[2019, 2025], pick="max")]),
    dict(id="f02", kind="followup", cls="comparison-then-litigation", turns=[
        C("t1", "", "2025年上海市政府办公厅、沭阳县、平潭的行政复议数比较一下", ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
          cell("T4", "cases", "review.total"), order="desc"),
        C("t2", "", "那行政诉讼（直接起诉的）呢", ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
          cell("T4", "cases", "litigation_direct.total"), order="desc")]),
    dict(id="f03", kind="followup", cls="series-subcolumn-then-sum", turns=[
        S("t1", "", "平潭2021至2025年行政复议数每年多少", "pingtan", "T4", "cases", "review.total", span=[2021, 2025]),
        S("t2", "", "其中结果纠正的呢", "pingtan", "T4", "cases", "review.corrected", span=[2021, 2025]),
        S("t3", "", "加起来多少", "pingtan", "T4", "cases", "review.corrected", span=[2021, 2025], pick="sum")]),
    dict(id="f04", kind="followup", cls="series-change-body", turns=[
        S("t1", "", "平潭县2011-2013年主动公开信息数", "pingtan-county", "stats", "proactive_total", "this_year", span=[2011, 2013]),
        S("t2", "", "那平潭综合实验区同期呢", "pingtan", "stats", "proactive_total", "this_year", span=[2011, 2013])]),
    dict(id="f05", kind="followup", cls="comparison-change-row", turns=[
        C("t1", "", "2021年虹口区和平潭新收申请谁多", ["hongkou-district_2021", "pingtan_2021"], cell(*NEW), order="desc"),
        C("t2", "", "结转到下年的呢", ["hongkou-district_2021", "pingtan_2021"], cell("T3", "carried_to_next_year", "total"), order="desc")]),
    dict(id="f06", kind="followup", cls="series-then-unanswerable-body-then-year", turns=[
        S("t1", "", "平潭2021到2025年每年新收的信息公开申请有多少", "pingtan", *NEW, span=[2021, 2025]),
        dict(id="t2", kind="unanswerable", cls="", q="福州市呢", reason="body_not_indexed"),
        dict(id="t3", kind="unanswerable", cls="", q="那平潭县政府这几年呢", reason="year_not_indexed")]),
    dict(id="f07", kind="followup", cls="series-gaps-then-review", turns=[
        S("t1", "", "上海市政府办公厅2019-2025年新收申请每年多少", "shanghai-municipal-office", *NEW, span=[2019, 2025]),
        S("t2", "", "复议那块呢", "shanghai-municipal-office", "T4", "cases", "review.total", span=[2019, 2025])]),
    dict(id="f08", kind="followup", cls="comparison-then-result-row", turns=[
        C("t1", "", "2024年淮安市、上海市科委、平潭予以公开的各有多少", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"],
          cell("T3", "granted", "total"), order="desc"),
        C("t2", "", "本机关不掌握的呢", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], cell("T3", "unable_not_held", "total"), order="desc")]),
    dict(id="f09", kind="followup", cls="t2-series-then-min", turns=[
        S("t1", "", "平潭2021到2025年行政许可决定数每年多少", "pingtan", "T2", "administrative_licensing", "decisions", span=[2021, 2025]),
        S("t2", "", "处罚呢", "pingtan", "T2", "administrative_penalty", "decisions", span=[2021, 2025]),
        S("t3", "", "哪年最少", "pingtan", "T2", "administrative_penalty", "decisions", span=[2021, 2025], pick="min")]),
    dict(id="f10", kind="followup", cls="series-then-consistency", turns=[
        S("t1", "", "平潭2019~2025年每年结转下年度继续办理的有几件", "pingtan", "T3", "carried_to_next_year", "total", span=[2019, 2025]),
        K("t2", "", "跟下一年报告的上年结转对得上吗", "pingtan", [2019, 2025], "total")]),
    dict(id="f11", kind="followup", cls="pre2019-comparison-row", turns=[
        C("t1", "", "2012年平潭县和平潭综合实验区主动公开信息数对比", ["pingtan-county_2012", "pingtan_2012"], cell("stats", "proactive_total", "this_year"), order="desc"),
        C("t2", "", "申请数呢", ["pingtan-county_2012", "pingtan_2012"], cell("stats", "requests_total", "this_year"), order="desc")]),
    dict(id="f12", kind="followup", cls="comparison-legal-then-unanswerable", turns=[
        C("t1", "", "2025年沭阳县和上海市政府办公厅新收申请数比较", ["shuyang-county_2025", "shanghai-municipal-office_2025"], cell(*NEW), order="desc"),
        C("t2", "", "法人或其他组织的呢", ["shuyang-county_2025", "shanghai-municipal-office_2025"], ["sumcols", "T3", "new_received", ORGS], order="desc"),
        dict(id="t3", kind="unanswerable", cls="", q="宿迁市呢", reason="body_not_indexed")]),
]
