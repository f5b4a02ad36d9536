# -*- coding: utf-8 -*-
"""Compute every expected value of xset16 from the gold cells; write set.jsonl."""
import json, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions import ITEMS

GOLD_DIRS = ["/work/blind/gold", os.path.join(HERE, "gold")]
GOLD = {}
for d in GOLD_DIRS:
    for f in glob.glob(os.path.join(d, "*.json")):
        GOLD[os.path.basename(f)[:-5]] = json.load(open(f, encoding="utf-8"))

def body_of(stem): return stem.rsplit("_", 1)[0]
def year_of(stem): return int(stem.rsplit("_", 1)[1])
def reports_of(body): return sorted((s for s in GOLD if body_of(s) == body), key=year_of)
def newest(body): return reports_of(body)[-1]

def num(v, where):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f"non-numeric cell {where}: {v!r}")
    return v

def cell(stem, ref):
    t, r, c = ref
    tab = GOLD[stem]["cells"].get(t)
    if tab is None or r not in tab or c not in tab[r]:
        return None
    return num(tab[r][c], (stem,) + tuple(ref))

def has_cell(stem, ref):
    t, r, c = ref
    tab = GOLD[stem]["cells"].get(t, {})
    return r in tab and c in tab[r]

def fmt_num(x):
    return str(int(x)) if float(x).is_integer() else repr(x)

def series(it):
    body, cells = it["body"], it["cells"]
    reps = {year_of(s): s for s in reports_of(body)}
    if it["span"]:
        y0, y1 = it["span"]
    else:
        y0, y1 = min(reps), max(reps)
    values, gaps, nc = {}, [], []
    # top-level cell = that of the newest format used in the span
    main = None
    for y in range(y0, y1 + 1):
        if y not in reps:
            gaps.append(y); continue
        s = reps[y]; f = GOLD[s]["format"]
        ref = cells.get(f)
        if ref is None or not has_cell(s, ref):
            nc.append(y); continue
        main = ref
        values[y] = (s, ref, cell(s, ref))
    out = {"table": main[0], "row": main[1], "column": main[2], "values": {}, "gaps": gaps, "not_comparable": nc, "pick": None}
    for y, (s, ref, v) in values.items():
        e = {"report": s, "value": v}
        if ref != main:
            e.update({"table": ref[0], "row": ref[1], "column": ref[2]})
        out["values"][str(y)] = e
    p = it["pick"]
    if p:
        vals = {y: v for y, (s, ref, v) in values.items()}
        if p == "sum":
            out["pick"] = {"kind": "sum", "value": round(sum(vals.values()), 6), "year": None}
        else:
            best = (max if p == "max" else min)(vals.values())
            ys = [y for y, v in vals.items() if v == best]
            if len(ys) != 1:
                raise SystemExit(f"{it['id']}: {p} not unique {vals}")
            out["pick"] = {"kind": p, "value": best, "year": ys[0]}
    return out

def measure(stem, m):
    if m[0] == "cell":
        v = cell(stem, m[1]); return v, f"{'/'.join(m[1])}={fmt_num(v)}"
    if m[0] == "sum":
        vs = [cell(stem, r) for r in m[1]]
        return sum(vs), "+".join(fmt_num(v) for v in vs) + f"={fmt_num(sum(vs))}"
    if m[0] == "rate":
        n = [cell(stem, r) for r in m[1]]; d = [cell(stem, r) for r in m[2]]
        return 100.0 * sum(n) / sum(d), f"{'+'.join(map(fmt_num, n))}/({'+'.join(map(fmt_num, d))})×100"
    raise ValueError(m)

def comparison(it):
    vals, parts = {}, []
    for s in it["reports"]:
        v, txt = measure(s, it["measure"])
        if it["decimals"] is not None:
            v = round(v, it["decimals"])
        vals[s] = v; parts.append(f"{s}: {txt}")
    order = it["order"]; top = None
    if order:
        best = (max if order == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        if len(tops) != 1:
            raise SystemExit(f"{it['id']}: top not unique {vals}")
        top = tops[0]
    m = it["measure"]
    formula = it.get("formula_text")
    if formula is None and m[0] == "cell":
        formula = None
    e = {"values": vals, "unit": it["unit"], "formula": formula, "order": order, "top": top,
         "decimals": it["decimals"], "computed": "; ".join(parts)}
    yrs = {year_of(s) for s in it["reports"]}
    e["years_differ"] = len(yrs) > 1
    return e

def consistency(it):
    body = it["body"]; reps = {year_of(s): s for s in reports_of(body)}
    pairs = []
    for y in it["years"][:-1]:
        a, b = reps[y], reps[y + 1]
        if it["mode"] == "carry":
            out = cell(a, ("T3", "carried_to_next_year", it["column"]))
            inn = cell(b, ("T3", "carried_over_from_last_year", it["column"]))
        else:
            out = cell(a, ("stats", it["row"], "cumulative")) + cell(b, ("stats", it["row"], "this_year"))
            inn = cell(b, ("stats", it["row"], "cumulative"))
        pairs.append({"from": a, "to": b, "column": it["column"], "out": out, "in": inn, "agree": out == inn})
    e = {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}
    if it["mode"] == "chain":
        e["row"] = it["row"]; e["chain"] = "out = cumulative(Y) + this_year(Y+1); in = cumulative(Y+1)"
    return e

def noyear(it):
    s = newest(it["body"])
    if it["sub"] == "cell":
        t, r, c = it["ref"]
        e = {"table": t, "row": r, "column": c, "value": cell(s, it["ref"])}
    elif it["sub"] == "narrative":
        e = {"substring": it["ref"]}
    else:
        d = it["ref"]
        n = [cell(s, x) for x in d["num"]]; den = [cell(s, x) for x in d["den"]]
        v = round(100.0 * sum(n) / sum(den), d["decimals"])
        e = {"value": v, "formula": f"{d['formula_text']} = {'+'.join(map(fmt_num, n))}/{'+'.join(map(fmt_num, den))}×100",
             "unit": d["unit"], "decimals": d["decimals"]}
    e["report"] = s
    return e, s

def expected_of(it):
    k = it["kind"]
    if k == "series": return series(it), {"body": it["body"]}
    if k == "comparison": return comparison(it), {"reports": it["reports"]}
    if k == "consistency": return consistency(it), {"body": it["body"]}
    if k == "noyear":
        e, s = noyear(it); return e, {"body": it["body"], "report": s, "year": year_of(s), "sub_kind": it["sub"]}
    if k == "nobody":
        return {"accept": ["grouped", "ambiguous"], "substrings": [x[1] for x in it["subs"]],
                "reports": [x[0] for x in it["subs"]]}, {"report": None, "year": None}
    if k == "unanswerable":
        return {"status": "not_found", "reason": it["reason"]}, {"report": None, "year": None}
    raise ValueError(k)

def build():
    lines = []
    ids = set()
    for it in ITEMS:
        assert it["id"] not in ids, it["id"]; ids.add(it["id"])
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                e, extra = expected_of(t)
                e = dict(e); e["kind"] = t["kind"]
                for k2 in ("body", "reports"):
                    if k2 in extra: e[k2] = extra[k2]
                e.setdefault("report", extra.get("report"))
                e.setdefault("year", extra.get("year"))
                tr = {"question": t["q"], "expected": e}
                if t.get("note"): tr["note"] = t["note"]
                turns.append(tr)
            lines.append({"id": it["id"], "kind": "followup", "class": it["cls"], "turns": turns})
            continue
        e, extra = expected_of(it)
        row = {"id": it["id"], "kind": it["kind"], "class": it["cls"], "question": it["q"]}
        row.update({k: v for k, v in extra.items() if k != "sub_kind"})
        if it["kind"] == "noyear": row["sub_kind"] = extra["sub_kind"]
        row["expected"] = e
        if it.get("note"): row["note"] = it["note"]
        lines.append(row)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(lines), Counter(l["kind"] for l in lines))

if __name__ == "__main__":
    build()
