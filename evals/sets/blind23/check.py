#!/usr/bin/env python3
"""Independent checker for blind set b23.
- recomputes every cell / derived value from /work/blind/gold (its own lookup + arithmetic, not build.py's),
  matching items to the reference spec in questions.py by question text;
- checks every narrative substring (6-30 chars) occurs verbatim on ONE line of the report's text
  (.txt/.md: the corpus file; .html: text/shuyang-fgj_2023.txt extracted from the <ucapcontent> body;
   .pdf: text/hongze-district_2023.raw.txt from `pdftotext` — both checked against the rendered pages);
- checks structure (ids, kinds, reasons, paraphrase groups of 5, report coverage).
Exits 1 on any mismatch."""
import json, os, sys, math, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

CORPUS = "/work/shared/corpus"
GOLD = "/work/blind/gold"
errors = []


def err(m):
    errors.append(m)


G = {os.path.basename(f)[:-5]: json.load(open(f, encoding="utf-8")) for f in glob.glob(GOLD + "/*.json")}


def val(ref):
    rep, t, r, c = ref
    try:
        v = G[rep]["cells"][t][r][c]
    except KeyError:
        err(f"missing gold cell {ref}"); return None
    if v is None or isinstance(v, (str, dict, bool)):
        err(f"gold cell not a plain number {ref}: {v!r}"); return None
    return v


def calc(op, refs, dec):
    xs = [val(r) for r in refs]
    if any(x is None for x in xs):
        return None
    if op == "sum": v = math.fsum(xs)
    elif op == "diff": v = xs[0] - xs[1]
    elif op == "share": v = 100.0 * xs[0] / xs[1]
    elif op == "pct_change": v = 100.0 * (xs[0] - xs[1]) / xs[1]
    elif op == "max": v = max(xs)
    else:
        err("op " + op); return None
    return round(v, dec if dec is not None else 6)


def same(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9


def text_lines(rep):
    for ext in (".txt", ".md"):
        p = os.path.join(CORPUS, rep + ext)
        if os.path.exists(p):
            return open(p, encoding="utf-8").read().split("\n")
    alt = {"shuyang-fgj_2023": "text/shuyang-fgj_2023.txt", "hongze-district_2023": "text/hongze-district_2023.raw.txt"}
    return open(os.path.join(HERE, alt[rep]), encoding="utf-8").read().split("\n")


def year(rep):
    return G[rep]["year"] if rep else None


def check_cell_exp(e, ref, where):
    rep, t, r, c = ref
    if (e.get("table"), e.get("row"), e.get("column")) != (t, r, c):
        err(f"{where}: cell key mismatch {e} vs {ref}")
    if not same(e.get("value"), val(ref)):
        err(f"{where}: value {e.get('value')} != gold {val(ref)} for {ref}")


lines = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
ids = [o["id"] for o in lines + para]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("b23-") for i in ids): err("bad id prefix")

spec = {}
for it in Q.ITEMS:
    if it["question"] in spec: err("duplicate question " + it["question"])
    spec[it["question"]] = it
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
covered = set()
n_items = 0
for o in lines:
    for f in ("id", "kind", "class"):
        if f not in o: err(f"{o.get('id')}: missing {f}")
    if o["kind"] == "followup":
        continue
    n_items += 1
    it = spec.get(o["question"])
    if it is None:
        err(f"{o['id']}: question not in questions.py"); continue
    if o["kind"] != it["kind"]: err(f"{o['id']}: kind")
    if o["report"] != it["report"]: err(f"{o['id']}: report")
    e = o["expected"]
    if o["kind"] in ("cell", "derived", "narrative"):
        covered.add(o["report"])
        if o["year"] != year(o["report"]): err(f"{o['id']}: year")
    if o["kind"] == "cell":
        check_cell_exp(e, it["ref"], o["id"])
    elif o["kind"] == "derived":
        v = calc(it["op"], it["refs"], it.get("decimals"))
        if not same(e["value"], v): err(f"{o['id']}: derived {e['value']} != {v}")
        if e.get("unit") != it["unit"]: err(f"{o['id']}: unit")
        if not e.get("formula"): err(f"{o['id']}: no formula")
    elif o["kind"] == "narrative":
        s = e["substring"]
        if not (6 <= len(s) <= 30): err(f"{o['id']}: substring length {len(s)}")
        if not any(s in ln for ln in text_lines(o["report"])):
            err(f"{o['id']}: substring not on one line of {o['report']}: {s}")
    elif o["kind"] == "unanswerable":
        if e.get("status") != "not_found" or e.get("reason") not in REASONS: err(f"{o['id']}: unanswerable expected")
        if e["reason"] in ("body_not_indexed", "year_not_indexed") and o["report"] is not None:
            err(f"{o['id']}: report should be null")
        if o["report"]: covered.add(o["report"])
    elif o["kind"] == "ambiguous":
        if e != {"status": "ambiguous"}: err(f"{o['id']}: ambiguous expected")

# follow-ups, matched by position to questions.py
fus = [o for o in lines if o["kind"] == "followup"]
if len(fus) != len(Q.FOLLOWUPS): err("followup count")
for o, fu in zip(fus, Q.FOLLOWUPS):
    if not (2 <= len(o["turns"]) <= 3): err(f"{o['id']}: turns")
    for k, (turn, t) in enumerate(zip(o["turns"], fu["turns"])):
        w = f"{o['id']}#{k+1}"
        if turn["question"] != t["q"]: err(w + ": question")
        e = turn["expected"]
        if "cell" in t:
            check_cell_exp(e, t["cell"], w)
            if e["report"] != t["cell"][0] or e["year"] != year(t["cell"][0]): err(w + ": report/year")
            covered.add(e["report"])
        elif "derived" in t:
            op, refs, unit = t["derived"]
            if not same(e["value"], calc(op, refs, None)): err(w + f": derived {e['value']}")
            newest = max((r[0] for r in refs), key=year)
            if e["report"] != newest or e["year"] != year(newest): err(w + ": report/year")
        else:
            if e.get("status") != "not_found" or e.get("reason") != t["unans"]: err(w + ": unanswerable")

# paraphrases
groups = {}
for o in para:
    groups.setdefault(o["group"], []).append(o)
if len(groups) < 16: err("fewer than 16 paraphrase groups")
pspec = {f"b23-{gid}": (maker, sp, vs) for gid, maker, sp, vs in Q.PARA}
for g, os_ in groups.items():
    if len(os_) != 5: err(f"group {g} has {len(os_)}")
    if len({o["question"] for o in os_}) != 5: err(f"group {g}: duplicate question text")
    maker, sp, vs = pspec[g]
    for o in os_:
        covered.add(o["report"])
        if o["kind"] == "cell":
            check_cell_exp(o["expected"], sp, o["id"])
        else:
            op, refs, unit = sp
            if not same(o["expected"]["value"], calc(op, refs, None)): err(o["id"] + ": derived")
    vals = {json.dumps(o["expected"], sort_keys=True) for o in os_}
    if len(vals) != 1: err(f"group {g}: expected differs")

reports = {os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f not in ("template.json", "SOURCES.md")}
missing = reports - covered
if missing: err(f"reports not covered: {sorted(missing)}")
if n_items + len(fus) < 200: err("fewer than 200 items")

from collections import Counter
c = Counter(o["kind"] for o in lines)
tot = len(lines)
print("set.jsonl:", tot, {k: f"{v} ({100*v/tot:.1f}%)" for k, v in c.items()}, "| paraphrase groups:", len(groups))
print("reports covered:", len(covered & reports), "/", len(reports))
if errors:
    print("FAIL", len(errors)); [print("  -", e) for e in errors]; sys.exit(1)
print("OK")
