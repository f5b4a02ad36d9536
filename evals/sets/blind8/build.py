# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl of blind set b8 from questions.py and the gold cells."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q
GOLD_DIRS = ["/work/blind/gold", os.path.join(HERE, "gold")]
_gold = {}
def gold(rep):
    if rep not in _gold:
        for d in GOLD_DIRS:
            p = os.path.join(d, rep + ".json")
            if os.path.exists(p):
                _gold[rep] = json.load(open(p, encoding="utf-8")); break
        else:
            raise SystemExit("no gold for " + rep)
    return _gold[rep]

def norm(ref):
    rep, t, r, col = ref
    if t == "T4":
        return rep, t, "cases", r
    return rep, t, r, col

def cell(ref):
    rep, t, r, col = norm(ref)
    v = gold(rep)["cells"][t][r][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("cell not a plain number: %r -> %r" % (ref, v))
    return v

def fmtnum(x):
    if isinstance(x, float) and x.is_integer(): x = int(x)
    return str(x)

def name(ref):
    rep, t, r, col = norm(ref)
    return "%s %s.%s.%s" % (rep, t, r, col)

def evaluate(spec):
    op = spec["op"]
    if op == "sum":
        vals = [cell(x) for x in spec["cells"]]
        v = sum(vals)
        return v, " + ".join("%s(%s)" % (name(x), fmtnum(y)) for x, y in zip(spec["cells"], vals)) + " = " + fmtnum(v), {}
    if op == "diff":
        av = [cell(x) for x in spec["a"]]; bv = [cell(x) for x in spec["b"]]
        v = sum(av) - sum(bv)
        fa = " + ".join("%s(%s)" % (name(x), fmtnum(y)) for x, y in zip(spec["a"], av))
        fb = " + ".join("%s(%s)" % (name(x), fmtnum(y)) for x, y in zip(spec["b"], bv))
        return v, "%s - %s = %s" % (fa, fb, fmtnum(v)), {}
    if op == "share":
        nv = [cell(x) for x in spec["num"]]; dv = [cell(x) for x in spec["den"]]
        v = round(sum(nv) / sum(dv) * 100, spec["decimals"])
        f = "(%s) / (%s) * 100 = %s" % (" + ".join("%s(%s)" % (name(x), fmtnum(y)) for x, y in zip(spec["num"], nv)),
                                        " + ".join("%s(%s)" % (name(x), fmtnum(y)) for x, y in zip(spec["den"], dv)), v)
        return v, f, {"decimals": spec["decimals"]}
    if op == "rank":
        vals = [(lab, cell(ref)) for lab, ref in spec["items"]]
        best = max(v for _, v in vals) if spec["dir"] == "max" else min(v for _, v in vals)
        win = [lab for lab, v in vals if v == best]
        if len(win) != 1:
            raise SystemExit("rank tie: %r" % vals)
        f = "%s of {%s} -> %s" % (spec["dir"], ", ".join("%s: %s" % (lab, fmtnum(v)) for lab, v in vals), win[0])
        return win[0], f, {"count": best}
    raise SystemExit("bad op " + op)

def expected_of(it):
    """returns (expected, report, year)"""
    k = it["kind"]
    if k == "cell":
        rep, t, r, col = norm(it["ref"])
        return {"table": t, "row": r, "column": col, "value": cell(it["ref"])}, rep, gold(rep)["year"]
    if k == "derived":
        v, f, extra = evaluate(it["spec"])
        e = {"value": v, "formula": f, "unit": it["unit"]}
        e.update(extra)
        return e, it["report"], gold(it["report"])["year"]
    if k == "unanswerable":
        return {"status": "not_found", "reason": it["reason"]}, it["report"], it["year"]
    if k == "ambiguous":
        return {"status": "ambiguous"}, None, None
    if k == "narrative":
        return {"substring": it["substring"]}, it["report"], gold(it["report"])["year"]
    raise SystemExit("bad kind " + k)

def main():
    out = []
    for i, it in enumerate(Q.ITEMS, 1):
        iid = "b8-%03d" % i
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                e, rep, yr = expected_of(t)
                e = dict(e); e["report"] = rep; e["year"] = yr
                turns.append({"question": t["question"], "kind": t["kind"], "expected": e})
            out.append({"id": iid, "kind": "followup", "class": it["class"], "turns": turns})
            continue
        e, rep, yr = expected_of(it)
        rec = {"id": iid, "kind": it["kind"], "question": it["question"], "report": rep, "year": yr, "expected": e, "class": it["class"]}
        if it.get("note"): rec["note"] = it["note"]
        out.append(rec)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    para = []
    for g, base, qs in Q.PARA:
        assert len(qs) == 5, g
        e, rep, yr = expected_of(base)
        for j, (q, cls) in enumerate(qs, 1):
            para.append({"id": "%s-%d" % (g, j), "group": g, "kind": base["kind"], "question": q, "report": rep, "year": yr,
                         "expected": e, "class": cls})
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as fh:
        for r in para: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl", len(out), dict(Counter(r["kind"] for r in out)))
    print("paraphrase.jsonl", len(para), "groups", len(Q.PARA))

if __name__ == "__main__":
    main()
