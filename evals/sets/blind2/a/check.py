# -*- coding: utf-8 -*-
"""Independent checker for set2-a. Exits non-zero on any mismatch.

- recomputes every cell / derived value straight from the gold JSON (own evaluator, not build.py's)
  following the references in questions.py, and compares with set.jsonl / paraphrase.jsonl;
- refuses blank (null), mark ("/", "—", "无") and unresolved gold cells, and the two printed
  T4 totals of hongze-district_2023 that do not add up;
- checks that every cell value's digits occur in the report's text (sanity against the print);
- checks every narrative substring (6-30 chars) occurs verbatim on ONE line of the report text
  (corpus file for .txt/.md; for the PDF the pdftotext text in texts/hongze-district_2023.txt;
  for the HTML the text of the <ucapcontent> body in texts/shuyang-fgj_2023.txt);
- checks structure: ids, kinds, reasons, follow-up turns, paraphrase groups of 5 with one answer,
  every report >= 5 items, >= 100 items, no expected number typed into a question.
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

CORPUS = "/work/shared/corpus"
GOLD = [os.path.join(HERE, "gold"), "/work/blind/gold"]
TEXT_OVERRIDE = {"hongze-district_2023": os.path.join(HERE, "texts", "hongze-district_2023.txt"),
                 "shuyang-fgj_2023": os.path.join(HERE, "texts", "shuyang-fgj_2023.txt")}
FORBIDDEN = {("hongze-district_2023", "T4", "cases", "review.total"),
             ("hongze-district_2023", "T4", "cases", "litigation_after_review.total")}
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
errors = []


def err(msg):
    errors.append(msg)


def load_gold(rep):
    for d in GOLD:
        p = os.path.join(d, rep + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return json.load(f)
    return None


_g, _t = {}, {}


def g(rep):
    if rep not in _g:
        _g[rep] = load_gold(rep)
        if _g[rep] is None:
            err("no gold for %s" % rep)
            _g[rep] = {"cells": {}}
    return _g[rep]


def text(rep):
    if rep not in _t:
        p = TEXT_OVERRIDE.get(rep)
        if p is None:
            for ext in (".txt", ".md"):
                if os.path.exists(os.path.join(CORPUS, rep + ext)):
                    p = os.path.join(CORPUS, rep + ext)
        with open(p, encoding="utf-8") as f:
            _t[rep] = f.read()
    return _t[rep]


def v(ref):
    rep, table, row, col = ref
    if ref in FORBIDDEN:
        err("forbidden (printed total does not add up) cell used: %r" % (ref,))
    try:
        x = g(rep)["cells"][table][row][col]
    except KeyError:
        err("missing gold cell %r" % (ref,))
        return float("nan")
    if x is None or isinstance(x, (str, dict)) or isinstance(x, bool):
        err("cell not a determined number: %r -> %r" % (ref, x))
        return float("nan")
    s = ("%r" % x).rstrip("0").rstrip(".") if isinstance(x, float) else str(x)
    if s not in text(rep).replace(",", ""):
        err("value %s of %r not found in report text" % (s, ref))
    return x


def calc(expr, dec):
    op = expr[0]
    if op == "sum":
        return math.fsum(v(r) for r in expr[1])
    if op == "diff":
        return v(expr[1]) - v(expr[2])
    if op == "share":
        a, b = v(expr[1]), v(expr[2])
        x = 100.0 * a / b
        q = 10 ** dec
        return math.floor(x * q + 0.5 + 1e-9) / q
    if op == "max":
        return max(v(r) for r in expr[1])
    err("unknown op %r" % (op,))
    return float("nan")


def same(a, b):
    return isinstance(b, (int, float)) and abs(a - b) < 1e-9


def check_cell_exp(where, ref, e):
    want = v(ref)
    rep, table, row, col = ref
    if (e.get("table"), e.get("row"), e.get("column")) != (table, row, col):
        err("%s: cell address %r != %r" % (where, (e.get("table"), e.get("row"), e.get("column")), ref[1:]))
    if not same(want, e.get("value")):
        err("%s: value %r != gold %r" % (where, e.get("value"), want))
    return want


def check_derived_exp(where, expr, unit, dec, e):
    want = calc(expr, dec)
    if not same(want, e.get("value")):
        err("%s: derived %r != recomputed %r" % (where, e.get("value"), want))
    if e.get("unit") != unit or e.get("decimals") != dec or not e.get("formula"):
        err("%s: unit/decimals/formula wrong" % where)
    return want


def no_leak(where, q, val):
    if isinstance(val, (int, float)) and abs(val) >= 10:
        s = ("%r" % abs(val)).rstrip("0").rstrip(".") if isinstance(val, float) else str(abs(val))
        if s in q:
            err("%s: expected number %s typed into the question" % (where, s))


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
    ids = [i["id"] for i in items] + [p["id"] for p in para]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if any(not i.startswith("x-") for i in ids):
        err("id without prefix x-")
    if len(items) < 100:
        err("fewer than 100 items")
    by_kind = {}
    for it in items:
        by_kind.setdefault(it["kind"], []).append(it)
        if "class" not in it or not it["class"]:
            err("%s: no class" % it["id"])

    # cells (order in questions.py == order in set.jsonl for each kind)
    exp_n = {"cell": len(Q.CELL), "derived": len(Q.DERIVED), "narrative": len(Q.NARR),
             "unanswerable": len(Q.UNANS), "ambiguous": len(Q.AMBIG), "followup": len(Q.FOLLOW)}
    for k, n in exp_n.items():
        if len(by_kind.get(k, [])) != n:
            err("kind %s: %d items, questions.py has %d" % (k, len(by_kind.get(k, [])), n))
    for it, (rep, cls, q, ref) in zip(by_kind.get("cell", []), Q.CELL):
        if it["question"] != q or it["report"] != rep or ref[0] != rep or it["year"] != Q.YEAR[rep]:
            err("%s: question/report/year mismatch" % it["id"])
        val = check_cell_exp(it["id"], ref, it["expected"])
        no_leak(it["id"], q, val)
    for it, (rep, cls, q, expr, unit, dec, note) in zip(by_kind.get("derived", []), Q.DERIVED):
        if it["question"] != q or it["report"] != rep:
            err("%s: question/report mismatch" % it["id"])
        val = check_derived_exp(it["id"], expr, unit, dec, it["expected"])
        no_leak(it["id"], q, val)
    for it, (rep, cls, q, sub) in zip(by_kind.get("narrative", []), Q.NARR):
        s = it["expected"]["substring"]
        if s != sub or it["report"] != rep:
            err("%s: narrative mismatch" % it["id"])
        if not (6 <= len(s) <= 30):
            err("%s: substring length %d" % (it["id"], len(s)))
        if not any(s in line for line in text(rep).split("\n")):
            err("%s: substring not on one line of %s: %s" % (it["id"], rep, s))
    for it in by_kind.get("unanswerable", []):
        e = it["expected"]
        if e.get("status") != "not_found" or e.get("reason") not in REASONS:
            err("%s: bad unanswerable expected" % it["id"])
        if e.get("reason") in ("no_such_figure", "not_in_this_format") and not it.get("report"):
            err("%s: %s needs the report" % (it["id"], e.get("reason")))
        if it.get("report") and not os.path.exists(os.path.join(CORPUS, "template.json")):
            pass
    for it in by_kind.get("ambiguous", []):
        if it["expected"] != {"status": "ambiguous"}:
            err("%s: bad ambiguous" % it["id"])
    for it, (cls, turns) in zip(by_kind.get("followup", []), Q.FOLLOW):
        if not (2 <= len(it["turns"]) <= 3) or len(it["turns"]) != len(turns):
            err("%s: turns" % it["id"])
        for k, (t, (q, spec)) in enumerate(zip(it["turns"], turns)):
            w = "%s#%d" % (it["id"], k + 1)
            e = t["expected"]
            if t["question"] != q:
                err(w + ": question mismatch")
            if spec[0] == "cell":
                check_cell_exp(w, spec[1], e)
                if e.get("report") != spec[1][0] or e.get("year") != Q.YEAR[spec[1][0]]:
                    err(w + ": report/year")
            elif spec[0] == "derived":
                check_derived_exp(w, spec[1], spec[2], spec[3], e)
            else:
                if e.get("status") != "not_found" or e.get("reason") != spec[1] or "report" not in e or "year" not in e:
                    err(w + ": unanswerable turn")

    # per-report counts
    cnt = {}
    for it in items:
        reps = {t["expected"].get("report") for t in it["turns"]} if it["kind"] == "followup" else {it["report"]}
        for r in reps:
            if r:
                cnt[r] = cnt.get(r, 0) + 1
    mine = ["hongkou-district_2021", "huaian-city_2024", "shuyang-county_2025", "shanghai-municipal-office_2019",
            "shanghai-municipal-office_2025", "shanghai-stcsm_2024", "shuyang-fgj_2023", "hongze-district_2023",
            "pingtan_2011", "pingtan_2012", "pingtan_2013", "pingtan_2014", "pingtan_2016", "pingtan_2018",
            "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"]
    for r in mine:
        if cnt.get(r, 0) < 5:
            err("report %s has only %d items" % (r, cnt.get(r, 0)))

    # paraphrases
    groups = {}
    for p in para:
        groups.setdefault(p["group"], []).append(p)
    if len(groups) != 25 or len(Q.PARA) != 25:
        err("need 25 paraphrase groups, have %d" % len(groups))
    for (name, spec, kind, unit, dec, qs) in Q.PARA:
        ps = groups.get("x-" + name, [])
        if len(ps) != 5:
            err("group %s has %d items" % (name, len(ps)))
            continue
        if len({p["question"] for p in ps}) != 5:
            err("group %s: repeated question" % name)
        for p, q in zip(ps, qs):
            if p["question"] != q or p["kind"] != kind:
                err("%s: mismatch" % p["id"])
            if kind == "cell":
                val = check_cell_exp(p["id"], spec, p["expected"])
            else:
                val = check_derived_exp(p["id"], spec, unit, dec, p["expected"])
            no_leak(p["id"], q, val)
        if len({json.dumps(p["expected"], sort_keys=True) for p in ps}) != 1:
            err("group %s: expected differs inside the group" % name)

    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    kinds = {k: len(vv) for k, vv in by_kind.items()}
    print("OK: %d items %s; %d paraphrases in %d groups; per report %s" % (
        len(items), kinds, len(para), len(groups), json.dumps(cnt, ensure_ascii=False)))


if __name__ == "__main__":
    main()
