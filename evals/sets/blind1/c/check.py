#!/usr/bin/env python3
"""Independent checker for the c- set. Recomputes every expected value from gold/*.json using the references in
questions.py (own arithmetic, not build.py's), checks every narrative substring against the report text in
/work/shared/corpus (all files here are .txt; a substring must lie on one physical line), checks the gold's own
arithmetic/chain identities, and the set's shape. Exits 1 on any mismatch."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions as Q

errors = []
def err(m): errors.append(m)

gold = {f[:-5]: json.load(open(os.path.join(HERE, "gold", f), encoding="utf-8"))
        for f in sorted(os.listdir(os.path.join(HERE, "gold"))) if f.endswith(".json")}
REPORTS = ["pingtan_2011", "pingtan_2012", "pingtan_2013", "pingtan_2014", "pingtan_2016", "pingtan_2018",
           "pingtan-county_2011", "pingtan-county_2012", "pingtan-county_2013"]
FORBIDDEN = {("pingtan_2013", "proactive_gazette", "this_year"), ("pingtan_2013", "proactive_gazette", "cumulative")}
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}

# ---------- gold sanity ----------
for r in REPORTS:
    if r not in gold: err(f"missing gold {r}"); continue
    g = gold[r]
    if g["file"] != r + ".txt" or g["format"] != "pre_2019": err(f"gold header {r}")
    if not os.path.exists(os.path.join(CORPUS, r + ".txt")): err(f"no corpus file {r}")
    st = g["cells"]["stats"]
    if set(st) != set(g["labels"]): err(f"labels/rows mismatch {r}")
    for row, cols in st.items():
        if set(cols) != {"this_year", "cumulative"}: err(f"columns {r} {row}")
        a, b = cols["this_year"], cols["cumulative"]
        if isinstance(a, int) and isinstance(b, int) and b < a: err(f"cumulative < year {r} {row}")
    def V(row, col="this_year"): return st[row][col]
    for col in ("this_year", "cumulative"):
        req_parts = [k for k in st if k.startswith("req_")]
        rep_parts = [k for k in st if k.startswith("reply_")]
        vals = [V(k, col) for k in req_parts]
        if all(isinstance(x, int) for x in vals) and sum(vals) != V("requests_total", col):
            err(f"requests breakdown {r} {col}")
        vals = [V(k, col) for k in rep_parts]
        if all(isinstance(x, int) for x in vals) and sum(vals) != V("replies_total", col):
            err(f"replies breakdown {r} {col}")
# website + gazette == total where the print adds up (documented exceptions: county 2012/2013)
for r in ["pingtan_2011", "pingtan-county_2011", "pingtan_2012", "pingtan_2014", "pingtan_2016", "pingtan_2018"]:
    st = gold[r]["cells"]["stats"]
    for col in ("this_year", "cumulative"):
        if st["proactive_website"][col] + st["proactive_gazette"][col] != st["proactive_total"][col]:
            err(f"website+gazette != total {r} {col}")
# 历年累计 chains that the print satisfies
def chain(prev, cur, rows):
    for row in rows:
        p, c = gold[prev]["cells"]["stats"][row]["cumulative"], gold[cur]["cells"]["stats"][row]
        if p + c["this_year"] != c["cumulative"]: err(f"chain {prev}->{cur} {row}: {p}+{c['this_year']}!={c['cumulative']}")
common = [k for k in gold["pingtan-county_2011"]["cells"]["stats"]]
chain("pingtan-county_2011", "pingtan-county_2012", common)
chain("pingtan-county_2012", "pingtan-county_2013", [k for k in common if k != "proactive_gazette"] + ["proactive_gazette"])
chain("pingtan_2013", "pingtan_2014", ["proactive_total", "proactive_website", "requests_total", "replies_total", "reply_full"])
if gold["pingtan_2011"]["cells"] != gold["pingtan-county_2011"]["cells"]: err("2011 tables of both bodies should be identical")

# ---------- independent recomputation ----------
def cellv(rep, row, col):
    if (rep, row, col) in FORBIDDEN: err(f"asks forbidden cell {rep} {row} {col}"); return None
    try: v = gold[rep]["cells"]["stats"][row][col]
    except KeyError: err(f"no such gold cell {rep} {row} {col}"); return None
    if type(v) is not int and type(v) is not float: err(f"non-numeric cell asked {rep} {row} {col}: {v!r}"); return None
    return v

def recompute(rep, ref):
    if "op" not in ref:
        return cellv(rep, ref["row"], ref["column"]), None
    vs = [(c, cellv(r, row, col)) for c, r, row, col in ref.get("terms", [])]
    if ref["op"] == "lin":
        return sum(c * v for c, v in vs), [v for _, v in vs]
    if ref["op"] == "max":
        return max(v for _, v in vs), [v for _, v in vs]
    if ref["op"] == "pct":
        n = [cellv(r, row, col) for c, r, row, col in ref["num"]]
        d = [cellv(r, row, col) for c, r, row, col in ref["den"]]
        x = sum(n) * 100 / sum(d)
        q = 10 ** ref["decimals"]
        return int(x * q + 0.5) / q, n + d
    err(f"unknown op {ref}"); return None, None

def numbers_in(formula):
    return [float(x) for x in re.findall(r"(?<![\d.年])(\d+(?:\.\d+)?)(?![\d年])", formula)]

def check_expected(where, rep, ref, exp):
    want, parts = recompute(rep, ref)
    if "op" not in ref:
        if exp.get("table") != "stats" or exp.get("row") != ref["row"] or exp.get("column") != ref["column"]:
            err(f"{where}: cell address mismatch")
    if exp.get("value") != want: err(f"{where}: value {exp.get('value')} != recomputed {want}")
    if parts is not None:
        nums = numbers_in(exp.get("formula", ""))
        for p in parts:
            if float(p) not in nums: err(f"{where}: formula lacks operand {p}")
        if float(want) not in nums: err(f"{where}: formula lacks result {want}")

LINES = {r: open(os.path.join(CORPUS, r + ".txt"), encoding="utf-8").read().split("\n") for r in REPORTS}

def year_of(rep): return gold[rep]["year"] if rep else None

rows = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
if len(rows) != len(Q.ITEMS): err("set.jsonl length differs from questions.py")
ids = Counter()
for row, it in zip(rows, Q.ITEMS):
    iid = row["id"]; ids[iid] += 1
    if not iid.startswith("c-"): err(f"bad id {iid}")
    if row["kind"] != it["kind"]: err(f"{iid}: kind")
    if not row.get("class"): err(f"{iid}: no class")
    k = row["kind"]
    if k == "followup":
        if not 2 <= len(row["turns"]) <= 3: err(f"{iid}: turns")
        for j, (t, ti) in enumerate(zip(row["turns"], it["turns"])):
            e = t["expected"]
            if e.get("report") != ti["report"]: err(f"{iid}.{j}: report")
            if "unanswerable" in ti:
                if e.get("status") != "not_found" or e.get("reason") != ti["unanswerable"] or e["reason"] not in REASONS:
                    err(f"{iid}.{j}: unanswerable turn")
                if e.get("year") != ti.get("year"): err(f"{iid}.{j}: year")
            else:
                if e.get("year") != year_of(ti["report"]): err(f"{iid}.{j}: year")
                check_expected(f"{iid}.{j}", ti["report"], ti["ref"], e)
        continue
    if row.get("question") != it["question"] or not row["question"]: err(f"{iid}: question text")
    if row.get("report") != it["report"]: err(f"{iid}: report")
    e = row["expected"]
    if k in ("cell", "derived"):
        if row["year"] != year_of(it["report"]): err(f"{iid}: year")
        check_expected(iid, it["report"], it["ref"], e)
        if k == "derived" and not e.get("unit"): err(f"{iid}: unit")
    elif k == "narrative":
        s = e["substring"]
        if not 6 <= len(s) <= 30: err(f"{iid}: substring length {len(s)}")
        if not any(s in line for line in LINES[it["report"]]): err(f"{iid}: substring not on one line of {it['report']}: {s}")
    elif k == "unanswerable":
        if e != {"status": "not_found", "reason": it["reason"]} or it["reason"] not in REASONS: err(f"{iid}: unanswerable")
        if it["reason"] in ("body_not_indexed", "year_not_indexed") and row["report"] is not None: err(f"{iid}: report should be null")
        if it["reason"] == "year_not_indexed" and any(gold[r]["year"] == row["year"] for r in REPORTS): err(f"{iid}: year is indexed")
    elif k == "ambiguous":
        if e != {"status": "ambiguous"} or row["report"] is not None: err(f"{iid}: ambiguous")
    else:
        err(f"{iid}: unknown kind {k}")
for i, n in ids.items():
    if n > 1: err(f"duplicate id {i}")

# ---------- shape ----------
if len(rows) < 110: err("fewer than 110 items")
per = Counter(r["report"] for r in rows if r["kind"] != "followup")
for r in REPORTS:
    if per[r] < 10: err(f"report {r} has {per[r]} items (<10)")
kinds = Counter(r["kind"] for r in rows)
if kinds["ambiguous"] > 0.05 * len(rows): err("too many ambiguous")

para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
groups = {}
for p in para:
    groups.setdefault(p["group"], []).append(p)
    if ids[p["id"]]: err(f"paraphrase id clashes {p['id']}")
    if p["kind"] not in ("cell", "derived"): err(f"{p['id']}: kind")
if len(groups) != 16 or any(len(v) != 5 for v in groups.values()): err("need 16 groups x 5")
for gi in Q.PARA:
    ps = groups.get(gi["group"], [])
    for p in ps:
        if p["report"] != gi["report"] or p["year"] != year_of(gi["report"]): err(f"{p['id']}: report/year")
        check_expected(p["id"], gi["report"], gi["ref"], p["expected"])
    if len({json.dumps(p["expected"], sort_keys=True) for p in ps}) != 1: err(f"{gi['group']}: differing expected")
    if len({p["question"] for p in ps}) != 5: err(f"{gi['group']}: duplicate questions")

# no typed expected numbers in questions.py
src = open(os.path.join(HERE, "questions.py"), encoding="utf-8").read()
if re.search(r"[\"']value[\"']\s*:", src): err("questions.py contains a typed value")

print("set.jsonl:", len(rows), dict(kinds))
print("per report (non-followup):", dict(per))
print("paraphrase.jsonl:", len(para), "in", len(groups), "groups")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all values recomputed from gold, all substrings found")
