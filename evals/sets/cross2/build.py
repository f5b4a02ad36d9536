# -*- coding: utf-8 -*-
"""Build cross-report blind set x2: computes every expected value from the gold cells and writes set.jsonl.

Run:  python3 build.py      (reads /work/blind/gold/*.json, questions.py; writes set.jsonl next to this file)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIR = "/work/blind/gold"
CORPUS = "/work/shared/corpus"

GOLD = {}
for p in glob.glob(os.path.join(GOLD_DIR, "*.json")):
    stem = os.path.basename(p)[:-5]
    GOLD[stem] = json.load(open(p, encoding="utf-8"))


def body_years(body):
    ys = {}
    for stem in GOLD:
        m = re.fullmatch(re.escape(body) + r"_(\d{4})", stem)
        if m:
            ys[int(m.group(1))] = stem
    if not ys:
        raise SystemExit("no reports for body %s" % body)
    return dict(sorted(ys.items()))


def num(v, where):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("non-numeric gold cell %s: %r" % (where, v))
    return v


def fmt(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def ev(expr, stem):
    """-> (value, formula text, single-cell dict or None)"""
    g = GOLD[stem]["cells"]
    if "cell" in expr:
        t, r, c = expr["cell"]
        try:
            v = g[t][r][c]
        except KeyError:
            raise SystemExit("missing gold cell %s %s.%s.%s" % (stem, t, r, c))
        v = num(v, "%s %s.%s.%s" % (stem, t, r, c))
        return v, "%s.%s.%s=%s" % (t, r, c, fmt(v)), {"table": t, "row": r, "column": c}
    if "sum" in expr:
        parts = [ev(e, stem) for e in expr["sum"]]
        v = sum(p[0] for p in parts)
        if isinstance(v, float):
            v = round(v, 6)
        return v, " + ".join(p[1] for p in parts) + " = " + fmt(v), None
    if "diff" in expr:
        a, b = (ev(e, stem) for e in expr["diff"])
        v = a[0] - b[0]
        return v, "(%s) - (%s) = %s" % (a[1], b[1], fmt(v)), None
    if "pct" in expr:
        a, b = (ev(e, stem) for e in expr["pct"])
        if b[0] == 0:
            raise SystemExit("division by zero in %s" % stem)
        d = expr["decimals"]
        v = round(a[0] / b[0] * 100 + 1e-12, d)
        return v, "(%s) / (%s) x 100 = %s" % (a[1], b[1], fmt(v)), None
    raise SystemExit("bad expr %r" % expr)


def clean(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


# ---------------------------------------------------------------- series
def build_series(spec):
    concept = Q.C[spec["concept"]]
    years = body_years(spec["body"])
    if spec["span"]:
        lo, hi = spec["span"]
    else:
        lo, hi = min(years), max(years)
    values, gaps, nc = {}, [], []
    for y in range(lo, hi + 1):
        if y not in years:
            gaps.append(y)
            continue
        stem = years[y]
        fmt_ = GOLD[stem]["format"]
        expr = concept["f"][fmt_]
        if expr is None:
            nc.append(y)
            continue
        v, formula, single = ev(expr, stem)
        entry = {"report": stem, "value": clean(v)}
        if single:
            entry.update(single)
        else:
            entry["formula"] = formula
        values[str(y)] = entry
    if not values:
        raise SystemExit("%s: empty series" % spec.get("id", spec["question"]))
    pick = None
    if spec["pick"]:
        vals = [(int(y), e["value"]) for y, e in values.items()]
        k = spec["pick"]
        if k in ("max", "min"):
            best = (max if k == "max" else min)(v for _, v in vals)
            ys = [y for y, v in vals if v == best]
            if len(ys) != 1:
                raise SystemExit("%s: tie for %s" % (spec.get("id", spec["question"]), k))
            pick = {"kind": k, "value": clean(best), "year": ys[0]}
        elif k == "sum":
            s = sum(v for _, v in vals)
            pick = {"kind": "sum", "value": clean(round(s, 6) if isinstance(s, float) else s), "year": None}
        elif k == "mean":
            d = spec["mean_decimals"]
            m = round(sum(v for _, v in vals) / len(vals) + 1e-12, d)
            pick = {"kind": "mean", "value": clean(m), "year": None, "decimals": d}
        else:
            raise SystemExit("bad pick")
    t, r, c = concept["key"]
    return {"table": t, "row": r, "column": c, "row_meaning": concept["desc"],
            "unit": "万元" if spec["concept"] == "FEE" else ("条" if t == "stats" else "件"),
            "values": values, "gaps": gaps, "not_comparable": nc, "pick": pick}


# ---------------------------------------------------------------- comparison
def build_comparison(spec):
    vals, detail = {}, {}
    for stem in spec["reports"]:
        v, formula, single = ev(spec["expr"], stem)
        vals[stem] = clean(v)
        detail[stem] = formula
    years = {GOLD[s]["year"] for s in spec["reports"]}
    if (len(years) > 1) != bool(spec["years_differ"]):
        raise SystemExit("%s: years_differ flag wrong" % spec.get("id", spec["question"]))
    top = None
    if spec["top"]:
        order = spec["order"]
        best = (max if order == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        if len(tops) == 1:
            top = tops[0]
        elif "tie" not in (spec.get("note") or ""):
            raise SystemExit("%s: unexpected tie" % spec.get("id", spec["question"]))
    if spec["order"]:
        sv = sorted(vals.values())
        if len(set(sv)) != len(sv) and "tie" not in (spec.get("note") or ""):
            raise SystemExit("%s: tie in ordered comparison" % spec.get("id", spec["question"]))
    e = {"values": vals, "unit": spec["unit"], "formula": spec["formula"], "order": spec["order"], "top": top,
         "decimals": spec["decimals"], "detail": detail}
    if spec["order"]:
        rev = spec["order"] == "desc"
        e["ranking"] = [s for s, _ in sorted(vals.items(), key=lambda kv: kv[1], reverse=rev)]
    if spec["difference"]:
        a, b = spec["reports"][:2]
        d = vals[a] - vals[b]
        if isinstance(d, float):
            d = round(d, 6)
        e["difference"] = {"value": clean(d), "formula": "%s - %s = %s - %s = %s" % (a, b, fmt(vals[a]), fmt(vals[b]), fmt(d))}
    if spec["years_differ"]:
        e["years_differ"] = True
    return e


# ---------------------------------------------------------------- consistency
def build_consistency(spec):
    years = body_years(spec["body"])
    pairs = []
    for (y0, y1, kind, row, col) in spec["pairs"]:
        if y0 not in years or y1 not in years or y1 != y0 + 1:
            raise SystemExit("%s: pair %s->%s not consecutive/indexed" % (spec.get("id", spec["question"]), y0, y1))
        a, b = years[y0], years[y1]
        if kind == "t3":
            out = num(GOLD[a]["cells"]["T3"]["carried_to_next_year"][col], a)
            inn = num(GOLD[b]["cells"]["T3"]["carried_over_from_last_year"][col], b)
            rowtxt = "T3.carried_to_next_year (from) -> T3.carried_over_from_last_year (to)"
        elif kind == "cum":
            s0 = GOLD[a]["cells"]["stats"][row]
            s1 = GOLD[b]["cells"]["stats"][row]
            out = num(s0["cumulative"], a) + num(s1["this_year"], b)
            inn = num(s1["cumulative"], b)
            rowtxt = "stats.%s: cumulative(from) + this_year(to) -> cumulative(to)" % row
        else:
            raise SystemExit("bad pair kind")
        pairs.append({"from": a, "to": b, "row": rowtxt, "column": col, "out": clean(out), "in": clean(inn),
                      "agree": out == inn})
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}


# ---------------------------------------------------------------- text helpers
TEXT = {}


def report_text(stem):
    if stem not in TEXT:
        fs = [f for f in glob.glob(os.path.join(CORPUS, stem + ".*")) if f.endswith((".txt", ".md"))]
        if len(fs) != 1:
            raise SystemExit("no text file for %s (narratives only from .txt/.md reports)" % stem)
        TEXT[stem] = open(fs[0], encoding="utf-8").read().splitlines()
    return TEXT[stem]


def check_sub(sub, stem):
    if not (6 <= len(sub) <= 30):
        raise SystemExit("substring length %d: %s" % (len(sub), sub))
    if not any(sub in line for line in report_text(stem)):
        raise SystemExit("substring not on one line of %s: %s" % (stem, sub))


# ---------------------------------------------------------------- noyear / nobody / unanswerable
def newest(stem):
    body = stem.rsplit("_", 1)[0]
    ys = body_years(body)
    return ys[max(ys)]


def build_noyear(spec):
    stem = spec["report"]
    if newest(stem) != stem:
        raise SystemExit("%s: %s is not the newest report of its body" % (spec["id"], stem))
    e = {"type": spec["type"], "report": stem}
    if spec["type"] == "cell":
        v, formula, single = ev(spec["expr"], stem)
        assert single
        e.update(single)
        e["value"] = clean(v)
    elif spec["type"] == "derived":
        v, formula, single = ev(spec["expr"], stem)
        e.update({"value": clean(v), "formula": spec["formula"] + ": " + formula, "unit": spec["unit"]})
    elif spec["type"] == "narrative":
        check_sub(spec["substring"], stem)
        e["substring"] = spec["substring"]
    return e


def build_nobody(spec):
    subs, reps = [], []
    for sub, stem in spec["pairs"]:
        check_sub(sub, stem)
        subs.append(sub)
        reps.append(stem)
    return {"accept": ["grouped", "ambiguous"], "substrings": subs, "reports": reps}


REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}


def build_unans(spec):
    assert spec["reason"] in REASONS
    return {"status": "not_found", "reason": spec["reason"]}


# ---------------------------------------------------------------- assemble
def base(spec, kind):
    d = {"id": spec["id"], "kind": kind, "class": spec["class"], "question": spec["question"]}
    return d


def turn(spec):
    k = spec["kind"]
    t = {"question": spec["question"], "kind": k, "report": None, "year": None}
    if k == "series":
        t["body"] = spec["body"]
        t["expected"] = build_series(spec)
    elif k == "comparison":
        t["reports"] = spec["reports"]
        t["expected"] = build_comparison(spec)
    elif k == "consistency":
        t["body"] = spec["body"]
        t["expected"] = build_consistency(spec)
    elif k == "unanswerable":
        t["expected"] = build_unans(spec)
    else:
        raise SystemExit("bad turn kind")
    if spec.get("note"):
        t["note"] = spec["note"]
    return t


def main():
    out = []
    for s in Q.SERIES:
        d = base(s, "series")
        d.update({"body": s["body"], "report": None, "year": None, "expected": build_series(s)})
        if s.get("note"):
            d["note"] = s["note"]
        out.append(d)
    for s in Q.COMPARISONS:
        d = base(s, "comparison")
        d.update({"reports": s["reports"], "report": None, "year": None, "expected": build_comparison(s)})
        if s.get("note"):
            d["note"] = s["note"]
        out.append(d)
    for s in Q.CONSISTENCY:
        d = base(s, "consistency")
        d.update({"body": s["body"], "report": None, "year": None, "expected": build_consistency(s)})
        if s.get("note"):
            d["note"] = s["note"]
        out.append(d)
    for s in Q.NOYEAR:
        d = base(s, "noyear")
        d.update({"report": s["report"], "year": GOLD[s["report"]]["year"], "expected": build_noyear(s)})
        if s.get("note"):
            d["note"] = s["note"]
        out.append(d)
    for s in Q.NOBODY:
        d = base(s, "nobody")
        d.update({"report": None, "year": None, "expected": build_nobody(s)})
        if s.get("note"):
            d["note"] = s["note"]
        out.append(d)
    for s in Q.UNANSWERABLE:
        d = base(s, "unanswerable")
        d.update({"report": None, "year": None, "expected": build_unans(s)})
        if s.get("note"):
            d["note"] = s["note"]
        out.append(d)
    for f in Q.FOLLOWUPS:
        if not 2 <= len(f["turns"]) <= 3:
            raise SystemExit("followup turns")
        if f["turns"][0]["kind"] not in ("series", "comparison"):
            raise SystemExit("followup first turn kind")
        out.append({"id": f["id"], "kind": "followup", "class": f["class"], "turns": [turn(t) for t in f["turns"]]})
    ids = [d["id"] for d in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "items", dict(Counter(d["kind"] for d in out)))


if __name__ == "__main__":
    main()
