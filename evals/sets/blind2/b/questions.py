# -*- coding: utf-8 -*-
"""Blind question set (set2-b, id prefix "y-") for the 平潭综合实验区 reports 2019-2025.

Only references live here: which report, which gold cell(s), which formula.  No expected numbers are typed:
build.py computes them from /work/blind/gold/pingtan_YYYY.json and check.py recomputes them independently.

Reference syntax
  cell ref  : "YYYY|T|row|column"  -> gold file pingtan_YYYY.json, cells[T][row][column]
  derived   : vars {name: cell ref}, expr (arithmetic over the names, + - * / ( ) and max/min),
              unit, optional decimals (round the result), optional labels {name: human label}
  narrative : year + substring (verbatim, 6-30 chars, one line of /work/shared/corpus/pingtan_YYYY.txt)
  unanswerable: report (stem or None), year, reason
"""

ITEMS = []        # set.jsonl
PARA = []         # paraphrase.jsonl
_n = [0]


def _id():
    _n[0] += 1
    return "y-%03d" % _n[0]


def rep(y):
    return None if y is None else "pingtan_%d" % y


# ---------- turn / item constructors -------------------------------------------------------------
def cell(q, ref, cls, note=None):
    return {"kind": "cell", "question": q, "ref": ref, "class": cls, "note": note}


def der(q, vars, expr, unit, cls, labels=None, decimals=None, report_year=None, note=None):
    return {"kind": "derived", "question": q, "vars": vars, "expr": expr, "unit": unit, "class": cls,
            "labels": labels or {}, "decimals": decimals, "report_year": report_year, "note": note}


def nar(q, year, sub, cls, note=None):
    return {"kind": "narrative", "question": q, "year": year, "substring": sub, "class": cls, "note": note}


def una(q, report_year, year, reason, cls, note=None):
    # report_year: the pingtan report the question targets (for no_such_figure / not_in_this_format), else None
    return {"kind": "unanswerable", "question": q, "report_year": report_year, "year": year, "reason": reason,
            "class": cls, "note": note}


def amb(q, year, cls, note=None):
    return {"kind": "ambiguous", "question": q, "year": year, "class": cls, "note": note}


def add(t):
    t = dict(t)
    t["id"] = _id()
    ITEMS.append(t)


def fu(cls, *turns, note=None):
    ITEMS.append({"id": _id(), "kind": "followup", "class": cls, "turns": list(turns), "note": note})


# =================================================================================================
# CELL items
# =================================================================================================
# --- 2019 (2019 trial format) ---
add(cell("2019年平潭综合实验区一共新收了多少件政府信息公开申请？", "2019|T3|new_received|total", "plain"))
add(cell("平潭实验区2019年依申请公开里，因为本机关压根不掌握相关信息、没法提供的有几件", "2019|T3|unable_not_held|total",
         "colloquial-row+short-body-name"))
add(cell("19年平潭那边有人重复申请、被不予处理的有多少件", "2019|T3|not_processed_duplicate|total",
         "two-digit-year+colloquial-row"))
add(cell("平潭2019年因为政府信息公开被人申请行政复议，一共几件？", "2019|T4|cases|review.total", "T4-review-total-zero"))
add(cell("请问2019年平潭综合实验区“部分公开”的申请数是多少", "2019|T3|partially_granted|total", "plain"))
add(cell("2019年平潭有没有科研机构来申请政府信息公开？有的话几件", "2019|T3|new_received|research_institution",
         "yes-no+number"))

# --- 2020 (2019 trial format) ---
add(cell("平潭综合实验区2020年度报告，第二十条第（八）项行政事业性收费“上一年项目数量”是多少",
         "2020|T2|administrative_fees|previous_year_items", "staff-exact+trial-format-T2"))
add(cell("2020年报里平潭行政处罚那一行，上一年项目数量填的是多少", "2020|T2|administrative_penalty|previous_year_items",
         "trial-format-T2"))
add(cell("2020年平潭对“其他”类组织的申请予以公开了几件", "2020|T3|granted|other_org", "applicant-column-other"))
add(cell("二〇二〇年平潭综合实验区补正以后申请内容还是不明确的有几件", "2020|T3|unable_unclear_after_correction|total",
         "chinese-numeral-year"))
add(cell("平潭2020年有多少申请结转到下一年继续办", "2020|T3|carried_to_next_year|total", "colloquial-row"))
add(cell("2020年平潭实验区规章的对外公开总数量是多少件", "2020|T2|regulations|total_published",
         "staff-exact+trial-format-T2"))

# --- 2021 ---
add(cell("平潭综合实验区2021年新收的申请里，自然人提的有几件", "2021|T3|new_received|natural_person", "applicant-column"))
add(cell("2021年平潭因为属于行政执法案卷而不予公开的有多少件", "2021|T3|denied_enforcement_case_file|total",
         "result-row"))
add(cell("2021年平潭实验区有多少件申请没办完、转到下一年继续办理", "2021|T3|carried_to_next_year|total",
         "colloquial-row"))
add(cell("平潭2021年行政强制的处理决定有多少件", "2021|T2|administrative_coercion|decisions", "T2"))
add(cell("平潭2021年度信息公开行政复议中，结果维持的有几起", "2021|T4|cases|review.maintained", "T4-review"))
add(cell("2021年平潭有法律服务机构（比如律所）来申请信息公开吗，几件", "2021|T3|new_received|legal_service_org",
         "yes-no+number+applicant-column"))
add(cell("平潭2021年行政复议里“其他结果”的有几件", "2021|T4|cases|review.other_result", "T4-review"))

# --- 2022 ---
add(cell("2022年平潭综合实验区行政处罚决定数量是多少", "2022|T2|administrative_penalty|decisions", "T2"))
add(cell("平潭2022年是一件行政强制都没有吗？行政强制处理决定数量是多少", "2022|T2|administrative_coercion|decisions",
         "yes-no+number+zero"))
add(cell("2022年平潭行政规范性文件本年废止了几件", "2022|T2|normative_documents|repealed", "T2"))
add(cell("平潭2022年商业企业新提交的信息公开申请有几件", "2022|T3|new_received|commercial_enterprise",
         "applicant-column"))
add(cell("平潭实验区2022年因为是讨论、研究之类的过程性信息而不给公开的申请有几件", "2022|T3|denied_process_info|total",
         "description-not-label"))
add(cell("2022年平潭信息公开行政复议被纠正的有几件", "2022|T4|cases|review.corrected", "T4-review"))
add(cell("2022平潭 申请人逾期不补正、行政机关不再处理 多少件", "2022|T3|other_no_correction_overdue|total",
         "year-without-nian+keyword"))

# --- 2023 ---
add(cell("2023年平潭综合实验区行政许可的处理决定数量是多少", "2023|T2|administrative_licensing|decisions", "T2"))
add(cell("2023年平潭实验区答复“本机关不掌握相关政府信息”的有多少件", "2023|T3|unable_not_held|total", "result-row"))
add(cell("平潭2023年没经过复议直接去法院起诉、到年底还没判下来的有几件", "2023|T4|cases|litigation_direct.pending",
         "description-not-label+T4-direct"))
add(cell("2023年平潭复议后又起诉的行政诉讼一共几件", "2023|T4|cases|litigation_after_review.total",
         "T4-after-review"))
add(cell("2023年平潭属于行政查询事项、不予公开的有几件", "2023|T3|denied_admin_query|total", "result-row"))
add(cell("2023 平潭 予以公开 总计", "2023|T3|granted|total", "keyword-only"))

# --- 2024 ---
add(cell("2024年平潭综合实验区的行政处罚决定数是多少", "2024|T2|administrative_penalty|decisions", "T2"))
add(cell("平潭2024年有几件申请因为涉及国家秘密没有公开", "2024|T3|denied_state_secret|total",
         "description-not-label"))
add(cell("平潭2024年以保护第三方合法权益为由不予公开的有多少件", "2024|T3|denied_third_party_rights|total",
         "result-row"))
add(cell("2024年度平潭信息公开行政复议尚未审结的案件数", "2024|T4|cases|review.pending", "T4-review"))
add(cell("2024年平潭复议后起诉、法院判决结果纠正的有几件", "2024|T4|cases|litigation_after_review.corrected",
         "T4-after-review"))
add(cell("2024年平潭行政事业性收费金额是多少万元", "2024|T2|administrative_fees|fee_amount", "T2-decimal"))
add(cell("平潭2024年商业企业提交了几件新申请", "2024|T3|new_received|commercial_enterprise", "applicant-column"))

# --- 2025 ---
add(cell("2025年平潭综合实验区新收政府信息公开申请总数", "2025|T3|new_received|total", "plain"))
add(cell("平潭2025年有几件申请属于信访举报投诉类、不予处理", "2025|T3|not_processed_petition_complaint|total",
         "result-row"))
add(cell("2025年平潭申请人收到缴费通知后逾期不交钱、机关不再处理的申请有几件",
         "2025|T3|other_fee_unpaid_overdue|total", "description-not-label"))
add(cell("平潭2025年未经复议直接起诉的行政诉讼里，结果被纠正的有几件", "2025|T4|cases|litigation_direct.corrected",
         "T4-direct"))
add(cell("2025年平潭综合实验区行政许可处理决定数量", "2025|T2|administrative_licensing|decisions", "T2"))
add(cell("平潭2025年不予公开的申请中，属于行政执法案卷的有几件", "2025|T3|denied_enforcement_case_file|total",
         "result-row"))
add(cell("2025年平潭商业企业的申请里有几件是因为本机关不掌握而无法提供", "2025|T3|unable_not_held|commercial_enterprise",
         "applicant-column+result-row"))
add(cell("岚岛2025年信息公开行政复议维持原决定的有多少件", "2025|T4|cases|review.maintained",
         "nickname-body(岚岛)+T4-review"))

# =================================================================================================
# DERIVED items
# =================================================================================================
add(der("2025年平潭新收的政府信息公开申请比2024年少了多少件？",
        {"a": "2024|T3|new_received|total", "b": "2025|T3|new_received|total"}, "a - b", "件", "year-over-year",
        labels={"a": "2024年新收总计", "b": "2025年新收总计"}, report_year=2025))
add(der("2024年平潭予以公开的件数占办理结果总计的百分之多少？保留两位小数",
        {"a": "2024|T3|granted|total", "b": "2024|T3|results_total|total"}, "a / b * 100", "%", "share-stated",
        labels={"a": "予以公开", "b": "办理结果总计"}, decimals=2, report_year=2024))
add(der("把各种不予公开的理由都加起来，平潭2023年一共有多少件申请被不予公开？",
        {"a": "2023|T3|denied_state_secret|total", "b": "2023|T3|denied_other_law|total",
         "c": "2023|T3|denied_three_security_one_stability|total", "d": "2023|T3|denied_third_party_rights|total",
         "e": "2023|T3|denied_internal_affairs|total", "f": "2023|T3|denied_process_info|total",
         "g": "2023|T3|denied_enforcement_case_file|total", "h": "2023|T3|denied_admin_query|total"},
        "a + b + c + d + e + f + g + h", "件", "group-sum",
        labels={"a": "国家秘密", "b": "其他法律行政法规禁止", "c": "三安全一稳定", "d": "第三方合法权益",
                "e": "三类内部事务", "f": "四类过程性信息", "g": "行政执法案卷", "h": "行政查询事项"}, report_year=2023))
add(der("2025年平潭因信息公开引起的行政复议和行政诉讼（直接起诉加复议后起诉）合计多少件",
        {"a": "2025|T4|cases|review.total", "b": "2025|T4|cases|litigation_direct.total",
         "c": "2025|T4|cases|litigation_after_review.total"}, "a + b + c", "件", "sum-T4",
        labels={"a": "行政复议总计", "b": "直接起诉总计", "c": "复议后起诉总计"}, report_year=2025))
add(der("2022年平潭制发的行政规范性文件比废止的多几件",
        {"a": "2022|T2|normative_documents|issued", "b": "2022|T2|normative_documents|repealed"}, "a - b", "件",
        "difference", labels={"a": "本年制发", "b": "本年废止"}, report_year=2022))
add(der("平潭2022年的行政许可决定比2021年多出多少件？",
        {"a": "2022|T2|administrative_licensing|decisions", "b": "2021|T2|administrative_licensing|decisions"},
        "a - b", "件", "year-over-year", labels={"a": "2022年行政许可", "b": "2021年行政许可"}, report_year=2022))
add(der("平潭行政事业性收费2025年比2024年下降了多少万元？（保留两位小数）",
        {"a": "2024|T2|administrative_fees|fee_amount", "b": "2025|T2|administrative_fees|fee_amount"}, "a - b",
        "万元", "year-over-year-decimal", labels={"a": "2024年收费金额", "b": "2025年收费金额"}, decimals=2,
        report_year=2025))
add(der("2020年平潭新收的申请比2019年少了几件",
        {"a": "2019|T3|new_received|total", "b": "2020|T3|new_received|total"}, "a - b", "件", "year-over-year",
        labels={"a": "2019年新收总计", "b": "2020年新收总计"}, report_year=2020))
add(der("平潭2025年新收申请中自然人占比多少（按百分比，保留两位小数）",
        {"a": "2025|T3|new_received|natural_person", "b": "2025|T3|new_received|total"}, "a / b * 100", "%",
        "share-stated", labels={"a": "自然人新收", "b": "新收总计"}, decimals=2, report_year=2025))
add(der("2021到2025这五年里，平潭行政处罚决定最多的那一年是多少件？",
        {"a": "2021|T2|administrative_penalty|decisions", "b": "2022|T2|administrative_penalty|decisions",
         "c": "2023|T2|administrative_penalty|decisions", "d": "2024|T2|administrative_penalty|decisions",
         "e": "2025|T2|administrative_penalty|decisions"}, "max(a, b, c, d, e)", "件", "ranking-max",
        labels={"a": "2021", "b": "2022", "c": "2023", "d": "2024", "e": "2025"}, report_year=None,
        note="the maximum is the 2022 figure; a correct answer names 2022"))
add(der("2023年平潭行政复议、行政诉讼加在一起一共多少件",
        {"a": "2023|T4|cases|review.total", "b": "2023|T4|cases|litigation_direct.total",
         "c": "2023|T4|cases|litigation_after_review.total"}, "a + b + c", "件", "sum-T4",
        labels={"a": "行政复议总计", "b": "直接起诉总计", "c": "复议后起诉总计"}, report_year=2023))
add(der("平潭2024年不予公开的申请总共有多少件（国家秘密、第三方权益、内部事务等各项合计）",
        {"a": "2024|T3|denied_state_secret|total", "b": "2024|T3|denied_other_law|total",
         "c": "2024|T3|denied_three_security_one_stability|total", "d": "2024|T3|denied_third_party_rights|total",
         "e": "2024|T3|denied_internal_affairs|total", "f": "2024|T3|denied_process_info|total",
         "g": "2024|T3|denied_enforcement_case_file|total", "h": "2024|T3|denied_admin_query|total"},
        "a + b + c + d + e + f + g + h", "件", "group-sum",
        labels={"a": "国家秘密", "b": "其他法律行政法规禁止", "c": "三安全一稳定", "d": "第三方合法权益",
                "e": "三类内部事务", "f": "四类过程性信息", "g": "行政执法案卷", "h": "行政查询事项"}, report_year=2024))
add(der("2021年平潭新收申请中，法人或其他组织（企业、科研、公益、法律服务、其他）合计提了几件",
        {"a": "2021|T3|new_received|commercial_enterprise", "b": "2021|T3|new_received|research_institution",
         "c": "2021|T3|new_received|social_welfare_org", "d": "2021|T3|new_received|legal_service_org",
         "e": "2021|T3|new_received|other_org"}, "a + b + c + d + e", "件", "column-group-sum",
        labels={"a": "商业企业", "b": "科研机构", "c": "社会公益组织", "d": "法律服务机构", "e": "其他"},
        report_year=2021))
add(der("平潭2025年“无法提供”的申请合计多少件？",
        {"a": "2025|T3|unable_not_held|total", "b": "2025|T3|unable_needs_creation|total",
         "c": "2025|T3|unable_unclear_after_correction|total"}, "a + b + c", "件", "group-sum",
        labels={"a": "本机关不掌握", "b": "需另行制作", "c": "补正后仍不明确"}, report_year=2025))
add(der("2024年平潭因信息公开被告上法院的行政诉讼一共几件（直接起诉和复议后起诉都算）",
        {"a": "2024|T4|cases|litigation_direct.total", "b": "2024|T4|cases|litigation_after_review.total"},
        "a + b", "件", "sum-T4+colloquial", labels={"a": "直接起诉总计", "b": "复议后起诉总计"}, report_year=2024))
add(der("2025年平潭信息公开行政复议比上一年多了多少件",
        {"a": "2025|T4|cases|review.total", "b": "2024|T4|cases|review.total"}, "a - b", "件",
        "year-over-year-T4", labels={"a": "2025年复议总计", "b": "2024年复议总计"}, report_year=2025))
add(der("平潭行政强制决定，2024年比2023年多了几件？",
        {"a": "2024|T2|administrative_coercion|decisions", "b": "2023|T2|administrative_coercion|decisions"},
        "a - b", "件", "year-over-year", labels={"a": "2024年行政强制", "b": "2023年行政强制"}, report_year=2024))
add(der("2025年平潭“其他处理”三种情形加起来一共几件",
        {"a": "2025|T3|other_no_correction_overdue|total", "b": "2025|T3|other_fee_unpaid_overdue|total",
         "c": "2025|T3|other_other|total"}, "a + b + c", "件", "group-sum",
        labels={"a": "逾期不补正", "b": "逾期未缴费", "c": "其他"}, report_year=2025))

# =================================================================================================
# NARRATIVE items
# =================================================================================================
add(nar("平潭实验区2019年报上留的咨询电话是多少", 2019, "电话：0591-23165250", "contact-phone"))
add(nar("2019年平潭搞“一窗通办”以后，群众办事的等候时间缩短到了多少", 2019, "群众等候时间由42分钟缩至19分钟",
        "measure-figure-in-prose"))
add(nar("平潭2019年政府信息公开工作存在哪些不足", 2019, "个别部门对政府信息公开工作主动性和自觉性仍待提高", "problem"))
add(nar("2020年平潭一共办了几期《问政平潭》", 2020, "共组织开展6期《问政平潭》", "count-in-prose"))
add(nar("平潭2020年规范性文件专项清理之后废止了几件", 2020, "已宣布废止规范性文件5件", "count-in-prose"))
add(nar("平潭2020年报针对政府网站和政务新媒体提出了什么改进措施", 2020, "强化政府网站与政务新媒体的日常监管",
        "improvement-measure"))
add(nar("2021年平潭主动公开了多少条政府信息", 2021, "全年主动公开我区各级单位政府信息2645条", "count-in-prose"))
add(nar("2021年平潭在监督保障方面引入了什么外部力量来评估政务公开", 2021, "引入第三方评估公司", "measure"))
add(nar("平潭2021年的年报自己承认政策解读上有什么问题", 2021, "政策解读形式不够丰富", "problem"))
add(nar("对平潭2022年的信息公开年报有疑问，应该联系哪个处室", 2022, "管委会办公室保密与电子政务处", "contact-office"))
add(nar("2022年底平潭全区还有多少个政务新媒体", 2022, "现存的33个政务新媒体", "count-in-prose"))
add(nar("平潭在2022年报里说2023年要怎么提高重大行政决策预公开", 2022, "丰富意见征集形式", "plan-for-next-year"))
add(nar("2023年平潭发布了多少篇政策解读", 2023, "全年发布政策解读117篇", "count-in-prose"))
add(nar("平潭2023年政务公开通报开展了几次", 2023, "全年开展季度通报3次、月通报7次", "count-in-prose"))
add(nar("平潭2024年通过门户网站主动公开了多少条信息", 2024, "全年主动公开各类政府信息10407条", "count-in-prose"))
add(nar("2024年平潭新制发了多少件行政规范性文件", 2024, "动态更新发布本年度制发行政规范性文件62件",
        "count-in-prose-vs-table",
        note="T2 行政规范性文件 cells of 2024 are unresolved in the gold (digit run 6233440); the prose states 62"))
add(nar("平潭2024年报提出的2025年第一条改进措施是什么", 2024, "优化主动公开目录", "plan-for-next-year"))
add(nar("2025年平潭用了什么安全技术手段来保障平台稳定运行", 2025, "运用蜜罐等安全技术手段", "measure"))
add(nar("“平潭发布”公众号2025年发了多少条信息", 2025, "“平潭发布”公众号发布信息672条", "count-in-prose"))
add(nar("平潭2025年政府信息公开存在哪些不足", 2025, "政务公开队伍建设有待进一步加强", "problem"))
add(nar("平潭2025年有没有收取信息处理费", 2025, "2025年，无收取信息处理费情况", "yes-no-fee"))

# =================================================================================================
# UNANSWERABLE items
# =================================================================================================
add(una("平潭综合实验区2017年收到了多少件政府信息公开申请", None, 2017, "year_not_indexed", "year-gap"))
add(una("二〇一五年平潭因为信息公开被申请行政复议几件", None, 2015, "year_not_indexed",
        "year-gap+chinese-numeral-year"))
add(una("平潭2026年的政府信息公开年报里行政许可有多少件", None, 2026, "year_not_indexed", "future-year"))
add(una("平潭2010年主动公开了多少条政府信息", None, 2010, "year_not_indexed", "year-before-corpus"))
add(una("上海市虹口区人民政府2023年新收政府信息公开申请多少件", None, 2023, "year_not_indexed",
        "other-body-year-gap", note="虹口区 is indexed for 2021 only"))
add(una("福州市人民政府2023年收到多少件政府信息公开申请", None, 2023, "body_not_indexed",
        "parent-city-of-indexed-body"))
add(una("平潭综合实验区公安局2022年依申请公开了几件", None, 2022, "body_not_indexed",
        "department-of-indexed-body"))
add(una("福州市长乐区2024年政府信息公开行政诉讼有几件", None, 2024, "body_not_indexed", "neighbouring-district"))
add(una("黄浦区政府2021年的信息公开申请数是多少", None, 2021, "body_not_indexed",
        "neighbouring-district-of-indexed (虹口)"))
add(una("宿迁市人民政府2025年政府信息公开年报中行政复议多少件", None, 2025, "body_not_indexed",
        "parent-city-of-indexed-county (沭阳)"))
add(una("洪泽区发改局2023年收到几件信息公开申请", None, 2023, "body_not_indexed",
        "department-of-indexed-district (洪泽区 gov / 沭阳发改局 indexed)"))
add(una("上海市科协2024年政府信息公开申请收了多少", None, 2024, "body_not_indexed",
        "similar-name-to-indexed (市科委)"))
add(una("厦门市思明区2024年行政处罚决定有多少件", None, 2024, "body_not_indexed", "same-province-other-district"))
add(una("平潭2023年政务公开工作花了多少经费？", 2023, 2023, "no_such_figure", "budget"))
add(una("平潭综合实验区2024年有多少名专职的政府信息公开工作人员", 2024, 2024, "no_such_figure", "staff-count"))
add(una("2022年平潭政府门户网站的总访问量是多少", 2022, 2022, "no_such_figure", "visitor-count"))
add(una("平潭2019年行政事业性收费金额是多少万元", 2019, 2019, "not_in_this_format", "other-format-row",
        note="2019 trial format T2（八） holds 项目数量/增减, not an amount in 万元"))
add(una("2020年平潭有几件申请因为申请人逾期不补正、机关不再处理", 2020, 2020, "not_in_this_format",
        "other-format-row", note="2019 trial format has a single （六）其他处理 row without sub-rows"))
add(una("平潭2021年政府集中采购项目数量是多少", 2021, 2021, "not_in_this_format", "other-format-row",
        note="（九）政府集中采购 exists only in the 2019 trial format"))
add(una("2023年平潭“其他对外管理服务事项”的处理决定数量", 2023, 2023, "not_in_this_format", "other-format-row"))
add(una("平潭2025年行政处罚的上一年项目数量和本年增减是多少", 2025, 2025, "not_in_this_format", "other-format-row"))

# =================================================================================================
# AMBIGUOUS items
# =================================================================================================
add(amb("2024年一共收到多少件政府信息公开申请？", 2024, "no-body",
        note="2024 reports of 平潭综合实验区, 淮安市人民政府 and 上海市科委 are all indexed"))
add(amb("平潭2012年主动公开了多少条政府信息", 2012, "two-bodies-same-name",
        note="both 平潭综合实验区 (pingtan_2012) and 平潭县人民政府 (pingtan-county_2012) have 2012 reports"))
add(amb("2025年的年报里行政复议一共多少件", 2025, "no-body",
        note="平潭综合实验区, 沭阳县人民政府 and 上海市人民政府办公厅 2025 are all indexed"))
add(amb("我区2021年新收的信息公开申请有多少件", 2021, "no-body(我区)",
        note="虹口区 2021 and 平潭综合实验区 2021 (which calls itself 我区) are both indexed"))

# =================================================================================================
# FOLLOW-UP conversations
# =================================================================================================
fu("row-then-column",
   cell("平潭综合实验区2023年新收了多少政府信息公开申请？", "2023|T3|new_received|total", "plain"),
   cell("其中自然人多少？", "2023|T3|new_received|natural_person", "elliptic-column"),
   cell("商业企业呢", "2023|T3|new_received|commercial_enterprise", "elliptic-column"))
fu("T4-block-then-year",
   cell("2024年平潭信息公开方面的行政复议总共几件", "2024|T4|cases|review.total", "T4-review"),
   cell("复议后又起诉的呢？", "2024|T4|cases|litigation_after_review.total", "elliptic-block"),
   cell("那2025年呢", "2025|T4|cases|litigation_after_review.total", "elliptic-year"))
fu("row-then-year",
   cell("2021年平潭予以公开的申请有几件", "2021|T3|granted|total", "plain"),
   cell("部分公开呢", "2021|T3|partially_granted|total", "elliptic-row"),
   cell("2022年呢？", "2022|T3|partially_granted|total", "elliptic-year"))
fu("T2-row-then-year",
   cell("平潭2022年行政处罚决定多少件", "2022|T2|administrative_penalty|decisions", "T2"),
   cell("行政强制呢", "2022|T2|administrative_coercion|decisions", "elliptic-row-zero"),
   cell("那2021年的行政强制", "2021|T2|administrative_coercion|decisions", "elliptic-year"))
fu("unanswerable-body-then-indexed",
   una("福州市政府2023年新收的信息公开申请是多少件", None, 2023, "body_not_indexed", "parent-city"),
   cell("那平潭实验区同一年呢？", "2023|T3|new_received|total", "body-switch"))
fu("unanswerable-year-then-indexed",
   una("平潭2017年行政许可决定多少件", None, 2017, "year_not_indexed", "year-gap"),
   cell("那2021年的呢", "2021|T2|administrative_licensing|decisions", "elliptic-year"))
fu("row-then-year-then-share",
   cell("2019年平潭本机关不掌握相关信息的有几件", "2019|T3|unable_not_held|total", "result-row"),
   cell("2020年呢", "2020|T3|unable_not_held|total", "elliptic-year"),
   der("占当年办理结果总数的百分之几？保留一位小数",
       {"a": "2020|T3|unable_not_held|total", "b": "2020|T3|results_total|total"}, "a / b * 100", "%",
       "elliptic-share", labels={"a": "本机关不掌握", "b": "办理结果总计"}, decimals=1, report_year=2020))
fu("carried-then-column-then-diff",
   cell("平潭2025年结转到下年度继续办理的申请有几件", "2025|T3|carried_to_next_year|total", "result-row"),
   cell("其中商业企业的呢", "2025|T3|carried_to_next_year|commercial_enterprise", "elliptic-column"),
   der("比上年结转过来的多几件？",
       {"a": "2025|T3|carried_to_next_year|total", "b": "2025|T3|carried_over_from_last_year|total"}, "a - b",
       "件", "elliptic-difference", labels={"a": "结转下年度", "b": "上年结转"}, report_year=2025))
fu("fee-then-other-format-then-year",
   cell("2024年平潭行政事业性收费金额多少万元", "2024|T2|administrative_fees|fee_amount", "T2-decimal"),
   una("2019年的呢？", 2019, 2019, "not_in_this_format", "elliptic-year-other-format",
       note="2019 trial format reports fee items, not an amount"),
   cell("那2022年呢", "2022|T2|administrative_fees|fee_amount", "elliptic-year-after-unanswerable"))
fu("body-switch-year-gap-then-back",
   cell("2022年平潭未经复议直接起诉的行政诉讼有几件", "2022|T4|cases|litigation_direct.total", "T4-direct"),
   una("虹口区同一年呢", None, 2022, "year_not_indexed", "body-switch-year-gap",
       note="上海市虹口区 is indexed for 2021 only"),
   cell("回到平潭，2023年的呢", "2023|T4|cases|litigation_direct.total", "body-back+year"))
fu("T4-column-walk",
   cell("平潭2025年信息公开行政复议结果维持的有几件", "2025|T4|cases|review.maintained", "T4-review"),
   cell("纠正的呢", "2025|T4|cases|review.corrected", "elliptic-column"),
   cell("直接起诉那块被纠正的呢", "2025|T4|cases|litigation_direct.corrected", "elliptic-block"))
fu("row-then-column-then-year",
   cell("2020年平潭其他处理的申请有几件", "2020|T3|other_processing|total", "trial-format-row"),
   cell("自然人那一列是多少", "2020|T3|other_processing|natural_person", "elliptic-column"),
   una("那2020年其中逾期不补正的呢", 2020, 2020, "not_in_this_format", "elliptic-other-format-subrow",
       note="2019 trial format （六）其他处理 has no sub-rows"))

# =================================================================================================
# PARAPHRASE groups (5 each)
# =================================================================================================
def pg(ref_or_der, qs, classes):
    g = "y-pg%02d" % (len({p["group"] for p in PARA}) + 1)
    assert len(qs) == 5 and len(classes) == 5
    for i, (q, c) in enumerate(zip(qs, classes)):
        if isinstance(ref_or_der, str):
            it = cell(q, ref_or_der, c)
        else:
            it = dict(ref_or_der)
            it["question"] = q
            it["class"] = c
        it["id"] = "%s-%d" % (g, i + 1)
        it["group"] = g
        PARA.append(it)


STD = ["fullwidth-digits", "chinese-numeral-year", "keyword-only", "irrelevant-clause-first", "typo"]

pg("2023|T3|new_received|total",
   ["平潭综合实验区２０２３年新收政府信息公开申请多少件？",
    "二〇二三年平潭实验区收到的信息公开申请一共几件",
    "平潭 新收申请数量 2023",
    "我在写一篇关于海岛治理的稿子，想问下平潭2023年新接到多少政府信息公开申请",
    "平谭综合实验区2023年本年新收申请数量是多少"], STD)
pg("2024|T3|unable_not_held|total",
   ["平潭２０２４年有多少申请因为机关手里没有这个信息而答复无法提供",
    "平潭实验区二零二四年本机关不掌握相关政府信息的件数",
    "本机关不掌握 平潭 2024",
    "先不说别的，平潭2024年那种“我们这儿没有这个信息”的答复一共多少件",
    "平潭综合试验区2024年本机关不掌握相关政府信息的数量"], STD)
pg("2022|T2|administrative_licensing|decisions",
   ["平潭２０２２年行政许可处理决定数量",
    "二〇二二年平潭一年批了多少行政许可",
    "行政许可 处理决定 平潭 2022",
    "听说平潭审批改革搞得不错，那2022年平潭综合实验区行政许可决定有多少件",
    "平潭实验区2022年行政徐可处理决定数"], STD)
pg("2021|T4|cases|litigation_direct.total",
   ["平潭２０２１年未经复议直接起诉的行政诉讼一共几件",
    "平潭实验区二〇二一年没经过复议直接去法院告的案子有多少",
    "平潭 直接起诉 总计 2021",
    "朋友说政府常被告，那平潭2021年因为信息公开被直接起诉的有几起？",
    "平潭综合实验区2021年未经复仪直接起诉的案件总数"], STD)
pg("2025|T4|cases|review.total",
   ["２０２５年平潭信息公开行政复议案件一共几起",
    "平潭实验区行政复议总数，二〇二五年",
    "平潭 行政复议 总计 2025",
    "看新闻说复议案件多了，平潭2025年信息公开类行政复议总计是多少",
    "平潭2025年行政复义总计多少件"], STD)
pg("2019|T3|granted|total",
   ["平潭综合实验区２０１９年予以公开的申请有几件",
    "二〇一九年平潭全部公开给申请人的有多少件",
    "平潭 予以公开 2019",
    "我不太懂这些术语，就想知道平潭2019年申请信息后全部给了的有几件",
    "平潭综合实验区2019年予以公凯的件数"], STD)
pg("2020|T3|new_received|other_org",
   ["平潭实验区２０２０年新收申请中“其他”组织提的有几件",
    "平潭二〇二〇年其他组织新收申请数",
    "平潭 新收申请 其他组织 2020",
    "除了个人和企业之外，2020年平潭还有其他组织来申请信息公开吗？几件",
    "平潭2020年新收申请里其他阻织的数量"], STD)
pg("2024|T3|denied_internal_affairs|total",
   ["平潭２０２４年因属于三类内部事务信息不予公开的有几件",
    "平潭实验区二〇二四年以内部事务为由不公开的申请数",
    "平潭 内部事务信息 不予公开 2024",
    "机关说是内部管理的事不给公开——平潭2024年这样答复的有多少件",
    "平潭2024年属于三类内部是务信息的件数"], STD)
pg("2025|T2|administrative_penalty|decisions",
   ["平潭２０２５年行政处罚决定多少件",
    "平潭综合实验区行政处罚处理决定数量（二〇二五年）",
    "行政处罚 平潭 2025",
    "我家在平潭开店，想了解下2025年平潭全区行政处罚决定一共多少件",
    "平潭2025年行政处发决定数量"], STD)
pg("2021|T2|administrative_fees|fee_amount",
   ["平潭２０２１年行政事业性收费金额是多少万元",
    "平潭实验区二〇二一年行政事业性收费收了多少万",
    "行政事业性收费 平潭 2021 万元",
    "顺带问问，物价先不管，平潭2021年政府行政事业性收费金额是多少",
    "平潭2021年行政事业性收废金额"], STD)
pg("2022|T2|normative_documents|valid",
   ["平潭２０２２年现行有效的行政规范性文件有多少件",
    "平潭实验区二〇二二年现行有效规范性文件件数",
    "平潭 规范性文件 现行有效 2022",
    "我查政策时发现很多文件废止了，那平潭2022年还有效的行政规范性文件一共几件",
    "平潭综合实验区2022年行政规范性文建现行有效件数"], STD)
pg("2023|T3|partially_granted|total",
   ["平潭２０２３年部分公开的申请有几件",
    "二零二三年平潭实验区部分公开多少件",
    "平潭 部分公开 2023年",
    "上次申请只给了一半材料，想问平潭2023年像这样部分公开的一共几件",
    "平潭2023年部分公升的申请数"], STD)
pg("2025|T3|carried_to_next_year|total",
   ["平潭２０２５年结转下年度继续办理的申请数",
    "平潭实验区二〇二五年没办完、转到下一年的有几件",
    "结转下年度 平潭 2025",
    "年底了事情多，平潭2025年有多少件信息公开申请要留到明年接着办",
    "平潭2025年结转下年度继续办里的件数"], STD)
pg("2024|T4|cases|litigation_after_review.maintained",
   ["平潭２０２４年复议后起诉、结果维持的有几件",
    "二〇二四年平潭复议后再起诉被法院维持的案件数",
    "平潭 复议后起诉 结果维持 2024",
    "我在研究行政诉讼胜诉率，平潭2024年复议后又起诉、结果被维持的有几件",
    "平潭2024年复议后起述结果维持数"], STD)
pg("2021|T3|new_received|social_welfare_org",
   ["平潭２０２１年社会公益组织新提交的申请有几件",
    "二〇二一年平潭收到社会公益组织的信息公开申请几件",
    "平潭 社会公益组织 新收 2021",
    "我们是一家公益机构，想了解平潭2021年公益组织提了几件信息公开申请",
    "平潭2021年社会公义组织新收申请数"], STD)
pg("2020|T3|other_processing|total",
   ["平潭２０２０年“其他处理”的申请有几件",
    "二〇二〇年平潭实验区其他处理件数",
    "平潭 其他处理 2020",
    "我看报表看得头大，平潭2020年办理结果里其他处理是多少",
    "平潭2020年其它处理总计"], STD)
pg("2022|T3|carried_over_from_last_year|total",
   ["平潭２０２２年上年结转过来的申请有几件",
    "二〇二二年平潭从2021年结转过来的信息公开申请数",
    "上年结转 平潭 2022",
    "年初接手工作时想知道，平潭2022年有多少件申请是去年留下来的",
    "平潭2022年上年结专申请数量"], STD)
pg("2023|T2|administrative_coercion|decisions",
   ["平潭２０２３年行政强制处理决定多少件",
    "二〇二三年平潭行政强制决定数量",
    "行政强制 平潭 2023",
    "最近查封扣押的新闻不少，平潭2023年行政强制决定一共多少件",
    "平潭2023年行政强治决定数量"], STD)
pg("2025|T3|unable_needs_creation|total",
   ["平潭２０２５年因为没有现成信息、需要另行制作而无法提供的有几件",
    "二〇二五年平潭需另行制作无法提供的申请数",
    "平潭 没有现成信息 另行制作 2025",
    "我申请的数据他们说要重新统计才有，平潭2025年这种情况有几件",
    "平潭2025年没有现成信息需要另行治作的件数"], STD)
pg("2020|T2|administrative_fees|change",
   ["平潭２０２０年行政事业性收费项目本年增减是多少",
    "二〇二〇年平潭行政事业性收费本年增/减",
    "平潭 行政事业性收费 增减 2020",
    "听说这几年在清理收费，平潭2020年的行政事业性收费项目增减了多少",
    "平潭2020年行政事业性收废项目本年增减是多少"], STD)

D19 = der("", {"a": "2024|T3|new_received|total", "b": "2023|T3|new_received|total"}, "a - b", "件", "",
          labels={"a": "2024年新收总计", "b": "2023年新收总计"}, report_year=2024)
pg(D19, ["平潭２０２４年新收申请比２０２３年多了多少件",
         "二〇二四年平潭新收的信息公开申请比上一年多几件",
         "平潭 新收申请 2024比2023 增加",
         "申请量好像暴涨了，平潭2024年新收申请比2023年多多少件",
         "平潭2024年新收申情比2023年增加了多少"], STD)
D20 = der("", {"a": "2025|T3|granted|total", "b": "2025|T3|partially_granted|total"}, "a + b", "件", "",
          labels={"a": "予以公开", "b": "部分公开"}, report_year=2025)
pg(D20, ["平潭２０２５年予以公开和部分公开加起来多少件",
         "二〇二五年平潭全部或部分公开的申请合计几件",
         "平潭 予以公开+部分公开 2025",
         "我想算下满足率，平潭2025年予以公开加上部分公开一共多少件",
         "平潭2025年予以公开与部分公开和计多少"], STD)
D21 = der("", {"a": "2021|T3|granted|total", "b": "2021|T3|results_total|total"}, "a / b * 100", "%", "",
          labels={"a": "予以公开", "b": "办理结果总计"}, decimals=2, report_year=2021)
pg(D21, ["平潭２０２１年予以公开占办理结果总计的比例（百分比，保留两位小数）",
         "二〇二一年平潭予以公开占全部办理结果的百分之几，保留两位小数",
         "平潭 2021 予以公开 占比 % 两位小数",
         "做个对比研究：平潭2021年予以公开件数占办理结果总计的百分比是多少（两位小数）",
         "平潭2021年予以公开站办理结果总计的百分比，保留两位小数"], STD)
D22 = der("", {"a": "2019|T3|unable_not_held|total", "b": "2019|T3|unable_needs_creation|total",
               "c": "2019|T3|unable_unclear_after_correction|total"}, "a + b + c", "件", "",
          labels={"a": "本机关不掌握", "b": "需另行制作", "c": "补正后仍不明确"}, report_year=2019)
pg(D22, ["平潭２０１９年无法提供的申请一共几件（三种情形合计）",
         "二〇一九年平潭“无法提供”各项加起来多少件",
         "平潭 无法提供 合计 2019",
         "报表太复杂了，我只想知道平潭2019年各种无法提供的申请合计是多少",
         "平潭2019年无法提共的申请合计"], STD)
D23 = der("", {"a": "2022|T4|cases|review.total", "b": "2022|T4|cases|litigation_direct.total",
               "c": "2022|T4|cases|litigation_after_review.total"}, "a + b + c", "件", "",
          labels={"a": "行政复议总计", "b": "直接起诉总计", "c": "复议后起诉总计"}, report_year=2022)
pg(D23, ["平潭２０２２年信息公开行政复议和行政诉讼合计多少件",
         "二〇二二年平潭复议加诉讼一共几件",
         "平潭 复议+诉讼 合计 2022",
         "写年终总结要用：平潭2022年因信息公开引起的复议和诉讼（含两类起诉）总共几件",
         "平潭2022年行政复议和行政诉松合计件数"], STD)
