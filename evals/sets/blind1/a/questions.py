# -*- coding: utf-8 -*-
"""Blind question set set1-a: questions with REFERENCES only (no expected numbers typed here).

Refs: "T3.<row>.<col>" (cell of the item's report), or "<stem>:T3.<row>.<col>" (another report).
Derived expressions: ("sum", e1, e2, ...), ("sub", a, b), ("pct", num, den)  [num/den*100],
("max", e1, ...), where each e is a ref string or a nested tuple.
Narrative: the verbatim substring (a reference into the report text, checked by check.py).
"""
HK, HA, SYC, SH19, SH25, KW, FGJ, HZ = ("hongkou-district_2021", "huaian-city_2024", "shuyang-county_2025",
    "shanghai-municipal-office_2019", "shanghai-municipal-office_2025", "shanghai-stcsm_2024",
    "shuyang-fgj_2023", "hongze-district_2023")

def C(rep, q, ref, cls, note=None):
    return {"kind": "cell", "report": rep, "question": q, "ref": ref, "class": cls, **({"note": note} if note else {})}
def D(rep, q, expr, unit, cls, decimals=None, note=None):
    d = {"kind": "derived", "report": rep, "question": q, "expr": expr, "unit": unit, "class": cls}
    if decimals is not None: d["decimals"] = decimals
    if note: d["note"] = note
    return d
def N(rep, q, sub, cls):
    return {"kind": "narrative", "report": rep, "question": q, "substring": sub, "class": cls}
def U(rep, year, q, reason, cls, note=None):
    return {"kind": "unanswerable", "report": rep, "year": year, "question": q, "reason": reason, "class": cls, **({"note": note} if note else {})}
def A(q, cls, note):
    return {"kind": "ambiguous", "report": None, "year": None, "question": q, "class": cls, "note": note}
def F(cls, *turns):
    return {"kind": "followup", "class": cls, "turns": list(turns)}

NOT_SECRET8 = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability", "denied_third_party_rights",
               "denied_internal_affairs", "denied_process_info", "denied_enforcement_case_file", "denied_admin_query"]
UNABLE3 = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
NOTPROC5 = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
            "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
OTHER3 = ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]
def rows_sum(rows, col="total"):
    return ("sum",) + tuple(f"T3.{r}.{col}" for r in rows)

ITEMS = [
# ---------------- hongkou-district_2021 ----------------
C(HK, "虹口区2021年新收到多少件政府信息公开申请？", "T3.new_received.total", "plain"),
C(HK, "上海虹口区政府2021年有多少申请是因为本机关不掌握相关信息所以没法提供的？", "T3.unable_not_held.total", "colloquial-row"),
C(HK, "虹口 2021 行政查询事项 不予公开 自然人", "T3.denied_admin_query.natural_person", "keyword-only"),
C(HK, "２０２１年虹口区因政府信息公开被申请行政复议，结果维持的有多少件？", "T4.cases.review.maintained", "fullwidth-digits"),
C(HK, "虹口区2021年那种先复议、复议完又去法院起诉的案子一共几件？", "T4.cases.litigation_after_review.total", "colloquial-row"),
C(HK, "二〇二一年虹口区政府收到的公司企业提出的信息公开申请有几件", "T3.new_received.commercial_enterprise", "chinese-numeral-year"),
C(HK, "虹口区2021年行政许可的处理决定有多少个", "T2.administrative_licensing.decisions", "plain"),
C(HK, "我想了解一下上海的营商环境，顺便问下虹口区2021年废止了几件行政规范性文件？", "T2.normative_documents.repealed", "irrelevant-clause-first"),
C(HK, "虹口区2021年有多少申请因为会危及国家安全、公共安全、经济安全和社会稳定而没有公开？", "T3.denied_three_security_one_stability.total", "colloquial-row"),
D(HK, "虹口区2021年无法提供的申请一共多少件？（不掌握、需另行制作、补正后仍不明确三项加起来）", rows_sum(UNABLE3), "件", "sum-enumerated"),
D(HK, "虹口区2021年予以公开的件数占办理结果总计的百分之多少？保留两位小数", ("pct", "T3.granted.total", "T3.results_total.total"), "%", "share", decimals=2),
D(HK, "虹口区2021年行政复议的件数比复议后起诉的行政诉讼多几件？", ("sub", "T4.cases.review.total", "T4.cases.litigation_after_review.total"), "件", "difference"),
D(HK, "虹口区2021年新收申请中自然人占了百分之多少？保留两位小数", ("pct", "T3.new_received.natural_person", "T3.new_received.total"), "%", "share", decimals=2),
N(HK, "虹口区2021年给新进公务员开了几次政务公开通识培训？", "开展新进公务员政务公开通识培训2次", "narrative-training"),
N(HK, "虹口区2021年报告里说平台渠道方面存在什么问题？", "政府信息公开统一平台等渠道建设仍有不少拓展空间", "narrative-problem"),
N(HK, "虹口区2021年在商圈方面搞了什么创新做法？", "推动信息公开进商圈", "narrative-measure"),
N(HK, "虹口区政府2021年有没有收信息处理费", "区政府未收取政府信息公开信息处理费", "narrative-fee"),

# ---------------- huaian-city_2024 ----------------
C(HA, "淮安市2024年律师事务所这类法律服务机构提交了多少件信息公开申请？", "T3.new_received.legal_service_org", "colloquial-column"),
C(HA, "淮安市政府2024部分公开的有多少", "T3.partially_granted.total", "year-without-nian"),
C(HA, "淮安2024年行政处罚处理决定数量是多少", "T2.administrative_penalty.decisions", "short-body"),
C(HA, "淮安市人民政府2024年度行政事业性收费金额是多少万元？", "T2.administrative_fees.fee_amount", "plain"),
C(HA, "淮安市2024年有多少申请属于信访举报投诉类被不予处理", "T3.not_processed_petition_complaint.total", "plain"),
C(HA, "淮安市2024年信息公开行政复议里被纠错（结果纠正）的有几件", "T4.cases.review.corrected", "colloquial-row"),
C(HA, "淮安市2024年没经过复议直接去法院告的案子，还没审完的有几件？", "T4.cases.litigation_direct.pending", "colloquial-row"),
C(HA, "淮安市2024年申请人过期不补正、政府不再处理的申请有几件", "T3.other_no_correction_overdue.total", "colloquial-row"),
C(HA, "淮按市2024年结转到下一年继续办理的申请有多少件？", "T3.carried_to_next_year.total", "typo"),
C(HA, "淮安市2024年属于行政查询事项而不予公开的有多少", "T3.denied_admin_query.total", "plain"),
C(HA, "24年淮安市商业企业的申请里，因为本机关不掌握无法提供的有几件", "T3.unable_not_held.commercial_enterprise", "two-digit-year"),
D(HA, "淮安市2024年行政诉讼一共多少件？直接起诉的加上复议后起诉的", ("sum", "T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"), "件", "sum-enumerated"),
D(HA, "淮安市2024年不予公开的申请一共多少件（八种不予公开情形合计）", rows_sum(NOT_SECRET8), "件", "group-subtotal"),
D(HA, "淮安市2024年予以公开和部分公开合计占办理结果总计的比例是多少？保留一位小数", ("pct", ("sum", "T3.granted.total", "T3.partially_granted.total"), "T3.results_total.total"), "%", "share", decimals=1),
D(HA, "淮安市2024年行政复议结果中，维持、纠正、其他结果哪类最多？最多的是多少件", ("max", "T4.cases.review.maintained", "T4.cases.review.corrected", "T4.cases.review.other_result"), "件", "ranking", note="the largest is 其他结果"),
D(HA, "淮安市2024年新收申请里，自然人比商业企业多多少件", ("sub", "T3.new_received.natural_person", "T3.new_received.commercial_enterprise"), "件", "difference"),
N(HA, "淮安市政府办公室信息公开的联系电话是多少", "0517-83605210", "narrative-contact"),
N(HA, "淮安市人民政府办公室地址在哪", "翔宇南道 1 号", "narrative-contact"),
N(HA, "淮安市2024年收了多少信息处理费", "全年收取政府信息公开信息处理费 3940 元", "narrative-fee"),
N(HA, "淮安市2024年报告中说存在的第一个问题是什么", "政策解读质量仍需提升", "narrative-problem"),
N(HA, "淮安市2024年开了多少场新闻发布会？", "新闻发布会 12 场", "narrative-count"),

# ---------------- shuyang-county_2025 ----------------
C(SYC, "沭阳县2025年本年新收的信息公开申请中，自然人申请有多少件？", "T3.new_received.natural_person", "plain"),
C(SYC, "沭阳县2025年行政许可处理决定多少件", "T2.administrative_licensing.decisions", "plain"),
C(SYC, "沭阳2025年行政事业性收费金额是多少万元", "T2.administrative_fees.fee_amount", "short-body"),
C(SYC, "沭阳县政府2025年因属于人事、后勤这类内部事务信息不予公开的有几件", "T3.denied_internal_affairs.total", "colloquial-row"),
C(SYC, "沐阳县2025年本机关不掌握相关政府信息的有多少件", "T3.unable_not_held.total", "typo"),
C(SYC, "沭阳县2025年信息公开申请办理结果里，其他处理中的“其他”有多少件？", "T3.other_other.total", "plain"),
C(SYC, "沭阳县2025年有几件申请是因为申请人没按时交费就不再处理的", "T3.other_fee_unpaid_overdue.total", "colloquial-row"),
C(SYC, "沭阳县2025年行政复议被纠正的有几件？", "T4.cases.review.corrected", "plain"),
C(SYC, "沭阳县2025年行政复议还没审结的有多少", "T4.cases.review.pending", "colloquial-row"),
C(SYC, "沭阳县 2025 复议后起诉 结果维持", "T4.cases.litigation_after_review.maintained", "keyword-only"),
C(SYC, "沭阳县25年律师事务所等法律服务机构新申请了几件", "T3.new_received.legal_service_org", "two-digit-year"),
C(SYC, "江苏省沭阳县2025年现行有效的行政规范性文件有多少件", "T2.normative_documents.valid", "province-prefixed"),
D(SYC, "沭阳县2025年行政诉讼一共多少件（未经复议直接起诉加复议后起诉）", ("sum", "T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"), "件", "sum-enumerated"),
D(SYC, "沭阳县2025年行政复议和行政诉讼加起来共多少件？", ("sum", "T4.cases.review.total", "T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"), "件", "sum-enumerated"),
D(SYC, "沭阳县2025年行政复议的纠错率是多少（结果纠正除以复议总计，百分比保留两位小数）", ("pct", "T4.cases.review.corrected", "T4.cases.review.total"), "%", "rate", decimals=2),
D(SYC, "沭阳县2025年不予处理的申请一共多少件？", rows_sum(NOTPROC5), "件", "group-subtotal"),
D(SYC, "沭阳县2025年新收申请中法人或其他组织一共几件？（商业企业、科研机构、社会公益组织、法律服务机构、其他五类相加）", ("sum", "T3.new_received.commercial_enterprise", "T3.new_received.research_institution", "T3.new_received.social_welfare_org", "T3.new_received.legal_service_org", "T3.new_received.other_org"), "件", "sum-enumerated"),
N(SYC, "沭阳县2025年全县一共受理了多少件信息公开申请", "全县全年共受理政府信息公开申请 749 件", "narrative-count"),
N(SYC, "沭阳县2025年收取了多少信息处理费", "收取信息处理费共计380元", "narrative-fee"),
N(SYC, "沭阳县为防止依申请超期答复建了个什么机制", "线下依申请件倒计时报警器", "narrative-measure"),
N(SYC, "沭阳县2025年清理了多少条过期信息", "累计清理过期信息697条", "narrative-count"),

# ---------------- shanghai-municipal-office_2019 ----------------
C(SH19, "上海市政府办公厅2019年新收政府信息公开申请多少件", "T3.new_received.total", "plain"),
C(SH19, "2019年上海市府办收到的个人申请有多少", "T3.new_received.natural_person", "short-body"),
C(SH19, "上海市人民政府办公厅2019年自然人申请中，属于国家秘密不予公开的有几件", "T3.denied_state_secret.natural_person", "plain", note="the 总计 cell of this row is blank in the source, so the question asks the 自然人 column"),
C(SH19, "上海市政府办公厅2019年规章对外公开总数量是多少", "T2.regulations.total_published", "other-format-row"),
C(SH19, "2019上海市政府办公厅政府集中采购项目有几个", "T2.centralized_procurement.procurement_items", "other-format-row"),
C(SH19, "上海市政府办公厅2019年政府集中采购总金额是多少元？", "T2.centralized_procurement.procurement_amount", "other-format-row", note="printed '251000元'; unit 元"),
C(SH19, "上海市政府办公厅2019年个人提出的信访举报投诉类申请有多少件被不予处理", "T3.not_processed_petition_complaint.natural_person", "colloquial-column"),
C(SH19, "上海市办公厅2019年未经复议直接起诉的行政诉讼结果维持几件", "T4.cases.litigation_direct.maintained", "short-body"),
C(SH19, "上海市政府办公厅2019年有多少申请结转到下年度继续办理", "T3.carried_to_next_year.total", "plain"),
C(SH19, "2019年上海市政府办公厅本年新制作的规范性文件有多少件", "T2.normative_documents.new_made", "other-format-row"),
C(SH19, "二零一九年上海市政府办公厅被申请行政复议总共多少件", "T4.cases.review.total", "chinese-numeral-year"),
C(SH19, "上海市政府办公厅2019年办理结果总计里商业企业的有多少件", "T3.results_total.commercial_enterprise", "plain"),
D(SH19, "上海市政府办公厅2019年自然人申请中无法提供的一共几件（不掌握+需另行制作+补正后仍不明确）", rows_sum(UNABLE3, "natural_person"), "件", "sum-enumerated"),
D(SH19, "上海市政府办公厅2019年行政复议加行政诉讼（直接起诉）一共多少件", ("sum", "T4.cases.review.total", "T4.cases.litigation_direct.total"), "件", "sum-enumerated"),
D(SH19, "2019年上海市政府办公厅因本机关不掌握而无法提供的申请中，自然人比商业企业多多少件？", ("sub", "T3.unable_not_held.natural_person", "T3.unable_not_held.commercial_enterprise"), "件", "difference"),
D(SH19, "上海市政府办公厅2019年自然人申请中，信访举报投诉类和重复申请两项不予处理的合计几件", ("sum", "T3.not_processed_petition_complaint.natural_person", "T3.not_processed_duplicate.natural_person"), "件", "sum-enumerated"),
N(SH19, "2019年上海市政府办公厅的申请量比上一年变化了多少", "申请数量较去年回落12.3%", "narrative-change"),
N(SH19, "上海市政府2019年信息公开类行政诉讼有没有败诉", "继续保持了省级政府零败诉的记录", "narrative-result"),
N(SH19, "2019年“中国上海”门户网站发布了多少件政策解读", "门户网站发布政策解读共132件", "narrative-count"),
N(SH19, "上海市政务公开工作平台是哪天上线的", "4月9日，新建设的上海市政务公开工作平台上线运行", "narrative-date"),

# ---------------- shanghai-municipal-office_2025 ----------------
C(SH25, "上海市政府办公厅2025年新收了多少件政府信息公开申请", "T3.new_received.total", "plain"),
C(SH25, "上海市府办2025年从上一年结转过来的申请里，企业的有几件", "T3.carried_over_from_last_year.commercial_enterprise", "short-body"),
C(SH25, "上海市人民政府办公厅2025年本机关不掌握相关信息的有多少件", "T3.unable_not_held.total", "plain"),
C(SH25, "上海市政府办公厅2025年申请人逾期不补正不再处理的有多少", "T3.other_no_correction_overdue.total", "plain"),
C(SH25, "上海市政府办公厅2025年（六）其他处理里面第3项“其他”是多少件", "T3.other_other.total", "staff-exact"),
C(SH25, "上海2025年市政府办公厅被申请行政复议结果维持的多少件", "T4.cases.review.maintained", "city-run-into-name"),
C(SH25, "上海市政府办公厅2025年复议后起诉的案件还没审结的有几件", "T4.cases.litigation_after_review.pending", "plain"),
C(SH25, "上海市政府办公厅2025年未经复议直接起诉的行政诉讼总计多少", "T4.cases.litigation_direct.total", "plain"),
C(SH25, "上海市政府办公厅2025年结转下年度继续办理的申请有多少", "T3.carried_to_next_year.total", "plain"),
C(SH25, "上海市政府办公厅2025年因为涉及国家秘密不公开的有几件", "T3.denied_state_secret.total", "colloquial-row"),
C(SH25, "上海市政府办公厅2025年上年结转申请里法律服务机构的有几件", "T3.carried_over_from_last_year.legal_service_org", "plain"),
C(SH25, "上海市政府办公厅2025年行政许可处理决定数量", "T2.administrative_licensing.decisions", "plain"),
D(SH25, "上海市政府办公厅2025年行政诉讼一共多少件？包括直接起诉和复议后起诉", ("sum", "T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"), "件", "sum-enumerated"),
D(SH25, "上海市政府办公厅2025年无法提供的申请合计多少件", rows_sum(UNABLE3), "件", "group-subtotal"),
D(SH25, "2025年上海市政府办公厅其他处理（三项合计）占办理结果总计的百分比，保留两位小数", ("pct", rows_sum(OTHER3), "T3.results_total.total"), "%", "share", decimals=2),
D(SH25, "上海市政府办公厅2025年新收申请比2019年多了多少件？", ("sub", "T3.new_received.total", SH19 + ":T3.new_received.total"), "件", "year-over-year", note="cross-report: 2025 vs 2019 report of the same office"),
N(SH25, "上海市政府办公厅2025年其他处理的有多少件，占比多少", "其他处理 319 件（26.78%", "narrative-count+share"),
N(SH25, "上海市政府2025年开了多少场新闻发布会", "召开市政府新闻发布会 42 场", "narrative-count"),
N(SH25, "“上海国际服务门户”2025年新增了什么语种网站", "新增意大利语网站", "narrative-measure"),
N(SH25, "上海市政府办公厅2025年收了信息公开处理费吗", "2025 年度本机关未收取信息公开处理费", "narrative-fee"),
N(SH25, "上海市政府办公厅2025年报告说政策信息方面存在什么问题", "政策信息分散于多个平台", "narrative-problem"),

# ---------------- shanghai-stcsm_2024 ----------------
C(KW, "上海市科委2024年新收信息公开申请多少件", "T3.new_received.total", "short-dept-name"),
C(KW, "市科委2024年企业提交的申请有几件", "T3.new_received.commercial_enterprise", "short-dept-name"),
C(KW, "上海科委2024年行政许可处理决定数量是多少", "T2.administrative_licensing.decisions", "short-dept-name"),
C(KW, "上海市科学技术委员会2024年制发了多少件行政规范性文件", "T2.normative_documents.issued", "full-name"),
C(KW, "市科委2024年现行有效的规范性文件有多少件", "T2.normative_documents.valid", "short-dept-name"),
C(KW, "上海市科委2024年因为没有现成信息需要另外制作而无法提供的有几件", "T3.unable_needs_creation.total", "colloquial-row"),
C(KW, "市科委2024年申请人逾期不补正、不再处理的有几件", "T3.other_no_correction_overdue.total", "plain"),
C(KW, "上海市科委2024年行政复议结果维持几件", "T4.cases.review.maintained", "plain"),
C(KW, "上海市科委 2024 未经复议直接起诉 总计", "T4.cases.litigation_direct.total", "keyword-only"),
C(KW, "科委2024年自然人申请予以公开的有多少", "T3.granted.natural_person", "short-dept-name"),
C(KW, "市科委2024年转到下一年继续办理的个人申请有几件", "T3.carried_to_next_year.natural_person", "colloquial-column", note="the 总计 cell of this row is blank in the file, so the question asks the 自然人 column"),
C(KW, "上海市科委2024年因属于讨论稿、请示报告这类过程性信息不予公开的有几件", "T3.denied_process_info.total", "colloquial-row"),
D(KW, "市科委2024年不予公开的一共多少件（八类合计）", rows_sum(NOT_SECRET8), "件", "group-subtotal"),
D(KW, "上海市科委2024年其他处理一共多少件（逾期不补正、逾期未缴费、其他三项）", rows_sum(OTHER3), "件", "sum-enumerated"),
D(KW, "市科委2024年本年新收加上年结转，一共要处理多少件申请", ("sum", "T3.new_received.total", "T3.carried_over_from_last_year.total"), "件", "sum-enumerated"),
D(KW, "市科委2024年无法提供的申请一共几件", rows_sum(UNABLE3), "件", "group-subtotal"),
N(KW, "“上海科技”微信公众号2024年发了多少篇文章", "“上海科技”微信公众号共编发文章 1640 篇", "narrative-count"),
N(KW, "市科委针对机构改革后网站栏目的问题开了什么专栏", "“张江高新区”专栏已成功开设", "narrative-measure"),
N(KW, "市科委2024年推送了多少条集成式发布政策", "累计批量推送集成式发布政策 121 条", "narrative-count"),
N(KW, "上海市科委2024年有没有收取信息公开费用", "市科委未发生政府信息公开收费事项", "narrative-fee"),
N(KW, "市科委设立了什么机构来统筹政务公开", "市科委设立政务公开工作协调小组", "narrative-mechanism"),

# ---------------- shuyang-fgj_2023 ----------------
C(FGJ, "沭阳县发改局2023年收到多少件信息公开申请", "T3.new_received.total", "short-dept-name"),
C(FGJ, "沭阳县发展和改革局2023年予以公开的申请有几件", "T3.granted.total", "full-name"),
C(FGJ, "沭阳发改局2023年制发了几件规范性文件", "T2.normative_documents.issued", "short-dept-name"),
C(FGJ, "沭阳县发改局2023年现行有效的规范性文件多少件", "T2.normative_documents.valid", "short-dept-name"),
C(FGJ, "沭阳县发改局2023年行政复议还没审结的有几件", "T4.cases.review.pending", "colloquial-row"),
C(FGJ, "沭阳发改局2023年被申请行政复议一共几件", "T4.cases.review.total", "short-dept-name"),
C(FGJ, "沭阳县发改局2023 自然人 新收申请", "T3.new_received.natural_person", "keyword-only"),
C(FGJ, "沭阳县发改局2023年行政处罚决定有多少", "T2.administrative_penalty.decisions", "plain"),
C(FGJ, "沭阳县发改局2023年有没有因为本机关不掌握而无法提供的申请？有几件", "T3.unable_not_held.total", "yes-no+number"),
C(FGJ, "沭阳县发改局2023年复议后起诉的行政诉讼总计多少", "T4.cases.litigation_after_review.total", "plain"),
C(FGJ, "沭阳县发改局2023年上年结转过来的申请有几件", "T3.carried_over_from_last_year.total", "plain"),
C(FGJ, "宿迁市沭阳县发展改革局2023年办理结果总计多少件", "T3.results_total.total", "city-prefixed"),
D(FGJ, "沭阳县发改局2023年予以公开的占新收申请的百分之多少", ("pct", "T3.granted.total", "T3.new_received.total"), "%", "share"),
D(FGJ, "沭阳县发改局2023年行政复议和行政诉讼一共几件", ("sum", "T4.cases.review.total", "T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"), "件", "sum-enumerated"),
D(FGJ, "沭阳县发改局2023年制发的规范性文件比废止的多几件", ("sub", "T2.normative_documents.issued", "T2.normative_documents.repealed"), "件", "difference"),
N(FGJ, "沭阳县发改局的联系电话", "0527—83593059", "narrative-contact"),
N(FGJ, "沭阳县发展和改革局地址在哪里", "苏州东路42号", "narrative-contact"),
N(FGJ, "沭阳县发改局2023年受理了多少件网络问政", "全年受理网络问政182件", "narrative-count"),
N(FGJ, "沭阳县发改局2023年人大建议政协提案办理满意率多少", "县人大建议和政协提案办理满意率为100%", "narrative-rate"),
N(FGJ, "沭阳县发改局2023年信息公开收费了吗", "政府信息公开未发生收费情况", "narrative-fee"),
N(FGJ, "沭阳县发改局2023年存在的问题中关于网民留言的是什么", "政民互动栏目网民留言回复效率有待提高", "narrative-problem"),

# ---------------- hongze-district_2023 ----------------
C(HZ, "洪泽区2023年新收政府信息公开申请多少件", "T3.new_received.total", "plain"),
C(HZ, "洪泽区政府2023年部分公开的有几件", "T3.partially_granted.total", "plain"),
C(HZ, "淮安市洪泽区2023年行政处罚决定数量", "T2.administrative_penalty.decisions", "city-prefixed"),
C(HZ, "洪泽区2023行政许可多少", "T2.administrative_licensing.decisions", "year-without-nian"),
C(HZ, "洪泽区2023年行政强制处理决定数量是多少", "T2.administrative_coercion.decisions", "plain"),
C(HZ, "洪泽区2023年行政事业性收费金额多少万元", "T2.administrative_fees.fee_amount", "plain"),
C(HZ, "洪泽区2023年废止了几件行政规范性文件", "T2.normative_documents.repealed", "plain"),
C(HZ, "洪泽区2023年因本机关不掌握相关信息无法提供的有几件", "T3.unable_not_held.total", "plain"),
C(HZ, "洪泽区2023年没有现成信息、需要另行制作的有几件", "T3.unable_needs_creation.total", "plain"),
C(HZ, "洪泽区2023年行政复议结果维持几件", "T4.cases.review.maintained", "plain"),
C(HZ, "洪泽区2023年行政复议被纠正的有几件", "T4.cases.review.corrected", "plain"),
C(HZ, "洪泽区2023年复议后又起诉、结果维持的行政诉讼有几件", "T4.cases.litigation_after_review.maintained", "colloquial-row"),
C(HZ, "洪泽区2023年全部予以公开的申请有几件", "T3.granted.total", "plain"),
C(HZ, "洪泽区2023年因属于国家秘密不予公开的有几件", "T3.denied_state_secret.total", "plain"),
C(HZ, "洪泽区2023年信访举报投诉类申请不予处理的几件", "T3.not_processed_petition_complaint.total", "plain"),
D(HZ, "洪泽区2023年不予公开的申请一共几件", rows_sum(NOT_SECRET8), "件", "group-subtotal"),
D(HZ, "洪泽区2023年无法提供的申请一共多少件（三项加总）", rows_sum(UNABLE3), "件", "sum-enumerated"),
D(HZ, "洪泽区2023年行政复议结果维持和结果纠正加起来几件", ("sum", "T4.cases.review.maintained", "T4.cases.review.corrected"), "件", "sum-enumerated", note="the printed 行政复议 总计 is 0 and does not equal its parts; this asks only the enumerated sum"),
D(HZ, "洪泽区2023年部分公开的占办理结果总计的百分比是多少？保留两位小数", ("pct", "T3.partially_granted.total", "T3.results_total.total"), "%", "share", decimals=2),
N(HZ, "洪泽区政府办公室的电子邮箱是什么", "hzzwgk@126.com", "narrative-contact"),
N(HZ, "洪泽区政府信息公开咨询电话", "0517-87222589", "narrative-contact"),
N(HZ, "洪泽区发布信息落实的是什么校审制度", "“三审三校”制度", "narrative-measure"),
N(HZ, "洪泽区打算怎么加强业务指导培训", "实行政府信息公开工作人员跟班学习制度", "narrative-plan"),

# ---------------- unanswerable ----------------
U(None, 2025, "沭阳县公安局2025年新收了多少件政府信息公开申请？", "body_not_indexed", "dept-of-indexed-county"),
U(None, 2025, "泗阳县2025年政府信息公开申请受理了多少件", "body_not_indexed", "neighbouring-county-similar-name"),
U(None, 2024, "沭阳县2024年行政复议多少件", "year_not_indexed", "year-not-indexed"),
U(None, 2024, "沭阳县发改局2024年收到几件信息公开申请", "year_not_indexed", "year-not-indexed-dept"),
U(None, 2023, "沭阳县教育局2023年政府信息公开年报里予以公开多少件", "body_not_indexed", "dept-of-indexed-county"),
U(None, 2025, "宿迁市2025年新收政府信息公开申请数量", "body_not_indexed", "parent-city-not-indexed"),
U(None, 2023, "淮安市淮安区2023年政府信息公开申请有多少件？", "body_not_indexed", "sibling-district-shares-words"),
U(None, 2024, "清江浦区2024年行政处罚决定数量", "body_not_indexed", "sibling-district"),
U(None, 2024, "洪泽区2024年新收政府信息公开申请多少件", "year_not_indexed", "year-not-indexed", note="the 2024 report of 淮安市洪泽区人民政府 exists but is not in the corpus"),
U(None, 2022, "洪泽区2022年行政复议结果维持几件", "year_not_indexed", "year-not-indexed"),
U(None, 2023, "淮安市2023年政府信息公开申请受理了多少件", "year_not_indexed", "year-not-indexed"),
U(None, 2025, "淮安市人民政府2025年新收申请多少件？", "year_not_indexed", "year-not-indexed"),
U(None, 2022, "上海市黄浦区2022年政府信息公开申请数量是多少", "body_not_indexed", "sibling-district-shanghai"),
U(None, 2022, "虹口区2022年新收了多少件申请", "year_not_indexed", "year-not-indexed"),
U(None, 2021, "上海市虹口区教育局2021年行政复议多少件", "body_not_indexed", "dept-of-indexed-district"),
U(None, 2024, "上海市教委2024年新收政府信息公开申请多少件", "body_not_indexed", "sibling-commission-shares-words"),
U(None, 2023, "上海市科委2023年新收了多少件申请", "year_not_indexed", "year-not-indexed"),
U(None, 2022, "上海市政府办公厅2022年受理政府信息公开申请多少件", "year_not_indexed", "year-not-indexed"),
U(None, 2024, "北京市科委2024年行政许可处理决定多少件", "body_not_indexed", "same-name-other-city"),
U(None, 2024, "上海市科协2024年收到几件信息公开申请", "body_not_indexed", "similar-short-name"),
U(None, 2024, "淮安市发改委2024年政府信息公开申请有多少", "body_not_indexed", "dept-of-indexed-city"),
U(HK, 2021, "虹口区2021年从事政务公开工作的人员有多少人", "no_such_figure", "staff-count"),
U(HA, 2024, "淮安市2024年政府信息公开工作经费预算是多少万元", "no_such_figure", "budget"),
U(HZ, 2023, "洪泽区2023年信息公开申请平均几天办结", "no_such_figure", "processing-time"),
U(SH19, 2019, "上海市政府办公厅2019年申请人逾期未按收费通知缴费、不再处理的有几件", "not_in_this_format", "row-of-2021-format-in-2019-report"),
U(SH19, 2019, "上海市政府办公厅2019年行政规范性文件本年废止件数是多少", "not_in_this_format", "column-of-2021-format-in-2019-report"),
U(HA, 2024, "淮安市2024年政府集中采购项目数量是多少", "not_in_this_format", "row-of-2019-format-in-2021-report"),
U(SYC, 2025, "沭阳县2025年其他对外管理服务事项的处理决定数量", "not_in_this_format", "row-of-2019-format-in-2021-report"),

U(HK, 2021, "上海市虹口区2021年政府门户网站访问量是多少", "no_such_figure", "visitor-numbers"),
U(SYC, 2025, "沭阳县2025年政务新媒体粉丝一共多少人", "no_such_figure", "followers"),
U(HZ, 2023, "淮安市洪泽区2023年信息公开申请人中外地人有多少", "no_such_figure", "applicant-origin"),
U(KW, 2024, "上海市科委2024年政府集中采购总金额是多少", "not_in_this_format", "row-of-2019-format-in-2021-report"),
U(None, 2020, "二〇二〇年上海市政府办公厅新收政府信息公开申请多少件", "year_not_indexed", "chinese-numeral-year-not-indexed"),

# ---------------- ambiguous ----------------
A("2024年新收了多少件政府信息公开申请？", "no-body", "2024 reports of several bodies are in the corpus (淮安市, 上海市科委, 平潭)"),
A("行政复议被纠正了几件？", "no-body-no-year", "no body and no year"),
A("2023年行政处罚决定有多少件", "no-body", "2023: 洪泽区人民政府, 沭阳县发改局, 平潭 all in the corpus"),
A("上海市政府办公厅新收申请是多少", "no-year", "the office has a 2019 and a 2025 report"),
A("沭阳的行政复议有多少件", "no-year-two-bodies", "沭阳县人民政府 2025 and 沭阳县发展和改革局 2023 both fit"),

# ---------------- follow-ups ----------------
F("column-change", {"kind": "cell", "report": HK, "question": "虹口区2021年新收了多少件信息公开申请", "ref": "T3.new_received.total"},
   {"kind": "cell", "report": HK, "question": "其中自然人多少？", "ref": "T3.new_received.natural_person"},
   {"kind": "cell", "report": HK, "question": "商业企业呢", "ref": "T3.new_received.commercial_enterprise"}),
F("t4-block-change", {"kind": "cell", "report": HA, "question": "淮安市2024年行政复议一共多少件", "ref": "T4.cases.review.total"},
   {"kind": "cell", "report": HA, "question": "诉讼那块呢，没经过复议直接起诉的", "ref": "T4.cases.litigation_direct.total"},
   {"kind": "cell", "report": HA, "question": "复议后起诉的呢", "ref": "T4.cases.litigation_after_review.total"}),
F("row-then-unindexed-year", {"kind": "cell", "report": SYC, "question": "沭阳县2025年予以公开的申请有多少件", "ref": "T3.granted.total"},
   {"kind": "cell", "report": SYC, "question": "部分公开呢", "ref": "T3.partially_granted.total"},
   {"kind": "unanswerable", "report": None, "year": 2024, "question": "那2024年呢？", "reason": "year_not_indexed"}),
F("year-change", {"kind": "cell", "report": SH19, "question": "上海市政府办公厅2019年新收了多少申请", "ref": "T3.new_received.total"},
   {"kind": "cell", "report": SH25, "question": "那2025年呢？", "ref": "T3.new_received.total"},
   {"kind": "cell", "report": SH25, "question": "结转到下一年的呢", "ref": "T3.carried_to_next_year.total"}),
F("row-then-body-change", {"kind": "cell", "report": HZ, "question": "洪泽区2023年行政处罚决定多少件", "ref": "T2.administrative_penalty.decisions"},
   {"kind": "cell", "report": HZ, "question": "行政强制呢", "ref": "T2.administrative_coercion.decisions"},
   {"kind": "cell", "report": HA, "question": "那淮安市2024年的行政强制呢", "ref": "T2.administrative_coercion.decisions"}),
F("row-then-unindexed-year", {"kind": "cell", "report": KW, "question": "市科委2024年新收申请多少件", "ref": "T3.new_received.total"},
   {"kind": "cell", "report": KW, "question": "上年结转的呢", "ref": "T3.carried_over_from_last_year.total"},
   {"kind": "unanswerable", "report": None, "year": 2023, "question": "那2023年呢", "reason": "year_not_indexed"}),
F("body-change-after-unanswerable", {"kind": "cell", "report": FGJ, "question": "沭阳县发改局2023年新收了几件申请", "ref": "T3.new_received.total"},
   {"kind": "unanswerable", "report": None, "year": 2023, "question": "沭阳县公安局呢？", "reason": "body_not_indexed"},
   {"kind": "cell", "report": SYC, "question": "那沭阳县政府2025年的呢", "ref": "T3.new_received.total"}),
F("answer-after-unanswerable", {"kind": "unanswerable", "report": None, "year": 2022, "question": "黄浦区2022年新收了多少件信息公开申请", "reason": "body_not_indexed"},
   {"kind": "cell", "report": HK, "question": "那虹口区2021年的呢", "ref": "T3.new_received.total"}),
F("row-change", {"kind": "cell", "report": HA, "question": "淮安市2024年属于行政查询事项不予公开的有多少", "ref": "T3.denied_admin_query.total"},
   {"kind": "cell", "report": HA, "question": "过程性信息的呢", "ref": "T3.denied_process_info.total"},
   {"kind": "cell", "report": HA, "question": "内部事务的呢", "ref": "T3.denied_internal_affairs.total"}),
F("t4-column-change", {"kind": "cell", "report": SH25, "question": "上海市政府办公厅2025年行政复议结果维持多少件", "ref": "T4.cases.review.maintained"},
   {"kind": "cell", "report": SH25, "question": "纠正的呢", "ref": "T4.cases.review.corrected"},
   {"kind": "cell", "report": SH25, "question": "尚未审结呢", "ref": "T4.cases.review.pending"}),
F("colloquial-block-change", {"kind": "cell", "report": HK, "question": "虹口区2021年行政复议一共几件", "ref": "T4.cases.review.total"},
   {"kind": "cell", "report": HK, "question": "那吃官司的呢？复议后起诉的", "ref": "T4.cases.litigation_after_review.total"}),
F("t2-row-change", {"kind": "cell", "report": SYC, "question": "沭阳县2025年行政许可处理决定多少", "ref": "T2.administrative_licensing.decisions"},
   {"kind": "cell", "report": SYC, "question": "那行政处罚呢", "ref": "T2.administrative_penalty.decisions"},
   {"kind": "cell", "report": SYC, "question": "收费金额呢", "ref": "T2.administrative_fees.fee_amount"}),
F("body-then-column", {"kind": "cell", "report": HZ, "question": "洪泽区2023年本机关不掌握相关信息的有几件", "ref": "T3.unable_not_held.total"},
   {"kind": "cell", "report": HA, "question": "淮安市2024年呢", "ref": "T3.unable_not_held.total"},
   {"kind": "cell", "report": HA, "question": "其中律所申请的呢", "ref": "T3.unable_not_held.legal_service_org"}),
F("answer-after-unanswerable", {"kind": "unanswerable", "report": None, "year": 2023, "question": "淮安区2023年收到多少件信息公开申请", "reason": "body_not_indexed"},
   {"kind": "cell", "report": HZ, "question": "那洪泽区呢", "ref": "T3.new_received.total"}),
F("column-then-total", {"kind": "cell", "report": SH19, "question": "上海市政府办公厅2019年自然人新收申请多少件", "ref": "T3.new_received.natural_person"},
   {"kind": "cell", "report": SH19, "question": "商业企业呢", "ref": "T3.new_received.commercial_enterprise"},
   {"kind": "cell", "report": SH19, "question": "一共多少", "ref": "T3.new_received.total"}),
F("same-year-other-body-unindexed", {"kind": "cell", "report": KW, "question": "上海市科委2024年行政许可多少件", "ref": "T2.administrative_licensing.decisions"},
   {"kind": "unanswerable", "report": None, "year": 2024, "question": "那上海市政府办公厅同一年呢", "reason": "year_not_indexed"}),
F("derived-followup", {"kind": "cell", "report": SYC, "question": "沭阳县2025年本年新收的申请总数是多少", "ref": "T3.new_received.total"},
   {"kind": "derived", "report": SYC, "question": "加上上年结转的一共多少", "expr": ("sum", "T3.new_received.total", "T3.carried_over_from_last_year.total"), "unit": "件"}),
]

# ---------------- paraphrase groups (5 each) ----------------
def P(group, rep, ref, qs, classes, kind="cell", unit=None, decimals=None):
    out = []
    for q, c in zip(qs, classes):
        d = {"group": group, "kind": kind, "report": rep, "question": q, "class": c}
        if kind == "cell": d["ref"] = ref
        else:
            d["expr"] = ref; d["unit"] = unit
            if decimals is not None: d["decimals"] = decimals
        out.append(d)
    assert len(out) == 5
    return out

PARA = []
PARA += P("g01", HK, "T3.new_received.total", [
    "虹口区２０２１年新收政府信息公开申请多少件",
    "二〇二一年虹口区新收到几件信息公开申请",
    "虹口区新收政府信息公开申请数量 2021",
    "虹口 2021 新收申请",
    "顺便问一下，上海虹口2021年老百姓和单位新递交的信息公开申请一共多少件？"],
    ["fullwidth-digits", "chinese-numeral-year", "year-at-end", "keyword-only", "irrelevant-clause-first"])
PARA += P("g02", HK, "T4.cases.review.total", [
    "虹口区2021年因政府信息公开被申请行政复议总共多少件",
    "虹口区政府二零二一年行政复议几件",
    "虹口2021 行政复议 总计",
    "虹口区2021年被人申请复议的信息公开案子有多少",
    "虹口区2021年行政复以总计是多少"],
    ["plain", "chinese-numeral-year", "keyword-only", "colloquial", "typo"])
PARA += P("g03", HA, "T3.new_received.total", [
    "淮安市２０２４年新收政府信息公开申请多少件",
    "淮安市政府二〇二四年新收到的信息公开申请数量",
    "淮安 2024 新收申请 总计",
    "我在写论文，想问淮安市2024年本年新收的政府信息公开申请有多少件",
    "淮安市2024年新收政府信息公开申情数量"],
    ["fullwidth-digits", "chinese-numeral-year", "keyword-only", "irrelevant-clause-first", "typo"])
PARA += P("g04", HA, "T3.unable_not_held.total", [
    "淮安市2024年因本机关不掌握相关政府信息无法提供的有多少件",
    "淮安市2024年政府手里没有这个信息、没法提供的申请有多少",
    "淮安市 本机关不掌握 2024",
    "淮安二〇二四年不掌握相关信息的申请几件",
    "淮安市2024年本机关不掌屋相关政府信息的件数"],
    ["plain", "colloquial-row", "year-at-end", "chinese-numeral-year", "typo"])
PARA += P("g05", HA, ("sum", "T4.cases.litigation_direct.total", "T4.cases.litigation_after_review.total"), [
    "淮安市2024年行政诉讼一共多少件（直接起诉+复议后起诉）",
    "淮安市２０２４年政府信息公开被起诉的案子总共多少件，直接起诉和复议后起诉都算",
    "淮安市政府因为信息公开吃了多少官司？2024年，直接诉和复议后诉加一起",
    "淮安 2024 行政诉讼 合计（两类起诉相加）",
    "淮安市2024年行政诉松直接起诉加复议后起诉共几件"],
    ["sum-enumerated", "fullwidth-digits", "colloquial", "keyword-only", "typo"], kind="derived", unit="件")
PARA += P("g06", SYC, "T3.granted.total", [
    "沭阳县2025年予以公开的申请多少件",
    "沭阳县政府２０２５年全部同意公开的有几件",
    "沭阳 予以公开 2025",
    "先不说别的县，沭阳县二〇二五年依申请给予公开的有多少件？",
    "沐阳县2025年予以公开多少件"],
    ["plain", "fullwidth-digits", "keyword-only", "irrelevant-clause-first", "typo"])
PARA += P("g07", SYC, "T2.administrative_licensing.decisions", [
    "沭阳县2025年行政许可处理决定数量",
    "沭阳县政府二零二五年做了多少个行政许可决定",
    "沭阳 行政许可 2025",
    "沭阳县２０２５年行政许可有多少件",
    "江苏沭阳县2025年行政许可的本年处理决定数量是多少"],
    ["plain", "chinese-numeral-year", "keyword-only", "fullwidth-digits", "province-prefixed"])
PARA += P("g08", SYC, "T4.cases.review.total", [
    "沭阳县2025年行政复议总计多少件",
    "沭阳县2025年因信息公开被申请复议的一共多少",
    "沭阳县行政复议总数 2025年",
    "沭阳县二〇二五年行政复议几件",
    "沭阳县2025年形政复议总计"],
    ["plain", "colloquial", "year-at-end", "chinese-numeral-year", "typo"])
PARA += P("g09", SH19, "T3.new_received.total", [
    "上海市政府办公厅2019年新收政府信息公开申请多少件",
    "上海市府办二〇一九年新收了多少件申请",
    "上海市人民政府办公厅本年新收申请数量 2019",
    "２０１９年上海市政府办公厅新收申请多少",
    "听说上海申请量回落了，上海市政府办公厅2019年到底新收了多少件信息公开申请"],
    ["plain", "chinese-numeral-year", "year-at-end", "fullwidth-digits", "irrelevant-clause-first"])
PARA += P("g10", SH19, "T3.not_processed_petition_complaint.natural_person", [
    "上海市政府办公厅2019年自然人提出的信访举报投诉类申请有几件",
    "上海市府办2019年个人把信访投诉当信息公开申请的有多少件",
    "上海市政府办公厅 2019 信访举报投诉类 自然人",
    "二零一九年上海市政府办公厅自然人信访举报投诉类申请多少件",
    "上海市政府办公厅2019年自然人信仿举报投诉类申请有几件"],
    ["plain", "colloquial-row", "keyword-only", "chinese-numeral-year", "typo"])
PARA += P("g11", SH25, "T3.unable_not_held.total", [
    "上海市政府办公厅2025年本机关不掌握相关政府信息的有多少件",
    "上海市府办２０２５年因为手里没有相关信息而无法提供的多少件",
    "上海市政府办公厅 不掌握 2025",
    "上海市政府办公厅二〇二五年不掌握相关信息的申请数",
    "先问个题外话，上海市政府办公厅2025年因本机关不掌握无法提供的有几件？"],
    ["plain", "fullwidth-digits", "keyword-only", "chinese-numeral-year", "irrelevant-clause-first"])
PARA += P("g12", SH25, "T3.carried_to_next_year.total", [
    "上海市政府办公厅2025年结转下年度继续办理的有多少件",
    "上海市府办2025年没办完要转到明年的申请多少件",
    "上海市政府办公厅结转下年度 2025",
    "上海市政府办公厅２０２５年结转下年度继续办理",
    "上海市政府办公厅2025年接转下年度继续办理的数量"],
    ["plain", "colloquial-row", "year-at-end", "fullwidth-digits", "typo"])
PARA += P("g13", KW, "T3.new_received.total", [
    "上海市科委2024年新收政府信息公开申请多少件",
    "上海市科学技术委员会二〇二四年新收申请数量",
    "市科委 2024 新收申请",
    "市科委２０２４年收到了多少件新的信息公开申请",
    "上海市科委2024年新收政府信息公开申清多少件"],
    ["short-dept-name", "full-name", "keyword-only", "fullwidth-digits", "typo"])
PARA += P("g14", KW, "T2.administrative_licensing.decisions", [
    "上海市科委2024年行政许可处理决定数量",
    "上海科委二零二四年做了多少个行政许可决定",
    "市科委 行政许可 2024",
    "上海市科学技术委员会２０２４年行政许可数",
    "问个科技政策之外的事，上海市科委2024年行政许可处理了多少件？"],
    ["plain", "chinese-numeral-year", "keyword-only", "fullwidth-digits", "irrelevant-clause-first"])
PARA += P("g15", FGJ, "T3.new_received.total", [
    "沭阳县发展和改革局2023年新收政府信息公开申请多少件",
    "沭阳县发改局二〇二三年收到几件依申请公开",
    "沭阳发改局 新收申请 2023",
    "沭阳县发改局２０２３年新收申请数",
    "沭阳县发该局2023年新收申请多少件"],
    ["full-name", "chinese-numeral-year", "keyword-only", "fullwidth-digits", "typo"])
PARA += P("g16", HZ, "T2.administrative_penalty.decisions", [
    "洪泽区2023年行政处罚处理决定数量",
    "淮安市洪泽区二〇二三年行政处罚多少件",
    "洪泽 行政处罚 2023",
    "洪泽区２０２３年做出的行政处罚决定数",
    "洪泽区2023年行政处法决定多少"],
    ["plain", "chinese-numeral-year", "keyword-only", "fullwidth-digits", "typo"])
PARA += P("g17", HZ, rows_sum(UNABLE3), [
    "洪泽区2023年无法提供的申请合计多少件（不掌握+另行制作+补正后仍不明确）",
    "洪泽区２０２３年因为各种原因没法提供信息的申请一共几件",
    "洪泽区 无法提供 合计 2023",
    "淮安市洪泽区二零二三年无法提供的三项加起来多少",
    "我看过淮安市的年报了，想再问洪泽区2023年无法提供的申请一共多少件"],
    ["sum-enumerated", "fullwidth-digits", "keyword-only", "chinese-numeral-year", "irrelevant-clause-first"],
    kind="derived", unit="件")
