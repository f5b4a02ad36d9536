# -*- coding: utf-8 -*-
"""Build set.jsonl for x18 from questions.py + the gold cells in /work/blind/gold/."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions import ITEMS  # noqa

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
PFX = "x18-"

gold = {}
for f in glob.glob(os.path.join(GOLD, "*.json")):
    stem = os.path.basename(f)[:-5]
    gold[stem] = json.load(open(f, encoding="utf-8"))

# indexed years per body (from the corpus file names)
BODY_YEARS = {}
for f in os.listdir(CORPUS):
    m = re.match(r"^(.+)_(\d{4})\.(txt|md|pdf|html)$", f)
    if m:
        BODY_YEARS.setdefault(m.group(1), set()).add(int(m.group(2)))


def stem_of(body, y):
    return "%s_%d" % (body, y)


def year_of(stem):
    return int(stem.rsplit("_", 1)[1])


def raw(stem, t, r, c):
    cells = gold[stem]["cells"]
    if t not in cells or r not in cells[t] or c not in cells[t][r]:
        return KeyError
    return cells[t][r][c]


def num(stem, t, r, c):
    v = raw(stem, t, r, c)
    if v is KeyError or isinstance(v, (dict, str)) or v is None:
        raise SystemExit("not a usable number: %s %s %s %s -> %r" % (stem, t, r, c, v))
    return v


def unit_of(stem, t, r, c):
    if t == "stats":
        return gold[stem].get("units", {}).get(r, "条")
    if t == "T2" and c == "fee_amount":
        return "万元"
    return "件"


def metric(stem, m):
    """returns (value, formula, unit)"""
    if m[0] == "cell":
        _, t, r, c = m
        v = num(stem, t, r, c)
        return v, "%s.%s.%s = %s" % (t, r, c, v), unit_of(stem, t, r, c)
    if m[0] == "sumrows":
        _, t, rows, c = m
        vs = [num(stem, t, r, c) for r in rows]
        return sum(vs), "%s " % t + " + ".join("%s.%s(%s)" % (r, c, v) for r, v in zip(rows, vs)), "件"
    if m[0] == "sumcols":
        _, t, r, cols = m
        vs = [num(stem, t, r, c) for c in cols]
        return sum(vs), "%s.%s " % (t, r) + " + ".join("%s(%s)" % (c, v) for c, v in zip(cols, vs)), "件"
    if m[0] == "rate":
        a, fa, _ = metric(stem, m[1])
        b, fb, _ = metric(stem, m[2])
        return 100.0 * a / b, "(%s) / (%s) × 100" % (fa, fb), "%"
    raise ValueError(m)


def build_series(it):
    body = it["body"]
    years = sorted(BODY_YEARS[body])
    lo, hi = it["span"] if it["span"] else (years[0], years[-1])
    values, gaps, nc = {}, [], []
    for y in range(lo, hi + 1):
        if y not in BODY_YEARS[body]:
            gaps.append(y)
            continue
        st = stem_of(body, y)
        fmt = gold[st]["format"]
        t, r, c = it["t"], it["r"], it["c"]
        mapped = False
        if it.get("map") and fmt in it["map"]:
            t, r, c = it["map"][fmt]
            mapped = True
        if raw(st, t, r, c) is KeyError:
            nc.append(y)
            continue
        e = {"report": st, "value": num(st, t, r, c)}
        if mapped:
            e.update({"table": t, "row": r, "column": c})
        values[str(y)] = e
    pick = None
    if it["pick"]:
        vals = [(int(y), e["value"]) for y, e in values.items()]
        if it["pick"] == "sum":
            pick = {"kind": "sum", "value": sum(v for _, v in vals), "year": None}
        else:
            best = max(v for _, v in vals) if it["pick"] == "max" else min(v for _, v in vals)
            ys = [y for y, v in vals if v == best]
            assert len(ys) == 1, ("tie in pick", it["id"], ys)
            pick = {"kind": it["pick"], "value": best, "year": ys[0]}
    exp = {"table": it["t"], "row": it["r"], "column": it["c"], "values": values, "gaps": gaps,
           "not_comparable": nc, "pick": pick}
    assert values, it["id"]
    return {"body": body, "expected": exp}


def build_comparison(it):
    vals, formulas, units = {}, {}, set()
    for st in it["reports"]:
        v, f, u = metric(st, it["metric"])
        if it["decimals"] is not None:
            v = round(v, it["decimals"])
        vals[st] = v
        formulas[st] = f
        units.add(u)
    assert len(units) == 1, it["id"]
    unit = units.pop()
    order, top = it["order"], None
    if order:
        best = max(vals.values()) if order == "desc" else min(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        top = tops[0] if len(tops) == 1 else None
    years = {year_of(s) for s in it["reports"]}
    exp = {"values": vals, "unit": unit,
           "formula": (" ; ".join("%s: %s" % (s, f) for s, f in formulas.items()) if it["metric"][0] != "cell" else None),
           "order": order, "top": top, "decimals": it["decimals"], "years_differ": len(years) > 1,
           "ref": it["metric"]}
    if len(years) > 1:
        assert it.get("note"), ("years differ needs a note", it["id"])
    return {"reports": it["reports"], "expected": exp}


def build_consistency(it):
    body = it["body"]
    lo, hi = it["years"]
    pairs = []
    for y in range(lo, hi):
        a, b = stem_of(body, y), stem_of(body, y + 1)
        assert y in BODY_YEARS[body] and y + 1 in BODY_YEARS[body], (it["id"], y)
        if it["row"] is None:
            out = num(a, "T3", "carried_to_next_year", it["column"])
            inn = num(b, "T3", "carried_over_from_last_year", it["column"])
            pairs.append({"from": a, "to": b, "column": it["column"], "out": out, "in": inn, "agree": out == inn})
        else:
            r = it["row"]
            out = num(a, "stats", r, "cumulative") + num(b, "stats", r, "this_year")
            inn = num(b, "stats", r, "cumulative")
            pairs.append({"from": a, "to": b, "row": r, "column": "cumulative",
                          "rule": "cumulative(from) + this_year(to) = cumulative(to)",
                          "out": out, "in": inn, "agree": out == inn})
    return {"body": body, "expected": {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}}


def build_noyear(it):
    st = it["report"]
    body = st.rsplit("_", 1)[0]
    assert year_of(st) == max(BODY_YEARS[body]), it["id"]
    if it["sub"] == "cell":
        t, r, c = it["ref"]
        exp = {"table": t, "row": r, "column": c, "value": num(st, t, r, c)}
    elif it["sub"] == "derived":
        if "rows" in it:
            v, f, u = metric(st, ["sumrows", "T3", it["rows"], it["col"]])
        else:
            vs = [num(st, *c) for c in it["cells"]]
            v, f, u = sum(vs), " + ".join("%s.%s.%s(%s)" % (c[0], c[1], c[2], x) for c, x in zip(it["cells"], vs)), "件"
        exp = {"value": v, "formula": f, "unit": u}
    else:
        exp = {"substring": it["substring"]}
    exp["report"] = st
    exp["year"] = year_of(st)
    return {"report": st, "year": year_of(st), "answer_kind": it["sub"], "expected": exp}


def build_one(it):
    k = it["kind"]
    if k == "series":
        d = build_series(it)
    elif k == "comparison":
        d = build_comparison(it)
    elif k == "consistency":
        d = build_consistency(it)
    elif k == "noyear":
        d = build_noyear(it)
    elif k == "nobody":
        d = {"expected": {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in it["subs"]],
                          "reports": [r for r, _ in it["subs"]]}}
    elif k == "unanswerable":
        d = {"report": None, "year": None, "expected": {"status": "not_found", "reason": it["reason"]}}
    else:
        raise ValueError(k)
    return d


def main():
    out = []
    ids = set()
    for it in ITEMS:
        iid = PFX + it["id"]
        assert iid not in ids, iid
        ids.add(iid)
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                d = build_one(t)
                turn = {"question": t["q"], "kind": t["kind"]}
                turn.update(d)
                if t.get("note"):
                    turn["note"] = t["note"]
                turns.append(turn)
            rec = {"id": iid, "kind": "followup", "class": it["cls"], "turns": turns}
        else:
            rec = {"id": iid, "kind": it["kind"], "class": it["cls"], "question": it["q"]}
            rec.update(build_one(it))
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
