# Cross-report question specs for xset22 (blind helper). No numbers are typed here:
# build.py looks every value up in /work/blind/gold.
T3N = ('T3', 'new_received', 'total')

def S(q, cls, body, span, cell, pick=None, note=None):
    return dict(kind='series', question=q, cls=cls, body=body, span=span, cell=cell, pick=pick, note=note)

def C(q, cls, reports, cell=None, rate=None, order=None, unit='件', decimals=None, note=None):
    return dict(kind='comparison', question=q, cls=cls, reports=reports, cell=cell, rate=rate, order=order,
                unit=unit, decimals=decimals, note=note)

def K(q, cls, body, pairs, column, mode='carry', row=None, note=None):
    return dict(kind='consistency', question=q, cls=cls, body=body, pairs=pairs, column=column, mode=mode, row=row, note=note)

def N(q, cls, body, typ, cell=None, cells=None, substring=None, note=None):
    return dict(kind='noyear', question=q, cls=cls, body=body, typ=typ, cell=cell, cells=cells, substring=substring, note=note)

def B(q, cls, subs, note=None):
    return dict(kind='nobody', question=q, cls=cls, subs=subs, note=note)

def U(q, cls, reason, note=None):
    return dict(kind='unanswerable', question=q, cls=cls, reason=reason, note=note)

def CELL(q, report, cell):
    return dict(kind='cell', question=q, report=report, cell=cell)

def F(cls, turns, note=None):
    return dict(kind='followup', cls=cls, turns=turns, note=note)

PRE_NOTE = ('Pre-2019 years use the old 统计表; this writer maps 受理依申请公开信息总数→新收申请(总计), 同意公开答复数→予以公开, '
            '同意部分公开答复数→部分公开, 行政复议数→行政复议总计; those years carry their own table/row/column.')

ITEMS = [
 # ---------------- series ----------------
 S('平潭综合实验区2019到2025年每年新收的政府信息公开申请分别是多少件？', 'plain-span', 'pingtan', [2019, 2025], T3N),
 S('平潭2021-2025这五年依申请公开的申请量哪一年最多？', 'max-year', 'pingtan', [2021, 2025], T3N, pick='max'),
 S('平潭综合实验区历年收到的信息公开申请数量，列一下', 'no-span-all-years', 'pingtan', None, T3N, note=PRE_NOTE),
 S('实验区２０２１到２０２５年个人（自然人）提出的公开申请每年多少', 'fullwidth-digits+colloquial-column', 'pingtan', [2021, 2025], ('T3', 'new_received', 'natural_person')),
 S('平潭2019~2025年企业申请政府信息公开的数量变化', 'colloquial-column', 'pingtan', [2019, 2025], ('T3', 'new_received', 'commercial_enterprise')),
 S('平潭综合实验区2021至2025年因为“本机关不掌握”答复的申请，哪一年最多？', 'max-year+result-row', 'pingtan', [2021, 2025], ('T3', 'unable_not_held', 'total'), pick='max'),
 S('平潭2019年到2025年每年予以公开的有几件', 'plain-span', 'pingtan', [2019, 2025], ('T3', 'granted', 'total')),
 S('平潭综合实验区2016到2024年同意公开（全部公开）的申请每年多少？', 'cross-format-span', 'pingtan', [2016, 2024], ('T3', 'granted', 'total'), note=PRE_NOTE),
 S('平谭2021到2025年部分公开的件数加起来一共多少？', 'typo-body+sum', 'pingtan', [2021, 2025], ('T3', 'partially_granted', 'total'), pick='sum'),
 S('平潭近几年（2021-2025）被申请行政复议的数量趋势', 'T4-review-trend', 'pingtan', [2021, 2025], ('T4', 'cases', 'review.total')),
 S('平潭综合实验区2011年以来每年因信息公开被申请行政复议多少件', 'cross-format-T4', 'pingtan', [2011, 2025], ('T4', 'cases', 'review.total'),
   note=PRE_NOTE + ' pingtan_2013 prose says 收到1份行政复议申请 while its table prints 0; the table value is used.'),
 S('平潭2021到2025年没经过复议直接去法院起诉的信息公开官司每年几起', 'colloquial-T4-direct', 'pingtan', [2021, 2025], ('T4', 'cases', 'litigation_direct.total')),
 S('平潭二〇二一至二〇二五年复议后起诉的案件，哪年最多', 'chinese-numeral-year+max', 'pingtan', [2021, 2025], ('T4', 'cases', 'litigation_after_review.total'), pick='max'),
 S('平潭2021-2025 行政复议 结果纠正', 'keyword-only', 'pingtan', [2021, 2025], ('T4', 'cases', 'review.corrected')),
 S('平潭综合实验区2021到2025年行政许可处理决定数量哪一年最多？', 'T2-max', 'pingtan', [2021, 2025], ('T2', 'administrative_licensing', 'decisions'), pick='max'),
 S('实验区2021—2025年行政处罚决定数哪一年最少', 'T2-min', 'pingtan', [2021, 2025], ('T2', 'administrative_penalty', 'decisions'), pick='min'),
 S('平潭2019到2024年行政事业性收费金额（万元）每年是多少？', 'T2-fee-not-comparable', 'pingtan', [2019, 2024], ('T2', 'administrative_fees', 'fee_amount'),
   note='The 2019 trial format counts fee items (上一年项目数量/本年增减), not an amount: 2019/2020 not comparable.'),
 S('平潭2021到2025年行政强制一共做了多少件处理决定（加总）', 'T2-sum', 'pingtan', [2021, 2025], ('T2', 'administrative_coercion', 'decisions'), pick='sum'),
 S('平潭综合实验区2011到2018年每年主动公开政府信息多少条', 'pre2019-stats', 'pingtan', [2011, 2018], ('stats', 'proactive_total', 'this_year'),
   note='Table values; pingtan_2012 prose says 1913 and pingtan_2013 prose says 4970, the tables print 739 and 72804.'),
 S('平潭2016年到2022年主动公开文件数每年多少', 'pre2019-row-into-new-format', 'pingtan', [2016, 2022], ('stats', 'proactive_total', 'this_year'),
   note='主动公开文件数 exists only in the pre-2019 统计表: 2019-2022 not comparable; 2017 not indexed.'),
 S('平潭2019-2025年“重复申请”不予处理的各有几件', 'result-row-duplicate', 'pingtan', [2019, 2025], ('T3', 'not_processed_duplicate', 'total')),
 S('平潭综合实验区2019到2025年其他处理里“其他”那一项每年多少', 'row-only-2021-format', 'pingtan', [2019, 2025], ('T3', 'other_other', 'total'),
   note='The 2019 trial format has （六）其他处理 as one row without 3.其他: 2019/2020 not comparable.'),
 S('平潭每年结转到下一年继续办的申请有多少（2019到2025年）', 'year-at-end', 'pingtan', [2019, 2025], ('T3', 'carried_to_next_year', 'total')),
 S('平潭2021~2025年以“三类内部事务信息”为由不公开的，哪年最多？', 'max-year+denied-row', 'pingtan', [2021, 2025], ('T3', 'denied_internal_affairs', 'total'), pick='max'),
 S('平潭2021到2025 申请人逾期不补正、不再处理的申请数', 'other-row-1', 'pingtan', [2021, 2025], ('T3', 'other_no_correction_overdue', 'total')),
 S('平潭2019年至2025年补正后申请内容仍不明确的，每年几件', 'unable-row-3', 'pingtan', [2019, 2025], ('T3', 'unable_unclear_after_correction', 'total')),
 S('平潭2020-2025年“其他组织”提出的申请每年各多少', 'other-org-column', 'pingtan', [2020, 2025], ('T3', 'new_received', 'other_org')),
 S('平潭2021到2025年办结的申请（办理结果总计）五年合计多少件', 'results-total-sum', 'pingtan', [2021, 2025], ('T3', 'results_total', 'total'), pick='sum'),
 S('平潭2022-2025年每年从上一年结转过来的申请几件', 'carried-over-row', 'pingtan', [2022, 2025], ('T3', 'carried_over_from_last_year', 'total')),
 S('平潭综合实验区2011到2014年受理依申请公开信息总数', 'pre2019-requests', 'pingtan', [2011, 2014], ('stats', 'requests_total', 'this_year')),
 S('平潭县政府2011到2013年主动公开信息数哪年最多', 'county-max', 'pingtan-county', [2011, 2013], ('stats', 'proactive_total', 'this_year'), pick='max'),
 S('平潭县2011—2013年受理的依申请公开一共多少条', 'county-sum', 'pingtan-county', [2011, 2013], ('stats', 'requests_total', 'this_year'), pick='sum'),
 S('平潭县人民政府2011到2013年当面来申请的每年几条', 'county-in-person', 'pingtan-county', [2011, 2013], ('stats', 'req_in_person', 'this_year')),
 S('平潭县历年用电子邮件申请公开的数量', 'county-no-span', 'pingtan-county', None, ('stats', 'req_email', 'this_year')),
 S('平潭县2011-2013年同意公开答复数', 'county-reply-full', 'pingtan-county', [2011, 2013], ('stats', 'reply_full', 'this_year')),
 S('平潭县2011到2013年主动公开信息的历年累计数分别是多少', 'county-cumulative', 'pingtan-county', [2011, 2013], ('stats', 'proactive_total', 'cumulative')),
 S('上海市政府办公厅2019到2025年每年新收的信息公开申请', 'gapped-body', 'shanghai-municipal-office', [2019, 2025], T3N),
 S('上海市人民政府办公厅历年被申请行政复议的总数', 'gapped-body-no-span', 'shanghai-municipal-office', None, ('T4', 'cases', 'review.total')),
 S('市府办公厅2019年和2025年自然人申请里“本机关不掌握”的各多少', 'two-years-listed', 'shanghai-municipal-office', [2019, 2025], ('T3', 'unable_not_held', 'natural_person')),
 S('上海市政府办公厅2019-2025 结转下年度继续办理', 'keyword-only', 'shanghai-municipal-office', [2019, 2025], ('T3', 'carried_to_next_year', 'total')),
 S('上海市政府办公厅2019到2025年自然人的信访举报投诉类申请有多少', 'petition-row', 'shanghai-municipal-office', [2019, 2025], ('T3', 'not_processed_petition_complaint', 'natural_person'),
   note='2019 prints the 总计 cell of this row blank, so the 自然人 column is asked.'),
 S('上海市政府办公厅2019到2025年直接起诉（未经复议）的行政诉讼每年多少', 'gapped-T4', 'shanghai-municipal-office', [2019, 2025], ('T4', 'cases', 'litigation_direct.total')),
 S('平潭2020到2023年未经复议直接起诉、结果维持的案件数', 'T4-subcolumn', 'pingtan', [2020, 2023], ('T4', 'cases', 'litigation_direct.maintained')),
 S('想了解一下，平潭2019-2025年信访举报投诉类的申请每年各几件？', 'irrelevant-clause-first', 'pingtan', [2019, 2025], ('T3', 'not_processed_petition_complaint', 'total')),
 # ---------------- comparison ----------------
 C('2021年平潭综合实验区和虹口区谁收到的信息公开申请多？', 'two-bodies-same-year', ['pingtan_2021', 'hongkou-district_2021'], cell=T3N, order='desc'),
 C('2021年虹口区政府和平潭的行政复议数量比一比', 'T4-compare', ['hongkou-district_2021', 'pingtan_2021'], cell=('T4', 'cases', 'review.total'), order='desc'),
 C('2021年平潭和虹口的予以公开率（予以公开÷办理结果总计）各是多少，保留两位小数', 'rate-compare', ['pingtan_2021', 'hongkou-district_2021'],
   rate=(('T3', 'granted', 'total'), ('T3', 'results_total', 'total')), order='desc', unit='%', decimals=2),
 C('2023年平潭、洪泽区、沭阳县发改局三家新收申请数排个序', 'three-bodies-rank', ['pingtan_2023', 'hongze-district_2023', 'shuyang-fgj_2023'], cell=T3N, order='desc'),
 C('2023年洪泽和平潭行政处罚决定谁多', 'T2-compare', ['hongze-district_2023', 'pingtan_2023'], cell=('T2', 'administrative_penalty', 'decisions'), order='desc'),
 C('二〇二三年平潭综合实验区和洪泽区“本机关不掌握相关政府信息”的各几件', 'chinese-numeral-year', ['pingtan_2023', 'hongze-district_2023'], cell=('T3', 'unable_not_held', 'total')),
 C('2023年洪泽区政府跟沭阳县发展和改革局比，自然人申请哪个多', 'natural-person-compare', ['hongze-district_2023', 'shuyang-fgj_2023'], cell=('T3', 'new_received', 'natural_person'), order='desc'),
 C('2024年淮安市、平潭、上海市科委三家收到的公开申请从多到少排', 'three-bodies-rank', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'], cell=T3N, order='desc'),
 C('２０２４年淮安市政府和平潭的行政复议总数对比', 'fullwidth-digits', ['huaian-city_2024', 'pingtan_2024'], cell=('T4', 'cases', 'review.total'), order='desc'),
 C('2024年淮按市和平潭行政许可决定数量各是多少', 'typo-body', ['huaian-city_2024', 'pingtan_2024'], cell=('T2', 'administrative_licensing', 'decisions')),
 C('2024年淮安和市科委，商业企业提出的申请各有几件', 'commercial-column', ['huaian-city_2024', 'shanghai-stcsm_2024'], cell=('T3', 'new_received', 'commercial_enterprise'), order='desc'),
 C('2024年淮安市和平潭综合实验区部分公开的数量', 'partial-compare', ['huaian-city_2024', 'pingtan_2024'], cell=('T3', 'partially_granted', 'total')),
 C('2024年淮安市跟平潭的行政事业性收费金额哪个高', 'fee-compare', ['huaian-city_2024', 'pingtan_2024'], cell=('T2', 'administrative_fees', 'fee_amount'), order='desc', unit='万元'),
 C('2025年沭阳县、上海市政府办公厅和平潭新收申请，谁最多', 'three-bodies-top', ['shuyang-county_2025', 'shanghai-municipal-office_2025', 'pingtan_2025'], cell=T3N, order='desc'),
 C('2025年沭阳县和上海市政府办公厅哪个被复议得多', 'colloquial-T4', ['shuyang-county_2025', 'shanghai-municipal-office_2025'], cell=('T4', 'cases', 'review.total'), order='desc'),
 C('2025年沭阳和平潭行政复议结果被纠正的各几件', 'T4-corrected', ['shuyang-county_2025', 'pingtan_2025'], cell=('T4', 'cases', 'review.corrected')),
 C('2025年上海市府办公厅、沭阳县、平潭 结转下年度继续办理 排名', 'keyword-rank', ['shanghai-municipal-office_2025', 'shuyang-county_2025', 'pingtan_2025'], cell=('T3', 'carried_to_next_year', 'total'), order='desc'),
 C('2025年沭阳县和平潭的予以公开占办理结果总计的比例，保留一位小数，哪个高', 'rate-compare', ['shuyang-county_2025', 'pingtan_2025'],
   rate=(('T3', 'granted', 'total'), ('T3', 'results_total', 'total')), order='desc', unit='%', decimals=1),
 C('2025年律师事务所这类法律服务机构申请公开的，上海市政府办公厅和沭阳县各有几件', 'description-for-column', ['shanghai-municipal-office_2025', 'shuyang-county_2025'], cell=('T3', 'new_received', 'legal_service_org'), order='desc'),
 C('2025沭阳县跟平潭行政许可数量', 'year-without-nian', ['shuyang-county_2025', 'pingtan_2025'], cell=('T2', 'administrative_licensing', 'decisions'), order='desc'),
 C('2011年平潭综合实验区和平潭县主动公开的信息数是不是一样多', 'pre2019-tie', ['pingtan_2011', 'pingtan-county_2011'], cell=('stats', 'proactive_total', 'this_year'), unit='条',
   note='Both tables print the same figure (tie); top is null.'),
 C('2012年平潭县和平潭综合实验区受理依申请公开的总数谁多', 'pre2019-compare', ['pingtan-county_2012', 'pingtan_2012'], cell=('stats', 'requests_total', 'this_year'), order='desc', unit='条'),
 C('2013年实验区管委会和平潭县政府主动公开信息数对比', 'pre2019-compare', ['pingtan_2013', 'pingtan-county_2013'], cell=('stats', 'proactive_total', 'this_year'), order='desc', unit='条',
   note='pingtan_2013 table prints 72804 (prose 4970); the table is used.'),
 C('虹口区2021年和淮安市2024年的新收申请差多少，各多少', 'years-differ', ['hongkou-district_2021', 'huaian-city_2024'], cell=T3N, order='desc', note='Different report years (2021 vs 2024).'),
 C('上海市科委2024年和市政府办公厅2025年收到的申请数各是多少', 'years-differ', ['shanghai-stcsm_2024', 'shanghai-municipal-office_2025'], cell=T3N, order='desc', note='Different report years (2024 vs 2025).'),
 C('洪泽区2023年和淮安市2024年的行政处罚决定数', 'years-differ', ['hongze-district_2023', 'huaian-city_2024'], cell=('T2', 'administrative_penalty', 'decisions'), order='desc', note='Different report years (2023 vs 2024).'),
 C('2023年平潭、洪泽、沭阳发改局行政复议结果维持的各有几件', 'T4-maintained', ['pingtan_2023', 'hongze-district_2023', 'shuyang-fgj_2023'], cell=('T4', 'cases', 'review.maintained'), order='desc',
   note='洪泽 prints 行政复议总计 0 against 10+1 (report does not add up), so 结果维持 is asked instead of the total.'),
 C('2024年淮安市、平潭、上海市科委复议后又起诉的案件数比较', 'T4-after-review', ['huaian-city_2024', 'pingtan_2024', 'shanghai-stcsm_2024'], cell=('T4', 'cases', 'litigation_after_review.total'), order='desc'),
 C('2025年上海市政府办公厅、沭阳县、平潭信访举报投诉类申请排名', 'petition-rank', ['shanghai-municipal-office_2025', 'shuyang-county_2025', 'pingtan_2025'], cell=('T3', 'not_processed_petition_complaint', 'total'), order='desc'),
 C('2021年平潭和虹口自然人申请谁多？', 'natural-person-compare', ['pingtan_2021', 'hongkou-district_2021'], cell=('T3', 'new_received', 'natural_person'), order='desc'),
 # ---------------- consistency ----------------
 K('平潭2021年结转下年度的申请数，和2022年报告里的上年结转数对得上吗', 'carry-pair', 'pingtan', [(2021, 2022)], 'total'),
 K('平潭综合实验区2019到2025年每年的“结转下年度”和下一年的“上年结转”都一致吗', 'carry-chain', 'pingtan', [(y, y + 1) for y in range(2019, 2025)], 'total'),
 K('平潭2024年自然人结转下年的，和2025年上年结转的自然人申请一致不', 'carry-natural-person', 'pingtan', [(2024, 2025)], 'natural_person'),
 K('核对一下：平潭2021结转到2022的自然人申请数，两份年报对得上吗', 'carry-natural-person', 'pingtan', [(2021, 2022)], 'natural_person'),
 K('平潭2022年结转和2023年上年结转，商业企业这一列一致吗', 'carry-commercial', 'pingtan', [(2022, 2023)], 'commercial_enterprise'),
 K('2020年底平潭没办完结转的申请，2021年报告的上年结转接上了吗', 'carry-pair', 'pingtan', [(2020, 2021)], 'total'),
 K('平潭县2011到2013年主动公开信息的历年累计数，是不是每年都等于上一年累计加当年数', 'cumulative-chain', 'pingtan-county', [(2011, 2012), (2012, 2013)], 'cumulative', mode='cumulative', row='proactive_total',
   note='Chain: out = 历年累计(Y) + 本年度(Y+1), in = 历年累计(Y+1).'),
 K('平潭县2012和2013年受理依申请公开的历年累计能接上吗', 'cumulative-pair', 'pingtan-county', [(2012, 2013)], 'cumulative', mode='cumulative', row='requests_total',
   note='Chain: out = 历年累计(2012) + 本年度(2013), in = 历年累计(2013).'),
 K('平潭综合实验区2011-2014年主动公开信息数的历年累计前后一致吗', 'cumulative-chain-breaks', 'pingtan', [(2011, 2012), (2012, 2013), (2013, 2014)], 'cumulative', mode='cumulative', row='proactive_total',
   note='Chain: out = 历年累计(Y) + 本年度(Y+1), in = 历年累计(Y+1); 2011→2012 and 2012→2013 do not chain in print.'),
 K('实验区2013年和2014年的主动公开历年累计数对得上吗', 'cumulative-pair', 'pingtan', [(2013, 2014)], 'cumulative', mode='cumulative', row='proactive_total',
   note='Chain: out = 历年累计(2013) + 本年度(2014), in = 历年累计(2014).'),
 K('平潭县2012到2013年网站公开信息的累计数衔接吗', 'cumulative-pair', 'pingtan-county', [(2012, 2013)], 'cumulative', mode='cumulative', row='proactive_website',
   note='Chain: out = 历年累计(2012) + 本年度(2013), in = 历年累计(2013).'),
 K('平潭2023年结转、2024年上年结转，总计对得上吗', 'carry-pair', 'pingtan', [(2023, 2024)], 'total'),
 # ---------------- noyear ----------------
 N('淮安市政府收到多少政府信息公开申请？', 'noyear-city', 'huaian-city', 'cell', cell=T3N),
 N('虹口区因为信息公开被申请行政复议多少件', 'noyear-district', 'hongkou-district', 'cell', cell=('T4', 'cases', 'review.total')),
 N('沭阳县收了多少信息处理费', 'noyear-narrative-fee', 'shuyang-county', 'narrative', substring='收取信息处理费共计380元'),
 N('平潭综合实验区予以公开的申请有多少件', 'noyear-newest', 'pingtan', 'cell', cell=('T3', 'granted', 'total')),
 N('上海市政府办公厅重复申请不予处理的有几件', 'noyear-office', 'shanghai-municipal-office', 'cell', cell=('T3', 'not_processed_duplicate', 'total')),
 N('市科委行政许可处理决定数量', 'noyear-short-name', 'shanghai-stcsm', 'cell', cell=('T2', 'administrative_licensing', 'decisions')),
 N('淮安市政府办公室联系电话是多少', 'noyear-contact', 'huaian-city', 'narrative', substring='电话：0517-83605210'),
 N('平潭现在收不收信息处理费', 'noyear-narrative-fee', 'pingtan', 'narrative', substring='2025年，无收取信息处理费情况'),
 N('洪泽区行政处罚决定有多少', 'noyear-bare-place', 'hongze-district', 'cell', cell=('T2', 'administrative_penalty', 'decisions'),
   note='Only the 2023 report is in the corpus (the 2024 one exists in reality but is not indexed).'),
 N('沭阳发改局现行有效的规范性文件几件', 'noyear-dept-short', 'shuyang-fgj', 'cell', cell=('T2', 'normative_documents', 'valid')),
 N('沭阳县行政复议加行政诉讼（直接起诉+复议后起诉）一共多少件', 'noyear-derived', 'shuyang-county', 'derived',
   cells=[('T4', 'cases', 'review.total'), ('T4', 'cases', 'litigation_direct.total'), ('T4', 'cases', 'litigation_after_review.total')]),
 N('上海市人民政府办公厅收没收信息公开处理费', 'noyear-narrative-fee', 'shanghai-municipal-office', 'narrative', substring='2025 年度本机关未收取信息公开处理费'),
 N('平潭县政府受理依申请公开信息总数是多少', 'noyear-pre2019', 'pingtan-county', 'cell', cell=('stats', 'requests_total', 'this_year')),
 # ---------------- nobody ----------------
 B('申请政府信息公开要交钱吗？', 'nobody-fee', [('pingtan_2014', '依申请提供政府信息暂不收费'), ('pingtan_2025', '2025年，无收取信息处理费情况'),
   ('shuyang-county_2025', '收取信息处理费共计380元'), ('hongkou-district_2021', '区政府未收取政府信息公开信息处理费')]),
 B('政府信息公开年报去哪里下载', 'nobody-download', [('pingtan_2016', '本报告的电子版可在“中国·平潭”政府门户网站'), ('shanghai-municipal-office_2019', '本年度报告电子版可从“中国上海”门户网站')]),
 B('对年报有疑问该找哪个部门联系', 'nobody-contact', [('huaian-city_2024', '请与淮安市人民政府办公室联系'), ('hongkou-district_2021', '请联系虹口区人民政府办公室')]),
 B('信息处理费是按照什么规定收的', 'nobody-fee-rule', [('shuyang-county_2025', '我县认真落实《政府信息公开信息处理费管理办法》')]),
 B('政务新媒体一共开了多少个', 'nobody-platform', [('huaian-city_2024', '全市在运维政务新媒体共计 95'), ('pingtan_2022', '对全区现存的33个政务新媒体')]),
 B('收取信息处理费的多吗，收了多少钱', 'nobody-fee-amount', [('huaian-city_2024', '全年收取政府信息公开信息处理费 3940 元'), ('shuyang-county_2025', '收取信息处理费共计380元')]),
 # ---------------- unanswerable ----------------
 U('平潭综合实验区2015年和2017年主动公开了多少条信息', 'gap-years', 'year_not_indexed'),
 U('上海市政府办公厅2021到2023年每年的行政复议数', 'gap-span', 'year_not_indexed'),
 U('2023年福州市和平潭谁收到的信息公开申请多', 'comparison-body-not-indexed', 'body_not_indexed'),
 U('平潭2025年结转的6件申请，2026年报告里接上了吗', 'consistency-next-year-missing', 'year_not_indexed'),
 U('平潭2018年结转下年度的申请和2019年上年结转的一致吗', 'consistency-other-format', 'not_in_this_format',
   note='The 2018 统计表 has no 结转 row.'),
 U('淮安市2020到2023年每年新收的政府信息公开申请', 'series-years-not-indexed', 'year_not_indexed'),
 U('沭阳县公安局历年依申请公开数量', 'dept-of-indexed-county', 'body_not_indexed'),
 U('2021年虹口区和黄浦区行政复议数比较', 'neighbour-district', 'body_not_indexed'),
 U('平潭每年政府信息公开工作经费预算是多少', 'no-such-figure', 'no_such_figure'),
 U('宿迁市2023年和2024年的依申请公开数量对比', 'body-not-indexed', 'body_not_indexed'),
 # ---------------- followups ----------------
 F('series-then-column-then-max', [
   S('平潭2021到2025年新收申请每年多少', 'series', 'pingtan', [2021, 2025], T3N),
   S('那自然人呢？', 'elliptic-column', 'pingtan', [2021, 2025], ('T3', 'new_received', 'natural_person')),
   S('哪年最多？', 'elliptic-max', 'pingtan', [2021, 2025], ('T3', 'new_received', 'natural_person'), pick='max')]),
 F('comparison-then-T4-blocks', [
   C('2024年淮安市和平潭的行政复议总数各多少', 'comparison', ['huaian-city_2024', 'pingtan_2024'], cell=('T4', 'cases', 'review.total'), order='desc'),
   C('那直接起诉的行政诉讼呢', 'elliptic-block', ['huaian-city_2024', 'pingtan_2024'], cell=('T4', 'cases', 'litigation_direct.total'), order='desc'),
   C('复议后起诉呢', 'elliptic-block', ['huaian-city_2024', 'pingtan_2024'], cell=('T4', 'cases', 'litigation_after_review.total'), order='desc')]),
 F('gapped-series-then-column', [
   S('上海市政府办公厅2019到2025年新收申请', 'series', 'shanghai-municipal-office', [2019, 2025], T3N),
   S('其中商业企业的呢', 'elliptic-column', 'shanghai-municipal-office', [2019, 2025], ('T3', 'new_received', 'commercial_enterprise'))]),
 F('comparison-add-body-then-row', [
   C('2025年沭阳县和平潭新收的申请谁多', 'comparison', ['shuyang-county_2025', 'pingtan_2025'], cell=T3N, order='desc'),
   C('把上海市政府办公厅也算上呢', 'elliptic-add-body', ['shuyang-county_2025', 'pingtan_2025', 'shanghai-municipal-office_2025'], cell=T3N, order='desc'),
   C('那结转到下一年的呢', 'elliptic-row', ['shuyang-county_2025', 'pingtan_2025', 'shanghai-municipal-office_2025'], cell=('T3', 'carried_to_next_year', 'total'), order='desc')]),
 F('pre2019-series-then-row', [
   S('平潭县2011到2013年受理的依申请公开信息数', 'series', 'pingtan-county', [2011, 2013], ('stats', 'requests_total', 'this_year')),
   S('答复了多少', 'elliptic-row', 'pingtan-county', [2011, 2013], ('stats', 'replies_total', 'this_year'))]),
 F('series-then-sum-then-T4-block', [
   S('平潭2021-2025年行政复议每年多少', 'series', 'pingtan', [2021, 2025], ('T4', 'cases', 'review.total')),
   S('加起来一共多少', 'elliptic-sum', 'pingtan', [2021, 2025], ('T4', 'cases', 'review.total'), pick='sum'),
   S('那诉讼里直接起诉的呢', 'elliptic-block', 'pingtan', [2021, 2025], ('T4', 'cases', 'litigation_direct.total'))]),
 F('series-then-unanswerable-year-then-row', [
   S('平潭2021到2025年行政许可决定数', 'series', 'pingtan', [2021, 2025], ('T2', 'administrative_licensing', 'decisions')),
   U('那2026年呢', 'elliptic-year-not-indexed', 'year_not_indexed'),
   S('行政处罚这几年呢', 'after-unanswerable', 'pingtan', [2021, 2025], ('T2', 'administrative_penalty', 'decisions'))]),
 F('comparison-then-unanswerable-body-then-third-body', [
   C('2023年平潭和洪泽区新收申请数', 'comparison', ['pingtan_2023', 'hongze-district_2023'], cell=T3N, order='desc'),
   U('跟福州市比呢', 'elliptic-body-not-indexed', 'body_not_indexed'),
   C('算上沭阳县发改局，三家谁最多', 'after-unanswerable', ['pingtan_2023', 'hongze-district_2023', 'shuyang-fgj_2023'], cell=T3N, order='desc')]),
 F('series-then-row', [
   S('平潭2019-2025予以公开', 'series', 'pingtan', [2019, 2025], ('T3', 'granted', 'total')),
   S('部分公开呢', 'elliptic-row', 'pingtan', [2019, 2025], ('T3', 'partially_granted', 'total'))]),
 F('comparison-then-sibling-row', [
   C('2021年平潭和虹口“本机关不掌握”的各几件', 'comparison', ['pingtan_2021', 'hongkou-district_2021'], cell=('T3', 'unable_not_held', 'total'), order='desc'),
   C('没有现成信息需要另外制作的呢', 'elliptic-row-description', ['pingtan_2021', 'hongkou-district_2021'], cell=('T3', 'unable_needs_creation', 'total'), order='desc')]),
 F('pre2019-series-then-new-format-years', [
   S('平潭综合实验区2011到2018年主动公开信息数', 'series', 'pingtan', [2011, 2018], ('stats', 'proactive_total', 'this_year')),
   U('2019年以后的呢', 'elliptic-other-format', 'not_in_this_format', note='主动公开信息数 is a row of the pre-2019 统计表 only.')]),
 F('gapped-series-then-subcolumn-then-cell', [
   S('上海市政府办公厅2019、2025两年的行政复议总数', 'series', 'shanghai-municipal-office', [2019, 2025], ('T4', 'cases', 'review.total')),
   S('维持的呢', 'elliptic-subcolumn', 'shanghai-municipal-office', [2019, 2025], ('T4', 'cases', 'review.maintained')),
   CELL('那沭阳县2025年的维持呢', 'shuyang-county_2025', ('T4', 'cases', 'review.maintained'))]),
]
