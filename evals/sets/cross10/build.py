# -*- coding: utf-8 -*-
"""Build set.jsonl for the x10 cross-report set from the gold cells (no typed numbers)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import questions as Q

GOLD = "/work/blind/gold"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl")
G = {f[:-5]: json.load(open(os.path.join(GOLD, f), encoding="utf-8")) for f in os.listdir(GOLD) if f.endswith(".json")}
BODY_YEARS = {}
for stem, g in G.items():
    BODY_YEARS.setdefault(stem.rsplit("_", 1)[0], {})[g["year"]] = stem

def cell(stem, ref):
    t, r, c = ref
    v = G[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f"{stem} {ref} is not a number: {v!r}")
    return v

def has(stem, ref):
    t, r, c = ref
    return t in G[stem]["cells"] and r in G[stem]["cells"][t] and c in G[stem]["cells"][t][r]

def rname(ref): return f"{ref[0]} {ref[1]}.{ref[2]}"

def metric(stem, m, decimals=None):
    kind = m[0]
    if kind == "cell":
        v = cell(stem, m[1]); return v, f"{rname(m[1])} = {v}"
    if kind == "sum":
        vs = [cell(stem, r) for r in m[1]]; v = sum(vs)
        return v, " + ".join(f"{rname(r)} {x}" for r, x in zip(m[1], vs)) + f" = {v}"
    if kind == "rate":
        n = sum(cell(stem, r) for r in m[1]); d = sum(cell(stem, r) for r in m[2])
        v = round(n / d * 100, decimals if decimals is not None else 2)
        return v, f"{'+'.join(rname(r) for r in m[1])} {n} / {'+'.join(rname(r) for r in m[2])} {d} × 100 = {v}"
    raise ValueError(kind)

def years_of_span(body, span):
    ys = sorted(BODY_YEARS[body])
    if span is None: return list(range(ys[0], ys[-1] + 1))
    if isinstance(span, dict): return list(span["only"])
    return list(range(span[0], span[1] + 1))

def series(body, refs, span, pick):
    values, gaps, nc, used = {}, [], [], []
    for y in years_of_span(body, span):
        stem = BODY_YEARS[body].get(y)
        if stem is None: gaps.append(y); continue
        ref = refs.get(G[stem]["format"]) if isinstance(refs, dict) else refs
        if ref is None or not has(stem, ref): nc.append(y); continue
        values[str(y)] = {"report": stem, "value": cell(stem, ref), "table": ref[0], "row": ref[1], "column": ref[2]}
        used.append(ref)
    assert values, (body, refs, span)
    top = used[-1]
    exp = {"table": top[0], "row": top[1], "column": top[2], "values": values, "gaps": gaps, "not_comparable": nc, "pick": None,
           "span_years": years_of_span(body, span)}
    if pick:
        items = [(int(y), d["value"]) for y, d in values.items()]
        if pick == "sum":
            exp["pick"] = {"kind": "sum", "value": sum(v for _, v in items), "year": None}
        else:
            best = max(v for _, v in items) if pick == "max" else min(v for _, v in items)
            yrs = [y for y, v in items if v == best]
            assert len(yrs) == 1, ("tie", body, refs, pick, yrs)
            exp["pick"] = {"kind": pick, "value": best, "year": yrs[0]}
    return exp

def comparison(reports, m, order, decimals, unit):
    vals, parts = {}, []
    for s in reports:
        v, f = metric(s, m, decimals); vals[s] = v; parts.append(f"{s}: {f}")
    top = None
    if order:
        best = max(vals.values()) if order == "desc" else min(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        assert len(tops) == 1, ("tie", reports, m)
        top = tops[0]
    yrs = {G[s]["year"] for s in reports}
    exp = {"values": vals, "unit": unit, "formula": "; ".join(parts) if m[0] != "cell" else None,
           "order": order, "top": top, "decimals": decimals, "metric": json.loads(json.dumps(m)),
           "years": {s: G[s]["year"] for s in reports}}
    if len(yrs) > 1: exp["years_differ"] = True
    return exp

def consistency(body, years, mode, what):
    pairs = []
    for y in range(years[0], years[1]):
        a, b = BODY_YEARS[body].get(y), BODY_YEARS[body].get(y + 1)
        if not a or not b: continue
        if mode == "carry":
            out = cell(a, ("T3", "carried_to_next_year", what)); inn = cell(b, ("T3", "carried_over_from_last_year", what))
            pairs.append({"from": a, "to": b, "column": what, "out": out, "in": inn, "agree": out == inn})
        else:
            prev = cell(a, ("stats", what, "cumulative")); ty = cell(b, ("stats", what, "this_year"))
            cum = cell(b, ("stats", what, "cumulative"))
            pairs.append({"from": a, "to": b, "column": "cumulative", "row": what, "prev_cumulative": prev,
                          "this_year": ty, "out": prev + ty, "in": cum, "agree": prev + ty == cum})
    assert pairs
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs), "mode": mode, "years_asked": list(years)}

def newest(body):
    return BODY_YEARS[body][max(BODY_YEARS[body])]

def build_turn(t):
    k = t["kind"]
    if k == "series":
        return {"question": t["q"], "kind": "series", "body": t["body"], "expected": series(t["body"], t["refs"], t["span"], t["pick"])}
    if k == "comparison":
        e = comparison(t["reports"], t["metric"], t["order"], t["decimals"], t["unit"])
        return {"question": t["q"], "kind": "comparison", "reports": t["reports"], "report": None, "year": None, "expected": e}
    if k == "unanswerable":
        return {"question": t["q"], "kind": "unanswerable", "report": None, "year": None,
                "expected": {"status": "not_found", "reason": t["reason"]}, "note": t["note"]}
    raise ValueError(k)

def main():
    out, seen = [], set()
    for it in Q.ITEMS:
        k = it["kind"]; pid = {"series": "s", "comparison": "c", "consistency": "k", "noyear": "n",
                               "nobody": "b", "unanswerable": "u", "followup": "f"}[k]
        rid = f"x10-{pid}{it['n']:03d}"; assert rid not in seen; seen.add(rid)
        rec = {"id": rid, "kind": k, "class": it["cls"]}
        if k != "followup": rec["question"] = it["q"]
        if k == "series":
            rec["body"] = it["body"]; rec["expected"] = series(it["body"], it["refs"], it["span"], it["pick"])
        elif k == "comparison":
            rec["reports"] = it["reports"]; rec["report"] = None; rec["year"] = None
            rec["expected"] = comparison(it["reports"], it["metric"], it["order"], it["decimals"], it["unit"])
        elif k == "consistency":
            rec["body"] = it["body"]; rec["expected"] = consistency(it["body"], it["years"], it["mode"], it["what"])
        elif k == "noyear":
            st = newest(it["body"]); rec["body"] = it["body"]; rec["report"] = st; rec["year"] = G[st]["year"]
            if it["sub"] == "cell":
                t, r, c = it["spec"]; e = {"table": t, "row": r, "column": c, "value": cell(st, it["spec"])}
            elif it["sub"] == "derived":
                v, f = metric(st, it["spec"], it["decimals"])
                e = {"value": v, "formula": f, "unit": it["unit"], "metric": json.loads(json.dumps(it["spec"]))}
                if it["decimals"] is not None: e["decimals"] = it["decimals"]
            else:
                e = {"substring": it["spec"]}
            e["answer_kind"] = it["sub"]; e["report"] = st; rec["expected"] = e
        elif k == "nobody":
            rec["report"] = None; rec["year"] = None
            rec["expected"] = {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in it["subs"]],
                               "reports": [r for r, _ in it["subs"]]}
        elif k == "unanswerable":
            rec["report"] = None; rec["year"] = None
            rec["expected"] = {"status": "not_found", "reason": it["reason"]}
            rec["note"] = it["note"]
        elif k == "followup":
            rec["turns"] = [build_turn(t) for t in it["turns"]]
        if it.get("note") and "note" not in rec: rec["note"] = it["note"]
        out.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), dict(Counter(r["kind"] for r in out)))

if __name__ == "__main__":
    main()
