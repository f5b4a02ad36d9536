# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl for blind set 13 from questions.py + gold cells.

Gold: /work/blind/gold/<report>.json (all 24 corpus reports have one; no own gold was needed).
Every expected number is taken from the gold cells here; none is typed in questions.py.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = "/work/blind/gold"
TEMPLATE = "/work/shared/corpus/template.json"
sys.path.insert(0, HERE)
import questions as Q

_gold = {}
def gold(rep):
    if rep not in _gold:
        with open(os.path.join(GOLD, rep + ".json"), encoding="utf-8") as f:
            _gold[rep] = json.load(f)
    return _gold[rep]

tpl = json.load(open(TEMPLATE, encoding="utf-8"))
LAB = {}
for t in tpl["tables"]:
    if t["id"] == "T2":
        for sub in t["subtables"]:
            for r in sub["rows"]:
                LAB[("T2", "r", r["key"])] = r["label"]
            for c in sub["columns"]:
                LAB[("T2", "c", c["key"])] = c["label"]
    elif t["id"] == "T3":
        for r in t["rows"]:
            LAB[("T3", "r", r["key"])] = r["label"].split("（区分")[0]
        for c in t["columns"]:
            LAB[("T3", "c", c["key"])] = c["label"]
    elif t["id"] == "T4":
        for c in t["columns"]:
            LAB[("T4", "c", c["key"])] = (c.get("parent", "") + c["block"] + c["label"])
        LAB[("T4", "r", "cases")] = ""
v19 = tpl["versions"]["2019_trial"]
for sub in v19["T2"]["subtables"]:
    for r in sub["rows"]:
        LAB.setdefault(("T2", "r", r["key"]), r["label"])
    for c in sub["columns"]:
        LAB.setdefault(("T2", "c", c["key"]), c["label"])
for r in v19["T3"]["rows"]:
    LAB.setdefault(("T3", "r", r["key"]), r["label"])


def label(rep, t, row, col):
    g = gold(rep)
    if t == "stats":
        rl = g.get("labels", {}).get(row, row)
        cl = {"this_year": "本年度", "cumulative": "历年累计"}[col]
    else:
        rl = LAB.get((t, "r", row), row)
        cl = LAB.get((t, "c", col), col)
    return "%s %d %s %s%s" % (g["issuer"], g["year"], t, rl, ("·" + cl) if cl else "")


def value(rep, t, row, col):
    v = gold(rep)["cells"][t][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("cell not a determined number: %s %s %s %s -> %r" % (rep, t, row, col, v))
    return v


def year_of(rep):
    return gold(rep)["year"]


def num(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def compute(spec):
    op, refs = spec["op"], spec["refs"]
    if op == "pct":
        nums, dens = refs
        n = sum(value(*r) for r in nums)
        d = sum(value(*r) for r in dens)
        dec = spec["dec"] if spec["dec"] is not None else 2
        v = round(100.0 * n / d, dec)
        f = "(%s) / (%s) × 100 = %s%%" % (
            " + ".join("%s[%s]" % (label(*r), num(value(*r))) for r in nums),
            " + ".join("%s[%s]" % (label(*r), num(value(*r))) for r in dens), v)
        return v, f
    vals = [value(*r) for r in refs]
    terms = ["%s[%s]" % (label(*r), num(value(*r))) for r in refs]
    if op == "sum":
        v = sum(vals); f = " + ".join(terms) + " = %s" % num(v)
    elif op == "diff":
        v = vals[0] - vals[1]; f = "%s − %s = %s" % (terms[0], terms[1], num(v))
    elif op == "max":
        v = max(vals); i = vals.index(v)
        f = "max(%s) = %s（%s）" % ("; ".join(terms), num(v), label(*refs[i]))
    elif op == "min":
        v = min(vals); i = vals.index(v)
        f = "min(%s) = %s（%s）" % ("; ".join(terms), num(v), label(*refs[i]))
    else:
        raise ValueError(op)
    return num(v), f


def expected(spec):
    k = spec["kind"]
    if k == "cell":
        rep, t, row, col = spec["ref"]
        return {"table": t, "row": row, "column": col, "value": num(value(rep, t, row, col))}
    if k == "derived":
        v, f = compute(spec)
        e = {"value": v, "formula": f, "unit": spec["unit"]}
        if spec["dec"] is not None:
            e["decimals"] = spec["dec"]
        return e
    if k == "narrative":
        return {"substring": spec["sub"]}
    if k == "unanswerable":
        return {"status": "not_found", "reason": spec["reason"]}
    if k == "ambiguous":
        return {"status": "ambiguous"}
    raise ValueError(k)


def rep_year(spec):
    k = spec["kind"]
    if k == "ambiguous":
        return None, None
    if k == "unanswerable":
        return spec["rep"], spec["year"]
    rep = spec["rep"]
    return rep, year_of(rep)


def item(spec, iid):
    rep, yr = rep_year(spec)
    o = {"id": iid, "kind": spec["kind"], "question": spec["q"], "report": rep, "year": yr,
         "expected": expected(spec), "class": spec["cls"]}
    if spec.get("note"):
        o["note"] = spec["note"]
    return o


def main():
    out = []
    n = 0
    for spec in Q.ITEMS:
        n += 1
        out.append(item(spec, "b13-%03d" % n))
    for fu in Q.FOLLOWUPS:
        n += 1
        turns = []
        for t in fu["turns"]:
            rep, yr = rep_year(t)
            e = expected(t)
            e["report"] = rep
            e["year"] = yr
            turns.append({"question": t["q"], "kind": t["kind"], "expected": e})
        o = {"id": "b13-%03d" % n, "kind": "followup", "class": fu["cls"], "turns": turns}
        if fu.get("note"):
            o["note"] = fu["note"]
        out.append(o)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    para = []
    for gi, grp in enumerate(Q.PARAPHRASES, 1):
        assert len(grp["specs"]) == 5
        for j, spec in enumerate(grp["specs"], 1):
            o = item(spec, "b13-p%02d-%d" % (gi, j))
            o["group"] = grp["group"]
            para.append(o)
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for o in para:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(o["kind"] for o in out)
    print("set.jsonl:", len(out), dict(c))
    print("paraphrase.jsonl:", len(para), "lines,", len(Q.PARAPHRASES), "groups")


if __name__ == "__main__":
    main()
