# -*- coding: utf-8 -*-
"""Build set.jsonl of the cross-report blind set x6 from questions.py + gold cells.

Gold: /work/blind/gold/<stem>.json (every report of the corpus has one; no own gold was needed).
No expected number is typed anywhere: all come from the gold cells here.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"

STEMS = sorted(os.path.splitext(f)[0] for f in os.listdir(CORPUS)
               if f.endswith((".txt", ".md", ".pdf", ".html")) and f not in ("SOURCES.md",))
GOLDS = {s: json.load(open(os.path.join(GOLD, s + ".json"), encoding="utf-8")) for s in STEMS}


def body_of(stem):
    return stem.rsplit("_", 1)[0]


def year_of(stem):
    return int(stem.rsplit("_", 1)[1])


def body_years(body):
    return sorted(year_of(s) for s in STEMS if body_of(s) == body)


def has(stem, ref):
    t, r, c = ref
    cells = GOLDS[stem]["cells"]
    return t in cells and r in cells[t] and c in cells[t][r]


def num(stem, ref):
    t, r, c = ref
    v = GOLDS[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("cell not a number: %s %s = %r" % (stem, ref, v))
    return v


def tidy(x):
    if isinstance(x, float):
        x = round(x, 6)
        if x == int(x):
            return int(x)
    return x


def series_expected(q):
    body = q["body"]
    ys = body_years(body)
    assert ys, body
    y0, y1 = q["span"] if q["span"] else (ys[0], ys[-1])
    values, gaps, nc = {}, [], []
    for y in range(y0, y1 + 1):
        stem = "%s_%d" % (body, y)
        if stem not in GOLDS:
            gaps.append(y)
            continue
        fmt = GOLDS[stem]["format"]
        ref = q["alt"].get(fmt, q["ref"])
        if not has(stem, ref):
            nc.append(y)
            continue
        ent = {"report": stem, "value": tidy(num(stem, ref))}
        if ref != q["ref"]:
            ent.update({"table": ref[0], "row": ref[1], "column": ref[2]})
        values[str(y)] = ent
    assert len(values) >= 2 or (len(values) >= 1 and (gaps or nc)), (q["id"], values)
    pick = None
    if q["pick"] in ("max", "min"):
        vals = [e["value"] for e in values.values()]
        best = max(vals) if q["pick"] == "max" else min(vals)
        yrs = [int(y) for y, e in values.items() if e["value"] == best]
        assert len(yrs) == 1, ("tie in pick", q["id"], yrs)
        pick = {"kind": q["pick"], "value": best, "year": yrs[0]}
    elif q["pick"] == "sum":
        pick = {"kind": "sum", "value": tidy(sum(e["value"] for e in values.values())), "year": None}
    t, r, c = q["ref"]
    return {"table": t, "row": r, "column": c, "values": values, "gaps": gaps, "not_comparable": nc, "pick": pick}


def expr_value(stem, expr, decimals=None):
    k = expr[0]
    if k == "cell":
        return tidy(num(stem, expr[1]))
    if k == "sum":
        return tidy(sum(num(stem, r) for r in expr[1]))
    if k == "diff":
        return tidy(num(stem, expr[1]) - num(stem, expr[2]))
    if k == "rate":
        n, d = num(stem, expr[1]), num(stem, expr[2])
        return round(n / d * 100, decimals if decimals is not None else 2)
    raise ValueError(expr)


def comparison_expected(q):
    vals = {s: expr_value(s, q["expr"], q["decimals"]) for s in q["reports"]}
    top = None
    if q["order"]:
        best = (max if q["order"] == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        assert len(tops) == 1, ("tie", q["id"], tops)
        top = tops[0]
    formula = q["formula"]
    exp = {"values": vals, "unit": q["unit"], "formula": formula, "order": q["order"], "top": top,
           "decimals": q["decimals"]}
    yrs = {year_of(s) for s in q["reports"]}
    if len(yrs) > 1:
        exp["years_differ"] = True
    return exp


def consistency_expected(q):
    pairs = []
    kind, arg = q["rule"]
    for a, b in q["pairs"]:
        assert a in GOLDS and b in GOLDS and body_of(a) == body_of(b) == q["body"], (a, b)
        assert year_of(b) == year_of(a) + 1, (a, b)
        if kind == "carry":
            out = num(a, ("T3", "carried_to_next_year", arg))
            inn = num(b, ("T3", "carried_over_from_last_year", arg))
            pairs.append({"from": a, "to": b, "column": arg, "out": out, "in": inn, "agree": out == inn})
        else:  # cumul
            out = num(a, ("stats", arg, "cumulative")) + num(b, ("stats", arg, "this_year"))
            inn = num(b, ("stats", arg, "cumulative"))
            pairs.append({"from": a, "to": b, "column": "cumulative", "row": arg,
                          "rule": "cumulative(Y-1) + this_year(Y) vs cumulative(Y)", "out": out, "in": inn,
                          "agree": out == inn})
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}


def newest(body):
    return "%s_%d" % (body, body_years(body)[-1])


def noyear_expected(q):
    stem = newest(q["body"])
    if q["sub"] == "cell":
        t, r, c = q["arg"]
        e = {"table": t, "row": r, "column": c, "value": tidy(num(stem, q["arg"]))}
    elif q["sub"] == "derived":
        e = {"value": expr_value(stem, q["arg"]), "formula": None, "unit": q["unit"]}
        k, r1, r2 = q["arg"]
        e["formula"] = "%s (%s) − %s (%s)" % (".".join(r1[1:]), num(stem, r1), ".".join(r2[1:]), num(stem, r2))
    else:
        e = {"substring": q["arg"]}
    e["report"] = stem
    e["year"] = year_of(stem)
    return e


def nobody_expected(q):
    return {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in q["subs"]],
            "reports": [r for r, _ in q["subs"]]}


def unans_expected(q):
    return {"status": "not_found", "reason": q["reason"]}


def expected_of(q):
    k = q["kind"]
    if k == "series":
        return series_expected(q)
    if k == "comparison":
        return comparison_expected(q)
    if k == "consistency":
        return consistency_expected(q)
    if k == "noyear":
        return noyear_expected(q)
    if k == "nobody":
        return nobody_expected(q)
    if k == "unanswerable":
        return unans_expected(q)
    if k == "cell":
        t, r, c = q["ref"]
        return {"table": t, "row": r, "column": c, "value": tidy(num(q["report"], q["ref"])),
                "report": q["report"], "year": year_of(q["report"])}
    raise ValueError(k)


def item_of(q):
    it = {"id": q["id"], "kind": q["kind"], "class": q["cls"], "question": q["question"]}
    if q["kind"] in ("series", "consistency"):
        it["body"] = q["body"]
    if q["kind"] == "comparison":
        it["reports"] = q["reports"]
    it["report"] = None
    it["year"] = None
    e = expected_of(q)
    if q["kind"] == "noyear":
        it["report"], it["year"] = e["report"], e["year"]
    it["expected"] = e
    if q.get("note"):
        it["note"] = q["note"]
    return it


def followup_of(f):
    turns = []
    for t in f["turns"]:
        tt = {"kind": t["kind"], "question": t["question"]}
        e = expected_of(t)
        if t["kind"] == "series":
            tt["body"] = t["body"]
        if t["kind"] == "comparison":
            tt["reports"] = t["reports"]
        if "report" not in e:
            e["report"] = t.get("report")
            e["year"] = year_of(t["report"]) if t.get("report") else None
        tt["expected"] = e
        turns.append(tt)
    it = {"id": f["id"], "kind": "followup", "class": f["cls"], "turns": turns}
    if f.get("note"):
        it["note"] = f["note"]
    return it


def main():
    out = []
    ids = set()
    for q in Q.QUESTIONS:
        assert q["id"] not in ids, q["id"]
        ids.add(q["id"])
        out.append(followup_of(q) if q["kind"] == "followup" else item_of(q))
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for it in out:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), dict(Counter(i["kind"] for i in out)))


if __name__ == "__main__":
    main()
