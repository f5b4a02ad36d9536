# -*- coding: utf-8 -*-
"""Independent checker for x13 set.jsonl: recomputes every value from the gold cells and
checks every narrative substring against one line of the report text (.txt/.md read as stored;
no substring in this set comes from the .pdf/.html reports). Exits 1 on any mismatch."""
import json, os, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
errors = []


def err(msg):
    errors.append(msg)


gold = {}
for fn in os.listdir(GOLD_DIR):
    if fn.endswith(".json"):
        with open(os.path.join(GOLD_DIR, fn), encoding="utf-8") as fh:
            gold[fn[:-5]] = json.load(fh)

reports = {}
for fn in os.listdir(CORPUS):
    stem, ext = os.path.splitext(fn)
    if "_" in stem and stem[-4:].isdigit():
        reports[stem] = (stem[:-5], int(stem[-4:]), ext)


def cell(stem, t, r, c):
    try:
        v = gold[stem]["cells"][t][r][c]
    except KeyError:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err(f"{stem} {t}/{r}/{c} is not a determined number: {v!r}")
        return None
    return v


def exists(stem, t, r, c):
    return c in gold[stem]["cells"].get(t, {}).get(r, {})


def years_of(body):
    return {y: s for s, (b, y, _) in reports.items() if b == body}


def line_has(stem, sub):
    ext = reports[stem][2]
    if ext not in (".txt", ".md"):
        err(f"substring from non-text report {stem}")
        return False
    with open(os.path.join(CORPUS, stem + ext), encoding="utf-8") as fh:
        return any(sub in line for line in fh)


def r_half_up(x, d):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def chk_series(iid, it):
    e = it["expected"]
    body = it["body"]
    yrs = years_of(body)
    if not yrs:
        err(f"{iid}: body {body} not in corpus")
        return
    a, b = it["span"]
    if not it.get("span_given") and (a, b) != (min(yrs), max(yrs)):
        err(f"{iid}: default span should be all indexed years")
    gaps, nc, got = [], [], {}
    for y in range(a, b + 1):
        if y not in yrs:
            gaps.append(y)
            continue
        st = yrs[y]
        ent = e["values"].get(str(y))
        if ent is None:
            if exists(st, e["table"], e["row"], e["column"]):
                err(f"{iid}: {y} has the row but is missing from values")
            nc.append(y)
            continue
        if ent["report"] != st:
            err(f"{iid}: {y} report {ent['report']} != {st}")
        t, r, c = ent.get("table", e["table"]), ent.get("row", e["row"]), ent.get("column", e["column"])
        if (t, r, c) != (e["table"], e["row"], e["column"]):
            if exists(st, e["table"], e["row"], e["column"]):
                err(f"{iid}: {y} uses an equivalent row although the asked row exists")
            if gold[st]["format"] != "pre_2019":
                err(f"{iid}: equivalent rows only used for the legacy 统计表")
        v = cell(st, t, r, c)
        if v != ent["value"]:
            err(f"{iid}: {y} value {ent['value']} != gold {v}")
        got[y] = v
    extra = set(e["values"]) - {str(y) for y in got}
    if extra:
        err(f"{iid}: values outside span {extra}")
    if gaps != e["gaps"]:
        err(f"{iid}: gaps {e['gaps']} != {gaps}")
    if nc != e["not_comparable"]:
        err(f"{iid}: not_comparable {e['not_comparable']} != {nc}")
    p = e["pick"]
    if p:
        vs = list(got.values())
        if p["kind"] == "sum":
            if abs(sum(vs) - p["value"]) > 1e-6:
                err(f"{iid}: sum {p['value']} != {sum(vs)}")
        else:
            best = max(vs) if p["kind"] == "max" else min(vs)
            ys = [y for y, v in got.items() if v == best]
            if best != p["value"] or ys != [p["year"]]:
                err(f"{iid}: pick {p} != {best} {ys}")


def chk_comparison(iid, it):
    e = it["expected"]
    if set(e["values"]) != set(it["reports"]):
        err(f"{iid}: values keys != reports")
    for st in it["reports"]:
        if st not in gold:
            err(f"{iid}: no gold for {st}")
            continue
        cc = e["cells"][st]
        n = sum(cell(st, *t) or 0 for t in cc["num"])
        if cc["den"]:
            d = sum(cell(st, *t) or 0 for t in cc["den"])
            v = r_half_up(100.0 * n / d, e["decimals"])
        else:
            v = n
        if abs(v - e["values"][st]) > 1e-9:
            err(f"{iid}: {st} {e['values'][st]} != {v}")
    vals = e["values"]
    if e["order"] in ("desc", "asc"):
        best = (max if e["order"] == "desc" else min)(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        if tops != [e["top"]]:
            err(f"{iid}: top {e['top']} != {tops}")
    elif e["top"] is not None:
        err(f"{iid}: top without order")
    yd = len({reports[s][1] for s in it["reports"]}) > 1
    if yd != e["years_differ"]:
        err(f"{iid}: years_differ wrong")
    if yd and not it.get("note") and "note" not in it:
        pass


def chk_consistency(iid, it):
    e = it["expected"]
    for p in e["pairs"]:
        fa, fb = p["from"], p["to"]
        if reports[fa][0] != it["body"] or reports[fb][0] != it["body"] or reports[fb][1] != reports[fa][1] + 1:
            err(f"{iid}: pair {fa}->{fb} not consecutive years of {it['body']}")
        if "row" in p:
            out = cell(fa, "stats", p["row"], "cumulative") + cell(fb, "stats", p["row"], "this_year")
            inn = cell(fb, "stats", p["row"], "cumulative")
        else:
            out = cell(fa, "T3", "carried_to_next_year", p["column"])
            inn = cell(fb, "T3", "carried_over_from_last_year", p["column"])
        if (out, inn, out == inn) != (p["out"], p["in"], p["agree"]):
            err(f"{iid}: pair {fa}->{fb} {p} vs {out},{inn}")
    if e["all_agree"] != all(p["agree"] for p in e["pairs"]):
        err(f"{iid}: all_agree wrong")


def chk_noyear(iid, it):
    yrs = years_of(it["body"])
    st = yrs[max(yrs)]
    if it["report"] != st or it["expected"].get("report") != st:
        err(f"{iid}: newest report should be {st}")
    e = it["expected"]
    if "substring" in e:
        chk_sub(iid, st, e["substring"])
    elif "cells" in e:
        v = sum(cell(st, *t) for t in e["cells"])
        if v != e["value"]:
            err(f"{iid}: derived {e['value']} != {v}")
    else:
        v = cell(st, e["table"], e["row"], e["column"])
        if v != e["value"]:
            err(f"{iid}: cell {e['value']} != {v}")


def chk_sub(iid, st, sub):
    if not (6 <= len(sub) <= 30):
        err(f"{iid}: substring length {len(sub)}")
    if not line_has(st, sub):
        err(f"{iid}: substring not on one line of {st}: {sub}")


def chk_nobody(iid, it):
    e = it["expected"]
    if e["accept"] != ["grouped", "ambiguous"] or len(e["substrings"]) != len(e["reports"]) or not e["substrings"]:
        err(f"{iid}: nobody shape")
    for st, sub in zip(e["reports"], e["substrings"]):
        chk_sub(iid, st, sub)


def chk_unans(iid, it):
    e = it["expected"]
    if e.get("status") != "not_found" or e.get("reason") not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
        err(f"{iid}: unanswerable shape")


def chk_cell_turn(iid, t):
    e = t["expected"]
    v = cell(t["report"], e["table"], e["row"], e["column"])
    if v != e["value"]:
        err(f"{iid}: cell turn {e['value']} != {v}")


FN = {"series": chk_series, "comparison": chk_comparison, "consistency": chk_consistency,
      "noyear": chk_noyear, "nobody": chk_nobody, "unanswerable": chk_unans, "cell": chk_cell_turn}


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") if l.strip()]
    ids = set()
    for it in items:
        iid = it["id"]
        if not iid.startswith("x13-") or iid in ids:
            err(f"bad/duplicate id {iid}")
        ids.add(iid)
        if not it.get("class"):
            err(f"{iid}: no class")
        if it["kind"] == "followup":
            if not 2 <= len(it["turns"]) <= 3:
                err(f"{iid}: turns")
            if it["turns"][0]["kind"] not in ("series", "comparison"):
                err(f"{iid}: first turn must be series/comparison")
            for t in it["turns"]:
                if not t.get("question"):
                    err(f"{iid}: turn without question")
                FN[t["kind"]](iid, t)
        else:
            if not it.get("question"):
                err(f"{iid}: no question")
            FN[it["kind"]](iid, it)
    if len(items) < 110:
        err(f"only {len(items)} items")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(items)} items checked")


if __name__ == "__main__":
    main()
