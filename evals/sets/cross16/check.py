# -*- coding: utf-8 -*-
"""Independent checker for xset16: recomputes every expected value from the gold cells (own code, not build.py)
from the references in questions.py, compares with set.jsonl, and checks every narrative substring occurs verbatim
on one line of the named report's text file (.txt/.md read as text; no substring here is taken from the PDF or HTML
reports). Exits non-zero on any mismatch."""
import json, os, sys, glob, math
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q
CORPUS = "/work/shared/corpus"
errs = []
def err(*a): errs.append(" ".join(map(str, a)))

gold = {}
for p in glob.glob("/work/blind/gold/*.json") + glob.glob(os.path.join(HERE, "gold", "*.json")):
    gold[os.path.splitext(os.path.basename(p))[0]] = json.load(open(p, encoding="utf-8"))

def stem_year(s): return int(s.split("_")[-1])
def stem_body(s): return s[: s.rindex("_")]
def get(s, t, r, c):
    v = gold[s]["cells"][t][r][c]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        err("non-numeric gold cell", s, t, r, c, v)
        return float("nan")
    return v
def exists(s, t, r, c):
    try: gold[s]["cells"][t][r][c]; return True
    except KeyError: return False

def same(a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=0, abs_tol=1e-6)
    return a == b

_lines = {}
def lines_of(stem):
    if stem not in _lines:
        fs = [f for f in os.listdir(CORPUS) if os.path.splitext(f)[0] == stem]
        assert fs, stem
        f = fs[0]
        if f.endswith((".pdf", ".html")):
            err("narrative substring taken from a PDF/HTML report (not allowed here):", stem)
            _lines[stem] = []
        else:
            _lines[stem] = open(os.path.join(CORPUS, f), encoding="utf-8").read().split("\n")
    return _lines[stem]
def check_sub(stem, sub, where):
    if not (6 <= len(sub) <= 30): err(where, "substring length", len(sub), sub)
    if not any(sub in ln for ln in lines_of(stem)): err(where, "substring not on one line of", stem, sub)

def calc_series(it):
    by_year = {stem_year(s): s for s in gold if stem_body(s) == it["body"]}
    lo, hi = it["span"] if it["span"] else (min(by_year), max(by_year))
    vals, gaps, nc, refs = {}, [], [], []
    for y in range(lo, hi + 1):
        s = by_year.get(y)
        if s is None: gaps.append(y); continue
        ref = it["cells"].get(gold[s]["format"])
        if not ref or not exists(s, *ref): nc.append(y); continue
        vals[str(y)] = {"report": s, "value": get(s, *ref)}; refs.append((str(y), ref))
    top = refs[-1][1]
    for y, ref in refs:
        if ref != top: vals[y].update(table=ref[0], row=ref[1], column=ref[2])
    pick = None
    nums = {int(y): v["value"] for y, v in vals.items()}
    if it["pick"] == "sum": pick = {"kind": "sum", "value": sum(nums.values()), "year": None}
    elif it["pick"] in ("max", "min"):
        target = max(nums.values()) if it["pick"] == "max" else min(nums.values())
        yrs = [y for y in sorted(nums) if nums[y] == target]
        if len(yrs) > 1: err(it["id"], "pick not unique")
        pick = {"kind": it["pick"], "value": target, "year": yrs[0]}
    return {"table": top[0], "row": top[1], "column": top[2], "values": vals, "gaps": gaps, "not_comparable": nc, "pick": pick}

def val(s, m):
    kind = m[0]
    if kind == "cell": return get(s, *m[1])
    if kind == "sum": return sum(get(s, *r) for r in m[1])
    n = sum(get(s, *r) for r in m[1]); d = sum(get(s, *r) for r in m[2])
    return n * 100.0 / d

def calc_comparison(it):
    v = {s: val(s, it["measure"]) for s in it["reports"]}
    if it["decimals"] is not None: v = {s: round(x, it["decimals"]) for s, x in v.items()}
    top = None
    if it["order"] == "desc": top = sorted(v, key=lambda s: -v[s])[0]
    if it["order"] == "asc": top = sorted(v, key=lambda s: v[s])[0]
    if it["order"] and list(v.values()).count(v[top]) > 1: err(it["id"], "top not unique")
    return {"values": v, "order": it["order"], "top": top, "unit": it["unit"], "decimals": it["decimals"],
            "years_differ": len(set(map(stem_year, it["reports"]))) > 1}

def calc_consistency(it):
    by_year = {stem_year(s): s for s in gold if stem_body(s) == it["body"]}
    ys = it["years"]
    for a, b in zip(ys, ys[1:]):
        if b != a + 1: err(it["id"], "non-consecutive")
    pairs = []
    for a, b in zip(ys, ys[1:]):
        A, Bs = by_year[a], by_year[b]
        if it["mode"] == "carry":
            o = get(A, "T3", "carried_to_next_year", it["column"]); i = get(Bs, "T3", "carried_over_from_last_year", it["column"])
        else:
            o = get(A, "stats", it["row"], "cumulative") + get(Bs, "stats", it["row"], "this_year")
            i = get(Bs, "stats", it["row"], "cumulative")
        pairs.append({"from": A, "to": Bs, "column": it["column"], "out": o, "in": i, "agree": o == i})
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}

def check_one(it, exp, where):
    k = it["kind"]
    if k == "series":
        want = calc_series(it)
        for key in want:
            if not same(want[key], exp.get(key)): err(where, "series field", key, want[key], "!=", exp.get(key))
    elif k == "comparison":
        want = calc_comparison(it)
        for key in want:
            if not same(want[key], exp.get(key)): err(where, "comparison field", key, want[key], "!=", exp.get(key))
    elif k == "consistency":
        want = calc_consistency(it)
        for key in want:
            if not same(want[key], exp.get(key)): err(where, "consistency field", key, want[key], "!=", exp.get(key))
    elif k == "noyear":
        s = max((x for x in gold if stem_body(x) == it["body"]), key=stem_year)
        if exp.get("report") != s: err(where, "noyear report", s, exp.get("report"))
        if it["sub"] == "cell":
            if not same(get(s, *it["ref"]), exp.get("value")): err(where, "noyear value")
        elif it["sub"] == "narrative":
            if exp.get("substring") != it["ref"]: err(where, "substring differs")
            check_sub(s, it["ref"], where)
        else:
            d = it["ref"]
            v = round(sum(get(s, *r) for r in d["num"]) * 100.0 / sum(get(s, *r) for r in d["den"]), d["decimals"])
            if not same(v, exp.get("value")): err(where, "noyear derived", v, exp.get("value"))
    elif k == "nobody":
        if exp.get("substrings") != [x[1] for x in it["subs"]] or exp.get("reports") != [x[0] for x in it["subs"]]:
            err(where, "nobody lists differ")
        for stem, sub in it["subs"]: check_sub(stem, sub, where)
    elif k == "unanswerable":
        if exp != {**exp, "status": "not_found", "reason": it["reason"]}: err(where, "unanswerable")
        if it["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"): err(where, "bad reason")

rows = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
byid = {r["id"]: r for r in rows}
if len(byid) != len(rows): err("duplicate ids")
if len(rows) < 110: err("fewer than 110 items")
spec = {it["id"]: it for it in Q.ITEMS}
if set(spec) != set(byid): err("id sets differ")
for i, r in byid.items():
    if not i.startswith("x16-"): err(i, "prefix")
    it = spec[i]
    if r["kind"] != it["kind"]: err(i, "kind")
    if not r.get("class"): err(i, "class missing")
    if it["kind"] == "followup":
        if not (2 <= len(r["turns"]) <= 3) or len(r["turns"]) != len(it["turns"]): err(i, "turn count")
        if it["turns"][0]["kind"] not in ("series", "comparison") and it["turns"][0]["kind"] != "unanswerable": err(i, "first turn kind")
        for n, (t, rt) in enumerate(zip(it["turns"], r["turns"])):
            if rt["question"] != t["q"]: err(i, n, "question text")
            if rt["expected"].get("kind") != t["kind"]: err(i, n, "turn kind")
            check_one(dict(t, id=f"{i}#{n}"), rt["expected"], f"{i}#{n}")
    else:
        if r["question"] != it["q"]: err(i, "question text")
        check_one(it, r["expected"], i)

# mix
from collections import Counter
c = Counter(r["kind"] for r in rows); n = len(rows)
print("items:", n, dict(c), {k: round(100 * v / n, 1) for k, v in c.items()})
# no typed numbers in questions.py values: every number comes from gold (we recompute above); ensure set.jsonl has no
# numeric expected that gold lacks is covered by the comparisons above.
if errs:
    print("FAIL", len(errs)); [print(" ", e) for e in errs[:80]]; sys.exit(1)
print("OK: all expected values recomputed from gold and all substrings found")
