# Blind cross-report question set x11 — references only, no typed numbers.
# Cell refs: "TABLE.row.column" (T4 columns contain a dot: "T4.cases.review.total").
# A "map" gives, per report format, the ref (or list of refs to be summed) that means the concept;
# None = the format has no such row (years of that format are not comparable).

def M(ref, pre=None, trial=True):
    return {"2021": ref, "2019_trial": ref if trial is True else trial, "pre_2019": pre}

def M21(ref):
    return {"2021": ref, "2019_trial": None, "pre_2019": None}

def MT(ref):
    return {"2021": None, "2019_trial": ref, "pre_2019": None}

def MP(ref):
    return {"2021": None, "2019_trial": None, "pre_2019": ref}

NEW = M("T3.new_received.total", pre="stats.requests_total.this_year")
NEW_NP = M("T3.new_received.natural_person")
GRANTED = M("T3.granted.total", pre="stats.reply_full.this_year")
REVIEW = M("T4.cases.review.total", pre="stats.admin_review.this_year")
LEGAL = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]
DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability", "denied_third_party_rights",
          "denied_internal_affairs", "denied_process_info", "denied_enforcement_case_file", "denied_admin_query"]
UNABLE = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]

def S(id, cls, q, body, map, span=None, pick=None, note=None):
    return dict(kind="series", id=id, cls=cls, q=q, body=body, map=map, span=span, pick=pick, note=note)

# comparison metric: {"ref": map-or-ref} or {"ratio": [num, den]} (percent, decimals)
def C(id, cls, q, reports, metric, unit="件", order=None, decimals=None, note=None, formula=None):
    return dict(kind="comparison", id=id, cls=cls, q=q, reports=reports, metric=metric, unit=unit, order=order,
                decimals=decimals, note=note, formula=formula)

def K(id, cls, q, body, pairs, mode, col, row=None, note=None):
    return dict(kind="consistency", id=id, cls=cls, q=q, body=body, pairs=pairs, mode=mode, col=col, row=row, note=note)

def NY(id, cls, q, body, type, **kw):
    d = dict(kind="noyear", id=id, cls=cls, q=q, body=body, type=type)
    d.update(kw)
    return d

def NB(id, cls, q, subs, note=None):
    return dict(kind="nobody", id=id, cls=cls, q=q, subs=subs, note=note)

def U(id, cls, q, reason, note=None, year=None):
    return dict(kind="unanswerable", id=id, cls=cls, q=q, reason=reason, note=note, year=year)

def F(id, cls, turns):
    return dict(kind="followup", id=id, cls=cls, turns=turns)

PT = "pingtan"; PC = "pingtan-county"; SH = "shanghai-municipal-office"
Y24 = ["huaian-city_2024", "shanghai-stcsm_2024", "pingtan_2024"]
Y23 = ["hongze-district_2023", "shuyang-fgj_2023", "pingtan_2023"]
Y25 = ["shuyang-county_2025", "shanghai-municipal-office_2025", "pingtan_2025"]
NEWEST = ["hongkou-district_2021", "hongze-district_2023", "huaian-city_2024", "pingtan_2025", "pingtan-county_2013",
          "shanghai-municipal-office_2025", "shanghai-stcsm_2024", "shuyang-county_2025", "shuyang-fgj_2023"]

ITEMS = [
# ---------------- series ----------------
S("x11-s01", "span-explicit", "平潭综合实验区2019到2025年每年新收的政府信息公开申请各有多少件？", PT, NEW, (2019, 2025)),
S("x11-s02", "all-years+cross-format", "平潭实验区历年受理的依申请公开数量列一下，从最早的报告开始", PT, NEW, None,
  note="pre-2019 受理依申请公开信息总数 (本年度) taken as the same concept as 本年新收申请数量 总计"),
S("x11-s03", "which-year-max", "平潭哪一年收到的信息公开申请最多？", PT, NEW, None, pick="max",
  note="all indexed years of 平潭综合实验区; pre-2019 受理依申请公开信息总数 mapped to 本年新收; 平潭县 2011-2013 (max 21) would not change the answer"),
S("x11-s04", "colloquial-row", "19年到25年平潭管委会同意给公开的申请每年几件", PT, GRANTED, (2019, 2025)),
S("x11-s05", "colloquial-row+pick", "平潭综合实验区2019-2025年只公开了一部分的申请，哪年最多", PT, M("T3.partially_granted.total"), (2019, 2025), pick="max"),
S("x11-s06", "description-row", "平潭这几年（2019至2025）因为单位手里没有这个信息而没法提供的申请分别多少", PT, M("T3.unable_not_held.total"), (2019, 2025), pick="max"),
S("x11-s07", "sum-over-years", "2019年到2025年平潭实验区因为重复申请不予处理的加起来一共几件？", PT, M("T3.not_processed_duplicate.total"), (2019, 2025), pick="sum"),
S("x11-s08", "t4-review-trend", "平潭综合实验区行政复议案件数2019~2025变化趋势，哪年最多", PT, M("T4.cases.review.total"), (2019, 2025), pick="max"),
S("x11-s09", "t4-direct-litigation", "平潭没经过复议直接去法院告的信息公开官司，2019到2025每年多少起？哪年最多", PT, M("T4.cases.litigation_direct.total"), (2019, 2025), pick="max"),
S("x11-s10", "t4-after-review-sum", "平潭实验区 复议后起诉 2019-2025 合计", PT, M("T4.cases.litigation_after_review.total"), (2019, 2025), pick="sum"),
S("x11-s11", "t4-subcolumn", "2021年到2025年平潭行政复议被纠正的每年各几件", PT, M("T4.cases.review.corrected"), (2021, 2025)),
S("x11-s12", "carry-out-series", "平潭综合实验区每年结转到下一年继续办的申请数（2019—2025年）", PT, M("T3.carried_to_next_year.total"), (2019, 2025)),
S("x11-s13", "carry-in-series", "平潭历年上年结转过来的申请有多少，2019年起", PT, M("T3.carried_over_from_last_year.total"), (2019, 2025)),
S("x11-s14", "row-2021-only", "平潭2019年到2025年申请人逾期不补正、不再处理的申请每年几件", PT, M21("T3.other_no_correction_overdue.total"), (2019, 2025),
  note="row exists only in the 2021 format; 2019/2020 (trial format, single （六）其他处理 row) not comparable"),
S("x11-s15", "row-trial-only", "平潭综合实验区2019至2025年“其他处理”每年多少件", PT, MT("T3.other_processing.total"), (2019, 2025),
  note="（六）其他处理 is a single row only in the 2019 trial format; the 2021 format splits it into three sub-rows, so 2021-2025 are listed as not comparable (the sum of the sub-rows would be a derived figure)"),
S("x11-s16", "t2-fee-cross-format", "平潭行政事业性收费金额2019年到2025年哪年最高", PT, M21("T2.administrative_fees.fee_amount"), (2019, 2025), pick="max",
  note="2019/2020 trial format counts fee items (上一年项目数量/本年增减), not an amount in 万元: not comparable"),
S("x11-s17", "t2-licensing", "平潭实验区行政许可处理决定数量2021-2025年，哪一年最多", PT, M21("T2.administrative_licensing.decisions"), (2021, 2025), pick="max"),
S("x11-s18", "t2-penalty-min", "平潭2021年以来行政处罚决定数量哪年最少", PT, M21("T2.administrative_penalty.decisions"), (2021, 2025), pick="min"),
S("x11-s19", "t2-coercion", "平潭综合实验区近五年（2021-2025）行政强制的数量", PT, M21("T2.administrative_coercion.decisions"), (2021, 2025)),
S("x11-s20", "applicant-np-sum", "２０１９到２０２５年平潭自然人一共提了多少件信息公开申请", PT, NEW_NP, (2019, 2025), pick="sum", note="full-width digits"),
S("x11-s21", "applicant-enterprise", "平潭实验区历年企业（商业企业）申请公开的数量，2019到2025", PT, M("T3.new_received.commercial_enterprise"), (2019, 2025)),
S("x11-s22", "applicant-other-org", "2019-2025平潭“其他”类法人组织的新收申请每年几件", PT, M("T3.new_received.other_org"), (2019, 2025)),
S("x11-s23", "applicant-welfare", "平潭社会公益组织申请数 2021到2025", PT, M("T3.new_received.social_welfare_org"), (2021, 2025)),
S("x11-s24", "denied-internal-max", "平潭综合实验区以内部事务信息为由不公开的，2019到2025年哪年最多？", PT, M("T3.denied_internal_affairs.total"), (2019, 2025), pick="max"),
S("x11-s25", "denied-case-file", "平潭历年属于行政执法案卷不予公开的件数（2019-2025）", PT, M("T3.denied_enforcement_case_file.total"), (2019, 2025)),
S("x11-s26", "denied-process", "过程性信息不公开 平潭 2019至2025 每年", PT, M("T3.denied_process_info.total"), (2019, 2025), note="keyword-only"),
S("x11-s27", "denied-admin-query", "二〇二一到二〇二五年平潭属于行政查询事项的申请有几件", PT, M("T3.denied_admin_query.total"), (2021, 2025), note="Chinese numeral years"),
S("x11-s28", "results-total", "平潭综合实验区每年办结的申请总数，2019年到2025年", PT, M("T3.results_total.total"), (2019, 2025)),
S("x11-s29", "unclear-sum", "平潭2019-2025年补正后申请内容仍不明确的合计多少", PT, M("T3.unable_unclear_after_correction.total"), (2019, 2025), pick="sum"),
S("x11-s30", "pre2019-proactive-max", "平潭综合实验区2011到2018年主动公开信息数，哪年最多", PT, MP("stats.proactive_total.this_year"), (2011, 2018), pick="max"),
S("x11-s31", "pre2019-row-all-years", "平潭实验区每年主动公开多少条政府信息？所有年份都要", PT, MP("stats.proactive_total.this_year"), None,
  note="统计表 row 主动公开信息数 exists only in pre-2019 reports; the national formats have no total proactive count"),
S("x11-s32", "pre2019-website", "2011-2014年平潭管委会通过网站公开的信息条数", PT, MP("stats.proactive_website.this_year"), (2011, 2014)),
S("x11-s33", "pre2019-requests-sum", "平潭综合实验区2011年到2018年受理依申请公开总共几条", PT, MP("stats.requests_total.this_year"), (2011, 2018), pick="sum"),
S("x11-s34", "review-cross-format-sum", "平潭实验区从2011年到2025年被申请行政复议加起来多少件", PT, REVIEW, (2011, 2025), pick="sum",
  note="pre-2019 行政复议数 (本年度) taken as T4 行政复议 总计; pingtan_2013 prose mentions 1 复议申请 but its table prints 0 (gold = table)"),
S("x11-s35", "county-requests-sum", "平潭县人民政府2011至2013年受理的依申请公开信息总数合计", PC, MP("stats.requests_total.this_year"), (2011, 2013), pick="sum"),
S("x11-s36", "county-proactive-max", "平潭县政府2011、2012、2013三年主动公开信息数哪年最多", PC, MP("stats.proactive_total.this_year"), (2011, 2013), pick="max"),
S("x11-s37", "county-in-person", "平潭县历年当面申请数", PC, MP("stats.req_in_person.this_year"), None),
S("x11-s38", "county-full-reply", "平潭县2011年到2013年同意公开答复数分别多少", PC, MP("stats.reply_full.this_year"), (2011, 2013)),
S("x11-s39", "county-email-sum", "平潭县政府电子邮件申请 2011-2013 加起来", PC, MP("stats.req_email.this_year"), (2011, 2013), pick="sum"),
S("x11-s40", "county-cumulative-col", "平潭县网站公开信息的历年累计数，2011到2013每年报告里写的", PC, MP("stats.proactive_website.cumulative"), (2011, 2013)),
S("x11-s41", "sh-office-gaps", "上海市政府办公厅2019年到2025年每年新收政府信息公开申请数", SH, NEW, (2019, 2025)),
S("x11-s42", "sh-office-review", "市府办公厅（上海）历年行政复议总数", SH, REVIEW, None),
S("x11-s43", "sh-office-np-sum", "上海市人民政府办公厅能查到的年份里，自然人申请加起来多少件", SH, NEW_NP, None, pick="sum"),
S("x11-s44", "sh-office-not-held-np", "上海市政府办公厅历年报告里，自然人申请中本机关不掌握的有多少", SH, M("T3.unable_not_held.natural_person"), None,
  note="the 2019 report leaves the 总计 cell of result rows blank, so the 自然人 column is asked"),
S("x11-s45", "sh-office-row-2021-only", "上海市政府办公厅2019、2025年逾期不补正不再处理的申请各几件", SH, M21("T3.other_no_correction_overdue.total"), (2019, 2025),
  note="row exists only in the 2021 format: 2019 not comparable; 2020-2024 not in corpus"),
S("x11-s46", "sh-office-carry", "上海市政府办公厅结转下年度继续办理的申请，历年情况", SH, M("T3.carried_to_next_year.total"), None),
S("x11-s47", "year-at-end", "平潭部分公开的申请数量 2021 2022 2023", PT, M("T3.partially_granted.total"), (2021, 2023), note="years at the end, no 年"),
S("x11-s48", "typo-body", "平谭综合实验区2022到2025年行政复议结果维持的各多少件", PT, M("T4.cases.review.maintained"), (2022, 2025), note="typo 平谭"),
S("x11-s49", "legal-person-sum", "平潭2021-2025年法人或其他组织提的申请每年合计多少", PT,
  M(["T3.new_received." + c for c in LEGAL]), (2021, 2025), note="sum of the five 法人或其他组织 columns"),
S("x11-s50", "span-beyond-corpus", "平潭实验区2018年到2026年每年办结以后结转下年的申请", PT, M("T3.carried_to_next_year.total"), (2018, 2026),
  note="2018 is pre-2019 (no such row): not comparable; 2026 not in corpus: gap"),

# ---------------- comparison ----------------
C("x11-c01", "same-year-3bodies", "2024年淮安市政府、上海市科委、平潭综合实验区，谁收到的信息公开申请最多？", Y24, {"ref": "T3.new_received.total"}, order="desc"),
C("x11-c02", "applicant-np", "2024年自然人申请数：淮安市 vs 上海科委 vs 平潭", Y24, {"ref": "T3.new_received.natural_person"}),
C("x11-c03", "t4-review-rank", "24年这三家（淮安市、市科委、平潭实验区）行政复议案件数排个序，从多到少", Y24, {"ref": "T4.cases.review.total"}, order="desc"),
C("x11-c04", "rate-granted", "2024年淮安市、上海市科委、平潭综合实验区的予以公开率（予以公开÷办结总数）各是多少，保留两位小数，谁最高", Y24,
  {"ratio": ["T3.granted.total", "T3.results_total.total"]}, unit="%", order="desc", decimals=2,
  formula="T3 （一）予以公开 总计 / （七）总计 总计 × 100"),
C("x11-c05", "t2-licensing", "行政许可决定数2024年比较：淮安、上海科委、平潭", Y24, {"ref": "T2.administrative_licensing.decisions"}, order="desc"),
C("x11-c06", "t2-fee", "2024年行政事业性收费金额哪家最少？淮安市、上海市科学技术委员会、平潭实验区", Y24, {"ref": "T2.administrative_fees.fee_amount"}, unit="万元", order="asc",
  note="上海市科委 prints 0"),
C("x11-c07", "same-year-min", "2023年洪泽区、沭阳县发改局和平潭实验区，谁新收的申请最少", Y23, {"ref": "T3.new_received.total"}, order="asc"),
C("x11-c08", "t2-penalty", "二〇二三年洪泽区政府、沭阳发改局、平潭管委会行政处罚各多少", Y23, {"ref": "T2.administrative_penalty.decisions"}, order="desc"),
C("x11-c09", "description-row", "2023年这三个单位（洪泽区、沭阳县发展改革局、平潭）因为不掌握信息答复不了的申请各多少", Y23, {"ref": "T3.unable_not_held.total"}, order="desc"),
C("x11-c10", "t4-subcolumn", "2023年洪泽区、沭阳县发改局、平潭综合实验区行政复议结果维持的件数比较", Y23, {"ref": "T4.cases.review.maintained"}, order="desc",
  note="洪泽区's printed 行政复议 总计 (0) does not add up, so the 结果维持 sub-column is asked"),
C("x11-c11", "two-bodies", "洪泽区和平潭实验区2023年行政强制数量哪个多", ["hongze-district_2023", "pingtan_2023"], {"ref": "T2.administrative_coercion.decisions"}, order="desc"),
C("x11-c12", "same-year-2025", "2025年沭阳县、上海市政府办公厅、平潭综合实验区收到的政府信息公开申请数量对比", Y25, {"ref": "T3.new_received.total"}, order="desc"),
C("x11-c13", "t4-review-2025", "2025年行政复议：沭阳县政府 vs 上海市府办公厅 vs 平潭，谁最多", Y25, {"ref": "T4.cases.review.total"}, order="desc"),
C("x11-c14", "t4-direct-2025", "２０２５年直接起诉（未经复议）的行政诉讼，沭阳县、上海市政府办公厅、平潭各几件", Y25, {"ref": "T4.cases.litigation_direct.total"}, order="desc"),
C("x11-c15", "row-2021-only", "2025年因申请人逾期不补正而不再处理的申请，沭阳县、上海办公厅、平潭实验区分别多少", Y25, {"ref": "T3.other_no_correction_overdue.total"}, order="desc"),
C("x11-c16", "colloquial-row", "25年信访举报投诉类的申请被不予处理的，沭阳、上海市政府办公厅、平潭哪个最多", Y25, {"ref": "T3.not_processed_petition_complaint.total"}, order="desc"),
C("x11-c17", "rate-partial", "2025年部分公开占办结总数的比例，沭阳县、上海市人民政府办公厅、平潭综合实验区，保留2位小数", Y25,
  {"ratio": ["T3.partially_granted.total", "T3.results_total.total"]}, unit="%", order="desc", decimals=2,
  formula="T3 （二）部分公开 总计 / （七）总计 总计 × 100"),
C("x11-c18", "carry-out-2025", "2025年末还没办完、结转到下一年的申请，三家（沭阳县、上海市政府办公厅、平潭）比较", Y25, {"ref": "T3.carried_to_next_year.total"}, order="desc"),
C("x11-c19", "t2-penalty-2025", "2025年行政处罚决定数量：沐阳县和平潭实验区、上海市政府办公厅", Y25, {"ref": "T2.administrative_penalty.decisions"}, order="desc", note="typo 沐阳 (as the OCR prints it)"),
C("x11-c20", "same-year-2021", "2021年虹口区政府和平潭综合实验区谁收到的申请多", ["hongkou-district_2021", "pingtan_2021"], {"ref": "T3.new_received.total"}, order="desc"),
C("x11-c21", "t4-2021", "2021年行政复议数量，虹口区跟平潭比", ["hongkou-district_2021", "pingtan_2021"], {"ref": "T4.cases.review.total"}, order="desc"),
C("x11-c22", "denied-sum", "2021年虹口区、平潭实验区不予公开的申请各多少（八类不予公开加总）", ["hongkou-district_2021", "pingtan_2021"],
  {"ref": ["T3." + r + ".total" for r in DENIED]}, order="desc", formula="sum of the eight （三）不予公开 rows, 总计 column"),
C("x11-c23", "applicant-enterprise", "2021年商业企业提的申请，虹口区和平潭综合实验区各几件", ["hongkou-district_2021", "pingtan_2021"], {"ref": "T3.new_received.commercial_enterprise"}, order="desc"),
C("x11-c24", "same-year-2019", "2019年上海市政府办公厅和平潭实验区新收申请量对比", ["shanghai-municipal-office_2019", "pingtan_2019"], {"ref": "T3.new_received.total"}, order="desc"),
C("x11-c25", "np-column-blank-total", "2019年自然人申请予以公开的：上海市政府办公厅 vs 平潭", ["shanghai-municipal-office_2019", "pingtan_2019"], {"ref": "T3.granted.natural_person"}, order="desc",
  note="Shanghai 2019 leaves the 总计 cell of 予以公开 blank; the 自然人 column is asked"),
C("x11-c26", "t4-2019", "2019年 上海市府办公厅 平潭综合实验区 行政复议", ["shanghai-municipal-office_2019", "pingtan_2019"], {"ref": "T4.cases.review.total"}, order="desc", note="keyword-only"),
C("x11-c27", "pre2019-two-bodies", "2012年平潭县政府和平潭综合实验区主动公开信息数谁多", ["pingtan-county_2012", "pingtan_2012"], {"ref": "stats.proactive_total.this_year"}, order="desc", unit="条"),
C("x11-c28", "pre2019-requests", "2013年受理的依申请公开：平潭县 vs 平潭实验区管委会", ["pingtan-county_2013", "pingtan_2013"], {"ref": "stats.requests_total.this_year"}, order="desc", unit="条"),
C("x11-c29", "pre2019-tie", "2011年平潭县人民政府与平潭综合实验区主动公开的信息哪家多？", ["pingtan-county_2011", "pingtan_2011"], {"ref": "stats.proactive_total.this_year"}, order="desc", unit="条",
  note="the two 2011 tables are identical: a tie, so top is null"),
C("x11-c30", "years-differ", "虹口区和淮安市哪个收到的政府信息公开申请多？", ["hongkou-district_2021", "huaian-city_2024"], {"ref": "T3.new_received.total"}, order="desc",
  note="only 虹口区 2021 and 淮安市 2024 are in the corpus: years differ"),
C("x11-c31", "years-differ-same-county", "沭阳县政府和沭阳县发改局的申请量比一下", ["shuyang-county_2025", "shuyang-fgj_2023"], {"ref": "T3.new_received.total"}, order="desc",
  note="沭阳县人民政府 2025 vs 沭阳县发展和改革局 2023: years differ"),
C("x11-c32", "years-differ-sh", "上海市科委和上海市政府办公厅最新一年的行政复议数谁多", ["shanghai-stcsm_2024", "shanghai-municipal-office_2025"], {"ref": "T4.cases.review.total"}, order="desc",
  note="市科委 2024 vs 办公厅 2025 (each body's newest): years differ"),
C("x11-c33", "all-bodies-newest", "库里所有单位按最新一期年报看，谁收到的政府信息公开申请最多？", NEWEST,
  {"ref": {"2021": "T3.new_received.total", "2019_trial": "T3.new_received.total", "pre_2019": "stats.requests_total.this_year"}}, order="desc",
  note="each body's newest report; years differ; 平潭县 newest is 2013 (统计表 受理依申请公开信息总数)"),
C("x11-c34", "jiangsu-bodies", "江苏这几家：淮安市、洪泽区、沭阳县，未经复议直接起诉的行政诉讼各多少", ["huaian-city_2024", "hongze-district_2023", "shuyang-county_2025"],
  {"ref": "T4.cases.litigation_direct.total"}, order="desc", note="each body's only report; years differ"),
C("x11-c35", "rate-np-share", "2025年沭阳县、上海市政府办公厅、平潭实验区新收申请中自然人占比各多少（%，一位小数）", Y25,
  {"ratio": ["T3.new_received.natural_person", "T3.new_received.total"]}, unit="%", order="desc", decimals=1,
  formula="T3 一、本年新收 自然人 / 总计 × 100"),

# ---------------- consistency ----------------
K("x11-k01", "carry-2019-2020", "平潭2019年结转下年度的申请数和2020年报告的上年结转数一致吗", PT, [(2019, 2020)], "carry", "total"),
K("x11-k02", "carry-2020-2021", "平潭综合实验区2020年底结转数与2021年上年结转数对得上吗？", PT, [(2020, 2021)], "carry", "total"),
K("x11-k03", "carry-2021-2022", "2021年平潭结转到下年的，和2022年报告里“上年结转”的数字是否相同", PT, [(2021, 2022)], "carry", "total"),
K("x11-k04", "carry-chain", "平潭实验区2019到2025年每一年的结转下年度和下一年的上年结转都对得上吗", PT,
  [(2019, 2020), (2020, 2021), (2021, 2022), (2022, 2023), (2023, 2024), (2024, 2025)], "carry", "total"),
K("x11-k05", "carry-np", "自然人这一列：平潭2024年结转下年度与2025年上年结转一致不", PT, [(2024, 2025)], "carry", "natural_person"),
K("x11-k06", "carry-2022-2023", "二〇二二年平潭的结转下年度跟二〇二三年的上年结转能衔接上吗", PT, [(2022, 2023)], "carry", "total"),
K("x11-k07", "carry-commercial", "平潭2024→2025 商业企业 结转 衔接", PT, [(2024, 2025)], "carry", "commercial_enterprise"),
K("x11-k08", "cumulative-county", "平潭县2011年主动公开历年累计加上2012年本年度，等于2012年的历年累计吗", PC, [(2011, 2012)], "cumulative", "cumulative", row="proactive_total",
  note="chain: cumulative(Y) + this_year(Y+1) = cumulative(Y+1)"),
K("x11-k09", "cumulative-county-requests", "平潭县受理依申请公开的历年累计，2012到2013年前后衔接吗", PC, [(2012, 2013)], "cumulative", "cumulative", row="requests_total",
  note="chain: cumulative(2012) + this_year(2013) = cumulative(2013)"),
K("x11-k10", "cumulative-county-chain", "平潭县政府网站公开条数的历年累计，2011—2013年是否逐年接得上", PC, [(2011, 2012), (2012, 2013)], "cumulative", "cumulative", row="proactive_website",
  note="chain: cumulative(Y) + this_year(Y+1) = cumulative(Y+1)"),
K("x11-k11", "cumulative-break", "平潭实验区2011年主动公开历年累计加2012年的主动公开数，等于2012年表里的历年累计吗", PT, [(2011, 2012)], "cumulative", "cumulative", row="proactive_total",
  note="chain: cumulative(Y) + this_year(Y+1) = cumulative(Y+1)"),
K("x11-k12", "cumulative-2013-2014", "平潭管委会主动公开历年累计数 2013年到2014年衔接情况", PT, [(2013, 2014)], "cumulative", "cumulative", row="proactive_total",
  note="chain: cumulative(Y) + this_year(Y+1) = cumulative(Y+1)"),
K("x11-k13", "cumulative-2011-2014-chain", "平潭综合实验区2011至2014年主动公开信息“历年累计”一年一年往下算对得上吗", PT,
  [(2011, 2012), (2012, 2013), (2013, 2014)], "cumulative", "cumulative", row="proactive_total",
  note="chain: cumulative(Y) + this_year(Y+1) = cumulative(Y+1)"),

# ---------------- noyear ----------------
NY("x11-n01", "noyear-cell", "平潭综合实验区收到了多少件政府信息公开申请？", PT, "cell", ref="T3.new_received.total"),
NY("x11-n02", "noyear-pre2019", "平潭县政府主动公开了多少条信息", PC, "cell", ref="stats.proactive_total.this_year"),
NY("x11-n03", "noyear-t4", "上海市政府办公厅被申请行政复议多少件", SH, "cell", ref="T4.cases.review.total"),
NY("x11-n04", "noyear-short-name", "市科委予以公开了几件申请", "shanghai-stcsm", "cell", ref="T3.granted.total",
  note="市科委 = 上海市科学技术委员会 (only 市科委 in the corpus)"),
NY("x11-n05", "noyear-phone", "淮安市政府办公室的联系电话是多少", "huaian-city", "narrative", sub="电话：0517-83605210"),
NY("x11-n06", "noyear-address", "虹口区政府办公室在哪，地址", "hongkou-district", "narrative", sub="飞虹路 518 号"),
NY("x11-n07", "noyear-fee", "沭阳县收了多少信息处理费？", "shuyang-county", "narrative", sub="收取信息处理费共计380元"),
NY("x11-n08", "noyear-fee-none", "平潭实验区收不收信息处理费", PT, "narrative", sub="2025年，无收取信息处理费情况"),
NY("x11-n09", "noyear-t2", "洪泽区行政处罚决定有多少", "hongze-district", "cell", ref="T2.administrative_penalty.decisions"),
NY("x11-n10", "noyear-rate", "沭阳县发改局收到的申请里予以公开的占百分之多少", "shuyang-fgj", "derived",
  ratio=["T3.granted.total", "T3.new_received.total"], unit="%", formula="予以公开 总计 / 本年新收 总计 × 100"),
NY("x11-n11", "noyear-sum", "平潭综合实验区不予公开的申请一共几件", PT, "derived",
  sum=["T3." + r + ".total" for r in DENIED], unit="件", formula="sum of the eight （三）不予公开 rows, 总计"),
NY("x11-n12", "noyear-share", "上海市政府办公厅无法提供的申请占办结总数的比例（保留两位小数）", SH, "derived",
  ratio=[["T3." + r + ".total" for r in UNABLE], "T3.results_total.total"], unit="%", decimals=2,
  formula="(（四）无法提供 three rows, 总计) / （七）总计 × 100"),
NY("x11-n13", "noyear-phone-county", "平潭县人民政府办公室电话", PC, "narrative", sub="电话：24336243"),

# ---------------- nobody ----------------
NB("x11-b01", "nobody-fee", "申请政府信息公开要交钱吗？",
   [("shuyang-county_2025", "收取信息处理费共计380元"), ("huaian-city_2024", "全年收取政府信息公开信息处理费 3940 元"),
    ("shanghai-stcsm_2024", "2024 年，市科委未发生政府信息公开收费事项"), ("pingtan_2025", "2025年，无收取信息处理费情况")]),
NB("x11-b02", "nobody-channel", "政府信息公开申请可以通过什么渠道交",
   [("pingtan_2020", "保证网站、信函、传真等申请渠道实时有效"), ("pingtan_2022", "畅通线上、线下申请渠道"),
    ("pingtan_2023", "接收通过邮寄、网络提交的各类政府信息公开申请")]),
NB("x11-b03", "nobody-period", "年报里的数据统计的是哪段时间", [("shanghai-municipal-office_2025", "本年度报告中所列数据统计期限为")]),
NB("x11-b04", "nobody-problems", "各地信息公开工作普遍存在什么问题", [("huaian-city_2024", "个别单位存在人员配备不足、兼职多、流动性过快的问题")]),
NB("x11-b05", "nobody-contact", "对年报有疑问找谁问", [("hongkou-district_2021", "联系电话：021—25658888"), ("huaian-city_2024", "电话：0517-83605210"),
    ("pingtan-county_2013", "电话：24336243")]),
NB("x11-b06", "nobody-keyword", "依申请公开 渠道 邮寄", [("pingtan_2023", "接收通过邮寄、网络提交的各类政府信息公开申请")]),

# ---------------- unanswerable ----------------
U("x11-u01", "body-not-indexed-neighbour", "淮安市淮阴区2022到2024年依申请公开数量变化", "body_not_indexed", note="淮阴区 is a district of 淮安市; only 淮安市 (city) and 洪泽区 are in the corpus"),
U("x11-u02", "years-gap", "上海市政府办公厅2020年到2023年每年收到多少申请", "year_not_indexed", note="only 2019 and 2025 in corpus"),
U("x11-u03", "pingtan-gap-years", "平潭综合实验区2015年和2017年主动公开了多少条", "year_not_indexed"),
U("x11-u04", "comparison-body-missing", "宿迁市和沭阳县2025年行政复议数量比一比", "body_not_indexed", note="宿迁市 (the city above 沭阳县) is not in the corpus"),
U("x11-u05", "yoy-year-missing", "虹口区2022年比2021年申请量多了多少", "year_not_indexed"),
U("x11-u06", "no-such-figure", "平潭实验区历年政务公开工作经费投入是多少", "no_such_figure"),
U("x11-u07", "same-words-other-year", "平潭县政府2019到2023年新收申请数量", "year_not_indexed",
  note="平潭县人民政府 reports only 2011-2013; 2019+ reports are by 平潭综合实验区"),
U("x11-u08", "body-not-indexed-sh-district", "上海市黄浦区2022年和2023年政府信息公开申请对比", "body_not_indexed"),
U("x11-u09", "other-format-row", "平潭2019年和2020年因申请人逾期未缴费被终止处理的申请各有几件", "not_in_this_format",
  note="（六）2. 逾期未按收费通知缴纳费用 exists only in the 2021 format"),
U("x11-u10", "series-year-missing", "沭阳县政府2023、2024、2025三年受理申请的变化", "year_not_indexed", note="沭阳县人民政府 only 2025"),

# ---------------- followup ----------------
F("x11-f01", "series->column->pick", [
  S("t1", "", "平潭实验区2021到2025年每年新收申请总数", PT, NEW, (2021, 2025)),
  S("t2", "", "那自然人呢？", PT, NEW_NP, (2021, 2025)),
  S("t3", "", "哪年最多？", PT, NEW_NP, (2021, 2025), pick="max")]),
F("x11-f02", "comparison->legal-person", [
  C("t1", "", "2024年淮安市、上海市科委、平潭实验区各收到多少申请", Y24, {"ref": "T3.new_received.total"}, order="desc"),
  C("t2", "", "法人或者其他组织的呢", Y24, {"ref": ["T3.new_received." + c for c in LEGAL]}, order="desc",
    formula="sum of the five 法人或其他组织 columns of 一、本年新收")]),
F("x11-f03", "series->litigation", [
  S("t1", "", "平潭行政复议2021-2025每年多少件", PT, M("T4.cases.review.total"), (2021, 2025)),
  S("t2", "", "那行政诉讼呢", PT, M(["T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"]), (2021, 2025),
    note="行政诉讼 = 未经复议直接起诉 总计 + 复议后起诉 总计")]),
F("x11-f04", "comparison->row-change", [
  C("t1", "", "2025年沭阳县、上海市政府办公厅、平潭结转下年度的申请各多少", Y25, {"ref": "T3.carried_to_next_year.total"}, order="desc"),
  C("t2", "", "上年结转过来的呢", Y25, {"ref": "T3.carried_over_from_last_year.total"}, order="desc")]),
F("x11-f05", "series->missing-year->column", [
  S("t1", "", "上海市政府办公厅历年新收申请数", SH, NEW, None),
  U("t2", "", "2022年的呢？", "year_not_indexed", year=2022),
  S("t3", "", "那这两年里自然人申请各多少", SH, NEW_NP, None)]),
F("x11-f06", "comparison->missing-year->cell", [
  C("t1", "", "2021年虹口区和平潭综合实验区的行政复议各几件", ["hongkou-district_2021", "pingtan_2021"], {"ref": "T4.cases.review.total"}, order="desc"),
  U("t2", "", "那2022年虹口呢", "year_not_indexed", year=2022),
  dict(kind="cell", id="t3", cls="", q="平潭2022年的呢", report="pingtan_2022", ref="T4.cases.review.total")]),
F("x11-f07", "pre2019-series-chain", [
  S("t1", "", "平潭县2011到2013年受理依申请公开信息总数", PC, MP("stats.requests_total.this_year"), (2011, 2013)),
  S("t2", "", "答复了多少", PC, MP("stats.replies_total.this_year"), (2011, 2013)),
  S("t3", "", "其中同意公开的呢", PC, MP("stats.reply_full.this_year"), (2011, 2013))]),
F("x11-f08", "series->consistency", [
  S("t1", "", "平潭综合实验区2019到2025年结转下年度继续办理的数量", PT, M("T3.carried_to_next_year.total"), (2019, 2025)),
  K("t2", "", "和下一年报告的上年结转能对上吗", PT, [(2019, 2020), (2020, 2021), (2021, 2022), (2022, 2023), (2023, 2024), (2024, 2025)], "carry", "total")]),
F("x11-f09", "comparison->row->rate", [
  C("t1", "", "2023年洪泽区、沭阳发改局、平潭实验区新收申请分别是多少", Y23, {"ref": "T3.new_received.total"}, order="desc"),
  C("t2", "", "予以公开的呢", Y23, {"ref": "T3.granted.total"}, order="desc"),
  C("t3", "", "予以公开占新收的比例谁最高？保留两位小数", Y23, {"ratio": ["T3.granted.total", "T3.new_received.total"]}, unit="%", order="desc", decimals=2,
    formula="予以公开 总计 / 本年新收 总计 × 100")]),
F("x11-f10", "pre2019-series->other-format", [
  S("t1", "", "平潭实验区2011-2018年主动公开信息数", PT, MP("stats.proactive_total.this_year"), (2011, 2018)),
  U("t2", "", "2019年以后的呢？", "not_in_this_format", note="the 2019 trial and 2021 formats have no total 主动公开信息数 row")]),
F("x11-f11", "comparison->subcolumns", [
  C("t1", "", "2025年行政复议数：沭阳县、上海市政府办公厅、平潭", Y25, {"ref": "T4.cases.review.total"}, order="desc"),
  C("t2", "", "其中被纠正的", Y25, {"ref": "T4.cases.review.corrected"}, order="desc"),
  C("t3", "", "还没审完的呢", Y25, {"ref": "T4.cases.review.pending"}, order="desc")]),
F("x11-f12", "series->row->sum", [
  S("t1", "", "平潭行政处罚决定数2021到2025", PT, M21("T2.administrative_penalty.decisions"), (2021, 2025)),
  S("t2", "", "行政许可呢", PT, M21("T2.administrative_licensing.decisions"), (2021, 2025)),
  S("t3", "", "许可这五年加起来多少", PT, M21("T2.administrative_licensing.decisions"), (2021, 2025), pick="sum")]),
F("x11-f13", "pre2019-comparison->year", [
  C("t1", "", "2012年平潭县和平潭实验区受理的依申请公开各多少", ["pingtan-county_2012", "pingtan_2012"], {"ref": "stats.requests_total.this_year"}, order="desc", unit="条"),
  C("t2", "", "那2013年呢", ["pingtan-county_2013", "pingtan_2013"], {"ref": "stats.requests_total.this_year"}, order="desc", unit="条")]),
]
