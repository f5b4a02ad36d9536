# Question references for the x12 cross-report set. NO typed numbers: every figure is computed by build.py
# from /work/blind/gold/*.json.  Cell refs are (table, row, column).
# Cross-format mapping decided by this writer (see NOTES.md):
#   T3 new_received/total  <->  pre-2019 stats requests_total/this_year  (受理依申请公开信息总数 本年度)
#   T4 cases/review.total  <->  pre-2019 stats admin_review/this_year    (行政复议数 本年度)
# every other T3/T4 row is NOT comparable with pre-2019 years; 2021-only rows (（六）1./2./3.) are not
# comparable with 2019/2020 (trial format has a single （六）其他处理 row), T2 fee_amount (万元) likewise.

NEW = ("T3", "new_received", "total")
NEWP = ("T3", "new_received", "natural_person")
GR = ("T3", "granted", "total")
RT = ("T3", "results_total", "total")
REV = ("T4", "cases", "review.total")
LEGAL = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]


def S(id, cls, q, body, cell, span=None, pick=None, note=None):
    return dict(id=id, kind="series", cls=cls, q=q, body=body, cell=cell, span=span, pick=pick, note=note)


def C(id, cls, q, reports, cell=None, formula=None, order=None, decimals=None, note=None, unit="件", diff=False):
    # formula: None (plain cell) | ("sum", [cells]) | ("rate", num_cell, den_cell)
    return dict(id=id, kind="comparison", cls=cls, q=q, reports=reports, cell=cell, formula=formula,
                order=order, decimals=decimals, note=note, unit=unit, diff=diff)


def K(id, cls, q, body, years, cell, note=None):
    # consistency; cell=("T3", col) -> carried_to_next_year(Y) vs carried_over_from_last_year(Y+1)
    #               cell=("stats", row) -> cumulative(Y-1) vs cumulative(Y) - this_year(Y)
    return dict(id=id, kind="consistency", cls=cls, q=q, body=body, years=years, cell=cell, note=note)


def Ncell(id, cls, q, report, cell, note=None):
    return dict(id=id, kind="noyear", sub="cell", cls=cls, q=q, report=report, cell=cell, note=note)


def Nnar(id, cls, q, report, substring, note=None):
    return dict(id=id, kind="noyear", sub="narrative", cls=cls, q=q, report=report, substring=substring, note=note)


def B(id, cls, q, pairs, note=None):
    return dict(id=id, kind="nobody", cls=cls, q=q, pairs=pairs, note=note)


def U(id, cls, q, reason, note=None):
    return dict(id=id, kind="unanswerable", cls=cls, q=q, reason=reason, note=note)


def F(id, cls, turns):
    return dict(id=id, kind="followup", cls=cls, turns=turns)


P = "pingtan"
PC = "pingtan-county"
SH = "shanghai-municipal-office"
Y25 = ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"]
Y24 = ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"]
Y23 = ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"]
Y21 = ["hongkou-district_2021", "pingtan_2021"]
Y19 = ["shanghai-municipal-office_2019", "pingtan_2019"]

ITEMS = [
    # ---------------- series ----------------
    S("x12-s01", "span-dash", "平潭综合实验区2019-2025年每年新收到的政府信息公开申请分别是多少件？", P, NEW, (2019, 2025)),
    S("x12-s02", "which-year-most", "平潭这几年（2021到2025）哪一年收到的公开申请最多", P, NEW, (2021, 2025), "max"),
    S("x12-s03", "colloquial-column+sum", "平潭实验区从2019年到2025年，老百姓个人递交的信息公开申请加起来一共多少？", P, NEWP, (2019, 2025), "sum"),
    S("x12-s04", "no-span-all-years", "平潭综合实验区历年的依申请公开数量", P, NEW, None, None,
      "no span: all indexed years; pre-2019 years use 受理依申请公开信息总数(本年度), the writer's mapping"),
    S("x12-s05", "keyword-only", "平潭 予以公开 2019-2025 逐年", P, GR, (2019, 2025)),
    S("x12-s06", "colloquial-row", "平潭综合实验区近五年（2021—2025）部分公开的申请每年有多少件", P, ("T3", "partially_granted", "total"), (2021, 2025)),
    S("x12-s07", "colloquial-row+min", "2021到2025年，平潭因为“本机关不掌握”没法提供信息的，哪年最少？", P, ("T3", "unable_not_held", "total"), (2021, 2025), "min"),
    S("x12-s08", "trend", "平潭管委会2019至2025被申请行政复议的数量变化趋势如何", P, REV, (2019, 2025)),
    S("x12-s09", "which-year-most", "平潭综合实验区哪一年被申请行政复议最多？2019年以来", P, REV, (2019, 2025), "max"),
    S("x12-s10", "t4-subcolumn+sum", "平潭2021~2025年直接起诉（没经过复议）的行政诉讼总共多少件", P, ("T4", "cases", "litigation_direct.total"), (2021, 2025), "sum"),
    S("x12-s11", "t4-subcolumn", "平潭实验区2021-2025年复议后又起诉的案件，每年各几件？", P, ("T4", "cases", "litigation_after_review.total"), (2021, 2025)),
    S("x12-s12", "t4-corrected+sum", "2019年到2025年平潭复议被纠正的一共多少次", P, ("T4", "cases", "review.corrected"), (2019, 2025), "sum"),
    S("x12-s13", "t2-licensing", "平潭综合实验区2021年至2025年行政许可处理决定数每年是多少", P, ("T2", "administrative_licensing", "decisions"), (2021, 2025)),
    S("x12-s14", "t2-penalty+min", "平潭近几年（21-25年）行政处罚决定数哪年最少", P, ("T2", "administrative_penalty", "decisions"), (2021, 2025), "min"),
    S("x12-s15", "t2-coercion+sum", "平潭实验区２０２１－２０２５年行政强制一共做出多少件决定", P, ("T2", "administrative_coercion", "decisions"), (2021, 2025), "sum", "full-width digits"),
    S("x12-s16", "t2-fee+format-change", "平潭综合实验区2019年到2025年行政事业性收费金额（万元）每年多少", P, ("T2", "administrative_fees", "fee_amount"), (2019, 2025), None,
      "2019/2020 trial format counts fee items (上一年项目数量/增减), no 万元 amount: not comparable"),
    S("x12-s17", "2021-only-row", "平潭2019—2025年“申请人逾期不补正、不再处理”的申请每年几件", P, ("T3", "other_no_correction_overdue", "total"), (2019, 2025), None,
      "row exists only in the 2021 format; 2019/2020 (single （六）其他处理 row) not comparable"),
    S("x12-s18", "trial-only-row", "平潭综合实验区2019到2025年“其他处理”（不分小项的那一行）每年是多少", P, ("T3", "other_processing", "total"), (2019, 2025), None,
      "single （六）其他处理 row exists only in the 2019 trial format; 2021+ not comparable"),
    S("x12-s19", "carried-next", "平潭实验区每年结转到下一年度继续办理的申请有多少（2019-2025）", P, ("T3", "carried_to_next_year", "total"), (2019, 2025)),
    S("x12-s20", "pre2019-proactive", "平潭综合实验区2011到2018年每年主动公开了多少条信息", P, ("stats", "proactive_total", "this_year"), (2011, 2018), None,
      "pre-2019 统计表 row 主动公开信息数/主动公开文件数"),
    S("x12-s21", "pre2019-proactive+max", "2011-2018年间平潭实验区主动公开信息数哪一年最多", P, ("stats", "proactive_total", "this_year"), (2011, 2018), "max"),
    S("x12-s22", "pre2019-cumulative", "平潭管委会统计表里“主动公开”历年累计数，2011至2014每年报的是多少", P, ("stats", "proactive_total", "cumulative"), (2011, 2014)),
    S("x12-s23", "pre2019-website", "平潭实验区12年到16年通过网站公开的信息每年多少条", P, ("stats", "proactive_website", "this_year"), (2012, 2016)),
    S("x12-s24", "county-series", "平潭县人民政府2011—2013年主动公开信息数", PC, ("stats", "proactive_total", "this_year"), (2011, 2013)),
    S("x12-s25", "county-series+sum", "平潭县政府2011到2013三年一共受理了多少依申请公开", PC, ("stats", "requests_total", "this_year"), (2011, 2013), "sum"),
    S("x12-s26", "county-colloquial-row", "平潭县11年至13年同意公开的答复每年几条", PC, ("stats", "reply_full", "this_year"), (2011, 2013)),
    S("x12-s27", "county-in-person+max", "平潭县政府2011-2013年当面来申请的，哪年最多", PC, ("stats", "req_in_person", "this_year"), (2011, 2013), "max"),
    S("x12-s28", "county-email", "平潭县二〇一一至二〇一三年电子邮件申请数逐年是多少", PC, ("stats", "req_email", "this_year"), (2011, 2013), None, "Chinese numeral years"),
    S("x12-s29", "two-years-gap", "上海市政府办公厅2019年到2025年收到的公开申请每年多少", SH, NEW, (2019, 2025), None, "only 2019 and 2025 indexed; 2020-2024 gaps"),
    S("x12-s30", "short-name-no-span", "市府办公厅（上海）历年行政复议总数", SH, REV, None),
    S("x12-s31", "short-name", "上海市人民政府办公厅各年度自然人申请数量", SH, NEWP, None),
    S("x12-s32", "results-total", "上海市政府办公厅历年办理结果总计是多少件", SH, RT, None),
    S("x12-s33", "carried-over", "沪府办公厅每年上年结转过来的申请有多少", SH, ("T3", "carried_over_from_last_year", "total"), None),
    S("x12-s34", "typo", "平谭综合实验区2021到2025年不予公开里“内部事务信息”每年几件", P, ("T3", "denied_internal_affairs", "total"), (2021, 2025), None, "typo 平谭"),
    S("x12-s35", "year-at-end", "平潭实验区因为属于行政执法案卷不公开的件数 2019至2025", P, ("T3", "denied_enforcement_case_file", "total"), (2019, 2025)),
    S("x12-s36", "irrelevant-first", "我在写一篇关于海岛治理的论文，想了解一下平潭综合实验区2021年以来每年收到企业（商业企业）申请多少件", P, ("T3", "new_received", "commercial_enterprise"), (2021, 2025)),
    S("x12-s37", "colloquial-row+max", "平潭这几年办理结果里“予以公开”的，2019-2025哪年最多？", P, GR, (2019, 2025), "max"),
    S("x12-s38", "results-total+sum", "平潭2019~2025年总共办结了多少件信息公开申请（办理结果总计加总）", P, RT, (2019, 2025), "sum"),
    S("x12-s39", "review-mapped-all-years", "平潭综合实验区从2011年开始每年被申请行政复议几件", P, REV, (2011, 2025), None,
      "pre-2019 years use 行政复议数(本年度), the writer's mapping; 2013 prose mentions 1 复议 but the table says 0"),
    S("x12-s40", "pre2019-replies", "平潭实验区2011至2018年对申请的答复总数每年是多少", P, ("stats", "replies_total", "this_year"), (2011, 2018)),
    S("x12-s41", "t2-fee+max", "平潭2021-2025年哪一年行政事业性收费金额最高", P, ("T2", "administrative_fees", "fee_amount"), (2021, 2025), "max"),

    # ---------------- comparison ----------------
    C("x12-c01", "three-bodies-same-year", "2025年平潭综合实验区、上海市政府办公厅、沭阳县政府，谁新收的信息公开申请最多？", Y25, NEW, order="desc"),
    C("x12-c02", "three-bodies-natural-person", "2025年这三家：平潭、上海市府办、沭阳县，自然人申请各多少，从多到少排", Y25, NEWP, order="desc"),
    C("x12-c03", "three-bodies-review", "２０２５年平潭、上海市政府办公厅、沭阳县政府被申请行政复议的数量比较", Y25, REV, order="desc"),
    C("x12-c04", "rate-granted", "2025年平潭实验区和沭阳县政府的予以公开率（予以公开÷办理结果总计）谁高？保留两位小数", ["pingtan_2025", "shuyang-county_2025"],
      formula=("rate", GR, RT), order="desc", decimals=2, unit="%"),
    C("x12-c05", "unable-not-held", "2025年三家里“本机关不掌握相关信息”的件数谁最少：平潭、上海市府办公厅、沭阳", Y25, ("T3", "unable_not_held", "total"), order="asc"),
    C("x12-c06", "fee-amount", "2025年平潭综合实验区和沭阳县的行政事业性收费金额（万元）哪个多", ["pingtan_2025", "shuyang-county_2025"], ("T2", "administrative_fees", "fee_amount"), order="desc", unit="万元"),
    C("x12-c07", "legal-person-sum", "2025年平潭、上海市政府办公厅、沭阳县政府收到法人或其他组织的新申请（五类加总）各多少", Y25,
      formula=("sum", [("T3", "new_received", c) for c in LEGAL]), order="desc"),
    C("x12-c08", "three-bodies-2024", "2024年淮安市政府、上海市科委、平潭综合实验区的新收申请数对比", Y24, NEW, order="desc"),
    C("x12-c09", "short-dept-name", "24年淮安、市科委、平潭谁的予以公开件数最多", Y24, GR, order="desc"),
    C("x12-c10", "internal-affairs", "2024年淮安市和平潭实验区因“三类内部事务信息”不予公开的各有几件", ["huaian-city_2024", "pingtan_2024"], ("T3", "denied_internal_affairs", "total"), order="desc"),
    C("x12-c11", "penalty", "二〇二四年淮安市政府、上海科委和平潭的行政处罚决定数量排个序", Y24, ("T2", "administrative_penalty", "decisions"), order="desc"),
    C("x12-c12", "review-2024", "2024年 复议 淮安 科委 平潭 对比", Y24, REV, order="desc"),
    C("x12-c13", "three-bodies-2023", "2023年洪泽区、沭阳县发改局和平潭综合实验区分别收到多少件公开申请？", Y23, NEW, order="desc"),
    C("x12-c14", "review-maintained-2023", "2023年洪泽区政府、沭阳发改局、平潭，复议结果维持的各几件", Y23, ("T4", "cases", "review.maintained"), order="desc"),
    C("x12-c15", "fee-2023", "2023年洪泽区、平潭实验区、沭阳发改局行政事业性收费金额谁最高", Y23, ("T2", "administrative_fees", "fee_amount"), order="desc", unit="万元"),
    C("x12-c16", "granted-2023", "同在2023年，沭阳县发展和改革局与平潭综合实验区“予以公开”各多少件，哪个多", ["shuyang-fgj_2023", "pingtan_2023"], GR, order="desc"),
    C("x12-c17", "hongkou-vs-pingtan", "2021年虹口区政府和平潭综合实验区谁新收的申请多", Y21, NEW, order="desc"),
    C("x12-c18", "licensing-2021", "2021年虹口区和平潭的行政许可决定数相比谁更多", Y21, ("T2", "administrative_licensing", "decisions"), order="desc"),
    C("x12-c19", "review-2021", "虹口和平潭2021年被申请行政复议的件数", Y21, REV, order="desc"),
    C("x12-c20", "rate-not-held-2021", "2021年虹口区、平潭实验区“本机关不掌握”占办理结果总计的比例各是多少（%，保留1位小数）", Y21,
      formula=("rate", ("T3", "unable_not_held", "total"), RT), order="desc", decimals=1, unit="%"),
    C("x12-c21", "2019-two-bodies+difference", "2019年上海市人民政府办公厅跟平潭综合实验区比，新收申请差了多少？各是多少", Y19, NEW, order="desc", diff=True),
    C("x12-c22", "2019-carried", "2019年上海市府办公厅和平潭实验区转入下一年继续办的申请各几件", Y19, ("T3", "carried_to_next_year", "total"), order="desc"),
    C("x12-c23", "years-differ-same-county", "沭阳县政府和沭阳县发改局收到的公开申请哪个多？", ["shuyang-county_2025", "shuyang-fgj_2023"], NEW, order="desc",
      note="only 沭阳县政府 2025 and 沭阳县发改局 2023 are indexed: years differ"),
    C("x12-c24", "years-differ-shanghai", "上海市科委和上海市政府办公厅被申请行政复议的数量比一比", ["shanghai-stcsm_2024", "shanghai-municipal-office_2025"], REV, order="desc",
      note="市科委 2024 vs 市政府办公厅 2025 (the newest of each): years differ"),
    C("x12-c25", "all-2021plus-bodies", "库里2021年以后的各个机关（每家取最新一年），谁新收的政府信息公开申请最多？",
      ["hongkou-district_2021", "hongze-district_2023", "huaian-city_2024", "pingtan_2025", "shanghai-municipal-office_2025",
       "shanghai-stcsm_2024", "shuyang-county_2025", "shuyang-fgj_2023"], NEW, order="desc",
      note="newest report of every body in the 2021 format; years differ"),
    C("x12-c26", "city-vs-district-years-differ", "淮安市政府和下面的洪泽区政府，依申请公开数量差多少", ["huaian-city_2024", "hongze-district_2023"], NEW, order="desc", diff=True,
      note="淮安市 2024 vs 洪泽区 2023: years differ"),
    C("x12-c27", "pre2019-two-bodies", "2012年平潭县政府和平潭综合实验区主动公开的信息（统计表本年度数）哪个多", ["pingtan-county_2012", "pingtan_2012"],
      ("stats", "proactive_total", "this_year"), order="desc",
      note="pingtan_2012 prose says 1913条 but its 统计表 says 739; expected follows the table"),
    C("x12-c28", "pre2019-requests", "2013年平潭县人民政府、平潭实验区管委会各受理了多少依申请公开", ["pingtan-county_2013", "pingtan_2013"],
      ("stats", "requests_total", "this_year"), order="desc"),
    C("x12-c29", "partial-rate-2024", "2024年淮安市和平潭实验区部分公开占总办结量的比重（保留2位小数）哪个高", ["huaian-city_2024", "pingtan_2024"],
      formula=("rate", ("T3", "partially_granted", "total"), RT), order="desc", decimals=2, unit="%"),

    # ---------------- consistency ----------------
    K("x12-k01", "chain-all", "平潭综合实验区2019年到2025年，每年“结转下年度”的数和下一年“上年结转”的数对得上吗？", P, (2019, 2025), ("T3", "total")),
    K("x12-k02", "chain-one-pair", "平潭2021年结转到下一年的申请，跟2022年报告里的上年结转一致吗", P, (2021, 2022), ("T3", "total")),
    K("x12-k03", "chain-natural-person", "平潭实验区21年底结转的自然人申请和22年上年结转的自然人数相等吗", P, (2021, 2022), ("T3", "natural_person")),
    K("x12-k04", "chain-last-pair", "平潭2024年报的“结转下年度继续办理”和2025年报“上年结转”是否衔接", P, (2024, 2025), ("T3", "total")),
    K("x12-k05", "chain-2019-2021", "平潭综合实验区2019、2020、2021三年报告之间结转数前后一致吗", P, (2019, 2021), ("T3", "total")),
    K("x12-k06", "chain-commercial", "平潭22年到23年商业企业那一列的结转数前后对得上不", P, (2022, 2023), ("T3", "commercial_enterprise")),
    K("x12-k07", "pre2019-cumulative-county", "平潭县政府2011—2013年统计表里主动公开信息数的历年累计，是不是上年累计加本年数？", PC, (2011, 2013), ("stats", "proactive_total")),
    K("x12-k08", "pre2019-cumulative-requests", "平潭县2012到2013年受理依申请公开的历年累计数衔接吗", PC, (2012, 2013), ("stats", "requests_total")),
    K("x12-k09", "pre2019-cumulative-pingtan", "平潭综合实验区2011到2014年主动公开信息的历年累计数，每年是否等于上年累计加本年", P, (2011, 2014), ("stats", "proactive_total")),
    K("x12-k10", "pre2019-website-cumulative", "平潭管委会2013年和2014年网站公开数的历年累计能对上吗", P, (2013, 2014), ("stats", "proactive_website")),
    K("x12-k11", "county-email-cumulative", "平潭县电子邮件申请的累计数，2011到2013年前后是否一致", PC, (2011, 2013), ("stats", "req_email")),

    # ---------------- noyear ----------------
    Nnar("x12-n01", "fee-newest", "平潭综合实验区收没收信息处理费？", "pingtan_2025", "2025年，无收取信息处理费情况"),
    Ncell("x12-n02", "carried-newest", "平潭实验区结转到下一年继续办的申请有几件", "pingtan_2025", ("T3", "carried_to_next_year", "total")),
    Nnar("x12-n03", "contact-phone-county", "平潭县人民政府办公室联系电话", "pingtan-county_2013", "电话：24336243"),
    Ncell("x12-n04", "county-proactive-newest", "平潭县政府主动公开信息数（本年度）是多少", "pingtan-county_2013", ("stats", "proactive_total", "this_year")),
    Ncell("x12-n05", "review-newest", "上海市政府办公厅被申请行政复议总数", "shanghai-municipal-office_2025", REV),
    Nnar("x12-n06", "fee-shanghai", "上海市人民政府办公厅信息公开处理费收了吗", "shanghai-municipal-office_2025", "本机关未收取信息公开处理费"),
    Nnar("x12-n07", "address", "虹口区政府办公室在哪，地址多少", "hongkou-district_2021", "飞虹路 518 号"),
    Ncell("x12-n08", "hongkou-review", "虹口区被申请行政复议几件", "hongkou-district_2021", REV),
    Nnar("x12-n09", "contact-phone-city", "淮安市政府办公室对年报有疑问打什么电话", "huaian-city_2024", "电话：0517-83605210"),
    Ncell("x12-n10", "stcsm-licensing", "上海市科委行政许可处理决定数量", "shanghai-stcsm_2024", ("T2", "administrative_licensing", "decisions")),
    Nnar("x12-n11", "fee-county", "沭阳县政府收取的信息处理费一共多少钱", "shuyang-county_2025", "收取信息处理费共计380元"),
    Nnar("x12-n12", "address-bureau", "沭阳发改局地址", "shuyang-fgj_2023", "沭城街道苏州东路42号"),
    Ncell("x12-n13", "hongze-penalty", "洪泽区政府作出的行政处罚决定有多少", "hongze-district_2023", ("T2", "administrative_penalty", "decisions")),

    # ---------------- nobody ----------------
    B("x12-b01", "fee-general", "申请政府信息公开要交费吗？", [("shuyang-county_2025", "收取信息处理费共计380元"), ("pingtan_2025", "2025年，无收取信息处理费情况"),
                                                          ("shanghai-municipal-office_2025", "本机关未收取信息公开处理费")]),
    B("x12-b02", "problems-general", "政务公开工作一般存在什么问题", [("pingtan_2025", "政务公开队伍建设有待进一步加强"), ("shuyang-fgj_2023", "信息公开队伍专业化能力建设有待进一步提升"),
                                                          ("shanghai-municipal-office_2025", "政策信息分散于多个平台")]),
    B("x12-b03", "where-download", "年度报告在哪儿能看到/下载", [("hongkou-district_2021", "“上海虹口”门户网站"), ("shuyang-fgj_2023", "年度报告通过沭阳县人民政府网站")]),
    B("x12-b04", "contact-general", "对年报有疑问找谁", [("hongkou-district_2021", "请联系虹口区人民政府办公室"), ("huaian-city_2024", "请与淮安市人民政府办公室联系")]),
    B("x12-b05", "stat-period", "年报数据的统计时间范围是怎么算的", [("shuyang-fgj_2023", "统计时限为2023年1月1日至2023年12月31日"),
                                                          ("hongkou-district_2021", "统计期限自 2021 年 1 月 1 日起")]),
    B("x12-b06", "fee-rule", "信息处理费是按照什么规定收的", [("shuyang-county_2025", "《政府信息公开信息处理费管理办法》")]),

    # ---------------- unanswerable ----------------
    U("x12-u01", "gap-years", "平潭综合实验区2015年和2017年的主动公开信息数各是多少", "year_not_indexed", "2015 and 2017 are gaps in the corpus"),
    U("x12-u02", "body-not-indexed-neighbour", "福州市长乐区2019-2023年政府信息公开申请数量变化", "body_not_indexed"),
    U("x12-u03", "body-not-indexed-shanghai-district", "上海市黄浦区和虹口区2022年谁的行政复议多", "body_not_indexed", "黄浦区 not indexed; 虹口区 only 2021"),
    U("x12-u04", "years-not-indexed", "淮安市人民政府2020到2023年每年新收申请数", "year_not_indexed", "淮安市 only 2024"),
    U("x12-u05", "dept-of-indexed-county", "沭阳县教育局近三年的信息公开申请情况", "body_not_indexed"),
    U("x12-u06", "no-such-figure", "平潭综合实验区历年政务公开工作经费预算分别多少", "no_such_figure"),
    U("x12-u07", "non-consecutive-chain", "上海市政府办公厅2019年结转下年度的申请和2020年上年结转对得上吗", "year_not_indexed", "2020 report not indexed; only 2019 and 2025"),

    # ---------------- followup ----------------
    F("x12-f01", "series->column->pick", [
        dict(kind="series", q="平潭综合实验区2021-2025年每年新收申请多少件", body=P, cell=NEW, span=(2021, 2025)),
        dict(kind="series", q="那自然人呢？", body=P, cell=NEWP, span=(2021, 2025)),
        dict(kind="series", q="哪年最多", body=P, cell=NEWP, span=(2021, 2025), pick="max")]),
    F("x12-f02", "comparison->t4->t4", [
        dict(kind="comparison", q="2025年平潭、上海市府办公厅、沭阳县政府新收申请各多少", reports=Y25, cell=NEW, order="desc"),
        dict(kind="comparison", q="复议那块呢", reports=Y25, cell=REV, order="desc"),
        dict(kind="comparison", q="诉讼呢（直接起诉和复议后起诉合起来）", reports=Y25,
             formula=("sum", [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")]), order="desc")]),
    F("x12-f03", "series->subcolumn->sum", [
        dict(kind="series", q="平潭2019到2025年每年的行政复议数", body=P, cell=REV, span=(2019, 2025)),
        dict(kind="series", q="结果维持的呢", body=P, cell=("T4", "cases", "review.maintained"), span=(2019, 2025)),
        dict(kind="series", q="加起来多少", body=P, cell=("T4", "cases", "review.maintained"), span=(2019, 2025), pick="sum")]),
    F("x12-f04", "comparison->legal-person", [
        dict(kind="comparison", q="2021年虹口区和平潭新收申请对比", reports=Y21, cell=NEW, order="desc"),
        dict(kind="comparison", q="法人呢", reports=Y21, formula=("sum", [("T3", "new_received", c) for c in LEGAL]), order="desc")]),
    F("x12-f05", "series->gap-year->pre2019", [
        dict(kind="series", q="平潭综合实验区2019至2025年新收申请", body=P, cell=NEW, span=(2019, 2025)),
        dict(kind="unanswerable", q="那2015年呢", reason="year_not_indexed"),
        dict(kind="series", q="2014年的呢", body=P, cell=NEW, span=(2014, 2014),
             note="pre-2019: 受理依申请公开信息总数 本年度 (writer's mapping)")]),
    F("x12-f06", "county-series->cumulative->other-body", [
        dict(kind="series", q="平潭县2011到2013年主动公开信息数", body=PC, cell=("stats", "proactive_total", "this_year"), span=(2011, 2013)),
        dict(kind="series", q="历年累计那列呢", body=PC, cell=("stats", "proactive_total", "cumulative"), span=(2011, 2013)),
        dict(kind="series", q="同期平潭综合实验区的本年度数呢", body=P, cell=("stats", "proactive_total", "this_year"), span=(2011, 2013))]),
    F("x12-f07", "series->row->comparison", [
        dict(kind="series", q="上海市政府办公厅历年新收申请", body=SH, cell=NEW, span=None),
        dict(kind="series", q="结转下一年的呢", body=SH, cell=("T3", "carried_to_next_year", "total"), span=None),
        dict(kind="comparison", q="2025年跟沭阳县政府比呢", reports=["shanghai-municipal-office_2025", "shuyang-county_2025"],
             cell=("T3", "carried_to_next_year", "total"), order="desc")]),
    F("x12-f08", "comparison->row->rate", [
        dict(kind="comparison", q="2024年淮安、上海科委、平潭予以公开各多少", reports=Y24, cell=GR, order="desc"),
        dict(kind="comparison", q="本机关不掌握的呢", reports=Y24, cell=("T3", "unable_not_held", "total"), order="desc"),
        dict(kind="comparison", q="占各自办理结果总计的比例呢，保留一位小数", reports=Y24,
             formula=("rate", ("T3", "unable_not_held", "total"), RT), order="desc", decimals=1, unit="%")]),
    F("x12-f09", "consistency->next-pair->column", [
        dict(kind="consistency", q="平潭2021年结转和2022年上年结转一致吗", body=P, years=(2021, 2022), cell=("T3", "total")),
        dict(kind="consistency", q="22到23年呢", body=P, years=(2022, 2023), cell=("T3", "total")),
        dict(kind="consistency", q="自然人那列呢", body=P, years=(2022, 2023), cell=("T3", "natural_person"))]),
    F("x12-f10", "series->min->other-format", [
        dict(kind="series", q="平潭实验区2021-2025年行政事业性收费金额", body=P, cell=("T2", "administrative_fees", "fee_amount"), span=(2021, 2025)),
        dict(kind="series", q="哪年最少", body=P, cell=("T2", "administrative_fees", "fee_amount"), span=(2021, 2025), pick="min"),
        dict(kind="unanswerable", q="2019年的收费金额呢", reason="not_in_this_format",
             note="2019 trial format reports fee items (项目数量), no 万元 amount")]),
    F("x12-f11", "comparison->t4->year-not-indexed", [
        dict(kind="comparison", q="2023年洪泽区和沭阳发改局新收申请各几件", reports=["hongze-district_2023", "shuyang-fgj_2023"], cell=NEW, order="desc"),
        dict(kind="comparison", q="那复议维持的呢", reports=["hongze-district_2023", "shuyang-fgj_2023"], cell=("T4", "cases", "review.maintained"), order="desc"),
        dict(kind="unanswerable", q="淮安市同一年呢", reason="year_not_indexed", note="淮安市 only 2024")]),
    F("x12-f12", "series->pre2019-row", [
        dict(kind="series", q="平潭县2011-2013受理申请数", body=PC, cell=("stats", "requests_total", "this_year"), span=(2011, 2013)),
        dict(kind="series", q="其中网上申请多少", body=PC, cell=("stats", "req_online", "this_year"), span=(2011, 2013))]),
]
