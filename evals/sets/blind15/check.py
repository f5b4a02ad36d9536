# -*- coding: utf-8 -*-
"""Independent checker: recomputes every expected value from the gold JSON and checks narrative substrings.
Text used for substring checks: corpus .txt/.md files as is; for hongze-district_2023.pdf the `pdftotext -layout`
output (text/…pdftotext-layout.txt, compared against the rendered pages); for shuyang-fgj_2023.html the tag-stripped
text (text/…html-text.txt: scripts/styles dropped, tags removed, entities decoded, one block per line)."""
import json, os, sys, math
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
GOLD = "/work/blind/gold"
ALT = {"hongze-district_2023": os.path.join(HERE, "text", "hongze-district_2023.pdftotext-layout.txt"),
       "shuyang-fgj_2023": os.path.join(HERE, "text", "shuyang-fgj_2023.html-text.txt")}
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))
def G(rep):
    return json.load(open(os.path.join(GOLD, rep + ".json"), encoding="utf-8"))
def look(rep, t, row, col):
    v = G(rep)["cells"][t][row][col]
    if type(v) not in (int, float): raise ValueError("unusable cell %s %s %s %s %r" % (rep, t, row, col, v))
    return v
def calc(e):
    k = e[0]
    if k == "cell": return look(*e[1:])
    if k == "sum": return sum(calc(x) for x in e[1])
    if k == "sub": return calc(e[1]) - calc(e[2])
    if k == "pct": return calc(e[1]) * 100.0 / calc(e[2])
    if k == "ratio": return calc(e[1]) / calc(e[2])
    if k == "argmax":
        d = {int(a): calc(b) for a, b in e[1].items()}
        m = max(d.values()); ks = [a for a in d if d[a] == m]
        if len(ks) != 1: raise ValueError("tie")
        return ks[0]
    raise ValueError(k)
def lines(rep):
    if rep in ALT: p = ALT[rep]
    else:
        p = [os.path.join(CORPUS, f) for f in os.listdir(CORPUS) if os.path.splitext(f)[0] == rep][0]
    return open(p, encoding="utf-8").read().split("\n")
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
STEMS = {os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f not in ("template.json", "SOURCES.md")}
def check_exp(iid, kind, rep, yr, ex, ref):
    if rep is not None and rep not in STEMS: err(iid, "unknown report", rep)
    if rep is not None and yr != G(rep)["year"]: err(iid, "year mismatch", yr)
    if kind == "cell":
        v = look(rep, ex["table"], ex["row"], ex["column"])
        if v != ex["value"]: err(iid, "cell", v, ex["value"])
        if ref is not None and (ref[1] != rep or ref[2:] != [ex["table"], ex["row"], ex["column"]]): err(iid, "ref/expected mismatch")
    elif kind == "derived":
        v = calc(ref)
        d = ex.get("decimals")
        if d is not None: v = round(v, d)
        if not math.isclose(float(v), float(ex["value"]), abs_tol=0.006): err(iid, "derived", v, ex["value"])
        if not ex.get("unit") or not ex.get("formula"): err(iid, "missing unit/formula")
    elif kind == "unanswerable":
        if ex.get("status") != "not_found" or ex.get("reason") not in REASONS: err(iid, "bad unanswerable", ex)
    elif kind == "ambiguous":
        if ex != {"status": "ambiguous"}: err(iid, "bad ambiguous")
    elif kind == "narrative":
        s = ex["substring"]
        if not (6 <= len(s) <= 30): err(iid, "substring length", len(s), s)
        if not any(s in l for l in lines(rep)): err(iid, "substring not on one line", rep, s)
    else: err(iid, "kind", kind)
ids = set()
from collections import Counter
kinds = Counter()
for fn in ("set.jsonl", "paraphrase.jsonl"):
    groups = {}
    for ln in open(os.path.join(HERE, fn), encoding="utf-8"):
        it = json.loads(ln)
        iid = it["id"]
        if not iid.startswith("b15-") or iid in ids: err(iid, "bad/dup id")
        ids.add(iid)
        if not it.get("class"): err(iid, "no class")
        if fn == "set.jsonl": kinds[it["kind"]] += 1
        if it["kind"] == "followup":
            if not 2 <= len(it["turns"]) <= 3: err(iid, "turn count")
            for t in it["turns"]:
                ex = dict(t["expected"]); rep = ex.pop("report"); yr = ex.pop("year")
                k = "cell" if "row" in ex else "derived" if "formula" in ex else "unanswerable"
                check_exp(iid, k, rep, yr, ex, t.get("ref"))
            continue
        check_exp(iid, it["kind"], it["report"], it["year"], it["expected"], it.get("ref"))
        if fn == "paraphrase.jsonl":
            if it["kind"] not in ("cell", "derived"): err(iid, "paraphrase kind")
            groups.setdefault(it["group"], []).append(it)
    if fn == "paraphrase.jsonl":
        if len(groups) < 16: err("fewer than 16 groups")
        for g, its in groups.items():
            if len(its) != 5: err(g, "group size", len(its))
            if len({json.dumps(i["expected"]["value"]) for i in its}) != 1: err(g, "values differ")
            if len({i["question"] for i in its}) != 5: err(g, "duplicate question")
n = sum(kinds.values())
if n < 200: err("fewer than 200 items", n)
covered = set()
for ln in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8"):
    it = json.loads(ln)
    if it.get("report"): covered.add(it["report"])
    for t in it.get("turns", []):
        if t["expected"].get("report"): covered.add(t["expected"]["report"])
    def walk(e):
        if isinstance(e, list) and e and e[0] == "cell": covered.add(e[1])
        elif isinstance(e, list): [walk(x) for x in e]
        elif isinstance(e, dict): [walk(x) for x in e.values()]
    walk(it.get("ref"))
missing = STEMS - covered
if missing: err("reports not covered:", sorted(missing))
print("items", n, dict(kinds))
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("OK")
