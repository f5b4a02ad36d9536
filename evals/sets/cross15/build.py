#!/usr/bin/env python3
"""Build set.jsonl for blind cross-report set xset15 from the gold cells (no typed numbers)."""
import json, os, re, glob
from questions import CROSS, SERIES, COMPARISON, CONSISTENCY, NOYEAR, NOBODY, UNANSWERABLE, FOLLOWUP

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = "/work/blind/gold"
P = "x15-"

gold = {}
for f in glob.glob(os.path.join(GOLD, "*.json")):
    stem = os.path.basename(f)[:-5]
    gold[stem] = json.load(open(f, encoding="utf-8"))

def body_of(stem): return stem.rsplit("_", 1)[0]
def year_of(stem): return int(stem.rsplit("_", 1)[1])
def reports_of(body): return sorted((s for s in gold if body_of(s) == body), key=year_of)

def split_key(k):
    parts = k.split(".")
    return parts[0], parts[1], ".".join(parts[2:])

def key_for(metric, stem):
    """cell key of metric in this report's format, or None when the format lacks the row."""
    g = gold[stem]
    if metric in CROSS:
        k = CROSS[metric].get(g["format"])
        if k is None: return None
    else:
        k = metric
    t, r, c = split_key(k)
    cells = g["cells"]
    if t not in cells or r not in cells[t] or c not in cells[t][r]:
        return None
    return k

def val(stem, k):
    t, r, c = split_key(k)
    v = gold[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f"non-numeric gold cell asked: {stem} {k} = {v!r}")
    return v

def label(stem, k):
    t, r, c = split_key(k)
    g = gold[stem]
    if t == "stats": return g.get("labels", {}).get(r, r) + "/" + c
    return f"{t}.{r}.{c}"

def main_triple(metric):
    if metric in CROSS:
        m = CROSS[metric]
        k = m.get("2021") or m.get("2019_trial") or m.get("pre_2019")
    else:
        k = metric
    return split_key(k)

def cells_by_format(metric):
    if metric in CROSS: return dict(CROSS[metric])
    return {"any": metric}

def series_expected(body, metric, span, pick):
    reps = reports_of(body)
    years = [year_of(s) for s in reps]
    y0, y1 = span if span else (min(years), max(years))
    values, gaps, nc = {}, [], []
    for y in range(y0, y1 + 1):
        stem = f"{body}_{y}"
        if stem not in gold:
            gaps.append(y); continue
        k = key_for(metric, stem)
        if k is None:
            nc.append(y); continue
        values[str(y)] = {"report": stem, "value": val(stem, k)}
    if not values: raise SystemExit(f"empty series {body} {metric} {span}")
    t, r, c = main_triple(metric)
    pk = None
    if pick:
        vs = [(int(y), d["value"]) for y, d in values.items()]
        if pick == "sum":
            pk = {"kind": "sum", "value": round(sum(v for _, v in vs), 6), "year": None}
        else:
            best = max(v for _, v in vs) if pick == "max" else min(v for _, v in vs)
            ys = [y for y, v in vs if v == best]
            pk = {"kind": pick, "value": best, "year": ys[0] if len(ys) == 1 else ys}
    return {"table": t, "row": r, "column": c, "cells_by_format": cells_by_format(metric),
            "span": [y0, y1], "values": values, "gaps": gaps, "not_comparable": nc, "pick": pk}

def metric_ref(spec, stem):
    if isinstance(spec, tuple):
        if spec[0] == "sum":
            ks = [key_for(m, stem) for m in spec[1]]
            if None in ks: raise SystemExit(f"missing {spec} in {stem}")
            return {"op": "sum", "num": ks, "den": []}
        if spec[0] == "rate":
            num = [key_for(m, stem) for m in spec[1]]; den = [key_for(m, stem) for m in spec[2]]
            if None in num + den: raise SystemExit(f"missing {spec} in {stem}")
            return {"op": "rate", "num": num, "den": den}
    k = key_for(spec, stem)
    if k is None: raise SystemExit(f"missing {spec} in {stem}")
    return {"op": "cell", "num": [k], "den": []}

def eval_ref(ref, stem, decimals):
    nums = [val(stem, k) for k in ref["num"]]
    if ref["op"] == "cell": return nums[0], f"{label(stem, ref['num'][0])}={nums[0]}"
    if ref["op"] == "sum":
        v = sum(nums); return v, "+".join(str(n) for n in nums) + f"={v}"
    dens = [val(stem, k) for k in ref["den"]]
    d = sum(dens); n = sum(nums)
    v = round(100.0 * n / d, decimals if decimals is not None else 2)
    return v, f"{'+'.join(map(str, nums))}/{'+'.join(map(str, dens))}*100={v}"

def comparison_expected(reports, spec, order, decimals):
    values, refs, forms = {}, {}, []
    for s in reports:
        ref = metric_ref(spec, s); refs[s] = ref
        v, f = eval_ref(ref, s, decimals); values[s] = v; forms.append(f"{s}: {f}")
    unit = "%" if isinstance(spec, tuple) and spec[0] == "rate" else ("万元" if spec == "fee_amount" else "件")
    top = None
    if order:
        best = max(values.values()) if order == "desc" else min(values.values())
        tops = [s for s in reports if values[s] == best]
        top = tops[0] if len(tops) == 1 else tops
    formula = None
    if isinstance(spec, tuple):
        formula = ("sum of " if spec[0] == "sum" else "100 * (" + "+".join(spec[1]) + ") / ") + \
                  ("+".join(spec[1]) if spec[0] == "sum" else "(" + "+".join(spec[2]) + ")") + " ; " + " ; ".join(forms)
    exp = {"values": values, "unit": unit, "formula": formula, "order": order, "top": top,
           "decimals": decimals, "refs": refs}
    yrs = {year_of(s) for s in reports}
    if len(yrs) > 1: exp["years_differ"] = True
    return exp

def consistency_expected(body, kind, span, col):
    reps = [s for s in reports_of(body) if span[0] <= year_of(s) <= span[1]]
    pairs = []
    for s in reps:
        nxt = f"{body}_{year_of(s)+1}"
        if nxt not in gold or year_of(s) + 1 > span[1]: continue
        if kind == "T3":
            out = val(s, f"T3.carried_to_next_year.{col}"); inn = val(nxt, f"T3.carried_over_from_last_year.{col}")
            pairs.append({"from": s, "to": nxt, "column": f"T3 四、结转下年度继续办理 -> 二、上年结转 [{col}]",
                          "out": out, "in": inn, "agree": out == inn})
        else:
            out = val(s, f"stats.{col}.cumulative")
            inn = val(nxt, f"stats.{col}.cumulative") - val(nxt, f"stats.{col}.this_year")
            pairs.append({"from": s, "to": nxt,
                          "column": f"stats {col}: 历年累计(Y) vs 历年累计(Y+1) - 本年度(Y+1)",
                          "out": out, "in": inn, "agree": out == inn})
    if not pairs: raise SystemExit(f"no pairs {body} {span}")
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}

def noyear_expected(body, spec):
    stem = reports_of(body)[-1]
    if spec[0] == "cell":
        t, r, c = split_key(spec[1])
        return {"table": t, "row": r, "column": c, "value": val(stem, spec[1]), "report": stem, "year": year_of(stem),
                "ref": {"op": "cell", "num": [spec[1]], "den": []}}
    if spec[0] == "derived":
        _, op, a, *rest = spec
        if op == "sum":
            unit, dec = rest; ref = {"op": "sum", "num": a, "den": []}
        else:
            den, unit, dec = rest; ref = {"op": "rate", "num": a, "den": den}
        v, f = eval_ref(ref, stem, dec)
        e = {"value": v, "formula": f, "unit": unit, "report": stem, "year": year_of(stem), "ref": ref}
        if dec is not None: e["decimals"] = dec
        return e
    return {"substring": spec[1], "report": stem, "year": year_of(stem)}

def turn(q, spec):
    k = spec[0]
    if k == "series":
        _, body, metric, span, pick = spec
        return {"question": q, "kind": "series", "body": body, "expected": series_expected(body, metric, span, pick)}
    if k == "comparison":
        _, reps, metric, order, dec = spec
        return {"question": q, "kind": "comparison", "reports": reps, "expected": comparison_expected(reps, metric, order, dec)}
    return {"question": q, "kind": "unanswerable", "report": None, "year": None,
            "expected": {"status": "not_found", "reason": spec[1]}}

items = []
for i, cls, q, body, metric, span, pick, note in SERIES:
    it = {"id": P + i, "kind": "series", "class": cls, "question": q, "body": body,
          "expected": series_expected(body, metric, span, pick)}
    if note: it["note"] = note
    items.append(it)
for i, cls, q, reps, spec, order, dec, note in COMPARISON:
    it = {"id": P + i, "kind": "comparison", "class": cls, "question": q, "reports": reps,
          "expected": comparison_expected(reps, spec, order, dec)}
    if note: it["note"] = note
    items.append(it)
for i, cls, q, body, kind, span, col in CONSISTENCY:
    items.append({"id": P + i, "kind": "consistency", "class": cls, "question": q, "body": body,
                  "expected": consistency_expected(body, kind, span, col),
                  "note": ("T3 结转下年度(Y) vs 上年结转(Y+1)" if kind == "T3" else
                           "pre-2019 chain: 历年累计(Y) should equal 历年累计(Y+1) minus 本年度(Y+1)")})
for i, cls, q, body, spec in NOYEAR:
    e = noyear_expected(body, spec)
    items.append({"id": P + i, "kind": "noyear", "class": cls, "question": q, "body": body,
                  "report": e["report"], "year": e["year"], "expected": e})
for i, cls, q, subs in NOBODY:
    items.append({"id": P + i, "kind": "nobody", "class": cls, "question": q, "report": None, "year": None,
                  "expected": {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in subs],
                               "reports": [r for r, _ in subs]}})
for i, cls, q, reason, note in UNANSWERABLE:
    it = {"id": P + i, "kind": "unanswerable", "class": cls, "question": q, "report": None, "year": None,
          "expected": {"status": "not_found", "reason": reason}}
    if note: it["note"] = note
    items.append(it)
for i, cls, turns in FOLLOWUP:
    items.append({"id": P + i, "kind": "followup", "class": cls, "turns": [turn(q, s) for q, s in turns]})

ids = [it["id"] for it in items]
assert len(ids) == len(set(ids)), "duplicate ids"
with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
from collections import Counter
print(len(items), dict(Counter(it["kind"] for it in items)))
