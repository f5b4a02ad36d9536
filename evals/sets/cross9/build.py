# -*- coding: utf-8 -*-
"""Build set.jsonl of the x9 cross-report set from questions.py and the gold cells (never typed numbers)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions import Q

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
gold = {}
for f in os.listdir(GOLD):
    if f.endswith(".json"):
        gold[f[:-5]] = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))

def body_of(stem): return stem.rsplit("_", 1)[0]
def year_of(stem): return int(stem.rsplit("_", 1)[1])
def reports_of(body): return sorted([s for s in gold if body_of(s) == body], key=year_of)
def newest(body): return reports_of(body)[-1]

def has(stem, t, r, c):
    return c in gold[stem]["cells"].get(t, {}).get(r, {})

def cell(stem, t, r, c):
    v = gold[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("not a usable number: %s %s %s %s = %r" % (stem, t, r, c, v))
    return v

def name(x):
    if x["op"] == "cell":
        return "%s.%s.%s" % (x["t"], x["r"], x["c"])
    if x["op"] == "sum":
        return "(" + " + ".join(name(a) for a in x["args"]) + ")"
    if x["op"] == "pct":
        return "%s / %s × 100" % (name(x["num"]), name(x["den"]))

def ev(stem, x):
    """returns (value, text with the cell values)"""
    if x["op"] == "cell":
        v = cell(stem, x["t"], x["r"], x["c"]); return v, "%s=%s" % (name(x), v)
    if x["op"] == "sum":
        parts = [ev(stem, a) for a in x["args"]]
        v = sum(p[0] for p in parts)
        v = round(v, 6) if isinstance(v, float) else v
        return v, " + ".join(str(p[0]) for p in parts) + " = %s" % v
    if x["op"] == "pct":
        n, _ = ev(stem, x["num"]); d, _ = ev(stem, x["den"])
        v = round(n / d * 100, x["dec"])
        return v, "%s / %s × 100 = %s" % (n, d, v)

def series_exp(body, t, r, c, span=None, pick=None, mp=None):
    reps = reports_of(body)
    ys = {year_of(s): s for s in reps}
    y0, y1 = (span if span else (min(ys), max(ys)))
    values, gaps, nc = {}, [], []
    for y in range(y0, y1 + 1):
        if y not in ys:
            gaps.append(y); continue
        s = ys[y]
        fmt = gold[s]["format"]
        tt, rr, cc = (mp[fmt] if mp and fmt in mp else (t, r, c))
        if not has(s, tt, rr, cc):
            nc.append(y); continue
        ent = {"report": s, "value": cell(s, tt, rr, cc)}
        if (tt, rr, cc) != (t, r, c):
            ent.update({"table": tt, "row": rr, "column": cc})
        values[str(y)] = ent
    pk = None
    if pick:
        vals = [(e["value"], int(y)) for y, e in values.items()]
        if pick == "sum":
            v = sum(v for v, _ in vals); v = round(v, 6) if isinstance(v, float) else v
            pk = {"kind": "sum", "value": v, "year": None}
        else:
            best = max(v for v, _ in vals) if pick == "max" else min(v for v, _ in vals)
            yrs = [y for v, y in vals if v == best]
            assert len(yrs) == 1, ("tie in pick", body, r, c, yrs)
            pk = {"kind": pick, "value": best, "year": yrs[0]}
    assert values, (body, r, c)
    return {"table": t, "row": r, "column": c, "values": values, "gaps": gaps, "not_comparable": nc, "pick": pk}

def comparison_exp(reports, calc, order, unit, years_differ):
    vals, det = {}, {}
    for s in reports:
        v, txt = ev(s, calc); vals[s] = v; det[s] = txt
    ys = {year_of(s) for s in reports}
    assert years_differ == (len(ys) > 1), reports
    top = None
    if order:
        best = max(vals.values()) if order == "desc" else min(vals.values())
        tops = [s for s in reports if vals[s] == best]
        if len(tops) == 1:
            top = tops[0]
        else:
            order = None
    exp = {"values": vals, "unit": unit,
           "formula": (name(calc) if calc["op"] != "cell" else None),
           "order": order, "top": top,
           "decimals": (calc["dec"] if calc["op"] == "pct" else None),
           "detail": det}
    if years_differ:
        exp["years_differ"] = True
    return exp

def consistency_exp(pairs, column, mode, row):
    out = []
    for a, b in pairs:
        assert body_of(a) == body_of(b) and year_of(b) == year_of(a) + 1
        if mode == "carry":
            o = cell(a, "T3", "carried_to_next_year", column); i = cell(b, "T3", "carried_over_from_last_year", column)
            out.append({"from": a, "to": b, "column": column, "out": o, "in": i, "agree": o == i})
        else:
            o = cell(a, "stats", row, "cumulative"); add = cell(b, "stats", row, "this_year"); i = cell(b, "stats", row, "cumulative")
            out.append({"from": a, "to": b, "column": "cumulative", "row": row, "out": o, "added_this_year": add,
                        "expected_in": o + add, "in": i, "agree": o + add == i,
                        "rule": "历年累计(Y) = 历年累计(Y-1) + 本年度(Y)"})
    return {"pairs": out, "all_agree": all(p["agree"] for p in out)}

def cell_exp(stem, t, r, c):
    return {"table": t, "row": r, "column": c, "value": cell(stem, t, r, c)}

def turn(q):
    k = q["kind"]
    base = {"kind": k, "question": q["question"]}
    if k == "series":
        base["body"] = q["body"]; base["span"] = q.get("span")
        base["expected"] = series_exp(q["body"], q["t"], q["r"], q["c"], q.get("span"), q.get("pick"), q.get("map"))
        base["report"] = None; base["year"] = None
    elif k == "comparison":
        base["reports"] = q["reports"]
        yd = len({year_of(s) for s in q["reports"]}) > 1
        base["ref"] = {"calc": q["calc"]}
        base["expected"] = comparison_exp(q["reports"], q["calc"], q.get("order", "desc"), q.get("unit", "件"), yd)
        base["report"] = None; base["year"] = None
    elif k == "unanswerable":
        base["expected"] = {"status": "not_found", "reason": q["reason"]}
        base["report"] = None; base["year"] = None
    elif k == "cell":
        base["expected"] = cell_exp(q["report"], q["t"], q["r"], q["c"])
        base["report"] = q["report"]; base["year"] = q["year"]
    base["expected"]["report"] = base.pop("report"); base["expected"]["year"] = base.pop("year")
    return base

lines = []
for q in Q:
    k = q["kind"]
    it = {"id": q["id"], "kind": k, "class": q["cls"]}
    if k != "followup":
        it["question"] = q["question"]
    if k == "series":
        it["body"] = q["body"]; it["span"] = q["span"]
        if q.get("map"): it["mapping"] = {f: list(v) for f, v in q["map"].items()}
        it["expected"] = series_exp(q["body"], q["t"], q["r"], q["c"], q["span"], q["pick"], q.get("map"))
    elif k == "comparison":
        it["reports"] = q["reports"]; it["ref"] = {"calc": q["calc"]}
        it["expected"] = comparison_exp(q["reports"], q["calc"], q["order"], q["unit"], q["years_differ"])
    elif k == "consistency":
        it["body"] = q["body"]; it["ref"] = {"mode": q["mode"], "row": q["row"]}
        it["expected"] = consistency_exp(q["pairs"], q["column"], q["mode"], q["row"])
    elif k == "noyear":
        s = newest(q["body"]); it["body"] = q["body"]
        it["year"] = year_of(s)
        if q["sub"] == "narrative":
            it["expected"] = {"type": "narrative", "substring": q["substring"], "report": s}
        elif q["sub"] == "cell":
            x = q["calc"]
            e = cell_exp(s, x["t"], x["r"], x["c"]); e["type"] = "cell"; e["report"] = s
            it["expected"] = e
        else:
            v, txt = ev(s, q["calc"])
            it["ref"] = {"calc": q["calc"]}
            it["expected"] = {"type": "derived", "value": v, "formula": name(q["calc"]) + ": " + txt, "unit": "件", "report": s}
    elif k == "nobody":
        it["expected"] = {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in q["subs"]],
                          "reports": [r for r, _ in q["subs"]]}
    elif k == "unanswerable":
        it["report"] = None; it["year"] = None
        it["expected"] = {"status": "not_found", "reason": q["reason"]}
    elif k == "followup":
        it["turns"] = [turn(t) for t in q["turns"]]
    if q.get("note"):
        it["note"] = q["note"]
    lines.append(it)

ids = [l["id"] for l in lines]
assert len(ids) == len(set(ids))
with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
    for l in lines:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
from collections import Counter
print(len(lines), Counter(l["kind"] for l in lines))
