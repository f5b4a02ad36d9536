# -*- coding: utf-8 -*-
"""Blind question set set2-a: questions with references only (no typed expected numbers).

A cell reference is a tuple (report_stem, table, row, column); build.py and check.py
look every value up in /work/blind/gold/<report_stem>.json.
Derived expressions:
  ("sum", [ref, ...])            sum of the cells
  ("diff", ref_a, ref_b)         a - b
  ("share", ref_a, ref_b)        100 * a / b  (item gives "decimals")
  ("sumdiv", [refs], ref_b)      100 * sum(refs) / b
  ("max", [ref, ...])            largest of the cells (ranking; note names the winner)
"""

HK = "hongkou-district_2021"
HA = "huaian-city_2024"
SY = "shuyang-county_2025"
SO19 = "shanghai-municipal-office_2019"
SO25 = "shanghai-municipal-office_2025"
KW = "shanghai-stcsm_2024"
FGJ = "shuyang-fgj_2023"
HZ = "hongze-district_2023"
P11, P12, P13, P14, P16, P18 = ("pingtan_2011", "pingtan_2012", "pingtan_2013",
                                "pingtan_2014", "pingtan_2016", "pingtan_2018")
PC11, PC12, PC13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"

YEAR = {HK: 2021, HA: 2024, SY: 2025, SO19: 2019, SO25: 2025, KW: 2024, FGJ: 2023, HZ: 2023,
        P11: 2011, P12: 2012, P13: 2013, P14: 2014, P16: 2016, P18: 2018,
        PC11: 2011, PC12: 2012, PC13: 2013}

APPL = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
        "legal_service_org", "other_org"]
ORGS = APPL[1:]
DENIED = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
          "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
          "denied_enforcement_case_file", "denied_admin_query"]


def c(rep, table, row, col):
    return (rep, table, row, col)


def t3(rep, row, col="total"):
    return (rep, "T3", row, col)


def t4(rep, col):
    return (rep, "T4", "cases", col)


def st(rep, row, col="this_year"):
    return (rep, "stats", row, col)


# ---------------------------------------------------------------- cell items
CELL = [
    # 虹口区 2021
    (HK, "商业企业", "虹口区2021年收到的政府信息公开申请里，商业企业提的有几件？", t3(HK, "new_received", "commercial_enterprise")),
    (HK, "colloquial-row", "上海虹口区政府2021年因为“属于行政查询事项”没给公开的申请有多少？", t3(HK, "denied_admin_query")),
    (HK, "keyword-only", "虹口 2021 行政复议 结果维持", t4(HK, "review.maintained")),
    (HK, "T4-after-review", "2021年虹口区有几起信息公开案子是先复议、后来又告到法院，结果被维持的？", t4(HK, "litigation_after_review.maintained")),
    (HK, "T2", "虹口区人民政府2021年行政强制的处理决定数量是多少", c(HK, "T2", "administrative_coercion", "decisions")),
    # 淮安市 2024
    (HA, "legal-service-col", "淮安市政府2024年收到律所这类法律服务机构提交的信息公开申请多少件？", t3(HA, "new_received", "legal_service_org")),
    (HA, "colloquial-row", "淮安2024年年报里，申请人没按收费通知交钱、机关就不再处理的申请有几件？", t3(HA, "other_fee_unpaid_overdue")),
    (HA, "T2-big-number", "淮安市人民政府2024年行政处罚的处理决定一共多少个", c(HA, "T2", "administrative_penalty", "decisions")),
    (HA, "keyword-only", "淮安市2024 信息公开 行政复议 其他结果", t4(HA, "review.other_result")),
    (HA, "T4-direct", "2024年淮安市没经过复议、直接去法院起诉的信息公开官司，结果被纠正的有几件？", t4(HA, "litigation_direct.corrected")),
    (HA, "denied-process", "淮安市2024年以“四类过程性信息”为由不予公开的有多少件", t3(HA, "denied_process_info")),
    (HA, "other-org-col", "淮安市政府2024年新收申请里，申请人类别是“其他”组织的有多少件？", t3(HA, "new_received", "other_org")),
    # 沭阳县 2025
    (SY, "T2-big-number", "沭阳县2025年行政许可处理决定有多少个？", c(SY, "T2", "administrative_licensing", "decisions")),
    (SY, "staff-exact", "沭阳县人民政府2025年年报表三“本机关不掌握相关政府信息”一行的总计数", t3(SY, "unable_not_held")),
    (SY, "T4-pending", "沭阳县2025年信息公开方面的行政复议还有几件没审完", t4(SY, "review.pending")),
    (SY, "denied-internal", "沭阳县政府2025年因为属于三类内部事务信息不予公开的有多少", t3(SY, "denied_internal_affairs")),
    (SY, "legal-service-col", "沭阳2025年法律服务机构提的申请中部分公开的有几件", t3(SY, "partially_granted", "legal_service_org")),
    (SY, "ocr-typo-name", "沐阳县2025年行政事业性收费金额是多少万元", c(SY, "T2", "administrative_fees", "fee_amount")),
    # 上海市人民政府办公厅 2019
    (SO19, "natural-person-col", "上海市政府办公厅2019年新收的申请中自然人提的有多少件", t3(SO19, "new_received", "natural_person")),
    (SO19, "2019-format-T2", "2019年上海市人民政府办公厅政府集中采购的项目数量是多少", c(SO19, "T2", "centralized_procurement", "procurement_items")),
    (SO19, "short-office-name", "上海市府办公厅2019年被直接起诉（没经过复议）的行政诉讼总共几件", t4(SO19, "litigation_direct.total")),
    (SO19, "2019-format-T2", "上海市政府办公厅2019年规章的对外公开总数量", c(SO19, "T2", "regulations", "total_published")),
    (SO19, "keyword-only", "2019 上海 市政府办公厅 信访举报投诉类申请 自然人", t3(SO19, "not_processed_petition_complaint", "natural_person")),
    # 上海市人民政府办公厅 2025
    (SO25, "colloquial-row", "上海市政府办公厅2025年因为没有现成信息、需要另外制作而没法提供的申请一共多少件", t3(SO25, "unable_needs_creation")),
    (SO25, "other-processing-subrow", "2025年上海市人民政府办公厅因申请人逾期不补正而不再处理的申请有几件？", t3(SO25, "other_no_correction_overdue")),
    (SO25, "short-office-name", "上海市府办2025年复议后又起诉的行政诉讼总数是多少", t4(SO25, "litigation_after_review.total")),
    (SO25, "legal-service-col", "上海市政府办公厅2025年从上一年结转过来的申请中，法律服务机构的有几件？", t3(SO25, "carried_over_from_last_year", "legal_service_org")),
    (SO25, "commercial-col", "上海市政府办公厅2025年新收申请中企业提交的（商业企业）有多少件", t3(SO25, "new_received", "commercial_enterprise")),
    # 上海市科委 2024
    (KW, "short-dept-name", "上海市科委2024年行政许可处理决定数", c(KW, "T2", "administrative_licensing", "decisions")),
    (KW, "short-dept-name", "市科委2024年新收的政府信息公开申请一共多少件", t3(KW, "new_received")),
    (KW, "full-dept-name", "上海市科学技术委员会2024年有多少申请因申请人无正当理由逾期不补正而不再处理？", t3(KW, "other_no_correction_overdue")),
    (KW, "keyword-only", "科委 2024 行政规范性文件 现行有效", c(KW, "T2", "normative_documents", "valid")),
    # 沭阳县发改局 2023
    (FGJ, "short-dept-name", "沭阳县发改局2023年行政规范性文件制发了几件", c(FGJ, "T2", "normative_documents", "issued")),
    (FGJ, "full-dept-name", "沭阳县发展和改革局2023年的信息公开申请里予以公开的有多少件", t3(FGJ, "granted")),
    (FGJ, "T4-pending", "沭阳县发改局2023年行政复议还没审结的有几件", t4(FGJ, "review.pending")),
    # 洪泽区 2023
    (HZ, "T2", "洪泽区2023年行政处罚决定数量是多少", c(HZ, "T2", "administrative_penalty", "decisions")),
    (HZ, "city-run-into-name", "淮安市洪泽区人民政府2023年行政事业性收费金额多少万元", c(HZ, "T2", "administrative_fees", "fee_amount")),
    (HZ, "colloquial-row", "洪泽区政府2023年因为本机关手里没有这些信息而无法提供的申请有几件", t3(HZ, "unable_not_held")),
    (HZ, "T4-corrected", "洪泽区2023年政府信息公开行政复议中结果被纠正的有几件", t4(HZ, "review.corrected")),
    (HZ, "keyword-only", "洪泽 2023 行政规范性文件 废止", c(HZ, "T2", "normative_documents", "repealed")),
    # pre-2019
    (P11, "pre2019-stats", "平潭综合实验区2011年统计表里通过政府公报公开了多少条信息", st(P11, "proactive_gazette")),
    (P12, "pre2019-cumulative", "平潭综合实验区管委会2012年统计表中主动公开信息数的历年累计是多少", st(P12, "proactive_total", "cumulative")),
    (P14, "pre2019-stats", "平潭综合实验区2014年通过信函、传真方式提出的信息公开申请有几条", st(P14, "req_letter_fax")),
    (P16, "short-body-name", "平潭实验区2016年主动公开文件数", st(P16, "proactive_total")),
    (P18, "pre2019-cumulative", "平潭综合实验区2018年政府网站公开数历年累计是多少", st(P18, "proactive_website", "cumulative")),
    (PC12, "pre2019-stats", "平潭县2012年当面跑来提出信息公开申请的有多少条", st(PC12, "req_in_person")),
    (PC13, "staff-exact", "平潭县人民政府2013年统计表“电子邮件申请数”本年度数值", st(PC13, "req_email")),
    (PC11, "pre2019-stats", "平潭县2011年网站公开的信息有多少条", st(PC11, "proactive_website")),
    (P13, "pre2019-stats", "平潭综合实验区2013年统计表里“受理依申请公开信息总数”是多少", st(P13, "requests_total")),
    (PC12, "colloquial-row", "平潭县政府2012年拒绝公开（否决公开）的答复有几条", st(PC12, "reply_refused")),
    (PC11, "pre2019-cumulative", "平潭县人民政府2011年主动公开信息数历年累计多少条", st(PC11, "proactive_total", "cumulative")),
    (PC11, "pre2019-stats", "平潭县2011年行政申诉数是多少", st(PC11, "admin_appeal")),
    (PC13, "colloquial-row", "平潭县2013年只同意公开一部分的答复有几条", st(PC13, "reply_partial")),
    (P11, "pre2019-stats", "平潭综合实验区2011年受理了多少条依申请公开信息", st(P11, "requests_total")),
    (P11, "pre2019-cumulative", "平潭综合实验区管委会2011年网站公开的历年累计数", st(P11, "proactive_website", "cumulative")),
    (P12, "pre2019-table-vs-prose", "平潭综合实验区2012年政府信息公开情况统计表中，主动公开信息数本年度填的是多少", st(P12, "proactive_total")),
    (P12, "pre2019-stats", "平潭实验区2012年行政申诉、举报数有几件", st(P12, "admin_appeal_report")),
    (P12, "pre2019-stats", "平潭综合实验区2012年网上申请数", st(P12, "req_online")),
    (P13, "pre2019-stats", "平潭综合实验区2013年网上提交的信息公开申请有几条", st(P13, "req_online")),
    (P14, "pre2019-stats", "平潭综合实验区2014年同意公开的答复有几条", st(P14, "reply_full")),
    (P14, "pre2019-fee-row", "平潭综合实验区管委会2014年政府信息公开收费减免金额是多少元", st(P14, "fee_waiver_amount")),
    (P18, "pre2019-odd-label", "平潭综合实验区2018年统计表里“接受行政诉讼、举报数”是多少", st(P18, "litigation_report")),
]

# ---------------------------------------------------------------- derived items
# (report, class, question, expr, unit, decimals or None, note or None)
DERIVED = [
    (HA, "sum-enumerated", "淮安市2024年不予公开的申请总共多少件？把国家秘密、其他法律禁止、三安全一稳定、第三方权益、内部事务、过程性信息、执法案卷、行政查询这八种加起来",
     ("sum", [t3(HA, r) for r in DENIED]), "件", None, None),
    (HA, "share", "淮安市政府2024年办结的申请里予以公开的占比是多少？（予以公开÷办理结果总计，百分比保留两位小数）",
     ("share", t3(HA, "granted"), t3(HA, "results_total")), "%", 2, None),
    (HA, "sum-T4", "淮安市2024年政府信息公开行政诉讼一共多少件（未经复议直接起诉加复议后起诉）",
     ("sum", [t4(HA, "litigation_direct.total"), t4(HA, "litigation_after_review.total")]), "件", None, None),
    (HA, "ranking", "淮安市2024年新收申请中，除了自然人，哪一类申请人提交得最多？有多少件？",
     ("max", [t3(HA, "new_received", k) for k in ORGS]), "件", None, "winner: legal_service_org (法律服务机构)"),
    (HK, "sum-enumerated", "虹口区2021年无法提供的申请一共几件（不掌握、需另行制作、补正后仍不明确三项合计）",
     ("sum", [t3(HK, r) for r in ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]]), "件", None, None),
    (HK, "share", "虹口区政府2021年新收申请中自然人占百分之多少？保留两位小数",
     ("share", t3(HK, "new_received", "natural_person"), t3(HK, "new_received")), "%", 2, None),
    (SY, "sum-orgs", "沭阳县2025年新收的申请里，法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）一共提了多少件？",
     ("sum", [t3(SY, "new_received", k) for k in ORGS]), "件", None, None),
    (SY, "rate", "沭阳县2025年行政复议的纠错率是多少？按结果纠正÷复议总计算，百分比保留两位小数",
     ("share", t4(SY, "review.corrected"), t4(SY, "review.total")), "%", 2, None),
    (SY, "sum-T4", "沭阳县政府2025年信息公开的复议和诉讼案件加起来一共多少件？（复议总计+直接起诉总计+复议后起诉总计）",
     ("sum", [t4(SY, "review.total"), t4(SY, "litigation_direct.total"), t4(SY, "litigation_after_review.total")]), "件", None, None),
    (SO25, "sum-new-carried", "上海市政府办公厅2025年新收的加上年结转的申请，一共需要办理多少件？",
     ("sum", [t3(SO25, "new_received"), t3(SO25, "carried_over_from_last_year")]), "件", None, None),
    (SO25, "cross-year-diff", "上海市人民政府办公厅2025年新收的信息公开申请比2019年多了多少件？",
     ("diff", t3(SO25, "new_received"), t3(SO19, "new_received")), "件", None, None),
    (SO19, "diff", "2019年上海市政府办公厅新收申请中，非自然人（法人或其他组织）的有多少件？用总计减去自然人算",
     ("diff", t3(SO19, "new_received"), t3(SO19, "new_received", "natural_person")), "件", None, None),
    (KW, "diff", "上海市科委2024年新收申请里，自然人比商业企业多几件？",
     ("diff", t3(KW, "new_received", "natural_person"), t3(KW, "new_received", "commercial_enterprise")), "件", None, None),
    (KW, "sum-enumerated", "市科委2024年“其他处理”一共几件（逾期不补正、逾期不缴费、其他三项之和）",
     ("sum", [t3(KW, r) for r in ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]]), "件", None, None),
    (HZ, "sum-enumerated", "洪泽区2023年不予公开的申请合计多少件（八种不予公开情形加总）",
     ("sum", [t3(HZ, r) for r in DENIED]), "件", None, None),
    (HZ, "sum-T2", "洪泽区2023年行政处罚和行政强制的处理决定加起来是多少",
     ("sum", [c(HZ, "T2", "administrative_penalty", "decisions"), c(HZ, "T2", "administrative_coercion", "decisions")]), "件", None, None),
    (FGJ, "share", "沭阳县发改局2023年依申请公开办理结果中，予以公开占办理总数的百分比是多少？",
     ("share", t3(FGJ, "granted"), t3(FGJ, "results_total")), "%", 1, None),
    (PC13, "yoy-change", "平潭县2013年主动公开信息数比2012年增加还是减少了？变化了多少条（2013减2012）",
     ("diff", st(PC13, "proactive_total"), st(PC12, "proactive_total")), "条", None, None),
    (P16, "yoy-change", "平潭综合实验区2016年主动公开文件数比2014年多了多少条？",
     ("diff", st(P16, "proactive_total"), st(P14, "proactive_total")), "条", None, None),
    (PC12, "share", "平潭县2012年受理的依申请公开中，当面申请占百分之几？保留两位小数",
     ("share", st(PC12, "req_in_person"), st(PC12, "requests_total")), "%", 2, None),
    (PC11, "share", "平潭县2011年主动公开的信息里通过网站公开的占多少百分比？保留两位小数",
     ("share", st(PC11, "proactive_website"), st(PC11, "proactive_total")), "%", 2, None),
    (PC13, "share", "平潭县2013年对申请的答复数占受理申请总数的比例是多少（百分比，两位小数）",
     ("share", st(PC13, "replies_total"), st(PC13, "requests_total")), "%", 2, None),
]

# ---------------------------------------------------------------- narrative items
NARR = [
    (HK, "contact-phone", "虹口区政府信息公开年报上留的联系电话是多少？", "联系电话：021—25658888"),
    (HK, "measure-count-prose", "虹口区2021年围绕重点领域开展了多少场政府开放活动", "全年开展30余场"),
    (HK, "fee-prose", "虹口区政府2021年收没收信息公开的信息处理费？", "区政府未收取政府信息公开信息处理费"),
    (HA, "contact-address", "淮安市政府办公室的地址在哪里？信息公开年报有疑问去哪问", "翔宇南道 1 号"),
    (HA, "fee-prose", "淮安市2024年一共收了多少政府信息公开信息处理费？", "全年收取政府信息公开信息处理费 3940 元"),
    (HA, "problem-named", "淮安市2024年报告里说政务公开存在什么主要问题？", "一是政策解读质量仍需提升"),
    (SY, "fee-prose", "沭阳县2025年信息处理费一共收了多少钱？", "收取信息处理费共计380元"),
    (SY, "measure-count-prose", "沭阳县2025年为防止超期答复发出了多少次催办提示？", "全年发出催办提示 84 次"),
    (SO19, "measure-count-prose", "上海市政府办公厅2019年通过中国上海门户网站发布了多少件政策解读？", "发布政策解读共132件"),
    (SO19, "problem-named", "2019年上海市政府办公厅年报提到的问题里，关于政府网站是怎么说的？", "政府网站集约化建设需持续推进"),
    (SO25, "measure-count-prose", "2025年上海市政府召开了多少场新闻发布会？", "召开市政府新闻发布会 42 场"),
    (KW, "platform-figure", "上海科技微信公众号关注人数有多少（市科委2024年报）", "关注人数达 1016823 人"),
    (KW, "improvement-measure", "市科委2024年针对机构改革后网站栏目不适应的问题开了什么专栏？", "“张江高新区”专栏已成功开设"),
    (FGJ, "contact-address", "沭阳县发改局的办公地址是哪里", "沭阳县沭城街道苏州东路42号"),
    (HZ, "contact-email", "洪泽区政府办公室信息公开的电子邮箱是什么", "hzzwgk@126.com"),
    (HZ, "proactive-prose", "洪泽区2023年在政府网站平台主动公开了多少条政府信息", "主动公开政府信息 1136 条"),
    (PC12, "visits-prose", "平潭县2012年政府信息公开专栏的访问量是多少？", "2012年政府信息公开专栏访问量达24745人次"),
    (P14, "fee-prose", "平潭综合实验区2014年依申请提供信息收费吗？", "依申请提供政府信息暂不收费"),
    (P18, "contact-address", "平潭综合实验区2018年年报的联系地址是哪里", "北厝镇金井湾片区管委会大楼主楼14层"),
    (P13, "review-prose", "平潭综合实验区2013年有没有收到信息公开方面的行政复议申请？", "收到1份有关政府信息公开行政复议申请已及时处理"),
    (PC11, "reading-points-prose", "平潭县2011年公众查阅点汇集了多少个单位的主动公开信息", "目前已汇集了60个单位的主动公开的政府信息"),
    (P16, "contact-phone", "平潭综合实验区2016年政府信息公开办的联系电话", "电话：23165327"),
    (P12, "visits-prose", "平潭综合实验区2012年信息公开专栏有多少人次访问", "2012年政府信息公开专栏访问量达72065人次"),
    (P13, "visits-prose", "平潭综合实验区2013年政府信息公开专栏访问量", "2013年政府信息公开专栏访问量达196022人次"),
    (P18, "visits-prose", "2018年平潭综合实验区信息公开专栏访问量达到多少", "2018年政府信息公开专栏访问量达108932人次"),
    (P11, "visits-prose", "平潭综合实验区2011年政府信息公开专栏访问量多少人次", "2011年政府信息公开专栏访问量达11460人次"),
]

# ---------------------------------------------------------------- unanswerable items
# (class, question, reason, report_or_None, year_or_None)
UNANS = [
    ("dept-of-indexed-district", "上海市虹口区卫生健康委员会2021年收到多少政府信息公开申请？", "body_not_indexed", None, 2021),
    ("neighbouring-district", "黄浦区政府2022年政府信息公开申请新收了多少件", "body_not_indexed", None, 2022),
    ("sibling-district-same-city", "淮安市淮阴区2024年信息公开行政复议有多少件", "body_not_indexed", None, 2024),
    ("dept-of-indexed-county", "沭阳县教育局2025年依申请公开办理了多少件", "body_not_indexed", None, 2025),
    ("parent-city-of-county", "宿迁市人民政府2024年收到的政府信息公开申请数是多少", "body_not_indexed", None, 2024),
    ("similar-name-body", "上海市科协2024年新收政府信息公开申请几件", "body_not_indexed", None, 2024),
    ("similar-name-body", "上海市发展改革委2023年行政许可处理决定数量", "body_not_indexed", None, 2023),
    ("dept-of-indexed-county", "福建平潭县公安局2012年依申请公开多少条", "body_not_indexed", None, 2012),
    ("year-not-indexed", "虹口区2022年政府信息公开年报中行政复议总数是多少", "year_not_indexed", None, 2022),
    ("year-not-indexed-trap", "淮安市政府2023年新收的政府信息公开申请有多少件", "year_not_indexed", None, 2023),
    ("year-not-indexed", "沭阳县发改局2024年行政规范性文件制发了几件", "year_not_indexed", None, 2024),
    ("year-not-indexed", "平潭综合实验区2015年主动公开文件数是多少", "year_not_indexed", None, 2015),
    ("year-not-indexed", "上海市科委2023年受理的信息公开申请数", "year_not_indexed", None, 2023),
    ("no-such-figure-budget", "虹口区政府2021年政务公开工作经费预算是多少万元", "no_such_figure", HK, 2021),
    ("no-such-figure-visits", "淮安市政府门户网站2024年的访问量是多少", "no_such_figure", HA, 2024),
    ("no-such-figure-staff", "洪泽区2023年专门负责政务公开的工作人员有几名", "no_such_figure", HZ, 2023),
    ("no-such-figure-followers", "沭阳县2025年政务新媒体的粉丝总数有多少", "no_such_figure", SY, 2025),
    ("other-format-row", "上海市政府办公厅2019年因申请人逾期未按收费通知缴费而不再处理的申请有几件", "not_in_this_format", SO19, 2019),
    ("other-format-row", "淮安市2024年政府集中采购项目数量和采购总金额分别是多少", "not_in_this_format", HA, 2024),
    ("other-format-row", "平潭综合实验区2016年法律服务机构提出的信息公开申请有几件", "not_in_this_format", P16, 2016),
    ("other-format-row", "虹口区2021年行政许可的上一年项目数量是多少", "not_in_this_format", HK, 2021),
    ("other-format-row-pre2019", "平潭综合实验区2012年信息公开行政复议结果被纠正的有几件", "not_in_this_format", P12, 2012),
]

# ---------------------------------------------------------------- ambiguous items
AMBIG = [
    ("two-bodies-same-place", "平潭2012年受理了多少件政府信息公开申请？", "pingtan_2012 (实验区: 0) vs pingtan-county_2012 (平潭县: 21)"),
    ("no-body", "2024年新收政府信息公开申请多少件？", "several 2024 reports (淮安市, 上海市科委, 平潭)"),
    ("two-bodies-no-year", "沭阳的行政复议总数是多少", "沭阳县人民政府 2025 and 沭阳县发改局 2023"),
    ("no-body-no-year", "行政诉讼结果纠正了几件", "no body and no year"),
]

# ---------------------------------------------------------------- follow-ups
# turn = (question, spec) where spec is ("cell", ref) | ("derived", expr, unit, decimals) |
#        ("unans", reason, report, year)
FOLLOW = [
    ("row-then-column", [
        ("虹口区政府2021年一共新收了多少件信息公开申请？", ("cell", t3(HK, "new_received"))),
        ("其中自然人多少？", ("cell", t3(HK, "new_received", "natural_person"))),
        ("商业企业呢", ("cell", t3(HK, "new_received", "commercial_enterprise"))),
    ]),
    ("T4-column-switch", [
        ("淮安市2024年政府信息公开行政复议一共多少件", ("cell", t4(HA, "review.total"))),
        ("纠正了几件？", ("cell", t4(HA, "review.corrected"))),
        ("那直接起诉的诉讼总数呢", ("cell", t4(HA, "litigation_direct.total"))),
    ]),
    ("year-switch-pre2019", [
        ("平潭县2012年受理依申请公开信息总数是多少？", ("cell", st(PC12, "requests_total"))),
        ("那2013年呢", ("cell", st(PC13, "requests_total"))),
        ("其中网上申请多少", ("cell", st(PC13, "req_online"))),
    ]),
    ("after-unanswerable-year", [
        ("沭阳县2025年因本机关不掌握信息无法提供的申请有多少件", ("cell", t3(SY, "unable_not_held"))),
        ("那2024年呢？", ("unans", "year_not_indexed", None, 2024)),
        ("好吧，那2025年的重复申请有几件", ("cell", t3(SY, "not_processed_duplicate"))),
    ]),
    ("body-year-switch", [
        ("上海市政府办公厅2025年新收申请一共多少件？", ("cell", t3(SO25, "new_received"))),
        ("2019年呢", ("cell", t3(SO19, "new_received"))),
        ("那年结转到下一年继续办的有多少", ("cell", t3(SO19, "carried_to_next_year"))),
    ]),
    ("after-unanswerable-year", [
        ("虹口区2022年信息公开行政复议有多少件？", ("unans", "year_not_indexed", None, 2022)),
        ("那2021年的复议总数呢", ("cell", t4(HK, "review.total"))),
        ("维持的有几件", ("cell", t4(HK, "review.maintained"))),
    ]),
    ("T2-row-switch", [
        ("上海市科委2024年行政许可处理决定数量是多少", ("cell", c(KW, "T2", "administrative_licensing", "decisions"))),
        ("行政规范性文件本年制发了几件？", ("cell", c(KW, "T2", "normative_documents", "issued"))),
    ]),
    ("body-switch-T2", [
        ("洪泽区2023年行政处罚决定有多少", ("cell", c(HZ, "T2", "administrative_penalty", "decisions"))),
        ("淮安市2024年的呢", ("cell", c(HA, "T2", "administrative_penalty", "decisions"))),
        ("行政强制呢", ("cell", c(HA, "T2", "administrative_coercion", "decisions"))),
    ]),
    ("table-switch", [
        ("沭阳县发改局2023年现行有效的规范性文件有几件", ("cell", c(FGJ, "T2", "normative_documents", "valid"))),
        ("复议那块呢，总共几件", ("cell", t4(FGJ, "review.total"))),
    ]),
    ("year-switch-pre2019", [
        ("平潭综合实验区2014年受理了几条依申请公开", ("cell", st(P14, "requests_total"))),
        ("2016年呢", ("cell", st(P16, "requests_total"))),
        ("2018年的主动公开文件数呢", ("cell", st(P18, "proactive_total"))),
    ]),
    ("column-switch-pre2019", [
        ("平潭综合实验区2011年主动公开信息数是多少？", ("cell", st(P11, "proactive_total"))),
        ("历年累计呢", ("cell", st(P11, "proactive_total", "cumulative"))),
    ]),
    ("after-unanswerable-body", [
        ("沭阳县财政局2025年收到多少件信息公开申请", ("unans", "body_not_indexed", None, 2025)),
        ("那沭阳县政府全县的呢", ("cell", t3(SY, "new_received"))),
        ("比去年结转过来的多多少", ("derived", ("diff", t3(SY, "new_received"), t3(SY, "carried_over_from_last_year")), "件", None)),
    ]),
    ("derived-followup", [
        ("上海市科委2024年无法提供的申请有几件？（不掌握、另行制作、补正后不明确加总）",
         ("derived", ("sum", [t3(KW, r) for r in ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]]), "件", None)),
        ("其中不掌握的几件", ("cell", t3(KW, "unable_not_held"))),
    ]),
    ("pre2019-row-switch", [
        ("平潭综合实验区2013年统计表里网站公开数本年度是多少", ("cell", st(P13, "proactive_website"))),
        ("对申请的答复总数呢", ("cell", st(P13, "replies_total"))),
    ]),
]

# ---------------------------------------------------------------- paraphrase groups (5 each)
# (group, ref_or_expr, kind, unit, decimals, [5 questions])
PARA = [
    ("hk-new-total", t3(HK, "new_received"), "cell", None, None, [
        "上海市虹口区人民政府2021年新收的政府信息公开申请有多少件？",
        "虹口区２０２１年新收信息公开申请数量是多少",
        "二〇二一年虹口区政府一共新收到多少件政府信息公开申请",
        "周末想去北外滩走走，先问个正事：虹口区政府2021新收的信息公开申请多少件？",
        "红口区2021年新收政府信息公开申请数",
    ]),
    ("hk-review-total", t4(HK, "review.total"), "cell", None, None, [
        "虹口区2021年因政府信息公开被申请行政复议的总数是多少？",
        "虹口 行政复议 总计 2021",
        "上海虹口区二零二一年信息公开行政复议一共几件",
        "虹口区政府２０２１年被申请行政复议多少件",
        "我在写论文顺便查数据，虹口区2021年信息公开方面的行政复义总共几件？",
    ]),
    ("ha-new-total", t3(HA, "new_received"), "cell", None, None, [
        "淮安市人民政府2024年新收政府信息公开申请多少件？",
        "淮安市２０２４年本年新收申请数量",
        "二〇二四年淮安市政府新收到的信息公开申请一共多少",
        "淮安市政府新收申请总数，2024",
        "最近在关注苏北的营商环境，顺便问下淮安市2024年新收的政府信息公开申清有多少件？",
    ]),
    ("ha-not-held", t3(HA, "unable_not_held"), "cell", None, None, [
        "淮安市2024年因本机关不掌握相关政府信息而无法提供的申请有多少件？",
        "淮安 2024 本机关不掌握 总计",
        "淮安市政府二零二四年有多少申请是因为政府手里根本没有这个信息而答复无法提供的",
        "淮安市２０２４年“本机关不掌握相关政府信息”多少件",
        "淮安市政府2024年本机关不掌握相关政府信自的件数",
    ]),
    ("ha-review-corrected", t4(HA, "review.corrected"), "cell", None, None, [
        "淮安市2024年政府信息公开行政复议结果纠正的有几件？",
        "淮安市政府２０２４年复议被纠错多少件",
        "二〇二四年淮安市信息公开复议里被纠正的案件数",
        "淮安市 复议 结果纠正 2024年",
        "淮安市2024年信息公开行政复意结果纠正多少件",
    ]),
    ("sy-new-natural", t3(SY, "new_received", "natural_person"), "cell", None, None, [
        "沭阳县人民政府2025年新收申请中自然人提交的有多少件？",
        "沭阳县２０２５年自然人新收申请数",
        "二〇二五年沭阳县老百姓个人新提交的信息公开申请有多少件",
        "沭阳 新收申请 自然人 2025",
        "沐阳县政府2025年自然人新收申请多少件",
    ]),
    ("sy-after-review-total", t4(SY, "litigation_after_review.total"), "cell", None, None, [
        "沭阳县2025年复议后起诉的行政诉讼总数是多少？",
        "沭阳县２０２５年先复议再起诉的信息公开诉讼有几件",
        "二零二五年沭阳县政府复议后起诉的案件合计",
        "沭阳县政府 复议后起诉 总计 2025年",
        "今年想去沭阳看花木，顺便问一句：沭阳县2025年复议后起诉的诉讼一共几件？",
    ]),
    ("sy-normative-issued", c(SY, "T2", "normative_documents", "issued"), "cell", None, None, [
        "沭阳县2025年本年制发的行政规范性文件有几件？",
        "沭阳县政府２０２５年制发了多少件行政规范性文件",
        "二〇二五年沭阳县发了几个行政规范性文件",
        "沭阳 行政规范性文件 本年制发 2025",
        "沭阳县2025年行政规范性文件本年制法件数",
    ]),
    ("so19-carried-next", t3(SO19, "carried_to_next_year"), "cell", None, None, [
        "上海市人民政府办公厅2019年结转下年度继续办理的申请有多少件？",
        "上海市政府办公厅２０１９年结转到下一年办理的申请数",
        "二〇一九年上海市府办公厅有多少件申请顺延到下一年答复",
        "上海市政府办公厅 结转下年度 2019",
        "上海市政府办公厅2019年结转下年度继续办里的有多少件",
    ]),
    ("so19-review-maintained", t4(SO19, "review.maintained"), "cell", None, None, [
        "上海市政府办公厅2019年行政复议结果维持的有几件？",
        "上海市人民政府办公厅２０１９年复议维持数",
        "二零一九年上海市府办信息公开复议被维持了几件",
        "市政府办公厅 上海 复议 结果维持 2019年",
        "我在做政务公开课题，想确认一下：上海市政府办公厅2019年行政复议结果维持的有几件？",
    ]),
    ("so25-not-held", t3(SO25, "unable_not_held"), "cell", None, None, [
        "上海市人民政府办公厅2025年因本机关不掌握而无法提供的申请有多少件？",
        "上海市政府办公厅２０２５年本机关不掌握相关政府信息的件数",
        "二〇二五年上海市府办有多少申请因为办公厅不掌握信息答复无法提供",
        "上海市政府办公厅 不掌握 2025",
        "上海市政府办公厅2025年本机关不掌握相关政府信息总计多少件",
    ]),
    ("so25-review-total", t4(SO25, "review.total"), "cell", None, None, [
        "上海市政府办公厅2025年政府信息公开行政复议总计多少件？",
        "上海市府办２０２５年信息公开复议总数",
        "二〇二五年上海市人民政府办公厅被申请行政复议多少件",
        "上海市政府办公厅 行政复议 总计 2025年",
        "上海市政府办公听2025年信息公开行政复议总计多少件",
    ]),
    ("so25-petition", t3(SO25, "not_processed_petition_complaint"), "cell", None, None, [
        "上海市政府办公厅2025年有多少申请属于信访举报投诉类而不予处理？",
        "上海市政府办公厅２０２５年信访举报投诉类申请数",
        "二零二五年上海市府办把多少件申请当成信访投诉没有处理",
        "市政府办公厅 信访举报投诉类申请 总计 2025年 上海",
        "之前写过一篇关于12345热线的稿子，想对比一下：上海市政府办公厅2025年信访举报投诉类申请有几件？",
    ]),
    ("kw-granted", t3(KW, "granted"), "cell", None, None, [
        "上海市科学技术委员会2024年予以公开的申请有几件？",
        "上海市科委２０２４年予以公开件数",
        "二〇二四年市科委同意公开的信息公开申请有多少件",
        "科委 予以公开 2024",
        "上海市科委2024年予以工开的申请总计几件",
    ]),
    ("kw-needs-creation", t3(KW, "unable_needs_creation"), "cell", None, None, [
        "上海市科委2024年因没有现成信息需要另行制作而无法提供的申请有几件？",
        "市科委２０２４年“没有现成信息需要另行制作”件数",
        "二零二四年上海科委有几件申请是因为要另外做材料才给不了的",
        "上海市科委 没有现成信息 另行制作 2024年",
        "我朋友申请过科委的资料没拿到，想问下上海市科委2024年没有现成信息需要另行制做的有几件？",
    ]),
    ("fgj-normative-valid", c(FGJ, "T2", "normative_documents", "valid"), "cell", None, None, [
        "沭阳县发展和改革局2023年现行有效的规范性文件有多少件？",
        "沭阳县发改局２０２３年现行有效规范性文件数",
        "二〇二三年沭阳发改局还在有效期内的规范性文件有几件",
        "沭阳县发改局 现行有效件数 2023",
        "沭阳县发该局2023年现行有效的规范性文件件数",
    ]),
    ("fgj-new-total", t3(FGJ, "new_received"), "cell", None, None, [
        "沭阳县发改局2023年新收政府信息公开申请多少件？",
        "沭阳县发展和改革局２０２３年新收申请总计",
        "二零二三年沭阳县发改局一共收到几件新的信息公开申请",
        "沭阳发改局 新收申请 2023年",
        "想了解一下县里项目审批的情况，先问：沭阳县发改局2023年新收的信息公开申请有几件？",
    ]),
    ("hz-licensing", c(HZ, "T2", "administrative_licensing", "decisions"), "cell", None, None, [
        "洪泽区人民政府2023年行政许可处理决定数量是多少？",
        "洪泽区２０２３年行政许可决定数",
        "二〇二三年淮安市洪泽区做出的行政许可决定有多少",
        "洪泽区 行政许可 2023",
        "洪择区2023年行政许可处理决定有多少",
    ]),
    ("hz-partial", t3(HZ, "partially_granted"), "cell", None, None, [
        "洪泽区2023年部分公开的申请有几件？",
        "洪泽区政府２０２３年部分公开数量",
        "二零二三年洪泽区只公开了一部分的信息公开申请有几件",
        "淮安洪泽区 部分公开 2023年",
        "洪泽湖大闸蟹很有名，不过我想问的是：洪泽区2023年部分公开的申请有几件？",
    ]),
    ("pc12-requests", st(PC12, "requests_total"), "cell", None, None, [
        "平潭县人民政府2012年受理依申请公开信息总数是多少？",
        "平潭县２０１２年受理依申请公开总数",
        "二〇一二年平潭县政府一共受理了多少条依申请公开",
        "平潭县 依申请公开 受理 2012",
        "平谭县2012年受理依申请公开信息总数",
    ]),
    ("pc13-proactive", st(PC13, "proactive_total"), "cell", None, None, [
        "平潭县2013年主动公开信息数是多少条？",
        "平潭县人民政府２０１３年主动公开信息数",
        "二零一三年平潭县政府主动公开了多少条信息（统计表本年度）",
        "平潭县 主动公开信息数 2013年",
        "平潭县2013年主动公开信息数（本年度数）是多少条？我在整理福建各县的资料",
    ]),
    ("p14-proactive-cum", st(P14, "proactive_total", "cumulative"), "cell", None, None, [
        "平潭综合实验区2014年统计表中主动公开文件数的历年累计是多少？",
        "平潭综合实验区２０１４年主动公开文件数历年累计",
        "二〇一四年平潭实验区主动公开文件历年累计有多少条",
        "平潭实验区 主动公开文件数 累计 2014",
        "平潭综合实验区管委会2014年主动公开文件数历年累积",
    ]),
    ("p18-proactive", st(P18, "proactive_total"), "cell", None, None, [
        "平潭综合实验区2018年主动公开文件数是多少？",
        "平潭综合实验区２０１８年主动公开文件数",
        "二零一八年平潭实验区主动公开了多少条文件",
        "平潭 主动公开文件数 2018年 本年度",
        "平潭综合实验区2018年主动公开文件数本年度是多少？我要做个历年对比表",
    ]),
    ("ha-new-plus-carried", ("sum", [t3(HA, "new_received"), t3(HA, "carried_over_from_last_year")]), "derived", "件", None, [
        "淮安市2024年新收申请加上年结转申请一共多少件？",
        "淮安市政府２０２４年新收和上年结转合计",
        "二〇二四年淮安市本年新收与上年结转的信息公开申请加起来有多少",
        "淮安 新收+结转 2024",
        "淮安市2024年新收申请和上年接转申请合计多少件",
    ]),
    ("sy-granted-plus-partial", ("sum", [t3(SY, "granted"), t3(SY, "partially_granted")]), "derived", "件", None, [
        "沭阳县2025年予以公开和部分公开的申请一共多少件？",
        "沭阳县政府２０２５年予以公开加部分公开合计",
        "二零二五年沭阳县全部或部分公开了的申请加起来有几件",
        "沭阳 予以公开+部分公开 2025年",
        "沭阳县2025年予以公开和部分公开和计多少件",
    ]),
]
