# -*- coding: utf-8 -*-
"""Independent checker for cross-report blind set x2.

Re-derives every expected value of set.jsonl from the gold cells (/work/blind/gold) and the question
references (questions.py) with its own evaluator (no code shared with build.py), re-derives the indexed
years of each body from the corpus FILE LIST (/work/shared/corpus), and checks every narrative / nobody
substring occurs verbatim on one line of the report's text (.txt/.md files as stored; no PDF/HTML
report is used for a substring). Exits 1 on any mismatch.
"""
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIR = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
ERR = []


def err(msg):
    ERR.append(msg)


# indexed reports, from the corpus file list
CORPUS_STEMS = {}
for fn in os.listdir(CORPUS):
    m = re.fullmatch(r"(.+)_(\d{4})\.(txt|md|pdf|html)", fn)
    if m:
        CORPUS_STEMS[m.group(1) + "_" + m.group(2)] = fn


def gold(stem):
    p = os.path.join(GOLD_DIR, stem + ".json")
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)


for s in CORPUS_STEMS:
    if not os.path.exists(os.path.join(GOLD_DIR, s + ".json")):
        err("corpus report without gold: " + s)


def years_of(body):
    out = {}
    for s in CORPUS_STEMS:
        b, y = s.rsplit("_", 1)
        if b == body:
            out[int(y)] = s
    return out


def val(expr, g):
    """own evaluator: returns a number"""
    kind = next(iter(k for k in expr if k != "decimals"))
    if kind == "cell":
        t, r, c = expr["cell"]
        x = g["cells"][t][r][c]
        if type(x) not in (int, float):
            raise ValueError("not a number: %s.%s.%s = %r" % (t, r, c, x))
        return x
    if kind == "sum":
        tot = 0
        for e in expr["sum"]:
            tot += val(e, g)
        return tot
    if kind == "diff":
        return val(expr["diff"][0], g) - val(expr["diff"][1], g)
    if kind == "pct":
        n, d = val(expr["pct"][0], g), val(expr["pct"][1], g)
        q = 100.0 * n / d
        f = 10 ** expr["decimals"]
        return math.floor(q * f + 0.5) / f
    raise ValueError(kind)


def same(a, b):
    if a is None or b is None:
        return a is b
    return abs(a - b) < 1e-6


def chk_series(spec, exp, where):
    con = Q.C[spec["concept"]]
    ys = years_of(spec["body"])
    lo, hi = spec["span"] if spec["span"] else (min(ys), max(ys))
    want_vals, want_gaps, want_nc = {}, [], []
    for y in range(lo, hi + 1):
        if y not in ys:
            want_gaps.append(y)
            continue
        g = gold(ys[y])
        e = con["f"][g["format"]]
        if e is None:
            want_nc.append(y)
        else:
            want_vals[str(y)] = (ys[y], val(e, g))
    if exp["gaps"] != want_gaps:
        err("%s gaps %s != %s" % (where, exp["gaps"], want_gaps))
    if exp["not_comparable"] != want_nc:
        err("%s not_comparable %s != %s" % (where, exp["not_comparable"], want_nc))
    if set(exp["values"]) != set(want_vals):
        err("%s years %s != %s" % (where, sorted(exp["values"]), sorted(want_vals)))
    for y, (stem, v) in want_vals.items():
        got = exp["values"].get(y, {})
        if got.get("report") != stem or not same(got.get("value"), v):
            err("%s %s: %r != %s %s" % (where, y, got, stem, v))
        if "table" in got:  # single-cell entry: the named cell must hold the value
            gv = gold(stem)["cells"][got["table"]][got["row"]][got["column"]]
            if not same(gv, got["value"]):
                err("%s %s: named cell holds %r" % (where, y, gv))
    p = spec["pick"]
    vs = [(int(y), v) for y, (_, v) in want_vals.items()]
    if p is None:
        if exp["pick"] is not None:
            err(where + " pick should be null")
    else:
        gp = exp["pick"] or {}
        if p in ("max", "min"):
            b = max(v for _, v in vs) if p == "max" else min(v for _, v in vs)
            yrs = [y for y, v in vs if v == b]
            if len(yrs) != 1 or gp.get("kind") != p or not same(gp.get("value"), b) or gp.get("year") != yrs[0]:
                err("%s pick %r (want %s %s %s)" % (where, gp, p, b, yrs))
        elif p == "sum":
            if gp.get("kind") != "sum" or not same(gp.get("value"), sum(v for _, v in vs)):
                err("%s pick %r" % (where, gp))
        elif p == "mean":
            f = 10 ** spec["mean_decimals"]
            m = math.floor(sum(v for _, v in vs) / len(vs) * f + 0.5) / f
            if gp.get("kind") != "mean" or not same(gp.get("value"), m):
                err("%s pick %r (want mean %s)" % (where, gp, m))


def chk_comparison(spec, exp, where):
    vals = {s: val(spec["expr"], gold(s)) for s in spec["reports"]}
    for s in spec["reports"]:
        if s not in CORPUS_STEMS:
            err(where + " report not in corpus: " + s)
    if set(exp["values"]) != set(vals):
        err(where + " report set")
    for s, v in vals.items():
        if not same(exp["values"].get(s), v):
            err("%s %s: %r != %s" % (where, s, exp["values"].get(s), v))
    yrs = {gold(s)["year"] for s in vals}
    if bool(exp.get("years_differ")) != (len(yrs) > 1):
        err(where + " years_differ")
    if spec["top"]:
        b = max(vals.values()) if spec["order"] == "desc" else min(vals.values())
        tops = [s for s, v in vals.items() if v == b]
        want = tops[0] if len(tops) == 1 else None
        if exp["top"] != want:
            err("%s top %r != %r" % (where, exp["top"], want))
    elif exp["top"] is not None:
        err(where + " top should be null")
    if exp["order"] != spec["order"] or exp["unit"] != spec["unit"] or exp["decimals"] != spec["decimals"]:
        err(where + " order/unit/decimals")
    if spec["difference"]:
        a, b = spec["reports"][:2]
        if not same(exp["difference"]["value"], vals[a] - vals[b]):
            err(where + " difference")


def chk_consistency(spec, exp, where):
    ys = years_of(spec["body"])
    if len(exp["pairs"]) != len(spec["pairs"]):
        err(where + " pair count")
        return
    allok = True
    for (y0, y1, kind, row, col), p in zip(spec["pairs"], exp["pairs"]):
        if y1 != y0 + 1 or y0 not in ys or y1 not in ys:
            err("%s pair %s-%s not consecutive indexed years" % (where, y0, y1))
            continue
        g0, g1 = gold(ys[y0]), gold(ys[y1])
        if kind == "t3":
            o = g0["cells"]["T3"]["carried_to_next_year"][col]
            i = g1["cells"]["T3"]["carried_over_from_last_year"][col]
        else:
            o = g0["cells"]["stats"][row]["cumulative"] + g1["cells"]["stats"][row]["this_year"]
            i = g1["cells"]["stats"][row]["cumulative"]
        ok = o == i
        allok = allok and ok
        if (p["from"], p["to"], p["column"]) != (ys[y0], ys[y1], col) or not same(p["out"], o) \
                or not same(p["in"], i) or p["agree"] != ok:
            err("%s pair %r want out=%s in=%s agree=%s" % (where, p, o, i, ok))
    if exp["all_agree"] != allok:
        err(where + " all_agree")


TEXTS = {}


def on_one_line(sub, stem):
    fn = CORPUS_STEMS.get(stem)
    if not fn or not fn.endswith((".txt", ".md")):
        return False
    if stem not in TEXTS:
        with open(os.path.join(CORPUS, fn), encoding="utf-8") as fh:
            TEXTS[stem] = fh.read().split("\n")
    return any(sub in ln for ln in TEXTS[stem])


def chk_sub(sub, stem, where):
    if not 6 <= len(sub) <= 30:
        err("%s substring length %d" % (where, len(sub)))
    if not on_one_line(sub, stem):
        err("%s substring not on one line of %s: %s" % (where, stem, sub))


def chk_unans(spec, exp, where):
    if exp != {"status": "not_found", "reason": spec["reason"]}:
        err(where + " unanswerable expected")


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    byid = {d["id"]: d for d in items}
    if len(byid) != len(items):
        err("duplicate ids")
    for d in items:
        if not d["id"].startswith("x2-"):
            err("bad id prefix " + d["id"])
        if not d.get("class"):
            err(d["id"] + " no class")
    specs = []
    specs += [(s, "series") for s in Q.SERIES] + [(s, "comparison") for s in Q.COMPARISONS]
    specs += [(s, "consistency") for s in Q.CONSISTENCY] + [(s, "noyear") for s in Q.NOYEAR]
    specs += [(s, "nobody") for s in Q.NOBODY] + [(s, "unanswerable") for s in Q.UNANSWERABLE]
    specs += [(s, "followup") for s in Q.FOLLOWUPS]
    if len(specs) != len(items):
        err("spec count %d != item count %d" % (len(specs), len(items)))
    for s, k in specs:
        d = byid.get(s["id"])
        if d is None:
            err("missing item " + s["id"])
            continue
        if d["kind"] != k:
            err(s["id"] + " kind")
        w = s["id"]
        if k != "followup" and d["question"] != s["question"]:
            err(w + " question text")
        if k == "series":
            chk_series(s, d["expected"], w)
        elif k == "comparison":
            chk_comparison(s, d["expected"], w)
        elif k == "consistency":
            chk_consistency(s, d["expected"], w)
        elif k == "noyear":
            body = s["report"].rsplit("_", 1)[0]
            ys = years_of(body)
            if ys[max(ys)] != s["report"] or d["report"] != s["report"]:
                err(w + " noyear report is not the newest of its body")
            e = d["expected"]
            if s["type"] == "narrative":
                chk_sub(e["substring"], s["report"], w)
            else:
                v = val(s["expr"], gold(s["report"]))
                if not same(e["value"], v):
                    err("%s value %r != %s" % (w, e["value"], v))
                if s["type"] == "cell":
                    gv = gold(s["report"])["cells"][e["table"]][e["row"]][e["column"]]
                    if not same(gv, e["value"]):
                        err(w + " named cell")
        elif k == "nobody":
            e = d["expected"]
            if e["accept"] != ["grouped", "ambiguous"] or len(e["substrings"]) != len(e["reports"]):
                err(w + " nobody shape")
            for sub, stem in zip(e["substrings"], e["reports"]):
                chk_sub(sub, stem, w)
            if [(a, b) for a, b in zip(e["substrings"], e["reports"])] != [tuple(p) for p in s["pairs"]]:
                err(w + " nobody pairs")
        elif k == "unanswerable":
            chk_unans(s, d["expected"], w)
        elif k == "followup":
            if not 2 <= len(d["turns"]) <= 3 or len(d["turns"]) != len(s["turns"]):
                err(w + " turns")
                continue
            if d["turns"][0]["kind"] not in ("series", "comparison"):
                err(w + " first turn must be series or comparison")
            for j, (ts, td) in enumerate(zip(s["turns"], d["turns"])):
                ww = "%s.t%d" % (w, j + 1)
                if td["kind"] != ts["kind"] or td["question"] != ts["question"]:
                    err(ww + " kind/question")
                {"series": chk_series, "comparison": chk_comparison, "consistency": chk_consistency,
                 "unanswerable": chk_unans}[ts["kind"]](ts, td["expected"], ww)
    from collections import Counter
    kinds = Counter(d["kind"] for d in items)
    if len(items) < 110:
        err("fewer than 110 items")
    print(len(items), "items", dict(kinds))
    if ERR:
        print("FAIL (%d)" % len(ERR))
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("OK: every value recomputed from gold, every substring found on one line")


if __name__ == "__main__":
    main()
