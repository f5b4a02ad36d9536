#!/usr/bin/env python3
"""Compute every expected value of the c- set from gold/*.json and write set.jsonl + paraphrase.jsonl.
Nothing numeric is typed here or in questions.py: values come from the gold cells."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD = {}
for f in os.listdir(os.path.join(HERE, "gold")):
    if f.endswith(".json"):
        GOLD[f[:-5]] = json.load(open(os.path.join(HERE, "gold", f), encoding="utf-8"))

def year(rep):
    return GOLD[rep]["year"] if rep else None

def val(rep, row, col):
    v = GOLD[rep]["cells"]["stats"][row][col]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise SystemExit(f"refusing to ask for non-numeric/unresolved cell {rep} {row} {col}: {v!r}")
    return v

def label(rep, row, col):
    g = GOLD[rep]
    return f"{g['issuer']}{g['year']} {g['labels'][row]}（{g['column_labels'][col]}）"

def expected_ref(rep, ref, unit="条"):
    if "op" not in ref:
        return {"table": "stats", "row": ref["row"], "column": ref["column"], "value": val(rep, ref["row"], ref["column"])}
    if ref["op"] == "lin":
        total, parts = 0, []
        for coef, r, row, col in ref["terms"]:
            v = val(r, row, col); total += coef * v
            parts.append(("- " if coef < 0 else "+ ") + f"{label(r, row, col)} {v}")
        s = " ".join(parts)
        s = s[2:] if s.startswith("+ ") else s
        return {"value": total, "formula": f"{s} = {total}", "unit": unit}
    if ref["op"] == "pct":
        n = sum(c * val(r, row, col) for c, r, row, col in ref["num"])
        d = sum(c * val(r, row, col) for c, r, row, col in ref["den"])
        p = round(100.0 * n / d, ref["decimals"])
        nl = " + ".join(f"{label(r, row, col)} {val(r, row, col)}" for c, r, row, col in ref["num"])
        dl = " + ".join(f"{label(r, row, col)} {val(r, row, col)}" for c, r, row, col in ref["den"])
        return {"value": p, "formula": f"({nl}) / ({dl}) × 100 = {p}", "unit": "%", "decimals": ref["decimals"]}
    if ref["op"] == "max":
        vals = [(val(r, row, col), label(r, row, col)) for c, r, row, col in ref["terms"]]
        m = max(v for v, _ in vals)
        best = [l for v, l in vals if v == m]
        return {"value": m, "formula": "max(" + ", ".join(f"{l} {v}" for v, l in vals) + f") = {m} ({'; '.join(best)})",
                "unit": unit}
    raise ValueError(ref)

def kind_of(ref):
    return "cell" if "op" not in ref else "derived"

def build_item(it, iid):
    k = it["kind"]
    out = {"id": iid, "kind": k, "class": it["class"]}
    if k == "followup":
        turns = []
        for t in it["turns"]:
            if "unanswerable" in t:
                e = {"status": "not_found", "reason": t["unanswerable"]}
                tk = "unanswerable"
            else:
                e = expected_ref(t["report"], t["ref"], t.get("unit", "条"))
                tk = kind_of(t["ref"])
            e["report"] = t["report"]
            e["year"] = t.get("year", year(t["report"]))
            e["kind"] = tk
            turn = {"question": t["question"], "expected": e}
            if t.get("note"): turn["note"] = t["note"]
            turns.append(turn)
        out["turns"] = turns
        if it.get("note"): out["note"] = it["note"]
        return out
    out["question"] = it["question"]
    out["report"] = it["report"]
    if k == "cell":
        out["year"] = year(it["report"])
        out["expected"] = expected_ref(it["report"], it["ref"])
    elif k == "derived":
        out["year"] = year(it["report"])
        out["expected"] = expected_ref(it["report"], it["ref"], it.get("unit", "条"))
    elif k == "narrative":
        out["year"] = year(it["report"])
        out["expected"] = {"substring": it["substring"]}
    elif k == "unanswerable":
        out["year"] = it["year"]
        out["expected"] = {"status": "not_found", "reason": it["reason"]}
    elif k == "ambiguous":
        out["year"] = it["year"]
        out["expected"] = {"status": "ambiguous"}
    else:
        raise ValueError(k)
    if it.get("note"): out["note"] = it["note"]
    return out

def main():
    rows = [build_item(it, f"c-{i:03d}") for i, it in enumerate(Q.ITEMS, 1)]
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    prow = []
    for gi in Q.PARA:
        e = expected_ref(gi["report"], gi["ref"], gi.get("unit", "条"))
        for j, (cls, q) in enumerate(gi["questions"], 1):
            r = {"id": f"{gi['group']}-{j}", "kind": gi["kind"], "group": gi["group"], "class": cls, "question": q,
                 "report": gi["report"], "year": year(gi["report"]), "expected": e}
            if gi.get("note"): r["note"] = gi["note"]
            prow.append(r)
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as fh:
        for r in prow:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl", len(rows), dict(Counter(r["kind"] for r in rows)))
    print("paraphrase.jsonl", len(prow), "groups", len(Q.PARA))

if __name__ == "__main__":
    main()
