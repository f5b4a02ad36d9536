# -*- coding: utf-8 -*-
"""Build blind set 5: computes every expected value from the gold cells and writes set.jsonl and paraphrase.jsonl.

Gold: /work/blind/gold/<stem>.json (all 24 corpus reports have a gold file there; this set adds none).
No expected number is typed anywhere: questions.py holds references only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]

ISSUER_SHORT = {
    "huaian-city": "淮安市人民政府",
    "shuyang-county": "沭阳县人民政府",
    "hongkou-district": "上海市虹口区人民政府",
    "shanghai-municipal-office": "上海市人民政府办公厅",
    "shanghai-stcsm": "上海市科委",
    "hongze-district": "洪泽区人民政府",
    "shuyang-fgj": "沭阳县发改局",
    "pingtan": "平潭综合实验区",
    "pingtan-county": "平潭县人民政府",
}

ROW_LABEL = {
    "new_received": "本年新收", "carried_over_from_last_year": "上年结转", "granted": "予以公开",
    "partially_granted": "部分公开", "denied_state_secret": "不予公开·国家秘密",
    "denied_other_law": "不予公开·其他法律行政法规禁止", "denied_three_security_one_stability": "不予公开·三安全一稳定",
    "denied_third_party_rights": "不予公开·第三方合法权益", "denied_internal_affairs": "不予公开·三类内部事务",
    "denied_process_info": "不予公开·四类过程性信息", "denied_enforcement_case_file": "不予公开·行政执法案卷",
    "denied_admin_query": "不予公开·行政查询事项", "unable_not_held": "无法提供·本机关不掌握",
    "unable_needs_creation": "无法提供·需另行制作", "unable_unclear_after_correction": "无法提供·补正后仍不明确",
    "not_processed_petition_complaint": "不予处理·信访举报投诉", "not_processed_duplicate": "不予处理·重复申请",
    "not_processed_publication": "不予处理·公开出版物", "not_processed_massive_repeated": "不予处理·大量反复申请",
    "not_processed_confirm_or_reissue": "不予处理·确认或重新出具", "other_no_correction_overdue": "其他处理·逾期不补正",
    "other_fee_unpaid_overdue": "其他处理·逾期未缴费", "other_other": "其他处理·其他", "other_processing": "（六）其他处理",
    "results_total": "办理结果总计", "carried_to_next_year": "结转下年度",
    "regulations": "规章", "normative_documents": "行政规范性文件", "administrative_licensing": "行政许可",
    "administrative_penalty": "行政处罚", "administrative_coercion": "行政强制", "administrative_fees": "行政事业性收费",
    "other_external_services": "其他对外管理服务事项", "centralized_procurement": "政府集中采购", "cases": "",
}
COL_LABEL = {
    "natural_person": "自然人", "commercial_enterprise": "商业企业", "research_institution": "科研机构",
    "social_welfare_org": "社会公益组织", "legal_service_org": "法律服务机构", "other_org": "其他组织", "total": "总计",
    "issued": "本年制发", "repealed": "本年废止", "valid": "现行有效", "decisions": "处理决定数",
    "fee_amount": "收费金额(万元)", "new_made": "本年新制作", "new_published": "本年新公开",
    "total_published": "对外公开总数", "previous_year_items": "上一年项目数", "change": "本年增减",
    "procurement_items": "采购项目数", "procurement_amount": "采购总金额(元)",
    "this_year": "本年度", "cumulative": "历年累计",
}
BLOCK_LABEL = {"review": "行政复议", "litigation_direct": "直接起诉", "litigation_after_review": "复议后起诉"}
T4_SUB = {"maintained": "结果维持", "corrected": "结果纠正", "other_result": "其他结果", "pending": "尚未审结",
          "total": "总计"}

_gold_cache = {}


def gold(stem):
    if stem not in _gold_cache:
        for d in GOLD_DIRS:
            p = os.path.join(d, stem + ".json")
            if os.path.exists(p):
                _gold_cache[stem] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit("no gold for " + stem)
    return _gold_cache[stem]


def body_of(stem):
    return stem.rsplit("_", 1)[0]


def year_of(stem):
    return gold(stem)["year"]


def value(ref):
    stem, t, r, c = ref
    v = gold(stem)["cells"][t][r][c]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise SystemExit("cell %r is not a determined number: %r" % (ref, v))
    return v


def label(ref):
    stem, t, r, c = ref
    if t == "T4":
        b, s = c.split(".")
        lab = "%s·%s" % (BLOCK_LABEL[b], T4_SUB[s])
    elif t == "stats":
        lab = "%s·%s" % (gold(stem)["labels"][r], COL_LABEL[c])
    else:
        lab = "%s·%s" % (ROW_LABEL[r], COL_LABEL[c])
    return "%s%d %s %s" % (ISSUER_SHORT[body_of(stem)], year_of(stem), t, lab)


def num(x):
    if isinstance(x, float) and x == int(x):
        return int(x)
    return x


def compute(spec):
    a = [value(r) for r in spec["a"]]
    b = [value(r) for r in spec.get("b", [])]
    op = spec["op"]
    dec = spec.get("dec")
    terms_a = " + ".join("%s (%s)" % (label(r), num(v)) for r, v in zip(spec["a"], a))
    terms_b = " + ".join("%s (%s)" % (label(r), num(v)) for r, v in zip(spec.get("b", []), b))
    if op == "sum":
        val = sum(a)
        f = "%s = %s" % (terms_a, num(val))
    elif op == "diff":
        val = sum(a) - sum(b)
        f = "%s − %s = %s" % (terms_a, terms_b, num(val))
    elif op in ("share", "pct_change"):
        num_ = sum(a) if op == "share" else sum(a) - sum(b)
        den = sum(b)
        raw = num_ * 100.0 / den
        if dec is None:
            if abs(raw - round(raw, 4)) > 1e-9:
                raise SystemExit("share without rounding is not exact: %r" % spec)
            val = round(raw, 4)
        else:
            val = round(raw + 1e-12, dec)
        if op == "share":
            f = "(%s) ÷ (%s) × 100 = %s" % (terms_a, terms_b, num(val))
        else:
            f = "((%s) − (%s)) ÷ (%s) × 100 = %s" % (terms_a, terms_b, terms_b, num(val))
    elif op == "rank":
        k = spec.get("rank_k", spec.get("k", 1))
        srt = sorted(a, reverse=True)
        val = srt[k - 1]
        if srt.count(val) != 1:
            raise SystemExit("rank tie: %r" % spec)
        winner = [r for r, v in zip(spec["a"], a) if v == val][0]
        f = "第%d大 of {%s} = %s → %s" % (k, "; ".join("%s (%s)" % (label(r), num(v)) for r, v in zip(spec["a"], a)),
                                         num(val), label(winner))
    else:
        raise SystemExit("bad op " + op)
    exp = {"value": num(val), "formula": f, "unit": spec.get("unit", "件")}
    if dec is not None:
        exp["decimals"] = dec
    return exp


def cell_expected(ref):
    stem, t, r, c = ref
    return {"table": t, "row": r, "column": c, "value": num(value(ref))}


def unans_expected(spec):
    return {"status": "not_found", "reason": spec["reason"]}


def item_line(iid, spec):
    k = spec["k"]
    line = {"id": iid, "kind": k, "question": spec["q"]}
    if k == "cell":
        stem = spec["ref"][0]
        line.update(report=stem, year=year_of(stem), expected=cell_expected(spec["ref"]))
    elif k == "derived":
        stem = spec["a"][0][0]
        line.update(report=stem, year=year_of(stem), expected=compute(spec))
        others = sorted({r[0] for r in spec["a"] + spec.get("b", [])} - {stem})
        if others:
            spec = dict(spec)
            spec["note"] = ((spec.get("note") + "; ") if spec.get("note") else "") + "also uses " + ", ".join(others)
    elif k == "narrative":
        line.update(report=spec["report"], year=year_of(spec["report"]), expected={"substring": spec["sub"]})
    elif k == "unanswerable":
        line.update(report=None, year=None, expected=unans_expected(spec))
    elif k == "ambiguous":
        line.update(report=None, year=None, expected={"status": "ambiguous"})
    line["class"] = spec["cls"]
    if spec.get("note"):
        line["note"] = spec["note"]
    return line


def turn_expected(t):
    k = t["k"]
    if k == "cell":
        e = cell_expected(t["ref"])
        stem = t["ref"][0]
        e.update(report=stem, year=year_of(stem))
    elif k == "derived":
        e = compute(t)
        stem = t["a"][0][0]
        e.update(report=stem, year=year_of(stem))
    elif k == "unanswerable":
        e = unans_expected(t)
        e.update(report=None, year=None)
    else:
        raise SystemExit("bad turn kind " + k)
    return e


def build():
    lines = []
    for prefix, lst in (("c", Q.CELLS), ("d", Q.DERIVED), ("n", Q.NARRATIVE), ("u", Q.UNANSWERABLE),
                        ("a", Q.AMBIGUOUS)):
        for i, spec in enumerate(lst, 1):
            lines.append(item_line("s5-%s%03d" % (prefix, i), spec))
    for i, f in enumerate(Q.FOLLOWUPS, 1):
        turns = [{"kind": t["k"], "question": t["q"], "expected": turn_expected(t)} for t in f["turns"]]
        lines.append({"id": "s5-f%03d" % i, "kind": "followup", "class": f["cls"], "turns": turns})
    para = []
    for gi, g in enumerate(Q.PARAPHRASE, 1):
        gid = "s5-p%02d" % gi
        for vi, (q, cls) in enumerate(g["variants"], 1):
            spec = dict(g["base"])
            spec.update(q=q, cls=cls)
            ln = item_line("%s-%d" % (gid, vi), spec)
            ln["group"] = gid
            para.append(ln)
    ids = [l["id"] for l in lines + para]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as fh:
        for l in para:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl:", len(lines), dict(Counter(l["kind"] for l in lines)))
    print("paraphrase.jsonl:", len(para), "lines,", len(Q.PARAPHRASE), "groups")


if __name__ == "__main__":
    build()
