# -*- coding: utf-8 -*-
"""Independent checker for blind set b6.

Recomputes every expected value of set.jsonl and paraphrase.jsonl straight from the gold cells
(/work/blind/gold/) using the references in questions.py — with its own evaluator, not build.py's —
and checks every narrative substring occurs verbatim on ONE line of the report's text.

Texts used for narrative checks:
  * .txt / .md reports: the corpus file itself (/work/shared/corpus/<stem>.<ext>)
  * hongze-district_2023.pdf: texts/hongze-district_2023.layout.txt (pdftotext -layout, poppler 22.12.0;
    its wording was compared with the 110-dpi pdftoppm page images)
  * shuyang-fgj_2023.html: texts/shuyang-fgj_2023.read.txt (text of the DOM dumped by headless chromium,
    one block element per line; compared with the chromium screenshot of the page)
Exits non-zero on any mismatch.
"""
import json
import math
import os
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
errors = []


def err(msg):
    errors.append(msg)


G = {}


def g(report):
    if report not in G:
        G[report] = json.load(open(os.path.join(GOLD, report + ".json"), encoding="utf-8"))
    return G[report]


def text_lines(report):
    special = {"hongze-district_2023": os.path.join(HERE, "texts", "hongze-district_2023.layout.txt"),
               "shuyang-fgj_2023": os.path.join(HERE, "texts", "shuyang-fgj_2023.read.txt")}
    if report in special:
        path = special[report]
    else:
        cands = [f for f in os.listdir(CORPUS) if f.rsplit(".", 1)[0] == report]
        if len(cands) != 1:
            err("no unique corpus file for %s" % report)
            return []
        path = os.path.join(CORPUS, cands[0])
    return open(path, encoding="utf-8").read().split("\n")


def cell(report, table, row, col):
    try:
        v = g(report)["cells"][table][row][col]
    except KeyError:
        err("missing gold cell %s %s %s %s" % (report, table, row, col))
        return None
    if v is None or isinstance(v, (str, dict, bool)):
        err("gold cell %s %s %s %s is not a usable number: %r" % (report, table, row, col, v))
        return None
    return v


def frac(x):
    return Fraction(str(x))


def evaluate(e):
    """Returns Fraction for numeric expressions, (label, count) for ranks."""
    op = e[0]
    if op == "cell":
        v = cell(*e[1:])
        return None if v is None else frac(v)
    if op == "+":
        vs = [evaluate(x) for x in e[1:]]
        return None if any(v is None for v in vs) else sum(vs, Fraction(0))
    if op == "-":
        a, b = evaluate(e[1]), evaluate(e[2])
        return None if a is None or b is None else a - b
    if op == "pct":
        a, b = evaluate(e[1]), evaluate(e[2])
        if a is None or b is None or b == 0:
            err("bad pct operands %r" % (e,))
            return None
        x = a * 100 / b
        d = e[3]
        scaled = x * (10 ** d)
        r = math.floor(scaled + Fraction(1, 2))  # half-up (values are positive)
        return Fraction(r, 10 ** d)
    if op == "rank":
        pairs, k = e[1], e[2]
        vals = [(label, evaluate(x)) for label, x in pairs]
        distinct = sorted({v for _, v in vals}, reverse=True)
        # k-th largest by position; must be unique and not tied
        ordered = sorted(vals, key=lambda p: p[1], reverse=True)
        label, v = ordered[k - 1]
        if sum(1 for _, w in vals if w == v) != 1:
            err("rank tie for %r" % (e,))
        if distinct.index(v) != k - 1:
            err("rank position mismatch %r" % (e,))
        return (label, v)
    err("unknown op %r" % (op,))
    return None


def same_number(expected, computed):
    if computed is None:
        return False
    if isinstance(expected, bool) or not isinstance(expected, (int, float)):
        return False
    return frac(expected) == computed


def check_derived(where, exp, expr, unit):
    r = evaluate(expr)
    if expr[0] == "rank":
        if r is None or exp.get("value") != r[0] or not same_number(exp.get("count"), r[1]):
            err("%s: rank expected %r/%r, recomputed %r" % (where, exp.get("value"), exp.get("count"), r))
    else:
        if not same_number(exp.get("value"), r):
            err("%s: value %r != recomputed %s" % (where, exp.get("value"), r))
    if exp.get("unit") != unit:
        err("%s: unit %r != %r" % (where, exp.get("unit"), unit))
    if expr[0] == "pct" and exp.get("decimals") != expr[3]:
        err("%s: decimals missing/wrong" % where)
    if not exp.get("formula"):
        err("%s: formula missing" % where)


def check_cell(where, exp, ref):
    _, r, t, row, col = ref
    v = cell(r, t, row, col)
    if (exp.get("table"), exp.get("row"), exp.get("column")) != (t, row, col):
        err("%s: cell address mismatch" % where)
    if v is None or not same_number(exp.get("value"), frac(v)):
        err("%s: cell value %r != gold %r" % (where, exp.get("value"), v))


REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
KINDS = {"cell", "derived", "narrative", "unanswerable", "ambiguous", "followup"}
STEMS = {f.rsplit(".", 1)[0] for f in os.listdir(CORPUS) if f not in ("SOURCES.md", "template.json")}


def check_report_year(where, report, year, must_exist=True):
    if report is None:
        if must_exist:
            err("%s: report is null" % where)
        return
    if report not in STEMS:
        err("%s: report %s not in corpus" % (where, report))
        return
    if g(report)["year"] != year:
        err("%s: year %r != gold year %r" % (where, year, g(report)["year"]))


def main():
    lines = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") if l.strip()]
    para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8") if l.strip()]
    by_id = {}
    for l in lines + para:
        if not l.get("id", "").startswith("b6-"):
            err("bad id %r" % l.get("id"))
        if l["id"] in by_id:
            err("duplicate id %s" % l["id"])
        by_id[l["id"]] = l
        if not l.get("class"):
            err("%s: class missing" % l["id"])
        if l.get("kind") not in KINDS:
            err("%s: bad kind" % l["id"])

    # every question in questions.py appears exactly once, same text
    src = {it["id"]: it for it in Q.ITEMS}
    src.update({f["id"]: f for f in Q.FOLLOWUPS})
    if set(src) != {l["id"] for l in lines}:
        err("set.jsonl ids differ from questions.py")

    texts = {}
    for l in lines:
        i, k = l["id"], l["kind"]
        it = src.get(i)
        if it is None:
            continue
        if k != "followup" and l.get("question") != it["question"]:
            err("%s: question text differs" % i)
        exp = l.get("expected", {})
        if k == "cell":
            check_report_year(i, l["report"], l["year"])
            check_cell(i, exp, it["ref"])
            if it["ref"][1] != l["report"]:
                err("%s: report differs from reference" % i)
        elif k == "derived":
            check_report_year(i, l["report"], l["year"])
            check_derived(i, exp, it["expr"], it["unit"])
        elif k == "narrative":
            check_report_year(i, l["report"], l["year"])
            s = exp.get("substring", "")
            if not (6 <= len(s) <= 30):
                err("%s: substring length %d" % (i, len(s)))
            if l["report"] not in texts:
                texts[l["report"]] = text_lines(l["report"])
            hits = [n for n, line in enumerate(texts[l["report"]]) if s in line]
            if not hits:
                err("%s: substring not on any single line of %s: %r" % (i, l["report"], s))
        elif k == "unanswerable":
            if exp != {"status": "not_found", "reason": it["reason"]} or it["reason"] not in REASONS:
                err("%s: unanswerable expected wrong" % i)
            if it["reason"] in ("body_not_indexed", "year_not_indexed"):
                if l["report"] is not None:
                    err("%s: not-indexed item must have report null" % i)
                # the asked year must not be an indexed year of a body of that name — checked by hand, see NOTES
            else:
                check_report_year(i, l["report"], l["year"])
        elif k == "ambiguous":
            if exp != {"status": "ambiguous"} or l["report"] is not None:
                err("%s: ambiguous expected wrong" % i)
            # at least two corpus reports of the asked year
            n = sum(1 for s_ in STEMS if g(s_)["year"] == l["year"])
            if n < 2:
                err("%s: ambiguous year %s has fewer than 2 reports" % (i, l["year"]))
        elif k == "followup":
            turns = l.get("turns", [])
            if not (2 <= len(turns) <= 3) or len(turns) != len(it["turns"]):
                err("%s: turn count" % i)
            for n, (t, ref) in enumerate(zip(turns, it["turns"])):
                w = "%s turn %d" % (i, n + 1)
                te = t.get("expected", {})
                if t.get("question") != ref["question"]:
                    err("%s: question differs" % w)
                if "report" not in te or "year" not in te:
                    err("%s: report/year missing" % w)
                if ref["kind"] == "cell":
                    check_report_year(w, te.get("report"), te.get("year"))
                    check_cell(w, te, ref["ref"])
                elif ref["kind"] == "derived":
                    check_report_year(w, te.get("report"), te.get("year"))
                    check_derived(w, te, ref["expr"], ref["unit"])
                elif ref["kind"] == "unanswerable":
                    if te.get("status") != "not_found" or te.get("reason") != ref["reason"]:
                        err("%s: unanswerable turn wrong" % w)
                    if ref["reason"] == "not_in_this_format":
                        check_report_year(w, te.get("report"), te.get("year"))

    # paraphrase groups
    groups = {}
    for p in para:
        groups.setdefault(p.get("group"), []).append(p)
    if len(groups) < 20:
        err("fewer than 20 paraphrase groups")
    src_groups = {pg["group"]: pg for pg in Q.PARA}
    for gname, ps in groups.items():
        if len(ps) != 5:
            err("group %s has %d lines" % (gname, len(ps)))
        pg = src_groups.get(gname)
        if pg is None:
            err("group %s not in questions.py" % gname)
            continue
        qs = [p["question"] for p in ps]
        if len(set(qs)) != 5 or qs != [v[0] for v in pg["variants"]]:
            err("group %s questions differ/duplicate" % gname)
        for p in ps:
            check_report_year(p["id"], p["report"], p["year"])
            if pg["ref"][0] == "cell":
                if p["kind"] != "cell":
                    err("%s: kind" % p["id"])
                check_cell(p["id"], p["expected"], pg["ref"])
            else:
                if p["kind"] != "derived":
                    err("%s: kind" % p["id"])
                check_derived(p["id"], p["expected"], pg["ref"], pg["unit"])

    # sizes and mix
    from collections import Counter
    kinds = Counter(l["kind"] for l in lines)
    total = len(lines)
    if total < 180:
        err("set.jsonl has only %d items" % total)
    if kinds["ambiguous"] > 0.05 * total:
        err("too many ambiguous items")
    for k in ("cell", "derived", "narrative", "unanswerable", "followup"):
        if kinds[k] == 0:
            err("no %s items" % k)
    reasons = Counter(l["expected"]["reason"] for l in lines if l["kind"] == "unanswerable")
    for r in REASONS:
        if reasons[r] == 0:
            err("no unanswerable item with reason %s" % r)
    used = {l["report"] for l in lines + para if l.get("report")}
    for l in lines:
        for t in l.get("turns", []):
            if t["expected"].get("report"):
                used.add(t["expected"]["report"])
    missing = STEMS - used
    if missing:
        err("reports never used: %s" % sorted(missing))

    print("items:", total, dict(kinds))
    print("unanswerable reasons:", dict(reasons))
    print("paraphrase:", len(para), "lines in", len(groups), "groups")
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: every value recomputed from gold, every substring found on one line")


if __name__ == "__main__":
    main()
