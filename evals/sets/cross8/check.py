#!/usr/bin/env python3
"""Independent checker for set.jsonl (x8): recomputes every expected value from the gold cells with its own code,
checks every substring (6–30 chars) occurs verbatim on one line of the report's text, and checks the structure.
Exit status 1 on any mismatch."""
import json, os, sys, math
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions import ITEMS   # specs: which report / cells / formula each item refers to (no numbers)

CORPUS = "/work/shared/corpus"
errors = []
def err(msg): errors.append(msg)

files = {}
for f in os.listdir(CORPUS):
    stem, ext = os.path.splitext(f)
    if ext in (".txt", ".md", ".pdf", ".html") and f != "SOURCES.md":
        files[stem] = f

def gold(stem):
    for d in (os.path.join(HERE, "gold"), "/work/blind/gold"):
        p = os.path.join(d, stem + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as fh:
                return json.load(fh)
    raise KeyError(stem)
G = {s: gold(s) for s in files}

def fmt(stem): return G[stem]["format"]

def get(stem, cell, blank_zero=False):
    t, r, c = cell
    try:
        v = G[stem]["cells"][t][r][c]
    except KeyError:
        return "NA"
    if v is None and blank_zero:
        return 0
    if type(v) not in (int, float):
        raise ValueError(f"{stem} {cell} not a determined number: {v!r}")
    return v

def concept_value(concept, stem):
    f = fmt(stem)
    cl = concept["cells"]
    if f == "pre_2019" and "pre" in concept: cl = concept["pre"]
    if f == "2019_trial" and "trial" in concept: cl = concept["trial"]
    if cl is None: return "NA"
    vals = [get(stem, c, concept.get("blank_zero", False)) for c in cl]
    if "NA" in vals: return "NA"
    s = math.fsum(vals)
    return int(s) if all(isinstance(v, int) for v in vals) else s

def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(a - b) < 1e-6
    return a == b

def yr(stem): return int(stem.split("_")[-1])
def bd(stem): return stem.split("_")[0]

def line_has(stem, sub):
    f = files[stem]
    if not f.endswith((".txt", ".md")):
        return False   # no substring is taken from PDF/HTML in this set
    with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
        return any(sub in line for line in fh.read().split("\n"))

def check_sub(where, stem, sub):
    if not (6 <= len(sub) <= 30): err(f"{where}: substring length {len(sub)} not in 6..30: {sub}")
    if not line_has(stem, sub): err(f"{where}: substring not on one line of {stem}: {sub}")

def chk_series(where, sp, e):
    body = sp["body"]
    have = sorted(yr(s) for s in files if bd(s) == body)
    lo, hi = sp["span"] or (have[0], have[-1])
    exp_vals, exp_gaps, exp_nc = {}, [], []
    for y in range(lo, hi + 1):
        st = f"{body}_{y}"
        if st not in files: exp_gaps.append(y); continue
        v = concept_value(sp["concept"], st)
        if v == "NA": exp_nc.append(y); continue
        exp_vals[str(y)] = (st, v)
    if sorted(e["values"]) != sorted(exp_vals): err(f"{where}: series years {sorted(e['values'])} != {sorted(exp_vals)}")
    for y, (st, v) in exp_vals.items():
        got = e["values"].get(y, {})
        if got.get("report") != st or not same(got.get("value"), v):
            err(f"{where}: {y} expected {st}={v}, got {got}")
    if e["gaps"] != exp_gaps: err(f"{where}: gaps {e['gaps']} != {exp_gaps}")
    if e["not_comparable"] != exp_nc: err(f"{where}: not_comparable {e['not_comparable']} != {exp_nc}")
    pk = sp["pick"]
    if pk is None:
        if e["pick"] is not None: err(f"{where}: pick should be null")
    else:
        pairs = [(v, int(y)) for y, (_, v) in exp_vals.items()]
        if pk == "sum":
            want = {"kind": "sum", "value": sum(v for v, _ in pairs), "year": None}
        else:
            f = max if pk == "max" else min
            bv = f(v for v, _ in pairs); ys = [y for v, y in pairs if v == bv]
            if len(ys) != 1: err(f"{where}: pick tie {ys}")
            want = {"kind": pk, "value": bv, "year": ys[0]}
        g = e["pick"] or {}
        if g.get("kind") != want["kind"] or not same(g.get("value"), want["value"]) or g.get("year") != want["year"]:
            err(f"{where}: pick {g} != {want}")

def chk_comparison(where, sp, e, item_reports):
    want = {}
    for st in sp["reports"]:
        if "rate" in sp:
            n = concept_value(sp["rate"]["num"], st); d = concept_value(sp["rate"]["den"], st)
            want[st] = round(100.0 * n / d, sp["rate"]["decimals"])
        else:
            want[st] = concept_value(sp["concept"], st)
        if want[st] == "NA": err(f"{where}: {st} has no such cell")
    if sorted(e["values"]) != sorted(want): err(f"{where}: reports differ")
    for st, v in want.items():
        if not same(e["values"].get(st), v): err(f"{where}: {st} expected {v} got {e['values'].get(st)}")
    if item_reports is not None and item_reports != sp["reports"]: err(f"{where}: reports field")
    if sp.get("order"):
        ranked = sorted(want.items(), key=lambda kv: kv[1], reverse=(sp["order"] == "desc"))
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]: err(f"{where}: tie at top")
        if e["top"] != ranked[0][0]: err(f"{where}: top {e['top']} != {ranked[0][0]}")
    elif e["top"] is not None: err(f"{where}: top should be null")
    differ = len({yr(s) for s in sp["reports"]}) > 1
    if bool(e.get("years_differ")) != differ: err(f"{where}: years_differ wrong")
    if "rate" in sp and e.get("decimals") != sp["rate"]["decimals"]: err(f"{where}: decimals")

def chk_consistency(where, sp, e):
    body = sp["body"]; lo, hi = sp["span"]; want = []
    for y in range(lo, hi):
        a, b = f"{body}_{y}", f"{body}_{y + 1}"
        if a in files and b in files:
            if sp["mode"] == "carry":
                o = get(a, ("T3", "carried_to_next_year", sp["column"])); i = get(b, ("T3", "carried_over_from_last_year", sp["column"]))
            else:
                r = sp["row"]
                o = get(a, ("stats", r, "cumulative")) + get(b, ("stats", r, "this_year")); i = get(b, ("stats", r, "cumulative"))
            want.append((a, b, o, i, o == i))
    got = [(p["from"], p["to"], p["out"], p["in"], p["agree"]) for p in e["pairs"]]
    if got != want: err(f"{where}: pairs {got} != {want}")
    if not want: err(f"{where}: no consecutive pair")
    if e["all_agree"] != all(w[4] for w in want): err(f"{where}: all_agree")

def chk_noyear(where, sp, e, item):
    st = max((s for s in files if bd(s) == sp["body"]), key=yr)
    if e.get("report") != st: err(f"{where}: newest report {st} != {e.get('report')}")
    if item is not None and (item.get("report") != st or item.get("year") != yr(st)): err(f"{where}: item report/year")
    if sp["sub"] == "cell":
        v = get(st, sp["cell"])
        if not same(e.get("value"), v) or (e["table"], e["row"], e["column"]) != tuple(sp["cell"]): err(f"{where}: cell {v} vs {e}")
    elif sp["sub"] == "derived":
        v = concept_value(sp["concept"], st)
        if not same(e.get("value"), v): err(f"{where}: derived {v} vs {e.get('value')}")
    else:
        if e.get("substring") != sp["substring"]: err(f"{where}: substring mismatch")
        check_sub(where, st, sp["substring"])

def chk(where, sp, e, item=None):
    k = sp["kind"]
    if k == "series": chk_series(where, sp, e)
    elif k == "comparison": chk_comparison(where, sp, e, item.get("reports") if item else None)
    elif k == "consistency": chk_consistency(where, sp, e)
    elif k == "noyear": chk_noyear(where, sp, e, item)
    elif k == "nobody":
        if e["accept"] != ["grouped", "ambiguous"]: err(f"{where}: accept")
        if len(e["substrings"]) != len(e["reports"]) or not e["substrings"]: err(f"{where}: nobody lists")
        for st, sub in zip(e["reports"], e["substrings"]): check_sub(where, st, sub)
        if len(set(e["reports"])) < 2: err(f"{where}: nobody should cite several reports")
    elif k == "unanswerable":
        if e != {"status": "not_found", "reason": sp["reason"]} and not (e.get("status") == "not_found" and e.get("reason") == sp["reason"]):
            err(f"{where}: unanswerable")
        if sp["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"): err(f"{where}: reason")
    elif k == "ambiguous":
        if e.get("status") != "ambiguous": err(f"{where}: ambiguous")
    else:
        err(f"{where}: unknown kind {k}")

lines = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") if l.strip()]
if len(lines) != len(ITEMS): err(f"{len(lines)} lines vs {len(ITEMS)} specs")
if len(lines) < 110: err("fewer than 110 items")
ids = [d["id"] for d in lines]
if len(set(ids)) != len(ids): err("duplicate ids")
for d, sp in zip(lines, ITEMS):
    w = d["id"]
    if not w.startswith("x8-"): err(f"{w}: prefix")
    if d["kind"] != sp["kind"] or not d.get("class"): err(f"{w}: kind/class")
    if d["kind"] == "followup":
        if not 2 <= len(d["turns"]) <= 3: err(f"{w}: turns")
        if sp["turns"][0]["kind"] not in ("series", "comparison"): err(f"{w}: first turn must be series/comparison")
        for i, (t, ts) in enumerate(zip(d["turns"], sp["turns"])):
            if t["question"] != ts["question"] or t["kind"] != ts["kind"]: err(f"{w}.{i}: question/kind")
            chk(f"{w}.{i}", ts, t["expected"], {"reports": t["expected"].get("reports")} if ts["kind"] == "comparison" else None)
    else:
        if d["question"] != sp["question"]: err(f"{w}: question text")
        chk(w, sp, d["expected"], d)

from collections import Counter
print(Counter(d["kind"] for d in lines), "total", len(lines))
if errors:
    print("\n".join(errors)); print(len(errors), "error(s)"); sys.exit(1)
print("check OK")
