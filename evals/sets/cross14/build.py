# -*- coding: utf-8 -*-
"""Build set.jsonl for xset14 from questions.py + gold cells in /work/blind/gold/."""
import json, os, glob, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import questions as Q

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
G = {os.path.basename(f)[:-5]: json.load(open(f, encoding="utf-8")) for f in glob.glob(GOLD + "/*.json")}
STEMS = sorted(os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f.split("_")[-1][:4].isdigit())
assert set(STEMS) == set(G), (set(STEMS) ^ set(G))

def body_of(stem): return stem.rsplit("_", 1)[0]
def year_of(stem): return int(stem.rsplit("_", 1)[1])
def reports_of(body): return {year_of(s): s for s in STEMS if body_of(s) == body}

def has(stem, ref):
    t, r, c = ref
    return c in G[stem]["cells"].get(t, {}).get(r, {})

def val(stem, ref):
    t, r, c = ref
    v = G[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("cell not a number: %s %s = %r" % (stem, ref, v))
    return v

def num(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x

def calc(stem, spec, decimals=None):
    if spec["type"] == "cell":
        v = val(stem, spec["ref"]); f = "%s=%s" % ("/".join(spec["ref"]), v)
    elif spec["type"] == "sum":
        vs = [val(stem, r) for r in spec["refs"]]; v = sum(vs)
        f = " + ".join("%s(%s)" % (r[1] if r[2] == "total" else r[2], x) for r, x in zip(spec["refs"], vs)) + " = %s" % v
    elif spec["type"] == "rate":
        n = [val(stem, r) for r in spec["num"]]; d = [val(stem, r) for r in spec["den"]]
        v = sum(n) / sum(d) * 100
        if decimals is not None: v = round(v, decimals)
        f = "(%s) / (%s) × 100 = %s" % (" + ".join("%s %s" % ("/".join(r), x) for r, x in zip(spec["num"], n)),
                                        " + ".join("%s %s" % ("/".join(r), x) for r, x in zip(spec["den"], d)), v)
    return num(v), f

def series_expected(sp):
    body, ref, (y0, y1) = sp["body"], tuple(sp["ref"]), sp["span"]
    reps = reports_of(body)
    values, gaps, nc = {}, [], []
    for y in range(y0, y1 + 1):
        if y not in reps: gaps.append(y); continue
        st = reps[y]; fmt = G[st]["format"]
        r = tuple(sp.get("alt", {}).get(fmt, ref))
        if not has(st, r): nc.append(y); continue
        e = {"report": st, "value": num(val(st, r))}
        if r != ref: e.update({"table": r[0], "row": r[1], "column": r[2]})
        values[str(y)] = e
    assert values, sp
    pick = None
    if sp.get("pick"):
        items = [(int(y), e["value"]) for y, e in values.items()]
        if sp["pick"] == "sum":
            pick = {"kind": "sum", "value": num(sum(v for _, v in items)), "year": None}
        else:
            best = (max if sp["pick"] == "max" else min)(v for _, v in items)
            yrs = [y for y, v in items if v == best]
            assert len(yrs) == 1, ("tie", sp["question"], yrs)
            pick = {"kind": sp["pick"], "value": best, "year": yrs[0]}
    return {"table": ref[0], "row": ref[1], "column": ref[2], "values": values, "gaps": gaps, "not_comparable": nc, "pick": pick}

def comparison_expected(sp):
    vals, forms = {}, []
    for st in sp["reports"]:
        v, f = calc(st, sp["calc"], sp.get("decimals"))
        vals[st] = v; forms.append("%s: %s" % (st, f))
    top = None
    if sp.get("order"):
        best = (max if sp["order"] == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        assert len(tops) == 1, ("tie", sp["question"], vals)
        top = tops[0]
    years = {year_of(s) for s in sp["reports"]}
    e = {"values": vals, "unit": sp["unit"], "formula": "; ".join(forms) if sp["calc"]["type"] != "cell" else None,
         "order": sp.get("order"), "top": top, "decimals": sp.get("decimals"), "years_differ": len(years) > 1}
    return e

def consistency_expected(sp):
    pairs = []
    for a, b in sp["pairs"]:
        assert body_of(a) == body_of(b) == sp["body"] and year_of(b) == year_of(a) + 1
        if sp["mode"] == "carry":
            out = val(a, ("T3", "carried_to_next_year", sp["column"])); inn = val(b, ("T3", "carried_over_from_last_year", sp["column"]))
            pairs.append({"from": a, "to": b, "column": sp["column"], "out": out, "in": inn, "agree": out == inn})
        else:
            row = sp["row"]
            out = val(a, ("stats", row, "cumulative"))
            inn = val(b, ("stats", row, "cumulative")) - val(b, ("stats", row, "this_year"))
            pairs.append({"from": a, "to": b, "column": "cumulative", "row": row, "out": out, "in": inn, "agree": out == inn})
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}

def noyear_expected(sp):
    reps = reports_of(sp["body"]); newest = reps[max(reps)]
    assert newest == sp["report"], (sp, newest)
    a = sp["answer"]
    if a["type"] == "cell":
        t, r, c = a["ref"]
        return {"answer_kind": "cell", "table": t, "row": r, "column": c, "value": num(val(newest, a["ref"])), "report": newest}
    if a["type"] == "narrative":
        return {"answer_kind": "narrative", "substring": a["substring"], "report": newest}
    v, f = calc(newest, a["calc"], a.get("decimals"))
    return {"answer_kind": "derived", "value": v, "formula": f, "unit": a["unit"], "decimals": a.get("decimals"), "report": newest}

def mk_turn(q, sp):
    k = sp["kind"]
    t = {"question": q, "kind": k}
    if k == "series":
        t.update({"body": sp["body"], "span": sp["span"], "calc": {"ref": list(sp["ref"]), "alt": sp.get("alt")}, "expected": series_expected(sp)})
    elif k == "comparison":
        t.update({"reports": sp["reports"], "calc": sp["calc"], "expected": comparison_expected(sp)})
    elif k == "consistency":
        t.update({"body": sp["body"], "calc": {k2: sp[k2] for k2 in ("mode", "pairs", "column", "row") if k2 in sp}, "expected": consistency_expected(sp)})
    elif k == "unanswerable":
        t.update({"report": None, "year": None, "expected": {"status": "not_found", "reason": sp["reason"]}})
    return t

def main():
    out = []; n = 0
    def nid():
        nonlocal n; n += 1; return "x14-%03d" % n
    for sp in Q.SERIES:
        it = {"id": nid(), "kind": "series", "class": sp["class"], "question": sp["question"], "body": sp["body"], "span": sp["span"],
              "calc": {"ref": list(sp["ref"]), "alt": sp.get("alt")}, "expected": series_expected(sp)}
        if sp.get("note"): it["note"] = sp["note"]
        out.append(it)
    for sp in Q.COMPARISONS:
        e = comparison_expected(sp)
        it = {"id": nid(), "kind": "comparison", "class": sp["class"], "question": sp["question"], "reports": sp["reports"], "calc": sp["calc"], "expected": e}
        note = sp.get("note")
        if e["years_differ"] and not note: raise SystemExit("years differ without note: " + sp["question"])
        if note: it["note"] = note
        out.append(it)
    for sp in Q.CONSISTENCY:
        it = {"id": nid(), "kind": "consistency", "class": sp["class"], "question": sp["question"], "body": sp["body"],
              "calc": {k: sp[k] for k in ("mode", "pairs", "column", "row") if k in sp}, "expected": consistency_expected(sp)}
        if sp["mode"] == "cumulative":
            it["note"] = "pre-2019 统计表 chain: out = 历年累计 of year Y-1; in = 历年累计 of Y minus 本年度 of Y; agree when equal"
        out.append(it)
    for sp in Q.NOYEAR:
        e = noyear_expected(sp)
        it = {"id": nid(), "kind": "noyear", "class": sp["class"], "question": sp["question"], "body": sp["body"], "report": e["report"],
              "year": year_of(e["report"]), "expected": e}
        if sp["answer"]["type"] == "derived": it["calc"] = sp["answer"]["calc"]
        out.append(it)
    for sp in Q.NOBODY:
        out.append({"id": nid(), "kind": "nobody", "class": sp["class"], "question": sp["question"], "report": None, "year": None,
                    "expected": {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in sp["substrings"]], "reports": [r for r, _ in sp["substrings"]]}})
    for sp in Q.UNANSWERABLE:
        it = {"id": nid(), "kind": "unanswerable", "class": sp["class"], "question": sp["question"], "report": None, "year": None,
              "expected": {"status": "not_found", "reason": sp["reason"]}}
        if sp.get("note"): it["note"] = sp["note"]
        out.append(it)
    for sp in Q.AMBIGUOUS:
        out.append({"id": nid(), "kind": "ambiguous", "class": sp["class"], "question": sp["question"], "report": None, "year": None,
                    "reports": sp["reports"], "expected": {"status": "ambiguous"}, "note": sp["note"]})
    for sp in Q.FOLLOWUPS:
        out.append({"id": nid(), "kind": "followup", "class": sp["class"], "turns": [mk_turn(t["question"], t["spec"]) for t in sp["turns"]]})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in out: f.write(json.dumps(it, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), dict(Counter(i["kind"] for i in out)))

if __name__ == "__main__":
    main()
