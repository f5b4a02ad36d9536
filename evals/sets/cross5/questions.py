# -*- coding: utf-8 -*-
"""Blind cross-report question set x5 (written by a blind helper).
Each item holds only references (report stems, table/row/column keys, formula kinds); no typed numbers.
build.py turns these into set.jsonl using the gold cells in /work/blind/gold.
"""

# Cross-format equivalences chosen by this writer (see NOTES.md):
# T3 new_received.total  <-> stats requests_total.this_year  (受理依申请公开信息总数)
# T3 granted.total       <-> stats reply_full.this_year      (同意公开答复数)
# T3 partially_granted.total <-> stats reply_partial.this_year (同意部分公开答复数)
# T3 results_total.total <-> stats replies_total.this_year    (对申请的答复(总)数)
# T4 review.total        <-> stats admin_review.this_year     (行政复议数)
REQ = {"pre_2019": ["stats", "requests_total", "this_year"]}
FULL = {"pre_2019": ["stats", "reply_full", "this_year"]}
PART = {"pre_2019": ["stats", "reply_partial", "this_year"]}
REPL = {"pre_2019": ["stats", "replies_total", "this_year"]}
REV = {"pre_2019": ["stats", "admin_review", "this_year"]}

P = "pingtan"
PC = "pingtan-county"
SO = "shanghai-municipal-office"

def S(id, cls, q, body, t, r, c, span=None, pick=None, eq=None, note=None):
    return dict(id=id, kind="series", cls=cls, q=q, body=body, t=t, r=r, c=c, span=span, pick=pick, eq=eq, note=note)

def C(id, cls, q, reports, expr, order=None, decimals=None, diff=None, note=None, unit="件"):
    # expr: ("cell", t, r, c) | ("sum", [(t,r,c),...]) | ("rate", [num refs], [den refs])
    return dict(id=id, kind="comparison", cls=cls, q=q, reports=reports, expr=expr, order=order,
                decimals=decimals, diff=diff, note=note, unit=unit)

def K(id, cls, q, body, pairs, mode, col=None, row=None, note=None):
    # mode "carry": T3 carried_to_next_year[col] of Y vs carried_over_from_last_year[col] of Y+1
    # mode "cum": stats row: cumulative(Y-1) (out) vs cumulative(Y) - this_year(Y) (in)
    return dict(id=id, kind="consistency", cls=cls, q=q, body=body, pairs=pairs, mode=mode, col=col, row=row, note=note)

def N(id, cls, q, body, sub, ref, note=None):
    # sub: "cell" ref=(t,r,c) | "derived" ref=("sum"/"diff"/"rate", [...], ...) | "narrative" ref=substring
    return dict(id=id, kind="noyear", cls=cls, q=q, body=body, sub=sub, ref=ref, note=note)

def B(id, cls, q, subs, note=None):
    # subs: [(stem, substring), ...]
    return dict(id=id, kind="nobody", cls=cls, q=q, subs=subs, note=note)

def U(id, cls, q, reason, note=None):
    return dict(id=id, kind="unanswerable", cls=cls, q=q, reason=reason, note=note)

def F(id, cls, turns):
    return dict(id=id, kind="followup", cls=cls, turns=turns)

T3N = ("T3", "new_received", "total")

ITEMS = [
# ---------------- series: 平潭综合实验区, current/trial formats ----------------
S("x5-001", "series-plain", "平潭综合实验区2019到2025年每年新收的政府信息公开申请各是多少件？", P, "T3", "new_received", "total", (2019, 2025)),
S("x5-002", "series-colloquial-cross-format", "平潭这些年一共每年有多少人来申请公开信息？把能查到的年份都列一下", P, "T3", "new_received", "total", None, eq=REQ,
  note="no span: every indexed year; pre-2019 years read from 统计表 受理依申请公开信息总数 (本年度)"),
S("x5-003", "series-applicant-column", "平潭实验区近五年自然人申请数量变化", P, "T3", "new_received", "natural_person", (2021, 2025),
  note="近五年 = 2021–2025 (newest report 2025)"),
S("x5-004", "series-applicant-column", "平潭综合实验区2019—2025年企业（商业企业）提出的申请每年几件？", P, "T3", "new_received", "commercial_enterprise", (2019, 2025)),
S("x5-005", "series-applicant-column+max", "平潭历年社会公益组织申请公开的有几件，哪年最多", P, "T3", "new_received", "social_welfare_org", None, pick="max",
  note="no span: all indexed years; pre-2019 统计表 has no applicant columns, so 2011–2018 are not comparable"),
S("x5-006", "series-applicant-column", "平潭综合实验区 新收申请 其他组织 2019-2025", P, "T3", "new_received", "other_org", (2019, 2025)),
S("x5-007", "series-applicant-column+sum", "平潭实验区2019年到2025年法律服务机构（律所之类）申请公开加起来多少件？", P, "T3", "new_received", "legal_service_org", (2019, 2025), pick="sum"),
S("x5-008", "series-t4-review+max", "平潭综合实验区2021年以来每年被申请行政复议多少件？哪一年最多？", P, "T4", "cases", "review.total", (2021, 2025), pick="max"),
S("x5-009", "series-t4-direct-litigation+sum", "平潭2019到2025年因为信息公开被直接告到法院（没经过复议）的案子，每年多少，总共多少", P, "T4", "cases", "litigation_direct.total", (2019, 2025), pick="sum"),
S("x5-010", "series-t4-after-review+max", "平潭综合实验区复议后又起诉的行政诉讼 2021~2025 每年几件 哪年最多", P, "T4", "cases", "litigation_after_review.total", (2021, 2025), pick="max"),
S("x5-011", "series-t4-corrected+sum", "平潭实验区近5年行政复议被纠错的一共有几件？分年说一下", P, "T4", "cases", "review.corrected", (2021, 2025), pick="sum"),
S("x5-012", "series-t4-maintained", "平潭综合实验区2019-2025年行政复议结果维持的件数", P, "T4", "cases", "review.maintained", (2019, 2025)),
S("x5-013", "series-result-row+max", "平潭２０１９年至２０２５年予以公开的申请分别多少件，哪年最多？", P, "T3", "granted", "total", (2019, 2025), pick="max", note="full-width digits"),
S("x5-014", "series-result-row-cross-format", "平潭综合实验区历年部分公开（区分处理）的数量", P, "T3", "partially_granted", "total", None, eq=PART,
  note="pre-2019 years read from 同意部分公开答复数"),
S("x5-015", "series-colloquial-row+max", "平潭实验区每年有多少申请是因为“我们这没有这个信息”答复的？2019到2025，哪年最多", P, "T3", "unable_not_held", "total", (2019, 2025), pick="max"),
S("x5-016", "series-denied-row+max", "平潭综合实验区2021-2025年因属于三类内部事务信息不予公开的，每年几件？最多的是哪年", P, "T3", "denied_internal_affairs", "total", (2021, 2025), pick="max"),
S("x5-017", "series-denied-row", "平潭近几年不公开是因为过程性信息的有多少（2021到2025）", P, "T3", "denied_process_info", "total", (2021, 2025)),
S("x5-018", "series-denied-row+sum", "平潭综合实验区2021至2025年以属于行政执法案卷为由不予公开的合计多少件", P, "T3", "denied_enforcement_case_file", "total", (2021, 2025), pick="sum"),
S("x5-019", "series-denied-row", "平潭实验区2019到2025年每年涉及国家秘密不公开的申请", P, "T3", "denied_state_secret", "total", (2019, 2025)),
S("x5-020", "series-denied-row-typo", "平谭综合实验区2019-2025年保护第三方合法权益不予公开的件数", P, "T3", "denied_third_party_rights", "total", (2019, 2025), note="typo 平谭"),
S("x5-021", "series-not-processed-row", "平潭综合实验区二〇一九年到二〇二五年重复申请不予处理的每年几件", P, "T3", "not_processed_duplicate", "total", (2019, 2025), note="Chinese numeral years"),
S("x5-022", "series-unable-row", "平潭实验区补正以后申请内容还是不明确的，2019到2025年每年有几件？", P, "T3", "unable_unclear_after_correction", "total", (2019, 2025)),
S("x5-023", "series-other-format-row", "平潭综合实验区2019年到2025年，申请人逾期不补正、不再处理的申请每年多少件", P, "T3", "other_no_correction_overdue", "total", (2019, 2025),
  note="row only in the 2021 format: 2019/2020 (trial format, single （六）其他处理 row) not comparable"),
S("x5-024", "series-other-format-row", "平潭综合实验区2019-2025年“其他处理”这一整行每年是多少", P, "T3", "other_processing", "total", (2019, 2025),
  note="single （六）其他处理 row exists only in the 2019 trial format; 2021–2025 split it into three sub-rows: not comparable"),
S("x5-025", "series-carry+sum", "平潭综合实验区2019到2025年每年结转到下一年继续办的申请有几件，加起来多少", P, "T3", "carried_to_next_year", "total", (2019, 2025), pick="sum"),
S("x5-026", "series-results-total-cross-format+max", "平潭历年办结（答复）的依申请总数，哪年最多", P, "T3", "results_total", "total", None, pick="max", eq=REPL,
  note="pre-2019 years read from 对申请的答复(总)数; pingtan_2020 （七）总计 as printed does not equal the sum of its result rows (report's own inconsistency)"),
S("x5-027", "series-t2-licensing+max", "平潭综合实验区2021年到2025年行政许可处理决定数量变化趋势，哪年最高", P, "T2", "administrative_licensing", "decisions", (2021, 2025), pick="max",
  note="2019/2020 行政许可 cells unresolved in gold: span kept to 2021–2025"),
S("x5-028", "series-t2-penalty+min", "平潭 行政处罚 决定数 2021-2025 哪年最少", P, "T2", "administrative_penalty", "decisions", (2021, 2025), pick="min"),
S("x5-029", "series-t2-coercion", "平潭实验区这几年行政强制做了多少件决定（21年到25年）", P, "T2", "administrative_coercion", "decisions", (2021, 2025)),
S("x5-030", "series-t2-fee-other-format+max", "平潭综合实验区2019到2025年行政事业性收费金额（万元）每年多少？哪年最多", P, "T2", "administrative_fees", "fee_amount", (2019, 2025), pick="max",
  note="2019/2020 trial format counts fee items (项目数量/增减), no amount in 万元: not comparable"),
S("x5-031", "series-review-cross-format+max", "平潭历年来因政府信息公开被申请行政复议的数量，哪一年最多？", P, "T4", "cases", "review.total", None, pick="max", eq=REV,
  note="pre-2019 years read from 统计表 行政复议数 (本年度)"),
S("x5-032", "series-petition-row", "平潭2021—2025 信访举报投诉类申请不予处理 每年", P, "T3", "not_processed_petition_complaint", "total", (2021, 2025)),
# ---------------- series: pre-2019 统计表 ----------------
S("x5-033", "series-pre2019-stats+max", "平潭综合实验区2011年到2018年主动公开信息数每年是多少？哪年最多？", P, "stats", "proactive_total", "this_year", (2011, 2018), pick="max",
  note="2013 value is the 统计表 figure; the 2013 prose gives a much smaller count — gold follows the table"),
S("x5-034", "series-pre2019-stats", "平潭实验区以前（2011-2018）每年通过政府网站公开了多少条信息", P, "stats", "proactive_website", "this_year", (2011, 2018)),
S("x5-035", "series-pre2019-not-comparable", "平潭综合实验区2011到2025年每年当面申请公开的有多少", P, "stats", "req_in_person", "this_year", (2011, 2025),
  note="当面申请数 exists only in the pre-2019 统计表: 2019–2025 not comparable"),
S("x5-036", "series-pre2019-row-varies", "平潭综合实验区2011-2018年电子邮件申请数", P, "stats", "req_email", "this_year", (2011, 2018),
  note="电子邮件申请数 row only in 2011–2013 tables; 2014/2016/2018 tables have no such row (信函、传真 merged; no e-mail): not comparable"),
S("x5-037", "series-pre2019-fee-waiver", "平潭实验区2014到2018年政府信息公开收费减免金额是多少", P, "stats", "fee_waiver_amount", "this_year", (2014, 2018),
  note="row printed only in 2014 and 2016 tables; 2018 table lacks it; 2015/2017 not in corpus"),
S("x5-038", "series-pre2019-county+sum", "平潭县政府2011、2012、2013三年主动公开信息一共多少条", PC, "stats", "proactive_total", "this_year", (2011, 2013), pick="sum"),
S("x5-039", "series-pre2019-county+max", "平潭县人民政府2011~2013年受理依申请公开总数，哪年最多", PC, "stats", "requests_total", "this_year", (2011, 2013), pick="max"),
S("x5-040", "series-pre2019-county", "平潭县历年同意公开答复数", PC, "stats", "reply_full", "this_year", None),
S("x5-041", "series-pre2019-county-cumulative", "平潭县2011到2013年网站公开的历年累计数各是多少", PC, "stats", "proactive_website", "cumulative", (2011, 2013)),
S("x5-042", "series-pre2019-county", "平潭县二零一一至二零一三年网上申请数", PC, "stats", "req_online", "this_year", (2011, 2013), note="Chinese numeral years"),
# ---------------- series: 上海市政府办公厅 and single-year bodies ----------------
S("x5-043", "series-short-name-gaps", "上海市政府办公厅历年收到的信息公开申请（新收）", SO, "T3", "new_received", "total", None,
  note="indexed years 2019 and 2025; 2020–2024 are gaps"),
S("x5-044", "series-short-name-gaps", "沪府办公厅2019到2025年本机关不掌握相关信息的答复（自然人）", SO, "T3", "unable_not_held", "natural_person", (2019, 2025)),
S("x5-045", "series-short-name-t4", "上海市人民政府办公厅2019—2025年行政复议总数", SO, "T4", "cases", "review.total", (2019, 2025)),
S("x5-046", "series-short-name-row", "上海市府办公厅历年结转下年度继续办理的申请数", SO, "T3", "carried_to_next_year", "total", None),
S("x5-047", "series-short-name-column", "上海市政府办公厅历年商业企业申请数量", SO, "T3", "new_received", "commercial_enterprise", None),
S("x5-048", "series-single-year-body", "虹口区历年政府信息公开申请新收数量", "hongkou-district", "T3", "new_received", "total", None,
  note="only 2021 is in the corpus"),
S("x5-049", "series-t4-pending", "平潭综合实验区2021到2025年行政复议尚未审结的每年几件", P, "T4", "cases", "review.pending", (2021, 2025)),

# ---------------- comparison ----------------
C("x5-050", "comparison-same-year-rank", "2025年平潭综合实验区、沭阳县、上海市政府办公厅，哪家新收的信息公开申请最多？按多少排一下",
  ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell",) + T3N, order="desc"),
C("x5-051", "comparison-same-year-column", "2024年淮安市政府、上海市科委、平潭实验区的自然人申请各多少", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"],
  ("cell", "T3", "new_received", "natural_person")),
C("x5-052", "comparison-same-year-rank", "2023年洪泽区政府、沭阳县发改局和平潭综合实验区收到的申请谁少", ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"],
  ("cell",) + T3N, order="asc"),
C("x5-053", "comparison-same-year", "2021年虹口区政府和平潭综合实验区予以公开的各多少件", ["hongkou-district_2021", "pingtan_2021"], ("cell", "T3", "granted", "total")),
C("x5-054", "comparison-same-year-trial", "2019年上海市人民政府办公厅跟平潭综合实验区的新收申请数比比", ["shanghai-municipal-office_2019", "pingtan_2019"], ("cell",) + T3N, order="desc"),
C("x5-055", "comparison-pre2019-same-name", "2011年平潭县政府和平潭综合实验区主动公开信息数各是多少", ["pingtan-county_2011", "pingtan_2011"], ("cell", "stats", "proactive_total", "this_year")),
C("x5-056", "comparison-pre2019", "2012年平潭县和平潭实验区受理依申请公开总数，哪个多", ["pingtan-county_2012", "pingtan_2012"], ("cell", "stats", "requests_total", "this_year"), order="desc"),
C("x5-057", "comparison-pre2019+diff", "二〇一三年平潭综合实验区的主动公开信息数比平潭县多多少条？", ["pingtan_2013", "pingtan-county_2013"], ("cell", "stats", "proactive_total", "this_year"),
  diff=["pingtan_2013", "pingtan-county_2013"],
  note="pingtan_2013 统计表 figure disagrees with its own prose: gold follows the table"),
C("x5-058", "comparison-rate-years-differ", "淮安市政府2024年和沭阳县政府2025年，予以公开占办结总数的比例分别是多少（保留两位小数）",
  ["huaian-city_2024", "shuyang-county_2025"], ("rate", [("T3", "granted", "total")], [("T3", "results_total", "total")]), decimals=2, unit="%",
  note="different years (2024 vs 2025)"),
C("x5-059", "comparison-rate-same-year", "2025年三家（平潭、沭阳县、上海市政府办公厅）公开率怎么样？就是（予以公开+部分公开）÷办理结果总计，百分比保留1位",
  ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
  ("rate", [("T3", "granted", "total"), ("T3", "partially_granted", "total")], [("T3", "results_total", "total")]), decimals=1, unit="%", order="desc"),
C("x5-060", "comparison-t4-review", "2025年行政复议：平潭综合实验区、沭阳县政府、上海市府办公厅各被复议多少件，谁最多", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
  ("cell", "T4", "cases", "review.total"), order="desc"),
C("x5-061", "comparison-t4-corrected-colloquial", "2025年平潭、沭阳、上海市政府办公厅，复议被纠错的分别几件", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
  ("cell", "T4", "cases", "review.corrected")),
C("x5-062", "comparison-t4-direct", "2024年淮安市政府、上海科委、平潭实验区，未经复议直接起诉的官司各几件", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"],
  ("cell", "T4", "cases", "litigation_direct.total"), order="desc"),
C("x5-063", "comparison-t4-litigation-sum", "2025年行政诉讼（直接起诉+复议后起诉）平潭、沭阳县、上海市政府办公厅各多少件", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
  ("sum", [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")]), order="desc"),
C("x5-064", "comparison-t2-licensing", "2024年行政许可决定数，淮安市、市科委、平潭综合实验区排个序", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"],
  ("cell", "T2", "administrative_licensing", "decisions"), order="desc"),
C("x5-065", "comparison-t2-penalty", "２０２５年沭阳县和平潭综合实验区行政处罚各多少件", ["shuyang-county_2025", "pingtan_2025"], ("cell", "T2", "administrative_penalty", "decisions"),
  note="full-width digits"),
C("x5-066", "comparison-t2-fee+diff", "2024年淮安市政府的行政事业性收费比平潭综合实验区多多少万元", ["huaian-city_2024", "pingtan_2024"], ("cell", "T2", "administrative_fees", "fee_amount"),
  diff=["huaian-city_2024", "pingtan_2024"], unit="万元", decimals=2),
C("x5-067", "comparison-t2-valid-years-differ", "现行有效的行政规范性文件：虹口区（2021）、淮安市（2024）、上海市科委（2024）各有多少件，谁最多",
  ["hongkou-district_2021", "huaian-city_2024", "shanghai-stcsm_2024"], ("cell", "T2", "normative_documents", "valid"), order="desc", note="different years"),
C("x5-068", "comparison-rank-all-bodies", "各单位最新年报里“本机关不掌握相关政府信息”的总数谁最多？虹口区、洪泽区、淮安市、市科委、沭阳县、沭阳发改局、上海市政府办公厅、平潭都比一比",
  ["hongkou-district_2021", "hongze-district_2023", "huaian-city_2024", "shanghai-stcsm_2024", "shuyang-county_2025", "shuyang-fgj_2023",
   "shanghai-municipal-office_2025", "pingtan_2025"], ("cell", "T3", "unable_not_held", "total"), order="desc",
  note="newest report of each body; years differ (2021–2025)"),
C("x5-069", "comparison-denied-admin-query", "2024年属于行政查询事项不予公开的：淮安、平潭、上海市科委各几件", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"],
  ("cell", "T3", "denied_admin_query", "total")),
C("x5-070", "comparison-petition", "2025年把信访举报投诉类申请不予处理的，上海市政府办公厅、沭阳县政府、平潭实验区分别几件？", ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
  ("cell", "T3", "not_processed_petition_complaint", "total"), order="desc"),
C("x5-071", "comparison-overdue-correction", "2025年申请人逾期不补正的，三家（沪府办、沭阳、平潭）各多少", ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
  ("cell", "T3", "other_no_correction_overdue", "total")),
C("x5-072", "comparison-commercial", "2025年企业申请公开的件数：上海市人民政府办公厅 vs 沭阳县 vs 平潭综合实验区", ["shanghai-municipal-office_2025", "shuyang-county_2025", "pingtan_2025"],
  ("cell", "T3", "new_received", "commercial_enterprise"), order="desc"),
C("x5-073", "comparison-legal-service", "2024年淮安市、上海市科委、平潭实验区法律服务机构申请的各几件", ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"],
  ("cell", "T3", "new_received", "legal_service_org")),
C("x5-074", "comparison-carry-next", "2025年结转到下一年的申请，沭阳县、平潭综合实验区和上海市政府办公厅各剩多少没办完", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"],
  ("cell", "T3", "carried_to_next_year", "total"), order="desc"),
C("x5-075", "comparison-parent-child-years-differ", "淮安市政府2024年和下面的洪泽区2023年新收申请各多少？", ["huaian-city_2024", "hongze-district_2023"], ("cell",) + T3N,
  note="different years (2024 vs 2023)"),
C("x5-076", "comparison-t4-review-same-year", "2021年虹口区和平潭综合实验区被申请行政复议的数量谁多", ["hongkou-district_2021", "pingtan_2021"], ("cell", "T4", "cases", "review.total"), order="desc"),
C("x5-077", "comparison-t4-after-review-maintained", "2025年复议后起诉、法院判维持的：平潭、沭阳县、上海市政府办公厅各几件", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
  ("cell", "T4", "cases", "litigation_after_review.maintained")),
C("x5-078", "comparison-internal-affairs", "2024年三类内部事务信息不予公开 平潭 淮安 市科委", ["pingtan_2024", "huaian-city_2024", "shanghai-stcsm_2024"],
  ("cell", "T3", "denied_internal_affairs", "total"), order="desc"),
C("x5-079", "comparison-rate-natural-person", "2025年自然人申请占新收总数的比例，平潭、沭阳县、上海市政府办公厅分别是多少%（保留一位小数）",
  ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("rate", [("T3", "new_received", "natural_person")], [("T3", "new_received", "total")]),
  decimals=1, unit="%"),
C("x5-080", "comparison-same-body-two-years+diff", "上海市政府办公厅2025年比2019年新收申请多了多少件？", ["shanghai-municipal-office_2025", "shanghai-municipal-office_2019"], ("cell",) + T3N,
  diff=["shanghai-municipal-office_2025", "shanghai-municipal-office_2019"]),
C("x5-081", "comparison-same-body-two-years", "平潭综合实验区2024年和2025年的新收申请哪年多，差多少", ["pingtan_2024", "pingtan_2025"], ("cell",) + T3N, order="desc",
  diff=["pingtan_2024", "pingtan_2025"]),

# ---------------- consistency ----------------
K("x5-082", "consistency-chain-all", "平潭综合实验区2019年以来每年“结转下年度继续办理”和下一年“上年结转”都对得上吗？", P,
  [(2019, 2020), (2020, 2021), (2021, 2022), (2022, 2023), (2023, 2024), (2024, 2025)], "carry", col="total"),
K("x5-083", "consistency-pair", "平潭实验区2021年结转到下年的申请数，和2022年报里的上年结转数一致吗", P, [(2021, 2022)], "carry", col="total"),
K("x5-084", "consistency-pair-cross-format", "平潭综合实验区2020年年报结转下年度的自然人申请，与2021年报上年结转的自然人申请是否一致？", P, [(2020, 2021)], "carry", col="natural_person",
  note="2020 trial format -> 2021 format; both have the rows"),
K("x5-085", "consistency-pair", "核对：平潭2024年结转下年度继续办理 vs 2025年上年结转政府信息公开申请数量", P, [(2024, 2025)], "carry", col="total"),
K("x5-086", "consistency-pair-column", "平潭综合实验区2022→2023，商业企业这一列的结转数前后衔接吗", P, [(2022, 2023)], "carry", col="commercial_enterprise"),
K("x5-087", "consistency-pre2019-cumulative", "平潭县2011到2013年主动公开信息的历年累计数前后接得上吗（上年累计+本年=本年累计）", PC, [(2011, 2012), (2012, 2013)], "cum", row="proactive_total"),
K("x5-088", "consistency-pre2019-cumulative", "平潭县2012年受理依申请公开的历年累计，加上2013年本年度，等不等于2013年的历年累计？", PC, [(2012, 2013)], "cum", row="requests_total"),
K("x5-089", "consistency-pre2019-cumulative-fails", "平潭综合实验区2011、2012、2013、2014年主动公开信息数的历年累计是连续的吗？", P, [(2011, 2012), (2012, 2013), (2013, 2014)], "cum", row="proactive_total",
  note="chain breaks 2011→2012 and 2012→2013, holds 2013→2014"),
K("x5-090", "consistency-pre2019-cumulative", "平潭实验区2013到2014年受理依申请公开数的累计能对上吗", P, [(2013, 2014)], "cum", row="requests_total"),
K("x5-091", "consistency-pre2019-cumulative", "平潭县政府2011→2012→2013同意公开答复数累计核对", PC, [(2011, 2012), (2012, 2013)], "cum", row="reply_full"),
K("x5-092", "consistency-pre2019-cumulative", "平潭综合实验区2012年到2013年网站公开的累计数衔接吗", P, [(2012, 2013)], "cum", row="proactive_website"),
K("x5-093", "consistency-pair-column", "平潭2023年结转下年的自然人申请和2024年上年结转的自然人申请对一下", P, [(2023, 2024)], "carry", col="natural_person"),

# ---------------- noyear ----------------
N("x5-094", "noyear-cell", "平潭综合实验区收到多少政府信息公开申请？", P, "cell", ("T3", "new_received", "total")),
N("x5-095", "noyear-narrative-fee", "平潭实验区收信息处理费吗", P, "narrative", "无收取信息处理费情况"),
N("x5-096", "noyear-narrative-address", "平潭县政府信息公开办公室地址在哪", PC, "narrative", "平潭县翠园南路10号"),
N("x5-097", "noyear-cell-short-name", "上海市政府办公厅本机关不掌握相关政府信息的答复有多少件", SO, "cell", ("T3", "unable_not_held", "total")),
N("x5-098", "noyear-narrative-phone", "淮安市政府信息公开年报咨询电话多少", "huaian-city", "narrative", "0517-83605210"),
N("x5-099", "noyear-narrative-fee", "沭阳县收了多少信息处理费", "shuyang-county", "narrative", "收取信息处理费共计380元"),
N("x5-100", "noyear-cell-short-name", "市科委行政许可处理决定多少件", "shanghai-stcsm", "cell", ("T2", "administrative_licensing", "decisions")),
N("x5-101", "noyear-narrative-phone", "虹口区政府办公室联系电话", "hongkou-district", "narrative", "021—25658888"),
N("x5-102", "noyear-cell-department", "沭阳发改局自然人申请有几件", "shuyang-fgj", "cell", ("T3", "new_received", "natural_person")),
N("x5-103", "noyear-cell-t2", "洪泽区行政处罚决定数", "hongze-district", "cell", ("T2", "administrative_penalty", "decisions")),
N("x5-104", "noyear-derived-sum", "平潭综合实验区行政复议和行政诉讼一共多少件", P, "derived",
  ("sum", [("T4", "cases", "review.total"), ("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")])),
N("x5-105", "noyear-cell-pre2019-body", "平潭县受理依申请公开信息总数是多少", PC, "cell", ("stats", "requests_total", "this_year")),

# ---------------- nobody ----------------
B("x5-106", "nobody-fee", "申请政府信息公开要不要交钱？",
  [("pingtan_2025", "无收取信息处理费情况"), ("hongkou-district_2021", "未收取政府信息公开信息处理费"), ("shuyang-county_2025", "收取信息处理费共计380元"),
   ("shanghai-stcsm_2024", "未发生政府信息公开收费事项")]),
B("x5-107", "nobody-channel", "想申请公开一份政府文件，可以通过哪些渠道？",
  [("pingtan_2020", "保证网站、信函、传真等申请渠道实时有效"), ("pingtan_2022", "畅通线上、线下申请渠道")]),
B("x5-108", "nobody-problems", "政府信息公开工作一般存在哪些问题",
  [("pingtan_2025", "依申请公开答复质量待进一步提升"), ("huaian-city_2024", "个别单位存在人员配备不足、兼职多、流动性过快的问题")]),
B("x5-109", "nobody-contact", "对年报有疑问找谁联系",
  [("hongkou-district_2021", "请联系虹口区人民政府办公室"), ("huaian-city_2024", "请与淮安市人民政府办公室联系")]),
B("x5-110", "nobody-keyword", "信息处理费 收费标准 收了多少",
  [("huaian-city_2024", "全年收取政府信息公开信息处理费 3940 元"), ("shuyang-county_2025", "收取信息处理费共计380元")]),

# ---------------- unanswerable ----------------
U("x5-111", "unanswerable-gap-years", "平潭综合实验区2015年和2017年各收到多少政府信息公开申请？", "year_not_indexed", note="2015 and 2017 reports are not in the corpus"),
U("x5-112", "unanswerable-neighbour-body", "宿迁市政府和沭阳县政府2025年新收申请数比较", "body_not_indexed", note="宿迁市 (沭阳's prefecture) not in corpus"),
U("x5-113", "unanswerable-sibling-district", "淮安市淮阴区和洪泽区2023年依申请公开数量对比", "body_not_indexed", note="淮阴区 not in corpus"),
U("x5-114", "unanswerable-other-shanghai-district", "上海黄浦区2022到2023年行政复议数量变化", "body_not_indexed", note="黄浦区 reports are not in the corpus"),
U("x5-115", "unanswerable-year-span", "上海市政府办公厅2020年到2024年每年新收申请多少", "year_not_indexed", note="only 2019 and 2025 indexed"),
U("x5-116", "unanswerable-no-such-figure", "平潭综合实验区历年政务公开工作经费是多少", "no_such_figure"),
U("x5-117", "unanswerable-not-in-format", "平潭综合实验区2011到2018年自然人和法人分别申请了多少", "not_in_this_format",
  note="pre-2019 统计表 has no applicant columns"),
U("x5-118", "unanswerable-consistency-gap", "上海市政府办公厅2019年结转下年度的72件在2020年报里对上了吗", "year_not_indexed", note="2020 report not in corpus"),

# ---------------- followups ----------------
F("x5-119", "followup-series-column-pick", [
  S(None, None, "平潭综合实验区2019到2025年每年新收申请多少？", P, "T3", "new_received", "total", (2019, 2025)),
  S(None, None, "那自然人呢？", P, "T3", "new_received", "natural_person", (2019, 2025)),
  S(None, None, "哪年最多？", P, "T3", "new_received", "natural_person", (2019, 2025), pick="max"),
]),
F("x5-120", "followup-comparison-row-rate", [
  C(None, None, "2025年沭阳县、平潭、上海市政府办公厅新收申请分别多少", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], ("cell",) + T3N),
  C(None, None, "予以公开的呢", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"], ("cell", "T3", "granted", "total")),
  C(None, None, "占新收的比例呢，保留两位", ["shuyang-county_2025", "pingtan_2025", "shanghai-municipal-office_2025"],
    ("rate", [("T3", "granted", "total")], [("T3", "new_received", "total")]), decimals=2, unit="%"),
]),
F("x5-121", "followup-t4-blocks", [
  S(None, None, "平潭实验区2021年以来行政复议每年几件", P, "T4", "cases", "review.total", (2021, 2025)),
  S(None, None, "直接起诉的呢", P, "T4", "cases", "litigation_direct.total", (2021, 2025)),
  S(None, None, "复议后再起诉的呢", P, "T4", "cases", "litigation_after_review.total", (2021, 2025)),
]),
F("x5-122", "followup-series-then-gap-year", [
  S(None, None, "平潭综合实验区2011到2018年主动公开信息数，有的年份都列出来", P, "stats", "proactive_total", "this_year", (2011, 2018)),
  U(None, None, "那2015年的呢？", "year_not_indexed"),
  S(None, None, "好吧，那这几年里哪年最多", P, "stats", "proactive_total", "this_year", (2011, 2018), pick="max"),
]),
F("x5-123", "followup-pre2019-rows-sum", [
  S(None, None, "平潭县2011-2013年当面申请数", PC, "stats", "req_in_person", "this_year", (2011, 2013)),
  S(None, None, "电子邮件申请呢", PC, "stats", "req_email", "this_year", (2011, 2013)),
  S(None, None, "三年电子邮件加起来", PC, "stats", "req_email", "this_year", (2011, 2013), pick="sum"),
]),
F("x5-124", "followup-series-then-consistency", [
  S(None, None, "平潭实验区2021到2025年每年结转下年度继续办理的申请数", P, "T3", "carried_to_next_year", "total", (2021, 2025)),
  K(None, None, "这些和下一年年报里的上年结转对得上吗", P, [(2021, 2022), (2022, 2023), (2023, 2024), (2024, 2025)], "carry", col="total"),
]),
F("x5-125", "followup-comparison-t4", [
  C(None, None, "2025年平潭、沭阳县、上海市府办公厅行政复议各多少件", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", "T4", "cases", "review.total")),
  C(None, None, "诉讼那块呢（直接起诉加复议后起诉）", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"],
    ("sum", [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")])),
  C(None, None, "哪家复议纠错最多", ["pingtan_2025", "shuyang-county_2025", "shanghai-municipal-office_2025"], ("cell", "T4", "cases", "review.corrected"), order="desc"),
]),
F("x5-126", "followup-comparison-then-unindexed-body", [
  C(None, None, "虹口区和淮安市政府新收申请比一下", ["hongkou-district_2021", "huaian-city_2024"], ("cell",) + T3N, order="desc",
    note="different years (2021 vs 2024): each body's only report"),
  U(None, None, "黄浦区呢", "body_not_indexed"),
  C(None, None, "那虹口跟上海市政府办公厅2025年比呢", ["hongkou-district_2021", "shanghai-municipal-office_2025"], ("cell",) + T3N, order="desc",
    note="different years (2021 vs 2025)"),
]),
F("x5-127", "followup-series-shanghai-column", [
  S(None, None, "上海市政府办公厅2019年和2025年新收申请", SO, "T3", "new_received", "total", (2019, 2025)),
  S(None, None, "企业申请的呢", SO, "T3", "new_received", "commercial_enterprise", (2019, 2025)),
]),
F("x5-128", "followup-comparison-unable-rows", [
  C(None, None, "2024年上海市科委和淮安市政府，不掌握相关信息的各几件", ["shanghai-stcsm_2024", "huaian-city_2024"], ("cell", "T3", "unable_not_held", "total")),
  C(None, None, "需要另行制作的呢", ["shanghai-stcsm_2024", "huaian-city_2024"], ("cell", "T3", "unable_needs_creation", "total")),
]),
F("x5-129", "followup-series-change-body", [
  S(None, None, "平潭综合实验区2011到2013年受理依申请公开总数", P, "stats", "requests_total", "this_year", (2011, 2013)),
  S(None, None, "平潭县同期呢", PC, "stats", "requests_total", "this_year", (2011, 2013)),
]),
F("x5-130", "followup-series-row-change", [
  S(None, None, "平潭近五年部分公开的多少件", P, "T3", "partially_granted", "total", (2021, 2025)),
  S(None, None, "那不掌握信息没法提供的呢", P, "T3", "unable_not_held", "total", (2021, 2025)),
  S(None, None, "加起来多少", P, "T3", "unable_not_held", "total", (2021, 2025), pick="sum"),
]),
]
