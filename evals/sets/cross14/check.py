# -*- coding: utf-8 -*-
"""Independent checker for xset14/set.jsonl: recomputes every figure from /work/blind/gold and checks
every narrative/nobody substring occurs verbatim on ONE line of the report file (all are .txt/.md files)."""
import json, os, sys, glob

GOLD = "/work/blind/gold"; CORPUS = "/work/shared/corpus"
here = os.path.dirname(os.path.abspath(__file__))
gold = {}
for f in glob.glob(os.path.join(GOLD, "*.json")):
    gold[os.path.basename(f).rsplit(".", 1)[0]] = json.load(open(f, encoding="utf-8"))
files = {}
for f in os.listdir(CORPUS):
    st, ext = os.path.splitext(f)
    if st in gold: files[st] = os.path.join(CORPUS, f)
errs = []
def err(i, m): errs.append("%s: %s" % (i, m))

def g(st, t, r, c):
    v = gold[st]["cells"][t][r][c]
    if not isinstance(v, (int, float)) or isinstance(v, bool): raise ValueError("non-numeric %s %s %s %s %r" % (st, t, r, c, v))
    return v

def eq(a, b): return abs(a - b) < 1e-9

def check_series(i, e, body, span, calc):
    ref = calc["ref"]; alt = calc.get("alt") or {}
    by_year = {}
    for st in gold:
        b, y = st.rsplit("_", 1)
        if b == body: by_year[int(y)] = st
    gaps, nc, vals = [], [], {}
    for y in range(span[0], span[1] + 1):
        if y not in by_year: gaps.append(y); continue
        st = by_year[y]; t, r, c = alt.get(gold[st]["format"], ref)
        if c not in gold[st]["cells"].get(t, {}).get(r, {}): nc.append(y); continue
        vals[str(y)] = (st, g(st, t, r, c))
    if gaps != e["gaps"]: err(i, "gaps %s vs %s" % (gaps, e["gaps"]))
    if nc != e["not_comparable"]: err(i, "not_comparable %s vs %s" % (nc, e["not_comparable"]))
    if set(vals) != set(e["values"]): err(i, "years %s vs %s" % (sorted(vals), sorted(e["values"])))
    for y, (st, v) in vals.items():
        ev = e["values"].get(y, {})
        if ev.get("report") != st or not eq(ev.get("value", -1e18), v): err(i, "value %s: %s %s vs %s" % (y, st, v, ev))
    p = e["pick"]
    if p:
        vs = [v for _, v in vals.values()]
        if p["kind"] == "sum":
            if not eq(p["value"], sum(vs)): err(i, "sum")
        else:
            best = max(vs) if p["kind"] == "max" else min(vs)
            yrs = [int(y) for y, (_, v) in vals.items() if eq(v, best)]
            if not eq(p["value"], best) or yrs != [p["year"]]: err(i, "pick %s vs %s %s" % (p, best, yrs))

def calc_one(st, c, dec):
    if c["type"] == "cell": return g(st, *c["ref"])
    if c["type"] == "sum": return sum(g(st, *r) for r in c["refs"])
    v = 100.0 * sum(g(st, *r) for r in c["num"]) / sum(g(st, *r) for r in c["den"])
    return round(v, dec) if dec is not None else v

def check_comparison(i, e, reports, c):
    vals = {st: calc_one(st, c, e.get("decimals")) for st in reports}
    if set(vals) != set(e["values"]): err(i, "reports")
    for st, v in vals.items():
        if not eq(v, e["values"].get(st, -1e18)): err(i, "cmp %s %s vs %s" % (st, v, e["values"].get(st)))
    if e["order"]:
        best = max(vals.values()) if e["order"] == "desc" else min(vals.values())
        tops = [s for s, v in vals.items() if eq(v, best)]
        if tops != [e["top"]]: err(i, "top %s vs %s" % (tops, e["top"]))
    elif e["top"] is not None: err(i, "top without order")
    yd = len({s.rsplit("_", 1)[1] for s in reports}) > 1
    if yd != e["years_differ"]: err(i, "years_differ")

def check_consistency(i, e, c):
    ps = e["pairs"]
    if len(ps) != len(c["pairs"]): err(i, "pairs len")
    for (a, b), p in zip(c["pairs"], ps):
        if int(b.rsplit("_", 1)[1]) != int(a.rsplit("_", 1)[1]) + 1: err(i, "not consecutive")
        if c["mode"] == "carry":
            o = g(a, "T3", "carried_to_next_year", c["column"]); n = g(b, "T3", "carried_over_from_last_year", c["column"])
        else:
            o = g(a, "stats", c["row"], "cumulative"); n = g(b, "stats", c["row"], "cumulative") - g(b, "stats", c["row"], "this_year")
        if (p["from"], p["to"]) != (a, b) or not eq(p["out"], o) or not eq(p["in"], n) or p["agree"] != eq(o, n): err(i, "pair %s" % p)
    if e["all_agree"] != all(p["agree"] for p in ps): err(i, "all_agree")

def check_sub(i, st, s):
    if not (6 <= len(s) <= 30): err(i, "substring length %d" % len(s))
    with open(files[st], encoding="utf-8") as f:
        if not any(s in line for line in f): err(i, "substring not on one line of %s: %s" % (st, s))

def check_turn(i, t):
    k = t["kind"]; e = t["expected"]
    if k == "series": check_series(i, e, t["body"], t["span"], t["calc"])
    elif k == "comparison": check_comparison(i, e, t["reports"], t["calc"])
    elif k == "consistency": check_consistency(i, e, t["calc"])
    elif k == "unanswerable":
        if e.get("status") != "not_found" or e.get("reason") not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"): err(i, "unanswerable")
    elif k == "noyear":
        newest = max((s for s in gold if s.rsplit("_", 1)[0] == t["body"]), key=lambda s: int(s.rsplit("_", 1)[1]))
        if newest != e["report"] or t.get("report") != newest: err(i, "newest %s" % newest)
        if e["answer_kind"] == "cell":
            if not eq(g(newest, e["table"], e["row"], e["column"]), e["value"]): err(i, "noyear cell")
        elif e["answer_kind"] == "derived":
            if not eq(calc_one(newest, t["calc"], e.get("decimals")), e["value"]): err(i, "noyear derived")
        else: check_sub(i, newest, e["substring"])
    elif k == "nobody":
        if e["accept"] != ["grouped", "ambiguous"] or len(e["substrings"]) != len(e["reports"]): err(i, "nobody shape")
        for st, s in zip(e["reports"], e["substrings"]): check_sub(i, st, s)
    elif k == "ambiguous":
        if e != {"status": "ambiguous"} or len(t["reports"]) < 2: err(i, "ambiguous")
    else: err(i, "kind " + k)

items = [json.loads(l) for l in open(os.path.join(here, "set.jsonl"), encoding="utf-8")]
ids = set()
for it in items:
    i = it["id"]
    if not i.startswith("x14-") or i in ids: err(i, "id")
    ids.add(i)
    if not it.get("class"): err(i, "class")
    try:
        if it["kind"] == "followup":
            if not 2 <= len(it["turns"]) <= 3: err(i, "turns")
            for n, t in enumerate(it["turns"]): check_turn("%s#%d" % (i, n + 1), t)
        else:
            check_turn(i, it)
            if it["kind"] == "comparison" and it["expected"]["years_differ"] and not it.get("note"): err(i, "years_differ needs note")
    except Exception as ex:
        err(i, "exception %r" % ex)
if len(items) < 110: err("-", "only %d items" % len(items))
from collections import Counter
print(len(items), "items", dict(Counter(x["kind"] for x in items)))
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("PASS")
