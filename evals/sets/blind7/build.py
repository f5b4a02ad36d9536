# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl of blind set b7 from questions.py + the gold cells.

Every expected number is read from the gold files (/work/blind/gold/<stem>.json, or ./gold/<stem>.json for a
report that has none there); nothing is typed by hand.  Run:  python3 build.py
"""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
CORPUS = "/work/shared/corpus"
TEMPLATE = json.load(open(os.path.join(CORPUS, "template.json"), encoding="utf-8"))

_gold = {}


def gold(stem):
    if stem not in _gold:
        for d in GOLD_DIRS:
            p = os.path.join(d, stem + ".json")
            if os.path.exists(p):
                _gold[stem] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit("no gold file for %s" % stem)
    return _gold[stem]


# ---- labels for readable formulas
ROW_LABEL = {}
COL_LABEL = {}
for t in TEMPLATE["tables"]:
    if t["id"] == "T3":
        for r in t["rows"]:
            ROW_LABEL[("T3", r["key"])] = r["label"].split("（区分")[0]
        for c in t["columns"]:
            COL_LABEL[("T3", c["key"])] = c["label"]
    if t["id"] == "T4":
        for c in t["columns"]:
            COL_LABEL[("T4", c["key"])] = c["block"] + c["label"]
    if t["id"] == "T2":
        for st in t["subtables"]:
            for r in st["rows"]:
                ROW_LABEL[("T2", r["key"])] = r["label"]
            for c in st["columns"]:
                COL_LABEL[("T2", c["key"])] = c["label"]
for st in TEMPLATE["versions"]["2019_trial"]["T2"]["subtables"]:
    for r in st["rows"]:
        ROW_LABEL.setdefault(("T2", r["key"]), r["label"])
    for c in st["columns"]:
        COL_LABEL.setdefault(("T2", c["key"]), c["label"])
ROW_LABEL[("T3", "other_processing")] = "（六）其他处理"
ROW_LABEL[("T4", "cases")] = ""
COL_LABEL[("stats", "this_year")] = "本年度"
COL_LABEL[("stats", "cumulative")] = "历年累计"


def parse_ref(ref):
    stem, table, row, col = ref.split(":")
    return stem, table, row, col


def cell(ref):
    stem, table, row, col = parse_ref(ref)
    g = gold(stem)
    try:
        v = g["cells"][table][row][col]
    except KeyError:
        raise SystemExit("ref not in gold: %s" % ref)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("ref %s is not a determined number in the gold: %r" % (ref, v))
    return v


def label(ref, with_stem=False):
    stem, table, row, col = parse_ref(ref)
    if table == "stats":
        rl = gold(stem).get("labels", {}).get(row, row)
    else:
        rl = ROW_LABEL.get((table, row), row)
    cl = COL_LABEL.get((table, col), col)
    s = (rl + "·" + cl) if rl else cl
    if with_stem:
        s = "%s %s" % (stem, s)
    return s


def num(v):
    d = Decimal(str(v))
    return d


def out_number(d):
    d = d.normalize() if d != 0 else Decimal(0)
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def refs_of(spec):
    op = spec["op"]
    if op == "sum":
        return list(spec["terms"])
    if op == "sub":
        return list(spec["a"]) + list(spec["b"])
    if op == "pct":
        return list(spec["num"]) + list(spec["den"])
    if op == "rank":
        return [r for refs in spec["items"].values() for r in refs]
    raise SystemExit("unknown op %s" % op)


def fmt_terms(refs, multi):
    return " + ".join("%s %s" % (label(r, multi), cell(r)) for r in refs)


def derive(spec, unit):
    refs = refs_of(spec)
    stems = sorted({parse_ref(r)[0] for r in refs}, key=lambda s: (gold(s)["year"], s))
    multi = len(stems) > 1
    op = spec["op"]
    exp = {}
    if op == "sum":
        v = sum(num(cell(r)) for r in spec["terms"])
        exp["formula"] = "%s = %s" % (fmt_terms(spec["terms"], multi), out_number(v))
    elif op == "sub":
        a = sum(num(cell(r)) for r in spec["a"])
        b = sum(num(cell(r)) for r in spec["b"])
        v = a - b
        exp["formula"] = "(%s) − (%s) = %s" % (fmt_terms(spec["a"], multi), fmt_terms(spec["b"], multi), out_number(v))
    elif op == "pct":
        n = sum(num(cell(r)) for r in spec["num"])
        d = sum(num(cell(r)) for r in spec["den"])
        q = Decimal(1).scaleb(-spec["decimals"])
        v = (n * 100 / d).quantize(q, rounding=ROUND_HALF_UP)
        exp["formula"] = "(%s) ÷ (%s) × 100 = %s (rounded to %d decimals)" % (
            fmt_terms(spec["num"], multi), fmt_terms(spec["den"], multi), v, spec["decimals"])
        exp["decimals"] = spec["decimals"]
    elif op == "rank":
        vals = {lab: sum(num(cell(r)) for r in rs) for lab, rs in spec["items"].items()}
        order = sorted(vals.items(), key=lambda kv: -kv[1])
        k = spec["k"]
        v = order[k - 1][1]
        if (k >= 2 and order[k - 2][1] == v) or (k < len(order) and order[k][1] == v):
            raise SystemExit("rank tie at k=%d: %r" % (k, order))
        exp["answer"] = order[k - 1][0]
        exp["formula"] = "rank %d of: %s → %s %s" % (
            k, ", ".join("%s %s" % (lab, out_number(x)) for lab, x in order), order[k - 1][0], out_number(v))
    else:
        raise SystemExit(op)
    exp = dict({"value": out_number(v)}, **exp)
    exp["unit"] = unit
    # report: the (latest) report the figures come from
    report = stems[-1]
    return exp, report, stems


def cell_expected(ref):
    stem, table, row, col = parse_ref(ref)
    return {"table": table, "row": row, "column": col, "value": cell(ref)}, stem


def year_of(stem):
    return gold(stem)["year"] if stem else None


def base(item):
    d = {"id": item["id"], "kind": item["kind"]}
    if "question" in item:
        d["question"] = item["question"]
    return d


def build_item(it):
    k = it["kind"]
    if k == "cell":
        exp, stem = cell_expected(it["ref"])
        o = base(it)
        o.update(report=stem, year=year_of(stem), expected=exp)
    elif k == "derived":
        exp, stem, stems = derive(it["spec"], it["unit"])
        o = base(it)
        o.update(report=stem, year=year_of(stem), expected=exp)
        if len(stems) > 1:
            o["reports"] = stems
    elif k == "narrative":
        o = base(it)
        o.update(report=it["report"], year=year_of(it["report"]), expected={"substring": it["substring"]})
    elif k == "unanswerable":
        o = base(it)
        stem = None
        if it["reason"] in ("no_such_figure", "not_in_this_format"):
            stem = "%s_%d" % (it["body"], it["asked_year"])
            gold(stem)  # must exist
        o.update(report=stem, year=year_of(stem), expected={"status": "not_found", "reason": it["reason"]})
    elif k == "ambiguous":
        o = base(it)
        o.update(report=None, year=None, expected={"status": "ambiguous"})
    elif k == "followup":
        o = {"id": it["id"], "kind": "followup"}
        turns = []
        for t in it["turns"]:
            if t["kind"] == "cell":
                exp, stem = cell_expected(t["ref"])
            elif t["kind"] == "derived":
                exp, stem, _ = derive(t["spec"], t["unit"])
            elif t["kind"] == "unanswerable":
                exp, stem = {"status": "not_found", "reason": t["reason"]}, None
            else:
                raise SystemExit(t["kind"])
            exp = dict(exp)
            exp["report"] = stem
            exp["year"] = year_of(stem)
            tt = {"question": t["question"], "kind": t["kind"], "expected": exp}
            if t.get("note"):
                tt["note"] = t["note"]
            turns.append(tt)
        o["turns"] = turns
    else:
        raise SystemExit(k)
    if it.get("note"):
        o["note"] = it["note"]
    o["class"] = it["class"]
    return o


def build_groups():
    out = []
    for g in Q.GROUPS:
        if len(g["variants"]) != 5:
            raise SystemExit("group %s must have 5 variants" % g["group"])
        for i, (cls, q) in enumerate(g["variants"], 1):
            o = {"id": "%s-%d" % (g["group"], i), "question": q}
            if g["ref"]:
                exp, stem = cell_expected(g["ref"])
                o["kind"] = "cell"
            else:
                exp, stem, _ = derive(g["spec"], g["unit"])
                o["kind"] = "derived"
            o.update(report=stem, year=year_of(stem), expected=exp)
            if g.get("note"):
                o["note"] = g["note"]
            o["class"] = cls
            o["group"] = g["group"]
            # keep key order: id, kind, question, report, year, expected, note, class, group
            out.append({k: o[k] for k in ("id", "kind", "question", "report", "year", "expected", "note", "class", "group") if k in o})
    return out


def main():
    items = [build_item(it) for it in Q.ITEMS]
    ids = [o["id"] for o in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for o in items:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    para = build_groups()
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for o in para:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl: %d items %s" % (len(items), dict(Counter(o["kind"] for o in items))))
    print("paraphrase.jsonl: %d lines in %d groups" % (len(para), len({o["group"] for o in para})))


if __name__ == "__main__":
    main()
