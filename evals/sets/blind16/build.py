#!/usr/bin/env python3
"""Build set.jsonl and paraphrase.jsonl of blind set 16 from questions.py and the gold cells."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions import ITEMS, FOLLOWUPS, PARA, C, D
GOLD = "/work/blind/gold"
PREFIX = "b16-"
_g = {}

def gold(rep):
    if rep not in _g:
        p = os.path.join(HERE, "gold", rep + ".json")
        if not os.path.exists(p):
            p = os.path.join(GOLD, rep + ".json")
        _g[rep] = json.load(open(p, encoding="utf-8"))
    return _g[rep]

def cellval(rep, table, row, col):
    v = gold(rep)["cells"][table][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("not a determined number: %s %s %s %s = %r" % (rep, table, row, col, v))
    return v

def fmt(v):
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)

def expected_of(it):
    k, ref = it["kind"], it["ref"]
    if k == "cell":
        return {"table": ref["table"], "row": ref["row"], "column": ref["column"],
                "value": cellval(it["report"], ref["table"], ref["row"], ref["column"])}
    if k == "derived":
        env = {n: cellval(*c) for n, c in ref["cells"].items()}
        v = eval(ref["expr"], {"max": max, "min": min}, dict(env))
        if "decimals" in ref:
            v = round(v, ref["decimals"])
        elif isinstance(v, float) and v.is_integer():
            v = int(v)
        import re
        def sub(m):
            n = m.group(0)
            if n not in env:
                return n
            c = ref["cells"][n]
            return "%s.%s.%s(%s)" % (c[0], c[2], c[3], fmt(env[n]))
        f = re.sub(r"\b[a-z]\b", sub, ref["expr"])
        f = f.replace("*100", "×100")
        e = {"value": v, "formula": "%s = %s" % (f, fmt(v)), "unit": ref["unit"]}
        if "decimals" in ref:
            e["decimals"] = ref["decimals"]
        return e
    if k == "narrative":
        return {"substring": ref["substring"]}
    if k == "unanswerable":
        return {"status": "not_found", "reason": ref["reason"]}
    if k == "ambiguous":
        return {"status": "ambiguous"}
    raise ValueError(k)

def year_of(it):
    if "year" in it:
        return it["year"]
    return gold(it["report"])["year"] if it.get("report") else None

def line_of(it, i, cls=None):
    d = {"id": PREFIX + "%03d" % i, "kind": it["kind"], "question": it["question"], "report": it.get("report"),
         "year": year_of(it), "expected": expected_of(it), "class": cls or it["class"]}
    if it.get("note"):
        d["note"] = it["note"]
    return d

def main():
    out = []
    n = 0
    for it in ITEMS:
        n += 1
        out.append(line_of(it, n))
    for f in FOLLOWUPS:
        n += 1
        turns = []
        for t in f["turns"]:
            e = expected_of(t)
            e["report"] = t.get("report")
            e["year"] = year_of(t)
            turns.append({"question": t["question"], "expected": e})
        out.append({"id": PREFIX + "%03d" % n, "kind": "followup", "class": f["class"], "turns": turns})
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    para = []
    surf = ["fullwidth-digits", "chinese-numeral-year", "keyword-only", "irrelevant-clause-first", "typo"]
    for gi, (gid, ctor, spec, qs) in enumerate(PARA):
        assert len(qs) == 5
        for j, q in enumerate(qs):
            if ctor is C:
                it = C(q, spec[0], spec[1], spec[2], spec[3], surf[j])
            else:
                expr, cells, unit, dec = spec
                rep = list(cells.values())[0][0]
                it = D(q, rep, expr, cells, unit, surf[j], decimals=dec)
            d = line_of(it, 0)
            d["id"] = PREFIX + "p%02d-%d" % (gi + 1, j + 1)
            d["group"] = PREFIX + gid
            para.append(d)
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as fh:
        for d in para:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter
    print(Counter(d["kind"] for d in out), len(out), "items;", len(para), "paraphrase lines")

if __name__ == "__main__":
    main()
