# -*- coding: utf-8 -*-
"""Cross-report question specs for blind set xset14. NO typed numbers: every figure is
computed by build.py from the gold cells in /work/blind/gold/. Cell refs are (table, row, column)."""

T = lambda r, c: ("T3", r, c)
T4 = lambda c: ("T4", "cases", c)
T2 = lambda r, c: ("T2", r, c)
ST = lambda r: ("stats", r, "this_year")
CU = lambda r: ("stats", r, "cumulative")
RESULT_ROWS_NP = ["not_processed_petition_complaint", "not_processed_duplicate", "not_processed_publication",
                  "not_processed_massive_repeated", "not_processed_confirm_or_reissue"]
ORGS = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]

def S(cls, q, body, ref, span, pick=None, alt=None, note=None):
    d = {"kind": "series", "class": cls, "question": q, "body": body, "ref": ref, "span": span, "pick": pick}
    if alt: d["alt"] = alt
    if note: d["note"] = note
    return d

def C(cls, q, reports, calc, unit="件", order=None, decimals=None, note=None):
    d = {"kind": "comparison", "class": cls, "question": q, "reports": reports, "calc": calc, "unit": unit,
         "order": order, "decimals": decimals}
    if note: d["note"] = note
    return d

def cell(ref): return {"type": "cell", "ref": ref}
def sumc(refs): return {"type": "sum", "refs": refs}
def rate(num, den): return {"type": "rate", "num": num, "den": den}

# alt mapping for pre-2019 统计表 rows judged to mean the same thing as a national-format cell
ALT_REQ = {"pre_2019": ST("requests_total")}
ALT_REVIEW = {"pre_2019": ST("admin_review")}

SERIES = [
 S("plain-span", "平潭综合实验区2019年到2025年每年新收的政府信息公开申请分别是多少件？", "pingtan", T("new_received", "total"), [2019, 2025]),
 S("which-year-max", "平潭这几年（2019—2025）依申请公开哪一年收得最多", "pingtan", T("new_received", "total"), [2019, 2025], "max"),
 S("all-years-cross-format", "平潭实验区历年受理的信息公开申请数，从有年报起一年一年列出来", "pingtan", T("new_received", "total"), [2011, 2025],
   alt=ALT_REQ, note="pre-2019 years use the 统计表 row 受理依申请公开信息总数 (本年度), judged the same quantity as T3 一、本年新收 总计; 2015 and 2017 have no report"),
 S("applicant-column+sum", "2021到2025年平潭老百姓个人（自然人）提交的申请一共多少件？", "pingtan", T("new_received", "natural_person"), [2021, 2025], "sum"),
 S("colloquial-column", "平潭管委会近五年（２０２１－２０２５）企业来申请公开的有多少，每年分别说下", "pingtan", T("new_received", "commercial_enterprise"), [2021, 2025]),
 S("result-row", "平潭2019-2025年答复予以公开的件数变化", "pingtan", T("granted", "total"), [2019, 2025]),
 S("colloquial-row+max", "平潭历年只公开了一部分的申请，哪年最多？2019年以来", "pingtan", T("partially_granted", "total"), [2019, 2025], "max"),
 S("description-row+max", "平谭实验区2019到2025年因为“本机关不掌握”没法提供的申请每年几件，哪年最多", "pingtan", T("unable_not_held", "total"), [2019, 2025], "max",
   note="typo 平谭 for 平潭"),
 S("row-only-2021-format", "平潭2019到2025年申请人逾期不补正、不再处理的申请每年有几件", "pingtan", T("other_no_correction_overdue", "total"), [2019, 2025],
   note="2019/2020 reports use the trial format with a single （六）其他处理 row: not comparable"),
 S("row-only-trial-format", "平潭综合实验区2019至2025年“其他处理”这一栏每年多少", "pingtan", T("other_processing", "total"), [2019, 2025],
   note="（六）其他处理 as one row exists only in the 2019 trial format; 2021+ split it into three sub-rows: not comparable"),
 S("T4-review+max", "平潭实验区这些年因为信息公开被申请行政复议的案子，2019—2025年哪年最多", "pingtan", T4("review.total"), [2019, 2025], "max"),
 S("T4-subcolumn+sum", "平潭2019年到2025年行政复议结果被纠正的加起来几件", "pingtan", T4("review.corrected"), [2019, 2025], "sum"),
 S("colloquial-litigation+max", "平潭因为信息公开被人直接告上法院（没走复议）的，2019~2025年每年几起？哪年最多", "pingtan", T4("litigation_direct.total"), [2019, 2025], "max"),
 S("T4-after-review+max", "平潭复议后又起诉的案件，2021到2025年哪一年最多？", "pingtan", T4("litigation_after_review.total"), [2021, 2025], "max"),
 S("T2-series+max", "平潭综合实验区2021-2025年行政许可处理决定数量，哪年最高", "pingtan", T2("administrative_licensing", "decisions"), [2021, 2025], "max"),
 S("T2-series+min", "平潭行政处罚决定数二〇二一到二〇二五年逐年多少，最少是哪一年", "pingtan", T2("administrative_penalty", "decisions"), [2021, 2025], "min"),
 S("T2-keyword+min", "平潭 行政强制 2021-2025 历年 最少", "pingtan", T2("administrative_coercion", "decisions"), [2021, 2025], "min"),
 S("fee-amount-format-change", "平潭实验区2019年以来每年的行政事业性收费金额是多少万元？哪年最多", "pingtan", T2("administrative_fees", "fee_amount"), [2019, 2025], "max",
   note="2019/2020 trial format reports fee ITEMS (项目数量/增减), not an amount: not comparable; amounts in 万元"),
 S("pre2019-row+max", "平潭综合实验区（管委会）2011到2018年每年主动公开信息多少条，哪年最多", "pingtan", ST("proactive_total"), [2011, 2018], "max",
   note="2015 and 2017 reports are not in the corpus; 2013's 72804 is the table as printed (prose says 4970)"),
 S("span-crosses-format", "平潭实验区2011-2020年主动公开的政府信息条数", "pingtan", ST("proactive_total"), [2011, 2020],
   note="主动公开信息数 exists only in the pre-2019 统计表; 2019/2020 national trial format has no such row"),
 S("all-years-review+sum", "平潭历年被申请行政复议一共多少件（所有年报加起来）", "pingtan", T4("review.total"), [2011, 2025], "sum", alt=ALT_REVIEW,
   note="pre-2019 years use 统计表 行政复议数 本年度; 2015/2017 missing"),
 S("carry-out-series", "平潭2019—2025每年结转到下一年继续办理的申请", "pingtan", T("carried_to_next_year", "total"), [2019, 2025]),
 S("carry-in-series", "平潭综合实验区每年从上一年转过来的申请数（2019到2025）", "pingtan", T("carried_over_from_last_year", "total"), [2019, 2025]),
 S("results-total+max", "平潭这几年办结的申请总数，２０１９到２０２５哪年最多", "pingtan", T("results_total", "total"), [2019, 2025], "max"),
 S("denied-subrow+max", "平潭以“三类内部事务信息”为由不公开的，2021年到2025年每年几件？最多哪年", "pingtan", T("denied_internal_affairs", "total"), [2021, 2025], "max"),
 S("denied-subrow-colloquial+max", "平潭2021-2025年因为是行政执法案卷不给公开的有多少，哪年最多", "pingtan", T("denied_enforcement_case_file", "total"), [2021, 2025], "max"),
 S("not-processed-row", "平潭实验区 重复申请 不予处理 2019到2025 各年", "pingtan", T("not_processed_duplicate", "total"), [2019, 2025]),
 S("denied-process-info", "平潭2019-2025年以过程性信息为由拒绝公开的每年有几件", "pingtan", T("denied_process_info", "total"), [2019, 2025]),
 S("rare-column", "平潭2022到2024年科研机构提的申请各是多少", "pingtan", T("new_received", "research_institution"), [2022, 2024]),
 S("other-org-column+sum", "平潭二零二一年至二零二五年“其他”类法人组织提出的申请加起来多少件", "pingtan", T("new_received", "other_org"), [2021, 2025], "sum"),
 S("pre2019-requests+max", "平潭综合实验区管委会2011-2014年受理依申请公开信息总数分别多少，哪年最多", "pingtan", ST("requests_total"), [2011, 2014], "max"),
 S("pre2019-reply", "平潭实验区2011到2018年“同意公开答复数”每年多少", "pingtan", ST("reply_full"), [2011, 2018],
   note="2015, 2017 missing"),
 S("county-series+max", "平潭县人民政府2011到2013年主动公开信息数，哪年最多", "pingtan-county", ST("proactive_total"), [2011, 2013], "max"),
 S("county-series+sum", "平潭县政府历年受理的依申请公开加起来多少条", "pingtan-county", ST("requests_total"), [2011, 2013], "sum"),
 S("county-subrow", "平潭县2011、2012、2013三年通过网站公开的信息各几条", "pingtan-county", ST("proactive_website"), [2011, 2013]),
 S("county-channel-row", "平潭县政府每年收到的电子邮件申请是多少（2011-2013）", "pingtan-county", ST("req_email"), [2011, 2013]),
 S("county-reply+max", "平潭县同意公开的答复，2011至2013年哪一年最多", "pingtan-county", ST("reply_full"), [2011, 2013], "max"),
 S("shanghai-gaps", "上海市人民政府办公厅2019到2025年每年新收的信息公开申请数量", "shanghai-municipal-office", T("new_received", "total"), [2019, 2025],
   note="only 2019 and 2025 are in the corpus"),
 S("short-name-applicant", "市府办公厅（上海）历年个人申请的有多少", "shanghai-municipal-office", T("new_received", "natural_person"), [2019, 2025]),
 S("shanghai-review+max", "上海市政府办公厅被申请行政复议的数量历年对比，哪年更多", "shanghai-municipal-office", T4("review.total"), [2019, 2025], "max"),
 S("shanghai-carry+max", "上海市政府办公厅历年结转下年度继续办理的申请数，哪一年多", "shanghai-municipal-office", T("carried_to_next_year", "total"), [2019, 2025], "max"),
 S("shanghai-subrow-column", "上海市府办公厅 自然人 本机关不掌握 历年", "shanghai-municipal-office", T("unable_not_held", "natural_person"), [2019, 2025]),
 S("unclear-after-correction+sum", "平潭2019到2025年补正后申请内容仍然不明确的一共有几件", "pingtan", T("unable_unclear_after_correction", "total"), [2019, 2025], "sum"),
 S("yes-no-series+sum", "平潭2021年以来有没有以危及“三安全一稳定”为由不公开的？到2025年共几件", "pingtan", T("denied_three_security_one_stability", "total"), [2021, 2025], "sum"),
]

COMPARISONS = [
 C("same-year-2021", "2021年平潭综合实验区和上海虹口区政府，谁收到的信息公开申请更多？", ["pingtan_2021", "hongkou-district_2021"], cell(T("new_received", "total")), order="desc"),
 C("same-year-T4", "2021年虹口区跟平潭比，行政复议各多少件", ["pingtan_2021", "hongkou-district_2021"], cell(T4("review.total")), order="desc"),
 C("same-year-rate", "二〇二一年平潭和虹口区的予以公开占办结总数的比例分别是多少（保留两位小数）", ["pingtan_2021", "hongkou-district_2021"],
   rate([T("granted", "total")], [T("results_total", "total")]), unit="%", order="desc", decimals=2),
 C("three-bodies-2023", "2023年平潭、洪泽区、沭阳县发改局三家新收申请数排个序", ["pingtan_2023", "hongze-district_2023", "shuyang-fgj_2023"], cell(T("new_received", "total")), order="desc"),
 C("T2-compare", "2023年洪泽区和平潭实验区的行政处罚决定数对比", ["pingtan_2023", "hongze-district_2023"], cell(T2("administrative_penalty", "decisions")), order="desc"),
 C("fee-compare", "2023年淮安市洪泽区与平潭的行政事业性收费金额（万元）哪个多", ["pingtan_2023", "hongze-district_2023"], cell(T2("administrative_fees", "fee_amount")), unit="万元", order="desc"),
 C("three-bodies-2024", "２０２４年淮安市政府、平潭、上海市科委收到的政府信息公开申请，从多到少排", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], cell(T("new_received", "total")), order="desc"),
 C("T2-licensing", "2024年淮安市和平潭的行政许可处理决定数各是多少", ["huaian-city_2024", "pingtan_2024"], cell(T2("administrative_licensing", "decisions")), order="desc"),
 C("description-row-3", "2024年淮安、平潭、市科委因为“不掌握相关信息”答复无法提供的分别有几件", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], cell(T("unable_not_held", "total")), order="desc"),
 C("T4-rate", "2024年淮安市和平潭的行政复议纠正率（结果纠正÷复议总计），保留两位小数的百分比", ["huaian-city_2024", "pingtan_2024"],
   rate([T4("review.corrected")], [T4("review.total")]), unit="%", order="desc", decimals=2),
 C("three-bodies-2025", "2025年平潭、上海市政府办公厅、沭阳县政府新收申请谁最多", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], cell(T("new_received", "total")), order="desc"),
 C("colloquial-T4-3", "2025年这三家被申请复议的数量对比一下：平潭、上海市府办、沐阳县", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], cell(T4("review.total")), order="desc",
   note="沐阳 is the OCR spelling of 沭阳 in the source"),
 C("T2-penalty-2025", "沭阳县和平潭2025年行政处罚数量谁多", ["pingtan_2025", "shuyang-county_2025"], cell(T2("administrative_penalty", "decisions")), order="desc"),
 C("carry-out-compare", "2025年平潭、上海市政府办公厅、沭阳县结转到下年度的申请各几件", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"], cell(T("carried_to_next_year", "total")), order="desc"),
 C("applicant-compare", "2025年上海市政府办公厅和沭阳县政府，自然人申请分别多少", ["shanghai-municipal-office_2025", "shuyang-county_2025"], cell(T("new_received", "natural_person")), order="desc"),
 C("group-sum-compare", "2025年平潭、上海市府办、沭阳县“不予处理”的申请（五小类加起来）各多少", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"],
   sumc([T(r, "total") for r in RESULT_ROWS_NP]), order="desc"),
 C("open-rate-3", "2025年三家的公开率谁最高？公开率=（予以公开+部分公开）/办结总计，百分比保留一位小数：平潭、上海市政府办公厅、沭阳", ["pingtan_2025", "shanghai-municipal-office_2025", "shuyang-county_2025"],
   rate([T("granted", "total"), T("partially_granted", "total")], [T("results_total", "total")]), unit="%", order="desc", decimals=1),
 C("trial-format-2019", "2019年平潭实验区和上海市政府办公厅各收到多少件信息公开申请", ["pingtan_2019", "shanghai-municipal-office_2019"], cell(T("new_received", "total")), order="desc"),
 C("trial-format-column", "2019年上海市府办公厅和平潭，自然人申请数差了多少？分别多少", ["pingtan_2019", "shanghai-municipal-office_2019"], cell(T("new_received", "natural_person")), order="desc"),
 C("trial-format-T4", "2019年平潭和上海市政府办公厅被申请行政复议各几件", ["pingtan_2019", "shanghai-municipal-office_2019"], cell(T4("review.total")), order="desc"),
 C("same-name-tie", "2011年平潭综合实验区管委会和平潭县政府主动公开的信息数是不是一样的？", ["pingtan_2011", "pingtan-county_2011"], cell(ST("proactive_total")), unit="条",
   note="both tables print the same figure: no top"),
 C("same-name-2012", "2012年平潭县政府跟平潭实验区管委会的主动公开信息条数对比", ["pingtan_2012", "pingtan-county_2012"], cell(ST("proactive_total")), unit="条", order="desc",
   note="pingtan_2012 prose says 1913, table 739; the table is used"),
 C("same-name-2013-requests", "2013年平潭县与平潭综合实验区受理的依申请公开数分别多少", ["pingtan_2013", "pingtan-county_2013"], cell(ST("requests_total")), unit="条", order="desc"),
 C("years-differ", "虹口区2021年和淮安市2024年的新收申请数比比看", ["hongkou-district_2021", "huaian-city_2024"], cell(T("new_received", "total")), order="desc",
   note="the two reports are of different years"),
 C("all-newest-ranking", "把库里每个单位最新一份年报的“未经复议直接起诉”总计排个名", ["hongkou-district_2021", "hongze-district_2023", "huaian-city_2024", "shanghai-stcsm_2024",
   "shuyang-county_2025", "shuyang-fgj_2023", "pingtan_2025", "shanghai-municipal-office_2025"], cell(T4("litigation_direct.total")), order="desc",
   note="newest report of every body in the corpus; years differ"),
 C("jiangsu-T2-valid", "江苏这几家（淮安市、沭阳县、洪泽区）现行有效的行政规范性文件各有多少件，哪家最多", ["huaian-city_2024", "shuyang-county_2025", "hongze-district_2023"],
   cell(T2("normative_documents", "valid")), order="desc", note="each body's only report; years differ"),
 C("shanghai-three", "上海的三家：虹口区、市科委、市政府办公厅，新收信息公开申请谁多谁少", ["hongkou-district_2021", "shanghai-stcsm_2024", "shanghai-municipal-office_2025"],
   cell(T("new_received", "total")), order="desc", note="years differ (2021/2024/2025)"),
 C("county-vs-its-bureau", "沭阳县政府和沭阳县发改局的自然人申请数对比", ["shuyang-county_2025", "shuyang-fgj_2023"], cell(T("new_received", "natural_person")), order="desc",
   note="county 2025 vs bureau 2023: years differ"),
 C("city-vs-district", "淮安市和下面的洪泽区，复议结果维持的各多少", ["huaian-city_2024", "hongze-district_2023"], cell(T4("review.maintained")), order="desc",
   note="淮安 2024 vs 洪泽 2023: years differ"),
 C("org-sum-compare", "2024年淮安市和上海市科委收到的法人或其他组织的申请各多少件（把各类组织加起来）", ["huaian-city_2024", "shanghai-stcsm_2024"],
   sumc([T("new_received", c) for c in ORGS]), order="desc"),
 C("granted-compare-2023", "2023年平潭和沭阳县发改局予以公开的各有几件？谁多", ["pingtan_2023", "shuyang-fgj_2023"], cell(T("granted", "total")), order="desc"),
 C("rare-column-compare", "2025年上海市政府办公厅和平潭，法律服务机构上年结转过来的申请各几件", ["shanghai-municipal-office_2025", "pingtan_2025"], cell(T("carried_over_from_last_year", "legal_service_org")), order="desc"),
]

CONSISTENCY = [
 {"class": "carry-check", "question": "平潭2021年报里结转下年度的件数，和2022年报的上年结转对得上吗", "body": "pingtan", "mode": "carry", "pairs": [["pingtan_2021", "pingtan_2022"]], "column": "total"},
 {"class": "carry-chain-all", "question": "平潭2019到2025年每年的“结转下年度继续办理”和下一年的“上年结转”是不是都一致", "body": "pingtan", "mode": "carry",
  "pairs": [["pingtan_2019", "pingtan_2020"], ["pingtan_2020", "pingtan_2021"], ["pingtan_2021", "pingtan_2022"], ["pingtan_2022", "pingtan_2023"], ["pingtan_2023", "pingtan_2024"], ["pingtan_2024", "pingtan_2025"]], "column": "total"},
 {"class": "carry-across-format", "question": "平潭2020年（试行格式）结转的申请，2021年报的上年结转接上了没有", "body": "pingtan", "mode": "carry", "pairs": [["pingtan_2020", "pingtan_2021"]], "column": "total"},
 {"class": "carry-check-newest", "question": "平潭实验区2024年底结转的，和2025年报上年结转数一致吗？", "body": "pingtan", "mode": "carry", "pairs": [["pingtan_2024", "pingtan_2025"]], "column": "total"},
 {"class": "carry-column", "question": "平潭2021→2022，自然人那一列的结转数前后衔接吗", "body": "pingtan", "mode": "carry", "pairs": [["pingtan_2021", "pingtan_2022"]], "column": "natural_person"},
 {"class": "carry-column-commercial", "question": "平潭2022到2023、2023到2024，商业企业的结转数对得上吗", "body": "pingtan", "mode": "carry", "pairs": [["pingtan_2022", "pingtan_2023"], ["pingtan_2023", "pingtan_2024"]], "column": "commercial_enterprise"},
 {"class": "cumulative-chain", "question": "平潭县政府2011到2013年统计表里主动公开的历年累计数，前后年能接上吗（上年累计+本年=本年累计）", "body": "pingtan-county", "mode": "cumulative",
  "pairs": [["pingtan-county_2011", "pingtan-county_2012"], ["pingtan-county_2012", "pingtan-county_2013"]], "row": "proactive_total"},
 {"class": "cumulative-chain-requests", "question": "平潭县2012和2013年的受理申请历年累计数衔接吗", "body": "pingtan-county", "mode": "cumulative", "pairs": [["pingtan-county_2012", "pingtan-county_2013"]], "row": "requests_total"},
 {"class": "cumulative-chain-broken", "question": "平潭实验区2011年主动公开历年累计加上2012年本年数，等不等于2012年的历年累计", "body": "pingtan", "mode": "cumulative", "pairs": [["pingtan_2011", "pingtan_2012"]], "row": "proactive_total"},
 {"class": "cumulative-chain-mixed", "question": "平潭综合实验区2012→2013→2014年主动公开“历年累计”一栏是否连贯", "body": "pingtan", "mode": "cumulative",
  "pairs": [["pingtan_2012", "pingtan_2013"], ["pingtan_2013", "pingtan_2014"]], "row": "proactive_total"},
 {"class": "cumulative-website", "question": "平潭县2011-2013年网站公开数的累计值逐年核对一下", "body": "pingtan-county", "mode": "cumulative",
  "pairs": [["pingtan-county_2011", "pingtan-county_2012"], ["pingtan-county_2012", "pingtan-county_2013"]], "row": "proactive_website"},
 {"class": "carry-check-keyword", "question": "平潭 2022 2023 结转 一致性", "body": "pingtan", "mode": "carry", "pairs": [["pingtan_2022", "pingtan_2023"]], "column": "total"},
]

NOYEAR = [
 {"class": "noyear-fee-narrative", "question": "平潭综合实验区收不收信息处理费？", "body": "pingtan", "report": "pingtan_2025", "answer": {"type": "narrative", "substring": "无收取信息处理费情况"}},
 {"class": "noyear-T4", "question": "平潭被申请行政复议多少件", "body": "pingtan", "report": "pingtan_2025", "answer": {"type": "cell", "ref": T4("review.total")}},
 {"class": "noyear-pre2019-body", "question": "平潭县人民政府受理了多少依申请公开", "body": "pingtan-county", "report": "pingtan-county_2013", "answer": {"type": "cell", "ref": ST("requests_total")}},
 {"class": "noyear-contact", "question": "平潭县政府办公室信息公开的联系电话是多少", "body": "pingtan-county", "report": "pingtan-county_2013", "answer": {"type": "narrative", "substring": "电话：24336243"}},
 {"class": "noyear-short-name", "question": "上海市政府办公厅新收了多少政府信息公开申请", "body": "shanghai-municipal-office", "report": "shanghai-municipal-office_2025", "answer": {"type": "cell", "ref": T("new_received", "total")}},
 {"class": "noyear-fee-narrative-sh", "question": "上海市府办公厅收信息公开处理费了吗", "body": "shanghai-municipal-office", "report": "shanghai-municipal-office_2025", "answer": {"type": "narrative", "substring": "本机关未收取信息公开处理费"}},
 {"class": "noyear-address", "question": "虹口区政府办公室在哪，地址多少", "body": "hongkou-district", "report": "hongkou-district_2021", "answer": {"type": "narrative", "substring": "地址：飞虹路 518 号"}},
 {"class": "noyear-phone", "question": "淮安市政府办公室电话", "body": "huaian-city", "report": "huaian-city_2024", "answer": {"type": "narrative", "substring": "电话：0517-83605210"}},
 {"class": "noyear-fee-amount-narrative", "question": "沭阳县收了多少信息处理费", "body": "shuyang-county", "report": "shuyang-county_2025", "answer": {"type": "narrative", "substring": "收取信息处理费共计380元"}},
 {"class": "noyear-T2-pdf", "question": "洪泽区行政许可处理决定有多少", "body": "hongze-district", "report": "hongze-district_2023", "answer": {"type": "cell", "ref": T2("administrative_licensing", "decisions")}},
 {"class": "noyear-bureau", "question": "沭阳发改局收到几个信息公开申请", "body": "shuyang-fgj", "report": "shuyang-fgj_2023", "answer": {"type": "cell", "ref": T("new_received", "total")}},
 {"class": "noyear-derived-share", "question": "上海市科委的申请里予以公开的占办结总数百分之几（两位小数）", "body": "shanghai-stcsm", "report": "shanghai-stcsm_2024",
  "answer": {"type": "derived", "calc": rate([T("granted", "total")], [T("results_total", "total")]), "unit": "%", "decimals": 2}},
 {"class": "noyear-colloquial-row", "question": "平潭查无此信息（不掌握）的申请有几件", "body": "pingtan", "report": "pingtan_2025", "answer": {"type": "cell", "ref": T("unable_not_held", "total")}},
]

NOBODY = [
 {"class": "nobody-fee", "question": "申请政府信息公开要交钱吗", "substrings": [["pingtan_2025", "无收取信息处理费情况"], ["shanghai-municipal-office_2025", "本机关未收取信息公开处理费"], ["shuyang-county_2025", "收取信息处理费共计380元"], ["shanghai-stcsm_2024", "市科委未发生政府信息公开收费事项"]]},
 {"class": "nobody-download", "question": "年度报告的电子版在哪能下载到", "substrings": [["shanghai-municipal-office_2019", "本年度报告电子版可从“中国上海”门户网站"], ["pingtan_2019", "本报告的电子版可在平潭综合实验区党工委管委会政府门户网站"]]},
 {"class": "nobody-period", "question": "年报数据统计的是哪段时间", "substrings": [["pingtan_2025", "统计期限为2025年1月1日至2025年12月31日"], ["shanghai-municipal-office_2019", "统计期限从2019年1月1日到12月31日止"]]},
 {"class": "nobody-problems", "question": "信息公开工作存在哪些不足", "substrings": [["pingtan_2025", "政务公开队伍建设有待进一步加强"], ["shuyang-county_2025", "一是政策解读多样性需进一步加强"]]},
 {"class": "nobody-requests-figure", "question": "全年一共收到多少政府信息公开申请？", "substrings": [["pingtan_2025", "全区共收到政府信息公开申请154件"], ["shuyang-county_2025", "全县全年共受理政府信息公开申请 749 件"]]},
 {"class": "nobody-review", "question": "因为信息公开被行政复议、被起诉的多不多", "substrings": [["shuyang-county_2025", "全县共办理相关案件 74 件"]]},
]

UNANSWERABLE = [
 {"class": "year-span-not-indexed", "question": "虹口区政府2022到2024年每年收到多少信息公开申请", "reason": "year_not_indexed", "note": "only hongkou 2021 is indexed"},
 {"class": "neighbour-body-series", "question": "福州市人民政府近三年的信息公开申请量变化", "reason": "body_not_indexed", "note": "平潭 is in Fujian (福州 region) but 福州市 is not in the corpus"},
 {"class": "comparison-with-missing-body", "question": "上海市黄浦区和虹口区2021年谁收到的申请多", "reason": "body_not_indexed", "note": "黄浦区 not indexed"},
 {"class": "county-year-not-indexed", "question": "平潭县政府2014到2016年的主动公开信息数", "reason": "year_not_indexed", "note": "平潭县 reports only 2011–2013"},
 {"class": "carry-nonconsecutive", "question": "上海市政府办公厅2019年结转的申请跟2020年报上年结转能对上吗", "reason": "year_not_indexed", "note": "shanghai-municipal-office 2020 not indexed"},
 {"class": "no-such-figure-series", "question": "平潭政府网站历年的访问量是多少", "reason": "no_such_figure"},
 {"class": "other-format-series", "question": "平潭2012到2016年每年商业企业提出的申请有几件", "reason": "not_in_this_format", "note": "pre-2019 统计表 has no applicant breakdown"},
 {"class": "same-word-city", "question": "淮安市2023年和2024年行政复议数比一比", "reason": "year_not_indexed", "note": "huaian-city 2023 not indexed"},
]

AMBIGUOUS = [
 {"class": "two-bodies-same-place", "question": "平潭2012年主动公开了多少条政府信息", "reports": ["pingtan_2012", "pingtan-county_2012"],
  "note": "both 平潭综合实验区 and 平潭县人民政府 have a 2012 report with different figures"},
]

FOLLOWUPS = [
 {"class": "series-then-column-then-pick", "turns": [
   {"question": "平潭2021到2025年新收的申请数", "spec": S("", "", "pingtan", T("new_received", "total"), [2021, 2025])},
   {"question": "那自然人呢？", "spec": S("", "", "pingtan", T("new_received", "natural_person"), [2021, 2025])},
   {"question": "哪年最多？", "spec": S("", "", "pingtan", T("new_received", "natural_person"), [2021, 2025], "max")}]},
 {"class": "comparison-then-T4-block", "turns": [
   {"question": "2025年平潭和沭阳县行政复议各几件", "spec": C("", "", ["pingtan_2025", "shuyang-county_2025"], cell(T4("review.total")), order="desc")},
   {"question": "直接起诉的呢", "spec": C("", "", ["pingtan_2025", "shuyang-county_2025"], cell(T4("litigation_direct.total")), order="desc")}]},
 {"class": "series-then-missing-year", "turns": [
   {"question": "上海市政府办公厅历年新收申请数", "spec": S("", "", "shanghai-municipal-office", T("new_received", "total"), [2019, 2025])},
   {"question": "2022年那份呢", "spec": {"kind": "unanswerable", "reason": "year_not_indexed"}}]},
 {"class": "unanswerable-then-series", "turns": [
   {"question": "平潭县2014到2016年受理的申请有几件", "spec": {"kind": "unanswerable", "reason": "year_not_indexed"}},
   {"question": "那2011到2013年的呢", "spec": S("", "", "pingtan-county", ST("requests_total"), [2011, 2013])}]},
 {"class": "comparison-change-column-add-body", "turns": [
   {"question": "2024年淮安市和平潭新收申请数", "spec": C("", "", ["huaian-city_2024", "pingtan_2024"], cell(T("new_received", "total")), order="desc")},
   {"question": "商业企业的呢", "spec": C("", "", ["huaian-city_2024", "pingtan_2024"], cell(T("new_received", "commercial_enterprise")), order="desc")},
   {"question": "把上海市科委也加进来排个序", "spec": C("", "", ["huaian-city_2024", "pingtan_2024", "shanghai-stcsm_2024"], cell(T("new_received", "commercial_enterprise")), order="desc")}]},
 {"class": "series-then-other-format", "turns": [
   {"question": "平潭实验区2011-2018年主动公开信息数", "spec": S("", "", "pingtan", ST("proactive_total"), [2011, 2018])},
   {"question": "2019年以后的呢", "spec": {"kind": "unanswerable", "reason": "not_in_this_format"}}]},
 {"class": "consistency-then-column", "turns": [
   {"question": "平潭2021年结转下年度和2022年上年结转一致吗", "spec": {"kind": "consistency", "body": "pingtan", "mode": "carry", "pairs": [["pingtan_2021", "pingtan_2022"]], "column": "total"}},
   {"question": "自然人这列呢", "spec": {"kind": "consistency", "body": "pingtan", "mode": "carry", "pairs": [["pingtan_2021", "pingtan_2022"]], "column": "natural_person"}}]},
 {"class": "series-subcolumn-sum", "turns": [
   {"question": "平潭2019—2025年行政复议总数", "spec": S("", "", "pingtan", T4("review.total"), [2019, 2025])},
   {"question": "维持的呢", "spec": S("", "", "pingtan", T4("review.maintained"), [2019, 2025])},
   {"question": "加起来多少", "spec": S("", "", "pingtan", T4("review.maintained"), [2019, 2025], "sum")}]},
 {"class": "comparison-then-row", "turns": [
   {"question": "2023年平潭和洪泽区各收到多少信息公开申请", "spec": C("", "", ["pingtan_2023", "hongze-district_2023"], cell(T("new_received", "total")), order="desc")},
   {"question": "不掌握信息的呢", "spec": C("", "", ["pingtan_2023", "hongze-district_2023"], cell(T("unable_not_held", "total")), order="desc")}]},
 {"class": "T2-series-then-row-then-min", "turns": [
   {"question": "平潭2021到2025行政许可决定数", "spec": S("", "", "pingtan", T2("administrative_licensing", "decisions"), [2021, 2025])},
   {"question": "行政处罚呢", "spec": S("", "", "pingtan", T2("administrative_penalty", "decisions"), [2021, 2025])},
   {"question": "最少是哪年", "spec": S("", "", "pingtan", T2("administrative_penalty", "decisions"), [2021, 2025], "min")}]},
 {"class": "same-name-year-hop", "turns": [
   {"question": "2011年平潭综合实验区和平潭县主动公开信息数对比", "spec": C("", "", ["pingtan_2011", "pingtan-county_2011"], cell(ST("proactive_total")), unit="条")},
   {"question": "2012年呢", "spec": C("", "", ["pingtan_2012", "pingtan-county_2012"], cell(ST("proactive_total")), unit="条", order="desc")},
   {"question": "2013年呢", "spec": C("", "", ["pingtan_2013", "pingtan-county_2013"], cell(ST("proactive_total")), unit="条", order="desc")}]},
 {"class": "missing-body-then-series", "turns": [
   {"question": "2024年福州市和平潭比，谁的依申请多", "spec": {"kind": "unanswerable", "reason": "body_not_indexed"}},
   {"question": "那只看平潭2022到2024年的", "spec": S("", "", "pingtan", T("new_received", "total"), [2022, 2024])}]},
]
