# -*- coding: utf-8 -*-
"""Blind question set b7 — references only, no typed expected numbers.

Every item names the report(s) and the gold cells (or formula over gold cells) it asks for.
build.py turns these references into set.jsonl / paraphrase.jsonl with values read from the gold files;
check.py recomputes every value independently.

Reference syntax
  ref  = "report_stem:TABLE:row_key:column_key"    e.g. "huaian-city_2024:T3:new_received:total"
  derived specs:
    {"op": "sum",  "terms": [ref, ...]}                           value = sum of the cells
    {"op": "sub",  "a": [ref, ...], "b": [ref, ...]}              value = sum(a) - sum(b)
    {"op": "pct",  "num": [ref, ...], "den": [ref, ...], "decimals": d}   value = 100*sum(num)/sum(den), rounded half-up
    {"op": "rank", "items": {label: [ref, ...]}, "k": k}          value = k-th largest item (no ties allowed at k);
                                                                   the label is written to expected["answer"]
  A derived item may also carry "decimals" (rounding asked) and "unit".
"""

# ---------------------------------------------------------------- helpers
def C(id, q, ref, cls, note=None):
    return {"id": id, "kind": "cell", "question": q, "ref": ref, "class": cls, "note": note}


def D(id, q, spec, unit, cls, note=None):
    return {"id": id, "kind": "derived", "question": q, "spec": spec, "unit": unit, "class": cls, "note": note}


def N(id, q, report, substring, cls, note=None):
    return {"id": id, "kind": "narrative", "question": q, "report": report, "substring": substring,
            "class": cls, "note": note}


def U(id, q, reason, cls, note=None, body=None, year=None, fmt=None):
    """body/year: the body (corpus stem prefix) and year the question asks about, when the body is indexed.
    year_not_indexed -> no corpus file body_year exists; no_such_figure / not_in_this_format -> body_year is the
    report asked (it exists); fmt: the table format that has the asked row (differs from the report's format)."""
    return {"id": id, "kind": "unanswerable", "question": q, "reason": reason, "class": cls, "note": note,
            "body": body, "asked_year": year, "format_asked": fmt}


def A(id, q, cls, note=None):
    return {"id": id, "kind": "ambiguous", "question": q, "class": cls, "note": note}


def F(id, cls, turns, note=None):
    return {"id": id, "kind": "followup", "class": cls, "turns": turns, "note": note}


# turn helpers for follow-ups
def tc(q, ref):
    return {"question": q, "kind": "cell", "ref": ref}


def td(q, spec, unit):
    return {"question": q, "kind": "derived", "spec": spec, "unit": unit}


def tu(q, reason, note=None, body=None, year=None):
    return {"question": q, "kind": "unanswerable", "reason": reason, "note": note, "body": body, "asked_year": year}


def S(*refs):
    return {"op": "sum", "terms": list(refs)}


def SUB(a, b):
    return {"op": "sub", "a": a if isinstance(a, list) else [a], "b": b if isinstance(b, list) else [b]}


def PCT(num, den, d):
    return {"op": "pct", "num": num if isinstance(num, list) else [num],
            "den": den if isinstance(den, list) else [den], "decimals": d}


def RANK(items, k=1):
    return {"op": "rank", "items": items, "k": k}


DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]
UNABLE = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
NOTPROC = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
           "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
LEGAL = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]


def rows(report, table, keys, col):
    return ["%s:%s:%s:%s" % (report, table, k, col) for k in keys]


HK = "hongkou-district_2021"
HZ = "hongze-district_2023"
HA = "huaian-city_2024"
SH19 = "shanghai-municipal-office_2019"
SH25 = "shanghai-municipal-office_2025"
KW = "shanghai-stcsm_2024"
SYC = "shuyang-county_2025"
FGJ = "shuyang-fgj_2023"
PT = {y: "pingtan_%d" % y for y in (2011, 2012, 2013, 2014, 2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025)}
PTC = {y: "pingtan-county_%d" % y for y in (2011, 2012, 2013)}

# ---------------------------------------------------------------- set items
ITEMS = []
add = ITEMS.append

# ======================= CELL =======================
# --- 虹口区 2021
add(C("b7-c001", "虹口区政府2021年新收的信息公开申请里，老百姓个人提的有多少件？", HK + ":T3:new_received:natural_person", "colloquial-column"))
add(C("b7-c002", "上海虹口区2021年有多少申请是因为区里根本不掌握那个信息、没法提供的？", HK + ":T3:unable_not_held:total", "colloquial-row"))
add(C("b7-c003", "虹口 2021 行政复议 结果维持", HK + ":T4:cases:review.maintained", "keyword-only"))
add(C("b7-c004", "2021年虹口区因为信息公开被告上法院的案子里，先复议后起诉的一共几件？", HK + ":T4:cases:litigation_after_review.total", "colloquial-t4"))
add(C("b7-c005", "请问上海市虹口区人民政府2021年度第二十条第（五）项行政许可本年处理决定数量是多少？", HK + ":T2:administrative_licensing:decisions", "staff-exact"))
add(C("b7-c006", "虹口区2021年有几件申请是属于行政查询事项所以没给公开的？", HK + ":T3:denied_admin_query:total", "colloquial-row"))
add(C("b7-c007", "虹口区21年废止了几件行政规范性文件", HK + ":T2:normative_documents:repealed", "two-digit-year"))
add(C("b7-c008", "虹口区政府2021年收到的申请里，社会公益组织提的有几件？", HK + ":T3:new_received:social_welfare_org", "applicant-column-zero"))

# --- 洪泽区 2023 (PDF)
add(C("b7-c009", "洪泽区2023年一共作出了多少件行政处罚决定？", HZ + ":T2:administrative_penalty:decisions", "pdf-t2"))
add(C("b7-c010", "淮安市洪泽区人民政府2023年行政事业性收费金额是多少万元？", HZ + ":T2:administrative_fees:fee_amount", "fee-decimal"))
add(C("b7-c011", "洪泽区政府2023年只公开了一部分内容的申请有多少？", HZ + ":T3:partially_granted:total", "colloquial-row"))
add(C("b7-c012", "洪泽2023年因为没有现成信息、得另外制作而没提供的申请有几件", HZ + ":T3:unable_needs_creation:total", "colloquial-row"))
add(C("b7-c013", "洪泽区2023年行政复议里结果被纠正的有几件？", HZ + ":T4:cases:review.corrected", "t4-subcolumn"))
add(C("b7-c014", "洪泽区二〇二三年复议以后又起诉、法院维持原结果的行政诉讼有几件", HZ + ":T4:cases:litigation_after_review.maintained", "chinese-numeral-year"))
add(C("b7-c015", "洪泽区2023年申请里属于国家秘密不公开的有几件", HZ + ":T3:denied_state_secret:total", "pdf-t3"))

# --- 淮安市 2024
add(C("b7-c016", "淮安市2024年律师事务所这类法律服务机构新提的信息公开申请有多少件？", HA + ":T3:new_received:legal_service_org", "colloquial-column"))
add(C("b7-c017", "淮安市政府2024年企业提的申请里，最后给予公开的有几件？", HA + ":T3:granted:commercial_enterprise", "colloquial-column"))
add(C("b7-c018", "淮按2024年有多少申请其实是信访、举报、投诉，所以没按信息公开处理？", HA + ":T3:not_processed_petition_complaint:total", "typo+colloquial-row"))
add(C("b7-c019", "淮安市人民政府2024年度第二十条第（六）项行政强制本年处理决定数量", HA + ":T2:administrative_coercion:decisions", "staff-exact"))
add(C("b7-c020", "淮安市2024年信息公开行政复议里“其他结果”的有多少件", HA + ":T4:cases:review.other_result", "t4-subcolumn"))
add(C("b7-c021", "淮安市2024年没经过复议直接去法院起诉、到年底还没判完的有几件？", HA + ":T4:cases:litigation_direct.pending", "colloquial-t4"))
add(C("b7-c022", "我去年申请的信息也是没办完说转到下一年——淮安市2024年有多少申请转到下一年接着办？", HA + ":T3:carried_to_next_year:total", "colloquial-row"))
add(C("b7-c023", "淮安市2024年申请人类型为“其他”组织的新收申请有几件", HA + ":T3:new_received:other_org", "applicant-column"))
add(C("b7-c024", "淮安市2024年科研机构新提交的政府信息公开申请数", HA + ":T3:new_received:research_institution", "applicant-column-zero"))
add(C("b7-c025", "淮安市2024年因为申请人不按时补正材料、政府就不再处理的申请有多少件？", HA + ":T3:other_no_correction_overdue:total", "colloquial-row"))
add(C("b7-c026", "淮安 2024 现行有效 规章 件数", HA + ":T2:regulations:valid", "keyword-only"))
add(C("b7-c027", "淮安市2024年属于过程性信息而不予公开的申请有几件？", HA + ":T3:denied_process_info:total", "short-row-label"))

# --- 上海市政府办公厅 2019 (2019 trial format)
add(C("b7-c028", "上海市政府办公厅2019年新收政府信息公开申请总数是多少", SH19 + ":T3:new_received:total", "staff-exact"))
add(C("b7-c029", "上海市人民政府办公厅2019年个人申请中，因办公厅不掌握相关信息而无法提供的有几件？", SH19 + ":T3:unable_not_held:natural_person", "colloquial-column"))
add(C("b7-c030", "2019年上海市政府办公厅规章对外公开总数量是多少？", SH19 + ":T2:regulations:total_published", "2019-format-t2"))
add(C("b7-c031", "上海市政府办公厅2019年政府集中采购项目有几个", SH19 + ":T2:centralized_procurement:procurement_items", "2019-format-t2"))
add(C("b7-c032", "上海市政府办公厅2019年没经过复议直接起诉的行政诉讼，法院维持的有几件？", SH19 + ":T4:cases:litigation_direct.maintained", "t4-subcolumn"))
add(C("b7-c033", "2019年上海市府办公厅收到的个人申请里，属于信访举报投诉类不予处理的有多少", SH19 + ":T3:not_processed_petition_complaint:natural_person", "short-body-name"))
add(C("b7-c034", "上海市政府办公厅2019年政府集中采购总金额是多少元？", SH19 + ":T2:centralized_procurement:procurement_amount", "2019-format-t2",
      note="printed '251000元'; gold value in 元"))

# --- 上海市政府办公厅 2025
add(C("b7-c035", "上海市政府办公厅2025年新收的申请里，商业企业提的有多少件？", SH25 + ":T3:new_received:commercial_enterprise", "applicant-column"))
add(C("b7-c036", "上海市人民政府办公厅2025年从上一年结转过来的申请中，法律服务机构的有几件", SH25 + ":T3:carried_over_from_last_year:legal_service_org", "applicant-column"))
add(C("b7-c037", "上海市政府办公厅 ２０２５ 行政复议 尚未审结", SH25 + ":T4:cases:review.pending", "keyword-only"))
add(C("b7-c038", "复议后起诉的案件里还没审结的有几件？上海市政府办公厅的，2025年", SH25 + ":T4:cases:litigation_after_review.pending", "body-and-year-at-end"))
add(C("b7-c039", "上海市政府办公厅2025年有人申请要公开出版物，这类不予处理的有几件？", SH25 + ":T3:not_processed_publication:total", "colloquial-row"))
add(C("b7-c040", "上海市政府办公厅2025年其他处理里面“其他”这一小项总计多少件", SH25 + ":T3:other_other:total", "garbled-md-table"))
add(C("b7-c041", "上海市府办2025年因为没有现成信息、需要另外制作所以没法提供的申请有多少", SH25 + ":T3:unable_needs_creation:total", "short-body-name"))

# --- 上海市科委 2024
add(C("b7-c042", "上海市科委2024年作出了多少件行政许可决定？", KW + ":T2:administrative_licensing:decisions", "short-dept-name"))
add(C("b7-c043", "市科委2024年新收的信息公开申请中，企业提的有几件", KW + ":T3:new_received:commercial_enterprise", "short-dept-name"))
add(C("b7-c044", "上海市科学技术委员会2024年行政规范性文件现行有效的有多少件？", KW + ":T2:normative_documents:valid", "full-name"))
add(C("b7-c045", "上海科委24年申请人逾期不补正、不再处理的申请一共几件", KW + ":T3:other_no_correction_overdue:total", "two-digit-year"))
add(C("b7-c046", "上海市科委2024年因属于四类过程性信息而不予公开的申请有几件", KW + ":T3:denied_process_info:total", "garbled-md-table"))

# --- 沭阳县 2025
add(C("b7-c047", "沐阳县政府2025年行政处罚决定数量是多少？", SYC + ":T2:administrative_penalty:decisions", "typo-ocr-name"))
add(C("b7-c048", "沭阳县2025年有多少申请是因为属于三类内部事务信息而不予公开的？", SYC + ":T3:denied_internal_affairs:total", "ocr-source"))
add(C("b7-c049", "沭阳县人民政府2025年信息公开行政复议被纠正的有几件", SYC + ":T4:cases:review.corrected", "t4-subcolumn"))
add(C("b7-c050", "沭阳2025年复议后起诉的行政诉讼中其他结果有几件？", SYC + ":T4:cases:litigation_after_review.other_result", "t4-subcolumn"))
add(C("b7-c051", "沭阳县2025年法律服务机构的申请里部分公开的有几件", SYC + ":T3:partially_granted:legal_service_org", "unlabelled-columns",
      note="T3 columns printed as 数据1..数据6; 数据5 = 法律服务机构"))
add(C("b7-c052", "沭阳县2025年申请人没按收费通知交钱、最后不再处理的申请有多少件？", SYC + ":T3:other_fee_unpaid_overdue:total", "colloquial-row"))
add(C("b7-c053", "沭阳县2025年行政事业性收费金额（万元）", SYC + ":T2:administrative_fees:fee_amount", "fee-decimal"))

# --- 沭阳县发改局 2023 (HTML)
add(C("b7-c054", "沭阳县发改局2023年本年制发了几件规范性文件？", FGJ + ":T2:normative_documents:issued", "short-dept-name"))
add(C("b7-c055", "沭阳县发展和改革局2023年新收政府信息公开申请总计多少件", FGJ + ":T3:new_received:total", "html-page"))
add(C("b7-c056", "沭阳发改局2023年信息公开行政复议中尚未审结的有几件？", FGJ + ":T4:cases:review.pending", "short-dept-name"))
add(C("b7-c057", "沭阳县发改局2023年的申请最后予以公开的有几件", FGJ + ":T3:granted:total", "html-page"))

# --- 平潭综合实验区 2019–2025
add(C("b7-c058", "平潭综合实验区2025年新收的申请里自然人提的有多少件？", PT[2025] + ":T3:new_received:natural_person", "run-together-digits"))
add(C("b7-c059", "平潭实验区2025年结转到下一年继续办的申请中，商业企业的有几件", PT[2025] + ":T3:carried_to_next_year:commercial_enterprise", "short-body-name"))
add(C("b7-c060", "平潭综合实验区2025年行政复议结果维持的有多少件", PT[2025] + ":T4:cases:review.maintained", "t4-run-together"))
add(C("b7-c061", "平潭综合实验区2025年行政处罚本年处理决定数量", PT[2025] + ":T2:administrative_penalty:decisions", "staff-exact"))
add(C("b7-c062", "平潭综合实验区2024年有多少申请因为属于内部事务信息没公开？", PT[2024] + ":T3:denied_internal_affairs:total", "colloquial-row"))
add(C("b7-c063", "平潭2024年先复议再起诉的行政诉讼总共几件", PT[2024] + ":T4:cases:litigation_after_review.total", "t4-run-together"))
add(C("b7-c064", "最近在看平潭的营商环境报道，想问平潭综合实验区2024年行政许可决定多少件", PT[2024] + ":T2:administrative_licensing:decisions", "irrelevant-clause-first"))
add(C("b7-c065", "平潭综合实验区2023年为了保护第三方合法权益而不予公开的有几件？", PT[2023] + ":T3:denied_third_party_rights:total", "run-together-digits"))
add(C("b7-c066", "平潭综合实验区２０２３年未经复议直接起诉的行政诉讼总计", PT[2023] + ":T4:cases:litigation_direct.total", "fullwidth-digits"))
add(C("b7-c067", "平潭综合实验区2023年行政事业性收费金额是多少万元", PT[2023] + ":T2:administrative_fees:fee_amount", "fee-decimal"))
add(C("b7-c068", "平潭综合实验区2022年现行有效的行政规范性文件有多少件？", PT[2022] + ":T2:normative_documents:valid", "run-together-digits",
      note="run '8855698' resolved by the narrative (698 现行有效)"))
add(C("b7-c069", "平潭2022年其他处理中“其他”情形，商业企业有几件", PT[2022] + ":T3:other_other:commercial_enterprise", "applicant-column"))
add(C("b7-c070", "平潭综合实验区2022年上年结转过来的申请有几件？", PT[2022] + ":T3:carried_over_from_last_year:total", "run-together-digits"))
add(C("b7-c071", "平潭综合实验区2021年社会公益组织新提交了几件信息公开申请？", PT[2021] + ":T3:new_received:social_welfare_org", "applicant-column"))
add(C("b7-c072", "平潭2021年属于行政执法案卷所以不公开的申请有几件", PT[2021] + ":T3:denied_enforcement_case_file:total", "short-row-label"))
add(C("b7-c073", "平潭综合实验区2021年直接起诉（没经过复议）的行政诉讼中结果维持的有几件？", PT[2021] + ":T4:cases:litigation_direct.maintained", "t4-run-together"))
add(C("b7-c074", "平潭综合实验区2020年（六）其他处理一共多少件", PT[2020] + ":T3:other_processing:total", "2019-format-t3"))
add(C("b7-c075", "平潭综合实验区2020年规章对外公开总数量", PT[2020] + ":T2:regulations:total_published", "2019-format-t2"))
add(C("b7-c076", "平潭2020年行政事业性收费项目比上年增减了多少（本年增/减）？", PT[2020] + ":T2:administrative_fees:change", "2019-format-t2-signed"))
add(C("b7-c077", "平潭综合实验区2020年“其他”类法人或组织新提交的申请有几件", PT[2020] + ":T3:new_received:other_org", "applicant-column"))
add(C("b7-c078", "平潭综合实验区2019年有几件申请补正后内容还是不明确？", PT[2019] + ":T3:unable_unclear_after_correction:total", "colloquial-row"))
add(C("b7-c079", "平潭2019年重复申请的有几件", PT[2019] + ":T3:not_processed_duplicate:total", "short-row-label"))

# --- pre-2019 统计表
add(C("b7-c080", "平潭综合实验区二〇一八年统计表里主动公开文件数本年度是多少条？", PT[2018] + ":stats:proactive_total:this_year", "chinese-numeral-year+pre2019"))
add(C("b7-c081", "平潭2016年主动公开文件数历年累计多少条", PT[2016] + ":stats:proactive_total:cumulative", "pre2019-stats-cumulative"))
add(C("b7-c082", "平潭综合实验区管委会2014年通过信函、传真提交的申请有几条？", PT[2014] + ":stats:req_letter_fax:this_year", "pre2019-stats"))
add(C("b7-c083", "平潭综合实验区2013年网站公开信息数（统计表本年度）", PT[2013] + ":stats:proactive_website:this_year", "pre2019-stats",
      note="table says 72804 while prose says 4970; the table value is asked (统计表)"))
add(C("b7-c084", "平潭综合实验区2012年政府信息公开情况统计表中主动公开信息数本年度是多少", PT[2012] + ":stats:proactive_total:this_year", "pre2019-stats",
      note="table 739 vs prose 1913; the question names the 统计表"))
add(C("b7-c085", "平潭综合实验区2011年通过政府公报公开的信息有几条？", PT[2011] + ":stats:proactive_gazette:this_year", "pre2019-stats"))
add(C("b7-c086", "平潭县政府2013年收到的电子邮件申请有几条", PTC[2013] + ":stats:req_email:this_year", "pre2019-stats"))
add(C("b7-c087", "平潭县人民政府2012年当面来申请的有多少条？", PTC[2012] + ":stats:req_in_person:this_year", "pre2019-stats"))
add(C("b7-c088", "平潭县2011年网站公开信息历年累计是多少条", PTC[2011] + ":stats:proactive_website:cumulative", "pre2019-stats-cumulative"))
add(C("b7-c089", "平潭县政府2013年对申请的答复数历年累计", PTC[2013] + ":stats:replies_total:cumulative", "pre2019-stats-cumulative"))

# --- body named, no year -> newest report of that body
add(C("b7-c090", "平潭综合实验区因为信息公开被申请行政复议一共多少件？", PT[2025] + ":T4:cases:review.total", "no-year-latest",
      note="no year: newest report of the body (2025)"))
add(C("b7-c091", "上海市政府办公厅新收的政府信息公开申请有多少件", SH25 + ":T3:new_received:total", "no-year-latest",
      note="no year: newest report of the body (2025)"))
add(C("b7-c092", "平潭县人民政府受理依申请公开信息总数是多少？", PTC[2013] + ":stats:requests_total:this_year", "no-year-latest",
      note="no year: newest report of 平潭县人民政府 in the corpus is 2013"))
add(C("b7-c093", "上海市政府办公厅的政府信息公开行政诉讼中，未经复议直接起诉结果维持的有几件？", SH25 + ":T4:cases:litigation_direct.maintained", "no-year-latest",
      note="no year: newest report of the body (2025)"))

add(C("b7-c094", "虹口区2021年有没有人没经过复议直接起诉政府的？有的话几件", HK + ":T4:cases:litigation_direct.total", "yes-no+number"))
add(C("b7-c095", "上海市政府办公厅2019年其他对外管理服务事项处理决定数量", SH19 + ":T2:other_external_services:decisions", "2019-format-t2"))
add(C("b7-c096", "pingtan 2024 行政复议 结果纠正", PT[2024] + ":T4:cases:review.corrected", "pinyin-keyword"))
add(C("b7-c097", "淮安市2024年部分公开的申请中，自然人有多少件？", HA + ":T3:partially_granted:natural_person", "applicant-column"))

# ======================= DERIVED =======================
add(D("b7-d001", "虹口区2021年不予公开的申请一共有多少件？（把国家秘密、三安全一稳定、行政查询等八种情形都加起来）",
      S(*rows(HK, "T3", DENIED, "total")), "件", "sum-enumerated"))
add(D("b7-d002", "淮安市2024年因为政府信息公开被提起的行政诉讼一共多少件？直接起诉的加上复议后起诉的",
      S(HA + ":T4:cases:litigation_direct.total", HA + ":T4:cases:litigation_after_review.total"), "件", "t4-total-sum"))
add(D("b7-d003", "淮安市2024年予以公开的申请占新收申请的百分之多少？保留两位小数",
      PCT(HA + ":T3:granted:total", HA + ":T3:new_received:total", 2), "%", "share-rounded"))
add(D("b7-d004", "淮安市2024年法人或其他组织一共新提了多少件申请？（商业企业、科研机构、社会公益组织、法律服务机构、其他加总）",
      S(*["%s:T3:new_received:%s" % (HA, c) for c in LEGAL]), "件", "sum-enumerated"))
add(D("b7-d005", "沭阳县2025年信息公开方面的行政复议和行政诉讼加在一起一共多少件？",
      S(SYC + ":T4:cases:review.total", SYC + ":T4:cases:litigation_direct.total", SYC + ":T4:cases:litigation_after_review.total"),
      "件", "t4-total-sum", note="prose: 全县共办理相关案件 74 件"))
add(D("b7-d006", "平潭综合实验区2025年新收的信息公开申请比2024年少了多少件？",
      SUB(PT[2024] + ":T3:new_received:total", PT[2025] + ":T3:new_received:total"), "件", "yoy-decrease"))
add(D("b7-d007", "平潭综合实验区2023年新收申请数比上一年增加了几件",
      SUB(PT[2023] + ":T3:new_received:total", PT[2022] + ":T3:new_received:total"), "件", "yoy-increase"))
add(D("b7-d008", "上海市政府办公厅2025年收到的新申请比2019年多了多少件？",
      SUB(SH25 + ":T3:new_received:total", SH19 + ":T3:new_received:total"), "件", "multi-year-diff"))
add(D("b7-d009", "淮安市2024年法人或者其他组织这五类申请人里，哪一类新提的申请最多？多少件？",
      RANK({"商业企业": [HA + ":T3:new_received:commercial_enterprise"],
            "科研机构": [HA + ":T3:new_received:research_institution"],
            "社会公益组织": [HA + ":T3:new_received:social_welfare_org"],
            "法律服务机构": [HA + ":T3:new_received:legal_service_org"],
            "其他": [HA + ":T3:new_received:other_org"]}, 1), "件", "ranking-applicant"))
add(D("b7-d010", "淮安市2024年所有办理结果（予以公开、部分公开、各类不予公开、无法提供、不予处理、其他处理的每一小项）里，数量排第二的是哪一项？",
      RANK({"予以公开": [HA + ":T3:granted:total"], "部分公开": [HA + ":T3:partially_granted:total"],
            "属于国家秘密": [HA + ":T3:denied_state_secret:total"], "其他法律行政法规禁止公开": [HA + ":T3:denied_other_law:total"],
            "危及三安全一稳定": [HA + ":T3:denied_three_security_one_stability:total"],
            "保护第三方合法权益": [HA + ":T3:denied_third_party_rights:total"],
            "属于三类内部事务信息": [HA + ":T3:denied_internal_affairs:total"],
            "属于四类过程性信息": [HA + ":T3:denied_process_info:total"],
            "属于行政执法案卷": [HA + ":T3:denied_enforcement_case_file:total"],
            "属于行政查询事项": [HA + ":T3:denied_admin_query:total"],
            "本机关不掌握相关政府信息": [HA + ":T3:unable_not_held:total"],
            "没有现成信息需要另行制作": [HA + ":T3:unable_needs_creation:total"],
            "补正后申请内容仍不明确": [HA + ":T3:unable_unclear_after_correction:total"],
            "信访举报投诉类申请": [HA + ":T3:not_processed_petition_complaint:total"],
            "重复申请": [HA + ":T3:not_processed_duplicate:total"],
            "要求提供公开出版物": [HA + ":T3:not_processed_publication:total"],
            "无正当理由大量反复申请": [HA + ":T3:not_processed_massive_repeated:total"],
            "要求行政机关确认或重新出具已获取信息": [HA + ":T3:not_processed_confirm_or_reissue:total"],
            "申请人无正当理由逾期不补正": [HA + ":T3:other_no_correction_overdue:total"],
            "申请人逾期未按收费通知缴纳费用": [HA + ":T3:other_fee_unpaid_overdue:total"],
            "其他处理-其他": [HA + ":T3:other_other:total"]}, 2), "件", "ranking-result-row"))
add(D("b7-d011", "上海市政府办公厅2025年各项办理结果里，哪一种情形最多？",
      RANK({"予以公开": [SH25 + ":T3:granted:total"], "部分公开": [SH25 + ":T3:partially_granted:total"],
            "属于国家秘密": [SH25 + ":T3:denied_state_secret:total"], "属于三类内部事务信息": [SH25 + ":T3:denied_internal_affairs:total"],
            "属于行政查询事项": [SH25 + ":T3:denied_admin_query:total"],
            "本机关不掌握相关政府信息": [SH25 + ":T3:unable_not_held:total"],
            "没有现成信息需要另行制作": [SH25 + ":T3:unable_needs_creation:total"],
            "补正后申请内容仍不明确": [SH25 + ":T3:unable_unclear_after_correction:total"],
            "信访举报投诉类申请": [SH25 + ":T3:not_processed_petition_complaint:total"],
            "重复申请": [SH25 + ":T3:not_processed_duplicate:total"],
            "申请人无正当理由逾期不补正": [SH25 + ":T3:other_no_correction_overdue:total"],
            "其他处理-其他": [SH25 + ":T3:other_other:total"]}, 1), "件", "ranking-result-row",
      note="rows with small counts (0–1) omitted from the label list; they cannot be the largest"))
add(D("b7-d012", "沭阳县2025年不予公开的几种理由里面，哪种情况最多，有几件？",
      RANK({"属于国家秘密": [SYC + ":T3:denied_state_secret:total"], "其他法律行政法规禁止公开": [SYC + ":T3:denied_other_law:total"],
            "危及三安全一稳定": [SYC + ":T3:denied_three_security_one_stability:total"],
            "保护第三方合法权益": [SYC + ":T3:denied_third_party_rights:total"],
            "属于三类内部事务信息": [SYC + ":T3:denied_internal_affairs:total"],
            "属于四类过程性信息": [SYC + ":T3:denied_process_info:total"],
            "属于行政执法案卷": [SYC + ":T3:denied_enforcement_case_file:total"],
            "属于行政查询事项": [SYC + ":T3:denied_admin_query:total"]}, 1), "件", "ranking-denied-reason"))
add(D("b7-d013", "平潭综合实验区2025年无法提供的申请合计多少件（不掌握、需另行制作、补正后仍不明确三项相加）",
      S(*rows(PT[2025], "T3", UNABLE, "total")), "件", "sum-enumerated"))
add(D("b7-d014", "平潭2024年信息公开行政复议的纠错率是多少？用结果纠正除以复议总数，按百分比保留两位小数",
      PCT(PT[2024] + ":T4:cases:review.corrected", PT[2024] + ":T4:cases:review.total", 2), "%", "share-rounded"))
add(D("b7-d015", "上海市科委2024年办结的申请占全部应办申请（新收+上年结转）的比例是多少？百分比保留两位小数",
      PCT(KW + ":T3:results_total:total", [KW + ":T3:new_received:total", KW + ":T3:carried_over_from_last_year:total"], 2),
      "%", "share-rounded"))
add(D("b7-d016", "洪泽区2023年不予公开的申请加起来一共几件？",
      S(*rows(HZ, "T3", DENIED, "total")), "件", "sum-enumerated"))
add(D("b7-d017", "洪泽区2023年无法提供（三种情形合计）的申请占本年新收申请的百分比，保留一位小数",
      PCT(rows(HZ, "T3", UNABLE, "total"), HZ + ":T3:new_received:total", 1), "%", "share-rounded"))
add(D("b7-d018", "平潭综合实验区2018年主动公开文件数比2016年少了多少条？",
      SUB(PT[2016] + ":stats:proactive_total:this_year", PT[2018] + ":stats:proactive_total:this_year"), "条", "pre2019-yoy"))
add(D("b7-d019", "平潭县人民政府2013年主动公开信息数比2012年减少了多少条",
      SUB(PTC[2012] + ":stats:proactive_total:this_year", PTC[2013] + ":stats:proactive_total:this_year"), "条", "pre2019-yoy"))
add(D("b7-d020", "平潭县政府2012年对申请的答复中同意公开的占答复总数的百分之几？保留两位小数",
      PCT(PTC[2012] + ":stats:reply_full:this_year", PTC[2012] + ":stats:replies_total:this_year", 2), "%", "pre2019-share"))
add(D("b7-d021", "平潭综合实验区2011年网站公开的信息占主动公开信息数的比例是多少？（百分比，保留两位小数）",
      PCT(PT[2011] + ":stats:proactive_website:this_year", PT[2011] + ":stats:proactive_total:this_year", 2), "%", "pre2019-share"))
add(D("b7-d022", "上海市政府办公厅2019年行政复议总数和未经复议直接起诉的诉讼总数加起来是多少？",
      S(SH19 + ":T4:cases:review.total", SH19 + ":T4:cases:litigation_direct.total"), "件", "t4-total-sum",
      note="复议后起诉 block is blank in the print, so only the two printed totals are asked"))
add(D("b7-d023", "平潭综合实验区2023年予以公开和部分公开的申请合计多少件？",
      S(PT[2023] + ":T3:granted:total", PT[2023] + ":T3:partially_granted:total"), "件", "sum-enumerated",
      note="prose: 予以公开及部分公开42件"))
add(D("b7-d024", "平潭综合实验区2021年所有不予公开情形合计是多少件？",
      S(*rows(PT[2021], "T3", DENIED, "total")), "件", "sum-enumerated"))
add(D("b7-d025", "沭阳县2025年自然人的申请，本年新收的加上上年结转的一共多少件？",
      S(SYC + ":T3:new_received:natural_person", SYC + ":T3:carried_over_from_last_year:natural_person"), "件", "sum-enumerated",
      note="prose: 自然人申请 741 件"))
add(D("b7-d026", "平潭综合实验区2025年的行政许可决定数量比2024年少了多少件？",
      SUB(PT[2024] + ":T2:administrative_licensing:decisions", PT[2025] + ":T2:administrative_licensing:decisions"), "件", "yoy-decrease"))
add(D("b7-d027", "虹口区2021年已办结的申请占应办总量（新收+上年结转）的百分比是多少，保留两位小数？",
      PCT(HK + ":T3:results_total:total", [HK + ":T3:new_received:total", HK + ":T3:carried_over_from_last_year:total"], 2),
      "%", "share-rounded"))
add(D("b7-d028", "平潭综合实验区2025年因信息公开引起的行政复议和行政诉讼（直接起诉+复议后起诉）一共多少件",
      S(PT[2025] + ":T4:cases:review.total", PT[2025] + ":T4:cases:litigation_direct.total", PT[2025] + ":T4:cases:litigation_after_review.total"),
      "件", "t4-total-sum"))
add(D("b7-d029", "上海市政府办公厅2025年不予处理的申请合计多少件？（信访举报投诉、重复申请、要求提供出版物、大量反复申请、要求确认或重新出具五项相加）",
      S(*rows(SH25, "T3", NOTPROC, "total")), "件", "sum-enumerated", note="prose: 不予处理 80 件"))
add(D("b7-d030", "平潭实验区2024年办理结果中哪一种最多？",
      RANK({"予以公开": [PT[2024] + ":T3:granted:total"], "部分公开": [PT[2024] + ":T3:partially_granted:total"],
            "属于国家秘密": [PT[2024] + ":T3:denied_state_secret:total"], "保护第三方合法权益": [PT[2024] + ":T3:denied_third_party_rights:total"],
            "属于三类内部事务信息": [PT[2024] + ":T3:denied_internal_affairs:total"],
            "本机关不掌握相关政府信息": [PT[2024] + ":T3:unable_not_held:total"],
            "重复申请": [PT[2024] + ":T3:not_processed_duplicate:total"],
            "申请人无正当理由逾期不补正": [PT[2024] + ":T3:other_no_correction_overdue:total"],
            "其他处理-其他": [PT[2024] + ":T3:other_other:total"]}, 1), "件", "ranking-result-row",
      note="zero rows omitted from the label list"))
add(D("b7-d031", "上海市政府办公厅2025年行政诉讼一共多少件？直接起诉和复议后起诉都算",
      S(SH25 + ":T4:cases:litigation_direct.total", SH25 + ":T4:cases:litigation_after_review.total"), "件", "t4-total-sum"))
add(D("b7-d032", "淮安市2024年不予公开的申请一共多少件？",
      S(*rows(HA, "T3", DENIED, "total")), "件", "sum-implied",
      note="the question implies the sum of the eight 不予公开 sub-rows (no subtotal row is printed)"))

add(D("b7-d033", "淮安市2024年信息公开行政复议被纠正的比例是多少？结果纠正占复议总计的百分比，保留一位小数",
      PCT(HA + ":T4:cases:review.corrected", HA + ":T4:cases:review.total", 1), "%", "share-rounded"))
add(D("b7-d034", "洪泽区2023年行政复议结果维持和结果纠正加起来一共几件？",
      S(HZ + ":T4:cases:review.maintained", HZ + ":T4:cases:review.corrected"), "件", "sum-enumerated",
      note="the printed 行政复议 总计 cell is 0 and does not add up; the question enumerates the two printed result cells"))
add(D("b7-d035", "上海市政府办公厅2025年从上年结转过来的申请，按申请人类型看数量排第二的是哪一类？",
      RANK({"自然人": [SH25 + ":T3:carried_over_from_last_year:natural_person"],
            "商业企业": [SH25 + ":T3:carried_over_from_last_year:commercial_enterprise"],
            "科研机构": [SH25 + ":T3:carried_over_from_last_year:research_institution"],
            "社会公益组织": [SH25 + ":T3:carried_over_from_last_year:social_welfare_org"],
            "法律服务机构": [SH25 + ":T3:carried_over_from_last_year:legal_service_org"],
            "其他": [SH25 + ":T3:carried_over_from_last_year:other_org"]}, 2), "件", "ranking-applicant"))

# ======================= NARRATIVE =======================
add(N("b7-n001", "虹口区政府办公室的联系电话是多少？", HK, "021—25658888", "contact-phone", note="no year: only report of the body (2021)"))
add(N("b7-n002", "有问题要去虹口区政府办公室，地址在哪", HK, "飞虹路 518 号", "contact-address"))
add(N("b7-n003", "虹口区2021年给新进公务员搞了几次政务公开培训？", HK, "新进公务员政务公开通识培训2次", "training-prose"))
add(N("b7-n004", "淮安市2024年一共收了多少信息处理费？", HA, "收取政府信息公开信息处理费 3940 元", "fee-prose"))
add(N("b7-n005", "淮安市政府信息公开的电子邮箱是什么", HA, "hazwgkc@163.com", "contact-email"))
add(N("b7-n006", "淮安市2024年开了多少场新闻发布会", HA, "新闻发布会 12 场", "measure-count"))
add(N("b7-n007", "淮安市2024年报告里说政务公开存在什么问题？", HA, "政策解读质量仍需提升", "problem"))
add(N("b7-n008", "2019年上海市政府公报一年编发了几期？", SH19, "全年共编发公报24期", "platform"))
add(N("b7-n009", "上海市政府办公厅2019年市政府公文主动公开率达到多少", SH19, "市政府公文主动公开率达90.2%", "rate-prose"))
add(N("b7-n010", "“上海发布”微信公众号2019年用户有多少了？", SH19, "微信公众号用户已突破550万", "platform"))
add(N("b7-n011", "上海市政府2025年开了多少场新闻发布会？", SH25, "召开市政府新闻发布会 42 场", "measure-count"))
add(N("b7-n012", "上海市政府办公厅2025年有多少申请是申请人自己撤回的", SH25, "主动撤回 157 件", "prose-figure"))
add(N("b7-n013", "上海市政府2025年政务公开还存在哪些主要问题？", SH25, "政策信息分散于多个平台", "problem"))
add(N("b7-n014", "上海市科委的“上海科技”公众号有多少人关注？", KW, "关注人数达 1016823 人", "platform", note="no year: only report of the body (2024)"))
add(N("b7-n015", "市科委2024年针对网站栏目跟不上机构改革的问题，开了什么专栏？", KW, "“张江高新区”专栏已成功开设", "measure"))
add(N("b7-n016", "上海市科委2024年收了信息公开处理费没有", KW, "市科委未发生政府信息公开收费事项", "fee-prose"))
add(N("b7-n017", "沭阳县2025年收了多少信息处理费，是哪个部门收的？", SYC, "收取信息处理费共计380元", "fee-prose"))
add(N("b7-n018", "沭阳县2025年清理了多少条过期信息", SYC, "累计清理过期信息697条", "measure-count"))
add(N("b7-n019", "沭阳县为了防止依申请超期答复，搞了个什么机制？", SYC, "线下依申请件倒计时报警器", "measure", note="no year: newest report (2025)"))
add(N("b7-n020", "沭阳县发改局的联系电话", FGJ, "0527—83593059", "contact-phone", note="HTML page; checked against the rendered text (texts/shuyang-fgj_2023.read.txt)"))
add(N("b7-n021", "沭阳县发展和改革局办公地址在哪里？", FGJ, "沭城街道苏州东路42号", "contact-address"))
add(N("b7-n022", "沭阳发改局2023年受理了多少件网络问政？", FGJ, "全年受理网络问政182件", "prose-figure"))
add(N("b7-n023", "洪泽区政府办公室电话多少", HZ, "0517-87222589", "contact-phone", note="PDF; checked against pdftotext output (texts/hongze-district_2023.read.txt)"))
add(N("b7-n024", "洪泽区2023年在政府网站上主动公开了多少条政府信息？", HZ, "主动公开政府信息 1136 条", "prose-figure"))
add(N("b7-n025", "洪泽区打算怎么加强政务公开队伍的业务培训？", HZ, "人员跟班学习制度", "measure"))
add(N("b7-n026", "平潭综合实验区2025年关停了几个政府网站和政务新媒体", PT[2025], "政府网站1个、政务新媒体2个", "measure-count"))
add(N("b7-n027", "平潭2024年做了多少期“平潭大家谈”在线访谈？", PT[2024], "系列在线访谈12期", "measure-count"))
add(N("b7-n028", "平潭综合实验区2023年年报上写的管委会办公室通讯地址是哪里？", PT[2023], "商务营运中心7号楼14层", "contact-address",
      note="2022 prints the same address"))
add(N("b7-n029", "平潭综合实验区2021年通过微信公众号发布了多少批次农产品抽检情况？", PT[2021], "20680批次农产品抽检情况", "prose-figure"))
add(N("b7-n030", "平潭综合实验区2020年年报留的电子邮箱是什么", PT[2020], "pzxxgkb@163.com", "contact-email"))
add(N("b7-n031", "平潭2019年“一窗通办”改革后群众等候时间缩短到多少分钟？", PT[2019], "群众等候时间由42分钟缩至19分钟", "prose-figure"))
add(N("b7-n032", "平潭综合实验区2018年政府信息公开专栏访问量是多少人次", PT[2018], "专栏访问量达108932人次", "prose-figure"))
add(N("b7-n033", "平潭综合实验区管委会2014年行政服务中心共受理了多少件申请？", PT[2014], "共受理申请121510件", "prose-figure"))
add(N("b7-n034", "平潭综合实验区2013年有没有收到信息公开方面的行政复议申请？", PT[2013], "收到1份有关政府信息公开行政复议申请", "yes-no+prose",
      note="the 统计表 says 行政复议数 0; the prose says 1 application was received — the narrative line is the answer"))
add(N("b7-n035", "平潭2012年新浪官方微博发了多少条微博？", PT[2012], "共发布微博1288条", "platform"))
add(N("b7-n036", "平潭县人民政府办公室在什么地址？", PTC[2013], "平潭县翠园南路10号", "contact-address"))
add(N("b7-n037", "平潭县2012年政府信息公开专栏访问量多少人次", PTC[2012], "专栏访问量达24745人次", "prose-figure"))

add(N("b7-n038", "淮安市下一步准备怎么加强政务公开队伍？", HA, "建立健全“传帮带”机制", "plan-for-next-year",
      note="no year: only report of the body (2024)"))
add(N("b7-n039", "平潭综合实验区下一步打算怎么改进平台的互动功能？", PT[2025], "完善智能问答知识库", "plan-for-next-year",
      note="no year: newest report (2025)"))

# ======================= UNANSWERABLE =======================
# body not indexed (sharing words with an indexed body)
add(U("b7-u001", "上海市黄浦区人民政府2022年收到多少件政府信息公开申请？", "body_not_indexed", "neighbour-district"))
add(U("b7-u002", "虹口区发展改革委2021年信息公开年报里行政复议有几件", "body_not_indexed", "dept-of-indexed-district"))
add(U("b7-u003", "淮安市淮安区2024年新收政府信息公开申请多少件？", "body_not_indexed", "shares-city-name",
      note="淮安区 is a district of 淮安市, not the city government"))
add(U("b7-u004", "宿迁市政府2025年行政处罚决定数量是多少", "body_not_indexed", "parent-city"))
add(U("b7-u005", "沭阳县教育局2023年收到几件依申请公开？", "body_not_indexed", "other-dept-same-county"))
add(U("b7-u006", "北京市科委2024年行政许可处理决定有多少件？", "body_not_indexed", "same-dept-other-city"))
add(U("b7-u007", "平潭综合实验区地方税务局2013年主动公开了多少条信息", "body_not_indexed", "sub-body-of-indexed",
      note="the report exists in the archive but is not in the corpus"))
add(U("b7-u008", "洪泽区发改委2023年行政规范性文件制发了几件？", "body_not_indexed", "dept-of-indexed-district"))
add(U("b7-u009", "江苏省科学技术厅2024年收到多少政府信息公开申请", "body_not_indexed", "same-kind-dept-other-province"))
add(U("b7-u010", "浦东新区2025年行政复议结果纠正几件", "body_not_indexed", "other-shanghai-district"))
# year not indexed
add(U("b7-u011", "平潭综合实验区2017年主动公开文件数是多少", "year_not_indexed", "year-gap", body='pingtan', year=2017))
add(U("b7-u012", "虹口区2022年新收政府信息公开申请有多少件？", "year_not_indexed", "next-year", body='hongkou-district', year=2022))
add(U("b7-u013", "淮安市2023年因政府信息公开被申请行政复议多少件", "year_not_indexed", "previous-year", body='huaian-city', year=2023))
add(U("b7-u014", "上海市政府办公厅2022年政府信息公开申请数量", "year_not_indexed", "year-between", body='shanghai-municipal-office', year=2022))
add(U("b7-u015", "沭阳县人民政府2023年行政许可决定有多少？", "year_not_indexed", "other-body-has-year",
      note="only 沭阳县发改局 has a 2023 report; the county government's report is 2025", body='shuyang-county', year=2023))
add(U("b7-u016", "洪泽区2024年收到多少信息公开申请", "year_not_indexed", "next-year", body='hongze-district', year=2024))
add(U("b7-u017", "市科委2023年制发了多少件行政规范性文件？", "year_not_indexed", "previous-year", body='shanghai-stcsm', year=2023))
add(U("b7-u018", "平潭县人民政府2010年受理依申请公开信息总数", "year_not_indexed", "earlier-year",
      note="2010 was chosen rather than 2014: the 2014 管委会 page names 平潭县人民政府 as its 来源", body='pingtan-county', year=2010))
add(U("b7-u019", "平潭综合实验区2026年的年报出来了吗？新收申请多少件", "year_not_indexed", "future-year",
      note="2015 was avoided: its 主动公开 count could be backed out of the 2014/2016 历年累计 chain", body='pingtan', year=2026))
# no such figure
add(U("b7-u020", "虹口区2021年政务公开工作经费预算是多少万元？", "no_such_figure", "budget", body='hongkou-district', year=2021))
add(U("b7-u021", "淮安市2024年专门从事政府信息公开工作的人员有多少人", "no_such_figure", "staff-count", body='huaian-city', year=2024))
add(U("b7-u022", "沭阳县2025年依申请公开平均办理时长是几天？", "no_such_figure", "processing-time", body='shuyang-county', year=2025))
add(U("b7-u023", "平潭综合实验区2024年政府门户网站全年访问量多少人次", "no_such_figure", "visitor-numbers",
      note="older Pingtan reports print 专栏访问量, the 2024 one does not", body='pingtan', year=2024))
add(U("b7-u024", "洪泽区2023年信息公开申请人中企业和个人的满意率是多少？", "no_such_figure", "satisfaction", body='hongze-district', year=2023))
# other format
add(U("b7-u025", "平潭综合实验区2020年其他处理中申请人逾期不补正的有几件？", "not_in_this_format", "2021-row-asked-of-2019",
      note="2019 trial format has a single （六）其他处理 row (4 in total), no sub-rows", body='pingtan', year=2020, fmt='2021'))
add(U("b7-u026", "平潭综合实验区2020年行政事业性收费金额是多少万元？", "not_in_this_format", "2021-column-asked-of-2019",
      note="2019 trial format counts fee items (上一年项目数量 35 / 本年增减 -15), no amount", body='pingtan', year=2020, fmt='2021'))
add(U("b7-u027", "淮安市2024年政府集中采购项目数量和采购总金额是多少？", "not_in_this_format", "2019-row-asked-of-2021", body='huaian-city', year=2024, fmt='2019_trial'))
add(U("b7-u028", "平潭县2012年行政处罚决定有多少件？", "not_in_this_format", "2021-row-asked-of-pre2019", body='pingtan-county', year=2012, fmt='2021'))
add(U("b7-u029", "平潭县政府2013年商业企业提交的信息公开申请有几件", "not_in_this_format", "applicant-column-asked-of-pre2019",
      note="7 applications in 2013, the legacy table splits them by channel only", body='pingtan-county', year=2013, fmt='2021'))
add(U("b7-u030", "淮安市2024年当面提交的信息公开申请有多少条？", "not_in_this_format", "pre2019-row-asked-of-2021",
      note="当面申请数 is a legacy 统计表 row; the 2021 table has no channel breakdown", body='huaian-city', year=2024, fmt='pre_2019'))
add(U("b7-u031", "上海市政府办公厅2019年本年废止的规章有几件？", "not_in_this_format", "2021-column-asked-of-2019",
      note="the 2019 trial T2 has 本年新制作/本年新公开/对外公开总数量, no 废止 column; the prose names no repeal count", body='shanghai-municipal-office', year=2019, fmt='2021'))
add(U("b7-u032", "上海市政府办公厅2025年主动公开信息历年累计是多少？", "not_in_this_format", "pre2019-column-asked-of-2021", body='shanghai-municipal-office', year=2025, fmt='pre_2019'))

# ======================= AMBIGUOUS =======================
add(A("b7-a001", "2023年新收政府信息公开申请多少件？", "no-body-multi-report",
      note="2023 reports: 洪泽区, 平潭综合实验区, 沭阳县发改局"))
add(A("b7-a002", "行政复议结果纠正的有几件", "no-body-no-year"))
add(A("b7-a003", "平潭2012年主动公开信息数是多少？", "name-fits-two-bodies",
      note="平潭综合实验区 2012 (739) and 平潭县人民政府 2012 (2026) both fit '平潭'"))
add(A("b7-a004", "平潭2013年受理依申请公开信息总数是多少", "name-fits-two-bodies",
      note="平潭综合实验区 2013 (0) vs 平潭县人民政府 2013 (7)"))
add(A("b7-a005", "2024年行政事业性收费金额是多少万元？", "no-body-multi-report",
      note="2024 reports: 淮安市, 上海市科委, 平潭综合实验区"))
add(A("b7-a006", "2021年复议后起诉的行政诉讼有几件", "no-body-multi-report",
      note="2021 reports: 虹口区 (4), 平潭综合实验区 (0)"))
add(A("b7-a007", "信息处理费一共收了多少钱", "no-body-no-year"))

# ======================= FOLLOW-UPS =======================
add(F("b7-f001", "followup-column-change", [
    tc("虹口区2021年新收的申请中自然人有多少件？", HK + ":T3:new_received:natural_person"),
    td("那法人或其他组织一共呢？", S(*["%s:T3:new_received:%s" % (HK, c) for c in LEGAL]), "件")]))
add(F("b7-f002", "followup-t4-block", [
    tc("淮安市2024年政府信息公开行政复议总共多少件", HA + ":T4:cases:review.total"),
    td("诉讼那块呢？", S(HA + ":T4:cases:litigation_direct.total", HA + ":T4:cases:litigation_after_review.total"), "件"),
    tc("其中直接起诉还没审结的几件", HA + ":T4:cases:litigation_direct.pending")]))
add(F("b7-f003", "followup-year-change", [
    tc("平潭综合实验区2024年新收了多少件信息公开申请？", PT[2024] + ":T3:new_received:total"),
    tc("那2025年呢？", PT[2025] + ":T3:new_received:total"),
    tc("2023年呢", PT[2023] + ":T3:new_received:total")]))
add(F("b7-f004", "followup-year-change-format", [
    tc("上海市政府办公厅2025年新收申请中自然人多少件", SH25 + ":T3:new_received:natural_person"),
    tc("2019年呢？", SH19 + ":T3:new_received:natural_person")]))
add(F("b7-f005", "followup-t4-subcolumn", [
    tc("沭阳县2025年信息公开行政复议一共几件？", SYC + ":T4:cases:review.total"),
    tc("其中维持的多少", SYC + ":T4:cases:review.maintained"),
    tc("复议后起诉的总计呢", SYC + ":T4:cases:litigation_after_review.total")]))
add(F("b7-f006", "followup-after-unanswerable-body", [
    tu("上海市黄浦区2022年新收政府信息公开申请多少件？", "body_not_indexed"),
    tc("那虹口区2021年的呢？", HK + ":T3:new_received:total")]))
add(F("b7-f007", "followup-after-unanswerable-year", [
    tu("虹口区2022年信息公开行政复议总共几件", "year_not_indexed", body="hongkou-district", year=2022),
    tc("那2021年呢", HK + ":T4:cases:review.total")]))
add(F("b7-f008", "followup-row-column-change", [
    tc("市科委2024年新收了几件政府信息公开申请？", KW + ":T3:new_received:total"),
    tc("其中企业提的几件", KW + ":T3:new_received:commercial_enterprise"),
    tc("全年办结（办理结果总计）多少件？", KW + ":T3:results_total:total")]))
add(F("b7-f009", "followup-pre2019", [
    tc("平潭综合实验区2018年主动公开文件数本年度多少条？", PT[2018] + ":stats:proactive_total:this_year"),
    tc("历年累计呢？", PT[2018] + ":stats:proactive_total:cumulative"),
    tc("2016年的本年度数呢", PT[2016] + ":stats:proactive_total:this_year")]))
add(F("b7-f010", "followup-pre2019-row-year", [
    tc("平潭县人民政府2012年受理依申请公开信息总数是多少？", PTC[2012] + ":stats:requests_total:this_year"),
    tc("其中当面申请的有几条", PTC[2012] + ":stats:req_in_person:this_year"),
    tc("2013年呢？", PTC[2013] + ":stats:req_in_person:this_year")]))
add(F("b7-f011", "followup-body-change", [
    tc("洪泽区2023年因本机关不掌握相关信息而无法提供的申请有几件？", HZ + ":T3:unable_not_held:total"),
    tc("那淮安市2024年呢", HA + ":T3:unable_not_held:total")]))
add(F("b7-f012", "followup-t2-row-body", [
    tc("淮安市2024年行政处罚决定数量是多少？", HA + ":T2:administrative_penalty:decisions"),
    tc("行政强制呢", HA + ":T2:administrative_coercion:decisions"),
    tc("沭阳县2025年的行政强制呢？", SYC + ":T2:administrative_coercion:decisions")]))
add(F("b7-f013", "followup-t4-year", [
    tc("平潭综合实验区2022年信息公开行政复议总计几件？", PT[2022] + ":T4:cases:review.total"),
    td("诉讼呢？", S(PT[2022] + ":T4:cases:litigation_direct.total", PT[2022] + ":T4:cases:litigation_after_review.total"), "件"),
    tc("2021年的复议呢", PT[2021] + ":T4:cases:review.total")]))
add(F("b7-f014", "followup-after-unanswerable-year", [
    tu("淮安市2023年新收政府信息公开申请多少件", "year_not_indexed", body="huaian-city", year=2023),
    tc("那2024年呢？", HA + ":T3:new_received:total")]))
add(F("b7-f015", "followup-body-change-dept-to-gov", [
    tc("沭阳县发改局2023年新收了多少件申请？", FGJ + ":T3:new_received:total"),
    tc("沭阳县政府2025年呢", SYC + ":T3:new_received:total")]))
add(F("b7-f016", "followup-row-change", [
    tc("平潭综合实验区2021年予以公开的申请有多少件？", PT[2021] + ":T3:granted:total"),
    tc("部分公开呢？", PT[2021] + ":T3:partially_granted:total"),
    td("不予公开一共多少", S(*rows(PT[2021], "T3", DENIED, "total")), "件")]))
add(F("b7-f017", "followup-t4-block-2019", [
    tc("上海市政府办公厅2019年信息公开行政复议总计多少件？", SH19 + ":T4:cases:review.total"),
    tc("直接起诉的诉讼呢", SH19 + ":T4:cases:litigation_direct.total")]))
add(F("b7-f018", "followup-column-change", [
    tc("平潭综合实验区2025年结转下年度继续办理的申请有几件？", PT[2025] + ":T3:carried_to_next_year:total"),
    tc("自然人几件？", PT[2025] + ":T3:carried_to_next_year:natural_person")]))
add(F("b7-f019", "followup-body-change-then-diff", [
    tc("淮安市2024年行政事业性收费金额是多少万元？", HA + ":T2:administrative_fees:fee_amount"),
    tc("洪泽区2023年呢", HZ + ":T2:administrative_fees:fee_amount"),
    td("两个相差多少万元？", SUB(HA + ":T2:administrative_fees:fee_amount", HZ + ":T2:administrative_fees:fee_amount"), "万元")]))
add(F("b7-f020", "followup-year-then-row", [
    tc("平潭综合实验区2020年新收申请总数多少？", PT[2020] + ":T3:new_received:total"),
    tc("19年的呢", PT[2019] + ":T3:new_received:total"),
    tc("其中补正后申请内容仍不明确的有几件", PT[2019] + ":T3:unable_unclear_after_correction:total")]))
add(F("b7-f021", "followup-then-unanswerable-year", [
    tc("上海市科委2024年行政许可处理决定多少件", KW + ":T2:administrative_licensing:decisions"),
    tu("市科委2023年呢？", "year_not_indexed", body="shanghai-stcsm", year=2023)]))

# ---------------------------------------------------------------- paraphrase groups (5 each)
# each variant: (surface-class, question); the reference is shared by the group.
GROUPS = []


def G(gid, base_ref=None, spec=None, unit="件", variants=(), note=None):
    GROUPS.append({"group": gid, "ref": base_ref, "spec": spec, "unit": unit, "variants": list(variants), "note": note})


G("b7-g01", HA + ":T3:new_received:total", variants=[
    ("fullwidth-digits", "淮安市２０２４年新收政府信息公开申请多少件？"),
    ("chinese-numeral-year", "二〇二四年淮安市政府新收到的信息公开申请数量是多少"),
    ("year-at-end-no-nian", "淮安市政府新收的政府信息公开申请数量，2024"),
    ("keyword-only", "淮安 2024 新收申请 总计"),
    ("irrelevant-clause-first", "我在写一篇苏北政务公开的调研，顺便问下淮安市2024年新收了多少件政府信息公开申请？")])
G("b7-g02", HK + ":T4:cases:review.total", variants=[
    ("fullwidth-digits", "虹口区２０２１年信息公开行政复议总计几件"),
    ("chinese-numeral-year", "二零二一年虹口区政府因为信息公开被申请行政复议多少件？"),
    ("year-at-end", "虹口区政府信息公开行政复议总数是多少，2021年"),
    ("keyword-only", "虹口 2021 行政复议 总计"),
    ("typo", "上海虹口区2021年被申请行政附议一共几件？")])
G("b7-g03", PT[2025] + ":T3:new_received:total", variants=[
    ("fullwidth-digits", "平潭综合实验区２０２５年收到多少件政府信息公开申请？"),
    ("chinese-numeral-year", "平潭综合实验区二〇二五年新收信息公开申请数"),
    ("short-body-name", "平潭区2025年新收了几件依申请公开？"),
    ("typo", "平谭综合实验区2025年新收政府信息公开申请数量"),
    ("irrelevant-clause-first", "听说平潭这两年发展很快，平潭综合实验区2025年新收的政府信息公开申请有多少件？")])
G("b7-g04", SYC + ":T2:administrative_licensing:decisions", variants=[
    ("full-name", "沭阳县人民政府2025年行政许可本年处理决定数量是多少？"),
    ("typo", "沐阳县2025年行政许可决定有多少件"),
    ("chinese-numeral-year", "二〇二五年沭阳县行政许可处理决定数"),
    ("keyword-only", "沭阳 2025 行政许可"),
    ("year-at-end-no-nian", "沭阳县政府做出的行政许可决定多少件 2025")])
G("b7-g05", SH25 + ":T3:unable_not_held:total", variants=[
    ("colloquial-row", "上海市政府办公厅2025年有多少申请是因为他们不掌握这个信息而给不了的？"),
    ("fullwidth-digits", "上海市人民政府办公厅２０２５年本机关不掌握相关政府信息的申请总计"),
    ("short-body-name", "上海市府办2025年“不掌握相关政府信息”的有几件"),
    ("chinese-numeral-year", "二零二五年上海市政府办公厅本机关不掌握相关政府信息的申请数量"),
    ("irrelevant-clause-first", "我之前向市里申请过信息公开被告知不掌握，想问一下上海市政府办公厅2025年这种情况一共有多少件？")])
G("b7-g06", KW + ":T3:granted:total", variants=[
    ("full-name", "上海市科学技术委员会2024年予以公开的申请有几件？"),
    ("short-dept-name", "市科委2024年同意公开的申请数"),
    ("fullwidth-digits", "上海市科委２０２４年予以公开多少件"),
    ("year-at-end", "上海科委予以公开的政府信息公开申请有几件，2024年的"),
    ("typo", "上海市科委2024年予已公开的申请有多少件？")])
G("b7-g07", HZ + ":T2:administrative_penalty:decisions", variants=[
    ("full-name", "淮安市洪泽区人民政府2023年行政处罚本年处理决定数量"),
    ("short-body-name", "洪泽区政府2023年作出多少行政处罚决定？"),
    ("chinese-numeral-year", "洪泽区二〇二三年行政处罚决定有多少件"),
    ("keyword-only", "洪泽 2023 行政处罚"),
    ("typo", "洪泽区2023年行政处罸决定数量是多少？")])
G("b7-g08", PT[2023] + ":T3:unable_not_held:total", variants=[
    ("colloquial-row", "平潭综合实验区2023年有多少申请是因为政府手里没有这个信息而没法提供的？"),
    ("fullwidth-digits", "平潭综合实验区２０２３年本机关不掌握相关政府信息的申请数"),
    ("year-at-end-no-nian", "平潭实验区本机关不掌握相关政府信息 2023"),
    ("chinese-numeral-year", "二〇二三年平潭综合实验区不掌握相关政府信息而无法提供的有几件"),
    ("irrelevant-clause-first", "想了解下海岛地区政府的信息公开情况，平潭综合实验区2023年因本机关不掌握信息无法提供的申请有多少件？")])
G("b7-g09", PT[2022] + ":T2:administrative_licensing:decisions", variants=[
    ("staff-exact", "平潭综合实验区2022年第二十条第（五）项行政许可本年处理决定数量"),
    ("short-body-name", "平潭区2022年行政许可决定多少件？"),
    ("fullwidth-digits", "平潭综合实验区２０２２年行政许可决定数量"),
    ("chinese-numeral-year", "平潭综合实验区二零二二年行政许可处理决定有多少"),
    ("typo", "平潭综合实验区2022年行政许诺决定数量是多少？")])
G("b7-g10", SH19 + ":T3:new_received:natural_person", variants=[
    ("colloquial-column", "上海市政府办公厅2019年老百姓个人提的新申请有多少件？"),
    ("fullwidth-digits", "上海市人民政府办公厅２０１９年自然人新收申请数量"),
    ("chinese-numeral-year", "二〇一九年上海市政府办公厅自然人申请新收多少件"),
    ("keyword-only", "上海市政府办公厅 2019 新收 自然人"),
    ("year-at-end", "上海市府办公厅自然人提交的新申请数量，2019年")])
G("b7-g11", PT[2021] + ":T3:new_received:total", variants=[
    ("full-name", "平潭综合实验区2021年本年新收政府信息公开申请数量总计是多少？"),
    ("colloquial", "平潭2021年一共有多少人来申请信息公开？（新收的件数）"),
    ("fullwidth-digits", "平潭综合实验区２０２１年新收申请多少件"),
    ("chinese-numeral-year", "平潭综合实验区二〇二一年新收到的政府信息公开申请"),
    ("irrelevant-clause-first", "今年打算去平潭旅游，顺便好奇一下平潭综合实验区2021年收到多少件政府信息公开申请？")])
G("b7-g12", HA + ":T4:cases:review.maintained", variants=[
    ("staff-exact", "淮安市人民政府2024年政府信息公开行政复议结果维持件数"),
    ("colloquial-t4", "淮安市2024年信息公开复议案子里，复议机关维持原决定的有多少件？"),
    ("fullwidth-digits", "淮安市２０２４年行政复议结果维持"),
    ("chinese-numeral-year", "二〇二四年淮安市政府信息公开行政复议维持了多少件"),
    ("typo", "淮安市2024年行政复义结果维持的有几件？")])
G("b7-g13", PT[2024] + ":T4:cases:litigation_after_review.maintained", variants=[
    ("staff-exact", "平潭综合实验区2024年行政诉讼复议后起诉结果维持件数"),
    ("colloquial-t4", "平潭实验区2024年先复议、后来又告到法院的案子里，法院维持的有几件？"),
    ("fullwidth-digits", "平潭综合实验区２０２４年复议后起诉结果维持"),
    ("chinese-numeral-year", "平潭综合实验区二零二四年复议后起诉的诉讼中结果维持的有多少件"),
    ("year-at-end-no-nian", "平潭复议后起诉的行政诉讼结果维持多少件 2024")])
G("b7-g14", SYC + ":T3:not_processed_petition_complaint:total", variants=[
    ("staff-exact", "沭阳县2025年不予处理中信访举报投诉类申请总计"),
    ("colloquial-row", "沭阳县2025年有多少申请其实是来信访、投诉的，没按信息公开处理？"),
    ("fullwidth-digits", "沭阳县２０２５年信访举报投诉类申请有几件"),
    ("typo", "沐阳县2025年信访举报投诉类申请数量"),
    ("irrelevant-clause-first", "最近在研究信访和信息公开的关系，沭阳县2025年信访举报投诉类的申请有多少件？")])
G("b7-g15", HK + ":T3:unable_not_held:natural_person", variants=[
    ("staff-exact", "虹口区2021年本机关不掌握相关政府信息（自然人）"),
    ("colloquial", "虹口区政府2021年个人申请里，政府说自己没有这个信息的有多少件？"),
    ("fullwidth-digits", "虹口区２０２１年自然人申请中本机关不掌握的数量"),
    ("chinese-numeral-year", "二〇二一年虹口区个人申请因不掌握相关信息无法提供的有几件"),
    ("typo", "虹口区2021年自然人申请中本机关不掌屋相关政府信息的有多少？")])
G("b7-g16", PT[2018] + ":stats:proactive_total:this_year", unit="条", variants=[
    ("staff-exact", "平潭综合实验区2018年度政府信息公开情况统计表主动公开文件数"),
    ("colloquial", "平潭综合实验区2018年一共主动公开了多少条政府信息？"),
    ("fullwidth-digits", "平潭综合实验区２０１８年主动公开文件数"),
    ("chinese-numeral-year", "二〇一八年平潭综合实验区主动公开文件数是多少条"),
    ("year-at-end", "平潭实验区主动公开文件数，2018年度")])
G("b7-g17", PTC[2012] + ":stats:replies_total:this_year", unit="条", variants=[
    ("staff-exact", "平潭县人民政府2012年对申请的答复数（本年度）"),
    ("colloquial", "平潭县政府2012年一共答复了多少条信息公开申请？"),
    ("fullwidth-digits", "平潭县２０１２年对申请的答复数"),
    ("chinese-numeral-year", "平潭县人民政府二〇一二年对申请的答复数是多少条"),
    ("typo", "平谭县2012年对申请的答复数有多少条？")])
G("b7-g18", spec=S(*rows(HA, "T3", DENIED, "total")), variants=[
    ("sum-implied", "淮安市2024年不予公开的申请合计多少件？"),
    ("sum-enumerated", "淮安市2024年把国家秘密、其他法律法规禁止、三安全一稳定、第三方权益、内部事务、过程性信息、执法案卷、行政查询这八类不予公开的加起来是多少？"),
    ("fullwidth-digits", "淮安市２０２４年不予公开（八种情形合计）多少件"),
    ("chinese-numeral-year", "二〇二四年淮安市政府不予公开的申请一共多少件"),
    ("colloquial", "淮安2024年被拒绝公开的申请总共有多少件？")],
    note="no 不予公开 subtotal row exists; the sum of the eight sub-rows is asked")
G("b7-g19", FGJ + ":T2:normative_documents:valid", variants=[
    ("full-name", "沭阳县发展和改革局2023年现行有效规范性文件件数"),
    ("short-dept-name", "沭阳发改局2023年现行有效的规范性文件有几件？"),
    ("fullwidth-digits", "沭阳县发改局２０２３年现行有效规范性文件"),
    ("chinese-numeral-year", "沭阳县发改局二〇二三年现行有效的规范性文件数量"),
    ("typo", "沭阳县发该局2023年现行有效规范性文件多少件")])
G("b7-g20", PT[2025] + ":T4:cases:review.total", variants=[
    ("staff-exact", "平潭综合实验区2025年政府信息公开行政复议总计"),
    ("colloquial-t4", "平潭2025年因为信息公开被人申请复议的一共有多少起？"),
    ("fullwidth-digits", "平潭综合实验区２０２５年行政复议总数"),
    ("chinese-numeral-year", "平潭综合实验区二零二五年信息公开行政复议多少件"),
    ("irrelevant-clause-first", "单位让我整理各地复议数据，平潭综合实验区2025年政府信息公开行政复议总共几件？")])
G("b7-g21", SH25 + ":T4:cases:litigation_direct.total", variants=[
    ("staff-exact", "上海市人民政府办公厅2025年行政诉讼未经复议直接起诉总计"),
    ("colloquial-t4", "上海市政府办公厅2025年被人直接告到法院（没走复议）的信息公开案子有几件？"),
    ("fullwidth-digits", "上海市政府办公厅２０２５年未经复议直接起诉的诉讼总数"),
    ("short-body-name", "上海市府办2025年直接起诉的行政诉讼一共几件"),
    ("year-at-end-no-nian", "上海市政府办公厅未经复议直接起诉总计 2025")])
G("b7-g22", PT[2020] + ":T3:partially_granted:total", variants=[
    ("staff-exact", "平潭综合实验区2020年部分公开（区分处理的）总计"),
    ("colloquial-row", "平潭2020年有几件申请是只公开了一部分的？"),
    ("fullwidth-digits", "平潭综合实验区２０２０年部分公开的申请数"),
    ("chinese-numeral-year", "平潭综合实验区二〇二〇年部分公开多少件"),
    ("typo", "平潭综合实验区2020年部份公开的申请有几件？")])
G("b7-g23", PT[2014] + ":stats:proactive_total:this_year", unit="条", variants=[
    ("staff-exact", "平潭综合实验区管委会2014年统计表主动公开文件数本年度"),
    ("colloquial", "平潭管委会2014年主动公开了多少条政府信息？"),
    ("fullwidth-digits", "平潭综合实验区２０１４年主动公开文件数"),
    ("chinese-numeral-year", "二〇一四年平潭综合实验区主动公开文件数是多少条"),
    ("year-at-end-no-nian", "平潭综合实验区管委会主动公开文件数 2014")])
G("b7-g24", spec=PCT(HK + ":T3:new_received:natural_person", HK + ":T3:new_received:total", 2), unit="%", variants=[
    ("share-rounded", "虹口区2021年新收申请中自然人占比是多少？百分比保留两位小数"),
    ("colloquial", "虹口区政府2021年收到的新申请里个人提的占百分之几？保留两位小数"),
    ("fullwidth-digits", "虹口区２０２１年自然人申请占新收申请的比例（%，两位小数）"),
    ("chinese-numeral-year", "二〇二一年虹口区新收申请里自然人所占百分比，保留两位小数"),
    ("typo", "虹口区2021年新收申请中自燃人占比多少，按百分比保留两位小数？")])
