# -*- coding: utf-8 -*-
"""Independent checker of xset9/set.jsonl: recomputes every expected value from /work/blind/gold and checks every
substring verbatim on one line of the report text (all substrings here come from .txt/.md files, read as is).
Exits non-zero on any mismatch."""
import json, os, sys, math

GOLD = "/work/blind/gold"; CORPUS = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))
G = {f[:-5]: json.load(open(os.path.join(GOLD, f), encoding="utf-8")) for f in os.listdir(GOLD) if f.endswith(".json")}
TEXT = {}
for f in os.listdir(CORPUS):
    st, ext = os.path.splitext(f)
    if ext in (".txt", ".md") and st in G:
        TEXT[st] = open(os.path.join(CORPUS, f), encoding="utf-8").read().split("\n")

errs = []
def bad(i, msg): errs.append("%s: %s" % (i, msg))

def yr(s): return int(s.split("_")[-1])
def bd(s): return s[: s.rfind("_")]

def num(stem, t, r, c):
    try:
        v = G[stem]["cells"][t][r][c]
    except KeyError:
        return "MISSING"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    return "UNUSABLE"

def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=0, abs_tol=1e-6)
    return a == b

def calc(stem, x):
    op = x["op"]
    if op == "cell":
        v = num(stem, x["t"], x["r"], x["c"])
        if not isinstance(v, (int, float)): raise ValueError("cell %s %s" % (stem, x))
        return v
    if op == "sum":
        return sum(calc(stem, a) for a in x["args"])
    if op == "pct":
        return round(calc(stem, x["num"]) / calc(stem, x["den"]) * 100, x["dec"])
    raise ValueError(op)

def check_substring(i, stem, sub):
    if not (6 <= len(sub) <= 30): bad(i, "substring length %d: %s" % (len(sub), sub))
    if stem not in TEXT: bad(i, "no text file read for %s" % stem); return
    if not any(sub in line for line in TEXT[stem]): bad(i, "substring not on one line of %s: %s" % (stem, sub))

def check_series(i, it, e):
    body = it["body"]
    stems = {yr(s): s for s in G if bd(s) == body}
    if not stems: bad(i, "unknown body %s" % body); return
    span = it.get("span") or [min(stems), max(stems)]
    mapping = it.get("mapping") or {}
    vals, gaps, nc = {}, [], []
    for y in range(span[0], span[1] + 1):
        if y not in stems: gaps.append(y); continue
        s = stems[y]; fmt = G[s]["format"]
        t, r, c = mapping.get(fmt, (e["table"], e["row"], e["column"]))
        v = num(s, t, r, c)
        if v == "MISSING": nc.append(y); continue
        if v == "UNUSABLE": bad(i, "series asks unusable cell %s %s" % (s, (t, r, c))); continue
        vals[str(y)] = (s, v)
    if sorted(vals) != sorted(e["values"]): bad(i, "series years %s vs %s" % (sorted(vals), sorted(e["values"])))
    for y, (s, v) in vals.items():
        got = e["values"].get(y)
        if not got or got["report"] != s or not same(got["value"], v): bad(i, "series %s: %s vs %s" % (y, got, (s, v)))
    if gaps != e["gaps"]: bad(i, "gaps %s vs %s" % (gaps, e["gaps"]))
    if nc != e["not_comparable"]: bad(i, "not_comparable %s vs %s" % (nc, e["not_comparable"]))
    p = e["pick"]
    if p:
        vs = [(v, int(y)) for y, (s, v) in vals.items()]
        if p["kind"] == "sum":
            if not same(sum(v for v, _ in vs), p["value"]) or p["year"] is not None: bad(i, "pick sum")
        else:
            f = max if p["kind"] == "max" else min
            b = f(v for v, _ in vs); ys = [y for v, y in vs if v == b]
            if len(ys) != 1 or ys[0] != p["year"] or not same(b, p["value"]): bad(i, "pick %s %s vs %s" % (p["kind"], (b, ys), p))

def check_comparison(i, it, e):
    reps = it["reports"]; x = it["ref"]["calc"]
    for s in reps:
        if s not in G: bad(i, "no report %s" % s); return
        v = calc(s, x)
        if not same(v, e["values"].get(s)): bad(i, "comparison %s: %s vs %s" % (s, e["values"].get(s), v))
    if set(e["values"]) != set(reps): bad(i, "comparison stems")
    differ = len({yr(s) for s in reps}) > 1
    if differ != bool(e.get("years_differ", False)): bad(i, "years_differ flag")
    if differ and not it.get("note"): bad(i, "years differ without note")
    vals = {s: calc(s, x) for s in reps}
    if e["order"] in ("desc", "asc"):
        b = (max if e["order"] == "desc" else min)(vals.values())
        tops = [s for s in reps if vals[s] == b]
        if tops != [e["top"]]: bad(i, "top %s vs %s" % (e["top"], tops))
    elif e["top"] is not None: bad(i, "top without order")
    if x["op"] == "pct" and e["decimals"] != x["dec"]: bad(i, "decimals")

def check_consistency(i, it, e):
    mode = it["ref"]["mode"]
    for p in e["pairs"]:
        a, b = p["from"], p["to"]
        if bd(a) != it["body"] or bd(b) != it["body"] or yr(b) != yr(a) + 1 or a not in G or b not in G:
            bad(i, "pair not consecutive corpus years %s %s" % (a, b)); continue
        if mode == "carry":
            o = num(a, "T3", "carried_to_next_year", p["column"]); n = num(b, "T3", "carried_over_from_last_year", p["column"])
            ok = o == p["out"] and n == p["in"] and (o == n) == p["agree"]
        else:
            r = p["row"]
            o = num(a, "stats", r, "cumulative"); ad = num(b, "stats", r, "this_year"); n = num(b, "stats", r, "cumulative")
            ok = o == p["out"] and ad == p["added_this_year"] and n == p["in"] and (o + ad == n) == p["agree"]
        if not ok: bad(i, "consistency pair %s" % p)
    if e["all_agree"] != all(p["agree"] for p in e["pairs"]): bad(i, "all_agree")

def check_cell(i, stem, e):
    v = num(stem, e["table"], e["row"], e["column"])
    if not same(v, e["value"]): bad(i, "cell %s %s vs %s" % (stem, e, v))

for ln, line in enumerate(open(os.path.join(HERE, "set.jsonl"), encoding="utf-8"), 1):
    it = json.loads(line); i = it["id"]; k = it["kind"]; e = it.get("expected")
    if not i.startswith("x9-"): bad(i, "prefix")
    try:
        if k == "series": check_series(i, it, e)
        elif k == "comparison": check_comparison(i, it, e)
        elif k == "consistency": check_consistency(i, it, e)
        elif k == "noyear":
            s = max((x for x in G if bd(x) == it["body"]), key=yr)
            if e["report"] != s: bad(i, "noyear report %s vs newest %s" % (e["report"], s))
            if e["type"] == "cell": check_cell(i, s, e)
            elif e["type"] == "narrative": check_substring(i, s, e["substring"])
            elif e["type"] == "derived":
                if not same(calc(s, it["ref"]["calc"]), e["value"]): bad(i, "derived")
        elif k == "nobody":
            if e["accept"] != ["grouped", "ambiguous"] or len(e["substrings"]) != len(e["reports"]): bad(i, "nobody shape")
            for s, sub in zip(e["reports"], e["substrings"]): check_substring(i, s, sub)
        elif k == "unanswerable":
            if e != {"status": "not_found", "reason": e.get("reason")} or e["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
                bad(i, "unanswerable shape")
        elif k == "followup":
            if not 2 <= len(it["turns"]) <= 3: bad(i, "turn count")
            if it["turns"][0]["kind"] not in ("series", "comparison"): bad(i, "first turn kind")
            for n, t in enumerate(it["turns"]):
                ti = "%s#%d" % (i, n + 1); te = t["expected"]
                if t["kind"] == "series": check_series(ti, t, te)
                elif t["kind"] == "comparison": check_comparison(ti, t, te)
                elif t["kind"] == "cell": check_cell(ti, te["report"], te)
                elif t["kind"] == "unanswerable":
                    if te["status"] != "not_found": bad(ti, "status")
                else: bad(ti, "turn kind %s" % t["kind"])
        else: bad(i, "kind %s" % k)
    except Exception as ex:
        bad(i, "exception %r" % ex)

n = sum(1 for _ in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8"))
if n < 110: errs.append("only %d items" % n)
if errs:
    print("\n".join(errs)); print("FAIL: %d problem(s)" % len(errs)); sys.exit(1)
print("OK: %d items, all values recomputed from gold, all substrings found" % n)
