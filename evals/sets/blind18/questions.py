# -*- coding: utf-8 -*-
"""Blind question set b18: references only (no typed numbers). build.py computes every value from gold."""
HK="hongkou-district_2021"; HZ="hongze-district_2023"; HA="huaian-city_2024"
PC11="pingtan-county_2011"; PC12="pingtan-county_2012"; PC13="pingtan-county_2013"
P11="pingtan_2011"; P12="pingtan_2012"; P13="pingtan_2013"; P14="pingtan_2014"; P16="pingtan_2016"; P18="pingtan_2018"
P19="pingtan_2019"; P20="pingtan_2020"; P21="pingtan_2021"; P22="pingtan_2022"; P23="pingtan_2023"; P24="pingtan_2024"; P25="pingtan_2025"
SMO19="shanghai-municipal-office_2019"; SMO25="shanghai-municipal-office_2025"; KW="shanghai-stcsm_2024"
SYC="shuyang-county_2025"; SYF="shuyang-fgj_2023"
NP,CE,RI,SW,LS,OO,TT="natural_person","commercial_enterprise","research_institution","social_welfare_org","legal_service_org","other_org","total"

# ---------------- cell: (question, report, table, row, column, class)
CELLS = [
 ("虹口区2021年一共新收了多少件政府信息公开申请？", HK,"T3","new_received",TT,"plain"),
 ("虹口区政府21年从上年结转过来的申请有几件", HK,"T3","carried_over_from_last_year",TT,"year-2digit"),
 ("上海虹口2021 商业企业提的申请数", HK,"T3","new_received",CE,"keyword-only"),
 ("虹口区2021年因为属于行政查询事项没给公开的有多少件？", HK,"T3","denied_admin_query",TT,"colloquial-row"),
 ("2021年虹口区政府 申请的东西本机关没有 这种情况多少件", HK,"T3","unable_not_held",TT,"colloquial-row"),
 ("虹口区21年被申请行政复议后维持原决定的几件", HK,"T4","cases","review.maintained","colloquial-col"),
 ("我想了解下，虹口区2021年复议以后又去法院起诉、结果维持的案子有几个", HK,"T4","cases","litigation_after_review.maintained","colloquial-col"),
 ("虹口区2021年新制发的行政规范性文件几件", HK,"T2","normative_documents","issued","plain"),
 ("虹口2021年行政许可处理决定数量", HK,"T2","administrative_licensing","decisions","short-body"),
 ("虹口区2021年转到下一年继续办理的申请数", HK,"T3","carried_to_next_year",TT,"plain"),

 ("洪泽区2023年受理的信息公开申请总共多少件", HZ,"T3","new_received",TT,"pdf"),
 ("淮安市洪泽区人民政府2023年部分公开了几件申请", HZ,"T3","partially_granted",TT,"pdf+full-name"),
 ("洪泽区政府２０２３年行政处罚决定有多少", HZ,"T2","administrative_penalty","decisions","fullwidth-digits"),
 ("洪泽区2023年行政事业性收费金额（万元）", HZ,"T2","administrative_fees","fee_amount","pdf"),
 ("洪泽区2023年因为申请人要的信息需要另行制作而没法提供的有几件", HZ,"T3","unable_needs_creation",TT,"colloquial-row"),
 ("洪泽区2023年信访举报投诉类申请不予处理的数量", HZ,"T3","not_processed_petition_complaint",TT,"pdf"),
 ("洪泽区2023年行政复议结果被纠正的有几件", HZ,"T4","cases","review.corrected","pdf"),
 ("洪泽2023年行政强制决定数", HZ,"T2","administrative_coercion","decisions","short-body"),
 ("洪泽区2023年废止的规范性文件有几件", HZ,"T2","normative_documents","repealed","pdf"),

 ("淮安市2024年政府信息公开申请新收多少件", HA,"T3","new_received",TT,"plain"),
 ("淮安市政府2024年自然人提出的申请有多少", HA,"T3","new_received",NP,"plain"),
 ("淮安市2024年律师事务所这类法律服务机构申请了多少件", HA,"T3","new_received",LS,"descriptive-col"),
 ("淮安2024年予以公开的总数", HA,"T3","granted",TT,"short-body"),
 ("淮安市人民政府2024年因涉及国家秘密不予公开几件", HA,"T3","denied_state_secret",TT,"plain"),
 ("淮安市2024年以危及“三安全一稳定”为由没公开的有几件", HA,"T3","denied_three_security_one_stability",TT,"colloquial-row"),
 ("淮安市2024年会损害第三方合法权益而不予公开的", HA,"T3","denied_third_party_rights",TT,"plain"),
 ("淮安市2024 过程性信息不予公开 件数", HA,"T3","denied_process_info",TT,"keyword-only"),
 ("淮安市2024年因属于行政执法案卷不予公开多少件", HA,"T3","denied_enforcement_case_file",TT,"plain"),
 ("淮安市2024年补正后申请内容仍然不明确的有几件", HA,"T3","unable_unclear_after_correction",TT,"plain"),
 ("淮安市2024年重复申请不予处理的件数", HA,"T3","not_processed_duplicate",TT,"plain"),
 ("淮安市2024年申请人逾期不补正、机关不再处理的有多少件", HA,"T3","other_no_correction_overdue",TT,"plain"),
 ("淮安市2024年申请人逾期没交费不再处理的几件", HA,"T3","other_fee_unpaid_overdue",TT,"colloquial-row"),
 ("淮安市2024年结转下年度继续办理的申请数", HA,"T3","carried_to_next_year",TT,"plain"),
 ("淮安市2024年行政复议总计多少件", HA,"T4","cases","review.total","staff-exact"),
 ("淮安市2024年未经复议直接起诉的行政诉讼总数", HA,"T4","cases","litigation_direct.total","plain"),
 ("淮安市2024年行政复议尚未审结的几件", HA,"T4","cases","review.pending","plain"),
 ("淮安市2024年行政复议结果其他的件数", HA,"T4","cases","review.other_result","plain"),
 ("淮安市2024年现行有效的规章有几件", HA,"T2","regulations","valid","plain"),
 ("淮安市2024年行政许可决定数量是多少", HA,"T2","administrative_licensing","decisions","plain"),
 ("淮阴那边不算，就说淮安市政府2024年行政处罚的数量", HA,"T2","administrative_penalty","decisions","irrelevant-clause-first"),

 ("平潭县2011年主动公开信息数本年度多少条", PC11,"stats","proactive_total","this_year","pre2019"),
 ("平潭县2012年当面提出的申请有多少", PC12,"stats","req_in_person","this_year","pre2019-colloquial"),
 ("平潭县人民政府2012年同意公开的答复数", PC12,"stats","reply_full","this_year","pre2019"),
 ("平潭县2013年网上申请数", PC13,"stats","req_online","this_year","pre2019"),
 ("平潭县2013年主动公开信息历年累计多少条", PC13,"stats","proactive_total","cumulative","pre2019-cumulative"),
 ("平潭县2013年对申请的答复数本年度是多少", PC13,"stats","replies_total","this_year","pre2019"),
 ("平潭综合实验区管委会2011年网站公开信息数", P11,"stats","proactive_website","this_year","pre2019"),
 ("平潭综合实验区2011年政府公报公开了几条", P11,"stats","proactive_gazette","this_year","pre2019"),
 ("平潭综合实验区2014年信函、传真方式的申请有几件", P14,"stats","req_letter_fax","this_year","pre2019"),
 ("平潭综合实验区2014年主动公开文件数历年累计", P14,"stats","proactive_total","cumulative","pre2019-cumulative"),
 ("平潭实验区2016年政府网站公开数多少条", P16,"stats","proactive_website","this_year","pre2019-short"),
 ("平潭综合实验区二〇一八年主动公开文件数", P18,"stats","proactive_total","this_year","chinese-numeral-year"),
 ("平潭综合实验区2013年主动公开信息数（本年度，按统计表）", P13,"stats","proactive_total","this_year","pre2019-table-vs-text"),

 ("平潭综合实验区2019年新收申请多少件", P19,"T3","new_received",TT,"2019-trial"),
 ("平潭2019年本机关不掌握相关信息的有几件", P19,"T3","unable_not_held",TT,"2019-trial"),
 ("平潭综合实验区2020年其他处理的申请有几件", P20,"T3","other_processing",TT,"2019-trial-row"),
 ("平潭综合实验区2020年 其他组织提的申请数", P20,"T3","new_received",OO,"2019-trial"),
 ("平潭综合实验区2020年行政事业性收费项目上一年项目数", P20,"T2","administrative_fees","previous_year_items","2019-trial-T2"),
 ("平潭实验区2021年社会公益组织提了几件申请", P21,"T3","new_received",SW,"short-body"),
 ("平潭综合实验区2021年未经复议直接起诉的维持几件", P21,"T4","cases","litigation_direct.maintained","plain"),
 ("平潭综合实验区2021年收费金额多少万元", P21,"T2","administrative_fees","fee_amount","plain"),
 ("平潭综合实验区2022年现行有效的行政规范性文件多少件", P22,"T2","normative_documents","valid","plain"),
 ("平潭2022年商业企业的新收申请", P22,"T3","new_received",CE,"keyword-only"),
 ("平潭综合实验区2022年行政许可决定数量", P22,"T2","administrative_licensing","decisions","plain"),
 ("平潭综合实验区2023年部分公开的有多少件", P23,"T3","partially_granted",TT,"plain"),
 ("平潭综合实验区2023年复议后起诉 其他结果 件数", P23,"T4","cases","litigation_after_review.other_result","keyword-only"),
 ("平谭综合实验区2023年行政处罚决定数", P23,"T2","administrative_penalty","decisions","typo"),
 ("平潭综合实验区2024年自然人申请了多少件", P24,"T3","new_received",NP,"plain"),
 ("平潭综合实验区2024年复议后又起诉、被判纠正的几件", P24,"T4","cases","litigation_after_review.corrected","colloquial-col"),
 ("平潭综合实验区2024年行政强制决定多少", P24,"T2","administrative_coercion","decisions","plain"),
 ("平潭综合实验区2025年行政复议维持的有多少件", P25,"T4","cases","review.maintained","plain"),
 ("平潭区2025年结转到明年继续办的申请", P25,"T3","carried_to_next_year",TT,"colloquial-row"),
 ("平潭综合实验区2025年逾期未缴费不再处理几件", P25,"T3","other_fee_unpaid_overdue",TT,"plain"),

 ("上海市政府办公厅2019年新收申请总数", SMO19,"T3","new_received",TT,"2019-trial"),
 ("上海市人民政府办公厅2019年政府集中采购总金额是多少元", SMO19,"T2","centralized_procurement","procurement_amount","2019-trial-T2"),
 ("市府办公厅2019年新制作的规章几件", SMO19,"T2","regulations","new_made","short-dept-name"),
 ("上海市政府办公厅2019年未经复议直接起诉的总计", SMO19,"T4","cases","litigation_direct.total","2019-trial"),
 ("上海市政府办公厅2019年自然人属于信访举报投诉的不予处理数", SMO19,"T3","not_processed_petition_complaint",NP,"2019-trial"),
 ("上海市政府办公厅2025年新收申请多少件", SMO25,"T3","new_received",TT,"garbled-md"),
 ("上海市政府办公厅2025年上年结转的申请中法律服务机构的几件", SMO25,"T3","carried_over_from_last_year",LS,"garbled-md"),
 ("上海市府办2025年予以公开多少", SMO25,"T3","granted",TT,"short-dept-name"),
 ("上海市人民政府办公厅2025年复议后起诉的总数", SMO25,"T4","cases","litigation_after_review.total","plain"),
 ("上海市政府办公厅2025年直接起诉尚未审结的", SMO25,"T4","cases","litigation_direct.pending","plain"),
 ("上海市科委2024年新收政府信息公开申请多少件", KW,"T3","new_received",TT,"short-dept-name"),
 ("上海市科学技术委员会2024年行政许可决定数", KW,"T2","administrative_licensing","decisions","full-name"),
 ("市科委24年新制发的规范性文件", KW,"T2","normative_documents","issued","short-dept-name"),
 ("上海科委2024年本机关不掌握的信息 件数", KW,"T3","unable_not_held",TT,"keyword-only"),
 ("沭阳县2025年新收申请总数", SYC,"T3","new_received",TT,"plain"),
 ("沭阳县人民政府2025年行政复议一共多少件", SYC,"T4","cases","review.total","plain"),
 ("沭阳县政府2025年复议被纠正的有几件", SYC,"T4","cases","review.corrected","plain"),
 ("沭阳2025年行政许可处理决定数", SYC,"T2","administrative_licensing","decisions","short-body"),
 ("沭阳县2025年属于三类内部事务信息不予公开的", SYC,"T3","denied_internal_affairs",TT,"plain"),
 ("沭阳县2025年其他处理里“其他”那一项有几件", SYC,"T3","other_other",TT,"plain"),
 ("宿迁沭阳县2025年法律服务机构的新收申请", SYC,"T3","new_received",LS,"city-run-in"),
 ("沭阳县发改局2023年新收申请多少件", SYF,"T3","new_received",TT,"html+short-dept-name"),
 ("沭阳县发展和改革局2023年行政复议尚未审结的有几件", SYF,"T4","cases","review.pending","html"),
 ("沭阳发改局2023年现行有效规范性文件", SYF,"T2","normative_documents","valid","html"),
]

# ---------------- derived: (question, report, expr, {name: (report, table, row, col)}, unit, decimals, class)
def c(rep,t,r,col): return (rep,t,r,col)
DENIED=["denied_state_secret","denied_other_law","denied_three_security_one_stability","denied_third_party_rights","denied_internal_affairs","denied_process_info","denied_enforcement_case_file","denied_admin_query"]
UNABLE=["unable_not_held","unable_needs_creation","unable_unclear_after_correction"]
NOTPROC=["not_processed_petition_complaint","not_processed_duplicate","not_processed_publication","not_processed_massive_repeated","not_processed_confirm_or_reissue"]
def rows_sum(rep, rows, col=TT):
    names={f"x{i}":c(rep,"T3",r,col) for i,r in enumerate(rows)}
    return "+".join(names), names
def orgs(rep,row="new_received"):
    names={k:c(rep,"T3",row,k) for k in (CE,RI,SW,LS,OO)}
    return "+".join(names), names
DERIVED=[]
def D(q,rep,expr,names,unit="件",dec=None,cls="sum"): DERIVED.append((q,rep,expr,names,unit,dec,cls))
e,n=rows_sum(HA,DENIED); D("淮安市2024年不予公开的一共有多少件？把八种不予公开理由加起来",HA,e,n,cls="sum-group")
e,n=rows_sum(HA,UNABLE); D("淮安市2024年无法提供的三类合计多少",HA,e,n,cls="sum-group")
e,n=rows_sum(HA,NOTPROC); D("淮安市2024年不予处理的五种情形一共多少件",HA,e,n,cls="sum-group")
e,n=orgs(HA); D("淮安市2024年法人或其他组织新收的申请合计多少（商业企业、科研机构、社会公益组织、法律服务机构、其他相加）",HA,e,n,cls="sum-columns")
e,n=rows_sum(HK,DENIED); D("虹口区2021年各类不予公开加起来多少件",HK,e,n,cls="sum-group")
e,n=rows_sum(HK,UNABLE); D("虹口区2021年无法提供的（不掌握+需另行制作+补正后不明确）合计",HK,e,n,cls="sum-group")
D("虹口区2021年自然人新收申请比商业企业多多少件",HK,"a-b",{"a":c(HK,"T3","new_received",NP),"b":c(HK,"T3","new_received",CE)},cls="difference")
D("淮安市2024年予以公开占办理结果总计的百分比是多少？保留两位小数",HA,"a/b*100",{"a":c(HA,"T3","granted",TT),"b":c(HA,"T3","results_total",TT)},"%",2,"share")
D("沭阳县2025年行政复议、直接起诉、复议后起诉一共多少件",SYC,"a+b+c",{"a":c(SYC,"T4","cases","review.total"),"b":c(SYC,"T4","cases","litigation_direct.total"),"c":c(SYC,"T4","cases","litigation_after_review.total")},cls="sum-T4")
D("沭阳县2025年本年新收加上年结转一共要办多少件申请",SYC,"a+b",{"a":c(SYC,"T3","new_received",TT),"b":c(SYC,"T3","carried_over_from_last_year",TT)},cls="sum")
e,n=rows_sum(SYC,DENIED); D("沭阳县2025年不予公开总数（各理由相加）",SYC,e,n,cls="sum-group")
D("平潭综合实验区2023年新收申请比2022年多了多少件",P23,"a-b",{"a":c(P23,"T3","new_received",TT),"b":c(P22,"T3","new_received",TT)},cls="yoy")
D("平潭综合实验区2024年新收申请比上一年增加多少",P24,"a-b",{"a":c(P24,"T3","new_received",TT),"b":c(P23,"T3","new_received",TT)},cls="yoy")
D("平潭综合实验区2025年新收申请较2024年变化了多少件（减少记负数）",P25,"a-b",{"a":c(P25,"T3","new_received",TT),"b":c(P24,"T3","new_received",TT)},cls="yoy-negative")
D("平潭综合实验区2024年新收申请比2023年增长了百分之几？保留1位小数",P24,"(a-b)/b*100",{"a":c(P24,"T3","new_received",TT),"b":c(P23,"T3","new_received",TT)},"%",1,"yoy-rate")
D("平潭综合实验区2022年行政许可决定数比2021年多多少",P22,"a-b",{"a":c(P22,"T2","administrative_licensing","decisions"),"b":c(P21,"T2","administrative_licensing","decisions")},cls="yoy-T2")
D("平潭综合实验区2025年行政复议总数比2024年多几件",P25,"a-b",{"a":c(P25,"T4","cases","review.total"),"b":c(P24,"T4","cases","review.total")},cls="yoy-T4")
D("平潭综合实验区2021到2025这五年新收申请一共多少件",P25,"a+b+c+d+e",{"a":c(P21,"T3","new_received",TT),"b":c(P22,"T3","new_received",TT),"c":c(P23,"T3","new_received",TT),"d":c(P24,"T3","new_received",TT),"e":c(P25,"T3","new_received",TT)},cls="multi-year-sum")
D("平潭综合实验区2021—2025年哪一年新收申请最多？回答年份",P24,"argmax",{"2021":c(P21,"T3","new_received",TT),"2022":c(P22,"T3","new_received",TT),"2023":c(P23,"T3","new_received",TT),"2024":c(P24,"T3","new_received",TT),"2025":c(P25,"T3","new_received",TT)},"年",None,"ranking")
D("平潭综合实验区2023年部分公开的件数占新收申请的比例，百分数保留两位小数",P23,"a/b*100",{"a":c(P23,"T3","partially_granted",TT),"b":c(P23,"T3","new_received",TT)},"%",2,"share")
D("上海市政府办公厅2025年新收申请比2019年多多少件",SMO25,"a-b",{"a":c(SMO25,"T3","new_received",TT),"b":c(SMO19,"T3","new_received",TT)},cls="yoy-cross-format")
D("上海市政府办公厅2025年 上年结转+本年新收 总共多少",SMO25,"a+b",{"a":c(SMO25,"T3","new_received",TT),"b":c(SMO25,"T3","carried_over_from_last_year",TT)},cls="sum")
D("上海市政府办公厅2025年结转下年的申请占办理结果总计的比例是多少%（两位小数）",SMO25,"a/b*100",{"a":c(SMO25,"T3","carried_to_next_year",TT),"b":c(SMO25,"T3","results_total",TT)},"%",2,"share")
D("市科委2024年予以公开的比新收少几件",KW,"b-a",{"a":c(KW,"T3","granted",TT),"b":c(KW,"T3","new_received",TT)},cls="difference")
D("洪泽区2023年行政处罚比行政许可多多少件",HZ,"a-b",{"a":c(HZ,"T2","administrative_penalty","decisions"),"b":c(HZ,"T2","administrative_licensing","decisions")},cls="difference-T2")
D("洪泽区2023年本机关不掌握的占新收申请的百分比（保留两位小数）",HZ,"a/b*100",{"a":c(HZ,"T3","unable_not_held",TT),"b":c(HZ,"T3","new_received",TT)},"%",2,"share")
D("平潭县2013年主动公开信息数比2012年少了多少条",PC13,"b-a",{"a":c(PC13,"stats","proactive_total","this_year"),"b":c(PC12,"stats","proactive_total","this_year")},"条",None,"pre2019-yoy")
D("平潭县2012年当面申请占受理申请总数的百分比，保留两位小数",PC12,"a/b*100",{"a":c(PC12,"stats","req_in_person","this_year"),"b":c(PC12,"stats","requests_total","this_year")},"%",2,"pre2019-share")
D("平潭综合实验区2014年主动公开比2013年的历年累计数增加了多少（2014年累计减2013年累计）",P14,"a-b",{"a":c(P14,"stats","proactive_total","cumulative"),"b":c(P13,"stats","proactive_total","cumulative")},"条",None,"pre2019-cumulative")
D("平潭综合实验区2018年主动公开文件数和2016年相比少了多少条",P18,"b-a",{"a":c(P18,"stats","proactive_total","this_year"),"b":c(P16,"stats","proactive_total","this_year")},"条",None,"pre2019-yoy")
D("淮安市2024年行政复议被纠正的占复议总数的百分比？保留两位小数",HA,"a/b*100",{"a":c(HA,"T4","cases","review.corrected"),"b":c(HA,"T4","cases","review.total")},"%",2,"share-T4")
D("平潭综合实验区2020年自然人申请比2019年少几件",P20,"b-a",{"a":c(P20,"T3","new_received",NP),"b":c(P19,"T3","new_received",NP)},cls="yoy-2019trial")
D("沭阳县发改局2023年予以公开占新收申请的百分比（两位小数）",SYF,"a/b*100",{"a":c(SYF,"T3","granted",TT),"b":c(SYF,"T3","new_received",TT)},"%",2,"share-html")

# ---------------- narrative: (question, report, substring, class)
NARR=[
 ("虹口区政府办公室在什么地址？对2021年报有疑问找谁", HK, "飞虹路 518 号", "contact-address"),
 ("虹口区2021年年报的咨询电话", HK, "021—25658888", "contact-phone"),
 ("虹口区2021年通过哪个门户网站主动公开信息", HK, "“上海虹口”门户网站", "platform"),
 ("洪泽区政府办公室的联系电话是多少（2023年报）", HZ, "0517-87222589", "contact-phone-pdf"),
 ("洪泽区2023年报留的电子邮箱是什么", HZ, "hzzwgk@126.com", "contact-email-pdf"),
 ("洪泽区2023年在政府网站平台主动公开了多少条信息", HZ, "主动公开政府信息 1136 条", "prose-figure-pdf"),
 ("洪泽区2023年信息处理费收了多少", HZ, "全年收取政府信息公开信息处理费 0 元", "fee-prose-pdf"),
 ("洪泽区2023年报里说存在哪些问题", HZ, "依申请公开工作规范性还有待提", "problems-pdf"),
 ("淮安市政府办公室地址在哪（2024年报）", HA, "安市翔宇南道 1 号", "contact-address"),
 ("淮安市2024年报的联系电话", HA, "0517-83605210", "contact-phone"),
 ("淮安市2024年《淮安市人民政府公报》出了几期", HA, "制作《淮安市人民政府公报》6 期", "prose-figure"),
 ("平潭县政府办公室的地址（2011年）", PC11, "平潭县翠园南路10号", "contact-address-pre2019"),
 ("平潭县2012年政府信息公开专栏访问量是多少", PC12, "2012年政府信息公开专栏访问量达24745人次", "prose-figure-pre2019"),
 ("平潭综合实验区2013年信息公开专栏访问量", P13, "2013年政府信息公开专栏访问量达196022人次", "prose-figure-pre2019"),
 ("平潭综合实验区2014年的咨询电话是多少", P14, "电话：23158786", "contact-phone-pre2019"),
 ("平潭综合实验区2016年报的联系地址", P16, "北厝镇竹屿口现场指挥部", "contact-address-pre2019"),
 ("平潭综合实验区2018年信息公开专栏访问量达到多少人次", P18, "2018年政府信息公开专栏访问量达108932人次", "prose-figure-pre2019"),
 ("平潭2012年在中国平潭网站上设了哪些专栏，比如财政方面", P12, "设立“财政预决算”专栏", "measure-pre2019"),
 ("平潭综合实验区2019年年报联系电话", P19, "电话：0591-23165250", "contact-phone"),
 ("平潭综合实验区2020年联系电话/传真", P20, "电话/传真：0591-23165370", "contact-phone"),
 ("平潭综合实验区2021年有没有收信息处理费", P21, "2021年，无收取信息处理费情况", "fee-prose"),
 ("平潭综合实验区2022年“十四五”规划专栏公开了多少条信息", P22, "本年度公开信息77条", "prose-figure"),
 ("平潭综合实验区2023年的通讯地址", P23, "商务营运中心7号楼14层", "contact-address"),
 ("平潭2023年建设了什么特色数据库", P23, "“台湾地区标准题录数据库”", "measure"),
 ("平潭综合实验区2024年收取信息处理费了吗", P24, "2024年，无收取信息处理费情况", "fee-prose"),
 ("平潭综合实验区2025年下一步怎么整改队伍建设问题", P25, "强化政务公开队伍建设", "plan-for-next-year"),
 ("上海市政府办公厅2019年市政府常务会议重要议题权威发布了多少次", SMO19, "权威发布共计38次", "prose-figure"),
 ("上海市政府办公厅2019年通过哪些渠道收集市民意见", SMO19, "“12345”市民服务热线", "measure"),
 ("上海市政府办公厅2025年编辑了多少期市政府公报", SMO25, "编辑《上海市人民政府公报》24 期", "prose-figure"),
 ("上海市科委2024年开设了什么新专栏", KW, "“张江高新区”专栏已成功开设", "measure"),
 ("沭阳县2025年开设了多少个专栏", SYC, "等专栏33个", "prose-figure"),
 ("沭阳县2025年检查出多少处失效链接", SYC, "失效链接43处", "prose-figure"),
 ("沭阳县发改局办公地址和电话", SYF, "沭阳县沭城街道苏州东路42号", "contact-address-html"),
 ("沭阳县发展和改革局2023年全年发布了多少条公开信息", SYF, "全年共审核发布各类公开政府信息249条", "prose-figure-html"),
 ("沭阳发改局2023年人大建议政协提案办理满意率", SYF, "办理满意率为100%", "prose-figure-html"),
 ("沭阳县发改局2023年存在什么主要问题", SYF, "各科室人员信息公开意识有所松懈", "problems-html"),
]

# ---------------- unanswerable: (question, report_or_None, year, reason, class)
UNANS=[
 ("沭阳县教育局2023年收到多少件信息公开申请", None, 2023, "body_not_indexed", "dept-of-indexed-county"),
 ("沭阳县公安局2025年政府信息公开行政复议几件", None, 2025, "body_not_indexed", "dept-of-indexed-county"),
 ("泗阳县2025年新收信息公开申请多少件", None, 2025, "body_not_indexed", "neighbour-county"),
 ("宿迁市人民政府2024年政府信息公开申请数", None, 2024, "body_not_indexed", "parent-city"),
 ("淮安市淮安区2024年新收申请多少", None, 2024, "body_not_indexed", "shares-words-district"),
 ("淮安市发改委2024年行政许可决定多少件", None, 2024, "body_not_indexed", "dept-of-indexed-city"),
 ("洪泽区发改局2023年依申请公开了多少件", None, 2023, "body_not_indexed", "dept-of-indexed-district"),
 ("上海市黄浦区2022年信息公开申请多少件", None, 2022, "body_not_indexed", "shanghai-district"),
 ("虹口区市场监管局2021年行政处罚决定数", None, 2021, "body_not_indexed", "dept-of-indexed-district"),
 ("上海市教委2024年新收申请", None, 2024, "body_not_indexed", "sibling-commission"),
 ("北京市科委2024年政府信息公开申请数量", None, 2024, "body_not_indexed", "same-dept-other-city"),
 ("福州市2021年政府信息公开年报里行政复议多少件", None, 2021, "body_not_indexed", "neighbour-city"),
 ("平潭综合实验区地方税务局2013年主动公开了多少条", None, 2013, "body_not_indexed", "sub-body"),
 ("江苏省发改委2023年新收申请", None, 2023, "body_not_indexed", "same-dept-province"),
 ("平潭综合实验区2015年主动公开多少条信息", None, 2015, "year_not_indexed", "missing-year"),
 ("平潭综合实验区2017年政府信息公开申请数", None, 2017, "year_not_indexed", "missing-year"),
 ("洪泽区2024年新收申请多少件", None, 2024, "year_not_indexed", "missing-year"),
 ("淮安市2023年行政复议多少件", None, 2023, "year_not_indexed", "missing-year"),
 ("虹口区2022年新收信息公开申请", None, 2022, "year_not_indexed", "missing-year"),
 ("上海市科委2023年收到多少申请", None, 2023, "year_not_indexed", "missing-year"),
 ("沭阳县2024年行政许可决定数", None, 2024, "year_not_indexed", "missing-year"),
 ("平潭综合实验区2026年新收申请", None, 2026, "year_not_indexed", "future-year"),
 ("淮安市2024年政务公开工作经费预算多少万元", HA, 2024, "no_such_figure", "budget"),
 ("沭阳县发改局2023年有几个专职做信息公开的工作人员", SYF, 2023, "no_such_figure", "staff-count"),
 ("淮安市政府网站2024年访问量多少", HA, 2024, "no_such_figure", "visitors"),
 ("平潭综合实验区2022年申请人里男性占多少", P22, 2022, "no_such_figure", "demographics"),
 ("平潭综合实验区2019年逾期不补正不再处理的申请有几件", P19, 2019, "not_in_this_format", "2021-row-asked-of-2019"),
 ("平潭综合实验区2020年 申请人逾期未缴纳信息处理费 不再处理几件", P20, 2020, "not_in_this_format", "2021-row-asked-of-2020"),
 ("上海市政府办公厅2019年行政规范性文件废止了几件", SMO19, 2019, "not_in_this_format", "2021-T2-col-asked-of-2019"),
 ("淮安市2024年政府集中采购项目数量", HA, 2024, "not_in_this_format", "2019-row-asked-of-2021"),
 ("平潭综合实验区2022年其他对外管理服务事项处理决定数", P22, 2022, "not_in_this_format", "2019-row-asked-of-2021"),
 ("平潭综合实验区2016年因属于过程性信息不予公开的有几件", P16, 2016, "not_in_this_format", "2021-row-asked-of-pre2019"),
 ("平潭综合实验区2018年行政复议结果被纠正的有几件", P18, 2018, "not_in_this_format", "T4-subcol-asked-of-pre2019"),
]

# ---------------- ambiguous: (question, class)
AMBIG=[
 ("2023年一共收到多少件信息公开申请？", "no-body"),
 ("平潭2012年主动公开了多少条信息", "name-fits-two-bodies"),
 ("平潭2013年受理依申请公开信息总数", "name-fits-two-bodies"),
 ("沭阳的年报里行政复议有几件", "two-bodies-no-year"),
 ("上海市政府办公厅新收的申请一共多少件", "no-year-two-reports"),
 ("行政复议维持了多少件", "no-body-no-year"),
 ("2024年行政许可决定数是多少", "no-body"),
]

# ---------------- followups: list of (class, [turn,...]); turn = dict(kind, q, ...)
def TC(q,rep,t,r,col): return {"kind":"cell","q":q,"report":rep,"ref":(rep,t,r,col)}
def TD(q,rep,expr,names,unit="件",dec=None): return {"kind":"derived","q":q,"report":rep,"expr":expr,"names":names,"unit":unit,"dec":dec}
def TU(q,rep,year,reason): return {"kind":"unanswerable","q":q,"report":rep,"year":year,"reason":reason}
FOLLOW=[
 ("change-year",[TC("平潭综合实验区2022年新收申请多少件",P22,"T3","new_received",TT),TC("那2023年呢？",P23,"T3","new_received",TT),TC("2024呢",P24,"T3","new_received",TT)]),
 ("change-column",[TC("淮安市2024年新收申请总数",HA,"T3","new_received",TT),TC("其中自然人多少？",HA,"T3","new_received",NP),TC("商业企业呢",HA,"T3","new_received",CE)]),
 ("change-row",[TC("虹口区2021年予以公开几件",HK,"T3","granted",TT),TC("不掌握的呢",HK,"T3","unable_not_held",TT)]),
 ("T4-subcol",[TC("沭阳县2025年行政复议总数",SYC,"T4","cases","review.total"),TC("维持的几件？",SYC,"T4","cases","review.maintained"),TC("诉讼那块呢，直接起诉的总数",SYC,"T4","cases","litigation_direct.total")]),
 ("change-body",[TC("上海市科委2024年新收申请多少",KW,"T3","new_received",TT),TC("淮安市政府同一年呢",HA,"T3","new_received",TT)]),
 ("after-unanswerable",[TU("平潭综合实验区2015年新收申请多少？",None,2015,"year_not_indexed"),TC("那2016年主动公开文件数呢",P16,"stats","proactive_total","this_year")]),
 ("after-unanswerable",[TU("洪泽区2024年行政复议几件",None,2024,"year_not_indexed"),TC("2023年的呢？维持的有几件",HZ,"T4","cases","review.maintained")]),
 ("after-unanswerable-body",[TU("淮安区2024年新收申请多少",None,2024,"body_not_indexed"),TC("淮安市呢",HA,"T3","new_received",TT)]),
 ("pre2019-chain",[TC("平潭县2012年受理依申请公开总数",PC12,"stats","requests_total","this_year"),TC("其中电子邮件申请几件",PC12,"stats","req_email","this_year"),TC("2013年呢",PC13,"stats","req_email","this_year")]),
 ("derived-after-cell",[TC("上海市政府办公厅2025年新收多少件",SMO25,"T3","new_received",TT),TD("比2019年多多少",SMO25,"a-b",{"a":(SMO25,"T3","new_received",TT),"b":(SMO19,"T3","new_received",TT)})]),
 ("change-year-T2",[TC("平潭综合实验区2023年行政许可决定数",P23,"T2","administrative_licensing","decisions"),TC("2025年呢",P25,"T2","administrative_licensing","decisions"),TD("两年差多少",P25,"a-b",{"a":(P23,"T2","administrative_licensing","decisions"),"b":(P25,"T2","administrative_licensing","decisions")})]),
 ("row-then-unanswerable",[TC("平潭综合实验区2019年重复申请不予处理几件",P19,"T3","not_processed_duplicate",TT),TU("那逾期未缴费不再处理的呢",P19,2019,"not_in_this_format")]),
 ("legal-person",[TC("沭阳县2025年新收申请自然人多少",SYC,"T3","new_received",NP),TD("法人或其他组织呢（五类合计）",SYC,"a+b+c+d+e",{"a":(SYC,"T3","new_received",CE),"b":(SYC,"T3","new_received",RI),"c":(SYC,"T3","new_received",SW),"d":(SYC,"T3","new_received",LS),"e":(SYC,"T3","new_received",OO)})]),
 ("change-body-dept",[TC("沭阳县2025年新收申请多少",SYC,"T3","new_received",TT),TU("县发改局2025年呢",None,2025,"year_not_indexed"),TC("发改局2023年的呢",SYF,"T3","new_received",TT)]),
 ("T4-block",[TC("平潭综合实验区2024年复议后起诉的总数",P24,"T4","cases","litigation_after_review.total"),TC("其中维持的",P24,"T4","cases","litigation_after_review.maintained")]),
 ("change-col-T4",[TC("虹口区2021年行政复议总计",HK,"T4","cases","review.total"),TC("尚未审结呢",HK,"T4","cases","review.pending")]),
 ("hongze-rows",[TC("洪泽区2023年国家秘密不予公开几件",HZ,"T3","denied_state_secret",TT),TC("过程性信息呢",HZ,"T3","denied_process_info",TT),TC("行政执法案卷呢",HZ,"T3","denied_enforcement_case_file",TT)]),
 ("fees-year",[TC("平潭综合实验区2022年行政事业性收费多少万元",P22,"T2","administrative_fees","fee_amount"),TC("2024年的",P24,"T2","administrative_fees","fee_amount")]),
 ("unanswerable-then-figure",[TU("上海市政府办公厅2025年信息公开专职人员几个",SMO25,2025,"no_such_figure"),TC("那复议总共多少件",SMO25,"T4","cases","review.total")]),
 ("pre2019-cumulative",[TC("平潭综合实验区2016年主动公开文件数",P16,"stats","proactive_total","this_year"),TC("历年累计呢",P16,"stats","proactive_total","cumulative")]),
 ("2019trial-col",[TC("上海市政府办公厅2019年结转下年度的申请",SMO19,"T3","carried_to_next_year",TT),TC("复议维持的呢",SMO19,"T4","cases","review.maintained")]),
]

# ---------------- paraphrase groups: (group, base-ref-or-derived, [5 questions], [5 classes])
PARA=[
 ("g01",("cell",(HA,"T3","new_received",TT)),["淮安市２０２４年新收的信息公开申请有多少件","淮安市政府新收政府信息公开申请 2024","淮安 2024 新收申请","刚看完新闻，顺便问下淮安市2024年新收到几件公开申请","淮按市2024年新收申请总数"],["fullwidth-digits","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g02",("cell",(P23,"T3","new_received",TT)),["平潭综合实验区二〇二三年新收申请多少件","平潭实验区新收申请数量，2023年","平潭 2023 新收","我在写论文，想问平潭综合实验区2023年新收了多少件申请","平潭综合试验区2023年新收申请"],["chinese-numeral-year","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g03",("cell",(SYC,"T4","cases","review.total")),["沭阳县二零二五年行政复议总数","沭阳县政府被申请行政复议多少件 2025","沭阳 2025 复议 总计","单位让我统计数据，沭阳县2025年因信息公开被复议了几件","沭杨县2025年行政复议总计"],["chinese-numeral-year","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g04",("cell",(HK,"T3","granted",TT)),["虹口区２０２１年予以公开的有几件","虹口区政府同意公开的申请件数 2021年","虹口 2021 予以公开","顺便问一下，上海虹口区21年同意公开了多少件","虹口区2021年予以公来件数"],["fullwidth-digits","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g05",("cell",(SMO25,"T4","cases","review.total")),["上海市政府办公厅２０２５年行政复议多少件","市政府办公厅行政复议总数2025","上海市府办 2025 复议","最近在研究上海，市政府办公厅2025年被申请复议了几件","上海市政府办公庁2025年行政复议总计"],["fullwidth-digits","year-no-nian","keyword-only","irrelevant-clause-first","typo"]),
 ("g06",("cell",(HZ,"T3","unable_not_held",TT)),["洪泽区二〇二三年本机关不掌握相关信息的有几件","洪泽区政府 申请的信息他们手上没有的 件数 2023","洪泽 2023 不掌握","朋友申请过没下文，想问洪泽区2023年因不掌握信息无法提供的有多少","洪择区2023年本机关不掌握的件数"],["chinese-numeral-year","colloquial-row","keyword-only","irrelevant-clause-first","typo"]),
 ("g07",("cell",(KW,"T2","administrative_licensing","decisions")),["上海市科委２０２４年行政许可决定数量","市科委行政许可处理决定 2024年","科委 2024 行政许可","跟科研项目无关，我就想问上海科委2024年的行政许可决定有多少件","上海市科学技术委员令2024年行政许可决定数"],["fullwidth-digits","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g08",("cell",(P25,"T4","cases","review.total")),["平潭综合实验区二〇二五年行政复议总计","平潭实验区行政复议件数2025","平潭 2025 行政复议","之前看到平潭有人打官司，想问2025年平潭综合实验区被复议了多少件","平潭综合实验区2025年行政复义总数"],["chinese-numeral-year","year-no-nian","keyword-only","irrelevant-clause-first","typo"]),
 ("g09",("cell",(PC13,"stats","requests_total","this_year")),["平潭县二〇一三年受理依申请公开信息总数","平潭县人民政府 依申请公开受理数 2013年","平潭县 2013 受理申请","我老家在平潭，想知道平潭县2013年受理了多少件信息公开申请","平潭县2013年受理依申请公开信息总树"],["chinese-numeral-year","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g10",("cell",(HA,"T3","denied_admin_query",TT)),["淮安市２０２４年属于行政查询事项不予公开的有几件","淮安市政府 行政查询事项 不予公开 2024年","淮安 2024 行政查询事项","办户籍证明时想到的，淮安市2024年有多少申请被认定为行政查询事项没公开","淮安市2024年属于行政查洵事项不予公开"],["fullwidth-digits","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g11",("cell",(SYF,"T3","new_received",TT)),["沭阳县发改局二〇二三年新收申请多少件","沭阳县发展和改革局收到的信息公开申请 2023","沭阳发改局 2023 申请","同事在发改局上班，我想问沭阳县发改局2023年新收到多少申请","沭阳县发该局2023年新收申请数"],["chinese-numeral-year","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g12",("cell",(P21,"T4","cases","litigation_direct.total")),["平潭综合实验区２０２１年未经复议直接起诉的总数","平潭实验区直接被起诉的行政诉讼有多少 2021年","平潭 2021 直接起诉","听说平潭挺多行政诉讼，2021年平潭综合实验区不经复议直接起诉的有几件","平潭综合实验区2021年未经复议直接起述总数"],["fullwidth-digits","colloquial-col","keyword-only","irrelevant-clause-first","typo"]),
 ("g13",("cell",(SMO19,"T3","new_received",NP)),["上海市政府办公厅二零一九年自然人申请多少件","市政府办公厅老百姓个人提的申请 2019","上海市府办 2019 自然人","我是上海市民，想问市政府办公厅2019年收到个人申请多少件","上海市政府办公厅2019年自燃人新收申请"],["chinese-numeral-year","colloquial-col","keyword-only","irrelevant-clause-first","typo"]),
 ("g14",("derived",("a-b",{"a":(P24,"T3","new_received",TT),"b":(P23,"T3","new_received",TT)})),["平潭综合实验区２０２４年新收申请比２０２３年多多少件","平潭实验区新收申请2024比2023增加几件","平潭 新收申请 2024较2023 增量","做个对比分析，平潭综合实验区2024年新收申请比前一年多了多少","平潭综合实验区2024年新收申请比2023年多多少建"],["fullwidth-digits","year-no-nian","keyword-only","irrelevant-clause-first","typo"]),
 ("g15",("derived",("x0+x1+x2+x3+x4+x5+x6+x7",{f"x{i}":(HA,"T3",r,TT) for i,r in enumerate(DENIED)})),["淮安市２０２４年各类不予公开合计多少件（八项相加）","淮安市政府 不予公开 八类理由加总 2024年","淮安 2024 不予公开 合计","听朋友说申请常被拒，淮安市2024年不予公开的八类加起来一共多少","淮安市2024年不于公开合计（八项相加）"],["fullwidth-digits","year-at-end","keyword-only","irrelevant-clause-first","typo"]),
 ("g16",("cell",(HK,"T2","administrative_licensing","decisions")),["虹口区二〇二一年行政许可决定数量","虹口区政府行政许可处理决定数 2021","虹口 2021 行政许可","刚搬到虹口，想问虹口区政府2021年作出的行政许可决定有几件","虹口区2021年行政许可决定数亮"],["chinese-numeral-year","year-no-nian","keyword-only","irrelevant-clause-first","typo"]),
]
