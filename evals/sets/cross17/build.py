#!/usr/bin/env python3
"""Build set.jsonl for blind cross-report set xset17 from questions.py + /work/blind/gold/*.json."""
import json, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
gold = {os.path.basename(f)[:-5]: json.load(open(f)) for f in glob.glob(GOLD + "/*.json")}
stems = sorted(os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f.rsplit(".", 1)[-1] in ("txt", "md", "pdf", "html") and f != "SOURCES.md")
assert set(stems) == set(gold), set(stems) ^ set(gold)

def body_of(stem): return stem.rsplit("_", 1)[0]
def year_of(stem): return int(stem.rsplit("_", 1)[1])
def years_of(body): return sorted(year_of(s) for s in stems if body_of(s) == body)

def cell(stem, t, r, c):
    v = gold[stem]["cells"][t][r][c]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise ValueError(f"not a usable number: {stem} {t} {r} {c} = {v!r}")
    return v

def csum(stem, refs):
    vals = [cell(stem, *r) for r in refs]
    return round(sum(vals), 6) if any(isinstance(v, float) for v in vals) else sum(vals), vals

def refname(refs): return " + ".join(f"{t}.{r}.{c}" for t, r, c in refs)

def series(spec):
    body = spec["body"]
    idx = years_of(body)
    lo, hi = spec["span"] if spec.get("span") else (idx[0], idx[-1])
    values, gaps, nc = {}, [], []
    for y in range(lo, hi + 1):
        stem = f"{body}_{y}"
        if stem not in gold:
            gaps.append(y); continue
        refs = spec["ref"].get(gold[stem]["format"])
        if refs is None:
            nc.append(y); continue
        v, _ = csum(stem, refs)
        values[str(y)] = {"report": stem, "value": v, "cells": refname(refs)}
    assert values, spec["q"]
    pick = None
    if spec.get("pick"):
        k = spec["pick"]
        if k == "sum":
            tot = sum(d["value"] for d in values.values())
            pick = {"kind": "sum", "value": round(tot, 6) if isinstance(tot, float) else tot, "year": None}
        else:
            f = max if k == "max" else min
            best = f(d["value"] for d in values.values())
            yrs = [int(y) for y, d in values.items() if d["value"] == best]
            assert len(yrs) == 1, ("tie in pick", spec["q"], yrs)
            pick = {"kind": k, "value": best, "year": yrs[0]}
    first = next(iter(values.values()))
    t, r, c = first["cells"].split(" + ")[0].split(".", 2)
    exp = {"table": t, "row": r, "column": c, "values": values, "gaps": gaps, "not_comparable": nc, "pick": pick, "unit": spec.get("unit")}
    if len(first["cells"].split(" + ")) > 1:
        exp["row"] = first["cells"]; exp["table"] = t; exp["column"] = "sum of cells"
    if len({d["cells"] for d in values.values()}) > 1:
        exp["table"] = "mixed"; exp["row"] = "see values[].cells"; exp["column"] = "see values[].cells"
    return {"kind": "series", "body": body, "span": [lo, hi], "expected": exp}

def comparison(spec):
    vals, parts = {}, []
    for stem in spec["reports"]:
        if "rate" in spec:
            n, nv = csum(stem, spec["rate"]["num"]); d, dv = csum(stem, spec["rate"]["den"])
            v = round(100.0 * n / d, spec["decimals"])
            parts.append(f"{stem}: ({'+'.join(map(str, nv))})/{'+'.join(map(str, dv))}*100 = {v}")
        else:
            v, cv = csum(stem, spec["ref"])
            if len(cv) > 1: parts.append(f"{stem}: {'+'.join(map(str, cv))} = {v}")
        vals[stem] = v
    order = spec.get("order")
    top = None
    if order:
        best = (max if order == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        assert len(tops) == 1, ("tie", spec["q"])
        top = tops[0]
    if "rate" in spec:
        formula = f"({refname(spec['rate']['num'])}) / ({refname(spec['rate']['den'])}) * 100; " + "; ".join(parts)
    elif len(spec["ref"]) > 1:
        formula = refname(spec["ref"]) + "; " + "; ".join(parts)
    else:
        formula = None
    exp = {"values": vals, "unit": spec["unit"], "formula": formula, "order": order, "top": top, "decimals": spec.get("decimals")}
    yrs = {year_of(s) for s in spec["reports"]}
    if len(yrs) > 1:
        assert spec.get("years_differ"), spec["q"]
        exp["years_differ"] = True
    return {"kind": "comparison", "reports": spec["reports"], "ref": {"cells": refname(spec["ref"]) if "ref" in spec else None,
            "rate_num": refname(spec["rate"]["num"]) if "rate" in spec else None,
            "rate_den": refname(spec["rate"]["den"]) if "rate" in spec else None}, "expected": exp}

def consistency(spec):
    body = spec["body"]; pairs = []
    for a, b, col in spec["pairs"]:
        fa, fb = f"{body}_{a}", f"{body}_{b}"
        assert b == a + 1 and fa in gold and fb in gold
        if spec["mode"] == "carry":
            out = cell(fa, "T3", "carried_to_next_year", col); inn = cell(fb, "T3", "carried_over_from_last_year", col)
            pairs.append({"from": fa, "to": fb, "column": col, "out": out, "in": inn, "agree": out == inn,
                          "rule": "T3 carried_to_next_year(Y) == T3 carried_over_from_last_year(Y+1)"})
        else:
            row = spec["row"]
            prev = cell(fa, "stats", row, "cumulative"); cur = cell(fb, "stats", row, "this_year")
            out = prev + cur; inn = cell(fb, "stats", row, "cumulative")
            pairs.append({"from": fa, "to": fb, "column": "cumulative", "row": row, "out": out, "in": inn, "agree": out == inn,
                          "rule": f"stats.{row}.cumulative(Y) + stats.{row}.this_year(Y+1) [= {prev}+{cur}] == stats.{row}.cumulative(Y+1)"})
    return {"kind": "consistency", "body": body, "expected": {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}}

def answer_for(stem, spec):
    a = spec["ans"]
    if a == "cell":
        t, r, c = spec["ref"]
        return {"answer_type": "cell", "table": t, "row": r, "column": c, "value": cell(stem, t, r, c)}
    if a == "derived":
        v, vals = csum(stem, spec["refs"])
        return {"answer_type": "derived", "value": v, "formula": f"{refname(spec['refs'])} = {' + '.join(map(str, vals))}", "unit": spec["unit"]}
    return {"answer_type": "narrative", "substring": spec["substring"]}

def noyear(spec):
    body = spec["body"]; y = years_of(body)[-1]; stem = f"{body}_{y}"
    exp = answer_for(stem, spec); exp["report"] = stem
    ref = {"cells": refname([spec["ref"]]) if "ref" in spec else (refname(spec["refs"]) if "refs" in spec else None)}
    return {"kind": "noyear", "body": body, "report": stem, "year": y, "ref": ref, "expected": exp}

def cellturn(spec):
    t, r, c = spec["ref"]
    return {"kind": "cell", "report": spec["report"], "year": year_of(spec["report"]),
            "expected": {"table": t, "row": r, "column": c, "value": cell(spec["report"], t, r, c), "report": spec["report"], "year": year_of(spec["report"])}}

def unans(spec):
    return {"kind": "unanswerable", "report": None, "year": None, "expected": {"status": "not_found", "reason": spec["reason"]}}

KIND = {"series": series, "comparison": comparison, "consistency": consistency, "cell": cellturn, "unanswerable": unans}

def main():
    out, n = [], 0
    def nid():
        nonlocal n; n += 1; return f"x17-{n:03d}"
    def add(kind_fn, spec, kind=None):
        item = {"id": nid(), "class": spec["cls"], "question": spec["q"]}
        item.update(kind_fn(spec))
        if spec.get("note"): item["note"] = spec["note"]
        out.append(item)
    for s in Q.SERIES: add(series, s)
    for s in Q.COMPARISONS: add(comparison, s)
    for s in Q.CONSISTENCY: add(consistency, s)
    for s in Q.NOYEAR: add(noyear, s)
    for s in Q.NOBODY:
        out.append({"id": nid(), "kind": "nobody", "class": s["cls"], "question": s["q"], "report": None, "year": None,
                    "expected": {"accept": ["grouped", "ambiguous"], "substrings": [x for _, x in s["subs"]], "reports": [r for r, _ in s["subs"]]}})
    for s in Q.UNANSWERABLE: add(unans, s)
    for f in Q.FOLLOWUPS:
        turns = []
        for t in f["turns"]:
            d = {"question": t["q"]}
            d.update(KIND[t["kind"]](t))
            if t.get("note"): d["note"] = t["note"]
            turns.append(d)
        out.append({"id": nid(), "kind": "followup", "class": f["cls"], "turns": turns})
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for it in out: fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), dict(Counter(i["kind"] for i in out)))

if __name__ == "__main__":
    main()
