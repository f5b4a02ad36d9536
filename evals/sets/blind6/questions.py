# -*- coding: utf-8 -*-
"""Blind question set b6 — questions and their references (no typed expected numbers).

Written by a blind helper (set6). Every expected number is computed by build.py from the
hand-checked gold cells in /work/blind/gold/ (all 24 corpus reports have a gold file there,
so this set adds no gold of its own). check.py recomputes every value independently.

Reference forms
  cell:      ref = ("cell", report, table, row, column)
  derived:   expr built from
               ("cell", report, table, row, column)
               ("+", e1, e2, ...)          sum
               ("-", a, b)                 difference a - b
               ("pct", num, den, d)        100*num/den rounded half-up to d decimals
               ("rank", [(label, e), ...], k)  label of the k-th largest (k=1 largest); no ties allowed
  narrative: substring that must occur verbatim on one line of the report text
  unanswerable: reason in body_not_indexed | year_not_indexed | no_such_figure | not_in_this_format
  ambiguous: no reference
"""

# ---- report stems -------------------------------------------------------
HK = "hongkou-district_2021"
HZ = "hongze-district_2023"
HA = "huaian-city_2024"
PC11, PC12, PC13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"
P11, P12, P13, P14 = "pingtan_2011", "pingtan_2012", "pingtan_2013", "pingtan_2014"
P16, P18, P19, P20 = "pingtan_2016", "pingtan_2018", "pingtan_2019", "pingtan_2020"
P21, P22, P23, P24, P25 = "pingtan_2021", "pingtan_2022", "pingtan_2023", "pingtan_2024", "pingtan_2025"
SO19, SO25 = "shanghai-municipal-office_2019", "shanghai-municipal-office_2025"
SK = "shanghai-stcsm_2024"
SC = "shuyang-county_2025"
SF = "shuyang-fgj_2023"

NP, CE, RI, SW, LS, OO, TOT = ("natural_person", "commercial_enterprise", "research_institution",
                               "social_welfare_org", "legal_service_org", "other_org", "total")
TY, CU = "this_year", "cumulative"


def c(report, table, row, col):
    return ("cell", report, table, row, col)


def t3(report, row, col=TOT):
    return c(report, "T3", row, col)


def t4(report, col):
    return c(report, "T4", "cases", col)


def st(report, row, col=TY):
    return c(report, "stats", row, col)


def add(*xs):
    return ("+",) + tuple(xs)


def sub(a, b):
    return ("-", a, b)


def pct(num, den, d):
    return ("pct", num, den, d)


def rank(pairs, k=1):
    return ("rank", list(pairs), k)


DENIED = [("1.属于国家秘密", "denied_state_secret"), ("2.其他法律行政法规禁止公开", "denied_other_law"),
          ("3.危及“三安全一稳定”", "denied_three_security_one_stability"),
          ("4.保护第三方合法权益", "denied_third_party_rights"), ("5.属于三类内部事务信息", "denied_internal_affairs"),
          ("6.属于四类过程性信息", "denied_process_info"), ("7.属于行政执法案卷", "denied_enforcement_case_file"),
          ("8.属于行政查询事项", "denied_admin_query")]
UNABLE = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
NOTPROC = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
           "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
OTHER21 = ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]
RESULT21 = [("（一）予以公开", "granted"), ("（二）部分公开", "partially_granted")] + \
           [("（三）不予公开—" + l, k) for l, k in DENIED] + \
           [("（四）无法提供—1.本机关不掌握相关政府信息", "unable_not_held"),
            ("（四）无法提供—2.没有现成信息需要另行制作", "unable_needs_creation"),
            ("（四）无法提供—3.补正后申请内容仍不明确", "unable_unclear_after_correction"),
            ("（五）不予处理—1.信访举报投诉类申请", "not_processed_petition_complaint"),
            ("（五）不予处理—2.重复申请", "not_processed_duplicate"),
            ("（五）不予处理—3.要求提供公开出版物", "not_processed_publication"),
            ("（五）不予处理—4.无正当理由大量反复申请", "not_processed_massive_repeated"),
            ("（五）不予处理—5.要求行政机关确认或重新出具已获取信息", "not_processed_confirm_or_reissue"),
            ("（六）其他处理—1.逾期不补正", "other_no_correction_overdue"),
            ("（六）其他处理—2.逾期未缴费", "other_fee_unpaid_overdue"),
            ("（六）其他处理—3.其他", "other_other")]
LEGAL_COLS = [("商业企业", CE), ("科研机构", RI), ("社会公益组织", SW), ("法律服务机构", LS), ("其他", OO)]

ITEMS = []


def C(i, q, report, table, row, col, cls, note=None):
    ITEMS.append(dict(id="b6-c%03d" % i, kind="cell", question=q, report=report,
                      ref=c(report, table, row, col), cls=cls, note=note))


def D(i, q, report, expr, unit, cls, note=None):
    ITEMS.append(dict(id="b6-d%03d" % i, kind="derived", question=q, report=report,
                      expr=expr, unit=unit, cls=cls, note=note))


def N(i, q, report, substring, cls, note=None):
    ITEMS.append(dict(id="b6-n%03d" % i, kind="narrative", question=q, report=report,
                      substring=substring, cls=cls, note=note))


def U(i, q, report, year, reason, cls, note=None):
    ITEMS.append(dict(id="b6-u%03d" % i, kind="unanswerable", question=q, report=report, year=year,
                      reason=reason, cls=cls, note=note))


def A(i, q, year, cls, note=None):
    ITEMS.append(dict(id="b6-a%03d" % i, kind="ambiguous", question=q, report=None, year=year,
                      cls=cls, note=note))


FOLLOWUPS = []


def TC(q, report, table, row, col):
    return dict(kind="cell", question=q, report=report, ref=c(report, table, row, col))


def TD(q, report, expr, unit):
    return dict(kind="derived", question=q, report=report, expr=expr, unit=unit)


def TU(q, report, year, reason):
    return dict(kind="unanswerable", question=q, report=report, year=year, reason=reason)


def F(i, cls, *turns, note=None):
    FOLLOWUPS.append(dict(id="b6-f%03d" % i, kind="followup", cls=cls, turns=list(turns), note=note))


# =========================================================================
# CELL items
# =========================================================================
# --- 淮安市人民政府 2024 ---
C(1, "淮安市政府2024年，律师事务所这类法律服务机构一共提了多少件政府信息公开申请？", HA, "T3", "new_received", LS, "colloquial-column")
C(2, "淮安2024年依申请公开里，因为机关手里根本没有这个信息、没法提供的有几件？", HA, "T3", "unable_not_held", TOT, "colloquial-row")
C(3, "淮安市人民政府 2024 表三 （三）不予公开 8.属于行政查询事项 总计", HA, "T3", "denied_admin_query", TOT, "staff-exact-lookup")
C(4, "淮安市2024年有多少件申请当年没办完、转到下一年接着办？", HA, "T3", "carried_to_next_year", TOT, "colloquial-row")
C(5, "淮安市2024年因政府信息公开被申请行政复议，结果被纠正的有几件？", HA, "T4", "cases", "review.corrected", "t4-review-corrected")
C(6, "淮安市2024年没经过复议、直接告到法院的信息公开案子，到年底还没审结的有多少件？", HA, "T4", "cases", "litigation_direct.pending", "t4-direct-pending-colloquial")
C(7, "2024年淮安市政府的行政规范性文件本年废止了多少件？", HA, "T2", "normative_documents", "repealed", "t2-normative-repealed")
C(8, "淮安市 2024 行政强制 处理决定数", HA, "T2", "administrative_coercion", "decisions", "keyword-only")
C(9, "请问淮安市人民政府2024年年报里，企业提的申请因为其实是信访举报投诉而不予处理的有几件？", HA, "T3", "not_processed_petition_complaint", CE, "colloquial-row+column")
C(10, "淮安市2024年有多少申请因为申请人逾期不补正材料，机关就不再处理了？", HA, "T3", "other_no_correction_overdue", TOT, "colloquial-row")
C(11, "淮安市2024年科研机构提交的政府信息公开申请数量是多少", HA, "T3", "new_received", RI, "zero-cell-column")
C(12, "淮安市政府2024年现行有效的规章有几件？", HA, "T2", "regulations", "valid", "t2-regulations-valid")

# --- 洪泽区人民政府 2023 (PDF) ---
C(13, "淮安市洪泽区人民政府2023年行政事业性收费金额是多少万元？", HZ, "T2", "administrative_fees", "fee_amount", "pdf+city-prefixed-name")
C(14, "洪泽区政府2023年，申请的东西没有现成的、需要另外加工制作的，有几件？", HZ, "T3", "unable_needs_creation", TOT, "pdf+colloquial-row")
C(15, "洪泽区2023年只公开了一部分的申请有几件", HZ, "T3", "partially_granted", TOT, "pdf+colloquial-row")
C(16, "洪泽区2023年行政复议结果维持的有几件？", HZ, "T4", "cases", "review.maintained", "pdf+t4-review")
C(17, "洪泽区2023年先复议、复议完又去起诉，结果维持的有多少件", HZ, "T4", "cases", "litigation_after_review.maintained", "pdf+t4-after-review-colloquial")
C(18, "洪泽区人民政府2023年因为涉及国家秘密而不予公开的申请有几件？", HZ, "T3", "denied_state_secret", TOT, "pdf+denied-row")
C(19, "洪泽区2023年行政规范性文件现行有效多少件", HZ, "T2", "normative_documents", "valid", "pdf+t2")

# --- 上海市虹口区人民政府 2021 ---
C(20, "上海市虹口区人民政府2021年新收的申请里，个人（自然人）提的有多少件？", HK, "T3", "new_received", NP, "full-name+column")
C(21, "虹口区2021年有几件申请因为属于行政查询事项没给公开？", HK, "T3", "denied_admin_query", TOT, "district-short")
C(22, "虹口区政府2021年从上一年结转过来的申请有多少件", HK, "T3", "carried_over_from_last_year", TOT, "district-short+colloquial-row")
C(23, "虹口 2021 行政许可 本年处理决定数量", HK, "T2", "administrative_licensing", "decisions", "keyword-only")
C(24, "虹口区2021年被申请行政复议的案件中，还没审结的有几件？", HK, "T4", "cases", "review.pending", "t4-review-pending")
C(25, "虹口区2021年公司企业来申请、结果因为区政府不掌握该信息而无法提供的有几件？", HK, "T3", "unable_not_held", CE, "colloquial-column")
C(26, "虹口区2021年因危及三安全一稳定不予公开的数量", HK, "T3", "denied_three_security_one_stability", TOT, "denied-row")
C(27, "虹口区2021年办理结果一共办了多少件（总计）？", HK, "T3", "results_total", TOT, "results-total")

# --- 平潭综合实验区 2025 (newest) ---
C(28, "平潭综合实验区行政处罚决定数量是多少？", P25, "T2", "administrative_penalty", "decisions", "no-year-newest",
  note="no year given: answered from the body's newest report (2025)")
C(29, "平潭综合实验区2025年因为属于行政执法案卷而不予公开的申请有几件", P25, "T3", "denied_enforcement_case_file", TOT, "denied-row")
C(30, "平潭2025年企业提的申请里有几件结转到下一年继续办理？", P25, "T3", "carried_to_next_year", CE, "short-name+column")
C(31, "平潭综合实验区2025年行政复议中“其他结果”有多少件", P25, "T4", "cases", "review.other_result", "t4-review-other")
C(32, "平潭2025年没经过复议直接起诉、结果被法院纠正的有多少件？", P25, "T4", "cases", "litigation_direct.corrected", "t4-direct-corrected")

# --- 平潭综合实验区 2024 ---
C(33, "平潭综合实验区2024年因属于三类内部事务信息不予公开的有多少件", P24, "T3", "denied_internal_affairs", TOT, "denied-row")
C(34, "２０２４年平潭实验区行政许可处理决定数", P24, "T2", "administrative_licensing", "decisions", "fullwidth-digits")
C(35, "平潭2024年本机关不掌握相关政府信息的有多少件", P24, "T3", "unable_not_held", TOT, "short-name")
C(36, "平潭综合实验区2024年行政复议尚未审结几件", P24, "T4", "cases", "review.pending", "t4-review-pending")

# --- 平潭综合实验区 2023 ---
C(37, "平潭综合实验区二〇二三年部分公开了多少件申请？", P23, "T3", "partially_granted", TOT, "chinese-numeral-year")
C(38, "平潭2023年行政事业性收费金额（万元）", P23, "T2", "administrative_fees", "fee_amount", "decimal-fee")
C(39, "平潭综合实验区2023年直接起诉的行政诉讼里，尚未审结的有几件", P23, "T4", "cases", "litigation_direct.pending", "t4-direct-pending")

# --- 平潭综合实验区 2022 ---
C(40, "平潭综合实验区2022年行政规范性文件现行有效多少件？", P22, "T2", "normative_documents", "valid", "t2-normative-valid")
C(41, "平潭实验区2022年有几件申请是2021年没办完转过来的？", P22, "T3", "carried_over_from_last_year", TOT, "colloquial-row")
C(42, "平潭2022年“其他处理”里的“其他”那一项，企业申请的有几件？", P22, "T3", "other_other", CE, "row+column")

# --- 平潭综合实验区 2021 ---
C(43, "平潭综合实验区2021年社会公益组织提了几件信息公开申请", P21, "T3", "new_received", SW, "column-social-welfare")
C(44, "平潭综合实验区2021年行政事业性收费多少万元", P21, "T2", "administrative_fees", "fee_amount", "decimal-fee")
C(45, "平潭2021年属于行政执法案卷、没有公开的有几件", P21, "T3", "denied_enforcement_case_file", TOT, "denied-row")

# --- 平潭综合实验区 2020 (2019 trial format) ---
C(46, "平潭综合实验区2020年年报里，规章的对外公开总数量是多少？", P20, "T2", "regulations", "total_published", "2019-format-t2")
C(47, "平潭2020年行政事业性收费项目本年增/减是多少", P20, "T2", "administrative_fees", "change", "2019-format-signed-change")
C(48, "平潭综合实验区2020年（六）其他处理有几件", P20, "T3", "other_processing", TOT, "2019-format-single-other-row")
C(49, "平潭2020年行政处罚的上一年项目数量是多少？", P20, "T2", "administrative_penalty", "previous_year_items", "2019-format-t2")

# --- 平潭综合实验区 2019 ---
C(50, "平潭综合实验区2019年补正后申请内容还是不明确、没法提供的有几件", P19, "T3", "unable_unclear_after_correction", TOT, "2019-format+colloquial-row")
C(51, "平潭2019年因为重复申请而不予处理的数量", P19, "T3", "not_processed_duplicate", TOT, "2019-format")

# --- pre-2019 统计表 ---
C(52, "平潭综合实验区2018年度政府信息公开情况统计表中，主动公开文件数的历年累计是多少条？", P18, "stats", "proactive_total", CU, "pre2019-cumulative")
C(53, "平潭综合实验区2016年政府信息公开收费减免金额是多少元", P16, "stats", "fee_waiver_amount", TY, "pre2019-fee-waiver")
C(54, "平潭综合实验区管委会2014年受理依申请公开信息总数多少条", P14, "stats", "requests_total", TY, "pre2019-requests")
C(55, "平潭2014年通过信函、传真提出的公开申请有几条？", P14, "stats", "req_letter_fax", TY, "pre2019-channel")
C(56, "平潭综合实验区2013年统计表里，网站公开的历年累计是多少？", P13, "stats", "proactive_website", CU, "pre2019-cumulative",
  note="asks the 统计表 explicitly; the prose of this report gives other totals (4970), the table prints 72804 | 76424")
C(57, "平潭综合实验区2012年政府信息公开情况统计表上主动公开信息数的历年累计", P12, "stats", "proactive_total", CU, "pre2019-cumulative",
  note="asks the 统计表 explicitly; the prose says 1913 published this year, the table 739 | 4359")
C(58, "平潭综合实验区2011年通过政府公报公开了多少条信息？", P11, "stats", "proactive_gazette", TY, "pre2019-gazette")
C(59, "平潭县人民政府2012年通过电子邮件提出的申请有几条", PC12, "stats", "req_email", TY, "pre2019-county-channel")
C(60, "平潭县2013年对申请的答复数是多少？", PC13, "stats", "replies_total", TY, "pre2019-county")
C(61, "平潭县政府2013年同意公开答复数的历年累计", PC13, "stats", "reply_full", CU, "pre2019-county-cumulative")
C(62, "平潭县2011年网站公开信息多少条", PC11, "stats", "proactive_website", TY, "pre2019-county")
C(63, "平潭县否决公开答复数本年度是多少", PC13, "stats", "reply_refused", TY, "no-year-newest+pre2019",
  note="no year given: 平潭县人民政府's newest report in the corpus is 2013 (later 平潭综合实验区 pages carry the chrome '来源：平潭县人民政府', but their issuer is the 实验区)")

# --- 上海市人民政府办公厅 2019 (2019 trial) ---
C(64, "上海市人民政府办公厅2019年规范性文件对外公开总数量", SO19, "T2", "normative_documents", "total_published", "2019-format-t2")
C(65, "上海市政府办公厅2019年政府集中采购项目数量是多少？", SO19, "T2", "centralized_procurement", "procurement_items", "2019-format-procurement")
C(66, "2019年上海市府办收到商业企业的信息公开申请多少件", SO19, "T3", "new_received", CE, "short-office-name")
C(67, "上海市政府办公厅2019年未经复议直接起诉、结果维持的有几件", SO19, "T4", "cases", "litigation_direct.maintained", "t4-direct-maintained")

# --- 上海市人民政府办公厅 2025 ---
C(68, "上海市政府办公厅信访举报投诉类申请不予处理了几件？", SO25, "T3", "not_processed_petition_complaint", TOT, "no-year-newest",
  note="no year given: newest report of the body is 2025")
C(69, "上海市人民政府办公厅2025年上年结转的申请中，法律服务机构的有几件", SO25, "T3", "carried_over_from_last_year", LS, "row+column")
C(70, "上海市政府办公厅2025年复议后起诉、到现在还没审结的有几件", SO25, "T4", "cases", "litigation_after_review.pending", "t4-after-review-pending")
C(71, "上海市府办2025年有人要求提供公开出版物，这类不予处理的有几件？", SO25, "T3", "not_processed_publication", TOT, "short-office-name")
C(72, "上海市政府办公厅2025年结转到下年度继续办理的申请里，自然人的有多少件", SO25, "T3", "carried_to_next_year", NP, "row+column")
C(73, "上海市政府办公厅2025年社会公益组织的新收申请有几件", SO25, "T3", "new_received", SW, "zero-cell-column")

# --- 上海市科学技术委员会 2024 ---
C(74, "上海市科委2024年行政许可处理决定数量", SK, "T2", "administrative_licensing", "decisions", "committee-short-name")
C(75, "市科委2024年因为没有现成信息、要另行制作而无法提供的有几件", SK, "T3", "unable_needs_creation", TOT, "committee-short-name")
C(76, "上海市科学技术委员会2024年上年结转的政府信息公开申请数", SK, "T3", "carried_over_from_last_year", TOT, "full-name")

# --- 沭阳县人民政府 2025 ---
C(77, "沭阳县政府2025年行政处罚决定数是多少？", SC, "T2", "administrative_penalty", "decisions", "county-short")
C(78, "沭阳县人民政府2025年因保护第三方合法权益不予公开的有几件", SC, "T3", "denied_third_party_rights", TOT, "denied-row")
C(79, "沭阳县2025年有几件申请因为申请人逾期没交费，机关就不再处理了？", SC, "T3", "other_fee_unpaid_overdue", TOT, "colloquial-row")
C(80, "沭阳县2025年行政复议尚未审结多少件", SC, "T4", "cases", "review.pending", "t4-review-pending")
C(81, "沭阳县2025年法律服务机构提的申请，部分公开的有几件？", SC, "T3", "partially_granted", LS, "row+column")

# --- 沭阳县发展和改革局 2023 (HTML) ---
C(82, "沭阳县发改局2023年予以公开的申请有多少件", SF, "T3", "granted", TOT, "html+bureau-short")
C(83, "沭阳县发展和改革局2023年行政复议一共几件？", SF, "T4", "cases", "review.total", "html+t4-review-total")
# --- coverage additions: other applicant column, remaining T4 sub-columns, remaining result rows, pre-2019 rows ---
C(84, "平潭综合实验区2021年新收申请里，法人或其他组织中“其他”这一类提了几件？", P21, "T3", "new_received", OO, "column-other-org")
C(85, "上海市政府办公厅2025年没经复议直接起诉的案件里，“其他结果”的有几件", SO25, "T4", "cases", "litigation_direct.other_result", "t4-direct-other")
C(86, "平潭综合实验区2024年复议后又起诉、结果被纠正的有几件？", P24, "T4", "cases", "litigation_after_review.corrected", "t4-after-review-corrected")
C(87, "淮安市2024年复议后起诉的案件中其他结果多少件", HA, "T4", "cases", "litigation_after_review.other_result", "t4-after-review-other")
C(88, "淮安市2024年因为其他法律、行政法规禁止公开而没公开的有几件？", HA, "T3", "denied_other_law", TOT, "denied-row-colloquial")
C(89, "上海市政府办公厅2025年有几件申请被认定为无正当理由大量反复申请？", SO25, "T3", "not_processed_massive_repeated", TOT, "not-processed-row")
C(90, "淮安市2024年要求行政机关确认或者重新出具已获取信息的申请有几件", HA, "T3", "not_processed_confirm_or_reissue", TOT, "not-processed-row")
C(91, "平潭县人民政府2012年同意部分公开答复数是多少条？", PC12, "stats", "reply_partial", TY, "pre2019-county",
  note="the table row is 同意部分公开答复数; the prose calls the same 2 replies 其它公开答复数")
C(92, "平潭综合实验区2018年统计表中行政复议数是多少件", P18, "stats", "admin_review", TY, "pre2019-review")
C(93, "平潭县政府2011年统计表上主动公开信息数的历年累计是多少条", PC11, "stats", "proactive_total", CU, "pre2019-county-cumulative")
C(94, "平潭综合实验区管委会2011年受理了多少条依申请公开？", P11, "stats", "requests_total", TY, "pre2019-requests-zero")

# =========================================================================
# DERIVED items
# =========================================================================
D(1, "淮安市2024年新收的申请里，商业企业、科研机构、社会公益组织、法律服务机构和其他组织加起来一共多少件？", HA,
  add(*[t3(HA, "new_received", k) for _, k in LEGAL_COLS]), "件", "sum-enumerated-columns")
D(2, "淮安市2024年不予公开的申请一共多少件？（把8种不予公开情形的总计加起来）", HA,
  add(*[t3(HA, k) for _, k in DENIED]), "件", "sum-group-rows")
D(3, "淮安市2024年办结的申请中，予以公开的占多少？按予以公开÷办理结果总计算，百分比保留两位小数", HA,
  pct(t3(HA, "granted"), t3(HA, "results_total"), 2), "%", "share-stated-rounding")
D(4, "淮安市2024年因为信息公开被申请行政复议和提起行政诉讼（直接起诉+复议后起诉）的案件总共多少件？", HA,
  add(t4(HA, "review.total"), t4(HA, "litigation_direct.total"), t4(HA, "litigation_after_review.total")), "件", "t4-grand-total")
D(5, "淮安市2024年不予公开的各种理由里，哪一种数量最多？", HA,
  rank([(l, t3(HA, k)) for l, k in DENIED], 1), "项", "ranking-denied-rows")
D(6, "淮安市2024年新收的申请中，除了自然人，哪一类申请人提的最多？", HA,
  rank([(l, t3(HA, "new_received", k)) for l, k in LEGAL_COLS], 1), "项", "ranking-applicant-columns")
D(7, "淮安市2024年行政处罚决定比行政许可决定多多少件？", HA,
  sub(c(HA, "T2", "administrative_penalty", "decisions"), c(HA, "T2", "administrative_licensing", "decisions")), "件", "difference-t2")
D(8, "沭阳县2025年无法提供的申请一共多少件（不掌握、需另行制作、补正后仍不明确三项合计）？", SC,
  add(*[t3(SC, k) for k in UNABLE]), "件", "sum-group-rows")
D(9, "沭阳县2025年不予处理的申请合计多少件？", SC,
  add(*[t3(SC, k) for k in NOTPROC]), "件", "sum-group-rows")
D(10, "沭阳县2025年所有办理结果类别里，数量排第二的是哪一类？", SC,
  rank([(l, t3(SC, k)) for l, k in RESULT21], 2), "项", "ranking-second-result-row")
D(11, "沭阳县2025年行政复议的纠错率是多少？（结果纠正÷行政复议总计，百分比保留一位小数）", SC,
  pct(t4(SC, "review.corrected"), t4(SC, "review.total"), 1), "%", "rate-stated-rounding")
D(12, "平潭综合实验区2024年新收的政府信息公开申请比2023年多了多少件？", P24,
  sub(t3(P24, "new_received"), t3(P23, "new_received")), "件", "year-on-year")
D(13, "平潭综合实验区2025年新收申请比上一年少了多少件？", P25,
  sub(t3(P24, "new_received"), t3(P25, "new_received")), "件", "year-on-year-decrease")
D(14, "平潭实验区2023年的行政许可决定数比2022年减少了多少？", P23,
  sub(c(P22, "T2", "administrative_licensing", "decisions"), c(P23, "T2", "administrative_licensing", "decisions")), "件", "year-on-year-t2")
D(15, "平潭2025年行政复议总数比2024年增加了几件？", P25,
  sub(t4(P25, "review.total"), t4(P24, "review.total")), "件", "year-on-year-t4")
D(16, "平潭综合实验区2025年不予公开的一共多少件？8种情形都算上", P25,
  add(*[t3(P25, k) for _, k in DENIED]), "件", "sum-group-rows")
D(17, "平潭综合实验区2025年无法提供的申请合计多少件", P25,
  add(*[t3(P25, k) for k in UNABLE]), "件", "sum-group-rows")
D(18, "平潭综合实验区2023年无法提供的申请占新收申请的百分之几？（保留两位小数）", P23,
  pct(add(*[t3(P23, k) for k in UNABLE]), t3(P23, "new_received"), 2), "%", "share-stated-rounding",
  note="the report's prose states the same share (38.27%)")
D(19, "平潭综合实验区2021年到2025年，哪一年新收的政府信息公开申请最多？", P25,
  rank([(str(y), t3(r, "new_received")) for y, r in [(2021, P21), (2022, P22), (2023, P23), (2024, P24), (2025, P25)]], 1),
  "年", "ranking-across-years")
D(20, "上海市政府办公厅2025年予以公开和部分公开合计，占办结总数的百分比是多少？保留两位小数", SO25,
  pct(add(t3(SO25, "granted"), t3(SO25, "partially_granted")), t3(SO25, "results_total"), 2), "%", "share-stated-rounding",
  note="the report's prose states 208 件 (17.46%)")
D(21, "上海市人民政府办公厅2025年因政府信息公开被起诉的行政诉讼一共多少件？（直接起诉和复议后起诉都算）", SO25,
  add(t4(SO25, "litigation_direct.total"), t4(SO25, "litigation_after_review.total")), "件", "t4-litigation-total")
D(22, "上海市政府办公厅2025年从上年结转过来的申请里，法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）合计有多少件？", SO25,
  add(*[t3(SO25, "carried_over_from_last_year", k) for _, k in LEGAL_COLS]), "件", "sum-enumerated-columns")
D(23, "上海市政府办公厅2025年新收申请比2019年多了多少件？", SO25,
  sub(t3(SO25, "new_received"), t3(SO19, "new_received")), "件", "multi-year-difference")
D(24, "虹口区2021年无法提供的申请一共几件（三种情形相加）？", HK,
  add(*[t3(HK, k) for k in UNABLE]), "件", "sum-group-rows")
D(25, "虹口区2021年新收申请中自然人占比多少？百分比保留两位小数", HK,
  pct(t3(HK, "new_received", NP), t3(HK, "new_received"), 2), "%", "share-stated-rounding")
D(26, "虹口区2021年行政复议和行政诉讼加起来一共多少件？", HK,
  add(t4(HK, "review.total"), t4(HK, "litigation_direct.total"), t4(HK, "litigation_after_review.total")), "件", "t4-grand-total")
D(27, "洪泽区2023年不予公开的申请合计多少件？", HZ,
  add(*[t3(HZ, k) for _, k in DENIED]), "件", "pdf+sum-group-rows")
D(28, "洪泽区2023年行政处罚和行政强制的处理决定加起来是多少？", HZ,
  add(c(HZ, "T2", "administrative_penalty", "decisions"), c(HZ, "T2", "administrative_coercion", "decisions")), "件", "pdf+sum-t2")
D(29, "上海市科委2024年无法提供的申请一共几件？", SK,
  add(*[t3(SK, k) for k in UNABLE]), "件", "sum-group-rows", note="the report's prose says 无法提供的10件")
D(30, "平潭县2013年主动公开信息数比2012年少了多少条？", PC13,
  sub(st(PC12, "proactive_total"), st(PC13, "proactive_total")), "条", "pre2019-year-on-year")
D(31, "平潭县2012年的申请中当面申请占比多少？（当面申请数÷受理依申请公开信息总数，百分比保留两位小数）", PC12,
  pct(st(PC12, "req_in_person"), st(PC12, "requests_total"), 2), "%", "pre2019-share")
D(32, "平潭综合实验区2016年主动公开文件数比2014年多了多少条？", P16,
  sub(st(P16, "proactive_total"), st(P14, "proactive_total")), "条", "pre2019-multi-year-difference")
D(33, "淮安市2024年新收申请总数比沭阳县2025年多多少件？", HA,
  sub(t3(HA, "new_received"), t3(SC, "new_received")), "件", "cross-body-difference")
D(34, "沭阳县2025年新收申请里自然人占了多大比例？保留一位小数的百分数", SC,
  pct(t3(SC, "new_received", NP), t3(SC, "new_received"), 1), "%", "share-stated-rounding")

# =========================================================================
# NARRATIVE items
# =========================================================================
N(1, "虹口区政府信息公开年报有疑问打哪个电话？", HK, "联系电话：021—25658888", "contact-phone")
N(2, "虹口区人民政府办公室地址在哪", HK, "飞虹路 518 号", "contact-address")
N(3, "虹口区2021年政务公开存在什么问题？标准化规范化方面怎么说的", HK, "政务公开标准化规范化工作尚处在初级阶段", "problem")
N(4, "虹口区2021年依托随申办推出了什么线上渠道？", HK, "依托“随申办”推出“掌上驿站”", "platform")
N(5, "虹口区2021年给新进公务员搞了几次政务公开培训", HK, "开展新进公务员政务公开通识培训2次", "training-count-prose")
N(6, "淮安市政府办公室的电子邮箱是多少？", HA, "hazwgkc@163.com", "contact-email")
N(7, "淮安市2024年收了多少信息处理费？", HA, "收取政府信息公开信息处理费 3940 元", "fee-prose")
N(8, "淮安全市在运维的政务新媒体有多少个", HA, "全市在运维政务新媒体共计 95", "prose-count")
N(9, "淮安市2024年年报里说存在哪些主要问题？", HA, "一是政策解读质量仍需提升", "problem")
N(10, "淮安2024年开了多少场新闻发布会", HA, "新闻发布会 12 场", "prose-count")
N(11, "洪泽区政府办公室联系电话是多少？", HZ, "0517-87222589", "pdf+contact-phone")
N(12, "洪泽区2023年在政府网站上主动公开了多少条政府信息？", HZ, "主动公开政府信息 1136 条", "pdf+prose-count")
N(13, "洪泽区2023年政府信息公开工作有什么不足", HZ, "政务公开内容的深度和广度还有待提升", "pdf+problem")
N(14, "洪泽区2023年收了多少政府信息公开信息处理费？", HZ, "收取政府信息公开信息处理费 0 元", "pdf+fee-prose")
N(15, "平潭综合实验区管委会办公室2023年的通讯地址", P23, "平潭综合实验区商务营运中心7号楼14层", "contact-address")
N(16, "平潭综合实验区2025年关停了多少个不规范的政府网站和政务新媒体？", P25, "政府网站1个、政务新媒体2个", "measure-count")
N(17, "平潭2024年年报提到的问题里，政策解读方面是怎么说的？", P24, "政策解读形式仍需创新", "problem")
N(18, "平潭综合实验区2024年关停注销了几个政务新媒体？", P24, "对5个发挥作用不明显、基层无力维护的政务新媒体予以关停注销", "measure-count")
N(19, "平潭2022年的年报有问题应该找哪个处室？", P22, "管委会办公室保密与电子政务处", "contact-office")
N(20, "平潭综合实验区2021年年报里留的电话/传真是多少", P21, "电话/传真：0591-23165370", "contact-phone")
N(21, "平潭综合实验区2020年政府信息公开的电子邮箱", P20, "pzxxgkb@163.com", "contact-email")
N(22, "平潭综合实验区2018年政府信息公开专栏访问量是多少？", P18, "政府信息公开专栏访问量达108932人次", "pre2019-prose-count")
N(23, "平潭2016年依申请提供政府信息收不收费？", P16, "依申请提供政府信息暂不收费", "pre2019-fee-prose")
N(24, "平潭实验区2014年指定哪些地方作为政府信息公众查阅场所？", P14, "区行政服务中心、县档案馆、县图书馆", "pre2019-measure")
N(25, "平潭县人民政府办公室2012年的地址", PC12, "平潭县翠园南路10号", "pre2019-contact-address")
N(26, "平潭县2013年公众查阅点汇集了多少个单位的主动公开信息？", PC13, "目前已汇集了48个单位", "pre2019-prose-count")
N(27, "上海市政府办公厅2019年信息公开类行政复议诉讼的结果如何，有没有败诉", SO19, "继续保持了省级政府零败诉的记录", "prose-outcome")
N(28, "上海市政府办公厅2025年其他处理里有多少件是申请人主动撤回的？", SO25, "主动撤回 157 件", "prose-count")
N(29, "上海国际服务门户2025年新增了什么语种网站", SO25, "新增意大利语网站，目前已覆盖 10 个语种", "platform")
N(30, "上海市科委年报电子版可以在哪个网站下载", SK, "https://stcsm.sh.gov.cn", "platform-url")
N(31, "市科委2024年收没收信息公开处理费？", SK, "市科委未发生政府信息公开收费事项", "fee-prose")
N(32, "沭阳县2025年收取了多少信息处理费？", SC, "收取信息处理费共计380元", "fee-prose")
N(33, "沭阳县为防止依申请超期答复建了个什么机制？", SC, "线下依申请件倒计时报警器", "measure")
N(34, "沭阳县发改局地址在哪里", SF, "沭阳县沭城街道苏州东路42号", "html+contact-address")
N(35, "沭阳县发展和改革局2023年说自己存在哪些问题？", SF, "政民互动栏目网民留言回复效率有待提高", "html+problem")
N(36, "平潭综合实验区2012年新浪官方微博一共发了多少条微博？", P12, "新浪中国平潭官方微博共发布微博1288条", "pre2019-platform-count")
N(37, "平潭县人民政府办公室2011年的联系电话是多少", PC11, "电话：24336240", "pre2019-contact-phone")

# =========================================================================
# UNANSWERABLE items
# =========================================================================
# body not indexed (sharing words with indexed bodies)
U(1, "淮安市淮阴区2024年收到多少件政府信息公开申请？", None, 2024, "body_not_indexed", "neighbouring-district",
  note="淮阴区 is a district of 淮安市; only the 淮安市人民政府 city report (2024) and 洪泽区 (2023) are indexed")
U(2, "清江浦区人民政府2023年政府信息公开行政复议有几件", None, 2023, "body_not_indexed", "neighbouring-district")
U(3, "洪泽区教育局2023年依申请公开了多少件？", None, 2023, "body_not_indexed", "department-of-indexed-district")
U(4, "上海市黄浦区2022年政府信息公开年报里行政诉讼多少件", None, 2022, "body_not_indexed", "other-shanghai-district")
U(5, "虹口区卫健委2021年收到的政府信息公开申请数量", None, 2021, "body_not_indexed", "department-of-indexed-district")
U(6, "沭阳县教育局2025年政府信息公开申请有多少？", None, 2025, "body_not_indexed", "other-department-of-indexed-county")
U(7, "泗阳县发改局2023年收到几件依申请公开？", None, 2023, "body_not_indexed", "same-dept-neighbouring-county")
U(8, "宿迁市人民政府2025年行政复议多少件", None, 2025, "body_not_indexed", "parent-city-not-indexed")
U(9, "北京市科委2024年行政许可处理决定数量是多少", None, 2024, "body_not_indexed", "same-named-dept-other-city")
U(10, "平潭综合实验区地方税务局2013年主动公开了多少条信息？", None, 2013, "body_not_indexed", "department-of-indexed-body",
  note="a real report of this bureau exists in the source archive but is not in the corpus")
U(11, "上海市发展和改革委员会2024年新收的信息公开申请", None, 2024, "body_not_indexed", "other-municipal-department")
U(12, "淮安市发改委2024年行政规范性文件制发了几件", None, 2024, "body_not_indexed", "department-of-indexed-city")
# year not indexed
U(13, "平潭综合实验区2015年主动公开政府信息多少条？", None, 2015, "year_not_indexed", "year-gap",
  note="2015 report exists in the source archive but is not in the corpus")
U(14, "平潭2017年收到多少件信息公开申请", None, 2017, "year_not_indexed", "year-gap")
U(15, "淮安市人民政府2023年新收政府信息公开申请数量", None, 2023, "year_not_indexed", "other-year-of-indexed-body")
U(16, "上海市政府办公厅2022年行政复议一共多少件？", None, 2022, "year_not_indexed", "between-indexed-years")
U(17, "虹口区2022年予以公开了多少件", None, 2022, "year_not_indexed", "other-year-of-indexed-body")
U(18, "淮安市洪泽区人民政府2024年行政处罚决定数", None, 2024, "year_not_indexed", "other-year-of-indexed-body",
  note="SOURCES.md mentions the 2024 report printed as 淮安市洪泽区人民政府; it is not in the corpus")
U(19, "市科委二〇二三年收到多少信息公开申请？", None, 2023, "year_not_indexed", "chinese-numeral-year+year-gap")
U(20, "沭阳县2024年政府信息公开申请受理了多少件", None, 2024, "year_not_indexed", "county-year-gap",
  note="only 沭阳县人民政府 2025 and the 发改局 2023 report are indexed; neither is the county government 2024")
U(21, "平潭县人民政府2010年主动公开信息数", None, 2010, "year_not_indexed", "county-year-before-first",
  note="平潭县人民政府 is indexed for 2011-2013 only (2014 avoided: the 2014 管委会 page's chrome says 来源：平潭县人民政府)")
U(34, "江苏省人民政府办公厅2025年收到多少政府信息公开申请？", None, 2025, "body_not_indexed", "same-named-office-other-province",
  note="only the 上海市人民政府办公厅 is indexed")
U(35, "沭阳县人民政府2023年新收政府信息公开申请数量是多少", None, 2023, "year_not_indexed", "county-gov-when-only-bureau-has-year",
  note="for 2023 only the 沭阳县发展和改革局 report is indexed; the county government report is 2025 only")
# no such figure
U(22, "淮安市2024年政府信息公开工作经费预算是多少万元？", HA, 2024, "no_such_figure", "budget")
U(23, "平潭综合实验区2025年负责政府信息公开的工作人员有几名？", P25, 2025, "no_such_figure", "staff-count")
U(24, "沭阳县2025年依申请公开平均多少个工作日答复？", SC, 2025, "no_such_figure", "average-time")
U(25, "洪泽区2023年发布了多少篇政策解读？", HZ, 2023, "no_such_figure", "pdf+prose-count-absent")
U(26, "平潭综合实验区2013年政府信息公开专项经费是多少钱", P13, 2013, "no_such_figure", "budget",
  note="the report says a 专项经费 was arranged but states no amount")
U(36, "淮安市2024年政府门户网站访问量有多少人次？", HA, 2024, "no_such_figure", "visitor-numbers")
U(37, "虹口区2021年政府信息公开申请平均办理天数是多少", HK, 2021, "no_such_figure", "average-time")
# not in this format
U(27, "平潭综合实验区2019年因申请人逾期未按收费通知缴费而不再处理的申请有几件？", P19, 2019, "not_in_this_format",
  "2021-row-asked-of-2019-format", note="the 2019 trial format has a single （六）其他处理 row without sub-rows")
U(28, "平潭2020年行政规范性文件本年废止件数是多少", P20, 2020, "not_in_this_format", "2021-column-asked-of-2019-format",
  note="2019 trial T2 columns are 本年新制作/本年新公开/对外公开总数量; no 废止 column")
U(29, "上海市政府办公厅2019年行政事业性收费金额多少万元", SO19, 2019, "not_in_this_format", "2021-column-asked-of-2019-format",
  note="2019 trial （八） counts fee items (上一年项目数量/本年增减), not an amount in 万元")
U(30, "淮安市2024年政府集中采购总金额是多少？", HA, 2024, "not_in_this_format", "2019-row-asked-of-2021-format")
U(31, "平潭综合实验区2016年因重复申请不予处理的有几件？", P16, 2016, "not_in_this_format", "2021-row-asked-of-pre2019")
U(32, "虹口区2021年通过信函提出的政府信息公开申请有几件？", HK, 2021, "not_in_this_format", "pre2019-row-asked-of-2021-format",
  note="the 2021 format has no breakdown by submission channel")
U(33, "洪泽区2023年申请人无正当理由逾期不补正、机关不再处理的有几件？", HZ, 2023, "not_in_this_format",
  "pdf+subrow-not-printed", note="this PDF prints （六）其他处理 as one row without its three sub-rows")

# =========================================================================
# AMBIGUOUS items (no body, or a name fitting two bodies)
# =========================================================================
A(1, "2024年政府信息公开申请一共收了多少件？", 2024, "no-body", note="2024: 淮安市, 平潭综合实验区, 上海市科委")
A(2, "2021年行政许可处理决定有多少件", 2021, "no-body", note="2021: 虹口区, 平潭综合实验区")
A(3, "平潭2012年主动公开了多少条政府信息？", 2012, "name-fits-two-bodies",
  note="'平潭' fits both 平潭县人民政府 (2012: 2026) and 平潭综合实验区 (2012: 739 in the table)")
A(4, "2023年的行政处罚决定有多少件？", 2023, "no-body", note="2023: 洪泽区, 平潭综合实验区, 沭阳县发改局")
A(5, "2019年新收到的政府信息公开申请是多少", 2019, "no-body", note="2019: 平潭综合实验区, 上海市政府办公厅")
A(6, "平潭2013年受理了几条依申请公开？", 2013, "name-fits-two-bodies",
  note="'平潭' fits 平潭县人民政府 (7) and 平潭综合实验区 (0) for 2013")
A(7, "2025年行政复议结果维持了多少件", 2025, "no-body", note="2025: 平潭综合实验区, 上海市政府办公厅, 沭阳县")

# =========================================================================
# FOLLOW-UPS
# =========================================================================
F(1, "followup-column-change",
  TC("淮安市2024年新收了多少件政府信息公开申请？", HA, "T3", "new_received", TOT),
  TC("其中自然人多少？", HA, "T3", "new_received", NP),
  TC("法律服务机构呢", HA, "T3", "new_received", LS))
F(2, "followup-year-then-block",
  TC("平潭综合实验区2023年行政复议总数是多少", P23, "T4", "cases", "review.total"),
  TC("那2024年呢？", P24, "T4", "cases", "review.total"),
  TC("直接起诉的行政诉讼呢", P24, "T4", "cases", "litigation_direct.total"))
F(3, "followup-column-then-year",
  TC("上海市政府办公厅2025年因为本机关不掌握而无法提供的有多少件？", SO25, "T3", "unable_not_held", TOT),
  TC("商业企业的呢", SO25, "T3", "unable_not_held", CE),
  TC("2019年呢？", SO19, "T3", "unable_not_held", CE))
F(4, "followup-after-unanswerable-year",
  TU("沭阳县2024年新收政府信息公开申请多少件", None, 2024, "year_not_indexed"),
  TC("那2025年呢？", SC, "T3", "new_received", TOT))
F(5, "followup-after-unanswerable-body",
  TU("虹口区教育局2021年的行政复议有几件？", None, 2021, "body_not_indexed"),
  TC("那虹口区政府呢", HK, "T4", "cases", "review.total"))
F(6, "followup-row-change-t2",
  TC("洪泽区2023年行政许可决定有多少件", HZ, "T2", "administrative_licensing", "decisions"),
  TC("处罚呢？", HZ, "T2", "administrative_penalty", "decisions"),
  TC("行政强制呢", HZ, "T2", "administrative_coercion", "decisions"))
F(7, "followup-row-change-t3",
  TC("市科委2024年予以公开的有几件？", SK, "T3", "granted", TOT),
  TC("逾期不补正不再处理的呢", SK, "T3", "other_no_correction_overdue", TOT),
  TC("其中企业的？", SK, "T3", "other_no_correction_overdue", CE))
F(8, "followup-pre2019-year-and-column",
  TC("平潭县2012年当面申请有几条？", PC12, "stats", "req_in_person", TY),
  TC("2013年呢", PC13, "stats", "req_in_person", TY),
  TC("历年累计呢？", PC13, "stats", "req_in_person", CU))
F(9, "followup-year-then-derived",
  TC("平潭综合实验区2022年因为属于过程性信息不予公开的有几件", P22, "T3", "denied_process_info", TOT),
  TC("2025年呢", P25, "T3", "denied_process_info", TOT),
  TD("两年加起来一共几件？", P25, add(t3(P22, "denied_process_info"), t3(P25, "denied_process_info")), "件"))
F(10, "followup-table-change",
  TC("沭阳县发改局2023年新收了多少申请？", SF, "T3", "new_received", TOT),
  TC("行政复议那块呢？", SF, "T4", "cases", "review.total"),
  TC("还没审结的有几件", SF, "T4", "cases", "review.pending"))
F(11, "followup-t4-subcolumns",
  TC("淮安市2024年行政复议结果维持多少件", HA, "T4", "cases", "review.maintained"),
  TC("纠正的呢？", HA, "T4", "cases", "review.corrected"),
  TC("没经复议直接起诉的被纠正的呢", HA, "T4", "cases", "litigation_direct.corrected"))
F(12, "followup-year-chain-across-formats",
  TC("平潭综合实验区2019年予以公开几件？", P19, "T3", "granted", TOT),
  TC("2020年呢", P20, "T3", "granted", TOT),
  TC("那2021年呢？", P21, "T3", "granted", TOT))
F(13, "followup-format-change-unanswerable",
  TC("上海市政府办公厅2019年政府集中采购总金额是多少", SO19, "T2", "centralized_procurement", "procurement_amount"),
  TU("2025年呢？", SO25, 2025, "not_in_this_format"))
F(14, "followup-after-unanswerable-year-pre2019",
  TU("平潭综合实验区2017年主动公开了多少条政府信息", None, 2017, "year_not_indexed"),
  TC("那2018年的呢", P18, "stats", "proactive_total", TY))
F(15, "followup-body-change",
  TC("沭阳县行政规范性文件现行有效的有多少件？", SC, "T2", "normative_documents", "valid"),
  TC("废止了几件", SC, "T2", "normative_documents", "repealed"),
  TC("淮安市2024年呢？", HA, "T2", "normative_documents", "repealed"))
F(16, "followup-block-change+derived",
  TC("虹口区2021年行政复议结果维持了几件", HK, "T4", "cases", "review.maintained"),
  TC("复议后起诉维持的呢？", HK, "T4", "cases", "litigation_after_review.maintained"),
  TD("这两个加起来多少", HK, add(t4(HK, "review.maintained"), t4(HK, "litigation_after_review.maintained")), "件"))
F(17, "followup-yoy",
  TC("平潭2024年新收申请多少件？", P24, "T3", "new_received", TOT),
  TD("比上年多多少？", P24, sub(t3(P24, "new_received"), t3(P23, "new_received")), "件"))
F(18, "followup-body-change-newest",
  TC("洪泽区2023年本机关不掌握相关政府信息的有几件", HZ, "T3", "unable_not_held", TOT),
  TC("那淮安市2024年的呢", HA, "T3", "unable_not_held", TOT),
  TC("沭阳县2025年呢？", SC, "T3", "unable_not_held", TOT))
F(19, "followup-unanswerable-then-other-body",
  TU("淮安区2024年行政诉讼多少件", None, 2024, "body_not_indexed"),
  TD("那淮安市人民政府呢？直接起诉和复议后起诉合计", HA,
     add(t4(HA, "litigation_direct.total"), t4(HA, "litigation_after_review.total")), "件"))

F(20, "followup-row-then-unanswerable-year",
  TC("沭阳县2025年予以公开多少件", SC, "T3", "granted", TOT),
  TC("不予公开里属于三类内部事务信息的呢", SC, "T3", "denied_internal_affairs", TOT),
  TU("2024年呢？", None, 2024, "year_not_indexed"))
F(21, "followup-column-then-body",
  TC("上海科委2024年新收申请多少件？", SK, "T3", "new_received", TOT),
  TC("商业企业的呢", SK, "T3", "new_received", CE),
  TC("那上海市政府办公厅2025年的商业企业呢？", SO25, "T3", "new_received", CE))
F(22, "followup-pre2019-columns-years",
  TC("平潭综合实验区2014年统计表里主动公开文件数本年度是多少", P14, "stats", "proactive_total", TY),
  TC("历年累计呢", P14, "stats", "proactive_total", CU),
  TC("2016年的历年累计呢？", P16, "stats", "proactive_total", CU))
F(23, "followup-then-not-in-format",
  TC("洪泽区2023年新收了几件申请", HZ, "T3", "new_received", TOT),
  TC("其中商业企业的？", HZ, "T3", "new_received", CE),
  TU("其他处理里逾期不补正的呢", HZ, 2023, "not_in_this_format"),
  note="hongze-district_2023 prints （六）其他处理 as one row without sub-rows")

# =========================================================================
# PARAPHRASE groups (5 each)
# =========================================================================
PARA = []


def PG(g, ref, unit, variants):
    """ref: ("cell", ...) or an expression; variants: list of (question, class)."""
    assert len(variants) == 5
    PARA.append(dict(group="b6-g%02d" % g, ref=ref, unit=unit, variants=variants))


PG(1, c(HA, "T3", "new_received", TOT), None, [
    ("淮安市人民政府２０２４年本年新收政府信息公开申请数量总计是多少？", "fullwidth-digits"),
    ("二〇二四年淮安市政府新收到多少件信息公开申请", "chinese-numeral-year"),
    ("淮安市新收政府信息公开申请总数 2024", "year-at-end"),
    ("淮安 2024 新收申请 总计", "keyword-only"),
    ("淮按市2024年一共新收了多少件政府信息公开申请？", "typo-body")])
PG(2, c(P23, "T2", "administrative_licensing", "decisions"), None, [
    ("平潭综合实验区2023年行政许可本年处理决定数量是多少", "full-name"),
    ("平潭实验区二零二三年行政许可决定数", "chinese-numeral-year"),
    ("平潭 2023 行政许可", "keyword-only"),
    ("我想办个证顺便问下，平潭2023年一共作出多少件行政许可决定？", "irrelevant-clause-first"),
    ("平潭综合实验区2023年行政许可处理决定数量是多少件", "plain")])
PG(3, c(SO25, "T3", "unable_not_held", TOT), None, [
    ("上海市人民政府办公厅2025年因本机关不掌握相关政府信息而无法提供的申请有多少件？", "full-name"),
    ("上海市府办２０２５年不掌握信息、无法提供的有几件", "fullwidth-digits+short-office-name"),
    ("上海市政府办公厅本机关不掌握相关政府信息 2025年", "year-at-end"),
    ("上海市政府办公厅2025年有多少申请是因为他们手上没有这信息给不了的？", "colloquial-row"),
    ("上海市政府办公厅2025年本机关不掌我相关政府信息的数量", "typo-term")])
PG(4, c(SC, "T4", "cases", "review.total"), None, [
    ("沭阳县人民政府2025年因政府信息公开被申请行政复议总计多少件？", "full-name"),
    ("沭阳县二〇二五年政府信息公开行政复议一共几件", "chinese-numeral-year"),
    ("沭阳 2025 行政复议 总计", "keyword-only"),
    ("最近在看新闻，想问一下沭阳县2025年信息公开方面的行政复议有多少件？", "irrelevant-clause-first"),
    ("沭杨县2025年行政复议总计多少", "typo-body")])
PG(5, c(HK, "T3", "granted", TOT), None, [
    ("上海市虹口区人民政府2021年予以公开的申请有多少件？", "full-name"),
    ("虹口区２０２１年予以公开几件", "fullwidth-digits"),
    ("虹口区政府予以公开数量2021", "year-at-end-no-nian"),
    ("虹口2021年申请信息公开后全部给公开了的有多少件", "colloquial-row"),
    ("虹口区2021年予已公开的有几件", "typo-term")])
PG(6, c(HZ, "T2", "administrative_penalty", "decisions"), None, [
    ("洪泽区人民政府2023年行政处罚本年处理决定数量", "full-name"),
    ("淮安市洪泽区二〇二三年行政处罚决定多少件", "chinese-numeral-year+city-prefixed"),
    ("洪泽 2023 行政处罚", "keyword-only"),
    ("家里人被罚过款，顺便问问洪泽区2023年一共作出多少件行政处罚决定？", "irrelevant-clause-first"),
    ("洪择区2023年行政处罚处理决定数量", "typo-body")])
PG(7, c(P22, "T3", "new_received", TOT), None, [
    ("平潭综合实验区2022年本年新收政府信息公开申请数量是多少", "full-name"),
    ("平潭２０２２年新收多少件信息公开申请", "fullwidth-digits"),
    ("平潭实验区新收申请数量 2022", "year-at-end-no-nian"),
    ("平潭2022年新收信息公开申请", "keyword-only"),
    ("平谭综合实验区2022年新收的政府信息公开申请有多少件？", "typo-body")])
PG(8, c(SK, "T3", "new_received", TOT), None, [
    ("上海市科学技术委员会2024年新收政府信息公开申请数量", "full-name"),
    ("市科委二〇二四年收到几件信息公开申请？", "chinese-numeral-year+short"),
    ("上海科委 新收申请 2024", "keyword-only"),
    ("我是做科技项目的，问一下上海市科委2024年新收了多少件政府信息公开申请", "irrelevant-clause-first"),
    ("上海市科委2024年新收政府信息公开申情数量", "typo-term")])
PG(9, st(PC12, "proactive_total", TY), None, [
    ("平潭县人民政府2012年主动公开信息数是多少条？", "full-name"),
    ("平潭县政府二〇一二年主动公开了多少条信息", "chinese-numeral-year"),
    ("平潭县 2012 主动公开信息数", "keyword-only"),
    ("平潭县主动公开信息数本年度2012", "year-at-end-no-nian"),
    ("平潭县2012年主动公开信息数本年度多少条", "plain")])
PG(10, st(P16, "proactive_total", TY), None, [
    ("平潭综合实验区2016年度主动公开文件数是多少条", "full-name"),
    ("平潭实验区２０１６年主动公开了多少文件", "fullwidth-digits"),
    ("平潭 2016 主动公开文件数", "keyword-only"),
    ("平潭二零一六年主动公开的文件有多少条？", "chinese-numeral-year"),
    ("平潭综合实验区2016年主动公开文件数本年度", "plain")])
PG(11, c(HA, "T2", "administrative_fees", "fee_amount"), None, [
    ("淮安市人民政府2024年行政事业性收费本年收费金额是多少万元", "full-name"),
    ("淮安市２０２４年行政事业性收费金额", "fullwidth-digits"),
    ("淮安 行政事业性收费 2024", "keyword-only"),
    ("听说收费挺多的，淮安市2024年行政事业性收费一共收了多少万元？", "irrelevant-clause-first"),
    ("淮安市2024年行政事业姓收费金额多少万元", "typo-term")])
PG(12, c(SF, "T2", "normative_documents", "issued"), None, [
    ("沭阳县发展和改革局2023年规范性文件本年制发件数", "full-name"),
    ("沭阳县发改局二〇二三年制发了几件规范性文件", "chinese-numeral-year+bureau-short"),
    ("沭阳发改局 2023 规范性文件 制发", "keyword-only"),
    ("沭阳发改局2023年新发了多少件规范性文件？", "colloquial-column"),
    ("沭阳县发改局2023年规范性文件本年制法件数", "typo-term")])
PG(13, c(P24, "T4", "cases", "litigation_after_review.total"), None, [
    ("平潭综合实验区2024年复议后起诉的行政诉讼总计多少件", "full-name"),
    ("平潭２０２４年复议后起诉总计", "fullwidth-digits"),
    ("平潭实验区 复议后起诉 2024", "keyword-only"),
    ("平潭2024年有多少件是复议完不服又去法院起诉的？", "colloquial-block"),
    ("平潭2024年复议后起述总计多少件", "typo-term")])
PG(14, c(SO19, "T3", "new_received", TOT), None, [
    ("上海市人民政府办公厅2019年本年新收政府信息公开申请数量", "full-name"),
    ("上海市政府办公厅二〇一九年新收了多少件申请", "chinese-numeral-year"),
    ("上海市府办 2019 新收申请", "keyword-only+short-office-name"),
    ("上海市政府办公厅新收政府信息公开申请数 2019", "year-at-end"),
    ("想了解一下2019年上海市政府办公厅一共收到多少件新的信息公开申请？", "irrelevant-clause-first")])
PG(15, c(SC, "T3", "not_processed_petition_complaint", TOT), None, [
    ("沭阳县人民政府2025年信访举报投诉类申请不予处理多少件", "full-name"),
    ("沭阳县２０２５年信访举报投诉类申请数量", "fullwidth-digits"),
    ("沭阳县 信访举报投诉类 2025", "keyword-only"),
    ("沭阳县2025年有多少申请其实是信访投诉，就没按信息公开处理？", "colloquial-row"),
    ("沭阳县2025年信访举报投斥类申请有几件", "typo-term")])
PG(16, c(P25, "T3", "carried_to_next_year", TOT), None, [
    ("平潭综合实验区2025年结转下年度继续办理的申请有几件", "full-name"),
    ("平潭实验区二〇二五年结转下年度继续办理数量", "chinese-numeral-year"),
    ("平潭 结转下年度继续办理 2025", "keyword-only"),
    ("平潭2025年有多少件申请没办完拖到2026年接着办？", "colloquial-row"),
    ("平潭综合实验区2025年结专下年度继续办理几件", "typo-term")])
PG(17, add(t4(HA, "litigation_direct.total"), t4(HA, "litigation_after_review.total")), "件", [
    ("淮安市人民政府2024年行政诉讼一共多少件？（未经复议直接起诉总计加复议后起诉总计）", "full-name"),
    ("淮安市２０２４年行政诉讼合计多少件（直接起诉+复议后起诉）", "fullwidth-digits"),
    ("淮安市二〇二四年因信息公开被告的行政诉讼加起来多少件，直接起诉和复议后起诉都算", "chinese-numeral-year"),
    ("淮安 2024 行政诉讼 直接起诉加复议后起诉 合计", "keyword-only"),
    ("淮安市2024年行政诉颂总数（直接起诉和复议后起诉合计）", "typo-term")])
PG(18, c(P21, "T4", "cases", "litigation_direct.maintained"), None, [
    ("平潭综合实验区2021年未经复议直接起诉结果维持的有几件", "full-name"),
    ("平潭２０２１年直接起诉结果维持多少件", "fullwidth-digits"),
    ("平潭实验区 未经复议直接起诉 结果维持 2021", "keyword-only"),
    ("平潭2021年直接告到法院、最后维持原决定的案子有多少？", "colloquial-block"),
    ("平潭综合实验区2021年未经复议直接起诉结果维侍几件", "typo-term")])
PG(19, st(P14, "proactive_total", CU), None, [
    ("平潭综合实验区管委会2014年主动公开文件数的历年累计是多少", "full-name"),
    ("平潭２０１４年主动公开文件数历年累计", "fullwidth-digits"),
    ("平潭实验区二〇一四年统计表里主动公开文件数历年累计多少条？", "chinese-numeral-year"),
    ("平潭 2014 主动公开 历年累计", "keyword-only"),
    ("平潭2014年主动公开文件数历年累积", "typo-term")])
PG(20, c(HK, "T4", "cases", "review.total"), None, [
    ("上海市虹口区人民政府2021年行政复议总计多少件", "full-name"),
    ("虹口区二〇二一年行政复议一共几件", "chinese-numeral-year"),
    ("虹口区政府行政复议总数2021", "year-at-end-no-nian"),
    ("虹口 2021 行政复议", "keyword-only"),
    ("虹口区2021年行政复意总计多少件", "typo-term")])
PG(21, add(t3(SC, "granted"), t3(SC, "partially_granted")), "件", [
    ("沭阳县人民政府2025年予以公开和部分公开合计多少件？", "full-name"),
    ("沭阳县２０２５年予以公开加部分公开一共多少件", "fullwidth-digits"),
    ("沭阳县二〇二五年全部公开和部分公开的申请加起来有多少？", "chinese-numeral-year+colloquial"),
    ("沭阳 2025 予以公开+部分公开", "keyword-only"),
    ("沭阳县2025年予以公开和部份公开合计", "typo-term")])
PG(22, c(P20, "T3", "new_received", TOT), None, [
    ("平潭综合实验区2020年本年新收政府信息公开申请数量是多少", "full-name"),
    ("平潭实验区２０２０年新收申请多少件", "fullwidth-digits"),
    ("平潭二〇二〇年收到了几件新的信息公开申请？", "chinese-numeral-year"),
    ("平潭 新收申请 2020", "keyword-only"),
    ("平潭综合实验区2020年新收政府信息公开申请数两", "typo-term")])
