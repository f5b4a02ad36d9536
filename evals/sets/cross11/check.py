#!/usr/bin/env python3
"""Independent checker for x11 set.jsonl: recomputes every expected value from the gold cells (own code, not build.py),
checks coverage of series spans against the corpus directory, and checks every substring occurs verbatim on one line
of the report's text file (all substrings used here come from .txt/.md files; no PDF/HTML text is used)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD = "/work/blind/gold"; CORPUS = "/work/shared/corpus"
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

files = {}
for f in os.listdir(CORPUS):
    m = re.match(r"(.+)_(\d{4})\.(txt|md|pdf|html)$", f)
    if m: files[f"{m.group(1)}_{m.group(2)}"] = f
G = {s: json.load(open(f"{GOLD}/{s}.json", encoding="utf-8")) for s in files}

def val(stem, ref):
    if isinstance(ref, list):
        tot = 0
        for r in ref: tot += val(stem, r)
        return round(tot, 6) if isinstance(tot, float) else tot
    parts = ref.split(".")
    t, r, c = parts[0], parts[1], ".".join(parts[2:])
    x = G[stem]["cells"].get(t, {}).get(r, {}).get(c, "MISSING")
    if type(x) not in (int, float):
        err(f"{stem} {ref} is not a determined number ({x!r})"); return 0
    return x

def yrs(body): return sorted(int(s[len(body)+1:]) for s in files if re.fullmatch(re.escape(body) + r"_\d{4}", s))
def eq(a, b): return (a == b) if not isinstance(a, float) and not isinstance(b, float) else abs(a - b) < 1e-6

def chk_series(it, e, where):
    ys = yrs(it["body"]); lo, hi = it["span"] or (min(ys), max(ys))
    want_vals, gaps, nc = {}, [], []
    for y in range(lo, hi + 1):
        s = f"{it['body']}_{y}"
        if s not in files: gaps.append(y); continue
        ref = it["map"][G[s]["format"]]
        if ref is None: nc.append(y); continue
        want_vals[str(y)] = (s, val(s, ref))
    if e["gaps"] != gaps: err(where, "gaps", e["gaps"], gaps)
    if e["not_comparable"] != nc: err(where, "not_comparable", e["not_comparable"], nc)
    if set(e["values"]) != set(want_vals): err(where, "years", sorted(e["values"]), sorted(want_vals))
    for y, (s, v) in want_vals.items():
        got = e["values"].get(y, {})
        if got.get("report") != s or not eq(got.get("value"), v): err(where, y, got, s, v)
    p = it["pick"]; vs = [(int(y), v) for y, (_, v) in want_vals.items()]
    if p is None:
        if e["pick"] is not None: err(where, "pick should be null")
    elif p == "sum":
        t = sum(v for _, v in vs); t = round(t, 6) if isinstance(t, float) else t
        if e["pick"]["kind"] != "sum" or not eq(e["pick"]["value"], t): err(where, "sum", e["pick"], t)
    else:
        fn = max if p == "max" else min
        b = fn(v for _, v in vs); yy = [y for y, v in vs if v == b]
        if len(yy) != 1 or e["pick"] != {"kind": p, "value": b, "year": yy[0]}: err(where, "pick", e["pick"], b, yy)

def mval(stem, metric, dec):
    if "ratio" in metric:
        n, d = metric["ratio"]; return round(val(stem, n) * 100.0 / val(stem, d), 2 if dec is None else dec)
    ref = metric["ref"]
    if isinstance(ref, dict): ref = ref[G[stem]["format"]]
    return val(stem, ref)

def chk_comparison(it, e, where):
    w = {s: mval(s, it["metric"], it["decimals"]) for s in it["reports"]}
    for s in w:
        if not eq(e["values"].get(s), w[s]): err(where, s, e["values"].get(s), w[s])
    if set(e["values"]) != set(w): err(where, "reports differ")
    top = None
    if it["order"] == "desc": m = max(w.values()); c = [s for s in w if w[s] == m]; top = c[0] if len(c) == 1 else None
    if it["order"] == "asc": m = min(w.values()); c = [s for s in w if w[s] == m]; top = c[0] if len(c) == 1 else None
    if e["top"] != top: err(where, "top", e["top"], top)
    differ = len(set(s.rsplit("_", 1)[1] for s in it["reports"])) > 1
    if bool(e.get("years_differ")) != differ: err(where, "years_differ")
    if differ and not it.get("note") and where.count("/") == 0: err(where, "years differ but no note")

def chk_consistency(it, e, where):
    ps = e["pairs"]
    if len(ps) != len(it["pairs"]): err(where, "pair count")
    for (a, b), p in zip(it["pairs"], ps):
        fa, fb = f"{it['body']}_{a}", f"{it['body']}_{b}"
        if b != a + 1 or fa not in files or fb not in files: err(where, "pair not consecutive in corpus", a, b)
        if it["mode"] == "carry":
            o = val(fa, "T3.carried_to_next_year." + it["col"]); i = val(fb, "T3.carried_over_from_last_year." + it["col"])
        else:
            o = val(fa, f"stats.{it['row']}.cumulative") + val(fb, f"stats.{it['row']}.this_year"); i = val(fb, f"stats.{it['row']}.cumulative")
        if (p["from"], p["to"], p["out"], p["in"], p["agree"]) != (fa, fb, o, i, o == i): err(where, p, o, i)
    if e["all_agree"] != all(p["agree"] for p in ps): err(where, "all_agree")

def line_has(stem, sub):
    f = files[stem]
    if not f.endswith((".txt", ".md")): err(stem, "substring taken from a non-text file"); return False
    if not (6 <= len(sub) <= 30): err("substring length", sub, len(sub))
    with open(f"{CORPUS}/{f}", encoding="utf-8") as fh:
        return any(sub in ln for ln in fh)

def chk_noyear(it, e, where):
    y = max(yrs(it["body"])); s = f"{it['body']}_{y}"
    if e["report"] != s: err(where, "newest", e["report"], s)
    if it["type"] == "cell":
        if not eq(e["value"], val(s, it["ref"])): err(where, e["value"])
    elif it["type"] == "narrative":
        if not line_has(s, e["substring"]): err(where, "substring not found", e["substring"])
    else:
        if "ratio" in it:
            n, d = it["ratio"]; v = round(val(s, n) / val(s, d) * 100, it.get("decimals", 2))
        else:
            v = val(s, it["sum"])
        if not eq(e["value"], v): err(where, e["value"], v)

def chk_nobody(it, e, where):
    if e["accept"] != ["grouped", "ambiguous"]: err(where, "accept")
    for r, s in it["subs"]:
        if not line_has(r, s): err(where, "substring not found", r, s)
    if e["substrings"] != [s for _, s in it["subs"]] or e["reports"] != [r for r, _ in it["subs"]]: err(where, "subs mismatch")

def chk_unans(it, e, where):
    if (e.get("status"), e.get("reason")) != ("not_found", it["reason"]): err(where, e)
    if it["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"): err(where, "reason")

def chk_cell(it, e, where):
    if e["report"] != it["report"] or not eq(e["value"], val(it["report"], it["ref"])): err(where, e)

CHK = {"series": chk_series, "comparison": chk_comparison, "consistency": chk_consistency, "noyear": chk_noyear,
       "nobody": chk_nobody, "unanswerable": chk_unans, "cell": chk_cell}

recs = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
byid = {r["id"]: r for r in recs}
if len(byid) != len(recs): err("duplicate ids")
if len(recs) < 110: err("fewer than 110 items", len(recs))
specs = {it["id"]: it for it in Q.ITEMS}
if set(specs) != set(byid): err("ids differ between questions.py and set.jsonl")
for r in recs:
    if not r["id"].startswith("x11-"): err(r["id"], "prefix")
    if not r.get("class"): err(r["id"], "class missing")
    it = specs.get(r["id"])
    if it is None: continue
    if r["kind"] != it["kind"]: err(r["id"], "kind")
    if r["kind"] == "followup":
        if not 2 <= len(r["turns"]) <= 3: err(r["id"], "turn count")
        if it["turns"][0]["kind"] not in ("series", "comparison"): err(r["id"], "first turn must be series/comparison")
        for k, (t, rt) in enumerate(zip(it["turns"], r["turns"])):
            if rt["kind"] != t["kind"] or rt["question"] != t["q"]: err(r["id"], k, "turn mismatch")
            CHK[t["kind"]](t, rt["expected"], f"{r['id']}/t{k+1}")
    else:
        if r["question"] != it["q"]: err(r["id"], "question text")
        CHK[r["kind"]](it, r["expected"], r["id"])

from collections import Counter
print(Counter(r["kind"] for r in recs), len(recs), "items")
if errors:
    print("\n".join(errors)); print(len(errors), "ERRORS"); sys.exit(1)
print("check.py: all values recomputed and all substrings found — PASS")
