# -*- coding: utf-8 -*-
"""Independent checker for blind set b-.

Recomputes every expected value of set.jsonl / paraphrase.jsonl straight from the gold JSON files
(/work/blind/gold/pingtan_<year>.json) using the references in questions.py, with its own arithmetic
(it does not import build.py), and checks every narrative substring occurs verbatim on one line of the
report text (/work/shared/corpus/pingtan_<year>.txt — plain UTF-8 text files, each one physical line).
Exits non-zero on any mismatch.
"""
import json
import math
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

REPORTS = [f"pingtan_{y}" for y in range(2019, 2026)]
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
errors = []


def err(msg):
    errors.append(msg)


G = {}
for y in range(2019, 2026):
    with open(os.path.join(GOLD, f"pingtan_{y}.json"), encoding="utf-8") as f:
        G[y] = json.load(f)

TEXT = {}
for stem in REPORTS:
    with open(os.path.join(CORPUS, stem + ".txt"), encoding="utf-8") as f:
        TEXT[stem] = f.read().split("\n")


def gv(year, table, row, col):
    """Gold value; must be a resolved number."""
    try:
        v = G[year]["cells"][table][row][col]
    except KeyError:
        err(f"gold has no cell {year} {table} {row} {col}")
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err(f"cell {year} {table} {row} {col} is not a resolved number: {v!r}")
        return None
    return v


def val_ref(r):
    assert r[0] == "C"
    return gv(r[1], r[2], r[3], r[4])


def same(a, b):
    if a is None or b is None:
        return False
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    return math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-9)


def recompute(q):
    """Independent recomputation of a derived reference."""
    op = q["op"]
    if op == "sum":
        vals = [(s, val_ref(r)) for s, r in q["terms"]]
        if any(v is None for _, v in vals):
            return None
        x = 0.0
        for s, v in vals:
            x = x + s * float(v)
        if "decimals" in q:
            return round(x, q["decimals"])
        if all(isinstance(v, int) for _, v in vals):
            return int(round(x))
        return round(x, 6)
    if op == "share":
        n = [val_ref(r) for r in q["num"]]
        d = [val_ref(r) for r in q["den"]]
        if None in n or None in d:
            return None
        return round(sum(n) * 100.0 / sum(d), q["decimals"])
    if op in ("argmax", "argmin"):
        pairs = [(r[1], val_ref(r)) for r in q["cands"]]
        if any(v is None for _, v in pairs):
            return None
        vs = [v for _, v in pairs]
        target = max(vs) if op == "argmax" else min(vs)
        years = [y for y, v in pairs if v == target]
        if len(years) != 1:
            err(f"ranking tie {pairs}")
        return years[0]
    err(f"unknown op {op}")
    return None


def ref_years(q):
    rs = []
    if "ref" in q:
        rs.append(q["ref"])
    rs += [r for _, r in q.get("terms", [])] + q.get("num", []) + q.get("den", []) + q.get("cands", [])
    return sorted({r[1] for r in rs})


def check_numeric(iid, q, exp, report, year):
    k = q["kind"]
    if k == "cell":
        r = q["ref"]
        want = val_ref(r)
        if (exp.get("table"), exp.get("row"), exp.get("column")) != (r[2], r[3], r[4]):
            err(f"{iid}: cell address {exp} != ref {r}")
        direct = gv(r[1], exp.get("table"), exp.get("row"), exp.get("column"))
        if not same(exp.get("value"), want) or not same(direct, exp.get("value")):
            err(f"{iid}: cell value {exp.get('value')} != gold {want}")
        if report != f"pingtan_{r[1]}" or year != r[1]:
            err(f"{iid}: report/year {report}/{year} != pingtan_{r[1]}")
    elif k == "derived":
        want = recompute(q)
        if not same(exp.get("value"), want):
            err(f"{iid}: derived {exp.get('value')} != recomputed {want}")
        if not exp.get("formula") or not exp.get("unit"):
            err(f"{iid}: derived needs formula and unit")
        if q.get("decimals") is not None and exp.get("decimals") != q["decimals"]:
            err(f"{iid}: decimals mismatch")
        ys = ref_years(q)
        if report != f"pingtan_{ys[-1]}" or year != ys[-1]:
            err(f"{iid}: derived report/year {report}/{year} vs refs {ys}")
    else:
        err(f"{iid}: not numeric kind {k}")


def check_unans(iid, q, exp, report, year):
    if exp.get("status") != "not_found" or exp.get("reason") not in REASONS:
        err(f"{iid}: bad unanswerable expected {exp}")
    if exp.get("reason") != q["reason"]:
        err(f"{iid}: reason mismatch")
    reason = exp.get("reason")
    if reason == "year_not_indexed":
        if report is not None:
            err(f"{iid}: year_not_indexed should have report null")
        if year is not None and any(fn.startswith(f"pingtan_{year}.") for fn in os.listdir(CORPUS)):
            err(f"{iid}: year {year} IS indexed for 平潭")
    if reason == "body_not_indexed" and report is not None:
        err(f"{iid}: body_not_indexed should have report null")
    if reason in ("no_such_figure", "not_in_this_format"):
        if report not in REPORTS:
            err(f"{iid}: {reason} needs one of the set's reports, got {report}")
        elif year != int(report.split("_")[1]):
            err(f"{iid}: year/report mismatch")


def check_line(o, q, where):
    iid = o.get("id", "?")
    for fld in ("id", "kind", "class"):
        if fld not in o:
            err(f"{where} {iid}: missing {fld}")
    if not str(iid).startswith("b-"):
        err(f"{iid}: id prefix")
    if o["kind"] != q["kind"]:
        err(f"{iid}: kind {o['kind']} != questions {q['kind']}")
    k = o["kind"]
    if k == "followup":
        turns = o.get("turns", [])
        if not (2 <= len(turns) <= 3) or len(turns) != len(q["turns"]):
            err(f"{iid}: followup needs 2-3 turns")
        for i, (t, qt) in enumerate(zip(turns, q["turns"])):
            if t.get("question") != qt["q"]:
                err(f"{iid} turn {i}: question text differs")
            e = t.get("expected", {})
            if "report" not in e or "year" not in e:
                err(f"{iid} turn {i}: turn expected needs report and year")
            if qt["kind"] in ("cell", "derived"):
                check_numeric(f"{iid}.{i}", qt, e, e.get("report"), e.get("year"))
            elif qt["kind"] == "unanswerable":
                check_unans(f"{iid}.{i}", qt, e, e.get("report"), e.get("year"))
            else:
                err(f"{iid} turn {i}: bad kind")
        return
    for fld in ("question", "report", "year", "expected"):
        if fld not in o:
            err(f"{iid}: missing {fld}")
    if o.get("question") != q["q"]:
        err(f"{iid}: question text differs from questions.py")
    exp, report, year = o["expected"], o["report"], o["year"]
    if k in ("cell", "derived"):
        check_numeric(iid, q, exp, report, year)
    elif k == "narrative":
        sub = exp.get("substring", "")
        if not (6 <= len(sub) <= 30):
            err(f"{iid}: substring length {len(sub)}")
        if sub != q["sub"]:
            err(f"{iid}: substring differs from questions.py")
        if report not in TEXT or not any(sub in line for line in TEXT[report]):
            err(f"{iid}: substring not found verbatim in {report}: {sub}")
        if year != q["year"] or report != f"pingtan_{q['year']}":
            err(f"{iid}: narrative report/year")
    elif k == "unanswerable":
        check_unans(iid, q, exp, report, year)
    elif k == "ambiguous":
        if exp != {"status": "ambiguous"} or report is not None:
            err(f"{iid}: ambiguous expected/report")
    else:
        err(f"{iid}: unknown kind {k}")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    S = load(os.path.join(HERE, "set.jsonl"))
    P = load(os.path.join(HERE, "paraphrase.jsonl"))
    if len(S) != len(Q.ITEMS):
        err(f"set.jsonl has {len(S)} lines, questions.py {len(Q.ITEMS)}")
    ids = Counter(o["id"] for o in S + P)
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate id {i}")
    for o, q in zip(S, Q.ITEMS):
        check_line(o, q, "set")
    qp = []
    for g in Q.PARAPHRASE:
        for qq, cls in g["qs"]:
            d = dict(g["base"])
            d.update(q=qq, cls=cls, group=g["group"])
            qp.append(d)
    if len(P) != len(qp):
        err("paraphrase count mismatch")
    for o, q in zip(P, qp):
        if o.get("group") != q["group"]:
            err(f"{o['id']}: group")
        if o["kind"] not in ("cell", "derived"):
            err(f"{o['id']}: paraphrase must be cell/derived")
        check_line(o, q, "para")
    groups = defaultdict(list)
    for o in P:
        groups[o["group"]].append(o)
    if len(groups) < 17:
        err(f"only {len(groups)} paraphrase groups")
    for g, lst in groups.items():
        if len(lst) != 5:
            err(f"group {g} has {len(lst)} lines")
        vals = {json.dumps(x["expected"], sort_keys=True) for x in lst}
        if len(vals) != 1:
            err(f"group {g}: expected differs between paraphrases")
        if len({x["question"] for x in lst}) != 5:
            err(f"group {g}: duplicate question text")
    # counts
    if len(S) < 150:
        err(f"only {len(S)} items")
    per = Counter(o["report"] for o in S if o["kind"] != "followup")
    turn_per = Counter(t["expected"]["report"] for o in S if o["kind"] == "followup" for t in o["turns"])
    for r in REPORTS:
        if per[r] < 15:
            err(f"report {r} has only {per[r]} items")
    qs = [o.get("question") for o in S if o["kind"] != "followup"]
    dup = [q for q, n in Counter(qs).items() if n > 1]
    if dup:
        err(f"duplicate questions: {dup}")
    kinds = Counter(o["kind"] for o in S)
    print("set.jsonl items:", len(S), dict(kinds))
    print("  share:", {k: f"{100 * v / len(S):.1f}%" for k, v in kinds.items()})
    print("  per report (top-level items):", {r: per[r] for r in REPORTS}, "report=null:", per[None])
    print("  per report (follow-up turns):", {r: turn_per[r] for r in REPORTS}, "null:", turn_per[None])
    print("  unanswerable reasons:", dict(Counter(o["expected"]["reason"] for o in S if o["kind"] == "unanswerable")))
    print("paraphrase.jsonl:", len(P), "lines,", len(groups), "groups; per report:",
          dict(Counter(o["report"] for o in P)))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all values recomputed from gold and all substrings found verbatim")


if __name__ == "__main__":
    main()
