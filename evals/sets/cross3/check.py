# -*- coding: utf-8 -*-
"""Independent checker for set.jsonl of the blind cross-report set x3.

Recomputes every expected value from the gold cells (/work/blind/gold) and the references in questions.py with
its own evaluator (it does not import build.py), checks gaps / not_comparable against the corpus listing and the
gold row keys, checks every narrative / nobody substring (6–30 chars) occurs verbatim on ONE line of the report's
text (.txt/.md read as stored; this set takes no narrative from the .pdf/.html reports), checks that the
unanswerable items really are (report file absent, no issuer with that word, cell/table absent), and that no
blank / unresolved gold cell is ever used. Exits 1 on any mismatch.
"""
import glob
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402  (references only)

ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


gold = {os.path.basename(p)[:-5]: json.load(open(p, encoding="utf-8")) for p in glob.glob("/work/blind/gold/*.json")}
files = {}
for p in glob.glob("/work/shared/corpus/*"):
    b = os.path.basename(p)
    if b in ("template.json", "SOURCES.md"):
        continue
    files[b.rsplit(".", 1)[0]] = p
corpus = set(files)
for s in corpus:
    if s not in gold:
        err("no gold for corpus report", s)


def split(stem):
    b, y = stem.rsplit("_", 1)
    return b, int(y)


def years(body):
    return sorted(split(s)[1] for s in corpus if split(s)[0] == body)


def pick_ref(spec, stem):
    if isinstance(spec, dict) and "by_format" in spec:
        return spec["by_format"].get(gold[stem]["format"])
    return spec


def present(spec, stem):
    spec = pick_ref(spec, stem)
    if spec is None:
        return False
    if isinstance(spec, tuple):
        c = gold[stem]["cells"]
        return spec[0] in c and spec[1] in c[spec[0]] and spec[2] in c[spec[0]][spec[1]]
    key = next(k for k in ("sum", "diff", "pct") if k in spec)
    return all(present(x, stem) for x in spec[key])


def num(stem, t, r, c):
    v = gold[stem]["cells"][t][r][c]
    if type(v) not in (int, float):
        err("non-numeric gold cell used:", stem, t, r, c, repr(v))
        return float("nan")
    return v


def value(spec, stem):
    spec = pick_ref(spec, stem)
    if isinstance(spec, tuple):
        return num(stem, *spec)
    if "sum" in spec:
        return sum(value(x, stem) for x in spec["sum"])
    if "diff" in spec:
        return value(spec["diff"][0], stem) - value(spec["diff"][1], stem)
    if "pct" in spec:
        n, d = value(spec["pct"][0], stem), value(spec["pct"][1], stem)
        return round(100.0 * n / d, spec["decimals"])
    raise ValueError(spec)


def same(a, b):
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-6)


def one_line(stem, sub):
    if not (6 <= len(sub) <= 30):
        err("substring length out of 6–30:", stem, sub)
    p = files.get(stem)
    if p is None:
        err("substring report not in corpus", stem)
        return
    if not (p.endswith(".txt") or p.endswith(".md")):
        err("substring taken from a non-text file", p)
        return
    if not any(sub in ln for ln in open(p, encoding="utf-8").read().split("\n")):
        err("substring not on one line of", stem, ":", sub)


def chk_series(qid, d, exp):
    ys = years(d["body"])
    if not ys:
        err(qid, "body not in corpus", d["body"])
        return
    lo, hi = d["span"] if d.get("span") else (ys[0], ys[-1])
    want_vals, want_gaps, want_nc = {}, [], []
    for y in range(lo, hi + 1):
        st = "%s_%d" % (d["body"], y)
        if st not in corpus:
            want_gaps.append(y)
        elif not present(d["ref"], st):
            want_nc.append(y)
        else:
            want_vals[y] = (st, value(d["ref"], st))
    got = exp["values"]
    if sorted(int(k) for k in got) != sorted(want_vals):
        err(qid, "series years", sorted(got), "!=", sorted(want_vals))
    for y, (st, v) in want_vals.items():
        g = got.get(str(y))
        if not g or g["report"] != st or not same(g["value"], v):
            err(qid, "series value", y, g, "!=", st, v)
    if exp["gaps"] != want_gaps:
        err(qid, "gaps", exp["gaps"], "!=", want_gaps)
    if exp["not_comparable"] != want_nc:
        err(qid, "not_comparable", exp["not_comparable"], "!=", want_nc)
    pk = d.get("pick")
    if pk is None:
        if exp["pick"] is not None:
            err(qid, "unexpected pick")
        return
    vs = [want_vals[y][1] for y in sorted(want_vals)]
    if pk == "sum":
        if not same(exp["pick"]["value"], sum(vs)) or exp["pick"]["kind"] != "sum":
            err(qid, "sum pick", exp["pick"], sum(vs))
    else:
        best = max(vs) if pk == "max" else min(vs)
        at = [y for y in sorted(want_vals) if want_vals[y][1] == best]
        if len(at) != 1:
            err(qid, "tied pick", at)
        elif exp["pick"]["kind"] != pk or not same(exp["pick"]["value"], best) or exp["pick"]["year"] != at[0]:
            err(qid, "pick", exp["pick"], "!=", pk, best, at)


def chk_comparison(qid, d, exp):
    vals = {}
    for st in d["reports"]:
        if st not in corpus:
            err(qid, "report not in corpus", st)
            continue
        vals[st] = value(d["ref"], st)
        if not same(exp["values"].get(st), vals[st]):
            err(qid, "comparison value", st, exp["values"].get(st), "!=", vals[st])
    if set(exp["values"]) != set(vals):
        err(qid, "comparison stems differ")
    top = None
    if d.get("order"):
        order = sorted(vals, key=lambda s: vals[s], reverse=d["order"] == "desc")
        if len(order) < 2 or vals[order[0]] != vals[order[1]]:
            top = order[0]
    if exp["top"] != top or exp["order"] != d.get("order"):
        err(qid, "top/order", exp["top"], exp["order"], "!=", top, d.get("order"))
    differ = len({split(s)[1] for s in d["reports"]}) > 1
    if exp.get("years_differ") != differ:
        err(qid, "years_differ", exp.get("years_differ"), differ)
    if differ and not d.get("note"):
        err(qid, "different years without a note")
    if exp["unit"] != d["unit"] or exp.get("decimals") != d.get("decimals"):
        err(qid, "unit/decimals")


def chk_consistency(qid, d, exp):
    if len(exp["pairs"]) != len(d["pairs"]):
        err(qid, "pair count")
    flags = []
    for (a, b), g in zip(d["pairs"], exp["pairs"]):
        ba, ya = split(a)
        bb, yb = split(b)
        if not (a in corpus and b in corpus and ba == bb == d["body"] and yb == ya + 1):
            err(qid, "pair not consecutive corpus years of the body", a, b)
        if d["mode"] == "carry":
            o = num(a, "T3", "carried_to_next_year", d["key"])
            i = num(b, "T3", "carried_over_from_last_year", d["key"])
        else:
            o = num(a, "stats", d["key"], "cumulative") + num(b, "stats", d["key"], "this_year")
            i = num(b, "stats", d["key"], "cumulative")
        ok = o == i
        flags.append(ok)
        if g["from"] != a or g["to"] != b or not same(g["out"], o) or not same(g["in"], i) or g["agree"] != ok:
            err(qid, "pair", g, "!=", a, b, o, i, ok)
    if exp["all_agree"] != all(flags):
        err(qid, "all_agree")


def chk_answer(qid, ans, stem, exp):
    if exp.get("report") != stem:
        err(qid, "answer report", exp.get("report"), "!=", stem)
    if ans["type"] in ("cell", "derived"):
        v = value(ans["ref"], stem)
        if not same(exp["value"], v):
            err(qid, "answer value", exp["value"], "!=", v)
    else:
        if exp.get("substring") != ans["substring"]:
            err(qid, "substring differs")
        one_line(stem, ans["substring"])


def chk_unanswerable(qid, d, exp):
    if {k: exp.get(k) for k in ("status", "reason")} != {"status": "not_found", "reason": d["reason"]} \
            or set(exp) - {"status", "reason", "report", "year"}:
        err(qid, "unanswerable expected", exp)
    if d["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
        err(qid, "bad reason", d["reason"])
    a = d.get("absent") or {}
    for st in a.get("stems", []):
        if st in corpus:
            err(qid, "claimed absent report is in the corpus", st)
    for w in a.get("issuer_words", []):
        for st, g in gold.items():
            if w in g["issuer"]:
                err(qid, "issuer word present", w, st)
    if "cell" in a:
        st, t, r, c = a["cell"]
        if present((t, r, c), st):
            err(qid, "claimed absent cell present", a["cell"])
    if "table" in a:
        sts, t = a["table"]
        for st in sts:
            if st not in corpus or t in gold[st]["cells"]:
                err(qid, "claimed absent table present / report missing", st, t)
    if d["reason"] != "no_such_figure" and not a:
        err(qid, "unanswerable without an absence check")


def chk(qid, d, rec_exp, prev=None):
    k = d["kind"]
    if k == "series":
        chk_series(qid, d, rec_exp)
    elif k == "comparison":
        chk_comparison(qid, d, rec_exp)
    elif k == "consistency":
        chk_consistency(qid, d, rec_exp)
    elif k == "noyear":
        chk_answer(qid, d["answer"], "%s_%d" % (d["body"], years(d["body"])[-1]), rec_exp)
    elif k == "nobody":
        if rec_exp["accept"] != ["grouped", "ambiguous"]:
            err(qid, "accept")
        if rec_exp["substrings"] != [s for _, s in d["subs"]] or rec_exp["reports"] != [st for st, _ in d["subs"]]:
            err(qid, "nobody lists")
        for st, s in d["subs"]:
            one_line(st, s)
    elif k == "unanswerable":
        chk_unanswerable(qid, d, rec_exp)
    elif k == "cell":
        st = d["report"]
        if st == "@prev_pick":
            st = "%s_%d" % (prev["body"], rec_prev_pick_year(prev))
        if rec_exp.get("report") != st or not same(rec_exp["value"], value(d["ref"], st)):
            err(qid, "followup cell", rec_exp, st)
    else:
        err(qid, "unknown kind", k)


def rec_prev_pick_year(prev):
    ys = years(prev["body"])
    lo, hi = prev["span"] if prev.get("span") else (ys[0], ys[-1])
    vals = {y: value(prev["ref"], "%s_%d" % (prev["body"], y)) for y in range(lo, hi + 1)
            if "%s_%d" % (prev["body"], y) in corpus and present(prev["ref"], "%s_%d" % (prev["body"], y))}
    best = max(vals.values()) if prev["pick"] == "max" else min(vals.values())
    return [y for y in sorted(vals) if vals[y] == best][0]


def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    defs = {d["id"]: d for d in Q.ALL}
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)) or set(ids) != set(defs):
        err("ids differ between set.jsonl and questions.py / duplicates")
    for r in recs:
        if not r["id"].startswith("x3-"):
            err("id prefix", r["id"])
        if not r.get("class"):
            err(r["id"], "no class")
        d = defs[r["id"]]
        if r["kind"] != d["kind"]:
            err(r["id"], "kind")
        if r["kind"] == "followup":
            if not (2 <= len(r["turns"]) <= 3) or len(r["turns"]) != len(d["turns"]):
                err(r["id"], "turn count")
            if d["turns"][0]["kind"] not in ("series", "comparison"):
                err(r["id"], "first turn must be series or comparison")
            prev = None
            for n, (t, td) in enumerate(zip(r["turns"], d["turns"])):
                if t["question"] != td["q"] or t["kind"] != td["kind"]:
                    err(r["id"], "turn", n, "question/kind")
                chk("%s#%d" % (r["id"], n + 1), td, t["expected"], prev)
                prev = td
        else:
            if r["question"] != d["q"]:
                err(r["id"], "question text")
            chk(r["id"], d, r["expected"])
    from collections import Counter
    kinds = Counter(r["kind"] for r in recs)
    if len(recs) < 120:
        err("fewer than 120 items")
    print("items:", len(recs), dict(kinds))
    if ERR:
        print("\n".join(ERR))
        print("FAIL: %d problem(s)" % len(ERR))
        sys.exit(1)
    print("OK: every value recomputed from the gold, every substring found on one line")


if __name__ == "__main__":
    main()
