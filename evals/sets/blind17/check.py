# -*- coding: utf-8 -*-
"""Independent checker for blind set 17. Exits non-zero on any mismatch.
Recomputes every expected value from the gold JSON (own lookup, own arithmetic) using the references in
questions.py, checks narrative substrings occur verbatim on one line of the report's text (for the PDF and the
HTML page: the text read from them, saved as gold/<stem>.read.txt), and checks structure and coverage."""
import json, os, sys, glob, math
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q
CORPUS = "/work/shared/corpus"
errors = []
def err(m): errors.append(m)

def load_gold(stem):
    for d in ("/work/blind/gold", os.path.join(HERE, "gold")):
        p = os.path.join(d, stem + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return json.load(f)
    return None

G = {}
def val(ref):
    a, t, r, c = ref.split(":")
    stem = Q.R[a]
    if stem not in G:
        G[stem] = load_gold(stem)
    v = G[stem]["cells"].get(t, {}).get(r, {}).get(c, "MISSING")
    if not (type(v) in (int, float)):
        err("non-numeric gold cell %s: %r" % (ref, v)); return None
    return v

def calc(refs, expr, dec):
    env = {}
    for k, r in refs.items():
        env[k] = val(r)
        if env[k] is None: return None
    x = eval(expr, {"__builtins__": {}, "max": max, "min": min}, env)
    return round(x, dec) if dec is not None else x

def same(a, b):
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-9)

def text_lines(stem):
    p = os.path.join(HERE, "gold", stem + ".read.txt")
    if not os.path.exists(p):
        cands = [f for f in glob.glob(os.path.join(CORPUS, stem + ".*")) if f.endswith((".txt", ".md"))]
        p = cands[0]
    with open(p, encoding="utf-8") as f:
        return f.read().split("\n")

items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
ids = [i["id"] for i in items + para]
if len(ids) != len(set(ids)): err("duplicate ids")
if any(not i.startswith("b17-") for i in ids): err("bad id prefix")
if len(items) < 200: err("fewer than 200 items")

by = {}
for it in items: by.setdefault(it["kind"], []).append(it)
def expect_len(kind, n):
    if len(by.get(kind, [])) != n: err("%s count %d != %d" % (kind, len(by.get(kind, [])), n))
expect_len("cell", len(Q.CELLS)); expect_len("derived", len(Q.DERIVED)); expect_len("narrative", len(Q.NARR))
expect_len("unanswerable", len(Q.UNANS)); expect_len("ambiguous", len(Q.AMBIG)); expect_len("followup", len(Q.FOLLOW))

covered = set()
for it, (q, ref, cls) in zip(by["cell"], Q.CELLS):
    a, t, r, c = ref.split(":")
    e = it["expected"]
    if it["question"] != q or it["report"] != Q.R[a] or (e["table"], e["row"], e["column"]) != (t, r, c): err("cell ref mismatch " + it["id"])
    if not same(e["value"], val(ref)): err("cell value " + it["id"])
    if it["year"] != int(Q.R[a].split("_")[-1]): err("year " + it["id"])
    covered.add(it["report"])
for it, (q, refs, expr, desc, unit, dec, cls) in zip(by["derived"], Q.DERIVED):
    v = calc(refs, expr, dec)
    if not same(it["expected"]["value"], v): err("derived value %s: %r vs %r" % (it["id"], it["expected"]["value"], v))
    if it["expected"].get("decimals") != dec or it["expected"]["unit"] != unit: err("derived meta " + it["id"])
    for r in refs.values(): covered.add(Q.R[r.split(":")[0]])
for it, (q, a, sub, cls) in zip(by["narrative"], Q.NARR):
    stem = Q.R[a]
    if it["report"] != stem or it["expected"]["substring"] != sub: err("narr ref " + it["id"])
    if not (6 <= len(sub) <= 30): err("narr length %s %d" % (it["id"], len(sub)))
    if not any(sub in line for line in text_lines(stem)): err("substring not on one line: %s %s" % (it["id"], sub))
    covered.add(stem)
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
for it in by["unanswerable"]:
    if it["expected"].get("status") != "not_found" or it["expected"].get("reason") not in REASONS: err("unans " + it["id"])
for it in by["ambiguous"]:
    if it["expected"] != {"status": "ambiguous"}: err("ambig " + it["id"])
for it, (cls, turns) in zip(by["followup"], Q.FOLLOW):
    if not (2 <= len(it["turns"]) <= 3) or len(it["turns"]) != len(turns): err("followup turns " + it["id"])
    for got, t in zip(it["turns"], turns):
        e = got["expected"]
        if t[0] == "cell":
            if not same(e["value"], val(t[2])) or e["report"] != Q.R[t[2].split(":")[0]]: err("followup cell " + it["id"])
            covered.add(e["report"])
        elif t[0] == "derived":
            if not same(e["value"], calc(t[2], t[3], t[6])): err("followup derived " + it["id"])
        else:
            if e.get("status") != "not_found" or e.get("reason") != t[2]: err("followup unans " + it["id"])
# paraphrase
groups = {}
for p in para: groups.setdefault(p["group"], []).append(p)
if len(groups) < 16: err("fewer than 16 paraphrase groups")
for g, spec in zip(sorted(groups), Q.PARA):
    ps = groups[g]
    if len(ps) != 5: err("group size " + g)
    if len({p["question"] for p in ps}) != 5: err("duplicate paraphrase " + g)
    _, kind, ref, qs = spec
    want = val(ref) if kind == "cell" else calc(ref[0], ref[1], ref[4])
    for p in ps:
        if p["kind"] not in ("cell", "derived") or not same(p["expected"]["value"], want): err("paraphrase value " + p["id"])
        covered.add(p["report"])
# coverage of every report in the corpus
stems = {os.path.splitext(os.path.basename(f))[0] for f in glob.glob(CORPUS + "/*") if f.endswith((".txt", ".md", ".pdf", ".html"))} - {"SOURCES"}
missing = stems - covered
if missing: err("reports not covered: %s" % sorted(missing))
# no typed numbers in questions.py data beyond refs: values only come from gold (spot check: no 'value' key in questions)
src = open(os.path.join(HERE, "questions.py"), encoding="utf-8").read()
if '"value"' in src: err("questions.py contains typed values")

if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: %d items, %d paraphrases in %d groups, %d reports covered" % (len(items), len(para), len(groups), len(covered & stems)))
