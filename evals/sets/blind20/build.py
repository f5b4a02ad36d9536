# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl for blind set b20 from the gold cells."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
TEMPLATE = "/work/shared/corpus/template.json"


def load_gold(rep):
    for d in GOLD_DIRS:
        p = os.path.join(d, rep + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return json.load(f)
    raise SystemExit("no gold for " + rep)


_G = {}


def gold(rep):
    if rep not in _G:
        _G[rep] = load_gold(rep)
    return _G[rep]


def labels():
    t = json.load(open(TEMPLATE, encoding="utf-8"))
    lab = {}
    for tb in t["tables"]:
        for s in tb.get("subtables", []):
            for r in s["rows"]:
                lab[r["key"]] = r["label"]
            for c in s["columns"]:
                lab[c["key"]] = c["label"]
        for k in ("rows", "columns"):
            for r in tb.get(k, []):
                if r["key"] != "cases":
                    lab[r["key"]] = r["label"]
    v = t["versions"]["2019_trial"]
    for s in v["T2"]["subtables"]:
        for r in s["rows"]:
            lab.setdefault(r["key"], r["label"])
        for c in s["columns"]:
            lab.setdefault(c["key"], c["label"])
    lab["other_processing"] = "（六）其他处理"
    blocks = {"review": "行政复议", "litigation_direct": "未经复议直接起诉", "litigation_after_review": "复议后起诉"}
    res = {"maintained": "结果维持", "corrected": "结果纠正", "other_result": "其他结果", "pending": "尚未审结",
           "total": "总计"}
    for b, bl in blocks.items():
        for r, rl in res.items():
            lab[b + "." + r] = bl + rl
    lab["this_year"] = "本年度"
    lab["cumulative"] = "历年累计"
    lab["total"] = "总计"
    return lab


LAB = labels()


def cell(ref):
    rep, tb, row, col = ref
    v = gold(rep)["cells"][tb][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("non-numeric gold cell asked: %r -> %r" % (ref, v))
    return v


def short(ref):
    rep, tb, row, col = ref
    g = gold(rep)
    rl = g.get("labels", {}).get(row) or LAB.get(row, row)
    if tb == "T4":
        return "%s %s" % (rep, LAB.get(col, col))
    return "%s %s/%s" % (rep, rl, LAB.get(col, col))


def num(x):
    if isinstance(x, float) and abs(x - round(x)) < 1e-9 and abs(x) < 1e15:
        return int(round(x))
    return x


def evaluate(spec, decimals=None):
    op = spec["op"]
    if op == "sum":
        vals = [cell(r) for r in spec["refs"]]
        v = sum(vals)
        f = " + ".join("%s(%s)" % (short(r), num(x)) for r, x in zip(spec["refs"], vals)) + " = %s" % num(v)
    elif op == "diff":
        a, b = cell(spec["a"]), cell(spec["b"])
        v = a - b
        f = "%s(%s) - %s(%s) = %s" % (short(spec["a"]), num(a), short(spec["b"]), num(b), num(round(v, 6)))
        v = round(v, 6)
    elif op == "pct":
        nv = [cell(r) for r in spec["num"]]
        dv = [cell(r) for r in spec["den"]]
        v = sum(nv) / sum(dv) * 100
        f = "(%s) / (%s) × 100" % (" + ".join("%s(%s)" % (short(r), num(x)) for r, x in zip(spec["num"], nv)),
                                   " + ".join("%s(%s)" % (short(r), num(x)) for r, x in zip(spec["den"], dv)))
    elif op == "max":
        vals = [cell(r) for r in spec["refs"]]
        v = max(vals)
        best = spec["refs"][vals.index(v)]
        f = "max(%s) = %s (%s)" % (", ".join("%s=%s" % (r[0], num(x)) for r, x in zip(spec["refs"], vals)),
                                   num(v), best[0])
    else:
        raise SystemExit("bad op " + op)
    if decimals is not None:
        v = round(v + 0.0, decimals)
        f += " ≈ %s" % v
    return num(v), f


def report_of_spec(spec):
    refs = []
    for k in ("refs", "num", "den"):
        refs += spec.get(k, [])
    for k in ("a", "b"):
        if k in spec:
            refs.append(spec[k])
    reps = sorted(set(r[0] for r in refs))
    return reps


def year_of(rep):
    return gold(rep)["year"] if rep else None


def year_in_text(q):
    m = re.search(r"(19|20)\d\d", q)
    return int(m.group(0)) if m else None


def expected_of(it):
    """Return (expected, report, year) of one item/turn."""
    k = it["kind"]
    if k == "cell":
        rep, tb, row, col = it["ref"]
        return ({"table": tb, "row": row, "column": col, "value": num(cell(it["ref"]))}, rep, year_of(rep))
    if k == "derived":
        v, f = evaluate(it["spec"], it.get("decimals"))
        e = {"value": v, "formula": f, "unit": it["unit"]}
        if it.get("decimals") is not None:
            e["decimals"] = it["decimals"]
        reps = report_of_spec(it["spec"])
        rep = reps[0] if len(reps) == 1 else None
        years = sorted(set(year_of(r) for r in reps))
        return e, rep, (years[0] if len(years) == 1 else None)
    if k == "narrative":
        return {"substring": it["substring"]}, it["report"], year_of(it["report"])
    if k == "unanswerable":
        y = it.get("year") or year_in_text(it["question"])
        return {"status": "not_found", "reason": it["reason"]}, it.get("report"), y
    if k == "ambiguous":
        return {"status": "ambiguous"}, None, year_in_text(it["question"])
    raise SystemExit("bad kind " + k)


def main():
    out = []
    n = 0
    for it in Q.ITEMS:
        n += 1
        iid = "b20-%03d" % n
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                e, rep, y = expected_of(t)
                e = dict(e)
                e["kind"] = t["kind"]
                e["report"] = rep
                e["year"] = y
                turns.append({"question": t["question"], "expected": e})
            out.append({"id": iid, "kind": "followup", "class": it["class"], "turns": turns})
            continue
        e, rep, y = expected_of(it)
        rec = {"id": iid, "kind": it["kind"], "question": it["question"], "report": rep, "year": y,
               "expected": e, "class": it["class"]}
        if it.get("note"):
            rec["note"] = it["note"]
        out.append(rec)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    para = []
    for gid, ref, variants in Q.PARA:
        assert len(variants) == 5, gid
        for i, (q, cls) in enumerate(variants, 1):
            if isinstance(ref, dict):
                it = {"kind": "derived", "question": q, "spec": ref, "unit": "件"}
            else:
                it = {"kind": "cell", "question": q, "ref": ref}
            e, rep, y = expected_of(it)
            para.append({"id": "%s-%d" % (gid, i), "kind": it["kind"], "group": gid, "question": q,
                         "report": rep, "year": y, "expected": e, "class": cls})
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for r in para:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(r["kind"] for r in out)
    print("set.jsonl:", len(out), dict(c), "paraphrase:", len(para), "groups:", len(Q.PARA))


if __name__ == "__main__":
    main()
