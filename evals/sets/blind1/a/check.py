# -*- coding: utf-8 -*-
"""Independent checker for set1-a. Re-reads the gold cells and questions.py references, recomputes every
expected value with its own evaluator (does not import build.py), checks narrative substrings against the
report text, checks gold identities, counts. Exits 1 on any mismatch."""
import json, pathlib, re, sys, html as H
from fractions import Fraction
from collections import Counter, defaultdict
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import questions as Q

CORPUS = pathlib.Path("/work/shared/corpus")
ERR = []
def err(msg): ERR.append(msg)

def gold(stem, _c={}):
    if stem not in _c:
        for d in (HERE / "gold", pathlib.Path("/work/blind/gold")):
            p = d / f"{stem}.json"
            if p.exists():
                _c[stem] = json.load(open(p, encoding="utf-8")); break
        else:
            raise SystemExit(f"missing gold {stem}")
    return _c[stem]

MINE = ["shuyang-fgj_2023", "hongze-district_2023"]
REPORTS = [Q.HK, Q.HA, Q.SYC, Q.SH19, Q.SH25, Q.KW, Q.FGJ, Q.HZ]

# ---------- 1. gold identities ----------
APP = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]
KNOWN = {  # identity failures that are in the printed source (see gold notes)
    ("hongze-district_2023", "T4 review"), ("hongze-district_2023", "T4 litigation_after_review"),
    ("shanghai-municipal-office_2019", "T3 results_total col total"),
    ("shanghai-stcsm_2024", "T3 balance col total"),
}
def z(v): return 0 if v is None else v
for stem in REPORTS:
    g = gold(stem); T3 = g["cells"]["T3"]; T4 = g["cells"]["T4"]["cases"]
    bad = set()
    for r, cols in T3.items():
        if cols.get("total") is not None and sum(z(cols[c]) for c in APP) != cols["total"]:
            bad.add(f"T3 row {r}")
    res_rows = [r for r in T3 if r not in ("new_received", "carried_over_from_last_year", "results_total", "carried_to_next_year")]
    for c in APP + ["total"]:
        if z(T3["new_received"][c]) + z(T3["carried_over_from_last_year"][c]) != z(T3["results_total"][c]) + z(T3["carried_to_next_year"][c]):
            bad.add(f"T3 balance col {c}")
        if sum(z(T3[r][c]) for r in res_rows) != z(T3["results_total"][c]):
            bad.add(f"T3 results_total col {c}")
    for b in ("review", "litigation_direct", "litigation_after_review"):
        if sum(z(T4[f"{b}.{k}"]) for k in ("maintained", "corrected", "other_result", "pending")) != z(T4[f"{b}.total"]):
            bad.add(f"T4 {b}")
    for x in bad:
        if (stem, x) not in KNOWN: err(f"gold identity fails: {stem} {x}")
    for x in KNOWN:
        if x[0] == stem and x[1] not in bad: err(f"expected known failure not seen: {x}")

# ---------- 2. recompute ----------
def getcell(ref, stem):
    if ":" in ref: stem, ref = ref.split(":", 1)
    t, r, c = ref.split(".", 2)
    v = gold(stem)["cells"][t][r][c]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        err(f"ref to non-number cell {stem} {ref}: {v!r}"); return Fraction(0)
    return Fraction(str(v))
def calc(e, stem):
    if isinstance(e, str): return getcell(e, stem)
    op, *a = e; v = [calc(x, stem) for x in a]
    return {"sum": lambda: sum(v, Fraction(0)), "sub": lambda: v[0] - v[1],
            "pct": lambda: v[0] / v[1] * 100, "max": lambda: max(v)}[op]()
def rnd(f, d):
    q = Fraction(1, 10 ** d); n = f / q
    n = int(n + Fraction(1, 2)) if n >= 0 else -int(-n + Fraction(1, 2))
    return n * q
def close(a, b): return abs(Fraction(str(a)) - b) < Fraction(1, 10 ** 9)

def text_lines(stem):
    if stem in MINE:
        return (HERE / "gold" / f"{stem}.read.txt").read_text(encoding="utf-8").split("\n")
    f = next(CORPUS.glob(stem + ".*"))
    return f.read_text(encoding="utf-8").split("\n")
def raw_html_text():
    s = (CORPUS / "shuyang-fgj_2023.html").read_text(encoding="utf-8")
    s = re.sub(r"<[^>]+>", "", re.sub(r"\s*\n\s*", "", s)); return H.unescape(s)

def check_expected(q, exp, where):
    k = q["kind"]; stem = q.get("report")
    if exp.get("kind", k) != k: err(f"{where}: kind mismatch")
    if k in ("cell", "derived", "narrative"):
        if stem not in REPORTS: err(f"{where}: report {stem} not one of mine")
    if k == "cell":
        t, r, c = q["ref"].split(".", 2)
        if (exp["table"], exp["row"], exp["column"]) != (t, r, c): err(f"{where}: cell address")
        if not close(exp["value"], getcell(q["ref"], stem)): err(f"{where}: value {exp['value']}")
    elif k == "derived":
        v = calc(q["expr"], stem)
        d = q.get("decimals")
        want = rnd(v, d) if d is not None else (v if v.denominator == 1 else rnd(v, 2))
        if not close(exp["value"], want): err(f"{where}: derived {exp['value']} != {float(want)}")
        if exp.get("decimals") != d: err(f"{where}: decimals")
        if exp.get("unit") != q["unit"]: err(f"{where}: unit")
        if k == "derived" and "formula" not in exp: err(f"{where}: no formula")
    elif k == "narrative":
        s = q["substring"]
        if exp["substring"] != s: err(f"{where}: substring differs")
        if not 6 <= len(s) <= 30: err(f"{where}: substring length {len(s)}")
        if not any(s in l for l in text_lines(stem)): err(f"{where}: substring not on one line: {s}")
        if stem == "shuyang-fgj_2023" and s not in raw_html_text(): err(f"{where}: substring not in raw html text")
    elif k == "unanswerable":
        if exp != {"status": "not_found", "reason": q["reason"]} and {kk: exp[kk] for kk in ("status", "reason")} != {"status": "not_found", "reason": q["reason"]}:
            err(f"{where}: unanswerable expected")
        if q["reason"] in ("body_not_indexed", "year_not_indexed") and stem is not None: err(f"{where}: report should be null")
        if q["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"): err(f"{where}: reason")
    elif k == "ambiguous":
        if exp.get("status") != "ambiguous": err(f"{where}: ambiguous")

setl = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]
para = [json.loads(l) for l in open(HERE / "paraphrase.jsonl", encoding="utf-8")]
if len(setl) != len(Q.ITEMS): err("set.jsonl length differs from questions")
ids = [o["id"] for o in setl] + [o["id"] for o in para]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("a-") for i in ids): err("id prefix")

per_report = Counter()
for n, (q, o) in enumerate(zip(Q.ITEMS, setl), 1):
    w = o["id"]
    if w != f"a-{n:03d}": err(f"{w}: order")
    if o["kind"] != q["kind"] or "class" not in o: err(f"{w}: kind/class")
    if q["kind"] == "followup":
        if not 2 <= len(o["turns"]) <= 3: err(f"{w}: turns")
        for i, (tq, to) in enumerate(zip(q["turns"], o["turns"])):
            if to["question"] != tq["question"]: err(f"{w}.{i}: question")
            e = to["expected"]
            if e.get("report") != tq.get("report"): err(f"{w}.{i}: report")
            yr = gold(tq["report"])["year"] if tq.get("report") else tq.get("year")
            if e.get("year") != yr: err(f"{w}.{i}: year")
            check_expected(tq, e, f"{w}.{i}")
        per_report[q["turns"][0].get("report")] += 1
        continue
    if o["question"] != q["question"] or o["report"] != q.get("report"): err(f"{w}: question/report")
    yr = gold(q["report"])["year"] if q.get("report") else q.get("year")
    if o["year"] != yr: err(f"{w}: year")
    check_expected(q, o["expected"], w)
    per_report[q.get("report")] += 1

groups = defaultdict(list)
for q, o in zip(Q.PARA, para):
    if o["group"] != q["group"] or o["question"] != q["question"]: err(f"{o['id']}: paraphrase mismatch")
    check_expected(q, o["expected"], o["id"])
    groups[o["group"]].append(o)
if len(para) != len(Q.PARA): err("paraphrase length")
if len(groups) != 17 or any(len(v) != 5 for v in groups.values()): err("paraphrase groups not 17x5")
for gname, v in groups.items():
    if len({json.dumps(o["expected"].get("value")) for o in v}) != 1: err(f"{gname}: values differ")
    if len({o["question"] for o in v}) != 5: err(f"{gname}: duplicate paraphrases")

if len(setl) < 150: err("fewer than 150 items")
for r in REPORTS:
    if per_report[r] < 12: err(f"{r}: only {per_report[r]} items")

kinds = Counter(o["kind"] for o in setl)
print("items", len(setl), dict(kinds))
print("per report (first turn for follow-ups):", dict(per_report))
print("paraphrase", len(para), "groups", len(groups))
if ERR:
    print("\n".join("FAIL " + e for e in ERR)); sys.exit(1)
print("OK: all values recomputed, substrings found, identities as expected")
