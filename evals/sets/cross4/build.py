# -*- coding: utf-8 -*-
"""Build set.jsonl for the x4 cross-report set: every expected value is computed here from the gold cells
(/work/blind/gold/*.json) and the references in questions.py. Nothing numeric is typed by hand."""
import glob
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions  # noqa: E402

TEMPLATE = json.load(open(os.path.join(CORPUS, "template.json"), encoding="utf-8"))
GOLD = {os.path.basename(f)[:-5]: json.load(open(f, encoding="utf-8")) for f in glob.glob(GOLD_DIR + "/*.json")}
STEMS = sorted(os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f not in ("SOURCES.md", "template.json"))
READ = {"hongze-district_2023": os.path.join(HERE, "read/hongze-district_2023.txt"),
        "shuyang-fgj_2023": os.path.join(HERE, "read/shuyang-fgj_2023.txt")}


def body_of(stem):
    return stem.rsplit("_", 1)[0]


def year_of(stem):
    return int(stem.rsplit("_", 1)[1])


def body_years(body):
    return sorted(year_of(s) for s in STEMS if body_of(s) == body)


def newest(body):
    ys = body_years(body)
    assert ys, body
    return "%s_%d" % (body, ys[-1])


# ---- which (table,row,column) exist in which format
def _keys_2021():
    keys = set()
    for t in TEMPLATE["tables"]:
        if t["id"] == "T2":
            for sub in t["subtables"]:
                for r in sub["rows"]:
                    for c in sub["columns"]:
                        keys.add(("T2", r["key"], c["key"]))
        elif t["id"] == "T3":
            for r in t["rows"]:
                for c in t["columns"]:
                    keys.add(("T3", r["key"], c["key"]))
        elif t["id"] == "T4":
            for c in t["columns"]:
                keys.add(("T4", "cases", c["key"]))
    return keys


def _keys_trial(k2021):
    v = TEMPLATE["versions"]["2019_trial"]
    keys = set()
    for sub in v["T2"]["subtables"]:
        for r in sub["rows"]:
            for c in sub["columns"]:
                keys.add(("T2", r["key"], c["key"]))
    cols = [c for (t, r, c) in k2021 if t == "T3"]
    for r in v["T3"]["rows"]:
        for c in set(cols):
            keys.add(("T3", r["key"], c))
    keys |= {k for k in k2021 if k[0] == "T4"}
    return keys


K2021 = _keys_2021()
KTRIAL = _keys_trial(K2021)


def parse(ref):
    sign = 1
    if ref.startswith("-"):
        sign, ref = -1, ref[1:]
    t, r, c = ref.split("/")
    return sign, t, r, c


def exists(stem, ref):
    _, t, r, c = parse(ref)
    fmt = GOLD[stem]["format"]
    if fmt == "pre_2019":
        return t == "stats" and r in GOLD[stem]["cells"]["stats"] and c in ("this_year", "cumulative")
    if fmt == "2021":
        return (t, r, c) in K2021
    if fmt == "2019_trial":
        return (t, r, c) in KTRIAL
    raise ValueError(fmt)


def cell(stem, ref):
    sign, t, r, c = parse(ref)
    v = GOLD[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("not a determined number: %s %s = %r" % (stem, ref, v))
    return sign * v


def num(v):
    """Decimal of a gold number (exact for the printed decimals)."""
    return Decimal(str(v))


def out_num(d):
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(d.normalize())


def total(stem, refs):
    return out_num(sum((num(cell(stem, r)) for r in refs), Decimal(0)))


def pct(n, d, decimals):
    q = Decimal(1).scaleb(-decimals)
    return float((num(n) * 100 / num(d)).quantize(q, rounding=ROUND_HALF_UP))


def label_of(ref):
    _, t, r, c = parse(ref)
    return "%s.%s.%s" % (t, r, c)


# ---- builders per kind
def build_series(spec):
    body = spec["body"]
    main = spec["cell"]
    _, t, r, c = parse(main)
    indexed = body_years(body)
    if spec.get("years"):
        span = list(spec["years"])
    elif spec.get("span"):
        span = list(range(spec["span"][0], spec["span"][1] + 1))
    else:
        span = list(range(indexed[0], indexed[-1] + 1))
    values, gaps, nc = {}, [], []
    for y in span:
        stem = "%s_%d" % (body, y)
        if stem not in STEMS:
            gaps.append(y)
            continue
        fmt = GOLD[stem]["format"]
        if exists(stem, main):
            values[str(y)] = {"report": stem, "value": cell(stem, main)}
        elif fmt in (spec.get("alt") or {}):
            alt = spec["alt"][fmt]
            if isinstance(alt, list):
                values[str(y)] = {"report": stem, "value": total(stem, alt), "cells": [label_of(a) for a in alt]}
            else:
                values[str(y)] = {"report": stem, "value": cell(stem, alt), "cell": label_of(alt)}
        else:
            nc.append(y)
    assert values, spec
    pick = None
    if spec.get("pick"):
        k = spec["pick"]
        if k == "sum":
            pick = {"kind": "sum", "value": out_num(sum(num(v["value"]) for v in values.values())), "year": None}
        else:
            f = max if k == "max" else min
            best = f(v["value"] for v in values.values())
            yrs = [int(y) for y, v in values.items() if v["value"] == best]
            assert len(yrs) == 1, ("tie in pick", spec.get("id"), yrs)
            pick = {"kind": k, "value": best, "year": yrs[0]}
    exp = {"table": t, "row": r, "column": c, "values": values, "gaps": gaps, "not_comparable": nc, "pick": pick}
    return {"body": body}, exp


def build_comparison(spec):
    reps = spec["reports"]
    for s in reps:
        assert s in STEMS and s in GOLD, s
    vals, detail = {}, {}
    for s in reps:
        n = total(s, spec["num"])
        if spec.get("den"):
            d = total(s, spec["den"])
            vals[s] = pct(n, d, spec["decimals"])
            detail[s] = "%s / %s × 100" % (n, d)
        else:
            vals[s] = n
            if len(spec["num"]) > 1:
                detail[s] = " ".join(("− " if x.startswith("-") else "+ ") + str(abs(cell(s, x)))
                                     for x in spec["num"]).lstrip("+ ")
    order = spec.get("order")
    top = None
    if order:
        f = max if order == "desc" else min
        best = f(vals.values())
        tops = [s for s in reps if vals[s] == best]
        top = tops[0] if len(tops) == 1 else None
    exp = {"values": vals, "unit": spec["unit"], "formula": spec.get("formula"), "order": order, "top": top,
           "decimals": spec.get("decimals")}
    if detail:
        exp["detail"] = detail
    exp["cells"] = [label_of(x) if not x.startswith("-") else "-" + label_of(x) for x in spec["num"]] + \
        (["/"] + [label_of(x) for x in spec["den"]] if spec.get("den") else [])
    years = {GOLD[s]["year"] for s in reps}
    if len(years) > 1:
        exp["years_differ"] = True
    return {"reports": reps}, exp


def build_consistency(spec):
    pairs = []
    for a, b in spec["pairs"]:
        assert a in STEMS and b in STEMS and body_of(a) == body_of(b) == spec["body"]
        assert year_of(b) == year_of(a) + 1, (a, b)
        if spec["mode"] == "carry":
            col = spec["column"]
            o = cell(a, "T3/carried_to_next_year/" + col)
            i = cell(b, "T3/carried_over_from_last_year/" + col)
            pairs.append({"from": a, "to": b, "column": col, "out": o, "in": i, "agree": o == i})
        else:
            row = spec["row"]
            o = out_num(num(cell(a, "stats/%s/cumulative" % row)) + num(cell(b, "stats/%s/this_year" % row)))
            i = cell(b, "stats/%s/cumulative" % row)
            pairs.append({"from": a, "to": b, "column": "cumulative", "row": row, "out": o, "in": i,
                          "agree": o == i})
    exp = {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}
    if spec["mode"] == "cumulative":
        exp["chain"] = "历年累计(Y) == 历年累计(Y-1) + 本年度(Y); out = 历年累计(Y-1) + 本年度(Y), in = 历年累计(Y) as printed"
    else:
        exp["chain"] = "四、结转下年度继续办理(Y) == 二、上年结转政府信息公开申请数量(Y+1); out = Y's 结转, in = Y+1's 上年结转"
    return {"body": spec["body"]}, exp


def report_text(stem):
    if stem in READ:
        return open(READ[stem], encoding="utf-8").read()
    for ext in (".txt", ".md"):
        p = os.path.join(CORPUS, stem + ext)
        if os.path.exists(p):
            return open(p, encoding="utf-8").read()
    raise FileNotFoundError(stem)


def on_one_line(stem, sub):
    assert 6 <= len(sub) <= 30, (stem, sub, len(sub))
    return any(sub in line for line in report_text(stem).splitlines())


def build_noyear(spec):
    stem = newest(spec["body"])
    sub = spec["sub"]
    if sub == "cell":
        _, t, r, c = parse(spec["cell"])
        exp = {"table": t, "row": r, "column": c, "value": cell(stem, spec["cell"])}
    elif sub == "derived":
        n = total(stem, spec["num"])
        if spec.get("den"):
            d = total(stem, spec["den"])
            exp = {"value": pct(n, d, spec["decimals"]),
                   "formula": "%s = %s / %s × 100" % (spec["formula"], n, d), "unit": spec["unit"],
                   "decimals": spec["decimals"]}
        else:
            parts = " + ".join(str(cell(stem, x)) for x in spec["num"])
            exp = {"value": n, "formula": "%s = %s" % (spec["formula"], parts), "unit": spec["unit"]}
    else:
        assert on_one_line(stem, spec["substring"]), (stem, spec["substring"])
        exp = {"substring": spec["substring"]}
    exp["report"] = stem
    return {"report": stem, "year": year_of(stem)}, exp


def build_nobody(spec):
    subs, reps = [], []
    for stem, s in spec["substrings"]:
        assert on_one_line(stem, s), (stem, s)
        if s not in subs:
            subs.append(s)
        if stem not in reps:
            reps.append(stem)
    return {}, {"accept": ["grouped", "ambiguous"], "substrings": subs, "reports": reps,
                "where": [[stem, s] for stem, s in spec["substrings"]]}


def build_unanswerable(spec):
    return {}, {"status": "not_found", "reason": spec["reason"]}


BUILDERS = {"series": build_series, "comparison": build_comparison, "consistency": build_consistency,
            "noyear": build_noyear, "nobody": build_nobody, "unanswerable": build_unanswerable}


def build_item(spec):
    if spec["kind"] == "followup":
        turns = []
        for t in spec["turns"]:
            extra, exp = BUILDERS[t["kind"]](t)
            turn = {"question": t["question"], "kind": t["kind"]}
            turn.update(extra)
            turn["expected"] = exp
            if t.get("note"):
                turn["note"] = t["note"]
            turns.append(turn)
        out = {"id": spec["id"], "kind": "followup", "class": spec["cls"], "turns": turns}
    else:
        extra, exp = BUILDERS[spec["kind"]](spec)
        out = {"id": spec["id"], "kind": spec["kind"], "class": spec["cls"], "question": spec["question"]}
        out.update(extra)
        out["expected"] = exp
    if spec.get("note"):
        out["note"] = spec["note"]
    return out


def main():
    items = [build_item(s) for s in questions.ITEMS]
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(items), "items", dict(Counter(i["kind"] for i in items)))


if __name__ == "__main__":
    main()
