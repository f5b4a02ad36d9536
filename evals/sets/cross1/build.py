# -*- coding: utf-8 -*-
"""Build cross-report blind set 1 (x1-) from questions.py + gold cells.

Every expected number is read from /work/blind/gold/*.json (no figure is typed here).
Writes set.jsonl next to this file.
"""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
READ_DIR = os.path.join(HERE, "read")   # text read from rendered PDF / HTML pages
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

TEXT_EXT = (".txt", ".md")


class BuildError(Exception):
    pass


# ------------------------------------------------------------------ corpus / gold
def corpus_index():
    idx = {}
    for fn in os.listdir(CORPUS):
        stem, ext = os.path.splitext(fn)
        if ext not in (".txt", ".md", ".pdf", ".html") or "_" not in stem:
            continue
        body, year = stem.rsplit("_", 1)
        idx[stem] = {"body": body, "year": int(year), "file": fn}
    return idx


CORP = corpus_index()
GOLD = {}
for stem in CORP:
    p = os.path.join(GOLD_DIR, stem + ".json")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            GOLD[stem] = json.load(f)
missing = sorted(set(CORP) - set(GOLD))
if missing:
    raise SystemExit("reports without gold: %s" % missing)


def body_years(body):
    return sorted(v["year"] for v in CORP.values() if v["body"] == body)


def stem_of(body, year):
    s = "%s_%d" % (body, year)
    return s if s in CORP else None


def fmt(stem):
    return GOLD[stem]["format"]


def cell_exists(stem, cell):
    t, r, c = cell
    return c in GOLD[stem]["cells"].get(t, {}).get(r, {})


def cell_value(stem, cell):
    t, r, c = cell
    if not cell_exists(stem, cell):
        raise BuildError("%s has no cell %s" % (stem, cell))
    v = GOLD[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise BuildError("%s cell %s is not a plain number: %r" % (stem, cell, v))
    return v


def D(v):
    return Decimal(str(v))


def num(d):
    """Decimal -> int when integral, else float"""
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def cname(cell):
    return "%s.%s.%s" % cell


# ------------------------------------------------------------------ metrics
def alt_exists(stem, alt):
    if isinstance(alt, dict):
        return all(cell_exists(stem, c) for c in alt["sum"])
    return cell_exists(stem, alt)


def resolve(stem, metric):
    """-> None (row not in this report's format) or dict(value, cell|cells, formula)"""
    mdef = Q.METRICS[metric]
    alts = mdef["map"].get(fmt(stem), [])
    for alt in alts:
        if not alt_exists(stem, alt):
            continue
        if isinstance(alt, dict):
            vals = [cell_value(stem, c) for c in alt["sum"]]
            tot = sum(D(v) for v in vals)
            return {"value": num(tot), "cells": [cname(c) for c in alt["sum"]],
                    "formula": " + ".join(str(v) for v in vals) + " = " + str(num(tot))}
        return {"value": cell_value(stem, alt), "cell": cname(alt)}
    return None


def rdec(x, d):
    q = Decimal(1).scaleb(-d)
    return float(x.quantize(q, rounding=ROUND_HALF_UP)) if d > 0 else int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def resolve_rate(stem, rate, decimals):
    rd = Q.RATES[rate]
    parts_n = [resolve(stem, m) for m in rd["num"]]
    parts_d = [resolve(stem, m) for m in rd["den"]]
    if any(p is None for p in parts_n + parts_d):
        return None
    n = sum(D(p["value"]) for p in parts_n)
    d = sum(D(p["value"]) for p in parts_d)
    if d == 0:
        raise BuildError("zero denominator %s %s" % (stem, rate))
    val = rdec(n / d * 100, decimals)
    formula = "(%s) / (%s) × 100 = %s" % (" + ".join(str(p["value"]) for p in parts_n),
                                         " + ".join(str(p["value"]) for p in parts_d), val)
    return {"value": val, "formula": formula,
            "cells_num": [p.get("cell") or p.get("cells") for p in parts_n],
            "cells_den": [p.get("cell") or p.get("cells") for p in parts_d]}


def primary(metric):
    mp = Q.METRICS[metric]["map"]
    for f in ("2021", "2019_trial", "pre_2019"):
        if f in mp:
            alt = mp[f][-1] if f == "2021" and len(mp[f]) > 1 else mp[f][0]
            if isinstance(alt, dict):
                return {"table": alt["sum"][0][0], "row": Q.METRICS[metric]["label"],
                        "column": "sum(" + ", ".join(cname(c) for c in alt["sum"]) + ")"}
            return {"table": alt[0], "row": alt[1], "column": alt[2]}


def equivalents(metric):
    out = {}
    for f, alts in Q.METRICS[metric]["map"].items():
        out[f] = [("sum(" + ", ".join(cname(c) for c in a["sum"]) + ")") if isinstance(a, dict) else cname(a)
                  for a in alts]
    return out


# ------------------------------------------------------------------ kinds
def asked_years(spec):
    if spec.get("years"):
        return list(spec["years"]), {"years": list(spec["years"])}
    if spec.get("span"):
        a, b = spec["span"]
        return list(range(a, b + 1)), {"span": [a, b]}
    ys = body_years(spec["body"])
    return list(range(ys[0], ys[-1] + 1)), {"span": [ys[0], ys[-1]], "span_is_all_indexed": True}


def build_series(spec):
    body = spec["body"]
    years, span_info = asked_years(spec)
    values, gaps, notc = {}, [], []
    rate = spec["metric"] in Q.RATES
    for y in years:
        s = stem_of(body, y)
        if s is None:
            gaps.append(y)
            continue
        r = resolve_rate(s, spec["metric"], spec["decimals"]) if rate else resolve(s, spec["metric"])
        if r is None:
            notc.append(y)
            continue
        ent = {"report": s, "value": r["value"]}
        for k in ("cell", "cells", "formula", "cells_num", "cells_den"):
            if k in r:
                ent[k] = r[k]
        values[str(y)] = ent
    if not values:
        raise BuildError("series with no value: %s" % spec["q"])
    pick = None
    if spec.get("pick"):
        k = spec["pick"]
        if k == "sum":
            pick = {"kind": "sum", "value": num(sum(D(v["value"]) for v in values.values())), "year": None}
        else:
            best = (max if k == "max" else min)(D(v["value"]) for v in values.values())
            ys = [int(y) for y, v in values.items() if D(v["value"]) == best]
            if len(ys) != 1:
                raise BuildError("tie in pick %s: %s" % (k, spec["q"]))
            pick = {"kind": k, "value": num(best), "year": ys[0]}
    if rate:
        exp = {"table": "derived", "row": Q.RATES[spec["metric"]]["label"], "column": "rate", "unit": "%",
               "decimals": spec["decimals"], "equivalents": {m: equivalents(m) for m in
                                                            Q.RATES[spec["metric"]]["num"] + Q.RATES[spec["metric"]]["den"]}}
    else:
        exp = dict(primary(spec["metric"]))
        exp["unit"] = Q.METRICS[spec["metric"]]["unit"]
        exp["equivalents"] = equivalents(spec["metric"])
    exp["metric"] = spec["metric"]
    exp.update(span_info)
    exp.update({"values": values, "gaps": gaps, "not_comparable": notc, "pick": pick})
    return exp


def build_comparison(spec):
    values, detail = {}, {}
    for s in spec["reports"]:
        if s not in CORP:
            raise BuildError("unknown report %s" % s)
        if spec.get("rate"):
            r = resolve_rate(s, spec["rate"], spec["decimals"])
        else:
            r = resolve(s, spec["metric"])
        if r is None:
            raise BuildError("%s lacks %s" % (s, spec.get("metric") or spec.get("rate")))
        values[s] = r["value"]
        detail[s] = {k: r[k] for k in ("cell", "cells", "formula", "cells_num", "cells_den") if k in r}
    order = spec.get("order")
    ranking, top, tie = None, None, False
    if order:
        ranking = sorted(values, key=lambda s: D(values[s]), reverse=(order == "desc"))
        first = D(values[ranking[0]])
        if sum(1 for s in values if D(values[s]) == first) > 1:
            tie = True
        else:
            top = ranking[0]
    yrs = {CORP[s]["year"] for s in spec["reports"]}
    if spec.get("rate"):
        unit, formula, dec = "%", Q.RATES[spec["rate"]]["label"], spec["decimals"]
        metric = spec["rate"]
    else:
        unit, formula, dec = Q.METRICS[spec["metric"]]["unit"], None, None
        metric = spec["metric"]
        if any("formula" in d for d in detail.values()):
            formula = Q.METRICS[spec["metric"]]["label"]
    exp = {"metric": metric, "values": values, "unit": unit, "formula": formula, "order": order, "top": top,
           "decimals": dec, "ranking": ranking, "detail": detail}
    if tie:
        exp["tie"] = True
    if len(yrs) > 1:
        exp["years_differ"] = True
    return exp


def build_consistency(spec):
    body = spec["body"]
    if spec.get("pairs"):
        pairs = spec["pairs"]
    else:
        a, b = spec["span"]
        pairs = [(y, y + 1) for y in range(a, b) if stem_of(body, y) and stem_of(body, y + 1)]
    out = []
    for y0, y1 in pairs:
        s0, s1 = stem_of(body, y0), stem_of(body, y1)
        if not (s0 and s1) or y1 != y0 + 1:
            raise BuildError("bad pair %s %s %s" % (body, y0, y1))
        if spec["mode"] == "t3":
            col = spec["column"]
            o = cell_value(s0, t3c("carried_to_next_year", col))
            i = cell_value(s1, t3c("carried_over_from_last_year", col))
            out.append({"from": s0, "to": s1, "column": col,
                        "out_cell": "T3.carried_to_next_year." + col,
                        "in_cell": "T3.carried_over_from_last_year." + col,
                        "out": o, "in": i, "agree": D(o) == D(i)})
        else:
            row = spec["row"]
            o = cell_value(s0, ("stats", row, "cumulative"))
            c1 = cell_value(s1, ("stats", row, "cumulative"))
            t1 = cell_value(s1, ("stats", row, "this_year"))
            i = num(D(c1) - D(t1))
            out.append({"from": s0, "to": s1, "column": "stats.%s.cumulative" % row,
                        "out_cell": "stats.%s.cumulative (of %s)" % (row, s0),
                        "in_cell": "stats.%s.cumulative − stats.%s.this_year (of %s)" % (row, row, s1),
                        "formula": "%s − %s = %s" % (c1, t1, i),
                        "out": o, "in": i, "agree": D(o) == D(i)})
    if not out:
        raise BuildError("no pair: %s" % spec["q"])
    return {"mode": spec["mode"], "pairs": out, "all_agree": all(p["agree"] for p in out)}


def t3c(row, col):
    return ("T3", row, col)


def report_lines(stem):
    fn = CORP[stem]["file"]
    if fn.endswith(TEXT_EXT):
        path = os.path.join(CORPUS, fn)
    else:
        path = os.path.join(READ_DIR, stem + ".read.txt")
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def check_sub(stem, sub):
    if not (6 <= len(sub) <= 30):
        raise BuildError("substring length %d: %s" % (len(sub), sub))
    if not any(sub in line for line in report_lines(stem)):
        raise BuildError("substring not on one line of %s: %s" % (stem, sub))


def build_cell(stem, cell):
    return {"table": cell[0], "row": cell[1], "column": cell[2], "value": cell_value(stem, cell)}


def build_derived(stem, spec):
    env = {k: D(cell_value(stem, c)) for k, c in spec["cells"].items()}
    x = eval(spec["expr"], {"__builtins__": {}}, env)
    val = rdec(x, spec["decimals"]) if spec.get("decimals") is not None else num(x)
    expr = spec["expr"]
    for k, c in spec["cells"].items():
        expr = expr.replace(k, "%s(%s)" % (cname(c), env[k]))
    e = {"value": val, "formula": expr + " = " + str(val), "unit": spec["unit"]}
    if spec.get("decimals") is not None:
        e["decimals"] = spec["decimals"]
    return e


def build_noyear(spec):
    ys = body_years(spec["body"])
    stem = stem_of(spec["body"], ys[-1])
    if spec["type"] == "cell":
        e = build_cell(stem, spec["cell"])
    elif spec["type"] == "derived":
        e = build_derived(stem, spec)
    else:
        check_sub(stem, spec["substring"])
        e = {"substring": spec["substring"]}
    e["type"] = spec["type"]
    e["report"] = stem
    e["year"] = CORP[stem]["year"]
    return e


def build_nobody(spec):
    for s, sub in spec["subs"]:
        check_sub(s, sub)
    return {"accept": ["grouped", "ambiguous"], "substrings": [sub for _, sub in spec["subs"]],
            "reports": [s for s, _ in spec["subs"]]}


def build_unanswerable(spec):
    v = spec.get("verify", {})
    if "body" in v:
        if "years" in v:
            ab = v.get("absent")
            for y in v["years"]:
                s = stem_of(v["body"], y)
                if ab is None and s is not None:
                    raise BuildError("claimed not indexed but present: %s %s" % (v["body"], y))
                if ab is not None and (s is None or cell_exists(s, ab)):
                    raise BuildError("claimed absent row present/missing report: %s %s" % (v["body"], y))
        elif body_years(v["body"]):
            raise BuildError("claimed body not indexed but present: %s" % v["body"])
    basis = {k: (list(x) if isinstance(x, tuple) else x) for k, x in v.items()}
    return {"status": "not_found", "reason": spec["reason"], "basis": basis}


# ------------------------------------------------------------------ assemble
def series_item(spec):
    e = build_series(spec)
    return {"body": spec["body"], "report": None, "year": None, "expected": e}


def comparison_item(spec):
    e = build_comparison(spec)
    yrs = sorted({CORP[s]["year"] for s in spec["reports"]})
    return {"reports": spec["reports"], "report": None, "year": yrs[0] if len(yrs) == 1 else None, "expected": e}


def turn(spec):
    k = spec["kind"]
    t = {"question": spec["q"]}
    if k == "series":
        e = build_series(spec)
        e.update({"kind": "series", "body": spec["body"],
                  "report": [v["report"] for v in e["values"].values()],
                  "year": [int(y) for y in e["values"]]})
    elif k == "comparison":
        e = build_comparison(spec)
        e.update({"kind": "comparison", "reports": spec["reports"], "report": spec["reports"],
                  "year": sorted({CORP[s]["year"] for s in spec["reports"]})})
    elif k == "consistency":
        e = build_consistency(spec)
        e.update({"kind": "consistency", "body": spec["body"], "report": None, "year": None})
    elif k == "cell":
        e = build_cell(spec["report"], spec["cell"])
        e.update({"kind": "cell", "report": spec["report"], "year": CORP[spec["report"]]["year"]})
    elif k == "unanswerable":
        e = build_unanswerable(spec)
        e.update({"kind": "unanswerable", "report": None, "year": None})
    else:
        raise BuildError(k)
    if spec.get("note"):
        t["note"] = spec["note"]
    t["expected"] = e
    return t


def main():
    items = []
    n = [0]

    def add(kind, spec, extra):
        n[0] += 1
        it = {"id": "x1-%03d" % n[0], "kind": kind, "class": spec["cls"]}
        if "q" in spec:
            it["question"] = spec["q"]
        it.update(extra)
        if spec.get("note"):
            it["note"] = spec["note"]
        items.append(it)

    for s in Q.SERIES:
        add("series", s, series_item(s))
    for s in Q.COMPARISONS:
        add("comparison", s, comparison_item(s))
    for s in Q.CONSISTENCY:
        add("consistency", s, {"body": s["body"], "report": None, "year": None, "expected": build_consistency(s)})
    for s in Q.NOYEAR:
        e = build_noyear(s)
        add("noyear", s, {"body": s["body"], "report": e["report"], "year": None, "expected": e})
    for s in Q.NOBODY:
        add("nobody", s, {"report": None, "year": None, "expected": build_nobody(s)})
    for s in Q.UNANSWERABLE:
        add("unanswerable", s, {"report": None, "year": None, "expected": build_unanswerable(s)})
    for s in Q.FOLLOWUPS:
        add("followup", s, {"report": None, "year": None, "turns": [turn(t) for t in s["turns"]]})

    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print("items:", len(items))
    print("kinds:", dict(Counter(i["kind"] for i in items)))


if __name__ == "__main__":
    main()
