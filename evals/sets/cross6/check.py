# -*- coding: utf-8 -*-
"""Independent checker for set.jsonl of blind cross-report set x6.

Re-derives every expected value from the gold cells (/work/blind/gold) using the references in
questions.py, with code written separately from build.py; checks every substring occurs verbatim on
ONE line of the report's text file (all substring items here point at .txt/.md reports, read as
text; none points at the PDF or HTML report). Exits 1 on any mismatch.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

CORPUS = "/work/shared/corpus"
GOLD_DIR = "/work/blind/gold"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# --- corpus index, built differently from build.py (glob over files, parse stem by regex-free split)
reports = {}
for path in glob.glob(os.path.join(CORPUS, "*")):
    name = os.path.basename(path)
    if name in ("SOURCES.md", "template.json"):
        continue
    stem, ext = os.path.splitext(name)
    b, y = stem.rsplit("_", 1)
    reports[stem] = {"body": b, "year": int(y), "path": path, "ext": ext}

gold = {}
for stem in reports:
    with open(os.path.join(GOLD_DIR, stem + ".json"), encoding="utf-8") as fh:
        gold[stem] = json.load(fh)


def getcell(stem, t, r, c):
    """returns (present, value); value must be a real number when present"""
    cells = gold[stem]["cells"]
    try:
        v = cells[t][r][c]
    except KeyError:
        return False, None
    return True, v


def number(stem, ref):
    ok, v = getcell(stem, *ref)
    if not ok or type(v) not in (int, float):
        err("not a usable number", stem, ref, v)
        return 0
    return v


def close(a, b, tol=1e-6):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= tol
    return a == b


def lines_of(stem):
    r = reports[stem]
    if r["ext"] not in (".txt", ".md"):
        err("substring check on non-text report", stem)
        return []
    with open(r["path"], encoding="utf-8") as fh:
        return fh.read().split("\n")


def substring_ok(stem, s):
    if not (6 <= len(s) <= 30):
        err("substring length", stem, s, len(s))
    if not any(s in ln for ln in lines_of(stem)):
        err("substring not on one line", stem, s)


def check_series(q, e):
    years = sorted(r["year"] for r in reports.values() if r["body"] == q["body"])
    lo, hi = q["span"] or (years[0], years[-1])
    want_vals, want_gaps, want_nc = {}, [], []
    for y in range(lo, hi + 1):
        stem = q["body"] + "_" + str(y)
        if stem not in reports:
            want_gaps.append(y)
            continue
        t, r, c = q["alt"].get(gold[stem]["format"], q["ref"])
        ok, v = getcell(stem, t, r, c)
        if not ok:
            want_nc.append(y)
        else:
            want_vals[str(y)] = (stem, number(stem, (t, r, c)))
    if e["gaps"] != want_gaps:
        err(q["id"], "gaps", e["gaps"], want_gaps)
    if e["not_comparable"] != want_nc:
        err(q["id"], "not_comparable", e["not_comparable"], want_nc)
    if set(e["values"]) != set(want_vals):
        err(q["id"], "value years", sorted(e["values"]), sorted(want_vals))
    for y, (stem, v) in want_vals.items():
        got = e["values"].get(y, {})
        if got.get("report") != stem or not close(got.get("value"), v):
            err(q["id"], "value", y, got, stem, v)
    if (e["table"], e["row"], e["column"]) != tuple(q["ref"]):
        err(q["id"], "ref")
    p = q["pick"]
    if p is None:
        if e["pick"] is not None:
            err(q["id"], "pick should be null")
    else:
        vs = [v for _, v in want_vals.values()]
        if p == "sum":
            if not close(e["pick"]["value"], sum(vs)):
                err(q["id"], "sum", e["pick"], sum(vs))
        else:
            target = max(vs) if p == "max" else min(vs)
            ys = [int(y) for y, (_, v) in want_vals.items() if v == target]
            if len(ys) != 1 or e["pick"]["year"] != ys[0] or not close(e["pick"]["value"], target):
                err(q["id"], "pick", e["pick"], target, ys)


def value_of(stem, expr, decimals):
    kind = expr[0]
    if kind == "cell":
        return number(stem, expr[1])
    if kind == "sum":
        total = 0
        for ref in expr[1]:
            total += number(stem, ref)
        return total
    if kind == "diff":
        return number(stem, expr[1]) - number(stem, expr[2])
    if kind == "rate":
        den = number(stem, expr[2])
        return round(100.0 * number(stem, expr[1]) / den, 2 if decimals is None else decimals)
    err("unknown expr", expr)


def check_comparison(q, e):
    want = {s: value_of(s, q["expr"], q["decimals"]) for s in q["reports"]}
    if set(e["values"]) != set(want):
        err(q["id"], "comparison stems")
    for s, v in want.items():
        if not close(e["values"].get(s), v):
            err(q["id"], "comparison value", s, e["values"].get(s), v)
    if e["order"] != q["order"]:
        err(q["id"], "order")
    if q["order"]:
        ranked = sorted(want.items(), key=lambda kv: kv[1], reverse=(q["order"] == "desc"))
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            err(q["id"], "tie at top")
        if e["top"] != ranked[0][0]:
            err(q["id"], "top", e["top"], ranked[0][0])
    elif e["top"] is not None:
        err(q["id"], "top should be null")
    differ = len({reports[s]["year"] for s in q["reports"]}) > 1
    if bool(e.get("years_differ")) != differ:
        err(q["id"], "years_differ")
    if differ and not q.get("note"):
        err(q["id"], "years differ but no note")
    if q["expr"][0] == "rate" and not e.get("formula"):
        err(q["id"], "rate without formula")


def check_consistency(q, e):
    kind, arg = q["rule"]
    if len(e["pairs"]) != len(q["pairs"]):
        err(q["id"], "pair count")
    all_ok = True
    for (a, b), p in zip(q["pairs"], e["pairs"]):
        if reports[b]["year"] - reports[a]["year"] != 1 or reports[a]["body"] != reports[b]["body"]:
            err(q["id"], "pair not consecutive years of one body", a, b)
        if kind == "carry":
            out = number(a, ("T3", "carried_to_next_year", arg))
            inn = number(b, ("T3", "carried_over_from_last_year", arg))
        else:
            out = number(a, ("stats", arg, "cumulative")) + number(b, ("stats", arg, "this_year"))
            inn = number(b, ("stats", arg, "cumulative"))
        agree = out == inn
        all_ok = all_ok and agree
        if (p["from"], p["to"], p["out"], p["in"], p["agree"]) != (a, b, out, inn, agree):
            err(q["id"], "pair", p, (a, b, out, inn, agree))
    if e["all_agree"] != all_ok:
        err(q["id"], "all_agree")


def newest_of(body):
    return max((r["year"], s) for s, r in reports.items() if r["body"] == body)[1]


def check_noyear(q, e):
    stem = newest_of(q["body"])
    if e.get("report") != stem:
        err(q["id"], "noyear report", e.get("report"), stem)
    if q["sub"] == "narrative":
        if e.get("substring") != q["arg"]:
            err(q["id"], "substring mismatch")
        substring_ok(stem, e["substring"])
    else:
        v = value_of(stem, ("cell", q["arg"]) if q["sub"] == "cell" else q["arg"], None)
        if not close(e.get("value"), v):
            err(q["id"], "noyear value", e.get("value"), v)


def check_nobody(q, e):
    if e["accept"] != ["grouped", "ambiguous"]:
        err(q["id"], "accept")
    for (stem, s), s2, r2 in zip(q["subs"], e["substrings"], e["reports"]):
        if (stem, s) != (r2, s2):
            err(q["id"], "nobody mismatch")
        substring_ok(stem, s)


REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}


def check_unans(q, e):
    if e.get("status") != "not_found" or e.get("reason") not in REASONS or e["reason"] != q["reason"]:
        err(q["id"], "unanswerable", e)


def check_cell(q, e):
    v = number(q["report"], q["ref"])
    if not close(e.get("value"), v) or e.get("report") != q["report"]:
        err("cell turn", q["question"], e, v)


def check_one(q, e):
    {"series": check_series, "comparison": check_comparison, "consistency": check_consistency,
     "noyear": check_noyear, "nobody": check_nobody, "unanswerable": check_unans,
     "cell": check_cell}[q["kind"]](q, e)


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    byid = {}
    for it in items:
        if it["id"] in byid:
            err("duplicate id", it["id"])
        if not it["id"].startswith("x6-"):
            err("bad id prefix", it["id"])
        if not it.get("class"):
            err("no class", it["id"])
        byid[it["id"]] = it
    refs = {q["id"]: q for q in Q.QUESTIONS}
    if set(refs) != set(byid):
        err("ids differ between questions.py and set.jsonl")
    if len(items) < 110:
        err("fewer than 110 items", len(items))
    for iid, q in refs.items():
        it = byid.get(iid)
        if it is None:
            continue
        if it["kind"] != q["kind"]:
            err(iid, "kind")
        if q["kind"] == "followup":
            if not 2 <= len(it["turns"]) <= 3:
                err(iid, "turn count")
            if q["turns"][0]["kind"] not in ("series", "comparison"):
                err(iid, "first turn must be series/comparison")
            for tq, ti in zip(q["turns"], it["turns"]):
                if tq["question"] != ti["question"] or tq["kind"] != ti["kind"]:
                    err(iid, "turn text/kind")
                check_one(tq, ti["expected"])
        else:
            if it["question"] != q["question"]:
                err(iid, "question text")
            check_one(q, it["expected"])
    # no typed digits of expected values smuggled into questions.py beyond years/labels is a
    # convention checked by review, not here.
    from collections import Counter
    print("items:", len(items), dict(Counter(i["kind"] for i in items)))
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("OK: every value recomputed from gold, every substring found on one line")


if __name__ == "__main__":
    main()
