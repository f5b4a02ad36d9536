# -*- coding: utf-8 -*-
"""Blind question set 13 — questions and references only (NO typed expected numbers).

Every figure is looked up / computed from the gold cells by build.py (and recomputed by check.py).
Reference forms:
  C(q, report, table, row, col, cls)                      -> cell
  D(q, op, refs, unit, cls, dec=None)                     -> derived; refs are (report, table, row, col)
       op: 'sum' | 'diff' (a-b) | 'pct' (100*sum(num)/sum(den); refs=(num_list, den_list)) | 'max' | 'min'
  N(q, report, substring, cls)                            -> narrative (verbatim substring of one report line)
  U(q, report, year, reason, cls, note)                   -> unanswerable
  A(q, cls, note)                                         -> ambiguous
  F(cls, [turn, ...])                                     -> follow-up; turns are C/D/U specs
  P(group, [5 specs])                                     -> paraphrase group
"""

def C(q, rep, t, row, col, cls, note=None):
    return dict(kind="cell", q=q, rep=rep, ref=(rep, t, row, col), cls=cls, note=note)

def D(q, op, refs, unit, cls, dec=None, note=None, rep=None):
    if rep is None:
        flat = refs[0] + refs[1] if op == "pct" else refs
        reps = sorted({r[0] for r in flat})
        rep = reps[0] if len(reps) == 1 else max(reps, key=lambda s: s.split("_")[-1])
    return dict(kind="derived", q=q, op=op, refs=refs, unit=unit, cls=cls, dec=dec, note=note, rep=rep)

def N(q, rep, sub, cls, note=None):
    return dict(kind="narrative", q=q, rep=rep, sub=sub, cls=cls, note=note)

def U(q, rep, year, reason, cls, note=None):
    return dict(kind="unanswerable", q=q, rep=rep, year=year, reason=reason, cls=cls, note=note)

def A(q, cls, note=None):
    return dict(kind="ambiguous", q=q, cls=cls, note=note)

def F(cls, turns, note=None):
    return dict(kind="followup", cls=cls, turns=turns, note=note)

def P(group, specs):
    return dict(kind="paraphrase", group=group, specs=specs)

HK = "hongkou-district_2021"
HZ = "hongze-district_2023"
HA = "huaian-city_2024"
SH19 = "shanghai-municipal-office_2019"
SH25 = "shanghai-municipal-office_2025"
KW = "shanghai-stcsm_2024"
SY = "shuyang-county_2025"
FGJ = "shuyang-fgj_2023"
PT = {y: "pingtan_%d" % y for y in (2011, 2012, 2013, 2014, 2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025)}
PC = {y: "pingtan-county_%d" % y for y in (2011, 2012, 2013)}

NP, CE, RI, SW, LS, OO, TOT = ("natural_person", "commercial_enterprise", "research_institution",
                               "social_welfare_org", "legal_service_org", "other_org", "total")
DENY = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
        "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
        "denied_enforcement_case_file", "denied_admin_query"]
UNABLE = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
NOTPROC = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
           "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
OTHER21 = ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]

def t3(rep, row, col=TOT):
    return (rep, "T3", row, col)

def t4(rep, col):
    return (rep, "T4", "cases", col)

def st(rep, row, col="this_year"):
    return (rep, "stats", row, col)

ITEMS = [
    # ------------------------------------------------------------------ cells: 虹口 2021
    C("上海市虹口区人民政府2021年新收的政府信息公开申请一共多少件？", HK, "T3", "new_received", TOT, "full-name-staff"),
    C("虹口区政府21年从上一年转过来的申请有几件", HK, "T3", "carried_over_from_last_year", TOT, "short-year-colloquial"),
    C("虹口2021年因为本机关不掌握相关信息而没法提供的，自然人那栏是多少？", HK, "T3", "unable_not_held", NP, "colloquial-row"),
    C("2021年虹口区依申请公开里，以属于行政查询事项为由不公开的有几件", HK, "T3", "denied_admin_query", TOT, "plain"),
    C("虹口区2021年行政复议结果维持的有多少", HK, "T4", "cases", "review.maintained", "t4-review"),
    C("虹口区 2021 复议后又去法院起诉的，法院维持了几件？", HK, "T4", "cases", "litigation_after_review.maintained", "t4-litigation-colloquial"),
    C("上海虹口区2021年行政许可处理决定数量", HK, "T2", "administrative_licensing", "decisions", "keyword-only"),
    C("虹口区政府2021年废止了几件行政规范性文件？", HK, "T2", "normative_documents", "repealed", "t2-colloquial"),
    C("虹囗区2021年商业企业提的新申请有几件", HK, "T3", "new_received", CE, "typo"),
    # ------------------------------------------------------------------ cells: 洪泽 2023 (PDF)
    C("淮安市洪泽区人民政府2023年行政处罚的处理决定数是多少？", HZ, "T2", "administrative_penalty", "decisions", "pdf-full-name"),
    C("洪泽区2023年行政事业性收费金额多少万元", HZ, "T2", "administrative_fees", "fee_amount", "pdf-decimal"),
    C("洪泽区政府2023年收到的申请里有多少是个人（自然人）提的？", HZ, "T3", "new_received", NP, "pdf-colloquial"),
    C("洪泽2023年部分公开的有几件", HZ, "T3", "partially_granted", TOT, "pdf-short-name"),
    C("23年洪泽区政府以国家秘密为由不予公开的申请有几件？", HZ, "T3", "denied_state_secret", TOT, "pdf-two-digit-year"),
    C("洪泽区2023年申请信息，机关说手里没有这个信息的有几件", HZ, "T3", "unable_not_held", TOT, "pdf-colloquial-row"),
    C("洪择区2023年行政复议里结果被纠正的有多少", HZ, "T4", "cases", "review.corrected", "pdf-typo"),
    C("洪泽区 2023 年行政强制处理决定多少件", HZ, "T2", "administrative_coercion", "decisions", "pdf-t2"),
    # ------------------------------------------------------------------ cells: 淮安 2024
    C("淮安市人民政府2024年共新收政府信息公开申请多少件？", HA, "T3", "new_received", TOT, "full-name-staff"),
    C("淮安市2024年法律服务机构（律所）提交的新申请有多少件", HA, "T3", "new_received", LS, "applicant-column-colloquial"),
    C("淮安市政府2024年“其他”类组织新申请几件", HA, "T3", "new_received", OO, "applicant-column"),
    C("淮安2024年予以公开多少件", HA, "T3", "granted", TOT, "short-name"),
    C("淮安市2024年因为属于四类过程性信息而不予公开的有几件？", HA, "T3", "denied_process_info", TOT, "result-row"),
    C("淮安市2024年申请人不按期补正、机关不再处理的申请多少件", HA, "T3", "other_no_correction_overdue", TOT, "colloquial-row"),
    C("2024年淮安市属于信访举报投诉类、不予处理的申请共几件？", HA, "T3", "not_processed_petition_complaint", TOT, "result-row"),
    C("淮安市2024年政府信息公开行政复议总计多少件", HA, "T4", "cases", "review.total", "t4-review-total"),
    C("淮安2024年没经过复议直接去法院告的官司，判维持的有几起", HA, "T4", "cases", "litigation_direct.maintained", "t4-colloquial"),
    C("淮安市2024年行政处罚决定数量是多少", HA, "T2", "administrative_penalty", "decisions", "t2"),
    C("淮按市2024年现行有效的规章有几件", HA, "T2", "regulations", "valid", "typo"),
    C("淮安市2024年结转到下一年继续办理的申请有多少件", HA, "T3", "carried_to_next_year", TOT, "plain"),
    C("２０２４年淮安市商业企业那一栏的予以公开数", HA, "T3", "granted", CE, "fullwidth-digits"),
    # ------------------------------------------------------------------ cells: 上海市政府办公厅 2019 / 2025
    C("2019年上海市人民政府办公厅新收政府信息公开申请总数？", SH19, "T3", "new_received", TOT, "full-name-2019-format"),
    C("上海市政府办公厅2019年自然人申请中予以公开的有几件", SH19, "T3", "granted", NP, "2019-format-cell"),
    C("市政府办公厅2019年政府集中采购项目数量是多少？（上海）", SH19, "T2", "centralized_procurement", "procurement_items", "2019-only-row"),
    C("上海市府办公厅2019年新制作的规章有多少件", SH19, "T2", "regulations", "new_made", "2019-t2-column"),
    C("上海市政府办公厅2019年行政复议总数", SH19, "T4", "cases", "review.total", "keyword-only"),
    C("上海市政府办2019年因信访举报投诉类不予处理的自然人申请有多少", SH19, "T3", "not_processed_petition_complaint", NP, "short-office-name"),
    C("上海市人民政府办公厅2025年新收申请一共多少件", SH25, "T3", "new_received", TOT, "full-name"),
    C("上海市政府办公厅2025年上年结转过来的申请数是多少？", SH25, "T3", "carried_over_from_last_year", TOT, "plain"),
    C("2025年上海市政府办公厅，因本机关不掌握信息无法提供的总计多少件", SH25, "T3", "unable_not_held", TOT, "result-row"),
    C("上海市政府办公厅2025年申请人无正当理由大量反复申请、不予处理的有几件", SH25, "T3", "not_processed_massive_repeated", TOT, "rare-row"),
    C("上海市政府办公厅二〇二五年行政复议结果维持多少件", SH25, "T4", "cases", "review.maintained", "chinese-numeral-year"),
    C("上海市政府办公厅2025年复议后起诉的官司还没审结的有几个", SH25, "T4", "cases", "litigation_after_review.pending", "t4-colloquial"),
    C("上海市政府办公厅2025年法律服务机构的上年结转申请有几件", SH25, "T3", "carried_over_from_last_year", LS, "applicant-column"),
    # ------------------------------------------------------------------ cells: 上海市科委 2024
    C("上海市科学技术委员会2024年行政许可处理决定数量？", KW, "T2", "administrative_licensing", "decisions", "full-name-dept"),
    C("市科委2024年新收的信息公开申请几件", KW, "T3", "new_received", TOT, "short-dept-name"),
    C("上海科委2024年没有现成信息、需要另行制作所以无法提供的有几件？", KW, "T3", "unable_needs_creation", TOT, "colloquial-row"),
    C("上海市科委2024年企业（商业企业）新申请多少件", KW, "T3", "new_received", CE, "applicant-column"),
    C("上海市科委24年现行有效的规范性文件有多少件", KW, "T2", "normative_documents", "valid", "short-year"),
    # ------------------------------------------------------------------ cells: 沭阳县 2025
    C("沭阳县人民政府2025年本年新收政府信息公开申请数量总计", SY, "T3", "new_received", TOT, "staff-exact-label"),
    C("沭阳县2025年行政许可处理决定有多少件？", SY, "T2", "administrative_licensing", "decisions", "t2"),
    C("沭阳县政府2025年行政事业性收费金额（万元）", SY, "T2", "administrative_fees", "fee_amount", "t2-decimal"),
    C("沭阳2025年因为重复申请不予处理的有几件", SY, "T3", "not_processed_duplicate", TOT, "short-name"),
    C("沭阳县2025年属于三类内部事务信息不予公开的多少件", SY, "T3", "denied_internal_affairs", TOT, "result-row"),
    C("2025年沭阳县“其他处理”里面的“其他”有几件？", SY, "T3", "other_other", TOT, "sub-row-other"),
    C("沭阳县2025年行政复议尚未审结的有多少件", SY, "T4", "cases", "review.pending", "t4-review"),
    C("沭阳县2025年复议后起诉的行政诉讼一共几件", SY, "T4", "cases", "litigation_after_review.total", "t4-litigation"),
    C("沐阳县2025年申请人逾期没交费、机关不再处理的申请有几件", SY, "T3", "other_fee_unpaid_overdue", TOT, "ocr-typo-name"),
    C("沭阳县2025年法律服务机构申请的部分公开件数", SY, "T3", "partially_granted", LS, "applicant-column"),
    # ------------------------------------------------------------------ cells: 沭阳县发改局 2023 (HTML)
    C("沭阳县发展和改革局2023年本年制发的规范性文件有几件？", FGJ, "T2", "normative_documents", "issued", "html-dept-full"),
    C("沭阳县发改局2023年新收依申请公开件数", FGJ, "T3", "new_received", TOT, "html-short-dept"),
    C("沭阳发改局23年行政复议尚未审结的有几件", FGJ, "T4", "cases", "review.pending", "html-t4"),
    C("沭阳县发改局2023年现行有效规范性文件数", FGJ, "T2", "normative_documents", "valid", "html-t2"),
    # ------------------------------------------------------------------ cells: 平潭 2019–2025
    C("平潭综合实验区2019年新收政府信息公开申请数量总计多少？", PT[2019], "T3", "new_received", TOT, "full-name-2019"),
    C("平潭2019年补正后申请内容仍不明确的有几件", PT[2019], "T3", "unable_unclear_after_correction", TOT, "2019-format-row"),
    C("平潭实验区2020年“其他处理”一共几件", PT[2020], "T3", "other_processing", TOT, "2019-format-single-row"),
    C("平潭2020年其他组织提的新申请有多少", PT[2020], "T3", "new_received", OO, "applicant-column"),
    C("平潭综合实验区2020年行政处罚上一年项目数量是多少", PT[2020], "T2", "administrative_penalty", "previous_year_items", "2019-t2-column"),
    C("平潭2021年社会公益组织新申请几件", PT[2021], "T3", "new_received", SW, "applicant-column"),
    C("平潭综合实验区2021年未经复议直接起诉、结果维持的有多少件", PT[2021], "T4", "cases", "litigation_direct.maintained", "t4-litigation"),
    C("平潭2021年行政事业性收费金额（万元）是多少", PT[2021], "T2", "administrative_fees", "fee_amount", "t2-decimal"),
    C("平潭管委会2022年本年制发的行政规范性文件数", PT[2022], "T2", "normative_documents", "issued", "t2-resolved-by-prose"),
    C("平潭2022年新收申请里商业企业几件？", PT[2022], "T3", "new_received", CE, "applicant-column"),
    C("二零二二年平潭综合实验区行政许可决定数量", PT[2022], "T2", "administrative_licensing", "decisions", "chinese-numeral-year"),
    C("平潭2023年本机关不掌握相关政府信息的申请有多少件", PT[2023], "T3", "unable_not_held", TOT, "result-row"),
    C("平潭实验区2023年行政诉讼中未经复议直接起诉的总计", PT[2023], "T4", "cases", "litigation_direct.total", "t4-litigation"),
    C("平谭2023年保护第三方合法权益不予公开的有几件", PT[2023], "T3", "denied_third_party_rights", TOT, "typo"),
    C("平潭2024年因为属于三类内部事务信息不给公开的有几件？", PT[2024], "T3", "denied_internal_affairs", TOT, "colloquial-row"),
    C("平潭综合实验区2024年复议后起诉的案件，结果维持的有几件", PT[2024], "T4", "cases", "litigation_after_review.maintained", "t4-litigation"),
    C("2024年平潭行政强制处理决定多少", PT[2024], "T2", "administrative_coercion", "decisions", "t2"),
    C("平潭2025年结转下年度继续办理的申请共几件", PT[2025], "T3", "carried_to_next_year", TOT, "plain"),
    C("平潭综合实验区2025年行政复议总计多少件？", PT[2025], "T4", "cases", "review.total", "t4-review-total"),
    C("平潭2025年申请人逾期未缴纳费用、不再处理的有几件", PT[2025], "T3", "other_fee_unpaid_overdue", TOT, "sub-row"),
    C("平潭２０２５年行政处罚处理决定数量", PT[2025], "T2", "administrative_penalty", "decisions", "fullwidth-digits"),
    # ------------------------------------------------------------------ cells: pre-2019 统计表
    C("平潭县人民政府2011年主动公开信息数是多少条？", PC[2011], "stats", "proactive_total", "this_year", "pre2019-full-name"),
    C("平潭县2011年通过网站公开的信息历年累计多少条", PC[2011], "stats", "proactive_website", "cumulative", "pre2019-cumulative"),
    C("平潭县政府2012年受理的依申请公开总数", PC[2012], "stats", "requests_total", "this_year", "pre2019-row"),
    C("平潭县2012年当面申请的有几件", PC[2012], "stats", "req_in_person", "this_year", "pre2019-channel"),
    C("2012年平潭县政府同意公开的答复有多少", PC[2012], "stats", "reply_full", "this_year", "pre2019-reply"),
    C("平潭县人民政府2013年网上申请数", PC[2013], "stats", "req_online", "this_year", "pre2019-channel"),
    C("平潭县2013年主动公开信息历年累计数是多少", PC[2013], "stats", "proactive_total", "cumulative", "pre2019-cumulative"),
    C("平潭综合实验区2011年政府公报公开了几条信息？", PT[2011], "stats", "proactive_gazette", "this_year", "pre2019-row"),
    C("平潭综合实验区管委会2012年统计表里主动公开信息数（本年度）", PT[2012], "stats", "proactive_total", "this_year", "pre2019-table-vs-prose", "table prints 739; prose says 1913 — the table figure is asked"),
    C("平潭综合实验区2013年网站公开信息本年度数字是多少", PT[2013], "stats", "proactive_website", "this_year", "pre2019-table-vs-prose", "统计表 figure; the prose of the same report states a different total (4970)"),
    C("平潭实验区2013年受理依申请公开信息总数（本年度）", PT[2013], "stats", "requests_total", "this_year", "pre2019-row"),
    C("平潭综合实验区2011年主动公开信息历年累计多少条", PT[2011], "stats", "proactive_total", "cumulative", "pre2019-cumulative"),
    C("平潭综合实验区管委会2014年主动公开文件数", PT[2014], "stats", "proactive_total", "this_year", "pre2019-row"),
    C("平潭2014年信函、传真申请几件", PT[2014], "stats", "req_letter_fax", "this_year", "pre2019-channel"),
    C("平潭实验区2016年政府网站公开数历年累计", PT[2016], "stats", "proactive_website", "cumulative", "pre2019-cumulative"),
    C("平潭综合实验区2018年主动公开文件数本年度多少？", PT[2018], "stats", "proactive_total", "this_year", "pre2019-row"),
    C("二〇一八年平潭实验区行政复议数", PT[2018], "stats", "admin_review", "this_year", "pre2019-chinese-numeral"),

    # ------------------------------------------------------------------ derived
    D("淮安市2024年不予公开的申请一共多少件？（八种不予公开理由加起来）", "sum",
      [t3(HA, r) for r in DENY], "件", "sum-group"),
    D("淮安市2024年新收申请里，法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）合计多少件", "sum",
      [t3(HA, "new_received", c) for c in (CE, RI, SW, LS, OO)], "件", "sum-applicant-group"),
    D("淮安市2024年予以公开占办理结果总计的百分比是多少？保留两位小数", "pct",
      ([t3(HA, "granted")], [t3(HA, "results_total")]), "%", "share", dec=2),
    D("淮安2024年行政诉讼总共多少件（直接起诉的加上复议后起诉的）", "sum",
      [t4(HA, "litigation_direct.total"), t4(HA, "litigation_after_review.total")], "件", "sum-t4"),
    D("上海市政府办公厅2025年无法提供的三种情形加起来是多少件", "sum",
      [t3(SH25, r) for r in UNABLE], "件", "sum-group"),
    D("上海市政府办公厅2025年新收申请比2019年多了多少件？", "diff",
      [t3(SH25, "new_received"), t3(SH19, "new_received")], "件", "cross-year-cross-format"),
    D("上海市政府办公厅2025年本机关不掌握的申请占办结总数的比例（%，保留两位小数）", "pct",
      ([t3(SH25, "unable_not_held")], [t3(SH25, "results_total")]), "%", "share", dec=2),
    D("虹口区2021年新收申请中自然人占比多少？百分比保留两位小数", "pct",
      ([t3(HK, "new_received", NP)], [t3(HK, "new_received")]), "%", "share", dec=2),
    D("虹口区2021年行政复议加行政诉讼（两类起诉）总共多少件", "sum",
      [t4(HK, "review.total"), t4(HK, "litigation_direct.total"), t4(HK, "litigation_after_review.total")], "件", "sum-t4"),
    D("平潭2022年新收申请比2021年多几件", "diff",
      [t3(PT[2022], "new_received"), t3(PT[2021], "new_received")], "件", "yoy"),
    D("平潭综合实验区2024年的新收申请数比上一年增加了多少件？", "diff",
      [t3(PT[2024], "new_received"), t3(PT[2023], "new_received")], "件", "yoy-implicit-prev-year"),
    D("平潭2025年新收申请比2024年少了多少件？", "diff",
      [t3(PT[2024], "new_received"), t3(PT[2025], "new_received")], "件", "yoy-decrease", note="asked as a decrease: 2024 minus 2025"),
    D("平潭2021到2025这五年里，哪一年新收的政府信息公开申请最多？最多那年是多少件", "max",
      [t3(PT[y], "new_received") for y in (2021, 2022, 2023, 2024, 2025)], "件", "ranking-years"),
    D("淮安市2024年不予公开的几种理由里，哪种最多？有多少件", "max",
      [t3(HA, r) for r in DENY], "件", "ranking-rows"),
    D("沭阳县2025年不予处理的申请合计多少（五种情形加起来）", "sum",
      [t3(SY, r) for r in NOTPROC], "件", "sum-group"),
    D("沭阳县2025年行政复议中结果被纠正的占复议总数的百分之几？保留两位小数", "pct",
      ([t4(SY, "review.corrected")], [t4(SY, "review.total")]), "%", "rate-t4", dec=2),
    D("沭阳县2025年予以公开和部分公开加在一起有多少件", "sum",
      [t3(SY, "granted"), t3(SY, "partially_granted")], "件", "sum-two-rows"),
    D("沭阳县2025年新收申请比沭阳县发改局2023年多多少件", "diff",
      [t3(SY, "new_received"), t3(FGJ, "new_received")], "件", "cross-body-diff"),
    D("洪泽区2023年不予公开的合计件数（各种不予公开理由求和）", "sum",
      [t3(HZ, r) for r in DENY], "件", "pdf-sum-group"),
    D("洪泽区2023年行政处罚的处理决定比行政许可多多少件？", "diff",
      [(HZ, "T2", "administrative_penalty", "decisions"), (HZ, "T2", "administrative_licensing", "decisions")], "件", "pdf-t2-diff"),
    D("上海市科委2024年其他处理一共多少件（三个小项合计）", "sum",
      [t3(KW, r) for r in OTHER21], "件", "sum-group"),
    D("市科委2024年办结的申请里予以公开占百分之多少（保留一位小数）", "pct",
      ([t3(KW, "granted")], [t3(KW, "results_total")]), "%", "share", dec=1),
    D("平潭县2013年主动公开信息数比2012年少了多少条", "diff",
      [st(PC[2012], "proactive_total"), st(PC[2013], "proactive_total")], "条", "pre2019-yoy"),
    D("平潭县2012年对申请的答复中，同意公开加部分公开共几件", "sum",
      [st(PC[2012], "reply_full"), st(PC[2012], "reply_partial")], "件", "pre2019-sum"),
    D("平潭综合实验区2014年主动公开文件数比2013年本年度少了多少", "diff",
      [st(PT[2013], "proactive_total"), st(PT[2014], "proactive_total")], "条", "pre2019-yoy", note="uses the 统计表 本年度 figures; pingtan_2013 prose says 4970, its table 72804"),
    D("平潭2016年和2018年，统计表里主动公开文件数（本年度）相差多少条？", "diff",
      [st(PT[2016], "proactive_total"), st(PT[2018], "proactive_total")], "条", "pre2019-diff"),
    D("平潭2023年予以公开和部分公开合计占办理结果总计的比例，保留两位小数", "pct",
      ([t3(PT[2023], "granted"), t3(PT[2023], "partially_granted")], [t3(PT[2023], "results_total")]), "%", "share-two-rows", dec=2),
    D("平潭2022年行政复议和行政诉讼一共多少件？", "sum",
      [t4(PT[2022], "review.total"), t4(PT[2022], "litigation_direct.total"), t4(PT[2022], "litigation_after_review.total")], "件", "sum-t4"),
    D("淮安市2024年上年结转加本年新收，一共需要处理多少件申请？", "sum",
      [t3(HA, "new_received"), t3(HA, "carried_over_from_last_year")], "件", "sum-balance"),
    D("上海市政府办公厅2025年行政诉讼合计多少件（直接起诉和复议后起诉之和）", "sum",
      [t4(SH25, "litigation_direct.total"), t4(SH25, "litigation_after_review.total")], "件", "sum-t4"),
    D("平潭2020年新收申请比2019年少几件", "diff",
      [t3(PT[2019], "new_received"), t3(PT[2020], "new_received")], "件", "yoy-2019-format"),
    D("淮安、沭阳县、洪泽区三家里，最近一年报告中新收申请最少的是多少件？（淮安2024、沭阳县2025、洪泽2023）", "min",
      [t3(HA, "new_received"), t3(SY, "new_received"), t3(HZ, "new_received")], "件", "ranking-bodies"),

    # ------------------------------------------------------------------ narrative
    N("虹口区2021年给新进公务员搞过政务公开培训吗？搞了几次", HK, "开展新进公务员政务公开通识培训2次", "narrative-training"),
    N("虹口区政府2021年出了几期政府公报", HK, "编发《上海市虹口区人民政府公报》4期", "narrative-count-in-prose"),
    N("虹口区2021年报告里说自己存在什么问题？", HK, "政府信息公开统一平台等渠道建设仍有不少拓展空间", "narrative-problem"),
    N("淮安市政府办公室的联系电话是多少（2024年报）", HA, "电话：0517-83605210", "narrative-contact"),
    N("淮安市2024年收了多少信息处理费？", HA, "全年收取政府信息公开信息处理费 3940 元", "narrative-fee"),
    N("淮安市2024年开了几场新闻发布会", HA, "新闻发布会 12 场", "narrative-count-in-prose"),
    N("淮安2024年报提到的主要问题有哪些", HA, "一是政策解读质量仍需提升", "narrative-problem"),
    N("洪泽区政府信息公开的联系电话", HZ, "0517-87222589", "pdf-narrative-contact"),
    N("洪泽区2023年在政府网站主动公开了多少条信息", HZ, "主动公开政府信息 1136 条", "pdf-narrative-count"),
    N("洪泽区2023年收信息处理费了吗", HZ, "全年收取政府信息公开信息处理费 0 元", "pdf-narrative-fee"),
    N("上海市政府办公厅2025年开了多少场新闻发布会？", SH25, "召开市政府新闻发布会 42 场", "narrative-count-in-prose"),
    N("上海市政府办公厅2025年收没收信息公开处理费", SH25, "2025 年度本机关未收取信息公开处理费", "narrative-fee"),
    N("2025年上海市政府办公厅年报里指出的主要问题是什么", SH25, "一是政策信息分散于多个平台", "narrative-problem"),
    N("上海市政府办公厅2019年的申请量跟前一年比怎么样", SH19, "申请数量较去年回落12.3%", "narrative-trend"),
    N("上海市政府办公厅2019年存在哪些主要问题", SH19, "专业领域的理论学习仍需加强", "narrative-problem"),
    N("上海科委2024年针对机构改革后栏目不适应采取了什么措施", KW, "“张江高新区”专栏已成功开设", "narrative-measure"),
    N("上海科技微信公众号关注人数多少（市科委2024年报）", KW, "微信公众号目前关注人数达 1016823 人", "narrative-platform"),
    N("沭阳县2025年收取了多少信息处理费", SY, "收取信息处理费共计380元", "narrative-fee"),
    N("沭阳县2025年发了多少次催办提示", SY, "全年发出催办提示 84 次", "narrative-measure"),
    N("沭阳县2025年清理了多少条过期信息？", SY, "累计清理过期信息697条", "narrative-count-in-prose"),
    N("沭阳县发改局办公地址在哪里", FGJ, "沭阳县沭城街道苏州东路42号", "html-narrative-contact"),
    N("沭阳发改局2023年受理网络问政多少件", FGJ, "全年受理网络问政182件", "html-narrative-count"),
    N("沭阳县发改局2023年存在的主要问题", FGJ, "各科室人员信息公开意识有所松懈", "html-narrative-problem"),
    N("平潭2019年年报的联系电话是多少", PT[2019], "电话：0591-23165250", "narrative-contact"),
    N("平潭实验区2020年存在什么问题", PT[2020], "基层政务公开标准化规范化水平有待进一步提升", "narrative-problem"),
    N("平潭2021年做了几期《问政平潭之有事您说》", PT[2021], "推出20期《问政平潭之有事您说》", "narrative-count-in-prose"),
    N("平潭综合实验区管委会办公室2022年的通讯地址", PT[2022], "金井湾商务营运中心7号楼14层", "narrative-contact"),
    N("平潭2023年全年发布了多少篇政策解读", PT[2023], "全年发布政策解读117篇", "narrative-count-in-prose"),
    N("平潭2024年关停注销了哪些政务新媒体", PT[2024], "5个发挥作用不明显、基层无力维护的政务新媒体", "narrative-measure"),
    N("平潭发布公众号2025年发了多少条信息", PT[2025], "通过“平潭发布”公众号发布信息672条", "narrative-platform"),
    N("平潭2016年梳理了多少项行政权力事项", PT[2016], "完成梳理行政权力事项3646项", "pre2019-narrative"),
    N("平潭实验区2018年共主动公开了多少份政策性文件", PT[2018], "共主动公开政策性文件90份", "pre2019-narrative"),
    N("平潭2014年依申请提供信息收费吗", PT[2014], "依申请提供政府信息暂不收费", "pre2019-narrative-fee"),
    N("平潭县人民政府的办公地址在哪（2011年报）", PC[2011], "平潭县翠园南路10号", "pre2019-narrative-contact"),
    N("平潭县2012年不予公开的信息有多少条（正文里说的）", PC[2012], "不予公开信息数1854条", "pre2019-narrative"),
    N("平潭县2013年制作获取的政府信息总数", PC[2013], "制作、获取政府信息总数3618条", "pre2019-narrative"),
    N("平潭综合实验区2012年正文里说主动公开了多少条信息", PT[2012], "2012年主动公开政府信息1913条", "pre2019-narrative-vs-table", note="prose 1913 differs from the 统计表 739"),
    N("平潭综合实验区2013年年报上的传真号码是多少", PT[2013], "传真：23158568", "pre2019-narrative-contact"),
    N("平潭综合实验区2011年年报留的联系电话", PT[2011], "电话：24336243", "pre2019-narrative-contact"),

    # ------------------------------------------------------------------ unanswerable
    U("虹口区教育局2021年收到多少政府信息公开申请？", None, 2021, "body_not_indexed", "dept-of-indexed-district"),
    U("上海市黄浦区人民政府2022年新收申请多少件", None, 2022, "body_not_indexed", "neighbouring-district"),
    U("虹口区2022年依申请公开总数是多少", None, 2022, "year_not_indexed", "year-not-indexed"),
    U("淮安市淮安区2024年行政复议有多少件？", None, 2024, "body_not_indexed", "shares-words-with-indexed-city", "淮安区 is a district of 淮安市, not the city government"),
    U("淮安市人民政府2023年收到多少件政府信息公开申请", None, 2023, "year_not_indexed", "year-not-indexed", "only 2024 of 淮安市 is in the corpus; 洪泽区 2023 is a different body"),
    U("洪泽区财政局2023年行政复议多少件", None, 2023, "body_not_indexed", "dept-of-indexed-district"),
    U("洪泽区2024年新收申请数", None, 2024, "year_not_indexed", "year-not-indexed"),
    U("泗阳县2025年政府信息公开申请有多少件？", None, 2025, "body_not_indexed", "neighbouring-county"),
    U("宿迁市人民政府2025年行政许可决定数", None, 2025, "body_not_indexed", "parent-city-not-indexed"),
    U("沭阳县人民政府2023年新收申请多少件", None, 2023, "year_not_indexed", "year-not-indexed-same-county", "only 沭阳县发改局 has a 2023 report; the county government's 2023 report is not in the corpus"),
    U("沭阳县教育局2025年收到多少信息公开申请", None, 2025, "body_not_indexed", "dept-of-indexed-county"),
    U("沭阳县发改局2024年行政复议几件", None, 2024, "year_not_indexed", "year-not-indexed"),
    U("上海市经济和信息化委员会2024年新收申请数", None, 2024, "body_not_indexed", "sibling-commission"),
    U("上海市科协2024年依申请公开多少件", None, 2024, "body_not_indexed", "similar-name-to-indexed"),
    U("上海市科委2023年行政许可多少", None, 2023, "year_not_indexed", "year-not-indexed"),
    U("上海市政府办公厅2022年新收的申请总数", None, 2022, "year_not_indexed", "year-not-indexed"),
    U("平潭综合实验区2017年主动公开文件数", None, 2017, "year_not_indexed", "year-not-indexed-gap"),
    U("平潭2015年受理依申请公开多少", None, 2015, "year_not_indexed", "year-not-indexed-gap"),
    U("福州市人民政府2023年政府信息公开申请数量", None, 2023, "body_not_indexed", "parent-region-not-indexed"),
    U("福州市长乐区人民政府2023年政府信息公开申请有多少件", None, 2023, "body_not_indexed", "neighbouring-district-other-city"),
    U("平潭综合实验区2022年政府信息公开工作经费是多少万元", PT[2022], 2022, "no_such_figure", "figure-not-reported"),
    U("虹口区2021年政务公开专职工作人员有几名", HK, 2021, "no_such_figure", "staff-count"),
    U("淮安市2024年政府网站访问量是多少", HA, 2024, "no_such_figure", "visitor-numbers"),
    U("洪泽区2023年依申请公开平均答复用了几天", HZ, 2023, "no_such_figure", "processing-time"),
    U("平潭2022年网上申请的有几件？", PT[2022], 2022, "no_such_figure", "channel-breakdown-not-in-2021-format", "the application-channel rows (当面/网上/信函) exist only in the pre-2019 统计表"),
    U("平潭综合实验区2019年（六）其他处理里面，申请人逾期不补正的有几件", PT[2019], 2019, "not_in_this_format", "2021-only-sub-row"),
    U("上海市政府办公厅2019年规章本年废止件数", SH19, 2019, "not_in_this_format", "2021-only-column"),
    U("淮安市2024年政府集中采购项目数量多少", HA, 2024, "not_in_this_format", "2019-only-row"),
    U("沭阳县2025年其他对外管理服务事项处理决定数量", SY, 2025, "not_in_this_format", "2019-only-row"),
    U("平潭2020年行政事业性收费金额是多少万元", PT[2020], 2020, "not_in_this_format", "2019-format-counts-items", "the 2019 trial T2 （八） row has 上一年项目数量/本年增减, not a 收费金额 in 万元"),
    U("平潭综合实验区2016年因属于国家秘密不予公开的申请几件", PT[2016], 2016, "not_in_this_format", "2019-row-asked-of-pre2019"),
    U("洪泽区2023年其他处理里申请人逾期未按收费通知缴费的有几件", HZ, 2023, "not_in_this_format", "pdf-single-other-row", "洪泽区 2023 prints （六）其他处理 as one row without sub-rows"),
    U("平潭2018年属于四类过程性信息不予公开的有几件", PT[2018], 2018, "not_in_this_format", "2019-row-asked-of-pre2019"),
    U("上海市科委2024年市民热线来电数量", KW, 2024, "no_such_figure", "figure-not-reported"),

    # ------------------------------------------------------------------ ambiguous
    A("去年一共收到多少件政府信息公开申请？", "no-body-no-year"),
    A("平潭2012年主动公开信息数是多少", "two-bodies-same-place-year", "平潭综合实验区 2012 and 平潭县人民政府 2012 are both in the corpus"),
    A("平潭2011年依申请公开总数", "two-bodies-same-place-year", "pingtan_2011 and pingtan-county_2011 (identical figures, different bodies)"),
    A("沭阳的行政复议有多少件？", "two-bodies-no-year", "沭阳县人民政府 2025 and 沭阳县发改局 2023 both fit"),
    A("上海市政府办公厅行政复议维持了几件", "body-two-years", "2019 and 2025 reports of the same office"),
    A("规范性文件现行有效多少件", "keyword-no-body"),
]

FOLLOWUPS = [
    F("change-column", [
        C("淮安市2024年新收政府信息公开申请总数是多少？", HA, "T3", "new_received", TOT, "fu-start"),
        C("其中自然人多少？", HA, "T3", "new_received", NP, "fu-column"),
        C("商业企业呢", HA, "T3", "new_received", CE, "fu-column"),
    ]),
    F("change-year", [
        C("平潭2022年新收申请总数", PT[2022], "T3", "new_received", TOT, "fu-start"),
        C("那2023年呢？", PT[2023], "T3", "new_received", TOT, "fu-year"),
        C("2024年的呢", PT[2024], "T3", "new_received", TOT, "fu-year"),
    ]),
    F("change-row", [
        C("上海市政府办公厅2025年予以公开多少件", SH25, "T3", "granted", TOT, "fu-start"),
        C("部分公开呢？", SH25, "T3", "partially_granted", TOT, "fu-row"),
        C("属于国家秘密不予公开的呢", SH25, "T3", "denied_state_secret", TOT, "fu-row"),
    ]),
    F("change-t4-block", [
        C("沭阳县2025年行政复议总计几件", SY, "T4", "cases", "review.total", "fu-start"),
        C("直接起诉的行政诉讼呢", SY, "T4", "cases", "litigation_direct.total", "fu-block"),
        C("复议后起诉那块呢？", SY, "T4", "cases", "litigation_after_review.total", "fu-block"),
    ]),
    F("change-body", [
        C("虹口区2021年行政复议总数", HK, "T4", "cases", "review.total", "fu-start"),
        C("平潭2021年呢", PT[2021], "T4", "cases", "review.total", "fu-body"),
    ]),
    F("after-unanswerable-year", [
        U("淮安市2023年新收申请多少件", None, 2023, "year_not_indexed", "fu-unans"),
        C("那2024年的呢", HA, "T3", "new_received", TOT, "fu-after-unans"),
    ], note="淮安市人民政府 has only its 2024 report in the corpus; 洪泽区 2023 (a district of 淮安) is a different body"),
    F("after-unanswerable-body", [
        U("虹口区卫健委2021年新收申请几件？", None, 2021, "body_not_indexed", "fu-unans"),
        C("那虹口区政府本身呢", HK, "T3", "new_received", TOT, "fu-after-unans"),
        C("其中商业企业几件", HK, "T3", "new_received", CE, "fu-column"),
    ]),
    F("pre2019-change-column", [
        C("平潭县2013年主动公开信息数本年度是多少", PC[2013], "stats", "proactive_total", "this_year", "fu-start"),
        C("历年累计呢？", PC[2013], "stats", "proactive_total", "cumulative", "fu-column"),
        C("那2012年的累计呢", PC[2012], "stats", "proactive_total", "cumulative", "fu-year"),
    ]),
    F("change-year-then-derived", [
        C("平潭2023年行政复议总计多少", PT[2023], "T4", "cases", "review.total", "fu-start"),
        C("2024年呢", PT[2024], "T4", "cases", "review.total", "fu-year"),
        D("比上一年多了几件？", "diff", [t4(PT[2024], "review.total"), t4(PT[2023], "review.total")], "件", "fu-derived"),
    ]),
    F("t2-change-row", [
        C("沭阳县2025年行政处罚决定数", SY, "T2", "administrative_penalty", "decisions", "fu-start"),
        C("行政强制呢", SY, "T2", "administrative_coercion", "decisions", "fu-row"),
    ]),
    F("pdf-change-column", [
        C("洪泽区2023年新收申请数总计", HZ, "T3", "new_received", TOT, "fu-start"),
        C("法人或其他组织里的商业企业有几件", HZ, "T3", "new_received", CE, "fu-column"),
    ]),
    F("html-change-row", [
        C("沭阳县发改局2023年予以公开几件", FGJ, "T3", "granted", TOT, "fu-start"),
        C("结转下年度的呢", FGJ, "T3", "carried_to_next_year", TOT, "fu-row"),
    ]),
    F("2019-format-after-unans", [
        U("平潭2019年（六）其他处理中'其他'小项有几件", PT[2019], 2019, "not_in_this_format", "fu-unans"),
        C("那整个其他处理一共几件", PT[2019], "T3", "other_processing", TOT, "fu-after-unans"),
    ]),
    F("change-body-dept", [
        C("上海市科委2024年行政复议结果维持的有几件", KW, "T4", "cases", "review.maintained", "fu-start"),
        C("上海市政府办公厅2025年呢？", SH25, "T4", "cases", "review.maintained", "fu-body"),
    ]),
    F("change-row-applicant", [
        C("淮安市2024年本机关不掌握相关政府信息的总计几件", HA, "T3", "unable_not_held", TOT, "fu-start"),
        C("法律服务机构那栏呢", HA, "T3", "unable_not_held", LS, "fu-column"),
        C("没有现成信息需要另外做的呢（总计）", HA, "T3", "unable_needs_creation", TOT, "fu-row"),
    ]),
    F("year-then-unans", [
        C("平潭2025年新收申请多少", PT[2025], "T3", "new_received", TOT, "fu-start"),
        U("2026年的呢？", None, 2026, "year_not_indexed", "fu-unans-year"),
    ]),
    F("pre2019-body-switch", [
        C("平潭县2012年受理依申请公开信息总数", PC[2012], "stats", "requests_total", "this_year", "fu-start"),
        C("平潭综合实验区同一年呢", PT[2012], "stats", "requests_total", "this_year", "fu-body"),
    ]),
    F("change-t4-subcol", [
        C("淮安2024年行政复议结果纠正多少件", HA, "T4", "cases", "review.corrected", "fu-start"),
        C("其他结果呢", HA, "T4", "cases", "review.other_result", "fu-column"),
        C("尚未审结的呢", HA, "T4", "cases", "review.pending", "fu-column"),
    ]),
    F("2019-format-year-switch", [
        C("平潭2019年予以公开多少件", PT[2019], "T3", "granted", TOT, "fu-start"),
        C("2020年的呢", PT[2020], "T3", "granted", TOT, "fu-year"),
    ]),
    F("shanghai-year-switch", [
        C("上海市政府办公厅2019年结转下年度继续办理的申请多少件", SH19, "T3", "carried_to_next_year", TOT, "fu-start"),
        C("2025年是多少", SH25, "T3", "carried_to_next_year", TOT, "fu-year"),
    ]),
    F("unans-figure-then-cell", [
        U("上海市科委2024年信息公开工作花了多少钱", KW, 2024, "no_such_figure", "fu-unans"),
        C("那行政事业性收费金额呢", KW, "T2", "administrative_fees", "fee_amount", "fu-after-unans"),
    ], note="turn 1 asks for spending on disclosure work (no report states it; the fee sentence is about fees collected)"),
]

PARAPHRASES = [
    P("b13-g01", [
        C("淮安市2024年新收政府信息公开申请多少件？", HA, "T3", "new_received", TOT, "para-plain"),
        C("２０２４年淮安市政府新收信息公开申请数", HA, "T3", "new_received", TOT, "para-fullwidth"),
        C("请问一下，我想申请个低保材料，顺便问下淮安市今年报告里二〇二四年新收的依申请件数是多少", HA, "T3", "new_received", TOT, "para-irrelevant-first"),
        C("淮安 新收申请 2024", HA, "T3", "new_received", TOT, "para-keyword"),
        C("淮按市2024年一共新收到几件政府信息公开申请", HA, "T3", "new_received", TOT, "para-typo"),
    ]),
    P("b13-g02", [
        C("平潭综合实验区2023年本机关不掌握相关政府信息的有多少件", PT[2023], "T3", "unable_not_held", TOT, "para-plain"),
        C("平潭二〇二三年因为政府手里没有这信息而没法提供的申请几件", PT[2023], "T3", "unable_not_held", TOT, "para-chinese-numeral"),
        C("平潭实验区不掌握信息的件数 2023年", PT[2023], "T3", "unable_not_held", TOT, "para-year-end"),
        C("平潭 2023 不掌握", PT[2023], "T3", "unable_not_held", TOT, "para-keyword"),
        C("平谭2023年本机关不掌握信息的申请数", PT[2023], "T3", "unable_not_held", TOT, "para-typo"),
    ]),
    P("b13-g03", [
        C("沭阳县2025年行政复议结果维持的有多少件", SY, "T4", "cases", "review.maintained", "para-plain"),
        C("沭阳县政府２０２５年复议维持几件", SY, "T4", "cases", "review.maintained", "para-fullwidth"),
        C("我在沭阳开店的，想知道县政府被申请行政复议后维持原决定的有多少，2025", SY, "T4", "cases", "review.maintained", "para-irrelevant-first"),
        C("沭阳 复议 维持 二零二五", SY, "T4", "cases", "review.maintained", "para-keyword-chinese-numeral"),
        C("沭杨县2025年行政复议结果维持数", SY, "T4", "cases", "review.maintained", "para-typo"),
    ]),
    P("b13-g04", [
        C("虹口区2021年行政复议结果维持多少件", HK, "T4", "cases", "review.maintained", "para-plain"),
        C("上海虹口区政府二〇二一年被复议后维持的有几件", HK, "T4", "cases", "review.maintained", "para-chinese-numeral"),
        C("虹口区复议维持件数2021", HK, "T4", "cases", "review.maintained", "para-year-end"),
        C("顺便问一句，虹口区2021年行政复议维持了多少", HK, "T4", "cases", "review.maintained", "para-irrelevant-first"),
        C("虹口区2021年行政夏议结果维持几件", HK, "T4", "cases", "review.maintained", "para-typo"),
    ]),
    P("b13-g05", [
        C("上海市政府办公厅2025年予以公开的申请有多少件", SH25, "T3", "granted", TOT, "para-plain"),
        C("上海市人民政府办公厅２０２５年予以公开总计", SH25, "T3", "granted", TOT, "para-fullwidth"),
        C("市府办公厅（上海）2025年同意公开的申请数量", SH25, "T3", "granted", TOT, "para-colloquial-row"),
        C("上海市政府办公厅 予以公开 二〇二五", SH25, "T3", "granted", TOT, "para-keyword"),
        C("上海市政俯办公厅2025年予以公开几件", SH25, "T3", "granted", TOT, "para-typo"),
    ]),
    P("b13-g06", [
        C("洪泽区2023年行政许可处理决定数量多少", HZ, "T2", "administrative_licensing", "decisions", "para-plain"),
        C("淮安洪泽区二〇二三年行政许可决定有几件", HZ, "T2", "administrative_licensing", "decisions", "para-chinese-numeral"),
        C("洪泽区政府行政许可数量 2023", HZ, "T2", "administrative_licensing", "decisions", "para-year-end"),
        C("洪泽 行政许可 23年", HZ, "T2", "administrative_licensing", "decisions", "para-keyword"),
        C("洪泽区2023年行政许可的处里决定数量", HZ, "T2", "administrative_licensing", "decisions", "para-typo"),
    ]),
    P("b13-g07", [
        C("上海市科委2024年新收政府信息公开申请多少件", KW, "T3", "new_received", TOT, "para-plain"),
        C("上海市科学技术委员会２０２４年收到的新申请数", KW, "T3", "new_received", TOT, "para-fullwidth"),
        C("市科委二〇二四年新收依申请公开数量", KW, "T3", "new_received", TOT, "para-chinese-numeral"),
        C("科委 2024 新收申请", KW, "T3", "new_received", TOT, "para-keyword"),
        C("上海市科委2024年新收的信息公开申情有几件", KW, "T3", "new_received", TOT, "para-typo"),
    ]),
    P("b13-g08", [
        C("平潭县人民政府2012年主动公开信息数多少条", PC[2012], "stats", "proactive_total", "this_year", "para-plain"),
        C("平潭县政府二〇一二年主动公开了多少条信息（统计表本年度）", PC[2012], "stats", "proactive_total", "this_year", "para-chinese-numeral"),
        C("平潭县主动公开信息数，2012年度", PC[2012], "stats", "proactive_total", "this_year", "para-year-end"),
        C("平潭县 主动公开 2012 本年度", PC[2012], "stats", "proactive_total", "this_year", "para-keyword"),
        C("平潭县政府２０１２年主动公开信息条数", PC[2012], "stats", "proactive_total", "this_year", "para-fullwidth"),
    ]),
    P("b13-g09", [
        D("淮安市2024年不予处理的申请合计多少件（五种情形相加）", "sum", [t3(HA, r) for r in NOTPROC], "件", "para-plain"),
        D("２０２４年淮安市不予处理的几种情况加起来一共多少件", "sum", [t3(HA, r) for r in NOTPROC], "件", "para-fullwidth"),
        D("淮安市政府不予处理合计 2024年", "sum", [t3(HA, r) for r in NOTPROC], "件", "para-year-end"),
        D("想了解下信访类的处理，淮安市2024年不予处理（信访、重复、出版物、大量反复、确认重出）总共多少", "sum", [t3(HA, r) for r in NOTPROC], "件", "para-irrelevant-first"),
        D("淮安市2024年不予处里的申请一共几件", "sum", [t3(HA, r) for r in NOTPROC], "件", "para-typo"),
    ]),
    P("b13-g10", [
        C("平潭2022年部分公开多少件", PT[2022], "T3", "partially_granted", TOT, "para-plain"),
        C("平潭综合实验区二零二二年部分公开的申请数", PT[2022], "T3", "partially_granted", TOT, "para-chinese-numeral"),
        C("平潭实验区只公开了一部分的申请有几件，2022年", PT[2022], "T3", "partially_granted", TOT, "para-colloquial-row"),
        C("平潭 部分公开 22年", PT[2022], "T3", "partially_granted", TOT, "para-keyword"),
        C("平潭2022年部份公开有几件", PT[2022], "T3", "partially_granted", TOT, "para-typo"),
    ]),
    P("b13-g11", [
        C("上海市政府办公厅2019年新收政府信息公开申请多少件", SH19, "T3", "new_received", TOT, "para-plain"),
        C("上海市人民政府办公厅二〇一九年新收的信息公开申请总数", SH19, "T3", "new_received", TOT, "para-chinese-numeral"),
        C("上海市政府办公厅新收申请数 2019", SH19, "T3", "new_received", TOT, "para-year-end"),
        C("先问个别的，上海市政府办公厅２０１９年收到的新申请有多少件？", SH19, "T3", "new_received", TOT, "para-irrelevant-first-fullwidth"),
        C("上海市政府办公听2019年新收申请数", SH19, "T3", "new_received", TOT, "para-typo"),
    ]),
    P("b13-g12", [
        D("沭阳县2025年行政诉讼一共多少件（直接起诉+复议后起诉）", "sum", [t4(SY, "litigation_direct.total"), t4(SY, "litigation_after_review.total")], "件", "para-plain"),
        D("沭阳县政府２０２５年被告上法院的官司总共几件", "sum", [t4(SY, "litigation_direct.total"), t4(SY, "litigation_after_review.total")], "件", "para-fullwidth-colloquial"),
        D("沭阳县二〇二五年行政诉讼总数（两种起诉方式加总）", "sum", [t4(SY, "litigation_direct.total"), t4(SY, "litigation_after_review.total")], "件", "para-chinese-numeral"),
        D("沭阳 行政诉讼 合计 2025", "sum", [t4(SY, "litigation_direct.total"), t4(SY, "litigation_after_review.total")], "件", "para-keyword"),
        D("沭阳县2025年行政诉松一共几件", "sum", [t4(SY, "litigation_direct.total"), t4(SY, "litigation_after_review.total")], "件", "para-typo"),
    ]),
    P("b13-g13", [
        C("沭阳县发改局2023年予以公开多少件", FGJ, "T3", "granted", TOT, "para-plain"),
        C("沭阳县发展和改革局２０２３年予以公开的申请数", FGJ, "T3", "granted", TOT, "para-fullwidth"),
        C("沭阳发改二〇二三年给公开了的申请有几件", FGJ, "T3", "granted", TOT, "para-chinese-numeral-colloquial"),
        C("沭阳县发改局 予以公开 2023", FGJ, "T3", "granted", TOT, "para-keyword"),
        C("沭阳县发该局2023年予以公开几件", FGJ, "T3", "granted", TOT, "para-typo"),
    ]),
    P("b13-g14", [
        C("平潭综合实验区2024年行政许可处理决定数量", PT[2024], "T2", "administrative_licensing", "decisions", "para-plain"),
        C("平潭管委会二〇二四年行政许可决定多少件", PT[2024], "T2", "administrative_licensing", "decisions", "para-chinese-numeral"),
        C("平潭实验区行政许可 2024年的", PT[2024], "T2", "administrative_licensing", "decisions", "para-year-end"),
        C("我想去平潭旅游，顺便问下平潭２０２４年行政许可处理决定有多少", PT[2024], "T2", "administrative_licensing", "decisions", "para-irrelevant-first"),
        C("平潭2024年行政许刻决定数量", PT[2024], "T2", "administrative_licensing", "decisions", "para-typo"),
    ]),
    P("b13-g15", [
        C("虹口区2021年新收申请中自然人有多少件", HK, "T3", "new_received", NP, "para-plain"),
        C("上海市虹口区２０２１年个人提交的新申请数", HK, "T3", "new_received", NP, "para-fullwidth-colloquial"),
        C("虹口区政府二〇二一年老百姓个人申请信息公开的有几件（新收）", HK, "T3", "new_received", NP, "para-chinese-numeral"),
        C("虹口 自然人 新收 2021", HK, "T3", "new_received", NP, "para-keyword"),
        C("虹口区2021年新收申请自然人数量是多少呀", HK, "T3", "new_received", NP, "para-colloquial"),
    ]),
    P("b13-g16", [
        D("平潭2024年新收申请比2023年多多少件", "diff", [t3(PT[2024], "new_received"), t3(PT[2023], "new_received")], "件", "para-plain"),
        D("平潭综合实验区２０２４年的新收申请数较２０２３年增加了几件", "diff", [t3(PT[2024], "new_received"), t3(PT[2023], "new_received")], "件", "para-fullwidth"),
        D("平潭二〇二四年新收申请同比增加多少", "diff", [t3(PT[2024], "new_received"), t3(PT[2023], "new_received")], "件", "para-chinese-numeral-yoy"),
        D("平潭 新收申请 2024比2023 增加", "diff", [t3(PT[2024], "new_received"), t3(PT[2023], "new_received")], "件", "para-keyword"),
        D("平谭实验区2024年新收申请比23年多了几件", "diff", [t3(PT[2024], "new_received"), t3(PT[2023], "new_received")], "件", "para-typo"),
    ]),
    P("b13-g17", [
        C("上海市政府办公厅2025年行政复议总计多少件", SH25, "T4", "cases", "review.total", "para-plain"),
        C("上海市人民政府办公厅二〇二五年因信息公开被申请复议的总数", SH25, "T4", "cases", "review.total", "para-chinese-numeral"),
        C("上海市政府办复议总数 2025年", SH25, "T4", "cases", "review.total", "para-year-end"),
        C("上海 市政府办公厅 复议 ２０２５", SH25, "T4", "cases", "review.total", "para-keyword-fullwidth"),
        C("上海市政府办公厅2025年行政复义总计几件", SH25, "T4", "cases", "review.total", "para-typo"),
    ]),
]
