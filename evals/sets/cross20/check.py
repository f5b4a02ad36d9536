#!/usr/bin/env python3
"""Independent checker for xset20/set.jsonl: recomputes every value from /work/blind/gold and checks every
substring verbatim on one line of the report text (all substrings here come from .txt/.md files, read as is).
Exits non-zero on any mismatch."""
import json, os, re, sys
GOLD = "/work/blind/gold"; CORPUS = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))

REPORTS = {}
for f in os.listdir(CORPUS):
    m = re.match(r"^(.*)_(\d{4})\.(txt|md|html|pdf)$", f)
    if m: REPORTS[m.group(1) + "_" + m.group(2)] = (m.group(1), int(m.group(2)), f)

_g = {}
def G(stem):
    if stem not in _g: _g[stem] = json.load(open(f"{GOLD}/{stem}.json"))
    return _g[stem]
def val(stem, t, r, c):
    try: v = G(stem)["cells"][t][r][c]
    except KeyError: return None
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
def has_row(stem, t, r, c):
    return r in G(stem)["cells"].get(t, {}) and c in G(stem)["cells"][t][r]
def lines(stem):
    f = REPORTS[stem][2]
    assert f.endswith((".txt", ".md")), f
    return open(f"{CORPUS}/{f}", encoding="utf-8").read().splitlines()
def on_line(stem, s):
    return any(s in ln for ln in lines(stem))
def close(a, b): return abs(a - b) < 1e-9

def tsum(stem, terms):
    tot = 0
    for sign, t, r, c in terms:
        v = val(stem, t, r, c)
        if v is None: err("term not a number", stem, t, r, c); return None
        tot += sign * v
    return tot

def chk_series(it, e, where):
    body = it["body"]; y0, y1 = it["span"]
    years = sorted(y for s, (b, y, f) in REPORTS.items() if b == body)
    if years and not (y0 >= years[0] - 50): err(where, "span")
    exp_gaps = [y for y in range(y0, y1 + 1) if f"{body}_{y}" not in REPORTS]
    if exp_gaps != e["gaps"]: err(where, "gaps", exp_gaps, e["gaps"])
    pre = e.get("pre_2019_equivalent")
    nc = []
    for y in range(y0, y1 + 1):
        st = f"{body}_{y}"
        if st not in REPORTS: continue
        fmt = G(st)["format"]
        if fmt == "pre_2019":
            ref = ("stats", e["row"], e["column"]) if e["table"] == "stats" else ((pre["table"], pre["row"], pre["column"]) if pre else None)
        else:
            ref = None if e["table"] == "stats" else (e["table"], e["row"], e["column"])
            if ref and not has_row(st, *ref): ref = None
        if ref is None:
            nc.append(y)
            if str(y) in e["values"]: err(where, "value given for non-comparable year", y)
            continue
        ent = e["values"].get(str(y))
        if ent is None: err(where, "missing year", y); continue
        v = val(st, *ref)
        if ent["report"] != st or v is None or not close(v, ent["value"]) or (ent["table"], ent["row"], ent["column"]) != ref:
            err(where, "value", y, ent, v, ref)
    if nc != e["not_comparable"]: err(where, "not_comparable", nc, e["not_comparable"])
    extra = set(e["values"]) - {str(y) for y in range(y0, y1 + 1)}
    if extra: err(where, "years outside span", extra)
    p = e["pick"]
    if p:
        vs = {int(y): x["value"] for y, x in e["values"].items()}
        if p["kind"] == "sum":
            if not close(sum(vs.values()), p["value"]): err(where, "sum", sum(vs.values()), p)
        else:
            b = (max if p["kind"] == "max" else min)(vs.values())
            ys = [y for y, v in vs.items() if v == b]
            if len(ys) != 1 or ys[0] != p["year"] or not close(b, p["value"]): err(where, "pick", ys, b, p)
    q = it.get("question", "")
    wants = any(w in q for w in ["最多", "最少", "加起来", "一共", "合计", "总共"])
    if bool(p) != wants: err(where, "pick set/unset does not match the question's words", q)

def chk_comparison(it, e, where):
    ref = e["terms"]; vals = {}
    for st in it["reports"]:
        if st not in REPORTS: err(where, "no report", st); continue
        if ref[0] == "cell": v = val(st, *ref[1:])
        elif ref[0] == "sum": v = tsum(st, ref[1])
        else:
            n, d = tsum(st, ref[1]), tsum(st, ref[2]); v = None if n is None or not d else n / d * 100
        if v is None: err(where, "no value", st); continue
        if e["decimals"] is not None: v = round(v, e["decimals"])
        vals[st] = v
        if not close(v, e["values"].get(st, float("nan"))): err(where, st, v, e["values"].get(st))
    if set(e["values"]) != set(it["reports"]): err(where, "value keys")
    if e["order"]:
        b = (max if e["order"] == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == b]
        t = tops[0] if len(tops) == 1 else None
        if t != e["top"]: err(where, "top", t, e["top"])
    elif e["top"] is not None: err(where, "top without order")
    yd = len({REPORTS[s][1] for s in it["reports"]}) > 1
    if yd != e.get("years_differ", False): err(where, "years_differ")
    if yd and not it.get("note"): err(where, "years differ but no note")

def chk_consistency(it, e, where):
    for p in e["pairs"]:
        a, b = p["from"], p["to"]
        if REPORTS[b][1] != REPORTS[a][1] + 1 or REPORTS[a][0] != it["body"] or REPORTS[b][0] != it["body"]:
            err(where, "pair not consecutive/same body", a, b)
        if "row" in p:
            r = p["row"]
            out = val(a, "stats", r, "cumulative") + val(b, "stats", r, "this_year"); inn = val(b, "stats", r, "cumulative")
        else:
            out = val(a, "T3", "carried_to_next_year", p["column"]); inn = val(b, "T3", "carried_over_from_last_year", p["column"])
        if out != p["out"] or inn != p["in"] or (out == inn) != p["agree"]: err(where, "pair", p, out, inn)
    if all(p["agree"] for p in e["pairs"]) != e["all_agree"]: err(where, "all_agree")

def chk_single(st, kind, e, where):
    if kind == "cell":
        v = val(st, e["table"], e["row"], e["column"])
        if v is None or not close(v, e["value"]): err(where, "cell", v, e)
    elif kind == "derived":
        n = tsum(st, e["terms"]["num"])
        if "den" in e["terms"]:
            d = tsum(st, e["terms"]["den"]); v = round(n / d * 100, e["decimals"])
        else: v = n
        if not close(v, e["value"]): err(where, "derived", v, e["value"])
    elif kind == "narrative":
        s = e["substring"]
        if not (6 <= len(s) <= 30) and not re.fullmatch(r"[\d\-—]+", s): err(where, "substring length", s)
        if not on_line(st, s): err(where, "substring not on one line", st, s)
    else: err(where, "kind", kind)

def newest(body): return max(y for s, (b, y, f) in REPORTS.items() if b == body)

def chk(it, where):
    k = it["kind"]; e = it.get("expected")
    if k == "series": chk_series(it, e, where)
    elif k == "comparison": chk_comparison(it, e, where)
    elif k == "consistency": chk_consistency(it, e, where)
    elif k == "noyear":
        st = it["report"]; b = REPORTS[st][0]
        if it.get("_turn") is None and REPORTS[st][1] != newest(b): err(where, "noyear not newest", st)
        chk_single(st, it["answer_kind"], e, where)
    elif k == "nobody":
        for s, st in zip(e["substrings"], e["reports"]):
            if not (6 <= len(s) <= 30): err(where, "substring length", s)
            if not on_line(st, s): err(where, "substring missing", st, s)
        if e["accept"] != ["grouped", "ambiguous"]: err(where, "accept")
    elif k == "unanswerable":
        if e.get("status") != "not_found" or e.get("reason") not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
            err(where, "unanswerable fields")
    else: err(where, "unknown kind", k)

items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
ids = [i["id"] for i in items]
if len(ids) != len(set(ids)): err("duplicate ids")
for it in items:
    if not it["id"].startswith("x20-"): err("id prefix", it["id"])
    if not it.get("class"): err(it["id"], "no class")
    if it["kind"] == "followup":
        if not 2 <= len(it["turns"]) <= 3: err(it["id"], "turns")
        if it["turns"][0]["kind"] not in ("series", "comparison", "unanswerable"): err(it["id"], "first turn kind")
        for n, t in enumerate(it["turns"]):
            t = dict(t, _turn=n)
            chk(t, f"{it['id']}#{n}")
    else:
        chk(it, it["id"])
from collections import Counter
c = Counter(i["kind"] for i in items)
print(len(items), dict(c))
if len(items) < 110: err("fewer than 110 items")
if errs:
    print("\n".join(errs)); print(f"FAIL: {len(errs)} problem(s)"); sys.exit(1)
print("OK: all values recomputed from gold and all substrings found")
