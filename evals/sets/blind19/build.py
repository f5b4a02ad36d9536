# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl for blind set 19 from the gold cells (no typed numbers)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
_cache = {}

def gold(rep):
    if rep not in _cache:
        for d in GOLD_DIRS:
            p = os.path.join(d, rep + ".json")
            if os.path.exists(p):
                _cache[rep] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit("no gold for " + rep)
    return _cache[rep]

def cellval(rep, t, row, col):
    v = gold(rep)["cells"][t][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("non-numeric gold cell asked: %s %s %s %s = %r" % (rep, t, row, col, v))
    return v

def max_key(d):
    return max(d, key=lambda k: d[k])

def evaluate(expr, rep):
    parts = []
    def sub(m):
        args = [a.strip().strip("'\"") for a in m.group(1).split(",")]
        r = args[3] if len(args) > 3 else rep
        val = cellval(r, args[0], args[1], args[2])
        parts.append("%s %s/%s/%s=%s" % (r, args[0], args[1], args[2], val))
        return repr(val)
    num = re.sub(r"v\(([^)]*)\)", sub, expr)
    val = eval(num, {"__builtins__": {}}, {"max_key": max_key, "max": max})
    return val, num, parts

def derived_expected(rep, expr, unit, dec=None):
    val, num, parts = evaluate(expr, rep)
    if dec is not None:
        val = round(val + 0.0, dec)
    elif isinstance(val, float) and unit != "万元":
        val = round(val, 2)
    elif isinstance(val, float):
        val = round(val, 6)
    e = {"value": val, "formula": num + "  [" + "; ".join(parts) + "]", "unit": unit}
    if dec is not None:
        e["decimals"] = dec
    return e

def year_of(rep):
    return gold(rep)["year"] if rep else None

def turn(spec):
    k = spec[0]
    if k == "cell":
        _, q, rep, t, row, col = spec
        return {"question": q, "expected": {"table": t, "row": row, "column": col, "value": cellval(rep, t, row, col),
                                             "report": rep, "year": year_of(rep)}, "kind": "cell"}
    if k == "derived":
        _, q, rep, expr = spec[:4]
        unit = spec[4]; dec = spec[5] if len(spec) > 5 else None
        e = derived_expected(rep, expr, unit, dec); e.update(report=rep, year=year_of(rep))
        return {"question": q, "expected": e, "kind": "derived"}
    if k == "unans":
        _, q, rep, year, reason = spec
        return {"question": q, "expected": {"status": "not_found", "reason": reason, "report": rep, "year": year},
                "kind": "unanswerable"}
    raise ValueError(spec)

def item(spec):
    k = spec[0]
    if k == "cell":
        _, iid, cls, q, rep, t, row, col = spec
        return {"id": iid, "kind": "cell", "class": cls, "question": q, "report": rep, "year": year_of(rep),
                "expected": {"table": t, "row": row, "column": col, "value": cellval(rep, t, row, col)}}
    if k == "derived":
        _, iid, cls, q, rep, expr, unit = spec[:7]
        dec = spec[7] if len(spec) > 7 else None
        return {"id": iid, "kind": "derived", "class": cls, "question": q, "report": rep, "year": year_of(rep),
                "expected": derived_expected(rep, expr, unit, dec)}
    if k == "narr":
        _, iid, cls, q, rep, sub = spec
        return {"id": iid, "kind": "narrative", "class": cls, "question": q, "report": rep, "year": year_of(rep),
                "expected": {"substring": sub}}
    if k == "unans":
        _, iid, cls, q, rep, year, reason = spec
        return {"id": iid, "kind": "unanswerable", "class": cls, "question": q, "report": rep, "year": year,
                "expected": {"status": "not_found", "reason": reason}}
    if k == "amb":
        _, iid, cls, q = spec
        return {"id": iid, "kind": "ambiguous", "class": cls, "question": q, "report": None, "year": None,
                "expected": {"status": "ambiguous"}}
    if k == "fu":
        _, iid, cls, turns = spec
        out = []
        for t in turns:
            tt = turn(t); out.append({"question": tt["question"], "expected": tt["expected"]})
        return {"id": iid, "kind": "followup", "class": cls, "turns": out}
    raise ValueError(spec)

PARA_CLASSES = ["para-plain", "para-fullwidth-or-cn-year", "para-keyword-or-cn-year", "para-year-at-end-or-clause-first", "para-typo"]

def para_items():
    out = []
    for g, base, qs in Q.PARA:
        assert len(qs) == 5, g
        for i, q in enumerate(qs):
            if base[0] == "cell":
                _, rep, t, row, col = base
                it = {"id": "%s-%d" % (g, i + 1), "kind": "cell", "question": q, "report": rep, "year": year_of(rep),
                      "expected": {"table": t, "row": row, "column": col, "value": cellval(rep, t, row, col)}}
            else:
                _, rep, expr, unit = base[:4]
                dec = base[4] if len(base) > 4 else None
                it = {"id": "%s-%d" % (g, i + 1), "kind": "derived", "question": q, "report": rep, "year": year_of(rep),
                      "expected": derived_expected(rep, expr, unit, dec)}
            it["class"] = PARA_CLASSES[i]
            it["group"] = g
            out.append(it)
    return out

def main():
    items = [item(s) for s in Q.ITEMS]
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    pi = para_items()
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for it in pi:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl:", len(items), dict(Counter(i["kind"] for i in items)))
    print("paraphrase.jsonl:", len(pi), "groups", len(Q.PARA))

if __name__ == "__main__":
    main()
