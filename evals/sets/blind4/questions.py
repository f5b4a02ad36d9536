# -*- coding: utf-8 -*-
"""Blind set 4 — question specifications (references only, no typed numbers).

Every item names the report(s) and the gold cell(s) it asks about; build.py looks the
numbers up in the gold files and computes derived values; check.py recomputes them
independently.  A cell reference is a tuple (report_stem, table, row, column).

Helpers:
  C(cls, q, rep, t, r, c)                      single cell
  D(cls, q, rep, op, unit, **spec)             derived: op in sum | diff | share | max
        sum:   cells=[ref, ...]                 value = sum
        diff:  a=[ref...], b=[ref...]           value = sum(a) - sum(b)
        share: num=[ref...], den=[ref...], decimals=d   value = round_half_up(100*num/den, d)
        max:   cands=[(label, ref), ...]        value = the largest cell, label = its name
  N(cls, q, rep, sub)                          narrative: verbatim substring of one line
  U(cls, q, reason, year)                      unanswerable
  A(cls, q, year)                              ambiguous
  F(cls, [turn, ...])                          follow-up conversation (turns are C/D/U dicts)
  PG(group, base_note, [item x5])              paraphrase group (cell or derived items)
"""

# ---------------------------------------------------------------- report stems
HK = "hongkou-district_2021"
HZ = "hongze-district_2023"
HA = "huaian-city_2024"
P11, P12, P13, P14, P16, P18 = ("pingtan_2011", "pingtan_2012", "pingtan_2013",
                                "pingtan_2014", "pingtan_2016", "pingtan_2018")
P19, P20, P21, P22, P23, P24, P25 = ("pingtan_2019", "pingtan_2020", "pingtan_2021", "pingtan_2022",
                                     "pingtan_2023", "pingtan_2024", "pingtan_2025")
PC11, PC12, PC13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"
SH19 = "shanghai-municipal-office_2019"
SH25 = "shanghai-municipal-office_2025"
KW = "shanghai-stcsm_2024"
SY = "shuyang-county_2025"
FGJ = "shuyang-fgj_2023"

ALL_REPORTS = [HK, HZ, HA, P11, P12, P13, P14, P16, P18, P19, P20, P21, P22, P23, P24, P25,
               PC11, PC12, PC13, SH19, SH25, KW, SY, FGJ]

NP, CE, RI, SW, LS, OO, TOT = ("natural_person", "commercial_enterprise", "research_institution",
                               "social_welfare_org", "legal_service_org", "other_org", "total")
ORG5 = [CE, RI, SW, LS, OO]
DENIED8 = ["denied_state_secret", "denied_other_law", "denied_three_security_one_stability",
           "denied_third_party_rights", "denied_internal_affairs", "denied_process_info",
           "denied_enforcement_case_file", "denied_admin_query"]
UNABLE3 = ["unable_not_held", "unable_needs_creation", "unable_unclear_after_correction"]
NOTPROC5 = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
            "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
OTHER3 = ["other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"]
RESULTS21 = ["granted", "partially_granted"] + DENIED8 + UNABLE3 + NOTPROC5 + OTHER3

ROW_CN = {"granted": "予以公开", "partially_granted": "部分公开",
          "denied_state_secret": "属于国家秘密", "denied_other_law": "其他法律行政法规禁止公开",
          "denied_three_security_one_stability": "危及“三安全一稳定”",
          "denied_third_party_rights": "保护第三方合法权益", "denied_internal_affairs": "属于三类内部事务信息",
          "denied_process_info": "属于四类过程性信息", "denied_enforcement_case_file": "属于行政执法案卷",
          "denied_admin_query": "属于行政查询事项", "unable_not_held": "本机关不掌握相关政府信息",
          "unable_needs_creation": "没有现成信息需要另行制作",
          "unable_unclear_after_correction": "补正后申请内容仍不明确",
          "not_processed_petition_complaint": "信访举报投诉类申请", "not_processed_duplicate": "重复申请",
          "not_processed_publication": "要求提供公开出版物",
          "not_processed_massive_repeated": "无正当理由大量反复申请",
          "not_processed_confirm_or_reissue": "要求行政机关确认或重新出具已获取信息",
          "other_no_correction_overdue": "逾期不补正", "other_fee_unpaid_overdue": "逾期未缴费",
          "other_other": "其他处理·其他"}


def t3(rep, row, col=TOT):
    return (rep, "T3", row, col)


def t4(rep, col):
    return (rep, "T4", "cases", col)


def t2(rep, row, col="decisions"):
    return (rep, "T2", row, col)


def st(rep, row, col="this_year"):
    return (rep, "stats", row, col)


# ---------------------------------------------------------------- constructors
def C(cls, q, rep, t, r, c, note=None):
    d = {"kind": "cell", "class": cls, "question": q, "report": rep, "ref": (rep, t, r, c)}
    if note:
        d["note"] = note
    return d


def D(cls, q, rep, op, unit, note=None, **spec):
    d = {"kind": "derived", "class": cls, "question": q, "report": rep, "op": op, "unit": unit}
    d.update(spec)
    if note:
        d["note"] = note
    return d


def N(cls, q, rep, sub, note=None):
    d = {"kind": "narrative", "class": cls, "question": q, "report": rep, "substring": sub}
    if note:
        d["note"] = note
    return d


def U(cls, q, reason, year, note=None):
    d = {"kind": "unanswerable", "class": cls, "question": q, "report": None, "year": year,
         "reason": reason}
    if note:
        d["note"] = note
    return d


def A(cls, q, year, note=None):
    d = {"kind": "ambiguous", "class": cls, "question": q, "report": None, "year": year}
    if note:
        d["note"] = note
    return d


def F(cls, turns, note=None):
    d = {"kind": "followup", "class": cls, "turns": turns}
    if note:
        d["note"] = note
    return d


# ====================================================================== CELLS
CELLS = [
    # ---- 虹口区 2021
    C("colloquial-column", "虹口区2021年老百姓个人提交的政府信息公开申请有多少件？", HK, "T3", "new_received", NP),
    C("full-name+staff-exact", "上海市虹口区人民政府2021年度，因“本机关不掌握相关政府信息”而无法提供的申请共几件？",
      HK, "T3", "unable_not_held", TOT),
    C("keyword-only", "虹口 2021 行政查询事项 不予公开", HK, "T3", "denied_admin_query", TOT),
    C("short-body", "2021年虹口区政府一共作出了多少件行政许可决定？", HK, "T2", "administrative_licensing", "decisions"),
    C("irrelevant-clause-first+T4", "我在写一篇关于政府信息公开诉讼的论文，想问下虹口区2021年那些先复议、复议后又去法院起诉的案子，判维持的有几件？",
      HK, "T4", "cases", "litigation_after_review.maintained"),
    C("T2-repealed", "虹口区2021年废止了几件行政规范性文件？", HK, "T2", "normative_documents", "repealed"),
    C("two-digit-year+colloquial-row", "虹口区21年有多少申请没办完、转到下一年继续办理？", HK, "T3", "carried_to_next_year", TOT),
    # ---- 洪泽区 2023
    C("city-prefix-name", "淮安市洪泽区2023年作出了多少件行政处罚决定？", HZ, "T2", "administrative_penalty", "decisions"),
    C("T2-fee", "洪泽区政府2023年行政事业性收费金额是多少万元？", HZ, "T2", "administrative_fees", "fee_amount"),
    C("short-name+T4", "洪泽2023年信息公开行政复议结果维持的有几件？", HZ, "T4", "cases", "review.maintained"),
    C("colloquial-count-word", "洪泽区2023年部分公开的申请有几个？", HZ, "T3", "partially_granted", TOT),
    C("full-name", "洪泽区人民政府2023年度因属于国家秘密而不予公开的申请有几件？", HZ, "T3", "denied_state_secret", TOT),
    C("T4-after-review", "洪泽区2023年复议后又起诉、法院判结果维持的行政诉讼有几件？", HZ, "T4", "cases",
      "litigation_after_review.maintained"),
    C("colloquial-row", "淮安洪泽区2023年因为找不到相关政府信息、答复无法提供的有多少件？", HZ, "T3", "unable_not_held", TOT),
    # ---- 淮安市 2024
    C("colloquial-column", "淮安市政府2024年，律师事务所之类的法律服务机构新提交了多少件信息公开申请？", HA, "T3",
      "new_received", LS),
    C("city-short", "淮安市2024年予以公开的申请一共多少件？", HA, "T3", "granted", TOT),
    C("keyword-only", "淮安 2024 行政查询事项 不予公开 件数", HA, "T3", "denied_admin_query", TOT),
    C("full-name+colloquial-row", "淮安市人民政府2024年把信访、举报、投诉类的申请作不予处理的有多少件？", HA, "T3",
      "not_processed_petition_complaint", TOT),
    C("T4-review-other", "淮安市2024年信息公开行政复议中“其他结果”的有多少件？", HA, "T4", "cases", "review.other_result"),
    C("colloquial-T4", "2024年淮安市没经过复议、直接去法院起诉的政府信息公开案件共多少件？", HA, "T4", "cases",
      "litigation_direct.total"),
    C("staff-exact", "淮安市2024年行政处罚本年处理决定数量", HA, "T2", "administrative_penalty", "decisions"),
    C("T2-fee+typo", "淮按市政府2024年的行政事业性收费是多少万元？", HA, "T2", "administrative_fees", "fee_amount"),
    C("colloquial-row", "淮安市2024年有多少申请因为申请人过期没交信息处理费，机关就不再处理了？", HA, "T3",
      "other_fee_unpaid_overdue", TOT),
    C("colloquial-column-zero", "淮安市2024年科研院所这类科研机构提交了几件信息公开申请？", HA, "T3", "new_received", RI),
    C("staff-exact", "淮安市2024年因“其他法律行政法规禁止公开”而不予公开的有多少件？", HA, "T3", "denied_other_law", TOT),
    C("colloquial-row", "淮安市2024年有几件申请是要求机关确认或者重新出具已经拿到的信息而不予处理的？", HA, "T3",
      "not_processed_confirm_or_reissue", TOT),
    C("T4-after-review-pending", "淮安市2024年复议后起诉的行政诉讼中还没审结的有几件？", HA, "T4", "cases",
      "litigation_after_review.pending"),
    C("T4-direct-other", "淮安市2024年直接起诉的信息公开行政诉讼里“其他结果”有几件？", HA, "T4", "cases",
      "litigation_direct.other_result"),
    C("T2-regulations-issued", "淮安市2024年新制发了几件政府规章？", HA, "T2", "regulations", "issued"),
    # ---- 平潭综合实验区 2025
    C("staff-exact", "平潭综合实验区2025年本年新收政府信息公开申请数量总计", P25, "T3", "new_received", TOT),
    C("short-name+T4", "平潭2025年行政复议结果维持的有几起？", P25, "T4", "cases", "review.maintained"),
    C("short-name", "平潭实验区2025年行政许可处理决定数量是多少？", P25, "T2", "administrative_licensing", "decisions"),
    C("colloquial-row", "平潭综合实验区2025年有几件申请是因为申请人一直不补正材料，最后不再处理的？", P25, "T3",
      "other_no_correction_overdue", TOT),
    C("T4-direct-corrected", "平潭综合实验区2025年没经复议直接起诉的行政诉讼里，结果被纠正的有几件？", P25, "T4", "cases",
      "litigation_direct.corrected"),
    C("column-row-mix", "平潭2025年企业提的申请中转到下一年继续办的有几件？", P25, "T3", "carried_to_next_year", CE),
    # ---- 平潭 2024
    C("staff-exact", "平潭综合实验区2024年因属于三类内部事务信息不予公开的有多少件？", P24, "T3", "denied_internal_affairs", TOT),
    C("guanweihui-name", "平潭管委会2024年复议后起诉的行政诉讼总计多少件？", P24, "T4", "cases",
      "litigation_after_review.total"),
    C("chinese-numeral-year", "平潭综合实验区二〇二四年行政处罚决定数是多少？", P24, "T2", "administrative_penalty", "decisions"),
    C("colloquial-row", "平潭2024年因为涉及国家秘密不给公开的申请有几件？", P24, "T3", "denied_state_secret", TOT),
    C("column+row", "平潭综合实验区2024年自然人申请的里面予以公开了多少件？", P24, "T3", "granted", NP),
    C("T4-after-review-corrected", "平潭综合实验区2024年复议后起诉的行政诉讼被纠正了几件？", P24, "T4", "cases",
      "litigation_after_review.corrected"),
    # ---- 平潭 2023
    C("plain", "平潭综合实验区2023年部分公开了多少件申请？", P23, "T3", "partially_granted", TOT),
    C("colloquial-row", "平潭2023年为了保护第三方的合法权益没有公开的申请有几件？", P23, "T3", "denied_third_party_rights", TOT),
    C("T4-direct-total", "平潭综合实验区2023年未经复议直接起诉的行政诉讼总数是多少？", P23, "T4", "cases",
      "litigation_direct.total"),
    C("year-at-end", "平潭综合实验区行政事业性收费金额（万元），2023年", P23, "T2", "administrative_fees", "fee_amount"),
    C("fullwidth-digits", "平潭综合实验区２０２３年行政许可决定有多少件？", P23, "T2", "administrative_licensing", "decisions"),
    # ---- 平潭 2022
    C("colloquial-row", "平潭综合实验区2022年从上一年结转过来的申请有几件？", P22, "T3", "carried_over_from_last_year", TOT),
    C("T2-valid", "平潭综合实验区2022年现行有效的行政规范性文件有多少件？", P22, "T2", "normative_documents", "valid"),
    C("short-name+T4", "平潭2022年信息公开方面的行政复议一共几件？", P22, "T4", "cases", "review.total"),
    C("quoted-label", "平潭实验区2022年“本机关不掌握相关政府信息”的有多少件？", P22, "T3", "unable_not_held", TOT),
    # ---- 平潭 2021
    C("colloquial-column", "平潭综合实验区2021年社会公益组织提了几件信息公开申请？", P21, "T3", "new_received", SW),
    C("colloquial-T4", "平潭2021年没经过复议直接起诉、法院判维持的有几件？", P21, "T4", "cases", "litigation_direct.maintained"),
    C("T2-fee", "平潭综合实验区2021年行政事业性收费金额多少万元？", P21, "T2", "administrative_fees", "fee_amount"),
    C("staff-exact", "平潭综合实验区2021年因属于行政执法案卷而不予公开的有几件？", P21, "T3", "denied_enforcement_case_file", TOT),
    # ---- 平潭 2020 (2019 trial format)
    C("trial-format-row", "平潭综合实验区2020年“其他处理”的申请有几件？", P20, "T3", "other_processing", TOT),
    C("colloquial-column", "平潭综合实验区2020年其他组织提出的信息公开申请有几件？", P20, "T3", "new_received", OO),
    C("trial-format-T2-change", "平潭2020年行政事业性收费项目本年增减了多少项？", P20, "T2", "administrative_fees", "change"),
    C("trial-format-T2", "平潭综合实验区2020年规章对外公开总数量是多少？", P20, "T2", "regulations", "total_published"),
    C("trial-format-T2-previous", "平潭综合实验区2020年行政处罚的“上一年项目数量”是多少？", P20, "T2", "administrative_penalty",
      "previous_year_items"),
    C("staff-exact", "平潭综合实验区2020年补正后申请内容仍不明确的有几件？", P20, "T3", "unable_unclear_after_correction", TOT),
    # ---- 平潭 2019 (2019 trial format)
    C("colloquial-row", "平潭综合实验区2019年申请人补正后内容还是不明确、没法提供的有几件？", P19, "T3",
      "unable_unclear_after_correction", TOT),
    C("short-name", "平潭2019年重复申请不予处理的有几件？", P19, "T3", "not_processed_duplicate", TOT),
    C("year-first", "2019年平潭综合实验区新收政府信息公开申请多少件？", P19, "T3", "new_received", TOT),
    # ---- 上海市政府办公厅 2019 (2019 trial format)
    C("trial-format-T2-procurement", "上海市政府办公厅2019年政府集中采购总金额是多少？", SH19, "T2", "centralized_procurement",
      "procurement_amount", note="printed '251000元'; value in 元"),
    C("trial-format-T2-procurement", "上海市人民政府办公厅2019年政府集中采购项目有几个？", SH19, "T2", "centralized_procurement",
      "procurement_items"),
    C("trial-format-T2", "上海市府办公厅2019年规章对外公开总数量是多少件？", SH19, "T2", "regulations", "total_published"),
    C("column+row", "2019年上海市人民政府办公厅收到的信访举报投诉类申请中，自然人提交的有多少件？", SH19, "T3",
      "not_processed_petition_complaint", NP),
    C("colloquial-column", "上海市政府办公厅2019年企业提交的政府信息公开申请有几件？", SH19, "T3", "new_received", CE),
    C("T4-direct-maintained", "上海市政府办公厅2019年未经复议直接起诉、结果维持的行政诉讼有几件？", SH19, "T4", "cases",
      "litigation_direct.maintained"),
    C("colloquial-row", "上海市政府办公厅2019年有多少件申请要转到2020年继续办？", SH19, "T3", "carried_to_next_year", TOT),
    # ---- 上海市政府办公厅 2025
    C("colloquial-row", "上海市政府办公厅2025年“其他处理”里面归为“其他”的有多少件？", SH25, "T3", "other_other", TOT),
    C("plain", "上海市政府办公厅2025年新收政府信息公开申请多少件？", SH25, "T3", "new_received", TOT),
    C("column+row", "上海市政府办公厅2025年上年结转的申请里，法律服务机构的有几件？", SH25, "T3",
      "carried_over_from_last_year", LS),
    C("full-name+T4", "上海市人民政府办公厅2025年复议后起诉的行政诉讼总计多少件？", SH25, "T4", "cases",
      "litigation_after_review.total"),
    C("plain", "上海市政府办公厅2025年因本机关不掌握而无法提供的申请数是多少？", SH25, "T3", "unable_not_held", TOT),
    C("shifu-name", "上海市府办公厅2025年结转下年度继续办理的有多少件？", SH25, "T3", "carried_to_next_year", TOT),
    C("results-total", "上海市政府办公厅2025年全年办结了多少件申请（办理结果总计）？", SH25, "T3", "results_total", TOT),
    C("colloquial-row", "上海市政府办公厅2025年因为申请人要的是公开出版物而不予处理的有几件？", SH25, "T3",
      "not_processed_publication", TOT),
    C("colloquial-row", "上海市政府办公厅2025年被认定为无正当理由大量反复申请的有几件？", SH25, "T3",
      "not_processed_massive_repeated", TOT),
    C("T4-direct-pending", "上海市政府办公厅2025年直接起诉的行政诉讼尚未审结的有多少件？", SH25, "T4", "cases",
      "litigation_direct.pending"),
    C("T4-after-review-other", "上海市政府办公厅2025年复议后起诉的案件里其他结果几件？", SH25, "T4", "cases",
      "litigation_after_review.other_result"),
    # ---- 上海市科委 2024
    C("short-dept-name", "上海市科委2024年行政许可处理决定数量是多少？", KW, "T2", "administrative_licensing", "decisions"),
    C("very-short-dept-name", "市科委2024年现行有效的规范性文件有多少件？", KW, "T2", "normative_documents", "valid"),
    C("full-name+colloquial-row", "上海市科学技术委员会2024年申请人逾期不补正、被终止处理的申请有几件？", KW, "T3",
      "other_no_correction_overdue", TOT),
    C("short-dept-name", "上海科委2024年没有现成信息、需要另行制作的申请有几件？", KW, "T3", "unable_needs_creation", TOT),
    C("colloquial-column", "上海市科委2024年公司企业新提交的申请有几件？", KW, "T3", "new_received", CE),
    # ---- 沭阳县 2025
    C("county-short", "沭阳县2025年行政处罚决定数量是多少？", SY, "T2", "administrative_penalty", "decisions"),
    C("colloquial-row", "沭阳县政府2025年“其他处理”中的“其他”有多少件？", SY, "T3", "other_other", TOT),
    C("typo-ocr-name", "沐阳县2025年因属于三类内部事务信息不予公开的有几件？", SY, "T3", "denied_internal_affairs", TOT,
      note="沐阳 is the OCR spelling in the file and a common typo for 沭阳"),
    C("T4-pending", "沭阳县2025年信息公开行政复议还没审结的有多少件？", SY, "T4", "cases", "review.pending"),
    C("full-name+T4", "沭阳县人民政府2025年行政复议结果纠正了几件？", SY, "T4", "cases", "review.corrected"),
    C("staff-exact", "沭阳县2025年本机关不掌握相关政府信息的申请数", SY, "T3", "unable_not_held", TOT),
    C("colloquial-row", "沭阳县2025年因危及国家安全、公共安全、经济安全和社会稳定而不予公开的申请有几件？", SY, "T3",
      "denied_three_security_one_stability", TOT),
    # ---- 沭阳县发改局 2023
    C("dept-short", "沭阳县发改局2023年制发了几件规范性文件？", FGJ, "T2", "normative_documents", "issued"),
    C("dept-full+T4", "沭阳县发展和改革局2023年行政复议尚未审结的有几件？", FGJ, "T4", "cases", "review.pending"),
    C("dept-very-short", "沭阳发改局2023年予以公开的申请有多少件？", FGJ, "T3", "granted", TOT),
    # ---- pre-2019 统计表
    C("pre2019-stats", "平潭综合实验区2011年通过政府公报公开了多少条信息？", P11, "stats", "proactive_gazette", "this_year"),
    C("pre2019-stats", "平潭综合实验区2012年统计表里的主动公开信息数是多少条？", P12, "stats", "proactive_total", "this_year"),
    C("pre2019-cumulative", "平潭综合实验区2012年主动公开信息的历年累计是多少条？", P12, "stats", "proactive_total", "cumulative"),
    C("pre2019-stats", "平潭综合实验区2013年政府信息公开情况统计表中主动公开信息数是多少？", P13, "stats", "proactive_total",
      "this_year", note="the prose says 4970; the table prints 72804 — gold follows the table"),
    C("pre2019-stats", "平潭综合实验区管委会2014年信函、传真申请数是多少？", P14, "stats", "req_letter_fax", "this_year"),
    C("pre2019-cumulative", "平潭实验区2014年主动公开文件数历年累计多少条？", P14, "stats", "proactive_total", "cumulative"),
    C("pre2019-stats", "平潭综合实验区2016年主动公开文件数是多少条？", P16, "stats", "proactive_total", "this_year"),
    C("pre2019-stats-fee", "平潭综合实验区2016年政府信息公开收费减免金额是多少元？", P16, "stats", "fee_waiver_amount", "this_year"),
    C("pre2019-cumulative", "平潭综合实验区2018年主动公开文件数历年累计多少？", P18, "stats", "proactive_total", "cumulative"),
    C("pre2019-county", "平潭县人民政府2011年主动公开信息数是多少条？", PC11, "stats", "proactive_total", "this_year"),
    C("pre2019-county", "平潭县政府2012年当面申请的有多少条？", PC12, "stats", "req_in_person", "this_year"),
    C("pre2019-county", "平潭县2012年否决公开的答复有几条？", PC12, "stats", "reply_refused", "this_year"),
    C("pre2019-county", "平潭县人民政府2012年通过电子邮件申请的有几条？", PC12, "stats", "req_email", "this_year"),
    C("pre2019-county", "平潭县2013年网上申请数是多少？", PC13, "stats", "req_online", "this_year",
      note="the prose says 网上申请3条/信函4条; the table (and its cumulative chain) gives 网上申请 4 — gold follows the table"),
    C("pre2019-county", "平潭县人民政府2013年对申请的答复数是多少条？", PC13, "stats", "replies_total", "this_year"),
    C("pre2019-county-cumulative", "平潭县2013年受理依申请公开信息总数的历年累计是多少？", PC13, "stats", "requests_total",
      "cumulative"),
]

# ====================================================================== DERIVED
DERIVED = [
    # 虹口 2021
    D("sum-enumerated", "虹口区2021年予以公开和部分公开加起来一共多少件？", HK, "sum", "件",
      cells=[t3(HK, "granted"), t3(HK, "partially_granted")]),
    D("group-sum", "虹口区2021年总共有多少件申请被决定不予公开（把八类不予公开情形加在一起）？", HK, "sum", "件",
      cells=[t3(HK, r) for r in DENIED8]),
    D("yes-no+number", "虹口区政府2021年有没有因为政府信息公开被告上法院？一共几件（直接起诉加复议后起诉）？", HK, "sum", "件",
      cells=[t4(HK, "litigation_direct.total"), t4(HK, "litigation_after_review.total")]),
    D("ranking-rows", "虹口区2021年不予公开的理由里哪一类最多？有几件？", HK, "max", "件",
      cands=[(ROW_CN[r], t3(HK, r)) for r in DENIED8]),
    # 淮安 2024
    D("sum-columns", "淮安市2024年法人或其他组织（企业、科研机构、公益组织、法律服务机构、其他）新提交的申请合计多少件？", HA,
      "sum", "件", cells=[t3(HA, "new_received", c) for c in ORG5]),
    D("group-sum", "淮安市2024年无法提供的申请一共多少件（不掌握、需另行制作、补正后仍不明确三项合计）？", HA, "sum", "件",
      cells=[t3(HA, r) for r in UNABLE3]),
    D("share-2dp", "淮安市2024年予以公开的占全部办理结果总数的百分之多少？保留两位小数。", HA, "share", "%", decimals=2,
      num=[t3(HA, "granted")], den=[t3(HA, "results_total")]),
    D("sum-T4", "淮安市2024年因政府信息公开被提起的行政诉讼一共多少件？", HA, "sum", "件",
      cells=[t4(HA, "litigation_direct.total"), t4(HA, "litigation_after_review.total")]),
    D("ranking-T4", "淮安市2024年行政复议的几种结果（维持、纠正、其他结果、尚未审结）中哪一种最多，有多少件？", HA, "max", "件",
      cands=[("结果维持", t4(HA, "review.maintained")), ("结果纠正", t4(HA, "review.corrected")),
             ("其他结果", t4(HA, "review.other_result")), ("尚未审结", t4(HA, "review.pending"))]),
    # 沭阳 2025
    D("group-sum", "沭阳县2025年不予处理的申请合计多少件？", SY, "sum", "件", cells=[t3(SY, r) for r in NOTPROC5]),
    D("sum-T4-all", "沭阳县2025年信息公开相关的行政复议和行政诉讼加起来一共多少件？", SY, "sum", "件",
      cells=[t4(SY, "review.total"), t4(SY, "litigation_direct.total"), t4(SY, "litigation_after_review.total")]),
    D("share-2dp", "沭阳县2025年新收申请里自然人占多大比例？按百分比保留两位小数。", SY, "share", "%", decimals=2,
      num=[t3(SY, "new_received", NP)], den=[t3(SY, "new_received", TOT)]),
    D("group-sum", "沭阳县2025年“其他处理”三项加起来是多少件？", SY, "sum", "件", cells=[t3(SY, r) for r in OTHER3]),
    # 平潭 year over year
    D("yoy-decrease", "平潭综合实验区2025年新收的政府信息公开申请比2024年少了多少件？", P25, "diff", "件",
      a=[t3(P24, "new_received")], b=[t3(P25, "new_received")], note="uses pingtan_2024 and pingtan_2025"),
    D("yoy-increase", "平潭2024年新收申请比2023年多了多少件？", P24, "diff", "件",
      a=[t3(P24, "new_received")], b=[t3(P23, "new_received")], note="uses pingtan_2023 and pingtan_2024"),
    D("yoy-decrease-T2", "平潭综合实验区2023年行政许可决定比2022年减少了多少件？", P23, "diff", "件",
      a=[t2(P22, "administrative_licensing")], b=[t2(P23, "administrative_licensing")],
      note="uses pingtan_2022 and pingtan_2023"),
    D("yoy-fee-2dp", "平潭综合实验区2022年的行政事业性收费比2021年少了多少万元？保留两位小数。", P22, "diff", "万元", decimals=2,
      a=[t2(P21, "administrative_fees", "fee_amount")], b=[t2(P22, "administrative_fees", "fee_amount")],
      note="uses pingtan_2021 and pingtan_2022"),
    D("yoy-cross-format", "平潭2021年收到的信息公开申请比2020年多了多少件？", P21, "diff", "件",
      a=[t3(P21, "new_received")], b=[t3(P20, "new_received")],
      note="uses pingtan_2020 (2019 trial format) and pingtan_2021; the row exists in both formats"),
    D("yoy-decrease", "平潭综合实验区2020年新收申请比2019年少几件？", P20, "diff", "件",
      a=[t3(P19, "new_received")], b=[t3(P20, "new_received")], note="uses pingtan_2019 and pingtan_2020"),
    D("sum-T4", "平潭综合实验区2025年行政诉讼一共多少起（直接起诉和复议后起诉合计）？", P25, "sum", "件",
      cells=[t4(P25, "litigation_direct.total"), t4(P25, "litigation_after_review.total")]),
    D("share-2dp-T4", "平潭2024年行政复议里结果维持的占复议总数的比例是多少？保留两位小数。", P24, "share", "%", decimals=2,
      num=[t4(P24, "review.maintained")], den=[t4(P24, "review.total")]),
    D("sum-enumerated", "平潭综合实验区2023年予以公开和部分公开合计几件？", P23, "sum", "件",
      cells=[t3(P23, "granted"), t3(P23, "partially_granted")]),
    D("ranking-results", "平潭综合实验区2024年的办理结果里，哪一种情形的件数最多？多少件？", P24, "max", "件",
      cands=[(ROW_CN[r], t3(P24, r)) for r in RESULTS21]),
    # 上海市政府办公厅
    D("group-sum", "上海市政府办公厅2025年不予公开的一共有多少件（各类不予公开情形合计）？", SH25, "sum", "件",
      cells=[t3(SH25, r) for r in DENIED8]),
    D("group-sum", "上海市政府办公厅2025年其他处理合计多少件？", SH25, "sum", "件", cells=[t3(SH25, r) for r in OTHER3]),
    D("difference", "上海市政府办公厅2025年新收的申请比办结的多多少件？", SH25, "diff", "件",
      a=[t3(SH25, "new_received")], b=[t3(SH25, "results_total")]),
    D("sum-T4-blank", "上海市政府办公厅2019年信息公开类行政复议和行政诉讼一共多少件？", SH19, "sum", "件",
      cells=[t4(SH19, "review.total"), t4(SH19, "litigation_direct.total")],
      note="the 复议后起诉 block is blank (not printed) in the 2019 table, so 行政诉讼 = 未经复议直接起诉 总计"),
    D("share-1dp", "上海市政府办公厅2019年新收申请中自然人占比多少？精确到0.1%。", SH19, "share", "%", decimals=1,
      num=[t3(SH19, "new_received", NP)], den=[t3(SH19, "new_received", TOT)]),
    D("sum-columns", "上海市政府办公厅2025年上年结转的申请里，法人或其他组织一共几件？", SH25, "sum", "件",
      cells=[t3(SH25, "carried_over_from_last_year", c) for c in ORG5]),
    # 上海市科委 2024
    D("share-1dp", "上海市科委2024年办结的申请中予以公开的占多少？百分比保留一位小数。", KW, "share", "%", decimals=1,
      num=[t3(KW, "granted")], den=[t3(KW, "results_total")]),
    D("sum-enumerated", "上海市科委2024年新收的加上上年结转的，一共需要办理多少件申请？", KW, "sum", "件",
      cells=[t3(KW, "new_received"), t3(KW, "carried_over_from_last_year")]),
    D("group-sum", "上海市科委2024年无法提供的申请一共几件？", KW, "sum", "件", cells=[t3(KW, r) for r in UNABLE3]),
    # 洪泽 2023
    D("group-sum", "洪泽区2023年不予公开的申请合计多少件？", HZ, "sum", "件", cells=[t3(HZ, r) for r in DENIED8]),
    D("share-2dp", "洪泽区2023年无法提供的申请占新收申请的比例是多少？用百分数表示，保留两位小数。", HZ, "share", "%",
      decimals=2, num=[t3(HZ, r) for r in UNABLE3], den=[t3(HZ, "new_received")]),
    # 沭阳县发改局 2023
    D("sum-T2", "沭阳县发改局2023年规章和规范性文件现行有效的一共多少件？", FGJ, "sum", "件",
      cells=[t2(FGJ, "regulations", "valid"), t2(FGJ, "normative_documents", "valid")]),
    # pre-2019
    D("yoy-pre2019", "平潭县2012年主动公开信息数比2011年增加了多少条？", PC12, "diff", "条",
      a=[st(PC12, "proactive_total")], b=[st(PC11, "proactive_total")],
      note="uses pingtan-county_2011 and pingtan-county_2012"),
    D("yoy-pre2019", "平潭县2013年受理的依申请公开信息比2012年少了多少条？", PC13, "diff", "条",
      a=[st(PC12, "requests_total")], b=[st(PC13, "requests_total")],
      note="uses pingtan-county_2012 and pingtan-county_2013"),
    D("yoy-pre2019", "按统计表，平潭综合实验区2014年主动公开文件数比2013年的主动公开信息数少了多少条？", P14, "diff", "条",
      a=[st(P13, "proactive_total")], b=[st(P14, "proactive_total")],
      note="uses pingtan_2013 and pingtan_2014 tables (2013's table value 72804 contradicts its prose 4970; the table is used)"),
    D("yoy-pre2019", "平潭综合实验区2012年统计表的主动公开信息数比2011年多多少条？", P12, "diff", "条",
      a=[st(P12, "proactive_total")], b=[st(P11, "proactive_total")], note="uses pingtan_2011 and pingtan_2012"),
    D("share-pre2019", "平潭县2012年当面申请占受理申请总数的百分之几？保留两位小数。", PC12, "share", "%", decimals=2,
      num=[st(PC12, "req_in_person")], den=[st(PC12, "requests_total")]),
    D("difference-pre2019", "平潭综合实验区2016年统计表里，主动公开文件数的历年累计减去2016年度的数，也就是2016年以前累计公开了多少条？",
      P16, "diff", "条", a=[st(P16, "proactive_total", "cumulative")], b=[st(P16, "proactive_total")]),
    D("share-pre2019-int", "平潭县2013年对申请的答复数占受理数的百分之几？四舍五入取整。", PC13, "share", "%", decimals=0,
      num=[st(PC13, "replies_total")], den=[st(PC13, "requests_total")]),
]

# ====================================================================== NARRATIVE
NARRATIVE = [
    N("contact-phone", "虹口区政府办公室的联系电话是多少？", HK, "021—25658888"),
    N("problems", "虹口区2021年政务公开工作存在哪些主要问题？", HK, "政务公开标准化规范化工作尚处在初级阶段"),
    N("fee-prose", "虹口区政府2021年有没有收取信息处理费？", HK, "区政府未收取政府信息公开信息处理费"),
    N("contact-address", "洪泽区政府办公室的地址在哪里？", HZ, "淮安市洪泽区洪泽湖大道",
      note="PDF; text = pdftotext output in texts/hongze-district_2023.pdftotext.txt, checked against the rendered page 1"),
    N("contact-phone", "淮安市洪泽区政府信息公开的咨询电话", HZ, "0517-87222589",
      note="PDF; pdftotext text, rendered page 1"),
    N("problems", "洪泽区2023年政府信息公开还存在什么差距？", HZ, "政务公开内容的深度和广度还有待提升",
      note="PDF; pdftotext text, rendered page 4"),
    N("contact-phone", "淮安市人民政府办公室政府信息公开的联系电话", HA, "0517-83605210"),
    N("fee-prose", "淮安市2024年一共收了多少政府信息公开信息处理费？", HA, "全年收取政府信息公开信息处理费 3940 元"),
    N("problems", "淮安市2024年政务公开工作主要有哪些不足？", HA, "一是政策解读质量仍需提升"),
    N("prose-count", "平潭2025年通过门户网站主动公开了多少条政府信息？", P25, "累计主动公开政府信息7700余条"),
    N("measure", "平潭综合实验区2025年关停了哪些网站和新媒体？", P25, "关停运营不规范、运维不及时的政府网站1个、政务新媒体2个"),
    N("prose-count", "平潭实验区2024年发布了多少篇政策解读？", P24, "全年发布政策文件解读96篇"),
    N("prose-count", "平潭2024年“平潭大家谈”在线访谈开展了几期？", P24, "开展“平潭大家谈”系列在线访谈12期"),
    N("measure", "平潭2024年整治“指尖上的形式主义”关停了几个政务新媒体？", P24, "对5个发挥作用不明显、基层无力维护的政务新媒体予以关停注销"),
    N("contact-address", "平潭综合实验区管委会办公室的通讯地址是哪里？（2023年报）", P23, "平潭综合实验区商务营运中心7号楼14层"),
    N("prose-count", "平潭综合实验区2023年全区主动公开了多少条政府信息？", P23, "2023年全区共主动公开政府信息13561条"),
    N("problems", "平潭综合实验区2022年政务公开存在的主要问题是什么？", P22, "重大行政决策预公开程度需进一步加强"),
    N("prose-count", "平潭2022年全区现存有多少个政务新媒体？", P22, "全区现存的33个政务新媒体"),
    N("contact-phone", "平潭综合实验区2021年年报留的联系电话是多少？", P21, "电话/传真：0591-23165370"),
    N("measure", "平潭2021年通过微信公众号发布了多少批次农产品抽检情况？", P21, "20680批次农产品抽检情况"),
    N("contact-email", "平潭综合实验区2020年政府信息公开的电子邮箱是什么？", P20, "电子邮箱：pzxxgkb@163.com"),
    N("prose-count", "平潭2020年《问政平潭之有事你说》收到了多少件群众诉求？", P20, "收到群众诉求348件"),
    N("contact-phone", "平潭综合实验区2019年政府信息公开的联系电话", P19, "电话：0591-23165250"),
    N("prose-visits", "平潭2018年政府信息公开专栏的访问量有多少？", P18, "政府信息公开专栏访问量达108932人次"),
    N("contact-address", "平潭综合实验区政府信息公开工作办公室2016年的地址", P16, "北厝镇竹屿口现场指挥部"),
    N("prose-count", "平潭2014年区行政服务中心共受理了多少件申请？", P14, "共受理申请121510件"),
    N("yes-no-prose", "平潭综合实验区2013年有没有收到政府信息公开的行政复议申请？", P13, "收到1份有关政府信息公开行政复议申请",
      note="the 2013 table's 行政复议数 is 0 while the prose reports one review application"),
    N("platform", "平潭官方微博2012年发了多少条微博，有多少粉丝？", P12, "共发布微博1288条，拥有粉丝10659名"),
    N("prose-count", "平潭综合实验区2011年制作、获取的政府信息总数是多少？", P11, "制作、获取政府信息总数1873条"),
    N("contact-address", "平潭县人民政府2011年年报里留的办公室地址是什么？", PC11, "平潭县翠园南路10号",
      note="the same address is printed in the 2012 and 2013 county reports too"),
    N("prose-visits", "平潭县2012年政府信息公开专栏访问量是多少？", PC12, "专栏访问量达24745人次"),
    N("prose-count", "平潭县2013年公众查阅点汇集了多少个单位的信息？", PC13, "目前已汇集了48个单位"),
    N("prose-rate", "上海市政府办公厅2019年市政府公文主动公开率是多少？", SH19, "市政府公文主动公开率达90.2%"),
    N("prose-count", "上海市政府办公厅2025年召开了多少场市政府新闻发布会？", SH25, "召开市政府新闻发布会 42 场"),
    N("problems", "上海市政府办公厅2025年报提到的主要问题有哪些？", SH25, "政策信息分散于多个平台"),
    N("website", "上海市科委年度报告电子版从哪个网站下载？", KW, "https://stcsm.sh.gov.cn"),
    N("measure", "上海市科委2024年针对机构改革后栏目不适应的问题开设了什么专栏？", KW, "“张江高新区”专栏已成功开设"),
    N("fee-prose", "沭阳县2025年收取了多少信息处理费？", SY, "收取信息处理费共计380元"),
    N("measure", "沭阳县2025年为防止超时答复发出了多少次催办提示？", SY, "全年发出催办提示 84 次"),
    N("contact-phone", "沭阳县发改局的联系电话是多少？", FGJ, "0527—83593059",
      note="HTML; text = texts/shuyang-fgj_2023.htmltext.txt (one line per block element), checked against the screenshot"),
    N("prose-count", "沭阳县发改局2023年受理了多少件网络问政？", FGJ, "全年受理网络问政182件",
      note="HTML; texts/shuyang-fgj_2023.htmltext.txt"),
]

# ====================================================================== UNANSWERABLE
UNANSWERABLE = [
    # bodies not indexed (many share words with indexed ones)
    U("neighbour-district", "上海市黄浦区人民政府2022年收到多少件政府信息公开申请？", "body_not_indexed", 2022),
    U("neighbour-district-same-year", "黄浦区2021年因政府信息公开被申请行政复议几件？", "body_not_indexed", 2021),
    U("dept-of-indexed-district", "虹口区发展改革委2021年收到的政府信息公开申请是多少件？", "body_not_indexed", 2021,
      note="区发展改革委 is named in the 虹口区 report, but only as one unit of the district; no figure of its own"),
    U("dept-of-indexed-district", "虹口区住房保障房屋管理局2021年收了多少信息处理费？", "body_not_indexed", 2021),
    U("same-name-district", "淮安市淮安区2024年政府信息公开行政复议有多少件？", "body_not_indexed", 2024,
      note="淮安区 is a district of 淮安市; only the city government report is indexed"),
    U("dept-of-indexed-city", "淮安市发展和改革委员会2024年制发了几件行政规范性文件？", "body_not_indexed", 2024),
    U("parent-city", "宿迁市人民政府2025年新收政府信息公开申请多少件？", "body_not_indexed", 2025),
    U("neighbour-county", "泗阳县人民政府2025年行政处罚决定数是多少？", "body_not_indexed", 2025),
    U("dept-of-indexed-county", "沭阳县教育局2025年收到了多少件政府信息公开申请？", "body_not_indexed", 2025),
    U("similar-name-kexie", "上海市科学技术协会2024年主动公开了多少条信息？", "body_not_indexed", 2024,
      note="科协 (association) vs 科委 (commission)"),
    U("sub-body-of-indexed", "平潭综合实验区地方税务局2013年主动公开信息数是多少？", "body_not_indexed", 2013),
    U("shares-place-name", "平潭海关2023年收到多少政府信息公开申请？", "body_not_indexed", 2023),
    U("dept-of-indexed-district", "洪泽区发改委2023年依申请公开多少件？", "body_not_indexed", 2023),
    U("neighbour-county-dept", "泗阳县发展和改革局2023年制发了几件规范性文件？", "body_not_indexed", 2023),
    U("street-office-of-indexed-district", "虹口区北外滩街道办事处2021年收到几件信息公开申请？", "body_not_indexed", 2021),
    # years not indexed
    U("year-after-indexed", "虹口区2022年政府信息公开申请收到多少件？", "year_not_indexed", 2022),
    U("year-after-indexed+other-printed-name", "淮安市洪泽区人民政府2024年行政处罚决定数量是多少？", "year_not_indexed", 2024),
    U("year-before-indexed", "淮安市政府2023年收到的依申请公开数量是多少？", "year_not_indexed", 2023),
    U("gap-year", "平潭综合实验区2015年主动公开政府信息多少条？", "year_not_indexed", 2015),
    U("gap-year", "平潭2017年统计表里主动公开文件数是多少？", "year_not_indexed", 2017),
    U("gap-year", "上海市人民政府办公厅2022年行政复议有多少件？", "year_not_indexed", 2022),
    U("year-before-indexed", "上海市科委2023年收到多少件信息公开申请？", "year_not_indexed", 2023),
    U("year-before-indexed", "沭阳县2024年行政复议多少件？", "year_not_indexed", 2024),
    U("year-after-indexed", "沭阳县发改局2024年新收申请数量是多少？", "year_not_indexed", 2024),
    U("year-after-indexed", "平潭县人民政府2014年主动公开信息数是多少？", "year_not_indexed", 2014),
    U("year-before-all", "平潭综合实验区2010年主动公开了多少条信息？", "year_not_indexed", 2010),
    U("year-before-indexed", "上海市虹口区人民政府2020年因政府信息公开被申请行政复议多少件？", "year_not_indexed", 2020),
    # figures no report holds
    U("budget", "虹口区2021年政务公开工作经费预算是多少万元？", "no_such_figure", 2021),
    U("website-visits", "淮安市2024年政府门户网站的访问量是多少？", "no_such_figure", 2024),
    U("staff-count", "平潭综合实验区2024年从事政务公开工作的专职人员有几名？", "no_such_figure", 2024),
    U("processing-time", "上海市科委2024年依申请公开平均办理用时多少天？", "no_such_figure", 2024),
    U("applicant-gender", "上海市政府办公厅2025年信息公开申请人里男性和女性各有多少？", "no_such_figure", 2025),
    U("followers", "平潭综合实验区2023年政务新媒体的粉丝总数是多少？", "no_such_figure", 2023),
    U("channel-breakdown", "洪泽区2023年通过网上提交的政府信息公开申请有多少件？", "no_such_figure", 2023),
    # rows of the other table format
    U("2021-row-asked-of-trial", "平潭综合实验区2019年申请人逾期未按收费通知缴费、机关不再处理的有几件？", "not_in_this_format", 2019,
      note="the 2019 trial format has a single （六）其他处理 row, no fee-unpaid sub-row"),
    U("2021-column-asked-of-trial", "上海市政府办公厅2019年本年废止的规章有几件？", "not_in_this_format", 2019,
      note="the 2019 trial T2 has 本年新制作/本年新公开/对外公开总数量, no 废止 column"),
    U("trial-row-asked-of-2021", "上海市政府办公厅2025年政府集中采购总金额是多少？", "not_in_this_format", 2025),
    U("trial-row-asked-of-2021", "淮安市2024年其他对外管理服务事项处理决定数量", "not_in_this_format", 2024),
    U("applicant-type-asked-of-pre2019", "平潭综合实验区2016年依申请公开中商业企业申请了几件？", "not_in_this_format", 2016),
    U("pre2019-row-asked-of-2021", "平潭综合实验区2023年当面申请数有多少条？", "not_in_this_format", 2023),
    U("2021-fee-amount-asked-of-trial", "平潭综合实验区2020年行政事业性收费金额是多少万元？", "not_in_this_format", 2020,
      note="2019 trial T2 （八） counts fee items (上一年项目数量, 本年增/减), not an amount"),
    U("denial-reason-asked-of-pre2019", "平潭县2012年依申请公开中因属于国家秘密不予公开的有几条？", "not_in_this_format", 2012,
      note="the legacy table has 否决公开答复数 but no breakdown by reason"),
]

# ====================================================================== AMBIGUOUS
AMBIGUOUS = [
    A("two-bodies-one-place", "2012年平潭主动公开了多少条政府信息？", 2012,
      note="平潭综合实验区 2012 (table 739) and 平潭县人民政府 2012 (2026) are both indexed"),
    A("two-bodies-one-place", "平潭2013年受理了多少件依申请公开？", 2013,
      note="平潭综合实验区 2013 (0) and 平潭县人民政府 2013 (7) are both indexed"),
    A("no-body", "2023年政府信息公开申请收到多少件？", 2023,
      note="2023: 洪泽区, 平潭综合实验区, 沭阳县发改局"),
    A("no-body", "2025年因为政府信息公开被申请行政复议多少件？", 2025,
      note="2025: 平潭综合实验区, 上海市政府办公厅, 沭阳县"),
    A("no-year", "上海市政府办公厅行政复议有多少件？", None, note="2019 and 2025 are both indexed"),
    A("no-year", "平潭综合实验区收到了多少件政府信息公开申请？", None, note="many years indexed"),
]

# ====================================================================== FOLLOW-UPS
FOLLOWUPS = [
    F("column-then-group", [
        C("plain", "淮安市2024年新收了多少政府信息公开申请？", HA, "T3", "new_received", TOT),
        C("ellipsis-column", "其中自然人多少？", HA, "T3", "new_received", NP),
        D("ellipsis-org-group", "法人呢？", HA, "sum", "件", cells=[t3(HA, "new_received", c) for c in ORG5],
          note="法人 = 法人或其他组织, the five organisation columns summed"),
    ]),
    F("year-then-block", [
        C("plain", "平潭综合实验区2023年行政复议总数是多少？", P23, "T4", "cases", "review.total"),
        C("ellipsis-year", "那2024年呢？", P24, "T4", "cases", "review.total"),
        D("ellipsis-block", "诉讼那块呢？", P24, "sum", "件",
          cells=[t4(P24, "litigation_direct.total"), t4(P24, "litigation_after_review.total")]),
    ]),
    F("row-walk", [
        C("plain", "虹口区2021年予以公开多少件？", HK, "T3", "granted", TOT),
        C("ellipsis-row", "部分公开呢？", HK, "T3", "partially_granted", TOT),
        D("ellipsis-group", "不予公开的一共呢？", HK, "sum", "件", cells=[t3(HK, r) for r in DENIED8]),
    ]),
    F("unanswerable-then-body", [
        U("neighbour-district", "上海市黄浦区2022年收到多少件政府信息公开申请？", "body_not_indexed", 2022),
        C("ellipsis-body-year", "那虹口区2021年呢？", HK, "T3", "new_received", TOT),
    ]),
    F("unanswerable-year-then-year", [
        U("year-not-indexed", "沭阳县2024年行政复议多少件？", "year_not_indexed", 2024),
        C("ellipsis-year", "2025年呢？", SY, "T4", "cases", "review.total"),
    ]),
    F("T2-row-walk", [
        C("short-dept-name", "上海市科委2024年行政许可多少件？", KW, "T2", "administrative_licensing", "decisions"),
        C("ellipsis-row", "行政处罚呢？", KW, "T2", "administrative_penalty", "decisions"),
    ]),
    F("unable-subrows", [
        C("colloquial-row", "洪泽区2023年本机关不掌握的有多少件？", HZ, "T3", "unable_not_held", TOT),
        C("ellipsis-row", "需要另行制作的呢？", HZ, "T3", "unable_needs_creation", TOT),
        C("ellipsis-row", "补正后还不明确的呢？", HZ, "T3", "unable_unclear_after_correction", TOT),
    ]),
    F("pre2019-column-switch", [
        C("pre2019-stats", "平潭综合实验区2018年主动公开文件数是多少？", P18, "stats", "proactive_total", "this_year"),
        C("ellipsis-column", "历年累计呢？", P18, "stats", "proactive_total", "cumulative"),
    ]),
    F("pre2019-year-then-row", [
        C("pre2019-county", "平潭县2012年受理的依申请公开信息一共多少条？", PC12, "stats", "requests_total", "this_year"),
        C("ellipsis-year", "2013年呢？", PC13, "stats", "requests_total", "this_year"),
        C("ellipsis-row", "其中网上申请几条？", PC13, "stats", "req_online", "this_year"),
    ]),
    F("year-jump-same-body", [
        C("shifu-name", "上海市政府办公厅2025年结转到下一年的申请有多少？", SH25, "T3", "carried_to_next_year", TOT),
        C("ellipsis-year", "2019年呢？", SH19, "T3", "carried_to_next_year", TOT),
    ]),
    F("T3-then-T4", [
        C("dept-short", "沭阳县发改局2023年收到几件信息公开申请？", FGJ, "T3", "new_received", TOT),
        C("ellipsis-table", "复议呢？", FGJ, "T4", "cases", "review.total"),
    ]),
    F("T2-row-walk", [
        C("city-short", "淮安市2024年行政处罚决定有多少？", HA, "T2", "administrative_penalty", "decisions"),
        C("ellipsis-row", "行政强制呢？", HA, "T2", "administrative_coercion", "decisions"),
        C("ellipsis-row", "许可呢", HA, "T2", "administrative_licensing", "decisions"),
    ]),
    F("year-back-into-other-format", [
        C("T2-fee", "平潭综合实验区2022年行政事业性收费多少万元？", P22, "T2", "administrative_fees", "fee_amount"),
        C("ellipsis-year", "2021年呢？", P21, "T2", "administrative_fees", "fee_amount"),
        U("ellipsis-year-other-format", "那2020年呢？", "not_in_this_format", 2020,
          note="2020 uses the 2019 trial format: （八） counts fee items, no amount in 万元"),
    ]),
    F("T4-block-switch", [
        C("T4-direct-total", "沭阳县2025年直接起诉的行政诉讼有几件？", SY, "T4", "cases", "litigation_direct.total"),
        C("ellipsis-block", "复议后起诉的呢？", SY, "T4", "cases", "litigation_after_review.total"),
    ]),
    F("trial-procurement", [
        C("trial-format-T2-procurement", "上海市人民政府办公厅2019年政府集中采购了几个项目？", SH19, "T2", "centralized_procurement",
          "procurement_items"),
        C("ellipsis-column", "金额多少？", SH19, "T2", "centralized_procurement", "procurement_amount",
          note="printed '251000元'; value in 元"),
    ]),
    F("column-then-row", [
        C("colloquial-column", "平潭综合实验区2025年新收申请中商业企业有几件？", P25, "T3", "new_received", CE),
        C("ellipsis-row", "结转到下年的企业申请呢？", P25, "T3", "carried_to_next_year", CE),
    ]),
    F("unanswerable-gap-year-then-year", [
        U("gap-year", "平潭2015年主动公开了多少条政府信息？", "year_not_indexed", 2015),
        C("ellipsis-year", "那2016年呢？", P16, "stats", "proactive_total", "this_year"),
    ]),
    F("T4-total-then-sub", [
        C("plain", "虹口区2021年行政复议几件？", HK, "T4", "cases", "review.total"),
        C("ellipsis-column", "维持了几件？", HK, "T4", "cases", "review.maintained"),
    ]),
    F("unanswerable-similar-name-then-correction", [
        U("similar-name-kexie", "上海市科协2024年收到多少政府信息公开申请？", "body_not_indexed", 2024),
        C("self-correction", "不好意思，我说的是上海市科委", KW, "T3", "new_received", TOT),
    ]),
    F("body-and-year-switch", [
        C("plain", "洪泽区2023年行政处罚多少件？", HZ, "T2", "administrative_penalty", "decisions"),
        C("ellipsis-body-year", "淮安市2024年呢？", HA, "T2", "administrative_penalty", "decisions"),
    ]),
    F("year-then-derived", [
        C("trial-format", "平潭综合实验区2019年部分公开几件？", P19, "T3", "partially_granted", TOT),
        C("ellipsis-year", "2020年呢？", P20, "T3", "partially_granted", TOT),
        D("ellipsis-yoy", "比上一年多几件？", P20, "diff", "件", a=[t3(P20, "partially_granted")],
          b=[t3(P19, "partially_granted")], note="uses pingtan_2019 and pingtan_2020"),
    ]),
    F("notproc-row-walk", [
        C("colloquial-row", "淮安市2024年信访举报投诉类申请不予处理的有多少？", HA, "T3", "not_processed_petition_complaint", TOT),
        C("ellipsis-row", "重复申请呢？", HA, "T3", "not_processed_duplicate", TOT),
    ]),
    F("row-then-year", [
        C("staff-exact", "平潭综合实验区2024年三类内部事务信息不予公开的有几件？", P24, "T3", "denied_internal_affairs", TOT),
        C("ellipsis-row", "四类过程性信息呢？", P24, "T3", "denied_process_info", TOT),
        C("ellipsis-year-row", "2025年的过程性信息呢？", P25, "T3", "denied_process_info", TOT),
    ]),
    F("column-switch", [
        C("column+row", "上海市政府办公厅2025年上年结转的申请中法律服务机构有几件？", SH25, "T3",
          "carried_over_from_last_year", LS),
        C("ellipsis-row", "那新收的呢？", SH25, "T3", "new_received", LS),
    ]),
    F("unanswerable-format-then-answerable", [
        U("pre2019-row-asked-of-2021", "平潭综合实验区2023年当面申请的有多少？", "not_in_this_format", 2023),
        C("ellipsis-year-format", "那2014年呢？", P14, "stats", "req_in_person", "this_year"),
    ]),
]

FOLLOWUPS += [
    F("county-to-dept", [
        C("county-short", "沭阳县2025年行政许可决定有多少件？", SY, "T2", "administrative_licensing", "decisions"),
        C("ellipsis-body-year", "那沭阳县发改局2023年呢？", FGJ, "T2", "administrative_licensing", "decisions"),
    ]),
    F("unanswerable-year-then-drilldown", [
        U("year-after-indexed", "淮安市2025年新收了多少件政府信息公开申请？", "year_not_indexed", 2025),
        C("ellipsis-year", "2024年呢？", HA, "T3", "new_received", TOT),
        C("ellipsis-row", "其中予以公开多少？", HA, "T3", "granted", TOT),
    ]),
]

# ====================================================================== PARAPHRASE GROUPS (5 each)
PARAPHRASES = [
    ("pg01", [
        C("fullwidth-digits", "平潭综合实验区２０２３年新收政府信息公开申请多少件？", P23, "T3", "new_received", TOT),
        C("chinese-numeral-year", "二〇二三年平潭实验区收到的信息公开申请数量是多少？", P23, "T3", "new_received", TOT),
        C("keyword-only+year-at-end", "平潭综合实验区 新收申请数 2023", P23, "T3", "new_received", TOT),
        C("irrelevant-clause-first+colloquial-name", "我在整理福建的资料，想知道平潭管委会2023年一共收到多少件信息公开申请？", P23, "T3",
          "new_received", TOT),
        C("typo", "平谭综合实验区2023年新收申请数量", P23, "T3", "new_received", TOT),
    ]),
    ("pg02", [
        C("plain", "淮安市2024年政府信息公开行政复议总共多少件？", HA, "T4", "cases", "review.total"),
        C("chinese-numeral-year", "淮安市人民政府二零二四年行政复议总计", HA, "T4", "cases", "review.total"),
        C("fullwidth-digits", "淮安市政府２０２４年因信息公开被申请行政复议几件？", HA, "T4", "cases", "review.total"),
        C("keyword-only", "淮安 行政复议 总数 2024年", HA, "T4", "cases", "review.total"),
        C("typo", "淮安市2024年行政复意一共有多少件？", HA, "T4", "cases", "review.total"),
    ]),
    ("pg03", [
        C("plain", "沭阳县2025年因本机关不掌握相关信息而无法提供的有多少件？", SY, "T3", "unable_not_held", TOT),
        C("typo-ocr-name", "沐阳县2025年本机关不掌握相关政府信息的申请几件？", SY, "T3", "unable_not_held", TOT),
        C("fullwidth-digits+colloquial-row", "沭阳县政府２０２５年有多少申请因为县里没有这个信息答复不了？", SY, "T3", "unable_not_held", TOT),
        C("year-without-nian", "沭阳县人民政府2025 本机关不掌握 件数", SY, "T3", "unable_not_held", TOT),
        C("irrelevant-clause-first", "上个月我向县里申请公开一份文件被告知不掌握，想了解沭阳县2025年这种“本机关不掌握”的情况总共有多少件？", SY,
          "T3", "unable_not_held", TOT),
    ]),
    ("pg04", [
        C("plain", "虹口区2021年新收政府信息公开申请多少件？", HK, "T3", "new_received", TOT),
        C("chinese-numeral-year", "上海市虹口区二〇二一年本年新收申请数量", HK, "T3", "new_received", TOT),
        C("short-colloquial-name", "上海虹口2021年一共收到了几个信息公开申请？", HK, "T3", "new_received", TOT),
        C("year-at-end", "虹口区政府新收的政府信息公开申请数，2021年", HK, "T3", "new_received", TOT),
        C("typo", "虹囗区2021年新收申请总计多少", HK, "T3", "new_received", TOT),
    ]),
    ("pg05", [
        C("plain", "上海市政府办公厅2025年予以公开的申请有多少件？", SH25, "T3", "granted", TOT),
        C("full-name+chinese-numeral-year", "上海市人民政府办公厅二零二五年予以公开件数", SH25, "T3", "granted", TOT),
        C("colloquial-row", "上海市府办公厅2025年全部同意公开的申请有几件？", SH25, "T3", "granted", TOT),
        C("keyword-only", "上海市政府办公厅 予以公开 2025", SH25, "T3", "granted", TOT),
        C("typo", "上海市政府办公厅2025年于以公开多少件？", SH25, "T3", "granted", TOT),
    ]),
    ("pg06", [
        C("plain", "上海市科委2024年新收政府信息公开申请多少件？", KW, "T3", "new_received", TOT),
        C("full-name", "上海市科学技术委员会2024年本年新收政府信息公开申请数量总计", KW, "T3", "new_received", TOT),
        C("fullwidth-digits+short", "市科委２０２４年收到几件信息公开申请？", KW, "T3", "new_received", TOT),
        C("irrelevant-clause-first", "我们公司打算申请科技项目材料，顺便问一下上海科委2024年一共新收了多少件信息公开申请？", KW, "T3",
          "new_received", TOT),
        C("typo", "上海市科委2024年新收申清多少件", KW, "T3", "new_received", TOT),
    ]),
    ("pg07", [
        C("plain", "洪泽区2023年行政许可决定有多少件？", HZ, "T2", "administrative_licensing", "decisions"),
        C("city-prefix+chinese-numeral-year", "淮安市洪泽区二〇二三年行政许可处理决定数量", HZ, "T2", "administrative_licensing",
          "decisions"),
        C("keyword-only", "洪泽 行政许可 2023", HZ, "T2", "administrative_licensing", "decisions"),
        C("fullwidth-digits", "洪泽区人民政府２０２３年作出行政许可决定多少个？", HZ, "T2", "administrative_licensing", "decisions"),
        C("typo", "洪择区2023年行政许可多少件？", HZ, "T2", "administrative_licensing", "decisions"),
    ]),
    ("pg08", [
        C("staff-exact", "平潭综合实验区2022年本机关不掌握相关政府信息的申请数", P22, "T3", "unable_not_held", TOT),
        C("colloquial-row", "平潭2022年有多少申请是因为管委会手里没有这个信息而没法提供的？", P22, "T3", "unable_not_held", TOT),
        C("chinese-numeral-year", "平潭综合实验区二零二二年不掌握信息无法提供的件数", P22, "T3", "unable_not_held", TOT),
        C("year-at-end", "平潭实验区本机关不掌握相关政府信息，2022年有几件", P22, "T3", "unable_not_held", TOT),
        C("typo", "平潭综合实验区2022年本机关不掌屋相关信息的有多少件？", P22, "T3", "unable_not_held", TOT),
    ]),
    ("pg09", [
        C("plain", "平潭综合实验区2021年未经复议直接起诉的行政诉讼有多少件？", P21, "T4", "cases", "litigation_direct.total"),
        C("colloquial-T4", "平潭2021年有多少人没走复议直接去法院告的？", P21, "T4", "cases", "litigation_direct.total"),
        C("fullwidth-digits", "平潭综合实验区２０２１年直接起诉的行政诉讼总计", P21, "T4", "cases", "litigation_direct.total"),
        C("keyword-only", "平潭 2021 直接起诉 行政诉讼", P21, "T4", "cases", "litigation_direct.total"),
        C("typo", "平潭综合实验区2021年未经复议直接起诉的行政诉松几件", P21, "T4", "cases", "litigation_direct.total"),
    ]),
    ("pg10", [
        C("plain", "平潭综合实验区2020年新收政府信息公开申请多少件？", P20, "T3", "new_received", TOT),
        C("chinese-numeral-year", "二〇二〇年平潭综合实验区本年新收申请数量", P20, "T3", "new_received", TOT),
        C("year-without-nian", "平潭实验区 2020 新收政府信息公开申请", P20, "T3", "new_received", TOT),
        C("irrelevant-clause-first", "疫情那年情况比较特殊，平潭综合实验区2020年一共收到了多少信息公开申请？", P20, "T3", "new_received", TOT),
        C("typo", "平潭综合实验去2020年新收申请多少件？", P20, "T3", "new_received", TOT),
    ]),
    ("pg11", [
        C("plain", "上海市政府办公厅2019年新收政府信息公开申请多少件？", SH19, "T3", "new_received", TOT),
        C("full-name+chinese-numeral-year", "上海市人民政府办公厅二〇一九年本年新收申请数量总计", SH19, "T3", "new_received", TOT),
        C("fullwidth-digits", "上海市府办公厅２０１９年收到的信息公开申请一共多少件？", SH19, "T3", "new_received", TOT),
        C("keyword-only", "上海市政府办公厅 2019 新收申请", SH19, "T3", "new_received", TOT),
        C("typo", "上海市政付办公厅2019年新收申请多少件？", SH19, "T3", "new_received", TOT),
    ]),
    ("pg12", [
        C("plain", "沭阳县发改局2023年新收政府信息公开申请多少件？", FGJ, "T3", "new_received", TOT),
        C("full-name+chinese-numeral-year", "沭阳县发展和改革局二〇二三年本年新收申请数量", FGJ, "T3", "new_received", TOT),
        C("very-short-name", "沭阳发改2023年收到几个信息公开申请？", FGJ, "T3", "new_received", TOT),
        C("year-at-end", "沭阳县发改局新收申请数量，2023", FGJ, "T3", "new_received", TOT),
        C("typo", "沭阳县发该局2023年新收申请多少件", FGJ, "T3", "new_received", TOT),
    ]),
    ("pg13", [
        C("pre2019-county", "平潭县人民政府2012年受理依申请公开信息总数是多少条？", PC12, "stats", "requests_total", "this_year"),
        C("chinese-numeral-year", "平潭县二〇一二年受理依申请公开信息总数", PC12, "stats", "requests_total", "this_year"),
        C("colloquial-row", "平潭县政府2012年一共受理了多少条信息公开申请？", PC12, "stats", "requests_total", "this_year"),
        C("fullwidth-digits", "平潭县２０１２年依申请公开受理总数", PC12, "stats", "requests_total", "this_year"),
        C("typo", "平潭县2012年受里依申请公开信息总数", PC12, "stats", "requests_total", "this_year"),
    ]),
    ("pg14", [
        C("pre2019-stats", "平潭综合实验区2016年主动公开文件数是多少？", P16, "stats", "proactive_total", "this_year"),
        C("chinese-numeral-year", "平潭综合实验区二零一六年度主动公开文件数", P16, "stats", "proactive_total", "this_year"),
        C("colloquial", "平潭实验区2016年一共主动公开了多少条政府信息？", P16, "stats", "proactive_total", "this_year"),
        C("keyword-only", "平潭 2016 主动公开 条数", P16, "stats", "proactive_total", "this_year"),
        C("typo", "平潭综合试验区2016年主动公开文件数", P16, "stats", "proactive_total", "this_year"),
    ]),
    ("pg15", [
        C("T2-fee", "平潭综合实验区2025年行政事业性收费金额是多少万元？", P25, "T2", "administrative_fees", "fee_amount"),
        C("chinese-numeral-year", "平潭综合实验区二〇二五年本年收费金额", P25, "T2", "administrative_fees", "fee_amount"),
        C("colloquial", "平潭2025年收了多少行政事业性收费？", P25, "T2", "administrative_fees", "fee_amount"),
        C("fullwidth-digits", "平潭实验区２０２５年行政事业性收费", P25, "T2", "administrative_fees", "fee_amount"),
        C("typo", "平潭综合实验区2025年行政事业姓收费多少万元", P25, "T2", "administrative_fees", "fee_amount"),
    ]),
    ("pg16", [
        D("sum-enumerated", "淮安市2024年予以公开和部分公开加起来多少件？", HA, "sum", "件",
          cells=[t3(HA, "granted"), t3(HA, "partially_granted")]),
        D("chinese-numeral-year", "淮安市二〇二四年予以公开与部分公开合计", HA, "sum", "件",
          cells=[t3(HA, "granted"), t3(HA, "partially_granted")]),
        D("colloquial", "淮安市政府2024年全部或部分给公开了的申请一共有几件？", HA, "sum", "件",
          cells=[t3(HA, "granted"), t3(HA, "partially_granted")]),
        D("fullwidth-digits", "淮安市２０２４年予以公开加部分公开总数", HA, "sum", "件",
          cells=[t3(HA, "granted"), t3(HA, "partially_granted")]),
        D("typo", "淮安市2024年予以公开和部份公开一共多少件？", HA, "sum", "件",
          cells=[t3(HA, "granted"), t3(HA, "partially_granted")]),
    ]),
    ("pg17", [
        D("group-sum", "沭阳县2025年不予公开的申请一共多少件？", SY, "sum", "件", cells=[t3(SY, r) for r in DENIED8]),
        D("typo-ocr-name", "沐阳县2025年不予公开合计多少件？", SY, "sum", "件", cells=[t3(SY, r) for r in DENIED8]),
        D("colloquial", "沭阳县政府2025年决定不给公开的申请总共有几件？", SY, "sum", "件", cells=[t3(SY, r) for r in DENIED8]),
        D("chinese-numeral-year", "沭阳县二〇二五年各类不予公开情形合计", SY, "sum", "件", cells=[t3(SY, r) for r in DENIED8]),
        D("keyword-only", "沭阳县 2025 不予公开 总数", SY, "sum", "件", cells=[t3(SY, r) for r in DENIED8]),
    ]),
    ("pg18", [
        C("plain", "平潭综合实验区2024年复议后起诉的行政诉讼有多少件？", P24, "T4", "cases", "litigation_after_review.total"),
        C("colloquial-T4", "平潭2024年先复议、不服又去起诉的案件有几件？", P24, "T4", "cases", "litigation_after_review.total"),
        C("chinese-numeral-year", "平潭综合实验区二〇二四年复议后起诉总计", P24, "T4", "cases", "litigation_after_review.total"),
        C("fullwidth-digits", "平潭管委会２０２４年复议后起诉的诉讼案件数", P24, "T4", "cases", "litigation_after_review.total"),
        C("typo", "平潭综合实验区2024年复议后起速的有多少件", P24, "T4", "cases", "litigation_after_review.total"),
    ]),
    ("pg19", [
        C("pre2019-stats", "平潭综合实验区管委会2014年主动公开文件数是多少？", P14, "stats", "proactive_total", "this_year"),
        C("chinese-numeral-year", "平潭综合实验区二〇一四年度主动公开文件数", P14, "stats", "proactive_total", "this_year"),
        C("colloquial", "平潭2014年一共主动公开了多少条政府信息？", P14, "stats", "proactive_total", "this_year"),
        C("fullwidth-digits", "平潭实验区２０１４年主动公开文件数", P14, "stats", "proactive_total", "this_year"),
        C("typo", "平潭综合实验区2014年主动公开文件树", P14, "stats", "proactive_total", "this_year"),
    ]),
    ("pg20", [
        D("yoy-decrease", "平潭综合实验区2025年新收申请比2024年少了多少件？", P25, "diff", "件",
          a=[t3(P24, "new_received")], b=[t3(P25, "new_received")], note="uses pingtan_2024 and pingtan_2025"),
        D("chinese-numeral-year", "平潭综合实验区二〇二五年新收申请数比二〇二四年减少多少？", P25, "diff", "件",
          a=[t3(P24, "new_received")], b=[t3(P25, "new_received")], note="uses pingtan_2024 and pingtan_2025"),
        D("colloquial", "平潭2025年收到的信息公开申请跟2024年比少了几件？", P25, "diff", "件",
          a=[t3(P24, "new_received")], b=[t3(P25, "new_received")], note="uses pingtan_2024 and pingtan_2025"),
        D("fullwidth-digits", "平潭实验区２０２５年新收申请较２０２４年减少了多少件？", P25, "diff", "件",
          a=[t3(P24, "new_received")], b=[t3(P25, "new_received")], note="uses pingtan_2024 and pingtan_2025"),
        D("typo", "平谭综合实验区2025年新收申请比2024年少多少件", P25, "diff", "件",
          a=[t3(P24, "new_received")], b=[t3(P25, "new_received")], note="uses pingtan_2024 and pingtan_2025"),
    ]),
]
