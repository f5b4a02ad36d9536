# -*- coding: utf-8 -*-
"""Cross-report question set xset7: references only, no typed numbers.

Every item names the gold cells it asks about; build.py computes the expected values, check.py recomputes them.
Spec keys (all references):
  series:      body, cell=(table,row,column), span=(y0,y1) or None (all indexed years), pick=None|'max'|'min'|'sum',
               map={format: (table,row,column)} for rows judged to mean the same thing in another format
  comparison:  reports=[stems], num=[cells], den=[cells] or None (ratio in %), decimals, order, years_differ
  consistency: body, mode='carry' (T3 四 of Y vs 二 of Y+1, column col) | 'cum' (stats row: cumulative(Y)+this_year(Y+1) vs
               cumulative(Y+1)), pairs=[(y, y+1), ...]
  noyear:      body, sub='cell'|'derived'|'narrative', cells / substring
  nobody:      subs=[(stem, substring), ...]
  unanswerable: reason
  followup:    turns=[spec, ...]; a turn may also be sub-kind 'cell' (one report, one cell)
"""

T3 = 'T3'
T4 = 'T4'
T2 = 'T2'
ST = 'stats'
PT = 'pingtan'
PC = 'pingtan-county'
SH = 'shanghai-municipal-office'


def c(t, r, col):
    return (t, r, col)


ORG5 = ['commercial_enterprise', 'research_institution', 'social_welfare_org', 'legal_service_org', 'other_org']


def org(row):
    return [c(T3, row, k) for k in ORG5]


ITEMS = []


def S(cls, q, body, cell, span=None, pick=None, map=None, note=None):
    ITEMS.append(dict(kind='series', cls=cls, question=q, body=body, cell=cell, span=span, pick=pick, map=map or {},
                      note=note))


def C(cls, q, reports, num, den=None, decimals=None, order=None, years_differ=False, note=None, unit='件'):
    ITEMS.append(dict(kind='comparison', cls=cls, question=q, reports=reports, num=num, den=den, decimals=decimals,
                      order=order, years_differ=years_differ, note=note, unit=unit))


def K(cls, q, body, mode, pairs, col=None, row=None, note=None):
    ITEMS.append(dict(kind='consistency', cls=cls, question=q, body=body, mode=mode, pairs=pairs, col=col, row=row,
                      note=note))


def N(cls, q, body, sub, cells=None, substring=None, den=None, decimals=None, unit='件', note=None):
    ITEMS.append(dict(kind='noyear', cls=cls, question=q, body=body, sub=sub, cells=cells, substring=substring,
                      den=den, decimals=decimals, unit=unit, note=note))


def B(cls, q, subs, note=None):
    ITEMS.append(dict(kind='nobody', cls=cls, question=q, subs=subs, note=note))


def U(cls, q, reason, note=None):
    ITEMS.append(dict(kind='unanswerable', cls=cls, question=q, reason=reason, note=note))


def F(cls, turns):
    ITEMS.append(dict(kind='followup', cls=cls, turns=turns))


# turn constructors (same fields, no cls)
def tS(q, body, cell, span=None, pick=None, map=None, note=None):
    return dict(kind='series', question=q, body=body, cell=cell, span=span, pick=pick, map=map or {}, note=note)


def tC(q, reports, num, den=None, decimals=None, order=None, years_differ=False, note=None, unit='件'):
    return dict(kind='comparison', question=q, reports=reports, num=num, den=den, decimals=decimals, order=order,
                years_differ=years_differ, note=note, unit=unit)


def tK(q, body, mode, pairs, col=None, row=None, note=None):
    return dict(kind='consistency', question=q, body=body, mode=mode, pairs=pairs, col=col, row=row, note=note)


def tU(q, reason, note=None):
    return dict(kind='unanswerable', question=q, reason=reason, note=note)


def tCell(q, report, cell, note=None):
    return dict(kind='cell', question=q, report=report, cell=cell, note=note)


NEW = c(T3, 'new_received', 'total')
REV = c(T4, 'cases', 'review.total')
P19_25 = (2019, 2025)
P21_25 = (2021, 2025)

# ------------------------------------------------------------------ series (pingtan, 2019+ formats)
S('plain-span', '平潭综合实验区2019年到2025年，每年新收到的政府信息公开申请各是多少件？', PT, NEW, P19_25)
S('which-year-max', '平潭实验区从2019年开始算，哪一年收到的信息公开申请最多？', PT, NEW, P19_25, 'max')
S('sum-colloquial', '平潭这五年（2021-2025）老百姓个人递交的公开申请加起来有多少？', PT, c(T3, 'new_received', 'natural_person'),
  P21_25, 'sum')
S('trend-review', '想看下平潭管委会近几年因为信息公开被人申请行政复议的情况，2019到2025逐年给个数', PT, REV, P19_25)
S('which-year-max', '平潭实验区2021—2025年里，哪一年没经过复议直接被告上法院的政府信息公开案子最多？', PT,
  c(T4, 'cases', 'litigation_direct.total'), P21_25, 'max')
S('sum-after-review', '2019到2025年平潭综合实验区“复议后起诉”的行政诉讼一共有几件', PT, c(T4, 'cases', 'litigation_after_review.total'),
  P19_25, 'sum')
S('colloquial-row', '平潭实验区这几年（21年到25年）行政复议结果被改判纠正的有多少，每年列一下', PT, c(T4, 'cases', 'review.corrected'),
  P21_25)
S('fullwidth-digits', '平潭综合实验区２０１９－２０２５年行政复议结果维持的件数', PT, c(T4, 'cases', 'review.maintained'), P19_25)
S('desc-row+max', '平潭实验区2019年以来，因为“本机关不掌握相关信息”答复不了的申请，哪年最多？', PT, c(T3, 'unable_not_held', 'total'),
  P19_25, 'max')
S('which-year-min', '平潭2021到2025年部分公开的申请件数哪一年最少', PT, c(T3, 'partially_granted', 'total'), P21_25, 'min')
S('keyword-only', '平潭 予以公开 2019-2025 历年', PT, c(T3, 'granted', 'total'), P19_25)
S('applicant-column', '平潭综合实验区2019年到2025年，每年有多少件申请是商业企业提的？', PT,
  c(T3, 'new_received', 'commercial_enterprise'), P19_25)
S('applicant-column', '2019至2025年平潭实验区社会公益组织提出的政府信息公开申请逐年是多少', PT,
  c(T3, 'new_received', 'social_welfare_org'), P19_25)
S('carry-next+max', '平潭实验区2019-2025年每年年底没办完、转到下一年继续办的申请有几件？哪年最多？', PT,
  c(T3, 'carried_to_next_year', 'total'), P19_25, 'max')
S('desc-row+max', '平潭这几年以“属于内部事务信息”为由不公开的，2021到2025年哪一年最多', PT, c(T3, 'denied_internal_affairs', 'total'),
  P21_25, 'max')
S('typo', '平谭实验区2021-2025年因属于行政执法案卷不予公开的件数，逐年列出', PT,
  c(T3, 'denied_enforcement_case_file', 'total'), P21_25)
S('colloquial-row', '平潭综合实验区近七年（2019—2025）因为是过程性信息没给公开的申请每年有几件', PT, c(T3, 'denied_process_info', 'total'),
  P19_25)
S('chinese-numeral-year', '平潭实验区二〇一九年至二〇二五年以涉及国家秘密不予公开的申请数', PT, c(T3, 'denied_state_secret', 'total'), P19_25)
S('colloquial-row+sum', '平潭2019到2025年被认定为重复申请、不予处理的，累计多少件', PT, c(T3, 'not_processed_duplicate', 'total'), P19_25,
  'sum')
S('desc-row', '平潭综合实验区2019年至2025年，信访举报投诉类的申请被不予处理的有多少，按年给', PT,
  c(T3, 'not_processed_petition_complaint', 'total'), P19_25)
S('desc-row+max', '平潭实验区2019-2025年，补正以后申请内容还是不明确、没法提供的，哪一年最多？', PT,
  c(T3, 'unable_unclear_after_correction', 'total'), P19_25, 'max')
S('other-format-row', '平潭综合实验区2019到2025年“申请人无正当理由逾期不补正、不再处理”的件数每年多少', PT,
  c(T3, 'other_no_correction_overdue', 'total'), P19_25,
  note='2019/2020 use the trial format, whose （六）其他处理 is one row without the 逾期不补正 sub-row: not comparable.')
S('other-format-row', '平潭实验区2019-2025年“（六）其他处理”这一整行的总计各是多少', PT, c(T3, 'other_processing', 'total'), P19_25,
  note='Only the 2019 trial format has （六）其他处理 as one row; the 2021 format splits it into three sub-rows with no '
       'subtotal row, so 2021-2025 are not comparable.')
S('sum-results', '平潭综合实验区2019年到2025年一共办结了多少件信息公开申请（把每年的办理结果总计加起来）', PT,
  c(T3, 'results_total', 'total'), P19_25, 'sum')
S('T2-max', '平潭实验区2021到2025年，行政许可处理决定数量哪一年最多？', PT, c(T2, 'administrative_licensing', 'decisions'), P21_25,
  'max')
S('T2-min', '平潭 行政处罚决定 2021至2025 哪年最少', PT, c(T2, 'administrative_penalty', 'decisions'), P21_25, 'min')
S('T2-min+irrelevant-first', '我在写一篇关于海岛营商环境的稿子，平潭综合实验区2021—2025年每年的行政强制决定数量是多少，哪年最少？', PT,
  c(T2, 'administrative_coercion', 'decisions'), P21_25, 'min')
S('other-format-row', '平潭实验区2019-2025年行政事业性收费金额（万元）每年是多少？哪年最高？', PT,
  c(T2, 'administrative_fees', 'fee_amount'), P19_25, 'max',
  note='The 2019 trial format reports fee ITEMS (上一年项目数量/本年增减), not an amount in 万元: 2019/2020 not comparable.')
S('T2-rows', '平潭综合实验区2021到2025年每年新制发的规章有几件', PT, c(T2, 'regulations', 'issued'), P21_25)
# pre-2019 and cross-format
S('cross-format-not-comparable', '平潭综合实验区历年主动公开的政府信息条数（统计表里的本年度数），哪一年最多？', PT,
  c(ST, 'proactive_total', 'this_year'), None, 'max',
  note='The 2019+ formats have no 主动公开信息数 row (table 二 counts documents by category only): 2019-2025 not comparable.')
S('pre2019-sum', '平潭实验区2011年到2018年之间，受理的依申请公开信息一共多少条？', PT, c(ST, 'requests_total', 'this_year'), (2011, 2018),
  'sum')
S('pre2019-max', '平潭县人民政府2011至2013年每年主动公开信息数，哪年最多', PC, c(ST, 'proactive_total', 'this_year'), (2011, 2013),
  'max')
S('pre2019-sum+county', '平潭县政府2011-2013年受理的信息公开申请总共有多少条', PC, c(ST, 'requests_total', 'this_year'), (2011, 2013),
  'sum')
S('pre2019-row', '平潭县2011到2013年“同意公开答复数”逐年是多少', PC, c(ST, 'reply_full', 'this_year'), (2011, 2013))
S('pre2019-row+colloquial', '平潭县人民政府这三年（2011、2012、2013）通过电子邮件来申请公开的各有几条', PC,
  c(ST, 'req_email', 'this_year'), (2011, 2013))
S('pre2019-row', '平潭县2011—2013年上门当面提交的申请数', PC, c(ST, 'req_in_person', 'this_year'), (2011, 2013))
S('pre2019-row+keyword', '平潭县政府 网站公开 条数 2011 2012 2013', PC, c(ST, 'proactive_website', 'this_year'), (2011, 2013))
S('cumulative-column', '平潭综合实验区2011-2018年各年统计表里“历年累计”的主动公开信息数分别是多少', PT,
  c(ST, 'proactive_total', 'cumulative'), (2011, 2018))
S('cross-format-mapped', '平潭实验区2016年到2025年，每年因为政府信息公开被申请行政复议多少件？', PT, REV, (2016, 2025),
  map={'pre_2019': c(ST, 'admin_review', 'this_year')},
  note='Judged comparable: the pre-2019 统计表 row 行政复议数 (本年度) and table 四 行政复议 总计 both count the year\'s '
       'administrative reviews.')
S('cross-format-mapped', '平潭综合实验区所有年份（有报告的年份）收到的政府信息公开申请数，按年列出来', PT, NEW, None,
  map={'pre_2019': c(ST, 'requests_total', 'this_year')},
  note='Judged comparable: pre-2019 受理依申请公开信息总数 (本年度) and 2019+ 本年新收政府信息公开申请数量 (总计) both count '
       'the applications received in the year.')
S('min-year', '平潭实验区2020年到2024年哪一年收到的信息公开申请最少？', PT, NEW, (2020, 2024), 'min')
# Shanghai municipal office: 2019 and 2025 only
S('gaps-span', '上海市人民政府办公厅2019到2025年每年收到的政府信息公开申请数', SH, NEW, P19_25)
S('short-name+all-years', '上海市府办历年上年结转过来的申请有多少', SH, c(T3, 'carried_over_from_last_year', 'total'))
S('gaps-span', '上海市政府办公厅2019年至2025年行政复议总数变化情况', SH, REV, P19_25)
S('short-name+sum', '市政府办公厅（上海）两份年报里自然人新提的申请加起来多少', SH, c(T3, 'new_received', 'natural_person'), None,
  'sum')
S('T4-col', '上海市人民政府办公厅历年行政复议“结果维持”的件数', SH, c(T4, 'cases', 'review.maintained'))
S('applicant-col-when-total-blank', '上海市政府办公厅各年度自然人申请里，因本机关不掌握相关信息而无法提供的件数', SH,
  c(T3, 'unable_not_held', 'natural_person'))

# ------------------------------------------------------------------ comparisons
H21 = 'hongkou-district_2021'
P21 = 'pingtan_2021'
HZ = 'hongze-district_2023'
P23 = 'pingtan_2023'
FGJ = 'shuyang-fgj_2023'
HA = 'huaian-city_2024'
KW = 'shanghai-stcsm_2024'
P24 = 'pingtan_2024'
SY = 'shuyang-county_2025'
SH25 = 'shanghai-municipal-office_2025'
P25 = 'pingtan_2025'
SH19 = 'shanghai-municipal-office_2019'
P19 = 'pingtan_2019'

C('same-year-pair', '2021年虹口区政府和平潭综合实验区，谁收到的政府信息公开申请多？各多少件', [H21, P21], [NEW], order='desc')
C('same-year-pair', '2021年虹口区和平潭实验区因为信息公开被申请行政复议的数量比一比', [H21, P21], [REV], order='desc')
C('three-way-rank', '2023年洪泽区、平潭综合实验区、沭阳县发改局三家新收的政府信息公开申请，从多到少排一下', [HZ, P23, FGJ], [NEW],
  order='desc')
C('desc-row', '二〇二三年洪泽区政府和平潭实验区因为“本机关不掌握”没法提供的申请各有几件', [HZ, P23], [c(T3, 'unable_not_held', 'total')],
  order='desc')
C('three-way-rank', '2024年淮安市政府、上海市科委、平潭综合实验区的信息公开申请量谁最多？', [HA, KW, P24], [NEW], order='desc')
C('same-year-pair', '淮安市和平潭实验区2024年行政复议总数各是多少', [HA, P24], [REV], order='desc')
C('three-way-rank', '2025年沭阳县政府、上海市政府办公厅和平潭实验区三家，哪家新收申请最多', [SY, SH25, P25], [NEW], order='desc')
C('carry-next', '2025年度结转到下一年继续办理的申请：沭阳县、上海市府办、平潭综合实验区分别多少', [SY, SH25, P25],
  [c(T3, 'carried_to_next_year', 'total')], order='desc')
C('review-rank', '２０２５年沭阳、上海市政府办公厅、平潭三家被申请行政复议的数量排个序', [SY, SH25, P25], [REV], order='desc')
C('rate-stated', '2025年沭阳县政府、上海市政府办公厅、平潭实验区行政复议被纠正的比例（结果纠正÷复议总计，百分比保留两位小数）谁最高',
  [SY, SH25, P25], [c(T4, 'cases', 'review.corrected')], [REV], decimals=2, order='desc', unit='%')
C('rate-stated', '2024年淮安市政府、上海市科委、平潭综合实验区，予以公开的件数占本年新收申请的百分比各是多少（保留两位小数）',
  [HA, KW, P24], [c(T3, 'granted', 'total')], [NEW], decimals=2, order='desc', unit='%')
C('same-year-pair', '2019年上海市人民政府办公厅和平潭综合实验区新收申请数对比', [SH19, P19], [NEW], order='desc')
C('same-year-pair', '2019年上海市府办和平潭实验区从上一年结转过来的申请各几件', [SH19, P19], [c(T3, 'carried_over_from_last_year', 'total')],
  order='desc')
C('tie', '2011年平潭县人民政府和平潭综合实验区的主动公开信息数一样吗？各多少条', ['pingtan-county_2011', 'pingtan_2011'],
  [c(ST, 'proactive_total', 'this_year')], unit='条', note='Both tables print the same figure: a tie (order/top null).')
C('county-vs-zone', '2012年平潭县政府和平潭综合实验区，谁主动公开的信息条数多', ['pingtan-county_2012', 'pingtan_2012'],
  [c(ST, 'proactive_total', 'this_year')], order='desc', unit='条')
C('county-vs-zone', '二零一三年平潭县和平潭实验区各受理了多少条依申请公开', ['pingtan-county_2013', 'pingtan_2013'],
  [c(ST, 'requests_total', 'this_year')], order='desc', unit='条')
C('years-differ-rank', '虹口区、洪泽区、淮安市、上海市科委、沭阳县、沭阳县发改局这几家年报里行政许可处理决定数量，从高到低排',
  [H21, HZ, HA, KW, SY, FGJ], [c(T2, 'administrative_licensing', 'decisions')], order='desc', years_differ=True,
  note='Each body has one report: 虹口 2021, 洪泽 2023, 淮安 2024, 市科委 2024, 沭阳县 2025, 沭阳发改局 2023.')
C('years-differ', '淮安市（2024）、沭阳县（2025）和洪泽区（2023）的行政处罚决定数量谁最多', [HA, SY, HZ],
  [c(T2, 'administrative_penalty', 'decisions')], order='desc', years_differ=True, note='Years as stated in the question.')
C('years-differ+unit', '洪泽区2023、淮安市2024、沭阳县2025的行政事业性收费金额（万元）比较', [HZ, HA, SY],
  [c(T2, 'administrative_fees', 'fee_amount')], order='desc', years_differ=True, unit='万元', note='Years as stated.')
C('years-differ', '江苏这三份年报：淮安市政府2024年、沭阳县政府2025年、洪泽区政府2023年，各收到多少政府信息公开申请', [HA, SY, HZ], [NEW],
  order='desc', years_differ=True, note='Years as stated.')
C('years-differ', '上海的三份：虹口区2021、市科委2024、市政府办公厅2025，“本机关不掌握相关政府信息”各多少件', [H21, KW, SH25],
  [c(T3, 'unable_not_held', 'total')], order='desc', years_differ=True, note='Years as stated.')
C('sum-org-columns', '2024年淮安市政府和上海市科委收到的申请中，法人或其他组织提的（商业企业+科研机构+社会公益组织+法律服务机构+其他）各多少',
  [HA, KW], org('new_received'), order='desc')
C('applicant-column', '2025年沭阳县跟平潭实验区，自然人新提交的申请各几件', [SY, P25], [c(T3, 'new_received', 'natural_person')],
  order='desc')
C('result-row', '2023年沭阳县发展和改革局跟洪泽区政府，予以公开的各有多少件', [FGJ, HZ], [c(T3, 'granted', 'total')], order='desc')
C('sum-two-blocks', '2024年淮安市和平潭实验区的行政诉讼一共多少件（未经复议直接起诉的总计加上复议后起诉的总计）', [HA, P24],
  [c(T4, 'cases', 'litigation_direct.total'), c(T4, 'cases', 'litigation_after_review.total')], order='desc')
C('T4-block', '上海市政府办公厅和沭阳县政府2025年复议后又起诉的行政诉讼各几件', [SH25, SY], [c(T4, 'cases', 'litigation_after_review.total')],
  order='desc')
C('rate-stated', '2025年三家的办结率比一比：沭阳县、上海市府办、平潭实验区，办理结果总计÷（本年新收+上年结转），百分比两位小数',
  [SY, SH25, P25], [c(T3, 'results_total', 'total')], [NEW, c(T3, 'carried_over_from_last_year', 'total')], decimals=2,
  order='desc', unit='%')
C('group-sum', '2021年虹口区和平潭综合实验区“无法提供”的申请（不掌握、需另行制作、补正后仍不明确三项合计）各多少', [H21, P21],
  [c(T3, 'unable_not_held', 'total'), c(T3, 'unable_needs_creation', 'total'), c(T3, 'unable_unclear_after_correction', 'total')],
  order='desc')
C('group-sum', '2023年洪泽区和平潭实验区“不予公开”的八种情形加起来各是多少件', [HZ, P23],
  [c(T3, k, 'total') for k in ['denied_state_secret', 'denied_other_law', 'denied_three_security_one_stability',
                               'denied_third_party_rights', 'denied_internal_affairs', 'denied_process_info',
                               'denied_enforcement_case_file', 'denied_admin_query']], order='desc')
C('desc-row', '2024年上海市科委和平潭综合实验区，申请人逾期不补正、就不再处理的申请各有几件', [KW, P24],
  [c(T3, 'other_no_correction_overdue', 'total')], order='desc')
C('years-differ', '上海市政府办公厅2019年、虹口区2021年、上海市科委2024年收到的政府信息公开申请谁多谁少', [SH19, H21, KW], [NEW],
  order='desc', years_differ=True, note='Years as stated.')

# ------------------------------------------------------------------ consistency
K('carry-chain-all', '平潭综合实验区2019到2025年，每年“结转下年度继续办理”的总数和下一年“上年结转”的总数都对得上吗？', PT, 'carry',
  [(2019, 2020), (2020, 2021), (2021, 2022), (2022, 2023), (2023, 2024), (2024, 2025)], col='total')
K('carry-pair-col', '平潭实验区2021年结转到2022年的自然人申请，和2022年报里自然人“上年结转”数一致吗', PT, 'carry', [(2021, 2022)],
  col='natural_person')
K('carry-pair', '平潭2024年年报的结转下年度数和2025年年报的上年结转数是否一致', PT, 'carry', [(2024, 2025)], col='total')
K('carry-format-change', '平潭综合实验区2020年（试行格式）结转出去的申请和2021年年报里上年结转的能接上吗', PT, 'carry', [(2020, 2021)],
  col='total')
K('carry-pair-col', '平潭实验区2022→2023年，自然人那一列的结转数前后衔接吗', PT, 'carry', [(2022, 2023)], col='natural_person')
K('carry-pair', '平潭2019年结转下年和2020年上年结转两个数核对一下', PT, 'carry', [(2019, 2020)], col='total')
K('cumulative-chain', '平潭县人民政府2011到2013年统计表里主动公开信息数的“历年累计”，是不是每年都等于上一年累计加本年度？', PC, 'cum',
  [(2011, 2012), (2012, 2013)], row='proactive_total',
  note='Chain used: cumulative(Y+1) == cumulative(Y) + this_year(Y+1); out = cumulative(Y) + this_year(Y+1), in = cumulative(Y+1).')
K('cumulative-chain', '平潭县政府2011—2013年受理依申请公开总数的历年累计前后对得上吗', PC, 'cum', [(2011, 2012), (2012, 2013)],
  row='requests_total', note='Chain: out = cumulative(Y) + this_year(Y+1), in = cumulative(Y+1).')
K('cumulative-chain-breaks', '平潭综合实验区2011到2014年统计表里主动公开信息的历年累计数，逐年能接上吗', PT, 'cum',
  [(2011, 2012), (2012, 2013), (2013, 2014)], row='proactive_total',
  note='Chain: out = cumulative(Y) + this_year(Y+1), in = cumulative(Y+1). The 2012 and 2013 prints break it.')
K('cumulative-chain', '平潭县2011-2013同意公开答复数的历年累计是否连贯', PC, 'cum', [(2011, 2012), (2012, 2013)], row='reply_full',
  note='Chain: out = cumulative(Y) + this_year(Y+1), in = cumulative(Y+1).')
K('cumulative-chain', '平潭县人民政府2011到2013年“网站公开”的历年累计衔接情况', PC, 'cum', [(2011, 2012), (2012, 2013)],
  row='proactive_website', note='Chain: out = cumulative(Y) + this_year(Y+1), in = cumulative(Y+1).')
K('cumulative-pair', '平潭实验区2013年和2014年统计表里受理依申请公开的历年累计能对上吗', PT, 'cum', [(2013, 2014)],
  row='requests_total', note='Chain: out = cumulative(2013) + this_year(2014), in = cumulative(2014).')

# ------------------------------------------------------------------ noyear (newest report of the body)
N('noyear-cell', '平潭综合实验区收到了多少政府信息公开申请？', PT, 'cell', cells=[NEW])
N('noyear-cell+short', '平潭管委会被申请行政复议多少件', PT, 'cell', cells=[REV])
N('noyear-narrative', '平潭实验区的政府信息公开工作还存在哪些问题？', PT, 'narrative', substring='政务公开队伍建设有待进一步加强')
N('noyear-narrative', '平潭综合实验区收没收信息处理费', PT, 'narrative', substring='2025年，无收取信息处理费情况')
N('noyear-narrative', '平潭县人民政府办公室的地址在哪', PC, 'narrative', substring='地址：平潭县翠园南路10号')
N('noyear-cell-pre2019', '平潭县政府主动公开了多少条信息', PC, 'cell', cells=[c(ST, 'proactive_total', 'this_year')], unit='条')
N('noyear-cell+short', '上海市府办新收的政府信息公开申请有多少件', SH, 'cell', cells=[NEW])
N('noyear-narrative', '上海市政府办公厅信息公开工作目前主要有什么问题', SH, 'narrative', substring='一是政策信息分散于多个平台')
N('noyear-cell', '上海市人民政府办公厅结转到下一年度继续办理的申请多少件', SH, 'cell', cells=[c(T3, 'carried_to_next_year', 'total')])
N('noyear-narrative', '淮安市政府办公室联系电话多少', 'huaian-city', 'narrative', substring='电话：0517-83605210')
N('noyear-narrative+typo', '沐阳县政府收了多少信息处理费', 'shuyang-county', 'narrative', substring='收取信息处理费共计380元')
N('noyear-narrative', '上海市科委的政务公开存在什么问题，原因是啥', 'shanghai-stcsm', 'narrative', substring='根据本市机构改革工作安排')
N('noyear-narrative', '虹口区政府办公室在什么地址', 'hongkou-district', 'narrative', substring='地址：飞虹路 518 号')
N('noyear-derived', '平潭实验区予以公开和部分公开的加起来一共多少件', PT, 'derived',
  cells=[c(T3, 'granted', 'total'), c(T3, 'partially_granted', 'total')])

# ------------------------------------------------------------------ nobody
B('nobody-fee', '申请政府信息公开要交钱吗？', [('shuyang-county_2025', '收取信息处理费共计380元'),
                                       ('huaian-city_2024', '全年收取政府信息公开信息处理费 3940 元'),
                                       ('pingtan_2025', '2025年，无收取信息处理费情况'),
                                       ('hongkou-district_2021', '2021年，区政府未收取政府信息公开信息处理费')])
B('nobody-channel', '可以通过什么方式提交政府信息公开申请', [('pingtan_2023', '接收通过邮寄、网络提交的各类政府信息公开申请'),
                                                 ('shanghai-municipal-office_2019', '实现全市依申请统一受理入口和统一办理功能')])
B('nobody-structure', '政府信息公开年报一般分几个部分', [('pingtan_2025', '本报告共分6个部分'), ('pingtan_2024', '本报告共分6个部分')])
B('nobody-contact', '对年报有疑问该找谁', [('huaian-city_2024', '请与淮安市人民政府办公室联系'),
                                    ('pingtan_2023', '请与平潭综合实验区管委会办公室联系')])
B('nobody-fee-none', '信息处理费有没有哪里是不收的', [('shanghai-stcsm_2024', '2024 年，市科委未发生政府信息公开收费事项'),
                                           ('shanghai-municipal-office_2025', '2025 年度本机关未收取信息公开处理费'),
                                           ('pingtan_2024', '2024年，无收取信息处理费情况')])
B('nobody-problems', '政务公开工作普遍存在哪些问题？', [('shuyang-county_2025', '一是政策解读多样性需进一步加强'),
                                             ('pingtan_2025', '政务公开队伍建设有待进一步加强'),
                                             ('pingtan-county_2013', '各单位信息公开工作均由办公室人员兼职经办')])

# ------------------------------------------------------------------ unanswerable
U('year-gap', '平潭综合实验区2015年和2017年主动公开信息数比一比', 'year_not_indexed')
U('year-gap-span', '上海市政府办公厅2020到2024年每年收到多少申请', 'year_not_indexed')
U('sibling-district', '比较一下虹口区和黄浦区2021年的政府信息公开申请量', 'body_not_indexed')
U('neighbour-body', '福州市长乐区和平潭综合实验区2023年依申请公开数量对比', 'body_not_indexed')
U('year-after-county-ends', '平潭县人民政府2016年到2020年每年主动公开多少条', 'year_not_indexed')
U('year-change', '淮安市政府2024年比2023年多收了多少件申请', 'year_not_indexed')
U('year-change', '沭阳县政府2025年的复议数比2024年多了还是少了', 'year_not_indexed')
U('no-such-figure', '平潭实验区历年政府信息公开工作经费各是多少万元', 'no_such_figure')
U('consistency-not-consecutive', '上海市政府办公厅2019年结转下年度的数和2020年报的上年结转能对上吗', 'year_not_indexed')
U('same-city-other-body', '宿迁市和淮安市2024年的政府信息公开申请数谁多', 'body_not_indexed')
U('not-in-this-format', '平潭综合实验区2011到2018年每年自然人提出的申请数', 'not_in_this_format',
  note='The pre-2019 统计表 has no applicant-type breakdown.')
U('same-city-other-district', '淮安市淮阴区和洪泽区2023年行政复议数比较', 'body_not_indexed')

# ------------------------------------------------------------------ follow-ups
F('fu-series-col-pick', [
    tS('平潭实验区2021到2025年每年新收的申请总数', PT, NEW, P21_25),
    tS('那自然人呢？', PT, c(T3, 'new_received', 'natural_person'), P21_25),
    tS('哪年最多？', PT, c(T3, 'new_received', 'natural_person'), P21_25, 'max')])
F('fu-comp-col-addbody', [
    tC('2025年沭阳县政府和上海市政府办公厅的行政复议总数各多少', [SY, SH25], [REV], order='desc'),
    tC('直接起诉的行政诉讼呢', [SY, SH25], [c(T4, 'cases', 'litigation_direct.total')], order='desc'),
    tC('把平潭实验区也加进来比', [SY, SH25, P25], [c(T4, 'cases', 'litigation_direct.total')], order='desc')])
F('fu-body-switch-sum', [
    tS('平潭县人民政府2011-2013年主动公开信息数', PC, c(ST, 'proactive_total', 'this_year'), (2011, 2013)),
    tS('那平潭综合实验区同样这几年呢', PT, c(ST, 'proactive_total', 'this_year'), (2011, 2013)),
    tS('实验区这三年加起来多少', PT, c(ST, 'proactive_total', 'this_year'), (2011, 2013), 'sum')])
F('fu-comp-org-review', [
    tC('2024年淮安市政府和上海市科委收到的申请总数', [HA, KW], [NEW], order='desc'),
    tC('法人或者其他组织提的呢', [HA, KW], org('new_received'), order='desc'),
    tC('那复议呢', [HA, KW], [REV], order='desc')])
F('fu-series-then-gap', [
    tS('上海市政府办公厅历年新收申请的数量', SH, NEW),
    tU('2022年的呢', 'year_not_indexed'),
    tCell('那2025年结转到下一年的有多少', SH25, c(T3, 'carried_to_next_year', 'total'))])
F('fu-series-pick-col', [
    tS('平潭综合实验区2019-2025年行政复议总数', PT, REV, P19_25),
    tS('哪年最多', PT, REV, P19_25, 'max'),
    tS('其中结果被纠正的呢，每年多少', PT, c(T4, 'cases', 'review.corrected'), P19_25)])
F('fu-comp-row-then-unindexed', [
    tC('2021年虹口区和平潭实验区“本机关不掌握相关信息”的各多少件', [H21, P21], [c(T3, 'unable_not_held', 'total')], order='desc'),
    tC('予以公开的呢', [H21, P21], [c(T3, 'granted', 'total')], order='desc'),
    tU('徐汇区呢', 'body_not_indexed')])
F('fu-T2-row-pick', [
    tS('平潭2021到2025年行政许可决定数', PT, c(T2, 'administrative_licensing', 'decisions'), P21_25),
    tS('行政处罚呢', PT, c(T2, 'administrative_penalty', 'decisions'), P21_25),
    tS('处罚哪年最少', PT, c(T2, 'administrative_penalty', 'decisions'), P21_25, 'min')])
F('fu-series-then-consistency', [
    tS('平潭实验区2019到2025年每年结转下年度的申请数', PT, c(T3, 'carried_to_next_year', 'total'), P19_25),
    tK('和第二年年报的上年结转对得上吗', PT, 'carry',
       [(2019, 2020), (2020, 2021), (2021, 2022), (2022, 2023), (2023, 2024), (2024, 2025)], col='total')])
F('fu-comp-row-then-year-gap', [
    tC('2023年洪泽区、平潭实验区和沭阳县发改局新收申请各多少', [HZ, P23, FGJ], [NEW], order='desc'),
    tC('那因为不掌握没法提供的呢', [HZ, P23, FGJ], [c(T3, 'unable_not_held', 'total')], order='desc'),
    tU('那沭阳县政府2023年的呢', 'year_not_indexed')])
F('fu-series-gap-then-cell', [
    tS('平潭综合实验区2011到2018年每年主动公开多少条', PT, c(ST, 'proactive_total', 'this_year'), (2011, 2018)),
    tU('那2015年呢', 'year_not_indexed'),
    tCell('2018年统计表里历年累计那栏是多少', 'pingtan_2018', c(ST, 'proactive_total', 'cumulative'))])
F('fu-comp-col-sum', [
    tC('2025年沭阳县、上海市府办、平潭实验区行政复议结果纠正的各几件', [SY, SH25, P25], [c(T4, 'cases', 'review.corrected')],
       order='desc'),
    tC('维持的呢', [SY, SH25, P25], [c(T4, 'cases', 'review.maintained')], order='desc')])
