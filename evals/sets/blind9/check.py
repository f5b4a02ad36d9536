# -*- coding: utf-8 -*-
"""Independent checker for blind set b9.

Recomputes every expected value from /work/blind/gold (own lookup/arithmetic, not build.py's),
checks every narrative substring occurs verbatim on ONE line of the report text, and checks the
structure of set.jsonl / paraphrase.jsonl. Exits 1 on any mismatch.

Report text used for substrings: the corpus file itself for .txt/.md; for the PDF and the HTML page
the text this helper read, kept in read/ (hongze: `pdftotext -layout` of the PDF, checked against the
110-dpi rendered pages; shuyang-fgj: the <ucapcontent> body of the HTML with tags stripped, one block
per line, checked against the chromium screenshot).
"""
import glob
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

CORPUS = "/work/shared/corpus"
GOLD = "/work/blind/gold"
READ = {"hongze-district_2023": os.path.join(HERE, "read", "hongze-district_2023.read.txt"),
        "shuyang-fgj_2023": os.path.join(HERE, "read", "shuyang-fgj_2023.read.txt")}
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
errors = []


def err(msg):
    errors.append(msg)


def G(report):
    with open(os.path.join(GOLD, report + ".json"), encoding="utf-8") as f:
        return json.load(f)


GOLDS = {os.path.basename(p)[:-5]: G(os.path.basename(p)[:-5]) for p in glob.glob(GOLD + "/*.json")}
STEMS = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(CORPUS + "/*")
               if not p.endswith(("template.json", "SOURCES.md")))


def val(report, t, r, c):
    v = GOLDS[report]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err("asked cell is not a determined number: %s %s/%s/%s = %r" % (report, t, r, c, v))
        return float("nan")
    return v


def close(a, b):
    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b, rel_tol=0, abs_tol=1e-9)


def recompute(report, op, refs, decimals):
    if op == "sum":
        return sum(val(report, *x) for x in refs)
    if op == "diff":
        return val(report, *refs[0]) - val(report, *refs[1])
    if op == "max":
        return max(val(report, *x) for x in refs)
    if op == "share":
        n = sum(val(report, *x) for x in refs["num"])
        d = sum(val(report, *x) for x in refs["den"])
        p = n * 100 / d
        # half-up rounding by integer arithmetic when possible
        if decimals is not None:
            scale = 10 ** decimals
            if float(n).is_integer() and float(d).is_integer():
                q, rem = divmod(int(n) * 100 * scale, int(d))
                if 2 * rem >= int(d):
                    q += 1
                return q / scale
            return math.floor(p * scale + 0.5) / scale
        return p
    err("unknown op %s" % op)
    return float("nan")


_lines = {}


def lines(report):
    if report not in _lines:
        path = READ.get(report)
        if not path:
            cands = [p for p in glob.glob(os.path.join(CORPUS, report + ".*"))]
            path = cands[0]
        with open(path, encoding="utf-8") as f:
            _lines[report] = f.read().split("\n")
    return _lines[report]


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


S = load("set.jsonl")
P = load("paraphrase.jsonl")

# ---- structure
ids = [o["id"] for o in S] + [o["id"] for o in P]
if len(ids) != len(set(ids)):
    err("duplicate ids")
for i in ids:
    if not i.startswith("b9-"):
        err("bad id prefix " + i)
if len(S) < 200:
    err("set.jsonl has fewer than 200 items")
qs = [o["question"] for o in S if "question" in o]
if len(qs) != len(set(qs)):
    err("duplicate question texts in set.jsonl")
for o in S + P:
    for k in ("id", "kind", "class"):
        if k not in o:
            err("%s lacks %s" % (o.get("id"), k))
    if o["kind"] != "followup":
        for k in ("question", "report", "year", "expected"):
            if k not in o:
                err("%s lacks %s" % (o["id"], k))
        if o.get("report") is not None:
            if o["report"] not in STEMS:
                err("%s: unknown report %s" % (o["id"], o["report"]))
            elif o["year"] != GOLDS[o["report"]]["year"]:
                err("%s: year %s != report year" % (o["id"], o["year"]))

# ---- index set items by (kind, question)
by_q = {(o["kind"], o.get("question")): o for o in S}


def get(kind, q):
    o = by_q.get((kind, q))
    if o is None:
        err("missing %s item: %s" % (kind, q))
    return o


n_checked = 0
for cls, q, rep, t, r, c in Q.CELL:
    o = get("cell", q)
    if o:
        e = o["expected"]
        if o["report"] != rep or (e["table"], e["row"], e["column"]) != (t, r, c) or not close(e["value"], val(rep, t, r, c)):
            err("cell mismatch %s" % o["id"])
        n_checked += 1
for cls, q, rep, op, refs, unit, dec in Q.DERIVED:
    o = get("derived", q)
    if o:
        v = recompute(rep, op, refs, dec)
        if o["report"] != rep or not close(o["expected"]["value"], v):
            err("derived mismatch %s: %r vs %r" % (o["id"], o["expected"]["value"], v))
        if dec is not None and o["expected"].get("decimals") != dec:
            err("decimals missing %s" % o["id"])
        n_checked += 1
for cls, q, rep, sub in Q.NARR:
    o = get("narrative", q)
    if o:
        s = o["expected"]["substring"]
        if s != sub or not (6 <= len(s) <= 30):
            err("narrative substring/length problem %s (%d chars)" % (o["id"], len(s)))
        if not any(s in ln for ln in lines(rep)):
            err("narrative substring not on one line of %s: %s" % (rep, s))
        n_checked += 1
for cls, q, yr, reason, rep, note in Q.UNANS:
    o = get("unanswerable", q)
    if o:
        if o["expected"] != {"status": "not_found", "reason": reason} or reason not in REASONS:
            err("unanswerable mismatch %s" % o["id"])
        if reason in ("body_not_indexed", "year_not_indexed") and o["report"] is not None:
            err("unindexed item with a report %s" % o["id"])
        n_checked += 1
for cls, q, yr, note in Q.AMBIG:
    o = get("ambiguous", q)
    if o and o["expected"] != {"status": "ambiguous"}:
        err("ambiguous mismatch %s" % o["id"])
    n_checked += 1

# ---- follow-ups, in order
F = [o for o in S if o["kind"] == "followup"]
if len(F) != len(Q.FOLLOW):
    err("follow-up count mismatch")
for o, (cls, turns) in zip(F, Q.FOLLOW):
    if not 2 <= len(o["turns"]) <= 3 or len(o["turns"]) != len(turns):
        err("follow-up turns %s" % o["id"])
        continue
    for got, t in zip(o["turns"], turns):
        e = got["expected"]
        if got["question"] != t["question"]:
            err("follow-up question mismatch %s" % o["id"])
        if t["kind"] == "cell":
            ok = (e.get("report") == t["report"] and e.get("year") == GOLDS[t["report"]]["year"]
                  and close(e.get("value"), val(t["report"], t["table"], t["row"], t["column"])))
        elif t["kind"] == "derived":
            ok = (e.get("report") == t["report"]
                  and close(e.get("value"), recompute(t["report"], t["op"], t["refs"], t.get("decimals"))))
        else:
            ok = e.get("status") == "not_found" and e.get("reason") == t["reason"] and t["reason"] in REASONS
        if not ok:
            err("follow-up turn mismatch %s: %s" % (o["id"], got["question"]))
        n_checked += 1

# ---- paraphrases
groups = {}
for o in P:
    groups.setdefault(o["group"], []).append(o)
if len(groups) < 16:
    err("fewer than 16 paraphrase groups")
spec = {"b9-" + g: (rep, sp, qq) for g, rep, sp, qq in Q.PARA}
for g, items in groups.items():
    if len(items) != 5:
        err("group %s has %d items" % (g, len(items)))
    rep, sp, qq = spec[g]
    if sp[0] == "cell":
        v = val(rep, *sp[1:])
    else:
        v = recompute(rep, sp[1], sp[2], sp[4])
    for o, (cls, q) in zip(items, qq):
        if o["question"] != q or o["report"] != rep or not close(o["expected"]["value"], v):
            err("paraphrase mismatch %s" % o["id"])
        n_checked += 1
    if len({o["question"] for o in items}) != 5:
        err("group %s repeats a question" % g)

# ---- coverage: every corpus report used at least once
used = set()
for o in S + P:
    if o.get("report"):
        used.add(o["report"])
    for t in o.get("turns", []):
        if t["expected"].get("report"):
            used.add(t["expected"]["report"])
missing = [s for s in STEMS if s not in used]
if missing:
    err("reports not used: %s" % missing)

from collections import Counter  # noqa: E402
kinds = Counter(o["kind"] for o in S)
print("items:", len(S), dict(kinds), "| paraphrase lines:", len(P), "groups:", len(groups))
print("reports used: %d/%d" % (len(used & set(STEMS)), len(STEMS)), "| checked:", n_checked)
if errors:
    print("FAILED (%d):" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
