# Question references for the blind set c-. NO expected numbers here: build.py computes them from gold/.
# Reports: Z11..Z18 = 平潭综合实验区 (管委会) pingtan_YYYY; C11..C13 = 平潭县人民政府 pingtan-county_YYYY.
# Table key "stats" = the pre-2019 统计表; columns "this_year" (本年度) / "cumulative" (历年累计).
Z11, Z12, Z13, Z14, Z16, Z18 = "pingtan_2011", "pingtan_2012", "pingtan_2013", "pingtan_2014", "pingtan_2016", "pingtan_2018"
C11, C12, C13 = "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"
TY, CU = "this_year", "cumulative"

def cell(cls, q, rep, row, col=TY, note=None):
    return {"kind": "cell", "class": cls, "question": q, "report": rep, "ref": {"row": row, "column": col}, "note": note}

def lin(cls, q, rep, terms, unit="条", note=None):
    # terms: [(coef, report, row, col), ...]  value = sum(coef * cell)
    return {"kind": "derived", "class": cls, "question": q, "report": rep,
            "ref": {"op": "lin", "terms": terms}, "unit": unit, "note": note}

def pct(cls, q, rep, num, den, decimals=2, note=None):
    return {"kind": "derived", "class": cls, "question": q, "report": rep,
            "ref": {"op": "pct", "num": num, "den": den, "decimals": decimals}, "unit": "%", "note": note}

def rank(cls, q, rep, terms, unit="条", note=None):
    # value = the largest of the listed cells (question names the candidates)
    return {"kind": "derived", "class": cls, "question": q, "report": rep,
            "ref": {"op": "max", "terms": terms}, "unit": unit, "note": note}

def narr(cls, q, rep, sub, note=None):
    return {"kind": "narrative", "class": cls, "question": q, "report": rep, "substring": sub, "note": note}

def unans(cls, q, rep, year, reason, note=None):
    return {"kind": "unanswerable", "class": cls, "question": q, "report": rep, "year": year, "reason": reason, "note": note}

def amb(cls, q, year, note):
    return {"kind": "ambiguous", "class": cls, "question": q, "report": None, "year": year, "note": note}

def fu(cls, turns, note=None):
    return {"kind": "followup", "class": cls, "turns": turns, "note": note}

SAME11 = "平潭综合实验区 2011 and 平潭县人民政府 2011 print identical tables, so '平潭' alone is not ambiguous for this cell."

ITEMS = [
 # ---------------- pingtan_2011 (平潭综合实验区) ----------------
 cell("bare-pingtan-identical-value", "平潭2011年主动公开了多少条政府信息？", Z11, "proactive_total", note=SAME11),
 cell("short-body-name", "平潭实验区2011年在网站上公开了几条信息", Z11, "proactive_website"),
 cell("colloquial-row", "2011年平潭综合实验区通过政府公报发布的信息有多少条？", Z11, "proactive_gazette"),
 cell("cumulative-column", "截至2011年底，平潭综合实验区主动公开的信息历年累计一共多少条？", Z11, "proactive_total", CU),
 cell("staff-exact-lookup", "平潭综合实验区管委会2011年统计表 受理依申请公开信息总数 本年度", Z11, "requests_total"),
 cell("colloquial-row", "2011年有没有人因为信息公开的事对平潭管委会申请行政复议？有几件？", Z11, "admin_review"),
 pct("share-stated", "2011年平潭综合实验区主动公开的信息里，网站公开的占百分之多少？保留两位小数", Z11,
     [(1, Z11, "proactive_website", TY)], [(1, Z11, "proactive_total", TY)]),
 lin("cumulative-minus-year", "按平潭综合实验区2011年的统计表，2011年以前历年累计主动公开了多少条？（历年累计减去本年度）", Z11,
     [(1, Z11, "proactive_total", CU), (-1, Z11, "proactive_total", TY)]),
 narr("contact-phone", "平潭综合实验区2011年信息公开年报上留的联系电话是多少？", Z11, "电话：24336243"),
 narr("prose-figure", "2011年平潭综合实验区政府信息公开专栏的访问量有多少人次", Z11, "2011年政府信息公开专栏访问量达11460人次"),
 narr("category-count", "2011年平潭实验区主动公开的安全生产、应急管理类信息有多少条", Z11, "安全生产、应急管理类信息63条"),
 unans("no-such-figure-amount", "2011年平潭综合实验区安排的政府信息公开专项经费是多少万元？", Z11, 2011, "no_such_figure",
       note="The report says 专项经费 was arranged but gives no amount."),

 # ---------------- pingtan-county_2011 (平潭县人民政府) ----------------
 cell("county-short-name", "平潭县2011年主动公开信息数是多少", C11, "proactive_total"),
 cell("cumulative-column", "平潭县政府2011年统计表里网站公开的历年累计是多少条？", C11, "proactive_website", CU),
 cell("cumulative-column", "平潭县人民政府截至2011年政府公报累计公开了多少条", C11, "proactive_gazette", CU),
 cell("colloquial-row", "2011年平潭县政府因为信息公开被人告上法院了吗？行政诉讼几件", C11, "admin_litigation"),
 cell("staff-exact-lookup", "平潭县人民政府2011 其它形式申请数", C11, "req_other"),
 cell("colloquial-row", "平潭县2011年拒绝公开（否决公开）的答复有几条", C11, "reply_refused"),
 lin("difference-stated", "平潭县2011年主动公开的信息里，不是通过网站公开的有多少条？", C11,
     [(1, C11, "proactive_total", TY), (-1, C11, "proactive_website", TY)]),
 lin("cumulative-minus-year", "平潭县人民政府2011年以前（不含2011年）累计主动公开了多少条信息？", C11,
     [(1, C11, "proactive_total", CU), (-1, C11, "proactive_total", TY)]),
 narr("contact-address", "平潭县人民政府办公室的地址在哪里？（2011年报告）", C11, "平潭县翠园南路10号"),
 narr("measure", "2011年平潭县把哪里指定为政府信息公众查阅场所？", C11, "指定县档案馆、图书馆为全县政府公开信息公众查阅场所"),
 narr("problem-named", "平潭县2011年年报说信息公开工作存在的第一个问题是什么？", C11, "一是受人员编制限制"),
 unans("not-in-this-format-result-row", "平潭县2012年依申请公开的答复里属于“信息不存在”的有几件？", C12, 2012, "not_in_this_format",
       note="The pre-2019 统计表 has no 本机关不掌握/信息不存在 row (2021-format T3 row)."),

 # ---------------- pingtan-county_2012 ----------------
 cell("county-full-name", "平潭县人民政府2012年受理依申请公开信息总数是多少？", C12, "requests_total"),
 cell("colloquial-row", "2012年平潭县有多少人是跑到窗口当面申请公开信息的", C12, "req_in_person"),
 cell("colloquial-row", "平潭县2012年发邮件申请信息公开的有几条", C12, "req_email"),
 cell("staff-exact-lookup", "平潭县政府 2012 同意公开答复数", C12, "reply_full"),
 cell("colloquial-row", "平潭县2012年只公开了一部分的答复有几个？", C12, "reply_partial"),
 cell("colloquial-row", "2012年平潭县政府没给公开的答复有多少条", C12, "reply_refused"),
 cell("plain", "平潭县2012年主动公开信息数是多少条？", C12, "proactive_total"),
 cell("plain", "平潭县人民政府2012年网站公开了多少条信息", C12, "proactive_website"),
 cell("cumulative-column", "截至2012年底平潭县主动公开信息历年累计多少？", C12, "proactive_total", CU),
 cell("fax-row", "平潭县2012年通过传真申请政府信息的有几件", C12, "req_fax"),
 lin("year-over-year", "平潭县2012年主动公开信息数比2011年多了多少条？", C12,
     [(1, C12, "proactive_total", TY), (-1, C11, "proactive_total", TY)]),
 pct("share-stated", "平潭县2012年对申请的答复中同意公开的占多大比例？（同意公开答复数/答复数，百分比保留两位小数）", C12,
     [(1, C12, "reply_full", TY)], [(1, C12, "replies_total", TY)]),
 lin("sum-enumerated", "平潭县2012年当面申请和电子邮件申请加起来一共多少件？", C12,
     [(1, C12, "req_in_person", TY), (1, C12, "req_email", TY)]),
 lin("sum-enumerated", "2012年平潭县政府的答复里，部分公开的加上否决公开的一共几条", C12,
     [(1, C12, "reply_partial", TY), (1, C12, "reply_refused", TY)]),
 narr("prose-figure", "平潭县2012年政府信息公开专栏访问量是多少？", C12, "2012年政府信息公开专栏访问量达24745人次"),
 narr("prose-list", "2012年平潭县主动公开信息量比较大的乡镇有哪些", C12, "澳前镇、屿头乡"),
 unans("applicant-type-not-in-format", "平潭县2012年提出信息公开申请的人里，法人或者其他组织有几个？", C12, 2012, "not_in_this_format",
       note="The pre-2019 统计表 counts requests by channel only, not by applicant type."),
 unans("no-such-figure-fee", "平潭县2012年依申请公开收了多少信息处理费？", C12, 2012, "no_such_figure",
       note="The 2012 county table has no 收费 row and the prose says nothing about fees."),

 # ---------------- pingtan-county_2013 ----------------
 cell("county-short-name", "平潭县2013年受理了多少件政府信息公开申请？", C13, "requests_total"),
 cell("cumulative-column", "平潭县2013年统计表中网上申请数的历年累计是多少", C13, "req_online", CU,
      note="Table: 网上 4 this year (cum 4); prose says 网上3/信函4 — the cumulative column only comes from the table."),
 cell("colloquial-row", "平潭县政府2013年用电子邮件提出的申请有几件", C13, "req_email",
      note="Table (and 历年累计 chain 3+3=6) gives 电子邮件 3; the prose does not mention e-mail requests."),
 cell("plain", "平潭县2013年对申请的答复数是多少条？", C13, "replies_total"),
 cell("plain", "平潭县人民政府2013年同意公开答复数", C13, "reply_full"),
 cell("colloquial-row", "2013年平潭县部分同意公开的答复有几条", C13, "reply_partial"),
 cell("cumulative-column", "到2013年底平潭县累计受理了多少信息公开申请", C13, "requests_total", CU),
 cell("plain", "2013年平潭县主动公开信息多少条", C13, "proactive_total"),
 cell("cumulative-column", "平潭县2013年网站公开历年累计", C13, "proactive_website", CU),
 cell("cumulative-column", "平潭县截至2013年当面申请一共累计多少件？", C13, "req_in_person", CU),
 lin("difference-stated", "平潭县2013年受理的申请中还有多少件没有答复？（受理数减答复数）", C13,
     [(1, C13, "requests_total", TY), (-1, C13, "replies_total", TY)]),
 lin("year-over-year-decrease", "平潭县2013年受理的依申请公开比2012年少了几件？", C13,
     [(1, C12, "requests_total", TY), (-1, C13, "requests_total", TY)]),
 pct("share-stated", "平潭县2013年答复数占受理数的百分之几？保留两位小数", C13,
     [(1, C13, "replies_total", TY)], [(1, C13, "requests_total", TY)]),
 narr("prose-figure", "平潭县2013年的公众查阅点汇集了多少个单位的信息？", C13, "目前已汇集了48个单位的主动公开的政府信息"),
 narr("prose-list", "2013年平潭县主动公开信息量较大的部门有哪些？", C13, "县环境国土资源局、公安局、卫生局、县供电公司"),
 unans("applicant-type-not-in-format", "平潭县2013年申请人中自然人有多少？", C13, 2013, "not_in_this_format",
       note="No applicant breakdown in the pre-2019 table."),

 # ---------------- pingtan_2012 (平潭综合实验区) ----------------
 cell("zone-full-name", "平潭综合实验区2012年统计表里的主动公开信息数是多少？", Z12, "proactive_total",
      note="Prose says 1913; the 统计表 says 739. Gold = table; the question names the table."),
 cell("cumulative-column", "平潭综合实验区2012年主动公开信息历年累计多少条", Z12, "proactive_total", CU),
 cell("zone-guanweihui", "平潭管委会2012年受理的依申请公开信息总数", Z12, "requests_total"),
 cell("colloquial-row", "平潭综合实验区2012年有人举报或者申诉吗，统计表里行政申诉、举报数是多少", Z12, "admin_appeal_report"),
 cell("typo", "平潭综合试验区2012年同意公开答复数是多少？", Z12, "reply_full"),
 lin("year-over-year", "平潭综合实验区2012年统计表中的主动公开信息数比2011年多了多少条？", Z12,
     [(1, Z12, "proactive_total", TY), (-1, Z11, "proactive_total", TY)]),
 narr("prose-figure", "平潭2012年新浪官方微博发了多少条微博？", Z12, "新浪中国平潭官方微博共发布微博1288条",
      note="Only the 实验区 report mentions the Weibo account, so '平潭' is not ambiguous here."),
 narr("contact-phone", "平潭综合实验区管委会信息公开办2012年的联系电话", Z12, "电话：23158668"),
 narr("prose-figure", "2012年中国平潭网和区行政服务中心网上审批累计收件、办结各多少件？", Z12, "累计收件9898件，累计办结9542件"),
 narr("prose-vs-table", "平潭综合实验区2012年报告正文里说主动公开了多少条政府信息？", Z12, "2012年主动公开政府信息1913条",
      note="The prose figure differs from the table's 739."),
 narr("plan-for-next-year", "平潭综合实验区2012年报告提出要在哪里增设集中查询窗口？", Z12, "在区行政服务中心增设集中查询窗口"),
 unans("not-in-this-format-result-row", "平潭综合实验区2012年不予公开的申请中属于国家秘密的有几件？", Z12, 2012, "not_in_this_format",
       note="Reason breakdown of 不予公开 exists only in the 2019/2021 national tables."),

 # ---------------- pingtan_2013 (平潭综合实验区) ----------------
 cell("zone-full-name", "平潭综合实验区2013年统计表主动公开信息数填的是多少", Z13, "proactive_total",
      note="Prose says 4970; the table says 72804. Gold = table."),
 cell("cumulative-column", "平潭综合实验区2013年主动公开历年累计", Z13, "proactive_total", CU),
 cell("staff-exact-lookup", "平潭综合实验区2013年统计表中行政复议数（本年度）是几件？", Z13, "admin_review",
      note="The table prints 0 while the prose says one 行政复议 application was received; the question asks for the table cell."),
 cell("zone-guanweihui", "平潭管委会2013年受理依申请公开信息总数", Z13, "requests_total"),
 cell("colloquial-row", "2013年平潭实验区网上申请信息公开的有几件", Z13, "req_online"),
 cell("plain", "平潭综合实验区2013年对申请的答复总数", Z13, "replies_total"),
 lin("cumulative-diff-across-years", "平潭综合实验区统计表的主动公开历年累计，2013年比2012年增加了多少条？", Z13,
     [(1, Z13, "proactive_total", CU), (-1, Z12, "proactive_total", CU)],
     note="Equals 72065, not the 2013 本年度 72804: the report's cumulative does not chain exactly."),
 narr("prose-figure", "2013年平潭综合实验区政府信息公开专栏访问量", Z13, "2013年政府信息公开专栏访问量达196022人次"),
 narr("prose-vs-table", "平潭综合实验区2013年年报正文说全年主动公开了多少条？", Z13, "2013年主动公开政府信息4970条"),
 narr("prose-only-fact", "平潭综合实验区2013年收到过政府信息公开方面的行政复议申请吗", Z13, "收到1份有关政府信息公开行政复议申请"),
 unans("body-not-indexed-same-words", "平潭综合实验区地方税务局2013年政府信息公开年报里主动公开了多少条？", None, 2013, "body_not_indexed",
       note="A real report of this bureau exists in the source archive but is not in the corpus."),

 # ---------------- pingtan_2014 ----------------
 cell("zone-guanweihui", "平潭综合实验区管委会2014年主动公开文件数", Z14, "proactive_total"),
 cell("cumulative-column", "平潭2014年主动公开文件历年累计多少条？", Z14, "proactive_total", CU,
      note="Only the 实验区 has a 2014 report in the corpus."),
 cell("plain", "2014年平潭综合实验区受理了几件依申请公开", Z14, "requests_total"),
 cell("colloquial-row", "平潭实验区2014年写信或者发传真来申请公开的有几件", Z14, "req_letter_fax"),
 cell("plain", "平潭综合实验区2014年同意公开答复数是多少", Z14, "reply_full"),
 cell("fee-row", "平潭综合实验区2014年政府信息公开收费减免金额是多少元？", Z14, "fee_waiver_amount"),
 cell("colloquial-row", "2014年平潭综合实验区不予公开的答复有几条", Z14, "reply_refused"),
 cell("staff-exact-lookup", "平潭管委会2014 其他类型答复数", Z14, "reply_other"),
 cell("odd-label-row", "平潭综合实验区2014年统计表里“接受行政诉讼、举报数”是多少件", Z14, "litigation_report"),
 lin("cumulative-diff-across-years", "平潭综合实验区主动公开历年累计，2014年底比2013年底多了多少条？", Z14,
     [(1, Z14, "proactive_total", CU), (-1, Z13, "proactive_total", CU)]),
 lin("year-over-year-decrease", "平潭综合实验区2014年主动公开文件数比2013年统计表的主动公开信息数少了多少条？", Z14,
     [(1, Z13, "proactive_total", TY), (-1, Z14, "proactive_total", TY)],
     note="Uses the 2013 table's 72804 (the 2013 prose says 4970); the question names the 统计表."),
 narr("prose-figure", "平潭2014年区县已入驻审批服务的部门和单位有多少个", Z14, "区县已入驻审批服务部门和单位13个"),
 narr("measure", "平潭综合实验区2014年权力运行网上公开试点单位简称什么？", Z14, "“四局三中心”"),
 narr("fee-prose", "平潭综合实验区2014年依申请公开收费吗？", Z14, "依申请提供政府信息暂不收费"),
 unans("not-in-this-format-review-result", "平潭综合实验区2014年行政复议结果被纠正的有几件？", Z14, 2014, "not_in_this_format",
       note="The legacy table has only a 行政复议数 total (0); results (维持/纠正…) are a 2019+ T4 breakdown. A reply that deduces 0 from the zero total and says the breakdown is not reported is acceptable; a bare '0' from an invented row is not."),

 # ---------------- pingtan_2016 ----------------
 cell("plain", "平潭综合实验区2016年主动公开文件数是多少条？", Z16, "proactive_total"),
 cell("cumulative-column", "平潭实验区2016年主动公开历年累计", Z16, "proactive_total", CU),
 cell("plain", "2016年平潭综合实验区政府公报公开数", Z16, "proactive_gazette"),
 cell("colloquial-row", "平潭2016年有人申请公开政府信息吗？受理了几件", Z16, "requests_total"),
 cell("fee-row", "平潭综合实验区2016年收费减免金额", Z16, "fee_waiver_amount"),
 cell("colloquial-row", "2016年平潭综合实验区因为信息公开吃了几场官司？", Z16, "admin_litigation"),
 lin("cumulative-diff-across-years", "按统计表历年累计，平潭综合实验区从2014年底到2016年底新增主动公开多少条？", Z16,
     [(1, Z16, "proactive_total", CU), (-1, Z14, "proactive_total", CU)]),
 lin("year-over-year", "平潭综合实验区2016年主动公开文件数比2014年多多少？", Z16,
     [(1, Z16, "proactive_total", TY), (-1, Z14, "proactive_total", TY)]),
 narr("prose-figure", "平潭综合实验区2016年梳理了多少项行政权力事项？", Z16, "完成梳理行政权力事项3646项"),
 narr("contact-address", "平潭综合实验区2016年信息公开办公地址在哪", Z16, "北厝镇竹屿口现场指挥部"),
 narr("prose-figure", "平潭综合实验区2016年发布了多少期安全生产信息简报", Z16, "共发布了40期安全生产信息简报"),
 unans("year-not-indexed", "平潭综合实验区2015年主动公开了多少条政府信息？", None, 2015, "year_not_indexed",
       note="The 2015 report exists in the source archive but is not in the corpus."),
 unans("not-in-this-format-applicant", "平潭综合实验区2014年那件信息公开申请是自然人还是企业提出的？自然人有几件", Z14, 2014, "not_in_this_format",
       note="1 request in 2014; the legacy table counts requests by channel only, never by applicant type."),
 unans("not-in-this-format-T2-row", "平潭综合实验区2016年主动公开的行政处罚本年处理决定数量是多少？", Z16, 2016, "not_in_this_format",
       note="行政处罚 处理决定数量 is a 2019/2021 T2 row; the 2016 report has no such figure."),

 # ---------------- pingtan_2018 ----------------
 cell("plain", "平潭综合实验区2018年主动公开文件数", Z18, "proactive_total"),
 cell("cumulative-column", "平潭综合实验区2018年统计表主动公开历年累计是多少？", Z18, "proactive_total", CU,
      note="Printed 12106; does not chain with 2016's 85376 (see gold notes) but is what the print says."),
 cell("plain", "平潭2018年政府网站公开数多少条", Z18, "proactive_website"),
 cell("plain", "平潭综合实验区2018年受理依申请公开信息总数", Z18, "requests_total"),
 cell("colloquial-row", "平潭实验区2018年拒绝公开的答复有几条", Z18, "reply_refused"),
 cell("plain", "平潭综合实验区2018年行政复议数", Z18, "admin_review"),
 lin("year-over-year-decrease", "平潭综合实验区2018年主动公开文件数比2016年少了多少条？", Z18,
     [(1, Z16, "proactive_total", TY), (-1, Z18, "proactive_total", TY)]),
 lin("sum-enumerated-years", "平潭综合实验区2014年、2016年、2018年三年主动公开文件数加起来是多少？", Z18,
     [(1, Z14, "proactive_total", TY), (1, Z16, "proactive_total", TY), (1, Z18, "proactive_total", TY)]),
 narr("prose-figure", "平潭2018年各部门一共开了多少个新媒体账号？", Z18, "我区各部门共开设新媒体数量70个"),
 narr("prose-figure", "2018年平潭12345便民服务平台收到多少咨询投诉件，办结多少？", Z18, "收到15564件咨询投诉件，已办结15042件"),
 narr("contact-address", "平潭综合实验区管委会办公室2018年的联系地址", Z18, "金井湾片区管委会大楼主楼14层"),
 unans("row-absent-this-year", "平潭综合实验区2018年政府信息公开收费减免金额是多少？", Z18, 2018, "no_such_figure",
       note="2014 and 2016 tables have this row; the 2018 table and text do not."),
 unans("not-in-this-format-carryover", "平潭综合实验区2018年上年结转的政府信息公开申请有几件", Z18, 2018, "not_in_this_format",
       note="上年结转 is a 2019+/2021 T3 row."),

 # ---------------- bodies / years / figures not in the corpus ----------------
 unans("body-not-indexed-county-dept", "平潭县公安局2012年政府信息公开年报里主动公开了多少条？", None, 2012, "body_not_indexed"),
 unans("body-not-indexed-zone-dept", "平潭综合实验区财政金融局2018年主动公开了多少条信息", None, 2018, "body_not_indexed"),
 unans("body-not-indexed-neighbour", "福清市2016年政府信息公开年报主动公开多少条？", None, 2016, "body_not_indexed"),
 unans("body-not-indexed-township", "平潭县潭城镇人民政府2013年受理了几件信息公开申请", None, 2013, "body_not_indexed",
       note="潭城镇 is named in the county reports, but it has no report of its own here."),
 unans("body-not-indexed-neighbour", "福州市长乐区2014年政府信息公开工作年度报告里依申请公开多少件？", None, 2014, "body_not_indexed"),
 unans("year-not-indexed", "平潭综合实验区2017年政府信息公开年报主动公开了多少条", None, 2017, "year_not_indexed"),
 unans("year-not-indexed", "平潭县人民政府2010年政府信息公开工作年度报告中主动公开信息数是多少？", None, 2010, "year_not_indexed"),
 unans("no-such-figure-staff", "平潭县2011年专门负责政府信息公开的工作人员有多少名？", C11, 2011, "no_such_figure",
       note="The report only says staff work part-time (兼职); no count."),
 unans("no-such-figure-budget", "平潭综合实验区2014年政府信息公开工作经费预算是多少？", Z14, 2014, "no_such_figure"),
 unans("not-in-this-format-litigation-result", "平潭综合实验区2016年行政诉讼结果维持的有几件？", Z16, 2016, "not_in_this_format",
       note="Only a 行政诉讼数 total (0) exists in the legacy table; see the note on the 2014 review-result item."),

 # ---------------- ambiguous ----------------
 amb("bare-pingtan-two-bodies", "平潭2012年主动公开了多少条政府信息？", 2012,
     "Both 平潭综合实验区 (table 739 / prose 1913) and 平潭县人民政府 (2026) have 2012 reports with different figures."),
 amb("bare-pingtan-two-bodies", "平潭2013年收到几件政府信息公开申请？", 2013,
     "平潭综合实验区 2013: 0; 平潭县人民政府 2013: 7."),
 amb("no-body", "2012年依申请公开的答复总数是多少？", 2012,
     "No body named; two 2012 reports in the corpus (实验区 0, 平潭县 21)."),
 amb("bare-pingtan-two-bodies", "平潭2012年政府信息公开专栏访问量有多少人次", 2012,
     "实验区 says 72065, 平潭县 says 24745."),

 # ---------------- follow-ups ----------------
 fu("followup-row-then-year", [
    {"question": "平潭县2012年受理了多少件依申请公开？", "report": C12, "ref": {"row": "requests_total", "column": TY}},
    {"question": "其中当面申请的呢", "report": C12, "ref": {"row": "req_in_person", "column": TY}},
    {"question": "那2013年呢？", "report": C13, "ref": {"row": "req_in_person", "column": TY}}]),
 fu("followup-column-then-year", [
    {"question": "平潭综合实验区2014年主动公开文件数是多少", "report": Z14, "ref": {"row": "proactive_total", "column": TY}},
    {"question": "历年累计呢？", "report": Z14, "ref": {"row": "proactive_total", "column": CU}},
    {"question": "2016年的累计呢", "report": Z16, "ref": {"row": "proactive_total", "column": CU}}]),
 fu("followup-row-then-column", [
    {"question": "平潭县2013年对申请的答复数有多少？", "report": C13, "ref": {"row": "replies_total", "column": TY}},
    {"question": "同意部分公开的呢", "report": C13, "ref": {"row": "reply_partial", "column": TY}},
    {"question": "累计呢", "report": C13, "ref": {"row": "reply_partial", "column": CU}}]),
 fu("followup-after-unanswerable-year", [
    {"question": "平潭综合实验区2015年主动公开了多少条？", "report": None, "year": 2015, "unanswerable": "year_not_indexed"},
    {"question": "那2016年呢", "report": Z16, "ref": {"row": "proactive_total", "column": TY}}]),
 fu("followup-after-unanswerable-body", [
    {"question": "平潭县公安局2012年收到几件信息公开申请？", "report": None, "year": 2012, "unanswerable": "body_not_indexed"},
    {"question": "那平潭县政府呢？", "report": C12, "ref": {"row": "requests_total", "column": TY}}]),
 fu("followup-derived-yoy", [
    {"question": "平潭县2011年主动公开信息多少条", "report": C11, "ref": {"row": "proactive_total", "column": TY}},
    {"question": "2012年比它多了多少？", "report": C12,
     "ref": {"op": "lin", "terms": [(1, C12, "proactive_total", TY), (-1, C11, "proactive_total", TY)]}, "unit": "条"}]),
 fu("followup-row-then-unanswerable-format", [
    {"question": "平潭实验区2018年行政复议数多少", "report": Z18, "ref": {"row": "admin_review", "column": TY}},
    {"question": "行政诉讼呢", "report": Z18, "ref": {"row": "admin_litigation", "column": TY}},
    {"question": "其中法院判决纠正的有几件？", "report": Z18, "year": 2018, "unanswerable": "not_in_this_format"}]),
 fu("followup-year-then-column", [
    {"question": "平潭县2012年电子邮件申请有几件？", "report": C12, "ref": {"row": "req_email", "column": TY}},
    {"question": "2013年呢", "report": C13, "ref": {"row": "req_email", "column": TY}},
    {"question": "历年累计是多少", "report": C13, "ref": {"row": "req_email", "column": CU}}]),
 fu("followup-body-switch-then-diff", [
    {"question": "平潭综合实验区2012年统计表里主动公开信息数是多少？", "report": Z12, "ref": {"row": "proactive_total", "column": TY}},
    {"question": "平潭县同一年呢", "report": C12, "ref": {"row": "proactive_total", "column": TY}},
    {"question": "两个差多少", "report": C12,
     "ref": {"op": "lin", "terms": [(1, C12, "proactive_total", TY), (-1, Z12, "proactive_total", TY)]}, "unit": "条"}]),
 fu("followup-year-to-missing-row", [
    {"question": "平潭综合实验区2014年收费减免金额是多少", "report": Z14, "ref": {"row": "fee_waiver_amount", "column": TY}},
    {"question": "2018年呢？", "report": Z18, "year": 2018, "unanswerable": "no_such_figure"}],
    note="The 2018 table has no 收费减免金额 row."),
 fu("followup-unanswerable-middle", [
    {"question": "平潭县2013年受理依申请公开多少件", "report": C13, "ref": {"row": "requests_total", "column": TY}},
    {"question": "申请人里企业有几个", "report": C13, "year": 2013, "unanswerable": "not_in_this_format"},
    {"question": "那网上申请的呢", "report": C13, "ref": {"row": "req_online", "column": TY},
     "note": "Table says 4 (prose says 3)."}]),
 fu("followup-year-gap", [
    {"question": "平潭实验区2016年主动公开多少条", "report": Z16, "ref": {"row": "proactive_total", "column": TY}},
    {"question": "2017年呢", "report": None, "year": 2017, "unanswerable": "year_not_indexed"},
    {"question": "2018年呢", "report": Z18, "ref": {"row": "proactive_total", "column": TY}}]),
 # ---------------- added derived / rankings ----------------
 pct("share-stated", "平潭县2013年主动公开的信息中网站公开占百分之几？（保留两位小数）", C13,
     [(1, C13, "proactive_website", TY)], [(1, C13, "proactive_total", TY)]),
 pct("share-stated", "平潭县2012年网站公开的信息占主动公开信息数的比例是多少（%，两位小数）", C12,
     [(1, C12, "proactive_website", TY)], [(1, C12, "proactive_total", TY)],
     note="Table's 网站+公报 does not add up to 主动公开 in 2012; the share is computed as asked."),
 rank("ranking-max", "平潭县2011、2012、2013这三年里，主动公开信息最多的一年公开了多少条？", C12,
     [(1, C11, "proactive_total", TY), (1, C12, "proactive_total", TY), (1, C13, "proactive_total", TY)]),
 rank("ranking-max", "平潭综合实验区2014年、2016年、2018年中主动公开文件数最多的是哪年？是多少条", Z16,
     [(1, Z14, "proactive_total", TY), (1, Z16, "proactive_total", TY), (1, Z18, "proactive_total", TY)]),
 lin("year-over-year-decrease", "平潭县2013年主动公开信息比2012年少了多少条", C13,
     [(1, C12, "proactive_total", TY), (-1, C13, "proactive_total", TY)]),
 lin("sum-enumerated-years", "平潭县2011年到2013年三年一共受理了多少件信息公开申请？", C13,
     [(1, C11, "requests_total", TY), (1, C12, "requests_total", TY), (1, C13, "requests_total", TY)]),

 # ---------------- more follow-ups ----------------

 fu("followup-year-then-body", [
    {"question": "平潭县2012年否决公开答复数是多少", "report": C12, "ref": {"row": "reply_refused", "column": TY}},
    {"question": "2011年呢", "report": C11, "ref": {"row": "reply_refused", "column": TY}},
    {"question": "实验区那年呢？", "report": Z11, "ref": {"row": "reply_refused", "column": TY}}]),
 fu("followup-cumulative-then-derived", [
    {"question": "平潭综合实验区2013年主动公开历年累计多少", "report": Z13, "ref": {"row": "proactive_total", "column": CU}},
    {"question": "比2012年的累计多多少？", "report": Z13,
     "ref": {"op": "lin", "terms": [(1, Z13, "proactive_total", CU), (-1, Z12, "proactive_total", CU)]}, "unit": "条"}]),
]

# ---------------- paraphrase groups (16 x 5) ----------------
def g(name, ref_kind, rep, ref, qs, unit="条", note=None):
    return {"group": name, "kind": ref_kind, "report": rep, "ref": ref, "questions": qs, "unit": unit, "note": note}

R = lambda row, col=TY: {"row": row, "column": col}
PARA = [
 g("c-p01", "cell", C12, R("requests_total"), [
    ("fullwidth-digits", "平潭县２０１２年受理依申请公开信息总数是多少？"),
    ("chinese-numeral-year", "平潭县二〇一二年一共受理了多少件信息公开申请"),
    ("keyword-only", "平潭县 2012 依申请公开 受理数"),
    ("irrelevant-clause-first", "我在写一篇关于海岛县治理的论文，想问平潭县政府2012年受理了多少政府信息公开申请？"),
    ("typo", "平谭县2012年受理依申请公开信息总数")]),
 g("c-p02", "cell", C12, R("reply_full"), [
    ("year-at-end", "平潭县同意公开的答复有多少条，2012年"),
    ("colloquial-row", "2012年平潭县政府对申请人说“可以公开”的答复有几条？"),
    ("fullwidth-digits", "平潭县人民政府２０１２年同意公开答复数"),
    ("chinese-numeral-year", "二零一二年平潭县同意公开的答复数是多少"),
    ("typo", "平潭县2012年同意公开答服数是多少？")]),
 g("c-p03", "cell", Z14, R("proactive_total"), [
    ("plain", "平潭综合实验区2014年主动公开了多少条政府信息？"),
    ("fullwidth-digits", "平潭综合实验区２０１４年主动公开文件数"),
    ("year-without-nian", "平潭管委会2014主动公开文件数是多少"),
    ("irrelevant-clause-first", "听说平潭2014年搞了封关运作，那一年平潭综合实验区主动公开文件有多少条？"),
    ("typo", "平潭综合试验区2014年主动公开文件数")]),
 g("c-p04", "cell", Z16, R("proactive_total", CU), [
    ("plain", "平潭综合实验区2016年主动公开文件历年累计是多少？"),
    ("chinese-numeral-year", "平潭综合实验区二〇一六年主动公开文件数的历年累计"),
    ("keyword-only", "平潭实验区 2016 主动公开 历年累计"),
    ("colloquial", "到2016年为止平潭综合实验区一共累计主动公开过多少条文件？"),
    ("year-at-end", "平潭综合实验区主动公开文件累计数，2016年度")]),
 g("c-p05", "cell", C13, R("requests_total"), [
    ("plain", "平潭县人民政府2013年受理依申请公开信息总数是多少？"),
    ("fullwidth-digits", "平潭县２０１３年收到几件信息公开申请"),
    ("chinese-numeral-year", "平潭县政府二零一三年受理了多少条依申请公开"),
    ("keyword-only", "平潭县 2013 受理依申请公开 总数"),
    ("typo", "平潭县2013年受理依申情公开信息总数")]),
 g("c-p06", "cell", Z18, R("proactive_total"), [
    ("plain", "平潭综合实验区2018年主动公开文件数是多少条？"),
    ("fullwidth-digits", "平潭综合实验区２０１８年主动公开了多少条文件"),
    ("short-body-name", "平潭实验区18年主动公开多少条"),
    ("irrelevant-clause-first", "新条例还没出台的那一年，也就是2018年，平潭综合实验区主动公开文件数是多少？"),
    ("chinese-numeral-year", "二〇一八年平潭综合实验区主动公开文件数")]),
 g("c-p07", "cell", C11, R("proactive_total"), [
    ("plain", "平潭县人民政府2011年主动公开信息数是多少？"),
    ("fullwidth-digits", "平潭县２０１１年主动公开信息多少条"),
    ("chinese-numeral-year", "平潭县二〇一一年主动公开了多少条政府信息"),
    ("keyword-only", "平潭县政府 2011 主动公开信息数"),
    ("typo", "平潭县2011年主动公升信息数是多少")]),
 g("c-p08", "cell", Z12, R("proactive_total"), [
    ("plain", "平潭综合实验区2012年统计表中主动公开信息数是多少？"),
    ("fullwidth-digits", "平潭综合实验区２０１２年统计表主动公开信息数"),
    ("year-at-end", "平潭综合实验区统计表里的主动公开信息数，2012年"),
    ("keyword-only", "平潭综合实验区 2012 统计表 主动公开信息数"),
    ("typo", "平潭综合实验去2012年统计表中主动公开信息数是多少")],
    note="Prose says 1913; every paraphrase names the 统计表 (739)."),
 g("c-p09", "cell", C13, R("replies_total"), [
    ("plain", "平潭县2013年对申请的答复数是多少？"),
    ("chinese-numeral-year", "平潭县二〇一三年答复了多少件申请"),
    ("fullwidth-digits", "平潭县人民政府２０１３年对申请的答复数"),
    ("irrelevant-clause-first", "我2013年也给平潭县政府写过申请，想知道那年平潭县对申请一共答复了多少条？"),
    ("keyword-only", "平潭县 2013 答复数")]),
 g("c-p10", "cell", Z14, R("req_letter_fax"), [
    ("plain", "平潭综合实验区2014年信函、传真申请数是多少？"),
    ("colloquial-row", "2014年平潭实验区有几件申请是写信或传真寄来的"),
    ("fullwidth-digits", "平潭综合实验区２０１４年信函传真申请数"),
    ("year-without-nian", "平潭管委会2014信函、传真申请有几件"),
    ("typo", "平潭综合实验区2014年信涵、传真申请数")]),
 g("c-p11", "cell", C12, R("req_in_person"), [
    ("plain", "平潭县2012年当面申请数是多少？"),
    ("colloquial-row", "2012年平潭县有几个人是亲自上门申请公开信息的"),
    ("fullwidth-digits", "平潭县２０１２年当面申请数"),
    ("chinese-numeral-year", "平潭县政府二〇一二年当面申请了多少件"),
    ("keyword-only", "平潭县 2012 当面申请")]),
 g("c-p12", "derived", C12, {"op": "lin", "terms": [(1, C12, "proactive_total", TY), (-1, C11, "proactive_total", TY)]}, [
    ("plain", "平潭县2012年主动公开信息数比2011年增加了多少条？"),
    ("fullwidth-digits", "平潭县２０１２年主动公开信息比２０１１年多多少条"),
    ("chinese-numeral-year", "平潭县二〇一二年主动公开的信息比二〇一一年多了几条"),
    ("colloquial", "平潭县政府主动公开的信息，12年比11年涨了多少条？"),
    ("irrelevant-clause-first", "对比一下平潭县这两年的情况：2012年主动公开信息数较2011年增加多少条？")]),
 g("c-p13", "cell", Z13, R("proactive_total", CU), [
    ("plain", "平潭综合实验区2013年主动公开信息历年累计是多少？"),
    ("fullwidth-digits", "平潭综合实验区２０１３年主动公开历年累计"),
    ("chinese-numeral-year", "平潭综合实验区二〇一三年主动公开信息数的历年累计是多少"),
    ("keyword-only", "平潭实验区 2013 主动公开 累计"),
    ("typo", "平潭综合实验区2013年主动公开信息历年累积是多少")]),
 g("c-p14", "cell", C13, R("reply_partial"), [
    ("plain", "平潭县2013年同意部分公开答复数是多少？"),
    ("colloquial-row", "2013年平潭县只给公开了一部分的答复有几条"),
    ("fullwidth-digits", "平潭县２０１３年同意部分公开答复数"),
    ("year-at-end", "平潭县人民政府同意部分公开的答复数，2013"),
    ("typo", "平潭县2013年同意部份公开答复数")]),
 g("c-p15", "derived", Z16, {"op": "lin", "terms": [(1, Z16, "proactive_total", TY), (-1, Z14, "proactive_total", TY)]}, [
    ("plain", "平潭综合实验区2016年主动公开文件数比2014年多了多少条？"),
    ("fullwidth-digits", "平潭综合实验区２０１６年比２０１４年主动公开文件多多少"),
    ("chinese-numeral-year", "平潭综合实验区二〇一六年主动公开文件数比二〇一四年增加了多少"),
    ("short-body-name", "平潭实验区16年主动公开比14年多几条"),
    ("irrelevant-clause-first", "不算2015年，平潭综合实验区2016年主动公开文件数和2014年相比多了多少条？")]),
 g("c-p16", "cell", C12, R("reply_refused"), [
    ("plain", "平潭县2012年否决公开答复数是多少？"),
    ("colloquial-row", "2012年平潭县政府拒绝公开的有几件"),
    ("fullwidth-digits", "平潭县２０１２年否决公开答复数"),
    ("chinese-numeral-year", "平潭县二零一二年不给公开的答复有多少条"),
    ("typo", "平潭县2012年否绝公开答复数是多少")]),
]
