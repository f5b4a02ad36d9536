#!/usr/bin/env python3
"""Independent checker for xset15/set.jsonl: recomputes every value from /work/blind/gold and checks every
narrative substring occurs verbatim on ONE line of the report's text file (all substrings here come from
.txt/.md reports, read as plain text). Exits 1 on any mismatch."""
import json, os, sys, glob

GOLD = "/work/blind/gold"; CORPUS = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))
G = {os.path.basename(f)[:-5]: json.load(open(f, encoding="utf-8")) for f in glob.glob(GOLD + "/*.json")}
errors = []

def err(i, m): errors.append(f"{i}: {m}")

def cell(stem, key):
    t, r, *c = key.split(".")
    v = G[stem]["cells"][t][r][".".join(c)]
    assert isinstance(v, (int, float)) and not isinstance(v, bool), (stem, key, v)
    return v

def has(stem, key):
    t, r, *c = key.split(".")
    cs = G[stem]["cells"]
    return t in cs and r in cs[t] and ".".join(c) in cs[t][r]

def fmt_key(cbf, stem):
    if "any" in cbf: k = cbf["any"]
    else: k = cbf.get(G[stem]["format"])
    return k if k and has(stem, k) else None

def yr(stem): return int(stem.rsplit("_", 1)[1])
def body(stem): return stem.rsplit("_", 1)[0]

def chk_series(i, e, bdy):
    y0, y1 = e["span"]
    have = {yr(s): s for s in G if body(s) == bdy}
    want_vals, gaps, nc = {}, [], []
    for y in range(y0, y1 + 1):
        if y not in have: gaps.append(y); continue
        k = fmt_key(e["cells_by_format"], have[y])
        if k is None: nc.append(y); continue
        want_vals[str(y)] = cell(have[y], k)
    got = {y: d["value"] for y, d in e["values"].items()}
    if got != want_vals: err(i, f"series values {got} != {want_vals}")
    for y, d in e["values"].items():
        if d["report"] != f"{bdy}_{y}": err(i, f"series report {d}")
    if e["gaps"] != gaps: err(i, f"gaps {e['gaps']} != {gaps}")
    if e["not_comparable"] != nc: err(i, f"nc {e['not_comparable']} != {nc}")
    p = e["pick"]
    if p:
        vs = list(want_vals.items())
        if p["kind"] == "sum":
            if abs(p["value"] - sum(v for _, v in vs)) > 1e-6: err(i, "sum")
        else:
            b = (max if p["kind"] == "max" else min)(v for _, v in vs)
            ys = [int(y) for y, v in vs if v == b]
            if p["value"] != b or p["year"] != (ys[0] if len(ys) == 1 else ys): err(i, f"pick {p} vs {b} {ys}")

def ref_value(ref, stem, dec):
    n = sum(cell(stem, k) for k in ref["num"])
    if ref["op"] in ("cell", "sum"):
        if ref["op"] == "cell" and len(ref["num"]) != 1: raise AssertionError
        return n
    d = sum(cell(stem, k) for k in ref["den"])
    return round(n * 100.0 / d, 2 if dec is None else dec)

def chk_comparison(i, e, reps):
    if sorted(e["values"]) != sorted(reps): err(i, "reports/values keys differ")
    for s in reps:
        v = ref_value(e["refs"][s], s, e.get("decimals"))
        if abs(v - e["values"][s]) > 1e-9: err(i, f"{s}: {e['values'][s]} != {v}")
    if e["order"]:
        b = (max if e["order"] == "desc" else min)(e["values"].values())
        t = [s for s in reps if e["values"][s] == b]
        if e["top"] != (t[0] if len(t) == 1 else t): err(i, f"top {e['top']} != {t}")
    ys = {yr(s) for s in reps}
    if (len(ys) > 1) != bool(e.get("years_differ")): err(i, "years_differ flag")

def chk_consistency(i, e):
    for p in e["pairs"]:
        a, b = p["from"], p["to"]
        if yr(b) != yr(a) + 1 or body(a) != body(b): err(i, f"pair not consecutive {a} {b}")
        col = p["column"]
        if col.startswith("T3"):
            c = col.split("[")[1].rstrip("]")
            out = cell(a, f"T3.carried_to_next_year.{c}"); inn = cell(b, f"T3.carried_over_from_last_year.{c}")
        else:
            r = col.split()[1].rstrip(":")
            out = cell(a, f"stats.{r}.cumulative"); inn = cell(b, f"stats.{r}.cumulative") - cell(b, f"stats.{r}.this_year")
        if (p["out"], p["in"], p["agree"]) != (out, inn, out == inn): err(i, f"pair {p} vs {out},{inn}")
    if e["all_agree"] != all(p["agree"] for p in e["pairs"]): err(i, "all_agree")

LINES = {}
def lines(stem):
    if stem not in LINES:
        f = [x for x in glob.glob(f"{CORPUS}/{stem}.*") if x.endswith((".txt", ".md"))]
        assert len(f) == 1, stem
        LINES[stem] = open(f[0], encoding="utf-8").read().split("\n")
    return LINES[stem]

def chk_sub(i, stem, s):
    if not (6 <= len(s) <= 30): err(i, f"substring length {len(s)}: {s}")
    if not any(s in ln for ln in lines(stem)): err(i, f"substring not on one line of {stem}: {s}")

def newest(bdy): return max((s for s in G if body(s) == bdy), key=yr)

def chk_turn(i, t):
    k = t["kind"]
    if k == "series": chk_series(i, t["expected"], t["body"])
    elif k == "comparison": chk_comparison(i, t["expected"], t["reports"])
    elif k == "unanswerable":
        if t["expected"].get("status") != "not_found": err(i, "status")
    else: err(i, f"bad turn kind {k}")

REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
ids = set()
for it in items:
    i = it["id"]
    if i in ids or not i.startswith("x15-"): err(i, "id")
    ids.add(i)
    if not it.get("class"): err(i, "class")
    k = it["kind"]; e = it.get("expected")
    try:
        if k == "series": chk_series(i, e, it["body"])
        elif k == "comparison": chk_comparison(i, e, it["reports"])
        elif k == "consistency": chk_consistency(i, e)
        elif k == "noyear":
            st = newest(it["body"])
            if e["report"] != st or it["report"] != st: err(i, f"noyear report not newest {st}")
            if "substring" in e: chk_sub(i, st, e["substring"])
            else:
                v = ref_value(e["ref"], st, e.get("decimals"))
                if abs(v - e["value"]) > 1e-9: err(i, f"noyear {e['value']} != {v}")
        elif k == "nobody":
            if len(e["substrings"]) != len(e["reports"]): err(i, "nobody lengths")
            for s, r in zip(e["substrings"], e["reports"]): chk_sub(i, r, s)
        elif k == "unanswerable":
            if e["status"] != "not_found" or e["reason"] not in REASONS: err(i, "unanswerable")
        elif k == "followup":
            if not 2 <= len(it["turns"]) <= 3: err(i, "turns")
            for t in it["turns"]: chk_turn(i, t)
        else: err(i, f"kind {k}")
    except Exception as ex:
        err(i, f"exception {ex!r}")
if len(items) < 110: errors.append(f"only {len(items)} items")
for m in errors: print("FAIL", m)
print(f"{len(items)} items checked, {len(errors)} errors")
sys.exit(1 if errors else 0)
