# -*- coding: utf-8 -*-
"""Independent checker for blind set 4.

Recomputes every expected value of set.jsonl and paraphrase.jsonl from the gold cells
(using the references in questions.json, with exact fractions — no code shared with
build.py), checks every narrative substring occurs verbatim inside one line of the
report's text, and checks the set's structure.  Exits 1 on any mismatch.

Report text used for narrative checks: the corpus file itself for .txt/.md; for the PDF
(hongze-district_2023.pdf) the pdftotext output texts/hongze-district_2023.pdftotext.txt,
for the HTML (shuyang-fgj_2023.html) texts/shuyang-fgj_2023.htmltext.txt (one line per block
element) — both regenerated here when the tools are available and compared with the stored copy.
"""
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
GOLD_DIRS = ["/work/blind/gold", os.path.join(HERE, "gold")]
PREFIX = "s4-"
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}

errors = []


def err(msg):
    errors.append(msg)


def gold(stem, _cache={}):
    if stem not in _cache:
        for d in GOLD_DIRS:
            p = os.path.join(d, stem + ".json")
            if os.path.exists(p):
                _cache[stem] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise KeyError(stem)
    return _cache[stem]


def corpus_stems():
    out = {}
    for f in os.listdir(CORPUS):
        stem, ext = os.path.splitext(f)
        if ext in (".txt", ".md", ".pdf", ".html") and stem not in ("SOURCES", "README"):
            out[stem] = f
    return out


STEMS = corpus_stems()


def val(stem, table, row, col):
    v = gold(stem)["cells"][table][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("cell %s/%s/%s/%s is %r (not a determined number)" % (stem, table, row, col, v))
    return Fraction(str(v)) if isinstance(v, float) else Fraction(v)


def rhu(x, d):
    """round half up (away from zero for .5) to d decimals, as a Fraction"""
    s = 1 if x >= 0 else -1
    m = Fraction(10) ** d
    return s * Fraction(math.floor(abs(x) * m + Fraction(1, 2))) / m


def F(v):
    return Fraction(str(v)) if isinstance(v, float) else Fraction(v)


def compute(spec):
    op = spec["op"]

    def tot(key):
        return sum((val(*r) for r in spec[key]), Fraction(0))

    if op == "sum":
        return tot("cells"), None
    if op == "diff":
        x = tot("a") - tot("b")
        return (rhu(x, spec["decimals"]) if "decimals" in spec else x), None
    if op == "share":
        return rhu(tot("num") * 100 / tot("den"), spec["decimals"]), None
    if op == "max":
        vals = [(lab, val(*r)) for lab, r in spec["cands"]]
        top = max(v for _, v in vals)
        labs = [lab for lab, v in vals if v == top]
        if len(labs) != 1:
            err("ranking tie " + repr(labs))
        return top, labs[0]
    raise ValueError(op)


# ------------------------------------------------------------------ report texts
def html_lines(path):
    from html.parser import HTMLParser
    block = {'p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'table', 'td', 'th', 'title'}

    class P(HTMLParser):
        def __init__(s):
            super().__init__()
            s.out, s.skip = [], 0

        def handle_starttag(s, t, a):
            if t in ('script', 'style'):
                s.skip += 1
            if t in block:
                s.out.append('\n')

        def handle_endtag(s, t):
            if t in ('script', 'style'):
                s.skip -= 1
            if t in block:
                s.out.append('\n')

        def handle_data(s, d):
            if not s.skip:
                s.out.append(d)

    p = P()
    p.feed(open(path, encoding='utf-8').read())
    lines = [re.sub(r'[ \t\r\u3000\xa0]+', ' ', l).strip() for l in ''.join(p.out).split('\n')]
    return [l for l in lines if l]


def report_lines(stem, _cache={}):
    if stem in _cache:
        return _cache[stem]
    f = STEMS[stem]
    if f.endswith(".pdf"):
        stored = os.path.join(HERE, "texts", stem + ".pdftotext.txt")
        lines = open(stored, encoding="utf-8").read().split("\n")
        try:
            fresh = subprocess.run(["pdftotext", os.path.join(CORPUS, f), "-"], capture_output=True,
                                   text=True, check=True).stdout.split("\n")
            if [l for l in fresh if l.strip()] != [l for l in lines if l.strip()]:
                err("stored pdftotext text differs from a fresh extraction: " + stem)
        except (OSError, subprocess.CalledProcessError):
            pass
    elif f.endswith(".html"):
        stored = os.path.join(HERE, "texts", stem + ".htmltext.txt")
        lines = open(stored, encoding="utf-8").read().split("\n")
        if html_lines(os.path.join(CORPUS, f)) != [l for l in lines if l]:
            err("stored html text differs from a fresh extraction: " + stem)
    else:
        lines = open(os.path.join(CORPUS, f), encoding="utf-8").read().split("\n")
    _cache[stem] = lines
    return lines


# ------------------------------------------------------------------ item checks
def check_expected(iid, kind, report, year, exp, spec):
    if kind in ("cell", "derived", "narrative"):
        if report not in STEMS:
            err("%s: report %r not in corpus" % (iid, report))
            return
        if year != gold(report)["year"]:
            err("%s: year %r != gold year %r" % (iid, year, gold(report)["year"]))
        if spec.get("report") != report:
            err("%s: report differs from questions.json" % iid)
    if kind == "cell":
        try:
            v = val(report, exp["table"], exp["row"], exp["column"])
        except (KeyError, ValueError) as e:
            err("%s: %s" % (iid, e))
            return
        if F(exp["value"]) != v:
            err("%s: cell value %r != gold %s" % (iid, exp["value"], v))
        if list(spec["ref"]) != [report, exp["table"], exp["row"], exp["column"]]:
            err("%s: cell reference differs from questions.json" % iid)
    elif kind == "derived":
        try:
            v, lab = compute(spec)
        except (KeyError, ValueError) as e:
            err("%s: %s" % (iid, e))
            return
        if F(exp["value"]) != v:
            err("%s: derived value %r != recomputed %s (%s)" % (iid, exp["value"], float(v), spec["op"]))
        if lab is not None and exp.get("label") != lab:
            err("%s: ranking label %r != %r" % (iid, exp.get("label"), lab))
        if not exp.get("formula") or not exp.get("unit"):
            err("%s: formula/unit missing" % iid)
        if ("decimals" in exp) != ("decimals" in spec):
            err("%s: decimals mismatch" % iid)
        for k in ("cells", "a", "b", "num", "den"):
            for r in spec.get(k, []):
                if r[0] not in STEMS:
                    err("%s: derived uses unknown report %s" % (iid, r[0]))
    elif kind == "narrative":
        sub = exp["substring"]
        if not (6 <= len(sub) <= 30):
            err("%s: substring length %d outside 6..30" % (iid, len(sub)))
        if not any(sub in line for line in report_lines(report)):
            err("%s: substring %r not found on one line of %s" % (iid, sub, report))
    elif kind == "unanswerable":
        if exp.get("status") != "not_found" or exp.get("reason") not in REASONS:
            err("%s: bad unanswerable expected %r" % (iid, exp))
        if report is not None:
            err("%s: unanswerable with a report" % iid)
        if exp.get("reason") == "year_not_indexed" and year is not None:
            pass
    elif kind == "ambiguous":
        if exp != {"status": "ambiguous"}:
            err("%s: bad ambiguous expected" % iid)
    else:
        err("%s: unknown kind %s" % (iid, kind))


def main():
    refs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    specs = {r["id"]: r for r in refs["set"] + refs["paraphrase"]}
    items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]

    ids = [d["id"] for d in items + para]
    for i, c in Counter(ids).items():
        if c > 1:
            err("duplicate id " + i)
    for i in ids:
        if not i.startswith(PREFIX):
            err("bad id prefix " + i)

    used_reports = set()
    kinds = Counter()
    for d in items:
        iid, kind = d["id"], d["kind"]
        kinds[kind] += 1
        spec = specs.get(iid)
        if spec is None:
            err("%s: not in questions.json" % iid)
            continue
        if not d.get("class"):
            err("%s: no class" % iid)
        if kind == "followup":
            turns = d["turns"]
            if not 2 <= len(turns) <= 3 or len(turns) != len(spec["turns"]):
                err("%s: bad number of turns" % iid)
                continue
            for k, (t, ts) in enumerate(zip(turns, spec["turns"])):
                e = dict(t["expected"])
                rep, yr = e.pop("report", "MISSING"), e.pop("year", "MISSING")
                if rep == "MISSING" or yr == "MISSING":
                    err("%s turn %d: report/year missing in expected" % (iid, k))
                if t["question"] != ts["question"]:
                    err("%s turn %d: question differs from questions.json" % (iid, k))
                check_expected("%s#%d" % (iid, k), t["kind"], rep, yr, e, ts)
                if rep:
                    used_reports.add(rep)
                    for key in ("cells", "a", "b", "num", "den"):
                        used_reports.update(r[0] for r in ts.get(key, []))
            continue
        if d["question"] != spec["question"]:
            err("%s: question differs from questions.json" % iid)
        check_expected(iid, kind, d["report"], d["year"], d["expected"], spec)
        if d["report"]:
            used_reports.add(d["report"])
            for key in ("cells", "a", "b", "num", "den"):
                used_reports.update(r[0] for r in spec.get(key, []))

    groups = defaultdict(list)
    for d in para:
        spec = specs.get(d["id"])
        if spec is None:
            err("%s: not in questions.json" % d["id"])
            continue
        if d["kind"] not in ("cell", "derived"):
            err("%s: paraphrase kind %s" % (d["id"], d["kind"]))
        check_expected(d["id"], d["kind"], d["report"], d["year"], d["expected"], spec)
        groups[d.get("group")].append(d)
        if d["report"]:
            used_reports.add(d["report"])
    if len(groups) < 20:
        err("fewer than 20 paraphrase groups: %d" % len(groups))
    for g, ds in groups.items():
        if len(ds) != 5:
            err("group %s has %d items" % (g, len(ds)))
        if len({json.dumps(x["expected"].get("value")) for x in ds}) != 1:
            err("group %s: values differ" % g)
        if len({x["question"] for x in ds}) != 5:
            err("group %s: duplicate question text" % g)

    missing = set(STEMS) - used_reports
    if missing:
        err("reports without questions: %s" % sorted(missing))
    n = len(items)
    if n < 220:
        err("set has only %d items" % n)
    if kinds["ambiguous"] > 0.05 * n:
        err("too many ambiguous items")
    qs = [d.get("question") for d in items if d.get("question")]
    for q, c in Counter(qs).items():
        if c > 1:
            err("duplicate question in set: " + q)

    print("items:", n, dict(kinds), "paraphrase:", len(para), "groups:", len(groups),
          "reports covered:", len(used_reports & set(STEMS)), "/", len(STEMS))
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: every value recomputed from gold, every substring found on one line.")


if __name__ == "__main__":
    main()
