# -*- coding: utf-8 -*-
"""Cross-report blind question set x13: references only, no typed numbers.
Every figure is looked up / computed from the gold cells by build.py."""

T3, T4, T2, ST = "T3", "T4", "T2", "stats"
PRE = {"pre_2019": None}  # marker: no equivalent row in the legacy 统计表

# equivalent legacy rows (decided from the labels):
#  受理依申请公开信息总数 ~ 一、本年新收政府信息公开申请数量 (总计)
#  同意公开答复数          ~ （一）予以公开 (总计)
#  同意部分公开答复数      ~ （二）部分公开 (总计)
#  行政复议数              ~ 行政复议 总计
MAP_NEW = {"pre_2019": (ST, "requests_total", "this_year")}
MAP_GRANT = {"pre_2019": (ST, "reply_full", "this_year")}
MAP_PART = {"pre_2019": (ST, "reply_partial", "this_year")}
MAP_REVIEW = {"pre_2019": (ST, "admin_review", "this_year")}

def S(id, cls, q, body, t, r, c, span=None, pick=None, alt=None, note=None):
    return dict(id=id, kind="series", cls=cls, q=q, body=body, t=t, r=r, c=c, span=span, pick=pick, alt=alt or {}, note=note)

def C(id, cls, q, reports, num, den=None, pct=False, decimals=None, order=None, unit="件", formula=None, note=None, alt=None):
    return dict(id=id, kind="comparison", cls=cls, q=q, reports=reports, num=num, den=den, pct=pct,
                decimals=decimals, order=order, unit=unit, formula=formula, note=note, alt=alt or {})

def K(id, cls, q, body, pairs, column="total", chain=None, note=None):
    return dict(id=id, kind="consistency", cls=cls, q=q, body=body, pairs=pairs, column=column, chain=chain, note=note)

def NY(id, cls, q, body, sub, ref, note=None):
    return dict(id=id, kind="noyear", cls=cls, q=q, body=body, sub=sub, ref=ref, note=note)

def NB(id, cls, q, subs, note=None):
    return dict(id=id, kind="nobody", cls=cls, q=q, subs=subs, note=note)

def U(id, cls, q, reason, note=None):
    return dict(id=id, kind="unanswerable", cls=cls, q=q, reason=reason, note=note)

def F(id, cls, turns):
    return dict(id=id, kind="followup", cls=cls, turns=turns)

NR = ("T3", "new_received", "total")

QUESTIONS = [
# ---------------- series: 平潭综合实验区, national formats ----------------
S("x13-s01", "span-range", "平潭综合实验区2019到2025年每年新收的政府信息公开申请各是多少件？哪年最多？", "pingtan", T3, "new_received", "total", (2019, 2025), "max"),
S("x13-s02", "colloquial-column+sum", "平潭这几年（2019—2025）老百姓个人递交的公开申请一共多少件？", "pingtan", T3, "new_received", "natural_person", (2019, 2025), "sum"),
S("x13-s03", "fullwidth-digits", "平潭综合实验区２０２１～２０２５年商业企业提出的信息公开申请逐年数量", "pingtan", T3, "new_received", "commercial_enterprise", (2021, 2025)),
S("x13-s04", "colloquial-row", "平潭实验区近几年申请人要啥就全给公开了的有多少件，2019年到2025年列一下，最多的是哪年", "pingtan", T3, "granted", "total", (2019, 2025), "max"),
S("x13-s05", "chinese-numeral-year", "平潭综合实验区二〇二〇年至二〇二四年部分公开的申请件数变化", "pingtan", T3, "partially_granted", "total", (2020, 2024)),
S("x13-s06", "colloquial-row", "平潭2019-2025历年因为“本机关不掌握相关信息”没法提供的申请有多少？哪一年最多", "pingtan", T3, "unable_not_held", "total", (2019, 2025), "max"),
S("x13-s07", "keyword-only+sum", "平潭 2021-2025 三类内部事务信息 不予公开 合计", "pingtan", T3, "denied_internal_affairs", "total", (2021, 2025), "sum"),
S("x13-s08", "colloquial-row", "平潭综合实验区21年到25年，以“属于行政执法案卷”为由不公开的每年各几件", "pingtan", T3, "denied_enforcement_case_file", "total", (2021, 2025)),
S("x13-s09", "year-at-end", "平潭属于行政查询事项不予公开的数量 2021至2025", "pingtan", T3, "denied_admin_query", "total", (2021, 2025)),
S("x13-s10", "staff-exact", "请列出平潭综合实验区2019—2025年度报告表三“属于四类过程性信息”总计列的逐年数值。", "pingtan", T3, "denied_process_info", "total", (2019, 2025)),
S("x13-s11", "colloquial-row+sum", "平潭这七年（2019到2025）被当成重复申请不予处理的加起来有多少件", "pingtan", T3, "not_processed_duplicate", "total", (2019, 2025), "sum"),
S("x13-s12", "typo-body", "平谭综合实验区2019～2025年补正后申请内容仍不明确的有几件，逐年", "pingtan", T3, "unable_unclear_after_correction", "total", (2019, 2025)),
S("x13-s13", "other-format-row", "平潭2019到2025年，申请人逾期不补正、机关不再处理的每年多少件？", "pingtan", T3, "other_no_correction_overdue", "total", (2019, 2025),
  note="2019/2020 reports use the trial format with a single （六）其他处理 row: not comparable."),
S("x13-s14", "other-format-row", "平潭综合实验区2019-2025年表三“（六）其他处理”这一整行每年是多少？", "pingtan", T3, "other_processing", "total", (2019, 2025),
  note="Only the 2019 trial format has （六）其他处理 as one row; 2021+ split it into three sub-rows and have no total row for the group: not comparable."),
S("x13-s15", "colloquial-row", "平潭实验区2019年以来每年办不完、结转到下一年继续办的申请有多少？", "pingtan", T3, "carried_to_next_year", "total", (2019, 2025)),
S("x13-s16", "min", "平潭综合实验区2021～2025年办理结果总计哪一年最少？各年多少", "pingtan", T3, "results_total", "total", (2021, 2025), "min"),
S("x13-s17", "colloquial-row", "平潭2019至2025年有没有因为涉及国家秘密拒绝公开的？每年几件", "pingtan", T3, "denied_state_secret", "total", (2019, 2025)),
S("x13-s18", "colloquial-row", "平潭2022年到2025年以保护第三方合法权益为由不公开的逐年数量", "pingtan", T3, "denied_third_party_rights", "total", (2022, 2025)),
S("x13-s19", "colloquial-row", "平潭综合实验区19年到25年“没有现成信息需要另行制作”的每年几件", "pingtan", T3, "unable_needs_creation", "total", (2019, 2025)),
S("x13-s20", "colloquial-row", "平潭2021-2025信访举报投诉类申请不予处理的每年各多少", "pingtan", T3, "not_processed_petition_complaint", "total", (2021, 2025)),
S("x13-s21", "colloquial-row", "平潭实验区二〇二一到二〇二五，没按收费通知交钱、后来不再处理的申请每年几件？", "pingtan", T3, "other_fee_unpaid_overdue", "total", (2021, 2025)),
S("x13-s22", "sum", "平潭综合实验区2021—2025年“其他处理—其他”合计多少件", "pingtan", T3, "other_other", "total", (2021, 2025), "sum"),
S("x13-s23", "T4-review", "平潭实验区2019年到2025年每年因为信息公开被申请行政复议多少件，哪年最多？", "pingtan", T4, "cases", "review.total", (2019, 2025), "max"),
S("x13-s24", "irrelevant-clause-first", "顺便问一下，我之前在平潭打过一场官司——平潭2019—2025年没经过复议直接起诉到法院的信息公开官司每年有几起", "pingtan", T4, "cases", "litigation_direct.total", (2019, 2025)),
S("x13-s25", "T4-after-review+sum", "平潭综合实验区2021到2025年复议后又起诉的案件加起来多少件", "pingtan", T4, "cases", "litigation_after_review.total", (2021, 2025), "sum"),
S("x13-s26", "T4-subcolumn+sum", "平潭2021-2025行政复议结果被纠正的一共几件", "pingtan", T4, "cases", "review.corrected", (2021, 2025), "sum"),
S("x13-s27", "T4-subcolumn", "平潭综合实验区近五年（2021～2025）行政复议维持原决定的逐年件数", "pingtan", T4, "cases", "review.maintained", (2021, 2025)),
S("x13-s28", "T4-subcolumn", "平潭 直接起诉 结果维持 2021 2022 2023 2024 2025", "pingtan", T4, "cases", "litigation_direct.maintained", (2021, 2025)),
S("x13-s29", "T2-licensing+max", "平潭综合实验区2021年到2025年行政许可处理决定数量每年是多少，哪年最多", "pingtan", T2, "administrative_licensing", "decisions", (2021, 2025), "max"),
S("x13-s30", "T2-penalty+min", "平潭这五年（2021-2025）行政处罚决定数哪年最少？逐年列出", "pingtan", T2, "administrative_penalty", "decisions", (2021, 2025), "min"),
S("x13-s31", "T2-coercion", "平潭２０２１—２０２５年行政强制决定数量", "pingtan", T2, "administrative_coercion", "decisions", (2021, 2025)),
S("x13-s32", "T2-fees+max", "平潭实验区2021至2025年行政事业性收费金额（万元）每年多少，哪年收得最多", "pingtan", T2, "administrative_fees", "fee_amount", (2021, 2025), "max"),
# ---------------- series across formats ----------------
S("x13-s33", "cross-format-no-span", "平潭综合实验区历年收到的政府信息公开申请数量是多少？哪年最多？", "pingtan", T3, "new_received", "total", None, "max", alt=MAP_NEW,
  note="No span: all indexed years 2011–2025. Pre-2019 years use the 统计表 row 受理依申请公开信息总数 (本年度) as the equivalent of 本年新收申请数量; 2015 and 2017 are gaps."),
S("x13-s34", "cross-format-review", "平潭历年行政复议数，从2011年有报告起算，每年多少件", "pingtan", T4, "cases", "review.total", (2011, 2025), None, alt=MAP_REVIEW,
  note="Pre-2019 years use 统计表 行政复议数 (本年度). pingtan_2013 prose mentions 1 复议 application while its table prints 0: table value used."),
S("x13-s35", "cross-format-granted", "平潭综合实验区2012年到2020年，同意公开（予以公开）的答复每年各有几件", "pingtan", T3, "granted", "total", (2012, 2020), None, alt=MAP_GRANT,
  note="Pre-2019 years use 统计表 同意公开答复数 (本年度) as the equivalent of （一）予以公开."),
S("x13-s36", "legacy-row-no-span+max", "平潭综合实验区主动公开信息数历年各是多少条，哪一年最多？", "pingtan", ST, "proactive_total", "this_year", None, "max",
  note="主动公开信息数/文件数 exists only in the pre-2019 统计表; 2019–2025 are not comparable (the national format has no such total). Table values used even where the prose differs (2012: prose 1913, table 739; 2013: prose 4970, table 72804)."),
S("x13-s37", "legacy-cumulative", "平潭实验区2011—2018年统计表里主动公开的历年累计数各是多少", "pingtan", ST, "proactive_total", "cumulative", (2011, 2018),
  note="Values as printed; the chain breaks 2011→2012 and 2012→2013, and 2018 (12106) is smaller than 2016 (85376)."),
S("x13-s38", "legacy-body+sum", "平潭县政府2011到2013年主动公开信息一共多少条？", "pingtan-county", ST, "proactive_total", "this_year", (2011, 2013), "sum"),
S("x13-s39", "legacy-body", "平潭县人民政府每年受理的依申请公开数量（2011-2013）", "pingtan-county", ST, "requests_total", "this_year", (2011, 2013)),
S("x13-s40", "legacy-row-colloquial", "平潭县这几年通过电子邮件提出的公开申请每年几条", "pingtan-county", ST, "req_email", "this_year", None),
S("x13-s41", "legacy-cumulative+max", "平潭县政府对申请的答复数历年累计，11年到13年各是多少", "pingtan-county", ST, "replies_total", "cumulative", (2011, 2013), "max"),
S("x13-s42", "legacy-row", "平潭县2011～2013年网站公开的信息条数逐年", "pingtan-county", ST, "proactive_website", "this_year", (2011, 2013)),
# ---------------- series: 上海市人民政府办公厅 (2019, 2025) ----------------
S("x13-s43", "gaps", "上海市政府办公厅2019年到2025年每年新收多少信息公开申请？", "shanghai-municipal-office", T3, "new_received", "total", (2019, 2025), "max",
  note="Only 2019 and 2025 are in the corpus; 2020–2024 are gaps."),
S("x13-s44", "gaps-short-name", "上海市府办历年结转下年度继续办理的申请数", "shanghai-municipal-office", T3, "carried_to_next_year", "total", None),
S("x13-s45", "gaps-column", "上海市人民政府办公厅历年自然人申请中“本机关不掌握”的件数", "shanghai-municipal-office", T3, "unable_not_held", "natural_person", None,
  note="The 2019 report leaves the result rows' 总计 cells blank, hence the 自然人 column."),
S("x13-s46", "gaps-T4+typo", "上海市政府办公厅历年被申请行政复义的总数各是多少", "shanghai-municipal-office", T4, "cases", "review.total", None),
S("x13-s47", "gaps-colloquial", "上海市办公厅历年把个人的信访投诉类申请不予处理了多少件", "shanghai-municipal-office", T3, "not_processed_petition_complaint", "natural_person", None),

# ---------------- comparisons ----------------
C("x13-c01", "same-year-3", "2024年淮安市政府、上海市科委、平潭综合实验区谁收到的信息公开申请最多？各多少", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], [NR], order="desc"),
C("x13-c02", "same-year-3-typo", "2025年沐阳县、上海市政府办公厅和平潭，新收申请数从高到低排一下", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [NR], order="desc"),
C("x13-c03", "same-year-3", "２０２３年洪泽区政府、沭阳县发改局、平潭综合实验区各自新收了多少申请，谁最少？", ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"], [NR], order="asc"),
C("x13-c04", "same-year-2", "2021年虹口区政府和平潭实验区比，谁收到的公开申请多？", ["hongkou-district_2021", "pingtan_2021"], [NR], order="desc"),
C("x13-c05", "same-year-column", "2019年上海市政府办公厅和平潭综合实验区分别收到自然人申请多少件", ["shanghai-municipal-office_2019", "pingtan_2019"], [("T3", "new_received", "natural_person")], order="desc"),
C("x13-c06", "T4-compare", "二〇二五年沭阳县政府、上海市府办、平潭实验区因信息公开被申请复议的数量比较", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [("T4", "cases", "review.total")], order="desc"),
C("x13-c07", "T4-compare+typo-body", "2024年行政复议：淮按市、平潭、上海市科委，哪家最多", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], [("T4", "cases", "review.total")], order="desc"),
C("x13-c08", "T4-after-review", "2021年复议后起诉的案件，虹口区和平潭分别多少", ["hongkou-district_2021", "pingtan_2021"], [("T4", "cases", "litigation_after_review.total")], order="desc"),
C("x13-c09", "colloquial-row", "2025年因为“手里没有这个信息”答复无法提供的，沭阳县政府、上海市政府办公厅、平潭各有几件？", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [("T3", "unable_not_held", "total")], order="desc"),
C("x13-c10", "rate", "2024年予以公开占办理结果总数的比例，淮安市、平潭综合实验区、上海市科委哪个高？保留两位小数", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], [("T3", "granted", "total")], den=[("T3", "results_total", "total")], pct=True, decimals=2, order="desc", unit="%",
  formula="（一）予以公开.总计 / （七）总计.总计 × 100"),
C("x13-c11", "rate", "2025年“本机关不掌握”占全部办结量的百分比，沭阳县、上海市政府办公厅、平潭各是多少（保留1位小数）", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [("T3", "unable_not_held", "total")], den=[("T3", "results_total", "total")], pct=True, decimals=1, order="desc", unit="%",
  formula="（四）1.本机关不掌握.总计 / （七）总计.总计 × 100"),
C("x13-c12", "T2-compare", "2025年行政处罚决定数量：沭阳县政府对比平潭综合实验区对比上海市政府办公厅", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], [("T2", "administrative_penalty", "decisions")], order="desc"),
C("x13-c13", "irrelevant-clause-first+T2-fees", "我在写一篇关于地方政府收费的课程论文，想问下2024年淮安市和平潭的行政事业性收费金额各多少万元，哪个多", ["huaian-city_2024", "pingtan_2024"], [("T2", "administrative_fees", "fee_amount")], order="desc", unit="万元"),
C("x13-c14", "T2-licensing", "23年行政许可决定数，洪泽区、平潭实验区、沭阳发改局比一比", ["hongze-district_2023", "pingtan_2023", "shuyang-fgj_2023"], [("T2", "administrative_licensing", "decisions")], order="desc"),
C("x13-c15", "all-bodies-newest", "语料里所有单位最新一年的年报，新收政府信息公开申请数量排个名", ["huaian-city_2024", "shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025", "hongkou-district_2021", "shanghai-stcsm_2024", "shuyang-fgj_2023", "hongze-district_2023", "pingtan-county_2013"], [NR], order="desc",
  note="Each body's newest report; years differ (2013–2025). pingtan-county_2013 uses the legacy 统计表: its 受理依申请公开信息总数 is used as the equivalent.", alt={"pre_2019": [("stats", "requests_total", "this_year")]}),
C("x13-c16", "same-year-row", "2021年虹口区和平潭属于行政查询事项不予公开的各几件", ["hongkou-district_2021", "pingtan_2021"], [("T3", "denied_admin_query", "total")], order="desc"),
C("x13-c17", "same-year-3", "2025年结转到下一年继续办的申请：沭阳县、上海市政府办公厅、平潭，各多少？", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [("T3", "carried_to_next_year", "total")], order="desc"),
C("x13-c18", "same-year-2", "2023年部分公开的件数，洪泽区政府和平潭综合实验区相比谁多", ["hongze-district_2023", "pingtan_2023"], [("T3", "partially_granted", "total")], order="desc"),
C("x13-c19", "column", "2024年法律服务机构提交的申请，淮安、市科委、平潭各有多少", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], [("T3", "new_received", "legal_service_org")], order="desc"),
C("x13-c20", "column", "2025年企业（商业企业）来申请公开的，沭阳县政府、上海市政府办公厅、平潭实验区分别几件", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [("T3", "new_received", "commercial_enterprise")], order="desc"),
C("x13-c21", "years-differ", "虹口区政府2021年和淮安市政府2024年的行政复议案件数哪个多？", ["hongkou-district_2021", "huaian-city_2024"], [("T4", "cases", "review.total")], order="desc",
  note="Different years (2021 vs 2024), as the question itself says."),
C("x13-c22", "years-differ-shanghai", "上海的两个：虹口区2021年和市政府办公厅2025年，“没有现成信息需要另行制作”的各几件", ["hongkou-district_2021", "shanghai-municipal-office_2025"], [("T3", "unable_needs_creation", "total")], order="desc",
  note="Different years (2021 vs 2025)."),
C("x13-c23", "same-year-3", "2024年申请人逾期不补正、不再处理的申请，淮安市、上海市科委、平潭分别有几件", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"], [("T3", "other_no_correction_overdue", "total")], order="desc"),
C("x13-c24", "T4-direct", "2025年未经复议直接提起行政诉讼的：沭阳、上海市政府办公厅、平潭各几件", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [("T4", "cases", "litigation_direct.total")], order="desc"),
C("x13-c25", "rate-sum", "2025年（予以公开+部分公开）占办理结果总计的比例，沭阳县、上海市政府办公厅、平潭哪家最高？保留两位小数", ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [("T3", "granted", "total"), ("T3", "partially_granted", "total")], den=[("T3", "results_total", "total")], pct=True, decimals=2, order="desc", unit="%",
  formula="(（一）予以公开.总计 + （二）部分公开.总计) / （七）总计.总计 × 100"),
C("x13-c26", "same-year-2", "2023年洪泽区和平潭综合实验区以四类过程性信息为由不公开的各有几件", ["hongze-district_2023", "pingtan_2023"], [("T3", "denied_process_info", "total")], order=None),
C("x13-c27", "years-differ-county", "沭阳县2025、洪泽区2023、淮安市2024，信访举报投诉类申请不予处理的数量比较", ["shuyang-county_2025", "hongze-district_2023", "huaian-city_2024"], [("T3", "not_processed_petition_complaint", "total")], order="desc",
  note="Three different years, each body's only report."),
C("x13-c28", "legacy-same-year", "2011年平潭综合实验区和平潭县政府主动公开的信息数一样吗？各多少条", ["pingtan_2011", "pingtan-county_2011"], [("stats", "proactive_total", "this_year")], order=None),
C("x13-c29", "legacy-same-year", "2012年平潭县政府和平潭综合实验区受理的依申请公开各多少条", ["pingtan-county_2012", "pingtan_2012"], [("stats", "requests_total", "this_year")], order="desc"),
C("x13-c30", "legacy-same-year", "二〇一三年平潭实验区管委会与平潭县政府，主动公开信息数谁多", ["pingtan_2013", "pingtan-county_2013"], [("stats", "proactive_total", "this_year")], order="desc"),

# ---------------- consistency ----------------
K("x13-k01", "carryover-chain-all", "平潭综合实验区2019到2025年，每年报告的“结转下年度继续办理”和下一年的“上年结转”都对得上吗？", "pingtan",
  [("pingtan_2019", "pingtan_2020"), ("pingtan_2020", "pingtan_2021"), ("pingtan_2021", "pingtan_2022"), ("pingtan_2022", "pingtan_2023"), ("pingtan_2023", "pingtan_2024"), ("pingtan_2024", "pingtan_2025")]),
K("x13-k02", "carryover-column", "平潭2021年结转下年的自然人申请，和2022年报告里上年结转的自然人申请数一致吗", "pingtan", [("pingtan_2021", "pingtan_2022")], column="natural_person"),
K("x13-k03", "carryover-pair", "平潭实验区24年结转到25年的申请数，25年年报里上年结转是不是同一个数", "pingtan", [("pingtan_2024", "pingtan_2025")]),
K("x13-k04", "carryover-format-change", "平潭2020年（试行格式）结转下年度的申请和2021年报告的上年结转衔接上了吗", "pingtan", [("pingtan_2020", "pingtan_2021")]),
K("x13-k05", "carryover-pair", "核对一下：平潭综合实验区2022年度结转数与2023年度上年结转数", "pingtan", [("pingtan_2022", "pingtan_2023")]),
K("x13-k06", "carryover-column-multi", "平潭2021—2025年商业企业这一列，结转下年与次年上年结转是否每年都一致", "pingtan",
  [("pingtan_2021", "pingtan_2022"), ("pingtan_2022", "pingtan_2023"), ("pingtan_2023", "pingtan_2024"), ("pingtan_2024", "pingtan_2025")], column="commercial_enterprise"),
K("x13-k07", "legacy-chain", "平潭县政府2011、2012、2013年统计表的主动公开历年累计数能前后衔接吗（上年累计+本年度=本年累计）", "pingtan-county",
  [("pingtan-county_2011", "pingtan-county_2012"), ("pingtan-county_2012", "pingtan-county_2013")], chain=("proactive_total",)),
K("x13-k08", "legacy-chain-broken", "平潭综合实验区2011年和2012年统计表，主动公开信息数的历年累计对得上吗", "pingtan",
  [("pingtan_2011", "pingtan_2012")], chain=("proactive_total",)),
K("x13-k09", "legacy-chain-mixed", "平潭实验区2012→2013→2014年主动公开的历年累计数是否连贯（上一年累计加当年数）", "pingtan",
  [("pingtan_2012", "pingtan_2013"), ("pingtan_2013", "pingtan_2014")], chain=("proactive_total",)),
K("x13-k10", "legacy-chain-requests", "平潭县受理依申请公开的历年累计，2011到2013年是不是每年都等于上年累计加本年数", "pingtan-county",
  [("pingtan-county_2011", "pingtan-county_2012"), ("pingtan-county_2012", "pingtan-county_2013")], chain=("requests_total",)),
K("x13-k11", "legacy-chain-website", "平潭县网站公开数的历年累计，12年和13年跟上一年接得上吗", "pingtan-county",
  [("pingtan-county_2011", "pingtan-county_2012"), ("pingtan-county_2012", "pingtan-county_2013")], chain=("proactive_website",)),
K("x13-k12", "carryover-pair", "平潭2023年度结转下年度继续办理的件数和2024年度上年结转件数一样不一样", "pingtan", [("pingtan_2023", "pingtan_2024")]),

# ---------------- noyear ----------------
NY("x13-n01", "noyear-cell", "平潭综合实验区新收政府信息公开申请多少件？", "pingtan", "cell", ("T3", "new_received", "total")),
NY("x13-n02", "noyear-narrative-contact", "淮安市政府办公室的联系电话是多少？对年报有疑问想打电话", "huaian-city", "narrative", "0517-83605210"),
NY("x13-n03", "noyear-narrative-fee", "沭阳县收了多少信息处理费", "shuyang-county", "narrative", "收取信息处理费共计380元"),
NY("x13-n04", "noyear-cell-T4", "虹口区政府因信息公开被申请行政复议多少件", "hongkou-district", "cell", ("T4", "cases", "review.total")),
NY("x13-n05", "noyear-short-dept", "市科委行政许可处理决定多少件", "shanghai-stcsm", "cell", ("T2", "administrative_licensing", "decisions")),
NY("x13-n06", "noyear-multi-year-body", "上海市政府办公厅结转下年度继续办理的申请有多少", "shanghai-municipal-office", "cell", ("T3", "carried_to_next_year", "total"),
  note="Body has 2019 and 2025 reports: newest (2025) expected."),
NY("x13-n07", "noyear-derived", "洪泽区不予公开的申请一共几件（把不予公开下面各项加起来）", "hongze-district", "derived",
  [("T3", r, "total") for r in ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability", "denied_third_party_rights", "denied_internal_affairs", "denied_process_info", "denied_enforcement_case_file", "denied_admin_query"]]),
NY("x13-n08", "noyear-dept", "沭阳县发改局收到多少件信息公开申请", "shuyang-fgj", "cell", ("T3", "new_received", "total")),
NY("x13-n09", "noyear-legacy-body", "平潭县人民政府受理依申请公开信息总数是多少", "pingtan-county", "cell", ("stats", "requests_total", "this_year"),
  note="平潭县人民政府: newest report 2013 (legacy 统计表)."),
NY("x13-n10", "noyear-narrative-problem", "平潭综合实验区政府信息公开工作存在哪些问题", "pingtan", "narrative", "平台互动功能仍有不足"),
NY("x13-n11", "noyear-narrative-problem", "上海市人民政府办公厅年报里说存在什么主要问题", "shanghai-municipal-office", "narrative", "政策信息分散于多个平台"),
NY("x13-n12", "noyear-derived-sum", "淮安市予以公开和部分公开加起来多少件", "huaian-city", "derived", [("T3", "granted", "total"), ("T3", "partially_granted", "total")]),
NY("x13-n13", "noyear-T4", "平潭实验区行政复议案件总数", "pingtan", "cell", ("T4", "cases", "review.total")),

# ---------------- nobody ----------------
NB("x13-b01", "nobody-fee", "申请政府信息公开要不要交钱？", [("pingtan_2022", "无收取信息处理费情况"), ("shanghai-municipal-office_2025", "本机关未收取信息公开处理费"), ("shuyang-county_2025", "收取信息处理费共计380元"), ("huaian-city_2024", "全年收取政府信息公开信息处理费 3940 元")]),
NB("x13-b02", "nobody-download", "政府信息公开年报在哪里可以下载到", [("pingtan_2019", "的“政府信息公开专栏”中下载"), ("pingtan_2023", "网站上（www.pingtan.gov.cn）下载")]),
NB("x13-b03", "nobody-contact", "对年度报告有疑问找哪个部门联系", [("huaian-city_2024", "请与淮安市人民政府办公室联系"), ("pingtan_2023", "请与平潭综合实验区管委会办公室联系"), ("pingtan-county_2013", "请与平潭县人民政府办公室联系")]),
NB("x13-b04", "nobody-channel", "依申请公开怎么提交，有哪些渠道", [("pingtan_2022", "畅通线上、线下申请渠道"), ("shanghai-municipal-office_2019", "实现全市依申请统一受理入口和统一办理功能")]),
NB("x13-b05", "nobody-period", "年报数据统计的是哪段时间", [("pingtan_2025", "统计期限为2025年1月1日至2025年12月31日"), ("pingtan_2019", "统计期限自2019年1月1日起至2019年12月31日止")]),
NB("x13-b06", "nobody-training", "政务公开业务培训一般怎么搞的", [("hongkou-district_2021", "开展新进公务员政务公开通识培训2次"), ("shanghai-municipal-office_2019", "组织开展了全市政务公开业务培训")]),

# ---------------- unanswerable ----------------
U("x13-u01", "year-gap", "平潭综合实验区2015年和2017年分别收到多少政府信息公开申请？", "year_not_indexed", note="2015 and 2017 reports are not in the corpus."),
U("x13-u02", "body-not-indexed-neighbour", "福州市政府和平潭综合实验区2023年新收申请数对比", "body_not_indexed", note="福州市 (Pingtan's neighbouring prefecture) has no report in the corpus."),
U("x13-u03", "body-not-indexed-shanghai-district", "上海黄浦区政府2022年和2023年依申请公开数量变化", "body_not_indexed", note="No 黄浦区 report; only 虹口区 2021 among Shanghai districts."),
U("x13-u04", "year-span-not-indexed", "淮安市人民政府2020到2023年每年收到多少信息公开申请", "year_not_indexed", note="Only the 2024 淮安市 report is indexed."),
U("x13-u05", "year-not-indexed", "虹口区2022年比2021年新收申请多了还是少了", "year_not_indexed", note="Only 虹口区 2021 is indexed."),
U("x13-u06", "no-such-figure", "平潭综合实验区历年政务公开工作经费各是多少万元", "no_such_figure"),
U("x13-u07", "body-not-indexed-sibling-dept", "沭阳县公安局和沭阳县发改局哪个收到的信息公开申请多", "body_not_indexed", note="沭阳县公安局 is not in the corpus (only 沭阳县人民政府 and 沭阳县发展和改革局)."),
U("x13-u08", "consistency-year-missing", "上海市政府办公厅2019年结转下年度的申请在2020年报告里对上了吗", "year_not_indexed", note="The 2020 report of the body is not in the corpus."),
U("x13-u09", "body-not-indexed-same-city", "宿迁市政府2024年和淮安市政府2024年行政复议数量比较", "body_not_indexed", note="宿迁市 (沭阳县's prefecture) is not indexed."),

# ---------------- followups ----------------
F("x13-f01", "series->column->pick", [
  ("series", "平潭综合实验区2021到2025年新收申请总数每年多少", S(None, None, None, "pingtan", T3, "new_received", "total", (2021, 2025))),
  ("series", "那自然人呢？", S(None, None, None, "pingtan", T3, "new_received", "natural_person", (2021, 2025))),
  ("series", "哪年最多？", S(None, None, None, "pingtan", T3, "new_received", "natural_person", (2021, 2025), "max")),
]),
F("x13-f02", "comparison->T4", [
  ("comparison", "2024年淮安市、平潭实验区、上海市科委新收申请各多少", C(None, None, None, ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], [NR], order="desc")),
  ("comparison", "那复议呢", C(None, None, None, ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], [("T4", "cases", "review.total")], order="desc")),
]),
F("x13-f03", "series->T4-blocks", [
  ("series", "平潭2021—2025年行政复议每年几件", S(None, None, None, "pingtan", T4, "cases", "review.total", (2021, 2025))),
  ("series", "直接起诉的呢", S(None, None, None, "pingtan", T4, "cases", "litigation_direct.total", (2021, 2025))),
  ("series", "复议完了又去起诉的呢？加起来多少", S(None, None, None, "pingtan", T4, "cases", "litigation_after_review.total", (2021, 2025), "sum")),
]),
F("x13-f04", "comparison->legal-person-sum", [
  ("comparison", "2025年沭阳县政府、上海市政府办公厅、平潭新收申请数比较", C(None, None, None, ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"], [NR], order="desc")),
  ("comparison", "其中法人或其他组织的呢", C(None, None, None, ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"],
     [("T3", "new_received", c) for c in ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]], order="desc",
     formula="商业企业+科研机构+社会公益组织+法律服务机构+其他 (本年新收)")),
]),
F("x13-f05", "legacy-series->row", [
  ("series", "平潭县政府2011到2013年主动公开信息数", S(None, None, None, "pingtan-county", ST, "proactive_total", "this_year", (2011, 2013))),
  ("series", "依申请的呢", S(None, None, None, "pingtan-county", ST, "requests_total", "this_year", (2011, 2013))),
]),
F("x13-f06", "series->unanswerable-year->series", [
  ("series", "上海市政府办公厅历年新收的信息公开申请", S(None, None, None, "shanghai-municipal-office", T3, "new_received", "total", None)),
  ("unanswerable", "2022年那年呢", U(None, None, None, "year_not_indexed")),
  ("series", "那结转到下一年的呢，有报告的年份列出来", S(None, None, None, "shanghai-municipal-office", T3, "carried_to_next_year", "total", None)),
]),
F("x13-f07", "comparison->row->unanswerable", [
  ("comparison", "2021年虹口区和平潭予以公开的各多少件", C(None, None, None, ["hongkou-district_2021", "pingtan_2021"], [("T3", "granted", "total")], order="desc")),
  ("comparison", "本机关不掌握的呢", C(None, None, None, ["hongkou-district_2021", "pingtan_2021"], [("T3", "unable_not_held", "total")], order="desc")),
  ("unanswerable", "虹口2022年呢", U(None, None, None, "year_not_indexed")),
]),
F("x13-f08", "series->other-format->series", [
  ("series", "平潭2021到2025年行政事业性收费金额", S(None, None, None, "pingtan", T2, "administrative_fees", "fee_amount", (2021, 2025))),
  ("unanswerable", "2020年的收费金额呢", U(None, None, None, "not_in_this_format", note="2020 uses the 2019 trial T2 (上一年项目数量/本年增减, no 收费金额 column); its cells are also run together.")),
  ("series", "那行政处罚呢，21到25年", S(None, None, None, "pingtan", T2, "administrative_penalty", "decisions", (2021, 2025))),
]),
F("x13-f09", "comparison->unanswerable->cell", [
  ("comparison", "2023年洪泽区和平潭综合实验区新收申请多少", C(None, None, None, ["hongze-district_2023", "pingtan_2023"], [NR], order="desc")),
  ("unanswerable", "洪泽2024年呢", U(None, None, None, "year_not_indexed", note="洪泽区 2024 report is not in the corpus.")),
  ("cell", "平潭2024年的呢", ("pingtan_2024", ("T3", "new_received", "total"))),
]),
F("x13-f10", "series->pick->row", [
  ("series", "平潭2019～2025年本机关不掌握相关信息的申请每年多少", S(None, None, None, "pingtan", T3, "unable_not_held", "total", (2019, 2025))),
  ("series", "哪一年最多", S(None, None, None, "pingtan", T3, "unable_not_held", "total", (2019, 2025), "max")),
  ("series", "那部分公开呢", S(None, None, None, "pingtan", T3, "partially_granted", "total", (2019, 2025))),
]),
F("x13-f11", "series->consistency", [
  ("series", "平潭2021到2025年每年结转下年度继续办理多少件", S(None, None, None, "pingtan", T3, "carried_to_next_year", "total", (2021, 2025))),
  ("consistency", "这些和第二年报告里的上年结转对得上吗", K(None, None, None, "pingtan",
     [("pingtan_2021", "pingtan_2022"), ("pingtan_2022", "pingtan_2023"), ("pingtan_2023", "pingtan_2024"), ("pingtan_2024", "pingtan_2025")])),
]),
F("x13-f12", "comparison->rate", [
  ("comparison", "2024年淮安市和平潭综合实验区办理结果总计各多少", C(None, None, None, ["huaian-city_2024", "pingtan_2024"], [("T3", "results_total", "total")], order="desc")),
  ("comparison", "其中予以公开占多少比例？保留一位小数", C(None, None, None, ["huaian-city_2024", "pingtan_2024"], [("T3", "granted", "total")], den=[("T3", "results_total", "total")], pct=True, decimals=1, order="desc", unit="%",
     formula="（一）予以公开.总计 / （七）总计.总计 × 100")),
]),
]
