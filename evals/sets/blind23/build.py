#!/usr/bin/env python3
"""Build set.jsonl and paraphrase.jsonl for blind set b23 from questions.py + /work/blind/gold/*.json.
No expected number is typed anywhere: every value is read from the gold cells here."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD = "/work/blind/gold"
_g = {}


def gold(rep):
    if rep not in _g:
        _g[rep] = json.load(open(os.path.join(GOLD, rep + ".json"), encoding="utf-8"))
    return _g[rep]


def cell(ref):
    rep, t, r, c = ref
    v = gold(rep)["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f"not a usable number: {ref} -> {v!r}")
    return v


def num(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def lbl(ref):
    rep, t, r, c = ref
    return f"{rep}:{t}.{r}.{c}"


def derive(op, refs, decimals=None):
    vals = [cell(r) for r in refs]
    parts = [f"{lbl(r)}({num(v)})" for r, v in zip(refs, vals)]
    if op == "sum":
        v = sum(vals); f = " + ".join(parts)
    elif op == "diff":
        v = vals[0] - vals[1]; f = f"{parts[0]} - {parts[1]}"
    elif op == "share":
        v = vals[0] / vals[1] * 100; f = f"{parts[0]} / {parts[1]} × 100"
    elif op == "pct_change":
        v = (vals[0] - vals[1]) / vals[1] * 100; f = f"({parts[0]} - {parts[1]}) / {parts[1]} × 100"
    elif op == "max":
        v = max(vals); f = "max(" + ", ".join(parts) + ")"
    else:
        raise SystemExit("unknown op " + op)
    if decimals is not None:
        v = round(v, decimals)
    elif isinstance(v, float):
        v = round(v, 6)
    v = num(v)
    return v, f"{f} = {v}"


def year_of(rep):
    return gold(rep)["year"] if rep else None


def cell_expected(ref):
    rep, t, r, c = ref
    return {"table": t, "row": r, "column": c, "value": num(cell(ref))}


def build_item(it):
    k = it["kind"]
    o = {"kind": k, "question": it["question"], "report": it["report"]}
    if k == "cell":
        o["year"] = year_of(it["report"])
        o["expected"] = cell_expected(it["ref"])
    elif k == "derived":
        o["year"] = year_of(it["report"])
        v, f = derive(it["op"], it["refs"], it.get("decimals"))
        e = {"value": v, "formula": f, "unit": it["unit"]}
        if "decimals" in it:
            e["decimals"] = it["decimals"]
        o["expected"] = e
    elif k == "narrative":
        o["year"] = year_of(it["report"])
        o["expected"] = {"substring": it["substring"]}
    elif k == "unanswerable":
        o["year"] = it["year"]
        o["expected"] = {"status": "not_found", "reason": it["reason"]}
    elif k == "ambiguous":
        o["year"] = None
        o["expected"] = {"status": "ambiguous"}
    if it.get("note"):
        o["note"] = it["note"]
    o["class"] = it["class"]
    return o


def build_turn(t):
    if "cell" in t:
        ref = t["cell"]; e = cell_expected(ref); rep = ref[0]
    elif "derived" in t:
        op, refs, unit = t["derived"]
        v, f = derive(op, refs)
        e = {"value": v, "formula": f, "unit": unit}; rep = refs[0][0]
        rep = t.get("report_year", (rep, None))[0] or rep
    else:
        e = {"status": "not_found", "reason": t["unans"]}
        rep, yr = t.get("report_year", (None, None))
        if yr is None:
            import re
            m = re.search(r"(19|20)\d\d", t["q"])
            yr = int(m.group(0)) if m else None
        e["report"] = rep; e["year"] = yr
        return {"question": t["q"], "expected": e}
    if "derived" in t:
        # a derived turn is attributed to the newer report among its refs
        reps = [r[0] for r in t["derived"][1]]
        rep = max(reps, key=lambda r: gold(r)["year"])
    e["report"] = rep; e["year"] = year_of(rep)
    return {"question": t["q"], "expected": e}


def main():
    out = []
    for i, it in enumerate(Q.ITEMS, 1):
        o = build_item(it)
        out.append({"id": f"b23-{i:03d}", **o})
    for j, fu in enumerate(Q.FOLLOWUPS, 1):
        out.append({"id": f"b23-f{j:02d}", "kind": "followup", "class": fu["class"],
                    "turns": [build_turn(t) for t in fu["turns"]]})
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    para = []
    for gid, maker, spec, variants in Q.PARA:
        for n, (q, cls) in enumerate(variants, 1):
            if maker is Q.C:
                rep = spec[0]
                o = {"id": f"b23-{gid}-{n}", "kind": "cell", "question": q, "report": rep,
                     "year": year_of(rep), "expected": cell_expected(spec), "class": cls, "group": f"b23-{gid}"}
            else:
                op, refs, unit = spec
                v, f = derive(op, refs)
                rep = refs[0][0]
                o = {"id": f"b23-{gid}-{n}", "kind": "derived", "question": q, "report": rep,
                     "year": year_of(rep), "expected": {"value": v, "formula": f, "unit": unit},
                     "class": cls, "group": f"b23-{gid}"}
            para.append(o)
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as fh:
        for o in para:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set:", len(out), dict(Counter(o["kind"] for o in out)), " paraphrase:", len(para))


if __name__ == "__main__":
    main()
