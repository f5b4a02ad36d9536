# -*- coding: utf-8 -*-
"""Build set.jsonl from questions.py and the gold cells (/work/blind/gold, plus ./gold if any)."""
import json, os, re, glob, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import questions as Q

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = {}
for d in ["/work/blind/gold", os.path.join(HERE, "gold")]:
    for f in glob.glob(os.path.join(d, "*.json")):
        GOLD[os.path.basename(f)[:-5]] = json.load(open(f, encoding="utf-8"))

def years_of(body):
    out = {}
    for stem in GOLD:
        m = re.fullmatch(re.escape(body) + r"_(\d{4})", stem)
        if m:
            out[int(m.group(1))] = stem
    return dict(sorted(out.items()))

def raw(stem, t, r, c):
    return GOLD[stem]["cells"].get(t, {}).get(r, {}).get(c, "__absent__")

def num(stem, t, r, c):
    v = raw(stem, t, r, c)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f"non-numeric gold cell {stem} {t}.{r}.{c}: {v!r}")
    return v

def ref_for(stem, it):
    fmt = GOLD[stem]["format"]
    eq = it.get("eq") or {}
    if fmt in eq:
        return tuple(eq[fmt])
    t, r, c = it["t"], it["r"], it["c"]
    if (t == "stats") != (fmt == "pre_2019"):
        return None
    if raw(stem, t, r, c) == "__absent__":
        return None
    return (t, r, c)

def build_series(it):
    ys = years_of(it["body"])
    span = it["span"] or (min(ys), max(ys))
    values, gaps, nc = {}, [], []
    for y in range(span[0], span[1] + 1):
        if y not in ys:
            gaps.append(y); continue
        stem = ys[y]
        ref = ref_for(stem, it)
        if ref is None:
            nc.append(y); continue
        e = {"report": stem, "value": num(stem, *ref)}
        if ref != (it["t"], it["r"], it["c"]):
            e.update({"table": ref[0], "row": ref[1], "column": ref[2]})
        values[str(y)] = e
    pick = None
    if it["pick"]:
        vals = {int(y): e["value"] for y, e in values.items()}
        if it["pick"] == "sum":
            pick = {"kind": "sum", "value": sum(vals.values()), "year": None}
        else:
            best = (max if it["pick"] == "max" else min)(vals.values())
            yrs = [y for y, v in vals.items() if v == best]
            pick = {"kind": it["pick"], "value": best, "year": yrs[0] if len(yrs) == 1 else yrs}
    exp = {"table": it["t"], "row": it["r"], "column": it["c"], "values": values, "gaps": gaps,
           "not_comparable": nc, "pick": pick}
    if it.get("eq"):
        exp["equivalents"] = {k: {"table": v[0], "row": v[1], "column": v[2]} for k, v in it["eq"].items()}
    return {"body": it["body"], "expected": exp}

def eval_expr(stem, expr, decimals):
    k = expr[0]
    if k == "cell":
        return num(stem, *expr[1:]), f"{expr[1]}.{expr[2]}.{expr[3]}"
    if k == "sum":
        vs = [num(stem, *r) for r in expr[1]]
        return sum(vs), " + ".join(f"{r[0]}.{r[1]}.{r[2]}" for r in expr[1])
    if k == "rate":
        n = sum(num(stem, *r) for r in expr[1]); d = sum(num(stem, *r) for r in expr[2])
        v = n / d * 100
        if decimals is not None:
            v = round(v, decimals)
        f = "(" + " + ".join(f"{r[0]}.{r[1]}.{r[2]}" for r in expr[1]) + ") / (" + \
            " + ".join(f"{r[0]}.{r[1]}.{r[2]}" for r in expr[2]) + ") × 100"
        return v, f
    raise ValueError(k)

def build_comparison(it):
    vals, formula = {}, None
    for s in it["reports"]:
        v, formula = eval_expr(s, it["expr"], it["decimals"])
        vals[s] = v
    top = None
    if it["order"]:
        best = (max if it["order"] == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        top = tops[0] if len(tops) == 1 else tops
    exp = {"values": vals, "unit": it["unit"], "formula": formula if it["expr"][0] != "cell" else None,
           "cell": formula if it["expr"][0] == "cell" else None,
           "order": it["order"], "top": top, "decimals": it["decimals"]}
    yrs = {GOLD[s]["year"] for s in it["reports"]}
    if len(yrs) > 1:
        exp["years_differ"] = True
    if it["diff"]:
        a, b = it["diff"]
        d = vals[a] - vals[b]
        if it["decimals"] is not None:
            d = round(d, it["decimals"])
        exp["difference"] = {"minuend": a, "subtrahend": b, "value": d}
    return {"reports": it["reports"], "expected": exp}

def build_consistency(it):
    ys = years_of(it["body"])
    pairs = []
    for a, b in it["pairs"]:
        assert b == a + 1 and a in ys and b in ys, (it["id"], a, b)
        sa, sb = ys[a], ys[b]
        if it["mode"] == "carry":
            out = num(sa, "T3", "carried_to_next_year", it["col"])
            inn = num(sb, "T3", "carried_over_from_last_year", it["col"])
            pairs.append({"from": sa, "to": sb, "column": it["col"], "out": out, "in": inn, "agree": out == inn})
        else:
            out = num(sa, "stats", it["row"], "cumulative")
            inn = num(sb, "stats", it["row"], "cumulative") - num(sb, "stats", it["row"], "this_year")
            pairs.append({"from": sa, "to": sb, "column": "cumulative", "row": it["row"], "out": out, "in": inn,
                          "agree": out == inn,
                          "chain": "out = 历年累计(Y-1); in = 历年累计(Y) - 本年度(Y)"})
    return {"body": it["body"], "expected": {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}}

def build_noyear(it):
    ys = years_of(it["body"])
    stem = ys[max(ys)]
    if it["sub"] == "cell":
        t, r, c = it["ref"]
        exp = {"table": t, "row": r, "column": c, "value": num(stem, t, r, c)}
    elif it["sub"] == "derived":
        v, f = eval_expr(stem, it["ref"], None)
        vs = [num(stem, *r) for r in it["ref"][1]]
        exp = {"value": v, "formula": f + " = " + " + ".join(str(x) for x in vs), "unit": "件"}
    else:
        exp = {"substring": it["ref"]}
    exp["report"] = stem
    return {"body": it["body"], "report": stem, "year": GOLD[stem]["year"], "sub_kind": it["sub"], "expected": exp}

def build_nobody(it):
    return {"expected": {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in it["subs"]],
                         "reports": [r for r, _ in it["subs"]]}}

def build_unans(it):
    return {"report": None, "year": None, "expected": {"status": "not_found", "reason": it["reason"]}}

B = {"series": build_series, "comparison": build_comparison, "consistency": build_consistency,
     "noyear": build_noyear, "nobody": build_nobody, "unanswerable": build_unans}

def one(it):
    d = B[it["kind"]](it)
    return d

def main():
    out = []
    ids = set()
    for it in Q.ITEMS:
        assert it["id"] not in ids, it["id"]; ids.add(it["id"])
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                d = one(t)
                turn = {"question": t["q"], "kind": t["kind"]}
                turn.update(d)
                if t.get("note"):
                    turn["note"] = t["note"]
                turns.append(turn)
            rec = {"id": it["id"], "kind": "followup", "class": it["cls"], "turns": turns}
        else:
            rec = {"id": it["id"], "kind": it["kind"], "class": it["cls"], "question": it["q"]}
            rec.update(one(it))
            if it.get("note"):
                rec["note"] = it["note"]
        out.append(rec)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), Counter(r["kind"] for r in out))

if __name__ == "__main__":
    main()
