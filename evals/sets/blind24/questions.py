# -*- coding: utf-8 -*-
"""Blind question set b24: questions + references only (no typed numbers).

Cell ref  : (report, table, row, column)   -- table 'stats' for pre-2019 reports
Derived   : plus/minus lists of cell refs; optional den (share in %, 2 decimals unless given); op 'max'
Narrative : verbatim substring of one line of the report text
"""

R = {}  # helper aliases
HK, HZ, HA = 'hongkou-district_2021', 'hongze-district_2023', 'huaian-city_2024'
PC11, PC12, PC13 = 'pingtan-county_2011', 'pingtan-county_2012', 'pingtan-county_2013'
P = {y: 'pingtan_%d' % y for y in (2011, 2012, 2013, 2014, 2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025)}
SH19, SH25, KW = 'shanghai-municipal-office_2019', 'shanghai-municipal-office_2025', 'shanghai-stcsm_2024'
SY, FGJ = 'shuyang-county_2025', 'shuyang-fgj_2023'

ITEMS = []


def C(q, rep, t, row, col, cls, note=None):
    ITEMS.append(dict(kind='cell', question=q, report=rep, ref=[rep, t, row, col], cls=cls, note=note))


def D(q, rep, plus, cls, minus=(), den=None, unit='件', decimals=None, op='sum', labels=None, note=None):
    ITEMS.append(dict(kind='derived', question=q, report=rep, plus=list(plus), minus=list(minus), den=den,
                      unit=unit, decimals=decimals, op=op, labels=labels, cls=cls, note=note))


def N(q, rep, sub, cls, note=None):
    ITEMS.append(dict(kind='narrative', question=q, report=rep, substring=sub, cls=cls, note=note))


def U(q, reason, cls, rep=None, year=None, note=None):
    ITEMS.append(dict(kind='unanswerable', question=q, report=rep, year=year, reason=reason, cls=cls, note=note))


def A(q, cls, note=None):
    ITEMS.append(dict(kind='ambiguous', question=q, report=None, cls=cls, note=note))


# turn builders for follow-ups
def tc(q, rep, t, row, col):
    return dict(kind='cell', question=q, report=rep, ref=[rep, t, row, col])


def td(q, rep, plus, minus=(), den=None, unit='件', decimals=None):
    return dict(kind='derived', question=q, report=rep, plus=list(plus), minus=list(minus), den=den, unit=unit,
                decimals=decimals, op='sum')


def tu(q, reason, rep=None, year=None):
    return dict(kind='unanswerable', question=q, report=rep, year=year, reason=reason)


def F(cls, *turns):
    ITEMS.append(dict(kind='followup', cls=cls, turns=list(turns)))


def T3(rep, row, col='total'):
    return (rep, 'T3', row, col)


def T4(rep, col):
    return (rep, 'T4', 'cases', col)


def T2(rep, row, col):
    return (rep, 'T2', row, col)


def S(rep, row, col='this_year'):
    return (rep, 'stats', row, col)


ORGS = ['commercial_enterprise', 'research_institution', 'social_welfare_org', 'legal_service_org', 'other_org']
DENIED = ['denied_state_secret', 'denied_other_law', 'denied_three_security_one_stability', 'denied_third_party_rights',
          'denied_internal_affairs', 'denied_process_info', 'denied_enforcement_case_file', 'denied_admin_query']
UNABLE = ['unable_not_held', 'unable_needs_creation', 'unable_unclear_after_correction']
NOTPROC = ['not_processed_petition_complaint', 'not_processed_duplicate', 'not_processed_publication',
           'not_processed_massive_repeated', 'not_processed_confirm_or_reissue']
OTHER3 = ['other_no_correction_overdue', 'other_fee_unpaid_overdue', 'other_other']

# ---------------------------------------------------------------- cells
# hongkou 2021
C('虹口区2021年一共收到多少政府信息公开申请？', HK, 'T3', 'new_received', 'total', 'plain')
C('虹口区政府2021年企业来申请信息公开的有几件', HK, 'T3', 'new_received', 'commercial_enterprise', 'colloquial-column')
C('虹口 2021 查不到/本机关不掌握的信息有多少件', HK, 'T3', 'unable_not_held', 'total', 'keyword-only')
C('上海市虹口区人民政府2021年度因为属于行政查询事项不予公开的申请数量（总计）', HK, 'T3', 'denied_admin_query', 'total', 'staff-exact')
C('虹口区21年被申请行政复议后结果维持的有几起？', HK, 'T4', 'cases', 'review.maintained', 't4-review')
C('2021年虹口区政府复议后又被告上法院、法院维持的案子多少', HK, 'T4', 'cases', 'litigation_after_review.maintained', 't4-after-review-colloquial')
C('请问虹口区2021年行政许可处理决定数量是多少？', HK, 'T2', 'administrative_licensing', 'decisions', 't2-licensing')
C('虹口区2021年从上一年结转过来的申请有几件', HK, 'T3', 'carried_over_from_last_year', 'total', 'colloquial-row')
C('虹口区2021年行政规范性文件现行有效多少件', HK, 'T2', 'normative_documents', 'valid', 't2-valid')
# hongze 2023
C('洪泽区2023年行政处罚决定有多少', HZ, 'T2', 'administrative_penalty', 'decisions', 'pdf-t2')
C('淮安市洪泽区人民政府2023年行政事业性收费金额多少万元', HZ, 'T2', 'administrative_fees', 'fee_amount', 'pdf-fee-decimal')
C('洪泽区政府２０２３年本机关不掌握相关政府信息的申请多少件', HZ, 'T3', 'unable_not_held', 'total', 'fullwidth-digits')
C('洪泽23年部分公开了几件？', HZ, 'T3', 'partially_granted', 'total', 'two-digit-year')
C('洪泽区2023年因为是信访举报投诉类的申请而不予处理的有几件', HZ, 'T3', 'not_processed_petition_complaint', 'total', 'pdf-t3-misaligned')
C('顺便问下，洪泽区2023年行政复议结果被纠正的有几件', HZ, 'T4', 'cases', 'review.corrected', 'pdf-t4')
C('洪择区2023年行政强制处理决定数', HZ, 'T2', 'administrative_coercion', 'decisions', 'typo-body')
C('洪泽区2023年自然人提的公开申请几件', HZ, 'T3', 'new_received', 'natural_person', 'pdf-column')
# huaian 2024
C('淮安市2024年本年新收政府信息公开申请总计多少件', HA, 'T3', 'new_received', 'total', 'staff-exact')
C('淮安2024年律师事务所这类法律服务机构申请了多少件', HA, 'T3', 'new_received', 'legal_service_org', 'colloquial-column')
C('淮安市政府24年予以公开的申请有几件', HA, 'T3', 'granted', 'total', 'two-digit-year')
C('淮安市2024年行政处罚处理决定数量', HA, 'T2', 'administrative_penalty', 'decisions', 't2-penalty-large')
C('淮安市人民政府2024年度重复申请不予处理的件数', HA, 'T3', 'not_processed_duplicate', 'total', 'row-notprocessed')
C('我想了解一下，淮安市二〇二四年申请人逾期不补正、不再处理的申请有多少', HA, 'T3', 'other_no_correction_overdue', 'total', 'chinese-numeral-year')
C('淮安市2024年行政复议尚未审结的有多少件', HA, 'T4', 'cases', 'review.pending', 't4-pending')
C('淮安2024年未经复议直接起诉的行政诉讼总计多少', HA, 'T4', 'cases', 'litigation_direct.total', 't4-direct-total')
C('淮安市2024年度结转下年度继续办理的申请数', HA, 'T3', 'carried_to_next_year', 'total', 'row-carried-next')
C('淮安市2024年规章本年制发几件？', HA, 'T2', 'regulations', 'issued', 't2-regulations')
C('淮安2024 危及三安全一稳定 不予公开', HA, 'T3', 'denied_three_security_one_stability', 'total', 'keyword-only')
C('淮安市2024年因为涉及保护第三方合法权益没公开的有几件', HA, 'T3', 'denied_third_party_rights', 'total', 'description-row')
C('淮安市政府2024年复议后起诉结果纠正的有几件', HA, 'T4', 'cases', 'litigation_after_review.corrected', 't4-after-review')
# pingtan-county
C('平潭县人民政府2012年主动公开信息数本年度是多少条', PC12, 'stats', 'proactive_total', 'this_year', 'pre2019-stats')
C('平潭县政府2012年当面申请的有几个', PC12, 'stats', 'req_in_person', 'this_year', 'pre2019-colloquial')
C('平潭县2013年网上申请数', PC13, 'stats', 'req_online', 'this_year', 'pre2019-keyword')
C('平潭县人民政府2013年对申请的答复数历年累计多少', PC13, 'stats', 'replies_total', 'cumulative', 'pre2019-cumulative')
C('平潭县2011年网站公开的政府信息本年度多少条', PC11, 'stats', 'proactive_website', 'this_year', 'pre2019-stats')
C('平潭县政府2012年否决公开答复数', PC12, 'stats', 'reply_refused', 'this_year', 'pre2019-staff')
C('平潭县2013年电子邮件申请历年累计有多少', PC13, 'stats', 'req_email', 'cumulative', 'pre2019-cumulative')
# pingtan pre-2019
C('平潭综合实验区2011年主动公开信息数', P[2011], 'stats', 'proactive_total', 'this_year', 'pre2019-stats')
C('平潭综合实验区管委会2012年统计表里主动公开信息数是多少条', P[2012], 'stats', 'proactive_total', 'this_year', 'pre2019-table-vs-prose', note='prose says 1913; the table prints 739')
C('平潭实验区2013年统计表主动公开信息数历年累计', P[2013], 'stats', 'proactive_total', 'cumulative', 'pre2019-cumulative')
C('平潭综合实验区2014年受理依申请公开信息总数', P[2014], 'stats', 'requests_total', 'this_year', 'pre2019-stats')
C('平潭综合实验区管委会2014年信函、传真申请的有几件', P[2014], 'stats', 'req_letter_fax', 'this_year', 'pre2019-row')
C('2016年平潭综合实验区政府网站公开数是多少', P[2016], 'stats', 'proactive_website', 'this_year', 'pre2019-stats')
C('平潭综合实验区2016年主动公开文件数的历年累计', P[2016], 'stats', 'proactive_total', 'cumulative', 'pre2019-cumulative')
C('平潭综合实验区2018年主动公开文件数本年度', P[2018], 'stats', 'proactive_total', 'this_year', 'pre2019-stats')
C('平潭2018年行政复议数是多少', P[2018], 'stats', 'admin_review', 'this_year', 'pre2019-review')
# pingtan 2019/2020 trial
C('平潭综合实验区2019年本年新收政府信息公开申请数量', P[2019], 'T3', 'new_received', 'total', 'trial-format')
C('平潭2019年补正后申请内容仍不明确的有几件', P[2019], 'T3', 'unable_unclear_after_correction', 'total', 'trial-row')
C('平潭综合实验区2020年其他处理的申请几件', P[2020], 'T3', 'other_processing', 'total', 'trial-other-processing')
C('2020年平潭综合实验区其他组织提出的公开申请有多少', P[2020], 'T3', 'new_received', 'other_org', 'trial-column')
C('平潭实验区2020年行政事业性收费上一年项目数量', P[2020], 'T2', 'administrative_fees', 'previous_year_items', 'trial-t2-items')
C('平潭综合实验区2020年行政处罚上一年项目数量是多少', P[2020], 'T2', 'administrative_penalty', 'previous_year_items', 'trial-t2')
C('平潭综合实验区2020年规章对外公开总数量', P[2020], 'T2', 'regulations', 'total_published', 'trial-t2')
# pingtan 2021-2025
C('平潭综合实验区2021年社会公益组织提出申请多少件', P[2021], 'T3', 'new_received', 'social_welfare_org', 'column-social-welfare')
C('平潭2021年属于行政执法案卷不予公开的几件', P[2021], 'T3', 'denied_enforcement_case_file', 'total', 'row-denied')
C('平潭综合实验区2021年行政事业性收费金额是多少万元', P[2021], 'T2', 'administrative_fees', 'fee_amount', 'fee-decimal')
C('平潭综合实验区2021年行政诉讼直接起诉总计多少件', P[2021], 'T4', 'cases', 'litigation_direct.total', 't4-direct')
C('平潭综合实验区2022年现行有效的行政规范性文件多少件', P[2022], 'T2', 'normative_documents', 'valid', 't2-valid')
C('平潭2022年企业申请的信息公开数量', P[2022], 'T3', 'new_received', 'commercial_enterprise', 'colloquial-column')
C('平潭综合实验区2022年属于四类过程性信息不予公开的有几件', P[2022], 'T3', 'denied_process_info', 'total', 'row-denied')
C('平潭综合实验区2022年行政复议其他结果', P[2022], 'T4', 'cases', 'review.other_result', 't4-other-result')
C('平潭综合实验区2023年行政许可决定多少件', P[2023], 'T2', 'administrative_licensing', 'decisions', 't2-licensing')
C('平潭2023年申请的信息本机关没有掌握的有几件', P[2023], 'T3', 'unable_not_held', 'total', 'description-row')
C('平潭综合实验区二零二三年复议后起诉总计多少', P[2023], 'T4', 'cases', 'litigation_after_review.total', 'chinese-numeral-year')
C('平潭综合实验区2023年行政诉讼中直接起诉尚未审结的有几件', P[2023], 'T4', 'cases', 'litigation_direct.pending', 't4-direct-pending')
C('平潭综合实验区2024年属于三类内部事务信息而不予公开的有多少', P[2024], 'T3', 'denied_internal_affairs', 'total', 'row-denied')
C('平潭24年国家秘密不予公开几件', P[2024], 'T3', 'denied_state_secret', 'total', 'two-digit-year')
C('平潭综合实验区2024年行政复议总数是多少', P[2024], 'T4', 'cases', 'review.total', 't4-review-total')
C('平潭综合实验区2024年复议后起诉结果维持的有几件', P[2024], 'T4', 'cases', 'litigation_after_review.maintained', 't4-after-review')
C('平潭综合实验区2025年收到的政府信息公开申请有多少件', P[2025], 'T3', 'new_received', 'total', 'plain')
C('平潭2025年没有现成信息需要另行制作的几件', P[2025], 'T3', 'unable_needs_creation', 'total', 'row-unable')
C('平潭综合实验区2025年结转到下一年继续办的申请有几件', P[2025], 'T3', 'carried_to_next_year', 'total', 'colloquial-row')
C('平潭综合实验区2025年行政复议结果维持多少件', P[2025], 'T4', 'cases', 'review.maintained', 't4-review')
C('平潭综合实验区2025年逾期未按收费通知缴费不再处理的申请', P[2025], 'T3', 'other_fee_unpaid_overdue', 'total', 'row-other-fee')
C('平潭综合实验区2025年行政强制处理决定有多少', P[2025], 'T2', 'administrative_coercion', 'decisions', 't2-coercion')
# shanghai office
C('上海市人民政府办公厅2019年本年新收政府信息公开申请数量总计', SH19, 'T3', 'new_received', 'total', 'trial-format')
C('上海市政府办公厅2019年律所等法律服务机构申请多少件', SH19, 'T3', 'new_received', 'legal_service_org', 'trial-column')
C('上海市府办2019年信访举报投诉类申请不予处理（自然人）有几件', SH19, 'T3', 'not_processed_petition_complaint', 'natural_person', 'short-dept-name')
C('上海市人民政府办公厅2019年政府集中采购项目数量', SH19, 'T2', 'centralized_procurement', 'procurement_items', 'trial-procurement')
C('上海市政府办公厅2019年规章本年新制作数量', SH19, 'T2', 'regulations', 'new_made', 'trial-t2')
C('上海市人民政府办公厅2019年行政复议总计', SH19, 'T4', 'cases', 'review.total', 't4-review-total')
C('上海市政府办公厅2025年上年结转申请多少件', SH25, 'T3', 'carried_over_from_last_year', 'total', 'row-carried-over')
C('上海市人民政府办公厅2025年予以公开的有多少件', SH25, 'T3', 'granted', 'total', 'garbled-md')
C('市政府办公厅（上海）2025年本机关不掌握相关政府信息的总计', SH25, 'T3', 'unable_not_held', 'total', 'garbled-md')
C('上海市政府办公厅2025年其他处理中“其他”一项有多少件', SH25, 'T3', 'other_other', 'total', 'row-other-other')
C('上海市人民政府办公厅2025年行政诉讼复议后起诉总计', SH25, 'T4', 'cases', 'litigation_after_review.total', 't4-after-review')
C('上海市人民政府办公厅2025年行政复议结果纠正几件', SH25, 'T4', 'cases', 'review.corrected', 't4-zero')
C('上海市政府办公厅2025年商业企业新收申请', SH25, 'T3', 'new_received', 'commercial_enterprise', 'column')
# stcsm
C('上海市科委2024年收到多少件政府信息公开申请', KW, 'T3', 'new_received', 'total', 'short-dept-name')
C('上海市科学技术委员会2024年行政许可处理决定数量', KW, 'T2', 'administrative_licensing', 'decisions', 't2-licensing')
C('市科委2024年申请人无正当理由逾期不补正不再处理的申请有几件', KW, 'T3', 'other_no_correction_overdue', 'total', 'garbled-md')
C('上海科委2024年行政规范性文件本年制发多少件', KW, 'T2', 'normative_documents', 'issued', 'short-dept-name')
C('上海市科委二〇二四年没有现成信息需要另行制作的申请数', KW, 'T3', 'unable_needs_creation', 'total', 'chinese-numeral-year')
# shuyang county
C('沭阳县2025年新收政府信息公开申请多少件', SY, 'T3', 'new_received', 'total', 'plain')
C('沭阳县政府2025年行政许可处理决定数量是多少', SY, 'T2', 'administrative_licensing', 'decisions', 't2-large')
C('沭阳县2025年行政复议尚未审结多少件', SY, 'T4', 'cases', 'review.pending', 't4-pending')
C('沐阳县2025年其他处理里的“其他”有多少件', SY, 'T3', 'other_other', 'total', 'ocr-typo-body')
C('沭阳县人民政府2025年属于三类内部事务信息不予公开的件数', SY, 'T3', 'denied_internal_affairs', 'total', 'row-denied')
C('沭阳2025年行政事业性收费金额（万元）', SY, 'T2', 'administrative_fees', 'fee_amount', 'fee-decimal')
C('沭阳县2025年直接起诉结果维持的行政诉讼有几件', SY, 'T4', 'cases', 'litigation_direct.maintained', 't4-direct')
C('沭阳县2025年法律服务机构提的部分公开有几件', SY, 'T3', 'partially_granted', 'legal_service_org', 'row+column')
# shuyang fgj
C('沭阳县发展和改革局2023年收到的依申请公开数量', FGJ, 'T3', 'new_received', 'total', 'html-dept')
C('沭阳发改局2023年规范性文件本年制发几件', FGJ, 'T2', 'normative_documents', 'issued', 'html-short-dept')
C('沭阳县发改局23年行政复议尚未审结几件', FGJ, 'T4', 'cases', 'review.pending', 'html-t4')
C('沭阳县发改委2023年予以公开多少件', FGJ, 'T3', 'granted', 'total', 'dept-alias-wei', note='沭阳县发展和改革局 is commonly called 发改委')

# ---------------------------------------------------------------- derived
D('淮安市2024年不予公开的申请一共多少件？（八种不予公开情形加总）', HA, [T3(HA, r) for r in DENIED], 'sum-group-denied')
D('淮安市2024年予以公开占办理结果总计的比例是多少？保留两位小数', HA, [T3(HA, 'granted')], 'share-pct',
  den=[T3(HA, 'results_total')], unit='%', decimals=2)
D('虹口区2021年法人或其他组织一共提交了多少件新申请', HK, [T3(HK, 'new_received', c) for c in ORGS], 'sum-org-columns')
D('平潭综合实验区2025年新收申请比2024年多了多少件', P[2025], [T3(P[2025], 'new_received')], 'yoy-diff',
  minus=[T3(P[2024], 'new_received')], note='false premise: 2025 is lower than 2024; expected value is negative (a decrease)')
D('平潭综合实验区2024年新收申请较2023年增加多少', P[2024], [T3(P[2024], 'new_received')], 'yoy-diff',
  minus=[T3(P[2023], 'new_received')])
D('平潭综合实验区2023年的行政许可决定比2022年少了多少件（2022减2023）', P[2023], [T2(P[2022], 'administrative_licensing', 'decisions')],
  'yoy-diff', minus=[T2(P[2023], 'administrative_licensing', 'decisions')])
D('沭阳县2025年行政诉讼一共多少件（直接起诉+复议后起诉）', SY, [T4(SY, 'litigation_direct.total'), T4(SY, 'litigation_after_review.total')], 'sum-litigation')
D('沭阳县2025年行政复议纠错率（结果纠正/复议总计）是多少%，保留两位小数', SY, [T4(SY, 'review.corrected')], 'rate-formula-stated',
  den=[T4(SY, 'review.total')], unit='%', decimals=2)
D('上海市政府办公厅2025年无法提供的申请合计多少件', SH25, [T3(SH25, r) for r in UNABLE], 'sum-group-unable')
D('上海市人民政府办公厅2025年不予处理的一共几件', SH25, [T3(SH25, r) for r in NOTPROC], 'sum-group-notprocessed')
D('上海市政府办公厅2025年“其他处理”三项加起来多少', SH25, [T3(SH25, r) for r in OTHER3], 'sum-group-other')
D('洪泽区2023年无法提供的申请共多少件', HZ, [T3(HZ, r) for r in UNABLE], 'sum-group-unable')
D('洪泽区2023年不予公开合计（国家秘密、过程性信息、执法案卷等八项加总）', HZ, [T3(HZ, r) for r in DENIED], 'sum-group-denied')
D('平潭县2012年主动公开信息数比2011年多了多少条', PC12, [S(PC12, 'proactive_total')], 'pre2019-yoy', minus=[S(PC11, 'proactive_total')], unit='条')
D('平潭综合实验区2016年主动公开文件数比2014年多多少条', P[2016], [S(P[2016], 'proactive_total')], 'pre2019-diff', minus=[S(P[2014], 'proactive_total')], unit='条')
D('平潭综合实验区2018年主动公开比2016年减少了多少条（2016减2018）', P[2018], [S(P[2016], 'proactive_total')], 'pre2019-diff', minus=[S(P[2018], 'proactive_total')], unit='条')
D('市科委2024年办结率是多少？按（七）总计÷（新收+上年结转）算，百分比保留两位小数', KW, [T3(KW, 'results_total')], 'rate-formula-stated',
  den=[T3(KW, 'new_received'), T3(KW, 'carried_over_from_last_year')], unit='%', decimals=2)
D('淮安2024年新收申请中自然人占多大比例（%，两位小数）', HA, [T3(HA, 'new_received', 'natural_person')], 'share-pct',
  den=[T3(HA, 'new_received')], unit='%', decimals=2)
D('虹口区2021年行政复议和行政诉讼加起来一共多少件', HK, [T4(HK, 'review.total'), T4(HK, 'litigation_direct.total'), T4(HK, 'litigation_after_review.total')], 'sum-t4-all')
D('平潭2022年予以公开加部分公开一共多少件', P[2022], [T3(P[2022], 'granted'), T3(P[2022], 'partially_granted')], 'sum-two-rows')
D('平潭综合实验区2022年行政处罚决定比2021年多了多少', P[2022], [T2(P[2022], 'administrative_penalty', 'decisions')], 'yoy-diff',
  minus=[T2(P[2021], 'administrative_penalty', 'decisions')])
D('淮安市2024年行政处罚决定数比行政许可多多少', HA, [T2(HA, 'administrative_penalty', 'decisions')], 'diff-two-cells',
  minus=[T2(HA, 'administrative_licensing', 'decisions')])
D('平潭综合实验区2020年新收申请和2019年比差了多少（2020减2019）', P[2020], [T3(P[2020], 'new_received')], 'yoy-diff-negative',
  minus=[T3(P[2019], 'new_received')])
D('平潭综合实验区2021到2025年哪一年新收申请最多？最多的那年是多少件', P[2025],
  [T3(P[y], 'new_received') for y in (2021, 2022, 2023, 2024, 2025)], 'ranking-max', op='max',
  labels=['2021', '2022', '2023', '2024', '2025'])
D('淮安市2024年不予公开的各种理由里哪个最多，有几件', HA, [T3(HA, r) for r in DENIED], 'ranking-max', op='max',
  labels=DENIED)
D('上海市政府办公厅2019年新收申请中自然人占比（保留2位小数）', SH19, [T3(SH19, 'new_received', 'natural_person')], 'share-pct',
  den=[T3(SH19, 'new_received')], unit='%', decimals=2)
D('上海市人民政府办公厅2025年新收申请比2019年多了多少件', SH25, [T3(SH25, 'new_received')], 'diff-across-formats',
  minus=[T3(SH19, 'new_received')])
D('沭阳县2025年本年新收加上年结转一共受理了多少件申请', SY, [T3(SY, 'new_received'), T3(SY, 'carried_over_from_last_year')], 'sum-two-rows')
D('平潭综合实验区2025年行政复议结果纠正的占复议总数的百分之几？保留两位', P[2025], [T4(P[2025], 'review.corrected')], 'share-pct',
  den=[T4(P[2025], 'review.total')], unit='%', decimals=2)
D('洪泽区2023年行政处罚和行政强制的处理决定一共多少', HZ, [T2(HZ, 'administrative_penalty', 'decisions'), T2(HZ, 'administrative_coercion', 'decisions')], 'sum-t2')
D('沭阳县发改局2023年予以公开占新收申请的比例（%）', FGJ, [T3(FGJ, 'granted')], 'share-pct', den=[T3(FGJ, 'new_received')], unit='%', decimals=2)
D('平潭实验区2011年主动公开信息里网站公开占多少百分比，保留两位小数', P[2011], [S(P[2011], 'proactive_website')], 'pre2019-share',
  den=[S(P[2011], 'proactive_total')], unit='%', decimals=2)
D('平潭县2013年受理的申请里答复了百分之多少？（答复数÷受理总数，两位小数）', PC13, [S(PC13, 'replies_total')], 'pre2019-rate',
  den=[S(PC13, 'requests_total')], unit='%', decimals=2)

# ---------------------------------------------------------------- narrative
N('虹口区政府办公室的联系电话是多少', HK, '021—25658888', 'contact-phone')
N('虹口区2021年年报说开展了几次新进公务员政务公开通识培训？', HK, '开展新进公务员政务公开通识培训2次', 'training-count-prose')
N('虹口2021年收没收信息处理费', HK, '区政府未收取政府信息公开信息处理费', 'fee-prose')
N('洪泽区政府办公室地址在哪', HZ, '淮安市洪泽区洪泽湖大道 90', 'contact-address-pdf', note='PDF text line (pdftotext -layout), line break after 90')
N('洪泽区政府信息公开的联系电话', HZ, '0517-87222589', 'contact-phone-pdf')
N('洪泽区2023年在政府网站主动公开了多少条政府信息', HZ, '主动公开政府信息 1136 条', 'body-prose-count-pdf')
N('洪泽区2023年收了多少信息处理费', HZ, '全年收取政府信息公开信息处理费 0 元', 'fee-prose-pdf')
N('淮安市政府办公室电话多少？', HA, '0517-83605210', 'contact-phone')
N('淮安市2024年收取了多少政府信息公开信息处理费', HA, '全年收取政府信息公开信息处理费 3940 元', 'fee-prose')
N('淮安市2024年年报里说存在什么问题？', HA, '政策解读质量仍需提升', 'problems')
N('淮安市2024年做了几期市政府公报', HA, '《淮安市人民政府公报》6 期', 'prose-count')
N('平潭县政府办公室地址', PC12, '平潭县翠园南路10号', 'contact-address')
N('平潭综合实验区管委会2011年信息公开办公室的电话', P[2011], '电话：24336243', 'contact-phone-old')
N('平潭综合实验区2013年年报正文里说主动公开了多少条信息', P[2013], '2013年主动公开政府信息4970条', 'prose-vs-table', note='table says 72804')
N('平潭2014年区管委会及区直各部门主动公开了多少条', P[2014], '区管委会及区直各部门主动公开政府信息1687条', 'prose-breakdown')
N('平潭综合实验区2016年的联系地址是哪里', P[2016], '平潭综合实验区北厝镇竹屿口现场指挥部', 'contact-address')
N('平潭2018年各乡镇主动公开了多少条信息', P[2018], '各乡镇主动公开政府信息477条', 'prose-breakdown')
N('平潭综合实验区2019年年报里的联系电话', P[2019], '0591-23165250', 'contact-phone')
N('平潭综合实验区2021年存在的主要问题是什么', P[2021], '政策解读形式不够丰富', 'problems')
N('平潭综合实验区2022年全区主动公开了多少条政府信息', P[2022], '2022年全区共主动公开政府信息14571条', 'prose-count')
N('平潭实验区2023年的通讯地址', P[2023], '平潭综合实验区商务营运中心7号楼14层', 'contact-address')
N('平潭综合实验区2024年有没有收取信息处理费', P[2024], '2024年，无收取信息处理费情况', 'fee-prose')
N('平潭综合实验区2025年通过门户网站主动公开了多少政府信息', P[2025], '累计主动公开政府信息7700余条', 'prose-count')
N('上海市政府办公厅2019年通过中国上海门户网站发布了多少件政策解读', SH19, '通过“中国上海”门户网站发布政策解读共132件', 'prose-count')
N('2019年上海市政府办公厅每季度检查多少家政府网站', SH19, '每季度对本市处于正常运行状态的70家政府网站开展全面检查', 'prose-measure')
N('上海国际服务门户现在覆盖几个语种？（市政府办公厅2025年报）', SH25, '目前已覆盖 10 个语种', 'prose-count')
N('上海市政府办公厅2025年有没有收信息公开处理费', SH25, '2025 年度本机关未收取信息公开处理费', 'fee-prose')
N('市科委2024年年报电子版在哪个网站下载', KW, 'https://stcsm.sh.gov.cn', 'platform')
N('上海科技网站2024年全年发布了多少条信息', KW, '“上海科技”网站全年累计发布信息 2139 条', 'prose-count')
N('沭阳县2025年收取了多少信息处理费，是哪个部门收的', SY, '收取信息处理费共计380元，其中民政局1件', 'fee-prose')
N('沭阳县2025年整改了多少处失效链接', SY, '失效链接43处', 'prose-count')
N('沭阳县发改局地址电话是多少', FGJ, '沭阳县沭城街道苏州东路42号', 'contact-address-html')
N('沭阳发改局2023年全年审核发布了多少条政府信息', FGJ, '全年共审核发布各类公开政府信息249条', 'prose-count-html')
N('沭阳县发展和改革局2023年存在哪些主要问题', FGJ, '各科室人员信息公开意识有所松懈', 'problems-html')

# ---------------------------------------------------------------- unanswerable
U('淮安市2023年收到多少政府信息公开申请', 'year_not_indexed', 'year-not-indexed', year=2023)
U('淮安市淮阴区2024年新收政府信息公开申请多少件', 'body_not_indexed', 'sibling-district')
U('淮安市发改委2024年行政复议有几件', 'body_not_indexed', 'dept-of-indexed-city')
U('清江浦区2024年依申请公开数量', 'body_not_indexed', 'sibling-district')
U('洪泽区2024年行政处罚决定数', 'year_not_indexed', 'year-not-indexed', year=2024)
U('淮安市洪泽区教育局2023年收到几件申请', 'body_not_indexed', 'dept-of-indexed-district')
U('沭阳县2023年新收申请多少件', 'year_not_indexed', 'year-not-indexed-shares-dept-year', year=2023,
  note='only 沭阳县发改局 has a 2023 report; bare 沭阳 = 县政府')
U('沭阳县教育局2025年政府信息公开申请数', 'body_not_indexed', 'dept-of-indexed-county')
U('沭阳县发改局2024年受理了多少申请', 'year_not_indexed', 'year-not-indexed', year=2024)
U('泗阳县2025年行政复议多少件', 'body_not_indexed', 'neighbour-county')
U('宿迁市2024年政府信息公开申请数', 'body_not_indexed', 'parent-city-not-indexed')
U('上海市黄浦区2023年新收申请多少', 'body_not_indexed', 'sibling-district')
U('虹口区2022年收到几件申请', 'year_not_indexed', 'year-not-indexed', year=2022)
U('虹口区教育局2021年行政复议情况', 'body_not_indexed', 'dept-of-indexed-district')
U('上海市科委2023年行政许可决定多少', 'year_not_indexed', 'year-not-indexed', year=2023)
U('上海市发展和改革委员会2024年主动公开多少件规范性文件', 'body_not_indexed', 'sibling-dept')
U('上海市政府办公厅2022年新收申请', 'year_not_indexed', 'year-not-indexed', year=2022)
U('平潭综合实验区2015年主动公开了多少条', 'year_not_indexed', 'year-gap', year=2015)
U('平潭综合实验区2017年依申请公开数量', 'year_not_indexed', 'year-gap', year=2017)
U('平潭县2014年主动公开信息数', 'year_not_indexed', 'year-not-indexed', year=2014)
U('平潭综合实验区地方税务局2013年主动公开多少条', 'body_not_indexed', 'dept-of-indexed-body')
U('福建省平潭县公安局2012年收到的申请', 'body_not_indexed', 'dept-of-indexed-county')
U('江苏省盐城市洪泽……不对，盐城市亭湖区2023年申请数', 'body_not_indexed', 'self-correcting-other-body')
U('虹口区2021年政府信息公开工作经费是多少万元', 'no_such_figure', 'no-such-figure', rep=HK, year=2021)
U('淮安市2024年政府网站全年访问量多少', 'no_such_figure', 'no-such-figure', rep=HA, year=2024)
U('平潭综合实验区2024年从事政府信息公开的工作人员有几个', 'no_such_figure', 'no-such-figure', rep=P[2024], year=2024)
U('沭阳县2025年依申请公开平均答复用了几天', 'no_such_figure', 'no-such-figure', rep=SY, year=2025)
U('平潭综合实验区2019年行政规范性文件本年废止件数', 'not_in_this_format', 'other-format-row', rep=P[2019], year=2019,
  note='2019 trial T2 has 新制作/新公开/对外公开总数, no 废止')
U('平潭综合实验区2020年申请人逾期未缴费而不再处理的申请有几件', 'not_in_this_format', 'other-format-row', rep=P[2020], year=2020,
  note='2019 trial T3 has a single （六）其他处理 row')
U('平潭综合实验区2022年政府集中采购总金额多少', 'not_in_this_format', 'other-format-row', rep=P[2022], year=2022,
  note='（九）政府集中采购 exists only in the 2019 trial format')
U('上海市政府办公厅2019年行政事业性收费金额多少万元', 'not_in_this_format', 'other-format-row', rep=SH19, year=2019,
  note='2019 trial （八） counts items, not an amount')
U('淮安市2024年其他对外管理服务事项处理决定数量', 'not_in_this_format', 'other-format-row', rep=HA, year=2024)
U('平潭综合实验区2016年危及三安全一稳定不予公开的有几件', 'not_in_this_format', 'other-format-row', rep=P[2016], year=2016)
U('洪泽区2023年申请人逾期未按收费通知缴费、不再处理的申请有几件', 'not_in_this_format', 'row-not-printed', rep=HZ, year=2023,
  note='hongze prints （六）其他处理 as one row without sub-rows')

# ---------------------------------------------------------------- ambiguous
A('2023年收到多少件政府信息公开申请？', 'no-body-several-reports')
A('行政许可处理决定有多少件', 'no-body-no-year')
A('平潭2012年主动公开了多少条信息', 'two-bodies-same-place', note='平潭县人民政府 and 平潭综合实验区 both report 2012 (2026 vs 739)')
A('2025年行政复议一共多少件', 'no-body-several-reports')
A('2024年行政复议总计多少件？', 'no-body-several-reports', note='淮安市, 市科委 and 平潭综合实验区 all have 2024 reports')
A('平潭2013年受理依申请公开信息总数是多少', 'two-bodies-same-place', note='平潭县人民政府 (7) and 平潭综合实验区 (0) both report 2013')

# ---------------------------------------------------------------- follow-ups
F('fu-column-switch',
  tc('虹口区2021年新收申请里自然人有多少件', HK, 'T3', 'new_received', 'natural_person'),
  tc('法人呢？商业企业', HK, 'T3', 'new_received', 'commercial_enterprise'),
  tc('总计呢', HK, 'T3', 'new_received', 'total'))
F('fu-year-switch',
  tc('平潭综合实验区2022年行政复议总计多少', P[2022], 'T4', 'cases', 'review.total'),
  tc('那2023年呢？', P[2023], 'T4', 'cases', 'review.total'),
  tc('2025年呢', P[2025], 'T4', 'cases', 'review.total'))
F('fu-row-switch',
  tc('淮安市2024年本机关不掌握相关政府信息的有几件', HA, 'T3', 'unable_not_held', 'total'),
  tc('需要另行制作的呢', HA, 'T3', 'unable_needs_creation', 'total'),
  tc('补正后还不明确的呢？', HA, 'T3', 'unable_unclear_after_correction', 'total'))
F('fu-body-switch',
  tc('沭阳县2025年行政复议总计多少件', SY, 'T4', 'cases', 'review.total'),
  tc('淮安市2024年呢', HA, 'T4', 'cases', 'review.total'))
F('fu-after-unanswerable',
  tu('洪泽区2024年新收申请多少件', 'year_not_indexed', year=2024),
  tc('那2023年呢', HZ, 'T3', 'new_received', 'total'))
F('fu-after-unanswerable',
  tu('淮阴区2024年行政诉讼多少件', 'body_not_indexed'),
  tc('淮安市呢？直接起诉的', HA, 'T4', 'cases', 'litigation_direct.total'))
F('fu-t4-subcolumns',
  tc('上海市政府办公厅2025年行政复议总共多少件', SH25, 'T4', 'cases', 'review.total'),
  tc('其中维持的呢', SH25, 'T4', 'cases', 'review.maintained'),
  tc('诉讼那块呢，未经复议直接起诉总计', SH25, 'T4', 'cases', 'litigation_direct.total'))
F('fu-derived-then-cell',
  td('平潭综合实验区2024年无法提供的一共多少件', P[2024], [T3(P[2024], r) for r in UNABLE]),
  tc('其中本机关不掌握的呢', P[2024], 'T3', 'unable_not_held', 'total'))
F('fu-pre2019-year',
  tc('平潭县2012年受理依申请公开信息总数', PC12, 'stats', 'requests_total', 'this_year'),
  tc('2013年呢', PC13, 'stats', 'requests_total', 'this_year'),
  tu('2014年呢？', 'year_not_indexed', year=2014))
F('fu-cumulative-column',
  tc('平潭综合实验区2014年主动公开文件数', P[2014], 'stats', 'proactive_total', 'this_year'),
  tc('历年累计是多少', P[2014], 'stats', 'proactive_total', 'cumulative'))
F('fu-body-switch-dept',
  tc('沭阳县2025年规范性文件现行有效多少件', SY, 'T2', 'normative_documents', 'valid'),
  tu('沭阳县教育局呢', 'body_not_indexed'),
  tc('那沭阳发改局2023年的呢', FGJ, 'T2', 'normative_documents', 'valid'))
F('fu-row-switch',
  tc('上海市科委2024年予以公开多少件', KW, 'T3', 'granted', 'total'),
  tc('部分公开呢', KW, 'T3', 'partially_granted', 'total'))
F('fu-year-then-diff',
  tc('平潭综合实验区2021年行政许可处理决定数量', P[2021], 'T2', 'administrative_licensing', 'decisions'),
  tc('2022年的呢', P[2022], 'T2', 'administrative_licensing', 'decisions'),
  td('多了多少', P[2022], [T2(P[2022], 'administrative_licensing', 'decisions')], minus=[T2(P[2021], 'administrative_licensing', 'decisions')]))
F('fu-elliptic-column',
  tc('淮安2024年新收申请中商业企业多少', HA, 'T3', 'new_received', 'commercial_enterprise'),
  tc('其他组织呢', HA, 'T3', 'new_received', 'other_org'),
  tc('科研机构呢', HA, 'T3', 'new_received', 'research_institution'))
F('fu-figure-then-nofigure',
  tc('虹口区2021年行政强制处理决定多少件', HK, 'T2', 'administrative_coercion', 'decisions'),
  tu('那虹口区政府一年的信息公开预算是多少', 'no_such_figure', rep=HK, year=2021))
F('fu-t4-block-switch',
  tc('平潭综合实验区2024年复议后起诉总计多少', P[2024], 'T4', 'cases', 'litigation_after_review.total'),
  tc('其他结果呢', P[2024], 'T4', 'cases', 'litigation_after_review.other_result'))
F('fu-year-format-switch',
  tc('上海市政府办公厅2025年部分公开几件', SH25, 'T3', 'partially_granted', 'total'),
  tc('2019年那份里自然人部分公开几件', SH19, 'T3', 'partially_granted', 'natural_person'))
F('fu-body-switch-county',
  tc('洪泽区2023年新收申请里属于国家秘密不予公开的几件', HZ, 'T3', 'denied_state_secret', 'total'),
  tc('淮安市2024年呢', HA, 'T3', 'denied_state_secret', 'total'))
F('fu-row-switch-pingtan2019',
  tc('平潭综合实验区2019年重复申请有几件', P[2019], 'T3', 'not_processed_duplicate', 'total'),
  tc('本机关不掌握的呢', P[2019], 'T3', 'unable_not_held', 'total'))
F('fu-after-unanswerable-year',
  tu('平潭综合实验区2017年新收申请多少', 'year_not_indexed', year=2017),
  tc('2018年呢，受理依申请公开信息总数', P[2018], 'stats', 'requests_total', 'this_year'))
F('fu-row-switch-pingtan2021',
  tc('平潭综合实验区2021年属于行政查询事项的不予公开有几件', P[2021], 'T3', 'denied_admin_query', 'total'),
  tc('三类内部事务信息呢', P[2021], 'T3', 'denied_internal_affairs', 'total'))

# ---------------------------------------------------------------- paraphrase groups (5 each)
PARA = [
    ('g01', (HA, 'T3', 'new_received', 'total'), [
        '淮安市2024年本年新收政府信息公开申请数量是多少？',
        '淮安市２０２４年新收了多少件信息公开申请',
        '淮安二〇二四年 新收申请',
        '我刚搬来淮安，想问下淮安市政府2024年一年收到多少依申请公开',
        '淮按市2024年新收政府信息公开申请多少件']),
    ('g02', (SY, 'T3', 'unable_not_held', 'total'), [
        '沭阳县2025年本机关不掌握相关政府信息的申请有多少件',
        '沭阳县政府２０２５年申请的信息本机关不掌握的有几件',
        '沭阳 不掌握相关信息 2025',
        '沭阳县二〇二五年因为本机关没有这个信息而无法提供的有多少',
        '术阳县2025年本机关不掌握相关政府信息几件']),
    ('g03', (P[2023], 'T3', 'new_received', 'total'), [
        '平潭综合实验区2023年本年新收政府信息公开申请数量',
        '平潭实验区２０２３年收到几件申请',
        '平潭综合实验区新收申请 二零二三',
        '问个事，平潭2023年一年收到多少件政府信息公开申请？',
        '平谭综合实验区2023年新收申请多少件']),
    ('g04', (HK, 'T4', 'cases', 'review.total'), [
        '虹口区2021年因政府信息公开被申请行政复议总计多少件',
        '虹口区２０２１年行政复议一共几件',
        '虹口 行政复议总数 二〇二一年',
        '上海虹口区政府二零二一年被人申请复议了多少次',
        '虹口区2021年行政复意总计']),
    ('g05', (SH25, 'T3', 'new_received', 'natural_person'), [
        '上海市人民政府办公厅2025年新收申请中自然人申请多少件',
        '上海市政府办公厅２０２５年个人提的公开申请有多少',
        '上海市府办 2025 自然人 新收',
        '上海市政府办公厅二〇二五年老百姓个人申请了多少件信息公开',
        '上海市政府办公听2025年自然人新收申请']),
    ('g06', (HA, 'T2', 'administrative_licensing', 'decisions'), [
        '淮安市2024年行政许可处理决定数量是多少',
        '淮安市２０２４年行政许可决定多少件',
        '淮安 行政许可 二〇二四',
        '最近在办证，顺便问下淮安市2024年一共做了多少个行政许可决定',
        '淮安市2024年行政许刻处理决定数']),
    ('g07', (P[2024], 'T3', 'partially_granted', 'total'), [
        '平潭综合实验区2024年部分公开的申请有多少件',
        '平潭２０２４年部分公开几件',
        '平潭 部分公开 2024年',
        '平潭综合实验区二零二四年只公开了一部分的申请有几件',
        '平潭综合试验区2024年部分公开多少']),
    ('g08', (SY, 'T4', 'cases', 'litigation_after_review.total'), [
        '沭阳县2025年复议后起诉的行政诉讼总计多少件',
        '沭阳县２０２５年复议完又去法院起诉的有几件',
        '沭阳 复议后起诉 总计 2025',
        '沭阳县政府二〇二五年先复议再打官司的案件总共多少',
        '沭阳县2025年复议后起述总计']),
    ('g09', (PC13, 'stats', 'proactive_total', 'this_year'), [
        '平潭县人民政府2013年主动公开信息数是多少条',
        '平潭县２０１３年主动公开了多少条',
        '平潭县政府 主动公开信息数 二〇一三',
        '翻老资料看到平潭县，想问问平潭县政府2013年主动公开多少条信息',
        '平潭县2013年主动公升信息数']),
    ('g10', (KW, 'T3', 'unable_not_held', 'total'), [
        '上海市科学技术委员会2024年本机关不掌握相关政府信息的有几件',
        '上海市科委２０２４年不掌握的信息几件',
        '市科委 不掌握 2024',
        '上海科委二〇二四年申请的东西科委自己没有的有多少件',
        '上海市科委2024年本机关不掌据相关政府信息']),
    ('g11', (HZ, 'T3', 'unable_not_held', 'total'), [
        '洪泽区人民政府2023年本机关不掌握相关政府信息多少件',
        '洪泽区２０２３年不掌握相关信息的申请有几件',
        '洪泽 本机关不掌握 二零二三',
        '我是洪泽的，区政府2023年因为没有这个信息答复不了的有多少',
        '洪泽区2023年本机关不掌握相关政俯信息']),
    ('g12', (P[2021], 'T3', 'new_received', 'natural_person'), [
        '平潭综合实验区2021年新收申请中自然人有多少件',
        '平潭２０２１年个人申请了几件',
        '平潭实验区 自然人 新收 二〇二一',
        '听说平潭申请的人挺多，2021年平潭综合实验区自然人提了多少申请',
        '平潭综合实验区2021年自燃人申请多少件']),
    ('g13', (HA, 'T4', 'cases', 'review.corrected'), [
        '淮安市2024年行政复议结果纠正的有多少件',
        '淮安市２０２４年复议被纠正几件',
        '淮安 复议 纠正 二〇二四',
        '打听一下，淮安市政府2024年被复议机关纠错的复议案件有几件',
        '淮安市2024年行政复议结果纠证多少件']),
    ('g14', (SH19, 'T3', 'results_total', 'total'), [
        '上海市人民政府办公厅2019年办理结果总计多少件',
        '上海市政府办公厅２０１９年一共办结了多少申请',
        '上海市府办 办理结果总计 2019',
        '查资料用：上海市政府办公厅二〇一九年度依申请公开办理结果合计是多少',
        '上海市政府办公厅2019年办里结果总计']),
    ('g15', (P[2025], 'T2', 'administrative_licensing', 'decisions'), [
        '平潭综合实验区2025年行政许可处理决定数量',
        '平潭２０２５年行政许可多少件',
        '平潭 行政许可 二零二五',
        '准备去平潭开店，想知道平潭综合实验区2025年做出了多少个行政许可决定',
        '平潭综合实验区2025年行政许克决定数']),
    ('g16', (HK, 'T3', 'granted', 'total'), [
        '虹口区2021年予以公开的申请有多少件',
        '虹口区２０２１年同意公开了几件',
        '虹口 予以公开 二〇二一',
        '上海虹口区政府二零二一年全部给公开的申请有多少',
        '虹口区2021年予以公升多少件']),
    ('g17', (SY, 'T2', 'normative_documents', 'issued'), [
        '沭阳县2025年行政规范性文件本年制发件数',
        '沭阳县２０２５年新发了几件规范性文件',
        '沭阳 规范性文件 制发 二〇二五',
        '我在查文件，沭阳县政府2025年一共印发了多少件行政规范性文件',
        '沭阳县2025年行政规范性文件本年制法件数']),
]
PARA_CLASSES = ['plain', 'fullwidth-digits', 'keyword-only+chinese-numeral-year', 'irrelevant-clause-first', 'typo']
