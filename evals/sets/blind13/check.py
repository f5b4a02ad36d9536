# -*- coding: utf-8 -*-
"""Independent checker for blind set 13. Exits non-zero on any mismatch.

- recomputes every cell and derived value from /work/blind/gold (own code, does not import build.py)
- checks every narrative substring (6-30 chars) occurs verbatim on ONE line of the report's text:
    .txt / .md  -> the corpus file itself
    .pdf        -> text/hongze-district_2023.pdf.txt  (pdftotext default mode of the PDF; the rendered
                   pages were read with pdftoppm -r 110 and agree)
    .html       -> text/shuyang-fgj_2023.html.txt   (text of the <ucapcontent> body, one block per line;
                   the chromium screenshot was read and agrees)
- structure: unique ids with prefix b13-, kinds, every corpus report covered, paraphrase groups of 5 with
  one answer per group, no unresolved/blank gold cell asked.
"""
import json, os, sys, glob, math

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
GOLD = "/work/blind/gold"
sys.path.insert(0, HERE)
import questions as Q

errors = []
def err(msg):
    errors.append(msg)

def load_jsonl(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

S = load_jsonl(os.path.join(HERE, "set.jsonl"))
PP = load_jsonl(os.path.join(HERE, "paraphrase.jsonl"))

G = {os.path.basename(p)[:-5]: json.load(open(p, encoding="utf-8")) for p in glob.glob(GOLD + "/*.json")}
REPORTS = {}
for p in glob.glob(CORPUS + "/*"):
    b = os.path.basename(p)
    if b in ("template.json", "SOURCES.md"):
        continue
    REPORTS[b.rsplit(".", 1)[0]] = p

def text_lines(rep):
    p = REPORTS[rep]
    if p.endswith(".pdf"):
        p = os.path.join(HERE, "text", rep + ".pdf.txt")
    elif p.endswith(".html"):
        p = os.path.join(HERE, "text", rep + ".html.txt")
    with open(p, encoding="utf-8") as f:
        return f.read().split("\n")

def cellv(rep, t, row, col):
    try:
        v = G[rep]["cells"][t][row][col]
    except KeyError:
        err("no gold cell %s %s %s %s" % (rep, t, row, col)); return None
    if v is None or isinstance(v, (str, dict, bool)):
        err("asked gold cell is not a determined number: %s %s %s %s = %r" % (rep, t, row, col, v)); return None
    return v

def recompute(spec):
    op, refs = spec["op"], spec["refs"]
    if op == "pct":
        a = [cellv(*r) for r in refs[0]]; b = [cellv(*r) for r in refs[1]]
        if None in a or None in b: return None
        d = spec["dec"] if spec["dec"] is not None else 2
        return round(sum(a) * 100.0 / sum(b), d)
    vs = [cellv(*r) for r in refs]
    if None in vs: return None
    return {"sum": lambda: sum(vs), "diff": lambda: vs[0] - vs[1], "max": lambda: max(vs), "min": lambda: min(vs)}[op]()

def same(a, b):
    if a is None or b is None: return False
    return math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-9)

REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
covered = set()

def check_one(spec, exp, rep, year, where):
    k = spec["kind"]
    if rep is not None:
        if rep not in REPORTS: err("%s: report %s not in corpus" % (where, rep))
        covered.add(rep)
        if k in ("cell", "derived", "narrative") and year != G[rep]["year"]:
            err("%s: year %r != gold year %r" % (where, year, G[rep]["year"]))
    if k == "cell":
        r, t, row, col = spec["ref"]
        if r != rep: err("%s: report mismatch" % where)
        v = cellv(r, t, row, col)
        if (exp.get("table"), exp.get("row"), exp.get("column")) != (t, row, col):
            err("%s: cell ref mismatch" % where)
        if not same(v, exp.get("value")): err("%s: cell value %r != gold %r" % (where, exp.get("value"), v))
        vs = str(exp.get("value"))
        if len(vs) >= 3 and vs in spec["q"]: err("%s: expected value typed in question" % where)
    elif k == "derived":
        v = recompute(spec)
        if not same(v, exp.get("value")): err("%s: derived %r != recomputed %r" % (where, exp.get("value"), v))
        if exp.get("unit") is None or not exp.get("formula"): err("%s: derived lacks unit/formula" % where)
        for r in (spec["refs"][0] + spec["refs"][1] if spec["op"] == "pct" else spec["refs"]):
            covered.add(r[0])
    elif k == "narrative":
        sub = exp.get("substring", "")
        if not (6 <= len(sub) <= 30): err("%s: substring length %d" % (where, len(sub)))
        if not any(sub in line for line in text_lines(rep)): err("%s: substring not on one line: %s" % (where, sub))
    elif k == "unanswerable":
        if exp != {"status": "not_found", "reason": spec["reason"]} or spec["reason"] not in REASONS:
            err("%s: bad unanswerable expected %r" % (where, exp))
        if spec["reason"] in ("no_such_figure", "not_in_this_format") and rep is None:
            err("%s: %s needs a report" % (where, spec["reason"]))
        if spec["reason"] in ("body_not_indexed", "year_not_indexed") and rep is not None:
            err("%s: %s must have report null" % (where, spec["reason"]))
    elif k == "ambiguous":
        if exp != {"status": "ambiguous"} or rep is not None: err("%s: bad ambiguous" % where)
    else:
        err("%s: unknown kind %s" % (where, k))

# ---- set.jsonl, paired with specs in order
specs = list(Q.ITEMS) + list(Q.FOLLOWUPS)
if len(specs) != len(S): err("set.jsonl has %d lines, questions.py %d specs" % (len(S), len(specs)))
ids = set()
for spec, o in zip(specs, S):
    iid = o.get("id", "")
    if not iid.startswith("b13-") or iid in ids: err("bad/duplicate id %s" % iid)
    ids.add(iid)
    if not o.get("class"): err("%s: no class" % iid)
    if o["kind"] != spec["kind"]: err("%s: kind mismatch" % iid)
    if spec["kind"] == "followup":
        if not (2 <= len(o["turns"]) <= 3): err("%s: followup turns %d" % (iid, len(o["turns"])))
        for j, (ts, to) in enumerate(zip(spec["turns"], o["turns"])):
            if to["question"] != ts["q"]: err("%s turn %d question mismatch" % (iid, j))
            e = dict(to["expected"]); rep = e.pop("report", "MISSING"); yr = e.pop("year", "MISSING")
            if rep == "MISSING" or yr == "MISSING": err("%s turn %d lacks report/year" % (iid, j))
            check_one(ts, e, rep, yr, "%s/t%d" % (iid, j))
    else:
        for f in ("question", "report", "year", "expected"):
            if f not in o: err("%s: missing %s" % (iid, f))
        if o["question"] != spec["q"]: err("%s: question mismatch" % iid)
        check_one(spec, o["expected"], o["report"], o["year"], iid)

# ---- paraphrase.jsonl
pspecs = [(g["group"], s) for g in Q.PARAPHRASES for s in g["specs"]]
if len(pspecs) != len(PP): err("paraphrase.jsonl line count mismatch")
groups = {}
for (gname, spec), o in zip(pspecs, PP):
    iid = o.get("id", "")
    if not iid.startswith("b13-") or iid in ids: err("bad/duplicate id %s" % iid)
    ids.add(iid)
    if o.get("group") != gname: err("%s: group mismatch" % iid)
    if o["kind"] not in ("cell", "derived"): err("%s: paraphrase kind %s" % (iid, o["kind"]))
    check_one(spec, o["expected"], o["report"], o["year"], iid)
    groups.setdefault(gname, []).append(o["expected"]["value"])
for g, vals in groups.items():
    if len(vals) != 5: err("group %s has %d items" % (g, len(vals)))
    if len(set(vals)) != 1: err("group %s answers differ: %r" % (g, vals))
if len(groups) < 16: err("only %d paraphrase groups" % len(groups))

# ---- coverage and mix
missing = set(REPORTS) - covered
if missing: err("reports not covered by any set item: %s" % sorted(missing))
setcov = set()
for o in S:
    if o["kind"] == "followup":
        setcov |= {t["expected"]["report"] for t in o["turns"]}
    else:
        setcov.add(o["report"])
    if o["kind"] == "derived":
        pass
miss2 = set(REPORTS) - setcov - {None}
if miss2: err("reports never the `report` of a set.jsonl item: %s" % sorted(miss2))
if len(S) < 200: err("set.jsonl has only %d items" % len(S))

from collections import Counter
mix = Counter(o["kind"] for o in S)
print("set.jsonl items:", len(S), dict(mix))
print("mix %:", {k: round(100.0 * v / len(S), 1) for k, v in mix.items()})
print("paraphrase groups:", len(groups), "lines:", len(PP))
print("reports covered:", len(setcov - {None}), "/", len(REPORTS))
if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print("OK: all checks passed")
