# -*- coding: utf-8 -*-
"""x19 cross-report questions: references only (no typed numbers).
Spec shapes:
  series:      body, cell=(table,row,col), span=(from,to)|None, alt={format: (table,row,col)}, pick=None|'max'|'min'|'sum'
  comparison:  reports=[...], cell=(table,row,col) | rate={'num':[rows],'den':[rows],'col':c,'decimals':d}, order
  consistency: body, mode='carry'(T3 结转) col=..., or mode='cum' (stats 历年累计 chain) row=..., years=[Y...]  (pairs Y->Y+1)
  noyear:      sub='cell'|'derived'|'narrative', report, cell / sum=[cells] / substring
  nobody:      subs=[(stem, substring)]
  unanswerable: reason
  followup:    turns=[spec...]
"""
T3 = 'T3'; T4 = 'T4'; T2 = 'T2'; ST = 'stats'
P = 'pingtan'; PC = 'pingtan-county'; SHO = 'shanghai-municipal-office'
REQ_ALT = {'pre_2019': (ST, 'requests_total', 'this_year')}
REV_ALT = {'pre_2019': (ST, 'admin_review', 'this_year')}
GRANT_ALT = {'pre_2019': (ST, 'reply_full', 'this_year')}

def S(q, cls, body, cell, span=None, pick=None, alt=None, note=None):
    return dict(kind='series', question=q, cls=cls, body=body, cell=cell, span=span, pick=pick, alt=alt or {}, note=note)

def C(q, cls, reports, cell=None, rate=None, order='desc', note=None, unit='件'):
    return dict(kind='comparison', question=q, cls=cls, reports=reports, cell=cell, rate=rate, order=order, note=note, unit=unit)

def K(q, cls, body, years, mode='carry', col='total', row=None, note=None):
    return dict(kind='consistency', question=q, cls=cls, body=body, years=years, mode=mode, col=col, row=row, note=note)

def N(q, cls, sub, report, cell=None, cells=None, substring=None, note=None, unit='件'):
    return dict(kind='noyear', question=q, cls=cls, sub=sub, report=report, cell=cell, cells=cells, substring=substring, note=note, unit=unit)

def B(q, cls, subs, note=None):
    return dict(kind='nobody', question=q, cls=cls, subs=subs, note=note)

def U(q, cls, reason, note=None):
    return dict(kind='unanswerable', question=q, cls=cls, reason=reason, note=note)

def CELL(q, report, cell):
    return dict(kind='cell', question=q, report=report, cell=cell)

def F(cls, turns, note=None):
    return dict(kind='followup', cls=cls, turns=turns, note=note)

NEW = (T3, 'new_received', 'total')
Q = [
# ---------------- series ----------------
S('平潭综合实验区2019到2025年每年新收的政府信息公开申请各有多少件？', 'span-plain', P, NEW, (2019, 2025)),
S('平潭实验区历年收到的信息公开申请，哪一年最多？', 'max-all-years-crossformat', P, NEW, None, 'max', REQ_ALT,
  note='pre-2019 统计表 row 受理依申请公开信息总数 (this_year) taken as the same figure as T3 一、本年新收 总计'),
S('平潭2021-2025年自然人提的申请每年多少', 'keyword-applicant-col', P, (T3, 'new_received', 'natural_person'), (2021, 2025)),
S('2019～2025年平潭综合实验区收到的申请里，申请人是“其他”组织的每年有几件？', 'fullwidth-tilde-other-org', P, (T3, 'new_received', 'other_org'), (2019, 2025)),
S('平潭近五年答复予以公开的申请数量变化趋势', 'recent-n-years-trend', P, (T3, 'granted', 'total'), (2021, 2025),
  note='近五年 read as the five newest years in the corpus, 2021–2025'),
S('平潭实验区从2019年以来部分公开的件数哪年最多？', 'since-year-max', P, (T3, 'partially_granted', 'total'), (2019, 2025), 'max'),
S('平潭实验区2019到2025年因为信息不存在（本机关不掌握）答复无法提供的，加起来一共多少件？', 'colloquial-row-sum', P, (T3, 'unable_not_held', 'total'), (2019, 2025), 'sum'),
S('平潭综合实验区2019至2025年，申请人逾期不补正、机关不再处理的申请每年几件？', 'row-only-in-2021-format', P, (T3, 'other_no_correction_overdue', 'total'), (2019, 2025),
  note='2019/2020 trial format has only one （六）其他处理 row, no 逾期不补正 sub-row: not comparable'),
S('平潭2019-2025年被申请行政复议的总数，逐年列一下', 'T4-review-total', P, (T4, 'cases', 'review.total'), (2019, 2025)),
S('平潭实验区历年因政府信息公开被申请行政复议，哪一年最多', 'max-all-years-crossformat', P, (T4, 'cases', 'review.total'), None, 'max', REV_ALT,
  note='pre-2019 统计表 行政复议数 (this_year) taken as the same figure as T4 行政复议 总计'),
S('平潭二〇二一年到二〇二五年，没经过复议直接去法院起诉的行政诉讼，哪年最多？', 'chinese-numeral-years-colloquial', P, (T4, 'cases', 'litigation_direct.total'), (2021, 2025), 'max'),
S('平潭综合实验区2019—2025年复议后又起诉的案件，总共多少件', 'T4-after-review-sum', P, (T4, 'cases', 'litigation_after_review.total'), (2019, 2025), 'sum'),
S('平潭这几年行政复议结果被纠正的，2021到2025每年几件', 'T4-review-corrected', P, (T4, 'cases', 'review.corrected'), (2021, 2025)),
S('平潭实验区2019到2025年每年结转到下一年继续办的申请有多少', 'carried-to-next', P, (T3, 'carried_to_next_year', 'total'), (2019, 2025)),
S('平潭综合实验区2019年至2025年上年结转过来的申请数', 'carried-over', P, (T3, 'carried_over_from_last_year', 'total'), (2019, 2025)),
S('平潭实验区2019-2025年办结的申请总数，哪年最少？', 'min-results-total', P, (T3, 'results_total', 'total'), (2019, 2025), 'min'),
S('平潭2021年到2025年行政许可处理决定数量哪一年最多', 'T2-licensing-max', P, (T2, 'administrative_licensing', 'decisions'), (2021, 2025), 'max'),
S('平潭实验区近几年（2021-2025）行政处罚决定数', 'T2-penalty', P, (T2, 'administrative_penalty', 'decisions'), (2021, 2025)),
S('平潭综合实验区2021到2025年行政事业性收费金额哪年最少？单位万元', 'T2-fee-min', P, (T2, 'administrative_fees', 'fee_amount'), (2021, 2025), 'min'),
S('平潭实验区2021～2025年行政强制决定加起来多少件', 'T2-coercion-sum', P, (T2, 'administrative_coercion', 'decisions'), (2021, 2025), 'sum'),
S('平潭综合实验区历年主动公开的政府信息条数（统计表里的本年度数）', 'pre2019-row-all-years', P, (ST, 'proactive_total', 'this_year'), None,
  note='统计表 row 主动公开信息(文件)数 exists only in pre-2019 reports; 2019+ formats have no total of proactively published items: not comparable'),
S('平潭实验区2011到2014年通过网站公开的信息每年多少条', 'pre2019-website', P, (ST, 'proactive_website', 'this_year'), (2011, 2014)),
S('平潭综合实验区2011至2018年受理的依申请公开信息总数', 'pre2019-requests-gaps', P, (ST, 'requests_total', 'this_year'), (2011, 2018)),
S('平潭实验区2014年到2018年统计表里主动公开文件数的历年累计', 'pre2019-cumulative', P, (ST, 'proactive_total', 'cumulative'), (2014, 2018)),
S('平潭县人民政府2011-2013年主动公开信息数，哪年最多', 'county-max', PC, (ST, 'proactive_total', 'this_year'), (2011, 2013), 'max'),
S('平潭县政府历年受理的政府信息公开申请加起来是多少条', 'county-sum-all', PC, (ST, 'requests_total', 'this_year'), None, 'sum'),
S('平潭县2011到2013年用电子邮件提的申请各几条', 'county-email', PC, (ST, 'req_email', 'this_year'), (2011, 2013)),
S('平潭县政府2012、2013年同意公开的答复数', 'county-two-years', PC, (ST, 'reply_full', 'this_year'), (2012, 2013)),
S('平潭县人民政府近三年网上申请数 2011 2012 2013', 'county-keyword-years', PC, (ST, 'req_online', 'this_year'), (2011, 2013)),
S('上海市政府办公厅2019年到2025年每年新收的信息公开申请', 'gaps-middle-years', SHO, NEW, (2019, 2025)),
S('市府办公厅历年自然人申请数量（上海）', 'short-name-all-years', SHO, (T3, 'new_received', 'natural_person'), None),
S('上海市人民政府办公厅历年因为本机关不掌握而无法提供的，自然人那一列', 'col-natural-person-blank-totals', SHO, (T3, 'unable_not_held', 'natural_person'), None,
  note='2019 result rows have blank 总计 cells, so the 自然人 column is asked'),
S('上海市政府办公厅行政复议维持原决定的，2019和2025年各多少', 'T4-maintained-two-years', SHO, (T4, 'cases', 'review.maintained'), (2019, 2025)),
S('上海市人民政府办公厅每年结转下年度继续办理的申请数', 'carried-next-all', SHO, (T3, 'carried_to_next_year', 'total'), None),
S('沪府办公厅 历年 信访举报投诉类申请不予处理 自然人', 'keyword-short-sh', SHO, (T3, 'not_processed_petition_complaint', 'natural_person'), None),
S('平潭实验区2019到2025年以“三类内部事务信息”为由不予公开的，哪年最多', 'denied-internal-max', P, (T3, 'denied_internal_affairs', 'total'), (2019, 2025), 'max'),
S('平潭2019-2025年因属于行政执法案卷而不予公开的件数', 'denied-enforcement', P, (T3, 'denied_enforcement_case_file', 'total'), (2019, 2025)),
S('平潭综合实验区2019年到2025年重复申请不予处理的一共几件', 'dup-sum', P, (T3, 'not_processed_duplicate', 'total'), (2019, 2025), 'sum'),
S('平谭实验区2019至2025年补正后申请内容仍不明确的每年几件', 'typo-body-unclear', P, (T3, 'unable_unclear_after_correction', 'total'), (2019, 2025)),
S('平潭实验区2019到2025年社会公益组织提的申请', 'social-welfare-col', P, (T3, 'new_received', 'social_welfare_org'), (2019, 2025)),
S('平潭复议“其他结果”那一栏，2019-2025每年多少', 'T4-other-result', P, (T4, 'cases', 'review.other_result'), (2019, 2025)),
S('平潭实验区2016年到2025年被申请行政复议一共多少起？', 'sum-crossformat-gap', P, (T4, 'cases', 'review.total'), (2016, 2025), 'sum', REV_ALT,
  note='pre-2019 统计表 行政复议数 taken as T4 行政复议 总计; 2017 has no report'),
S('平潭综合实验区历年同意公开（予以公开）的答复数', 'crossformat-granted', P, (T3, 'granted', 'total'), None, None, GRANT_ALT,
  note='pre-2019 统计表 同意公开答复数 taken as T3 （一）予以公开 总计'),
S('平潭实验区2019~2025年商业企业申请了几件', 'commercial-col', P, (T3, 'new_received', 'commercial_enterprise'), (2019, 2025)),
S('平潭2019到2025 行政诉讼 直接起诉 判维持的', 'T4-direct-maintained', P, (T4, 'cases', 'litigation_direct.maintained'), (2019, 2025)),
S('平潭实验区2021-2025 申请人逾期未按收费通知缴费的有几件', 'row-2021-only-fee-unpaid', P, (T3, 'other_fee_unpaid_overdue', 'total'), (2021, 2025)),
# ---------------- comparisons ----------------
C('2023年洪泽区、平潭综合实验区、沭阳县发改局，谁收到的政府信息公开申请最多？', 'three-bodies-same-year', ['hongze-district_2023', 'pingtan_2023', 'shuyang-fgj_2023'], NEW),
C('2024年淮安市政府、平潭实验区和上海市科委被申请行政复议的数量对比', 'T4-review-compare', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'], (T4, 'cases', 'review.total')),
C('２０２５年平潭、上海市政府办公厅、沭阳县政府新收申请按多少排个序', 'fullwidth-ranking', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'], NEW),
C('2021年虹口区和平潭综合实验区，哪家收到的自然人申请多？', 'two-bodies-natural-person', ['hongkou-district_2021', 'pingtan_2021'], (T3, 'new_received', 'natural_person')),
C('2019年平潭实验区跟上海市人民政府办公厅新收的申请各是多少，谁多', 'trial-format-compare', ['pingtan_2019', 'shanghai-municipal-office_2019'], NEW),
C('2011年平潭综合实验区和平潭县政府主动公开的信息数一样吗', 'same-figures-two-bodies', ['pingtan_2011', 'pingtan-county_2011'], (ST, 'proactive_total', 'this_year'), order=None,
  note='the two 2011 tables are identical; no top'),
C('2012年平潭县和平潭实验区谁主动公开的信息多', 'pre2019-compare', ['pingtan_2012', 'pingtan-county_2012'], (ST, 'proactive_total', 'this_year')),
C('二〇一三年平潭县政府、平潭综合实验区各受理了多少件依申请公开', 'chinese-numeral-pre2019', ['pingtan_2013', 'pingtan-county_2013'], (ST, 'requests_total', 'this_year')),
C('2024年淮安市、平潭、上海市科委的予以公开率（予以公开÷办理结果总计），保留两位小数', 'rate-stated', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'],
  rate={'num': ['granted'], 'den': ['results_total'], 'col': 'total', 'decimals': 2}, unit='%'),
C('沭阳县2025年和上海市府办2025年，因本机关不掌握无法提供的各多少件', 'short-name-compare', ['shuyang-county_2025', 'shanghai-municipal-office_2025'], (T3, 'unable_not_held', 'total')),
C('淮安市和沭阳县行政处罚决定数量谁多', 'years-differ-T2', ['huaian-city_2024', 'shuyang-county_2025'], (T2, 'administrative_penalty', 'decisions'),
  note='no year given: each body\'s newest (only) report, 淮安市 2024 vs 沭阳县 2025'),
C('2023年行政许可处理决定：洪泽区、平潭实验区、沭阳发改局', 'keyword-T2-licensing', ['hongze-district_2023', 'pingtan_2023', 'shuyang-fgj_2023'], (T2, 'administrative_licensing', 'decisions')),
C('2025年平潭、沭阳县和上海市政府办公厅的行政事业性收费金额（万元）比较', 'T2-fee-compare', ['pingtan_2025', 'shuyang-county_2025', 'shanghai-municipal-office_2025'], (T2, 'administrative_fees', 'fee_amount'), unit='万元'),
C('虹口区政府和淮安市政府被申请行政复议的数量哪个多', 'years-differ-T4', ['hongkou-district_2021', 'huaian-city_2024'], (T4, 'cases', 'review.total'),
  note='no year given: 虹口区 2021 vs 淮安市 2024 (only reports)'),
C('2024年复议后又提起诉讼的：淮安市、平潭综合实验区、市科委', 'T4-after-review-compare', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'], (T4, 'cases', 'litigation_after_review.total')),
C('2025年信访举报投诉类申请不予处理的，平潭、上海市政府办公厅、沭阳县各几件', 'petition-compare', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'], (T3, 'not_processed_petition_complaint', 'total')),
C('2025年结转到下一年继续办理的申请，平潭实验区、上海市府办公厅、沭阳县政府哪个最多', 'carried-next-compare', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'], (T3, 'carried_to_next_year', 'total')),
C('2025年部分公开占办结总数的比例，平潭、上海市政府办公厅、沭阳县比一比（百分比，两位小数）', 'rate-partial', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'],
  rate={'num': ['partially_granted'], 'den': ['results_total'], 'col': 'total', 'decimals': 2}, unit='%'),
C('虹口、洪泽、淮安、沭阳这几个地方政府，谁收到的信息公开申请最多', 'many-bodies-years-differ', ['hongkou-district_2021', 'hongze-district_2023', 'huaian-city_2024', 'shuyang-county_2025'], NEW,
  note='bare place names = the governments; their only reports are of different years'),
C('律师事务所这类法律服务机构申请的，淮安市和上海市政府办公厅谁多', 'legal-service-col-years-differ', ['huaian-city_2024', 'shanghai-municipal-office_2025'], (T3, 'new_received', 'legal_service_org'),
  note='淮安市 2024 vs 上海市政府办公厅 newest 2025'),
C('2024年商业企业提出的申请数 淮安市 平潭 市科委', 'keyword-commercial', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'], (T3, 'new_received', 'commercial_enterprise')),
C('2023年因为信息不存在答复无法提供的：洪泽区政府、平潭实验区、沭阳县发展和改革局', 'colloquial-not-held-compare', ['hongze-district_2023', 'pingtan_2023', 'shuyang-fgj_2023'], (T3, 'unable_not_held', 'total')),
C('2021年虹口区和平潭直接提起行政诉讼的各有几件', 'T4-direct-compare', ['hongkou-district_2021', 'pingtan_2021'], (T4, 'cases', 'litigation_direct.total')),
C('2013年平潭县和平潭综合实验区统计表里主动公开信息的历年累计各是多少', 'cumulative-compare', ['pingtan-county_2013', 'pingtan_2013'], (ST, 'proactive_total', 'cumulative')),
C('2024年以三类内部事务信息为由不予公开的，淮安市、平潭、上海市科委谁最多', 'internal-affairs-compare', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'], (T3, 'denied_internal_affairs', 'total')),
C('虹口区、洪泽区、沭阳县政府的行政强制决定数排名', 'coercion-years-differ', ['hongkou-district_2021', 'hongze-district_2023', 'shuyang-county_2025'], (T2, 'administrative_coercion', 'decisions'),
  note='only reports: 2021 / 2023 / 2025'),
C('2025年“本机关不掌握”占办理结果总计的百分比：平潭、上海市政府办公厅、沭阳县，保留2位小数', 'rate-not-held', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'],
  rate={'num': ['unable_not_held'], 'den': ['results_total'], 'col': 'total', 'decimals': 2}, unit='%'),
C('2019年平潭实验区和上海市政府办公厅，自然人申请中予以公开的各多少', 'trial-natural-granted', ['pingtan_2019', 'shanghai-municipal-office_2019'], (T3, 'granted', 'natural_person')),
C('2025年行政复议被纠正的 平潭 上海市政府办公厅 沭阳县', 'keyword-review-corrected', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'], (T4, 'cases', 'review.corrected')),
C('2024年淮安市政府和平潭实验区新收申请，从少到多排', 'asc-order', ['huaian-city_2024', 'pingtan_2024'], NEW, order='asc'),
C('2021年虹口区和平潭实验区，“其他处理”下面“其他”那一行各有几件', 'other-other-row', ['hongkou-district_2021', 'pingtan_2021'], (T3, 'other_other', 'total')),
# ---------------- consistency ----------------
K('平潭实验区2021年结转下年度继续办理的数和2022年报告里的上年结转数对得上吗？', 'carry-pair', P, [2021]),
K('平潭2024年底结转的申请，和2025年年报写的上年结转一致吗', 'carry-pair-zero', P, [2024]),
K('平潭综合实验区2019年结转到2020年的自然人申请，前后两年的数字一致吗', 'carry-natural-person', P, [2019], col='natural_person'),
K('平潭实验区2019到2025年，每年的“结转下年度继续办理”和下一年的“上年结转”都能对上吗？', 'carry-chain-all', P, [2019, 2020, 2021, 2022, 2023, 2024]),
K('平潭2022年转到2023年继续办理的自然人申请，两份年报一致不一致', 'carry-natural-2022', P, [2022], col='natural_person'),
K('平潭县政府2012年统计表的历年累计主动公开信息数，等于2011年累计加上2012年当年数吗？', 'cum-chain-county', PC, [2011], mode='cum', row='proactive_total',
  note='chain checked: 历年累计(Y) = 历年累计(Y-1) + 本年度(Y); out = cumulative of Y, in = cumulative(Y+1) - this_year(Y+1)'),
K('平潭县2012年到2013年受理依申请公开的历年累计数前后接得上吗', 'cum-chain-requests', PC, [2012], mode='cum', row='requests_total',
  note='历年累计 chain; out = cumulative(Y), in = cumulative(Y+1) - this_year(Y+1)'),
K('平潭综合实验区2011年和2012年统计表的历年累计主动公开数接得上吗', 'cum-chain-break', P, [2011], mode='cum', row='proactive_total',
  note='历年累计 chain; out = cumulative(Y), in = cumulative(Y+1) - this_year(Y+1)'),
K('平潭实验区2013年累计主动公开数加上2014年当年数，是不是等于2014年的累计数', 'cum-chain-2013-2014', P, [2013], mode='cum', row='proactive_total',
  note='历年累计 chain; out = cumulative(Y), in = cumulative(Y+1) - this_year(Y+1)'),
K('平潭实验区2012到2013年主动公开信息数的历年累计对得上吗', 'cum-chain-2012-2013', P, [2012], mode='cum', row='proactive_total',
  note='历年累计 chain; out = cumulative(Y), in = cumulative(Y+1) - this_year(Y+1)'),
K('平潭县2011—2013年网站公开信息的历年累计每年都能接上吗', 'cum-chain-website', PC, [2011, 2012], mode='cum', row='proactive_website',
  note='历年累计 chain; out = cumulative(Y), in = cumulative(Y+1) - this_year(Y+1)'),
K('平潭综合实验区2020年到2021年、2023年到2024年的结转数前后对得上吗', 'carry-two-pairs', P, [2020, 2023]),
# ---------------- noyear ----------------
N('平潭综合实验区收到了多少件政府信息公开申请？', 'noyear-newest', 'cell', 'pingtan_2025', cell=NEW),
N('平潭实验区被人申请行政复议了几起', 'noyear-T4', 'cell', 'pingtan_2025', cell=(T4, 'cases', 'review.total')),
N('平潭县人民政府主动公开了多少条政府信息', 'noyear-county-newest', 'cell', 'pingtan-county_2013', cell=(ST, 'proactive_total', 'this_year')),
N('上海市政府办公厅收到的申请中自然人有多少', 'noyear-sh-natural', 'cell', 'shanghai-municipal-office_2025', cell=(T3, 'new_received', 'natural_person')),
N('上海市人民政府办公厅收不收信息处理费', 'noyear-narrative-fee', 'narrative', 'shanghai-municipal-office_2025', substring='本机关未收取信息公开处理费'),
N('平潭综合实验区有没有收过信息处理费', 'noyear-narrative-fee-pt', 'narrative', 'pingtan_2025', substring='无收取信息处理费情况'),
N('平潭县政府办公室的联系电话是多少', 'noyear-contact-county', 'narrative', 'pingtan-county_2013', substring='电话：24336243'),
N('沐阳县政府信息处理费收了多少钱', 'noyear-typo-shuyang', 'narrative', 'shuyang-county_2025', substring='收取信息处理费共计380元'),
N('淮安市政府予以公开和部分公开的申请加起来多少件', 'noyear-derived-sum', 'derived', 'huaian-city_2024', cells=[(T3, 'granted', 'total'), (T3, 'partially_granted', 'total')]),
N('上海市政府办公厅 予以公开+部分公开 合计', 'noyear-derived-keyword', 'derived', 'shanghai-municipal-office_2025', cells=[(T3, 'granted', 'total'), (T3, 'partially_granted', 'total')]),
N('上海市科委的行政许可处理决定有多少', 'noyear-stcsm-T2', 'cell', 'shanghai-stcsm_2024', cell=(T2, 'administrative_licensing', 'decisions')),
N('虹口区政府行政复议还没审结的有几件', 'noyear-hongkou-pending', 'cell', 'hongkou-district_2021', cell=(T4, 'cases', 'review.pending')),
N('淮安市人民政府信息公开的咨询电话', 'noyear-contact-huaian', 'narrative', 'huaian-city_2024', substring='电话：0517-83605210'),
# ---------------- nobody ----------------
B('申请政府信息公开要收费吗？', 'nobody-fee', [('pingtan_2025', '无收取信息处理费情况'), ('shanghai-municipal-office_2025', '本机关未收取信息公开处理费'),
   ('shuyang-county_2025', '收取信息处理费共计380元'), ('huaian-city_2024', '收取政府信息公开信息处理费 3940 元')]),
B('政府信息公开年报的电子版在哪里下载', 'nobody-download', [('shanghai-municipal-office_2025', '本年度报告电子版可在上海市人民政'), ('shanghai-stcsm_2024', '年度报告电子版可以通过市')]),
B('年报里的数据统计期限是从什么时候到什么时候', 'nobody-period', [('pingtan_2025', '统计期限为2025年1月1日至2025年12月31日'), ('huaian-city_2024', '统计期限自 2024 年 1 月 1 日')]),
B('政务公开工作目前还存在什么问题', 'nobody-problems', [('shanghai-municipal-office_2025', '政策信息分散于多个平台'), ('shuyang-county_2025', '政策解读多样性需进一步加强')]),
B('对年度报告有疑问该联系谁', 'nobody-contact', [('huaian-city_2024', '请与淮安市人民政府办公室联系'), ('hongkou-district_2021', '请联系虹口区人民政府办公室')]),
B('政府信息公开年报是按照哪个文件的格式编的', 'nobody-basis', [('pingtan_2025', '国办公开办函〔2021〕30号'), ('shanghai-municipal-office_2025', '国办公开办函〔2021〕30 号')]),
# ---------------- unanswerable ----------------
U('平潭综合实验区2015年收到多少件信息公开申请', 'gap-year', 'year_not_indexed'),
U('平潭县人民政府2014年主动公开信息数是多少', 'county-after-last-year', 'year_not_indexed', note='平潭县 reports only 2011–2013'),
U('上海市政府办公厅2020到2024年每年新收的申请数', 'span-all-gaps', 'year_not_indexed'),
U('2023年洪泽区和淮阴区谁收到的申请多', 'neighbour-district', 'body_not_indexed', note='淮阴区 (淮安市 neighbour of 洪泽区) not in corpus'),
U('沭阳县人民政府2023年新收政府信息公开申请多少件', 'county-vs-department-year', 'year_not_indexed', note='沭阳县政府 only 2025; 2023 is the 发改局 report, a department'),
U('上海市黄浦区2022年和2023年行政复议数量对比', 'same-city-district', 'body_not_indexed'),
U('平潭实验区历年政务公开工作经费预算是多少', 'no-such-figure-budget', 'no_such_figure'),
U('平潭综合实验区2011到2018年每年因本机关不掌握而无法提供的申请有几件', 'pre2019-no-T3-row', 'not_in_this_format'),
U('上海市政府办公厅2019年结转下年度的申请和2020年的上年结转一致吗', 'consistency-missing-year', 'year_not_indexed'),
# ---------------- followups ----------------
F('series-then-col-then-max', [
  S('平潭实验区2021-2025年新收的申请数', 'span', P, NEW, (2021, 2025)),
  S('那自然人呢？', 'elliptic-col', P, (T3, 'new_received', 'natural_person'), (2021, 2025)),
  S('哪年最多？', 'elliptic-max', P, (T3, 'new_received', 'natural_person'), (2021, 2025), 'max')]),
F('compare-then-litigation', [
  C('2025年平潭、上海市政府办公厅、沭阳县被申请行政复议各多少', 'compare', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'], (T4, 'cases', 'review.total')),
  C('那直接起诉的呢', 'elliptic-T4-block', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'], (T4, 'cases', 'litigation_direct.total'))]),
F('series-then-subcol-then-sum', [
  S('平潭2019到2025年行政复议总数', 'span', P, (T4, 'cases', 'review.total'), (2019, 2025)),
  S('其中维持的呢', 'elliptic-subcol', P, (T4, 'cases', 'review.maintained'), (2019, 2025)),
  S('加起来多少', 'elliptic-sum', P, (T4, 'cases', 'review.maintained'), (2019, 2025), 'sum')]),
F('compare-then-col', [
  C('2024年淮安、平潭、上海市科委新收申请', 'compare', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'], NEW),
  C('法人里的商业企业呢', 'elliptic-col', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'], (T3, 'new_received', 'commercial_enterprise'))]),
F('county-series-then-row-then-gap', [
  S('平潭县2011到2013年受理的依申请公开数', 'county-span', PC, (ST, 'requests_total', 'this_year'), (2011, 2013)),
  S('答复数呢', 'elliptic-row', PC, (ST, 'replies_total', 'this_year'), (2011, 2013)),
  U('那2014年呢', 'elliptic-gap-year', 'year_not_indexed')]),
F('series-then-unanswerable-then-cell', [
  S('上海市政府办公厅2019、2025年新收申请', 'two-years', SHO, NEW, (2019, 2025)),
  U('那2022年呢', 'elliptic-gap-year', 'year_not_indexed'),
  CELL('2025年结转到下一年的呢', 'shanghai-municipal-office_2025', (T3, 'carried_to_next_year', 'total'))]),
F('compare-then-row', [
  C('2023年洪泽区、平潭实验区、沭阳县发改局因本机关不掌握无法提供的', 'compare', ['hongze-district_2023', 'pingtan_2023', 'shuyang-fgj_2023'], (T3, 'unable_not_held', 'total')),
  C('那予以公开呢', 'elliptic-row', ['hongze-district_2023', 'pingtan_2023', 'shuyang-fgj_2023'], (T3, 'granted', 'total'))]),
F('series-T2-then-row-then-min', [
  S('平潭2021到2025年行政许可处理决定数', 'span', P, (T2, 'administrative_licensing', 'decisions'), (2021, 2025)),
  S('行政处罚呢', 'elliptic-row', P, (T2, 'administrative_penalty', 'decisions'), (2021, 2025)),
  S('处罚哪年最少', 'elliptic-min', P, (T2, 'administrative_penalty', 'decisions'), (2021, 2025), 'min')]),
F('compare-then-row-then-consistency', [
  C('2021年虹口区和平潭实验区新收申请各多少', 'compare', ['hongkou-district_2021', 'pingtan_2021'], NEW),
  C('上年结转的呢', 'elliptic-row', ['hongkou-district_2021', 'pingtan_2021'], (T3, 'carried_over_from_last_year', 'total')),
  K('平潭2021年结转到2022年的能对上吗', 'elliptic-consistency', P, [2021])]),
F('series-then-body', [
  S('平潭实验区2011到2014年主动公开信息数', 'span', P, (ST, 'proactive_total', 'this_year'), (2011, 2014)),
  S('那平潭县呢', 'elliptic-body', PC, (ST, 'proactive_total', 'this_year'), (2011, 2014))]),
F('compare-then-row-secret', [
  C('2025年平潭、上海市政府办公厅、沭阳县部分公开的各几件', 'compare', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'], (T3, 'partially_granted', 'total')),
  C('不予公开里属于国家秘密的呢', 'elliptic-row', ['pingtan_2025', 'shanghai-municipal-office_2025', 'shuyang-county_2025'], (T3, 'denied_state_secret', 'total'))]),
F('series-then-consistency', [
  S('平潭2019到2025年每年结转下年度的申请数', 'span', P, (T3, 'carried_to_next_year', 'total'), (2019, 2025)),
  K('每年都和第二年的上年结转对得上吗', 'elliptic-consistency', P, [2019, 2020, 2021, 2022, 2023, 2024])]),
]
