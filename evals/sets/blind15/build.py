# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl: every expected number computed from gold cells."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q
GOLD = "/work/blind/gold"
_g = {}
def gold(rep):
    if rep not in _g:
        p = os.path.join(HERE, "gold", rep + ".json")
        if not os.path.exists(p): p = os.path.join(GOLD, rep + ".json")
        _g[rep] = json.load(open(p, encoding="utf-8"))
    return _g[rep]
def cell(rep, t, row, col):
    v = gold(rep)["cells"][t][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("not a usable number: %s %s %s %s -> %r" % (rep, t, row, col, v))
    return v
def ev(e):
    op = e[0]
    if op == "cell":
        _, rep, t, row, col = e
        v = cell(rep, t, row, col)
        return v, "%s[%s.%s.%s]=%s" % (rep, t, row, col, v)
    if op == "sum":
        parts = [ev(x) for x in e[1]]
        return sum(p[0] for p in parts), " + ".join(p[1] for p in parts)
    if op == "sub":
        a, b = ev(e[1]), ev(e[2])
        return a[0] - b[0], "(%s) - (%s)" % (a[1], b[1])
    if op == "pct":
        a, b = ev(e[1]), ev(e[2])
        return 100.0 * a[0] / b[0], "100 * (%s) / (%s)" % (a[1], b[1])
    if op == "ratio":
        a, b = ev(e[1]), ev(e[2])
        return a[0] / b[0], "(%s) / (%s)" % (a[1], b[1])
    if op == "argmax":
        vals = {k: ev(x) for k, x in e[1].items()}
        best = max(vals, key=lambda k: vals[k][0])
        if sum(1 for k in vals if vals[k][0] == vals[best][0]) > 1:
            raise ValueError("tie in argmax")
        return best, "argmax over " + "; ".join("%s: %s" % (k, v[1]) for k, v in vals.items())
    raise ValueError(op)
def year(rep): return gold(rep)["year"] if rep else None
def expected(it):
    k = it["kind"]
    if k == "cell":
        _, rep, t, row, col = it["ref"]
        return {"table": t, "row": row, "column": col, "value": cell(rep, t, row, col)}
    if k == "derived":
        v, f = ev(it["ref"])
        d = it.get("decimals")
        if d is not None: v = round(v, d)
        elif isinstance(v, float): v = round(v, 2)
        out = {"value": v, "formula": f, "unit": it["unit"]}
        if d is not None: out["decimals"] = d
        return out
    if k == "unanswerable":
        return {"status": "not_found", "reason": it["reason"]}
    if k == "narrative":
        return {"substring": it["substring"]}
    if k == "ambiguous":
        return {"status": "ambiguous"}
    raise ValueError(k)
def main():
    rows = []
    n = 0
    for it in Q.ITEMS:
        n += 1
        iid = "b15-%03d" % n
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                ex = expected(t)
                ex["report"] = t["report"]
                ex["year"] = t.get("year", year(t["report"]))
                tt = {"question": t["question"], "expected": ex}
                if t["kind"] == "derived" or t["kind"] == "cell": tt["ref"] = list(t["ref"]) if t["kind"] == "cell" else t["ref"]
                turns.append(tt)
            rows.append({"id": iid, "kind": "followup", "class": it["cls"], "turns": turns})
            continue
        rep = it.get("report")
        r = {"id": iid, "kind": it["kind"], "question": it["question"], "report": rep,
             "year": it.get("year", year(rep)) if it["kind"] == "unanswerable" else year(rep),
             "expected": expected(it), "class": it["cls"]}
        if it["kind"] == "derived": r["ref"] = it["ref"]
        if it["kind"] == "derived" and rep is None:
            r["note"] = "spans several reports"
        if it.get("note"): r["note"] = it["note"]
        rows.append(r)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    prow = []
    for i, it in enumerate(Q.PARA, 1):
        r = {"id": "b15-p%03d" % i, "group": "b15-" + it["group"], "kind": it["kind"], "question": it["question"],
             "report": it["report"], "year": year(it["report"]), "expected": expected(it), "class": it["cls"]}
        if it["kind"] == "derived": r["ref"] = it["ref"]
        prow.append(r)
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for r in prow: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["kind"] for r in rows), "paraphrase", len(prow))
if __name__ == "__main__":
    main()
