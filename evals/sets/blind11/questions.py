# -*- coding: utf-8 -*-
"""Blind set 11: questions with references only (no typed numbers).

Reference forms
  cell  : C(question, report, "T3.row.col", class)          (pre-2019: "stats.row.this_year")
  derived: D(question, report, op, refs, unit, class, decimals=None)
           op "sum"  : refs = list of refs, a leading '-' subtracts ("-T3.x.total" or "-pingtan_2022:T3.x.total")
           op "pct"  : refs = (numerator refs, denominator refs) -> 100*num/den
           op "argmax"/"argmin": refs = {label_value(int, e.g. a year): ref}; value = the label of the max/min
  narrative: N(question, report, substring, class)
  unanswerable: U(question, report_or_None, year_or_None, reason, class)
  ambiguous: A(question, class)
  followup: F(class, [turn, ...]) where a turn is built with the same helpers
A ref may carry its own report: "pingtan_2022:T3.new_received.total"; otherwise the item's report is used.
"""


def C(q, rep, ref, cls):
    return {"kind": "cell", "question": q, "report": rep, "ref": ref, "class": cls}


def D(q, rep, op, refs, unit, cls, decimals=None):
    d = {"kind": "derived", "question": q, "report": rep, "op": op, "refs": refs, "unit": unit, "class": cls}
    if decimals is not None:
        d["decimals"] = decimals
    return d


def N(q, rep, sub, cls):
    return {"kind": "narrative", "question": q, "report": rep, "substring": sub, "class": cls}


def U(q, rep, year, reason, cls):
    return {"kind": "unanswerable", "question": q, "report": rep, "year": year, "reason": reason, "class": cls}


def A(q, cls):
    return {"kind": "ambiguous", "question": q, "report": None, "year": None, "class": cls}


def F(cls, turns):
    return {"kind": "followup", "class": cls, "turns": turns}


HK = "hongkou-district_2021"
HZ = "hongze-district_2023"
HA = "huaian-city_2024"
PC11, PC12, PC13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"
P11, P12, P13, P14, P16, P18 = "pingtan_2011", "pingtan_2012", "pingtan_2013", "pingtan_2014", "pingtan_2016", "pingtan_2018"
P19, P20, P21, P22, P23, P24, P25 = ("pingtan_2019", "pingtan_2020", "pingtan_2021", "pingtan_2022", "pingtan_2023",
                                     "pingtan_2024", "pingtan_2025")
SO19, SO25 = "shanghai-municipal-office_2019", "shanghai-municipal-office_2025"
KW = "shanghai-stcsm_2024"
SYC = "shuyang-county_2025"
FGJ = "shuyang-fgj_2023"

ITEMS = [
    # ------------------------------------------------------------------ cells: 2021 format
    C("虹口区2021年一共新收了多少件信息公开申请？", HK, "T3.new_received.total", "plain"),
    C("虹口区政府2021年度报告里，企业（商业企业）提的申请新收了几件", HK, "T3.new_received.commercial_enterprise", "applicant-column"),
    C("上海虹口区21年从上一年转过来的申请有多少", HK, "T3.carried_over_from_last_year.total", "colloquial-row+short-year"),
    C("虹口区2021年因为机关没有这个信息、没法提供的，有多少件？", HK, "T3.unable_not_held.total", "colloquial-row"),
    C("虹口2021 需要另行制作所以无法提供 件数", HK, "T3.unable_needs_creation.total", "keyword-only"),
    C("虹口区政府2021年被申请行政复议总共多少起", HK, "T4.cases.review.total", "T4-review"),
    C("2021年虹口区行政许可处理决定有多少个", HK, "T2.administrative_licensing.decisions", "T2"),
    C("虹口区2021年有几件申请是因为属于行政查询事项不予公开的？", HK, "T3.denied_admin_query.total", "result-row"),
    C("虹口区政府2021年信息公开复议后又起诉、法院维持的有几件", HK, "T4.cases.litigation_after_review.maintained", "T4-litigation-sub"),
    C("虹口区2021年行政规范性文件现行有效的还有几件？", HK, "T2.normative_documents.valid", "T2"),

    C("洪泽区2023年一共收到多少政府信息公开申请", HZ, "T3.new_received.total", "plain"),
    C("洪泽区政府2023年本机关不掌握相关信息的答复有几件", HZ, "T3.unable_not_held.total", "result-row"),
    C("淮安市洪泽区2023年行政处罚决定数量是多少", HZ, "T2.administrative_penalty.decisions", "city-run-into-name"),
    C("洪泽区2023年行政事业性收费金额多少万元", HZ, "T2.administrative_fees.fee_amount", "T2-fee"),
    C("洪泽区政府2023年部分公开的申请有几件？", HZ, "T3.partially_granted.total", "result-row"),
    C("洪泽 2023 行政复议 结果维持", HZ, "T4.cases.review.maintained", "keyword-only"),
    C("洪泽区2023年以属于国家秘密为由不公开的有几件", HZ, "T3.denied_state_secret.total", "result-row"),
    C("洪泽区23年行政强制决定数", HZ, "T2.administrative_coercion.decisions", "short-year"),

    C("淮安市2024年新收的政府信息公开申请总数是多少？", HA, "T3.new_received.total", "plain"),
    C("淮安市政府2024年自然人提交的新申请有多少件", HA, "T3.new_received.natural_person", "applicant-column"),
    C("2024年淮安市法律服务机构（律所之类）申请了多少件信息公开", HA, "T3.new_received.legal_service_org", "applicant-column-desc"),
    C("淮安2024年给予全部公开的申请有多少件", HA, "T3.granted.total", "colloquial-row"),
    C("淮安市2024年属于三安全一稳定不予公开的件数", HA, "T3.denied_three_security_one_stability.total", "result-row"),
    C("淮安市2024年因为申请人逾期不补正、机关不再处理的申请有几件", HA, "T3.other_no_correction_overdue.total", "result-row-2021-only"),
    C("淮安2024年，信访举报投诉类的申请不予处理了多少件？", HA, "T3.not_processed_petition_complaint.total", "result-row"),
    C("淮安市人民政府2024年度被申请行政复议后结果被纠正的有几件", HA, "T4.cases.review.corrected", "T4-review-sub"),
    C("淮安市2024年没经过复议直接去法院起诉的信息公开案件一共多少", HA, "T4.cases.litigation_direct.total", "T4-litigation-desc"),
    C("淮安市2024年行政处罚决定数量", HA, "T2.administrative_penalty.decisions", "T2"),
    C("淮安市2024年结转到下一年继续办的申请有多少件", HA, "T3.carried_to_next_year.total", "plain"),
    C("淮安市2024年重复申请的有多少件", HA, "T3.not_processed_duplicate.total", "result-row"),
    C("淮安市2024年复议后起诉、目前还没审结的案子几件？", HA, "T4.cases.litigation_after_review.pending", "T4-litigation-sub"),
    C("淮安市2024年商业企业申请的里面，有几件是本机关不掌握的", HA, "T3.unable_not_held.commercial_enterprise", "applicant-column+row"),

    C("平潭综合实验区2021年新收到的依申请公开件数", P21, "T3.new_received.total", "plain"),
    C("平潭2021年社会公益组织提交了几件信息公开申请", P21, "T3.new_received.social_welfare_org", "applicant-column"),
    C("平潭实验区2021年行政执法案卷不予公开的有几件", P21, "T3.denied_enforcement_case_file.total", "result-row"),
    C("平潭综合实验区2021年行政许可处理决定数", P21, "T2.administrative_licensing.decisions", "T2"),
    C("平潭2021年直接起诉的行政诉讼里判维持的有几件", P21, "T4.cases.litigation_direct.maintained", "T4-litigation-sub"),

    C("平潭综合实验区2022年行政规范性文件现行有效多少件", P22, "T2.normative_documents.valid", "T2"),
    C("平潭2022年本年度废止了几件行政规范性文件？", P22, "T2.normative_documents.repealed", "T2"),
    C("平潭综合实验区2022年商业企业的新申请几件", P22, "T3.new_received.commercial_enterprise", "applicant-column"),
    C("平潭综合实验区2022年过程性信息不公开的几件", P22, "T3.denied_process_info.total", "result-row"),
    C("平潭综合实验区2022年收费金额是多少万元（行政事业性收费）", P22, "T2.administrative_fees.fee_amount", "T2-fee"),

    C("平潭综合实验区2023年因保护第三方合法权益不予公开的件数", P23, "T3.denied_third_party_rights.total", "result-row"),
    C("平潭综合实验区2023年行政强制的处理决定有几个", P23, "T2.administrative_coercion.decisions", "T2"),
    C("平潭2023年复议后起诉的案件总数", P23, "T4.cases.litigation_after_review.total", "T4-litigation-sub"),
    C("平潭综合实验区2023年部分公开多少件", P23, "T3.partially_granted.total", "result-row"),

    C("平潭综合实验区2024年属于三类内部事务信息而不公开的有几件？", P24, "T3.denied_internal_affairs.total", "result-row"),
    C("2024年平潭综合实验区行政复议尚未审结的有几件", P24, "T4.cases.review.pending", "T4-review-sub"),
    C("平潭2024年行政许可决定数量", P24, "T2.administrative_licensing.decisions", "T2"),
    C("平潭综合实验区2024年以国家秘密为理由不公开几件", P24, "T3.denied_state_secret.total", "result-row"),

    C("平潭综合实验区2025年结转到下年度继续办理的申请几件", P25, "T3.carried_to_next_year.total", "plain"),
    C("平潭2025年逾期未缴费、不再处理的申请有几件", P25, "T3.other_fee_unpaid_overdue.total", "result-row-2021-only"),
    C("平潭综合实验区2025年行政处罚决定数量是多少", P25, "T2.administrative_penalty.decisions", "T2"),
    C("平潭2025年信息公开行政复议结果纠正几件", P25, "T4.cases.review.corrected", "T4-review-sub"),

    C("上海市政府办公厅2025年新收政府信息公开申请多少件", SO25, "T3.new_received.total", "plain"),
    C("市府办公厅2025年上年结转过来的申请里法律服务机构有几件", SO25, "T3.carried_over_from_last_year.legal_service_org", "short-dept-name+column"),
    C("上海市人民政府办公厅2025年属于信访举报投诉类的不予处理件数", SO25, "T3.not_processed_petition_complaint.total", "result-row"),
    C("上海市政府办公厅2025年要求提供公开出版物的申请有几件", SO25, "T3.not_processed_publication.total", "result-row"),
    C("2025年上海市人民政府办公厅“其他处理”里面的“其他”一项是多少件", SO25, "T3.other_other.total", "result-row"),
    C("上海市人民政府办公厅2025年未经复议直接起诉，尚未审结的有几件", SO25, "T4.cases.litigation_direct.pending", "T4-litigation-sub"),
    C("上海市办公厅2025年的信息公开行政复议总计", SO25, "T4.cases.review.total", "T4-review"),
    C("上海市人民政府办公厅2025年补正后申请内容仍不明确的有几件", SO25, "T3.unable_unclear_after_correction.total", "result-row"),

    C("上海市科委2024年新收了多少件信息公开申请", KW, "T3.new_received.total", "short-dept-name"),
    C("上海市科学技术委员会2024年行政许可处理决定数量是多少", KW, "T2.administrative_licensing.decisions", "T2"),
    C("市科委2024年本年制发的行政规范性文件有几件", KW, "T2.normative_documents.issued", "short-dept-name"),
    C("上海科委2024年逾期不补正不再处理的申请几件", KW, "T3.other_no_correction_overdue.total", "result-row"),
    C("上海市科委2024年，没有现成信息需要另行制作的有几件？", KW, "T3.unable_needs_creation.total", "result-row"),

    C("沭阳县政府2025年新收政府信息公开申请数量", SYC, "T3.new_received.total", "plain"),
    C("沭阳县2025年行政许可处理决定数量是多少", SYC, "T2.administrative_licensing.decisions", "T2"),
    C("沭阳县人民政府2025年行政事业性收费金额多少万元", SYC, "T2.administrative_fees.fee_amount", "T2-fee"),
    C("沭阳县2025年保护第三方合法权益不公开几件", SYC, "T3.denied_third_party_rights.total", "result-row"),
    C("沭阳县2025年行政复议结果纠正的几件", SYC, "T4.cases.review.corrected", "T4-review-sub"),
    C("沭阳县2025年复议后起诉的行政诉讼总数", SYC, "T4.cases.litigation_after_review.total", "T4-litigation-sub"),
    C("沭阳县2025年部分公开里面法律服务机构的有几件", SYC, "T3.partially_granted.legal_service_org", "applicant-column+row"),
    C("宿迁市沭阳县2025年行政强制决定数量", SYC, "T2.administrative_coercion.decisions", "city-run-into-name"),

    C("沭阳县发改局2023年本年制发的规范性文件几件", FGJ, "T2.normative_documents.issued", "short-dept-name"),
    C("沭阳县发展和改革局2023年收到政府信息公开申请多少件", FGJ, "T3.new_received.total", "plain"),
    C("沭阳发改局2023年行政复议尚未审结的几件", FGJ, "T4.cases.review.pending", "T4-review-sub"),
    C("沭阳县发改局2023年予以公开的申请数", FGJ, "T3.granted.total", "result-row"),

    # ------------------------------------------------------------------ cells: 2019 trial format
    C("上海市政府办公厅2019年新收政府信息公开申请数量", SO19, "T3.new_received.total", "plain"),
    C("上海市人民政府办公厅2019年本年新制作的规章有几件", SO19, "T2.regulations.new_made", "T2-2019-format"),
    C("2019年上海市府办政府集中采购项目数量", SO19, "T2.centralized_procurement.procurement_items", "T2-2019-only-row"),
    C("上海市人民政府办公厅2019年规范性文件对外公开总数量", SO19, "T2.normative_documents.total_published", "T2-2019-format"),
    C("上海市政府办公厅2019年自然人申请里予以公开的有几件", SO19, "T3.granted.natural_person", "applicant-column+row"),
    C("上海市人民政府办公厅2019年结转下年度继续办理的数量", SO19, "T3.carried_to_next_year.total", "plain"),
    C("上海市政府办公厅2019年行政诉讼直接起诉的总计", SO19, "T4.cases.litigation_direct.total", "T4-litigation-sub"),
    C("上海市人民政府办公厅2019年信访举报投诉类申请（自然人）有多少", SO19, "T3.not_processed_petition_complaint.natural_person", "applicant-column+row"),

    C("平潭综合实验区2019年新收政府信息公开申请多少件", P19, "T3.new_received.total", "plain"),
    C("平潭2019年补正后申请内容仍不明确的有几件", P19, "T3.unable_unclear_after_correction.total", "result-row"),
    C("平潭综合实验区2019年规章本年新制作数量", P19, "T2.regulations.new_made", "T2-2019-format"),
    C("平潭综合实验区2020年其他组织提交的新申请有几件", P20, "T3.new_received.other_org", "applicant-column"),
    C("平潭综合实验区2020年其他处理的件数", P20, "T3.other_processing.total", "2019-format-row"),
    C("平潭2020年规章对外公开总数量是多少", P20, "T2.regulations.total_published", "T2-2019-format"),
    C("平潭综合实验区2020年行政处罚上一年项目数量", P20, "T2.administrative_penalty.previous_year_items", "T2-2019-format"),

    # ------------------------------------------------------------------ cells: pre-2019 统计表
    C("平潭县人民政府2012年受理依申请公开信息总数", PC12, "stats.requests_total.this_year", "pre2019"),
    C("平潭县2012年当面申请的有几条", PC12, "stats.req_in_person.this_year", "pre2019"),
    C("平潭县政府2012年统计表里否决公开答复数是多少", PC12, "stats.reply_refused.this_year", "pre2019"),
    C("平潭县人民政府2013年网上申请数", PC13, "stats.req_online.this_year", "pre2019"),
    C("平潭县2013年主动公开信息数历年累计是多少", PC13, "stats.proactive_total.cumulative", "pre2019-cumulative"),
    C("平潭县人民政府2011年网站公开的信息有多少条", PC11, "stats.proactive_website.this_year", "pre2019"),
    C("平潭县2011年政府公报公开了几条", PC11, "stats.proactive_gazette.this_year", "pre2019"),
    C("平潭综合实验区管委会2011年主动公开信息数", P11, "stats.proactive_total.this_year", "pre2019"),
    C("平潭综合实验区2012年统计表里主动公开信息数是多少", P12, "stats.proactive_total.this_year", "pre2019-table-vs-prose"),
    C("平潭综合实验区2013年统计表网站公开历年累计", P13, "stats.proactive_website.cumulative", "pre2019-cumulative"),
    C("平潭综合实验区管委会2014年信函、传真申请数", P14, "stats.req_letter_fax.this_year", "pre2019"),
    C("平潭管委会2014年同意公开答复数是多少", P14, "stats.reply_full.this_year", "pre2019"),
    C("平潭综合实验区2016年主动公开文件数（本年度）", P16, "stats.proactive_total.this_year", "pre2019"),
    C("平潭综合实验区2016年政府信息公开收费减免金额", P16, "stats.fee_waiver_amount.this_year", "pre2019-fee"),
    C("平潭综合实验区2018年政府网站公开数", P18, "stats.proactive_website.this_year", "pre2019"),
    C("平潭综合实验区2018年行政复议数", P18, "stats.admin_review.this_year", "pre2019"),

    # ------------------------------------------------------------------ derived
    D("虹口区2021年予以公开和部分公开加起来占办结总数的百分之几？（保留两位小数）", HK, "pct",
      (["T3.granted.total", "T3.partially_granted.total"], ["T3.results_total.total"]), "%", "share", 2),
    D("虹口区2021年不予公开的一共多少件（八种情形合计）", HK, "sum",
      ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
       "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
       "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"], "件", "group-sum"),
    D("虹口区2021年行政诉讼一共多少件（直接起诉加复议后起诉）", HK, "sum",
      ["T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"], "件", "sum-T4"),
    D("洪泽区2023年无法提供的申请合计几件", HZ, "sum",
      ["T3.unable_not_held.total", "T3.unable_needs_creation.total", "T3.unable_unclear_after_correction.total"],
      "件", "group-sum"),
    D("洪泽区2023年行政处罚比行政许可多多少个决定", HZ, "sum",
      ["T2.administrative_penalty.decisions", "-T2.administrative_licensing.decisions"], "个", "difference"),
    D("淮安市2024年法人或其他组织一共新提交了多少件申请？", HA, "sum",
      ["T3.new_received.commercial_enterprise", "T3.new_received.research_institution",
       "T3.new_received.social_welfare_org", "T3.new_received.legal_service_org", "T3.new_received.other_org"],
      "件", "legal-person-sum"),
    D("淮安市2024年自然人申请占新收申请总数的比例是多少（百分比，保留1位小数）", HA, "pct",
      (["T3.new_received.natural_person"], ["T3.new_received.total"]), "%", "share", 1),
    D("淮安2024年不予处理的申请一共几件（5类加总）", HA, "sum",
      ["T3.not_processed_petition_complaint.total", "T3.not_processed_duplicate.total",
       "T3.not_processed_publication.total", "T3.not_processed_massive_repeated.total",
       "T3.not_processed_confirm_or_reissue.total"], "件", "group-sum"),
    D("淮安市2024年行政复议被纠正的占复议总数百分之多少？保留两位小数", HA, "pct",
      (["T4.cases.review.corrected"], ["T4.cases.review.total"]), "%", "share-T4", 2),
    D("淮安市2024年信息公开行政复议和行政诉讼加起来一共多少件", HA, "sum",
      ["T4.cases.review.total", "T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"],
      "件", "sum-T4"),
    D("平潭综合实验区2022年新收申请比2021年多了几件？", P22, "sum",
      ["T3.new_received.total", "-pingtan_2021:T3.new_received.total"], "件", "yoy"),
    D("平潭2024年的行政许可决定数比2023年增加了多少", P24, "sum",
      ["T2.administrative_licensing.decisions", "-pingtan_2023:T2.administrative_licensing.decisions"], "个", "yoy"),
    D("平潭综合实验区2025年新收申请比2024年少了多少件", P25, "sum",
      ["pingtan_2024:T3.new_received.total", "-T3.new_received.total"], "件", "yoy-decrease"),
    D("平潭综合实验区2021到2025年，哪一年新收的信息公开申请最多？", None, "argmax",
      {2021: "pingtan_2021:T3.new_received.total", 2022: "pingtan_2022:T3.new_received.total",
       2023: "pingtan_2023:T3.new_received.total", 2024: "pingtan_2024:T3.new_received.total",
       2025: "pingtan_2025:T3.new_received.total"}, "年", "ranking"),
    D("平潭2021-2025这五年里哪年行政处罚决定数最少", None, "argmin",
      {2021: "pingtan_2021:T2.administrative_penalty.decisions", 2022: "pingtan_2022:T2.administrative_penalty.decisions",
       2023: "pingtan_2023:T2.administrative_penalty.decisions", 2024: "pingtan_2024:T2.administrative_penalty.decisions",
       2025: "pingtan_2025:T2.administrative_penalty.decisions"}, "年", "ranking"),
    D("平潭综合实验区2023年予以公开占办结总数的比例（%，两位小数）", P23, "pct",
      (["T3.granted.total"], ["T3.results_total.total"]), "%", "share", 2),
    D("平潭2025年行政复议加行政诉讼一共多少起", P25, "sum",
      ["T4.cases.review.total", "T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"],
      "件", "sum-T4"),
    D("上海市人民政府办公厅2025年无法提供的申请合计几件", SO25, "sum",
      ["T3.unable_not_held.total", "T3.unable_needs_creation.total", "T3.unable_unclear_after_correction.total"],
      "件", "group-sum"),
    D("上海市政府办公厅2025年新收加上年结转一共要办多少件申请", SO25, "sum",
      ["T3.new_received.total", "T3.carried_over_from_last_year.total"], "件", "sum"),
    D("上海市政府办公厅2025年新收申请数比2019年多多少件", SO25, "sum",
      ["T3.new_received.total", "-shanghai-municipal-office_2019:T3.new_received.total"], "件", "cross-format-yoy"),
    D("上海市科委2024年其他处理一共多少件（三项合计）", KW, "sum",
      ["T3.other_no_correction_overdue.total", "T3.other_fee_unpaid_overdue.total", "T3.other_other.total"],
      "件", "group-sum"),
    D("沭阳县2025年不予公开合计多少件", SYC, "sum",
      ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
       "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
       "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"], "件", "group-sum"),
    D("沭阳县2025年行政复议维持率是多少（维持/复议总计，百分比保留两位小数）", SYC, "pct",
      (["T4.cases.review.maintained"], ["T4.cases.review.total"]), "%", "share-T4", 2),
    D("沭阳县2025年行政处罚决定数比行政许可多还是少？差多少", SYC, "sum",
      ["T2.administrative_penalty.decisions", "-T2.administrative_licensing.decisions"], "个", "difference"),
    D("上海市办公厅2019年自然人新申请占比多少？保留两位小数", SO19, "pct",
      (["T3.new_received.natural_person"], ["T3.new_received.total"]), "%", "share", 2),
    D("平潭综合实验区2020年新收的申请比2019年少了几件", P20, "sum",
      ["pingtan_2019:T3.new_received.total", "-T3.new_received.total"], "件", "yoy-decrease"),
    D("平潭县2013年主动公开信息数比2012年少多少条", PC13, "sum",
      ["pingtan-county_2012:stats.proactive_total.this_year", "-stats.proactive_total.this_year"], "条", "pre2019-yoy"),
    D("平潭县2012年同意公开的答复占答复总数的百分之几（保留两位小数）", PC12, "pct",
      (["stats.reply_full.this_year"], ["stats.replies_total.this_year"]), "%", "pre2019-share", 2),
    D("平潭综合实验区2016年主动公开文件数比2014年多了多少条", P16, "sum",
      ["stats.proactive_total.this_year", "-pingtan_2014:stats.proactive_total.this_year"], "条", "pre2019-yoy"),
    D("平潭综合实验区2018年主动公开数比2016年少了多少", P18, "sum",
      ["pingtan_2016:stats.proactive_total.this_year", "-stats.proactive_total.this_year"], "条", "pre2019-yoy"),
    D("洪泽区2023年自然人申请占全部新收的百分比", HZ, "pct",
      (["T3.new_received.natural_person"], ["T3.new_received.total"]), "%", "share", 2),
    D("沭阳县发改局2023年规范性文件现行有效比本年制发多几件", FGJ, "sum",
      ["T2.normative_documents.valid", "-T2.normative_documents.issued"], "件", "difference"),

    D("淮安市2024年新收加上年结转，再减去办结总数，还剩多少件", HA, "sum",
      ["T3.new_received.total", "T3.carried_over_from_last_year.total", "-T3.results_total.total"], "件", "balance"),
    D("上海市科委2024年无法提供的一共几件", KW, "sum",
      ["T3.unable_not_held.total", "T3.unable_needs_creation.total", "T3.unable_unclear_after_correction.total"],
      "件", "group-sum"),
    D("平潭县2013年主动公开历年累计比2011年的累计多了多少条", PC13, "sum",
      ["stats.proactive_total.cumulative", "-pingtan-county_2011:stats.proactive_total.cumulative"], "条",
      "pre2019-cumulative-diff"),
    D("沭阳县2025年商业企业和法律服务机构新申请加起来几件", SYC, "sum",
      ["T3.new_received.commercial_enterprise", "T3.new_received.legal_service_org"], "件", "sum-columns"),
    D("平潭综合实验区2024年不予公开的合计数", P24, "sum",
      ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
       "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
       "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"], "件", "group-sum"),
    D("平潭2024年行政复议纠正率（结果纠正÷复议总计，百分比两位小数）", P24, "pct",
      (["T4.cases.review.corrected"], ["T4.cases.review.total"]), "%", "share-T4", 2),

    # ------------------------------------------------------------------ narrative
    N("虹口区政府办公室的联系电话是多少？", HK, "021—25658888", "contact-phone"),
    N("虹口区2021年报告里说的联系地址在哪", HK, "飞虹路 518 号", "contact-address"),
    N("虹口区2021年搞了几次新进公务员政务公开培训？", HK, "开展新进公务员政务公开通识培训2次", "training-prose"),
    N("虹口区2021年收信息处理费了吗", HK, "区政府未收取政府信息公开信息处理费", "fee-prose"),
    N("洪泽区政府办公室的邮箱是什么", HZ, "hzzwgk@126.com", "contact-email"),
    N("洪泽区信息公开有疑问打哪个电话", HZ, "0517-87222589", "contact-phone"),
    N("洪泽区2023年在政府网站主动公开了多少条信息", HZ, "主动公开政府信息 1136 条", "prose-count"),
    N("淮安市政府办公室的联系电话", HA, "0517-83605210", "contact-phone"),
    N("淮安市2024年收了多少信息处理费", HA, "全年收取政府信息公开信息处理费 3940 元", "fee-prose"),
    N("淮安2024年开了多少场新闻发布会", HA, "新闻发布会 12 场", "prose-count"),
    N("淮安市2024年报告里提到的存在问题是什么，政策解读方面", HA, "一是政策解读质量仍需提升", "problems"),
    N("平潭综合实验区2019年报告的联系电话", P19, "电话：0591-23165250", "contact-phone"),
    N("平潭2022年报告有疑问找哪个部门联系", P22, "平潭综合实验区管委会办公室保密与电子政务处", "contact-dept"),
    N("平潭综合实验区2022年共主动公开了多少条政府信息？", P22, "2022年全区共主动公开政府信息14571条", "prose-count"),
    N("平潭2023年主动公开政府信息条数", P23, "2023年全区共主动公开政府信息13561条", "prose-count"),
    N("平潭综合实验区2023年注销了几个政务新媒体", P23, "注销2个无人维护或重复建设的政务新媒体", "measure"),
    N("平潭2025年通过平潭发布公众号发了多少条信息", P25, "通过“平潭发布”公众号发布信息672条", "prose-count"),
    N("平潭综合实验区2025年存在哪些问题", P25, "政务公开队伍建设有待进一步加强", "problems"),
    N("平潭2021年一共关停了几个政务新媒体", P21, "先后关停未进行规范管理的政务新媒体2个", "measure"),
    N("平潭综合实验区2020年组织了几期问政平潭", P20, "共组织开展6期《问政平潭》", "measure"),
    N("上海市政府办公厅2025年开了多少场新闻发布会", SO25, "召开市政府新闻发布会 42 场", "prose-count"),
    N("上海市政府办公厅2025年有没有收信息公开处理费", SO25, "2025 年度本机关未收取信息公开处理费。", "fee-prose"),
    N("2019年上海市政府公报一共编发了几期", SO19, "全年共编发公报24期", "prose-count"),
    N("上海市政务公开工作平台是什么时候上线的", SO19, "4月9日，新建设的上海市政务公开工作平台上线运行", "platform"),
    N("上海市科委2024年微信公众号关注人数有多少", KW, "微信公众号目前关注人数达 1016823 人", "prose-count"),
    N("市科委2024年针对栏目问题开设了什么专栏", KW, "“张江高新区”专栏已成功开设", "measure"),
    N("沭阳县2025年收了多少信息处理费", SYC, "收取信息处理费共计380元", "fee-prose"),
    N("沭阳县2025年清理了多少条过期信息", SYC, "累计清理过期信息697条", "measure"),
    N("沭阳县2025年发出了几次催办提示", SYC, "全年发出催办提示 84 次", "measure"),
    N("沭阳县发改局地址", FGJ, "沭阳县沭城街道苏州东路42号", "contact-address"),
    N("沭阳县发改局2023年受理了多少件网络问政", FGJ, "全年受理网络问政182件", "prose-count"),
    N("沭阳县发改局2023年存在什么主要问题", FGJ, "各科室人员信息公开意识有所松懈", "problems"),
    N("平潭县人民政府办公室的地址是哪里（2011年报告）", PC11, "平潭县翠园南路10号", "contact-address"),
    N("平潭综合实验区2014年依申请提供信息收费吗", P14, "依申请提供政府信息暂不收费", "fee-prose"),
    N("平潭2016年的信息公开工作办公室在什么地方", P16, "平潭综合实验区北厝镇竹屿口现场指挥部", "contact-address"),
    N("平潭综合实验区2012年报告里的传真号码", P12, "传真：23158568", "contact-fax"),
    N("平潭2013年有没有收到信息公开的行政复议申请", P13, "收到1份有关政府信息公开行政复议申请已及时处理", "prose-vs-table"),
    N("平潭综合实验区2018年报告的联系电话是多少", P18, "0591-23165255", "contact-phone"),
    N("平潭县2012年依申请公开答复里免于公开答复有几条（报告正文怎么说的）", PC12, "免于公开答复数2条", "prose-wording"),
    N("平潭县2013年主要存在什么问题", PC13, "受人员编制限制", "problems"),

    # ------------------------------------------------------------------ unanswerable
    U("上海市黄浦区2021年新收政府信息公开申请多少件", None, 2021, "body_not_indexed", "neighbouring-district"),
    U("虹口区发展改革委2021年收到了多少信息公开申请", None, 2021, "body_not_indexed", "dept-of-indexed-district"),
    U("虹口区2022年行政复议有几件", None, 2022, "year_not_indexed", "year-not-indexed"),
    U("淮安市淮阴区2024年依申请公开数量", None, 2024, "body_not_indexed", "sibling-district"),
    U("淮安市2023年政府信息公开申请新收多少件", None, 2023, "year_not_indexed", "year-not-indexed"),
    U("洪泽区2024年行政处罚决定多少", None, 2024, "year_not_indexed", "year-not-indexed"),
    U("洪泽区发改委2023年受理了几件申请", None, 2023, "body_not_indexed", "dept-of-indexed-district"),
    U("沭阳县教育局2025年政府信息公开申请数量", None, 2025, "body_not_indexed", "dept-of-indexed-county"),
    U("泗阳县2025年行政许可处理决定数", None, 2025, "body_not_indexed", "neighbouring-county"),
    U("宿迁市人民政府2025年新收申请多少件", None, 2025, "body_not_indexed", "parent-city-not-indexed"),
    U("沭阳县发改局2024年规范性文件制发几件", None, 2024, "year_not_indexed", "year-not-indexed"),
    U("平潭综合实验区2015年主动公开了多少条信息", None, 2015, "year_not_indexed", "year-gap"),
    U("平潭综合实验区2017年行政复议数", None, 2017, "year_not_indexed", "year-gap"),
    U("平潭县人民政府2016年受理依申请公开多少条", None, 2016, "body_not_indexed", "county-after-merger"),
    U("福州市2023年政府信息公开申请数量", None, 2023, "body_not_indexed", "same-province-city"),
    U("上海市教委2024年信息公开申请新收多少", None, 2024, "body_not_indexed", "sibling-commission"),
    U("上海市科委2023年行政许可决定数", None, 2023, "year_not_indexed", "year-not-indexed"),
    U("上海市政府办公厅2022年收到多少申请", None, 2022, "year_not_indexed", "year-not-indexed"),
    U("虹口区2021年政务公开工作经费是多少钱", HK, 2021, "no_such_figure", "budget"),
    U("淮安市2024年政府网站访问量有多少", HA, 2024, "no_such_figure", "visitor-numbers"),
    U("洪泽区2023年负责信息公开的工作人员有多少人", HZ, 2023, "no_such_figure", "staff-count"),
    U("平潭2022年依申请公开平均办理用了几天", P22, 2022, "no_such_figure", "processing-time"),
    U("沭阳县发改局2023年政务公开预算多少", FGJ, 2023, "no_such_figure", "budget"),
    U("平潭综合实验区2023年网上申请数是多少", P23, 2023, "not_in_this_format", "pre2019-row-asked-of-2021"),
    U("淮安市2024年政府集中采购项目数量", HA, 2024, "not_in_this_format", "2019-row-asked-of-2021"),
    U("平潭综合实验区2020年申请人逾期未缴费不再处理的有几件", P20, 2020, "not_in_this_format", "2021-row-asked-of-2019"),
    U("平潭综合实验区2018年不予公开中属于过程性信息的有几件", P18, 2018, "not_in_this_format", "2021-row-asked-of-pre2019"),
    U("平潭县2012年行政复议结果纠正的有几件", PC12, 2012, "not_in_this_format", "T4-sub-asked-of-pre2019"),
    U("上海市政府办公厅2025年其他对外管理服务事项处理决定数量", SO25, 2025, "not_in_this_format", "2019-row-asked-of-2021"),
    U("平潭综合实验区2014年社会公益组织提交的申请有几件", P14, 2014, "not_in_this_format", "2021-column-asked-of-pre2019"),

    U("上海市虹口区卫健委2021年信息公开申请收到多少", None, 2021, "body_not_indexed", "dept-of-indexed-district"),
    U("淮安市洪泽区2022年新收申请几件", None, 2022, "year_not_indexed", "year-not-indexed"),
    U("江苏省人民政府2024年政府信息公开申请数量", None, 2024, "body_not_indexed", "province-of-indexed-city"),
    U("福建省政府办公厅2023年行政复议几件", None, 2023, "body_not_indexed", "province-of-indexed-zone"),
    U("上海市科委2025年新收申请多少件", None, 2025, "year_not_indexed", "year-not-indexed"),
    U("淮安市2024年信息公开行政复议平均多少天审结", HA, 2024, "no_such_figure", "processing-time"),
    U("平潭综合实验区2024年政务新媒体粉丝有多少", P24, 2024, "no_such_figure", "followers"),
    U("上海市政府办公厅2019年申请人逾期未按收费通知缴费、不再处理的有几件", SO19, 2019, "not_in_this_format",
      "2021-row-asked-of-2019"),
    U("平潭2019年行政事业性收费金额多少万元", P19, 2019, "not_in_this_format", "2021-T2-amount-asked-of-2019"),
    U("沭阳县2025年政府集中采购总金额", SYC, 2025, "not_in_this_format", "2019-row-asked-of-2021"),

    # ------------------------------------------------------------------ ambiguous
    A("2024年行政许可处理决定数量是多少？", "no-body-several-2024"),
    A("2023年一共收到多少件信息公开申请", "no-body-several-2023"),
    A("平潭2012年主动公开信息数是多少", "county-vs-zone-same-year"),
    A("沭阳的报告里行政复议一共几件", "two-shuyang-bodies-no-year"),
    A("上海市政府办公厅新收申请多少件", "two-years-no-year"),
    A("平潭2013年受理依申请公开信息总数是多少", "county-vs-zone-same-year"),
]

FOLLOWUPS = [
    F("change-column", [
        C("淮安市2024年新收申请一共多少件？", HA, "T3.new_received.total", "plain"),
        C("其中自然人呢", HA, "T3.new_received.natural_person", "elliptic-column"),
        C("商业企业呢？", HA, "T3.new_received.commercial_enterprise", "elliptic-column"),
    ]),
    F("change-year", [
        C("平潭综合实验区2023年行政许可处理决定多少个", P23, "T2.administrative_licensing.decisions", "T2"),
        C("那2024年呢？", P24, "T2.administrative_licensing.decisions", "elliptic-year"),
        C("2025年的呢", P25, "T2.administrative_licensing.decisions", "elliptic-year"),
    ]),
    F("change-body", [
        C("洪泽区2023年行政处罚决定数量", HZ, "T2.administrative_penalty.decisions", "T2"),
        C("那沭阳县2025年呢", SYC, "T2.administrative_penalty.decisions", "elliptic-body+year"),
    ]),
    F("change-row", [
        C("虹口区2021年予以公开的有多少件", HK, "T3.granted.total", "result-row"),
        C("不予公开里面属于行政查询事项的呢", HK, "T3.denied_admin_query.total", "elliptic-row"),
        C("复议那块呢，总共几件", HK, "T4.cases.review.total", "elliptic-T4"),
    ]),
    F("after-unanswerable", [
        U("淮安市2023年新收申请多少件", None, 2023, "year_not_indexed", "year-not-indexed"),
        C("那2024年的呢", HA, "T3.new_received.total", "elliptic-year-after-miss"),
    ]),
    F("after-unanswerable-body", [
        U("上海市黄浦区2025年新收申请多少", None, 2025, "body_not_indexed", "neighbouring-district"),
        C("那上海市政府办公厅同一年呢", SO25, "T3.new_received.total", "body-switch-after-miss"),
    ]),
    F("T4-drilldown", [
        C("上海市人民政府办公厅2025年行政复议一共多少件", SO25, "T4.cases.review.total", "T4-review"),
        C("其中结果维持的？", SO25, "T4.cases.review.maintained", "elliptic-T4-sub"),
        C("复议后起诉的总数呢", SO25, "T4.cases.litigation_after_review.total", "elliptic-T4-block"),
    ]),
    F("derived-followup", [
        C("平潭2021年新收申请多少件", P21, "T3.new_received.total", "plain"),
        D("2022年比它多几件", P22, "sum", ["T3.new_received.total", "-pingtan_2021:T3.new_received.total"], "件",
          "elliptic-yoy"),
    ]),
    F("pre2019-followup", [
        C("平潭县人民政府2013年受理依申请公开信息总数", PC13, "stats.requests_total.this_year", "pre2019"),
        C("历年累计呢", PC13, "stats.requests_total.cumulative", "elliptic-cumulative"),
        C("2012年那年的本年度数呢", PC12, "stats.requests_total.this_year", "elliptic-year"),
    ]),
    F("change-column-legal", [
        C("沭阳县2025年予以公开几件", SYC, "T3.granted.total", "result-row"),
        C("法律服务机构的呢", SYC, "T3.granted.legal_service_org", "elliptic-column"),
    ]),
    F("format-switch", [
        C("平潭综合实验区2020年新收申请多少件", P20, "T3.new_received.total", "plain"),
        U("那其中逾期不补正不再处理的有几件", P20, 2020, "not_in_this_format", "elliptic-2021-row-of-2019"),
        C("2021年这个数呢", P21, "T3.other_no_correction_overdue.total", "elliptic-year-after-miss"),
    ]),
    F("figure-then-missing", [
        C("上海市科委2024年收到多少件申请", KW, "T3.new_received.total", "short-dept-name"),
        U("那科委花在信息公开上的经费呢", KW, 2024, "no_such_figure", "budget-elliptic"),
    ]),
    F("change-row-shanghai-2019", [
        C("上海市政府办公厅2019年本机关不掌握相关信息的（自然人）几件", SO19, "T3.unable_not_held.natural_person",
          "applicant-column+row"),
        C("商业企业呢", SO19, "T3.unable_not_held.commercial_enterprise", "elliptic-column"),
    ]),
    F("change-year-pingtan-T4", [
        C("平潭综合实验区2024年复议后起诉的行政诉讼一共几件", P24, "T4.cases.litigation_after_review.total",
          "T4-litigation-sub"),
        C("2023年呢", P23, "T4.cases.litigation_after_review.total", "elliptic-year"),
    ]),
    F("change-body-fgj", [
        C("沭阳县发改局2023年行政复议总计几件", FGJ, "T4.cases.review.total", "T4-review"),
        C("沭阳县政府2025年呢", SYC, "T4.cases.review.total", "elliptic-body"),
        C("其中还没审结的几件", SYC, "T4.cases.review.pending", "elliptic-T4-sub"),
    ]),
    F("unanswerable-then-row", [
        U("平潭综合实验区2017年主动公开多少条", None, 2017, "year_not_indexed", "year-gap"),
        C("2016年的呢", P16, "stats.proactive_total.this_year", "elliptic-year-after-miss"),
        C("历年累计是多少", P16, "stats.proactive_total.cumulative", "elliptic-cumulative"),
    ]),
    F("huaian-results", [
        C("淮安2024年部分公开的有多少件", HA, "T3.partially_granted.total", "result-row"),
        C("过程性信息不公开的呢", HA, "T3.denied_process_info.total", "elliptic-row"),
    ]),
    F("hongze-rows", [
        C("洪泽区2023年没有现成信息需要另行制作的几件", HZ, "T3.unable_needs_creation.total", "result-row"),
        C("信访举报类不处理的呢", HZ, "T3.not_processed_petition_complaint.total", "elliptic-row"),
    ]),
    F("pingtan-2025-columns", [
        C("平潭综合实验区2025年新收申请总数", P25, "T3.new_received.total", "plain"),
        C("企业申请的有几件", P25, "T3.new_received.commercial_enterprise", "elliptic-column-colloquial"),
        C("结转下年的呢", P25, "T3.carried_to_next_year.total", "elliptic-row"),
    ]),
    F("smo2019-T2", [
        C("上海市政府办公厅2019年本年新公开的规范性文件几件", SO19, "T2.normative_documents.new_published",
          "T2-2019-format"),
        C("规章呢", SO19, "T2.regulations.new_published", "elliptic-row"),
    ]),
    F("pingtan-2022-T4", [
        C("平潭综合实验区2022年行政复议几件", P22, "T4.cases.review.total", "T4-review"),
        C("行政诉讼直接起诉的呢", P22, "T4.cases.litigation_direct.total", "elliptic-T4-block"),
    ]),
]

FOLLOWUPS += [
    F("change-column-then-year", [
        C("虹口区2021年新收申请里自然人几件", HK, "T3.new_received.natural_person", "applicant-column"),
        C("总计呢", HK, "T3.new_received.total", "elliptic-column"),
        U("2020年呢", None, 2020, "year_not_indexed", "elliptic-year-not-indexed"),
    ]),
    F("pre2019-zone", [
        C("平潭综合实验区2013年主动公开信息数（统计表）", P13, "stats.proactive_total.this_year", "pre2019"),
        C("那2014年呢", P14, "stats.proactive_total.this_year", "elliptic-year"),
        C("申请数呢", P14, "stats.requests_total.this_year", "elliptic-row"),
    ]),
    F("fee-then-body", [
        C("淮安市2024年行政事业性收费金额多少万元", HA, "T2.administrative_fees.fee_amount", "T2-fee"),
        C("洪泽区2023年这个数呢", HZ, "T2.administrative_fees.fee_amount", "elliptic-body+year"),
    ]),
    F("derived-then-row", [
        D("沭阳县2025年无法提供的合计几件", SYC, "sum",
          ["T3.unable_not_held.total", "T3.unable_needs_creation.total", "T3.unable_unclear_after_correction.total"],
          "件", "group-sum"),
        C("其中不掌握的有几件", SYC, "T3.unable_not_held.total", "elliptic-row"),
    ]),
]

# Paraphrase groups: (group name, [5 variants]); every variant is a C or D item.
PARAPHRASES = [
    ("pg-pt23-new", [
        C("平潭综合实验区２０２３年新收政府信息公开申请多少件", P23, "T3.new_received.total", "fullwidth-digits"),
        C("平潭综合实验区二〇二三年新收到的信息公开申请有几件", P23, "T3.new_received.total", "chinese-numeral-year"),
        C("平潭新收申请数 2023", P23, "T3.new_received.total", "keyword-only+year-end"),
        C("我想写篇稿子，请问平潭23年一共收到多少信息公开申请", P23, "T3.new_received.total", "irrelevant-clause-first"),
        C("平谭综合实验区2023年新收申请数量", P23, "T3.new_received.total", "typo"),
    ]),
    ("pg-ha24-notheld", [
        C("淮安市2024年本机关不掌握相关政府信息的有几件", HA, "T3.unable_not_held.total", "plain"),
        C("淮安市２０２４年不掌握相关信息无法提供的件数", HA, "T3.unable_not_held.total", "fullwidth-digits"),
        C("淮安市二零二四年 申请的信息政府手里没有的 有多少", HA, "T3.unable_not_held.total", "chinese-numeral-year+colloquial"),
        C("淮安 不掌握 2024年", HA, "T3.unable_not_held.total", "keyword-only"),
        C("淮按市2024年本机关不掌握的申请数", HA, "T3.unable_not_held.total", "typo"),
    ]),
    ("pg-hk21-review", [
        C("虹口区2021年信息公开行政复议总共几件", HK, "T4.cases.review.total", "plain"),
        C("虹口区二〇二一年被申请行政复议多少件", HK, "T4.cases.review.total", "chinese-numeral-year"),
        C("虹口 复议 2021", HK, "T4.cases.review.total", "keyword-only"),
        C("我家就在虹口，想问下区政府21年因为信息公开被人告复议了几次", HK, "T4.cases.review.total", "irrelevant-clause-first+colloquial"),
        C("上海市虹口区政府行政复议总计，2021", HK, "T4.cases.review.total", "year-end"),
    ]),
    ("pg-syc25-licensing", [
        C("沭阳县2025年行政许可处理决定数量", SYC, "T2.administrative_licensing.decisions", "plain"),
        C("沭阳县２０２５年行政许可决定有多少个", SYC, "T2.administrative_licensing.decisions", "fullwidth-digits"),
        C("沭阳县政府二〇二五年一共作出多少行政许可决定", SYC, "T2.administrative_licensing.decisions", "chinese-numeral-year"),
        C("沐阳县2025行政许可", SYC, "T2.administrative_licensing.decisions", "typo-ocr-name+keyword"),
        C("宿迁沭阳县行政许可处理决定是多少 2025年度", SYC, "T2.administrative_licensing.decisions", "year-end+city-prefix"),
    ]),
    ("pg-so25-petition", [
        C("上海市人民政府办公厅2025年信访举报投诉类申请不予处理几件", SO25, "T3.not_processed_petition_complaint.total", "plain"),
        C("上海市府办２０２５年信访投诉类申请多少件", SO25, "T3.not_processed_petition_complaint.total", "fullwidth-digits+short"),
        C("上海市政府办公厅二零二五年把多少申请当成信访举报没处理", SO25, "T3.not_processed_petition_complaint.total", "chinese-numeral-year+colloquial"),
        C("顺便问一下，上海办公厅25年信访举报类的申请有几件", SO25, "T3.not_processed_petition_complaint.total", "irrelevant-clause-first"),
        C("上海市政府办公厅 信访举报投述类 2025", SO25, "T3.not_processed_petition_complaint.total", "typo+keyword"),
    ]),
    ("pg-kw24-natural", [
        C("上海市科委2024年自然人新提交的申请几件", KW, "T3.new_received.natural_person", "short-dept-name"),
        C("上海市科学技术委员会２０２４年自然人新收申请数", KW, "T3.new_received.natural_person", "fullwidth-digits"),
        C("市科委二〇二四年老百姓个人申请信息公开有多少件", KW, "T3.new_received.natural_person", "chinese-numeral-year+colloquial"),
        C("上海科委 自然人 新收 2024", KW, "T3.new_received.natural_person", "keyword-only"),
        C("上海市科季2024年自然人申请数量", KW, "T3.new_received.natural_person", "typo"),
    ]),
    ("pg-hz23-penalty", [
        C("洪泽区2023年行政处罚处理决定数量", HZ, "T2.administrative_penalty.decisions", "plain"),
        C("洪泽区２０２３年行政处罚多少件", HZ, "T2.administrative_penalty.decisions", "fullwidth-digits"),
        C("淮安洪泽区二〇二三年罚款之类的行政处罚决定有多少", HZ, "T2.administrative_penalty.decisions", "chinese-numeral-year+colloquial"),
        C("洪泽区政府行政处罚决定数 2023", HZ, "T2.administrative_penalty.decisions", "year-end"),
        C("洪则区2023年行政处罚决定数量", HZ, "T2.administrative_penalty.decisions", "typo"),
    ]),
    ("pg-pt22-granted", [
        C("平潭综合实验区2022年予以公开的申请有多少件", P22, "T3.granted.total", "plain"),
        C("平潭实验区２０２２年全部公开的有几件", P22, "T3.granted.total", "fullwidth-digits"),
        C("平潭二零二二年同意公开的申请数", P22, "T3.granted.total", "chinese-numeral-year"),
        C("我在做信息公开的研究，平潭综合实验区2022年予以公开几件", P22, "T3.granted.total", "irrelevant-clause-first"),
        C("平潭 予以公开 22年", P22, "T3.granted.total", "keyword-only"),
    ]),
    ("pg-pt25-review", [
        C("平潭综合实验区2025年信息公开行政复议总计多少件", P25, "T4.cases.review.total", "plain"),
        C("平潭综合实验区２０２５年行政复议几件", P25, "T4.cases.review.total", "fullwidth-digits"),
        C("平潭二〇二五年被申请复议了多少起", P25, "T4.cases.review.total", "chinese-numeral-year"),
        C("平潭行政复议总数 2025年度", P25, "T4.cases.review.total", "year-end"),
        C("平潭综合实验区2025年行政复义总计", P25, "T4.cases.review.total", "typo"),
    ]),
    ("pg-ha24-lawfirm", [
        C("淮安市2024年法律服务机构新提交的申请多少件", HA, "T3.new_received.legal_service_org", "plain"),
        C("淮安市２０２４年律师事务所这类机构申请了几件信息公开", HA, "T3.new_received.legal_service_org", "fullwidth-digits+colloquial"),
        C("淮安市二〇二四年法律服务机构申请数", HA, "T3.new_received.legal_service_org", "chinese-numeral-year"),
        C("淮安 法律服务机构 新收", HA, "T3.new_received.legal_service_org", "keyword-only-no-year"),
        C("淮安市政府法律服务机够新收申请 2024", HA, "T3.new_received.legal_service_org", "typo+year-end"),
    ]),
    ("pg-pc12-requests", [
        C("平潭县人民政府2012年受理依申请公开信息总数是多少", PC12, "stats.requests_total.this_year", "plain"),
        C("平潭县２０１２年受理了多少依申请公开", PC12, "stats.requests_total.this_year", "fullwidth-digits"),
        C("平潭县政府二〇一二年收到的信息公开申请有几条", PC12, "stats.requests_total.this_year", "chinese-numeral-year"),
        C("平潭县 依申请公开总数 2012", PC12, "stats.requests_total.this_year", "keyword-only"),
        C("平谭县2012年受理依申请公开信息数", PC12, "stats.requests_total.this_year", "typo"),
    ]),
    ("pg-pt14-cumulative", [
        C("平潭综合实验区2014年主动公开文件数历年累计多少", P14, "stats.proactive_total.cumulative", "plain"),
        C("平潭管委会２０１４年主动公开历年累计", P14, "stats.proactive_total.cumulative", "fullwidth-digits"),
        C("平潭实验区二〇一四年统计表里主动公开累计到多少条了", P14, "stats.proactive_total.cumulative", "chinese-numeral-year"),
        C("平潭 主动公开 累计 2014", P14, "stats.proactive_total.cumulative", "keyword-only"),
        C("平潭综合试验区2014年主动公开文件数历年累计", P14, "stats.proactive_total.cumulative", "typo"),
    ]),
    ("pg-so19-new", [
        C("上海市人民政府办公厅2019年新收政府信息公开申请数量", SO19, "T3.new_received.total", "plain"),
        C("上海市政府办公厅２０１９年新收申请多少件", SO19, "T3.new_received.total", "fullwidth-digits"),
        C("上海市府办二〇一九年收到了多少信息公开申请", SO19, "T3.new_received.total", "chinese-numeral-year+short"),
        C("想了解一下上海的情况，市政府办公厅19年新收申请几件", SO19, "T3.new_received.total", "irrelevant-clause-first"),
        C("上海市政府办公庁2019新收申请", SO19, "T3.new_received.total", "typo"),
    ]),
    ("pg-fgj23-valid", [
        C("沭阳县发展和改革局2023年规范性文件现行有效件数", FGJ, "T2.normative_documents.valid", "plain"),
        C("沭阳县发改局２０２３年现行有效规范性文件几件", FGJ, "T2.normative_documents.valid", "fullwidth-digits"),
        C("沭阳发改局二〇二三年还有效的规范性文件有多少", FGJ, "T2.normative_documents.valid", "chinese-numeral-year+colloquial"),
        C("沭阳县发改委 现行有效 规范性文件 2023", FGJ, "T2.normative_documents.valid", "keyword-only+name-variant"),
        C("沭阳县发该局2023年现行有效规范性文件", FGJ, "T2.normative_documents.valid", "typo"),
    ]),
    ("pg-pt24-yoy", [
        D("平潭综合实验区2024年新收申请比2023年多了多少件", P24, "sum",
          ["T3.new_received.total", "-pingtan_2023:T3.new_received.total"], "件", "plain"),
        D("平潭综合实验区２０２４年新收申请比２０２３年增加几件", P24, "sum",
          ["T3.new_received.total", "-pingtan_2023:T3.new_received.total"], "件", "fullwidth-digits"),
        D("平潭二〇二四年比二〇二三年多收了多少件信息公开申请", P24, "sum",
          ["T3.new_received.total", "-pingtan_2023:T3.new_received.total"], "件", "chinese-numeral-year"),
        D("平潭 新收申请 24年比23年 增加", P24, "sum",
          ["T3.new_received.total", "-pingtan_2023:T3.new_received.total"], "件", "keyword-only"),
        D("平潭实验区2024年新收申请较2023年涨了多少", P24, "sum",
          ["T3.new_received.total", "-pingtan_2023:T3.new_received.total"], "件", "colloquial"),
    ]),
    ("pg-ha24-denied", [
        D("淮安市2024年不予公开的一共多少件", HA, "sum",
          ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
           "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
           "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"], "件", "plain"),
        D("淮安市２０２４年不予公开合计", HA, "sum",
          ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
           "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
           "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"], "件", "fullwidth-digits"),
        D("淮安市二〇二四年没给公开的申请加起来有多少", HA, "sum",
          ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
           "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
           "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"], "件", "chinese-numeral-year+colloquial"),
        D("淮安 不予公开 总数 2024", HA, "sum",
          ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
           "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
           "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"], "件", "keyword-only"),
        D("淮安市政府不予公井的申请一共几件，2024年", HA, "sum",
          ["T3.denied_state_secret.total", "T3.denied_other_law.total", "T3.denied_three_security_one_stability.total",
           "T3.denied_third_party_rights.total", "T3.denied_internal_affairs.total", "T3.denied_process_info.total",
           "T3.denied_enforcement_case_file.total", "T3.denied_admin_query.total"], "件", "typo+year-end"),
    ]),
    ("pg-pt21-notheld", [
        C("平潭综合实验区2021年本机关不掌握相关政府信息的有几件", P21, "T3.unable_not_held.total", "plain"),
        C("平潭综合实验区２０２１年不掌握信息的件数", P21, "T3.unable_not_held.total", "fullwidth-digits"),
        C("平潭二〇二一年有多少申请因为政府没有这个信息给不了", P21, "T3.unable_not_held.total", "chinese-numeral-year+colloquial"),
        C("平潭 本机关不掌握 2021", P21, "T3.unable_not_held.total", "keyword-only"),
        C("平潭综合实验区2021年本机关不掌喔相关信息", P21, "T3.unable_not_held.total", "typo"),
    ]),
]
