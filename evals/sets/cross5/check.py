# -*- coding: utf-8 -*-
"""Independent checker for set.jsonl: recomputes every value from the gold cells (own code, not build.py),
derives gaps from the corpus file names, and checks every narrative/nobody substring occurs verbatim on one
line of the report text (all substrings used come from .txt/.md files; no PDF/HTML text is used).
Exits non-zero on any mismatch."""
import json, os, re, sys, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import questions as Q

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
GOLDDIRS = ["/work/blind/gold", os.path.join(HERE, "gold")]
errors = []

def err(*a):
    errors.append(" ".join(str(x) for x in a))

def gold(stem):
    for d in GOLDDIRS:
        p = os.path.join(d, stem + ".json")
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    raise KeyError(stem)

def corpus_years(body):
    ys = {}
    for f in os.listdir(CORPUS):
        stem, ext = os.path.splitext(f)
        m = re.match(r"^(.*)_(\d{4})$", stem)
        if m and m.group(1) == body and ext in (".txt", ".md", ".pdf", ".html"):
            ys[int(m.group(2))] = stem
    return ys

def cell(stem, t, r, c):
    g = gold(stem)
    try:
        v = g["cells"][t][r][c]
    except KeyError:
        return None
    if type(v) in (int, float):
        return v
    err("non-numeric cell asked", stem, t, r, c, v)
    return None

def has(stem, t, r, c):
    g = gold(stem)
    return c in g["cells"].get(t, {}).get(r, {})

def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=0, abs_tol=1e-9)
    return a == b

def line_has(stem, sub):
    path = None
    for ext in (".txt", ".md"):
        if os.path.exists(os.path.join(CORPUS, stem + ext)):
            path = os.path.join(CORPUS, stem + ext)
    if path is None:
        err("no text file for substring check", stem); return
    if not (6 <= len(sub) <= 30):
        err("substring length", stem, sub, len(sub))
    if not any(sub in ln for ln in open(path, encoding="utf-8").read().split("\n")):
        err("substring not on one line", stem, sub)

def chk_series(it, exp):
    ys = corpus_years(it["body"])
    lo, hi = it["span"] if it["span"] else (min(ys), max(ys))
    want_vals, want_gaps, want_nc = {}, [], []
    for y in range(lo, hi + 1):
        if y not in ys:
            want_gaps.append(y); continue
        st = ys[y]
        fmt = gold(st)["format"]
        if it.get("eq") and fmt in it["eq"]:
            t, r, c = it["eq"][fmt]
        else:
            t, r, c = it["t"], it["r"], it["c"]
            is_stats = t == "stats"
            if is_stats != (fmt == "pre_2019") or not has(st, t, r, c):
                want_nc.append(y); continue
        want_vals[str(y)] = (st, cell(st, t, r, c))
    got = exp["values"]
    if set(got) != set(want_vals):
        err(it["id"] or "turn", "series years", sorted(got), sorted(want_vals))
    for y, (st, v) in want_vals.items():
        g = got.get(y, {})
        if g.get("report") != st or not same(g.get("value"), v):
            err(it["id"] or "turn", "series value", y, g, st, v)
    if exp["gaps"] != want_gaps:
        err(it["id"], "gaps", exp["gaps"], want_gaps)
    if exp["not_comparable"] != want_nc:
        err(it["id"], "not_comparable", exp["not_comparable"], want_nc)
    if it["pick"]:
        vs = {int(y): v for y, (_, v) in want_vals.items()}
        p = exp["pick"]
        if it["pick"] == "sum":
            if not same(p["value"], sum(vs.values())): err(it["id"], "pick sum", p)
        else:
            b = max(vs.values()) if it["pick"] == "max" else min(vs.values())
            yrs = sorted(y for y, v in vs.items() if v == b)
            if not same(p["value"], b) or (p["year"] if isinstance(p["year"], list) else [p["year"]]) != yrs:
                err(it["id"], "pick", p, b, yrs)
    elif exp["pick"] is not None:
        err(it["id"], "unexpected pick")

def calc(stem, expr, dec):
    if expr[0] == "cell":
        return cell(stem, *expr[1:])
    if expr[0] == "sum":
        return sum(cell(stem, *r) for r in expr[1])
    n = sum(cell(stem, *r) for r in expr[1]); d = sum(cell(stem, *r) for r in expr[2])
    v = 100.0 * n / d
    return round(v, dec) if dec is not None else v

def chk_comparison(it, exp):
    want = {s: calc(s, it["expr"], it["decimals"]) for s in it["reports"]}
    for s, v in want.items():
        if not same(exp["values"].get(s), v):
            err(it["id"], "comparison value", s, exp["values"].get(s), v)
    if it["order"]:
        ranked = sorted(want, key=lambda s: want[s], reverse=(it["order"] == "desc"))
        best = want[ranked[0]]
        tops = [s for s in ranked if want[s] == best]
        top = tops[0] if len(tops) == 1 else tops
        if (sorted(top) if isinstance(top, list) else top) != (sorted(exp["top"]) if isinstance(exp["top"], list) else exp["top"]):
            err(it["id"], "top", exp["top"], top)
    years = {gold(s)["year"] for s in it["reports"]}
    if (len(years) > 1) != bool(exp.get("years_differ")):
        err(it["id"], "years_differ flag")
    if it["diff"]:
        a, b = it["diff"]
        d = want[a] - want[b]
        if it["decimals"] is not None:
            d = round(d, it["decimals"])
        if not same(exp["difference"]["value"], d):
            err(it["id"], "difference", exp["difference"], d)

def chk_consistency(it, exp):
    ys = corpus_years(it["body"])
    if len(exp["pairs"]) != len(it["pairs"]):
        err(it["id"], "pair count")
    allok = True
    for (a, b), p in zip(it["pairs"], exp["pairs"]):
        if b - a != 1 or a not in ys or b not in ys:
            err(it["id"], "pair not consecutive/indexed", a, b)
        if it["mode"] == "carry":
            o = cell(ys[a], "T3", "carried_to_next_year", it["col"])
            i = cell(ys[b], "T3", "carried_over_from_last_year", it["col"])
        else:
            o = cell(ys[a], "stats", it["row"], "cumulative")
            i = cell(ys[b], "stats", it["row"], "cumulative") - cell(ys[b], "stats", it["row"], "this_year")
        if p["from"] != ys[a] or p["to"] != ys[b] or p["out"] != o or p["in"] != i or p["agree"] != (o == i):
            err(it["id"], "pair", p, o, i)
        allok = allok and (o == i)
    if exp["all_agree"] != allok:
        err(it["id"], "all_agree")

def chk_noyear(it, rec):
    ys = corpus_years(it["body"])
    st = ys[max(ys)]
    exp = rec["expected"]
    if exp.get("report") != st:
        err(it["id"], "noyear report", exp.get("report"), st)
    if it["sub"] == "cell":
        if not same(exp["value"], cell(st, *it["ref"])): err(it["id"], "noyear cell")
    elif it["sub"] == "derived":
        if not same(exp["value"], calc(st, it["ref"], None)): err(it["id"], "noyear derived")
    else:
        if exp["substring"] != it["ref"]: err(it["id"], "substring mismatch")
        line_has(st, it["ref"])

def chk(it, rec):
    k = it["kind"]
    if rec.get("kind") != k and "turns" not in rec:
        err(it["id"], "kind", rec.get("kind"), k)
    exp = rec["expected"]
    if k == "series": chk_series(it, exp)
    elif k == "comparison": chk_comparison(it, exp)
    elif k == "consistency": chk_consistency(it, exp)
    elif k == "noyear": chk_noyear(it, rec)
    elif k == "nobody":
        if exp["substrings"] != [s for _, s in it["subs"]]: err(it["id"], "nobody subs")
        for st, s in it["subs"]: line_has(st, s)
    elif k == "unanswerable":
        if exp != {"status": "not_found", "reason": it["reason"]}: err(it["id"], "unans")
        if it["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
            err(it["id"], "reason")

def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    byid = {r["id"]: r for r in recs}
    if len(byid) != len(recs): err("duplicate ids")
    if len(recs) < 110: err("fewer than 110 items", len(recs))
    for r in recs:
        if not r["id"].startswith("x5-"): err("prefix", r["id"])
        if "class" not in r: err("class missing", r["id"])
    if len(Q.ITEMS) != len(recs): err("item count", len(Q.ITEMS), len(recs))
    for it in Q.ITEMS:
        rec = byid.get(it["id"])
        if rec is None:
            err("missing", it["id"]); continue
        if it["kind"] == "followup":
            if not (2 <= len(it["turns"]) <= 3) or len(rec["turns"]) != len(it["turns"]):
                err(it["id"], "turns")
            if it["turns"][0]["kind"] not in ("series", "comparison"):
                err(it["id"], "first turn kind")
            for t, rt in zip(it["turns"], rec["turns"]):
                t = dict(t); t["id"] = it["id"] + "/turn"
                if rt["question"] != t["q"]: err(it["id"], "turn question")
                chk(t, rt)
        else:
            if rec["question"] != it["q"]: err(it["id"], "question text")
            chk(it, rec)
    if errors:
        print("\n".join(errors)); print("FAIL", len(errors)); sys.exit(1)
    from collections import Counter
    print("OK", len(recs), dict(Counter(r["kind"] for r in recs)))

if __name__ == "__main__":
    main()
