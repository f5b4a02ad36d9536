# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl of blind set 12 from questions.py and the gold cells."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIR = "/work/blind/gold"
PREFIX = "b12-"
_gold = {}


def gold(rep):
    if rep not in _gold:
        with open(os.path.join(GOLD_DIR, rep + ".json"), encoding="utf-8") as f:
            _gold[rep] = json.load(f)
    return _gold[rep]


def cellval(ref):
    rep, t, row, col = ref
    v = gold(rep)["cells"][t][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("cell not a resolved number: %r -> %r" % (ref, v))
    return v


def fmt(v):
    if isinstance(v, float):
        return ("%.6f" % v).rstrip("0").rstrip(".")
    return str(v)


def ev(expr):
    """Return (value, formula_text)."""
    op = expr[0]
    if op == "cell":
        rep, t, row, col = expr[1]
        v = cellval(expr[1])
        return v, "%s[%s.%s.%s]=%s" % (rep, t, row, col, fmt(v))
    if op == "sum":
        parts = [ev(e) for e in expr[1]]
        v = sum(p[0] for p in parts)
        return v, "(" + " + ".join(p[1] for p in parts) + ") = " + fmt(v)
    if op == "diff":
        a, b = ev(expr[1]), ev(expr[2])
        v = a[0] - b[0]
        return v, "%s - %s = %s" % (a[1], b[1], fmt(v))
    if op == "pct":
        a, b = ev(expr[1]), ev(expr[2])
        v = a[0] / b[0] * 100
        return v, "%s / %s * 100 = %s" % (a[1], b[1], fmt(round(v, 6)))
    if op == "argmax":
        items = [(k, ev(e)) for k, e in expr[1].items()]
        best = max(items, key=lambda kv: kv[1][0])
        return best, "max of {" + "; ".join("%s: %s" % (k, p[1]) for k, p in items) + "} -> %s" % best[0]
    raise ValueError(op)


def year_of(rep):
    return Q.REPORT_YEARS[rep] if rep else None


def derived_expected(expr, unit, decimals):
    val, formula = ev(expr)
    exp = {"formula": formula, "unit": unit}
    if expr[0] == "argmax":
        label, (v, _) = val
        if unit == "年":
            exp["value"] = label
        else:
            exp["value"] = v
            exp["label"] = label
    else:
        if decimals is not None:
            exp["value"] = round(val, decimals)
            exp["decimals"] = decimals
        else:
            exp["value"] = round(val, 6) if isinstance(val, float) else val
    return exp


def expected_of(d):
    k = d["kind"]
    if k == "cell":
        rep, t, row, col = d["ref"]
        return {"table": t, "row": row, "column": col, "value": cellval(d["ref"])}
    if k == "derived":
        return derived_expected(d["expr"], d["unit"], d.get("decimals"))
    if k == "narrative":
        return {"substring": d["substring"]}
    if k == "unanswerable":
        return {"status": "not_found", "reason": d["reason"]}
    if k == "ambiguous":
        return {"status": "ambiguous"}
    raise ValueError(k)


def main():
    out = []
    n = 0
    for group in (Q.CELLS, Q.DERIVED, Q.NARR, Q.UNANS, Q.AMBIG):
        for d in group:
            n += 1
            item = {"id": "%s%03d" % (PREFIX, n), "kind": d["kind"], "question": d["question"],
                    "report": d.get("report"),
                    "year": d["year"] if d["kind"] in ("unanswerable", "ambiguous") else year_of(d.get("report")),
                    "expected": expected_of(d), "class": d["class"]}
            if d["kind"] == "derived" and d.get("report") is None:
                item["year"] = None
            if d.get("note"):
                item["note"] = d["note"]
            out.append(item)
    for fu in Q.FOLLOWUPS:
        n += 1
        turns = []
        for t in fu["turns"]:
            e = expected_of(t)
            e["report"] = t.get("report")
            e["year"] = t["year"] if t["kind"] == "unanswerable" else year_of(t.get("report"))
            e["kind"] = t["kind"]
            turns.append({"question": t["question"], "expected": e})
        out.append({"id": "%s%03d" % (PREFIX, n), "kind": "followup", "class": fu["class"], "turns": turns})
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")

    para = []
    for name, kind, ref, rep, qs in Q.PARA:
        if kind == "cell":
            exp = expected_of({"kind": "cell", "ref": ref[1]})
        else:
            exp = derived_expected(ref, Q.PARA_UNITS[name], Q.PARA_DECIMALS.get(name))
        for i, q in enumerate(qs):
            if Q.PARA_TYPO.get(name) == i:
                cls = "typo"
            elif any("\uff10" <= ch <= "\uff19" for ch in q):
                cls = "fullwidth-digits"
            elif "〇" in q or "二零" in q:
                cls = "chinese-numeral-year"
            elif " " in q:
                cls = "keyword-only"
            elif i == 0:
                cls = "plain"
            else:
                cls = "irrelevant-clause-first"
            para.append({"id": "%sp%s-%d" % (PREFIX, name[2:4], i + 1), "kind": kind, "group": name,
                         "question": q, "report": rep, "year": year_of(rep), "expected": exp, "class": cls})
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for it in para:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds = {}
    for it in out:
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
    print("set.jsonl:", len(out), kinds, "| paraphrase.jsonl:", len(para), "lines,", len(Q.PARA), "groups")


if __name__ == "__main__":
    main()
