# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl for blind set 17 from the gold cells (no typed numbers)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD_DIRS = ["/work/blind/gold", os.path.join(HERE, "gold")]
_gold = {}

def gold(stem):
    if stem not in _gold:
        for d in GOLD_DIRS:
            p = os.path.join(d, stem + ".json")
            if os.path.exists(p):
                _gold[stem] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit("no gold for " + stem)
    return _gold[stem]

def parse(ref):
    alias, t, row, col = ref.split(":")
    return Q.R[alias], t, row, col

def cell(ref):
    stem, t, row, col = parse(ref)
    v = gold(stem)["cells"][t][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("cell not a number: %s -> %r" % (ref, v))
    return v

def year_of(stem):
    return int(stem.rsplit("_", 1)[1])

def derived(refs, expr, desc, unit, dec):
    vals = {k: cell(r) for k, r in refs.items()}
    v = eval(expr, {"max": max, "min": min, "__builtins__": {}}, dict(vals))
    if dec is not None:
        v = round(v, dec)
    elif isinstance(v, float) and v == int(v):
        v = int(v)
    shown = re.sub(r"\b([a-z])\b", lambda m: repr(vals[m.group(1)]) if m.group(1) in vals else m.group(1), expr)
    exp = {"value": v, "formula": "%s = %s" % (desc, shown), "unit": unit}
    if dec is not None:
        exp["decimals"] = dec
    stems = sorted({parse(r)[0] for r in refs.values()})
    return exp, stems

def cell_exp(ref):
    stem, t, row, col = parse(ref)
    return {"table": t, "row": row, "column": col, "value": cell(ref)}, stem

def main():
    items = []
    n = [0]
    def nid():
        n[0] += 1
        return "b17-%03d" % n[0]
    for q, ref, cls in Q.CELLS:
        e, stem = cell_exp(ref)
        items.append({"id": nid(), "kind": "cell", "question": q, "report": stem, "year": year_of(stem), "expected": e, "class": cls})
    for q, refs, expr, desc, unit, dec, cls in Q.DERIVED:
        e, stems = derived(refs, expr, desc, unit, dec)
        stem = stems[-1] if len(stems) == 1 else max(stems, key=year_of)
        it = {"id": nid(), "kind": "derived", "question": q, "report": stem, "year": year_of(stem), "expected": e, "class": cls}
        if len(stems) > 1:
            it["note"] = "uses reports: " + ", ".join(stems)
        items.append(it)
    for q, alias, sub, cls in Q.NARR:
        stem = Q.R[alias]
        items.append({"id": nid(), "kind": "narrative", "question": q, "report": stem, "year": year_of(stem), "expected": {"substring": sub}, "class": cls})
    for q, reason, cls in Q.UNANS:
        items.append({"id": nid(), "kind": "unanswerable", "question": q, "report": None, "year": None, "expected": {"status": "not_found", "reason": reason}, "class": cls})
    for q, why in Q.AMBIG:
        items.append({"id": nid(), "kind": "ambiguous", "question": q, "report": None, "year": None, "expected": {"status": "ambiguous"}, "class": "underdetermined", "note": why})
    for cls, turns in Q.FOLLOW:
        out = []
        for t in turns:
            if t[0] == "cell":
                e, stem = cell_exp(t[2])
                e = dict(e, report=stem, year=year_of(stem))
            elif t[0] == "derived":
                e, stems = derived(*t[2:])
                stem = max(stems, key=year_of)
                e = dict(e, report=stem, year=year_of(stem))
            else:
                e = {"status": "not_found", "reason": t[2], "report": None, "year": None}
            out.append({"question": t[1], "expected": e})
        items.append({"id": nid(), "kind": "followup", "class": cls, "turns": out})
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    para = []
    k = 0
    for g, kind, spec, qs in Q.PARA:
        if kind == "cell":
            e, stem = cell_exp(spec)
        else:
            e, stems = derived(*spec)
            stem = max(stems, key=year_of)
        classes = ["full-name", "chinese-numeral-year", "year-at-end", "keyword-only", "irrelevant-clause+typo"]
        for i, q in enumerate(qs):
            k += 1
            para.append({"id": "b17-p%03d" % k, "kind": kind, "group": "b17-" + g, "question": q, "report": stem,
                         "year": year_of(stem), "expected": e, "class": classes[i]})
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for it in para:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print(Counter(i["kind"] for i in items), len(items), "paraphrase", len(para))

if __name__ == "__main__":
    main()
