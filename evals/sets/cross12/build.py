#!/usr/bin/env python3
"""Build set.jsonl for the x12 cross-report set: every expected number comes from /work/blind/gold cells."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD_DIR = "/work/blind/gold"
GOLD = {os.path.basename(p)[:-5]: json.load(open(p, encoding="utf-8")) for p in glob.glob(GOLD_DIR + "/*.json")}
MAP = {("T3", "new_received", "total"): ("stats", "requests_total", "this_year"),
       ("T4", "cases", "review.total"): ("stats", "admin_review", "this_year")}


def body_years(body):
    return sorted(int(s.rsplit("_", 1)[1]) for s in GOLD if s.rsplit("_", 1)[0] == body)


def has(stem, cell):
    t, r, c = cell
    return c in GOLD[stem]["cells"].get(t, {}).get(r, {})


def val(stem, cell):
    t, r, c = cell
    v = GOLD[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f"non-numeric gold cell {stem} {cell}: {v!r}")
    return v


def rnd(x):
    return round(x, 6) if isinstance(x, float) else x


def cellref(cell):
    return {"table": cell[0], "row": cell[1], "column": cell[2]}


def series_expected(body, cell, span, pick):
    yrs = body_years(body)
    lo, hi = span if span else (yrs[0], yrs[-1])
    values, nc, gaps = {}, [], []
    for y in range(lo, hi + 1):
        if y not in yrs:
            gaps.append(y)
            continue
        stem = f"{body}_{y}"
        if has(stem, cell):
            values[str(y)] = {"report": stem, "value": val(stem, cell)}
        elif GOLD[stem]["format"] == "pre_2019" and cell in MAP and has(stem, MAP[cell]):
            values[str(y)] = {"report": stem, "value": val(stem, MAP[cell]), "mapped_from": cellref(MAP[cell])}
        else:
            nc.append(y)
    if not values:
        raise SystemExit(f"empty series {body} {cell} {span}")
    p = None
    if pick == "sum":
        p = {"kind": "sum", "value": rnd(sum(v["value"] for v in values.values())), "year": None}
    elif pick in ("max", "min"):
        f = max if pick == "max" else min
        best = f(v["value"] for v in values.values())
        ys = [int(y) for y, v in values.items() if v["value"] == best]
        p = {"kind": pick, "value": best, "year": ys[0] if len(ys) == 1 else ys}
    e = cellref(cell)
    e.update({"values": values, "gaps": gaps, "not_comparable": nc, "pick": p})
    return e


def comp_value(stem, it):
    f = it.get("formula")
    if f is None:
        return val(stem, it["cell"])
    if f[0] == "sum":
        return rnd(sum(val(stem, c) for c in f[1]))
    if f[0] == "rate":
        return round(val(stem, f[1]) / val(stem, f[2]) * 100, it["decimals"])
    raise ValueError(f)


def formula_text(stem, it):
    f = it.get("formula")
    if f is None:
        return None
    if f[0] == "sum":
        return " + ".join(f"{c[1]}.{c[2]}" for c in f[1])
    return f"{f[1][1]}.{f[1][2]} / {f[2][1]}.{f[2][2]} × 100"


def comparison_expected(it):
    reps = it["reports"]
    vals = {s: comp_value(s, it) for s in reps}
    order = it.get("order")
    top = None
    if order:
        best = (max if order == "desc" else min)(vals.values())
        tops = [s for s in reps if vals[s] == best]
        top = tops[0] if len(tops) == 1 else tops
    years = {GOLD[s]["year"] for s in reps}
    e = {"values": vals, "unit": it.get("unit", "件"), "formula": formula_text(reps[0], it), "order": order,
         "top": top, "decimals": it.get("decimals")}
    if it.get("cell") and not it.get("formula"):
        e.update(cellref(it["cell"]))
    if len(years) > 1:
        e["years_differ"] = True
        e["years"] = {s: GOLD[s]["year"] for s in reps}
    if it.get("diff"):
        a, b = vals[reps[0]], vals[reps[1]]
        e["difference"] = {"value": rnd(abs(a - b)), "formula": f"|{reps[0]} − {reps[1]}| = |{a} − {b}|"}
    return e


def consistency_expected(body, years, cell):
    lo, hi = years
    yrs = body_years(body)
    pairs = []
    for y in range(lo, hi):
        if y not in yrs or y + 1 not in yrs:
            raise SystemExit(f"non-consecutive consistency {body} {y}")
        a, b = f"{body}_{y}", f"{body}_{y+1}"
        if cell[0] == "T3":
            col = cell[1]
            out = val(a, ("T3", "carried_to_next_year", col))
            inn = val(b, ("T3", "carried_over_from_last_year", col))
            pairs.append({"from": a, "to": b, "column": col, "out": out, "in": inn, "agree": out == inn})
        else:
            row = cell[1]
            out = val(a, ("stats", row, "cumulative"))
            inn = val(b, ("stats", row, "cumulative")) - val(b, ("stats", row, "this_year"))
            pairs.append({"from": a, "to": b, "row": row, "column": "cumulative", "out": out, "in": inn, "agree": out == inn,
                          "rule": "out = 历年累计(Y); in = 历年累计(Y+1) − 本年度(Y+1)"})
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}


def noyear_expected(it):
    rep = it["report"]
    yrs = body_years(rep.rsplit("_", 1)[0])
    assert int(rep.rsplit("_", 1)[1]) == yrs[-1], f"{rep} is not the newest"
    if it["sub"] == "cell":
        e = cellref(it["cell"]); e["value"] = val(rep, it["cell"])
    else:
        e = {"substring": it["substring"]}
    e["report"] = rep
    e["year"] = GOLD[rep]["year"]
    return e


def turn(t):
    k = t["kind"]
    out = {"question": t["q"], "kind": k}
    if k == "series":
        out["body"] = t["body"]; out["expected"] = series_expected(t["body"], t["cell"], t.get("span"), t.get("pick"))
    elif k == "comparison":
        out["reports"] = t["reports"]; out["expected"] = comparison_expected(t)
    elif k == "consistency":
        out["body"] = t["body"]; out["expected"] = consistency_expected(t["body"], t["years"], t["cell"])
    elif k == "unanswerable":
        out["expected"] = {"status": "not_found", "reason": t["reason"], "report": None, "year": None}
    else:
        raise ValueError(k)
    if t.get("note"):
        out["note"] = t["note"]
    return out


def build():
    rows = []
    for it in Q.ITEMS:
        k = it["kind"]
        d = {"id": it["id"], "kind": k, "class": it["cls"]}
        if k != "followup":
            d["question"] = it["q"]
        if k == "series":
            d["body"] = it["body"]; d["report"] = None; d["year"] = None
            d["expected"] = series_expected(it["body"], it["cell"], it["span"], it["pick"])
        elif k == "comparison":
            d["reports"] = it["reports"]; d["report"] = None; d["year"] = None
            d["expected"] = comparison_expected(it)
        elif k == "consistency":
            d["body"] = it["body"]; d["report"] = None; d["year"] = None
            d["expected"] = consistency_expected(it["body"], it["years"], it["cell"])
        elif k == "noyear":
            e = noyear_expected(it)
            d["report"] = e["report"]; d["year"] = e["year"]; d["expected"] = e
        elif k == "nobody":
            d["report"] = None; d["year"] = None
            d["expected"] = {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in it["pairs"]],
                             "reports": [r for r, _ in it["pairs"]]}
        elif k == "unanswerable":
            d["report"] = None; d["year"] = None
            d["expected"] = {"status": "not_found", "reason": it["reason"]}
        elif k == "followup":
            d["turns"] = [turn(t) for t in it["turns"]]
        if it.get("note"):
            d["note"] = it["note"]
        rows.append(d)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), dict(Counter(r["kind"] for r in rows)))


if __name__ == "__main__":
    build()
