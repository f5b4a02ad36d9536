#!/usr/bin/env python3
"""Build set.jsonl for blind cross-report set x11: every number is computed from /work/blind/gold cells."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions import ITEMS

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl")

STEMS = sorted(os.path.splitext(f)[0] for f in os.listdir(CORPUS) if re.match(r".+_\d{4}\.(txt|md|pdf|html)$", f))
_gold = {}
def gold(stem):
    if stem not in _gold:
        _gold[stem] = json.load(open(os.path.join(GOLD, stem + ".json"), encoding="utf-8"))
    return _gold[stem]

def split_ref(ref):
    t, r, c = ref.split(".", 2)
    return t, r, c

def cell(stem, ref):
    if isinstance(ref, list):
        return sum_vals([cell(stem, x) for x in ref])
    t, r, c = split_ref(ref)
    v = gold(stem)["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f"{stem} {ref}: not a determined number: {v!r}")
    return v

def sum_vals(vs):
    s = sum(vs)
    return round(s, 6) if isinstance(s, float) else s

def fmt_of(stem):
    return gold(stem)["format"]

def year_of(stem):
    return int(stem.rsplit("_", 1)[1])

def body_years(body):
    return sorted(year_of(s) for s in STEMS if re.fullmatch(re.escape(body) + r"_\d{4}", s))

def ref_for(mp, stem):
    if isinstance(mp, (str, list)):
        return mp
    return mp[fmt_of(stem)]

def ref_desc(ref):
    if isinstance(ref, list):
        parts = [split_ref(x) for x in ref]
        return parts[0][0], "+".join(sorted(set(p[1] for p in parts))), "+".join(p[2] for p in parts) if len(set(p[1] for p in parts)) == 1 else "+".join(sorted(set(p[2] for p in parts)))
    return split_ref(ref)

def series(it):
    body = it["body"]; years = body_years(body)
    a, b = it["span"] if it["span"] else (years[0], years[-1])
    values, gaps, nc = {}, [], []
    for y in range(a, b + 1):
        stem = f"{body}_{y}"
        if y not in years:
            gaps.append(y); continue
        ref = it["map"][fmt_of(stem)]
        if ref is None:
            nc.append(y); continue
        t, r, c = ref_desc(ref)
        values[str(y)] = {"report": stem, "value": cell(stem, ref), "table": t, "row": r, "column": c}
        if isinstance(ref, list):
            values[str(y)]["sum_of"] = ref
    prim = next(v for v in (it["map"]["2021"], it["map"]["2019_trial"], it["map"]["pre_2019"]) if v is not None)
    t, r, c = ref_desc(prim)
    pick = None
    if it["pick"]:
        vals = [(int(y), v["value"]) for y, v in values.items()]
        if it["pick"] == "sum":
            pick = {"kind": "sum", "value": sum_vals([v for _, v in vals]), "year": None}
        else:
            best = max(v for _, v in vals) if it["pick"] == "max" else min(v for _, v in vals)
            ys = [y for y, v in vals if v == best]
            if len(ys) != 1:
                raise ValueError(f"{it['id']}: tie for {it['pick']}: {ys}")
            pick = {"kind": it["pick"], "value": best, "year": ys[0]}
    exp = {"table": t, "row": r, "column": c, "values": values, "gaps": gaps, "not_comparable": nc, "pick": pick}
    return {"body": body, "report": None, "year": None, "expected": exp}

def metric_value(stem, metric, decimals):
    if "ref" in metric:
        return cell(stem, ref_for(metric["ref"], stem))
    num, den = metric["ratio"]
    n = cell(stem, num); d = cell(stem, den)
    return round(100.0 * n / d, decimals if decimals is not None else 2)

def comparison(it):
    reps = it["reports"]
    vals = {s: metric_value(s, it["metric"], it["decimals"]) for s in reps}
    top = None
    if it["order"]:
        best = max(vals.values()) if it["order"] == "desc" else min(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        top = tops[0] if len(tops) == 1 else None
    formula = it.get("formula")
    if formula:
        parts = []
        for s in reps:
            if "ratio" in it["metric"]:
                num, den = it["metric"]["ratio"]
                parts.append(f"{s}: {cell(s, num)}/{cell(s, den)}*100 = {vals[s]}")
            else:
                parts.append(f"{s}: {vals[s]}")
        formula = formula + "; " + "; ".join(parts)
    yrs = sorted(set(year_of(s) for s in reps))
    exp = {"values": vals, "unit": it["unit"], "formula": formula, "order": it["order"], "top": top, "decimals": it["decimals"]}
    if len(yrs) > 1:
        exp["years_differ"] = True
    return {"reports": reps, "report": None, "year": yrs[0] if len(yrs) == 1 else None, "expected": exp}

def consistency(it):
    body = it["body"]; pairs = []
    for a, b in it["pairs"]:
        fa, fb = f"{body}_{a}", f"{body}_{b}"
        assert b == a + 1 and fa in STEMS and fb in STEMS, (it["id"], a, b)
        if it["mode"] == "carry":
            out = cell(fa, f"T3.carried_to_next_year.{it['col']}")
            inn = cell(fb, f"T3.carried_over_from_last_year.{it['col']}")
            col = it["col"]
        else:
            row = it["row"]
            out = cell(fa, f"stats.{row}.cumulative") + cell(fb, f"stats.{row}.this_year")
            inn = cell(fb, f"stats.{row}.cumulative")
            col = f"stats.{row}.cumulative (cumulative {a} + this_year {b} vs cumulative {b})"
        pairs.append({"from": fa, "to": fb, "column": col, "out": out, "in": inn, "agree": out == inn})
    return {"body": body, "report": None, "year": None,
            "expected": {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}}

def noyear(it):
    body = it["body"]; y = body_years(body)[-1]; stem = f"{body}_{y}"
    if it["type"] == "cell":
        t, r, c = split_ref(it["ref"])
        exp = {"table": t, "row": r, "column": c, "value": cell(stem, it["ref"])}
    elif it["type"] == "narrative":
        exp = {"substring": it["sub"]}
    else:
        if "ratio" in it:
            num, den = it["ratio"]
            n, d = cell(stem, num), cell(stem, den)
            dec = it.get("decimals", 2)
            v = round(100.0 * n / d, dec)
            f = f"{it['formula']} = {n}/{d}*100"
        else:
            vs = [cell(stem, r) for r in it["sum"]]
            v = sum_vals(vs); dec = None
            f = f"{it['formula']} = " + "+".join(str(x) for x in vs)
        exp = {"value": v, "formula": f, "unit": it["unit"]}
        if it.get("decimals") is not None:
            exp["decimals"] = it["decimals"]
    exp["report"] = stem
    exp["type"] = it["type"]
    return {"body": body, "report": stem, "year": y, "expected": exp}

def nobody(it):
    return {"report": None, "year": None, "expected": {"accept": ["grouped", "ambiguous"],
            "substrings": [s for _, s in it["subs"]], "reports": [r for r, _ in it["subs"]]}}

def unans(it):
    return {"report": None, "year": it.get("year"), "expected": {"status": "not_found", "reason": it["reason"]}}

def single_cell(it):
    t, r, c = split_ref(it["ref"])
    return {"report": it["report"], "year": year_of(it["report"]),
            "expected": {"table": t, "row": r, "column": c, "value": cell(it["report"], it["ref"])}}

BUILD = {"series": series, "comparison": comparison, "consistency": consistency, "noyear": noyear,
         "nobody": nobody, "unanswerable": unans, "cell": single_cell}

def build_item(it):
    d = BUILD[it["kind"]](it)
    return d

def main():
    lines = []
    for it in ITEMS:
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                d = build_item(t)
                e = dict(d["expected"])
                e.setdefault("report", d.get("report"))
                e.setdefault("year", d.get("year"))
                if "body" in d: e["body"] = d["body"]
                if "reports" in d: e["reports"] = d["reports"]
                turn = {"question": t["q"], "kind": t["kind"], "expected": e}
                if t.get("note"): turn["note"] = t["note"]
                turns.append(turn)
            rec = {"id": it["id"], "kind": "followup", "class": it["cls"], "turns": turns}
        else:
            d = build_item(it)
            rec = {"id": it["id"], "kind": it["kind"], "class": it["cls"], "question": it["q"]}
            for k in ("body", "reports", "report", "year"):
                if k in d: rec[k] = d[k]
            rec["expected"] = d["expected"]
            if it.get("note"): rec["note"] = it["note"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} items to {OUT}")

if __name__ == "__main__":
    main()
