# -*- coding: utf-8 -*-
"""Independent checker for x10 set.jsonl: recomputes every value from /work/blind/gold and checks every
substring against one line of the corpus text (.txt/.md read as files; no substring here is taken from a PDF/HTML).
Exits non-zero on any mismatch."""
import json, os, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
GOLDDIR = "/work/blind/gold"
errors = []
def err(i, m): errors.append(f"{i}: {m}")

gold = {}
for p in glob.glob(os.path.join(GOLDDIR, "*.json")):
    with open(p, encoding="utf-8") as f:
        gold[os.path.basename(p)[:-5]] = json.load(f)
corpus_files = {}
for p in os.listdir(CORPUS):
    stem, ext = os.path.splitext(p)
    if "_" in stem and stem.rsplit("_", 1)[1].isdigit():
        corpus_files[stem] = os.path.join(CORPUS, p)
def body_of(stem): return stem.rsplit("_", 1)[0]
def year_of(stem): return int(stem.rsplit("_", 1)[1])
body_years = {}
for st in corpus_files: body_years.setdefault(body_of(st), set()).add(year_of(st))

def val(stem, t, r, c, ident):
    try:
        v = gold[stem]["cells"][t][r][c]
    except KeyError:
        err(ident, f"missing cell {stem} {t} {r} {c}"); return None
    if type(v) not in (int, float):
        err(ident, f"non-numeric gold {stem} {t} {r} {c}: {v!r}"); return None
    return v
def exists(stem, t, r, c):
    return c in gold[stem]["cells"].get(t, {}).get(r, {})

def eval_metric(stem, m, decimals, ident):
    if m[0] == "cell": return val(stem, *m[1], ident)
    if m[0] == "sum":
        xs = [val(stem, *r, ident) for r in m[1]]
        return None if None in xs else sum(xs)
    if m[0] == "rate":
        n = [val(stem, *r, ident) for r in m[1]]; d = [val(stem, *r, ident) for r in m[2]]
        if None in n or None in d: return None
        return round(100.0 * sum(n) / sum(d), 2 if decimals is None else decimals)
    err(ident, f"unknown metric {m}")

lines_cache = {}
def has_line(stem, sub, ident):
    if not (6 <= len(sub) <= 30): err(ident, f"substring length {len(sub)}: {sub}")
    path = corpus_files.get(stem)
    if path is None: err(ident, f"no corpus file for {stem}"); return
    if path.endswith((".pdf", ".html")): err(ident, f"substring from a rendered-only file {stem}"); return
    if stem not in lines_cache:
        with open(path, encoding="utf-8") as f: lines_cache[stem] = f.read().split("\n")
    if not any(sub in ln for ln in lines_cache[stem]): err(ident, f"substring not on one line of {stem}: {sub}")

def chk_series(e, body, ident):
    span = e["span_years"]
    seen = set()
    for y in span:
        ys = str(y); where = [ys in e["values"], y in e["gaps"], y in e["not_comparable"]]
        if sum(where) != 1: err(ident, f"year {y} not in exactly one of values/gaps/not_comparable")
    for y in e["gaps"]:
        if y in body_years.get(body, set()): err(ident, f"gap {y} has a report")
    used_refs = set()
    for ys, d in e["values"].items():
        y = int(ys)
        if d["report"] != f"{body}_{y}" or d["report"] not in corpus_files: err(ident, f"bad report for {y}")
        v = val(d["report"], d["table"], d["row"], d["column"], ident)
        if v != d["value"]: err(ident, f"{ys}: {d['value']} != gold {v}")
        used_refs.add((d["table"], d["row"], d["column"]))
    for y in e["not_comparable"]:
        st = f"{body}_{y}"
        if st not in corpus_files: err(ident, f"not_comparable {y} has no report")
        elif any(exists(st, *r) for r in used_refs): err(ident, f"not_comparable {y} but its gold has the row")
    p = e["pick"]
    if p:
        items = {int(k): d["value"] for k, d in e["values"].items()}
        if p["kind"] == "sum":
            if p["value"] != sum(items.values()): err(ident, "sum pick wrong")
        else:
            f = max if p["kind"] == "max" else min
            b = f(items.values()); ys = [y for y, v in items.items() if v == b]
            if len(ys) != 1 or p["year"] != ys[0] or p["value"] != b: err(ident, f"{p['kind']} pick wrong/tied")

def chk_comparison(e, reports, ident):
    if list(e["values"]) != list(reports): err(ident, "values keys != reports")
    vals = {}
    for st in reports:
        if st not in corpus_files: err(ident, f"{st} not in corpus")
        v = eval_metric(st, e["metric"], e.get("decimals"), ident); vals[st] = v
        if v != e["values"].get(st): err(ident, f"{st}: {e['values'].get(st)} != {v}")
    if e["order"]:
        b = (max if e["order"] == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == b]
        if len(tops) != 1 or tops[0] != e["top"]: err(ident, "top wrong or tied")
    elif e["top"] is not None: err(ident, "top without order")
    yrs = {year_of(s) for s in reports}
    if (len(yrs) > 1) != bool(e.get("years_differ")): err(ident, "years_differ flag wrong")
    if e["metric"][0] == "rate" and e.get("unit") != "%": err(ident, "rate unit")

def chk_consistency(e, body, ident):
    a, b = e["years_asked"]
    expect_pairs = [(y, y + 1) for y in range(a, b) if y in body_years[body] and y + 1 in body_years[body]]
    got = [(year_of(p["from"]), year_of(p["to"])) for p in e["pairs"]]
    if got != expect_pairs: err(ident, f"pairs {got} != {expect_pairs}")
    for p in e["pairs"]:
        if e["mode"] == "carry":
            o = val(p["from"], "T3", "carried_to_next_year", p["column"], ident)
            i = val(p["to"], "T3", "carried_over_from_last_year", p["column"], ident)
        else:
            o = val(p["from"], "stats", p["row"], "cumulative", ident) + val(p["to"], "stats", p["row"], "this_year", ident)
            i = val(p["to"], "stats", p["row"], "cumulative", ident)
        if (o, i, o == i) != (p["out"], p["in"], p["agree"]): err(ident, f"pair {p['from']}->{p['to']} wrong")
    if e["all_agree"] != all(p["agree"] for p in e["pairs"]): err(ident, "all_agree wrong")

REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
def chk_turn(kind, rec, e, ident):
    if kind == "series": chk_series(e, rec["body"], ident)
    elif kind == "comparison": chk_comparison(e, rec["reports"], ident)
    elif kind == "unanswerable":
        if e != {"status": "not_found", "reason": e.get("reason")} or e["reason"] not in REASONS: err(ident, "bad unanswerable")
    else: err(ident, f"bad turn kind {kind}")

items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
ids = [r["id"] for r in items]
if len(set(ids)) != len(ids): errors.append("duplicate ids")
if len(items) < 110: errors.append(f"only {len(items)} items")
for r in items:
    i = r["id"]
    if not i.startswith("x10-") or not r.get("class"): err(i, "id prefix/class")
    k = r["kind"]; e = r.get("expected")
    if k == "followup":
        if not 2 <= len(r["turns"]) <= 3: err(i, "turn count")
        if r["turns"][0]["kind"] not in ("series", "comparison", "unanswerable"): err(i, "first turn kind")
        for n, t in enumerate(r["turns"]): chk_turn(t["kind"], t, t["expected"], f"{i}/t{n+1}")
    elif k in ("series", "comparison", "unanswerable"): chk_turn(k, r, e, i)
    elif k == "consistency": chk_consistency(e, r["body"], i)
    elif k == "noyear":
        body = r["body"]; newest = f"{body}_{max(body_years[body])}"
        if r["report"] != newest or e["report"] != newest: err(i, f"not newest report ({newest})")
        ak = e["answer_kind"]
        if ak == "cell":
            if val(newest, e["table"], e["row"], e["column"], i) != e["value"]: err(i, "cell value")
        elif ak == "derived":
            if eval_metric(newest, e["metric"], e.get("decimals"), i) != e["value"]: err(i, "derived value")
        elif ak == "narrative": has_line(newest, e["substring"], i)
        else: err(i, "answer_kind")
    elif k == "nobody":
        if e["accept"] != ["grouped", "ambiguous"] or len(e["substrings"]) != len(e["reports"]): err(i, "nobody shape")
        for st, sub in zip(e["reports"], e["substrings"]): has_line(st, sub, i)
    else: err(i, f"unknown kind {k}")

from collections import Counter
print("items:", len(items), dict(Counter(r["kind"] for r in items)))
if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print("OK: all values recomputed from gold, all substrings found on one line")
