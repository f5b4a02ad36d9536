# -*- coding: utf-8 -*-
"""Cross-report question specs for blind set x8 (no typed numbers: every figure is looked up in the gold cells).

Concept = which cell(s) a question means, per table format:
  {"cells": [(table,row,col),...]}              value = sum of the cells (one cell for most)
  optional "pre": [...]   cells to use in a pre_2019 report (legacy 统计表) instead; "pre": None = not comparable
  optional "trial": [...] cells to use in a 2019_trial report instead
A year whose report lacks any needed cell key (the row does not exist in that format) is "not comparable".
"""

def C(*cells, pre="auto", trial="auto", unit="件"):
    d = {"cells": list(cells), "unit": unit}
    if pre != "auto":
        d["pre"] = pre
    if trial != "auto":
        d["trial"] = trial
    return d

def T3(row, col="total"):
    return ("T3", row, col)

def T4(col):
    return ("T4", "cases", col)

def T2(row, col):
    return ("T2", row, col)

def S(row, col="this_year"):
    return ("stats", row, col)

DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]
UNABLE = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
ORGS = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]

# concepts used several times
NEW_TOTAL = C(T3("new_received"), pre=None)
NEW_TOTAL_MAPPED = C(T3("new_received"), pre=[S("requests_total")])   # 受理依申请公开信息总数 taken as the legacy equivalent
REVIEW_TOTAL = C(T4("review.total"), pre=None)
REVIEW_MAPPED = C(T4("review.total"), pre=[S("admin_review")])          # 行政复议数 taken as the legacy equivalent
LIT_SUM = C(T4("litigation_direct.total"), T4("litigation_after_review.total"), pre=None)
OTHER_PROC = C(T3("other_no_correction_overdue"), T3("other_fee_unpaid_overdue"), T3("other_other"),
               pre=None, trial=[T3("other_processing")])
GRANTED = C(T3("granted"), pre=None)
RESULTS = C(T3("results_total"), pre=None)

def rate(num, den, decimals):
    return {"num": num, "den": den, "decimals": decimals}

PT = "pingtan"
PC = "pingtan-county"
SO = "shanghai-municipal-office"

ITEMS = [
# ------------------------------------------------------------------ series
dict(kind="series", cls="span+pick-max", body=PT, span=[2019, 2025], concept=NEW_TOTAL, pick="max",
     question="平潭综合实验区2019到2025年每年新收的政府信息公开申请各有多少件？哪一年最多？"),
dict(kind="series", cls="all-years+legacy-mapping", body=PT, span=None, concept=NEW_TOTAL_MAPPED, pick=None,
     question="平潭实验区历年收到的依申请公开数量能列一下吗",
     note="No span: all indexed years 2011–2025 (gaps 2015, 2017). Legacy years use 统计表 受理依申请公开信息总数 (本年度) as the equivalent of 本年新收申请 总计."),
dict(kind="series", cls="fullwidth-digits+applicant-column", body=PT, span=[2021, 2025], concept=C(T3("new_received", "natural_person"), pre=None), pick=None,
     question="２０２１－２０２５年平潭综合实验区自然人提出的信息公开申请数各是多少"),
dict(kind="series", cls="colloquial-column+sum", body=PT, span=[2019, 2025], concept=C(T3("new_received", "commercial_enterprise"), pre=None), pick="sum",
     question="平潭管委会这几年企业来申请公开信息的有多少？2019年到2025年加起来是几件"),
dict(kind="series", cls="result-row+pick-max", body=PT, span=[2019, 2025], concept=GRANTED, pick="max",
     question="平潭实验区予以公开的件数2019-2025年是怎么变化的，哪年最高"),
dict(kind="series", cls="chinese-numeral-years", body=PT, span=[2019, 2025], concept=C(T3("partially_granted"), pre=None), pick=None,
     question="平潭综实区部分公开的申请从二〇一九年到二〇二五年每年是多少"),
dict(kind="series", cls="description-not-label", body=PT, span=[2019, 2025], concept=C(T3("unable_not_held"), pre=None), pick=None,
     question="平潭实验区每年因为“我们这没有这个信息”答复无法提供的有多少件？2019—2025"),
dict(kind="series", cls="T4-review+sum", body=PT, span=[2019, 2025], concept=REVIEW_TOTAL, pick="sum",
     question="平潭实验区因为信息公开被人申请行政复议，2019年到2025年一共多少件"),
dict(kind="series", cls="T4-litigation-direct+pick-max", body=PT, span=[2019, 2025], concept=C(T4("litigation_direct.total"), pre=None), pick="max",
     question="平潭综合实验区近几年没经过复议直接被告上法院的信息公开案子每年多少？哪一年最多？",
     note="近几年 read as the indexed years of the current/trial formats, 2019–2025."),
dict(kind="series", cls="T4-after-review", body=PT, span=[2021, 2025], concept=C(T4("litigation_after_review.total"), pre=None), pick=None,
     question="2021年到2025年，平潭复议之后又起诉的行政诉讼各有几件"),
dict(kind="series", cls="T4-subcolumn+sum+short-year", body=PT, span=[2021, 2025], concept=C(T4("review.corrected"), pre=None), pick="sum",
     question="平潭实验区行政复议结果被纠正的，21到25年合计多少"),
dict(kind="series", cls="carry-row", body=PT, span=[2019, 2025], concept=C(T3("carried_to_next_year"), pre=None), pick=None,
     question="平潭结转到下一年继续办的申请，2019-2025每年多少"),
dict(kind="series", cls="row-only-in-2021-format", body=PT, span=[2019, 2025], concept=C(T3("other_no_correction_overdue"), pre=None), pick="max",
     question="平潭综合实验区申请人逾期不补正、机关不再处理的申请，2019到2025年每年几件？哪年最多",
     note="2019/2020 use the trial format, which has only one （六）其他处理 row: those years are not comparable."),
dict(kind="series", cls="recent-n-years", body=PT, span=[2021, 2025], concept=C(T3("other_fee_unpaid_overdue"), pre=None), pick="sum",
     question="平潭综合实验区近五年因为逾期没交费被终止处理的申请有几件",
     note="近五年 = the five newest indexed years 2021–2025."),
dict(kind="series", cls="denied-subrow+pick-max", body=PT, span=[2021, 2025], concept=C(T3("denied_internal_affairs"), pre=None), pick="max",
     question="平潭实验区以内部事务信息为由不公开的，2021年以来哪年最多"),
dict(kind="series", cls="keyword-only", body=PT, span=[2021, 2025], concept=C(T3("denied_enforcement_case_file"), pre=None), pick=None,
     question="平潭 行政执法案卷 不予公开 2021~2025"),
dict(kind="series", cls="not-processed+sum", body=PT, span=[2019, 2025], concept=C(T3("not_processed_duplicate"), pre=None), pick="sum",
     question="平潭实验区重复申请不予处理的每年有几件，2019到2025合计多少"),
dict(kind="series", cls="keyword-only", body=PT, span=[2019, 2025], concept=C(T3("unable_unclear_after_correction"), pre=None), pick=None,
     question="平潭 补正后申请内容仍不明确 2019-2025 每年"),
dict(kind="series", cls="T2-licensing+pick-max", body=PT, span=[2021, 2025], concept=C(T2("administrative_licensing", "decisions"), pre=None), pick="max",
     question="平潭综合实验区行政许可处理决定数2021年到2025年各是多少，哪年最多"),
dict(kind="series", cls="T2-penalty+pick-min", body=PT, span=[2021, 2025], concept=C(T2("administrative_penalty", "decisions"), pre=None), pick="min",
     question="平潭实验区行政处罚决定数量这几年是升是降？2021—2025年最少的是哪年"),
dict(kind="series", cls="T2-coercion+typo", body=PT, span=[2021, 2025], concept=C(T2("administrative_coercion", "decisions"), pre=None), pick=None,
     question="平潭行政强治决定 2021到2025 每年多少"),
dict(kind="series", cls="T2-fee-wanyuan+pick-max", body=PT, span=[2021, 2025], concept=C(T2("administrative_fees", "fee_amount"), pre=None, unit="万元"), pick="max",
     question="平潭综合实验区行政事业性收费金额2021至2025年每年多少万元，哪一年收得最多"),
dict(kind="series", cls="legacy-stats+pick-max", body=PT, span=[2011, 2018], concept=C(S("proactive_total"), unit="条"), pick="max",
     question="平潭综合实验区2011年到2018年统计表里主动公开的信息每年多少条？哪年最多",
     note="Table figures (gold); the 2012 and 2013 prose give other totals (1913, 4970)."),
dict(kind="series", cls="legacy-row-not-in-new-format", body=PT, span=[2011, 2025], concept=C(S("proactive_total"), unit="条"), pick=None,
     question="平潭实验区从2011年到2025年每年主动公开了多少条政府信息（按统计表）",
     note="The 2019 and 2021 national tables have no 主动公开信息数 row (T2 counts only rules/normative documents and decisions): 2019–2025 are not comparable."),
dict(kind="series", cls="typo+legacy-sum", body=PT, span=[2011, 2018], concept=C(S("requests_total"), unit="条"), pick="sum",
     question="平谭实验区2011—2018年受理依申请公开信息总数加起来多少"),
dict(kind="series", cls="legacy-subrow", body=PT, span=[2011, 2018], concept=C(S("req_online"), unit="条"), pick=None,
     question="平潭综合实验区2011到2018年网上申请数各是多少"),
dict(kind="series", cls="review-across-three-formats", body=PT, span=[2011, 2025], concept=REVIEW_MAPPED, pick=None,
     question="平潭实验区2011年以来每年因为政府信息公开被申请行政复议多少件",
     note="Legacy years: 统计表 行政复议数 (本年度); 2019+: 表四 行政复议 总计. 2013 prose mentions 1 复议申请 while its table says 0 (table kept)."),
dict(kind="series", cls="legacy-reply-row", body=PT, span=[2011, 2018], concept=C(S("reply_full"), unit="条"), pick=None,
     question="平潭管委会同意公开答复数 2011-2018 每年"),
dict(kind="series", cls="row-only-in-new-formats", body=PT, span=[2016, 2025], concept=C(T3("unable_not_held"), pre=None), pick=None,
     question="平潭实验区2016年到2025年“本机关不掌握相关政府信息”每年多少件",
     note="2016 and 2018 use the legacy 统计表, which has no such row: not comparable."),
dict(kind="series", cls="column-absent-in-legacy", body=PT, span=None, concept=C(T3("new_received", "natural_person"), pre=None), pick=None,
     question="平潭综合实验区历年以个人名义提出的信息公开申请数",
     note="No span: all indexed years 2011–2025; the legacy 统计表 has no applicant breakdown."),
dict(kind="series", cls="group-row-2019-vs-2021", body=PT, span=[2019, 2025], concept=OTHER_PROC, pick=None,
     question="平潭实验区（六）其他处理这一类每年有多少件，2019到2025",
     note="2019/2020 trial format: the single （六）其他处理 row; 2021+: sum of its three sub-rows (the group has no subtotal row)."),
dict(kind="series", cls="county-legacy+pick-max", body=PC, span=[2011, 2013], concept=C(S("proactive_total"), unit="条"), pick="max",
     question="平潭县人民政府2011到2013年主动公开信息数，哪年最多"),
dict(kind="series", cls="county-legacy+sum", body=PC, span=[2011, 2013], concept=C(S("requests_total"), unit="条"), pick="sum",
     question="平潭县政府2011-2013年一共受理了多少依申请公开"),
dict(kind="series", cls="county-year-list", body=PC, span=[2011, 2013], concept=C(S("replies_total"), unit="条"), pick=None,
     question="平潭县政府对申请的答复数，2011、2012、2013这三年分别多少"),
dict(kind="series", cls="county-colloquial-subrow", body=PC, span=[2011, 2013], concept=C(S("req_in_person"), unit="条"), pick=None,
     question="平潭县跑到窗口当面申请信息公开的，2011至2013每年几条"),
dict(kind="series", cls="chinese-numeral-years+sum", body=PC, span=[2011, 2013], concept=C(S("req_email"), unit="条"), pick="sum",
     question="平潭县 电子邮件申请数 二〇一一到二〇一三 合计"),
dict(kind="series", cls="two-years-with-gap", body=SO, span=None, concept=NEW_TOTAL, pick=None,
     question="上海市政府办公厅历年新收的政府信息公开申请数"),
dict(kind="series", cls="short-name+carry-row", body=SO, span=[2019, 2025], concept=C(T3("carried_to_next_year"), pre=None), pick=None,
     question="上海市府办2019年到2025年，每年结转到下一年办理的申请有多少"),
dict(kind="series", cls="T4+pick-max", body=SO, span=None, concept=REVIEW_TOTAL, pick="max",
     question="上海市人民政府办公厅这些年被申请行政复议的数量，哪年多"),
dict(kind="series", cls="T4-litigation-direct", body=SO, span=None, concept=C(T4("litigation_direct.total"), pre=None), pick=None,
     question="沪府办公厅 未经复议直接起诉的行政诉讼 历年"),
dict(kind="series", cls="span-mostly-gaps", body=SO, span=[2019, 2022], concept=NEW_TOTAL, pick=None,
     question="上海市政府办公厅2019到2022年每年新收申请多少件"),
dict(kind="series", cls="applicant-column", body=SO, span=None, concept=C(T3("new_received", "commercial_enterprise"), pre=None), pick=None,
     question="上海市政府办公厅历年商业企业提的申请有多少"),
dict(kind="series", cls="single-year-body", body="hongkou-district", span=[2019, 2023], concept=NEW_TOTAL, pick=None,
     question="虹口区政府2019年到2023年每年新收多少政府信息公开申请"),
dict(kind="series", cls="row-only-in-2021-format", body=SO, span=None, concept=C(T3("other_other"), pre=None), pick=None,
     question="上海市政府办公厅其他处理里“3.其他”那一项历年是多少",
     note="2019 trial format has a single （六）其他处理 row, no '3.其他' sub-row: not comparable."),
dict(kind="series", cls="unable-not-held-natural", body=SO, span=None, concept=C(T3("unable_not_held", "natural_person"), pre=None), pick=None,
     question="上海市政府办公厅历年自然人申请里本机关不掌握的有几件",
     note="Asked for the 自然人 column: the 2019 report leaves the 总计 cell of this row blank."),
dict(kind="series", cls="year-at-end", body=PT, span=[2022, 2024], concept=C(T3("denied_process_info"), pre=None), pick=None,
     question="平潭实验区过程性信息不公开的件数 2022 2023 2024"),

# ------------------------------------------------------------------ comparison
dict(kind="comparison", cls="three-bodies-rank", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], concept=NEW_TOTAL, order="desc",
     question="2025年平潭综合实验区、上海市政府办公厅、沭阳县政府，哪家新收的依申请公开最多"),
dict(kind="comparison", cls="fullwidth+T4-rank", reports=["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], concept=REVIEW_TOTAL, order="desc",
     question="２０２５年 平潭、沭阳县、上海市府办 行政复议总数排个序"),
dict(kind="comparison", cls="rate-stated", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], rate=rate(GRANTED, RESULTS, 2), order=None, unit="%",
     question="2025年平潭实验区、上海市政府办公厅、沭阳县人民政府的予以公开率分别多少？用予以公开除以办理结果总计，保留两位小数"),
dict(kind="comparison", cls="rank-asc", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], concept=C(T3("unable_not_held"), pre=None), order="asc",
     question="2025年平潭、上海市政府办公厅和沭阳，“本机关不掌握”各多少件？谁最少"),
dict(kind="comparison", cls="derived-litigation-sum", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], concept=LIT_SUM, order="desc",
     question="2025年三家被提起行政诉讼的总数（直接起诉加复议后起诉）谁最多：平潭综合实验区、上海市政府办公厅、沭阳县"),
dict(kind="comparison", cls="chinese-numeral-year+T2", reports=["shuyang-county_2025", "pingtan_2025"], concept=C(T2("administrative_licensing", "decisions"), pre=None), order="desc",
     question="二〇二五年沭阳县和平潭实验区的行政许可决定数量谁多"),
dict(kind="comparison", cls="T2-fee-wanyuan", reports=["pingtan_2025", "shuyang-county_2025"], concept=C(T2("administrative_fees", "fee_amount"), pre=None, unit="万元"), order=None, unit="万元",
     question="2025年平潭实验区跟沭阳县行政事业性收费金额分别是多少万元"),
dict(kind="comparison", cls="rate-correction", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], rate=rate(C(T4("review.corrected"), pre=None), REVIEW_TOTAL, 2), order="desc", unit="%",
     question="2025年行政复议被纠正的比例（结果纠正÷复议总计×100%）哪家最高？平潭、上海市政府办公厅、沭阳县，保留2位小数"),
dict(kind="comparison", cls="three-bodies-2024-rank", reports=["pingtan_2024", "huaian-city_2024", "shanghai-stcsm_2024"], concept=NEW_TOTAL, order="desc",
     question="2024年平潭综合实验区、淮安市政府、上海市科委收到的政府信息公开申请排个名"),
dict(kind="comparison", cls="T4-two-bodies", reports=["huaian-city_2024", "pingtan_2024"], concept=REVIEW_TOTAL, order=None,
     question="2024年淮安市和平潭实验区行政复议总计各多少"),
dict(kind="comparison", cls="rare-column", reports=["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], concept=C(T3("new_received", "legal_service_org"), pre=None), order=None,
     question="2024年律师事务所这类法律服务机构提交的申请，淮安、平潭、市科委各有几件"),
dict(kind="comparison", cls="T2-penalty-rank", reports=["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], concept=C(T2("administrative_penalty", "decisions"), pre=None), order="desc",
     question="2024年行政处罚决定数 淮安市 vs 平潭综合实验区 vs 上海科委"),
dict(kind="comparison", cls="denied-subrow", reports=["pingtan_2024", "huaian-city_2024"], concept=C(T3("denied_internal_affairs"), pre=None), order="desc",
     question="2024年因属于三类内部事务信息不予公开的，平潭和淮安谁多"),
dict(kind="comparison", cls="fullwidth+other-subrow", reports=["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], concept=C(T3("other_no_correction_overdue"), pre=None), order=None,
     question="２０２４年申请人逾期不补正不再处理的，淮安、平潭、市科委分别几件"),
dict(kind="comparison", cls="rate-group-sum", reports=["pingtan_2024", "huaian-city_2024", "shanghai-stcsm_2024"], rate=rate(C(*[T3(r) for r in DENIED], pre=None), RESULTS, 2), order=None, unit="%",
     question="2024年淮安市、平潭实验区、上海市科委不予公开（八小项加起来）占办理结果总计的百分比各是多少？保留两位"),
dict(kind="comparison", cls="three-bodies-2023", reports=["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], concept=NEW_TOTAL, order="desc",
     question="2023年平潭实验区、洪泽区和沭阳县发改局新收申请数，谁最多"),
dict(kind="comparison", cls="short-dept-name", reports=["hongze-district_2023", "shuyang-fgj_2023"], concept=GRANTED, order=None,
     question="23年洪泽区政府和沭阳发改局予以公开的各多少件"),
dict(kind="comparison", cls="T2-penalty-2023", reports=["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], concept=C(T2("administrative_penalty", "decisions"), pre=None), order="desc",
     question="2023年行政处罚决定数：平潭、洪泽、沭阳发改局，谁最多"),
dict(kind="comparison", cls="T2-valid-docs", reports=["hongze-district_2023", "shuyang-fgj_2023"], concept=C(T2("normative_documents", "valid"), pre=None), order="desc",
     question="2023年洪泽区跟沭阳县发展改革局现行有效的规范性文件谁多"),
dict(kind="comparison", cls="quoted-label", reports=["pingtan_2023", "hongze-district_2023"], concept=C(T3("unable_not_held"), pre=None), order=None,
     question="2023年平潭与洪泽“本机关不掌握相关政府信息”的件数比较"),
dict(kind="comparison", cls="two-bodies-2021", reports=["pingtan_2021", "hongkou-district_2021"], concept=NEW_TOTAL, order="desc",
     question="2021年平潭综合实验区和上海虹口区新收信息公开申请谁多"),
dict(kind="comparison", cls="T4-2021", reports=["hongkou-district_2021", "pingtan_2021"], concept=REVIEW_TOTAL, order=None,
     question="2021年虹口区与平潭实验区因政府信息公开被申请复议的数量对比"),
dict(kind="comparison", cls="denied-admin-query", reports=["hongkou-district_2021", "pingtan_2021"], concept=C(T3("denied_admin_query"), pre=None), order=None,
     question="2021年 虹口 平潭 属于行政查询事项不予公开的 多少"),
dict(kind="comparison", cls="rate-group-1dp", reports=["pingtan_2021", "hongkou-district_2021"], rate=rate(C(*[T3(r) for r in UNABLE], pre=None), RESULTS, 1), order=None, unit="%",
     question="2021年平潭与虹口区“无法提供”（三小项合计）占办理结果总数的比例各是多少，保留1位小数"),
dict(kind="comparison", cls="trial-format-2019", reports=["pingtan_2019", "shanghai-municipal-office_2019"], concept=NEW_TOTAL, order=None,
     question="2019年平潭综合实验区和上海市政府办公厅新收申请数各多少"),
dict(kind="comparison", cls="trial-format-carry", reports=["pingtan_2019", "shanghai-municipal-office_2019"], concept=C(T3("carried_to_next_year"), pre=None), order=None,
     question="2019年两家（平潭实验区、上海市府办）结转下年度继续办理的分别多少"),
dict(kind="comparison", cls="trial-natural-column", reports=["pingtan_2019", "shanghai-municipal-office_2019"], concept=C(T3("not_processed_duplicate", "natural_person"), pre=None), order=None,
     question="2019年自然人的重复申请，平潭和上海市政府办公厅各几件",
     note="Asked for the 自然人 column: the Shanghai 2019 row leaves its 总计 cell blank."),
dict(kind="comparison", cls="legacy-two-pingtan-bodies", reports=["pingtan-county_2012", "pingtan_2012"], concept=C(S("proactive_total"), unit="条"), order="desc", unit="条",
     question="2012年平潭县政府和平潭综合实验区统计表里主动公开信息数哪个多"),
dict(kind="comparison", cls="legacy-requests-2013", reports=["pingtan-county_2013", "pingtan_2013"], concept=C(S("requests_total"), unit="条"), order=None, unit="条",
     question="2013年平潭县与平潭实验区受理依申请公开信息总数各多少"),
dict(kind="comparison", cls="years-differ", reports=["hongkou-district_2021", "huaian-city_2024"], concept=REVIEW_TOTAL, order="desc", years_differ=True,
     question="虹口区2021年和淮安市2024年的行政复议数量比一比",
     note="Different years as asked (each body has only that year)."),
dict(kind="comparison", cls="years-differ+no-year", reports=["shuyang-fgj_2023", "shuyang-county_2025"], concept=NEW_TOTAL, order=None, years_differ=True,
     question="沭阳县发改局和沭阳县政府新收的信息公开申请各多少",
     note="No year asked: each body's only report (发改局 2023, 县政府 2025)."),
dict(kind="comparison", cls="years-differ+same-city", reports=["shanghai-stcsm_2024", "shanghai-municipal-office_2025"], concept=NEW_TOTAL, order="desc", years_differ=True,
     question="上海市科委跟上海市政府办公厅比，谁收到的信息公开申请多",
     note="No year asked: newest report of each (科委 2024, 办公厅 2025)."),
dict(kind="comparison", cls="years-differ+district-vs-city", reports=["hongze-district_2023", "huaian-city_2024"], concept=C(T2("administrative_licensing", "decisions"), pre=None), order=None, years_differ=True,
     question="洪泽区和淮安市的行政许可决定数对比一下",
     note="No year asked: 洪泽区 2023 and 淮安市 2024 are the only reports."),
dict(kind="comparison", cls="all-bodies-newest", reports=["pingtan_2025", "pingtan-county_2013", "shanghai-municipal-office_2025", "shanghai-stcsm_2024", "hongkou-district_2021", "huaian-city_2024", "hongze-district_2023", "shuyang-county_2025", "shuyang-fgj_2023"], concept=NEW_TOTAL_MAPPED, order="desc", years_differ=True,
     question="库里每个单位最新一年的年报，收到的政府信息公开申请数排个名",
     note="Newest report of each of the 9 bodies; 平潭县 2013 is legacy format: 受理依申请公开信息总数 used as the equivalent."),

# ------------------------------------------------------------------ consistency
dict(kind="consistency", cls="carry-chain-total", body=PT, span=[2019, 2025], mode="carry", column="total",
     question="平潭综合实验区2019到2025年，每年的结转下年度和下一年报告的上年结转数能对上吗"),
dict(kind="consistency", cls="carry-one-pair", body=PT, span=[2021, 2022], mode="carry", column="total",
     question="平潭实验区2021年结转到2022年的申请，2022年报告里的上年结转对得上吗"),
dict(kind="consistency", cls="carry-one-pair-colloquial", body=PT, span=[2024, 2025], mode="carry", column="total",
     question="平潭24年底没办完转过去的，和25年年报写的上年结转一致不"),
dict(kind="consistency", cls="carry-chain-natural", body=PT, span=[2021, 2025], mode="carry", column="natural_person",
     question="只看自然人那一列，平潭2021-2025年每年结转下年度和次年上年结转是否一致"),
dict(kind="consistency", cls="carry-commercial", body=PT, span=[2022, 2023], mode="carry", column="commercial_enterprise",
     question="平潭实验区2022到2023年，商业企业那列的结转前后衔接吗"),
dict(kind="consistency", cls="carry-trial-pair", body=PT, span=[2019, 2020], mode="carry", column="total",
     question="核对一下平潭2019年结转下年度继续办理和2020年上年结转政府信息公开申请数量"),
dict(kind="unanswerable", cls="consistency-no-consecutive-years", reason="year_not_indexed",
     question="上海市政府办公厅2019年结转下年度的申请数，跟2020年年报的上年结转对得上吗",
     note="Only 2019 and 2025 of this body are indexed: the 2020 report is not in the corpus."),
dict(kind="consistency", cls="cumulative-chain-county", body=PC, span=[2011, 2013], mode="cumulative", row="proactive_total",
     question="平潭县政府2011-2013年统计表主动公开信息数的历年累计能接上吗（上年累计加本年度等于本年累计）"),
dict(kind="consistency", cls="cumulative-chain-broken", body=PT, span=[2011, 2014], mode="cumulative", row="proactive_total",
     question="平潭综合实验区2011到2014年主动公开信息数的历年累计前后一致吗"),
dict(kind="consistency", cls="cumulative-requests", body=PC, span=[2011, 2013], mode="cumulative", row="requests_total",
     question="平潭县2011—2013受理依申请公开信息总数的历年累计对不对得上"),
dict(kind="consistency", cls="cumulative-one-pair", body=PT, span=[2013, 2014], mode="cumulative", row="requests_total",
     question="平潭实验区2013年和2014年受理依申请公开的累计数衔接吗"),
dict(kind="consistency", cls="cumulative-replies", body=PC, span=[2012, 2013], mode="cumulative", row="replies_total",
     question="平潭县2012年到2013年对申请的答复数历年累计核对一下"),
dict(kind="consistency", cls="cumulative-website", body=PT, span=[2013, 2014], mode="cumulative", row="proactive_website",
     question="平潭管委会网站公开数，2013年的历年累计加上2014年本年度，等不等于2014年的历年累计"),

# ------------------------------------------------------------------ noyear
dict(kind="noyear", cls="noyear-cell", body=PT, sub="cell", cell=T3("new_received"),
     question="平潭综合实验区的信息公开申请一年收多少件"),
dict(kind="noyear", cls="noyear-narrative-contact", body=PC, sub="narrative", substring="电话：24336243",
     question="平潭县人民政府办公室联系电话多少"),
dict(kind="noyear", cls="noyear-fee-narrative", body=SO, sub="narrative", substring="2025 年度本机关未收取信息公开处理费",
     question="上海市政府办公厅收信息处理费吗"),
dict(kind="noyear", cls="noyear-email", body="huaian-city", sub="narrative", substring="hazwgkc@163.com",
     question="淮安市政府信息公开有问题发邮件发到哪"),
dict(kind="noyear", cls="noyear-typo-ocr-name", body="shuyang-county", sub="cell", cell=T4("review.total"),
     question="沐阳县政府信息公开行政复议一共几件"),
dict(kind="noyear", cls="noyear-dept-short", body="shuyang-fgj", sub="cell", cell=T3("new_received"),
     question="沭阳发改局依申请公开收到几件"),
dict(kind="noyear", cls="noyear-T2", body="hongze-district", sub="cell", cell=T2("administrative_penalty", "decisions"),
     question="洪泽区行政处罚决定数是多少"),
dict(kind="noyear", cls="noyear-committee-short", body="shanghai-stcsm", sub="cell", cell=T2("administrative_licensing", "decisions"),
     question="市科委行政许可处理决定多少件"),
dict(kind="noyear", cls="noyear-address", body="hongkou-district", sub="narrative", substring="飞虹路 518 号",
     question="虹口区政府办公室在哪里，地址是啥"),
dict(kind="noyear", cls="noyear-keyword", body=PT, sub="cell", cell=T4("review.corrected"),
     question="平潭 复议 结果纠正"),
dict(kind="noyear", cls="noyear-problems", body=PT, sub="narrative", substring="政务公开队伍建设有待进一步加强",
     question="平潭综合实验区政府信息公开工作存在哪些问题"),
dict(kind="noyear", cls="noyear-derived-sum", body="shuyang-county", sub="derived", concept=C(T3("granted"), T3("partially_granted"), pre=None),
     question="沭阳县予以公开和部分公开加起来多少件"),
dict(kind="noyear", cls="noyear-petition", body=SO, sub="cell", cell=T3("not_processed_petition_complaint"),
     question="上海市政府办公厅把信访举报投诉类申请不予处理的有几件"),

# ------------------------------------------------------------------ nobody
dict(kind="nobody", cls="nobody-fee", subs=[("shuyang-county_2025", "收取信息处理费共计380元"), ("huaian-city_2024", "收取政府信息公开信息处理费 3940 元"),
                                           ("pingtan_2025", "无收取信息处理费情况"), ("hongkou-district_2021", "区政府未收取政府信息公开信息处理费")],
     question="申请政府信息公开要不要交钱啊"),
dict(kind="nobody", cls="nobody-download", subs=[("shanghai-municipal-office_2025", "门户网站（www.shanghai.gov.cn）下载"), ("shanghai-stcsm_2024", "（https://stcsm.sh.gov.cn）下载")],
     question="年报在哪能下载到"),
dict(kind="nobody", cls="nobody-online-apply", subs=[("pingtan-county_2013", "可以向相关部门单位提出信息公开申请"), ("shanghai-municipal-office_2019", "依申请受理页面增加办理状态查询")],
     question="信息公开申请可以在网上提吗"),
dict(kind="nobody", cls="nobody-problems", subs=[("huaian-city_2024", "政策解读质量仍需提升"), ("shuyang-county_2025", "政策解读多样性需进一步加强"), ("pingtan_2025", "政务公开队伍建设有待进一步加强")],
     question="政府信息公开工作一般存在啥问题"),
dict(kind="nobody", cls="nobody-period", subs=[("pingtan_2025", "统计期限为2025年1月1日至2025年12月31日"), ("huaian-city_2024", "1 月 1 日至 2024 年 12 月 31 日")],
     question="年度报告的数据统计期限是从几号到几号"),
dict(kind="nobody", cls="nobody-contact", subs=[("huaian-city_2024", "电话：0517-83605210"), ("hongkou-district_2021", "联系电话：021—25658888"), ("pingtan-county_2013", "电话：24336243")],
     question="对年报有疑问打什么电话"),

# ------------------------------------------------------------------ unanswerable
dict(kind="unanswerable", cls="dept-of-indexed-county", reason="body_not_indexed",
     question="平潭县公安局2012年收到多少政府信息公开申请"),
dict(kind="unanswerable", cls="parent-city-not-indexed", reason="body_not_indexed",
     question="福州市人民政府历年行政复议数量是多少"),
dict(kind="unanswerable", cls="comparison-with-neighbour-district", reason="body_not_indexed",
     question="2021年上海市黄浦区和虹口区新收申请比较一下"),
dict(kind="unanswerable", cls="gap-years", reason="year_not_indexed",
     question="平潭综合实验区2015年和2017年主动公开了多少条信息"),
dict(kind="unanswerable", cls="span-all-gaps", reason="year_not_indexed",
     question="上海市政府办公厅2020年到2024年每年新收申请数"),
dict(kind="unanswerable", cls="span-before-coverage", reason="year_not_indexed",
     question="淮安市政府2019~2023年每年行政复议多少件"),
dict(kind="unanswerable", cls="no-such-figure", reason="no_such_figure",
     question="平潭实验区历年政府信息公开工作专项经费分别是多少钱"),
dict(kind="unanswerable", cls="row-of-other-format", reason="not_in_this_format",
     question="平潭实验区2016年和2018年因属于四类过程性信息不予公开的各有几件"),
dict(kind="unanswerable", cls="next-year-not-indexed", reason="year_not_indexed",
     question="洪泽区2024年跟2023年比，新收申请多了多少"),
dict(kind="unanswerable", cls="county-dept-not-indexed", reason="body_not_indexed",
     question="沭阳县财政局近三年依申请公开办理情况"),

# ------------------------------------------------------------------ ambiguous
dict(kind="ambiguous", cls="two-pingtan-bodies-2012",
     question="平潭2012年主动公开了多少条政府信息",
     note="平潭综合实验区 (739 in its table) and 平潭县人民政府 (2026) both have a 2012 report; '平潭' fits either."),
dict(kind="ambiguous", cls="two-pingtan-bodies-2013",
     question="2013年平潭收到几条政府信息公开申请",
     note="平潭综合实验区 2013 (0) and 平潭县人民政府 2013 (7) both indexed."),

# ------------------------------------------------------------------ followup
dict(kind="followup", cls="followup-column-then-pick", turns=[
    dict(kind="series", body=PT, span=[2021, 2025], concept=NEW_TOTAL, pick=None, question="平潭实验区2021到2025年每年新收多少申请"),
    dict(kind="series", body=PT, span=[2021, 2025], concept=C(T3("new_received", "natural_person"), pre=None), pick=None, question="那自然人呢？"),
    dict(kind="series", body=PT, span=[2021, 2025], concept=C(T3("new_received", "natural_person"), pre=None), pick="max", question="哪年最多？"),
]),
dict(kind="followup", cls="followup-T4-blocks", turns=[
    dict(kind="comparison", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], concept=REVIEW_TOTAL, order=None, question="2025年平潭、上海市政府办公厅、沭阳县行政复议各多少件"),
    dict(kind="comparison", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], concept=LIT_SUM, order=None, question="那行政诉讼呢，两种起诉加一起"),
    dict(kind="comparison", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], concept=C(T4("review.corrected"), pre=None), order=None, question="复议被纠正的呢"),
]),
dict(kind="followup", cls="followup-org-group", turns=[
    dict(kind="series", body=SO, span=None, concept=NEW_TOTAL, pick=None, question="上海市政府办公厅每年新收的公开申请是多少"),
    dict(kind="series", body=SO, span=None, concept=dict(C(*[T3("new_received", c) for c in ORGS], pre=None), blank_zero=True), pick=None, question="法人或者其他组织呢",
         note="Sum of the five 法人或其他组织 columns; blank cells (2019 科研机构/社会公益组织) count as none."),
]),
dict(kind="followup", cls="followup-change-row", turns=[
    dict(kind="comparison", reports=["pingtan_2024", "huaian-city_2024", "shanghai-stcsm_2024"], concept=NEW_TOTAL, order=None, question="24年平潭、淮安市、上海市科委各收到多少信息公开申请"),
    dict(kind="comparison", reports=["pingtan_2024", "huaian-city_2024", "shanghai-stcsm_2024"], concept=C(T3("unable_not_held"), pre=None), order="desc", question="本机关不掌握的呢，谁最多"),
]),
dict(kind="followup", cls="followup-legacy-rows", turns=[
    dict(kind="series", body=PC, span=[2011, 2013], concept=C(S("requests_total"), unit="条"), pick=None, question="平潭县政府2011到2013年每年受理多少依申请公开"),
    dict(kind="series", body=PC, span=[2011, 2013], concept=C(S("replies_total"), unit="条"), pick=None, question="答复了多少"),
    dict(kind="series", body=PC, span=[2011, 2013], concept=C(S("reply_full"), unit="条"), pick=None, question="其中同意公开的呢"),
]),
dict(kind="followup", cls="followup-after-unanswerable", turns=[
    dict(kind="series", body=PT, span=[2021, 2025], concept=REVIEW_TOTAL, pick=None, question="平潭综合实验区2021-2025行政复议每年几件"),
    dict(kind="unanswerable", reason="year_not_indexed", question="那2026年呢"),
    dict(kind="series", body=PT, span=[2019, 2020], concept=REVIEW_TOTAL, pick=None, question="2019、2020两年呢"),
]),
dict(kind="followup", cls="followup-body-not-indexed", turns=[
    dict(kind="comparison", reports=["pingtan_2021", "hongkou-district_2021"], concept=NEW_TOTAL, order=None, question="2021年平潭实验区和虹口区新收申请各多少"),
    dict(kind="comparison", reports=["pingtan_2021", "hongkou-district_2021"], concept=REVIEW_TOTAL, order=None, question="那复议呢"),
    dict(kind="unanswerable", reason="body_not_indexed", question="静安区呢"),
]),
dict(kind="followup", cls="followup-T2-sum", turns=[
    dict(kind="series", body=PT, span=[2021, 2025], concept=C(T2("administrative_penalty", "decisions"), pre=None), pick=None, question="平潭2021年到2025年行政处罚决定数"),
    dict(kind="series", body=PT, span=[2021, 2025], concept=C(T2("administrative_coercion", "decisions"), pre=None), pick=None, question="行政强制呢"),
    dict(kind="series", body=PT, span=[2021, 2025], concept=C(T2("administrative_coercion", "decisions"), pre=None), pick="sum", question="加起来一共多少"),
]),
dict(kind="followup", cls="followup-series-then-consistency", turns=[
    dict(kind="series", body=PT, span=[2021, 2025], concept=C(T3("carried_to_next_year"), pre=None), pick=None, question="平潭实验区21到25年每年结转下年度多少件"),
    dict(kind="consistency", body=PT, span=[2021, 2025], mode="carry", column="total", question="跟下一年的上年结转对得上吗"),
]),
dict(kind="followup", cls="followup-year-not-indexed", turns=[
    dict(kind="comparison", reports=["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], concept=NEW_TOTAL, order=None, question="2023年平潭、洪泽区、沭阳发改局新收申请分别多少"),
    dict(kind="comparison", reports=["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], concept=GRANTED, order="desc", question="予以公开的呢？哪家最多"),
    dict(kind="unanswerable", reason="year_not_indexed", question="沭阳发改局2024年呢"),
]),
dict(kind="followup", cls="followup-format-switch", turns=[
    dict(kind="series", body=PT, span=[2011, 2018], concept=C(S("proactive_total"), unit="条"), pick=None, question="平潭实验区2011-2018统计表主动公开信息数"),
    dict(kind="unanswerable", reason="not_in_this_format", question="2019年以后的呢，表里还有这个数吗"),
]),
dict(kind="followup", cls="followup-rate-row-change", turns=[
    dict(kind="comparison", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], rate=rate(GRANTED, RESULTS, 2), order=None, unit="%", question="2025年平潭、上海市政府办公厅、沭阳县的予以公开占办理结果总计的百分比，保留两位小数"),
    dict(kind="comparison", reports=["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], rate=rate(C(T3("partially_granted"), pre=None), RESULTS, 2), order="desc", unit="%", question="部分公开的比例呢，谁最高"),
]),
dict(kind="followup", cls="followup-pick-min", turns=[
    dict(kind="series", body=PT, span=[2019, 2025], concept=C(T3("unable_not_held"), pre=None), pick=None, question="平潭综合实验区2019年至2025年本机关不掌握的申请数"),
    dict(kind="series", body=PT, span=[2019, 2025], concept=C(T3("unable_not_held"), pre=None), pick="min", question="哪年最少"),
]),
dict(kind="followup", cls="followup-body-switch", turns=[
    dict(kind="series", body=PC, span=[2011, 2013], concept=C(S("proactive_total"), unit="条"), pick=None, question="平潭县政府2011~2013年主动公开信息数"),
    dict(kind="series", body=PT, span=[2011, 2013], concept=C(S("proactive_total"), unit="条"), pick=None, question="平潭综合实验区同期呢"),
]),
]
