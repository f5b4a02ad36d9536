# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl for blind set set2-a from the gold cells.

Every expected number is looked up in /work/blind/gold/<report>.json (or ./gold/ if present);
nothing numeric is typed here or in questions.py.
"""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
PREFIX = "x-"
_gold = {}


def gold(rep):
    if rep not in _gold:
        for d in GOLD_DIRS:
            p = os.path.join(d, rep + ".json")
            if os.path.exists(p):
                _gold[rep] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit("no gold for " + rep)
    return _gold[rep]


def cell(ref):
    rep, table, row, col = ref
    v = gold(rep)["cells"][table][row][col]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise SystemExit("cell not a number: %r = %r" % (ref, v))
    return v


def num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def fmt(v):
    return str(num(v))


def label(ref):
    rep, table, row, col = ref
    return "%s.%s.%s[%s]" % (rep, table, row, col)


def evaluate(expr, decimals=None):
    """returns (value, formula string)"""
    op = expr[0]
    if op == "sum":
        vals = [cell(r) for r in expr[1]]
        v = sum(vals)
        f = " + ".join("%s(%s)" % (label(r), fmt(x)) for r, x in zip(expr[1], vals)) + " = " + fmt(v)
    elif op == "diff":
        a, b = cell(expr[1]), cell(expr[2])
        v = a - b
        f = "%s(%s) - %s(%s) = %s" % (label(expr[1]), fmt(a), label(expr[2]), fmt(b), fmt(v))
    elif op == "share":
        a, b = cell(expr[1]), cell(expr[2])
        raw = Decimal(str(a)) * 100 / Decimal(str(b))
        v = float(raw.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))
        f = "100 * %s(%s) / %s(%s) = %s%% (rounded to %d decimals)" % (
            label(expr[1]), fmt(a), label(expr[2]), fmt(b), v, decimals)
    elif op == "max":
        vals = [cell(r) for r in expr[1]]
        v = max(vals)
        win = [r for r, x in zip(expr[1], vals) if x == v]
        f = "max(" + ", ".join("%s=%s" % (r[3], fmt(x)) for r, x in zip(expr[1], vals)) + ") = %s (%s)" % (
            fmt(v), "/".join(r[3] for r in win))
    else:
        raise SystemExit("bad op " + op)
    return num(v), f


def cell_expected(ref):
    rep, table, row, col = ref
    return {"table": table, "row": row, "column": col, "value": num(cell(ref))}


def derived_expected(expr, unit, decimals):
    v, f = evaluate(expr, decimals)
    e = {"value": v, "formula": f, "unit": unit}
    if decimals is not None:
        e["decimals"] = decimals
    return e


def refs_of(expr):
    if expr[0] in ("sum", "max"):
        return list(expr[1])
    return [expr[1], expr[2]]


def main_report(expr):
    return refs_of(expr)[0][0]


def build():
    items = []
    n = [0]

    def nid():
        n[0] += 1
        return "%s%03d" % (PREFIX, n[0])

    for rep, cls, q, ref in Q.CELL:
        assert ref[0] == rep
        items.append({"id": nid(), "kind": "cell", "class": cls, "question": q, "report": rep,
                      "year": Q.YEAR[rep], "expected": cell_expected(ref)})
    for rep, cls, q, expr, unit, dec, note in Q.DERIVED:
        it = {"id": nid(), "kind": "derived", "class": cls, "question": q, "report": rep,
              "year": Q.YEAR[rep], "expected": derived_expected(expr, unit, dec)}
        reps = sorted({r[0] for r in refs_of(expr)})
        if len(reps) > 1:
            it["note"] = "cross-report: " + ", ".join(reps)
        if note:
            it["note"] = (it.get("note", "") + "; " if it.get("note") else "") + note
        items.append(it)
    for rep, cls, q, sub in Q.NARR:
        items.append({"id": nid(), "kind": "narrative", "class": cls, "question": q, "report": rep,
                      "year": Q.YEAR[rep], "expected": {"substring": sub}})
    for cls, q, reason, rep, year in Q.UNANS:
        items.append({"id": nid(), "kind": "unanswerable", "class": cls, "question": q, "report": rep,
                      "year": year, "expected": {"status": "not_found", "reason": reason}})
    for cls, q, note in Q.AMBIG:
        items.append({"id": nid(), "kind": "ambiguous", "class": cls, "question": q, "report": None,
                      "year": None, "expected": {"status": "ambiguous"}, "note": note})
    for cls, turns in Q.FOLLOW:
        out = []
        for q, spec in turns:
            if spec[0] == "cell":
                e = cell_expected(spec[1])
                rep = spec[1][0]
                e.update({"report": rep, "year": Q.YEAR[rep]})
                out.append({"question": q, "kind": "cell", "expected": e})
            elif spec[0] == "derived":
                e = derived_expected(spec[1], spec[2], spec[3])
                rep = main_report(spec[1])
                e.update({"report": rep, "year": Q.YEAR[rep]})
                out.append({"question": q, "kind": "derived", "expected": e})
            elif spec[0] == "unans":
                out.append({"question": q, "kind": "unanswerable",
                            "expected": {"status": "not_found", "reason": spec[1], "report": spec[2],
                                         "year": spec[3]}})
        items.append({"id": nid(), "kind": "followup", "class": cls, "turns": out})

    para = []
    for gi, (group, spec, kind, unit, dec, qs) in enumerate(Q.PARA, 1):
        assert len(qs) == 5, group
        for k, q in enumerate(qs, 1):
            if kind == "cell":
                rep = spec[0]
                e = cell_expected(spec)
            else:
                rep = main_report(spec)
                e = derived_expected(spec, unit, dec)
            para.append({"id": "%sp%02d-%d" % (PREFIX, gi, k), "kind": kind, "class": "paraphrase",
                         "group": "%s%s" % (PREFIX, group), "question": q, "report": rep,
                         "year": Q.YEAR[rep], "expected": e})
    return items, para


if __name__ == "__main__":
    items, para = build()
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for it in para:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl", len(items), dict(Counter(i["kind"] for i in items)))
    print("paraphrase.jsonl", len(para), "groups", len({p["group"] for p in para}))
