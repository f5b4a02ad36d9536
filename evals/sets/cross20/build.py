#!/usr/bin/env python3
"""Build set.jsonl for xset20 from questions.py + /work/blind/gold (no typed numbers)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions import SPECS, FOLLOWUPS

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"

def stems():
    out = {}
    for f in os.listdir(CORPUS):
        m = re.match(r"(.+)_(\d{4})\.(txt|md|html|pdf)$", f)
        if m:
            out[f[:-len(m.group(3)) - 1]] = (m.group(1), int(m.group(2)))
    return out
STEMS = stems()

def gold(stem):
    p = os.path.join(GOLD, stem + ".json")
    return json.load(open(p))

def cell(stem, table, row, col):
    g = gold(stem)
    v = g["cells"].get(table, {}).get(row, {}).get(col, "MISSING")
    return v

def num(stem, table, row, col):
    v = cell(stem, table, row, col)
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise ValueError(f"not a usable number: {stem} {table}.{row}.{col} = {v!r}")
    return v

def year_of(stem): return STEMS[stem][1]
def body_years(body): return sorted(y for s, (b, y) in STEMS.items() if b == body)
def stem_of(body, y): return f"{body}_{y}"

def fmt_num(x):
    if isinstance(x, float):
        return repr(round(x, 6))
    return str(x)

def clean(v, decimals=None):
    if decimals is not None:
        return round(v, decimals)
    if isinstance(v, float):
        r = round(v, 6)
        return int(r) if r == int(r) and not isinstance(v, int) and False else r
    return v

def terms_value(stem, terms):
    tot = 0; parts = []
    for sign, t, r, c in terms:
        v = num(stem, t, r, c); tot += sign * v
        parts.append(("+" if sign > 0 else "-") + f"{t}.{r}.{c}={fmt_num(v)}")
    return tot, " ".join(parts).lstrip("+")

def series(spec):
    body = spec["body"]; ys = body_years(body)
    if spec["span"]:
        y0, y1 = spec["span"]
    else:
        y0, y1 = ys[0], ys[-1]
    values, gaps, nc = {}, [], []
    for y in range(y0, y1 + 1):
        st = stem_of(body, y)
        if st not in STEMS:
            gaps.append(y); continue
        g = gold(st)
        if g["format"] == "pre_2019":
            if spec["table"] == "stats":
                ref = ("stats", spec["row"], spec["col"])
            elif spec["pre"]:
                ref = ("stats",) + tuple(spec["pre"])
            else:
                nc.append(y); continue
        else:
            if spec["table"] == "stats":
                nc.append(y); continue
            ref = (spec["table"], spec["row"], spec["col"])
            if cell(st, *ref) == "MISSING":
                nc.append(y); continue
        v = num(st, *ref)
        values[str(y)] = {"report": st, "value": v, "table": ref[0], "row": ref[1], "column": ref[2]}
    pick = None
    if spec["pick"]:
        vals = [(e["value"], int(y)) for y, e in values.items()]
        if spec["pick"] == "sum":
            pick = {"kind": "sum", "value": clean(sum(v for v, _ in vals)), "year": None}
        else:
            best = max(v for v, _ in vals) if spec["pick"] == "max" else min(v for v, _ in vals)
            yrs = [y for v, y in vals if v == best]
            assert len(yrs) == 1, (spec["id"], "tie in pick", yrs)
            pick = {"kind": spec["pick"], "value": best, "year": yrs[0]}
    exp = {"table": spec["table"], "row": spec["row"], "column": spec["col"], "values": values,
           "gaps": gaps, "not_comparable": nc, "pick": pick}
    if spec["pre"] and spec["table"] != "stats":
        exp["pre_2019_equivalent"] = {"table": "stats", "row": spec["pre"][0], "column": spec["pre"][1]}
    return {"body": body, "span": [y0, y1], "expected": exp}

def comparison(spec):
    ref = spec["ref"]; values = {}; formulas = []
    for st in spec["reports"]:
        if ref[0] == "cell":
            v = num(st, *ref[1:]); formula = None
        elif ref[0] == "sum":
            v, f = terms_value(st, ref[1]); formulas.append(f"{st}: {f} = {fmt_num(v)}")
        elif ref[0] == "rate":
            n, fn = terms_value(st, ref[1]); d, fd = terms_value(st, ref[2])
            v = n / d * 100
            formulas.append(f"{st}: ({fn}) / ({fd}) * 100 = {round(v, spec['decimals'] or 6)}")
        if spec["decimals"] is not None:
            v = round(v, spec["decimals"])
        elif isinstance(v, float):
            v = round(v, 6)
        values[st] = v
    top = None
    if spec["order"]:
        best = max(values.values()) if spec["order"] == "desc" else min(values.values())
        tops = [s for s, v in values.items() if v == best]
        top = tops[0] if len(tops) == 1 else None
    yrs = {year_of(s) for s in spec["reports"]}
    if ref[0] == "cell":
        formula = f"{ref[1]}.{ref[2]}.{ref[3]}"
    else:
        formula = "; ".join(formulas)
    exp = {"values": values, "unit": spec["unit"], "formula": formula, "order": spec["order"], "top": top,
           "decimals": spec["decimals"], "years_differ": len(yrs) > 1, "terms": ref}
    return {"reports": spec["reports"], "expected": exp}

def consistency(spec):
    pairs = []
    for a, b in zip(spec["stems"], spec["stems"][1:]):
        assert year_of(b) == year_of(a) + 1, (a, b)
        if spec["pre_row"]:
            r = spec["pre_row"]
            out = num(a, "stats", r, "cumulative") + num(b, "stats", r, "this_year")
            inn = num(b, "stats", r, "cumulative")
            pairs.append({"from": a, "to": b, "column": "cumulative", "row": r,
                          "rule": f"stats.{r}.cumulative({year_of(a)}) + stats.{r}.this_year({year_of(b)}) vs stats.{r}.cumulative({year_of(b)})",
                          "out": out, "in": inn, "agree": out == inn})
        else:
            c = spec["column"]
            out = num(a, "T3", "carried_to_next_year", c); inn = num(b, "T3", "carried_over_from_last_year", c)
            pairs.append({"from": a, "to": b, "column": c, "rule": "T3.carried_to_next_year(Y) vs T3.carried_over_from_last_year(Y+1)",
                          "out": out, "in": inn, "agree": out == inn})
    return {"body": spec["body"], "expected": {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}}

def single(report, exp):
    """cell / derived / narrative expected for one report."""
    if exp[0] == "cell":
        _, t, r, c = exp
        return "cell", {"table": t, "row": r, "column": c, "value": num(report, t, r, c)}
    if exp[0] == "narr":
        return "narrative", {"substring": exp[1]}
    if exp[0] == "derived":
        terms, unit, dec, kind = exp[1], exp[2], exp[3], exp[4]
        n, fn = terms_value(report, terms)
        if kind == "rate":
            d, fd = terms_value(report, exp[5])
            v = round(n / d * 100, dec)
            return "derived", {"value": v, "formula": f"({fn}) / ({fd}) * 100", "unit": unit, "decimals": dec,
                               "terms": {"num": terms, "den": exp[5]}}
        return "derived", {"value": n, "formula": f"{fn} = {n}", "unit": unit, "terms": {"num": terms}}
    raise ValueError(exp)

def item(spec):
    k = spec["kind"]
    base = {"id": spec["id"], "kind": k, "class": spec["cls"], "question": spec["q"]}
    if k == "series": base.update(series(spec))
    elif k == "comparison": base.update(comparison(spec))
    elif k == "consistency": base.update(consistency(spec))
    elif k == "noyear":
        sub, e = single(spec["report"], spec["exp"])
        base.update({"report": spec["report"], "year": year_of(spec["report"]), "answer_kind": sub, "expected": e})
    elif k == "nobody":
        base["expected"] = {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in spec["subs"]],
                            "reports": [r for r, _ in spec["subs"]]}
    elif k == "unanswerable":
        base.update({"report": None, "year": None, "expected": {"status": "not_found", "reason": spec["reason"]}})
    if spec.get("note"): base["note"] = spec["note"]
    return base

def followup(f):
    turns = []
    for t in f["turns"]:
        it = item(dict(t["spec"], id="", cls="", q=t["q"]))
        it.pop("id"); it.pop("class")
        turns.append(it)
    return {"id": f["id"], "kind": "followup", "class": f["cls"], "turns": turns}

def main():
    items = [item(s) for s in SPECS] + [followup(f) for f in FOLLOWUPS]
    ids = [i["id"] for i in items]; assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(items), Counter(i["kind"] for i in items))

if __name__ == "__main__":
    main()
