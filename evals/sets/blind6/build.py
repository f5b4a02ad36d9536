# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl for blind set b6 from questions.py + gold cells.

Every expected number is read from the gold files in /work/blind/gold/ (no number is typed here).
Run:  python3 build.py
"""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIR = "/work/blind/gold"
_gold = {}


def gold(report):
    if report not in _gold:
        with open(os.path.join(GOLD_DIR, report + ".json"), encoding="utf-8") as f:
            _gold[report] = json.load(f)
    return _gold[report]


def year_of(report):
    return None if report is None else gold(report)["year"]


def cell_value(report, table, row, col):
    v = gold(report)["cells"][table][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("cell %s %s %s %s is not a plain number: %r" % (report, table, row, col, v))
    return v


def num(x):
    """int if integral, else float (keeps printed decimals)."""
    if isinstance(x, Decimal):
        if x == x.to_integral_value():
            return int(x)
        return float(x)
    return x


def ev(e):
    """Return (value, text)."""
    op = e[0]
    if op == "cell":
        _, r, t, row, col = e
        v = cell_value(r, t, row, col)
        return v, "%s[%s.%s]=%s" % (r, row, col, v) if t != "T4" else "%s[T4.%s]=%s" % (r, col, v)
    if op == "+":
        parts = [ev(x) for x in e[1:]]
        val = sum(Decimal(str(p[0])) for p in parts)
        return num(val), "(" + " + ".join(p[1] for p in parts) + ")"
    if op == "-":
        a, b = ev(e[1]), ev(e[2])
        return num(Decimal(str(a[0])) - Decimal(str(b[0]))), "(%s - %s)" % (a[1], b[1])
    if op == "pct":
        a, b = ev(e[1]), ev(e[2])
        d = e[3]
        q = Decimal(1).scaleb(-d)
        val = (Decimal(str(a[0])) * 100 / Decimal(str(b[0]))).quantize(q, rounding=ROUND_HALF_UP)
        return float(val) if d > 0 else int(val), "100 × %s / %s" % (a[1], b[1])
    if op == "rank":
        pairs, k = e[1], e[2]
        vals = [(label, ev(x)) for label, x in pairs]
        ordered = sorted(vals, key=lambda p: -p[1][0])
        kth = ordered[k - 1]
        # no ties around the k-th place
        others = [p for p in ordered if p is not kth]
        if any(p[1][0] == kth[1][0] for p in others):
            raise ValueError("tie at rank %d: %r" % (k, vals))
        txt = "rank %d of {%s}" % (k, ", ".join("%s: %s" % (l, v[0]) for l, v in vals))
        return kth[0], txt, kth[1][0]
    raise ValueError(op)


def derived_expected(expr, unit):
    r = ev(expr)
    exp = {"value": r[0], "unit": unit}
    if expr[0] == "rank":
        exp["formula"] = r[1] + " -> " + str(r[0])
        exp["count"] = r[2]
    else:
        exp["formula"] = r[1] + " = " + str(r[0])
    if expr[0] == "pct":
        exp["decimals"] = expr[3]
    return exp


def cell_expected(ref):
    _, r, t, row, col = ref
    return {"table": t, "row": row, "column": col, "value": cell_value(r, t, row, col)}


def turn_expected(turn):
    k = turn["kind"]
    if k == "cell":
        exp = cell_expected(turn["ref"])
        exp.update(report=turn["report"], year=year_of(turn["report"]))
    elif k == "derived":
        exp = derived_expected(turn["expr"], turn["unit"])
        exp.update(report=turn["report"], year=year_of(turn["report"]))
    elif k == "unanswerable":
        exp = {"status": "not_found", "reason": turn["reason"], "report": turn["report"], "year": turn["year"]}
    else:
        raise ValueError(k)
    return exp


def build_items():
    out = []
    for it in Q.ITEMS:
        k = it["kind"]
        line = {"id": it["id"], "kind": k, "question": it["question"], "report": it["report"]}
        if k == "cell":
            line["year"] = year_of(it["report"])
            line["expected"] = cell_expected(it["ref"])
        elif k == "derived":
            line["year"] = year_of(it["report"])
            line["expected"] = derived_expected(it["expr"], it["unit"])
        elif k == "narrative":
            line["year"] = year_of(it["report"])
            line["expected"] = {"substring": it["substring"]}
        elif k == "unanswerable":
            line["year"] = it["year"]
            line["expected"] = {"status": "not_found", "reason": it["reason"]}
        elif k == "ambiguous":
            line["year"] = it["year"]
            line["expected"] = {"status": "ambiguous"}
        line["class"] = it["cls"]
        if it.get("note"):
            line["note"] = it["note"]
        out.append(line)
    for fu in Q.FOLLOWUPS:
        line = {"id": fu["id"], "kind": "followup", "class": fu["cls"],
                "turns": [{"question": t["question"], "kind": t["kind"], "expected": turn_expected(t)}
                          for t in fu["turns"]]}
        if fu.get("note"):
            line["note"] = fu["note"]
        out.append(line)
    return out


def build_para():
    out = []
    for g in Q.PARA:
        ref = g["ref"]
        report = ref[1] if ref[0] == "cell" else None
        if ref[0] == "cell":
            kind, exp = "cell", cell_expected(ref)
        else:
            kind, exp = "derived", derived_expected(ref, g["unit"])
            # report = the report of the first cell in the expression
            e = ref
            while e[0] != "cell":
                e = e[1]
            report = e[1]
        for n, (q, cls) in enumerate(g["variants"], 1):
            out.append({"id": "%s-%d" % (g["group"], n), "kind": kind, "question": q, "report": report,
                        "year": year_of(report), "expected": exp, "class": cls, "group": g["group"]})
    return out


def main():
    items = build_items()
    para = build_para()
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for line in items:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for line in para:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl:", len(items), dict(Counter(i["kind"] for i in items)))
    print("paraphrase.jsonl:", len(para), "lines,", len(Q.PARA), "groups")


if __name__ == "__main__":
    main()
