# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl of blind set b9 from questions.py + gold cells.

Gold: /work/blind/gold/<report>.json (all 24 corpus reports have one; this set adds none).
No expected number is typed by hand: every value is looked up or computed here.
"""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIR = "/work/blind/gold"
TEMPLATE = "/work/shared/corpus/template.json"
PREFIX = "b9-"

_gold = {}


def gold(report):
    if report not in _gold:
        with open(os.path.join(GOLD_DIR, report + ".json"), encoding="utf-8") as f:
            _gold[report] = json.load(f)
    return _gold[report]


with open(TEMPLATE, encoding="utf-8") as f:
    _tpl = json.load(f)
LABEL = {}
for t in _tpl["tables"]:
    for r in t.get("rows", []):
        LABEL[(t["id"], "row", r["key"])] = r["label"]
    for c in t.get("columns", []):
        LABEL[(t["id"], "col", c["key"])] = (c.get("block", "") + c["label"]) if t["id"] == "T4" else c["label"]
    for st in t.get("subtables", []):
        for r in st["rows"]:
            LABEL[(t["id"], "row", r["key"])] = r["label"]
        for c in st["columns"]:
            LABEL.setdefault((t["id"], "col", c["key"]), c["label"])
v19 = _tpl["versions"]["2019_trial"]
for st in v19["T2"]["subtables"]:
    for r in st["rows"]:
        LABEL.setdefault(("T2", "row", r["key"]), r["label"])
    for c in st["columns"]:
        LABEL.setdefault(("T2", "col", c["key"]), c["label"])
LABEL[("T3", "row", "other_processing")] = "（六）其他处理"


def label(report, table, row, col):
    if table == "stats":
        g = gold(report)
        return "%s·%s" % (g["labels"][row], {"this_year": "本年度", "cumulative": "历年累计"}[col])
    if table == "T4":
        return "T4 " + LABEL.get(("T4", "col", col), col)
    return "%s %s·%s" % (table, LABEL.get((table, "row", row), row), LABEL.get((table, "col", col), col))


def cell(report, table, row, col):
    v = gold(report)["cells"][table][row][col]
    if v is None or isinstance(v, (dict, str)):
        raise SystemExit("not a determined number: %s %s %s %s -> %r" % (report, table, row, col, v))
    return v


def num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def rnd(x, d):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def derive(report, op, refs, unit, decimals):
    def fmt(rs):
        return [(label(report, *r), cell(report, *r)) for r in rs]
    if op == "sum":
        parts = fmt(refs)
        v = sum(p[1] for p in parts)
        formula = " + ".join("%s(%s)" % p for p in parts) + " = %s" % num(v)
    elif op == "diff":
        parts = fmt(refs)
        v = parts[0][1] - parts[1][1]
        formula = "%s(%s) - %s(%s)" % (parts[0] + parts[1]) + " = %s" % num(v)
    elif op == "max":
        parts = fmt(refs)
        v = max(p[1] for p in parts)
        best = [p[0] for p in parts if p[1] == v]
        formula = "max(" + ", ".join("%s(%s)" % p for p in parts) + ") = %s [%s]" % (num(v), " / ".join(best))
    elif op == "share":
        n, d = fmt(refs["num"]), fmt(refs["den"])
        sn, sd = sum(p[1] for p in n), sum(p[1] for p in d)
        raw = 100.0 * sn / sd
        v = rnd(raw, decimals) if decimals is not None else raw
        formula = "100 × (%s) / (%s) = 100 × %s / %s = %s%%" % (
            " + ".join("%s(%s)" % p for p in n), " + ".join("%s(%s)" % p for p in d), num(sn), num(sd), v)
    else:
        raise SystemExit("unknown op " + op)
    e = {"value": num(v), "formula": formula, "unit": unit}
    if decimals is not None:
        e["decimals"] = decimals
    return e


def year_of(report):
    return gold(report)["year"] if report else None


def cell_expected(report, table, row, col):
    return {"table": table, "row": row, "column": col, "value": num(cell(report, table, row, col))}


def turn_expected(t):
    if t["kind"] == "cell":
        e = cell_expected(t["report"], t["table"], t["row"], t["column"])
        e.update({"report": t["report"], "year": year_of(t["report"])})
    elif t["kind"] == "derived":
        e = derive(t["report"], t["op"], t["refs"], t.get("unit", "件"), t.get("decimals"))
        e.update({"report": t["report"], "year": year_of(t["report"])})
    else:
        e = {"status": "not_found", "reason": t["reason"], "report": t.get("report"), "year": t["year"]}
    e["kind"] = t["kind"]
    return e


def build():
    out = []
    n = 0

    def nid(tag):
        nonlocal n
        n += 1
        return "%s%s%03d" % (PREFIX, tag, n)

    for cls, q, rep, t, r, c in Q.CELL:
        out.append({"id": nid("c"), "kind": "cell", "class": cls, "question": q, "report": rep,
                    "year": year_of(rep), "expected": cell_expected(rep, t, r, c)})
    for cls, q, rep, op, refs, unit, dec in Q.DERIVED:
        out.append({"id": nid("d"), "kind": "derived", "class": cls, "question": q, "report": rep,
                    "year": year_of(rep), "expected": derive(rep, op, refs, unit, dec)})
    for cls, q, rep, sub in Q.NARR:
        out.append({"id": nid("n"), "kind": "narrative", "class": cls, "question": q, "report": rep,
                    "year": year_of(rep), "expected": {"substring": sub}})
    for cls, q, yr, reason, rep, note in Q.UNANS:
        item = {"id": nid("u"), "kind": "unanswerable", "class": cls, "question": q, "report": rep,
                "year": yr, "expected": {"status": "not_found", "reason": reason}}
        if note:
            item["note"] = note
        out.append(item)
    for cls, q, yr, note in Q.AMBIG:
        out.append({"id": nid("a"), "kind": "ambiguous", "class": cls, "question": q, "report": None,
                    "year": yr, "expected": {"status": "ambiguous"}, "note": note})
    for cls, turns in Q.FOLLOW:
        out.append({"id": nid("f"), "kind": "followup", "class": cls,
                    "turns": [{"question": t["question"], "expected": turn_expected(t)} for t in turns]})

    para = []
    for grp, rep, spec, qs in Q.PARA:
        assert len(qs) == 5, grp
        for i, (cls, q) in enumerate(qs, 1):
            if spec[0] == "cell":
                item = {"kind": "cell", "expected": cell_expected(rep, *spec[1:])}
            else:
                item = {"kind": "derived", "expected": derive(rep, *spec[1:])}
            item.update({"id": "%sp%s-%d" % (PREFIX, grp, i), "class": cls, "question": q, "report": rep,
                         "year": year_of(rep), "group": PREFIX + grp})
            para.append(item)
    return out, para


def main():
    out, para = build()
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for o in para:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl:", len(out), dict(Counter(o["kind"] for o in out)))
    print("paraphrase.jsonl:", len(para), "groups:", len(Q.PARA))


if __name__ == "__main__":
    main()
