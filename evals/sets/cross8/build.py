#!/usr/bin/env python3
"""Build set.jsonl for blind cross-report set x8 from questions.py + the gold cells (no typed numbers)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

CORPUS = "/work/shared/corpus"
GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]

STEMS = sorted(os.path.splitext(f)[0] for f in os.listdir(CORPUS)
               if f.endswith((".txt", ".md", ".pdf", ".html")) and f != "SOURCES.md")

def load_gold(stem):
    for d in GOLD_DIRS:
        p = os.path.join(d, stem + ".json")
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    raise SystemExit("no gold for " + stem)

GOLD = {s: load_gold(s) for s in STEMS}

def body_of(stem): return stem.rsplit("_", 1)[0]
def year_of(stem): return int(stem.rsplit("_", 1)[1])
def stems_of(body): return sorted((s for s in STEMS if body_of(s) == body), key=year_of)

class NotComparable(Exception): pass

def raw(stem, cell):
    t, r, c = cell
    cells = GOLD[stem]["cells"]
    if t not in cells or r not in cells[t] or c not in cells[t][r]:
        raise NotComparable(cell)
    return cells[t][r][c]

def num(x):
    if isinstance(x, float):
        x = round(x, 6)
        if x == int(x) and False:
            return int(x)
    return x

def cells_for(concept, stem):
    fmt = GOLD[stem]["format"]
    if fmt == "pre_2019" and "pre" in concept:
        cl = concept["pre"]
    elif fmt == "2019_trial" and "trial" in concept:
        cl = concept["trial"]
    else:
        cl = concept["cells"]
    if cl is None:
        raise NotComparable(stem)
    return cl

def cval(concept, stem, blank_zero=False):
    cl = cells_for(concept, stem)
    tot = 0
    for cell in cl:
        v = raw(stem, cell)
        if v is None and concept.get("blank_zero"):
            v = 0
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            raise SystemExit(f"non-numeric gold cell {stem} {cell}: {v!r}")
        tot += v
    return num(tot), cl

def cellname(cell):
    t, r, c = cell
    return f"{t}.{r}.{c}"

def head(concept):
    cl = concept["cells"]
    ts = sorted(set(c[0] for c in cl)); rs = []; cs = []
    for c in cl:
        if c[1] not in rs: rs.append(c[1])
        if c[2] not in cs: cs.append(c[2])
    return {"table": "+".join(ts), "row": "+".join(rs), "column": "+".join(cs)}

def series(sp):
    body = sp["body"]; ss = stems_of(body)
    years = [year_of(s) for s in ss]
    y0, y1 = sp["span"] if sp["span"] else (min(years), max(years))
    values, gaps, nc = {}, [], []
    for y in range(y0, y1 + 1):
        stem = f"{body}_{y}"
        if stem not in GOLD:
            gaps.append(y); continue
        try:
            v, cl = cval(sp["concept"], stem)
        except NotComparable:
            nc.append(y); continue
        values[str(y)] = {"report": stem, "value": v, "cells": [cellname(c) for c in cl]}
    pick = None
    if sp["pick"]:
        vs = [(d["value"], int(y)) for y, d in values.items()]
        if sp["pick"] == "sum":
            pick = {"kind": "sum", "value": num(sum(v for v, _ in vs)), "year": None}
        else:
            best = max(v for v, _ in vs) if sp["pick"] == "max" else min(v for v, _ in vs)
            ys = [y for v, y in vs if v == best]
            assert len(ys) == 1, ("tie in pick", sp["question"], ys)
            pick = {"kind": sp["pick"], "value": best, "year": ys[0]}
    exp = dict(head(sp["concept"]))
    exp.update({"values": values, "gaps": gaps, "not_comparable": nc, "pick": pick, "unit": sp["concept"]["unit"]})
    assert values, ("empty series", sp["question"])
    return {"body": body}, exp

def formula_of(sp):
    if "rate" in sp:
        R = sp["rate"]
        n = " + ".join(cellname(c) for c in R["num"]["cells"]); d = " + ".join(cellname(c) for c in R["den"]["cells"])
        return f"({n}) / ({d}) × 100"
    cl = sp["concept"]["cells"]
    return None if len(cl) == 1 else " + ".join(cellname(c) for c in cl)

def comparison(sp):
    vals = {}
    for stem in sp["reports"]:
        if "rate" in sp:
            R = sp["rate"]
            a, _ = cval(R["num"], stem); b, _ = cval(R["den"], stem)
            vals[stem] = round(a / b * 100, R["decimals"])
        else:
            vals[stem], _ = cval(sp["concept"], stem)
    order = sp.get("order"); top = None
    if order:
        best = max(vals.values()) if order == "desc" else min(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        assert len(tops) == 1, ("tie", sp["question"], tops)
        top = tops[0]
    yd = len(set(year_of(s) for s in sp["reports"])) > 1
    assert yd == bool(sp.get("years_differ")), ("years_differ flag", sp["question"])
    unit = sp.get("unit") or sp.get("concept", {}).get("unit", "件")
    exp = {"values": vals, "unit": unit, "formula": formula_of(sp), "order": order, "top": top,
           "decimals": sp["rate"]["decimals"] if "rate" in sp else None}
    if yd:
        exp["years_differ"] = True
    return {"reports": sp["reports"]}, exp

def consistency(sp):
    body = sp["body"]; y0, y1 = sp["span"]; pairs = []
    for y in range(y0, y1):
        a, b = f"{body}_{y}", f"{body}_{y+1}"
        if a not in GOLD or b not in GOLD:
            continue
        if sp["mode"] == "carry":
            col = sp["column"]
            out = raw(a, ("T3", "carried_to_next_year", col)); inn = raw(b, ("T3", "carried_over_from_last_year", col))
            pairs.append({"from": a, "to": b, "column": col, "out": out, "in": inn, "agree": out == inn})
        else:
            row = sp["row"]
            out = raw(a, ("stats", row, "cumulative")) + raw(b, ("stats", row, "this_year"))
            inn = raw(b, ("stats", row, "cumulative"))
            pairs.append({"from": a, "to": b, "row": row, "column": "cumulative", "out": out, "in": inn, "agree": out == inn})
    assert pairs, sp["question"]
    exp = {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}
    if sp["mode"] == "cumulative":
        exp["chain"] = "out = 历年累计(Y) + 本年度(Y+1); in = 历年累计(Y+1) as printed"
    else:
        exp["chain"] = "out = 四、结转下年度继续办理 (Y); in = 二、上年结转政府信息公开申请数量 (Y+1)"
    return {"body": body}, exp

def noyear(sp):
    stem = stems_of(sp["body"])[-1]
    if sp["sub"] == "cell":
        v, _ = cval({"cells": [sp["cell"]], "unit": "件"}, stem)
        t, r, c = sp["cell"]
        exp = {"table": t, "row": r, "column": c, "value": v}
    elif sp["sub"] == "derived":
        v, _ = cval(sp["concept"], stem)
        parts = [f"{cellname(c)} {raw(stem, c)}" for c in sp["concept"]["cells"]]
        exp = {"value": v, "formula": " + ".join(parts), "unit": sp["concept"]["unit"]}
    else:
        exp = {"substring": sp["substring"]}
    exp["report"] = stem
    return {"report": stem, "year": year_of(stem), "sub": sp["sub"]}, exp

def nobody(sp):
    return {}, {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in sp["subs"]], "reports": [r for r, _ in sp["subs"]]}

def unanswerable(sp):
    return {}, {"status": "not_found", "reason": sp["reason"]}

def ambiguous(sp):
    return {}, {"status": "ambiguous"}

FN = {"series": series, "comparison": comparison, "consistency": consistency, "noyear": noyear,
      "nobody": nobody, "unanswerable": unanswerable, "ambiguous": ambiguous}

def turn(sp):
    top, exp = FN[sp["kind"]](sp)
    exp = dict(exp)
    exp.setdefault("report", top.get("report"))
    exp.setdefault("year", top.get("year"))
    for k in ("body", "reports"):
        if k in top: exp[k] = top[k]
    t = {"question": sp["question"], "kind": sp["kind"], "expected": exp}
    if sp.get("note"): t["note"] = sp["note"]
    return t

def main():
    out = []
    for i, sp in enumerate(Q.ITEMS, 1):
        item = {"id": f"x8-{i:03d}", "kind": sp["kind"], "class": sp["cls"]}
        if sp["kind"] == "followup":
            item["turns"] = [turn(t) for t in sp["turns"]]
        else:
            item["question"] = sp["question"]
            top, exp = FN[sp["kind"]](sp)
            if sp["kind"] == "noyear":
                item["report"], item["year"] = top["report"], top["year"]
            else:
                item.update({k: v for k, v in top.items() if k in ("body", "reports")})
            item["expected"] = exp
        if sp.get("note"): item["note"] = sp["note"]
        out.append(item)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote", len(out), "items")

if __name__ == "__main__":
    main()
