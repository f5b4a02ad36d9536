# Cross-report question specs for blind set xset20 (references only; no typed numbers).
# Built into set.jsonl by build.py; values come from /work/blind/gold.

def S(id, cls, q, body, table, row, col, span=None, pre=None, pick=None, note=None):
    """series: one body over years. span=(y0,y1) or None (all indexed years of the body).
    pre=(row,col) in the pre-2019 'stats' table judged to mean the same thing, or None (pre-2019 not comparable)."""
    return dict(kind="series", id=id, cls=cls, q=q, body=body, table=table, row=row, col=col,
                span=span, pre=pre, pick=pick, note=note)

def C(id, cls, q, reports, ref, order=None, unit="件", decimals=None, note=None):
    """comparison. ref: ('cell', table,row,col) | ('sum', [(sign,table,row,col),...]) |
    ('rate', [num terms], [den terms]) ; per-report override via dict stem->ref."""
    return dict(kind="comparison", id=id, cls=cls, q=q, reports=reports, ref=ref, order=order,
                unit=unit, decimals=decimals, note=note)

def K(id, cls, q, body, stems, column=None, pre_row=None, note=None):
    """consistency: T3 carried_to_next_year(Y).column vs carried_over_from_last_year(Y+1).column,
    or for pre-2019: stats[pre_row].cumulative(Y) + stats[pre_row].this_year(Y+1) vs stats[pre_row].cumulative(Y+1)."""
    return dict(kind="consistency", id=id, cls=cls, q=q, body=body, stems=stems, column=column,
                pre_row=pre_row, note=note)

def N(id, cls, q, report, exp, note=None):
    """noyear: exp = ('cell',table,row,col) | ('derived', terms, unit, decimals, formula_kind) | ('narr', substring)."""
    return dict(kind="noyear", id=id, cls=cls, q=q, report=report, exp=exp, note=note)

def B(id, cls, q, subs, note=None):
    """nobody: subs = [(stem, substring), ...]."""
    return dict(kind="nobody", id=id, cls=cls, q=q, subs=subs, note=note)

def U(id, cls, q, reason, note=None):
    return dict(kind="unanswerable", id=id, cls=cls, q=q, reason=reason, note=note)

def F(id, cls, turns):
    return dict(kind="followup", id=id, cls=cls, turns=turns)

T3, T4, T2, ST = "T3", "T4", "T2", "stats"
P = "pingtan"
PRE_NEW = ("requests_total", "this_year")      # 受理依申请公开信息总数 ~ 本年新收申请
PRE_FULL = ("reply_full", "this_year")         # 同意公开答复数 ~ 予以公开
PRE_PART = ("reply_partial", "this_year")      # 同意部分公开答复数 ~ 部分公开
PRE_REV = ("admin_review", "this_year")        # 行政复议数 ~ 行政复议总计

DENIED = [(1, T3, r, "total") for r in ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]]
LEGAL_PERSON = [(1, T3, "new_received", c) for c in ["commercial_enterprise", "research_institution",
                "social_welfare_org", "legal_service_org", "other_org"]]
LIT_ALL = [(1, T4, "cases", "litigation_direct.total"), (1, T4, "cases", "litigation_after_review.total")]

SPECS = [
 # ---------------- series ----------------
 S("x20-s01", "all-years-mixed-format", "平潭综合实验区历年收到的政府信息公开申请分别是多少件？", P, T3, "new_received", "total", pre=PRE_NEW,
   note="pre-2019 统计表 row 受理依申请公开信息总数 (本年度) taken as the same figure as 本年新收申请 (总计)."),
 S("x20-s02", "span-colloquial", "平潭实验区2019到2025年每年新收的信息公开申请有多少", P, T3, "new_received", "total", span=(2019, 2025)),
 S("x20-s03", "pick-max", "2021年以来平潭综合实验区哪一年收到的依申请公开最多？", P, T3, "new_received", "total", span=(2021, 2025), pick="max"),
 S("x20-s04", "pick-sum", "平潭综合实验区2019-2025年新收政府信息公开申请加起来一共多少件", P, T3, "new_received", "total", span=(2019, 2025), pick="sum"),
 S("x20-s05", "applicant-column", "平潭实验区每年老百姓个人申请信息公开多少件？2019年至2025年", P, T3, "new_received", "natural_person", span=(2019, 2025)),
 S("x20-s06", "applicant-column-colloquial", "近五年（2021—2025）平潭综合实验区企业来申请公开的有几件", P, T3, "new_received", "commercial_enterprise", span=(2021, 2025)),
 S("x20-s07", "applicant-column", "平潭实验区2019年到2025年“其他”类组织提出的申请数量变化", P, T3, "new_received", "other_org", span=(2019, 2025)),
 S("x20-s08", "all-years-mixed-format", "平潭综合实验区历年同意公开（予以公开）的申请有多少件", P, T3, "granted", "total", pre=PRE_FULL,
   note="pre-2019 同意公开答复数 taken as the same as 予以公开."),
 S("x20-s09", "pick-max", "平潭实验区2019~2025年部分公开的件数哪年最多", P, T3, "partially_granted", "total", span=(2019, 2025), pick="max"),
 S("x20-s10", "description-row+pick-max", "平潭综合实验区2019到2025年，因为机关手里没有这个信息而答复不了的，哪一年最多？", P, T3, "unable_not_held", "total", span=(2019, 2025), pick="max"),
 S("x20-s11", "pick-sum+colloquial-row", "平潭实验区2021到2025年以内部事务信息为由不公开的加起来多少", P, T3, "denied_internal_affairs", "total", span=(2021, 2025), pick="sum"),
 S("x20-s12", "keyword-only", "平潭 过程性信息 不予公开 2019-2025 每年", P, T3, "denied_process_info", "total", span=(2019, 2025)),
 S("x20-s13", "pick-max", "平潭综合实验区2021年到2025年哪年因涉及国家秘密不公开的最多", P, T3, "denied_state_secret", "total", span=(2021, 2025), pick="max"),
 S("x20-s14", "pick-max+typo", "平谭实验区2021-2025年属于行政执法案卷不予公开的，哪一年最多？", P, T3, "denied_enforcement_case_file", "total", span=(2021, 2025), pick="max"),
 S("x20-s15", "description-row", "平潭实验区这几年（2021到2025）为保护第三方权益没公开的各有几件", P, T3, "denied_third_party_rights", "total", span=(2021, 2025)),
 S("x20-s16", "trend", "平潭综合实验区2019年至2025年重复申请的数量变化趋势", P, T3, "not_processed_duplicate", "total", span=(2019, 2025)),
 S("x20-s17", "row-only-in-2021-format", "平潭实验区2019到2025年每年申请人逾期不补正、不再处理的申请有多少", P, T3, "other_no_correction_overdue", "total", span=(2019, 2025),
   note="2019/2020 reports use the trial format whose （六）其他处理 has no sub-rows: not comparable."),
 S("x20-s18", "row-only-in-trial-format", "平潭综合实验区2019—2025年“其他处理”一栏每年是多少", P, T3, "other_processing", "total", span=(2019, 2025),
   note="（六）其他处理 is a single row only in the 2019 trial format (2019, 2020); 2021+ split it into three sub-rows with no total row: not comparable."),
 S("x20-s19", "plain", "平潭实验区2019到2025年每年办结了多少件信息公开申请（办理结果总计）", P, T3, "results_total", "total", span=(2019, 2025)),
 S("x20-s20", "description-row", "平潭综合实验区2019~2025年每年年底没办完、转到下一年的申请有几件", P, T3, "carried_to_next_year", "total", span=(2019, 2025)),
 S("x20-s21", "all-years-mixed-format+pick-max", "平潭综合实验区历年因政府信息公开被申请行政复议的有多少件？哪年最多", P, T4, "cases", "review.total", pre=PRE_REV, pick="max",
   note="pre-2019 统计表 行政复议数 (本年度) taken as the 行政复议 总计."),
 S("x20-s22", "T4-subcolumn", "平潭实验区2021到2025年行政复议结果维持的每年几件", P, T4, "cases", "review.maintained", span=(2021, 2025)),
 S("x20-s23", "T4-subcolumn+pick-sum", "平潭综合实验区2019-2025年行政复议被纠正的一共多少件", P, T4, "cases", "review.corrected", span=(2019, 2025), pick="sum"),
 S("x20-s24", "T4-colloquial", "平潭实验区2019到2025年，没经过复议直接去法院告的信息公开案子每年有几起", P, T4, "cases", "litigation_direct.total", span=(2019, 2025)),
 S("x20-s25", "T4-subcolumn+pick-max", "平潭综合实验区2021-2025年复议后又起诉的案件哪年最多", P, T4, "cases", "litigation_after_review.total", span=(2021, 2025), pick="max"),
 S("x20-s26", "T4-subcolumn", "平潭实验区2021—2025年直接起诉的行政诉讼中结果维持的每年有几件", P, T4, "cases", "litigation_direct.maintained", span=(2021, 2025)),
 S("x20-s27", "T2+pick-max", "平潭综合实验区2021年到2025年行政许可处理决定数量哪年最多", P, T2, "administrative_licensing", "decisions", span=(2021, 2025), pick="max"),
 S("x20-s28", "T2+pick-min", "平潭实验区2021到2025年行政处罚决定数哪一年最少", P, T2, "administrative_penalty", "decisions", span=(2021, 2025), pick="min"),
 S("x20-s29", "T2-fullwidth", "平潭综合实验区２０２１到２０２５年行政强制处理决定各是多少", P, T2, "administrative_coercion", "decisions", span=(2021, 2025)),
 S("x20-s30", "T2-fee", "平潭实验区2021-2025年行政事业性收费金额（万元）每年多少", P, T2, "administrative_fees", "fee_amount", span=(2021, 2025)),
 S("x20-s31", "stats-only-row", "平潭综合实验区历年主动公开了多少条政府信息（统计表）", P, ST, "proactive_total", "this_year", pre=None,
   note="主动公开信息数 exists only in the pre-2019 统计表; 2019+ reports have no such table row: not comparable."),
 S("x20-s32", "stats-only-row+pick-max", "平潭实验区2011到2018年哪年主动公开的信息条数最多", P, ST, "proactive_total", "this_year", span=(2011, 2018), pick="max"),
 S("x20-s33", "pre2019-body+pick-sum", "平潭县人民政府2011至2013年主动公开信息数三年合计多少条", "pingtan-county", ST, "proactive_total", "this_year", pick="sum"),
 S("x20-s34", "pre2019-body", "平潭县政府历年受理的依申请公开信息有多少", "pingtan-county", ST, "requests_total", "this_year"),
 S("x20-s35", "pre2019-body-colloquial", "平潭县每年有多少人跑到窗口当面申请信息公开", "pingtan-county", ST, "req_in_person", "this_year"),
 S("x20-s36", "pre2019-body+pick-sum", "平潭县人民政府2011-2013年通过电子邮件提出的申请一共多少", "pingtan-county", ST, "req_email", "this_year", pick="sum"),
 S("x20-s37", "pre2019-body", "平潭县历年同意公开的答复数", "pingtan-county", ST, "reply_full", "this_year"),
 S("x20-s38", "gap-years", "上海市政府办公厅2019到2025年每年收到多少政府信息公开申请", "shanghai-municipal-office", T3, "new_received", "total", span=(2019, 2025)),
 S("x20-s39", "short-body", "市府办公厅（上海）历年结转下年度继续办理的申请数", "shanghai-municipal-office", T3, "carried_to_next_year", "total"),
 S("x20-s40", "T4", "上海市人民政府办公厅历年的行政复议总数", "shanghai-municipal-office", T4, "cases", "review.total"),
 S("x20-s41", "applicant-column", "上海市政府办公厅历年自然人申请中“本机关不掌握相关政府信息”的有多少", "shanghai-municipal-office", T3, "unable_not_held", "natural_person"),
 S("x20-s42", "applicant-column", "平潭实验区2019到2025年社会公益组织提出的申请每年几件", P, T3, "new_received", "social_welfare_org", span=(2019, 2025)),
 S("x20-s43", "applicant-column-zero", "平潭综合实验区2021到2025年法律服务机构（律所）提的信息公开申请数", P, T3, "new_received", "legal_service_org", span=(2021, 2025)),
 # ---------------- comparison ----------------
 C("x20-c01", "same-year-3-bodies", "2023年平潭综合实验区、洪泽区政府和沭阳县发改局，谁收到的政府信息公开申请最多？",
   ["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], ("cell", T3, "new_received", "total"), order="desc"),
 C("x20-c02", "same-year-3-bodies", "2024年淮安市、平潭实验区、上海市科委新收申请数量排个序",
   ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], ("cell", T3, "new_received", "total"), order="desc"),
 C("x20-c03", "same-year-T4", "2025年平潭、沭阳县、上海市政府办公厅三家的行政复议案件数对比，哪家最多",
   ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T4, "cases", "review.total"), order="desc"),
 C("x20-c04", "same-year-T4-subcolumn", "２０２５年平潭综合实验区、沭阳县政府、上海市府办公厅未经复议直接起诉的行政诉讼各几件",
   ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T4, "cases", "litigation_direct.total")),
 C("x20-c05", "same-year-colloquial-row", "2025年平潭、沭阳和上海市政府办公厅，因为“本机关没有这个信息”答复的哪个最少",
   ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T3, "unable_not_held", "total"), order="asc"),
 C("x20-c06", "rate-stated", "2025年予以公开件数占本年新收申请的比例，平潭综合实验区和沭阳县哪个高？保留两位小数",
   ["pingtan_2025", "shuyang-county_2025"], ("rate", [(1, T3, "granted", "total")], [(1, T3, "new_received", "total")]),
   order="desc", unit="%", decimals=2),
 C("x20-c07", "T2-two-bodies", "2024年淮安市和平潭实验区的行政许可处理决定数量差多少？各是多少",
   ["huaian-city_2024", "pingtan_2024"], ("cell", T2, "administrative_licensing", "decisions"), order="desc"),
 C("x20-c08", "same-year-3-bodies", "2024年淮安、平潭、上海科委以“三类内部事务信息”为由不予公开的分别几件",
   ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], ("cell", T3, "denied_internal_affairs", "total")),
 C("x20-c09", "same-year-T4-subcolumn", "2023年洪泽区和平潭综合实验区行政复议结果维持的各有多少件",
   ["hongze-district_2023", "pingtan_2023"], ("cell", T4, "cases", "review.maintained"), order="desc"),
 C("x20-c10", "T2-two-bodies", "洪泽区跟平潭实验区2023年行政处罚决定哪个多", ["hongze-district_2023", "pingtan_2023"],
   ("cell", T2, "administrative_penalty", "decisions"), order="desc"),
 C("x20-c11", "T2-dept-vs-district", "2023年沭阳县发改局和洪泽区政府各制发了几件行政规范性文件",
   ["shuyang-fgj_2023", "hongze-district_2023"], ("cell", T2, "normative_documents", "issued"), order="desc",
   note="pingtan_2023 left out on purpose: its 规范性文件 cells are unresolved in the gold."),
 C("x20-c12", "pre2019-two-bodies", "2012年平潭县人民政府和平潭综合实验区，谁主动公开的信息多？",
   ["pingtan-county_2012", "pingtan_2012"], ("cell", ST, "proactive_total", "this_year"), order="desc", unit="条"),
 C("x20-c13", "pre2019-tie", "2011年平潭县政府和平潭实验区管委会主动公开信息数哪个多", ["pingtan-county_2011", "pingtan_2011"],
   ("cell", ST, "proactive_total", "this_year"), order="desc", unit="条", note="The two 2011 tables are identical: a tie, top null."),
 C("x20-c14", "pre2019-two-bodies", "二〇一三年平潭县和平潭综合实验区受理的信息公开申请各多少",
   ["pingtan-county_2013", "pingtan_2013"], ("cell", ST, "requests_total", "this_year"), unit="条"),
 C("x20-c15", "years-differ", "虹口区政府和淮安市政府收到的政府信息公开申请谁多？", ["hongkou-district_2021", "huaian-city_2024"],
   ("cell", T3, "new_received", "total"), order="desc", note="No year named: each body's newest report (虹口 2021, 淮安 2024); years differ."),
 C("x20-c16", "years-differ-T4", "虹口区和上海市政府办公厅，哪个被申请的行政复议多", ["hongkou-district_2021", "shanghai-municipal-office_2025"],
   ("cell", T4, "cases", "review.total"), order="desc", note="Newest reports: 虹口 2021, 办公厅 2025; years differ."),
 C("x20-c17", "years-differ-applicant", "上海市科委2024年和上海市政府办公厅2025年自然人申请数比较", ["shanghai-stcsm_2024", "shanghai-municipal-office_2025"],
   ("cell", T3, "new_received", "natural_person"), order="desc", note="Years named differ (2024 vs 2025)."),
 C("x20-c18", "county-vs-its-dept", "沭阳县政府和沭阳县发改局收到的信息公开申请差多少", ["shuyang-county_2025", "shuyang-fgj_2023"],
   ("cell", T3, "new_received", "total"), order="desc", note="Newest reports: 县政府 2025, 发改局 2023; years differ."),
 C("x20-c19", "city-vs-its-district", "淮安市和下面的洪泽区，“本机关不掌握相关信息”的答复各多少件", ["huaian-city_2024", "hongze-district_2023"],
   ("cell", T3, "unable_not_held", "total"), order="desc", note="Newest reports: 淮安市 2024, 洪泽区 2023; years differ."),
 C("x20-c20", "sum-stated", "2025年平潭实验区、沭阳县、上海市政府办公厅不予公开的总数（八种情形加起来）各是多少",
   ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("sum", DENIED), order="desc"),
 C("x20-c21", "rate-stated", "2024年法人或其他组织申请占新收申请的比例：淮安市、平潭、上海市科委，保留1位小数",
   ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], ("rate", LEGAL_PERSON, [(1, T3, "new_received", "total")]),
   order="desc", unit="%", decimals=1),
 C("x20-c22", "ranking-all-newest", "各单位最新一年的年报里，哪家收到的政府信息公开申请最多？按多少排一下（2021年以后格式的报告）",
   ["hongkou-district_2021", "hongze-district_2023", "huaian-city_2024", "pingtan_2025", "shanghai-municipal-office_2025",
    "shanghai-stcsm_2024", "shuyang-county_2025", "shuyang-fgj_2023"], ("cell", T3, "new_received", "total"), order="desc",
   note="Each body's newest report; years differ."),
 C("x20-c23", "sum-stated-T4", "2024年淮安市和平潭实验区行政诉讼（直接起诉加复议后起诉）一共各多少件",
   ["huaian-city_2024", "pingtan_2024"], ("sum", LIT_ALL), order="desc"),
 C("x20-c24", "same-year-2021", "2021年虹口区和平潭综合实验区新收的政府信息公开申请哪个多", ["hongkou-district_2021", "pingtan_2021"],
   ("cell", T3, "new_received", "total"), order="desc"),
 C("x20-c25", "same-year-2021-T4", "21年虹口跟平潭实验区行政复议数比较", ["hongkou-district_2021", "pingtan_2021"],
   ("cell", T4, "cases", "review.total"), order="desc"),
 C("x20-c26", "same-year-2019-trial", "2019年上海市政府办公厅和平潭综合实验区收到的信息公开申请数量对比", ["shanghai-municipal-office_2019", "pingtan_2019"],
   ("cell", T3, "new_received", "total"), order="desc"),
 C("x20-c27", "same-year-2019-trial", "2019年平潭实验区和上海市府办公厅结转到2020年的申请各几件", ["shanghai-municipal-office_2019", "pingtan_2019"],
   ("cell", T3, "carried_to_next_year", "total")),
 C("x20-c28", "T2-fee", "2025年行政事业性收费金额，平潭、沭阳县、上海市政府办公厅谁最高（万元）",
   ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T2, "administrative_fees", "fee_amount"), order="desc", unit="万元"),
 C("x20-c29", "irrelevant-clause-first", "我在写一篇关于政务公开的论文，想问下2024年淮安市政府和平潭综合实验区部分公开的件数分别是多少",
   ["huaian-city_2024", "pingtan_2024"], ("cell", T3, "partially_granted", "total")),
 # ---------------- consistency ----------------
 K("x20-k01", "chain-2019-2025", "平潭综合实验区2019到2025年，每年结转下年度的申请数跟下一年的上年结转数对得上吗？", P,
   ["pingtan_2019", "pingtan_2020", "pingtan_2021", "pingtan_2022", "pingtan_2023", "pingtan_2024", "pingtan_2025"], column="total"),
 K("x20-k02", "single-pair", "平潭实验区2021年结转下年度继续办理的，和2022年报里上年结转的数一致吗", P, ["pingtan_2021", "pingtan_2022"], column="total"),
 K("x20-k03", "single-pair-applicant", "平潭综合实验区2021年底结转的自然人申请与2022年上年结转自然人申请是否一致", P, ["pingtan_2021", "pingtan_2022"], column="natural_person"),
 K("x20-k04", "single-pair", "核对一下：平潭实验区2024年转入下年的申请数是否等于2025年的上年结转数", P, ["pingtan_2024", "pingtan_2025"], column="total"),
 K("x20-k05", "chain-applicant", "平潭综合实验区2019-2025年商业企业申请的结转数逐年衔接吗", P,
   ["pingtan_2019", "pingtan_2020", "pingtan_2021", "pingtan_2022", "pingtan_2023", "pingtan_2024", "pingtan_2025"], column="commercial_enterprise"),
 K("x20-k06", "format-change-pair", "平潭实验区2020年结转下年度的和2021年上年结转的能对上吗", P, ["pingtan_2020", "pingtan_2021"], column="total",
   note="2020 trial format → 2021 format; both have the two rows."),
 K("x20-k07", "pre2019-cumulative", "平潭县政府2011-2013年主动公开信息的历年累计数前后衔接吗（上年累计+本年=本年累计）", "pingtan-county",
   ["pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"], pre_row="proactive_total"),
 K("x20-k08", "pre2019-cumulative", "平潭县2012年和2013年受理依申请公开总数的历年累计对得上吗", "pingtan-county",
   ["pingtan-county_2012", "pingtan-county_2013"], pre_row="requests_total"),
 K("x20-k09", "pre2019-cumulative-disagree", "平潭综合实验区2011到2014年主动公开信息历年累计数是否一年接一年对得上", P,
   ["pingtan_2011", "pingtan_2012", "pingtan_2013", "pingtan_2014"], pre_row="proactive_total",
   note="2011→2012 and 2012→2013 do not chain in the print; 2013→2014 does."),
 K("x20-k10", "pre2019-cumulative", "平潭实验区2013年和2014年网站公开信息的累计数是否衔接", P, ["pingtan_2013", "pingtan_2014"], pre_row="proactive_website"),
 K("x20-k11", "pre2019-cumulative", "平潭县人民政府2011—2013年对申请的答复数历年累计是否前后一致", "pingtan-county",
   ["pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"], pre_row="replies_total"),
 # ---------------- noyear ----------------
 N("x20-n01", "noyear-cell", "平潭综合实验区收到多少件政府信息公开申请？", "pingtan_2025", ("cell", T3, "new_received", "total")),
 N("x20-n02", "noyear-narrative", "平潭实验区关停了几个不规范的政府网站", "pingtan_2025", ("narr", "关停运营不规范、运维不及时的政府网站1个")),
 N("x20-n03", "noyear-T4", "上海市政府办公厅因为信息公开被申请行政复议多少件", "shanghai-municipal-office_2025", ("cell", T4, "cases", "review.total")),
 N("x20-n04", "noyear-narrative-fee", "上海市人民政府办公厅收没收信息公开处理费", "shanghai-municipal-office_2025", ("narr", "未收取信息公开处理费")),
 N("x20-n05", "noyear-contact", "淮安市政府信息公开的咨询电话是多少", "huaian-city_2024", ("narr", "0517-83605210")),
 N("x20-n06", "noyear-derived-sum", "虹口区政府予以公开加部分公开一共多少件", "hongkou-district_2021",
   ("derived", [(1, T3, "granted", "total"), (1, T3, "partially_granted", "total")], "件", None, "sum")),
 N("x20-n07", "noyear-narrative-fee", "沭阳县收了多少信息处理费", "shuyang-county_2025", ("narr", "收取信息处理费共计380元")),
 N("x20-n08", "noyear-dept-T4", "沭阳发改局行政复议尚未审结的有几件", "shuyang-fgj_2023", ("cell", T4, "cases", "review.pending")),
 N("x20-n09", "noyear-T2", "洪泽区行政许可处理决定有多少", "hongze-district_2023", ("cell", T2, "administrative_licensing", "decisions")),
 N("x20-n10", "noyear-short-dept", "上海市科委信息公开收费情况怎么样", "shanghai-stcsm_2024", ("narr", "市科委未发生政府信息公开收费事项")),
 N("x20-n11", "noyear-pre2019-body", "平潭县人民政府受理了多少依申请公开信息", "pingtan-county_2013", ("cell", ST, "requests_total", "this_year")),
 N("x20-n12", "noyear-rate", "平潭实验区办结率是多少？（办理结果总计÷(本年新收+上年结转)，百分比保留一位小数）", "pingtan_2025",
   ("derived", [(1, T3, "results_total", "total")], "%", 1, "rate", [(1, T3, "new_received", "total"), (1, T3, "carried_over_from_last_year", "total")])),
 N("x20-n13", "noyear-contact", "虹口区政府信息公开联系电话", "hongkou-district_2021", ("narr", "021—25658888")),
 # ---------------- nobody ----------------
 B("x20-b01", "nobody-fee", "申请政府信息公开要收费吗？",
   [("pingtan_2025", "无收取信息处理费情况"), ("shanghai-municipal-office_2025", "未收取信息公开处理费"),
    ("shuyang-county_2025", "收取信息处理费共计380元"), ("hongkou-district_2021", "未收取政府信息公开信息处理费")]),
 B("x20-b02", "nobody-channel", "可以通过哪些渠道申请政府信息公开",
   [("pingtan_2020", "保证网站、信函、传真等申请渠道实时有效"), ("pingtan_2022", "畅通线上、线下申请渠道")]),
 B("x20-b03", "nobody-basis", "政府信息公开年度报告是按照哪个文件的格式编的", [("pingtan_2025", "国办公开办函〔2021〕30号"), ("shuyang-county_2025", "国办公开办函〔2021〕30号")]),
 B("x20-b04", "nobody-place", "线下在哪里可以查阅政府信息", [("hongkou-district_2021", "行政服务中心政务公开专区功能"), ("shuyang-county_2025", "基层政务公开专区标准化建设")]),
 B("x20-b05", "nobody-training", "政务公开业务培训一般怎么搞", [("huaian-city_2024", "定期组织业务培训"), ("pingtan_2025", "多渠道加强业务指导和培训")]),
 B("x20-b06", "nobody-problems", "政府信息公开工作普遍存在什么问题", [("pingtan_2025", "平台互动功能仍有不足"), ("huaian-city_2024", "个别单位存在人员配备不足、兼职多、流动性过快的问题")]),
 # ---------------- unanswerable ----------------
 U("x20-u01", "body-not-indexed-series", "福州市2019到2023年每年收到多少政府信息公开申请", "body_not_indexed"),
 U("x20-u02", "gap-years-only", "平潭实验区2015年和2017年主动公开了多少条信息", "year_not_indexed"),
 U("x20-u03", "years-not-indexed", "上海市政府办公厅2020-2024年每年行政复议多少件", "year_not_indexed"),
 U("x20-u04", "years-not-indexed", "淮安市2020年到2023年收到的政府信息公开申请变化", "year_not_indexed"),
 U("x20-u05", "comparison-body-not-indexed", "2025年宿迁市和沭阳县收到的信息公开申请哪个多", "body_not_indexed",
   note="宿迁市 (the prefecture above 沭阳县) has no report in the corpus."),
 U("x20-u06", "no-such-figure-series", "平潭综合实验区历年政务公开工作经费是多少", "no_such_figure"),
 U("x20-u07", "comparison-body-not-indexed", "2021年黄浦区和虹口区的行政复议数谁多", "body_not_indexed", note="黄浦区 not in the corpus."),
 U("x20-u08", "consistency-year-missing", "上海市政府办公厅2019年结转下年度的申请和2020年的上年结转对得上吗", "year_not_indexed"),
]

# followups: each turn = dict(q=..., spec=<a spec built with the helpers above, id/cls ignored>)
FOLLOWUPS = [
 F("x20-f01", "series→column→pick", [
   dict(q="平潭综合实验区2021到2025年每年新收政府信息公开申请多少件？", spec=S("", "", "", P, T3, "new_received", "total", span=(2021, 2025))),
   dict(q="那自然人呢？", spec=S("", "", "", P, T3, "new_received", "natural_person", span=(2021, 2025))),
   dict(q="哪年最多？", spec=S("", "", "", P, T3, "new_received", "natural_person", span=(2021, 2025), pick="max"))]),
 F("x20-f02", "comparison→T4-column→cell", [
   dict(q="2025年平潭、沭阳县、上海市政府办公厅的行政复议数比一比", spec=C("", "", "", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T4, "cases", "review.total"), order="desc")),
   dict(q="那直接起诉的行政诉讼呢", spec=C("", "", "", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", T4, "cases", "litigation_direct.total"), order="desc")),
   dict(q="平潭那年复议后起诉的有几件", spec=N("", "", "", "pingtan_2025", ("cell", T4, "cases", "litigation_after_review.total")))]),
 F("x20-f03", "series→T4-block", [
   dict(q="平潭实验区2019到2025年行政复议每年多少件", spec=S("", "", "", P, T4, "cases", "review.total", span=(2019, 2025))),
   dict(q="复议后起诉那块呢", spec=S("", "", "", P, T4, "cases", "litigation_after_review.total", span=(2019, 2025)))]),
 F("x20-f04", "comparison→legal-person", [
   dict(q="2024年淮安市和平潭综合实验区新收申请各多少", spec=C("", "", "", ["huaian-city_2024", "pingtan_2024"], ("cell", T3, "new_received", "total"), order="desc")),
   dict(q="法人或者其他组织的呢", spec=C("", "", "", ["huaian-city_2024", "pingtan_2024"], ("sum", LEGAL_PERSON), order="desc"))]),
 F("x20-f05", "series→row", [
   dict(q="上海市政府办公厅历年收到的信息公开申请数", spec=S("", "", "", "shanghai-municipal-office", T3, "new_received", "total")),
   dict(q="结转到下一年的呢", spec=S("", "", "", "shanghai-municipal-office", T3, "carried_to_next_year", "total"))]),
 F("x20-f06", "unanswerable→body", [
   dict(q="福州市2019到2023年每年新收多少政府信息公开申请", spec=U("", "", "", "body_not_indexed")),
   dict(q="那平潭实验区呢", spec=S("", "", "", P, T3, "new_received", "total", span=(2019, 2023)))]),
 F("x20-f07", "pre2019-series→row→sum", [
   dict(q="平潭县政府2011到2013年每年受理多少依申请公开", spec=S("", "", "", "pingtan-county", ST, "requests_total", "this_year", span=(2011, 2013))),
   dict(q="答复了多少", spec=S("", "", "", "pingtan-county", ST, "replies_total", "this_year", span=(2011, 2013))),
   dict(q="三年加起来呢", spec=S("", "", "", "pingtan-county", ST, "replies_total", "this_year", span=(2011, 2013), pick="sum"))]),
 F("x20-f08", "comparison→year", [
   dict(q="2021年虹口区和平潭综合实验区收到的信息公开申请谁多", spec=C("", "", "", ["hongkou-district_2021", "pingtan_2021"], ("cell", T3, "new_received", "total"), order="desc")),
   dict(q="那2022年平潭呢？", spec=N("", "", "", "pingtan_2022", ("cell", T3, "new_received", "total")))]),
 F("x20-f09", "stats-series→other-format", [
   dict(q="平潭实验区2011到2018年每年主动公开多少条信息", spec=S("", "", "", P, ST, "proactive_total", "this_year", span=(2011, 2018))),
   dict(q="2019年以后的呢", spec=U("", "", "", "not_in_this_format", note="2019+ tables have no 主动公开信息数 row."))]),
 F("x20-f10", "comparison→row", [
   dict(q="2023年洪泽区和平潭实验区“本机关不掌握相关政府信息”各几件", spec=C("", "", "", ["hongze-district_2023", "pingtan_2023"], ("cell", T3, "unable_not_held", "total"), order="desc")),
   dict(q="需要另行制作的呢", spec=C("", "", "", ["hongze-district_2023", "pingtan_2023"], ("cell", T3, "unable_needs_creation", "total"), order="desc"))]),
 F("x20-f11", "series→year-not-indexed", [
   dict(q="平潭综合实验区2021-2025年本机关不掌握相关信息的答复各多少", spec=S("", "", "", P, T3, "unable_not_held", "total", span=(2021, 2025))),
   dict(q="2026年呢", spec=U("", "", "", "year_not_indexed"))]),
]
