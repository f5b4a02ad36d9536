# -*- coding: utf-8 -*-
"""Build set.jsonl for the cross-report blind set x3 from the gold cells (no typed numbers).

Reads /work/blind/gold/*.json (hand-checked gold; every report of the corpus has one, so this set adds none)
and questions.py (references only). Writes set.jsonl next to this file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = "/work/blind/gold"
CORPUS_DIR = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD = {}
for fn in sorted(os.listdir(GOLD_DIR)):
    if fn.endswith(".json"):
        GOLD[fn[:-5]] = json.load(open(os.path.join(GOLD_DIR, fn), encoding="utf-8"))

STEMS = sorted(os.path.splitext(fn)[0] for fn in os.listdir(CORPUS_DIR)
               if fn.split(".")[-1] in ("txt", "md", "pdf", "html") and fn != "SOURCES.md")


def body_of(stem):
    return stem.rsplit("_", 1)[0]


def year_of(stem):
    return int(stem.rsplit("_", 1)[1])


def body_years(body):
    return sorted(year_of(s) for s in STEMS if body_of(s) == body)


def newest(body):
    return "%s_%d" % (body, body_years(body)[-1])


class Missing(Exception):
    pass


def is_ref(x):
    return isinstance(x, tuple) and len(x) == 3


def resolve(ref, stem):
    """ref -> ref actually used for this report (by_format handled), or None when the format has no row."""
    if isinstance(ref, dict) and "by_format" in ref:
        return ref["by_format"].get(GOLD[stem]["format"])
    return ref


def has(ref, stem):
    ref = resolve(ref, stem)
    if ref is None:
        return False
    if is_ref(ref):
        t, r, c = ref
        cells = GOLD[stem]["cells"]
        return t in cells and r in cells[t] and c in cells[t][r]
    if "sum" in ref:
        return all(has(x, stem) for x in ref["sum"])
    if "diff" in ref:
        return all(has(x, stem) for x in ref["diff"])
    if "pct" in ref:
        return all(has(x, stem) for x in ref["pct"])
    raise ValueError(ref)


def cell(ref, stem):
    t, r, c = ref
    v = GOLD[stem]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise Missing("%s %s.%s.%s is %r (blank/unresolved/mark): not askable" % (stem, t, r, c, v))
    return v


def rnd(v):
    return round(v, 6) if isinstance(v, float) else v


def ev(ref, stem):
    """-> (value, formula text)"""
    ref = resolve(ref, stem)
    if ref is None:
        raise Missing("%s: row absent in this format" % stem)
    if is_ref(ref):
        v = cell(ref, stem)
        return v, "%s.%s.%s = %s" % (ref[0], ref[1], ref[2], v)
    if "sum" in ref:
        parts = [ev(x, stem) for x in ref["sum"]]
        v = rnd(sum(p[0] for p in parts))
        return v, " + ".join("(%s)" % p[1] for p in parts) + " = %s" % v
    if "diff" in ref:
        a, b = (ev(x, stem) for x in ref["diff"])
        v = rnd(a[0] - b[0])
        return v, "(%s) - (%s) = %s" % (a[1], b[1], v)
    if "pct" in ref:
        a, b = (ev(x, stem) for x in ref["pct"])
        if b[0] == 0:
            raise Missing("%s: zero denominator" % stem)
        v = round(a[0] / b[0] * 100, ref["decimals"])
        return v, "(%s) / (%s) × 100 = %s" % (a[1], b[1], v)
    raise ValueError(ref)


def ref_label(ref):
    if is_ref(ref):
        return {"table": ref[0], "row": ref[1], "column": ref[2]}
    if isinstance(ref, dict) and "by_format" in ref:
        return {"table": None, "row": None, "column": None,
                "by_format": {k: ref_label(v) if v is not None else None for k, v in ref["by_format"].items()}}
    return {"table": None, "row": None, "column": None, "formula": formula_text(ref)}


def formula_text(ref):
    if is_ref(ref):
        return "%s.%s.%s" % ref
    if "sum" in ref:
        return " + ".join(formula_text(x) for x in ref["sum"])
    if "diff" in ref:
        return "%s - %s" % tuple(formula_text(x) for x in ref["diff"])
    if "pct" in ref:
        return "%s / %s × 100" % tuple(formula_text(x) for x in ref["pct"])
    raise ValueError(ref)


def do_pick(values, pick):
    if pick is None:
        return None
    ys = sorted(values, key=int)
    vals = [values[y]["value"] for y in ys]
    if pick == "sum":
        return {"kind": "sum", "value": rnd(sum(vals)), "year": None}
    target = max(vals) if pick == "max" else min(vals)
    hits = [y for y in ys if values[y]["value"] == target]
    if len(hits) != 1:
        raise Missing("pick %s not unique: %s" % (pick, hits))
    return {"kind": pick, "value": target, "year": int(hits[0])}


def build_series(it):
    body = it["body"]
    yrs = body_years(body)
    span = it.get("span") or (yrs[0], yrs[-1])
    values, gaps, nc = {}, [], []
    for y in range(span[0], span[1] + 1):
        stem = "%s_%d" % (body, y)
        if stem not in STEMS:
            gaps.append(y)
            continue
        if not has(it["ref"], stem):
            nc.append(y)
            continue
        v, f = ev(it["ref"], stem)
        used = resolve(it["ref"], stem)
        entry = {"report": stem, "value": v}
        if is_ref(used):
            entry.update({"table": used[0], "row": used[1], "column": used[2]})
        else:
            entry["formula"] = f
        values[str(y)] = entry
    if not values:
        raise Missing("%s: empty series" % it.get("id"))
    top = ref_label(it["ref"])
    exp = dict(top)
    exp.update({"values": values, "gaps": gaps, "not_comparable": nc, "pick": do_pick(values, it.get("pick"))})
    if it.get("span") is None:
        exp["span"] = None
    else:
        exp["span"] = list(span)
    return exp


def build_comparison(it):
    vals, detail = {}, {}
    for stem in it["reports"]:
        v, f = ev(it["ref"], stem)
        vals[stem] = v
        detail[stem] = f
    order = it.get("order")
    top = None
    if order:
        ranked = sorted(vals.items(), key=lambda kv: kv[1], reverse=(order == "desc"))
        if len(ranked) < 2 or ranked[0][1] != ranked[1][1]:
            top = ranked[0][0]
    years = sorted(set(year_of(s) for s in it["reports"]))
    formula = None if is_ref(it["ref"]) else formula_text(it["ref"])
    exp = {"values": vals, "unit": it["unit"], "formula": formula, "order": order, "top": top,
           "decimals": it.get("decimals"), "years_differ": len(years) > 1, "detail": detail}
    if is_ref(it["ref"]):
        exp.update(ref_label(it["ref"]))
    return exp


def build_consistency(it):
    pairs = []
    for a, b in it["pairs"]:
        assert a in STEMS and b in STEMS and body_of(a) == body_of(b) == it["body"]
        assert year_of(b) == year_of(a) + 1, (a, b)
        if it["mode"] == "carry":
            col = it["key"]
            out = cell(("T3", "carried_to_next_year", col), a)
            inn = cell(("T3", "carried_over_from_last_year", col), b)
            pairs.append({"from": a, "to": b, "column": col, "out": out, "in": inn, "agree": out == inn,
                          "formula": "T3.carried_to_next_year.%s(%s) vs T3.carried_over_from_last_year.%s(%s)"
                                     % (col, a, col, b)})
        else:
            row = it["key"]
            cum_a = cell(("stats", row, "cumulative"), a)
            ty_b = cell(("stats", row, "this_year"), b)
            cum_b = cell(("stats", row, "cumulative"), b)
            pairs.append({"from": a, "to": b, "column": "cumulative", "row": row, "out": rnd(cum_a + ty_b),
                          "in": cum_b, "agree": cum_a + ty_b == cum_b,
                          "formula": "stats.%s.cumulative(%s) %s + stats.%s.this_year(%s) %s vs stats.%s.cumulative(%s) %s"
                                     % (row, a, cum_a, row, b, ty_b, row, b, cum_b)})
    return {"pairs": pairs, "all_agree": all(p["agree"] for p in pairs)}


def line_has(stem, sub):
    path = [os.path.join(CORPUS_DIR, fn) for fn in os.listdir(CORPUS_DIR) if os.path.splitext(fn)[0] == stem][0]
    if not (path.endswith(".txt") or path.endswith(".md")):
        raise Missing("narratives only from .txt/.md files: %s" % path)
    return any(sub in line for line in open(path, encoding="utf-8").read().split("\n"))


def build_answer(ans, stem):
    exp = {"type": ans["type"], "report": stem}
    if ans["type"] == "cell":
        v, _ = ev(ans["ref"], stem)
        exp.update(ref_label(ans["ref"]))
        exp["value"] = v
    elif ans["type"] == "derived":
        v, f = ev(ans["ref"], stem)
        exp.update({"value": v, "formula": f, "unit": ans["unit"]})
        if isinstance(ans["ref"], dict) and "pct" in ans["ref"]:
            exp["decimals"] = ans["ref"]["decimals"]
    elif ans["type"] == "narrative":
        s = ans["substring"]
        assert 6 <= len(s) <= 30 and line_has(stem, s), (stem, s)
        exp["substring"] = s
    return exp


def build_item(it, prev=None):
    k = it["kind"]
    out = {"id": it.get("id"), "kind": k, "class": it.get("cls"), "question": it["q"]}
    if k == "series":
        out.update({"body": it["body"], "report": None, "year": None, "expected": build_series(it)})
    elif k == "comparison":
        exp = build_comparison(it)
        ys = sorted(set(year_of(s) for s in it["reports"]))
        out.update({"reports": it["reports"], "report": None, "year": ys[0] if len(ys) == 1 else None, "expected": exp})
    elif k == "consistency":
        out.update({"body": it["body"], "report": None, "year": None, "expected": build_consistency(it)})
    elif k == "noyear":
        stem = newest(it["body"])
        out.update({"body": it["body"], "report": stem, "year": year_of(stem), "expected": build_answer(it["answer"], stem)})
    elif k == "nobody":
        subs = []
        for stem, s in it["subs"]:
            assert 6 <= len(s) <= 30 and line_has(stem, s), (stem, s)
            subs.append(s)
        out.update({"report": None, "year": None,
                    "expected": {"accept": ["grouped", "ambiguous"], "substrings": subs,
                                 "reports": [stem for stem, _ in it["subs"]]}})
    elif k == "unanswerable":
        out.update({"report": it.get("report"), "year": it.get("year"),
                    "expected": {"status": "not_found", "reason": it["reason"]}})
    elif k == "cell":
        stem = it["report"]
        if stem == "@prev_pick":
            stem = "%s_%d" % (prev["body"], prev["expected"]["pick"]["year"])
        v, _ = ev(it["ref"], stem)
        exp = ref_label(it["ref"])
        exp["value"] = v
        out.update({"report": stem, "year": year_of(stem), "expected": exp})
    else:
        raise ValueError(k)
    if it.get("note"):
        out["note"] = it["note"]
    return out


def build():
    items = []
    for it in Q.ALL:
        if it["kind"] == "followup":
            turns, prev = [], None
            for t in it["turns"]:
                b = build_item(t, prev)
                turn = {"question": b["question"], "kind": b["kind"], "expected": dict(b["expected"])}
                for f in ("body", "reports"):
                    if f in b:
                        turn["expected"][f] = b[f]
                turn["expected"]["report"] = b.get("report")
                turn["expected"]["year"] = b.get("year")
                if b.get("note"):
                    turn["note"] = b["note"]
                turns.append(turn)
                prev = b
            rec = {"id": it["id"], "kind": "followup", "class": it["cls"], "turns": turns}
            if it.get("note"):
                rec["note"] = it["note"]
            items.append(rec)
        else:
            items.append(build_item(it))
    ids = [x["id"] for x in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(items), "items", dict(Counter(x["kind"] for x in items)))


if __name__ == "__main__":
    build()
