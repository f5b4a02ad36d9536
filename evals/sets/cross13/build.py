# -*- coding: utf-8 -*-
"""Build set.jsonl for x13 from questions.py and the gold cells (no typed numbers)."""
import json, os, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
from questions import QUESTIONS  # noqa

G = {f[:-5]: json.load(open(os.path.join(GOLD, f), encoding="utf-8")) for f in os.listdir(GOLD) if f.endswith(".json")}
STEMS = sorted(os.path.splitext(f)[0] for f in os.listdir(CORPUS) if "_" in f and f.split("_")[-1][:4].isdigit())


def body_years(body):
    out = {}
    for s in STEMS:
        b, y = s.rsplit("_", 1)
        if b == body:
            out[int(y)] = s
    return out


def has(stem, t, r, c):
    cells = G[stem]["cells"]
    return t in cells and r in cells[t] and c in cells[t][r]


def val(stem, t, r, c):
    v = G[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f"non-numeric gold cell asked: {stem} {t} {r} {c} = {v!r}")
    return v


def rnd(x, d):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def num(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


def pick_of(values, kind):
    if not kind:
        return None
    items = [(int(y), v["value"]) for y, v in values.items()]
    if kind == "sum":
        s = sum(v for _, v in items)
        return {"kind": "sum", "value": num(round(s, 6) if isinstance(s, float) else s), "year": None}
    best = max(v for _, v in items) if kind == "max" else min(v for _, v in items)
    ys = [y for y, v in items if v == best]
    if len(ys) != 1:
        raise SystemExit(f"tie in pick {kind}: {items}")
    return {"kind": kind, "value": best, "year": ys[0]}


def series(q):
    yrs = body_years(q["body"])
    if not yrs:
        raise SystemExit("no body " + q["body"])
    a, b = q["span"] if q["span"] else (min(yrs), max(yrs))
    values, gaps, nc = {}, [], []
    for y in range(a, b + 1):
        if y not in yrs:
            gaps.append(y)
            continue
        st = yrs[y]
        fmt = G[st]["format"]
        t, r, c = q["alt"].get(fmt) or (q["t"], q["r"], q["c"])
        if not has(st, t, r, c):
            nc.append(y)
            continue
        e = {"report": st, "value": val(st, t, r, c)}
        if (t, r, c) != (q["t"], q["r"], q["c"]):
            e.update(table=t, row=r, column=c)
        values[str(y)] = e
    if not values:
        raise SystemExit("empty series " + str(q["id"]))
    exp = {"table": q["t"], "row": q["r"], "column": q["c"], "values": values, "gaps": gaps,
           "not_comparable": nc, "pick": pick_of(values, q["pick"])}
    return {"body": q["body"], "span": [a, b], "span_given": bool(q["span"]), "expected": exp}


def terms_for(q, st):
    fmt = G[st]["format"]
    alt = q.get("alt") or {}
    return (alt.get(fmt) or q["num"]), q["den"]


def comparison(q):
    vals, cells = {}, {}
    for st in q["reports"]:
        numt, dent = terms_for(q, st)
        n = sum(val(st, *t) for t in numt)
        if q["pct"]:
            d = sum(val(st, *t) for t in dent)
            v = rnd(n / d * 100, q["decimals"])
        else:
            v = num(n)
        vals[st] = v
        cells[st] = {"num": [list(t) for t in numt], "den": [list(t) for t in dent] if dent else None}
    order = q["order"]
    top = None
    if order:
        best = max(vals.values()) if order == "desc" else min(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        top = tops[0] if len(tops) == 1 else None
        if top is None:
            raise SystemExit("tie for top in " + str(q["id"]))
    years = {G[s]["year"] for s in q["reports"]}
    formula = q["formula"]
    if formula is None and len(q["num"]) > 1:
        formula = " + ".join(f"{t}.{r}.{c}" for t, r, c in q["num"])
    exp = {"values": vals, "unit": q["unit"], "formula": formula, "order": order, "top": top,
           "decimals": q["decimals"], "years_differ": len(years) > 1, "cells": cells}
    return {"reports": q["reports"], "expected": exp}


def consistency(q):
    pairs = []
    for a, b in q["pairs"]:
        ya, yb = G[a]["year"], G[b]["year"]
        assert yb == ya + 1, (a, b)
        if q["chain"]:
            (row,) = q["chain"]
            out = val(a, "stats", row, "cumulative") + val(b, "stats", row, "this_year")
            inn = val(b, "stats", row, "cumulative")
            pairs.append({"from": a, "to": b, "row": row, "column": "cumulative",
                          "rule": "cumulative(Y-1) + this_year(Y) == cumulative(Y)", "out": out, "in": inn, "agree": out == inn})
        else:
            c = q["column"]
            out = val(a, "T3", "carried_to_next_year", c)
            inn = val(b, "T3", "carried_over_from_last_year", c)
            pairs.append({"from": a, "to": b, "column": c,
                          "rule": "T3 carried_to_next_year(Y) == T3 carried_over_from_last_year(Y+1)", "out": out, "in": inn, "agree": out == inn})
    return {"body": q["body"], "expected": {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}}


def noyear(q):
    yrs = body_years(q["body"])
    st = yrs[max(yrs)]
    out = {"body": q["body"], "report": st, "year": max(yrs), "answer_kind": q["sub"]}
    if q["sub"] == "cell":
        t, r, c = q["ref"]
        out["expected"] = {"table": t, "row": r, "column": c, "value": val(st, t, r, c), "report": st}
    elif q["sub"] == "derived":
        parts = [(t, r, c, val(st, t, r, c)) for t, r, c in q["ref"]]
        out["expected"] = {"value": num(sum(p[3] for p in parts)),
                           "formula": " + ".join(f"{r}.{c}={v}" for t, r, c, v in parts), "unit": "件",
                           "cells": [list(p[:3]) for p in parts], "report": st}
    else:
        out["expected"] = {"substring": q["ref"], "report": st}
    return out


def nobody(q):
    return {"report": None, "year": None,
            "expected": {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in q["subs"]],
                         "reports": [st for st, _ in q["subs"]]}}


def unans(q):
    return {"report": None, "year": None, "expected": {"status": "not_found", "reason": q["reason"]}}


def cell_turn(ref):
    st, (t, r, c) = ref
    return {"report": st, "year": G[st]["year"], "expected": {"table": t, "row": r, "column": c, "value": val(st, t, r, c)}}


FN = {"series": series, "comparison": comparison, "consistency": consistency, "noyear": noyear,
      "nobody": nobody, "unanswerable": unans}


def main():
    out = []
    for q in QUESTIONS:
        if q["kind"] == "followup":
            turns = []
            for kind, text, spec in q["turns"]:
                d = cell_turn(spec) if kind == "cell" else FN[kind](spec)
                t = {"question": text, "kind": kind}
                t.update(d)
                if isinstance(spec, dict) and spec.get("note"):
                    t["note"] = spec["note"]
                turns.append(t)
            item = {"id": q["id"], "kind": "followup", "class": q["cls"], "turns": turns}
        else:
            item = {"id": q["id"], "kind": q["kind"], "class": q["cls"], "question": q["q"]}
            item.update(FN[q["kind"]](q))
            if q.get("note"):
                item["note"] = q["note"]
        out.append(item)
    ids = [i["id"] for i in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for i in out:
            f.write(json.dumps(i, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), dict(Counter(i["kind"] for i in out)))


if __name__ == "__main__":
    main()
