# One-off writer of gold/*.json. Values below were transcribed by hand from the report texts
# (/work/shared/corpus/<stem>.txt); run-together runs were split as explained in each file's notes.
import json, os
C = "this_year"; K = "cumulative"
COLS = {"this_year": "本年度（20xx年度）", "cumulative": "历年累计"}

def rows(spec):
    cells, labels = {}, {}
    for key, label, ty, cu in spec:
        cells[key] = {C: ty, K: cu}
        labels[key] = label
    return cells, labels

def write(stem, issuer, year, spec, units, notes):
    cells, labels = rows(spec)
    d = {"file": stem + ".txt", "issuer": issuer, "year": year, "format": "pre_2019",
         "cells": {"stats": cells}, "labels": labels, "column_labels": {C: f"{year}年度", K: "历年累计"},
         "units": units, "notes": notes}
    json.dump(d, open(f"gold/{stem}.json", "w"), ensure_ascii=False, indent=1)

# ---- 2011 layout (both bodies) ----
def spec2011(v):
    keys = [("proactive_total", "主动公开信息数"), ("proactive_website", "其中：1.网站公开"),
            ("proactive_gazette", "2.政府公报公开"), ("requests_total", "受理依申请公开信息总数"),
            ("req_in_person", "其中：1.当面申请数"), ("req_fax", "2.传真申请数"), ("req_email", "3.电子邮件申请数"),
            ("req_online", "4.网上申请数"), ("req_letter", "5.信函申请数"), ("req_other", "6.其它形式申请数"),
            ("replies_total", "对申请的答复数"), ("reply_full", "其中：1.同意公开答复数"),
            ("reply_partial", "2.同意部分公开答复数"), ("reply_refused", "3.否决公开答复数"),
            ("admin_review", "行政复议数"), ("admin_litigation", "行政诉讼数"), ("admin_appeal", "行政申诉数")]
    return [(k, l, a, b) for (k, l), (a, b) in zip(keys, v)]

U2011 = {k: "条" for k, _ in [(x[0], 0) for x in spec2011([(0, 0)] * 17)]}

v11 = [(425, 1516), (418, 1509), (7, 7)] + [(0, 0)] * 14
write("pingtan_2011", "平潭综合实验区（管委会）", 2011, spec2011(v11), U2011,
      "Table printed as 附件1：平潭综合实验区管委会2011年政府信息公开情况统计表; numbers space-separated, every cell read directly. "
      "Checks: 网站418+公报7 = 主动公开425; 1509+7 = 1516; all application/reply/review rows 0, matching the text "
      "'2011年全区未收到有关政府信息公开的申请'. Prose: 主动公开政府信息425条 = table. The table is identical, figure for figure, "
      "to the 平潭县人民政府 2011 table (pingtan-county_2011). Units: 条 for every row (also 行政复议/诉讼/申诉).")

write("pingtan-county_2011", "平潭县人民政府", 2011, spec2011(v11), U2011,
      "One-line text, every value pair run together with the next label's number. Splits: '4251516' -> 425|1516 (prose: "
      "主动公开政府信息425条); '41815092.' -> 418|1509 followed by item '2.' (418+7=425, 1509+7=1516; and the 2012 report's "
      "网站公开 cumulative 3304 = 1509+1795); '77' -> 7|7; every other row '00' -> 0|0. Chain to 2012: 1516+2026 = 3542 and "
      "1509+1795 = 3304 and 7+0 = 7 all hold. Same figures as pingtan_2011.txt (space-separated there). No cell unresolved.")

# ---- county 2012 ----
v12c = [(2026, 3542), (1795, 3304), (0, 7), (21, 21), (18, 18), (0, 0), (3, 3), (0, 0), (0, 0), (0, 0),
        (21, 21), (17, 17), (2, 2), (2, 2), (0, 0), (0, 0), (0, 0)]
write("pingtan-county_2012", "平潭县人民政府", 2012, spec2011(v12c), U2011,
      "One-line text, runs split with the 历年累计 chain from 2011 (425|1516, 418|1509, 7|7, rest 0|0): "
      "'20263542' -> 2026|3542 (1516+2026); '17953304' -> 1795|3304 (1509+1795; prose '县政府公开办主动公开信息数为1795条'); "
      "'07' -> 0|7; '2121' -> 21|21 (2|121 would break the chain 0+2 != 121); '1818' -> 18|18; '33' -> 3|3; "
      "'2121' (答复) -> 21|21; '1717' -> 17|17; '22' -> 2|2; '22' -> 2|2; others 0|0. Checks: 18+3 = 21 requests; "
      "17+2+2 = 21 replies. Inconsistency of the print: 网站公开1795 + 公报0 != 主动公开2026 (and 3304+7 != 3542); the prose "
      "gives 2026 as 主动公开 and 1795 as the 县政府公开办 internet figure; the prose also calls the 2+2 replies "
      "'其它公开答复数2条，免于公开答复数2条' where the table has 同意部分公开2 / 否决公开2. No cell unresolved.")

# ---- county 2013 ----
v13c = [(1853, 5395), (1713, 5017), (0, 7), (7, 28), (0, 18), (0, 0), (3, 6), (4, 4), (0, 0), (0, 0),
        (3, 24), (2, 19), (1, 3), (0, 2), (0, 0), (0, 0), (0, 0)]
write("pingtan-county_2013", "平潭县人民政府", 2013, spec2011(v13c), U2011,
      "One-line text, runs split with the chain from 2012 (2026|3542, 1795|3304, 0|7, 21|21, 18|18, 0|0, 3|3, 0, 0, 0, "
      "21|21, 17|17, 2|2, 2|2): '18535395' -> 1853|5395 (3542+1853); '17135017' -> 1713|5017 (3304+1713); '07' -> 0|7; "
      "'728' -> 7|28 (72|8 impossible, cumulative < year); '018' -> 0|18; '36' -> 3|6; '44' -> 4|4; '324' -> 3|24; "
      "'219' -> 2|19; '13' -> 1|3; '02' -> 0|2; others 0|0. Every cumulative = 2012 cumulative + 2013 value. Checks: "
      "0+0+3+4+0+0 = 7 requests; 2+1+0 = 3 replies (only 3 of 7 requests answered, as the prose also says). "
      "Contradiction with the prose: the text says '网上申请数3条，信函申请数4条' while the table has 电子邮件 3 and 网上 4 and 信函 0 "
      "(the chain confirms the table's split: e-mail cumulative 3+3 = 6, online 0+4 = 4). Gold follows the table. "
      "Prose '其它公开答复数1条' vs table 同意部分公开 1. The prose gives no statistical period ('统计期限自至'). "
      "1713+0 != 1853 (网站 + 公报 != 主动公开), as in 2012. No cell unresolved.")

# ---- zone 2012 / 2013 layout ----
def spec1213(v):
    keys = [("proactive_total", "主动公开信息数"), ("proactive_website", "其中：1、网站公开"),
            ("proactive_gazette", "2、政府公报公开"), ("requests_total", "受理依申请公开信息总数"),
            ("req_in_person", "其中：1、当面申请数"), ("req_fax", "2、传真申请数"), ("req_email", "3、电子邮件申请数"),
            ("req_online", "4、网上申请数"), ("req_letter", "5、信函申请数"),
            ("replies_total", "对申请的答复总数"), ("reply_full", "其中：1、同意公开答复数"),
            ("reply_partial", "2、同意部分公开答复数"), ("reply_refused", "3、否决公开答复数"),
            ("admin_review", "行政复议数"), ("admin_litigation", "行政诉讼数"), ("admin_appeal_report", "行政申诉、举报数")]
    return [(k, l, a, b) for (k, l), (a, b) in zip(keys, v)]
U1213 = {k: "条" for k in ["proactive_total", "proactive_website", "proactive_gazette", "requests_total", "req_in_person",
         "req_fax", "req_email", "req_online", "req_letter", "replies_total", "reply_full", "reply_partial", "reply_refused"]}
U1213.update({"admin_review": "件", "admin_litigation": "件", "admin_appeal_report": "件"})

v12 = [(739, 4359), (739, 4359), (0, 0)] + [(0, 0)] * 13
write("pingtan_2012", "平潭综合实验区（管委会）", 2012, spec1213(v12), U1213,
      "Numbers space-separated; every cell read directly ('主动公开信息数 条 739 4359'). No 其它形式申请数 row; the last row is "
      "'行政申诉、举报数' (unit 件). Checks: 739+0 = 739; 4359+0 = 4359; applications/replies/review/litigation all 0 "
      "(prose: '2012年全区未收到有关政府信息公开的申请'). Inconsistencies of the report itself: the prose says "
      "'2012年主动公开政府信息1913条' (1397 区直县直 + 534 乡镇 = 1931, not 1913) while the table says 739; the prose also "
      "says '公开政府信息3636条' on the 中国平潭网. The cumulative does not chain with 2011 (1516+739 = 2255 != 4359). "
      "Gold = the table as printed.")

v13 = [(72804, 76424), (72804, 76424), (0, None)] + [(0, 0)] * 13
write("pingtan_2013", "平潭综合实验区（管委会）", 2013, spec1213(v13), U1213,
      "Numbers space-separated. The row '2、政府公报公开 条 0' prints ONE value for two columns: which cell is missing cannot be "
      "told; by reading order it is given to 本年度 (0) and 历年累计 is recorded as null (blank) — do not ask for either. "
      "Other cells read directly: 主动公开/网站公开 72804 | 76424, all application/reply/review rows 0|0. Inconsistencies: "
      "prose '2013年主动公开政府信息4970条' (3933+1037 = 4970) vs table 72804; 2012 cumulative 4359 + 72804 = 77163 != 76424 "
      "(76424-4359 = 72065); but 2014 cumulative 78967 = 76424 + 2543, so 76424 chains forward. Prose says "
      "'收到1份有关政府信息公开行政复议申请已及时处理' while the table's 行政复议数 is 0|0. Gold = table as printed.")

# ---- zone 2014 / 2016 / 2018 layout ----
def spec1418(v, fee=True):
    keys = [("proactive_total", "主动公开文件数"), ("proactive_website", "其中：1、政府网站公开数"),
            ("proactive_gazette", "2、政府公报公开数"), ("requests_total", "受理依申请公开信息总数"),
            ("req_in_person", "其中：1、当面申请数"), ("req_online", "2、网上申请数"), ("req_letter_fax", "3、信函、传真申请数"),
            ("replies_total", "对申请的答复总数"), ("reply_full", "其中：1、同意公开答复数"),
            ("reply_partial", "2、同意部分公开答复数"), ("reply_refused", "3、不予公开答复数"), ("reply_other", "4、其他类型答复数")]
    if fee:
        keys.append(("fee_waiver_amount", "政府信息公开收费减免金额"))
    keys += [("litigation_report", "接受行政诉讼、举报数"), ("admin_review", "行政复议数"), ("admin_litigation", "行政诉讼数")]
    return [(k, l, a, b) for (k, l), (a, b) in zip(keys, v)]
def u1418(fee=True):
    u = {k: "条" for k in ["proactive_total", "proactive_website", "proactive_gazette", "requests_total", "req_in_person",
         "req_online", "req_letter_fax", "replies_total", "reply_full", "reply_partial", "reply_refused", "reply_other"]}
    if fee: u["fee_waiver_amount"] = "元"
    u.update({"litigation_report": "件", "admin_review": "件", "admin_litigation": "件"})
    return u

v14 = [(2543, 78967), (2543, 78967), (0, 0), (1, 1), (0, 0), (0, 0), (1, 1), (1, 1), (1, 1), (0, 0), (0, 0), (0, 0),
       (0, 0), (0, 0), (0, 0), (0, 0)]
write("pingtan_2014", "平潭综合实验区管委会", 2014, spec1418(v14), u1418(),
      "Numbers space-separated; every cell read directly. Checks: 2543+0 = 2543; requests 0+0+1 = 1; replies 1+0+0+0 = 1; "
      "chain 2013 cumulative 76424 + 2543 = 78967 holds; cumulative requests 0+1 = 1. Prose agrees: '主动公开政府信息 2543条' "
      "(1687+856 = 2543), '收到有关政府信息公开的信函申请1条，已受理回复', '暂不收费'. The first of the three last rows is printed "
      "'接受行政诉讼、举报数' (sic) before 行政复议数 and 行政诉讼数. The page's 来源 says 平潭县人民政府 while the title says 管委会.")

v16 = [(3460, 85376), (3460, 85376)] + [(0, 0)] * 14
write("pingtan_2016", "平潭综合实验区", 2016, spec1418(v16), u1418(),
      "One-line text, runs together: '346085376' -> 3460|85376 (prose '2016年全区主动公开政府信息3460条'; 1822+1638 = 3460); "
      "'3460853762、' -> 3460|85376 then item '2、'; all other rows '00' -> 0|0 (incl. 收费减免金额 元 0|0). "
      "Chain: 78967 (2014) + 2015 (report not in corpus) + 3460 = 85376 implies 2015 = 2949; not checkable here. No cell unresolved.")

v18 = [(2069, 12106), (2069, 12106)] + [(0, 0)] * 13
write("pingtan_2018", "平潭综合实验区", 2018, spec1418(v18, fee=False), u1418(fee=False),
      "One-line text, runs together: '206912106' -> 2069|12106 (prose '2018年全区主动公开政府信息2069条'; 1592+477 = 2069); "
      "'2069121062.' -> 2069|12106 then item '2.'; other rows '00' -> 0|0. No 收费减免金额 row in this year's table. "
      "The cumulative 12106 does NOT chain with 2016's 85376 (it is smaller): the print is kept as is (the digits after "
      "2069 can only be 12106); treat cross-year cumulative arithmetic with 2018 as unreliable. No cell unresolved.")
