# -*- coding: utf-8 -*-
"""Build set.jsonl for xset21 from questions.py and the gold cells in /work/blind/gold. No typed numbers."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import questions as Q

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))

_g = {}
def gold(stem):
    if stem not in _g:
        _g[stem] = json.load(open(os.path.join(GOLD, stem + ".json"), encoding="utf-8"))
    return _g[stem]

def stems():
    out = []
    for f in os.listdir(CORPUS):
        m = re.match(r"(.+)_(\d{4})\.(txt|md|pdf|html)$", f)
        if m:
            out.append((m.group(1), int(m.group(2)), f[:-len(m.group(3)) - 1]))
    return out

def years_of(body):
    return sorted(y for b, y, s in stems() if b == body)

def cellval(stem, t, r, c):
    v = gold(stem)["cells"].get(t, {}).get(r, {}).get(c, "MISSING") if r in gold(stem)["cells"].get(t, {}) else "MISSING"
    return v

def usable(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)

def concept_ref(stem, concept):
    fmt = gold(stem)["format"]
    refs = Q.CONCEPTS[concept].get(fmt)
    if refs is None:
        return None
    vals = [cellval(stem, *r) for r in refs]
    if any(v == "MISSING" for v in vals):
        return None  # row absent in this year's print (pre-2019 row sets differ)
    if not all(usable(v) for v in vals):
        raise SystemExit("unusable cell %s %s %s" % (stem, concept, vals))
    total = sum(vals)
    if all(isinstance(v, int) for v in vals):
        total = int(total)
    else:
        total = round(total, 6)
    return {"cells": [list(r) for r in refs], "value": total,
            "formula": " + ".join("%s.%s.%s=%s" % (r[0], r[1], r[2], v) for r, v in zip(refs, vals))}

def unit_of(concept):
    return Q.UNITS.get(concept, "件")

def series_expected(body, concept, span, pick):
    ys = years_of(body)
    if span is None:
        span_years = list(range(ys[0], ys[-1] + 1))
    elif isinstance(span, list):
        span_years = list(span)
    else:
        span_years = list(range(span[0], span[1] + 1))
    values, gaps, nc = {}, [], []
    for y in span_years:
        if y not in ys:
            gaps.append(y); continue
        stem = "%s_%d" % (body, y)
        ref = concept_ref(stem, concept)
        if ref is None:
            nc.append(y); continue
        values[str(y)] = {"report": stem, "value": ref["value"], "cells": ref["cells"], "formula": ref["formula"]}
    newest = max(values, key=int)
    first = values[newest]["cells"][0]
    exp = {"table": first[0], "row": first[1], "column": first[2], "values": values, "gaps": gaps,
           "not_comparable": nc, "unit": unit_of(concept), "pick": None}
    if pick:
        vs = [(int(y), d["value"]) for y, d in values.items()]
        if pick == "sum":
            s = sum(v for _, v in vs)
            exp["pick"] = {"kind": "sum", "value": round(s, 6) if isinstance(s, float) else s, "year": None}
        else:
            f = max if pick == "max" else min
            best = f(v for _, v in vs)
            yrs = [y for y, v in vs if v == best]
            if len(yrs) != 1:
                raise SystemExit("tie for %s %s %s: %s" % (body, concept, pick, yrs))
            exp["pick"] = {"kind": pick, "value": best, "year": yrs[0]}
    return exp

def comparison_expected(stems_, concept, order, decimals, rate):
    values, refs = {}, {}
    years = set()
    for st in stems_:
        years.add(gold(st)["year"])
        if rate:
            n = concept_ref(st, rate[0]); d = concept_ref(st, rate[1])
            v = round(n["value"] / d["value"] * 100, decimals)
            values[st] = v
            refs[st] = {"num": n["cells"], "den": d["cells"], "formula": "(%s)/(%s)*100" % (n["formula"], d["formula"])}
        else:
            r = concept_ref(st, concept)
            if r is None:
                raise SystemExit("no ref %s %s" % (st, concept))
            values[st] = r["value"]; refs[st] = {"num": r["cells"], "formula": r["formula"]}
    top = None
    if order:
        f = max if order == "desc" else min
        best = f(values.values())
        tops = [s for s, v in values.items() if v == best]
        if len(tops) != 1:
            raise SystemExit("tie in comparison %s %s: %s" % (stems_, concept, values))
        top = tops[0]
    exp = {"values": values, "unit": "%" if rate else unit_of(concept),
           "formula": ("%s / %s * 100" % rate) if rate else None, "order": order, "top": top,
           "decimals": decimals, "refs": refs}
    if len(years) > 1:
        exp["years_differ"] = True
    return exp

def consistency_expected(body, kind, years, col):
    pairs = []
    for a, b in zip(years, years[1:]):
        assert b == a + 1
        sa, sb = "%s_%d" % (body, a), "%s_%d" % (body, b)
        if kind == "carry":
            out = cellval(sa, "T3", "carried_to_next_year", col)
            inn = cellval(sb, "T3", "carried_over_from_last_year", col)
            pairs.append({"from": sa, "to": sb, "column": col, "out": out, "in": inn, "agree": out == inn,
                          "rows": ["T3.carried_to_next_year", "T3.carried_over_from_last_year"]})
        else:
            out = cellval(sa, "stats", col, "cumulative")
            inn = cellval(sb, "stats", col, "cumulative") - cellval(sb, "stats", col, "this_year")
            pairs.append({"from": sa, "to": sb, "column": "cumulative", "row": col, "out": out, "in": inn,
                          "agree": out == inn,
                          "rule": "out = 历年累计(Y); in = 历年累计(Y+1) - 本年度(Y+1)"})
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}

def report_text_lines(stem):
    for ext in ("txt", "md"):
        p = os.path.join(CORPUS, stem + "." + ext)
        if os.path.exists(p):
            return open(p, encoding="utf-8").read().split("\n")
    raise SystemExit("no text for " + stem)

def noyear_expected(report, spec):
    if spec[0] == "cell":
        _, t, r, c = spec
        v = cellval(report, t, r, c)
        assert usable(v), (report, spec, v)
        return "cell", {"table": t, "row": r, "column": c, "value": v, "report": report}
    if spec[0] == "derived":
        _, num, den, dec, unit = spec
        n = sum(cellval(report, *x) for x in num); d = sum(cellval(report, *x) for x in den)
        return "derived", {"value": round(n / d * 100, dec), "formula": "%s=%s / %s=%s * 100" % (
            "+".join(".".join(x) for x in num), n, "+".join(".".join(x) for x in den), d),
            "unit": unit, "decimals": dec, "report": report, "num": [list(x) for x in num], "den": [list(x) for x in den]}
    sub = spec[1]
    assert any(sub in l for l in report_text_lines(report)), (report, sub)
    return "narrative", {"substring": sub, "report": report}

def main():
    items = []
    for (i, cls, q, body, concept, span, pick) in Q.SERIES:
        items.append({"id": "x21-" + i, "kind": "series", "class": cls, "question": q, "body": body,
                      "expected": series_expected(body, concept, span, pick)})
    for (i, cls, q, st, concept, order, dec, rate) in Q.COMPARISONS:
        it = {"id": "x21-" + i, "kind": "comparison", "class": cls, "question": q, "reports": st,
              "expected": comparison_expected(st, concept, order, dec, rate)}
        if it["expected"].get("years_differ"):
            it["note"] = "the bodies' reports are of different years: " + ", ".join(
                "%s=%d" % (s, gold(s)["year"]) for s in st)
        items.append(it)
    for (i, cls, q, body, kind, years, col) in Q.CONSISTENCY:
        it = {"id": "x21-" + i, "kind": "consistency", "class": cls, "question": q, "body": body,
              "expected": consistency_expected(body, kind, years, col)}
        if kind == "cum":
            it["note"] = "pre-2019 统计表 chain: 历年累计(Y+1) should equal 历年累计(Y) + 本年度(Y+1); 'in' is the implied previous cumulative"
        items.append(it)
    for (i, cls, q, report, spec) in Q.NOYEAR:
        ak, exp = noyear_expected(report, spec)
        items.append({"id": "x21-" + i, "kind": "noyear", "class": cls, "question": q, "report": report,
                      "year": gold(report)["year"], "answer_kind": ak, "expected": exp})
    for (i, cls, q, subs) in Q.NOBODY:
        for st, sub in subs:
            assert any(sub in l for l in report_text_lines(st)), (st, sub)
        items.append({"id": "x21-" + i, "kind": "nobody", "class": cls, "question": q, "report": None, "year": None,
                      "expected": {"accept": ["grouped", "ambiguous"], "substrings": [s for _, s in subs],
                                   "reports": [st for st, _ in subs]}})
    for (i, cls, q, reason, note) in Q.UNANSWERABLE:
        items.append({"id": "x21-" + i, "kind": "unanswerable", "class": cls, "question": q, "report": None,
                      "year": None, "note": note, "expected": {"status": "not_found", "reason": reason}})
    for (i, cls, turns) in Q.FOLLOWUPS:
        out = []
        for (q, kind, spec) in turns:
            if kind == "series":
                body, concept, span, pick = spec
                out.append({"question": q, "kind": "series", "body": body, "report": None, "year": None,
                            "expected": series_expected(body, concept, span, pick)})
            elif kind == "comparison":
                st, concept, order, dec, rate = spec
                out.append({"question": q, "kind": "comparison", "reports": st, "report": None, "year": None,
                            "expected": comparison_expected(st, concept, order, dec, rate)})
            else:
                out.append({"question": q, "kind": "unanswerable", "report": None, "year": None,
                            "expected": {"status": "not_found", "reason": spec[0]}})
        items.append({"id": "x21-" + i, "kind": "followup", "class": cls, "turns": out})
    for x in items:
        n = Q.NOTES.get(x["id"][4:])
        if n:
            x["note"] = (x["note"] + "; " + n) if x.get("note") else n
    ids = [x["id"] for x in items]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(items), Counter(x["kind"] for x in items))

if __name__ == "__main__":
    main()
