# -*- coding: utf-8 -*-
"""Blind question set b9: questions with references only (no typed numbers).

Every expected number is computed by build.py from /work/blind/gold/<report>.json.
Reference forms:
  cell:    (table, row, column)
  derived: op in {"sum", "diff", "share", "max"}; refs is a list of (table,row,col)
           diff   = refs[0] - refs[1]
           share  = 100 * sum(num) / sum(den)   (num/den lists)
           max    = the largest of refs
  narrative: verbatim substring (one line of the report text; for PDF/HTML the text in read/)
"""

# ---------------------------------------------------------------- cell items
# (class, question, report, table, row, column)
CELL = [
    # --- 虹口区 2021
    ("plain", "上海虹口区2021年新收到的政府信息公开申请一共多少件？", "hongkou-district_2021", "T3", "new_received", "total"),
    ("colloquial-row", "虹口区政府2021年有多少件申请是从上一年拖过来的？", "hongkou-district_2021", "T3", "carried_over_from_last_year", "total"),
    ("colloquial-row", "2021年虹口区因为政府手里根本没有这个信息、没法提供的申请有几件", "hongkou-district_2021", "T3", "unable_not_held", "total"),
    ("keyword-only", "虹口 2021 行政复议 维持", "hongkou-district_2021", "T4", "cases", "review.maintained"),
    ("applicant-column", "虹口区2021年公司企业提出的新申请有几件？", "hongkou-district_2021", "T3", "new_received", "commercial_enterprise"),
    ("year-short", "虹口区21年行政许可的处理决定有多少", "hongkou-district_2021", "T2", "administrative_licensing", "decisions"),
    ("colloquial-row", "虹口区2021年说是属于行政查询事项、所以不公开的有几件", "hongkou-district_2021", "T3", "denied_admin_query", "total"),
    # --- 洪泽区 2023
    ("city-run-into-name", "淮安市洪泽区2023年作出的行政处罚决定有多少件？", "hongze-district_2023", "T2", "administrative_penalty", "decisions"),
    ("short-body", "洪泽区政府2023年行政事业性收费金额是多少万元", "hongze-district_2023", "T2", "administrative_fees", "fee_amount"),
    ("plain", "洪泽区2023年因信息公开被申请行政复议，结果维持的有几件？", "hongze-district_2023", "T4", "cases", "review.maintained"),
    ("colloquial-row", "洪泽2023年先复议、之后又去法院起诉，结果被维持的有几件", "hongze-district_2023", "T4", "cases", "litigation_after_review.maintained"),
    ("colloquial-row", "洪泽区2023年以涉及国家秘密为由不公开的申请有几件？", "hongze-district_2023", "T3", "denied_state_secret", "total"),
    ("keyword-only", "洪泽区 2023 没有现成信息需要另行制作", "hongze-district_2023", "T3", "unable_needs_creation", "total"),
    # --- 淮安市 2024
    ("applicant-column", "淮安市2024年老百姓个人提交的新申请有多少件？", "huaian-city_2024", "T3", "new_received", "natural_person"),
    ("applicant-column", "淮安市政府2024年律师事务所这类法律服务机构新提的申请有几件", "huaian-city_2024", "T3", "new_received", "legal_service_org"),
    ("applicant-column", "2024年淮安市“其他”组织新提交的信息公开申请几件？", "huaian-city_2024", "T3", "new_received", "other_org"),
    ("applicant-column", "淮安市2024年科研机构申请过信息公开吗，几件？", "huaian-city_2024", "T3", "new_received", "research_institution"),
    ("applicant-column", "淮安2024年社会公益组织提交的新申请数是多少", "huaian-city_2024", "T3", "new_received", "social_welfare_org"),
    ("plain", "淮安市2024年答复予以公开的申请总共多少件？", "huaian-city_2024", "T3", "granted", "total"),
    ("colloquial-row", "淮安市2024年只公开了一部分的申请有多少件", "huaian-city_2024", "T3", "partially_granted", "total"),
    ("colloquial-row", "淮安市2024年因为公开了会危及国家安全、公共安全、经济安全和社会稳定而不公开的有几件？", "huaian-city_2024", "T3", "denied_three_security_one_stability", "total"),
    ("colloquial-row", "淮安市2024年为了保护第三方合法权益不予公开的有多少件", "huaian-city_2024", "T3", "denied_third_party_rights", "total"),
    ("keyword-only", "淮安市 2024 四类过程性信息 不予公开", "huaian-city_2024", "T3", "denied_process_info", "total"),
    ("plain", "淮安市2024年以属于行政执法案卷为由不予公开的件数？", "huaian-city_2024", "T3", "denied_enforcement_case_file", "total"),
    ("colloquial-row", "淮安2024年有多少申请其实是信访、举报、投诉，被不予处理了？", "huaian-city_2024", "T3", "not_processed_petition_complaint", "total"),
    ("colloquial-row", "淮安市2024年同样的申请重复提交、不予处理的有多少", "huaian-city_2024", "T3", "not_processed_duplicate", "total"),
    ("colloquial-row", "淮安2024年让申请人补正材料、人家过期不补就不再处理的，有几件？", "huaian-city_2024", "T3", "other_no_correction_overdue", "total"),
    ("colloquial-row", "淮安市2024年申请人收到收费通知却没按时交钱、因此不再处理的申请有几件", "huaian-city_2024", "T3", "other_fee_unpaid_overdue", "total"),
    ("colloquial-row", "淮安市2024年年底还没办完、转到下一年继续办的申请有多少件？", "huaian-city_2024", "T3", "carried_to_next_year", "total"),
    ("staff-exact", "淮安市人民政府2024年度报告表四：行政复议“结果纠正”栏数值", "huaian-city_2024", "T4", "cases", "review.corrected"),
    ("colloquial-row", "淮安2024年行政复议还没审完的有几件", "huaian-city_2024", "T4", "cases", "review.pending"),
    ("colloquial-row", "淮安市2024年没经过复议、直接去法院告的信息公开官司总共几件？", "huaian-city_2024", "T4", "cases", "litigation_direct.total"),
    ("keyword-only", "淮安 2024 复议后起诉 尚未审结", "huaian-city_2024", "T4", "cases", "litigation_after_review.pending"),
    ("plain", "淮安市2024年行政强制的处理决定数量是多少？", "huaian-city_2024", "T2", "administrative_coercion", "decisions"),
    ("plain", "淮安市2024年现行有效的规章有几件", "huaian-city_2024", "T2", "regulations", "valid"),
    ("colloquial-row", "淮安市2024年一共废止了多少件行政规范性文件？", "huaian-city_2024", "T2", "normative_documents", "repealed"),
    ("applicant-column", "淮安市2024年商业企业的申请里，予以公开的有几件", "huaian-city_2024", "T3", "granted", "commercial_enterprise"),
    # --- 平潭综合实验区 2019–2025
    ("plain", "平潭综合实验区2021年行政处罚决定一共多少件？", "pingtan_2021", "T2", "administrative_penalty", "decisions"),
    ("applicant-column", "平潭实验区2021年社会公益组织新提交了几件信息公开申请", "pingtan_2021", "T3", "new_received", "social_welfare_org"),
    ("colloquial-row", "平潭2021年有人没走复议直接起诉，法院维持的有几件？", "pingtan_2021", "T4", "cases", "litigation_direct.maintained"),
    ("keyword-only", "平潭综合实验区 2021 行政执法案卷 不予公开", "pingtan_2021", "T3", "denied_enforcement_case_file", "total"),
    ("plain", "平潭综合实验区2022年行政许可处理决定数量是多少？", "pingtan_2022", "T2", "administrative_licensing", "decisions"),
    ("colloquial-row", "平潭2022年目前还有效的行政规范性文件有多少件", "pingtan_2022", "T2", "normative_documents", "valid"),
    ("colloquial-row", "平潭实验区2022年因为没掌握相关信息而无法提供的申请有几件？", "pingtan_2022", "T3", "unable_not_held", "total"),
    ("plain", "平潭2022年的政府信息公开行政复议里，结果被纠正的有几件", "pingtan_2022", "T4", "cases", "review.corrected"),
    ("plain", "平潭综合实验区2023年行政事业性收费金额是多少万元？", "pingtan_2023", "T2", "administrative_fees", "fee_amount"),
    ("keyword-only", "平潭2023 部分公开 总计", "pingtan_2023", "T3", "partially_granted", "total"),
    ("short-body", "平潭综试区2023年直接起诉的行政诉讼中还没审结的有几件", "pingtan_2023", "T4", "cases", "litigation_direct.pending"),
    ("applicant-column", "平潭综合实验区2024年新收的申请里，自然人提的有多少件？", "pingtan_2024", "T3", "new_received", "natural_person"),
    ("colloquial-row", "平潭2024年以属于机关内部事务信息为由不公开的有几件", "pingtan_2024", "T3", "denied_internal_affairs", "total"),
    ("colloquial-row", "平潭2024年先复议再起诉、最后维持原结果的有多少件？", "pingtan_2024", "T4", "cases", "litigation_after_review.maintained"),
    ("short-body", "平潭实验区2024年行政强制决定几件", "pingtan_2024", "T2", "administrative_coercion", "decisions"),
    ("plain", "平潭综合实验区2025年结转到下一年度继续办理的申请有几件？", "pingtan_2025", "T3", "carried_to_next_year", "total"),
    ("keyword-only", "平潭 2025 行政复议 总计", "pingtan_2025", "T4", "cases", "review.total"),
    ("applicant-column", "平潭2025年商业企业的申请有几件要转到下年度继续办？", "pingtan_2025", "T3", "carried_to_next_year", "commercial_enterprise"),
    ("year-at-end", "平潭综合实验区行政处罚决定数，2025", "pingtan_2025", "T2", "administrative_penalty", "decisions"),
    ("other-format-row", "平潭综合实验区2020年“其他处理”的申请有几件？", "pingtan_2020", "T3", "other_processing", "total"),
    ("colloquial-row", "平潭2020年让补正以后申请内容还是说不清楚的，有几件", "pingtan_2020", "T3", "unable_unclear_after_correction", "total"),
    ("applicant-column", "平潭2020年法人或其他组织里“其他”这一类新提了几件申请？", "pingtan_2020", "T3", "new_received", "other_org"),
    ("other-format-row", "平潭实验区2020年规章对外公开总数量是多少", "pingtan_2020", "T2", "regulations", "total_published"),
    ("other-format-row", "平潭2020年行政事业性收费项目本年增减了多少？", "pingtan_2020", "T2", "administrative_fees", "change"),
    ("plain", "平潭综合实验区2019年新收到多少件政府信息公开申请？", "pingtan_2019", "T3", "new_received", "total"),
    ("colloquial-row", "平潭2019年有几件是重复申请被不予处理的", "pingtan_2019", "T3", "not_processed_duplicate", "total"),
    # --- 平潭 pre-2019
    ("pre2019-row", "平潭综合实验区2018年主动公开文件数是多少条？", "pingtan_2018", "stats", "proactive_total", "this_year"),
    ("pre2019-cumulative", "平潭2018年统计表里政府网站公开数的历年累计是多少", "pingtan_2018", "stats", "proactive_website", "cumulative"),
    ("pre2019-cumulative", "平潭实验区2016年主动公开文件数历年累计多少条？", "pingtan_2016", "stats", "proactive_total", "cumulative"),
    ("pre2019-row", "平潭综合实验区2016年政府信息公开收费减免金额是多少元", "pingtan_2016", "stats", "fee_waiver_amount", "this_year"),
    ("pre2019-row", "平潭综合实验区管委会2014年通过信函、传真提出的申请有几条？", "pingtan_2014", "stats", "req_letter_fax", "this_year"),
    ("pre2019-row", "平潭2014年同意公开的答复有几条", "pingtan_2014", "stats", "reply_full", "this_year"),
    ("pre2019-cumulative", "平潭管委会2014年主动公开文件数历年累计是多少？", "pingtan_2014", "stats", "proactive_total", "cumulative"),
    ("pre2019-row", "平潭综合实验区2013年统计表中网站公开数本年度是多少条", "pingtan_2013", "stats", "proactive_website", "this_year"),
    ("pre2019-cumulative", "平潭综合实验区2012年统计表主动公开信息数历年累计多少条？", "pingtan_2012", "stats", "proactive_total", "cumulative"),
    ("pre2019-row", "平潭综合实验区管委会2011年通过政府公报公开了几条信息", "pingtan_2011", "stats", "proactive_gazette", "this_year"),
    ("pre2019-row", "平潭县政府2011年统计表里“网站公开”这一行本年度是多少条？", "pingtan-county_2011", "stats", "proactive_website", "this_year"),
    ("pre2019-row", "平潭县2012年当面来申请的有几条", "pingtan-county_2012", "stats", "req_in_person", "this_year"),
    ("pre2019-row", "平潭县人民政府2012年否决公开的答复有几条？", "pingtan-county_2012", "stats", "reply_refused", "this_year"),
    ("pre2019-row", "平潭县2012年用电子邮件申请的有几条", "pingtan-county_2012", "stats", "req_email", "this_year"),
    ("pre2019-row", "平潭县2013年统计表里网上申请数是多少？", "pingtan-county_2013", "stats", "req_online", "this_year"),
    ("pre2019-cumulative", "平潭县政府2013年对申请的答复数历年累计是多少条", "pingtan-county_2013", "stats", "replies_total", "cumulative"),
    # --- 上海市政府办公厅 2019 / 2025
    ("other-format-row", "上海市政府办公厅2019年规章对外公开总数量是多少件？", "shanghai-municipal-office_2019", "T2", "regulations", "total_published"),
    ("other-format-row", "上海市府办2019年政府集中采购项目有几个", "shanghai-municipal-office_2019", "T2", "centralized_procurement", "procurement_items"),
    ("applicant-column", "上海市人民政府办公厅2019年新收申请中以个人名义申请的有多少件？", "shanghai-municipal-office_2019", "T3", "new_received", "natural_person"),
    ("colloquial-row", "上海市政府办公厅2019年未经复议直接起诉、还没审结的官司有几件", "shanghai-municipal-office_2019", "T4", "cases", "litigation_direct.pending"),
    ("applicant-column", "上海市政府办公厅2019年自然人的申请里有多少件因属于信访举报投诉类而不予处理？", "shanghai-municipal-office_2019", "T3", "not_processed_petition_complaint", "natural_person"),
    ("colloquial-row", "上海市政府办公厅2025年因本机关不掌握相关信息而无法提供的有多少件", "shanghai-municipal-office_2025", "T3", "unable_not_held", "total"),
    ("plain", "2025年上海市人民政府办公厅上年结转过来的申请有几件？", "shanghai-municipal-office_2025", "T3", "carried_over_from_last_year", "total"),
    ("keyword-only", "上海市府办公厅 2025 复议后起诉 其他结果", "shanghai-municipal-office_2025", "T4", "cases", "litigation_after_review.other_result"),
    ("applicant-column", "上海市政府办公厅2025年从上年结转过来的申请里法律服务机构的有几件", "shanghai-municipal-office_2025", "T3", "carried_over_from_last_year", "legal_service_org"),
    ("colloquial-row", "上海市政府办公厅2025年有几件申请被认定为没有正当理由大量反复申请？", "shanghai-municipal-office_2025", "T3", "not_processed_massive_repeated", "total"),
    # --- 上海市科委 2024
    ("dept-short-name", "上海市科委2024年行政许可处理决定数量是多少？", "shanghai-stcsm_2024", "T2", "administrative_licensing", "decisions"),
    ("dept-short-name", "市科委2024年新制发的行政规范性文件有几件", "shanghai-stcsm_2024", "T2", "normative_documents", "issued"),
    ("colloquial-row", "上海科委2024年申请人逾期不补正、科委就不再处理的申请有几件？", "shanghai-stcsm_2024", "T3", "other_no_correction_overdue", "total"),
    ("full-name", "上海市科学技术委员会2024年本年新收政府信息公开申请数量", "shanghai-stcsm_2024", "T3", "new_received", "total"),
    # --- 沭阳县政府 2025
    ("plain", "沭阳县2025年行政许可处理决定数量是多少？", "shuyang-county_2025", "T2", "administrative_licensing", "decisions"),
    ("short-body", "沭阳县政府2025年行政事业性收费金额多少万元", "shuyang-county_2025", "T2", "administrative_fees", "fee_amount"),
    ("colloquial-row", "沭阳县2025年行政复议被纠正的有几件？", "shuyang-county_2025", "T4", "cases", "review.corrected"),
    ("plain", "沭阳县2025年部分公开的申请一共几件", "shuyang-county_2025", "T3", "partially_granted", "total"),
    ("applicant-column", "沭阳县2025年法律服务机构新提交的申请有几件？", "shuyang-county_2025", "T3", "new_received", "legal_service_org"),
    ("typo", "沐阳县2025年其他处理里面归为“其他”情形的有多少件", "shuyang-county_2025", "T3", "other_other", "total"),
    # --- 沭阳县发改局 2023
    ("dept-short-name", "沭阳县发改局2023年现行有效的规范性文件有几件？", "shuyang-fgj_2023", "T2", "normative_documents", "valid"),
    ("full-name", "沭阳县发展和改革局2023年予以公开的申请总计多少件", "shuyang-fgj_2023", "T3", "granted", "total"),
    ("dept-short-name", "沭阳发改局2023年行政复议尚未审结的有几件？", "shuyang-fgj_2023", "T4", "cases", "review.pending"),
]

# ---------------------------------------------------------------- derived items
# (class, question, report, op, refs, unit, decimals)
_D = "T3"
DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]
UNABLE = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
NOTPROC = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
           "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
OTHER21 = ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]
ORGS = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]


def rows(names, col="total", table="T3"):
    return [(table, r, col) for r in names]


DERIVED = [
    ("sum-group", "淮安市2024年不予公开的申请（八种情形加起来）一共多少件？", "huaian-city_2024", "sum", rows(DENIED), "件", None),
    ("sum-group", "淮安市2024年“无法提供”的三种情况合计多少件", "huaian-city_2024", "sum", rows(UNABLE), "件", None),
    ("share", "淮安市2024年予以公开的占全部办理结果总计的百分之多少？保留两位小数", "huaian-city_2024", "share",
     {"num": [("T3", "granted", "total")], "den": [("T3", "results_total", "total")]}, "%", 2),
    ("sum-blocks", "淮安市2024年信息公开行政诉讼一共多少件（直接起诉的加上复议后起诉的）？", "huaian-city_2024", "sum",
     [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")], "件", None),
    ("sum-columns", "淮安市2024年法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）新申请加起来几件", "huaian-city_2024", "sum",
     [("T3", "new_received", c) for c in ORGS], "件", None),
    ("difference", "淮安2024年自然人的新申请比上年结转过来的自然人申请多多少件？", "huaian-city_2024", "diff",
     [("T3", "new_received", "natural_person"), ("T3", "carried_over_from_last_year", "natural_person")], "件", None),
    ("ranking", "淮安市2024年不予公开的各种理由里，哪种最多？有几件？", "huaian-city_2024", "max", rows(DENIED), "件", None),
    ("sum-two-rows", "虹口区2021年予以公开和部分公开加起来共几件", "hongkou-district_2021", "sum",
     rows(["granted", "partially_granted"]), "件", None),
    ("sum-two-rows", "虹口区2021年新收的加上上年结转的，一共要处理多少件申请？", "hongkou-district_2021", "sum",
     rows(["new_received", "carried_over_from_last_year"]), "件", None),
    ("ranking", "虹口区2021年无法提供的三种情形中最多的那种有几件", "hongkou-district_2021", "max", rows(UNABLE), "件", None),
    ("sum-group", "上海市政府办公厅2025年不予处理的申请合计多少件？", "shanghai-municipal-office_2025", "sum", rows(NOTPROC), "件", None),
    ("sum-group", "上海市政府办公厅2025年“其他处理”三项加起来多少件", "shanghai-municipal-office_2025", "sum", rows(OTHER21), "件", None),
    ("sum-blocks", "上海市府办公厅2025年行政诉讼（直接起诉+复议后起诉）总共多少件？", "shanghai-municipal-office_2025", "sum",
     [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")], "件", None),
    ("difference", "上海市政府办公厅2025年结转到下年度的申请比从上年结转来的多几件？", "shanghai-municipal-office_2025", "diff",
     [("T3", "carried_to_next_year", "total"), ("T3", "carried_over_from_last_year", "total")], "件", None),
    ("share", "上海市政府办公厅2025年无法提供（三种情形合计）占办结总数的比例是多少？百分比保留两位小数", "shanghai-municipal-office_2025", "share",
     {"num": rows(UNABLE), "den": [("T3", "results_total", "total")]}, "%", 2),
    ("sum-group", "上海市科委2024年无法提供的申请合计几件", "shanghai-stcsm_2024", "sum", rows(UNABLE), "件", None),
    ("sum-group", "市科委2024年其他处理一共几件（三项合计）？", "shanghai-stcsm_2024", "sum", rows(OTHER21), "件", None),
    ("sum-blocks", "沭阳县2025年因信息公开引起的行政复议和行政诉讼案件一共多少件？（复议总计+两类诉讼总计）", "shuyang-county_2025", "sum",
     [("T4", "cases", "review.total"), ("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")], "件", None),
    ("sum-group", "沭阳县2025年不予公开的总共有多少件", "shuyang-county_2025", "sum", rows(DENIED), "件", None),
    ("sum-two-rows", "沭阳县2025年自然人新申请加上上年结转的自然人申请，一共多少件？", "shuyang-county_2025", "sum",
     [("T3", "new_received", "natural_person"), ("T3", "carried_over_from_last_year", "natural_person")], "件", None),
    ("share", "沭阳县2025年部分公开占办理结果总计的百分比（保留两位小数）", "shuyang-county_2025", "share",
     {"num": [("T3", "partially_granted", "total")], "den": [("T3", "results_total", "total")]}, "%", 2),
    ("sum-two-rows", "平潭综合实验区2023年予以公开及部分公开合计多少件？", "pingtan_2023", "sum",
     rows(["granted", "partially_granted"]), "件", None),
    ("share", "平潭2023年无法提供的申请占办结总数的百分之几？保留两位小数", "pingtan_2023", "share",
     {"num": rows(UNABLE), "den": [("T3", "results_total", "total")]}, "%", 2),
    ("sum-group", "平潭2024年不予公开的申请合计几件", "pingtan_2024", "sum", rows(DENIED), "件", None),
    ("difference", "平潭综合实验区2025年新收的申请比当年办结的多几件？", "pingtan_2025", "diff",
     [("T3", "new_received", "total"), ("T3", "results_total", "total")], "件", None),
    ("sum-blocks", "平潭2025年信息公开行政诉讼总共几起（直接起诉加复议后起诉）", "pingtan_2025", "sum",
     [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")], "件", None),
    ("share", "平潭综合实验区2022年新收申请中商业企业所占比例是多少？（百分比，保留两位小数）", "pingtan_2022", "share",
     {"num": [("T3", "new_received", "commercial_enterprise")], "den": [("T3", "new_received", "total")]}, "%", 2),
    ("sum-two-rows", "平潭2021年予以公开加部分公开一共几件？", "pingtan_2021", "sum", rows(["granted", "partially_granted"]), "件", None),
    ("pre2019-previous-cumulative", "平潭县2013年统计表里，主动公开信息数历年累计减去本年度，截至2012年底累计是多少条？", "pingtan-county_2013", "diff",
     [("stats", "proactive_total", "cumulative"), ("stats", "proactive_total", "this_year")], "条", None),
    ("share", "平潭县人民政府2012年同意公开答复数占答复总数的百分比是多少？保留两位小数", "pingtan-county_2012", "share",
     {"num": [("stats", "reply_full", "this_year")], "den": [("stats", "replies_total", "this_year")]}, "%", 2),
    ("pre2019-previous-cumulative", "平潭管委会2014年主动公开文件数的历年累计减去2014年度的数，是多少？", "pingtan_2014", "diff",
     [("stats", "proactive_total", "cumulative"), ("stats", "proactive_total", "this_year")], "条", None),
    ("sum-group", "洪泽区2023年不予公开的申请一共几件？", "hongze-district_2023", "sum", rows(DENIED), "件", None),
    ("sum-enumerated", "洪泽区2023年行政复议结果维持和结果纠正加起来有几件", "hongze-district_2023", "sum",
     [("T4", "cases", "review.maintained"), ("T4", "cases", "review.corrected")], "件", None),
    ("sum-enumerated", "上海市政府办公厅2019年商业企业、法律服务机构和其他组织的新申请合计几件？", "shanghai-municipal-office_2019", "sum",
     [("T3", "new_received", c) for c in ["commercial_enterprise", "legal_service_org", "other_org"]], "件", None),
    ("sum-group", "平潭综合实验区2019年无法提供的申请合计几件", "pingtan_2019", "sum", rows(UNABLE), "件", None),
]

# ---------------------------------------------------------------- narrative items
# (class, question, report, substring)
NARR = [
    ("count-in-prose", "虹口区2021年编发了几期区政府公报？", "hongkou-district_2021", "编发《上海市虹口区人民政府公报》4期"),
    ("fee-prose", "虹口区2021年收没收信息处理费？", "hongkou-district_2021", "区政府未收取政府信息公开信息处理费"),
    ("measure", "虹口区政府2021年在北外滩特色专区搞的智能机器人叫什么？", "hongkou-district_2021", "智能机器人“小虹”"),
    ("contact-phone", "洪泽区政府信息公开年报（2023）的联系电话是多少", "hongze-district_2023", "0517-87222589"),
    ("fee-prose", "洪泽区2023年收了多少信息公开处理费？", "hongze-district_2023", "全年收取政府信息公开信息处理费 0 元"),
    ("contact-phone", "对淮安市2024年政府信息公开年报有疑问打什么电话？", "huaian-city_2024", "电话：0517-83605210"),
    ("fee-prose", "淮安市政府2024年收了多少钱的信息处理费", "huaian-city_2024", "信息处理费 3940 元"),
    ("problem", "淮安市2024年政务公开存在的主要问题第一条是什么？", "huaian-city_2024", "一是政策解读质量仍需提升"),
    ("count-in-prose", "淮安全市2024年在运维的政务新媒体有多少个", "huaian-city_2024", "全市在运维政务新媒体共计 95"),
    ("count-in-prose", "上海市政府办公厅2025年开了多少场市政府新闻发布会？", "shanghai-municipal-office_2025", "召开市政府新闻发布会 42 场"),
    ("platform", "上海国际服务门户到2025年覆盖几个语种", "shanghai-municipal-office_2025", "目前已覆盖 10 个语种"),
    ("problem", "上海市政府办公厅2025年报告里说的第一个主要问题是什么？", "shanghai-municipal-office_2025", "一是政策信息分散于多个平台"),
    ("count-in-prose", "上海市政府办公厅2019年一年编发了多少期公报？", "shanghai-municipal-office_2019", "全年共编发公报24期"),
    ("platform", "上海市政务公开工作平台是哪天上线的（2019年报）", "shanghai-municipal-office_2019", "4月9日，新建设的上海市政务公开工作平台上线运行"),
    ("yoy-in-prose", "上海市政府办公厅2019年受理的信息公开申请比上一年变化多少？", "shanghai-municipal-office_2019", "申请数量较去年回落12.3%"),
    ("platform", "上海市科委2024年报的电子版在哪个网站下载？", "shanghai-stcsm_2024", "https://stcsm.sh.gov.cn"),
    ("measure", "市科委2024年针对机构改革后网站栏目的问题开了什么专栏？", "shanghai-stcsm_2024", "“张江高新区”专栏已成功开设"),
    ("fee-prose", "上海科委2024年有没有收信息公开的费用", "shanghai-stcsm_2024", "市科委未发生政府信息公开收费事项"),
    ("fee-prose", "沭阳县2025年全县一共收了多少信息处理费？", "shuyang-county_2025", "收取信息处理费共计380元"),
    ("measure", "沭阳县2025年依申请办理发了多少次催办提示", "shuyang-county_2025", "全年发出催办提示 84 次"),
    ("count-in-prose", "沭阳县2025年清理了多少条过期信息？", "shuyang-county_2025", "累计清理过期信息697条"),
    ("contact-address", "沭阳县发改局（2023年报）的办公地址在哪里", "shuyang-fgj_2023", "沭阳县沭城街道苏州东路42号"),
    ("count-in-prose", "沭阳县发展和改革局2023年受理了多少件网络问政？", "shuyang-fgj_2023", "全年受理网络问政182件"),
    ("count-in-prose", "平潭2025年通过“平潭发布”公众号发了多少条信息", "pingtan_2025", "通过“平潭发布”公众号发布信息672条"),
    ("problem", "平潭综合实验区2025年报告提到的第一个不足是什么？", "pingtan_2025", "政务公开队伍建设有待进一步加强"),
    ("count-in-prose", "平潭2024年“平潭大家谈”在线访谈办了几期？", "pingtan_2024", "开展“平潭大家谈”系列在线访谈12期"),
    ("contact-phone", "平潭综合实验区2023年年报上留的咨询电话是多少", "pingtan_2023", "电话：0591-23165385"),
    ("count-in-prose", "平潭2023年全年发布了多少篇政策解读？", "pingtan_2023", "全年发布政策解读117篇"),
    ("count-in-prose", "平潭实验区2022年全区现存多少个政务新媒体", "pingtan_2022", "对全区现存的33个政务新媒体"),
    ("measure", "平潭2021年开过一个什么定价听证会？", "pingtan_2021", "68海里景区观光区收费标准定价听证会"),
    ("count-in-prose", "平潭综合实验区2020年梳理出区直部门权责清单多少项", "pingtan_2020", "12个区直部门权责清单项共4650项"),
    ("contact-phone", "平潭综合实验区2019年报告的联系电话", "pingtan_2019", "电话：0591-23165250"),
    ("count-in-prose", "平潭2018年政府信息公开专栏的访问量是多少？", "pingtan_2018", "2018年政府信息公开专栏访问量达108932人次"),
    ("contact-address", "平潭综合实验区政府信息公开工作办公室2016年的地址在哪", "pingtan_2016", "北厝镇竹屿口现场指挥部"),
    ("count-in-prose", "平潭管委会2014年报告里，区县审批服务窗口共受理了多少件审批申请？", "pingtan_2014", "共受理申请121510件"),
    ("count-in-prose", "平潭综合实验区2013年信息公开专栏访问量多少人次", "pingtan_2013", "2013年政府信息公开专栏访问量达196022人次"),
    ("count-in-prose", "平潭综合实验区2012年通过中国平潭网公开了多少条政府信息？", "pingtan_2012", "通过“中国平潭网”门户网站公开政府信息3636条"),
    ("contact-phone", "平潭综合实验区管委会2011年报告留的联系电话是多少", "pingtan_2011", "电话：24336243"),
    ("contact-address", "平潭县人民政府办公室地址（2011年报）", "pingtan-county_2011", "平潭县翠园南路10号"),
    ("count-in-prose", "平潭县2012年政府信息公开专栏访问量有多少？", "pingtan-county_2012", "2012年政府信息公开专栏访问量达24745人次"),
    ("count-in-prose", "平潭县2013年主动公开信息量比较大的乡镇有哪些？", "pingtan-county_2013", "主动公开信息量较大的乡镇为屿头乡、流水镇、潭城镇"),
]

# ---------------------------------------------------------------- unanswerable items
# (class, question, year_asked, reason, report_or_None, note)
UNANS = [
    ("same-city-other-district", "上海市黄浦区2022年收到多少件政府信息公开申请？", 2022, "body_not_indexed", None, "黄浦区 report not in corpus"),
    ("same-prefix-other-committee", "上海市教委2024年因信息公开被申请行政复议几件", 2024, "body_not_indexed", None, "教委 ≠ 科委"),
    ("dept-of-indexed-district", "虹口区卫健委2021年依申请公开收到多少件？", 2021, "body_not_indexed", None, "only the 虹口区政府 report is indexed"),
    ("district-of-indexed-city", "淮安市淮阴区2024年新收政府信息公开申请数量", 2024, "body_not_indexed", None, "only 淮安市 (city) 2024"),
    ("dept-of-indexed-county", "沭阳县教育局2023年收到的信息公开申请有几件？", 2023, "body_not_indexed", None, "沭阳 2023 only 发改局"),
    ("neighbour-county", "泗阳县2025年政府信息公开申请多少件", 2025, "body_not_indexed", None, None),
    ("dept-of-indexed-district", "洪泽区发改委2023年的行政许可决定有多少？", 2023, "body_not_indexed", None, None),
    ("parent-city", "福州市2023年政府信息公开行政复议有几件", 2023, "body_not_indexed", None, "平潭 is in Fujian but 福州市 is not indexed"),
    ("dept-of-indexed-body", "平潭公安局2022年收到多少件信息公开申请？", 2022, "body_not_indexed", None, None),
    ("parent-city", "宿迁市2025年受理的政府信息公开申请数", 2025, "body_not_indexed", None, "沭阳 belongs to 宿迁 but 宿迁市 is not indexed"),
    ("same-city-other-dept", "上海市发展改革委2024年行政许可处理决定多少件？", 2024, "body_not_indexed", None, None),
    ("dept-of-indexed-city", "淮安市发改委2024年行政规范性文件制发了几件", 2024, "body_not_indexed", None, None),
    ("same-city-other-district", "浦东新区2021年依申请公开新收多少件？", 2021, "body_not_indexed", None, None),
    ("year-not-indexed", "虹口区2022年新收信息公开申请多少件？", 2022, "year_not_indexed", None, None),
    ("year-not-indexed", "淮安市2023年行政复议一共几件", 2023, "year_not_indexed", None, "洪泽区 2023 is a district, not the city"),
    ("year-not-indexed", "上海市政府办公厅2021年收到多少件信息公开申请？", 2021, "year_not_indexed", None, None),
    ("year-not-indexed", "上海市科委2023年行政许可决定数量", 2023, "year_not_indexed", None, None),
    ("year-not-indexed", "平潭综合实验区2015年主动公开文件数是多少？", 2015, "year_not_indexed", None, "2015 report exists in the archive but is not in the corpus; 2016 cumulative minus 2014 cumulative minus 2016 would imply 2949, but no report states it"),
    ("year-not-indexed", "平潭2017年主动公开了多少条政府信息", 2017, "year_not_indexed", None, None),
    ("year-not-indexed", "沭阳县政府2024年行政事业性收费金额多少？", 2024, "year_not_indexed", None, None),
    ("year-not-indexed", "洪泽区2024年新收政府信息公开申请几件", 2024, "year_not_indexed", None, None),
    ("year-not-indexed", "沭阳县发改局2022年收到几件依申请公开？", 2022, "year_not_indexed", None, None),
    ("chinese-numeral-year", "平潭综合实验区二〇一〇年政府信息公开年报里主动公开了多少条？", 2010, "year_not_indexed", None, None),
    ("no-such-figure", "虹口区2021年政务公开工作经费预算多少万元？", 2021, "no_such_figure", "hongkou-district_2021", None),
    ("no-such-figure", "淮安市2024年从事政府信息公开的专职工作人员有几个", 2024, "no_such_figure", "huaian-city_2024", None),
    ("no-such-figure", "平潭综合实验区2023年政府网站的访问量是多少？", 2023, "no_such_figure", "pingtan_2023", "2023 report states no visit count"),
    ("no-such-figure", "上海市科委2024年依申请公开平均多少个工作日答复？", 2024, "no_such_figure", "shanghai-stcsm_2024", None),
    ("no-such-figure", "沭阳县2025年政务公开群众满意度是百分之多少", 2025, "no_such_figure", "shuyang-county_2025", "mentions 满意度 but gives no figure"),
    ("no-such-figure", "上海市政府办公厅2025年的信息公开申请人里外省市的有多少？", 2025, "no_such_figure", "shanghai-municipal-office_2025", None),
    ("other-format-row", "平潭2020年申请人逾期没交费、不再处理的申请有几件？", 2020, "not_in_this_format", "pingtan_2020", "2019 trial format: （六）其他处理 is a single row"),
    ("other-format-row", "上海市政府办公厅2019年行政规范性文件本年废止了几件", 2019, "not_in_this_format", "shanghai-municipal-office_2019", "2019 trial T2 has 新制作/新公开/对外公开总数, no 废止"),
    ("other-format-row", "淮安市2024年政府集中采购总金额是多少？", 2024, "not_in_this_format", "huaian-city_2024", "（九）政府集中采购 only in the 2019 trial format"),
    ("other-format-row", "平潭2018年不予公开的申请里属于过程性信息的有几件", 2018, "not_in_this_format", "pingtan_2018", "pre-2019 统计表 has no such row"),
    ("other-format-row", "虹口区2021年主动公开信息历年累计多少条？", 2021, "not_in_this_format", "hongkou-district_2021", "历年累计 only in pre-2019 统计表"),
    ("other-format-row", "平潭综合实验区2023年“其他对外管理服务事项”处理决定数量是多少", 2023, "not_in_this_format", "pingtan_2023", "row only in the 2019 trial T2"),
    ("printed-as-one-row", "洪泽区2023年申请人逾期未按收费通知缴费、不再处理的有几件？", 2023, "not_in_this_format", "hongze-district_2023",
     "this report prints （六）其他处理 as one row without the three 2021 sub-rows; the sub-row is not given"),
]

# ---------------------------------------------------------------- ambiguous items
# (class, question, year_or_None, note)
AMBIG = [
    ("no-body", "2023年收到的政府信息公开申请一共多少件？", 2023, "2023: 洪泽区, 沭阳县发改局, 平潭综合实验区"),
    ("two-bodies-same-name", "平潭2012年主动公开了多少条政府信息？", 2012, "平潭综合实验区 (739 in table) vs 平潭县人民政府 (2026)"),
    ("two-bodies-same-name", "平潭2013年受理依申请公开信息总数是多少？", 2013, "实验区 0 vs 县政府 7"),
    ("no-year", "上海市政府办公厅因信息公开被申请行政复议一共多少件？", None, "2019 and 2025 reports"),
    ("no-body", "2024年行政诉讼总共有几件？", 2024, "淮安市, 上海市科委, 平潭综合实验区 2024"),
    ("no-year", "平潭县政府主动公开信息数是多少条？", None, "平潭县人民政府 2011/2012/2013"),
]

# ---------------------------------------------------------------- follow-ups
# turn: dict(kind=cell|derived|unanswerable, question, report, year?, ...)
def tc(q, report, table, row, col):
    return {"kind": "cell", "question": q, "report": report, "table": table, "row": row, "column": col}


def td(q, report, op, refs, unit="件", decimals=None):
    return {"kind": "derived", "question": q, "report": report, "op": op, "refs": refs, "unit": unit, "decimals": decimals}


def tu(q, year, reason, report=None):
    return {"kind": "unanswerable", "question": q, "report": report, "year": year, "reason": reason}


FOLLOW = [
    ("column-change", [
        tc("淮安市2024年新收了多少件信息公开申请？", "huaian-city_2024", "T3", "new_received", "total"),
        tc("其中自然人多少？", "huaian-city_2024", "T3", "new_received", "natural_person"),
        td("法人和其他组织那几类加起来呢", "huaian-city_2024", "sum", [("T3", "new_received", c) for c in ORGS]),
    ]),
    ("year-then-block", [
        tc("平潭综合实验区2022年行政复议总计几件？", "pingtan_2022", "T4", "cases", "review.total"),
        tc("那2023年呢？", "pingtan_2023", "T4", "cases", "review.total"),
        tc("直接起诉的行政诉讼呢", "pingtan_2023", "T4", "cases", "litigation_direct.total"),
    ]),
    ("row-change", [
        tc("虹口区2021年新收申请多少件", "hongkou-district_2021", "T3", "new_received", "total"),
        tc("上年结转的呢？", "hongkou-district_2021", "T3", "carried_over_from_last_year", "total"),
        tc("办结总计是多少", "hongkou-district_2021", "T3", "results_total", "total"),
    ]),
    ("after-unanswerable", [
        tc("上海市科委2024年行政复议有几件？", "shanghai-stcsm_2024", "T4", "cases", "review.total"),
        tu("那2023年呢", 2023, "year_not_indexed"),
        td("还是回到2024年吧，行政诉讼（两类加起来）几件？", "shanghai-stcsm_2024", "sum",
           [("T4", "cases", "litigation_direct.total"), ("T4", "cases", "litigation_after_review.total")]),
    ]),
    ("column-change", [
        tc("沭阳县2025年行政复议总计多少件？", "shuyang-county_2025", "T4", "cases", "review.total"),
        tc("纠正了几件", "shuyang-county_2025", "T4", "cases", "review.corrected"),
        tc("复议后起诉的呢？", "shuyang-county_2025", "T4", "cases", "litigation_after_review.total"),
    ]),
    ("body-change", [
        tc("洪泽区2023年新收信息公开申请几件？", "hongze-district_2023", "T3", "new_received", "total"),
        tc("其中部分公开的有几件", "hongze-district_2023", "T3", "partially_granted", "total"),
        tc("那淮安市2024年部分公开的呢？", "huaian-city_2024", "T3", "partially_granted", "total"),
    ]),
    ("year-then-column", [
        tc("上海市政府办公厅2025年新收申请多少件", "shanghai-municipal-office_2025", "T3", "new_received", "total"),
        tc("2019年呢？", "shanghai-municipal-office_2019", "T3", "new_received", "total"),
        tc("其中自然人多少", "shanghai-municipal-office_2019", "T3", "new_received", "natural_person"),
    ]),
    ("row-then-year", [
        tc("平潭2024年行政许可决定多少件？", "pingtan_2024", "T2", "administrative_licensing", "decisions"),
        tc("行政处罚呢", "pingtan_2024", "T2", "administrative_penalty", "decisions"),
        tc("2025年的呢？", "pingtan_2025", "T2", "administrative_penalty", "decisions"),
    ]),
    ("pre2019-year-then-row", [
        tc("平潭县2012年受理依申请公开信息总数多少条？", "pingtan-county_2012", "stats", "requests_total", "this_year"),
        tc("2013年呢", "pingtan-county_2013", "stats", "requests_total", "this_year"),
        tc("对申请的答复数呢？", "pingtan-county_2013", "stats", "replies_total", "this_year"),
    ]),
    ("body-change-to-unindexed", [
        tc("沭阳县发改局2023年行政复议几件？", "shuyang-fgj_2023", "T4", "cases", "review.total"),
        tu("沭阳县教育局同一年的呢", 2023, "body_not_indexed"),
    ]),
    ("column-change", [
        tc("平潭2021年法人或其他组织里“其他”类新申请几件？", "pingtan_2021", "T3", "new_received", "other_org"),
        tc("社会公益组织呢", "pingtan_2021", "T3", "new_received", "social_welfare_org"),
        tc("自然人的呢？", "pingtan_2021", "T3", "new_received", "natural_person"),
    ]),
    ("pre2019-column-then-year", [
        tc("平潭综合实验区2018年主动公开文件数多少条", "pingtan_2018", "stats", "proactive_total", "this_year"),
        tc("历年累计呢？", "pingtan_2018", "stats", "proactive_total", "cumulative"),
        tu("2017年的呢", 2017, "year_not_indexed"),
    ]),
    ("column-change", [
        tc("淮安市2024年行政复议结果维持几件？", "huaian-city_2024", "T4", "cases", "review.maintained"),
        tc("结果纠正的呢", "huaian-city_2024", "T4", "cases", "review.corrected"),
        tc("其他结果呢？", "huaian-city_2024", "T4", "cases", "review.other_result"),
    ]),
    ("row-change", [
        tc("上海市政府办公厅2025年因属于国家秘密不予公开的有几件？", "shanghai-municipal-office_2025", "T3", "denied_state_secret", "total"),
        tc("内部事务信息呢", "shanghai-municipal-office_2025", "T3", "denied_internal_affairs", "total"),
        tc("过程性信息呢？", "shanghai-municipal-office_2025", "T3", "denied_process_info", "total"),
    ]),
    ("row-then-year", [
        tc("平潭综合实验区2025年新收申请多少件", "pingtan_2025", "T3", "new_received", "total"),
        tc("结转下年度的呢？", "pingtan_2025", "T3", "carried_to_next_year", "total"),
        tc("2024年结转下年度的呢", "pingtan_2024", "T3", "carried_to_next_year", "total"),
    ]),
    ("after-unanswerable", [
        tu("上海市黄浦区2023年新收信息公开申请多少件？", 2023, "body_not_indexed"),
        tc("那虹口区2021年因危及“三安全一稳定”不予公开的有几件", "hongkou-district_2021", "T3", "denied_three_security_one_stability", "total"),
    ]),
    ("year-chain", [
        tc("平潭2019年新收政府信息公开申请几件？", "pingtan_2019", "T3", "new_received", "total"),
        tc("2020年呢", "pingtan_2020", "T3", "new_received", "total"),
        tc("2021年呢？", "pingtan_2021", "T3", "new_received", "total"),
    ]),
    ("row-then-column", [
        tc("沭阳县2025年信访举报投诉类不予处理的有几件？", "shuyang-county_2025", "T3", "not_processed_petition_complaint", "total"),
        tc("重复申请呢", "shuyang-county_2025", "T3", "not_processed_duplicate", "total"),
        tc("其中商业企业的呢？", "shuyang-county_2025", "T3", "not_processed_duplicate", "commercial_enterprise"),
    ]),
    ("t2-row-change", [
        tc("上海市科委2024年行政许可决定多少件", "shanghai-stcsm_2024", "T2", "administrative_licensing", "decisions"),
        tc("行政处罚呢？", "shanghai-stcsm_2024", "T2", "administrative_penalty", "decisions"),
        tc("收费金额呢", "shanghai-stcsm_2024", "T2", "administrative_fees", "fee_amount"),
    ]),
    ("body-change", [
        tc("淮安市2024年行政事业性收费金额是多少万元？", "huaian-city_2024", "T2", "administrative_fees", "fee_amount"),
        tc("洪泽区2023年的呢", "hongze-district_2023", "T2", "administrative_fees", "fee_amount"),
    ]),
    ("pre2019-year-then-row", [
        tc("平潭管委会2014年受理依申请公开信息总数几条？", "pingtan_2014", "stats", "requests_total", "this_year"),
        tc("2016年呢", "pingtan_2016", "stats", "requests_total", "this_year"),
        tc("行政复议数呢？", "pingtan_2016", "stats", "admin_review", "this_year"),
    ]),
    ("column-then-row", [
        tc("沭阳县2025年新收申请里商业企业提的有几件？", "shuyang-county_2025", "T3", "new_received", "commercial_enterprise"),
        tc("法律服务机构呢", "shuyang-county_2025", "T3", "new_received", "legal_service_org"),
        tc("那上年结转过来的自然人申请呢？", "shuyang-county_2025", "T3", "carried_over_from_last_year", "natural_person"),
    ]),
    ("pre2019-year-then-column", [
        tc("平潭综合实验区2016年主动公开文件数多少条？", "pingtan_2016", "stats", "proactive_total", "this_year"),
        tc("2018年呢", "pingtan_2018", "stats", "proactive_total", "this_year"),
        tc("历年累计呢？", "pingtan_2018", "stats", "proactive_total", "cumulative"),
    ]),
    ("year-then-row", [
        tc("上海市政府办公厅2019年新收申请里商业企业的有几件？", "shanghai-municipal-office_2019", "T3", "new_received", "commercial_enterprise"),
        tc("2025年呢", "shanghai-municipal-office_2025", "T3", "new_received", "commercial_enterprise"),
        tc("上年结转过来的商业企业申请呢？", "shanghai-municipal-office_2025", "T3", "carried_over_from_last_year", "commercial_enterprise"),
    ]),
    ("format-change-unanswerable", [
        tc("上海市政府办公厅2019年政府集中采购总金额是多少元？", "shanghai-municipal-office_2019", "T2", "centralized_procurement", "procurement_amount"),
        tu("2025年呢", 2025, "not_in_this_format", "shanghai-municipal-office_2025"),
    ]),
]

# ---------------------------------------------------------------- paraphrase groups (5 each)
# (group, report, spec, [(class, question) x5]); spec = ("cell", table,row,col) or ("derived", op, refs, unit, decimals)
PARA = [
    ("g01", "huaian-city_2024", ("cell", "T3", "new_received", "total"), [
        ("fullwidth-digits", "淮安市２０２４年新收政府信息公开申请多少件？"),
        ("chinese-numeral-year", "淮安市二〇二四年一共新收到几件信息公开申请"),
        ("keyword-only", "淮安 2024 新收申请 总数"),
        ("irrelevant-clause-first", "我在写一篇关于苏北政务公开的论文，想问淮安市2024年新收的政府信息公开申请有多少件？"),
        ("typo", "淮按市2024年新收政府信息公开申请数量"),
    ]),
    ("g02", "pingtan_2023", ("cell", "T3", "unable_not_held", "total"), [
        ("plain", "平潭综合实验区2023年因为本机关不掌握信息、无法提供的有几件？"),
        ("fullwidth-digits", "平潭２０２３年 不掌握相关政府信息 几件"),
        ("chinese-numeral-year", "平潭实验区二零二三年说没有掌握这个信息的申请有多少"),
        ("year-at-end", "平潭综合实验区本机关不掌握相关政府信息的件数，2023"),
        ("typo", "平谭综合实验区2023年本机关不掌握相关政府信息的有几件"),
    ]),
    ("g03", "shanghai-municipal-office_2025", ("cell", "T4", "cases", "review.total"), [
        ("plain", "上海市政府办公厅2025年政府信息公开行政复议总计多少件？"),
        ("short-body", "上海市府办2025被申请行政复议几件"),
        ("fullwidth-digits", "上海市人民政府办公厅２０２５年行政复议总数"),
        ("irrelevant-clause-first", "听说上海这两年依申请公开量涨得很快，那上海市政府办公厅2025年因信息公开被申请复议的一共几件？"),
        ("year-without-nian", "上海市政府办公厅 2025 行政复议 总计"),
    ]),
    ("g04", "hongkou-district_2021", ("cell", "T3", "unable_not_held", "total"), [
        ("plain", "虹口区2021年因本机关不掌握相关政府信息而无法提供的有几件？"),
        ("chinese-numeral-year", "上海市虹口区二〇二一年不掌握信息无法提供的申请数"),
        ("colloquial-row", "虹口2021年说“我们这儿没有这个信息”的申请有多少件"),
        ("keyword-only", "虹口区 2021 本机关不掌握"),
        ("typo", "虹囗区2021年本机关不掌握相关政府信息的件数"),
    ]),
    ("g05", "shuyang-county_2025", ("cell", "T3", "new_received", "total"), [
        ("plain", "沭阳县2025年本年新收政府信息公开申请多少件？"),
        ("ocr-typo-name", "沐阳县2025年新收的信息公开申请有多少"),
        ("fullwidth-digits", "沭阳县政府２０２５年新收申请数量"),
        ("chinese-numeral-year", "宿迁沭阳县二零二五年新收了几件政府信息公开申请"),
        ("irrelevant-clause-first", "我上个月在沭阳申请过一次信息公开，顺便问下沭阳县2025年全县新收的申请一共多少件？"),
    ]),
    ("g06", "pingtan_2022", ("cell", "T2", "administrative_penalty", "decisions"), [
        ("plain", "平潭综合实验区2022年行政处罚决定有多少件？"),
        ("year-short", "平潭22年行政处罚处理决定数量"),
        ("fullwidth-digits", "平潭实验区２０２２年 行政处罚 决定数"),
        ("chinese-numeral-year", "平潭二〇二二年作出了多少个行政处罚决定"),
        ("typo", "平潭综合实验区2022年行政外罚决定数量"),
    ]),
    ("g07", "shanghai-stcsm_2024", ("cell", "T3", "granted", "total"), [
        ("plain", "上海市科委2024年予以公开的申请有几件？"),
        ("full-name", "上海市科学技术委员会2024年答复予以公开的申请数"),
        ("colloquial-row", "市科委2024年痛快给公开的申请有多少件"),
        ("fullwidth-digits", "上海科委２０２４ 予以公开 总计"),
        ("typo", "上海市科季2024年予以公开多少件"),
    ]),
    ("g08", "hongze-district_2023", ("cell", "T2", "administrative_licensing", "decisions"), [
        ("plain", "洪泽区2023年行政许可处理决定数量是多少？"),
        ("city-run-into-name", "淮安洪泽区2023年的行政许可决定有多少件"),
        ("chinese-numeral-year", "洪泽区政府二〇二三年行政许可决定几件"),
        ("keyword-only", "洪泽 2023 行政许可"),
        ("irrelevant-clause-first", "最近在比较江苏几个区县的审批效率，洪泽区2023年行政许可一共做了多少个处理决定？"),
    ]),
    ("g09", "pingtan_2024", ("cell", "T4", "cases", "review.total"), [
        ("plain", "平潭综合实验区2024年政府信息公开行政复议一共几件？"),
        ("fullwidth-digits", "平潭２０２４年行政复议总计"),
        ("colloquial-row", "平潭2024年因为信息公开被人告到复议机关的有几件"),
        ("year-at-end", "平潭实验区行政复议总数 2024年"),
        ("typo", "平潭综合实验区2024年行政复义总计多少件"),
    ]),
    ("g10", "pingtan_2021", ("cell", "T3", "new_received", "natural_person"), [
        ("plain", "平潭综合实验区2021年新收申请中自然人提出的有多少件？"),
        ("colloquial-row", "平潭2021年普通老百姓个人申请了几件信息公开"),
        ("chinese-numeral-year", "平潭二〇二一年自然人新申请数"),
        ("keyword-only", "平潭 2021 自然人 新收"),
        ("irrelevant-clause-first", "平潭这几年旅游发展挺快，不过我想问的是平潭综合实验区2021年自然人新提的信息公开申请有几件？"),
    ]),
    ("g11", "huaian-city_2024", ("derived", "sum", rows(NOTPROC), "件", None), [
        ("plain", "淮安市2024年不予处理的申请（五种情形合计）一共多少件？"),
        ("fullwidth-digits", "淮安市２０２４年不予处理合计几件"),
        ("colloquial-row", "淮安2024年没受理处理、直接不予处理的申请加起来多少件"),
        ("chinese-numeral-year", "淮安市二零二四年不予处理的五类加总是多少"),
        ("typo", "淮安市2024年不予处里的申请合计多少件"),
    ]),
    ("g12", "pingtan-county_2013", ("cell", "stats", "requests_total", "this_year"), [
        ("plain", "平潭县人民政府2013年受理依申请公开信息总数是多少？"),
        ("short-body", "平潭县政府2013年收到几条信息公开申请"),
        ("chinese-numeral-year", "平潭县二〇一三年受理的依申请公开总数"),
        ("fullwidth-digits", "平潭县２０１３年 受理依申请公开信息总数"),
        ("typo", "平谭县2013年受理依申请公开信息总数"),
    ]),
    ("g13", "pingtan_2016", ("cell", "stats", "proactive_total", "this_year"), [
        ("plain", "平潭综合实验区2016年主动公开文件数是多少条？"),
        ("chinese-numeral-year", "平潭实验区二〇一六年主动公开了多少条政府信息（统计表）"),
        ("year-at-end", "平潭主动公开文件数，2016年度"),
        ("fullwidth-digits", "平潭综合实验区２０１６年统计表主动公开文件数"),
        ("irrelevant-clause-first", "我在整理福建各地十年前的政务公开数据，平潭综合实验区2016年统计表里主动公开文件数是多少？"),
    ]),
    ("g14", "shanghai-municipal-office_2019", ("cell", "T3", "results_total", "total"), [
        ("plain", "上海市政府办公厅2019年办理结果总计是多少件？"),
        ("colloquial-row", "上海市府办2019年一共办结答复了多少件申请"),
        ("chinese-numeral-year", "上海市人民政府办公厅二〇一九年本年度办理结果总计"),
        ("fullwidth-digits", "上海市政府办公厅２０１９ 办理结果 总计"),
        ("typo", "上海市政府办工厅2019年办理结果总计多少"),
    ]),
    ("g15", "shuyang-fgj_2023", ("cell", "T2", "normative_documents", "issued"), [
        ("plain", "沭阳县发展和改革局2023年本年制发了几件规范性文件？"),
        ("dept-short-name", "沭阳发改局2023年新发的规范性文件有几件"),
        ("chinese-numeral-year", "沭阳县发改局二〇二三年规范性文件制发件数"),
        ("keyword-only", "沭阳县发改局 2023 规范性文件 本年制发"),
        ("typo", "沭阳县发该局2023年制发规范性文件多少件"),
    ]),
    ("g16", "pingtan_2025", ("derived", "sum", rows(["granted", "partially_granted"]), "件", None), [
        ("plain", "平潭综合实验区2025年予以公开和部分公开合计多少件？"),
        ("colloquial-row", "平潭2025年全部或者部分给公开了的申请一共几件"),
        ("fullwidth-digits", "平潭２０２５年予以公开加部分公开"),
        ("chinese-numeral-year", "平潭实验区二〇二五年予以公开及部分公开共几件"),
        ("irrelevant-clause-first", "想了解一下申请信息公开的成功率，平潭综合实验区2025年予以公开和部分公开的加起来是多少件？"),
    ]),
]
